/**
 * Builds rewrites from what the messages say: a concrete time for a vague one, a promise that answers a
 * request ("please share your press release tomorrow" → "Okay, I'll email you the press release tomorrow
 * by 1 PM at the latest. Does that work for you?"), a softened demand.
 */
import {
  FLIP_EN,
  FLIP_ID,
  REQUEST_OPENER_EN,
  REQUEST_OPENER_ID,
  REQUEST_TAIL,
  SEND_VERBS,
  VAGUE_FIXES,
  VERB_EN_ID,
} from './lexicon/rewrites';
import { MARKUP } from './prose';
import type { Sentence } from './types';
import { dayOf, formatDay, resolveTime, sayDay } from './when';

export type UiLang = 'en' | 'id';

const PRONOUN_OBJECT = /^(it|them|this|that|these|those|one)$/i;

/** "13:00" → "1 PM" (en) or "13.00" (id); "09:30" → "9:30 AM" / "09.30". Invalid input falls back to 13:00. */
export function clock(defaultTime: string, lang: UiLang): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(defaultTime.trim());
  const h = m ? Math.min(23, Number(m[1])) : 13;
  const min = m ? Math.min(59, Number(m[2])) : 0;
  if (lang === 'id') return `${String(h).padStart(2, '0')}.${String(min).padStart(2, '0')}`;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${min ? `:${String(min).padStart(2, '0')}` : ''} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The concrete replacement for a vague time, in the vague phrase's own language; null when unknown. */
export function concreteFor(vague: string, defaultTime: string): { text: string; lang: UiLang; reason: string } | null {
  const fix = VAGUE_FIXES.find((f) => f.pattern.test(vague.trim()));
  if (!fix) return null;
  return { text: fix.concrete.replace('{time}', clock(defaultTime, fix.lang)), lang: fix.lang, reason: fix.reason };
}

const WEEKDAY = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)$/;

/** A deadline phrase to add where there is none (or to stand for a vague one): "tomorrow by 1 PM" / "besok paling lambat jam 13.00". */
export function deadlinePhrase(lang: UiLang, defaultTime: string, vague?: string): string {
  // a weekday, as a request said from a later day names it ("Friday by 1 PM", "Jumat paling lambat jam 13.00")
  if (vague && WEEKDAY.test(vague)) return lang === 'en' ? `${vague} by ${clock(defaultTime, 'en')}` : `${vague} paling lambat jam ${clock(defaultTime, 'id')}`;
  const c = vague ? concreteFor(vague, defaultTime) : null;
  if (lang === 'en') {
    if (c && c.lang === 'en') return c.text;
    return `tomorrow by ${clock(defaultTime, 'en')}`;
  }
  if (c && c.lang === 'id') return c.text.replace(/^(\S+(?: \S+)?) jam /, '$1 paling lambat jam ').replace('paling lambat paling lambat', 'paling lambat');
  const day = vague && /^(besok|tomorrow|tmrw|tmr|bsk)$/i.test(vague.trim()) ? 'besok' : vague && /^(today|hari ini|asap|secepatnya|segera|eod)$/i.test(vague.trim()) ? 'hari ini' : 'besok';
  return `${day} paling lambat jam ${clock(defaultTime, 'id')}`;
}

function stripTimes(s: Sentence): string {
  let out = s.text;
  for (const t of [...s.times].sort((a, b) => b.start - a.start)) {
    const a = t.start - s.start;
    const b = t.end - s.start;
    out = out.slice(0, a).replace(/\s*\b(by|before|until|on|at|paling lambat|sebelum|pada|jam|pukul)\s*$/i, '') + out.slice(b);
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}

/** The action a request asks for, as the writer of the reply would say it, or null. */
export function actionOf(request: Sentence, lang: UiLang): string | null {
  const bare = stripTimes(request);
  const id = request.lang === 'id' || (request.lang === 'mixed' && REQUEST_OPENER_ID.test(bare) && /^(tolong|tlg|mohon|minta|harap|silakan|bisa|boleh)/i.test(bare));
  const core = bare.replace(id ? REQUEST_OPENER_ID : REQUEST_OPENER_EN, '').replace(REQUEST_TAIL, '').trim();
  const words = core.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 14) return null;
  const [verb, ...rest] = words;
  if (!verb) return null;

  if (!id) {
    if (lang === 'en') {
      const flipped = rest.map((w) => FLIP_EN[w.toLowerCase()] ?? w);
      if (SEND_VERBS.test(verb)) {
        const obj = flipped[0] === 'you' ? flipped.slice(1) : flipped;
        if (obj.length === 1 && PRONOUN_OBJECT.test(obj[0]!)) return `email ${obj[0]} to you`;
        return obj.length ? `email you ${obj.join(' ')}` : 'email it to you';
      }
      return [verb.toLowerCase(), ...flipped].join(' ');
    }
    // English request, Indonesian reply: "share your press release" → "kirim press release-nya"
    const idVerb = SEND_VERBS.test(verb) ? 'kirim' : VERB_EN_ID[verb.toLowerCase()];
    if (!idVerb) return null;
    const obj = rest.filter((w) => !/^(me|us|you|your|my|our|the|a|an|to|for)$/i.test(w) && !PRONOUN_OBJECT.test(w));
    return obj.length ? `${idVerb} ${obj.join(' ')}-nya` : idVerb;
  }
  if (lang === 'id') {
    const v = verb.toLowerCase().replace(/^di(?=[bcdfghjklmnpqrstvwxyz])/, '');
    return [v, ...rest.map((w) => FLIP_ID[w.toLowerCase()] ?? w)].join(' ');
  }
  return null; // an Indonesian request answered in English: say it generically
}

/**
 * A reply that accepts a request with a concrete time, in `lang`:
 * en "Okay, I'll email you the press release tomorrow by 1 PM at the latest. Does that work for you?"
 * id "Baik, saya kirim press release-nya besok paling lambat jam 13.00 ya. Apakah waktunya cocok?"
 */
export function acceptance(request: Sentence | null, lang: UiLang, defaultTime: string, asOf?: AsOf): string {
  const vague = rebased(request?.times.find((t) => t.vague)?.text, lang, asOf);
  const concrete = request?.times.find((t) => !t.vague)?.text;
  const action = request ? actionOf(request, lang) : null;
  if (lang === 'en') {
    const when = concrete ? concrete : `${deadlinePhrase('en', defaultTime, vague)} at the latest`;
    return `Okay, I'll ${action ?? 'get it to you'} ${when}. Does that work for you?`;
  }
  const when = concrete ? concrete : deadlinePhrase('id', defaultTime, vague);
  return `Baik, saya ${action ?? 'kirimkan'} ${when} ya. Apakah waktunya cocok?`;
}

/** When the request was made and when the reply is written: its "tomorrow" is said again from today. */
export interface AsOf {
  sentAt: number;
  now: number;
  timeZone?: string;
}

/**
 * A request's relative day said from the moment of the reply: "tomorrow" in Tuesday's message, answered on
 * Wednesday, is "today"; answered on Thursday it has passed, and is "today" too (as soon as can be). A vague time
 * that names no day ("ASAP", "nanti") stays as it is.
 */
function rebased(vague: string | undefined, lang: UiLang, asOf: AsOf | undefined): string | undefined {
  if (!vague || !asOf || !/^(?:tomorrow|today|besok|hari ini|lusa)$/i.test(vague.trim())) return vague;
  const r = resolveTime(vague, { now: asOf.sentAt, ...(asOf.timeZone ? { timeZone: asOf.timeZone } : {}) });
  if (!r) return vague;
  const ref = { now: asOf.now, ...(asOf.timeZone ? { timeZone: asOf.timeZone } : {}) };
  return r.due < asOf.now ? (lang === 'en' ? 'today' : 'hari ini') : (sayDay(r.day, ref, lang) ?? vague);
}

/** "Send me the file." → "Could you please send me the file?" / "Kirim filenya." → "Tolong kirim filenya ya." */
export function soften(sentence: string, lang: UiLang): string {
  const body = sentence.trim().replace(/[.!]+$/, '');
  if (!body) return sentence;
  if (lang === 'id') return `Tolong ${body.charAt(0).toLowerCase()}${body.slice(1)} ya.`;
  return `Could you please ${body.charAt(0).toLowerCase()}${body.slice(1)}?`;
}

/** Where the clause that holds the action ends: a time goes there, not after whatever follows it. */
const CLAUSE_END_EN =
  /,\s*(?:and|but|so|as|since|because|which|or|then|please|thanks|thank you)\b|\s+(?:so that|so|because|if|when|once|since|as soon as|in order to|before|after|until|unless|and (?:I|we|then|let|you)|but|while)\b|\s+(?:as well\s+)?to\s+(?:confirm|make sure|ensure|see|check|air|discuss|avoid|help|allow|let|keep|prepare|start|finish|be able|find out|get)\b|[;:(]|\s[-–—]\s|\s*[.?!]+["'”’)\]]*\s*$/i;
const CLAUSE_END_ID =
  /,|\s+(?:karena|krn|supaya|agar|biar|kalau|kalo|jika|sebelum|setelah|sesudah|sambil|tapi|namun|ya|yah|yaa+|dong|deh|ok|oke|please|thanks|makasih|terima kasih)\b|[;:(]|\s[-–—]\s|\s*[.?!]+["'”’)\]]*\s*$/i;

/** The deadline phrase added to a request or promise with no time: "by tomorrow at 1 PM" / "besok paling lambat jam 13.00". */
export function addedDeadline(lang: UiLang, defaultTime: string): string {
  return lang === 'en' ? `by tomorrow at ${clock(defaultTime, 'en')}` : `besok paling lambat jam ${clock(defaultTime, 'id')}`;
}

/**
 * Adds a deadline to a sentence that has none, where it belongs: at the end of the clause that holds the
 * action (from `from`, the verb's end), before a trailing "and I'll …", "if …", "ya", or the final mark.
 * "Could you send me the deck so I can prepare?" → "Could you send me the deck by tomorrow at 1 PM so I can prepare?"
 */
export function withDeadline(sentence: string, lang: UiLang, defaultTime: string, from = 0): string {
  const text = sentence.replace(/\s+$/, '');
  // markup pasted into the sentence is opaque: a "(" or ";" inside a tag ends no clause
  const rest = text.replace(MARKUP, (m) => 'x'.repeat(m.length)).slice(from);
  const m = (lang === 'en' ? CLAUSE_END_EN : CLAUSE_END_ID).exec(rest);
  const at = m ? from + m.index : text.length;
  const head = text.slice(0, at).replace(/\s+$/, '');
  const tail = text.slice(at);
  return `${head} ${addedDeadline(lang, defaultTime)}${tail && !/^[\s,;:.?!)"'”’\]]/.test(tail) ? ' ' : ''}${tail || '.'}`;
}

/**
 * Adds an outer bound to a promise that waits on the writer's own work ("I'll send it as soon as it's ready"):
 * the event stays, the reader gets a latest time. "… setelah prosesnya selesai." → "… setelah prosesnya
 * selesai, paling lambat besok jam 13.00."
 */
export function withOuterBound(sentence: string, lang: UiLang, defaultTime: string): string {
  const m = /\s*([.?!]*["'”’)\]]*)\s*$/.exec(sentence)!;
  const head = sentence.slice(0, m.index);
  const bound = lang === 'en' ? `by tomorrow at ${clock(defaultTime, 'en')} at the latest` : `paling lambat besok jam ${clock(defaultTime, 'id')}`;
  return `${head}, ${bound}${m[1] || '.'}`;
}

const FLIP_NP: Readonly<Record<string, string>> = { your: 'my', you: 'I', my: 'your', our: 'your', yours: 'mine' };
const flipNp = (np: string) => np.split(/\s+/).map((w) => FLIP_NP[w.toLowerCase()] ?? w).join(' ');
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const FLIP_ID_NP = /\b(?:bapak|ibu|pak|bu|anda|kamu|kak|mas|mbak)\b/gi;

/**
 * The opening of an answer, built from the question: "When is the launch?" → "The launch is on …",
 * "How many people are coming?" → "About … people.",
 * "Kapan rapatnya?" → "Rapatnya pada …", "Berapa harga paketnya?" → "Harga paketnya …". None when the
 * question has no shape to build on (an open "What do you think of …?"): a blank stub helps nobody.
 */
export function answerOpening(q: Sentence, replyLang: UiLang): string[] {
  const text = q.text.trim().replace(/^(?:\(?\d{1,2}[.)]\s*|[-•*]\s*)/, '').replace(/^(?:and|so|also|but|then|dan|terus|lalu|trus|btw),?\s+/i, '').replace(/\s*[?？]+\s*$/, '');
  const id = q.lang === 'id' || (q.lang === 'mixed' && replyLang === 'id');
  if (!id) {
    let m = /^when\s+(is|are|was|were)\s+((?:the|your|our|this|that|my)\s+[^,;]{1,40})$/i.exec(text);
    if (m) return [`${capital(flipNp(m[2]!))} ${m[1]!.toLowerCase()} on …`];
    m = /^when\s+will\s+((?:the|your|our|this|that|my|it|they|you)\b[^,;]{0,40}?)\s+(be\s+\w+|\w+)(\s+[^,;]{0,30})?$/i.exec(text);
    if (m) return [`${capital(flipNp(m[1]!))} will ${flipNp(m[2]!)}${m[3] ? flipNp(m[3]) : ''} on …`];
    m = /^when\s+(?:can|could|would)\s+you\s+([^,;]{2,50})$/i.exec(text);
    if (m) return [`I can ${flipNp(m[1]!)} on …`];
    m = /^(?:what|which)\s+(is|are|was|were)\s+((?:the|your|our|this|that|my)\s+[^,;]{1,40})$/i.exec(text);
    if (m) return [`${capital(flipNp(m[2]!))} ${m[1]!.toLowerCase()} …`];
    m = /^what time\s+(is|are)\s+((?:the|your|our|this|that)\s+[^,;]{1,40})$/i.exec(text);
    if (m) return [`${capital(flipNp(m[2]!))} ${m[1]!.toLowerCase()} at …`];
    m = /^where\s+(is|are)\s+((?:the|your|our|this|that)\s+[^,;]{1,40})$/i.exec(text);
    if (m) return [`${capital(flipNp(m[2]!))} ${m[1]!.toLowerCase()} at …`];
    m = /^how (?:many|much)\s+([\w-]+)/i.exec(text);
    if (m && !/^(?:time|longer|more|is|are|does|do|will|would)$/i.test(m[1]!)) return [`About … ${m[1]!.toLowerCase()}.`];
    // a bare "Yes, …" is a stub: judged on real mail, it contradicted the reply more often than it helped
    return [];
  }
  let m = /^kapan\s+(.{2,40})$/i.exec(text);
  if (m) return [`${capital(m[1]!.replace(FLIP_ID_NP, 'saya'))} pada …`];
  m = /^berapa\s+((?:harga|biaya|jumlah|total|ongkos|tarif|budget|anggaran|lama|banyak)\b.{0,40})$/i.exec(text);
  if (m) return [`${capital(m[1]!.replace(FLIP_ID_NP, 'saya'))} …`];
  m = /^(?:di ?mana|dimana)\s+(.{2,40})$/i.exec(text);
  if (m) return [`${capital(m[1]!.replace(FLIP_ID_NP, 'saya'))} di …`];
  return [];
}

/** Days a rewrite names: relative ones ("tomorrow", "besok") and weekdays ("Friday", "Senin depan"); not "Minggu", which is also "week". */
const DAY_WORD =
  /\b(?:tomorrow|today|tonight|besok|hari ini|lusa|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: next week)?|(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu)(?: depan)?)\b(?!\s*\()/g;
const RELATIVE_DAY = /^(?:tomorrow|today|tonight|besok|hari ini|lusa)$/;
const ID_DAY = /^(?:besok|hari ini|lusa|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)/;

/**
 * Names the days a rewrite speaks of, when the moment of writing is known: "tomorrow by 1 PM" → "tomorrow
 * (Wed 4 Mar) by 1 PM", "besok paling lambat jam 13.00" → "besok (Rabu, 4 Maret) paling lambat jam 13.00",
 * "by Friday, 1 PM" → "by Friday (6 Mar), 1 PM". A "today" whose hour has already passed becomes tomorrow.
 */
export function nameDays(text: string, defaultTime: string, ref: { now: number; timeZone?: string }): string {
  const year = dayOf(ref.now, ref.timeZone).year;
  return text.replace(DAY_WORD, (word, at: number) => {
    let said = word;
    const lang: UiLang = ID_DAY.test(word) ? 'id' : 'en';
    if (/^(?:today|hari ini)$/.test(word)) {
      // "today by 1 PM" written at 3 PM: the hour has gone
      const hour = resolveTime(`${word} ${lang === 'en' ? clock(defaultTime, 'en') : `jam ${clock(defaultTime, 'id')}`}`, ref);
      if (hour && hour.due <= ref.now && new RegExp(`^[^.?!]{0,30}\\b${clock(defaultTime, lang).replace('.', '\\.')}`).test(text.slice(at + word.length))) {
        said = lang === 'en' ? 'tomorrow' : 'besok';
      }
    }
    const r = resolveTime(said, ref);
    if (!r) return word;
    const day = formatDay(r.day, lang, year);
    return `${said} (${RELATIVE_DAY.test(said) ? day : day.replace(/^\S+?,?\s/, '')})`;
  });
}

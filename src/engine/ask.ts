/**
 * The asks that want a time: a request to the reader or a promise of the writer's, to do something that
 * has a natural due time. Stricter than the sentence signals (`isRequest`, `isCommitment`): those say
 * "this sentence asks or promises something"; this says "a careful coach would ask when".
 *
 * Each ask carries a confidence in [0, 1] from its evidence: an explicit opener ("could you", "please",
 * "I'll", "tolong", "saya akan") with a verb of delivering, checking or answering and an object is
 * strong; a weak verb ("have", "let me know"), a bare order, a long sentence, a condition, a promise made to
 * someone else or an ask to pick a time for a set event is weaker.
 */
import {
  ACTION_ITEM,
  ACTION_VERBS_EN,
  CAUSATIVE,
  IMPERATIVE_EN,
  IMPERATIVE_ID,
  INPUT_PLEASE,
  NOT_AN_ASK,
  PROMISE_EN,
  PROMISE_ID,
  PROMISE_ID_BARE,
  REQUEST_EN,
  REQUEST_ID,
  LET_KNOW,
  WEAK_VERB_OBJECT,
  WEAK_VERBS,
} from './lexicon/asks';
import { perText } from './memo';
import { isProse } from './prose';

export interface Ask {
  kind: 'request' | 'promise';
  /** The verb's span in the sentence (offsets into the sentence text). */
  verbStart: number;
  verbEnd: number;
  confidence: number;
  /** The ask waits on a condition or an event ("once the audit is done", "kalau oke"): less sure it wants a date. */
  conditional: boolean;
  /** A bare order with no opener ("Send it ASAP."): an ask only if something else says so, such as a deadline. */
  bare: boolean;
  /** The condition comes first ("Kalau cocok, nanti aku kirim"): a "nanti"/"then" after it is "then", not a vague time. */
  leading: boolean;
  /**
   * The ask waits only on the writer's own work being done ("I'll send it once it's ready", "segera … setelah
   * prosesnya selesai"): no condition at all for the reader, who still does not know when.
   */
  whenReady: boolean;
}

const firstGroup = (m: RegExpExecArray): { start: number; end: number; verb: string } | null => {
  for (let i = 1; i < m.length; i++) {
    const g = m[i];
    if (g) {
      const start = m.index + m[0].lastIndexOf(g);
      return { start, end: start + g.length, verb: g };
    }
  }
  return null;
};

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** A condition after the ask makes it an offer or a contingency: "please call me if you have questions". */
/** "as soon as possible", "when you can", "whenever you get a chance": a vague time, not a condition. */
const NOT_A_VAGUE_TIME = String.raw`(?!\s+(?:possible|practicable|feasible|convenient|(?:I|we|you|u)\s+(?:can|get a chance)|(?:bisa|sempat)\b))`;
const TRAILING_CONDITION = new RegExp(String.raw`\b(?:if|in case|should you|(?:whenever|when|as soon as)\b${NOT_A_VAGUE_TIME}|once|after|until|kalau|kalo|jika|apabila|bila|kapan|setelah|begitu)\b`, 'i');
/** What a trailing "once"/"setelah" waits on when it is only the writer's own work getting done: "once it's ready", "setelah prosesnya selesai", "begitu sudah siap". */
const WHEN_READY = /^\s*(?:(?:it|this|that|everything|all|I|we|I'm|we're|it's|they're|semuanya|semua|\p{L}+nya|sudah|udah|sdh|telah)\s+){0,3}(?:(?:is|are|am|have|has|'s|'re|been)\s+)?(?:ready|done|finished|complete|completed|siap|selesai|rampung|beres|kelar)\b/iu;
/** A condition before the ask: "if you plan to attend, please let us know", "Kalau oke, nanti aku kirim". */
const LEADING_CONDITION = new RegExp(String.raw`\b(?:if|in case|unless|(?:whenever|when|as soon as)\b${NOT_A_VAGUE_TIME}|once|after|kalau|kalo|jika|apabila|bila|setelah|sesudah|begitu)\b`, 'i');
/** A condition that is only the reader's agreement: "if that works", "kalau oke", "jika Bapak setuju". */
const AGREED = /\b(?:if|kalau|kalo|jika|bila|apabila)\s+(?:(?:that|this|it|everything|all|semua(?:nya)?|bapak|ibu|anda|kamu|kakak|kak|you)\s+)?(?:is\s+|are\s+|'s\s+)?(?:ok|oke|okay|cocok|setuju|sesuai|fine|works?|sounds good|agreed?|approved?|disetujui|berkenan)\b/i;
/** Someone other than the reader, by name, as the one the promise is made to, done with or done by ("… akan dikirimkan oleh Ibu Yuniarti"). */
/** A day or a month by name: "by Friday" is a time, not a person. */
const TIME_NAME = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Senin|Selasa|Rabu|Kamis|Jum.?at|Sabtu|Minggu|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember|EOD|COB|Noon|Tomorrow|Today|Besok)\b`;
const THIRD_PARTY = new RegExp(String.raw`\b(?:to|with)\s+(?:the\s+)?(?!you\b|your\b|u\b|me\b|us\b)\p{Lu}\p{L}+|\b(?:by|oleh)\s+(?:(?:ibu|bapak|pak|bu|sdr|sdri|mr|ms|mrs)\.?\s+)?(?!${TIME_NAME})\p{Lu}\p{L}+|\b(?:ke|kepada|dengan|sama)\s+(?!(?:[Bb]apak|[Ii]bu|[Pp]ak|[Bb]u|[Aa]nda|[Kk]amu|[Kk]ak|[Kk]akak|[Mm]as|[Mm]bak|[Ss]ini|[Ee]mail|[Aa]lamat)\b)\p{Lu}\p{L}+`, 'u');
/** A sentence that opens by calling on a group. */
const TO_A_GROUP = /^\s*(?:all|everyone|everybody|team|assistants|folks|guys|teman-teman|rekan-rekan|semua|tim)\s*[,:—-]/i;
/** Asking the reader to pick a time or a slot. */
const SCHEDULING = /^\s*(?:(?:me|us|kami|saya)\s+)?(?:(?:the|your|which|what|a)\s+)?(?:jadwal|waktu|jam|tanggal|slot|times?|dates?|availability|ketersediaan|which (?:time|day|date|slot)|what time|whose office|when you)\b/i;

/** A name cut at its initial ("… return to Robert A."): the sentence splitter stopped mid-sentence. */
const CUT_AT_INITIAL = /\b\p{Lu}\.\s*$/u;

/** Where a compound sentence joins two independent clauses: "…, but please call me if you need anything". */
const CLAUSE_JOIN = /,\s*but\s+|;\s+|\s+[-–—]\s+/g;

function read(text: string): Ask | null {
  if (!isProse(text)) return null;
  // "Comments?": the one-word ask for input that ends a proposal
  const input = INPUT_PLEASE.exec(text);
  if (input) {
    const verb = input[1] ?? input[2]!;
    const verbStart = input.index + input[0].indexOf(verb);
    return { kind: 'request', verbStart, verbEnd: verbStart + verb.length, confidence: 0.7, conditional: false, bare: false, leading: false, whenReady: false };
  }
  const n = words(text);
  if (n < 2 || n > 45 || CUT_AT_INITIAL.test(text)) return null;
  if (!NOT_AN_ASK.some((re) => re.test(text))) return readClause(text, n);
  // "We are working on pulling the figures for you, but please call if you need anything else": the offer in one
  // clause does not undo the promise in the other, so each clause is read on its own
  let best: Ask | null = null;
  let from = 0;
  for (const join of [...text.matchAll(CLAUSE_JOIN), null]) {
    const to = join ? join.index : text.length;
    const clause = text.slice(from, to);
    if (clause !== text && !NOT_AN_ASK.some((re) => re.test(clause))) {
      const a = readClause(clause, words(clause));
      if (a && (!best || a.confidence > best.confidence)) best = { ...a, verbStart: a.verbStart + from, verbEnd: a.verbEnd + from };
    }
    if (join) from = join.index + join[0].length;
  }
  return best;
}

function readClause(text: string, n: number): Ask | null {
  let best: Ask | null = null;
  for (const [kind, re, base] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const hit = firstGroup(m) ?? { start: m.index, end: m.index + m[0].length, verb: m[0] };
    const scored = score(kind, text, hit, base, n);
    if (scored && (!best || scored.confidence > best.confidence)) best = { kind, verbStart: hit.start, verbEnd: hit.end, bare: re === IMPERATIVE_EN || re === IMPERATIVE_ID, ...scored };
  }
  return best ?? misspelt(text, n);
}

/** A word with its doubled letters made single: "rescheduule" and "reschedule" are one shape. */
const shape = (w: string) => w.toLowerCase().replace(/(\p{L})\1+/gu, '$1');
const VERB_SHAPES = new Set(ACTION_VERBS_EN.filter((v) => !v.includes(' ')).map(shape));
const PLEASE_WORD = /(?:^|[,;:]\s*)(?:please|pls|kindly),?\s+(\p{L}{4,})\b/iu;

/** "Please, rescheduule.": a verb of ours with a key struck twice is still the ask it was typed to be. */
function misspelt(text: string, n: number): Ask | null {
  const m = PLEASE_WORD.exec(text);
  if (!m || !VERB_SHAPES.has(shape(m[1]!))) return null;
  const start = m.index + m[0].length - m[1]!.length;
  const scored = score('request', text, { start, end: start + m[1]!.length, verb: shape(m[1]!) }, 0.7, n);
  return scored && { kind: 'request', verbStart: start, verbEnd: start + m[1]!.length, bare: false, ...scored };
}

/** The forms of an ask, with the confidence each starts from: an opener ("please", "could you", "I'll") says more than a bare verb. */
const PATTERNS: ReadonlyArray<readonly [Ask['kind'], RegExp, number]> = [
  ['request', REQUEST_EN, 0.7],
  ['request', REQUEST_ID, 0.7],
  ['request', ACTION_ITEM, 0.7],
  // a bare imperative is as often a standing instruction ("Prepare your expense report.") as an ask
  ['request', IMPERATIVE_EN, 0.45],
  ['request', IMPERATIVE_ID, 0.45],
  ['promise', PROMISE_EN, 0.7],
  ['promise', PROMISE_ID, 0.7],
  ['promise', PROMISE_ID_BARE, 0.6],
];

function score(kind: Ask['kind'], text: string, hit: { start: number; end: number; verb: string }, base: number, n: number): { confidence: number; conditional: boolean; leading: boolean; whenReady: boolean } | null {
  const after = text.slice(hit.end);
  const verb = hit.verb.toLowerCase().replace(/\s+/g, ' ');
  let confidence = base;
  if (WEAK_VERBS.test(verb) && !(verb === 'have' && CAUSATIVE.test(after))) {
    // "have", "give" need a thing to deliver; "let me know" is mostly a courtesy, "advise" a little weaker than "send"
    if (/^(?:give|have|write|run|pull|process)$/.test(verb) && !WEAK_VERB_OBJECT.test(after)) return null;
    // "Please advise of any comments" asks for a reply; a bare "Please advise." after a question is a sign-off
    confidence -= LET_KNOW.test(verb) ? 0.3 : verb === 'advise' && /^\s*(?:of|on|whether|if|what|when|how|regarding|about)\b/i.test(after) ? 0.1 : 0.25;
  }
  // an object or a complement: "send it", "review the draft", "kirim laporannya"
  if (/^\s*[\p{L}\d"“'(]/u.test(after)) confidence += 0.1;
  if (n > 25) confidence -= 0.15;
  // choosing a time for an event whose date is set ("Mohon konfirmasi jadwal yang Ibu pilih", "let me know which
  // time works"): the event is the deadline
  if (SCHEDULING.test(after)) confidence -= 0.25;
  // a promise to someone else ("I will mail the checks to Barb", "I'll follow up with the Secretary's office") is the
  // writer's own to-do, reported to the reader; the reader waits on promises made to them
  if (kind === 'promise' && THIRD_PARTY.test(after)) confidence -= 0.25;
  // a request to a group by name ("Assistants, please forward to your groups", "Team: please review"): a
  // circular to many, who each do it in their own time
  if (kind === 'request' && TO_A_GROUP.test(text)) confidence -= 0.25;
  const leading = LEADING_CONDITION.test(text.slice(0, hit.start));
  const trailing = TRAILING_CONDITION.exec(after);
  const whenReady = !leading && trailing !== null && WHEN_READY.test(after.slice(trailing.index + trailing[0].length));
  const conditional = leading || (trailing !== null && !whenReady);
  // "If that works for you, I'll send the contract tomorrow", "Kalau oke, nanti aku kirim besok": waiting only on the
  // reader's yes, the promise is as good as made
  if (conditional) confidence -= leading && AGREED.test(text.slice(0, hit.start)) ? 0.15 : 0.3;
  return { confidence: Math.max(0, Math.min(1, confidence)), conditional, leading, whenReady };
}

/** The ask in a sentence, or null; remembered per text (sentences repeat on every keystroke). */
export const askIn = perText(read, 4_000);

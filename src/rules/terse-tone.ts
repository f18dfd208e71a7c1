/**
 * terse-tone: bare acknowledgements to a substantive message, demands with no softener, defensive or
 * impatient phrases, shouting in capitals, and repeated "!!"/"??".
 */
import { clock, acceptance, soften } from '../engine/rewrite';
import { ACRONYM_WORDS, ACRONYMS, BARE_ACK, SOFTENER, TONE_PHRASES } from '../engine/lexicon/tone';
import { realQuestions } from '../engine/answers';
import { isProse } from '../engine/prose';
import type { Finding, Rule, RuleContext, Sentence } from '../engine/types';
import { acceptedRequest, asOf, bodySentences, deletionSpan, finding, findPhrases, perText, quotedRequests, replace, replyLanguages, say, sentenceCase, sentenceLang } from './util';

const ID = 'terse-tone';

/** Acknowledgements that answer a question: "Yes" always answers something. */
const YES = /^\s*(?:yes|yep|yup|ya|iya+|y|sure|betul|benar)\b/i;

/** What a bare "ok" to news (no request in it) can say instead. */
const THANKS = { en: 'Thanks for letting me know. I will take it from here.', id: 'Terima kasih infonya, akan saya tindak lanjuti.' };

function bareAck(ctx: RuleContext, body: Sentence[]): Finding[] {
  if (body.length !== 1 || !BARE_ACK.test(body[0]!.text)) return [];
  const ack = body[0]!;
  const q = ctx.quoted;
  const questions = q ? realQuestions(q) : [];
  // "Yes" to "Can you make it on Friday?" is an answer, not a curt acknowledgement
  if (YES.test(ack.text)) return [];
  // a bare "noted" to an announcement that asks nothing of the writer is fine
  const substantive = q && (quotedRequests(ctx).length > 0 || questions.length > 0);
  if (!substantive && ctx.options.sensitivity !== 'strict') return [];
  const request = acceptedRequest(ctx);
  const rewrites = replyLanguages(ctx).map((l) => (request ? acceptance(request, l, ctx.options.defaultTime, asOf(ctx)) : THANKS[l]));
  // to a colleague (every recipient shares the writer's domain) a bare "ok" is shorthand: a note, not a warning
  const severity = ctx.options.internal ? 'info' : 'warning';
  return [
    finding(ID, severity, ack, ctx.draft.text,
      say(ctx, {
        en: `A bare "${ack.text}" can read as curt, and it does not show what you will do. Add a word of thanks and the next step.`,
        id: `"${ack.text}" saja bisa terkesan ketus, dan tidak menunjukkan apa yang akan Anda lakukan. Tambahkan terima kasih dan langkah berikutnya.`,
      }),
      rewrites.map((r) => replace(ack, r)),
    ),
  ];
}

/** All tone phrases in one pattern: most sentences have none, and one test rules them out. */
const ANY_TONE_PHRASE = new RegExp(TONE_PHRASES.map((p) => p.pattern.source).join('|'), 'i');
const hasTonePhrase = perText((text) => ANY_TONE_PHRASE.test(text));

function phrases(ctx: RuleContext, s: Sentence): Finding[] {
  const out: Finding[] = [];
  if (!hasTonePhrase(s.text)) return out;
  for (const p of TONE_PHRASES) {
    const m = p.pattern.exec(s.text);
    if (!m) continue;
    const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    const instead = p.instead.replace('{time}', clock(ctx.options.defaultTime, p.lang));
    out.push(
      finding(ID, 'warning', span, ctx.draft.text,
        say(ctx, { en: `"${m[0]}" ${p.reason.en}`, id: `"${m[0]}" ${p.reason.id}` }),
        [
          instead
            ? replace(span, sentenceCase(span.start === s.start, instead))
            : replace(deletionSpan(ctx.draft.text, span), '', say(ctx, { en: `Remove "${m[0]}"`, id: `Hapus "${m[0]}"` })),
        ],
      ),
    );
  }
  return out;
}

/** An order: a sentence that opens with the verb of an action the reader should do ("Send me the file."). */
const ORDER_EN = /^\s*(?:send|give|fix|finish|sign|reply|answer|change|check|review|forward|email|submit|return|provide|pay|tell|explain|confirm|complete|prepare|delete|remove)\s+(?:me|us|it|this|that|them|the|your|all|a|an|my|our)\b/i;
const ORDER_ID = /^\s*(?:kirim|kirimin|kirimkan|cek|periksa|balas|jawab|kerjakan|selesaikan|perbaiki|ganti|ubah|hapus|bayar|transfer|isi|lengkapi|siapkan|telepon|hubungi|revisi|update|konfirmasi|jelaskan)\b/i;

function demand(ctx: RuleContext, s: Sentence, softened: boolean): Finding[] {
  // an order to the reader, in a short message with no word of courtesy anywhere: "Send me the numbers."
  if (softened || s.isQuestion || SOFTENER.test(s.text) || !isProse(s.text)) return [];
  if (!(ORDER_EN.test(s.text) || ORDER_ID.test(s.text))) return [];
  if ((s.text.match(/\p{L}{2,}/gu) ?? []).length < 3) return [];
  const n = s.text.split(/\s+/).length;
  if (n < 2 || n > 14) return [];
  const lang = sentenceLang(ctx, s);
  return [
    {
      ...finding(ID, 'info', s, ctx.draft.text,
        say(ctx, {
          en: 'This reads as an order. A softener ("could you", "please") costs two words and keeps the goodwill.',
          id: 'Kalimat ini terbaca seperti perintah. Kata pelunak ("tolong", "mohon", "ya") hanya dua kata tetapi menjaga hubungan baik.',
        }),
        [replace(s, soften(s.text, lang))],
      ),
      confidence: 0.65,
    },
  ];
}

/** Runs of words in capitals; not inside identifiers or fields ("SELLER_NAME", "STATUS=OK"). */
const CAPS_RUN = /(?<![\p{L}\p{N}_=])\p{Lu}[\p{Lu}'’]*(?:[ \t,]+\p{Lu}[\p{Lu}'’]*)+(?![\p{L}\p{N}_=])/gu;

/** Two capitals or two marks in a row: what any shouting needs. */
const mayBeLoud = perText((text) => /\p{Lu}\p{Lu}|[!?][!?]/u.test(text));

/**
 * Everyday words: a run in capitals that holds two of them is a sentence shouted ("I NEED THIS TODAY",
 * "JANGAN DIKIRIM DULU"), not an acronym, a name ("BUDI SANTOSO", "PT MAJU JAYA") or a code.
 */
const EVERYDAY = new Set(
  'I ME MY WE US OUR YOU YOUR IS ARE WAS BE THE TO AND NOT NO DO DON\'T DONT THIS THAT NOW ALL WILL CAN MUST NEED PLEASE WHY WHAT STOP SEND ME HAVE HAS GET GOT ASAP TODAY YANG DAN INI ITU TIDAK JANGAN SAYA AKU KAMU ANDA SUDAH HARUS SEGERA TOLONG KIRIM BELUM LAGI DONG'.split(' '),
);

/** A line that is nothing but the span, with no end mark, and more text below it: "NOTICE TO ALL INTERESTED PARTIES". */
function isHeading(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl === -1 ? text.length : nl;
  if (text.slice(lineStart, start).trim() || !/^[\s:]*$/.test(text.slice(end, lineEnd))) return false;
  return nl !== -1 && text.slice(nl).trim() !== '';
}

/** A chase: asking after something late. */
const CHASE = /\b(?:where is|where are|why|still|yet|already|when will|belum|blm|kok|kenapa|mana|masih)\b/i;

function shouting(ctx: RuleContext, s: Sentence): Finding[] {
  const out: Finding[] = [];
  if (!mayBeLoud(s.text) || !isProse(s.text)) return out;
  for (const m of s.text.matchAll(CAPS_RUN)) {
    const words = m[0].split(/[\s,]+/);
    // Acronyms ("PDF", "NDA"), names and headings are not shouting: a shouted run has three words or more,
    // two of them everyday words, and the sentence around it says something (a heading alone on its line does not).
    const loud = words.filter((w) => w.length > 1 && !ACRONYMS.has(w.replace(/['’]S$/, '')));
    if (loud.length < 2 || words.length < 3) continue;
    if (new Set(words.filter((w) => EVERYDAY.has(w.replace(/['’]/g, "'")))).size < 2) continue;
    // a heading: the run is its whole line, with no end mark, and the message goes on below it
    if (isHeading(ctx.draft.text, s.start + m.index!, s.start + m.index! + m[0].length)) continue;
    const span = { start: s.start + m.index!, end: s.start + m.index! + m[0].length };
    const calm = m[0]
      .toLowerCase()
      .replace(/\p{L}+/gu, (w) => {
        const upper = w.toUpperCase();
        return (ACRONYMS.has(upper) && !ACRONYM_WORDS.has(upper)) || w === 'i' ? upper : w;
      });
    const fixed = span.start === s.start ? calm.charAt(0).toUpperCase() + calm.slice(1) : calm;
    out.push({
      ...finding(ID, 'warning', span, ctx.draft.text,
        say(ctx, { en: 'Words in capitals read as shouting.', id: 'Huruf kapital semua terbaca seperti berteriak.' }),
        [replace(span, fixed)],
      ),
      confidence: 0.8,
    });
  }
  // "?!", "??" and "!!" on an order or a chase ("Where is the file??", "Kenapa belum dikirim??"); not "Thanks!!!",
  // which is warmth, nor "(??)", the writer's own doubt
  const pushy = ORDER_EN.test(s.text) || ORDER_ID.test(s.text) || CHASE.test(s.text);
  for (const m of s.text.matchAll(/[!?]*(?:!!|\?\?|\?!|!\?)[!?]*/g)) {
    if (!pushy) continue;
    if (s.text[m.index! - 1] === '(' || s.text[m.index! + m[0].length] === ')') continue;
    const span = { start: s.start + m.index!, end: s.start + m.index! + m[0].length };
    out.push({
      ...finding(ID, 'info', span, ctx.draft.text,
        say(ctx, { en: `"${m[0]}" sounds exasperated; one mark is enough.`, id: `"${m[0]}" terdengar kesal; satu tanda sudah cukup.` }),
        [replace(span, m[0].includes('?') ? '?' : '!')],
      ),
      confidence: 0.6,
    });
  }
  return out;
}

/**
 * Whether a span lies inside one sentence. Sentences are in order: a binary search, since a long draft
 * holds thousands of sentences and a user's phrase can occur in every one.
 */
function inSentence(sentences: readonly Sentence[], span: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= span.start) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s !== undefined && s.start <= span.start && span.end <= s.end;
}

function custom(ctx: RuleContext): Finding[] {
  return findPhrases(ctx.draft.text, ctx.options.alwaysTerse)
    .filter((span) => inSentence(ctx.draft.sentences, span))
    .map((span) =>
      finding(ID, 'warning', span, ctx.draft.text,
        say(ctx, { en: 'You asked Jelas to always flag this phrase.', id: 'Anda meminta Jelas selalu menandai frasa ini.' }),
        [replace(deletionSpan(ctx.draft.text, span), '', say(ctx, { en: 'Remove it', id: 'Hapus' }))],
      ),
    );
}

/** A draft with a word of courtesy anywhere ("thanks", "please", "tolong") has softened its orders. */
const COURTESY = /\b(?:thanks|thank you|thx|please|pls|appreciate|tolong|mohon|terima kasih|makasih|trims|maaf)\b/i;

function check(ctx: RuleContext): Finding[] {
  const body = bodySentences(ctx);
  const out = [...bareAck(ctx, body), ...custom(ctx)];
  if (ctx.draft.bulk) return out;
  // orders are read in short messages only: in a long one, a bare "Call me." among many sentences is a colleague's shorthand
  const softened = body.length > 4 || ctx.draft.sentences.some((s) => COURTESY.test(s.text));
  for (const s of body) out.push(...phrases(ctx, s), ...demand(ctx, s, softened), ...shouting(ctx, s));
  return out;
}

export const terseTone: Rule = {
  id: ID,
  title: { en: 'Terse tone', id: 'Nada ketus' },
  description: {
    en: 'Bare "ok" replies, orders with no softener, defensive phrases like "as I said", and shouting in capitals.',
    id: 'Balasan "oke" saja, perintah tanpa pelunak, frasa defensif seperti "sabar ya", dan huruf kapital semua.',
  },
  defaultOn: true,
  severity: 'warning',
  languages: ['en', 'id'],
  examples: {
    pass: [
      { text: 'Thanks, Dina! Could you send me the slides by Friday 3 PM?' },
      { text: 'Terima kasih, Kak. Tolong kirim slide-nya Jumat jam 15.00 ya.' },
    ],
    fail: [
      { text: 'As I said, please be patient, I am working on it.' },
      { text: 'Sabar ya, lagi dikerjain.' },
      { text: 'oke', quoted: 'Hi, please share your press release tomorrow. Thanks!' },
    ],
  },
  check,
};

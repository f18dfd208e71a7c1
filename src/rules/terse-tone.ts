/**
 * terse-tone: bare acknowledgements to a substantive message, demands with no softener, defensive or
 * impatient phrases, shouting in capitals, and repeated "!!"/"??".
 */
import { clock, acceptance, soften } from '../engine/rewrite';
import { ACRONYM_WORDS, ACRONYMS, BARE_ACK, SOFTENER, TONE_PHRASES } from '../engine/lexicon/tone';
import { realQuestions } from '../engine/answers';
import type { Finding, Rule, RuleContext, Sentence } from '../engine/types';
import { acceptedRequest, bodySentences, deletionSpan, finding, findPhrases, perText, quotedRequests, replace, replyLanguages, say, sentenceCase, sentenceLang } from './util';

const ID = 'terse-tone';

/** What a bare "ok" to news (no request in it) can say instead. */
const THANKS = { en: 'Thanks for letting me know. I will take it from here.', id: 'Terima kasih infonya, akan saya tindak lanjuti.' };

function bareAck(ctx: RuleContext, body: Sentence[]): Finding[] {
  if (body.length !== 1 || !BARE_ACK.test(body[0]!.text)) return [];
  const ack = body[0]!;
  const q = ctx.quoted;
  const substantive = q && (quotedRequests(ctx).length > 0 || realQuestions(q).length > 0 || q.text.split(/\s+/).length >= 12);
  if (!substantive && ctx.options.sensitivity !== 'strict') return [];
  const request = acceptedRequest(ctx);
  const rewrites = replyLanguages(ctx).map((l) => (request ? acceptance(request, l, ctx.options.defaultTime) : THANKS[l]));
  return [
    finding(ID, 'warning', ack, ctx.draft.text,
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

function demand(ctx: RuleContext, s: Sentence): Finding[] {
  // an order: a bare imperative ("Send me the file."), or a request the politeness reading finds curt
  const order = s.strategies.includes('bare-imperative') || s.politeness < 0;
  if (!s.isRequest || s.isQuestion || !order || SOFTENER.test(s.text)) return [];
  if (s.text.split(/\s+/).length < 2) return [];
  const lang = sentenceLang(ctx, s);
  return [
    finding(ID, 'info', s, ctx.draft.text,
      say(ctx, {
        en: 'This reads as an order. A softener ("could you", "please") costs two words and keeps the goodwill.',
        id: 'Kalimat ini terbaca seperti perintah. Kata pelunak ("tolong", "mohon", "ya") hanya dua kata tetapi menjaga hubungan baik.',
      }),
      [replace(s, soften(s.text, lang))],
    ),
  ];
}

/** Runs of words in capitals; not inside identifiers or fields ("SELLER_NAME", "STATUS=OK"). */
const CAPS_RUN = /(?<![\p{L}\p{N}_=])\p{Lu}[\p{Lu}'’]*(?:[ \t,]+\p{Lu}[\p{Lu}'’]*)+(?![\p{L}\p{N}_=])/gu;

/** Two capitals or two marks in a row: what any shouting needs. */
const mayBeLoud = perText((text) => /\p{Lu}\p{Lu}|[!?][!?]/u.test(text));

function shouting(ctx: RuleContext, s: Sentence): Finding[] {
  const out: Finding[] = [];
  if (!mayBeLoud(s.text)) return out;
  for (const m of s.text.matchAll(CAPS_RUN)) {
    const words = m[0].split(/[\s,]+/);
    // Acronyms ("PDF", "NDA") and the pronoun "I" are not shouting, nor is one word in capitals (emphasis,
    // or a label); two loud words in a row are.
    const loud = words.filter((w) => w.length > 1 && !ACRONYMS.has(w.replace(/['’]S$/, '')));
    if (loud.length < 2) continue;
    const span = { start: s.start + m.index!, end: s.start + m.index! + m[0].length };
    const calm = m[0]
      .toLowerCase()
      .replace(/\p{L}+/gu, (w) => {
        const upper = w.toUpperCase();
        return (ACRONYMS.has(upper) && !ACRONYM_WORDS.has(upper)) || w === 'i' ? upper : w;
      });
    const fixed = span.start === s.start ? calm.charAt(0).toUpperCase() + calm.slice(1) : calm;
    out.push(
      finding(ID, 'warning', span, ctx.draft.text,
        say(ctx, { en: 'Words in capitals read as shouting.', id: 'Huruf kapital semua terbaca seperti berteriak.' }),
        [replace(span, fixed)],
      ),
    );
  }
  for (const m of s.text.matchAll(/[!?]*(?:!!|\?\?|\?!|!\?)[!?]*/g)) {
    const span = { start: s.start + m.index!, end: s.start + m.index! + m[0].length };
    out.push(
      finding(ID, 'info', span, ctx.draft.text,
        say(ctx, { en: `"${m[0]}" sounds exasperated; one mark is enough.`, id: `"${m[0]}" terdengar kesal; satu tanda sudah cukup.` }),
        [replace(span, m[0].includes('?') ? '?' : '!')],
      ),
    );
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

function check(ctx: RuleContext): Finding[] {
  const body = bodySentences(ctx);
  const out = [...bareAck(ctx, body), ...custom(ctx)];
  for (const s of body) out.push(...phrases(ctx, s), ...demand(ctx, s), ...shouting(ctx, s));
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

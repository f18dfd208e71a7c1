/**
 * Hostile inputs for the engine: fast-check arbitraries that mix English and Indonesian email words with
 * the Unicode and the pasted junk real drafts carry (emoji and ZWJ sequences, right-to-left text, combining
 * marks, lone surrogates, zero-width characters, characters whose case mapping changes length, HTML, code,
 * mail headers, quote floods), plus `adversarialSamples()`: named, deterministic worst cases of ~100,000
 * characters, used by the fuzz tests for the time budget and by `npm run bench` for µs per character.
 */
import fc from 'fast-check';
import type { AnalyzeOptions } from '../../../src/engine/types';
import { rules } from '../../../src/rules/index';

// ---- pieces (data) ----

/** Email words and phrases that trigger the readers and the rules, both languages. */
export const WORDS = [
  'please', 'send', 'could you', 'the report', 'tomorrow', 'ASAP', 'soon', 'Friday 3 PM', 'next week', "I'll",
  'we will', 'as I said', 'per my last email', 'obviously', 'just wanted to', 'sorry to bother', 'I think',
  'ok', 'oke', 'siap', 'noted', 'thanks', 'Hi Dina,', 'Best regards,', 'tolong', 'kirim', 'besok', 'jam 13.00',
  'secepatnya', 'nanti', 'mohon', 'sabar ya', 'kenapa belum', 'mungkin', 'saya akan', 'laporannya', 'ya',
  'when', 'kapan', 'berapa', 'how many', 'EOD', 'by', 'at', '15/3', '2026-03-15', '10:30', 'minggu depan',
  'SEND IT NOW', 'WHY', 'e.g.', 'Mr.', 'U.S.', 'file.pdf', 'https://example.com/a?b=c', 'dina@example.com',
] as const;

/** Characters and clusters that break naive string code. */
export const HOSTILE = [
  '👍', '👌', '😀', '👩‍💻', '👨‍👩‍👧‍👦', '🇮🇩', '🏳️‍🌈', '👍🏽', '❤️', '1️⃣', // emoji, ZWJ, flags, skin tones, keycaps
  'مرحبا', 'שלום', '\u200F', '\u200E', '\u202E', '\u2066', '\u2069', // right-to-left text and bidi controls
  'e\u0301', 'Z\u0351\u0352\u0357\u0300\u0301\u0302', '\u0301', 'ก\u0e31\u0e49', // combining marks, a bare one
  '\uD83D', '\uDE00', '\uDC00\uD800', // lone surrogates, and a low before a high
  '\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060', '\u00AD', // zero-width and soft hyphen
  'İ', 'ß', 'ŉ', 'ﬀ', 'ǅ', 'ΐ', 'Σ', // case mapping changes the length ("İ".toLowerCase() is two code units)
  '\u00A0', '\u2028', '\u2029', '\u3000', '\r', '\t', '\u0000', '\u0007', '\u001B[31m', // odd whitespace, controls
  '？', '！', '。', '…', '‼', '⁉', '“', '”', '’', // fullwidth and typographic punctuation
  '𝐁𝐎𝐋𝐃', '𝔣𝔯𝔞𝔨𝔱𝔲𝔯', 'Ｆｕｌｌｗｉｄｔｈ', '漢字', '한국어', // astral letters, CJK
] as const;

/** Structures pasted into drafts: markup, code, headers, quotes, signatures. */
export const BLOCKS = [
  '<div dir="rtl"><b>Hi</b>&nbsp;<a href="mailto:x@y.z">x</a><br></div>',
  '<script>alert("?")</script><!-- ok? -->',
  'function f(x) { return x?.y ?? "send it ASAP!!"; }',
  'if (a > b) {\n  console.log("done?");\n}',
  'SELECT * FROM t WHERE deadline = \'2026-03-15\';',
  'From: Dina <dina@example.com>\nSent: Friday, March 3, 2026 9:00 AM\nTo: Sari\nSubject: Re: report?',
  'On Tue, Mar 3, 2026 at 9:00 AM Dina <dina@example.com> wrote:',
  'Pada Sel, 3 Mar 2026 pukul 09.00 Dina <dina@example.com> menulis:',
  '> Could you send the report tomorrow?\n> Kapan rapatnya?',
  '>>> nested > quote ? ok',
  '-----Original Message-----',
  '-- \nSari\n+62 812 3456 7890',
  'Thanks,\nSari',
  '- item one\n- item two?\n1) tolong kirim',
  '???', '!!', '?!', '!!!!!!!!', '....', '…?',
] as const;

const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', ', ', '. ', '? ', '! ', '\r\n', '\t'] as const;

// ---- arbitraries ----

/** Any single UTF-16 code unit, lone surrogates included. */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

const smallPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.constantFrom(...BLOCKS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 6 }) },
);

/**
 * One piece of a draft: mostly words, often hostile Unicode, sometimes a pasted block or random text, and
 * now and then one of them repeated into a run of thousands of characters (past the engine's limits on a
 * sentence's and on a quoted message's length).
 */
export const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: smallPiece },
  { weight: 1, arbitrary: fc.tuple(smallPiece, fc.constantFrom(' ', '', '\n'), fc.integer({ min: 50, max: 1500 })).map(([p, sep, n]) => Array(n).fill(p).join(sep)) },
);

/** A draft (or a quoted message) of up to about `maxPieces` pieces. */
export function text(maxPieces = 40): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: maxPieces })
    .map((parts) => parts.map(([p, s]) => p + s).join(''));
}

/** A user phrase for the custom lists: a word we use, a hostile character, or anything. */
const phrase = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 10 }));

/** Every rule on (off-by-default ones included), sometimes one switched off. */
/** Every rule on, the off-by-default ones included. */
export const ALL_RULES_ON: Record<string, boolean> = Object.fromEntries(rules.map((r) => [r.id, true]));
const ruleSwitches = fc.oneof(
  { weight: 3, arbitrary: fc.constant(ALL_RULES_ON) },
  { weight: 1, arbitrary: fc.record(Object.fromEntries(rules.map((r) => [r.id, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>) },
);

/** Analysis options as settings can hold them, and a few they should not (an invalid time). */
export const options: fc.Arbitrary<Partial<AnalyzeOptions>> = fc.record({
  lang: fc.constantFrom('auto', 'en', 'id'),
  sensitivity: fc.constantFrom('relaxed', 'normal', 'strict'),
  defaultTime: fc.oneof(fc.constantFrom('13:00', '09:30', '00:00', '23:59', '7:05', 'noon', ''), fc.string({ maxLength: 6 })),
  rules: ruleSwitches,
  extraVague: fc.array(phrase, { maxLength: 3 }),
  neverFlag: fc.array(phrase, { maxLength: 2 }),
  alwaysTerse: fc.array(phrase, { maxLength: 3 }),
});

// ---- deterministic worst cases ----

export interface AdversarialSample {
  name: string;
  text: string;
  quoted?: string;
  options?: Partial<AnalyzeOptions>;
}

/** Repeats `unit(i)` (i = 0, 1, 2, …) until the text reaches `size` code units. */
function fill(size: number, unit: (i: number) => string): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += unit(i);
  return out;
}

const SIZE = 100_000;
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/**
 * Named worst cases, each about 100,000 characters (the quoted message too, where there is one). Built
 * from the same pieces as the arbitraries, deterministically, so timings compare from run to run.
 */
export function adversarialSamples(size = SIZE): AdversarialSample[] {
  const words = WORDS.filter((w) => !/[.!?]/.test(w));
  return [
    { name: 'one sentence, no punctuation', text: fill(size, (i) => `${pick(words, i * 7).toLowerCase()} `) },
    { name: 'hard-wrapped lines, no punctuation', text: fill(size, (i) => `${pick(words, i * 3).toLowerCase()}${i % 9 === 8 ? '\n' : ' '}`) },
    {
      name: 'short sentences, all distinct',
      text: fill(size, (i) => `${pick(['Could you send the report', 'Tolong kirim laporannya', "I'll share the deck", 'Kapan rapatnya'], i)} ${pick(['tomorrow', 'besok', 'ASAP', 'by Friday 3 PM', 'jam 13.00'], i)} (${i})${pick(['?', '.', ' ya.', '!!'], i)} `),
    },
    {
      name: 'sentences just under the 2,000-character parse limit',
      text: fill(size, (i) => `${fill(1_990, (k) => `${pick(words, i + k * 5)} `).slice(0, 1_990).trimEnd()}. `),
    },
    { name: 'emoji and ZWJ sequences', text: fill(size, (i) => pick(['👩‍💻', '👨‍👩‍👧‍👦', '🇮🇩', '👍🏽', '🏳️‍🌈', ' ', '❤️', 'ok'], i)) },
    { name: 'RTL and combining marks', text: fill(size, (i) => pick(['مرحبا', '\u200F', 'Z\u0351\u0352\u0357\u0300', 'שלום', ' ', 'e\u0301', '\u202E', 'tolong kirim '], i)) },
    { name: 'lone surrogates', text: fill(size, (i) => pick(['\uD83D', 'send ', '\uDE00', '\uDC00\uD800', '. ', 'ok?', '\uD83D'], i)) },
    { name: 'zero-width characters inside words', text: fill(size, (i) => `${pick(words, i).split('').join(pick(['\u200B', '\u200D', '\uFEFF', '\u00AD'], i))}${pick([' ', '. ', '? '], i)}`) },
    { name: 'case mapping that changes length', text: fill(size, (i) => pick(['İ', 'ok ', 'ß', 'ﬀ ', 'SEND İT NOW. ', 'ŉ'], i)), options: { alwaysTerse: ['ok', 'send it'], neverFlag: ['İ'] } },
    { name: 'pasted HTML', text: fill(size, (i) => `${pick(BLOCKS.slice(0, 2), i)}<p>${pick(words, i)}</p>\n`) },
    { name: 'pasted code', text: fill(size, (i) => `${pick(BLOCKS.slice(2, 5), i)}\n`) },
    { name: 'e-mail header blocks', text: fill(size, (i) => `${i === 0 ? 'Please send it.\n\n' : ''}${BLOCKS[5]}\n\n> ${pick(words, i)}?\n`), quoted: fill(size, (i) => `${BLOCKS[5]}\n${pick(words, i)}?\n\n`) },
    { name: "'>' quote flood", text: fill(size, (i) => `${'>'.repeat((i % 5) + 1)} ${pick(words, i)}?\n`) },
    { name: "repeated 'On … wrote:' lines", text: fill(size, (i) => `${i === 0 ? 'ok\n\n' : ''}${pick(BLOCKS.slice(6, 8), i)}\n`) },
    { name: "'?' flood", text: '?'.repeat(size) },
    { name: "'!!' after every word", text: fill(size, (i) => `${pick(words, i)}!! `) },
    { name: 'shouting in capitals', text: fill(size, (i) => `${pick(words, i).toUpperCase()}${i % 20 === 19 ? '. ' : ' '}`) },
    { name: 'whitespace and blank lines', text: fill(size, (i) => pick([' ', '\n', '\n\n', '\t', '\r\n', '\u00A0', '\u2028'], i)) },
    { name: 'abbreviations and dots', text: fill(size, (i) => pick(['e.g. ', 'Mr. ', 'U.S. ', 'a.b.c.', 'file.pdf ', '13.00 '], i)) },
    { name: "custom phrase in every sentence ('ok.')", text: 'ok. '.repeat(size / 4), options: { alwaysTerse: ['ok'] } },
    { name: 'times and dates flood', text: fill(size, (i) => `besok jam ${i % 24}.00, Friday ${(i % 12) + 1} PM, ${(i % 28) + 1}/3 ${pick(['ASAP', 'tomorrow', 'secepatnya', 'EOD'], i)}. `) },
  ];
}

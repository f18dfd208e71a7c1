/**
 * Time expressions in English and Indonesian (and both mixed), with whether each is concrete.
 *
 * How: small patterns ("atoms") find clock times, dates, weekdays, relative days, parts of the
 * day, periods, durations and vague phrases; overlapping atoms keep the longest; neighbouring atoms
 * joined by nothing but a space, a comma or "at/on/pada" merge into one span ("besok jam 13.00",
 * "Friday 3 PM", "5pm today"). A span is concrete when it holds a clock time, a date, a weekday or a
 * counted duration, or says "right now" (the reasoning is in src/engine/id/lexicon.ts, above ID_WEEKDAYS).
 *
 * Spans cover the time itself, not the deadline word before it: "by 5pm today" → "5pm today",
 * "paling lambat Senin pukul 10.00" → "Senin pukul 10.00", so a rewrite can replace or extend just
 * the time. Markers that are part of the time stay in: "jam"/"pukul", "tanggal", "hari", "next".
 *
 * compromise is not used here: its #Date/#Time tags are English-only, the same spans have to be
 * found inside Indonesian and mixed sentences with exact offsets, and the patterns below are a few
 * regular expressions over the whole draft (no per-sentence parse).
 */
import type { TimeSpan } from './types';
import {
  ID_DEICTIC_DAYS, ID_DURATION_OPENERS, ID_MONTHS, ID_PARTS_OF_DAY, ID_PERIODS, ID_VAGUE, ID_WEEKDAYS,
  type Lexicon,
} from './id/lexicon';

// ---- English time words (data; Indonesian ones are in id/lexicon.ts) ----

export const EN_WEEKDAYS: Lexicon = {
  monday: 'weekday', tuesday: 'weekday', wednesday: 'weekday', thursday: 'weekday', friday: 'weekday',
  saturday: 'weekday', sunday: 'weekday',
};
/** Abbreviations only count capitalised ("Fri 3pm"): "sat", "sun", "wed" are ordinary words in lower case. */
export const EN_WEEKDAY_ABBR = ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun'];
export const EN_MONTHS: Lexicon = {
  january: 'month', february: 'month', march: 'month', april: 'month', may: 'month (only with a day number: "May 3")',
  june: 'month', july: 'month', august: 'month', september: 'month', october: 'month', november: 'month',
  december: 'month', jan: 'abbr.', feb: 'abbr.', mar: 'abbr.', apr: 'abbr.', jun: 'abbr.', jul: 'abbr.',
  aug: 'abbr.', sep: 'abbr.', sept: 'abbr.', oct: 'abbr.', nov: 'abbr.', dec: 'abbr.',
};
const EN_DEICTIC_DAYS: Lexicon = {
  today: 'moves with the reading day; no hour', tomorrow: 'moves with the reading day; no hour',
  tonight: 'today, evening: no hour', 'this morning': 'part of today', 'this afternoon': 'part of today',
  'this evening': 'part of today', 'later today': 'some time today', 'the day after tomorrow': 'relative day',
  'first thing tomorrow': 'tomorrow morning, no hour',
};
const EN_PARTS_OF_DAY: Lexicon = {
  morning: 'part of day', afternoon: 'part of day', evening: 'part of day', night: 'part of day',
  'in the morning': 'part of day', 'in the afternoon': 'part of day', 'in the evening': 'part of day',
  'at night': 'part of day',
};
export const EN_PERIODS: Lexicon = {
  'next week': 'a week, not a day', 'this week': 'a week, not a day', 'next month': 'a month',
  'this month': 'a month', 'this weekend': 'two days', 'next weekend': 'two days', 'over the weekend': 'two days',
  'later this week': 'some day this week', 'early next week': 'some day next week', 'later next week': 'some day next week',
  'end of the week': 'which day, which hour?', 'end of week': 'which day?', 'end of this week': 'which day?',
  'end of next week': 'which day?', 'end of the month': 'which day?', 'end of month': 'which day?',
  eow: 'end of week', eom: 'end of month', 'in the coming days': 'no day', 'in a few days': 'no day',
  'in the next few days': 'no day', 'in a couple of days': 'no day', 'next few days': 'no day',
  'this quarter': 'three months', 'next quarter': 'three months', 'within the week': 'no day',
};
const EN_VAGUE: Lexicon = {
  asap: 'no time at all', 'a.s.a.p.': 'no time at all', 'as soon as possible': 'no time at all',
  'as soon as you can': 'no time', soon: 'no time', soonest: 'no time', shortly: 'no time',
  later: 'no time ("later than" is excluded)', sometime: 'no time', 'at some point': 'no time',
  'when you can': 'no time', 'when you get a chance': 'no time', 'when you have a chance': 'no time',
  'when you have time': 'no time', 'when you get a moment': 'no time', 'when you have a moment': 'no time',
  whenever: 'no time', 'whenever you can': 'no time', 'in a bit': 'no time', 'in a while': 'no time',
  'in a moment': 'no time', 'at your earliest convenience': 'no time', 'at your convenience': 'no time',
  'when possible': 'no time', 'as early as possible': 'no time', eventually: 'no time',
  'one of these days': 'no time', 'right away': 'urgent but no time', immediately: 'urgent but no time',
  'down the line': 'no time', 'in due course': 'no time',
};
/** Right now: the reading moment itself, so there is nothing to guess ("kirim sekarang juga"). Bare "now" is left out: "Now, about the budget". */
const NOW: Lexicon = {
  'right now': 'immediately, no day to guess', 'right away now': 'immediately', sekarang: '"now"',
  'sekarang juga': '"right now"', 'saat ini juga': '"this very moment"', 'hari ini juga': '"today, right away": an immediate deadline',
};
/** End of day: vague alone (whose day? whose office hours?), concrete with a weekday or date ("EOD Friday"). */
export const EN_EOD: Lexicon = {
  eod: 'end of day', cob: 'close of business', eob: 'end of business', 'end of day': 'end of day',
  'end of the day': 'end of day ("at the end of the day" the idiom is excluded)', 'end of business': 'end of business',
  'close of business': 'close of business', 'end of business day': 'end of day', 'end of the business day': 'end of day',
  'end of play': 'British end of day',
};

// ---- pattern building ----

type Kind = 'clock' | 'date' | 'weekday' | 'duration' | 'now' | 'deictic' | 'part' | 'period' | 'eod' | 'vague';

const CONCRETE: ReadonlySet<Kind> = new Set(['clock', 'date', 'weekday', 'duration', 'now']);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternation of phrases, longest first, spaces matching any run of whitespace. */
export const alt = (...lexicons: Array<Lexicon | readonly string[]>): string =>
  lexicons
    .flatMap((l) => (Array.isArray(l) ? l : Object.keys(l)))
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/\s+/g, '\\s+').replace(/'/g, "['’]"))
    .join('|');

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
export const word = (body: string, flags = 'giu'): RegExp => new RegExp(`${B}(?:${body})${E}`, flags);

const MONTH_NAMES = [...Object.keys(EN_MONTHS), ...Object.keys(ID_MONTHS)];
/** Only an abbreviation takes a dot ("Mar."); a full name must not swallow the sentence's full stop. */
const MONTH = `(?:${alt(MONTH_NAMES.filter((m) => m.length > 4 || m === 'june' || m === 'july'))}|(?:${alt(MONTH_NAMES.filter((m) => m.length <= 4 && m !== 'june' && m !== 'july'))})\\.?)`;
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+\\d{4})?';
const TZ = '(?:\\s?(?:WIB|WITA|WIT|UTC|GMT|SGT|JST|CEST|CET|BST|[ECMP][SD]T)(?:\\s?[+-]\\s?\\d{1,2})?)?';
const ID_PART = `(?:\\s+(?:${alt(ID_PARTS_OF_DAY)}))?`;
/** Words after which "13.00" or a bare "3" is a clock time rather than a number. */
const CLOCK_CUE = '(?:at|by|before|until|till|around|jam|pukul|sebelum|lambat|telat|maksimal|maks|max|sampai|hingga|pada|sekitar|@)';
const NUM_WORD = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|24|48|72)';

interface Pattern {
  kind: Kind;
  re: RegExp;
  /** Skipped on text without a digit: most sentences have none, and these are the costliest scans. */
  digit?: true;
}

const PATTERNS: readonly Pattern[] = [
  // 3pm, 1 PM, 10:30, 10.30 am, noon, 9 o'clock, with an optional time zone.
  { kind: 'clock', digit: true, re: word(`\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am|pm)${TZ}|\\d{1,2}:\\d{2}${TZ}|\\d{1,2}\\s?o['’]clock`) },
  { kind: 'clock', re: word('noon|midday|midnight') },
  { kind: 'clock', digit: true, re: new RegExp(`${B}\\d{1,2}\\.\\d{2}\\s?(?:WIB|WITA|WIT)${E}`, 'giu') },
  // jam 3, jam 13.00 WIB, pukul 10.00, jam 3 sore, jam setengah 4, jam 9-10.
  { kind: 'clock', digit: true, re: word(`(?:jam|pukul|pkl|jm)\\.?\\s*(?:setengah\\s+)?\\d{1,2}(?:[.:]\\d{2})?(?:\\s*-\\s*\\d{1,2}(?:[.:]\\d{2})?)?${TZ}${ID_PART}`) },
  // "before 13.00", "at 3" (a bare hour only right after a time word, and not followed by a noun).
  { kind: 'clock', digit: true, re: new RegExp(`(?<=${B}${CLOCK_CUE}\\s)\\d{1,2}\\.\\d{2}${TZ}${E}`, 'giu') },
  { kind: 'clock', digit: true, re: new RegExp(`(?<=${B}(?:at|by|before|until|till|around)\\s)\\d{1,2}${TZ}(?=\\s*(?:$|[,.;!?)]|today|tomorrow|tonight|on\\b|this\\b|next\\b|besok|hari|ya\\b))`, 'giu') },
  // "Jumat 13.00", "besok, 09.30": a dotted time right after a day word.
  { kind: 'clock', digit: true, re: new RegExp(`(?<=${B}(?:${alt(EN_WEEKDAYS, ID_WEEKDAYS, ID_DEICTIC_DAYS, EN_DEICTIC_DAYS, ['minggu'])}),?\\s)\\d{1,2}\\.\\d{2}${TZ}${E}`, 'giu') },
  // March 3, March 3rd, 2026, 3 March, 3rd of March, 15 Maret 2026, tanggal 15 (Maret).
  { kind: 'date', digit: true, re: word(`${MONTH}\\s+\\d{1,2}${ORD}${YEAR}|\\d{1,2}${ORD}\\s+(?:of\\s+)?${MONTH}${YEAR}|(?:tanggal|tgl)\\.?\\s*\\d{1,2}(?:\\s+${MONTH}(?:\\s+\\d{4})?)?|the\\s+\\d{1,2}(?:st|nd|rd|th)`) },
  { kind: 'date', re: word(`(?:the\\s+)?end\\s+of\\s+${MONTH}|akhir\\s+${MONTH}`) },
  // 2026-03-15, 15/3, 3/15/2026, 15-03-2026, 15.03.2026 (checked in `plausibleDate`).
  { kind: 'date', digit: true, re: new RegExp(`(?<![\\p{L}\\p{N}/.-])(?:\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{1,2}-\\d{1,2}-\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})(?![\\p{L}\\p{N}/])`, 'gu') },
  // Friday, next Friday, this coming Friday, hari Jumat, Jumat depan, hari Minggu.
  { kind: 'weekday', re: word(`(?:(?:this|next|coming|this\\s+coming)\\s+)?(?:${alt(EN_WEEKDAYS)})`) },
  { kind: 'weekday', re: new RegExp(`${B}(?:${EN_WEEKDAY_ABBR.join('|')})\\.?(?![\\p{L}\\p{N}])`, 'gu') },
  { kind: 'weekday', re: word(`(?:hari\\s+)?(?:${alt(ID_WEEKDAYS)})(?:\\s+(?:ini|depan|besok|nanti))?|hari\\s+minggu(?:\\s+(?:ini|depan|besok|nanti))?`) },
  { kind: 'weekday', re: new RegExp(`${B}Minggu(?!\\s+(?:depan|ini|lalu|kemarin|ke|pertama|kedua|ketiga|terakhir))${E}`, 'gu') },
  // Counted durations: within 24 hours, in 2 days, dalam 2x24 jam, maksimal 3 hari kerja, 1x24 jam.
  { kind: 'duration', re: word(`(?:within|in|in\\s+the\\s+next)\\s+${NUM_WORD}\\s+(?:business\\s+|working\\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?)`) },
  { kind: 'duration', digit: true, re: word(`(?:${alt(ID_DURATION_OPENERS)})\\s+\\d+\\s*(?:x\\s*24\\s*)?(?:jam|menit|hari(?:\\s+kerja)?|minggu|pekan)|\\d\\s*x\\s*24\\s*jam`) },
  // "3 jam lagi", "2 hari lagi": a counted wait from now.
  { kind: 'duration', digit: true, re: word('\\d+\\s*(?:jam|menit|hari|minggu)\\s+lagi') },
  { kind: 'now', re: word(alt(NOW)) },
  // A bare "now" that ends its clause ("send it now!!", "call me now, please") is the deadline; one that
  // opens or runs through a sentence ("Now, about the budget", "we now have") is not.
  { kind: 'now', re: new RegExp(`(?<=[\\p{L}\\p{N}][^\\S\\n]+)now(?=\\s*(?:$|[.!?,;…)]|(?:please|pls|plz|ya|thanks|thank you)${E}))`, 'giu') },
  { kind: 'deictic', re: word(alt(EN_DEICTIC_DAYS, ID_DEICTIC_DAYS)) },
  // Parts of the day, never after a greeting ("good morning", "selamat pagi").
  { kind: 'part', re: word(`(?<!(?:good|selamat)\\s+)(?:${alt(EN_PARTS_OF_DAY, ID_PARTS_OF_DAY)})`) },
  { kind: 'period', re: word(alt(EN_PERIODS, ID_PERIODS)) },
  { kind: 'eod', re: word(`(?<!at\\s+the\\s+)(?:${alt(EN_EOD)})`) },
  { kind: 'vague', re: word(`(?:${alt(EN_VAGUE, ID_VAGUE)})(?!\\s+than)`) },
];

interface Atom {
  kind: Kind;
  start: number;
  end: number;
}

/** "3/15", "15/3/2026" and "2026-03-15" are dates only if a day and month fit; "24/7" and "1/2" pass or fail by that. */
function plausibleDate(text: string): boolean {
  const n = text.split(/[/.-]/).map(Number);
  if (/^\d{4}-/.test(text)) return n[1]! >= 1 && n[1]! <= 12 && n[2]! >= 1 && n[2]! <= 31;
  const [a, b] = [n[0]!, n[1]!];
  if (text === '24/7') return false;
  return a >= 1 && b >= 1 && ((a <= 12 && b <= 31) || (a <= 31 && b <= 12));
}

/** "1 1/2 hours", "save 1/2 off", "7/12 of the volume": a fraction, not a day. */
const FRACTION_AFTER = /^\s+(?:of|off|hours?|hrs?|days?|weeks?|months?|years?|miles?|inch(?:es)?|cups?|kg|km|jam|hari|dari|bagian)(?![\p{L}])/iu;
function isFraction(text: string, start: number, match: string): boolean {
  if (!/^\d{1,2}\/\d{1,2}$/.test(match)) return false;
  return /\d\s$/.test(text.slice(Math.max(0, start - 2), start)) || FRACTION_AFTER.test(text.slice(start + match.length, start + match.length + 12));
}

/** Hours above 24 or minutes above 59 are not times ("12.75"). */
function plausibleClock(text: string): boolean {
  const m = /(\d{1,2})(?:[.:](\d{2}))?/.exec(text);
  if (!m) return true;
  return Number(m[1]) <= 24 && (m[2] === undefined || Number(m[2]) <= 59);
}

/** The user's extra vague phrases as one pattern; the last one is kept, since settings rarely change. */
let userCache: { key: string; pattern: Pattern | null } = { key: '', pattern: null };
function userPattern(extraVague: readonly string[]): Pattern | null {
  const phrases = extraVague.map((p) => p.trim()).filter(Boolean);
  const key = JSON.stringify(phrases); // not a join: a phrase may hold the separator
  if (key !== userCache.key) userCache = { key, pattern: phrases.length ? { kind: 'vague', re: word(alt(phrases)) } : null };
  return userCache.pattern;
}

function findAtoms(text: string, extraVague: readonly string[]): Atom[] {
  const atoms: Atom[] = [];
  const user = userPattern(extraVague);
  const patterns = user ? [...PATTERNS, user] : PATTERNS;
  const digits = /\d/.test(text);
  for (const { kind, re, digit } of patterns) {
    if (digit && !digits) continue;
    for (const m of text.matchAll(re)) {
      if (kind === 'date' && /^\d/.test(m[0]) && !/[a-z]/i.test(m[0]) && (!plausibleDate(m[0]) || isFraction(text, m.index, m[0]))) continue;
      if (kind === 'clock' && !plausibleClock(m[0])) continue;
      atoms.push({ kind, start: m.index, end: m.index + m[0].length });
    }
  }
  // Longest first, then leftmost: keep an atom only if it overlaps none already kept.
  atoms.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: Atom[] = [];
  for (const a of atoms) if (!kept.some((k) => a.start < k.end && k.start < a.end)) kept.push(a);
  return kept.sort((x, y) => x.start - y.start);
}

/**
 * What may stand between two atoms of one expression: "besok jam 3", "Friday, 3 PM", "Monday at noon",
 * and deadline words inside it: "tomorrow by 1 PM", "besok paling lambat jam 13.00".
 */
const GAP = /^(?:\s+|\s*,\s*|,?\s+(?:at|on|around|by|before|no\s+later\s+than|pada|sekitar|paling\s+lambat|paling\s+telat|sebelum|selambatnya|maksimal)\s+|\s*@\s*)$/i;
/** Between two clock times, a range: "10:00-12:00", "jam 9 sampai 11". */
const RANGE = /^\s*(?:-|–|to|until|sampai|hingga|s\.?d\.?)\s*$/i;

function joinable(prev: Atom[], next: Atom, gap: string): boolean {
  const last = prev[prev.length - 1]!;
  if (last.kind === 'clock' && next.kind === 'clock') return RANGE.test(gap) || GAP.test(gap);
  if (!GAP.test(gap)) return false;
  // Two vague phrases side by side ("soon, later") are two findings, not one time.
  if (last.kind === 'vague' && next.kind === 'vague') return false;
  // A part of the day belongs to the word right next to it: "besok pagi", "Friday morning".
  if ((last.kind === 'part' || next.kind === 'part') && !/^\s+$/.test(gap)) return false;
  return true;
}

/** Time expressions in `text` (both languages), offsets relative to `text`, non-overlapping, in order. */
export function findTimes(text: string, extraVague: readonly string[] = []): TimeSpan[] {
  const atoms = findAtoms(text, extraVague);
  const groups: Atom[][] = [];
  for (const a of atoms) {
    const g = groups[groups.length - 1];
    if (g && joinable(g, a, text.slice(g[g.length - 1]!.end, a.start))) g.push(a);
    else groups.push([a]);
  }
  const out: TimeSpan[] = [];
  for (const g of groups) {
    // A lone part of the day ("pagi juga min", "the morning meeting") is not a time expression.
    if (g.every((a) => a.kind === 'part')) continue;
    const start = g[0]!.start;
    const end = g[g.length - 1]!.end;
    out.push({ start, end, text: text.slice(start, end), vague: !g.some((a) => CONCRETE.has(a.kind)) });
  }
  return out;
}

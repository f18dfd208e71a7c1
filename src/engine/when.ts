/**
 * When a time expression falls due: "besok jam 13.00" written on Tue 3 March 2026 in Jakarta is
 * Wed 4 March 13:00 WIB. Pure: no network, no DOM; zones through `Intl.DateTimeFormat` (built into
 * node and browsers, so nothing is added to the content script) and fixed offsets by hand.
 *
 * Rules of resolution (`resolveTime`), all in the zone (a zone written in the text, else `ref.timeZone`,
 * else the runtime's), "today" being the day of `ref.now` there:
 * - Relative days: today / hari ini, tomorrow / besok / esok, the day after tomorrow / lusa ("besok lusa",
 *   a day or two, reads as the later day), yesterday / kemarin (in the past), tonight / malam ini, this
 *   morning / afternoon / evening, pagi / siang / sore / malam ini; a part of the day alone ("nanti sore")
 *   is today.
 * - Weekdays (Monday…Sunday, Mon…Sun capitalised; Senin…Minggu, Jum'at): the next such day on or after
 *   today ("Friday" said on a Friday is that day). "this / coming Friday", "Jumat ini / nanti / besok" read
 *   the same. "next Friday" / "Jumat depan" is the Friday of the following week (weeks run Monday to
 *   Sunday): said on Monday 2 March it is Friday 13 March, not 6 March; the business-mail reading, where
 *   "this Friday" is the one four days away. "Friday next week" / "Jumat minggu depan" is the same day;
 *   "Friday this week" / "Jumat minggu ini" is this week's Friday even when it has passed.
 * - Dates: "13 March", "March 13th", "13th of March 2027", "Jumat, 14 Mei 2025", "tanggal 15 (Maret)",
 *   "the 15th", ISO "2026-03-04". With no year (or no month), the next such date on or after today
 *   (a December mail's "5 January" is next year's). A weekday beside a date is not checked against it.
 *   Numeric dates other than ISO ("3/4", "14/5", "15.03.2026") are null: D/M or M/D cannot be told.
 * - Clock times: "1 PM", "1pm", "1:30 p.m.", "13:00", "13.00", "jam 13.00", "pukul 13:00 WIB", "jam
 *   setengah 4" (3:30), "9 o'clock", "noon", "tengah hari" (12:00), "midnight", "tengah malam" (24:00: the
 *   end of the day named). A part of the day sets the half: "jam 10 pagi" 10:00, "jam 1 siang" 13:00,
 *   "jam 3 sore" 15:00, "jam 7 malam" 19:00, "tonight at 8" 20:00. An hour from 1 to 6 with none of these
 *   and no leading zero ("jam 3", "at 2", "3:30") is read in working hours: the afternoon. The first time
 *   of a range ("jam 9-10") is taken. A clock time with no day is today at that time, or tomorrow when it
 *   has passed.
 * - A zone written after the time overrides the ref's for the whole expression ("tomorrow 9 AM PDT" is
 *   tomorrow in PDT): WIB (Asia/Jakarta), WITA
 *   (Asia/Makassar), WIT (Asia/Jayapura); GMT / UTC with an optional offset ("GMT+7"); and fixed offsets for
 *   what the abbreviation says: SGT +8, JST +9, CET +1, CEST +2, BST +1, EST −5, EDT −4, CST −6, CDT −5,
 *   MST −7, MDT −6, PST −8, PDT −7 ("EST" in July is still −5, as written; CST is the North American one).
 * - A day with no clock time falls due at the end of the working day, 17:00. A part of the day with no
 *   clock time keeps precision 'day' but falls due at its own end or middle: morning / pagi 12:00,
 *   afternoon / siang 15:00, sore 17:00, evening / night / tonight / malam 20:00.
 * - EOD, COB, end of (the business) day, end of play, akhir hari, sebelum pulang kantor: the day named, else
 *   today, at 17:00 (precision 'day': a convention, not a written hour).
 * - Periods (precision 'week' / 'month', due 17:00 of the last working day of it): this week, within the week,
 *   end of the week, later this week, minggu ini, akhir minggu (ini), dalam minggu ini → Friday of this week;
 *   next week, end of next week, later next week, minggu / pekan depan, akhir minggu depan → Friday of next
 *   week; this month, end of the month, EOM, bulan ini, akhir bulan (ini) → the last weekday of this month;
 *   next month, bulan depan → of next month; "end of March" / "akhir Maret" → of the next March on or after
 *   this month. Other periods (this weekend, early next week, next quarter, awal bulan) are null.
 * - Counted durations: "within 2 hours", "3 jam lagi", "dalam 2x24 jam" → now plus that (precision
 *   'minute'); "in 2 days", "maksimal 3 hari kerja" (working days skip Saturday and Sunday), "within a week"
 *   → that many days after today (precision 'day', 17:00). "right now", "sekarang (juga)" → now.
 * - Nothing that names a day, an hour or a period ("ASAP", "soon", "later", "nanti", "secepatnya",
 *   "besok-besok") → null.
 *
 * Zones: an IANA name ("Asia/Jakarta") or a UTC offset ("+07:00", "-05:00", "+0530", "UTC+7"); undefined,
 * or a name the runtime does not know, means the runtime's own zone. Wall times follow the
 * `Temporal` "compatible" rule: one that does not exist (02:30 on a spring-forward day) moves forward by
 * the gap (03:30 daylight time), one that exists twice (01:30 on a fall-back day) is the earlier instant.
 */
import { EN_EOD, EN_MONTHS, EN_PERIODS, EN_WEEKDAY_ABBR, EN_WEEKDAYS, alt, word } from './time';
import { ID_DURATION_OPENERS, ID_MONTHS, ID_PERIODS, ID_WEEKDAYS } from './id/lexicon';

export interface Resolved {
  /** The instant it falls due, ms since epoch: its clock time when given, else the end of the working day (17:00) of its day, in the zone. */
  due: number;
  /** 'minute' when a clock time is given; 'day' for a day with no hour; 'week' / 'month' for "next week", "end of the month" (due = the last working day of it at 17:00). */
  precision: 'minute' | 'day' | 'week' | 'month';
  /** The calendar day it names, in the zone: { year, month (1-12), day }. */
  day: { year: number; month: number; day: number };
  /** The clock time when given: { hour, minute } 24-hour, as written (midnight is 24:00; in a DST gap `due` is past it). */
  clock?: { hour: number; minute: number };
}

type Day = Resolved['day'];
type Clock = { hour: number; minute: number };

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
/** The end of the working day: when a day with no hour falls due. */
const END_OF_DAY: Clock = { hour: 17, minute: 0 };

// ---- zones ----

/** A fixed offset in minutes east of UTC, an IANA zone's formatter, or null for the runtime's zone. */
type Zone = { offset: number } | { fmt: Intl.DateTimeFormat } | null;

const OFFSET = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i;
const zones = new Map<string, Zone>();

function zoneOf(timeZone: string | undefined): Zone {
  if (!timeZone) return null;
  const known = zones.get(timeZone);
  if (known !== undefined) return known;
  const t = timeZone.trim();
  const m = OFFSET.exec(t);
  let zone: Zone;
  if (/^(?:utc|gmt|z)$/i.test(t)) zone = { offset: 0 };
  else if (m) zone = { offset: (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) };
  else {
    try {
      zone = {
        fmt: new Intl.DateTimeFormat('en-US', {
          timeZone: t, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
        }),
      };
    } catch {
      zone = null; // not a zone this runtime knows: its own zone, rather than no answer
    }
  }
  zones.set(timeZone, zone);
  return zone;
}

/** Minutes east of UTC in force at `at`. */
function offsetAt(at: number, zone: Zone): number {
  if (zone === null) return -new Date(at).getTimezoneOffset();
  if ('offset' in zone) return zone.offset;
  const p: Record<string, number> = {};
  for (const { type, value } of zone.fmt.formatToParts(at)) p[type] = Number(value);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return Math.round((wall - Math.floor(at / 1000) * 1000) / MINUTE);
}

/** The wall clock at `at` in `zone`, as a Date whose UTC fields are the local ones. */
const wallOf = (at: number, zone: Zone): Date => new Date(at + offsetAt(at, zone) * MINUTE);

/** The calendar day of an instant in a zone (an IANA name or a UTC offset; undefined: the runtime's). */
export function dayOf(at: number, timeZone?: string): Day {
  const d = wallOf(at, zoneOf(timeZone));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The instant of a wall-clock time on a day in a zone. Hour 24 is the end of the day (the next day's 00:00).
 * A wall time that does not exist (in a spring-forward gap) moves forward by the gap: 02:30 in New York on
 * 2026-03-08 is 03:30 EDT. One that exists twice (fall back) is the earlier: 01:30 on 2026-11-01 is EDT.
 */
export function instantOf(day: Day, clock: Clock, timeZone?: string): number {
  const zone = zoneOf(timeZone);
  const wall = Date.UTC(day.year, day.month - 1, day.day, clock.hour, clock.minute);
  const before = offsetAt(wall - DAY_MS, zone);
  const after = offsetAt(wall + DAY_MS, zone);
  const a = wall - before * MINUTE;
  const b = wall - after * MINUTE;
  const aHolds = offsetAt(a, zone) === before;
  const bHolds = offsetAt(b, zone) === after;
  if (aHolds && bHolds) return Math.min(a, b);
  if (bHolds) return b;
  return a; // holds, or in a gap: read with the offset before the change, which lands past the gap
}

// ---- calendar days ----

const utcOf = (d: Day): Date => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromUtc = (d: Date): Day => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
const addDays = (d: Day, n: number): Day => fromUtc(new Date(Date.UTC(d.year, d.month - 1, d.day + n)));
/** Monday 0 … Sunday 6. */
const weekdayIndex = (d: Day): number => (utcOf(d).getUTCDay() + 6) % 7;
const order = (d: Day): number => d.year * 10_000 + d.month * 100 + d.day;
const isDate = (year: number, month: number, day: number): boolean => {
  const d = utcOf({ year, month, day });
  return month >= 1 && month <= 12 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
};

function lastWorkingDay(year: number, month: number): Day {
  let d = fromUtc(new Date(Date.UTC(year, month, 0)));
  while (weekdayIndex(d) > 4) d = addDays(d, -1);
  return d;
}

function addWorkingDays(d: Day, n: number): Day {
  let out = d;
  for (let left = n; left > 0; ) {
    out = addDays(out, 1);
    if (weekdayIndex(out) < 5) left--;
  }
  return out;
}

// ---- names, from the lexicons findTimes reads ----

/** Three-letter English stems in calendar order, from the lexicons' key order: "jan" … "dec", "mon" … "sun". */
const stems = (words: string[]): string[] => [...new Set(words.map((w) => w.slice(0, 3)))];
const MONTH_STEMS = stems(Object.keys(EN_MONTHS));
const WEEKDAY_STEMS = stems(Object.keys(EN_WEEKDAYS));
/** "Minggu" is Sunday only where time.ts finds it so ("hari Minggu", capitalised): it is not in ID_WEEKDAYS. */
const ID_SUNDAY = 'minggu';

/** 1-12 for an English or Indonesian month word ("Maret", "agt", "Sept"), by its English stem (an Indonesian word's gloss). */
function monthNumber(w: string): number {
  const k = w.toLowerCase().replace(/\.$/, '');
  const en = k in EN_MONTHS ? k : (ID_MONTHS[k] ?? '').toLowerCase();
  return MONTH_STEMS.indexOf(en.slice(0, 3)) + 1;
}

/** Monday 0 … Sunday 6 for an English or Indonesian weekday word, -1 for none. */
function weekdayNumber(w: string): number {
  const k = w.toLowerCase().replace(/\.$/, '').replace(/’/g, "'");
  if (k === ID_SUNDAY) return 6;
  const en = k in EN_WEEKDAYS || EN_WEEKDAY_ABBR.some((a) => a.toLowerCase() === k) ? k : (ID_WEEKDAYS[k] ?? '').toLowerCase();
  return WEEKDAY_STEMS.indexOf(en.slice(0, 3));
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const EN_DAY_NAMES = WEEKDAY_STEMS.map(capital);
const EN_MONTH_NAMES = MONTH_STEMS.map(capital);
/** The first Indonesian word for each weekday / month in the lexicon is its written name ("Jumat", "Agustus"). */
const firstOf = (words: string[], n: number, number: (w: string) => number): string =>
  capital(words.find((w) => number(w) === n) ?? '');
const ID_DAY_NAMES = WEEKDAY_STEMS.map((_, i) => (i === 6 ? capital(ID_SUNDAY) : firstOf(Object.keys(ID_WEEKDAYS), i, weekdayNumber)));
const ID_MONTH_NAMES = MONTH_STEMS.map((_, i) => firstOf(Object.keys(ID_MONTHS), i + 1, monthNumber));

/** "Wed 4 Mar" / "Rabu, 4 Maret" (the year added when not `nowYear`: "Wed 4 Mar 2027" / "Rabu, 4 Maret 2027"; no year when `nowYear` is omitted). */
export function formatDay(day: Day, lang: 'en' | 'id', nowYear?: number): string {
  const year = nowYear !== undefined && day.year !== nowYear ? ` ${day.year}` : '';
  const w = weekdayIndex(day);
  return lang === 'en'
    ? `${EN_DAY_NAMES[w]} ${day.day} ${EN_MONTH_NAMES[day.month - 1]}${year}`
    : `${ID_DAY_NAMES[w]}, ${day.day} ${ID_MONTH_NAMES[day.month - 1]}${year}`;
}

/** "Fri 6 Mar 17:00" / "Jumat, 6 Maret 17.00" (Indonesian uses a dot in clock times), in the zone; the year as in `formatDay`, against `now`'s. */
export function formatDue(due: number, timeZone: string | undefined, lang: 'en' | 'id', now?: number): string {
  const wall = wallOf(due, zoneOf(timeZone));
  const hhmm = `${String(wall.getUTCHours()).padStart(2, '0')}:${String(wall.getUTCMinutes()).padStart(2, '0')}`;
  const day = formatDay(fromUtc(wall), lang, now === undefined ? undefined : dayOf(now, timeZone).year);
  return `${day} ${lang === 'id' ? hhmm.replace(':', '.') : hhmm}`;
}

// ---- patterns ----

const re = (body: string): RegExp => word(body, 'iu');
const MONTH = `(${alt(Object.keys(EN_MONTHS), Object.keys(ID_MONTHS))})\\.?`;
const ORD = '(?:st|nd|rd|th)?';

/** A zone written after the time; GMT and UTC may carry an offset ("GMT+7"). */
const TEXT_ZONES: Readonly<Record<string, string>> = {
  wib: 'Asia/Jakarta', wita: 'Asia/Makassar', wit: 'Asia/Jayapura', utc: '+00:00', gmt: '+00:00', sgt: '+08:00',
  jst: '+09:00', cet: '+01:00', cest: '+02:00', bst: '+01:00', est: '-05:00', edt: '-04:00', cst: '-06:00',
  cdt: '-05:00', mst: '-07:00', mdt: '-06:00', pst: '-08:00', pdt: '-07:00',
};
const ZONE = re(`(${alt(Object.keys(TEXT_ZONES))})(?:\\s?([+-])\\s?(\\d{1,2})(?::?(\\d{2}))?)?`);

const ISO = /(?<![\p{N}])(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}])/u;
const NUMERIC_DATE = /(?<![\p{N}/])\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?![\p{N}/])|(?<![\p{N}.-])\d{1,2}[-.]\d{1,2}[-.]\d{4}(?![\p{N}])/u;
const DAY_MONTH = re(`(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?`);
const MONTH_DAY = re(`${MONTH}\\s+(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?`);
const DAY_OF_MONTH = re('(?:tanggal|tgl)\\.?\\s*(\\d{1,2})|the\\s+(\\d{1,2})(?:st|nd|rd|th)');
const END_OF_MONTH = re(`(?:(?:the\\s+)?end\\s+of|akhir)\\s+${MONTH}(?:\\s+(\\d{4}))?`);

const NOON = re('noon|midday|tengah\\s+hari');
const MIDNIGHT = re('midnight|tengah\\s+malam');
const AM_PM = re('(\\d{1,2})(?:[:.](\\d{2}))?\\s?(a\\.m\\.|p\\.m\\.|am|pm)');
const RANGE_END = '(?:\\s*(?:-|–|to|sampai|hingga|s\\.?d\\.?)\\s*\\d{1,2}(?:[.:]\\d{2})?)?';
const JAM = re(`(?:jam|pukul|pkl|jm)\\.?\\s*(setengah\\s+)?(\\d{1,2})(?:[.:](\\d{2}))?${RANGE_END}`);
const HH_MM = new RegExp(`(?<![\\p{L}\\p{N}.:])(\\d{1,2})[:.](\\d{2})${RANGE_END}(?![\\p{N}]|[.:]\\d)`, 'u');
const O_CLOCK = re("(\\d{1,2})\\s?o'clock");
/** A bare hour: "at 3" comes to resolveTime as "3", "tomorrow at 10" whole. Only read when nothing else holds a number. */
const BARE_HOUR = /(?<![\p{L}\p{N}.:/])(\d{1,2})(?![\p{L}\p{N}.:/])/u;

type Part = 'morning' | 'siang' | 'afternoon' | 'sore' | 'evening';
const PART_WORDS: Readonly<Record<string, Part>> = {
  morning: 'morning', 'first thing': 'morning', pagi: 'morning', subuh: 'morning', siang: 'siang', afternoon: 'afternoon', sore: 'sore',
  evening: 'evening', night: 'evening', tonight: 'evening', malam: 'evening',
};
/** When a part of the day with no clock time falls due. */
const PART_DUE: Readonly<Record<Part, number>> = { morning: 12, siang: 15, afternoon: 15, sore: 17, evening: 20 };
const PART = re(`(?<!(?:good|selamat)\\s+)(${alt(Object.keys(PART_WORDS))})`);

const RELATIVE: ReadonlyArray<[RegExp, number]> = [
  [re('the\\s+day\\s+after\\s+tomorrow|(?:besok\\s+)?lusa'), 2],
  [re('tomorrow|tmrw|tmr|(?<!-)(?:besok|bsk)(?!-)|esok(?:\\s+hari)?'), 1],
  [re('yesterday|kemarin'), -1],
  [re('(?:later\\s+)?today|tonight|hari\\s+ini|this\\s+(?:morning|afternoon|evening)|(?:pagi|siang|sore|malam)\\s+ini|nanti\\s+(?:pagi|siang|sore|malam)'), 0],
];

const EN_WEEKDAY = re(`(?:(this|next|coming|this\\s+coming)\\s+)?(${alt(EN_WEEKDAYS)})`);
/** Abbreviations only capitalised, as time.ts finds them: "sat", "sun", "wed" are ordinary words. */
const EN_WEEKDAY_SHORT = new RegExp(`(?<![\\p{L}\\p{N}])(${alt(EN_WEEKDAY_ABBR)})\\.?(?![\\p{L}\\p{N}])`, 'u');
const ID_WEEKDAY = re(`(?:hari\\s+)?(${alt(ID_WEEKDAYS, [ID_SUNDAY])})(?:\\s+(ini|depan|besok|nanti))?`);

type Period = 'this-week' | 'next-week' | 'this-month' | 'next-month';
/** Periods that have a last working day; every other period of the lexicons ("this weekend", "early next week", "awal bulan") has none. */
const PERIOD_OF: Readonly<Record<string, Period>> = {
  'this week': 'this-week', 'within the week': 'this-week', 'end of the week': 'this-week', 'end of week': 'this-week',
  'end of this week': 'this-week', eow: 'this-week', 'later this week': 'this-week', 'minggu ini': 'this-week',
  'pekan ini': 'this-week', 'akhir minggu': 'this-week', 'akhir minggu ini': 'this-week', 'dalam minggu ini': 'this-week',
  'next week': 'next-week', 'end of next week': 'next-week', 'later next week': 'next-week', 'minggu depan': 'next-week',
  'pekan depan': 'next-week', 'akhir minggu depan': 'next-week',
  'this month': 'this-month', 'end of the month': 'this-month', 'end of month': 'this-month', 'end of this month': 'this-month',
  eom: 'this-month', 'bulan ini': 'this-month', 'akhir bulan': 'this-month', 'akhir bulan ini': 'this-month',
  'next month': 'next-month', 'end of next month': 'next-month', 'bulan depan': 'next-month', 'akhir bulan depan': 'next-month',
};
/** Any period, the longest phrase first; "minggu" not after "hari" ("hari Minggu depan" is a Sunday). */
const PERIOD = re(`(?<!hari\\s+)(?:${alt(EN_PERIODS, ID_PERIODS, Object.keys(PERIOD_OF))})`);

const EOD = re(`(?<!at\\s+the\\s+)(?:${alt(EN_EOD)})|akhir\\s+hari|sebelum\\s+pulang\\s+kantor`);
const NOW = re('right\\s+now|sekarang(?:\\s+juga)?|saat\\s+ini\\s+juga|now');

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12,
};
const EN_DURATION = re(`(?:within|in|in\\s+the\\s+next)\\s+(\\d+|${alt(Object.keys(NUMBER_WORDS))})\\s+(?:(business|working)\\s+)?(minutes?|mins?|hours?|hrs?|days?|weeks?)`);
/** "dalam 3 hari (kerja)", "3 jam lagi", "2x24 jam": three alternatives of four groups each (count, "x24", unit, "kerja"). */
const ID_DURATION = re(
  `(?:${alt(ID_DURATION_OPENERS)})\\s+(\\d+)\\s*(x\\s*24\\s*)?(jam|menit|hari|minggu|pekan)(\\s+kerja)?` +
    `|(\\d+)\\s*(x\\s*24\\s*)?(jam|menit|hari|minggu)(\\s+kerja)?\\s+lagi|(\\d+)\\s*(x)\\s*24\\s*(jam)()`,
);

/** A counted wait: minutes from now, or days (working days when `working`) after today. */
type Duration = { minutes: number } | { days: number; working: boolean };

function durationOf(m: RegExpExecArray, en: boolean): Duration {
  if (en) {
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const unit = m[3]!.toLowerCase();
    if (/^min/.test(unit)) return { minutes: n };
    if (/^h/.test(unit)) return { minutes: n * 60 };
    return /^w/.test(unit) ? { days: n * 7, working: false } : { days: n, working: m[2] !== undefined };
  }
  const at = [1, 5, 9].find((i) => m[i] !== undefined)!;
  const n = Number(m[at]);
  const x24 = m[at + 1] !== undefined;
  const unit = m[at + 2]!.toLowerCase();
  if (unit === 'menit') return { minutes: n };
  if (unit === 'jam') return { minutes: n * 60 * (x24 ? 24 : 1) };
  return unit === 'hari' ? { days: n, working: m[at + 3] !== undefined } : { days: n * 7, working: false };
}

/** 24-hour hour of a written hour, read with its AM/PM, part of the day or working hours (see the module comment). */
function hourOf(written: string, ampm: string | undefined, part: Part | undefined): number {
  const h = Number(written);
  if (ampm) return /^p/i.test(ampm) ? (h % 12) + 12 : h % 12;
  if (h > 12 || /^0/.test(written)) return h;
  switch (part) {
    case 'morning': return h % 12;
    case 'siang': return h <= 5 ? h + 12 : h;
    case 'afternoon': case 'sore': return h === 12 ? 12 : h + 12;
    case 'evening': return h === 12 ? 24 : h >= 5 ? h + 12 : h;
    default: return h >= 1 && h <= 6 ? h + 12 : h;
  }
}

// ---- resolution ----

/**
 * Resolves one time expression (a span found by findTimes: "tomorrow", "besok jam 13.00", "Friday 3 PM",
 * "Jumat, 14 Mei 2025", "pukul 13:00 WIB", "next Monday", "end of the month", "EOD", "sore ini") against the
 * moment `now` in `timeZone`, by the rules in the module comment. Null for what names no day, hour or
 * period ("ASAP", "soon", "nanti", "secepatnya"), for numeric dates other than ISO ("3/4": D/M or M/D?),
 * for impossible dates ("31 April") and for periods with no last day ("this weekend", "early next week").
 */
export function resolveTime(text: string, ref: { now: number; timeZone?: string }): Resolved | null {
  let rest = text.replace(/[‘’]/g, "'");
  /** The first match of `pattern` in what is left, blanked out so that no later pattern reads it again. */
  const take = (pattern: RegExp): RegExpExecArray | null => {
    const m = pattern.exec(rest);
    if (m) rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
    return m;
  };

  let timeZone = ref.timeZone;
  const z = take(ZONE);
  if (z) {
    const base = TEXT_ZONES[z[1]!.toLowerCase()]!;
    timeZone = z[2] && base === '+00:00' ? `${z[2]}${z[3]!.padStart(2, '0')}:${z[4] ?? '00'}` : base;
  }
  const today = dayOf(ref.now, timeZone);

  // Dates.
  let date: Day | null = null;
  let monthEnd: { year: number; month: number } | null = null;
  const named = (month: number, dayNum: number, year: string | undefined): Day | null => {
    if (year !== undefined) return isDate(Number(year), month, dayNum) ? { year: Number(year), month, day: dayNum } : null;
    for (let y = today.year; y <= today.year + 8; y++) {
      const d = { year: y, month, day: dayNum };
      if (isDate(y, month, dayNum) && order(d) >= order(today)) return d;
    }
    return null;
  };
  let m = take(ISO);
  if (m) {
    if (!isDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
    date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  } else if (take(NUMERIC_DATE)) return null;
  else if ((m = take(DAY_MONTH))) {
    if (!(date = named(monthNumber(m[2]!), Number(m[1]), m[3]))) return null;
  } else if ((m = take(MONTH_DAY))) {
    if (!(date = named(monthNumber(m[1]!), Number(m[2]), m[3]))) return null;
  } else if ((m = take(DAY_OF_MONTH))) {
    const n = Number(m[1] ?? m[2]);
    for (let i = 0; i < 12 && !date; i++) {
      const y = today.year + Math.floor((today.month - 1 + i) / 12);
      const mo = ((today.month - 1 + i) % 12) + 1;
      if (isDate(y, mo, n) && order({ year: y, month: mo, day: n }) >= order(today)) date = { year: y, month: mo, day: n };
    }
    if (!date) return null;
  } else if ((m = take(END_OF_MONTH))) {
    const month = monthNumber(m[1]!);
    monthEnd = { year: m[2] ? Number(m[2]) : month >= today.month ? today.year : today.year + 1, month };
  }

  // Durations and "now" (before clock times: "dalam 2x24 jam" holds no clock).
  let duration: Duration | null = null;
  if ((m = take(EN_DURATION))) duration = durationOf(m, true);
  else if ((m = take(ID_DURATION))) duration = durationOf(m, false);
  const now = take(NOW) !== null;

  // Periods, before weekdays: "minggu depan" is next week, "akhir minggu" no Sunday.
  m = take(PERIOD);
  const period = m ? PERIOD_OF[m[0].toLowerCase().replace(/\s+/g, ' ')] ?? null : null;

  // Clock times.
  let clock: Clock | null = null;
  const partMatch = PART.exec(rest);
  const part = partMatch ? PART_WORDS[partMatch[1]!.toLowerCase()] : undefined;
  if (take(NOON)) clock = { hour: 12, minute: 0 };
  else if (take(MIDNIGHT)) clock = { hour: 24, minute: 0 };
  else if ((m = take(AM_PM))) clock = { hour: hourOf(m[1]!, m[3], part), minute: Number(m[2] ?? 0) };
  else if ((m = take(JAM))) {
    clock = m[1] ? { hour: hourOf(String(Number(m[2]) - 1 || 12), undefined, part), minute: 30 } : { hour: hourOf(m[2]!, undefined, part), minute: Number(m[3] ?? 0) };
  } else if ((m = take(HH_MM) ?? take(O_CLOCK))) clock = { hour: hourOf(m[1]!, undefined, part), minute: Number(m[2] ?? 0) };
  else if (!date && !duration && (m = take(BARE_HOUR)) && Number(m[1]) <= 24) clock = { hour: hourOf(m[1]!, undefined, part), minute: 0 };
  if (clock && (clock.hour > 24 || clock.minute > 59 || (clock.hour === 24 && clock.minute > 0))) return null;

  // Days named by a word.
  let relative: number | null = null;
  for (const [pattern, n] of RELATIVE) if (relative === null && take(pattern)) relative = n;
  let weekday: { index: number; next: boolean } | null = null;
  if ((m = take(EN_WEEKDAY))) weekday = { index: weekdayNumber(m[2]!), next: m[1]?.toLowerCase() === 'next' };
  else if ((m = take(EN_WEEKDAY_SHORT))) weekday = { index: weekdayNumber(m[1]!), next: false };
  else if ((m = take(ID_WEEKDAY))) weekday = { index: weekdayNumber(m[1]!), next: m[2]?.toLowerCase() === 'depan' };
  const eod = take(EOD) !== null;

  // The day.
  const monday = addDays(today, -weekdayIndex(today));
  let day: Day;
  let precision: Resolved['precision'] = 'day';
  if (date) day = date;
  else if (weekday) {
    if (weekday.next || period === 'next-week') day = addDays(monday, 7 + weekday.index);
    else if (period === 'this-week') day = addDays(monday, weekday.index);
    else day = addDays(today, (weekday.index - weekdayIndex(today) + 7) % 7);
  } else if (relative !== null) day = addDays(today, relative);
  else if (monthEnd) {
    day = lastWorkingDay(monthEnd.year, monthEnd.month);
    precision = 'month';
  } else if (period) {
    precision = period.endsWith('week') ? 'week' : 'month';
    if (period === 'this-week') day = addDays(monday, 4);
    else if (period === 'next-week') day = addDays(monday, 11);
    else day = lastWorkingDay(today.year, today.month + (period === 'next-month' ? 1 : 0));
  } else if (duration && 'minutes' in duration) {
    const due = ref.now + duration.minutes * MINUTE;
    day = dayOf(due, timeZone);
    const wall = wallOf(due, zoneOf(timeZone));
    return { due, precision: 'minute', day, clock: { hour: wall.getUTCHours(), minute: wall.getUTCMinutes() } };
  } else if (duration) day = duration.working ? addWorkingDays(today, duration.days) : addDays(today, duration.days);
  else if (now) {
    const wall = wallOf(ref.now, zoneOf(timeZone));
    return { due: ref.now, precision: 'minute', day: today, clock: { hour: wall.getUTCHours(), minute: wall.getUTCMinutes() } };
  } else if (clock) {
    day = today;
    if (instantOf(day, clock, timeZone) < ref.now) day = addDays(today, 1);
  } else if (eod || part) day = today;
  else return null; // vague, or a period with no last day ("this weekend")

  if (clock) {
    return { due: instantOf(day, clock, timeZone), precision: precision === 'day' ? 'minute' : precision, day, clock };
  }
  const hour = part && !eod ? PART_DUE[part] : END_OF_DAY.hour;
  return { due: instantOf(day, { hour, minute: 0 }, timeZone), precision, day };
}

/**
 * How the writer would say a day from where they stand: "today" / "hari ini", "tomorrow" / "besok", a weekday
 * within the coming week ("Friday" / "Jumat"), or null beyond it. A day already past is null too.
 */
export function sayDay(day: Day, ref: { now: number; timeZone?: string }, lang: 'en' | 'id'): string | null {
  const today = dayOf(ref.now, ref.timeZone);
  const diff = Math.round((Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(today.year, today.month - 1, today.day)) / 86_400_000);
  if (diff < 0 || diff > 6) return null;
  if (diff === 0) return lang === 'en' ? 'today' : 'hari ini';
  if (diff === 1) return lang === 'en' ? 'tomorrow' : 'besok';
  const w = weekdayIndex(day);
  return lang === 'en' ? Object.keys(EN_WEEKDAYS).find((k) => weekdayNumber(k) === w)!.replace(/^./, (c) => c.toUpperCase()) : ID_DAY_NAMES[w]!;
}

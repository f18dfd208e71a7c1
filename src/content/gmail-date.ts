/**
 * Reads the full date Gmail puts in a thread message's `span.g3[title]`, in the viewer's interface language,
 * and returns the moment it names. Pure: no DOM, no clock. Gmail writes the time in the viewer's own time zone
 * (the browser's), so the fields are read as a wall-clock time in `timeZone`.
 *
 * Forms read (Gmail's and the simulator's; the separators vary, so tokens are read rather than whole patterns):
 * - en: "Mon, Mar 2, 2026, 9:00 AM" (U+202F before AM/PM in 2025-26), "Mon, Mar 2, 2026 at 9:00 AM",
 *   en-GB "Mon, 2 Mar 2026, 09:00";
 * - id: "Sen, 2 Mar 2026 09.00", "Sen, 2 Mar 2026 pukul 09.00";
 * - es: "lun, 2 mar 2026, 9:00", "lun, 2 mar 2026 a las 9:00";
 * - vi: "09:00 Th 2, 2 thg 3, 2026", "Th 2, 2 thg 3, 2026 vào lúc 09:00";
 * - ISO "2026-03-02 09:00".
 * Anything else (a numeric "2/3/2026", whose day and month order is the reader's guess) is not read: undefined.
 */

import { instantOf } from '../engine/when';

/** Month names and abbreviations by their first letters, English, Indonesian and Spanish. */
const MONTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:jan|ene)/, 1],
  [/^(?:feb|peb)/, 2],
  [/^mar/, 3],
  [/^(?:apr|abr)/, 4],
  [/^(?:may|mei)/, 5],
  [/^jun/, 6],
  [/^jul/, 7],
  [/^(?:aug|agu|ags|agt|ago)/, 8],
  [/^sep/, 9],
  [/^(?:oct|okt)/, 10],
  [/^(?:nov|nop)/, 11],
  [/^(?:dec|des|dic)/, 12],
];

/** A month word: a known name of three letters or more (so "ma" or a weekday's "th" never counts). */
function monthOf(word: string): number | undefined {
  if (word.length < 3) return undefined;
  return MONTHS.find(([re]) => re.test(word))?.[1];
}

export interface WallClock {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const TIME = /(?<![\d.:])(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?![\d])\s*(a\.?\s?m\.?|p\.?\s?m\.?|sa|ch)?(?![\p{L}])/iu;

/** The wall-clock fields of a Gmail date title, or undefined when it is not one we can read without guessing. */
export function readGmailDate(title: string): WallClock | undefined {
  let s = title.normalize('NFKC').replace(/[\u00a0\u202f\u2009\u200e\u200f\u202a-\u202e]/g, ' ').toLowerCase();
  // ISO first: its dashes would confuse the token reading below
  const iso = /\b(\d{4})-(\d{2})-(\d{2})[ t](\d{2}):(\d{2})/.exec(s);
  if (iso) return valid({ year: +iso[1]!, month: +iso[2]!, day: +iso[3]!, hour: +iso[4]!, minute: +iso[5]! });

  const time = TIME.exec(s);
  if (!time) return undefined;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const half = time[3]?.replace(/[.\s]/g, '');
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    const pm = half === 'pm' || half === 'ch';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  s = s.slice(0, time.index) + ' , ' + s.slice(time.index + time[0].length);

  const years = [...s.matchAll(/(?<!\d)(\d{4})(?!\d)/g)];
  if (years.length !== 1) return undefined;
  const year = Number(years[0]![1]);
  s = s.slice(0, years[0]!.index) + ' , ' + s.slice(years[0]!.index! + 4);

  // Vietnamese: "2 thg 3" / "2 tháng 3" is day, month
  const vi = /(?<!\d)(\d{1,2})\s*(?:thg|tháng)\s*(\d{1,2})(?!\d)/.exec(s);
  if (vi) return valid({ year, month: Number(vi[2]), day: Number(vi[1]), hour, minute });

  // Words, numbers and commas in order; the month is the name next to the day, on the same side of any comma
  // ("mar, 3 mar 2026": the first "mar" is Tuesday).
  const tokens = [...s.matchAll(/\p{L}+|\d+|,/gu)].map((m) => m[0]);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!/^\d{1,2}$/.test(tok)) continue;
    const after = tokens[i + 1];
    const before = tokens[i - 1];
    const month = (after !== undefined ? monthOf(after) : undefined) ?? (before !== undefined ? monthOf(before) : undefined);
    if (month !== undefined) return valid({ year, month, day: Number(tok), hour, minute });
  }
  return undefined;
}

function valid(w: WallClock): WallClock | undefined {
  const days = new Date(Date.UTC(w.year, w.month, 0)).getUTCDate();
  if (w.month < 1 || w.month > 12 || w.day < 1 || w.day > days || w.hour > 23 || w.minute > 59) return undefined;
  return w;
}

/** The moment a wall-clock time names in `timeZone` (an IANA name; the runtime's when absent or unknown). */
export function wallClockToEpoch(w: WallClock, timeZone?: string): number {
  return instantOf({ year: w.year, month: w.month, day: w.day }, { hour: w.hour, minute: w.minute }, timeZone);
}

/** The moment a Gmail date title names, read in `timeZone` (the viewer's); undefined when unreadable. */
export function parseGmailDate(title: string | null | undefined, timeZone?: string): number | undefined {
  if (!title) return undefined;
  const w = readGmailDate(title);
  return w ? wallClockToEpoch(w, timeZone) : undefined;
}

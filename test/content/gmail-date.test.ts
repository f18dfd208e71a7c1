import { describe, expect, it } from 'vitest';
import { LABELS } from '../e2e/gmail-sim/pages.js';
import { parseGmailDate, readGmailDate, wallClockToEpoch } from '../../src/content/gmail-date';

const MON_9 = { year: 2026, month: 3, day: 2, hour: 9, minute: 0 };

describe('readGmailDate: the full date in a thread message\'s span.g3[title]', () => {
  it.each([
    ['Mon, Mar 2, 2026, 9:00 AM', MON_9],
    ['Mon, Mar 2, 2026, 9:00\u202FAM', MON_9],
    ['Mon, Mar 2, 2026 at 9:00\u202FAM', MON_9],
    ['Mon, Mar 2, 2026, 3:30 PM', { ...MON_9, hour: 15, minute: 30 }],
    ['Mon, Mar 2, 2026, 12:05 AM', { ...MON_9, hour: 0, minute: 5 }],
    ['Mon, Mar 2, 2026, 12:05 PM', { ...MON_9, hour: 12, minute: 5 }],
    ['Mon, 2 Mar 2026, 09:00', MON_9], // en-GB
    ['Mar 2, 2026, 9:00 AM (3 days ago)', MON_9],
    ['Sen, 2 Mar 2026 09.00', MON_9],
    ['Sen, 2 Mar 2026 pukul 09.00', MON_9],
    ['Kam, 6 Agu 2026 17.45', { year: 2026, month: 8, day: 6, hour: 17, minute: 45 }],
    ['Rab, 13 Mei 2026 08.00', { year: 2026, month: 5, day: 13, hour: 8, minute: 0 }],
    ['lun, 2 mar 2026, 9:00', MON_9],
    ['mar, 3 mar 2026 a las 9:00', { ...MON_9, day: 3 }], // "mar," is Tuesday, "mar" March
    ['mié, 2 dic 2026, 21:10', { year: 2026, month: 12, day: 2, hour: 21, minute: 10 }],
    ['09:00 Th 2, 2 thg 3, 2026', MON_9],
    ['Th 3, 3 thg 3, 2026 vào lúc 09:00', { ...MON_9, day: 3 }],
    ['2026-03-02 09:00', MON_9],
  ])('%s', (title, expected) => {
    expect(readGmailDate(title)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['Mar 3', 'no year, no time (the short date beside it)'],
    ['2/3/2026, 09:00', 'day and month order unknown'],
    ['Mon, Foo 2, 2026, 9:00 AM', 'no month'],
    ['Mon, Feb 30, 2026, 9:00 AM', 'no such day'],
    ['Mon, Mar 2, 2026, 13:00 PM', 'no such hour'],
    ['Mon, Mar 2, 2026', 'no time'],
    ['Thu Mar 05 2026 10:00:00 GMT+0700 (Western Indonesia Time)', 'two four-digit numbers: which is the year'],
  ])('%s is not read (%s)', (title) => {
    expect(readGmailDate(title)).toBeUndefined();
  });

  it('reads every date the simulator writes, in each of its languages', () => {
    const w = { y: 2026, m: 3, d: 4, h: 8, min: 5 };
    for (const L of Object.values(LABELS)) {
      expect(readGmailDate(L.fullDate(w)), L.lang).toEqual({ year: 2026, month: 3, day: 4, hour: 8, minute: 5 });
      expect(readGmailDate(L.fullDate({ ...w, h: 20 })), L.lang).toEqual({ year: 2026, month: 3, day: 4, hour: 20, minute: 5 });
    }
  });
});

describe('parseGmailDate: the moment, read in the viewer\'s time zone', () => {
  it('resolves the wall clock in an IANA zone', () => {
    expect(parseGmailDate('Mon, Mar 2, 2026, 9:00 AM', 'Asia/Jakarta')).toBe(Date.parse('2026-03-02T09:00:00+07:00'));
    expect(parseGmailDate('Sen, 2 Mar 2026 09.00', 'UTC')).toBe(Date.parse('2026-03-02T09:00:00Z'));
    expect(parseGmailDate('Mon, Mar 2, 2026, 9:00 AM', 'America/New_York')).toBe(Date.parse('2026-03-02T09:00:00-05:00'));
  });

  it('across a daylight-saving change', () => {
    // New York moved to EDT on 8 March 2026
    expect(wallClockToEpoch({ year: 2026, month: 3, day: 9, hour: 9, minute: 0 }, 'America/New_York')).toBe(Date.parse('2026-03-09T09:00:00-04:00'));
    expect(wallClockToEpoch({ year: 2026, month: 3, day: 7, hour: 9, minute: 0 }, 'America/New_York')).toBe(Date.parse('2026-03-07T09:00:00-05:00'));
  });

  it('in the runtime\'s zone when none is given or it is unknown', () => {
    const local = new Date(2026, 2, 2, 9, 0).getTime();
    expect(parseGmailDate('Mon, Mar 2, 2026, 9:00 AM')).toBe(local);
    expect(parseGmailDate('Mon, Mar 2, 2026, 9:00 AM', 'Not/AZone')).toBe(local);
  });

  it('is undefined for no title or one it cannot read', () => {
    expect(parseGmailDate(null)).toBeUndefined();
    expect(parseGmailDate('yesterday')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { EN_MONTHS, EN_WEEKDAYS, findTimes } from '../../src/engine/time';
import { ID_MONTHS, ID_WEEKDAYS } from '../../src/engine/id/lexicon';
import { dayOf, formatDay, formatDue, instantOf, resolveTime, type Resolved } from '../../src/engine/when';

/*
 * Rows: [text, the moment it is written (ISO with the writer's offset), the writer's zone, when it falls due
 * (ISO with the offset in force then, so a DST row shows the change), precision]; null when it names no time.
 * The expected day is the date part of the expected instant, the expected clock its time (unless given: as written).
 */
type Row = [text: string, now: string, zone: string, due: string | null, precision?: Resolved['precision'], written?: string];

const J = 'Asia/Jakarta';
const NY = 'America/New_York';
/** Tom's Tuesday message: Tue 3 March 2026, 10:00 in Jakarta. */
const TUE = '2026-03-03T10:00+07:00';
const MON = '2026-03-02T09:00+07:00';
const THU = '2026-03-05T10:00+07:00';

function check([text, now, zone, due, precision, written]: Row): void {
  const r = resolveTime(text, { now: Date.parse(now), timeZone: zone });
  if (due === null) {
    expect(r).toBeNull();
    return;
  }
  expect(r, text).not.toBeNull();
  expect(new Date(r!.due).toISOString()).toBe(new Date(Date.parse(due)).toISOString());
  expect(r!.precision).toBe(precision);
  const [y, m, d] = due.slice(0, 10).split('-').map(Number);
  expect(r!.day).toEqual({ year: y, month: m, day: d });
  const hhmm = written ?? due.slice(11, 16);
  if (precision === 'minute') expect(r!.clock).toEqual({ hour: Number(hhmm.slice(0, 2)), minute: Number(hhmm.slice(3, 5)) });
  else expect(r!.clock).toBeUndefined();
}

describe('resolveTime: English', () => {
  it.each<Row>([
    ['tomorrow', TUE, J, '2026-03-04T17:00+07:00', 'day'],
    ['today', TUE, J, '2026-03-03T17:00+07:00', 'day'],
    ['later today', TUE, J, '2026-03-03T17:00+07:00', 'day'],
    ['the day after tomorrow', TUE, J, '2026-03-05T17:00+07:00', 'day'],
    ['yesterday', TUE, J, '2026-03-02T17:00+07:00', 'day'],
    ['tonight', TUE, J, '2026-03-03T20:00+07:00', 'day'],
    ['this morning', TUE, J, '2026-03-03T12:00+07:00', 'day'],
    ['this afternoon', TUE, J, '2026-03-03T15:00+07:00', 'day'],
    ['this evening', TUE, J, '2026-03-03T20:00+07:00', 'day'],
    ['tomorrow morning', TUE, J, '2026-03-04T12:00+07:00', 'day'],
    ['first thing tomorrow', TUE, J, '2026-03-04T12:00+07:00', 'day'],
    ['tomorrow by 1 PM', TUE, J, '2026-03-04T13:00+07:00', 'minute'],
    ['Friday', TUE, J, '2026-03-06T17:00+07:00', 'day'],
    ['Friday 3 PM', TUE, J, '2026-03-06T15:00+07:00', 'minute'],
    ['Fri 3pm', TUE, J, '2026-03-06T15:00+07:00', 'minute'],
    ['Wed', TUE, J, '2026-03-04T17:00+07:00', 'day'],
    // a weekday said on that day is that day
    ['Tuesday', TUE, J, '2026-03-03T17:00+07:00', 'day'],
    ['Monday', TUE, J, '2026-03-09T17:00+07:00', 'day'],
    ['Friday', MON, J, '2026-03-06T17:00+07:00', 'day'],
    ['this Friday', MON, J, '2026-03-06T17:00+07:00', 'day'],
    // "next Friday" said on Monday: the Friday of next week
    ['next Friday', MON, J, '2026-03-13T17:00+07:00', 'day'],
    ['next Monday', TUE, J, '2026-03-09T17:00+07:00', 'day'],
    ['next Monday at 10', TUE, J, '2026-03-09T10:00+07:00', 'minute'],
    ['Friday next week', TUE, J, '2026-03-13T17:00+07:00', 'day'],
    ['Monday noon', TUE, J, '2026-03-09T12:00+07:00', 'minute'],
    ['13 March', TUE, J, '2026-03-13T17:00+07:00', 'day'],
    ['March 13th', TUE, J, '2026-03-13T17:00+07:00', 'day'],
    ['13th of March 2027', TUE, J, '2027-03-13T17:00+07:00', 'day'],
    ['Mar. 4, 2026 at 9:30 AM', TUE, J, '2026-03-04T09:30+07:00', 'minute'],
    // a date with no year that has passed is next year's
    ['1 March', TUE, J, '2027-03-01T17:00+07:00', 'day'],
    ['2026-03-04', TUE, J, '2026-03-04T17:00+07:00', 'day'],
    ['the 15th', TUE, J, '2026-03-15T17:00+07:00', 'day'],
    ['3/4', TUE, J, null],
    ['14/5', TUE, J, null],
    ['15.03.2026', TUE, J, null],
    ['31 April', TUE, J, null],
    // a clock time alone: today, or tomorrow once it has passed (an instant equal to now has not)
    ['1 PM', TUE, J, '2026-03-03T13:00+07:00', 'minute'],
    ['1pm', TUE, J, '2026-03-03T13:00+07:00', 'minute'],
    ['10 AM', TUE, J, '2026-03-03T10:00+07:00', 'minute'],
    ['9 AM', TUE, J, '2026-03-04T09:00+07:00', 'minute'],
    ['13:00', TUE, J, '2026-03-03T13:00+07:00', 'minute'],
    ['1:30 p.m.', TUE, J, '2026-03-03T13:30+07:00', 'minute'],
    ['12 AM', TUE, J, '2026-03-04T00:00+07:00', 'minute'],
    ["9 o'clock", TUE, J, '2026-03-04T09:00+07:00', 'minute'],
    ['noon', TUE, J, '2026-03-03T12:00+07:00', 'minute'],
    // an hour from 1 to 6 with no AM/PM is read in working hours; a leading zero is a 24-hour clock
    ['3', TUE, J, '2026-03-03T15:00+07:00', 'minute'],
    ['at 3', TUE, J, '2026-03-03T15:00+07:00', 'minute'],
    ['03:00', TUE, J, '2026-03-04T03:00+07:00', 'minute'],
    ['tomorrow at 10', TUE, J, '2026-03-04T10:00+07:00', 'minute'],
    ['tonight at 8', TUE, J, '2026-03-03T20:00+07:00', 'minute'],
    ['3 in the afternoon', TUE, J, '2026-03-03T15:00+07:00', 'minute'],
    ['EOD', TUE, J, '2026-03-03T17:00+07:00', 'day'],
    ['COB Friday', TUE, J, '2026-03-06T17:00+07:00', 'day'],
    ['end of day tomorrow', TUE, J, '2026-03-04T17:00+07:00', 'day'],
    ['next week', TUE, J, '2026-03-13T17:00+07:00', 'week'],
    ['this week', TUE, J, '2026-03-06T17:00+07:00', 'week'],
    ['end of the week', TUE, J, '2026-03-06T17:00+07:00', 'week'],
    ['end of the month', TUE, J, '2026-03-31T17:00+07:00', 'month'],
    // May 2026 ends on a Sunday: its last working day is Friday the 29th
    ['end of the month', '2026-05-04T10:00+07:00', J, '2026-05-29T17:00+07:00', 'month'],
    ['next month', TUE, J, '2026-04-30T17:00+07:00', 'month'],
    ['end of March', TUE, J, '2026-03-31T17:00+07:00', 'month'],
    ['within 2 hours', TUE, J, '2026-03-03T12:00+07:00', 'minute'],
    ['in 2 days', TUE, J, '2026-03-05T17:00+07:00', 'day'],
    ['within 3 business days', THU, J, '2026-03-10T17:00+07:00', 'day'],
    ['right now', TUE, J, '2026-03-03T10:00+07:00', 'minute'],
    ['ASAP', TUE, J, null],
    ['soon', TUE, J, null],
    ['later', TUE, J, null],
    ['when you get a chance', TUE, J, null],
    ['this weekend', TUE, J, null],
    ['early next week', TUE, J, null],
  ])('%s (written %s, %s) → %s %s', (...row) => check(row));
});

describe('resolveTime: Indonesian', () => {
  it.each<Row>([
    ['besok', TUE, J, '2026-03-04T17:00+07:00', 'day'],
    ['esok hari', TUE, J, '2026-03-04T17:00+07:00', 'day'],
    ['hari ini', TUE, J, '2026-03-03T17:00+07:00', 'day'],
    ['lusa', TUE, J, '2026-03-05T17:00+07:00', 'day'],
    ['besok lusa', TUE, J, '2026-03-05T17:00+07:00', 'day'],
    ['kemarin', TUE, J, '2026-03-02T17:00+07:00', 'day'],
    ['pagi ini', TUE, J, '2026-03-03T12:00+07:00', 'day'],
    ['siang ini', TUE, J, '2026-03-03T15:00+07:00', 'day'],
    ['sore ini', TUE, J, '2026-03-03T17:00+07:00', 'day'],
    ['malam ini', TUE, J, '2026-03-03T20:00+07:00', 'day'],
    ['nanti sore', TUE, J, '2026-03-03T17:00+07:00', 'day'],
    ['besok pagi', TUE, J, '2026-03-04T12:00+07:00', 'day'],
    ['besok jam 13.00', TUE, J, '2026-03-04T13:00+07:00', 'minute'],
    ['besok, 09.30 WIB', TUE, J, '2026-03-04T09:30+07:00', 'minute'],
    ['jam 1 siang', TUE, J, '2026-03-03T13:00+07:00', 'minute'],
    ['jam 10 pagi', TUE, J, '2026-03-03T10:00+07:00', 'minute'],
    ['jam 9 pagi', TUE, J, '2026-03-04T09:00+07:00', 'minute'],
    ['jam 7 malam', TUE, J, '2026-03-03T19:00+07:00', 'minute'],
    ['jam 3 sore', TUE, J, '2026-03-03T15:00+07:00', 'minute'],
    ['jam 3', TUE, J, '2026-03-03T15:00+07:00', 'minute'],
    ['jam setengah 4', TUE, J, '2026-03-03T15:30+07:00', 'minute'],
    ['jam 9-10', TUE, J, '2026-03-04T09:00+07:00', 'minute'],
    ['tengah hari', TUE, J, '2026-03-03T12:00+07:00', 'minute'],
    ['sore ini jam 4', TUE, J, '2026-03-03T16:00+07:00', 'minute'],
    // a zone in the text overrides the writer's: 13:00 WIB from a New York writer
    ['pukul 13:00 WIB', TUE, NY, '2026-03-03T13:00+07:00', 'minute'],
    // 10:00 WITA (09:00 WIB) has passed at 10:00 WIB: tomorrow
    ['jam 10.00 WITA', TUE, J, '2026-03-04T10:00+08:00', 'minute'],
    ['Senin pukul 09.00 WIT', TUE, J, '2026-03-09T09:00+09:00', 'minute'],
    ['Jumat', TUE, J, '2026-03-06T17:00+07:00', 'day'],
    ["Jum'at", TUE, J, '2026-03-06T17:00+07:00', 'day'],
    ['Jumat ini', MON, J, '2026-03-06T17:00+07:00', 'day'],
    ['hari Jumat jam 3 sore', TUE, J, '2026-03-06T15:00+07:00', 'minute'],
    ['Jumat 13.00', TUE, J, '2026-03-06T13:00+07:00', 'minute'],
    ['Senin depan', TUE, J, '2026-03-09T17:00+07:00', 'day'],
    ['Jumat depan', MON, J, '2026-03-13T17:00+07:00', 'day'],
    ['Jumat minggu depan', TUE, J, '2026-03-13T17:00+07:00', 'day'],
    ['hari Minggu', TUE, J, '2026-03-08T17:00+07:00', 'day'],
    ['Minggu', TUE, J, '2026-03-08T17:00+07:00', 'day'],
    ['hari Minggu depan', TUE, J, '2026-03-15T17:00+07:00', 'day'],
    ['Jumat, 16 Mei 2025', TUE, J, '2025-05-16T17:00+07:00', 'day'],
    ['Senin, 10 Maret 2026 pukul 09.00', TUE, J, '2026-03-10T09:00+07:00', 'minute'],
    ['tanggal 15 Maret 2026', TUE, J, '2026-03-15T17:00+07:00', 'day'],
    ['15 Agt', TUE, J, '2026-08-15T17:00+07:00', 'day'],
    ['tanggal 2', TUE, J, '2026-04-02T17:00+07:00', 'day'],
    ['minggu depan', TUE, J, '2026-03-13T17:00+07:00', 'week'],
    ['Minggu depan', TUE, J, '2026-03-13T17:00+07:00', 'week'],
    ['pekan depan', TUE, J, '2026-03-13T17:00+07:00', 'week'],
    ['minggu ini', TUE, J, '2026-03-06T17:00+07:00', 'week'],
    ['akhir minggu', TUE, J, '2026-03-06T17:00+07:00', 'week'],
    ['akhir bulan', TUE, J, '2026-03-31T17:00+07:00', 'month'],
    ['bulan depan', TUE, J, '2026-04-30T17:00+07:00', 'month'],
    ['akhir Maret', TUE, J, '2026-03-31T17:00+07:00', 'month'],
    ['akhir hari', TUE, J, '2026-03-03T17:00+07:00', 'day'],
    ['dalam 2x24 jam', TUE, J, '2026-03-05T10:00+07:00', 'minute'],
    ['3 jam lagi', TUE, J, '2026-03-03T13:00+07:00', 'minute'],
    // working days skip the weekend: Thursday + 3 is Tuesday
    ['maksimal 3 hari kerja', THU, J, '2026-03-10T17:00+07:00', 'day'],
    ['sekarang juga', TUE, J, '2026-03-03T10:00+07:00', 'minute'],
    ['secepatnya', TUE, J, null],
    ['nanti', TUE, J, null],
    ['segera', TUE, J, null],
    ['besok-besok', TUE, J, null],
    ['awal minggu depan', TUE, J, null],
    ['akhir pekan', TUE, J, null],
  ])('%s (written %s, %s) → %s %s', (...row) => check(row));
});

describe('resolveTime: mixed', () => {
  it.each<Row>([
    ['besok jam 1 PM', TUE, J, '2026-03-04T13:00+07:00', 'minute'],
    ['tomorrow jam 13.00', TUE, J, '2026-03-04T13:00+07:00', 'minute'],
    ['Friday jam 3 sore', TUE, J, '2026-03-06T15:00+07:00', 'minute'],
    ['Jumat 3 PM', TUE, J, '2026-03-06T15:00+07:00', 'minute'],
    ['besok at 10 AM', TUE, J, '2026-03-04T10:00+07:00', 'minute'],
    ['next week ya', TUE, J, '2026-03-13T17:00+07:00', 'week'],
  ])('%s (written %s, %s) → %s %s', (...row) => check(row));
});

describe('resolveTime: daylight saving time', () => {
  it.each<Row>([
    // New York springs forward on Sunday 8 March 2026 (02:00 EST → 03:00 EDT)
    ['tomorrow at 1 PM', '2026-03-07T09:00-05:00', NY, '2026-03-08T13:00-04:00', 'minute'],
    ['tomorrow', '2026-03-07T09:00-05:00', NY, '2026-03-08T17:00-04:00', 'day'],
    // 02:30 does not exist that night: it falls due an hour later, at 03:30 EDT (the clock stays as written)
    ['2:30 AM', '2026-03-08T00:30-05:00', NY, '2026-03-08T03:30-04:00', 'minute', '02:30'],
    // ... and falls back on Sunday 1 November (02:00 EDT → 01:00 EST): 01:30 happens twice, the first is taken
    ['1:30 AM', '2026-11-01T00:10-04:00', NY, '2026-11-01T01:30-04:00', 'minute'],
    ['tomorrow at 1 PM', '2026-10-31T12:00-04:00', NY, '2026-11-01T13:00-05:00', 'minute'],
    ['Monday 9 AM', '2026-10-30T12:00-04:00', NY, '2026-11-02T09:00-05:00', 'minute'],
    ['besok jam 13.00', '2026-03-28T12:00+01:00', 'Europe/Berlin', '2026-03-29T13:00+02:00', 'minute'],
    // southern hemisphere: Sydney leaves daylight time on 5 April 2026
    ['tomorrow 9 AM', '2026-04-04T12:00+11:00', 'Australia/Sydney', '2026-04-05T09:00+10:00', 'minute'],
    ['next week', '2026-03-04T12:00-05:00', NY, '2026-03-13T17:00-04:00', 'week'],
  ])('%s (written %s, %s) → %s %s', (...row) => check(row));
});

describe('resolveTime: year boundaries', () => {
  it.each<Row>([
    ['tomorrow', '2026-12-31T20:00+07:00', J, '2027-01-01T17:00+07:00', 'day'],
    ['besok jam 10 pagi', '2026-12-31T20:00+07:00', J, '2027-01-01T10:00+07:00', 'minute'],
    ['Monday', '2026-12-26T10:00+07:00', J, '2026-12-28T17:00+07:00', 'day'],
    ['Jumat', '2026-12-31T10:00+07:00', J, '2027-01-01T17:00+07:00', 'day'],
    ['5 January', '2026-12-15T10:00+07:00', J, '2027-01-05T17:00+07:00', 'day'],
    ['5 Januari', '2026-12-15T10:00+07:00', J, '2027-01-05T17:00+07:00', 'day'],
    ['tanggal 3', '2026-12-20T10:00+07:00', J, '2027-01-03T17:00+07:00', 'day'],
    ['next week', '2026-12-30T10:00+07:00', J, '2027-01-08T17:00+07:00', 'week'],
    ['akhir bulan', '2026-12-10T10:00+07:00', J, '2026-12-31T17:00+07:00', 'month'],
    // January 2027 ends on a Sunday
    ['bulan depan', '2026-12-10T10:00+07:00', J, '2027-01-29T17:00+07:00', 'month'],
    ['9 AM', '2026-12-31T20:00+07:00', J, '2027-01-01T09:00+07:00', 'minute'],
    // 23:30 UTC on 31 December is already 1 January at +07:00: "tomorrow" is the 2nd
    ['tomorrow', '2026-12-31T23:30Z', '+07:00', '2027-01-02T17:00+07:00', 'day'],
  ])('%s (written %s, %s) → %s %s', (...row) => check(row));
});

describe('resolveTime: UTC offsets and zones written in the text', () => {
  it.each<Row>([
    // 22:00 on the 3rd at −05:00 is the 4th in UTC: the writer's day counts
    ['tomorrow at 1 PM', '2026-03-03T22:00-05:00', '-05:00', '2026-03-04T13:00-05:00', 'minute'],
    ['besok jam 13.00', '2026-03-03T20:00Z', '+07:00', '2026-03-05T13:00+07:00', 'minute'],
    ['EOD', '2026-03-03T20:00Z', '+05:30', '2026-03-04T17:00+05:30', 'day'],
    ['today', '2026-03-03T20:00Z', 'UTC', '2026-03-03T17:00Z', 'day'],
    ['1 PM GMT+8', TUE, J, '2026-03-03T13:00+08:00', 'minute'],
    ['5 PM UTC', TUE, J, '2026-03-03T17:00Z', 'minute'],
    // 3 PM EST on the 2nd had passed (it is 22:00 EST): the next one
    ['3 PM EST', TUE, J, '2026-03-03T15:00-05:00', 'minute'],
    // an abbreviation is its fixed offset, even out of season; the named zone holds the whole expression, so
    // "tomorrow" is PDT's: it is still Monday 2 March 20:00 there when Jakarta is at Tuesday 10:00
    ['tomorrow 9 AM PDT', TUE, J, '2026-03-03T09:00-07:00', 'minute'],
    ['besok jam 9 pagi SGT', TUE, NY, '2026-03-04T09:00+08:00', 'minute'],
  ])('%s (written %s, %s) → %s %s', (...row) => check(row));
});

describe('resolveTime: the rest', () => {
  const ref = { now: Date.parse(TUE), timeZone: J };

  it('midnight is the end of the day it names: 24:00, the next day at 00:00', () => {
    for (const text of ['midnight', 'jam 12 malam', 'tengah malam']) {
      expect(resolveTime(text, ref)).toEqual({
        due: Date.parse('2026-03-04T00:00+07:00'), precision: 'minute', day: { year: 2026, month: 3, day: 3 }, clock: { hour: 24, minute: 0 },
      });
    }
  });

  it("'tomorrow' in Tom's Tuesday message is Wednesday 4 March, however late the draft is written", () => {
    const r = resolveTime('tomorrow', ref)!;
    expect(formatDay(r.day, 'en', 2026)).toBe('Wed 4 Mar');
    expect(formatDay(resolveTime('besok', ref)!.day, 'id', 2026)).toBe('Rabu, 4 Maret');
  });

  it('an ask for a time that has passed: "by Friday" on Tuesday, read on Saturday', () => {
    const r = resolveTime('Friday', ref)!;
    const saturday = Date.parse('2026-03-07T09:00+07:00');
    expect(r.due).toBeLessThan(saturday);
    // written on Saturday, the same word is next week's Friday
    expect(resolveTime('Friday', { now: saturday, timeZone: J })!.due).toBeGreaterThan(saturday);
    // a weekday and clock said the same day after that hour stays today, and is past
    const fri4pm = Date.parse('2026-03-06T16:00+07:00');
    expect(resolveTime('Friday 3 PM', { now: fri4pm, timeZone: J })!.due).toBe(Date.parse('2026-03-06T15:00+07:00'));
  });

  it('resolves the spans findTimes finds in sentences', () => {
    const due = (sentence: string) => {
      const spans = findTimes(sentence);
      expect(spans).toHaveLength(1);
      const r = resolveTime(spans[0]!.text, ref);
      return r && formatDue(r.due, J, 'en');
    };
    expect(due('Tolong kirim paling lambat Senin pukul 10.00 ya.')).toBe('Mon 9 Mar 10:00');
    expect(due('Please reply by 5pm today.')).toBe('Tue 3 Mar 17:00');
    expect(due('I need it EOD Friday.')).toBe('Fri 6 Mar 17:00');
    expect(due('Undangan: Senin, 10 Maret 2026 pukul 09.00.')).toBe('Tue 10 Mar 09:00');
    expect(due('See you next Monday at 10.')).toBe('Mon 9 Mar 10:00');
    expect(due('Akan kami proses dalam 2x24 jam.')).toBe('Thu 5 Mar 10:00');
    expect(due('Saya kirim nanti ya.')).toBeNull();
  });

  it('every month and weekday word of the lexicons resolves, to the month or weekday it stands for', () => {
    const months = [...Object.keys(EN_MONTHS), ...Object.keys(ID_MONTHS)];
    for (const w of months) expect(resolveTime(`5 ${w}`, ref), w).not.toBeNull();
    const monthOf = (w: string) => resolveTime(`5 ${w}`, ref)!.day.month;
    expect(['jan', 'januari', 'Sept', 'september', 'pebruari', 'agt', 'ags', 'agu', 'mei', 'May', 'des', 'okt', 'nopember'].map(monthOf))
      .toEqual([1, 1, 9, 9, 2, 8, 8, 8, 5, 5, 12, 10, 11]);
    const weekday = (w: string) => formatDay(resolveTime(w, ref)!.day, 'en');
    for (const w of [...Object.keys(EN_WEEKDAYS), ...Object.keys(ID_WEEKDAYS)]) expect(resolveTime(w, ref), w).not.toBeNull();
    expect(['senin', 'Selasa', 'rabu', 'Kamis', 'jum’at', 'Sabtu', 'Minggu', 'Tues', 'Thurs', 'Sun'].map(weekday))
      .toEqual(['Mon 9 Mar', 'Tue 3 Mar', 'Wed 4 Mar', 'Thu 5 Mar', 'Fri 6 Mar', 'Sat 7 Mar', 'Sun 8 Mar', 'Tue 3 Mar', 'Thu 5 Mar', 'Sun 8 Mar']);
  });

  it('an abbreviated weekday counts only capitalised ("sat" is a verb)', () => {
    expect(resolveTime('Sat', ref)).not.toBeNull();
    expect(resolveTime('sat', ref)).toBeNull();
  });

  it('an unknown zone name, or none, is the runtime zone', () => {
    const runtime = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const own = resolveTime('tomorrow at 1 PM', { now: ref.now, timeZone: runtime })!.due;
    expect(resolveTime('tomorrow at 1 PM', { now: ref.now })!.due).toBe(own);
    expect(resolveTime('tomorrow at 1 PM', { now: ref.now, timeZone: 'Mars/Olympus_Mons' })!.due).toBe(own);
  });
});

describe('dayOf and instantOf', () => {
  it.each([
    [Date.parse('2026-03-03T20:00Z'), J, { year: 2026, month: 3, day: 4 }],
    [Date.parse('2026-03-03T20:00Z'), '+07:00', { year: 2026, month: 3, day: 4 }],
    [Date.parse('2026-03-03T20:00Z'), '-05:00', { year: 2026, month: 3, day: 3 }],
    [Date.parse('2026-03-03T20:00Z'), 'UTC+9', { year: 2026, month: 3, day: 4 }],
    [Date.parse('2027-01-01T03:00Z'), NY, { year: 2026, month: 12, day: 31 }],
    [Date.parse('2026-12-31T18:30Z'), '+05:30', { year: 2027, month: 1, day: 1 }],
  ])('dayOf(%s, %s)', (at, zone, day) => expect(dayOf(at, zone)).toEqual(day));

  it.each([
    // spring forward in New York: 02:30 does not exist and moves forward to 03:30 EDT
    [{ year: 2026, month: 3, day: 8 }, { hour: 2, minute: 30 }, NY, '2026-03-08T03:30-04:00'],
    [{ year: 2026, month: 3, day: 8 }, { hour: 1, minute: 59 }, NY, '2026-03-08T01:59-05:00'],
    [{ year: 2026, month: 3, day: 8 }, { hour: 3, minute: 0 }, NY, '2026-03-08T03:00-04:00'],
    // fall back: 01:30 exists twice, the earlier (EDT) is taken; 00:59 and 02:00 are plain
    [{ year: 2026, month: 11, day: 1 }, { hour: 1, minute: 30 }, NY, '2026-11-01T01:30-04:00'],
    [{ year: 2026, month: 11, day: 1 }, { hour: 0, minute: 59 }, NY, '2026-11-01T00:59-04:00'],
    [{ year: 2026, month: 11, day: 1 }, { hour: 2, minute: 0 }, NY, '2026-11-01T02:00-05:00'],
    // Berlin's gap is 02:00-03:00 on 29 March
    [{ year: 2026, month: 3, day: 29 }, { hour: 2, minute: 15 }, 'Europe/Berlin', '2026-03-29T03:15+02:00'],
    [{ year: 2026, month: 3, day: 4 }, { hour: 13, minute: 0 }, '+07:00', '2026-03-04T13:00+07:00'],
    [{ year: 2026, month: 3, day: 4 }, { hour: 13, minute: 0 }, '-0330', '2026-03-04T13:00-03:30'],
    [{ year: 2026, month: 12, day: 31 }, { hour: 24, minute: 0 }, J, '2027-01-01T00:00+07:00'],
  ])('instantOf(%o, %o, %s) = %s', (day, clock, zone, iso) => expect(instantOf(day, clock, zone)).toBe(Date.parse(iso)));
});

describe('formatDay and formatDue', () => {
  it.each([
    [{ year: 2026, month: 3, day: 4 }, 'en', 2026, 'Wed 4 Mar'],
    [{ year: 2026, month: 3, day: 4 }, 'id', 2026, 'Rabu, 4 Maret'],
    [{ year: 2027, month: 3, day: 4 }, 'en', 2026, 'Thu 4 Mar 2027'],
    [{ year: 2027, month: 3, day: 4 }, 'id', 2026, 'Kamis, 4 Maret 2027'],
    [{ year: 2027, month: 3, day: 4 }, 'en', undefined, 'Thu 4 Mar'],
    [{ year: 2026, month: 3, day: 8 }, 'id', 2026, 'Minggu, 8 Maret'],
    [{ year: 2026, month: 3, day: 6 }, 'id', 2026, 'Jumat, 6 Maret'],
    [{ year: 2026, month: 8, day: 17 }, 'id', 2026, 'Senin, 17 Agustus'],
    [{ year: 2026, month: 9, day: 5 }, 'en', 2026, 'Sat 5 Sep'],
    [{ year: 2026, month: 12, day: 1 }, 'id', 2026, 'Selasa, 1 Desember'],
  ] as const)('formatDay(%o, %s, %s) = %s', (day, lang, year, out) => expect(formatDay(day, lang, year)).toBe(out));

  const fri = Date.parse('2026-03-06T17:00+07:00');
  it.each([
    [fri, J, 'en', Date.parse(TUE), 'Fri 6 Mar 17:00'],
    [fri, J, 'id', Date.parse(TUE), 'Jumat, 6 Maret 17.00'],
    [fri, '+07:00', 'id', undefined, 'Jumat, 6 Maret 17.00'],
    // the same instant in New York is 05:00 that morning
    [fri, NY, 'en', Date.parse(TUE), 'Fri 6 Mar 05:00'],
    [Date.parse('2027-01-04T09:30+07:00'), J, 'en', Date.parse('2026-12-30T10:00+07:00'), 'Mon 4 Jan 2027 09:30'],
    [Date.parse('2027-01-04T09:30+07:00'), J, 'id', Date.parse('2026-12-30T10:00+07:00'), 'Senin, 4 Januari 2027 09.30'],
  ] as const)('formatDue(%s, %s, %s, %s) = %s', (due, zone, lang, now, out) => expect(formatDue(due, zone, lang, now)).toBe(out));
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';

const at = (iso: string) => Date.parse(iso);
const flagged = (text: string, now: string, timeZone = '+07:00') =>
  analyze(text, { options: { now: at(now), timeZone } }).findings.filter((f) => f.rule === 'past-time');

describe('past-time', () => {
  it.each([
    ['Could you send me the signed contract by 3 March?', '2026-03-05T10:00:00+07:00', '3 March'],
    ['Tolong kirim kontraknya paling lambat hari ini jam 09.00 ya.', '2026-03-05T14:00:00+07:00', 'hari ini jam 09.00'],
    ["I'll send the figures by Friday this week.", '2026-03-07T10:00:00+07:00', 'Friday this week'],
    ['Mohon dikirim paling lambat Senin, 2 Maret 2026.', '2026-03-05T10:00:00+07:00', 'Senin, 2 Maret 2026'],
  ])('flags %s (written %s)', (text, now, time) => {
    const [f] = flagged(text, now);
    expect(f?.text).toBe(time);
    // the fix is a time still ahead, with its day named
    expect(f!.suggestions[0]!.text).toMatch(/^(?:tomorrow \(\w{3} \d+ \w{3}\) by 1 PM|besok \(\w+, \d+ \w+\) paling lambat jam 13\.00)$/);
  });

  it.each([
    ['Could you send me the signed contract by 13 March?', '2026-03-05T10:00:00+07:00'], // ahead
    ['Bisa kirim Selasa pagi dari Manado.', '2025-03-11T19:55:00+07:00'], // Tuesday evening: next Tuesday
    ['I sent it on 3 March.', '2026-03-05T10:00:00+07:00'], // a report, not an ask
    ['Could you look at your 3 March email again?', '2026-03-05T10:00:00+07:00'], // a date that names a thing
  ])('leaves %s alone', (text, now) => {
    expect(flagged(text, now)).toEqual([]);
  });

  it('needs the moment of writing', () => {
    expect(analyze('Could you send me the signed contract by 3 March?').findings.filter((f) => f.rule === 'past-time')).toEqual([]);
  });

  it('is read in the writer\'s zone: 9 PM today has passed in New York, not yet in Jakarta', () => {
    const now = '2026-03-05T03:00:00Z'; // 10:00 in Jakarta, 22:00 the day before in New York
    expect(flagged('Please send it today at 9 PM.', now, 'America/New_York').length).toBe(1);
    expect(flagged('Please send it today at 9 PM.', now, 'Asia/Jakarta')).toEqual([]);
  });
});

// Rewrites name the day once the moment of writing is known; a request's "tomorrow" is said again from the reply's day.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import type { Conversation } from '../../src/engine/conversation';

const JKT = 'Asia/Jakarta';
const at = (iso: string) => Date.parse(iso);
const tom = (text: string, sentAt: string): Conversation => ({ messages: [{ author: { name: 'Tom', address: 'tom@client.example' }, byWriter: false, sentAt: at(sentAt), text }] });
const rewrites = (draft: string, options: Parameters<typeof analyze>[1]) => analyze(draft, options).findings.flatMap((f) => f.suggestions.map((s) => s.text));

describe('real dates in rewrites', () => {
  it.each([
    // written the same day as the request: its "tomorrow" is tomorrow
    ['2026-03-03T15:00:00+07:00', "Okay, I'll email you the press release tomorrow (Wed 4 Mar) by 1 PM at the latest. Does that work for you?", 'Baik, saya kirim press release-nya besok (Rabu, 4 Maret) paling lambat jam 13.00 ya. Apakah waktunya cocok?'],
    // the next day, "tomorrow" in Tom's Tuesday message is today
    ['2026-03-04T09:00:00+07:00', "Okay, I'll email you the press release today (Wed 4 Mar) by 1 PM at the latest. Does that work for you?", 'Baik, saya kirim press release-nya hari ini (Rabu, 4 Maret) paling lambat jam 13.00 ya. Apakah waktunya cocok?'],
    // two days late: it has passed, so today
    ['2026-03-06T09:00:00+07:00', "Okay, I'll email you the press release today (Fri 6 Mar) by 1 PM at the latest. Does that work for you?", 'Baik, saya kirim press release-nya hari ini (Jumat, 6 Maret) paling lambat jam 13.00 ya. Apakah waktunya cocok?'],
  ])('"oke" written %s', (now, en, id) => {
    const conversation = tom('Hi, please share your press release tomorrow. Thanks!', '2026-03-03T10:00:00+07:00');
    expect(rewrites('oke', { options: { conversation, now: at(now), timeZone: JKT } })).toContain(en);
    expect(rewrites('oke', { options: { conversation, now: at(now), timeZone: JKT } })).toContain(id);
  });

  it.each([
    ['Could you send me the deck?', '2026-03-05T10:00:00+07:00', 'Could you send me the deck by tomorrow (Fri 6 Mar) at 1 PM?'],
    ["I'll send it ASAP.", '2026-03-05T10:00:00+07:00', 'today (Thu 5 Mar) by 1 PM'],
    // 1 PM today has gone by 3 PM: tomorrow
    ["I'll send it ASAP.", '2026-03-05T15:00:00+07:00', 'tomorrow (Fri 6 Mar) by 1 PM'],
    ['Tolong kirim kontraknya ya.', '2026-03-05T10:00:00+07:00', 'Tolong kirim kontraknya besok (Jumat, 6 Maret) paling lambat jam 13.00 ya.'],
    ['Nanti aku kirim minggu depan.', '2026-03-05T10:00:00+07:00', 'Senin depan (9 Maret) jam 13.00'],
    // across a year
    ["I'll send the invoice tomorrow.", '2026-12-31T10:00:00+07:00', 'tomorrow (Fri 1 Jan 2027) by 1 PM'],
  ])('%s (written %s)', (draft, now, expected) => {
    expect(rewrites(draft, { options: { now: at(now), timeZone: JKT } })).toContain(expected);
  });

  it('the day is the writer\'s: 23:30 in New York is already tomorrow in Jakarta', () => {
    const now = at('2026-03-05T23:30:00-05:00');
    expect(rewrites("I'll send the invoice tomorrow.", { options: { now, timeZone: 'America/New_York' } })).toContain('tomorrow (Fri 6 Mar) by 1 PM');
    expect(rewrites("I'll send the invoice tomorrow.", { options: { now, timeZone: JKT } })).toContain('tomorrow (Sat 7 Mar) by 1 PM');
  });

  it('with no moment of writing, rewrites stay as they were', () => {
    expect(rewrites("I'll send it ASAP.", {})).toEqual(['today by 1 PM']);
  });
});

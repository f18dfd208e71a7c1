import { beforeEach, describe, expect, it } from 'vitest';
import { analyze, findingKey } from '../../src/engine';
import type { Conversation } from '../../src/engine/conversation';
import { useMessages } from '../../src/shared/i18n';
import { formatDay, formatDayTime, itemDue, itemHeading, threadItemsOf } from '../../src/shared/thread-items';
import { loadLocales } from '../../scripts/locales';

const locales = loadLocales();
const ZONE = 'Asia/Jakarta';
const at = (iso: string) => Date.parse(iso);
const ME = { name: 'Dewi Lestari', address: 'dewi@agency.example' };
const TOM = { name: 'Tom Becker', address: 'tom@client.example' };
const thread: Conversation = {
  messages: [
    { author: ME, byWriter: true, sentAt: at('2026-03-02T15:00:00+07:00'), text: "Hi Tom,\nI'll send you the press release by Wednesday.\nDewi" },
    { author: TOM, byWriter: false, sentAt: at('2026-03-03T10:00:00+07:00'), text: 'Which hotel did you book for the speakers? How many guests have confirmed so far?\nTom' },
  ],
};

beforeEach(() => useMessages(locales.en));

describe('threadItemsOf', () => {
  it('questions owed with who asked and when, then the writer\'s open promises with when they were made', () => {
    const r = analyze('Hi Tom,\n\nWe booked the Mulia hotel for the speakers.\n\nDewi', {
      options: { conversation: thread, rules: { 'open-promise': true }, now: at('2026-03-05T10:00:00+07:00'), timeZone: ZONE },
    });
    const items = threadItemsOf(r.findings, r.signals, thread);
    expect(items.map((x) => x.kind)).toEqual(['question', 'promise']);
    expect(items[0]).toEqual({ key: findingKey(r.findings.find((f) => f.rule === 'unanswered-question')!), kind: 'question', text: 'How many guests have confirmed so far?', author: TOM, at: at('2026-03-03T10:00:00+07:00') });
    expect(items[1]).toMatchObject({ kind: 'promise', text: "I'll send you the press release by Wednesday.", at: at('2026-03-02T15:00:00+07:00') });
  });

  it('a question from a quote that names nobody and no time is left to the rule\'s own list', () => {
    const r = analyze('The meeting is on Friday at 3 PM.', { quoted: 'When is the meeting? What is the budget for the launch?' });
    expect(r.findings.some((f) => f.rule === 'unanswered-question')).toBe(true);
    expect(threadItemsOf(r.findings, r.signals)).toEqual([]);
  });
});

describe('how an item reads', () => {
  const promise = { key: 'k', kind: 'promise' as const, text: 'I will send it by Wednesday.', at: at('2026-03-02T15:00:00+07:00'), due: at('2026-03-04T17:00:00+07:00'), overdue: true };

  it('in English', () => {
    expect(formatDay(at('2026-03-06T10:00:00+07:00'), 'en', ZONE)).toBe('Fri 6 Mar');
    expect(formatDayTime(at('2026-03-06T17:00:00+07:00'), 'en', ZONE)).toBe('Fri 6 Mar 17:00');
    expect(itemHeading({ key: 'q', kind: 'question', text: 'Which hotel?', author: TOM, at: at('2026-03-03T10:00:00+07:00') }, 'en', ZONE)).toBe('Tom Becker, Tue 3 Mar');
    expect(itemHeading({ key: 'q', kind: 'question', text: 'Which hotel?', author: { address: 'tom@client.example' } }, 'en', ZONE)).toBe('tom@client.example');
    expect(itemHeading(promise, 'en', ZONE)).toBe('You promised on Mon 2 Mar:');
    expect(itemDue(promise, 'en', ZONE)).toBe('due Wed 4 Mar 17:00, overdue');
    expect(itemDue({ ...promise, overdue: false }, 'en', ZONE)).toBe('due Wed 4 Mar 17:00');
    expect(itemDue({ ...promise, due: undefined }, 'en', ZONE)).toBeNull();
    expect(itemHeading({ ...promise, at: undefined }, 'en', ZONE)).toBe('You promised:');
  });

  it('in Indonesian', () => {
    useMessages(locales.id);
    expect(itemHeading({ key: 'q', kind: 'question', text: 'Hotel mana?', author: TOM, at: at('2026-03-03T10:00:00+07:00') }, 'id', ZONE)).toBe('Tom Becker, Sel, 3 Mar');
    expect(itemHeading(promise, 'id', ZONE)).toBe('Anda berjanji pada Sen, 2 Mar:');
    expect(itemDue(promise, 'id', ZONE)).toBe('tenggat Rab, 4 Mar 17.00, sudah lewat');
  });
});

import { describe, expect, it } from 'vitest';
import { analyze, Analyzer } from '../../src/engine';
import type { Conversation, ThreadMessage } from '../../src/engine/conversation';

const ME = { name: 'Dewi Lestari', address: 'dewi@agency.example' };
const TOM = { name: 'Tom Becker', address: 'tom@client.example' };
const SARA = { name: 'Sara Lim', address: 'sara@client.example' };
const at = (iso: string) => Date.parse(iso);
const msg = (author: typeof ME, byWriter: boolean, sentAt: string, text: string, recipients = 1): ThreadMessage => ({ author, byWriter, sentAt: at(sentAt), text, recipients });

/** Four messages by three people over three days. */
const thread: Conversation = {
  messages: [
    msg(TOM, false, '2026-03-02T09:00:00+07:00', 'Hi Dewi,\n\nWhen is the launch? Will the venue hold 200 people?\n\nTom'),
    msg(ME, true, '2026-03-02T15:00:00+07:00', 'Hi Tom,\n\nThe launch is on 12 March. Did you get my deck? I will send the press release by Friday.\n\nDewi'),
    msg(TOM, false, '2026-03-03T10:00:00+07:00', 'Thanks Dewi. Which hotel did you book for the speakers? Who is the MC?\n\nTom', 2),
    msg(SARA, false, '2026-03-04T08:00:00+07:00', 'Tom, the MC is Rina from our office.\n\nSara', 2),
  ],
};

const owed = (draft: string, c: Conversation = thread) =>
  analyze(draft, { options: { conversation: c, sensitivity: 'strict' } }).findings.filter((f) => f.rule === 'unanswered-question');

describe('a conversation: questions asked of the writer since they last wrote', () => {
  it('flags only the client\'s question that nobody answered, saying who asked', () => {
    const found = owed('Hi Tom,\n\nThanks for checking in.\n\nDewi');
    expect(found.map((f) => f.text)).toEqual(['Which hotel did you book for the speakers?']);
    expect(found[0]!.message).toMatch(/^Tom Becker asked on Tue 3 Mar "Which hotel/);
  });

  it('not the writer\'s own question, not those answered before the writer last wrote, not one answered by Sara', () => {
    const texts = owed('Hi Tom,\n\nThanks.\n\nDewi').map((f) => f.text).join(' | ');
    expect(texts).not.toMatch(/deck/); // the writer's own
    expect(texts).not.toMatch(/launch|venue/); // before the writer's last message
    expect(texts).not.toMatch(/MC/); // Sara answered it
  });

  it('an answer in the draft clears it', () => {
    expect(owed('Hi Tom,\n\nWe booked the Mulia hotel for the speakers.\n\nDewi')).toEqual([]);
  });

  it('reports the questions with who asked and when', () => {
    const r = analyze('Hi Tom,\n\nThanks.\n\nDewi', { options: { conversation: thread } });
    expect(r.signals.quotedQuestions).toEqual([
      { text: 'Which hotel did you book for the speakers?', answered: false, author: TOM, askedAt: at('2026-03-03T10:00:00+07:00') },
    ]);
  });

  it('the last message by someone else is the message replied to when no quote is given', () => {
    // "oke" to Sara's message accepts nothing; to a request it would promise with no time
    const c: Conversation = { messages: [msg(TOM, false, '2026-03-02T09:00:00+07:00', 'Hi Dewi, please share your press release tomorrow. Thanks!')] };
    const r = analyze('oke', { options: { conversation: c } });
    expect(r.findings.map((f) => f.rule)).toContain('missing-deadline');
  });

  it('with no conversation, the quote\'s attribution names who asked', () => {
    const r = analyze('The meeting is on Friday at 3 PM.', { quoted: 'On Mon, Mar 2, 2026 at 9:00 AM Tom Becker <tom@client.example> wrote:\nWhen is the meeting? What is the budget for the launch?' });
    const f = r.findings.find((x) => x.rule === 'unanswered-question')!;
    expect(f.message).toMatch(/^Tom Becker asked "What is the budget/);
  });

  it('keeps its reading of the thread while only the draft changes', () => {
    const a = new Analyzer();
    a.analyze('Hi Tom', null, { conversation: thread });
    const before = a.parses;
    a.analyze('Hi Tom, thanks', null, { conversation: { messages: [...thread.messages] } });
    // only the draft's new sentence is read again
    expect(a.parses - before).toBeLessThanOrEqual(2);
  });
});

describe('a reply that delivers an earlier promise', () => {
  it('hands it over ("attached", "terlampir", a link), and a thanks is no delivery', async () => {
    const { deliversPromise } = await import('../../src/engine/promises');
    const promise = "I'll email you the press release tomorrow at 1 PM.";
    expect(deliversPromise(promise, 'Hi Tom, here is the press release, attached.')).toBe(true);
    expect(deliversPromise('Saya kirim press release-nya besok jam 13.00 ya.', 'Pak Tom, press release-nya terlampir ya.')).toBe(true);
    expect(deliversPromise(promise, 'Thanks for the press release feedback, Tom.')).toBe(false);
    expect(deliversPromise(promise, 'Hi Tom, the venue is booked.')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';

const unanswered = (text: string, quoted: string) =>
  analyze(text, { quoted }).findings.filter((f) => f.rule === 'unanswered-question').map((f) => f.text);

describe('unanswered-question', () => {
  it('flags the question a reply skips, and not the one it answers', () => {
    expect(unanswered('The launch is on March 3 at 10 AM.', 'When is the launch? How much is the venue deposit?')).toEqual([
      'How much is the venue deposit?',
    ]);
  });

  it('a time answers "when", a number answers "how many", across languages', () => {
    expect(unanswered('Jumat jam 15.00.', 'When can you deliver the report?')).toEqual([]);
    expect(unanswered('We expect about 120 guests.', 'Berapa tamu yang datang?')).toEqual([]);
    expect(unanswered('Rapatnya Kamis jam 10.00.', 'Kapan rapatnya?')).toEqual([]);
  });

  it('topic overlap answers, in either language', () => {
    expect(unanswered('The invoice was paid yesterday.', 'Has the invoice been paid?')).toEqual([]);
    expect(unanswered('Tagihannya sudah dibayar kemarin.', 'Has the invoice been paid?')).toEqual([]);
  });

  it('talking about the same thing in the other language answers', () => {
    expect(unanswered('Nanti kita bahas anggarannya di meeting hari Kamis jam 10.00 ya.', 'Can we discuss the budget this week?')).toEqual([]);
  });

  it('a yes or no answers the only yes/no question', () => {
    expect(unanswered('Yes, that works for me.', 'Can you join the call on Friday?')).toEqual([]);
    expect(unanswered('Bisa, saya ikut.', 'Apakah kamu bisa ikut rapat hari Jumat?')).toEqual([]);
  });

  it('ignores courtesy questions', () => {
    expect(unanswered('The draft is attached.', 'Hi Sari, how are you? Could you send the draft?')).toEqual([]);
    expect(unanswered('Drafnya terlampir.', 'Halo, apa kabar? Bisa kirim drafnya?')).toEqual([]);
  });

  it('says nothing before the reply is written', () => {
    expect(unanswered('', 'When is the launch?')).toEqual([]);
  });

  it('is unanchored and suggests the opening of an answer at the end of the body, before the signature and quote', () => {
    const draft = 'Thanks, the venue is booked.\n\nBest,\nSari\n\nOn Mon, Mar 2, 2026 at 9:00 AM Dina <d@x.co> wrote:\n> Is the venue booked? How many guests are confirmed?';
    const f = analyze(draft).findings.find((x) => x.rule === 'unanswered-question')!;
    expect(f.anchored).toBe(false);
    const at = draft.indexOf('booked.') + 'booked.'.length;
    expect(f.suggestions[0]!.replacement).toEqual({ start: at, end: at, text: '\n\nAbout … guests.' });
  });
});

describe('unanswered-question: only questions asked of the writer', () => {
  const QUOTED = 'Is the venue booked? When is the launch?';
  it('a reply that takes up one question and skips the other', () => {
    expect(unanswered('Thanks, the venue is booked.', QUOTED)).toEqual(['When is the launch?']);
  });

  it("not the writer's own question quoted back (the attribution names them)", () => {
    const quoted = `On Mon, Mar 2, 2026 at 9:00 AM Sari Dewi <sari@example.co> wrote:\n${QUOTED}`;
    const f = (writer?: { address: string }) =>
      analyze('Thanks, the venue is booked.', { quoted, options: writer ? { writer } : {} }).findings.filter((x) => x.rule === 'unanswered-question');
    expect(f()).toHaveLength(1);
    expect(f({ address: 'SARI@example.co' })).toEqual([]);
  });

  it.each([
    ['Does anyone know the venue? Is the venue booked?', 'to a whole list'],
    ['Is the venue booked? The deposit is paid, right?', 'a tag question'],
    ['Is the venue booked? Any thoughts?', 'an open call for thoughts'],
    ['Is the venue booked? or for the launch?', 'a fragment of a split question'],
  ])('not one %s', (quoted, _why) => {
    expect(unanswered('Thanks, the venue is booked.', quoted)).toEqual([]);
  });

  it('a long reply that answers none of the questions by their words is taken to answer in its own', () => {
    const reply =
      'I looked into the logs this morning and the import stops at the schema step. The fix is to drop the old index first. ' +
      'After that the job runs cleanly and the numbers match the export. I have written the steps in the wiki page for the team.';
    expect(unanswered(reply, 'How can I get the import to finish? What am I missing?')).toEqual([]);
  });

  it('a forward owes no answers', () => {
    const draft = 'FYI, see below.\n\n---------- Pesan terusan ---------\nDari: Andi <andi@x.co>\n\nKenapa belum dikirim?? Kapan bisa dikirim?';
    expect(analyze(draft).findings.filter((f) => f.rule === 'unanswered-question')).toEqual([]);
  });

  it('suggests an answer opening built from the question, or none', () => {
    const at = (q: string) => analyze('Thanks, the venue is booked.', { quoted: `Is the venue booked? ${q}` }).findings.find((f) => f.rule === 'unanswered-question');
    expect(at('When is the launch?')!.suggestions.map((s) => s.text)).toEqual(['The launch is on …']);
    expect(at('How many guests are coming?')!.suggestions.map((s) => s.text)).toEqual(['About … guests.']);
    expect(at('Do you prefer the blue logo?')!.suggestions).toEqual([]); // no "Yes, …" stub
  });
});

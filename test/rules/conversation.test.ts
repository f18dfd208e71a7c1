// Whole replies to whole messages: what a person would see in a real exchange.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';

const rules = (draft: string, quoted: string) => analyze(draft, { quoted }).findings.map((f) => `${f.rule}: ${f.text}`);

describe('replies to real-looking messages', () => {
  it('a complete English reply is clean', () => {
    const draft = "Hi Dina,\n\nThanks for sending the brief over. I'll have the first draft to you by Thursday at 5 PM, and we can review it together on Friday morning.\n\nLet me know if you have any questions.\n\nBest,\nSari";
    expect(rules(draft, 'Hi Sari, can you draft the press release? When can we review it?')).toEqual([]);
  });

  it('a complete Indonesian reply is clean', () => {
    const draft = 'Halo Pak Budi,\n\nTerima kasih atas informasinya. Laporan keuangannya akan saya kirim hari Jumat jam 15.00. Untuk rapatnya, saya bisa hari Senin jam 10.00.\n\nSalam,\nSari';
    expect(rules(draft, 'Pak, tolong kirim laporan keuangan ya. Kapan bisa rapat?')).toEqual([]);
  });

  it('"then" names the time the other person proposed', () => {
    expect(rules("Sure, no problem. I'll call you then.", 'Can we move our call to Tuesday at 3 PM?')).toEqual([]);
    expect(rules("Sure, no problem. I'll call you then.", 'Can we move our call?')).toEqual(["missing-deadline: I'll call you then."]);
  });

  it('agreement answers a yes/no question, and "let\'s go ahead" needs no deadline', () => {
    expect(rules("Sorry for the late reply. The numbers look good to me, let's go ahead.", 'Do the numbers look ok? Should we proceed?')).toEqual([]);
  });

  it('a reply that answers one of two questions is flagged for the other', () => {
    expect(rules('Thanks! The venue holds 200 people.', 'How many people fit in the venue? Is parking included?')).toEqual([
      'unanswered-question: Is parking included?',
    ]);
  });
});

describe('the language Jelas answers in', () => {
  // A message counts as mixed when neither language has three quarters of the word evidence.
  it('a mixed message with Indonesian grammar gets Indonesian messages', () => {
    const [f] = analyze('Bisa tolong review the proposal ASAP?').findings.filter((x) => x.rule === 'vague-time');
    expect(f!.message).toMatch(/kurang jelas/);
  });

  it('a mixed message that is mostly English gets English messages', () => {
    const [f] = analyze('Please send the revised budget secepatnya ya.').findings.filter((x) => x.rule === 'vague-time');
    expect(f!.message).toMatch(/is vague/);
  });
});

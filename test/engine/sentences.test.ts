import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/engine/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on terminal punctuation and keeps offsets exact', () => {
    const t = 'Can you call me? I will be in at 9.30 a.m. tomorrow! Thanks.';
    const out = splitSentences(t);
    expect(out.map((s) => s.text)).toEqual(['Can you call me?', 'I will be in at 9.30 a.m. tomorrow!', 'Thanks.']);
    for (const s of out) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after abbreviations, decimals, times or file names', () => {
    expect(texts('Mr. Tan sent report.pdf at 13.00 e.g. yesterday, dll. semua.')).toEqual([
      'Mr. Tan sent report.pdf at 13.00 e.g. yesterday, dll. semua.',
    ]);
  });

  it('joins hard-wrapped lines but splits short lines and list items', () => {
    const wrapped = 'We reviewed the numbers with the finance team this morning and\nthink the budget needs one more pass before Friday.';
    expect(texts(wrapped)).toHaveLength(1);
    expect(texts('oke\nsiap')).toEqual(['oke', 'siap']);
    expect(texts('Somebody tells you that you have got something in your teeth and you take\nor turn back.')).toHaveLength(1);
    expect(texts('Thanks for the numbers from last week, they look right\nNext: the budget.')).toHaveLength(2);
    expect(texts('Please bring:\n- the contract\n- the invoice')).toEqual(['Please bring:', '- the contract', '- the invoice']);
  });

  it('groups repeated marks with their sentence', () => {
    expect(texts('Where is it?!? Send it now!!')).toEqual(['Where is it?!?', 'Send it now!!']);
  });

  it('handles emoji and non-Latin text', () => {
    expect(texts('Siap 👍 nanti aku kirim. 谢谢。')).toEqual(['Siap 👍 nanti aku kirim.', '谢谢。']);
  });
});

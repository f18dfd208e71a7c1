import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';

const hedges = (text: string, on = true) =>
  analyze(text, { options: { rules: { hedging: on } } }).findings.filter((f) => f.rule === 'hedging');

describe('hedging', () => {
  it('is off by default', () => {
    expect(analyze('I just wanted to check in.').findings.filter((f) => f.rule === 'hedging')).toEqual([]);
  });

  it('flags hedges in both languages and deletes them cleanly', () => {
    const text = 'Sorry to bother you, I think the numbers are final.';
    const found = hedges(text);
    expect(found.map((f) => f.text)).toEqual(['Sorry', 'I think']);
    const del = found[1]!.suggestions[0]!.replacement;
    expect(text.slice(0, del.start) + del.text + text.slice(del.end)).toBe('Sorry to bother you, the numbers are final.');
    expect(hedges('Maaf mengganggu, mungkin angkanya sudah final.').map((f) => f.text)).toEqual(['Maaf mengganggu', 'mungkin']);
  });
});

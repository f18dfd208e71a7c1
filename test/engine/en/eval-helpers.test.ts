import { describe, expect, it } from 'vitest';
import { confusion, prf, quantile } from '../../../scripts/eval/metrics';
import { parseCsv } from '../../../scripts/eval/politeness';
import { detokenize } from '../../../scripts/eval/mailex';
import { renderTable } from '../../../scripts/eval/table';

describe('eval metrics', () => {
  it('computes precision, recall and F1 on a hand-made set', () => {
    // gold:      T T T F F F T F
    // predicted: T T F T F F T F  → tp 3, fn 1, fp 1, tn 3
    const gold = [true, true, true, false, false, false, true, false];
    const predicted = [true, true, false, true, false, false, true, false];
    const c = confusion(gold.map((g, i) => ({ gold: g, predicted: predicted[i]! })));
    expect(c).toEqual({ tp: 3, fp: 1, fn: 1, tn: 3 });
    const m = prf(c);
    expect(m.precision).toBeCloseTo(0.75);
    expect(m.recall).toBeCloseTo(0.75);
    expect(m.f1).toBeCloseTo(0.75);
    expect(m.accuracy).toBeCloseTo(0.75);
  });

  it('gives an uneven F1 as the harmonic mean', () => {
    const m = prf({ tp: 1, fp: 0, fn: 3, tn: 0 });
    expect(m.precision).toBe(1);
    expect(m.recall).toBe(0.25);
    expect(m.f1).toBeCloseTo(0.4);
  });

  it('reports an empty denominator as NaN, printed n/a', () => {
    const m = prf({ tp: 0, fp: 0, fn: 2, tn: 5 });
    expect(m.precision).toBeNaN();
    expect(renderTable([{ set: 's', metric: 'precision', value: m.precision, n: 7 }])).toContain('| s | precision | n/a | 7 |');
  });

  it('interpolates quantiles like numpy', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(quantile([4, 1, 3, 2], 0.5)).toBeCloseTo(2.5);
    expect(quantile([5], 0.75)).toBe(5);
  });

  it('parses quoted CSV fields with commas, quotes and newlines', () => {
    const rows = parseCsv('a,b\n"x, ""y""\nz",2\n');
    expect(rows).toEqual([
      ['a', 'b'],
      ['x, "y"\nz', '2'],
    ]);
  });

  it('undoes treebank tokenisation', () => {
    expect(detokenize(['I', 'did', "n't", 'see', 'it', ',', 'sorry', '.'])).toBe("I didn't see it, sorry.");
  });

  it('prints a markdown table', () => {
    expect(renderTable([{ set: 'email-intent', metric: 'F1', value: 0.75123, n: 10 }]).split('\n')).toEqual([
      '| set | metric | value | n |',
      '|---|---|---|---|',
      '| email-intent | F1 | 0.751 | 10 |',
    ]);
  });
});

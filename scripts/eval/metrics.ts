/** Small, exact scoring helpers shared by the eval modules (and tested in test/engine/en). */

export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function confusion(pairs: Iterable<{ gold: boolean; predicted: boolean }>): Confusion {
  const c: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const { gold, predicted } of pairs) {
    if (gold && predicted) c.tp++;
    else if (!gold && predicted) c.fp++;
    else if (gold && !predicted) c.fn++;
    else c.tn++;
  }
  return c;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/** Precision, recall, F1 and accuracy; a ratio with an empty denominator is NaN (printed "n/a"), not 0. */
export function prf(c: Confusion): Prf {
  const precision = c.tp / (c.tp + c.fp);
  const recall = c.tp / (c.tp + c.fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  const accuracy = (c.tp + c.tn) / (c.tp + c.fp + c.fn + c.tn);
  return { precision, recall, f1, accuracy };
}

/** The middle value of an odd-sized sample; the mean of the two middle ones of an even-sized one. */
export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Value at quantile q in [0, 1] of a numeric sample (linear interpolation, like numpy's default). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}

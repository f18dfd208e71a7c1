/**
 * A small L2-regularised logistic regression over sparse binary features, with k-fold cross-validation.
 *
 * Not part of the product: it gives `npm run eval` a measured reference for what a classifier *trained on
 * the evaluation set itself* reaches, so a rule set's score can be read against the labels' ceiling for
 * shallow features rather than against a guess.
 */

/** One item: the indices of its active (value 1) features. */
export type SparseRow = readonly number[];

/** Lower-cased word tokens (letters, digits, apostrophes) plus "?" and "!", which carry tone. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}']+|[?!]/gu) ?? [];
}

/**
 * Binary word n-gram features (1..maxN), kept when they occur in at least `minCount` items. The
 * vocabulary is built from `texts` alone; callers doing cross-validation accept that the vocabulary (not
 * the weights) sees every fold, as scikit-learn's usual pipeline on a whole set does.
 */
export function bagOfNgrams(texts: readonly string[], maxN = 2, minCount = 2): SparseRow[] {
  const grams = texts.map((t) => {
    const w = tokens(t);
    const set = new Set<string>();
    for (let n = 1; n <= maxN; n++) for (let i = 0; i + n <= w.length; i++) set.add(w.slice(i, i + n).join(' '));
    return set;
  });
  const counts = new Map<string, number>();
  for (const set of grams) for (const g of set) counts.set(g, (counts.get(g) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [g, c] of counts) if (c >= minCount) index.set(g, index.size);
  return grams.map((set) => [...set].flatMap((g) => (index.has(g) ? [index.get(g)!] : [])));
}

/** Column-joins two sparse feature sets of the same items (the second's indices are shifted). */
export function joinFeatures(a: readonly SparseRow[], b: readonly SparseRow[]): SparseRow[] {
  const width = Math.max(0, ...a.flatMap((r) => r)) + 1;
  return a.map((row, i) => [...row, ...(b[i] ?? []).map((j) => j + width)]);
}

/** Deterministic PRNG (mulberry32), so the folds are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Model {
  weights: Float64Array;
  bias: number;
}

/**
 * Minimises mean log-loss + (l2 / 2)·|w|² by full-batch gradient descent with AdaGrad step sizes: exact
 * objective, no sampling order, so a run is reproducible. `l2` = 1 / (C·n) in scikit-learn's terms.
 */
export function train(rows: readonly SparseRow[], labels: readonly boolean[], l2 = 1e-3, steps = 300): Model {
  const width = Math.max(0, ...rows.flatMap((r) => r)) + 1;
  const w = new Float64Array(width + 1); // the last slot is the bias, not penalised
  const grad = new Float64Array(width + 1);
  const g2 = new Float64Array(width + 1).fill(1e-8);
  const rate = 0.5;
  for (let step = 0; step < steps; step++) {
    grad.fill(0);
    rows.forEach((row, i) => {
      const p = 1 / (1 + Math.exp(-(w[width]! + row.reduce((z, f) => z + w[f]!, 0))));
      const err = (p - (labels[i] ? 1 : 0)) / rows.length;
      for (const f of row) grad[f]! += err;
      grad[width]! += err;
    });
    for (let f = 0; f <= width; f++) {
      const g = grad[f]! + (f < width ? l2 * w[f]! : 0);
      g2[f]! += g * g;
      w[f]! -= (rate * g) / Math.sqrt(g2[f]!);
    }
  }
  return { weights: w.subarray(0, width), bias: w[width]! };
}

export function predict(model: Model, row: SparseRow): boolean {
  return model.bias + row.reduce((z, f) => z + (model.weights[f] ?? 0), 0) > 0;
}

/** Mean accuracy over k folds (items dealt to folds in a seeded random order). */
export function crossValidate(rows: readonly SparseRow[], labels: readonly boolean[], k = 10, l2 = 1e-3): number {
  const rand = random(7);
  const fold = rows.map(() => Math.floor(rand() * k));
  let right = 0;
  for (let f = 0; f < k; f++) {
    const trainIdx = rows.flatMap((_, i) => (fold[i] === f ? [] : [i]));
    const model = train(
      trainIdx.map((i) => rows[i]!),
      trainIdx.map((i) => labels[i]!),
      l2,
    );
    rows.forEach((row, i) => {
      if (fold[i] === f && predict(model, row) === labels[i]) right++;
    });
  }
  return right / rows.length;
}

/**
 * Performance budgets: the most each figure of `npm run bench` may reach. One source of truth for the
 * bench's table, the bundle-size test (test/build/bundle-size.test.ts) and the budget table in docs/speed.md
 * (`npx tsx scripts/budgets.ts` prints it). Each was set from a measurement on the 2-core reference
 * machine (node 20, Debian's Chromium) with about 25–50% headroom (more for the ratios to retext, which
 * swing with the machine's load); `measured` records that figure. Raise a budget only with a reason.
 */

export type Unit = 'ms' | 'µs' | 'KiB' | 'MB' | '×';

export interface Budget {
  /** What is measured, as the bench table names it. */
  figure: string;
  max: number;
  unit: Unit;
  /** The figure when the budget was set. */
  measured: number;
}

export const BUDGETS = {
  cold50: { figure: 'cold analysis, 50 words (median)', max: 7, unit: 'ms', measured: 4.7 },
  cold300: { figure: 'cold analysis, 300 words (median)', max: 24, unit: 'ms', measured: 16.6 },
  cold1000: { figure: 'cold analysis, 1000 words (median)', max: 70, unit: 'ms', measured: 49.5 },
  cold5000: { figure: 'cold analysis, 5000 words (median)', max: 340, unit: 'ms', measured: 241 },
  keystroke: { figure: 'keystroke re-analysis, 300-word draft (median)', max: 1, unit: 'ms', measured: 0.68 },
  noChange: { figure: 're-analysis with no change, 300-word draft (median)', max: 0.25, unit: 'ms', measured: 0.18 },
  ratio50: { figure: 'Jelas cold ÷ retext, 50 words', max: 2.5, unit: '×', measured: 1.5 },
  ratio300: { figure: 'Jelas cold ÷ retext, 300 words', max: 2.5, unit: '×', measured: 1.6 },
  ratio1000: { figure: 'Jelas cold ÷ retext, 1000 words', max: 2.5, unit: '×', measured: 1.7 },
  hostilePerChar: { figure: 'slowest hostile 100,000-character draft, per character', max: 40, unit: 'µs', measured: 11.3 },
  contentRaw: { figure: 'content script, all chunks, raw', max: 560, unit: 'KiB', measured: 443.8 },
  contentGzip: { figure: 'content script, all chunks, gzip', max: 220, unit: 'KiB', measured: 175.7 },
  largestRaw: { figure: 'largest chunk (engine + compromise), raw', max: 430, unit: 'KiB', measured: 337.6 },
  largestGzip: { figure: 'largest chunk (engine + compromise), gzip', max: 175, unit: 'KiB', measured: 137.3 },
  parseEval: { figure: 'content script parse + evaluate in Chromium, main-thread CPU (median, cold)', max: 200, unit: 'ms', measured: 141 },
  // Raised from 9 MB (set at 6.4 MB measured): the thread reader, real dates, the client's-language rules and the
  // promise ledger took it to 9.2 MB, steady over repeated runs (the register lexicon and compose context alone
  // 0.3 MB). Each feature costs code kept in the tab; 11 MB keeps 20% headroom. Look here before the next feature.
  memoryAdded: { figure: 'JS heap Jelas adds to a Gmail tab with 3 composes', max: 11, unit: 'MB', measured: 9.2 },
} as const satisfies Record<string, Budget>;

export type BudgetId = keyof typeof BUDGETS;

export const KIB = 1024;

/** Whether `value` (in the budget's unit) stays under budget `id`. */
export function withinBudget(id: BudgetId, value: number): boolean {
  return value <= BUDGETS[id].max;
}

/** A budget as people read it: "32 ms", "250 KiB", "3×". */
export function formatBudget(id: BudgetId): string {
  const b: Budget = BUDGETS[id];
  return b.unit === '×' ? `${b.max}×` : `${b.max} ${b.unit}`;
}

/** The budget table in docs/speed.md. */
export function budgetsMarkdown(): string {
  const rows = (Object.keys(BUDGETS) as BudgetId[]).map((id) => {
    const b: Budget = BUDGETS[id];
    const measured = b.unit === '×' ? `${b.measured}×` : `${b.measured} ${b.unit}`;
    return `| ${b.figure} | ${formatBudget(id)} | ${measured} |`;
  });
  return ['| figure | budget (at most) | when set |', '|---|---:|---:|', ...rows].join('\n');
}

if (process.argv[1]?.endsWith('budgets.ts')) console.log(budgetsMarkdown());

/** One line of the `npm run eval` table. Every eval module returns these; index.ts prints them. */
export interface EvalRow {
  set: string;
  metric: string;
  /** A rate in [0, 1] is printed with three decimals; other numbers as they are. */
  value: number;
  /** How many items the value was computed on. */
  n: number;
}

function format(value: number): string {
  if (Number.isNaN(value)) return 'n/a';
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** A markdown table: `| set | metric | value | n |`. */
export function renderTable(rows: readonly EvalRow[]): string {
  const lines = ['| set | metric | value | n |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.set} | ${r.metric} | ${format(r.value)} | ${r.n} |`);
  return lines.join('\n');
}

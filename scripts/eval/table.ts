/** One line of the `npm run eval` table. Every eval module returns these; index.ts prints them. */
export interface EvalRow {
  set: string;
  metric: string;
  /** A rate in [0, 1] is printed with three decimals; other numbers as they are. */
  value: number;
  /** How many items the value was computed on. */
  n: number;
  /** What the number means when the metric name cannot say it all. */
  note?: string;
}

function format(value: number): string {
  if (Number.isNaN(value)) return 'n/a';
  return Number.isInteger(value) ? String(value) : value.toFixed(3);
}

/** A markdown table: `| set | metric | value | n |`. */
export function renderTable(rows: readonly EvalRow[]): string {
  const notes = rows.some((r) => r.note);
  const lines = [`| set | metric | value | n |${notes ? ' note |' : ''}`, `|---|---|---:|---:|${notes ? '---|' : ''}`];
  for (const r of rows) lines.push(`| ${r.set} | ${r.metric} | ${format(r.value)} | ${r.n} |${notes ? ` ${r.note ?? ''} |` : ''}`);
  return lines.join('\n');
}

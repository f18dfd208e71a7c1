/** Linter-style text output: `file:line:col  severity  rule  message`, then the suggestions. */
import type { Report } from '../engine/types';

function lineCol(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return `${line}:${col}`;
}

export function formatText(report: Report, draft: string, file: string): string {
  const name = file === '-' ? '<stdin>' : file;
  if (report.findings.length === 0) return `${name}: no findings (language: ${report.language})\n`;
  const rows = report.findings.map((f) => {
    const where = f.anchored === false ? '-' : lineCol(draft, f.start);
    const fixes = f.suggestions.map((s) => `      → ${s.text}`).join('\n');
    return `${name}:${where}  ${f.severity}  ${f.rule}  ${f.message}${fixes ? `\n${fixes}` : ''}`;
  });
  const n = report.findings.length;
  return `${rows.join('\n')}\n\n${n} finding${n === 1 ? '' : 's'} (language: ${report.language})\n`;
}

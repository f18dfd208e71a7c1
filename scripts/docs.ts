/**
 * Regenerates the generated tables in the docs: the rules table in README.md from the rules registry
 * (between the `rules:start` and `rules:end` markers) and the budgets table in docs/speed.md from
 * scripts/budgets.ts (`budgets:start`, `budgets:end`). `npm run docs`; a unit test fails when one is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../src/rules/index';
import { budgetsMarkdown } from './budgets';

export function rulesTable(): string {
  const rows = rules.map((r) => {
    const bad = r.examples.fail[0]!;
    const example = bad.quoted ? `"${bad.text}" replying to "${bad.quoted}"` : `"${bad.text}"`;
    return `| \`${r.id}\` | ${r.title.en} / ${r.title.id} | ${r.defaultOn ? 'on' : 'off'} | ${r.severity} | ${r.description.en} | ${example.replace(/\|/g, '\\|')} |`;
  });
  return ['| id | title (en / id) | default | severity | what it flags | example it flags |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** The generated blocks, by marker name: the file each lives in and what writes it. */
export const generated: Record<string, { file: string; table: () => string }> = {
  rules: { file: 'README.md', table: rulesTable },
  budgets: { file: 'docs/speed.md', table: budgetsMarkdown },
};

/** The generated files. */
export const generatedFiles = [...new Set(Object.values(generated).map((g) => g.file))];

/** `text` (the contents of `file`) with every generated block of that file rewritten from its source. */
export function withGeneratedTables(file: string, text: string): string {
  let out = text;
  for (const [name, { file: where, table }] of Object.entries(generated)) {
    if (where !== file) continue;
    const block = new RegExp(`<!-- ${name}:start -->[\\s\\S]*?<!-- ${name}:end -->`);
    out = out.replace(block, () => `<!-- ${name}:start -->\n${table()}\n<!-- ${name}:end -->`);
  }
  return out;
}

if (process.argv[1]?.endsWith('docs.ts')) {
  for (const file of generatedFiles) writeFileSync(file, withGeneratedTables(file, readFileSync(file, 'utf8')));
  console.log(`${generatedFiles.join(' and ')}: rules and budgets tables updated`);
}

/**
 * Regenerates the generated tables in README.md: the rules table from the rules registry (between the
 * `rules:start` and `rules:end` markers) and the budgets table from scripts/budgets.ts (`budgets:start`,
 * `budgets:end`). `npm run docs`; a unit test fails when the README is out of date.
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

/** The README's generated blocks, by marker name. */
export const generated: Record<string, () => string> = {
  rules: rulesTable,
  budgets: budgetsMarkdown,
};

/** The README with every generated block rewritten from its source. */
export function withGeneratedTables(readme: string): string {
  let out = readme;
  for (const [name, table] of Object.entries(generated)) {
    const block = new RegExp(`<!-- ${name}:start -->[\\s\\S]*?<!-- ${name}:end -->`);
    out = out.replace(block, () => `<!-- ${name}:start -->\n${table()}\n<!-- ${name}:end -->`);
  }
  return out;
}

if (process.argv[1]?.endsWith('docs.ts')) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', withGeneratedTables(readme));
  console.log('README.md rules and budgets tables updated');
}

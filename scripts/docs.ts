/**
 * Regenerates the rules table in README.md from the rules registry (between the `rules:start` and
 * `rules:end` markers). `npm run docs`; a unit test fails when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../src/rules/index';

export function rulesTable(): string {
  const rows = rules.map((r) => {
    const bad = r.examples.fail[0]!;
    const example = bad.quoted ? `"${bad.text}" replying to "${bad.quoted}"` : `"${bad.text}"`;
    return `| \`${r.id}\` | ${r.title.en} / ${r.title.id} | ${r.defaultOn ? 'on' : 'off'} | ${r.severity} | ${r.description.en} | ${example.replace(/\|/g, '\\|')} |`;
  });
  return ['| id | title (en / id) | default | severity | what it flags | example it flags |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

export function withRulesTable(readme: string): string {
  return readme.replace(/(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/, () => `<!-- rules:start -->\n${rulesTable()}\n<!-- rules:end -->`);
}

if (process.argv[1]?.endsWith('docs.ts')) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', withRulesTable(readme));
  console.log('README.md rules table updated');
}

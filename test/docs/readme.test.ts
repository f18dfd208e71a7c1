import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generated, generatedFiles, withGeneratedTables } from '../../scripts/docs';

it.each(Object.keys(generated))('the %s table matches its source (run `npm run docs`)', (name) => {
  const { file, table } = generated[name]!;
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(`<!-- ${name}:start -->`);
  expect(text).toContain(table());
});

it.each(generatedFiles)('regenerating %s changes nothing', (file) => {
  const text = readFileSync(file, 'utf8');
  expect(withGeneratedTables(file, text)).toBe(text);
});

it('the README links every docs page it moved there, and each exists with its generated or measured tables', () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const [page, marker] of [['docs/accuracy.md', 'eval:start'], ['docs/speed.md', 'bench:start'], ['docs/permissions.md', '| manifest key |'], ['docs/release.md', '## Reproducible build']] as const) {
    expect(readme).toContain(`](${page})`);
    expect(readFileSync(page, 'utf8')).toContain(marker);
  }
});

it('every screenshot the README shows exists, the Promises view in both languages and both themes among them', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).not.toContain('TODO(issue 12)');
  const shown = [...readme.matchAll(/docs\/screenshots\/[\w-]+\.png/g)].map((m) => m[0]);
  for (const lang of ['en', 'id']) for (const scheme of ['light', 'dark']) expect(shown).toContain(`docs/screenshots/popup-promises-${lang}-${scheme}.png`);
  for (const file of shown) expect(existsSync(file), file).toBe(true);
});

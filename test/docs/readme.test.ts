import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generated, withGeneratedTables } from '../../scripts/docs';

it.each(Object.keys(generated))('the README %s table matches its source (run `npm run docs`)', (name) => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toContain(`<!-- ${name}:start -->`);
  expect(readme).toContain(generated[name]!());
});

it('regenerating the README changes nothing', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(withGeneratedTables(readme)).toBe(readme);
});

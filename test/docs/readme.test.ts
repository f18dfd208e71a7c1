import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rulesTable, withRulesTable } from '../../scripts/docs';

it('the README rules table matches the rules registry (run `npm run docs`)', () => {
  const readme = readFileSync('README.md', 'utf8');
  expect(readme).toContain('<!-- rules:start -->');
  expect(readme).toContain(rulesTable());
  expect(withRulesTable(readme)).toBe(readme);
});

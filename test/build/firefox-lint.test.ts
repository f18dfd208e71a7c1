// The Firefox build passes Mozilla's linter (web-ext lint, the checks addons.mozilla.org runs on upload) with no
// errors, no notices, and no warnings but the ones allowed, with their reasons, in scripts/firefox-lint.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LintReport } from 'web-ext';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ALLOWED, allowedBy, lintFirefox, showLint as show } from '../../scripts/firefox-lint';
import { BUILD_TIMEOUT, buildExtension, removeBuild } from './built';

let root: string | undefined;
let report: LintReport;

beforeAll(async () => {
  root = buildExtension(['firefox']);
  report = await lintFirefox(join(root, 'firefox'));
}, BUILD_TIMEOUT);
afterAll(() => removeBuild(root));

it('has no errors and no notices', () => {
  expect(report.errors.map(show)).toEqual([]);
  expect(report.notices.map(show)).toEqual([]);
});

it('has no warnings but the allowed ones, each exactly once', () => {
  expect(report.warnings.filter((w) => !allowedBy(w)).map(show)).toEqual([]);
  expect(ALLOWED.map((a) => report.warnings.filter((w) => allowedBy(w) === a).length)).toEqual(ALLOWED.map(() => 1));
});

it('keeps the allowed innerHTML sink unreachable: no source of ours writes HTML', () => {
  const src = resolve(import.meta.dirname, '../../src');
  const offenders: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(name) && /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML/.test(readFileSync(p, 'utf8'))) {
        offenders.push(p);
      }
    }
  };
  walk(src);
  expect(offenders).toEqual([]);
});

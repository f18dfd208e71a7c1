/**
 * Builds the Chrome extension once per e2e run into .out/e2e, unless JELAS_E2E_DIST points at an
 * existing build (an engineer's own /tmp build, so parallel work does not clobber one folder).
 */
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_E2E_OUT, resolveDist } from './harness.ts';

export default function setup(): void {
  const given = process.env.JELAS_E2E_DIST;
  if (given) {
    console.log(`[e2e] using the extension built at ${resolveDist(given)}`);
    return;
  }
  const started = Date.now();
  execFileSync(process.execPath, ['scripts/build.mjs', 'chrome'], {
    cwd: resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'),
    env: { ...process.env, JELAS_OUT_ROOT: DEFAULT_E2E_OUT },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  console.log(`[e2e] built ${resolveDist(DEFAULT_E2E_OUT)} in ${Date.now() - started} ms`);
}

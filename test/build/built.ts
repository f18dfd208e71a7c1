/**
 * The shipped extension, built for a test file the way `npm run build` builds it (scripts/build.mjs into a
 * fresh temporary folder), so the tests look at the artefact a store or a user would load, not at our sources.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

export type Browser = 'chrome' | 'firefox';

const repo = resolve(import.meta.dirname, '../..');

/** A build takes a few seconds, more while other tests share the cores. */
export const BUILD_TIMEOUT = 120_000;

/** Builds the given browsers into a new temporary root and returns it; `removeBuild(root)` deletes it. */
export function buildExtension(browsers: Browser[], env: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'jelas-built-'));
  execFileSync(process.execPath, ['scripts/build.mjs', ...browsers], {
    cwd: repo,
    env: { ...process.env, JELAS_OUT_ROOT: root, ...env },
    stdio: 'pipe',
  });
  return root;
}

export function removeBuild(root: string | undefined): void {
  if (root) rmSync(root, { recursive: true, force: true });
}

/** Every file of one unpacked extension, as paths relative to its folder with forward slashes. */
export function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function readJson<T = Record<string, unknown>>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

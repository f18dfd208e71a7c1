/**
 * `npm run release`: what goes to the stores, checked and reproducible.
 *
 * 1. Builds both extensions (scripts/build.mjs) into release/build/.
 * 2. Checks them: `web-ext lint` on the Firefox build (scripts/firefox-lint.ts, as its test does), each
 *    manifest (MV3, this version, `storage` and Gmail only, LICENSE and THIRD_PARTY_NOTICES.txt shipped) and
 *    the content script's size budgets (scripts/budgets.ts, as the bench and the bundle-size test do).
 * 3. Writes release/jelas-chrome-<version>.zip, release/jelas-firefox-<version>.zip and
 *    release/jelas-source-<version>.zip (every file git tracks at HEAD, for addons.mozilla.org's review).
 *
 * Zips are reproducible: entries sorted, one fixed timestamp, mode 644 (scripts/zip.mjs), and the build
 * itself is deterministic, so the same commit gives the same bytes (docs/release.md). Any failed check
 * exits 1 and writes no zip. `JELAS_RELEASE_DIR` writes somewhere other than release/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentScriptBundle } from './bench/bundle.ts';
import { BUDGETS, KIB } from './budgets.ts';
import { lintFirefox, lintProblems } from './firefox-lint.ts';
import { NOTICES_FILE } from './notices.ts';
import { filesUnder, reproducibleZip } from './zip.mjs';

export const BROWSERS = ['chrome', 'firefox'] as const;
type Browser = (typeof BROWSERS)[number];

export const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** The release's file names, by what they hold. */
export function releaseFiles(v = version): Record<Browser | 'source', string> {
  return { chrome: `jelas-chrome-${v}.zip`, firefox: `jelas-firefox-${v}.zip`, source: `jelas-source-${v}.zip` };
}

/** What is wrong with one built extension's manifest and files. */
export function manifestProblems(dir: string, browser: Browser): string[] {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const out: string[] = [];
  const want = (ok: boolean, what: string) => void (ok || out.push(`${browser}: ${what}`));
  want(m['manifest_version'] === 3, 'manifest_version is not 3');
  want(m['version'] === version, `version ${String(m['version'])} is not package.json's ${version}`);
  // storage, and alarms for promise reminders (docs/permissions.md)
  want(JSON.stringify(m['permissions']) === '["storage","alarms"]', `permissions ${JSON.stringify(m['permissions'])}`);
  want(JSON.stringify(m['host_permissions']) === '["https://mail.google.com/*"]', `host_permissions ${JSON.stringify(m['host_permissions'])}`);
  // notifications only as an optional permission, asked for when reminders are turned on
  const optional = JSON.stringify(m['optional_permissions'] ?? []);
  want(optional === '["notifications"]' && !('externally_connectable' in m), `asks for more than storage, alarms and Gmail (optional: ${optional})`);
  want((browser === 'firefox') === ('browser_specific_settings' in m), 'browser_specific_settings only in the Firefox build');
  for (const f of ['LICENSE', NOTICES_FILE, '_locales/en/messages.json', '_locales/id/messages.json']) want(existsSync(join(dir, f)), `${f} missing`);
  return out;
}

/** The content script over its size budgets, if it is. */
export function sizeProblems(dir: string): string[] {
  const b = contentScriptBundle(dir);
  const kib = (n: number) => Math.round((n / KIB) * 10) / 10;
  const checks: Array<[number, { figure: string; max: number }]> = [
    [b.raw, BUDGETS.contentRaw],
    [b.gzip, BUDGETS.contentGzip],
    [b.largest.raw, BUDGETS.largestRaw],
    [b.largest.gzip, BUDGETS.largestGzip],
  ];
  return checks.filter(([n, budget]) => kib(n) > budget.max).map(([n, budget]) => `${budget.figure}: ${kib(n)} KiB > ${budget.max} KiB`);
}

/** Every file git tracks at `rev`, as committed (not as in the working tree). */
export function trackedFiles(rev = 'HEAD'): Record<string, Uint8Array> {
  const git = (...args: string[]) => execFileSync('git', args, { maxBuffer: 1 << 30 });
  const out: Record<string, Uint8Array> = {};
  for (const line of git('ls-tree', '-r', '-z', '--full-tree', rev).toString('utf8').split('\0').filter(Boolean)) {
    const [meta, path] = line.split('\t') as [string, string];
    const [, type, hash] = meta.split(' ') as [string, string, string];
    if (type === 'blob') out[path] = git('cat-file', 'blob', hash);
  }
  return out;
}

async function main(): Promise<void> {
  const out = process.env.JELAS_RELEASE_DIR ?? 'release';
  const buildRoot = join(out, 'build');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  if (execFileSync('git', ['status', '--porcelain']).toString().trim()) {
    console.warn('release: the working tree has uncommitted changes; the source zip holds HEAD, the extensions what is on disk');
  }

  execFileSync(process.execPath, ['scripts/build.mjs', ...BROWSERS], { env: { ...process.env, JELAS_OUT_ROOT: buildRoot }, stdio: 'inherit' });
  const problems = [
    ...BROWSERS.flatMap((b) => manifestProblems(join(buildRoot, b), b)),
    ...BROWSERS.flatMap((b) => sizeProblems(join(buildRoot, b)).map((p) => `${b}: ${p}`)),
    ...lintProblems(await lintFirefox(join(buildRoot, 'firefox'))).map((p) => `firefox web-ext lint: ${p}`),
  ];
  if (problems.length) {
    console.error(`release: not released:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('release: web-ext lint, manifests and size budgets pass');

  const names = releaseFiles();
  const zips: Record<string, Uint8Array> = {
    [names.chrome]: reproducibleZip(filesUnder(join(buildRoot, 'chrome'))),
    [names.firefox]: reproducibleZip(filesUnder(join(buildRoot, 'firefox'))),
    [names.source]: reproducibleZip(trackedFiles()),
  };
  rmSync(buildRoot, { recursive: true, force: true });
  for (const [name, bytes] of Object.entries(zips)) {
    writeFileSync(join(out, name), bytes);
    const sha = execFileSync('sha256sum', [join(out, name)]).toString().split(' ')[0];
    console.log(`release: ${join(out, name)} (${(bytes.length / 1024).toFixed(0)} KiB) sha256 ${sha}`);
  }
}

if (process.argv[1]?.endsWith('release.ts')) await main();

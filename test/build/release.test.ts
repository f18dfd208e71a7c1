// `npm run release` twice gives the same bytes, and its zips hold what the stores and reviewers need: each
// extension with its manifest at this version, LICENSE and the third-party notices; the source zip with
// everything git tracks, the privacy policy, the changelog and both languages' store listings among it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseFiles, version } from '../../scripts/release';
import { BUILD_TIMEOUT } from './built';

const repo = resolve(import.meta.dirname, '../..');
const names = releaseFiles();
const dirs: string[] = [];

function release(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jelas-release-'));
  dirs.push(dir);
  execFileSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/release.ts'], { cwd: repo, env: { ...process.env, JELAS_RELEASE_DIR: dir }, stdio: 'pipe' });
  return dir;
}

let first: string;
let second: string;
beforeAll(() => {
  first = release();
  second = release();
}, BUILD_TIMEOUT * 2);
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const unzip = (name: string) => unzipSync(readFileSync(join(first, name)));
const text = (b: Uint8Array | undefined) => (b ? new TextDecoder().decode(b) : '');

it('writes the two store zips and the source zip, and nothing else', () => {
  expect(readdirSync(first).sort()).toEqual(Object.values(names).sort());
});

it('gives byte-identical zips when run again', () => {
  for (const name of Object.values(names)) {
    expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
  }
});

describe.each(['chrome', 'firefox'] as const)('the %s zip', (browser) => {
  it('holds the manifest at this version, LICENSE and the third-party notices', () => {
    const files = unzip(names[browser]);
    expect(JSON.parse(text(files['manifest.json'])).version).toBe(version);
    expect(text(files['LICENSE'])).toBe(readFileSync('LICENSE', 'utf8'));
    expect(text(files['THIRD_PARTY_NOTICES.txt'])).toMatch(/^compromise \d/m);
    expect(Object.keys(files).filter((f) => f.endsWith('.map'))).toEqual([]);
  });
});

it('the source zip is the commit: the files git tracks, the policy, the changelog and both listings', () => {
  const files = unzip(names.source);
  const tracked = execFileSync('git', ['ls-tree', '-r', '--name-only', '--full-tree', 'HEAD'], { cwd: repo }).toString().trim().split('\n');
  expect(Object.keys(files).sort()).toEqual([...tracked].sort());
  for (const f of ['LICENSE', 'PRIVACY.md', 'CHANGELOG.md', 'package-lock.json', 'store/en/short.txt', 'store/en/long.txt', 'store/id/short.txt', 'store/id/long.txt', 'docs/release.md']) {
    expect(files[f], f).toBeDefined();
  }
});

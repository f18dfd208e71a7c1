// Licences ship with the code: every package whose code is in the bundle, as the source maps of a build
// with maps say (not the notices generator's list), is named in THIRD_PARTY_NOTICES.txt with its version and its
// licence text, in the unpacked extension and in its zip, beside our LICENSE; both builds, and the zips
// are the same bytes when built twice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildExtension, filesOf, removeBuild, type Browser } from './built';

const NOTICES = 'THIRD_PARTY_NOTICES.txt';

/** Packages (by name) whose files are sources of the build's source maps. */
export function bundledPackages(mapsDir: string): string[] {
  const names = new Set<string>();
  for (const file of filesOf(mapsDir).filter((f) => f.endsWith('.map'))) {
    const { sources, sourcesContent } = JSON.parse(readFileSync(join(mapsDir, file), 'utf8')) as { sources: string[]; sourcesContent?: Array<string | null> };
    sources.forEach((src, i) => {
      // A module the bundler kept no code of contributes nothing that ships.
      if (sourcesContent && !sourcesContent[i]?.trim()) return;
      const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(src);
      if (m) names.add(m[1]!);
    });
  }
  return [...names].sort();
}

/** The licence file a package ships, as the package has it. */
function licenceText(pkg: string): string {
  const dir = join('node_modules', pkg);
  const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  if (!file) throw new Error(`${pkg} ships no licence file`);
  return readFileSync(join(dir, file), 'utf8').trim();
}

const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : '');

let root: string;
let again: string;
let mapped: string;
beforeAll(() => {
  root = buildExtension(['chrome', 'firefox']);
  again = buildExtension(['chrome', 'firefox']);
  mapped = buildExtension(['chrome', 'firefox'], { JELAS_SOURCEMAP: '1' });
}, BUILD_TIMEOUT * 3);
afterAll(() => {
  for (const r of [root, again, mapped]) removeBuild(r);
});

describe.each(['chrome', 'firefox'] as Browser[])('%s build', (browser) => {
  const zip = () => unzipSync(readFileSync(join(root, `jelas-${browser}.zip`)));

  it('finds the bundled packages in the source maps, which stay out of the extension', () => {
    const packages = bundledPackages(join(mapped, 'sourcemaps', browser));
    // The engine's NLP, the UI, the browser API polyfill and the settings schema.
    expect(packages).toEqual(expect.arrayContaining(['compromise', 'preact', 'valibot', 'webextension-polyfill']));
    expect(filesOf(join(mapped, browser)).filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(Object.keys(zip()).filter((f) => f.endsWith('.map'))).toEqual([]);
    // Maps or not, the same packages are bundled.
    expect(readFileSync(join(mapped, browser, NOTICES), 'utf8')).toBe(readFileSync(join(root, browser, NOTICES), 'utf8'));
  });

  it('names every bundled package with its version and licence text, in the folder and the zip', () => {
    const notices = readFileSync(join(root, browser, NOTICES), 'utf8');
    expect(text(zip()[NOTICES])).toBe(notices);
    for (const pkg of bundledPackages(join(mapped, 'sourcemaps', browser))) {
      const { version, license } = JSON.parse(readFileSync(join('node_modules', pkg, 'package.json'), 'utf8')) as { version: string; license: string };
      expect(notices, pkg).toContain(`${pkg} ${version}\nLicense: ${license}`);
      expect(notices, `${pkg}'s licence text`).toContain(licenceText(pkg));
    }
  });

  it('ships our MIT licence', () => {
    const licence = readFileSync('LICENSE', 'utf8');
    expect(licence).toMatch(/^MIT License/);
    expect(text(zip()['LICENSE'])).toBe(licence);
    expect(existsSync(join(root, browser, 'LICENSE'))).toBe(true);
  });

  it('zips to the same bytes when built again', () => {
    expect(readFileSync(join(again, `jelas-${browser}.zip`)).equals(readFileSync(join(root, `jelas-${browser}.zip`)))).toBe(true);
  });
});

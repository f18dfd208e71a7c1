/**
 * Licences in the build: `LICENSE` (ours) and `THIRD_PARTY_NOTICES.txt`, the name, version, licence and
 * licence text of every package whose code the bundle contains. The list comes from rollup-plugin-license,
 * which reads the package.json above each module the bundler rendered into a chunk, so it is what ships,
 * not what package.json declares. test/build/notices.test.ts checks it against the build's source maps.
 */
import { readFileSync } from 'node:fs';
import license, { type Dependency } from 'rollup-plugin-license';
import type { Plugin } from 'vite';

export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

/** The notices text for these packages, sorted by name so the same bundle gives the same bytes. */
export function noticesText(deps: readonly Dependency[]): string {
  // A package.json without a version is a sub-entry's (preact/hooks, preact/jsx-runtime): its code is its
  // package's, listed under that package's own name.
  const packages = deps.filter((d) => d.name && d.version).sort((a, b) => (a.name! < b.name! ? -1 : a.name! > b.name! ? 1 : 0));
  const sections = packages.map((d) => {
    const head = [`${d.name} ${d.version}`, `License: ${d.license ?? 'UNKNOWN'}`];
    const repo = typeof d.repository === 'string' ? d.repository : d.repository?.url;
    if (repo) head.push(`Repository: ${repo}`);
    return [head.join('\n'), d.licenseText?.trim() ?? `(no licence file in the package; its package.json says ${d.license ?? 'nothing'})`, d.noticeText?.trim()]
      .filter(Boolean)
      .join('\n\n');
  });
  return [
    'Jelas includes the following third-party software. Each package is listed with its licence as shipped in',
    'the package. Jelas itself is MIT-licensed: see LICENSE.',
    '',
    ...sections.flatMap((s) => ['-'.repeat(78), s, '']),
  ].join('\n');
}

/** Emits LICENSE and THIRD_PARTY_NOTICES.txt into the build. */
export function noticesPlugin(): Plugin[] {
  let deps: Dependency[] = [];
  const scan = license({ thirdParty: { includePrivate: false, output: (d: Dependency[]) => void (deps = d) } }) as unknown as Plugin;
  return [
    { ...scan, name: 'jelas:licence-scan' },
    {
      name: 'jelas:notices',
      generateBundle() {
        // Runs after the scan's generateBundle (plugins run in order), which handed us the packages.
        this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: noticesText(deps) });
        this.emitFile({ type: 'asset', fileName: 'LICENSE', source: readFileSync('LICENSE', 'utf8') });
      },
    },
  ];
}

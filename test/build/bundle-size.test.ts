// The content script Gmail loads stays under its size budget (scripts/budgets.ts): built here, in a temp
// folder, and measured with the same walk of imports as `npm run bench` (scripts/bench/bundle.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, KIB } from '../../scripts/budgets';
import { contentScriptBundle, type ContentScriptBundle } from '../../scripts/bench/bundle';
import { BUILD_TIMEOUT, buildExtension, removeBuild } from './built';

describe('content script bundle', () => {
  let root: string;
  let dist: string;
  let bundle: ContentScriptBundle;

  beforeAll(() => {
    root = buildExtension(['chrome']);
    dist = join(root, 'chrome');
    bundle = contentScriptBundle(dist);
  }, BUILD_TIMEOUT);
  afterAll(() => removeBuild(root));

  it('counts every chunk the content script can load', () => {
    // crxjs makes exactly the content script's chunks web-accessible to Gmail, so they can be imported there.
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { web_accessible_resources: Array<{ resources: string[] }> };
    const loadable = manifest.web_accessible_resources.flatMap((w) => w.resources).filter((f) => f.endsWith('.js'));
    expect(bundle.chunks.map((c) => c.file)).toEqual(expect.arrayContaining(loadable));
    // compromise (found by its version string) is in it: the engine is what the content script analyses with.
    const { version } = JSON.parse(readFileSync('node_modules/compromise/package.json', 'utf8')) as { version: string };
    expect(bundle.chunks.some((c) => readFileSync(join(dist, c.file), 'utf8').includes(version))).toBe(true);
  });

  it('stays under its gzip and raw budgets', () => {
    const kib = (bytes: number) => Math.round((bytes / KIB) * 10) / 10;
    expect(kib(bundle.gzip), 'content script, all chunks, gzip (KiB)').toBeLessThanOrEqual(BUDGETS.contentGzip.max);
    expect(kib(bundle.raw), 'content script, all chunks, raw (KiB)').toBeLessThanOrEqual(BUDGETS.contentRaw.max);
    expect(kib(bundle.largest.gzip), `largest chunk ${bundle.largest.file}, gzip (KiB)`).toBeLessThanOrEqual(BUDGETS.largestGzip.max);
    expect(kib(bundle.largest.raw), `largest chunk ${bundle.largest.file}, raw (KiB)`).toBeLessThanOrEqual(BUDGETS.largestRaw.max);
  });
});

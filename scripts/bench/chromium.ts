/**
 * The two figures `npm run bench` measures in Chromium (the harness of the e2e tests, Gmail simulated).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchGmailSim, launchJelas, openCompose, typeInto, type GmailSimBrowser } from '../../test/e2e/harness';
import { median } from '../eval/metrics';
import type { ContentScriptBundle } from './bundle';

/**
 * A stand-in for the extension APIs in the page's main world: `runtime.id` is set (so
 * webextension-polyfill accepts it), every other property is the stand-in again, and every call
 * returns a promise that never settles (storage reads, messages). Source text: it runs in the page.
 */
const FAKE_EXTENSION_API = `(() => {
  const never = new Promise(() => {});
  const api = new Proxy(function () {}, {
    get: (_, k) => (k === 'id' ? 'bench' : k === 'then' || typeof k === 'symbol' ? undefined : api),
    apply: () => never,
  });
  for (const name of ['chrome', 'browser']) Object.defineProperty(globalThis, name, { value: api, configurable: true });
})()`;

/**
 * Runs in the page: makes a blob: URL of each chunk, dependencies first, pointing its `"./x.js"`
 * imports at the blob URLs made before it and ending it with a comment naming the run (so no source
 * text repeats); keeps the entry's URL for IMPORT_TIMED. Source text: tsx's helpers do not exist in
 * the page.
 */
const PREPARE = `({ files, entry, run }) => {
  const urls = new Map();
  const base = (f) => f.slice(f.lastIndexOf('/') + 1);
  for (const { file, code } of files) {
    const linked = code.replace(/(["'\`])\\.\\/([^"'\`/]+\\.js)\\1/g, (m, q, name) => (urls.has(name) ? q + urls.get(name) + q : m));
    urls.set(base(file), URL.createObjectURL(new Blob([linked, '\\n// run ' + run], { type: 'text/javascript' })));
  }
  window.__benchEntry = urls.get(base(entry));
}`;
const IMPORT_TIMED = `(async () => {
  const t0 = performance.now();
  await import(window.__benchEntry);
  return performance.now() - t0;
})()`;

export interface ParseEval {
  /** Median wall-clock ms of the runs, and of each run. */
  ms: number;
  runs: number[];
  /** Median CPU ms of the page's main thread during the import (CDP ThreadTime): what load cannot inflate. */
  cpuMs: number;
  /** Whether the content script got as far as saying it is ready (its start() ran through). */
  started: boolean;
}

/**
 * Compile + evaluate time of the content script's modules in Chromium, cold.
 *
 * Method: each run opens a fresh simulated Gmail page (inbox, no compose) on https://mail.google.com,
 * turns every chunk the content script loads into a blob: URL (dependencies first, each chunk's
 * `"./x.js"` imports rewritten to the blob URLs, all before the clock starts), then times
 * `await import(entry)` with performance.now(); CDP's Performance.getMetrics before and after gives
 * the main thread's CPU time (ThreadTime) over the same import, which a busy machine does not
 * stretch as it does the wall clock. The source is already in memory, so the time is parsing,
 * compiling, linking and evaluating every module, compromise's lexicon set-up included, plus the
 * entry's synchronous start() on the page (extension APIs answered by a stand-in that never replies,
 * so no settings arrive and nothing is analysed). A fresh document, fresh blob URLs and source text
 * made unique by a comment mean no module map, code cache or V8 compilation cache is reused. crxjs's
 * 0.3 KB loader, which only calls import(), is left out. The figures are medians of the runs.
 */
export async function parseEvalTime(dist: string, bundle: ContentScriptBundle, runs = 5): Promise<ParseEval> {
  const modules = bundle.chunks.filter((c) => c.file.endsWith('.js') && !bundle.entries.includes(c.file));
  const entry = modules.at(-1)!.file; // what the loader imports: the last chunk before the loader
  for (const c of modules) {
    for (const dep of c.imports) {
      if (modules.findIndex((m) => m.file === dep) > modules.indexOf(c)) throw new Error(`import cycle through ${c.file}: cannot load it from blob: URLs`);
    }
  }
  const files = modules.map((c) => ({ file: c.file, code: readFileSync(join(dist, c.file), 'utf8') }));
  const sim = await launchGmailSim();
  const times: number[] = [];
  const cpu: number[] = [];
  let started = true;
  try {
    for (let i = 0; i < runs; i++) {
      const page = await sim.openGmail('inbox');
      await page.evaluate(FAKE_EXTENSION_API);
      const ready = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('[jelas] content script ready'), timeout: 2000 }).then(
        () => true,
        () => false,
      );
      await page.evaluate(`(${PREPARE})(${JSON.stringify({ files, entry, run: i })})`);
      const cdp = await sim.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const metric = async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
      };
      const before = await metric();
      times.push((await page.evaluate(IMPORT_TIMED)) as number);
      const after = await metric();
      cpu.push(after - before);
      started &&= await ready;
      await page.close();
    }
  } finally {
    await sim.close();
  }
  return { ms: median(times), runs: times, cpuMs: median(cpu), started };
}

export interface Memory {
  /** JS heap used (MB) of the tab with Jelas, and of the same tab without any extension. */
  withJelasMB: number;
  withoutMB: number;
  /** How many of the three composes showed findings before the heap was read (3 expected). */
  composesAnalysed: number;
}

/** Sentences typed into each compose: each has findings, so every compose is analysed and underlined. */
const TYPED = [
  'Hi Tom, could you send me the signed contract? I will check the venue tomorrow and get back to you soon.',
  'oke, noted. Tolong kirim laporannya secepatnya ya, nanti saya cek lagi.',
  'As I said, the numbers are not final yet. Can you confirm the budget next week?',
];

/** Composes whose findings our overlay lists (0 without Jelas). */
async function composesWithFindings(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-jelas-overlay]')?.shadowRoot;
    return new Set([...(root?.querySelectorAll('[data-jelas="list"] li[data-rule]') ?? [])].map((li) => li.getAttribute('data-compose'))).size;
  });
}

async function gmailTabHeapMB(browser: GmailSimBrowser, jelas: boolean): Promise<{ mb: number; analysed: number }> {
  const page = await browser.openGmail('two-dialogs');
  if (jelas) await page.waitForSelector('[data-jelas-overlay]', { state: 'attached' });
  await openCompose(page, { to: 'tom@client.example', subject: 'Contract' });
  for (const [i, text] of TYPED.entries()) await typeInto(page, i, text);
  let analysed = 0;
  for (const t0 = Date.now(); Date.now() - t0 < 5000; await page.waitForTimeout(100)) {
    analysed = await composesWithFindings(page);
    if (!jelas || analysed >= 3) break;
  }
  await page.waitForTimeout(500); // idle work (and, without Jelas, the same settling time)
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return { mb: used / 1024 / 1024, analysed };
}

/**
 * JS heap of a simulated Gmail tab with three composes open (the two-dialogs page plus one more
 * dialog), a few sentences typed into each and analysed: with Jelas, and without any extension.
 * Read with CDP after forced garbage collections: Performance.getMetrics' JSHeapUsedSize is the
 * tab's whole V8 heap, content script's isolated world included.
 */
export async function gmailTabMemory(dist: string): Promise<Memory> {
  const jelas = await launchJelas({ dist });
  let withJelas: { mb: number; analysed: number };
  try {
    withJelas = await gmailTabHeapMB(jelas, true);
  } finally {
    await jelas.close();
  }
  const plain = await launchGmailSim();
  try {
    const without = await gmailTabHeapMB(plain, false);
    return { withJelasMB: withJelas.mb, withoutMB: without.mb, composesAnalysed: withJelas.analysed };
  } finally {
    await plain.close();
  }
}

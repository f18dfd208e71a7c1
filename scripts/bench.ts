/**
 * `npm run bench`: how much Jelas costs, printed as one table (figure | value | budget | within budget):
 *  - engine time by draft size (cold) and per keystroke, in node (scripts/bench/engine.ts);
 *  - the same drafts through retext (another JavaScript prose linter), as the ratio Jelas ÷ retext;
 *  - the slowest time per character over the fuzz tests' hostile 100,000-character drafts;
 *  - the content script Gmail loads: raw and gzip size of all its chunks and of the largest
 *    (scripts/bench/bundle.ts), and its parse + evaluate time in Chromium (scripts/bench/chromium.ts);
 *  - the JS heap of a simulated Gmail tab with three composes, with and without Jelas.
 * Budgets come from scripts/budgets.ts. Over budget is marked ✗ but the exit code stays 0: this is a
 * report (the bundle-size test is the gate for size).
 *
 *   npm run bench                                   # builds the Chrome extension into .out/bench first
 *   JELAS_BENCH_DIST=/tmp/jelas-x npm run bench      # reuses a build (its root or its chrome/ folder)
 */
import { execFileSync } from 'node:child_process';
import { resolveDist } from '../test/e2e/harness';
import { BUDGETS, KIB, formatBudget, withinBudget, type BudgetId } from './budgets';
import { contentScriptBundle } from './bench/bundle';
import { gmailTabMemory, parseEvalTime } from './bench/chromium';
import { COLD_SIZES, KEYSTROKE_TASK, NO_CHANGE_TASK, adversarialPerChar, coldTask, compareWithRetext, engineBench } from './bench/engine';

const started = Date.now();
const OUT = '.out/bench';

function builtExtension(): string {
  const given = process.env.JELAS_BENCH_DIST;
  if (given) return resolveDist(given);
  execFileSync(process.execPath, ['scripts/build.mjs', 'chrome'], { env: { ...process.env, JELAS_OUT_ROOT: OUT }, stdio: ['ignore', 'ignore', 'inherit'] });
  return resolveDist(OUT);
}

const ms = (n: number) => (n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(2)} ms`);
const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;

interface Row {
  figure: string;
  value: string;
  budget?: BudgetId;
  /** The figure in its budget's unit. */
  measured?: number;
}
const rows: Row[] = [];

const dist = builtExtension();
console.error(`bench: the extension at ${dist}; engine in node first (~45 s), then Chromium (~30 s)…`);

// Engine, and retext on the same drafts.
const engine = await engineBench();
const row = (task: string) => engine.find((r) => r.task === task)!;
const timed = (task: string, budget?: BudgetId) => {
  const r = row(task);
  rows.push({ figure: `${task} (median)`, value: `${ms(r.median)} (p99 ${ms(r.p99)}, ${r.runs} runs)`, budget, measured: r.median });
};
const coldBudget: Record<number, BudgetId> = { 50: 'cold50', 300: 'cold300', 1000: 'cold1000', 5000: 'cold5000' };
for (const w of COLD_SIZES) timed(coldTask(w), coldBudget[w]);
timed(KEYSTROKE_TASK, 'keystroke');
timed(NO_CHANGE_TASK, 'noChange');
const ratioBudget: Record<number, BudgetId> = { 50: 'ratio50', 300: 'ratio300', 1000: 'ratio1000' };
for (const { words, jelas, retext } of await compareWithRetext()) {
  const ratio = jelas / retext;
  rows.push({ figure: `Jelas cold ÷ retext, ${words} words (medians, run in turn)`, value: `${ratio.toFixed(2)}× (${ms(jelas)} ÷ ${ms(retext)})`, budget: ratioBudget[words], measured: ratio });
}

// Hostile input: the fuzz tests' worst cases.
const worst = adversarialPerChar();
rows.push({
  figure: 'slowest of 21 hostile 100,000-character drafts, per character (cold, every rule on)',
  value: `${worst.usPerChar.toFixed(1)} µs (${worst.name}: ${ms(worst.ms)})`,
  budget: 'hostilePerChar',
  measured: worst.usPerChar,
});

// The content script's chunks.
const bundle = contentScriptBundle(dist);
const n = bundle.chunks.length;
rows.push({ figure: `content script, all chunks, raw (${n} files)`, value: kib(bundle.raw), budget: 'contentRaw', measured: bundle.raw / KIB });
rows.push({ figure: `content script, all chunks, gzip (${n} files)`, value: kib(bundle.gzip), budget: 'contentGzip', measured: bundle.gzip / KIB });
const big = bundle.largest;
const bigName = big.file.replace(/^.*\//, '');
rows.push({ figure: `largest chunk, raw (${bigName})`, value: kib(big.raw), budget: 'largestRaw', measured: big.raw / KIB });
rows.push({ figure: `largest chunk, gzip (${bigName})`, value: kib(big.gzip), budget: 'largestGzip', measured: big.gzip / KIB });

// Chromium.
const parse = await parseEvalTime(dist, bundle);
const unstarted = parse.started ? '' : ' (start() did not finish!)';
rows.push({ figure: 'content script parse + evaluate, Chromium, main-thread CPU (median of cold pages)', value: `${ms(parse.cpuMs)}${unstarted}`, budget: 'parseEval', measured: parse.cpuMs });
rows.push({ figure: 'the same, wall clock (stretched by a busy machine)', value: `${ms(parse.ms)} (runs: ${parse.runs.map((t) => t.toFixed(0)).join(', ')} ms)` });
const mem = await gmailTabMemory(dist);
const added = mem.withJelasMB - mem.withoutMB;
const note = mem.composesAnalysed === 3 ? '' : ` (only ${mem.composesAnalysed} of 3 composes analysed!)`;
rows.push({ figure: 'JS heap, Gmail tab with 3 composes, with Jelas', value: `${mem.withJelasMB.toFixed(1)} MB${note}` });
rows.push({ figure: 'JS heap, the same tab without Jelas', value: `${mem.withoutMB.toFixed(1)} MB` });
rows.push({ figure: 'JS heap Jelas adds to that tab', value: `${added.toFixed(1)} MB`, budget: 'memoryAdded', measured: added });

let over = 0;
console.log('| figure | value | budget | within budget |');
console.log('|---|---:|---:|:---:|');
for (const r of rows) {
  const ok = r.budget && r.measured !== undefined ? withinBudget(r.budget, r.measured) : undefined;
  if (ok === false) over++;
  console.log(`| ${r.figure} | ${r.value} | ${r.budget ? formatBudget(r.budget) : '—'} | ${ok === undefined ? '' : ok ? '✓' : '✗ OVER'} |`);
}
console.log('');
console.log(
  over
    ? `✗ ${over} figure${over > 1 ? 's' : ''} over budget (budgets: scripts/budgets.ts)`
    : `✓ every figure within budget (${Object.keys(BUDGETS).length} budgets in scripts/budgets.ts)`,
);
console.log(`bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);

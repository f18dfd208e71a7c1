/**
 * Engine speed in node (tinybench):
 *  - cold analysis of 50-, 300-, 1,000- and 5,000-word drafts (a fresh Analyzer each time: nothing cached);
 *  - one keystroke's re-analysis of a 300-word draft (the Analyzer a compose keeps: one sentence changed);
 *  - the 50-, 300- and 1,000-word drafts through another JavaScript prose linter in the same process:
 *    unified + retext-english with retext-passive, retext-simplify and retext-equality (+ retext-stringify),
 *    timed alternately with a cold Jelas analysis so both see the same machine load.
 *  - the fuzz tests' hostile 100,000-character drafts: the slowest time per character.
 * Drafts are built from a fixed mix of English, Indonesian and mixed email sentences, replying to a quote.
 */
import { Bench } from 'tinybench';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import retextPassive from 'retext-passive';
import retextSimplify from 'retext-simplify';
import retextStringify from 'retext-stringify';
import { Analyzer } from '../../src/engine/analyze';
import { ALL_RULES_ON, adversarialSamples } from '../../test/engine/fuzz/inputs';
import { median } from '../eval/metrics';

const SENTENCES = [
  'Hi Dina, thanks for the quick turnaround on the launch plan.',
  'Could you send me the final press release by Friday at 3 PM?',
  "I'll review the budget with finance tomorrow and get back to you soon.",
  'Tolong kirim laporan penjualan bulan ini paling lambat Senin jam 10.00 ya.',
  'Nanti saya cek lagi datanya dan kabari secepatnya.',
  'oke, I will email you the deck tomorrow at 1 PM the latest ya.',
  'As I said, the numbers are not final yet, so please be patient.',
  'Apakah rapatnya jadi hari Kamis, atau diundur ke minggu depan?',
  'The venue can hold about two hundred people, and catering is confirmed.',
  'Let me know if the new timeline works for your team.',
  'Mohon maaf atas keterlambatannya, file-nya sudah saya lampirkan.',
  'We still need the signed contract before we can book the room.',
];

export function draft(words: number, salt = ''): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    // vary each sentence so a long draft is not one cached sentence repeated
    const text = i < SENTENCES.length ? s : s.replace(/\.$/, ` (${i}).`);
    out.push(text);
    n += text.split(/\s+/).length;
    if (i % 4 === 3) out.push('\n\n');
  }
  return `Hi Dina,\n\n${out.join(' ')}${salt}\n\nThanks,\nSari`;
}

const QUOTED = 'Hi Sari, when can we get the press release? How many guests should we expect? Please share the deck tomorrow.';

export const COLD_SIZES = [50, 300, 1000, 5000] as const;
/** Sizes also run through retext (5,000 words would add half a minute and say nothing new). */
export const COMPARED_SIZES = [50, 300, 1000] as const;

export interface EngineRow {
  task: string;
  /** ms */
  median: number;
  p99: number;
  runs: number;
}

export const coldTask = (words: number) => `cold analysis, ${words} words`;
export const KEYSTROKE_TASK = 'keystroke re-analysis, 300-word draft';
export const NO_CHANGE_TASK = 're-analysis with no change, 300-word draft';

export async function engineBench(): Promise<EngineRow[]> {
  const bench = new Bench({ time: 400, warmupTime: 100 });
  for (const words of COLD_SIZES) {
    const text = draft(words);
    bench.add(coldTask(words), () => {
      new Analyzer().analyze(text, QUOTED);
    });
  }

  // One keystroke: the compose's Analyzer has seen the draft; the user types one more character inside a
  // sentence in the middle. Every run types a text never seen before, so the changed sentence is parsed.
  const warm = new Analyzer();
  const base = draft(300);
  warm.analyze(base, QUOTED);
  const mid = base.indexOf(' ', base.length / 2);
  let k = 0;
  bench.add(KEYSTROKE_TASK, () => {
    k++;
    warm.analyze(`${base.slice(0, mid)} w${k}${base.slice(mid)}`, QUOTED);
  });
  // What a re-analysis costs besides parsing: segmentation, offsets, the rules (nothing changed).
  bench.add(NO_CHANGE_TASK, () => {
    warm.analyze(base, QUOTED);
  });

  await bench.run();
  return bench.tasks.map((t) => {
    const r = t.result as { latency?: { p50?: number; p99?: number; samplesCount?: number }; samples?: number[] } | undefined;
    const lat = r?.latency;
    return { task: t.name, median: lat?.p50 ?? NaN, p99: lat?.p99 ?? NaN, runs: lat?.samplesCount ?? r?.samples?.length ?? 0 };
  });
}

export interface Comparison {
  words: number;
  /** Median ms of a cold Jelas analysis and of a retext run, timed alternately. */
  jelas: number;
  retext: number;
}

/**
 * Jelas against retext on each of COMPARED_SIZES. The two run in turn (Jelas, retext, Jelas, …) so a
 * busy machine slows both alike and the ratio stays meaningful. retext's processor is built once, as an
 * app would keep it; it keeps nothing between texts, so each run is as cold as a fresh Analyzer.
 */
export async function compareWithRetext(rounds = 25): Promise<Comparison[]> {
  const retext = unified().use(retextEnglish).use(retextPassive).use(retextSimplify).use(retextEquality).use(retextStringify).freeze();
  const out: Comparison[] = [];
  for (const words of COMPARED_SIZES) {
    const text = draft(words);
    const jelas: number[] = [];
    const other: number[] = [];
    for (let i = -2; i < rounds; i++) {
      let t0 = performance.now();
      new Analyzer().analyze(text, QUOTED);
      const a = performance.now() - t0;
      t0 = performance.now();
      await retext.process(text);
      const b = performance.now() - t0;
      if (i >= 0) (jelas.push(a), other.push(b)); // the first two rounds warm up
    }
    out.push({ words, jelas: median(jelas), retext: median(other) });
  }
  return out;
}

/**
 * The fuzz tests' 21 kinds of hostile 100,000-character draft (test/engine/fuzz/inputs.ts), each
 * analysed cold with every rule on: the slowest time per character (median of 3 runs per draft).
 */
export function adversarialPerChar(): { name: string; usPerChar: number; ms: number } {
  let worst = { name: '', usPerChar: 0, ms: 0 };
  for (const sample of adversarialSamples()) {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      new Analyzer().analyze(sample.text, sample.quoted ?? null, { rules: ALL_RULES_ON, ...sample.options });
      runs.push(performance.now() - t0);
    }
    const ms = median(runs);
    const usPerChar = (ms * 1000) / (sample.text.length + (sample.quoted?.length ?? 0));
    if (usPerChar > worst.usPerChar) worst = { name: sample.name, usPerChar, ms };
  }
  return worst;
}

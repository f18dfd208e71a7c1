/**
 * `npm run bench`: engine speed, printed as one table.
 *  - cold analysis of 50-, 300-, 1,000- and 5,000-word drafts (a fresh Analyzer each time: nothing cached);
 *  - one keystroke's re-analysis of a 300-word draft (the Analyzer a compose keeps: one sentence changed).
 * Drafts are built from a fixed mix of English, Indonesian and mixed email sentences, replying to a quote.
 */
import { Bench } from 'tinybench';
import { Analyzer } from '../src/engine/analyze';

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

function draft(words: number, salt = ''): string {
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

const bench = new Bench({ time: 400, warmupTime: 100 });
for (const words of [50, 300, 1000, 5000]) {
  const text = draft(words);
  bench.add(`cold analysis, ${words} words`, () => {
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
bench.add('keystroke re-analysis, 300-word draft', () => {
  k++;
  warm.analyze(`${base.slice(0, mid)} w${k}${base.slice(mid)}`, QUOTED);
});
// What a re-analysis costs besides parsing: segmentation, offsets, the rules (nothing changed).
bench.add('re-analysis with no change, 300-word draft', () => {
  warm.analyze(base, QUOTED);
});

await bench.run();

const rows = bench.tasks.map((t) => {
  const r = t.result as { latency?: { p50?: number; p99?: number; samplesCount?: number }; samples?: number[] } | undefined;
  const lat = r?.latency;
  return { task: t.name, median: lat?.p50 ?? NaN, p99: lat?.p99 ?? NaN, runs: lat?.samplesCount ?? r?.samples?.length ?? 0 };
});
const ms = (n: number) => (n < 1 ? `${(n * 1000).toFixed(0)} µs` : `${n.toFixed(2)} ms`);
console.log('| benchmark | median | p99 | runs |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.task} | ${ms(r.median)} | ${ms(r.p99)} | ${r.runs} |`);

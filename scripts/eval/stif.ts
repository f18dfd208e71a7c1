/**
 * STIF-Indonesia (customer-service tweets, informal `.inf` lines with formal `.for` rewrites, paired
 * line by line). Only metrics with honest labels:
 * - language: every line is Indonesian (some code-mixed), so detectLang should say 'id' or 'mixed';
 *   reported for both registers, with the strict 'id' rate beside it.
 * - register: `indonesianRegister` should score each informal line below its own formal twin.
 *   Pairwise accuracy counts a tie as a miss; pairs whose two lines are identical are left out.
 * Requests are not reported: "tolong"/"mohon" in a line is not a label.
 */
import { readFileSync } from 'node:fs';
import { detectLang } from '../../src/engine/lang';
import { indonesianRegister } from '../../src/engine/id/signals';
import { corpus } from './paths';
import { Analyzer } from '../../src/engine/analyze';
import type { EvalRow } from './table';

export type StifRow = EvalRow;

export interface StifPair {
  informal: string;
  formal: string;
}

export function loadStif(split: 'dev' | 'train'): StifPair[] {
  const read = (ext: string): string[] => readFileSync(corpus('stif-indonesia', `${split}.${ext}`), 'utf8').split('\n');
  const inf = read('inf');
  const form = read('for');
  const pairs: StifPair[] = [];
  for (let i = 0; i < Math.min(inf.length, form.length); i++) {
    const informal = inf[i]!.trim();
    const formal = form[i]!.trim();
    if (informal && formal) pairs.push({ informal, formal });
  }
  return pairs;
}

function langRows(split: string, lines: readonly string[], register: string): StifRow[] {
  let idOrMixed = 0;
  let idOnly = 0;
  for (const line of lines) {
    const lang = detectLang(line);
    if (lang !== 'en') idOrMixed++;
    if (lang === 'id') idOnly++;
  }
  return [
    { set: `stif-${split}.${register}`, metric: 'lang: id or mixed', value: idOrMixed / lines.length, n: lines.length },
    { set: `stif-${split}.${register}`, metric: 'lang: id', value: idOnly / lines.length, n: lines.length, note: 'code-mixed tweets may fairly be "mixed"' },
  ];
}

function registerRows(split: string, pairs: readonly StifPair[]): StifRow[] {
  const distinct = pairs.filter((p) => p.informal !== p.formal);
  let correct = 0;
  let ties = 0;
  for (const p of distinct) {
    const a = indonesianRegister(p.informal);
    const b = indonesianRegister(p.formal);
    if (a < b) correct++;
    else if (a === b) ties++;
  }
  return [
    { set: `stif-${split}`, metric: 'register: informal < formal twin', value: correct / distinct.length, n: distinct.length, note: 'ties count as misses' },
    { set: `stif-${split}`, metric: 'register: ties', value: ties / distinct.length, n: distinct.length },
  ];
}

/** A formal client message, the thread each STIF line is read as a reply to. */
const FORMAL_THREAD =
  'Dengan hormat,\nBapak/Ibu, mohon informasi mengenai status pesanan kami nomor 4471 yang belum kami terima. Terima kasih atas perhatiannya.\nHormat kami,\nRina Marlina';

/**
 * register-mismatch on STIF dev: each line as a reply to a formal client. Informal lines should be flagged; their
 * formal twins hardly ever (a flagged formal line is a false alarm, or a word STIF's standard Indonesian keeps and
 * business email does not, like "kamu").
 */
function registerMismatchRows(pairs: readonly StifPair[]): StifRow[] {
  const analyzer = new Analyzer();
  const found = (line: string) => analyzer.analyze(line, FORMAL_THREAD, { lang: 'id', sensitivity: 'normal', rules: { 'register-mismatch': true } }).findings.filter((f) => f.rule === 'register-mismatch');
  const flagged = (line: string) => found(line).length > 0;
  // STIF's formal twin is standard Indonesian, which keeps aku, kamu and kak; business email does not
  const pronoun = /^(?:aku|kamu|kak)$/i;
  const distinct = pairs.filter((p) => p.informal !== p.formal);
  const inf = distinct.filter((p) => flagged(p.informal)).length;
  const form = distinct.filter((p) => flagged(p.formal)).length;
  const formOther = distinct.filter((p) => found(p.formal).some((f) => !pronoun.test(f.text))).length;
  const casual = distinct.filter((p) => analyzer.analyze(p.informal, 'Halo kak, pesanan aku udah nyampe belum ya? makasih', { lang: 'id', rules: { 'register-mismatch': true } }).findings.some((f) => f.rule === 'register-mismatch')).length;
  return [
    { set: 'stif-dev', metric: 'register-mismatch: informal lines flagged (formal thread)', value: inf / distinct.length, n: distinct.length },
    { set: 'stif-dev', metric: 'register-mismatch: formal lines flagged (formal thread)', value: form / distinct.length, n: distinct.length, note: 'should be near 0' },
    { set: 'stif-dev', metric: 'register-mismatch: formal lines flagged for other than aku/kamu/kak', value: formOther / distinct.length, n: distinct.length, note: 'STIF\'s standard Indonesian keeps aku, kamu, kak; the rest are words its rewrites left' },
    { set: 'stif-dev', metric: 'register-mismatch: informal lines flagged (casual thread)', value: casual / distinct.length, n: distinct.length, note: 'should be near 0: a casual thread stays casual' },
  ];
}

export function evalStif(): StifRow[] {
  const rows: StifRow[] = [];
  for (const split of ['dev', 'train'] as const) {
    const pairs = loadStif(split);
    rows.push(...langRows(split, pairs.map((p) => p.informal), 'inf'));
    rows.push(...langRows(split, pairs.map((p) => p.formal), 'for'));
    rows.push(...registerRows(split, pairs));
    if (split === 'dev') rows.push(...registerMismatchRows(pairs));
  }
  return rows;
}

// `npx tsx scripts/eval/stif.ts` prints this module's rows alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of evalStif()) console.log(`${r.set}\t${r.metric}\t${r.value.toFixed(3)}\tn=${r.n}${r.note ? `\t(${r.note})` : ''}`);
}

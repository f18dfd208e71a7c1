/**
 * Email intent (ParakweetLabs, 3,657 Enron sentences labelled Yes/No).
 *
 * What "Yes" means: the dataset's label is "the sentence asks for an action or a reply". A direct or
 * indirect question asks for a reply, so the prediction is `isRequest || isQuestion` — the same union
 * the deadline and unanswered-question rules act on. Commitments are not asks and are not counted.
 * A row can hold more than one sentence; it is positive when any of its sentences is.
 */
import { readFileSync } from 'node:fs';
import { Analyzer } from '../../src/engine/analyze';
import { englishSignals } from '../../src/engine/en/signals';
import { splitSentences } from '../../src/engine/sentences';
import { confusion, prf } from './metrics';
import { corpus } from './paths';
import type { EvalRow } from './table';

export interface IntentItem {
  gold: boolean;
  text: string;
}

export function loadIntent(file = corpus('email-intent', 'Ask0729-fixed.txt')): IntentItem[] {
  const items: IntentItem[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab === -1) continue;
    const label = line.slice(0, tab).trim();
    if (label !== 'Yes' && label !== 'No') continue;
    items.push({ gold: label === 'Yes', text: line.slice(tab + 1).trim() });
  }
  return items;
}

/** Our reading: some sentence of the row asks for an action or a reply. */
export function asksSomething(text: string): boolean {
  const sentences = splitSentences(text);
  return (sentences.length ? sentences.map((s) => s.text) : [text]).some((s) => {
    const sig = englishSignals(s);
    return sig.isRequest || sig.isQuestion;
  });
}

/** The naive rule the brief measures against: a question mark or the word "please". */
export function naiveAsks(text: string): boolean {
  return /\?|\bplease\b/i.test(text);
}

export function evalEmailIntent(items = loadIntent()): EvalRow[] {
  const rows: EvalRow[] = [];
  const score = (name: string, predict: (t: string) => boolean) => {
    const m = prf(confusion(items.map((it) => ({ gold: it.gold, predicted: predict(it.text) }))));
    rows.push(
      { set: 'email-intent', metric: `${name} precision`, value: m.precision, n: items.length },
      { set: 'email-intent', metric: `${name} recall`, value: m.recall, n: items.length },
      { set: 'email-intent', metric: `${name} F1`, value: m.f1, n: items.length },
    );
  };
  score('request∨question', asksSomething);
  score('baseline ?/please', naiveAsks);
  rows.push(...deadlineRates(items));
  return rows;
}

/**
 * The deadline rules end to end: they should fire on some "Yes" rows (asks with no concrete time) and
 * almost never on "No" rows (statements, which need no deadline).
 */
function deadlineRates(items: readonly IntentItem[]): EvalRow[] {
  const analyzer = new Analyzer();
  const fires = (text: string) =>
    analyzer.analyze(text).findings.some((f) => f.rule === 'missing-deadline' || f.rule === 'vague-time');
  const yes = items.filter((it) => it.gold);
  const no = items.filter((it) => !it.gold);
  const rate = (set: readonly IntentItem[]) => set.filter((it) => fires(it.text)).length / set.length;
  return [
    { set: 'email-intent', metric: 'deadline rules fire on "Yes" rows', value: rate(yes), n: yes.length, note: 'asks with no concrete time' },
    { set: 'email-intent', metric: 'deadline rules fire on "No" rows', value: rate(no), n: no.length, note: 'should be low; includes promises ("I will find out asap"), which the label does not count as asks' },
  ];
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evalSegmentation, goldQuoteStart, type AnnotatedEmail } from '../../../scripts/eval/enron-zones';
import { asksSomething, loadIntent } from '../../../scripts/eval/email-intent';
import type { Zone } from '../../../src/engine/types';
import { describe, expect, it } from 'vitest';
import { confusion, prf, quantile } from '../../../scripts/eval/metrics';
import { evalPoliteness, parseCsv, requestPoliteness } from '../../../scripts/eval/politeness';
import { detokenize } from '../../../scripts/eval/mailex';
import { renderTable } from '../../../scripts/eval/table';
import { bagOfNgrams, crossValidate, joinFeatures, predict, train } from '../../../scripts/eval/logreg';

describe('eval metrics', () => {
  it('computes precision, recall and F1 on a hand-made set', () => {
    // gold:      T T T F F F T F
    // predicted: T T F T F F T F  → tp 3, fn 1, fp 1, tn 3
    const gold = [true, true, true, false, false, false, true, false];
    const predicted = [true, true, false, true, false, false, true, false];
    const c = confusion(gold.map((g, i) => ({ gold: g, predicted: predicted[i]! })));
    expect(c).toEqual({ tp: 3, fp: 1, fn: 1, tn: 3 });
    const m = prf(c);
    expect(m.precision).toBeCloseTo(0.75);
    expect(m.recall).toBeCloseTo(0.75);
    expect(m.f1).toBeCloseTo(0.75);
    expect(m.accuracy).toBeCloseTo(0.75);
  });

  it('gives an uneven F1 as the harmonic mean', () => {
    const m = prf({ tp: 1, fp: 0, fn: 3, tn: 0 });
    expect(m.precision).toBe(1);
    expect(m.recall).toBe(0.25);
    expect(m.f1).toBeCloseTo(0.4);
  });

  it('reports an empty denominator as NaN, printed n/a', () => {
    const m = prf({ tp: 0, fp: 0, fn: 2, tn: 5 });
    expect(m.precision).toBeNaN();
    expect(renderTable([{ set: 's', metric: 'precision', value: m.precision, n: 7 }])).toContain('| s | precision | n/a | 7 |');
  });

  it('interpolates quantiles like numpy', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(quantile([4, 1, 3, 2], 0.5)).toBeCloseTo(2.5);
    expect(quantile([5], 0.75)).toBe(5);
  });

  it('parses quoted CSV fields with commas, quotes and newlines', () => {
    const rows = parseCsv('a,b\n"x, ""y""\nz",2\n');
    expect(rows).toEqual([
      ['a', 'b'],
      ['x, "y"\nz', '2'],
    ]);
  });

  it('undoes treebank tokenisation', () => {
    expect(detokenize(['I', 'did', "n't", 'see', 'it', ',', 'sorry', '.'])).toBe("I didn't see it, sorry.");
  });

  it('prints a markdown table', () => {
    expect(renderTable([{ set: 'email-intent', metric: 'F1', value: 0.75123, n: 10 }]).split('\n')).toEqual([
      '| set | metric | value | n |',
      '|---|---|---:|---:|',
      '| email-intent | F1 | 0.751 | 10 |',
    ]);
  });
});


describe('logistic-regression reference', () => {
  // Word choice decides the label in half the items and is noise in the rest, so a learner must find it.
  const texts = Array.from({ length: 200 }, (_, i) => `${i % 2 ? 'thanks kindly' : 'fix this'} item${i % 7} word${i % 5}`);
  const labels = texts.map((t) => t.startsWith('thanks'));

  it('builds binary 1-2-gram features and drops rare ones', () => {
    const rows = bagOfNgrams(['a b a', 'a c', 'd'], 2, 2);
    // only "a" occurs in two items; "a b", "b a", "b", "c", "a c", "d" occur once
    expect(rows).toEqual([[0], [0], []]);
    expect(joinFeatures([[0, 1], [1]], [[0], []])).toEqual([[0, 1, 2], [1]]);
  });

  it('learns a word that decides the label and predicts unseen items', () => {
    const rows = bagOfNgrams(texts);
    const model = train(rows, labels);
    expect(rows.every((r, i) => predict(model, r) === labels[i])).toBe(true);
    expect(crossValidate(rows, labels, 5)).toBe(1);
  });

  it('stays near chance when the labels carry no signal', () => {
    const noise = texts.map((_, i) => (i * 7919) % 13 < 6);
    const acc = crossValidate(bagOfNgrams(texts.map((t) => t.replace(/^\S+ \S+ /, ''))), noise, 5);
    expect(acc).toBeLessThan(0.7);
  });
});

describe('eval loaders and scorers', () => {
  it('scores the politeness quartile task per class, with the fixed threshold at 0', () => {
    const polite = ['Thanks so much! Could you perhaps share the slides?', 'Hi Sam, I was wondering if you could help. Thank you!'];
    const rude = ["Why didn't you read the email? This is useless.", 'Send it now. Why is it late?'];
    const items = [
      ...polite.map((text, i) => ({ text, score: 1 + i })),
      ...rude.map((text, i) => ({ text, score: -1 - i })),
      { text: 'The meeting is at noon.', score: 0 },
      { text: 'Noted.', score: 0.1 },
    ];
    for (const t of polite) expect(requestPoliteness(t)).toBeGreaterThan(0);
    for (const t of rude) expect(requestPoliteness(t)).toBeLessThan(0);
    const rows = evalPoliteness(items);
    const value = (metric: string) => rows.find((r) => r.metric.startsWith(metric))?.value;
    expect(value('accuracy, mean sentence politeness > 0')).toBe(1);
    expect(value('recall of polite quartile')).toBe(1);
    expect(value('recall of impolite quartile')).toBe(1);
  });

  it('reads the email-intent format and skips malformed lines', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jelas-eval-'));
    const file = path.join(dir, 'intent.txt');
    writeFileSync(file, 'Yes\tCould you send it?\nNo\tThe meeting went well.\nnot a row\nMaybe\tunlabelled\n');
    expect(loadIntent(file)).toEqual([
      { gold: true, text: 'Could you send it?' },
      { gold: false, text: 'The meeting went well.' },
    ]);
  });

  it('counts a row as an ask when any of its sentences asks', () => {
    expect(asksSomething('The report is done. Could you review it?')).toBe(true);
    expect(asksSomething('The report is done. It went to finance.')).toBe(false);
  });

  // own message (greeting, body, closing), then a quoted header and its body
  const text = 'Hi Bob,\nSend it.\nThanks,\nAnn\nFrom: Ann\nTo: Bob\nOld text.\n';
  const at = (s: string) => text.indexOf(s);
  const email: AnnotatedEmail = {
    id: 'tiny',
    text,
    spans: [
      { type: 'Body', start: 0, end: at('From:') },
      { type: 'Body/Intro', start: 0, end: at('Send') },
      { type: 'Body/Outro', start: at('Thanks'), end: at('From:') },
      { type: 'Header', start: at('From:'), end: at('Old') },
      { type: 'Body', start: at('Old'), end: text.length },
    ],
  };

  it('takes the first Header span as the start of the quoted part', () => {
    expect(goldQuoteStart(email)).toBe(at('From:'));
  });

  it('scores a perfect segmentation as perfect and a blind one as missing everything quoted', () => {
    const perfect = (): Zone[] => [
      { kind: 'greeting', start: 0, end: at('Send') },
      { kind: 'body', start: at('Send'), end: at('Thanks') },
      { kind: 'closing', start: at('Thanks'), end: at('From:') },
      { kind: 'quoted', start: at('From:'), end: text.length },
    ];
    const rows = evalSegmentation([email], perfect);
    const value = (metric: string) => rows.find((r) => r.metric.startsWith(metric))!.value;
    expect(value('quoted vs own')).toBe(1);
    expect(value('quoted, char recall')).toBe(1);
    expect(value('greeting')).toBe(1);
    expect(value('closing (top')).toBe(1);

    const blind = (): Zone[] => [{ kind: 'body', start: 0, end: text.length }];
    const blindRows = evalSegmentation([email], blind);
    expect(blindRows.find((r) => r.metric === 'quoted, char recall')!.value).toBe(0);
    expect(blindRows.find((r) => r.metric === 'quoted, char precision')!.value).toBeNaN();
  });
});

/**
 * MailEx triggers (335 Enron segments with BIO trigger tags; 192 are context only, tagged -100, and
 * skipped). Tokens are joined back into sentences at ". ? !" tokens. A sentence holding a
 * `Request_*` trigger should read as an ask (`isRequest || isQuestion`, the same reading as
 * email-intent); one holding `Deliver_Action_Data` as a commitment. Only recall is reported: a
 * sentence with no trigger is not a reliable negative (the annotation marks events, not every ask).
 * `Deliver_Action_Data` also covers reports of past actions ("didn't follow through"), so its recall
 * has a ceiling well below 1.
 */
import { readFileSync } from 'node:fs';
import { englishSignals } from '../../src/engine/en/signals';
import { corpus } from './paths';
import type { EvalRow } from './table';

interface Segment {
  text: string[];
  trigger_labels: Array<string | number>;
}

export interface LabelledSentence {
  text: string;
  labels: Set<string>;
}

/** Undoes PTB-style tokenisation: "did n't" → "didn't", "word ," → "word,". */
export function detokenize(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/ (n't|'s|'ll|'re|'ve|'d|'m)\b/gi, '$1')
    .replace(/ ([.,!?;:%)\]])/g, '$1')
    .replace(/([([$]) /g, '$1');
}

export function loadMailex(file = corpus('mailex-triggers', 'trigger_train_data.json')): LabelledSentence[] {
  const segments = JSON.parse(readFileSync(file, 'utf8')) as Segment[];
  const out: LabelledSentence[] = [];
  for (const seg of segments) {
    if (seg.trigger_labels.some((l) => typeof l === 'number')) continue;
    let start = 0;
    for (let i = 0; i < seg.text.length; i++) {
      const end = /^[.?!]+$/.test(seg.text[i]!) || i === seg.text.length - 1;
      if (!end) continue;
      const labels = new Set<string>();
      for (const l of seg.trigger_labels.slice(start, i + 1)) if (l !== 'O') labels.add(String(l).replace(/^[BI]_/, ''));
      out.push({ text: detokenize(seg.text.slice(start, i + 1)), labels });
      start = i + 1;
    }
  }
  return out;
}

export function evalMailex(sentences = loadMailex()): EvalRow[] {
  const requests = sentences.filter((s) => [...s.labels].some((l) => l.startsWith('Request_')));
  const deliveries = sentences.filter((s) => s.labels.has('Deliver_Action_Data'));
  const recall = (set: LabelledSentence[], hit: (t: string) => boolean) => set.filter((s) => hit(s.text)).length / set.length;
  return [
    {
      set: 'mailex-triggers',
      metric: 'Request_* recall (request∨question)',
      value: recall(requests, (t) => {
        const s = englishSignals(t);
        return s.isRequest || s.isQuestion;
      }),
      n: requests.length,
    },
    { set: 'mailex-triggers', metric: 'Deliver_Action_Data recall (commitment)', value: recall(deliveries, (t) => englishSignals(t).isCommitment), n: deliveries.length },
  ];
}

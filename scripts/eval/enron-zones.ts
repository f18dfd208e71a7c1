/**
 * Enron zones (Quagga, 200 annotated Enron emails, `.ann` JSON spans over the message text).
 *
 * 1. Segmentation: `segmentMessage` against the annotated spans, scored per non-blank character
 *    (blank runs between zones are placed arbitrarily by both sides). Gold "quoted" is everything from
 *    the first `Header` span (a forwarded or replied-to message) to the end; greeting, closing and
 *    signature are `Body/Intro`, `Body/Outro` and `Body/Signature` spans of the top (own) message,
 *    and are scored only within it.
 * 2. Signals: the corpus has no request/question labels, so precision and recall cannot be measured
 *    here (email-intent and mailex do that). What the labels do allow: text that is neither body nor
 *    prose — headers and signatures — should never read as a request or a question; we report how
 *    often it does (lower is better), next to the rate on top-message body sentences for scale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { englishSignals } from '../../src/engine/en/signals';
import { splitSentences } from '../../src/engine/sentences';
import type { Zone, ZoneKind } from '../../src/engine/types';
import { confusion, prf, type Confusion } from './metrics';
import { corpus } from './paths';
import type { EvalRow } from './table';

export interface AnnSpan {
  start: number;
  end: number;
  type: string;
}

export interface AnnotatedEmail {
  id: string;
  text: string;
  spans: AnnSpan[];
}

export function loadZones(dir = corpus('enron-zones', 'test')): AnnotatedEmail[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .map((f) => {
      const raw = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { text: string; denotations?: AnnSpan[] };
      return { id: f, text: raw.text, spans: (raw.denotations ?? []).map(({ start, end, type }) => ({ start, end, type })) };
    });
}

/** Where the gold quoted part starts: the first `Header` span, else the end of the text. */
export function goldQuoteStart(email: AnnotatedEmail): number {
  const starts = email.spans.filter((s) => s.type === 'Header').map((s) => s.start);
  return starts.length ? Math.min(...starts) : email.text.length;
}

export type Segmenter = (text: string) => Zone[];

/** Per-character zone kind from a segmentation. */
function kindsOf(text: string, zones: readonly Zone[]): Array<ZoneKind | undefined> {
  const out = new Array<ZoneKind | undefined>(text.length);
  for (const z of zones) for (let i = z.start; i < z.end && i < text.length; i++) out[i] = z.kind;
  return out;
}

const GOLD_OF: Array<[ZoneKind, string]> = [
  ['greeting', 'Body/Intro'],
  ['closing', 'Body/Outro'],
  ['signature', 'Body/Signature'],
];

export function evalSegmentation(emails: readonly AnnotatedEmail[], segment: Segmenter): EvalRow[] {
  const quoted: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const perKind = new Map<ZoneKind, Confusion>(GOLD_OF.map(([k]) => [k, { tp: 0, fp: 0, fn: 0, tn: 0 }]));
  // The annotation puts the sign-off name inside Body/Outro ("Thanks,\nJerry"), the segmenter puts it in
  // the signature; scoring closing and signature together measures the sign-off without that quarrel.
  const signOff: Confusion = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const add = (c: Confusion, d: Confusion) => {
    c.tp += d.tp;
    c.fp += d.fp;
    c.fn += d.fn;
    c.tn += d.tn;
  };
  for (const email of emails) {
    const { text } = email;
    const predicted = kindsOf(text, segment(text));
    const q = goldQuoteStart(email);
    const visible: number[] = [];
    for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) visible.push(i);
    add(quoted, confusion(visible.map((i) => ({ gold: i >= q, predicted: predicted[i] === 'quoted' }))));
    for (const [kind, type] of GOLD_OF) {
      const gold = new Uint8Array(text.length);
      for (const s of email.spans) if (s.type === type && s.start < q) gold.fill(1, s.start, Math.min(s.end, q));
      add(perKind.get(kind)!, confusion(visible.filter((i) => i < q).map((i) => ({ gold: gold[i] === 1, predicted: predicted[i] === kind }))));
    }
    const goldOff = new Uint8Array(text.length);
    for (const sp of email.spans) if ((sp.type === 'Body/Outro' || sp.type === 'Body/Signature') && sp.start < q) goldOff.fill(1, sp.start, Math.min(sp.end, q));
    add(signOff, confusion(visible.filter((i) => i < q).map((i) => ({ gold: goldOff[i] === 1, predicted: predicted[i] === 'closing' || predicted[i] === 'signature' }))));
  }
  const n = emails.length;
  const qm = prf(quoted);
  const rows: EvalRow[] = [
    { set: 'enron-zones', metric: 'quoted vs own, char accuracy', value: qm.accuracy, n },
    { set: 'enron-zones', metric: 'quoted, char precision', value: qm.precision, n },
    { set: 'enron-zones', metric: 'quoted, char recall', value: qm.recall, n },
  ];
  for (const [kind] of GOLD_OF) {
    const m = prf(perKind.get(kind)!);
    rows.push({ set: 'enron-zones', metric: `${kind} (top message), char F1`, value: m.f1, n });
  }
  rows.push({ set: 'enron-zones', metric: 'closing+signature (top message), char F1', value: prf(signOff).f1, n });
  return rows;
}

/** Share of sentences inside spans of the given gold types that read as a request or a question. */
function askRate(emails: readonly AnnotatedEmail[], pick: (e: AnnotatedEmail) => Array<[number, number]>): { rate: number; n: number } {
  let asks = 0;
  let n = 0;
  for (const email of emails) {
    for (const [from, to] of pick(email)) {
      for (const s of splitSentences(email.text, from, to)) {
        if (!/\p{L}{2,}/u.test(s.text)) continue;
        n++;
        const sig = englishSignals(s.text);
        if (sig.isRequest || sig.isQuestion) asks++;
      }
    }
  }
  return { rate: asks / n, n };
}

export function evalZoneSignals(emails: readonly AnnotatedEmail[]): EvalRow[] {
  const nonProse = askRate(emails, (e) =>
    e.spans.filter((s) => s.type === 'Header' || s.type === 'Body/Signature').map((s) => [s.start, s.end]),
  );
  const body = askRate(emails, (e) => {
    const q = goldQuoteStart(e);
    const top = e.spans.filter((s) => s.type === 'Body' && s.start < q);
    const skip = e.spans.filter((s) => s.type === 'Body/Signature' || s.type === 'Body/Intro' || s.type === 'Body/Outro');
    // the top message's body minus its greeting, closing and signature
    return top.map((s): [number, number] => {
      let end = Math.min(s.end, q);
      for (const k of skip) if (k.start >= s.start && k.start < end && k.start > s.start) end = Math.min(end, k.start);
      const intro = skip.find((k) => k.type === 'Body/Intro' && k.start === s.start);
      return [intro ? intro.end : s.start, end];
    });
  });
  return [
    { set: 'enron-zones', metric: 'request∨question rate on header+signature sentences (want ≈0)', value: nonProse.rate, n: nonProse.n },
    { set: 'enron-zones', metric: 'request∨question rate on top-body sentences (no gold; for scale)', value: body.rate, n: body.n },
  ];
}

/** `segmentMessage` is written by someone else; load it if it is there so this eval never crashes. */
export async function evalEnronZones(emails = loadZones()): Promise<EvalRow[]> {
  const rows: EvalRow[] = [];
  try {
    const mod = (await import('../../src/engine/segment')) as { segmentMessage?: Segmenter };
    if (mod.segmentMessage) rows.push(...evalSegmentation(emails, mod.segmentMessage));
    else rows.push({ set: 'enron-zones', metric: 'segmentation (segmentMessage not exported)', value: NaN, n: 0 });
  } catch (e) {
    rows.push({ set: 'enron-zones', metric: `segmentation failed: ${(e as Error).message.slice(0, 60)}`, value: NaN, n: 0 });
  }
  rows.push(...evalZoneSignals(emails));
  return rows;
}

/**
 * The asks that want a time: a request to the reader or a promise of the writer's, to do something that
 * has a natural due time. Stricter than the sentence signals (`isRequest`, `isCommitment`): those say
 * "this sentence asks or promises something"; this says "a careful coach would ask when".
 *
 * Each ask carries a confidence in [0, 1] from its evidence: an explicit opener ("could you", "please",
 * "I'll", "tolong", "saya akan") with a verb of delivering, checking or answering and an object is
 * strong; a weak verb ("get", "have", "let me know"), a long sentence or a trailing condition is weaker.
 */
import {
  IMPERATIVE_EN,
  IMPERATIVE_ID,
  NOT_AN_ASK,
  PROMISE_EN,
  PROMISE_ID,
  PROMISE_ID_BARE,
  REQUEST_EN,
  REQUEST_ID,
  LET_KNOW,
  WEAK_VERB_OBJECT,
  WEAK_VERBS,
} from './lexicon/asks';
import { isProse } from './prose';

export interface Ask {
  kind: 'request' | 'promise';
  /** The verb's span in the sentence (offsets into the sentence text). */
  verbStart: number;
  verbEnd: number;
  confidence: number;
}

const firstGroup = (m: RegExpExecArray): { start: number; end: number; verb: string } | null => {
  for (let i = 1; i < m.length; i++) {
    const g = m[i];
    if (g) {
      const start = m.index + m[0].lastIndexOf(g);
      return { start, end: start + g.length, verb: g };
    }
  }
  return null;
};

const words = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/** A condition after the ask makes it an offer or a contingency: "please call me if you have questions". */
const TRAILING_CONDITION = /\b(?:if|in case|should you|whenever|when|once|after|as soon as|until|kalau|kalo|jika|apabila|bila|kapan|setelah|begitu)\b/i;
/** A condition before the ask: "if you plan to attend, please let us know". */
const LEADING_CONDITION = /\b(?:if|in case|unless|kalau|kalo|jika|apabila|bila)\b/i;

function read(text: string): Ask | null {
  if (!isProse(text)) return null;
  const n = words(text);
  if (n < 2 || n > 45) return null;
  if (NOT_AN_ASK.some((re) => re.test(text))) return null;
  let best: Ask | null = null;
  for (const [kind, re, base] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const hit = firstGroup(m) ?? { start: m.index, end: m.index + m[0].length, verb: m[0] };
    const confidence = score(text, hit, base, n);
    if (confidence !== null && (!best || confidence > best.confidence)) best = { kind, verbStart: hit.start, verbEnd: hit.end, confidence };
  }
  return best;
}

/** The forms of an ask, with the confidence each starts from: an opener ("please", "could you", "I'll") says more than a bare verb. */
const PATTERNS: ReadonlyArray<readonly [Ask['kind'], RegExp, number]> = [
  ['request', REQUEST_EN, 0.7],
  ['request', REQUEST_ID, 0.7],
  ['request', IMPERATIVE_EN, 0.6],
  ['request', IMPERATIVE_ID, 0.6],
  ['promise', PROMISE_EN, 0.7],
  ['promise', PROMISE_ID, 0.7],
  ['promise', PROMISE_ID_BARE, 0.6],
];

function score(text: string, hit: { start: number; end: number; verb: string }, base: number, n: number): number | null {
  const after = text.slice(hit.end);
  const verb = hit.verb.toLowerCase().replace(/\s+/g, ' ');
  let confidence = base;
  if (WEAK_VERBS.test(verb)) {
    // "have", "give" need a thing to deliver; "let me know" and "advise" are weaker asks
    if (/^(?:give|have|write|run|pull|process)$/.test(verb) && !WEAK_VERB_OBJECT.test(after)) return null;
    confidence -= LET_KNOW.test(verb) ? 0.3 : 0.25;
  }
  if (LEADING_CONDITION.test(text.slice(0, hit.start))) confidence -= 0.3;
  // an object or a complement: "send it", "review the draft", "kirim laporannya"
  if (/^\s*[\p{L}\d"“'(]/u.test(after)) confidence += 0.1;
  if (TRAILING_CONDITION.test(after)) confidence -= 0.25;
  if (n > 25) confidence -= 0.15;
  return Math.max(0, Math.min(1, confidence));
}

const cache = new Map<string, Ask | null>();

/** The ask in a sentence, or null; remembered per text (sentences repeat on every keystroke). */
export function askIn(text: string): Ask | null {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const a = read(text);
  cache.set(text, a);
  if (cache.size > 4_000) cache.delete(cache.keys().next().value!);
  return a;
}

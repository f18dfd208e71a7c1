/**
 * Politeness of one English sentence in [-1, 1] from the strategies found in it (see `strategies`
 * in lexicon.ts), plus the surface cues compromise does not see: shouting in capitals and doubled
 * "!!" / "??".
 */
import { strategies, type Strategy } from './lexicon';

export interface Politeness {
  politeness: number;
  strategies: string[];
}

/** Shouting: two or more all-capital words of 3+ letters making up most of the sentence, so a lone
 * acronym ("the ENA invoice") or a time ("5 PM") is not shouting. */
const SHOUT_WORD = /\b[A-Z]{3,}\b/g;
const WORD = /\b[A-Za-z]{3,}\b/g;

function isShouting(text: string): boolean {
  const caps = text.match(SHOUT_WORD)?.length ?? 0;
  const words = text.match(WORD)?.length ?? 0;
  return caps >= 2 && caps / words > 0.6;
}

/** ":)", ";-)", ":D", "(:" and laughter; not "(a)" or "1:30)" — a digit before the colon is a time. */
const SMILEY = /(?<![\w:])[:;]-?[)D](?!\w)|(?<!\w)\(:(?!\w)|\b(haha|hehe|lol)\b|[\u{1F600}-\u{1F60A}\u{1F642}\u{263A}]/iu;

const SURFACE: Array<{ name: string; weight: number; test: (text: string) => boolean; reason: string }> = [
  { name: 'shouting', weight: -0.7, test: isShouting, reason: 'capitals read as shouting' },
  { name: 'repeated-punctuation', weight: -0.5, test: (t) => /[!?]{2,}/.test(t), reason: '"!!" and "??" read as exasperation' },
  { name: 'smiley', weight: 0.4, test: (t) => SMILEY.test(t), reason: 'a smiley signals friendliness, the way a smile softens a spoken request' },
];

/**
 * `found` holds the indices (into `strategies`) of the patterns that matched. A strategy counts once
 * per sentence, the way the paper's features are binary.
 */
export function scorePoliteness(text: string, found: ReadonlySet<number>): Politeness {
  const byName = new Map<string, number>();
  for (const i of found) {
    const s: Strategy | undefined = strategies[i];
    if (s && !byName.has(s.name)) byName.set(s.name, s.weight);
  }
  // A sentence-initial "please" is the "please-start" strategy, not the in-sentence "please";
  // an imperative softened by please or by thanks is not bare.
  if (byName.has('please-start')) byName.delete('please');
  if (byName.has('please') || byName.has('please-start') || byName.has('gratitude')) byName.delete('bare-imperative');
  for (const s of SURFACE) if (s.test(text)) byName.set(s.name, s.weight);

  let sum = 0;
  for (const w of byName.values()) sum += w;
  const names = [...byName.keys()];
  // tanh keeps the sum in (-1, 1) and saturates: thanks plus "could you" (1.4) is already 0.89.
  return { politeness: Math.tanh(sum), strategies: names };
}

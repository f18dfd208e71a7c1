/**
 * Tokens of an Indonesian (or code-mixed) sentence: raw word, standard form, clause number.
 * Shared by the signal reader and the register score so both see the same words.
 */
import { NORMAL } from './lexicon';

export interface Token {
  /** The word as written, lower case. */
  raw: string;
  /** Standard spelling (NORMAL applied, chat lengthening removed); may contain a space ("terima kasih"). */
  norm: string;
  /** Clauses are split at , ; : ( ) and sentence punctuation, so "siap, saya kirim" has two. */
  clause: number;
}

/** Words (with hyphen compounds, and "13.00"/"10:30" kept whole) or runs of clause punctuation. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+|(?<=\p{N})[.:]\p{N}+)*|[,;:()?!.]+/gu;
const BREAK = /^[,;:()?!.]+$/;

/** Chat lengthening at the end of a word ("yaaa", "dongg"): collapse only when the result is a word we know. */
function unlengthen(w: string, known: (w: string) => boolean): string {
  if (known(w)) return w;
  const short = w.replace(/(\p{L})\1+$/u, '$1');
  return short !== w && known(short) ? short : w;
}

const isNormal = (w: string): boolean => Object.hasOwn(NORMAL, w);

export function normalizeWord(word: string, known: (w: string) => boolean = () => false): string {
  const w = unlengthen(word.toLowerCase().replace(/’/g, "'"), (x) => isNormal(x) || known(x));
  return isNormal(w) ? NORMAL[w]![0] : w;
}

export function tokenize(sentence: string, known?: (w: string) => boolean): Token[] {
  const out: Token[] = [];
  let clause = 0;
  for (const m of sentence.matchAll(WORD)) {
    const raw = m[0].toLowerCase();
    if (BREAK.test(raw)) {
      if (out.length) clause++;
      continue;
    }
    out.push({ raw, norm: normalizeWord(raw, known), clause });
  }
  return out;
}

/** The sentence as one normalized, space-joined string with clause breaks as " | ", for phrase lookups. */
export function normalizedText(tokens: readonly Token[]): string {
  let s = '';
  tokens.forEach((t, i) => {
    if (i > 0) s += tokens[i - 1]!.clause === t.clause ? ' ' : ' | ';
    s += t.norm;
  });
  return ` ${s} `;
}

/** Own-key lookup in a lexicon record ("constructor" is not an Indonesian word). */
export const has = (lexicon: Readonly<Record<string, unknown>>, w: string | undefined): boolean => w !== undefined && Object.hasOwn(lexicon, w);

/** Whole-word phrase test on a `normalizedText` string. */
export function hasPhrase(text: string, phrase: string): boolean {
  return text.includes(` ${phrase} `);
}

/**
 * Phrases indexed by their first word, so a sentence is only tested against the phrases that can
 * occur in it (a few) rather than every entry of a lexicon (dozens).
 */
export class PhraseIndex {
  private readonly byFirst = new Map<string, string[]>();

  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      const first = p.split(' ')[0]!;
      const list = this.byFirst.get(first) ?? [];
      list.push(p);
      this.byFirst.set(first, list);
    }
  }

  /** Phrases whose first word is among `words`, longest first. */
  candidates(words: Iterable<string>): string[] {
    const out: string[] = [];
    for (const w of new Set(words)) out.push(...(this.byFirst.get(w) ?? []));
    return out.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  }
}

/** The words of a `normalizedText`/raw string, for `PhraseIndex.candidates`. */
export const wordsOf = (text: string): string[] => text.split(' ').filter(Boolean);

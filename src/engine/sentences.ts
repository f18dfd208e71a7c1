/**
 * Sentence splitting with offsets, for English and Indonesian email text.
 *
 * A sentence ends at . ! ? (or runs of them, "?!", "…") followed by a space and not after a known
 * abbreviation; at a blank line; and at a single line break when the line looks complete (ends in
 * punctuation, is short, or the next line starts a list item). Hard-wrapped paragraphs (old mail clients
 * wrap at ~72 columns) are joined back into one sentence.
 */
import { ABBREVIATIONS } from './lexicon/abbreviations';

export interface RawSentence {
  start: number;
  end: number;
  text: string;
}

const LIST_ITEM = /^\s*(?:[-*•·]|\d{1,2}[.)]|[a-z][.)])\s+/i;
/** Lines at least this long may have been wrapped by a mail client (they wrap at 70–80 columns). */
const WRAP_WIDTH = 60;
/** Lines shorter than this are never wrapped text: "oke", "Hi Bob,", a list of short lines. */
const SHORT_LINE = 40;

function isAbbreviation(text: string, dot: number): boolean {
  // the word that ends at `dot` (inclusive), e.g. "e.g." or "Mr."
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot + 1).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // single initials ("J. Smith") and dotted acronyms ("U.S.")
  return /^(\p{L}\.)+$/u.test(word);
}

/** Splits `text[from, to)` into trimmed sentences; offsets are into `text`. */
export function splitSentences(text: string, from = 0, to = text.length): RawSentence[] {
  const out: RawSentence[] = [];
  let start = from;
  const emit = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };

  let lineStart = from;
  // jump from one possible boundary to the next instead of visiting every character
  const boundary = /[.!?…。\n]/g;
  boundary.lastIndex = from;
  for (let m = boundary.exec(text); m && m.index < to; m = boundary.exec(text)) {
    const i = m.index;
    const c = text[i]!;
    if (c === '.' || c === '!' || c === '?' || c === '…' || c === '。') {
      let j = i;
      while (j + 1 < to && /[.!?…"'’”)\]]/.test(text[j + 1]!)) j++;
      const next = text[j + 1];
      if (next !== undefined && j + 1 < to && !/\s/.test(next)) {
        boundary.lastIndex = j + 1;
        continue; // "13.00", "file.pdf", "?!x"
      }
      if (c === '.' && j === i && isAbbreviation(text, i)) continue;
      emit(j + 1);
      boundary.lastIndex = j + 1;
    } else if (c === '\n') {
      const line = text.slice(lineStart, i).trim();
      let k = i + 1;
      while (k < to && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
      const blankFollows = k >= to || text[k] === '\n';
      const nextLineEnd = text.indexOf('\n', k);
      const nextLine = text.slice(k, nextLineEnd === -1 ? to : Math.min(nextLineEnd, to));
      // A short line ends its sentence; a line near the wrap width that the next line continues in
      // lower case ("…and you take\nor turn back.") was wrapped by the mail client.
      const continues = /^\s*\p{Ll}/u.test(nextLine);
      const complete =
        blankFollows ||
        line.length === 0 ||
        line.length < SHORT_LINE ||
        (line.length < WRAP_WIDTH && !continues) ||
        /[.!?:;…)]$/.test(line) ||
        LIST_ITEM.test(nextLine);
      if (complete) emit(i);
      lineStart = i + 1;
    }
  }
  emit(to);
  return out;
}

/** The sentence a finding sits in, cut around it, for showing context in the checklist. */
export interface Context {
  before: string;
  match: string;
  after: string;
}

const MAX_SIDE = 70;

export function sentenceAround(text: string, start: number, end: number): Context {
  if (start < 0 || end > text.length || start > end) return { before: '', match: '', after: '' };
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to]!)) to++;
  if (to < text.length && text[to] !== '\n') to++;
  let before = text.slice(from, start).trimStart();
  let after = text.slice(end, to).trimEnd();
  if (before.length > MAX_SIDE) before = '…' + before.slice(-MAX_SIDE).replace(/^\S*\s/, '');
  if (after.length > MAX_SIDE) after = after.slice(0, MAX_SIDE).replace(/\s\S*$/, '') + '…';
  return { before, match: text.slice(start, end), after };
}

/**
 * Apply a rewrite as if the user typed it: select the range in the editable and run the editor's own
 * `insertText` command. The browser records it in the undo stack (Ctrl+Z restores the old text), Gmail's
 * input handlers see an ordinary input event, and the caret ends after the inserted text. The editable's
 * markup is never rewritten wholesale.
 */
import type { TextMap } from './text-map';

export function placeCaret(body: HTMLElement, map: TextMap, offset: number): void {
  const sel = body.ownerDocument.getSelection();
  if (!sel) return;
  if (body.ownerDocument.activeElement !== body) body.focus({ preventScroll: true });
  const pos = map.position(offset);
  sel.collapse(pos.node, pos.offset);
  (pos.node.nodeType === 1 ? (pos.node as Element) : pos.node.parentElement)?.scrollIntoView?.({ block: 'nearest' });
}

/**
 * Replaces [start, end) of the draft with `text`. Returns false (and changes nothing) when the
 * editor refuses the command.
 */
export function replaceText(body: HTMLElement, map: TextMap, start: number, end: number, text: string): boolean {
  const doc = body.ownerDocument;
  const sel = doc.getSelection();
  if (!sel) return false;
  body.focus({ preventScroll: true });
  const range = map.range(start, end);
  sel.removeAllRanges();
  sel.addRange(range);
  // insertText with an empty string would be a no-op in some browsers; delete is its undoable equivalent.
  const ok = text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  return ok;
}

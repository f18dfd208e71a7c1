/**
 * Opens a finding's card when the pointer rests on its underline or the caret moves into it, by
 * mapping the point (caretPositionFromPoint / caretRangeFromPoint) or the selection to a text offset.
 * The editable's DOM is only read, never touched.
 */
import { findingKey } from '../engine/index';
import type { Finding } from '../engine/types';
import type { Card } from './card';
import type { ComposeController } from './controller';
import type { Underliner } from './highlights';

export interface HoverDeps {
  /** The controller whose body contains `n`, if any. */
  controllerOfNode(n: Node | null): ComposeController | undefined;
  card: Card;
  underliner: Underliner;
  /** Our overlay host: the pointer over it (the card) keeps the card open. */
  overlayHost: Element;
}

export function trackPointerAndCaret({ controllerOfNode, card, underliner, overlayHost }: HoverDeps, signal: AbortSignal): void {
  const show = (c: ComposeController, f: Finding, by: 'pointer' | 'caret') => {
    const r = c.rangeOf(f);
    card.open(c.id, f, findingKey(f), r?.getBoundingClientRect() ?? null, by, c.overlapping(f));
    underliner.setActive(r);
  };

  let last: MouseEvent | null = null;
  let queued = false;
  const hover = () => {
    queued = false;
    const e = last;
    if (!e) return;
    if (e.target === overlayHost) return card.keep();
    const c = controllerOfNode(e.target as Node);
    const f = c && !c.dirty && c.map ? findingUnderPointer(c, e.clientX, e.clientY) : undefined;
    if (c && f) show(c, f, 'pointer');
    else if (card.state?.by === 'pointer') {
      card.hideSoon();
      underliner.setActive(null);
    }
  };
  addEventListener(
    'mousemove',
    (e) => {
      last = e;
      if (!queued) {
        queued = true;
        requestAnimationFrame(hover);
      }
    },
    { capture: true, passive: true, signal },
  );

  document.addEventListener(
    'selectionchange',
    () => {
      const sel = document.getSelection();
      const node = sel?.anchorNode ?? null;
      const c = controllerOfNode(node);
      if (!c || !sel || !node) {
        if (card.state?.by === 'caret') card.close();
        return;
      }
      c.lastUsed = Date.now();
      if (!sel.isCollapsed || c.dirty || !c.map) {
        // Offsets are stale until the next analysis: better no card than the wrong one.
        if (card.state && card.state.by !== 'pointer') card.close();
        return;
      }
      const off = c.map.offsetOf(node, sel.anchorOffset);
      const f = off === null ? undefined : c.findingAt(off);
      if (f) show(c, f, 'caret');
      else {
        card.caretLeft();
        if (card.state && card.state.by !== 'pointer') {
          card.close();
          underliner.setActive(null);
        }
      }
    },
    { signal },
  );
}

function findingUnderPointer(c: ComposeController, x: number, y: number): Finding | undefined {
  const pos = caretAt(x, y);
  const off = pos && c.map ? c.map.offsetOf(pos.node, pos.offset) : null;
  if (off === null) return undefined;
  for (const f of c.findings) {
    if (f.anchored === false || off < f.start - 1 || off > f.end + 1) continue;
    // The caret position is the nearest one, even past the end of a line: confirm the point is on the words.
    const r = c.rangeOf(f);
    if (r && [...r.getClientRects()].some((b) => x >= b.left - 1 && x <= b.right + 1 && y >= b.top - 2 && y <= b.bottom + 4)) return f;
  }
  return undefined;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

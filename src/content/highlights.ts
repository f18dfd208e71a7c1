/**
 * Underlines that never touch the editable's DOM. With the CSS Custom Highlight API, ranges are
 * registered under `jelas-<severity>` and styled by a `<style>` in `document.head`: the browser paints
 * them, they follow the text as it is edited, and nothing of ours can be sent with the mail.
 * Where the API is missing, thin boxes are drawn in the overlay from `Range.getClientRects()`.
 */
import type { Severity } from '../engine/types';

export interface Mark {
  range: Range;
  severity: Severity;
}

export interface Underliner {
  /** Replaces the marks of one compose. */
  set(composeId: string, marks: Mark[]): void;
  /** Emphasises one range (the one whose card is open), or none. */
  setActive(range: Range | null): void;
  clear(composeId: string): void;
  /** Redraws fallback boxes after scroll or resize; a no-op with the Highlight API. */
  reposition(): void;
}

const SEVERITIES: Severity[] = ['info', 'warning', 'error'];

const CSS_TEXT = `
::highlight(jelas-error){text-decoration:underline wavy #d93025;text-decoration-thickness:1.5px;text-underline-offset:3px;text-decoration-skip-ink:none}
::highlight(jelas-warning){text-decoration:underline wavy #e37400;text-decoration-thickness:1.5px;text-underline-offset:3px;text-decoration-skip-ink:none}
::highlight(jelas-info){text-decoration:underline dotted #1a73e8;text-decoration-thickness:1.5px;text-underline-offset:3px}
::highlight(jelas-active){background-color:rgba(227,116,0,.16)}
@media (prefers-color-scheme: dark){
::highlight(jelas-error){text-decoration-color:#f28b82}
::highlight(jelas-warning){text-decoration-color:#fdd663}
::highlight(jelas-info){text-decoration-color:#8ab4f8}
::highlight(jelas-active){background-color:rgba(253,214,99,.22)}
}`;

interface HighlightCtor {
  new (...ranges: AbstractRange[]): { add(r: AbstractRange): void; delete(r: AbstractRange): boolean; clear(): void };
}

function highlightApi(): { registry: Map<string, unknown>; Highlight: HighlightCtor } | null {
  const g = globalThis as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: HighlightCtor };
  return g.CSS?.highlights && g.Highlight ? { registry: g.CSS.highlights, Highlight: g.Highlight } : null;
}

export function createUnderliner(fallbackLayer: HTMLElement, signal: AbortSignal, doc: Document = document): Underliner {
  const api = highlightApi();
  const marks = new Map<string, Mark[]>();
  if (api) return highlightUnderliner(api, marks, signal, doc);
  return boxUnderliner(fallbackLayer, marks);
}

/** A range that does not follow DOM edits (every browser with the Highlight API has StaticRange). */
function staticCopy(r: Range): AbstractRange {
  return typeof StaticRange === 'function' ? new StaticRange(r) : r;
}

function highlightUnderliner(
  api: NonNullable<ReturnType<typeof highlightApi>>,
  marks: Map<string, Mark[]>,
  signal: AbortSignal,
  doc: Document,
): Underliner {
  const style = doc.createElement('style');
  style.setAttribute('data-jelas-style', '');
  style.textContent = CSS_TEXT;
  (doc.head ?? doc.documentElement).append(style);
  const groups = new Map<string, InstanceType<HighlightCtor>>();
  for (const s of [...SEVERITIES, 'active']) {
    const h = new api.Highlight();
    groups.set(s, h);
    api.registry.set(`jelas-${s}`, h);
  }
  signal.addEventListener('abort', () => {
    style.remove();
    for (const s of groups.keys()) api.registry.delete(`jelas-${s}`);
  });
  // The registry holds static copies: the browser need not track them through every keystroke's DOM
  // change, and the controller drops the ones the user is editing (they would drift) until the pause.
  const painted = new Map<string, Array<{ severity: string; range: AbstractRange }>>();
  const drop = (id: string) => {
    for (const p of painted.get(id) ?? []) groups.get(p.severity)?.delete(p.range);
    painted.delete(id);
    marks.delete(id);
  };
  return {
    set(id, next) {
      drop(id);
      marks.set(id, next);
      const list = next.map((m) => ({ severity: m.severity, range: staticCopy(m.range) }));
      painted.set(id, list);
      for (const p of list) groups.get(p.severity)?.add(p.range);
    },
    setActive(range) {
      const h = groups.get('active')!;
      h.clear();
      if (range) h.add(range);
    },
    clear: drop,
    reposition() {},
  };
}

function boxUnderliner(layer: HTMLElement, marks: Map<string, Mark[]>): Underliner {
  let active: Range | null = null;
  const draw = () => {
    layer.replaceChildren();
    for (const list of marks.values()) {
      for (const m of list) {
        for (const rect of m.range.getClientRects()) {
          if (rect.width === 0) continue;
          const box = layer.ownerDocument.createElement('div');
          box.className = `ul ul-${m.severity}${m.range === active ? ' ul-active' : ''}`;
          box.style.cssText = `left:${rect.left}px;top:${rect.bottom - 2}px;width:${rect.width}px`;
          layer.append(box);
        }
      }
    }
  };
  return {
    set(id, next) {
      marks.set(id, next);
      draw();
    },
    setActive(range) {
      active = range;
      draw();
    },
    clear(id) {
      marks.delete(id);
      draw();
    },
    reposition: draw,
  };
}

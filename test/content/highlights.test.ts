// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createUnderliner } from '../../src/content/highlights';

/** A minimal Highlight API, as Chrome and Firefox provide (happy-dom has none). */
class FakeHighlight extends Set<AbstractRange> {}
const g = globalThis as unknown as { Highlight?: unknown; CSS?: { highlights?: Map<string, FakeHighlight> } };

afterEach(() => {
  delete g.Highlight;
  if (g.CSS) delete g.CSS.highlights;
});

function draft(): HTMLElement {
  document.head.innerHTML = '';
  document.body.innerHTML = '<div contenteditable="true" g_editable="true"><div>Send it ASAP, please. Kirim besok ya.</div></div>';
  return document.querySelector('[g_editable]') as HTMLElement;
}

function rangeOf(body: HTMLElement, word: string): Range {
  const text = body.firstElementChild!.firstChild as Text;
  const r = document.createRange();
  const at = text.data.indexOf(word);
  r.setStart(text, at);
  r.setEnd(text, at + word.length);
  return r;
}

/** Where a registered range starts and ends (the registry holds static copies of the live ranges). */
const at = (r: AbstractRange) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset];
const spans = (h: FakeHighlight | undefined) => [...(h ?? [])].map(at);

describe('underlines', () => {
  it('with the Highlight API: ranges are registered per severity, styles go to <head>, the editable is untouched', () => {
    g.Highlight = FakeHighlight;
    g.CSS = Object.assign(g.CSS ?? {}, { highlights: new Map<string, FakeHighlight>() });
    const body = draft();
    const before = body.innerHTML;
    const life = new AbortController();
    const u = createUnderliner(document.createElement('div'), life.signal);
    const asap = rangeOf(body, 'ASAP');
    const besok = rangeOf(body, 'besok');
    u.set('c1', [{ range: asap, severity: 'warning' }, { range: besok, severity: 'info' }]);
    const reg = g.CSS.highlights!;
    expect(spans(reg.get('jelas-warning'))).toEqual([at(asap)]);
    expect(spans(reg.get('jelas-info'))).toEqual([at(besok)]);
    expect(document.head.querySelector('style[data-jelas-style]')?.textContent).toContain('::highlight(jelas-warning)');
    expect(body.innerHTML).toBe(before);
    // Another compose's marks are kept apart.
    const other = rangeOf(body, 'Kirim');
    u.set('c2', [{ range: other, severity: 'warning' }]);
    u.clear('c1');
    expect(spans(reg.get('jelas-warning'))).toEqual([at(other)]);
    expect(reg.get('jelas-info')!.size).toBe(0);
    life.abort();
    expect(reg.has('jelas-warning')).toBe(false);
    expect(document.head.querySelector('style[data-jelas-style]')).toBeNull();
  });

  it('without it: draws boxes in the overlay layer only, never in the editable', () => {
    const body = draft();
    const before = body.innerHTML;
    const layer = document.createElement('div');
    const u = createUnderliner(layer, new AbortController().signal);
    const r = rangeOf(body, 'ASAP');
    r.getClientRects = () => [new DOMRect(10, 20, 40, 16)] as unknown as DOMRectList;
    u.set('c1', [{ range: r, severity: 'warning' }]);
    expect(layer.querySelectorAll('.ul-warning').length).toBe(1);
    expect((layer.firstElementChild as HTMLElement).style.left).toBe('10px');
    expect(body.innerHTML).toBe(before);
    u.clear('c1');
    expect(layer.children.length).toBe(0);
  });
});

/** A tiny element builder for the overlay: keeps the content bundle free of a UI framework. */
type Attrs = Record<string, string | boolean | number | undefined | ((e: Event) => void)>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'onClick' && typeof v === 'function') onActivate(el, v);
    else if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

/**
 * Runs `fn` when a button is activated by pointer, keyboard or assistive technology. Not on `click`
 * alone: some Gmail versions swallow clicks on elements they did not draw with a capture listener on
 * window (gmail.js #648), which would leave our buttons dead. Repeats within 500 ms count once.
 */
export function onActivate(el: HTMLElement, fn: (e: Event) => void): void {
  let last = -Infinity;
  let pressed = false;
  const run = (e: Event) => {
    const now = performance.now();
    if (now - last < 500) return;
    last = now;
    e.preventDefault();
    fn(e);
  };
  el.addEventListener('pointerdown', (e) => (pressed = e.button === 0));
  el.addEventListener('pointerleave', () => (pressed = false));
  el.addEventListener('pointerup', (e) => {
    if (pressed && e.button === 0) run(e);
    pressed = false;
  });
  el.addEventListener('click', run);
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') run(e);
  });
}

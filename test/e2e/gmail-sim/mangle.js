// `mangle=`: Gmail's markup changed under an extension. Shared by the page (sim.js) and unit tests.
// `[data-sim-*]` marks are the simulator's own, so Gmail (the simulator) keeps working.

/** The markup changes `mangle=` knows. */
export const MANGLES = ['send-class', 'send-moved', 'body-attr', 'body-bare', 'no-main', 'quote-missing'];

/**
 * `mangle=`: the markup an extension relies on, renamed or missing (Gmail ships such changes without
 * notice), applied by sim.js to the page and to every compose or message it adds later, and by unit tests
 * to a page rendered by pages.js. send-class: Send loses `.aoO`; send-moved: also its `.IZ` toolbar class; body-attr: the
 * editable loses `g_editable`; body-bare: also its `.Am.Al.editable` classes (left: contenteditable,
 * role=textbox, aria-label); no-main: no `[role=main]`; quote-missing: thread messages' bodies lose `.a3s`
 * and quotes in compose bodies lose `gmail_quote`, so a reply's quoted message cannot be found.
 */
export function applyMangles(root, mangles) {
  const m = new Set(mangles ?? []);
  if (!m.size) return;
  if (m.has('send-class') || m.has('send-moved')) {
    for (const b of root.querySelectorAll('.aoO[role=button]')) {
      b.setAttribute('data-sim-send', '');
      b.classList.replace('aoO', 'aoO-x');
    }
  }
  if (m.has('send-moved')) for (const t of root.querySelectorAll('table.IZ')) t.classList.replace('IZ', 'IZ-x');
  if (m.has('body-attr') || m.has('body-bare')) {
    for (const e of root.querySelectorAll('[g_editable="true"]')) {
      e.setAttribute('data-sim-editable', '');
      e.removeAttribute('g_editable');
      if (m.has('body-bare')) e.classList.remove('Am', 'Al', 'editable');
    }
  }
  if (m.has('no-main')) for (const e of root.querySelectorAll('[role=main]')) e.removeAttribute('role');
  if (m.has('quote-missing')) {
    for (const e of root.querySelectorAll('.a3s')) {
      e.setAttribute('data-sim-a3s', '');
      e.classList.replace('a3s', 'a3s-x');
    }
    for (const e of root.querySelectorAll('.gmail_quote')) {
      e.setAttribute('data-sim-quote', '');
      e.classList.replace('gmail_quote', 'gmail_quote-x');
    }
  }
}


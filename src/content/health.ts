/**
 * Health, measured locally: what the content script found in this Gmail tab (composes, their bodies,
 * Send buttons, quotes, thread messages) and which function it lost where it could not fully attach.
 * Computed from the selectors table, never from text; only after discovery passes that already run (a
 * compose opened or closed), at most every THROTTLE_MS, so typing costs nothing. See src/shared/health.ts.
 */
import { reasonsOf, languageTag, type ComposeHealth, type ComposeKind, type HealthReason, type PageHealth } from '../shared/health';
import { closest, select, selectAll, selectors, which } from './selectors';
import { threadMessageBodies, threadOf } from './text-map';

export const THROTTLE_MS = 500;

function kindOf(root: Element): ComposeKind {
  if (closest(root, 'inlineReply')) return 'inline';
  if (closest(root, 'fullscreen')) return 'fullscreen';
  if (select('popoutWindow', root.ownerDocument)) return 'popout';
  if (closest(root, 'dialog')) return 'dialog';
  return 'other';
}

/** What Jelas found in one compose root, and what it cannot do there. */
export function composeHealth(root: Element): ComposeHealth {
  const bodyAlt = which('body', root);
  const body = bodyAlt === null ? null : select('body', root);
  const reply = closest(root, 'inlineReply') !== null;
  let quote: ComposeHealth['quote'] = null;
  if (body) {
    const inBody = which('quote', body);
    if (inBody !== null) quote = { where: 'body', matched: inBody };
    else if (reply && threadMessageBodies(root).length) quote = { where: 'thread', matched: which('messageBody', threadOf(root)!) ?? 0 };
  }
  const send = which('send', root);
  const reasons: HealthReason[] = [];
  // A compose with an editable region we cannot read: nothing of ours can work on it.
  if (!body && which('editable', root) !== null) reasons.push('no-body');
  if (body && send === null) reasons.push('no-send');
  if (body && reply && !quote) reasons.push('no-quote');
  return { kind: kindOf(root), body: bodyAlt, send, sendArchive: which('sendArchive', root), reply, quote, reasons };
}

export function measureHealth(doc: Document = document): PageHealth {
  const composes = selectAll('compose', doc).map(composeHealth);
  // Counted with the alternative that matched: the others may find other elements of the same messages.
  const messages = which('threadMessage', doc);
  return {
    gmailLanguage: languageTag(doc.documentElement.getAttribute('lang')),
    main: doc.querySelector('[role="main"]') !== null,
    composes,
    threadMessages: { count: messages === null ? 0 : doc.querySelectorAll(selectors.threadMessage[messages]!.css).length, matched: messages },
    reasons: reasonsOf(composes),
  };
}

export interface HealthWatch {
  /** Something opened or closed: measure again soon (throttled). */
  poke(): void;
  /** The latest measure; measured now if a poke is pending, so the popup never reads a stale one. */
  current(): PageHealth;
}

/** Measures after pokes, at most every THROTTLE_MS; calls `onChange` when the health changed. */
export function watchHealth(onChange: (h: PageHealth) => void, signal: AbortSignal, doc: Document = document): HealthWatch {
  let last: PageHealth | null = null;
  let lastKey = '';
  let timer = 0;
  const measure = (): PageHealth => {
    clearTimeout(timer);
    timer = 0;
    const h = measureHealth(doc);
    last = h;
    const key = JSON.stringify(h);
    if (key !== lastKey) {
      lastKey = key;
      if (!signal.aborted) onChange(h);
    }
    return h;
  };
  signal.addEventListener('abort', () => clearTimeout(timer));
  return {
    poke() {
      if (timer || signal.aborted) return;
      timer = window.setTimeout(measure, THROTTLE_MS);
    },
    current: () => (timer || !last ? measure() : last),
  };
}

/**
 * Finds every compose (dialogs, inline replies, pop-out, full screen; several at once) as they open
 * and close, with ONE MutationObserver on the document. Each compose gets its own AbortSignal, aborted
 * when it goes away, so whatever was attached to it is released with it.
 */
import { anyOf, select } from './selectors';

export interface Compose {
  /** Stable for the life of the compose in this tab. */
  readonly id: string;
  /** `div.M9`: holds recipients, subject, body and the Send button. */
  readonly root: Element;
  /** The contenteditable body. */
  readonly body: HTMLElement;
  readonly signal: AbortSignal;
}

export interface DiscoverHooks {
  onOpen(compose: Compose): void;
  /** Called after the compose's signal is aborted. */
  onClose?(compose: Compose): void;
  /** Something changed inside a compose's body (typing, Gmail inserting the quote or signature). */
  onBodyMutation?(compose: Compose): void;
  /** A discovery pass ran (the page's structure changed): for the health measure, which throttles itself. */
  onScan?(): void;
}

interface Entry extends Compose {
  controller: AbortController;
}

/** Nodes we must not react to: our own overlay, and anything a scan cannot change. */
function ownNode(n: Node): boolean {
  return n.nodeType === 1 && (n as Element).hasAttribute('data-jelas-overlay');
}

/**
 * Starts watching `doc`. Returns the live list of composes (for the send check and the popup).
 * Everything stops when `signal` aborts.
 */
export function discoverComposes(hooks: DiscoverHooks, signal: AbortSignal, doc: Document = document): () => Compose[] {
  const byBody = new Map<Element, Entry>();
  let seq = 0;
  let scheduled = false;

  const close = (entry: Entry) => {
    byBody.delete(entry.body);
    entry.controller.abort();
    hooks.onClose?.(entry);
  };

  const scan = () => {
    scheduled = false;
    if (signal.aborted) return;
    for (const entry of [...byBody.values()]) {
      // Gone, moved out of its compose, or its compose emptied (full screen empties `.aaZ` when closing).
      if (!entry.body.isConnected || !entry.root.isConnected || !entry.root.contains(entry.body)) close(entry);
    }
    for (const root of doc.querySelectorAll(anyOf('compose'))) {
      const body = select('body', root) as HTMLElement | null;
      if (!body || byBody.has(body)) continue;
      const controller = new AbortController();
      const entry: Entry = { id: `compose-${++seq}`, root, body, controller, signal: controller.signal };
      byBody.set(body, entry);
      hooks.onOpen(entry);
    }
    hooks.onScan?.();
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // One scan per burst of mutations; Gmail mutates in bursts when opening a compose.
    queueMicrotask(scan);
  };

  const inBody = (n: Node): Entry | undefined => {
    for (const entry of byBody.values()) if (entry.body === n || entry.body.contains(n)) return entry;
    return undefined;
  };

  const observer = new MutationObserver((records) => {
    let structural = false;
    let touched: Entry | undefined;
    for (const r of records) {
      const entry = inBody(r.target);
      if (entry) {
        // Typing: nothing opened or closed, but that compose's text changed.
        if (entry !== touched) {
          touched = entry;
          hooks.onBodyMutation?.(entry);
        }
        continue;
      }
      if (r.type !== 'childList' || ownNode(r.target)) continue;
      if (!structural) {
        for (const n of r.addedNodes) if (n.nodeType === 1 && !ownNode(n)) structural = true;
        for (const n of r.removedNodes) if (n.nodeType === 1 && !ownNode(n)) structural = true;
      }
    }
    if (structural) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    for (const entry of [...byBody.values()]) close(entry);
  });
  scan();
  return () => [...byBody.values()];
}

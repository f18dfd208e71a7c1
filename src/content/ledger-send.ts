/**
 * Saving promises on Send (the ledger, src/shared/ledger.ts).
 *
 * A capture-phase listener on `window`, installed after the check on Send (presend.ts), sees a send that the
 * check let through: a click, Enter or Space on Send (or Send + archive, never Schedule send), Ctrl/Cmd+Enter in
 * the compose. It reads the draft's promises with a time that resolves (the engine's commitments, read against
 * the moment of sending) and keeps them pending; when Gmail then closes that compose (it sent) they are saved.
 * Gmail refusing (no recipients: its alert) drops them. A click on the Undo link of Gmail's "Message sent" toast
 * within the undo window removes what that send saved (ids already stored before it are left alone).
 *
 * Only the promise's sentence (trimmed), the thread's id and subject, the first recipient's name and the due
 * time leave this module. The clock is `host.now()`, read once per send.
 */
import browser from 'webextension-polyfill';
import { askIn } from '../engine/ask';
import type { Report } from '../engine/types';
import { resolveTime } from '../engine/when';
import { Ledger, threadLink, type LedgerArea, type NewPromise } from '../shared/ledger';
import type { Settings } from '../shared/settings';
import { viewerTimeZone, type ComposeController } from './controller';
import { readComposeContext } from './compose-context';
import { anyOf, closest, select } from './selectors';

export interface LedgerSendHost {
  settings(): Settings;
  controllerFor(el: Element): ComposeController | undefined;
  now(): number;
}

/** How long after a send attempt Gmail may take to close the compose and still count as that send. */
const SEND_WINDOW_MS = 10_000;
/** Gmail's undo window is at most 30 s (Settings → Undo send). */
const UNDO_WINDOW_MS = 35_000;


/**
 * The promises of a draft that name a time that resolves ("tomorrow at 1 PM", "besok jam 13.00", "by Friday"),
 * each with its sentence and due time. Promises with no time, or only a vague one ("ASAP", "soon"), are not kept:
 * the writer was warned about them before sending.
 */
export function timedPromises(report: Report, sentAt: number, timeZone?: string): Array<{ span: string; due: number }> {
  const out: Array<{ span: string; due: number }> = [];
  for (const c of report.signals.commitments) {
    if (askIn(c.text)?.kind !== 'promise') continue;
    const times = report.signals.times.filter((t) => t.start >= c.start && t.end <= c.end);
    const ordered = [...times.filter((t) => !t.vague), ...times.filter((t) => t.vague)];
    for (const t of ordered) {
      const r = resolveTime(t.text, { now: sentAt, ...(timeZone ? { timeZone } : {}) });
      if (r) {
        out.push({ span: c.text, due: r.due });
        break;
      }
    }
  }
  return out;
}

/** Gmail's thread id for this compose: the URL's `#label/<id>` in a thread view, else the thread heading's legacy id. */
export function threadIdOf(c: ComposeController, doc: Document = document): string | null {
  const root = c.compose.root;
  const inThread = !!closest(root, 'inlineReply') || !!select('threadList', doc);
  if (!inThread) return null;
  const fromHash = /^#[^/]+(?:\/[^/]+)*\/([A-Za-z0-9_-]{12,})$/.exec(doc.defaultView?.location.hash ?? '')?.[1];
  if (fromHash) return fromHash;
  const heading = select('threadSubject', doc);
  return heading?.getAttribute('data-legacy-thread-id') || null;
}

function subjectOf(c: ComposeController, doc: Document): string {
  const own = (select('subject', c.compose.root) as HTMLInputElement | null)?.value.trim();
  return own || select('threadSubject', doc)?.textContent?.trim() || '';
}

/** The first recipient's name as Gmail shows it (its chip), else its address: read as the rules read recipients. */
function recipientOf(c: ComposeController): string {
  const [first] = readComposeContext(c.compose.root, c.compose.body, null).recipients;
  return first?.name ?? first?.address ?? '';
}

export interface LedgerSend {
  /** The compose went away: if a send was pending on it, Gmail sent it. */
  closed(composeId: string): void;
}

export function installLedgerSend(host: LedgerSendHost, signal: AbortSignal, area: LedgerArea = browser.storage.local as unknown as LedgerArea): LedgerSend {
  const ledger = new Ledger(area, () => host.now());
  const pending = new Map<string, { at: number; promises: NewPromise[] }>();
  /** What the last send saved (a promise: an Undo may come before the write has finished). */
  let lastSaved: { at: number; ids: Promise<string[]> } | null = null;

  const attempt = (origin: Element) => {
    const s = host.settings();
    if (!s.ledger.enabled) return;
    const c = host.controllerFor(origin);
    if (!c) return;
    c.fresh();
    if (!c.report) return;
    const at = host.now();
    const doc = c.compose.root.ownerDocument;
    const threadId = threadIdOf(c, doc);
    const found = timedPromises(c.report, at, viewerTimeZone());
    if (!found.length) {
      pending.delete(c.id);
      return;
    }
    const common = { threadId, composeKey: c.draftKey(), link: threadLink(doc.defaultView?.location.href ?? '', threadId), subject: subjectOf(c, doc), to: recipientOf(c) };
    pending.set(c.id, { at, promises: found.map((p) => ({ ...common, ...p })) });
  };

  const sendTarget = (t: EventTarget | null): Element | null => {
    if (!(t instanceof Element) || closest(t, 'scheduleSend')) return null;
    return t.closest(`${anyOf('send')}, ${anyOf('sendArchive')}`);
  };
  const safely = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      console.warn('[jelas] promise ledger skipped', e);
    }
  };

  addEventListener('click', (e) => safely(() => {
    const button = sendTarget(e.target);
    if (button) return attempt(button);
    // Gmail's Undo on the "Message sent" toast: the send did not happen.
    if (e.target instanceof Element && closest(e.target, 'undoSend') && lastSaved && host.now() - lastSaved.at < UNDO_WINDOW_MS) {
      const ids = lastSaved.ids;
      lastSaved = null;
      void ids.then((list) => ledger.remove(list)).catch((err) => console.warn('[jelas] could not undo the saved promise', err));
    }
  }), { capture: true, signal });

  addEventListener('keydown', (e) => safely(() => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const button = sendTarget(e.target);
    if (button && !e.ctrlKey && !e.metaKey) return attempt(button);
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target instanceof Element && closest(e.target, 'compose')) attempt(e.target);
  }), { capture: true, signal });

  // Gmail refused to send: nothing was sent, nothing is saved.
  const watcher = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n instanceof Element && (n.matches(anyOf('alertDialog')) || n.querySelector(anyOf('alertDialog')))) pending.clear();
      }
    }
  });
  watcher.observe(document.body, { childList: true });
  signal.addEventListener('abort', () => watcher.disconnect());

  return {
    closed(composeId) {
      const p = pending.get(composeId);
      pending.delete(composeId);
      if (!p || host.now() - p.at > SEND_WINDOW_MS) return;
      const ids = ledger.add(p.promises).then((r) => {
        if (r.error) console.warn(`[jelas] could not save ${p.promises.length} promise(s): ${r.error === 'quota' ? 'storage is full' : 'storage failed'}`);
        return r.added;
      });
      lastSaved = { at: p.at, ids };
    },
  };
}

/**
 * The ledger's open promises in the thread being answered (src/shared/ledger.ts): shown at the top of the
 * compose's list and in the check on Send ("You promised on Tue 3 Mar: … — due today 13:00"), and, when the
 * draft delivers one (a file attached, a link, or the engine's delivery words with one of the promise's own words:
 * "attached", "terlampir", "sudah saya kirim"), offered to be marked done or dismissed.
 *
 * Read-only and cheap: storage.local is read when a compose is found and when a `ledger:` key changes, never per
 * keystroke; the only write is the state the writer picks (`Ledger.setState`, one key).
 */
import browser from 'webextension-polyfill';
import { deliversPromise } from '../engine/promises';
import { Ledger, LEDGER_PREFIX, type LedgerArea, type LedgerEntry, type PromiseState } from '../shared/ledger';
import { t, uiLang } from '../shared/i18n';
import { dueLabel, formatDay } from '../shared/thread-items';

/** One open promise of the thread, as the list and the checklist show it. */
export interface PromiseView {
  id: string;
  /** "You promised on Tue 3 Mar:" */
  heading: string;
  span: string;
  /** "due today 13:00" / "tenggat hari ini 13.00", or "…, overdue". */
  due: string;
  overdue: boolean;
  /** The draft seems to deliver it: Mark done and Dismiss are offered. */
  delivered: boolean;
}

const LINK = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\./i;

/** Whether a draft delivers the promise: a file attached, a link, or a delivery word with the promise's words. */
export function deliveredBy(span: string, draft: string, attachments: number): boolean {
  return attachments > 0 || LINK.test(draft) || deliversPromise(span, draft);
}

/** The open entries of a thread, soonest due first (entries are read sorted). */
export function openIn(entries: readonly LedgerEntry[], threadId: string | null): LedgerEntry[] {
  return threadId ? entries.filter((e) => e.state === 'open' && e.threadId === threadId) : [];
}

export function promiseViews(entries: readonly LedgerEntry[], draft: string, attachments: number, now: number, lang: 'en' | 'id' = uiLang()): PromiseView[] {
  return entries.map((e) => {
    const overdue = e.due < now;
    const when = dueLabel(e.due, now, lang);
    return {
      id: e.id,
      heading: t('thread_promised_on', formatDay(e.createdAt, lang)),
      span: e.span,
      due: overdue ? t('thread_overdue', when) : t('thread_due', when),
      overdue,
      delivered: deliveredBy(e.span, draft, attachments),
    };
  });
}

export class ThreadLedger {
  private entries: LedgerEntry[] = [];
  private readonly ledger: Ledger;
  private reading: Promise<void> | null = null;
  private again = false;

  constructor(
    now: () => number,
    /** The entries changed (read again): show them again. */
    private readonly changed: () => void,
    signal: AbortSignal,
    area: LedgerArea = browser.storage.local as unknown as LedgerArea,
  ) {
    this.ledger = new Ledger(area, now);
    const onChange = (changes: Record<string, unknown>, name: string) => {
      if (name === 'local' && Object.keys(changes).some((k) => k.startsWith(LEDGER_PREFIX))) this.refresh();
    };
    try {
      browser.storage.onChanged.addListener(onChange);
      signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChange));
    } catch {
      // no storage events (the extension was reloaded under the page): what was read stays
    }
  }

  /** Reads the ledger again (one read at a time; a request during a read reads once more after it). */
  refresh(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.ledger
      .read()
      .then((r) => {
        const before = JSON.stringify(this.entries);
        this.entries = r.entries.filter((e) => e.state === 'open' && e.threadId !== null);
        if (JSON.stringify(this.entries) !== before) this.changed();
      })
      .catch((e) => console.warn('[jelas] could not read the promises', e))
      .finally(() => {
        this.reading = null;
        if (this.again) {
          this.again = false;
          this.refresh();
        }
      });
  }

  openIn(threadId: string | null): LedgerEntry[] {
    return openIn(this.entries, threadId);
  }

  /** Done or dismissed: written at once, taken off the list now (the storage event then confirms it). */
  setState(id: string, state: PromiseState): void {
    this.entries = this.entries.filter((e) => e.id !== id);
    this.changed();
    this.ledger.setState(id, state).catch((e) => {
      console.warn('[jelas] could not update the promise', e);
      this.refresh();
    });
  }
}

/**
 * Everything Jelas shows in Gmail lives in one host element, `[data-jelas-overlay]`, appended to
 * `document.body` (never inside a compose) with an open shadow root, so Gmail's styles and ours never
 * mix and nothing of ours can end up in a sent message. Per compose: a badge with the count, and a
 * list of every finding (an `aria-live` region), including findings with no place in the draft.
 */
import type { Finding } from '../engine/types';
import { t } from '../shared/i18n';
import { h, onActivate } from './dom';
import { ruleTitle } from './rule-info';
import { OVERLAY_CSS } from './overlay-css';
import type { PromiseView } from './ledger-thread';

export interface ListActions {
  /** The user picked a finding in the list: show it (caret to it, card open). */
  show(composeId: string, finding: Finding): void;
  ignore(composeId: string, finding: Finding): void;
  /** Escape in a list the keyboard entered from the draft (Alt+J): back to the draft, the caret at `caret`. */
  returnFocus(composeId: string, caret: Range | null): void;
  /** Mark done or Dismiss on one of the thread's open promises (the ledger). */
  promise?(composeId: string, id: string, state: 'done' | 'dismissed'): void;
}

export interface ComposeView {
  title: string;
  findings: readonly Finding[];
  keyOf(f: Finding): string;
  /** Checking failed: show a quiet "!" rather than a silent zero. */
  broken?: boolean;
  /** Where the compose's body is on screen, for placing the badge; null when hidden (minimized). */
  rect(): DOMRect | null;
  /** The ledger's open promises in this compose's thread: shown first. */
  promises?: readonly PromiseView[];
}

interface Slot {
  badge: HTMLButtonElement;
  panel: HTMLElement;
  list: HTMLUListElement;
  view: ComposeView | null;
  open: boolean;
  /** Entered from the draft with Alt+J: the draft's selection then, to return to on Escape. */
  fromDraft: { caret: Range | null } | null;
}

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Where the fallback underlines are drawn. */
  readonly underlineLayer: HTMLElement;
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly actions: ListActions,
    signal: AbortSignal,
  ) {
    this.host = h('div', { 'data-jelas-overlay': '' });
    this.host.style.cssText = 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483000';
    this.root = this.host.attachShadow({ mode: 'open' });
    this.underlineLayer = h('div', { class: 'underlines', 'aria-hidden': 'true' });
    this.root.append(h('style', {}, OVERLAY_CSS), this.underlineLayer);
    // Keys pressed in our UI are ours: leaving the shadow root they look like keys typed outside any
    // field, and Gmail's shortcuts ("c" composes, "e" archives) would act on them.
    this.root.addEventListener('keydown', (e) => e.stopPropagation());
    document.body.append(this.host);
    signal.addEventListener('abort', () => this.host.remove());
  }

  /** Creates or updates the badge and list of one compose. */
  render(composeId: string, view: ComposeView): void {
    const slot = this.slots.get(composeId) ?? this.createSlot(composeId);
    slot.view = view;
    const promises = view.promises ?? [];
    const n = view.findings.length + promises.length;
    const label = view.broken ? t('content_badge_broken') : t('content_badge_label', n);
    slot.badge.textContent = view.broken ? '!' : String(n);
    slot.badge.hidden = n === 0 && !view.broken;
    slot.badge.setAttribute('aria-label', label);
    slot.badge.title = label;
    slot.badge.dataset.severity = view.broken ? 'broken' : n === 0 ? 'none' : worst(view.findings);
    slot.list.replaceChildren(...promises.map((p, i) => promiseItem(p, `jelas-promise-${composeId}-${i}`, (state) => this.actions.promise?.(composeId, p.id, state))), ...view.findings.map((f, i) => this.item(composeId, f, view.keyOf(f), `jelas-item-${composeId}-${i}`)));
    if (n === 0) this.setOpen(slot, false);
    this.placeSoon();
  }

  private placing = 0;

  /** Positions are read in the next frame: reading layout right after typing would force it (tens of ms under a long quote). */
  private placeSoon(): void {
    if (this.placing) return;
    this.placing = requestAnimationFrame(() => {
      this.placing = 0;
      this.reposition();
    });
  }

  remove(composeId: string): void {
    const slot = this.slots.get(composeId);
    if (!slot) return;
    slot.badge.remove();
    slot.panel.remove();
    this.slots.delete(composeId);
  }

  /** Opens a compose's list (used for findings that have no place in the draft). */
  openList(composeId: string): void {
    const slot = this.slots.get(composeId);
    if (slot) this.setOpen(slot, true);
  }

  /** Alt+J from the draft: opens the list and focuses its first control. False when there is nothing to focus. */
  focusList(composeId: string): boolean {
    const slot = this.slots.get(composeId);
    const first = slot?.list.querySelector('button');
    if (!slot || !first) return false;
    const sel = document.getSelection();
    slot.fromDraft = { caret: sel && sel.rangeCount ? sel.getRangeAt(0).cloneRange() : null };
    this.setOpen(slot, true);
    first.focus();
    return true;
  }

  reposition(): void {
    for (const slot of this.slots.values()) this.place(slot);
  }

  private createSlot(composeId: string): Slot {
    const list = h('ul', { class: 'list', 'aria-live': 'polite', 'aria-relevant': 'additions removals' });
    const panelId = `jelas-list-${composeId}`;
    const panel = h(
      'section',
      { class: 'panel closed', id: panelId, 'data-jelas': 'list', 'data-compose': composeId, 'aria-label': t('content_list_title') },
      h('header', {}, h('strong', {}, t('content_list_title')), h('button', { class: 'x', 'aria-label': t('content_close'), title: t('content_close'), onClick: () => this.setOpen(slot, false) }, '×')),
      list,
    );
    const badge = h('button', { class: 'badge', 'data-jelas': 'badge', 'data-compose': composeId, 'aria-controls': panelId, 'aria-expanded': 'false' });
    const slot: Slot = { badge, panel, list, view: null, open: false, fromDraft: null };
    onActivate(badge, () => this.setOpen(slot, !slot.open));
    panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        const from = slot.fromDraft;
        this.setOpen(slot, false);
        if (from) this.actions.returnFocus(composeId, from.caret);
        else badge.focus();
      }
    });
    this.root.append(panel, badge);
    this.slots.set(composeId, slot);
    return slot;
  }

  private setOpen(slot: Slot, open: boolean): void {
    slot.open = open;
    if (!open) slot.fromDraft = null;
    slot.panel.classList.toggle('closed', !open);
    slot.badge.setAttribute('aria-expanded', String(open));
    this.placeSoon();
  }

  /** One finding in the list; its buttons are described by its title and words, so each Ignore says which. */
  private item(composeId: string, f: Finding, key: string, id: string): HTMLLIElement {
    const anchored = f.anchored !== false;
    const about = `${id}-title ${id}-text`;
    return h(
      'li',
      { 'data-rule': f.rule, 'data-key': key, 'data-severity': f.severity, 'data-compose': composeId },
      h('div', { class: 'item-title', id: `${id}-title` }, ruleTitle(f.rule)),
      anchored && f.text ? h('q', { class: 'item-text', id: `${id}-text` }, f.text) : h('div', { class: 'item-text', id: `${id}-text` }, t('content_not_in_draft')),
      h('div', { class: 'item-msg' }, f.message),
      h(
        'div',
        { class: 'row' },
        anchored && h('button', { 'data-action': 'show', 'aria-describedby': about, onClick: () => this.actions.show(composeId, f) }, t('content_show')),
        h('button', { 'data-action': 'ignore', 'aria-describedby': about, onClick: () => this.actions.ignore(composeId, f) }, t('content_ignore')),
      ),
    );
  }

  private place(slot: Slot): void {
    const rect = slot.view?.rect() ?? null;
    const visible = !!rect && rect.width > 0 && rect.height > 0;
    slot.badge.classList.toggle('offscreen', !visible);
    if (!rect || !visible) return;
    const bottom = Math.min(rect.bottom, innerHeight) - 8;
    const right = Math.min(rect.right, innerWidth) - 8;
    slot.badge.style.left = `${Math.max(0, right - 28)}px`;
    slot.badge.style.top = `${Math.max(0, bottom - 28)}px`;
    slot.panel.style.left = `${Math.max(8, right - 340)}px`;
    slot.panel.style.bottom = `${Math.max(8, innerHeight - bottom + 36)}px`;
  }
}

/**
 * One open promise of the thread (the list and the check on Send): "You promised on Tue 3 Mar:", the promise, its due
 * time; when the draft delivers it, a note and Mark done / Dismiss, each named after the promise.
 */
export function promiseItem(p: PromiseView, id: string, act: (state: 'done' | 'dismissed') => void): HTMLLIElement {
  return h(
    'li',
    { 'data-ledger': p.id, 'data-severity': 'info', 'data-delivered': String(p.delivered) },
    h('div', { class: 'item-title' }, t('content_ledger_title')),
    h('div', { class: 'thread-who', id: `${id}-who` }, p.heading),
    h('q', { class: 'item-text', id: `${id}-text` }, p.span),
    h('div', { class: p.overdue ? 'thread-due overdue' : 'thread-due' }, p.due),
    p.delivered ? h('div', { class: 'item-msg' }, t('content_ledger_delivered')) : null,
    p.delivered
      ? h(
          'div',
          { class: 'row' },
          h('button', { class: 'primary', 'data-action': 'promise-done', 'aria-label': t('content_ledger_done_label', p.span), onClick: () => act('done') }, t('content_ledger_done')),
          h('button', { 'data-action': 'promise-dismiss', 'aria-label': t('content_ledger_dismiss_label', p.span), onClick: () => act('dismissed') }, t('content_ledger_dismiss')),
        )
      : null,
  );
}

const RANK = { info: 0, warning: 1, error: 2 } as const;

function worst(fs: readonly Finding[]): string {
  return fs.reduce((a, f) => (RANK[f.severity] > RANK[a] ? f.severity : a), 'info' as Finding['severity']);
}

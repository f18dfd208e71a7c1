/**
 * The checklist shown when Send is pressed on a draft with warnings: a modal dialog (focus trapped,
 * Review focused so Enter reviews, Escape closes) with each finding and two clear ways out.
 */
import type { Finding } from '../engine/types';
import { findingKey } from '../engine/finding-key';
import { t, uiLang } from '../shared/i18n';
import { itemDue, itemHeading, type ThreadItem } from '../shared/thread-items';
import { h } from './dom';
import { ruleTitle } from './rule-info';
import type { PromiseView } from './ledger-thread';
import { promiseItem } from './overlay';

export interface PresendChoice {
  sendAnyway(): void;
  review(): void;
  /** Escape or the close button: back to the draft, nothing sent. */
  dismiss(): void;
  /** Apply rewrite `index` of a thread item's finding (it adds an answer or an update at the end of the reply). */
  apply?(finding: Finding, index: number): void;
  /** Mark done or Dismiss on an open promise of the thread: the ledger is updated, the checklist stays (nothing sent). */
  promise?(id: string, state: 'done' | 'dismissed'): void;
}

export class PresendDialog {
  private backdrop: HTMLElement | null = null;

  constructor(private readonly root: ShadowRoot) {}

  get isOpen(): boolean {
    return this.backdrop !== null;
  }

  /**
   * `thread`: the findings that are open items of the thread, shown with who asked and when, and their rewrites.
   * `promises`: the ledger's open promises in the thread, shown first as a reminder (they never hold Send themselves).
   */
  open(composeId: string, findings: readonly Finding[], choice: PresendChoice, thread: readonly ThreadItem[] = [], promises: readonly PromiseView[] = []): void {
    this.close();
    let done = false;
    // Each way out runs once: a double click on "Send anyway" must not send twice.
    const once = (fn: () => void) => () => {
      if (done) return;
      done = true;
      this.close();
      fn();
    };
    const review = h('button', { class: 'primary', 'data-action': 'review', onClick: once(choice.review) }, t('content_presend_review'));
    const send = h('button', { 'data-action': 'send-anyway', onClick: once(choice.sendAnyway) }, t('content_presend_send_anyway'));
    const items = new Map(thread.map((x) => [x.key, x]));
    const lang = uiLang();
    /** A question owed or a promise open: who and when, the words, the due time, and Apply for each rewrite. */
    const threadItem = (f: Finding, item: ThreadItem) => {
      const due = itemDue(item, lang);
      const apply = choice.apply;
      return h(
        'li',
        { 'data-rule': f.rule, 'data-severity': f.severity, 'data-thread': item.kind },
        h('div', { class: 'item-title' }, ruleTitle(f.rule)),
        h('div', { class: 'thread-who' }, itemHeading(item, lang)),
        h('q', { class: 'item-text' }, item.text),
        due ? h('div', { class: item.overdue ? 'thread-due overdue' : 'thread-due' }, due) : null,
        ...(apply
          ? f.suggestions.slice(0, 2).map((s, i) =>
              h('div', { class: 'suggestion' }, h('span', {}, s.text), h('button', { class: 'primary', 'data-action': 'apply', 'data-index': i, onClick: once(() => apply(f, i)) }, t('content_apply'))),
            )
          : []),
      );
    };
    const dialog = h(
      'div',
      { class: 'dialog', 'data-jelas': 'presend', 'data-compose': composeId, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'jelas-presend-title', 'aria-describedby': 'jelas-presend-intro' },
      h('h2', { id: 'jelas-presend-title' }, t('content_presend_title')),
      h('p', { id: 'jelas-presend-intro' }, t('content_presend_intro', findings.length)),
      h(
        'ul',
        { class: 'list' },
        ...promises.map((p, i) => {
          const li: HTMLLIElement = promiseItem(p, `jelas-presend-promise-${i}`, (state) => {
            // the focused button goes with its item: focus stays in the dialog
            li.remove();
            review.focus();
            choice.promise?.(p.id, state);
          });
          return li;
        }),
        ...findings.map((f) => {
          const item = items.get(findingKey(f));
          if (item) return threadItem(f, item);
          return h(
            'li',
            { 'data-rule': f.rule, 'data-severity': f.severity },
            h('div', { class: 'item-title' }, ruleTitle(f.rule)),
            f.anchored !== false && f.text ? h('q', { class: 'item-text' }, f.text) : null,
            h('div', { class: 'item-msg' }, f.message),
          );
        }),
      ),
      h('div', { class: 'row' }, send, review),
    );
    const dismiss = once(choice.dismiss);
    dialog.addEventListener('keydown', (e) => {
      // Keys inside the dialog are ours alone: Gmail's shortcuts must not see them.
      e.stopPropagation();
      if (e.key === 'Escape') {
        e.preventDefault();
        dismiss();
      } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
        e.preventDefault();
        review.click();
      } else if (e.key === 'Tab') {
        const stops = [...dialog.querySelectorAll('button')];
        const i = stops.indexOf(this.root.activeElement as HTMLButtonElement);
        const next = stops[(i + (e.shiftKey ? -1 : 1) + stops.length) % stops.length];
        e.preventDefault();
        next?.focus();
      }
    });
    this.backdrop = h('div', { class: 'backdrop' }, dialog);
    this.root.append(this.backdrop);
    review.focus();
  }

  close(): void {
    this.backdrop?.remove();
    this.backdrop = null;
  }
}

/**
 * The checklist shown when Send is pressed on a draft with warnings: a modal dialog (focus trapped,
 * Review focused so Enter reviews, Escape closes) with each finding and two clear ways out.
 */
import type { Finding } from '../engine/types';
import { t } from '../shared/i18n';
import { h } from './dom';
import { ruleTitle } from './rule-info';

export interface PresendChoice {
  sendAnyway(): void;
  review(): void;
  /** Escape or the close button: back to the draft, nothing sent. */
  dismiss(): void;
}

export class PresendDialog {
  private backdrop: HTMLElement | null = null;

  constructor(private readonly root: ShadowRoot) {}

  get isOpen(): boolean {
    return this.backdrop !== null;
  }

  open(composeId: string, findings: readonly Finding[], choice: PresendChoice): void {
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
    const dialog = h(
      'div',
      { class: 'dialog', 'data-jelas': 'presend', 'data-compose': composeId, role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'jelas-presend-title', 'aria-describedby': 'jelas-presend-intro' },
      h('h2', { id: 'jelas-presend-title' }, t('content_presend_title')),
      h('p', { id: 'jelas-presend-intro' }, t('content_presend_intro', findings.length)),
      h(
        'ul',
        { class: 'list' },
        ...findings.map((f) =>
          h(
            'li',
            { 'data-rule': f.rule, 'data-severity': f.severity },
            h('div', { class: 'item-title' }, ruleTitle(f.rule)),
            f.anchored !== false && f.text ? h('q', { class: 'item-text' }, f.text) : null,
            h('div', { class: 'item-msg' }, f.message),
          ),
        ),
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

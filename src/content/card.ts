/**
 * The card for one finding: what is wrong, why it matters, rewrites with Apply, Ignore (this draft)
 * and Turn off this rule. Opened by hovering an underline or by moving the caret into one; Escape or
 * leaving it closes it. It never takes focus on its own, so typing is never interrupted: the keyboard
 * enters it with Alt+J (`focusIn`), and leaving it (Escape, Apply, Ignore) puts the caret back where it was.
 */
import type { Finding } from '../engine/types';
import { t } from '../shared/i18n';
import { h } from './dom';
import { ruleTitle, ruleWhy } from './rule-info';

export interface CardActions {
  keyOf(f: Finding): string;
  apply(composeId: string, finding: Finding, suggestionIndex: number): void;
  ignore(composeId: string, finding: Finding): void;
  disableRule(ruleId: string): void;
  /** Focus left the card: back to the compose's draft, the caret at `caret` (where it was before Alt+J). */
  returnFocus(composeId: string, caret: Range | null): void;
}

export interface OpenCard {
  composeId: string;
  key: string;
  /** What opened it: the pointer closes it on leaving, the caret on moving away. */
  by: 'pointer' | 'caret' | 'review';
}

export class Card {
  private readonly el: HTMLElement;
  private current: OpenCard | null = null;
  private hideTimer = 0;
  /** The finding whose card the user closed with Escape: the caret does not reopen it until it leaves. */
  private dismissed: string | null = null;
  /** The draft's selection when the keyboard entered the card. */
  private caret: Range | null = null;

  constructor(
    private readonly root: ShadowRoot,
    private readonly actions: CardActions,
    signal: AbortSignal,
  ) {
    this.el = h('div', { class: 'card', 'data-jelas': 'card', role: 'dialog', hidden: true });
    this.el.addEventListener('mouseenter', () => clearTimeout(this.hideTimer));
    this.el.addEventListener('mouseleave', () => this.hideSoon());
    this.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.dismiss();
      }
    });
    root.append(this.el);
    // Escape closes the card wherever focus is (usually the editable), and only then is it ours.
    addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape' && this.current) {
          e.stopPropagation();
          e.preventDefault();
          this.dismiss();
        }
      },
      { capture: true, signal },
    );
    signal.addEventListener('abort', () => clearTimeout(this.hideTimer));
  }

  get state(): OpenCard | null {
    return this.current;
  }

  /** Opens the card for `finding`; `others` are findings on the same words, reachable from the card. */
  open(composeId: string, finding: Finding, key: string, at: DOMRect | null, by: OpenCard['by'], others: readonly Finding[] = []): void {
    const id = `${composeId}\n${key}`;
    if (by === 'caret' && this.dismissed === id) return;
    if (this.dismissed !== id) this.dismissed = null;
    clearTimeout(this.hideTimer);
    if (this.current?.composeId === composeId && this.current.key === key && !this.el.hidden) {
      if (by !== 'pointer') this.current.by = by;
      return;
    }
    this.current = { composeId, key, by };
    const titleId = `jelas-card-title`;
    this.el.setAttribute('aria-labelledby', titleId);
    this.el.dataset.rule = finding.rule;
    this.el.dataset.severity = finding.severity;
    this.el.dataset.compose = composeId;
    this.el.replaceChildren(
      h('div', { class: 'card-title', id: titleId }, ruleTitle(finding.rule)),
      h('div', { class: 'msg' }, finding.message),
      h('div', { class: 'why' }, ruleWhy(finding.rule)),
      // Each Apply is described by its rewrite, so a screen reader tells the Apply buttons apart.
      ...finding.suggestions.slice(0, 3).map((s, i) =>
        h(
          'div',
          { class: 'suggestion' },
          h('span', { id: `jelas-card-suggestion-${i}` }, s.text),
          h(
            'button',
            { class: 'primary', 'data-action': 'apply', 'data-index': i, 'aria-describedby': `jelas-card-suggestion-${i}`, onClick: () => this.act(() => this.actions.apply(composeId, finding, i)) },
            t('content_apply'),
          ),
        ),
      ),
      h(
        'div',
        { class: 'row' },
        h('button', { 'data-action': 'ignore', onClick: () => this.act(() => this.actions.ignore(composeId, finding)) }, t('content_ignore')),
        h('button', { 'data-action': 'disable-rule', onClick: () => this.act(() => this.actions.disableRule(finding.rule)) }, t('content_disable_rule')),
      ),
      ...others.map((o) =>
        h(
          'button',
          {
            class: 'also',
            'data-action': 'also',
            'data-rule': o.rule,
            onClick: () => {
              this.current = null;
              this.open(composeId, o, this.actions.keyOf(o), at, this.state?.by ?? by, [finding, ...others.filter((x) => x !== o)]);
            },
          },
          t('content_also_here', ruleTitle(o.rule)),
        ),
      ),
    );
    this.el.hidden = false;
    this.place(at);
  }

  /** Escape: close, and stay closed while the caret stays on the same words. */
  dismiss(): void {
    if (this.current) this.dismissed = `${this.current.composeId}\n${this.current.key}`;
    this.close();
  }

  /** The caret left every finding: a dismissed card may open again next time. */
  caretLeft(): void {
    this.dismissed = null;
  }

  close(): void {
    clearTimeout(this.hideTimer);
    const had = this.current && this.el.contains(this.root.activeElement) ? this.current.composeId : null;
    this.current = null;
    this.el.hidden = true;
    if (had !== null) this.actions.returnFocus(had, this.caret);
    this.caret = null;
  }

  /** Alt+J from the draft: focus the card's first control. False when no card is open. */
  focusIn(): boolean {
    const first = this.current && !this.el.hidden ? this.el.querySelector('button') : null;
    if (!first) return false;
    const sel = document.getSelection();
    this.caret = sel && sel.rangeCount ? sel.getRangeAt(0).cloneRange() : null;
    first.focus();
    return true;
  }

  /** Closes after a moment, so the pointer can travel from the underline to the card. */
  hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => {
      if (this.current?.by === 'pointer') this.close();
    }, 350);
  }

  /** Keeps the card open while the pointer is over its underline. */
  keep(): void {
    clearTimeout(this.hideTimer);
  }

  private act(fn: () => void): void {
    this.close();
    fn();
  }

  private place(at: DOMRect | null): void {
    const w = 320;
    const r = at ?? new DOMRect(innerWidth / 2 - w / 2, innerHeight / 3, w, 0);
    const left = Math.max(8, Math.min(r.left, innerWidth - w - 8));
    this.el.style.left = `${left}px`;
    // Below the text if there is room, else above it.
    const h = this.el.offsetHeight || 160;
    const top = r.bottom + 6 + h < innerHeight ? r.bottom + 6 : Math.max(8, r.top - h - 6);
    this.el.style.top = `${top}px`;
  }
}

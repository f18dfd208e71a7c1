/**
 * Check on Send. Capture-phase listeners on `window` see Send before Gmail's delegated handlers do:
 * a click on Send (or Send + archive; never Schedule send), Enter/Space on it, and Ctrl/Cmd+Enter
 * anywhere in the compose. If the draft has warnings the event is stopped and the checklist shown;
 * "Send anyway" opens a one-shot pass for that compose and clicks Send again the way a user would.
 * Whatever goes wrong inside Jelas, the send goes through untouched.
 */
import type { Finding } from '../engine/types';
import type { Settings } from '../shared/settings';
import type { ComposeController } from './controller';
import { anyOf, closest, select } from './selectors';

export interface PresendHost {
  settings(): Settings;
  /** The controller of the compose containing `el`, if any. */
  controllerFor(el: Element): ComposeController | undefined;
  /**
   * Shows the checklist; `send` is called once if the user chooses "Send anyway". `from` is the Send button
   * pressed (focus goes back to it when the checklist closes), null after Ctrl/Cmd+Enter.
   */
  ask(c: ComposeController, findings: Finding[], send: () => void, from: Element | null): void;
  /** Closes our checklist (Gmail refused to send, or the compose went away). */
  dismiss(): void;
}

/** Findings that should stop a send, given the user's trigger setting. */
export function blocking(findings: readonly Finding[], s: Settings): Finding[] {
  if (!s.presend.enabled) return [];
  return s.presend.trigger === 'any' ? [...findings] : findings.filter((f) => f.severity !== 'info');
}

/** Dispatches a click the way a pointer does; Gmail accepts untrusted clicks on Send (InboxSDK simulateClick). */
export function clickLikeUser(el: Element): void {
  const r = el.getBoundingClientRect();
  const init: MouseEventInit = { bubbles: true, cancelable: true, composed: true, view: window, button: 0, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
  el.dispatchEvent(new MouseEvent('mousedown', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.dispatchEvent(new MouseEvent('click', init));
}

function sendButtonOf(root: Element): Element | null {
  return select('send', root);
}

export function installPresend(host: PresendHost, signal: AbortSignal): void {
  /** Composes allowed to send once without a check (after "Send anyway"). */
  const passes = new WeakSet<ComposeController>();

  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  const check = (e: Event, origin: Element, button: Element | null): void => {
    const c = host.controllerFor(origin);
    if (!c) return;
    if (passes.has(c)) {
      passes.delete(c);
      return;
    }
    const s = host.settings();
    if (!s.presend.enabled) return;
    c.fresh();
    const findings = blocking(c.findings, s);
    if (!findings.length) return;
    // No Send button we know to press again: "Send anyway" could not send, so this send is not held.
    if (!button && !sendButtonOf(c.compose.root)) return;
    // Show the checklist first: if that throws, the event was never stopped and Gmail sends.
    host.ask(c, findings, () => {
      const target = button && button.isConnected ? button : sendButtonOf(c.compose.root);
      if (!target) return;
      passes.add(c);
      // The pass is for this one click; if Gmail ignores it, the next Send is checked again.
      setTimeout(() => passes.delete(c), 1000);
      clickLikeUser(target);
    }, button);
    stop(e);
  };

  const sendTarget = (t: EventTarget | null): Element | null => {
    if (!(t instanceof Element)) return null;
    if (closest(t, 'scheduleSend')) return null;
    return t.closest(`${anyOf('send')}, ${anyOf('sendArchive')}`);
  };

  addEventListener(
    'click',
    (e) => {
      try {
        const button = sendTarget(e.target);
        if (button) check(e, button, button);
      } catch (err) {
        console.warn('[jelas] send check skipped', err);
      }
    },
    { capture: true, signal },
  );

  addEventListener(
    'keydown',
    (e) => {
      try {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        const button = sendTarget(e.target);
        if (button && !e.ctrlKey && !e.metaKey) {
          check(e, button, button);
          return;
        }
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && e.target instanceof Element && e.target.closest(anyOf('compose'))) {
          check(e, e.target, null);
        }
      } catch (err) {
        console.warn('[jelas] send check skipped', err);
      }
    },
    { capture: true, signal },
  );

  // Gmail refused to send (no recipients): its own alert speaks; ours must not stay behind.
  const watcher = new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n instanceof Element && (n.matches(anyOf('alertDialog')) || n.querySelector(anyOf('alertDialog')))) {
          host.dismiss();
          return;
        }
      }
    }
  });
  watcher.observe(document.body, { childList: true });
  signal.addEventListener('abort', () => watcher.disconnect());
}

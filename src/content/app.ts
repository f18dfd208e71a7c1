/**
 * Wires the content script: compose discovery → one controller per compose → underlines, badge, list,
 * card and the check on Send; settings from storage (changes apply at once); the popup's messages;
 * the toolbar count. Everything hangs off one AbortSignal.
 */
import browser from 'webextension-polyfill';
import { Analyzer, findingKey } from '../engine/index';
import type { Finding } from '../engine/types';
import { freshDefaults, type Settings } from '../shared/settings';
import { ignoreFinding, loadSettings, onSettingsChanged, updateSettings } from '../shared/storage';
import { Card } from './card';
import { ComposeController, type Shared } from './controller';
import { discoverComposes } from './discover';
import { createUnderliner } from './highlights';
import { Overlay } from './overlay';
import { PresendDialog } from './presend-dialog';
import { blocking, installPresend } from './presend';
import { installLedgerSend, threadIdOf, type LedgerSend } from './ledger-send';
import { promiseViews, ThreadLedger } from './ledger-thread';
import { trackPointerAndCaret } from './hover';
import { listenToPopup } from './popup-bridge';
import { watchHealth } from './health';
import { isDegraded } from '../shared/health';

export function start(signal: AbortSignal): void {
  let settings: Settings = freshDefaults();
  const controllers = new Map<string, ComposeController>();

  const controllerFor = (n: Node | null): ComposeController | undefined => {
    if (!n) return undefined;
    for (const c of controllers.values()) if (c.compose.root === n || c.compose.root.contains(n)) return c;
    return undefined;
  };
  const bodyControllerFor = (n: Node | null): ComposeController | undefined => {
    const c = controllerFor(n);
    return c && n && (c.compose.body === n || c.compose.body.contains(n)) ? c : undefined;
  };

  /** Keyboard focus back to a compose's draft, the caret where it was when focus left it (if still there). */
  const focusDraft = (id: string, caret: Range | null) => {
    const body = controllers.get(id)?.compose.body;
    if (!body?.isConnected) return;
    body.focus({ preventScroll: true });
    const sel = document.getSelection();
    if (caret && sel && body.contains(caret.startContainer)) {
      sel.removeAllRanges();
      sel.addRange(caret);
    }
  };
  const overlay = new Overlay(
    {
      show: (id, f) => reveal(id, f),
      ignore: (id, f) => controllers.get(id)?.ignore(findingKey(f)),
      returnFocus: focusDraft,
      promise: (id, promiseId, state) => {
        threadLedger.setState(promiseId, state);
        // the buttons went with the item: back to the draft
        if (!overlay.root.activeElement) focusDraft(id, null);
      },
    },
    signal,
  );
  const underliner = createUnderliner(overlay.underlineLayer, signal);
  const card = new Card(
    overlay.root,
    {
      keyOf: findingKey,
      apply: (id, f, i) => controllers.get(id)?.apply(findingKey(f), i),
      ignore: (id, f) => controllers.get(id)?.ignore(findingKey(f)),
      returnFocus: focusDraft,
      disableRule: (rule) => {
        settings = { ...settings, rules: { ...settings.rules, [rule]: false } };
        reanalyzeAll();
        updateSettings((s) => ({ ...s, rules: { ...s.rules, [rule]: false } })).catch((e) => console.warn('[jelas] could not save settings', e));
      },
    },
    signal,
  );
  const dialog = new PresendDialog(overlay.root);
  /** Set once the check on Send is installed: its listener must come after that one (a held send is not a send). */
  let ledgerSend: LedgerSend | null = null;
  let dialogFor: string | null = null;

  let lastBadge = '';
  let degraded = false;
  /** The toolbar badge of this tab: the things to check, or "!" when Jelas lost a function here. */
  const sendCount = () => {
    let n = 0;
    for (const c of controllers.values()) n += c.findings.length;
    const key = `${n}/${degraded}`;
    if (key === lastBadge) return;
    lastBadge = key;
    try {
      browser.runtime.sendMessage({ type: 'jelas:count', count: n, degraded }).catch(() => undefined);
    } catch {
      // the extension was reloaded under this page: the badge count is lost, the page is not
    }
  };
  const health = watchHealth((h) => {
    degraded = isDegraded(h);
    sendCount();
  }, signal);

  /** The ledger's open promises in the thread a compose answers, with whether its draft delivers them. */
  const openPromisesOf = (c: ComposeController) => {
    if (!settings.ledger.enabled) return [];
    try {
      return threadLedger.openIn(threadIdOf(c, c.compose.root.ownerDocument));
    } catch {
      return [];
    }
  };
  const promisesOf = (c: ComposeController) => {
    const open = openPromisesOf(c);
    return open.length ? promiseViews(open, c.map?.text ?? '', c.attachments, Date.now()) : [];
  };
  const render = (c: ComposeController) =>
    overlay.render(c.id, { title: c.title(), findings: c.findings, keyOf: findingKey, broken: c.broken, rect: () => c.compose.body.getBoundingClientRect(), promises: promisesOf(c) });
  const threadLedger = new ThreadLedger(
    () => Date.now(),
    () => {
      for (const c of controllers.values()) render(c);
    },
    signal,
  );

  const shared: Shared = {
    settings: () => settings,
    changed(c) {
      render(c);
      const open = card.state;
      if (open?.composeId === c.id && !c.byKey(open.key)) card.close();
      sendCount();
    },
    // the thread's promises follow the draft (delivered or not) even when its findings stay the same
    unchanged(c) {
      if (openPromisesOf(c).length) render(c);
    },
    underline: (id, marks) => underliner.set(id, marks),
    persistIgnore: (draftKey, key) => void ignoreFinding(draftKey, key).catch((e) => console.warn('[jelas] could not save ignore', e)),
  };

  function reanalyzeAll() {
    for (const c of controllers.values()) {
      c.invalidate();
      c.analyzeNow();
    }
  }

  function reveal(id: string, f: Finding, by: 'review' | 'caret' = 'review') {
    const c = controllers.get(id);
    if (!c) return;
    if (f.anchored === false) {
      overlay.openList(id);
      return;
    }
    c.reveal(f);
    card.open(id, f, findingKey(f), c.rangeOf(f)?.getBoundingClientRect() ?? null, by, c.overlapping(f));
    underliner.setActive(c.rangeOf(f));
  }

  const live = discoverComposes(
    {
      onOpen(compose) {
        const c = new ComposeController(compose, shared);
        controllers.set(compose.id, c);
        if (settings.ledger.enabled) threadLedger.refresh();
        // A prefilled draft is read as soon as the page is idle, not in the middle of Gmail opening it.
        whenIdle(() => {
          if (!compose.signal.aborted && !c.map) c.analyzeNow();
        }, 200);
      },
      onClose(compose) {
        ledgerSend?.closed(compose.id);
        controllers.delete(compose.id);
        overlay.remove(compose.id);
        underliner.clear(compose.id);
        if (card.state?.composeId === compose.id) card.close();
        if (dialogFor === compose.id) {
          dialog.close();
          dialogFor = null;
        }
        sendCount();
      },
      onScan() {
        health.poke();
        // the page's structure changed: a thread above a reply may have gained, lost or expanded a message
        for (const c of controllers.values()) c.threadMaybeChanged();
      },
      onBodyMutation(compose) {
        controllers.get(compose.id)?.touched();
        if (card.state?.composeId === compose.id && card.state.by !== 'pointer') {
          card.close();
          underliner.setActive(null);
        }
      },
    },
    signal,
  );
  void live;

  loadSettings()
    .then((s) => {
      settings = s;
      if (s.ledger.enabled) threadLedger.refresh();
      reanalyzeAll();
    })
    .catch((e) => console.warn('[jelas] using default settings', e));
  const unsubscribe = onSettingsChanged((s) => {
    settings = s;
    if (s.ledger.enabled) threadLedger.refresh();
    reanalyzeAll();
  });
  signal.addEventListener('abort', unsubscribe);

  installPresend(
    {
      settings: () => settings,
      controllerFor: (el) => controllerFor(el),
      ask(c, findings, send, from) {
        // The page took our overlay out: a checklist nobody can see must not hold the send (presend lets it go).
        if (!overlay.host.isConnected) throw new Error('overlay removed by the page');
        card.close();
        const show = (list: Finding[]) => {
          dialogFor = c.id;
          dialog.open(
            c.id,
            list,
            {
              sendAnyway: () => {
                dialogFor = null;
                send();
              },
              review: () => {
                dialogFor = null;
                const first = list.find((f) => f.anchored !== false) ?? list[0];
                if (first) reveal(c.id, first);
              },
              dismiss: () => {
                dialogFor = null;
                // Back to what opened the checklist: the Send button pressed, or the draft after Ctrl+Enter.
                if (from?.isConnected && from instanceof HTMLElement) from.focus();
                else c.compose.body.focus();
              },
              promise: (id, state) => threadLedger.setState(id, state),
              // a thread item's rewrite: applied, then the checklist again with what is left (nothing sent)
              apply: (f, i) => {
                dialogFor = null;
                c.apply(findingKey(f), i);
                const rest = blocking(c.findings, settings);
                if (rest.length) show(rest);
                else c.compose.body.focus();
              },
            },
            c.threadItems(),
            promisesOf(c),
          );
        };
        show(findings);
      },
      dismiss() {
        dialog.close();
        dialogFor = null;
      },
    },
    signal,
  );

  ledgerSend = installLedgerSend({ settings: () => settings, controllerFor: (el) => controllerFor(el), now: () => Date.now() }, signal);

  // The engine's first run compiles a lot of code; do it while the user is not typing yet.
  whenIdle(() => warmUp(), 2000);

  // Alt+J ("Jelas") in a compose: into the card open on the caret's words, or else into the compose's list.
  // Every other key, and Alt+J where we have nothing to show, is left to Gmail.
  addEventListener(
    'keydown',
    (e) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.code !== 'KeyJ' || !(e.target instanceof Node)) return;
      const c = controllerFor(e.target);
      if (!c) return;
      const entered = (card.state?.composeId === c.id && card.focusIn()) || (c.findings.length > 0 && overlay.focusList(c.id));
      if (!entered) return;
      e.preventDefault();
      e.stopPropagation();
    },
    { capture: true, signal },
  );

  trackPointerAndCaret({ controllerOfNode: bodyControllerFor, card, underliner, overlayHost: overlay.host }, signal);
  trackLayout();
  listenToPopup(controllers, () => health.current(), signal);

  /** Keeps badges (and fallback underlines) with their composes as Gmail scrolls, resizes and moves moles. */
  function trackLayout() {
    let queued = false;
    const update = () => {
      queued = false;
      overlay.reposition();
      underliner.reposition();
    };
    const schedule = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(update);
    };
    addEventListener('scroll', () => {
      if (card.state?.by === 'pointer') card.close();
      schedule();
    }, { capture: true, passive: true, signal });
    addEventListener('resize', schedule, { passive: true, signal });
    const timer = setInterval(schedule, 1000);
    signal.addEventListener('abort', () => clearInterval(timer));
  }

}

/** Runs `fn` when the page is idle (at the latest after `timeout` ms). */
function whenIdle(fn: () => void, timeout: number): void {
  const w = globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
  if (w.requestIdleCallback) w.requestIdleCallback(fn, { timeout });
  else setTimeout(fn, Math.min(timeout, 50));
}

/** One throwaway analysis in both languages, so the first real one after typing is not the slow one. */
function warmUp(): void {
  try {
    new Analyzer().analyze('Hi, could you send it tomorrow? I will reply ASAP. Tolong kirim besok ya, nanti saya cek. oke', 'Can you share the report by Friday? Bisakah dikirim minggu depan?');
  } catch {
    // a warm-up failing changes nothing
  }
}

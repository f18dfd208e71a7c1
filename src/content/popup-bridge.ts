/**
 * Answers the popup (src/shared/messages.ts): the checklist of the focused or most recently used
 * compose of this tab with the tab's health (src/content/health.ts), and Apply / Ignore on one of its
 * findings. The draft's text goes only to the extension's own popup, through the browser's messaging.
 */
import browser from 'webextension-polyfill';
import { isToContent, type ApplyReply, type ChecklistReply, type ToContent } from '../shared/messages';
import type { PageHealth } from '../shared/health';
import type { ComposeController } from './controller';

export function listenToPopup(controllers: ReadonlyMap<string, ComposeController>, health: () => PageHealth, signal: AbortSignal): void {
  const mostRecent = () => {
    let best: ComposeController | undefined;
    for (const c of controllers.values()) if (!best || c.lastUsed > best.lastUsed) best = c;
    return best;
  };
  /** The tab's health; a failure to measure it must not cost the popup its checklist. */
  const measured = (): { health?: PageHealth } => {
    try {
      return { health: health() };
    } catch (e) {
      console.warn('[jelas] could not measure health', e);
      return {};
    }
  };
  const onMessage = (msg: unknown): Promise<ChecklistReply | ApplyReply> | undefined => {
    if (!isToContent(msg)) return undefined;
    const m = msg as ToContent;
    try {
      if (m.type === 'jelas:get-checklist') {
        const c = mostRecent();
        return Promise.resolve({ checklist: c?.checklist() ?? null, focusedAt: c?.lastUsed ?? 0, ...measured() });
      }
      if (m.type === 'jelas:apply' || m.type === 'jelas:ignore') {
        const c = controllers.get(m.composeId);
        if (!c) return Promise.resolve({ ok: false, checklist: null });
        let ok = true;
        if (m.type === 'jelas:apply') ok = c.apply(m.findingKey, m.suggestionIndex);
        else c.ignore(m.findingKey);
        return Promise.resolve({ ok, checklist: c.checklist() });
      }
    } catch (e) {
      console.warn('[jelas] message failed', e);
      return Promise.resolve({ ok: false, checklist: null });
    }
    // Not ours (e.g. another part's message): let other listeners answer.
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage as never));
}

import type Browser from 'webextension-polyfill';
import type { ToBackground } from '../shared/messages';

type Api = Pick<typeof Browser, 'action' | 'runtime'>;

/** The badge's colours: the count of things to check, and the degraded state ("!"). */
export const BADGE_COLOR = '#b45309';
export const DEGRADED_COLOR = '#b42318';
export const DEGRADED_TEXT = '!';

/** The badge shows how many things to check; nothing when there are none, "99+" beyond two digits. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}

function isToBackground(m: unknown): m is ToBackground {
  const type = (m as { type?: unknown } | null)?.type;
  if (type === 'jelas:open-options') return true;
  return type === 'jelas:count' && typeof (m as { count?: unknown }).count === 'number';
}

/**
 * Returns a promise only for messages it handles: returning undefined lets other listeners (and
 * senders expecting no reply) go on, as the runtime.onMessage contract asks.
 */
export function handleMessage(
  api: Api,
  msg: unknown,
  sender: Browser.Runtime.MessageSender,
  /** When the badge counts promises (src/background/reminders.ts): its text and colour, which replace the draft count. */
  promises: () => { text: string; color: string } | null = () => null,
): Promise<void> | undefined {
  if (!isToBackground(msg)) return undefined;
  if (msg.type === 'jelas:open-options') return api.runtime.openOptionsPage();
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  // Jelas lost a function in this tab (Gmail changed): a distinct "!" in a distinct colour, over the count.
  const degraded = msg.degraded === true;
  const instead = degraded ? null : promises();
  const text = degraded ? DEGRADED_TEXT : (instead?.text ?? badgeText(msg.count));
  const color = degraded ? DEGRADED_COLOR : (instead?.color ?? BADGE_COLOR);
  // A tab closed in the meantime makes these reject; that is not an error worth surfacing.
  return Promise.all([api.action.setBadgeText({ tabId, text }), api.action.setBadgeBackgroundColor({ tabId, color })]).then(
    () => undefined,
    () => undefined,
  );
}

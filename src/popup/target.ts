/**
 * Which draft the popup is about: the compose of the active Gmail tab if it has one, else the most
 * recently used compose of the most recently used Gmail tab. Each Gmail tab's content script is asked
 * for its checklist and its health; a tab without our script (just installed, still loading) simply does
 * not answer. With no compose anywhere, the active (else most recently used) Gmail tab that answered is
 * still the target, for its health: a compose Jelas cannot read has no checklist.
 */
import type Browser from 'webextension-polyfill';
import type { PageHealth } from '../shared/health';
import type { ChecklistReply, ComposeChecklist } from '../shared/messages';

export const GMAIL_TABS = 'https://mail.google.com/*';
const ASK_TIMEOUT_MS = 1500;

type Api = Pick<typeof Browser, 'tabs'>;

export interface Target {
  tabId: number;
  /** Null when that tab has no compose Jelas can read. */
  checklist: ComposeChecklist | null;
  /** What that tab found (null from a content script too old to say). */
  health: PageHealth | null;
}

async function ask(api: Api, tabId: number): Promise<ChecklistReply | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), ASK_TIMEOUT_MS));
  const reply = api.tabs.sendMessage(tabId, { type: 'jelas:get-checklist' }).then(
    (r) => r as ChecklistReply,
    () => null,
  );
  const r = await Promise.race([reply, timeout]);
  return r && typeof r === 'object' && 'checklist' in r ? r : null;
}

export async function findTarget(api: Api): Promise<Target | null> {
  const [[active], tabs] = await Promise.all([
    api.tabs.query({ active: true, currentWindow: true }).catch(() => []),
    api.tabs.query({ url: GMAIL_TABS }).catch(() => []),
  ]);
  const answers = await Promise.all(
    tabs.filter((t) => t.id !== undefined).map(async (tab) => ({ tab, reply: await ask(api, tab.id!) })),
  );
  const answered = answers.filter((a): a is { tab: Browser.Tabs.Tab; reply: ChecklistReply } => !!a.reply);
  const recent = (a: { tab: Browser.Tabs.Tab }, b: { tab: Browser.Tabs.Tab }) => (b.tab.lastAccessed ?? 0) - (a.tab.lastAccessed ?? 0);
  const open = answered.filter((a) => !!a.reply.checklist);
  const pick = open.length
    ? (open.find((a) => a.tab.id === active?.id) ?? open.sort((a, b) => recent(a, b) || b.reply.focusedAt - a.reply.focusedAt)[0]!)
    : (answered.find((a) => a.tab.id === active?.id) ?? answered.sort(recent)[0]);
  if (!pick) return null;
  return { tabId: pick.tab.id!, checklist: pick.reply.checklist, health: pick.reply.health ?? null };
}

/**
 * Which draft the popup is about: the compose of the active Gmail tab if it has one, else the most
 * recently used compose of the most recently used Gmail tab. Each Gmail tab's content script is asked
 * for its checklist; a tab without our script (just installed, still loading) simply does not answer.
 */
import type Browser from 'webextension-polyfill';
import type { ChecklistReply, ComposeChecklist } from '../shared/messages';

export const GMAIL_TABS = 'https://mail.google.com/*';
const ASK_TIMEOUT_MS = 1500;

type Api = Pick<typeof Browser, 'tabs'>;

export interface Target {
  tabId: number;
  checklist: ComposeChecklist;
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
  const open = answers.filter((a): a is { tab: Browser.Tabs.Tab; reply: ChecklistReply & { checklist: ComposeChecklist } } => !!a.reply?.checklist);
  if (!open.length) return null;
  const pick =
    open.find((a) => a.tab.id === active?.id) ??
    open.sort((a, b) => (b.tab.lastAccessed ?? 0) - (a.tab.lastAccessed ?? 0) || b.reply.focusedAt - a.reply.focusedAt)[0]!;
  return { tabId: pick.tab.id!, checklist: pick.reply.checklist };
}

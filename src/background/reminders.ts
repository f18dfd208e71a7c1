/**
 * The ledger's side of the background: the toolbar badge when it counts promises, and reminders.
 *
 * One alarm, `jelas:promises`, is set for the next moment something changes: a reminder falls due (the promise's
 * due time less the reminder lead), or a promise enters the badge's "due within the hour". When it fires (or the
 * ledger or the settings change, or the worker starts) `tick` reads the ledger, shows the reminders that are due,
 * sets the badge and the next alarm. No state lives in the worker: it may be stopped between two alarms.
 *
 * A reminder is a system notification, and only when the user turned reminders on in the options page and
 * granted the optional `notifications` permission there: without it `browser.notifications` does not exist, and
 * nothing is shown. The clock is injected (`now`), so tests set the time.
 */
import type Browser from 'webextension-polyfill';
import { dueCount, Ledger, type LedgerArea, type LedgerEntry } from '../shared/ledger';
import type { Settings } from '../shared/settings';
import { formatDue } from '../engine/when';
import { t, uiLang } from '../shared/i18n';
import { badgeText } from './handlers';

export const ALARM = 'jelas:promises';
const HOUR = 3_600_000;
export const PROMISE_BADGE_COLOR = '#1d4ed8';

export interface ReminderDeps {
  area: LedgerArea;
  settings: Settings;
  now: number;
  /** Shows one reminder; false when it could not (no permission). */
  notify(entry: LedgerEntry, now: number): Promise<boolean>;
  /** Sets the one alarm for `when` (ms since the epoch), or clears it with null. */
  schedule(when: number | null): Promise<void>;
  /** Sets the toolbar badge: the promise count's text, or null to leave the badge to the draft count. */
  badge(text: string | null): Promise<void>;
}

/** What a tick did, for tests and logs. */
export interface TickResult {
  reminded: string[];
  badge: string | null;
  next: number | null;
}

/** When the reminder of an open promise is due, or null when it has none left to show. */
export function reminderAt(e: LedgerEntry, s: Settings): number | null {
  if (!s.ledger.remind || e.state !== 'open' || e.remindedAt !== undefined) return null;
  return e.due - s.ledger.remindMinutes * 60_000;
}

export async function tick(deps: ReminderDeps): Promise<TickResult> {
  const { settings: s, now } = deps;
  const ledger = new Ledger(deps.area, () => now);
  const { entries } = s.ledger.enabled ? await ledger.read() : { entries: [] };
  const open = entries.filter((e) => e.state === 'open');
  const reminded: string[] = [];
  for (const e of open) {
    const at = reminderAt(e, s);
    // due for a reminder, and not yet due itself (an overdue promise is the badge's and the popup's to show)
    if (at === null || at > now || e.due <= now) continue;
    if (await deps.notify(e, now).catch(() => false)) {
      await ledger.markReminded(e.id);
      reminded.push(e.id);
    }
  }
  const badge = s.ledger.enabled && s.ledger.badge === 'promises' ? badgeText(dueCount(open, now)) : null;
  await deps.badge(badge);
  const times: number[] = [];
  for (const e of open) {
    const at = reminderAt(e, s);
    if (at !== null && at > now && !reminded.includes(e.id)) times.push(at);
    if (badge !== null && e.due - HOUR > now) times.push(e.due - HOUR);
  }
  const next = times.length ? Math.min(...times) : null;
  await deps.schedule(next);
  return { reminded, badge, next };
}

type Api = Pick<typeof Browser, 'alarms' | 'action' | 'runtime' | 'tabs'> & { notifications?: typeof Browser.notifications };

/** The reminder's text: "You promised Tom: “I'll email you the press release tomorrow at 1 PM” (due Wed 4 Mar 13:00)". */
export function reminderMessage(e: LedgerEntry, now: number): { title: string; message: string } {
  const lang = uiLang();
  const when = formatDue(e.due, undefined, lang, now);
  return {
    title: e.to ? t('reminder_title_to', e.to) : t('reminder_title'),
    message: t('reminder_body', e.span, when),
  };
}

/** The real browser's side of `tick`'s dependencies. */
export function browserDeps(api: Api, area: LedgerArea, settings: Settings, now: number): ReminderDeps {
  return {
    area,
    settings,
    now,
    async notify(e, at) {
      const notifications = api.notifications;
      if (!notifications) return false;
      const { title, message } = reminderMessage(e, at);
      await notifications.create(`jelas:${e.id}`, { type: 'basic', iconUrl: api.runtime.getURL('icons/icon-128.png'), title, message });
      return true;
    },
    async schedule(when) {
      if (when === null) await api.alarms.clear(ALARM);
      // alarms fire at the earliest 30 s from now (Chrome's minimum for packed extensions)
      else await api.alarms.create(ALARM, { when: Math.max(when, now + 30_000) });
    },
    async badge(text) {
      if (text === null) return;
      await api.action.setBadgeText({ text });
      await api.action.setBadgeBackgroundColor({ color: PROMISE_BADGE_COLOR });
      // A Gmail tab's own badge (the draft count) would cover the global one: give each the same text.
      const tabs = await api.tabs.query({ url: 'https://mail.google.com/*' }).catch(() => []);
      await Promise.all(
        tabs.filter((tab) => tab.id !== undefined).map((tab) =>
          Promise.all([api.action.setBadgeText({ tabId: tab.id!, text }), api.action.setBadgeBackgroundColor({ tabId: tab.id!, color: PROMISE_BADGE_COLOR })]).catch(() => undefined),
        ),
      );
    },
  };
}

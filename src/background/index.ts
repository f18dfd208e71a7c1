/**
 * Background: a Chrome service worker or a Firefox event page, so no DOM and no state that must
 * survive being stopped. It keeps the toolbar badge in step with each Gmail tab (the count, or "!"
 * when Jelas lost a function there), opens the options page when the content script asks, and, for the
 * promise ledger, sets the badge when it counts promises and shows reminders (src/background/reminders.ts).
 * Email text never reaches it; the ledger's entries hold only what src/shared/ledger.ts lists.
 */
import browser from 'webextension-polyfill';
import { BADGE_COLOR, handleMessage } from './handlers';
import { ALARM, browserDeps, PROMISE_BADGE_COLOR, tick } from './reminders';
import { loadSettings } from '../shared/storage';
import { LEDGER_PREFIX, type LedgerArea } from '../shared/ledger';

/** The promise count's badge text, once known (null: the badge shows the draft count). */
let promiseBadge: string | null = null;

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) =>
  handleMessage(browser, msg, sender, () => (promiseBadge === null ? null : { text: promiseBadge, color: PROMISE_BADGE_COLOR })),
);
void browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });

let running: Promise<unknown> = Promise.resolve();
/** One tick at a time: a burst of storage changes (a send saving three promises) runs it once more, not three times at once. */
function runTick(): void {
  running = running.then(async () => {
    const settings = await loadSettings();
    const wasCounting = promiseBadge !== null;
    const r = await tick(browserDeps(browser, browser.storage.local as unknown as LedgerArea, settings, Date.now()));
    promiseBadge = r.badge;
    // back to the draft count: the global text the promise count had set goes
    if (wasCounting && r.badge === null) await browser.action.setBadgeText({ text: '' });
  }).catch((e) => console.warn('[jelas] promise reminders', e));
}

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === ALARM) runTick();
});
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && 'settings' in changes) runTick();
  if (area === 'local' && Object.keys(changes).some((k) => k === 'settings' || k.startsWith(LEDGER_PREFIX))) runTick();
});
browser.runtime.onStartup?.addListener(runTick);
runTick();

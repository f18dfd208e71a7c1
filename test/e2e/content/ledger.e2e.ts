/**
 * Promises kept (the ledger), end to end in Chromium on the simulator, with the clocks set by the test: the Gmail
 * tab's content script (its isolated world, over the DevTools protocol), the popup (Playwright's page clock) and
 * the service worker (its Date.now). A reply "oke, I'll email you the press release tomorrow at 1 PM" sent in the
 * thread is saved, appears in the popup as due tomorrow 13:00 to Tom; the next day at 12:30 the reminder fires
 * (the notification recorded in the worker); Done takes it off the badge's count. The same in Indonesian. Undo
 * send removes what the send saved; a retried send stores nothing twice; the stored entry holds no email body.
 * Replying in that thread the next day shows the promise at the top of the compose's list (in the UI's language,
 * due today 13:00); a reply that delivers it ("attached", "terlampir") offers Mark done, which takes it off the
 * badge's count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchJelas, sendVia, sent, typeInto, waitForJelas, type Jelas } from '../harness';
import { overlay, presend } from './helpers';

/** The service worker's `chrome` (only ever used inside serviceWorker.evaluate). */
declare const chrome: {
  storage: { local: Store; sync: Store };
  alarms: { create(name: string, info: { when: number }): Promise<void> };
  action: { getBadgeText(details: { tabId?: number }): Promise<string> };
};
interface Store {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The browser in use (a test may swap in one with another UI language for its duration). */
let jelas: Jelas;
beforeAll(async () => {
  jelas = await launchJelas();
});
afterAll(async () => {
  await jelas?.close();
});

/** Tuesday 3 March 2026, 09:00 in the browser's zone (the process's, which Chromium inherits). */
const SENT_AT = new Date(2026, 2, 3, 9, 0).getTime();
const DUE = new Date(2026, 2, 4, 13, 0).getTime();
const NEXT_DAY_1230 = new Date(2026, 2, 4, 12, 30).getTime();

/** Sets Date.now in the content script's isolated world of `page` (and the page's own world) to run from `at`. */
async function setContentClock(page: Page, at: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const expression = `(() => { const start = performance.now(); Date.now = () => ${at} + Math.round(performance.now() - start); })()`;
  const ours = contexts.filter((c) => c.origin.startsWith('chrome-extension://') || c.auxData?.type === 'isolated');
  expect(ours.length).toBeGreaterThan(0);
  for (const c of ours) await cdp.send('Runtime.evaluate', { expression, contextId: c.id });
  await cdp.send('Runtime.disable');
  await cdp.detach();
}

/** Sets the service worker's clock (its Date.now) to run from `at`. */
async function setWorkerClock(at: number): Promise<void> {
  await jelas.serviceWorker.evaluate((t) => {
    const start = performance.now();
    Date.now = () => t + Math.round(performance.now() - start);
  }, at);
}

async function storedLedger(): Promise<Array<Record<string, unknown>>> {
  return jelas.serviceWorker.evaluate(async () => {
    const all = (await chrome.storage.local.get(null)) as Record<string, unknown>;
    return Object.entries(all).filter(([k]) => k.startsWith('ledger:')).map(([, v]) => v as Record<string, unknown>);
  });
}

async function clearLedger(): Promise<void> {
  await jelas.serviceWorker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('ledger:')));
  });
}

async function patchSettings(ledger: Record<string, unknown>): Promise<void> {
  await jelas.serviceWorker.evaluate(async (patch) => {
    const cur = ((await chrome.storage.sync.get('settings'))['settings'] ?? {}) as Record<string, unknown>;
    const prev = (cur['ledger'] ?? {}) as Record<string, unknown>;
    await chrome.storage.sync.set({ settings: { ...cur, version: 1, ledger: { ...prev, ...patch }, savedAt: Date.now() + 1e12 } });
  }, ledger);
}

/** Types the reply into the thread's inline compose and sends it (through the checklist, if it opens). */
async function reply(page: Page, text: string): Promise<void> {
  await typeInto(page, 0, text, { where: 'draft-end' });
  await page.waitForTimeout(400);
  await sendVia(page, 0, 'click');
  const anyway = presend(page).locator('[data-action="send-anyway"]');
  await Promise.race([anyway.waitFor({ state: 'visible', timeout: 3000 }).then(() => anyway.click()), page.waitForFunction(() => (window as unknown as { __gmailSim: { sent: unknown[] } }).__gmailSim.sent.length > 0, undefined, { timeout: 3000 })]).catch(() => undefined);
  await expect.poll(async () => (await sent(page)).length).toBe(1);
}

async function openPopup(at: number): Promise<Page> {
  const page = await jelas.context.newPage();
  await page.clock.install({ time: at });
  await page.goto(`chrome-extension://${jelas.extensionId}/src/popup/index.html`);
  return page;
}

const cases = [
  { lang: 'en', text: "oke, I'll email you the press release tomorrow at 1 PM", when: 'tomorrow 13:00', delivers: 'Here it is, attached.' },
  { lang: 'id', text: 'saya kirim besok jam 13.00 ya', when: 'tomorrow 13:00', delivers: 'Press release-nya terlampir ya.' },
] as const;

describe('the promise ledger', () => {
  for (const c of cases) {
    it(`${c.lang}: a sent promise is saved, shown in the popup, reminded at 12:30 the next day, and Done takes it off the badge`, async () => {
      await clearLedger();
      await patchSettings({ enabled: true, badge: 'promises', remind: true, remindMinutes: 30 });
      const page = await jelas.openGmail('thread-reply', c.lang === 'id' ? { lang: 'id' } : {});
      await waitForJelas(jelas, page);
      await setContentClock(page, SENT_AT);
      await reply(page, c.text);

      await expect.poll(storedLedger, { timeout: 5000 }).toHaveLength(1);
      const [entry] = await storedLedger();
      expect(entry).toMatchObject({ span: c.text, due: DUE, state: 'open', to: 'Tom Becker', threadId: 'FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmB' });
      expect(entry!['link']).toBe('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmB');
      // only the listed fields, and nothing of the email but the promise's own sentence
      expect(Object.keys(entry!).sort()).toEqual(['createdAt', 'due', 'id', 'link', 'span', 'state', 'subject', 'threadId', 'to', 'updatedAt', 'v']);
      const stored = JSON.stringify(await jelas.serviceWorker.evaluate(() => chrome.storage.local.get(null)));
      expect(stored).not.toContain('please share your press release');
      expect(stored).not.toContain('tom@client.example');

      // The popup, an hour after sending: upcoming, due tomorrow 13:00, to Tom.
      const popup = await openPopup(SENT_AT + 3_600_000);
      const item = popup.locator('[data-jelas="promises"] [data-bucket="upcoming"] li[data-promise]');
      await expect.poll(() => item.count()).toBe(1);
      const shown = await item.innerText();
      expect(shown).toContain(c.text);
      expect(shown).toContain('Tom');
      expect(shown).toContain(c.when);
      await popup.close();

      // The next day at 12:30: the reminder (recorded: the optional permission cannot be granted headless).
      await jelas.serviceWorker.evaluate(() => {
        // Chromium has a native `browser` namespace beside `chrome` (the polyfill then uses it): stub both.
        const w = self as unknown as { __notes: unknown[]; chrome: Record<string, unknown>; browser?: Record<string, unknown> };
        w.__notes = [];
        const stub = {
          create: (id: string, opts: unknown, cb?: (id: string) => void) => {
            w.__notes.push({ id, opts });
            cb?.(id);
            return Promise.resolve(id);
          },
        };
        w.chrome['notifications'] = stub;
        if (w.browser) w.browser['notifications'] = stub;
      });
      const realNow = Date.now();
      await setWorkerClock(NEXT_DAY_1230);
      await jelas.serviceWorker.evaluate((when) => chrome.alarms.create('jelas:promises', { when }), realNow + 200);
      await expect
        .poll(() => jelas.serviceWorker.evaluate(() => (self as unknown as { __notes: Array<{ id: string; opts: { message: string; title: string } }> }).__notes), { timeout: 5000 })
        .toHaveLength(1);
      const [note] = await jelas.serviceWorker.evaluate(() => (self as unknown as { __notes: Array<{ id: string; opts: { message: string; title: string } }> }).__notes);
      expect(note!.id).toBe(`jelas:${String(entry!['id'])}`);
      expect(note!.opts.title).toContain('Tom');
      expect(note!.opts.message).toContain(c.text);
      // the badge counts it: due within the hour
      await expect.poll(() => jelas.serviceWorker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 5000 }).toBe('1');

      // Done in the popup (at 12:30 it is due today) takes it off the count.
      const later = await openPopup(NEXT_DAY_1230);
      const today = later.locator('[data-jelas="promises"] [data-bucket="today"] li[data-promise]');
      await expect.poll(() => today.count()).toBe(1);
      await today.locator('[data-action="done"]').click();
      await expect.poll(() => today.count()).toBe(0);
      await expect.poll(() => jelas.serviceWorker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 5000 }).toBe('');
      expect((await storedLedger())[0]).toMatchObject({ state: 'done' });
      await later.close();
      await setWorkerClock(Date.now());
      await page.close();
    });
  }

  const inThread = [
    { lang: 'en', text: cases[0].text, delivers: 'Here is the press release, attached.', promised: 'You promised on Tue 3 Mar:', due: 'due today 13:00', done: 'Mark done' },
    { lang: 'id', text: cases[1].text, delivers: 'Press release-nya terlampir ya.', promised: 'Anda berjanji pada Sel', due: 'tenggat hari ini 13.00', done: 'Tandai selesai' },
  ] as const;
  for (const c of inThread) {
    it(`${c.lang}: the next day a reply in the thread shows the promise first; one that delivers it offers Mark done, which takes it off the badge`, async () => {
      const saved = jelas;
      // the Indonesian flow in a browser whose UI is Indonesian
      if (c.lang === 'id') jelas = await launchJelas({ locale: 'id' });
      try {
        await clearLedger();
        await patchSettings({ enabled: true, badge: 'promises', remind: false });
        const sim = c.lang === 'id' ? { lang: 'id' as const } : {};
        const first = await jelas.openGmail('thread-reply', sim);
        await waitForJelas(jelas, first);
        await setContentClock(first, SENT_AT);
        await reply(first, c.text);
        await expect.poll(storedLedger, { timeout: 5000 }).toHaveLength(1);
        await first.close();

        // The next day at 12:30: due within the hour, the badge counts it.
        const realNow = Date.now();
        await setWorkerClock(NEXT_DAY_1230);
        await jelas.serviceWorker.evaluate((when) => chrome.alarms.create('jelas:promises', { when }), realNow + 200);
        await expect.poll(() => jelas.serviceWorker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 5000 }).toBe('1');

        // Replying in the thread: the promise at the top of the compose's list, due today 13:00.
        const page = await jelas.openGmail('thread-reply', sim);
        await waitForJelas(jelas, page);
        await setContentClock(page, NEXT_DAY_1230);
        const item = overlay(page).locator('[data-jelas="list"] li[data-ledger]');
        await expect.poll(() => item.count(), { timeout: 5000 }).toBe(1);
        expect(await overlay(page).locator('[data-jelas="list"] li').first().getAttribute('data-ledger')).toBeTruthy();
        await typeInto(page, 0, 'Hi Tom,', { where: 'draft-end' });
        await expect.poll(() => item.innerText(), { timeout: 5000 }).toContain(c.due);
        const shown = await item.innerText();
        expect(shown).toContain(c.promised);
        expect(shown).toContain(c.text);
        // not delivered yet: a reminder, nothing to click
        expect(await item.getAttribute('data-delivered')).toBe('false');
        expect(await item.locator('button').count()).toBe(0);

        // A reply that delivers it: Mark done (named after the promise) and Dismiss.
        await typeInto(page, 0, ` ${c.delivers}`, { where: 'draft-end' });
        await expect.poll(() => item.getAttribute('data-delivered'), { timeout: 5000 }).toBe('true');
        const done = item.locator('[data-action="promise-done"]');
        expect(await done.innerText()).toBe(c.done);
        expect(await done.getAttribute('aria-label')).toContain(c.text);
        await expect.poll(() => item.locator('[data-action="promise-dismiss"]').count()).toBe(1);
        await overlay(page).locator('[data-jelas="badge"]').first().click();
        await done.click();
        await expect.poll(() => item.count(), { timeout: 5000 }).toBe(0);
        await expect.poll(async () => (await storedLedger())[0]?.['state'], { timeout: 5000 }).toBe('done');
        await expect.poll(() => jelas.serviceWorker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 5000 }).toBe('');
        // nothing was sent by it
        expect(await sent(page)).toHaveLength(0);
        await setWorkerClock(Date.now());
        await page.close();
      } finally {
        if (jelas !== saved) await jelas.close();
        jelas = saved;
      }
    });
  }

  it('Undo send removes the promise that send saved; sending it again stores it once', async () => {
    await clearLedger();
    await patchSettings({ enabled: true, badge: 'drafts', remind: false });
    const page = await jelas.openGmail('thread-reply', { undoMs: 20_000 });
    await waitForJelas(jelas, page);
    await setContentClock(page, SENT_AT);
    await reply(page, "oke, I'll email you the press release tomorrow at 1 PM");
    await expect.poll(storedLedger, { timeout: 5000 }).toHaveLength(1);
    await page.locator('#link_undo').click();
    await expect.poll(storedLedger, { timeout: 5000 }).toHaveLength(0);
    // Gmail opened the draft again; sending it now saves it once more, once.
    await page.locator('div.M9').waitFor();
    await page.waitForTimeout(400);
    await sendVia(page, 0, 'click');
    const anyway = presend(page).locator('[data-action="send-anyway"]');
    await anyway.click({ timeout: 2000 }).catch(() => undefined);
    await expect.poll(storedLedger, { timeout: 5000 }).toHaveLength(1);
    await page.close();
  });

  it('with the ledger off, nothing is saved', async () => {
    await clearLedger();
    await patchSettings({ enabled: false });
    const page = await jelas.openGmail('thread-reply');
    await waitForJelas(jelas, page);
    await reply(page, "oke, I'll email you the press release tomorrow at 1 PM");
    await page.waitForTimeout(500);
    expect(await storedLedger()).toEqual([]);
    await patchSettings({ enabled: true });
    await page.close();
  });
});

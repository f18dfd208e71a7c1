/**
 * The extension's own pages in Chromium with the built extension: the options page stores what the
 * person sets, survives corrupt storage, exports and imports; the popup (opened as a tab, so it
 * falls back to the most recently used Gmail tab) lists and fixes the draft; switching a rule off in
 * the options page clears it in an open Gmail tab at once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { typeInto, waitForJelas } from '../harness';
import { bodyText, openOptions, underlines, waitForRules, useJelas } from '../content/helpers';

const session = useJelas();

type Stored = Record<string, unknown> & { rules?: Record<string, boolean> };
type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> };
/** The service worker's `chrome` (no @types/chrome here: only the storage calls these tests make). */
declare const chrome: {
  storage: { sync: Area; local: Area };
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** The toolbar badge of the (only) Gmail tab. */
async function gmailBadge(): Promise<string> {
  return session.jelas.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  });
}

/** What is in chrome.storage.sync, read through the service worker as the browser stores it. */
async function storedSettings(): Promise<Stored | undefined> {
  return session.jelas.serviceWorker.evaluate(async () => (await chrome.storage.sync.get('settings'))['settings'] as Stored | undefined);
}

async function clearStorage(): Promise<void> {
  await session.jelas.serviceWorker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
}

/** A Gmail thread where the client asked for something, answered with a bare "oke". */
async function gmailReplyOke(): Promise<Page> {
  const page = await session.jelas.openGmail('thread-reply');
  await waitForJelas(session.jelas, page);
  await typeInto(page, 0, 'oke');
  await waitForRules(page, (r) => r.includes('terse-tone') && r.includes('missing-deadline'));
  return page;
}

function withoutStamp(s: Stored | undefined): Stored {
  const { savedAt: _t, ...rest } = s ?? {};
  return rest;
}

describe('options page', () => {
  it('stores a rule switched off in chrome.storage.sync', async () => {
    await clearStorage();
    const page = await openOptions(session.jelas);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const toggle = page.locator('[data-rule-toggle="terse-tone"]');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click({ force: true });
    await expect.poll(async () => (await storedSettings())?.rules?.['terse-tone'], { timeout: 3000 }).toBe(false);
    await page.reload();
    await page.locator('[data-rule-toggle="terse-tone"]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-rule-toggle="terse-tone"]').isChecked()).toBe(false);
    await page.close();
  });

  it('imports an exported file and gets the same settings back', async () => {
    await clearStorage();
    const page = await openOptions(session.jelas);
    await page.getByLabel(/^Strict/).check();
    await page.locator('[data-rule-toggle="hedging"]').click({ force: true });
    const vague = page.locator('[data-phrases="extraVague"]');
    await vague.fill('end of sprint\nhabis lebaran');
    await vague.blur();
    await expect.poll(async () => (await storedSettings())?.['phrases'], { timeout: 3000 }).toMatchObject({ extraVague: ['end of sprint', 'habis lebaran'] });
    const before = withoutStamp(await storedSettings());

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export"]').click()]);
    expect(download.suggestedFilename()).toBe('jelas-settings.json');
    const file = readFileSync((await download.path())!, 'utf8');

    await page.locator('[data-action="reset"]').click();
    await expect.poll(async () => withoutStamp(await storedSettings())['sensitivity'], { timeout: 3000 }).toBe('normal');

    await page.locator('input[type=file]').setInputFiles({ name: 'jelas-settings.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByText('Settings imported.').waitFor({ timeout: 3000 });
    expect(withoutStamp(await storedSettings())).toEqual(before);
    expect(await page.locator('[data-rule-toggle="hedging"]').isChecked()).toBe(true);
    await page.close();
  });

  it('garbage in storage leaves a working extension with defaults', async () => {
    await clearStorage();
    await session.jelas.serviceWorker.evaluate(async () => {
      await chrome.storage.sync.set({ settings: 'garbage' });
      await chrome.storage.local.set({ ignored: 42, settings: { rules: [1], sensitivity: { a: 1 } } });
    });
    const page = await openOptions(session.jelas);
    for (const id of ['missing-deadline', 'vague-time', 'unanswered-question', 'terse-tone']) {
      expect(await page.locator(`[data-rule-toggle="${id}"]`).isChecked()).toBe(true);
    }
    expect(await page.locator('[data-rule-toggle="hedging"]').isChecked()).toBe(false);
    expect(await page.locator('input[name=sensitivity][value=normal]').isChecked()).toBe(true);
    // The content script still checks drafts with the default rules.
    const gmail = await gmailReplyOke();
    await gmail.close();
    await page.close();
  });
});

describe('popup with the Gmail simulator', () => {
  it('lists the draft of the most recently used Gmail tab, and Apply rewrites it there', async () => {
    await clearStorage();
    const gmail = await gmailReplyOke();
    const popup = await session.jelas.openExtensionPage('src/popup/index.html');
    await popup.locator('[data-rule="terse-tone"]').first().waitFor({ timeout: 5000 });
    expect(await popup.locator('[data-rule="missing-deadline"]').count()).toBeGreaterThan(0);
    await popup.locator('[data-rule="terse-tone"] [data-action="apply"]').first().click();
    await expect.poll(async () => (await bodyText(gmail)).trim(), { timeout: 3000 }).not.toBe('oke');
    await popup.locator('[data-rule="terse-tone"]').waitFor({ state: 'detached', timeout: 3000 });
    await popup.close();
    await gmail.close();
  });

  it('the toolbar badge counts the things to check in the Gmail tab', async () => {
    await clearStorage();
    const gmail = await gmailReplyOke();
    await expect.poll(gmailBadge, { timeout: 3000 }).toMatch(/^[1-9]\d*$/);
    for (let i = 0; i < 3; i++) await gmail.keyboard.press('Backspace');
    await gmail.keyboard.type('Thanks Tom! I will email you the press release tomorrow by 10:00 AM.');
    await waitForRules(gmail, (r) => r.length === 0);
    await expect.poll(gmailBadge, { timeout: 3000 }).toBe('');
    await gmail.close();
  });

  it('without a Gmail draft, offers Try it and checks a pasted message locally', async () => {
    const popup = await session.jelas.openExtensionPage('src/popup/index.html');
    const box = popup.getByLabel('Your message');
    await box.waitFor({ timeout: 5000 });
    await box.fill('Please send me the report ASAP.');
    await popup.locator('[data-rule="vague-time"]').waitFor({ timeout: 5000 });
    await popup.close();
  });
});

describe('settings reach open Gmail tabs at once', () => {
  it('switching a rule off clears its findings in Gmail without a reload, switching it on brings them back', async () => {
    await clearStorage();
    const gmail = await gmailReplyOke();
    const options = await openOptions(session.jelas);
    const toggle = options.locator('[data-rule-toggle="terse-tone"]');
    await toggle.click({ force: true });
    await waitForRules(gmail, (r) => !r.includes('terse-tone') && r.includes('missing-deadline'));
    await toggle.click({ force: true });
    await waitForRules(gmail, (r) => r.includes('terse-tone'));
    // Both findings underline the same "oke": with both rules off, nothing is underlined.
    expect(await underlines(gmail)).toBeGreaterThan(0);
    await options.locator('[data-rule-toggle="missing-deadline"]').click({ force: true });
    await toggle.click({ force: true });
    await waitForRules(gmail, (r) => !r.includes('terse-tone') && !r.includes('missing-deadline'));
    await expect.poll(() => underlines(gmail), { timeout: 2000 }).toBe(0);
    await options.locator('[data-rule-toggle="missing-deadline"]').click({ force: true });
    await expect.poll(() => underlines(gmail), { timeout: 2000 }).toBeGreaterThan(0);
    await options.close();
    await gmail.close();
  });
});

/**
 * When Gmail changes under us, Jelas says so: on the simulator's mangled pages (Send renamed and moved, a
 * reply whose quote cannot be found, a body we cannot recognise) the popup shows the health notice with the
 * right reason, the tab's toolbar badge shows "!" in its own colour, and Gmail still sends exactly once; on
 * every normal page there is no notice and no "!". The diagnostic report the popup offers holds no text of
 * the draft or the quote, no subject and no address.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sent, typeInto, waitForJelas, type SimName, type SimOptions } from '../harness';
import { editable, expectSentOnce, presend, sendButton, useJelas, waitForRules } from './helpers';

const session = useJelas();

declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]> };
  storage: { local: { clear(): Promise<void> } };
};

const DEGRADED_RGB = [0xb4, 0x23, 0x18];
const COUNT_RGB = [0xb4, 0x53, 0x09];

const pages: Page[] = [];
afterEach(async () => {
  for (const p of pages.splice(0)) if (!p.isClosed()) await p.close();
  await session.jelas.serviceWorker.evaluate(() => chrome.storage.local.clear());
});

async function open(sim: SimName, opts: SimOptions = {}): Promise<Page> {
  const page = await session.jelas.openGmail(sim, opts);
  pages.push(page);
  await waitForJelas(session.jelas, page);
  return page;
}

/** The toolbar badge of the (only) Gmail tab: its text and background colour (r, g, b). */
async function badge(): Promise<{ text: string; rgb: number[] }> {
  return session.jelas.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
    const tabId = tab!.id!;
    return { text: await chrome.action.getBadgeText({ tabId }), rgb: (await chrome.action.getBadgeBackgroundColor({ tabId })).slice(0, 3) };
  });
}

/** The popup, opened as a tab (so it is about the most recently used Gmail tab), once it has loaded. */
async function openPopup(): Promise<Page> {
  const popup = await session.jelas.openExtensionPage('src/popup/index.html');
  pages.push(popup);
  await popup.locator('.summary, .empty').first().waitFor({ timeout: 5000 });
  return popup;
}

const notice = (popup: Page) => popup.locator('[data-jelas="health"]');
const report = (popup: Page) => popup.getByLabel('Diagnostic report, for a bug report');

const VAGUE = 'Hi Tom,\nCan you send me the signed contract ASAP?';

describe('Gmail changed under us: the notice, the badge, and Send still sends once', () => {
  it('Send renamed and moved: "cannot check it when you press Send", "!" on the badge, warnings still shown, sent once', async () => {
    const page = await open('inbox-compose', { body: VAGUE, mangle: 'send-class,send-moved' });
    await waitForRules(page, (r) => r.includes('vague-time'));
    await expect.poll(badge, { timeout: 3000 }).toEqual({ text: '!', rgb: DEGRADED_RGB });

    const popup = await openPopup();
    await notice(popup).waitFor({ timeout: 5000 });
    expect(await notice(popup).getAttribute('data-reasons')).toBe('no-send');
    expect(await notice(popup).getAttribute('role')).toBe('status');
    expect(await notice(popup).innerText()).toContain('Jelas can read this draft but cannot check it when you press Send: Gmail may have changed. Warnings still show.');
    // The draft's warnings are still listed under the notice.
    expect(await popup.locator('[data-rule="vague-time"]').count()).toBeGreaterThan(0);
    expect(await report(popup).inputValue()).toContain('send none');

    const before = await editable(page).evaluate((el) => el.innerHTML);
    await sendButton(page).click();
    await expectSentOnce(page, before);
    expect(await presend(page).count()).toBe(0);
    // The compose is gone, and with it the loss: the badge is back to the (empty) count.
    await expect.poll(badge, { timeout: 3000 }).toEqual({ text: '', rgb: COUNT_RGB });
  });

  it('a reply whose quote cannot be found: "cannot find the message you are replying to", "!" on the badge, sent once', async () => {
    const page = await open('thread-reply', { mangle: 'quote-missing' });
    // Without the quote, a bare "oke" answers nothing Jelas can see: a promise with a vague time is still flagged.
    await typeInto(page, 0, 'Sure, I will send it soon.', { where: 'draft-end' });
    await waitForRules(page, (r) => r.includes('vague-time'));
    await expect.poll(badge, { timeout: 3000 }).toEqual({ text: '!', rgb: DEGRADED_RGB });

    const popup = await openPopup();
    await notice(popup).waitFor({ timeout: 5000 });
    expect(await notice(popup).getAttribute('data-reasons')).toBe('no-quote');
    expect(await notice(popup).innerText()).toContain('Jelas cannot find the message you are replying to');
    expect(await report(popup).inputValue()).toContain('quote none');

    // Send is still checked (the checklist), and "Send anyway" sends exactly once.
    const before = await editable(page).evaluate((el) => el.innerHTML);
    await sendButton(page).click();
    await presend(page).waitFor({ state: 'visible' });
    expect(await sent(page)).toEqual([]);
    await presend(page).locator('[data-action="send-anyway"]').click();
    await expectSentOnce(page, before);
  });

  it('a body we cannot recognise: "sees a draft but cannot read it", "!" on the badge, Gmail sends once as without us', async () => {
    const page = await open('inbox-compose', { mangle: 'body-bare' });
    await editable(page).focus();
    await page.keyboard.type('Please send it ASAP!!');
    await expect.poll(badge, { timeout: 3000 }).toEqual({ text: '!', rgb: DEGRADED_RGB });

    const popup = await openPopup();
    await notice(popup).waitFor({ timeout: 5000 });
    expect(await notice(popup).getAttribute('data-reasons')).toBe('no-body');
    expect(await notice(popup).innerText()).toContain('Jelas sees a draft but cannot read it');
    // No checklist for a draft we cannot read: Try it is offered beside the notice.
    expect(await popup.locator('.empty').count()).toBe(1);

    const before = await editable(page).evaluate((el) => el.innerHTML);
    await page.keyboard.press('Control+Enter');
    await expectSentOnce(page, before);
  });

  it('a fallback that still works (body without g_editable) is no loss: no notice, and the report names the fallback', async () => {
    const page = await open('inbox-compose', { body: VAGUE, mangle: 'body-attr' });
    await waitForRules(page, (r) => r.includes('vague-time'));
    const popup = await openPopup();
    await popup.locator('[data-rule="vague-time"]').first().waitFor({ timeout: 5000 });
    expect(await notice(popup).count()).toBe(0);
    expect((await badge()).text).toMatch(/^[1-9]\d*$/);
    await popup.locator('details.report-fold summary').click();
    expect(await report(popup).inputValue()).toContain('compose 1: dialog; body #2; send #0');
  });
});

describe('normal pages', () => {
  const NORMAL: Array<[SimName, SimOptions]> = [
    ['inbox-compose', { body: VAGUE }],
    ['thread-reply', {}],
    ['popout', { body: VAGUE }],
    ['fullscreen', { body: VAGUE }],
    ['two-dialogs', { body: VAGUE }],
  ];
  for (const [sim, opts] of NORMAL) {
    it(`${sim}: no notice, no "!"`, async () => {
      const page = await open(sim, opts);
      if (sim === 'thread-reply') await typeInto(page, 0, 'oke', { where: 'draft-end' });
      await waitForRules(page, (r) => r.length > 0);
      await expect.poll(async () => (await badge()).text, { timeout: 3000 }).toMatch(/^[1-9]\d*$/);
      const popup = await openPopup();
      await popup.locator('[data-rule]').first().waitFor({ timeout: 5000 });
      expect(await notice(popup).count()).toBe(0);
      expect(await badge()).toEqual({ text: expect.stringMatching(/^[1-9]\d*$/), rgb: COUNT_RGB });
    });
  }
});

describe('the diagnostic report', () => {
  const DRAFT = 'Can you send the Zanzibar pelican contract ASAP?';
  const SUBJECT = 'Quokka merger plans';
  const QUOTE = 'Could the narwhal budget arrive by Friday?';
  const TO = 'Xylo Phone <xylophone.person@secret-client.example>';
  const CC = 'cc.wombat@hidden.example';

  for (const [name, sim, opts] of [
    ['a new message with Send lost', 'inbox-compose', { mangle: 'send-class,send-moved', to: TO, cc: CC, subject: SUBJECT, body: DRAFT }],
    ['a reply with its quote expanded and Send lost', 'thread-reply', { mangle: 'send-class,send-moved', trimmed: false, incoming: QUOTE, cc: CC, body: DRAFT }],
  ] as const) {
    it(`${name}: no draft text, quote, subject or address; copied as shown`, async () => {
      const page = await open(sim, opts);
      await waitForRules(page, (r) => r.length > 0);
      const popup = await openPopup();
      await notice(popup).waitFor({ timeout: 5000 });
      const text = await report(popup).inputValue();
      expect(text).toMatch(/^Jelas diagnostic report\nversion: \d+\.\d+\.\d+\nbrowser: \S.*\ngmail language: en\n/);
      expect(text).toContain('composes: 1 ');
      for (const secret of ['Zanzibar', 'pelican', 'Quokka', 'narwhal', 'Xylo', 'xylophone', 'wombat', 'Tom Becker', 'Dewi', 'Press release']) expect(text).not.toContain(secret);
      expect(text).not.toContain('@');
      // The Copy button is reachable by keyboard and labelled; what it copies is what is shown.
      const copy = popup.getByRole('button', { name: 'Copy report' });
      await copy.focus();
      await popup.keyboard.press('Enter');
      await popup.getByText('Copied. Paste it into your bug report.').waitFor({ timeout: 3000 });
      // Pasted (into the Gmail draft at hand, as into a bug report), it is the report as shown.
      await page.bringToFront();
      await editable(page).focus();
      await page.keyboard.press('Control+V');
      const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
      await expect.poll(async () => squash(await editable(page).innerText())).toContain(squash(text));
    });
  }
});

describe('light and dark', () => {
  it('the notice follows the colour scheme', async () => {
    await open('inbox-compose', { body: VAGUE, mangle: 'send-class,send-moved' });
    const popup = await openPopup();
    await notice(popup).waitFor({ timeout: 5000 });
    const colours = () => popup.locator('section.health').evaluate((el) => ({ bg: getComputedStyle(el).backgroundColor, fg: getComputedStyle(el).color }));
    await popup.emulateMedia({ colorScheme: 'light' });
    const light = await colours();
    await popup.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    expect(light).toEqual({ bg: 'rgb(246, 247, 249)', fg: 'rgb(29, 33, 39)' });
    expect(dark).toEqual({ bg: 'rgb(31, 35, 41)', fg: 'rgb(231, 233, 236)' });
  });
});

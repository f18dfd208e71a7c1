/**
 * Text from an email is only ever placed into our UI as text. Markup-looking payloads go into the
 * draft (typed and prefilled), the quoted client message (our rewrites quote the client's words),
 * the subject, custom phrases (our messages echo them) and an imported settings file; they are then
 * shown in every place they surface: the overlay list, the hover card, the checklist on Send, the
 * popup's list and its Try it box, and the options page. Each place must show the payload as
 * literal text (so a test cannot pass by showing nothing), and nothing of it may run or become an
 * element. Elements we create in Gmail live in the page's DOM, so an inline handler on one would
 * run in the page's main world: that is where the marker is read. In extension pages the CSP would
 * block such a handler, so there a `securitypolicyviolation` counts as a failure too.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sendVia, sent, typeInto, waitForJelas } from '../harness';
import { card, hoverWord, listItems, openOptions, overlay, presend, useJelas, waitForRules } from './helpers';

const session = useJelas();

/** Run in a page's main world, each payload would count itself here. */
const MARK = 'window.__pwned=(window.__pwned||0)+1';
const IMG = `<img src=x onerror="${MARK}">`;
const SCRIPT = `<script>${MARK}</script>`;
const SVG = `"><svg onload="${MARK}">`;
/** No dots: the popup quotes a finding's sentence, cut at the first full stop. */
const LINK = `<a href="javascript:__pwned=1">here</a>`;

/** The same text as Gmail would hold it in HTML: so the simulator shows it as text, as Gmail does. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const htmlLines = (...lines: string[]) => lines.map((l) => `<div dir="ltr">${esc(l)}</div>`).join('');

type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> };
declare const chrome: { storage: { sync: Area; local: Area } };

beforeAll(async () => {
  // Every page, Gmail's and ours, records CSP violations from its first script on.
  await session.jelas.context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);
  });
});

beforeEach(async () => {
  // Each test starts from default settings and with no tab left over (the popup picks a Gmail tab).
  await session.jelas.serviceWorker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
  for (const p of session.jelas.context.pages()) if (p.url().startsWith('https://') || p.url().startsWith('chrome-extension://')) await p.close();
});

/**
 * Nothing of the payloads ran or became an element: the main-world marker is unset, no CSP
 * violation was reported, and no element in the document or our shadow root carries a payload in a
 * handler, link or source (the page's own fields may hold the text in `value`/`aria-label`: text).
 */
async function expectInert(page: Page): Promise<void> {
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: number; __csp?: string[] };
    const shadow = document.querySelector('[data-jelas-overlay]')?.shadowRoot;
    const all = [...document.querySelectorAll('*'), ...(shadow?.querySelectorAll('*') ?? [])];
    const planted = all
      .filter((el) =>
        el.localName === 'script'
          ? (el.textContent ?? '').includes('__pwned')
          : [...el.attributes].some((a) => /^(on|href$|src$|xlink:href$)/i.test(a.name) && a.value.includes('__pwned')),
      )
      .map((el) => el.outerHTML.slice(0, 120));
    return { pwned: w.__pwned ?? 0, csp: w.__csp ?? ['(no CSP listener: init script did not run)'], planted };
  });
  expect(seen).toEqual({ pwned: 0, csp: [], planted: [] });
}

/** Clicks Send: the checklist opens, shows `marker` as text, and nothing in the page ran or was planted. */
async function expectChecklistOnSend(page: Page, marker: string): Promise<void> {
  await page.mouse.move(5, 5);
  await sendVia(page, 0, 'click');
  await presend(page).waitFor({ state: 'visible', timeout: 2000 });
  expect(await shownText(presend(page))).toContain(marker);
  await expectInert(page);
}

/** The visible text of a locator's elements, joined. */
async function shownText(l: import('playwright-core').Locator): Promise<string> {
  return (await l.allInnerTexts()).join('\n');
}

async function openList(page: Page): Promise<void> {
  await overlay(page).locator('[data-jelas="badge"]').first().click();
  await listItems(page).first().waitFor({ state: 'visible', timeout: 2000 });
}

async function openPopup(): Promise<Page> {
  const page = await session.jelas.openExtensionPage('src/popup/index.html');
  await page.locator('.popup').waitFor({ timeout: 5000 });
  return page;
}

describe('the client\'s words, quoted in our rewrites and questions, stay text', () => {
  it('in the overlay list, the hover card, the checklist on Send and the popup', async () => {
    // "oke" accepts the first ask; the second question is left unanswered
    const incoming = htmlLines(`Could you send the ${SCRIPT} report by Friday? And when is the ${SVG} launch?`, 'Thanks!');
    const page = await session.jelas.openGmail('thread-reply', { incoming, subject: `Re: ${IMG}` });
    await waitForJelas(session.jelas, page);
    await typeInto(page, 0, 'oke', { where: 'draft-end' });
    await waitForRules(page, (r) => r.includes('terse-tone') && r.includes('unanswered-question'));

    await openList(page);
    await expectInert(page);
    const list = await shownText(listItems(page));
    expect(list).toContain(SVG); // the unanswered question, quoted in its message

    await hoverWord(page, 'oke');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    // The rewrite names what the client asked for, payload and all.
    expect(await shownText(card(page).locator('.suggestion'))).toContain(`email you the ${SCRIPT} report`);
    await expectInert(page);

    const popup = await openPopup();
    await popup.locator('[data-rule="unanswered-question"]').first().waitFor({ timeout: 5000 });
    expect(await shownText(popup.locator('.summary__draft'))).toContain(IMG); // the subject
    expect(await shownText(popup.locator('.fix__text'))).toContain(SCRIPT);
    expect(await shownText(popup.locator('.item__message'))).toContain(SVG);
    await expectInert(popup);
    await popup.close();

    await expectChecklistOnSend(page, SVG);
    await page.close();
  });
});

describe('the person\'s own draft stays text', () => {
  it('typed: list, card, checklist on Send and the popup show the markup as typed', async () => {
    const page = await session.jelas.openGmail('inbox-compose', { subject: IMG });
    await waitForJelas(session.jelas, page);
    await typeInto(page, 0, `I will send the report ${SCRIPT}. Send it ASAP!!`, { where: 'draft-end' });
    await waitForRules(page, (r) => r.includes('missing-deadline') && r.includes('vague-time'));

    await openList(page);
    await expectInert(page);
    expect(await shownText(listItems(page))).toContain(SCRIPT); // the promise, quoted
    await hoverWord(page, 'report');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    expect(await shownText(card(page))).toContain(`${SCRIPT} by tomorrow`); // the rewrite keeps the words
    await expectInert(page);

    const popup = await openPopup();
    await popup.locator('[data-rule="missing-deadline"]').first().waitFor({ timeout: 5000 });
    expect(await shownText(popup.locator('.summary__draft'))).toContain(IMG);
    expect(await shownText(popup.locator('.quote'))).toContain(SCRIPT);
    await expectInert(popup);
    await popup.close();

    await expectChecklistOnSend(page, SCRIPT);
    // Sent as typed: the markup is still text in the message, escaped in its HTML.
    await presend(page).locator('[data-action="send-anyway"]').click();
    await expect.poll(async () => (await sent(page)).length, { timeout: 3000 }).toBe(1);
    const [mail] = await sent(page);
    expect(mail!.bodyText).toContain(SCRIPT);
    expect(mail!.bodyHTML).toContain(esc(SCRIPT));
    await expectInert(page);
    await page.close();
  });

  it('prefilled, with custom phrases set in the options page: our messages echo the phrases as text', async () => {
    const options = await openOptions(session.jelas);
    for (const [name, phrase] of [['extraVague', IMG], ['alwaysTerse', SVG]] as const) {
      const box = options.locator(`[data-phrases="${name}"]`);
      await box.fill(phrase);
      await box.blur();
    }
    await expect
      .poll(async () => session.jelas.serviceWorker.evaluate(async () => JSON.stringify((await chrome.storage.sync.get('settings'))['settings'])), { timeout: 3000 })
      .toContain('alwaysTerse');
    await options.reload();
    await options.locator('[data-phrases="alwaysTerse"]').waitFor();
    expect(await options.locator('[data-phrases="extraVague"]').inputValue()).toBe(IMG);
    expect(await options.locator('[data-phrases="alwaysTerse"]').inputValue()).toBe(SVG);
    await expectInert(options);
    await options.close();

    const body = htmlLines(`I will send it ${IMG}, see ${LINK}.`, `Noted ${SVG} thanks`);
    const page = await session.jelas.openGmail('inbox-compose', { body });
    await waitForJelas(session.jelas, page);
    await waitForRules(page, (r) => r.includes('vague-time') && r.includes('terse-tone'));
    await openList(page);
    await expectInert(page);
    const list = await shownText(listItems(page));
    expect(list).toContain(`"${IMG}"`); // "<img …>" is vague: …
    expect(list).toContain(SVG.trim()); // the always-flag phrase, quoted
    await hoverWord(page, 'onerror');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    expect(await shownText(card(page))).toContain(IMG);
    await expectInert(page);

    const popup = await openPopup();
    await popup.locator('[data-rule="vague-time"]').first().waitFor({ timeout: 5000 });
    expect(await shownText(popup.locator('.item__message'))).toContain(IMG);
    expect(await shownText(popup.locator('.quote'))).toContain(LINK);
    expect(await popup.locator('a').count()).toBe(0);
    await expectInert(popup);
    await popup.close();

    await expectChecklistOnSend(page, IMG);
    await page.close();
  });
});

describe('imported settings and the Try it box stay text', () => {
  it('an imported file\'s phrases, unknown keys and name are shown as text, and Try it echoes the phrases', async () => {
    const options = await openOptions(session.jelas);
    const file = JSON.stringify({ app: 'jelas', version: 1, phrases: { extraVague: [IMG], alwaysTerse: [SVG] }, rules: { [IMG]: true }, [SCRIPT]: SVG });
    await options.locator('input[type=file]').setInputFiles({ name: 'jelas-settings.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await options.getByTestId('options-notice').waitFor({ timeout: 3000 });
    expect(await options.locator('[data-phrases="extraVague"]').inputValue()).toBe(IMG);
    expect(await options.locator('[data-phrases="alwaysTerse"]').inputValue()).toBe(SVG);
    await expectInert(options);
    // A file with nothing of ours in it: its name is shown in the notice, as text.
    await options.locator('input[type=file]').setInputFiles({ name: `${IMG}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ [IMG]: SCRIPT })) });
    await expect.poll(() => shownText(options.getByTestId('options-notice')), { timeout: 3000 }).toContain('.json');
    await expectInert(options);
    expect(await shownText(options.getByTestId('options-notice'))).toContain(`${IMG}.json`);
    await options.close();

    const popup = await openPopup();
    const draft = popup.getByTestId('try-draft');
    await draft.waitFor({ timeout: 5000 });
    await popup.locator('details.field summary').click();
    await popup.getByTestId('try-quoted').fill(`Hi, please share your ${SCRIPT} tomorrow. Thanks!`);
    await draft.fill('oke');
    await popup.locator('[data-rule="missing-deadline"]').first().waitFor({ timeout: 5000 });
    expect(await shownText(popup.locator('.fix__text'))).toContain(`email you the ${SCRIPT} tomorrow`); // the rewrite quotes the client
    // Apply puts the rewrite into the box as text; the box's value is the only place it goes.
    await popup.locator('[data-rule="missing-deadline"] [data-action="apply"]').first().click();
    await expect.poll(() => draft.inputValue()).toContain(SCRIPT);
    await expectInert(popup);

    await draft.fill(`I will send it ${IMG}. Noted ${SVG}`);
    await popup.locator('[data-rule="vague-time"]').first().waitFor({ timeout: 5000 });
    expect(await shownText(popup.locator('.item__message'))).toContain(`"${IMG}"`);
    expect(await shownText(popup.locator('.quote'))).toContain(SVG.trim());
    await expectInert(popup);
    await popup.close();
  });
});

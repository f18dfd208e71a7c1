/**
 * What a user of the content script sees, read from our overlay (Playwright's CSS locators pierce the
 * open shadow root of `[data-jelas-overlay]`).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { body, compose, launchJelas, sent, type Jelas } from '../harness';

export const overlay = (page: Page) => page.locator('[data-jelas-overlay]');
export const listItems = (page: Page) => page.locator('[data-jelas-overlay] [data-jelas="list"] li[data-rule]');
export const card = (page: Page) => page.locator('[data-jelas-overlay] [data-jelas="card"]');
export const presend = (page: Page) => page.locator('[data-jelas-overlay] [data-jelas="presend"]');

/** Rule ids of every finding shown for each compose, keyed by our compose id. */
export async function rulesByCompose(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-jelas-overlay]')?.shadowRoot;
    const out: Record<string, string[]> = {};
    for (const li of root?.querySelectorAll('[data-jelas="list"] li[data-rule]') ?? []) {
      const id = li.getAttribute('data-compose')!;
      (out[id] ??= []).push(li.getAttribute('data-rule')!);
    }
    return out;
  });
}

/** Underlined ranges in a Gmail page (the Highlight API registry is the document's, shared by all worlds). */
export async function underlines(page: Page): Promise<number> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    let n = 0;
    reg?.forEach((h, name) => {
      if (name !== 'jelas-active') n += h.size;
    });
    return n;
  });
}

/** All rule ids shown, for every compose. */
export async function allRules(page: Page): Promise<string[]> {
  return Object.values(await rulesByCompose(page)).flat().sort();
}

/** Waits until `check` holds for the shown rules; returns how long that took (ms). */
export async function waitForRules(page: Page, check: (rules: string[]) => boolean, timeout = 3000): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    const rules = await allRules(page);
    if (check(rules)) return Date.now() - t0;
    if (Date.now() - t0 > timeout) throw new Error(`rules never matched; last seen: ${JSON.stringify(rules)}`);
    await page.waitForTimeout(20);
  }
}

/** The draft's text as the user sees it (innerText of the body). */
export function bodyText(page: Page, i = 0): Promise<string> {
  return body(page, i).evaluate((el) => (el as HTMLElement).innerText);
}

/** Moves the mouse to the middle of the first occurrence of `word` in compose `i`'s body. */
export async function hoverWord(page: Page, word: string, i = 0): Promise<void> {
  const box = await body(page, i).evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(w);
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + w.length);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  }, word);
  if (!box) throw new Error(`"${word}" is not in the draft`);
  await page.mouse.move(box.x - 40, box.y + 40);
  await page.mouse.move(box.x, box.y, { steps: 4 });
}

export async function expectVisible(l: Locator, timeout = 2000): Promise<void> {
  await l.waitFor({ state: 'visible', timeout });
}

/** The options page, once its rule toggles are drawn. */
export async function openOptions(jelas: Jelas): Promise<Page> {
  const page = await jelas.openExtensionPage('src/options/index.html');
  await page.locator('[data-rule-toggle]').first().waitFor({ state: 'attached', timeout: 5000 });
  return page;
}

/** No request left for anywhere but the page itself and the extension. */
export function expectNoForeignRequests(requests: { foreign: boolean; url: string }[]): void {
  expect(requests.filter((r) => r.foreign).map((r) => r.url)).toEqual([]);
}

/**
 * One browser with the extension for a whole test file, closed at the end, where it also checks that no
 * request left for anywhere but the page itself and the extension.
 */
export function useJelas(): { readonly jelas: Jelas } {
  const session = {} as { jelas: Jelas };
  beforeAll(async () => {
    session.jelas = await launchJelas();
  });
  afterAll(async () => {
    expectNoForeignRequests(session.jelas.requests);
    await session.jelas.close();
  });
  return session;
}

/** Compose `i`'s editable found the way a user's focus finds it: whatever Gmail calls it today. */
export const editable = (page: Page, i = 0) => compose(page, i).locator('[contenteditable="true"][role="textbox"]');
/** Gmail's Send, renamed or not (the simulator marks it for itself under `mangle=`). */
export const sendButton = (page: Page, i = 0) => compose(page, i).locator('.aoO[role=button], [data-sim-send]');

/** Waits a moment, then expects exactly one mail, sent with the body the user wrote. */
export async function expectSentOnce(page: Page, bodyHTML: string): Promise<void> {
  await expect.poll(async () => (await sent(page)).length).toBe(1);
  await page.waitForTimeout(400);
  const mails = await sent(page);
  expect(mails.length).toBe(1);
  expect(mails[0]!.bodyHTML).toBe(bodyHTML);
}

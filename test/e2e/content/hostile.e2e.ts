/**
 * Hostile Gmail pages: markup renamed or missing, a compose discarded while we analyse or while its
 * checklist is open, the body re-rendered under an open card, a page that swallows clicks, a page that
 * removes our overlay, and a storm of mutations. Where Jelas can work it does; where it cannot nothing
 * of ours shows; and the mail is always sent exactly once, byte for byte as the user wrote it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { compose, sent, simState, waitForJelas, type SimName, type SimOptions } from '../harness';
import { bodyText, card, editable, expectSentOnce, hoverWord, listItems, overlay, presend, rulesByCompose, sendButton, underlines, useJelas, waitForRules } from './helpers';
import { ourTasks, trace } from '../trace';

const session = useJelas();

const VAGUE_EN = 'Hi Tom,\nCan you send me the signed contract ASAP?\nThanks';
const VAGUE_ID = 'Tolong kirim laporannya secepatnya ya.';
/** No sign-off, so text typed at the end is still the draft (after "Thanks" it would read as a signature). */
const OPEN_EN = 'Hi Tom,\nCan you send me the signed contract ASAP?';
const MORE_EN = '\nPlease send the report soon.';

/** Pages of the current test, closed after it even when it fails (a page left open skews the next test). */
const pages: Page[] = [];
afterEach(async () => {
  for (const p of pages.splice(0)) if (!p.isClosed()) await p.close();
  // Every sim page has the same draft id: an Ignore clicked in one test must not hide findings in the next.
  await session.jelas.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
});

async function open(sim: SimName, opts: SimOptions = {}): Promise<Page> {
  const page = await session.jelas.openGmail(sim, opts);
  pages.push(page);
  await waitForJelas(session.jelas, page);
  return page;
}

const html = (page: Page, i = 0) => editable(page, i).evaluate((el) => el.innerHTML);

/** Presses Send the way the user chose: a click on the button, or Ctrl+Enter in the body. */
async function pressSend(page: Page, via: 'click' | 'ctrl-enter'): Promise<void> {
  if (via === 'click') return sendButton(page).click();
  await editable(page).focus();
  await page.keyboard.press('Control+Enter');
}

/** Types at the end of compose `i`'s body with real key events. */
async function typeAtEnd(page: Page, i: number, text: string, delay = 0): Promise<void> {
  await editable(page, i).evaluate((el) => {
    (el as HTMLElement).focus();
    const r = document.createRange();
    r.selectNodeContents(el);
    r.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(r);
  });
  await page.keyboard.type(text, { delay });
}

/** Uncaught errors in this page, and our own "something failed" warnings. */
function troubles(page: Page): string[] {
  const j = session.jelas;
  return [
    ...j.pageErrors.filter((e) => e.page === page).map((e) => String(e.error)),
    ...j.console.filter((m) => m.page === page && /^\[jelas\] (could not check|send check skipped|content script disabled)/.test(m.text)).map((m) => m.text),
  ];
}

/** Send is held by our checklist, nothing goes out until "Send anyway", then the mail goes once, unchanged. */
async function sendAnywayOnce(page: Page): Promise<void> {
  const before = await html(page);
  await sendButton(page).click();
  await presend(page).waitFor({ state: 'visible' });
  expect(await sent(page)).toEqual([]);
  await presend(page).locator('[data-action="send-anyway"]').click();
  await expectSentOnce(page, before);
  expect(troubles(page)).toEqual([]);
}

/** Nothing of ours on screen: no list items, no visible badge, no underlines, no card. */
async function expectNothingShown(page: Page): Promise<void> {
  expect(await listItems(page).count()).toBe(0);
  expect(await overlay(page).locator('[data-jelas="badge"]:visible').count()).toBe(0);
  expect(await underlines(page)).toBe(0);
  expect(await card(page).isVisible()).toBe(false);
}

describe('Gmail markup renamed or missing', () => {
  it('Send without .aoO and a body without g_editable: still found, warnings shown, the check on Send works', async () => {
    const page = await open('inbox-compose', { body: VAGUE_EN, mangle: 'send-class,body-attr' });
    expect(await compose(page).locator('[g_editable], .aoO').count()).toBe(0);
    await waitForRules(page, (r) => r.includes('vague-time'));
    expect(await underlines(page)).toBeGreaterThan(0);
    await sendAnywayOnce(page);
    await page.close();
  });

  for (const via of ['click', 'ctrl-enter'] as const) {
    it(`Send we cannot find (${via}): warnings still shown, and Send goes out at once, exactly once`, async () => {
      const page = await open('inbox-compose', { body: VAGUE_EN, mangle: 'send-moved' });
      await waitForRules(page, (r) => r.includes('vague-time'));
      const before = await html(page);
      await pressSend(page, via);
      // No checklist: "Send anyway" would have no Send button to press, so we must not hold the send.
      await expectSentOnce(page, before);
      expect(await presend(page).count()).toBe(0);
      expect(troubles(page)).toEqual([]);
      await page.close();
    });
  }

  it('a body we cannot recognise (only contenteditable, role=textbox, aria-label): nothing of ours, Gmail sends as without us', async () => {
    const page = await open('inbox-compose', { mangle: 'body-bare' });
    await typeAtEnd(page, 0, 'Hi Tom, please send it ASAP!!');
    await page.waitForTimeout(800);
    await expectNothingShown(page);
    const before = await html(page);
    expect(await editable(page).innerText()).toContain('ASAP!!');
    await pressSend(page, 'ctrl-enter');
    await expectSentOnce(page, before);
    expect(await presend(page).count()).toBe(0);
    // A second compose opened later is unrecognisable too: still nothing, and its click on Send sends.
    await page.evaluate(() => (window as unknown as { __gmailSim: { openCompose(o: object): string } }).__gmailSim.openCompose({ to: 'tom@client.example', body: 'Send it ASAP' }));
    await page.waitForTimeout(600);
    await expectNothingShown(page);
    const second = await html(page);
    await sendButton(page).click();
    await expect.poll(async () => (await sent(page)).length).toBe(2);
    expect((await sent(page))[1]!.bodyHTML).toBe(second);
    expect(troubles(page)).toEqual([]);
    await page.close();
  });

  it('a thread with no [role=main]: the reply is still checked against the quoted question, and sends once', async () => {
    const page = await open('thread-reply', { mangle: 'no-main' });
    expect(await page.locator('[role=main]').count()).toBe(0);
    await typeAtEnd(page, 0, 'oke');
    await waitForRules(page, (r) => r.includes('terse-tone'));
    await sendAnywayOnce(page);
    await page.close();
  });
});

describe('a compose discarded while we analyse', () => {
  // 0 ms: before the debounce fires; 150: during it; 250-350: around the analysis itself.
  for (const delay of [0, 150, 250, 350]) {
    it(`discarded ${delay} ms after typing: its items go, nothing is left behind, the other compose keeps working`, async () => {
      const page = await open('two-dialogs', { body: VAGUE_EN, body2: VAGUE_ID });
      await waitForRules(page, (r) => r.filter((x) => x === 'vague-time').length === 2);
      const [first, second] = Object.keys(await rulesByCompose(page));
      await typeAtEnd(page, 0, ' Reply soon.');
      if (delay) await page.waitForTimeout(delay);
      await compose(page, 0).locator('.oh[role=button]').click();
      await page.waitForTimeout(700);
      expect((await simState(page)).closed.map((c) => c.how)).toEqual(['discard']);
      expect(Object.keys(await rulesByCompose(page))).toEqual([second]);
      expect(await overlay(page).locator(`[data-compose="${first}"]`).count()).toBe(0);
      // Only the remaining compose's underlines: one per anchored item in its list.
      expect(await underlines(page)).toBe(await listItems(page).locator('q.item-text').count());
      // The other compose is unaffected: typing there is checked, and it sends once.
      await typeAtEnd(page, 0, ' Kabari saya nanti.');
      await waitForRules(page, (r) => r.filter((x) => x === 'vague-time').length >= 2);
      await sendAnywayOnce(page);
      await page.close();
    });
  }
});

describe('a compose discarded while its checklist is open', () => {
  it('the checklist goes with it, nothing is sent, and the other compose still asks before sending once', async () => {
    const page = await open('two-dialogs', { body: VAGUE_EN, body2: VAGUE_ID });
    await waitForRules(page, (r) => r.filter((x) => x === 'vague-time').length === 2);
    await sendButton(page, 0).click();
    await presend(page).waitFor({ state: 'visible' });
    // Gmail closes the dialog under our checklist (a shortcut, another tab's discard): no pointer involved.
    await compose(page, 0).locator('.oh[role=button]').evaluate((el) => (el as HTMLElement).click());
    await presend(page).waitFor({ state: 'hidden' });
    expect((await simState(page)).closed.map((c) => c.how)).toEqual(['discard']);
    expect(await sent(page)).toEqual([]);
    await sendAnywayOnce(page);
  });
});

describe('the body re-rendered while the card is open', () => {
  /** Hovers "ASAP" until its card opens; returns the first suggestion's Apply button. */
  async function openCardOnAsap(page: Page) {
    await hoverWord(page, 'ASAP');
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).getAttribute('data-rule')).toBe('vague-time');
    return card(page).locator('[data-action="apply"]').first();
  }

  it('a new editable element: the card closes, nothing is written anywhere, and the new body is checked again', async () => {
    const page = await open('inbox-compose', { body: OPEN_EN });
    await waitForRules(page, (r) => r.includes('vague-time'));
    const before = await html(page);
    const firstId = Object.keys(await rulesByCompose(page))[0]!;
    await openCardOnAsap(page);
    // Keep a handle on the old element to prove nothing writes into it after it is detached.
    await page.evaluate(() => ((window as unknown as { oldBody: Element }).oldBody = document.querySelector('[g_editable="true"]')!));
    expect(await page.evaluate(() => (window as unknown as { __gmailSim: { rerenderBody(i: number, how: string): boolean } }).__gmailSim.rerenderBody(0, 'element'))).toBe(true);
    await card(page).waitFor({ state: 'hidden' });
    await waitForRules(page, (r) => r.includes('vague-time'));
    expect(Object.keys(await rulesByCompose(page))).not.toContain(firstId);
    expect(await html(page)).toBe(before);
    // Apply on the fresh card writes into the new body, once, and the old node stays as it was.
    const apply = await openCardOnAsap(page);
    await apply.click();
    await expect.poll(() => bodyText(page)).not.toContain('ASAP');
    expect(await page.evaluate(() => (window as unknown as { oldBody: Element }).oldBody.innerHTML)).toBe(before);
    // Typing in the new body is checked again.
    await typeAtEnd(page, 0, MORE_EN);
    await expect.poll(async () => (await listItems(page).locator('q.item-text').allTextContents()).includes('soon'), { timeout: 3000 }).toBe(true);
    expect(troubles(page)).toEqual([]);
    await page.close();
  });

  it("the editable's content rebuilt under a card opened by the pointer: Apply writes the same text at the same place", async () => {
    /** Hovers ASAP, optionally has Gmail rebuild the body, then applies the first rewrite; returns the text. */
    const run = async (rerender: boolean) => {
      const page = await open('inbox-compose', { body: VAGUE_EN });
      await waitForRules(page, (r) => r.includes('vague-time'));
      const apply = await openCardOnAsap(page);
      if (rerender) {
        const oldText = await page.evaluate(() => {
          const b = document.querySelector('[g_editable="true"]')!;
          const t = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
          const nodes: Text[] = [];
          for (let n = t.nextNode(); n; n = t.nextNode()) nodes.push(n as Text);
          (window as unknown as { oldNodes: Text[] }).oldNodes = nodes;
          return nodes.map((n) => n.data).join('|');
        });
        await page.evaluate(() => (window as unknown as { __gmailSim: { rerenderBody(i: number, how: string): boolean } }).__gmailSim.rerenderBody(0, 'content'));
        await apply.click();
        // The detached text nodes were not written into.
        expect(await page.evaluate(() => (window as unknown as { oldNodes: Text[] }).oldNodes.map((n) => n.data).join('|'))).toBe(oldText);
      } else {
        await apply.click();
      }
      await expect.poll(() => bodyText(page)).not.toContain('ASAP');
      const text = await bodyText(page);
      expect(troubles(page)).toEqual([]);
      await page.close();
      return text;
    };
    const control = await run(false);
    const after = await run(true);
    expect(after).toBe(control);
  });
});

describe('a page that swallows clicks on what it did not draw', () => {
  for (const hostile of [true, 'strict'] as const) {
    it(`hostile=${hostile}: list, card and checklist buttons work with the mouse, and Send anyway sends once`, async () => {
      const page = await open('inbox-compose', { body: OPEN_EN, hostile });
      await waitForRules(page, (r) => r.includes('vague-time'));
      // The badge opens the list; Show opens the card.
      await overlay(page).locator('[data-jelas="badge"]').click();
      await overlay(page).locator('[data-jelas="list"]:not(.closed)').waitFor({ state: 'visible' });
      const n = await listItems(page).count();
      await overlay(page).locator('[data-jelas="list"] li[data-rule="vague-time"] [data-action="show"]').click();
      await card(page).waitFor({ state: 'visible' });
      // Ignore in the card drops the finding.
      await card(page).locator('[data-action="ignore"]').click();
      await expect.poll(() => listItems(page).count()).toBe(n - 1);
      // Put a warning back and reach the checklist: Review, then Send anyway.
      await typeAtEnd(page, 0, MORE_EN);
      await expect.poll(async () => (await listItems(page).locator('q.item-text').allTextContents()).includes('soon')).toBe(true);
      const before = await html(page);
      await sendButton(page).click();
      await presend(page).locator('[data-action="review"]').click();
      await presend(page).waitFor({ state: 'detached' });
      await card(page).waitFor({ state: 'visible' });
      expect(await sent(page)).toEqual([]);
      await sendButton(page).click();
      await presend(page).locator('[data-action="send-anyway"]').click();
      await expectSentOnce(page, before);
      // The page did swallow what we drew (strict: mousedown too), and our buttons worked all the same.
      const swallowed = (await simState(page)).events.filter((e) => e.type === 'hostile-swallow');
      expect(swallowed.length).toBeGreaterThan(0);
      if (hostile === 'strict') expect(swallowed.some((e) => e.event === 'mousedown')).toBe(true);
      expect(troubles(page).filter((t) => !t.includes('send check skipped'))).toEqual([]);
      await page.close();
    });
  }

  it('hostile=strict: Apply in the card rewrites the draft', async () => {
    const page = await open('inbox-compose', { body: VAGUE_EN, hostile: 'strict' });
    await waitForRules(page, (r) => r.includes('vague-time'));
    await hoverWord(page, 'ASAP');
    await card(page).locator('[data-action="apply"]').first().click();
    await expect.poll(() => bodyText(page)).not.toContain('ASAP');
    await page.close();
  });
});

describe('a page that removes our overlay', () => {
  for (const via of ['click', 'ctrl-enter'] as const) {
    it(`the checklist cannot be shown, so Send (${via}) is not held: sent once, byte-identical`, async () => {
      const page = await open('inbox-compose', { body: VAGUE_EN, sweep: true });
      await expect.poll(async () => (await simState(page)).events.some((e) => e.type === 'sweep')).toBe(true);
      expect(await overlay(page).count()).toBe(0);
      // Our analysis still runs: the underlines (painted by the browser, not in the overlay) show it.
      await expect.poll(() => underlines(page)).toBeGreaterThan(0);
      const before = await html(page);
      await pressSend(page, via);
      await expectSentOnce(page, before);
      expect(session.jelas.pageErrors.filter((e) => e.page === page)).toEqual([]);
      await page.close();
    });
  }
});

describe('hundreds of mutations a second', () => {
  /** Mutation records the page produced over `ms`, per second. */
  const rate = (page: Page, ms = 1000) =>
    page.evaluate(
      (ms) =>
        new Promise<number>((resolve) => {
          let n = 0;
          const mo = new MutationObserver((rs) => (n += rs.length));
          mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
          setTimeout(() => {
            mo.disconnect();
            resolve((n * 1000) / ms);
          }, ms);
        }),
      ms,
    );

  it('while the page mutates ≥300 times a second: typed text intact, warnings after the pause, sent once', async () => {
    const page = await open('inbox-compose', { storm: 400 });
    const perSecond = await rate(page);
    expect(perSecond).toBeGreaterThanOrEqual(300);
    const typed = 'Hi Tom,\nPlease send the signed contract ASAP.\nThanks';
    const cost = await ourMainThreadTime(page, () => typeAtEnd(page, 0, typed, 25));
    await waitForRules(page, (r) => r.includes('vague-time'));
    expect(await bodyText(page)).toBe(typed);
    await sendAnywayOnce(page);
    await page.close();
    // Reported, not asserted (speed lives in `npm run bench`): the same typing without the storm.
    const calm = await open('inbox-compose');
    const calmCost = await ourMainThreadTime(calm, () => typeAtEnd(calm, 0, typed, 25));
    await calm.close();
    console.log(`[hostile] storm ${Math.round(perSecond)} mutations/s: our main-thread JS ${cost.oursMs} ms over ${cost.wallMs} ms (longest task with our code ${cost.longestMs} ms, ${cost.tasks} tasks); without the storm: ${calmCost.oursMs} ms over ${calmCost.wallMs} ms (longest ${calmCost.longestMs} ms, ${calmCost.tasks} tasks)`);
  });
});

/**
 * After the page settles, traces `run` plus one second of pause (the analysis) and sums the JS time of our extension's code on
 * the page's main thread, as scripts/bench-typing.ts does.
 */
async function ourMainThreadTime(page: Page, run: () => Promise<void>): Promise<{ oursMs: number; wallMs: number; longestMs: number; tasks: number }> {
  await page.waitForTimeout(2500); // past the idle warm-up, as the typing bench does
  const cdp: CDPSession = await session.jelas.context.newCDPSession(page);
  const t0 = Date.now();
  const events = await trace(cdp, async () => {
    await run();
    await page.waitForTimeout(1000);
  });
  const wallMs = Date.now() - t0;
  await cdp.detach();
  const tasks = ourTasks(events, `chrome-extension://${session.jelas.extensionId}`);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    oursMs: round(tasks.reduce((a, t) => a + t.ours, 0)),
    wallMs,
    longestMs: round(Math.max(0, ...tasks.map((t) => t.dur))),
    tasks: tasks.length,
  };
}

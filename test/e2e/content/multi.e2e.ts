/**
 * Several composes at once, other Gmail layouts and languages, and the privacy promise: no request
 * leaves the page for anywhere but the page itself and the extension.
 */
import { describe, expect, it } from 'vitest';
import { body, compose, openCompose, typeInto, waitForJelas } from '../harness';
import { expectNoForeignRequests, listItems, overlay, rulesByCompose, waitForRules, useJelas } from './helpers';

const session = useJelas();

const VAGUE_EN = 'Hi Dave,\nPlease send the signed contract ASAP.\nThanks';
const SECOND_ID = 'Tolong kirim laporannya secepatnya.';

describe('several composes', () => {
  it('two dialogs keep their own warnings; closing one removes its overlay items', async () => {
    const page = await session.jelas.openGmail('two-dialogs', { body: VAGUE_EN, body2: 'Tolong kirim laporannya secepatnya ya.' });
    await waitForJelas(session.jelas, page);
    await waitForRules(page, (r) => r.filter((x) => x === 'vague-time').length === 2);
    const before = await rulesByCompose(page);
    expect(Object.keys(before).length).toBe(2);
    // Typing in the second compose changes only the second compose's list.
    const [firstId] = Object.keys(before);
    await typeInto(page, 1, ' Also, when can we meet? Send it soon.');
    await page.waitForTimeout(600);
    const after = await rulesByCompose(page);
    expect(after[firstId!]).toEqual(before[firstId!]);
    // Close the first dialog with Gmail's own "Save & close" button.
    await compose(page, 0).locator('xpath=ancestor::*[@role="dialog"]').locator('img.Ha').click();
    await expect.poll(async () => Object.keys(await rulesByCompose(page))).not.toContain(firstId);
    expect(Object.keys(await rulesByCompose(page)).length).toBe(1);
    expect(await overlay(page).locator(`[data-compose="${firstId}"]`).count()).toBe(0);
    await page.close();
  });

  it('a compose opened later is found and checked; a prefilled draft is analysed on open', async () => {
    const page = await session.jelas.openGmail('inbox');
    await waitForJelas(session.jelas, page);
    await openCompose(page, { to: 'Tom <tom@client.example>', body: 'I will send the deck tomorrow.' });
    await waitForRules(page, (r) => r.includes('vague-time'));
    await openCompose(page, { to: 'Tom <tom@client.example>', body: SECOND_ID });
    await waitForRules(page, (r) => r.filter((x) => x === 'vague-time').length === 2);
    expect(Object.keys(await rulesByCompose(page)).length).toBe(2);
    await page.close();
  });
});

describe('a compose that moves', () => {
  it('full screen and back keeps one compose with its warnings; minimizing hides its badge', async () => {
    const page = await session.jelas.openGmail('inbox-compose', { body: VAGUE_EN });
    await waitForJelas(session.jelas, page);
    await waitForRules(page, (r) => r.includes('vague-time'));
    const [id] = Object.keys(await rulesByCompose(page));
    const badge = overlay(page).locator(`[data-jelas="badge"][data-compose="${id}"]`);
    await badge.waitFor({ state: 'visible' });
    await page.locator('[role=dialog] img.Hq').first().click();
    await page.locator('.aSs .M9').waitFor({ state: 'attached' });
    await page.waitForTimeout(400);
    expect(Object.keys(await rulesByCompose(page))).toEqual([id]);
    await badge.waitFor({ state: 'visible' });
    await page.locator('[role=dialog] img.Hq').first().click();
    await page.waitForTimeout(400);
    expect(Object.keys(await rulesByCompose(page))).toEqual([id]);
    await page.locator('[role=dialog] img.Hl').first().click();
    await badge.waitFor({ state: 'hidden', timeout: 2500 });
    await page.locator('[role=dialog] img.Hl').first().click();
    await badge.waitFor({ state: 'visible', timeout: 2500 });
    await page.close();
  });
});

describe('other Gmail pages and languages', () => {
  for (const v of [
    { sim: 'popout' as const, opts: {} },
    { sim: 'fullscreen' as const, opts: {} },
    { sim: 'inbox-compose' as const, opts: { lang: 'es' as const } },
    { sim: 'inbox-compose' as const, opts: { layout: '2020' as const, mac: true } },
    { sim: 'inbox-compose' as const, opts: { hostile: true } },
  ]) {
    it(`${v.sim} ${JSON.stringify(v.opts)}: typing raises warnings and fixing clears them`, async () => {
      const page = await session.jelas.openGmail(v.sim, v.opts);
      await waitForJelas(session.jelas, page);
      await typeInto(page, 0, 'Can you send me the numbers ASAP?');
      await waitForRules(page, (r) => r.includes('vague-time'));
      await body(page).evaluate((el) => (el as HTMLElement).focus());
      for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
      await page.keyboard.type('by Friday 3 PM?');
      await waitForRules(page, (r) => !r.includes('vague-time'));
      expect(await listItems(page).count()).toBeGreaterThanOrEqual(0);
      await page.close();
    });
  }
});

describe("Gmail's keyboard shortcuts", () => {
  it('keys pressed on our badge and list do not reach Gmail (no "c" compose)', async () => {
    const page = await session.jelas.openGmail('inbox-compose', { body: VAGUE_EN, shortcuts: true });
    await waitForJelas(session.jelas, page);
    await waitForRules(page, (r) => r.includes('vague-time'));
    const badge = overlay(page).locator('[data-jelas="badge"]');
    await badge.focus();
    await page.keyboard.press('c');
    await page.keyboard.press('Enter');
    await overlay(page).locator('[data-jelas="list"]:not(.closed)').waitFor({ state: 'visible' });
    await page.keyboard.press('c');
    await page.waitForTimeout(200);
    expect(await page.locator('div.M9').count()).toBe(1);
    await page.close();
  });
});

describe('privacy', () => {
  it('no request left any page for anywhere but the page itself and the extension', async () => {
    const page = await session.jelas.openGmail('thread-reply');
    await waitForJelas(session.jelas, page);
    await typeInto(page, 0, 'oke');
    await waitForRules(page, (r) => r.length > 0);
    expectNoForeignRequests(session.jelas.requests);
    expect(session.jelas.requests.length).toBeGreaterThan(0);
    await page.close();
  });
});

/**
 * Check on Send: Ctrl+Enter, a click on Send and Enter on Send each open the checklist when the draft
 * has warnings; "Send anyway" sends exactly once and the sent HTML is the user's, byte for byte; a clean
 * draft sends at once; Gmail's own "no recipients" refusal leaves no dialog of ours behind.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { body, sendVia, sent, simState, typeInto, waitForJelas, type Jelas } from '../harness';
import { card, presend, waitForRules, useJelas } from './helpers';

const session = useJelas();

const VAGUE_EN = 'Hi Tom,\nCan you send me the signed contract ASAP?\nThanks';
const VAGUE_ID = 'Halo Tom,\nTolong kirim kontraknya secepatnya ya.\nTerima kasih';
const CLEAN = 'Hi Tom,\nThank you for the update. The launch plan looks good to me.\nBest';

/** Opens a dialog compose with a prefilled draft, and waits until Jelas has read it. */
async function draft(text: string, opts: { to?: string } = {}): Promise<{ page: Page; html: string }> {
  const page = await session.jelas.openGmail('inbox-compose', { body: text, ...opts });
  await waitForJelas(session.jelas, page);
  const html = await body(page).evaluate((el) => el.innerHTML);
  return { page, html };
}

describe('check on Send', () => {
  for (const via of ['click', 'enter', 'ctrl-enter'] as const) {
    it(`${via} on a draft with a vague time opens the checklist instead of sending`, async () => {
      const { page } = await draft(VAGUE_EN);
      await waitForRules(page, (r) => r.includes('vague-time'));
      await sendVia(page, 0, via);
      await presend(page).waitFor({ state: 'visible', timeout: 2000 });
      expect(await presend(page).locator('li[data-rule="vague-time"]').count()).toBe(1);
      expect(await presend(page).getAttribute('role')).toBe('dialog');
      expect(await presend(page).getAttribute('aria-modal')).toBe('true');
      expect(await sent(page)).toEqual([]);
      await page.close();
    });
  }

  it('Space on Send opens the checklist too (Indonesian draft)', async () => {
    const { page } = await draft(VAGUE_ID);
    await waitForRules(page, (r) => r.includes('vague-time'));
    await sendVia(page, 0, 'space');
    await presend(page).waitFor({ state: 'visible', timeout: 2000 });
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('Send anyway sends exactly once, and the sent body is byte-identical to what the user wrote', async () => {
    const { page, html } = await draft(VAGUE_EN);
    await waitForRules(page, (r) => r.includes('vague-time'));
    await sendVia(page, 0, 'click');
    const button = presend(page).locator('[data-action="send-anyway"]');
    await button.waitFor({ state: 'visible' });
    // Every click that reaches Gmail's delegated handler on Send (the sim ignores repeats, so count them).
    await page.evaluate(() => {
      const w = window as unknown as { sendClicks: number };
      w.sendClicks = 0;
      document.addEventListener('click', (e) => {
        if ((e.target as Element).closest('.aoO[role=button]')) w.sendClicks++;
      });
    });
    expect((await button.textContent())?.trim()).toBe('Send anyway');
    await button.click();
    await expect.poll(async () => (await sent(page)).length).toBe(1);
    await page.waitForTimeout(600); // a second send would show up by now
    const mails = await sent(page);
    expect(mails.length).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { sendClicks: number }).sendClicks)).toBe(1);
    expect(mails[0]!.bodyHTML).toBe(html);
    expect(mails[0]!.bodyHTML).not.toMatch(/jelas|highlight/i);
    expect(await presend(page).count()).toBe(0);
    await page.close();
  });

  it('Enter in the checklist means Review: no send, dialog closed, caret on the warning with its card open', async () => {
    const { page } = await draft(VAGUE_EN);
    await waitForRules(page, (r) => r.includes('vague-time'));
    await sendVia(page, 0, 'ctrl-enter');
    await presend(page).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await presend(page).waitFor({ state: 'detached' });
    await card(page).waitFor({ state: 'visible' });
    expect(await card(page).getAttribute('data-rule')).toBe('vague-time');
    const caretWord = await page.evaluate(() => {
      const s = getSelection()!;
      return (s.anchorNode as Text).data.slice(s.anchorOffset, s.anchorOffset + 4);
    });
    expect(caretWord).toBe('ASAP');
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('Escape closes the checklist without sending; Tab stays inside it', async () => {
    const { page } = await draft(VAGUE_EN);
    await waitForRules(page, (r) => r.includes('vague-time'));
    await sendVia(page, 0, 'click');
    await presend(page).waitFor({ state: 'visible' });
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    const focusedInside = await page.evaluate(() => {
      const root = document.querySelector('[data-jelas-overlay]')!.shadowRoot!;
      return root.activeElement?.closest('[data-jelas="presend"]') !== null && document.activeElement?.hasAttribute('data-jelas-overlay');
    });
    expect(focusedInside).toBe(true);
    await page.keyboard.press('Escape');
    await presend(page).waitFor({ state: 'detached' });
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('a clean draft sends at once, with no dialog', async () => {
    const { page, html } = await draft(CLEAN);
    await page.waitForTimeout(300);
    await sendVia(page, 0, 'click');
    await expect.poll(async () => (await sent(page)).length).toBe(1);
    expect((await sent(page))[0]!.bodyHTML).toBe(html);
    expect(await presend(page).count()).toBe(0);
    await page.close();
  });

  it('a draft typed by the user sends byte-identical after Send anyway (Ctrl+Enter)', async () => {
    const page = await session.jelas.openGmail('inbox-compose');
    await waitForJelas(session.jelas, page);
    await typeInto(page, 0, 'Halo Tom,\nTolong kirim datanya nanti ya.');
    await waitForRules(page, (r) => r.includes('vague-time'));
    const html = await body(page).evaluate((el) => el.innerHTML);
    await sendVia(page, 0, 'ctrl-enter');
    await presend(page).locator('[data-action="send-anyway"]').click();
    await expect.poll(async () => (await sent(page)).length).toBe(1);
    await page.waitForTimeout(400);
    expect((await sent(page)).length).toBe(1);
    expect((await sent(page))[0]!.bodyHTML).toBe(html);
    await page.close();
  });

  it("Gmail's own no-recipients refusal leaves no dialog of ours behind", async () => {
    // Clean draft: Gmail refuses, we show nothing.
    const clean = await draft(CLEAN, { to: '' });
    await sendVia(clean.page, 0, 'click');
    await expect.poll(async () => (await simState(clean.page)).refused.length).toBe(1);
    expect(await presend(clean.page).count()).toBe(0);
    await clean.page.close();
    // Draft with warnings: our checklist, then Send anyway, then Gmail refuses: only Gmail's alert remains.
    const { page } = await draft(VAGUE_EN, { to: '' });
    await waitForRules(page, (r) => r.includes('vague-time'));
    await sendVia(page, 0, 'click');
    await presend(page).locator('[data-action="send-anyway"]').click();
    await expect.poll(async () => (await simState(page)).refused.length).toBe(1);
    await page.locator('[role=alertdialog]').waitFor({ state: 'visible' });
    await page.waitForTimeout(300);
    expect((await simState(page)).refused.length).toBe(1);
    expect(await presend(page).count()).toBe(0);
    expect(await sent(page)).toEqual([]);
    await page.close();
  });

  it('with a Gmail that swallows clicks on foreign elements (gmail.js #648), the checklist buttons still work', async () => {
    const page = await session.jelas.openGmail('inbox-compose', { body: VAGUE_EN, hostile: true });
    await waitForJelas(session.jelas, page);
    await waitForRules(page, (r) => r.includes('vague-time'));
    await sendVia(page, 0, 'click');
    await presend(page).locator('[data-action="send-anyway"]').click();
    await expect.poll(async () => (await sent(page)).length).toBe(1);
    await page.close();
  });

  it('Send + archive on a reply is checked like Send, and Send anyway archives it once', async () => {
    const page = await session.jelas.openGmail('thread-reply', { sendArchive: true });
    await waitForJelas(session.jelas, page);
    await typeInto(page, 0, 'oke');
    await waitForRules(page, (r) => r.includes('terse-tone'));
    const html = await body(page).evaluate((el) => el.innerHTML);
    await page.locator('div.M9 .Uo[role=button]').click();
    await presend(page).waitFor({ state: 'visible' });
    expect(await sent(page)).toEqual([]);
    await presend(page).locator('[data-action="send-anyway"]').click();
    await expect.poll(async () => (await sent(page)).length).toBe(1);
    const [mail] = await sent(page);
    expect((mail as unknown as { archived?: boolean }).archived).toBe(true);
    expect(mail!.bodyHTML).toBe(html);
    await page.close();
  });

  it('Schedule send is never intercepted', async () => {
    const { page } = await draft(VAGUE_EN);
    await waitForRules(page, (r) => r.includes('vague-time'));
    const more = page.locator('div.M9 .hG[role=button]');
    await more.dispatchEvent('mousedown');
    await page.locator('div.M9 [selector="scheduledSend"]').click();
    await expect.poll(async () => (await sent(page)).length).toBe(1);
    expect((await sent(page))[0]!.scheduled).toBe(true);
    expect(await presend(page).count()).toBe(0);
    await page.close();
  });
});

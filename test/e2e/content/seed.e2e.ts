/**
 * The seed conversation, end to end: the client asks "please share your press release tomorrow", the
 * reply is "oke". Jelas flags it, Apply turns it into a concrete reply, Ctrl+Z brings "oke" back.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { typeInto, waitForJelas, type Jelas } from '../harness';
import { bodyText, card, hoverWord, listItems, underlines, waitForRules, useJelas } from './helpers';

const session = useJelas();

/** Forget saved settings (rules turned off, ignored findings) so each test starts from the defaults. */
async function resetSettings(): Promise<void> {
  await session.jelas.serviceWorker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> }; local: { clear(): Promise<void> } } } }).chrome;
    await c.storage.sync.clear();
    await c.storage.local.clear();
  });
}

async function replyOke(page: Page): Promise<number> {
  await waitForJelas(session.jelas, page);
  await typeInto(page, 0, 'oke');
  return waitForRules(page, (r) => r.includes('terse-tone') && r.includes('missing-deadline'));
}

describe('seed conversation: "please share your press release tomorrow" answered "oke"', () => {
  for (const variant of [
    { name: 'English Gmail', opts: {} },
    { name: 'Indonesian Gmail', opts: { lang: 'id' as const } },
    { name: 'Vietnamese Gmail, 2020 layout', opts: { lang: 'vi' as const, layout: '2020' as const } },
  ]) {
    it(`${variant.name}: flags terse-tone and missing-deadline within half a second of a pause`, async () => {
      const page = await session.jelas.openGmail('thread-reply', variant.opts);
      const ms = await replyOke(page);
      expect(ms).toBeLessThan(500);
      await page.close();
    });
  }

  it('Apply from the card turns "oke" into a concrete reply, and Ctrl+Z restores "oke"', async () => {
    const page = await session.jelas.openGmail('thread-reply');
    await replyOke(page);
    await hoverWord(page, 'oke');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    const first = (await card(page).getAttribute('data-rule'))!;
    expect(['terse-tone', 'missing-deadline']).toContain(first);
    // Both findings sit on "oke": the card leads from one to the other.
    const also = card(page).locator('[data-action="also"]');
    const second = (await also.getAttribute('data-rule'))!;
    expect(['terse-tone', 'missing-deadline'].filter((r) => r !== first)).toEqual([second]);
    await also.click();
    await expect.poll(() => card(page).getAttribute('data-rule')).toBe(second);
    await card(page).locator('[data-action="apply"]').first().click();
    // the content script passes the moment of writing: the rewrite names the day ("tomorrow (Mon 30 Nov) by 1 PM")
    await expect.poll(() => bodyText(page)).toMatch(/press release tomorrow (?:\([^)]+\) )?by 1 PM/);
    expect((await bodyText(page)).trim().startsWith('oke')).toBe(false);
    await waitForRules(page, (r) => !r.includes('terse-tone') && !r.includes('missing-deadline'));
    // The edit went through the editor: undo gives the user's own words back.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await bodyText(page)).trim()).toBe('oke');
    await waitForRules(page, (r) => r.includes('terse-tone'));
    await page.close();
  });

  it('the card works in a Gmail that swallows clicks on foreign elements; Ignore and Turn off this rule act at once', async () => {
    const page = await session.jelas.openGmail('thread-reply', { hostile: true });
    await replyOke(page);
    await hoverWord(page, 'oke');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    const rule = (await card(page).getAttribute('data-rule'))!;
    await card(page).locator('[data-action="ignore"]').click();
    await waitForRules(page, (r) => !r.includes(rule) && r.length > 0);
    const other = rule === 'terse-tone' ? 'missing-deadline' : 'terse-tone';
    await page.mouse.move(5, 5);
    await hoverWord(page, 'oke');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    expect(await card(page).getAttribute('data-rule')).toBe(other);
    await card(page).locator('[data-action="disable-rule"]').click();
    await waitForRules(page, (r) => !r.includes(other));
    expect((await bodyText(page)).trim()).toBe('oke');
    // Both choices were saved: the settings now hold the rule switched off and the ignored finding.
    const stored = await session.jelas.serviceWorker.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> }; local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
      return JSON.stringify([await c.storage.sync.get(null), await c.storage.local.get(null)]);
    });
    expect(stored).toContain(`"${other}":false`);
    expect(stored).toContain(`${rule}:oke`);
    await page.close();
    await resetSettings();
  });

  it('fixing the text by hand clears the warnings', async () => {
    const page = await session.jelas.openGmail('thread-reply');
    await replyOke(page);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Thanks Tom! I will email you the press release tomorrow by 10:00 AM.');
    await waitForRules(page, (r) => r.length === 0);
    expect(await listItems(page).count()).toBe(0);
    await page.close();
  });

  it('underlines in other paragraphs stay while the user types; the edited paragraph gets its own back at the pause', async () => {
    const page = await session.jelas.openGmail('inbox-compose');
    await waitForJelas(session.jelas, page);
    await typeInto(page, 0, "I'll send the deck ASAP.", { where: 'draft-end' });
    await waitForRules(page, (r) => r.includes('vague-time'));
    const before = await underlines(page);
    expect(before).toBeGreaterThan(0);
    // a new paragraph, typed quickly: the debounce has not run yet, and the ASAP underline is still there
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Could you send me the budget', { delay: 5 });
    expect(await underlines(page)).toBe(before);
    // at the pause the new request (no deadline) is underlined too
    await waitForRules(page, (r) => r.filter((x) => x === 'missing-deadline').length > 0);
    await expect.poll(() => underlines(page), { timeout: 2000 }).toBeGreaterThan(before);
    await page.close();
  });
});

/**
 * Jelas with the keyboard alone, and what a screen reader hears. From the draft: the caret on flagged words
 * opens their card, Alt+J moves focus into it (or, with no card open, into the compose's list), Enter
 * applies a rewrite, Ignore hides the finding, Escape closes and puts the caret back where it was. The
 * checklist on Send keeps focus inside until it closes, then gives it back to Send. Every control has a name.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { body, placeCaret, sent, typeInto, waitForJelas } from '../harness';
import { bodyText, card, listItems, presend, useJelas, waitForRules } from '../content/helpers';

const session = useJelas();

/** What has keyboard focus, through our shadow root: where it is, its action, its name and description. */
async function focused(page: Page): Promise<{ where: string; action: string | null; name: string; description: string; text: string }> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const root = el?.getRootNode() as Document | ShadowRoot | undefined;
    const byIds = (ids: string | null | undefined) => (ids ?? '').split(/\s+/).filter(Boolean).map((id) => root?.getElementById(id)?.textContent ?? '').join(' ');
    const where = !el ? 'none' : el.closest('[data-jelas]')?.getAttribute('data-jelas') ?? (el.matches('[g_editable=true]') ? 'draft' : el.matches('.aoO') ? 'send' : el.tagName.toLowerCase());
    return {
      where,
      action: el?.getAttribute('data-action') ?? null,
      name: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '',
      description: byIds(el?.getAttribute('aria-describedby')),
      text: el?.textContent?.trim() ?? '',
    };
  });
}

/**
 * A compose with `text` as its draft, the caret at its end, once `rule` is shown (null: once analysed).
 * Ignored findings are kept per draft, so each test flags other words.
 */
async function draft(text: string, rule: string | null): Promise<Page> {
  const page = await session.jelas.openGmail('inbox-compose', { body: text });
  await waitForJelas(session.jelas, page);
  if (rule) await waitForRules(page, (r) => r.includes(rule));
  else await page.waitForTimeout(800);
  await placeCaret(page, 0);
  await body(page).evaluate((el) => (el as HTMLElement).focus());
  await page.keyboard.press('End');
  return page;
}

/** Walks the caret left from the end of the line into the flagged words: their card opens. */
async function caretInto(page: Page, stepsLeft: number, rule: string): Promise<void> {
  for (let i = 0; i < stepsLeft; i++) await page.keyboard.press('ArrowLeft');
  await card(page).waitFor({ state: 'visible', timeout: 2000 });
  expect(await card(page).getAttribute('data-rule')).toBe(rule);
}

const caretOffset = (page: Page) => page.evaluate(() => getSelection()?.anchorOffset ?? -1);

describe('a finding\'s card from the draft', () => {
  it('Alt+J enters the card; Enter applies the rewrite; focus comes back to the draft', async () => {
    const page = await draft('Tolong kirim kontraknya secepatnya ya.', 'vague-time');
    await caretInto(page, 6, 'vague-time');
    // The card never takes focus by itself: typing goes on in the draft.
    expect((await focused(page)).where).toBe('draft');
    await page.keyboard.press('Alt+KeyJ');
    const apply = await focused(page);
    expect(apply).toMatchObject({ where: 'card', action: 'apply', name: 'Apply' });
    // A screen reader hears which rewrite this Apply puts in.
    expect(apply.description).toBe(await card(page).locator('.suggestion span').first().textContent());
    await page.keyboard.press('Enter');
    await card(page).waitFor({ state: 'hidden', timeout: 2000 });
    await expect.poll(() => bodyText(page), { timeout: 2000 }).not.toContain('secepatnya');
    expect((await bodyText(page)).trim()).toContain(apply.description.trim());
    expect((await focused(page)).where).toBe('draft');
    await page.close();
  });

  it('Tab reaches Ignore; Enter hides the finding and leaves the text alone', async () => {
    const page = await draft('I will send it ASAP.', 'vague-time');
    await caretInto(page, 3, 'vague-time');
    await page.keyboard.press('Alt+KeyJ');
    for (let i = 0; i < 6 && (await focused(page)).action !== 'ignore'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ where: 'card', action: 'ignore', name: 'Ignore' });
    await page.keyboard.press('Enter');
    await waitForRules(page, (r) => !r.includes('vague-time'));
    expect((await bodyText(page)).trim()).toBe('I will send it ASAP.');
    expect((await focused(page)).where).toBe('draft');
    await page.close();
  });

  it('Escape closes the card and puts the caret back where it was: the next key types there', async () => {
    const text = 'I will send it soon.';
    const page = await draft(text, 'vague-time');
    await caretInto(page, 3, 'vague-time');
    const before = await caretOffset(page);
    await page.keyboard.press('Alt+KeyJ');
    await page.keyboard.press('Tab');
    expect((await focused(page)).where).toBe('card');
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden', timeout: 2000 });
    expect((await focused(page)).where).toBe('draft');
    expect(await caretOffset(page)).toBe(before);
    await page.keyboard.type('X');
    expect((await bodyText(page)).trim()).toBe(`${text.slice(0, before)}X${text.slice(before)}`);
    await page.close();
  });

  it('with no card open, Alt+J enters the list; Show in draft opens the card; Escape returns to the draft', async () => {
    const page = await draft('I will send it next week.', 'vague-time');
    await page.keyboard.press('Home');
    await page.keyboard.press('Alt+KeyJ');
    const show = await focused(page);
    expect(show).toMatchObject({ where: 'list', action: 'show', name: 'Show in draft' });
    // Which finding this button shows, as a screen reader hears it: the rule and the words.
    expect(show.description).toBe('Vague time next week');
    await page.keyboard.press('Enter');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    expect((await focused(page)).where).toBe('draft');
    await page.keyboard.press('Alt+KeyJ');
    expect((await focused(page)).where).toBe('card');
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden', timeout: 2000 });
    expect((await focused(page)).where).toBe('draft');
    // The list, entered again and left with Escape, closes and gives the draft its focus back.
    await page.keyboard.press('Alt+KeyJ');
    expect((await focused(page)).where).toBe('list');
    await page.keyboard.press('Escape');
    await page.locator('[data-jelas-overlay] [data-jelas="list"].closed').waitFor({ state: 'attached', timeout: 2000 });
    expect((await focused(page)).where).toBe('draft');
    expect((await bodyText(page)).trim()).toBe('I will send it next week.');
    await page.close();
  });

  it('Alt+J on a clean draft is left alone, and plain keys always type into the draft', async () => {
    const page = await draft('Thanks, I will send it by Friday 3 PM.', null);
    expect(await listItems(page).count()).toBe(0);
    await page.keyboard.press('Alt+KeyJ');
    expect((await focused(page)).where).toBe('draft');
    await page.keyboard.type(' j');
    expect((await bodyText(page)).trim()).toBe('Thanks, I will send it by Friday 3 PM. j');
    await page.close();
  });
});

describe('the checklist on Send', () => {
  it('Tab from the draft to Send, Enter: focus stays inside the checklist; Escape gives it back to Send; Send anyway sends once', async () => {
    const page = await session.jelas.openGmail('thread-reply');
    await waitForJelas(session.jelas, page);
    await typeInto(page, 0, 'oke', { where: 'draft-end' });
    await waitForRules(page, (r) => r.includes('terse-tone'));
    await page.keyboard.press('Tab');
    expect((await focused(page)).where).toBe('send');
    await page.keyboard.press('Enter');
    await presend(page).waitFor({ state: 'visible', timeout: 2000 });
    expect(await focused(page)).toMatchObject({ where: 'presend', action: 'review' });
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f.where).toBe('presend');
      seen.add(f.action!);
    }
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).where).toBe('presend');
    expect([...seen].sort()).toEqual(['review', 'send-anyway']);
    await page.keyboard.press('Escape');
    await presend(page).waitFor({ state: 'detached', timeout: 2000 });
    expect((await focused(page)).where).toBe('send');
    expect(await sent(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await presend(page).waitFor({ state: 'visible', timeout: 2000 });
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).action).toBe('send-anyway');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await sent(page)).length, { timeout: 3000 }).toBe(1);
    await page.close();
  });
});

describe('names a screen reader reads', () => {
  it('every control of the overlay has a role and a name', async () => {
    const page = await session.jelas.openGmail('thread-reply');
    await waitForJelas(session.jelas, page);
    await typeInto(page, 0, 'oke');
    await waitForRules(page, (r) => r.includes('terse-tone') && r.includes('missing-deadline'));
    const overlay = page.locator('[data-jelas-overlay]');
    await expect.poll(() => page.getByRole('button', { name: 'Jelas: 2 suggestions for this draft' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Jelas: 2 suggestions for this draft' }).click();
    await page.getByRole('region', { name: 'Jelas suggestions' }).waitFor();
    await page.keyboard.press('Escape');
    await body(page).evaluate((el) => (el as HTMLElement).focus());
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    expect(await page.getByRole('dialog', { name: 'Missing deadline' }).count()).toBe(1);
    const snapshot = await overlay.ariaSnapshot();
    for (const line of [
      'button "Apply"',
      'button "Ignore"',
      'button "Turn off this rule"',
      'button "Also here: Terse tone"',
      'region "Jelas suggestions"',
      'button "Close"',
      'button "Show in draft"',
    ]) {
      expect(snapshot).toContain(line);
    }
    // No button without a name, anywhere in the overlay.
    expect(snapshot).not.toMatch(/- button(?: \[|:|$)/m);
    await page.close();
  });
});

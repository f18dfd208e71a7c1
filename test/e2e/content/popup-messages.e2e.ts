/**
 * The popup talks to the content script with messages (src/shared/messages.ts). Sent here from the
 * extension's service worker, exactly as the popup's tabs.sendMessage would.
 */
import { describe, expect, it } from 'vitest';
import { body, placeCaret, typeInto, waitForJelas } from '../harness';
import type { ApplyReply, ChecklistReply, ToContent } from '../../../src/shared/messages';
import { bodyText, card, waitForRules, useJelas } from './helpers';

const session = useJelas();

/** tabs.sendMessage to the (only) Gmail tab, from the service worker. */
async function toTab<T>(msg: ToContent): Promise<T> {
  return session.jelas.serviceWorker.evaluate(async (m) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
    const [tab] = await c.tabs.query({ url: 'https://mail.google.com/*' });
    return c.tabs.sendMessage(tab!.id, m);
  }, msg) as Promise<T>;
}

describe('popup messages', () => {
  it('get-checklist returns the current compose with its findings; apply and ignore act on the draft', async () => {
    const page = await session.jelas.openGmail('thread-reply');
    await waitForJelas(session.jelas, page);
    await typeInto(page, 0, 'oke');
    await waitForRules(page, (r) => r.includes('terse-tone'));
    const reply = await toTab<ChecklistReply>({ type: 'jelas:get-checklist' });
    const list = reply.checklist!;
    expect(list.title).toMatch(/^Re: /);
    expect(list.draftText.trim()).toBe('oke');
    expect(list.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['terse-tone', 'missing-deadline']));
    expect(reply.focusedAt).toBeGreaterThan(0);

    const terse = list.findings.find((f) => f.rule === 'terse-tone')!;
    const ignored = await toTab<ApplyReply>({ type: 'jelas:ignore', composeId: list.composeId, findingKey: `${terse.rule}:${terse.text.trim().toLowerCase()}` });
    expect(ignored.ok).toBe(true);
    expect(ignored.checklist!.findings.map((f) => f.rule)).not.toContain('terse-tone');

    const deadline = ignored.checklist!.findings.find((f) => f.rule === 'missing-deadline')!;
    const applied = await toTab<ApplyReply>({ type: 'jelas:apply', composeId: list.composeId, findingKey: `missing-deadline:${deadline.text.trim().toLowerCase()}`, suggestionIndex: 1 });
    expect(applied.ok).toBe(true);
    // the content script passes the moment of writing: the rewrite names the day ("besok (Senin, 30 November) …")
    expect(await bodyText(page)).toMatch(/besok (?:\([^)]+\) )?paling lambat jam 13\.00/);
    expect(applied.checklist!.findings.map((f) => f.rule)).not.toContain('missing-deadline');
    await page.close();
  });

  it('with no compose open, the checklist is null', async () => {
    const page = await session.jelas.openGmail('inbox');
    await waitForJelas(session.jelas, page);
    const reply = await toTab<ChecklistReply>({ type: 'jelas:get-checklist' });
    expect(reply.checklist).toBeNull();
    await page.close();
  });
});

describe('keyboard', () => {
  it('moving the caret into a flagged phrase opens its card; moving out closes it; Escape dismisses it', async () => {
    const page = await session.jelas.openGmail('inbox-compose', { body: 'Tolong kirim kontraknya secepatnya ya.' });
    await waitForJelas(session.jelas, page);
    await waitForRules(page, (r) => r.includes('vague-time'));
    await placeCaret(page, 0);
    await body(page).evaluate((el) => (el as HTMLElement).focus());
    // From the end of the text, walk left into "secepatnya".
    await page.keyboard.press('End');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    expect(await card(page).getAttribute('data-rule')).toBe('vague-time');
    await page.keyboard.press('Home');
    await card(page).waitFor({ state: 'hidden', timeout: 2000 }).catch(async (e) => {
      const diag = await page.evaluate(() => {
        const s = getSelection()!;
        return JSON.stringify({ node: s.anchorNode?.nodeName, text: s.anchorNode?.textContent?.slice(0, 30), off: s.anchorOffset, focus: document.hasFocus(), active: document.activeElement?.className });
      });
      console.log('DIAG-HOME', diag, session.jelas.console.filter((m) => m.page === page).map((m) => m.text).join(' | '));
      throw e;
    });
    await page.keyboard.press('End');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden', timeout: 2000 }).catch((e) => {
      console.log('DIAG-ESC');
      throw e;
    });
    // Still on the same words: the caret does not bring the dismissed card back; leaving and returning does.
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(200);
    expect(await card(page).isVisible()).toBe(false);
    await page.keyboard.press('Home');
    // selectionchange is delivered asynchronously: Home and End in one go can coalesce into one event that
    // never left the phrase, so the caret rests outside it for a moment, as a person's would
    await page.waitForTimeout(150);
    await page.keyboard.press('End');
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    expect((await bodyText(page)).trim()).toBe('Tolong kirim kontraknya secepatnya ya.');
    await page.close();
  });
});

/**
 * axe-core on everything Jelas shows, as a person would meet it, in English and Indonesian (the browser's
 * language), light and dark: the popup (no draft, Try it with a quoted message, a Gmail draft), the options
 * page (with a rule switched off), and our overlay in Gmail (badge, list, card, a card linking to another finding, the checklist on Send),
 * checked inside its shadow root and nowhere else. Zero violations of WCAG 2.2 A/AA and axe's best practices.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchJelas, sendVia, typeInto, waitForJelas, type Jelas } from '../harness';
import { card, expectNoForeignRequests, hoverWord, openOptions, presend, waitForRules } from '../content/helpers';
import { SAMPLES } from '../samples';
import { axeViolations, describeViolations } from './axe';

const OVERLAY = ['[data-jelas-overlay]'];

async function expectClean(page: Page, what: string, include?: string[]): Promise<void> {
  expect(describeViolations(await axeViolations(page, include)), what).toEqual([]);
}

describe.each(['en', 'id'] as const)('UI in %s', (lang) => {
  let jelas: Jelas;
  beforeAll(async () => {
    jelas = await launchJelas({ locale: lang });
  });
  afterAll(async () => {
    expectNoForeignRequests(jelas.requests);
    await jelas.close();
  });
  const s = SAMPLES[lang];

  describe.each(['light', 'dark'] as const)('%s theme', (scheme) => {
    it('the options page, with a rule switched off', async () => {
      const page = await openOptions(jelas);
      await page.emulateMedia({ colorScheme: scheme });
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      // hedging is off by default (switching one here would race its save with the Gmail tests below)
      expect(await page.locator('.rule--off [data-rule-toggle="hedging"]').count()).toBe(1);
      await expectClean(page, 'options');
      await page.close();
    });

    it('the popup without a draft, then Try it with a quoted message', async () => {
      const page = await jelas.openExtensionPage('src/popup/index.html');
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('textarea').first().waitFor({ timeout: 5000 });
      await expectClean(page, 'popup, no draft');
      await page.locator('textarea').first().fill(s.tryDraft);
      await page.locator('summary').click();
      await page.locator('textarea').nth(1).fill(s.tryQuoted);
      await page.locator('[data-rule]').first().waitFor({ timeout: 5000 });
      await expectClean(page, 'popup, Try it');
      await page.close();
    });

    it('the overlay in Gmail (badge, list, card, checklist on Send) and the popup on that draft', async () => {
      const gmail = await jelas.openGmail('thread-reply', { lang, incoming: s.incoming });
      await gmail.emulateMedia({ colorScheme: scheme });
      await waitForJelas(jelas, gmail);
      await typeInto(gmail, 0, s.draft);
      try {
        // a vague time in the draft, and a question of the client's it leaves open (a finding not in the draft)
        await waitForRules(gmail, (r) => r.includes('vague-time') && r.includes('unanswered-question'));
        await expectClean(gmail, 'badge', OVERLAY);

        const popup = await jelas.openExtensionPage('src/popup/index.html');
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.locator('[data-rule="vague-time"]').first().waitFor({ timeout: 5000 });
        await expectClean(popup, 'popup, a draft');
        await popup.close();

        await gmail.bringToFront();
        await gmail.locator('[data-jelas-overlay] [data-jelas="badge"]').click();
        await gmail.locator('[data-jelas-overlay] [data-jelas="list"]:not(.closed)').waitFor();
        await expectClean(gmail, 'list', OVERLAY);
        await hoverWord(gmail, s.vague);
        await card(gmail).waitFor({ state: 'visible', timeout: 3000 });
        await expectClean(gmail, 'card', OVERLAY);
        await sendVia(gmail, 0, 'ctrl-enter');
        await presend(gmail).waitFor({ state: 'visible', timeout: 3000 });
        await expectClean(gmail, 'checklist on Send', OVERLAY);
      } finally {
        await gmail.close();
      }
    });

    it('the card of words with two findings, which links to the other', async () => {
      const gmail = await jelas.openGmail('thread-reply', { lang });
      try {
        await gmail.emulateMedia({ colorScheme: scheme });
        await waitForJelas(jelas, gmail);
        await typeInto(gmail, 0, 'oke');
        await waitForRules(gmail, (r) => r.includes('terse-tone') && r.includes('missing-deadline'));
        await hoverWord(gmail, 'oke');
        await card(gmail).locator('[data-action="also"]').waitFor({ timeout: 5000 });
        await expectClean(gmail, 'card with "also here"', OVERLAY);
      } finally {
        await gmail.close();
      }
    });
  });
});

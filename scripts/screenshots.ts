/**
 * Screenshots of Jelas in the Gmail simulator (the inline card, the check on Send), of the popup (a Gmail
 * draft to check, and Try it) and of the options page, in English and Indonesian, light and dark, into
 * docs/screenshots/*.png. Uses the e2e harness: Debian's Chromium,
 * the built extension, the Gmail simulator, no network.
 *
 *   JELAS_OUT_ROOT=/tmp/jelas-x node scripts/build.mjs chrome
 *   JELAS_E2E_DIST=/tmp/jelas-x/chrome npx tsx scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchJelas, sendVia, typeInto, waitForJelas, type Jelas } from '../test/e2e/harness.ts';
import { card, hoverWord, presend } from '../test/e2e/content/helpers.ts';

const OUT = 'docs/screenshots';
const SCHEMES = ['light', 'dark'] as const;

const SAMPLES = {
  en: {
    incoming: 'Hi Ana,\nCould you send me the signed contract? And how many seats do we need for the launch?\nThanks, Tom',
    draft: 'oke, I will send it soon.',
    tryDraft: 'Please review the budget ASAP.',
    tryQuoted: 'When can we meet to go through the numbers?',
  },
  id: {
    incoming: 'Halo Ana,\nBisa tolong kirim kontrak yang sudah ditandatangani? Berapa kursi yang kita perlukan untuk peluncuran?\nTerima kasih, Tom',
    draft: 'oke, nanti saya kirim secepatnya.',
    tryDraft: 'Tolong cek anggarannya secepatnya.',
    tryQuoted: 'Kapan kita bisa rapat untuk membahas angkanya?',
  },
} as const;

async function shoot(page: Page, name: string, width: number): Promise<void> {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 300 });
    await page.waitForTimeout(150);
    const height = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    await page.setViewportSize({ width, height: Math.min(Math.max(height, 300), 2400) });
    const path = join(OUT, `${name}-${scheme}.png`);
    await page.screenshot({ path, fullPage: true });
    console.log(`saved ${path}`);
  }
}

async function popupWithDraft(jelas: Jelas, lang: 'en' | 'id'): Promise<void> {
  const s = SAMPLES[lang];
  const gmail = await jelas.openGmail('thread-reply', { lang, incoming: s.incoming });
  await waitForJelas(jelas, gmail);
  await typeInto(gmail, 0, s.draft);
  await gmail.waitForTimeout(800);
  const popup = await jelas.openExtensionPage('src/popup/index.html');
  await popup.locator('[data-rule]').first().waitFor({ timeout: 5000 });
  await shoot(popup, `popup-draft-${lang}`, 400);
  await popup.close();
  await gmail.close();
}

async function popupTryIt(jelas: Jelas, lang: 'en' | 'id'): Promise<void> {
  const s = SAMPLES[lang];
  const popup = await jelas.openExtensionPage('src/popup/index.html');
  await popup.locator('textarea').first().waitFor({ timeout: 5000 });
  await shoot(popup, `popup-empty-${lang}`, 400);
  await popup.locator('textarea').first().fill(s.tryDraft);
  await popup.locator('summary').click();
  await popup.locator('textarea').nth(1).fill(s.tryQuoted);
  await popup.locator('[data-rule]').first().waitFor({ timeout: 5000 });
  await popup.locator('textarea').first().blur();
  await shoot(popup, `popup-tryit-${lang}`, 400);
  await popup.close();
}

async function options(jelas: Jelas, lang: 'en' | 'id'): Promise<void> {
  const page = await jelas.openExtensionPage('src/options/index.html');
  await page.locator('[data-rule-toggle]').first().waitFor({ state: 'attached', timeout: 5000 });
  await shoot(page, `options-${lang}`, 900);
  await page.close();
}

/** The seed conversation in a Gmail reply: "oke" underlined, its card open on hover. */
async function gmailCard(jelas: Jelas, lang: 'en' | 'id'): Promise<void> {
  const gmail = await jelas.openGmail('thread-reply', { lang });
  await gmail.setViewportSize({ width: 1100, height: 760 });
  await waitForJelas(jelas, gmail);
  await typeInto(gmail, 0, 'oke');
  await gmail.waitForTimeout(800);
  await hoverWord(gmail, 'oke');
  await card(gmail).waitFor({ state: 'visible', timeout: 5000 });
  await gmail.waitForTimeout(200);
  await gmail.screenshot({ path: join(OUT, `gmail-card-${lang}.png`) });
  console.log(`saved ${join(OUT, `gmail-card-${lang}.png`)}`);
  await gmail.close();
}

/** Ctrl+Enter on a draft with warnings: the checklist holds the send. */
async function gmailPresend(jelas: Jelas, lang: 'en' | 'id'): Promise<void> {
  const gmail = await jelas.openGmail('inbox-compose', { lang });
  await gmail.setViewportSize({ width: 1100, height: 760 });
  await waitForJelas(jelas, gmail);
  await typeInto(gmail, 0, lang === 'id' ? 'Sabar ya, nanti saya kirim secepatnya.' : "As I said, I'll send it ASAP.", { where: 'draft-end' });
  await gmail.waitForTimeout(800);
  await sendVia(gmail, 0, 'ctrl-enter');
  await presend(gmail).waitFor({ state: 'visible', timeout: 5000 });
  await gmail.waitForTimeout(200);
  await gmail.screenshot({ path: join(OUT, `gmail-presend-${lang}.png`) });
  console.log(`saved ${join(OUT, `gmail-presend-${lang}.png`)}`);
  await gmail.close();
}

mkdirSync(OUT, { recursive: true });
for (const lang of ['en', 'id'] as const) {
  const jelas = await launchJelas({ locale: lang });
  try {
    await gmailCard(jelas, lang);
    await gmailPresend(jelas, lang);
    await popupWithDraft(jelas, lang);
    await popupTryIt(jelas, lang);
    await options(jelas, lang);
  } finally {
    await jelas.close();
  }
}

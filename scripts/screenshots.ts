/**
 * Screenshots of Jelas in the Gmail simulator (the inline card, the check on Send), of the popup (a Gmail
 * draft to check, and Try it) and of the options page, in English and Indonesian, light and dark, into
 * docs/screenshots/*.png; and the store's images, per language, into store/<lang>/: four 1280×800
 * screenshots and a 440×280 promo tile (drawn from a small page of ours, store/promo.ts). Uses the e2e
 * harness: Debian's Chromium, the built extension, the Gmail simulator, no network.
 *
 *   JELAS_OUT_ROOT=/tmp/jelas-x node scripts/build.mjs chrome
 *   JELAS_E2E_DIST=/tmp/jelas-x/chrome npx tsx scripts/screenshots.ts [promises]
 *
 * With `promises`, only the popup's Promises view (docs/screenshots/popup-promises-<lang>-<scheme>.png), from a
 * ledger seeded in storage.local with fixed dates and the popup's clock fixed at Wed 4 March 2026, 10:00.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchJelas, sendVia, typeInto, waitForJelas, type Jelas } from '../test/e2e/harness.ts';
import { card, hoverWord, presend } from '../test/e2e/content/helpers.ts';
import { SAMPLES } from '../test/e2e/samples.ts';
import { entryId, keyOf, LEDGER_VERSION, type LedgerEntry } from '../src/shared/ledger.ts';
import { PROMO, SCREENSHOT, framePage, promoPage, type StoreLang } from '../store/promo.ts';

const OUT = 'docs/screenshots';
const SCHEMES = ['light', 'dark'] as const;

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

/** The popup's clock for the Promises view: Wednesday 4 March 2026, 10:00 in the browser's zone. */
const PROMISES_NOW = new Date(2026, 2, 4, 10, 0).getTime();
const THREAD_LINK = 'https://mail.google.com/mail/u/0/#inbox/';

/** Three open promises, one per list (overdue, due today, upcoming), and one done (not shown). */
function seededLedger(lang: 'en' | 'id'): LedgerEntry[] {
  const at = (d: number, h: number) => new Date(2026, 2, d, h, 0).getTime();
  const rows = lang === 'id'
    ? [
        { span: 'Saya kirim draf kontraknya paling lambat Selasa jam 17.00.', to: 'Rina Wijaya', subject: 'Kontrak vendor', threadId: 'FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmA', due: at(3, 17), made: at(2, 9) },
        { span: 'saya kirim siaran persnya besok jam 13.00 ya', to: 'Tom Becker', subject: 'Siaran pers peluncuran', threadId: 'FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmB', due: at(4, 13), made: at(3, 9) },
        { span: 'Nanti saya kabari angka finalnya hari Jumat sebelum jam 12.00.', to: 'Budi Santoso', subject: 'Anggaran Q2', threadId: 'FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmC', due: at(6, 12), made: at(3, 15) },
        { span: 'Slide-nya saya kirim sore ini.', to: 'Dewi Lestari', subject: 'Rapat tim', threadId: 'FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmD', due: at(2, 17), made: at(2, 10), state: 'done' as const },
      ]
    : [
        { span: "I'll send the contract draft by Tuesday 5 PM.", to: 'Rina Wijaya', subject: 'Vendor contract', threadId: 'FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmA', due: at(3, 17), made: at(2, 9) },
        { span: "oke, I'll email you the press release tomorrow at 1 PM", to: 'Tom Becker', subject: 'Launch press release', threadId: 'FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmB', due: at(4, 13), made: at(3, 9) },
        { span: "I'll get back to you with the final numbers on Friday before noon.", to: 'Budi Santoso', subject: 'Q2 budget', threadId: 'FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmC', due: at(6, 12), made: at(3, 15) },
        { span: "I'll send the slides this afternoon.", to: 'Dewi Lestari', subject: 'Team meeting', threadId: 'FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmD', due: at(2, 17), made: at(2, 10), state: 'done' as const },
      ];
  return rows.map((r) => ({
    v: LEDGER_VERSION, id: entryId({ threadId: r.threadId, composeKey: '', span: r.span, due: r.due }), span: r.span, threadId: r.threadId, link: THREAD_LINK + r.threadId,
    subject: r.subject, to: r.to, due: r.due, state: ('state' in r && r.state) || 'open', createdAt: r.made, updatedAt: r.made,
  }));
}

/** The popup's Promises view (the section alone), light and dark, from a seeded ledger and a fixed clock. */
async function popupPromises(jelas: Jelas, lang: 'en' | 'id'): Promise<void> {
  const items = Object.fromEntries(seededLedger(lang).map((e) => [keyOf(e.id), e]));
  await jelas.serviceWorker.evaluate(async (seed) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void>; set(i: Record<string, unknown>): Promise<void> } } } }).chrome.storage.local;
    const all = await local.get(null);
    await local.remove(Object.keys(all).filter((k) => k.startsWith('ledger:')));
    await local.set(seed);
  }, items);
  for (const scheme of SCHEMES) {
    const popup = await jelas.context.newPage();
    await popup.clock.install({ time: PROMISES_NOW });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${jelas.extensionId}/src/popup/index.html`);
    const view = popup.locator('[data-jelas="promises"]');
    await view.locator('li[data-promise]').nth(2).waitFor({ timeout: 5000 });
    await popup.waitForTimeout(150);
    const path = join(OUT, `popup-promises-${lang}-${scheme}.png`);
    // the section with the popup's margin around it
    const box = (await view.boundingBox())!;
    const pad = 12;
    await popup.screenshot({ path, fullPage: true, clip: { x: Math.max(0, box.x - pad), y: Math.max(0, box.y - pad), width: Math.min(400, box.width + 2 * pad), height: box.height + 2 * pad } });
    console.log(`saved ${path}`);
    await popup.close();
  }
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

/** A Gmail page at the store's screenshot size, with a reply typed. */
async function storeGmail(jelas: Jelas, lang: StoreLang, sim: 'thread-reply' | 'inbox-compose', draft: string): Promise<Page> {
  const gmail = await jelas.openGmail(sim, { lang, ...(sim === 'thread-reply' ? { incoming: SAMPLES[lang].incoming } : {}) });
  await gmail.setViewportSize(SCREENSHOT);
  await waitForJelas(jelas, gmail);
  await typeInto(gmail, 0, draft, { where: 'draft-end' });
  await gmail.waitForTimeout(800);
  return gmail;
}

async function save(page: Page, path: string): Promise<void> {
  await page.screenshot({ path });
  console.log(`saved ${path}`);
}

/** store/<lang>/: the card, the check on Send, the popup (light and dark, framed), the options page; the promo tile. */
async function storeImages(jelas: Jelas, lang: StoreLang): Promise<void> {
  const dir = join('store', lang);
  const s = SAMPLES[lang];

  const reply = await storeGmail(jelas, lang, 'thread-reply', s.draft);
  await hoverWord(reply, s.vague);
  await card(reply).waitFor({ state: 'visible', timeout: 5000 });
  await reply.waitForTimeout(200);
  await save(reply, join(dir, 'screenshot-1-card.png'));

  const popups: Buffer[] = [];
  for (const scheme of SCHEMES) {
    const popup = await jelas.openExtensionPage('src/popup/index.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.locator('[data-rule]').first().waitFor({ timeout: 5000 });
    await popup.waitForTimeout(150);
    popups.push(await popup.screenshot());
    await popup.close();
  }
  await reply.close();

  const compose = await storeGmail(jelas, lang, 'inbox-compose', lang === 'id' ? 'Sabar ya, nanti saya kirim secepatnya.' : "As I said, I'll send it ASAP.");
  await sendVia(compose, 0, 'ctrl-enter');
  await presend(compose).waitFor({ state: 'visible', timeout: 5000 });
  await compose.waitForTimeout(200);
  await save(compose, join(dir, 'screenshot-2-presend.png'));
  await compose.close();

  const frame = await jelas.context.newPage();
  await frame.setViewportSize(SCREENSHOT);
  await frame.setContent(framePage(lang, popups.map((p) => `data:image/png;base64,${p.toString('base64')}`)));
  await save(frame, join(dir, 'screenshot-3-popup.png'));

  const opts = await jelas.openExtensionPage('src/options/index.html');
  await opts.setViewportSize(SCREENSHOT);
  await opts.locator('[data-rule-toggle]').first().waitFor({ state: 'attached', timeout: 5000 });
  await save(opts, join(dir, 'screenshot-4-options.png'));
  await opts.close();

  await frame.setViewportSize(PROMO);
  await frame.setContent(promoPage(lang, `data:image/png;base64,${readFileSync('public/icons/icon-128.png').toString('base64')}`));
  await save(frame, join(dir, 'promo-440x280.png'));
  await frame.close();
}

mkdirSync(OUT, { recursive: true });
const only = process.argv[2];
for (const lang of ['en', 'id'] as const) {
  mkdirSync(join('store', lang), { recursive: true });
  const jelas = await launchJelas({ locale: lang });
  try {
    await popupPromises(jelas, lang);
    if (only === 'promises') continue;
    await gmailCard(jelas, lang);
    await gmailPresend(jelas, lang);
    await popupWithDraft(jelas, lang);
    await popupTryIt(jelas, lang);
    await options(jelas, lang);
    await storeImages(jelas, lang);
  } finally {
    await jelas.close();
  }
}

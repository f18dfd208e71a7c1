/**
 * Email text never leaves the browser: with every request recorded, open every page the built
 * extension ships and use it a little, run the content script through a reply (typing, Apply, Send
 * with the checklist), and fail if anything went anywhere but the extension itself and
 * https://mail.google.com. Pages' requests come from the harness; the service worker's requests
 * are not reported by Playwright, so a CDP session on its target records them. An attempt that
 * only our CSP stopped (the console's "violates the following Content Security Policy directive")
 * fails too: the CSP is a backstop, not the reason nothing leaves.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { GMAIL_ORIGIN, launchJelas, resolveDist, sendVia, typeInto, waitForJelas, type Jelas } from '../harness';
import { card, hoverWord, presend, waitForRules } from '../content/helpers';

const DIST = resolveDist();

interface Seen {
  url: string;
  by: string;
}

/** Every .html in the build, and every page the manifest names (they must exist in the build too). */
function shippedPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.html') ? [relative(DIST, join(dir, e.name))] : []));
  const m = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Record<string, any>;
  const named = [
    m.action?.default_popup,
    m.options_ui?.page,
    m.options_page,
    m.devtools_page,
    m.side_panel?.default_path,
    m.background?.page,
    ...Object.values(m.chrome_url_overrides ?? {}),
    ...(m.sandbox?.pages ?? []),
  ].filter((p): p is string => typeof p === 'string');
  return [...new Set([...walk(DIST), ...named.map((p) => p.replace(/^\//, ''))])].sort();
}

/**
 * Records the service worker's network requests and console log entries over CDP (a browser
 * session attached to the worker's target; Playwright's own events do not cover it).
 */
async function recordServiceWorker(jelas: Jelas): Promise<{ requests: Seen[]; log: string[]; cdp: CDPSession }> {
  const cdp = await jelas.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === jelas.serviceWorker.url());
  if (!target) throw new Error(`no CDP target for ${jelas.serviceWorker.url()}`);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  const requests: Seen[] = [];
  const log: string[] = [];
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message) as { method?: string; params?: any };
    if (msg.method === 'Network.requestWillBeSent') requests.push({ url: msg.params.request.url, by: target.url });
    if (msg.method === 'Log.entryAdded') log.push(String(msg.params.entry.text));
  });
  let id = 0;
  for (const method of ['Network.enable', 'Log.enable']) {
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method, params: {} }) });
  }
  return { requests, log, cdp };
}

let jelas: Jelas;
let sw: Awaited<ReturnType<typeof recordServiceWorker>>;
let own: string;

beforeAll(async () => {
  jelas = await launchJelas({ dist: DIST });
  own = `chrome-extension://${jelas.extensionId}/`;
  sw = await recordServiceWorker(jelas);
});

afterAll(async () => {
  await sw?.cdp.detach().catch(() => undefined);
  await jelas?.close();
});

/** Our own origin and Gmail's; data: and blob: URLs are made and read inside the browser (export uses one). */
function allowed(url: string): boolean {
  return url.startsWith(own) || url.startsWith(GMAIL_ORIGIN + '/') || url.startsWith('data:') || url.startsWith('blob:');
}

/** Everything recorded so far: pages (harness) and the service worker (CDP). */
function allRequests(): Seen[] {
  return [...jelas.requests.map((r) => ({ url: r.url, by: r.initiator })), ...sw.requests];
}

const CSP_BLOCKED = /Content Security Policy|Refused to (connect|load)/i;

/** Waits until a page has loaded and settled (its lazy chunks fetched). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

describe('nothing leaves the browser', () => {
  it('the build ships the popup and the options page, and the manifest names only pages it ships', () => {
    const pages = shippedPages();
    expect(pages).toEqual(expect.arrayContaining(['src/popup/index.html', 'src/options/index.html']));
    for (const p of pages) expect(() => readFileSync(join(DIST, p))).not.toThrow();
  });

  it('every shipped page loads', async () => {
    for (const path of shippedPages()) {
      const page = await jelas.openExtensionPage(path);
      await settle(page);
      // The recorder saw it: the page's own scripts and styles are among the requests.
      expect(jelas.requests.some((r) => r.initiator === own + path), `no request of ${path} was recorded`).toBe(true);
      await page.close();
    }
  });

  it('the popup with no draft: Try it, Apply', async () => {
    const popup = await jelas.openExtensionPage('src/popup/index.html');
    const draft = popup.getByTestId('try-draft');
    await draft.fill('Please send me the report ASAP.');
    await popup.locator('details.field summary').click();
    await popup.getByTestId('try-quoted').fill('Hi, please share your press release tomorrow. Thanks!');
    await popup.locator('[data-rule="vague-time"] [data-action="apply"]').first().click();
    await expect.poll(() => draft.inputValue()).not.toContain('ASAP');
    await settle(popup);
    await popup.close();
  });

  it('the options page: toggle a rule, sensitivity, phrases, export, import', async () => {
    const options = await jelas.openExtensionPage('src/options/index.html');
    await options.locator('[data-rule-toggle="hedging"]').click({ force: true });
    await options.getByLabel(/^Strict/).check();
    const vague = options.locator('[data-phrases="extraVague"]');
    await vague.fill('end of sprint');
    await vague.blur();
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export"]').click()]);
    const file = readFileSync((await download.path())!, 'utf8');
    await options.locator('input[type=file]').setInputFiles({ name: 'jelas-settings.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await options.getByTestId('options-notice').waitFor({ timeout: 3000 });
    await options.locator('[data-action="reset"]').click();
    await settle(options);
    await options.close();
  });

  it('Gmail: a reply typed, a rewrite applied from the card, the popup on the draft, Send through the checklist', async () => {
    const gmail = await jelas.openGmail('thread-reply');
    await waitForJelas(jelas, gmail);
    await typeInto(gmail, 0, 'oke', { where: 'draft-end' });
    await waitForRules(gmail, (r) => r.includes('terse-tone'));
    await hoverWord(gmail, 'oke');
    await card(gmail).locator('[data-action="apply"]').first().click();
    await waitForRules(gmail, (r) => !r.includes('terse-tone'));

    await typeInto(gmail, 0, ' Send me the budget ASAP.', { where: 'draft-end' });
    await waitForRules(gmail, (r) => r.includes('vague-time'));
    const popup = await jelas.openExtensionPage('src/popup/index.html');
    await popup.locator('[data-rule="vague-time"]').first().waitFor({ timeout: 5000 });
    await settle(popup);
    await popup.close();

    await gmail.bringToFront();
    await sendVia(gmail, 0, 'click');
    await presend(gmail).locator('[data-action="send-anyway"]').click();
    await expect.poll(async () => (await gmail.evaluate(() => (window as unknown as { __gmailSim: { sent: unknown[] } }).__gmailSim.sent.length)), { timeout: 3000 }).toBe(1);
    await gmail.close();
  });

  it('every request went to the extension or mail.google.com, and none was only stopped by our CSP', async () => {
    // The service worker recorder is live: a request it makes to its own origin shows up.
    await jelas.serviceWorker.evaluate(async () => void (await fetch('/manifest.json')));
    await expect.poll(() => sw.requests.some((r) => r.url === own + 'manifest.json'), { timeout: 3000 }).toBe(true);
    const seen = allRequests();
    expect(seen.some((r) => r.url.startsWith(GMAIL_ORIGIN))).toBe(true);
    expect(seen.filter((r) => !allowed(r.url))).toEqual([]);
    const blocked = [...jelas.console.filter((c) => CSP_BLOCKED.test(c.text)).map((c) => `${c.page?.url()}: ${c.text}`), ...sw.log.filter((t) => CSP_BLOCKED.test(t))];
    expect(blocked).toEqual([]);
  });
});

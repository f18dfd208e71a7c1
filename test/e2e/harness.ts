/**
 * End-to-end harness: Debian's Chromium with the built extension loaded, and the Gmail simulator
 * served at https://mail.google.com by route interception, so the real content script runs with
 * no network. Every request of pages and extension pages is recorded (a content script's fetch
 * counts as its page's); anything for another origin is blocked and marked foreign. Playwright
 * does not report the extension's service worker's requests: pages/privacy.e2e.ts records them over
 * the DevTools protocol, and the manifest's CSP, connect-src 'self', stops them. See test/e2e/README.md.
 */
import { chromium, type BrowserContext, type ConsoleMessage, type Locator, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIM_ASSET_PREFIX, renderPage, simPath, type SimName, type SimOptions } from './gmail-sim/pages.js';

export type { SimName, SimOptions } from './gmail-sim/pages.js';
export { CLIENT, LABELS, ME, SEED_INCOMING, THREAD_SUBJECT } from './gmail-sim/pages.js';

export const GMAIL_ORIGIN = 'https://mail.google.com';
const HERE = dirname(fileURLToPath(import.meta.url));
const SIM_DIR = join(HERE, 'gmail-sim');
const REPO = resolve(HERE, '..', '..');
/** Where global-setup.ts builds the extension when JELAS_E2E_DIST is not set. */
export const DEFAULT_E2E_OUT = join(REPO, '.out', 'e2e');

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** URL of the page whose frame made it, or of the service worker. */
  initiator: string;
  fromServiceWorker: boolean;
  /** Not mail.google.com (served locally), chrome-extension://, data: or blob:. Such requests are blocked. */
  foreign: boolean;
  at: number;
}

export interface RecordedConsole {
  page: Page | null;
  type: string;
  text: string;
}

/** One message the simulated Gmail sent (window.__gmailSim.sent). */
export interface SentMail {
  composeId: string;
  kind: 'dialog' | 'inline' | 'popout' | 'fullscreen';
  via: 'click' | 'enter' | 'space' | 'ctrl-enter' | 'meta-enter' | 'schedule';
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  /** The editable's innerHTML exactly as it was at the moment of sending. */
  bodyHTML: string;
  bodyText: string;
  /** The files attached (the values of the compose's attachment chips). */
  attachments: string[];
  scheduled: boolean;
  /** Sent with Send + archive (the `.Uo` button, or Ctrl+Enter when that setting is on). */
  archived: boolean;
  at: number;
}

export interface SimState {
  sent: SentMail[];
  refused: { via: string; text: string; at: number }[];
  closed: { composeId: string; how: 'close' | 'discard'; bodyHTML: string; at: number }[];
  events: { type: string; at: number; [k: string]: unknown }[];
}

export interface LaunchOptions {
  /** Unpacked extension dir (with manifest.json) or a build root holding chrome/. Default: JELAS_E2E_DIST, else .out/e2e. */
  dist?: string;
  /** Browser UI language (chrome.i18n, navigator.language), e.g. 'id'. */
  locale?: string;
  /** Set JELAS_E2E_HEADED=1 to watch (needs a display). */
  headless?: boolean;
  /** The browser's time zone (pages, extension pages and content scripts alike), e.g. 'Asia/Jakarta'. */
  timezoneId?: string;
  args?: string[];
}

/** A browser with the Gmail simulator served; `launchGmailSim` gives one without the extension. */
export interface GmailSimBrowser {
  context: BrowserContext;
  /** Opens a new tab on a simulator page and waits until the simulator is ready. */
  openGmail(sim: SimName, opts?: SimOptions): Promise<Page>;
  /** Navigates an existing tab to a simulator page (to reuse a tab between tests). */
  gotoGmail(page: Page, sim: SimName, opts?: SimOptions): Promise<Page>;
  requests: RecordedRequest[];
  /** The recorded requests that tried to leave for any origin other than mail.google.com or the extension. */
  foreignRequests(): RecordedRequest[];
  console: RecordedConsole[];
  /** Uncaught errors in pages (simulator or content script). */
  pageErrors: { page: Page | null; error: Error }[];
  close(): Promise<void>;
}

/** The simulator browser with the built extension loaded. */
export interface Jelas extends GmailSimBrowser {
  extensionId: string;
  serviceWorker: Worker;
  /** Opens chrome-extension://<id>/<path>, e.g. 'src/popup/index.html'. */
  openExtensionPage(path: string): Promise<Page>;
}

export function resolveDist(dist = process.env.JELAS_E2E_DIST ?? DEFAULT_E2E_OUT): string {
  for (const dir of [dist, join(dist, 'chrome')]) {
    if (existsSync(join(dir, 'manifest.json'))) return resolve(dir);
  }
  throw new Error(`no built extension at ${dist} (nor ${join(dist, 'chrome')}); run: JELAS_OUT_ROOT=${dist} node scripts/build.mjs chrome`);
}

const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

function isForeign(url: string): boolean {
  if (url.startsWith(GMAIL_ORIGIN + '/')) return false;
  return !LOCAL_SCHEMES.some((s) => url.startsWith(s));
}

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/**
 * The simulator's response for a https://mail.google.com URL: pages under /mail/, their scripts and
 * styles under /__sim/, 404 for anything else. Pure, so any browser driver can serve it.
 */
export function simResponse(href: string): { status: number; contentType: string; body: string } {
  const url = new URL(href);
  if (url.pathname.startsWith(SIM_ASSET_PREFIX)) {
    const rel = normalize(url.pathname.slice(SIM_ASSET_PREFIX.length));
    const type = CONTENT_TYPES[rel.slice(rel.lastIndexOf('.'))];
    const file = join(SIM_DIR, rel);
    if (!rel.startsWith('..') && type && existsSync(file)) return { status: 200, contentType: type, body: readFileSync(file, 'utf8') };
    return { status: 404, contentType: 'text/plain', body: 'not found' };
  }
  if (url.pathname.startsWith('/mail/')) {
    try {
      return { status: 200, contentType: 'text/html; charset=utf-8', body: renderPage(url.search) };
    } catch (e) {
      return { status: 404, contentType: 'text/plain', body: String(e) };
    }
  }
  return { status: 404, contentType: 'text/plain', body: 'not simulated' };
}

/** Serves the simulator to Playwright's route interception. */
async function serveGmail(route: import('playwright-core').Route): Promise<void> {
  return route.fulfill(simResponse(route.request().url()));
}

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function launch(extensionDir: string | null, opts: LaunchOptions): Promise<GmailSimBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'jelas-e2e-profile-'));
  const headless = opts.headless ?? process.env.JELAS_E2E_HEADED !== '1';
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.JELAS_CHROMIUM ?? '/usr/bin/chromium',
    headless,
    viewport: { width: 1280, height: 800 },
    ...(opts.locale ? { locale: opts.locale } : {}),
    ...(opts.timezoneId ? { timezoneId: opts.timezoneId } : {}),
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
      ...BASE_ARGS,
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
      ...(opts.args ?? []),
    ],
  });
  // Fail a stuck step in seconds with its own message rather than at the test's timeout.
  context.setDefaultTimeout(10_000);
  const requests: RecordedRequest[] = [];
  const consoleLog: RecordedConsole[] = [];
  const pageErrors: GmailSimBrowser['pageErrors'] = [];

  context.on('request', (req) => {
    const sw = req.serviceWorker();
    let initiator = sw?.url() ?? '';
    if (!sw) {
      try {
        initiator = req.frame().page().url();
      } catch {
        initiator = '(unknown)';
      }
    }
    const url = req.url();
    requests.push({ url, method: req.method(), resourceType: req.resourceType(), initiator, fromServiceWorker: !!sw, foreign: isForeign(url), at: Date.now() });
  });
  context.on('console', (msg: ConsoleMessage) => consoleLog.push({ page: msg.page(), type: msg.type(), text: msg.text() }));
  context.on('weberror', (err) => pageErrors.push({ page: err.page(), error: err.error() }));

  // Gmail comes from the simulator; every other http(s) origin is refused, so nothing leaves.
  await context.route(`${GMAIL_ORIGIN}/**`, serveGmail);
  await context.route((url) => /^https?:$/.test(url.protocol) && url.origin !== GMAIL_ORIGIN, (route) => route.abort('blockedbyclient'));
  // WebSockets never appear as 'request' events: record and refuse every one here.
  await context.routeWebSocket(
    () => true,
    (ws) => {
      requests.push({ url: ws.url(), method: 'GET', resourceType: 'websocket', initiator: '(websocket)', fromServiceWorker: false, foreign: true, at: Date.now() });
      void ws.close({ code: 1008, reason: 'blocked by the e2e harness' });
    },
  );

  async function gotoGmail(page: Page, sim: SimName, simOpts: SimOptions = {}): Promise<Page> {
    const url = GMAIL_ORIGIN + simPath(sim, simOpts);
    // Same path and query differing only in the hash would be a same-document navigation: no fresh page.
    if (page.url().split('#')[0] === url.split('#')[0]) await page.goto('about:blank');
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as SimWindow).__gmailSim?.ready === true, undefined, { timeout: 10_000 });
    return page;
  }

  return {
    context,
    requests,
    console: consoleLog,
    pageErrors,
    foreignRequests: () => requests.filter((r) => r.foreign),
    openGmail: async (sim, simOpts) => gotoGmail(await context.newPage(), sim, simOpts),
    gotoGmail,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Chromium with the simulator only, no extension: to test the simulator, or Gmail as it is without us. */
export async function launchGmailSim(opts: Omit<LaunchOptions, 'dist'> = {}): Promise<GmailSimBrowser> {
  return launch(null, opts);
}

/** Chromium with the built extension loaded and the simulator served. */
export async function launchJelas(opts: LaunchOptions = {}): Promise<Jelas> {
  const browser = await launch(resolveDist(opts.dist), opts);
  const { context } = browser;
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  let serviceWorker: Worker;
  try {
    serviceWorker = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }));
  } catch (e) {
    await browser.close();
    throw new Error(`the extension's service worker never started (is the build broken?): ${String(e)}`);
  }
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    ...browser,
    extensionId,
    serviceWorker,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\/+/, '')}`);
      return page;
    },
  };
}

interface SimWindow {
  __gmailSim?: SimState & {
    ready: boolean;
    openCompose(opts?: { to?: string; cc?: string; bcc?: string; subject?: string; body?: string; signature?: string }): string;
    openReply(opts?: { forward?: boolean; trimmed?: boolean; body?: string }): string | null;
  };
}

// ---------- page helpers ----------

/** Messages the simulated Gmail sent, oldest first. */
export async function sent(page: Page): Promise<SentMail[]> {
  return page.evaluate(() => (window as unknown as SimWindow).__gmailSim!.sent);
}

/** Everything the simulator recorded: sends, refused sends, closed composes, events. */
export async function simState(page: Page): Promise<SimState> {
  return page.evaluate(() => {
    const s = (window as unknown as SimWindow).__gmailSim!;
    return { sent: s.sent, refused: s.refused, closed: s.closed, events: s.events };
  });
}

/** All open composes (`div.M9`), in document order: dialogs, inline reply, full-screen, pop-out. */
export function composes(page: Page): Locator {
  return page.locator('div.M9');
}

/** The compose root `div.M9` number `i` (document order). */
export function compose(page: Page, i = 0): Locator {
  return composes(page).nth(i);
}

/** The editable body of compose `i` (the contenteditable `[g_editable=true]`). */
export function body(page: Page, i = 0): Locator {
  return compose(page, i).locator('[g_editable="true"]');
}

/** Compose `i`'s Send button (not "More send options"). */
export function sendButton(page: Page, i = 0): Locator {
  return compose(page, i).locator('.aoO[role=button]');
}

/** 'before-quote' is the earlier name of 'draft-end', kept for callers that use it. */
export type CaretPlace = 'end' | 'start' | 'draft-end' | 'before-quote';

/**
 * Puts the caret in compose `i`'s body: at the very `end` (after any quote or signature), at the
 * `start`, or at `draft-end`, the end of the user's own text before the quote and signature.
 */
export async function placeCaret(page: Page, i = 0, where: CaretPlace = 'end'): Promise<void> {
  await body(page, i).evaluate((el, w) => {
    (el as HTMLElement).focus();
    const range = document.createRange();
    const stop = w === 'draft-end' || w === 'before-quote' ? el.querySelector(':scope > .gmail_quote, :scope > .gmail_signature, :scope > br[clear]') : null;
    if (w === 'start') {
      let node: Node = el;
      while (node.firstChild && node.firstChild.nodeName !== 'BR') node = node.firstChild;
      if (node.firstChild) range.setStartBefore(node.firstChild);
      else range.setStart(node, 0);
    } else if (stop) {
      // Skip the separator <br> Gmail puts before a quote, then go to the end of the last line.
      let prev = stop.previousSibling;
      if (prev?.nodeName === 'BR' && prev.previousSibling) prev = prev.previousSibling;
      let node: Node | null = prev;
      while (node?.lastChild) node = node.lastChild;
      if (!node) range.setStartBefore(stop);
      else if (node.nodeName === 'BR') range.setStartBefore(node);
      else range.setStart(node, node.textContent?.length ?? 0);
    } else {
      range.selectNodeContents(el);
    }
    range.collapse(w === 'start');
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, where);
}

/** Types like a user into compose `i` (real key events; '\n' presses Enter). */
export async function typeInto(page: Page, i: number, text: string, opts: { delay?: number; where?: CaretPlace } = {}): Promise<void> {
  await placeCaret(page, i, opts.where ?? 'end');
  await page.keyboard.type(text, { delay: opts.delay ?? 0 });
}

/** Sends compose `i` the way a user would: click, Enter or Space on Send, or Ctrl/Cmd+Enter in the body. */
export async function sendVia(page: Page, i = 0, via: 'click' | 'enter' | 'space' | 'ctrl-enter' | 'meta-enter' = 'click'): Promise<void> {
  const button = sendButton(page, i);
  switch (via) {
    case 'click':
      return button.click();
    case 'enter':
    case 'space':
      await button.focus();
      return page.keyboard.press(via === 'enter' ? 'Enter' : 'Space');
    case 'ctrl-enter':
    case 'meta-enter':
      await body(page, i).focus();
      return page.keyboard.press(via === 'ctrl-enter' ? 'Control+Enter' : 'Meta+Enter');
  }
}

/** Opens a new-message dialog as the Compose button would (programmatically); returns its composeid. */
export async function openCompose(page: Page, opts: { to?: string; subject?: string; body?: string; signature?: string } = {}): Promise<string> {
  return page.evaluate((o) => (window as unknown as SimWindow).__gmailSim!.openCompose(o), opts);
}

/** Opens the inline reply (or forward) on a thread page, as clicking Reply would; returns its composeid. */
export async function openReply(page: Page, opts: { forward?: boolean; trimmed?: boolean; body?: string } = {}): Promise<string | null> {
  return page.evaluate((o) => (window as unknown as SimWindow).__gmailSim!.openReply(o), opts);
}

/**
 * Resolves once the content script has shown it is alive on this page: its `[jelas]` console line
 * or its `[data-jelas-overlay]` element.
 */
export async function waitForJelas(jelas: GmailSimBrowser, page: Page, timeout = 10_000): Promise<void> {
  const seen = () => jelas.console.some((m) => m.page === page && m.text.startsWith('[jelas]'));
  if (seen()) return;
  await Promise.race([
    page.waitForEvent('console', { predicate: (m) => m.text().startsWith('[jelas]'), timeout }),
    page.waitForSelector('[data-jelas-overlay]', { state: 'attached', timeout }),
  ]).catch((e) => {
    if (!seen()) throw e;
  });
}

/**
 * Sets the clock our content script reads in `page` (`Date.now()`, `new Date()`) to `time`, running on from
 * there. Playwright's `page.clock` changes the page's main world only, and a content script has a world of its
 * own: that world is found over the DevTools protocol (its origin is the extension's) and its `Date` replaced.
 * Call it after `waitForJelas`; the next analysis (typing, or the thread changing) reads the new time. Returns
 * that world's `new Date().toISOString()` once set.
 */
export async function setContentScriptClock(jelas: Jelas, page: Page, time: Date | number): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${jelas.extensionId}`;
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    if (e.context.origin === origin || e.context.origin === `${origin}/`) worlds.push(e.context.id);
  });
  await cdp.send('Runtime.enable');
  try {
    if (!worlds.length) throw new Error(`no content script world of ${origin} in ${page.url()}`);
    const target = typeof time === 'number' ? time : time.getTime();
    const expression = `(() => {
      const Real = globalThis.__jelasRealDate ?? Date;
      globalThis.__jelasRealDate = Real;
      const offset = ${target} - Real.now();
      class FakeDate extends Real {
        constructor(...args) { if (args.length) super(...args); else super(Real.now() + offset); }
        static now() { return Real.now() + offset; }
      }
      globalThis.Date = FakeDate;
      return new Date().toISOString();
    })()`;
    let now = '';
    for (const contextId of worlds) {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
      if (r.exceptionDetails) throw new Error(`could not set the content script's clock: ${r.exceptionDetails.text}`);
      now = String(r.result.value);
    }
    return now;
  } finally {
    await cdp.send('Runtime.disable').catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}

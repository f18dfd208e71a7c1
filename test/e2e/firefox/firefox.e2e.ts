/**
 * Firefox smoke test: the BUILT Firefox extension in real headless Firefox ESR, on the Gmail
 * simulator served at https://mail.google.com with no network. A user answers the client's
 * "please share your press release tomorrow" with "oke": our overlay lists terse-tone and
 * missing-deadline; Send opens our checklist, and "Send anyway" sends exactly once. Keys and clicks
 * are real input (WebDriver BiDi input.performActions). Driven by our own BiDi client (./bidi.ts).
 *
 * Builds the Firefox extension into a temp dir, or uses JELAS_E2E_FIREFOX_DIST (a build root or its
 * firefox/ folder). Skips when /usr/bin/firefox-esr is missing, except in CI, where that fails.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, removeBuild } from '../../build/built';
import { simPath } from '../gmail-sim/pages.js';
import { simResponse } from '../harness';
import { FIREFOX_ESR, launchFirefox, type BiDi, type Firefox } from './bidi';

const GMAIL = 'https://mail.google.com';
const skip = !existsSync(FIREFOX_ESR) && process.env.CI !== 'true';

/** Requests that stay on this machine: the served simulator, the extension's own files, inline URLs. */
const stays = (url: string) => url.startsWith(GMAIL + '/') || /^(moz-extension|data|blob|about):/.test(url);

/** The unpacked Firefox build under `root` (a build root or its firefox/ folder). */
function firefoxDist(root: string): string {
  for (const dir of [root, join(root, 'firefox')]) {
    if (existsSync(join(dir, 'manifest.json'))) return resolve(dir);
  }
  throw new Error(`no Firefox build (manifest.json) at ${root}`);
}

/** Polls a Node-side condition (events already recorded) until it holds; fails after `timeout` with `what`. */
async function until(check: () => boolean, what: string, timeout = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A real left click at the centre of the element `select` (page source returning an Element) finds. */
async function click(bidi: BiDi, context: string, select: string, what: string): Promise<void> {
  const at = await bidi.waitIn<{ x: number; y: number }>(
    context,
    `() => { const el = (${select})(); if (!el) return null; el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect(); return r.width && r.height ? { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) } : null; }`,
    what,
  );
  await bidi.send('input.performActions', {
    context,
    actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [
      { type: 'pointerMove', x: at.x, y: at.y, origin: 'viewport' },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ] }],
  });
}

/** Page source: the rule ids in our overlay's list, read through its open shadow root. */
const SHOWN_RULES = `() => [...(document.querySelector('[data-jelas-overlay]')?.shadowRoot?.querySelectorAll('[data-jelas="list"] li[data-rule]') ?? [])].map((li) => li.getAttribute('data-rule')).sort()`;
const IN_OVERLAY = (css: string) => `() => document.querySelector('[data-jelas-overlay]')?.shadowRoot?.querySelector(${JSON.stringify(css)})`;
const SENT = `() => window.__gmailSim.sent.map((m) => ({ bodyText: m.bodyText }))`;

describe.skipIf(skip)('Firefox ESR with the built extension on simulated Gmail', () => {
  let tmp = '';
  const requests: string[] = [];
  const consoleLines: string[] = [];
  let firefox: Firefox;
  let bidi: BiDi;
  let context: string;

  beforeAll(async () => {
    if (!existsSync(FIREFOX_ESR)) throw new Error(`${FIREFOX_ESR} is missing: CI must install firefox-esr`);
    // JELAS_E2E_FIREFOX_DIST names a build to reuse; otherwise one is made, as `npm run build` makes it.
    const given = process.env.JELAS_E2E_FIREFOX_DIST;
    if (!given) tmp = buildExtension(['firefox']);
    const dist = firefoxDist(given ?? tmp);
    firefox = await launchFirefox();
    bidi = firefox.bidi;
    // BiDi reports the requests of pages (a content script's fetches included); Firefox's own
    // background traffic is not reported, and the profile's prefs (./bidi.ts) keep it off.
    bidi.on(({ method, params }) => {
      if (method === 'log.entryAdded') consoleLines.push(String(params.text));
      if (method !== 'network.beforeRequestSent') return;
      const { request, isBlocked } = params as { request: { request: string; url: string }; isBlocked: boolean };
      requests.push(request.url);
      if (!isBlocked) return;
      // Gmail comes from the simulator; anything else that would leave the machine is refused (and recorded above).
      let answer: Promise<unknown>;
      if (request.url.startsWith(GMAIL + '/')) {
        const r = simResponse(request.url);
        answer = bidi.send('network.provideResponse', {
          request: request.request,
          statusCode: r.status,
          reasonPhrase: r.status === 200 ? 'OK' : 'Not Found',
          headers: [{ name: 'content-type', value: { type: 'string', value: r.contentType } }],
          body: { type: 'string', value: r.body },
        });
      } else if (stays(request.url)) {
        answer = bidi.send('network.continueRequest', { request: request.request });
      } else {
        answer = bidi.send('network.failRequest', { request: request.request });
      }
      answer.catch(() => undefined); // the page may have gone away meanwhile
    });
    await bidi.send('session.subscribe', { events: ['log.entryAdded', 'network.beforeRequestSent'] });
    await bidi.send('network.addIntercept', { phases: ['beforeRequestSent'] });
    // A temporary install of the unpacked build, as about:debugging does, so unsigned is fine (the
    // zip works too: type 'archivePath'). Since Firefox 127 an MV3 add-on's host_permissions and
    // content_scripts matches are install-time permissions (a user sees them in the install prompt),
    // and this install grants them without a prompt: no pref is needed for mail.google.com. The
    // content script's console line, awaited below, is the proof that it was injected.
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: dist } });
    const tree = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
    context = tree.contexts[0]!.context;
  });

  afterAll(async () => {
    await firefox?.close();
    removeBuild(tmp);
  });

  it('"oke" on the thread reply: overlay lists terse-tone and missing-deadline; Send anyway sends once; nothing leaves', async () => {
    await bidi.send('browsingContext.navigate', { context, url: GMAIL + simPath('thread-reply'), wait: 'complete' });
    await bidi.waitIn(context, '() => window.__gmailSim?.ready === true', 'the simulator to be ready');
    await until(() => consoleLines.includes('[jelas] content script ready'), 'the content script\'s "[jelas] content script ready" (not injected?)');

    // Click into the reply body, as a user would, and type.
    await click(bidi, context, `() => document.querySelector('div.M9 [g_editable="true"]')`, 'the reply body');
    await bidi.send('input.performActions', {
      context,
      actions: [{ type: 'key', id: 'keyboard', actions: [...'oke'].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }],
    });
    const rules = await bidi.waitIn<string[]>(context, `() => { const r = (${SHOWN_RULES})(); return r.includes('terse-tone') && r.includes('missing-deadline') ? r : null; }`, 'our overlay to list terse-tone and missing-deadline');
    expect(rules).toEqual(expect.arrayContaining(['terse-tone', 'missing-deadline']));

    await click(bidi, context, `() => document.querySelector('div.M9 .aoO[role=button]')`, 'the Send button');
    await click(bidi, context, IN_OVERLAY('[data-jelas="presend"] [data-action="send-anyway"]'), 'our checklist\'s "Send anyway"');
    await bidi.waitIn(context, `() => window.__gmailSim.sent.length > 0`, 'the reply to be sent');
    await new Promise((r) => setTimeout(r, 600)); // a second send would show up by now
    const sent = await bidi.call<{ bodyText: string }[]>(context, SENT);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.bodyText.trim()).toBe('oke');
    expect(await bidi.call(context, `() => !(${IN_OVERLAY('[data-jelas="presend"]')})()`)).toBe(true);

    expect(requests.some((u) => u.startsWith(GMAIL + '/__sim/'))).toBe(true);
    expect(requests.filter((u) => !stays(u))).toEqual([]);
  });
});

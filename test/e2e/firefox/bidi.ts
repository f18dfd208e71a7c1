/**
 * A small WebDriver BiDi client and a launcher for headless Firefox ESR, for the Firefox e2e test.
 * Playwright 1.65 drives Firefox over BiDi too, but its first command (emulation.setMediaFeaturesOverride)
 * is unknown to ESR 153, so we speak the protocol (https://w3c.github.io/webdriver-bidi/) ourselves:
 * one WebSocket, JSON commands with ids, events by method name. Every command has a timeout, so a
 * stuck step fails with its own message instead of hanging the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

export const FIREFOX_ESR = '/usr/bin/firefox-esr';

type Json = Record<string, unknown>;
export interface BiDiEvent {
  method: string;
  params: Json;
}

/** Commands over one BiDi WebSocket; events go to listeners registered with `on`. */
export class BiDi {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: Json): void; reject(e: Error): void }>();
  private readonly listeners = new Set<(e: BiDiEvent) => void>();

  constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as { id?: number; type: string; method?: string; params?: Json; result?: Json; error?: string; message?: string };
      if (msg.type === 'event') {
        for (const fn of this.listeners) fn({ method: msg.method!, params: msg.params ?? {} });
        return;
      }
      const waiter = msg.id === undefined ? undefined : this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id!);
      if (msg.type === 'success') waiter.resolve(msg.result ?? {});
      else waiter.reject(new Error(`BiDi ${msg.error}: ${msg.message}`));
    });
    ws.on('close', () => {
      for (const w of this.pending.values()) w.reject(new Error('BiDi connection closed'));
      this.pending.clear();
    });
  }

  /** Sends one command and resolves with its result; rejects on error or after `timeout` ms. */
  send<T = Json>(method: string, params: Json = {}, timeout = 10_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`BiDi ${method} got no answer in ${timeout} ms`));
      }, timeout);
      this.pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v as T)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `fn` for every event; returns a function that stops it. */
  on(fn: (e: BiDiEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /**
   * Runs `fn` (source text of a function) in the page's own realm, as page scripts would, and
   * returns its JSON result. Promises are awaited. Throws the page's exception text.
   */
  async call<T>(context: string, fn: string, args: unknown[] = [], timeout = 10_000): Promise<T> {
    const r = await this.send<{ type: string; result?: { type: string; value?: string }; exceptionDetails?: { text: string } }>(
      'script.callFunction',
      {
        functionDeclaration: `async (...a) => JSON.stringify(await (${fn})(...a.map((s) => JSON.parse(s))))`,
        arguments: args.map((v) => ({ type: 'string', value: JSON.stringify(v) })),
        target: { context },
        awaitPromise: true,
      },
      timeout,
    );
    if (r.type === 'exception') throw new Error(`in the page: ${r.exceptionDetails?.text}`);
    const v = r.result?.value;
    return (v === undefined ? undefined : JSON.parse(v)) as T;
  }

  /** Polls `fn` in the page until it returns a truthy value, which it returns; fails after `timeout` with `what`. */
  async waitIn<T>(context: string, fn: string, what: string, timeout = 5_000): Promise<T> {
    const t0 = Date.now();
    let last: T | undefined;
    while (Date.now() - t0 < timeout) {
      last = await this.call<T>(context, fn);
      if (last) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
  }
}

/**
 * Profile prefs: no first-run pages, no updates, telemetry, safe browsing, captive-portal or
 * connectivity checks, remote settings or DoH, so Firefox itself has no reason to reach the
 * network (any request that does leave is still caught by the test's intercept and recorded).
 */
const PREFS: Record<string, string | number | boolean> = {
  'remote.prefs.recommended': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'app.update.disabledForTesting': true,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.trr.mode': 5,
  'network.proxy.type': 0,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.topsites.contile.enabled': false,
  'browser.search.update': false,
  'services.settings.server': 'data:,#remote-settings-off',
  'media.gmp-manager.updateEnabled': false,
  'browser.ping-centre.telemetry': false,
  'dom.push.connection.enabled': false,
  'identity.fxaccounts.enabled': false,
  // Add-ons: nothing from the policy or the store is installed or checked.
  'extensions.blocklist.enabled': false,
  'extensions.autoDisableScopes': 0,
};

export interface Firefox {
  bidi: BiDi;
  close(): Promise<void>;
}

/**
 * Starts headless Firefox with a fresh profile and BiDi on a free port, and opens a session.
 * Firefox prints "WebDriver BiDi listening on ws://127.0.0.1:PORT" on stderr when ready.
 */
export async function launchFirefox(opts: { executable?: string; timeout?: number } = {}): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'jelas-firefox-profile-'));
  writeFileSync(join(profile, 'user.js'), Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  const child: ChildProcess = spawn(opts.executable ?? FIREFOX_ESR, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const cleanup = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`Firefox did not open BiDi in ${opts.timeout ?? 15_000} ms:\n${err.slice(-2000)}`)), opts.timeout ?? 15_000);
      child.stderr!.on('data', (d: Buffer) => {
        err += String(d);
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(err);
        if (m) (clearTimeout(timer), resolve(m[1]!));
      });
      child.once('error', (e) => (clearTimeout(timer), reject(e)));
      child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`Firefox exited (${code}) before BiDi opened:\n${err.slice(-2000)}`))));
    });
    const ws = new WebSocket(`${url}/session`);
    await new Promise<void>((resolve, reject) => (ws.once('open', () => resolve()), ws.once('error', reject)));
    const bidi = new BiDi(ws);
    await bidi.send('session.new', { capabilities: {} });
    return {
      bidi,
      async close() {
        await bidi.send('browser.close', {}, 5_000).catch(() => undefined);
        ws.close();
        await new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          const timer = setTimeout(() => (child.kill('SIGKILL'), resolve()), 5_000);
          child.once('exit', () => (clearTimeout(timer), resolve()));
        });
        cleanup();
      },
    };
  } catch (e) {
    cleanup();
    throw e;
  }
}

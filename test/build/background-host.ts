/**
 * Runs a built background script the way each browser would: Firefox hands it a promise-based `browser`
 * (and a `chrome` alias), Chrome a callback-style `chrome` that webextension-polyfill wraps. Both sit on the
 * in-memory fake of test/shared/fake-browser.ts, so a test sees the calls either build makes.
 */
import { pathToFileURL } from 'node:url';
import { fake, resetFake } from '../shared/fake-browser';
import type { Browser } from './built';

type AnyFn = (...args: unknown[]) => unknown;
type Listener = (msg: unknown, sender: unknown, sendResponse: (reply?: unknown) => void) => unknown;

const EVENT_METHODS = new Set(['addListener', 'removeListener', 'hasListener']);
const isThenable = (v: unknown): v is Promise<unknown> => typeof (v as { then?: unknown } | null)?.then === 'function';

/** Chrome's shape of the fake: a method given a trailing callback reports through it and `runtime.lastError`. */
function chromeFrom(api: object): object {
  const lastError: { value?: { message: string } } = {};
  const wrap = (target: object, path: string): object =>
    new Proxy(target, {
      get(obj, key) {
        if (path === 'runtime' && key === 'lastError') return lastError.value;
        const value = Reflect.get(obj, key) as unknown;
        if (typeof value === 'object' && value !== null) return wrap(value, path ? `${path}.${String(key)}` : String(key));
        if (typeof value !== 'function' || EVENT_METHODS.has(String(key))) return value;
        return (...args: unknown[]) => {
          const done = typeof args.at(-1) === 'function' ? (args.pop() as AnyFn) : undefined;
          const result = (value as AnyFn).apply(obj, args);
          if (!done) return result;
          Promise.resolve(result).then(
            (r) => done(r),
            (e: Error) => {
              lastError.value = { message: e.message };
              done();
              lastError.value = undefined;
            },
          );
          return undefined;
        };
      },
    });
  return wrap(api, '');
}

/** What delivering one runtime message did: whether a listener took it, and its reply. */
export interface Delivery {
  answered: boolean;
  reply?: unknown;
}

/**
 * Starts the background file the manifest names and returns how to deliver it a message as a content script
 * in a tab would. Each browser's rule for a reply: Firefox takes a returned promise or `true` plus
 * sendResponse; Chrome only `true` plus sendResponse.
 */
export async function startBackground(file: string, browser: Browser): Promise<(msg: unknown, sender: unknown) => Promise<Delivery>> {
  resetFake();
  const g = globalThis as Record<string, unknown>;
  if (browser === 'firefox') {
    g.browser = fake;
    g.chrome = fake;
  } else {
    delete g.browser;
    g.chrome = chromeFrom(fake);
  }
  await import(/* @vite-ignore */ pathToFileURL(file).href);
  return async (msg, sender) => {
    for (const listener of fake.messageListeners as Set<Listener>) {
      let respond!: (reply?: unknown) => void;
      const responded = new Promise<unknown>((resolve) => (respond = resolve));
      const result = listener(structuredClone(msg), sender, respond);
      if (result === true) return { answered: true, reply: await responded };
      if (browser === 'firefox' && isThenable(result)) return { answered: true, reply: await result };
    }
    return { answered: false };
  };
}

/** Takes the fake globals away again. */
export function stopBackgrounds(): void {
  const g = globalThis as Record<string, unknown>;
  delete g.browser;
  delete g.chrome;
}

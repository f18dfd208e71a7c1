/**
 * Where settings live.
 *
 * - The settings themselves go to `storage.sync` under "settings", so they follow the person to their
 *   other browsers. When sync is missing (some Firefox setups) or refuses the write (quota), they go to
 *   `storage.local` instead; each copy carries `savedAt` and the newer one wins when reading.
 * - The Ignore list goes to `storage.local` under "ignored": it is per draft, changes on every click
 *   (sync allows about 120 writes a minute and 8 KB per item) and means nothing on another machine.
 *
 * Whatever is stored is read through `parseSettings`, so a corrupt value never breaks a page.
 */
import browser from 'webextension-polyfill';
import { addIgnored, parseSettings, type Settings } from './settings';

const KEY = 'settings';
const IGNORED_KEY = 'ignored';

interface Stored {
  savedAt?: unknown;
}

function savedAt(x: unknown): number {
  const t = (x as Stored | undefined)?.savedAt;
  return typeof t === 'number' && Number.isFinite(t) ? t : 0;
}

async function readArea(area: 'sync' | 'local', keys: string[]): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage[area].get(keys)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function loadSettings(): Promise<Settings> {
  const [sync, local] = await Promise.all([readArea('sync', [KEY]), readArea('local', [KEY, IGNORED_KEY])]);
  const raw = local[KEY] !== undefined && savedAt(local[KEY]) > savedAt(sync[KEY]) ? local[KEY] : (sync[KEY] ?? local[KEY]);
  const base = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...raw, ignored: local[IGNORED_KEY] } : raw;
  return parseSettings(base ?? { ignored: local[IGNORED_KEY] }).settings;
}

export async function saveSettings(next: Settings): Promise<void> {
  const { ignored, ...rest } = parseSettings(next).settings;
  const [sync, local] = await Promise.all([readArea('sync', [KEY]), readArea('local', [KEY, IGNORED_KEY])]);
  const current = local[KEY] !== undefined && savedAt(local[KEY]) > savedAt(sync[KEY]) ? local[KEY] : sync[KEY];
  // An Ignore click changes only the local list: no sync write (sync allows ~120 writes a minute).
  if (!sameSettings(current, rest)) await writeSettings({ ...rest, savedAt: Date.now() }, local[KEY] !== undefined);
  if (JSON.stringify(local[IGNORED_KEY] ?? {}) !== JSON.stringify(ignored)) {
    await browser.storage.local.set({ [IGNORED_KEY]: ignored });
  }
}

function sameSettings(stored: unknown, rest: Omit<Settings, 'ignored'>): boolean {
  if (!stored || typeof stored !== 'object') return false;
  const { savedAt: _t, ...plain } = stored as Record<string, unknown>;
  return JSON.stringify(plain) === JSON.stringify(rest);
}

async function writeSettings(payload: object, hasLocalCopy: boolean): Promise<void> {
  try {
    await browser.storage.sync.set({ [KEY]: payload });
  } catch {
    await browser.storage.local.set({ [KEY]: payload });
    return;
  }
  // Sync took it: a leftover fallback copy would be older, but remove it so it can never win later.
  if (hasLocalCopy) await browser.storage.local.remove(KEY);
}

let queue: Promise<unknown> = Promise.resolve();

/** Read–modify–write, one at a time within this page, so two quick changes never undo each other. */
export function updateSettings(fn: (s: Settings) => Settings): Promise<Settings> {
  const run = queue.then(async () => {
    const next = parseSettings(fn(await loadSettings())).settings;
    await saveSettings(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Ignores a finding in one draft (bounded: see `addIgnored`). Touches only the local Ignore list, so a
 * click in Gmail can never write back settings that another page changed a moment ago.
 */
export function ignoreFinding(draftKey: string, findingKey: string): Promise<Settings> {
  const run = queue.then(async () => {
    const s = await loadSettings();
    const next = addIgnored(s, draftKey, findingKey);
    await browser.storage.local.set({ [IGNORED_KEY]: next.ignored });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Calls `cb` with fresh settings whenever they change in any part of the extension. Returns an unsubscribe. */
export function onSettingsChanged(cb: (s: Settings) => void): () => void {
  let active = true;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' && area !== 'local') return;
    if (!(KEY in changes) && !(IGNORED_KEY in changes)) return;
    void loadSettings().then((s) => {
      if (active) cb(s);
    });
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    active = false;
    browser.storage.onChanged.removeListener(listener);
  };
}

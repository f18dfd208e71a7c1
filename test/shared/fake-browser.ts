/**
 * A small in-memory stand-in for the WebExtension `browser` API: storage (sync and local, with change
 * events), tabs and runtime. Tests install it with
 *   vi.mock('webextension-polyfill', async () => ({ default: (await import('../shared/fake-browser')).fake }))
 * and reset it in `beforeEach`.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function area(name: 'sync' | 'local', state: FakeState) {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys?: string | string[] | null) {
      if (name === 'sync' && state.syncBroken) throw new Error('sync unavailable');
      const list = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items: Record<string, unknown>) {
      if (name === 'sync' && (state.syncBroken || state.syncQuota < JSON.stringify(items).length)) {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, val] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(val) };
        data.set(k, structuredClone(val));
      }
      state.emit(changes, name);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        if (data.has(k)) changes[k] = { oldValue: data.get(k) };
        data.delete(k);
      }
      state.emit(changes, name);
    },
  };
}

interface FakeState {
  syncBroken: boolean;
  syncQuota: number;
  emit(changes: Record<string, unknown>, area: string): void;
}

export interface FakeTab {
  id: number;
  url: string;
  active?: boolean;
  lastAccessed?: number;
  /** What the tab's content script answers; throws like a tab without our script when absent. */
  reply?: (msg: { type: string }) => unknown;
}

function make() {
  const listeners = new Set<Listener>();
  const state: FakeState = {
    syncBroken: false,
    syncQuota: 8192,
    emit: (changes, name) => {
      if (Object.keys(changes).length) for (const l of listeners) l(changes as never, name);
    },
  };
  const openTabs: FakeTab[] = [];
  const sent: Array<{ tabId: number; msg: { type: string } & Record<string, unknown> }> = [];
  const calls: Array<{ api: string; args: unknown[] }> = [];
  const messageListeners = new Set<(msg: unknown, sender: unknown) => unknown>();
  const alarms = new Map<string, { name: string; scheduledTime: number }>();
  const alarmListeners = new Set<(alarm: { name: string }) => unknown>();
  return {
    alarms: {
      data: alarms,
      listeners: alarmListeners,
      create: async (name: string, info: { when?: number }) => void alarms.set(name, { name, scheduledTime: info.when ?? 0 }),
      clear: async (name: string) => alarms.delete(name),
      get: async (name: string) => alarms.get(name),
      onAlarm: {
        addListener: (l: (alarm: { name: string }) => unknown) => alarmListeners.add(l),
        removeListener: (l: (alarm: { name: string }) => unknown) => alarmListeners.delete(l),
      },
    },
    state,
    openTabs,
    sent,
    calls,
    messageListeners,
    storage: {
      sync: area('sync', state),
      local: area('local', state),
      onChanged: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
    tabs: {
      query: async (q: { url?: string; active?: boolean; currentWindow?: boolean }) =>
        openTabs
          .filter((t) => (q.url ? t.url.startsWith(q.url.replace('*', '')) : true))
          .filter((t) => (q.active ? t.active : true))
          .map(({ reply: _r, ...t }) => ({ ...t })),
      sendMessage: async (tabId: number, msg: { type: string } & Record<string, unknown>) => {
        sent.push({ tabId, msg });
        const tab = openTabs.find((t) => t.id === tabId);
        if (!tab?.reply) throw new Error('Could not establish connection. Receiving end does not exist.');
        return structuredClone(tab.reply(msg));
      },
    },
    runtime: {
      id: 'fake',
      openOptionsPage: async () => void calls.push({ api: 'runtime.openOptionsPage', args: [] }),
      getURL: (p: string) => `chrome-extension://fake/${p}`,
      getManifest: () => ({ manifest_version: 3, name: 'Jelas', version: '0.1.0' }),
      onMessage: {
        addListener: (l: (msg: unknown, sender: unknown) => unknown) => messageListeners.add(l),
        removeListener: (l: (msg: unknown, sender: unknown) => unknown) => messageListeners.delete(l),
      },
      onInstalled: { addListener: () => undefined },
      onStartup: { addListener: () => undefined },
    },
    action: {
      setBadgeText: async (o: unknown) => void calls.push({ api: 'action.setBadgeText', args: [o] }),
      setBadgeBackgroundColor: async (o: unknown) => void calls.push({ api: 'action.setBadgeBackgroundColor', args: [o] }),
      setTitle: async (o: unknown) => void calls.push({ api: 'action.setTitle', args: [o] }),
    },
  };
}

/** The one fake, shared by the mocked module and the test; `resetFake()` empties it. */
export const fake = make();

export function resetFake(): void {
  fake.storage.sync.data.clear();
  fake.storage.local.data.clear();
  fake.state.syncBroken = false;
  fake.state.syncQuota = 8192;
  fake.openTabs.length = 0;
  fake.sent.length = 0;
  fake.calls.length = 0;
  fake.messageListeners.clear();
  fake.alarms.data.clear();
  fake.alarms.listeners.clear();
}

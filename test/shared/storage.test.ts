import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetFake } from './fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fake }));

const { loadSettings, saveSettings, updateSettings, onSettingsChanged, ignoreFinding } = await import('../../src/shared/storage');
const { defaultSettings } = await import('../../src/shared/settings');

beforeEach(() => resetFake());

describe('storage', () => {
  it('loads defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(defaultSettings);
  });

  it('saves to storage.sync and reads it back', async () => {
    await saveSettings({ ...defaultSettings, sensitivity: 'strict' });
    expect(fake.storage.sync.data.get('settings')).toMatchObject({ sensitivity: 'strict' });
    expect((await loadSettings()).sensitivity).toBe('strict');
  });

  it('falls back to storage.local when sync is unavailable', async () => {
    fake.state.syncBroken = true;
    await saveSettings({ ...defaultSettings, lang: 'id' });
    expect(fake.storage.local.data.get('settings')).toMatchObject({ lang: 'id' });
    expect((await loadSettings()).lang).toBe('id');
  });

  it('falls back to storage.local when sync refuses the write (quota), and prefers the newer copy', async () => {
    await saveSettings({ ...defaultSettings, lang: 'en' });
    fake.state.syncQuota = 10;
    await new Promise((r) => setTimeout(r, 2));
    await saveSettings({ ...defaultSettings, lang: 'id' });
    expect((await loadSettings()).lang).toBe('id');
    // Once sync works again, its newer copy wins and the fallback is cleaned up.
    fake.state.syncQuota = 8192;
    await new Promise((r) => setTimeout(r, 2));
    await saveSettings({ ...defaultSettings, lang: 'auto' });
    expect(fake.storage.local.data.has('settings')).toBe(false);
    expect((await loadSettings()).lang).toBe('auto');
  });

  it('keeps the Ignore list in storage.local, out of sync', async () => {
    await ignoreFinding('draft-9', 'terse-tone:ok');
    expect(fake.storage.local.data.get('ignored')).toEqual({ 'draft-9': ['terse-tone:ok'] });
    expect(JSON.stringify(fake.storage.sync.data.get('settings') ?? {})).not.toContain('draft-9');
    expect((await loadSettings()).ignored).toEqual({ 'draft-9': ['terse-tone:ok'] });
  });

  it('survives garbage written straight into storage', async () => {
    await fake.storage.sync.set({ settings: 'garbage' });
    await fake.storage.local.set({ ignored: [1, 2, 3] });
    expect(await loadSettings()).toEqual(defaultSettings);
    await fake.storage.sync.set({ settings: { sensitivity: 'relaxed', rules: 'x' } });
    expect(await loadSettings()).toEqual({ ...defaultSettings, sensitivity: 'relaxed' });
  });

  it('runs quick updates one after the other so none is lost', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, rules: { ...s.rules, 'terse-tone': false } })),
      updateSettings((s) => ({ ...s, rules: { ...s.rules, 'vague-time': false } })),
    ]);
    expect((await loadSettings()).rules).toEqual({ 'terse-tone': false, 'vague-time': false });
  });

  it('tells listeners about changes, until they unsubscribe', async () => {
    const seen: string[] = [];
    const off = onSettingsChanged((s) => seen.push(s.sensitivity));
    await saveSettings({ ...defaultSettings, sensitivity: 'strict' });
    await vi.waitFor(() => expect(seen).toContain('strict'));
    off();
    await saveSettings({ ...defaultSettings, sensitivity: 'relaxed' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).not.toContain('relaxed');
  });
});

it('does not write to sync when only the Ignore list changed', async () => {
  await saveSettings({ ...defaultSettings, sensitivity: 'strict' });
  const before = fake.storage.sync.data.get('settings');
  await ignoreFinding('d', 'k');
  expect(fake.storage.sync.data.get('settings')).toBe(before);
});

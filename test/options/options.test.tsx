// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rules } from '../../src/rules';
import { useMessages } from '../../src/shared/i18n';
import { defaultSettings, exportSettings, type Settings } from '../../src/shared/settings';
import { loadLocales } from '../../scripts/locales';
import { fake, resetFake } from '../shared/fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../shared/fake-browser')).fake }));
const { Options } = await import('../../src/options/Options');
const { loadSettings, saveSettings } = await import('../../src/shared/storage');

const locales = loadLocales();
const stored = () => fake.storage.sync.data.get('settings') as Partial<Settings> | undefined;
const toggle = (id: string) => document.querySelector(`[data-rule-toggle="${id}"]`) as HTMLInputElement;

async function importFile(name: string, text: string) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => {
  resetFake();
  useMessages(locales.en);
});
afterEach(() => cleanup());

describe('options page', () => {
  it('says who counts as a colleague, and what that changes, in both languages', async () => {
    render(<Options rules={rules} />);
    await screen.findByText('Your reader');
    expect(screen.getByText(/a bare "ok" is shown only as a note, not a warning/)).toBeTruthy();
    cleanup();
    useMessages(locales.id);
    render(<Options rules={rules} />);
    await screen.findByText('Pembaca Anda');
    expect(screen.getByText(/hanya ditampilkan sebagai catatan, bukan peringatan/)).toBeTruthy();
  });

  it('shows one toggle per rule with its title, description and examples, in the UI language', async () => {
    render(<Options rules={rules} />);
    await screen.findByText('What to check');
    for (const rule of rules) {
      expect(toggle(rule.id).checked).toBe(rule.defaultOn);
      expect(screen.getByText(rule.title.en)).toBeTruthy();
      expect(screen.getByText(rule.description.en)).toBeTruthy();
      if (rule.examples.fail[0]) expect(screen.getAllByText(`“${rule.examples.fail[0].text}”`).length).toBeGreaterThan(0);
      expect(screen.queryByText('“Sabar ya, lagi dikerjain.”')).toBeNull();
    }
    cleanup();
    useMessages(locales.id);
    render(<Options rules={rules} />);
    await screen.findByText('Apa yang diperiksa');
    expect(screen.getByText(rules[0]!.title.id)).toBeTruthy();
    // Indonesian readers get the rule's Indonesian example where it has one.
    expect(screen.getByText('“Sabar ya, lagi dikerjain.”')).toBeTruthy();
  });

  it('stores a rule switched off, and on again', async () => {
    render(<Options rules={rules} />);
    await screen.findByText('What to check');
    fireEvent.click(toggle('terse-tone'));
    await waitFor(() => expect(stored()?.rules).toEqual({ 'terse-tone': false }));
    expect(toggle('terse-tone').checked).toBe(false);
    fireEvent.click(toggle('terse-tone'));
    await waitFor(() => expect(stored()?.rules).toEqual({ 'terse-tone': true }));
  });

  it('stores sensitivity, language, default time, pre-send trigger and phrases', async () => {
    render(<Options rules={rules} />);
    await screen.findByText('What to check');
    fireEvent.click(screen.getByLabelText(/^Strict/));
    fireEvent.change(screen.getByLabelText('Language of your emails'), { target: { value: 'id' } });
    fireEvent.change(screen.getByLabelText('Default time in suggestions'), { target: { value: '09:30' } });
    fireEvent.click(screen.getByLabelText(/anything at all/));
    const vague = screen.getByLabelText('Also vague times');
    fireEvent.focus(vague);
    fireEvent.input(vague, { target: { value: 'end of sprint\n\nhabis lebaran\nend of sprint' } });
    fireEvent.blur(vague);
    await waitFor(() =>
      expect(stored()).toMatchObject({
        sensitivity: 'strict',
        lang: 'id',
        defaultTime: '09:30',
        presend: { enabled: true, trigger: 'any' },
        phrases: { extraVague: ['end of sprint', 'habis lebaran'] },
      }),
    );
  });

  it('follows changes made elsewhere (another tab, the popup) without a reload', async () => {
    render(<Options rules={rules} />);
    await screen.findByText('What to check');
    await saveSettings({ ...defaultSettings, rules: { 'vague-time': false } });
    await waitFor(() => expect(toggle('vague-time').checked).toBe(false));
  });

  it('exports the settings as a JSON file through a blob URL', async () => {
    await saveSettings({ ...defaultSettings, sensitivity: 'relaxed' });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:jelas/1'));
    render(<Options rules={rules} />);
    fireEvent.click(await screen.findByText('Export to file'));
    expect(blobs).toHaveLength(1);
    expect(JSON.parse(await blobs[0]!.text())).toMatchObject({ app: 'jelas', sensitivity: 'relaxed' });
  });

  it('imports an exported file and restores the same settings', async () => {
    const mine: Settings = {
      ...defaultSettings,
      lang: 'id',
      sensitivity: 'strict',
      rules: { hedging: true },
      phrases: { extraVague: ['kapan-kapan'], neverFlag: [], alwaysTerse: ['terserah'] },
    };
    render(<Options rules={rules} />);
    await screen.findByText('What to check');
    await importFile('jelas-settings.json', exportSettings(mine));
    await screen.findByText('Settings imported.');
    expect(await loadSettings()).toEqual(mine);
    expect(toggle('hedging').checked).toBe(true);
  });

  it('replaces invalid parts of an imported file by defaults and says which', async () => {
    render(<Options rules={rules} />);
    await screen.findByText('What to check');
    await importFile('edited.json', JSON.stringify({ app: 'jelas', version: 1, sensitivity: 'extreme', lang: 'en' }));
    await screen.findByText(/some values were not valid and were set to their defaults: Sensitivity/);
    expect(await loadSettings()).toMatchObject({ lang: 'en', sensitivity: 'normal' });
  });

  it('refuses a file that is not Jelas settings and changes nothing', async () => {
    await saveSettings({ ...defaultSettings, sensitivity: 'strict' });
    render(<Options rules={rules} />);
    await screen.findByText('What to check');
    await importFile('package.json', '{"name":"x","dependencies":{}}');
    await screen.findByText('“package.json” is not a Jelas settings file. Nothing was changed.');
    expect((await loadSettings()).sensitivity).toBe('strict');
  });

  it('resets to defaults, with an undo', async () => {
    await saveSettings({ ...defaultSettings, sensitivity: 'strict', rules: { 'terse-tone': false } });
    render(<Options rules={rules} />);
    await screen.findByText('What to check');
    fireEvent.click(screen.getByText('Reset to defaults'));
    await screen.findByText('All settings are back to their defaults.');
    expect(await loadSettings()).toEqual(defaultSettings);
    expect(toggle('terse-tone').checked).toBe(true);
    fireEvent.click(screen.getByText('Undo'));
    await screen.findByText('Your previous settings are back.');
    expect((await loadSettings()).rules).toEqual({ 'terse-tone': false });
  });

  it('shows the Ignore list size and clears it', async () => {
    await saveSettings({ ...defaultSettings, ignored: { d1: ['a', 'b'], d2: ['c'] } });
    render(<Options rules={rules} />);
    await screen.findByText('3 findings ignored across 2 drafts. Older drafts are forgotten automatically.');
    fireEvent.click(screen.getByText('Show them again'));
    await screen.findByText(/^Nothing ignored/);
    await waitFor(async () => expect((await loadSettings()).ignored).toEqual({}));
  });
});

import { describe, expect, it } from 'vitest';
import {
  addIgnored,
  defaultSettings,
  exportSettings,
  importSettings,
  MAX_IGNORED_DRAFTS,
  MAX_IGNORED_PER_DRAFT,
  MAX_PHRASES,
  parseSettings,
  SETTINGS_VERSION,
  toAnalyzeOptions,
  type Settings,
} from '../../src/shared/settings';

const custom: Settings = {
  version: SETTINGS_VERSION,
  lang: 'id',
  sensitivity: 'strict',
  defaultTime: '09:30',
  rules: { 'terse-tone': false, hedging: true },
  presend: { enabled: false, trigger: 'any' },
  phrases: { extraVague: ['kapan-kapan', 'at some point'], neverFlag: ['noted with thanks'], alwaysTerse: ['whatever'] },
  ignored: { 'draft-1': ['terse-tone:oke'] },
  ledger: { enabled: false, badge: 'promises', remind: true, remindMinutes: 15 },
};

describe('parseSettings', () => {
  it('gives defaults for nothing stored, and reports no problem', () => {
    expect(parseSettings(undefined)).toEqual({ settings: defaultSettings, problems: [] });
  });

  it('keeps valid settings as they are', () => {
    expect(parseSettings(custom)).toEqual({ settings: custom, problems: [] });
  });

  it('replaces corrupt fields one by one and keeps the good ones', () => {
    const { settings, problems } = parseSettings({
      ...custom,
      lang: 'klingon',
      defaultTime: '25:99',
      rules: { 'terse-tone': 'yes', 'vague-time': false },
      presend: { enabled: 'sometimes', trigger: 'any' },
      phrases: { extraVague: ['soonish', 42, null], neverFlag: 'as discussed\n\n  per our call ', alwaysTerse: {} },
    });
    expect(settings.lang).toBe('auto');
    expect(settings.defaultTime).toBe('13:00');
    expect(settings.sensitivity).toBe('strict');
    expect(settings.rules).toEqual({ 'vague-time': false });
    expect(settings.presend).toEqual({ enabled: true, trigger: 'any' });
    expect(settings.phrases.extraVague).toEqual(['soonish']);
    expect(settings.phrases.neverFlag).toEqual(['as discussed', 'per our call']);
    expect(settings.phrases.alwaysTerse).toEqual([]);
    expect(problems).toEqual(
      expect.arrayContaining(['lang', 'defaultTime', 'rules.terse-tone', 'presend.enabled', 'phrases.extraVague', 'phrases.alwaysTerse']),
    );
    expect(problems).not.toContain('sensitivity');
  });

  it('turns garbage of any type into defaults without throwing', () => {
    for (const junk of ['garbage', 42, true, [1, 2], { rules: null, presend: 7, phrases: [] }, Object.create(null)]) {
      const { settings } = parseSettings(junk);
      expect(settings).toEqual({ ...defaultSettings });
    }
  });

  it('accepts a time written with a dot and normalises it', () => {
    expect(parseSettings({ defaultTime: '9.05' }).settings.defaultTime).toBe('09:05');
  });

  it('drops duplicate and blank phrases and caps long lists', () => {
    const many = Array.from({ length: MAX_PHRASES + 20 }, (_, i) => `phrase ${i}`);
    const { settings, problems } = parseSettings({ phrases: { extraVague: ['Soon', 'soon', '  ', ...many] } });
    expect(settings.phrases.extraVague[0]).toBe('Soon');
    expect(settings.phrases.extraVague).toHaveLength(MAX_PHRASES);
    expect(problems).toContain('phrases.extraVague');
  });

  it('reads settings from a newer version as far as it understands them', () => {
    const { settings } = parseSettings({ ...custom, version: 7, futureThing: { a: 1 } });
    expect(settings.lang).toBe('id');
    expect(settings.version).toBe(SETTINGS_VERSION);
  });
});

describe('migration v0 → v1', () => {
  it('maps the prototype shape onto the current fields', () => {
    const v0 = {
      language: 'indonesian',
      strictness: 3,
      disabledRules: ['terse-tone', 'unanswered-question'],
      confirmBeforeSend: false,
      customVagueWords: 'kapan-kapan, sometime',
      whitelist: ['noted with thanks'],
      ignoredWarnings: ['x', 'y'],
    };
    const { settings, problems } = parseSettings(v0);
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      ...defaultSettings,
      lang: 'id',
      sensitivity: 'strict',
      rules: { 'terse-tone': false, 'unanswered-question': false },
      presend: { enabled: false, trigger: 'warnings' },
      phrases: { extraVague: ['kapan-kapan', 'sometime'], neverFlag: ['noted with thanks'], alwaysTerse: [] },
    });
  });

  it('keeps what it can from a half-broken v0 value', () => {
    const { settings, problems } = parseSettings({ language: 'english', strictness: 'very', disabledRules: 'all' });
    expect(settings.lang).toBe('en');
    expect(settings.sensitivity).toBe('normal');
    expect(settings.rules).toEqual({});
    expect(problems).toContain('sensitivity');
  });
});

describe('Ignore list', () => {
  it('stores keys per draft, most recent last, without duplicates', () => {
    let s = addIgnored(defaultSettings, 'd1', 'a');
    s = addIgnored(s, 'd1', 'b');
    s = addIgnored(s, 'd1', 'a');
    expect(s.ignored).toEqual({ d1: ['b', 'a'] });
    expect(defaultSettings.ignored).toEqual({});
  });

  it('is bounded per draft and in number of drafts, forgetting the oldest', () => {
    let s = defaultSettings;
    for (let i = 0; i < MAX_IGNORED_PER_DRAFT + 5; i++) s = addIgnored(s, 'busy', `k${i}`);
    expect(s.ignored['busy']).toHaveLength(MAX_IGNORED_PER_DRAFT);
    expect(s.ignored['busy']?.at(-1)).toBe(`k${MAX_IGNORED_PER_DRAFT + 4}`);
    for (let i = 0; i < MAX_IGNORED_DRAFTS + 3; i++) s = addIgnored(s, `d${i}`, 'k');
    expect(Object.keys(s.ignored)).toHaveLength(MAX_IGNORED_DRAFTS);
    expect(s.ignored['busy']).toBeUndefined();
    expect(s.ignored[`d${MAX_IGNORED_DRAFTS + 2}`]).toEqual(['k']);
  });
});

describe('export and import', () => {
  it('round-trips every setting except the per-draft Ignore list', () => {
    const file = exportSettings(custom);
    expect(JSON.parse(file).app).toBe('jelas');
    expect(importSettings(file)).toEqual({ settings: { ...custom, ignored: {} }, problems: [] });
  });

  it('reads a file that is not JSON as defaults, with a problem to show', () => {
    expect(importSettings('{not json')).toEqual({ settings: defaultSettings, problems: ['*'] });
  });

  it('treats JSON from another app as foreign', () => {
    expect(importSettings(JSON.stringify({ name: 'my-package', dependencies: {} })).problems).toEqual(['*']);
    expect(importSettings('[1,2,3]').problems).toEqual(['*']);
  });

  it('keeps the valid parts of an edited file and lists the rest', () => {
    const edited = { ...JSON.parse(exportSettings(custom)), sensitivity: 'extreme' };
    const { settings, problems } = importSettings(JSON.stringify(edited));
    expect(settings.sensitivity).toBe('normal');
    expect(settings.lang).toBe('id');
    expect(problems).toEqual(['sensitivity']);
  });
});

it('gives the engine its options', () => {
  expect(toAnalyzeOptions(custom)).toEqual({
    lang: 'id',
    sensitivity: 'strict',
    defaultTime: '09:30',
    rules: { 'terse-tone': false, hedging: true },
    extraVague: ['kapan-kapan', 'at some point'],
    neverFlag: ['noted with thanks'],
    alwaysTerse: ['whatever'],
  });
});

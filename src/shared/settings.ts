/**
 * The settings schema: one place for shape, defaults, validation and migrations.
 *
 * Stored settings come from other versions of Jelas (through sync), from files people import, or from
 * a broken write, so nothing here trusts its input: every field is checked on its own, and a bad field
 * falls back to its default while the good ones are kept. Nothing here throws.
 */
import * as v from 'valibot';
import type { AnalyzeOptions, LangSetting, Sensitivity } from '../engine/types';

export const SETTINGS_VERSION = 1;

/** The Ignore list is kept per draft and bounded, so clicking Ignore for months cannot grow storage forever. */
export const MAX_IGNORED_DRAFTS = 25;
export const MAX_IGNORED_PER_DRAFT = 40;
/** Custom phrase lists: enough for anyone's own words, small enough for storage.sync's 8 KB per item. */
export const MAX_PHRASES = 100;
export const MAX_PHRASE_LENGTH = 80;

export type PresendTrigger = 'any' | 'warnings';

export interface Settings {
  version: number;
  lang: LangSetting;
  sensitivity: Sensitivity;
  /** "HH:MM", used in suggested rewrites. */
  defaultTime: string;
  /** Rule id → on/off; a missing id uses the rule's default. */
  rules: Record<string, boolean>;
  presend: { enabled: boolean; trigger: PresendTrigger };
  phrases: { extraVague: string[]; neverFlag: string[]; alwaysTerse: string[] };
  /** Finding keys the user chose to ignore, per draft key, most recent last (drafts too: least recent first). */
  ignored: Record<string, string[]>;
  /** The promise ledger (src/shared/ledger.ts): kept or not, what the toolbar badge counts, reminders. */
  ledger: LedgerSettings;
}

export type BadgeMode = 'drafts' | 'promises';

export interface LedgerSettings {
  /** Save timed promises when a draft is sent. */
  enabled: boolean;
  /** The toolbar badge: things to check in the draft (the default), or promises overdue or due within the hour. */
  badge: BadgeMode;
  /** A system notification before a promise falls due (needs the optional notifications permission). */
  remind: boolean;
  /** How long before. */
  remindMinutes: number;
}

export const defaultSettings: Settings = {
  version: SETTINGS_VERSION,
  lang: 'auto',
  sensitivity: 'normal',
  defaultTime: '13:00',
  rules: {},
  presend: { enabled: true, trigger: 'warnings' },
  phrases: { extraVague: [], neverFlag: [], alwaysTerse: [] },
  ignored: {},
  ledger: { enabled: true, badge: 'drafts', remind: false, remindMinutes: 30 },
};

export const REMIND_CHOICES = [5, 10, 15, 30, 60, 120] as const;

/** A fresh copy, so callers can never mutate the shared defaults. */
export function freshDefaults(): Settings {
  return structuredClone(defaultSettings);
}

const LangSchema = v.picklist(['auto', 'en', 'id']);
const SensitivitySchema = v.picklist(['relaxed', 'normal', 'strict']);
const TimeSchema = v.pipe(v.string(), v.trim(), v.regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/), v.transform(normalizeTime));
const TriggerSchema = v.picklist(['any', 'warnings']);
const RuleIdSchema = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,40}$/));
const KeySchema = v.pipe(v.string(), v.minLength(1), v.maxLength(300));
const BadgeSchema = v.picklist(['drafts', 'promises']);
const MinutesSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 60));

function normalizeTime(s: string): string {
  const [h = '0', m = '0'] = s.split(/[:.]/);
  return `${h.padStart(2, '0')}:${m}`;
}

/** The result of reading untrusted settings: usable settings, and the fields that had to be replaced. */
export interface ParsedSettings {
  settings: Settings;
  /** Dotted paths of fields that were invalid and replaced by defaults (e.g. "sensitivity", "rules.terse-tone"). */
  problems: string[];
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Cleans one phrase list: strings only, trimmed, no blanks or duplicates (case-insensitive), bounded. */
export function cleanPhrases(list: unknown): { phrases: string[]; ok: boolean } {
  if (typeof list === 'string') list = list.split('\n');
  if (!Array.isArray(list)) return { phrases: [], ok: false };
  let ok = true;
  const seen = new Set<string>();
  const phrases: string[] = [];
  for (const item of list) {
    if (typeof item !== 'string') {
      ok = false;
      continue;
    }
    const p = item.trim().replace(/\s+/g, ' ');
    if (!p) continue;
    if (p.length > MAX_PHRASE_LENGTH) {
      ok = false;
      continue;
    }
    if (seen.has(p.toLowerCase())) continue;
    seen.add(p.toLowerCase());
    phrases.push(p);
  }
  if (phrases.length > MAX_PHRASES) ok = false;
  return { phrases: phrases.slice(0, MAX_PHRASES), ok };
}

function field<T>(schema: v.GenericSchema<unknown, T>, value: unknown, fallback: T, path: string, problems: string[]): T {
  if (value === undefined) return fallback;
  const r = v.safeParse(schema, value);
  if (r.success) return r.output;
  problems.push(path);
  return fallback;
}

/** Reads settings of the current version, field by field. */
function parseCurrent(raw: Record<string, unknown>, problems: string[]): Settings {
  const d = freshDefaults();
  const s: Settings = {
    version: SETTINGS_VERSION,
    lang: field(LangSchema, raw['lang'], d.lang, 'lang', problems),
    sensitivity: field(SensitivitySchema, raw['sensitivity'], d.sensitivity, 'sensitivity', problems),
    defaultTime: field(TimeSchema, raw['defaultTime'], d.defaultTime, 'defaultTime', problems),
    rules: {},
    presend: d.presend,
    phrases: d.phrases,
    ignored: {},
    ledger: d.ledger,
  };

  // Settings saved before the ledger existed have no `ledger`: its defaults apply (the ledger on, the badge as it was).
  const ledger = raw['ledger'];
  if (isRecord(ledger)) {
    s.ledger = {
      enabled: field(v.boolean(), ledger['enabled'], d.ledger.enabled, 'ledger.enabled', problems),
      badge: field(BadgeSchema, ledger['badge'], d.ledger.badge, 'ledger.badge', problems),
      remind: field(v.boolean(), ledger['remind'], d.ledger.remind, 'ledger.remind', problems),
      remindMinutes: field(MinutesSchema, ledger['remindMinutes'], d.ledger.remindMinutes, 'ledger.remindMinutes', problems),
    };
  } else if (ledger !== undefined) problems.push('ledger');

  const rules = raw['rules'];
  if (isRecord(rules)) {
    for (const [id, on] of Object.entries(rules)) {
      if (v.is(RuleIdSchema, id) && typeof on === 'boolean') s.rules[id] = on;
      else problems.push(`rules.${id}`);
    }
  } else if (rules !== undefined) problems.push('rules');

  const presend = raw['presend'];
  if (isRecord(presend)) {
    s.presend = {
      enabled: field(v.boolean(), presend['enabled'], d.presend.enabled, 'presend.enabled', problems),
      trigger: field(TriggerSchema, presend['trigger'], d.presend.trigger, 'presend.trigger', problems),
    };
  } else if (presend !== undefined) problems.push('presend');

  const phrases = raw['phrases'];
  if (isRecord(phrases)) {
    for (const name of ['extraVague', 'neverFlag', 'alwaysTerse'] as const) {
      if (phrases[name] === undefined) continue;
      const r = cleanPhrases(phrases[name]);
      s.phrases[name] = r.phrases;
      if (!r.ok) problems.push(`phrases.${name}`);
    }
  } else if (phrases !== undefined) problems.push('phrases');

  const ignored = raw['ignored'];
  if (isRecord(ignored)) {
    for (const [draft, keys] of Object.entries(ignored)) {
      if (!v.is(KeySchema, draft) || !Array.isArray(keys)) {
        problems.push(`ignored.${draft}`);
        continue;
      }
      const good = [...new Set(keys.filter((k): k is string => v.is(KeySchema, k)))];
      if (good.length !== keys.length) problems.push(`ignored.${draft}`);
      if (good.length) s.ignored[draft] = good.slice(-MAX_IGNORED_PER_DRAFT);
    }
    s.ignored = boundDrafts(s.ignored);
  } else if (ignored !== undefined) problems.push('ignored');

  return s;
}

/**
 * v0 (the prototype, before settings had a version): flat fields with other names.
 *   { language: 'english'|'indonesian'|'auto', strictness: 1|2|3, disabledRules: string[],
 *     confirmBeforeSend: boolean, customVagueWords: "soon, later", whitelist: string[] }
 * Its global list of ignored warnings had no draft, so it cannot be mapped and is dropped.
 */
function migrateV0(raw: Record<string, unknown>): Record<string, unknown> {
  const lang = { english: 'en', indonesian: 'id', auto: 'auto' }[String(raw['language'])];
  const sensitivity = ({ 1: 'relaxed', 2: 'normal', 3: 'strict' } as Record<string, string>)[String(raw['strictness'])];
  const rules: Record<string, boolean> = {};
  if (Array.isArray(raw['disabledRules'])) for (const id of raw['disabledRules']) if (typeof id === 'string') rules[id] = false;
  const vague = raw['customVagueWords'];
  return {
    version: 1,
    lang: lang ?? raw['language'],
    sensitivity: sensitivity ?? raw['strictness'],
    rules,
    presend: raw['confirmBeforeSend'] === undefined ? undefined : { enabled: raw['confirmBeforeSend'] },
    phrases: {
      extraVague: typeof vague === 'string' ? vague.split(/[,\n]/) : vague,
      neverFlag: raw['whitelist'],
    },
  };
}

const V0_KEYS = ['language', 'strictness', 'disabledRules', 'confirmBeforeSend', 'customVagueWords', 'whitelist'];

/** Brings any stored shape to the current version's field names (values are validated afterwards). */
export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let out = raw;
  const version = typeof raw['version'] === 'number' ? raw['version'] : V0_KEYS.some((k) => k in raw) ? 0 : SETTINGS_VERSION;
  if (version < 1) out = migrateV0(out);
  // Settings written by a newer Jelas (through sync) are read as far as this version understands them.
  return out;
}

/** Turns anything (stored value, imported file, garbage) into valid settings. Never throws. */
export function parseSettings(raw: unknown): ParsedSettings {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: freshDefaults(), problems };
  if (!isRecord(raw)) return { settings: freshDefaults(), problems: ['*'] };
  try {
    return { settings: parseCurrent(migrate(raw), problems), problems };
  } catch {
    return { settings: freshDefaults(), problems: ['*'] };
  }
}

export function sanitizeSettings(raw: unknown): Settings {
  return parseSettings(raw).settings;
}

/** The JSON people download from the options page. The Ignore list is per draft and stays out of it. */
export function exportSettings(s: Settings): string {
  const { ignored: _ignored, ...rest } = s;
  return JSON.stringify({ app: 'jelas', ...rest }, null, 2) + '\n';
}

/** Reads an exported file. Unknown or invalid parts are replaced by defaults and listed in `problems`. */
export function importSettings(text: string): ParsedSettings {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { settings: freshDefaults(), problems: ['*'] };
  }
  if (!isRecord(raw)) return { settings: freshDefaults(), problems: ['*'] };
  const known = ['app', 'version', 'format', 'lang', 'sensitivity', 'defaultTime', 'rules', 'presend', 'phrases', 'ignored', 'ledger', 'promises', ...V0_KEYS];
  // A JSON file from another app: nothing of it is ours.
  if (!Object.keys(raw).some((k) => known.includes(k))) return { settings: freshDefaults(), problems: ['*'] };
  const parsed = parseSettings(raw);
  parsed.settings.ignored = {};
  return parsed;
}

/** Whether a rule is on, given its own default. */
export function isRuleOn(s: Settings, rule: { id: string; defaultOn: boolean }): boolean {
  return s.rules[rule.id] ?? rule.defaultOn;
}

/** Keeps the most recently touched drafts (object order: least recent first). */
function boundDrafts(ignored: Record<string, string[]>): Record<string, string[]> {
  const entries = Object.entries(ignored);
  return Object.fromEntries(entries.slice(-MAX_IGNORED_DRAFTS));
}

/** Adds a finding key to a draft's Ignore list; the draft becomes the most recent, old drafts fall off. */
export function addIgnored(s: Settings, draftKey: string, findingKey: string): Settings {
  const { [draftKey]: current = [], ...others } = s.ignored;
  const keys = [...current.filter((k) => k !== findingKey), findingKey].slice(-MAX_IGNORED_PER_DRAFT);
  return { ...s, ignored: boundDrafts({ ...others, [draftKey]: keys }) };
}

export function ignoredCount(s: Settings): number {
  return Object.values(s.ignored).reduce((n, keys) => n + keys.length, 0);
}

/** The engine's view of the settings. */
export function toAnalyzeOptions(s: Settings): AnalyzeOptions {
  return {
    lang: s.lang,
    sensitivity: s.sensitivity,
    defaultTime: s.defaultTime,
    rules: s.rules,
    extraVague: s.phrases.extraVague,
    neverFlag: s.phrases.neverFlag,
    alwaysTerse: s.phrases.alwaysTerse,
  };
}

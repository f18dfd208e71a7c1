/**
 * UI strings. In the extension they come from `_locales/<lang>/messages.json` through `i18n.getMessage`
 * (the browser picks the user's language); where that API is missing (unit tests, the CLI) a dictionary
 * given to `useMessages` answers instead. Sources: `src/locales/<lang>/*.json`.
 */
type Dict = Record<string, { message: string }>;

let fallback: Dict | null = null;

/** For tests and non-extension contexts: answer from this dictionary (e.g. `loadLocales().id`). */
export function useMessages(dict: Dict | null): void {
  fallback = dict;
}

interface I18nApi {
  getMessage(key: string, subs?: string | string[]): string;
  getUILanguage(): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The message for `key`, with `$1`… placeholders filled from `subs`. Never throws; unknown keys return the key. */
export function t(key: string, ...subs: Array<string | number>): string {
  const strs = subs.map(String);
  if (fallback) {
    const m = fallback[key]?.message;
    return m === undefined ? key : m.replace(/\$(\d)/g, (_, n: string) => strs[Number(n) - 1] ?? '');
  }
  try {
    const m = api()?.getMessage(key, strs);
    if (m) return m;
  } catch {
    // a torn-down extension context throws; show the key rather than break the page
  }
  return key;
}

/** 'id' when the UI is Indonesian, else 'en'. */
export function uiLang(): 'en' | 'id' {
  if (fallback) return fallback['langCode']?.message === 'id' ? 'id' : 'en';
  try {
    return api()?.getUILanguage().toLowerCase().startsWith('id') ? 'id' : 'en';
  } catch {
    return 'en';
  }
}

/**
 * The UI strings live in `src/locales/<lang>/*.json` (Chrome's messages.json format), one fragment per
 * part of the extension, so each part owns its strings. The build merges them into
 * `_locales/<lang>/messages.json`, and refuses to build when a key is missing in one language or defined
 * twice: both languages are first-class.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export const UI_LANGS = ['en', 'id'] as const;
export type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;

export function mergeLocale(dir: string): Messages {
  const out: Messages = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const part = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Messages;
    for (const [key, value] of Object.entries(part)) {
      if (key in out) throw new Error(`locale ${dir}: key "${key}" is defined twice (${file})`);
      out[key] = value;
    }
  }
  return out;
}

export function loadLocales(root = 'src/locales'): Record<(typeof UI_LANGS)[number], Messages> {
  const [en, id] = UI_LANGS.map((lang) => mergeLocale(join(root, lang))) as [Messages, Messages];
  const missing = [
    ...Object.keys(en).filter((k) => !(k in id)).map((k) => `id lacks "${k}"`),
    ...Object.keys(id).filter((k) => !(k in en)).map((k) => `en lacks "${k}"`),
  ];
  if (missing.length) throw new Error(`locales differ: ${missing.join(', ')}`);
  return { en, id };
}

/** Emits `_locales/<lang>/messages.json` into the build. */
export function localesPlugin(): Plugin {
  return {
    name: 'jelas:locales',
    buildStart() {
      for (const lang of UI_LANGS) this.addWatchFile(join('src/locales', lang));
    },
    generateBundle() {
      const all = loadLocales();
      for (const lang of UI_LANGS) {
        this.emitFile({ type: 'asset', fileName: `_locales/${lang}/messages.json`, source: JSON.stringify(all[lang], null, 1) });
      }
    },
  };
}

/**
 * What Gmail pays to load Jelas: the content script named in the built manifest plus every chunk it
 * imports, statically or dynamically, followed transitively. Shared by `npm run bench` and the
 * bundle-size test, so both count the same files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A file the content script loads, relative to the built extension's root. */
export interface Chunk {
  file: string;
  raw: number;
  /** Size after gzip at node:zlib's default level, of this file alone. */
  gzip: number;
  /** Files it imports (same form as `file`). */
  imports: string[];
}

export interface ContentScriptBundle {
  /** The manifest's content_scripts[].js entries (crxjs's loaders). */
  entries: string[];
  /** Every chunk loaded, dependencies before the files that import them (the entries come last). */
  chunks: Chunk[];
  raw: number;
  gzip: number;
  largest: Chunk;
}

/**
 * References to other files in built JS: `import … from "./x.js"`, `export … from "./x.js"`,
 * `import "./x.js"`, `import("./x.js")` (or with backquotes, as the minifier writes it), and crxjs's
 * loader `chrome.runtime.getURL("assets/x.js")` (relative to the extension root). Only files that exist count, so a look-alike string in data is ignored.
 */
const RELATIVE = [/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g, /\bimport\s*["'](\.{1,2}\/[^"']+)["']/g, /\bimport\(\s*["'`](\.{1,2}\/[^"'`$]+)["'`]\s*\)/g];
const FROM_ROOT = /\bgetURL\(\s*["']\/?([^"']+\.js)["']\s*\)/g;

function importsOf(dist: string, file: string, code: string): string[] {
  const out = new Set<string>();
  const add = (p: string) => {
    const rel = normalize(p).split('\\').join('/');
    if (!rel.startsWith('..') && existsSync(join(dist, rel))) out.add(rel);
  };
  for (const re of RELATIVE) for (const m of code.matchAll(re)) add(join(dirname(file), m[1]!));
  for (const m of code.matchAll(FROM_ROOT)) add(m[1]!);
  return [...out];
}

/** Walks the content script of the built Chrome extension at `dist` (the folder holding manifest.json). */
export function contentScriptBundle(dist: string): ContentScriptBundle {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js?: string[]; css?: string[] }> };
  const entries = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]).map((e) => normalize(e).split('\\').join('/'));
  if (!entries.length) throw new Error(`${join(dist, 'manifest.json')} declares no content script`);
  const chunks = new Map<string, Chunk>();
  const visiting = new Set<string>();
  const visit = (file: string) => {
    if (chunks.has(file) || visiting.has(file)) return;
    visiting.add(file);
    const bytes = readFileSync(join(dist, file));
    const imports = file.endsWith('.js') ? importsOf(dist, file, bytes.toString('utf8')) : [];
    for (const dep of imports) visit(dep);
    visiting.delete(file);
    chunks.set(file, { file, raw: bytes.length, gzip: gzipSync(bytes).length, imports });
  };
  for (const e of entries) visit(e);
  const list = [...chunks.values()];
  const largest = list.reduce((a, b) => (b.raw > a.raw ? b : a));
  return {
    entries,
    chunks: list,
    raw: list.reduce((n, c) => n + c.raw, 0),
    gzip: list.reduce((n, c) => n + c.gzip, 0),
    largest,
  };
}

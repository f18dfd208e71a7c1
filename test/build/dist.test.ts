// What each browser gets, checked on the built extension (Chrome's and Firefox's alike): the fewest permissions, a
// strict CSP, only the files the manifest names, both languages, no remote code, and a background that starts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseAst } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fake } from '../shared/fake-browser';
import { startBackground, stopBackgrounds } from './background-host';
import { BUILD_TIMEOUT, buildExtension, filesOf, readJson, removeBuild, type Browser } from './built';

const BROWSERS: Browser[] = ['chrome', 'firefox'];
const GMAIL = 'https://mail.google.com/*';

interface Manifest {
  [key: string]: unknown;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  icons: Record<string, string>;
  action: { default_popup: string; default_icon: Record<string, string> };
  options_ui: { page: string };
  background: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts: Array<{ matches: string[]; js?: string[]; css?: string[]; world?: string }>;
  content_security_policy: Record<string, string>;
  web_accessible_resources?: Array<{ matches?: string[]; extension_ids?: string[]; resources: string[] }>;
  browser_specific_settings?: Record<string, Record<string, unknown>>;
}

/** Every key we ship, and no other: a new key grants or changes something, so it needs a reason in the README. */
const KEYS = [
  'manifest_version', 'name', 'short_name', 'description', 'version', 'default_locale', 'icons', 'action',
  'options_ui', 'background', 'content_scripts', 'permissions', 'optional_permissions', 'host_permissions', 'content_security_policy',
  'web_accessible_resources',
];

/** The only URLs in our code: Gmail's match pattern (the popup finds Gmail tabs) and XML namespaces in preact. */
const URLS = [
  GMAIL,
  // the promise ledger's "Open thread" links: Gmail's own pages, opened in a tab (src/shared/ledger.ts threadLink)
  'https://mail.google.com/mail/',
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
];

type Node = { type: string; [key: string]: unknown };

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) for (const n of node) walk(n, visit);
  else if (node && typeof node === 'object') {
    if (typeof (node as Node).type === 'string') visit(node as Node);
    for (const [k, v] of Object.entries(node)) if (k !== 'type' && typeof v === 'object') walk(v, visit);
  }
}

/** A string known before the code runs: a string literal, or a template literal with nothing interpolated. */
function str(n: unknown): string | undefined {
  const node = n as { type?: string; value?: unknown; expressions?: unknown[]; quasis?: Array<{ value: { cooked: string } }> } | undefined;
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions?.length === 0) return node.quasis?.[0]?.value.cooked;
  return undefined;
}
const ident = (n: unknown) => ((n as Node | undefined)?.type === 'Identifier' ? (n as { name: string }).name : undefined);

/** What one built module loads, and what it does that could run code from elsewhere. */
function scan(code: string) {
  const imports: string[] = []; // static and literal dynamic imports
  const urlImports: string[] = []; // import(runtime.getURL('…')), the content-script loader's way in
  const risky: string[] = []; // anything able to run a string as code, or a module from a computed place
  const strings: string[] = [];
  walk(parseAst(code), (n) => {
    const source = n.source as Node | undefined;
    if (/^(ImportDeclaration|ExportNamedDeclaration|ExportAllDeclaration)$/.test(n.type) && source) imports.push(str(source) ?? '?');
    if (n.type === 'ImportExpression' && source) {
      const getURL = source.type === 'CallExpression' && (source.callee as { property?: unknown }).property;
      if (str(source) !== undefined) imports.push(str(source)!);
      else if (getURL && ident(getURL) === 'getURL' && str((source.arguments as unknown[])[0])) urlImports.push(str((source.arguments as unknown[])[0])!);
      else risky.push('import() of a computed place');
    }
    if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      const callee = ident(n.callee) ?? ident((n.callee as { property?: unknown }).property);
      const first = (n.arguments as Node[])[0];
      if (callee === 'eval' || callee === 'Function' || callee === 'importScripts') risky.push(callee);
      if ((callee === 'setTimeout' || callee === 'setInterval') && (str(first) !== undefined || first?.type === 'TemplateLiteral')) risky.push(`${callee} with a string`);
    }
    if (n.type === 'Literal' && typeof n.value === 'string') strings.push(n.value);
    if (n.type === 'TemplateElement') strings.push(String((n.value as { cooked: unknown }).cooked));
  });
  const urls = strings.flatMap((s) => [...s.matchAll(/\b[a-z][a-z\d+.-]*:\/\/[^\s"'`]*/gi)].map((m) => m[0]));
  return { imports, urlImports, risky, urls };
}

let root: string | undefined;
beforeAll(() => void (root = buildExtension(BROWSERS)), BUILD_TIMEOUT);
afterAll(() => {
  stopBackgrounds();
  removeBuild(root);
});

describe.each(BROWSERS)('the %s build', (browser) => {
  const dir = () => join(root!, browser);
  const manifest = () => readJson<Manifest>(join(dir(), 'manifest.json'));
  const jsFiles = () => filesOf(dir()).filter((f) => f.endsWith('.js'));
  let scans: Map<string, ReturnType<typeof scan>> | undefined;
  const scanned = () => (scans ??= new Map(jsFiles().map((f) => [f, scan(readFileSync(join(dir(), f), 'utf8'))])));
  const backgroundFile = () => manifest().background.service_worker ?? manifest().background.scripts![0]!;

  it('asks for storage, alarms and Gmail only (notifications optional), and lets no other page or extension in', () => {
    const m = manifest();
    const own = browser === 'firefox' ? ['browser_specific_settings'] : ['minimum_chrome_version'];
    expect(Object.keys(m).sort()).toEqual([...KEYS, ...own].sort());
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'alarms']);
    expect(m.optional_permissions).toEqual(['notifications']);
    expect(m.host_permissions).toEqual([GMAIL]);
    expect(m.content_scripts.map((c) => [c.matches, c.world])).toEqual([[[GMAIL], undefined]]);
  });

  it('declares a strict content security policy', () => {
    const csp = manifest().content_security_policy;
    expect(Object.keys(csp)).toEqual(['extension_pages']);
    const directives = new Map(
      csp.extension_pages!.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    // No unsafe-eval, unsafe-inline, wasm-unsafe-eval, hosts, schemes or wildcards anywhere.
    const loose = [...directives].flatMap(([name, values]) => values.filter((v) => v !== "'self'" && v !== "'none'").map((v) => `${name} ${v}`));
    expect(loose).toEqual([]);
  });

  it('shows Gmail only the modules its content script loads', () => {
    const m = manifest();
    const modules = scanned();
    const [loader] = m.content_scripts[0]!.js!;
    const entries = modules.get(loader!)!.urlImports;
    expect(entries).toHaveLength(1);
    // The loader is a classic script that imports the real content script by URL; Gmail's page must be
    // allowed to load that module and everything it imports, and nothing more.
    const needed = new Set<string>();
    const visit = (file: string) => {
      if (needed.has(file)) return;
      needed.add(file);
      for (const spec of modules.get(file)?.imports ?? []) visit(posix.join(posix.dirname(file), spec));
    };
    visit(entries[0]!);
    const war = m.web_accessible_resources ?? [];
    expect(war.map((w) => [w.matches, w.extension_ids])).toEqual(war.map(() => [[GMAIL], undefined]));
    expect(war.flatMap((w) => w.resources).sort()).toEqual([...needed].sort());
  });

  it('ships every file its manifest and pages name', () => {
    const m = manifest();
    const named = [
      ...Object.values(m.icons),
      ...Object.values(m.action.default_icon),
      m.action.default_popup,
      m.options_ui.page,
      backgroundFile(),
      ...m.content_scripts.flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
      ...(m.web_accessible_resources ?? []).flatMap((w) => w.resources),
    ];
    for (const page of filesOf(dir()).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dir(), page), 'utf8');
      for (const [, ref] of html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)) {
        named.push(ref!.startsWith('/') ? ref!.slice(1) : posix.join(posix.dirname(page), ref!));
      }
    }
    for (const [file, { imports }] of scanned()) named.push(...imports.map((s) => posix.join(posix.dirname(file), s)));
    expect(named.filter((f) => !existsSync(join(dir(), f)))).toEqual([]);
    expect(named.length).toBeGreaterThan(20);
  });

  it('names and describes itself in English and Indonesian', () => {
    const locales = join(dir(), '_locales');
    expect(readdirSync(locales).sort()).toEqual(['en', 'id']);
    const en = readJson<Record<string, { message: string }>>(join(locales, 'en/messages.json'));
    const id = readJson<Record<string, { message: string }>>(join(locales, 'id/messages.json'));
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    const used = [...JSON.stringify(manifest()).matchAll(/__MSG_(\w+)__/g)].map((x) => x[1]!);
    expect(used.length).toBeGreaterThanOrEqual(3);
    for (const key of used) {
      expect(en[key]?.message, key).toBeTruthy();
      expect(id[key]?.message, key).toBeTruthy();
    }
  });

  it('loads no remote code and runs no strings as code', () => {
    const modules = scanned();
    expect(modules.size).toBeGreaterThan(5);
    for (const [file, { imports, urlImports, risky, urls }] of modules) {
      expect([file, imports.filter((s) => !s.startsWith('./') && !s.startsWith('../'))]).toEqual([file, []]);
      expect([file, urlImports.filter((s) => !/^[\w-]+(\/[\w.-]+)*\.js$/.test(s))]).toEqual([file, []]);
      expect([file, risky]).toEqual([file, []]);
      expect([file, urls.filter((u) => !URLS.includes(u))]).toEqual([file, []]);
    }
    for (const page of filesOf(dir()).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(join(dir(), page), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(body!.trim(), `inline script in ${page}`).toBe('');
        expect(attrs, page).toMatch(/\bsrc="\/?(?!\/)[\w./-]+\.js"/);
      }
      expect(html, page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    }
  });

  it("has the background its browser runs, with that browser's own settings", () => {
    const m = manifest();
    if (browser === 'firefox') {
      expect(m.background).toEqual({ scripts: [backgroundFile()], type: 'module' });
      expect(m.browser_specific_settings).toEqual({
        gecko: { id: 'jelas@jelas.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
        gecko_android: { strict_min_version: '142.0' },
      });
    } else {
      expect(m.background).toEqual({ service_worker: backgroundFile(), type: 'module' });
      expect(m.browser_specific_settings).toBeUndefined();
    }
  });

  it('starts its background, which answers the content script', async () => {
    const deliver = await startBackground(join(dir(), backgroundFile()), browser);
    expect(fake.calls).toEqual([{ api: 'action.setBadgeBackgroundColor', args: [{ color: '#b45309' }] }]);
    fake.calls.length = 0;

    const tab = { tab: { id: 7, url: 'https://mail.google.com/mail/u/0/#inbox' } };
    expect(await deliver({ type: 'jelas:count', count: 3 }, tab)).toEqual({ answered: true, reply: undefined });
    expect(await deliver({ type: 'jelas:count', count: 120 }, tab)).toEqual({ answered: true, reply: undefined });
    expect(await deliver({ type: 'jelas:open-options' }, tab)).toEqual({ answered: true, reply: undefined });
    expect(await deliver({ type: 'jelas:count', count: 3, degraded: true }, tab)).toEqual({ answered: true, reply: undefined });
    expect(fake.calls).toEqual([
      { api: 'action.setBadgeText', args: [{ tabId: 7, text: '3' }] },
      { api: 'action.setBadgeBackgroundColor', args: [{ tabId: 7, color: '#b45309' }] },
      { api: 'action.setBadgeText', args: [{ tabId: 7, text: '99+' }] },
      { api: 'action.setBadgeBackgroundColor', args: [{ tabId: 7, color: '#b45309' }] },
      { api: 'runtime.openOptionsPage', args: [] },
      { api: 'action.setBadgeText', args: [{ tabId: 7, text: '!' }] },
      { api: 'action.setBadgeBackgroundColor', args: [{ tabId: 7, color: '#b42318' }] },
    ]);
    // Messages for the content script (the popup's) are not the background's to answer.
    fake.calls.length = 0;
    expect(await deliver({ type: 'jelas:get-checklist' }, tab)).toEqual({ answered: false });
    expect(fake.calls).toEqual([]);
  });
});

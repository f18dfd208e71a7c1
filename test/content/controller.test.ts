// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderPage } from '../e2e/gmail-sim/pages.js';
import { ComposeController, type Shared } from '../../src/content/controller';
import { select } from '../../src/content/selectors';
import { freshDefaults, type Settings } from '../../src/shared/settings';

function compose(search: string) {
  const doc = new DOMParser().parseFromString(renderPage(search), 'text/html');
  document.body.innerHTML = doc.body.innerHTML;
  const root = select('compose')!;
  const body = select('body', root) as HTMLElement;
  return { id: 'compose-1', root, body, signal: new AbortController().signal };
}

function shared(settings: Settings = freshDefaults()) {
  const log = { changed: 0, marks: [] as number[], ignored: [] as string[] };
  const s: Shared = {
    settings: () => settings,
    changed: () => void log.changed++,
    underline: (_id, marks) => void log.marks.push(marks.length),
    persistIgnore: (_d, key) => void log.ignored.push(key),
  };
  return { s, log };
}

describe('ComposeController', () => {
  it('reads a prefilled Indonesian draft and flags its vague time, with a range on the words', () => {
    const { s, log } = shared();
    const c = new ComposeController(compose(`?sim=inbox-compose&body=${encodeURIComponent('Tolong kirim laporannya secepatnya ya.')}`), s);
    c.analyzeNow();
    const f = c.findings.find((x) => x.rule === 'vague-time')!;
    expect(f.text).toBe('secepatnya');
    expect(c.rangeOf(f)!.toString()).toBe('secepatnya');
    expect(log.marks.at(-1)).toBeGreaterThan(0);
  });

  it('reads the seed reply against the client message in the thread', () => {
    const { s } = shared();
    const c = new ComposeController(compose('?sim=thread-reply&body=oke'), s);
    c.analyzeNow();
    expect(c.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['terse-tone', 'missing-deadline']));
  });

  it('Ignore drops the finding at once and saves it for this draft', () => {
    const { s, log } = shared();
    const c = new ComposeController(compose(`?sim=inbox-compose&body=${encodeURIComponent('Send it ASAP.')}`), s);
    c.analyzeNow();
    const key = `vague-time:asap`;
    expect(c.byKey(key)).toBeDefined();
    c.ignore(key);
    expect(c.byKey(key)).toBeUndefined();
    expect(log.ignored).toEqual([key]);
  });

  it('a rule turned off in settings is not reported', () => {
    const settings = { ...freshDefaults(), rules: { 'vague-time': false } };
    const { s } = shared(settings);
    const c = new ComposeController(compose(`?sim=inbox-compose&body=${encodeURIComponent('Send it ASAP.')}`), s);
    c.analyzeNow();
    expect(c.findings.map((f) => f.rule)).not.toContain('vague-time');
  });

  it('if the engine throws, nothing is flagged, nothing throws, and the compose is marked broken', () => {
    const { s, log } = shared();
    const c = new ComposeController(compose(`?sim=inbox-compose&body=${encodeURIComponent('Send it ASAP.')}`), s);
    (c.analyzer as unknown as { analyze: () => never }).analyze = () => {
      throw new Error('engine bug');
    };
    expect(() => c.analyzeNow()).not.toThrow();
    expect(c.broken).toBe(true);
    expect(c.findings).toEqual([]);
    expect(log.changed).toBe(1);
  });
});

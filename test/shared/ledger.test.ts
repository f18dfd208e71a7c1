// The promise ledger's store: per-entry keys, stable ids, validation on read, migration, quota, with an injected clock.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  bucketOf,
  dueCount,
  entryId,
  keyOf,
  Ledger,
  LEDGER_VERSION,
  MAX_ENTRIES,
  MAX_SPAN,
  migrateEntry,
  parseEntry,
  shortSpan,
  threadLink,
  type LedgerArea,
  type NewPromise,
} from '../../src/shared/ledger';

/** storage.local as the browser gives it: each call a separate async step, no transactions. */
class FakeArea implements LedgerArea {
  data = new Map<string, unknown>();
  quota = Infinity;
  /** Each call waits this many microtask turns, so two writers interleave their reads and writes. */
  delay = 0;
  calls: string[] = [];
  private async tick() {
    for (let i = 0; i < this.delay; i++) await Promise.resolve();
  }
  async get(keys?: string | string[] | null) {
    this.calls.push('get');
    await this.tick();
    const list = keys == null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    return Object.fromEntries(list.filter((k) => this.data.has(k)).map((k) => [k, structuredClone(this.data.get(k))]));
  }
  async set(items: Record<string, unknown>) {
    this.calls.push('set');
    await this.tick();
    const size = JSON.stringify([...this.data.entries()]).length + JSON.stringify(items).length;
    if (size > this.quota) throw new Error('QUOTA_BYTES quota exceeded');
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
  }
  async remove(keys: string | string[]) {
    this.calls.push('remove');
    await this.tick();
    for (const k of Array.isArray(keys) ? keys : [keys]) this.data.delete(k);
  }
}

const T0 = Date.parse('2026-03-03T09:00:00+07:00');
const TOMORROW_1PM = Date.parse('2026-03-04T13:00:00+07:00');
const promise = (over: Partial<NewPromise> = {}): NewPromise => ({
  span: "oke, I'll email you the press release tomorrow at 1 PM",
  threadId: 'FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmB',
  composeKey: 'r-123',
  link: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmB',
  subject: 'Re: Press release',
  to: 'Tom Becker',
  due: TOMORROW_1PM,
  ...over,
});

let area: FakeArea;
let now: number;
let ledger: Ledger;
beforeEach(() => {
  area = new FakeArea();
  now = T0;
  ledger = new Ledger(area, () => now);
});

describe('ids', () => {
  it('are stable for the same thread, promise (spacing and case aside) and due time', () => {
    expect(entryId(promise())).toBe(entryId(promise({ span: "  OKE, I’ll email you the press   release tomorrow at 1 PM ", composeKey: 'other' })));
    expect(entryId(promise())).not.toBe(entryId(promise({ due: TOMORROW_1PM + 60_000 })));
    expect(entryId(promise())).not.toBe(entryId(promise({ threadId: 'AnotherThread123456' })));
    expect(entryId(promise())).toMatch(/^[0-9a-f]{16}$/);
  });

  it('use the compose identity when there is no thread yet', () => {
    expect(entryId(promise({ threadId: null }))).toBe(entryId(promise({ threadId: null })));
    expect(entryId(promise({ threadId: null }))).not.toBe(entryId(promise({ threadId: null, composeKey: 'r-999' })));
  });
});

describe('Ledger', () => {
  it('saves a promise with only the listed fields, and the clock it was given', async () => {
    const r = await ledger.add([promise()]);
    expect(r).toEqual({ added: [entryId(promise())], existing: [] });
    const [e] = (await ledger.read()).entries;
    expect(Object.keys(e!).sort()).toEqual(['createdAt', 'due', 'id', 'link', 'span', 'state', 'subject', 'threadId', 'to', 'updatedAt', 'v'].sort());
    expect(e).toMatchObject({ state: 'open', createdAt: T0, updatedAt: T0, due: TOMORROW_1PM, to: 'Tom Becker', v: LEDGER_VERSION });
    expect([...area.data.keys()]).toEqual([keyOf(e!.id)]);
  });

  it('trims the span to one line of at most MAX_SPAN characters', () => {
    const long = `I'll send ${'the very long list of attachments and '.repeat(8)}tomorrow at 1 PM`;
    const s = shortSpan(long);
    expect(s.length).toBeLessThanOrEqual(MAX_SPAN);
    expect(s.endsWith('…')).toBe(true);
    expect(shortSpan('I will\nsend it  tomorrow')).toBe('I will send it tomorrow');
  });

  it('stores a retried send once, and keeps the state a retry would reset', async () => {
    await ledger.add([promise()]);
    const id = entryId(promise());
    await ledger.setState(id, 'done');
    now += 5_000;
    const again = await ledger.add([promise()]);
    expect(again).toEqual({ added: [], existing: [id] });
    const { entries } = await ledger.read();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.state).toBe('done');
  });

  it('two Gmail tabs writing at once, interleaved, lose nothing and store nothing twice', async () => {
    area.delay = 3;
    const tabA = new Ledger(area, () => now);
    const tabB = new Ledger(area, () => now + 1);
    const other = promise({ span: "I'll send the budget by Friday 3 PM", due: TOMORROW_1PM + 2 * 86_400_000 });
    const third = promise({ threadId: 'ThirdThread12345678', span: 'Saya kirim besok jam 13.00 ya' });
    const [a, b] = await Promise.all([tabA.add([promise(), other]), tabB.add([promise(), third])]);
    // the reads and writes did interleave
    expect(area.calls.slice(0, 2)).toEqual(['get', 'get']);
    expect(a.error).toBeUndefined();
    expect(b.error).toBeUndefined();
    const { entries } = await ledger.read();
    expect(entries.map((e) => e.id).sort()).toEqual([entryId(promise()), entryId(other), entryId(third)].sort());
  });

  it('a Done from the popup and a save from a tab at the same moment keep both', async () => {
    await ledger.add([promise()]);
    area.delay = 2;
    const popup = new Ledger(area, () => now);
    const other = promise({ span: "I'll call you at 4 PM today", due: T0 + 7 * 3_600_000 });
    await Promise.all([popup.setState(entryId(promise()), 'done'), ledger.add([other])]);
    const { entries } = await ledger.read();
    expect(entries.map((e) => [e.id, e.state])).toEqual([
      [entryId(other), 'open'],
      [entryId(promise()), 'done'],
    ]);
  });

  it('storage full: reports it, writes nothing, keeps what was stored', async () => {
    await ledger.add([promise()]);
    const before = structuredClone([...area.data.entries()]);
    area.quota = JSON.stringify([...area.data.entries()]).length + 10;
    const r = await ledger.add([promise({ span: "I'll send the deck by Friday 3 PM" })]);
    expect(r).toEqual({ added: [], existing: [], error: 'quota' });
    expect([...area.data.entries()]).toEqual(before);
    expect((await ledger.read()).entries).toHaveLength(1);
  });

  it('drops and counts corrupt entries, keeps the valid ones, ignores other keys', async () => {
    await ledger.add([promise()]);
    area.data.set('ledger:0000000000000000', { v: 1, id: '0000000000000000', span: 42 });
    area.data.set('ledger:garbage', 'not an entry');
    area.data.set('ledger:abcdefabcdefabcd', null);
    // an entry under another entry's key is not trusted either
    area.data.set('ledger:1111111111111111', { ...area.data.get(keyOf(entryId(promise()))) as object });
    // a link anywhere but Gmail
    const evil = { ...(area.data.get(keyOf(entryId(promise()))) as object), id: '2222222222222222', link: 'https://evil.example/' };
    area.data.set('ledger:2222222222222222', evil);
    area.data.set('settings', { lang: 'id' });
    area.data.set('ignored', {});
    const r = await ledger.read();
    expect(r.entries.map((e) => e.id)).toEqual([entryId(promise())]);
    expect(r.dropped).toBe(5);
  });

  it('migrates a v0 entry (ISO due, a done flag) and reads a newer version as far as it understands', () => {
    const id = entryId(promise());
    const v0 = { id, span: 'I will send it tomorrow at 1 PM', threadId: null, link: 'https://mail.google.com/mail/u/0/#sent', subject: '', to: 'Tom', dueAt: '2026-03-04T06:00:00Z', done: true, createdAt: T0 };
    expect(parseEntry(v0)).toEqual({ v: 1, id, span: v0.span, threadId: null, link: v0.link, subject: '', to: 'Tom', due: Date.parse('2026-03-04T06:00:00Z'), state: 'done', createdAt: T0, updatedAt: T0 });
    const v9 = { ...parseEntry(v0)!, v: 9, colour: 'blue' };
    expect(migrateEntry(v9)).not.toHaveProperty('colour');
    expect(parseEntry(v9)).toMatchObject({ v: 1, id, state: 'done' });
  });

  it('Done, Dismiss, reminded and delete change only their entry, on the injected clock', async () => {
    const other = promise({ span: "I'll send the deck by Friday 3 PM", due: TOMORROW_1PM + 86_400_000 });
    await ledger.add([promise(), other]);
    now = T0 + 60_000;
    expect(await ledger.setState(entryId(promise()), 'dismissed')).toBe(true);
    expect(await ledger.markReminded(entryId(other))).toBe(true);
    expect(await ledger.setState('ffffffffffffffff', 'done')).toBe(false);
    let { entries } = await ledger.read();
    expect(entries.map((e) => [e.state, e.updatedAt, e.remindedAt])).toEqual([
      ['dismissed', T0 + 60_000, undefined],
      ['open', T0 + 60_000, T0 + 60_000],
    ]);
    await ledger.remove([entryId(other)]);
    ({ entries } = await ledger.read());
    expect(entries.map((e) => e.id)).toEqual([entryId(promise())]);
    area.data.set('ledger:bad', 1);
    await ledger.clear();
    expect(area.data.size).toBe(0);
  });

  it('imports entries from a backup: validates each, keeps stored ones as they are', async () => {
    await ledger.add([promise()]);
    await ledger.setState(entryId(promise()), 'done');
    const stored = (await ledger.read()).entries[0]!;
    const fresh = { ...stored, id: entryId(promise({ due: TOMORROW_1PM + 1 })), due: TOMORROW_1PM + 1, state: 'open' };
    const r = await ledger.importEntries([{ ...stored, state: 'open' }, fresh, { id: 'x' }, 'junk']);
    expect(r).toEqual({ added: 1, dropped: 2 });
    const { entries } = await ledger.read();
    expect(entries.map((e) => e.state)).toEqual(['done', 'open']);
  });

  it('stays bounded: beyond MAX_ENTRIES the closed entries longest past due go first', async () => {
    const many = Array.from({ length: MAX_ENTRIES }, (_, i) => promise({ span: `I'll send part ${i} tomorrow at 1 PM`, due: TOMORROW_1PM + i }));
    await ledger.add(many);
    await ledger.setState(entryId(many[10]!), 'done');
    await ledger.add([promise({ span: 'One more, tomorrow at 2 PM', due: TOMORROW_1PM + 3_600_000 })]);
    const { entries } = await ledger.read();
    expect(entries).toHaveLength(MAX_ENTRIES);
    expect(entries.some((e) => e.id === entryId(many[10]!))).toBe(false);
  });
});

describe('what the popup and the badge count', () => {
  it('buckets open promises into overdue, today and upcoming, and counts overdue or due within the hour', async () => {
    const dayOf = (ms: number) => new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
    await ledger.add([
      promise({ span: 'a', due: T0 - 60_000 }),
      promise({ span: 'b', due: T0 + 30 * 60_000 }),
      promise({ span: 'c', due: T0 + 5 * 3_600_000 }),
      promise({ span: 'd', due: TOMORROW_1PM }),
    ]);
    const { entries } = await ledger.read();
    expect(entries.map((e) => bucketOf(e, T0, dayOf))).toEqual(['overdue', 'today', 'today', 'upcoming']);
    expect(dueCount(entries, T0)).toBe(2);
    await ledger.setState(entries[0]!.id, 'done');
    expect(dueCount((await ledger.read()).entries, T0)).toBe(1);
  });

  it('links to the thread in the same Gmail account, or to Sent', () => {
    expect(threadLink('https://mail.google.com/mail/u/1/?sim=x#inbox/Abc', 'FMfcgzQXJWDs')).toBe('https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWDs');
    expect(threadLink('about:blank', null)).toBe('https://mail.google.com/mail/u/0/#sent');
  });
});

/**
 * The promise ledger: what the writer promised in mail they sent through Gmail, and when it is due.
 *
 * Storage design (storage.local, this device only):
 * - one key per promise, `ledger:<id>`, so two Gmail tabs (or a tab and the popup) writing at once never
 *   overwrite each other's entries: storage.local has no transactions, but a `set` of one key is atomic;
 * - the id is a stable hash of (thread id, else the compose's identity; the promise's span, normalised; its due
 *   time), so a send that is retried, or the same send seen by two tabs, writes the same key once;
 * - each entry is checked with a valibot schema when read: a corrupt one is left out (and counted), never the
 *   valid ones around it; entries carry their schema version `v` and pass through `migrateEntry`;
 * - a full storage (QUOTA_BYTES) is caught: nothing already stored is touched, the caller is told.
 *
 * An entry holds only: the promise's own sentence, cut to `MAX_SPAN` characters; the thread's id and a link to
 * it in Gmail; the subject; the recipient's name; the due time; the state; and when it was saved, changed and
 * reminded. Nothing else of the email. No clock is read here: every time comes from the caller (`now`).
 */
import * as v from 'valibot';

export const LEDGER_VERSION = 1;
export const LEDGER_PREFIX = 'ledger:';
/** Long enough for "I'll email you the press release tomorrow at 1 PM", short enough never to carry the email. */
export const MAX_SPAN = 120;
/** At most this many entries are kept; beyond it the oldest closed ones (done, dismissed) go first. */
export const MAX_ENTRIES = 500;

export type PromiseState = 'open' | 'done' | 'dismissed';

export interface LedgerEntry {
  v: number;
  id: string;
  /** The promise's sentence, trimmed to MAX_SPAN. */
  span: string;
  /** Gmail's thread id (the URL's `#inbox/<id>`), or null for a new message. */
  threadId: string | null;
  /** https://mail.google.com/mail/u/N/#inbox/<id>: opens the thread (or the Sent folder). */
  link: string;
  subject: string;
  /** The first recipient's name (or address when Gmail shows no name). */
  to: string;
  /** When it falls due, ms since the epoch. */
  due: number;
  state: PromiseState;
  createdAt: number;
  updatedAt: number;
  /** When the reminder for it was shown, if it was. */
  remindedAt?: number;
}

/** What the Gmail tab hands over when a draft is sent. */
export interface NewPromise {
  span: string;
  threadId: string | null;
  /** The compose's identity (Gmail's draft id), used for the id when there is no thread yet. */
  composeKey: string;
  link: string;
  subject: string;
  to: string;
  due: number;
}

const GMAIL_LINK = /^https:\/\/mail\.google\.com\/mail\/(?:u\/\d+\/)?(?:#[\w/:%.+-]*)?$/;
const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const EntrySchema = v.object({
  v: v.pipe(v.number(), v.integer(), v.minValue(1)),
  id: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  span: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SPAN)),
  threadId: v.nullable(v.pipe(v.string(), v.regex(/^[\w:-]{1,80}$/))),
  link: v.pipe(v.string(), v.maxLength(300), v.regex(GMAIL_LINK)),
  subject: Text(200),
  to: Text(120),
  due: v.pipe(v.number(), v.finite()),
  state: v.picklist(['open', 'done', 'dismissed']),
  createdAt: v.pipe(v.number(), v.finite()),
  updatedAt: v.pipe(v.number(), v.finite()),
  remindedAt: v.optional(v.pipe(v.number(), v.finite())),
});

/** FNV-1a, twice (two seeds), as 16 hex digits: stable across browsers and runs, no crypto API needed. */
export function hash(text: string): string {
  const one = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return one(0x811c9dc5) + one(0x050c5d1f);
}

/** Case, spacing and quote marks do not make another promise. */
export const normaliseSpan = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

export function entryId(p: Pick<NewPromise, 'threadId' | 'composeKey' | 'span' | 'due'>): string {
  return hash(`${p.threadId ?? `compose:${p.composeKey}`}\u0000${normaliseSpan(p.span)}\u0000${p.due}`);
}

/** The promise's sentence, on one line, cut at a word before MAX_SPAN with an ellipsis. */
export function shortSpan(sentence: string): string {
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (s.length <= MAX_SPAN) return s;
  const cut = s.slice(0, MAX_SPAN - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_SPAN / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Brings a stored entry to this version's shape. Version 1 is the first; an entry written by a newer Jelas is read
 * as far as this version understands it (unknown fields dropped), so a downgrade loses nothing it could show.
 */
export function migrateEntry(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  const version = typeof raw['v'] === 'number' ? raw['v'] : 0;
  let out: Record<string, unknown> = raw;
  // v0, an entry with no `v`: the plain shape a person might write or another tool export (an ISO `dueAt`, a `done`
  // flag), read into version 1. No released Jelas wrote it; it is where the migration path for later versions starts.
  if (version === 0) {
    const { dueAt, done, ...rest } = raw;
    const due = typeof dueAt === 'string' ? Date.parse(dueAt) : rest['due'];
    out = { ...rest, v: 1, due, state: rest['state'] ?? (done === true ? 'done' : 'open'), updatedAt: rest['updatedAt'] ?? rest['createdAt'] };
  }
  if (version > LEDGER_VERSION) {
    const known = Object.keys(EntrySchema.entries);
    out = Object.fromEntries(Object.entries(out).filter(([k]) => known.includes(k)));
  }
  return out;
}

/** A stored value read as an entry, or null when it is not one (corrupt, foreign, truncated). */
export function parseEntry(raw: unknown): LedgerEntry | null {
  const r = v.safeParse(EntrySchema, migrateEntry(raw));
  if (!r.success) return null;
  const e = r.output;
  return { ...e, v: LEDGER_VERSION, ...(e.remindedAt === undefined ? {} : { remindedAt: e.remindedAt }) } as LedgerEntry;
}

/** The part of storage.local the ledger uses (the WebExtension API, or a fake in tests). */
export interface LedgerArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface AddResult {
  /** Ids written now. */
  added: string[];
  /** Ids already stored (a retried send, another tab): left as they are. */
  existing: string[];
  /** Set when nothing could be written: storage is full, or another failure. */
  error?: 'quota' | 'failed';
}

export interface ReadResult {
  /** Valid entries, soonest due first. */
  entries: LedgerEntry[];
  /** How many stored `ledger:` values were not valid entries (left out). */
  dropped: number;
}

export const keyOf = (id: string) => LEDGER_PREFIX + id;

export function isQuotaError(e: unknown): boolean {
  return /quota|QUOTA_BYTES/i.test(String((e as Error)?.message ?? e));
}

export class Ledger {
  constructor(
    private readonly area: LedgerArea,
    /** The clock: injected, never read from Date here. */
    private readonly now: () => number,
  ) {}

  async read(): Promise<ReadResult> {
    const all = await this.area.get(null);
    const entries: LedgerEntry[] = [];
    let dropped = 0;
    for (const [key, raw] of Object.entries(all)) {
      if (!key.startsWith(LEDGER_PREFIX)) continue;
      const e = parseEntry(raw);
      if (e && keyOf(e.id) === key) entries.push(e);
      else dropped++;
    }
    entries.sort((a, b) => a.due - b.due || a.createdAt - b.createdAt);
    return { entries, dropped };
  }

  /** Saves promises from one send. Idempotent: an id already stored is left as it is (its state too). */
  async add(promises: readonly NewPromise[]): Promise<AddResult> {
    const at = this.now();
    const fresh = new Map<string, LedgerEntry>();
    for (const p of promises) {
      const id = entryId(p);
      fresh.set(id, {
        v: LEDGER_VERSION, id, span: shortSpan(p.span), threadId: p.threadId, link: p.link, subject: p.subject.slice(0, 200), to: p.to.slice(0, 120),
        due: p.due, state: 'open', createdAt: at, updatedAt: at,
      });
    }
    if (!fresh.size) return { added: [], existing: [] };
    try {
      const stored = await this.area.get([...fresh.keys()].map(keyOf));
      const existing = [...fresh.keys()].filter((id) => parseEntry(stored[keyOf(id)]) !== null);
      const added = [...fresh.keys()].filter((id) => !existing.includes(id));
      const items = Object.fromEntries(added.map((id) => [keyOf(id), fresh.get(id)!]));
      // parse what we write: an entry that would not read back is not written
      for (const [k, e] of Object.entries(items)) if (!parseEntry(e)) delete items[k];
      if (Object.keys(items).length) await this.area.set(items);
      await this.prune();
      return { added: Object.keys(items).map((k) => k.slice(LEDGER_PREFIX.length)), existing };
    } catch (e) {
      return { added: [], existing: [], error: isQuotaError(e) ? 'quota' : 'failed' };
    }
  }

  /** Done, dismissed, or open again. False when the entry is gone. */
  async setState(id: string, state: PromiseState): Promise<boolean> {
    return this.change(id, (e) => ({ ...e, state }));
  }

  async markReminded(id: string): Promise<boolean> {
    return this.change(id, (e) => ({ ...e, remindedAt: this.now() }));
  }

  private async change(id: string, fn: (e: LedgerEntry) => LedgerEntry): Promise<boolean> {
    const stored = await this.area.get(keyOf(id));
    const e = parseEntry(stored[keyOf(id)]);
    if (!e) return false;
    await this.area.set({ [keyOf(id)]: { ...fn(e), updatedAt: this.now() } });
    return true;
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length) await this.area.remove(ids.map(keyOf));
  }

  /** Deletes every `ledger:` key, corrupt ones included. */
  async clear(): Promise<void> {
    const all = await this.area.get(null);
    const keys = Object.keys(all).filter((k) => k.startsWith(LEDGER_PREFIX));
    if (keys.length) await this.area.remove(keys);
  }

  /** Entries from a backup file: each validated (and migrated); stored ones with the same id are kept as they are. */
  async importEntries(raw: readonly unknown[]): Promise<{ added: number; dropped: number; error?: AddResult['error'] }> {
    const valid = raw.map(parseEntry);
    const entries = valid.filter((e): e is LedgerEntry => e !== null);
    const dropped = valid.length - entries.length;
    if (!entries.length) return { added: 0, dropped };
    try {
      const stored = await this.area.get(entries.map((e) => keyOf(e.id)));
      const items = Object.fromEntries(entries.filter((e) => parseEntry(stored[keyOf(e.id)]) === null).map((e) => [keyOf(e.id), e]));
      if (Object.keys(items).length) await this.area.set(items);
      await this.prune();
      return { added: Object.keys(items).length, dropped };
    } catch (e) {
      return { added: 0, dropped, error: isQuotaError(e) ? 'quota' : 'failed' };
    }
  }

  /** Keeps the ledger bounded: beyond MAX_ENTRIES, the closed entries longest past due go. */
  private async prune(): Promise<void> {
    const { entries } = await this.read();
    const over = entries.length - MAX_ENTRIES;
    if (over <= 0) return;
    const closed = entries.filter((e) => e.state !== 'open').sort((a, b) => a.due - b.due);
    const open = entries.filter((e) => e.state === 'open').sort((a, b) => a.due - b.due);
    await this.remove([...closed, ...open].slice(0, over).map((e) => e.id));
  }
}

/** Open promises past due or due within `withinMs` of `now`: the badge's count. */
export function dueCount(entries: readonly LedgerEntry[], now: number, withinMs = 3_600_000): number {
  return entries.filter((e) => e.state === 'open' && e.due <= now + withinMs).length;
}

export type Bucket = 'overdue' | 'today' | 'upcoming';

/** Which list an open promise goes in: past due, due later today (in `timeZone`), or later. */
export function bucketOf(e: LedgerEntry, now: number, dayOf: (at: number) => string): Bucket {
  if (e.due < now) return 'overdue';
  return dayOf(e.due) === dayOf(now) ? 'today' : 'upcoming';
}

/** The Gmail link for a thread, from the tab's URL: the same account (`/mail/u/N/`), the thread's id. */
export function threadLink(pageUrl: string, threadId: string | null): string {
  const m = /^https:\/\/mail\.google\.com\/mail\/(u\/\d+\/)?/.exec(pageUrl);
  const base = `https://mail.google.com/mail/${m?.[1] ?? 'u/0/'}`;
  return threadId ? `${base}#inbox/${threadId}` : `${base}#sent`;
}

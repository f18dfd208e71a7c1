// The background's ledger tick: reminders before a promise falls due and the promise badge, on an injected clock.
import { describe, expect, it } from 'vitest';
import { tick, type ReminderDeps } from '../../src/background/reminders';
import { Ledger, entryId, type LedgerArea, type LedgerEntry } from '../../src/shared/ledger';
import { freshDefaults, importSettings, type Settings } from '../../src/shared/settings';
import { exportBackup, backupLedger, migrateBackup, BACKUP_FORMAT } from '../../src/options/backup';

function memory(): LedgerArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (keys) => {
      const list = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, structuredClone(v))),
    remove: async (keys) => void (Array.isArray(keys) ? keys : [keys]).forEach((k) => data.delete(k)),
  };
}

const SENT = new Date(2026, 2, 3, 9, 0).getTime();
const DUE = new Date(2026, 2, 4, 13, 0).getTime();
const MIN = 60_000;
const p = { span: "I'll email you the press release tomorrow at 1 PM", threadId: 'T1234567890abc', composeKey: 'c', link: 'https://mail.google.com/mail/u/0/#inbox/T1234567890abc', subject: 'Re: Press', to: 'Tom', due: DUE };

function settings(ledger: Partial<Settings['ledger']>): Settings {
  const s = freshDefaults();
  return { ...s, ledger: { ...s.ledger, ...ledger } };
}

async function run(area: LedgerArea, s: Settings, now: number) {
  const shown: LedgerEntry[] = [];
  const calls: { schedule: Array<number | null>; badge: Array<string | null> } = { schedule: [], badge: [] };
  const deps: ReminderDeps = {
    area, settings: s, now,
    notify: async (e) => {
      shown.push(e);
      return true;
    },
    schedule: async (w) => void calls.schedule.push(w),
    badge: async (t) => void calls.badge.push(t),
  };
  const r = await tick(deps);
  return { r, shown, calls };
}

describe('reminders', () => {
  it('fire once, remindMinutes before the due time, and schedule the alarm for that moment', async () => {
    const area = memory();
    await new Ledger(area, () => SENT).add([p]);
    const s = settings({ remind: true, remindMinutes: 30 });
    let { r, shown } = await run(area, s, SENT);
    expect(shown).toEqual([]);
    expect(r.next).toBe(DUE - 30 * MIN);
    ({ r, shown } = await run(area, s, DUE - 30 * MIN));
    expect(shown.map((e) => e.id)).toEqual([entryId(p)]);
    expect(r.reminded).toEqual([entryId(p)]);
    // the next alarm does not repeat it
    ({ r, shown } = await run(area, s, DUE - 29 * MIN));
    expect(shown).toEqual([]);
    expect(r.next).toBeNull();
  });

  it('are not shown when off, without the permission, or for a promise done or already due', async () => {
    const area = memory();
    const ledger = new Ledger(area, () => SENT);
    await ledger.add([p]);
    expect((await run(area, settings({ remind: false }), DUE - 10 * MIN)).shown).toEqual([]);
    const denied = await tick({ area, settings: settings({ remind: true }), now: DUE - 10 * MIN, notify: async () => false, schedule: async () => undefined, badge: async () => undefined });
    expect(denied.reminded).toEqual([]);
    expect((await run(area, settings({ remind: true }), DUE + MIN)).shown).toEqual([]);
    await ledger.setState(entryId(p), 'done');
    expect((await run(area, settings({ remind: true }), DUE - 10 * MIN)).shown).toEqual([]);
  });
});

describe('the promise badge', () => {
  it('counts open promises overdue or due within the hour, only when chosen, and wakes when one enters the hour', async () => {
    const area = memory();
    const ledger = new Ledger(area, () => SENT);
    await ledger.add([p]);
    expect((await run(area, settings({ badge: 'drafts' }), DUE - 30 * MIN)).calls.badge).toEqual([null]);
    const early = await run(area, settings({ badge: 'promises' }), SENT);
    expect(early.calls.badge).toEqual(['']);
    expect(early.r.next).toBe(DUE - 60 * MIN);
    expect((await run(area, settings({ badge: 'promises' }), DUE - 30 * MIN)).calls.badge).toEqual(['1']);
    await ledger.setState(entryId(p), 'done');
    expect((await run(area, settings({ badge: 'promises' }), DUE - 30 * MIN)).calls.badge).toEqual(['']);
    // the ledger off: no count, nothing read
    expect((await run(area, settings({ badge: 'promises', enabled: false }), DUE)).calls.badge).toEqual([null]);
  });
});

describe('the backup file', () => {
  it('format 2 carries the ledger; a format 1 file (settings only) migrates to an empty ledger', async () => {
    const area = memory();
    await new Ledger(area, () => SENT).add([p]);
    const { entries } = await new Ledger(area, () => SENT).read();
    const file = exportBackup(freshDefaults(), entries);
    const raw = JSON.parse(file) as Record<string, unknown>;
    expect(raw['format']).toBe(BACKUP_FORMAT);
    expect(backupLedger(file)).toEqual(entries);
    expect(migrateBackup({ app: 'jelas', version: 1, lang: 'id' })).toEqual({ format: 1, ledger: [] });
    expect(backupLedger('{not json')).toEqual([]);
    // the settings part reads back whole: the entries do not clash with the settings' own `ledger` block
    expect(importSettings(file)).toEqual({ settings: { ...freshDefaults(), ignored: {} }, problems: [] });
    // read back into an empty ledger
    const other = memory();
    expect(await new Ledger(other, () => SENT).importEntries(backupLedger(file))).toEqual({ added: 1, dropped: 0 });
  });
});

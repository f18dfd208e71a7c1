// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('webextension-polyfill', async () => ({ default: (await import('../shared/fake-browser')).fake }));
import { fake, resetFake } from '../shared/fake-browser';
import { deliversPromise } from '../../src/engine/promises';
import { deliveredBy, openIn, promiseViews, ThreadLedger } from '../../src/content/ledger-thread';
import { PresendDialog } from '../../src/content/presend-dialog';
import { Ledger, type LedgerArea, type LedgerEntry } from '../../src/shared/ledger';
import { useMessages } from '../../src/shared/i18n';
import { loadLocales } from '../../scripts/locales';

const locales = loadLocales();
const EN = "oke, I'll email you the press release tomorrow at 1 PM";
const ID = 'saya kirim besok jam 13.00 ya';
const MADE = new Date(2026, 2, 3, 9, 0).getTime();
const DUE = new Date(2026, 2, 4, 13, 0).getTime();
const NEXT_DAY = new Date(2026, 2, 4, 12, 30).getTime();
const THREAD = 'FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmB';

function entry(over: Partial<LedgerEntry> = {}): LedgerEntry {
  return { v: 1, id: '0123456789abcdef', span: EN, threadId: THREAD, link: `https://mail.google.com/mail/u/0/#inbox/${THREAD}`, subject: 'Press release', to: 'Tom Becker', due: DUE, state: 'open', createdAt: MADE, updatedAt: MADE, ...over };
}

afterEach(() => useMessages(null));

describe('a draft that delivers a promise', () => {
  it('a delivery word with one of the promise’s words, or any when the promise names no thing', () => {
    expect(deliversPromise(EN, 'Here is the press release, attached.')).toBe(true);
    expect(deliversPromise(EN, 'Here it is, attached.')).toBe(false);
    expect(deliversPromise(EN, 'Press release coming later.')).toBe(false);
    expect(deliversPromise(ID, 'Press release-nya terlampir ya.')).toBe(true);
    expect(deliversPromise(ID, 'Sudah saya kirim ya, Pak.')).toBe(true);
    expect(deliversPromise(ID, 'Oke, besok saya kabari.')).toBe(false);
  });

  it('a file attached or a link delivers whatever it says', () => {
    expect(deliveredBy(EN, 'Thanks Tom.', 1)).toBe(true);
    expect(deliveredBy(EN, 'See https://drive.example/x', 0)).toBe(true);
    expect(deliveredBy(EN, 'Thanks Tom.', 0)).toBe(false);
  });
});

describe('the thread’s open promises', () => {
  it('only the open ones of this thread; none without a thread', () => {
    const list = [entry(), entry({ id: '1111111111111111', state: 'done' }), entry({ id: '2222222222222222', threadId: 'other-thread-id-00' })];
    expect(openIn(list, THREAD).map((e) => e.id)).toEqual(['0123456789abcdef']);
    expect(openIn(list, null)).toEqual([]);
  });

  it('reads as “You promised on Tue 3 Mar: … due today 13:00”, in Indonesian too', () => {
    useMessages(locales.en);
    const [en] = promiseViews([entry()], 'Here is the press release, attached.', 0, NEXT_DAY, 'en');
    expect(en).toMatchObject({ heading: 'You promised on Tue 3 Mar:', span: EN, due: 'due today 13:00', overdue: false, delivered: true });
    const [late] = promiseViews([entry()], '', 0, DUE + 60_000, 'en');
    expect(late).toMatchObject({ overdue: true, delivered: false });
    expect(late!.due).toContain('overdue');
    useMessages(locales.id);
    const [id] = promiseViews([entry({ span: ID })], 'Press release-nya terlampir ya.', 0, NEXT_DAY, 'id');
    expect(id!.heading).toMatch(/^Anda berjanji pada Sel/);
    expect(id!.due).toBe('tenggat hari ini 13.00');
    expect(id!.delivered).toBe(true);
  });
});

describe('ThreadLedger', () => {
  beforeEach(() => resetFake());

  it('reads on refresh and on a ledger change, and Mark done writes the state', async () => {
    const area = fake.storage.local as unknown as LedgerArea;
    await new Ledger(area, () => MADE).add([{ span: EN, threadId: THREAD, composeKey: 'd1', link: entry().link, subject: 's', to: 'Tom', due: DUE }]);
    const changed = vi.fn();
    const life = new AbortController();
    const tl = new ThreadLedger(() => NEXT_DAY, changed, life.signal, area);
    tl.refresh();
    await vi.waitFor(() => expect(tl.openIn(THREAD)).toHaveLength(1));
    const id = tl.openIn(THREAD)[0]!.id;
    tl.setState(id, 'done');
    expect(tl.openIn(THREAD)).toHaveLength(0);
    await vi.waitFor(async () => expect((await new Ledger(area, () => 0).read()).entries[0]!.state).toBe('done'));
    // another tab opens it again: the storage event reads it back
    await new Ledger(area, () => NEXT_DAY).setState(id, 'open');
    await vi.waitFor(() => expect(tl.openIn(THREAD)).toHaveLength(1));
    life.abort();
  });
});

describe('the check on Send', () => {
  it('shows the promise first; Mark done updates it and keeps the dialog open, nothing sent', () => {
    useMessages(locales.en);
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const dialog = new PresendDialog(root);
    const sendAnyway = vi.fn();
    const promise = vi.fn();
    const [view] = promiseViews([entry()], 'Here is the press release, attached.', 0, NEXT_DAY, 'en');
    const f = { rule: 'vague-time', severity: 'warning' as const, start: 0, end: 4, text: 'ASAP', message: 'When exactly?', suggestions: [] };
    dialog.open('c1', [f], { sendAnyway, review: vi.fn(), dismiss: vi.fn(), promise }, [], [view!]);
    const items = [...root.querySelectorAll('.list li')];
    expect(items[0]!.getAttribute('data-ledger')).toBe(view!.id);
    expect(items[0]!.textContent).toContain('due today 13:00');
    const done = root.querySelector('[data-action="promise-done"]') as HTMLButtonElement;
    expect(done.getAttribute('aria-label')).toBe(`Mark done: “${EN}”`);
    done.click();
    expect(promise).toHaveBeenCalledWith(view!.id, 'done');
    expect(dialog.isOpen).toBe(true);
    expect(root.querySelector('[data-ledger]')).toBeNull();
    expect(sendAnyway).not.toHaveBeenCalled();
    dialog.close();
    host.remove();
  });
});

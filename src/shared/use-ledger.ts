/**
 * The promise ledger as a preact hook, for the popup's Promises view and the options page: read once, and again
 * whenever a `ledger:` key of storage.local changes (a Gmail tab saving a send, Done in another view).
 */
import browser from 'webextension-polyfill';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Ledger, LEDGER_PREFIX, type LedgerArea, type LedgerEntry } from './ledger';

/** `entries` is null until the first read; a failed read shows as no entries. `dropped` counts corrupt ones left out. */
export function useLedger(now: () => number): { entries: LedgerEntry[] | null; dropped: number; ledger: Ledger } {
  const ledger = useMemo(() => new Ledger(browser.storage.local as unknown as LedgerArea, now), [now]);
  const [state, setState] = useState<{ entries: LedgerEntry[] | null; dropped: number }>({ entries: null, dropped: 0 });
  useEffect(() => {
    let active = true;
    const load = () =>
      void ledger.read().then(
        (r) => active && setState(r),
        () => active && setState({ entries: [], dropped: 0 }),
      );
    load();
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(LEDGER_PREFIX))) load();
    };
    browser.storage.onChanged.addListener(onChange);
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(onChange);
    };
  }, [ledger]);
  return { ...state, ledger };
}

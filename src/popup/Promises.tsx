/**
 * The popup's Promises view: the open promises of the ledger (src/shared/ledger.ts), overdue first, then due
 * today, then upcoming; each with the promise, to whom, when, and Open thread, Done and Dismiss. Reads and writes
 * storage.local directly (one key per promise, so a Gmail tab saving at the same moment loses nothing).
 */
import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { dayOf } from '../engine/when';
import { dueLabel } from '../shared/thread-items';
import { t, uiLang } from '../shared/i18n';
import { bucketOf, type Bucket, type LedgerEntry, type PromiseState } from '../shared/ledger';
import { useLedger } from '../shared/use-ledger';

const BUCKETS: Bucket[] = ['overdue', 'today', 'upcoming'];

export { dueLabel };


export function Promises({ now = Date.now, enabled = true }: { now?: () => number; enabled?: boolean }) {
  const { entries, ledger } = useLedger(now);
  const [notice, setNotice] = useState('');
  if (!enabled || entries === null) return null;
  const at = now();
  const lang = uiLang();
  const open = entries.filter((e) => e.state === 'open');
  const key = (ms: number) => {
    const d = dayOf(ms);
    return `${d.year}-${d.month}-${d.day}`;
  };

  const set = (e: LedgerEntry, state: PromiseState) => {
    void ledger.setState(e.id, state).then((ok) => setNotice(ok ? t(state === 'done' ? 'promises_done_notice' : 'promises_dismissed_notice', e.span) : ''));
  };

  return (
    <section class="promises" aria-labelledby="promises-title" data-jelas="promises">
      <h2 class="promises__title" id="promises-title">
        {t('promises_title')} <span class="group__count">{open.length}</span>
      </h2>
      {open.length === 0 && <p class="hint">{t('promises_none')}</p>}
      {BUCKETS.map((bucket) => {
        const items = open.filter((e) => bucketOf(e, at, key) === bucket);
        if (!items.length) return null;
        return (
          <section class={`promises__group promises__group--${bucket}`} key={bucket} aria-label={`${t(`promises_${bucket}`)} (${items.length})`} data-bucket={bucket}>
            <h3 class="group__title">{t(`promises_${bucket}`)}</h3>
            <ul class="items">
              {items.map((e) => (
                <li class={`item promise promise--${bucket}`} key={e.id} data-promise={e.id}>
                  <p class="promise__span">{e.span}</p>
                  <p class="promise__meta">
                    {e.to ? t('promises_to_due', e.to, dueLabel(e.due, at, lang)) : t('promises_due', dueLabel(e.due, at, lang))}
                    {e.subject && <span class="promise__subject"> · {e.subject}</span>}
                  </p>
                  <div class="promise__actions">
                    <button type="button" class="btn" data-action="open-thread" aria-label={t('promises_open_label', e.subject || e.span)} onClick={() => void browser.tabs.create({ url: e.link })}>
                      {t('promises_open')}
                    </button>
                    <button type="button" class="btn btn--primary" data-action="done" aria-label={t('promises_done_label', e.span)} onClick={() => set(e, 'done')}>
                      {t('promises_done')}
                    </button>
                    <button type="button" class="btn btn--quiet" data-action="dismiss" aria-label={t('promises_dismiss_label', e.span)} onClick={() => set(e, 'dismissed')}>
                      {t('promises_dismiss')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p role="status" aria-live="polite" class="promises__status">
        {notice}
      </p>
    </section>
  );
}

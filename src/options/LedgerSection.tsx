/**
 * The options page's Promises section: the ledger on or off (turning it off offers to delete what is stored),
 * what the toolbar badge counts, reminders (asking for the optional notifications permission when turned on),
 * what is stored and where, and the saved promises with Delete.
 */
import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { formatDue } from '../engine/when';
import { t, uiLang } from '../shared/i18n';
import type { Ledger, LedgerEntry } from '../shared/ledger';
import { useLedger } from '../shared/use-ledger';
import { REMIND_CHOICES, type BadgeMode, type Settings } from '../shared/settings';

const CLOCK = () => Date.now();

export function useLedgerEntries(): { entries: LedgerEntry[]; dropped: number; ledger: Ledger } {
  const { entries, dropped, ledger } = useLedger(CLOCK);
  return { entries: entries ?? [], dropped, ledger };
}

const BADGES: BadgeMode[] = ['drafts', 'promises'];

interface Props {
  s: Settings;
  update(fn: (s: Settings) => Settings): void;
  entries: LedgerEntry[];
  dropped: number;
  ledger: Ledger;
}

export function LedgerSection({ s, update, entries, dropped, ledger }: Props) {
  const [offered, setOffered] = useState(false);
  const [notice, setNotice] = useState('');
  const lang = uiLang();
  const setLedger = (patch: Partial<Settings['ledger']>) => update((x) => ({ ...x, ledger: { ...x.ledger, ...patch } }));

  const onRemind = (on: boolean) => {
    if (!on) return setLedger({ remind: false });
    // Asked for in the click itself: the browser shows its prompt only in answer to the user's gesture.
    const asked = browser.permissions?.request({ permissions: ['notifications'] }) ?? Promise.resolve(false);
    void asked.then(
      (granted) => {
        if (granted) setLedger({ remind: true });
        else setNotice(t('options_remind_denied'));
      },
      () => setNotice(t('options_remind_denied')),
    );
  };

  return (
    <>
      <label class="switch">
        <input type="checkbox" role="switch" checked={s.ledger.enabled} data-setting="ledger" onChange={(e) => {
          const enabled = e.currentTarget.checked;
          setLedger({ enabled });
          setOffered(!enabled && entries.length > 0);
          setNotice('');
        }} />
        <span class="switch__track" aria-hidden="true" />
        <span>{t('options_ledger_enabled')}</span>
      </label>
      {offered && (
        <div class="notice notice--warn" role="alert" data-testid="ledger-off-offer">
          <p>{t('options_ledger_off_confirm', entries.length)}</p>
          <div class="row row--start">
            <button type="button" class="btn btn--danger" data-action="ledger-delete-all" onClick={() => void ledger.clear().then(() => {
              setOffered(false);
              setNotice(t('options_ledger_deleted'));
            })}>
              {t('options_ledger_delete_all')}
            </button>
            <button type="button" class="btn" onClick={() => setOffered(false)}>
              {t('options_ledger_keep')}
            </button>
          </div>
        </div>
      )}
      <p class="field__help" data-testid="ledger-stored">{t('options_ledger_stored')}</p>
      <fieldset class="choices" disabled={!s.ledger.enabled}>
        <legend class="field__label">{t('options_badge')}</legend>
        {BADGES.map((b) => (
          <label class="choice" key={b}>
            <input type="radio" name="badge" value={b} checked={s.ledger.badge === b} onChange={() => setLedger({ badge: b })} />
            <span>{t(`options_badge_${b}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="choices" disabled={!s.ledger.enabled}>
        <legend class="visually-hidden">{t('options_remind')}</legend>
        <label class="switch">
          <input type="checkbox" role="switch" checked={s.ledger.remind} data-setting="remind" aria-describedby="remind-help" onChange={(e) => onRemind(e.currentTarget.checked)} />
          <span class="switch__track" aria-hidden="true" />
          <span>{t('options_remind')}</span>
        </label>
        <p class="field__help" id="remind-help">{t('options_remind_help')}</p>
        <div class="field">
          <label class="field__label" for="remind-minutes">{t('options_remind_minutes')}</label>
          <select id="remind-minutes" value={String(s.ledger.remindMinutes)} disabled={!s.ledger.remind} onChange={(e) => {
            const remindMinutes = Number(e.currentTarget.value);
            setLedger({ remindMinutes });
          }}>
            {[...new Set([...REMIND_CHOICES, s.ledger.remindMinutes])].sort((a, b) => a - b).map((m) => (
              <option value={String(m)} key={m}>{t('options_remind_minutes_value', m)}</option>
            ))}
          </select>
        </div>
      </fieldset>
      <h3 class="field__label">{t('options_ledger_list')}</h3>
      {entries.length === 0 ? (
        <p class="hint" data-testid="ledger-empty">{t('options_ledger_empty')}</p>
      ) : (
        <ul class="ledger" data-testid="ledger-list">
          {entries.map((e) => (
            <li class="ledger__item" key={e.id} data-promise={e.id}>
              <span class="ledger__span">{e.span}</span>
              <span class="ledger__meta">
                {[e.to, formatDue(e.due, undefined, lang), t(`options_ledger_state_${e.state}`)].filter(Boolean).join(' · ')}
              </span>
              <button type="button" class="btn btn--quiet" data-action="ledger-delete" aria-label={t('options_ledger_delete_label', e.span)} onClick={() => void ledger.remove([e.id])}>
                {t('options_ledger_delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {dropped > 0 && <p class="hint">{t('options_ledger_dropped', dropped)}</p>}
      <div role="status" aria-live="polite" class="status-area">
        {notice && <p class="notice notice--ok">{notice}</p>}
      </div>
    </>
  );
}

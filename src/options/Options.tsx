import { useEffect, useRef, useState } from 'preact/hooks';
import type { Rule } from '../engine/types';
import { t } from '../shared/i18n';
import { cleanPhrases, freshDefaults, ignoredCount, importSettings, isRuleOn, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings, updateSettings } from '../shared/storage';
import { backupLedger, describeProblems, downloadSettings } from './backup';
import { LedgerSection, useLedgerEntries } from './LedgerSection';
import { PhraseList } from './PhraseList';
import { RuleCard } from './RuleCard';

type RuleMeta = Pick<Rule, 'id' | 'title' | 'description' | 'examples' | 'defaultOn'>;
interface Notice {
  text: string;
  kind: 'ok' | 'warn';
  undo?: Settings;
}

const LANGS = ['auto', 'en', 'id'] as const;
const SENSITIVITIES = ['relaxed', 'normal', 'strict'] as const;
const TRIGGERS = ['warnings', 'any'] as const;
const PHRASE_LISTS = [
  ['extraVague', 'options_phrases_vague', 'options_phrases_vague_help'],
  ['neverFlag', 'options_phrases_never', 'options_phrases_never_help'],
  ['alwaysTerse', 'options_phrases_terse', 'options_phrases_terse_help'],
] as const;

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: preact.ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="card__intro">{intro}</p>}
      {children}
    </section>
  );
}

export function Options({ rules }: { rules: readonly RuleMeta[] }) {
  const [s, setS] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const ledger = useLedgerEntries();

  useEffect(() => {
    void loadSettings().then(setS);
    return onSettingsChanged(setS);
  }, []);

  /** `fn` runs later, on freshly loaded settings: read event values before calling this, not inside `fn`. */
  const update = (fn: (s: Settings) => Settings) => {
    setS((cur) => (cur ? fn(cur) : cur));
    void updateSettings(fn).then(setS);
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    const { settings, problems } = importSettings(text);
    if (fileRef.current) fileRef.current.value = '';
    if (problems.includes('*')) {
      setNotice({ text: t('options_import_foreign', file.name), kind: 'warn' });
      return;
    }
    const before = s ?? undefined;
    const next = { ...settings, ignored: s?.ignored ?? {} };
    await saveSettings(next);
    setS(next);
    const imported = await ledger.ledger.importEntries(backupLedger(text));
    const also = imported.added ? ` ${t('options_import_ledger', imported.added)}` : '';
    const lost = imported.dropped ? ` ${t('options_ledger_dropped', imported.dropped)}` : imported.error === 'quota' ? ` ${t('options_ledger_quota')}` : '';
    setNotice(
      problems.length || lost
        ? { text: (problems.length ? t('options_import_partial', describeProblems(problems)) : t('options_import_done')) + also + lost, kind: 'warn', undo: before }
        : { text: t('options_import_done') + also, kind: 'ok', undo: before },
    );
  };

  const onReset = async () => {
    const before = s ?? undefined;
    const next = freshDefaults();
    await saveSettings(next);
    setS(next);
    setNotice({ text: t('options_reset_done'), kind: 'ok', undo: before });
  };

  const onUndo = async (prev: Settings) => {
    await saveSettings(prev);
    setS(prev);
    setNotice({ text: t('options_undone'), kind: 'ok' });
  };

  if (!s) return <p class="hint">{t('options_loading')}</p>;
  const ignoredDrafts = Object.keys(s.ignored).length;

  return (
    <main class="page">
      <header class="page__head">
        <img src="/icons/icon-48.png" alt="" width={40} height={40} />
        <div>
          <h1>{t('options_title')}</h1>
          <p class="hint">{t('options_saved_note')}</p>
        </div>
      </header>

      <Section id="rules" title={t('options_rules_title')} intro={t('options_rules_intro')}>
        <ul class="rules">
          {rules.map((rule) => (
            <RuleCard key={rule.id} rule={rule} on={isRuleOn(s, rule)} onToggle={(on) => update((x) => ({ ...x, rules: { ...x.rules, [rule.id]: on } }))} />
          ))}
        </ul>
      </Section>

      <Section id="analysis" title={t('options_analysis_title')}>
        <div class="grid">
          <div class="field">
            <label class="field__label" for="lang">
              {t('options_lang')}
            </label>
            <select id="lang" value={s.lang} onChange={(e) => {
                const lang = e.currentTarget.value as Settings['lang'];
                update((x) => ({ ...x, lang }));
              }}>
              {LANGS.map((l) => (
                <option value={l} key={l}>
                  {t(`options_lang_${l}`)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label class="field__label" for="default-time">
              {t('options_default_time')}
            </label>
            <input
              id="default-time"
              type="time"
              value={s.defaultTime}
              aria-describedby="default-time-help"
              onChange={(e) => {
                const v = e.currentTarget.value;
                if (v) update((x) => ({ ...x, defaultTime: v }));
              }}
            />
            <p class="field__help" id="default-time-help">
              {t('options_default_time_help')}
            </p>
          </div>
        </div>
        <fieldset class="choices">
          <legend class="field__label">{t('options_sensitivity')}</legend>
          {SENSITIVITIES.map((v) => (
            <label class="choice" key={v}>
              <input type="radio" name="sensitivity" value={v} checked={s.sensitivity === v} onChange={() => update((x) => ({ ...x, sensitivity: v }))} />
              <span>
                <strong>{t(`options_sensitivity_${v}`)}</strong>
                <span class="choice__help">{t(`options_sensitivity_${v}_help`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div class="field" data-testid="reader">
          <span class="field__label">{t('options_reader_title')}</span>
          <p class="field__help">{t('options_reader_help')}</p>
        </div>
      </Section>

      <Section id="presend" title={t('options_presend_title')} intro={t('options_presend_intro')}>
        <label class="switch">
          <input type="checkbox" role="switch" checked={s.presend.enabled} data-setting="presend" onChange={(e) => {
            const enabled = e.currentTarget.checked;
            update((x) => ({ ...x, presend: { ...x.presend, enabled } }));
          }} />
          <span class="switch__track" aria-hidden="true" />
          <span>{t('options_presend_enabled')}</span>
        </label>
        <fieldset class="choices" disabled={!s.presend.enabled}>
          <legend class="field__label">{t('options_presend_trigger')}</legend>
          {TRIGGERS.map((v) => (
            <label class="choice" key={v}>
              <input type="radio" name="trigger" value={v} checked={s.presend.trigger === v} onChange={() => update((x) => ({ ...x, presend: { ...x.presend, trigger: v } }))} />
              <span>{t(`options_presend_trigger_${v}`)}</span>
            </label>
          ))}
        </fieldset>
      </Section>

      <Section id="phrases" title={t('options_phrases_title')} intro={t('options_phrases_intro')}>
        {PHRASE_LISTS.map(([name, label, help]) => (
          <PhraseList
            key={name}
            name={name}
            label={t(label)}
            help={t(help)}
            phrases={s.phrases[name]}
            onSave={(lines) => update((x) => ({ ...x, phrases: { ...x.phrases, [name]: cleanPhrases(lines).phrases } }))}
          />
        ))}
      </Section>

      <Section id="ledger" title={t('options_ledger_title')} intro={t('options_ledger_intro')}>
        <LedgerSection s={s} update={update} {...ledger} />
      </Section>

      <Section id="ignored" title={t('options_ignored_title')}>
        <div class="row">
          <p data-testid="ignored-count">
            {ignoredDrafts === 0 ? t('options_ignored_none') : t('options_ignored_count', ignoredCount(s), ignoredDrafts)}
          </p>
          <button type="button" class="btn" disabled={ignoredDrafts === 0} onClick={() => update((x) => ({ ...x, ignored: {} }))}>
            {t('options_ignored_clear')}
          </button>
        </div>
      </Section>

      <Section id="backup" title={t('options_backup_title')} intro={t('options_backup_intro')}>
        <div class="row row--start">
          <button type="button" class="btn" data-action="export" onClick={() => downloadSettings(s, document, ledger.entries)}>
            {t('options_export')}
          </button>
          <button type="button" class="btn" onClick={() => fileRef.current?.click()}>
            {t('options_import')}
          </button>
          <input id="import-file" ref={fileRef} class="visually-hidden" tabIndex={-1} aria-label={t('options_import')} type="file" accept="application/json,.json" data-action="import" onChange={(e) => void onImport(e.currentTarget.files?.[0])} />
          <button type="button" class="btn btn--danger" data-action="reset" onClick={() => void onReset()}>
            {t('options_reset')}
          </button>
        </div>
        <div role="status" aria-live="polite" class="status-area">
          {notice && (
            <p class={`notice notice--${notice.kind}`} data-testid="options-notice">
              {notice.text}
              {notice.undo && (
                <button type="button" class="btn btn--quiet" onClick={() => void onUndo(notice.undo!)}>
                  {t('options_undo')}
                </button>
              )}
            </p>
          )}
        </div>
      </Section>
      <footer class="hint page__foot">{t('popup_privacy')}</footer>
    </main>
  );
}


/**
 * With no Gmail draft open: paste a message (and optionally the one it answers) and see the same
 * checklist, computed here with the same engine and the person's settings. Nothing leaves the popup.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Report } from '../engine/types';
import { t } from '../shared/i18n';
import { toAnalyzeOptions, type Settings } from '../shared/settings';
import { Checklist, countLabel, type RuleInfo } from './Checklist';
import { findingKey } from '../engine/finding-key';
import { loadEngine } from './lazy';

const DEBOUNCE_MS = 250;

export function TryIt({ settings, rules }: { settings: Settings; rules: readonly RuleInfo[] }) {
  const [draft, setDraft] = useState('');
  const [quoted, setQuoted] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const draftRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!draft.trim()) {
      setReport(null);
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      const { analyze } = await loadEngine();
      const r = analyze(draft, { quoted: quoted.trim() || null, options: toAnalyzeOptions(settings) });
      if (live) setReport(r);
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draft, quoted, settings]);

  const shown = (report?.findings ?? []).filter((f) => !hidden.has(findingKey(f)));

  const apply = (f: Finding, i: number) => {
    const r = f.suggestions[i]?.replacement;
    if (!r) return;
    setDraft((d) => d.slice(0, r.start) + r.text + d.slice(r.end));
    draftRef.current?.focus();
  };
  const ignore = (f: Finding) => {
    const key = findingKey(f);
    setHidden((h) => new Set([...h, key]));
  };

  return (
    <section class="tryit" aria-labelledby="tryit-title">
      <h2 id="tryit-title" class="tryit__title">
        {t('popup_try_title')}
      </h2>
      <label class="field">
        <span class="field__label">{t('popup_try_label')}</span>
        <textarea ref={draftRef} rows={5} autoFocus value={draft} placeholder={t('popup_try_placeholder')} onInput={(e) => setDraft(e.currentTarget.value)} data-testid="try-draft" />
      </label>
      <details class="field">
        <summary>{t('popup_try_quoted_label')}</summary>
        <textarea rows={4} aria-label={t('popup_try_quoted_label')} value={quoted} placeholder={t('popup_try_quoted_placeholder')} onInput={(e) => setQuoted(e.currentTarget.value)} data-testid="try-quoted" />
      </details>
      <div class="tryit__result" aria-live="polite">
        {!report ? (
          <p class="hint">{t('popup_try_empty')}</p>
        ) : shown.length === 0 ? (
          <p class="status status--ready">{t('popup_ready')}</p>
        ) : (
          <>
            <p class="status">{countLabel(shown.length)}</p>
            <Checklist text={draft} findings={shown} rules={rules} onApply={apply} onIgnore={ignore} />
          </>
        )}
      </div>
    </section>
  );
}

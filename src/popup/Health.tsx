/**
 * The Gmail tab's health in the popup: a short, polite notice when Jelas lost a function there (nothing
 * on a healthy page), and the diagnostic report the user can copy into a bug report. The report is built
 * here from the tab's health (counts and selector indexes, no text), the extension's version and the
 * browser's name; it goes nowhere unless the user copies it.
 */
import browser from 'webextension-polyfill';
import { useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import { browserName, diagnosticReport, type HealthReason, type PageHealth } from '../shared/health';

const REASON_KEYS: Record<HealthReason, string> = {
  'no-body': 'popup_health_no_body',
  'no-send': 'popup_health_no_send',
  'no-quote': 'popup_health_no_quote',
};

/** The notice, only when something is lost; a polite status, so it is announced without taking focus. */
export function HealthNotice({ health }: { health: PageHealth }) {
  // Only reasons this popup knows how to say (a newer content script may know more).
  const reasons = health.reasons.filter((r) => r in REASON_KEYS);
  if (!reasons.length) return null;
  return (
    <section class="health" aria-labelledby="jelas-health-title">
      <div data-jelas="health" data-reasons={reasons.join(' ')} role="status" aria-live="polite">
        <h2 class="health__title" id="jelas-health-title">
          <span class="health__mark" aria-hidden="true">!</span>
          {t('popup_health_title')}
        </h2>
        {reasons.map((r) => (
          <p class="health__reason" data-reason={r} key={r}>
            {t(REASON_KEYS[r])}
          </p>
        ))}
      </div>
      <DiagnosticReport health={health} />
    </section>
  );
}

function version(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/**
 * A read-only, selectable report with a Copy button. Inside the notice it is open; otherwise (a healthy
 * tab, where the user may still want to report a problem) it sits folded in a disclosure.
 */
export function DiagnosticReport({ health, folded = false }: { health: PageHealth; folded?: boolean }) {
  const text = useMemo(() => diagnosticReport(health, { version: version(), browser: browserName(navigator) }), [health]);
  const [copied, setCopied] = useState<'' | 'ok' | 'failed'>('');
  const area = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('ok');
    } catch {
      // No clipboard access (an old browser, a page without focus): select the text for Ctrl+C.
      area.current?.focus();
      area.current?.select();
      setCopied('failed');
    }
  };
  const content = (
    <div class="report" data-jelas="report">
      <label class="field__label" for="jelas-report">
        {t('popup_report_label')}
      </label>
      <textarea id="jelas-report" class="report__text" readOnly rows={5} spellcheck={false} value={text} ref={area} aria-describedby="jelas-report-hint" />
      <p class="hint report__hint" id="jelas-report-hint">
        {t('popup_report_hint')}
      </p>
      <div class="report__actions">
        <button type="button" class="btn" data-action="copy-report" onClick={() => void copy()}>
          {t('popup_report_copy')}
        </button>
        <span class="report__done" role="status" aria-live="polite">
          {copied === 'ok' ? t('popup_report_copied') : copied === 'failed' ? t('popup_report_copy_failed') : ''}
        </span>
      </div>
    </div>
  );
  return folded ? (
    <details class="report-fold">
      <summary>{t('popup_report_title')}</summary>
      {content}
    </details>
  ) : (
    content
  );
}

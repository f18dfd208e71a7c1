import browser from 'webextension-polyfill';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../engine/types';
import { t } from '../shared/i18n';
import type { ApplyReply, ComposeChecklist, ToContent } from '../shared/messages';
import { defaultSettings, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/storage';
import { Checklist, countLabel, type RuleInfo } from './Checklist';
import { findingKey } from '../engine/finding-key';
import { loadRules } from './lazy';
import { findTarget, type Target } from './target';
import { TryIt } from './TryIt';
import { ThreadItems } from './ThreadItems';
import { Promises } from './Promises';
import { DiagnosticReport, HealthNotice } from './Health';
import type { PageHealth } from '../shared/health';

type View =
  | { kind: 'loading' }
  | { kind: 'none'; health: PageHealth | null }
  | ({ kind: 'draft'; checklist: ComposeChecklist } & Omit<Target, 'checklist'>);

function useRules(): readonly RuleInfo[] {
  const [rules, setRules] = useState<readonly RuleInfo[]>([]);
  useEffect(() => {
    loadRules().then((m) => setRules(m.rules), () => undefined);
  }, []);
  return rules;
}

function Draft({ view, rules, onChange, refresh }: { view: { tabId: number; checklist: ComposeChecklist }; rules: readonly RuleInfo[]; onChange(c: ComposeChecklist): void; refresh(): void }) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const summary = useRef<HTMLDivElement>(null);
  const { checklist, tabId } = view;
  const n = checklist.findings.length;
  // the thread's open items are listed apart, with who asked and when; the other findings by rule
  const thread = checklist.thread ?? [];
  const inThread = new Set(thread.map((x) => x.key));
  const rest = checklist.findings.filter((f) => !inThread.has(findingKey(f)));

  const send = async (f: Finding, make: (key: string) => ToContent, failure: string) => {
    setBusy(true);
    setNotice('');
    try {
      const reply = (await browser.tabs.sendMessage(tabId, make(findingKey(f)))) as Partial<ApplyReply> | undefined;
      if (reply?.ok === false) setNotice(failure);
      if (reply?.checklist) onChange(reply.checklist);
      else refresh();
    } catch {
      setNotice(t('popup_tab_gone'));
      refresh();
    } finally {
      setBusy(false);
      // The button just pressed is gone with its item: keep keyboard and screen-reader users on the summary.
      summary.current?.focus();
    }
  };
  const apply = (f: Finding, i: number) =>
    send(f, (key) => ({ type: 'jelas:apply', composeId: checklist.composeId, findingKey: key, suggestionIndex: i }), t('popup_apply_failed'));
  const ignore = (f: Finding) => send(f, (key) => ({ type: 'jelas:ignore', composeId: checklist.composeId, findingKey: key }), t('popup_ignore_failed'));

  return (
    <>
      <div class="summary" role="status" aria-live="polite" tabIndex={-1} ref={summary}>
        <p class="summary__draft">{t('popup_checking', checklist.title || t('popup_new_message'))}</p>
        {n === 0 ? (
          <p class="status status--ready">
            <span aria-hidden="true">✓ </span>
            {t('popup_ready')}
            <span class="status__detail">{t('popup_ready_detail')}</span>
          </p>
        ) : (
          <p class="status">{countLabel(n)}</p>
        )}
        {notice && <p class="notice">{notice}</p>}
      </div>
      {thread.length > 0 && <ThreadItems items={thread} findings={checklist.findings} busy={busy} onApply={apply} onIgnore={ignore} />}
      {rest.length > 0 && <Checklist text={checklist.draftText} findings={rest} rules={rules} busy={busy} onApply={apply} onIgnore={ignore} />}
    </>
  );
}

export function App() {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const rules = useRules();

  const refresh = useCallback(() => {
    findTarget(browser).then(
      (target) =>
        setView(target?.checklist ? { kind: 'draft', ...target, checklist: target.checklist } : { kind: 'none', health: target?.health ?? null }),
      () => setView({ kind: 'none', health: null }),
    );
  }, []);

  useEffect(() => {
    refresh();
    void loadSettings().then(setSettings);
    const off = onSettingsChanged(setSettings);
    // Opened as a tab (tests, or pinned by a person), it comes back to a draft that may have changed.
    window.addEventListener('focus', refresh);
    return () => {
      off();
      window.removeEventListener('focus', refresh);
    };
  }, [refresh]);

  const health = view.kind === 'loading' ? null : view.health;

  return (
    <main class="popup">
      <header class="bar">
        <h1 class="brand">
          <img src="/icons/icon-32.png" alt="" width={20} height={20} />
          Jelas
        </h1>
        <button type="button" class="btn btn--quiet" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup_settings')}
        </button>
      </header>
      {view.kind === 'loading' && (
        <p class="hint" role="status">
          {t('popup_loading')}
        </p>
      )}
      {health && <HealthNotice health={health} />}
      {view.kind === 'draft' && <Draft view={view} rules={rules} onChange={(checklist) => setView({ ...view, checklist })} refresh={refresh} />}
      {view.kind === 'none' && (
        <>
          <div class="empty">
            <p class="empty__title">{t('popup_none_title')}</p>
            <p class="hint">{t('popup_none_body')}</p>
          </div>
          <TryIt settings={settings} rules={rules} />
        </>
      )}
      <Promises enabled={settings.ledger.enabled} />
      <footer class="foot">
        {t('popup_privacy')}
        {health && !health.reasons.length && <DiagnosticReport health={health} folded />}
      </footer>
    </main>
  );
}

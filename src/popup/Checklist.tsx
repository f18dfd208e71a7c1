/**
 * The checklist: findings grouped by rule, each with its message, the sentence it is about and its
 * rewrites. Used for a Gmail draft and for the Try it box alike; the caller decides what Apply and
 * Ignore do.
 */
import type { Finding } from '../engine/types';
import { t, uiLang } from '../shared/i18n';
import { sentenceAround } from './sentence';

export interface RuleInfo {
  id: string;
  title: { en: string; id: string };
}

interface Props {
  text: string;
  findings: Finding[];
  /** Rules in registry order, for group order and titles; empty until the registry has loaded. */
  rules: readonly RuleInfo[];
  busy?: boolean;
  onApply(f: Finding, suggestionIndex: number): void;
  onIgnore?(f: Finding): void;
}

export function countLabel(n: number): string {
  return n === 1 ? t('popup_count_one') : t('popup_count_many', n);
}

function groupByRule(findings: Finding[], rules: readonly RuleInfo[]): Array<[string, Finding[]]> {
  const order = new Map(rules.map((r, i) => [r.id, i]));
  const groups = new Map<string, Finding[]>();
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  }
  return [...groups].sort(([a], [b]) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
}

function Quote({ text, f }: { text: string; f: Finding }) {
  if (f.anchored === false) {
    return (
      <p class="quote quote--theirs">
        <span class="quote__label">{t('popup_unanchored')}</span> {f.text}
      </p>
    );
  }
  const c = sentenceAround(text, f.start, f.end);
  return (
    <p class="quote">
      {c.before}
      <mark>{c.match}</mark>
      {c.after}
    </p>
  );
}

/** A finding's rewrites, each with Apply, and Ignore: shared by the checklist and the thread's open items. */
export function Actions({ f, busy, onApply, onIgnore }: { f: Finding } & Pick<Props, 'busy' | 'onApply' | 'onIgnore'>) {
  return (
    <>
      {f.suggestions.length > 0 && (
        <ul class="fixes" aria-label={t('popup_suggestions')}>
          {f.suggestions.map((s, i) => (
            <li class="fix" key={i}>
              <span class="fix__text">{s.text}</span>
              <button type="button" class="btn btn--primary" data-action="apply" disabled={busy} aria-label={t('popup_apply_label', s.text)} onClick={() => onApply(f, i)}>
                {t('popup_apply')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {onIgnore && (
        <button type="button" class="btn btn--quiet" data-action="ignore" disabled={busy} aria-label={t('popup_ignore_label', f.text || f.message)} onClick={() => onIgnore(f)}>
          {t('popup_ignore')}
        </button>
      )}
    </>
  );
}

function Item({ text, f, busy, onApply, onIgnore }: { text: string; f: Finding } & Pick<Props, 'busy' | 'onApply' | 'onIgnore'>) {
  return (
    <li class={`item item--${f.severity}`} data-rule={f.rule}>
      <p class="item__message">{f.message}</p>
      <Quote text={text} f={f} />
      <Actions f={f} busy={busy} onApply={onApply} onIgnore={onIgnore} />
    </li>
  );
}

export function Checklist({ text, findings, rules, busy, onApply, onIgnore }: Props) {
  const lang = uiLang();
  return (
    <div class="groups">
      {groupByRule(findings, rules).map(([ruleId, items]) => {
        const title = rules.find((r) => r.id === ruleId)?.title[lang] ?? ruleId;
        return (
          <section class="group" key={ruleId} aria-label={`${title} (${items.length})`}>
            <h2 class="group__title">
              {title} <span class="group__count">{items.length}</span>
            </h2>
            <ul class="items">
              {items.map((f) => (
                <Item key={`${f.rule}:${f.start}:${f.text}`} text={text} f={f} busy={busy} onApply={onApply} onIgnore={onIgnore} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

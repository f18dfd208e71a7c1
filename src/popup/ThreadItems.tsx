/**
 * The thread's open items a draft leaves open: questions others asked the writer ("Tom Becker, Tue 3 Mar"
 * above the question) and the writer's own earlier promises ("You promised on Mon 2 Mar:", the promise, "due
 * Fri 6 Mar 17:00, overdue"), each with its rewrites (Apply adds them at the end of the reply) and Ignore.
 */
import type { Finding } from '../engine/types';
import { findingKey } from '../engine/finding-key';
import { t, uiLang } from '../shared/i18n';
import { itemDue, itemHeading, type ThreadItem } from '../shared/thread-items';
import { Actions } from './Checklist';

interface Props {
  items: readonly ThreadItem[];
  findings: readonly Finding[];
  busy?: boolean;
  onApply(f: Finding, suggestionIndex: number): void;
  onIgnore?(f: Finding): void;
}

function Item({ item, f, busy, onApply, onIgnore }: { item: ThreadItem; f: Finding } & Pick<Props, 'busy' | 'onApply' | 'onIgnore'>) {
  const lang = uiLang();
  const due = itemDue(item, lang);
  return (
    <li class={`item item--${f.severity} thread-item`} data-rule={f.rule} data-thread={item.kind}>
      <p class="thread-item__who">{itemHeading(item, lang)}</p>
      <p class="item__message thread-item__text">{item.text}</p>
      {due && <p class={`thread-item__due${item.overdue ? ' thread-item__due--overdue' : ''}`}>{due}</p>}
      <Actions f={f} busy={busy} onApply={onApply} onIgnore={onIgnore} />
    </li>
  );
}

export function ThreadItems({ items, findings, busy, onApply, onIgnore }: Props) {
  const byKey = new Map(findings.map((f) => [findingKey(f), f]));
  const shown = items.flatMap((item) => {
    const f = byKey.get(item.key);
    return f ? [{ item, f }] : [];
  });
  if (!shown.length) return null;
  const part = (kind: ThreadItem['kind'], title: string) => {
    const list = shown.filter((x) => x.item.kind === kind);
    return list.length ? (
      <>
        <h3 class="thread__kind">{title}</h3>
        <ul class="items">
          {list.map(({ item, f }) => (
            <Item key={item.key} item={item} f={f} busy={busy} onApply={onApply} onIgnore={onIgnore} />
          ))}
        </ul>
      </>
    ) : null;
  };
  return (
    <section class="group thread" data-jelas="thread" aria-label={`${t('thread_title')} (${shown.length})`}>
      <h2 class="group__title">
        {t('thread_title')} <span class="group__count">{shown.length}</span>
      </h2>
      {part('question', t('thread_questions'))}
      {part('promise', t('thread_promises'))}
    </section>
  );
}

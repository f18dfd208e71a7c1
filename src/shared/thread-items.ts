/**
 * The thread's open items a draft's findings are about: questions others asked the writer (who asked, when) and
 * the writer's own earlier promises (when made, when due, overdue or not), for the popup's checklist and the
 * check on Send. Pure: built from a report's findings and signals, formatted with `Intl` in the UI's language
 * and the browser's time zone (the one the engine resolved them in).
 */
import { findingKey } from '../engine/finding-key';
import type { Conversation, Person } from '../engine/conversation';
import type { Finding, Signals } from '../engine/types';
import { dayOf, formatDue, sayDay } from '../engine/when';
import { t } from './i18n';

/** One open item of the thread; `key` is its finding's key. */
export interface ThreadItem {
  key: string;
  kind: 'question' | 'promise';
  /** The question or the promise, as it was written. */
  text: string;
  /** Questions: who asked. */
  author?: Person;
  /** When it was asked or promised. */
  at?: number;
  /** Promises: when it falls due, and whether that has passed. */
  due?: number;
  overdue?: boolean;
}

export const PROMISE_RULE = 'open-promise';
export const QUESTION_RULE = 'unanswered-question';

const squash = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const same = (a: string, b: string) => {
  const x = squash(a);
  const y = squash(b);
  return x === y || (x.length > 8 && y.length > 8 && (x.includes(y) || y.includes(x)));
};

/** When the writer made a promise: the sent time of their latest message in the thread that holds its words. */
function madeIn(conversation: Conversation | null | undefined, promise: string): number | undefined {
  const words = squash(promise);
  return conversation?.messages.filter((m) => m.byWriter && squash(m.text).includes(words)).at(-1)?.sentAt;
}

/**
 * The findings that are thread items, in order: questions with who asked or when (from `signals.quotedQuestions`),
 * then promises (rule `open-promise`, with `signals.openPromises`; when those say nothing of it, the time it was
 * made is its message's in `conversation`).
 */
export function threadItemsOf(
  findings: readonly Finding[],
  signals: Pick<Signals, 'quotedQuestions'> & Partial<Pick<Signals, 'openPromises'>>,
  conversation?: Conversation | null,
): ThreadItem[] {
  const questions: ThreadItem[] = [];
  const promises: ThreadItem[] = [];
  for (const f of findings) {
    if (f.anchored !== false) continue;
    if (f.rule === QUESTION_RULE) {
      const q = signals.quotedQuestions.find((x) => !x.answered && same(x.text, f.text));
      if (!q || (!q.author && q.askedAt === undefined)) continue;
      questions.push({ key: findingKey(f), kind: 'question', text: f.text.trim(), ...(q.author ? { author: q.author } : {}), ...(q.askedAt !== undefined ? { at: q.askedAt } : {}) });
    } else if (f.rule === PROMISE_RULE) {
      const p = (signals.openPromises ?? []).find((x) => same(x.text, f.text));
      const at = p?.madeAt ?? madeIn(conversation, f.text);
      promises.push({
        key: findingKey(f),
        kind: 'promise',
        text: (p?.text ?? f.text).trim(),
        ...(at !== undefined ? { at } : {}),
        ...(p?.due !== undefined ? { due: p.due } : {}),
        overdue: p?.overdue ?? false,
      });
    }
  }
  return [...questions, ...promises];
}

type Lang = 'en' | 'id';
const LOCALE: Record<Lang, string> = { en: 'en-GB', id: 'id-ID' };

/** "Tue 3 Mar" / "Sel, 3 Mar". */
export function formatDay(ms: number, lang: Lang, timeZone?: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { weekday: 'short', day: 'numeric', month: 'short', ...(timeZone ? { timeZone } : {}) }).format(ms);
}

/** "Fri 6 Mar 17:00" / "Jum, 6 Mar 17.00". */
export function formatDayTime(ms: number, lang: Lang, timeZone?: string): string {
  const time = new Intl.DateTimeFormat(LOCALE[lang], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}) }).format(ms);
  return `${formatDay(ms, lang, timeZone)} ${time}`;
}

/** The line above the item: "Tom Becker, Tue 3 Mar" for a question, "You promised on Mon 2 Mar:" for a promise. */
export function itemHeading(item: ThreadItem, lang: Lang, timeZone?: string): string {
  const day = item.at !== undefined ? formatDay(item.at, lang, timeZone) : null;
  if (item.kind === 'promise') return day ? t('thread_promised_on', day) : t('thread_promised');
  const who = item.author?.name ?? item.author?.address ?? t('thread_someone');
  return day ? `${who}, ${day}` : who;
}

/** A promise's due line: "due Fri 6 Mar 17:00, overdue"; null when it names no time. */
export function itemDue(item: ThreadItem, lang: Lang, timeZone?: string): string | null {
  if (item.kind !== 'promise' || item.due === undefined) return null;
  const when = formatDayTime(item.due, lang, timeZone);
  return item.overdue ? t('thread_overdue', when) : t('thread_due', when);
}

/** "tomorrow 13:00" / "besok 13.00" within the coming week, else "Fri 13 Mar 13:00" / "Jumat, 13 Maret 13.00". */
export function dueLabel(due: number, now: number, lang: Lang): string {
  const full = formatDue(due, undefined, lang, now);
  const day = sayDay(dayOf(due), { now }, lang);
  if (!day) return full;
  const clock = full.slice(full.lastIndexOf(' ') + 1);
  return `${day} ${clock}`;
}

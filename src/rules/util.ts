/** Small helpers shared by the rules. */
import type { AnalyzedMessage, Finding, RuleContext, Sentence, Severity, Suggestion } from '../engine/types';
import { needsNoDeadline } from '../engine/lexicon/deadlines';
import { perText } from '../engine/memo';
import type { AsOf } from '../engine/rewrite';

export type Bilingual = { en: string; id: string };

/** The text in the language the reply is written in. */
export const say = (ctx: RuleContext, text: Bilingual): string => text[ctx.uiLang];

export function finding(
  rule: string,
  severity: Severity,
  span: { start: number; end: number },
  draft: string,
  message: string,
  suggestions: Suggestion[],
): Finding {
  return { rule, severity, start: span.start, end: span.end, text: draft.slice(span.start, span.end), message, suggestions };
}

/** A suggestion that replaces `span` of the draft with `text`. */
export const replace = (span: { start: number; end: number }, text: string, label = text): Suggestion => ({
  text: label,
  replacement: { start: span.start, end: span.end, text },
});

export { perText } from '../engine/memo';

/** Due times the time reader leaves to context: "H-1" (the day before), "within 30 days", "(30 hari)", "net 30", "a week prior". */
export const RELATIVE_DUE =
  /\bH\s?[-+]\s?\d+\b|\b(?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+(?:prior|before|in advance|ahead)\b|\b(?:within|in)\s+\d+\s+(?:business\s+|working\s+)?(?:days?|hours?|weeks?)\b|\b\d+\s*(?:hari(?: kerja)?|jam|minggu)\b|\bnet\s*\d+\b/i;

/** `needsNoDeadline` remembered per sentence, one cache for every rule that asks. */
export const noDeadlineNeeded = perText(needsNoDeadline);

/** Sentences the writer wrote as the message proper (not greeting or closing lines). */
export const bodySentences = (ctx: RuleContext): Sentence[] => ctx.draft.sentences.filter((s) => s.zone === 'body');

/** Where a reply's body ends (before the closing, signature and quote): the place to add a sentence. */
export function bodyEnd(ctx: RuleContext): number {
  const body = ctx.draft.zones.filter((z) => z.kind === 'body' || z.kind === 'greeting');
  const last = body[body.length - 1];
  if (!last) return 0;
  let end = last.end;
  while (end > last.start && /\s/.test(ctx.draft.text[end - 1]!)) end--;
  return end;
}

/** The requests of the quoted message. */
export const quotedRequests = (ctx: RuleContext): Sentence[] =>
  (ctx.quoted?.sentences ?? []).filter((s) => s.isRequest && s.zone !== 'closing');

/** The quoted request a bare "ok" accepts: the first one that names a time, else the first one. */
export function acceptedRequest(ctx: RuleContext): Sentence | null {
  const requests = quotedRequests(ctx);
  return requests.find((r) => r.times.length > 0) ?? requests[0] ?? null;
}

/** Rewrites are offered in the reply's language first, then the other one. */
export const replyLanguages = (ctx: RuleContext): ['en', 'id'] | ['id', 'en'] => (ctx.uiLang === 'en' ? ['en', 'id'] : ['id', 'en']);

/**
 * Case-insensitive whole-phrase search of user-supplied phrases; returns spans. A Unicode regular
 * expression rather than `toLowerCase()` + `indexOf`: lower-casing can change the length of the text
 * ("İ" becomes two code units), which would shift every offset after it, and `indexOf` can match half
 * of a surrogate pair.
 */
export function findPhrases(text: string, phrases: readonly string[]): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const raw of phrases) {
    const p = raw.trim();
    if (!p) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A replacement that starts a sentence starts with a capital ("As I said," → "To recap,"). */
export function sentenceCase(atSentenceStart: boolean, replacement: string): string {
  return atSentenceStart ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** A span to delete, taking the comma and space that follow it ("obviously, " rather than "obviously"). */
export function deletionSpan(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const m = /^,?[ \t]+/.exec(text.slice(span.end, span.end + 3));
  return { start: span.start, end: span.end + (m ? m[0].length : 0) };
}

/** The language to rewrite a sentence in: its own, or the reply's when it mixes both. */
export const sentenceLang = (ctx: RuleContext, s: Sentence): 'en' | 'id' => (s.lang === 'mixed' ? ctx.uiLang : s.lang);

/** When the message replied to was sent and when the reply is written, when both are known: its "tomorrow" is said again from today. */
export function asOf(ctx: RuleContext): AsOf | undefined {
  const sentAt = ctx.quotedSentAt;
  const now = ctx.options.now;
  if (sentAt === undefined || now === undefined) return undefined;
  return { sentAt, now, ...(ctx.options.timeZone ? { timeZone: ctx.options.timeZone } : {}) };
}

/** The messages others wrote in the thread (a conversation's, else the message replied to unless the writer wrote it). */
export function othersMessages(ctx: RuleContext): AnalyzedMessage[] {
  if (ctx.thread) return ctx.thread.messages.filter((m) => !m.message.byWriter).map((m) => m.analyzed);
  return ctx.quoted && !ctx.quotedByWriter ? [ctx.quoted] : [];
}

/** The draft's own words in its read zones (greeting, body, closing): each with its offsets and its sentence. */
export function* ownWords(ctx: RuleContext, pattern = /\p{L}[\p{L}'’]*/gu): Generator<{ word: string; start: number; end: number; sentence: Sentence }> {
  for (const s of ctx.draft.sentences) {
    for (const m of s.text.matchAll(pattern)) yield { word: m[0], start: s.start + m.index, end: s.start + m.index + m[0].length, sentence: s };
  }
}

/** `replacement` written in the case of `original`: "Makasih" → "Terima kasih", "GAK" → "TIDAK". */
export function inCaseOf(original: string, replacement: string): string {
  if (!replacement) return replacement;
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  if (original[0] !== original[0]!.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/**
 * How well Jelas is attached to a Gmail tab, measured in that tab (src/content/health.ts) and shown by
 * the popup and the toolbar badge. Nothing here holds email text, a subject or an address: only counts,
 * the kind of each compose, and which entry of our selectors table matched (its index, never the page's
 * markup). The diagnostic report is built from this alone, in the popup, and only copied by the user.
 */

/**
 * A function Jelas lost on a compose it found:
 * - `no-send`: the body is read and warnings show, but there is no Send button we know, so no check on Send;
 * - `no-quote`: a reply whose quoted message cannot be found, so unanswered questions are not checked;
 * - `no-body`: a compose with an editable region we do not recognise as its body, so nothing is checked.
 */
export type HealthReason = 'no-send' | 'no-quote' | 'no-body';

/** Every reason, in the order the popup lists them (the worst first). */
export const HEALTH_REASONS: readonly HealthReason[] = ['no-body', 'no-send', 'no-quote'];

export type ComposeKind = 'dialog' | 'inline' | 'fullscreen' | 'popout' | 'other';

/** Which alternative of a selector kind matched: its index in src/content/selectors.ts, or null for none. */
export type Matched = number | null;

export interface ComposeHealth {
  kind: ComposeKind;
  /** The body, the Send button, Send + archive (replies with that Gmail setting). */
  body: Matched;
  send: Matched;
  sendArchive: Matched;
  /** An inline reply or forward under a thread (these owe answers to a quoted message). */
  reply: boolean;
  /** Where the quoted message was found: in the body (`quote` selector) or in the thread (`messageBody`). */
  quote: { where: 'body' | 'thread'; matched: number } | null;
  reasons: HealthReason[];
}

export interface PageHealth {
  /** Gmail's UI language, from `<html lang>` (a language tag or 'unknown'). */
  gmailLanguage: string;
  /** `[role=main]` present (Jelas does not need it; reported for the maintainer). */
  main: boolean;
  /** Compose roots found, each with what Jelas found in it. */
  composes: ComposeHealth[];
  /** Thread messages on the page, and which selector found them. */
  threadMessages: { count: number; matched: Matched };
  /** The union of the composes' reasons, in HEALTH_REASONS order; empty = healthy. */
  reasons: HealthReason[];
}

/** The reasons of all composes, deduplicated, worst first. */
export function reasonsOf(composes: readonly ComposeHealth[]): HealthReason[] {
  const seen = new Set(composes.flatMap((c) => c.reasons));
  return HEALTH_REASONS.filter((r) => seen.has(r));
}

export function isDegraded(h: PageHealth | null | undefined): boolean {
  return !!h && h.reasons.length > 0;
}

/** A language tag as Gmail writes it in `<html lang>`; anything else is 'unknown' (never free text). */
export function languageTag(lang: string | null | undefined): string {
  const v = (lang ?? '').trim();
  return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,3}$/.test(v) ? v : 'unknown';
}

interface NavigatorLike {
  userAgent?: string;
  userAgentData?: { brands?: Array<{ brand: string; version: string }> };
}

/** "Chromium 156", "Google Chrome 140", "Firefox 153": the browser's brand and major version, nothing else. */
export function browserName(nav: NavigatorLike): string {
  const brands = (nav.userAgentData?.brands ?? []).filter((b) => !/not.?a.?brand/i.test(b.brand));
  // The most specific brand: a vendor's ("Google Chrome", "Microsoft Edge") over the engine's ("Chromium").
  const brand = brands.find((b) => b.brand !== 'Chromium') ?? brands[0];
  if (brand) return `${brand.brand} ${brand.version}`.replace(/[^\w .-]/g, '');
  const ua = nav.userAgent ?? '';
  for (const [name, re] of [
    ['Firefox', /Firefox\/(\d+)/],
    ['Edge', /Edg\/(\d+)/],
    ['Chrome', /Chrome\/(\d+)/],
    ['Safari', /Version\/(\d+).*Safari/],
  ] as const) {
    const m = re.exec(ua);
    if (m) return `${name} ${m[1]}`;
  }
  return 'unknown';
}

const SELECTOR_KINDS = ['body', 'send', 'sendArchive'] as const;

/** `#0` for the primary alternative, `#2` for the third, `none` when nothing matched. */
function matchedLabel(m: unknown): string {
  return typeof m === 'number' && Number.isInteger(m) && m >= 0 ? `#${m}` : 'none';
}

const KINDS: readonly ComposeKind[] = ['dialog', 'inline', 'fullscreen', 'popout', 'other'];
/** Only known words and whole numbers reach the report, whatever a (buggy or foreign) sender put in `health`. */
const known = <T extends string>(v: unknown, list: readonly T[], fallback: T): T => (list.includes(v as T) ? (v as T) : fallback);
const count = (n: unknown): number => (typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0);
const reasonList = (r: unknown): HealthReason[] => (Array.isArray(r) ? HEALTH_REASONS.filter((x) => r.includes(x)) : []);

/**
 * The report the user copies into a bug report: plain text, one fact a line, readable by a person and
 * by the maintainer's tools alike. Made only of the extension's version, the browser's name and version,
 * and `health` (counts, kinds, selector indexes): no text of the draft or the thread, no subject, no address.
 */
export function diagnosticReport(health: PageHealth, env: { version: string; browser: string }): string {
  const composes = Array.isArray(health.composes) ? health.composes : [];
  const reasons = reasonList(health.reasons);
  const lines = [
    'Jelas diagnostic report',
    `version: ${/^[\w.+-]{1,32}$/.test(env.version) ? env.version : 'unknown'}`,
    `browser: ${env.browser.replace(/[^\w .-]/g, '').slice(0, 40) || 'unknown'}`,
    `gmail language: ${languageTag(health.gmailLanguage)}`,
    `state: ${reasons.length ? `degraded (${reasons.join(', ')})` : 'healthy'}`,
    `composes: ${composes.length} (with body: ${composes.filter((c) => matchedLabel(c.body) !== 'none').length}, with send: ${composes.filter((c) => matchedLabel(c.send) !== 'none').length}, replies: ${composes.filter((c) => c.reply === true).length})`,
    `thread messages: ${count(health.threadMessages?.count)} (selector ${matchedLabel(health.threadMessages?.matched)})`,
    `role=main: ${health.main === true ? 'yes' : 'no'}`,
  ];
  composes.forEach((c, i) => {
    const picks = SELECTOR_KINDS.map((k) => `${k} ${matchedLabel(c[k])}`);
    const where = c.quote ? known(c.quote.where, ['body', 'thread'] as const, 'body') : null;
    const quote = c.reply !== true ? 'quote n/a' : where ? `quote ${where === 'body' ? 'quote' : 'messageBody'} ${matchedLabel(c.quote?.matched)}` : 'quote none';
    const lost = reasonList(c.reasons);
    lines.push(`compose ${i + 1}: ${known(c.kind, KINDS, 'other')}; ${[...picks, quote].join('; ')}${lost.length ? `; lost: ${lost.join(', ')}` : ''}`);
  });
  lines.push('(#n: the alternative of that kind in src/content/selectors.ts that matched, #0 the primary)');
  return lines.join('\n');
}

/**
 * Messages between the extension's parts. Every message is a plain object with a `type`;
 * replies are plain objects too. Text of an email only ever travels between the Gmail tab
 * and the extension's own pages: never to a server.
 */
import type { Finding } from '../engine/types';
import type { PageHealth } from './health';
import type { ThreadItem } from './thread-items';

/** One compose as the popup sees it. */
export interface ComposeChecklist {
  /** Stable for the life of the compose in its tab. */
  composeId: string;
  /** Subject or "New message", for the header. */
  title: string;
  /** The draft text (without quote and signature), for showing the sentence a finding is about. */
  draftText: string;
  /** Current findings, ignored ones left out. */
  findings: Finding[];
  /**
   * The findings about the thread's open items (questions others asked, the writer's promises), with who asked
   * and when, by finding key; absent from content scripts older than the thread reading.
   */
  thread?: ThreadItem[];
}

/** popup → content script (tabs.sendMessage to the Gmail tab). */
export type ToContent =
  | { type: 'jelas:get-checklist' }
  | { type: 'jelas:apply'; composeId: string; findingKey: string; suggestionIndex: number }
  | { type: 'jelas:ignore'; composeId: string; findingKey: string };

/**
 * Replies of the content script. `checklist` is null when the tab has no compose open; `health` is what the
 * tab found (no text), absent from content scripts older than the health report.
 */
export type ChecklistReply = { checklist: ComposeChecklist | null; focusedAt: number; health?: PageHealth };
export type ApplyReply = { ok: boolean; checklist: ComposeChecklist | null };

/**
 * content script → background (runtime.sendMessage). `count` is the things to check in the tab;
 * `degraded` is true when Jelas lost a function there (src/shared/health.ts): the badge then says "!".
 */
export type ToBackground = { type: 'jelas:count'; count: number; degraded?: boolean } | { type: 'jelas:open-options' };

export function isToContent(m: unknown): m is ToContent {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string' && (m as { type: string }).type.startsWith('jelas:');
}

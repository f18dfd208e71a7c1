/**
 * One controller per compose: reads the draft (debounced after typing), runs the engine (one Analyzer
 * per compose, so only changed sentences are parsed again), drops ignored findings, and keeps the
 * underlines, badge and list of that compose up to date.
 */
import { Analyzer, findingKey } from '../engine/index';
import type { Conversation } from '../engine/conversation';
import { conversationKey } from '../engine/thread';
import type { Finding, Report } from '../engine/types';
import type { ComposeChecklist } from '../shared/messages';
import { threadItemsOf, type ThreadItem } from '../shared/thread-items';
import { toAnalyzeOptions, type Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { placeCaret, replaceText } from './apply';
import type { Compose } from './discover';
import type { Mark } from './highlights';
import { accountAddress, select } from './selectors';
import { readDraft, readQuoted, type TextMap } from './text-map';
import { readConversation } from './thread-reader';
import { readComposeContext, watchComposeContext } from './compose-context';

/** What a controller needs from the page-wide parts. */
export interface Shared {
  settings(): Settings;
  /** This compose's findings changed. */
  changed(c: ComposeController): void;
  underline(composeId: string, marks: Mark[]): void;
  /** Analysed again with the same findings (nothing redrawn): what else the list shows may still depend on the draft. */
  unchanged?(c: ComposeController): void;
  /** Persist an ignored finding for this draft. */
  persistIgnore(draftKey: string, key: string): void;
}

export const DEBOUNCE_MS = 250;
/** How long after the page's structure changed the thread is read again (at most one read in that time). */
export const THREAD_THROTTLE_MS = 150;

let zone: string | undefined | null = null;
/**
 * The viewer's time zone, in which Gmail writes its dates and the user means "tomorrow" and "1 PM". Read once:
 * building an Intl.DateTimeFormat on every keystroke's analysis costs more than the answer changes.
 */
export function viewerTimeZone(): string | undefined {
  if (zone === null) {
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      zone = undefined;
    }
  }
  return zone;
}

/** The line or paragraph (a direct child of the body, or the body itself) that holds `node`. */
function blockOf(node: Node, body: HTMLElement): Node {
  let n: Node = node;
  while (n.parentNode && n.parentNode !== body) n = n.parentNode;
  return n.parentNode === body ? n : body;
}

export class ComposeController {
  readonly analyzer = new Analyzer();
  map: TextMap | null = null;
  report: Report | null = null;
  findings: Finding[] = [];
  /** When the user last focused or typed in this compose (for the popup's "current compose"). */
  lastUsed = 0;
  /** The body changed since the last analysis, so `map` offsets may be stale. */
  dirty = true;
  /** The last analysis failed (a bug of ours): nothing is flagged, the badge says so. */
  broken = false;
  private readonly ignored = new Set<string>();
  private timer = 0;
  private ranges: Range[] = [];
  /** While typing: the block being edited, and the underlines still shown (those outside it). */
  private editing: Node | null = null;
  private kept = new Set<Range>();
  private signature = '';
  /** The thread above this reply, read at discovery and again only when the page's structure changed. */
  private conversation: Conversation | null = null;
  private conversationKey = '';
  private threadTimer = 0;
  /** The recipients and attachments the last analysis read (compose-context.ts). */
  private contextKey = '';
  /** How many files the last analysis saw attached (chips and Drive links): a file can deliver a promise. */
  attachments = 0;

  constructor(
    readonly compose: Compose,
    private readonly shared: Shared,
  ) {
    compose.signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      clearTimeout(this.threadTimer);
    });
    this.readThread();
    const touch = () => (this.lastUsed = Date.now());
    compose.body.addEventListener('focus', touch, { signal: compose.signal });
    compose.body.addEventListener('input', () => this.touched(), { signal: compose.signal });
    if (compose.body.ownerDocument.activeElement === compose.body) touch();
    // a recipient or a file added or removed: check again (an attachment chip can clear a warning)
    watchComposeContext(compose.root, compose.body, compose.signal, () => {
      if (this.map && this.readContext().key !== this.contextKey) this.analyzeNow();
    });
  }

  private readContext() {
    return readComposeContext(this.compose.root, this.compose.body, accountAddress(this.compose.root.ownerDocument));
  }

  get id(): string {
    return this.compose.id;
  }

  /** The body changed: analyse again once typing pauses. */
  touched(): void {
    // Underlines in the block being edited step aside until the next pause (their offsets would drift);
    // the others stay where they are. Checked again only when the edit moves to another block.
    const focus = this.compose.body.ownerDocument.getSelection()?.focusNode ?? null;
    const block = focus ? blockOf(focus, this.compose.body) : this.compose.body;
    if (this.ranges.length && (!this.dirty || block !== this.editing)) {
      const keep = this.findings.flatMap((f, i) => {
        const r = this.ranges[i];
        const untouched = r && !block.contains(r.startContainer) && !block.contains(r.endContainer);
        return untouched && (!this.dirty || this.kept.has(r)) ? [{ range: r, severity: f.severity }] : [];
      });
      this.kept = new Set(keep.map((m) => m.range));
      this.shared.underline(this.id, keep);
      this.signature = '';
    }
    this.editing = block;
    this.dirty = true;
    this.lastUsed = Date.now();
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.analyzeNow(), DEBOUNCE_MS);
  }

  /**
   * Something in the page was added or removed (a message arrived, was expanded, or the reply moved): read the
   * thread again shortly, and analyse again if it changed. Typing never re-reads it.
   */
  threadMaybeChanged(): void {
    // at most one read per THREAD_THROTTLE_MS, however often the page changes (a busy page mutates all the time)
    if (this.threadTimer) return;
    this.threadTimer = window.setTimeout(() => {
      this.threadTimer = 0;
      if (this.compose.signal.aborted) return;
      if (this.readThread() && this.map) this.analyzeNow();
    }, THREAD_THROTTLE_MS);
  }

  /** Reads the thread; keeps the same object while it reads the same (the engine's reading of it stays cached). True when it changed. */
  private readThread(): boolean {
    let next: Conversation | null = null;
    try {
      const { root, body } = this.compose;
      next = readConversation(root, body, accountAddress(root.ownerDocument), viewerTimeZone());
    } catch (e) {
      console.warn('[jelas] could not read the thread', e);
    }
    const key = next ? conversationKey(next) : '';
    if (key === this.conversationKey) return false;
    this.conversation = next;
    this.conversationKey = key;
    return true;
  }

  /** Analyses now (also used before Send and Apply, so they never act on stale findings). Never throws. */
  analyzeNow(): void {
    clearTimeout(this.timer);
    try {
      this.analyzeOrThrow();
      this.broken = false;
    } catch (e) {
      // No findings means nothing blocks Send; the badge shows that checking stopped instead of going quiet.
      if (!this.broken) console.warn('[jelas] could not check this draft', e);
      this.broken = true;
      this.findings = [];
      this.ranges = [];
      this.signature = '';
      this.dirty = false;
      this.shared.underline(this.id, []);
      this.shared.changed(this);
    }
  }

  private analyzeOrThrow(): void {
    const { body, root } = this.compose;
    const map = readDraft(body);
    const settings = this.shared.settings();
    const conversation = this.conversation;
    // with the thread, only a quote expanded in the body is passed: the engine picks the message replied to
    const quoted = readQuoted(root, body, { thread: !conversation });
    const address = accountAddress(root.ownerDocument);
    const timeZone = viewerTimeZone();
    const context = this.readContext();
    const report = this.analyzer.analyze(map.text, quoted, {
      ...toAnalyzeOptions(settings),
      ...(address ? { writer: { address } } : {}),
      ...(conversation ? { conversation } : {}),
      now: Date.now(),
      ...(timeZone ? { timeZone } : {}),
      ...(context.recipients.length ? { recipients: context.recipients } : {}),
      attachments: context.attachments,
      ...(context.internal !== undefined ? { internal: context.internal } : {}),
    });
    this.contextKey = context.key;
    this.attachments = context.attachments;
    const ignored = new Set([...this.ignored, ...(settings.ignored[this.draftKey()] ?? [])]);
    this.map = map;
    this.report = report;
    this.findings = report.findings.filter((f) => !ignored.has(findingKey(f)));
    this.dirty = false;
    // Same findings at the same places: the live ranges already followed the edit, nothing to redraw.
    const signature = this.findings.map((f) => `${f.rule}\u0000${f.start}\u0000${f.end}\u0000${f.severity}\u0000${f.message}`).join('\u0001');
    if (signature === this.signature && this.rangesStillHold(map)) {
      this.shared.unchanged?.(this);
      return;
    }
    this.signature = signature;
    this.ranges = this.findings.map((f) => (f.anchored === false ? null : map.range(f.start, f.end))) as Range[];
    this.shared.underline(
      this.id,
      this.findings.flatMap((f, i) => (this.ranges[i] ? [{ range: this.ranges[i]!, severity: f.severity }] : [])),
    );
    this.shared.changed(this);
  }

  /** The live ranges of the last drawing still cover the same text (Gmail may have replaced the nodes). */
  private rangesStillHold(map: TextMap): boolean {
    if (this.ranges.length !== this.findings.length) return false;
    const squash = (t: string) => t.replace(/\s+/g, '');
    return this.findings.every((f, i) => {
      const r = this.ranges[i];
      return !r ? f.anchored === false : squash(r.toString()) === squash(map.text.slice(f.start, f.end));
    });
  }

  /** Forces the next analysis to redraw (settings changed: messages or titles may differ). */
  invalidate(): void {
    this.signature = '';
  }

  /** Analyses only when something changed since the last time. */
  fresh(): void {
    if (this.dirty || !this.map || this.readContext().key !== this.contextKey) this.analyzeNow();
  }

  rangeOf(f: Finding): Range | null {
    const i = this.findings.indexOf(f);
    return i >= 0 ? (this.ranges[i] ?? null) : null;
  }

  byKey(key: string): Finding | undefined {
    return this.findings.find((f) => findingKey(f) === key);
  }

  /** The anchored finding covering a text offset (ends inclusive, so a caret just after a word counts). */
  findingAt(offset: number): Finding | undefined {
    return this.findings.find((f) => f.anchored !== false && f.start <= offset && offset <= f.end && f.end > f.start);
  }

  /** Other anchored findings on the same words as `f` (the card leads from one to the other). */
  overlapping(f: Finding): Finding[] {
    return this.findings.filter((g) => g !== f && g.anchored !== false && g.start < f.end && f.start < g.end);
  }

  draftKey(): string {
    const v = (select('draftId', this.compose.root) as HTMLInputElement | null)?.value;
    return v || this.id;
  }

  title(): string {
    const subject = (select('subject', this.compose.root) as HTMLInputElement | null)?.value.trim();
    return subject || t('content_new_message');
  }

  /** Applies suggestion `index` of the finding with `key`. False when it no longer applies. */
  apply(key: string, index: number): boolean {
    this.fresh();
    const f = this.byKey(key);
    const s = f?.suggestions[index];
    if (!f || !s || !this.map) return false;
    const { start, end, text } = s.replacement;
    if (!replaceText(this.compose.body, this.map, start, end, text)) return false;
    this.analyzeNow();
    return true;
  }

  ignore(key: string): void {
    this.ignored.add(key);
    this.shared.persistIgnore(this.draftKey(), key);
    this.analyzeNow();
  }

  /** Puts the caret at the start of a finding. */
  reveal(f: Finding): void {
    if (!this.map || f.anchored === false) return;
    placeCaret(this.compose.body, this.map, f.start);
  }

  /** The findings about the thread's open items, with who asked and when (see src/shared/thread-items.ts). */
  threadItems(): ThreadItem[] {
    return this.report ? threadItemsOf(this.findings, this.report.signals, this.conversation) : [];
  }

  checklist(): ComposeChecklist {
    this.fresh();
    const thread = this.threadItems();
    return { composeId: this.id, title: this.title(), draftText: this.map?.text ?? '', findings: this.findings, ...(thread.length ? { thread } : {}) };
  }
}

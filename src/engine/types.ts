/**
 * The engine's public data model. Pure data: no DOM, no browser APIs.
 * Offsets are UTF-16 code-unit indices into the string they were computed on
 * (the draft, unless said otherwise), `end` exclusive.
 */

import type { Conversation, Person } from './conversation';
import type { ThreadReading } from './thread';
import type { OpenPromiseReading } from './promises';

export type Lang = 'en' | 'id' | 'mixed';
export type LangSetting = 'auto' | 'en' | 'id';
export type Severity = 'info' | 'warning' | 'error';
export type Sensitivity = 'relaxed' | 'normal' | 'strict';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface TimeSpan extends Span {
  /** true for "tomorrow", "ASAP", "secepatnya"; false for "Friday 3 PM", "besok jam 13.00". */
  vague: boolean;
}

/** A zone of a message, as found by `segmentMessage`. */
export type ZoneKind = 'greeting' | 'body' | 'closing' | 'signature' | 'quoted';

export interface Zone {
  kind: ZoneKind;
  start: number;
  end: number;
}

/** One sentence of the draft or of the quoted message, with everything the engine found in it. */
export interface Sentence extends Span {
  /** The zone the sentence is in (greeting, body or closing; signatures and quotes are not read). */
  zone: ZoneKind;
  lang: Lang;
  /** "please send …", "could you …", "tolong …", "mohon …". */
  isRequest: boolean;
  /** "I'll …", "we will …", "saya akan …". */
  isCommitment: boolean;
  /** Direct or indirect question. */
  isQuestion: boolean;
  /** For questions: the kind of answer expected. */
  questionKind?: QuestionKind;
  /** Time expressions inside the sentence, offsets relative to the whole text. */
  times: TimeSpan[];
  /** Politeness of this sentence in [-1, 1]. */
  politeness: number;
  /** Politeness strategies found ("gratitude", "hedge", "direct-imperative", …). */
  strategies: string[];
  /** Content words (lower-cased, stemmed lightly) used for topic overlap. */
  keywords: string[];
}

export type QuestionKind = 'when' | 'how-many' | 'yes-no' | 'which' | 'open';

export interface Replacement {
  start: number;
  end: number;
  text: string;
}

export interface Suggestion {
  /** What the user sees on the button or in the list, e.g. the rewritten sentence. */
  text: string;
  /** The edit that applies it, offsets into the draft. */
  replacement: Replacement;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** Offsets into the draft; a finding with no place in the draft (an unanswered quoted question) has start === end === 0 and `anchored: false`. */
  start: number;
  end: number;
  text: string;
  message: string;
  suggestions: Suggestion[];
  anchored?: boolean;
  /**
   * How sure the rule is, in [0, 1], from its evidence (an explicit "could you send" is strong, a long
   * sentence with a trailing condition weak). The sensitivity setting hides findings below its threshold;
   * a finding without one counts as sure.
   */
  confidence?: number;
}

export interface QuotedQuestion {
  text: string;
  answered: boolean;
  /** Who asked it and when, when the thread says (a conversation, or the quote's "On …, NAME wrote:"). */
  author?: Person;
  askedAt?: number;
}

/** A promise the writer made earlier in the thread that the draft neither delivers nor updates. */
export interface OpenPromise {
  /** The promise as the writer wrote it. */
  text: string;
  /** When it was made (the message's sent time), when known. */
  madeAt?: number;
  /** When it falls due, resolved against the message it was made in, when it names a time. */
  due?: number;
  /** Its due time has passed (against `now`). */
  overdue: boolean;
}

export interface Signals {
  requests: Span[];
  commitments: Span[];
  questions: Span[];
  times: TimeSpan[];
  quotedQuestions: QuotedQuestion[];
  /** The writer's earlier promises in the thread still open (empty with no conversation). */
  openPromises: OpenPromise[];
  politeness: number;
}

export interface Report {
  language: Lang;
  findings: Finding[];
  signals: Signals;
}

/** Options that change what the engine reports; all have defaults (see `defaultOptions`). */
export interface AnalyzeOptions {
  lang: LangSetting;
  sensitivity: Sensitivity;
  /** Time used in suggested rewrites, "HH:MM" 24-hour, e.g. "13:00". */
  defaultTime: string;
  /** Rule ids switched on/off; a rule missing here uses its own default. */
  rules: Record<string, boolean>;
  /** Extra phrases to treat as vague times. */
  extraVague: string[];
  /** Phrases never to flag (findings whose text contains one are dropped). */
  neverFlag: string[];
  /** Phrases always flagged as terse. */
  alwaysTerse: string[];
  /** Who is writing (the Gmail account; the CLI's --from): their own questions quoted back are not theirs to answer. */
  writer?: { name?: string; address?: string };
  /** The thread before the draft, when the caller knows it (Gmail's open thread, the CLI's --thread). */
  conversation?: Conversation;
  /** When the draft is being written, in milliseconds since the epoch (default: the clock). Days in rewrites are named from it. */
  now?: number;
  /** The writer's time zone, an IANA name or a UTC offset ("+07:00") (default: the runtime's), in which "tomorrow" and "1 PM" are meant. */
  timeZone?: string;
  /** The draft's recipients (To and Cc), names and addresses, when the caller knows them (Gmail's chips, the CLI's --to). */
  recipients?: Person[];
  /**
   * Files attached to the draft: attachment chips and Drive links in the compose (the CLI's --attachments). Undefined
   * when unknown: then nothing is said about a missing attachment.
   */
  attachments?: number;
  /** Every recipient shares the writer's domain: a colleague, who reads a bare "ok" differently than a client. */
  internal?: boolean;
}

/** A message analysed: zones, sentences and language. */
export interface AnalyzedMessage {
  text: string;
  zones: Zone[];
  /** Sentences of the non-quoted, non-signature part (greeting, body, closing). */
  sentences: Sentence[];
  /** Text of the quoted zone, if the message carries one inline. */
  quotedText: string;
  language: Lang;
  /** Word evidence for each language over the whole message (decides a "mixed" message's main language). */
  evidence: { en: number; id: number };
  /**
   * Bulk mail or a pasted article (unsubscribe footers, many links, a length no one writes to one reader): not a
   * person's asks. Read on the writer's own text, footers included; for the message replied to, on all of it.
   */
  bulk: boolean;
}

/** What a rule receives. */
export interface RuleContext {
  draft: AnalyzedMessage;
  /** The message being replied to (explicit `quoted`, else the draft's own quoted zone), if any. */
  quoted: AnalyzedMessage | null;
  options: AnalyzeOptions;
  /** Language messages and suggestions should use: the draft's, else the quoted message's, else 'en'. */
  uiLang: 'en' | 'id';
  /** The message being replied to was written by the writer (its attribution names them). */
  quotedByWriter: boolean;
  /**
   * The questions the draft owes an answer to, and whether it answers each (computed once per analysis): those of
   * the message replied to, or, with a conversation, those others asked since the writer last wrote that no later
   * message answered, with who asked and when.
   */
  answers: Array<{ question: Sentence; answered: boolean; author?: Person; askedAt?: number; recipients?: number }>;
  /** The conversation, read, when the caller gave one. */
  thread: ThreadReading | null;
  /** The writer's earlier promises still open (from the thread, or their own quoted message). */
  promises: OpenPromiseReading[];
  /** When the message replied to was sent, when the thread says. */
  quotedSentAt?: number;
}

export interface RuleExample {
  /** The draft. */
  text: string;
  /** The message it replies to, if any. */
  quoted?: string;
  /** Who writes the draft, when the example needs it (their own message quoted back). */
  writer?: Person;
  /** When the draft is written, ISO 8601 with its offset, when the example needs it (its zone is the offset's). */
  now?: string;
  /** Who the draft is addressed to, when the example needs it. */
  recipients?: Person[];
  /** How many files the compose holds, when the example needs it. */
  attachments?: number;
  /** Every recipient shares the writer's domain. */
  internal?: boolean;
}

export interface Rule {
  id: string;
  title: { en: string; id: string };
  description: { en: string; id: string };
  defaultOn: boolean;
  severity: Severity;
  languages: Array<'en' | 'id'>;
  examples: { pass: RuleExample[]; fail: RuleExample[] };
  check(ctx: RuleContext): Finding[];
}

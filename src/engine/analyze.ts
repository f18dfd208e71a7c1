/**
 * Runs the engine over a draft (and the message it replies to): segments both, reads each sentence in its
 * language, runs the enabled rules, and assembles the report.
 *
 * Incremental by construction: a sentence's reading (language, signals, times, keywords) depends only on
 * its own text, so it is cached by text. After a keystroke only the sentence that changed is parsed again;
 * the rest is string slicing and offset arithmetic.
 */
import { englishSignals } from './en/signals';
import { indonesianSignals } from './id/signals';
import { keywords } from './keywords';
import { langOfScores, langOfSentence, langScores, type LangScores } from './lang';
import { readQuoted, segmentMessage, type QuotedAuthor } from './segment';
import { splitSentences } from './sentences';
import { noSignals, type SentenceSignals } from './signals';
import { findTimes } from './time';
import { answeredQuestions } from './answers';
import { isBulkMail } from './prose';
import { samePerson } from './conversation';
import { conversationKey, readThread, type ThreadReading } from './thread';
import { openPromises } from './promises';
import { nameDays } from './rewrite';
import { rules } from '../rules/index';
import type {
  AnalyzeOptions,
  AnalyzedMessage,
  Finding,
  Lang,
  LangSetting,
  Report,
  RuleContext,
  Sentence,
  TimeSpan,
} from './types';

export const defaultOptions: AnalyzeOptions = {
  lang: 'auto',
  sensitivity: 'normal',
  defaultTime: '13:00',
  rules: {},
  extraVague: [],
  neverFlag: [],
  alwaysTerse: [],
};

interface Reading {
  lang: Lang;
  /** Word evidence for each language, summed over a message to give its language. */
  scores: LangScores;
  signals: SentenceSignals;
  /** Offsets relative to the sentence. */
  times: TimeSpan[];
  keywords: string[];
}

/** Longest text read sentence by sentence; beyond it a "sentence" is read as plain text, never parsed. */
const MAX_SENTENCE = 2_000;
const CACHE_LIMIT = 5_000;
/**
 * How much of the message being replied to is read. Its questions and requests are near the top (a reply
 * quotes the whole thread below the newest message); reading a 3,000-word thread in full would cost
 * typing time for nothing.
 */
const QUOTED_LIMIT = 8_000;

function mergeSignals(a: SentenceSignals, b: SentenceSignals): SentenceSignals {
  return {
    isRequest: a.isRequest || b.isRequest,
    isCommitment: a.isCommitment || b.isCommitment,
    isQuestion: a.isQuestion || b.isQuestion,
    questionKind: a.questionKind ?? b.questionKind,
    politeness: Math.max(-1, Math.min(1, (a.politeness + b.politeness) / 2)),
    strategies: [...new Set([...a.strategies, ...b.strategies])],
  };
}

function readSignals(text: string, lang: Lang): SentenceSignals {
  if (lang === 'en') return englishSignals(text);
  if (lang === 'id') return indonesianSignals(text);
  return mergeSignals(englishSignals(text), indonesianSignals(text));
}

/**
 * The settings a reading depends on, as one string; a cache key is this followed by the text. JSON, so no
 * phrase or text can make two different (settings, text) pairs collide: with plain separators, a phrase
 * holding the separator could (the JSON ends at its closing bracket, and the text follows it).
 */
const settingsKey = (lang: LangSetting, extraVague: readonly string[]): string => JSON.stringify([lang, extraVague]);

export class Analyzer {
  private cache = new Map<string, Reading>();
  /** How many sentences were actually parsed (cache misses): what incremental analysis saves. */
  parses = 0;
  /** The message being replied to rarely changes while the draft does: its reading is kept. */
  private lastQuoted: { key: string; msg: AnalyzedMessage } | null = null;
  /** So is the thread above the reply. */
  private lastThread: { key: string; reading: ThreadReading } | null = null;

  /** `settings` is settingsKey(lang, extraVague), worked out once per message. */
  private read(text: string, lang: LangSetting, extraVague: readonly string[], settings: string): Reading {
    const key = settings + text;
    const hit = this.cache.get(key);
    if (hit) return hit;
    this.parses++;
    const long = text.length > MAX_SENTENCE;
    // word evidence is counted once: it gives the sentence's language and feeds the message's
    const scores = langScores(long ? text.slice(0, MAX_SENTENCE) : text);
    const sentenceLang: Lang = lang === 'auto' ? langOfSentence(scores) : lang;
    const reading: Reading = long
      ? { lang: sentenceLang, scores: { en: 0, id: 0 }, signals: noSignals, times: [], keywords: [] }
      : {
          lang: sentenceLang,
          scores,
          signals: readSignals(text, sentenceLang),
          times: findTimes(text, extraVague),
          keywords: keywords(text),
        };
    this.cache.set(key, reading);
    // first in, first out: a sentence evicted while still in the draft is simply parsed again
    if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    return reading;
  }

  /** Segments and reads one message. */
  message(text: string, options: AnalyzeOptions): AnalyzedMessage {
    const zones = segmentMessage(text);
    const settings = settingsKey(options.lang, options.extraVague);
    const sentences: Sentence[] = [];
    const scores: LangScores[] = [];
    let quotedText = '';
    for (const zone of zones) {
      if (zone.kind === 'quoted') {
        quotedText += text.slice(zone.start, zone.end);
        continue;
      }
      if (zone.kind === 'signature') continue;
      for (const raw of splitSentences(text, zone.start, zone.end)) {
        const r = this.read(raw.text, options.lang, options.extraVague, settings);
        scores.push(r.scores);
        const sentence: Sentence = {
          start: raw.start,
          end: raw.end,
          text: raw.text,
          zone: zone.kind,
          lang: r.lang,
          isRequest: r.signals.isRequest,
          isCommitment: r.signals.isCommitment,
          isQuestion: r.signals.isQuestion,
          politeness: r.signals.politeness,
          strategies: r.signals.strategies,
          times: r.times.length ? r.times.map((t) => ({ start: t.start + raw.start, end: t.end + raw.start, text: t.text, vague: t.vague })) : [],
          keywords: r.keywords,
        };
        if (r.signals.questionKind) sentence.questionKind = r.signals.questionKind;
        sentences.push(sentence);
      }
    }
    const language: Lang = options.lang === 'auto' ? langOfScores(scores) : options.lang;
    const evidence = { en: 0, id: 0 };
    for (const sc of scores) {
      evidence.en += sc.en;
      evidence.id += sc.id;
    }
    // the writer's own text, footers included: everything before the quoted part (zones are in order)
    const own = zones.find((z) => z.kind === 'quoted')?.start ?? text.length;
    return { text, zones, sentences, quotedText, language, evidence, bulk: isBulkMail(text.slice(0, own)) };
  }

  private quotedMessage(text: string, options: AnalyzeOptions): AnalyzedMessage {
    const key = settingsKey(options.lang, options.extraVague) + text;
    // a quote is bulk when any of it is, older messages quoted inside it included
    if (this.lastQuoted?.key !== key) this.lastQuoted = { key, msg: { ...this.message(text, options), bulk: isBulkMail(text) } };
    return this.lastQuoted.msg;
  }

  private thread(options: AnalyzeOptions): ThreadReading | null {
    const c = options.conversation;
    if (!c || c.messages.length === 0) return null;
    const key = settingsKey(options.lang, options.extraVague) + conversationKey(c);
    if (this.lastThread?.key !== key) {
      this.lastThread = { key, reading: readThread(c, (text) => ({ ...this.message(text.slice(0, QUOTED_LIMIT), options), bulk: isBulkMail(text) })) };
    }
    return this.lastThread.reading;
  }

  analyze(draft: string, quoted?: string | null, partial?: Partial<AnalyzeOptions>): Report {
    const options: AnalyzeOptions = { ...defaultOptions, ...partial };
    const draftMsg = this.message(draft, options);
    const thread = this.thread(options);
    // the message being replied to: the one given, else the draft's own quote, else the thread's last message by
    // someone else; a forward is none
    const lastOther = thread && [...thread.messages].reverse().find((m) => !m.message.byWriter);
    const source = quoted ?? (draftMsg.quotedText.trim() || !lastOther ? draftMsg.quotedText : lastOther.message.text);
    const read = source.trim() ? readQuoted(source) : null;
    const quotedSource = read && !read.forward ? read.text.slice(0, QUOTED_LIMIT) : '';
    const quotedMsg = quotedSource.trim() ? this.quotedMessage(quotedSource, options) : null;
    const ctx: RuleContext = {
      draft: draftMsg,
      quoted: quotedMsg,
      options,
      uiLang: replyLang(draftMsg, quotedMsg, options.lang),
      // with a thread, only others' questions are owed, whoever wrote the quote
      quotedByWriter: !thread && !!read?.author && samePerson(read.author, options.writer),
      answers: thread
        ? threadAnswers(thread, draftMsg)
        : quotedMsg
          ? answeredQuestions(quotedMsg, draftMsg).map((a) => (read?.author ? { ...a, author: read.author } : a))
          : [],
      thread,
      promises: [],
      ...(lastOther?.message.sentAt !== undefined ? { quotedSentAt: lastOther.message.sentAt } : {}),
    };
    ctx.promises = openPromises(ctx);

    const findings: Finding[] = [];
    for (const rule of rules) {
      if (!(options.rules[rule.id] ?? rule.defaultOn)) continue;
      for (const f of rule.check(ctx)) findings.push(f);
    }
    const never = options.neverFlag.map((p) => p.trim().toLowerCase()).filter(Boolean);
    const kept = findings
      .filter((f) => !never.some((p) => f.text.toLowerCase().includes(p)))
      .filter((f) => options.sensitivity !== 'relaxed' || f.severity !== 'info')
      .filter((f) => (f.confidence ?? 1) >= CONFIDENCE_THRESHOLD[options.sensitivity])
      .sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule))
      .map((f) => (options.now === undefined ? f : withDaysNamed(f, options)));

    const spans = (pick: (s: Sentence) => boolean) =>
      draftMsg.sentences.filter(pick).map(({ start, end, text }) => ({ start, end, text }));
    const own = draftMsg.sentences;
    return {
      language: draftMsg.language,
      findings: kept,
      signals: {
        requests: spans((s) => s.isRequest),
        commitments: spans((s) => s.isCommitment),
        questions: spans((s) => s.isQuestion),
        times: own.flatMap((s) => s.times),
        quotedQuestions: ctx.answers.map(({ question, answered: a, author, askedAt }) => ({
          text: question.text,
          answered: a,
          ...(author ? { author } : {}),
          ...(askedAt !== undefined ? { askedAt } : {}),
        })),
        openPromises: ctx.promises.map((p) => ({
          text: p.sentence.text.trim(),
          ...(p.madeAt !== undefined ? { madeAt: p.madeAt } : {}),
          ...(p.due !== undefined ? { due: p.due } : {}),
          overdue: p.overdue,
        })),
        politeness: own.length ? round(own.reduce((n, s) => n + s.politeness, 0) / own.length) : 0,
      },
    };
  }
}

/**
 * The least confidence a finding needs to be shown, per sensitivity, chosen on the judged real-mail sets
 * (README, Accuracy, "What each sensitivity costs"): below 0.6 most findings were judged debatable or false.
 */
export const CONFIDENCE_THRESHOLD: Record<AnalyzeOptions['sensitivity'], number> = { relaxed: 0.75, normal: 0.6, strict: 0.3 };

/** The thread's owed questions, each with whether the draft answers it (read among its own message's questions). */
function threadAnswers(thread: ThreadReading, draft: AnalyzedMessage): RuleContext['answers'] {
  const byMessage = new Map<AnalyzedMessage, ReturnType<typeof answeredQuestions>>();
  return thread.owed.map(({ question, from, author, askedAt, recipients }) => {
    if (!byMessage.has(from)) byMessage.set(from, answeredQuestions(from, draft));
    const answered = byMessage.get(from)!.find((a) => a.question === question)?.answered ?? false;
    return { question, answered, author, ...(askedAt !== undefined ? { askedAt } : {}), ...(recipients !== undefined ? { recipients } : {}) };
  });
}

/** A finding whose rewrites name the days they speak of ("tomorrow (Wed 4 Mar) by 1 PM"), from the moment of writing. */
function withDaysNamed(f: Finding, options: AnalyzeOptions): Finding {
  const ref = { now: options.now!, ...(options.timeZone ? { timeZone: options.timeZone } : {}) };
  const named = (text: string) => nameDays(text, options.defaultTime, ref);
  return { ...f, suggestions: f.suggestions.map((s) => ({ text: named(s.text), replacement: { ...s.replacement, text: named(s.replacement.text) } })) };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The language to answer in: the draft's, unless the draft is too short to tell ("oke", "ok"), in which
 * case the language of the message being replied to.
 */
function replyLang(draft: AnalyzedMessage, quoted: AnalyzedMessage | null, setting: LangSetting): 'en' | 'id' {
  if (setting !== 'auto') return setting;
  const msg = quoted && fewerWords(draft, 3) ? quoted : draft;
  if (msg.language !== 'mixed') return msg.language;
  // Code-mixed text ("Tolong cek anggarannya ASAP") is usually Indonesian grammar with English words:
  // the language with more evidence wins, and a tie goes to Indonesian.
  return msg.evidence.en > msg.evidence.id ? 'en' : 'id';
}

/** Whether the draft's body has fewer than `n` words; stops counting at `n`. */
function fewerWords(draft: AnalyzedMessage, n: number): boolean {
  let words = 0;
  for (const s of draft.sentences) {
    if (s.zone !== 'body') continue;
    words += s.text.split(/\s+/).length;
    if (words >= n) return false;
  }
  return true;
}

const shared = new Analyzer();

/** One-shot analysis (a shared cache is kept between calls). */
export function analyze(draft: string, opts: { quoted?: string | null; options?: Partial<AnalyzeOptions> } = {}): Report {
  return shared.analyze(draft, opts.quoted, opts.options);
}

export { findingKey } from './finding-key';

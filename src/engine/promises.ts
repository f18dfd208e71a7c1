/**
 * The writer's earlier promises that are still open: made in the writer's own messages of the conversation (or
 * the quoted message, when the writer wrote it), neither delivered nor talked about again by a later message or
 * the draft. Each with when it was made and when it falls due, resolved in the message's own time zone.
 */
import { askIn } from './ask';
import { keywords } from './keywords';
import type { AnalyzedMessage, RuleContext, Sentence } from './types';
import { findTimes } from './time';
import { resolveTime } from './when';
import type { ThreadReading } from './thread';

/** At most this many promises are kept: the newest. */
const MAX = 3;
/** A promise due more than this long ago is history, not a to-do. */
const STALE = 30 * 24 * 3600_000;

export interface OpenPromiseReading {
  sentence: Sentence;
  madeAt?: number;
  due?: number;
  overdue: boolean;
}

/** Words that hand a thing over or report it handed over: a message with one of these and the promise's words delivers it. */
/** Words of handing a thing over: the writer's own "attached is the deck", "terlampir", "sudah saya kirim", a link. */
export const HANDED_OVER =
  /\b(?:attached|attachment|enclosed|here (?:is|are)|here's|please find|i(?:'ve| have)? (?:just )?sent|sent (?:it|them|you)|i(?:'ve| have) (?:shared|uploaded|forwarded)|terlampir|lampiran|saya lampirkan|berikut|sudah (?:saya |aku |kami )?(?:kirim|kirimkan|share|upload|teruskan)|udah (?:aku |gue )?kirim)\b|https?:\/\//i;
/** Words of getting it, in the reader's later message: "received", "got it", "thanks for the deck", "sudah diterima". */
const RECEIVED = /\b(?:received|got (?:it|them|the)|thanks for (?:the|sending)|sudah (?:diterima|terima))\b/i;
/** Either: a later message with one of these and the promise's words delivered it. */
const DELIVERED = new RegExp(`${HANDED_OVER.source}|${RECEIVED.source}`, 'i');

interface Made {
  sentence: Sentence;
  /** The messages after the one it was made in. */
  later: AnalyzedMessage[];
  madeAt?: number;
  timeZone?: string;
}

/** Promises in a message: a promise with a time of its own counts whatever else its sentence waits on ("…by Friday 5 PM, and the budget sheet once finance signs it off"). */
function promisesIn(message: AnalyzedMessage, later: AnalyzedMessage[], madeAt?: number, timeZone?: string): Made[] {
  const out: Made[] = [];
  for (const sentence of message.sentences) {
    if (sentence.zone !== 'body') continue;
    const ask = askIn(sentence.text);
    const timed = sentence.times.some((t) => !t.vague);
    if (ask?.kind === 'promise' && ask.confidence >= (timed ? 0.4 : 0.6)) out.push({ sentence, later, ...(madeAt !== undefined ? { madeAt } : {}), ...(timeZone ? { timeZone } : {}) });
  }
  return out;
}

/** A thread's promises that its later messages have not delivered or taken up: kept while the thread stays the same. */
const openInThread = new WeakMap<ThreadReading, Made[]>();

/** The writer's earlier promises not yet kept in the thread: from the thread, or the quoted message when it is the writer's own. */
function promisesMade(ctx: Omit<RuleContext, 'promises'>): Made[] {
  const thread = ctx.thread;
  if (thread) {
    let made = openInThread.get(thread);
    if (!made) {
      const all = thread.messages;
      made = all
        .flatMap((m, i) => (m.message.byWriter && !m.analyzed.bulk ? promisesIn(m.analyzed, all.slice(i + 1).map((x) => x.analyzed), m.message.sentAt, m.message.timeZone) : []))
        .filter((p) => !keptIn(p.sentence, p.later));
      openInThread.set(thread, made);
    }
    return made;
  }
  return ctx.quotedByWriter && ctx.quoted && !ctx.quoted.bulk ? promisesIn(ctx.quoted, []) : [];
}

/** The promise's own words (its verb and time aside), to recognise the thing when it is sent or talked about. */
const STOP = /^(?:send|sent|email|share|get|back|let|know|will|kirim|kirimkan|saya|kami|akan|nanti)$|['’]/;
function thingWords(s: Sentence): string[] {
  const time = new Set(s.times.flatMap((t) => keywords(t.text)));
  return s.keywords.filter((k) => !STOP.test(k) && !time.has(k));
}

/**
 * Whether a draft hands over what `promise` (its sentence) promised: a delivery word ("attached", "terlampir",
 * "sudah saya kirim", a link) with one of the promise's own words; any delivery word when the promise names no
 * thing of its own ("saya kirim besok jam 13.00 ya").
 */
export function deliversPromise(promise: string, draft: string): boolean {
  // the writer's own reply hands it over; "thanks for the press release" in it is no delivery
  if (!HANDED_OVER.test(draft)) return false;
  const time = new Set(findTimes(promise).flatMap((t) => keywords(t.text)));
  const words = keywords(promise).filter((k) => !STOP.test(k) && !time.has(k));
  if (words.length === 0) return true;
  const have = new Set(keywords(draft));
  return words.some((w) => have.has(w));
}

function keptIn(promise: Sentence, messages: readonly AnalyzedMessage[]): boolean {
  const words = thingWords(promise);
  if (words.length === 0) return false;
  return messages.some((m) =>
    m.sentences.some((s) => {
      const shared = s.keywords.filter((k) => words.includes(k)).length;
      // handed over ("attached is the deck"), or talked about again: an update, a thanks, a chase answered
      return (shared >= 1 && DELIVERED.test(s.text)) || shared >= Math.min(2, words.length);
    }),
  );
}

/** The writer's open promises, oldest first (at most three, none long past due). */
export function openPromises(ctx: Omit<RuleContext, 'promises'>): OpenPromiseReading[] {
  const now = ctx.options.now ?? Date.now();
  // the later messages are read once per thread (promisesMade); only the draft is read on every analysis
  return promisesMade(ctx)
    .filter((p) => !keptIn(p.sentence, [ctx.draft]))
    .map((p) => {
      const time = p.sentence.times.find((t) => !t.vague) ?? p.sentence.times[0];
      const due = time ? resolveTime(time.text, { now: p.madeAt ?? now, timeZone: p.timeZone ?? ctx.options.timeZone })?.due : undefined;
      return {
        sentence: p.sentence,
        ...(p.madeAt !== undefined ? { madeAt: p.madeAt } : {}),
        ...(due !== undefined ? { due } : {}),
        overdue: due !== undefined && due < now,
      };
    })
    .filter((p) => p.due === undefined || now - p.due < STALE)
    .slice(-MAX);
}

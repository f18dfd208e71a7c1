/**
 * open-promise: a promise the writer made earlier in the thread ("I'll send the deck by Friday") that the draft
 * neither delivers nor updates, with when it was made and when it falls due (resolved against the message it
 * was made in). Read from the conversation when there is one, else from the quoted message when the writer
 * wrote it. Not anchored in the draft: the suggestion adds a line at the end of the reply's body.
 */
import { askIn } from '../engine/ask';
import type { AnalyzedMessage, Finding, Rule, RuleContext, Sentence } from '../engine/types';
import { addedDeadline } from '../engine/rewrite';
import { dayOf, formatDay, formatDue, resolveTime } from '../engine/when';
import { bodyEnd, bodySentences, say } from './util';

const ID = 'open-promise';
/** At most this many promises are listed: the newest. */
const MAX = 3;
/** A promise due more than this long ago is history, not a to-do. */
const STALE = 30 * 24 * 3600_000;

/** Words that hand a thing over or report it handed over: a message with one of these and the promise's words delivers it. */
const DELIVERED =
  /\b(?:attached|attachment|enclosed|here (?:is|are)|here's|please find|i(?:'ve| have)? (?:just )?sent|sent (?:it|them|you)|i(?:'ve| have) (?:shared|uploaded|forwarded)|received|got (?:it|them|the)|thanks for (?:the|sending)|terlampir|lampiran|saya lampirkan|berikut|sudah (?:saya |aku |kami )?(?:kirim|kirimkan|share|upload|teruskan)|sudah (?:diterima|terima)|udah (?:aku |gue )?kirim)\b|https?:\/\//i;

interface Made {
  sentence: Sentence;
  /** The message it was made in, and those after it in the thread. */
  message: AnalyzedMessage;
  later: AnalyzedMessage[];
  madeAt?: number;
  timeZone?: string;
}

/** The writer's earlier promises: from the thread, or from the quoted message when it is the writer's own. */
function promisesMade(ctx: RuleContext): Made[] {
  const out: Made[] = [];
  const from = (message: AnalyzedMessage, later: AnalyzedMessage[], madeAt?: number, timeZone?: string) => {
    for (const sentence of message.sentences) {
      if (sentence.zone !== 'body') continue;
      const ask = askIn(sentence.text);
      if (ask?.kind === 'promise' && ask.confidence >= 0.6) out.push({ sentence, message, later, ...(madeAt !== undefined ? { madeAt } : {}), ...(timeZone ? { timeZone } : {}) });
    }
  };
  if (ctx.thread) {
    const all = ctx.thread.messages;
    all.forEach((m, i) => {
      if (m.message.byWriter && !m.analyzed.bulk) from(m.analyzed, all.slice(i + 1).map((x) => x.analyzed), m.message.sentAt, m.message.timeZone);
    });
  } else if (ctx.quotedByWriter && ctx.quoted && !ctx.quoted.bulk) {
    from(ctx.quoted, []);
  }
  return out;
}

/** The promise's own words (its verb and time aside), to recognise the thing when it is sent or talked about. */
const STOP = /^(?:send|sent|email|share|get|back|let|know|will|kirim|kirimkan|saya|kami|akan|nanti)$/;
const thingWords = (s: Sentence) => s.keywords.filter((k) => !STOP.test(k));

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

function check(ctx: RuleContext): Finding[] {
  const body = bodySentences(ctx);
  if (body.length === 0 || ctx.draft.bulk) return [];
  const now = ctx.options.now ?? Date.now();
  const zone = ctx.options.timeZone;
  const at = bodyEnd(ctx);
  const open = promisesMade(ctx)
    .filter((p) => !keptIn(p.sentence, [...p.later, ctx.draft]))
    .map((p) => {
      const time = p.sentence.times.find((t) => !t.vague) ?? p.sentence.times[0];
      const due = time ? resolveTime(time.text, { now: p.madeAt ?? now, timeZone: p.timeZone ?? zone })?.due : undefined;
      return { ...p, due };
    })
    .filter((p) => p.due === undefined || now - p.due < STALE)
    .slice(-MAX);
  return open.map((p): Finding => {
    const promise = p.sentence.text.trim();
    const made = p.madeAt !== undefined ? formatDay(dayOf(p.madeAt, zone), ctx.uiLang, dayOf(now, zone).year) : null;
    const due = p.due !== undefined ? formatDue(p.due, zone, ctx.uiLang, now) : null;
    const overdue = p.due !== undefined && p.due < now;
    const soon = p.due !== undefined && !overdue && p.due - now < 24 * 3600_000;
    const update = say(ctx, {
      en: `A quick update on what I promised: it will be with you ${addedDeadline('en', ctx.options.defaultTime)}.`,
      id: `Kabar terbaru soal yang saya janjikan: akan saya kirim ${addedDeadline('id', ctx.options.defaultTime)}.`,
    });
    return {
      rule: ID,
      severity: overdue || soon ? 'warning' : 'info',
      start: at,
      end: at,
      text: promise,
      anchored: false,
      // a promise with a time the reader was given is sure; one with none is a reminder
      confidence: p.due !== undefined ? 0.8 : 0.6,
      message: say(ctx, {
        en: `${made ? `On ${made} you promised` : 'Earlier in this thread you promised'}: "${promise}"${due ? ` It ${overdue ? 'was' : 'is'} due ${due}${overdue ? ', and has passed' : ''}.` : ''} This reply neither delivers it nor gives an update.`,
        id: `${made ? `Pada ${made} Anda berjanji` : 'Sebelumnya di utas ini Anda berjanji'}: "${promise}"${due ? ` Tenggatnya ${due}${overdue ? ', dan sudah lewat' : ''}.` : ''} Balasan ini belum mengirimkannya dan belum memberi kabar.`,
      }),
      suggestions: [{ text: update, replacement: { start: at, end: at, text: `\n\n${update}` } }],
    };
  });
}

export const openPromise: Rule = {
  id: ID,
  title: { en: 'Open promise', id: 'Janji belum ditepati' },
  description: {
    en: 'A promise you made earlier in the thread that this reply neither delivers nor updates, with when it is due.',
    id: 'Janji yang Anda buat sebelumnya di utas ini yang belum dikirim atau diberi kabar di balasan ini, beserta tenggatnya.',
  },
  defaultOn: false,
  severity: 'warning',
  languages: ['en', 'id'],
  examples: {
    pass: [
      { text: 'Hi Tom, the press release is attached.', quoted: "On Mon, Mar 2, 2026 at 9:00 AM Dewi <dewi@agency.example> wrote:\nI'll send you the press release by Friday.", writer: { address: 'dewi@agency.example' } },
    ],
    fail: [
      { text: 'Hi Tom, the venue is booked for Thursday.', quoted: "On Mon, Mar 2, 2026 at 9:00 AM Dewi <dewi@agency.example> wrote:\nI'll send you the press release by Friday.", writer: { address: 'dewi@agency.example' } },
      { text: 'Halo Pak Tom, ruangannya sudah dipesan.', quoted: 'Pada Sen, 2 Mar 2026 pukul 09.00 Dewi <dewi@agency.example> menulis:\nSaya akan kirim press release-nya hari Jumat.', writer: { address: 'dewi@agency.example' } },
    ],
  },
  check,
};

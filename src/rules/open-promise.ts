/**
 * open-promise: a promise the writer made earlier in the thread ("I'll send the deck by Friday") that the draft
 * neither delivers nor updates, with when it was made and when it falls due (src/engine/promises.ts). Not
 * anchored in the draft: the suggestion adds an update at the end of the reply's body.
 */
import type { Finding, Rule, RuleContext } from '../engine/types';
import { addedDeadline } from '../engine/rewrite';
import { dayOf, formatDay, formatDue } from '../engine/when';
import { bodyEnd, bodySentences, say } from './util';

const ID = 'open-promise';

function check(ctx: RuleContext): Finding[] {
  if (bodySentences(ctx).length === 0 || ctx.draft.bulk) return [];
  const now = ctx.options.now ?? Date.now();
  const zone = ctx.options.timeZone;
  const at = bodyEnd(ctx);
  return ctx.promises.map((p): Finding => {
    const promise = p.sentence.text.trim();
    const made = p.madeAt !== undefined ? formatDay(dayOf(p.madeAt, zone), ctx.uiLang, dayOf(now, zone).year) : null;
    const due = p.due !== undefined ? formatDue(p.due, zone, ctx.uiLang, now) : null;
    const soon = p.due !== undefined && !p.overdue && p.due - now < 24 * 3600_000;
    const update = say(ctx, {
      en: `A quick update on what I promised: it will be with you ${addedDeadline('en', ctx.options.defaultTime)}.`,
      id: `Kabar terbaru soal yang saya janjikan: akan saya kirim ${addedDeadline('id', ctx.options.defaultTime)}.`,
    });
    return {
      rule: ID,
      severity: p.overdue || soon ? 'warning' : 'info',
      start: at,
      end: at,
      text: promise,
      anchored: false,
      // a promise with a time the reader was given is sure; one with none is a reminder
      confidence: p.due !== undefined ? 0.8 : 0.6,
      message: say(ctx, {
        en: `${made ? `On ${made} you promised` : 'Earlier in this thread you promised'}: "${promise}"${due ? ` It ${p.overdue ? 'was' : 'is'} due ${due}${p.overdue ? ', and has passed' : ''}.` : ''} This reply neither delivers it nor gives an update.`,
        id: `${made ? `Pada ${made} Anda berjanji` : 'Sebelumnya di utas ini Anda berjanji'}: "${promise}"${due ? ` Tenggatnya ${due}${p.overdue ? ', dan sudah lewat' : ''}.` : ''} Balasan ini belum mengirimkannya dan belum memberi kabar.`,
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

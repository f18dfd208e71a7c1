/** vague-time: a request or a promise whose only time is vague ("tomorrow", "ASAP", "secepatnya"). */
import { concreteFor, deadlinePhrase, withOuterBound } from '../engine/rewrite';
import type { Finding, Rule, RuleContext } from '../engine/types';
import { askIn } from '../engine/ask';
import { bodySentences, finding, noDeadlineNeeded, RELATIVE_DUE, sentenceCase, replace, say } from './util';

const ID = 'vague-time';

const FALLBACK = /^\s*(?:if not|otherwise|failing that|or else|kalau (?:tidak|nggak|gak|belum)|jika tidak|bila tidak)\b/i;
const PURPOSE = /\b(?:agar|supaya|biar|so that|in order to)\b/i;
const BY_DAY = /\b(?:by|paling lambat|sebelum|before)\s+$/i;
/** A day and a part of it ("besok sore", "tomorrow morning"): near enough to concrete that many writers would not change it. */
const DAY_AND_PART = /^(?:besok|lusa|tomorrow|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday)\s+(?:pagi|siang|sore|malam|morning|afternoon|evening|night)$/i;
const LATER = /^(?:nanti|ntar|entar|later)$/i;
const SAME_DAY = /^(?:shortly|in a (?:moment|minute|few minutes|bit)|sebentar lagi|bentar lagi|today|this (?:afternoon|morning|evening)|tonight|hari ini|(?:nanti |)(?:sore|siang|malam|pagi)(?: ini)?|sore ini|siang ini|malam ini|pagi ini)$/i;

/** What follows "soon" in "as soon as the invoices clear": a clause, so the phrase is a condition. */
const SET_PHRASE = /^\s+as\s+(?!possible\b|(?:I|we|you|u)\s+can\b|(?:I|we)\s+(?:get|have|hear)\b)/i;

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (ctx.draft.bulk) return out;
  const body = bodySentences(ctx);
  body.forEach((s, i) => {
    if (s.times.length === 0 || s.times.some((t) => !t.vague)) return;
    // "Call me before the 10 AM call. If not, get back to me at your earliest convenience.": the fallback of a timed ask
    if (FALLBACK.test(s.text) && body[i - 1]?.times.some((t) => !t.vague)) return;
    const ask = askIn(s.text);
    // "nanti aku beli H-1": the due time is given, in the form the time reader leaves to context
    if (!ask || noDeadlineNeeded(s.text) || RELATIVE_DUE.test(s.text)) return;
    for (const t of s.times) {
      // "as soon as the invoices clear": a condition, not a vague deadline
      if (SET_PHRASE.test(s.text.slice(t.end - s.start))) continue;
      // "nanti … sore ini": "later" only leads into the other time
      if (s.times.length > 1 && LATER.test(t.text)) continue;
      const at = t.start - s.start;
      // the time belongs to a purpose clause after the ask ("kabari kami agar dapat segera kami konfirmasi"),
      // or to another clause before it ("new people start next week, so I'll send you a list")
      if (PURPOSE.test(s.text.slice(0, at)) || s.text.slice(ask.verbEnd, at).includes(';')) continue;
      if (at < ask.verbStart && /[,;:]|\b(?:so|and|but|because|karena|jadi|tapi)\b/i.test(s.text.slice(t.end - s.start, ask.verbStart))) continue;
      // "Kalau cocok, nanti aku kirim invite-nya": after a condition, "nanti" means "then"
      if (ask.leading && LATER.test(t.text)) continue;
      // A time tied to an event ("segera … setelah pelaporan", "nanti … begitu design-nya lock") is as precise as
      // the event: judged on real mail, an hour in its place contradicted the writer, so it keeps the lower
      // confidence of a conditional ask.
      // "paling lambat besok", "by tomorrow" (a day is given, an hour would help), a same-day "sore ini", "shortly", or a
      // "besok sore": often precise enough, so shown only when strict
      const nearlyThere = SAME_DAY.test(t.text) || DAY_AND_PART.test(t.text) || BY_DAY.test(s.text.slice(Math.max(0, at - 16), at));
      // a vague deadline on a bare order ("Send it ASAP.") makes it an ask: more sure than the order alone
      const sure = Math.min(1, ask.confidence + (ask.bare && !ask.conditional ? 0.15 : 0));
      const confidence = nearlyThere ? Math.min(sure, 0.5) : sure;
      const fix = concreteFor(t.text, ctx.options.defaultTime);
      const lang = fix?.lang ?? (s.lang === 'id' ? 'id' : 'en');
      const concrete = fix?.text ?? deadlinePhrase(lang, ctx.options.defaultTime);
      const why = fix?.reason;
      // "segera … setelah prosesnya selesai": the reader waits on work only the writer can time, so the event
      // stays and a latest time is added after it
      const fixes = ask.whenReady
        ? [replace(s, withOuterBound(s.text, s.lang === 'id' ? 'id' : 'en', ctx.options.defaultTime))]
        : // "by end of this week" → "by Friday, 1 PM", not "by by Friday, 1 PM"
          [replace(t, sentenceCase(t.start === s.start, /\bby\s+$/i.test(ctx.draft.text.slice(Math.max(0, t.start - 4), t.start)) ? concrete.replace(/^by\s+/i, '') : concrete))];
      out.push({
        ...finding(ID, 'warning', t, ctx.draft.text,
          say(ctx, {
            en: ask.whenReady
              ? `"${t.text}" depends on when the work is done, which the reader cannot see: give a latest day and hour.`
              : `"${t.text}" is vague: give a day and an hour${why && lang === 'en' ? ` (${why})` : ''}.`,
            id: ask.whenReady
              ? `"${t.text}" bergantung pada kapan pekerjaannya selesai, yang tidak diketahui pembaca: sebutkan paling lambat hari dan jam berapa.`
              : `"${t.text}" kurang jelas: sebutkan hari dan jamnya${why && lang === 'id' ? ` (${why})` : ''}.`,
          }),
          fixes,
        ),
        confidence,
      });
    }
  });
  return out;
}

export const vagueTime: Rule = {
  id: ID,
  title: { en: 'Vague time', id: 'Waktu tidak jelas' },
  description: {
    en: 'A request or a promise whose only time is vague, like "tomorrow", "ASAP", "soon" or "next week".',
    id: 'Permintaan atau janji yang waktunya samar, seperti "besok", "secepatnya", "nanti" atau "minggu depan".',
  },
  defaultOn: true,
  severity: 'warning',
  languages: ['en', 'id'],
  examples: {
    pass: [{ text: "I'll send it tomorrow at 1 PM." }, { text: 'Tolong kirim besok jam 13.00 ya.' }],
    fail: [{ text: "I'll send it ASAP." }, { text: 'Nanti saya kirim secepatnya.' }],
  },
  check,
};

/** vague-time: a request or a promise whose only time is vague ("tomorrow", "ASAP", "secepatnya"). */
import { concreteFor, deadlinePhrase } from '../engine/rewrite';
import type { Finding, Rule, RuleContext } from '../engine/types';
import { askIn } from '../engine/ask';
import { bodySentences, finding, noDeadlineNeeded, sentenceCase, replace, say } from './util';

const ID = 'vague-time';

const LATER = /^(?:nanti|ntar|entar|later)$/i;
const SAME_DAY = /^(?:today|this (?:afternoon|morning|evening)|tonight|hari ini|(?:nanti |)(?:sore|siang|malam|pagi)(?: ini)?|sore ini|siang ini|malam ini|pagi ini)$/i;

/** What follows "soon" in "as soon as the invoices clear": a clause, so the phrase is a condition. */
const SET_PHRASE = /^\s+as\s+(?!possible\b|(?:I|we|you|u)\s+can\b|(?:I|we)\s+(?:get|have|hear)\b)/i;

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  if (ctx.bulk) return out;
  for (const s of bodySentences(ctx)) {
    if (s.times.length === 0 || s.times.some((t) => !t.vague)) continue;
    const ask = askIn(s.text);
    if (!ask || noDeadlineNeeded(s.text)) continue;
    for (const t of s.times) {
      // "as soon as the invoices clear": a condition, not a vague deadline
      if (SET_PHRASE.test(s.text.slice(t.end - s.start))) continue;
      // "nanti … sore ini": "later" only leads into the other time
      if (s.times.length > 1 && LATER.test(t.text)) continue;
      // a same-day time ("this afternoon", "sore ini") is often precise enough: shown only when strict
      const confidence = SAME_DAY.test(t.text) ? Math.min(ask.confidence, 0.5) : ask.confidence;
      const fix = concreteFor(t.text, ctx.options.defaultTime);
      const lang = fix?.lang ?? (s.lang === 'id' ? 'id' : 'en');
      const concrete = fix?.text ?? deadlinePhrase(lang, ctx.options.defaultTime);
      const why = fix?.reason;
      out.push({
        ...finding(ID, 'warning', t, ctx.draft.text,
          say(ctx, {
            en: `"${t.text}" is vague: give a day and an hour${why && lang === 'en' ? ` (${why})` : ''}.`,
            id: `"${t.text}" kurang jelas: sebutkan hari dan jamnya${why && lang === 'id' ? ` (${why})` : ''}.`,
          }),
          // "by end of this week" → "by Friday, 1 PM", not "by by Friday, 1 PM"
          [replace(t, sentenceCase(t.start === s.start, /\bby\s+$/i.test(ctx.draft.text.slice(Math.max(0, t.start - 4), t.start)) ? concrete.replace(/^by\s+/i, '') : concrete))],
        ),
        confidence,
      });
    }
  }
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

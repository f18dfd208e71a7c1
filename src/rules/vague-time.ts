/** vague-time: a request or a promise whose only time is vague ("tomorrow", "ASAP", "secepatnya"). */
import { concreteFor, deadlinePhrase } from '../engine/rewrite';
import type { Finding, Rule, RuleContext } from '../engine/types';
import { bodySentences, finding, noDeadlineNeeded, sentenceCase, replace, say } from './util';

const ID = 'vague-time';

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const s of bodySentences(ctx)) {
    if (!(s.isRequest || s.isCommitment)) continue;
    if (s.times.length === 0 || s.times.some((t) => !t.vague) || noDeadlineNeeded(s.text)) continue;
    for (const t of s.times) {
      const fix = concreteFor(t.text, ctx.options.defaultTime);
      const lang = fix?.lang ?? (s.lang === 'id' ? 'id' : 'en');
      const concrete = fix?.text ?? deadlinePhrase(lang, ctx.options.defaultTime);
      const why = fix?.reason;
      out.push(
        finding(ID, 'warning', t, ctx.draft.text,
          say(ctx, {
            en: `"${t.text}" is vague: give a day and an hour${why && lang === 'en' ? ` (${why})` : ''}.`,
            id: `"${t.text}" kurang jelas: sebutkan hari dan jamnya${why && lang === 'id' ? ` (${why})` : ''}.`,
          }),
          [replace(t, sentenceCase(t.start === s.start, concrete))],
        ),
      );
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

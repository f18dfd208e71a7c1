/**
 * past-time: a request or a promise whose time has already passed when the draft is written ("send it by
 * 3 March" on 5 March, "today at 9 AM" at 2 PM, "Jumat minggu ini" on Saturday). Only when the moment of
 * writing is known (Gmail: the clock; the CLI: --now). The time is resolved in the writer's zone.
 */
import { askIn } from '../engine/ask';
import { deadlinePhrase } from '../engine/rewrite';
import type { Finding, Rule, RuleContext } from '../engine/types';
import { formatDue, resolveTime } from '../engine/when';
import { bodySentences, finding, replace, say, sentenceLang } from './util';

const ID = 'past-time';
/** A date with no year that lands this far ahead was meant for this year, and has passed ("by 3 March" on 5 March). */
const WRAPPED = 300 * 24 * 3600_000;
const WEEKDAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b/i;
/** "Friday this week", "Jumat minggu ini": this week's, even when it has gone. */
const THIS_WEEK = /\b(?:this week|minggu ini|pekan ini)\b/i;
/** A date that names a thing, not a due time: "your 3 March email", "since Monday". */
const REFERENCE = /\b(?:the|your|our|my|his|her|their|last|since|from|of|dated|sejak|tanggal surat)\s+$/i;

function check(ctx: RuleContext): Finding[] {
  const now = ctx.options.now;
  if (now === undefined || ctx.draft.bulk) return [];
  const zone = ctx.options.timeZone;
  const ref = { now, ...(zone ? { timeZone: zone } : {}) };
  const out: Finding[] = [];
  for (const s of bodySentences(ctx)) {
    if (!s.times.some((t) => !t.vague)) continue;
    const ask = askIn(s.text);
    if (!ask || ask.conditional) continue;
    for (const t of s.times) {
      if (t.vague || /\b(?:yesterday|kemarin|ago|lalu)\b/i.test(t.text) || REFERENCE.test(ctx.draft.text.slice(Math.max(0, t.start - 16), t.start))) continue;
      // a weekday alone ("Selasa pagi" written on a Tuesday evening) is the coming one, never a past one
      if (WEEKDAY.test(t.text) && !THIS_WEEK.test(t.text) && !/\d/.test(t.text)) continue;
      const r = resolveTime(t.text, ref);
      if (!r) continue;
      const yearless = !/\b\d{4}\b/.test(t.text) && r.precision === 'day' && /\p{L}{3}/u.test(t.text) && r.due - now > WRAPPED;
      if (r.due >= now && !yearless) continue;
      const due = yearless ? r.due - 365 * 24 * 3600_000 : r.due;
      const lang = sentenceLang(ctx, s);
      const when = formatDue(due, zone, ctx.uiLang, now);
      out.push({
        ...finding(ID, 'warning', t, ctx.draft.text,
          say(ctx, {
            en: `"${t.text}" has already passed (${when}). Give a time that is still ahead.`,
            id: `"${t.text}" sudah lewat (${when}). Sebutkan waktu yang masih akan datang.`,
          }),
          [replace(t, deadlinePhrase(lang, ctx.options.defaultTime))],
        ),
        confidence: ask.confidence >= 0.6 ? 0.8 : 0.5,
      });
    }
  }
  return out;
}

export const pastTime: Rule = {
  id: ID,
  title: { en: 'Time already passed', id: 'Waktu sudah lewat' },
  description: {
    en: 'A request or a promise whose time has already passed when you write it, like "by 3 March" on 5 March.',
    id: 'Permintaan atau janji yang waktunya sudah lewat saat Anda menulisnya, seperti "paling lambat 3 Maret" pada 5 Maret.',
  },
  defaultOn: true,
  severity: 'warning',
  languages: ['en', 'id'],
  examples: {
    pass: [{ text: 'Could you send me the signed contract by 13 March?', now: '2026-03-05T10:00:00+07:00' }],
    fail: [
      { text: 'Could you send me the signed contract by 3 March?', now: '2026-03-05T10:00:00+07:00' },
      { text: 'Tolong kirim kontraknya paling lambat hari ini jam 09.00 ya.', now: '2026-03-05T14:00:00+07:00' },
    ],
  },
  check,
};

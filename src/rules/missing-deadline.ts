/**
 * missing-deadline: a request or a promise with no time at all, and a bare acceptance ("ok", "oke",
 * "siap") of a quoted request that leaves its time open.
 */
import { acceptance, withDeadline, withOuterBound } from '../engine/rewrite';
import { BARE_ACK } from '../engine/lexicon/tone';
import type { Rule, RuleContext, Sentence, Finding } from '../engine/types';
import { askIn } from '../engine/ask';
import { ACTION_ITEM } from '../engine/lexicon/asks';
import { acceptedRequest, asOf, bodySentences, finding, noDeadlineNeeded, RELATIVE_DUE, replace, replyLanguages, say, sentenceLang } from './util';

/** A time named by reference to one the other person gave ("I'll call you then", "jam segitu"). */
const TIME_REFERENCE = /\b(?:then|at that time|that day|on that day|at the time you (?:suggested|proposed)|jam segitu|waktu itu|saat itu|hari itu)\b/i;

const ID = 'missing-deadline';

/** At most this many per draft: a coach says it once or twice, not under every sentence of a long email. */
const MAX_PER_DRAFT = 2;

/**
 * Whether a time stands beside the ask: any time in it (a vague one is vague-time's), or a concrete one in the
 * sentence after ("I'll send it over. You'll have it by 3 PM.") or before ("I'm off on Fri 5/26. Brenda: please
 * cover my desk.").
 */
const timeNearby = (text: string, body: readonly Sentence[], i: number): boolean =>
  body[i]!.times.some((t) => !isReference(text, t)) ||
  [body[i], body[i + 1]].some((s) => s !== undefined && RELATIVE_DUE.test(s.text)) ||
  [body[i - 1], body[i + 1]].some((s) => s?.times.some((t) => !t.vague && !isReference(text, t)) ?? false);

/** A date that names a thing rather than a due time: "the December 8th fax", "since Monday", "your March 3 email". */
const isReference = (text: string, t: { start: number }): boolean =>
  /\b(?:the|your|our|my|his|her|their|last|since|from|of|dated|sejak)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start));

/** A deadline the draft states somewhere ("input needed by Wednesday", "paling lambat Jumat"): it covers the draft's requests. */
const DEADLINE_MARK = /\b(?:by|before|until|no later than|due|deadline|paling lambat|sebelum|maksimal|maks|batas waktu|tenggat)\s*(?:the\s+|this\s+|hari\s+)?$/i;
const statesDeadline = (ctx: RuleContext, body: readonly Sentence[]): boolean =>
  body.some((s) => s.times.some((t) => DEADLINE_MARK.test(ctx.draft.text.slice(Math.max(0, t.start - 24), t.start))));

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const body = bodySentences(ctx);
  const draft = ctx.draft.text;

  // A bare acceptance of a request: the reply promises the work but not the time (unless the request
  // itself named a concrete time, which the "ok" then accepts).
  const request = acceptedRequest(ctx);
  if (body.length === 1 && BARE_ACK.test(body[0]!.text)) {
    if (!request || request.times.some((t) => !t.vague)) return out;
    const ack = body[0]!;
    out.push({
      ...finding(ID, 'warning', ack, draft,
        say(ctx, {
          en: `"${ack.text}" accepts the request but leaves the time open. Say when they will have it.`,
          id: `"${ack.text}" menerima permintaan tetapi tidak menyebut waktunya. Sebutkan kapan akan selesai.`,
        }),
        replyLanguages(ctx).map((lang) => replace(ack, acceptance(request, lang, ctx.options.defaultTime, asOf(ctx)))),
      ),
      confidence: 0.9,
    });
    return out;
  }
  if (ctx.draft.bulk) return out;

  // The time of the quoted ask being accepted ("Can you send it by Friday?" → "Sure, I'll send it."): a time in
  // its requests and questions ("Can we move our call to Tuesday at 3 PM?"), not in its news.
  const quotedTime = (ctx.quoted?.sentences ?? []).some((q) => (q.isRequest || q.isQuestion) && q.times.some((t) => !t.vague));
  const found: Finding[] = [];
  const deadlineStated = statesDeadline(ctx, body);
  body.forEach((s, i) => {
    const ask = askIn(s.text);
    if (!ask || noDeadlineNeeded(s.text)) return;
    // an action item of minutes has a due time of its own, whatever the items around it say
    const item = ACTION_ITEM.test(s.text);
    if (item ? s.times.length > 0 : timeNearby(draft, body, i)) return;
    if (ask.kind === 'request' && deadlineStated && !item) return;
    if (ask.kind === 'promise' && quotedTime) return;
    if (quotedTime && TIME_REFERENCE.test(s.text)) return;
    const lang = sentenceLang(ctx, s);
    const promise = ask.kind === 'promise';
    found.push({
      ...finding(ID, 'warning', s, draft,
        promise
          ? say(ctx, {
              en: 'This promise has no time. The reader will wonder when to expect it.',
              id: 'Janji ini tidak menyebut waktu. Pembaca akan bertanya-tanya kapan bisa menerimanya.',
            })
          : say(ctx, {
              en: 'This request has no deadline. Say by when you need it, so it does not wait at the bottom of the inbox.',
              id: 'Permintaan ini tidak punya tenggat. Sebutkan kapan Anda membutuhkannya agar tidak tertunda.',
            }),
        // "I'll send it once it's ready" keeps its event and gains a latest time; an action item gains its own, as its
        // neighbours have ("…, paling lambat Rabu, 14 Mei")
        [replace(s, ask.whenReady || item ? withOuterBound(s.text, lang, ctx.options.defaultTime) : withDeadline(s.text, lang, ctx.options.defaultTime, ask.verbEnd))],
      ),
      confidence: ask.confidence,
    });
  });
  // the strongest asks, in draft order
  const kept = new Set([...found].sort((a, b) => b.confidence! - a.confidence!).slice(0, MAX_PER_DRAFT));
  return [...out, ...found.filter((f) => kept.has(f))];
}

export const missingDeadline: Rule = {
  id: ID,
  title: { en: 'Missing deadline', id: 'Tenggat tidak disebut' },
  description: {
    en: 'A request or a promise with no time at all, or an "ok" that accepts a request without saying when.',
    id: 'Permintaan atau janji tanpa waktu sama sekali, atau "oke" yang menerima permintaan tanpa menyebut kapan.',
  },
  defaultOn: true,
  severity: 'warning',
  languages: ['en', 'id'],
  examples: {
    pass: [
      { text: 'Could you send me the report by Friday 3 PM?' },
      { text: 'Saya kirim laporannya besok jam 13.00.' },
      { text: "Okay, I'll email you the press release tomorrow by 1 PM at the latest.", quoted: 'Please share your press release tomorrow.' },
    ],
    fail: [
      { text: 'Could you send me the report?' },
      { text: 'Saya akan kirim laporannya.' },
      { text: 'oke', quoted: 'Hi, please share your press release tomorrow. Thanks!' },
    ],
  },
  check,
};

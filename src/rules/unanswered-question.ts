/**
 * unanswered-question: each question of the message being replied to that the reply does not address.
 * Only questions asked of the writer: not their own quoted back, not one put to a whole list, not a
 * rhetorical one. These findings have no place in the draft (`anchored: false`); the suggestion adds the
 * opening of an answer, built from the question ("When is the launch?" → "The launch is on …"), at the
 * end of the reply's body; a question with no such opening gets none.
 */
import type { Finding, Rule, RuleContext, Sentence } from '../engine/types';
import { isProse } from '../engine/prose';
import { answerOpening } from '../engine/rewrite';
import { dayOf, formatDay } from '../engine/when';
import { bodyEnd, bodySentences, say } from './util';

const ID = 'unanswered-question';

/** Put to a whole list: others may answer ("Does anyone know…?", "Ada yang tahu…?"). */
const TO_A_GROUP = /^\s*(?:any\s+)?(?:other\s+)?(?:ideas|thoughts|suggestions|input|feedback|pointers|advice|help|comments)\b|\b(?:anyone|anybody|someone|somebody|everyone|everybody|any of you|all of you|you all|y'all|folks|guys|ada yang|siapa saja|teman-teman|rekan-rekan)\b/i;
/** Rhetorical, or a tag that wants no answer: "…, right?", "Why not?", "Who knows?", "…, kan?". */
const RHETORICAL = /(?:,\s*(?:right|no|eh|ok|okay|yes|ya|kan|bukan|ga|gak|nggak)|\b(?:isn't it|aren't they|don't you think|wouldn't you agree|why not|who knows|what else is new|how hard can it be|who cares))\s*[?!.]*\s*$/i;
/** Indirect questions that want an answer though they end with a full stop. */
const INDIRECT = /^\s*(?:I(?:'m| am| was)? (?:just )?wonder(?:ing)?|just wondering|I(?:'d| would) like to know|(?:could|can) you (?:please )?(?:tell|let) me (?:know )?(?:if|whether|when|what|how|where|who)|please (?:let me know|advise|confirm) (?:if|whether|when|what|how|where|who)|mau tanya|boleh tahu|apakah|(?:saya|kami) (?:ingin|mau) (?:menanyakan|bertanya|tanya)|mohon (?:info|informasi|penjelasan)(?:nya)? (?:mengenai|tentang|terkait))\b/i;

/** An offer in the shape of an indirect question: "Please let me know if you need anything further." */
const OFFER = /\b(?:let me know|tell me|advise)\s+if\s+(?:you|u)\s+(?:should\s+)?(?:need|have|want|require)\s+(?:anything|any|more|further)\b|\b(?:kabari|kabarin|hubungi)\s+(?:saya|aku|kami)?\s*(?:jika|kalau|kalo|bila)\s+(?:ada|butuh|perlu)\b/i;
/** A question mark inside a quoted title ("the panel \"How Will Prices Play Out?\"."), not a question to the reader. */
const TITLE = /[?？]["”'’]\s*[.,;)]?\s*$/;

/** Addressed to the reader. */
const YOU = /\b(?:you|your|yours|u|anda|kamu|kmu|bapak|ibu|pak|bu|kak|mas|mbak|sampeyan|lo|lu)\b/i;

/** Questions a careful coach would ask the writer to answer; the confidence comes from who was asked. */
function owed(q: Sentence, answeredSome: boolean, total: number, replyWords: number, explains: boolean, recipients = 1): number {
  if (!isProse(q.text) || TO_A_GROUP.test(q.text) || RHETORICAL.test(q.text) || OFFER.test(q.text) || TITLE.test(q.text)) return 0;
  // a question the writer must answer is asked: a question mark, or "I was wondering whether …"
  if (!/[?？]/.test(q.text) && !INDIRECT.test(q.text)) return 0;
  const words = q.text.split(/\s+/).length;
  if (words > 40 || words < 3) return 0;
  // a fragment of a question split over lines ("or for results of wildcard query?") stands for nothing alone
  if (/^\s*\p{Ll}/u.test(q.text) || /^\s*(?:or|atau)\b/i.test(q.text)) return 0;
  // "How can I do that?", "What am I missing?": a reply that explains at length answers in its own words
  if (explains && (q.questionKind === 'open' || q.questionKind === 'which' || !YOU.test(q.text))) return 0;
  let c = 0.65;
  if (YOU.test(q.text)) c += 0.15;
  // the strong case: the reply answers one question and skips another. A reply that answers none of them
  // was, on real mail, nearly always answering in its own words or leaving the question to others
  if (!answeredSome) c -= 0.3;
  if (total > 4) c -= 0.2; // a questionnaire: the reply may well answer in its own order and words
  // judged on real mail, a reply of more than a few lines nearly always answers in its own words, or the
  // question was someone else's: only a short reply that skips a question is flagged
  if (replyWords > 30) c -= 0.4;
  if (words > 25) c -= 0.1;
  // asked of several people at once: one of the others may be the one to answer
  if (recipients > 2) c -= 0.15;
  return c;
}

function check(ctx: RuleContext): Finding[] {
  const body = bodySentences(ctx);
  // (with a thread, the questions owed are others' only, bulk messages left out)
  if (ctx.answers.length === 0 || body.length === 0 || ctx.quotedByWriter || ctx.draft.bulk || (!ctx.thread && ctx.quoted?.bulk)) return [];
  const at = bodyEnd(ctx);
  const answeredSome = ctx.answers.some((a) => a.answered);
  const replyWords = body.reduce((n, s) => n + s.text.split(/\s+/).length, 0);
  const explains = body.filter((s) => !s.isQuestion && !s.isRequest && s.text.split(/\s+/).length >= 5).length >= 3;
  return ctx.answers
    .filter((q) => !q.answered)
    .map((a) => ({ ...a, confidence: owed(a.question, answeredSome, ctx.answers.length, replyWords, explains, a.recipients) }))
    .filter((q) => q.confidence > 0)
    .map(({ question, confidence, author, askedAt }): Finding => {
      const q = question.text.trim();
      const openings = answerOpening(question, ctx.uiLang);
      // "Tom Becker asked on Tue 3 Mar", in the writer's zone, when the thread says
      const who = author?.name ?? author?.address;
      const now = ctx.options.now ?? Date.now();
      const day = askedAt !== undefined ? formatDay(dayOf(askedAt, ctx.options.timeZone), ctx.uiLang, dayOf(now, ctx.options.timeZone).year) : null;
      return {
        rule: ID,
        severity: 'warning' as const,
        start: at,
        end: at,
        text: q,
        anchored: false,
        confidence,
        message: who
          ? say(ctx, {
              en: `${who} asked${day ? ` on ${day}` : ''} "${q}", and your reply does not answer it yet. An unanswered question costs another round of email.`,
              id: `${who} bertanya${day ? ` pada ${day}` : ''} "${q}", dan balasan Anda belum menjawabnya. Pertanyaan yang terlewat berarti satu putaran email lagi.`,
            })
          : say(ctx, {
              en: `The message you are replying to asks "${q}", and your reply does not answer it yet. An unanswered question costs another round of email.`,
              id: `Pesan yang Anda balas bertanya "${q}", dan balasan Anda belum menjawabnya. Pertanyaan yang terlewat berarti satu putaran email lagi.`,
            }),
        suggestions: openings.map((o) => ({ text: o, replacement: { start: at, end: at, text: `\n\n${o}` } })),
      };
    })
    .slice(0, 2);
}

export const unansweredQuestion: Rule = {
  id: ID,
  title: { en: 'Unanswered question', id: 'Pertanyaan belum dijawab' },
  description: {
    en: 'A question in the message you are replying to that your reply does not address.',
    id: 'Pertanyaan di pesan yang Anda balas yang belum dijawab dalam balasan Anda.',
  },
  defaultOn: true,
  severity: 'warning',
  languages: ['en', 'id'],
  examples: {
    pass: [
      { text: 'The meeting is on Friday at 3 PM, and the budget is $5,000.', quoted: 'When is the meeting? What is the budget?' },
      { text: 'Rapatnya hari Jumat jam 15.00.', quoted: 'Kapan rapatnya?' },
    ],
    fail: [
      { text: 'The meeting is on Friday at 3 PM.', quoted: 'When is the meeting? What is the budget for the launch?' },
      { text: 'Biayanya Rp5.000.000 untuk satu hari.', quoted: 'Berapa biaya sewa ruangannya? Kapan rapatnya dimulai?' },
    ],
  },
  check,
};

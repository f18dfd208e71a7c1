/**
 * unanswered-question: each question of the message being replied to that the reply does not address.
 * These findings have no place in the draft (`anchored: false`); the suggestion adds an answer line at the
 * end of the reply's body for the writer to complete.
 */
import type { Finding, Rule, RuleContext } from '../engine/types';
import { bodyEnd, bodySentences, say } from './util';

const ID = 'unanswered-question';

function check(ctx: RuleContext): Finding[] {
  if (!ctx.quoted || bodySentences(ctx).length === 0) return [];
  const at = bodyEnd(ctx);
  return ctx.answers
    .filter((q) => !q.answered)
    .map(({ question }) => {
      const q = question.text.trim();
      const lead = ctx.uiLang === 'id' ? `Terkait pertanyaan "${q}": ` : `About your question "${q}": `;
      return {
        rule: ID,
        severity: 'warning' as const,
        start: at,
        end: at,
        text: q,
        anchored: false,
        message: say(ctx, {
          en: `The message you are replying to asks "${q}", and your reply does not answer it yet. An unanswered question costs another round of email.`,
          id: `Pesan yang Anda balas bertanya "${q}", dan balasan Anda belum menjawabnya. Pertanyaan yang terlewat berarti satu putaran email lagi.`,
        }),
        suggestions: [{ text: lead + '…', replacement: { start: at, end: at, text: `\n\n${lead}` } }],
      };
    });
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
      { text: 'Oke, nanti saya kabari.', quoted: 'Berapa harga paket premiumnya?' },
    ],
  },
  check,
};

/**
 * Which questions of the quoted message the draft addresses. A question counts as answered when the reply
 * talks about the same things (shared content words, across both languages), or gives the kind of answer
 * it asks for: a time for "when"/"kapan", a number for "how many"/"berapa", a yes or no for a yes/no
 * question (when it is the only one, since a bare "yes" cannot answer two).
 */
import { AGREEMENT, NUMBER_WORD, PHATIC_QUESTIONS, YES_NO_OPENERS } from './lexicon/answers';
import type { AnalyzedMessage, Sentence } from './types';

export interface AnsweredQuestion {
  question: Sentence;
  answered: boolean;
}

/** Questions of a message that expect an answer (no "How are you?"). */
export function realQuestions(msg: AnalyzedMessage): Sentence[] {
  return msg.sentences.filter((s) => s.isQuestion && s.zone !== 'closing' && !PHATIC_QUESTIONS.some((re) => re.test(s.text)));
}

function overlapAnswers(q: Sentence, replyWords: ReadonlySet<string>): boolean {
  if (q.keywords.length === 0) return false;
  const shared = q.keywords.filter((k) => replyWords.has(k)).length;
  return shared >= 2 || shared / q.keywords.length >= 0.34;
}

function withoutTimes(s: Sentence): string {
  let text = s.text;
  for (const t of [...s.times].sort((a, b) => b.start - a.start)) text = text.slice(0, t.start - s.start) + ' ' + text.slice(t.end - s.start);
  return text;
}

export function answeredQuestions(quoted: AnalyzedMessage, draft: AnalyzedMessage): AnsweredQuestion[] {
  const questions = realQuestions(quoted);
  if (questions.length === 0) return [];
  const reply = draft.sentences.filter((s) => s.zone === 'body' || s.zone === 'greeting');
  if (reply.length === 0) return questions.map((question) => ({ question, answered: false }));
  const replyWords = new Set(reply.flatMap((s) => s.keywords));
  // A time answers "when" from a statement or a promise; a time inside the reply's own request or
  // question ("could you send it tomorrow?") is about something else.
  const statements = reply.filter((s) => s.isCommitment || (!s.isRequest && !s.isQuestion));
  const hasTime = () => statements.some((s) => s.times.length > 0);
  // numbers inside times ("March 3 at 10 AM") are not quantities
  const hasNumber = () => statements.some((s) => NUMBER_WORD.test(withoutTimes(s)));
  const yesNo = () => reply.some((s) => YES_NO_OPENERS.test(s.text) || AGREEMENT.test(s.text));

  const byTopic = questions.map((q) => overlapAnswers(q, replyWords));
  // a bare "yes" can answer one yes/no question, not two: count those the topic did not already answer
  const openYesNo = questions.filter((q, i) => !byTopic[i] && (q.questionKind === 'yes-no' || q.isRequest)).length;
  return questions.map((q, i) => {
    let answered = byTopic[i]!;
    if (!answered) {
      if (q.questionKind === 'when') answered = hasTime();
      else if (q.questionKind === 'how-many') answered = hasNumber();
      else if (q.questionKind === 'yes-no' || q.isRequest) answered = openYesNo === 1 && yesNo();
    }
    return { question: q, answered };
  });
}

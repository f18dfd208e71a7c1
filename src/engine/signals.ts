/**
 * What a language module finds in one sentence. Each language (src/engine/en, src/engine/id)
 * implements `(sentence: string) => SentenceSignals`; a mixed sentence is read by both and merged.
 * Offsets are not involved here: a sentence is analysed as a standalone string and the results are
 * cached by its text, so an unchanged sentence is never parsed twice.
 */
import type { QuestionKind } from './types';

export interface SentenceSignals {
  /** The sentence asks the reader to do something or to reply ("please send", "could you", "tolong", "mohon"). */
  isRequest: boolean;
  /** The writer promises to do something ("I'll", "we will", "let me", "saya akan", "nanti saya"). */
  isCommitment: boolean;
  /** A direct or indirect question ("?", "I was wondering whether", "let me know if", "apakah", "kapan"). */
  isQuestion: boolean;
  /** For questions: what kind of answer is expected. */
  questionKind?: QuestionKind;
  /** Politeness in [-1, 1]: gratitude, hedges, indirect requests, apology, greetings raise it;
   * bare imperatives, "why didn't you", second-person blame, capitals lower it. */
  politeness: number;
  /** Names of the politeness strategies found (e.g. "gratitude", "direct-question"), for explanations. */
  strategies: string[];
}

export type SentenceReader = (sentence: string) => SentenceSignals;

export const noSignals: SentenceSignals = {
  isRequest: false,
  isCommitment: false,
  isQuestion: false,
  politeness: 0,
  strategies: [],
};

/**
 * A small English sentiment lexicon for politeness (strategies 4 and 5 of Danescu-Niculescu-Mizil et
 * al. 2013, which used a general opinion lexicon). Words that praise, agree or show goodwill lift a
 * request; words that judge the reader's work or vent frustration lower it. Our own short list, kept to
 * evaluative words whose polarity does not depend on the topic (so no "error", "problem", "bug":
 * describing a fault is not rude). Each entry: the word (lower case, as compromise normalises it) and a
 * short category as its reason.
 *
 * Left out on purpose: "ok", "okay" and "fine", because a bare "ok" or "fine." is what the terse-tone rule flags, so it must
 * not count as warmth; "wow" and "duh", which Indonesian chat uses too ("wow keren", "duh, maaf"), so
 * in a mixed sentence they would read as scorn where the writer meant surprise or dismay.
 */

export interface SentimentEntry {
  word: string;
  reason: string;
}

const PRAISE = 'praises the work or the idea';
const AGREE = 'agrees or accepts';
const GOODWILL = 'shows goodwill or warmth';
const HELP = 'values the reader\'s help';

export const positiveWords: SentimentEntry[] = [
  { word: 'great', reason: PRAISE },
  { word: 'good', reason: PRAISE },
  { word: 'nice', reason: PRAISE },
  { word: 'excellent', reason: PRAISE },
  { word: 'awesome', reason: PRAISE },
  { word: 'wonderful', reason: PRAISE },
  { word: 'fantastic', reason: PRAISE },
  { word: 'brilliant', reason: PRAISE },
  { word: 'amazing', reason: PRAISE },
  { word: 'perfect', reason: PRAISE },
  { word: 'impressive', reason: PRAISE },
  { word: 'elegant', reason: PRAISE },
  { word: 'clever', reason: PRAISE },
  { word: 'neat', reason: PRAISE },
  { word: 'cool', reason: PRAISE },
  { word: 'interesting', reason: PRAISE },
  { word: 'insightful', reason: PRAISE },
  { word: 'thoughtful', reason: PRAISE },
  { word: 'best', reason: PRAISE },
  { word: 'helpful', reason: HELP },
  { word: 'useful', reason: HELP },
  { word: 'valuable', reason: HELP },
  { word: 'kind', reason: HELP },
  { word: 'generous', reason: HELP },
  { word: 'fair', reason: AGREE },
  { word: 'agree', reason: AGREE },
  { word: 'correct', reason: AGREE },
  { word: 'glad', reason: GOODWILL },
  { word: 'happy', reason: GOODWILL },
  { word: 'pleased', reason: GOODWILL },
  { word: 'delighted', reason: GOODWILL },
  { word: 'love', reason: GOODWILL },
  { word: 'enjoy', reason: GOODWILL },
  { word: 'enjoyed', reason: GOODWILL },
  { word: 'welcome', reason: GOODWILL },
  { word: 'pleasure', reason: GOODWILL },
  { word: 'hope', reason: GOODWILL },
  { word: 'lucky', reason: GOODWILL },
  { word: 'congratulations', reason: GOODWILL },
];

const JUDGES = 'judges the reader\'s work as bad';
const DISMISSES = 'dismisses what the reader said';
const VENTS = 'vents frustration or swears';
const INSULTS = 'insults the reader';

export const negativeWords: SentimentEntry[] = [
  { word: 'wrong', reason: JUDGES },
  { word: 'incorrect', reason: JUDGES },
  { word: 'bad', reason: JUDGES },
  { word: 'worse', reason: JUDGES },
  { word: 'worst', reason: JUDGES },
  { word: 'terrible', reason: JUDGES },
  { word: 'horrible', reason: JUDGES },
  { word: 'awful', reason: JUDGES },
  { word: 'poor', reason: JUDGES },
  { word: 'poorly', reason: JUDGES },
  { word: 'sloppy', reason: JUDGES },
  { word: 'mess', reason: JUDGES },
  { word: 'garbage', reason: JUDGES },
  { word: 'junk', reason: JUDGES },
  { word: 'useless', reason: DISMISSES },
  { word: 'pointless', reason: DISMISSES },
  { word: 'meaningless', reason: DISMISSES },
  { word: 'irrelevant', reason: DISMISSES },
  { word: 'nonsense', reason: DISMISSES },
  { word: 'ridiculous', reason: DISMISSES },
  { word: 'absurd', reason: DISMISSES },
  { word: 'silly', reason: DISMISSES },
  { word: 'weird', reason: DISMISSES },
  { word: 'strange', reason: DISMISSES },
  { word: 'vague', reason: DISMISSES },
  { word: 'unclear', reason: DISMISSES },
  { word: 'confusing', reason: DISMISSES },
  { word: 'waste', reason: DISMISSES },
  { word: 'annoying', reason: VENTS },
  { word: 'frustrating', reason: VENTS },
  { word: 'sigh', reason: VENTS },
  { word: 'ugh', reason: VENTS },
  { word: 'damn', reason: VENTS },
  { word: 'hell', reason: VENTS },
  { word: 'crap', reason: VENTS },
  { word: 'wtf', reason: VENTS },
  { word: 'sucks', reason: VENTS },
  { word: 'geez', reason: VENTS },
  { word: 'jeez', reason: VENTS },
  { word: 'meh', reason: VENTS },
  { word: 'stupid', reason: INSULTS },
  { word: 'dumb', reason: INSULTS },
  { word: 'lazy', reason: INSULTS },
  { word: 'incompetent', reason: INSULTS },
  { word: 'idiot', reason: INSULTS },
  { word: 'insane', reason: INSULTS },
  { word: 'crazy', reason: INSULTS },
];

/** Negative phrases a single word cannot catch; compromise match syntax, contractions expanded. */
export const negativePhrases: SentimentEntry[] = [
  { word: '(does|do|did) not (work|help|make sense)', reason: 'declares the reader\'s attempt a failure' },
  { word: '(makes|make|made) no sense', reason: 'dismisses what the reader said' },
  { word: 'no (idea|clue) what you', reason: 'blames the reader for being unclear' },
  { word: 'too (vague|broad|general|generic|long|complicated|messy|subjective|open-ended)', reason: 'faults the reader\'s work by degree ("this is too vague")' },
];

/** A compromise alternation of the words, for one pattern in the strategy net. */
export function alternation(entries: readonly SentimentEntry[]): string {
  return `(${entries.map((e) => e.word).join('|')})`;
}

import { describe, expect, it } from 'vitest';
import { englishSignals } from '../../../src/engine/en/signals';
import { negativePhrases, negativeWords, positiveWords } from '../../../src/engine/lexicon/sentiment';

const p = (s: string) => englishSignals(s);
const score = (s: string) => p(s).politeness;
const has = (s: string, name: string) => p(s).strategies.includes(name);

describe('English politeness: sentiment lexicon', () => {
  it('lifts praise and goodwill', () => {
    expect(has('The draft is really helpful.', 'positive-lexicon')).toBe(true);
    expect(score('The draft is helpful.')).toBeGreaterThan(0);
    expect(score('Great work on the report, could you add the Q3 numbers?')).toBeGreaterThan(score('Could you add the Q3 numbers?'));
  });

  it('lowers judgements of the reader\'s work', () => {
    expect(score('The draft is useless.')).toBeLessThan(0);
    expect(score('This plan makes no sense.')).toBeLessThan(0);
    expect(score('This proposal is too vague.')).toBeLessThan(0);
    expect(has("It doesn't work.", 'negative-lexicon')).toBe(true);
    expect(score('Ugh, the report again.')).toBeLessThan(0);
  });

  it('does not treat a neutral description of a fault as rude', () => {
    expect(has('There is a problem with the invoice.', 'negative-lexicon')).toBe(false);
    expect(has('I found an error in row 4.', 'negative-lexicon')).toBe(false);
  });

  it('does not count a bare acknowledgement as warmth (terse-tone flags it)', () => {
    for (const s of ['Ok.', 'Okay.', 'Fine.']) expect(score(s)).toBeLessThanOrEqual(0);
  });

  it('keeps every entry as reviewable data with a reason, and no word in both lists', () => {
    for (const e of [...positiveWords, ...negativeWords, ...negativePhrases]) {
      expect(e.word.trim()).not.toBe('');
      expect(e.reason.length).toBeGreaterThan(5);
    }
    const pos = new Set(positiveWords.map((e) => e.word));
    expect(negativeWords.filter((e) => pos.has(e.word))).toEqual([]);
  });
});

describe('English politeness: blame and presumption', () => {
  it('flags second-person blame', () => {
    expect(has("You didn't read my email.", 'second-person-blame')).toBe(true);
    expect(has("You haven't sent the invoice yet.", 'second-person-blame')).toBe(true);
    expect(has('Your numbers are wrong.', 'second-person-blame')).toBe(true);
    expect(score('Your numbers are wrong.')).toBeLessThan(score('These numbers look off to me, could you check them?'));
  });

  it('does not call reassurance or "if you don\'t mind" blame', () => {
    expect(has("You don't need to worry about it.", 'second-person-blame')).toBe(false);
    expect(has("You don't need to worry about it.", 'negation')).toBe(false);
    expect(has("If you don't mind, could you resend it?", 'second-person-blame')).toBe(false);
    expect(score("If you don't mind, could you resend it?")).toBeGreaterThan(0);
  });

  it('reads a negative question as presuming the answer', () => {
    expect(has("Isn't it obvious?", 'negative-question')).toBe(true);
    expect(has("Don't you see the problem?", 'negative-question')).toBe(true);
    expect(score("Isn't it obvious?")).toBeLessThan(0);
    expect(has('Is it on the shared drive?', 'negative-question')).toBe(false);
  });
});

describe('English politeness: options and warmth', () => {
  it('counts "if so" / "if not" as leaving the reader both answers', () => {
    expect(has('If so, where is it?', 'conditional-hedge')).toBe(true);
    expect(score('Is it on the shared drive? If so, where?')).toBeGreaterThan(0);
  });

  it('counts an invitation for the reader\'s view', () => {
    expect(has('Any thoughts on the draft?', 'invites-input')).toBe(true);
    expect(score('Any thoughts on the draft?')).toBeGreaterThan(0);
  });

  it('reads a modal yes/no question as a tentative suggestion', () => {
    expect(has('Could this be a caching issue?', 'yes-no-question')).toBe(true);
    expect(score('Could this be a caching issue?')).toBeGreaterThan(score('This is a caching issue.'));
  });

  it('counts a smiley, but not a closing parenthesis after a time', () => {
    expect(has('See you Friday :)', 'smiley')).toBe(true);
    expect(has('Thanks for the update 🙂', 'smiley')).toBe(true);
    expect(has('The meeting is at 10:30)', 'smiley')).toBe(false);
    expect(has('Options (a) and (b) differ.', 'smiley')).toBe(false);
  });

  it('scores greetings and apologies above the bare request', () => {
    expect(score('Hi Anna, could you send me the slides?')).toBeGreaterThan(score('Could you send me the slides?'));
    expect(score('Sorry to bother you, could you check this?')).toBeGreaterThan(score('Could you check this?'));
  });
});

describe('English politeness: what terse-tone relies on', () => {
  it('keeps a bare order at or below zero and a softened request clearly above', () => {
    expect(score('Send me the file.')).toBeLessThanOrEqual(0);
    expect(score('Send the report by Friday.')).toBeLessThanOrEqual(0);
    expect(score('Could you please send me the file? Thanks!')).toBeGreaterThan(0.5);
  });
});

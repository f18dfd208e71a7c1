import { describe, expect, it } from 'vitest';
import { indonesianSignals } from '../../../src/engine/id/signals';
import { detectLang } from '../../../src/engine/lang';
import { findTimes } from '../../../src/engine/time';

/** What the engine reads in one sentence: language, signals and times, as a user would summarise it. */
function reading(sentence: string) {
  const s = indonesianSignals(sentence);
  return {
    lang: detectLang(sentence),
    request: s.isRequest,
    commitment: s.isCommitment,
    question: s.isQuestion ? s.questionKind : false,
    times: findTimes(sentence).map((t) => `${t.text} (${t.vague ? 'vague' : 'concrete'})`),
    polite: Math.sign(s.politeness),
  };
}

describe('the sentences from the brief, read end to end', () => {
  it('"oke" and "siap": Indonesian acknowledgements with nothing to act on', () => {
    expect(reading('oke')).toEqual({ lang: 'id', request: false, commitment: false, question: false, times: [], polite: 0 });
    expect(reading('siap')).toEqual({ lang: 'id', request: false, commitment: false, question: false, times: [], polite: 0 });
  });

  it('"besok ya": a vague day, softened', () => {
    expect(reading('besok ya')).toEqual({ lang: 'id', request: false, commitment: false, question: false, times: ['besok (vague)'], polite: 1 });
  });

  it('"tolong kirim press release-nya besok": a polite request with a vague day', () => {
    expect(reading('tolong kirim press release-nya besok')).toEqual({
      lang: 'id', request: true, commitment: false, question: false, times: ['besok (vague)'], polite: 1,
    });
  });

  it('the ideal reply: a promise with a concrete time, then a yes/no question', () => {
    expect(reading('Baik, saya kirim press release-nya besok paling lambat jam 13.00 ya. Apakah waktunya cocok?')).toEqual({
      lang: 'id', request: false, commitment: true, question: 'yes-no', times: ['besok paling lambat jam 13.00 (concrete)'], polite: 1,
    });
  });

  it('"sabar ya, lagi dikerjain": defensive, no promise and no time', () => {
    expect(reading('sabar ya, lagi dikerjain')).toEqual({ lang: 'id', request: false, commitment: false, question: false, times: [], polite: -1 });
  });

  it('"kenapa belum dikirim?": a blaming question', () => {
    expect(reading('kenapa belum dikirim?')).toEqual({ lang: 'id', request: false, commitment: false, question: 'open', times: [], polite: -1 });
  });

  it('a code-mixed promise: mixed language, concrete time, and no false request from the Indonesian reader', () => {
    expect(reading("oke, I'll email you tomorrow at 1 PM the latest ya")).toMatchObject({
      lang: 'mixed', request: false, question: false, times: ['tomorrow at 1 PM (concrete)'],
    });
    expect(reading('nanti aku email ya')).toEqual({ lang: 'id', request: false, commitment: true, question: false, times: ['nanti (vague)'], polite: 1 });
    expect(reading('tolong share file-nya sebelum Jumat ya')).toEqual({
      lang: 'id', request: true, commitment: false, question: false, times: ['Jumat (concrete)'], polite: 1,
    });
  });
});

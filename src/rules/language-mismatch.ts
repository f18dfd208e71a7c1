/**
 * language-mismatch (off by default, info): the client wrote in English and the draft is in Indonesian, or the
 * reverse. A draft that mixes both is never flagged, nor one too short to tell.
 */
import type { AnalyzedMessage, Finding, Rule, RuleContext } from '../engine/types';
import { bodySentences, finding, othersMessages, replace } from './util';

const ID = 'language-mismatch';

/** Enough words of one language to say the message is written in it. */
const MIN_EVIDENCE = 4;

function clearly(m: AnalyzedMessage): 'en' | 'id' | null {
  if (m.language === 'mixed' || m.bulk) return null;
  const mine = m.evidence[m.language];
  const other = m.evidence[m.language === 'en' ? 'id' : 'en'];
  return mine >= MIN_EVIDENCE && other <= mine / 10 ? m.language : null;
}

const NAME = { en: { en: 'English', id: 'Indonesian' }, id: { en: 'bahasa Inggris', id: 'bahasa Indonesia' } } as const;

function check(ctx: RuleContext): Finding[] {
  const draft = clearly(ctx.draft);
  if (!draft) return [];
  // the newest message by others that clearly has a language
  const theirs = [...othersMessages(ctx)].reverse().map(clearly).find((l) => l !== null);
  if (!theirs || theirs === draft) return [];
  const first = bodySentences(ctx)[0];
  if (!first) return [];
  // the note goes where the reader starts reading, in the language they wrote in
  const note = theirs === 'id' ? 'Mohon maaf, saya membalas dalam bahasa Inggris.' : 'Sorry for replying in Indonesian.';
  const msg =
    ctx.uiLang === 'id'
      ? `Lawan bicara Anda menulis dalam ${NAME.id[theirs]}, sedangkan balasan ini dalam ${NAME.id[draft]}. Balas dalam bahasanya, atau beri tahu mengapa tidak.`
      : `They wrote in ${NAME.en[theirs]}, and this reply is in ${NAME.en[draft]}. Reply in their language, or say why not.`;
  return [finding(ID, 'info', first, ctx.draft.text, msg, [replace({ start: first.start, end: first.start }, `${note} `, note)])];
}

export const languageMismatch: Rule = {
  id: ID,
  title: { en: 'Language mismatch', id: 'Bahasa berbeda' },
  description: {
    en: 'The client wrote in English and your reply is in Indonesian, or the reverse; mixed replies are fine. Off by default.',
    id: 'Klien menulis dalam bahasa Inggris dan balasan Anda dalam bahasa Indonesia, atau sebaliknya; campuran tidak apa-apa. Nonaktif secara bawaan.',
  },
  defaultOn: false,
  severity: 'info',
  languages: ['en', 'id'],
  examples: {
    pass: [
      { text: 'Baik Pak, laporannya saya kirim besok jam 10.00.', quoted: 'Selamat pagi, mohon dikirimkan laporan bulan ini. Terima kasih.' },
      { text: 'Oke, the report will be ready besok pagi ya, jam 10.00.', quoted: 'Could you send me the report for this month? Thanks.' },
    ],
    fail: [
      { text: 'Sure, I will send the report tomorrow at 10 AM.', quoted: 'Selamat pagi, mohon dikirimkan laporan bulan ini ya. Terima kasih.' },
      { text: 'Baik Pak, laporannya saya kirim besok jam 10.00 ya.', quoted: 'Could you send me the report for this month? Thanks a lot.' },
    ],
  },
  check,
};

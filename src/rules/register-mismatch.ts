/**
 * register-mismatch: an informal Indonesian reply to someone who writes formally ("makasih, ntar aku kirim" to a
 * client who wrote "Dengan hormat, … mohon … Terima kasih"), and a draft that addresses one person two ways
 * ("Bapak" and then "kamu"). Reads the register of the thread (every message by others), not a fixed standard:
 * a casual thread stays casual. Each informal word gets its formal form (src/engine/id/register.ts).
 */
import { ADDRESS, addressOf, formality, isFormal, registerEntry } from '../engine/id/register';
import { ACRONYMS } from '../engine/id/lexicon';
import { has } from '../engine/id/text';
import type { AnalyzedMessage, Finding, Rule, RuleContext, Suggestion } from '../engine/types';
import { finding, inCaseOf, othersMessages, ownWords, replace, say } from './util';

const ID = 'register-mismatch';

/** The thread's others write formally: their messages together read formal (quotes and signatures already cut). */
function threadIsFormal(others: readonly AnalyzedMessage[]): boolean {
  const total = { formal: 0, informal: 0 };
  let indonesian = false;
  for (const m of others) {
    if (m.bulk || m.language === 'en') continue;
    indonesian = true;
    const f = formality(m.sentences.map((s) => s.text).join('\n'));
    total.formal += f.formal;
    total.informal += f.informal;
  }
  return indonesian && isFormal(total);
}

/** How the writer addresses the reader: in the draft, else in the writer's own earlier messages. */
function readerAddress(ctx: RuleContext, inDraft: 'Bapak' | 'Ibu' | null): 'Bapak' | 'Ibu' | null {
  if (inDraft) return inDraft;
  for (const m of [...(ctx.thread?.messages ?? [])].reverse()) {
    if (!m.message.byWriter) continue;
    const a = addressOf(m.analyzed.sentences.map((s) => s.text).join('\n'));
    if (a) return a;
  }
  return null;
}

/**
 * The draft greets the reader by first name alone ("Hi Dina,", "Pagi Dimas,"): the writer has set a first-name
 * footing (a colleague, a long-standing client, someone junior), and their casual words are theirs to choose.
 */
function firstNameFooting(ctx: RuleContext): boolean {
  const first = ctx.draft.text.trimStart().split('\n', 1)[0] ?? '';
  return /^\s*(?:hi|hai|halo|hallo|hello|dear|pagi|siang|sore|malam|selamat (?:pagi|siang|sore|malam))[ \t,]+\p{Lu}\p{Ll}+\b/iu.test(first) &&
    !/^\s*\S+(?:[ \t]+(?:pagi|siang|sore|malam))?[ \t,]+(?:bapak|ibu|pak|bu|mas|mbak|mba|kak|bang|yth)\b/iu.test(first);
}

/** An acronym, not a word: "GA" (General Affairs), "KK" (Kartu Keluarga), "Km." (kilometre). */
const isAcronym = (word: string, after: string): boolean =>
  (word.length > 1 && word === word.toUpperCase()) || (has(ACRONYMS, word.toLowerCase()) && word !== word.toLowerCase()) || /^\.?\s*\d/.test(after);

function check(ctx: RuleContext): Finding[] {
  if (ctx.draft.bulk) return [];
  // a draft that calls the reader Bapak/Ibu is formal towards them: "kamu" or "kak" to the same person is a slip
  const inDraft = addressOf(ctx.draft.sentences.map((s) => s.text).join('\n'));
  const address = readerAddress(ctx, inDraft);
  const formalThread = !firstNameFooting(ctx) && threadIsFormal(othersMessages(ctx));
  const mixedAddress = inDraft !== null;
  if (!formalThread && !mixedAddress) return [];
  const out: Finding[] = [];
  for (const { word, start, end, sentence } of ownWords(ctx)) {
    if (sentence.lang === 'en') continue;
    const entry = registerEntry(word);
    if (!entry || isAcronym(word, ctx.draft.text.slice(end, end + 3))) continue;
    const isAddress = entry.formal === ADDRESS;
    if (!formalThread && !isAddress) continue;
    // "kak Rina", "kamu Budi": a word naming a third person, not the reader
    if (isAddress && /^\s+\p{Lu}\p{Ll}/u.test(ctx.draft.text.slice(end, end + 3))) continue;
    const span = { start, end };
    let suggestions: Suggestion[];
    if (isAddress) {
      const forms = address ? [address] : /^(?:kak|kk)$/i.test(word) ? ['Bapak', 'Ibu'] : ['Anda'];
      suggestions = forms.map((f) => replace(span, f));
    } else if (entry.formal === '') {
      // a particle: dropped with the space before it ("kirim dong" → "kirim")
      const before = /[ \t]$/.test(ctx.draft.text.slice(start - 1, start)) ? 1 : 0;
      suggestions = [replace({ start: start - before, end }, '', say(ctx, { en: `Remove "${word}"`, id: `Hapus "${word}"` }))];
    } else {
      suggestions = [replace(span, inCaseOf(word, entry.formal))];
    }
    const formal = suggestions[0]!.replacement.text;
    const message = formalThread
      ? say(ctx, {
          en: `"${word}" is casual (${entry.reason}), and this thread is formal.${formal ? ` A formal email says "${formal}".` : ' A formal email leaves it out.'}`,
          id: `"${word}" terbaca santai, sedangkan percakapan ini formal.${formal ? ` Dalam email formal: "${formal}".` : ' Email formal tidak memakainya.'}`,
        })
      : say(ctx, {
          en: `You address the reader as "${address}" elsewhere in this email; "${word}" to the same person reads as a slip.`,
          id: `Di email ini Anda menyapa pembaca "${address}"; "${word}" kepada orang yang sama terasa janggal.`,
        });
    out.push({ ...finding(ID, 'warning', span, ctx.draft.text, message, suggestions), confidence: isAddress ? 0.85 : 0.75 });
  }
  return out;
}

const FORMAL_CLIENT = 'Dengan hormat,\nBapak Andi, mohon dikirimkan laporan bulan Maret paling lambat Jumat, 7 Maret pukul 15.00. Terima kasih.\nHormat kami,\nRina';

export const registerMismatch: Rule = {
  id: ID,
  title: { en: 'Register mismatch', id: 'Ragam bahasa tidak sesuai' },
  description: {
    en: 'Casual Indonesian ("makasih", "aku", "gak") replying to someone who writes formally, or "kamu" to a reader you call Bapak or Ibu. Off by default.',
    id: 'Bahasa santai ("makasih", "aku", "gak") untuk membalas email formal, atau "kamu" kepada orang yang Anda sapa Bapak atau Ibu. Nonaktif secara bawaan.',
  },
  defaultOn: false,
  severity: 'warning',
  languages: ['id'],
  examples: {
    pass: [
      { text: 'Baik Bu Rina, terima kasih. Laporan bulan Maret saya kirim Jumat, 7 Maret pukul 15.00.', quoted: FORMAL_CLIENT },
      { text: 'Siap, makasih! Ntar aku kirim Jumat jam 3 ya.', quoted: 'Halo Andi, laporan Maret udah ada belum? Kirim Jumat jam 3 aja ya, makasih!' },
    ],
    fail: [
      { text: 'Oke makasih, laporannya aku kirim Jumat jam 15.00 ya.', quoted: FORMAL_CLIENT },
      { text: 'Selamat pagi Pak Andi, laporannya sudah kamu terima?' },
    ],
  },
  check,
};

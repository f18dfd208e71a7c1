/**
 * The Indonesian sentence reader: requests, commitments, questions and politeness of one sentence
 * (and, re-exported from ./register, `indonesianRegister`: how formal it reads). Word lists are in ./lexicon.ts; this file holds
 * only the patterns. English words inside the sentence ("tolong share file-nya ya") pass through:
 * loan verbs are in ACTION_VERBS and unknown words are simply skipped.
 */
import type { QuestionKind } from '../types';
import type { SentenceSignals } from '../signals';
import {
  ACRONYMS, ACTION_VERBS, AMBIGUOUS_VERBS, COMMIT_AUXILIARIES, COMMIT_BLOCKERS, COMMIT_OPENERS, FIRST_PERSON,
  ID_WORDS, INDIRECT_QUESTIONS, LEAD_IN, NOT_IMPERATIVE, NOT_QUESTION_AFTER,
  ORDER_PARTICLES, PERMISSION, POLITENESS, QUESTION_WORDS, REQUEST_WORDS, SECOND_PERSON, SUBJECT_BEFORE,
} from './lexicon';
import { has, hasPhrase, normalizedText, PhraseIndex, tokenize, wordsOf, type Token } from './text';

const KNOWN = new Set([
  ...Object.keys(ID_WORDS), ...Object.keys(POLITENESS), ...Object.keys(REQUEST_WORDS), ...Object.keys(ACTION_VERBS),
  ...Object.keys(QUESTION_WORDS), 'dong', 'yuk', 'deh', 'sih', 'nih', 'ayo',
]);
const known = (w: string): boolean => KNOWN.has(w);
const CUES = new PhraseIndex(Object.keys(POLITENESS));
const NOT_ASKING = new PhraseIndex(Object.keys(NOT_QUESTION_AFTER));
const INDIRECT = new PhraseIndex(Object.keys(INDIRECT_QUESTIONS));


/**
 * An active verb form the writer or reader can be told to do: a listed stem ("kirim"), a listed stem
 * with -lah ("kirimlah"), or a -kan/-kanlah verb ("siapkan", "berikan"). di-/meN- forms are excluded:
 * "dikirimkan" (passive) and "melakukan" (narrative) describe, they do not order or promise.
 */
const isVerbLike = (w: string): boolean => {
  if (has(ACTION_VERBS, w)) return true;
  if (has(NOT_IMPERATIVE, w) || w.length < 6 || /^(di|me)/.test(w)) return false;
  if (w.endsWith('lah')) return has(ACTION_VERBS, w.slice(0, -3)) || w.endsWith('kanlah');
  return w.endsWith('kan');
};

/** Index of the first token of each clause that is not a lead-in word. */
function clauseHeads(tokens: readonly Token[]): number[] {
  const heads: number[] = [];
  let clause = -1;
  let skipping = false;
  tokens.forEach((t, i) => {
    if (t.clause !== clause) {
      clause = t.clause;
      skipping = true;
    }
    if (skipping && !has(LEAD_IN, t.norm) && !/^\d/.test(t.norm)) {
      heads.push(i);
      skipping = false;
    }
  });
  return heads;
}

function findQuestion(tokens: readonly Token[], text: string, hasMark: boolean): { is: boolean; kind?: QuestionKind } {
  let cleaned = text;
  for (const p of NOT_ASKING.candidates(wordsOf(text))) cleaned = cleaned.split(` ${p} `).join(' # ');
  cleaned = cleaned.replace(/ di mana /g, ' dimana ').replace(/ dari mana /g, ' dimana ');
  const words = cleaned.trim().split(/\s+/);
  const heads = new Set(clauseHeads(tokens).map((i) => tokens[i]!.norm));
  const wh = words.filter((w) => has(QUESTION_WORDS, w) && (hasMark || heads.has(w) || w === 'apakah' || w.endsWith('kah')));
  const indirect = INDIRECT.candidates(words).find((p) => hasPhrase(cleaned, p));
  if (!hasMark && !wh.length && !indirect) return { is: false };
  const said = (p: string): boolean => hasPhrase(cleaned, p);
  let kind: QuestionKind;
  if (wh.includes('kapan') || said('jam berapa') || said('tanggal berapa') || said('hari apa') || said('pukul berapa')) kind = 'when';
  else if (wh.includes('berapa') || wh.includes('berapakah')) kind = 'how-many';
  else if (said('yang mana') || said('mana yang') || (hasMark && !wh.length && said('atau'))) kind = 'which';
  else if (wh.some((w) => QUESTION_WORDS[w]!.kind === 'yes-no') || /^ apa (sudah|belum|bisa|boleh|ada|benar|betul|jadi|masih) /.test(cleaned)) kind = 'yes-no';
  else if (wh.length) kind = QUESTION_WORDS[wh[0]!]!.kind;
  else if (indirect) kind = INDIRECT_QUESTIONS[indirect]!.kind;
  else kind = 'yes-no';
  return { is: true, kind };
}

function findRequest(tokens: readonly Token[], text: string, hasMark: boolean): { is: boolean; imperative: boolean } {
  const norms = tokens.map((t) => t.norm);
  const firstPersonAt = (i: number): boolean => i > 0 && has(FIRST_PERSON, norms[i - 1]);
  for (let i = 0; i < norms.length; i++) {
    const w = norms[i]!;
    // Verb-like request words ("kabari", "konfirmasi") only ask at the head of a clause: see below.
    if (!has(REQUEST_WORDS, w) || has(ACTION_VERBS, w) || w === 'coba') continue;
    if (w === 'mohon' && norms[i + 1] === 'maaf') continue; // "mohon maaf" apologises
    if (w === 'minta' && norms[i + 1] === 'maaf') continue;
    if ((w === 'harap' || w === 'coba' || w === 'kabari' || w === 'konfirmasi' || w === 'infokan') && firstPersonAt(i)) continue; // "saya harap" = I hope
    if (w === 'coba' && has(FIRST_PERSON, norms[i + 1])) continue;
    if (w === 'konfirmasi' && norms.slice(0, i).some((x) => x === 'sudah' || x === 'akan')) continue;
    return { is: true, imperative: false };
  }
  if (hasPhrase(text, 'jangan lupa')) return { is: true, imperative: false };
  const heads = clauseHeads(tokens);
  for (const h of heads) {
    const w = norms[h]!;
    // "bisa kirim hari ini?", "boleh minta nomornya?", "apakah bisa dikirim besok?"
    if (hasMark && (w === 'bisa' || w === 'boleh' || ((w === 'apakah' || w === 'apa') && ['bisa', 'boleh', 'dapat'].includes(norms[h + 1] ?? '')))) {
      if (!has(FIRST_PERSON, norms[h + 1]) || w === 'boleh') return { is: true, imperative: false };
    }
    // Clause-initial verb: "kirimkan laporannya", "cek dulu ya". A verb that is also a noun ("info rapat",
    // "email ke klien") needs a particle; a verb alone in its clause is a heading ("Update:").
    const rest = norms.slice(h + 1).filter((_, k) => tokens[h + 1 + k]!.clause === tokens[h]!.clause);
    const particle = rest.some((x) => has(ORDER_PARTICLES, x));
    if (isVerbLike(w) && rest.length > 0 && (particle || (!hasMark && !has(AMBIGUOUS_VERBS, w)))) return { is: true, imperative: true };
  }
  // A verb with an order particle close behind, not after "saya/aku": "share dong", "tolong share file-nya ya".
  for (let i = 0; i < norms.length; i++) {
    if (!has(ACTION_VERBS, norms[i]) || firstPersonAt(i) || (i > 1 && has(FIRST_PERSON, norms[i - 2]))) continue;
    if (norms.slice(0, i).some((x) => has(FIRST_PERSON, x))) continue;
    const next = norms.slice(i + 1, i + 4);
    if (next.some((x) => x === 'dong' || x === 'donk' || x === 'yuk')) return { is: true, imperative: true };
  }
  // "kamu harus kirim hari ini": an order, however rude.
  const harus = norms.indexOf('harus');
  if (harus > 0 && has(SECOND_PERSON, norms[harus - 1])) return { is: true, imperative: true };
  return { is: false, imperative: false };
}

/**
 * Whether the pronoun at `i` is a subject rather than a possessive ("nenek saya bayar" = my grandmother
 * paid): at the head of its clause, after a lead-in, time or joining word, or after a fronted topic
 * ("Filenya saya kirim sore ini").
 */
function isSubject(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.clause !== tokens[i]!.clause || /^\d/.test(prev.norm)) return true;
  return has(LEAD_IN, prev.norm) || has(SUBJECT_BEFORE, prev.norm) || has(COMMIT_OPENERS, prev.norm) || has(COMMIT_BLOCKERS, prev.norm) || has(PERMISSION, prev.norm) || /nya$/.test(prev.norm);
}

function findCommitment(tokens: readonly Token[]): boolean {
  const norms = tokens.map((t) => t.norm);
  for (let i = 0; i < norms.length; i++) {
    const w = norms[i]!;
    // "akan saya kirim", "nanti aku kabari", "segera kami proses", "biar saya cek".
    if (has(COMMIT_OPENERS, w) && has(FIRST_PERSON, norms[i + 1]) && tokens[i + 1]!.clause === tokens[i]!.clause) {
      const after = norms[i + 2];
      if (after === undefined || !has(COMMIT_BLOCKERS, after)) {
        if (w !== 'siap' && w !== 'baik' && w !== 'oke') return true;
      }
    }
    // "File-nya akan dikirim besok": the formal passive promise.
    if (w === 'akan' && /^di\p{L}{3,}/u.test(norms[i + 1] ?? '') && !norms.slice(0, i).some((x) => x === 'tidak' || x === 'apakah')) return true;
    // "kukirim", "nanti kukabari": the ku- prefix is "aku" fused to the verb.
    if (w.startsWith('ku') && has(ACTION_VERBS, w.slice(2)) && !has(PERMISSION, norms[i - 1]) && !has(COMMIT_BLOCKERS, norms[i - 1])) return true;
    if (!has(FIRST_PERSON, w) || !isSubject(tokens, i)) continue;
    if (i > 0 && (has(PERMISSION, norms[i - 1]) || has(COMMIT_BLOCKERS, norms[i - 1]))) continue; // "boleh saya…?", "sudah saya kirim"
    if (i > 1 && has(PERMISSION, norms[i - 2]) && norms[i - 1] === 'yang') continue;
    let sawAux = false;
    for (let j = i + 1; j < Math.min(norms.length, i + 5); j++) {
      const x = norms[j]!;
      if (tokens[j]!.clause !== tokens[i]!.clause) break;
      if (has(COMMIT_BLOCKERS, x)) break;
      if (has(COMMIT_AUXILIARIES, x)) {
        sawAux = true;
        if (x === 'akan' || x === 'bakal' || x === 'usahakan' || x === 'pasti') return true;
        continue;
      }
      if (isVerbLike(x) || (sawAux && /^(me[mn]?g?y?|ber)\p{L}{3,}/u.test(x))) return true;
      break;
    }
  }
  return false;
}

function isShouting(sentence: string): boolean {
  const words = sentence.match(/\p{L}{3,}/gu) ?? [];
  const caps = words.filter((w) => w === w.toUpperCase() && w !== w.toLowerCase() && !has(ACRONYMS, w.toLowerCase()));
  return caps.length >= 2 && caps.length * 2 >= words.length;
}

/** Strategies that take the edge off an order; without one, "kirimkan laporannya" is a bare imperative. */
const SOFTENING = new Set(['please', 'mild-please', 'softener', 'indirect', 'gratitude', 'apology', 'deference', 'hedge']);

function politeness(tokens: readonly Token[], sentence: string, request: { is: boolean; imperative: boolean }, question: boolean): { score: number; strategies: string[] } {
  // Raw spellings matter for some cues ("lu" is rude, its normal form "kamu" is not), so look in both.
  let norm = normalizedText(tokens);
  let raw = ` ${tokens.map((t) => t.raw).join(' ')} `;
  let score = 0;
  const strategies: string[] = [];
  const use = (weight: number, strategy: string): void => {
    score += weight;
    if (!strategies.includes(strategy)) strategies.push(strategy);
  };
  for (const phrase of CUES.candidates([...wordsOf(raw), ...wordsOf(norm)])) {
    const cue = POLITENESS[phrase]!;
    // Each occurrence counts once, and a longer cue uses up its words ("mohon maaf" is not also "maaf").
    if (!hasPhrase(raw, phrase) && !hasPhrase(norm, phrase)) continue;
    raw = raw.split(` ${phrase} `).join(' # ');
    norm = norm.split(` ${phrase} `).join(' # ');
    // Addressing the reader is deference once, however many titles ("Bapak/Ibu").
    if (cue.strategy === 'deference' && strategies.includes('deference')) continue;
    use(cue.weight, cue.strategy);
  }
  const norms = tokens.map((t) => t.norm);
  if (request.is && question && /^(bisa|boleh|bisakah|bolehkah|dapatkah|apakah)$/.test(norms.find((w) => !has(LEAD_IN, w)) ?? '')) use(0.25, 'indirect');
  const softened = strategies.some((s) => SOFTENING.has(s));
  if (request.imperative && !softened) use(-0.3, 'bare-imperative');
  if (isShouting(sentence)) use(-0.5, 'shouting');
  if (/[!?]{2,}/.test(sentence)) use(-0.3, 'repeated-punctuation');
  return { score: Math.max(-1, Math.min(1, Math.round(score * 100) / 100)), strategies };
}

export function indonesianSignals(sentence: string): SentenceSignals {
  const tokens = tokenize(sentence, known);
  const text = normalizedText(tokens);
  const hasMark = sentence.includes('?');
  const question = findQuestion(tokens, text, hasMark);
  const request = findRequest(tokens, text, hasMark);
  const { score, strategies } = politeness(tokens, sentence, request, question.is);
  return {
    isRequest: request.is,
    isCommitment: findCommitment(tokens),
    isQuestion: question.is,
    ...(question.kind ? { questionKind: question.kind } : {}),
    politeness: score,
    strategies,
  };
}

export { indonesianRegister } from './register';

/**
 * Register: how formal an Indonesian sentence reads. Used by the STIF evaluation and available to
 * rules that want to match the reader's register in a suggestion.
 */
import { ACRONYMS, FORMAL_MARKERS, INFORMAL_MARKERS, NOT_INFORMAL_SHAPE } from './lexicon';
import { has } from './text';

/** Chat spellings that markers cannot list one by one: lengthened words ("yaaa", "semuaa") and "-in"/"ng-" verbs ("dikerjain", "ngirim"). */
const INFORMAL_SHAPE = /^(?:\p{L}*(\p{L})\1\1\p{L}*|\p{L}+(?:aa|ii|oo|uu|kk|hh|rr|nn|yy)|di\p{L}{3,}in|ng\p{L}{3,}|wk(?:wk)+\p{L}*|\p{L}+2|di(?:sini|sana|situ|rumah|kantor|atas|bawah|luar|depan|belakang))$/u;
/** Vowelless chat abbreviations ("mlm", "msh", "blkng"), except acronyms both registers keep. */
const VOWELLESS = /^[b-df-hj-np-tv-z]{2,5}$/;

/**
 * How formal a sentence reads, in [-1, 1]: informal markers ("udh", "gak", "gmn", "aja", "min",
 * chat lengthening) pull it down, the standard words a formal rewrite uses ("sudah", "tidak",
 * "bagaimana", "saja", "Anda", "mohon") pull it up. 0 when neither appears.
 */
export function indonesianRegister(sentence: string): number {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  let informal = 0;
  let formal = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'terima' && words[i + 1] === 'kasih') {
      formal++;
      i++;
      continue;
    }
    const weight = w === 'ya' ? 0.5 : 1;
    if (has(INFORMAL_MARKERS, w)) informal += weight;
    else if ((INFORMAL_SHAPE.test(w) && !has(NOT_INFORMAL_SHAPE, w) && !has(FORMAL_MARKERS, w)) || (VOWELLESS.test(w) && !has(ACRONYMS, w))) informal++;
    else if (has(FORMAL_MARKERS, w) || /^(mem|men|meng|meny)\p{L}{3,}$/u.test(w)) formal++;
  }
  return (formal - informal) / (formal + informal + 1);
}

/**
 * An informal word and what a formal email says instead. `formal` is the replacement ('' = drop the word, a
 * particle), or `ADDRESS` for a word that addresses the reader (kamu, lo, kak), which becomes the address the
 * thread uses (Bapak, Ibu, else Anda). `seen` is how often STIF's formal rewrites made exactly this substitution
 * (scripts/eval/register-pairs.ts; 0 = added by hand); `reason` says why a formal email avoids the word.
 */
export interface RegisterEntry {
  readonly formal: string;
  readonly seen: number;
  readonly reason: string;
}

/** The reader's address, worked out from the thread: Bapak, Ibu, or Anda when neither is used. */
export const ADDRESS = '{address}';

/**
 * Informal → formal, reviewed by hand from the STIF candidates (train + dev pairs seen three times or more, and
 * the pronouns and particles STIF keeps because its "formal" is standard spelling, not the polite register of
 * business email). Left out on purpose: words standard Indonesian accepts in formal mail ("kenapa", "tapi" for
 * "tetapi" is listed, "ok", "ya", "terimakasih" as a spelling), words whose formal form depends on meaning ("kok",
 * "abis", "kaya" = rich, "kasih" = love/give, "dr" = dokter/dari, "min" = admin/minus), and abbreviations
 * formal letters use themselves ("tsb", "tgl", "no.").
 */
export const REGISTER: Readonly<Record<string, RegisterEntry>> = {
  // negation and "already/not yet"
  ga: { formal: 'tidak', seen: 87, reason: 'spoken "not"' },
  gak: { formal: 'tidak', seen: 65, reason: 'spoken "not"' },
  gk: { formal: 'tidak', seen: 10, reason: 'chat "not"' },
  ngga: { formal: 'tidak', seen: 11, reason: 'spoken "not"' },
  nggak: { formal: 'tidak', seen: 9, reason: 'spoken "not"' },
  enggak: { formal: 'tidak', seen: 0, reason: 'spoken "not"' },
  engga: { formal: 'tidak', seen: 0, reason: 'spoken "not"' },
  ndak: { formal: 'tidak', seen: 3, reason: 'Javanese-flavoured spoken "not"' },
  kaga: { formal: 'tidak', seen: 0, reason: 'Betawi "not"' },
  gabisa: { formal: 'tidak bisa', seen: 13, reason: 'spoken "cannot", written as one word' },
  gaada: { formal: 'tidak ada', seen: 0, reason: 'spoken "there is none", written as one word' },
  gapapa: { formal: 'tidak apa-apa', seen: 0, reason: 'spoken "it is fine"' },
  gpp: { formal: 'tidak apa-apa', seen: 0, reason: 'chat "it is fine"' },
  udah: { formal: 'sudah', seen: 68, reason: 'spoken "already"' },
  udh: { formal: 'sudah', seen: 10, reason: 'chat "already"' },
  sdh: { formal: 'sudah', seen: 10, reason: 'abbreviated "already"' },
  dah: { formal: 'sudah', seen: 0, reason: 'clipped "already"' },
  blm: { formal: 'belum', seen: 13, reason: 'abbreviated "not yet"' },
  belom: { formal: 'belum', seen: 5, reason: 'spoken "not yet"' },
  blom: { formal: 'belum', seen: 0, reason: 'spoken "not yet"' },
  // pronouns and address: STIF keeps aku/kamu (standard, but casual); business email says saya and Bapak/Ibu/Anda
  aku: { formal: 'saya', seen: 0, reason: 'casual "I"; formal mail says "saya"' },
  aq: { formal: 'saya', seen: 1, reason: 'chat "I"' },
  gue: { formal: 'saya', seen: 15, reason: 'Jakarta slang "I"' },
  gua: { formal: 'saya', seen: 8, reason: 'Jakarta slang "I"' },
  gw: { formal: 'saya', seen: 12, reason: 'chat slang "I"' },
  sy: { formal: 'saya', seen: 20, reason: 'abbreviated "I"' },
  kamu: { formal: ADDRESS, seen: 0, reason: 'casual "you"; to a client, Bapak/Ibu or Anda' },
  km: { formal: ADDRESS, seen: 0, reason: 'chat "you"' },
  kmu: { formal: ADDRESS, seen: 0, reason: 'chat "you"' },
  lo: { formal: ADDRESS, seen: 2, reason: 'Jakarta slang "you": rude at work' },
  lu: { formal: ADDRESS, seen: 1, reason: 'Jakarta slang "you": rude at work' },
  elu: { formal: ADDRESS, seen: 0, reason: 'Jakarta slang "you": rude at work' },
  kak: { formal: ADDRESS, seen: 0, reason: 'friendly "Kak" (older sibling), for someone the thread calls Bapak/Ibu' },
  kk: { formal: ADDRESS, seen: 0, reason: 'chat "Kak"' },
  // thanks
  makasih: { formal: 'terima kasih', seen: 6, reason: 'spoken "thanks"' },
  makasi: { formal: 'terima kasih', seen: 1, reason: 'spoken "thanks"' },
  mksh: { formal: 'terima kasih', seen: 0, reason: 'chat "thanks"' },
  trims: { formal: 'terima kasih', seen: 4, reason: 'clipped "thanks"' },
  trimakasih: { formal: 'terima kasih', seen: 4, reason: 'clipped "thank you"' },
  tks: { formal: 'terima kasih', seen: 4, reason: 'chat "thanks"' },
  thx: { formal: 'terima kasih', seen: 10, reason: 'English chat "thanks"' },
  // question words and conjunctions
  gimana: { formal: 'bagaimana', seen: 23, reason: 'spoken "how"' },
  gmn: { formal: 'bagaimana', seen: 9, reason: 'chat "how"' },
  gmna: { formal: 'bagaimana', seen: 1, reason: 'chat "how"' },
  knp: { formal: 'mengapa', seen: 4, reason: 'chat "why"' },
  brp: { formal: 'berapa', seen: 3, reason: 'chat "how many"' },
  kalo: { formal: 'kalau', seen: 29, reason: 'spoken "if"' },
  klo: { formal: 'kalau', seen: 0, reason: 'chat "if"' },
  tp: { formal: 'tetapi', seen: 12, reason: 'chat "but"' },
  krn: { formal: 'karena', seen: 8, reason: 'chat "because"' },
  karna: { formal: 'karena', seen: 5, reason: 'spoken "because"' },
  biar: { formal: 'agar', seen: 5, reason: 'spoken "so that"' },
  jd: { formal: 'jadi', seen: 3, reason: 'chat "so"' },
  yg: { formal: 'yang', seen: 101, reason: 'chat "which"' },
  dgn: { formal: 'dengan', seen: 6, reason: 'chat "with"' },
  utk: { formal: 'untuk', seen: 6, reason: 'chat "for"' },
  dlm: { formal: 'dalam', seen: 4, reason: 'chat "in"' },
  jg: { formal: 'juga', seen: 7, reason: 'chat "also"' },
  skrg: { formal: 'sekarang', seen: 5, reason: 'chat "now"' },
  // adverbs
  aja: { formal: 'saja', seen: 29, reason: 'spoken "just"' },
  doang: { formal: 'saja', seen: 4, reason: 'slang "only"' },
  cuma: { formal: 'hanya', seen: 7, reason: 'spoken "only"' },
  cuman: { formal: 'hanya', seen: 5, reason: 'spoken "only"' },
  bgt: { formal: 'sekali', seen: 5, reason: 'chat "very"' },
  banget: { formal: 'sekali', seen: 4, reason: 'spoken "very"' },
  emang: { formal: 'memang', seen: 6, reason: 'spoken "indeed"' },
  emg: { formal: 'memang', seen: 0, reason: 'chat "indeed"' },
  ntar: { formal: 'nanti', seen: 0, reason: 'spoken "later"' },
  entar: { formal: 'nanti', seen: 0, reason: 'spoken "later"' },
  kayak: { formal: 'seperti', seen: 3, reason: 'spoken "like"' },
  kyk: { formal: 'seperti', seen: 2, reason: 'chat "like"' },
  kek: { formal: 'seperti', seen: 3, reason: 'slang "like"' },
  kayaknya: { formal: 'sepertinya', seen: 3, reason: 'spoken "it seems"' },
  kayanya: { formal: 'sepertinya', seen: 3, reason: 'spoken "it seems"' },
  gini: { formal: 'begini', seen: 4, reason: 'spoken "like this"' },
  gitu: { formal: 'begitu', seen: 2, reason: 'spoken "like that"' },
  dikit: { formal: 'sedikit', seen: 0, reason: 'spoken "a little"' },
  sampe: { formal: 'sampai', seen: 12, reason: 'spoken "until"' },
  ampe: { formal: 'sampai', seen: 1, reason: 'spoken "until"' },
  kemaren: { formal: 'kemarin', seen: 9, reason: 'spoken "yesterday"' },
  malem: { formal: 'malam', seen: 5, reason: 'spoken "evening"' },
  tetep: { formal: 'tetap', seen: 3, reason: 'spoken "still"' },
  // verbs, adjectives and nouns in their spoken shapes
  pake: { formal: 'pakai', seen: 22, reason: 'spoken "use"' },
  dipake: { formal: 'dipakai', seen: 10, reason: 'spoken "used"' },
  dapet: { formal: 'dapat', seen: 14, reason: 'spoken "get"' },
  cepet: { formal: 'cepat', seen: 13, reason: 'spoken "fast"' },
  bener: { formal: 'benar', seen: 6, reason: 'spoken "right"' },
  liat: { formal: 'lihat', seen: 7, reason: 'spoken "see"' },
  tau: { formal: 'tahu', seen: 7, reason: 'spoken "know"' },
  nunggu: { formal: 'menunggu', seen: 8, reason: 'spoken "wait", without the me- prefix' },
  nanya: { formal: 'bertanya', seen: 5, reason: 'spoken "ask"' },
  nyari: { formal: 'mencari', seen: 3, reason: 'spoken "look for"' },
  ngirim: { formal: 'mengirim', seen: 2, reason: 'spoken "send", without the me- prefix' },
  ngecek: { formal: 'mengecek', seen: 1, reason: 'spoken "check"' },
  ngasih: { formal: 'memberi', seen: 1, reason: 'spoken "give"' },
  bikin: { formal: 'membuat', seen: 4, reason: 'spoken "make"' },
  pengen: { formal: 'ingin', seen: 1, reason: 'spoken "want"' },
  pgn: { formal: 'ingin', seen: 0, reason: 'chat "want"' },
  kirimin: { formal: 'kirimkan', seen: 0, reason: 'Jakarta -in for the standard -kan' },
  kabarin: { formal: 'kabari', seen: 0, reason: 'Jakarta -in for the standard -i' },
  infoin: { formal: 'informasikan', seen: 0, reason: 'Jakarta -in for the standard -kan' },
  bales: { formal: 'balas', seen: 7, reason: 'spoken "reply"' },
  pesen: { formal: 'pesan', seen: 9, reason: 'spoken "order/message"' },
  nomer: { formal: 'nomor', seen: 9, reason: 'spoken "number"' },
  temen: { formal: 'teman', seen: 3, reason: 'spoken "friend"' },
  kerjaan: { formal: 'pekerjaan', seen: 3, reason: 'spoken "work"' },
  lemot: { formal: 'lambat', seen: 12, reason: 'slang "slow"' },
  // particles and laughter: a formal email leaves them out
  dong: { formal: '', seen: 0, reason: 'spoken particle pushing a request' },
  sih: { formal: '', seen: 0, reason: 'spoken particle' },
  deh: { formal: '', seen: 0, reason: 'spoken particle' },
  wkwk: { formal: '', seen: 6, reason: 'chat laughter' },
  wkwkwk: { formal: '', seen: 3, reason: 'chat laughter' },
  hehe: { formal: '', seen: 0, reason: 'chat laughter' },
  haha: { formal: '', seen: 0, reason: 'chat laughter' },
};

/** The register entry of a word as written ("Makasih", "dongg": chat lengthening dropped), or undefined. */
export function registerEntry(word: string): RegisterEntry | undefined {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (Object.hasOwn(REGISTER, w)) return REGISTER[w];
  const short = w.replace(/(\p{L})\1+$/u, '$1');
  return short !== w && Object.hasOwn(REGISTER, short) ? REGISTER[short] : undefined;
}

/**
 * What marks a formal Indonesian message: the reader addressed as Bapak/Ibu or Anda, "mohon", and the set phrases
 * of letters ("dengan hormat", "Yth.", "hormat kami", "atas perhatian…", "sehubungan dengan", "bersama ini",
 * "demikian").
 */
const FORMAL_MARK =
  /(?<![\p{L}])(?:bapak|ibu|pak|bu|anda|mohon|dengan hormat|yth|hormat kami|hormat saya|atas perhatian|sehubungan dengan|bersama ini|demikian|terlampir|kami sampaikan)(?![\p{L}])/giu;
/** Casual marks that the register lexicon does not list as words to replace: long laughter, slang addresses. */
const CASUAL_MARK = /(?<![\p{L}])(?:bro|gan|sis|cuy|guys|otw|nih|yuk|kok)(?![\p{L}])/giu;

export interface Formality {
  /** Formal marks found. */
  formal: number;
  /** Informal words and marks found. */
  informal: number;
}

/** Counts the formal and informal marks of an Indonesian text (one message, quotes and signature already cut). */
export function formality(text: string): Formality {
  const formal = (text.match(FORMAL_MARK) ?? []).length;
  let informal = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) if (registerEntry(m[0])) informal++;
  informal += (text.match(CASUAL_MARK) ?? []).length;
  return { formal, informal };
}

/** A message reads formal: two formal marks or more, and at most one informal word for every four of them. */
export const isFormal = (f: Formality): boolean => f.formal >= 2 && f.informal * 4 <= f.formal;

/**
 * How a text addresses its reader, when it says: "Bapak" (Pak, Bapak) or "Ibu" (Bu, Ibu) at the greeting or as a
 * vocative ("Terima kasih, Pak.", "Baik Bu,"), not a third person named mid-sentence ("Pak Budi sudah setuju").
 */
export function addressOf(text: string): 'Bapak' | 'Ibu' | null {
  const re =
    /(?:^|[\n,.!?;:]\s*|(?<![\p{L}])(?:halo|hai|hi|dear|yth\.?|kepada yth\.?|selamat (?:pagi|siang|sore|malam)|terima kasih|makasih|baik|siap|maaf|oke|ok|iya|ya)\s+)(bapak|pak|ibu|bu)(?![\p{L}])/giu;
  for (const m of text.matchAll(re)) return /^(?:bapak|pak)$/i.test(m[1]!) ? 'Bapak' : 'Ibu';
  return null;
}

/**
 * Indonesian lexicons, as data. Every entry carries a short reason so a reviewer can judge it.
 * Words are lower case; matching is on whole words after `normalize` (see ./text.ts), so the
 * informal spellings in NORMAL are written once, here, and every other list uses the standard form.
 */

/** A word or phrase and why it is listed. */
export type Lexicon = Readonly<Record<string, string>>;

/** A weighted cue: how much it moves a score, the strategy name shown in explanations, and why. */
export interface Cue {
  readonly weight: number;
  readonly strategy: string;
  readonly reason: string;
}

/**
 * Chat and email spellings → standard form. Only unambiguous ones: `ga` (tidak) is in; `dr`
 * (dari / dokter), `mnt` (minta / menit), `mb` (mbak / megabyte) and `besuk` (besok / to visit the
 * sick) are out. Reason: what the short form stands for and where it is seen.
 */
export const NORMAL: Readonly<Record<string, readonly [string, string]>> = {
  tlg: ['tolong', 'chat shorthand of the mild request word'],
  tlng: ['tolong', 'chat shorthand of the mild request word'],
  mhn: ['mohon', 'shorthand of the formal request word, common in office chat'],
  sy: ['saya', 'shorthand of "I" (polite)'],
  sya: ['saya', 'misspelling of "I"'],
  aq: ['aku', 'chat spelling of "I" (casual)'],
  ak: ['aku', 'chat spelling of "I" (casual)'],
  gue: ['aku', 'Jakarta slang "I"; same role as aku'],
  gua: ['aku', 'Jakarta slang "I"'],
  gw: ['aku', 'chat spelling of gue'],
  km: ['kamu', 'shorthand of "you" (casual)'],
  kmu: ['kamu', 'shorthand of "you" (casual)'],
  lu: ['kamu', 'Jakarta slang "you"; impolite at work (also scored in POLITENESS)'],
  lo: ['kamu', 'Jakarta slang "you"'],
  elu: ['kamu', 'Jakarta slang "you"'],
  bsk: ['besok', 'shorthand of "tomorrow"'],
  jg: ['juga', 'shorthand of "also"'],
  udh: ['sudah', 'chat spelling of "already"'],
  udah: ['sudah', 'spoken form of "already"'],
  dah: ['sudah', 'clipped "already"'],
  sdh: ['sudah', 'shorthand of "already"'],
  blm: ['belum', 'shorthand of "not yet"'],
  blom: ['belum', 'spoken form of "not yet"'],
  gmn: ['bagaimana', 'shorthand of "how"'],
  gimana: ['bagaimana', 'spoken form of "how"'],
  gmna: ['bagaimana', 'shorthand of "how"'],
  knp: ['kenapa', 'shorthand of "why"'],
  napa: ['kenapa', 'clipped "why"'],
  kpn: ['kapan', 'shorthand of "when"'],
  brp: ['berapa', 'shorthand of "how many/much"'],
  dmn: ['dimana', 'shorthand of "where"'],
  yg: ['yang', 'shorthand of the relative "which/that"'],
  dgn: ['dengan', 'shorthand of "with"'],
  dg: ['dengan', 'shorthand of "with"'],
  utk: ['untuk', 'shorthand of "for"'],
  tdk: ['tidak', 'shorthand of "not"'],
  gak: ['tidak', 'spoken "not"'],
  ga: ['tidak', 'spoken "not"'],
  gk: ['tidak', 'chat "not"'],
  nggak: ['tidak', 'spoken "not"'],
  ngga: ['tidak', 'spoken "not"'],
  enggak: ['tidak', 'spoken "not"'],
  engga: ['tidak', 'spoken "not"'],
  kaga: ['tidak', 'Betawi "not"'],
  bs: ['bisa', 'shorthand of "can"'],
  bsa: ['bisa', 'shorthand of "can"'],
  bisa2: ['bisa', 'chat reduplication'],
  makasih: ['terima kasih', 'spoken "thank you"'],
  makasi: ['terima kasih', 'spoken "thank you"'],
  makaci: ['terima kasih', 'cute spelling of "thank you" seen in STIF'],
  mksh: ['terima kasih', 'shorthand of "thank you"'],
  trims: ['terima kasih', 'clipped "thank you" common in office email'],
  tks: ['terima kasih', 'shorthand of "thanks"'],
  thx: ['terima kasih', 'English "thanks" shorthand used in Indonesian chat'],
  terimakasih: ['terima kasih', 'common one-word spelling'],
  krn: ['karena', 'shorthand of "because"'],
  krna: ['karena', 'shorthand of "because"'],
  tp: ['tapi', 'shorthand of "but"'],
  tpi: ['tapi', 'shorthand of "but"'],
  jd: ['jadi', 'shorthand of "so/become"'],
  skrg: ['sekarang', 'shorthand of "now"'],
  skrang: ['sekarang', 'shorthand of "now"'],
  sblm: ['sebelum', 'shorthand of "before" (deadline word)'],
  sbelum: ['sebelum', 'shorthand of "before"'],
  ntar: ['nanti', 'spoken "later"'],
  entar: ['nanti', 'spoken "later"'],
  nnti: ['nanti', 'shorthand of "later"'],
  kirimin: ['kirimkan', 'Jakarta -in suffix = standard -kan'],
  kabarin: ['kabari', 'Jakarta -in suffix "let me know"'],
  infoin: ['infokan', 'Jakarta -in suffix "inform"'],
  cekin: ['cek', 'Jakarta -in suffix "check"'],
  bales: ['balas', 'spoken "reply"'],
  bls: ['balas', 'shorthand of "reply"'],
  krm: ['kirim', 'shorthand of "send"'],
  kirimnya: ['kirim', 'verb + -nya as used in chat'],
  pls: ['please', 'English shorthand used in Indonesian chat'],
  plis: ['please', 'Indonesian spelling of "please"'],
  plz: ['please', 'English shorthand'],
  mba: ['mbak', 'spelling variant of "Miss"'],
  bpk: ['bapak', 'shorthand of "Sir"'],
  ibu2: ['ibu', 'chat reduplication'],
  kk: ['kak', 'shorthand of the address "Kak"'],
  ka: ['kak', 'shorthand of the address "Kak"'],
  tgl: ['tanggal', 'shorthand of "date" (before a day number)'],
  pkl: ['pukul', 'shorthand of "o\'clock" (formal)'],
  mmg: ['memang', 'shorthand of "indeed"'],
  emg: ['memang', 'shorthand of "indeed"'],
  kalo: ['kalau', 'spoken "if"'],
  klo: ['kalau', 'shorthand of "if"'],
  klu: ['kalau', 'shorthand of "if"'],
  sm: ['sama', 'shorthand of "with/same"'],
  aja: ['saja', 'spoken "just"'],
  aj: ['saja', 'shorthand of "just"'],
  kasi: ['kasih', 'spoken "give"'],
  ksh: ['kasih', 'shorthand of "give"'],
  lg: ['lagi', 'shorthand of "again/currently"'],
  dl: ['dulu', 'shorthand of "first"'],
  dlu: ['dulu', 'shorthand of "first"'],
  cpt: ['cepat', 'shorthand of "fast"'],
  cepet: ['cepat', 'spoken "fast"'],
  bgt: ['banget', 'shorthand of "very"'],
  ok: ['oke', 'only inside Indonesian sentences; lang.ts treats bare "ok" as neutral'],
  okay: ['oke', 'only inside Indonesian sentences'],
  okey: ['oke', 'spelling variant'],
  oce: ['oke', 'playful spelling'],
  sip: ['siap', 'casual "got it"; same role as siap'],
  siyap: ['siap', 'playful spelling'],
};

/**
 * Request markers: the sentence asks the reader to act. Verb stems are listed in ACTION_VERBS;
 * these are the words that make a request by themselves.
 */
export const REQUEST_WORDS: Lexicon = {
  tolong: 'mild "please"; the most common request opener',
  mohon: 'formal "please/kindly"; office email standard',
  minta: '"ask for"; "minta tolong", "saya minta file-nya"',
  harap: 'formal "please" on notices and instructions',
  silakan: '"please go ahead"; invites the reader to act',
  silahkan: 'common misspelling of silakan',
  please: 'English "please" inside an Indonesian sentence',
  bisakah: '"could you?"; the -kah form is always a request or question',
  dapatkah: 'formal "could you?"',
  bolehkah: '"may I/could you?"',
  sudikah: 'very formal "would you kindly?"',
  kabari: '"let me know"; imperative with -i',
  infokan: '"inform (me)"; imperative with -kan',
  konfirmasi: '"confirm"; asking for a confirmation',
  ditunggu: '"(it is) awaited": the polite passive way to ask for something',
  'jangan lupa': '"don\'t forget"; asks the reader to do something',
  coba: '"try (to)"; "coba cek" asks the reader to check',
};

/** Verb stems used in work requests and promises (email, files, meetings), standard spelling. */
export const ACTION_VERBS: Lexicon = {
  kirim: 'send', kirimkan: 'send (imperative -kan)', share: 'share (English loan)',
  cek: 'check', periksa: 'check (formal)', balas: 'reply', jawab: 'answer',
  kabari: 'let know', kabarkan: 'let know', info: 'inform', infokan: 'inform', update: 'update (loan)',
  hubungi: 'contact', telepon: 'phone', telpon: 'phone (spoken)', telfon: 'phone (spoken)',
  bantu: 'help', proses: 'process', kerjakan: 'work on', selesaikan: 'finish', siapkan: 'prepare',
  buatkan: 'make for', email: 'email (loan verb)', forward: 'forward (loan)',
  lampirkan: 'attach', review: 'review (loan)', isikan: 'fill in', bayar: 'pay', transfer: 'transfer',
  upload: 'upload (loan)', unggah: 'upload', follow: 'follow up (loan, first word)', revisi: 'revise',
  perbaiki: 'fix', tanyakan: 'ask about', sampaikan: 'pass on', jadwalkan: 'schedule',
  atur: 'arrange', urus: 'take care of', tindaklanjuti: 'follow up', pastikan: 'make sure',
  konfirmasi: 'confirm', kasih: 'give', berikan: 'give', kembalikan: 'return', tanda: 'sign (tanda tangan)',
  cari: 'look for', kontak: 'contact (loan)', japri: 'message privately (slang)', dm: 'direct message',
  cekkan: 'check for', print: 'print (loan)', cetak: 'print', submit: 'submit (loan)', kumpulkan: 'collect/submit',
  ingatkan: 'remind', kerjain: 'work on (spoken)', kirimin: 'send (spoken)',
};

/** Words that end in -kan/-i but are not imperatives; keeps "akan" or "bukan" from reading as orders. */
export const NOT_IMPERATIVE: Lexicon = {
  akan: 'future marker', bukan: '"not/isn\'t it"', makan: 'eat (a plain verb, no suffix)',
  ikan: 'fish', kan: 'tag particle "right?"', jangankan: '"let alone"', tekan: 'press (root word)',
  mungkinkan: 'rhetorical', sendiri: 'self', lagi: 'again',
  kami: 'we', hari: 'day', pagi: 'morning', nanti: 'later', kalian: 'you (plural)',
  sekali: 'once/very', kali: 'time(s)', tadi: 'earlier', pasti: 'surely', jadi: 'so', beli: 'buy (root)',
  cari: 'look for (root; listed as action)', mandi: 'bathe', mati: 'dead', hati: 'heart', diri: 'self',
  berapakah: 'question', apakah: 'question', siapakah: 'question', bagaimanakah: 'question',
  kebijakan: 'policy (noun)', pendidikan: 'education (noun)', kerusakan: 'damage (noun)', jangan: 'don\'t',
  bahkan: '"even" (adverb)', sedangkan: '"whereas"', seakan: '"as if"', misalkan: '"suppose"', berdasarkan: '"based on"',
  pertanyakan: 'rhetorical "question it"', kebanyakan: '"most (of)"', kesalahan: 'mistake (noun)',
};

/** First-person subjects (standard forms after NORMAL). */
export const FIRST_PERSON: Lexicon = {
  saya: 'I (polite, standard in work email)',
  aku: 'I (casual)',
  kami: 'we (excluding the reader)',
  kita: 'we (including the reader); "kita kirim besok" is a team promise',
};

/** Words between a first-person subject and the verb that make the clause a promise. */
export const COMMIT_AUXILIARIES: Lexicon = {
  akan: 'future "will"',
  mau: '"want to/going to" in speech',
  bakal: 'spoken "will"',
  segera: '"right away"',
  langsung: '"straight away"',
  siap: '"ready to"',
  coba: '"will try to"',
  usahakan: '"will try my best to"',
  pasti: '"surely will"',
  nanti: '"later" ("aku nanti kirim")',
  juga: '"also"',
  yang: '"saya yang kirim" = I\'m the one who sends',
};

/** Words after a first-person subject that cancel a promise (negation, past, ability questions). */
export const COMMIT_BLOCKERS: Lexicon = {
  tidak: 'negation', belum: '"not yet": reports, does not promise', sudah: 'past: reports, does not promise',
  telah: 'formal past', pernah: '"have ever"', tadi: '"earlier" (past)', kemarin: '"yesterday" (past)',
  lagi: '"currently" ("saya lagi kirim" is progress, not a promise)', sedang: '"currently"',
  jangan: 'prohibition', bukan: 'negation',
};

/** Openers that turn a following first-person clause into a promise: "nanti saya", "akan saya". */
export const COMMIT_OPENERS: Lexicon = {
  nanti: '"nanti saya kirim": later I will send',
  akan: '"akan saya kirim": passive-style future, very common in formal email',
  segera: '"segera saya kirim": I will send right away',
  biar: '"biar saya cek": let me check',
  siap: '"siap, saya kirim": acknowledging and promising',
  baik: '"baik, saya kirim": acknowledging and promising',
  oke: '"oke, aku kirim"',
  langsung: '"langsung saya proses": processed straight away',
};

/** Question words and the kind of answer each expects. */
export const QUESTION_WORDS: Readonly<Record<string, { kind: 'when' | 'how-many' | 'yes-no' | 'which' | 'open'; reason: string }>> = {
  kapan: { kind: 'when', reason: '"when"' },
  apakah: { kind: 'yes-no', reason: 'marks a yes/no question' },
  berapa: { kind: 'how-many', reason: '"how many/much" ("jam berapa" is handled as when)' },
  berapakah: { kind: 'how-many', reason: 'formal "how many"' },
  bagaimana: { kind: 'open', reason: '"how"' },
  bagaimanakah: { kind: 'open', reason: 'formal "how"' },
  siapa: { kind: 'open', reason: '"who"' },
  siapakah: { kind: 'open', reason: 'formal "who"' },
  dimana: { kind: 'open', reason: '"where" (also written "di mana")' },
  kemana: { kind: 'open', reason: '"where to"' },
  kenapa: { kind: 'open', reason: '"why"' },
  mengapa: { kind: 'open', reason: 'formal "why"' },
  apa: { kind: 'open', reason: '"what"; also a yes/no opener ("apa sudah dikirim?")' },
  mana: { kind: 'open', reason: '"where (is)"; "yang mana"/"mana yang" (which) is recognised as a phrase' },
  bisakah: { kind: 'yes-no', reason: '"can you?"' },
  bolehkah: { kind: 'yes-no', reason: '"may I?"' },
  dapatkah: { kind: 'yes-no', reason: '"could you?"' },
  sudahkah: { kind: 'yes-no', reason: '"has it already?"' },
  adakah: { kind: 'yes-no', reason: '"is there?"' },
  perlukah: { kind: 'yes-no', reason: '"is it needed?"' },
  haruskah: { kind: 'yes-no', reason: '"must I?"' },
};

/** Phrases after which a question word is not asking: "apa saja" (whatever), "kapan-kapan" (some day). */
export const NOT_QUESTION_AFTER: Lexicon = {
  'apa saja': '"anything/whatever" when not followed by "?"',
  'apa pun': '"whatever"',
  apapun: '"whatever"',
  'siapa pun': '"whoever"',
  siapapun: '"whoever"',
  'kapan saja': '"any time"',
  'kapan pun': '"any time"',
  kapanpun: '"any time"',
  'kapan-kapan': '"some day" (a vague time, not a question)',
  'mana saja': '"wherever"',
  'di mana pun': '"wherever"',
};

/** Phrases that ask for a reply without a question mark. */
export const INDIRECT_QUESTIONS: Readonly<Record<string, { kind: 'when' | 'how-many' | 'yes-no' | 'which' | 'open'; reason: string }>> = {
  'mohon konfirmasi': { kind: 'yes-no', reason: '"please confirm": the reader has to answer' },
  'mohon konfirmasinya': { kind: 'yes-no', reason: '"please confirm (it)"' },
  'tolong konfirmasi': { kind: 'yes-no', reason: '"please confirm"' },
  'boleh tahu': { kind: 'open', reason: '"may I know": the polite way to ask' },
  'mau tanya': { kind: 'open', reason: '"I want to ask"' },
  'ingin bertanya': { kind: 'open', reason: 'formal "I would like to ask"' },
  'mohon info': { kind: 'open', reason: '"please inform me"' },
  'mohon informasinya': { kind: 'open', reason: '"please inform me"' },
  'mohon infonya': { kind: 'open', reason: '"please inform me"' },
  'kabari kapan': { kind: 'when', reason: '"let me know when"' },
  'info kapan': { kind: 'when', reason: '"tell me when"' },
  'mohon dikonfirmasi': { kind: 'yes-no', reason: 'passive "please confirm"' },
};

/** Politeness cues. Phrases are matched on the normalized sentence, whole words. */
export const POLITENESS: Readonly<Record<string, Cue>> = {
  'terima kasih': { weight: 0.4, strategy: 'gratitude', reason: 'thanks' },
  please: { weight: 0.2, strategy: 'please', reason: 'English "please" in an Indonesian sentence' },
  'mohon maaf': { weight: 0.4, strategy: 'apology', reason: 'formal apology' },
  maaf: { weight: 0.3, strategy: 'apology', reason: 'apology / "excuse me"' },
  sorry: { weight: 0.25, strategy: 'apology', reason: 'English apology used in Indonesian chat' },
  punten: { weight: 0.3, strategy: 'apology', reason: 'Sundanese "excuse me", common in West Java' },
  mohon: { weight: 0.3, strategy: 'please', reason: 'formal "kindly": the polite request' },
  tolong: { weight: 0.1, strategy: 'mild-please', reason: 'mild "please"; polite but plain' },
  'minta tolong': { weight: 0.15, strategy: 'mild-please', reason: '"asking a favour"' },
  silakan: { weight: 0.2, strategy: 'please', reason: 'inviting' },
  bapak: { weight: 0.25, strategy: 'deference', reason: 'address "Sir"' },
  pak: { weight: 0.25, strategy: 'deference', reason: 'address "Sir"' },
  ibu: { weight: 0.25, strategy: 'deference', reason: 'address "Madam"' },
  bu: { weight: 0.25, strategy: 'deference', reason: 'address "Madam"' },
  kak: { weight: 0.2, strategy: 'deference', reason: 'address "older sibling": friendly respect' },
  kakak: { weight: 0.2, strategy: 'deference', reason: 'address "older sibling"' },
  mas: { weight: 0.2, strategy: 'deference', reason: 'address for a man (Javanese)' },
  mbak: { weight: 0.2, strategy: 'deference', reason: 'address for a woman (Javanese)' },
  bang: { weight: 0.1, strategy: 'deference', reason: 'address "brother" (casual)' },
  anda: { weight: 0.15, strategy: 'deference', reason: 'formal "you"' },
  ya: { weight: 0.15, strategy: 'softener', reason: 'tag "ya" softens a request or statement' },
  yah: { weight: 0.1, strategy: 'softener', reason: 'softener' },
  yaa: { weight: 0.15, strategy: 'softener', reason: 'softener (friendly lengthening)' },
  nggih: { weight: 0.2, strategy: 'softener', reason: 'Javanese polite "yes"' },
  halo: { weight: 0.15, strategy: 'greeting', reason: 'greeting' },
  hai: { weight: 0.15, strategy: 'greeting', reason: 'greeting' },
  selamat: { weight: 0.2, strategy: 'greeting', reason: '"selamat pagi/siang": greeting' },
  assalamualaikum: { weight: 0.25, strategy: 'greeting', reason: 'religious greeting' },
  'jika berkenan': { weight: 0.4, strategy: 'hedge', reason: '"if you are willing": very polite' },
  'kalau berkenan': { weight: 0.4, strategy: 'hedge', reason: '"if you are willing"' },
  'kalau sempat': { weight: 0.3, strategy: 'hedge', reason: '"if you have time"' },
  'jika sempat': { weight: 0.3, strategy: 'hedge', reason: '"if you have time"' },
  'kalau bisa': { weight: 0.2, strategy: 'hedge', reason: '"if possible"' },
  'jika memungkinkan': { weight: 0.3, strategy: 'hedge', reason: '"if possible" (formal)' },
  'tidak keberatan': { weight: 0.3, strategy: 'hedge', reason: '"if you don\'t mind"' },
  mungkin: { weight: 0.1, strategy: 'hedge', reason: '"maybe" softens a claim' },
  sepertinya: { weight: 0.1, strategy: 'hedge', reason: '"it seems"' },
  boleh: { weight: 0.15, strategy: 'indirect', reason: '"may": asks permission instead of ordering' },
  ditunggu: { weight: 0.15, strategy: 'indirect', reason: 'passive "awaited": polite way to ask' },
  'kenapa belum': { weight: -0.5, strategy: 'blame-question', reason: '"why haven\'t you yet": reproach' },
  'kenapa tidak': { weight: -0.4, strategy: 'blame-question', reason: '"why didn\'t you": reproach' },
  'mengapa belum': { weight: -0.5, strategy: 'blame-question', reason: 'formal reproach' },
  'kok belum': { weight: -0.5, strategy: 'blame-question', reason: '"how come not yet": reproach' },
  'kok tidak': { weight: -0.4, strategy: 'blame-question', reason: '"how come not": reproach' },
  'sabar ya': { weight: -0.6, strategy: 'defensive', reason: '"be patient": tells the reader off' },
  'sabar dulu': { weight: -0.6, strategy: 'defensive', reason: '"be patient first"' },
  'harap sabar': { weight: -0.5, strategy: 'defensive', reason: '"please be patient" on a complaint' },
  'sudah saya bilang': { weight: -0.6, strategy: 'defensive', reason: '"I already told you": "as I said"' },
  'kan sudah': { weight: -0.4, strategy: 'defensive', reason: '"but I already…": implies the reader missed it' },
  'seperti yang sudah saya sampaikan': { weight: -0.4, strategy: 'defensive', reason: 'formal "as I said"' },
  'seperti email saya sebelumnya': { weight: -0.4, strategy: 'defensive', reason: '"per my last email"' },
  cepetan: { weight: -0.6, strategy: 'rush', reason: '"hurry up": rude rush' },
  buruan: { weight: -0.6, strategy: 'rush', reason: '"hurry up": rude rush' },
  'cepat ya': { weight: -0.3, strategy: 'rush', reason: '"fast, ok?"' },
  harus: { weight: -0.3, strategy: 'obligation', reason: '"must": a demand' },
  wajib: { weight: -0.3, strategy: 'obligation', reason: '"obligatory": a demand' },
  percuma: { weight: -0.3, strategy: 'complaint', reason: '"pointless": dismissive complaint' },
  parah: { weight: -0.3, strategy: 'complaint', reason: '"terrible": complaint' },
  payah: { weight: -0.3, strategy: 'complaint', reason: '"lousy": complaint' },
  lu: { weight: -0.3, strategy: 'rude-pronoun', reason: 'slang "you" is rude in work email' },
  lo: { weight: -0.3, strategy: 'rude-pronoun', reason: 'slang "you"' },
  elu: { weight: -0.3, strategy: 'rude-pronoun', reason: 'slang "you"' },
};

/** Markers of informal register (raw, before NORMAL): their presence makes a sentence read casual. */
export const INFORMAL_MARKERS: Lexicon = {
  udh: 'chat "sudah"', udah: 'spoken "sudah"', dah: 'clipped "sudah"', sdh: 'abbreviated "sudah"',
  blm: 'abbreviated "belum"', blom: 'spoken "belum"', gak: 'spoken "tidak"', ga: 'spoken "tidak"',
  gk: 'chat "tidak"', nggak: 'spoken "tidak"', ngga: 'spoken "tidak"', enggak: 'spoken "tidak"',
  engga: 'spoken "tidak"', kaga: 'Betawi "tidak"', tdk: 'abbreviated "tidak"', gmn: 'abbreviated "bagaimana"',
  gimana: 'spoken "bagaimana"', aja: 'spoken "saja"', min: 'addressing an admin ("mimin")', mimin: 'playful "admin"',
  kak: 'casual address used by service accounts', yg: 'abbreviated "yang"', dgn: 'abbreviated "dengan"',
  utk: 'abbreviated "untuk"', sy: 'abbreviated "saya"', aq: 'chat "aku"', km: 'abbreviated "kamu"',
  gue: 'slang "I"', gw: 'slang "I"', lu: 'slang "you"', lo: 'slang "you"', elu: 'slang "you"',
  nih: 'spoken particle', sih: 'spoken particle', deh: 'spoken particle', dong: 'spoken particle',
  donk: 'spoken particle', kok: 'spoken "how come"', ko: 'spoken "how come"', yuk: 'spoken "let\'s"',
  bgt: 'abbreviated "banget"', banget: 'spoken "very" (formal: sangat)', kalo: 'spoken "kalau"',
  klo: 'abbreviated "kalau"', ntar: 'spoken "nanti"', entar: 'spoken "nanti"', bener: 'spoken "benar"',
  pake: 'spoken "pakai"', liat: 'spoken "lihat"', bales: 'spoken "balas"', nunggu: 'spoken "menunggu"',
  gini: 'spoken "begini"', gitu: 'spoken "begitu"', kayak: 'spoken "seperti"', kyk: 'abbreviated "seperti"',
  cm: 'abbreviated "cuma"', cuma: 'spoken "hanya"', jd: 'abbreviated "jadi"', tp: 'abbreviated "tapi"',
  tapi: 'spoken "tetapi"', trs: 'abbreviated "terus"', skrg: 'abbreviated "sekarang"', makasih: 'spoken "terima kasih"',
  makasi: 'spoken "terima kasih"', thx: 'chat "thanks"', thanks: 'English thanks in Indonesian chat',
  bro: 'slang address', gan: 'slang address ("juragan")', sis: 'slang address', wkwk: 'chat laughter',
  wkwkwk: 'chat laughter', hehe: 'chat laughter', haha: 'chat laughter', lg: 'abbreviated "lagi"',
  krn: 'abbreviated "karena"', tlg: 'abbreviated "tolong"', mhn: 'abbreviated "mohon"', bsk: 'abbreviated "besok"',
  jg: 'abbreviated "juga"', knp: 'abbreviated "kenapa"', kpn: 'abbreviated "kapan"', brp: 'abbreviated "berapa"',
  dmn: 'abbreviated "dimana"', bs: 'abbreviated "bisa"', emang: 'spoken "memang"', kasih: 'spoken "beri"',
  ampe: 'spoken "sampai"', sampe: 'spoken "sampai"', abis: 'spoken "habis/setelah"', udahan: 'spoken "selesai"',
  bikin: 'spoken "membuat"', ngirim: 'spoken "mengirim" (nasal prefix without me-)', nanya: 'spoken "bertanya"',
  ngecek: 'spoken "memeriksa"', dikit: 'spoken "sedikit"', doang: 'spoken "saja"', kalian: 'plural "you", casual in service chat',
  telfon: 'spoken "telepon"', nyampe: 'spoken "sampai"', dapet: 'spoken "dapat"', pengen: 'spoken "ingin"',
  pgn: 'abbreviated "ingin"', tau: 'spoken "tahu"', mulu: 'spoken "melulu"', gede: 'spoken "besar"',
  kenapa: 'spoken "why" (formal: mengapa)', aku: 'casual "I" (formal: saya)', kamu: 'casual "you" (formal: Anda)',
  ok: 'casual acknowledgement', oke: 'casual acknowledgement', sip: 'casual "got it"',
  ya: 'tag particle: friendly, but formal rewrites drop it', yak: 'spoken tag particle', yah: 'spoken tag particle',
  nya: 'the -nya clitic written as a separate word ("pesan nya")', bentar: 'spoken "sebentar"',
  telp: 'abbreviated "telepon"', tlp: 'abbreviated "telepon"', telpon: 'spoken "telepon"', nomer: 'spoken "nomor"',
  hape: 'spoken "handphone"', hallo: 'chat spelling of "halo"', hello: 'English greeting in Indonesian chat',
  kaka: 'chat spelling of "kakak"', hhe: 'chat laughter', tdi: 'abbreviated "tadi"', msh: 'abbreviated "masih"',
  mlm: 'abbreviated "malam"', jdi: 'abbreviated "jadi"', ttp: 'abbreviated "tetap"', dr: 'abbreviated "dari"',
  woi: 'rude call "hey"', anjir: 'slang exclamation', lol: 'chat laughter',
};

/** Markers of formal register: the words a formal rewrite uses for the informal ones above. */
export const FORMAL_MARKERS: Lexicon = {
  tidak: 'standard "not"', sudah: 'standard "already"', belum: 'standard "not yet"', bagaimana: 'standard "how"',
  mengapa: 'formal "why"', saja: 'standard "just"', hanya: 'formal "only"', seperti: 'standard "like"',
  sekarang: 'standard "now"', untuk: 'standard "for"', dengan: 'standard "with"', yang: 'standard relative',
  admin: 'standard address of a service account', anda: 'formal "you"', bapak: 'formal "Sir"', ibu: 'formal "Madam"',
  telah: 'formal past', apakah: 'formal question marker', melalui: 'formal "via"', menunggu: 'standard "wait"',
  memeriksa: 'standard "check"', periksa: 'standard "check"', mohon: 'formal "kindly"', 'terima kasih': 'standard "thank you"',
  tetapi: 'standard "but"', karena: 'standard "because"', sangat: 'standard "very"', kami: 'formal "we"',
  saya: 'standard "I"', sedang: 'standard "currently"', sehingga: 'formal "so that"', namun: 'formal "however"',
  terlebih: 'formal "especially"', sampai: 'standard "until"', kalau: 'standard "if"', jika: 'formal "if"',
  apabila: 'formal "if"', mengenai: 'formal "about"', terkait: 'formal "regarding"', tersebut: 'formal "that/the said"',
  dapat: 'formal "can"', ingin: 'formal "want"', mendapatkan: 'formal "get"', memang: 'standard "indeed"',
  begini: 'standard "like this"', begitu: 'standard "like that"', benar: 'standard "right"', lihat: 'standard "see"',
  balas: 'standard "reply"', pakai: 'standard "use"', setelah: 'standard "after"', sedikit: 'standard "a little"',
  silakan: 'standard "please go ahead"', maaf: 'standard apology', tanggal: 'standard "date"',
  kepada: 'formal "to" (letter opening)', telepon: 'standard "phone"', handphone: 'standard "mobile phone"',
  sebentar: 'standard "a moment"', nomor: 'standard "number"', membuat: 'standard "make"', kakak: 'standard "Kak"',
  halo: 'standard spelling of "hello"', tetap: 'standard "still"', masih: 'standard "still"', dari: 'standard "from"',
  tadi: 'standard "earlier"', malam: 'standard "evening"', sini: 'standard (written apart: "di sini")', sana: 'standard ("di sana")',
};

/**
 * Words that show a sentence is Indonesian, for language detection. Function words and the most
 * frequent email words; loanwords that Indonesian uses as-is (email, file, meeting) are left out on
 * purpose so "tolong cek email saya" stays Indonesian rather than mixed. Reason = gloss.
 */
export const ID_WORDS: Lexicon = {
  dan: 'and', yang: 'which/that', di: 'at/in', ke: 'to', dari: 'from', ini: 'this', itu: 'that',
  untuk: 'for', dengan: 'with', pada: 'on/at', dalam: 'in', akan: 'will', sudah: 'already',
  belum: 'not yet', tidak: 'not', bukan: 'not (noun)', ada: 'there is', juga: 'also', saja: 'just',
  bisa: 'can', boleh: 'may', mau: 'want', harus: 'must', perlu: 'need', sedang: 'currently', lagi: 'again/currently',
  saya: 'I', aku: 'I', kamu: 'you', anda: 'you (formal)', kami: 'we (excl.)', kita: 'we (incl.)', dia: 'he/she',
  mereka: 'they', kalian: 'you (pl.)', nya: 'his/the (clitic)', ya: 'yes/tag particle', tolong: 'please (mild)',
  mohon: 'please (formal)', minta: 'ask for', terima: 'receive (terima kasih)', kasih: 'give/love (terima kasih)',
  maaf: 'sorry', oke: 'okay (Indonesian spelling)', siap: 'ready / will do', baik: 'good / very well',
  besok: 'tomorrow', lusa: 'the day after tomorrow', nanti: 'later', segera: 'soon', secepatnya: 'as soon as possible',
  hari: 'day', minggu: 'week/Sunday', bulan: 'month', tahun: 'year', jam: 'hour/o\'clock', pukul: 'o\'clock',
  tanggal: 'date', pagi: 'morning', siang: 'midday', sore: 'afternoon', malam: 'night', kemarin: 'yesterday',
  sekarang: 'now', tadi: 'earlier', depan: 'next/front', lalu: 'last/then', senin: 'Monday', selasa: 'Tuesday',
  rabu: 'Wednesday', kamis: 'Thursday', jumat: 'Friday', "jum'at": 'Friday', sabtu: 'Saturday',
  apa: 'what', apakah: 'question marker', kapan: 'when', berapa: 'how many', bagaimana: 'how', siapa: 'who',
  dimana: 'where', mana: 'which/where', kenapa: 'why', mengapa: 'why', kok: 'how come', dong: 'particle',
  sih: 'particle', deh: 'particle', nih: 'particle', kan: 'tag particle', lah: 'emphasis particle', kah: 'question clitic',
  kirim: 'send', dikirim: 'sent', mengirim: 'send', cek: 'check', balas: 'reply', kabar: 'news',
  kabari: 'let know', terlambat: 'late', karena: 'because', tapi: 'but', tetapi: 'but', atau: 'or', jadi: 'so',
  kalau: 'if', jika: 'if', agar: 'so that', supaya: 'so that', sebelum: 'before', setelah: 'after',
  sampai: 'until', paling: 'most', lambat: 'slow/late', cepat: 'fast', sama: 'same/with', sudahkah: 'has it?',
  bapak: 'Sir', pak: 'Sir', ibu: 'Madam', bu: 'Madam', kak: 'address', mas: 'address (man)', mbak: 'address (woman)',
  halo: 'hello (Indonesian spelling)', selamat: 'greeting', banyak: 'many', sangat: 'very', sekali: 'very/once',
  semua: 'all', sebentar: 'a moment', dulu: 'first', masih: 'still', lebih: 'more', kurang: 'less',
  hanya: 'only', cuma: 'only', sabar: 'patient', dikerjain: 'being worked on (spoken)', dikerjakan: 'worked on',
  silakan: 'please go ahead', harap: 'please (notice)', terlampir: 'attached', berikut: 'the following',
  mengenai: 'about', terkait: 'regarding', tersebut: 'said/that', dapat: 'can', ingin: 'want', tentang: 'about',
  rapat: 'meeting', surat: 'letter', berkas: 'file', lampiran: 'attachment', kantor: 'office', kerja: 'work',
  bantu: 'help', bantuan: 'help', informasi: 'information', pesan: 'message', nomor: 'number',
  dah: 'already (clipped)', banget: 'very (spoken)',
  udah: 'already (spoken)', gimana: 'how (spoken)', aja: 'just (spoken)', yuk: 'let\'s', ayo: 'let\'s',
  buat: 'make/for', bikin: 'make (spoken)', gini: 'like this', gitu: 'like that', kayak: 'like', begitu: 'like that',
  cepetan: 'hurry', buruan: 'hurry', makasih: 'thanks', ditunggu: 'awaited',
  konfirmasi: 'confirm', informasikan: 'inform', infokan: 'inform', kirimkan: 'send (imperative)',
  bagaimanakah: 'how', mengirimkan: 'send', menunggu: 'wait', tunggu: 'wait', tahu: 'know', tau: 'know (spoken)',
  pesanan: 'order', paket: 'package', sekitar: 'around',
};

/*
 * Indonesian time words, read by src/engine/time.ts (the English ones live beside the patterns there).
 *
 * Concrete vs vague, the rule used in both languages: a time is concrete when it names a clock time,
 * a calendar date, a weekday, or a counted duration ("dalam 2x24 jam"); otherwise it is vague.
 * - A weekday alone ("Jumat", "Friday") is concrete: it names one calendar day that stays the same
 *   whoever reads the mail and whenever they read it, and that is enough for a deadline.
 * - "besok", "hari ini", "tomorrow" are vague alone: they move with the moment the mail is read
 *   (a mail read the next morning makes "besok" wrong) and give no hour. With an hour they are
 *   concrete ("besok jam 13.00").
 * - A part of the day without an hour ("nanti sore", "besok pagi", "this afternoon") is vague: it
 *   spans hours. With a weekday it is concrete ("Jumat sore"), because the weekday already names the day.
 */

/** Weekdays. "Minggu" is also "week": time.ts only reads it as Sunday after "hari" or capitalised. */
export const ID_WEEKDAYS: Lexicon = {
  senin: 'Monday', selasa: 'Tuesday', rabu: 'Wednesday', kamis: 'Thursday', jumat: 'Friday',
  "jum'at": 'Friday (older spelling)', 'jum’at': 'Friday (curly apostrophe)', sabtu: 'Saturday',
};

/** Month names and the abbreviations used in dates ("15 Mar", "3 Agt 2026"). "mei" is May. */
export const ID_MONTHS: Lexicon = {
  januari: 'January', februari: 'February', pebruari: 'February (old spelling)', maret: 'March', april: 'April',
  mei: 'May', juni: 'June', juli: 'July', agustus: 'August', september: 'September', oktober: 'October',
  november: 'November', nopember: 'November (old spelling)', desember: 'December', jan: 'Jan', feb: 'Feb',
  mar: 'Mar', apr: 'Apr', jun: 'Jun', jul: 'Jul', agu: 'Aug', agt: 'Aug', ags: 'Aug', sep: 'Sep',
  okt: 'Oct', nov: 'Nov', des: 'Dec',
};

/** Days named relative to today: vague alone, concrete with an hour. */
export const ID_DEICTIC_DAYS: Lexicon = {
  besok: 'tomorrow', bsk: 'tomorrow (chat)', lusa: 'the day after tomorrow',
  'hari ini': 'today', 'malam ini': 'tonight', 'sore ini': 'this afternoon', 'siang ini': 'this midday',
  'pagi ini': 'this morning', 'besok lusa': 'in a day or two', 'esok hari': 'tomorrow (formal)', esok: 'tomorrow (formal)',
};

/** Parts of the day: only a time together with a day or an hour ("besok pagi", "jam 3 sore"); "selamat pagi" is a greeting. */
export const ID_PARTS_OF_DAY: Lexicon = {
  pagi: 'morning', siang: 'midday', sore: 'afternoon', malam: 'evening/night', subuh: 'dawn',
};

/** Periods longer than a day: always vague, they do not say which day. */
export const ID_PERIODS: Lexicon = {
  'minggu depan': 'next week', 'minggu ini': 'this week', 'pekan depan': 'next week (formal)', 'pekan ini': 'this week (formal)',
  'bulan depan': 'next month', 'bulan ini': 'this month', 'tahun depan': 'next year',
  'akhir minggu': 'end of the week', 'akhir minggu ini': 'end of this week', 'akhir minggu depan': 'end of next week',
  'akhir pekan': 'weekend / end of the week', 'akhir pekan ini': 'this weekend', 'akhir bulan': 'end of the month',
  'akhir bulan ini': 'end of this month', 'awal minggu depan': 'early next week', 'awal pekan depan': 'early next week',
  'awal bulan': 'start of the month', 'awal bulan depan': 'start of next month', 'pertengahan minggu': 'midweek',
  'beberapa hari lagi': 'in a few days', 'dalam beberapa hari': 'within a few days', 'beberapa hari ke depan': 'over the next few days',
  'minggu-minggu ini': 'these weeks', 'hari-hari ini': 'these days', 'dalam minggu ini': 'within this week',
};

/** Vague times: no day, no hour. "nanti" covers "nanti saya kirim" (later, I will send). */
export const ID_VAGUE: Lexicon = {
  secepatnya: 'as soon as possible: no time at all', 'secepat mungkin': 'as soon as possible',
  'sesegera mungkin': 'as soon as possible (formal)', segera: 'soon / right away', segeranya: 'soon',
  nanti: 'later', ntar: 'later (spoken)', entar: 'later (spoken)', nnti: 'later (chat)', 'nanti-nanti': 'later on',
  'nanti saja': 'later then', 'nanti dulu': 'not now', 'kapan-kapan': 'some day', kapan2: 'some day (chat)',
  'kapan saja': 'any time', kapanpun: 'any time', 'kapan pun': 'any time', 'lain kali': 'another time',
  'lain waktu': 'another time', 'sebentar lagi': 'in a moment', 'bentar lagi': 'in a moment (spoken)',
  'dalam waktu dekat': 'in the near future', 'kalau sempat': 'when there is time', 'kalau ada waktu': 'when there is time',
  'pas ada waktu': 'when there is time', 'besok-besok': 'some day', 'suatu saat': 'at some point', 'suatu hari': 'some day',
  'sebelum pulang kantor': 'before leaving the office: which hour?', 'akhir hari': 'end of the day',
  asap: 'English ASAP used in Indonesian mail',
};

/** Words that introduce a counted duration, concrete because the number bounds the wait ("dalam 2x24 jam"). */
export const ID_DURATION_OPENERS: Lexicon = {
  dalam: 'within', 'dalam waktu': 'within', maksimal: 'at most', maks: 'at most (short)', max: 'at most',
  'paling lama': 'at the latest', selambatnya: 'at the latest', 'selambat-lambatnya': 'at the latest (formal)',
};

/*
 * Small word classes the sentence reader (./signals.ts) uses around the lists above.
 */

/** Words that may open a clause before the part that matters (skipped when looking for a clause-initial verb). */
export const LEAD_IN: Lexicon = {
  pak: 'address', bapak: 'address', bu: 'address', ibu: 'address', kak: 'address', kakak: 'address', mas: 'address',
  mbak: 'address', bang: 'address', min: 'address to an admin', admin: 'address', gan: 'address (slang)',
  halo: 'greeting', hai: 'greeting', hi: 'greeting', oke: 'acknowledgement', ok: 'acknowledgement', siap: 'acknowledgement',
  baik: 'acknowledgement', please: 'softener before the verb', segera: '"right away" before the verb',
  langsung: '"straight away" before the verb', sekalian: '"while at it" before the verb', tolong: 'request word before the verb',
  mohon: 'request word before the verb', coba: '"try" before the verb', jangan: '"don\'t (forget)"', lupa: '"(don\'t) forget"',
  dong: 'particle', ya: 'particle', sekarang: '"now" before the verb', nanti: '"later" before the verb', besok: '"tomorrow" before the verb',
  juga: '"also"', sih: 'particle', nah: '"so"', terus: '"then"', lalu: '"then"', habis: '"after that"', itu: '"that" (topic)',
  jam: 'a time before the verb ("jam 13.00 kirim ya")', pukul: 'a time before the verb', tanggal: 'a date before the verb',
  hari: '"hari ini/Jumat" before the verb', ini: '"hari ini" before the verb', lusa: 'a day before the verb', pagi: 'part of day',
  siang: 'part of day', sore: 'part of day', malam: 'part of day', senin: 'weekday', selasa: 'weekday', rabu: 'weekday',
  kamis: 'weekday', jumat: 'weekday', sabtu: 'weekday', minggu: 'weekday / week', depan: '"minggu depan" before the verb',
};

/** Particles that turn a bare verb into a friendly order: "share dong", "kirim ya", "cek yuk". */
export const ORDER_PARTICLES: Lexicon = {
  dong: 'pushes the request', donk: 'spelling of dong', yuk: '"let\'s"', ya: 'soft tag', yaa: 'soft tag (lengthened)', deh: '"just do it, ok"',
};

/** Verbs that are also nouns or loanwords ("info rapat", "email ke klien"): an order only with a particle ("info ya"). */
export const AMBIGUOUS_VERBS: Lexicon = {
  info: 'also the noun "information"', email: 'also the noun', update: 'also the noun', transfer: 'also the noun',
  review: 'also the noun', proses: 'also the noun "process"', kontak: 'also the noun "contact"', dm: 'also the noun',
  tanda: 'also the noun "sign"', print: 'also the noun', upload: 'also the noun', submit: 'loanword', follow: 'loanword',
  forward: 'loanword', kasih: 'also "love" / "thanks" (terima kasih)', cari: 'often a statement ("cari apa?")',
  atur: 'often a statement', bayar: 'often a statement ("bayar di mana?")', revisi: 'also the noun "revision"',
  konfirmasi: 'also the noun', cetak: 'also the noun "print"', japri: 'also the noun',
};

/** Words right before a first-person subject that make it a question about the writer, not a promise: "boleh saya kirim?". */
export const PERMISSION: Lexicon = {
  boleh: '"may I"', bisa: '"can I"', bisakah: '"can I"', bolehkah: '"may I"', apakah: 'question', apa: 'question',
  perlukah: '"do I need to"', haruskah: '"must I"', perlu: '"need I"', harus: '"must I"', kalau: '"if I"', jika: '"if I"',
  apabila: '"if I"', kapan: '"when do I"',
};

/** Words after which "saya/aku/kami" starts a clause as its subject (elsewhere it may be a possessive: "nenek saya"). */
export const SUBJECT_BEFORE: Lexicon = {
  dan: 'and', tapi: 'but', tetapi: 'but', lalu: 'then', terus: 'then', jadi: 'so', karena: 'because', kalau: 'if',
  jika: 'if', nanti: 'later', besok: 'tomorrow', lusa: 'the day after tomorrow', sekarang: 'now', hari: '"hari ini"… (time)',
  ini: '"hari ini saya…"', sore: '"nanti sore saya…"', pagi: '"besok pagi saya…"', siang: 'time', malam: 'time',
  minggu: '"minggu depan kami…"', depan: '"minggu depan kami…"', setelah: 'after', sebelum: 'before', sesudah: 'after',
  sambil: 'while', biar: 'let', baru: '"only then"', kemudian: 'then', makanya: 'that is why', sehingga: 'so that',
  supaya: 'so that', agar: 'so that', soalnya: 'because', ya: 'tag', dulu: '"first"', sementara: 'meanwhile', juga: 'also',
};

/** Addressing the reader: "kamu harus …" is an order. */
export const SECOND_PERSON: Lexicon = {
  kamu: 'you (casual)', anda: 'you (formal)', kalian: 'you (plural)', bapak: 'you (Sir)', ibu: 'you (Madam)', pak: 'you (Sir)',
  bu: 'you (Madam)', kak: 'you (friendly)', mas: 'you (man)', mbak: 'you (woman)',
};

/** All-capital words that are not shouting (compared in upper case). */
export const ACRONYMS: Lexicon = {
  asap: 'as soon as possible', wib: 'western Indonesia time', wita: 'central Indonesia time', wit: 'eastern Indonesia time',
  pdf: 'file type', eod: 'end of day', cob: 'close of business', cc: 'carbon copy', bcc: 'blind copy', fyi: 'for your information',
  pt: 'company form', cv: 'company form / résumé', hrd: 'HR department', npwp: 'tax number', ktp: 'ID card', atm: 'cash machine',
  otp: 'one-time password', pin: 'PIN', sms: 'text message', qr: 'QR code', url: 'web address', ceo: 'title', cfo: 'title',
  hr: 'human resources', it: 'IT department', po: 'purchase order', spk: 'work order', bast: 'handover report',
  rab: 'budget plan', tor: 'terms of reference', mou: 'memorandum', nda: 'non-disclosure agreement', ok: 'okay', dm: 'direct message',
  rsvp: 'reply requested', bpjs: 'social insurance', pln: 'power company', bumn: 'state company', ppt: 'slides', xls: 'spreadsheet',
  bts: 'cell tower', rt: 'neighbourhood unit', rw: 'neighbourhood unit', hp: 'mobile phone (kept in formal text too)',
  tv: 'television', kk: 'family card', nb: 'nota bene', gb: 'gigabyte', mb: 'megabyte', kb: 'kilobyte', kg: 'kilogram',
  km: 'kilometre (as an abbreviation)', cm: 'centimetre', mm: 'millimetre', www: 'web', http: 'web', st: 'ordinal suffix', nd: 'ordinal suffix',
  rd: 'ordinal suffix', th: 'ordinal suffix',
};

/** Words the register score's chat-shape tests would misread as informal ("dingin" looks like a di-…-in verb). */
export const NOT_INFORMAL_SHAPE: Lexicon = {
  dingin: 'cold (not di-…-in)', ngeri: 'scary (not a ng- verb)', ngarai: 'canyon', maaf: 'sorry (double vowel is standard)',
  saat: 'moment', taat: 'obedient', mall: 'shopping mall (loanword)',
};

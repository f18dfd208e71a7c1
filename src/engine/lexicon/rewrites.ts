/**
 * Data for building rewrites: what a vague time becomes when made concrete, and how a requested action is
 * said back as a promise. `{time}` is the user's default time ("1 PM" / "13.00").
 */

export interface VagueFix {
  pattern: RegExp;
  lang: 'en' | 'id';
  /** The concrete time that replaces the vague one. */
  concrete: string;
  reason: string;
}

export const VAGUE_FIXES: readonly VagueFix[] = [
  // A part of the day keeps its part: "sore ini" becomes an afternoon hour, not the default 1 PM.
  { pattern: /^(this afternoon)$/i, lang: 'en', concrete: 'this afternoon by 4 PM', reason: 'a part of the day without an hour' },
  { pattern: /^(this morning)$/i, lang: 'en', concrete: 'this morning by 11 AM', reason: 'a part of the day without an hour' },
  { pattern: /^(tonight|this evening)$/i, lang: 'en', concrete: 'this evening by 7 PM', reason: 'a part of the day without an hour' },
  { pattern: /^tomorrow morning$/i, lang: 'en', concrete: 'tomorrow by 10 AM', reason: 'a part of the day without an hour' },
  { pattern: /^tomorrow afternoon$/i, lang: 'en', concrete: 'tomorrow by 4 PM', reason: 'a part of the day without an hour' },
  { pattern: /^(?:nanti |)(?:sore(?: ini)?)$|^sore ini$/i, lang: 'id', concrete: 'hari ini jam 16.00', reason: 'bagian hari tanpa jam' },
  { pattern: /^(?:nanti |)(?:malam|malem)(?: ini)?$/i, lang: 'id', concrete: 'hari ini jam 19.00', reason: 'bagian hari tanpa jam' },
  { pattern: /^(?:nanti |)pagi(?: ini)?$/i, lang: 'id', concrete: 'hari ini jam 10.00', reason: 'bagian hari tanpa jam' },
  { pattern: /^besok pagi$/i, lang: 'id', concrete: 'besok jam 09.00', reason: 'bagian hari tanpa jam' },
  { pattern: /^besok sore$/i, lang: 'id', concrete: 'besok jam 16.00', reason: 'bagian hari tanpa jam' },
  { pattern: /^besok (?:malam|malem)$/i, lang: 'id', concrete: 'besok jam 19.00', reason: 'bagian hari tanpa jam' },
  { pattern: /^(tomorrow|tmrw|tmr)$/i, lang: 'en', concrete: 'tomorrow by {time}', reason: 'a day with no hour leaves the reader guessing until evening' },
  { pattern: /^(asap|as soon as possible|right away|immediately)$/i, lang: 'en', concrete: 'today by {time}', reason: '"ASAP" means a different hour to each reader' },
  { pattern: /^(soon|shortly|in a bit|later|at some point|when you can|when you get a chance|whenever)$/i, lang: 'en', concrete: 'by tomorrow, {time}', reason: 'no day at all: the reader cannot plan around it' },
  { pattern: /^(eod|end of day|end of the day|cob|close of business)$/i, lang: 'en', concrete: 'today by 5 PM', reason: '"end of day" differs across time zones and teams' },
  { pattern: /^(this week|(?:by )?(?:the )?end of (?:the |this )?week|eow)$/i, lang: 'en', concrete: 'by Friday, {time}', reason: 'a week is five possible days' },
  { pattern: /^next week$/i, lang: 'en', concrete: 'by Monday next week, {time}', reason: 'a week is five possible days' },
  { pattern: /^(today|this afternoon|this morning|tonight)$/i, lang: 'en', concrete: 'today by {time}', reason: 'a part of the day without an hour' },
  { pattern: /^(besok|bsk|besok ya)$/i, lang: 'id', concrete: 'besok jam {time}', reason: 'hari tanpa jam membuat pembaca menunggu sampai malam' },
  { pattern: /^(secepatnya|segera|asap|sesegera mungkin|secepat mungkin)$/i, lang: 'id', concrete: 'hari ini paling lambat jam {time}', reason: '"secepatnya" berarti jam yang berbeda bagi tiap orang' },
  { pattern: /^(nanti|ntar|entar|nanti ya|kapan-kapan|kapan2|lain kali)$/i, lang: 'id', concrete: 'hari ini jam {time}', reason: 'tidak ada hari maupun jam' },
  { pattern: /^(minggu depan|pekan depan)$/i, lang: 'id', concrete: 'Senin depan jam {time}', reason: 'seminggu berisi lima hari kerja' },
  { pattern: /^(minggu ini|pekan ini)$/i, lang: 'id', concrete: 'paling lambat Jumat jam {time}', reason: 'seminggu berisi lima hari kerja' },
  { pattern: /^(hari ini|nanti sore|nanti siang|nanti malam|sore ini|siang ini)$/i, lang: 'id', concrete: 'hari ini jam {time}', reason: 'bagian hari tanpa jam' },
];

/** Verbs of sending: said back as "email you …" / "kirim …". */
export const SEND_VERBS = /^(share|send|forward|email|e-mail|mail|provide|give|submit|pass|deliver|upload|attach)$/i;

/** English verb → Indonesian verb for the actions people most often request by email. */
export const VERB_EN_ID: Readonly<Record<string, string>> = {
  review: 'cek', check: 'cek', call: 'telepon', confirm: 'konfirmasi', update: 'update', prepare: 'siapkan',
  finish: 'selesaikan', complete: 'selesaikan', sign: 'tanda tangani', pay: 'bayar', schedule: 'jadwalkan',
  fix: 'perbaiki', approve: 'setujui', book: 'pesan', reply: 'balas', answer: 'jawab', arrange: 'atur',
};

/** Pronouns flipped when a request is said back as a promise ("send me your file" → "email you the file"). */
export const FLIP_EN: Readonly<Record<string, string>> = {
  me: 'you', us: 'you', my: 'your', our: 'your', your: 'the', yours: 'mine', myself: 'yourself', you: 'me',
};
export const FLIP_ID: Readonly<Record<string, string>> = {
  saya: 'Anda', aku: 'kamu', sy: 'Anda', aq: 'kamu', kami: 'Anda', kamu: 'saya', anda: 'saya', km: 'saya',
};

/** Request openers stripped to reach the action ("could you please", "tolong"). */
export const REQUEST_OPENER_EN =
  /^(?:(?:hi|hello|hey|dear)\b[^,]*,\s*)?(?:(?:so|and|also|ok(?:ay)?|oh),?\s+)?(?:please\s+|kindly\s+|pls\s+|plz\s+)?(?:(?:could|can|would|will)\s+you\s+(?:please\s+|kindly\s+)?|would you mind\s+|i (?:need|want|would like|'d like) you to\s+|(?:please\s+)?make sure (?:to|you)\s+|do you mind\s+)?(?:please\s+|kindly\s+)?/i;
export const REQUEST_OPENER_ID =
  /^(?:(?:halo|hai|hi|pak|bu|kak|mas|mbak)\b[^,]*,\s*)?(?:(?:tolong|tlg|mohon|mhn|minta tolong|minta|harap|silakan|bisa|bisakah|boleh|bisa tolong|mohon bantuannya untuk|mohon bantu)\s+)+(?:di(?=[bcdfghjklmnpqrstvwxyz]))?/i;
/** Trailing politeness and particles stripped from an action. */
export const REQUEST_TAIL = /[\s,]*(?:please|pls|thanks|thank you|ya|yah|yaa+|dong|deh|ok|oke|ok\?|terima kasih|makasih)?[\s,]*[.!?]*\s*$/i;

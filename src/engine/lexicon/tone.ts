/**
 * Terse, defensive and impatient phrasing, English and Indonesian. Each entry: the pattern, why it hurts,
 * and what to say instead ('' means: delete it).
 */

/** Words that acknowledge without saying anything else ("ok", "noted", "siap"). */
const ACK = String.raw`(?:ok(?:ay|ey|ie)?|k+|kk|oke+|okey|sure|fine|noted|got it|will do|roger(?: that)?|yes|yep|yup|ya|iya+|y|siap|sip|baik|done|ack|acknowledged|understood|👍|👌)`;
/** What may come with them without adding content: thanks, particles, a form of address. */
const ACK_EXTRA = String.raw`(?:thanks?|thank you|thx|makasih|terima kasih|deh|dh|ya|kak|pak|bu|mas|mbak|bro|sis|min|sir)`;

/** A whole reply that is only an acknowledgement: "ok", "ok noted", "siap kak", "oke, makasih". */
export const BARE_ACK = new RegExp(
  String.raw`^\s*(?:${ACK_EXTRA}[\s,]+)*${ACK}(?:[\s,!.]+(?:${ACK}|${ACK_EXTRA}))*\s*[.!]*\s*$`,
  'iu',
);

export interface TonePhrase {
  pattern: RegExp;
  lang: 'en' | 'id';
  reason: { en: string; id: string };
  /** Replacement; `{time}` is the default time. */
  instead: string;
}

// Each reason completes a sentence that starts with the phrase itself: `"As I said" implies …`.
const IMPLIES_NOT_LISTENING = {
  en: 'implies the reader did not read or listen, which puts them on the defensive.',
  id: 'terkesan menuduh pembaca tidak membaca atau mendengarkan, sehingga ia jadi defensif.',
};
const IMPATIENT = {
  en: 'sounds impatient, and tells the reader nothing about when it will be done.',
  id: 'terdengar tidak sabar, dan tidak memberi tahu kapan pekerjaan selesai.',
};
const BLAME = {
  en: 'reads as blame; asking for a date gets the same result without the friction.',
  id: 'terkesan menyalahkan; menanyakan waktu memberi hasil yang sama tanpa gesekan.',
};

export const TONE_PHRASES: readonly TonePhrase[] = [
  // "As I mentioned in my voice mail" is neutral; "As I said" / "as I already told you" is the reproach
  { pattern: /^\s*as I (?:already |have already |have )?(?:said|stated|told you)\b/i, lang: 'en', reason: IMPLIES_NOT_LISTENING, instead: 'to recap' },
  { pattern: /\bper my (?:last|previous|earlier) (?:e-?mail|message|note)\b/i, lang: 'en', reason: IMPLIES_NOT_LISTENING, instead: 'following up on my last email' },
  { pattern: /\bas (?:previously|already) (?:stated|mentioned|explained|discussed)\b/i, lang: 'en', reason: IMPLIES_NOT_LISTENING, instead: 'to recap' },
  { pattern: /\bI (?:already|have already) told you\b/i, lang: 'en', reason: IMPLIES_NOT_LISTENING, instead: 'to recap' },
  { pattern: /\b(?:please )?be patient\b/i, lang: 'en', reason: IMPATIENT, instead: 'thanks for your patience' },
  // not "Why don't you give me a call", an invitation
  { pattern: /\bwhy (?:haven't|havent|didn't|didnt|hasn't|hasnt|won't|wont|can't|cant) you\b/i, lang: 'en', reason: BLAME, instead: 'could you let me know when you can' },
  { pattern: /\b(?:calm down|chill out)\b/i, lang: 'en', reason: IMPATIENT, instead: '' },
  { pattern: /\bdid you (?:even |actually |not )?read (?:my|the|this)\b/i, lang: 'en', reason: IMPLIES_NOT_LISTENING, instead: 'just to make sure it did not get lost: see' },
  { pattern: /\bfor the (?:second|third|last|umpteenth) time\b/i, lang: 'en', reason: IMPLIES_NOT_LISTENING, instead: 'to recap' },
  { pattern: /\bI shouldn'?t have to\b/i, lang: 'en', reason: BLAME, instead: 'could you help me' },
  // "baca dulu dong emailnya"; not "tolong dibaca dulu ya sebelum meeting", a polite request
  { pattern: /\bbaca (?:dulu |lagi |baik-baik )?(?:dong|deh)\b|\bbaca (?:dulu |lagi )?(?:dong )?(?:email|pesan)(?:nya| saya| aku| gue)\b/i, lang: 'id', reason: IMPLIES_NOT_LISTENING, instead: 'mohon dicek kembali' },
  { pattern: /\bobviously\b/i, lang: 'en', reason: IMPLIES_NOT_LISTENING, instead: '' },
  { pattern: /\b(?:not my (?:problem|fault|job))\b/i, lang: 'en', reason: BLAME, instead: 'let me see how I can help' },
  { pattern: /\bbukan (?:salah|urusan|tanggung ?jawab|masalah) (?:saya|kami|aku|gue|gw)\b/i, lang: 'id', reason: BLAME, instead: 'saya bantu cek' },
  // "sabar ya" told to the reader, at the start of a clause; not "makasih udah sabar", "yang penting sabar"
  { pattern: /(?:^|[,.!]\s*)(?:harap |mohon |tolong )?sabar(?: dulu| ya| yah| ya kak| ya pak| ya bu)?\b/i, lang: 'id', reason: IMPATIENT, instead: 'terima kasih atas kesabarannya' },
  { pattern: /\bharap sabar\b/i, lang: 'id', reason: IMPATIENT, instead: 'terima kasih atas kesabarannya' },
  { pattern: /\b(?:kenapa|kok|mengapa) (?:belum|blm|nggak|gak|tidak)\b/i, lang: 'id', reason: BLAME, instead: 'boleh tahu kapan bisa' },
  { pattern: /\b(?:kan )?(?:sudah|udah|udh) (?:saya |aku |gue )?(?:bilang|bilangin|kasih tahu|kasih tau|jelaskan|sampaikan)\b/i, lang: 'id', reason: IMPLIES_NOT_LISTENING, instead: 'sebagai pengingat' },
  { pattern: /\bseperti yang (?:sudah |telah )?(?:saya |aku )?(?:bilang|sampaikan|jelaskan|katakan)\b/i, lang: 'id', reason: IMPLIES_NOT_LISTENING, instead: 'sebagai pengingat' },
  { pattern: /\b(?:cepetan|buruan|cepat dong|cepetin)\b/i, lang: 'id', reason: IMPATIENT, instead: 'mohon dibantu paling lambat hari ini jam {time}' },
  // "terserah Bapak" defers politely; "terserah lo", "terserah deh" dismiss
  { pattern: /\bterserah (?:lu|lo|lah|deh|aja deh|kamu aja)\b/i, lang: 'id', reason: IMPATIENT, instead: 'silakan pilih yang paling cocok untuk Anda' },
];

/** Words that soften a request; a request with none of them reads as an order. */
export const SOFTENER =
  /\b(?:please|pls|plz|kindly|could|would|can|may|might|mind|thanks|thank|appreciate|grateful|if possible|when you have a moment|tolong|tlg|mohon|mhn|bisa|bisakah|boleh|minta tolong|ya|yah|yaa|dong|makasih|terima kasih|trims|maaf|permisi|help|let'?s|let me know|feel free|silakan)\b/i;

/**
 * Acronyms that are also everyday words ("send IT", "I AM", "OK"): not shouting on their own, but inside
 * a shouted run they are the words, so the calm rewrite lower-cases them ("PLEASE SEND IT NOW" → "Please
 * send it now").
 */
export const ACRONYM_WORDS: ReadonlySet<string> = new Set(['IT', 'AM', 'OK', 'OKE']);

/** All-capitals words that are not shouting. */
export const ACRONYMS: ReadonlySet<string> = new Set(
  'ASAP EOD EOW COB FYI FYA PDF CSV XLS PPT URL API CEO CFO CTO HR PR QA IT UI UX ID NDA SLA KPI OKR ROI PO RFP RFQ USD IDR EUR GBP SGD AM PM OK OKE PT CV TBK RSVP TBD TBC ETA Q1 Q2 Q3 Q4 FAQ PIC WA HP NPWP KTP SIM BCA BRI BNI BSI AWS GCP SQL HTML CSS JSON'.split(' '),
);

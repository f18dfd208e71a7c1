/** Words that open a yes/no answer, and questions that expect no answer. English and Indonesian. */

/** A sentence starting with one of these answers a yes/no question. */
export const YES_NO_OPENERS =
  /^\s*(?:yes|yeah|yep|yup|no|nope|nah|sure|of course|certainly|definitely|absolutely|not yet|correct|right|exactly|indeed|ok(?:ay)?|oke|ya|iya|iyaa+|tidak|tdk|nggak|ngga|enggak|gak|ga|bukan|bisa|boleh|sudah|udah|udh|belum|blm|siap|sip|betul|benar|tentu|pasti|baik)\b/i;

/** Agreement anywhere in a sentence also answers a yes/no question ("The numbers look good, let's go ahead"). */
export const AGREEMENT =
  /\b(?:sounds good|looks good|looks fine|go ahead|agreed|works for me|fine (?:with|by) me|no problem|happy to|let'?s (?:do it|go ahead|proceed)|setuju|boleh banget|lanjut(?:kan)?|aman|gas)\b/i;

/** Courtesy questions that need no answer ("How are you?", "Apa kabar?"). */
export const PHATIC_QUESTIONS: readonly RegExp[] = [
  /^\s*(?:hi|hello|hey|halo|hai)?[\s,]*(?:how are you|how are things|how's it going|how have you been|hope you(?:'re| are) (?:well|doing well))\b/i,
  /^\s*(?:hi|hello|hey|halo|hai)?[\s,]*(?:apa kabar|gimana kabar(?:nya)?|bagaimana kabar(?:nya)?|sehat(?: selalu)?)\b/i,
  /\b(?:let me know|please let me know|do let me know|kabari(?: saya)?|hubungi saya)\s+if you (?:have|need) any(?:thing| questions| further| more)\b/i,
  /\b(?:any|other) questions\?\s*$/i, // "Any questions?" at the end of an announcement
  /\bmake sense\?\s*$/i, // "Does that make sense?" checks understanding; a reply that goes on answers it
];

/** Number words, for "how many" questions. */
export const NUMBER_WORD =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|dozen|a few|several|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|puluh|ratus|ribu|juta|beberapa)\b/i;

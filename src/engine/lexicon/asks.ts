/**
 * What makes a sentence an ask that wants a time: a request addressed to the reader, or a promise of the
 * writer's, to do something that can be done by a time (send, review, confirm, call, kirim, cek, kabari).
 * Used by the deadline rules, which must fire only on what they are about; the broader sentence signals
 * (`isRequest`, `isCommitment`) stay as they are for the checklist and the eval.
 *
 * Every list says why it is here. Patterns are tried on the sentence text as written.
 */

/**
 * Actions with a natural due time: the reader (or the writer) produces, sends, checks or answers
 * something. Not "see", "note", "contact … for questions", "enjoy": pointers and standing offers.
 */
export const ACTION_VERBS_EN = [
  'send', 'email', 'e-mail', 'forward', 'fax', 'mail', 'provide', 'share', 'submit', 'return', 'deliver', 'upload', 'circulate', 'distribute',
  'review', 'check', 'look into', 'look at', 'verify', 'confirm', 'approve', 'sign', 'initial', 'execute',
  'complete', 'finish', 'finalize', 'finalise', 'fill out', 'fill in', 'prepare', 'draft', 'update', 'revise', 'fix', 'correct', 'resolve',
  'get back to', 'get back', 'follow up', 'call', 'ring', 'reply', 'respond', 'answer', 'let me know', 'let you know', 'let us know', 'advise',
  'schedule', 'reschedule', 'set up', 'arrange', 'book', 'organize', 'organise', 'pay', 'process', 'pull', 'run', 'put together', 'write up', 'write',
  'give', 'have',
] as const;

/** Indonesian actions, in the base and the di-/-kan/-in forms people write. */
export const ACTION_VERBS_ID = [
  'kirim', 'kirimkan', 'kirimin', 'dikirim', 'dikirimkan', 'email', 'emailkan', 'share', 'forward', 'teruskan', 'diteruskan',
  'cek', 'dicek', 'cekin', 'periksa', 'diperiksa', 'review', 'direview', 'pelajari', 'dipelajari',
  'konfirmasi', 'dikonfirmasi', 'konfirmasikan', 'setujui', 'disetujui', 'approve', 'diapprove', 'tanda tangani', 'ditandatangani', 'ttd',
  'isi', 'diisi', 'lengkapi', 'dilengkapi', 'siapkan', 'disiapkan', 'siapin', 'selesaikan', 'diselesaikan', 'kerjakan', 'dikerjakan',
  'revisi', 'direvisi', 'perbaiki', 'diperbaiki', 'update', 'diupdate', 'balas', 'dibalas', 'jawab', 'dijawab',
  'kabari', 'kabarin', 'dikabari', 'info', 'infokan', 'diinfokan', 'informasikan', 'diinformasikan', 'hubungi', 'dihubungi', 'telepon', 'telp', 'follow up', 'di-follow up', 'followup',
  'transfer', 'ditransfer', 'bayar', 'dibayar', 'bayarkan', 'lunasi', 'dilunasi', 'proses', 'diproses', 'jadwalkan', 'dijadwalkan', 'atur', 'diatur', 'booking', 'pesan', 'dipesan',
  'buat', 'buatkan', 'dibuat', 'dibuatkan', 'bikin', 'bikinin', 'upload', 'diupload', 'unggah', 'diunggah', 'submit', 'disubmit', 'serahkan', 'diserahkan', 'berikan', 'diberikan',
  // the meN- forms of formal writing: "kami akan segera menginformasikan", "saya akan mengirimkan"
  'mengirim', 'mengirimkan', 'memeriksa', 'mengecek', 'meninjau', 'mengonfirmasi', 'mengkonfirmasi', 'menyetujui', 'menandatangani', 'mengisi', 'melengkapi',
  'menyiapkan', 'menyelesaikan', 'mengerjakan', 'merevisi', 'memperbaiki', 'memperbarui', 'membalas', 'menjawab', 'mengabari', 'mengabarkan', 'menginformasikan',
  'ambil', 'ambilkan', 'ambilin', 'scan', 'discan', 'beli', 'belikan', 'beliin', 'pesankan', 'pesenin', 'chat', 'japri', 'tanyakan', 'tanyain',
  'lanjutkan', 'urus', 'urusin', 'diurus', 'uruskan', 'cetak', 'dicetak', 'print', 'cariin', 'carikan',
  'memberitahukan', 'memberi tahu', 'menghubungi', 'menelepon', 'menindaklanjuti', 'mentransfer', 'membayar', 'melunasi', 'memproses', 'menjadwalkan', 'mengatur',
  'membuat', 'membuatkan', 'mengunggah', 'menyerahkan', 'memberikan', 'meneruskan', 'menyampaikan', 'disampaikan', 'sampaikan',
] as const;

const alt = (words: readonly string[]) => words.map((w) => w.replace(/[-]/g, '[- ]?').replace(/ /g, '\\s+')).join('|');
const EN_VERB = `(?:${alt(ACTION_VERBS_EN)})`;
const ID_VERB = `(?:${alt(ACTION_VERBS_ID)})`;

/**
 * A request to the reader, in the forms that ask for an action: "please send", "could you review",
 * "I need you to sign", "can you get back to me", "I'd appreciate it if you could", "tolong kirim",
 * "mohon dicek", "bisa kirimkan", "minta tolong isi". `(?:\S+\s+){0,2}` lets an adverb or "also" sit
 * between opener and verb ("please also send", "could you quickly check").
 */
export const REQUEST_EN = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:and|also|so|then|but)\s+)(?:please|pls|plz|kindly),?\s+(?:(?:also|just|quickly|then|again|kindly)\s+)?(${EN_VERB})\b` +
    String.raw`|\b(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+)?(?:(?:also|just|quickly|then|possibly|maybe)\s+)?(${EN_VERB})\b` +
    String.raw`|\b(?:I|we)\s+(?:need|would like|'d like|want)\s+(?:you|u)\s+to\s+(?:(?:also|just|please)\s+)?(${EN_VERB})\b` +
    String.raw`|\bappreciate\s+(?:it\s+)?if\s+you\s+(?:could|would|can)\s+(?:(?:also|please)\s+)?(${EN_VERB})\b` +
    String.raw`|\bmake sure (?:to|you)\s+(${EN_VERB})\b` +
    // "I need the budget calendar", "I'd appreciate your comments": what the writer needs from the reader
    // (not "I need the synonyms to come out in the same case": a requirement, not an ask)
    String.raw`|(?:^|[,;:]\s*|\b(?:and|so|but|also)\s+)I\s+(?:will\s+|'ll\s+|would\s+|'d\s+|really\s+|also\s+)?(need)\s+(?:the|a|an|your|all|some|copies of|a copy of)\b(?![^.?!]*\bto\s+\w)` +
    String.raw`|\bI(?:'d|\s+would)\s+(?:really\s+)?(appreciate)\s+(?:your|any|receiving|getting|hearing|a)\s+(?:\w+\s+)?(?:comments?|feedback|input|thoughts|response|reply|call|confirmation|review|signature|approval|copy|update)\b`,
  'i',
);

export const REQUEST_ID = new RegExp(
  String.raw`\b(?:tolong|tlg|mohon|mhn|minta tolong|minta|harap|mohon bantuan(?:nya)?(?:\s+untuk)?|mohon bantu|bantu|boleh\s+minta(?:\s+tolong)?)\s+(?:(?:segera|juga|sekalian|untuk|agar|supaya|dapat|bisa|di)\s+)*(${ID_VERB})\b` +
    String.raw`|\b(?:bisa|bisakah|boleh|dapatkah|apakah bisa|apa bisa)\s+(?:tolong\s+)?(?:(?:anda|kamu|kak|mas|mbak|bapak|ibu|pak|bu)\s+)?(?:(?:segera|juga|sekalian|di)\s+)?(${ID_VERB})\b`,
  'i',
);

/**
 * A request for input said in one word or two, as the last line of a proposal: "Comments?", "Any thoughts?",
 * "Ada masukan?". Not "Questions?", which offers answers.
 */
export const INPUT_PLEASE = /^\s*(?:(?:any|other)\s+)?(comments|thoughts|feedback|input|objections)\s*\?+\s*$|^\s*(?:ada\s+)?(masukan|komentar|tanggapan|koreksi)(?:nya)?(?:\s+(?:ya|kak|pak|bu|mas|mbak))?\s*\?+\s*$/i;

/**
 * An action item in minutes or a task list, given to someone by name: "Penanggung jawab: Ibu Melisa —
 * menindaklanjuti ke dinas terkait.", "Action: Tom — send the revised schedule", "PIC: Rendy - cek stok".
 */
export const ACTION_ITEM = new RegExp(
  String.raw`^\s*(?:[-•*]\s*|\d{1,2}[.)]\s*)?(?:PIC|penanggung\s*jawab|PJ|owner|action(?:\s+items?)?|action\s+by|responsible|assigned\s+to|tindak\s+lanjut)\s*:\s*[^:—–\n]{2,60}?\s[—–-]\s+(${EN_VERB}|${ID_VERB})\b`,
  'iu',
);

/** A bare order to the reader that opens the sentence: "Send me the file.", "Review the attached draft." */
export const IMPERATIVE_EN = new RegExp(
  String.raw`^\s*(?:(?:also|and|so|then|pls|ok|okay),?\s+)?(send|email|forward|fax|provide|share|submit|return|review|check|verify|confirm|approve|sign|complete|finish|finalize|prepare|update|revise|fix|call|reply|respond|schedule|book|arrange|pay|get back to)\s+(?:me|us|him|her|them|it|this|that|these|those|the|your|all|a|an|my|our|over)\b`,
  'i',
);

/** An Indonesian order or ask with no opener, at the start: "Kabari saya nanti.", "Kirim ke saya ya." */
export const IMPERATIVE_ID = new RegExp(
  String.raw`^\s*(?:(?:oh|ok|oke|terus|trus|dan|lalu),?\s+)?(kirim(?:kan|in)?|kabari(?:n)?|kabarin|cek|cekin|periksa|konfirmasi(?:kan)?|siapkan|siapin|lengkapi|isi|balas|infokan|info(?=\s+(?:saya|aku|ya|kami))|revisi|transfer|bayar|lunasi|hubungi|telepon|teruskan|tanda ?tangani|selesaikan|kerjakan|share)\s+(?:ke\s+|dulu\s+)?(?:saya|aku|kami|kita|ya|yah|dong|\p{L}+(?:nya|-nya))\b`,
  'iu',
);

/**
 * A promise of the writer's: "I'll send", "we will review", "I'm going to call", "let me check and get
 * back to you", "saya akan kirim", "nanti saya kabari", "akan kami kirimkan", "aku kirimin ya".
 */
export const PROMISE_EN = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:and|so|but|then|also|ok|okay|sure|yes)[,\s]+)(?:I|we)\s*(?:'ll|’ll|\s+will|\s+shall|\s+am going to|'m going to|’m going to|\s+are going to|'re going to|’re going to|\s+plan to|\s+intend to)\s+(?:(?:also|then|just|now|definitely|certainly|personally|quickly|gladly|happily|be sure to|make sure to)\s+)*(${EN_VERB})\b` +
    String.raw`|\blet me\s+(?:(?:just|quickly)\s+)?(?:check|look into|confirm|find out|review)\b[^.?!]*\b(?:get back|let you know|revert|follow up)\b` +
    String.raw`|\bwill\s+(?:get back to you|follow up|revert|let you know|send (?:it|them|this|that) (?:over|along|to you))\b` +
    // "We are working on pulling some other information for you": work under way, promised
    String.raw`|\b(?:I|we)\s*(?:'m|’m|\s+am|'re|’re|\s+are)\s+(?:working on|in the process of)\s+(getting|pulling|preparing|putting together|finali[sz]ing|drafting|compiling|sending|reviewing|updating|fixing)\b`,
  'i',
);

export const PROMISE_ID = new RegExp(
  String.raw`\b(?:(?:saya|aku|kami|kita|gue|gw|sy|aq)\s+(?:akan|nanti|segera|mau|coba)\s+(?:(?:segera|coba|langsung|juga)\s+)?|(?:akan|nanti|ntar|segera)(?:\s+(?:pagi|siang|sore|malam|malem))?\s+(?:saya|aku|kami|kita|gue|gw|sy)\s+(?:yang\s+)?(?:(?:segera|langsung|juga)\s+)?|(?:akan|nanti|ntar|segera)\s+(?:(?:segera|langsung|juga)\s+)?(?:ku|kami\s+)?)(${ID_VERB})\b`,
  'i',
);

/**
 * "Saya kirim secepatnya ya", "Aku kirim file-nya ke email kamu": with no "akan"/"nanti", Indonesian says a
 * promise with the subject and the verb alone, at the start of the sentence. Not "Ini aku kirim …",
 * "Saya teruskan …", "Aku revisi gini:", which hand the thing over now.
 */
export const PROMISE_ID_BARE = new RegExp(
  String.raw`^\s*(?:(?:oke|ok|baik|siap|sip)[,\s]+(?:\p{L}+[,\s]+)?)?(?:(?:besok|lusa|nanti|ntar|sore ini|siang ini|malam ini|minggu depan|senin|selasa|rabu|kamis|jumat)(?:\s+(?:pagi|siang|sore|malam|malem))?,?\s+)?(?:saya|aku|kami|gue|gw|sy)\s+(?!(?:teruskan|forward|lampirkan)\b)(${ID_VERB})\b(?!\s*(?:gini|begini|berikut|sebagai berikut)\b|\s*:)`,
  'iu',
);

/**
 * Not an ask after all, whatever the opener: conditions and offers ("if you need anything, please call"),
 * questions about the reader's ability or knowledge, past or done work, negations, hedged tries, and
 * standing instructions to whoever reads it ("for questions, please contact").
 */
export const NOT_AN_ASK: readonly RegExp[] = [
  /\b(?:if|in case|should)\s+(?:you|u|anyone|there)\b.*\b(?:need|have|want|require|would like|questions?|problems?|issues?|concerns?)\b/i, // "please call if you need anything": an offer
  /\b(?:kalau|kalo|jika|apabila|bila)\s+(?:ada|butuh|perlu|memerlukan)\b/i, // "kalau ada pertanyaan, silakan hubungi": an offer
  /\b(?:for|with)\s+(?:any\s+)?(?:further\s+|more\s+)?(?:questions?|information|info|assistance|details|inquiries|enquiries)\b/i, // standing instructions to whoever reads it
  /\b(?:untuk|bila ada)\s+(?:pertanyaan|informasi lebih lanjut|info lebih lanjut)\b/i,
  /\b(?:I|we)\s+(?:will|'ll|’ll)\s+(?:try|attempt|see if|see whether|probably|maybe|hopefully)\b/i, // hedged: a try, not a promise
  /\b(?:I|we)\s+(?:will|'ll|’ll)\s+(?:not|never)\b|\b(?:won't|wont|don't|dont|do not|didn't|cannot|can't)\s+(?:be able to\s+)?\w+/i, // negated
  /\b(?:tidak|tak|nggak|ngga|gak|ga|belum|jangan)\s+(?:akan\s+|bisa\s+|perlu\s+)?\w+/i,
  /\b(?:already|just)\s+(?:sent|forwarded|emailed|provided|reviewed|signed|submitted|confirmed|called|done)\b/i, // done already
  new RegExp(String.raw`(?<!\b(?:begitu|kalau|kalo|jika|setelah|sesudah|yang)\s+)\b(?:sudah|udah|udh|telah)\s+(?:saya\s+|aku\s+|kami\s+)?(?:${ID_VERB})\b`, 'i'), // "sudah saya kirim": done already (not "begitu sudah siap")
  /\b(?:could|can|would)\s+you\s+(?:please\s+)?(?:tell|explain|clarify)\s+(?:me\s+)?(?:why|how|what|whether)\b/i, // information questions, not tasks
  /\bwould you be (?:willing|interested|able|available)\b|\bwould you like\b|\bdo you want\b|\bapakah (?:bapak|ibu|anda|kamu) (?:bersedia|tertarik|mau)\b/i, // invitations and proposals
  /\bfeel free\b|\bjangan ragu\b|\bsilakan\b/i, // offers
  /\b(?:if you (?:want|wish|like|prefer)|if you'd like|if needed|if necessary|kalau mau|kalo mau|jika (?:bapak|ibu|anda)? ?(?:berkenan|mau|menghendaki)|kalau (?:perlu|berkenan)|bila diperlukan|jika diperlukan)\b/i, // offers on the reader's say-so
  /\b(?:call|contact|reach|phone|ring|hubungi|telepon|telp|wa)\b[^.?!]*\b(?:at|on|di|ke)\s*[+(]?\d/i, // a pointer to a number: whenever the reader needs it
  /^\s*to\s+\w+\b[^,]*,\s*(?:please|pls|kindly)\b/i, // "To schedule an appointment, please call…": a standing instruction
  /\b(?:send|email|forward|mail|kirim|dikirim|kirimkan|dikirimkan)\b[^.?!]*\b(?:to|ke)\s+\S+@\S+/i, // where to send it, not a task: "invoices to finance@…"
  /\bas you see fit\b|\bat your (?:convenience|leisure)\b|\bin your own time\b/i, // the writer leaves the time to the reader on purpose
  /\b(?:get|got|have|had) (?:it|this|that|them|everything) (?:done|sorted|resolved|fixed|handled)\b/i, // an outcome, not a deliverable
];

/**
 * A person the writer sends on to, or a channel: "call me at 555-…" needs no deadline, "call me if …"
 * neither. Objects that make "have"/"get"/"give" a real deliverable: "get me the numbers", "have it ready".
 */
export const WEAK_VERBS = /^(?:give|have|write|run|pull|process|let (?:me|us|you) know|advise|answer)$/i;
/** "Let me know …": mostly a courtesy ("let me know what you think"); a deadline is rarely owed. */
export const LET_KNOW = /^let (?:me|us|you) know$/i;
/** "Please have the business team confirm …": "have" makes someone do the real action, which is the ask. */
export const CAUSATIVE = new RegExp(String.raw`^\s+(?:(?:the|your|my|our|his|her|their|someone|somebody|each|all)\s+)?(?:[\p{L}'-]+\s+){0,3}?(?:${EN_VERB})\b`, 'iu');
export const WEAK_VERB_OBJECT =
  /^\s*(?:(?:me|us|you|him|her|them)\s+)?(?:(?:a|an|the|your|our|my|this|that|these|those|some|all|any|it|them|back|copies|copy)\b|(?:it|them|this|that)\s+(?:ready|done|over|back|to))/i;

/**
 * Lines that mark the zones of an email, in English and Indonesian. Each pattern says why it is here.
 */

/**
 * Lines that introduce quoted or forwarded mail. Each needs a ":" or a "--" in the line: segment.ts tries
 * them only on such lines, so a pattern without either must change that test too.
 */
export const QUOTE_ATTRIBUTION: readonly RegExp[] = [
  /^\s*on\s.{4,200}\bwrote\s*:\s*$/i, // Gmail/Apple Mail reply header: "On Tue, Mar 3, 2026 at 9:00 AM Alice <a@x> wrote:"
  /^\s*pada\s.{4,200}\bmenulis\s*:\s*$/i, // Gmail in Indonesian: "Pada Sel, 3 Mar 2026 pukul 09.00 Alice <a@x> menulis:"
  /^\s*.{1,120}\bwrote\s*:\s*$/i, // "Alice Smith <a@x.com> wrote:" (Thunderbird, mailing lists)
  /^\s*-{2,}\s*(original message|pesan asli)\s*-{2,}\s*$/i, // Outlook "-----Original Message-----"
  /^\s*-{2,}\s*(forwarded message|pesan yang diteruskan|pesan terusan)\s*-{2,}\s*$/i, // Gmail forward header (English, Indonesian)
  /^\s*-{2,}\s*forwarded by\b.*$/i, // Lotus Notes "---------------------- Forwarded by … on …" (Enron)
  /^\s*begin forwarded message\s*:\s*$/i, // Apple Mail forward
];

/** An email address, as written in attributions, headers, the CLI's --from and Gmail's tab title. */
export const EMAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/** A greeting at the start of a message: "Hi Bob,", "Dear Ms. Tan", "Halo Kak,", "Selamat pagi Pak Budi,". */
export const GREETING_LINE =
  /^\s*(?:(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening)|halo|hallo|hai|hi there|yth\.?|kepada yth\.?|selamat (?:pagi|siang|sore|malam)|assalamu'?alaikum(?: wr\.? ?wb\.?)?|pak|bu|bapak|ibu|kak|mas|mbak|dear all|hi all|hi team|team)\b[^\n,.!:]{0,40}[,.!:]|(?:hi|hello|hey|halo|hai|dear|selamat (?:pagi|siang|sore|malam))\b[^\n,.!:?]{0,40}$)/i;

/** A closing line: "Thanks,", "Best regards", "Salam,", "Terima kasih.", "Hormat saya,". */
export const CLOSING_LINE =
  /^\s*(?:thanks(?: again| so much| a lot)?|thank you(?: so much| very much)?|many thanks|best(?: regards| wishes)?|kind regards|warm regards|regards|cheers|sincerely(?: yours)?|yours(?: truly| sincerely)?|all the best|talk soon|br|rgds|salam(?: hangat| sukses)?|hormat (?:saya|kami)|terima kasih(?: banyak)?|makasih(?: banyak)?|trims|tks|wassalam(?:ualaikum)?(?: wr\.? ?wb\.?)?|sukses selalu)(?: and [^,.!?]{1,40})?\s*[,.!]?\s*(?:[-–—]\s*\S.*|\s\p{Lu}[\p{L}.]{0,20}(?:\s\p{Lu}[\p{L}.]{0,20})?)?\s*$/iu;

/**
 * missing-attachment: the draft says a file is attached ("please find attached", "terlampir", "saya lampirkan",
 * "file-nya saya kirim di sini") and the compose holds no attachment and no link to a shared file. Silent when the
 * caller does not know the attachments (Gmail's adapter and the CLI say how many), on the other side's attachment
 * ("the file you attached", "lampiran dari Bapak"), on negations and promises ("not attached", "belum saya
 * lampirkan", "I'll attach it tomorrow"), on requests to attach, and in quoted text.
 */
import type { Finding, Rule, RuleContext, Sentence } from '../engine/types';
import { finding, replace, say } from './util';

const ID = 'missing-attachment';

/** Saying the writer's file is attached, in English or Indonesian. */
const CLAIM =
  /\b(?:(?:please )?find (?:the )?(?:file |document )?attached|(?:i|we)(?:'ve| have)? (?:also )?(?:attached|enclosed)|(?:i'm|i am|we're|we are) (?:also )?(?:attaching|enclosing|sending you the attached)|attached (?:is|are|please find|herewith|you(?:'ll| will) find|here)|(?:is|are) (?:also )?(?:attached|enclosed)(?! to\b)|(?:see|in|check|review|open) (?:the )?(?:attached|attachment)|the attached (?:file|document|deck|report|spreadsheet|pdf|invoice|contract|proposal|draft|list|copy|form|letter|memo|presentation|agreement|version|schedule)|as attached|attached(?=[:.]\s*$)|(?<=^\s*|[,;:]\s*)attached(?= (?:the|my|our|a|an|is|are|please|you|herewith|here)\b|\s*:)|terlampir|(?:saya|kami|aku|sy|ku) (?:juga )?(?:lampirkan|lampirin|sertakan)|berikut (?:ini )?(?:saya |kami )?(?:lampirkan|lampiran(?:nya)?|sertakan)|(?:dalam|pada|di) lampiran(?: ini| berikut| email ini|nya)?(?=\s*(?:[.,;:)]|$))|lampirannya (?:saya|kami) (?:kirim|sertakan)|bersama (?:email|surel|surat) ini (?:saya |kami )?(?:kirimkan|lampirkan|sertakan)|(?:file|dokumen|berkas)(?:-?nya)? (?:saya|kami|aku) (?:kirim|lampirkan|sertakan) (?:di sini|bersama email ini|di email ini|lewat email ini))\b/i;

/** The other side's attachment, or the file of someone else. */
const THEIRS =
  /\b(?:you|your|you've|they|their|he|she|his|her)\b[^.?!]{0,30}\b(?:attach|sent|send)|\b(?:attachment|attached file|file|document)s? (?:you|she|he|they) (?:sent|attached|forwarded)|\byour attachment|\b(?:lampiran|file|dokumen|berkas)(?:-?nya)? (?:dari|yang) (?:bapak|ibu|anda|kamu|mas|mbak|kak|pak|bu)\b|\b(?:bapak|ibu|anda|kamu|pak|bu|mas|mbak|kak) (?:sudah |telah )?(?:lampirkan|kirim(?:kan)?|sertakan)\b|\blampiran (?:bapak|ibu|anda|kamu|pak|bu)\b|\bterlampir (?:dalam|pada|di) (?:email|surel|surat) (?:bapak|ibu|anda|kamu|pak|bu)\b/i;

/** Not attached now: a negation, a promise for later, a condition, or a question about it. */
const NOT_NOW =
  /\b(?:not|n't|no|never|without|forgot|will|'ll|going to|shall|later|separately|if|once|when|belum|tidak|tak|gak|nggak|ga|lupa|akan|nanti|menyusul|kalau|jika|apabila|setelah|terpisah)\b/i;

/** Asking the reader to attach ("please attach", "tolong lampirkan", "can you attach"). */
const ASK = /\b(?:please|kindly|can you|could you|would you|tolong|mohon|harap|silakan)\s+(?:\w+\s+){0,2}(?:attach|lampirkan|sertakan)\b/i;

/** A link to a shared file stands for the attachment. */
const FILE_LINK = /\b(?:https?:\/\/)?(?:drive\.google\.com|docs\.google\.com|sheets\.google\.com|dropbox\.com|db\.tt|onedrive\.live\.com|1drv\.ms|[\w-]+\.sharepoint\.com|wetransfer\.com|we\.tl|box\.com|icloud\.com\/iclouddrive)\b/i;

function claims(s: Sentence): RegExpExecArray | null {
  if (s.zone === 'signature' || s.zone === 'quoted') return null;
  const m = CLAIM.exec(s.text);
  if (!m) return null;
  // "attached please find a link": the link is the file
  if (THEIRS.test(s.text) || ASK.test(s.text) || s.isQuestion || /\b(?:link|tautan)\b/i.test(s.text)) return null;
  // a negation or promise before the claim ("I have not attached", "belum saya lampirkan"), or right after it ("attached later")
  const before = s.text.slice(Math.max(0, m.index - 40), m.index);
  const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 25);
  if (NOT_NOW.test(before) || /^\s*(?:later|separately|tomorrow|nanti|menyusul|besok|secara terpisah)\b/i.test(after)) return null;
  return m;
}

function check(ctx: RuleContext): Finding[] {
  // unknown (undefined) says nothing; only a compose known to hold no file can be missing one
  if (ctx.options.attachments !== 0 || ctx.draft.bulk) return [];
  const own = ctx.draft.sentences.map((s) => s.text).join('\n');
  if (FILE_LINK.test(own)) return [];
  for (const s of ctx.draft.sentences) {
    const m = claims(s);
    if (!m) continue;
    const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    const phrase = m[0];
    // the fix is to attach the file; the rewrite is for a writer who means to send it another way
    const later = say(ctx, { en: '(I will send the file in a separate email.)', id: '(File-nya saya kirim di email terpisah.)' });
    return [
      {
        ...finding(ID, 'warning', span, ctx.draft.text,
          say(ctx, {
            en: `You say "${phrase}", but nothing is attached. Attach the file, or say how it will reach them.`,
            id: `Anda menulis "${phrase}", tetapi belum ada file yang dilampirkan. Lampirkan file-nya, atau sebutkan bagaimana file itu akan dikirim.`,
          }),
          [replace({ start: s.end, end: s.end }, ` ${later}`, later)],
        ),
        confidence: 0.85,
      },
    ];
  }
  return [];
}

export const missingAttachment: Rule = {
  id: ID,
  title: { en: 'Missing attachment', id: 'Lampiran belum ada' },
  description: {
    en: 'The email says a file is attached ("please find attached", "terlampir"), but the compose has no attachment or file link.',
    id: 'Email menyebut ada lampiran ("terlampir", "saya lampirkan"), tetapi belum ada file atau tautan file di email.',
  },
  defaultOn: true,
  severity: 'warning',
  languages: ['en', 'id'],
  examples: {
    pass: [
      { text: 'Please find attached the signed contract.', attachments: 1 },
      { text: 'Terlampir laporan bulan Maret: drive.google.com/file/d/abc', attachments: 0 },
      { text: 'Thanks, I opened the file you attached.', attachments: 0 },
      { text: 'Laporannya belum saya lampirkan, menyusul besok jam 10.00.', attachments: 0 },
    ],
    fail: [
      { text: 'Please find attached the signed contract.', attachments: 0 },
      { text: 'Terlampir laporan bulan Maret.', attachments: 0 },
      { text: 'Berikut saya lampirkan invoice-nya ya, Pak.', attachments: 0 },
    ],
  },
  check,
};

/**
 * Splits a message into zones: greeting, body, closing, signature and quoted text, with offsets into the
 * original string. Zones are contiguous, in order, and cover the whole text.
 *
 * The quoted part starts at the first attribution line ("On … wrote:", "Pada … menulis:",
 * "-----Original Message-----", a "From:/Sent:" header block) or the first run of "> " lines, and runs to
 * the end: a reply is written above what it quotes (Gmail's default), and text below a quote is rare
 * enough to ignore. The signature starts at the "-- " delimiter, or after a closing line it is the block of
 * short lines (name, title, phone) that follows.
 */
import type { Zone, ZoneKind } from './types';
import { CLOSING_LINE, EMAIL_ADDRESS, GREETING_LINE, QUOTE_ATTRIBUTION } from './lexicon/zones';
import type { Person } from './conversation';

interface Line {
  start: number;
  end: number; // end of content, without the newline
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    out.push({ start, end: start + content.length, text: content });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

const isBlank = (l: Line) => l.text.trim() === '';
const HEADER_FIELD = /^\s*\*?(from|dari|sent|date|tanggal|to|kepada|cc|subject|subjek|perihal)\s*:\*?/i;

/**
 * Every attribution pattern needs a ":" ("… wrote:") or a "--" rule ("-----Original Message-----"): a
 * quick test that spares the line-long backtracking of `.{1,120}\bwrote` on every line of the draft.
 */
const mayBeAttribution = (line: string): boolean => line.includes(':') || line.includes('--');

/** Index of the first line of the quoted part, or -1. */
function quoteStart(ls: Line[]): number {
  for (let i = 0; i < ls.length; i++) {
    const t = ls[i]!.text;
    if (mayBeAttribution(t) && QUOTE_ATTRIBUTION.some((re) => re.test(t))) return i;
    // "On Tue, Mar 3, 2026 at 9:00 AM Alice <a@x.com>" wrapped over two lines before "wrote:"
    if (/^\s*(on|pada)\s.{6,}$/i.test(t) && i + 1 < ls.length && /^\s*.{0,80}(wrote|menulis)\s*:\s*$/i.test(ls[i + 1]!.text)) return i;
    // a "> " line is quoted wherever it starts, even right under a line of text; not ">50%" or "->"
    if (/^\s*>(?:[\s>]|$)/.test(t)) return i;
    // Outlook-style header block: From: … followed within two lines by Sent:/To:/Subject:
    if (/^\s*\*?(from|dari)\s*:/i.test(t) && i > 0) {
      const next = ls.slice(i + 1, i + 4).filter((l) => HEADER_FIELD.test(l.text)).length;
      if (next >= 2) return i;
    }
    // Lotus Notes header with no From: line — "Name\n09/21/2000 10:58 AM\nTo: …\ncc: …\nSubject: …" —
    // starts at the sender's name above the To: line.
    if (/^\s*(to|kepada)\s*:/i.test(t) && i > 0 && ls.slice(i + 1, i + 5).some((l) => /^\s*(cc|subject|subjek|perihal)\s*:/i.test(l.text))) {
      let start = i;
      while (start > 0 && i - start < 3 && !isBlank(ls[start - 1]!) && ls[start - 1]!.text.trim().length <= 60 && !/[.?!]\s*$/.test(ls[start - 1]!.text)) start--;
      return start;
    }
    // "jdoe@example.com on 09/21/2000 10:58:12 AM" followed by "Please respond to …" or "To:"
    if (/^\s*\S+@\S+\s+on\s+\d/i.test(t)) return i;
  }
  return -1;
}

/** "-- " (the standard delimiter), and "--Name" sign-offs. */
const SIG_DELIMITER = /^(--\s?|\s*-{1,2}\s?\p{Lu}[\p{L}.]{1,20}(\s\p{Lu}[\p{L}.]{0,20})?\s*)$/u;
const SENT_FROM = /^(sent from my|dikirim dari)\b/i;
/** One to three capitalised words or initials, nothing else: a sign-off name. */
const NAME_LINE = /^\s*(?:\p{Lu}[\p{L}.'’-]{0,20}|\p{Lu}{2,4})(?:\s+(?:\p{Lu}[\p{L}.'’-]{0,20})){0,2}\s*$/u;
const CONTACT = /(@|https?:\/\/|www\.|\+?\d[\d\s().-]{6,}\d|\b(tel|phone|fax|mobile|hp|telp|wa)\b\s*[:.]?)/i;

/** Index of the first signature line within [from, to), or -1. */
function signatureStart(ls: Line[], from: number, to: number, closingAt: number): number {
  for (let i = from; i < to; i++) if (SIG_DELIMITER.test(ls[i]!.text)) return i;
  // After a closing line, the short lines that follow (a name, a title, a phone) are the signature.
  if (closingAt !== -1) {
    const next = ls.slice(closingAt + 1, to).findIndex((l) => !isBlank(l));
    if (next !== -1) {
      const i = closingAt + 1 + next;
      const rest = ls.slice(i, to).filter((l) => !isBlank(l));
      if (rest.length <= 8 && rest.every((l) => l.text.trim().length <= 60 && !/[.?!]\s*$/.test(l.text.trim()) || CONTACT.test(l.text))) return i;
    }
  }
  // A trailing block of short contact-looking lines, even without a closing, with the name and title
  // lines just above it ("Michael Frazier\nManager, Load Forecasting\nOffice: 713-…").
  let i = to;
  while (i > from && (isBlank(ls[i - 1]!) || (ls[i - 1]!.text.trim().length <= 60 && CONTACT.test(ls[i - 1]!.text)))) i--;
  while (i < to && isBlank(ls[i]!)) i++;
  if (i < to && ls.slice(i, to).some((l) => CONTACT.test(l.text))) {
    let above = 0;
    while (i > from && above < 4 && !isBlank(ls[i - 1]!) && ls[i - 1]!.text.trim().length <= 40 && !/[.?!:;]\s*$/.test(ls[i - 1]!.text)) {
      i--;
      above++;
    }
    return i;
  }
  // A phone's footer ("Sent from my iPhone") closes the message.
  for (let k = to - 1; k >= from && k >= to - 3; k--) if (SENT_FROM.test(ls[k]!.text.trim())) return k;
  // A name alone on the last line, after a blank line: "Stan Borys", "SWD".
  let last = to - 1;
  while (last > from && isBlank(ls[last]!)) last--;
  if (last > from && isBlank(ls[last - 1]!) && NAME_LINE.test(ls[last]!.text) && !CLOSING_LINE.test(ls[last]!.text)) return last;
  return -1;
}

/** A line that reads as a sentence, not as a sign-off or a signature: it ends like one, or is long. */
function isSentence(l: Line): boolean {
  const t = l.text.trim();
  return t.length > 60 || (/[.?!]$/.test(t) && /\s/.test(t) && !CONTACT.test(t));
}

/** The greeting as a span: a whole short first line, or a leading "Hi Bob," inside a longer one. */
function greetingEnd(ls: Line[], first: number): number {
  const l = ls[first];
  if (!l) return -1;
  const m = GREETING_LINE.exec(l.text);
  if (!m) return -1;
  return l.start + m[0].length;
}

export function segmentMessage(text: string): Zone[] {
  if (text.length === 0) return [];
  const ls = lines(text);
  const q = quoteStart(ls);
  const ownEnd = q === -1 ? ls.length : q; // lines [0, ownEnd) are the writer's own
  const zones: Zone[] = [];
  const push = (kind: ZoneKind, start: number, end: number) => {
    if (end <= start) return;
    const last = zones[zones.length - 1];
    if (last && last.kind === kind && last.end === start) last.end = end;
    else zones.push({ kind, start, end });
  };

  const firstContent = ls.findIndex((l, i) => i < ownEnd && !isBlank(l));
  let lastContent = -1;
  for (let i = ownEnd - 1; i >= 0; i--) if (!isBlank(ls[i]!)) { lastContent = i; break; }

  let closingAt = -1;
  for (let i = lastContent; i > firstContent && i >= 0; i--) {
    if (CLOSING_LINE.test(ls[i]!.text)) { closingAt = i; break; }
    if (lastContent - i > 8) break;
  }
  const sigLine = firstContent === -1 ? -1 : signatureStart(ls, firstContent + 1, ownEnd, closingAt);
  if (closingAt !== -1 && sigLine !== -1 && sigLine <= closingAt) closingAt = -1;
  // "Thanks!" followed by sentences ("Thanks!\nPlease send the contract soon.", a P.S.) closes nothing:
  // what follows a closing is a sign-off or a signature, and sentences there must still be read.
  if (closingAt !== -1 && ls.slice(closingAt + 1, sigLine === -1 ? ownEnd : sigLine).some(isSentence)) closingAt = -1;

  const ownTextEnd = q === -1 ? text.length : ls[q]!.start;
  const sigStart = sigLine === -1 ? ownTextEnd : ls[sigLine]!.start;
  const bodyEndsAt = closingAt === -1 ? sigStart : ls[closingAt]!.start;

  let cursor = 0;
  const gEnd = firstContent === -1 ? -1 : greetingEnd(ls, firstContent);
  if (gEnd !== -1 && gEnd <= bodyEndsAt) {
    push('greeting', 0, gEnd);
    cursor = gEnd;
  }
  push('body', cursor, bodyEndsAt);
  if (closingAt !== -1) push('closing', bodyEndsAt, sigStart);
  push('signature', Math.max(sigStart, bodyEndsAt), ownTextEnd);
  push('quoted', ownTextEnd, text.length);
  if (zones.length === 0) zones.push({ kind: 'body', start: 0, end: text.length });
  return zones;
}

/** The text of every zone of one kind, joined; offsets are lost, so use for reading only. */
export function zoneText(text: string, zones: readonly Zone[], kind: ZoneKind): string {
  return zones.filter((z) => z.kind === kind).map((z) => text.slice(z.start, z.end)).join('\n');
}

/** Who wrote a quoted message, from its attribution ("On …, Tom Lee <tom@x.com> wrote:", Lotus "Tom Lee on 04/19/2001"). */
export type QuotedAuthor = Person;

/** A forward's header: what follows is passed on, not replied to, and owes no answers. */
export const FORWARD_HEADER = /^\s*(?:-{2,}\s*(?:forwarded message|pesan terusan|pesan yang diteruskan)\b|-{2,}\s*forwarded by\b|begin forwarded message\s*:)/i;

/**
 * The message being replied to, read from a quote: the attribution line and any header block
 * ("From:", "To:", "cc:", "Subject:") at its top are taken off, with the author they name, and one level
 * of "> " quoting is removed (older messages quoted inside it keep theirs, so segmentation leaves them out).
 */
export function readQuoted(quoted: string): { text: string; author: QuotedAuthor | null; forward: boolean } {
  const ls = quoted.split('\n');
  let i = ls.findIndex((l) => l.trim() !== '');
  if (i === -1) return { text: quoted, author: null, forward: false };
  const forward = FORWARD_HEADER.test(ls[i]!);
  let author: QuotedAuthor | null = null;
  const take = (line: string) => {
    const address = EMAIL_ADDRESS.exec(line)?.[0];
    const name = /^\s*(?:on\s.*?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?,?\s*|\d{4},?\s+)|pada\s.*?pukul\s+\S+\s+|(?:from|dari)\s*:\s*)?"?([\p{L}][\p{L}.'’ -]{1,60}?)"?\s*(?:<|\[|\bon\s+\d|\bwrote\b|\bmenulis\b|,?\s*$)/iu.exec(line)?.[1]?.trim();
    author = { ...(author ?? {}), ...(name && !/^(on|pada|from|dari)$/i.test(name) ? { name } : {}), ...(address ? { address } : {}) };
  };
  const attribution = (l: string) => QUOTE_ATTRIBUTION.some((re) => re.test(l)) || /^\s*\S.{0,80}\s+on\s+\d{1,2}\/\d{1,2}\/\d{2,4}/i.test(l);
  // the attribution (one or two lines) and a header block under it
  let headerLines = 0;
  while (i < ls.length && headerLines < 12) {
    const l = ls[i]!;
    if (l.trim() === '' && headerLines > 0) {
      i++;
      break;
    }
    if (attribution(l) || HEADER_FIELD.test(l) || FORWARD_HEADER.test(l)) {
      if (/^\s*\*?(from|dari)\s*:/i.test(l) || (attribution(l) && !FORWARD_HEADER.test(l))) take(l.replace(/^\s*\*?(from|dari)\s*:\*?/i, 'From:'));
      i++;
      headerLines++;
      continue;
    }
    // "On Tue, … Alice <a@x>" wrapped before "wrote:"
    if (headerLines === 0 && /^\s*(on|pada)\s/i.test(l) && /(wrote|menulis)\s*:\s*$/i.test(ls[i + 1] ?? '')) {
      take(`${l} ${ls[i + 1]}`);
      i += 2;
      headerLines += 2;
      continue;
    }
    break;
  }
  const text = ls
    .slice(headerLines ? i : 0)
    .map((l) => l.replace(/^\s*>\s?/, ''))
    .join('\n');
  return { text, author, forward };
}

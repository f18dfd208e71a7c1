/**
 * A quoted reply chain split into its messages, as Gmail would show them in the thread above a reply: each
 * older message starts at its header ("On … wrote:", "Pada … menulis:", "-----Original Message-----", Lotus
 * "Name on 04/19/2001 10:22 AM" or "Name\n04/19/2001 10:22 AM\nTo: …", "---- Forwarded by … ----"). Used by the
 * precision harness only: in Gmail the adapter reads the thread's messages one by one.
 */
import type { Person } from '../../src/engine/conversation';
import { readQuoted } from '../../src/engine/segment';

export interface ChainMessage {
  author: Person;
  /** The header lines, for the date. */
  header: string;
  text: string;
}

const LOTUS_DATE = String.raw`\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M`;
const ONE_LINE = new RegExp(String.raw`^\s*(?:From:\s*)?("?[^\s"].{0,70}?"?)\s+(?:on\s+)?${LOTUS_DATE}\s*$`, 'i');
const DATE_LINE = new RegExp(String.raw`^\s*${LOTUS_DATE}\s*$`, 'i');
const ORIGINAL = /^\s*-{2,}\s*Original Message\s*-{2,}/i;
const FORWARDED_BY = /^\s*-{5,}\s*Forwarded by\b/i;
const WROTE = /^\s*(?:On|Pada)\s.+(?:wrote|menulis)\s*:\s*$/i;
const WROTE_START = /^\s*(?:On|Pada)\s.{10,}$/i;

/** A person from a header's name part: "Tom Lee <tom@x.com>", "Isabel Y Resendez@ECT", "Chris Germany/HOU/ECT@ECT". */
function person(raw: string): Person {
  const address = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(raw)?.[0];
  const name = raw
    .replace(/<[^>]*>/g, '')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, '')
    .replace(/\/.*$|@.*$/, '')
    .replace(/["']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { ...(name && /\p{L}/u.test(name) ? { name } : {}), ...(address ? { address } : {}) };
}

/** Where a message's body starts: after its header block (name, date, To, cc, Subject), or after its "wrote:" line. */
function bodyStart(segment: readonly string[]): number {
  const head = segment.slice(0, 14);
  const subject = head.findIndex((l) => /^\s*Subject\s*:/i.test(l));
  if (subject !== -1) {
    const blank = head.findIndex((l, i) => i > subject && l.trim() === '');
    return blank === -1 ? subject + 1 : blank + 1;
  }
  const wrote = head.findIndex((l) => /(?:wrote|menulis)\s*:\s*$/i.test(l));
  if (wrote !== -1) return wrote + 1;
  const blank = head.findIndex((l, i) => i > 0 && l.trim() === '');
  return blank === -1 ? 1 : blank + 1;
}

/** The messages of a quoted chain, newest first (the first is the message replied to). */
export function splitChain(quoted: string): ChainMessage[] {
  const lines = quoted.split('\n');
  const starts: Array<{ at: number; author?: Person }> = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    let m: RegExpExecArray | null;
    if (FORWARDED_BY.test(l)) {
      // a separator: the forwarded message follows with its own header
      starts.push({ at: i });
      // the marker may wrap onto a second line
      if (!/-{5,}\s*$/.test(l) && /-{5,}\s*$/.test(lines[i + 1] ?? '')) i++;
    } else if (ORIGINAL.test(l)) starts.push({ at: i });
    else if (DATE_LINE.test(l) && i > 0 && /^\s*\S.{0,60}$/.test(lines[i - 1]!) && /^\s*To:/i.test(lines[i + 1] ?? '')) starts.push({ at: i - 1, author: person(lines[i - 1]!) });
    else if ((m = ONE_LINE.exec(l)) && /^\s*(?:To:|$)/i.test(lines[i + 1] ?? '')) starts.push({ at: i, author: person(m[1]!) });
    else if (WROTE.test(l) || (WROTE_START.test(l) && /^\s*(?:wrote|menulis)\s*:|(?:wrote|menulis)\s*:\s*$/i.test(lines[i + 1] ?? ''))) starts.push({ at: i });
  }
  if (!starts.length || starts[0]!.at > 0) starts.unshift({ at: 0 });
  const out: ChainMessage[] = [];
  starts.forEach((s, k) => {
    const segment = lines.slice(s.at, starts[k + 1]?.at ?? lines.length);
    const read = readQuoted(segment.join('\n'));
    const text = segment.slice(bodyStart(segment)).map((l) => l.replace(/^\s*>\s?/, '')).join('\n').trim();
    if (!text) return;
    out.push({ author: { ...(s.author ?? {}), ...(read.author ?? {}) }, header: segment.slice(0, 6).join('\n'), text });
  });
  return out;
}

/**
 * `jelas check --thread FILE`: the conversation a draft belongs to, read from an `.eml` (one message), an
 * `.mbox` (many) or a `.json` list of messages (the format is in the README's CLI section).
 *
 * CLI only: it needs node and the mail parsers, so neither the engine nor the content script imports it.
 * MIME (headers, encoded words, quoted-printable, base64, charsets, multipart) is postal-mime's work, mbox
 * splitting mbox-reader's, and a message with only an HTML part is made text by html-to-text. What is left
 * here is what Jelas means by a message: its author, when and in which zone it was written, how many it went
 * to, and its own text, cut where the engine's segmentMessage finds the quoted history or the signature.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { convert } from 'html-to-text';
import { mboxReader } from 'mbox-reader';
import PostalMime, { addressParser, type Address, type Email } from 'postal-mime';
import { samePerson, type Conversation, type Person, type ThreadMessage } from '../engine/conversation';
import { EMAIL_ADDRESS } from '../engine/lexicon/zones';
import { segmentMessage } from '../engine/segment';
import { dateZone, normalizeZone, parseDate } from './dates';

/** A thread that cannot be read: the message says which file and why. */
export class ThreadError extends Error {}

export type ThreadFormat = 'eml' | 'mbox' | 'json';

/** The format a thread file is in, by its extension; null for any other. */
export function threadFormat(path: string): ThreadFormat | null {
  const ext = extname(path).toLowerCase();
  return ext === '.eml' ? 'eml' : ext === '.mbox' ? 'mbox' : ext === '.json' ? 'json' : null;
}

/** "Sari Dewi <sari@x.co>", "sari@x.co" or "Sari Dewi", as --from and --me take them. */
export function parsePerson(v: string): Person {
  const address = EMAIL_ADDRESS.exec(v)?.[0];
  const name = v.replace(/<[^>]*>/, '').replace(address ?? '\u0000', '').replace(/["']/g, '').trim();
  return { ...(name ? { name } : {}), ...(address ? { address } : {}) };
}

/**
 * A message's own text: the quoted history ("> " lines, "On … wrote:", "Pada … menulis:",
 * "-----Original Message-----", an Outlook "From:/Sent:" block, and all below it) and the signature are
 * cut where the engine's segmentMessage puts them.
 */
export function ownText(body: string): string {
  const text = body.replace(/\r\n?/g, '\n');
  const cut = segmentMessage(text).find((z) => z.kind === 'signature' || z.kind === 'quoted')?.start ?? text.length;
  return text.slice(0, cut).trim();
}

/** windows-1252's characters for the bytes 0x80–0x9F (five are unassigned and stay as they are). */
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node since 20.18.3 / 22.13 decodes windows-1252 (and so iso-8859-1, which mail labels mean as
 * windows-1252) as Latin-1, leaving C1 controls where Outlook wrote ’ “ ” – € (nodejs/node#60888). No mail
 * text means a C1 control, so they are read as windows-1252 meant them.
 */
const fixC1 = (text: string) => text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!);

/** Messages oldest first when every one has a date; in file order otherwise. */
function ordered(messages: ThreadMessage[]): ThreadMessage[] {
  return messages.every((m) => m.sentAt !== undefined) ? [...messages].sort((a, b) => a.sentAt! - b.sentAt!) : messages;
}

/** The thread in `path`; `me` ("Name <address>", an address, or a person) marks the writer's messages. */
export async function readThread(path: string, opts: { me?: string | Person } = {}): Promise<Conversation> {
  const format = threadFormat(path);
  if (!format) throw new ThreadError(`${path}: a thread is an .eml, .mbox or .json file`);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ThreadError(`cannot read ${path}${code ? ` (${code})` : ''}`);
  }
  const me = typeof opts.me === 'string' ? parsePerson(opts.me) : opts.me;
  let messages: ThreadMessage[];
  if (format === 'json') messages = fromJson(data.toString('utf8'), path, me);
  else {
    const raws: Buffer[] = [];
    if (format === 'eml') raws.push(data);
    else for await (const m of mboxReader(Readable.from([data]))) raws.push(m.content);
    if (raws.length === 0) throw new ThreadError(`${path}: no messages (an mbox starts each message with a "From " line)`);
    messages = [];
    for (const raw of raws) messages.push(fromMime(await PostalMime.parse(raw), me));
  }
  return { messages: ordered(messages) };
}

const mailboxes = (list: Address[] | undefined) => (list ?? []).flatMap((a) => (a.group ? a.group : [a]));

function fromMime(email: Email, me: Person | undefined): ThreadMessage {
  const from = mailboxes(email.from ? [email.from] : [])[0];
  const author: Person = { ...(from?.name ? { name: from.name } : {}), ...(from?.address ? { address: from.address } : {}) };
  const date = email.headers.find((h) => h.key === 'date')?.value;
  const sentAt = date === undefined ? NaN : parseDate(date);
  const zone = date === undefined ? undefined : dateZone(date);
  const body = fixC1(email.text ?? (email.html ? htmlText(email.html) : ''));
  return {
    author,
    byWriter: samePerson(author, me),
    ...(Number.isNaN(sentAt) ? {} : { sentAt }),
    ...(zone ? { timeZone: zone } : {}),
    text: ownText(body),
    ...(email.to || email.cc ? { recipients: mailboxes(email.to).length + mailboxes(email.cc).length } : {}),
  };
}

/** An HTML-only message as text; blockquotes become "> " lines, which ownText then cuts. */
const htmlText = (html: string) =>
  convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
    ],
  }).replace(/\n{3,}/g, '\n\n');

/** A JSON thread's messages, each field checked; a message's text is cut like a mail's. */
function fromJson(json: string, path: string, me: Person | undefined): ThreadMessage[] {
  let items: unknown;
  try {
    items = JSON.parse(json);
  } catch (e) {
    throw new ThreadError(`${path}: invalid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(items)) throw new ThreadError(`${path}: a JSON thread is an array of messages`);
  return items.map((item: unknown, i) => {
    const bad = (what: string): never => {
      throw new ThreadError(`${path}: message ${i + 1}: ${what}`);
    };
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return bad('not an object');
    const m = item as Record<string, unknown>;
    if (typeof m.text !== 'string') bad('"text" must be a string');
    const author = jsonPerson(m.from) ?? bad('"from" must be "Name <address>" or {"name", "address"}');
    let timeZone: string | undefined;
    if (m.timeZone !== undefined) {
      timeZone = typeof m.timeZone === 'string' ? normalizeZone(m.timeZone) : undefined;
      if (!timeZone) bad(`"timeZone" must be an IANA name ("Asia/Jakarta") or an offset ("+07:00"), got ${JSON.stringify(m.timeZone)}`);
    }
    let sentAt: number | undefined;
    if (m.date !== undefined && m.date !== null) {
      sentAt = typeof m.date === 'string' ? parseDate(m.date, timeZone) : NaN;
      if (Number.isNaN(sentAt)) bad(`"date" must be an ISO 8601 or RFC 2822 date, got ${JSON.stringify(m.date)}`);
      timeZone ??= dateZone(m.date as string) ?? undefined;
    }
    let recipients: number | undefined;
    for (const key of ['to', 'cc'] as const) {
      if (m[key] === undefined) continue;
      const list = m[key];
      if (!Array.isArray(list)) return bad(`"${key}" must be an array of addresses`);
      for (const p of list) {
        if (!jsonPerson(p)) bad(`"${key}" must be an array of "Name <address>" or {"name", "address"}`);
        // "a@x.co, b@x.co" in one string is two people
        recipients = (recipients ?? 0) + (typeof p === 'string' ? mailboxes(addressParser(p)).length : 1);
      }
    }
    return {
      author,
      byWriter: samePerson(author, me),
      ...(sentAt === undefined ? {} : { sentAt }),
      ...(timeZone ? { timeZone } : {}),
      text: ownText(m.text as string),
      ...(recipients === undefined ? {} : { recipients }),
    };
  });
}

/** "Name <address>" (parsed as a mail header is) or {"name", "address"}; undefined for anything else. */
function jsonPerson(v: unknown): Person | undefined {
  if (typeof v === 'string') {
    const box = mailboxes(addressParser(v))[0];
    if (!box) return undefined;
    // a bare name parses as an address without "@"
    const address = box.address.includes('@') ? box.address : undefined;
    const name = box.name || (address ? undefined : box.address);
    return name || address ? { ...(name ? { name } : {}), ...(address ? { address } : {}) } : undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const { name, address } = v as { name?: unknown; address?: unknown };
  if ((name !== undefined && typeof name !== 'string') || (address !== undefined && typeof address !== 'string') || (!name && !address)) return undefined;
  return { ...(name ? { name } : {}), ...(address ? { address } : {}) };
}

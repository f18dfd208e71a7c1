/**
 * The conversation a draft belongs to: who wrote what, and when. Pure data, built by the Gmail adapter from the
 * open thread (and the reply's own quote block), by the CLI from an .eml, .mbox or JSON file, and by the
 * precision harness from a reply's "On …, NAME wrote:" header. The engine reads it when given one; with only a
 * draft and a quoted text it behaves as it always has.
 */

export interface Person {
  name?: string;
  address?: string;
}

export interface ThreadMessage {
  author: Person;
  /** The author is the person writing the draft (the Gmail account; the CLI's --me). */
  byWriter: boolean;
  /** When it was sent, in milliseconds since the epoch; absent when unknown. */
  sentAt?: number;
  /** The time zone it was written in, an IANA name ("Asia/Jakarta") or a UTC offset ("+07:00"), when known; relative times in it resolve there. */
  timeZone?: string;
  /** The message's own text: quotes and signature removed (the engine drops any it still finds). */
  text: string;
  /** How many people it was sent to (To and Cc), when known: a question to many is not the writer's alone. */
  recipients?: number;
}

export interface Conversation {
  /** The thread's messages before the draft, oldest first. Collapsed messages whose body was not loaded are left out. */
  messages: ThreadMessage[];
}

/** The same person: the same address, or the same full name (a first name alone is too common to tell). */
export function samePerson(a: Person | undefined, b: Person | undefined): boolean {
  if (!a || !b) return false;
  const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}@.]+/gu, ' ').trim();
  if (a.address && b.address && norm(a.address) === norm(b.address)) return true;
  const n = norm(a.name);
  return n.includes(' ') && n === norm(b.name);
}

/** The messages since the writer last wrote (all of them if the writer has not written yet). */
export function sinceWritersLast(messages: readonly ThreadMessage[]): ThreadMessage[] {
  let i = messages.length;
  while (i > 0 && !messages[i - 1]!.byWriter) i--;
  return messages.slice(i);
}

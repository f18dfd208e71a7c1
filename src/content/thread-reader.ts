/**
 * The conversation above an inline reply, read from the open thread (spec §4): each message whose body Gmail
 * has loaded, oldest first, with its author (`span.gD`'s name and `email=`), when it was sent (`span.g3`'s
 * `title=`, read by gmail-date.ts), its own text (quote, trimmed history and signature left out) and how many
 * people it went to (its To and Cc chips, when shown). Collapsed messages with no body are left out: nothing is
 * ever fetched. Whether the writer wrote a message is whether its address is the account's (read from the
 * page's title by `accountAddress`), so without that address no conversation is read.
 */
import type { Conversation, Person, ThreadMessage } from '../engine/conversation';
import { anyOf, select, selectAll } from './selectors';
import { isForward, readMessageText, threadMessageBodies } from './text-map';
import { parseGmailDate } from './gmail-date';

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();

function authorOf(message: Element): Person {
  const sender = select('sender', message);
  const address = sender?.getAttribute('email')?.trim();
  const name = sender?.getAttribute('name')?.trim() || sender?.textContent?.trim();
  return { ...(name ? { name } : {}), ...(address ? { address } : {}) };
}

/** To and Cc people shown in the message's header, counted once each; undefined when the header shows none. */
function recipientsOf(message: Element): number | undefined {
  const people = new Set(selectAll('messageRecipients', message).map((el) => norm(el.getAttribute('email'))).filter(Boolean));
  return people.size || undefined;
}

/**
 * The thread above the inline reply `composeRoot` as a Conversation, or null: not a reply in a thread, a forward
 * (it owes the thread no answers), no account address, or no message loaded. `timeZone` is the viewer's, in
 * which Gmail writes its dates (default: the runtime's).
 */
export function readConversation(composeRoot: Element, body: Element, account: string | null, timeZone?: string): Conversation | null {
  if (!account || isForward(body)) return null;
  const me = norm(account);
  const messages: ThreadMessage[] = [];
  for (const messageBody of threadMessageBodies(composeRoot)) {
    const message = messageBody.closest(anyOf('threadMessage'));
    if (!message) continue;
    const text = readMessageText(messageBody);
    if (!text) continue;
    const author = authorOf(message);
    const sentAt = parseGmailDate(select('messageDate', message)?.getAttribute('title'), timeZone);
    const recipients = recipientsOf(message);
    messages.push({
      author,
      byWriter: !!author.address && norm(author.address) === me,
      ...(sentAt !== undefined ? { sentAt } : {}),
      text,
      ...(recipients !== undefined ? { recipients } : {}),
    });
  }
  return messages.length ? { messages } : null;
}

/**
 * Who a compose is to and what it carries, for the rules that read the client (wrong-name, missing-attachment,
 * terse-tone's colleague): the recipients' chips (names and addresses), the files attached (attachment chips and
 * Drive links in the body, not in its quote), and whether every recipient shares the account's domain. Read from
 * the compose's DOM only, through the selectors table; watched so that adding a chip re-checks the draft.
 */
import type { Person } from '../engine/conversation';
import { anyOf, closest, selectors, type SelectorName } from './selectors';

export interface ComposeContext {
  recipients: Person[];
  attachments: number;
  /** Every recipient shares the account's domain; undefined when the account or the recipients are unknown. */
  internal?: boolean;
  /** Changes when any of the above does. */
  key: string;
}

/** How many elements the first alternative of a need that finds any finds (alternatives describe the same thing). */
function countFirst(name: SelectorName, root: ParentNode, keep: (el: Element) => boolean = () => true): Element[] {
  for (const alt of selectors[name]) {
    const found = [...root.querySelectorAll(alt.css)].filter(keep);
    if (found.length) return found;
  }
  return [];
}

function recipientOf(el: Element): Person | null {
  const address = (el.getAttribute('data-hovercard-id') ?? el.getAttribute('email') ?? '').trim();
  if (!address.includes('@')) return null;
  const raw = (el.getAttribute('data-name') ?? el.getAttribute('name') ?? el.textContent ?? '').trim();
  const name = raw && raw !== address && !raw.includes('@') ? raw : undefined;
  return { ...(name ? { name } : {}), address };
}

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

export function readComposeContext(root: Element, body: Element, account: string | null): ComposeContext {
  const byAddress = new Map<string, Person>();
  for (const el of root.querySelectorAll(anyOf('recipientChip'))) {
    const p = recipientOf(el);
    if (!p) continue;
    const key = p.address!.toLowerCase();
    // the summary and the chips list the same people: keep the one with a name
    if (!byAddress.has(key) || (!byAddress.get(key)!.name && p.name)) byAddress.set(key, p);
  }
  const recipients = [...byAddress.values()];
  const inQuote = (el: Element) => body.contains(el) && closest(el, 'quote') !== null;
  const attachments = countFirst('attachmentChip', root).length + countFirst('driveLink', body, (el) => !inQuote(el)).length;
  const internal = account && recipients.length ? recipients.every((r) => domainOf(r.address!) === domainOf(account)) : undefined;
  const key = JSON.stringify([recipients.map((r) => [r.name ?? '', r.address]), attachments, internal ?? null]);
  return { recipients, attachments, ...(internal !== undefined ? { internal } : {}), key };
}

/**
 * Calls `changed` (at most once per `delay` ms) when something outside the body changes in the compose: a chip
 * added or removed. Typing in the body is the controller's own business and is not reported here.
 */
export function watchComposeContext(root: Element, body: Element, signal: AbortSignal, changed: () => void, delay = 150): void {
  let timer = 0;
  const observer = new MutationObserver((records) => {
    if (records.every((r) => body === r.target || body.contains(r.target))) return;
    clearTimeout(timer);
    timer = window.setTimeout(changed, delay);
  });
  observer.observe(root, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
  });
}

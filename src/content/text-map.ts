/**
 * Reads a compose's draft as plain text, keeping a map from text offsets back to DOM positions so a
 * finding's [start, end) can become a `Range` (for underlines and Apply) and a caret position can become
 * an offset (for the card). Block elements and `<br>` become "\n"; the quoted part and the signature are
 * left out, because the engine must judge only what the user is writing now.
 */
import { anyOf, closest, select, selectAll } from './selectors';

interface Piece {
  node: Text;
  /** Offset of the node's first character in `text`. */
  start: number;
}

export interface TextMap {
  readonly text: string;
  /** The DOM position of a text offset (clamped to the text). */
  position(offset: number): { node: Node; offset: number };
  /** A live DOM range for [start, end). */
  range(start: number, end: number): Range;
  /** The text offset of a DOM position, or null when it lies in a part we do not read (quote, signature). */
  offsetOf(node: Node, offset: number): number | null;
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

/** Indentation between blocks in hand-written or pasted HTML; Gmail's own lines are divs and brs, never raw newlines. */
const FORMATTING_WS = /^[\t\r\n ]*\n[\t\r\n ]*$/;
/** The conventional signature separator "-- " on a line of its own (Gmail writes `-- <br>`). */
const SIG_DASHES = /^--[ \u00a0]?$/;

interface Walk {
  text: string;
  pieces: Piece[];
}

function collect(root: Node, skip: (el: Element) => boolean, stopAtSigDashes: boolean): Walk {
  const pieces: Piece[] = [];
  let text = '';
  let stopped = false;
  const newline = () => {
    if (text.length && !text.endsWith('\n')) text += '\n';
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child && !stopped; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        if (!data || FORMATTING_WS.test(data)) continue;
        if (stopAtSigDashes && (text === '' || text.endsWith('\n')) && SIG_DASHES.test(data)) {
          stopped = true;
          return;
        }
        pieces.push({ node: child as Text, start: text.length });
        text += data;
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (skip(el) || (el as HTMLElement).hidden) continue;
        const tag = el.tagName.toUpperCase();
        if (tag === 'BR') text += '\n';
        else if (tag === 'STYLE' || tag === 'SCRIPT' || tag === 'TEMPLATE') continue;
        else if (BLOCKS.has(tag)) {
          newline();
          walk(el);
          newline();
        } else walk(el);
      }
    }
  };
  walk(root);
  return { text, pieces };
}

function lastPieceAtOrBefore(pieces: Piece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function makeMap(root: Node, walk: Walk): TextMap {
  const { text, pieces } = walk;
  const byNode = new Map<Node, Piece>(pieces.map((p) => [p.node, p]));
  const doc = root.ownerDocument ?? document;

  const position = (raw: number): { node: Node; offset: number } => {
    const offset = Math.max(0, Math.min(raw, text.length));
    const i = lastPieceAtOrBefore(pieces, offset);
    const p = pieces[i];
    if (p && offset <= p.start + p.node.data.length) return { node: p.node, offset: offset - p.start };
    // In a synthetic newline: before the next piece, else after the last one.
    const next = pieces[i + 1];
    if (next) return { node: next.node, offset: 0 };
    if (p) return { node: p.node, offset: p.node.data.length };
    return { node: root, offset: 0 };
  };

  return {
    text,
    position,
    range(start, end) {
      const r = doc.createRange();
      const a = position(Math.min(start, end));
      const b = position(Math.max(start, end));
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      return r;
    },
    offsetOf(node, offset) {
      const p = byNode.get(node);
      if (p) return p.start + Math.min(offset, p.node.data.length);
      if (node !== root && !root.contains(node)) return null;
      if (node.nodeType === 3) return null; // a text node we left out: quote or signature
      // An element boundary: the offset of the first piece at or after it.
      const probe = doc.createRange();
      probe.setStart(node, offset);
      let lo = 0;
      let hi = pieces.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (probe.comparePoint(pieces[mid]!.node, 0) < 0) lo = mid + 1;
        else hi = mid;
      }
      const after = pieces[lo];
      if (!after) return text.length;
      return after.start;
    },
  };
}

const skipInDraft = (el: Element) =>
  el.matches(anyOf('quote')) || el.matches(anyOf('trimmed')) || el.matches(anyOf('signature')) || el.matches(anyOf('quoteAttribution'));

/** The draft the user is writing: the body without quote, trimmed content and signature. */
export function readDraft(body: Element): TextMap {
  return makeMap(body, collect(body, skipInDraft, true));
}

const skipInQuoted = (el: Element) =>
  el.matches(anyOf('quote')) || el.matches(anyOf('trimmed')) || el.matches(anyOf('signature')) || el.matches(anyOf('quoteAttribution'));

function readMessage(el: Element): string {
  return collect(el, skipInQuoted, true).text.trim();
}

/**
 * A thread message's own text: its body without the quote (Gmail's `.gmail_quote`, any other blockquote), the
 * trimmed history and the signature.
 */
export function readMessageText(body: Element): string {
  return collect(body, (el) => skipInQuoted(el) || el.tagName.toUpperCase() === 'BLOCKQUOTE', true).text.trim();
}

/** The body holds a forward: a quote with no blockquote ("---------- Forwarded message ---------"). */
export function isForward(body: Element): boolean {
  const quote = select('quote', body);
  return !!quote && !quote.matches('blockquote') && !quote.querySelector(':scope > blockquote');
}

/**
 * Where a reply's thread is: the list of messages above an inline reply (or, failing that, the message it
 * sits in), or null when the compose is in no thread we recognise.
 */
export function threadOf(composeRoot: Element): Element | null {
  const item = composeRoot.closest('[role="listitem"]');
  return item?.parentElement?.closest(anyOf('threadList')) ?? closest(composeRoot, 'threadList') ?? item;
}

/** The bodies of the thread messages above an inline reply, oldest first (none outside a thread). */
export function threadMessageBodies(composeRoot: Element): Element[] {
  const thread = threadOf(composeRoot);
  return thread ? selectAll('messageBody', thread).filter((b) => !composeRoot.contains(b)) : [];
}

/**
 * The message being replied to: the quote inside the body (when expanded), else the last
 * loaded message of the thread above an inline reply. Only that message, not the older ones nested in it;
 * its attribution line first, so the engine knows who asked (the writer's own questions are not theirs to answer).
 * With `thread: false`, only a quote in the body counts (the caller passes the thread as a conversation).
 */
export function readQuoted(composeRoot: Element, body: Element, { thread = true }: { thread?: boolean } = {}): string | null {
  const quote = select('quote', body);
  if (quote) {
    const inner = quote.matches('blockquote') ? quote : quote.querySelector(':scope > blockquote');
    // A forward quotes without a blockquote: the user passes it on and owes it no answers.
    if (!inner) return null;
    const text = collect(inner, (el) => el !== inner && skipInQuoted(el), true).text.trim();
    // the attribution ("On …, Tom <tom@x.co> wrote:") goes first: the engine reads who asked from it
    const attribution = quote.querySelector(anyOf('quoteAttribution'))?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return attribution ? `${attribution}\n${text}` : text;
  }
  // the thread's messages reach the engine as a conversation: it picks the one replied to
  if (!thread) return null;
  const bodies = threadMessageBodies(composeRoot);
  for (let i = bodies.length - 1; i >= 0; i--) {
    const candidate = bodies[i]!;
    const text = readMessage(candidate);
    if (!text) continue;
    // the sender of that message, as an attribution line the engine reads like Gmail's own
    const sender = candidate.closest(anyOf('threadMessage'))?.querySelector(anyOf('sender'));
    const email = sender?.getAttribute('email');
    return email ? `${sender?.getAttribute('name') ?? ''} <${email}> wrote:\n${text}`.trimStart() : text;
  }
  return null;
}

/**
 * Every Gmail selector Jelas relies on, in one table. Gmail changes under us, so each need is a list of
 * alternatives, tried in order; language-independent hooks (classes, `name=`, `role`, `g_editable`)
 * come first and localized labels are never used on their own. Source tags refer to
 * /work/shared/gmail/fixture-spec.md §0 (S1 = 2020 capture, S2 = InboxSDK 2026, S3 = gmail.js,
 * S6 = modern pasted fragments, S7 = quote markup, S9 = other extensions, S10 = thread fragments).
 */
import { EMAIL_ADDRESS } from '../engine/lexicon/zones';

export type Alternatives = readonly string[];

export const selectors = {
  /** A compose's root: dialogs, inline replies, pop-out and full screen all have one (S3 `div.M9`, S1, S2). */
  compose: ['div.M9'],
  /** The editable body. `aria-label="Message Body"` is avoided: localized, and it also matches the hidden textarea (spec §8). */
  body: [
    'div[contenteditable="true"][g_editable="true"]', // S1, S6
    '.Ap [g_editable="true"]', // S2 page-parser
    '.Am.Al.editable[contenteditable="true"]', // S1 classes
  ],
  /** Subject of a new message; inline replies keep it in a hidden input (S1, S2, S3). */
  subject: ['input[name="subjectbox"]', 'input[type="hidden"][name="subject"]'],
  /** Gmail's draft id, stable for the life of the draft (S1, S2, S3 email_id). */
  draftId: ['input[name="draft"]'],
  /** Send. Excludes Send + archive (`.Uo`) and the "More send options" arrow (`aria-haspopup`); not gmail.js `div.T-I.T-I-atl`, which matches the arrow too (spec §8). */
  send: [
    '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])', // S2 getSendButton
    '.aoO[role="button"]', // S1 class of Send
  ],
  /** Send + archive, replies only, when the Gmail setting is on (S2 `.IZ .Up div > div[role=button].Uo`). */
  sendArchive: ['.Uo[role="button"]'],
  /** Schedule send menu: never intercepted (S1, S2 `selector="scheduledSend"`). */
  scheduleSend: ['[selector="scheduledSend"]', '.hG[role="button"]'],
  /** The quoted part inside a compose body (S7 `div.gmail_quote`/`blockquote.gmail_quote`; pre-2018 `.gmail_extra` per S2). */
  quote: ['.gmail_quote', '.gmail_extra'],
  /** "Show trimmed content" toggle and the part it hides (S1, S2, S10). */
  trimmed: ['.ajR', '.adL', '.yj6qo'],
  /** The attribution line above a quote, "On …, X wrote:" (S7). */
  quoteAttribution: ['.gmail_attr'],
  /** The signature block (gmail.js test.parsing.js real sent HTML). */
  signature: ['.gmail_signature', '[data-smartmail="gmail_signature"]'],
  /** A message of the thread above an inline reply (S2, S8 `[role=listitem]`, S3 `div.adn[data-message-id]`). */
  threadMessage: ['[role="list"] > [role="listitem"]', 'div.adn[data-message-id]'],
  /** A thread message's sender, with its address in `email=` (spec §4: S8, S3 `span[email].gD`). */
  sender: ['span.gD[email]', 'h3.iw span[email]'],
  /** A thread message's body (S10 `.ii.gt > .a3s.aiL`, S3 `div.a3s`, S9 `.a3s.aXjCH`). */
  messageBody: ['.ii.gt > .a3s', 'div.a3s'],
  /** The thread list holding those messages (S2, S8). */
  threadList: ['[role="list"]'],
  /** Gmail's own refusal to send, e.g. no recipients (S2 presending stream, InboxSDK PR #283). */
  alertDialog: ['[role="alertdialog"]'],
} as const satisfies Record<string, Alternatives>;

export type SelectorName = keyof typeof selectors;

/**
 * The signed-in account's address, from the tab title Gmail keeps as "Inbox (3) - me@example.com - Gmail" in
 * every UI language (the simulator's pages too). Never from the network. Null when the title has none.
 */
export function accountAddress(doc: Document = document): string | null {
  return EMAIL_ADDRESS.exec(doc.title)?.[0] ?? null;
}

const joined = new Map<SelectorName, string>();

/** All alternatives of a need as one selector list, for `matches`/`closest` in a single call. */
export function anyOf(name: SelectorName): string {
  let s = joined.get(name);
  if (s === undefined) {
    s = selectors[name].join(', ');
    joined.set(name, s);
  }
  return s;
}

/** The first element matching the first alternative that matches anything. */
export function select(name: SelectorName, root: ParentNode = document): Element | null {
  for (const alt of selectors[name]) {
    const el = root.querySelector(alt);
    if (el) return el;
  }
  return null;
}

/** Every element matching any alternative, in document order, without duplicates. */
export function selectAll(name: SelectorName, root: ParentNode = document): Element[] {
  return [...root.querySelectorAll(anyOf(name))];
}

export function matches(el: Element, name: SelectorName): boolean {
  return el.matches(anyOf(name));
}

export function closest(el: Element, name: SelectorName): Element | null {
  return el.closest(anyOf(name));
}

/**
 * Every Gmail selector Jelas relies on, in one table. Gmail changes under us, so each need is a list of
 * alternatives, tried in order; language-independent hooks (classes, `name=`, `role`, `g_editable`)
 * come first and localized labels are never used on their own. Source tags refer to
 * /work/shared/gmail/fixture-spec.md §0 (S1 = 2020 capture, S2 = InboxSDK 2026, S3 = gmail.js,
 * S6 = modern pasted fragments, S7 = quote markup, S9 = other extensions, S10 = thread fragments).
 */
import { EMAIL_ADDRESS } from '../engine/lexicon/zones';

/**
 * One alternative of a need: the CSS, where it was seen, and when it was last checked against that
 * source. `source` is a capture in /work/shared/gmail/real/ (`real/<file>`: test/content/selectors-real.test.ts
 * requires it to match there) or a section of the fixture spec with its source tag; every alternative is
 * also checked against the simulator's pages (test/content/selectors.test.ts).
 */
export interface Alternative {
  readonly css: string;
  readonly source: string;
  /** The date it was last checked against its source and the simulator (YYYY-MM-DD). */
  readonly verified: string;
}

export type Alternatives = readonly Alternative[];

/** Real captures, in /work/shared/gmail/real/. */
const COMPOSE_2020 = 'real/gmail-compose-dialog-2020.html';

export const selectors = {
  /** A compose's root: dialogs, inline replies, pop-out and full screen all have one (S3 `div.M9`, S1, S2). */
  compose: [{ css: 'div.M9', source: COMPOSE_2020, verified: '2026-11-29' }],
  /** The editable body. `aria-label="Message Body"` is avoided: localized, and it also matches the hidden textarea (spec §8). */
  body: [
    { css: 'div[contenteditable="true"][g_editable="true"]', source: COMPOSE_2020, verified: '2026-11-29' }, // also S6
    { css: '.Ap [g_editable="true"]', source: COMPOSE_2020, verified: '2026-11-29' }, // S2 page-parser
    { css: '.Am.Al.editable[contenteditable="true"]', source: COMPOSE_2020, verified: '2026-11-29' }, // S1 classes, S6
  ],
  /** Subject of a new message; inline replies keep it in a hidden input (S1, S2, S3). */
  subject: [
    { css: 'input[name="subjectbox"]', source: COMPOSE_2020, verified: '2026-11-29' },
    { css: 'input[type="hidden"][name="subject"]', source: COMPOSE_2020, verified: '2026-11-29' },
  ],
  /** Gmail's draft id, stable for the life of the draft (S1, S2, S3 email_id). */
  draftId: [{ css: 'input[name="draft"]', source: COMPOSE_2020, verified: '2026-11-29' }],
  /** Send. Excludes Send + archive (`.Uo`) and the "More send options" arrow (`aria-haspopup`); not gmail.js `div.T-I.T-I-atl`, which matches the arrow too (spec §8). */
  send: [
    { css: '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])', source: COMPOSE_2020, verified: '2026-11-29' }, // S2 getSendButton
    { css: '.aoO[role="button"]', source: COMPOSE_2020, verified: '2026-11-29' }, // S1 class of Send
  ],
  /** Send + archive, replies only, when the Gmail setting is on (S2 `.IZ .Up div > div[role=button].Uo`). */
  sendArchive: [{ css: '.Uo[role="button"]', source: 'fixture-spec §4.3 Send + archive variant (S2)', verified: '2026-11-29' }],
  /** Schedule send menu: never intercepted (S1, S2 `selector="scheduledSend"`). */
  scheduleSend: [
    { css: '[selector="scheduledSend"]', source: COMPOSE_2020, verified: '2026-11-29' },
    { css: '.hG[role="button"]', source: COMPOSE_2020, verified: '2026-11-29' },
  ],
  /** The quoted part inside a compose body (S7 `div.gmail_quote`/`blockquote.gmail_quote`; pre-2018 `.gmail_extra` per S2). */
  quote: [
    { css: '.gmail_quote', source: 'fixture-spec §4.3 expanded reply body (S7 mailing-list archives)', verified: '2026-11-29' },
    { css: '.gmail_extra', source: 'fixture-spec §4.3 other quote variants (S2, pre-2018 Gmail)', verified: '2026-11-29' },
  ],
  /** "Show trimmed content" toggle and the part it hides (S1, S2, S10). */
  trimmed: [
    { css: '.ajR', source: COMPOSE_2020, verified: '2026-11-29' },
    { css: '.adL', source: 'fixture-spec §4.2 MESSAGE_2 (S10)', verified: '2026-11-29' },
    { css: '.yj6qo', source: 'fixture-spec §4.2 MESSAGE_2 (S10)', verified: '2026-11-29' },
  ],
  /** The attribution line above a quote, "On …, X wrote:" (S7). */
  quoteAttribution: [{ css: '.gmail_attr', source: 'fixture-spec §4.3 expanded reply body (S7)', verified: '2026-11-29' }],
  /** The signature block (gmail.js test.parsing.js real sent HTML). */
  signature: [
    { css: '.gmail_signature', source: 'gmail.js test/test.parsing.js real sent HTML', verified: '2026-11-29' },
    { css: '[data-smartmail="gmail_signature"]', source: 'gmail.js test/test.parsing.js real sent HTML', verified: '2026-11-29' },
  ],
  /** A message of the thread above an inline reply (S2, S8 `[role=listitem]`, S3 `div.adn[data-message-id]`). */
  threadMessage: [
    { css: '[role="list"] > [role="listitem"]', source: 'fixture-spec §4.2 thread view (S2, S8 2016 capture)', verified: '2026-11-29' },
    { css: 'div.adn[data-message-id]', source: 'fixture-spec §8 thread messages (S3)', verified: '2026-11-29' },
  ],
  /** A thread message's sender, with its address in `email=` (spec §4: S8, S3 `span[email].gD`). */
  sender: [
    { css: 'span.gD[email]', source: 'fixture-spec §8 thread messages (S3, S8)', verified: '2026-11-29' },
    { css: 'h3.iw span[email]', source: 'fixture-spec §4.2 thread view (S8)', verified: '2026-11-29' },
  ],
  /** A thread message's full date in the viewer's language, "Mon, Mar 2, 2026, 9:00 AM", in `title=` (spec §4.2: S8, S3 `span.g3`). */
  messageDate: [
    { css: 'span.g3[title]', source: 'fixture-spec §4.2 thread view (S8, S3)', verified: '2026-11-29' },
    { css: 'td.gH span[title]', source: 'fixture-spec §4.2 thread view (S8)', verified: '2026-11-29' },
  ],
  /** A thread message's To and Cc people, each with its address in `email=` (spec §4.2: S8, S3 `span.hb` and `span[email].g2`). */
  messageRecipients: [
    { css: 'span.hb span[email]', source: 'fixture-spec §4.2 thread view (S8, S3)', verified: '2026-11-29' },
    { css: 'span.g2[email]', source: 'fixture-spec §4.2 thread view (S3)', verified: '2026-11-29' },
  ],
  /** A thread message's body (S10 `.ii.gt > .a3s.aiL`, S3 `div.a3s`, S9 `.a3s.aXjCH`). */
  messageBody: [
    { css: '.ii.gt > .a3s', source: 'fixture-spec §4.2 thread view (S10)', verified: '2026-11-29' },
    { css: 'div.a3s', source: 'fixture-spec §8 thread messages (S3, S9)', verified: '2026-11-29' },
  ],
  /** The thread list holding those messages (S2, S8). */
  threadList: [{ css: '[role="list"]', source: 'fixture-spec §4.2 thread view (S2, S8)', verified: '2026-11-29' }],
  /** The container of an inline reply or forward under a thread's last message (S2 `.ip` + `adB`; spec §4.3). */
  inlineReply: [{ css: '.ip', source: 'fixture-spec §4.3 reply area (S2, S8)', verified: '2026-11-29' }],
  /** What kind of compose a `div.M9` is: a docked or full-screen dialog (S1, S2), full screen (S2 `body > .aSs > .aSt`), a pop-out window (S2 isStandaloneComposeWindow). */
  dialog: [{ css: '[role="dialog"]', source: COMPOSE_2020, verified: '2026-11-29' }],
  fullscreen: [{ css: '.aSs', source: 'fixture-spec §6.2 full-screen compose (S2)', verified: '2026-11-29' }],
  popoutWindow: [{ css: 'body.xE.xp', source: 'fixture-spec §6.1 popped-out compose window (S2)', verified: '2026-11-29' }],
  /**
   * Any editable region: inside a compose root whose body none of the `body` alternatives finds, it is
   * the draft Gmail shows and we cannot read (the health report's `no-body`). Never used to attach.
   */
  editable: [{ css: '[contenteditable="true"]', source: COMPOSE_2020, verified: '2026-11-29' }],
  /**
   * A recipient chip of a compose, with its address (To, Cc and Bcc). Modern peoplekit chips carry the address in
   * `data-hovercard-id` and the name in `data-name` (S2); classic 2020 chips are `.vR` with `span[email]` (§6.4, S2,
   * mailvelope); an inline reply's collapsed summary lists them as `span[email]` (S9).
   */
  recipientChip: [
    { css: '.anm[name] [role="option"][data-hovercard-id]', source: 'fixture-spec §8 recipients (S2 get-recipients)', verified: '2026-11-29' },
    { css: '.vR span[email]', source: 'fixture-spec §6.4 2020 classic recipients (S2, S3, mailvelope)', verified: '2026-11-29' },
    { css: '.aoD.hl span[email]', source: 'fixture-spec §8 recipients, collapsed summary (S9)', verified: '2026-11-29' },
  ],
  /**
   * A file attached to a compose. Neither the fixture spec nor a capture holds one: these are Gmail's attachment
   * chip as we know it (each chip a `div.dL` carrying a hidden `input[name=attach]`), to be checked against a
   * real compose with a file; the simulator draws them so.
   */
  attachmentChip: [
    { css: 'input[name="attach"]', source: 'unverified: Gmail compose attachment chip (div.dL > input[name=attach]), no capture yet', verified: '2026-11-29' },
    { css: 'div.dL', source: 'unverified: Gmail compose attachment chip (div.dL > input[name=attach]), no capture yet', verified: '2026-11-29' },
  ],
  /** A Drive file inserted in the body stands for an attachment: Gmail's Drive chip is a link to the file. */
  driveLink: [
    { css: 'a[href*="://drive.google.com/"]', source: 'unverified: Gmail Drive chip in a compose body (a link to drive.google.com), no capture yet', verified: '2026-11-29' },
    { css: 'a[href*="://docs.google.com/"]', source: 'unverified: Gmail Drive chip in a compose body (a link to docs.google.com), no capture yet', verified: '2026-11-29' },
  ],
  /** The open thread's heading, with `data-legacy-thread-id` and its subject (S2, S3 `h2.hP`). */
  threadSubject: [{ css: 'h2.hP[data-legacy-thread-id]', source: 'fixture-spec §4.2 thread view (S2, S3, S9)', verified: '2026-11-29' }],
  /**
   * The Undo link in the "Message sent" toast. Not in the fixture spec's captures: `#link_undo` is the id Gmail has
   * given it for years (its text is localized, its id is not); the simulator draws the same.
   */
  undoSend: [{ css: '#link_undo', source: 'unverified: Gmail "Message sent" toast; not in the fixture spec captures, drawn by the simulator (sim.js toast)', verified: '2026-11-29' }],
  /** Gmail's own refusal to send, e.g. no recipients (S2 presending stream, InboxSDK PR #283). */
  alertDialog: [{ css: '[role="alertdialog"]', source: 'fixture-spec §7.4 Gmail-side cancel (S2)', verified: '2026-11-29' }],
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
    s = selectors[name].map((a) => a.css).join(', ');
    joined.set(name, s);
  }
  return s;
}

/** The first element matching the first alternative that matches anything. */
export function select(name: SelectorName, root: ParentNode = document): Element | null {
  for (const alt of selectors[name]) {
    const el = root.querySelector(alt.css);
    if (el) return el;
  }
  return null;
}

/**
 * Which alternative of a need finds something under `root`: its index in the table (0 = the primary),
 * or null when none does. For the health report: it names our table's entry, never the page's markup.
 */
export function which(name: SelectorName, root: ParentNode = document): number | null {
  const alts: Alternatives = selectors[name];
  for (let i = 0; i < alts.length; i++) if (root.querySelector(alts[i]!.css)) return i;
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

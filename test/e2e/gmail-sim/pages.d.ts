// Types for pages.js, which is plain JS so the browser can load the same templates unchanged.

export type SimName = 'inbox' | 'inbox-compose' | 'two-dialogs' | 'thread-reply' | 'thread-long' | 'popout' | 'fullscreen';

/** Page options, passed in the query string. All optional. */
export interface SimOptions {
  /** Gmail interface language: labels, tooltips, dates and quote attributions change; classes do not. */
  lang?: 'en' | 'es' | 'vi' | 'id';
  /** 'modern' (default): peoplekit chips (post Oct-2021). '2020': classic textarea.vO + .vR chips. */
  layout?: 'modern' | '2020';
  /** Mac keyboard hint in the Send tooltip, "(⌘Enter)". */
  mac?: boolean;
  /**
   * Capture-phase window listener that swallows clicks on elements Gmail did not draw (gmail.js #648).
   * 'strict': also cancels them (preventDefault) and swallows mousedown, mouseup and dblclick.
   */
  hostile?: boolean | 'strict';
  /**
   * Markup an extension relies on, renamed or missing, comma-separated (Gmail itself keeps working):
   * 'send-class' Send loses `.aoO`; 'send-moved' also its toolbar's `.IZ`; 'body-attr' the editable
   * loses `g_editable`; 'body-bare' also `.Am.Al.editable` (contenteditable, role=textbox and aria-label
   * stay); 'no-main' no `[role=main]`; 'quote-missing' thread messages' bodies lose `.a3s` and quotes in
   * compose bodies lose `gmail_quote` (a reply whose quoted message cannot be found).
   */
  mangle?: string;
  /** The page owns <body>: any child it did not draw (an extension's overlay) is removed when added. */
  sweep?: boolean;
  /** About this many mutations a second (ticker text, a status in each compose, attribute churn). */
  storm?: number;
  /** First compose's recipients, "Name <a@b>, c@d". Default on compose pages: the client, Tom Becker. '' = none. */
  to?: string;
  cc?: string;
  bcc?: string;
  /** First compose's subject (default '' for new messages, "Re: …" for the reply). */
  subject?: string;
  /** First compose's body: HTML as is, or plain text (one <div dir="ltr"> per line). Default: empty (<br>). */
  body?: string;
  /** Appends Gmail's signature block (`-- ` + div.gmail_signature) with this text. */
  signature?: string;
  /** First compose's attached files, comma-separated names ("report.pdf,plan.xlsx"): chips under the body. The compose's Attach files button adds "document.pdf". */
  attach?: string;
  /** two-dialogs: the second dialog's body (default mentions "attached", no attachment). */
  body2?: string;
  /** thread-reply: the client's last message (text or HTML). Default: the seed request. */
  incoming?: string;
  /** thread-reply: false = the quote is already expanded in the reply body. Default true (trimmed). */
  trimmed?: boolean;
  /**
   * thread-reply: 'open' (default) = inline reply; 'closed' = reply bar not opened yet (click
   * Reply); 'forward' = inline forward, To empty and open, the forwarded message in the body.
   */
  reply?: 'open' | 'closed' | 'forward';
  /** thread-reply: Gmail's "Send & Archive" setting: a `.Uo` button before Send; Ctrl+Enter archives too. */
  sendArchive?: boolean;
  /** How long the "Message sent" toast offers Undo, in ms (default 10 000; Gmail: 5 to 30 s). */
  undoMs?: number;
  /** Gmail keyboard shortcuts on: a 'c' keydown whose target is not a field opens a new compose. */
  shortcuts?: boolean;
  /** thread-long: false = leave out the collapsed message (default: shown, header and snippet only). */
  collapsed?: boolean;
}

/** A wall-clock time as Gmail shows it (month 1-12). */
export interface When {
  y: number;
  m: number;
  d: number;
  h: number;
  min: number;
}

/** One message of the thread-long page. */
export interface LongThreadMessage {
  from: Person;
  to?: Person[];
  at: When;
  text: string;
  /** Collapsed: header and snippet only, no body loaded. */
  collapsed?: boolean;
  /** Index of the message it carries as trimmed history. */
  quotes?: number;
}

export interface Person {
  name: string;
  email: string;
}

export declare const SIM_PAGES: Record<SimName, string>;
export declare const SIM_ASSET_PREFIX: string;
export declare const ME: Person;
export declare const CLIENT: Person;
export declare const THREAD_SUBJECT: string;
export declare const SEED_INCOMING: string;
export declare const SEED_EARLIER: string;
export declare const SARA: Person;
export declare const LONG_SUBJECT: string;
export declare const LONG_THREAD: LongThreadMessage[];
export declare const LABELS: Record<'en' | 'es' | 'vi' | 'id', Record<string, unknown> & {
  lang: string;
  messageBody: string;
  toRecipients: string;
  subject: string;
  fullDate(w: When): string;
  shortDate(w: When): string;
  send: string;
  showTrimmed: string;
  newMessage: string;
  compose: string;
  noRecipient: string;
}>;

/** Path + query (+ hash) of a sim page under https://mail.google.com. */
export declare function simPath(sim: SimName, opts?: SimOptions): string;
/** The page's HTML for a query string (`?sim=…&…`). Throws on an unknown page. */
export declare function renderPage(search: string): string;

// HTML for Gmail's pieces, as strings, so the same markup serves the server-rendered pages
// (pages.js, in Node) and the ones the simulator creates later (sim.js, in the page): a new
// compose from the Compose button, an inline reply opened from the thread, a sent message.
// Structure follows /work/shared/gmail/fixture-spec.md; section numbers below refer to it.
import { esc } from './labels.js';

/** Gmail points icons at a 1×1 gif on gstatic; a data URI keeps the page off the network (§1.5). */
export const CLEARDOT = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

/** The seed conversation: the user (ME) writes to a client, who asks for the press release. */
export const ME = { name: 'Dewi Lestari', email: 'dewi@example.com' };
export const CLIENT = { name: 'Tom Becker', email: 'tom@client.example' };
export const THREAD_SUBJECT = 'Press release for the launch';
export const SEED_EARLIER = '<div dir="ltr">Hi Tom, the launch is confirmed for March 14. We are drafting the announcement now.</div>';
export const SEED_INCOMING = '<div dir="ltr">Hi, please share your press release tomorrow. Thanks!</div>';
const QUOTE_STYLE = 'margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex';

/** Gmail's per-session ids (":4j"). Present because Gmail has them; nothing may depend on them. */
export class Ids {
  /** @param {number} start */
  constructor(start) {
    this.n = start;
  }
  next() {
    return ':' + (this.n++).toString(36);
  }
}

/**
 * @typedef {{ email: string, name?: string }} Recipient
 * @typedef {import('./labels.js').LABELS['en']} Labels
 * @typedef {{
 *   n: number, L: Labels, ids: Ids,
 *   to?: Recipient[], cc?: Recipient[], bcc?: Recipient[],
 *   subject?: string, bodyHTML?: string, layout?: 'modern' | '2020', mac?: boolean, sendArchive?: boolean,
 * }} ComposeSpec
 */

/** "Bob Lee <bob@x.example>, dave@y.example" → recipients. */
export function parseRecipients(s) {
  if (!s) return [];
  return s
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*?)\s*<([^>]+)>$/.exec(part);
      return m ? { name: m[1].replace(/^"|"$/g, '') || undefined, email: m[2].trim() } : { email: part };
    });
}

const nameOf = (/** @type {Recipient} */ r) => r.name || r.email;

function sendTooltip(L, mac) {
  return `${L.send} \u202A(${mac ? '⌘Enter' : L.sendKey})\u202C`;
}

/** A recipient chip, modern peoplekit field (§3.2). */
export function chipModern(r, L) {
  return (
    `<div class="afV" role="option" tabindex="-1" data-name="${esc(nameOf(r))}" data-hovercard-id="${esc(r.email)}">` +
    `<span>${esc(nameOf(r))}</span><div class="afX" role="button" aria-label="${esc(L.remove)} ${esc(nameOf(r))}"></div></div>`
  );
}

/** A recipient chip, 2020 classic field: `.vR` with a hidden input carrying the address (§6.4). */
export function chipClassic(r, field, L) {
  const value = r.name ? `${r.name} <${r.email}>` : r.email;
  return (
    `<div class="vR"><span class="vN bfK a3q" email="${esc(r.email)}"><div class="vT">${esc(nameOf(r))}</div>` +
    `<div class="vM" role="button" aria-label="${esc(L.remove)}"></div></span>` +
    `<input type="hidden" name="${field}" value="${esc(value)}"></div>`
  );
}

function ccLinks(c) {
  const { L, ids } = c;
  return (
    `<span id="${ids.next()}" class="aB gQ pE" role="link" tabindex="1" data-tooltip="${esc(L.addCc)} \u202A(Ctrl-Shift-C)\u202C" aria-label="${esc(L.addCc)} \u202A(Ctrl-Shift-C)\u202C">Cc</span>` +
    `<span id="${ids.next()}" class="aB gQ pB" role="link" tabindex="1" data-tooltip="${esc(L.addBcc)} \u202A(Ctrl-Shift-B)\u202C" aria-label="${esc(L.addBcc)} \u202A(Ctrl-Shift-B)\u202C">Bcc</span>`
  );
}

/** One recipient row (To, Cc or Bcc). Cc/Bcc rows stay hidden until used, as in S1. */
function recipientRow(c, field, inline) {
  const { L } = c;
  const list = c[field] ?? [];
  const hidden = field !== 'to' && list.length === 0 ? ' style="display:none"' : '';
  const label = field === 'to' ? L.toRecipients : field === 'cc' ? L.ccRecipients : L.bccRecipients;
  if (c.layout === '2020') {
    const short = field === 'to' ? L.to : field === 'cc' ? 'Cc' : 'Bcc';
    return (
      `<tr class="bzf"${hidden}><td class="ok"><div class="o1"><span class="gO aQY" data-tooltip="${esc(L.selectContacts)}" aria-label="${esc(short)} - ${esc(L.selectContacts)}" role="link" tabindex="1">${esc(short)}</span></div></td>` +
      `<td class="eV"><div class="oj"><div class="wO nr">` +
      list.map((r) => chipClassic(r, field, L)).join('') +
      `<input class="wA" tabindex="-1" aria-hidden="true">` +
      `<textarea rows="1" class="vO" name="${field}" spellcheck="false" autocomplete="false" autocapitalize="off" autocorrect="off" tabindex="1" dir="ltr" aria-label="${esc(short)}"${field === 'to' ? ' role="combobox" aria-autocomplete="list"' : ''}></textarea>` +
      `<div class="aA6">${field === 'to' ? `<span><span>${ccLinks(c)}</span></span>` : ''}</div>` +
      `</div></div></td></tr>`
    );
  }
  // S2 page-parser depth: .anm > 4 divs > listbox (dialogs); inline replies add div.aUy first.
  return (
    `<tr class="bzf"${hidden}><td class="eV"><div><div>` +
    `<div class="anm" name="${field}">${inline ? '<div class="aUy">' : ''}<div><div><div><div>` +
    `<div role="listbox" aria-label="${esc(L.searchField)}"><div><div>` +
    list.map((r) => chipModern(r, L)).join('') +
    `</div></div>` +
    `<input class="agP aFw" peoplekit-id="BbVjBd" type="text" role="combobox" aria-autocomplete="list" aria-haspopup="listbox" aria-expanded="false" aria-label="${esc(label)}" autocomplete="off" spellcheck="false" size="0" placeholder="">` +
    `</div></div></div></div></div>${inline ? '</div>' : ''}</div>` +
    (field === 'to' && !inline ? ccLinks(c) : '') +
    `</div></div></td></tr>`
  );
}

/** The collapsed recipients line ("Recipients" when empty). */
export function recipientSummary(c, hidden) {
  const all = [...(c.to ?? []), ...(c.cc ?? []), ...(c.bcc ?? [])];
  const inner = all.length
    ? all.map((r) => `<span email="${esc(r.email)}" name="${esc(nameOf(r))}" data-hovercard-id="${esc(r.email)}">${esc(nameOf(r))}</span>`).join(', ')
    : esc(c.L.recipients);
  return `<div id="${c.ids.next()}" class="aoD hl" tabindex="1"${hidden ? ' style="display:none"' : ''}><div class="oL aDm az9">${inner}</div></div>`;
}

function recipientsBlock(c, { inline = false, collapsed = false } = {}) {
  const rows = ['to', 'cc', 'bcc'].map((f) => recipientRow(c, f, inline)).join('');
  const fx = `<div class="fX aiL aXjCH" id="${c.ids.next()}"${collapsed ? ' style="display:none"' : ''}><table class="GS" tabindex="-1"><tbody class="bze">${rows}</tbody></table></div>`;
  return fx + recipientSummary(c, !collapsed);
}

function hiddenInputs(c, { draft, rt }) {
  return (
    `<input type="hidden" name="composeid" value="${c.n}">` +
    `<input type="hidden" name="from" value="">` +
    `<input type="hidden" name="subject" value="${esc(c.subject ?? '')}">` +
    `<input type="hidden" name="draft" value="${draft}">` +
    `<input type="hidden" name="rt" value="${rt}">` +
    `<input type="hidden" name="lts" value=""><input type="hidden" name="rm" value=""><input type="hidden" name="uet" value="">`
  );
}

/** The editable body with its plain-text twin (§1.4: two elements carry the body label). */
function bodyTable(c, { trimmedToggle = false, inline = false } = {}) {
  const { L, ids } = c;
  const editable =
    `<div id="${ids.next()}" class="Am aiL Al editable LW-avf tS-tW tS-tY" hidefocus="true" aria-label="${esc(L.messageBody)}" writingsuggestions="false" g_editable="true" ` +
    `role="textbox" aria-multiline="true" contenteditable="true" tabindex="1" style="direction: ltr; min-height: ${inline ? 120 : 240}px;" spellcheck="false" ` +
    `aria-owns="${ids.next()}" aria-controls="${ids.next()}" aria-expanded="false" jsaction="input:.CLIENT">${c.bodyHTML || '<br>'}</div>`;
  const toggle =
    `<div id="${ids.next()}" class="ajR" role="button" tabindex="-1" aria-label="${esc(L.showTrimmed)}" data-tooltip="${esc(L.showTrimmed)}"` +
    `${trimmedToggle ? '' : ' style="display:none"'}><div class="uC"><img class="ajT" alt="" src="${CLEARDOT}"></div></div>`;
  return (
    `<table class="iN"><tbody><tr><td class="GQ">` +
    `<div class="GP"><div class="qz aXjCH"><div class="et"><div class="ZyRVue"><div>` +
    `<table class="cf An" cellpadding="0"><tbody><tr><td class="Aq">&nbsp;</td><td class="Ap">` +
    `<div class="Ar As"><div class="At"><textarea class="Ak aXjCH" aria-label="${esc(L.messageBody)}" spellcheck="true" tabindex="1" form="nosend" style="display:none"></textarea></div></div>` +
    `<div class="Ar Au" style="display:block"><div class="aO7">${editable}<div class="n0NzRc"></div></div></div>` +
    `</td><td class="Aq">&nbsp;</td></tr></tbody></table>` +
    `</div></div></div>${toggle}<div style="height:0px"></div>` +
    // where attached files show, under the body (empty until a file is attached)
    `<div class="GM">${(c.attachments ?? []).map((f) => attachmentChip(f, L)).join('')}</div></div></div>` +
    `</td></tr>` +
    `<tr><td class="HE">${footer(c)}</td></tr></tbody></table>`
  );
}

/**
 * A file attached to the compose. Not in the fixture spec: Gmail's chip as we know it, a `div.dL` with a hidden
 * `input[name=attach]`, the file's name and size, and a remove button (see selectors.ts, attachmentChip).
 */
export function attachmentChip(name, L) {
  return (
    `<div class="dL" tabindex="-1"><input type="hidden" name="attach" value="${esc(name)}" checked>` +
    `<a class="dO"><div class="vI">${esc(name)}</div><div class="vJ">(12K)</div></a>` +
    `<div class="vq" role="button" aria-label="${esc(L.remove)} ${esc(name)}"></div></div>`
  );
}

/** Send, More send options, formatting, attach, discard (§3.2 footer). */
function footer(c) {
  const { L, ids } = c;
  const tip = sendTooltip(L, c.mac);
  return (
    `<div class="aDg"><div class="aDj"><div class="aDh"><table class="IZ" role="group"><tbody><tr class="btC">` +
    `<td class="gU Up"><div class="J-J5-Ji btA"><div class="J-J5-Ji"></div><div class="dC">` +
    // Replies only, with Gmail's "Send & Archive" setting: a button before Send (§4.3 variant).
    (c.sendArchive ? `<div><div id="${ids.next()}" class="T-I J-J5-Ji Uo T-I-atl L3" role="button" tabindex="1" data-tooltip="${esc(L.sendArchive)}" aria-label="${esc(L.sendArchive)}"></div></div>` : '') +
    `<div id="${ids.next()}" class="T-I J-J5-Ji aoO v7 T-I-atl L3" role="button" tabindex="1" style="user-select:none" data-tooltip="${esc(tip)}" aria-label="${esc(tip)}" data-tooltip-delay="800" jslog="32601; u014N:cOuCgd,Kr2w4b; dYFj7e:true">${esc(L.send)}</div>` +
    `<div id="${ids.next()}" class="T-I J-J5-Ji hG T-I-atl L3" role="button" tabindex="1" aria-label="${esc(L.moreSendOptions)}" data-tooltip="${esc(L.moreSendOptions)}" data-tooltip-delay="800" aria-expanded="false" aria-haspopup="true"><div class="G-asx"></div></div>` +
    `</div><div class="J-J5-Ji"></div></div></td>` +
    `<td class="oc gU"><div data-tooltip="${esc(L.formatting)}" aria-label="${esc(L.formatting)}"><div class="J-Z-I J-J5-Ji" role="button" aria-haspopup="true"><div class="J-J5-Ji J-Z-I-Kv-H"><div class="J-J5-Ji J-Z-I-J6-H"><div class="dv"></div></div></div></div></div></td>` +
    `<td class="gU btB"><div class="Uz" aria-hidden="true"></div></td>` +
    `<td class="a8X gU"><div class="bAK"><div class="wG J-Z-I" command="Files" role="button" data-tooltip="${esc(L.attachFiles)}" aria-label="${esc(L.attachFiles)}"></div></div></td>` +
    `<td class="gU az5"><div class="J-J5-Ji bty"><div class="oh J-Z-I J-J5-Ji T-I-ax7" role="button" tabindex="1" data-tooltip="${esc(L.discard)} \u202A(Ctrl-Shift-D)\u202C" aria-label="${esc(L.discard)} \u202A(Ctrl-Shift-D)\u202C"></div></div></td>` +
    `</tr></tbody></table></div></div></div>`
  );
}

function scheduleMenu(c, id) {
  return (
    `<div id="${id}" class="q8NmZb J-M jQjAxd" role="menu" aria-haspopup="true" style="display:none;user-select:none">` +
    `<div class="SK AX"><div class="J-N yr" selector="scheduledSend" role="menuitem"><div class="J-N-Jz">${esc(c.L.scheduleSend)}</div></div></div></div>`
  );
}

/** The compose root `div.M9` of a new message (dialog, full-screen and pop-out share it). */
export function composeM9(c) {
  const { L, ids } = c;
  return (
    `<div class="M9" jsaction="taiVP:.CLIENT">` +
    `<div id="${ids.next()}" class="HX"></div><div id="${ids.next()}"></div>` +
    `<div id="${ids.next()}"><div class="J-M J-M-ayU ex" role="menu" aria-haspopup="true" style="display:none"></div></div>` +
    `<div id="${ids.next()}" class="aoI" role="region" aria-label="${esc(c.subject || L.newMessage)}">` +
    `<div tabindex="1" style="position:absolute;width:1px;height:1px"></div>` +
    `<table id="${ids.next()}" class="aoP aoC"><tbody><tr><td class="aoY"></td><td id="${ids.next()}" class="I5">` +
    `<form id="${ids.next()}" class="bAs" method="POST" enctype="multipart/form-data" accept-charset="utf-8" action="">` +
    recipientsBlock(c) +
    `<div id="${ids.next()}" class="aoD az6"><div><input name="subjectbox" id="${ids.next()}" class="aoT" autocomplete="off" spellcheck="true" tabindex="1" placeholder="${esc(L.subject)}" aria-label="${esc(L.subject)}" value="${esc(c.subject ?? '')}"></div></div>` +
    hiddenInputs(c, { draft: `#msg-a:r-76736603511529598${String(c.n).padStart(2, '0')}`, rt: `#thread-a:r-76819227715313477${String(c.n).padStart(2, '0')}` }) +
    `</form>` +
    bodyTable(c) +
    `</td></tr></tbody></table></div>` +
    scheduleMenu(c, c.n === 1 ? 'sbddm' : `sbddm${c.n}`) +
    `</div>`
  );
}

/** The `[role=dialog]` of a compose: title bar (minimize, full screen, close) and `.aaZ > .M9`. */
export function composeDialog(c) {
  const { L, ids } = c;
  const titleId = ids.next();
  return (
    `<div class="nH Hd" role="dialog" aria-labelledby="${titleId}">` +
    `<div class="nH"><div tabindex="1" style="background-color:transparent;position:absolute"></div></div>` +
    `<div class="nH Hy aXJ"><div class="nH"><div class="pi"></div>` +
    `<div class="l m"><div class="l n"><div class="k"><div class="aCk"><div class="nH wKggEb">` +
    `<table class="cf Ht" cellpadding="0"><tbody><tr id="${ids.next()}">` +
    `<td><div id="${titleId}" class="Hp"><h2 class="a3E"><div class="a3I">${esc(L.composeHeading)}</div><div class="aYF">${esc(c.subject || L.newMessage)}</div></h2></div></td>` +
    `<td class="Hm">` +
    `<img id="${ids.next()}" class="Hl" src="${CLEARDOT}" alt="${esc(L.minimize)}" aria-label="${esc(L.minimize)}" data-tooltip="${esc(L.minimize)}">` +
    `<img id="${ids.next()}" class="Hq aUG" src="${CLEARDOT}" alt="Pop-out" aria-label="${esc(L.fullScreen)}" data-tooltip="${esc(L.fullScreen)}">` +
    `<img id="${ids.next()}" class="Ha" src="${CLEARDOT}" alt="Close" aria-label="${esc(L.saveClose)}" data-tooltip="${esc(L.saveClose)}">` +
    `</td></tr></tbody></table></div></div></div></div></div>` +
    `<div class="dJ"></div></div></div>` +
    `<div class="nH"><div class="aaZ">${composeM9(c)}</div></div>` +
    `<div class="nH"><div tabindex="1" style="position:absolute"></div></div>` +
    `</div>`
  );
}

/** A docked compose "mole": a child of `div.no`, one `.AD` per mole (§3.2). */
export function composeMole(c) {
  return `<div class="nH nn" style="order: ${c.n};"><div class="nH"><div class="AD"><div class="nH">${composeDialog(c)}</div></div></div></div>`;
}

/** The full-screen container: `body > .aSs > .aSt > div > [role=dialog]` (§6.2). */
export function fullscreenContainer(inner) {
  return `<div class="aSs"><div class="aSt"><div>${inner}</div></div></div>`;
}

/**
 * The expanded quote Gmail inserts into a reply body when "Show trimmed content" is clicked
 * (§4.3): the attribution line, then the quoted message, which may itself hold older quotes.
 */
export function quoteBlock(L, { date, from, html }) {
  return (
    `<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${L.attribution({ date, name: from.name, email: from.email })}<br></div>` +
    `<blockquote class="gmail_quote" style="${QUOTE_STYLE}">${html}</blockquote></div>`
  );
}

/** A forward's header and the forwarded message; Gmail puts it in the body at once (§4.3). */
export function forwardQuote({ from, date, subject, html }) {
  return (
    `<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>` +
    `From: <strong class="gmail_sendername" dir="auto">${esc(from.name)}</strong> <span dir="auto">&lt;${esc(from.email)}&gt;</span><br>` +
    `Date: ${esc(date)}<br>Subject: ${esc(subject)}<br></div><br><br>${html}</div>`
  );
}

/** The inline reply compose, inside `.ip.adB` (§4.3). A forward starts with its To field open. */
export function inlineReplyM9(c, { trimmed, recipientsOpen = false }) {
  const { L, ids } = c;
  const menu =
    `<div class="J-M" role="menu" style="display:none"><div class="SK">` +
    `<div class="J-N" role="menuitem">${esc(L.reply)}</div><div class="J-N" role="menuitem">${esc(L.forward)}</div><div class="J-N" role="menuitem">${esc(L.popOutReply)}</div></div></div>`;
  return (
    `<div class="M9" jsaction="taiVP:.CLIENT">${menu}` +
    `<div id="${ids.next()}" class="aoI" role="region" aria-label="${esc(L.reply)}">` +
    `<table class="aoP"><tbody><tr><td class="I5">` +
    `<form class="bAs" method="POST" enctype="multipart/form-data" accept-charset="utf-8" action=""><div><table role="presentation"><tbody><tr><td class="Iy">` +
    recipientsBlock(c, { inline: true, collapsed: !recipientsOpen }) +
    `</td></tr></tbody></table></div>` +
    `<div class="aoD az6" style="display:none"><div><input name="subjectbox" class="aoT" aria-label="${esc(L.subject)}" value="${esc(c.subject ?? '')}"></div></div>` +
    hiddenInputs(c, { draft: `#msg-a:r-11110000000000000${String(c.n).padStart(2, '0')}`, rt: '#thread-f:1790000000000000001' }) +
    `</form>` +
    bodyTable(c, { trimmedToggle: trimmed, inline: true }) +
    `</td></tr></tbody></table></div>` +
    scheduleMenu(c, `sbddm${c.n}`) +
    `</div>`
  );
}

/** The reply bar of the last message, closed ("Click here to Reply, Reply all, or Forward"). */
export function replyBarClosed(L) {
  const [a, b, d] = L.clickHere;
  return (
    `<div class="ip iq"><div><table class="cf FVrZGe" role="presentation"><tbody><tr><td class="amq"><img class="ajn" alt="" src="${CLEARDOT}"></td>` +
    `<td class="amr"><div class="nr tMHS5d"><div class="amn">${esc(a)}<span class="ams bkH" role="link" tabindex="0">${esc(L.reply)}</span>${esc(b)}` +
    `<span class="ams bkI" role="link" tabindex="0">${esc(L.replyAll)}</span>${esc(d)}<span class="ams bkG" role="link" tabindex="0">${esc(L.forward)}</span></div></div></td></tr></tbody></table></div></div>`
  );
}

/**
 * One thread message (§4.2), expanded (`h7`). `historyHTML`, when given, is the trimmed earlier
 * conversation Gmail hides behind the message's own "Show trimmed content" (S10). `to` is one
 * person or several (To and Cc, each a `span.g2[email]` in the header's `span.hb`, S3).
 */
export function threadMessage(L, { n, from, to, dateShort, dateLong, html, historyHTML, replyArea }) {
  const trimmed = historyHTML
    ? `<div class="yj6qo ajU"><div class="ajR" role="button" tabindex="0" data-tooltip="${esc(L.showTrimmed)}" aria-label="${esc(L.showTrimmed)}" aria-expanded="false"><img class="ajT" alt="" src="${CLEARDOT}"></div></div>` +
      `<div class="adL" style="display:none">${historyHTML}</div>`
    : '';
  return (
    `<div class="h7 ie nH oy8Mbf" role="listitem" tabindex="-1"><div class="Bk"><div class="G3 G2"><div><div>` +
    `<div class="adn ads" data-message-id="#msg-f:17900000000000000${String(n).padStart(2, '0')}" data-legacy-message-id="18d9a1b2c3d4e5${String(n).padStart(2, '0')}">` +
    `<div class="aju"><div class="aCi"><img class="ajn" alt="" aria-hidden="true" src="${CLEARDOT}"></div></div>` +
    `<div class="gs"><div class="gE iv gt"><table cellpadding="0" class="cf gJ"><tbody><tr class="acZ">` +
    `<td class="gF gK"><table cellpadding="0" class="cf ix"><tbody><tr><td><h3 class="iw"><span class="gD" email="${esc(from.email)}" name="${esc(from.name)}" data-hovercard-id="${esc(from.email)}">${esc(from.name)}</span> ` +
    `<span class="go"><span aria-hidden="true">&lt;</span>${esc(from.email)}<span aria-hidden="true">&gt;</span></span></h3></td></tr></tbody></table></td>` +
    `<td class="gH"><div class="gK"><span class="g3" title="${esc(dateLong)}">${esc(dateShort)}</span></div></td><td class="gH"></td>` +
    `<td class="gH acX bAm" rowspan="2">` +
    `<div class="T-I J-J5-Ji T-I-Js-IF aaq T-I-ax7 L3" role="button" tabindex="0" data-tooltip="${esc(L.reply)}" aria-label="${esc(L.reply)}"><img class="hB T-I-J3" alt="" src="${CLEARDOT}"></div>` +
    `<div class="T-I J-J5-Ji T-I-Js-Gs aap T-I-awG T-I-ax7 L3" role="button" tabindex="0" aria-haspopup="true" aria-expanded="false" data-tooltip="${esc(L.more)}" aria-label="${esc(L.more)}"></div>` +
    `</td></tr>` +
    `<tr class="acZ xD"><td colspan="3"><table cellpadding="0" class="cf adz"><tbody><tr><td class="ady"><div class="iw ajw"><span class="hb">${esc(L.toWord)} ` +
    (Array.isArray(to) ? to : [to])
      .map((r) => `<span dir="ltr" email="${esc(r.email)}" name="${esc(r.name ?? r.email)}" class="g2">${esc(r.email === ME.email ? L.me : r.name ?? r.email)}</span>`)
      .join(', ') +
    `</span></div></td></tr></tbody></table></td></tr>` +
    `</tbody></table></div>` +
    `<div class="aHl"></div><div tabindex="-1"></div>` +
    `<div class="ii gt" jslog="20277; u014N:xr6bB"><div class="a3s aiL">${html}${trimmed}</div></div>` +
    `<div class="hi"></div></div><div class="ajx"></div></div>` +
    (replyArea === undefined ? '' : `<div class="gA gt acV"><div class="gB xu">${replyArea}</div></div>`) +
    `</div></div></div></div></div>`
  );
}

/** Wraps user text as Gmail body HTML; HTML passes through unchanged. */
export function asBodyHTML(textOrHTML) {
  if (/<[a-z][\s\S]*>/i.test(textOrHTML)) return textOrHTML;
  return textOrHTML
    .split('\n')
    .map((line) => `<div dir="ltr">${line ? esc(line) : '<br>'}</div>`)
    .join('');
}

/** Gmail's signature block, appended after the draft (gmail.js real sent HTML). */
export function signatureHTML(text) {
  return `<br clear="all"><div><br></div>-- <br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">${esc(text)}</div>`;
}

/**
 * A collapsed thread message (§4.2 `kv`): its header and a one-line snippet, and no body (no `.ii.gt`):
 * Gmail has not loaded it, and an extension must not rely on it. The snippet's `.iA.g6` is [inferred].
 */
export function collapsedMessage(L, { n, from, dateShort, dateLong, snippet }) {
  return (
    `<div class="kv ie nH oy8Mbf" role="listitem" tabindex="-1"><div class="Bk"><div class="G3 G2"><div><div>` +
    `<div class="adn ads" data-message-id="#msg-f:17900000000000000${String(n).padStart(2, '0')}" data-legacy-message-id="18d9a1b2c3d4e5${String(n).padStart(2, '0')}">` +
    `<div class="aju"><div class="aCi"><img class="ajn" alt="" aria-hidden="true" src="${CLEARDOT}"></div></div>` +
    `<div class="gs"><div class="gE iv gt"><table cellpadding="0" class="cf gJ"><tbody><tr class="acZ">` +
    `<td class="gF gK"><table cellpadding="0" class="cf ix"><tbody><tr><td><h3 class="iw"><span class="gD" email="${esc(from.email)}" name="${esc(from.name)}" data-hovercard-id="${esc(from.email)}">${esc(from.name)}</span></h3></td></tr></tbody></table></td>` +
    `<td class="gH"><div class="gK"><span class="g3" title="${esc(dateLong)}">${esc(dateShort)}</span></div></td><td class="gH"></td>` +
    `</tr></tbody></table></div>` +
    `<div class="iA g6">${esc(snippet)}</div>` +
    `</div></div>` +
    `</div></div></div></div></div>`
  );
}

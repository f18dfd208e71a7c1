// The simulator's pages, rendered from their URL: https://mail.google.com/mail/u/0/?sim=NAME&…
// The harness serves them by route interception; pages.d.ts documents the options.
import { esc, labelsFor } from './labels.js';
import {
  CLIENT, CLEARDOT, ME, SEED_EARLIER, SEED_INCOMING, THREAD_SUBJECT, Ids,
  asBodyHTML, composeDialog, composeM9, composeMole, forwardQuote, fullscreenContainer, inlineReplyM9,
  parseRecipients, quoteBlock, replyBarClosed, signatureHTML, threadMessage, collapsedMessage,
} from './templates.js';

export { ME, CLIENT, THREAD_SUBJECT, SEED_INCOMING, SEED_EARLIER } from './templates.js';
export { LABELS } from './labels.js';

/** Where the simulator's own files are served from (same origin as the page). */
export const SIM_ASSET_PREFIX = '/__sim/';

export const SIM_PAGES = {
  inbox: 'Inbox, no compose open (use the Compose button).',
  'inbox-compose': 'Inbox with one new-message dialog.',
  'two-dialogs': 'Inbox with two new-message dialogs open at once.',
  'thread-reply': 'A thread of two messages with an inline reply open; the reply quotes the client.',
  'thread-long': 'Four messages by three people over three days, one collapsed message, an inline reply open.',
  popout: 'A popped-out compose window (body.xE.xp, ?view=cm).',
  fullscreen: 'A full-screen compose (body > .aSs > .aSt).',
};

import { MANGLES } from './mangle.js';

/** The URL path and query for a sim page, Gmail-like (hash routes included). */
export function simPath(sim, opts = {}) {
  const q = new URLSearchParams();
  if (sim === 'popout') q.set('view', 'cm');
  q.set('sim', sim);
  for (const [k, v] of Object.entries(opts)) {
    if (v === undefined || v === null) continue;
    q.set(k, v === true ? '1' : v === false ? '0' : String(v));
  }
  const hash = sim === 'thread-reply' || sim === 'thread-long' ? '#inbox/FMfcgzQXJWDsKmvPjBxKZcHrKhGqZNmB' : sim === 'popout' ? '' : '#inbox';
  return `/mail/u/0/?${q.toString()}${hash}`;
}

/** Reads the page options from a query string; unknown keys are ignored. */
export function readOptions(search) {
  const q = new URLSearchParams(search);
  const get = (k) => q.get(k) ?? undefined;
  const layout = get('layout') === '2020' ? '2020' : 'modern';
  return {
    sim: get('sim') ?? 'inbox-compose',
    lang: get('lang') ?? 'en',
    layout,
    mac: q.get('mac') === '1',
    hostile: get('hostile') === 'strict' ? 'strict' : q.get('hostile') === '1',
    mangle: (get('mangle') ?? '').split(',').filter((m) => MANGLES.includes(m)),
    sweep: q.get('sweep') === '1',
    storm: Math.max(0, Number(get('storm') ?? 0) || 0),
    to: get('to'),
    cc: get('cc'),
    bcc: get('bcc'),
    subject: get('subject'),
    body: get('body'),
    signature: get('signature'),
    attach: get('attach'),
    body2: get('body2'),
    incoming: get('incoming'),
    trimmed: q.get('trimmed') !== '0',
    reply: ['closed', 'forward'].includes(get('reply') ?? '') ? get('reply') : 'open',
    sendArchive: q.get('sendArchive') === '1',
    undoMs: q.has('undoMs') ? Number(q.get('undoMs')) : 10_000,
    shortcuts: q.get('shortcuts') === '1',
    collapsed: q.get('collapsed') !== '0',
  };
}

function composeSpec(o, ids, n, defaults) {
  const bodyHTML = (o.body !== undefined ? asBodyHTML(o.body) : defaults.body ?? '') + (o.signature ? signatureHTML(o.signature) : '');
  return {
    n,
    L: labelsFor(o.lang),
    ids,
    to: parseRecipients(o.to ?? defaults.to ?? ''),
    cc: parseRecipients(o.cc ?? ''),
    bcc: parseRecipients(o.bcc ?? ''),
    subject: o.subject ?? defaults.subject ?? '',
    bodyHTML,
    attachments: (o.attach ?? '').split(',').map((f) => f.trim()).filter(Boolean),
    layout: o.layout,
    mac: o.mac,
  };
}

function inboxList(L) {
  const row = (unread, from, subject, snippet, date, dateLong) =>
    `<tr class="zA ${unread ? 'zE' : 'yO'}" role="row" tabindex="0">` +
    `<td class="oZ-x3 xY aid"><div class="oZ-jc T-Jo J-J5-Ji" role="checkbox" aria-checked="false"></div></td>` +
    `<td class="yX xY"><div class="yW"><span class="${unread ? 'zF' : 'yP'}" email="${esc(from.email)}" name="${esc(from.name)}">${esc(from.name)}</span></div></td>` +
    `<td class="xY a4W"><div class="xS" role="link"><div class="xT"><div class="y6"><span>${unread ? `<b>${esc(subject)}</b>` : esc(subject)}</span></div><span class="y2"> - ${esc(snippet)}</span></div></div></td>` +
    `<td class="xW xY"><span title="${esc(dateLong)}">${unread ? `<b>${esc(date)}</b>` : esc(date)}</span></td></tr>`;
  return (
    `<div class="BltHke nH oy8Mbf" role="main"><div class="ae4 UI" gh="tl"><div class="Cp"><div><table class="F cf zt" cellpadding="0"><tbody>` +
    row(true, CLIENT, THREAD_SUBJECT, 'Hi, please share your press release tomorrow. Thanks!', L.dates.short2, L.dates.long2) +
    row(false, { name: 'Alice Example', email: 'alice@example.com' }, 'Quarterly numbers', 'Hi Bob, can you send the Q1 numbers by Friday?', L.dates.short1, L.dates.long1) +
    `</tbody></table></div></div></div></div>`
  );
}

/** Thread view (§4): message 1 from the user, message 2 the client's request, reply area below. */
function threadView(o, ids) {
  const L = labelsFor(o.lang);
  const incoming = o.incoming !== undefined ? asBodyHTML(o.incoming) : SEED_INCOMING;
  const history = `<br>${quoteBlock(L, { date: L.dates.m1, from: ME, html: SEED_EARLIER })}`;
  const quote = `<br>${quoteBlock(L, { date: L.dates.m2, from: CLIENT, html: incoming + history })}`;
  let replyArea = replyBarClosed(L);
  if (o.reply === 'open') {
    const c = { ...composeSpec(o, ids, 3, { to: `${CLIENT.name} <${CLIENT.email}>`, subject: `Re: ${THREAD_SUBJECT}` }), sendArchive: o.sendArchive };
    // Gmail's reply body with the quote shown: an empty line, a <br>, then the quote.
    if (!o.trimmed) c.bodyHTML = (c.bodyHTML || '<div dir="ltr"><br></div>') + quote;
    replyArea = `<div class="ip adB">${inlineReplyM9(c, { trimmed: o.trimmed })}${o.trimmed ? trimmedTemplate(quote) : ''}</div>`;
  } else if (o.reply === 'forward') {
    const c = composeSpec(o, ids, 3, { to: '', subject: `Fwd: ${THREAD_SUBJECT}` });
    const fwd = forwardQuote({ from: CLIENT, date: L.dates.long2, subject: THREAD_SUBJECT, html: incoming });
    c.bodyHTML = (c.bodyHTML || '<div dir="ltr"><br></div>') + `<br>${fwd}`;
    replyArea = `<div class="ip adB">${inlineReplyM9(c, { trimmed: false, recipientsOpen: true })}</div>`;
  }
  return (
    `<div class="nH" role="main"><div class="nH a98 iY"><div class="nH"><div class="ha">` +
    `<h2 class="hP" tabindex="-1" data-thread-perm-id="thread-f:1790000000000000001" data-legacy-thread-id="18d9a1b2c3d4e5f0">${esc(THREAD_SUBJECT)}</h2></div></div>` +
    `<div class="nH aHU"><div class="nH hx"><div class="nH" role="list">` +
    threadMessage(L, { n: 1, from: ME, to: CLIENT, dateShort: L.dates.short1, dateLong: L.dates.long1, html: SEED_EARLIER }) +
    threadMessage(L, { n: 2, from: CLIENT, to: ME, dateShort: L.dates.short2, dateLong: L.dates.long2, html: incoming, historyHTML: history, replyArea }) +
    `</div></div></div></div></div>`
  );
}

/** thread-long: the people and messages (times are the viewer's wall clock, as Gmail shows them). */
export const SARA = { name: 'Sara Lim', email: 'sara@client.example' };
export const LONG_SUBJECT = 'Launch event: speakers and run-down';
export const LONG_THREAD = [
  {
    from: CLIENT, to: [ME], at: { y: 2026, m: 3, d: 2, h: 9, min: 0 },
    text: 'Hi Dewi,\nWhen is the launch? Will the venue hold 200 people?\nThanks,\nTom',
  },
  {
    from: ME, to: [CLIENT], at: { y: 2026, m: 3, d: 2, h: 15, min: 0 }, quotes: 0,
    text: 'Hi Tom,\nThe launch is on 12 March. Did you get my deck? I\'ll send you the press release by Wednesday.\nDewi',
  },
  {
    from: CLIENT, to: [ME, SARA], at: { y: 2026, m: 3, d: 3, h: 10, min: 0 }, quotes: 1,
    text: 'Thanks Dewi.\nWhich hotel did you book for the speakers? How many guests have confirmed so far? Who is the MC?\nPlease share the final run-down tomorrow.\nTom',
  },
  {
    collapsed: true, from: SARA, at: { y: 2026, m: 3, d: 3, h: 16, min: 0 },
    text: 'Dewi, could you also send the parking passes for the sponsors?',
  },
  {
    from: SARA, to: [CLIENT, ME], at: { y: 2026, m: 3, d: 4, h: 8, min: 0 }, quotes: 2,
    text: 'Tom, the MC is Rina from our office.\nSara',
  },
];

/**
 * thread-long (§4 with more messages): Tom asks two questions; Dewi (me) answers one, asks her own and
 * promises the press release; Tom asks three more and requests the run-down; Sara's collapsed message
 * (not loaded, a question in its snippet); Sara answers one of Tom's. Each expanded message carries the
 * one before it as trimmed history. `collapsed=0` leaves the collapsed message out.
 */
function longThreadView(o, ids) {
  const L = labelsFor(o.lang);
  const shown = LONG_THREAD.filter((m) => o.collapsed || !m.collapsed);
  const items = shown.map((m, i) => {
    const n = i + 1;
    const dates = { dateShort: L.shortDate(m.at), dateLong: L.fullDate(m.at) };
    if (m.collapsed) return collapsedMessage(L, { n, from: m.from, ...dates, snippet: m.text });
    const earlier = m.quotes === undefined ? null : LONG_THREAD[m.quotes];
    const historyHTML = earlier ? `<br>${quoteBlock(L, { date: L.fullDate(earlier.at), from: earlier.from, html: asBodyHTML(earlier.text) })}` : undefined;
    let replyArea;
    if (i === shown.length - 1) {
      replyArea = replyBarClosed(L);
      if (o.reply === 'open') {
        const c = composeSpec(o, ids, 3, { to: `${SARA.name} <${SARA.email}>, ${CLIENT.name} <${CLIENT.email}>`, subject: `Re: ${LONG_SUBJECT}` });
        replyArea = `<div class="ip adB">${inlineReplyM9(c, { trimmed: true })}${trimmedTemplate(`<br>${quoteBlock(L, { date: dates.dateLong, from: m.from, html: asBodyHTML(m.text) })}`)}</div>`;
      }
    }
    return threadMessage(L, { n, from: m.from, to: m.to, ...dates, html: asBodyHTML(m.text), historyHTML, replyArea });
  });
  return (
    `<div class="nH" role="main"><div class="nH a98 iY"><div class="nH"><div class="ha">` +
    `<h2 class="hP" tabindex="-1" data-thread-perm-id="thread-f:1790000000000000002" data-legacy-thread-id="18d9a1b2c3d4e5f9">${esc(LONG_SUBJECT)}</h2></div></div>` +
    `<div class="nH aHU"><div class="nH hx"><div class="nH" role="list">${items.join('')}</div></div></div></div></div>`
  );
}

/** The quote a trimmed reply reveals, kept inert until "Show trimmed content" is clicked. */
export function trimmedTemplate(quoteHTML) {
  return `<template data-sim-trimmed>${quoteHTML}</template>`;
}

function moles(list) {
  return (
    `<div class="dw"><div class="jAmAWb"></div><div><div class="nH"><div class="nH"><div class="no" style="display:flex">` +
    `<div class="nH nn" style="order: 0;"></div>${list.join('')}<div class="aJl"></div>` +
    `</div></div></div></div><div class="jAmAWb"></div></div>`
  );
}

function shell({ L, main, after = '', bodyClass = '', config }) {
  return (
    `<!doctype html><html lang="${L.lang}"><head><meta charset="utf-8">` +
    `<title>${esc(L.inbox)} (1) - ${esc(ME.email)} - Gmail</title>` +
    `<link rel="icon" href="${CLEARDOT}"><link rel="stylesheet" href="${SIM_ASSET_PREFIX}sim.css">` +
    `<script type="application/json" id="__gmailSimConfig">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>` +
    `<script type="module" src="${SIM_ASSET_PREFIX}sim.js"></script>` +
    `</head><body${bodyClass ? ` class="${bodyClass}"` : ''}>` +
    main +
    after +
    `</body></html>`
  );
}

function appShell(L, content) {
  return (
    `<div class="nH"><div class="aeN WR nH oy8Mbf" role="navigation"><div class="TK"><a class="J-Ke n0" href="#inbox">${esc(L.inbox)}</a></div></div>` +
    `<div class="T-I T-I-KE L3" gh="cm" role="button" tabindex="0" style="user-select:none">${esc(L.compose)}</div>` +
    `<div class="nH bkK"><div class="nH">${content}</div></div></div>`
  );
}

/** Renders a sim page from its query string. Throws on an unknown page name. */
export function renderPage(search) {
  const o = readOptions(search);
  const L = labelsFor(o.lang);
  const ids = new Ids(100);
  const config = { sim: o.sim, lang: L.lang, layout: o.layout, mac: o.mac, hostile: o.hostile, sendArchive: o.sendArchive, undoMs: o.undoMs, shortcuts: o.shortcuts, mangle: o.mangle, sweep: o.sweep, storm: o.storm };
  const dave = { to: 'dave@partner.example', subject: '', body: asBodyHTML('Hi Dave, the contract is attached. Let me know what you think.') };
  switch (o.sim) {
    case 'inbox':
      return shell({ L, config, main: appShell(L, inboxList(L)), after: moles([]) });
    case 'inbox-compose':
      return shell({ L, config, main: appShell(L, inboxList(L)), after: moles([composeMole(composeSpec(o, ids, 1, { to: `${CLIENT.name} <${CLIENT.email}>` }))]) });
    case 'two-dialogs': {
      const first = composeMole(composeSpec(o, ids, 1, { to: `${CLIENT.name} <${CLIENT.email}>` }));
      const second = composeMole(composeSpec({ ...o, to: undefined, cc: undefined, bcc: undefined, subject: undefined, signature: undefined, attach: undefined, body: o.body2 }, ids, 2, dave));
      return shell({ L, config, main: appShell(L, inboxList(L)), after: moles([first, second]) });
    }
    case 'thread-reply':
      return shell({ L, config, main: appShell(L, threadView(o, ids)), after: moles([]) });
    case 'thread-long':
      return shell({ L, config, main: appShell(L, longThreadView(o, ids)), after: moles([]) });
    case 'fullscreen':
      return shell({
        L, config,
        main: appShell(L, inboxList(L)),
        after: moles([]) + fullscreenContainer(composeDialog(composeSpec(o, ids, 1, { to: `${CLIENT.name} <${CLIENT.email}>` }))),
      });
    case 'popout': {
      // A standalone compose window: no app chrome, the compose is a child of [role=main] (§6.1).
      const c = composeSpec(o, ids, 1, { to: `${CLIENT.name} <${CLIENT.email}>` });
      return shell({ L, config, bodyClass: 'xE xp', main: `<div class="nH"><div class="nH" role="main"><div class="nH"><div class="aaZ">${composeM9(c)}</div></div></div></div>` });
    }
    default:
      throw new Error(`unknown sim page "${o.sim}"; known: ${Object.keys(SIM_PAGES).join(', ')}`);
  }
}

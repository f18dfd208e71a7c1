// Gmail's behaviour on the simulator pages (fixture-spec §7). Like Gmail, every handler is a
// bubble-phase listener delegated on `document`, and synthetic (untrusted) events are accepted,
// so an extension that intercepts in the capture phase sees what it would see in Gmail.
// Tests read what happened from `window.__gmailSim` (page world; content scripts cannot see it).
import { labelsFor } from './labels.js';
import {
  ME, Ids, asBodyHTML, attachmentChip, chipClassic, chipModern, composeMole, forwardQuote, fullscreenContainer,
  inlineReplyM9, parseRecipients, quoteBlock, replyBarClosed, signatureHTML, threadMessage,
} from './templates.js';
import { applyMangles } from './mangle.js';

const config = JSON.parse(document.getElementById('__gmailSimConfig')?.textContent ?? '{}');
const L = labelsFor(config.lang);
const ids = new Ids(5000); // server-rendered ids start at 100: no clash
const FIELDS = ['to', 'cc', 'bcc'];
// `[data-sim-send]` and `[data-sim-editable]` are the simulator's own marks, set only by `mangle=`: Gmail
// keeps working when the classes an extension relies on are renamed.
const SEND = '.aoO[role=button], .Uo[role=button], [data-sim-send]';
/** A thread message's body, renamed or not (`mangle=quote-missing` marks it `data-sim-a3s`). */
const MESSAGE_BODY = '.a3s, [data-sim-a3s]';
/** Composes already sent or closed: a second trigger on the same compose must do nothing. */
const finished = new WeakSet();
let nextComposeId = 10;

const sim = {
  ready: false,
  config,
  /** @type {Array<Record<string, unknown>>} one entry per message Gmail "sent", oldest first */
  sent: [],
  /** sends refused by Gmail (no recipients), each with the alert text shown */
  refused: [],
  /** composes closed with the close button (draft saved) or discarded */
  closed: [],
  /** sends taken back with the toast's Undo (each is also in `sent`, with `undone: true`) */
  undone: [],
  /** every behaviour the simulator performed, for debugging a failing test */
  events: [],
  openCompose,
  openReply: (opts) => openReply(lastReplyBar(), opts),
  composeCount: () => document.querySelectorAll('.M9').length,
  rerenderBody,
  /** mutations made by `storm=` so far */
  stormMutations: 0,
};
window.__gmailSim = sim;

function log(type, detail = {}) {
  sim.events.push({ type, at: Date.now(), ...detail });
}

// ---------- reading a compose ----------

const composeOf = (el) => (el instanceof Element ? el.closest('.M9') : null);
const editableOf = (m9) => m9.querySelector('[g_editable="true"], [data-sim-editable]');

function kindOf(m9) {
  if (m9.closest('.ip')) return 'inline';
  if (m9.closest('.aSs')) return 'fullscreen';
  if (document.body.matches('.xE.xp')) return 'popout';
  return 'dialog';
}

function recipientsOf(m9, field) {
  const chips = [...m9.querySelectorAll(`.anm[name="${field}"] [role=option][data-hovercard-id]`)].map((c) => c.getAttribute('data-hovercard-id'));
  const classic = [...m9.querySelectorAll(`.vR input[type=hidden][name="${field}"]`)].map((i) => parseRecipients(i.value)[0]?.email);
  return [...chips, ...classic].filter(Boolean);
}

function subjectOf(m9) {
  const box = m9.querySelector('input[name=subjectbox]');
  return box ? box.value : (m9.querySelector('input[type=hidden][name=subject]')?.value ?? '');
}

// ---------- recipients ----------

/** Text typed into a recipient field becomes chips, as Gmail does on Enter, comma, Tab or blur. */
function commitRecipients(input) {
  const m9 = composeOf(input);
  if (!m9 || !input.value.trim()) return false;
  const field = input.closest('.anm')?.getAttribute('name') ?? input.getAttribute('name') ?? 'to';
  const list = parseRecipients(input.value);
  if (!list.length) return false;
  if (input.matches('textarea.vO')) {
    const anchor = input.parentElement.querySelector('input.wA') ?? input;
    for (const r of list) anchor.insertAdjacentHTML('beforebegin', chipClassic(r, field, L));
  } else {
    const holder = input.closest('[role=listbox]').firstElementChild.firstElementChild;
    for (const r of list) holder.insertAdjacentHTML('beforeend', chipModern(r, L));
  }
  input.value = '';
  updateSummary(m9);
  log('recipients', { field, added: list.map((r) => r.email) });
  return true;
}

function updateSummary(m9) {
  const line = m9.querySelector('.aoD.hl .oL');
  if (!line) return;
  const all = FIELDS.flatMap((f) => recipientsOf(m9, f));
  line.textContent = all.length ? all.join(', ') : L.recipients;
}

// ---------- sending ----------

function send(m9, via, extra = {}) {
  if (finished.has(m9)) return;
  for (const input of m9.querySelectorAll('input[peoplekit-id], textarea.vO')) commitRecipients(input);
  const to = recipientsOf(m9, 'to');
  const cc = recipientsOf(m9, 'cc');
  const bcc = recipientsOf(m9, 'bcc');
  if (!to.length && !cc.length && !bcc.length) {
    showAlert(L.noRecipient);
    sim.refused.push({ via, text: L.noRecipient, at: Date.now() });
    log('refused', { via });
    return;
  }
  const editable = editableOf(m9);
  const record = {
    composeId: m9.querySelector('input[name=composeid]')?.value ?? '',
    kind: kindOf(m9),
    via,
    to, cc, bcc,
    subject: subjectOf(m9),
    bodyHTML: editable.innerHTML,
    bodyText: editable.innerText,
    attachments: [...m9.querySelectorAll('input[name=attach]')].map((i) => i.value),
    scheduled: false,
    archived: false,
    at: Date.now(),
    ...extra,
  };
  finished.add(m9);
  sim.sent.push(record);
  log('sent', { via, composeId: record.composeId });
  removeCompose(m9, record);
  toast(L.messageSent, record);
}

/**
 * Undo send: within the undo window Gmail takes the message back and opens its draft again (a dialog as a new
 * dialog, an inline reply as the reply under the thread's last message, which the send had added).
 */
function undoSend(rec) {
  if (rec.undone || Date.now() - rec.at > (config.undoMs ?? 10_000)) return;
  rec.undone = true;
  sim.undone.push(rec);
  document.querySelector('.sim-toast')?.remove();
  log('undo', { composeId: rec.composeId });
  if (rec.kind === 'inline') {
    const list = document.querySelector('[role=main] [role=list]') ?? document.querySelector('[role=list]');
    list?.lastElementChild?.remove();
    const last = list?.lastElementChild;
    // the reply area goes back under the message replied to, as the page drew it
    last?.querySelector('.adn')?.insertAdjacentHTML('afterend', `<div class="gA gt acV"><div class="gB xu">${replyBarClosed(L)}</div></div>`);
    openReply(lastReplyBar(), { body: rec.bodyHTML });
  } else if (document.querySelector('.dw .no')) {
    openCompose({ to: rec.to.join(', '), cc: rec.cc.join(', '), bcc: rec.bcc.join(', '), subject: rec.subject, body: rec.bodyHTML });
  }
}

/** What Gmail leaves behind when a compose goes away (§7.3). */
function removeCompose(m9, sentRecord) {
  const kind = kindOf(m9);
  if (kind === 'inline') {
    const ip = m9.closest('.ip');
    if (sentRecord) appendSentMessage(sentRecord);
    else restoreReplyBar(ip);
  } else if (kind === 'fullscreen') {
    // Gmail empties .aaZ and drops the full-screen layer.
    const layer = m9.closest('.aSs');
    m9.closest('.aaZ').replaceChildren();
    layer?.remove();
  } else if (kind === 'popout') {
    const holder = m9.closest('.aaZ');
    holder.replaceChildren();
    holder.insertAdjacentHTML('beforeend', `<div class="sim-window-closed">${sentRecord ? L.messageSent : ''}</div>`);
  } else {
    m9.closest('.nn')?.remove();
  }
}

function restoreReplyBar(ip) {
  ip.className = 'ip iq';
  ip.innerHTML = replyBarClosed(L).replace(/^<div class="ip iq">|<\/div>$/g, '');
}

/** After an inline reply is sent, the thread gains a message and the reply bar moves under it. */
function appendSentMessage(rec) {
  const list = document.querySelector('[role=main] [role=list]') ?? document.querySelector('[role=list]');
  if (!list) return;
  list.querySelector('.gA.gt.acV')?.remove();
  const shown = document.createElement('div');
  shown.innerHTML = rec.bodyHTML;
  shown.querySelectorAll('.gmail_quote, [data-sim-quote]').forEach((q) => q.remove());
  const n = list.children.length + 1;
  list.insertAdjacentHTML(
    'beforeend',
    threadMessage(L, {
      n, from: ME, to: { name: rec.to[0], email: rec.to[0] }, ...sentDates(new Date(rec.at)),
      html: shown.innerHTML, replyArea: replyBarClosed(L),
    }),
  );
  mangle(list.lastElementChild);
}

/** Gmail's dates for a message sent at `at`, in the viewer's time zone. */
function sentDates(at) {
  const w = { y: at.getFullYear(), m: at.getMonth() + 1, d: at.getDate(), h: at.getHours(), min: at.getMinutes() };
  return { dateShort: L.shortDate(w), dateLong: L.fullDate(w) };
}

function showAlert(text) {
  const id = ids.next();
  document.body.insertAdjacentHTML(
    'beforeend',
    `<div class="Kj-JD-Jh" aria-hidden="true"></div><div class="Kj-JD" tabindex="0" role="alertdialog" aria-labelledby="${id}">` +
      `<div class="Kj-JD-K7 Kj-JD-K7-GIHV4"><span class="Kj-JD-K7-K0" id="${id}">${L.error}</span><span class="Kj-JD-K7-Jq" role="button" tabindex="0" aria-label="Close"></span></div>` +
      `<div class="Kj-JD-Jz">${text}</div><div class="Kj-JD-Jl"><button name="ok" class="J-at1-auR J-at1-atl">${L.ok}</button></div></div>`,
  );
}

function dismissAlert() {
  document.querySelectorAll('.Kj-JD, .Kj-JD-Jh').forEach((e) => e.remove());
}

/** Gmail's toast; after a send it offers Undo (`#link_undo`, a localized text) for the undo window. */
function toast(text, sentRecord) {
  document.querySelector('.sim-toast')?.remove();
  const undo = sentRecord ? `<span class="bAo">&nbsp;&nbsp;</span><span class="ag a8k" id="link_undo" role="link" tabindex="0">${L.undo}</span>` : '';
  document.body.insertAdjacentHTML('beforeend', `<div class="b8 UC sim-toast" aria-live="assertive"><div class="J-J5-Ji"><div class="vh"><span class="aT"><span class="bAq">${text}</span>${undo}</span></div></div></div>`);
  if (!sentRecord) return;
  const link = document.getElementById('link_undo');
  link.addEventListener('click', () => undoSend(sentRecord));
  setTimeout(() => link.remove(), config.undoMs ?? 10_000);
}

// ---------- opening, closing, resizing composes ----------

/** Opens a new-message dialog, as the Compose button does. Returns its composeid. */
function openCompose(opts = {}) {
  const no = document.querySelector('.dw .no');
  if (!no) throw new Error('this page has no compose container');
  const n = nextComposeId++;
  const bodyHTML = (opts.body !== undefined ? asBodyHTML(opts.body) : '') + (opts.signature ? signatureHTML(opts.signature) : '');
  const spec = {
    n, L, ids, layout: config.layout, mac: config.mac, subject: opts.subject ?? '', bodyHTML,
    to: parseRecipients(opts.to ?? ''), cc: parseRecipients(opts.cc ?? ''), bcc: parseRecipients(opts.bcc ?? ''),
  };
  no.querySelector('.aJl').insertAdjacentHTML('beforebegin', composeMole(spec));
  const m9 = [...no.querySelectorAll('.M9')].at(-1);
  mangle(m9);
  (m9.querySelector('input[peoplekit-id], textarea.vO[name=to]') ?? editableOf(m9))?.focus();
  log('open-compose', { composeId: String(n) });
  return String(n);
}

function lastReplyBar() {
  return [...document.querySelectorAll('[role=list] .ip')].at(-1) ?? null;
}

/** Opens the inline reply in a thread's reply bar; the quote starts trimmed, as in Gmail. */
function openReply(ip, { forward = false, trimmed = true, body } = {}) {
  if (!ip || ip.querySelector('.M9')) return ip?.querySelector('input[name=composeid]')?.value ?? null;
  const items = document.querySelectorAll('[role=list] > [role=listitem]');
  const last = items[items.length - 1];
  const sender = last.querySelector('span.gD');
  const from = { name: sender.getAttribute('name'), email: sender.getAttribute('email') };
  const replyTo = from.email === ME.email ? { name: last.querySelector('span.g2').getAttribute('name'), email: last.querySelector('span.g2').getAttribute('email') } : from;
  const a3s = last.querySelector(MESSAGE_BODY).cloneNode(true);
  const history = a3s.querySelector('.adL')?.innerHTML ?? '';
  a3s.querySelectorAll('.yj6qo, .adL').forEach((e) => e.remove());
  const date = last.querySelector('span.g3')?.getAttribute('title') ?? '';
  const subject = document.querySelector('h2.hP')?.textContent ?? '';
  const n = nextComposeId++;
  let quote;
  if (forward) {
    quote = `<br>${forwardQuote({ from, date, subject, html: a3s.innerHTML })}`;
  } else {
    quote = `<br>${quoteBlock(L, { date, from, html: a3s.innerHTML + history })}`;
  }
  const ownBody = body !== undefined ? asBodyHTML(body) : forward || !trimmed ? '<div dir="ltr"><br></div>' : '<br>';
  const spec = {
    n, L, ids, layout: config.layout, mac: config.mac, sendArchive: config.sendArchive,
    to: forward ? [] : [replyTo], subject: `${forward ? 'Fwd' : 'Re'}: ${subject}`,
    bodyHTML: forward || !trimmed ? ownBody + quote : ownBody,
  };
  const showToggle = !forward && trimmed;
  ip.className = 'ip adB';
  ip.innerHTML = inlineReplyM9(spec, { trimmed: showToggle, recipientsOpen: forward }) + (showToggle ? `<template data-sim-trimmed>${quote}</template>` : '');
  const m9 = ip.querySelector('.M9');
  mangle(m9);
  if (forward) openRecipients(m9);
  else editableOf(m9).focus();
  log('open-reply', { composeId: String(n), forward });
  return String(n);
}

function openRecipients(m9) {
  const fx = m9.querySelector('.fX');
  if (fx) fx.style.display = '';
  const summary = m9.querySelector('.aoD.hl');
  if (summary) summary.style.display = 'none';
  m9.querySelector('input[peoplekit-id], textarea.vO')?.focus();
}

function closeCompose(m9, how) {
  if (finished.has(m9)) return;
  finished.add(m9);
  sim.closed.push({ composeId: m9.querySelector('input[name=composeid]')?.value ?? '', how, bodyHTML: editableOf(m9).innerHTML, at: Date.now() });
  log(how, {});
  removeCompose(m9, null);
}

/** The full-screen button moves the dialog into `.aSs > .aSt`, and back (§7.7). */
function toggleFullscreen(m9) {
  const dialog = m9.closest('[role=dialog]');
  if (!dialog) return;
  const layer = dialog.closest('.aSs');
  if (layer) {
    const no = document.querySelector('.dw .no');
    const n = m9.querySelector('input[name=composeid]')?.value ?? '0';
    const mole = document.createElement('div');
    mole.innerHTML = `<div class="nH nn" style="order: ${n};"><div class="nH"><div class="AD"><div class="nH"></div></div></div></div>`;
    mole.querySelector('.AD > .nH').append(dialog);
    no.querySelector('.aJl').before(mole.firstElementChild);
    layer.remove();
    log('exit-fullscreen');
  } else {
    const mole = dialog.closest('.nn');
    document.body.insertAdjacentHTML('beforeend', fullscreenContainer(''));
    document.querySelector('.aSs .aSt > div').append(dialog);
    mole?.remove();
    log('enter-fullscreen');
  }
  m9.querySelector('img.Hq')?.setAttribute('aria-label', layer ? L.fullScreen : L.exitFullScreen);
}

function toggleMinimized(m9) {
  const dialog = m9.closest('[role=dialog]');
  const body = dialog?.querySelector('.aaZ')?.parentElement;
  if (!body) return;
  body.style.display = body.style.display === 'none' ? '' : 'none';
  log('minimize', { minimized: body.style.display === 'none' });
}

/** A compose's "Show trimmed content" puts the quoted history into the body (§7.6). */
function expandTrimmedInCompose(m9, button) {
  const tpl = m9.parentElement.querySelector('template[data-sim-trimmed]');
  if (!tpl) return;
  editableOf(m9).insertAdjacentHTML('beforeend', tpl.innerHTML);
  tpl.remove();
  mangle(m9);
  button.style.display = 'none';
  log('expand-trimmed', { where: 'compose' });
}

function toggleTrimmedInMessage(button) {
  const hidden = button.closest(MESSAGE_BODY)?.querySelector('.adL');
  if (!hidden) return;
  const open = hidden.style.display === 'none';
  hidden.style.display = open ? '' : 'none';
  button.setAttribute('aria-expanded', String(open));
  log('expand-trimmed', { where: 'message', open });
}

// ---------- delegated handlers (bubble phase, on document) ----------

document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target : null;
  if (!t) return;
  const m9 = composeOf(t);
  let el;
  if ((el = t.closest('[gh=cm]'))) return void openCompose();
  if (t.closest('.Kj-JD-Jl button, .Kj-JD-K7-Jq')) return dismissAlert();
  if ((el = t.closest('.ams.bkH, .ams.bkI, .ams.bkG'))) return void openReply(el.closest('.ip'), { forward: el.matches('.bkG') });
  if (t.closest('[role=listitem] .aaq[role=button]')) return void openReply(lastReplyBar());
  if ((el = t.closest('.ajR[role=button]'))) {
    return m9 ? expandTrimmedInCompose(m9, el) : toggleTrimmedInMessage(el);
  }
  // Title-bar buttons live in the dialog, outside .M9.
  const dialog = t.closest('[role=dialog]');
  const dialogM9 = dialog?.querySelector('.M9');
  if (dialogM9 && t.closest('img.Ha')) return closeCompose(dialogM9, 'close');
  if (dialogM9 && t.closest('img.Hl')) return toggleMinimized(dialogM9);
  if (dialogM9 && t.closest('img.Hq')) return toggleFullscreen(dialogM9);
  if (!m9) return;
  if ((el = t.closest(SEND))) return send(m9, 'click', { archived: el.matches('.Uo') });
  if (t.closest('[selector=scheduledSend]')) {
    m9.querySelector('.q8NmZb').style.display = 'none';
    return send(m9, 'schedule', { scheduled: true });
  }
  if (t.closest('.oh[role=button]')) return closeCompose(m9, 'discard');
  // Attach files: no file picker here; a file called document.pdf is attached at once
  if (t.closest('[command=Files][role=button]')) {
    m9.querySelector('.GM')?.insertAdjacentHTML('beforeend', attachmentChip('document.pdf', L));
    return log('attach', { composeId: m9.querySelector('input[name=composeid]')?.value ?? '', name: 'document.pdf' });
  }
  if ((el = t.closest('.dL .vq[role=button]'))) {
    el.closest('.dL')?.remove();
    return log('detach', { composeId: m9.querySelector('input[name=composeid]')?.value ?? '' });
  }
  if ((el = t.closest('.afX[role=button], .vM[role=button]'))) {
    (el.closest('.afV') ?? el.closest('.vR'))?.remove();
    return updateSummary(m9);
  }
  if (t.closest('.aoD.hl')) return openRecipients(m9);
  if ((el = t.closest('.aB.gQ.pE, .aB.gQ.pB'))) {
    const field = el.matches('.pE') ? 'cc' : 'bcc';
    const row = [...m9.querySelectorAll('tr.bzf')].find((r) => r.querySelector(`.anm[name="${field}"], textarea[name="${field}"]`));
    if (row) row.style.display = '';
    row?.querySelector('input[peoplekit-id], textarea')?.focus();
  }
});

// "More send options" opens on mousedown, not click (§7.5).
document.addEventListener('mousedown', (e) => {
  const t = e.target instanceof Element ? e.target : null;
  const more = t?.closest('.hG[role=button]');
  if (!more) return;
  const menu = composeOf(more)?.querySelector('.q8NmZb');
  if (!menu) return;
  const open = menu.style.display === 'none';
  menu.style.display = open ? '' : 'none';
  more.setAttribute('aria-expanded', String(open));
});

document.addEventListener('keydown', (e) => {
  const t = e.target instanceof Element ? e.target : null;
  const m9 = composeOf(t);
  if (!t || !m9) return;
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
    e.preventDefault();
    // With Send & Archive on, the shortcut archives too (ankitvgupta/exo #116).
    return send(m9, e.metaKey ? 'meta-enter' : 'ctrl-enter', { archived: !!m9.querySelector('.Uo[role=button]') });
  }
  if (t.matches(SEND) && (e.key === 'Enter' || e.key === ' ')) {
    e.preventDefault();
    return send(m9, e.key === 'Enter' ? 'enter' : 'space', { archived: t.matches('.Uo') });
  }
  if (t.matches('input[peoplekit-id], textarea.vO') && ['Enter', ',', ';', 'Tab'].includes(e.key)) {
    if (commitRecipients(t) && e.key !== 'Tab') e.preventDefault();
  }
});

// Gmail's keyboard shortcuts ("Keyboard shortcuts on" in settings): a plain 'c' composes unless
// typed in a field. Keys typed in an extension's shadow-DOM input reach document retargeted to
// the shadow host, which is not a field, so Gmail would act on them: a trap for in-page UI.
if (config.shortcuts) {
  document.addEventListener('keydown', (e) => {
    const t = e.target instanceof Element ? e.target : null;
    if (e.key !== 'c' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (t && (t.closest('input, textarea, select, [contenteditable=""], [contenteditable=true]') || composeOf(t))) return;
    e.preventDefault();
    log('shortcut', { key: 'c', target: t?.tagName ?? '' });
    openCompose();
  });
}

document.addEventListener('focusout', (e) => {
  const t = e.target instanceof Element ? e.target : null;
  if (t?.matches('input[peoplekit-id], textarea.vO')) commitRecipients(t);
});

// Hostile mode reproduces gmail.js #648: a page-global capture listener that swallows clicks on
// anything Gmail did not draw. An extension's buttons must still work (or fail visibly) here.
// `hostile=strict` also cancels them (preventDefault) and swallows mousedown/mouseup/dblclick too.
if (config.hostile) {
  const strict = config.hostile === 'strict';
  for (const type of strict ? ['click', 'mousedown', 'mouseup', 'dblclick'] : ['click']) {
    window.addEventListener(
      type,
      (e) => {
        const t = e.target instanceof Element ? e.target : null;
        if (t && t !== document.body && !t.closest('.nH, .dw, .aSs, .Kj-JD, .sim-toast')) {
          e.stopImmediatePropagation();
          if (strict) e.preventDefault();
          log('hostile-swallow', strict ? { tag: t.tagName, event: type } : { tag: t.tagName });
        }
      },
      true,
    );
  }
}

// ---------- more hostile pages (off by default) ----------

/** `mangle=`: see mangle.js. */
const mangle = (root = document) => applyMangles(root, config.mangle);
mangle();

/**
 * Gmail re-renders compose `i`'s editable: 'element' puts a new element with the same HTML in its place
 * (focus follows), 'content' rebuilds its children from the same HTML. Returns false if there is no body.
 */
function rerenderBody(i = 0, how = 'element') {
  const m9 = document.querySelectorAll('.M9')[i];
  const old = m9 && editableOf(m9);
  if (!old) return false;
  if (how === 'content') {
    old.innerHTML = old.innerHTML;
  } else {
    const focused = document.activeElement === old;
    const fresh = old.cloneNode(true);
    old.replaceWith(fresh);
    if (focused) fresh.focus();
  }
  log('rerender-body', { how });
  return true;
}

// `sweep=1`: the page owns <body>: any child it did not draw is removed as soon as it is added.
if (config.sweep) {
  const own = '.nH, .dw, .aSs, .Kj-JD, .Kj-JD-Jh, .sim-toast, .sim-window-closed, script, style, link, template';
  const sweep = () => {
    for (const n of [...document.body.children]) {
      if (!n.matches(own)) {
        n.remove();
        log('sweep', { tag: n.tagName });
      }
    }
  };
  new MutationObserver(sweep).observe(document.body, { childList: true });
}

/**
 * `storm=N`: N mutations a second, in batches every 10 ms, for as long as the page is open: a ticker in
 * the main area (text), and near each compose a "Saving…" status (children) and attribute churn.
 */
if (config.storm > 0) {
  const start = performance.now();
  const ticker = document.createElement('div');
  ticker.className = 'sim-ticker';
  ticker.textContent = '0';
  (document.querySelector('.bkK') ?? document.body).prepend(ticker);
  let n = 0;
  setInterval(() => {
    const m9s = [...document.querySelectorAll('.M9')];
    // Catch up with the rate however late the timer fires.
    const owed = Math.ceil(((performance.now() - start) * config.storm) / 1000) - n;
    for (let k = 0; k < owed; k++, n++) {
      const m9 = m9s[n % Math.max(1, m9s.length)];
      if (n % 3 === 0 || !m9) {
        ticker.textContent = String(n);
      } else if (n % 3 === 1) {
        let status = m9.querySelector(':scope > .sim-status');
        if (!status) {
          status = document.createElement('span');
          status.className = 'sim-status';
          m9.append(status);
        }
        status.replaceChildren(n % 2 ? 'Saving…' : 'Saved');
      } else {
        m9.parentElement?.setAttribute('data-sim-tick', String(n));
      }
      sim.stormMutations++;
    }
  }, 10);
}

nextComposeId = Math.max(nextComposeId, ...[...document.querySelectorAll('input[name=composeid]')].map((i) => Number(i.value) + 1));
sim.ready = true;
log('ready', { sim: config.sim });

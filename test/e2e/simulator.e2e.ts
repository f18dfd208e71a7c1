/**
 * The Gmail simulator behaves like Gmail where the extension can trip: how sends are triggered
 * and recorded, Gmail refusing a send, trimmed quotes, several composes, closing, localized
 * labels over unchanged classes. These run in a browser without the extension, so they test the
 * simulator alone; the last block loads the extension: it runs there, and nothing leaves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  CLIENT, LABELS, SEED_INCOMING, body, compose, composes, launchGmailSim, launchJelas, openCompose, sendButton, sendVia, sent,
  simState, typeInto, waitForJelas, type GmailSimBrowser, type Jelas, type SimName, type SimOptions,
} from './harness.ts';

let sim: GmailSimBrowser;
let page: Page;

beforeAll(async () => {
  sim = await launchGmailSim();
  page = await sim.context.newPage();
});

afterAll(async () => {
  await sim?.close();
});

const open = (name: SimName, opts?: SimOptions) => sim.gotoGmail(page, name, opts);

describe('sending', () => {
  it('a double click on Send sends once and records the body HTML exactly', async () => {
    await open('inbox-compose', { subject: 'Launch', body: 'Hi Tom,\nThe draft is ready.' });
    await typeInto(page, 0, ' See you soon.');
    const html = await body(page, 0).evaluate((el) => el.innerHTML);
    await sendButton(page, 0).dblclick(); // the first click sends and removes the mole; the second lands on the inbox
    const mails = await sent(page);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: 'dialog', via: 'click', to: [CLIENT.email], subject: 'Launch', bodyHTML: html });
    expect(mails[0]!.bodyHTML).toBe('<div dir="ltr">Hi Tom,</div><div dir="ltr">The draft is ready. See you soon.</div>');
    await expect(composes(page).count()).resolves.toBe(0);
  });

  it('Enter and Space on a focused Send button each send', async () => {
    await open('two-dialogs', { body: 'First' });
    await sendVia(page, 0, 'enter');
    await sendVia(page, 0, 'space'); // the second dialog is now the first
    const mails = await sent(page);
    expect(mails.map((m) => m.via)).toEqual(['enter', 'space']);
    expect(mails.map((m) => m.to[0])).toEqual([CLIENT.email, 'dave@partner.example']);
  });

  it('Ctrl+Enter in the body sends, without inserting a line', async () => {
    await open('inbox-compose', { body: 'Ready.' });
    await sendVia(page, 0, 'ctrl-enter');
    const [mail] = await sent(page);
    expect(mail).toMatchObject({ via: 'ctrl-enter', bodyHTML: '<div dir="ltr">Ready.</div>' });
  });

  it('Ctrl+Enter in the subject sends too', async () => {
    await open('inbox-compose', { body: 'x' });
    await compose(page, 0).locator('input[name=subjectbox]').fill('From the subject');
    await page.keyboard.press('Control+Enter');
    expect((await sent(page))[0]).toMatchObject({ via: 'ctrl-enter', subject: 'From the subject' });
  });

  it('synthetic (untrusted) clicks send, as InboxSDK simulateClick relies on', async () => {
    await open('inbox-compose', { body: 'x' });
    await sendButton(page, 0).evaluate((el) => el.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(await sent(page)).toHaveLength(1);
  });

  it('with no recipients Gmail refuses: an alertdialog, nothing sent, the compose stays', async () => {
    await open('inbox-compose', { to: '', body: 'Hello' });
    await sendButton(page, 0).click();
    await expect(page.locator('[role=alertdialog]').textContent()).resolves.toContain(LABELS.en.noRecipient);
    expect(await sent(page)).toEqual([]);
    expect((await simState(page)).refused).toHaveLength(1);
    await expect(composes(page).count()).resolves.toBe(1);
    await page.locator('[role=alertdialog] button[name=ok]').click();
    await expect(page.locator('[role=alertdialog]').count()).resolves.toBe(0);
  });

  it('a recipient typed into To becomes a chip and is sent to', async () => {
    await open('inbox-compose', { to: '', body: 'Hello' });
    await compose(page, 0).locator('.anm[name=to] input[peoplekit-id]').fill('Sari <sari@contoh.example>');
    await page.keyboard.press('Enter');
    await expect(compose(page, 0).locator('[role=option][data-hovercard-id="sari@contoh.example"]').count()).resolves.toBe(1);
    await sendButton(page, 0).click();
    expect((await sent(page))[0]!.to).toEqual(['sari@contoh.example']);
  });

  it('schedule send opens on mousedown of More send options and is recorded as scheduled', async () => {
    await open('inbox-compose', { body: 'Later' });
    const menu = compose(page, 0).locator('[selector=scheduledSend]');
    await expect(menu.isVisible()).resolves.toBe(false);
    await compose(page, 0).locator('.hG[role=button]').dispatchEvent('mousedown');
    await menu.click();
    expect((await sent(page))[0]).toMatchObject({ via: 'schedule', scheduled: true });
  });
});

describe('inline reply with a quote', () => {
  it('the thread shows the seed request and the reply body starts without the quote', async () => {
    await open('thread-reply');
    await expect(page.locator('[role=list] > [role=listitem]').count()).resolves.toBe(2);
    await expect(page.locator('[role=listitem] .a3s').nth(1).innerText()).resolves.toContain('please share your press release tomorrow');
    await expect(body(page, 0).locator('.gmail_quote').count()).resolves.toBe(0);
    await expect(compose(page, 0).locator('.ajR[role=button]').isVisible()).resolves.toBe(true);
  });

  it('"Show trimmed content" puts the attributed quote into the body and hides itself', async () => {
    await open('thread-reply');
    await compose(page, 0).locator('.ajR[role=button]').click();
    const quote = body(page, 0).locator(':scope > div.gmail_quote.gmail_quote_container');
    await expect(quote.locator('.gmail_attr').first().innerText()).resolves.toMatch(/^On Wed, Mar 4, 2026 at 10:15\u202FAM Tom Becker <tom@client\.example> wrote:/);
    await expect(quote.locator('blockquote.gmail_quote').first().innerHTML()).resolves.toContain(SEED_INCOMING);
    await expect(compose(page, 0).locator('.ajR[role=button]').isVisible()).resolves.toBe(false);
  });

  it('sending the reply records body and quote, removes the compose and appends the message', async () => {
    await open('thread-reply', { trimmed: false });
    await typeInto(page, 0, 'I will send it by 3 PM today.', { where: 'start' });
    await sendVia(page, 0, 'ctrl-enter');
    const [mail] = await sent(page);
    expect(mail).toMatchObject({ kind: 'inline', to: [CLIENT.email], subject: 'Re: Press release for the launch' });
    expect(mail!.bodyHTML).toMatch(/^<div dir="ltr">I will send it by 3 PM today\.<\/div><br><div class="gmail_quote gmail_quote_container">/);
    await expect(composes(page).count()).resolves.toBe(0);
    await expect(page.locator('[role=list] > [role=listitem]').count()).resolves.toBe(3);
    await expect(page.locator('.ip.iq').count()).resolves.toBe(1);
  });

  it('Send & Archive setting: a .Uo button before Send; it and Ctrl+Enter archive, Send does not', async () => {
    await open('thread-reply', { sendArchive: true, body: 'Done.' });
    const s2Send = compose(page, 0).locator('.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])');
    await expect(s2Send.getAttribute('class')).resolves.toContain('aoO');
    await sendVia(page, 0, 'ctrl-enter');
    expect((await sent(page))[0]).toMatchObject({ via: 'ctrl-enter', archived: true });
    await open('thread-reply', { sendArchive: true, body: 'Done.' });
    await compose(page, 0).locator('.Uo[role=button]').click();
    expect((await sent(page))[0]).toMatchObject({ via: 'click', archived: true });
    await open('thread-reply', { sendArchive: true, body: 'Done.' });
    await sendVia(page, 0, 'click');
    expect((await sent(page))[0]).toMatchObject({ via: 'click', archived: false });
  });

  it('a closed reply bar opens an inline compose on Reply', async () => {
    await open('thread-reply', { reply: 'closed' });
    await expect(composes(page).count()).resolves.toBe(0);
    await page.locator('.ams.bkH').click();
    await expect(page.locator('.ip.adB .M9 [g_editable="true"]').count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).resolves.toBe('true');
  });

  it('a forward has its quote in the body at once, To empty; with nobody added Gmail refuses it', async () => {
    await open('thread-reply', { reply: 'forward' });
    await expect(body(page, 0).locator('.gmail_quote .gmail_attr').innerText()).resolves.toMatch(/^---------- Forwarded message ---------\nFrom: Tom Becker <tom@client\.example>/);
    await expect(compose(page, 0).locator('.ajR[role=button]').isVisible()).resolves.toBe(false);
    await expect(compose(page, 0).locator('.anm[name=to] input[peoplekit-id]').isVisible()).resolves.toBe(true);
    await sendVia(page, 0, 'click');
    expect((await simState(page)).refused).toHaveLength(1);
    await page.locator('[role=alertdialog] button[name=ok]').click();
    await expect(composes(page).count()).resolves.toBe(1); // a refused forward stays open
    await compose(page, 0).locator('.anm[name=to] input[peoplekit-id]').fill('rina@agency.example');
    await sendVia(page, 0, 'click');
    expect((await sent(page))[0]).toMatchObject({ kind: 'inline', to: ['rina@agency.example'], subject: 'Fwd: Press release for the launch' });
  });

  it('a message\'s own "Show trimmed content" reveals its history', async () => {
    await open('thread-reply');
    const history = page.locator('[role=listitem] .a3s .adL');
    await expect(history.isVisible()).resolves.toBe(false);
    await page.locator('[role=listitem] .a3s .ajR').click();
    await expect(history.isVisible()).resolves.toBe(true);
  });
});

describe('several composes, closing, scrolling', () => {
  it('two dialogs are independent: typing and sending one leaves the other as it was', async () => {
    await open('two-dialogs', { body: 'One' });
    const before = await body(page, 1).innerHTML();
    await typeInto(page, 0, ' more');
    await expect(body(page, 1).innerHTML()).resolves.toBe(before);
    await sendButton(page, 0).click();
    expect((await sent(page)).map((m) => m.bodyHTML)).toEqual(['<div dir="ltr">One more</div>']);
    await expect(body(page, 0).innerHTML()).resolves.toBe(before);
  });

  it('the close button removes the mole and records the draft', async () => {
    await open('two-dialogs');
    await page.locator('[role=dialog] img.Ha').first().click();
    await expect(page.locator('.dw .no > .nn:not([style*="order: 0"])').count()).resolves.toBe(1);
    const state = await simState(page);
    expect(state.closed.map((c) => c.how)).toEqual(['close']);
    expect(state.sent).toEqual([]);
  });

  it('the Compose button opens a new, empty dialog with the To field focused', async () => {
    await open('inbox');
    await page.locator('[gh=cm]').click();
    await expect(page.locator('.dw .no [role=dialog] .M9').count()).resolves.toBe(1);
    await expect(page.evaluate(() => document.activeElement?.getAttribute('peoplekit-id'))).resolves.toBe('BbVjBd');
    await openCompose(page, { to: 'a@b.example', body: 'second' });
    await expect(composes(page).count()).resolves.toBe(2);
  });

  it('a long body scrolls inside .qz while the mole stays fixed at the bottom', async () => {
    await open('inbox-compose', { body: Array.from({ length: 80 }, (_, i) => `Line ${i + 1}`).join('\n') });
    const qz = compose(page, 0).locator('.qz');
    const { scrollHeight, clientHeight } = await qz.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
    expect(scrollHeight).toBeGreaterThan(clientHeight);
    await qz.evaluate((el) => el.scrollTo(0, 400));
    await expect(qz.evaluate((el) => el.scrollTop)).resolves.toBe(400);
    const position = await page.locator('.dw').evaluate((el) => getComputedStyle(el).position);
    expect(position).toBe('fixed');
  });

  it('full screen moves the dialog into .aSs > .aSt and back', async () => {
    await open('inbox-compose', { body: 'Keep me' });
    await page.locator('[role=dialog] img.Hq').click();
    await expect(page.locator('body > .aSs > .aSt [role=dialog] div.aaZ > div.M9').count()).resolves.toBe(1);
    await expect(body(page, 0).innerText()).resolves.toBe('Keep me');
    await page.locator('[role=dialog] img.Hq').click();
    await expect(page.locator('.aSs').count()).resolves.toBe(0);
    await expect(page.locator('.dw .no [role=dialog] .M9').count()).resolves.toBe(1);
  });
});

describe('compose variants', () => {
  it('full-screen page: sending empties .aaZ and drops the layer', async () => {
    await open('fullscreen', { body: 'Full' });
    await expect(page.locator('body > .aSs > .aSt > div > [role=dialog] .aaZ > .M9').count()).resolves.toBe(1);
    await sendButton(page, 0).click();
    expect((await sent(page))[0]).toMatchObject({ kind: 'fullscreen', bodyHTML: '<div dir="ltr">Full</div>' });
    await expect(page.locator('.aSs').count()).resolves.toBe(0);
  });

  it('pop-out page: body.xE.xp, compose under [role=main], no dialog', async () => {
    await open('popout', { body: 'Popped' });
    expect(page.url()).toContain('view=cm');
    await expect(page.locator('body.xE.xp [role=main] .M9 [g_editable="true"]').count()).resolves.toBe(1);
    await expect(page.locator('[role=dialog]').count()).resolves.toBe(0);
    await sendVia(page, 0, 'ctrl-enter');
    expect((await sent(page))[0]).toMatchObject({ kind: 'popout', bodyHTML: '<div dir="ltr">Popped</div>' });
  });

  it('2020 layout: classic textarea recipients and .vR chips, still sendable', async () => {
    await open('inbox-compose', { layout: '2020', to: 'Bob Lee <bob@example.com>', body: 'Old' });
    await expect(compose(page, 0).locator('textarea.vO[name=to]').count()).resolves.toBe(1);
    await expect(compose(page, 0).locator('.vR input[type=hidden][name=to]').getAttribute('value')).resolves.toBe('Bob Lee <bob@example.com>');
    await expect(compose(page, 0).locator('[peoplekit-id]').count()).resolves.toBe(0);
    await compose(page, 0).locator('textarea.vO[name=to]').fill('carol@example.com');
    await sendButton(page, 0).click();
    expect((await sent(page))[0]!.to).toEqual(['bob@example.com', 'carol@example.com']);
  });

  it('a signature is Gmail\'s block after the draft', async () => {
    await open('inbox-compose', { body: 'Hi', signature: 'Dewi' });
    await expect(body(page, 0).locator('.gmail_signature[data-smartmail=gmail_signature]').innerText()).resolves.toBe('Dewi');
  });
});

describe('localized Gmail', () => {
  const STRUCTURE = [
    'div.M9 [g_editable="true"][contenteditable="true"][role=textbox]',
    'div.M9 textarea.Ak',
    'div.M9 input[name=subjectbox]',
    'div.M9 .anm[name=to] input[peoplekit-id][role=combobox]',
    'div.M9 .IZ .Up .aoO[role=button]',
    'div.M9 .hG[role=button][aria-haspopup=true]',
    '.dw .no > .nn [role=dialog]',
  ];

  for (const lang of ['es', 'vi', 'id'] as const) {
    it(`${lang}: labels are localized, classes and roles are the same`, async () => {
      const L = LABELS[lang];
      await open('inbox-compose', { lang, body: 'Halo' });
      for (const selector of STRUCTURE) await expect(page.locator(selector).count(), selector).resolves.toBe(1);
      await expect(page.locator('div.M9 [g_editable="true"]').getAttribute('aria-label')).resolves.toBe(L.messageBody);
      await expect(page.locator('[aria-label="Message Body"]').count()).resolves.toBe(0);
      await expect(page.locator(`[aria-label="${L.messageBody}"]`).count()).resolves.toBe(2); // editable + textarea twin
      await expect(page.locator('.anm[name=to] input[peoplekit-id]').getAttribute('aria-label')).resolves.toBe(L.toRecipients);
      const tooltip = await sendButton(page, 0).getAttribute('data-tooltip');
      expect(tooltip?.startsWith(L.send)).toBe(true);
      expect(tooltip).toMatch(/\u202A\(.+\)\u202C$/);
      await expect(sendButton(page, 0).innerText()).resolves.toBe(L.send);
      await sendVia(page, 0, 'click');
      expect(await sent(page)).toHaveLength(1);
    });
  }

  it('id thread: the reply quote attribution is in Indonesian', async () => {
    await open('thread-reply', { lang: 'id', trimmed: false });
    await expect(body(page, 0).locator('.gmail_attr').first().innerText()).resolves.toMatch(/^Pada tanggal Rab, 4 Mar 2026 pukul 10\.15 Tom Becker <tom@client\.example> menulis:/);
  });

  it('en Send tooltip carries bidi marks, and the Mac variant says ⌘Enter', async () => {
    await open('inbox-compose');
    await expect(sendButton(page, 0).getAttribute('data-tooltip')).resolves.toBe('Send \u202A(Ctrl-Enter)\u202C');
    await expect(page.locator('[data-tooltip="Send (Ctrl-Enter)"]').count()).resolves.toBe(0);
    await open('inbox-compose', { mac: true });
    await expect(sendButton(page, 0).getAttribute('data-tooltip')).resolves.toBe('Send \u202A(⌘Enter)\u202C');
  });
});

describe('selector contract (fixture-spec §8): what extensions select finds what it should', () => {
  const perCompose: [string, number][] = [
    ['div.M9', 1],
    ['div[contenteditable="true"][g_editable="true"]', 1],
    ['.Ap [g_editable=true]', 1],
    ['.Am.Al.editable', 1],
    ['[aria-label="Message Body"]', 2], // the trap: the hidden textarea twin carries the label too
    ['input[name=subjectbox]', 1],
    ['.GS .anm[name=to] [role=listbox] [role=option][data-hovercard-id="tom@client.example"]', 1],
    ['tr.bzf div[name] div[data-hovercard-id]', 1],
    ['.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])', 1],
    ['.aoO[role=button]', 1],
    ['div.T-I.T-I-atl', 2], // gmail.js's send selector also matches "More send options"
    ['.hG[role=button]', 1],
    ['[selector=scheduledSend]', 1],
    ['.ajR[role=button]', 1],
    ['input[type=hidden][name=composeid]', 1],
    ['input[type=hidden][name=draft]', 1],
  ];

  const pages: { sim: 'inbox-compose' | 'fullscreen' | 'popout' | 'thread-reply'; scope: string }[] = [
    { sim: 'inbox-compose', scope: 'div.dw .nH > .nH > .no > .nn.nH:not([style*="order: 0;"]) .AD [role=dialog] div.aaZ' },
    { sim: 'fullscreen', scope: 'body > .aSs > .aSt [role=dialog] div.aaZ' },
    { sim: 'popout', scope: 'body.xE.xp [role=main] > *' },
    { sim: 'thread-reply', scope: '[role=list] > [role=listitem] .gA.gt.acV .ip.adB' },
  ];

  for (const { sim, scope } of pages) {
    it(`${sim}: one compose under "${scope}", each selector matching as documented`, async () => {
      await open(sim);
      const root = page.locator(scope);
      await expect(root.count()).resolves.toBe(1);
      for (const [selector, n] of perCompose) await expect(root.locator(selector).count(), selector).resolves.toBe(n);
    });
  }

  it('thread-reply: messages, bodies, senders and the inline compose chain', async () => {
    await open('thread-reply');
    const counts: [string, number][] = [
      ['[role=main] .a98.iY h2.hP[data-legacy-thread-id]', 1],
      ['[role=list] > [role=listitem].h7', 2],
      ['div.adn[data-message-id][data-legacy-message-id]', 2],
      ['.ii.gt > .a3s.aiL', 2],
      ['td.gF span.gD[email]', 2],
      ['.a3s .yj6qo.ajU > .ajR[role=button][aria-expanded=false]', 1],
      ['.a3s .yj6qo.ajU + .adL', 1],
      ['.ip.adB > .M9 > [role=menu]:first-child > .SK > [role=menuitem]:last-child', 1],
      [
        '.M9 > div[role=region] > table > tbody > tr > td > form > div > table[role=presentation] > tbody > tr > td.Iy > div.fX > table.GS > tbody > tr.bzf > td.eV > div > div > div.anm[name=to] > div.aUy',
        1,
      ],
      ['.M9 .aoD.hl span[email]', 1],
      ['.M9 input[type=hidden][name=subject]', 1],
    ];
    for (const [selector, n] of counts) await expect(page.locator(selector).count(), selector).resolves.toBe(n);
  });

  it('ids like ":4j" exist but are unique per page', async () => {
    await open('two-dialogs');
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id^=":"]')].map((e) => e.id));
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('keyboard shortcuts on', () => {
  it("'c' composes from the page, but not when typed in a field or in a shadow-DOM input's host", async () => {
    await open('inbox', { shortcuts: true });
    await page.locator('[role=main]').click();
    await page.keyboard.press('c');
    await expect(composes(page).count()).resolves.toBe(1);
    await page.keyboard.type('c'); // focus is now in the new compose's To field
    await expect(composes(page).count()).resolves.toBe(1);
    // An input inside a shadow root: document sees the host as the target, so Gmail acts on it.
    await page.evaluate(() => {
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = '<input id="x">';
      document.body.append(host);
      (host.shadowRoot!.getElementById('x') as HTMLInputElement).focus();
    });
    await page.keyboard.press('c');
    await expect(composes(page).count()).resolves.toBe(2);
  });
});

describe('hostile page', () => {
  it('swallows clicks on elements Gmail did not draw, but Gmail\'s own still work', async () => {
    await open('inbox-compose', { hostile: true, body: 'x' });
    const reached = await page.evaluate(() => {
      const foreign = document.createElement('button');
      document.body.append(foreign);
      let clicked = false;
      foreign.addEventListener('click', () => (clicked = true));
      foreign.click();
      return clicked;
    });
    expect(reached).toBe(false);
    await sendButton(page, 0).click();
    expect(await sent(page)).toHaveLength(1);
  });
});

describe('with the extension loaded', () => {
  let jelas: Jelas;

  beforeAll(async () => {
    jelas = await launchJelas();
  });

  afterAll(async () => {
    await jelas?.close();
  });

  it('loads in headless Chromium and its content script runs on the simulated Gmail', async () => {
    expect(jelas.extensionId).toMatch(/^[a-p]{32}$/);
    const tab = await jelas.openGmail('inbox-compose');
    await waitForJelas(jelas, tab);
    await tab.close();
  });

  it('loading and using every simulator page sends nothing to any other origin', async () => {
    jelas.requests.length = 0;
    const tab = await jelas.openGmail('thread-reply');
    await waitForJelas(jelas, tab);
    await typeInto(tab, 0, 'Will do.');
    await sendVia(tab, 0, 'click');
    for (const name of ['inbox-compose', 'two-dialogs', 'popout', 'fullscreen'] as const) await jelas.gotoGmail(tab, name);
    await tab.waitForTimeout(300);
    await tab.close();
    expect(jelas.requests.length).toBeGreaterThan(5); // pages and simulator assets were seen
    expect(jelas.foreignRequests()).toEqual([]);
  });

  it("the service worker cannot reach any web origin (its requests are invisible to the recorder, so CSP must stop them)", async () => {
    const outcome = await jelas.serviceWorker.evaluate(async () => {
      try {
        await fetch('https://mail.google.com/mail/u/0/?sim=inbox');
        return 'fetched';
      } catch (e) {
        return String(e);
      }
    });
    expect(outcome).toMatch(/Failed to fetch/);
  });

  it('the recorder does catch a request for another origin (control)', async () => {
    const tab = await jelas.openGmail('inbox');
    jelas.requests.length = 0;
    const failed = await tab.evaluate(() => fetch('https://example.org/leak?q=draft').then(() => false, () => true));
    await tab.close();
    expect(failed).toBe(true);
    expect(jelas.foreignRequests().map((r) => r.url)).toEqual(['https://example.org/leak?q=draft']);
  });

  it('the recorder catches a WebSocket too, and closes it without contacting any server (control)', async () => {
    const tab = await jelas.openGmail('inbox');
    jelas.requests.length = 0;
    const closed = await tab.evaluate(
      () => new Promise<boolean>((resolve) => {
        const ws = new WebSocket('wss://example.org/socket');
        ws.onclose = () => resolve(true);
        setTimeout(() => resolve(false), 3000);
      }),
    );
    await tab.close();
    expect(closed).toBe(true);
    expect(jelas.foreignRequests().map((r) => [r.resourceType, r.url])).toEqual([['websocket', 'wss://example.org/socket']]);
  });
});

describe('simulator health', () => {
  it('no uncaught errors on the simulator pages', () => {
    expect(sim.pageErrors.map((e) => e.error.message)).toEqual([]);
  });
});

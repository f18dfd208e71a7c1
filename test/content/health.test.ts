// @vitest-environment happy-dom
/**
 * Health on the simulator's pages, rendered by pages.js and changed by mangle.js as the page would be:
 * every normal page is healthy; each mangle loses exactly the function it should, or is survived by a
 * fallback that the report names. And the diagnostic report holds no draft, quote, subject or address.
 */
import { describe, expect, it } from 'vitest';
import { renderPage } from '../e2e/gmail-sim/pages.js';
import { applyMangles } from '../e2e/gmail-sim/mangle.js';
import { measureHealth } from '../../src/content/health';
import { browserName, diagnosticReport, languageTag } from '../../src/shared/health';

/** Loads a simulator page into happy-dom (scripts are not run; `mangle=` is applied as sim.js would). */
function load(search: string): void {
  // Without its stylesheet link: happy-dom does not load CSS, and says so for every page.
  const doc = new DOMParser().parseFromString(renderPage(search).replace(/<link [^>]*>/g, ''), 'text/html');
  document.documentElement.setAttribute('lang', doc.documentElement.getAttribute('lang') ?? '');
  document.body.className = doc.body.className;
  document.body.innerHTML = doc.body.innerHTML;
  applyMangles(document, new URLSearchParams(search).get('mangle')?.split(',') ?? []);
}

const NORMAL = ['inbox-compose', 'thread-reply', 'popout', 'fullscreen', 'two-dialogs'] as const;

describe('health on the simulator pages', () => {
  for (const sim of NORMAL) {
    for (const lang of ['en', 'id'] as const) {
      it(`${sim} (${lang}): every compose found whole, nothing lost`, () => {
        load(`?sim=${sim}&lang=${lang}`);
        const h = measureHealth();
        expect(h.reasons).toEqual([]);
        expect(h.composes.length).toBe(sim === 'two-dialogs' ? 2 : 1);
        for (const c of h.composes) {
          expect(c.body).toBe(0);
          expect(c.send).toBe(0);
          expect(c.reply).toBe(sim === 'thread-reply');
          if (c.reply) expect(c.quote).toEqual({ where: 'thread', matched: 0 });
        }
        expect(h.gmailLanguage).toBe(lang);
      });
    }
  }

  it('names the kind of each compose', () => {
    const kinds = NORMAL.map((sim) => {
      load(`?sim=${sim}`);
      return measureHealth().composes.map((c) => c.kind).join('+');
    });
    expect(kinds).toEqual(['dialog', 'inline', 'popout', 'fullscreen', 'dialog+dialog']);
  });

  it('a reply whose quote is expanded in the body, and a forward, have their quote in the body', () => {
    load('?sim=thread-reply&trimmed=0');
    expect(measureHealth().composes[0]!.quote).toEqual({ where: 'body', matched: 0 });
    load('?sim=thread-reply&reply=forward');
    expect(measureHealth().composes[0]!.quote).toEqual({ where: 'body', matched: 0 });
    expect(measureHealth().reasons).toEqual([]);
  });

  it('no compose open: nothing to report, and the thread messages are counted', () => {
    load('?sim=inbox');
    expect(measureHealth()).toMatchObject({ composes: [], reasons: [], threadMessages: { count: 0, matched: null } });
    load('?sim=thread-reply&reply=closed');
    expect(measureHealth()).toMatchObject({ composes: [], reasons: [], threadMessages: { count: 2, matched: 0 } });
  });
});

describe('health on mangled pages', () => {
  it('send-class: Send is still found by the toolbar selector, so nothing is lost', () => {
    load('?sim=inbox-compose&mangle=send-class');
    const h = measureHealth();
    expect(h.reasons).toEqual([]);
    expect(h.composes[0]!.send).toBe(0);
  });

  it('send-class + send-moved: no Send found, so no check on Send', () => {
    load('?sim=inbox-compose&mangle=send-class,send-moved');
    const h = measureHealth();
    expect(h.reasons).toEqual(['no-send']);
    expect(h.composes[0]).toMatchObject({ body: 0, send: null, reasons: ['no-send'] });
  });

  it('body-attr: the body is found by its classes (the third alternative), still healthy, and the report says which', () => {
    load('?sim=inbox-compose&mangle=body-attr');
    const h = measureHealth();
    expect(h.reasons).toEqual([]);
    expect(h.composes[0]!.body).toBe(2);
    expect(diagnosticReport(h, { version: '1.0.0', browser: 'Chromium 156' })).toContain('compose 1: dialog; body #2; send #0');
  });

  it('body-bare: an editable region in a compose that no body selector finds', () => {
    load('?sim=inbox-compose&mangle=body-bare');
    const h = measureHealth();
    expect(h.reasons).toEqual(['no-body']);
    expect(h.composes[0]).toMatchObject({ body: null, reasons: ['no-body'] });
  });

  it('quote-missing: a reply with no quoted message found, in the body or the thread', () => {
    load('?sim=thread-reply&mangle=quote-missing');
    const h = measureHealth();
    expect(h.reasons).toEqual(['no-quote']);
    expect(h.composes[0]).toMatchObject({ reply: true, quote: null, body: 0, send: 0 });
    // A new message owes no answers: the same mangle loses nothing there.
    load('?sim=inbox-compose&mangle=quote-missing');
    expect(measureHealth().reasons).toEqual([]);
  });

  it('no-main: Jelas does not need [role=main]; reported, not a loss', () => {
    load('?sim=thread-reply&mangle=no-main');
    const h = measureHealth();
    expect(h.reasons).toEqual([]);
    expect(h.main).toBe(false);
  });

  it('several losses at once are listed worst first, once each', () => {
    load('?sim=two-dialogs&mangle=send-class,send-moved');
    expect(measureHealth().reasons).toEqual(['no-send']);
    load('?sim=thread-reply&mangle=send-class,send-moved,quote-missing');
    expect(measureHealth().reasons).toEqual(['no-send', 'no-quote']);
    load('?sim=inbox-compose&mangle=body-bare,send-class,send-moved');
    expect(measureHealth().reasons).toEqual(['no-body']);
  });
});

describe('the diagnostic report', () => {
  const DRAFT = 'Zanzibar pelican contract ASAP';
  const SUBJECT = 'Quokka merger subject';
  const QUOTE = 'Could the narwhal budget arrive by Friday?';
  const ADDRESSES = ['xylophone.person@secret-client.example', 'cc.wombat@hidden.example', 'bcc.okapi@other.example'];

  for (const [name, q] of [
    ['a new message', `?sim=inbox-compose&to=${encodeURIComponent(`Xylo Person <${ADDRESSES[0]}>`)}&cc=${ADDRESSES[1]}&bcc=${ADDRESSES[2]}&subject=${encodeURIComponent(SUBJECT)}&body=${encodeURIComponent(DRAFT)}&signature=Dewi`],
    ['a reply with its quote expanded', `?sim=thread-reply&trimmed=0&subject=${encodeURIComponent(SUBJECT)}&body=${encodeURIComponent(DRAFT)}&incoming=${encodeURIComponent(QUOTE)}&cc=${ADDRESSES[1]}`],
    ['a degraded reply', `?sim=thread-reply&mangle=send-class,send-moved,quote-missing&body=${encodeURIComponent(DRAFT)}&incoming=${encodeURIComponent(QUOTE)}&to=${ADDRESSES[0]}`],
    ['a body we cannot read', `?sim=inbox-compose&mangle=body-bare&body=${encodeURIComponent(DRAFT)}&subject=${encodeURIComponent(SUBJECT)}&to=${ADDRESSES[0]}`],
  ] as const) {
    it(`${name}: no draft text, quote, subject or address; version, browser, language and counts`, () => {
      load(q);
      // The page does hold them: the report must leave them out.
      expect(document.body.innerHTML).toContain('Zanzibar');
      const report = diagnosticReport(measureHealth(), { version: '0.1.0', browser: browserName({ userAgentData: { brands: [{ brand: 'Chromium', version: '156' }] } }) });
      for (const secret of [DRAFT, SUBJECT, QUOTE, ...ADDRESSES, 'Zanzibar', 'Quokka', 'narwhal', 'Xylo', 'Tom Becker', 'tom@client.example', 'dewi@example.com', 'Press release', 'Dewi']) {
        expect(report).not.toContain(secret);
      }
      expect(report).not.toContain('@');
      expect(report).toMatch(/^version: 0\.1\.0$/m);
      expect(report).toMatch(/^browser: Chromium 156$/m);
      expect(report).toMatch(/^gmail language: en$/m);
      expect(report).toMatch(/^composes: 1 /m);
    });
  }

  it('only known words and whole numbers pass from the page, whatever it sent', () => {
    const forged = {
      gmailLanguage: 'en"><b>alice@example.com',
      main: true,
      composes: [{ kind: 'bob@example.com', body: 'secret text', send: 0, sendArchive: null, reply: true, quote: { where: 'carol@x.example', matched: 'subject' }, reasons: ['no-send', 'dave@y.example'] }],
      threadMessages: { count: 'eve@z.example', matched: 1 },
      reasons: ['no-send', 'frank@w.example'],
    } as never;
    const report = diagnosticReport(forged, { version: 'mallory@evil.example', browser: 'Chromium 156 <trent@t.example>' });
    expect(report).not.toContain('@');
    expect(report).not.toContain('secret');
    expect(report).toContain('state: degraded (no-send)');
    expect(report).toContain('compose 1: other; body none; send #0');
  });

  it('browser: brand and major version, from client hints or the user agent', () => {
    expect(browserName({ userAgentData: { brands: [{ brand: 'Not/A)Brand', version: '8' }, { brand: 'Chromium', version: '156' }, { brand: 'Google Chrome', version: '156' }] } })).toBe('Google Chrome 156');
    expect(browserName({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0' })).toBe('Firefox 153');
    expect(browserName({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36' })).toBe('Chrome 156');
    expect(browserName({})).toBe('unknown');
  });

  it('Gmail language: a language tag or "unknown"', () => {
    expect(languageTag('id')).toBe('id');
    expect(languageTag('en-GB')).toBe('en-GB');
    expect(languageTag('me@example.com')).toBe('unknown');
    expect(languageTag(null)).toBe('unknown');
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderPage } from '../e2e/gmail-sim/pages.js';
import { anyOf, select, selectAll, selectors } from '../../src/content/selectors';
import { readDraft, readQuoted } from '../../src/content/text-map';

/** Loads a simulator page's body into happy-dom (scripts are not run). */
function load(search: string): void {
  const html = renderPage(search);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  document.body.className = doc.body.className;
  document.body.innerHTML = doc.body.innerHTML;
}

const pages = ['inbox-compose', 'two-dialogs', 'thread-reply', 'thread-long', 'popout', 'fullscreen'] as const;
const variants = [
  { name: 'English', q: '' },
  { name: 'Indonesian UI', q: '&lang=id' },
  { name: 'Vietnamese UI', q: '&lang=vi' },
  { name: '2020 layout', q: '&layout=2020' },
];

describe('selectors on every simulator page', () => {
  for (const page of pages) {
    for (const v of variants) {
      it(`${page} (${v.name}): each compose has exactly one editable body and one Send button`, () => {
        load(`?sim=${page}${v.q}`);
        const composes = selectAll('compose');
        expect(composes.length).toBe(page === 'two-dialogs' ? 2 : 1);
        for (const c of composes) {
          const body = select('body', c)!;
          expect(body.getAttribute('contenteditable')).toBe('true');
          expect(body.tagName).toBe('DIV'); // not the hidden textarea that shares its aria-label
          const send = c.querySelectorAll(anyOf('send'));
          expect(send.length).toBe(1);
          expect(send[0]!.getAttribute('aria-haspopup')).toBeNull();
        }
      });
    }
  }

  it('never takes "More send options" or Schedule send for Send', () => {
    load('?sim=inbox-compose');
    const c = select('compose')!;
    for (const el of c.querySelectorAll(`${anyOf('scheduleSend')}`)) expect(el.matches(anyOf('send'))).toBe(false);
  });

  it('uses no localized label on its own', () => {
    for (const alts of Object.values(selectors)) {
      for (const s of alts) expect(s.css).not.toMatch(/aria-label|data-tooltip/);
    }
  });
});

describe('reading the simulator drafts', () => {
  it('a prefilled draft is read without its signature', () => {
    load(`?sim=inbox-compose&body=${encodeURIComponent('Can you send it ASAP?')}&signature=Dewi`);
    const map = readDraft(select('body')!);
    expect(map.text.trim()).toBe('Can you send it ASAP?');
  });

  it('an inline reply reads the client message from the thread while the quote is trimmed', () => {
    load(`?sim=thread-reply&body=oke`);
    const c = select('compose')!;
    const body = select('body', c)!;
    expect(readDraft(body).text.trim()).toBe('oke');
    expect(readQuoted(c, body)).toContain('please share your press release tomorrow');
  });

  it('an expanded quote in the reply is left out of the draft and read as the quoted message', () => {
    load(`?sim=thread-reply&body=oke&trimmed=0`);
    const c = select('compose')!;
    const body = select('body', c)!;
    expect(readDraft(body).text.trim()).toBe('oke');
    expect(readQuoted(c, body)).toContain('please share your press release tomorrow');
  });

  it('an inline forward has its forwarded message left out, and nothing counts as replied to', () => {
    load(`?sim=thread-reply&reply=forward&body=${encodeURIComponent('FYI, see below.')}`);
    const c = select('compose')!;
    const body = select('body', c)!;
    expect(readDraft(body).text.trim()).toBe('FYI, see below.');
    expect(readQuoted(c, body)).toBeNull();
  });

  it('works the same with an Indonesian incoming message and Indonesian Gmail', () => {
    load(`?sim=thread-reply&lang=id&body=siap&incoming=${encodeURIComponent('Tolong kirim laporannya besok ya.')}`);
    const c = select('compose')!;
    const body = select('body', c)!;
    expect(readDraft(body).text.trim()).toBe('siap');
    expect(readQuoted(c, body)).toContain('Tolong kirim laporannya besok');
  });
});

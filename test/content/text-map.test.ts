// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readDraft, readQuoted } from '../../src/content/text-map';

function editable(html: string): HTMLElement {
  document.body.innerHTML = `<div class="M9"><div class="Am Al editable" contenteditable="true" g_editable="true">${html}</div></div>`;
  return document.querySelector('[g_editable]') as HTMLElement;
}

describe('readDraft', () => {
  it('turns Gmail lines (divs and brs) into newlines and leaves out the signature after "-- "', () => {
    const body = editable(
      '<div dir="ltr">Hi Bob,</div><div dir="ltr"><br></div><div dir="ltr">Sorry for the delay, attached is the budget.</div>' +
        '<br clear="all"><div><br></div>-- <br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">Carol</div>',
    );
    const map = readDraft(body);
    expect(map.text.trimEnd()).toBe('Hi Bob,\n\nSorry for the delay, attached is the budget.');
    expect(map.text).not.toContain('Carol');
    expect(map.text).not.toContain('--');
  });

  it('leaves out an expanded quote and its attribution line', () => {
    const body = editable(
      '<div dir="ltr">oke</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">On Wed, Mar 4, 2026 Bob wrote:<br></div>' +
        '<blockquote class="gmail_quote"><div dir="ltr">Could you share the press release tomorrow?</div></blockquote></div>',
    );
    const map = readDraft(body);
    expect(map.text.trim()).toBe('oke');
  });

  it('maps offsets to DOM positions and back, in English and Indonesian text', () => {
    const body = editable('<div>Tolong kirim <b>besok</b> ya.</div><div>Send it ASAP.</div>');
    const map = readDraft(body);
    expect(map.text).toBe('Tolong kirim besok ya.\nSend it ASAP.\n');
    const start = map.text.indexOf('besok');
    const range = map.range(start, start + 'besok'.length);
    expect(range.toString()).toBe('besok');
    expect(range.startContainer.parentElement?.tagName).toBe('B');
    const asap = map.text.indexOf('ASAP');
    const r2 = map.range(asap, asap + 4);
    expect(r2.toString()).toBe('ASAP');
    expect(map.offsetOf(r2.startContainer, r2.startOffset)).toBe(asap);
    expect(map.offsetOf(r2.endContainer, r2.endOffset)).toBe(asap + 4);
  });

  it('a range across a line break spans both lines', () => {
    const body = editable('<div>one</div><div>two</div>');
    const map = readDraft(body);
    expect(map.range(0, 7).toString()).toBe('onetwo');
  });

  it('gives element boundaries the offset of the next text, and null inside the quote', () => {
    const body = editable('<div>first</div><div>second</div><div class="gmail_quote">old text</div>');
    const map = readDraft(body);
    expect(map.offsetOf(body, 1)).toBe(map.text.indexOf('second'));
    const quoted = body.querySelector('.gmail_quote')!.firstChild!;
    expect(map.offsetOf(quoted, 2)).toBeNull();
  });

  it('ignores pretty-printing whitespace between blocks', () => {
    const body = editable('\n  <div>a</div>\n  <div>b</div>\n');
    expect(readDraft(body).text).toBe('a\nb\n');
  });
});

describe('readQuoted', () => {
  it('reads the quote in the body, without older nested quotes', () => {
    const body = editable(
      '<div>thanks</div><div class="gmail_quote gmail_quote_container"><div class="gmail_attr">On Wed Bob wrote:</div>' +
        '<blockquote class="gmail_quote"><div>Can you send the numbers by Friday?</div>' +
        '<div class="gmail_quote"><div class="gmail_attr">On Tue Alice wrote:</div><blockquote class="gmail_quote"><div>Older question?</div></blockquote></div></blockquote></div>',
    );
    const q = readQuoted(body.closest('.M9')!, body);
    // with its attribution first, which names who asked
    expect(q).toBe('On Wed Bob wrote:\nCan you send the numbers by Friday?');
  });

  it('names the sender of the thread message above an inline reply', () => {
    document.body.innerHTML = `
      <div role="list">
        <div role="listitem"><div class="adn"><h3 class="iw"><span class="gD" email="tom@client.example" name="Tom Lee">Tom Lee</span></h3>
          <div class="ii gt"><div class="a3s aiL"><div>When is the launch?</div></div></div></div>
          <div class="gA gt"><div class="ip adB"><div class="M9"><div contenteditable="true" g_editable="true"><div>ok</div></div></div></div></div>
        </div>
      </div>`;
    const body = document.querySelector('[g_editable]') as HTMLElement;
    expect(readQuoted(body.closest('.M9')!, body)).toBe('Tom Lee <tom@client.example> wrote:\nWhen is the launch?');
  });

  it('reads the last thread message above an inline reply, without its trimmed part', () => {
    document.body.innerHTML = `
      <div role="list">
        <div role="listitem"><div class="adn"><div class="ii gt"><div class="a3s aiL"><div>Bisakah kirim laporannya hari Jumat?</div></div></div></div></div>
        <div role="listitem"><div class="adn"><div class="ii gt"><div class="a3s aiL"><div>Please share your press release tomorrow.</div>
          <div class="yj6qo ajU"><div class="ajR" role="button"></div></div><div class="adL"><div class="gmail_quote">old</div></div></div></div></div>
          <div class="gA gt"><div class="ip adB"><div class="M9"><div contenteditable="true" g_editable="true"><div>oke</div></div></div></div></div>
        </div>
      </div>`;
    const body = document.querySelector('[g_editable]')!;
    expect(readQuoted(body.closest('.M9')!, body)).toBe('Please share your press release tomorrow.');
  });

  it('is null for a new message', () => {
    const body = editable('<div>Hello</div>');
    expect(readQuoted(body.closest('.M9')!, body)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readQuoted, segmentMessage } from '../../src/engine/segment';
import type { ZoneKind } from '../../src/engine/types';

function zonesOf(text: string): Array<[ZoneKind, string]> {
  return segmentMessage(text).map((z) => [z.kind, text.slice(z.start, z.end).trim()]);
}

describe('segmentMessage', () => {
  it('splits greeting, body, closing, signature and a Gmail quote', () => {
    const text = [
      'Hi Bob,',
      '',
      'Could you send me the report by Friday 3 PM?',
      '',
      'Thanks,',
      'Carol',
      'Head of Ops, Acme',
      '+62 812 3456 7890',
      '',
      'On Tue, Mar 3, 2026 at 9:00 AM Bob Lee <bob@example.com> wrote:',
      '> Where is the report?',
    ].join('\n');
    expect(zonesOf(text)).toEqual([
      ['greeting', 'Hi Bob,'],
      ['body', 'Could you send me the report by Friday 3 PM?'],
      ['closing', 'Thanks,'],
      ['signature', 'Carol\nHead of Ops, Acme\n+62 812 3456 7890'],
      ['quoted', 'On Tue, Mar 3, 2026 at 9:00 AM Bob Lee <bob@example.com> wrote:\n> Where is the report?'],
    ]);
  });

  it('a thank-you followed by sentences closes nothing: the request after it is body', () => {
    expect(zonesOf('Hi Tom,\n\nThanks!\nPlease send the contract soon.')).toEqual([
      ['greeting', 'Hi Tom,'],
      ['body', 'Thanks!\nPlease send the contract soon.'],
    ]);
    expect(zonesOf('Makasih ya!\nTolong kirim kontraknya besok.').map(([k]) => k)).toEqual(['body']);
  });

  it('a P.S. after the sign-off is read, not taken for the signature', () => {
    const zones = zonesOf('Hi Tom,\n\nAll good here.\n\nThanks,\nDewi\n\nP.S. Can you also send the invoice?');
    expect(zones.filter(([k]) => k === 'body').map(([, t]) => t).join('\n')).toContain('Can you also send the invoice?');
  });

  it('reads Indonesian greetings, closings and the "Pada … menulis:" quote header', () => {
    const text = 'Selamat pagi Pak Budi,\nLaporannya saya kirim besok jam 13.00.\nSalam,\nSari\n\nPada Sel, 3 Mar 2026 pukul 09.00 Budi <budi@x.id> menulis:\n> Kapan laporannya dikirim?';
    const kinds = zonesOf(text);
    expect(kinds.map(([k]) => k)).toEqual(['greeting', 'body', 'closing', 'signature', 'quoted']);
    expect(kinds[1]![1]).toBe('Laporannya saya kirim besok jam 13.00.');
    expect(kinds[4]![1]).toMatch(/^Pada Sel/);
  });

  it('treats the "-- " delimiter as the start of the signature', () => {
    const text = 'See you there.\n-- \nDina | Acme PR';
    expect(zonesOf(text)).toEqual([
      ['body', 'See you there.'],
      ['signature', '-- \nDina | Acme PR'],
    ]);
  });

  it('finds Outlook "Original Message" and header-block quotes', () => {
    expect(zonesOf('Noted.\n\n-----Original Message-----\nFrom: A\nSent: Monday\nDone?').map(([k]) => k)).toEqual(['body', 'quoted']);
    expect(zonesOf('Noted.\n\nFrom: Alice\nSent: Monday, March 2\nTo: Bob\nSubject: Hi\n\nDone?').map(([k]) => k)).toEqual(['body', 'quoted']);
  });

  it('finds a Lotus Notes header that has no From: line, starting at the sender name', () => {
    const text = 'Looks right to me.\n\n\nIsabel Resendez\n09/21/2000 10:58 AM\nTo: Chris Germany/HOU/ECT@ECT\ncc: Genaro Mendoza\nSubject: Re: Bay State\n\nCan you check the volumes?';
    const quoted = segmentMessage(text).find((z) => z.kind === 'quoted')!;
    expect(text.slice(quoted.start)).toMatch(/^Isabel Resendez\n/);
  });

  it.each([
    ['a name and title above contact lines', 'The file is posted.\n\nMichael Frazier\nManager, Load Forecasting\nOffice: 713-345-3200', 'Michael Frazier'],
    ['a name alone on the last line', 'I look forward to our work together.\n\nStan Borys', 'Stan Borys'],
    ['a "--Name" sign-off', 'Can you check with Fallon?\n\n--Stinson', '--Stinson'],
    ['a phone footer', 'Will do.\n\nSent from my iPhone', 'Sent from my iPhone'],
  ])('finds the signature: %s', (_, text, first) => {
    const sig = segmentMessage(text).find((z) => z.kind === 'signature')!;
    expect(text.slice(sig.start).trim().startsWith(first)).toBe(true);
  });

  it('reads a sign-off with initials on the same line as a closing', () => {
    expect(zonesOf('I need these by Friday.\n\nThanks  WRP').map(([k]) => k)).toEqual(['body', 'closing']);
  });

  it('keeps a greeting that shares its line with the body', () => {
    expect(zonesOf('Hi Bob, can you call me?')).toEqual([
      ['greeting', 'Hi Bob,'],
      ['body', 'can you call me?'],
    ]);
  });

  it('covers the whole text contiguously, for any input', () => {
    for (const text of ['', ' ', 'ok', '\n\n\n', '> only a quote', 'Thanks,\nBob', 'a\r\nb\r\n-- \r\nsig']) {
      const zones = segmentMessage(text);
      let at = 0;
      for (const z of zones) {
        expect(z.start).toBe(at);
        expect(z.end).toBeGreaterThan(z.start);
        at = z.end;
      }
      expect(at).toBe(text.length);
    }
  });

  it('readQuoted strips one level of "> " and the attribution line', () => {
    expect(readQuoted('On Mon, Bob wrote:\n> Hello?\n> > older').text).toBe('Hello?\n> older');
  });
});

describe('readQuoted: the message being replied to, and who wrote it', () => {
  it.each([
    ['On Mon, Mar 2, 2026 at 9:00 AM Sari Dewi <sari@example.co> wrote:\n> When is the launch?', { name: 'Sari Dewi', address: 'sari@example.co' }],
    ['Pada Sen, 3 Mar 2025 pukul 10.15 Budi Santoso <budi@majujaya.co.id> menulis:\n> Kapan rapatnya?', { name: 'Budi Santoso', address: 'budi@majujaya.co.id' }],
    ['-----Original Message-----\nFrom: Tom Lee [mailto:tom@client.example]\nSent: Monday, March 2, 2026 9:00 AM\nTo: Ana\nSubject: launch\n\nWhen is the launch?', { name: 'Tom Lee', address: 'tom@client.example' }],
  ])('%s', (quoted, author) => {
    const r = readQuoted(quoted);
    expect(r.author).toEqual(author);
    expect(r.text.trim()).toMatch(/^(When is the launch\?|Kapan rapatnya\?)$/);
    expect(r.forward).toBe(false);
  });

  it('a forward owes no answers, in English and Indonesian Gmail', () => {
    expect(readQuoted('---------- Forwarded message ---------\nFrom: A <a@x.co>\n\nWhy was it not sent??').forward).toBe(true);
    expect(readQuoted('---------- Pesan terusan ---------\nDari: A <a@x.co>\n\nKenapa belum dikirim??').forward).toBe(true);
  });
});

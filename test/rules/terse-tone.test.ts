import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';

const terse = (text: string, quoted?: string, options = {}) =>
  analyze(text, { quoted: quoted ?? null, options }).findings.filter((f) => f.rule === 'terse-tone');

describe('terse-tone', () => {
  it.each(['ok', 'k.', 'noted', 'Oke', 'siap', 'sip', '👍', 'ok noted', 'siap kak', 'oke, makasih', 'Noted, thanks!'])('a bare "%s" to a substantive message', (ack) => {
    const [f] = terse(ack, 'Could you look at the attached contract and tell me if clause 4 works for you?');
    expect(f).toBeDefined();
    expect(f!.text).toBe(ack);
    expect(f!.suggestions.length).toBe(2);
  });

  it('a short reply with content is not a bare acknowledgement', () => {
    expect(terse('ok, will send Friday 3 PM', 'Could you look at the contract?')).toEqual([]);
    expect(terse('siap kak, besok jam 10 saya kirim', 'Kak, tolong kirim kontraknya ya.')).toEqual([]);
  });

  it('a bare "ok" to a one-line FYI is fine, unless strict', () => {
    expect(terse('ok', 'FYI: lunch.')).toEqual([]);
    expect(terse('ok', 'FYI: lunch.', { sensitivity: 'strict' })).toHaveLength(1);
  });

  it.each([
    ['As I said, the numbers are final.', 'As I said', 'To recap'],
    ['Per my last email, the deadline is Friday.', 'Per my last email', 'Following up on my last email'],
    ['Please be patient, I am on it.', 'Please be patient', 'Thanks for your patience'],
    ["Why haven't you sent the file?", "Why haven't you", 'Could you let me know when you can'],
    ['Sabar ya, lagi dikerjain.', 'Sabar ya', 'Terima kasih atas kesabarannya'],
    ['Kenapa belum dikirim?', 'Kenapa belum', 'Boleh tahu kapan bisa'],
    ['Kan sudah saya bilang, file-nya di drive.', 'Kan sudah saya bilang', 'Sebagai pengingat'],
  ])('defensive or impatient: %s', (text, phrase, instead) => {
    const f = terse(text).find((x) => x.text === phrase);
    expect(f).toBeDefined();
    expect(f!.suggestions[0]!.replacement.text).toBe(instead);
  });

  it('shouting in capitals, but not acronyms', () => {
    const [f] = terse('I NEED THIS TODAY.');
    expect(f!.text).toBe('I NEED THIS TODAY');
    expect(f!.suggestions[0]!.text).toBe('I need this today');
    expect(terse('Please send the PDF and the NDA by 3 PM, thanks.')).toEqual([]);
  });

  it('calms acronyms that are also words inside a shouted run ("IT", "AM"), and keeps the others', () => {
    expect(terse('PLEASE SEND IT NOW').map((f) => f.suggestions[0]!.text)).toContain('Please send it now');
    expect(terse('I AM WAITING FOR THE PDF').map((f) => f.suggestions[0]!.text)).toContain('I am waiting for the PDF');
  });

  it('repeated "!!" and "??"', () => {
    const f = terse('Where is the file??').find((x) => x.text === '??');
    expect(f!.suggestions[0]!.replacement.text).toBe('?');
  });

  it('an order with no softener gets a softer rewrite', () => {
    const f = terse('Send me the invoice by Friday 3 PM.').find((x) => x.severity === 'info' && x.text.startsWith('Send'));
    expect(f!.suggestions[0]!.text).toBe('Could you please send me the invoice by Friday 3 PM?');
    expect(terse('Could you send me the invoice by Friday 3 PM?')).toEqual([]);
    expect(terse('Tolong kirim invoice-nya Jumat jam 15.00 ya.')).toEqual([]);
  });

  it('phrases the user always wants flagged', () => {
    const f = terse('Whatever works, fine by me.', undefined, { alwaysTerse: ['whatever works'] });
    expect(f.map((x) => x.text)).toContain('Whatever works');
  });
});

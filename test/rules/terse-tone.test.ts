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

describe('terse-tone on real mail: what is not shouting or curt', () => {
  it.each([
    'Please send the file to PT MAJU JAYA and BUDI SANTOSO today.', // names in capitals
    'The OJK and BPJS forms are attached.', // acronyms
    'Find all documents where foo exists in A OR B OR C.', // query syntax
    'Thanks again for all of your hard work!!!', // warmth
    'Is this the right build (??) or the old one?', // the writer's own doubt
  ])('%s', (text) => {
    expect(terse(text)).toEqual([]);
  });

  it('a heading in capitals above the message is not shouting; a shouted sentence is', () => {
    expect(terse('NOTICE TO ALL INTERESTED PARTIES\nThe call on Friday at 10 AM is cancelled.')).toEqual([]);
    expect(terse('Hi Tom,\nI NEED THIS TODAY.').map((f) => f.text)).toContain('I NEED THIS TODAY');
  });

  it('"noted" to an announcement that asks nothing is fine; "as I mentioned" and "why don\'t you" are not reproaches', () => {
    expect(terse('Noted Bu, makasih.', 'Dengan hormat, mulai bulan depan slip gaji dapat diunduh melalui aplikasi HRIS setiap tanggal 25.')).toEqual([]);
    expect(terse('As I mentioned in my voice mail, we met today with the team.')).toEqual([]);
    expect(terse("Why don't you give me a call this afternoon.")).toEqual([]);
  });

  it('"sabar" told to the reader is impatient; thanking them for patience is not', () => {
    expect(terse('Sabar ya Pak, lagi aku finishing.').map((f) => f.text)).toContain('Sabar ya');
    expect(terse('Makasih udah sabar, Kak!')).toEqual([]);
    expect(terse('Tolong dibaca dulu ya sebelum meeting internal besok jam 10.')).toEqual([]);
    expect(terse('Rob, baca dulu dong emailnya.').map((f) => f.text)).toContain('baca dulu dong');
  });

  it('deflecting blame, in both languages', () => {
    expect(terse("That's not my problem, talk to logistics.").map((f) => f.text)).toContain('not my problem');
    expect(terse('Itu bukan urusan saya, tanya ke gudang aja.').map((f) => f.text)).toContain('bukan urusan saya');
  });

  it('sarcasm and condescension', () => {
    expect(terse('Did you even read my email?').length).toBeGreaterThan(0);
    expect(terse('For the third time, the file is in the drive.').length).toBeGreaterThan(0);
  });
});

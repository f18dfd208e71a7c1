import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';

const flagged = (text: string, quoted?: string) =>
  analyze(text, { quoted: quoted ?? null }).findings.filter((f) => f.rule === 'missing-deadline');

describe('missing-deadline', () => {
  it.each([
    'Could you send me the signed contract?',
    'Please review the attached proposal.',
    "I'll send you the updated figures.",
    'We will get back to you with a quote.',
    'Tolong kirim kontraknya ya.',
    'Mohon dicek proposal terlampir.',
    'Saya akan kirim revisinya.',
    "Aku kirim file-nya ke email kamu, I'll let you know.",
  ])('flags a request or promise with no time: %s', (text) => {
    const [f] = flagged(text);
    expect(f).toBeDefined();
    expect(f!.text).toBe(text);
    expect(f!.suggestions[0]!.replacement).toMatchObject({ start: 0, end: text.length });
  });

  it.each([
    'Could you send me the signed contract by Friday 3 PM?',
    "I'll send you the updated figures tomorrow at 10 AM.",
    'Tolong kirim kontraknya paling lambat Senin pukul 10.00 ya.',
    'Saya kirim revisinya besok jam 13.00.',
    'Let me know if you have any questions.',
    'Please find attached the signed contract.',
    'Thanks for the update, the numbers look right.',
    'Terlampir laporan bulan ini.',
    'Click here to start shopping.',
    'I look forward to hearing from you.',
    "Don't worry, we can help.",
    'If you are interested, please reply to this email.',
    'Please try again later.',
    'Kalau ada pertanyaan, silakan hubungi saya.',
  ])('leaves alone: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('accepts a time given in the next sentence', () => {
    expect(flagged("I'll send the figures over. You will have them by Friday at 3 PM.")).toEqual([]);
  });

  it('suggests adding a deadline in the sentence language', () => {
    expect(flagged('Could you send me the signed contract?')[0]!.suggestions[0]!.text).toBe(
      'Could you send me the signed contract by tomorrow at 1 PM?',
    );
    expect(flagged('Tolong kirim kontraknya ya.')[0]!.suggestions[0]!.text).toBe('Tolong kirim kontraknya besok paling lambat jam 13.00 ya.');
  });

  it('speaks Indonesian to an Indonesian draft', () => {
    expect(flagged('Saya akan kirim revisinya.')[0]!.message).toMatch(/Janji ini tidak menyebut waktu/);
  });

  it('flags a bare acceptance of a quoted request, with the request turned into a concrete promise', () => {
    const [f] = flagged('siap', 'Mas, tolong kirim laporan keuangannya besok ya.');
    expect(f!.message).toMatch(/menerima permintaan/);
    expect(f!.suggestions[0]!.text).toBe('Baik, saya kirim laporan keuangannya besok paling lambat jam 13.00 ya. Apakah waktunya cocok?');
  });

  it('a bare acceptance of a request that already names a concrete time accepts that time', () => {
    expect(flagged('ok noted', 'Tolong update datanya sebelum rapat hari Senin jam 9 ya.')).toEqual([]);
    expect(flagged('ok', 'Can you send the contract by Friday at 3 PM?')).toEqual([]);
  });

  it('does not flag a bare acceptance of a message with no request', () => {
    expect(flagged('ok', 'FYI, the office is closed on Monday.')).toEqual([]);
  });
});

describe('missing-deadline on real mail: only asks that want a time', () => {
  it.each([
    'Please call me at 713-853-6057.', // a pointer to a number
    'For questions, please contact your account executive.', // a standing instruction
    'If you need anything, please let me know.', // an offer
    'Bersama ini saya teruskan surat dari OJK terkait permintaan data.', // handing over now
    'I already sent the deck.', // done
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('a time stated beside the ask, or a deadline stated in the draft, covers it', () => {
    expect(flagged('Bisa tolong dicek siapa yang pegang? Kita harus kasih update ke user paling lambat jam 17.00.')).toEqual([]);
    expect(flagged("I'm off on Friday, May 26. Brenda: please provide coverage for my desk.")).toEqual([]);
    expect(flagged('Input is needed by Wednesday. Please review the attached arguments.')).toEqual([]);
  });

  it('a circular to a group ("Assistants, please forward to your groups.") is shown only when strict', () => {
    const text = 'Assistants, please forward the menu to your groups.';
    expect(flagged(text)).toEqual([]);
    expect(analyze(text, { options: { sensitivity: 'strict' } }).findings.map((f) => f.rule)).toContain('missing-deadline');
  });

  it('at most two per draft, the strongest', () => {
    const draft = 'Please send the contract. Please review the deck. Please sign the NDA. Please confirm the venue.';
    expect(flagged(draft)).toHaveLength(2);
  });

  it('places the time at the end of the clause that holds the action', () => {
    const [f] = flagged('Could you send me the deck so I can prepare the board pack?');
    expect(f!.suggestions[0]!.replacement.text).toBe('Could you send me the deck by tomorrow at 1 PM so I can prepare the board pack?');
    const [g] = flagged('Tolong kirim laporannya ya.');
    expect(g!.suggestions[0]!.replacement.text).toBe('Tolong kirim laporannya besok paling lambat jam 13.00 ya.');
  });

  it("a promise to someone else is the writer's own to-do: shown only when strict", () => {
    const text = 'I will mail the checks and money to Barb.';
    expect(flagged(text)).toEqual([]);
    expect(analyze(text, { options: { sensitivity: 'strict' } }).findings.map((f) => f.rule)).toContain('missing-deadline');
  });
});

describe('missing-deadline: minutes and one-word asks', () => {
  it('an action item with no date, among items with dates, gets its own', () => {
    const draft = [
      'Berikut notulen rapat kemarin.',
      '1. Penanggung jawab: Sdr. Rendy — menyusun jadwal percepatan, paling lambat Rabu, 14 Mei 2025.',
      '2. Penanggung jawab: Ibu Melisa — menindaklanjuti ke dinas terkait.',
      'Rapat berikutnya Kamis, 22 Mei 2025 pukul 13.00 WIB.',
    ].join('\n');
    const found = flagged(draft);
    expect(found.map((f) => f.text)).toEqual(['Penanggung jawab: Ibu Melisa — menindaklanjuti ke dinas terkait.']);
    expect(found[0]!.suggestions[0]!.replacement.text).toBe('Penanggung jawab: Ibu Melisa — menindaklanjuti ke dinas terkait, paling lambat besok jam 13.00.');
  });

  it('"Comments?" closing a proposal asks when', () => {
    const [f] = flagged("I've made some changes before sending it to GE.\n\nComments?");
    expect(f!.text).toBe('Comments?');
    expect(f!.suggestions[0]!.replacement.text).toBe('Comments by tomorrow at 1 PM?');
  });
});

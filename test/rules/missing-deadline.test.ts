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

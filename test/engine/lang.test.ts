import { describe, expect, it } from 'vitest';
import { detectLang, detectMessageLang, langScores } from '../../src/engine/lang';

describe('detectLang', () => {
  it.each([
    ['Please send the report by Friday.', 'en'],
    ['Could you let me know when you are free?', 'en'],
    ['noted', 'en'],
    ['Tolong kirim laporannya hari ini ya.', 'id'],
    ['Baik, saya kirim press release-nya besok paling lambat jam 13.00 ya.', 'id'],
    ['Apakah waktunya cocok?', 'id'],
    ['sabar ya, lagi dikerjain', 'id'],
    ['kenapa belum dikirim?', 'id'],
    ['udh dikirim blm kak?', 'id'],
    ['min, cara menambah masa aktif kartu gmna?', 'id'],
  ] as const)('%s → %s', (sentence, lang) => {
    expect(detectLang(sentence)).toBe(lang);
  });

  it('calls a code-mixed sentence mixed', () => {
    expect(detectLang("oke, I'll email you tomorrow at 1 PM the latest ya")).toBe('mixed');
    expect(detectLang("Thanks ya, I'll check it nanti")).toBe('mixed');
    // One English word in an Indonesian sentence does not make it mixed.
    expect(detectLang('Thanks ya, nanti aku cek dulu')).toBe('id');
    expect(detectLang('Saya sudah kirim, please check your inbox and let me know')).toBe('mixed');
  });

  it('keeps Indonesian with loanwords Indonesian instead of mixed', () => {
    expect(detectLang('tolong share file-nya ya')).toBe('id');
    expect(detectLang('nanti aku email ya')).toBe('id');
    expect(detectLang('Meeting-nya jadi besok?')).toBe('id');
  });

  it('reads short Indonesian replies as Indonesian and a bare "ok" as neutral (English)', () => {
    expect(detectLang('oke')).toBe('id');
    expect(detectLang('siap')).toBe('id');
    expect(detectLang('makasih')).toBe('id');
    expect(langScores('ok')).toEqual({ en: 0, id: 0 });
    expect(detectLang('ok')).toBe('en');
    expect(detectLang('')).toBe('en');
  });

  it('ignores names, URLs, addresses and numbers', () => {
    // "Dan" and "Ada" are Indonesian words but here they are names.
    expect(detectLang('Hi Dan, the report is attached.')).toBe('en');
    expect(detectLang('Thanks, Ada, that helps.')).toBe('en');
    expect(langScores('https://example.com/ini-itu-dan-yang budi@kantor.co.id 13.00 2026')).toEqual({ en: 0, id: 0 });
    expect(detectLang('Lihat https://docs.example.com/the-guide-for-you ya')).toBe('id');
  });
});

describe('detectMessageLang', () => {
  it('weighs the whole message, so an Indonesian greeting does not make an English mail mixed', () => {
    expect(detectMessageLang(['Halo Pak,', 'I wanted to follow up on the contract we discussed last week.', 'Could you send me the signed copy by Friday?', 'Thanks!'])).toBe('en');
    expect(detectMessageLang(['Selamat pagi Bu,', 'Terlampir laporan bulan ini.', 'Mohon dicek dan dikabari jika ada revisi.', 'Thanks'])).toBe('id');
  });

  it('calls a message that really switches languages mixed', () => {
    expect(detectMessageLang(['Hi team, the draft is ready for review.', 'Tolong dicek ya, kalau ada masukan kabari saya sebelum hari Jumat.'])).toBe('mixed');
  });

  it('ignores sentences with no evidence and defaults to English', () => {
    expect(detectMessageLang([])).toBe('en');
    expect(detectMessageLang(['ok', '👍'])).toBe('en');
    expect(detectMessageLang(['ok', 'siap pak'])).toBe('id');
  });
});

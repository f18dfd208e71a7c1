import { describe, expect, it } from 'vitest';
import { indonesianRegister, indonesianSignals } from '../../../src/engine/id/signals';

const read = indonesianSignals;

describe('indonesianSignals: short replies', () => {
  it.each(['oke', 'siap', 'ok', 'sip'])('"%s" is an acknowledgement: no request, promise or question', (s) => {
    expect(read(s)).toMatchObject({ isRequest: false, isCommitment: false, isQuestion: false });
  });

  it('"besok ya" alone asks and promises nothing', () => {
    expect(read('besok ya')).toMatchObject({ isRequest: false, isCommitment: false, isQuestion: false });
  });
});

describe('indonesianSignals: requests', () => {
  it.each([
    'tolong kirim press release-nya besok',
    'Mohon dicek lampirannya.',
    'Saya minta file-nya hari ini.',
    'Bisa kirim file-nya hari ini?',
    'Bisakah Bapak mengirimkan laporannya?',
    'Boleh minta nomor HP-nya?',
    'Harap isi formulir ini.',
    'Silakan isi formulir terlampir.',
    'Kirimkan laporannya hari ini.',
    'kirim ya',
    'share dong',
    'tolong share file-nya ya',
    'Please cek email saya ya.',
    'Kabari saya kalau sudah siap ya.',
    'Infokan jadwalnya ke tim.',
    'Ditunggu kabarnya ya kak.',
    'Jangan lupa lampirkan invoice-nya.',
    'tlg dicek ya min',
    'Pak, apakah bisa dikirim besok?',
    'Info ya kalau sudah sampai.',
    'Email aku dong file-nya.',
    'Berikan opsi untuk mematikan notifikasi.',
    'Perhatikan jadwalnya ya.',
  ])('"%s" is a request', (s) => {
    expect(read(s).isRequest).toBe(true);
  });

  it.each([
    'Update: saya sudah kirim draf kedua.',
    'Info rapat besok jam 10 di ruang 3.',
    'Email ke klien sudah dikirim kemarin.',
    'Buat besok, saya siapkan materinya.',
    'Setelah ini kita rapat.',
    'Bahkan filenya belum dibuka.',
    'Penerima tidak ada konfirmasi ke kurir.',
    'Berdasarkan data kemarin, penjualan naik.',
    'Mohon maaf atas keterlambatannya.',
    'Saya harap semuanya lancar.',
    'Saya sudah konfirmasi ke tim.',
    'Laporannya sudah saya kirim kemarin.',
    'Terima kasih banyak, Pak.',
    'nanti aku email ya',
  ])('"%s" is not a request', (s) => {
    expect(read(s).isRequest).toBe(false);
  });
});

describe('indonesianSignals: commitments', () => {
  it.each([
    'Saya akan kirim laporannya besok.',
    'aku akan cek dulu',
    'Nanti saya kabari ya.',
    'nanti aku email ya',
    'aku kirim sore ini',
    'Saya kirim besok ya.',
    'Akan saya kirim besok pagi.',
    'Segera saya proses.',
    'Siap, saya cek dulu.',
    'Kami akan mengirimkan undangan minggu depan.',
    'Biar aku yang cek.',
    'Laporannya akan dikirim hari Jumat.',
    'Oke, sy kirimkan sore ini.',
    'Filenya saya kirim sore ini.',
    'Besok pagi kami kabari.',
    'Nanti kukirim ya.',
    'Besok kukabari.',
  ])('"%s" is a commitment', (s) => {
    expect(read(s).isCommitment).toBe(true);
  });

  it.each([
    'Saya sudah kirim kemarin.',
    'Saya tidak akan datang.',
    'Saya belum kirim.',
    'Boleh saya kirim besok?',
    'Apakah saya perlu kirim ulang?',
    'Saya lagi kirim filenya.',
    'Saya mau tanya soal jadwal.',
    'tolong kirim press release-nya besok',
    'Sudah kukirim kemarin.',
    'Sudah saya dm tapi belum dibalas.',
    'Nenek saya bayar tunai lagi.',
    'Saya melakukan transaksinya lewat ATM.',
    'Mohon saya diinformasikan jadwalnya.',
  ])('"%s" is not a commitment', (s) => {
    expect(read(s).isCommitment).toBe(false);
  });
});

describe('indonesianSignals: questions and their kind', () => {
  it.each([
    ['Kapan rapatnya?', 'when'],
    ['Jam berapa meeting-nya?', 'when'],
    ['kpn dikirim?', 'when'],
    ['Berapa harganya?', 'how-many'],
    ['Apakah waktunya cocok?', 'yes-no'],
    ['Apa sudah dikirim?', 'yes-no'],
    ['udh dikirim blm kak?', 'yes-no'],
    ['Sudahkah laporannya selesai', 'yes-no'],
    ['Pilih yang mana, A atau B?', 'which'],
    ['Bagaimana hasilnya?', 'open'],
    ['Siapa yang pegang proyek ini?', 'open'],
    ['Di mana lokasinya?', 'open'],
    ['kenapa belum dikirim?', 'open'],
    ['Mohon konfirmasi kehadiran Bapak/Ibu.', 'yes-no'],
    ['Boleh tahu statusnya sekarang.', 'open'],
    ['Kapan rapatnya', 'when'],
  ] as const)('"%s" asks (%s)', (s, kind) => {
    const r = read(s);
    expect(r.isQuestion).toBe(true);
    expect(r.questionKind).toBe(kind);
  });

  it.each([
    'Kita kapan-kapan ketemu ya.',
    'Apa saja boleh.',
    'Saya tidak tahu apa pun soal itu.',
    'Terima kasih.',
    'sabar ya, lagi dikerjain',
  ])('"%s" is not a question', (s) => {
    expect(read(s).isQuestion).toBe(false);
    expect(read(s).questionKind).toBeUndefined();
  });
});

describe('indonesianSignals: a commitment with a concrete time plus a question', () => {
  it('reads both parts of the sentence', () => {
    const r = read('Baik, saya kirim press release-nya besok paling lambat jam 13.00 ya. Apakah waktunya cocok?');
    expect(r).toMatchObject({ isCommitment: true, isQuestion: true, questionKind: 'yes-no', isRequest: false });
    expect(r.politeness).toBeGreaterThan(0);
  });
});

describe('indonesianSignals: politeness', () => {
  const p = (s: string): number => read(s).politeness;

  it('rewards thanks, apology, "mohon" and addressing the reader', () => {
    expect(read('Terima kasih banyak, Pak.').strategies).toEqual(expect.arrayContaining(['gratitude', 'deference']));
    expect(p('Terima kasih banyak, Pak.')).toBeGreaterThan(0.5);
    expect(p('makasih ya kak')).toBeGreaterThan(0.5);
    expect(read('Mohon maaf atas keterlambatannya.').strategies).toEqual(['apology']);
    expect(p('Mohon dicek lampirannya, Bu.')).toBeGreaterThan(p('tolong cek lampirannya'));
    expect(p('tolong cek lampirannya')).toBeGreaterThan(p('cek lampirannya'));
  });

  it('counts an indirect "bisa…?" request as politer than a bare order', () => {
    expect(read('Bisa kirim file-nya hari ini?').strategies).toContain('indirect');
    expect(p('Bisa kirim file-nya hari ini?')).toBeGreaterThan(p('Kirim file-nya hari ini.'));
    expect(read('Kirimkan laporannya hari ini.').strategies).toContain('bare-imperative');
    expect(p('Kirimkan laporannya hari ini.')).toBeLessThan(0);
  });

  it('lets "ya" soften, but not a defensive "sabar ya"', () => {
    expect(p('kirim ya')).toBeGreaterThan(p('kirim'));
    const sabar = read('sabar ya, lagi dikerjain');
    expect(sabar.strategies).toEqual(['defensive']);
    expect(sabar.politeness).toBeLessThanOrEqual(-0.5);
  });

  it.each([
    ['kenapa belum dikirim?', 'blame-question'],
    ['Kok belum dibalas?', 'blame-question'],
    ['cepetan kirim', 'rush'],
    ['buruan dong', 'rush'],
    ['Kamu harus kirim hari ini.', 'obligation'],
    ['Kan sudah saya bilang kemarin.', 'defensive'],
    ['lu kirim sekarang', 'rude-pronoun'],
    ['KIRIM SEKARANG JUGA', 'shouting'],
    ['Mana laporannya??', 'repeated-punctuation'],
  ])('"%s" is impolite (%s)', (s, strategy) => {
    const r = read(s);
    expect(r.strategies).toContain(strategy);
    expect(r.politeness).toBeLessThan(0);
  });

  it('stays within [-1, 1]', () => {
    expect(p('KENAPA BELUM DIKIRIM?? CEPETAN!!')).toBe(-1);
    expect(p('Selamat pagi Bapak, mohon maaf mengganggu, jika berkenan mohon dicek ya, terima kasih banyak, terima kasih.')).toBe(1);
  });

  it('does not read an acronym as shouting', () => {
    expect(read('Mohon kirim PDF dan NPWP sebelum 13.00 WIB ya').strategies).not.toContain('shouting');
  });
});

describe('indonesianSignals: English words inside Indonesian sentences', () => {
  it('is not confused by loan verbs and -nya on English words', () => {
    expect(read('tolong share file-nya ya')).toMatchObject({ isRequest: true, isCommitment: false, isQuestion: false });
    expect(read('nanti aku email ya')).toMatchObject({ isRequest: false, isCommitment: true });
    expect(read('Please review draft-nya sebelum Jumat ya')).toMatchObject({ isRequest: true });
    expect(read('Aku follow up ke vendor besok')).toMatchObject({ isCommitment: true, isRequest: false });
    expect(read('Meeting-nya jam berapa?')).toMatchObject({ isQuestion: true, questionKind: 'when' });
  });
});

describe('indonesianSignals: robustness', () => {
  it('reads nothing into empty text, symbols or words that are object keys in JavaScript', () => {
    for (const s of ['', '   ', '?!', '👍', 'constructor toString __proto__ hasOwnProperty']) {
      const r = read(s);
      expect(r.isRequest || r.isCommitment).toBe(false);
      expect(r.politeness).toBeGreaterThanOrEqual(-1);
    }
    expect(read('?').isQuestion).toBe(true);
  });

  it('reads a sentence in well under a millisecond', () => {
    const sentences = ['Baik, saya kirim press release-nya besok paling lambat jam 13.00 ya. Apakah waktunya cocok?', 'tolong share file-nya ya', 'kenapa belum dikirim?', 'Selamat pagi Bapak, mohon maaf mengganggu, jika berkenan mohon dicek ya, terima kasih.'];
    for (const s of sentences) read(s);
    const t0 = performance.now();
    for (let i = 0; i < 250; i++) for (const s of sentences) read(s);
    expect((performance.now() - t0) / 1000).toBeLessThan(1);
  });

  it('does not split a clause at the dot of a clock time', () => {
    expect(read('Jam 13.00 saya kirim ya.').isCommitment).toBe(true);
    expect(read('Jam 13.00 kirim ya.').isRequest).toBe(true);
  });

  it('promises with the commitment verb in any lead-in clause', () => {
    expect(read('Buat besok, saya siapkan materinya.').isCommitment).toBe(true);
  });
});

describe('indonesianRegister', () => {
  it('scores chat Indonesian below its formal rewrite', () => {
    const pairs = [
      ['udh dikirim blm kak?', 'Apakah sudah dikirim, Kak?'],
      ['gmn min, kok gak bisa login?', 'Bagaimana, Admin? Mengapa saya tidak bisa masuk?'],
      ['makasih ya, ntar aku cek', 'Terima kasih, nanti saya periksa.'],
      ['tlg kirim aja sekarang', 'Mohon dikirim sekarang saja.'],
    ];
    for (const [informal, formal] of pairs) expect(indonesianRegister(informal!)).toBeLessThan(indonesianRegister(formal!));
  });

  it('stays in [-1, 1] and is 0 with no markers', () => {
    expect(indonesianRegister('')).toBe(0);
    expect(indonesianRegister('Budi Jakarta')).toBe(0);
    for (const s of ['gak gak gak udh udh aja aja yaaa', 'tidak sudah belum terima kasih mohon Anda']) {
      expect(Math.abs(indonesianRegister(s))).toBeLessThan(1);
    }
    expect(indonesianRegister('gak gak gak udh udh aja aja yaaa')).toBeLessThan(-0.8);
    expect(indonesianRegister('tidak sudah belum terima kasih mohon Anda')).toBeGreaterThan(0.8);
  });
});

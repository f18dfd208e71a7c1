import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/engine/time';

/** The time spans of `text` as "text|C" (concrete) or "text|V" (vague). */
const spans = (text: string, extra?: string[]): string[] => findTimes(text, extra).map((t) => `${t.text}|${t.vague ? 'V' : 'C'}`);

describe('findTimes: concrete times', () => {
  it.each([
    ['I will send it tomorrow at 1 PM.', 'tomorrow at 1 PM'],
    ['Can we meet Friday 3 PM?', 'Friday 3 PM'],
    ['Please reply by 5pm today.', '5pm today'],
    ['The launch is on March 3.', 'March 3'],
    ['Due 3/15, thanks.', '3/15'],
    ['Deadline: 2026-03-15', '2026-03-15'],
    ['Call me at 10:30.', '10:30'],
    ['Send it by Monday noon.', 'Monday noon'],
    ['I need it EOD Friday.', 'EOD Friday'],
    ['Meet Fri 3pm?', 'Fri 3pm'],
    ['by the 15th', 'the 15th'],
    ['Results within 24 hours.', 'within 24 hours'],
    ['Saya kirim besok jam 13.00.', 'besok jam 13.00'],
    ['Tolong kirim paling lambat Senin pukul 10.00 ya.', 'Senin pukul 10.00'],
    ['Rapatnya hari Jumat jam 3 sore.', 'hari Jumat jam 3 sore'],
    ['Acara tanggal 15 Maret 2026.', 'tanggal 15 Maret 2026'],
    ['Kirim sebelum jam 12 siang.', 'jam 12 siang'],
    ['Kirim sebelum 13.00 WIB.', '13.00 WIB'],
    ['Akan kami proses dalam 2x24 jam.', 'dalam 2x24 jam'],
    ['Jumat depan kita bahas.', 'Jumat depan'],
    ['Saya cuti hari Minggu.', 'hari Minggu'],
    ['Rapat Jumat 13.00 ya.', 'Jumat 13.00'],
    ['Kirim besok, 09.30 WIB.', 'besok, 09.30 WIB'],
    ['Undangan: Senin, 10 Maret 2026 pukul 09.00.', 'Senin, 10 Maret 2026 pukul 09.00'],
    ['See you next Monday at 10.', 'next Monday at 10'],
    ['Saya kirim sore ini jam 4.', 'sore ini jam 4'],
    ['Saya kirim 3 jam lagi.', '3 jam lagi'],
    ['Tolong kirim sekarang juga.', 'sekarang juga'],
    ['Tolong kirim hari ini juga ya.', 'hari ini juga'],
    ['PLEASE SEND IT NOW!!', 'NOW'],
    ['Call me now, please.', 'now'],
    ['Deadline akhir Maret.', 'akhir Maret'],
    ['Due on the 3rd.', 'the 3rd'],
    ['Kumpulkan sebelum tgl 20.', 'tgl 20'],
  ])('%s → %s', (text, expected) => {
    expect(spans(text)).toEqual([`${expected}|C`]);
  });

  it('reads "now" as a time only where it ends the clause', () => {
    expect(spans('Now, about the budget.')).toEqual([]);
    expect(spans('We now have the signed file.')).toEqual([]);
  });

  it('treats a weekday alone as concrete in both languages (it names one calendar day)', () => {
    expect(spans('Please send it Friday.')).toEqual(['Friday|C']);
    expect(spans('Kirim hari Jumat ya.')).toEqual(['hari Jumat|C']);
    expect(spans('Jumat sore saya kirim.')).toEqual(['Jumat sore|C']);
  });
});

describe('findTimes: vague times', () => {
  it.each([
    ['Send it tomorrow.', 'tomorrow'],
    ['Please send ASAP.', 'ASAP'],
    ["I'll reply soon.", 'soon'],
    ['Let us talk next week.', 'next week'],
    ['I need it by EOD.', 'EOD'],
    ['Reply when you can.', 'when you can'],
    ['We should meet at some point.', 'at some point'],
    ["I'll do it later.", 'later'],
    ['Back in a bit.', 'in a bit'],
    ['Tolong kirim secepatnya.', 'secepatnya'],
    ['Nanti saya kirim.', 'Nanti'],
    ['Mohon segera dikirim.', 'segera'],
    ['Kapan-kapan kita ngopi.', 'Kapan-kapan'],
    ['besok ya', 'besok'],
    ['Minggu depan saya kabari.', 'Minggu depan'],
    ['secepatnya ya', 'secepatnya'],
    ['Nanti sore aku kirim.', 'Nanti sore'],
    ['Saya kirim besok pagi.', 'besok pagi'],
    ['Send it this afternoon.', 'this afternoon'],
    ['I need it by end of day today.', 'end of day today'],
    ['I need it by COB tomorrow.', 'COB tomorrow'],
    ['Laporan akhir bulan ya.', 'akhir bulan'],
    ['The price is 12.50 today.', 'today'],
  ])('%s → %s', (text, expected) => {
    expect(spans(text)).toEqual([`${expected}|V`]);
  });
});

describe('findTimes: spans and boundaries', () => {
  it('gives offsets into the text it was given', () => {
    const text = "oke, I'll email you tomorrow at 1 PM the latest ya";
    const [t] = findTimes(text);
    expect(t).toEqual({ start: 20, end: 36, text: 'tomorrow at 1 PM', vague: false });
    expect(text.slice(t!.start, t!.end)).toBe(t!.text);
  });

  it('finds several non-overlapping times in order, longest match first', () => {
    const text = 'Saya kirim draf besok, revisinya minggu depan, finalnya Jumat 15.00 WIB.';
    const found = findTimes(text);
    expect(found.map((t) => [t.text, t.vague])).toEqual([['besok', true], ['minggu depan', true], ['Jumat 15.00 WIB', false]]);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it('does not read greetings, other words or numbers as times', () => {
    expect(spans('Selamat pagi Pak, terima kasih.')).toEqual([]);
    expect(spans('Good morning team!')).toEqual([]);
    expect(spans('We are open 24/7 and it weighs 12.75 kg.')).toEqual([]);
    expect(spans('At the end of the day, it is your call.')).toEqual([]);
    expect(spans('I may go, no later than you.')).toEqual([]);
    expect(spans('I am at 3 locations.')).toEqual([]);
    expect(spans('Minggu lalu saya cuti.')).toEqual([]);
    expect(spans('Now, about the budget.')).toEqual([]);
    expect(spans('Mau makan apa? Saya sudah tahu.')).toEqual([]);
    expect(spans('There are 3/4 of them, save 1/2 off, a 1 1/2 hours meeting.')).toEqual([]);
    expect(spans('Score: 3/4')).toEqual(['3/4|C']); // a real limit: a bare fraction that is also a valid day/month
  });

  it('keeps a deadline word between a day and an hour inside one expression', () => {
    expect(spans('Saya kirim besok paling lambat jam 13.00 ya.')).toEqual(['besok paling lambat jam 13.00|C']);
    expect(spans('I will send it tomorrow, no later than 5 pm.')).toEqual(['tomorrow, no later than 5 pm|C']);
    expect(spans('Kirim Senin sebelum jam 10.')).toEqual(['Senin sebelum jam 10|C']);
  });

  it('keeps "no later than" as a deadline word, not as the vague "later"', () => {
    expect(spans('Reply no later than 5 pm.')).toEqual(['5 pm|C']);
  });

  it('separates two vague phrases next to each other', () => {
    expect(spans('soon, later')).toEqual(['soon|V', 'later|V']);
  });

  it('adds user phrases as vague, case-insensitive, whole words only', () => {
    expect(spans('I will send it after lunch, After Lunch at the latest.', ['after lunch'])).toEqual(['after lunch|V', 'After Lunch|V']);
    expect(spans('nanti habis makan siang ya', ['habis makan siang'])).toEqual(['nanti|V', 'habis makan siang|V']);
    expect(spans('thereafter lunching', ['after lunch'])).toEqual([]);
    expect(spans('send it after lunch', ['', '  '])).toEqual([]);
  });

  it('lets a clock time make a user phrase concrete', () => {
    expect(spans('after lunch at 2pm', ['after lunch'])).toEqual(['after lunch at 2pm|C']);
  });

  it('is fast enough for a long draft', () => {
    const text = 'Tolong kirim laporannya besok jam 13.00 ya, atau paling lambat Jumat. I will reply soon, maybe next week. '.repeat(200);
    const t0 = performance.now();
    const found = findTimes(text);
    const ms = performance.now() - t0;
    expect(found).toHaveLength(800);
    expect(ms).toBeLessThan(200);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';

const flagged = (text: string) => analyze(text).findings.filter((f) => f.rule === 'vague-time');

describe('vague-time', () => {
  it.each([
    ["I'll send it ASAP.", 'ASAP', 'today by 1 PM'],
    ['Could you reply soon?', 'soon', 'by tomorrow, 1 PM'],
    ['We will finish it next week.', 'next week', 'by Monday next week, 1 PM'],
    ['Please send the deck tomorrow.', 'tomorrow', 'tomorrow by 1 PM'],
    ['Tolong kirim secepatnya ya.', 'secepatnya', 'hari ini paling lambat jam 13.00'],
    ['Saya kirim besok ya.', 'besok', 'besok jam 13.00'],
    ['Nanti saya kabari.', 'Nanti', 'Hari ini jam 13.00'],
    ["oke, I'll email you tomorrow ya", 'tomorrow', 'tomorrow by 1 PM'],
  ])('%s → "%s" becomes "%s"', (text, vague, concrete) => {
    const [f] = flagged(text);
    expect(f).toBeDefined();
    expect(f!.text).toBe(vague);
    expect(text.slice(f!.start, f!.end)).toBe(vague);
    expect(f!.suggestions[0]!.replacement.text).toBe(concrete);
  });

  it.each([
    "I'll send it tomorrow at 1 PM.",
    'Could you reply by Friday 3 PM?',
    'Saya kirim besok jam 13.00.',
    'Tolong kirim paling lambat Senin pukul 10.00 ya.',
    'See you soon!',
    'Hope you have a good week.',
  ])('leaves alone: %s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('explains itself in the draft language', () => {
    expect(flagged("I'll send it ASAP.")[0]!.message).toMatch(/vague/);
    expect(flagged('Tolong kirim secepatnya ya.')[0]!.message).toMatch(/kurang jelas/);
  });

  it('treats user-supplied vague phrases as vague', () => {
    const r = analyze("I'll send it in a jiffy.", { options: { extraVague: ['in a jiffy'] } });
    expect(r.findings.filter((f) => f.rule === 'vague-time').map((f) => f.text)).toEqual(['in a jiffy']);
  });
});

describe('vague-time on real mail: only the time of the ask', () => {
  it.each([
    'We have new people starting next week, so I will send you an updated list.', // the time is the other clause's
    'Mohon kabari kami waktu yang Mas pilih agar dapat segera kami konfirmasi.', // a purpose clause
    'Bukti penerimaan akan segera kami kirimkan setelah pelaporan.', // tied to an event
    'Kalau cocok, nanti aku kirim invite-nya.', // after a condition, "nanti" is "then"
    'We will release it as soon as the invoices clear.', // a set phrase
    'Galon buat ruang panitia nanti aku beli H-1 aja.', // "H-1" is the due day
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  it('a same-day or day-and-part time shows only when strict', () => {
    const text = 'Saya kirim invoice-nya sore ini ya.';
    expect(flagged(text)).toEqual([]);
    const [f] = analyze(text, { options: { sensitivity: 'strict' } }).findings.filter((x) => x.rule === 'vague-time');
    // the afternoon stays the afternoon: not the default 1 PM
    expect(f!.suggestions[0]!.replacement.text).toBe('hari ini jam 16.00');
    expect(analyze('I will send it this afternoon.', { options: { sensitivity: 'strict' } }).findings.find((x) => x.rule === 'vague-time')!.suggestions[0]!.text).toBe('this afternoon by 4 PM');
  });

  it('"by end of this week" (a deadline already, shown only when strict) becomes a day, with one "by"', () => {
    const text = 'Could you confirm the option by end of this week?';
    expect(flagged(text)).toEqual([]);
    const [f] = analyze(text, { options: { sensitivity: 'strict' } }).findings.filter((x) => x.rule === 'vague-time');
    expect(f!.suggestions[0]!.replacement.text).toBe('Friday, 1 PM');
  });
});

describe('vague-time: a promise that waits on the writer\'s own work', () => {
  it('keeps its event and gains a latest time, in the draft\'s language', () => {
    const id = 'Kami akan segera menginformasikan kepada Bapak setelah prosesnya selesai.';
    const [f] = analyze(id).findings.filter((x) => x.rule === 'vague-time');
    expect(f!.text).toBe('segera');
    expect(f!.message).toMatch(/paling lambat/);
    expect(f!.suggestions[0]!.replacement.text).toBe('Kami akan segera menginformasikan kepada Bapak setelah prosesnya selesai, paling lambat besok jam 13.00.');
    const en = "I'll send the report as soon as possible once it's done.";
    const [g] = analyze(en).findings.filter((x) => x.rule === 'vague-time');
    expect(g!.suggestions[0]!.replacement.text).toBe("I'll send the report as soon as possible once it's done, by tomorrow at 1 PM at the latest.");
  });

  it('"shortly" is nearly now: shown only when strict', () => {
    const text = "I'll send you the listing shortly.";
    expect(flagged(text)).toEqual([]);
    expect(analyze(text, { options: { sensitivity: 'strict' } }).findings.filter((x) => x.rule === 'vague-time').map((x) => x.text)).toEqual(['shortly']);
  });
});

// The rules that read who the client is: register-mismatch, wrong-name, missing-attachment, language-mismatch,
// and terse-tone's internal reader. In English, Indonesian and mixed, with drafts that pass and drafts that fail.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import type { Conversation } from '../../src/engine/conversation';
import type { AnalyzeOptions, Finding } from '../../src/engine/types';
import { REGISTER } from '../../src/engine/id/register';

const run = (rule: string, text: string, quoted: string | null = null, options: Partial<AnalyzeOptions> = {}): Finding[] =>
  analyze(text, { quoted, options: { rules: { [rule]: true }, ...options } }).findings.filter((f) => f.rule === rule);
/** What applying the first suggestion of each finding does to the draft. */
const applied = (text: string, findings: Finding[]): string =>
  [...findings].sort((a, b) => b.suggestions[0]!.replacement.start - a.suggestions[0]!.replacement.start).reduce((t, f) => {
    const r = f.suggestions[0]!.replacement;
    return t.slice(0, r.start) + r.text + t.slice(r.end);
  }, text);

const FORMAL = 'Dengan hormat,\nBapak Andi, mohon dikirimkan laporan bulan Maret paling lambat Jumat pukul 15.00. Terima kasih.\nHormat kami,\nRina Marlina';
const CASUAL = 'Halo Andi, laporan Maret udah ada belum? Kirim Jumat jam 3 aja ya, makasih!';

describe('register-mismatch', () => {
  it('an informal reply to a formal client: each informal word gets its formal form', () => {
    const draft = 'Makasih Bu, laporannya udah aku kirim, tp gak bisa dibuka ya?';
    const found = run('register-mismatch', draft, FORMAL);
    expect(found.map((f) => f.text)).toEqual(['Makasih', 'udah', 'aku', 'tp', 'gak']);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    expect(applied(draft, found)).toBe('Terima kasih Bu, laporannya sudah saya kirim, tetapi tidak bisa dibuka ya?');
  });

  it('the same casual reply in a casual thread is left alone', () => {
    expect(run('register-mismatch', 'Siap, makasih! Ntar aku kirim Jumat jam 3 ya.', CASUAL)).toEqual([]);
    expect(run('register-mismatch', 'Oke gan, udah gue kirim wkwk', 'Bro, file-nya udah belum? wkwk')).toEqual([]);
  });

  it('a formal reply to a formal client passes', () => {
    expect(run('register-mismatch', 'Baik Bu Rina, terima kasih. Laporan saya kirim Jumat pukul 15.00.', FORMAL)).toEqual([]);
  });

  it('reads every message by others in the thread, not only the last', () => {
    const conversation: Conversation = {
      messages: [
        { author: { name: 'Rina Marlina', address: 'rina@client.co.id' }, byWriter: false, text: 'Dengan hormat, Bapak Andi, mohon konfirmasi jadwal rapat. Terima kasih. Hormat kami, Rina' },
        { author: { name: 'Andi', address: 'andi@agency.co.id' }, byWriter: true, text: 'Baik Bu Rina, jadwal rapat Senin pukul 10.00.' },
        { author: { name: 'Rina Marlina', address: 'rina@client.co.id' }, byWriter: false, text: 'Baik, terima kasih Pak. Mohon dikirimkan agenda rapatnya.' },
      ],
    };
    const found = run('register-mismatch', 'Oke, agendanya ntar aku kirim.', null, { conversation });
    expect(found.map((f) => f.text)).toEqual(['ntar', 'aku']);
  });

  it('"kamu" to someone the draft calls Bapak becomes Bapak, even with no thread', () => {
    const draft = 'Selamat pagi Pak Andi, laporannya sudah kamu terima?';
    const [f] = run('register-mismatch', draft);
    expect(f?.text).toBe('kamu');
    expect(f!.suggestions.map((s) => s.text)).toEqual(['Bapak']);
    // a draft with no Bapak or Ibu, to nobody formal: kamu is fine
    expect(run('register-mismatch', 'Laporannya sudah kamu terima?')).toEqual([]);
  });

  it('"kak" to a formal client: Bapak or Ibu, whichever the writer means', () => {
    const [f] = run('register-mismatch', 'Terima kasih kak, laporannya saya kirim Jumat pukul 15.00.', FORMAL);
    expect(f?.text).toBe('kak');
    expect(f!.suggestions.map((s) => s.text)).toEqual(['Bapak', 'Ibu']);
  });

  it('a particle is dropped with its space; case is kept', () => {
    const draft = 'Mohon dicek dong laporannya. Gak ada revisi?';
    const found = run('register-mismatch', draft, FORMAL);
    expect(applied(draft, found)).toBe('Mohon dicek laporannya. Tidak ada revisi?');
  });

  it('acronyms are not slang: GA (General Affairs), KK (Kartu Keluarga), Km. 5', () => {
    expect(run('register-mismatch', 'Katering sudah saya infokan ke GA. Scan KK terbaru mohon dikirim ke Jl. Raya Km. 5.', FORMAL)).toEqual([]);
  });

  it('a draft that greets the reader by first name has set a casual footing', () => {
    const boss = 'Pada Sel, 11 Mar 2025 Dimas <dimas@x.co.id> menulis:\nPagi Bu Sari, mohon persetujuan cuti saya ya Bu. Terima kasih, Dimas';
    expect(run('register-mismatch', 'Pagi Dimas,\n\nSudah saya approve. Pastikan serah terima beres sebelum kamu berangkat.', boss)).toEqual([]);
    expect(run('register-mismatch', 'Pagi Pak Dimas,\n\nSudah saya approve. Pastikan serah terima beres sebelum kamu berangkat.', boss).map((f) => f.text)).toEqual(['kamu']);
  });

  it('English sentences of a mixed draft are not read for Indonesian slang', () => {
    expect(run('register-mismatch', 'Thanks, I will send the report on Friday at 3 PM.', FORMAL)).toEqual([]);
  });

  it('the lexicon: every entry has a reason, and words fine in formal mail are not in it', () => {
    for (const [w, e] of Object.entries(REGISTER)) expect(e.reason.length, w).toBeGreaterThan(5);
    for (const fine of ['kenapa', 'ya', 'ok', 'saya', 'tidak', 'kasih', 'kaya', 'tsb', 'terimakasih']) expect(Object.hasOwn(REGISTER, fine), fine).toBe(false);
  });
});

describe('wrong-name', () => {
  const alice = [{ name: 'Alice Wong', address: 'alice@client.example' }];
  it('a greeting to someone not among the recipients, with the recipient as the rewrite', () => {
    const [f] = run('wrong-name', 'Hi Tom,\n\nThe contract is signed.', null, { recipients: alice });
    expect(f?.text).toBe('Tom');
    expect(f!.suggestions[0]!.text).toBe('Alice');
    expect(applied('Hi Tom,\n\nThe contract is signed.', [f!])).toBe('Hi Alice,\n\nThe contract is signed.');
  });

  it('keeps the honorific: "Dear Pak Andi" to Budi becomes "Dear Pak Budi"', () => {
    const draft = 'Dear Pak Andi,\n\nKontraknya sudah kami tanda tangani.';
    const found = run('wrong-name', draft, null, { recipients: [{ name: 'Budi Santoso', address: 'budi@client.co.id' }] });
    expect(applied(draft, found)).toBe('Dear Pak Budi,\n\nKontraknya sudah kami tanda tangani.');
  });

  it.each([
    ['Hi Alice,', alice],
    ['Hello alice team', alice],
    ['Dear Ms Wong,', alice],
    ['Halo Pak Andi,', [{ address: 'andi.pratama@client.co.id' }]],
    ['Hi Tom,', [{ address: 'tbecker@client.example' }]],
    ['Hi Bob,', [{ name: 'Robert Lee', address: 'rlee@x.example' }]],
    ['Hi team,', alice],
    ['Dear Sir,', alice],
    ['Halo semua,', alice],
  ])('passes: %s', (greeting, recipients) => {
    expect(run('wrong-name', `${greeting}\n\nThe contract is signed.`, null, { recipients })).toEqual([]);
  });

  it('silent when the recipients are unknown', () => {
    expect(run('wrong-name', 'Hi Tom,\n\nThe contract is signed.')).toEqual([]);
  });

  it('a name from the thread counts: the quote\'s author and the conversation\'s people', () => {
    const conversation: Conversation = { messages: [{ author: { name: 'Sarah Lim', address: 'sarah@client.example' }, byWriter: false, text: 'Please confirm.' }] };
    expect(run('wrong-name', 'Hi Sarah,\n\nConfirmed.', null, { recipients: alice, conversation })).toEqual([]);
  });

  it('flags the one wrong name among several', () => {
    const found = run('wrong-name', 'Hi Alice and Dave,\n\nConfirmed.', null, { recipients: [...alice, { name: 'Sarah Lim', address: 'sarah@client.example' }] });
    expect(found.map((f) => f.text)).toEqual(['Dave']);
    expect(found[0]!.suggestions.map((s) => s.text)).toEqual(['Sarah']);
  });
});

describe('missing-attachment', () => {
  it.each([
    'Please find attached the signed contract.',
    "I've attached the deck for Thursday.",
    'The invoice is attached.',
    'See the attachment for the numbers.',
    'Terlampir laporan bulan Maret.',
    'Berikut saya lampirkan invoice-nya ya, Pak.',
    'Berikut lampirannya.',
    'File-nya saya kirim di sini ya.',
    'Hi Budi, attached the revised quote, tolong dicek ya.',
  ])('flags with no attachment: %s', (text) => {
    const [f] = run('missing-attachment', text, null, { attachments: 0 });
    expect(f).toBeDefined();
    expect(f!.severity).toBe('warning');
    expect(f!.message).toMatch(/attach|lampir/i);
    expect(f!.suggestions).toHaveLength(1);
  });

  it.each([
    'Thanks, I opened the file you attached.',
    'The attachment you sent does not open.',
    'Terima kasih, lampiran dari Bapak sudah kami terima.',
    'The file is not attached yet, I will send it tomorrow at 10 AM.',
    'Laporannya belum saya lampirkan, menyusul besok jam 10.00.',
    "I'll attach the deck once it is final.",
    'Could you attach the signed copy?',
    'Tolong lampirkan KTP Bapak.',
    'Did you get the attachment?',
  ])('passes: %s', (text) => {
    expect(run('missing-attachment', text, null, { attachments: 0 })).toEqual([]);
  });

  it('silent with a file attached, a Drive link, or when attachments are unknown', () => {
    expect(run('missing-attachment', 'Please find attached the contract.', null, { attachments: 1 })).toEqual([]);
    expect(run('missing-attachment', 'Terlampir laporannya: https://docs.google.com/spreadsheets/d/1', null, { attachments: 0 })).toEqual([]);
    expect(run('missing-attachment', 'Please find attached the contract.')).toEqual([]);
  });

  it('quoted text is not the writer\'s claim', () => {
    const draft = 'Thanks, received.\n\nOn Mon, Mar 2, 2026 at 9:00 AM Tom <tom@client.example> wrote:\n> Please find attached the contract.';
    expect(run('missing-attachment', draft, null, { attachments: 0 })).toEqual([]);
  });

  it('the rewrite adds how the file will come, in the draft\'s language', () => {
    const [f] = run('missing-attachment', 'Terlampir laporan bulan Maret.', null, { attachments: 0 });
    expect(applied('Terlampir laporan bulan Maret.', [f!])).toBe('Terlampir laporan bulan Maret. (File-nya saya kirim di email terpisah.)');
  });
});

describe('language-mismatch', () => {
  it('is off by default and says only info', () => {
    const text = 'Baik Pak, laporannya saya kirim besok jam 10.00 ya.';
    const quoted = 'Could you send me the report for this month? Thanks a lot.';
    expect(analyze(text, { quoted }).findings.filter((f) => f.rule === 'language-mismatch')).toEqual([]);
    const [f] = run('language-mismatch', text, quoted);
    expect(f?.severity).toBe('info');
    expect(f!.suggestions[0]!.text).toBe('Sorry for replying in Indonesian.');
  });
  it('a mixed draft, or one in their language, passes', () => {
    expect(run('language-mismatch', 'Oke, the report will be ready besok pagi ya, jam 10.00.', 'Could you send me the report for this month? Thanks.')).toEqual([]);
    expect(run('language-mismatch', 'Sure, I will send the report tomorrow at 10 AM.', 'Could you send me the report for this month? Thanks.')).toEqual([]);
  });
  it('English to an Indonesian client', () => {
    const [f] = run('language-mismatch', 'Sure, I will send the report tomorrow at 10 AM.', 'Selamat pagi, mohon dikirimkan laporan bulan ini ya. Terima kasih.');
    expect(f!.suggestions[0]!.text).toBe('Mohon maaf, saya membalas dalam bahasa Inggris.');
  });
});

describe('terse-tone and who reads it', () => {
  const quoted = 'Could you look at the attached contract and tell me if clause 4 works for you?';
  it('a bare "ok" to a colleague is info; to an outside address it stays a warning', () => {
    expect(run('terse-tone', 'ok', quoted, { internal: true })[0]?.severity).toBe('info');
    expect(run('terse-tone', 'ok', quoted, { internal: false })[0]?.severity).toBe('warning');
    expect(run('terse-tone', 'ok', quoted)[0]?.severity).toBe('warning');
  });
  it('shouting stays a warning to a colleague', () => {
    expect(run('terse-tone', 'I NEED THIS TODAY.', null, { internal: true })[0]?.severity).toBe('warning');
  });
});

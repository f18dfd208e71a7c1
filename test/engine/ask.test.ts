import { describe, expect, it } from 'vitest';
import { askIn } from '../../src/engine/ask';
import { isBulkMail, isProse } from '../../src/engine/prose';

describe('askIn: requests and promises that want a time', () => {
  it.each([
    ['Could you send me the signed contract?', 'request'],
    ['Please review the attached draft.', 'request'],
    ['I need you to sign the NDA.', 'request'],
    ["I'll send you the updated figures.", 'promise'],
    ['We will get back to you with a quote.', 'promise'],
    ['Tolong kirim kontraknya ya.', 'request'],
    ['Mohon dicek proposal terlampir.', 'request'],
    ['Saya akan kirim revisinya.', 'promise'],
    ['Nanti aku kabarin ya.', 'promise'],
  ])('%s → %s', (text, kind) => {
    const ask = askIn(text);
    expect(ask?.kind).toBe(kind);
    expect(ask!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    'I had to ask Dewi first.', // past tense
    'We met on Friday and agreed on the budget.', // a report
    "I'd go with the blue logo.", // an opinion
    'Rina and I will be at the expo.', // a plan that asks nothing
    'What about the Surabaya venue?', // a proposal
    'For questions, please contact your account executive.', // a standing instruction
    'Please call me at 713-853-6057.', // a pointer to a number
    'If you need anything, please let me know.', // an offer
    'I already sent the deck.', // done
    "I'll try to look at it.", // a try, not a promise
    'Saya sudah kirim kemarin.', // done
    'Kemarin saya sudah kirim file-nya ke Pak Budi.', // done
    'Saya rasa desain yang biru lebih cocok.', // an opinion
    'Silakan cek website kami untuk katalog lengkap.', // a pointer
    'Bersama ini saya teruskan surat dari OJK.', // forwarding now, not a promise
    'Kalau ada pertanyaan, silakan hubungi saya.', // an offer
    'const total = sum(rows);', // code
    'Invoices should be sent to finance@example.com.', // where, not when
  ])('not an ask: %s', (text) => {
    expect(askIn(text)).toBeNull();
  });

  it('a bare order is an ask, but a weak one: as often a standing instruction ("Prepare your expense report.")', () => {
    expect(askIn('Send me the invoice.')?.kind).toBe('request');
    expect(askIn('Send me the invoice.')!.confidence).toBeLessThan(0.6);
  });

  it('is less sure of "let me know" and of asks that wait on a condition', () => {
    expect(askIn('Please let me know what you think.')!.confidence).toBeLessThan(0.6);
    expect(askIn("I'll let you know when I hear from Stacy.")!.confidence).toBeLessThan(0.6);
    expect(askIn('Could you send me the report?')!.confidence).toBeGreaterThan(askIn('Could you send me the report once the audit is done?')!.confidence);
  });
});

describe('prose', () => {
  it('tells prose from code, logs, mangled text and footers', () => {
    expect(isProse('Could you send me the report?')).toBe(true);
    expect(isProse('at org.apache.hadoop.hive.serde2.avro.AvroSerDe.initialize(AvroSerDe.java:124)')).toBe(false);
    expect(isProse('curl -X POST -H "Content-type:application/json" --data-binary @file')).toBe(false);
    expect(isProse("they didn't put as much pressure on the QBs as the defenders p= ut on")).toBe(false);
    expect(isProse('Do You Yahoo!?')).toBe(false);
    expect(isProse('If you have received this e-mail in error, please notify the sender immediately and delete it.')).toBe(false);
    expect(isProse('Apabila Anda menerima email ini karena kekeliruan, mohon segera memberitahukan kepada pengirim.')).toBe(false);
  });

  it('bulk mail: unsubscribe footers, many links, a pasted article', () => {
    expect(isBulkMail('Big sale today!\nTo unsubscribe, click here.')).toBe(true);
    expect(isBulkMail('See http://a.co http://b.co http://c.co http://d.co http://e.co')).toBe(true);
    expect(isBulkMail('word '.repeat(800))).toBe(true);
    expect(isBulkMail('Hi Sam, could you send me the deck? Thanks, Ana')).toBe(false);
  });
});

describe('askIn: compound sentences and other people', () => {
  it('an offer in one clause does not undo a promise in the other', () => {
    const text = 'We are working on pulling some other information for you, but please give us a call if you need anything else.';
    const ask = askIn(text)!;
    expect(ask.kind).toBe('promise');
    expect(text.slice(ask.verbStart, ask.verbEnd)).toBe('pulling');
  });

  it('a promise done by someone else by name is weaker: "akan dikirimkan oleh Ibu Yuniarti"', () => {
    expect(askIn('Detail pemesanan akan dikirimkan oleh Ibu Yuniarti secara terpisah.')!.confidence).toBeLessThan(0.6);
    expect(askIn('Detail pemesanan akan kami kirimkan secara terpisah.')!.confidence).toBeGreaterThanOrEqual(0.6);
  });
});

describe('askIn: asks that real mail showed were missed', () => {
  it('"Comments?" closing a proposal asks for input; "Questions?" offers answers', () => {
    for (const text of ['Comments?', 'Any thoughts?', 'Ada masukan?', 'Tanggapannya, Pak?'.replace(', Pak', ' pak')]) {
      const ask = askIn(text);
      expect(ask?.kind, text).toBe('request');
      expect(ask!.confidence).toBeGreaterThanOrEqual(0.6);
    }
    expect(askIn('Questions?')).toBeNull();
    expect(askIn('Any comments on the venue are welcome.')).toBeNull();
  });

  it('an action item of minutes gives a task to someone by name', () => {
    const text = 'Penanggung jawab: Ibu Melisa — menindaklanjuti ke dinas terkait.';
    const ask = askIn(text)!;
    expect(ask.kind).toBe('request');
    expect(text.slice(ask.verbStart, ask.verbEnd)).toBe('menindaklanjuti');
    expect(askIn('Action: Tom - send the revised schedule to the board.')?.kind).toBe('request');
    // a heading with a colon and a dash is not an item
    expect(askIn('Agenda: budget — the numbers so far.')).toBeNull();
  });

  it('waiting on the writer\'s own work is no condition for the reader; waiting on others is', () => {
    const own = askIn('Kami akan segera menginformasikan kepada Bapak setelah prosesnya selesai.')!;
    expect(own).toMatchObject({ whenReady: true, conditional: false });
    expect(own.confidence).toBeGreaterThanOrEqual(0.6);
    expect(askIn("I'll send you the deck once it's ready.")).toMatchObject({ whenReady: true, conditional: false });
    expect(askIn('Kami akan mengabari Ibu kembali begitu barang tiba di Pontianak.')).toMatchObject({ whenReady: false, conditional: true });
    expect(askIn("I'll send the figures once the audit is done.")).toMatchObject({ whenReady: false, conditional: true });
  });

  it('"kepada Bapak" is the reader, not someone else', () => {
    expect(askIn('Saya akan mengirimkan laporannya kepada Bapak.')!.confidence).toBeGreaterThanOrEqual(0.6);
    expect(askIn('Saya akan mengirimkan laporannya kepada Rendy.')!.confidence).toBeLessThan(0.6);
  });
});

describe('askIn: the reader\'s yes and a key struck twice', () => {
  it('a promise waiting only on the reader\'s yes is as good as made; on something else, it is weaker', () => {
    const agreed = askIn('Kalau oke, nanti aku kirim draft kontraknya besok.')!;
    const other = askIn('Kalau hujan reda, nanti aku kirim draft kontraknya besok.')!;
    expect(agreed.confidence).toBeGreaterThanOrEqual(0.6);
    expect(other.confidence).toBeLessThan(0.6);
    expect(askIn("If that works for you, I'll send the contract tomorrow.")!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('a doubled letter does not hide the verb ("Please, rescheduule."), and an unknown word is no ask', () => {
    const text = 'Please, rescheduule.';
    const ask = askIn(text)!;
    expect(text.slice(ask.verbStart, ask.verbEnd)).toBe('rescheduule');
    expect(askIn('Please enjoy.')).toBeNull();
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, parseDate, parseNow } from '../../src/cli/dates';
import { formatText } from '../../src/cli/format';
import { readThread } from '../../src/cli/thread';
import { Analyzer } from '../../src/engine/analyze';
import type { Conversation } from '../../src/engine/conversation';
import type { AnalyzeOptions, Report } from '../../src/engine/types';
import { run } from './run';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'jelas-thread-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

/** Runs `fn` with the machine's zone set to `tz`, checking node took it. */
async function withTZ<T>(tz: string, fn: () => Promise<T> | T): Promise<T> {
  const old = process.env.TZ;
  process.env.TZ = tz;
  try {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz);
    return await fn();
  } finally {
    if (old === undefined) delete process.env.TZ;
    else process.env.TZ = old;
  }
}

describe('readThread: .mbox in English', () => {
  it('reads authors, the writer, exact times with their offsets, recipients, and each message\'s own text', async () => {
    const { messages } = await readThread(fixture('en-launch.mbox'), { me: 'SARI@example.co' });
    expect(messages.map((m) => m.author)).toEqual([
      { name: 'Sari Dewi', address: 'sari@example.co' },
      { name: 'Tom Becker', address: 'tom@acme.com' },
      { name: 'Lee, Ann', address: 'ann@acme.com' }, // a quoted display name with a comma
    ]);
    expect(messages.map((m) => m.byWriter)).toEqual([true, false, false]);
    expect(messages.map((m) => m.sentAt)).toEqual([utc(2026, 3, 2, 3, 0), utc(2026, 3, 3, 14, 15), utc(2026, 3, 3, 16, 2)]);
    expect(messages.map((m) => m.timeZone)).toEqual(['+07:00', '-05:00', '-05:00']);
    expect(messages.map((m) => m.recipients)).toEqual([2, 3, 2]);
    // quoted-printable with a soft line break, a ">From " line unescaped, the "-- " signature cut
    expect(messages[0]!.text).toBe(
      'Hi Tom,\n\nFrom our side everything is ready for the launch. I’ll send the final deck by Friday 5 PM, and the budget sheet once finance signs it off.\n\nBest,\nSari',
    );
    // multipart/alternative: the text/plain part; the signature and the wrapped "On …\nwrote:" history cut
    expect(messages[1]!.text).toBe('Hi Sari,\n\nThanks, that works. When is the launch? Could you also send me the signed contract?\n\nCheers,\nTom');
    // Outlook: windows-1252 quoted-printable (’), the name sign-off and the "From:/Sent:/To:" block cut
    expect(messages[2]!.text).toBe('Hi Sari,\n\nLet’s also confirm the venue. Is the venue booked for the 20th? Who will present the demo on stage?');
  });

  it('without --me no message is the writer\'s', async () => {
    const { messages } = await readThread(fixture('en-launch.mbox'));
    expect(messages.every((m) => !m.byWriter)).toBe(true);
  });
});

describe('readThread: .eml in Indonesian', () => {
  it('decodes encoded words and base64, and cuts the "Pada … menulis:" history and the signature', async () => {
    const { messages } = await readThread(fixture('id-rapat.eml'), { me: 'Sari Dewi <sari@example.co>' });
    expect(messages).toEqual([
      {
        author: { name: 'Budi Santoso', address: 'budi@klien.co.id' },
        byWriter: false,
        sentAt: utc(2026, 3, 3, 9, 40),
        timeZone: '+07:00',
        text: 'Halo Mbak Sari,\n\nTerima kasih atas draf kontraknya. Apakah lokasi acaranya sudah dipesan? Kapan Mbak bisa kirim jadwal rapat peluncurannya? Mohon kirim notulen rapat kemarin ya.\n\nTerima kasih,',
        recipients: 1,
      },
    ]);
  });
});

describe('readThread: .mbox mixing English and Indonesian', () => {
  it('makes an HTML-only message text, prefers text/plain over HTML, and knows the writer in any case', async () => {
    const { messages } = await readThread(fixture('mixed-anggaran.mbox'), { me: 'sari@example.co' });
    expect(messages.map((m) => [m.author.name, m.byWriter, m.sentAt, m.recipients])).toEqual([
      ['Rina Wulandari', false, utc(2026, 3, 4, 1, 0), 1],
      ['Sari Dewi', true, utc(2026, 3, 4, 3, 30), 1], // From: Sari@Example.co
      ['Rina Wulandari', false, utc(2026, 3, 5, 6, 0), 3],
    ]);
    // HTML only: the blockquote under "Pada … menulis:" and the name under "Thanks," are cut
    expect(messages[0]!.text).toBe('Hi Sari,\n\nTolong cek anggarannya ya. Kapan kita bisa meeting minggu ini?\n\nThanks,');
    expect(messages[1]!.text).toBe('Oke Rina, nanti aku kirim revisinya besok jam 10 ya.\n\nSalam,');
    // Gmail writes bold as *final* in text/plain; the HTML part would have given "final"
    expect(messages[2]!.text).toBe('Mbak Sari, budget-nya sudah *final*? Please confirm by today ya.\n\nThanks!');
  });
});

describe('readThread: dates', () => {
  it('a thread with no dates at all: no times, no zones, file order', async () => {
    const { messages } = await readThread(fixture('no-dates.mbox'), { me: 'sari@example.co' });
    expect(messages.map((m) => m.author.address)).toEqual(['tom@acme.com', 'sari@example.co', 'budi@klien.co.id']);
    expect(messages.map((m) => [m.sentAt, m.timeZone])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    expect(messages[1]).toMatchObject({ byWriter: true, text: 'Hi Tom, saya kirim deck-nya nanti ya.' });
    expect(messages[2]!.recipients).toBe(2);
  });

  it('a date years back, in daylight time west of UTC', async () => {
    const { messages } = await readThread(fixture('past-2019.eml'));
    expect(messages[0]).toMatchObject({ sentAt: utc(2019, 6, 14, 20, 45), timeZone: '-04:00', text: 'Hi Sari,\n\nDid you get the signed contract back from legal?\n\nThanks,' });
  });

  it('does not depend on the machine\'s zone', async () => {
    const read = () => Promise.all(['en-launch.mbox', 'id-rapat.eml', 'thread.json', 'no-dates.mbox'].map((f) => readThread(fixture(f), { me: 'sari@example.co' })));
    const west = await withTZ('America/Los_Angeles', read);
    const east = await withTZ('Asia/Tokyo', read);
    expect(east).toEqual(west);
    expect(west[2]!.messages[2]!.sentAt).toBe(utc(2026, 3, 4, 1, 30));
  });

  it('a date without a zone is a wall time in the message\'s zone, else UTC, whatever the machine\'s', async () => {
    await withTZ('America/New_York', () => {
      expect(parseDate('2026-03-04 08:30', 'Asia/Jakarta')).toBe(utc(2026, 3, 4, 1, 30));
      expect(parseDate('2026-03-04T08:30', '+05:30')).toBe(utc(2026, 3, 4, 3, 0));
      expect(parseDate('2026-03-04T08:30')).toBe(utc(2026, 3, 4, 8, 30));
      expect(parseDate('Wed, 4 Mar 2026 08:30:00')).toBe(utc(2026, 3, 4, 8, 30));
      // across New York's change to daylight time on 8 March 2026
      expect(parseDate('2026-03-08T12:00', 'America/New_York')).toBe(utc(2026, 3, 8, 16, 0));
      expect(parseDate('2026-03-07T12:00', 'America/New_York')).toBe(utc(2026, 3, 7, 17, 0));
      expect(parseDate('Tue, 3 Mar 2026 09:15:00 +0700 (WIB)')).toBe(utc(2026, 3, 3, 2, 15));
      expect(parseDate('Tue, 3 Mar 2026 09:15:00 EST')).toBe(utc(2026, 3, 3, 14, 15));
    });
  });
});

describe('readThread: JSON', () => {
  it('reads the documented format, sorts by date, and takes zones from the field or the date', async () => {
    const { messages } = await readThread(fixture('thread.json'), { me: 'sari@example.co' });
    expect(messages).toEqual([
      {
        author: { name: 'Sari Dewi', address: 'sari@example.co' },
        byWriter: true,
        sentAt: utc(2026, 3, 2, 3, 0),
        timeZone: '+07:00',
        text: "Hi Tom,\n\nI'll send the final deck by Friday 5 PM.\n\nBest,\nSari",
        recipients: 1,
      },
      {
        author: { name: 'Tom Becker', address: 'tom@acme.com' },
        byWriter: false,
        sentAt: utc(2026, 3, 3, 14, 15),
        timeZone: '-05:00',
        text: 'Hi Sari,\n\nThanks! Is the venue booked? When is the launch?\n\nCheers,',
        recipients: 3, // "ann@acme.com, budi@klien.co.id" is two
      },
      {
        author: { name: 'Budi Santoso', address: 'budi@klien.co.id' },
        byWriter: false,
        sentAt: utc(2026, 3, 4, 1, 30),
        timeZone: 'Asia/Jakarta',
        text: 'Mbak Sari, venue-nya sudah dipesan belum? Kapan Mbak bisa kirim jadwalnya?\n\nSalam,',
      },
    ]);
  });

  it('reads the example in the README', async () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const example = /A JSON thread:\n\n```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const { messages } = await readThread(file('readme.json', example!), { me: 'sari@example.co' });
    expect(messages.map((m) => [m.author.address, m.byWriter, m.timeZone, m.recipients])).toEqual([
      ['sari@example.co', true, '+07:00', 1],
      ['tom@acme.com', false, '-05:00', 2],
      ['budi@klien.co.id', false, 'Asia/Jakarta', undefined],
    ]);
  });

  it('keeps file order when a message has no date', async () => {
    const p = file('undated.json', JSON.stringify([
      { from: 'b@x.co', date: '2026-03-05T10:00:00Z', text: 'Second?' },
      { from: 'A <a@x.co>', text: 'First, with no date.' },
    ]));
    const { messages } = await readThread(p);
    expect(messages.map((m) => m.author)).toEqual([{ address: 'b@x.co' }, { name: 'A', address: 'a@x.co' }]);
    expect(messages[1]!.sentAt).toBeUndefined();
  });

  it.each([
    ['[', /invalid JSON/],
    ['{"messages": []}', /a JSON thread is an array of messages/],
    ['[{"from": "a@x.co"}]', /message 1: "text" must be a string/],
    ['[{"text": "hi"}]', /message 1: "from" must be/],
    ['[{"from": "a@x.co", "text": "hi"}, {"from": 3, "text": "hi"}]', /message 2: "from" must be/],
    ['[{"from": "a@x.co", "text": "hi", "date": "last Tuesday"}]', /"date" must be an ISO 8601 or RFC 2822 date, got "last Tuesday"/],
    ['[{"from": "a@x.co", "text": "hi", "timeZone": "Mars/Olympus"}]', /"timeZone" must be an IANA name/],
    ['[{"from": "a@x.co", "text": "hi", "to": "b@x.co"}]', /"to" must be an array/],
  ])('%s is refused with a clear message', async (json, message) => {
    await expect(readThread(file('bad.json', json))).rejects.toThrow(message);
  });
});

describe('jelas check --thread', () => {
  afterEach(() => vi.restoreAllMocks());

  /** The draft, quoted text and options the engine was given. */
  function spyEngine() {
    const spy = vi.spyOn(Analyzer.prototype, 'analyze');
    return () => {
      const [draft, quoted, options] = spy.mock.calls[0]!;
      return { draft, quoted, options: options as Partial<AnalyzeOptions> };
    };
  }

  it('English: the last client message is the one replied to, so its unanswered question is reported', async () => {
    const draft = 'Hi Ann, yes, the venue is booked for the 20th.';
    const args = ['check', '--thread', fixture('en-launch.mbox'), '--me', 'sari@example.co', '--now', '2026-03-04T09:00:00+07:00'];
    const withThread = await run([...args, '-'], draft);
    expect(withThread.code).toBe(1);
    // who asked it, from the thread
    expect(withThread.out).toContain('unanswered-question  Lee, Ann asked on Tue 3 Mar "Who will present the demo on stage?"');
    expect(withThread.out).toContain('  Lee, Ann <ann@acme.com>, Tue 3 Mar: Is the venue booked for the 20th? — answered\n  Lee, Ann <ann@acme.com>, Tue 3 Mar: Who will present the demo on stage? — unanswered\n');
    // without the thread there is nothing to answer
    const alone = await run(['check', '-'], draft);
    expect(alone.code).toBe(0);
  });

  it('Indonesian: an .eml thread, messages in Indonesian', async () => {
    const { code, out } = await run(['check', '--thread', fixture('id-rapat.eml'), '--me', 'sari@example.co', '-'], 'Halo Pak Budi, lokasi acaranya sudah dipesan.');
    expect(code).toBe(1);
    expect(out).toContain('Budi Santoso bertanya pada Selasa, 3 Maret "Kapan Mbak bisa kirim jadwal rapat peluncurannya?"');
    expect(out).toContain('Pertanyaan yang dikutip:\n  Budi Santoso <budi@klien.co.id>, Selasa, 3 Maret: Apakah lokasi acaranya sudah dipesan? — sudah dijawab\n  Budi Santoso <budi@klien.co.id>, Selasa, 3 Maret: Kapan Mbak bisa kirim jadwal rapat peluncurannya? — belum dijawab\n');
  });

  it('passes the conversation, --now and its zone to the engine, and the last message not by --me as the quoted one', async () => {
    const given = spyEngine();
    const { code } = await run(['check', '--thread', fixture('mixed-anggaran.mbox'), '--me', 'sari@example.co', '--now', '2026-03-05T15:00:00+07:00', '--format', 'json', '-'], 'Oke, sudah final.');
    expect(code).toBeLessThan(2);
    const { quoted, options } = given();
    expect(quoted).toBe('Mbak Sari, budget-nya sudah *final*? Please confirm by today ya.\n\nThanks!');
    expect(options.now).toBe(utc(2026, 3, 5, 8, 0));
    expect(options.timeZone).toBe('+07:00');
    expect(options.writer).toEqual({ address: 'sari@example.co' });
    const conversation = options.conversation as Conversation;
    expect(conversation.messages.map((m) => m.byWriter)).toEqual([false, true, false]);
  });

  it('--now in the past; --from marks the writer when --me is absent; --quoted wins over the thread', async () => {
    const given = spyEngine();
    const quoted = file('q.txt', 'Can you call me?');
    await run(['check', '--thread', fixture('thread.json'), '--from', 'Sari Dewi <sari@example.co>', '--now', '2019-06-15T09:00:00-04:00', '--quoted', quoted, '-'], 'Sure.');
    const { quoted: q, options } = given();
    expect(q).toBe('Can you call me?');
    expect(options.now).toBe(utc(2019, 6, 15, 13, 0));
    expect(options.timeZone).toBe('-04:00');
    expect(options.writer).toEqual({ name: 'Sari Dewi', address: 'sari@example.co' });
    expect((options.conversation as Conversation).messages.map((m) => m.byWriter)).toEqual([true, false, false]);
  });

  it('a thread with no dates, and no --now: no time is made up', async () => {
    const given = spyEngine();
    const { code, out } = await run(['check', '--thread', fixture('no-dates.mbox'), '--me', 'sari@example.co', '-'], 'Sudah, Pak.');
    expect(code).toBeLessThan(2);
    expect(out).toContain('apakah venue sudah dibooking? — ');
    const { quoted, options } = given();
    expect(quoted).toBe('Mbak Sari, apakah venue sudah dibooking?');
    expect(options.now).toBeUndefined();
    expect(options.timeZone).toBeUndefined();
  });

  it('--now without an offset leaves the zone to the machine', async () => {
    expect(parseNow('2026-03-04T09:00')).toEqual({ now: new Date(2026, 2, 4, 9, 0).getTime() });
    expect(parseNow('2026-03-04')).toEqual({ now: new Date(2026, 2, 4).getTime() });
    expect(parseNow('2026-03-04T09:00:00Z')).toEqual({ now: utc(2026, 3, 4, 9, 0), timeZone: '+00:00' });
    expect(parseNow('2026-03-04T09:00+0530')).toEqual({ now: utc(2026, 3, 4, 3, 30), timeZone: '+05:30' });
    expect(parseNow('next week')).toBeNull();
  });

  it('the report is the same on any machine zone and from run to run', async () => {
    const args = ['check', '--thread', fixture('en-launch.mbox'), '--me', 'sari@example.co', '--now', '2026-03-04T09:00:00+07:00', '--format', 'json', '-'];
    const draft = 'Hi Ann, the venue is booked. I will send the brochures soon.';
    const a = await withTZ('America/Los_Angeles', () => run(args, draft));
    const b = await withTZ('Asia/Jakarta', () => run(args, draft));
    const c = await run(args, draft);
    expect(a.code).toBe(1);
    expect(b.out).toBe(a.out);
    expect(c.out).toBe(a.out);
  });

  it.each([
    [['check', '--thread', join(dir, 'missing.mbox'), '-'], /^jelas: cannot read .*missing\.mbox \(ENOENT\)\n$/],
    [['check', '--thread', 'x', '-'], /--thread takes an \.eml, \.mbox or \.json file/],
    [['check', '--thread', file('empty.mbox', 'no separator line here\n'), '-'], /empty\.mbox: no messages/],
    [['check', '--thread', file('broken.json', '[{"from": '), '-'], /^jelas: .*broken\.json: invalid JSON/],
  ])('%j exits 2 with a clear message and no stack trace', async (args, message) => {
    const { code, err, out } = await run(args as string[], 'ok');
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /);
    expect(out).toBe('');
  });

  // The engine fills quotedQuestions' author and askedAt and openPromises from the conversation.
  it('quotedQuestions name who asked and when, from the thread', async () => {
    const { out } = await run(['check', '--thread', fixture('en-launch.mbox'), '--me', 'sari@example.co', '--now', '2026-03-04T09:00:00+07:00', '--format', 'json', '-'], 'Hi Ann, yes, the venue is booked for the 20th.');
    const report = JSON.parse(out) as Report;
    expect(report.signals.quotedQuestions.find((q) => q.text === 'Who will present the demo on stage?')).toEqual({
      text: 'Who will present the demo on stage?',
      answered: false,
      author: { name: 'Lee, Ann', address: 'ann@acme.com' },
      askedAt: utc(2026, 3, 3, 16, 2),
    });
  });

  it('openPromises: the writer\'s "by Friday 5 PM" is open, overdue only after Friday 17:00 in her zone', async () => {
    const draft = 'Hi Ann, yes, the venue is booked for the 20th.';
    const at = async (now: string) => {
      const { out } = await run(['check', '--thread', fixture('en-launch.mbox'), '--me', 'sari@example.co', '--now', now, '--format', 'json', '-'], draft);
      return (JSON.parse(out) as Report).signals.openPromises;
    };
    const promise = { text: expect.stringContaining('send the final deck by Friday 5 PM'), madeAt: utc(2026, 3, 2, 3, 0), due: utc(2026, 3, 6, 10, 0) };
    expect(await at('2026-03-04T09:00:00+07:00')).toEqual([{ ...promise, overdue: false }]);
    expect(await at('2026-03-09T09:00:00+07:00')).toEqual([{ ...promise, overdue: true }]);
  });

  it('text output: an Indonesian open promise, overdue, with its dates in the writer\'s zone', async () => {
    const { out } = await run(['check', '--thread', fixture('mixed-anggaran.mbox'), '--me', 'sari@example.co', '--now', '2026-03-05T15:00:00+07:00', '-'], 'Mbak Rina, budget-nya sudah final.');
    expect(out).toContain('Anda berjanji pada Rabu, 4 Maret: Oke Rina, nanti aku kirim revisinya besok jam 10 ya. — tenggat Kamis, 5 Maret 10.00, sudah lewat');
    expect(out).toMatch(/Rina Wulandari <rina@klien\.co\.id>, Kamis, 5 Maret: .*sudah \*final\*\? — /);
  });

  it('a thread with no dates: quotedQuestions have an author and no askedAt', async () => {
    const { out } = await run(['check', '--thread', fixture('no-dates.mbox'), '--me', 'sari@example.co', '--format', 'json', '-'], 'Sudah, Pak.');
    const [q] = (JSON.parse(out) as Report).signals.quotedQuestions;
    expect(q).toEqual({ text: expect.stringContaining('apakah venue sudah dibooking?'), answered: expect.any(Boolean), author: { name: 'Budi Santoso', address: 'budi@klien.co.id' } });
  });
});

describe('text output: quoted questions and open promises', () => {
  const report: Report = {
    language: 'en',
    findings: [],
    signals: {
      requests: [],
      commitments: [],
      questions: [],
      times: [],
      politeness: 0,
      quotedQuestions: [
        { text: 'When is the launch?', answered: false, author: { name: 'Tom Becker', address: 'tom@acme.com' }, askedAt: utc(2026, 3, 3, 14, 15) },
        { text: 'Is the venue booked?', answered: true },
      ],
      openPromises: [{ text: "I'll send the final deck by Friday 5 PM.", madeAt: utc(2026, 3, 2, 3, 0), due: utc(2026, 3, 6, 10, 0), overdue: true }],
    },
  };
  const now = utc(2026, 3, 9, 2, 0);

  it('names who asked and the days in the writer\'s zone, whatever the machine\'s', async () => {
    const expected = 'draft.txt: no findings (language: en)\n\nQuoted questions:\n  Tom Becker <tom@acme.com>, Tue 3 Mar: When is the launch? — unanswered\n  Is the venue booked? — answered\nOpen promises:\n  You promised on Mon 2 Mar: I\'ll send the final deck by Friday 5 PM. — due Fri 6 Mar 17:00, overdue\n';
    await withTZ('America/Los_Angeles', () => {
      expect(formatText(report, '', 'draft.txt', { timeZone: '+07:00', now })).toBe(expected);
      expect(formatText(report, '', 'draft.txt', { timeZone: 'Asia/Jakarta', now })).toBe(expected);
    });
    // in New York the promise was made on Sunday evening, and falls due at 5 in the morning
    const ny = formatText(report, '', 'draft.txt', { timeZone: '-05:00', now });
    expect(ny).toContain('Tom Becker <tom@acme.com>, Tue 3 Mar: When is the launch? — unanswered');
    expect(ny).toContain('You promised on Sun 1 Mar: I\'ll send the final deck by Friday 5 PM. — due Fri 6 Mar 05:00, overdue');
  });

  it('in Indonesian', () => {
    const out = formatText({ ...report, language: 'id' }, '', 'draft.txt', { timeZone: '+07:00', now });
    expect(out).toContain('Pertanyaan yang dikutip:\n  Tom Becker <tom@acme.com>, Selasa, 3 Maret: When is the launch? — belum dijawab\n  Is the venue booked? — sudah dijawab\n');
    expect(out).toContain("Janji yang belum ditepati:\n  Anda berjanji pada Senin, 2 Maret: I'll send the final deck by Friday 5 PM. — tenggat Jumat, 6 Maret 17.00, sudah lewat\n");
    expect(formatText(report, '', 'draft.txt', { lang: 'id', timeZone: '+07:00', now })).toContain('Selasa, 3 Maret');
  });

  it('a day in another year shows the year', () => {
    expect(formatDay(utc(2019, 6, 14, 20, 45), 'en', { timeZone: '-04:00', now })).toBe('Fri, 14 Jun 2019');
    expect(formatDay(utc(2019, 6, 14, 20, 45), 'id', { timeZone: '+07:00', now })).toBe('Sabtu, 15 Juni 2019');
    expect(formatDay(utc(2026, 3, 3, 14, 15), 'en', { timeZone: '+07:00', now })).toBe('Tue 3 Mar');
  });

  it('nothing to list adds nothing', () => {
    const empty: Report = { ...report, signals: { ...report.signals, quotedQuestions: [], openPromises: [] } };
    expect(formatText(empty, '', 'draft.txt')).toBe('draft.txt: no findings (language: en)\n');
  });
});

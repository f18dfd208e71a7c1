import { describe, expect, it } from 'vitest';
import { englishSignals, explainEnglish } from '../../../src/engine/en/signals';

const read = englishSignals;

describe('englishSignals: requests', () => {
  it.each([
    'please share your press release tomorrow',
    'Send me the file.',
    'Rick, please send me the schedule so I can forward it.',
    'Also, give me a call when you land.',
    'Could you review the deck before Friday?',
    'Can someone update the tracker',
    'Would it be possible to move the meeting to 3 PM?',
    'Let me know what you decide.',
    'I need you to sign the contract by Monday.',
    'I would appreciate it if you could send the figures.',
    "I'd like you to take the lead on this.",
    'Kindly confirm receipt of this email.',
    'Make sure the slides are in the shared folder.',
    "Don't forget to book the room.",
    "Let's discuss this on Thursday.",
    'It would be great if you could join us.',
    'Any data you can provide will be helpful.',
    'You guys will really need to sign it first.',
    'Everyone ought to read the brief.',
  ])('reads "%s" as a request', (s) => {
    expect(read(s).isRequest).toBe(true);
  });

  it.each([
    'The meeting went well.',
    'I am in Chicago today and tomorrow.',
    'We shipped the update last night.',
    'Thanks for sending the report.',
    'Hope you had a great weekend.',
    'Have a great weekend!',
    'Please find attached the signed agreement.',
    'If you have any questions, please contact us.',
    'Subject: Re: Bay State',
    'Manager, Load Forecasting',
    'Sure to please even the pickiest client.',
  ])('does not read "%s" as a request', (s) => {
    expect(read(s).isRequest).toBe(false);
  });
});

describe('englishSignals: commitments', () => {
  it.each([
    "I'll email you the press release tomorrow by 1 PM at the latest.",
    'I will send the draft tonight.',
    "We'll get back to you by Friday.",
    "I'm going to call the vendor this afternoon.",
    'Let me check with Sam and get back to you.',
    'I can have it to you by noon.',
    'Will do.',
    'I promise to fix it this week.',
  ])('reads "%s" as a commitment', (s) => {
    expect(read(s).isCommitment).toBe(true);
  });

  it.each([
    'I will be in Chicago on Monday.',
    "I won't be able to make it.",
    'Let me know when you are free.',
    'They will send it later.',
    'I sent the file yesterday.',
  ])('does not read "%s" as a commitment', (s) => {
    expect(read(s).isCommitment).toBe(false);
  });

  it('keeps a request and a commitment apart', () => {
    const seed = read('please share your press release tomorrow');
    expect(seed.isCommitment).toBe(false);
    const promise = read("I'll email you the press release tomorrow by 1 PM at the latest.");
    expect(promise.isRequest).toBe(false);
  });
});

describe('englishSignals: questions', () => {
  it.each([
    ['When can you send the invoice?', 'when'],
    ['What time works for you tomorrow?', 'when'],
    ['How many seats do we need?', 'how-many'],
    ['How much will the upgrade cost?', 'how-many'],
    ['Do you want tickets for Friday?', 'yes-no'],
    ['Is the report ready?', 'yes-no'],
    ['Which option do you prefer?', 'which'],
    ['Should we meet on Tuesday or Wednesday?', 'which'],
    ['Why did the build fail?', 'open'],
    ['What do you think about the proposal?', 'open'],
  ] as const)('"%s" is a %s question', (s, kind) => {
    const sig = read(s);
    expect(sig.isQuestion).toBe(true);
    expect(sig.questionKind).toBe(kind);
  });

  it.each([
    ['I was wondering whether you could join the call.', 'yes-no'],
    ['Let me know if the numbers look right.', 'yes-no'],
    ['Do you know when the shipment arrives', 'when'],
    ['Could you let me know if this is correct.', 'yes-no'],
    ['When did Bay State bill ENA for this.', 'when'],
  ] as const)('finds the indirect or unmarked question in "%s"', (s, kind) => {
    const sig = read(s);
    expect(sig.isQuestion).toBe(true);
    expect(sig.questionKind).toBe(kind);
  });

  it.each(['The invoice is attached.', 'To:??', 'Director General de Planificaci?n', 'Thanks again for your help.'])(
    'does not read "%s" as a question',
    (s) => {
      const sig = read(s);
      expect(sig.isQuestion).toBe(false);
      expect(sig.questionKind).toBeUndefined();
    },
  );
});

describe('explainEnglish', () => {
  it('names the cue behind a request, with its reason', () => {
    const cues = explainEnglish('Could you send the file?');
    const request = cues.find((c) => c.group === 'request');
    expect(request?.reason).toMatch(/could you/);
  });
});

describe('englishSignals on Indonesian and code-mixed text', () => {
  it.each(['Saya sudah kirim laporannya kemarin.', 'Rapat kemarin berjalan lancar.', 'Terima kasih atas bantuannya.'])(
    'stays silent on the Indonesian statement "%s" (the Indonesian reader owns it)',
    (s) => {
      const sig = read(s);
      expect(sig.isRequest || sig.isCommitment || sig.isQuestion).toBe(false);
    },
  );

  it('still hears the English cue in a code-mixed sentence', () => {
    expect(read('Please kirim filenya besok ya').isRequest).toBe(true);
    expect(read("I'll kirim laporannya besok pagi.").isCommitment).toBe(true);
    expect(read('Could you cek lagi angkanya?').isQuestion).toBe(true);
  });
});

describe('englishSignals: formulas that only look like orders or questions', () => {
  it.each(['Talk soon.', 'Keep up the good work!', 'Excuse the delay.', 'Welcome aboard!', 'Note that the office is closed on Friday.', 'You should have received the invoice by now.'])(
    '"%s" is not a request',
    (s) => expect(read(s).isRequest).toBe(false),
  );

  it('does not call a wish or a hope a bare order', () => {
    expect(read('Hope this helps.').strategies).not.toContain('bare-imperative');
    expect(read("Can't wait to see you!").politeness).toBeGreaterThanOrEqual(0);
  });

  it('treats "let me know if you need anything" as an offer, not a question', () => {
    expect(read('Let me know if you need anything else.').isQuestion).toBe(false);
    expect(read('Let me know if Tuesday works for you.').isQuestion).toBe(true);
  });
});

describe('englishSignals: questions about the reader are not asks', () => {
  it('"Will you be at the meeting?" is a question but not a request', () => {
    const sig = read('Will you be at the meeting?');
    expect(sig.isQuestion).toBe(true);
    expect(sig.isRequest).toBe(false);
  });
  it('"Would you be able to send it?" is still a request', () => {
    expect(read('Would you be able to send it by Friday?').isRequest).toBe(true);
  });
});

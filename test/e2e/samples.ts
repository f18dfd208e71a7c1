/**
 * A reply in each UI language that shows several kinds of finding (a vague time, a client's question left
 * open) and a Try it text with a quoted question: drawn by scripts/screenshots.ts, checked by a11y/axe.e2e.ts.
 */
export const SAMPLES = {
  en: {
    incoming: 'Hi Ana,\nCould you send me the signed contract? And how many seats do we need for the launch?\nThanks, Tom',
    draft: 'oke, I will send it soon.',
    vague: 'soon',
    tryDraft: 'Please review the budget ASAP.',
    tryQuoted: 'When can we meet to go through the numbers?',
  },
  id: {
    incoming: 'Halo Ana,\nBisa tolong kirim kontrak yang sudah ditandatangani? Berapa kursi yang kita perlukan untuk peluncuran?\nTerima kasih, Tom',
    draft: 'oke, nanti saya kirim secepatnya.',
    vague: 'secepatnya',
    tryDraft: 'Tolong cek anggarannya secepatnya.',
    tryQuoted: 'Kapan kita bisa rapat untuk membahas angkanya?',
  },
} as const;

/**
 * Requests and promises that need no deadline, in English and Indonesian. Each group says why.
 * Used by `missing-deadline` and `vague-time`.
 */
const GROUPS: ReadonlyArray<{ reason: string; pattern: RegExp }> = [
  {
    reason: 'courtesy formulas: offers and well-wishes, not tasks',
    pattern:
      /\b(?:let me know if you (?:have|need) any|feel free|don'?t hesitate|do not hesitate|thank|have a (?:good|great|nice)|enjoy|take care|keep me posted|stay safe|talk (?:to|with) you (?:soon|later|tonight|tomorrow)|see you (?:soon|later|then|tomorrow|there)|look(?:ing)? forward to|(?:don'?t|do not) worry|no worries|jangan khawatir|jangan ragu|silakan hubungi|semoga|selamat|hati-hati|terima kasih|makasih)\b/i,
  },
  {
    reason: 'pointers to something already there: nothing to do by a time',
    pattern: /\b(?:(?:please )?(?:find|see) (?:attached|below|enclosed|the attached)|please note|note that|(?:keep|bear) in mind|please be (?:advised|aware)|for your (?:information|reference)|berikut (?:ini|kami|saya)|(?:cek|lihat|liat) (?:aja|saja))\b|^\s*terlampir\b/i,
  },
  {
    reason: 'agreement to go ahead: a decision, not a task',
    pattern: /\blet'?s (?:go ahead|do it|proceed|go with)\b/i,
  },
  {
    reason: 'web instructions in newsletters and notifications: click, follow a link, add an address',
    pattern: /\b(?:(?:click|tap) (?:here|below|above|on|the link)|(?:the |this )?link below|add (?:us|[\w.+-]+@[\w.-]+) to your|unsubscribe|to ensure (?:future )?delivery|klik (?:di sini|tautan))\b/i,
  },
  {
    reason: 'troubleshooting advice: the reader tries it when they next can',
    pattern: /\b(?:please )?try (?:to (?:delete|reinstall|restart|log|sign|clear|refresh)|again|restarting|clearing|refreshing)\b|\bcoba (?:lagi|ulang)\b/i,
  },
  {
    reason: 'conditional offers ("If you are interested, reply…"): the reader may not need to act',
    pattern: /^\s*(?:if|kalau|jika|apabila|bila) (?:you|anda|kamu|ada)\b/i,
  },
];

export function needsNoDeadline(sentence: string): boolean {
  return GROUPS.some((g) => g.pattern.test(sentence));
}

/**
 * hedging (off by default): words that undercut the writer ("just", "sorry", "I think", "maaf", "mungkin"),
 * in the manner of Just Not Sorry. The fix deletes the word.
 */
import type { Finding, Rule, RuleContext } from '../engine/types';
import { bodySentences, deletionSpan, finding, replace, say } from './util';

const ID = 'hedging';

/** Each with why it weakens the message. */
const HEDGES: ReadonlyArray<{ pattern: RegExp; why: { en: string; id: string } }> = [
  { pattern: /\bjust\b(?= (?:wanted|checking|following|wondering|a quick|to))/i, why: { en: '"just" shrinks your request before the reader sees it', id: '"just" mengecilkan permintaan Anda' } },
  { pattern: /\b(?:i'?m )?sorry(?= (?:to bother|for bothering|to ask|if))/i, why: { en: 'apologising for asking signals the request is an imposition', id: 'meminta maaf karena bertanya membuat permintaan terkesan merepotkan' } },
  { pattern: /\bI (?:think|feel|guess|believe)(?: that)?\b/i, why: { en: 'it turns a statement into an opinion', id: 'pernyataan jadi terdengar sekadar pendapat' } },
  { pattern: /\bI'?m (?:no|not an?) expert,? but\b/i, why: { en: 'it discounts what follows', id: 'meremehkan apa yang Anda katakan' } },
  { pattern: /\bdoes that make sense\b/i, why: { en: 'it suggests you doubt your own explanation', id: 'terkesan ragu pada penjelasan sendiri' } },
  { pattern: /\bmaaf(?: mengganggu| merepotkan| ganggu)\b/i, why: { en: 'apologising for asking signals the request is an imposition', id: 'meminta maaf karena bertanya membuat permintaan terkesan merepotkan' } },
  { pattern: /\b(?:mungkin|sepertinya|kayaknya)\b/i, why: { en: '"maybe" weakens a statement you are sure of', id: '"mungkin" melemahkan pernyataan yang sebenarnya Anda yakini' } },
];

function check(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const s of bodySentences(ctx)) {
    for (const h of HEDGES) {
      const m = h.pattern.exec(s.text);
      if (!m) continue;
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      out.push(
        finding(ID, 'info', span, ctx.draft.text,
          say(ctx, { en: `Hedge: ${h.why.en}.`, id: `Kata peragu: ${h.why.id}.` }),
          [replace(deletionSpan(ctx.draft.text, span), '', say(ctx, { en: `Remove "${m[0]}"`, id: `Hapus "${m[0]}"` }))],
        ),
      );
    }
  }
  return out;
}

export const hedging: Rule = {
  id: ID,
  title: { en: 'Hedging words', id: 'Kata peragu' },
  description: {
    en: 'Words like "just", "sorry to bother" and "I think" that undercut what you say. Off by default.',
    id: 'Kata seperti "maaf mengganggu", "mungkin" dan "sepertinya" yang melemahkan pesan Anda. Nonaktif secara bawaan.',
  },
  defaultOn: false,
  severity: 'info',
  languages: ['en', 'id'],
  examples: {
    pass: [{ text: 'The numbers are final.' }, { text: 'Angkanya sudah final.' }],
    fail: [{ text: 'I just wanted to check whether the numbers are final.' }, { text: 'Maaf mengganggu, mungkin angkanya sudah final?' }],
  },
  check,
};

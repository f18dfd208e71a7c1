/**
 * Content words of a sentence, normalised for topic overlap across English and Indonesian: lower-cased,
 * stop words dropped, light stemming (English plurals and -ing/-ed, Indonesian -nya/-kah/-lah and the
 * passive di-), and bilingual synonyms folded to one concept.
 */
import { CONCEPT } from './lexicon/concepts';
import { STOPWORDS } from './lexicon/stopwords';

function stem(w: string): string {
  let s = w;
  // Indonesian enclitics and particles: "laporannya" → "laporan", "bisakah" → "bisa"
  s = s.replace(/(nya|kah|lah|pun)$/, '');
  if (/^di[bcdfghjklmnpqrstvwxyz]/.test(s) && s.length > 5 && /(kan|i)$/.test(s)) s = s.slice(2); // "dikirimkan" → "kirimkan"
  if (s.endsWith('kan') && s.length > 6) s = s.slice(0, -3); // "kirimkan" → "kirim"
  // English inflections
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 4 && /(ches|shes|sses|xes)$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us')) s = s.slice(0, -1);
  if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  return s;
}

/** Two capital letters that are no acronym of a thing: a word in capitals, a time, a greeting. */
const SHORT_CAPS = new Set(['ok', 'am', 'pm', 'hi', 'no', 'so', 'to', 'in', 'on', 'at', 'of', 'is', 'it', 'be', 'do', 'go', 'we', 'me', 'my', 'up', 'us', 'an', 'as', 'by', 'he', 'if', 'or', 'ya', 'ga', 'yg', 'dr', 'mr', 'ms']);

export function keywords(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\p{L}][\p{L}\p{M}'’-]*/gu)) {
    const word = m[0].toLowerCase().replace(/['’]s$/, '').replace(/-nya$/, '');
    // a two-letter acronym is a word of its own ("Who is the MC?", "the PO"); other short words are not
    const acronym = word.length === 2 && /^\p{Lu}{2}$/u.test(m[0]) && !SHORT_CAPS.has(word);
    if ((word.length < 3 && !acronym) || STOPWORDS.has(word)) continue;
    if (acronym) {
      out.add(word);
      continue;
    }
    const concept = CONCEPT.get(word);
    if (concept) {
      out.add(concept);
      continue;
    }
    const st = stem(word);
    if (st.length < 3 || STOPWORDS.has(st)) continue;
    out.add(CONCEPT.get(st) ?? st);
  }
  return [...out];
}

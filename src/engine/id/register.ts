/**
 * Register: how formal an Indonesian sentence reads. Used by the STIF evaluation and available to
 * rules that want to match the reader's register in a suggestion.
 */
import { ACRONYMS, FORMAL_MARKERS, INFORMAL_MARKERS, NOT_INFORMAL_SHAPE } from './lexicon';
import { has } from './text';

/** Chat spellings that markers cannot list one by one: lengthened words ("yaaa", "semuaa") and "-in"/"ng-" verbs ("dikerjain", "ngirim"). */
const INFORMAL_SHAPE = /^(?:\p{L}*(\p{L})\1\1\p{L}*|\p{L}+(?:aa|ii|oo|uu|kk|hh|rr|nn|yy)|di\p{L}{3,}in|ng\p{L}{3,}|wk(?:wk)+\p{L}*|\p{L}+2|di(?:sini|sana|situ|rumah|kantor|atas|bawah|luar|depan|belakang))$/u;
/** Vowelless chat abbreviations ("mlm", "msh", "blkng"), except acronyms both registers keep. */
const VOWELLESS = /^[b-df-hj-np-tv-z]{2,5}$/;

/**
 * How formal a sentence reads, in [-1, 1]: informal markers ("udh", "gak", "gmn", "aja", "min",
 * chat lengthening) pull it down, the standard words a formal rewrite uses ("sudah", "tidak",
 * "bagaimana", "saja", "Anda", "mohon") pull it up. 0 when neither appears.
 */
export function indonesianRegister(sentence: string): number {
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  let informal = 0;
  let formal = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'terima' && words[i + 1] === 'kasih') {
      formal++;
      i++;
      continue;
    }
    const weight = w === 'ya' ? 0.5 : 1;
    if (has(INFORMAL_MARKERS, w)) informal += weight;
    else if ((INFORMAL_SHAPE.test(w) && !has(NOT_INFORMAL_SHAPE, w) && !has(FORMAL_MARKERS, w)) || (VOWELLESS.test(w) && !has(ACRONYMS, w))) informal++;
    else if (has(FORMAL_MARKERS, w) || /^(mem|men|meng|meny)\p{L}{3,}$/u.test(w)) formal++;
  }
  return (formal - informal) / (formal + informal + 1);
}

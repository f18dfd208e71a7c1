/**
 * Candidate informal → formal word pairs from STIF-Indonesia, for the hand-reviewed register lexicon
 * (src/engine/id/register.ts). Each informal line is aligned with its formal twin word by word (longest common
 * subsequence); where the two differ by a substitution of one informal word for one or two formal words, the
 * pair is counted. Prints the pairs seen at least `--min` times (default 3), most frequent first:
 *
 *   npx tsx scripts/eval/register-pairs.ts [--min N]
 *
 * The output is a reading list, not the lexicon: many pairs are rewrites of meaning (a tweet reworded), and some
 * informal words are fine in a formal email. The lexicon keeps what a person judged, each with its reason.
 */
import { loadStif } from './stif';

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];

/** The aligned runs where `a` and `b` differ, as [a-words, b-words]. */
export function differences(a: readonly string[], b: readonly string[]): Array<[string[], string[]]> {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: Array<[string[], string[]]> = [];
  let i = 0;
  let j = 0;
  let da: string[] = [];
  let db: string[] = [];
  const flush = () => {
    if (da.length || db.length) out.push([da, db]);
    da = [];
    db = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) da.push(a[i++]!);
    else db.push(b[j++]!);
  }
  flush();
  return out;
}

export function candidatePairs(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const split of ['train', 'dev'] as const) {
    for (const { informal, formal } of loadStif(split)) {
      for (const [inf, form] of differences(words(informal), words(formal))) {
        // substitutions only: one informal word for one or two formal ones ("makasih" → "terima kasih")
        if (inf.length !== 1 || form.length < 1 || form.length > 2) continue;
        const key = `${inf[0]}\t${form.join(' ')}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--min');
  const min = i === -1 ? 3 : Number(process.argv[i + 1]);
  const rows = [...candidatePairs()].filter(([, c]) => c >= min).sort((x, y) => y[1] - x[1]);
  for (const [pair, c] of rows) console.log(`${c}\t${pair}`);
  console.error(`${rows.length} pairs seen ${min} times or more`);
}

/**
 * A faster `bulkMatch` for compromise: the step behind `doc.sweep(net)`, which compromise's own
 * post-tagger runs on every parse with a net of several hundred patterns.
 *
 * compromise finds the patterns worth trying in a sentence by walking every hook key of the net and
 * asking whether the sentence has it: a cost proportional to the net (about 0.3 ms a sentence for the
 * post-tagger's), paid even by a three-word sentence. This walks the sentence's own words and tags
 * instead and orders the hits by the net's key order, so the same patterns run in the same order and
 * the tags come out identical (test/engine/en/sweep.test.ts compares both on the corpora), in time
 * proportional to the sentence. Installed through `nlp.plugin` (see nlp.ts).
 */

/** One compiled pattern of a net, as compromise's buildNet leaves it (only the fields read here). */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

/** A matched pattern with where it matched: compromise's own result shape, the pattern plus `pointer`. */
type Found = NetMatch & { pointer: number[] };

interface Methods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(docs: unknown[][], todo: NetMatch, cache?: Set<string>[]): { ptrs: number[][] };
  };
}

export type BulkMatch = (document: unknown[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Found[];

/**
 * A net, indexed once for sweeping: each hook key's position in the net's key order, the patterns of
 * each key by that position, and one number per distinct pattern text, so finding the first of a
 * text needs no hashing of strings (a stamp per text, marked with the current sweep's number).
 */
interface Index {
  rank: Map<string, number>;
  byRank: Array<Array<{ m: NetMatch; text: number }>>;
  stamp: Uint32Array;
  sweep: number;
}

const indexes = new WeakMap<Net['hooks'], Index>();

function indexOf(hooks: Net['hooks']): Index {
  let index = indexes.get(hooks);
  if (index) return index;
  const keys = Object.keys(hooks);
  const texts = new Map<string, number>();
  const byRank = keys.map((key) =>
    hooks[key]!.map((m) => {
      if (!texts.has(m.match)) texts.set(m.match, texts.size);
      return { m, text: texts.get(m.match)! };
    }),
  );
  index = { rank: new Map(keys.map((key, i) => [key, i])), byRank, stamp: new Uint32Array(texts.size), sweep: 0 };
  indexes.set(hooks, index);
  return index;
}

/** Whether a pattern's stated needs, exclusions and wants hold for a sentence's words and tags. */
function worthTrying(m: NetMatch, has: Set<string>, words: number): boolean {
  if (words < m.minWords) return false;
  if (!m.needs.every((need) => has.has(need))) return false;
  if (m.ifNo?.some((no) => has.has(no))) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (has.has(want)) found++;
  return found >= m.minWant;
}

/** The patterns of `net` to try on one sentence, in the order compromise would try them. */
function candidates(net: Net, has: Set<string>, words: number): NetMatch[] {
  const index = indexOf(net.hooks);
  const ranks: number[] = [];
  for (const item of has) {
    const r = index.rank.get(item);
    if (r !== undefined) ranks.push(r);
  }
  ranks.sort((a, b) => a - b);
  const sweep = ++index.sweep;
  const out: NetMatch[] = [];
  for (const r of ranks) {
    for (const { m, text } of index.byRank[r]!) {
      // the first pattern of a given text wins, whether or not it is worth trying
      if (index.stamp[text] === sweep) continue;
      index.stamp[text] = sweep;
      if (worthTrying(m, has, words)) out.push(m);
    }
  }
  for (const m of net.always) if (words >= m.minWords) out.push(m);
  return out;
}

export const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    for (const m of candidates(net, caches[n]!, terms.length)) {
      const { ptrs } = methods.one.match([terms], m, [caches[n]!]);
      for (const ptr of ptrs) {
        ptr[0] = n;
        results.push({ ...m, pointer: ptr });
        if (opts.matchOne) return [results[0]!];
      }
    }
  }
  return results;
};

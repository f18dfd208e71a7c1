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
 *
 * Three shortcuts, none of which changes a result (the same test, and one of every lexicon pattern
 * against `doc.has`, check it):
 *  - a pattern is looked up through one of the words or tags it needs (it needs them all), not through
 *    each hook key, so a sentence visits a few dozen patterns rather than hundreds;
 *  - a pattern is run only if its first required token can match a word it could reach (and, when that
 *    token opens the pattern, the next token the word after): most patterns fail there, and compromise's
 *    matcher would try every word of the sentence to find that out, copying the rest of the sentence
 *    at each;
 *  - a pattern that passes runs from the first word where it passed, not from the sentence's start.
 */

/** One token of a parsed match pattern (only the fields read here). */
interface Reg {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  switch?: string;
  pos?: string;
  use?: string;
  id?: unknown;
  choices?: unknown;
  start?: boolean;
  end?: boolean;
  optional?: boolean;
  negative?: boolean;
  greedy?: boolean;
  anything?: boolean;
  fuzzy?: boolean;
}

/** One compiled pattern of a net, as compromise's buildNet leaves it (only the fields read here). */
interface NetMatch {
  match: string;
  regs: Reg[];
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

/** A term of a parsed sentence (only the fields read here). */
interface Term {
  text: string;
  normal: string;
  machine?: string | null;
  root?: string;
  implicit?: string;
  alias?: string[];
  switch?: string;
  tags: Set<string>;
}

/** A pattern to run on a sentence, from word `from` on. */
interface Todo {
  m: NetMatch;
  from: number;
}

/** A matched pattern with where it matched: compromise's own result shape, the pattern plus `pointer`. */
type Found = NetMatch & { pointer: number[] };

interface Methods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    termMethods: Record<string, (term: Term) => boolean>;
    match(docs: unknown[][], todo: NetMatch, cache?: Set<string>[]): { ptrs: number[][] };
  };
}

export type BulkMatch = (document: unknown[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }) => Found[];

/** A pattern of the net with what the sweep needs to find it and to order it. */
interface Entry {
  m: NetMatch;
  /** The hook keys it sits under, by rank, each with its position in that hook's list. */
  keys: Array<{ id: number; rank: number; pos: number }>;
  /** Its needs, ifNo and wants as word ids (see Index.ids), and its minimums, copied from `m` (whose
   * objects come in many shapes, which makes reading their fields slow). */
  needs: number[];
  ifNo: number[];
  wants: number[];
  minWant: number;
  minWords: number;
  /** The test run before the pattern itself (see `mayMatch`). */
  quick: Prefilter;
  stamp: number;
  /** Sort key in the current sweep: rank * net size + position. */
  order: number;
}

/**
 * A net, indexed once for sweeping: each pattern listed under one of the words or tags it needs (a word
 * if it has one: words are rarer than tags), or, needing none, under each of its wants.
 */
interface Index {
  /** A number for every word or tag the net mentions, so a sentence's are marked in an array. */
  ids: Map<string, number>;
  /** Entries to visit for each id. */
  by: Entry[][];
  /** `mark[id] === sweep`: the sentence being swept has that word or tag. */
  mark: Uint32Array;
  /** The longest hook list plus one: (key rank, place in list) as one number, rank * size + place. */
  size: number;
  sweep: number;
}

const indexes = new WeakMap<Net['hooks'], Index | null>();

/**
 * A token's test on one term, when it is simple enough to repeat here: a word, a tag, a one-word
 * alternation or a %Noun|Verb% switch, required and not negated; or a block, "(a|b c)" (`any`: one
 * choice's first token) or "(#Verb && !let)" (`all`: each positive part). Built once per pattern, in
 * one shape, so testing it stays fast (compromise's tokens come in dozens of shapes).
 */
interface Test {
  kind: 'word' | 'tag' | 'or' | 'switch' | 'method' | 'any' | 'all';
  value: string;
  set: Set<string> | null;
  /** For `word`: the term field compared instead of text and normal ("use"); for `or`: a tag it needs. */
  field: string | null;
  /** `^`: only the first word. */
  start: boolean;
  parts: Test[];
  /** For `any`: each choice's tokens in order, as far as they have tests (a choice matches word by word). */
  choices: Test[][];
  /** For `method`: compromise's term method ("@hasComma"). */
  method: ((term: Term) => boolean) | null;
  /** Matches exactly one word (not a block with a longer choice). */
  single: boolean;
}

/** compromise's @-methods on terms ("@hasComma"), as its matcher calls them; set when a net is indexed. */
let termMethods: Record<string, (term: Term) => boolean> = {};

const test = (kind: Test['kind'], reg: Reg, fields: Partial<Test> = {}): Test => ({
  kind,
  value: '',
  set: null,
  field: null,
  start: reg.start === true,
  parts: [],
  choices: [],
  method: null,
  single: true,
  ...fields,
});

/** The test of a token, or null when the token is not simple enough: then the pattern just runs. */
function testOf(reg: Reg | undefined): Test | null {
  if (!reg || reg.optional || reg.negative || reg.greedy || reg.end || reg.anything || reg.fuzzy) return null;
  const r = reg as Reg & Record<string, unknown>;
  // tokens compromise tests in ways not repeated here (ids, punctuation, regular expressions, …)
  if (['id', 'pre', 'post', 'regex', 'chunk', 'machine', 'sense'].some((k) => r[k] !== undefined)) return null;
  if (reg.choices !== undefined) return blockTest(reg);
  // in the order of compromise's doesMatch: a word, a tag, a method, a switch, a one-word alternation
  if (reg.word !== undefined) return test('word', reg, { value: reg.word, field: reg.use ?? null });
  if (reg.use !== undefined) return null;
  if (reg.tag !== undefined) return test('tag', reg, { value: reg.tag });
  const method = r['method'] as string | undefined;
  if (method !== undefined) return typeof termMethods[method] === 'function' ? test('method', reg, { method: termMethods[method] }) : null;
  if (reg.switch !== undefined) return test('switch', reg, { value: reg.switch });
  if (reg.fastOr !== undefined) return test('or', reg, { set: reg.fastOr, field: reg.pos ?? null });
  return null;
}

/**
 * A block matches at a word only if one choice's first token does ("or"), or every choice's first
 * token does ("and"; a negated part is skipped, since it only narrows further).
 */
function blockTest(reg: Reg): Test | null {
  const choices = reg.choices as unknown[];
  const operator = (reg as { operator?: string }).operator;
  if ((operator !== 'or' && operator !== 'and') || !choices.every((c) => Array.isArray(c) && c.length > 0)) return null;
  const firsts = (choices as Reg[][]).map((c) => c[0]!);
  const single = (choices as Reg[][]).every((c) => c.length === 1);
  if (operator === 'or') {
    if (!firsts.every((r) => testOf(r) !== null)) return null;
    // the tokens of a choice, up to the first without a test (compromise tries them on consecutive words)
    const sequences = (choices as Reg[][]).map((c) => {
      const tests: Test[] = [];
      for (const r of c) {
        const t = testOf(r);
        if (!t) break;
        tests.push(t);
      }
      return tests;
    });
    return test('any', reg, { choices: sequences, single });
  }
  const parts = firsts.filter((r) => !r.negative).map(testOf).filter((t) => t !== null);
  return parts.length ? test('all', reg, { parts, single }) : null;
}

/** compromise's test of one token on the word at `i` (its doesMatch, for the tokens `testOf` accepts). */
function matchesAt(terms: Term[], i: number, test: Test): boolean {
  const t = terms[i];
  if (!t || (test.start && i !== 0)) return false;
  switch (test.kind) {
    case 'word':
      if (test.field) return test.value === (t as unknown as Record<string, unknown>)[test.field];
      if (t.machine != null && t.machine === test.value) return true;
      if (t.alias?.some((a) => a === test.value)) return true;
      return test.value === t.text || test.value === t.normal;
    case 'tag':
      return t.tags.has(test.value);
    case 'switch':
      return t.switch === test.value;
    case 'method':
      return test.method!(t) === true;
    case 'or':
      if (test.field && !t.tags.has(test.field)) return false;
      return test.set!.has(t.root || t.implicit || t.machine || t.normal) || test.set!.has(t.text);
    case 'any':
      return test.choices.some((tests) => tests.every((part, w) => matchesAt(terms, i + w, part)));
    case 'all':
      return test.parts.every((p) => matchesAt(terms, i, p));
  }
}

/**
 * How many words optional tokens before the first required one can take at most: one (two with a
 * contraction's hidden word, which compromise skips), or a block's longest choice; -1 for no bound.
 */
function optionalReach(regs: Reg[], first: number): number {
  let reach = 0;
  for (const reg of regs.slice(0, first)) {
    if (reg.negative || reg.greedy) return -1;
    if (reg.choices === undefined) reach += 2;
    else {
      const choices = reg.choices as unknown[];
      if (!choices.every((c) => Array.isArray(c) && c.every((r: Reg) => !r.greedy))) return -1;
      reach += Math.max(...choices.map((c) => (c as Reg[]).length));
    }
  }
  return reach;
}

/** What `mayMatch` tests before a pattern runs. */
interface Prefilter {
  /** Tests of its first required token and, when that token opens the pattern, of the next one. */
  first: Test | null;
  second: Test | null;
  /** `^`: tried at the first word only, so its first required token lies within `reach` words. */
  anchored: boolean;
  reach: number;
  /**
   * No match can start before the first word that passes: the first token is required, and nothing in
   * the pattern refers to the sentence's first word (`^`), so it may run on the rest of the sentence.
   */
  fromFirst: boolean;
}

/** Whether a token, or one inside its blocks, is anchored to the sentence's first word. */
const anchoredAnywhere = (regs: Reg[]): boolean =>
  regs.some((r) => r.start === true || (Array.isArray(r.choices) && (r.choices as Reg[][]).some((c) => Array.isArray(c) && anchoredAnywhere(c))));

function prefilterOf(regs: Reg[]): Prefilter {
  const at = regs.findIndex((r) => !r.optional);
  const reach = at === -1 ? -1 : optionalReach(regs, at);
  const first = reach === -1 ? null : testOf(regs[at]);
  // a second token is tested only after a first one that takes exactly one word
  const second = first !== null && at === 0 && first.single ? testOf(regs[1]) : null;
  const fromFirst = first !== null && at === 0 && !anchoredAnywhere(regs);
  return { first, second, anchored: regs[0]?.start === true, reach, fromFirst };
}

/**
 * Whether the pattern's first required token can match at some word it could reach (and, when that
 * token opens the pattern, its second token on the next word, or the one after a contraction's hidden
 * word, which compromise skips): the first word where it passes, or -1 when the pattern cannot match.
 */
function firstMatch({ first, second, anchored, reach }: Prefilter, terms: Term[]): number {
  if (!first) return 0;
  const last = anchored ? Math.min(terms.length, reach + 1) : terms.length;
  for (let i = 0; i < last; i++) {
    if (!matchesAt(terms, i, first)) continue;
    if (!second || matchesAt(terms, i + 1, second)) return i;
    // "we've" as [we, have]: matching "we" skips the implicit "have"
    if (terms[i]!.implicit && terms[i + 1]?.implicit && matchesAt(terms, i + 2, second)) return i;
  }
  return -1;
}

/**
 * The same quick test for a single parsed pattern (what `doc.has` runs): false when the pattern cannot
 * match any sentence of `document`.
 */
export function quickTest(regs: unknown[], methods: { termMethods: object }): (document: unknown[][]) => boolean {
  termMethods = methods.termMethods as typeof termMethods;
  const quick = prefilterOf(regs as Reg[]);
  return (document) => document.some((terms) => firstMatch(quick, terms as Term[]) !== -1);
}

function indexOf(net: Net, methods: Methods): Index | null {
  const known = indexes.get(net.hooks);
  if (known !== undefined) return known;
  termMethods = methods.one.termMethods;
  const ids = new Map<string, number>();
  const id = (word: string) => {
    if (!ids.has(word)) ids.set(word, ids.size);
    return ids.get(word)!;
  };
  const entries = new Map<string, Entry>();
  let size = 0;
  let ok = true;
  Object.keys(net.hooks).forEach((key, rank) => {
    const list = net.hooks[key]!;
    size = Math.max(size, list.length);
    list.forEach((m, pos) => {
      let e = entries.get(m.match);
      // compromise keeps one pattern per text (the first); one text as two objects is not expected
      if (e && e.m !== m) ok = false;
      if (!e) {
        e = {
          m,
          keys: [],
          needs: m.needs.map(id),
          ifNo: (m.ifNo ?? []).map(id),
          wants: m.wants.map(id),
          minWant: m.minWant,
          minWords: m.minWords,
          quick: prefilterOf(m.regs),
          stamp: 0,
          order: 0,
        };
        entries.set(m.match, e);
      }
      e.keys.push({ id: id(key), rank, pos });
    });
  });
  if (!ok) {
    indexes.set(net.hooks, null);
    return null;
  }
  const by: Entry[][] = Array.from({ length: ids.size }, () => []);
  for (const e of entries.values()) {
    const { needs, wants } = e.m;
    if (needs.length) {
      const word = needs.find((n) => !n.startsWith('#') && !n.startsWith('%'));
      const shortest = (a: string, b: string) => (net.hooks[a]!.length <= net.hooks[b]!.length ? a : b);
      by[ids.get(word ?? needs.reduce(shortest))!]!.push(e);
    } else for (const w of new Set(e.wants)) by[w]!.push(e);
  }
  const index = { ids, by, mark: new Uint32Array(ids.size), size: size + 1, sweep: 0 };
  indexes.set(net.hooks, index);
  return index;
}

/** Whether a pattern's stated needs, exclusions and wants hold for the marked words and tags. */
function worthTrying(e: Entry, mark: Uint32Array, sweep: number, words: number): boolean {
  if (words < e.minWords) return false;
  for (const need of e.needs) if (mark[need] !== sweep) return false;
  for (const no of e.ifNo) if (mark[no] === sweep) return false;
  if (e.wants.length === 0) return true;
  let found = 0;
  for (const want of e.wants) if (mark[want] === sweep) found++;
  return found >= e.minWant;
}

/**
 * The patterns of `net` to try on one sentence, in the order compromise would try them: by the first
 * hook key (in the net's key order) that the sentence has, then by place in that key's list.
 */
function candidates(index: Index, net: Net, has: Set<string>, terms: Term[]): Todo[] {
  const sweep = ++index.sweep;
  const { mark, ids, by } = index;
  const words = terms.length;
  const present: number[] = [];
  for (const item of has) {
    const id = ids.get(item);
    if (id === undefined) continue;
    mark[id] = sweep;
    present.push(id);
  }
  const found: Entry[] = [];
  for (const id of present) {
    for (const e of by[id]!) {
      if (e.stamp === sweep) continue;
      e.stamp = sweep;
      if (!worthTrying(e, mark, sweep, words)) continue;
      let k = 0;
      while (mark[e.keys[k]!.id] !== sweep) k++;
      e.order = e.keys[k]!.rank * index.size + e.keys[k]!.pos;
      found.push(e);
    }
  }
  found.sort((a, b) => a.order - b.order);
  const out: Todo[] = [];
  for (const e of found) {
    const at = firstMatch(e.quick, terms);
    if (at !== -1) out.push({ m: e.m, from: e.quick.fromFirst ? at : 0 });
  }
  for (const m of net.always) if (words >= m.minWords) out.push({ m, from: 0 });
  return out;
}

/** Whether a pattern's stated needs, exclusions and wants hold for a sentence's words and tags. */
function stockWorthTrying(m: NetMatch, has: Set<string>, words: number): boolean {
  if (words < m.minWords) return false;
  if (!m.needs.every((need) => has.has(need))) return false;
  if (m.ifNo?.some((no) => has.has(no))) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (has.has(want)) found++;
  return found >= m.minWant;
}

/** compromise's way, for a net this index cannot serve. */
function stockCandidates(net: Net, has: Set<string>, words: number): Todo[] {
  const seen = new Set<string>();
  const out: Todo[] = [];
  for (const key of Object.keys(net.hooks)) {
    if (!has.has(key)) continue;
    for (const m of net.hooks[key]!) {
      if (seen.has(m.match)) continue;
      seen.add(m.match);
      if (stockWorthTrying(m, has, words)) out.push({ m, from: 0 });
    }
  }
  for (const m of net.always) if (words >= m.minWords) out.push({ m, from: 0 });
  return out;
}

export const bulkMatch: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const index = indexOf(net, methods);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]! as Term[];
    const todo = index ? candidates(index, net, caches[n]!, terms) : stockCandidates(net, caches[n]!, terms.length);
    for (const { m, from } of todo) {
      // run on the words from the first that can start a match: the same matches, found with less copying
      const { ptrs } = methods.one.match([from ? terms.slice(from) : terms], m, [caches[n]!]);
      for (const ptr of ptrs) {
        ptr[0] = n;
        ptr[1]! += from;
        ptr[2]! += from;
        results.push({ ...m, pointer: ptr });
        if (opts.matchOne) return [results[0]!];
      }
    }
  }
  return results;
};

/**
 * The one compromise instance the English reader uses, extended through `nlp.plugin` rather than by
 * post-processing strings. Word entries are data with a reason, like the lexicon.
 *
 * compromise/two, not the full library: two is the tokenizer, lexicon and tagger, which is all we read
 * (tags, match syntax, sweeps). The full build adds phrase chunking, run on every parse, and the
 * nouns()/verbs()/dates() APIs; it tags every word exactly alike (checked on 1,500 email-intent rows),
 * so it would only add size, start-up time and parse time.
 */
import nlp from 'compromise/two';
import { bulkMatch, quickTest, type BulkMatch } from './sweep';

interface WordEntry {
  tag: string;
  reason: string;
}

export const extraWords: Record<string, WordEntry> = {
  pls: { tag: 'Expression', reason: 'chat spelling of "please"; must behave like it in every pattern' },
  plz: { tag: 'Expression', reason: 'chat spelling of "please"' },
  kindly: { tag: 'Adverb', reason: 'compromise reads it as an adjective; in "kindly send" it is a request adverb' },
  thx: { tag: 'Expression', reason: 'chat spelling of "thanks", a gratitude marker' },
  asap: { tag: 'Adverb', reason: '"send it asap": an adverb of urgency, not a noun' },
};

let installed = false;

/** compromise's own bulk matcher, kept so a test can show ours tags exactly as it does. */
export let stockBulkMatch: BulkMatch | undefined;

/** Installs the plugin once; compromise plugins are global, so repeated calls must be no-ops. */
function install(): void {
  if (installed) return;
  installed = true;
  const words: Record<string, string> = {};
  for (const [word, entry] of Object.entries(extraWords)) words[word] = entry.tag;
  const world = nlp.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } };
  stockBulkMatch = world.methods.one.bulkMatch;
  nlp.plugin({ words, methods: { one: { bulkMatch } } });
}

export type Doc = ReturnType<typeof nlp>;

/** Parses one sentence. Callers parse a sentence once and run every pattern on that one doc. */
export function parse(text: string): Doc {
  install();
  return nlp(text);
}

/**
 * A match pattern parsed once, as a test of a parsed sentence: `doc.has(pattern)`, skipped when the
 * pattern's first words cannot match anywhere (the quick test of sweep.ts, which never says no wrongly).
 */
export function compileTest(match: string): (doc: Doc) => boolean {
  install();
  const regs = nlp.parseMatch(match);
  const world = nlp.world() as unknown as { methods: { one: { termMethods: object } } };
  const quick = quickTest(regs as unknown[], world.methods.one);
  return (doc) => quick(doc.docs as unknown[][]) && doc.has(regs);
}

/** Compiles many match patterns into one net, swept over a doc in a single pass. */
export function buildNet(matches: Array<{ match: string } & Record<string, unknown>>): ReturnType<typeof nlp.buildNet> {
  install();
  return nlp.buildNet(matches);
}

/**
 * The patterns of `net` that match somewhere in `doc`, in the order `doc.sweep(net, { tagger: false })`
 * finds them, without the views `doc.sweep` builds for every hit (nobody reads them here).
 */
export function sweepMatches(doc: Doc, net: ReturnType<typeof buildNet>): string[] {
  const { methods } = doc as unknown as { methods: { one: { bulkMatch: BulkMatch } } };
  const found = methods.one.bulkMatch(doc.docs as unknown[][], net as unknown as Parameters<BulkMatch>[1], methods as never);
  return found.map((hit) => hit.match);
}

export { nlp };

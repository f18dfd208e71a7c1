/**
 * Our bulk matcher (src/engine/en/sweep.ts) replaces compromise's inside every parse, so it must tag
 * exactly as compromise does: same tags on every word of real email sentences, and the same cues of our
 * own net found, as with compromise's matcher.
 */
import { describe, expect, it } from 'vitest';
import { loadIntent } from '../../../scripts/eval/email-intent';
import { explainEnglish } from '../../../src/engine/en/signals';
import * as lexicon from '../../../src/engine/en/lexicon';
import { compileTest, nlp, parse, stockBulkMatch } from '../../../src/engine/en/nlp';
import { bulkMatch, type BulkMatch } from '../../../src/engine/en/sweep';
import { splitSentences } from '../../../src/engine/sentences';

parse('warm up');
const methods = (nlp.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } }).methods.one;

function withMatcher<T>(matcher: BulkMatch, run: () => T): T {
  const ours = methods.bulkMatch;
  methods.bulkMatch = matcher;
  try {
    return run();
  } finally {
    methods.bulkMatch = ours;
  }
}

/** Every word of a parse with its tags, e.g. "send:Imperative,Infinitive,Verb". */
function tagged(text: string): string[] {
  return parse(text).docs.flat().map((t) => `${t.normal}:${[...(t.tags ?? [])].sort().join(',')}`);
}

// Every third row of the corpus: about 1,300 sentences of real email, parsed twice each.
const sentences = loadIntent()
  .filter((_, i) => i % 3 === 0)
  .flatMap((item) => splitSentences(item.text).map((s) => s.text))
  .concat(["oke, I'll email you tomorrow at 1 PM the latest ya", 'Could you kindly send it asap pls?', 'Why did you not reply?!']);

describe('bulk matcher', () => {
  it('is installed in place of compromise’s own', () => {
    expect(methods.bulkMatch).toBe(bulkMatch);
    expect(stockBulkMatch).toBeTypeOf('function');
    expect(stockBulkMatch).not.toBe(bulkMatch);
  });

  it('tags every word of the email-intent sentences as compromise’s matcher does', () => {
    expect(sentences.length).toBeGreaterThan(1000);
    const differ = sentences.filter((s) => {
      const ours = tagged(s);
      const stock = withMatcher(stockBulkMatch!, () => tagged(s));
      return ours.join(' ') !== stock.join(' ');
    });
    expect(differ).toEqual([]);
  }, 60_000);

  it('finds the same cues of our own lexicon', () => {
    const sample = sentences.filter((_, i) => i % 3 === 0);
    const differ = sample.filter((s) => {
      const ours = explainEnglish(s).map((c) => c.match);
      const stock = withMatcher(stockBulkMatch!, () => explainEnglish(s).map((c) => c.match));
      return ours.join('|') !== stock.join('|');
    });
    expect(differ).toEqual([]);
  }, 60_000);
});

describe('quick test before a pattern runs', () => {
  // Every cue and exception of the lexicon, tested alone: the quick test may let a pattern through that
  // then fails, but must never turn away one that matches (the exceptions rely on it, through `compileTest`).
  type Cue = { match: string; unless?: string[] };
  const patterns = [
    ...new Set(
      (Object.values(lexicon) as unknown[])
        .filter((v): v is Cue[] => Array.isArray(v) && typeof (v[0] as Cue | undefined)?.match === 'string')
        .flat()
        .flatMap((cue) => [cue.match, ...(cue.unless ?? [])]),
    ),
  ];

  it('agrees with doc.has on every lexicon pattern and every corpus sentence sampled', () => {
    const tests = patterns.map((p) => ({ p, quick: compileTest(p), regs: nlp.parseMatch(p) }));
    const docs = sentences.filter((_, i) => i % 4 === 0).map((s) => parse(s));
    let matched = 0;
    const differ: string[] = [];
    for (const doc of docs) {
      for (const { p, quick, regs } of tests) {
        const has = doc.has(regs);
        if (has) matched++;
        if (quick(doc) !== has) differ.push(`${p} on "${doc.text()}"`);
      }
    }
    expect(matched).toBeGreaterThan(500);
    expect(differ).toEqual([]);
  }, 60_000);
});

describe('compromise/two', () => {
  it('is enough: no cue uses <Chunk> syntax, which only the full build computes', () => {
    expect((nlp.world() as unknown as { hooks: string[] }).hooks).not.toContain('chunks');
    type Cue = { match: string; unless?: string[] };
    const patterns = (Object.values(lexicon) as unknown[])
      .filter((v): v is Cue[] => Array.isArray(v) && typeof (v[0] as Cue | undefined)?.match === 'string')
      .flat()
      .flatMap((cue) => [cue.match, ...(cue.unless ?? [])]);
    expect(patterns.length).toBeGreaterThan(100);
    expect(patterns.filter((p) => /<\w/.test(p))).toEqual([]);
  });
});

/**
 * English sentence reader: requests, commitments, questions and politeness of one sentence.
 * The sentence is parsed once; every cue in lexicon.ts is compiled into one compromise net and
 * swept over that parse in a single pass.
 */
import type { QuestionKind } from '../types';
import type { SentenceSignals } from '../signals';
import {
  bareQuestionCues,
  commitmentCues,
  indirectQuestionCues,
  notCommitmentCues,
  notRequestCues,
  questionKindCues,
  requestCues,
  strategies,
  type Cue,
} from './lexicon';
import { buildNet, compileTest, parse, sweepMatches, type Doc } from './nlp';
import { scorePoliteness } from './politeness';

const GROUPS = {
  request: requestCues,
  notRequest: notRequestCues,
  commitment: commitmentCues,
  notCommitment: notCommitmentCues,
  indirectQuestion: indirectQuestionCues,
  bareQuestion: bareQuestionCues,
  questionKind: questionKindCues,
  strategy: strategies,
} satisfies Record<string, Cue[]>;

type Group = keyof typeof GROUPS;

interface Owner {
  group: Group;
  index: number;
}

/** Compiled net plus, per distinct pattern, the cues that use it: compromise drops a pattern
 * repeated in one net, so two cues sharing a pattern must share one entry. */
let compiled: { net: ReturnType<typeof buildNet>; owners: Map<string, Owner[]>; unless: Map<string, (doc: Doc) => boolean> } | null = null;

function cueNet(): NonNullable<typeof compiled> {
  if (compiled) return compiled;
  const owners = new Map<string, Owner[]>();
  // `doc.has("…")` parses its pattern on every call; the exceptions are parsed once here instead.
  const unless = new Map<string, (doc: Doc) => boolean>();
  for (const [group, cues] of Object.entries(GROUPS) as Array<[Group, Cue[]]>) {
    cues.forEach((cue, index) => {
      const list = owners.get(cue.match) ?? [];
      list.push({ group, index });
      owners.set(cue.match, list);
      for (const u of cue.unless ?? []) if (!unless.has(u)) unless.set(u, compileTest(u));
    });
  }
  // `group` is a reserved field of compromise match objects (capture group), so only `match` is passed.
  compiled = { net: buildNet([...owners.keys()].map((match) => ({ match }))), owners, unless };
  return compiled;
}

/** Every cue that matched a sentence, with its reason: for explanations and for debugging the lexicon. */
export function explainEnglish(sentence: string): Array<{ group: Group; match: string; reason: string }> {
  const hits = sweep(parse(sentence));
  const out: Array<{ group: Group; match: string; reason: string }> = [];
  for (const group of Object.keys(hits) as Group[]) {
    for (const i of hits[group]) {
      const cue = GROUPS[group][i];
      if (cue) out.push({ group, match: cue.match, reason: cue.reason });
    }
  }
  return out;
}

/** Which cues of each group matched, as sets of indices into that group's list. */
function sweep(doc: Doc): Record<Group, Set<number>> {
  const hits: Record<Group, Set<number>> = {
    request: new Set(),
    notRequest: new Set(),
    commitment: new Set(),
    notCommitment: new Set(),
    indirectQuestion: new Set(),
    bareQuestion: new Set(),
    questionKind: new Set(),
    strategy: new Set(),
  };
  const { net, owners, unless: patterns } = cueNet();
  // the net only reads; it must not retag the parse
  for (const match of sweepMatches(doc, net)) {
    for (const o of owners.get(match) ?? []) {
      const unless = GROUPS[o.group][o.index]?.unless;
      if (!unless?.some((u) => patterns.get(u)!(doc))) hits[o.group].add(o.index);
    }
  }
  return hits;
}

/** The first kind in lexicon order whose cue matched; a question with no cue is open. */
function questionKind(found: ReadonlySet<number>): QuestionKind {
  const first = Math.min(...found);
  return questionKindCues[first]?.kind ?? 'open';
}

/** A question mark that ends a question: not after a colon ("To:??", mojibake in old headers), not
 * inside a word ("Planificaci?n", a lost accent), not a run of four or more. */
const QUESTION_MARK = /(?<![:?\uFF1F])[?\uFF1F]{1,3}(?![?\uFF1F\p{L}])/u;

export function englishSignals(sentence: string): SentenceSignals {
  const doc = parse(sentence);
  const hits = sweep(doc);
  const isQuestion =
    QUESTION_MARK.test(sentence) ||
    hits.indirectQuestion.size > 0 ||
    // word-order questions typed without "?"; not when a "?" is there but was rejected above
    (!/[?\uFF1F]/.test(sentence) && hits.bareQuestion.size > 0);
  const isRequest = hits.request.size > 0 && hits.notRequest.size === 0;
  const isCommitment = hits.commitment.size > 0 && hits.notCommitment.size === 0;
  const { politeness, strategies: names } = scorePoliteness(sentence, hits.strategy);
  const signals: SentenceSignals = { isRequest, isCommitment, isQuestion, politeness, strategies: names };
  if (isQuestion) signals.questionKind = questionKind(hits.questionKind);
  return signals;
}

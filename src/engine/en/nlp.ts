/**
 * The one compromise instance the English reader uses, extended through `nlp.plugin` rather than by
 * post-processing strings. Word entries are data with a reason, like the lexicon.
 */
import nlp from 'compromise';

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

/** Installs the plugin once; compromise plugins are global, so repeated calls must be no-ops. */
function install(): void {
  if (installed) return;
  installed = true;
  const words: Record<string, string> = {};
  for (const [word, entry] of Object.entries(extraWords)) words[word] = entry.tag;
  nlp.plugin({ words });
}

export type Doc = ReturnType<typeof nlp>;

/** Parses one sentence. Callers parse a sentence once and run every pattern on that one doc. */
export function parse(text: string): Doc {
  install();
  return nlp(text);
}

/** Compiles many match patterns into one net, swept over a doc in a single pass. */
export function buildNet(matches: Array<{ match: string } & Record<string, unknown>>): ReturnType<typeof nlp.buildNet> {
  install();
  return nlp.buildNet(matches);
}

export { nlp };

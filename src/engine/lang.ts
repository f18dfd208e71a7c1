/**
 * Language of a sentence or a message: 'en', 'id' or 'mixed'.
 *
 * Counts words that belong to one language only (function words, frequent email words, telling
 * affixes) and ignores what belongs to neither: names (capitalised words mid-sentence), URLs, email
 * addresses, numbers, and loanwords Indonesian uses as-is ("email", "file", "meeting", "ok").
 *
 * Decisions:
 * - No evidence at all ("ok", "👍", "Budi", "15.00") → 'en'. English is the interface default and
 *   the English reader is harmless on a word it does not know; `langScores` exposes the counts, and
 *   `detectMessageLang` gives such sentences no weight.
 * - "oke", "siap", "sip" are Indonesian spellings → 'id'.
 * - 'mixed' when the minority language has real weight: two or more words and 15 % of the counted
 *   words, or one word and 25 %. "oke, I'll email you tomorrow at 1 PM the latest ya" is mixed
 *   (2 of 8); "Hi Budi, the report is attached" is English.
 */
import type { Lang } from './types';
import { ID_WORDS, INFORMAL_MARKERS, NORMAL } from './id/lexicon';

/** Entries of the Indonesian chat lists that are English (or shared) and must not count as Indonesian. */
const ENGLISH_SHORTHANDS = new Set([
  'ok', 'okay', 'thx', 'pls', 'plz', 'thanks', 'hello', 'lol', 'bro', 'sis', // English, also used in Indonesian chat
  'min', 'dm', 'km', 'cm', 'kk', 'dr', // units and abbreviations shared by both
  'ka', 'lo', 'sm', 'ak', 'ko', 'ga', 'lg', 'dl', // two letters: too short to be evidence
]);

/** English evidence, grouped by why each word counts. */
const EN_GROUPS: Readonly<Record<string, readonly string[]>> = {
  'function word, not used in Indonesian': [
    'the', 'a', 'an', 'and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'into',
    'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had',
    'will', 'would', 'could', 'can', 'should', 'shall', 'may', 'might', 'must', 'not', 'no', 'yes',
    'i', 'you', 'your', 'yours', 'we', 'our', 'us', 'they', 'their', 'them', 'he', 'she', 'his', 'her',
    'it', 'its', 'this', 'that', 'these', 'those', 'me', 'my', 'mine', 'myself', 'there', 'here',
    'if', 'as', 'so', 'than', 'then', 'because', 'about', 'all', 'any', 'some', 'just', 'also', 'only',
    'what', 'when', 'where', 'who', 'why', 'how', 'which', 'whether', 'up', 'out', 'over', 'after', 'before',
    'until', 'till', 'again', 'still', 'very', 'too', 'more', 'most', 'much', 'many', 'each', 'every',
  ],
  'frequent English email word': [
    'please', 'thanks', 'thank', 'sorry', 'let', 'know', 'get', 'send', 'sent', 'need', 'want', 'hope',
    'make', 'sure', 'see', 'look', 'forward', 'attached', 'regards', 'best', 'dear', 'hi', 'hello', 'hey',
    'tomorrow', 'today', 'tonight', 'yesterday', 'week', 'next', 'last', 'latest', 'soon', 'later', 'asap',
    'morning', 'afternoon', 'evening', 'noon', 'time', 'day', 'days', 'check', 'reply', 'answer', 'question',
    'questions', 'ready', 'done', 'finish', 'work', 'working', 'great', 'good', 'fine', 'well', 'noted',
    'said', 'told', 'mentioned', 'per', 'earliest', 'convenience', 'chance', 'point', 'bit', 'while',
    'call', 'talk', 'give', 'take', 'tell', 'ask', 'asked', 'wondering', 'think', 'thought',
  ],
  'weekday or month name in English': [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ],
  'English contraction': [
    "i'm", "i'll", "i've", "i'd", "you're", "you'll", "we'll", "we're", "it's", "that's", "don't", "can't",
    "won't", "didn't", "doesn't", "isn't", "let's", "there's", "what's",
  ],
};

/**
 * Words Indonesian writers use as-is, or that are spelled the same in both languages; they tell
 * nothing about the language, so they are not counted. Grouped by reason.
 */
const NEUTRAL_GROUPS: Readonly<Record<string, readonly string[]>> = {
  'loanword used unchanged in Indonesian work email': [
    'email', 'e-mail', 'file', 'meeting', 'deadline', 'update', 'share', 'online', 'offline', 'link', 'website',
    'data', 'status', 'project', 'report', 'draft', 'slide', 'slides', 'invoice', 'budget', 'review', 'feedback',
    'upload', 'download', 'transfer', 'internet', 'admin', 'dm', 'chat', 'team', 'client', 'follow', 'zoom',
    'press', 'release', 'event', 'brief', 'pdf', 'doc', 'docs', 'excel', 'password', 'login', 'account', 'order',
  ],
  'acknowledgement shared by both languages': ['ok', 'okay', 'oh', 'hmm', 'wow', 'btw', 'fyi', 'nah'],
};

/** Capitalised words that are still evidence mid-sentence (not names). */
const CAPITALISED_OK = new Set([
  'i', "i'm", "i'll", "i've", "i'd", 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu', 'bapak', 'pak', 'ibu', 'bu', 'kak',
  'mas', 'mbak', 'anda', 'asap',
]);

const EN = new Set(Object.values(EN_GROUPS).flat());
const NEUTRAL = new Set(Object.values(NEUTRAL_GROUPS).flat());
/** Indonesian evidence: the lexicon, plus the chat spellings that normalize to Indonesian words ("gmna", "udh", "tlg"). */
const ID = new Set([
  ...Object.keys(ID_WORDS),
  ...Object.keys(NORMAL).filter((w) => !ENGLISH_SHORTHANDS.has(w)),
  ...Object.keys(INFORMAL_MARKERS).filter((w) => !ENGLISH_SHORTHANDS.has(w)),
]);
/** Indonesian words that an English suffix test would otherwise claim ("penting" ends in -ing). */
const ID_LOOKALIKE = new Set(['penting', 'sering', 'masing', 'asing', 'kering', 'pusing', 'bening', 'dinding', 'anjing', 'kambing', 'kucing', 'genting', 'miring', 'keliling', 'banding']);

/** English words an Indonesian prefix test would otherwise claim. */
const EN_LOOKALIKE = new Set(['member', 'members', 'memory', 'memories', 'mentor', 'mentors', 'mental', 'menace', 'berlin', 'berries', 'membrane', 'memorial', 'memento', 'memoir']);

const IGNORE = /https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|[@#]\w+/gi;
const WORD = /[\p{L}][\p{L}'’]*(?:-[\p{L}]+)*/gu;

export interface LangScores {
  en: number;
  id: number;
}

function classify(word: string): 'en' | 'id' | null {
  const w = word.toLowerCase().replace(/’/g, "'");
  if (NEUTRAL.has(w)) return null;
  if (ID.has(w) || ID_LOOKALIKE.has(w)) return 'id';
  if (EN.has(w)) return 'en';
  // Indonesian clitics and suffixes on any stem, including English ones: "file-nya", "dikirimkan", "cobalah".
  if (/-(nya|lah|kah)$/.test(w) || /^\p{L}{3,}(nya|kan|lah|kah)$/u.test(w) || /^(di|me[mn]g?|ber|ter)\p{L}{3,}(kan|i)$/u.test(w)) return 'id';
  // Reduplication ("kapan-kapan", "hati-hati") is Indonesian grammar.
  const parts = w.split('-');
  if (parts.length === 2 && parts[0] === parts[1] && parts[0]!.length > 2) return 'id';
  if (/'(ll|re|ve|d|s|m)$|n't$/.test(w) || /^\p{L}{3,}(tion|tions|ly|ed|ing)$/u.test(w)) return 'en';
  // Indonesian active and intransitive prefixes ("menambah", "bertanya"); long enough to spare "menu", "berry".
  if (/^(meng|meny|mem|men|ber)\p{L}{4,}$/u.test(w) && !EN_LOOKALIKE.has(w)) return 'id';
  return null;
}

/** Counts of English and Indonesian evidence in a sentence. */
export function langScores(sentence: string): LangScores {
  const scores = { en: 0, id: 0 };
  const text = sentence.replace(IGNORE, ' ');
  let lastEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const capitalised = /^\p{Lu}\p{Ll}/u.test(word);
    const atStart = lastEnd < 0 || /[.!?:]/.test(text.slice(lastEnd, m.index));
    lastEnd = m.index + word.length;
    // A capitalised word inside a sentence is a name ("Dan", "Ada") unless it is a day, an address or "I".
    if (capitalised && !atStart && !CAPITALISED_OK.has(word.toLowerCase())) continue;
    const lang = classify(word);
    if (lang) scores[lang]++;
  }
  return scores;
}

/** The language of one sentence from its word evidence. */
export function langOfSentence({ en, id }: LangScores): Lang {
  const total = en + id;
  if (total === 0) return 'en';
  const minority = Math.min(en, id);
  if ((minority >= 2 && minority / total >= 0.15) || (minority >= 1 && minority / total >= 0.25)) return 'mixed';
  return id > en ? 'id' : 'en';
}

/** Language of one sentence: 'en', 'id', or 'mixed' when both carry real weight. */
export function detectLang(sentence: string): Lang {
  return langOfSentence(langScores(sentence));
}

/**
 * Language of a whole message, from the evidence of all its sentences together (so a greeting
 * "Halo Pak" on an English email does not make it mixed). 'mixed' when each language has at least
 * a quarter of the counted words.
 */
export function detectMessageLang(sentences: readonly string[]): Lang {
  return langOfScores(sentences.map(langScores));
}

/** The language of a message from its sentences' word evidence (cached per sentence by the Analyzer). */
export function langOfScores(scores: readonly LangScores[]): Lang {
  let en = 0;
  let id = 0;
  for (const sc of scores) {
    en += sc.en;
    id += sc.id;
  }
  const total = en + id;
  if (total === 0) return 'en';
  if (id / total >= 0.75) return 'id';
  if (en / total >= 0.75) return 'en';
  return 'mixed';
}

/**
 * English cues as data: compromise match patterns, each with the reason it is there.
 * Contractions are expanded by compromise before matching, so "I'll" matches `i will`,
 * "didn't" matches `did not`. `^` anchors to the start of the sentence; a leading `@hasComma?`
 * lets a vocative or a connective ("Rick, …", "Also, …") stand before the cue.
 */
import { alternation, negativePhrases, negativeWords, positiveWords } from '../lexicon/sentiment';
import type { QuestionKind } from '../types';

export interface Cue {
  match: string;
  reason: string;
  /** Patterns that cancel this cue when the sentence also matches one of them. */
  unless?: string[];
}

/** Email drops the subject of statements ("Hope you are well", "Think so"): those verbs open
 * a sentence without ordering anything. */
const SUBJECTLESS =
  '^@hasComma? (and|so|but|also)? (hope|hoping|wish|guess|agree|think|need|want|love|like|appreciate|know|believe|feel|suppose|assume|trust|understand|expect|doubt|bet|look|sounds|seems|thought|sorry|glad|thank|thanks|welcome)';

/** Imperative-shaped formulas: wishes, sign-offs, apologies, praise. */
const NOT_ORDERS = [
  '^(take care|get well|good luck|congratulations|welcome|cheers|see you)',
  '^(talk|speak|chat|catch up) (soon|later|tomorrow|then|next)',
  '^keep up the #Adjective? work',
  '^(excuse|pardon|forgive) (the|my|our|me)',
  '^(have|enjoy) (a|an|the|your) #Adjective? (day|weekend|week|evening|holiday|holidays|trip|time|vacation|one|break|night)',
];

/** Openers that may precede an imperative without changing what it is. */
const LEAD = '^@hasComma? (also|and|so|now|just|then|but)? please? (just|also)?';

/** "You should …" that directs nobody: inside a clause, or inferring the past. */
const NOT_A_DIRECTIVE = [
  '(that|which|who|whom|if|when|whether|what) (you|you all|everyone) #Adverb? (should|must|need|have|will)',
  // "you should have received it": an inference about the past, not a directive
  '(should|must) have #PastTense',
];

export const requestCues: Cue[] = [
  {
    match: `${LEAD} (#Imperative && !let && !@hasColon)`,
    reason: 'a bare imperative at the start of the sentence ("Send me the file")',
    unless: [SUBJECTLESS],
  },
  {
    // compromise tags only some sentence-initial verbs #Imperative ("Go home", "and give me a call").
    // No vocative lead here: "Manager, Load Forecasting" would read as "Load!".
    match: '^(also|and|so|now|just|then|but)? please? (#Infinitive && !let && !@hasColon)',
    reason: 'a verb in its base form opening the sentence is an imperative',
    unless: [SUBJECTLESS, '^@isTitleCase @isTitleCase', '^(do|does|did|have|has|is|are|was|were) (#Pronoun|#Determiner)'],
  },
  { match: `${LEAD} (#PhrasalVerb && #Infinitive) #Particle`, reason: 'phrasal imperatives compromise leaves untagged ("Check out", "Follow up")' },
  { match: `${LEAD} (do|did) not (#Verb|be)`, reason: 'negative imperative ("Don\'t forget to …")' },
  { match: 'please', reason: '"please" anywhere marks a request', unless: ['(to|will|would|should|can|could) please'] },
  { match: '(pls|plz)', reason: 'chat spellings of "please"' },
  { match: 'kindly #Verb', reason: '"kindly send" is a formal request' },
  {
    match: '(can|could|would|will) (you|someone|somebody|anyone|anybody|y\'all)',
    reason: 'indirect request ("could you …")',
    // questions about the reader, not asks: "Will you be at the meeting?", "Can you believe it?"
    unless: ['(will|would|can|could) you be (at|in|there|around|back|here|home|free|available|attending|going|coming|joining|in town)', 'can you believe'],
  },
  { match: '(can|could|may) (i|we) (ask|get|have|borrow|see|trouble)', reason: 'request framed as the writer\'s permission ("Could I get a copy")' },
  { match: '(would|do) you mind', reason: 'deferential request' },
  { match: '(would|will) it be (possible|ok|okay|alright|feasible)', reason: 'impersonal request ("would it be possible to …")' },
  { match: 'is it (possible|ok|okay) (for you|to)', reason: 'impersonal request' },
  { match: 'let (me|us) know', reason: 'asks for a reply' },
  { match: 'keep (me|us) (posted|informed|updated|apprised)', reason: 'asks for future replies' },
  { match: 'keep (me|us) in the loop', reason: 'asks for future replies' },
  { match: 'get back to (me|us)', reason: 'asks for a reply' },
  { match: '(i|we) #Adverb? (need|want|would like|require|expect) (you|someone|somebody|one of you|your team) to', reason: 'states what the reader must do ("I need you to …")' },
  { match: '(i|we) #Adverb? would (appreciate|be grateful|welcome)', reason: 'polite request ("I would appreciate it if …")' },
  { match: '(i|we) #Adverb? (appreciate|welcome) (any|your) (help|input|feedback|thoughts|comments|suggestions|assistance)', reason: 'invites the reader to contribute' },
  { match: '(i|we) (ask|request) (that|you)', reason: 'explicit request verb' },
  { match: '(i|we) #Adverb? (look|am looking|are looking) forward to (hearing|your|receiving|getting)', reason: 'expects a reply or an action from the reader' },
  { match: 'would be #Adverb? (great|helpful|nice|good|ideal|useful|wonderful|appreciated|best|better) (if|to)', reason: 'hedged request ("it would be great if you …", "would be useful to get a copy")' },
  { match: '(it|that) (may|might|would|could) be #Adverb? (worthwhile|worth|a good idea|best|better|wise|useful) (to|for|if)', reason: 'suggestion the reader is expected to act on' },
  { match: 'you (may|might) (want|wish|like) to', reason: 'advice phrased as the reader\'s wish' },
  { match: '(i|we) #Adverb? (would|am|are) #Adverb? (like|love|happy|glad|keen) to (meet|discuss|talk|chat|schedule|arrange|hear|invite|speak|review|go over|get together|set up|catch up|sit down|follow up|have a|see you|get your)', reason: 'proposes an interaction the reader must answer' },
  { match: '(i|we) #Adverb? would like (you|y\'all|everyone|all of you)', reason: 'invites the reader ("We would like you to join us")' },
  { match: '(we|you) (can|could|might|should) #Adverb? (meet|discuss|talk|chat|get together|grab|have lunch|have a|have dinner|schedule|go over|set up|ask|review|catch up|visit|sit down)', reason: 'suggests a joint action' },
  { match: 'my #Adjective? (recommendation|suggestion|advice|request|proposal) (is|would be)', reason: 'a recommendation asks the reader to act' },
  { match: '(you are|you\'re|you all are) #Adverb? (welcome|invited) to', reason: 'an invitation awaits an answer' },
  { match: '(hope|hopefully) (you|you all|you guys) (can|could|will) (join|come|make|attend)', reason: 'an invitation awaits an answer' },
  { match: '(feel free|do not hesitate) to', reason: 'invites an action' },
  {
    // phrases inside one alternation are slow to try and were missed after an adverb ("you guys will need to")
    match: '(you|everyone) (all|guys)? #Adverb? (should|must|ought)',
    reason: 'tells the reader what to do',
    unless: NOT_A_DIRECTIVE,
  },
  {
    match: '(you|everyone) (all|guys)? #Adverb? will? #Adverb? (need|have) to',
    reason: 'tells the reader what to do',
    unless: NOT_A_DIRECTIVE,
  },
  { match: '(make|be) sure', reason: 'asks the reader to secure an outcome' },
  { match: 'ensure that', reason: 'asks the reader to secure an outcome' },
  { match: '(i|we) #Adverb? would like (#Determiner|#Value|#Possessive)', reason: 'asks for a thing ("I would like 4 tickets")' },
  { match: '(i|we) #Adverb? (need|will need|would need) (#Determiner|#Possessive|#Value) #Adjective? #Noun', reason: 'states a need the reader is expected to meet' },
  { match: '(lets|let us) #Adverb? #Verb', reason: 'joint proposal ("Let\'s discuss") asks the reader to act' },
  { match: '(wondering|wonder|wondered) (if|whether) (you|someone|anyone) #Adverb? (could|would|can|might|will)', reason: 'polite request wrapped in "I was wondering if you could"' },
  { match: '(any|whatever|all) #Adjective? #Noun+ you (can|could) (provide|send|share|give|offer|spare)', reason: 'implicit ask ("Any data you can provide will help")' },
  { match: '(i|we) #Adverb? (would|could|might)? #Adverb? (suggest|recommend|propose|advise) (that|we|you|#Gerund)', reason: 'a recommendation asks the reader to act' },
  { match: '(i|we) (am|are) writing to (request|ask|invite|inquire|enquire|see if|find out|follow up)', reason: 'states the request that motivates the email' },
  { match: '(invite|inviting) (you|y\'all|everyone)', reason: 'an invitation awaits an answer' },
  { match: '(extend|send|sending|extending) an invitation', reason: 'an invitation awaits an answer' },
  { match: '^(just)? #Determiner? (quick|friendly|gentle)? reminder to', reason: 'a reminder restates a pending request' },
  { match: '(how|what) about', reason: 'suggestion awaiting an answer' },
  { match: 'why do not (you|we)', reason: 'suggestion phrased as a question' },
  { match: '^shall (i|we)', reason: 'offer awaiting an answer' },
  { match: '(any|your) (thoughts|comments|feedback|input|suggestions|ideas) (would|are|on|about)', reason: 'invites a reply' },
];

/** Sentences that look like requests but ask nothing of the reader. */
export const notRequestCues: Cue[] = [
  {
    match: '^@hasComma? (and|but|so|also|finally|again)? if you #Adverb? (have|need|want|wish|would like|prefer|choose|decide|require|are interested|would prefer|find|see|do not want|do not wish|received)',
    reason: 'an action offered on the reader\'s own condition ("If you have questions, contact us") is an optional invitation, not a request',
    // …unless the writer makes it personal ("if you have a different view, let\'s discuss", "call me")
    unless: ['(me|i|my|lets|let us)'],
  },
  { match: '(address book|safe sender|safe senders|safe list|white list|whitelist|unsubscribe|opt out)', reason: 'mass-mail housekeeping addressed to no one in particular' },
  ...NOT_ORDERS.map((match) => ({ match, reason: 'a formula that wishes, thanks or apologises; it orders nothing' })),
  { match: '^(please)? note (that|the|:)', reason: 'points out information; nothing to do' },
  { match: '^(please|pls) (see|find) (attached|enclosed|below)', reason: 'points to an attachment; nothing to do' },
  { match: '^(see|find) (attached|enclosed|below)', reason: 'points to an attachment; nothing to do' },
  { match: '^(thanks|thank you|thank)', reason: 'gratitude, even when followed by "for sending"' },
];

export const commitmentCues: Cue[] = [
  { match: '(i|we) #Adverb? will #Adverb? (#Infinitive && !be)', reason: 'promise in the future tense ("I\'ll send it")' },
  { match: '(i|we) #Adverb? will be (#Gerund|happy to|glad to|able to|sure to)', reason: 'promise with a progressive or an offer ("I will be sending")' },
  { match: '(i|we) #Adverb? would be #Adverb? (happy|glad|pleased|delighted) to', reason: 'an offer ("I would be happy to help") binds the writer once accepted' },
  { match: '(i|we) #Adverb? will have to #Infinitive', reason: 'an obligation the writer takes on' },
  { match: '(i|we) #Adverb? (am|are) going to (#Infinitive && !be)', reason: 'announced intention ("I\'m going to send")' },
  { match: '(i|we) #Adverb? shall (#Infinitive && !be)', reason: 'formal future promise' },
  { match: '(i|we) #Adverb? (promise|plan|intend|aim|commit) to', reason: 'explicit commitment verb' },
  { match: '^@hasComma? let me (!know && #Verb)', reason: 'offer to act ("Let me check")' },
  { match: '(i|we) (can|could) (have|get|send) (it|this|that|them|these|those) (to|over)', reason: 'offer with delivery ("I can have it to you")' },
  { match: '(i|we) (can|could) (have|get) (it|this|that|them) #Adverb? (done|ready|finished|back)', reason: 'offer with delivery' },
  { match: 'you will (have|get|receive) (it|this|that|them|these|those|the|my|our)', reason: 'delivery promised from the reader\'s side' },
  { match: '^will do', reason: 'terse acceptance of a task' },
  { match: '^(i am|we are) on (it|this|that)', reason: 'acceptance of a task' },
  { match: 'consider it done', reason: 'acceptance of a task' },
];

/** Promise-shaped phrases that do not promise anything. */
export const notCommitmentCues: Cue[] = [
  { match: '(i|we) will (not|never)', reason: 'negated future is a refusal or a statement, not a promise' },
  { match: '(if|whether|when) (i|we) will', reason: 'a conditional or an indirect question about the writer' },
];

/** Questions with no question mark ("I was wondering whether …"). */
export const indirectQuestionCues: Cue[] = [
  { match: '(wondering|wonder|wondered) (if|whether|when|what|how|who|why|where|which)', reason: '"I was wondering whether" asks politely' },
  {
    match: 'let (me|us) know (if|whether|when|what|how|who|which|where|why)',
    reason: 'asks for a specific answer',
    // "let me know if you need anything": an offer, nothing to answer now
    unless: ['know if you #Adverb? (need|want|require|have any|have other|would like|run into)'],
  },
  { match: '(do|does|did) (you|anyone|anybody) know (if|whether|when|what|how|who|which|where|why)', reason: 'embedded question' },
  { match: '(would like|want|wants|wanted|need|needs|am curious|are curious|is curious) to (know|find out|understand|confirm|check)', reason: 'states what the writer (or a colleague) needs to learn' },
  { match: '(curious|unsure) (if|whether|when|what|how|about)', reason: 'asks for information' },
  { match: '(tell|advise|confirm|show|inform) (me|us) (if|whether|when|what|how|who|which|where|why)', reason: 'asks for an answer' },
  { match: '(please|pls|kindly) (advise|confirm)', reason: 'formal way to ask for an answer' },
  { match: '^(any|do you have any) (idea|ideas|thoughts|update|updates|news|word)', reason: 'elliptical question ("Any update on this.")' },
];

/** Questions typed without "?", recognised by word order (after compromise's own heuristics). */
export const bareQuestionCues: Cue[] = [
  {
    match: '^@hasComma? (do|does|did|is|are|was|were|can|could|will|would|may|have|has|should|shall) (#Pronoun|#Determiner|#Noun|#Person)',
    reason: 'auxiliary before its subject: "Could you let me know if this is correct."',
    unless: ['^do (the|a|an|it|something|some|your|not)'],
  },
  { match: '^(what|why|how|who|where|which|when) (do|does|did|is|are|was|were|can|could|will|would|should|have|has)', reason: 'wh-word then auxiliary: "When did Bay State bill ENA for this."' },
  { match: 'or not$', reason: '"… or not" closes a yes/no question' },
];

/** The kind of answer a question expects, first match wins. */
export const questionKindCues: Array<Cue & { kind: QuestionKind }> = [
  // One alternation of words and many phrases is tried at every word of every sentence; split like
  // this, each phrase is tried only where its words are (src/engine/en/sweep.ts).
  { kind: 'when', match: 'when', reason: 'asks for a time' },
  { kind: 'when', match: '(what|which) (time|date|day)', reason: 'asks for a time' },
  { kind: 'when', match: 'how soon', reason: 'asks for a time' },
  { kind: 'how-many', match: 'how (many|much|long|often|far|big|large|old)', reason: 'asks for a quantity' },
  { kind: 'which', match: '(which|what) (#Noun|one|ones|of)', reason: 'asks to choose among options' },
  { kind: 'which', match: '#Noun or #Determiner? #Adjective? #Noun', reason: 'alternative question ("Tuesday or Wednesday")' },
  { kind: 'open', match: '(what|how|why|who|whom|whose|where)', reason: 'asks for an explanation or a fact' },
  { kind: 'yes-no', match: '^@hasComma? (and|so|but|also)? (#Auxiliary|#Modal|#Copula|do|does|did|have|has|is|are|was|were|can|could|would|will|should|shall|may|might)', reason: 'inverted auxiliary: answered with yes or no' },
  { kind: 'yes-no', match: '(if|whether)', reason: 'embedded yes/no question' },
];

export interface Strategy extends Cue {
  /** Name shown in explanations, kebab-case. */
  name: string;
  /** Contribution before squashing; signs follow Danescu-Niculescu-Mizil et al. (2013). */
  weight: number;
}

/** "why would you …", "why can't you …": the modal challenges a choice instead of softening a request. */
const WHY_MODAL = 'why (would|could|can|will) not? (you|someone|anyone|somebody|anybody)';

/**
 * Politeness strategies of Danescu-Niculescu-Mizil et al., "A computational approach to politeness"
 * (ACL 2013), table 3, plus conventional indirectness (yes/no questions) and first person, both
 * named in the paper, plus a few Brown & Levinson cues the paper's lexicon misses (second-person blame,
 * negative questions, "if so", invitations for input). Signs follow the paper; magnitudes were rounded
 * by hand after a logistic fit on the Stack Exchange development set (`npm run eval`), so they are
 * guides, not trained parameters. Fitting them harder does not pay: coordinate search gains ~3 points
 * on the half it is fitted on and loses them on the other half.
 */
export const strategies: Strategy[] = [
  { name: 'gratitude', weight: 1, match: '(thanks|thank|thx|appreciate|appreciated|grateful|thankful)', reason: 'thanking is the strongest polite cue' },
  { name: 'deference', weight: 0.5, match: '^@hasComma? (great|good|nice|interesting|excellent|fair|valid|cool|neat) (question|point|idea|work|answer|job|catch|suggestion)', reason: 'compliments the reader before asking' },
  { name: 'deference', weight: 0.5, match: '(you are|you were) (right|correct)', reason: 'concedes to the reader' },
  { name: 'greeting', weight: 0.6, match: '^(hi|hello|hey|dear|greetings|good morning|good afternoon|good evening)', reason: 'opens with a greeting' },
  { name: 'apology', weight: 0.5, match: '(sorry|apologize|apologise|apologies|excuse|pardon)', reason: 'apologising for the imposition' },
  { name: 'apology', weight: 0.5, match: 'forgive me', reason: 'apologising for the imposition' },
  { name: 'please', weight: 0.3, match: '. (please|pls|plz)', reason: '"please" inside the sentence softens it' },
  { name: 'please-start', weight: -0.05, match: '^(please|pls|plz)', reason: 'sentence-initial "please" reads as an order (weakly negative in the paper)' },
  { name: 'indirect-btw', weight: 0.4, match: 'by the way', reason: 'indirection' },
  { name: 'hedge', weight: 0.3, match: '(perhaps|maybe|possibly|probably|presumably|apparently|somewhat|fairly|seem|seems|seemed|suppose|guess|might|unsure|roughly|somehow)', reason: 'hedges lower the imposition' },
  { name: 'hedge', weight: 0.3, match: 'out of curiosity', reason: 'framing a question as curiosity disclaims any criticism' },
  { name: 'hedge', weight: 0.3, match: '(just|am|was) curious', reason: 'framing a question as curiosity disclaims any criticism' },
  { name: 'hedge', weight: 0.3, match: 'not (sure|certain) (if|whether|that|how|what|why|about|it|this)', reason: '"not sure if" admits doubt instead of asserting' },
  { name: 'hedge', weight: 0.3, match: '(i|we) #Adverb? (think|believe|feel|assume|suspect)', reason: 'hedges with a first-person opinion' },
  { name: 'counterfactual-modal', weight: 0.4, match: '(could|would) (you|someone|anyone|somebody|anybody)', unless: [WHY_MODAL], reason: 'indirect request ("could you")' },
  { name: 'indicative-modal', weight: 0.5, match: '(can|will) (you|someone|anyone|somebody|anybody)', unless: [WHY_MODAL], reason: 'indirect request ("can you")' },
  { name: 'modal-self', weight: 0.3, match: '(can|could|may|should|might) (i|we)', reason: 'asks about the writer\'s own action ("how can I …") rather than demanding one' },
  { name: 'subjunctive', weight: 0.3, match: '(would|could) it be', reason: 'subjunctive softening ("would it be possible")' },
  { name: 'subjunctive', weight: 0.3, match: '(wondering|wonder|wondered)', reason: '"I was wondering" distances the request' },
  { name: 'subjunctive', weight: 0.3, match: '(would|do) you mind', reason: 'asks permission to impose' },
  { name: 'yes-no-question', weight: 0.25, match: '^@hasComma? (do|does|did|is|are|was|were|have|has) (you|it|this|that|there|these|those|the|#Noun)', reason: 'a yes/no question leaves the reader an easy way out (conventional indirectness)' },
  { name: 'yes-no-question', weight: 0.25, match: '^@hasComma? (can|could|would|will|may|might) (it|this|that|there|these|those|the|a|an|one)', reason: 'a modal yes/no question ("Could this be a cache issue?") proposes an answer tentatively instead of asserting it' },
  { name: 'first-person', weight: 0.15, match: '(i|my|mine|myself)', reason: 'speaking from one\'s own position ("I am not sure …") rather than about the reader' },
  { name: 'first-person-start', weight: 0.1, match: '^@hasComma? (i|we|my|our)', reason: 'starts from the writer, not the reader (positive in the paper)' },
  { name: 'direct-question', weight: -0.2, match: '^@hasComma? (so|and|but|then)? (what|how|who|where|which)', reason: 'a bare wh-question is curt' },
  { name: 'why-question', weight: -0.9, match: 'why', unless: ['(reason|is|that|explains|wondering|wonder|curious|understand) why'], reason: '"why" questions the reader\'s choices; the most impolite cue in the paper' },
  { name: 'why-blame', weight: -0.4, match: 'why (did|do|does|have|has|would|were|was|are|is|can|could) not (you|they|he|she|it|this|that)', reason: '"why didn\'t you" assigns blame' },
  { name: 'why-blame', weight: -0.4, match: 'why (would|did|do) you', reason: '"why would you" questions the reader\'s judgement' },
  { name: 'challenge', weight: -0.45, match: 'what do you mean', reason: 'challenges the reader instead of asking' },
  { name: 'challenge', weight: -0.45, match: 'what (are|were) you (trying|attempting) to', reason: 'implies the reader\'s goal is unclear' },
  { name: 'challenge', weight: -0.45, match: 'what is your (question|problem|point)', reason: 'implies the reader failed to ask properly' },
  { name: 'challenge', weight: -0.45, match: '(did|have|do) you (even|actually|really|ever) #Verb', reason: 'doubts the reader made an effort' },
  { name: 'challenge', weight: -0.45, match: 'what is the (point|use|sense)', reason: 'dismisses the reader\'s work' },
  { name: 'direct-start', weight: -0.1, match: '^(so|then|and|but|or) !@hasComma', reason: 'conjunction-initial sentences read as abrupt' },
  { name: 'second-person-start', weight: -0.45, match: '^@hasComma? (you|your|yours)', reason: 'sentence centred on the reader reads as blame' },
  { name: 'factuality', weight: -0.45, match: '(actually|obviously|clearly|really|honestly|surely|seriously|exactly|again)', reason: 'insisting on facts challenges the reader' },
  { name: 'factuality', weight: -0.45, match: 'in fact', reason: 'insisting on facts challenges the reader' },
  { name: 'factuality', weight: -0.45, match: 'of course', reason: 'insisting on facts challenges the reader' },
  { name: 'factuality', weight: -0.45, match: 'per my last', reason: 'insisting on facts challenges the reader' },
  { name: 'factuality', weight: -0.45, match: 'as i (said|mentioned)', reason: 'insisting on facts challenges the reader' },
  { name: 'factuality', weight: -0.45, match: 'the (point|reality|truth) is', reason: 'insisting on facts challenges the reader' },
  { name: 'negation', weight: -0.45, match: '(#Negative|never|nothing|nobody|no)', unless: ['(can|could) not wait', 'no (problem|problems|worries|worry|doubt)', 'not a problem', 'do not hesitate', 'not hesitate', 'not (sure|certain)', 'if you #Adverb? (do|did|would) not mind', '(do|does|will) not (need|have) to worry'], reason: 'negated statements contradict or complain' },
  { name: 'bare-imperative', weight: -0.2, match: '^@hasComma? (#Imperative && !let)', unless: [SUBJECTLESS, ...NOT_ORDERS], reason: 'an order with no softener (dropped when "please" or thanks soften it)' },
  { name: 'negative-lexicon', weight: -0.35, match: alternation(negativeWords), reason: 'negative evaluation words (paper\'s strategy 5; list and reasons in lexicon/sentiment.ts)' },
  ...negativePhrases.map((p) => ({ name: 'negative-lexicon', weight: -0.35, match: p.word, reason: p.reason })),
  { name: 'positive-lexicon', weight: 0.5, match: alternation(positiveWords), reason: 'positive evaluation words (paper\'s strategy 4; list and reasons in lexicon/sentiment.ts)' },
  {
    name: 'second-person-blame',
    weight: -0.2,
    match: 'you #Adverb? (did|do|have|had|are|were|should|could|can|would|will) not',
    // "you don't need to worry" and "if you don't mind" spare the reader; they blame no one
    unless: ['you #Adverb? (do|did|will) not (need|have) to', 'if you #Adverb? (do|did|would) not mind', 'do not hesitate'],
    reason: 'says what the reader failed to do ("you didn\'t read", "you haven\'t tried")',
  },
  { name: 'second-person-blame', weight: -0.2, match: 'your #Adjective? #Noun (is|are|was|were) #Adverb? (wrong|incorrect|broken|unclear|confusing|not)', reason: 'faults the reader\'s work ("your answer is wrong")' },
  { name: 'negative-question', weight: -0.2, match: '^@hasComma? (and|but|so)? (is|are|was|were|do|does|did|have|has|would|should|could|can|will) not (it|this|that|you|there|they|the|he|she|we)', reason: 'a negative question ("Isn\'t it obvious?", "Don\'t you see?") presumes the answer' },
  { name: 'invites-input', weight: 0.4, match: '^@hasComma? (any|do you have any|are there any) (idea|ideas|thoughts|suggestions|pointers|hints|tips|advice|recommendations)', reason: '"Any thoughts?" asks for the reader\'s view rather than an action' },
  { name: 'conditional-hedge', weight: 0.4, match: 'if (so|not|yes|that is the case|this is the case)', reason: '"if so" / "if not" leaves the reader both answers instead of presuming one' },
];

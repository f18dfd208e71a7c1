/**
 * The engine (with compromise) and the rules registry are big; the popup's first paint needs neither.
 * They load on demand, once, in their own chunks.
 */

type EngineModule = typeof import('../engine');
type RulesModule = typeof import('../rules');

let engine: Promise<EngineModule> | undefined;
let rules: Promise<RulesModule> | undefined;

export const loadEngine = (): Promise<EngineModule> => (engine ??= import('../engine'));
export const loadRules = (): Promise<RulesModule> => (rules ??= import('../rules'));


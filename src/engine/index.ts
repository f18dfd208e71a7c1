/**
 * The engine's entry point. Pure: runs in node, in the content script and in extension pages.
 *
 *   analyze(draft, { quoted, options }) → Report
 *   new Analyzer().analyze(draft, quoted, options) → Report   (keeps a sentence cache: use one per compose)
 */
export type * from './types';
export { analyze, Analyzer, defaultOptions, findingKey } from './analyze';

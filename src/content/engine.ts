/**
 * The engine (compromise and our lexicons: four fifths of the content script) is loaded apart from the
 * rest, on the first compose or when the page is first idle, whichever comes first. Gmail's page then
 * loads with a content script that costs a few milliseconds, and the engine's one long evaluation runs
 * when Gmail is not busy starting up. Loaded once per page.
 */
export type Engine = typeof import('../engine/index');

let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  return (loading ??= import('../engine/index'));
}

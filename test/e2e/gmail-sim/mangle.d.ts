// Types for mangle.js (plain JS so the simulator page loads it unchanged).

export type Mangle = 'send-class' | 'send-moved' | 'body-attr' | 'body-bare' | 'no-main' | 'quote-missing';
export declare const MANGLES: readonly Mangle[];
/** Applies the named markup changes to everything under `root` (see SimOptions.mangle). */
export declare function applyMangles(root: ParentNode, mangles: readonly string[] | undefined): void;

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared corpora: `$JELAS_CORPORA`, else `../shared/corpora` beside the checkout. */
export function corporaDir(): string {
  return process.env.JELAS_CORPORA ?? path.resolve(repoRoot, '../shared/corpora');
}

export function corpus(...parts: string[]): string {
  return path.join(corporaDir(), ...parts);
}

import { Readable } from 'node:stream';
import { main } from '../../src/cli/main';

/** Runs `jelas` in process: its exit code, standard output and standard error. */
export async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await main(args, Readable.from([stdin]), { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

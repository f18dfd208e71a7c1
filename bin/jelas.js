#!/usr/bin/env node
// Entry point of the `jelas` command; the code lives in the built bundle (run `npm run build` first).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/jelas.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('jelas: the CLI is not built yet; run `npm run build` in the checkout first.\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2), process.stdin, process.stdout, process.stderr);

/**
 * `npm run eval`: scores the engine on the shared development corpora and prints one markdown table.
 * Corpora are read from `$JELAS_CORPORA`, else `../shared/corpora` beside the checkout.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalEmailIntent } from './email-intent';
import { evalEnronZones } from './enron-zones';
import { evalMailex } from './mailex';
import { corporaDir } from './paths';
import { evalPoliteness } from './politeness';
import { evalRealMail } from './realmail';
import { renderTable, type EvalRow } from './table';

type Section = { name: string; run: () => EvalRow[] | Promise<EvalRow[]> };

const here = path.dirname(fileURLToPath(import.meta.url));

/** STIF (Indonesian) is owned by the Indonesian engine; it joins the table when its module exists. */
async function evalStifIfPresent(): Promise<EvalRow[]> {
  if (!existsSync(path.join(here, 'stif.ts'))) return [];
  const mod = (await import('./stif')) as { evalStif?: () => EvalRow[] | Promise<EvalRow[]> };
  return mod.evalStif ? await mod.evalStif() : [];
}

const sections: Section[] = [
  { name: 'email-intent', run: () => evalEmailIntent() },
  { name: 'politeness-se', run: () => evalPoliteness() },
  { name: 'enron-zones', run: () => evalEnronZones() },
  { name: 'mailex-triggers', run: () => evalMailex() },
  { name: 'stif', run: evalStifIfPresent },
  { name: 'real-mail', run: () => evalRealMail() },
];

async function main(): Promise<void> {
  if (!existsSync(corporaDir())) {
    console.error(`corpora not found at ${corporaDir()} (set JELAS_CORPORA)`);
    process.exit(1);
  }
  const rows: EvalRow[] = [];
  const started = performance.now();
  // `npm run eval -- enron-zones stif` runs only the named sections
  const only = process.argv.slice(2);
  for (const section of sections.filter((s) => only.length === 0 || only.includes(s.name))) {
    const t = performance.now();
    try {
      rows.push(...(await section.run()));
    } catch (e) {
      // One broken section must not hide the others' numbers.
      rows.push({ set: section.name, metric: `failed: ${(e as Error).message.slice(0, 80)}`, value: NaN, n: 0 });
    }
    console.error(`${section.name}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  console.log(renderTable(rows));
  console.error(`total: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();

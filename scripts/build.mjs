#!/usr/bin/env node
// Builds the extension for Chrome and Firefox (dist/chrome, dist/firefox, and a zip of each)
// and the `jelas` CLI (dist/cli). Set JELAS_OUT_ROOT to build somewhere other than dist/.
import { build } from 'vite';
import { zipSync } from 'fflate';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.env.JELAS_OUT_ROOT ?? 'dist';
// What ships must not depend on who runs the build: under vitest NODE_ENV is 'test', and libraries
// (preact's JSX runtime among them) would keep their development code in the popup and options pages.
process.env.NODE_ENV = 'production';
const only = process.argv.slice(2);

function filesUnder(dir) {
  const out = {};
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = readFileSync(p);
    }
  };
  walk(dir);
  return out;
}

for (const browser of ['chrome', 'firefox']) {
  if (only.length && !only.includes(browser)) continue;
  const outDir = join(root, browser);
  process.env.JELAS_BROWSER = browser;
  process.env.JELAS_OUT = outDir;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  // crxjs leaves its build-time helper folder in the output; the store does not need it.
  const zip = zipSync(filesUnder(outDir), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  writeFileSync(join(root, `jelas-${browser}.zip`), zip);
  console.log(`built ${outDir} and ${join(root, `jelas-${browser}.zip`)} (${(zip.length / 1024).toFixed(0)} KiB)`);
}

if (!only.length || only.includes('cli')) {
  await build({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });
  console.log(`built ${join(root, 'cli')}`);
}

#!/usr/bin/env node
// Builds the extension for Chrome and Firefox (dist/chrome, dist/firefox, and a reproducible zip of each)
// and the `jelas` CLI (dist/cli). Set JELAS_OUT_ROOT to build somewhere other than dist/. With
// JELAS_SOURCEMAP=1, source maps are written to <root>/sourcemaps/<browser>/, beside the extension.
import { build } from 'vite';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesUnder, reproducibleZip } from './zip.mjs';

const root = process.env.JELAS_OUT_ROOT ?? 'dist';
// What ships must not depend on who runs the build: under vitest NODE_ENV is 'test', and libraries
// (preact's JSX runtime among them) would keep their development code in the popup and options pages.
process.env.NODE_ENV = 'production';
const only = process.argv.slice(2);

/** Moves the build's *.map files out of the extension (they never ship) into `to`, same relative paths. */
function moveSourceMaps(outDir, to) {
  rmSync(to, { recursive: true, force: true });
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.map')) {
        const dest = join(to, relative(outDir, p));
        mkdirSync(dirname(dest), { recursive: true });
        renameSync(p, dest);
      }
    }
  };
  walk(outDir);
}

for (const browser of ['chrome', 'firefox']) {
  if (only.length && !only.includes(browser)) continue;
  const outDir = join(root, browser);
  process.env.JELAS_BROWSER = browser;
  process.env.JELAS_OUT = outDir;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  if (process.env.JELAS_SOURCEMAP === '1') moveSourceMaps(outDir, join(root, 'sourcemaps', browser));
  const zip = reproducibleZip(filesUnder(outDir));
  writeFileSync(join(root, `jelas-${browser}.zip`), zip);
  console.log(`built ${outDir} and ${join(root, `jelas-${browser}.zip`)} (${(zip.length / 1024).toFixed(0)} KiB)`);
}

if (!only.length || only.includes('cli')) {
  await build({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });
  console.log(`built ${join(root, 'cli')}`);
}

import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { manifestFor, type Browser } from './manifest.config.ts';
import { localesPlugin } from './scripts/locales.ts';

/**
 * Builds one browser's unpacked extension. `scripts/build.mjs` runs it once per browser:
 *   JELAS_BROWSER=chrome|firefox JELAS_OUT=dist/chrome vite build
 */
const browser = (process.env.JELAS_BROWSER ?? 'chrome') as Browser;
const outDir = process.env.JELAS_OUT ?? `dist/${browser}`;

export default defineConfig({
  plugins: [preact(), localesPlugin(), crx({ manifest: manifestFor(browser), browser })],
  build: {
    outDir,
    emptyOutDir: true,
    target: browser === 'firefox' ? 'firefox128' : 'chrome116',
    minify: true,
    sourcemap: false,
    modulePreload: false,
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});

import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { manifestFor, type Browser } from './manifest.config.ts';
import { localesPlugin } from './scripts/locales.ts';
import { noticesPlugin } from './scripts/notices.ts';

/**
 * Builds one browser's unpacked extension. `scripts/build.mjs` runs it once per browser:
 *   JELAS_BROWSER=chrome|firefox JELAS_OUT=dist/chrome vite build
 */
const browser = (process.env.JELAS_BROWSER ?? 'chrome') as Browser;
const outDir = process.env.JELAS_OUT ?? `dist/${browser}`;

export default defineConfig({
  plugins: [preact(), localesPlugin(), crx({ manifest: manifestFor(browser), browser }), ...noticesPlugin()],
  build: {
    outDir,
    emptyOutDir: true,
    target: browser === 'firefox' ? 'firefox128' : 'chrome116',
    minify: true,
    // JELAS_SOURCEMAP=1 (the notices test) writes maps, which scripts/build.mjs moves out of the extension
    // ('hidden': no sourceMappingURL in the code). Off for what ships: crxjs would list them as web-accessible.
    sourcemap: process.env.JELAS_SOURCEMAP === '1' ? 'hidden' : false,
    modulePreload: false,
  },
  server: { cors: { origin: [/chrome-extension:\/\//] } },
});

import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

export type Browser = 'chrome' | 'firefox';

/** The MV3 manifest. Permissions are the fewest that work: `storage`, `alarms` (promise reminders and the promise badge), Gmail's origin only,
 * and `notifications` as an optional permission, asked for only when the user turns reminders on. */
export function manifestFor(browser: Browser) {
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    short_name: 'Jelas',
    description: '__MSG_extDescription__',
    version: pkg.version,
    default_locale: 'en',
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: {
      default_title: '__MSG_actionTitle__',
      default_popup: 'src/popup/index.html',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
    },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    background:
      browser === 'firefox'
        ? ({ scripts: ['src/background/index.ts'], type: 'module' } as never)
        : { service_worker: 'src/background/index.ts', type: 'module' },
    content_scripts: [
      {
        matches: ['https://mail.google.com/*'],
        js: ['src/content/index.ts'],
        run_at: 'document_idle',
        all_frames: false,
      },
    ],
    permissions: ['storage', 'alarms'],
    // Reminders of promises falling due: asked for in the options page, only when the user turns reminders on.
    optional_permissions: ['notifications'],
    host_permissions: ['https://mail.google.com/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'jelas@jelas.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads `gecko` too, but only understands data_collection_permissions from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '116' }),
  });
}

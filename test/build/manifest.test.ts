// The manifest each browser gets: MV3, the fewest permissions, a strict CSP, and a background each accepts.
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../manifest.config';
import { loadLocales } from '../../scripts/locales';

describe.each(['chrome', 'firefox'] as const)('%s manifest', (browser) => {
  const m = manifestFor(browser) as unknown as Record<string, unknown> & {
    background: Record<string, unknown>;
    content_security_policy: { extension_pages: string };
  };

  it('is MV3 with storage, alarms (promise reminders) and Gmail only; notifications only as an optional permission', () => {
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'alarms']);
    expect(m['optional_permissions']).toEqual(['notifications']);
    expect(m.host_permissions).toEqual(['https://mail.google.com/*']);
    expect(m.content_security_policy.extension_pages).toMatch(/script-src 'self'/);
    expect(m.content_security_policy.extension_pages).toMatch(/connect-src 'self'/);
  });

  it('names and describes itself from _locales in both languages', () => {
    const { en, id } = loadLocales();
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('en');
    for (const key of ['extName', 'extDescription', 'actionTitle']) {
      expect(en[key]?.message).toBeTruthy();
      expect(id[key]?.message).toBeTruthy();
      expect(id[key]?.message).not.toBe(en[key]?.message);
    }
  });

  it('has a background the browser accepts', () => {
    if (browser === 'firefox') {
      expect(m.background.scripts).toEqual(['src/background/index.ts']);
      expect(m.background.service_worker).toBeUndefined();
      expect(m.browser_specific_settings).toMatchObject({
        gecko: { id: 'jelas@jelas.dev', strict_min_version: '140.0' },
        // data_collection_permissions needs Firefox for Android 142.
        gecko_android: { strict_min_version: '142.0' },
      });
    } else {
      expect(m.background.service_worker).toBe('src/background/index.ts');
      expect(m.browser_specific_settings).toBeUndefined();
    }
  });
});

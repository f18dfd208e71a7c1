// What the stores are given: the listing in English and Indonesian within Chrome Web Store and
// addons.mozilla.org limits, images at the stores' sizes, a privacy policy that names every permission the
// manifest asks for, and a changelog entry for this version.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { manifestFor } from '../../manifest.config';
import { PROMO, SCREENSHOT } from '../../store/promo';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('latin1'), path).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const SHOTS = ['screenshot-1-card', 'screenshot-2-presend', 'screenshot-3-popup', 'screenshot-4-options'];

describe.each(['en', 'id'] as const)('the %s listing', (lang) => {
  const short = readFileSync(`store/${lang}/short.txt`, 'utf8').trim();
  const long = readFileSync(`store/${lang}/long.txt`, 'utf8').trim();

  it('has a short description within Chrome\'s 132 characters (and AMO\'s 250), on one line', () => {
    expect(short.length).toBeGreaterThan(40);
    expect([...short].length).toBeLessThanOrEqual(132);
    expect(short).not.toContain('\n');
  });

  it('has a long description within Chrome\'s 16,000 characters that says what is stored and sent', () => {
    expect(long.length).toBeGreaterThan(600);
    expect(long.length).toBeLessThanOrEqual(16_000);
    expect(long).toMatch(lang === 'en' ? /sends nothing/ : /tidak mengirim apa pun/);
    expect(long).toContain('mail.google.com');
  });

  it('is in its own language', () => {
    const words = lang === 'en' ? /\b(the|and|your|you)\b/gi : /\b(yang|dan|Anda|di)\b/g;
    expect((long.match(words) ?? []).length).toBeGreaterThan(15);
    if (lang === 'id') expect(long).not.toMatch(/\b(the|your)\b/);
  });

  it.each(SHOTS)('has %s at 1280×800', (name) => {
    expect(pngSize(`store/${lang}/${name}.png`)).toEqual(SCREENSHOT);
  });

  it('has a 440×280 promo tile', () => {
    expect(pngSize(`store/${lang}/promo-440x280.png`)).toEqual(PROMO);
  });
});

describe('PRIVACY.md', () => {
  const policy = readFileSync('PRIVACY.md', 'utf8');

  it.each(['chrome', 'firefox'] as const)('explains every permission the %s manifest asks for', (browser) => {
    const m = manifestFor(browser) as unknown as { permissions: string[]; host_permissions: string[] };
    for (const p of [...m.permissions, ...m.host_permissions]) expect(policy).toContain(`\`${p}\``);
  });

  it('says what is stored, where, and that nothing is sent', () => {
    for (const s of ['storage.sync', 'storage.local', 'Ignore', 'never stores the text of your email', 'sends nothing']) expect(policy).toContain(s);
  });
});

describe('CHANGELOG.md', () => {
  it('follows Keep a Changelog and has a dated section for this version', () => {
    const log = readFileSync('CHANGELOG.md', 'utf8');
    expect(log).toContain('https://keepachangelog.com/');
    expect(log).toContain('## [Unreleased]');
    expect(log).toMatch(new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });
});

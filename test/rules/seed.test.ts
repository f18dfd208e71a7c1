// The conversation Jelas exists for: a client asks for a press release "tomorrow"; the reply "oke"
// leaves the time open.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';

const CLIENT = 'Hi, please share your press release tomorrow. Thanks!';
const EN_FIX = "Okay, I'll email you the press release tomorrow by 1 PM at the latest. Does that work for you?";
const ID_FIX = 'Baik, saya kirim press release-nya besok paling lambat jam 13.00 ya. Apakah waktunya cocok?';

describe('seed conversation', () => {
  it('"oke" to the client shows terse-tone and missing-deadline, each with the concrete rewrite', () => {
    const { findings } = analyze('oke', { quoted: CLIENT });
    expect(findings.map((f) => f.rule).sort()).toEqual(['missing-deadline', 'terse-tone']);
    for (const f of findings) {
      expect(f).toMatchObject({ start: 0, end: 3, text: 'oke' });
      expect(f.suggestions.map((s) => s.text)).toEqual([EN_FIX, ID_FIX]);
      expect(f.suggestions[0]!.replacement).toEqual({ start: 0, end: 3, text: EN_FIX });
    }
  });

  it('the corrected reply in English is clean', () => {
    expect(analyze(EN_FIX, { quoted: CLIENT }).findings).toEqual([]);
  });

  it('the corrected reply in Indonesian is clean', () => {
    expect(analyze(ID_FIX, { quoted: CLIENT }).findings).toEqual([]);
  });

  it('the same reply inside a real Gmail reply (quote below, signature) is found at the right offsets', () => {
    const draft = `oke\n\nOn Tue, Mar 3, 2026 at 9:00 AM Dina <dina@client.co> wrote:\n> ${CLIENT}\n`;
    const { findings } = analyze(draft);
    expect(findings.map((f) => f.rule).sort()).toEqual(['missing-deadline', 'terse-tone']);
    expect(findings.every((f) => draft.slice(f.start, f.end) === 'oke')).toBe(true);
  });

  it('uses the default time from the settings', () => {
    const { findings } = analyze('ok', { quoted: CLIENT, options: { defaultTime: '09:30' } });
    expect(findings[0]!.suggestions[0]!.text).toContain('tomorrow by 9:30 AM at the latest');
    expect(findings[0]!.suggestions[1]!.text).toContain('besok paling lambat jam 09.30');
  });

  it('a mixed-language reply with a concrete time is clean', () => {
    expect(analyze("oke, I'll email you the press release tomorrow at 1 PM the latest ya", { quoted: CLIENT }).findings).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import * as lexicon from '../../../src/engine/id/lexicon';

/** Every exported list, as [name, entries]; each entry's value carries its reason. */
const lists = Object.entries(lexicon).filter(([, v]) => typeof v === 'object' && v !== null) as Array<[string, Record<string, unknown>]>;

const reasonOf = (v: unknown): string => {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return String(v[1] ?? '');
  return String((v as { reason?: unknown }).reason ?? '');
};

describe('Indonesian lexicons', () => {
  it('has the lists the readers use', () => {
    expect(lists.map(([name]) => name)).toEqual(expect.arrayContaining(['NORMAL', 'REQUEST_WORDS', 'POLITENESS', 'ID_VAGUE', 'ID_WEEKDAYS']));
  });

  it.each(lists)('%s: every entry is lower case and has a short reason', (_name, entries) => {
    for (const [word, value] of Object.entries(entries)) {
      expect(word, word).toBe(word.toLowerCase());
      const reason = reasonOf(value);
      expect(reason.length, `${word} needs a reason`).toBeGreaterThan(0);
      expect(reason.length, `${word}: keep the reason short`).toBeLessThan(120);
    }
  });

  it('normalizes chat spellings to standard forms that are not themselves chat spellings', () => {
    for (const [short, [standard]] of Object.entries(lexicon.NORMAL)) {
      expect(lexicon.NORMAL[standard], `${short} → ${standard}`).toBeUndefined();
    }
    for (const w of ['udh', 'blm', 'gmn', 'tlg', 'mhn', 'sy', 'aq', 'km', 'bsk', 'jg']) expect(lexicon.NORMAL[w]).toBeDefined();
  });

  it('keeps politeness weights in [-1, 1] with a named strategy', () => {
    for (const [phrase, cue] of Object.entries(lexicon.POLITENESS)) {
      expect(Math.abs(cue.weight), phrase).toBeLessThanOrEqual(1);
      expect(cue.strategy, phrase).toMatch(/^[a-z-]+$/);
    }
  });
});

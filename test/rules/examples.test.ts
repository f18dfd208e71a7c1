// Every rule's own examples are test cases (the options page shows the same examples to users).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine';
import { rules } from '../../src/rules';
import type { RuleExample } from '../../src/engine/types';

describe.each(rules.map((r) => [r.id, r] as const))('%s examples', (id, rule) => {
  const on = (e: RuleExample) => ({
    rules: { [id]: true },
    ...(e.writer ? { writer: e.writer } : {}),
    ...(e.recipients ? { recipients: e.recipients } : {}),
    ...(e.attachments !== undefined ? { attachments: e.attachments } : {}),
    ...(e.internal !== undefined ? { internal: e.internal } : {}),
    ...(e.now ? { now: Date.parse(e.now), timeZone: /[+-]\d{2}:\d{2}$/.exec(e.now)![0] } : {}),
  });
  it.each(rule.examples.pass.map((e) => [e.text, e] as const))('passes: %s', (_, e) => {
    const found = analyze(e.text, { quoted: e.quoted ?? null, options: on(e) }).findings.filter((f) => f.rule === id);
    expect(found).toEqual([]);
  });
  it.each(rule.examples.fail.map((e) => [e.text, e] as const))('flags: %s', (_, e) => {
    const found = analyze(e.text, { quoted: e.quoted ?? null, options: on(e) }).findings.filter((f) => f.rule === id);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.suggestions.length).toBeGreaterThan(0);
    }
  });
  it('has metadata in both languages', () => {
    for (const text of [rule.title, rule.description]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.id.trim()).not.toBe('');
      expect(text.en).not.toBe(text.id);
    }
    expect(rule.examples.pass.length).toBeGreaterThan(0);
    expect(rule.examples.fail.length).toBeGreaterThan(0);
  });
});

it('rule ids are unique and stable', () => {
  expect(rules.map((r) => r.id)).toEqual(['missing-deadline', 'vague-time', 'past-time', 'unanswered-question', 'open-promise', 'terse-tone', 'hedging', 'missing-attachment', 'wrong-name', 'register-mismatch', 'language-mismatch']);
});

import { describe, expect, it } from 'vitest';
import { analyze, Analyzer, findingKey } from '../../src/engine';

const words = (n: number) =>
  Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'report.' : ['we', 'will', 'send', 'the', 'quarterly', 'numbers', 'to', 'finance', 'after', 'our', 'review'][i % 11])).join(' ');

function checkOffsets(text: string, quoted?: string) {
  const r = analyze(text, { quoted: quoted ?? null });
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThanOrEqual(f.end);
    if (f.anchored !== false) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (const s of f.suggestions) {
      expect(s.replacement.start).toBeGreaterThanOrEqual(0);
      expect(s.replacement.end).toBeLessThanOrEqual(text.length);
    }
  }
  for (const span of [...r.signals.requests, ...r.signals.commitments, ...r.signals.questions, ...r.signals.times]) {
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
  return r;
}

describe('analyze: edge cases never throw and keep offsets inside the text', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\n '],
    ['only a quote', 'On Mon, Mar 2, 2026 at 9:00 AM Bob <b@x.com> wrote:\n> Can you send it?'],
    ['emoji', '👍👍 🙏 siap kak!! 🚀 I will send it 🔜'],
    ['HTML pasted as text', '<div dir="ltr">Please <b>send</b> the <a href="x">file</a></div><script>alert(1)</script>'],
    ['lone surrogates and zero-width', 'Please send\uD800 it\u200B\u200D now\uDFFF.'],
    ['one long sentence without punctuation', 'please send '.repeat(2_000)],
    ['CRLF line endings', 'Hi Bob,\r\n\r\nCan you call me?\r\n\r\nThanks,\r\nCarol'],
  ])('%s', (_, text) => {
    expect(() => checkOffsets(text)).not.toThrow();
  });

  it('50,000 characters: read as pasted text, so no asks of the writer are flagged in it', () => {
    const text = (words(300) + '\n\nCould you send me the file? ').repeat(25).slice(0, 50_000);
    const r = checkOffsets(text, 'When can we meet? ' + text.slice(0, 5_000));
    expect(r.signals.requests.length).toBeGreaterThan(0);
    expect(r.findings.filter((f) => f.rule === 'missing-deadline')).toEqual([]);
    // the same ask in a draft of ordinary length is flagged
    expect(checkOffsets(`${words(60)}\n\nCould you send me the file?`).findings.map((f) => f.rule)).toContain('missing-deadline');
  });

  it('an empty reply to a message with questions reports nothing yet', () => {
    expect(analyze('', { quoted: 'When can we meet?' }).findings).toEqual([]);
  });
});

describe('Analyzer is incremental', () => {
  it('re-parses only the sentence that changed', () => {
    const a = new Analyzer();
    const sentences = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} talks about the quarterly budget review.`);
    a.analyze(sentences.join(' '));
    const first = a.parses;
    expect(first).toBeGreaterThanOrEqual(30);
    sentences[17] = 'Sentence number 17 talks about the quarterly budget review!';
    a.analyze(sentences.join(' '));
    expect(a.parses - first).toBe(1);
    a.analyze(sentences.join(' '));
    expect(a.parses - first).toBe(1);
  });
});

describe('report shape', () => {
  it('has the documented fields', () => {
    const r = analyze('Could you send me the report tomorrow? Thanks!', { quoted: 'When is the launch? How many seats are left?' });
    expect(Object.keys(r).sort()).toEqual(['findings', 'language', 'signals']);
    expect(Object.keys(r.signals).sort()).toEqual(['commitments', 'openPromises', 'politeness', 'questions', 'quotedQuestions', 'requests', 'times']);
    expect(r.signals.quotedQuestions).toEqual([
      { text: 'When is the launch?', answered: false },
      { text: 'How many seats are left?', answered: false },
    ]);
    expect(r.signals.times).toEqual([{ start: 29, end: 37, text: 'tomorrow', vague: true }]);
    expect(r.signals.politeness).toBeGreaterThanOrEqual(-1);
    expect(r.signals.politeness).toBeLessThanOrEqual(1);
  });

  it('rules can be switched off, and neverFlag phrases are dropped', () => {
    const text = "I'll send it ASAP.";
    expect(analyze(text).findings.map((f) => f.rule)).toContain('vague-time');
    expect(analyze(text, { options: { rules: { 'vague-time': false } } }).findings.map((f) => f.rule)).not.toContain('vague-time');
    expect(analyze(text, { options: { neverFlag: ['asap'] } }).findings.map((f) => f.rule)).not.toContain('vague-time');
  });

  it('findingKey ignores position and case', () => {
    expect(findingKey({ rule: 'terse-tone', text: 'As I said' })).toBe(findingKey({ rule: 'terse-tone', text: 'as  I said ' }));
  });
});

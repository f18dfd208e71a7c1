import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run';

const dir = mkdtempSync(join(tmpdir(), 'jelas-cli-'));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('jelas check', () => {
  it('reads "> " lines as quoted wherever they start, even right under a line of text', async () => {
    const draft = 'Sure, the venue is booked.\n> Could you send me the signed contract?\n> When is the launch?\n';
    const { out } = await run(['check', '--format', 'json', '-'], draft);
    const report = JSON.parse(out) as { findings: Array<{ rule: string; text: string }>; signals: { requests: unknown[] } };
    // the quoted request is not the writer's: no missing-deadline on it, and it is not read as the draft's
    expect(report.findings.filter((f) => f.rule === 'missing-deadline')).toEqual([]);
    expect(report.signals.requests.map((r) => (r as { text: string }).text)).not.toContain('Could you send me the signed contract?');
    expect(report.findings.filter((f) => f.rule === 'unanswered-question').map((f) => f.text)).toContain('When is the launch?');
  });

  it('--from: the writer\'s own question quoted back is not theirs to answer', async () => {
    const draft = 'Thanks, the venue is booked.\n\nOn Mon, Mar 2, 2026 at 9:00 AM Sari Dewi <sari@example.co> wrote:\n> Is the venue booked? When is the launch?\n';
    const asked = await run(['check', '--format', 'json', '-'], draft);
    expect(asked.out).toContain('unanswered-question');
    const mine = await run(['check', '--from', 'Sari Dewi <sari@example.co>', '--format', 'json', '-'], draft);
    expect(mine.out).not.toContain('unanswered-question');
  });

  it('prints linter-style findings with line:col and suggestions, exit 1', async () => {
    const draft = file('draft.txt', 'Hi Sam,\n\nI will send it ASAP.\n');
    const { code, out } = await run(['check', draft]);
    expect(code).toBe(1);
    expect(out).toContain(`${draft}:3:16  warning  vague-time`);
    expect(out).toContain('→ today by 1 PM');
    expect(out).toMatch(/1 finding \(language: en\)/);
  });

  it('exits 0 on a clean draft', async () => {
    const { code, out } = await run(['check', '-'], 'Thanks, Sam! I will send the slides on Friday at 3 PM.');
    expect(code).toBe(0);
    expect(out).toContain('no findings');
  });

  it('reads --quoted and prints the documented JSON report', async () => {
    const q = file('q.txt', 'Hi, please share your press release tomorrow. Thanks!');
    const { code, out } = await run(['check', '--quoted', q, '--format', 'json', '-'], 'oke');
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.findings.map((f: { rule: string }) => f.rule).sort()).toEqual(['missing-deadline', 'terse-tone']);
    expect(report.findings[0].suggestions[0]).toEqual({
      text: "Okay, I'll email you the press release tomorrow by 1 PM at the latest. Does that work for you?",
      replacement: { start: 0, end: 3, text: "Okay, I'll email you the press release tomorrow by 1 PM at the latest. Does that work for you?" },
    });
    expect(Object.keys(report.signals).sort()).toEqual(['commitments', 'openPromises', 'politeness', 'questions', 'quotedQuestions', 'requests', 'times']);
  });

  it('--lang id makes messages Indonesian', async () => {
    const { out } = await run(['check', '--lang', 'id', '-'], 'Saya kirim secepatnya ya.');
    expect(out).toContain('kurang jelas');
  });

  it('--jsonl answers line by line, in order, with an error object for a malformed line', async () => {
    const input = [
      JSON.stringify({ text: 'ok', quoted: 'Can you send the contract by Friday?' }),
      'this is not json',
      JSON.stringify({ nottext: 1 }),
      JSON.stringify({ text: 'Thanks! The contract is attached.' }),
    ].join('\n');
    const { code, out } = await run(['check', '--jsonl'], input);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].findings.length).toBeGreaterThan(0);
    expect(lines[1].error).toMatch(/invalid JSON/);
    expect(lines[2].error).toMatch(/"text"/);
    expect(lines[3].findings).toEqual([]);
    expect(code).toBe(1);
  });

  it.each([
    [['frobnicate'], /unknown command/],
    [['check', '--lang', 'fr'], /--lang must be auto, en or id/],
    [['check', '--format'], /--format needs a value/],
    [['check', '--nope'], /unknown option --nope/],
    [['check', 'a.txt', 'b.txt'], /only one draft/],
    [['check', '--jsonl', 'a.txt'], /--jsonl reads drafts from standard input/],
    [['check', '--jsonl', '--thread', 't.mbox'], /--jsonl reads drafts from standard input/],
    [['check', '--thread', 'thread.txt', '-'], /--thread takes an \.eml, \.mbox or \.json file \(got "thread\.txt"\)/],
    [['check', '--now', 'tomorrow', '-'], /--now must be an ISO 8601 date/],
    [['check', '--now', '2026-13-45', '-'], /--now must be an ISO 8601 date/],
    [['check', '--now'], /--now needs a value/],
  ])('bad usage %j exits 2 with a clear message', async (args, message) => {
    const { code, err, out } = await run(args as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toContain('Usage:');
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
    expect(out).toBe('');
  });

  it('an unreadable file exits 2 without a stack trace', async () => {
    const { code, err } = await run(['check', join(dir, 'missing.txt')]);
    expect(code).toBe(2);
    expect(err).toMatch(/^jelas: cannot read .*missing\.txt \(ENOENT\)\n$/);
  });

  it('--help prints usage and exits 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('jelas check');
  });
});

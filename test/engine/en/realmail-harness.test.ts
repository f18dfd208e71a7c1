// The precision harness on whole real emails (scripts/eval/realmail.ts), on a tiny corpus of our own.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caught, evalRealMail, judgeable, loadRealMail, loadVerdicts, runRealMail, tally } from '../../../scripts/eval/realmail';

const root = mkdtempSync(path.join(tmpdir(), 'jelas-realmail-'));
const ann = (text: string, header?: string) =>
  JSON.stringify({ text, denotations: header ? [{ start: text.indexOf(header), end: text.length, type: 'Header' }] : [] });

beforeEach(() => {
  const dir = path.join(root, 'enron-zones', 'test');
  mkdirSync(dir, { recursive: true });
  const reply = 'Thanks, the venue is booked.\n\nOn Mon, Mar 2, 2026 at 9:00 AM Tom <tom@x.co> wrote:\n> Is the venue booked? When is the launch?\n';
  writeFileSync(path.join(dir, 'a_1.txt.ann'), ann(reply, 'On Mon'));
  writeFileSync(path.join(dir, 'a_1.txt'), 'From: ana@x.co\nX-From: Ana Putri\n\nbody');
  const fwd = 'FYI.\n\n---------- Forwarded message ---------\nFrom: B <b@x.co>\n\nWhy was it not sent??\n';
  writeFileSync(path.join(dir, 'a_2.txt.ann'), ann(fwd, '---------- Forwarded'));
  writeFileSync(path.join(dir, 'a_3.txt.ann'), ann('\n\nOn Mon Tom wrote:\n> only a quote\n', 'On Mon'));
  process.env.JELAS_CORPORA = root;
});
afterEach(() => {
  delete process.env.JELAS_CORPORA;
});

describe('real-mail harness', () => {
  it('holds each email as Gmail does: the quoted part split off, a forward replying to nothing, empty drafts left out', () => {
    const emails = loadRealMail('enron-test');
    expect(emails.map((e) => e.id)).toEqual(['a_1.txt', 'a_2.txt']);
    expect(emails[0]!.draft).toBe('Thanks, the venue is booked.\n\n');
    expect(emails[0]!.quoted).toMatch(/^On Mon/);
    expect(emails[0]!.writer).toEqual({ name: 'Ana Putri', address: 'ana@x.co' });
    expect(emails[1]!.quoted).toBeNull();
  });

  it('keys findings by email, rule and text, and counts judged precision from committed verdicts', () => {
    const [first] = runRealMail(loadRealMail('enron-test'));
    expect(first!.findings.map((f) => f.id)).toEqual(['enron-test/a_1.txt#unanswered-question:when is the launch?']);
    const twice = judgeable(first!.email, [first!.findings[0]!, first!.findings[0]!]);
    expect(twice.map((f) => f.id)[1]).toBe('enron-test/a_1.txt#unanswered-question:when is the launch?~1');

    const judged = path.join(root, 'judged');
    mkdirSync(judged, { recursive: true });
    writeFileSync(path.join(judged, 'b.jsonl'), JSON.stringify({ id: first!.findings[0]!.id, rule: 'unanswered-question', text: 'x', verdict: 'valid', suggestion: 'good' }) + '\n');
    const verdicts = loadVerdicts(judged);
    expect(tally(first!.findings, verdicts)).toEqual({ findings: 1, judged: 1, valid: 1, debatable: 0, suggestions: 1, goodOrEdit: 1 });
    const rows = evalRealMail(['enron-test'], verdicts);
    expect(rows.find((r) => r.metric === 'emails warned')).toMatchObject({ value: 0.5, n: 2 });
    expect(rows.find((r) => r.metric === 'judged valid')).toMatchObject({ value: 1, n: 1 });
  });
});

describe('coach items (misses)', () => {
  const email = { set: 'enron-test', id: 'x', draft: 'Hi Ann,\n\nPlease review the memo.\nI will mail the checks to Barb.\n', quoted: null };
  const item = { id: 'i', email: 'enron-test/x', rule: 'missing-deadline', text: 'I will mail the checks to Barb.' };
  const at = (text: string) => ({ start: email.draft.indexOf(text), end: email.draft.indexOf(text) + text.length });
  const f = (rule: string, text: string) => ({ rule, severity: 'warning' as const, ...at(text), text, message: '', suggestions: [] });

  it('is caught only by a finding of its rule at its place', () => {
    expect(caught(item, email, [f('missing-deadline', 'I will mail the checks to Barb.')])).toBe(true);
    // the same rule elsewhere in the email is not this item
    expect(caught(item, email, [f('missing-deadline', 'Please review the memo.')])).toBe(false);
    expect(caught(item, email, [f('vague-time', 'I will mail the checks to Barb.')])).toBe(false);
  });
});

// The CLI's --attachments and --internal reach the rules that read the client (--to feeds wrong-name, off by default).
import { describe, expect, it } from 'vitest';
import { run } from './run';

describe('jelas check --to, --attachments, --internal', () => {
  it('--attachments 0 with "terlampir" is a warning; a count above 0 or none given says nothing', async () => {
    const flagged = await run(['check', '--attachments', '0', '-'], 'Terlampir laporan bulan Maret.');
    expect(flagged.code).toBe(1);
    expect(flagged.out).toMatch(/warning {2}missing-attachment/);
    expect((await run(['check', '--attachments', '1', '-'], 'Terlampir laporan bulan Maret.')).code).toBe(0);
    expect((await run(['check', '-'], 'Terlampir laporan bulan Maret.')).code).toBe(0);
  });

  it('--internal makes a bare ok to a request a note', async () => {
    const { out } = await run(['check', '--internal', '--jsonl'], JSON.stringify({ text: 'ok', quoted: 'Could you review the contract and tell me if clause 4 works?' }));
    expect(JSON.parse(out.trim()).findings.find((f: { rule: string }) => f.rule === 'terse-tone')?.severity).toBe('info');
  });

  it('rejects a bad count and an empty recipient', async () => {
    expect((await run(['check', '--attachments', 'two', '-'], 'x')).code).toBe(2);
    expect((await run(['check', '--to', '', '-'], 'x')).code).toBe(2);
  });
});

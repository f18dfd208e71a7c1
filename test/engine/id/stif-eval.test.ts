import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evalStif } from '../../../scripts/eval/stif';

// A tiny corpus in the STIF layout, so the scoring itself is checked with known answers.
let dir = '';
const before = process.env.JELAS_CORPORA;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jelas-stif-'));
  const stif = path.join(dir, 'stif-indonesia');
  mkdirSync(stif);
  const write = (name: string, lines: string[]): void => writeFileSync(path.join(stif, name), `${lines.join('\n')}\n`);
  // dev: 1 clear pair, 1 identical pair (left out), 1 pair the score gets backwards.
  write('dev.inf', ['udh dikirim blm kak ?', 'lapor bts mati di daerah kami', 'saya sudah menunggu tidak ada balasan']);
  write('dev.for', ['apakah sudah dikirim , kak ?', 'lapor bts mati di daerah kami', 'gak ada balasan , udh nunggu']);
  // train: 2 pairs, both right; one English line among the Indonesian ones.
  write('train.inf', ['gmn min , kok gak bisa ?', 'thank you for the quick reply']);
  write('train.for', ['bagaimana admin , mengapa tidak bisa ?', 'terima kasih atas balasan yang cepat .']);
  process.env.JELAS_CORPORA = dir;
});

afterAll(() => {
  if (before === undefined) delete process.env.JELAS_CORPORA;
  else process.env.JELAS_CORPORA = before;
  rmSync(dir, { recursive: true, force: true });
});

describe('evalStif', () => {
  it('reports pairwise register accuracy without identical pairs', () => {
    const rows = evalStif();
    const acc = rows.find((r) => r.set === 'stif-dev' && r.metric.startsWith('register: informal'));
    expect(acc).toMatchObject({ value: 0.5, n: 2 });
    expect(rows.find((r) => r.set === 'stif-train' && r.metric.startsWith('register: informal'))).toMatchObject({ value: 1, n: 2 });
  });

  it('reports how many Indonesian lines are detected as Indonesian', () => {
    const rows = evalStif();
    expect(rows.find((r) => r.set === 'stif-dev.inf' && r.metric === 'lang: id or mixed')).toMatchObject({ value: 1, n: 3 });
    expect(rows.find((r) => r.set === 'stif-train.inf' && r.metric === 'lang: id or mixed')).toMatchObject({ value: 0.5, n: 2 });
  });
});

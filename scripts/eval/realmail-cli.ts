/**
 * Working with the real-mail precision harness (see realmail.ts):
 *
 *   npx tsx scripts/eval/realmail-cli.ts summary [--sample N]          per set: emails, warned, findings by rule
 *   npx tsx scripts/eval/realmail-cli.ts list SET [RULE] [--sample N]   each finding with its sentence, for reading
 *   npx tsx scripts/eval/realmail-cli.ts batches OUT [--per N] [--all]  unjudged findings (or all), grouped by
 *                                                                       email, in batch files for judges
 *   npx tsx scripts/eval/realmail-cli.ts misses                         the coach items of the misses sample that the
 *                                                                       engine does not flag where the coach did
 *
 * `--sensitivity strict|relaxed` reads at another sensitivity than the default.
 * `--rules a,b` switches those rules on (off-by-default ones too); `--no-attachments` reads an email whose set does
 * not say what it carried as carrying nothing (so every attachment claim shows).
 * `--sample N` reads a fixed sample of N emails per set (the same every run): a quick reading while iterating.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isBulkMail } from '../../src/engine/prose';
import { caught, loadCoachItems, loadRealMail, loadVerdicts, REAL_MAIL_SETS, runRealMail, sample, type RealEmail, type RealMailSet } from './realmail';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--') && args[i - 1] !== '--all' && args[i - 1] !== '--no-attachments'));
const n = flag('--sample') ? Number(flag('--sample')) : undefined;
/** `--sensitivity strict|relaxed` reads at another level than the default. */
const level = flag('--sensitivity') as 'relaxed' | 'normal' | 'strict' | undefined;
/** `--rules a,b`: rules switched on for this reading. */
const on = Object.fromEntries((flag('--rules') ?? '').split(',').filter(Boolean).map((r) => [r, true]));
const run = (emails: RealEmail[]) =>
  runRealMail(emails, { ...(level ? { sensitivity: level } : {}), rules: on }, { assumeNoAttachments: args.includes('--no-attachments') });

const emailsOf = (set: RealMailSet): RealEmail[] => {
  const all = loadRealMail(set);
  return n ? sample(all, n) : all;
};

const [cmd, ...rest] = positional;
const verdicts = loadVerdicts();

if (cmd === 'summary') {
  for (const set of REAL_MAIL_SETS) {
    const results = run(emailsOf(set));
    if (!results.length) continue;
    const warned = results.filter((r) => r.findings.length).length;
    const byRule = new Map<string, { n: number; judged: number; ok: number; valid: number }>();
    for (const f of results.flatMap((r) => r.findings)) {
      const b = byRule.get(f.rule) ?? { n: 0, judged: 0, ok: 0, valid: 0 };
      b.n++;
      const v = verdicts.get(f.id);
      if (v) {
        b.judged++;
        if (v.verdict !== 'false') b.ok++;
        if (v.verdict === 'valid') b.valid++;
      }
      byRule.set(f.rule, b);
    }
    const rules = [...byRule].map(([r, b]) => `${r} ${b.n}${b.judged ? ` (judged ${b.judged}: ${b.valid} valid, ${b.ok} ok)` : ''}`).join(', ');
    console.log(`${set}: ${results.length} emails, ${warned} warned (${((warned / results.length) * 100).toFixed(1)}%); ${rules}`);
  }
} else if (cmd === 'list') {
  const [set, rule] = rest as [RealMailSet, string | undefined];
  for (const { email, findings } of run(emailsOf(set))) {
    for (const f of findings) {
      if (rule && f.rule !== rule) continue;
      const v = verdicts.get(f.id);
      const ctx = f.anchored === false ? f.text : email.draft.slice(Math.max(0, f.start - 60), f.end + 40).replace(/\s+/g, ' ');
      console.log(`${f.id}\n   ${v ? `[${v.verdict}] ` : ''}«${ctx}»\n   → ${f.suggestions[0]?.text.replace(/\s+/g, ' ').slice(0, 160) ?? '(none)'}`);
    }
  }
} else if (cmd === 'batches') {
  const out = rest[0] ?? '.out/judging';
  const per = Number(flag('--per') ?? 40);
  const all = args.includes('--all');
  mkdirSync(out, { recursive: true });
  let batch = 0;
  let count = 0;
  let buf: string[] = [];
  const flush = () => {
    if (!buf.length) return;
    writeFileSync(path.join(out, `batch-${String(++batch).padStart(2, '0')}.md`), buf.join('\n'));
    buf = [];
    count = 0;
  };
  for (const set of REAL_MAIL_SETS) {
    for (const { email, findings } of run(emailsOf(set))) {
      const todo = findings.filter((f) => all || !verdicts.has(f.id));
      if (!todo.length) continue;
      buf.push(`\n======== EMAIL ${email.set}/${email.id} ========`);
      buf.push('--- DRAFT (what the writer is sending) ---', email.draft.trimEnd());
      buf.push('--- MESSAGE BEING REPLIED TO ---', email.quoted ? email.quoted.trimEnd().slice(0, 4000) : '(none: a new message or a forward)');
      buf.push('--- FINDINGS ---');
      for (const f of todo) {
        buf.push(
          JSON.stringify({
            id: f.id,
            rule: f.rule,
            text: f.text,
            message: f.message,
            suggestion: f.suggestions[0] ? f.suggestions[0].text : null,
            ...(f.anchored === false ? { note: 'not anchored: about the quoted message' } : {}),
          }),
        );
      }
      count += todo.length;
      if (count >= per) flush();
    }
  }
  flush();
  console.log(`${batch} batches in ${out}`);
} else if (cmd === 'misses') {
  const items = loadCoachItems();
  const emails = new Map(REAL_MAIL_SETS.flatMap((set) => run(loadRealMail(set))).map((r) => [`${r.email.set}/${r.email.id}`, r]));
  let missed = 0;
  let bulk = 0;
  for (const item of items) {
    const r = emails.get(item.email);
    if (!r) throw new Error(`coach item for an email not in the sets: ${item.email}`);
    if (caught(item, r.email, r.findings)) continue;
    missed++;
    const unread = isBulkMail(r.email.draft);
    if (unread) bulk++;
    console.log(`${item.rule.padEnd(20)} ${item.email}${unread ? ' (bulk mail: not read)' : ''}\n   «${item.text.replace(/\s+/g, ' ').slice(0, 140)}»`);
  }
  console.log(`missed ${missed} of ${items.length} coach items (${bulk} in bulk mail, which the engine does not read by design)`);
} else {
  console.error('usage: realmail-cli.ts summary|list SET [RULE]|batches OUT [--per N] [--all] [--sample N]|misses');
  process.exit(2);
}

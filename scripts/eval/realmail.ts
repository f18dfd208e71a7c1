/**
 * Precision on whole real emails: the engine runs on every email of the real-mail sets, held as Gmail holds
 * it, and each finding is looked up in the verdicts committed under `eval/judged/` (one JSON line per
 * finding, judged by reading it in its email with `../shared/judging.md`).
 *
 * As Gmail holds it: the zone annotations split off the quoted part (everything from the first `Header`
 * span), as Gmail's DOM does with its quote block; the rest (greeting, body, signature, footers, pasted
 * text) is the draft, and the engine must find its zones itself. A forward is no message being replied to:
 * Gmail shows it in the body with no blockquote, and the adapter passes no quoted message for it.
 *
 * The Indonesian set (`eval/corpora/id-mail/*.jsonl`) is ours: `draft` and `quoted` fields, held the same way.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Analyzer } from '../../src/engine/analyze';
import { samePerson, type Person, type ThreadMessage } from '../../src/engine/conversation';
import { FORWARD_HEADER, readQuoted } from '../../src/engine/segment';
import { resolveTime } from '../../src/engine/when';
import { splitChain } from './chain';
import type { AnalyzeOptions, Finding } from '../../src/engine/types';
import { corpus, repoRoot } from './paths';
import type { EvalRow } from './table';

export interface RealEmail {
  /** The set's short name: enron-train, asf, enron-test, id-mail. */
  set: string;
  /** Stable within the set: the file's path under the set, or the row id. */
  id: string;
  draft: string;
  quoted: string | null;
  /** The writer's own address and name, where the set knows them (Enron's From: header). */
  writer?: { name?: string; address?: string };
  /** When it was sent (Enron's Date: header), ms since the epoch. */
  sentAt?: number;
  /** Its To and Cc, where the set knows them (Enron's To:/Cc: addresses with the X-To:/X-cc: names). */
  recipients?: Person[];
  /**
   * How many files it carried, where the set says: Enron's text sometimes lists an attachment as a " - name.ext"
   * line, "<<name.ext>>" or Lotus Notes' "(See attached file: name.ext)"; with no such line nothing is known (most Enron mail lost its files without a trace), and
   * the other sets never say (undefined).
   */
  attachments?: number;
}

export interface JudgedFinding extends Finding {
  /** `set/email#rule:text` (+ `~n` for the n-th repeat of the same text in one email). */
  id: string;
}

export interface Verdict {
  id: string;
  rule: string;
  text: string;
  verdict: 'valid' | 'debatable' | 'false';
  suggestion?: 'good' | 'needs-edit' | 'bad' | 'none';
  reason?: string;
}

export const REAL_MAIL_SETS = ['enron-train', 'asf', 'enron-test', 'id-mail'] as const;
export type RealMailSet = (typeof REAL_MAIL_SETS)[number];

interface Ann {
  text: string;
  denotations?: Array<{ start: number; end: number; type: string }>;
}


/** Enron's raw file: the sender and the date from its headers (the `.ann` text leaves the headers out). */
function enronHeaders(txtPath: string, draft: string): Pick<RealEmail, 'writer' | 'sentAt' | 'recipients' | 'attachments'> {
  if (!existsSync(txtPath)) return {};
  const head = (readFileSync(txtPath, 'utf8').split(/\r?\n\r?\n/, 1)[0] ?? '').replace(/\r?\n[ \t]+/g, ' ');
  const address = /^From:\s*(\S+@\S+)/m.exec(head)?.[1];
  const name = /^X-From:\s*"?([^"<\n]+?)"?\s*(?:<|$)/m.exec(head)?.[1]?.trim();
  const date = Date.parse(/^Date:\s*(.+?)(?:\s+\([A-Z]+\))?$/m.exec(head)?.[1] ?? '');
  const recipients = [...enronRecipients(head, 'To', 'X-To'), ...enronRecipients(head, 'Cc', 'X-cc')];
  // the writer's own part of the text lists what it carried: " - budget.xls" lines, or "<<budget.xls>>"
  const attachments = (draft.match(/^\s*-\s+\S[^\n]{0,80}\.[a-z]{2,4}\s*$|<<[^>\n]{1,80}>>|\(See attached file: [^)\n]{1,80}\)/gim) ?? []).length;
  return {
    writer: { ...(name ? { name } : {}), ...(address ? { address } : {}) },
    ...(Number.isNaN(date) ? {} : { sentAt: date }),
    ...(recipients.length ? { recipients } : {}),
    // most of the corpus dropped its files without a trace, so no line says nothing: only a listed file is known
    ...(attachments ? { attachments } : {}),
  };
}

/** A header's addresses with the names of its X- twin, paired in order when both list as many. */
function enronRecipients(head: string, field: string, xField: string): Person[] {
  const line = (f: string) => new RegExp(`^${f}:[ \\t]*(.*)$`, 'mi').exec(head)?.[1]?.trim() ?? '';
  const addresses = line(field).split(/\s*,\s*/).filter((a) => a.includes('@'));
  // "Giron, Darron C. </O=ENRON/…>, Sandra R McNichols": with angle brackets a name may hold a comma ("Last, First")
  const x = line(xField);
  const names = (x.includes('<') ? (x.match(/[^,<][^<]*<[^>]*>/g) ?? []) : x.split(','))
    .map((n) => n.replace(/<[^>]*>/g, '').replace(/["']|@ ENRON/g, '').trim())
    .map((n) => (/^[^,]+,[^,]+$/.test(n) ? n.split(',').reverse().map((p) => p.trim()).join(' ') : n))
    .filter(Boolean);
  if (addresses.length === 0) return names.map((name) => ({ name }));
  return addresses.map((address, i) => (names.length === addresses.length && !names[i]!.includes('@') ? { name: names[i]!, address } : { address }));
}

function fromAnn(set: string, dir: string, file: string, prefix = ''): RealEmail {
  const ann = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Ann;
  const headers = (ann.denotations ?? []).filter((d) => d.type === 'Header').map((d) => d.start);
  const cut = headers.length ? Math.min(...headers) : ann.text.length;
  const rest = ann.text.slice(cut);
  // a forward's header stands in the lines around where the quoted part starts
  const forward = ann.text.slice(Math.max(0, cut - 150), cut + 150).split('\n').some((l) => FORWARD_HEADER.test(l));
  const base = file.replace(/\.ann$/, '');
  const email: RealEmail = { set, id: prefix + base, draft: ann.text.slice(0, cut), quoted: rest.trim() && !forward ? rest : null };
  return set.startsWith('enron') ? { ...email, ...enronHeaders(path.join(dir, base.endsWith('.txt') ? base : `${base}.txt`), email.draft) } : email;
}

const annFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.ann')).sort();

export function loadRealMail(set: RealMailSet): RealEmail[] {
  let all: RealEmail[];
  if (set === 'enron-train') {
    const dir = corpus('enron-zones-train');
    all = annFiles(dir).map((f) => fromAnn(set, dir, f));
  } else if (set === 'enron-test') {
    const dir = corpus('enron-zones', 'test');
    all = annFiles(dir).map((f) => fromAnn(set, dir, f));
  } else if (set === 'asf') {
    all = ['train', 'test'].flatMap((part) => {
      const dir = corpus('asf-zones', part);
      return annFiles(dir).map((f) => fromAnn(set, dir, f, `${part}/`));
    });
  } else {
    const dir = path.join(repoRoot, 'eval', 'corpora', 'id-mail');
    all = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .flatMap((f) =>
            readFileSync(path.join(dir, f), 'utf8')
              .split('\n')
              .filter((l) => l.trim())
              .map((l) => {
                const row = JSON.parse(l) as { id: string; draft: string; quoted: string | null };
                return { set, id: row.id, draft: row.draft, quoted: row.quoted };
              }),
          )
      : [];
  }
  // an email with nothing of the writer's own (a bare forward) is never analysed in Gmail either
  return all.filter((e) => e.draft.trim() !== '');
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Findings of one email with their stable ids. */
export function judgeable(email: RealEmail, findings: readonly Finding[]): JudgedFinding[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = `${email.set}/${email.id}#${f.rule}:${norm(f.text).slice(0, 120)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { ...f, id: n ? `${base}~${n}` : base };
  });
}

/** The sets' own time zones, for dates written with none (Enron's Houston, the Indonesian set's WIB). */
const SET_ZONE: Record<string, string> = { 'enron-train': '-06:00', 'enron-test': '-06:00', asf: '+00:00', 'id-mail': '+07:00' };

/**
 * When the quoted message was sent, from its attribution: "On Wed, Mar 12, 2025 at 9:15 AM … wrote:", "Pada Kam,
 * 8 Mei 2025 pukul 14.10 … menulis:", Lotus "Tom Lee on 04/19/2001 10:22:54 AM" or "Tom Lee\n04/19/2001 10:22 AM",
 * Outlook "Sent: Thursday, April 19, 2001 10:22 AM". Undefined when none of these.
 */
export function attributionDate(quoted: string, zone: string): number | undefined {
  const head = quoted.trimStart().split('\n').slice(0, 6).join(' ');
  const tz = ` GMT${zone.replace(':', '')}`;
  const parse = (text: string) => {
    const t = Date.parse(text + tz);
    return Number.isNaN(t) ? undefined : t;
  };
  let m = /\b(\d{1,2}\/\d{1,2}\/\d{4})\s+(\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M)/i.exec(head);
  if (m) return parse(`${m[1]} ${m[2]}`);
  m = /\bSent:\s*(?:\w+,\s*)?(\w+ \d{1,2}, \d{4})\s+(\d{1,2}:\d{2}\s*[AP]M)/i.exec(head);
  if (m) return parse(`${m[1]} ${m[2]}`);
  m = /\bOn\s+(?:\w{3},\s+)?(\w{3,9}\s+\d{1,2},\s+\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}:\d{2}\s*[AP]M))?/i.exec(head);
  if (m) return parse(`${m[1]} ${m[2] ?? '12:00 PM'}`);
  m = /\bPada\s+(?:\w{3},\s+)?(\d{1,2}\s+\p{L}+\s+\d{4})(?:\s+pukul\s+(\d{1,2}[.:]\d{2}))?/iu.exec(head);
  if (m) return resolveTime(`${m[1]} pukul ${m[2] ?? '12.00'}`, { now: 0, timeZone: zone })?.due;
  return undefined;
}

/**
 * The conversation Gmail shows above the reply: the quoted chain's messages, each with its author and date from
 * its header, and the moment of the reply (its Date:, else the newest quoted message's).
 */
export function threadOf(email: RealEmail): Pick<AnalyzeOptions, 'conversation' | 'now' | 'timeZone'> {
  const timeZone = SET_ZONE[email.set] ?? '+00:00';
  if (!email.quoted) return email.sentAt !== undefined ? { now: email.sentAt, timeZone } : {};
  if (readQuoted(email.quoted).forward) return {};
  // the chain of quoted messages, oldest first, as the thread above the reply
  const messages = splitChain(email.quoted)
    .slice(0, 8)
    .reverse()
    .map(({ author, header, text }): ThreadMessage => {
      const sentAt = attributionDate(header, timeZone);
      return { author, byWriter: samePerson(author, email.writer), text, ...(sentAt !== undefined ? { sentAt, timeZone } : {}) };
    });
  if (!messages.length) return {};
  const now = email.sentAt ?? messages[messages.length - 1]!.sentAt;
  return { conversation: { messages }, ...(now !== undefined ? { now } : {}), timeZone };
}

/**
 * `assumeNoAttachments`: where a set does not say what an email carried, read it as carrying nothing (the way to
 * see every attachment claim missing-attachment would flag; the default leaves the rule silent there, as the adapter
 * does when it cannot tell).
 */
export function runRealMail(
  emails: readonly RealEmail[],
  options: Partial<AnalyzeOptions> = {},
  { assumeNoAttachments = false } = {},
): Array<{ email: RealEmail; findings: JudgedFinding[] }> {
  const analyzer = new Analyzer();
  const known = (email: RealEmail): Partial<AnalyzeOptions> => {
    const attachments = email.attachments ?? (assumeNoAttachments ? 0 : undefined);
    return { ...(email.recipients ? { recipients: email.recipients } : {}), ...(attachments !== undefined ? { attachments } : {}) };
  };
  // the writer is known where the set says (Enron's From:), as the Gmail adapter knows the account's address; the
  // thread is the quoted message with its author and date, as the adapter reads it above the reply
  return emails.map((email) => ({
    email,
    findings: judgeable(email, analyzer.analyze(email.draft, email.quoted, { ...options, ...(email.writer ? { writer: email.writer } : {}), ...known(email), ...threadOf(email) }).findings),
  }));
}

export const judgedDir = (): string => path.join(repoRoot, 'eval', 'judged');

/** Every verdict committed under eval/judged/, by finding id (a later line overrides an earlier one). */
export function loadVerdicts(dir = judgedDir()): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const v = JSON.parse(line) as Verdict;
      if (v.verdict) out.set(v.id, v);
    }
  }
  return out;
}

/** Something a coach would have raised in an email of the misses sample (`eval/judged/misses-*.jsonl`). */
export interface CoachItem {
  id: string;
  /** `set/email`. */
  email: string;
  rule: string;
  /** The words the coach pointed at (a long passage may be cut with "..."). */
  text: string;
  reason?: string;
}

/** The coach items of the fixed misses sample; an email the coach found nothing in has a line with rule "none". */
export function loadCoachItems(dir = judgedDir()): CoachItem[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /^misses-.*\.jsonl$/.test(n))
    .sort()
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CoachItem))
    .filter((x) => x.rule !== 'none');
}

/**
 * Whether the engine caught a coach item: a finding of the item's rule at the item's place in the draft (where the
 * item's first words are). A quoted question (unanswered-question) has no place in the draft: any finding of the
 * rule counts.
 */
export function caught(item: CoachItem, email: RealEmail, findings: readonly Finding[]): boolean {
  const mine = findings.filter((f) => f.rule === item.rule);
  const words = item.text.split('...')[0]!.trim().split(/\s+/).slice(0, 4);
  const at = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')).exec(email.draft);
  if (item.rule === 'unanswered-question' || !at) return mine.length > 0;
  const end = at.index + item.text.length;
  return mine.some((f) => f.start < end && f.end > at.index);
}

/** A fixed sample of a set's emails for quick readings while iterating: the same emails every run. */
export function sample(emails: readonly RealEmail[], n: number): RealEmail[] {
  const key = (e: RealEmail) => createHash('sha1').update(`${e.set}/${e.id}`).digest('hex');
  return [...emails].sort((a, b) => (key(a) < key(b) ? -1 : 1)).slice(0, n);
}

export interface Tally {
  findings: number;
  judged: number;
  valid: number;
  debatable: number;
  suggestions: number;
  goodOrEdit: number;
}

const emptyTally = (): Tally => ({ findings: 0, judged: 0, valid: 0, debatable: 0, suggestions: 0, goodOrEdit: 0 });

export function tally(findings: readonly JudgedFinding[], verdicts: ReadonlyMap<string, Verdict>): Tally {
  const t = emptyTally();
  for (const f of findings) {
    t.findings++;
    const v = verdicts.get(f.id);
    if (!v) continue;
    t.judged++;
    if (v.verdict === 'valid') t.valid++;
    if (v.verdict === 'debatable') t.debatable++;
    if (v.suggestion && v.suggestion !== 'none') {
      t.suggestions++;
      if (v.suggestion === 'good' || v.suggestion === 'needs-edit') t.goodOrEdit++;
    }
  }
  return t;
}

const rate = (a: number, b: number) => (b ? a / b : NaN);

export function evalRealMail(sets: readonly RealMailSet[] = REAL_MAIL_SETS, verdicts = loadVerdicts()): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const set of sets) {
    const emails = loadRealMail(set);
    if (emails.length === 0) continue;
    const results = runRealMail(emails);
    const name = `real-mail ${set}`;
    const warned = results.filter((r) => r.findings.length > 0).length;
    const all = results.flatMap((r) => r.findings);
    const t = tally(all, verdicts);
    const unjudged = t.findings - t.judged;
    rows.push(
      { set: name, metric: 'emails warned', value: rate(warned, emails.length), n: emails.length },
      { set: name, metric: 'findings per email', value: Math.round((all.length / emails.length) * 1000) / 1000, n: all.length },
      { set: name, metric: 'judged valid', value: rate(t.valid, t.judged), n: t.judged, note: unjudged ? `${unjudged} unjudged` : '' },
      { set: name, metric: 'judged valid or debatable', value: rate(t.valid + t.debatable, t.judged), n: t.judged },
      { set: name, metric: 'suggestions good or needing an edit', value: rate(t.goodOrEdit, t.suggestions), n: t.suggestions },
    );
    const rules = [...new Set(all.map((f) => f.rule))].sort();
    // the client's-language rules, each read with every finding it could give: off-by-default ones switched on, and
    // an email whose set does not say what it carried read as carrying nothing (every attachment claim shows)
    const wide = runRealMail(emails, { sensitivity: 'strict', rules: Object.fromEntries(CLIENT_RULES.map((r) => [r, true])) }, { assumeNoAttachments: true });
    for (const rule of CLIENT_RULES) {
      const mine = wide.flatMap((r) => r.findings).filter((f) => f.rule === rule);
      const rt = tally(mine, verdicts);
      const ruleWarned = wide.filter((r) => r.findings.some((f) => f.rule === rule)).length;
      rows.push({
        set: name,
        metric: `${rule} (strict, on; files unknown = none): valid / valid or debatable`,
        value: rate(rt.valid, rt.judged),
        n: rt.judged,
        note: `${fmt(rate(rt.valid + rt.debatable, rt.judged))} valid or debatable; ${mine.length} findings in ${ruleWarned} emails (${fmt(ruleWarned / emails.length)} of the set)${rt.findings > rt.judged ? `, ${rt.findings - rt.judged} unjudged` : ''}`,
      });
    }
    for (const rule of rules) {
      const mine = all.filter((f) => f.rule === rule);
      const rt = tally(mine, verdicts);
      const ruleWarned = results.filter((r) => r.findings.some((f) => f.rule === rule)).length;
      rows.push({
        set: name,
        metric: `${rule}: valid / valid or debatable`,
        value: rate(rt.valid, rt.judged),
        n: rt.judged,
        note: `${fmt(rate(rt.valid + rt.debatable, rt.judged))} valid or debatable; ${mine.length} findings in ${ruleWarned} emails${rt.findings > rt.judged ? `, ${rt.findings - rt.judged} unjudged` : ''}`,
      });
    }
  }
  return rows;
}

/** The rules of issue 13, whose precision is reported with everything they could flag. */
const CLIENT_RULES = ['register-mismatch', 'wrong-name', 'missing-attachment', 'language-mismatch'];

const fmt = (x: number) => (Number.isNaN(x) ? 'n/a' : x.toFixed(3));

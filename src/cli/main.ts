/**
 * `jelas check` — the engine on the command line.
 *
 *   jelas check [--thread FILE] [--me WHO] [--now ISO-DATE] [--quoted FILE] [--from WHO] [--lang auto|en|id] [--format text|json] [FILE|-]
 *   jelas check --jsonl            (stdin: one {"text","quoted"} per line; stdout: one report per line)
 *
 * Exit codes: 0 clean, 1 findings, 2 bad usage or unreadable input.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Analyzer } from '../engine/analyze';
import type { Conversation, Person } from '../engine/conversation';
import type { AnalyzeOptions, LangSetting, Report } from '../engine/types';
import { parseNow } from './dates';
import { formatText } from './format';
import { parsePerson, readThread, ThreadError, threadFormat } from './thread';

interface Out {
  write(s: string): unknown;
}
type In = NodeJS.ReadableStream;

const USAGE = `Usage:
  jelas check [--thread FILE] [--me WHO] [--now ISO-DATE] [--quoted FILE] [--from WHO]
              [--to WHO]... [--attachments N] [--internal]
              [--lang auto|en|id] [--format text|json] [FILE|-]
  jelas check --jsonl [--now ISO-DATE] [--from WHO] [--lang auto|en|id] < lines.jsonl

Checks an email draft for missing deadlines, vague times, unanswered questions and terse tone.
  FILE            the draft (default: standard input, also "-")
  --thread FILE   the conversation before the draft: an .eml, an .mbox, or a .json list of messages;
                  without --quoted, its last message not written by you is the one replied to
  --me WHO        you, "Name <address>" or an address: marks your messages in the thread
                  (and is the writer when --from is absent)
  --now ISO-DATE  when the draft is written, e.g. 2026-03-04T09:00:00+07:00 (default: the clock);
                  its offset is your time zone (without one, the machine's)
  --quoted FILE   the message being replied to
  --from WHO      who is writing, "Name <address>": questions of their own quoted back are not flagged
  --to WHO        a recipient, "Name <address>" (repeat for each): a greeting to someone else is flagged
  --attachments N how many files the email carries: with 0, "please find attached" is flagged
  --internal      every recipient is a colleague (your own domain): a bare "ok" is only a note
  --lang          language of analysis (default: auto)
  --format        text (default) or json
  --jsonl         read {"text": "...", "quoted": "..."} lines from stdin, write one JSON report per line
Exit status: 0 when clean, 1 with findings, 2 on bad usage or unreadable input.
`;

class UsageError extends Error {}
/** Input that cannot be read: reported without the usage text. */
class InputError extends Error {}

interface Args {
  file: string;
  quoted?: string;
  /** The writer, "Name <address>": their own questions quoted back are not theirs to answer. */
  writer?: Person;
  /** --thread: the conversation's file. */
  thread?: string;
  /** --me, as given: whose messages in the thread are the writer's. */
  me?: string;
  /** --now, and the writer's zone when it states an offset. */
  now?: number;
  timeZone?: string;
  /** --to, repeatable: the recipients. */
  to: Person[];
  /** --attachments N: the files the email carries. */
  attachments?: number;
  /** --internal: every recipient shares the writer's domain. */
  internal: boolean;
  lang: LangSetting;
  format: 'text' | 'json';
  jsonl: boolean;
}

/** What the engine takes from the command line (and the thread, when one was read). */
function engineOptions(args: Args, conversation?: Conversation): Partial<AnalyzeOptions> {
  const writer = args.writer ?? (args.me ? parsePerson(args.me) : undefined);
  return {
    lang: args.lang,
    ...(writer ? { writer } : {}),
    ...(conversation ? { conversation } : {}),
    ...(args.now !== undefined ? { now: args.now } : {}),
    ...(args.timeZone ? { timeZone: args.timeZone } : {}),
    ...(args.to.length ? { recipients: args.to } : {}),
    ...(args.attachments !== undefined ? { attachments: args.attachments } : {}),
    ...(args.internal ? { internal: true } : {}),
  };
}

function parseArgs(argv: string[]): Args | 'help' {
  const [cmd, ...rest] = argv;
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') return 'help';
  if (cmd !== 'check') throw new UsageError(cmd ? `unknown command "${cmd}"` : 'no command given');
  const args: Args = { file: '-', to: [], internal: false, lang: 'auto', format: 'text', jsonl: false };
  let file: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--help' || a === '-h') return 'help';
    else if (a === '--quoted') args.quoted = value();
    else if (a === '--from') args.writer = parsePerson(value());
    else if (a === '--to') {
      const v = value();
      for (const who of v.split(/,(?![^<]*>)/)) {
        const p = parsePerson(who);
        if (!p.address && !p.name) throw new UsageError(`--to needs a name or an address (got "${v}")`);
        args.to.push(p);
      }
    } else if (a === '--attachments') {
      const v = value();
      if (!/^\d+$/.test(v)) throw new UsageError(`--attachments must be a count, e.g. 0 or 2 (got "${v}")`);
      args.attachments = Number(v);
    } else if (a === '--internal') args.internal = true;
    else if (a === '--thread') {
      args.thread = value();
      if (!threadFormat(args.thread)) throw new UsageError(`--thread takes an .eml, .mbox or .json file (got "${args.thread}")`);
    } else if (a === '--me') {
      args.me = value();
      if (!parsePerson(args.me).address && !parsePerson(args.me).name) throw new UsageError('--me needs an address or a name');
    } else if (a === '--now') {
      const v = value();
      const now = parseNow(v);
      if (!now) throw new UsageError(`--now must be an ISO 8601 date, e.g. 2026-03-04T09:00:00+07:00 (got "${v}")`);
      args.now = now.now;
      if (now.timeZone) args.timeZone = now.timeZone;
    } else if (a === '--lang') {
      const v = value();
      if (v !== 'auto' && v !== 'en' && v !== 'id') throw new UsageError(`--lang must be auto, en or id (got "${v}")`);
      args.lang = v;
    } else if (a === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json (got "${v}")`);
      args.format = v;
    } else if (a === '--jsonl') args.jsonl = true;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (file !== undefined) throw new UsageError('only one draft FILE can be checked at a time');
    else file = a;
  }
  if (args.jsonl && (file !== undefined || args.quoted !== undefined || args.thread !== undefined)) {
    throw new UsageError('--jsonl reads drafts from standard input; it takes no FILE, --quoted or --thread');
  }
  if (file !== undefined) args.file = file;
  return args;
}

async function readAll(stream: In): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function readInput(path: string, stdin: In): Promise<string> {
  try {
    return path === '-' ? await readAll(stdin) : await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${path === '-' ? 'standard input' : path}${code ? ` (${code})` : ''}`);
  }
}

async function thread(args: Args): Promise<Conversation> {
  try {
    return await readThread(args.thread!, { me: args.me ?? args.writer });
  } catch (e) {
    if (e instanceof ThreadError) throw new InputError(e.message);
    throw new InputError(`${args.thread}: not a readable mail file (${(e as Error).message})`);
  }
}

async function jsonl(args: Args, stdin: In, stdout: Out): Promise<number> {
  const analyzer = new Analyzer();
  let anyFindings = false;
  const lines = createInterface({ input: stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let out: Report | { error: string };
    try {
      const item = JSON.parse(line) as unknown;
      if (typeof item !== 'object' || item === null || typeof (item as { text?: unknown }).text !== 'string') {
        throw new Error('each line must be an object with a string "text"');
      }
      const { text, quoted } = item as { text: string; quoted?: unknown };
      if (quoted !== undefined && quoted !== null && typeof quoted !== 'string') throw new Error('"quoted" must be a string');
      out = analyzer.analyze(text, (quoted as string | undefined) ?? null, engineOptions(args));
      if (out.findings.length) anyFindings = true;
    } catch (e) {
      out = { error: e instanceof SyntaxError ? `invalid JSON: ${e.message}` : (e as Error).message };
    }
    stdout.write(JSON.stringify(out) + '\n');
  }
  return anyFindings ? 1 : 0;
}

export async function main(argv: string[], stdin: In, stdout: Out, stderr: Out): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      stdout.write(USAGE);
      return 0;
    }
    if (args.jsonl) return await jsonl(args, stdin, stdout);
    const conversation = args.thread === undefined ? undefined : await thread(args);
    const draft = await readInput(args.file, stdin);
    // with a thread, the message replied to is its last one the writer did not write
    const quoted =
      args.quoted !== undefined ? await readInput(args.quoted, stdin) : (conversation?.messages.findLast((m) => !m.byWriter)?.text ?? null);
    const report = new Analyzer().analyze(draft, quoted, engineOptions(args, conversation));
    stdout.write(
      args.format === 'json'
        ? JSON.stringify(report, null, 2) + '\n'
        : formatText(report, draft, args.file, { lang: args.lang, now: args.now, timeZone: args.timeZone }),
    );
    return report.findings.length ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      stderr.write(`jelas: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof InputError) {
      stderr.write(`jelas: ${e.message}\n`);
      return 2;
    }
    stderr.write(`jelas: internal error: ${(e as Error).message}\n`);
    return 2;
  }
}

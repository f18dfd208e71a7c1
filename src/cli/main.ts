/**
 * `jelas check` — the engine on the command line.
 *
 *   jelas check [--quoted FILE] [--from WHO] [--lang auto|en|id] [--format text|json] [FILE|-]
 *   jelas check --jsonl            (stdin: one {"text","quoted"} per line; stdout: one report per line)
 *
 * Exit codes: 0 clean, 1 findings, 2 bad usage or unreadable input.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Analyzer } from '../engine/analyze';
import { EMAIL_ADDRESS } from '../engine/lexicon/zones';
import type { AnalyzeOptions, LangSetting, Report } from '../engine/types';
import { formatText } from './format';

interface Out {
  write(s: string): unknown;
}
type In = NodeJS.ReadableStream;

const USAGE = `Usage:
  jelas check [--quoted FILE] [--from WHO] [--lang auto|en|id] [--format text|json] [FILE|-]
  jelas check --jsonl [--lang auto|en|id] < lines.jsonl

Checks an email draft for missing deadlines, vague times, unanswered questions and terse tone.
  FILE            the draft (default: standard input, also "-")
  --quoted FILE   the message being replied to
  --from WHO      who is writing, "Name <address>": questions of their own quoted back are not flagged
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
  writer?: { name?: string; address?: string };
  lang: LangSetting;
  format: 'text' | 'json';
  jsonl: boolean;
}

/** "Sari Dewi <sari@x.co>", "sari@x.co" or "Sari Dewi". */
function person(v: string): { name?: string; address?: string } {
  const address = EMAIL_ADDRESS.exec(v)?.[0];
  const name = v.replace(/<[^>]*>/, '').replace(address ?? '\u0000', '').replace(/["']/g, '').trim();
  return { ...(name ? { name } : {}), ...(address ? { address } : {}) };
}

/** What the engine takes from the command line. */
const engineOptions = (args: Args): Partial<AnalyzeOptions> => ({ lang: args.lang, ...(args.writer ? { writer: args.writer } : {}) });

function parseArgs(argv: string[]): Args | 'help' {
  const [cmd, ...rest] = argv;
  if (cmd === '--help' || cmd === '-h' || cmd === 'help') return 'help';
  if (cmd !== 'check') throw new UsageError(cmd ? `unknown command "${cmd}"` : 'no command given');
  const args: Args = { file: '-', lang: 'auto', format: 'text', jsonl: false };
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
    else if (a === '--from') args.writer = person(value());
    else if (a === '--lang') {
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
  if (args.jsonl && (file !== undefined || args.quoted !== undefined)) {
    throw new UsageError('--jsonl reads drafts from standard input; it takes no FILE or --quoted');
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
    const draft = await readInput(args.file, stdin);
    const quoted = args.quoted === undefined ? null : await readInput(args.quoted, stdin);
    const report = new Analyzer().analyze(draft, quoted, engineOptions(args));
    stdout.write(args.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : formatText(report, draft, args.file));
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

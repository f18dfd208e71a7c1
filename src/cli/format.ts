/**
 * Linter-style text output: `file:line:col  severity  rule  message`, then the suggestions; then the quoted
 * questions (who asked, when, answered or not) and the writer's open promises, when there are any.
 */
import type { Person } from '../engine/conversation';
import type { LangSetting, Report } from '../engine/types';
import { formatDay } from './dates';

function lineCol(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return `${line}:${col}`;
}

/** How the report's dates are told: in the writer's zone (default: the machine's), the year only when it is not `now`'s (default: the clock's). */
export interface TextOptions {
  lang?: LangSetting;
  timeZone?: string;
  now?: number;
}

const WORDS = {
  en: {
    questions: 'Quoted questions:',
    answered: 'answered',
    unanswered: 'unanswered',
    promises: 'Open promises:',
    promised: 'You promised',
    on: 'on',
    due: 'due',
    overdue: 'overdue',
  },
  id: {
    questions: 'Pertanyaan yang dikutip:',
    answered: 'sudah dijawab',
    unanswered: 'belum dijawab',
    promises: 'Janji yang belum ditepati:',
    promised: 'Anda berjanji',
    on: 'pada',
    due: 'tenggat',
    overdue: 'sudah lewat',
  },
};

const who = (p: Person) => (p.name && p.address ? `${p.name} <${p.address}>` : (p.name ?? p.address ?? ''));

/** The quoted questions and open promises, one line each, in the report's language. */
function signalsText(report: Report, opts: TextOptions): string {
  // a code-mixed draft is usually Indonesian grammar with English words (the engine's own reading)
  const lang = opts.lang && opts.lang !== 'auto' ? opts.lang : report.language === 'en' ? 'en' : 'id';
  const w = WORDS[lang];
  const now = opts.now ?? Date.now();
  const day = (ms: number, time = false) => formatDay(ms, lang, { timeZone: opts.timeZone, now, time });
  const out: string[] = [];
  const { quotedQuestions, openPromises } = report.signals;
  if (quotedQuestions.length) {
    out.push(w.questions);
    for (const q of quotedQuestions) {
      const asker = [q.author ? who(q.author) : '', q.askedAt === undefined ? '' : day(q.askedAt)].filter(Boolean).join(', ');
      out.push(`  ${asker ? `${asker}: ` : ''}${q.text} — ${q.answered ? w.answered : w.unanswered}`);
    }
  }
  if (openPromises.length) {
    out.push(w.promises);
    for (const p of openPromises) {
      const due = [p.due === undefined ? '' : `${w.due} ${day(p.due, true)}`, p.overdue ? w.overdue : ''].filter(Boolean).join(', ');
      out.push(`  ${w.promised}${p.madeAt === undefined ? '' : ` ${w.on} ${day(p.madeAt)}`}: ${p.text}${due ? ` — ${due}` : ''}`);
    }
  }
  return out.length ? `\n${out.join('\n')}\n` : '';
}

export function formatText(report: Report, draft: string, file: string, opts: TextOptions = {}): string {
  const name = file === '-' ? '<stdin>' : file;
  const signals = signalsText(report, opts);
  if (report.findings.length === 0) return `${name}: no findings (language: ${report.language})\n${signals}`;
  const rows = report.findings.map((f) => {
    const where = f.anchored === false ? '-' : lineCol(draft, f.start);
    const fixes = f.suggestions.map((s) => `      → ${s.text}`).join('\n');
    return `${name}:${where}  ${f.severity}  ${f.rule}  ${f.message}${fixes ? `\n${fixes}` : ''}`;
  });
  const n = report.findings.length;
  return `${rows.join('\n')}\n\n${n} finding${n === 1 ? '' : 's'} (language: ${report.language})\n${signals}`;
}

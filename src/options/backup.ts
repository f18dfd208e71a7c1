import { t } from '../shared/i18n';
import type { LedgerEntry } from '../shared/ledger';
import { exportSettings, type Settings } from '../shared/settings';

/**
 * The backup file's format. 1: the settings alone (Jelas 0.2, no `format` field). 2: the settings and the promise
 * ledger (`promises`, a list of entries, each validated again on import; `ledger` is the settings' own block).
 */
export const BACKUP_FORMAT = 2;

/** The file the options page exports: the settings (as `exportSettings` writes them), the format, the ledger. */
export function exportBackup(s: Settings, ledger: readonly LedgerEntry[]): string {
  const settings = JSON.parse(exportSettings(s)) as Record<string, unknown>;
  return JSON.stringify({ ...settings, format: BACKUP_FORMAT, promises: ledger }, null, 2) + '\n';
}

/**
 * A backup file brought to the current format: a format 1 file (settings only) has an empty ledger; a file from a
 * newer Jelas is read as far as this one understands it. The settings part is read by `importSettings`.
 */
export function migrateBackup(raw: unknown): { format: number; ledger: unknown[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { format: 1, ledger: [] };
  const r = raw as Record<string, unknown>;
  const format = typeof r['format'] === 'number' ? r['format'] : 1;
  if (format < 2) return { format, ledger: [] };
  return { format, ledger: Array.isArray(r['promises']) ? r['promises'] : [] };
}

/** The ledger part of a backup file's text (empty for a format 1 file or text that is not JSON). */
export function backupLedger(text: string): unknown[] {
  try {
    return migrateBackup(JSON.parse(text)).ledger;
  } catch {
    return [];
  }
}

/** Saves the settings (and the ledger) as a file: a blob URL on a temporary link, so nothing goes over the network. */
export function downloadSettings(s: Settings, doc: Document = document, ledger: readonly LedgerEntry[] = []): void {
  const url = URL.createObjectURL(new Blob([exportBackup(s, ledger)], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = 'jelas-settings.json';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const FIELD_LABELS: Record<string, string> = {
  lang: 'options_lang',
  sensitivity: 'options_sensitivity',
  defaultTime: 'options_default_time',
  rules: 'options_rules_title',
  presend: 'options_presend_title',
  phrases: 'options_phrases_title',
  ignored: 'options_ignored_title',
  ledger: 'options_ledger_title',
};

/** "Sensitivity, Rules" for problems like ["sensitivity", "rules.x", "rules.y"]. */
export function describeProblems(problems: string[]): string {
  const tops = [...new Set(problems.map((p) => p.split('.')[0]!))];
  return tops.map((p) => (FIELD_LABELS[p] ? t(FIELD_LABELS[p]) : p)).join(', ');
}

import { t } from '../shared/i18n';
import { exportSettings, type Settings } from '../shared/settings';

/** Saves the settings as a file: a blob URL on a temporary link, so nothing goes over the network. */
export function downloadSettings(s: Settings, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([exportSettings(s)], { type: 'application/json' }));
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
};

/** "Sensitivity, Rules" for problems like ["sensitivity", "rules.x", "rules.y"]. */
export function describeProblems(problems: string[]): string {
  const tops = [...new Set(problems.map((p) => p.split('.')[0]!))];
  return tops.map((p) => (FIELD_LABELS[p] ? t(FIELD_LABELS[p]) : p)).join(', ');
}

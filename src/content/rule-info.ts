/** A rule's title and "why it matters", in the UI's language, with the rule id as a last resort. */
import { ruleById } from '../rules/index';
import { uiLang } from '../shared/i18n';

export function ruleTitle(id: string): string {
  return ruleById(id)?.title[uiLang()] ?? id;
}

export function ruleWhy(id: string): string {
  return ruleById(id)?.description[uiLang()] ?? '';
}

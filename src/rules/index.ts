/** The rules registry. Adding a rule: one file in this folder, listed here, plus its test. */
import type { Rule } from '../engine/types';
import { missingDeadline } from './missing-deadline';
import { vagueTime } from './vague-time';
import { unansweredQuestion } from './unanswered-question';
import { terseTone } from './terse-tone';
import { hedging } from './hedging';
import { openPromise } from './open-promise';

export const rules: readonly Rule[] = [missingDeadline, vagueTime, unansweredQuestion, openPromise, terseTone, hedging];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

/** The rules registry. Adding a rule: one file in this folder, listed here, plus its test. */
import type { Rule } from '../engine/types';
import { missingDeadline } from './missing-deadline';
import { vagueTime } from './vague-time';
import { unansweredQuestion } from './unanswered-question';
import { terseTone } from './terse-tone';
import { hedging } from './hedging';
import { openPromise } from './open-promise';
import { pastTime } from './past-time';
import { missingAttachment } from './missing-attachment';
import { wrongName } from './wrong-name';
import { registerMismatch } from './register-mismatch';
import { languageMismatch } from './language-mismatch';

export const rules: readonly Rule[] = [missingDeadline, vagueTime, pastTime, unansweredQuestion, openPromise, terseTone, hedging, missingAttachment, wrongName, registerMismatch, languageMismatch];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

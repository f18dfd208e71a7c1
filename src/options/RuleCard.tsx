import { detectLang } from '../engine/lang';
import type { Rule, RuleExample } from '../engine/types';
import { t, uiLang } from '../shared/i18n';

/** An example in the reader's language when the rule has one (rules carry English and Indonesian ones). */
export function pickExample(list: readonly RuleExample[], lang: 'en' | 'id'): RuleExample | undefined {
  return list.find((e) => detectLang(e.text) === lang) ?? list[0];
}

function Example({ kind, ex }: { kind: 'pass' | 'fail'; ex: RuleExample | undefined }) {
  if (!ex) return null;
  return (
    <div class={`example example--${kind}`}>
      <span class="example__label">{t(kind === 'fail' ? 'options_example_fail' : 'options_example_pass')}</span>
      {ex.quoted && (
        <span class="example__quoted">
          {t('options_example_reply_to')} “{ex.quoted}”
        </span>
      )}
      <span class="example__text">“{ex.text}”</span>
    </div>
  );
}

/** One rule: a switch, what it flags in plain words, and a bad and a good example from the rule itself. */
export function RuleCard({ rule, on, onToggle }: { rule: Pick<Rule, 'id' | 'title' | 'description' | 'examples' | 'defaultOn'>; on: boolean; onToggle(on: boolean): void }) {
  const lang = uiLang();
  const id = `rule-${rule.id}`;
  return (
    <li class={`rule ${on ? '' : 'rule--off'}`}>
      <div class="rule__head">
        <label class="switch" for={id}>
          <input id={id} type="checkbox" role="switch" checked={on} data-rule-toggle={rule.id} aria-describedby={`${id}-desc`} onChange={(e) => onToggle(e.currentTarget.checked)} />
          <span class="switch__track" aria-hidden="true" />
          <span class="rule__title">{rule.title[lang]}</span>
        </label>
        {!rule.defaultOn && <span class="tag">{t('options_rule_off_by_default')}</span>}
      </div>
      <p class="rule__desc" id={`${id}-desc`}>
        {rule.description[lang]}
      </p>
      <div class="examples">
        <Example kind="fail" ex={pickExample(rule.examples.fail, lang)} />
        <Example kind="pass" ex={pickExample(rule.examples.pass, lang)} />
      </div>
    </li>
  );
}

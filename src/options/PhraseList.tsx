import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_PHRASES } from '../shared/settings';
import { t } from '../shared/i18n';

/**
 * One phrase per line. The text is the person's while they type (no re-render moves their caret);
 * it is saved when they leave the box, and replaced from outside only while they are not in it.
 */
export function PhraseList({ name, label, help, phrases, onSave }: { name: string; label: string; help: string; phrases: string[]; onSave(lines: string[]): void }) {
  const [text, setText] = useState(phrases.join('\n'));
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setText(phrases.join('\n'));
  }, [phrases.join('\n')]);
  const id = `phrases-${name}`;
  return (
    <div class="field">
      <label class="field__label" for={id}>
        {label}
      </label>
      <p class="field__help" id={`${id}-help`}>
        {help}
      </p>
      <textarea
        id={id}
        rows={4}
        value={text}
        data-phrases={name}
        aria-describedby={`${id}-help`}
        placeholder={t('options_phrases_placeholder')}
        onFocus={() => (editing.current = true)}
        onInput={(e) => setText(e.currentTarget.value)}
        onBlur={() => {
          editing.current = false;
          onSave(text.split('\n').slice(0, MAX_PHRASES * 2));
        }}
      />
    </div>
  );
}

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage } from '../e2e/gmail-sim/pages.js';
import { blocking, installPresend, type PresendHost } from '../../src/content/presend';
import type { ComposeController } from '../../src/content/controller';
import type { Finding } from '../../src/engine/types';
import { freshDefaults, type Settings } from '../../src/shared/settings';

const vague: Finding = { rule: 'vague-time', severity: 'warning', start: 0, end: 4, text: 'ASAP', message: 'When exactly?', suggestions: [] };
const hedge: Finding = { rule: 'hedging', severity: 'info', start: 0, end: 4, text: 'maybe', message: 'Hedge', suggestions: [] };

function load(): HTMLElement {
  const doc = new DOMParser().parseFromString(renderPage('?sim=inbox-compose'), 'text/html');
  document.body.innerHTML = doc.body.innerHTML;
  return document.querySelector('.aoO[role=button]') as HTMLElement;
}

let life: AbortController | null = null;
afterEach(() => life?.abort());

/** Installs the send check with a fake compose whose findings are `findings`; counts sends Gmail sees. */
function setup(findings: Finding[], opts: { settings?: Settings; ask?: PresendHost['ask'] } = {}) {
  const send = load();
  const root = send.closest('.M9')!;
  const fake = { compose: { root }, findings, fresh() {} } as unknown as ComposeController;
  const asked: Finding[][] = [];
  let sendAnyway: (() => void) | null = null;
  life = new AbortController();
  installPresend(
    {
      settings: () => opts.settings ?? freshDefaults(),
      controllerFor: (el) => (root.contains(el) ? fake : undefined),
      ask: opts.ask ?? ((_c, f, go) => {
        asked.push(f);
        sendAnyway = go;
      }),
      dismiss() {},
    },
    life.signal,
  );
  const seen = { clicks: 0 };
  // Gmail's delegated handler: bubble phase on document.
  document.addEventListener('click', (e) => {
    if ((e.target as Element).closest('.aoO')) seen.clicks++;
  }, { signal: life.signal });
  return { send, asked, seen, anyway: () => sendAnyway?.() };
}

describe('check on Send', () => {
  it('stops a click on Send when the draft has warnings, and Send anyway lets exactly one click through', () => {
    const { send, asked, seen, anyway } = setup([vague]);
    send.click();
    expect(seen.clicks).toBe(0);
    expect(asked).toEqual([[vague]]);
    anyway();
    expect(seen.clicks).toBe(1);
    // The pass was used up: the next Send is checked again.
    send.click();
    expect(seen.clicks).toBe(1);
    expect(asked.length).toBe(2);
  });

  it('lets a clean draft through at once', () => {
    const { send, asked, seen } = setup([]);
    send.click();
    expect(seen.clicks).toBe(1);
    expect(asked).toEqual([]);
  });

  it('if Jelas throws while checking, the send goes through untouched', () => {
    const { send, seen } = setup([vague], { ask: () => { throw new Error('boom'); } });
    send.click();
    expect(seen.clicks).toBe(1);
  });

  it('respects the settings: off, or only warnings', () => {
    const off = { ...freshDefaults(), presend: { enabled: false, trigger: 'warnings' as const } };
    expect(blocking([vague], off)).toEqual([]);
    const warnings = { ...freshDefaults(), presend: { enabled: true, trigger: 'warnings' as const } };
    expect(blocking([vague, hedge], warnings)).toEqual([vague]);
    const any = { ...freshDefaults(), presend: { enabled: true, trigger: 'any' as const } };
    expect(blocking([hedge], any)).toEqual([hedge]);
    const { send, seen } = setup([vague], { settings: off });
    send.click();
    expect(seen.clicks).toBe(1);
  });

  it('Send + archive is checked like Send; Schedule send is not', () => {
    const { send, asked } = setup([vague]);
    const archive = document.createElement('div');
    archive.className = 'T-I J-J5-Ji Uo T-I-atl L3';
    archive.setAttribute('role', 'button');
    send.parentElement!.before(archive);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    archive.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(asked.length).toBe(1);
    const schedule = document.querySelector('[selector="scheduledSend"]')!;
    const click2 = new MouseEvent('click', { bubbles: true, cancelable: true });
    schedule.dispatchEvent(click2);
    expect(click2.defaultPrevented).toBe(false);
    expect(asked.length).toBe(1);
  });

  it('Ctrl+Enter in the body is checked; a plain Enter is not', () => {
    const { asked } = setup([vague]);
    const body = document.querySelector('[g_editable="true"]')!;
    const plain = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    body.dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(false);
    const ctrl = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });
    body.dispatchEvent(ctrl);
    expect(ctrl.defaultPrevented).toBe(true);
    expect(asked.length).toBe(1);
  });
});

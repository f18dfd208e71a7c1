// @vitest-environment happy-dom
// What the adapter tells the engine about a compose: its recipients, its files, and whether they are all colleagues.
import { describe, expect, it } from 'vitest';
import { renderPage } from '../e2e/gmail-sim/pages.js';
import { readComposeContext } from '../../src/content/compose-context';
import { select } from '../../src/content/selectors';

function contextOf(search: string, account: string | null = 'dewi@example.com') {
  const doc = new DOMParser().parseFromString(renderPage(search), 'text/html');
  document.body.innerHTML = doc.body.innerHTML;
  const root = select('compose')!;
  return readComposeContext(root, select('body', root)!, account);
}

describe('the compose context', () => {
  it.each(['', '&layout=2020', '&lang=id'])('recipients with names and addresses (%s)', (q) => {
    const c = contextOf(`?sim=inbox-compose${q}&to=${encodeURIComponent('Tom Becker <tom@client.example>, ana@client.example')}&cc=${encodeURIComponent('Budi <budi@example.com>')}`);
    expect(c.recipients).toEqual([
      { name: 'Tom Becker', address: 'tom@client.example' },
      { address: 'ana@client.example' },
      { name: 'Budi', address: 'budi@example.com' },
    ]);
    expect(c.internal).toBe(false);
  });

  it('an inline reply reads its collapsed recipients', () => {
    expect(contextOf('?sim=thread-reply').recipients).toEqual([{ name: 'Tom Becker', address: 'tom@client.example' }]);
  });

  it('every recipient in the account\'s domain is internal; unknown without the account', () => {
    expect(contextOf(`?sim=inbox-compose&to=${encodeURIComponent('Budi <budi@example.com>')}`).internal).toBe(true);
    expect(contextOf(`?sim=inbox-compose&to=${encodeURIComponent('Budi <budi@example.com>')}`, null).internal).toBeUndefined();
  });

  it('counts attachment chips and Drive links in the body, not in its quote', () => {
    expect(contextOf('?sim=inbox-compose').attachments).toBe(0);
    expect(contextOf('?sim=inbox-compose&attach=report.pdf,plan.xlsx').attachments).toBe(2);
    const body = '<div>Plan: <a href="https://drive.google.com/file/d/1">plan</a></div><div class="gmail_quote"><a href="https://docs.google.com/d/2">old</a></div>';
    expect(contextOf(`?sim=inbox-compose&body=${encodeURIComponent(body)}`).attachments).toBe(1);
  });

  it('its key changes when a file is attached', () => {
    expect(contextOf('?sim=inbox-compose').key).not.toBe(contextOf('?sim=inbox-compose&attach=a.pdf').key);
  });
});

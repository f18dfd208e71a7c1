// @vitest-environment happy-dom
/**
 * Building the Conversation from the simulator's rendered thread (test/e2e/gmail-sim, `sim=thread-long`):
 * authors, the writer's own messages, dates from `span.g3[title]` in each UI language, own text without
 * quote and signature, recipients; the collapsed message is left out.
 */
import { describe, expect, it } from 'vitest';
import { LONG_THREAD, ME, renderPage } from '../e2e/gmail-sim/pages.js';
import { accountAddress, select } from '../../src/content/selectors';
import { readConversation } from '../../src/content/thread-reader';
import { analyze } from '../../src/engine';

function load(search: string) {
  const doc = new DOMParser().parseFromString(renderPage(search).replace(/<link [^>]*>/g, ''), 'text/html');
  document.title = doc.title;
  document.body.innerHTML = doc.body.innerHTML;
  const root = select('compose')!;
  return { root, body: select('body', root)! };
}

const JAKARTA = 'Asia/Jakarta';
const at = (iso: string) => Date.parse(iso);

describe('readConversation on the simulator\'s long thread', () => {
  it('reads the four loaded messages, oldest first, with author, writer, time, own text and recipients', () => {
    const { root, body } = load('?sim=thread-long');
    const c = readConversation(root, body, accountAddress(), JAKARTA)!;
    expect(c.messages.map((m) => m.author.name)).toEqual(['Tom Becker', 'Dewi Lestari', 'Tom Becker', 'Sara Lim']);
    expect(c.messages.map((m) => m.byWriter)).toEqual([false, true, false, false]);
    expect(c.messages.map((m) => m.sentAt)).toEqual([
      at('2026-03-02T09:00:00+07:00'),
      at('2026-03-02T15:00:00+07:00'),
      at('2026-03-03T10:00:00+07:00'),
      at('2026-03-04T08:00:00+07:00'),
    ]);
    expect(c.messages.map((m) => m.recipients)).toEqual([1, 1, 2, 2]);
    expect(c.messages[1]!.author).toEqual({ name: ME.name, address: ME.email });
    // own text only: the trimmed history quoting the message before is left out
    expect(c.messages[1]!.text).toBe('Hi Tom,\nThe launch is on 12 March. Did you get my deck? I\'ll send you the press release by Wednesday.\nDewi');
    expect(c.messages[3]!.text).toBe('Tom, the MC is Rina from our office.\nSara');
    expect(c.messages.some((m) => m.text.includes('parking passes'))).toBe(false);
  });

  it('reads the dates in every UI language the simulator has', () => {
    for (const lang of ['en', 'es', 'vi', 'id']) {
      const { root, body } = load(`?sim=thread-long&lang=${lang}`);
      const c = readConversation(root, body, accountAddress(), 'UTC')!;
      expect(c.messages.map((m) => m.sentAt), lang).toEqual(['2026-03-02T09:00Z', '2026-03-02T15:00Z', '2026-03-03T10:00Z', '2026-03-04T08:00Z'].map(at));
    }
  });

  it('leaves the collapsed message out: with or without it, the same conversation', () => {
    const a = load('?sim=thread-long');
    const withIt = readConversation(a.root, a.body, accountAddress(), JAKARTA);
    expect(document.querySelectorAll('.kv[role="listitem"]').length).toBe(1);
    const b = load('?sim=thread-long&collapsed=0');
    expect(readConversation(b.root, b.body, accountAddress(), JAKARTA)).toEqual(withIt);
  });

  it('a date it cannot read leaves sentAt out; a header with no people leaves recipients out', () => {
    const { root, body } = load('?sim=thread-long');
    document.querySelector('span.g3')!.setAttribute('title', 'yesterday');
    document.querySelector('span.hb')!.remove();
    const m = readConversation(root, body, accountAddress(), JAKARTA)!.messages[0]!;
    expect(m.sentAt).toBeUndefined();
    expect(m.recipients).toBeUndefined();
  });

  it('none without the account\'s address (who the writer is), none for a forward, none outside a thread', () => {
    let { root, body } = load('?sim=thread-long');
    expect(readConversation(root, body, null)).toBeNull();
    ({ root, body } = load('?sim=thread-reply&reply=forward'));
    expect(readConversation(root, body, accountAddress())).toBeNull();
    ({ root, body } = load('?sim=inbox-compose'));
    expect(readConversation(root, body, accountAddress())).toBeNull();
  });

  it('the two-message seed thread: the writer\'s first message, then the client\'s request', () => {
    const { root, body } = load('?sim=thread-reply');
    const c = readConversation(root, body, accountAddress(), JAKARTA)!;
    expect(c.messages.map((m) => [m.author.address, m.byWriter])).toEqual([[ME.email, true], ['tom@client.example', false]]);
    expect(c.messages[1]!.text).toBe('Hi, please share your press release tomorrow. Thanks!');
  });

  it('is what the engine needs: only the client\'s question nobody answered is owed', () => {
    const { root, body } = load('?sim=thread-long');
    const conversation = readConversation(root, body, accountAddress(), JAKARTA)!;
    const owed = (draft: string) =>
      analyze(draft, { options: { conversation, writer: { address: ME.email } } }).findings.filter((f) => f.rule === 'unanswered-question').map((f) => f.text);
    expect(owed('Hi Tom,\n\nWe booked the Mulia hotel for the speakers.\n\nDewi')).toEqual(['How many guests have confirmed so far?']);
    expect(LONG_THREAD.length).toBe(5);
  });
});

import { beforeEach, expect, it } from 'vitest';
import type { ComposeChecklist } from '../../src/shared/messages';
import { findTarget } from '../../src/popup/target';
import { sentenceAround } from '../../src/popup/sentence';
import { fake, resetFake } from '../shared/fake-browser';

beforeEach(() => resetFake());
const checklist = (composeId: string): ComposeChecklist => ({ composeId, title: composeId, draftText: 'oke', findings: [] });
const gmail = (id: number, lastAccessed: number, compose: string | null, focusedAt = 0, active = false) => ({
  id,
  url: `https://mail.google.com/mail/u/0/#inbox/${id}`,
  lastAccessed,
  active,
  reply: () => ({ checklist: compose ? checklist(compose) : null, focusedAt }),
});

it('picks the compose of the active Gmail tab, even if another was used more recently', async () => {
  fake.openTabs.push(gmail(1, 100, 'a', 5, true), gmail(2, 900, 'b', 50));
  expect(await findTarget(fake as never)).toMatchObject({ tabId: 1, checklist: { composeId: 'a' } });
});

it('else picks the most recently used Gmail tab that has a compose', async () => {
  fake.openTabs.push(
    { id: 9, url: 'chrome-extension://fake/src/popup/index.html', lastAccessed: 1000, active: true, reply: undefined as never },
    gmail(1, 300, 'older'),
    gmail(2, 700, 'newer'),
    gmail(3, 800, null),
  );
  expect(await findTarget(fake as never)).toMatchObject({ tabId: 2, checklist: { composeId: 'newer' } });
});

it('ignores Gmail tabs whose content script does not answer', async () => {
  fake.openTabs.push({ id: 4, url: 'https://mail.google.com/mail/u/0/', lastAccessed: 999 }, gmail(5, 1, 'only'));
  expect((await findTarget(fake as never))?.tabId).toBe(5);
});

it('without a compose anywhere, still names the Gmail tab that answered, for its health', async () => {
  fake.openTabs.push(gmail(1, 1, null), gmail(2, 5, null));
  expect(await findTarget(fake as never)).toEqual({ tabId: 2, checklist: null, health: null });
  resetFake();
  expect(await findTarget(fake as never)).toBeNull();
  fake.openTabs.push({ id: 4, url: 'https://mail.google.com/mail/u/0/', lastAccessed: 999 });
  expect(await findTarget(fake as never)).toBeNull();
});

it('cuts the sentence around a finding', () => {
  const text = 'Hi Budi,\nThanks for the file. I will send it soon. Best, Ana';
  const start = text.indexOf('soon');
  expect(sentenceAround(text, start, start + 4)).toEqual({ before: 'I will send it ', match: 'soon', after: '.' });
  expect(sentenceAround('oke', 0, 3)).toEqual({ before: '', match: 'oke', after: '' });
  expect(sentenceAround('x', 5, 9)).toEqual({ before: '', match: '', after: '' });
});

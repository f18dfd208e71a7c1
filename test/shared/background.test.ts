import { beforeEach, expect, it } from 'vitest';
import { badgeText, handleMessage } from '../../src/background/handlers';
import { fake, resetFake } from './fake-browser';

beforeEach(() => resetFake());
const api = fake as never;
const fromTab = (id: number) => ({ tab: { id } }) as never;

it('sets the badge of the tab that sent the count', async () => {
  await handleMessage(api, { type: 'jelas:count', count: 3 }, fromTab(7));
  await handleMessage(api, { type: 'jelas:count', count: 0 }, fromTab(8));
  expect(fake.calls).toEqual([
    { api: 'action.setBadgeText', args: [{ tabId: 7, text: '3' }] },
    { api: 'action.setBadgeBackgroundColor', args: [{ tabId: 7, color: '#b45309' }] },
    { api: 'action.setBadgeText', args: [{ tabId: 8, text: '' }] },
    { api: 'action.setBadgeBackgroundColor', args: [{ tabId: 8, color: '#b45309' }] },
  ]);
});

it('shows "!" in its own colour on a tab where Jelas lost a function, and the count again once it is back', async () => {
  await handleMessage(api, { type: 'jelas:count', count: 2, degraded: true }, fromTab(7));
  await handleMessage(api, { type: 'jelas:count', count: 2, degraded: false }, fromTab(7));
  expect(fake.calls).toEqual([
    { api: 'action.setBadgeText', args: [{ tabId: 7, text: '!' }] },
    { api: 'action.setBadgeBackgroundColor', args: [{ tabId: 7, color: '#b42318' }] },
    { api: 'action.setBadgeText', args: [{ tabId: 7, text: '2' }] },
    { api: 'action.setBadgeBackgroundColor', args: [{ tabId: 7, color: '#b45309' }] },
  ]);
});

it('keeps the badge short', () => {
  expect(badgeText(150)).toBe('99+');
  expect(badgeText(Number.NaN)).toBe('');
  expect(badgeText(-2)).toBe('');
});

it('opens the options page on request', async () => {
  await handleMessage(api, { type: 'jelas:open-options' }, {} as never);
  expect(fake.calls).toEqual([{ api: 'runtime.openOptionsPage', args: [] }]);
});

it('leaves unknown messages and countless senders alone', () => {
  expect(handleMessage(api, { type: 'jelas:get-checklist' }, fromTab(1))).toBeUndefined();
  expect(handleMessage(api, 'hello', fromTab(1))).toBeUndefined();
  expect(handleMessage(api, { type: 'jelas:count', count: 2 }, {} as never)).toBeUndefined();
  expect(fake.calls).toEqual([]);
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage } from '../e2e/gmail-sim/pages.js';
import { discoverComposes, type Compose } from '../../src/content/discover';

function load(search: string): void {
  const doc = new DOMParser().parseFromString(renderPage(search), 'text/html');
  document.body.className = doc.body.className;
  document.body.innerHTML = doc.body.innerHTML;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function watch() {
  const life = new AbortController();
  const opened: Compose[] = [];
  const closed: Compose[] = [];
  const typed: Compose[] = [];
  const list = discoverComposes(
    { onOpen: (c) => opened.push(c), onClose: (c) => closed.push(c), onBodyMutation: (c) => typed.push(c) },
    life.signal,
  );
  return { life, opened, closed, typed, list };
}

let current: ReturnType<typeof watch> | null = null;
afterEach(() => current?.life.abort());

describe('discoverComposes', () => {
  it('finds both dialogs already open, each with its own id and live signal', () => {
    load('?sim=two-dialogs');
    current = watch();
    expect(current.opened.length).toBe(2);
    expect(new Set(current.opened.map((c) => c.id)).size).toBe(2);
    expect(current.opened.every((c) => !c.signal.aborted)).toBe(true);
  });

  it('closing one compose aborts its signal only, and leaves the other alone', async () => {
    load('?sim=two-dialogs');
    current = watch();
    const [first, second] = current.opened;
    first!.root.closest('.nn')!.remove();
    await tick();
    expect(current.closed.map((c) => c.id)).toEqual([first!.id]);
    expect(first!.signal.aborted).toBe(true);
    expect(second!.signal.aborted).toBe(false);
    expect(current.list().map((c) => c.id)).toEqual([second!.id]);
  });

  it('finds a compose that opens later (an inline reply), and only once', async () => {
    load('?sim=thread-reply&reply=closed');
    current = watch();
    expect(current.opened.length).toBe(0);
    load('?sim=thread-reply');
    await tick();
    expect(current.opened.length).toBe(1);
    document.body.append(document.createElement('div'));
    await tick();
    expect(current.opened.length).toBe(1);
  });

  it('reports typing in a body as a body change, not as a new compose', async () => {
    load('?sim=inbox-compose');
    current = watch();
    const body = current.opened[0]!.body;
    body.append(document.createTextNode('Tolong kirim besok'));
    await tick();
    expect(current.typed.map((c) => c.id)).toEqual([current.opened[0]!.id]);
    expect(current.opened.length).toBe(1);
  });

  it('emptying a full-screen compose (how Gmail closes it while saving) closes it', async () => {
    load('?sim=fullscreen');
    current = watch();
    expect(current.opened.length).toBe(1);
    document.querySelector('.aaZ')!.replaceChildren();
    await tick();
    expect(current.closed.length).toBe(1);
  });

  it('ignores our own overlay host and stops everything on abort', async () => {
    load('?sim=inbox-compose');
    current = watch();
    const host = document.createElement('div');
    host.setAttribute('data-jelas-overlay', '');
    document.body.append(host);
    await tick();
    current.life.abort();
    expect(current.closed.length).toBe(1);
    expect(current.opened[0]!.signal.aborted).toBe(true);
  });
});

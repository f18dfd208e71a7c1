// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze, findingKey } from '../../src/engine';
import { useMessages } from '../../src/shared/i18n';
import type { ComposeChecklist, ToContent } from '../../src/shared/messages';
import type { Finding } from '../../src/engine/types';
import { HEALTH_REASONS, type ComposeHealth, type HealthReason, type PageHealth } from '../../src/shared/health';
import { loadLocales } from '../../scripts/locales';
import { fake, resetFake } from '../shared/fake-browser';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../shared/fake-browser')).fake }));
const { App } = await import('../../src/popup/App');

const locales = loadLocales();
const QUOTED = 'Hi Ana, could you send me the signed contract?';

function checklistFor(draftText: string, quoted: string | null): ComposeChecklist {
  return { composeId: 'c1', title: 'Re: Contract', draftText, findings: analyze(draftText, { quoted }).findings };
}

/** A Gmail tab whose content script answers like the real one, applying the chosen rewrite to its draft. */
function gmailTab(draft: string, quoted: string | null) {
  let text = draft;
  const ignored = new Set<string>();
  const current = () => {
    const c = checklistFor(text, quoted);
    return { ...c, findings: c.findings.filter((f) => !ignored.has(findingKey(f))) };
  };
  fake.openTabs.push({
    id: 42,
    url: 'https://mail.google.com/mail/u/0/#inbox',
    lastAccessed: 10,
    reply: (m) => {
      const msg = m as ToContent;
      if (msg.type === 'jelas:get-checklist') return { checklist: current(), focusedAt: 5 };
      const f = current().findings.find((x) => findingKey(x) === msg.findingKey);
      if (!f) return { ok: false, checklist: current() };
      if (msg.type === 'jelas:ignore') ignored.add(msg.findingKey);
      else {
        const r = f.suggestions[msg.suggestionIndex]!.replacement;
        text = text.slice(0, r.start) + r.text + text.slice(r.end);
      }
      return { ok: true, checklist: current() };
    },
  });
  return { text: () => text };
}

beforeEach(() => {
  resetFake();
  useMessages(locales.en);
});
afterEach(() => cleanup());

describe('popup with a Gmail draft open', () => {
  it('lists the findings of the draft grouped by rule, with a count', async () => {
    gmailTab('oke', QUOTED);
    const expected = checklistFor('oke', QUOTED).findings;
    expect(expected.some((f) => f.rule === 'terse-tone')).toBe(true);
    const { container } = render(<App />);
    await screen.findByText(expected.length === 1 ? '1 thing to check' : `${expected.length} things to check`);
    expect(screen.getByText('Checking: Re: Contract')).toBeTruthy();
    const terse = container.querySelector('[data-rule="terse-tone"]')!;
    expect(terse.textContent).toContain(expected.find((f) => f.rule === 'terse-tone')!.message);
    expect(terse.querySelector('mark')?.textContent).toBe('oke');
  });

  it('Apply asks the Gmail tab to rewrite the draft and shows the updated list', async () => {
    const tab = gmailTab('oke', QUOTED);
    const before = checklistFor('oke', QUOTED).findings;
    const terse = before.find((f) => f.rule === 'terse-tone')!;
    expect(terse.suggestions.length).toBeGreaterThan(0);
    const { container } = render(<App />);
    await waitFor(() => expect(container.querySelector('[data-rule="terse-tone"] [data-action="apply"]')).toBeTruthy());
    fireEvent.click(container.querySelector('[data-rule="terse-tone"] [data-action="apply"]')!);
    await waitFor(() => expect(fake.sent.some((s) => s.msg.type === 'jelas:apply')).toBe(true));
    expect(fake.sent.find((s) => s.msg.type === 'jelas:apply')).toEqual({
      tabId: 42,
      msg: { type: 'jelas:apply', composeId: 'c1', findingKey: findingKey(terse), suggestionIndex: 0 },
    });
    expect(tab.text()).not.toBe('oke');
    await waitFor(() => expect(container.querySelector('mark')?.textContent).not.toBe('oke'));
    // Keyboard users land on the updated summary, not on a button that no longer exists.
    await waitFor(() => expect(document.activeElement?.getAttribute('role')).toBe('status'));
  });

  it('Ignore asks the Gmail tab to hide that finding in this draft', async () => {
    gmailTab('oke', QUOTED);
    const { container } = render(<App />);
    await waitFor(() => expect(container.querySelector('[data-rule="terse-tone"] [data-action="ignore"]')).toBeTruthy());
    fireEvent.click(container.querySelector('[data-rule="terse-tone"] [data-action="ignore"]')!);
    await waitFor(() => expect(container.querySelector('[data-rule="terse-tone"]')).toBeNull());
    expect(fake.sent.find((s) => s.msg.type === 'jelas:ignore')?.msg).toMatchObject({ type: 'jelas:ignore', composeId: 'c1' });
  });

  it('says the draft is ready to send when there is nothing to check, in English and Indonesian', async () => {
    const clean = 'Hi Budi, here is the signed contract. I will send the invoice by Friday 15:00. Thanks!';
    expect(checklistFor(clean, null).findings).toEqual([]);
    gmailTab(clean, null);
    render(<App />);
    await screen.findByText('Ready to send');
    cleanup();
    useMessages(locales.id);
    render(<App />);
    await screen.findByText('Siap dikirim');
  });

  it('tells the person when the draft changed under an Apply', async () => {
    gmailTab('oke', QUOTED);
    fake.openTabs[0]!.reply = (m) =>
      (m as ToContent).type === 'jelas:get-checklist' ? { checklist: checklistFor('oke', QUOTED), focusedAt: 1 } : { ok: false, checklist: null };
    const { container } = render(<App />);
    await waitFor(() => expect(container.querySelector('[data-action="apply"]')).toBeTruthy());
    fireEvent.click(container.querySelector('[data-action="apply"]')!);
    await screen.findByText(/The draft changed before the rewrite could be applied/);
  });
});

describe('popup: the thread\'s open items', () => {
  const TOM = { name: 'Tom Becker', address: 'tom@client.example' };
  const at = (iso: string) => Date.parse(iso);
  /** A reply in a thread that owes Tom an answer and leaves the writer's Monday promise open. */
  function threadTab() {
    const question: Finding = {
      rule: 'unanswered-question', severity: 'warning', start: 0, end: 0, anchored: false, text: 'How many guests have confirmed so far?',
      message: 'Tom Becker asked "How many guests have confirmed so far?", and your reply does not answer it yet.',
      suggestions: [{ text: 'About … guests.', replacement: { start: 0, end: 0, text: '\n\nAbout … guests.' } }],
    };
    const promise: Finding = {
      rule: 'open-promise', severity: 'warning', start: 0, end: 0, anchored: false, text: "I'll send you the press release by Wednesday.",
      message: 'On Mon 2 Mar you promised …', suggestions: [],
    };
    const vague: Finding = { rule: 'vague-time', severity: 'warning', start: 9, end: 17, text: 'tomorrow', message: '"tomorrow" is vague.', suggestions: [] };
    const checklist: ComposeChecklist = {
      composeId: 'c1', title: 'Re: Launch', draftText: "I'll send tomorrow.", findings: [vague, question, promise],
      thread: [
        { key: findingKey(question), kind: 'question', text: question.text, author: TOM, at: at('2026-03-03T10:00:00') },
        { key: findingKey(promise), kind: 'promise', text: promise.text, at: at('2026-03-02T15:00:00'), due: at('2026-03-04T17:00:00'), overdue: true },
      ],
    };
    fake.openTabs.push({ id: 42, url: 'https://mail.google.com/mail/u/0/#inbox', lastAccessed: 10, reply: (m) => ((m as ToContent).type === 'jelas:get-checklist' ? { checklist, focusedAt: 5 } : { ok: true, checklist }) });
    return { question };
  }

  it('lists questions with who asked and when, and promises with when made and due, apart from the other findings', async () => {
    const { question } = threadTab();
    const { container } = render(<App />);
    await screen.findByText('Open in this thread');
    const section = container.querySelector('[data-jelas="thread"]')!;
    expect(section.getAttribute('aria-label')).toBe('Open in this thread (2)');
    const q = section.querySelector('[data-thread="question"]')!;
    expect(q.querySelector('.thread-item__who')!.textContent).toBe('Tom Becker, Tue 3 Mar');
    expect(q.querySelector('.thread-item__text')!.textContent).toBe('How many guests have confirmed so far?');
    const p = section.querySelector('[data-thread="promise"]')!;
    expect(p.querySelector('.thread-item__who')!.textContent).toBe('You promised on Mon 2 Mar:');
    expect(p.querySelector('.thread-item__due--overdue')!.textContent).toBe('due Wed 4 Mar 17:00, overdue');
    // the other findings stay in their rule groups; the thread's are not listed twice
    expect(container.querySelectorAll('[data-rule="unanswered-question"]').length).toBe(1);
    expect(container.querySelector('.groups [data-rule="vague-time"]')).toBeTruthy();
    fireEvent.click(q.querySelector('[data-action="apply"]')!);
    await waitFor(() => expect(fake.sent.find((s) => s.msg.type === 'jelas:apply')?.msg).toEqual({ type: 'jelas:apply', composeId: 'c1', findingKey: findingKey(question), suggestionIndex: 0 }));
  });

  it('in Indonesian', async () => {
    useMessages(locales.id);
    threadTab();
    const { container } = render(<App />);
    await screen.findByText('Belum tuntas di utas ini');
    expect(screen.getByText('Pertanyaan yang perlu dijawab')).toBeTruthy();
    expect(container.querySelector('[data-thread="question"] .thread-item__who')!.textContent).toBe('Tom Becker, Sel, 3 Mar');
    expect(container.querySelector('[data-thread="promise"] .thread-item__who')!.textContent).toBe('Anda berjanji pada Sen, 2 Mar:');
    expect(container.querySelector('[data-thread="promise"] .thread-item__due')!.textContent).toBe('tenggat Rab, 4 Mar 17.00, sudah lewat');
  });
});

describe('popup without a Gmail draft', () => {
  it('explains itself and offers Try it, which checks a pasted message locally', async () => {
    render(<App />);
    await screen.findByText('No Gmail draft open');
    fireEvent.input(screen.getByLabelText('Your message'), { target: { value: 'Please send me the report ASAP.' } });
    const item = await waitFor(() => {
      const el = document.querySelector('[data-rule="vague-time"]');
      if (!el) throw new Error('no vague-time item yet');
      return el as HTMLElement;
    });
    expect(within(item).getByText('ASAP')).toBeTruthy();
    expect(fake.sent).toEqual([]);
  });

  it('Try it: Apply rewrites the pasted text, and the quoted message feeds unanswered questions', async () => {
    render(<App />);
    const box = (await screen.findByLabelText('Your message')) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'oke' } });
    fireEvent.input(screen.getByLabelText('The message you are replying to (optional)'), { target: { value: QUOTED } });
    const expected = analyze('oke', { quoted: QUOTED }).findings;
    await waitFor(() => expect(document.querySelectorAll('[data-rule]').length).toBe(expected.length));
    fireEvent.click(document.querySelector('[data-rule="terse-tone"] [data-action="apply"]')!);
    await waitFor(() => expect(box.value).not.toBe('oke'));
  });

  it('is fully Indonesian for Indonesian speakers', async () => {
    useMessages(locales.id);
    render(<App />);
    await screen.findByText('Belum ada draf Gmail yang terbuka');
    expect(screen.getByLabelText('Pesan Anda')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pengaturan' })).toBeTruthy();
  });
});

describe("the Gmail tab's health", () => {
  const composeHealth = (reasons: HealthReason[], over: Partial<ComposeHealth> = {}): ComposeHealth => ({
    kind: 'inline', body: 0, send: reasons.includes('no-send') ? null : 0, sendArchive: null, reply: true, quote: reasons.includes('no-quote') ? null : { where: 'thread', matched: 0 }, reasons, ...over,
  });
  const pageHealth = (composes: ComposeHealth[]): PageHealth => ({
    gmailLanguage: 'en', main: true, composes, threadMessages: { count: 2, matched: 0 }, reasons: HEALTH_REASONS.filter((r) => composes.some((c) => c.reasons.includes(r))),
  });
  /** A Gmail tab answering with this health, and a draft "oke" (or no compose Jelas can read). */
  function tabWith(health: PageHealth, draft: string | null = 'oke') {
    fake.openTabs.push({ id: 7, url: 'https://mail.google.com/mail/u/0/#inbox', lastAccessed: 3, reply: () => ({ checklist: draft === null ? null : checklistFor(draft, QUOTED), focusedAt: 1, health }) });
  }

  it('a healthy tab: no notice; the report is folded away in the footer', async () => {
    tabWith(pageHealth([composeHealth([])]));
    const { container } = render(<App />);
    await screen.findByText(/things? to check/);
    expect(container.querySelector('[data-jelas="health"]')).toBeNull();
    expect(container.querySelector('details.report-fold [data-jelas="report"]')).toBeTruthy();
    expect((container.querySelector('details.report-fold') as HTMLDetailsElement).open).toBe(false);
  });

  it('no Send found: a polite status says so in words, above the checklist, which still shows', async () => {
    tabWith(pageHealth([composeHealth(['no-send'])]));
    const { container } = render(<App />);
    const notice = await waitFor(() => {
      const el = container.querySelector('[data-jelas="health"]');
      if (!el) throw new Error('no notice yet');
      return el as HTMLElement;
    });
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.getAttribute('aria-live')).toBe('polite');
    expect(notice.getAttribute('data-reasons')).toBe('no-send');
    expect(notice.textContent).toContain('Jelas can read this draft but cannot check it when you press Send: Gmail may have changed. Warnings still show.');
    await screen.findByText(/things? to check/);
    expect(container.querySelector('[data-rule="terse-tone"]')).toBeTruthy();
  });

  it('a compose Jelas cannot read (no checklist): the notice shows with Try it, in Indonesian too', async () => {
    tabWith(pageHealth([composeHealth(['no-body'], { body: null, reply: false, quote: null })]), null);
    const { container } = render(<App />);
    await screen.findByText('No Gmail draft open');
    expect(container.querySelector('[data-jelas="health"] [data-reason="no-body"]')?.textContent).toBe(locales.en['popup_health_no_body']!.message);
    cleanup();
    useMessages(locales.id);
    const again = render(<App />);
    await screen.findByText('Belum ada draf Gmail yang terbuka');
    expect(again.container.querySelector('[data-jelas="health"]')?.textContent).toContain('Jelas melihat ada draf, tetapi tidak bisa membacanya');
  });

  it('several losses: one line each, worst first', async () => {
    tabWith(pageHealth([composeHealth(['no-send', 'no-quote'])]));
    const { container } = render(<App />);
    await waitFor(() => expect(container.querySelectorAll('[data-jelas="health"] [data-reason]').length).toBe(2));
    expect([...container.querySelectorAll('[data-jelas="health"] [data-reason]')].map((p) => p.getAttribute('data-reason'))).toEqual(['no-send', 'no-quote']);
  });

  it('the report: labelled, selectable, and Copy puts exactly it on the clipboard', async () => {
    const health = pageHealth([composeHealth(['no-quote'])]);
    tabWith(health);
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void writes.push(s) } });
    render(<App />);
    const area = (await screen.findByLabelText('Diagnostic report, for a bug report')) as HTMLTextAreaElement;
    expect(area.readOnly).toBe(true);
    expect(area.value).toMatch(/^Jelas diagnostic report\nversion: 0\.1\.0\n/);
    expect(area.value).toContain('state: degraded (no-quote)');
    expect(area.value).not.toContain('oke');
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await screen.findByText('Copied. Paste it into your bug report.');
    expect(writes).toEqual([area.value]);
  });

  it('no clipboard: the report is selected and the person is told to press Ctrl+C', async () => {
    tabWith(pageHealth([composeHealth(['no-send'])]));
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('denied')) } });
    render(<App />);
    const area = (await screen.findByLabelText('Diagnostic report, for a bug report')) as HTMLTextAreaElement;
    fireEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await screen.findByText(/Could not copy\. The report is selected/);
    expect(document.activeElement).toBe(area);
  });
});

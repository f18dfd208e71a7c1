/**
 * axe-core (Deque's accessibility engine) in a page: injected with `page.evaluate`, which runs in the page's
 * main world over the DevTools protocol, so the extension pages' CSP (no inline scripts) does not stop it.
 * Jelas's overlay in Gmail is an open shadow root: axe reads shadow DOM, and a context of the overlay host
 * checks our markup only, not the simulator's, which is not ours.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
}

/** WCAG 2.0–2.2 A and AA, and axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe's violations in `page`, in `include` (CSS selectors; each may be a path into shadow roots) or the
 * whole page. Page-level rules that a fragment of someone else's page cannot meet are for whole pages only.
 */
export async function axeViolations(page: Page, include?: string[]): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(
    async ({ include, tags }) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
      const fragment = !!include;
      const { violations } = await axe.run(fragment ? { include: include!.map((s) => [s]) } : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
        // Our overlay is not a page: landmarks and the page's heading are Gmail's business.
        rules: fragment ? { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } } : {},
      });
      return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
    },
    { include: include ?? null, tags: TAGS },
  );
}

/** One line per violated rule and node, for a readable failure. */
export function describeViolations(vs: Violation[]): string[] {
  return vs.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`));
}

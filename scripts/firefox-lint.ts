/**
 * `web-ext lint` (Mozilla's addons-linter, what addons.mozilla.org runs on upload) on a built Firefox
 * extension, and the warnings we accept, each with its reason. Shared by test/build/firefox-lint.test.ts
 * and `npm run release`.
 */
import webExt, { type LintMessage, type LintReport } from 'web-ext';

/** Warnings we cannot avoid, each with why. Every entry must still occur, so the list never outlives its reason. */
export const ALLOWED: Array<{ code: string; file: RegExp; message: RegExp; reason: string }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^assets\/jsxRuntime-[\w-]+\.js$/,
    message: /innerHTML/,
    reason:
      "preact's renderer sets innerHTML only for the dangerouslySetInnerHTML prop, which none of our code passes " +
      '(checked in the test); preact has no build switch to leave that branch out, and AMO accepts the warning.',
  },
];

export const showLint = (m: LintMessage) => `${m.code} ${m.file ?? ''}: ${m.message}`;
export const allowedBy = (m: LintMessage) => ALLOWED.find((a) => a.code === m.code && a.file.test(m.file ?? '') && a.message.test(m.message));

export function lintFirefox(sourceDir: string): Promise<LintReport> {
  return webExt.cmd.lint({ sourceDir, output: 'none' }, { shouldExitProgram: false });
}

/** What is wrong with a lint report: any error or notice, any warning not allowed, any allowed one not seen exactly once. */
export function lintProblems(report: LintReport): string[] {
  return [
    ...report.errors.map(showLint),
    ...report.notices.map(showLint),
    ...report.warnings.filter((w) => !allowedBy(w)).map(showLint),
    ...ALLOWED.filter((a) => report.warnings.filter((w) => allowedBy(w) === a).length !== 1).map((a) => `allowed warning ${a.code} not seen exactly once`),
  ];
}

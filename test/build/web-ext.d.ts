/** The part of web-ext's programmatic API the build tests use (web-ext ships no types). */
declare module 'web-ext' {
  /** One finding of Mozilla's addons-linter, as AMO reports it. */
  export interface LintMessage {
    code: string;
    message: string;
    description: string;
    file?: string;
    line?: number;
    column?: number;
  }
  export interface LintReport {
    summary: { errors: number; notices: number; warnings: number };
    errors: LintMessage[];
    notices: LintMessage[];
    warnings: LintMessage[];
  }
  const webExt: {
    cmd: {
      lint(
        options: { sourceDir: string; output?: 'json' | 'text' | 'none'; selfHosted?: boolean; warningsAsErrors?: boolean },
        extra?: { shouldExitProgram?: boolean },
      ): Promise<LintReport>;
    };
  };
  export default webExt;
}

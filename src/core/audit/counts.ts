import type { Finding } from '../engine/findings';

const isProblem = (f: Finding): boolean => f.severity !== 'info';

/** The one-line count an audit of many files ends with: files, clean, with problems, problems in all. */
export function auditCounts(audits: readonly { readonly findings: readonly Finding[] }[]): {
  files: number;
  clean: number;
  bad: number;
  problems: number;
} {
  const bad = audits.filter((a) => a.findings.some(isProblem));
  return {
    files: audits.length,
    clean: audits.length - bad.length,
    bad: bad.length,
    problems: audits.reduce((n, a) => n + a.findings.filter(isProblem).length, 0),
  };
}

/**
 * The findings a file's line lists, as `kaohe audit` prints them: every problem of a file with
 * problems; for a clean file, its notes (information, and a rubric that is not a built-in one).
 */
export function auditListed(a: { readonly findings: readonly Finding[] }): readonly Finding[] {
  const shown = a.findings.filter((f) => f.severity !== 'info' || f.code === 'audit-rubric-custom');
  return a.findings.some(isProblem) ? shown.filter(isProblem) : shown;
}

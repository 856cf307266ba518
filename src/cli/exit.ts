/**
 * Exit codes: 2 when a file could not be read, else 1 when a finding reaches --fail-on or the warnings exceed
 * --max-warnings, else 0. Suppressed findings never count.
 */
import { reachesThreshold } from '../core/screen.js';
import { SEVERITY_RANK, type Report, type Severity } from '../core/types.js';
import { EXIT } from './io.js';

export function exitCodeFor(report: Report, failOn: Severity | 'never', maxWarnings?: number): number {
  if (report.files.some((f) => f.error)) return EXIT.error;
  if (reachesThreshold(report, failOn)) return EXIT.findings;
  const warnings = report.summary.bySeverity.warning + report.summary.problems;
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT.findings;
  return EXIT.clean;
}

/**
 * The line that says why a run failed when only --max-warnings failed it (ESLint: "too many warnings"): the summary
 * alone shows warnings, which do not fail a run by themselves. Undefined otherwise.
 */
export function maxWarningsNote(report: Report, failOn: Severity | 'never', maxWarnings?: number): string | undefined {
  if (maxWarnings === undefined || report.files.some((f) => f.error) || reachesThreshold(report, failOn)) return undefined;
  const warnings = report.summary.bySeverity.warning + report.summary.problems;
  if (warnings <= maxWarnings) return undefined;
  return `clearpost: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}: exit 1\n`;
}

/**
 * The report with the run's outcome in its summary, for JSON readers: `failed`, the findings and directive problems
 * at or above --fail-on (each one fails the run), and `exitCode`.
 */
export function withOutcome(report: Report, failOn: Severity | 'never', maxWarnings?: number): Report {
  let failed = 0;
  if (failOn !== 'never') {
    const min = SEVERITY_RANK[failOn];
    for (const f of report.files) failed += f.findings.filter((x) => !x.suppressed && SEVERITY_RANK[x.severity] >= min).length;
    if (SEVERITY_RANK.warning >= min) failed += report.summary.problems;
  }
  const warnings = report.summary.bySeverity.warning + report.summary.problems;
  const tooMany = maxWarnings !== undefined && warnings > maxWarnings
    ? { tooManyWarnings: { warnings, limit: maxWarnings, message: `${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}: the run fails (exit ${Math.max(EXIT.findings, exitCodeFor(report, failOn, maxWarnings))})` } }
    : {};
  return { ...report, summary: { ...report.summary, failed, exitCode: exitCodeFor(report, failOn, maxWarnings), ...tooMany } };
}

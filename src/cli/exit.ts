/**
 * Exit codes: 2 when a file could not be read, else 1 when a finding reaches --fail-on or the warnings exceed
 * --max-warnings, else 0. Suppressed findings never count.
 */
import { reachesThreshold } from '../core/screen.js';
import type { Report, Severity } from '../core/types.js';
import { EXIT } from './io.js';

export function exitCodeFor(report: Report, failOn: Severity | 'never', maxWarnings?: number): number {
  if (report.files.some((f) => f.error)) return EXIT.error;
  if (reachesThreshold(report, failOn)) return EXIT.findings;
  const warnings = report.summary.bySeverity.warning + report.summary.problems;
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT.findings;
  return EXIT.clean;
}

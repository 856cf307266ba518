/** Exit codes: 2 when a file could not be read, else 1 when a finding reaches --fail-on, else 0. */
import { reachesThreshold } from '../core/screen.js';
import type { Report, Severity } from '../core/types.js';
import { EXIT } from './io.js';

export function exitCodeFor(report: Report, failOn: Severity | 'never'): number {
  if (report.files.some((f) => f.error)) return EXIT.error;
  return reachesThreshold(report, failOn) ? EXIT.findings : EXIT.clean;
}

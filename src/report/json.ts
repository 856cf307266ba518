/** `--format json`: the report as one JSON object, every screened file listed, clean ones included. */
import type { Report } from '../core/types.js';

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

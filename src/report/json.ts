/** `--format json`: the report as one JSON object, every screened file listed, clean ones included. */
import type { Report } from '../core/types.js';

/**
 * The JSON report's shape version (README "Output formats" documents every field). Raised when a field is removed
 * or changes meaning; a new optional field does not raise it.
 */
export const JSON_FORMAT_VERSION = 1;

export function formatJson(report: Report): string {
  return `${JSON.stringify({ formatVersion: JSON_FORMAT_VERSION, ...report }, null, 2)}\n`;
}

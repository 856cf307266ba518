/** The tool's version, from package.json (reports, SARIF, cache keys). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let version: string | undefined;

export function toolVersion(): string {
  if (!version) {
    const pkg = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json');
    version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  }
  return version;
}

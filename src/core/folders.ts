/**
 * Create a folder and the missing ones above it, one level at a time, each once. Node's `mkdirSync(dir, { recursive:
 * true })` never returns for a path under /proc (its every attempt gets ENOENT and it tries again): `clearpost check
 * -o /proc/nope/x.sarif` spun for ten minutes, a CI step that never ends (user test 27, U3-18). Here the first level
 * that cannot be made throws its error (ENOENT, EACCES, ENOTDIR when a file is in the way).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export function makeFolders(dir: string): void {
  const missing: string[] = [];
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) mkdirSync(folder);
}

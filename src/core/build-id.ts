/**
 * The build a result came from, for the result cache's run key (`scan --cache`): a digest of the code that screens
 * (every file of the built tree clearpost runs from: its detectors, inputs, engine, word lists and packs' parsed
 * data) and of the versions of the packages it reads pictures and text with (sharp, tesseract.js,
 * the face and scene-text models). The package version alone (0.1.0) stays the same between commits, so a cache
 * written by an older build would otherwise answer for the same bytes with that build's findings.
 *
 * Computed once per process, only when a cache is opened: about 3 MB read and hashed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The tree this module runs from: `dist/` when built, `src/` under the test runner. */
export function codeRoot(): string {
  return dirname(dirname(fileURLToPath(import.meta.url)));
}

/** Folders of the tree that hold no code a run executes (build and evaluation scripts). */
const NOT_RUN = new Set(['scripts']);

/**
 * Files left out: type declarations and source maps (not run), the prefilter data the build derives from the
 * detectors' patterns (keywords.json, keywords.bin: the patterns are in the code), and the learned heads (heads.json:
 * the run key has them as a part of their own, when the model is on).
 */
const LEFT_OUT = /(?:\.d\.ts|\.map|^keywords\.(?:json|bin)|^heads\.json)$/;

function filesUnder(dir: string, root: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!(dir === root && NOT_RUN.has(entry.name))) filesUnder(path, root, out);
    } else if (entry.isFile() && !LEFT_OUT.test(entry.name)) out.push(path);
  }
  return out;
}

/** The installed version of a dependency, looked up in node_modules from `from` upward; undefined when not found. */
function installedVersion(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) {
      try {
        return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version ?? '?';
      } catch {
        return '?';
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * A digest of the code under `root` (every file but the scripts folder, by path and bytes) and of the installed
 * versions of the dependencies the package beside it (`root/../package.json`) names.
 */
export function computeBuildId(root: string): string {
  const h = createHash('sha256');
  const files = filesUnder(root, root, []).map((p) => [relative(root, p).split(sep).join('/'), p] as const);
  files.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [name, path] of files) {
    const bytes = readFileSync(path);
    h.update(`f${name.length}:${name}${bytes.length}:`).update(bytes);
  }
  let dependencies: Record<string, string> = {};
  try {
    const pkg = JSON.parse(readFileSync(join(root, '..', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    dependencies = pkg.dependencies ?? {};
  } catch {
    // Not beside a package: the code alone identifies the build.
  }
  for (const name of Object.keys(dependencies).sort()) h.update(`d${name}@${installedVersion(name, root) ?? 'missing'};`);
  return h.digest('hex').slice(0, 32);
}

let memo: string | undefined;

/** The build id of the running clearpost (see `computeBuildId`), computed once. */
export function buildId(): string {
  return (memo ??= computeBuildId(codeRoot()));
}

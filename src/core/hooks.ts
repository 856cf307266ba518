/**
 * Git hooks: `clearpost install-hook` writes a pre-commit hook that screens the staged posts, and the pre-commit
 * framework's manifest lets `.pre-commit-config.yaml` users run clearpost without it.
 *
 * The hook goes where git looks for hooks (`git rev-parse --git-path hooks`, which honours `core.hooksPath` and
 * worktrees). Our hook carries a marker line; a hook without it belongs to someone else (husky, lefthook, a
 * hand-written script) and is only replaced with `force`, after a backup beside it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMAGE_EXTENSIONS, TEXT_EXTENSIONS } from '../inputs/discover.js';
import { GitError, gitRoot } from '../inputs/git.js';
import { writeFileAtomic } from './cache.js';
import { UsageError } from './errors.js';
import { makeFolders } from './folders.js';

/** The line that marks a hook as ours. */
export const HOOK_MARKER = '# clearpost-managed-hook';
export const HOOK_NAME = 'pre-commit';
export const PRE_COMMIT_MANIFEST = '.pre-commit-hooks.yaml';

/** Which clearpost the hook runs: by default the one writing it (this package's bin, run by this node). */
export interface HookTarget {
  /** The clearpost entry script. */
  bin?: string;
  /** The interpreter for it. */
  node?: string;
}

/** This package's `bin/clearpost.js` (the same from src/core and dist/core). */
export function ownBin(): string {
  return fileURLToPath(new URL('../../bin/clearpost.js', import.meta.url));
}

/** A shell word: single-quoted, inner quotes escaped. */
function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The pre-commit hook script. It runs the clearpost that wrote it, by absolute path, so it works in any repository
 * whether or not clearpost is installed there; if that install is gone, a `clearpost` on PATH (a global install).
 * `exec` hands clearpost's exit code straight to git: non-zero blocks the commit.
 */
export function hookScript(target: HookTarget = {}): string {
  const bin = target.bin ?? ownBin();
  const node = target.node ?? process.execPath;
  return [
    '#!/bin/sh',
    `${HOOK_MARKER} (written by \`clearpost install-hook\`; delete this line to keep your own edits)`,
    '# Screens the posts staged for commit. An error-level finding blocks the commit; `git commit --no-verify` skips it.',
    `CLEARPOST=${shellQuote(bin)}`,
    `NODE=${shellQuote(node)}`,
    '[ -x "$NODE" ] || NODE=node',
    'if [ -f "$CLEARPOST" ]; then exec "$NODE" "$CLEARPOST" scan --staged; fi',
    'if command -v clearpost >/dev/null 2>&1; then exec clearpost scan --staged; fi',
    'echo "clearpost: $CLEARPOST is gone and no clearpost is on PATH; reinstall clearpost and run clearpost install-hook again" >&2',
    'exit 2',
    '',
  ].join('\n');
}

/** Whether a hook file's text is ours. */
export function isClearpostHook(text: string): boolean {
  return text.split('\n').some((line) => line.startsWith(HOOK_MARKER));
}

/** The folder git runs hooks from for the repository containing `repoDir` (created if missing). */
export function hooksDir(repoDir: string): string {
  const root = gitRoot(repoDir);
  const r = spawnSync('git', ['rev-parse', '--git-path', 'hooks'], { cwd: root });
  if (r.error || r.status !== 0) {
    throw new GitError(`cannot find the git hooks folder: ${r.stderr?.toString().trim() || r.error?.message}`);
  }
  return resolve(root, r.stdout.toString('utf8').trim());
}

export interface InstallOptions extends HookTarget {
  /** Replace a hook clearpost did not write (it is kept as `pre-commit.clearpost-backup`). */
  force?: boolean;
}

export interface InstallResult {
  hook: string;
  /** created: there was none; updated: ours was rewritten; replaced: a foreign hook was moved to `backup`. */
  action: 'created' | 'updated' | 'replaced';
  backup?: string;
}

/** Write the pre-commit hook. Throws UsageError when a foreign hook is there and `force` is not set. */
export function installHook(repoDir: string, options: InstallOptions = {}): InstallResult {
  const dir = hooksDir(repoDir);
  makeFolders(dir);
  const hook = join(dir, HOOK_NAME);
  let action: InstallResult['action'] = 'created';
  let backup: string | undefined;
  if (exists(hook)) {
    const ours = isClearpostHook(readOrEmpty(hook));
    if (ours) action = 'updated';
    else if (!options.force) {
      throw new UsageError(
        `${hook} already exists and was not written by clearpost; add "exec ${shellQuote(options.node ?? process.execPath)} ${shellQuote(options.bin ?? ownBin())} scan --staged" to it, or rerun with --force to replace it (it is kept as ${HOOK_NAME}.clearpost-backup)`,
      );
    } else {
      backup = freeName(join(dir, `${HOOK_NAME}.clearpost-backup`));
      renameSync(hook, backup);
      action = 'replaced';
    }
  }
  // The rename in writeFileAtomic replaces a symlinked hook rather than writing through it.
  writeFileAtomic(hook, hookScript(options), 0o755);
  chmodSync(hook, 0o755);
  const result: InstallResult = { hook, action };
  if (backup) result.backup = backup;
  return result;
}

/** Remove our hook; a foreign hook is left alone. Returns whether a hook was removed. */
export function uninstallHook(repoDir: string): { hook: string; removed: boolean } {
  const hook = join(hooksDir(repoDir), HOOK_NAME);
  if (!exists(hook) || !isClearpostHook(readOrEmpty(hook))) return { hook, removed: false };
  unlinkSync(hook);
  return { hook, removed: true };
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function freeName(base: string): string {
  if (!exists(base)) return base;
  for (let i = 1; ; i++) if (!exists(`${base}.${i}`)) return `${base}.${i}`;
}

/**
 * The files the pre-commit framework hands the hook: every extension clearpost reads (drafts, Word files, pictures),
 * in any case (`(?i)`: pre-commit matches `files` with Python's re). Not `types`: identify tags a .docx and a .heic
 * only `binary`, so `types_or: [markdown, text, image]` never passed a Word press release or an iPhone photo (user test
 * 27, U3-14).
 */
export function preCommitFilesPattern(): string {
  const extensions = [...new Set([...TEXT_EXTENSIONS, ...IMAGE_EXTENSIONS].map((e) => e.slice(1).toLowerCase()))];
  return `(?i)\\.(?:${extensions.join('|')})$`;
}

/**
 * The pre-commit framework manifest (`.pre-commit-hooks.yaml` at the root of the clearpost repository). pre-commit
 * stashes unstaged changes and passes the staged file names, so the hook runs a plain `clearpost scan` on them.
 */
export function preCommitHooksYaml(): string {
  return [
    '# pre-commit hook manifest for clearpost (generated by src/core/hooks.ts preCommitHooksYaml; keep in sync).',
    '# Use it from a repository of drafts with, in .pre-commit-config.yaml:',
    '#   repos:',
    '#     - repo: <clearpost repository URL>',
    '#       rev: <tag>',
    '#       hooks:',
    '#         - id: clearpost',
    '# `files` names every extension clearpost reads (identify tags a .docx or .heic only "binary", so a types filter',
    '# would skip them).',
    '- id: clearpost',
    '  name: clearpost',
    '  description: Screen social-media drafts and their images against department social-media policy before they are committed.',
    '  entry: clearpost scan',
    '  language: node',
    `  files: '${preCommitFilesPattern()}'`,
    '  require_serial: false',
    '  minimum_pre_commit_version: 2.9.0',
    '',
  ].join('\n');
}

/** Write the manifest into `dir` (the clearpost repository root); returns its path. */
export function writePreCommitHooksManifest(dir: string): string {
  const path = join(dir, PRE_COMMIT_MANIFEST);
  writeFileAtomic(path, preCommitHooksYaml());
  return path;
}

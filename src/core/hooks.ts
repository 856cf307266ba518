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
import { LEGACY_WORD_EXTENSIONS } from './documents.js';
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
 * `exec` hands clearpost's exit code straight to git: non-zero blocks the commit. `previous`: the hook `--force`
 * replaced (kept as a backup), run first; its failure stops the commit before clearpost runs (user test 30, U30-12:
 * the replaced lint hook no longer ran at all).
 */
export function hookScript(target: HookTarget = {}, previous?: string): string {
  const bin = target.bin ?? ownBin();
  const node = target.node ?? process.execPath;
  return [
    '#!/bin/sh',
    `${HOOK_MARKER} (written by \`clearpost install-hook\`; delete this line to keep your own edits)`,
    ...(previous
      ? [
          '# The hook this one replaced (`clearpost install-hook --force` kept it): it runs first, and its failure stops the commit.',
          `PREVIOUS=${shellQuote(previous)}`,
          'if [ -f "$PREVIOUS" ]; then if [ -x "$PREVIOUS" ]; then "$PREVIOUS" "$@" || exit $?; else sh "$PREVIOUS" "$@" || exit $?; fi; fi',
        ]
      : []),
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

/** The backup our hook runs first (its `PREVIOUS=` line), so rewriting our hook keeps the chain. */
function previousOf(text: string): string | undefined {
  const quoted = /^PREVIOUS='((?:[^']|'\\'')*)'$/m.exec(text)?.[1];
  return quoted?.replace(/'\\''/g, "'");
}

/**
 * Where a hook someone else wrote already runs clearpost on the staged files (the line install-hook's advice gives,
 * added by hand, or `exec ... clearpost.js scan --staged`): its line (from 1), and the line of an `exit` before it,
 * after which it never runs (user test 30, U30-12: install-hook said "was not written by clearpost; add ..." again).
 */
export function clearpostLine(text: string): { line: number; exitBefore?: number } | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => !/^\s*#/.test(l) && /clearpost(?:\.js)?['"]?\s+scan\s+--staged\b/.test(l));
  if (at < 0) return undefined;
  const exit = lines.slice(0, at).findIndex((l) => /^\s*exit\b/.test(l));
  return { line: at + 1, ...(exit >= 0 ? { exitBefore: exit + 1 } : {}) };
}

/** The line install-hook's advice asks the owner of another hook to add: runs clearpost, stops the commit on a failure. */
export function hookLine(target: HookTarget = {}): string {
  return `${shellQuote(target.node ?? process.execPath)} ${shellQuote(target.bin ?? ownBin())} scan --staged || exit 1`;
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
  /**
   * created: there was none; updated: ours was rewritten; replaced: a foreign hook was moved to `backup` (which ours
   * runs first); present: a foreign hook already runs clearpost (`line`), left as it is.
   */
  action: 'created' | 'updated' | 'replaced' | 'present';
  backup?: string;
  /** For `present`: the line of the hook that runs clearpost. */
  line?: number;
}

/** Write the pre-commit hook. Throws UsageError when a foreign hook is there and `force` is not set. */
export function installHook(repoDir: string, options: InstallOptions = {}): InstallResult {
  const dir = hooksDir(repoDir);
  makeFolders(dir);
  const hook = join(dir, HOOK_NAME);
  let action: InstallResult['action'] = 'created';
  let backup: string | undefined;
  let previous: string | undefined;
  if (exists(hook)) {
    const text = readOrEmpty(hook);
    const ours = isClearpostHook(text);
    const runs = ours ? undefined : clearpostLine(text);
    if (ours) {
      action = 'updated';
      previous = previousOf(text);
    } else if (runs && !runs.exitBefore && !options.force) {
      return { hook, action: 'present', line: runs.line };
    } else if (!options.force) {
      const where = runs?.exitBefore
        ? `its line ${runs.line} runs clearpost but comes after the \`exit\` on line ${runs.exitBefore}, so it never runs: move it before that line`
        : `add the line "${hookLine(options)}" to it before any \`exit\` (a line after one never runs)`;
      throw new UsageError(`${hook} already exists and was not written by clearpost; ${where}, or rerun with --force to replace it (it is kept as ${HOOK_NAME}.clearpost-backup and run first)`);
    } else {
      backup = freeName(join(dir, `${HOOK_NAME}.clearpost-backup`));
      renameSync(hook, backup);
      action = 'replaced';
      previous = backup;
    }
  }
  // The rename in writeFileAtomic replaces a symlinked hook rather than writing through it.
  writeFileAtomic(hook, hookScript(options, previous), 0o755);
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
  // a Word release named .doc or .dot is taken as a folder walk takes it (its bytes decide how it is read; user test
  // 31, U31-21: the shipped manifest skipped one that `scan --staged` screened)
  const extensions = [...new Set([...TEXT_EXTENSIONS, ...IMAGE_EXTENSIONS, ...LEGACY_WORD_EXTENSIONS].map((e) => e.slice(1).toLowerCase()))];
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

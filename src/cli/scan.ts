/**
 * `clearpost scan [paths...]`: screen every draft and image under the paths as posts (a draft with the images it
 * links, a folder bundle, or a loose image), for a PIO's folder or a CI job: git-aware file lists, sharding, a
 * result cache, a progress bar, suppression baselines and CI formats.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { buildId } from '../core/build-id.js';
import { DEFAULT_CACHE_LOCATION, hashParts, ResultCache, stableHash, type CacheKeyParts } from '../core/cache.js';
import { UsageError } from '../core/errors.js';
import { parseShard, selectShard } from '../core/shard.js';
import { withFiles } from '../core/screen.js';
import { applyBaseline, BASELINE_FILE, baselinePath, loadBaseline, pruneBaseline, saveBaseline, writeBaseline, type BaselineEntry } from '../core/suppress.js';
import type { FileReport, NotScreened, Report } from '../core/types.js';
import { discover, ignoreMatcher, isConfigFile, screenedName } from '../inputs/discover.js';
import { changedSince, IndexReader, stagedFiles, type GitFile } from '../inputs/git.js';
import type { ReadBytes } from '../core/scan.js';
import { exitCodeFor, maxWarningsNote, withOutcome } from './exit.js';
import type { CliIO } from './io.js';
import { addScreenOptions, collect, unkeyedFingerprintNote } from './options.js';
import { progressBar } from './progress.js';
import { changedLinksNotScreened, emitReport, errorsOnly, guardOutput, linksNotFollowed, makeReport, openSession, postsOf, screenPosts, stagedLinksNotScreened, workingTreeReader, type Session, type ScreenFlags } from './setup.js';
import { modelVersion } from '../model/layer.js';
import { toolVersion } from './version.js';

interface ScanFlags extends ScreenFlags {
  staged?: boolean;
  since?: string;
  shard?: string;
  cache?: boolean;
  cacheLocation: string;
  quiet?: boolean;
  ignorePattern?: string[];
  suppressAll?: boolean;
  pruneSuppressions?: boolean;
  suppressionsLocation: string;
}

interface FileList {
  files: string[];
  /** Files passed over because their type is not read. */
  unsupported: string[];
  errors: FileReport[];
  read: ReadBytes;
  exists?: (path: string) => boolean;
  /** Symbolic links the run did not follow (folders) or read (staged links), one line each in the summary. */
  skipped?: NotScreened[];
}

/** The files clearpost itself writes in a scan (the baseline, the report file), by absolute path. */
function ownFiles(flags: ScanFlags & { outputFile?: string }, cwd: string): ReadonlySet<string> {
  return new Set([flags.suppressionsLocation, flags.outputFile].filter((f): f is string => !!f).map((f) => resolve(cwd, f)));
}

/** The files to screen: staged in the index, changed since a ref, or found under the paths. */
function listFiles(paths: string[], flags: ScanFlags, io: CliIO, maxBytes: number): FileList {
  if (flags.staged && flags.since) throw new UsageError('--staged and --since cannot be combined');
  // clearpost's own files (the baseline, the report) are not drafts of an unsupported type
  const own = ownFiles(flags, io.cwd);
  if (flags.staged || flags.since) {
    const ig = ignoreMatcher(io.cwd, flags.ignorePattern);
    const inScope = (f: GitFile) => !(f.path.startsWith('..') || ig.ignores(f.path.split('\\').join('/')));
    const keep = (f: GitFile) => screenedName(f.path) && inScope(f) && !f.symlink;
    const passedOver = (all: GitFile[]) =>
      all
        .filter((f) => !screenedName(f.path) && inScope(f) && !f.symlink && !/(^|[\\/])\.[^\\/]*$/.test(f.path) && !own.has(resolve(io.cwd, f.path)) && !isConfigFile(f.path))
        .map((f) => f.path);
    const pathsOpt = paths.length ? { paths } : {};
    if (flags.staged) {
      const reader = new IndexReader(io.cwd);
      const staged = stagedFiles({ cwd: io.cwd, ...pathsOpt });
      const files = staged.filter(keep).map((f) => f.path);
      const read: ReadBytes = (p) => {
        const bytes = reader.read(p);
        if (!bytes) throw Object.assign(new Error('not in the git index'), { code: 'ENOENT' });
        return bytes;
      };
      const links = staged.filter((f) => f.symlink && inScope(f)).map((f) => f.path);
      return { files, unsupported: passedOver(staged), errors: [], read, exists: (p) => reader.exists(p), skipped: stagedLinksNotScreened(links) };
    }
    const changed = changedSince(flags.since as string, { cwd: io.cwd, ...pathsOpt });
    const links = changed.filter((f) => f.symlink && inScope(f)).map((f) => f.path);
    return { files: changed.filter(keep).map((f) => f.path), unsupported: passedOver(changed), errors: [], read: workingTreeReader(io.cwd, maxBytes), skipped: changedLinksNotScreened(links, flags.since as string) };
  }
  if (!paths.length) throw new UsageError('scan needs paths to screen (or --staged, or --since <ref>)');
  const found = discover(paths, { cwd: io.cwd, reportEmptyFolders: true, ownFiles: own, ...(flags.ignorePattern ? { ignorePatterns: flags.ignorePattern } : {}) });
  return {
    files: found.files,
    unsupported: found.unsupported,
    errors: found.errors.map((e) => ({ path: e.path, findings: [], error: e.error })),
    read: workingTreeReader(io.cwd, maxBytes),
    skipped: linksNotFollowed(found.symlinks),
  };
}

/** A digest of a file's bytes, or `missing` when it cannot be read. */
function fileDigest(path: string): string {
  try {
    return hashParts([readFileSync(path)]);
  } catch {
    return 'missing';
  }
}

/**
 * Everything that can change a post's result for the same bytes, as the result cache's run key: the build (a digest
 * of the code and the versions of its picture and text packages, `buildId`), the resolved config and profile (the
 * roster, CLEARPOST_ROSTER's too, and the bytes of enrolled face photos), each policy pack's YAML text and what was
 * loaded from it, the learned heads (heads.json's digest, or off), the account context and the options that change
 * findings or notes (--no-ocr, --no-faces, --ocr-time-limit, --max-pages). A cache written under another key is a miss, never an
 * answer. Paths are left out (the config's and the packs' own file names), so a checkout in another folder reuses it.
 */
export function cacheKeyParts(session: Session): CacheKeyParts {
  const { path: _path, ...config } = session.config;
  const photos = config.profile.roster.flatMap((m) => m.photos.map(fileDigest));
  const packs = session.packs.map(({ file, ...pack }) => ({ ...pack, text: file ? fileDigest(file) : '' }));
  return {
    toolVersion: toolVersion(),
    build: buildId(),
    configHash: stableHash({ config, photos, packs }),
    heads: session.screener.options.model ? modelVersion() : false,
    context: session.context,
    showEvidence: !!session.flags.showEvidence,
    ocr: session.flags.ocr,
    faces: session.flags.faces,
    ocrTimeLimitMs: session.ocrTimeLimitMs,
    maxPages: session.maxPages,
  };
}

/** --suppress-all, --prune-suppressions, and marking what the baseline file already suppresses. */
function baselines(session: Session, report: Report, flags: ScanFlags): Report {
  const file = resolve(session.io.cwd, flags.suppressionsLocation);
  const opts = { cwd: session.io.cwd };
  if (flags.suppressAll) {
    const written = writeBaseline(report, file, opts);
    const note = written.entries.length ? unkeyedFingerprintNote(session.config, flags.suppressionsLocation) : undefined;
    if (note) session.io.stderr(note);
    session.io.stderr(`clearpost: wrote ${written.entries.reduce((n, e) => n + e.count, 0)} suppressions to ${flags.suppressionsLocation}\n`);
  } else if (flags.pruneSuppressions && existsSync(file)) {
    const pruned = pruneBaseline(report, loadBaseline(file), opts);
    saveBaseline(pruned.baseline, file);
    session.io.stderr(`clearpost: pruned ${pruned.removed} suppressions from ${flags.suppressionsLocation}\n`);
  }
  if (!existsSync(file)) return report;
  const baseline = loadBaseline(file);
  const { report: applied, unused } = applyBaseline(report, baseline, opts);
  const note = unmatchedBaselineNote(applied, { entries: baseline.entries.length, unused, root: baseline.root, cwd: session.io.cwd }, flags.suppressionsLocation, session.config.fingerprintKey);
  if (note) session.io.stderr(note);
  return withFiles(report, applied.files);
}

/**
 * When a baseline matched none of the findings it names by file and rule, its fingerprints were made another way:
 * with another fingerprint key, or without one (a fork's pull request runs without the CI secret). Said once, so
 * accepted findings coming back are not a mystery (user test 29, U29-19).
 */
function unmatchedBaselineNote(
  report: Report,
  baseline: { entries: number; unused: readonly BaselineEntry[]; root: string; cwd: string },
  location: string,
  key: string | undefined,
): string | undefined {
  const { entries, unused } = baseline;
  const matched = report.files.some((f) => f.findings.some((x) => x.suppressed?.kind === 'baseline'));
  if (matched || !unused.length) return undefined;
  const named = new Set(unused.map((e) => `${e.path}\0${e.ruleId}`));
  const sameRule = report.files.some((f) => f.findings.some((x) => !x.suppressed && named.has(`${baselinePath(x, baseline.root, baseline.cwd)}\0${x.ruleId}`)));
  if (!sameRule) return undefined;
  return `clearpost: note: ${location}: ${entries} entr${entries === 1 ? 'y' : 'ies'}, none matched, though findings of the same files and rules are here: written with another fingerprint key? (this run has ${key ? 'a key' : 'no fingerprint_key and no CLEARPOST_FINGERPRINT_KEY'})\n`;
}

export function registerScan(program: Command, io: CliIO, setExit: (code: number) => void): void {
  addScreenOptions(
    program
      .command('scan')
      .description('screen every draft (.txt, .md, .docx) and image under the paths, recursively, as posts')
      .argument('[paths...]', 'files or folders (with --staged or --since: limit to these)'),
  )
    .option('--staged', 'screen the files staged for commit, as staged (read from the git index)')
    .option('--since <ref>', 'screen the files changed since a git ref (committed, staged, unstaged and untracked)')
    .option('--shard <i/n>', 'screen only shard i of n (deterministic split for CI matrices)')
    .option('--cache', 'reuse results for unchanged posts')
    .option('--cache-location <path>', 'where the cache lives', DEFAULT_CACHE_LOCATION)
    .option('-q, --quiet', 'no progress bar; show error-level findings only')
    .option('--ignore-pattern <pattern>', 'skip paths matching this gitignore-style pattern; repeatable', collect)
    .option('--suppress-all', 'record every current finding in the suppressions file (a baseline)')
    .option('--prune-suppressions', 'drop suppressions that no longer match a finding')
    .option('--suppressions-location <file>', 'the baseline file', BASELINE_FILE)
    .action(async (paths: string[], flags: ScanFlags) => {
      const session = openSession(flags, io);
      const list = listFiles(paths, flags, io, session.maxFileSize);
      let posts = postsOf(list.files, list.read, io.cwd, list.exists, session.siteRoot, session.config.profile.agency.official_accounts);
      if (flags.shard) posts = selectShard(posts, parseShard(flags.shard), (p) => p.path, io.cwd);
      guardOutput(session, posts);

      const cache = flags.cache ? ResultCache.open(resolve(io.cwd, flags.cacheLocation), cacheKeyParts(session)) : undefined;
      const progress = progressBar(posts.length, io.stderr, io.stderrIsTTY && !flags.quiet);
      const screened = await screenPosts(session, posts, {
        read: list.read,
        ...(cache ? { cache } : {}),
        onPost: (n) => progress.tick(n),
      });
      progress.done();
      if (cache) {
        const saved = cache.save();
        if (saved.error) io.stderr(`clearpost: cache not saved: ${saved.error}\n`);
      }

      const report = withOutcome(baselines(session, makeReport(session, [...list.errors, ...screened].sort((a, b) => a.path.localeCompare(b.path)), list.unsupported, list.skipped?.length ? { skipped: list.skipped } : {}), flags), session.failOn, session.maxWarnings);
      await emitReport(session, flags.quiet ? errorsOnly(report) : report, posts);
      const tooMany = maxWarningsNote(report, session.failOn, session.maxWarnings);
      if (tooMany) io.stderr(tooMany);
      setExit(exitCodeFor(report, session.failOn, session.maxWarnings));
    });
}

/**
 * Which files a git-aware scan screens, and their content.
 *
 * `--staged` (the pre-commit hook): files added, copied, modified or renamed in the index, read *from the index*, so
 * what is screened is exactly what the commit will contain, not the working tree (a partly staged draft is screened
 * as staged). Gitlinks (submodules) and symlinks are skipped: there is no post in them.
 *
 * `--since <ref>`: files that differ between the merge base of `<ref>` and HEAD and the working tree, plus untracked
 * files that are not ignored. That is "what this branch changes, including what I have not committed yet": in CI
 * (a clean checkout) it equals the pull request's diff `<ref>...HEAD`; on a laptop it also covers drafts still being
 * written, which are the ones worth screening. Pass `{ uncommitted: false }` for the committed diff only. Content is
 * read from the working tree. Files deleted since the merge base are not listed.
 *
 * Paths come back as clearpost reports them (relative to cwd, absolute when outside it) with the repository path
 * beside them. Every git failure becomes a GitError (a UsageError) with a message that says what to do.
 */
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../core/errors.js';

/** A git problem the user can fix: not a repository, an unknown ref, git missing, a shallow clone. */
export class GitError extends UsageError {
  override name = 'GitError';
}

export interface GitFile {
  /** Path as clearpost reports it: relative to cwd, or absolute when outside cwd. */
  path: string;
  /** Path relative to the repository root, `/`-separated, as git prints it. */
  repoPath: string;
  /** A symbolic link (git stores the link, not a file): listed so the run can say it was not screened. */
  symlink?: true;
}

export interface GitOptions {
  /** Where to run (default: process.cwd()). */
  cwd?: string;
  /** Limit to these paths (files or folders, relative to cwd), like the paths given to `scan`. */
  paths?: string[];
}

export interface SinceOptions extends GitOptions {
  /** Include staged, unstaged and untracked changes (default true). */
  uncommitted?: boolean;
}

/** Big enough for any image a post would attach. */
const MAX_BUFFER = 512 * 1024 * 1024;
const GITLINK = '160000';
const SYMLINK = '120000';

interface RunResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

function git(args: string[], cwd: string): RunResult {
  const r = spawnSync('git', args, { cwd, maxBuffer: MAX_BUFFER, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new GitError('git is not installed or not on PATH (needed for --staged and --since)');
    throw new GitError(`cannot run git: ${r.error.message}`);
  }
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr.toString('utf8').trim() };
}

function gitOk(args: string[], cwd: string, what: string): Buffer {
  const r = git(args, cwd);
  if (r.status !== 0) throw new GitError(`${what}: ${r.stderr.split('\n')[0] || `git exited with ${r.status}`}`);
  return r.stdout;
}

function realpath(p: string): string {
  try {
    return realpathSync.native(p);
  } catch {
    return resolve(p);
  }
}

/** The repository's top folder (real path). Throws GitError when `cwd` is not inside a work tree. */
export function gitRoot(cwd: string = process.cwd()): string {
  const r = git(['rev-parse', '--show-toplevel'], cwd);
  if (r.status !== 0) {
    if (/not a git repository/i.test(r.stderr)) throw new GitError(`not inside a git repository: ${resolve(cwd)}`);
    throw new GitError(`cannot find the git repository for ${resolve(cwd)}: ${r.stderr.split('\n')[0]}`);
  }
  const top = r.stdout.toString('utf8').trim();
  if (!top) throw new GitError(`not inside a git work tree (a bare repository?): ${resolve(cwd)}`);
  return realpath(top);
}

/** Context shared by the listing functions: the root, the real cwd, and how to turn git paths into report paths. */
class Repo {
  readonly root: string;
  readonly cwd: string;

  constructor(cwd: string) {
    this.root = gitRoot(cwd);
    this.cwd = realpath(cwd);
  }

  display(repoPath: string): string {
    const abs = join(this.root, ...repoPath.split('/'));
    const rel = relative(this.cwd, abs);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
  }

  /** Report path (relative to cwd or absolute) to repository path; undefined when outside the repository. */
  toRepoPath(path: string): string | undefined {
    const abs = resolve(this.cwd, path);
    let rel = relative(this.root, abs);
    if (rel.startsWith('..') || isAbsolute(rel)) {
      rel = relative(this.root, realpath(abs));
      if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
    }
    return rel.split(sep).join('/');
  }

  /** Paths given on the command line as root-relative literal pathspecs. */
  pathspecs(paths: readonly string[] | undefined): string[] {
    if (!paths?.length) return [];
    return paths.map((p) => {
      const rel = this.toRepoPath(p);
      if (rel === undefined) throw new GitError(`${p} is outside the git repository at ${this.root}`);
      return `:(top,literal)${rel || '.'}`;
    });
  }

  files(repoPaths: Iterable<string>): GitFile[] {
    return [...new Set(repoPaths)].sort().map((repoPath) => ({ path: this.display(repoPath), repoPath }));
  }
}

/**
 * Parse `git diff --raw -z`: `:old new oldsha newsha STATUS\0path\0[path2\0]`, keeping regular files' new paths (or,
 * with `symlinks`, symbolic links' paths).
 */
function parseRaw(out: Buffer, symlinks = false): string[] {
  const fields = out.toString('utf8').split('\0');
  const paths: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const meta = fields[i];
    if (!meta.startsWith(':')) continue;
    const [, newMode, , , status] = meta.slice(1).split(' ');
    const two = status?.startsWith('R') || status?.startsWith('C');
    const path = two ? fields[i + 2] : fields[i + 1];
    i += two ? 2 : 1;
    if (path === undefined || newMode === GITLINK || (newMode === SYMLINK) !== symlinks) continue;
    paths.push(path);
  }
  return paths;
}

function nulList(out: Buffer): string[] {
  return out.toString('utf8').split('\0').filter(Boolean);
}

/** Files staged for commit (added, copied, modified, renamed), sorted. Works before the first commit too. */
export function stagedFiles(options: GitOptions = {}): GitFile[] {
  const repo = new Repo(options.cwd ?? process.cwd());
  const out = gitOk(
    ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--diff-filter=ACMR', '--', ...repo.pathspecs(options.paths)],
    repo.root,
    'cannot list staged files',
  );
  // a staged symbolic link is no post: listed (`symlink`) so the run says it was not screened (user test 27, U3-3)
  const links = repo.files(parseRaw(out, true)).map((f) => ({ ...f, symlink: true as const }));
  return [...repo.files(parseRaw(out)), ...links].sort((a, b) => (a.repoPath < b.repoPath ? -1 : a.repoPath > b.repoPath ? 1 : 0));
}

/** Check a ref names a commit; returns its id. */
export function resolveRef(ref: string, cwd: string = process.cwd()): string {
  if (!ref || ref.startsWith('-')) throw new GitError(`--since expects a git ref such as origin/main; got "${ref}"`);
  const root = gitRoot(cwd);
  const r = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root);
  if (r.status !== 0) {
    throw new GitError(`unknown git ref "${ref}" for --since (a branch, tag or commit; in CI, fetch it first: git fetch origin ${ref.replace(/^origin\//, '')})`);
  }
  return r.stdout.toString('utf8').trim();
}

/** Files changed since `ref` (see the header for the exact meaning), sorted. */
export function changedSince(ref: string, options: SinceOptions = {}): GitFile[] {
  const repo = new Repo(options.cwd ?? process.cwd());
  const target = resolveRef(ref, repo.root);
  if (git(['rev-parse', '--verify', '--quiet', 'HEAD'], repo.root).status !== 0) {
    throw new GitError('--since needs at least one commit on the current branch');
  }
  const mb = git(['merge-base', target, 'HEAD'], repo.root);
  if (mb.status !== 0) {
    throw new GitError(
      `no common history between "${ref}" and HEAD (a shallow clone? fetch full history, e.g. actions/checkout with fetch-depth: 0)`,
    );
  }
  const base = mb.stdout.toString('utf8').trim();
  const specs = repo.pathspecs(options.paths);
  const uncommitted = options.uncommitted ?? true;
  const diffArgs = ['diff', '--raw', '-z', '--no-abbrev', '--diff-filter=ACMR', base, ...(uncommitted ? [] : ['HEAD']), '--', ...specs];
  const diff = gitOk(diffArgs, repo.root, `cannot list files changed since ${ref}`);
  const paths = parseRaw(diff);
  if (uncommitted) {
    paths.push(...nulList(gitOk(['ls-files', '--others', '--exclude-standard', '-z', '--', ...specs], repo.root, 'cannot list untracked files')));
  }
  // a symbolic link the branch adds or changes is no post: listed (`symlink`) so the run says so, as --staged does (U29-21)
  const links = repo.files(parseRaw(diff, true)).map((f) => ({ ...f, symlink: true as const }));
  return [...repo.files(paths), ...links].sort((a, b) => (a.repoPath < b.repoPath ? -1 : a.repoPath > b.repoPath ? 1 : 0));
}

/**
 * Read files from the index for `--staged`: the drafts, and the images they attach even when those were committed
 * earlier and are not staged now. Pass `exists` to `groupPosts` and `read` to the screening step.
 */
export class IndexReader {
  private readonly repo: Repo;
  private indexPaths?: Set<string>;

  constructor(cwd: string = process.cwd()) {
    this.repo = new Repo(cwd);
  }

  get root(): string {
    return this.repo.root;
  }

  /** The staged files (see stagedFiles). */
  staged(paths?: string[]): GitFile[] {
    return stagedFiles({ cwd: this.repo.cwd, ...(paths ? { paths } : {}) });
  }

  /** Whether the index holds the file (a report path: relative to cwd or absolute). */
  exists(path: string): boolean {
    this.indexPaths ??= new Set(nulList(gitOk(['ls-files', '--cached', '-z'], this.repo.root, 'cannot list the index')));
    const rel = this.repo.toRepoPath(path);
    return rel !== undefined && this.indexPaths.has(rel);
  }

  /** The staged bytes of a file, or undefined when the index does not hold it. */
  read(path: string): Buffer | undefined {
    const rel = this.repo.toRepoPath(path);
    if (rel === undefined) return undefined;
    const r = git(['cat-file', 'blob', `:${rel}`], this.repo.root);
    return r.status === 0 ? r.stdout : undefined;
  }
}

/** The staged bytes of one file (`git cat-file blob :path`, the raw blob, no textconv). Throws GitError if not staged. */
export function readStaged(path: string, cwd: string = process.cwd()): Buffer {
  const reader = new IndexReader(cwd);
  const bytes = reader.read(path);
  if (bytes === undefined) throw new GitError(`${path} is not in the git index`);
  return bytes;
}

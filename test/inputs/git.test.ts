import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { changedSince, GitError, gitRoot, IndexReader, readStaged, resolveRef, stagedFiles } from '../../src/inputs/git.js';
import { tempDir } from '../helpers/tmp.js';

beforeAll(() => {
  // Keep the developer's or CI's git config (hooksPath, diff.relative...) out of these tests.
  process.env.GIT_CONFIG_GLOBAL = '/dev/null';
  process.env.GIT_CONFIG_NOSYSTEM = '1';
});

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
}

function write(dir: string, path: string, text: string) {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
}

let repo: string;
beforeEach(() => {
  repo = realpathSync(tempDir('git'));
  git(repo, 'init', '-q');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('gitRoot', () => {
  it('finds the top of the work tree from a subfolder', () => {
    mkdirSync(join(repo, 'posts'));
    expect(gitRoot(join(repo, 'posts'))).toBe(repo);
  });

  it('throws a GitError (a UsageError) outside a repository', () => {
    const outside = tempDir('nogit');
    try {
      expect(() => stagedFiles({ cwd: outside })).toThrow(GitError);
      expect(() => stagedFiles({ cwd: outside })).toThrow(UsageError);
      expect(() => gitRoot(outside)).toThrow(/^not inside a git repository: /);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('--staged', () => {
  it('lists staged files before the first commit and reads them from the index', () => {
    write(repo, 'posts/a.md', 'staged text');
    write(repo, 'posts/my photo é.jpg', 'JPG');
    write(repo, 'unstaged.md', 'not added');
    git(repo, 'add', 'posts');
    write(repo, 'posts/a.md', 'working tree text, not staged');
    expect(stagedFiles({ cwd: repo })).toEqual([
      { path: 'posts/a.md', repoPath: 'posts/a.md' },
      { path: 'posts/my photo é.jpg', repoPath: 'posts/my photo é.jpg' },
    ]);
    expect(readStaged('posts/a.md', repo).toString()).toBe('staged text');
    expect(Buffer.isBuffer(readStaged('posts/my photo é.jpg', repo))).toBe(true);
    expect(() => readStaged('unstaged.md', repo)).toThrow(/not in the git index/);
  });

  it('lists added, modified and renamed files but not deleted ones or submodules; a symlink is listed as one', () => {
    write(repo, 'keep.md', 'k');
    write(repo, 'old-name.md', 'rename me please, long enough to be detected as a rename');
    write(repo, 'gone.md', 'g');
    write(repo, 'same.md', 's');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'one');
    write(repo, 'keep.md', 'changed');
    git(repo, 'mv', 'old-name.md', 'new-name.md');
    git(repo, 'rm', '-q', 'gone.md');
    write(repo, 'added.txt', 'new');
    symlinkSync('keep.md', join(repo, 'link.md'));
    git(repo, 'add', '.');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'update-index', '--add', '--cacheinfo', `160000,${head},vendor/sub`);
    expect(stagedFiles({ cwd: repo }).filter((f) => !f.symlink).map((f) => f.repoPath)).toEqual(['added.txt', 'keep.md', 'new-name.md']);
    // a staged symbolic link is no post, but the run names it (user test 27, U3-3)
    expect(stagedFiles({ cwd: repo }).filter((f) => f.symlink).map((f) => f.repoPath)).toEqual(['link.md']);
  });

  it('narrows to given paths and reports paths relative to cwd', () => {
    write(repo, 'posts/a.md', 'a');
    write(repo, 'posts/sub/b.md', 'b');
    write(repo, 'other/c.md', 'c');
    git(repo, 'add', '.');
    const cwd = join(repo, 'posts');
    expect(stagedFiles({ cwd, paths: ['sub'] })).toEqual([{ path: join('sub', 'b.md'), repoPath: 'posts/sub/b.md' }]);
    // Sorted by repository path, whatever the cwd; paths outside cwd are absolute.
    expect(stagedFiles({ cwd }).map((f) => f.path)).toEqual([join(repo, 'other', 'c.md'), 'a.md', join('sub', 'b.md')]);
    expect(() => stagedFiles({ cwd, paths: ['/elsewhere'] })).toThrow(/outside the git repository/);
  });

  it('IndexReader reads staged drafts and committed attachments and knows what the index holds', () => {
    write(repo, 'posts/photo.jpg', 'JPG v1');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'photo');
    write(repo, 'posts/post.md', '![p](photo.jpg)');
    git(repo, 'add', 'posts/post.md');
    write(repo, 'posts/photo.jpg', 'JPG v2 unstaged');
    const reader = new IndexReader(join(repo, 'posts'));
    expect(reader.root).toBe(repo);
    expect(reader.staged().map((f) => f.path)).toEqual(['post.md']);
    expect(reader.exists('photo.jpg')).toBe(true);
    expect(reader.exists(join(repo, 'posts', 'photo.jpg'))).toBe(true);
    expect(reader.exists('nope.jpg')).toBe(false);
    expect(reader.exists('/etc/passwd')).toBe(false);
    expect(reader.read('photo.jpg')!.toString()).toBe('JPG v1');
    expect(reader.read('nope.jpg')).toBeUndefined();
  });
});

describe('--since', () => {
  beforeEach(() => {
    write(repo, 'base.md', 'base');
    write(repo, 'edited.md', 'v1');
    write(repo, 'removed.md', 'r');
    write(repo, '.gitignore', 'ignored.md\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'base');
    git(repo, 'checkout', '-qb', 'feature');
    write(repo, 'feature.md', 'f');
    write(repo, 'edited.md', 'v2');
    git(repo, 'rm', '-q', 'removed.md');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'feature');
    git(repo, 'checkout', '-q', 'main');
    write(repo, 'main-only.md', 'm');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'main moves on');
    git(repo, 'checkout', '-q', 'feature');
  });

  it('lists files changed on the branch since it forked, plus uncommitted and untracked ones', () => {
    write(repo, 'staged.md', 's');
    git(repo, 'add', 'staged.md');
    write(repo, 'base.md', 'edited, not staged');
    write(repo, 'untracked.md', 'u');
    write(repo, 'ignored.md', 'i');
    expect(changedSince('main', { cwd: repo }).map((f) => f.repoPath)).toEqual([
      'base.md',
      'edited.md',
      'feature.md',
      'staged.md',
      'untracked.md',
    ]);
    expect(changedSince('main', { cwd: repo, uncommitted: false }).map((f) => f.repoPath)).toEqual(['edited.md', 'feature.md']);
  });

  it('narrows to given paths, untracked files included', () => {
    write(repo, 'posts/new.md', 'n');
    write(repo, 'posts/[draft].md', 'b');
    write(repo, 'elsewhere.md', 'e');
    expect(changedSince('main', { cwd: repo, paths: ['posts'] }).map((f) => f.repoPath)).toEqual(['posts/[draft].md', 'posts/new.md']);
    expect(changedSince('main', { cwd: repo, paths: ['posts/[draft].md'] }).map((f) => f.repoPath)).toEqual(['posts/[draft].md']);
  });

  it('equals the three-dot diff in a clean checkout', () => {
    const threeDot = git(repo, 'diff', '--name-only', '--diff-filter=ACMR', 'main...HEAD').trim().split('\n').sort();
    expect(changedSince('main', { cwd: repo }).map((f) => f.repoPath)).toEqual(threeDot);
  });

  it('accepts commit ids and tags, and says what to do with an unknown ref', () => {
    git(repo, 'tag', 'v1', 'main');
    expect(changedSince('v1', { cwd: repo }).map((f) => f.repoPath)).toEqual(['edited.md', 'feature.md']);
    expect(resolveRef('HEAD~1', repo)).toMatch(/^[0-9a-f]{40}$/);
    expect(() => changedSince('origin/nope', { cwd: repo })).toThrow(/unknown git ref "origin\/nope" for --since .*git fetch origin nope/);
    expect(() => changedSince('--output=/tmp/x', { cwd: repo })).toThrow(GitError);
  });

  it('explains a missing common history (shallow clones)', () => {
    git(repo, 'checkout', '-q', '--orphan', 'lonely');
    write(repo, 'x.md', 'x');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'orphan');
    expect(() => changedSince('main', { cwd: repo })).toThrow(/no common history .*fetch-depth: 0/);
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import {
  HOOK_MARKER,
  hookScript,
  hooksDir,
  installHook,
  isClearpostHook,
  preCommitHooksYaml,
  uninstallHook,
  writePreCommitHooksManifest,
} from '../../src/core/hooks.js';
import { IMAGE_EXTENSIONS, TEXT_EXTENSIONS } from '../../src/inputs/discover.js';
import { GitError } from '../../src/inputs/git.js';
import { DRAFT_EXTENSIONS, isDraftPath, isImagePath } from '../../src/inputs/posts.js';
import { tempDir } from '../helpers/tmp.js';

beforeAll(() => {
  process.env.GIT_CONFIG_GLOBAL = '/dev/null';
  process.env.GIT_CONFIG_NOSYSTEM = '1';
});

let repo: string;
beforeEach(() => {
  repo = realpathSync(tempDir('hook'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const hookPath = () => join(repo, '.git', 'hooks', 'pre-commit');

describe('installHook', () => {
  it('writes an executable pre-commit hook that runs clearpost on the staged files', () => {
    const r = installHook(repo);
    expect(r).toEqual({ hook: hookPath(), action: 'created' });
    const text = readFileSync(hookPath(), 'utf8');
    expect(text.startsWith('#!/bin/sh\n')).toBe(true);
    expect(text).toContain(HOOK_MARKER);
    // The clearpost that wrote the hook, by absolute path: no registry look-up, no local install needed.
    expect(text).toContain(`CLEARPOST='${resolve('bin/clearpost.js')}'`);
    expect(text).toContain('exec "$NODE" "$CLEARPOST" scan --staged');
    expect(text).not.toContain('npx');
    expect(statSync(hookPath()).mode & 0o111).toBe(0o111);
    expect(isClearpostHook(text)).toBe(true);
  });

  it('works from a subfolder and rewrites its own hook', () => {
    mkdirSync(join(repo, 'posts'));
    installHook(repo);
    writeFileSync(hookPath(), `${hookScript()}# local tweak\n`);
    expect(installHook(join(repo, 'posts')).action).toBe('updated');
    expect(readFileSync(hookPath(), 'utf8')).toBe(hookScript());
  });

  it('refuses to overwrite a foreign hook without force, and keeps a backup with force', () => {
    mkdirSync(join(repo, '.git', 'hooks'), { recursive: true });
    writeFileSync(hookPath(), '#!/bin/sh\nnpm test\n');
    expect(() => installHook(repo)).toThrow(UsageError);
    expect(() => installHook(repo)).toThrow(/not written by clearpost.*--force/);
    expect(readFileSync(hookPath(), 'utf8')).toBe('#!/bin/sh\nnpm test\n');

    const r = installHook(repo, { force: true });
    expect(r.action).toBe('replaced');
    expect(r.backup).toBe(`${hookPath()}.clearpost-backup`);
    expect(readFileSync(r.backup!, 'utf8')).toBe('#!/bin/sh\nnpm test\n');
    expect(isClearpostHook(readFileSync(hookPath(), 'utf8'))).toBe(true);

    // A second forced replacement never clobbers the first backup.
    writeFileSync(hookPath(), '#!/bin/sh\necho other\n');
    expect(installHook(repo, { force: true }).backup).toBe(`${hookPath()}.clearpost-backup.1`);
  });

  it('--force runs the replaced hook first and stops on its failure; a rewrite keeps the chain (user test 30, U30-12)', () => {
    mkdirSync(join(repo, '.git', 'hooks'), { recursive: true });
    const log = join(repo, 'ran.log');
    writeFileSync(hookPath(), `#!/bin/sh\necho lint >> '${log}'\nexit 3\n`);
    chmodSync(hookPath(), 0o755);
    const r = installHook(repo, { force: true });
    const text = readFileSync(hookPath(), 'utf8');
    expect(text).toContain(`PREVIOUS='${r.backup}'`);
    expect(text.indexOf('"$PREVIOUS"')).toBeLessThan(text.indexOf('scan --staged'));
    const ran = spawnSync('sh', [hookPath()], { cwd: repo });
    expect(ran.status).toBe(3);
    expect(readFileSync(log, 'utf8')).toBe('lint\n');
    expect(installHook(repo).action).toBe('updated');
    expect(readFileSync(hookPath(), 'utf8')).toBe(text);
  });

  it('tells the owner of another hook to add the line before any exit, and recognises the line once added', () => {
    mkdirSync(join(repo, '.git', 'hooks'), { recursive: true });
    writeFileSync(hookPath(), '#!/bin/sh\nnpm run lint\nexit 0\n');
    expect(() => installHook(repo)).toThrow(/add the line ".* scan --staged \|\| exit 1" to it before any `exit` \(a line after one never runs\)/);
    // added after the exit, as "add it" used to invite: said so
    writeFileSync(hookPath(), `#!/bin/sh\nnpm run lint\nexit 0\nexec 'node' '/x/bin/clearpost.js' scan --staged\n`);
    expect(() => installHook(repo)).toThrow(/its line 4 runs clearpost but comes after the `exit` on line 3, so it never runs/);
    // before it: recognised, left alone
    const own = `#!/bin/sh\nnpm run lint\n'node' '/x/bin/clearpost.js' scan --staged || exit 1\nexit 0\n`;
    writeFileSync(hookPath(), own);
    expect(installHook(repo)).toEqual({ hook: hookPath(), action: 'present', line: 3 });
    expect(readFileSync(hookPath(), 'utf8')).toBe(own);
  });

  it('replaces a symlinked foreign hook without writing through the link', () => {
    mkdirSync(join(repo, '.git', 'hooks'), { recursive: true });
    const target = join(repo, 'husky-hook.sh');
    writeFileSync(target, '#!/bin/sh\nhusky\n');
    symlinkSync(target, hookPath());
    installHook(repo, { force: true });
    expect(readFileSync(target, 'utf8')).toBe('#!/bin/sh\nhusky\n');
    expect(isClearpostHook(readFileSync(hookPath(), 'utf8'))).toBe(true);
  });

  it('respects core.hooksPath', () => {
    execFileSync('git', ['config', 'core.hooksPath', '.githooks'], { cwd: repo });
    expect(hooksDir(repo)).toBe(join(repo, '.githooks'));
    const r = installHook(repo);
    expect(r.hook).toBe(join(repo, '.githooks', 'pre-commit'));
    expect(existsSync(hookPath())).toBe(false);
  });

  it('passes the exit code of clearpost through to git', () => {
    const fake = join(repo, "fake clearpost's.sh");
    writeFileSync(fake, 'echo "$@" > "$FAKE_OUT"\nexit 3\n');
    installHook(repo, { node: '/bin/sh', bin: fake });
    const out = join(repo, 'args.txt');
    const r = spawnSync(hookPath(), [], { cwd: repo, env: { ...process.env, FAKE_OUT: out } });
    expect(r.status).toBe(3);
    expect(readFileSync(out, 'utf8').trim()).toBe('scan --staged');
  });

  it('falls back to a clearpost on PATH when the one that wrote it is gone, else fails clearly', () => {
    installHook(repo, { bin: join(repo, 'gone.js') });
    const bin = join(repo, 'fakebin');
    mkdirSync(bin);
    expect(spawnSync(hookPath(), [], { cwd: repo, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:/usr/bin:/bin` } }).stderr).toMatch(
      /gone\.js is gone and no clearpost is on PATH/,
    );
    writeFileSync(join(bin, 'clearpost'), '#!/bin/sh\nexit 4\n');
    chmodSync(join(bin, 'clearpost'), 0o755);
    expect(spawnSync(hookPath(), [], { cwd: repo, env: { ...process.env, PATH: `${bin}:/usr/bin:/bin` } }).status).toBe(4);
  });

  it('blocks a real commit when the hook fails', () => {
    const fake = join(repo, 'fail.sh');
    writeFileSync(fake, 'exit 1\n');
    installHook(repo, { node: '/bin/sh', bin: fake });
    writeFileSync(join(repo, 'post.md'), 'x');
    execFileSync('git', ['add', 'post.md'], { cwd: repo });
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x'], { cwd: repo });
    expect(r.status).not.toBe(0);
  });

  it('throws a GitError outside a repository', () => {
    const outside = tempDir('nohook');
    try {
      expect(() => installHook(outside)).toThrow(GitError);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('uninstallHook', () => {
  it('removes only our hook', () => {
    installHook(repo);
    expect(uninstallHook(repo).removed).toBe(true);
    expect(existsSync(hookPath())).toBe(false);
    writeFileSync(hookPath(), '#!/bin/sh\nnpm test\n');
    expect(uninstallHook(repo).removed).toBe(false);
    expect(existsSync(hookPath())).toBe(true);
  });
});

describe('pre-commit framework manifest', () => {
  it('declares the clearpost hook', () => {
    const hooks = parse(preCommitHooksYaml());
    expect(hooks).toEqual([
      expect.objectContaining({
        id: 'clearpost',
        name: 'clearpost',
        entry: 'clearpost scan',
        language: 'node',
      }),
    ]);
    // no identify type filter: identify tags a .docx or a .heic only `binary`, which `types_or: [markdown, text, image]` skipped
    expect(hooks[0]).not.toHaveProperty('types_or');
    expect(hooks[0]).not.toHaveProperty('types');
  });

  /** The hook's `files` as pre-commit reads it: Python's re, searched in the path, `(?i)` for any case. */
  const filesFilter = () => {
    const files = (parse(preCommitHooksYaml()) as { files: string }[])[0].files;
    expect(files.startsWith('(?i)')).toBe(true);
    return new RegExp(files.slice('(?i)'.length), 'i');
  };

  it('passes every file clearpost screens, in any case and folder, and nothing it does not read (user test 27, U3-14)', () => {
    const files = filesFilter();
    const screened = [...TEXT_EXTENSIONS, ...IMAGE_EXTENSIONS, ...DRAFT_EXTENSIONS];
    expect(screened).toEqual(expect.arrayContaining(['.docx', '.heic', '.md', '.txt', '.jpg', '.png', '.tiff', '.gif', '.webp', '.avif']));
    for (const ext of screened) {
      for (const path of [`release${ext}`, `posts/week50/RELEASE${ext.toUpperCase()}`, `img/photo 1${ext}`]) {
        expect(files.test(path), path).toBe(true);
        // what the command does with it: a draft or a picture, never "unsupported"
        expect(isDraftPath(path) || isImagePath(path), path).toBe(true);
      }
    }
    for (const path of ['report.pdf', 'build.js', 'release.docx.bak', 'notes.md~', 'docx', 'photo.jpg.txt.orig']) expect(files.test(path), path).toBe(false);
  });

  it('is a pattern Python compiles and searches the same way, where python3 is installed', () => {
    const python = spawnSync('python3', ['-c', 'import re,sys; p=re.compile(sys.argv[1]); print(" ".join("1" if p.search(n) else "0" for n in sys.argv[2:]))', (parse(preCommitHooksYaml()) as { files: string }[])[0].files, 'a.docx', 'B.HEIC', 'c/d.md', 'e.pdf', 'route 9.doc'], { encoding: 'utf8' });
    if (python.error) return; // no python: the JS check above stands
    // a Word release named .doc is taken, as a folder walk takes it (U31-21)
    expect(python.stdout.trim()).toBe('1 1 1 0 1');
  });

  it('is written to a folder, and the repository copy is up to date', () => {
    const path = writePreCommitHooksManifest(repo);
    expect(readFileSync(path, 'utf8')).toBe(preCommitHooksYaml());
    const shipped = fileURLToPath(new URL('../../.pre-commit-hooks.yaml', import.meta.url));
    expect(readFileSync(shipped, 'utf8')).toBe(preCommitHooksYaml());
  });
});

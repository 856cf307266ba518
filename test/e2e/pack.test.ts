// A department installs clearpost from a packed tarball (as from a release or a git URL), not from this checkout:
// the installed clearpost must work, and the hook it installs must run in a repository that knows nothing of it.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

const work = tempDir('pack');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const git = (cwd: string, ...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd, encoding: 'utf8' });

describe('npm pack, install the tarball elsewhere, run the hook in a fresh repository', () => {
  it('blocks a commit with an address and lets a clean one through', { timeout: 240_000 }, () => {
    // dist/ is built by `npm test` before the tests run; --ignore-scripts skips a second build.
    execFileSync(npm, ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { cwd: resolve('.'), stdio: 'pipe' });
    const tarball = readdirSync(work).find((n) => n.endsWith('.tgz'));
    expect(tarball).toBeDefined();

    const tools = join(work, 'tools');
    mkdirSync(tools);
    writeFileSync(join(tools, 'package.json'), '{"name": "dept-tools", "version": "1.0.0", "private": true}\n');
    // As the README tells a department: install scripts run, with ONNXRUNTIME_NODE_INSTALL=skip so onnxruntime-node
    // does not fetch CUDA libraries from NuGet (CI has the npm registry only). Dependencies come from the npm cache
    // when they are there.
    execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball as string)], {
      cwd: tools,
      stdio: 'pipe',
      // Without the checkout's .npmrc: drop the setting npm passes down to its scripts, keep only the README's variable.
      env: { ...withoutNpmOnnxSetting(process.env), ONNXRUNTIME_NODE_INSTALL: 'skip' },
    });
    const bin = join(tools, 'node_modules', 'clearpost', 'bin', 'clearpost.js');

    const repo = join(work, 'posts');
    mkdirSync(repo);
    expect(git(repo, 'init', '-q').status).toBe(0);
    const install = spawnSync(process.execPath, [bin, 'install-hook'], { cwd: repo, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);

    writeFileSync(join(repo, 'housewarming.txt'), 'Housewarming Saturday at 1423 Elm Street, Apt 2B!\n');
    git(repo, 'add', 'housewarming.txt');
    const blocked = git(repo, 'commit', '-qm', 'housewarming');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('pii/address');

    git(repo, 'rm', '-q', '--cached', 'housewarming.txt');
    writeFileSync(join(repo, 'sunset.txt'), 'Beautiful sunset over the harbor tonight.\n');
    git(repo, 'add', 'sunset.txt');
    const clean = git(repo, 'commit', '-qm', 'sunset');
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
  });
});

describe("the checkout's .npmrc and the pre-commit framework", () => {
  it("npm pack's stdout is the tarball's name alone, though prepare prints (pre-commit's node hooks read it)", { timeout: 60_000 }, () => {
    // A package with this checkout's .npmrc and a prepare step that prints, as `npm run build` does: pre-commit runs
    // `npm pack` in its clone of the hook repository and installs the file its stdout names.
    const dir = join(work, 'npmrc');
    mkdirSync(dir, { recursive: true });
    copyFileSync(resolve('.npmrc'), join(dir, '.npmrc'));
    writeFileSync(join(dir, 'package.json'), '{"name": "printing-prepare", "version": "1.0.0", "scripts": {"prepare": "echo building"}}\n');
    const out = execFileSync(npm, ['pack'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(out.trim()).toBe('printing-prepare-1.0.0.tgz');
  });
});

function withoutNpmOnnxSetting(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_config_onnxruntime/i.test(key)));
}

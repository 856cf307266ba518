// The batch and CI side of `scan`: posts, shards, cache, git, baselines, inline suppressions and CI formats,
// driven in-process through run(argv, io) on temporary folders.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';
import type { Report } from '../../src/core/types.js';
import { hasSarifSchema, sarifValidator } from '../helpers/sarif-schema.js';
import { tempDir } from '../helpers/tmp.js';

const profile = resolve('fixtures/profile.yaml');

async function cli(argv: string[], cwd: string, withConfig = true) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => undefined,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd,
  };
  const code = await run(withConfig ? [...argv, '--config', profile] : argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

async function scanJson(args: string[], cwd: string): Promise<{ code: number; report: Report; err: string }> {
  const r = await cli(['scan', ...args, '--format', 'json'], cwd);
  return { code: r.code, report: JSON.parse(r.out) as Report, err: r.err };
}

function folder(files: Record<string, string>): string {
  const dir = tempDir('ci');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });

describe('posts', () => {
  it('takes the account context from front matter and reports linked images that are missing', async () => {
    const dir = folder({
      'drive.md': '---\ncontext: official\n---\nAnother night shift on patrol. ![](gone.jpg)\n',
    });
    const { code, report } = await scanJson(['.'], dir);
    const [post] = report.files;
    expect(post.context).toBe('official');
    expect(post.findings.map((f) => f.ruleId)).not.toContain('id/self-affiliation');
    expect(post.error).toMatch(/gone\.jpg.*linked image not found/);
    expect(code).toBe(2);
  });
});

describe('shards', () => {
  it('split the posts into disjoint shards that cover them all', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`p${i}.txt`] = `post ${i}`;
    const dir = folder(files);
    const paths = async (shard: string) => (await scanJson(['.', '--shard', shard], dir)).report.files.map((f) => f.path);
    const one = await paths('1/2');
    const two = await paths('2/2');
    expect([...one, ...two].sort()).toEqual(Object.keys(files).sort());
    expect(one.filter((p) => two.includes(p))).toEqual([]);
    expect((await cli(['scan', '.', '--shard', '3/2'], dir)).code).toBe(2);
  });
});

describe('cache', () => {
  it('answers a re-scan from the cache and never stores unmasked evidence', async () => {
    const dir = folder({ 'a.txt': 'Party at 88 Larkspur Lane on Saturday!', 'b.txt': 'Nice day.' });
    const first = await scanJson(['.', '--cache'], dir);
    const cacheFile = join(dir, '.clearpostcache');
    expect(existsSync(cacheFile)).toBe(true);
    expect(readFileSync(statSync(cacheFile).isDirectory() ? join(cacheFile, 'results.json') : cacheFile, 'utf8')).not.toContain('Larkspur');
    const second = await scanJson(['.', '--cache'], dir);
    expect(second.report).toEqual(first.report);
    const shown = await scanJson(['.', '--cache', '--show-evidence', '--cache-location', 'other-cache'], dir);
    expect(shown.report.files[0].findings[0].evidence).toContain('Larkspur');
    expect(existsSync(join(dir, 'other-cache'))).toBe(false);
  });
});

// Fixes 29, defect 1: the cache was keyed by the tool version (0.1.0 between commits), the config, packs, context,
// --no-ocr and --no-faces only: a cache written by an older build, with other heads weights, another
// --ocr-time-limit, another roster photo or a CLEARPOST_ROSTER roster answered for the same bytes with its result.
// Each test poisons the cache (every stored result replaced by a stale finding), then changes one key part: the
// stale finding must not come back (a miss), and with nothing changed it does (the poison reaches the report).
describe('cache key', () => {
  const STALE = 'conduct/stale-result';
  function poison(dir: string, location = '.clearpostcache'): void {
    const file = join(dir, location);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { report: { findings: unknown[] } }> };
    for (const e of Object.values(data.entries)) e.report.findings = [{ ...(e.report.findings[0] as object), ruleId: STALE }];
    writeFileSync(file, JSON.stringify(data));
  }
  const rulesOf = (r: Report) => r.files.flatMap((f) => f.findings.map((x) => x.ruleId));
  async function scanWith(dir: string, args: string[], env: Record<string, string> = {}) {
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const r = await cli(['scan', 'post', '--cache', '--format', 'json', ...args], dir, false);
      return JSON.parse(r.out) as Report;
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }
  const profileText = 'agency:\n  names: ["Harbor City PD"]\nroster:\n  - name: Renee Whitfield\n    rank: Sergeant\n    photos: [face.jpg]\n';

  it('answers from a poisoned cache when nothing changed, and misses when an option, the profile or a photo changed', async () => {
    const dir = folder({ 'post/a.txt': 'Party at 88 Larkspur Lane on Saturday with Sgt. Whitfield!', '.clearpost.yaml': profileText, 'face.jpg': 'JPEG-1' });
    const base = ['--config', '.clearpost.yaml'];
    const cases: [string, string[], Record<string, string>, () => void][] = [
      ['--ocr-time-limit', ['--ocr-time-limit', '2'], {}, () => undefined],
      ['--max-pages', ['--max-pages', '3'], {}, () => undefined],
      ['--no-ocr', ['--no-ocr'], {}, () => undefined],
      ['--no-faces', ['--no-faces'], {}, () => undefined],
      ['--context', ['--context', 'official'], {}, () => undefined],
      ['--policy', ['--policy', 'nypd'], {}, () => undefined],
      ['severity off', [], {}, () => writeFileSync(join(dir, '.clearpost.yaml'), `${profileText}severity:\n  pii/address: off\n`)],
      ['enrolled photo bytes', [], {}, () => writeFileSync(join(dir, 'face.jpg'), 'JPEG-2')],
      ['CLEARPOST_ROSTER', [], { CLEARPOST_ROSTER: join(dir, 'roster.csv') }, () => writeFileSync(join(dir, 'roster.csv'), 'name,rank\nDana Kowalski,Officer\n')],
    ];
    for (const [what, args, env, change] of cases) {
      writeFileSync(join(dir, '.clearpost.yaml'), profileText);
      writeFileSync(join(dir, 'face.jpg'), 'JPEG-1');
      const fresh = await scanWith(dir, base);
      expect(rulesOf(fresh), what).toContain('pii/address');
      poison(dir);
      expect(rulesOf(await scanWith(dir, base)), `${what}: the poison is read back`).toEqual([STALE]);
      change();
      expect(rulesOf(await scanWith(dir, [...base, ...args], env)), what).not.toContain(STALE);
    }
  });

  // A hit rebuilt only findings, kind and note: the attachments (the --no-ocr count), a front matter context and the
  // remote pictures (now clips too) not screened were lost, so the second run's summary read cleaner than the first.
  it('a hit reports what the first run did: pictures screened, remote pictures and clips not screened, the context', async () => {
    const dir = folder({ 'post/a.md': '---\ncontext: official\n---\nOpen house! ![](https://cdn.example.org/a.jpg) <video src="tour.mp4" poster="p.png"></video>\n' });
    copyFileSync(resolve('fixtures/images/clean.png'), join(dir, 'post', 'p.png'));
    const args = ['--config', resolve('fixtures/profile.yaml'), '--no-ocr', '--no-faces'];
    const first = await scanWith(dir, args);
    expect(first.summary.notScreened?.map((n) => n.kind)).toEqual(['remote-picture', 'media-clip', 'picture-text']);
    expect(first.files[0]).toMatchObject({ context: 'official', remotePictures: 1, mediaClips: 1, attachments: [join('post', 'p.png')] });
    const second = await scanWith(dir, args);
    expect(second).toEqual(first);
  });

  it('misses when a policy pack file\'s text changes', async () => {
    const pack = readFileSync(resolve('rules/nypd.yaml'), 'utf8');
    const dir = folder({ 'post/a.txt': 'Party at 88 Larkspur Lane on Saturday!', 'pack.yaml': pack });
    const args = ['--config', resolve('fixtures/profile.yaml'), '--policy', join(dir, 'pack.yaml')];
    expect(rulesOf(await scanWith(dir, args))).toContain('pii/address');
    poison(dir);
    expect(rulesOf(await scanWith(dir, args))).toEqual([STALE]);
    writeFileSync(join(dir, 'pack.yaml'), `# edited\n${pack}`);
    expect(rulesOf(await scanWith(dir, args))).not.toContain(STALE);
  });
});

describe('git', () => {
  it('--staged screens what is staged, not the working tree', async () => {
    const dir = folder({ 'post.txt': 'Party at 88 Larkspur Lane on Saturday!', 'clean.txt': 'Nice day.' });
    git(dir, 'init', '-q');
    git(dir, 'add', 'post.txt');
    writeFileSync(join(dir, 'post.txt'), 'Nice day at the park.');
    const { report } = await scanJson(['--staged'], dir);
    expect(report.files.map((f) => f.path)).toEqual(['post.txt']);
    expect(report.files[0].findings.map((f) => f.ruleId)).toContain('pii/address');
  });

  // User test 27, U3-3: a staged symbolic link gave "✔ 0 findings ... in 0 files screened" and was named nowhere.
  it('--staged names a staged symbolic link it does not screen, and gives no ✔', async () => {
    const dir = folder({ 'outside/secret.txt': 'Call me at 555-201-7734' });
    mkdirSync(join(dir, 'repo'));
    git(join(dir, 'repo'), 'init', '-q');
    symlinkSync('../outside/secret.txt', join(dir, 'repo', 'evil-link.txt'));
    git(join(dir, 'repo'), 'add', 'evil-link.txt');
    const { report } = await scanJson(['--staged'], join(dir, 'repo'));
    expect(report.files).toEqual([]);
    expect(report.summary.notScreened?.map((n) => n.message)).toEqual(['staged symbolic link, not screened: evil-link.txt (git commits the link, not the file it points to)']);
    const human = await cli(['scan', '--staged'], join(dir, 'repo'));
    expect(human.out).toMatch(/^⚠ 0 findings/m);
    expect(human.code).toBe(0);
  });

  it('--since screens the files changed since a ref', async () => {
    const dir = folder({ 'old.txt': 'Party at 88 Larkspur Lane on Saturday!' });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'one');
    writeFileSync(join(dir, 'new.txt'), 'Text me at 555-201-7734 tonight.');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'two');
    const { report } = await scanJson(['--since', 'HEAD~1'], dir);
    expect(report.files.map((f) => f.path)).toEqual(['new.txt']);
    expect((await cli(['scan', '--since', 'no-such-ref'], dir)).code).toBe(2);
  });

  // User test 29, U29-21: --since dropped a committed symbolic link without a word (--staged names it).
  it('--since names a symbolic link the branch added, and gives no ✔', async () => {
    const dir = folder({ 'outside/secret.txt': 'Call me at 555-201-7734', 'repo/old.txt': 'Sunset tonight.' });
    const repo = join(dir, 'repo');
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'one');
    symlinkSync('../outside/secret.txt', join(repo, 'link.txt'));
    writeFileSync(join(repo, 'new.txt'), 'Nice day.');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'two');
    const { report } = await scanJson(['--since', 'HEAD~1'], repo);
    expect(report.files.map((f) => f.path)).toEqual(['new.txt']);
    expect(report.summary.notScreened?.map((n) => n.message)).toEqual(['symbolic link changed since HEAD~1, not screened: link.txt (git commits the link, not the file it points to)']);
    expect((await cli(['scan', '--since', 'HEAD~1'], repo)).out).toMatch(/^⚠ 0 findings/m);
  });

  it('install-hook writes a pre-commit hook and refuses a foreign one without --force', async () => {
    const dir = folder({});
    git(dir, 'init', '-q');
    const first = await cli(['install-hook'], dir, false);
    expect(first.code).toBe(0);
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    expect(readFileSync(hook, 'utf8')).toMatch(/clearpost scan --staged/);
    writeFileSync(hook, '#!/bin/sh\necho mine\n');
    expect((await cli(['install-hook'], dir, false)).code).toBe(2);
    expect(readFileSync(hook, 'utf8')).toContain('echo mine');
    expect((await cli(['install-hook', '--force'], dir, false)).code).toBe(0);
    expect(readFileSync(hook, 'utf8')).toMatch(/clearpost scan --staged/);
  });
});

describe('suppressions', () => {
  it('honours an inline directive with a reason and reports unused ones on request', async () => {
    const dir = folder({
      'venue.md': '<!-- clearpost-disable-next-line pii/address -- public venue, not a home -->\nToy drive at 400 Harbor Blvd this week.\n<!-- clearpost-disable-next-line pii/phone -- nothing here -->\nThanks!\n',
    });
    const { code, report } = await scanJson(['.'], dir);
    const address = report.files[0].findings.find((f) => f.ruleId === 'pii/address');
    expect(address?.suppressed).toEqual({ kind: 'inline', justification: 'public venue, not a home' });
    expect(report.summary.findings).toBe(0);
    expect(code).toBe(0);
    const unused = await scanJson(['.', '--report-unused-disable-directives'], dir);
    expect(unused.report.files[0].problems?.map((p) => p.code)).toEqual(['suppress/unused']);
    expect(unused.code).toBe(0);
    expect((await scanJson(['.', '--report-unused-disable-directives', '--fail-on', 'warning'], dir)).code).toBe(1);
  });

  it('a baseline written by --suppress-all silences today\'s findings, not new ones, and prunes', async () => {
    const dir = folder({ 'a.txt': 'Party at 88 Larkspur Lane on Saturday!' });
    expect((await scanJson(['.', '--suppress-all'], dir)).code).toBe(0);
    const baseline = readFileSync(join(dir, 'clearpost-suppressions.json'), 'utf8');
    expect(baseline).not.toContain('Larkspur');
    expect(baseline).not.toMatch(/"line"/);
    const again = await scanJson(['.'], dir);
    expect(again.code).toBe(0);
    expect(again.report.files[0].findings[0].suppressed?.kind).toBe('baseline');
    writeFileSync(join(dir, 'a.txt'), 'Hello!\n\nParty at 88 Larkspur Lane on Saturday! Text me at 555-201-7734');
    const moved = await scanJson(['.'], dir);
    expect(moved.report.files[0].findings.filter((f) => !f.suppressed).map((f) => f.ruleId)).toEqual(['pii/phone']);
    writeFileSync(join(dir, 'a.txt'), 'Hello!');
    await scanJson(['.', '--prune-suppressions'], dir);
    expect(JSON.parse(readFileSync(join(dir, 'clearpost-suppressions.json'), 'utf8'))).not.toMatchObject({ entries: [{}] });
  });

  // User test 29, U29-19: a baseline written with a fingerprint key matched nothing in a run without it (a fork's pull
  // request gets no secrets): every accepted finding came back and nothing said why.
  it('says when a baseline matches none of the findings of its files and rules: another fingerprint key?', async () => {
    const dir = folder({ 'a.txt': 'Party at 88 Larkspur Lane on Saturday!' });
    const saved = process.env.CLEARPOST_FINGERPRINT_KEY;
    try {
      process.env.CLEARPOST_FINGERPRINT_KEY = 'a-secret-key-of-the-ci-0123456789';
      await scanJson(['.', '--suppress-all'], dir);
      const keyed = await scanJson(['.'], dir);
      expect(keyed.report.files[0].findings[0].suppressed?.kind).toBe('baseline');
      expect(keyed.err).not.toMatch(/none matched/);
      delete process.env.CLEARPOST_FINGERPRINT_KEY;
      const without = await scanJson(['.'], dir);
      expect(without.report.files[0].findings[0].suppressed).toBeUndefined();
      expect(without.err).toContain('clearpost: note: clearpost-suppressions.json: 1 entry, none matched, though findings of the same files and rules are here: written with another fingerprint key?');
    } finally {
      if (saved === undefined) delete process.env.CLEARPOST_FINGERPRINT_KEY;
      else process.env.CLEARPOST_FINGERPRINT_KEY = saved;
    }
  });

  it("does not list clearpost's own baseline or report file as a file of an unsupported type", async () => {
    const dir = folder({ 'a.txt': 'Party at 88 Larkspur Lane on Saturday!', 'notes.pdf': 'x' });
    await scanJson(['.', '--suppress-all'], dir);
    mkdirSync(join(dir, 'ci'));
    writeFileSync(join(dir, 'ci', 'base.json'), readFileSync(join(dir, 'clearpost-suppressions.json')));
    const paths = async (args: string[]) => (await scanJson(['.', ...args], dir)).report.summary.unsupported?.paths;
    expect(await paths([])).toEqual(['ci/base.json', 'notes.pdf']);
    expect(await paths(['--suppressions-location', 'ci/base.json'])).toEqual(['clearpost-suppressions.json', 'notes.pdf']);
    for (let i = 0; i < 2; i++) await cli(['scan', '.', '-f', 'json', '-o', 'out/clearpost.json'], dir);
    const written = JSON.parse(readFileSync(join(dir, 'out', 'clearpost.json'), 'utf8')) as Report;
    expect(written.summary.unsupported?.paths).toEqual(['ci/base.json', 'notes.pdf']);
  });
});

describe('CI formats', () => {
  const files = { 'home.md': 'Hi!\nParty at 88 Larkspur Lane on Saturday!\n', 'ok.txt': 'Nice day.' };

  it.skipIf(!hasSarifSchema)('sarif is valid SARIF 2.1.0 with clause help and no evidence', async () => {
    const dir = folder(files);
    const { out, code } = await cli(['scan', '.', '--format', 'sarif', '--show-evidence'], dir);
    expect(code).toBe(1);
    const sarif = JSON.parse(out);
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    expect(out).not.toContain('Larkspur');
    const result = sarif.runs[0].results[0];
    expect(result.ruleId).toBe('pii/address');
    expect(result.locations[0].physicalLocation.region.startLine).toBe(2);
    expect(result.partialFingerprints).toBeDefined();
    const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'pii/address');
    expect(rule.help.markdown).toMatch(/massachusetts|nypd/);
  });

  it('junit and github formats, written with -o', async () => {
    const dir = folder(files);
    await cli(['scan', '.', '--format', 'junit', '-o', 'report.xml'], dir);
    const xml = readFileSync(join(dir, 'report.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml/);
    expect(xml).toMatch(/<failure/);
    expect(xml).not.toContain('Larkspur');
    const gh = await cli(['scan', '.', '--format', 'github'], dir);
    expect(gh.out).toMatch(/^::error file=home\.md,line=2,/m);
    expect(gh.out).not.toContain('Larkspur');
  });

  it('--max-warnings turns warnings into a failing exit code', async () => {
    const dir = folder({ 'w.txt': 'Got absolutely hammered at the bar last night lol' });
    expect((await cli(['scan', '.', '--fail-on', 'error'], dir)).code).toBe(0);
    expect((await cli(['scan', '.', '--max-warnings', '0'], dir)).code).toBe(1);
  });

  it('says why when --max-warnings alone fails the run (user test 23, #7), and only then', async () => {
    const dir = folder({ 'w.txt': 'Got absolutely hammered at the bar last night lol' });
    const failed = await cli(['scan', '.', '--max-warnings', '0', '--no-model'], dir);
    expect(failed.code).toBe(1);
    expect(failed.err).toContain('clearpost: 1 warning, more than --max-warnings 0: exit 1');
    expect((await cli(['check', 'w.txt', '--max-warnings', '0', '--no-model'], dir)).err).toContain('more than --max-warnings 0');
    expect((await cli(['scan', '.', '--max-warnings', '1', '--no-model'], dir)).err).not.toContain('--max-warnings');
    expect((await cli(['scan', '.', '--max-warnings', '0', '--fail-on', 'warning', '--no-model'], dir)).err).not.toContain('--max-warnings');
  });

  // User test 29, U29-8: a run failed by --max-warnings said so only on stderr: JUnit failures="0", SARIF
  // executionSuccessful true, github and HTML nothing, JSON failed: 0.
  it('says in every format that --max-warnings failed the run', async () => {
    const dir = folder({ 'w.txt': 'Got absolutely hammered at the bar last night lol' });
    const message = '1 warning, more than --max-warnings 0: the run fails (exit 1)';
    const json = await scanJson(['.', '--max-warnings', '0', '--no-model'], dir);
    expect(json.report.summary.tooManyWarnings).toEqual({ warnings: 1, limit: 0, message });
    expect(json.code).toBe(1);
    const sarif = JSON.parse((await cli(['scan', '.', '--max-warnings', '0', '--no-model', '-f', 'sarif'], dir)).out);
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications).toContainEqual({ level: 'error', message: { text: message }, descriptor: { id: 'clearpost/max-warnings' } });
    const junit = (await cli(['scan', '.', '--max-warnings', '0', '--no-model', '-f', 'junit'], dir)).out;
    expect(junit).toMatch(/<testsuites name="clearpost" tests="\d+" failures="1"/);
    expect(junit).toContain(`<failure message="${message}" type="max-warnings"/>`);
    expect((await cli(['scan', '.', '--max-warnings', '0', '--no-model', '-f', 'github'], dir)).out).toContain(`::error title=clearpost%3A too many warnings::${message}`);
    expect((await cli(['scan', '.', '--max-warnings', '0', '--no-model', '-f', 'html'], dir)).out).toContain(message);
    expect((await cli(['scan', '.', '--max-warnings', '0', '--no-model'], dir)).out).toContain(`  ${message}`);
    // within the limit: nothing said, executionSuccessful true
    const ok = JSON.parse((await cli(['scan', '.', '--max-warnings', '1', '--no-model', '-f', 'sarif'], dir)).out);
    expect(ok.runs[0].invocations[0].executionSuccessful).toBe(true);
    expect((await scanJson(['.', '--max-warnings', '1', '--no-model'], dir)).report.summary.tooManyWarnings).toBeUndefined();
  });

  it('--quiet shows error-level findings only, and the exit code still counts everything', async () => {
    const dir = folder({ 'w.txt': 'Got absolutely hammered at the bar last night lol', 'e.txt': 'Party at 88 Larkspur Lane on Saturday!' });
    const { code, report } = await scanJson(['.', '--quiet'], dir);
    expect(report.files.flatMap((f) => f.findings.map((x) => x.severity))).toEqual(['error']);
    expect(report.summary.hiddenByQuiet).toBe(1);
    // user test 24 #11: the counts are the run's, not the listing's
    expect(report.summary).toMatchObject({ findings: 2, bySeverity: { error: 1, warning: 1, info: 0 }, filesWithFindings: 2 });
    expect(code).toBe(1);
  });

  it('--quiet never shows a clean tick on a run that fails on its warnings', async () => {
    const dir = folder({ 'w.txt': 'Got absolutely hammered at the bar last night lol' });
    const r = await cli(['scan', '.', '--quiet', '--max-warnings', '0', '--no-model'], dir);
    expect(r.code).toBe(1);
    expect(r.out).not.toContain('✔');
    expect(r.out).toMatch(/⚠ 1 finding \(0 errors, 1 warning, 0 info\) in 1 file screened, 1 with findings \(1 warning or info finding not listed with --quiet\)/);
  });

  it('an empty folder or one with nothing clearpost reads is an error, not a clean pass', async () => {
    const dir = folder({ 'notes/readme.pdf': 'x', 'ok.txt': 'Sunset tonight.' });
    mkdirSync(join(dir, 'empty'));
    const { code, report } = await scanJson(['empty', 'notes', 'ok.txt'], dir);
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]));
    expect(byPath.empty.error).toMatch(/no drafts or images in this folder/);
    expect(byPath.notes.error).toMatch(/no drafts or images in this folder/);
    expect(byPath['ok.txt'].findings).toEqual([]);
    expect(code).toBe(2);
  });

  it('draws no progress bar when stderr is not a terminal', async () => {
    const dir = folder(files);
    expect((await cli(['scan', '.', '--format', 'json'], dir)).err).toBe('');
  });
});

// User test 29, U29-11 (U1-9): one fact ("my first year on the job", "field training", "my FTO", "the academy") gave
// four id/self-affiliation warnings, so --max-warnings 2 failed one post. One finding per post, its cues listed in it.
describe('one id/self-affiliation finding per post', () => {
  const thread = '1/ long thread about my first year on the job\n2/ field training was brutal. my FTO was tough but fair\n3/ night shift taught me more than the academy\n';
  const cues = ['the job', 'field training', 'my FTO', 'the academy'];
  const selfAffiliation = (r: Report) => r.files[0].findings.filter((f) => f.ruleId === 'id/self-affiliation');

  it('counts one finding, lists every cue in it masked, and --max-warnings counts it once', async () => {
    const dir = folder({ 'thread.txt': thread });
    const { report } = await scanJson(['.', '--no-model'], dir);
    const [one, ...more] = selfAffiliation(report);
    expect(more).toEqual([]);
    expect(report.summary.byRule['id/self-affiliation']).toBe(1);
    expect(one.location).toMatchObject({ line: 1 });
    expect(one.related?.length).toBeGreaterThanOrEqual(3);
    expect(one.related?.map((r) => (r.location as { line: number }).line)).toEqual(expect.arrayContaining([2, 3]));
    for (const r of one.related ?? []) expect(r.evidence).toMatch(/\*/);
    expect(one.related?.map((r) => r.data?.pattern)).toEqual(expect.arrayContaining(['ACADEMY_OWN']));
    expect((await cli(['scan', '.', '--no-model', '--max-warnings', '1'], dir)).code).toBe(0);
    const text = (await cli(['scan', '.', '--no-model'], dir)).out;
    expect(text.match(/id\/self-affiliation/g)).toHaveLength(1);
    expect(text).toMatch(/also: 2:\d+ "f\*\*\*\* t\*\*\*\*\*\*\*"/);
    for (const format of ['json', 'html', 'sarif', 'junit', 'github']) {
      const raw = (await cli(['scan', '.', '--no-model', '-f', format], dir)).out;
      // (SARIF's rule help quotes the rule's own examples: its results carry no evidence)
      const out = format === 'sarif' ? JSON.stringify(JSON.parse(raw).runs[0].results) : raw;
      for (const cue of cues) expect(out, `${format}: ${cue}`).not.toContain(cue);
    }
    const shown = await scanJson(['.', '--no-model', '--show-evidence'], dir);
    expect(selfAffiliation(shown.report)[0].related?.map((r) => r.evidence)).toEqual(expect.arrayContaining(['field training', 'the academy']));
  });

  it('is one SARIF result with its other cues as related locations, one JUnit case, one github annotation', async () => {
    const dir = folder({ 'thread.txt': thread });
    const sarif = JSON.parse((await cli(['scan', '.', '--no-model', '-f', 'sarif'], dir)).out);
    const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'id/self-affiliation');
    expect(results).toHaveLength(1);
    expect(results[0].locations[0].physicalLocation.region.startLine).toBe(1);
    expect(results[0].relatedLocations.map((l: { physicalLocation: { region: { startLine: number } } }) => l.physicalLocation.region.startLine)).toEqual(
      expect.arrayContaining([2, 3]),
    );
    expect(results[0].relatedLocations[0].message.text).toMatch(/^another cue of this finding \([A-Z_]+\)$/);
    if (hasSarifSchema) expect(sarifValidator()(sarif)).toBe(true);
    const junit = (await cli(['scan', '.', '--no-model', '-f', 'junit'], dir)).out;
    expect(junit.match(/<testcase name="id\/self-affiliation/g)).toHaveLength(1);
    const github = (await cli(['scan', '.', '--no-model', '-f', 'github'], dir)).out;
    const annotations = github.split('\n').filter((l) => l.includes('title=clearpost id/self-affiliation'));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/line=1,.*Also at 2:\d+; 2:\d+; 3:\d+\./);
  });

  it('a baseline written when each cue was a finding, or a directive over any cue, still suppresses it', async () => {
    const dir = folder({ 'thread.txt': thread });
    const { report } = await scanJson(['.', '--no-model', '--show-evidence'], dir);
    const [one] = selfAffiliation(report);
    // the old baseline held one entry per cue: the one for "the academy" (a related cue now) matches the finding
    const academy = one.related!.find((r) => r.evidence === 'the academy')!;
    writeFileSync(join(dir, 'clearpost-suppressions.json'), JSON.stringify({ version: 1, suppressions: { 'thread.txt': { 'id/self-affiliation': { [academy.fingerprint]: 1 } } } }));
    const based = await scanJson(['.', '--no-model'], dir);
    expect(selfAffiliation(based.report)[0].suppressed?.kind).toBe('baseline');
    const inline = folder({ 'thread.txt': thread.replace('3/', '# clearpost:allow id/self-affiliation -- my own account, cleared with the PIO\n3/') });
    const allowed = await scanJson(['.', '--no-model', '--report-unused-disable-directives'], inline);
    expect(selfAffiliation(allowed.report)[0].suppressed).toEqual({ kind: 'inline', justification: 'my own account, cleared with the PIO' });
    expect(allowed.report.files[0].problems ?? []).toEqual([]);
  });
});

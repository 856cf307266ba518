// Outcomes a user relies on (issue 9): nothing silences an undercover finding, the summary never shows a tick over
// unread files and names the profile, -o never loses a report or overwrites an input, ids in the config are checked.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config.js';
import { applyBaseline, buildBaseline, emptyBaseline } from '../../src/core/suppress.js';
import type { Report } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const profile = resolve('fixtures/profile.yaml');

function tmp(): string {
  return tempDir('trust');
}

const cli = runCli;

const UNDERCOVER = 'roster:\n  - name: Marcus Delgado\n    undercover: true\n';

describe('undercover findings cannot be silenced', () => {
  // the file's first call loads the detectors and compromise's lexicon: room for a loaded shared machine
  it('ignores an inline allow comment and says so as a warning', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '.clearpost.yaml'), UNDERCOVER);
    writeFileSync(join(dir, 'post.txt'), 'clearpost:allow id/undercover -- he said it was fine\nSay hi to Marcus Delgado for me\n');
    const r = await cli(['check', 'post.txt', '-f', 'json'], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as Report;
    const f = report.files[0].findings.find((x) => x.ruleId === 'id/undercover');
    expect(f).toBeDefined();
    expect(f?.suppressed).toBeUndefined();
    expect(report.files[0].problems?.map((p) => p.code)).toContain('suppress/not-allowed');
  }, 20_000);

  it('ignores a blanket or wildcard directive for undercover too', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '.clearpost.yaml'), UNDERCOVER);
    writeFileSync(join(dir, 'post.md'), '<!-- clearpost-disable id/* -- all fine -->\nSay hi to Marcus Delgado for me\n<!-- clearpost-enable id/* -->\n');
    const report = JSON.parse((await cli(['check', 'post.md', '-f', 'json'], dir)).out) as Report;
    expect(report.files[0].findings.filter((x) => x.ruleId === 'id/undercover' && !x.suppressed)).toHaveLength(1);
  });

  it('refuses id/undercover lowered in the config with one line naming file:line and why', async () => {
    for (const sev of ['off', 'warning', 'info']) {
      expect(() => parseConfig(`severity:\n  pii/phone: off\n  id/undercover: ${sev}\n`, 'c.yaml')).toThrow(
        new RegExp(`^c\\.yaml:3: severity\\.id/undercover: cannot be ${sev}: a reference to an undercover member is always an error`),
      );
    }
    expect(parseConfig('severity:\n  id/undercover: error\n', 'c.yaml').severity).toEqual({ 'id/undercover': 'error' });
    const dir = tmp();
    writeFileSync(join(dir, '.clearpost.yaml'), `${UNDERCOVER}severity:\n  id/undercover: off\n`);
    writeFileSync(join(dir, 'post.txt'), 'Say hi to Marcus Delgado for me\n');
    const r = await cli(['check', 'post.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/\.clearpost\.yaml:5: severity\.id\/undercover: cannot be off/);
  });

  it('is never written to, nor suppressed by, a baseline', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '.clearpost.yaml'), UNDERCOVER);
    writeFileSync(join(dir, 'post.txt'), 'Say hi to Marcus Delgado for me. Call me at (555) 201-3344\n');
    const report = JSON.parse((await cli(['check', 'post.txt', '-f', 'json', '--fail-on', 'never'], dir)).out) as Report;
    const baseline = buildBaseline(report, emptyBaseline(join(dir, 'b.json')), { cwd: dir });
    expect(baseline.entries.map((e) => e.ruleId)).not.toContain('id/undercover');
    // Even a hand-written entry for it does nothing.
    const undercover = report.files[0].findings.find((f) => f.ruleId === 'id/undercover')!;
    baseline.entries.push({ path: 'post.txt', ruleId: 'id/undercover', fingerprint: undercover.fingerprint, count: 1 });
    const applied = applyBaseline(report, baseline, { cwd: dir }).report;
    expect(applied.files[0].findings.find((f) => f.ruleId === 'id/undercover')?.suppressed).toBeUndefined();
    expect(applied.files[0].findings.find((f) => f.ruleId === 'pii/phone')?.suppressed).toEqual({ kind: 'baseline' });
  });
});

describe('the summary tells the truth', () => {
  it('shows no tick when a file could not be read, and counts it as unreadFiles', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ok.txt'), 'Beautiful sunset tonight.\n');
    writeFileSync(join(dir, 'draft.md'), 'Sunset ![](missing.jpg)\n');
    const stylish = await cli(['scan', '.', '--no-color'], dir);
    expect(stylish.code).toBe(2);
    expect(stylish.out).not.toContain('✔');
    // a file that could not be read is never called screened
    expect(stylish.out).toMatch(/in 2 files, 0 with findings, 1 could not be read \(wholly or in part\)/);
    const json = JSON.parse((await cli(['scan', '.', '-f', 'json'], dir)).out) as Report;
    expect(json.summary.unreadFiles).toBe(1);
    expect(json.summary).not.toHaveProperty('errors');
  });

  it('names the profile in use, or says there is none', async () => {
    const bare = tmp();
    const none = await cli(['check', '--text', 'Beautiful sunset tonight.', '--no-color'], bare);
    expect(none.out).toMatch(/no agency profile/);
    expect(none.out).toMatch(/clearpost init/);
    expect((JSON.parse((await cli(['check', '--text', 'x', '-f', 'json'], bare)).out) as Report).summary.profile).toBeNull();
    const withProfile = await cli(['check', '--text', 'Beautiful sunset tonight.', '--no-color', '--config', profile]);
    expect(withProfile.out).toMatch(/profile fixtures[\\/]profile\.yaml/);
    expect(withProfile.out).not.toMatch(/no agency profile/);
  });

  it('lists findings in reading order', async () => {
    const text = 'Text me at (555) 201-3344\nParty at 1423 Elm Street tonight\nborn June 14, 1986';
    const report = JSON.parse((await cli(['check', '--text', text, '-f', 'json', '--config', profile])).out) as Report;
    const lines = report.files[0].findings.map((f) => (f.location as { line: number }).line);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('lists directive problems among the findings by line', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'post.txt'), 'Party at 1423 Elm Street tonight\nclearpost:allow pii/nonsense -- typo\nText me at (555) 201-3344\n');
    const r = await cli(['check', 'post.txt', '--no-color', '--config', profile], dir);
    const rows = r.out.split('\n').filter((l) => /^\s+\d+:\d+/.test(l)).map((l) => l.trim().split(/\s+/)[0]);
    expect(rows).toEqual(['1:10', '2:1', '3:12']);
  });

  it('reads standard input for `check -`', async () => {
    const r = await cli(['check', '-', '-f', 'json', '--config', profile], process.cwd(), 'Party at 1423 Elm Street tonight');
    const report = JSON.parse(r.out) as Report;
    expect(report.files.map((f) => f.path)).toEqual(['<stdin>']);
    expect(report.files[0].findings.map((f) => f.ruleId)).toContain('pii/address');
  });
});

describe('-o', () => {
  it('creates missing folders', async () => {
    const dir = tmp();
    const r = await cli(['check', '--text', 'Beautiful sunset tonight.', '-f', 'json', '-o', 'reports/deep/out.json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'reports/deep/out.json'), 'utf8')).summary.files).toBe(1);
  });

  it('refuses to overwrite an input, before screening, with one line and exit 2', async () => {
    const dir = tmp();
    const draft = 'Party at 1423 Elm Street tonight\n';
    writeFileSync(join(dir, 'post.txt'), draft);
    writeFileSync(join(dir, 'pic.md'), '![](post.txt)\n');
    for (const argv of [
      ['check', 'post.txt', '-o', 'post.txt'],
      ['check', 'post.txt', '-o', './sub/../post.txt'],
      ['scan', '.', '-o', 'post.txt'],
    ]) {
      const r = await cli(argv, dir);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(/refusing to write the report over an input file/);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(join(dir, 'post.txt'), 'utf8')).toBe(draft);
    }
  });

  it('gives one line, not a stack trace, when the report cannot be written', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'file'), 'x');
    const r = await cli(['check', '--text', 'hello', '-o', 'file/out.json'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write the report to file\/out\.json: a part of the path is a file, not a folder\n$/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'file'))).toBe(true);
    // sanitize's --out naming a file: one line, not "internal error: ENOTDIR" (user test 27, U3-18)
    writeFileSync(join(dir, 'post.txt'), 'Call me at 555-201-8831');
    const s = await cli(['sanitize', 'post.txt', '--out', 'file'], dir);
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/^clearpost: cannot write file\/post\.txt: a part of the path is a file, not a folder$/m);
    expect(s.err).not.toMatch(/internal error/);
  });

  // User test 27, U3-18: Node's recursive mkdir never returns under /proc, and a CI step spun for ten minutes.
  it.runIf(existsSync('/proc/self'))('fails at once when the folder for the report cannot be made', async () => {
    const r = await cli(['check', '--text', 'hello', '-o', '/proc/clearpost-nope/out.sarif', '-f', 'sarif'], tmp());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/cannot write the report to \/proc\/clearpost-nope\/out\.sarif: no such file or directory/);
  });
});

describe('the config names real rules and packs', () => {
  it('rejects a misspelt rule id with its line and a suggestion', () => {
    expect(() => parseConfig('context: personal\nseverity:\n  conduct/profanty: error\n', 'c.yaml')).toThrow(
      /^c\.yaml:3: severity\.conduct\/profanty: unknown rule id \(did you mean "conduct\/profanity"\?\)$/,
    );
  });

  it('rejects an unknown policy pack id with its line and a suggestion, and accepts pack paths', () => {
    const ids = ['nypd', 'takoma-park', 'new-haven', 'massachusetts'];
    expect(() => parseConfig('policy: [nypd, takoma_park]\n', 'c.yaml', { policyIds: ids })).toThrow(/^c\.yaml:1: policy: unknown policy pack "takoma_park" \(did you mean "takoma-park"\?\)/);
    expect(() => parseConfig('policy:\n  - nypd\n  - massachusets\n', 'c.yaml', { policyIds: ids })).toThrow(/c\.yaml:3: .*did you mean "massachusetts"/);
    expect(parseConfig('policy: [nypd, ./packs/ours.yaml]\n', 'c.yaml', { policyIds: ids }).policy).toEqual(['nypd', './packs/ours.yaml']);
  });

  it('suggests the nearest key for a misspelt key', () => {
    expect(() => parseConfig('severty:\n  pii/phone: off\n', 'c.yaml')).toThrow(/c\.yaml:1: severty: unknown key \(did you mean "severity"\?\)/);
    expect(() => parseConfig('agency:\n  nmes: [X]\n', 'c.yaml')).toThrow(/c\.yaml:2: agency\.nmes: unknown key \(did you mean "names"\?\)/);
  });

  it('gives YAML syntax errors a line', () => {
    expect(() => parseConfig('context: personal\npolicy: [nypd\nseverity:\n  pii/phone: off\n', 'c.yaml')).toThrow(/^c\.yaml:\d+: invalid YAML/);
  });

  it('reaches the CLI as one line with exit 2', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '.clearpost.yaml'), 'severity:\n  conduct/profanty: error\n');
    const r = await cli(['check', '--text', 'hello'], dir);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^clearpost: .*\.clearpost\.yaml:2: severity\.conduct\/profanty: unknown rule id \(did you mean "conduct\/profanity"\?\)$/);
  });
});

describe('rules and explain honour --config', () => {
  it('uses the config\'s packs and shows its severity overrides', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'c.yaml'), 'policy: [massachusetts]\nseverity:\n  conduct/profanity: info\n');
    const rules = JSON.parse((await cli(['rules', '--config', 'c.yaml', '-f', 'json'], dir)).out) as { packs: { id: string }[]; severityOverrides: object };
    expect(rules.packs.map((p) => p.id)).toEqual(['massachusetts']);
    expect(rules.severityOverrides).toEqual({ 'conduct/profanity': 'info' });
    const text = await cli(['explain', 'conduct/profanity', '--config', 'c.yaml'], dir);
    expect(text.out).toMatch(/sets this rule to: info/);
    expect(text.out).not.toMatch(/^nypd /m);
  });
});

// No leaks, no side effects: the CLI runs with the network made unavailable; every format masks the evidence; the
// cache holds no raw evidence; check, scan and sanitize never modify an input and write only under -o, --out and
// the cache.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { tempDir } from '../helpers/tmp.js';

const BIN = resolve('bin/clearpost.js');
const NO_NETWORK = resolve('test/helpers/no-network.mjs');
const PROFILE = resolve('fixtures/profile.yaml');
const TEXT_SAMPLES = ['01-housewarming.txt', '03-undercover-slip.txt', '06-case-talk.txt', '09-birthday.txt'];

/** A copy of some text samples (drafts only: fast) in a fresh folder. */
function workspace(): string {
  const dir = tempDir('leaks');
  for (const name of TEXT_SAMPLES) cpSync(resolve('fixtures/samples', name), join(dir, 'drafts', name));
  return dir;
}

/** Offline run of the built CLI: net, tls, dns, http(s) and fetch throw if anything tries them. */
function offline(args: string[], cwd: string) {
  return spawnSync(process.execPath, ['--import', NO_NETWORK, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CLEARPOST_NO_MODEL: process.env.CLEARPOST_NO_MODEL ?? '' },
  });
}

/** Path -> sha256 of every file under `dir`. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('offline, masked, side-effect free', () => {
  it('runs with the network unavailable and finds what it finds online', { timeout: 120_000 }, () => {
    const cwd = workspace();
    const r = offline(['scan', 'drafts', '--config', PROFILE, '-f', 'json'], cwd);
    expect(r.stderr).not.toMatch(/network access attempted/);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files.flatMap((f) => f.findings.map((x) => x.ruleId))).toEqual(expect.arrayContaining(['pii/address', 'id/undercover']));
    // The preload does bite: a run that fetches fails.
    const probe = spawnSync(process.execPath, ['--import', NO_NETWORK, '-e', "fetch('http://127.0.0.1:9')"], { encoding: 'utf8' });
    expect(probe.status).not.toBe(0);
  });

  it('masks evidence in every format and keeps raw evidence out of the cache', { timeout: 180_000 }, () => {
    const cwd = workspace();
    const raw = JSON.parse(offline(['scan', 'drafts', '--config', PROFILE, '-f', 'json', '--show-evidence'], cwd).stdout) as Report;
    const secrets = raw.files.flatMap((f) => f.findings.map((x) => x.evidence)).filter((e) => e.length >= 8);
    expect(secrets.length).toBeGreaterThan(3);
    const clean = tempDir('clean');
    writeFileSync(join(clean, 'sunset.txt'), 'Beautiful sunset tonight.\n');
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github', 'html']) {
      const out = offline(['scan', 'drafts', '--config', PROFILE, '-f', format, '--cache'], cwd).stdout;
      expect(out.length, format).toBeGreaterThan(0);
      // Rule help quotes examples ("turns 6 today"): what a report of a clean draft already says is not a leak.
      const boilerplate = offline(['scan', '.', '--config', PROFILE, '-f', format], clean).stdout;
      for (const s of secrets) if (!boilerplate.includes(s)) expect(out, `${format} leaks "${s}"`).not.toContain(s);
    }
    const cache = readFileSync(join(cwd, '.clearpostcache'), 'utf8');
    expect(cache.length).toBeGreaterThan(0);
    for (const s of secrets) expect(cache, `cache holds "${s}"`).not.toContain(s);
  });

  it('never modifies an input, and writes only under -o, --out and the cache', { timeout: 180_000 }, () => {
    const cwd = workspace();
    const before = snapshot(cwd);
    offline(['check', 'drafts/01-housewarming.txt', '--config', PROFILE], cwd);
    offline(['scan', 'drafts', '--config', PROFILE, '--cache', '-f', 'json', '-o', 'reports/scan.json'], cwd);
    offline(['sanitize', 'drafts', '--config', PROFILE, '--out', 'clean'], cwd);
    const after = snapshot(cwd);
    for (const [path, hash] of before) expect(after.get(path), path).toBe(hash);
    const added = [...after.keys()].filter((p) => !before.has(p));
    expect(added.length).toBeGreaterThan(0);
    for (const p of added) expect(p, `unexpected file ${p}`).toMatch(/^(?:reports[\\/]|clean[\\/]|\.clearpostcache$)/);
    expect(statSync(join(cwd, 'reports/scan.json')).size).toBeGreaterThan(0);
  });
});

// Drives the built CLI as a user would (npm test builds first).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Four minutes each: the scans read pictures, and on the shared machine (load average 18 on 2 cores) one took over 60 s.
// The OCR time limit is 120 s so a loaded machine does not cut the name tag's reading short (the default is 5 s).
describe('bin/clearpost.js', () => {
  it('scans the bundled samples', { timeout: 240_000 }, () => {
    const run = spawnSync(process.execPath, ['bin/clearpost.js', 'scan', 'fixtures/samples', '--config', 'fixtures/profile.yaml', '--format', 'json', '--ocr-time-limit', '120'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] };
    const rules = (name: string) => report.files.find((f) => f.path.endsWith(name))?.findings.map((f) => f.ruleId) ?? [];
    expect(rules('05-clean-sunset.txt')).toEqual([]);
    expect(rules('03-undercover-slip.txt')).toContain('id/undercover');
    expect(rules('01-housewarming.txt')).toEqual(expect.arrayContaining(['pii/address', 'pii/phone']));
    const bundle = report.files.find((f) => f.path.endsWith('10-roll-call/post.md')) as unknown as {
      attachments: string[];
      findings: { ruleId: string; attachment?: string }[];
    };
    expect(bundle.attachments).toHaveLength(2);
    expect(bundle.findings.filter((f) => f.attachment?.endsWith('after-shift.jpg')).map((f) => f.ruleId)).toContain('image/gps');
    expect(bundle.findings.filter((f) => f.attachment?.endsWith('name-tag.png')).map((f) => f.ruleId)).toContain('id/coworker');
  });

  it('never repeats evidence in a message', { timeout: 240_000 }, () => {
    const run = spawnSync(process.execPath, ['bin/clearpost.js', 'scan', 'fixtures/samples', '--config', 'fixtures/profile.yaml', '--format', 'json', '--show-evidence', '--ocr-time-limit', '120'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { files: { findings: { ruleId: string; message: string; evidence: string }[] }[] };
    const findings = report.files.flatMap((f) => f.findings);
    expect(findings.length).toBeGreaterThan(20);
    for (const f of findings) {
      // GPS messages give the position rounded to ~1 km on purpose; the exact value stays in the evidence.
      // Short generic words ("POLICE") can appear in any sentence about the rule; names and numbers are longer.
      if (f.ruleId === 'image/gps' || f.evidence.length < 8) continue;
      expect(f.message.toLowerCase(), f.ruleId).not.toContain(f.evidence.toLowerCase());
    }
  });

  it('prints its version and help', () => {
    expect(spawnSync(process.execPath, ['bin/clearpost.js', '--version'], { encoding: 'utf8' }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = spawnSync(process.execPath, ['bin/clearpost.js', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/check/);
    expect(help.stdout).toMatch(/scan/);
  });

  // compromise takes ~0.5 s to load and sharp loads libvips: a one-line check of a post that names nobody and has no
  // picture must pay for neither.
  it('loads compromise and sharp only for a post that needs them', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearpost-probe-'));
    try {
      const probe = join(dir, 'probe.cjs');
      writeFileSync(
        probe,
        "process.on('exit', () => { const ks = Object.keys(require.cache); for (const m of ['compromise', 'sharp']) process.stderr.write(m + ' loaded: ' + ks.some((k) => k.includes('node_modules/' + m + '/')) + '\\n'); });",
      );
      const check = (text: string) =>
        spawnSync(process.execPath, ['--require', probe, 'bin/clearpost.js', 'check', '--text', text, '--config', 'fixtures/profile.yaml', '--no-model'], { encoding: 'utf8' });
      const clean = check('nice day at the beach, back Monday');
      expect(clean.status).toBe(0);
      expect(clean.stderr).toContain('compromise loaded: false');
      expect(clean.stderr).toContain('sharp loaded: false');
      const named = check('coffee with Sgt. Renee Whitfield before the tour');
      expect(named.status).toBe(1);
      expect(named.stderr).toContain('compromise loaded: true');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // User test 27, U3-1: `cat /dev/zero | clearpost check -` grew to 3 GB in 31 s; standard input now stops at the cap.
  it('stops reading standard input past the 5 MiB draft cap: one line, exit 2', { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, ['bin/clearpost.js', 'check', '-', '--no-model', '-f', 'json'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stdin.on('error', () => undefined); // EPIPE once clearpost stops reading
    const chunk = Buffer.alloc(1 << 20, 'a');
    let written = 0;
    const code = await new Promise<number | null>((done) => {
      child.on('close', done);
      const pump = () => {
        // 200 MiB at most, as fast as the reader takes it: the test fails by its timeout if nothing stops reading
        while (written < 200 && !child.stdin.destroyed && child.stdin.write(chunk)) written++;
        if (written < 200 && !child.stdin.destroyed) child.stdin.once('drain', () => (written++, pump()));
        else child.stdin.end();
      };
      pump();
    });
    expect(code).toBe(2);
    expect(written).toBeLessThan(200);
    expect((JSON.parse(out) as { files: { error?: string }[] }).files[0]!.error).toMatch(/^standard input is over the 5 MiB limit/);
  });
});

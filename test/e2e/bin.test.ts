// Drives the built CLI as a user would (npm test builds first).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('bin/clearpost.js', () => {
  it('scans the bundled samples', () => {
    const run = spawnSync(process.execPath, ['bin/clearpost.js', 'scan', 'fixtures/samples', '--config', 'fixtures/profile.yaml', '--format', 'json'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] };
    const rules = (name: string) => report.files.find((f) => f.path.endsWith(name))?.findings.map((f) => f.ruleId) ?? [];
    expect(rules('05-clean-sunset.txt')).toEqual([]);
    expect(rules('03-undercover-slip.txt')).toContain('id/undercover');
    expect(rules('01-housewarming.txt')).toEqual(expect.arrayContaining(['pii/address', 'pii/phone']));
  });

  it('prints its version and help', () => {
    expect(spawnSync(process.execPath, ['bin/clearpost.js', '--version'], { encoding: 'utf8' }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = spawnSync(process.execPath, ['bin/clearpost.js', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/check/);
    expect(help.stdout).toMatch(/scan/);
  });
});

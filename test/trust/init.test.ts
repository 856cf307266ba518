// `clearpost init` writes a commented profile the config parser accepts, with the department's own pack.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { packsForAgency } from '../../src/core/init.js';
import type { Report } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const PACKS = ['massachusetts', 'new-haven', 'nypd', 'takoma-park'];

describe('packsForAgency', () => {
  it('picks the pack the agency name points to, and none for an unknown agency', () => {
    expect(packsForAgency(['Takoma Park Police Department'], PACKS)).toEqual(['takoma-park']);
    expect(packsForAgency(['New York City Police Department'], PACKS)).toEqual(['nypd']);
    expect(packsForAgency(['NYPD'], PACKS)).toEqual(['nypd']);
    expect(packsForAgency(['New Haven Department of Police Service'], PACKS)).toEqual(['new-haven']);
    expect(packsForAgency(['Harbor City Police Department', 'HCPD'], PACKS)).toEqual([]);
  });
});

describe('clearpost init', () => {
  it('writes a commented profile with names, handles, numbers and a roster CSV, and screening then uses it', async () => {
    const dir = tempDir('init');
    writeFileSync(join(dir, 'roster.csv'), 'name,rank,undercover\nRenee Whitfield,Sergeant,false\nMarcus Delgado,,true\n');
    const r = await runCli(
      ['init', '--name', 'Takoma Park Police Department', '--name', 'TPPD', '--handle', '@TakomaParkPD', '--phone', '(555) 014-3000', '--roster', 'roster.csv'],
      dir,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/policy: takoma-park; roster roster\.csv, 2 members/);
    const text = readFileSync(join(dir, '.clearpost.yaml'), 'utf8');
    expect(text.split('\n').filter((l) => l.trim().startsWith('#')).length).toBeGreaterThan(10);
    const config = loadConfig(join(dir, '.clearpost.yaml'));
    expect(config.policy).toEqual(['takoma-park']);
    expect(config.profile.agency.official_accounts).toEqual(['@TakomaParkPD']);
    expect(config.profile.agency.phone_numbers).toEqual(['(555) 014-3000']);
    expect(config.profile.roster.map((m) => m.name)).toEqual(['Renee Whitfield', 'Marcus Delgado']);

    const check = await runCli(['check', '--text', 'Say hi to Marcus Delgado. Call us at (555) 014-3000', '-f', 'json'], dir);
    const report = JSON.parse(check.out) as Report;
    expect(report.summary.profile).toBe('.clearpost.yaml');
    expect(report.files[0].findings.map((f) => f.ruleId)).toEqual(['id/undercover']);
  });

  it('writes where -o, --output-file says, as the other commands name it, and still takes the older --output', async () => {
    const dir = tempDir('init-out');
    for (const [flag, file] of [['-o', 'a.yaml'], ['--output-file', 'b.yaml'], ['--output', 'c.yaml']] as const) {
      const r = await runCli(['init', '--name', 'Harbor City Police Department', flag, file], dir);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`wrote ${file}`);
      expect(loadConfig(join(dir, file)).profile.agency.names).toEqual(['Harbor City Police Department']);
    }
    expect((await runCli(['init', '--help'], dir)).out).toMatch(/-o, --output-file <file>/);
  });

  it('refuses to replace an existing profile without --force', async () => {
    const dir = tempDir('init');
    writeFileSync(join(dir, '.clearpost.yaml'), 'context: official\n');
    const r = await runCli(['init', '--name', 'X PD'], dir);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, '.clearpost.yaml'), 'utf8')).toBe('context: official\n');
    expect((await runCli(['init', '--name', 'X PD', '--force'], dir)).code).toBe(0);
    expect(loadConfig(join(dir, '.clearpost.yaml')).policy).toBeUndefined();
  });
});

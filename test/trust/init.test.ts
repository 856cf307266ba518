// `clearpost init` writes a commented profile the config parser accepts, with the department's own pack.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { identifiers, packsForAgency } from '../../src/core/init.js';
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
    expect(config.fingerprintKey).toMatch(/^[0-9a-f]{32}$/);

    const check = await runCli(['check', '--text', 'Say hi to Marcus Delgado. Call us at (555) 014-3000', '-f', 'json'], dir);
    const report = JSON.parse(check.out) as Report;
    expect(report.summary.profile).toBe('.clearpost.yaml');
    expect(report.files[0].findings.map((f) => f.ruleId)).toEqual(['id/undercover']);
    expect(report.files[0].findings[0].evidence).toBe('[undercover member]');
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

  // User test 29, U29-18: init --help named the roster columns name,rank,handles,consent,undercover,photos, the README
  // ...,undercover[,surname_is_word]; both take every column the reader takes, from one string.
  it('names the roster CSV columns as the README does, and the reader takes them all', async () => {
    const dir = tempDir('init-columns');
    const help = (await runCli(['init', '--help'], dir)).out.replace(/\s+/g, ' ');
    expect(help).toContain('name,rank,handles,consent,undercover[,photos][,surname_is_word][,aliases]');
    expect(readFileSync('README.md', 'utf8')).toContain('(columns name,rank,handles,consent,undercover[,photos][,surname_is_word][,aliases];');
    writeFileSync(join(dir, 'roster.csv'), 'name,rank,handles,consent,undercover,photos,surname_is_word\nLeopold Hale,Sergeant,@lhale,false,true,hale.jpg,true\n');
    writeFileSync(join(dir, 'p.yaml'), 'roster: roster.csv\n');
    const [member] = loadConfig(join(dir, 'p.yaml')).profile.roster;
    expect(member).toMatchObject({ name: 'Leopold Hale', undercover: true, surname_is_word: true, photos: [join(dir, 'hale.jpg')] });
  });

  // User test 24 #14: --policy naming no bundled pack blamed line 36 of a .clearpost.yaml that was never written.
  it('checks --policy before writing: one line listing the packs, a bundled id in any case, and says what applies', async () => {
    const dir = tempDir('init-policy');
    const bad = await runCli(['init', '--name', 'Springfield PD', '--policy', 'springfield'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe(
      'clearpost: init --policy: unknown policy pack "springfield" (bundled packs: massachusetts, new-haven, nypd, takoma-park; or a path to a pack file); nothing written\n',
    );
    expect(existsSync(join(dir, '.clearpost.yaml'))).toBe(false);
    expect((await runCli(['init', '--policy', 'nypd,NYPD', '--policy', 'Takoma-Park'], dir)).code).toBe(0);
    expect(loadConfig(join(dir, '.clearpost.yaml')).policy).toEqual(['nypd', 'takoma-park']);
    const none = await runCli(['init', '--name', 'Springfield PD', '--force'], dir);
    expect(none.out).toContain('no pack matched the name, so every bundled pack applies (massachusetts, new-haven, nypd, takoma-park); choose with --policy');
  });

  // User test 30, U30-3: init chose takoma-park alone and said nothing of the rules it leaves out.
  it('says which rule families the chosen pack leaves out, which second pack maps them, and what it turns off on the official account', async () => {
    const dir = tempDir('init-gaps');
    const r = await runCli(['init', '--name', 'Takoma Park Police Department'], dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('takoma-park has no clause for pii/*, id/badge-number, id/department-moniker, id/self-affiliation, conduct/political, image/gps');
    expect(r.out).toContain('lists what it finds as info, with no clause');
    expect(r.out).toMatch(/add a second pack \(nypd maps pii\/\*, [^)]*\): `policy: \[takoma-park, nypd\]` in the profile/);
    expect(r.out).toMatch(/On the official account takoma-park also turns off id\/coworker, case\/\*/);
    const text = readFileSync(join(dir, '.clearpost.yaml'), 'utf8');
    expect(text).toMatch(/^# takoma-park has no clause for pii\/\*/m);
    expect(loadConfig(join(dir, '.clearpost.yaml')).policy).toEqual(['takoma-park']);
    // every bundled pack together leaves nothing out: nothing said
    const all = await runCli(['init', '--name', 'Harbor City Police Department', '-o', 'all.yaml'], dir);
    expect(all.out).not.toContain('has no clause for');
  });

  // User test 30, U30-14: "Brookhaven Falls Police Department" gave [ bfpd ] only, so @brookhavenfalls_hank passed; and
  // the template had no addresses: key the README documents.
  it('derives the town joined with pd and police, the long town name alone, and writes the addresses key', async () => {
    const dir = tempDir('init-town');
    expect((await runCli(['init', '--name', 'Brookhaven Falls Police Department', '--handle', '@BrookhavenFallsPD'], dir)).code).toBe(0);
    const config = loadConfig(join(dir, '.clearpost.yaml'));
    expect(config.profile.agency.identifiers).toEqual(['bfpd', 'brookhavenfallspd', 'brookhavenfallspolice', 'brookhavenfalls']);
    expect(readFileSync(join(dir, '.clearpost.yaml'), 'utf8')).toMatch(/^ {2}# addresses: \["100 Main Street"\]$/m);
    const check = await runCli(['check', '--no-model', '-f', 'json', '--text', 'Follow me @brookhavenfalls_hank for more'], dir);
    expect((JSON.parse(check.out) as Report).files[0].findings.map((f) => f.ruleId)).toContain('id/department-moniker');
    // a short town name alone is any resident's (README): only its joined forms
    expect(identifiers(['Harbor City Police Department'])).toEqual(['hcpd', 'hpd', 'harborcitypd', 'harborcitypolice']);
  });

  // User test 27, U2-4 (s25 P1-6): "Marlow Falls PD" gave the fragment "mfp"; a word in capitals is an acronym already.
  it('takes an acronym word whole in the handle fragments it derives', async () => {
    const dir = tempDir('init-ids');
    expect((await runCli(['init', '--name', 'Marlow Falls Police Department', '--name', 'Marlow Falls PD', '--name', 'MFPD'], dir)).code).toBe(0);
    expect(loadConfig(join(dir, '.clearpost.yaml')).profile.agency.identifiers).toEqual(['mfpd', 'marlowfallspd', 'marlowfallspolice']);
    expect((await runCli(['init', '--force', '--name', "Calder County Sheriff's Office"], dir)).code).toBe(0);
    expect(loadConfig(join(dir, '.clearpost.yaml')).profile.agency.identifiers).toEqual(['ccso', 'cso']);
  });

  // User test 27, U2-6: the README's CI job reads a committed profile, which then carried the private key.
  it('says the file holds a private key, and with --no-key leaves it out and prints it for CLEARPOST_FINGERPRINT_KEY', async () => {
    const dir = tempDir('init-key');
    const keyed = await runCli(['init', '--name', 'X PD'], dir);
    expect(keyed.out).toMatch(/holds a private fingerprint_key: commit it only where the roster may go/);
    expect(loadConfig(join(dir, '.clearpost.yaml')).fingerprintKey).toMatch(/^[0-9a-f]{32}$/);
    const bare = await runCli(['init', '--force', '--no-key', '--name', 'X PD'], dir);
    expect(bare.code, bare.err).toBe(0);
    const printed = /CLEARPOST_FINGERPRINT_KEY=([0-9a-f]{32}) /.exec(bare.out)?.[1];
    expect(printed).toBeDefined();
    const text = readFileSync(join(dir, '.clearpost.yaml'), 'utf8');
    expect(text).not.toContain(printed);
    expect(text).not.toMatch(/^fingerprint_key:/m);
    expect(loadConfig(join(dir, '.clearpost.yaml')).fingerprintKey).toBeUndefined();
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

describe('fingerprint_key (user test 24, #1: a fingerprint was a plain hash of the phone number or name it found)', () => {
  const draft = 'Call me on 555-203-8816 tonight';
  it('keys the fingerprints in JSON and SARIF, and says so when a profile has no key', async () => {
    const dir = tempDir('fpkey');
    writeFileSync(join(dir, 'plain.yaml'), 'context: personal\n');
    writeFileSync(join(dir, 'keyed.yaml'), 'fingerprint_key: 0f1e2d3c4b5a69788796a5b4c3d2e1f0\n');
    const fp = (out: string) => (JSON.parse(out) as Report).files[0].findings.find((f) => f.ruleId === 'pii/phone')!.fingerprint;
    const plain = await runCli(['check', '--config', 'plain.yaml', '--no-model', '--text', draft, '-f', 'json'], dir);
    expect(plain.err).toMatch(/^clearpost: note: the JSON report carries finding fingerprints that are plain hashes[^\n]*fingerprint_key[^\n]*\n$/);
    const keyed = await runCli(['check', '--config', 'keyed.yaml', '--no-model', '--text', draft, '-f', 'json'], dir);
    expect(keyed.err).toBe('');
    expect(fp(keyed.out)).not.toBe(fp(plain.out));
    const sarif = await runCli(['check', '--config', 'keyed.yaml', '--no-model', '--text', draft, '-f', 'sarif'], dir);
    expect(sarif.out).toContain(fp(keyed.out));
    expect(sarif.out).not.toContain(fp(plain.out));
    // CLEARPOST_FINGERPRINT_KEY keys a profile that has none (a CI secret), and a short one is refused.
    process.env.CLEARPOST_FINGERPRINT_KEY = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
    try {
      const env = await runCli(['check', '--config', 'plain.yaml', '--no-model', '--text', draft, '-f', 'json'], dir);
      expect(env.err).toBe('');
      expect(fp(env.out)).toBe(fp(keyed.out));
      process.env.CLEARPOST_FINGERPRINT_KEY = 'short';
      const bad = await runCli(['check', '--config', 'plain.yaml', '--no-model', '--text', draft, '-f', 'json'], dir);
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/CLEARPOST_FINGERPRINT_KEY is shorter than 16 characters/);
    } finally {
      delete process.env.CLEARPOST_FINGERPRINT_KEY;
    }
  });

  it('refuses a key too short to protect anything, naming the line', async () => {
    const dir = tempDir('fpkey-short');
    writeFileSync(join(dir, 'p.yaml'), 'context: personal\nfingerprint_key: abc\n');
    expect(() => loadConfig(join(dir, 'p.yaml'))).toThrow(/p\.yaml.*2.*fingerprint_key.*16 characters or more/);
  });
});

describe('CLEARPOST_ROSTER (user test 25, P1-7: CI could not be given the roster without committing the undercover list)', () => {
  const draft = 'Great work on the raid last night, Carla Vandeventer!';
  const rosterCsv = 'name,rank,handles,undercover\nCarla Vandeventer,Deputy,@carla_vdv,true\n';
  const rulesOf = (out: string) => (JSON.parse(out) as Report).files.flatMap((f) => f.findings.map((x) => x.ruleId));

  it("takes the roster from the file it names in place of the profile's, so the profile's may be absent", async () => {
    const dir = tempDir('roster-env');
    const secret = tempDir('roster-secret');
    writeFileSync(join(dir, 'p.yaml'), 'context: personal\nroster: roster.csv\n');
    writeFileSync(join(secret, 'roster.csv'), rosterCsv);
    const missing = await runCli(['check', '--config', 'p.yaml', '--no-model', '--text', draft], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/p\.yaml:2: roster: cannot read roster CSV roster\.csv \(ENOENT\); .*CLEARPOST_ROSTER/);
    process.env.CLEARPOST_ROSTER = join(secret, 'roster.csv');
    try {
      const json = await runCli(['check', '--config', 'p.yaml', '--no-model', '--text', draft, '-f', 'json'], dir);
      expect(rulesOf(json.out)).toContain('id/undercover');
      // No profile at all: the roster still comes from the environment.
      const bare = await runCli(['check', '--no-model', '--text', draft, '-f', 'json'], tempDir('roster-bare'));
      expect(rulesOf(bare.out)).toContain('id/undercover');
      process.env.CLEARPOST_ROSTER = join(secret, 'nope.csv');
      const bad = await runCli(['check', '--config', 'p.yaml', '--no-model', '--text', draft], dir);
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/nope\.csv: CLEARPOST_ROSTER: cannot read roster CSV \(ENOENT\)/);
    } finally {
      delete process.env.CLEARPOST_ROSTER;
    }
  });
});

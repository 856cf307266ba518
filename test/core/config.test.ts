import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, findConfig, loadConfig, parseConfig, withRoster } from '../../src/core/config.js';
import { ConfigError } from '../../src/core/errors.js';
import { screenTextForEval } from '../../src/scripts/eval-screen.js';
import { tempDir } from '../helpers/tmp.js';

function configError(text: string): ConfigError {
  try {
    parseConfig(text, 'agency.yaml');
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('loads the fixtures profile', () => {
    const config = loadConfig('fixtures/profile.yaml');
    expect(config.profile.agency.names).toContain('Harbor City Police Department');
    expect(config.context).toBe('personal');
    const undercover = config.profile.roster.filter((m) => m.undercover).map((m) => m.name);
    expect(undercover).toEqual(['Marcus Delgado']);
    expect(config.profile.roster.find((m) => m.name === 'Hannah Okafor')?.consent).toBe(true);
    expect(config.profile.agency.sensitive_places[0].radius_m).toBe(150);
  });

  it('names the file, line and key of a bad value', () => {
    const err = configError('agency:\n  names: ["X PD"]\ncontext: public\n');
    expect(err.line).toBe(3);
    expect(err.key).toBe('context');
    expect(err.message).toMatch(/^agency\.yaml:3: context: /);
  });

  it("reads the agency's region as a country code the phone metadata knows", () => {
    expect(parseConfig('agency:\n  region: au\n', 'agency.yaml').profile.agency.region).toBe('AU');
    const err = configError('agency:\n  names: [a]\n  region: Narnia\n');
    expect(err.key).toBe('agency.region');
    expect(err.line).toBe(3);
  });

  it('rejects unknown keys with their line', () => {
    const err = configError('agency:\n  names: [a]\n  nmes: [b]\n');
    expect(err.line).toBe(3);
    expect(err.key).toBe('agency.nmes');
  });

  it('rejects a roster member without a name and a non-boolean flag', () => {
    expect(configError('roster:\n  - rank: Sergeant\n').key).toBe('roster[0].name');
    const err = configError('roster:\n  - name: A B\n    undercover: yes please\n');
    expect(err.key).toBe('roster[0].undercover');
    expect(err.line).toBe(3);
  });

  it('reports invalid YAML with a line', () => {
    const err = configError('agency: [\n');
    expect(err.message).toMatch(/invalid YAML/);
  });

  it('validates severity overrides', () => {
    expect(parseConfig('severity:\n  conduct/profanity: off\n', 'c.yaml').severity).toEqual({ 'conduct/profanity': 'off' });
    expect(configError('severity:\n  conduct/profanity: loud\n').key).toBe('severity.conduct/profanity');
  });

  it('reads a roster CSV relative to the config file', () => {
    const dir = tempDir('config');
    writeFileSync(join(dir, 'roster.csv'), 'name,rank,handles,consent,undercover\n"Lee, Ann",Sergeant,@ann_l;@annlee,yes,\nBo Chen,,@bchen,,true\n');
    writeFileSync(join(dir, '.clearpost.yaml'), 'roster: roster.csv\n');
    const config = loadConfig(join(dir, '.clearpost.yaml'));
    expect(config.profile.roster).toEqual([
      { name: 'Ann Lee', rank: 'Sergeant', handles: ['@ann_l', '@annlee'], consent: true, undercover: false, photos: [] },
      { name: 'Bo Chen', handles: ['@bchen'], consent: false, undercover: true, photos: [] },
    ]);
    expect(findConfig(join(dir))).toBe(join(dir, '.clearpost.yaml'));
  });

  it('reads surname_is_word in YAML and as an optional CSV column', () => {
    const yaml = parseConfig('roster:\n  - name: Leopold Hale\n    undercover: true\n    surname_is_word: true\n', 'c.yaml');
    expect(yaml.profile.roster[0]).toMatchObject({ name: 'Leopold Hale', undercover: true, surname_is_word: true });
    expect(configError('roster:\n  - name: A B\n    surname_is_word: sometimes\n').key).toBe('roster[0].surname_is_word');
    const dir = tempDir('config');
    writeFileSync(join(dir, 'roster.csv'), 'name,undercover,surname_is_word\nLeopold Hale,true,yes\nBo Chen,,\n');
    writeFileSync(join(dir, 'c.yaml'), 'roster: roster.csv\n');
    const [hale, chen] = loadConfig(join(dir, 'c.yaml')).profile.roster;
    expect(hale.surname_is_word).toBe(true);
    expect(chen.surname_is_word).toBeUndefined();
  });

  // User test 30, U30-26: "Happy bday Волков!" passed: the roster had no place for the other writings of a name.
  it('reads aliases in YAML and as an optional CSV column, and finds a member by one', () => {
    const yaml = parseConfig('roster:\n  - name: Dmitri Volkov\n    undercover: true\n    aliases: [Волков, Волкову, Dima]\n', 'c.yaml');
    expect(yaml.profile.roster[0]).toMatchObject({ name: 'Dmitri Volkov', aliases: ['Волков', 'Волкову', 'Dima'] });
    const dir = tempDir('config');
    writeFileSync(join(dir, 'roster.csv'), 'name,undercover,aliases\nDmitri Volkov,true,Волков;Волкову;Дмитрий Волков\nBo Chen,,\n');
    writeFileSync(join(dir, 'c.yaml'), 'roster: roster.csv\n');
    const profile = loadConfig(join(dir, 'c.yaml')).profile;
    expect(profile.roster[0]!.aliases).toEqual(['Волков', 'Волкову', 'Дмитрий Волков']);
    expect(profile.roster[1]!.aliases).toBeUndefined();
    const rules = (text: string) => screenTextForEval(text, 'personal', profile).map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
    expect(rules('Happy bday Волков!')).toContain('id/undercover Волков');
    expect(rules('Спасибо Дмитрию Волкову за помощь')).toContain('id/undercover Волкову');
    // as written: a longer word is not the alias
    expect(rules('Волковский парк')).toEqual([]);
    const without = loadConfig(join(dir, 'c.yaml')).profile;
    without.roster[0]!.aliases = undefined;
    expect(screenTextForEval('Happy bday Волков!', 'personal', without)).toEqual([]);
  });

  it('names the CSV line of a bad roster row', () => {
    const dir = tempDir('config');
    writeFileSync(join(dir, 'roster.csv'), 'name,undercover\nA B,maybe\n');
    writeFileSync(join(dir, 'c.yaml'), 'roster: roster.csv\n');
    expect(() => loadConfig(join(dir, 'c.yaml'))).toThrow(/roster\.csv:2: undercover: expected true or false/);
  });

  it('reads a roster Excel saved as Windows-1252 with its accents, and says how it was read (user test 30, U30-21)', () => {
    const dir = tempDir('config');
    const csv = 'name,rank,handles,consent,undercover\r\nJos\u00e9 Luis Ram\u00edrez,Detective,,,true\r\nMarisol Guti\u00e9rrez,Sergeant,,,\r\n';
    writeFileSync(join(dir, 'cp1252.csv'), Buffer.from(csv, 'latin1'));
    writeFileSync(join(dir, 'c.yaml'), 'roster: cp1252.csv\n');
    const warnings: string[] = [];
    const roster = loadConfig(join(dir, 'c.yaml'), { warn: (m) => warnings.push(m) }).profile.roster;
    expect(roster.map((m) => m.name)).toEqual(['Jos\u00e9 Luis Ram\u00edrez', 'Marisol Guti\u00e9rrez']);
    expect(warnings).toEqual([expect.stringMatching(/cp1252\.csv: roster read as Windows-1252/)]);
    // UTF-8 with Excel's byte order mark: read silently, the first column still "name"
    writeFileSync(join(dir, 'bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]));
    writeFileSync(join(dir, 'b.yaml'), 'roster: bom.csv\n');
    const quiet: string[] = [];
    expect(loadConfig(join(dir, 'b.yaml'), { warn: (m) => quiet.push(m) }).profile.roster[0]).toMatchObject({ name: 'Jos\u00e9 Luis Ram\u00edrez', undercover: true });
    expect(quiet).toEqual([]);
    // a spreadsheet named .csv is one line naming the file
    writeFileSync(join(dir, 'x.csv'), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0]));
    writeFileSync(join(dir, 'x.yaml'), 'roster: x.csv\n');
    expect(() => loadConfig(join(dir, 'x.yaml'))).toThrow(/x\.csv.*roster CSV is not text/);
  });

  it('reads HR\'s "Last, First" as First Last, with a one-line warning naming the file and line (user test 27, U3-9)', () => {
    const dir = tempDir('config');
    writeFileSync(join(dir, 'roster.csv'), 'name,rank,handles,consent,undercover\n"Raghunathan, Priya",Detective,,false,true\nDana Kowalczyk,Sergeant,,,\n');
    writeFileSync(join(dir, 'c.yaml'), 'roster: roster.csv\n');
    const warnings: string[] = [];
    const roster = loadConfig(join(dir, 'c.yaml'), { warn: (m) => warnings.push(m) }).profile.roster;
    expect(roster.map((m) => m.name)).toEqual(['Priya Raghunathan', 'Dana Kowalczyk']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/roster\.csv:2: .*"Last, First"/);
    // no member's name in the message
    expect(warnings[0]).not.toMatch(/Priya|Raghunathan/);
    // unquoted, one column too many
    writeFileSync(join(dir, 'r3.csv'), 'name,rank,handles,consent,undercover\nRaghunathan, Priya,Detective,,false,true\n');
    writeFileSync(join(dir, 'c3.yaml'), 'roster: r3.csv\n');
    const r3 = loadConfig(join(dir, 'c3.yaml'), { warn: () => {} }).profile.roster;
    expect(r3).toMatchObject([{ name: 'Priya Raghunathan', rank: 'Detective', undercover: true }]);
  });

  it('reads a stray quote as a plain character with a warning, and refuses an unreadable line that may be undercover (user test 27, U3-9)', () => {
    const dir = tempDir('config');
    writeFileSync(join(dir, 'r8.csv'), 'name,rank,handles,consent,undercover\n"Priya Raghunathan,Detective,@priya.r,false,true\nDana Kowalczyk,Sergeant,@dana_k,false,false\n');
    writeFileSync(join(dir, 'c8.yaml'), 'roster: r8.csv\n');
    const w8: string[] = [];
    const r8 = loadConfig(join(dir, 'c8.yaml'), { warn: (m) => w8.push(m) }).profile.roster;
    expect(r8.map((m) => [m.name, m.undercover])).toEqual([['Priya Raghunathan', true], ['Dana Kowalczyk', false]]);
    expect(w8).toEqual([expect.stringMatching(/r8\.csv:2: a stray quote/)]);
    // a line that still cannot be read, with an undercover flag in it, is an error
    writeFileSync(join(dir, 'r9.csv'), 'name,rank,handles,consent,undercover\n"Priya Raghunathan,Det,@priya.r,x,false,true\n');
    writeFileSync(join(dir, 'c9.yaml'), 'roster: r9.csv\n');
    expect(() => loadConfig(join(dir, 'c9.yaml'))).toThrow(/r9\.csv:2: name: a stray quote.*undercover/);
    writeFileSync(join(dir, 'r2.csv'), 'name,rank,handles,consent,undercover\nPriya Raghunathan,Detective,@priya.r,false,true\n"Dana Kowalczyk,Sergeant,@dana_k,false,false\nJorge Reyes,,,,\n');
    writeFileSync(join(dir, 'c2.yaml'), 'roster: r2.csv\n');
    const warnings: string[] = [];
    const roster = loadConfig(join(dir, 'c2.yaml'), { warn: (m) => warnings.push(m) }).profile.roster;
    // the lines the quote swallowed are read as rows of their own
    expect(roster.map((m) => m.name)).toEqual(['Priya Raghunathan', 'Dana Kowalczyk', 'Jorge Reyes']);
    expect(roster[0].undercover).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/r2\.csv:3: .*quote/);
    expect(warnings[0]).not.toMatch(/Dana|Kowalczyk/);
  });
});

describe('a roster named outside the profile (CLEARPOST_ROSTER)', () => {
  it('says when the file has no members: what a CI secret that is not there writes (U31-25)', () => {
    const dir = tempDir();
    const warnings: string[] = [];
    const warn = (m: string) => warnings.push(m);
    writeFileSync(join(dir, 'empty.csv'), '');
    expect(withRoster(defaultConfig(), { roster: join(dir, 'empty.csv'), warn }).profile.roster).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/^CLEARPOST_ROSTER names a roster with no members \(.*empty\.csv\): roster and undercover checks are off$/)]);
    writeFileSync(join(dir, 'one.csv'), 'name,rank\nDana Kowalski,Officer\n');
    warnings.length = 0;
    expect(withRoster(defaultConfig(), { roster: join(dir, 'one.csv'), warn }).profile.roster).toHaveLength(1);
    expect(warnings).toEqual([]);
  });
});

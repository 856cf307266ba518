import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, loadConfig, parseConfig } from '../../src/core/config.js';
import { ConfigError } from '../../src/core/errors.js';
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
      { name: 'Lee, Ann', rank: 'Sergeant', handles: ['@ann_l', '@annlee'], consent: true, undercover: false, photos: [] },
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

  it('names the CSV line of a bad roster row', () => {
    const dir = tempDir('config');
    writeFileSync(join(dir, 'roster.csv'), 'name,undercover\nA B,maybe\n');
    writeFileSync(join(dir, 'c.yaml'), 'roster: roster.csv\n');
    expect(() => loadConfig(join(dir, 'c.yaml'))).toThrow(/roster\.csv:2: undercover: expected true or false/);
  });
});

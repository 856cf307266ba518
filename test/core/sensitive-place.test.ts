// A photo geotagged inside a place the agency profile names sensitive (user test 29, U29-34): it was an info on the
// official account (warning on personal) with massachusetts/nypd, exit 0, the same as any GPS. Session 30 made it at
// least a warning; user test 30, U30-9 (the lead's call): an error on both accounts by default (the department named the
// place sensitive), `severity: warning` on the place lowers it; and under packs with no clause on location data
// (new-haven, takoma-park) it is still reported, citing the profile's own entry, never a pack clause.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config.js';
import { ConfigError } from '../../src/core/errors.js';
import type { Report } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

// fixtures/images/gps-station.jpg is geotagged at 40.7131, -74.0055
const profile = (place: string) => `agency:
  names: ["Harbor City Police Department"]
  official_accounts: ["@HarborCityPD"]
  sensitive_places:
    - ${place}
`;

async function gpsFinding(place: string | undefined, context: 'personal' | 'official', pack = 'massachusetts') {
  const dir = tempDir('place');
  copyFileSync('fixtures/images/gps-station.jpg', join(dir, 'photo.jpg'));
  writeFileSync(join(dir, '.clearpost.yaml'), place ? profile(place) : 'agency:\n  names: ["Harbor City Police Department"]\n');
  const r = await runCli(['check', 'photo.jpg', '-f', 'json', '--no-ocr', '--no-faces', '--no-model', '-p', pack, '--context', context], dir);
  const report = JSON.parse(r.out) as Report;
  return { code: r.code, gps: report.files[0]!.findings.find((f) => f.ruleId === 'image/gps')! };
}

describe('a photo taken inside a sensitive place', () => {
  it('is an error on both accounts, and fails the run (any other GPS stays info on the official account)', { timeout: 60_000 }, async () => {
    const place = '{ name: "Vice unit safe house", lat: 40.7128, lon: -74.0060, radius_m: 150 }';
    for (const context of ['personal', 'official'] as const) {
      const { gps, code } = await gpsFinding(place, context);
      expect(gps.message, context).toContain('inside "Vice unit safe house", which the department\'s profile names sensitive');
      expect(gps.severity, context).toBe('error');
      expect(code, context).toBe(1);
      // the profile's entry is cited first, the pack's clause after it
      expect(gps.clauses.map((c) => `${c.policy} ${c.id}`)[0], context).toBe('profile agency.sensitive_places');
      expect(gps.clauses.some((c) => c.policy === 'massachusetts'), context).toBe(true);
    }
    expect((await gpsFinding(undefined, 'official')).gps.severity).toBe('info');
    // outside the radius: any GPS
    const far = (await gpsFinding('{ name: "Far away", lat: 40.80, lon: -74.0060, radius_m: 150 }', 'official')).gps;
    expect([far.severity, far.clauses.map((c) => c.policy)]).toEqual(['info', ['massachusetts']]);
  });

  it('is a warning on both accounts when the profile marks the place `severity: warning`', { timeout: 60_000 }, async () => {
    const place = '{ name: "Headquarters", lat: 40.7128, lon: -74.0060, radius_m: 150, severity: warning }';
    for (const context of ['personal', 'official'] as const) {
      const { gps, code } = await gpsFinding(place, context);
      expect(gps.severity, context).toBe('warning');
      expect(code, context).toBe(0);
    }
    expect((await gpsFinding(place.replace('warning', 'error'), 'official')).gps.severity).toBe('error');
  });

  it('is reported under packs with no clause on location data, citing the profile entry, not a pack clause', { timeout: 60_000 }, async () => {
    const place = '{ name: "Vice unit safe house", lat: 40.7128, lon: -74.0060, radius_m: 150 }';
    for (const pack of ['takoma-park', 'new-haven']) {
      const { gps, code } = await gpsFinding(place, 'official', pack);
      expect(gps.severity, pack).toBe('error');
      expect(code, pack).toBe(1);
      expect(gps.clauses, pack).toEqual([
        { policy: 'profile', id: 'agency.sensitive_places', title: "A place the department's profile names sensitive", quote: 'sensitive_places: - name: "Vice unit safe house"' },
      ]);
      expect(gps.message, pack).toContain("which the department's profile names sensitive");
      expect(gps.message, pack).not.toContain('no clause');
    }
    // any other GPS under those packs: an info with no clause (user test 30, U30-3)
    const plain = (await gpsFinding(undefined, 'official', 'takoma-park')).gps;
    expect([plain.severity, plain.clauses]).toEqual(['info', []]);
    expect(plain.message).toContain('no clause in takoma-park');
  });

  it("reads a place's severity and refuses info (a place is at least a warning), or an unknown key", () => {
    const parsed = parseConfig(profile('{ name: "Safe house", lat: 41.31, lon: -72.93, radius_m: 150, severity: error }'), 'p.yaml');
    expect(parsed.profile.agency.sensitive_places[0]).toEqual({ name: 'Safe house', lat: 41.31, lon: -72.93, radius_m: 150, severity: 'error' });
    expect(() => parseConfig(profile('{ name: "Safe house", lat: 41.31, lon: -72.93, radius_m: 150, severity: info }'), 'p.yaml')).toThrow(
      /agency\.sensitive_places\[0\]\.severity: expected error or warning \(a photo taken inside is an error; warning lowers it\)/,
    );
    expect(() => parseConfig(profile('{ name: "Safe house", lat: 41.31, lon: -72.93, radius_m: 150, severty: error }'), 'p.yaml')).toThrow(ConfigError);
  });
});

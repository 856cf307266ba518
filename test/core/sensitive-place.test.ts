// A photo geotagged inside a place the agency profile names sensitive (user test 29, U29-34): it was an info on the
// official account (warning on personal) with massachusetts/nypd, exit 0, the same as any GPS. Now at least a warning
// on both accounts, an error when the profile marks the place `severity: error`.
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

async function gpsFinding(place: string | undefined, context: 'personal' | 'official') {
  const dir = tempDir('place');
  copyFileSync('fixtures/images/gps-station.jpg', join(dir, 'photo.jpg'));
  writeFileSync(join(dir, '.clearpost.yaml'), place ? profile(place) : 'agency:\n  names: ["Harbor City Police Department"]\n');
  const r = await runCli(['check', 'photo.jpg', '-f', 'json', '--no-ocr', '--no-faces', '--no-model', '-p', 'massachusetts', '--context', context], dir);
  const report = JSON.parse(r.out) as Report;
  return { code: r.code, gps: report.files[0]!.findings.find((f) => f.ruleId === 'image/gps')! };
}

describe('a photo taken inside a sensitive place', () => {
  it('is a warning on both accounts (any other GPS stays info on the official account)', { timeout: 60_000 }, async () => {
    const place = '{ name: "Vice unit safe house", lat: 40.7128, lon: -74.0060, radius_m: 150 }';
    for (const context of ['personal', 'official'] as const) {
      const { gps, code } = await gpsFinding(place, context);
      expect(gps.message, context).toContain('inside "Vice unit safe house"');
      expect(gps.severity, context).toBe('warning');
      expect(code, context).toBe(0);
    }
    expect((await gpsFinding(undefined, 'official')).gps.severity).toBe('info');
    // outside the radius: any GPS
    expect((await gpsFinding('{ name: "Far away", lat: 40.80, lon: -74.0060, radius_m: 150 }', 'official')).gps.severity).toBe('info');
  });

  it('is an error on both accounts when the profile marks the place so, and fails the run', { timeout: 60_000 }, async () => {
    const place = '{ name: "Vice unit safe house", lat: 40.7128, lon: -74.0060, radius_m: 150, severity: error }';
    for (const context of ['personal', 'official'] as const) {
      const { gps, code } = await gpsFinding(place, context);
      expect(gps.severity, context).toBe('error');
      expect(code, context).toBe(1);
    }
  });

  it("reads a place's severity and refuses a value that would lower it, or an unknown key", () => {
    const parsed = parseConfig(profile('{ name: "Safe house", lat: 41.31, lon: -72.93, radius_m: 150, severity: error }'), 'p.yaml');
    expect(parsed.profile.agency.sensitive_places[0]).toEqual({ name: 'Safe house', lat: 41.31, lon: -72.93, radius_m: 150, severity: 'error' });
    expect(() => parseConfig(profile('{ name: "Safe house", lat: 41.31, lon: -72.93, radius_m: 150, severity: info }'), 'p.yaml')).toThrow(
      /agency\.sensitive_places\[0\]\.severity: expected error or warning/,
    );
    expect(() => parseConfig(profile('{ name: "Safe house", lat: 41.31, lon: -72.93, radius_m: 150, severty: error }'), 'p.yaml')).toThrow(ConfigError);
  });
});

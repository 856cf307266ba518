// User test 27, U1-4: Massachusetts IV.A.4.b.3 ("Specific information about employees and their family members shall
// not be posted") binds the official account, yet an officer's birth date and home address there were only warnings.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const PROFILE = ['policy: [massachusetts]', 'context: official', 'roster:', '  - { name: Will Hunt, rank: Police Officer }', ''].join('\n');

async function severities(text: string): Promise<string[]> {
  const dir = tempDir('employee');
  writeFileSync(join(dir, 'p.yaml'), PROFILE);
  const r = await runCli(['check', '--config', 'p.yaml', '--no-model', '--text', text, '-f', 'json'], dir);
  const findings = (JSON.parse(r.out) as Report).files[0]!.findings;
  return findings.filter((f) => f.ruleId.startsWith('pii/')).map((f) => `${f.ruleId} ${f.severity}`);
}

describe("an employee's personal information on the official account", () => {
  it('is an error beside a roster member named in its sentence, or in the one before when a pronoun points back', async () => {
    expect(await severities('Happy birthday to Officer Will Hunt, born 3/14/1986! Cards can go to his home at 27 Birch Hill Rd.')).toEqual([
      'pii/birthdate error',
      'pii/address error',
    ]);
  });

  it("stays a warning for a venue's, a suspect's or a stranger's, and with no pronoun pointing back", async () => {
    expect(await severities('Will Hunt retires this week. The party is at 27 Birch Hill Rd.')).toEqual(['pii/address warning']);
    expect(await severities('Officer Ann Lee found the suspect, born 3/14/1986, at 27 Birch Hill Rd.')).toEqual([
      'pii/birthdate warning',
      'pii/address warning',
    ]);
  });
});

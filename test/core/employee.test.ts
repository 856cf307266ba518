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

  // user test 30, U30-27: its message says the pack has no clause for it, so it is an info, never a warning that
  // fails --max-warnings
  it("is an info for a venue's, a suspect's or a stranger's, and with no pronoun pointing back", async () => {
    expect(await severities('Will Hunt retires this week. The party is at 27 Birch Hill Rd.')).toEqual(['pii/address info']);
    expect(await severities('Officer Ann Lee found the suspect, born 3/14/1986, at 27 Birch Hill Rd.')).toEqual([
      'pii/birthdate info',
      'pii/address info',
    ]);
  });
});

// User test 27, U2-14: an arrestee's address and a missing child's birth date on the official account were cited under
// IV.A.4.b.3 ("information about employees or their families"). The clause is cited for an employee's or the writer's
// own; the rest say the pack has no clause for them, as info (user test 30, U30-27).
async function findings(text: string): Promise<Report['files'][number]['findings']> {
  const dir = tempDir('employee');
  writeFileSync(join(dir, 'p.yaml'), PROFILE);
  const r = await runCli(['check', '--config', 'p.yaml', '--no-model', '--text', text, '-f', 'json'], dir);
  return (JSON.parse(r.out) as Report).files[0]!.findings.filter((f) => f.ruleId.startsWith('pii/'));
}

describe("the employees' clause on the official account", () => {
  it("is not cited for the public's details, which say the pack has no clause for them", async () => {
    for (const text of ['Kevin Dunmore, 34, of 52 Elm Street was arrested Tuesday.', 'Missing: Amy Lee, born 3/14/2011, last seen Friday.']) {
      const [f] = await findings(text);
      expect(f!.severity).toBe('info');
      expect(f!.clauses).toEqual([]);
      expect(f!.message).toMatch(/massachusetts has no clause for it: IV\.A\.4\.b\.3 is about employees and their families/);
    }
  });

  it("is cited for a roster member's, and for the writer's own ('my'), as an error", async () => {
    const [birth] = await findings('Happy birthday to Officer Will Hunt, born 3/14/1986!');
    expect([birth!.severity, birth!.clauses.map((c) => c.id), birth!.message]).toEqual(['error', ['IV.A.4.b.3'], expect.not.stringMatching(/no clause/)]);
    const [own] = await findings('Our toy drive is at my house, 27 Birch Hill Rd., this Saturday.');
    expect([own!.severity, own!.clauses.map((c) => c.id)]).toEqual(['error', ['IV.A.4.b.3']]);
  });
});

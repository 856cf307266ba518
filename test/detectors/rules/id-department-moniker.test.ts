// id/department-moniker: its own examples through the rule tester.
import { departmentMoniker } from '../../../src/detectors/id/department-moniker.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(departmentMoniker);

import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config.js';
import { ruleHits } from '../../helpers/rule-tester.js';

describe("an official account's name inside a personal handle (user test 25, P1-6)", () => {
  const profile = parseConfig('agency:\n  names: [Calder County Sheriff\'s Office]\n  identifiers: [ccso]\n  official_accounts: ["@CalderSheriff", "@CCSO"]\n', 'p.yaml').profile;
  const hits = (text: string) => ruleHits(departmentMoniker, { text, context: 'personal', source: 'text' }, profile);

  it('marks the department like an identifier, and never the official account itself', () => {
    expect(hits('Follow my account @caldersheriff_jim for pics')).toHaveLength(1);
    expect(hits('Follow my account @CalderSheriffJim for pics')).toHaveLength(1);
    expect(hits('Follow @CalderSheriff for road closures')).toEqual([]);
    expect(hits('Follow my friend @calderfarms_jim for the pumpkin patch')).toEqual([]);
  });
});

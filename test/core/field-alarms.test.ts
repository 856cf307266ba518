import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { screenTextForEval } from '../../src/scripts/eval-screen.js';
import type { AccountContext } from '../../src/core/types.js';

const profile = loadConfig('fixtures/profile.yaml').profile;
const found = (text: string, context: AccountContext = 'personal') =>
  screenTextForEval(text, context, profile).map((f) => ({ rule: f.ruleId, severity: f.severity }));

describe('false alarms seen in the field', () => {
  it('a number an official post asks the public to call with information is the department\'s, not personal', () => {
    const phones = (text: string) => found(text, 'official').filter((f) => f.rule === 'pii/phone');
    expect(phones('Seen this car? Call 555-343-3609 with info.')).toEqual([]);
    expect(phones('Anyone with information should contact Det. J. Arnold at (555) 824-9539.')).toEqual([]);
    expect(phones('Know something? @ExampleStoppers at 555-334-1600 or call 9-1-1.')).toEqual([]);
    // The same call to action on a personal account, or a number that is nobody's appeal line, is still reported.
    expect(found('Call me at 555-343-3609 after 6.')).toContainEqual({ rule: 'pii/phone', severity: 'error' });
    expect(found('Reporter contact for the story: 555-230-1188', 'official')).toContainEqual({ rule: 'pii/phone', severity: 'error' });
  });

  it('an address beside a public venue is a warning (an info on the official account); a home address stays an error', () => {
    // official: nypd cites it as info, massachusetts has no clause for it about no employee (user test 30, U30-27)
    expect(found("Pancake breakfast at St. Mary's Church, 45 Church St on Sunday!", 'official')).toEqual([{ rule: 'pii/address', severity: 'info' }]);
    expect(found("Dinner at Tony's Pizza, 1100 Harbor Blvd tonight")).toEqual([{ rule: 'pii/address', severity: 'warning' }]);
    expect(found('Housewarming at 1423 Elm Street, bring chips')).toEqual([{ rule: 'pii/address', severity: 'error' }]);
  });

  it('TV characters and relatives\' military ranks are not co-workers; a colleague on shift still is', () => {
    expect(found('Detective Benson is the GOAT')).toEqual([]);
    expect(found('So proud of my wife Sgt. Kim Lee of the US Army')).toEqual([]);
    expect(found('Great shift with Sgt. Renee Whitfield tonight, she is the GOAT')).toContainEqual({ rule: 'id/coworker', severity: 'error' });
  });
});

import { describe, expect, it } from 'vitest';
import { VOTE_NOT_POLITICAL_EXAMPLES, voteNotPolitical } from '../../src/model/political-vetoes.js';
import { OWN_SIGNALS } from '../../src/model/signals.js';

describe('voteNotPolitical (the conduct/political head veto)', () => {
  it.each(VOTE_NOT_POLITICAL_EXAMPLES.vetoed)('closes a vote for no party or candidate: %s', (post) => {
    expect(voteNotPolitical(post, post)).toBe(true);
  });

  it.each(VOTE_NOT_POLITICAL_EXAMPLES.open)('leaves a party or candidate open: %s', (post) => {
    expect(voteNotPolitical(post, post)).toBe(false);
  });

  it('closes only the sentence that names both sides as one, and is the head\'s veto', () => {
    const post = 'Both the Democrats and Republicans failed on potholes. Vote Marsh for council on Tuesday.';
    expect(voteNotPolitical('Both the Democrats and Republicans failed on potholes.', post)).toBe(true);
    expect(voteNotPolitical('Vote Marsh for council on Tuesday.', post)).toBe(false);
    expect(OWN_SIGNALS['conduct/political']!.veto!('Vote YES on Measure K.', 'Vote YES on Measure K.')).toBe(true);
    expect(OWN_SIGNALS['conduct/political']!.names).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { NEWS_TOLD_EXAMPLES, VOTE_NOT_POLITICAL_EXAMPLES, newsTold, voteNotPolitical } from '../../src/model/political-vetoes.js';
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

describe('newsTold (the conduct/political head veto for news about parties)', () => {
  it.each(NEWS_TOLD_EXAMPLES.vetoed)('closes a headline shared with no voice of the author\'s: %s', (post) => {
    expect(newsTold(post)).toBe(true);
    expect(OWN_SIGNALS['conduct/political']!.veto!(post, post)).toBe(true);
  });

  it.each(NEWS_TOLD_EXAMPLES.open)('leaves an endorsement, a post with no link or the author\'s voice open: %s', (post) => {
    expect(newsTold(post)).toBe(false);
  });
});

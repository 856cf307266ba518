import { describe, expect, it } from 'vitest';
import { ACCEPT_VETOES, ACCEPT_VETO_CUES } from '../../src/model/layer.js';
import { OTHER_TRADE_CUES, OTHER_TRADE_EXAMPLES, otherTrade } from '../../src/model/other-trades.js';

describe('otherTrade (where the learned id/self-affiliation addition is accepted)', () => {
  it.each(OTHER_TRADE_EXAMPLES.closed)("closes another trade's work talk: %s", (post) => {
    expect(otherTrade(post)).toMatch(/^[A-Z_]+: \S/);
  });

  it.each(OTHER_TRADE_EXAMPLES.open)("leaves an officer's post, or others' trades, open: %s", (post) => {
    expect(otherTrade(post)).toBeUndefined();
  });

  it('names each cue, and each closes one of the examples', () => {
    for (const cue of OTHER_TRADE_CUES) {
      expect(OTHER_TRADE_EXAMPLES.closed.some((post) => otherTrade(post)?.startsWith(`${cue.name}:`)), cue.name).toBe(true);
    }
  });

  it('names the cue and the words it read', () => {
    expect(otherTrade('Tow life: got a call at 3am for a car in the ditch. We got him out.')).toBe('OWN_TRADE_WORD: Tow life');
    expect(otherTrade("I'm a paramedic and we got him stable by 4")).toBe("I_AM_A_TRADE: I'm a paramedic");
  });

  it('is the accepting veto of id/self-affiliation only, and explain lists its cues', () => {
    expect(Object.keys(ACCEPT_VETOES)).toEqual(['id/self-affiliation']);
    expect(ACCEPT_VETO_CUES['id/self-affiliation']!.map((c) => c.name)).toEqual(OTHER_TRADE_CUES.map((c) => c.name));
  });
});

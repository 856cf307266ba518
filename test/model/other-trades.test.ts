import { describe, expect, it } from 'vitest';
import { ACCEPT_VETOES, ACCEPT_VETO_CUES } from '../../src/model/layer.js';
import { CASE_ACCEPT_CUES, CASE_ACCEPT_EXAMPLES, OTHER_TRADE_CUES, OTHER_TRADE_EXAMPLES, caseNotOpenPost, otherTrade } from '../../src/model/other-trades.js';

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

  it('is the accepting veto of id/self-affiliation and case/investigation, and explain lists their cues', () => {
    expect(Object.keys(ACCEPT_VETOES)).toEqual(['id/self-affiliation', 'case/investigation']);
    expect(ACCEPT_VETO_CUES['id/self-affiliation']!.map((c) => c.name)).toEqual(OTHER_TRADE_CUES.map((c) => c.name));
    expect(ACCEPT_VETO_CUES['case/investigation']!.map((c) => c.name)).toEqual(CASE_ACCEPT_CUES.map((c) => c.name));
  });
});

describe('caseNotOpenPost (where the learned case/investigation addition is accepted; issue 11, session 31)', () => {
  it.each(CASE_ACCEPT_EXAMPLES.closed)('closes a bail agent\'s pickup or a case decided in public: %s', (post) => {
    expect(caseNotOpenPost(post)).toMatch(/^(?:OTHER_TRADE|DECIDED): \S/);
  });

  it.each(CASE_ACCEPT_EXAMPLES.open)('leaves a charge, a verdict awaited, a record and police evidence open: %s', (post) => {
    expect(caseNotOpenPost(post)).toBeUndefined();
  });

  it('names each cue, and each closes one of the examples', () => {
    for (const cue of CASE_ACCEPT_CUES) expect(CASE_ACCEPT_EXAMPLES.closed.some((post) => caseNotOpenPost(post)?.startsWith(`${cue.name}:`)), cue.name).toBe(true);
  });
});

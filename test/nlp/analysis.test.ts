// The per-post analysis: words, compromise's terms and the roster members named are computed once per post and
// read by every detector that needs them.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { prepareRoster, rosterMentions } from '../../src/detectors/id/roster.js';
import { analyze } from '../../src/nlp/index.js';
import { isVerbInContext } from '../../src/nlp/people.js';

describe('TextAnalysis words', () => {
  it('splits once per post into runs of letters, digits, apostrophes and hyphens', () => {
    const text = "Sgt. O'Brien's K-9 unit, 2026!";
    const a = analyze(text);
    expect(a.words()).toBe(a.words());
    expect(a.words().map((w) => w.text)).toEqual(['Sgt', "O'Brien's", 'K-9', 'unit', '2026']);
    expect(a.words().every((w) => text.slice(w.start, w.end) === w.text)).toBe(true);
  });

  it('reads the last words before an offset as a window of the text would split them', () => {
    const text = 'Thanks to the extraordinarily-long-hyphenated US Air Force Sgt. Miller, and to PC World staff';
    // what id/coworker's title check split from a 40-character window before a title, cut word included
    const windowed = (end: number, reach: number) =>
      text.slice(Math.max(0, end - reach), end).toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).slice(-2);
    const a = analyze(text);
    for (const title of ['Sgt.', 'PC', 'US', 'Thanks']) {
      const at = text.indexOf(title);
      for (const reach of [40, 12, 5, 1]) expect(a.wordsBefore(at, 2, reach)).toEqual(windowed(at, reach));
    }
    expect(a.wordsBefore(text.indexOf('Sgt.'), 2, 40)).toEqual(['air', 'force']);
    expect(a.wordsBefore(text.indexOf('US'), 2, 40)).toEqual(['the', 'extraordinarily-long-hyphenated']);
    expect(a.wordsBefore(text.indexOf('US'), 2, 10)).toEqual(['yphenated']);
  });
});

describe('TextAnalysis terms', () => {
  it("parses once and keeps compromise's tags in context", () => {
    const text = 'Officer Faces Charges';
    const a = analyze(text);
    expect(a.terms()).toBe(a.terms());
    expect(a.terms().map((t) => text.slice(t.start, t.end))).toEqual(['Officer', 'Faces', 'Charges']);
    expect(isVerbInContext(a, text.indexOf('Faces'))).toBe(true);
    expect(isVerbInContext(analyze('Sgt. Faces retired'), 5)).toBe(false);
  });
});

describe('roster mentions', () => {
  it('are found once per post, whichever detector asks first', () => {
    const { profile } = loadConfig(`${__dirname}/../../fixtures/profile.yaml`);
    const a = analyze('Great shift with Renee Whitfield tonight');
    const first = rosterMentions(a, prepareRoster(profile));
    expect(first.map((m) => m.kind)).toEqual(['full']);
    // another detector's own roster index of the same profile gets the same answer, not a second search
    expect(rosterMentions(a, prepareRoster(profile))).toBe(first);
  });
});

// The prefilter is generated from the detectors' word lists: every keyword reaches its detector through the engine.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { detectText } from '../../src/core/engine.js';
import { KeywordIndex } from '../../src/core/keywords.js';
import type { TextDetector } from '../../src/core/types.js';
import { textDetectors } from '../../src/detectors/index.js';
import { keywordsOf } from '../../src/detectors/vocab.js';

const profile = loadConfig('fixtures/profile.yaml').profile;

/** The detector with a `detect` that records whether the engine called it. */
function spied(detector: TextDetector): { detector: TextDetector; called: () => boolean } {
  let called = false;
  return {
    detector: {
      ...detector,
      detect: () => {
        called = true;
        return [];
      },
    },
    called: () => called,
  };
}

describe('generated prefilter', () => {
  const withKeywords = textDetectors.filter((d) => d.keywords?.length);

  it('covers the word-list detectors', () => {
    expect(withKeywords.map((d) => d.id)).toEqual(
      expect.arrayContaining(['case/crime-scene', 'case/investigation', 'conduct/alcohol', 'conduct/bias', 'conduct/political', 'id/self-affiliation']),
    );
  });

  describe.each(withKeywords.map((d) => [d.id, d] as const))('%s', (_id, detector) => {
    it('is reached by every one of its keywords, in any case', () => {
      const missed = (detector.keywords ?? []).filter((k) => {
        const spy = spied(detector);
        detectText({ text: `Well, ${k.toUpperCase()} then.`, source: 'text' }, { context: 'personal', profile, detectors: [spy.detector] });
        return !spy.called();
      });
      expect(missed).toEqual([]);
    });
  });

  it('does not run a keyword detector on text with none of its words', () => {
    const alcohol = textDetectors.find((d) => d.id === 'conduct/alcohol')!;
    const spy = spied(alcohol);
    detectText({ text: 'Lovely walk by the river today.', source: 'text' }, { context: 'personal', profile, detectors: [spy.detector] });
    expect(spy.called()).toBe(false);
  });

  it('takes its words from the lists: "wankered" (in the unambiguous list) reaches conduct/alcohol', () => {
    const hits = detectText({ text: 'Got absolutely wankered at the stag do', source: 'text' }, { context: 'personal', profile, detectors: textDetectors });
    expect(hits.map((h) => h.ruleId)).toContain('conduct/alcohol');
  });

  it('keywordsOf keeps the plain words of lists, lower-cased, once', () => {
    expect(keywordsOf(['Wankered', 'sh[i_]t-?faced', 'three sheets to the wind'], ['wankered', String.raw`pints?\b`])).toEqual([
      'wankered',
      'three sheets to the wind',
    ]);
  });
});

describe('KeywordIndex', () => {
  const det = (id: string, keywords: string[]) => ({ id, keywords }) as unknown as TextDetector;

  it('finds overlapping and nested keywords in one pass', () => {
    const index = new KeywordIndex([det('a', ['he', 'hers']), det('b', ['she']), det('c', ['his']), det('d', ['ushers'])]);
    expect([...index.reached('USHERS')].sort()).toEqual([0, 1, 3]);
    expect([...index.reached('this')]).toEqual([2]);
    expect([...index.reached('nothing here? no: "h e"')]).toEqual([0]);
    expect(index.reached('xyz').size).toBe(0);
  });

  it('reads emoji and non-ASCII keywords', () => {
    const index = new KeywordIndex([det('a', ['📸']), det('b', ['rosé'])]);
    expect([...index.reached('Rosé all day 📸')].sort()).toEqual([0, 1]);
  });
});

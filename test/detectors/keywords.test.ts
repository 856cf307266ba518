// The prefilter is generated from the detectors' own patterns and lists: every listed word reaches its detector.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { detectText } from '../../src/core/engine.js';
import { existsSync, readFileSync } from 'node:fs';
import { KeywordIndex, computeKeywords, generatedKeywords, keywordIndex, patternsHash } from '../../src/core/keywords.js';
import { asKeywordsRead, requiredLiterals, WORD_EDGE } from '../../src/core/regex-literals.js';
import type { TextDetector } from '../../src/core/types.js';
import { textDetectors } from '../../src/detectors/index.js';
import { regexSamples } from '../helpers/regex-samples.js';

const profile = loadConfig('fixtures/profile.yaml').profile;

/** The detector with a `detect` that records whether the engine called it; one list, so one keyword index. */
function spied(detector: TextDetector): { list: TextDetector[]; reaches: (text: string) => boolean } {
  let called = false;
  const list = [{ ...detector, detect: () => ((called = true), []) }];
  return {
    list,
    reaches: (text) => {
      called = false;
      detectText({ text, source: 'text' }, { context: 'personal', profile, detectors: list });
      return called;
    },
  };
}

/**
 * Detectors made of word lists: their keywords must come from the lists, not be typed beside them. id/coworker
 * always runs: its roster names come from the profile.
 */
const WORD_DETECTORS = [
  'case/crime-scene',
  'case/investigation',
  'conduct/alcohol',
  'conduct/bias',
  'conduct/political',
  'conduct/profanity',
  'id/badge-number',
  'id/self-affiliation',
];

describe('generated prefilter', () => {
  it('every word detector generates its keywords from its patterns', () => {
    for (const id of WORD_DETECTORS) {
      const d = textDetectors.find((x) => x.id === id)!;
      expect(d.patterns?.length, id).toBeGreaterThan(0);
      expect(generatedKeywords(d).keywords.length, id).toBeGreaterThan(0);
    }
  });

  describe.each(textDetectors.filter((d) => d.patterns?.length || d.keywords?.length).map((d) => [d.id, d] as const))('%s', (_id, detector) => {
    it('is reached through every alternative of every list in its patterns, in a sentence', () => {
      const spy = spied(detector);
      const missed: string[] = [];
      let tried = 0;
      for (const re of detector.patterns ?? []) {
        const { samples, unmatched } = regexSamples(re);
        // a route through a lookaround may not match; each pattern must still yield samples
        expect(samples.length, `${re.source.slice(0, 80)} unmatched ${unmatched.slice(0, 3).join(' / ')}`).toBeGreaterThan(0);
        for (const s of samples) {
          tried++;
          if (!spy.reaches(`Well, ${s} then.`)) missed.push(s);
        }
      }
      for (const k of detector.keywords ?? []) {
        tried++;
        if (!spy.reaches(`Well, ${k.toUpperCase()} then.`)) missed.push(k);
      }
      expect(tried).toBeGreaterThan(0);
      expect(missed).toEqual([]);
    });

    // a cue row is not scanned when the pass says its pattern cannot match (src/detectors/cues.ts)
    it('has each pattern kept (TextReach.mayMatch) by every alternative of that pattern', () => {
      const index = keywordIndex(textDetectors);
      const missed: string[] = [];
      for (const re of detector.patterns ?? []) {
        for (const s of regexSamples(re).samples) {
          const text = `Well, ${s} then.`;
          if (!index.reach(text).mayMatch(re, text)) missed.push(`${re.source.slice(0, 40)}: ${s}`);
        }
      }
      expect(missed).toEqual([]);
    });
  });

  // A trigger is only for what is not a word (digits, "@", masks); what it lists is reached like a keyword.
  describe.each(textDetectors.filter((d) => d.trigger).map((d) => [d.id, d] as const))('%s trigger', (_id, detector) => {
    it('is reached through every alternative of its structural trigger, in a sentence', () => {
      const spy = spied(detector);
      const { samples } = regexSamples(detector.trigger!);
      expect(samples.length).toBeGreaterThan(0);
      expect(samples.filter((s) => !spy.reaches(`Well, ${s} then.`))).toEqual([]);
    });
  });

  it('the build stores what the patterns generate (dist/core/keywords.json, by hash)', () => {
    expect(existsSync('dist/core/keywords.json'), 'run npm run build').toBe(true);
    const stored = JSON.parse(readFileSync('dist/core/keywords.json', 'utf8')) as Record<string, { hash: string; keywords: string[]; patterns: unknown }>;
    for (const d of textDetectors) {
      expect(stored[d.id]?.hash, d.id).toBe(patternsHash(d));
      const computed = computeKeywords(d);
      expect(stored[d.id]?.keywords, d.id).toEqual(computed.keywords);
      expect(stored[d.id]?.patterns, d.id).toEqual(computed.patterns);
    }
  });

  it('does not run a keyword detector on text with none of its words', () => {
    for (const id of ['conduct/alcohol', 'case/investigation', 'conduct/bias']) {
      const spy = spied(textDetectors.find((d) => d.id === id)!);
      expect(spy.reaches('Lovely walk by the river today.'), id).toBe(false);
    }
  });

  it('takes its words from the lists: "wankered" (in the unambiguous list) reaches conduct/alcohol', () => {
    const hits = detectText({ text: 'Got absolutely wankered at the stag do', source: 'text' }, { context: 'personal', profile, detectors: textDetectors });
    expect(hits.map((h) => h.ruleId)).toContain('conduct/alcohol');
  });

});

describe('requiredLiterals', () => {
  /** Word edges shown as `|`. */
  const literals = (re: RegExp) => requiredLiterals(re)?.map((l) => l.split(WORD_EDGE).join('|'));

  it('finds the literal every match contains, with the word edges its \\b ask for', () => {
    expect(literals(/\bdrunk\s+af\b/i)).toEqual(['|drunk| |af|']);
    expect(literals(/(?:hung ?over|hangover)/)).toEqual(['hangover', 'hung| |over', 'hungover']);
    expect(literals(/\b(?:ops?|doors?)\b/i)).toEqual(['|door|', '|doors|', '|op|', '|ops|']);
    expect(literals(/🍺|Pints?/u)).toEqual(['pint', '🍺']);
    expect(literals(/(?<!\bthe\s)\bcase\s*#\s*\d+/gi)).toEqual(['|case| #', '|case|#']);
  });

  it('prefers a rare word to a common one, and a bounded word to a fragment', () => {
    // "for" is in most posts; the offices are not
    expect(literals(/\b(?:mayor|sheriff)\b.{0,20}\bfor\b/i)).toEqual(['|mayor|', '|sheriff|']);
    expect(literals(/\bfor\b.{0,20}\b(?:mayor|sheriff)\b/i)).toEqual(['|mayor|', '|sheriff|']);
    // "\bda\b" is found in "the DA said", not in "today"
    expect(literals(/\s(?:DA|MP)\b/)).toEqual([' |da|', ' |mp|']);
    expect(requiredLiterals(/\bDA\b/)!.some((l) => asKeywordsRead('the DA said').includes(l))).toBe(true);
    expect(requiredLiterals(/\bDA\b/)!.some((l) => asKeywordsRead('see you today').includes(l))).toBe(false);
  });

  it('gives none when a match may hold no literal', () => {
    expect(requiredLiterals(/\d+\s*\w+/)).toBeNull();
    expect(requiredLiterals(/(?:beer)?s*/)).toBeNull();
    expect(requiredLiterals(/[A-Z][a-z]+/)).toBeNull();
  });

  it('is sound: every sample of a pattern contains one of its literals', () => {
    for (const re of [/\b(?:crime|case|job) ref(?:erence)?\.?\s*\d+/i, /(?:we|i) (?:all )?know (?:exactly )?who (?:did (?:it|this)|shot)/i, /x{2,3}(?:ab|cd)+/]) {
      const literals = requiredLiterals(re)!;
      for (const s of regexSamples(re).samples) expect(literals.some((l) => asKeywordsRead(s).includes(l)), s).toBe(true);
    }
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

  it('gives the same answers loaded from its stored bytes, and builds afresh when the bytes are for another list', () => {
    const dets = [det('a', ['he', 'hers']), det('b', ['she', 'rosé']), det('c', ['his', '📸'])];
    const built = new KeywordIndex(dets);
    const loaded = KeywordIndex.load(dets, built.toBytes());
    expect(built.loaded).toBe(false);
    expect(loaded.loaded).toBe(true);
    for (const text of ['USHERS', 'this', 'Rosé all day 📸', 'xyz', '']) expect([...loaded.reached(text)].sort(), text).toEqual([...built.reached(text)].sort());
    const other = [det('a', ['he']), det('b', ['she'])];
    const stale = KeywordIndex.load(other, built.toBytes());
    expect(stale.loaded).toBe(false);
    expect([...stale.reached('ushers')].sort()).toEqual([0, 1]);
    expect(KeywordIndex.load(dets, new Uint8Array([1, 2, 3])).loaded).toBe(false);
  });

  it('the build stores the bundled detectors\' automaton (dist/core/keywords.bin), and a run loads it', () => {
    expect(existsSync('dist/core/keywords.bin'), 'run npm run build').toBe(true);
    const stored = KeywordIndex.load(textDetectors, readFileSync('dist/core/keywords.bin'));
    expect(stored.loaded, 'keywords.bin is stale: run npm run build').toBe(true);
    const fresh = new KeywordIndex(textDetectors);
    for (const text of ['Got absolutely wankered at the stag do', 'Call 555-0100 about case #2024-113', 'On patrol tonight 🚓', 'nothing to see']) {
      expect([...stored.reached(text)].sort(), text).toEqual([...fresh.reached(text)].sort());
    }
  });

  it('says which patterns have a literal in the text it read, and nothing of other patterns or texts', () => {
    const pints = /\bpints?\b/g;
    const wine = /\bwine\b/gi;
    const digits = /\d{3}/g;
    const d = { id: 'a', patterns: [pints, wine, digits] } as unknown as TextDetector;
    const reach = new KeywordIndex([d, det('b', ['rosé'])]).reach('Two PINTS  please');
    expect([reach.detector(0), reach.detector(1)]).toEqual([true, false]);
    expect(reach.mayMatch(pints, reach.text)).toBe(true);
    expect(reach.mayMatch(wine, reach.text)).toBe(false);
    // no literal: it may match any text
    expect(reach.mayMatch(digits, reach.text)).toBe(true);
    // the same text but for case reads alike (the profanity-normalised text of an unmasked post)
    expect(reach.mayMatch(wine, 'two pints  please')).toBe(false);
    // another text, or a pattern no detector declares: not known
    expect(reach.mayMatch(wine, 'red wine')).toBe(true);
    expect(reach.mayMatch(wine, 'Two PINTS please')).toBe(true);
    expect(reach.mayMatch(/\bwine\b/gi, reach.text)).toBe(true);
    expect(generatedKeywords(d).patterns).toEqual([requiredLiterals(pints), requiredLiterals(wine), null]);
  });

  it('runs a detector always when a pattern has no literal and there is no trigger', () => {
    const open = { id: 'o', patterns: [/\w+\d/, /\bpints?\b/] } as unknown as TextDetector;
    const closed = { id: 'c', patterns: [/\bpints?\b/] } as unknown as TextDetector;
    expect(new KeywordIndex([open, closed]).always).toEqual([true, false]);
  });
});

// One rule tester (ESLint's RuleTester): a detector's own true and false positives, run through the engine with only
// that detector; a true positive may name the span and messageId it must produce.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { detectText } from '../../src/core/engine.js';
import type { AccountContext, CueInfo, Example, Profile, TextDetector, TextInput } from '../../src/core/types.js';

interface Case {
  text: string;
  context: AccountContext;
  source: TextInput['source'];
  span?: string;
  messageId?: string;
}

let fixtureProfile: Profile | undefined;
/** The profile the examples are written against (fixtures/profile.yaml: Harbor City PD and its roster). */
export function examplesProfile(): Profile {
  return (fixtureProfile ??= loadConfig('fixtures/profile.yaml').profile);
}

/** An example in full; throws on a messageId the detector does not declare or a span that is not in the text. */
export function exampleCase(detector: TextDetector, e: Example): Case {
  const c: Case = typeof e === 'string' ? { text: e, context: 'personal', source: 'text' } : { context: 'personal', source: 'text', ...e };
  if (c.messageId !== undefined && !Object.hasOwn(detector.messages, c.messageId)) {
    throw new Error(`${detector.id}: example "${c.text}" expects unknown messageId "${c.messageId}"`);
  }
  if (c.span !== undefined && !c.text.includes(c.span)) throw new Error(`${detector.id}: span "${c.span}" is not in "${c.text}"`);
  return c;
}

/** The hits of this detector alone on one case, through the engine (normalisation, prefilter, merging). */
export function ruleHits(detector: TextDetector, c: Case, profile: Profile = examplesProfile()) {
  const list = soloLists.get(detector) ?? soloLists.set(detector, [detector]).get(detector)!;
  return detectText({ text: c.text, source: c.source }, { context: c.context, profile, detectors: list }).filter((h) => h.ruleId === detector.id);
}
const soloLists = new WeakMap<TextDetector, TextDetector[]>();

/** The evidence of hits that name no pattern the detector declares (a detector, text or image, that forgot to name a cue). */
export function unnamedHits(detector: { cues: readonly CueInfo[] }, hits: readonly { pattern?: string; evidence: string }[]): string[] {
  const declared = new Set(detector.cues.map((q) => q.name));
  return hits.filter((h) => h.pattern === undefined || !declared.has(h.pattern)).map((h) => h.evidence);
}

/** Every example of a text detector as tests: one describe block per detector. */
export function ruleTester(detector: TextDetector, profile?: Profile): void {
  describe(detector.id, () => {
    const tp = detector.examples.tp.map((e) => exampleCase(detector, e));
    const fp = detector.examples.fp.map((e) => exampleCase(detector, e));

    it('ships at least 8 true and 8 false positives, a description and a default message', () => {
      expect(tp.length).toBeGreaterThanOrEqual(8);
      expect(fp.length).toBeGreaterThanOrEqual(8);
      expect(detector.description.length).toBeGreaterThan(20);
      expect(detector.messages.default).toBeTruthy();
    });

    it.each(tp.map((c) => [c.text, c] as const))('reports: %s', (_t, c) => {
      const hits = ruleHits(detector, c, profile);
      expect(hits.length).toBeGreaterThan(0);
      const at = c.span === undefined ? hits : hits.filter((h) => h.evidence === c.span);
      if (c.span !== undefined) expect(hits.map((h) => h.evidence)).toContain(c.span);
      if (c.messageId !== undefined) expect(at.map((h) => h.messageId)).toContain(c.messageId);
      // every hit names the pattern that fired, one the detector declares (so `clearpost explain` can list it)
      expect(unnamedHits(detector, hits)).toEqual([]);
    });

    const rowExamples = detector.cues.flatMap((q) => (q.examples ?? []).map((text) => [q.name, text] as const));
    if (rowExamples.length) {
      it.each(rowExamples)('pattern %s fires on: %s', (name, text) => {
        expect(ruleHits(detector, { text, context: 'personal', source: 'text' }, profile).map((h) => h.pattern)).toContain(name);
      });
    }

    it.each(fp.map((c) => [c.text, c] as const))('does not report: %s', (_t, c) => {
      expect(ruleHits(detector, c, profile)).toEqual([]);
    });
  });
}

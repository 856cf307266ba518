// Every detector ships its own true and false positives; this runs them all against the fixtures' profile.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { detectText } from '../../src/core/engine.js';
import type { Example } from '../../src/core/types.js';
import { textDetectors } from '../../src/detectors/index.js';

const profile = loadConfig('fixtures/profile.yaml').profile;

function normalise(e: Example) {
  return typeof e === 'string' ? { text: e, context: 'personal' as const, source: 'text' as const } : { context: 'personal' as const, source: 'text' as const, ...e };
}

describe.each(textDetectors.map((d) => [d.id, d] as const))('%s', (_id, detector) => {
  it('ships at least 8 true and 8 false positives', () => {
    expect(detector.examples.tp.length).toBeGreaterThanOrEqual(8);
    expect(detector.examples.fp.length).toBeGreaterThanOrEqual(8);
  });

  it.each(detector.examples.tp.map((e) => [normalise(e).text, normalise(e)] as const))('reports: %s', (_t, ex) => {
    const hits = detectText({ text: ex.text, source: ex.source }, { context: ex.context, profile, detectors: textDetectors });
    expect(hits.map((h) => h.ruleId)).toContain(detector.id);
  });

  it.each(detector.examples.fp.map((e) => [normalise(e).text, normalise(e)] as const))('does not report: %s', (_t, ex) => {
    const hits = detectText({ text: ex.text, source: ex.source }, { context: ex.context, profile, detectors: textDetectors });
    expect(hits.map((h) => h.ruleId)).not.toContain(detector.id);
  });

  it('declares a header, description and default message', () => {
    expect(detector.description.length).toBeGreaterThan(20);
    expect(detector.messages.default).toBeTruthy();
  });
});

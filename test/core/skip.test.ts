// The Screener hands the engine the rules switched off by the config or the packs: their detectors do not run.
import { describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../src/core/config.js';
import { Screener, type SecondOpinion } from '../../src/core/screen.js';
import type { TextDetector } from '../../src/core/types.js';
import { registry } from '../../src/detectors/index.js';
import { loadPacks } from '../../src/policy/packs.js';

const base = loadConfig('fixtures/profile.yaml');
const TEXT = 'Selling my truck, text me at 555-313-9921. Great shift with Sgt. Renee Whitfield tonight.';

/** The registry with every text detector counting its calls. */
function counted() {
  const calls = new Map<string, number>();
  const text: TextDetector[] = registry.text.map((d) => ({
    ...d,
    detect(input, ctx) {
      calls.set(d.id, (calls.get(d.id) ?? 0) + 1);
      return d.detect(input, ctx);
    },
  }));
  return { calls, detectors: { text, image: registry.image } };
}

function screen(config: Config, model?: SecondOpinion) {
  const { calls, detectors } = counted();
  const screener = new Screener({ config, detectors, packs: loadPacks(undefined), context: 'personal', ...(model ? { model } : {}) });
  const rules = screener.screenText('post.txt', TEXT).map((f) => f.ruleId);
  return { calls, rules, skip: screener.skipFor('personal') };
}

describe('Screener skip', () => {
  // The first screening loads the lexicon and the phone metadata: room for a loaded machine.
  it('runs every detector a pack maps when nothing is switched off', () => {
    const { calls, rules } = screen(base);
    expect(calls.get('pii/phone')).toBe(1);
    expect(rules).toContain('pii/phone');
  }, 30_000);

  it('does not run a detector whose rule the config switches off', () => {
    const { calls, rules, skip } = screen({ ...base, severity: { 'pii/phone': 'off' } });
    expect(skip.has('pii/phone')).toBe(true);
    expect(calls.get('pii/phone')).toBeUndefined();
    expect(rules).not.toContain('pii/phone');
    // The others still run.
    expect(calls.get('pii/address')).toBe(1);
    expect(rules).toContain('id/coworker');
  });

  it('still runs a switched-off rule the learned layer reads as a feature', () => {
    const model: SecondOpinion = { cues: ['pii/phone'], opinion: async () => [] };
    const { calls, rules } = screen({ ...base, severity: { 'pii/phone': 'off' } }, model);
    expect(calls.get('pii/phone')).toBe(1);
    expect(rules).not.toContain('pii/phone');
  });
});

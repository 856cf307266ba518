// Parity (ESLint's rule docs/tests checks): every detector is registered, has a rule id, is mapped or declared
// uncovered by every pack, is explained by `clearpost explain`, has its rule-tester file and carries examples.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectText } from '../../src/core/engine.js';
import { RULE_IDS } from '../../src/core/rules.js';
import type { TextDetector } from '../../src/core/types.js';
import { allDetectors, imageDetectors, knownRuleIds, textDetectors } from '../../src/detectors/index.js';
import { loadPacks } from '../../src/policy/packs.js';
import { runCli } from '../helpers/cli.js';
import { exampleCase, examplesProfile, ruleHits, unnamedHits } from '../helpers/rule-tester.js';

describe('detector parity', () => {
  it('every detector file is the registered detector of its rule id, and every rule id has a detector', () => {
    for (const d of allDetectors) {
      expect(RULE_IDS, d.id).toContain(d.id);
      for (const e of d.emits ?? []) expect(RULE_IDS, `${d.id} emits ${e}`).toContain(e);
    }
    expect([...knownRuleIds()].sort()).toEqual([...RULE_IDS].sort());
  });

  it('each text detector lives in src/detectors/<rule id>.ts and has a rule-tester file', () => {
    for (const d of textDetectors) {
      expect(existsSync(`src/detectors/${d.id}.ts`), d.id).toBe(true);
      const file = `test/detectors/rules/${d.id.replace('/', '-')}.test.ts`;
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain('ruleTester(');
    }
  });

  it('text detectors carry true and false examples; image detectors are exercised on pictures', () => {
    for (const d of textDetectors) {
      expect(d.examples.tp.length, d.id).toBeGreaterThan(0);
      expect(d.examples.fp.length, d.id).toBeGreaterThan(0);
    }
    // pictures cannot sit inline: an image rule is labelled in the image fixtures or asserted by the image tests
    const pictures = readFileSync('fixtures/images/labels.jsonl', 'utf8') + readFileSync('test/detectors/image.test.ts', 'utf8');
    const missing = imageDetectors.filter((d) => d.examples.tp.length === 0 && !pictures.includes(`'${d.id}'`) && !pictures.includes(`"${d.id}"`));
    expect(missing.map((d) => d.id)).toEqual([]);
  });

  it.each(loadPacks(undefined).map((p) => [p.id, p] as const))('pack %s maps every rule or says why not', (_id, pack) => {
    const mapped = new Set(pack.clauses.flatMap((c) => Object.keys(c.rules)));
    const uncovered = Object.keys(pack.uncovered ?? {});
    expect(uncovered.filter((r) => mapped.has(r))).toEqual([]);
    expect(RULE_IDS.filter((r) => !mapped.has(r) && !uncovered.includes(r))).toEqual([]);
  });

  it('clearpost explain knows every rule', async () => {
    for (const ruleId of RULE_IDS) {
      const { code, out } = await runCli(['explain', ruleId, '--format', 'json']);
      expect(code, ruleId).toBe(0);
      const doc = JSON.parse(out) as { ruleId: string; title?: string; description: string[]; emittedBy: string[] };
      expect(doc.ruleId).toBe(ruleId);
      expect(doc.description.length + doc.emittedBy.length, ruleId).toBeGreaterThan(0);
    }
  }, 60_000);

  it('a pattern name the detector does not declare throws', () => {
    const email = textDetectors.find((d) => d.id === 'pii/email')!;
    const bad: TextDetector = { ...email, keywords: undefined, patterns: undefined, trigger: undefined, detect: () => [{ start: 0, end: 1, confidence: 1, pattern: 'NOPE' }] };
    const run = () => detectText({ text: 'x', source: 'text' }, { context: 'personal', profile: examplesProfile(), detectors: [bad] });
    expect(run).toThrow(/pii\/email used undeclared pattern "NOPE"/);
  });

  it('the rule tester catches a true positive whose hit names no pattern', () => {
    const email = textDetectors.find((d) => d.id === 'pii/email')!;
    const forgetful: TextDetector = { ...email, detect: (input, ctx) => email.detect(input, ctx).map(({ pattern: _p, ...m }) => m) };
    const c = exampleCase(email, email.examples.tp[0]);
    expect(unnamedHits(email, ruleHits(email, c))).toEqual([]);
    expect(unnamedHits(forgetful, ruleHits(forgetful, c))).toEqual(['renee.w83@gmail.com']);
  });

  it('an unknown messageId throws, in an example and from a detector', () => {
    const email = textDetectors.find((d) => d.id === 'pii/email')!;
    expect(() => exampleCase(email, { text: 'write to a@b.example', messageId: 'nope' })).toThrow(/unknown messageId "nope"/);
    const bad: TextDetector = { ...email, keywords: undefined, patterns: undefined, trigger: undefined, detect: () => [{ start: 0, end: 1, confidence: 1, messageId: 'nope' }] };
    const run = () => detectText({ text: 'x', source: 'text' }, { context: 'personal', profile: examplesProfile(), detectors: [bad] });
    expect(run).toThrow(/pii\/email used unknown messageId "nope"/);
  });
});

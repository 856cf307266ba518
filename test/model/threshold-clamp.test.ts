import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Heads, parseHeads, serializeHeads } from '../../src/model/heads.js';
import { clampThresholds, describeMoves, spliceHeads } from '../../src/scripts/threshold-clamp.js';

const shipped = {
  'case/investigation': { threshold: 0.86737, officialThreshold: 0.86737 },
  'id/self-affiliation': { threshold: 0.83439, officialThreshold: 0.999 },
  'conduct/bias': { threshold: 0.8594, officialThreshold: 0.9509, quietThreshold: 0.86048 },
};

describe('clampThresholds', () => {
  it('keeps each threshold within the distance of the reference one of the same rule and kind', () => {
    const refit = {
      'case/investigation': { threshold: 0.95112, officialThreshold: 0.95112, cv: 1 },
      'id/self-affiliation': { threshold: 0.84567, officialThreshold: 0.999, cv: 2 },
      'conduct/bias': { threshold: 0.70001, officialThreshold: 0.93, quietThreshold: 0.99 },
    };
    const { heads, moved } = clampThresholds(refit, shipped, 0.05);
    expect(heads['case/investigation']).toEqual({ threshold: 0.91737, officialThreshold: 0.91737, cv: 1 });
    // within reach: the refit's own
    expect(heads['id/self-affiliation']).toEqual({ threshold: 0.84567, officialThreshold: 0.999, cv: 2 });
    expect(heads['conduct/bias']).toEqual({ threshold: 0.8094, officialThreshold: 0.93, quietThreshold: 0.91048 });
    expect(moved.map((m) => `${m.rule} ${m.kind} ${m.from} -> ${m.to}`)).toEqual([
      'case/investigation threshold 0.95112 -> 0.91737',
      'case/investigation officialThreshold 0.95112 -> 0.91737',
      'conduct/bias threshold 0.70001 -> 0.8094',
      'conduct/bias quietThreshold 0.99 -> 0.91048',
    ]);
    expect(refit['case/investigation'].threshold).toBe(0.95112); // not changed in place
  });

  it("keeps the refit's own threshold where the reference has none of that kind or no such rule", () => {
    const { heads, moved } = clampThresholds(
      { 'case/investigation': { threshold: 0.99, quietThreshold: 0.5 }, 'conduct/new': { threshold: 0.1, officialThreshold: 0.2 } },
      { 'case/investigation': { threshold: 0.86737 } },
      0.05,
    );
    expect(heads).toEqual({ 'case/investigation': { threshold: 0.91737, quietThreshold: 0.5 }, 'conduct/new': { threshold: 0.1, officialThreshold: 0.2 } });
    expect(moved).toHaveLength(1);
  });

  it("caps the official operating point when the refit leaves it to the personal threshold and the reference does not", () => {
    const { heads } = clampThresholds({ 'id/self-affiliation': { threshold: 0.8 } }, shipped, 0.05);
    // official posts would have used 0.8; the reference's official threshold is 0.999
    expect(heads['id/self-affiliation']).toEqual({ threshold: 0.8, officialThreshold: 0.949 });
  });

  it('at distance 0 gives every threshold the reference has exactly (new weights, shipped operating points)', () => {
    const refit = {
      'case/investigation': { threshold: 0.95112, officialThreshold: 0.6 },
      'id/self-affiliation': { threshold: 0.8 },
      'conduct/bias': { threshold: 0.8594, officialThreshold: 0.93, quietThreshold: 0.99 },
    };
    const { heads, moved } = clampThresholds(refit, shipped, 0);
    expect(heads).toEqual(shipped);
    expect(moved).toHaveLength(6);
    expect(describeMoves(moved, 0)).toMatch(/^clamp 0: 6 threshold\(s\) moved/);
  });

  it('moves nothing when clamped to itself, and refuses a negative distance', () => {
    const file = parseHeads(readFileSync(resolve(__dirname, '..', '..', 'src', 'model', 'heads.json'), 'utf8')).heads;
    const { heads, moved } = clampThresholds(file, file, 0.05);
    expect(moved).toEqual([]);
    expect(heads).toEqual(file);
    expect(describeMoves(moved, 0.05)).toBe('clamp 0.05: no threshold moved');
    expect(() => clampThresholds(file, file, -1)).toThrow(/distance/);
  });
});

describe('spliceHeads', () => {
  const text = () => readFileSync(resolve(__dirname, '..', '..', 'src', 'model', 'heads.json'), 'utf8');
  const shippedFile = () => parseHeads(text());

  it("takes only the named rules' heads from the refit; every other head stays the base's", () => {
    const base = shippedFile();
    const refit = shippedFile();
    for (const head of Object.values(refit.heads)) head.b += 1; // every refit head differs
    const out = spliceHeads(base, refit, ['id/self-affiliation']);
    expect(Object.keys(out.heads)).toEqual(Object.keys(base.heads));
    for (const [rule, head] of Object.entries(out.heads)) expect(head).toBe(rule === 'id/self-affiliation' ? refit.heads[rule] : base.heads[rule]);
    expect(base.heads['id/self-affiliation']!.b).not.toBe(out.heads['id/self-affiliation']!.b); // base not changed
  });

  it('spliced as stored, the heads not named are copied byte for byte and the file loads', () => {
    const base = JSON.parse(text()) as Heads;
    const refit = JSON.parse(serializeHeads(shippedFile())) as Heads; // re-packed: its scales differ in the last digits
    refit.heads['id/self-affiliation']!.b += 1;
    const out = spliceHeads(base, refit, ['id/self-affiliation']);
    for (const rule of Object.keys(base.heads)) {
      const want = rule === 'id/self-affiliation' ? refit.heads[rule] : base.heads[rule];
      expect(JSON.stringify(out.heads[rule])).toBe(JSON.stringify(want));
    }
    expect(parseHeads(JSON.stringify(out)).heads['id/self-affiliation']!.b).toBe(base.heads['id/self-affiliation']!.b + 1);
  });

  it('refuses heads of another feature layout, a rule with no head, and a head of another length', () => {
    const base = shippedFile();
    expect(() => spliceHeads(base, { ...shippedFile(), lexical: ['id/self-affiliation'] }, ['id/self-affiliation'])).toThrow(/layout/);
    expect(() => spliceHeads(base, shippedFile(), ['conduct/none'])).toThrow(/no head/);
    const short = shippedFile();
    short.heads['id/self-affiliation']!.w = short.heads['id/self-affiliation']!.w.slice(1);
    expect(() => spliceHeads(base, short, ['id/self-affiliation'])).toThrow(/long/);
    expect(() => spliceHeads(base, shippedFile(), [])).toThrow(/no rule/);
  });

  it('refuses a spliced head that stacks on a head the base lacks', () => {
    const base = shippedFile();
    delete base.heads['case/crime-scene'];
    expect(() => spliceHeads(base, shippedFile(), ['id/self-affiliation'])).toThrow(/stacks on case\/crime-scene/);
    expect(Object.keys(spliceHeads(base, shippedFile(), ['id/self-affiliation', 'case/crime-scene']).heads)).toContain('case/crime-scene');
  });
});

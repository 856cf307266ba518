import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeads } from '../../src/model/heads.js';
import { clampThresholds, describeMoves } from '../../src/scripts/threshold-clamp.js';

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

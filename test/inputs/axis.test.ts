// The one principal-axis fit shared by the band, letter-row and text-region readers.
import { describe, expect, it } from 'vitest';
import { principalAxis } from '../../src/inputs/axis.js';

const of = (points: [number, number][], min?: number) => principalAxis((visit) => points.forEach(([x, y]) => visit(x, y)), min);

describe('principalAxis', () => {
  it('fits the line through points, with the spread along and across it', () => {
    const line = of([0, 1, 2, 3, 4].map((t) => [10 + 2 * t, 20 + t]));
    expect(line?.theta).toBeCloseTo(Math.atan(0.5), 10);
    expect(line).toMatchObject({ n: 5, mx: 14, my: 22 });
    expect(line!.across).toBeCloseTo(0, 10);
    expect(line!.along).toBeCloseTo(50, 10);
  });

  it('is exact far from the origin (two passes), and says nothing under the minimum count', () => {
    const far = of([0, 1, 2, 3].map((t) => [1e7 + t, 5e6 - t]));
    expect(far?.theta).toBeCloseTo(-Math.PI / 4, 10);
    expect(of([[1, 1], [2, 2]], 3)).toBeUndefined();
    expect(of([])).toBeUndefined();
  });
});

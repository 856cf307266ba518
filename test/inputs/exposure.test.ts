import { describe, expect, it } from 'vitest';
import { applyTable, DARK_P99, exposureGain, gainTable } from '../../src/inputs/exposure.js';

/** A grey raster of `n` pixels whose values run evenly from 0 to `top`, with `bright` of them at 255. */
function raster(n: number, top: number, bright = 0): Uint8Array {
  const data = new Uint8Array(3 * n);
  for (let i = 0; i < n; i++) data.fill(i < bright ? 255 : Math.round((top * i) / n), 3 * i, 3 * i + 3);
  return data;
}

describe('exposure: an underexposed picture is brightened, any other is left alone', () => {
  it('a picture exposed as cameras expose it (the 99th percentile of luminance at DARK_P99 or over) keeps its pixels', () => {
    expect(exposureGain(raster(70_000, 255))).toBe(1);
    expect(exposureGain(raster(70_000, Math.ceil(DARK_P99 / 0.99) + 2))).toBe(1);
    // A night street with lamps: 2 % of it bright.
    expect(exposureGain(raster(70_000, 60, 1_400))).toBe(1);
  });

  it('a dark picture is brought up until its 99th percentile is near 230, at most four times', () => {
    const g = exposureGain(raster(70_000, 90));
    expect(g).toBeGreaterThan(2.4);
    expect(g).toBeLessThan(2.7);
    expect(exposureGain(raster(70_000, 20))).toBe(4);
    // A speck of light (under 1 %) does not stop it.
    expect(exposureGain(raster(70_000, 90, 300))).toBeGreaterThan(2.4);
  });

  it('the gain fades to x1 as the 99th percentile nears DARK_P99: a level or two more or less never switches it on or off', () => {
    // Values 0..top evenly: the 99th percentile sits at about 0.99 top.
    const at = (p99: number) => exposureGain(raster(70_000, Math.round(p99 / 0.99)));
    const gains = Array.from({ length: 35 }, (_, i) => at(96 + i));
    for (let i = 1; i < gains.length; i++) {
      expect(gains[i]).toBeLessThanOrEqual(gains[i - 1]);
      expect(gains[i - 1] - gains[i]).toBeLessThan(0.12);
    }
    expect(at(127)).toBeLessThan(1.1);
    expect(at(129)).toBe(1);
    // Halfway down the ramp, about half the full gain (230 / 112 = x2.05 full).
    expect(at(112)).toBeGreaterThan(1.4);
    expect(at(112)).toBeLessThan(1.7);
  });

  it('the table scales each byte and clips at white', () => {
    const lut = gainTable(2.5);
    const px = Uint8Array.from([0, 10, 40, 100, 200]);
    applyTable(px, lut);
    expect([...px]).toEqual([0, 25, 100, 250, 255]);
  });
});

import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progress.js';

describe('progressBar', () => {
  it('draws files done, findings, rate and time left, throttled, and erases itself', () => {
    const out: string[] = [];
    let now = 0;
    const bar = progressBar(4, (t) => void out.push(t), true, () => now);
    now = 1000;
    bar.tick(2);
    now = 1050; // within 100 ms of the last draw: not redrawn
    bar.tick(0);
    now = 2000;
    bar.tick(1);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatch(/^\r\[=+>? *\] 3\/4 files · 3 findings · 1\.5 files\/s · 0:01 left/);
    now = 2500;
    bar.tick(0);
    expect(out[2]).toMatch(/4\/4 files/);
    bar.done();
    expect(out[3]).toBe('\r\x1b[K');
  });

  it('draws nothing when disabled or for a single file', () => {
    const out: string[] = [];
    progressBar(10, (t) => void out.push(t), false).tick(1);
    progressBar(1, (t) => void out.push(t), true).tick(1);
    expect(out).toEqual([]);
  });
});

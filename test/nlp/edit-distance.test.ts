// One edit distance serves the CLI's "did you mean", the words read in pictures and roster surnames written a letter off.
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/nlp/edit-distance.js';

/** The whole table, no giving up: Levenshtein, or optimal string alignment with `swaps`. */
function full(a: string, b: string, swaps: boolean): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit only when asked', () => {
    expect(editDistance('kowalcyzk', 'kowalczyk')).toBe(2);
    expect(editDistance('kowalcyzk', 'kowalczyk', 2, true)).toBe(1);
    expect(editDistance('ragunathan', 'raghunathan', 2, true)).toBe(1);
    expect(editDistance('police', 'pol1ce', 1)).toBe(1);
  });

  it('equals the whole table up to max, and is over max beyond it', () => {
    let seed = 7;
    const letter = () => 'abcde'[(seed = (seed * 1103515245 + 12345) % 2147483648) % 5];
    const word = () => Array.from({ length: 1 + (seed % 7) }, letter).join('');
    for (let n = 0; n < 3000; n++) {
      const [a, b] = [word(), word()];
      for (const swaps of [false, true]) {
        const d = full(a, b, swaps);
        expect(editDistance(a, b, Infinity, swaps), `${a} ${b}`).toBe(d);
        for (const max of [0, 1, 2]) {
          const bounded = editDistance(a, b, max, swaps);
          if (d <= max) expect(bounded, `${a} ${b} ${max}`).toBe(d);
          else expect(bounded, `${a} ${b} ${max}`).toBeGreaterThan(max);
        }
      }
    }
  });
});

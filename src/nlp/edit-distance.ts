/**
 * The edit distance between two words: an insertion, a deletion or a substitution costs 1, and with `swaps` so do two
 * neighbouring letters swapped (optimal string alignment: "Kowalcyzk" is 1 from Kowalczyk). The distance when it is
 * at most `max`, else some number over `max`: it gives up, returning `max + 1`, once a row of the table is all over
 * `max` or the lengths are too far apart. One piece for the CLI's "did you mean" (suggest.ts, unbounded), the words
 * read in pictures (image/shared.ts, crime-scene-image.ts) and roster surnames written a letter off (roster.ts, swaps).
 */
export function editDistance(a: string, b: string, max = Infinity, swaps = false): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

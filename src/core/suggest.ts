/** "Did you mean" for misspelt ids and keys: the closest known word by edit distance, when it is close enough. */

/** Levenshtein distance (insert, delete, substitute), O(a*b) time and O(b) space. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The known word nearest `word` (case-insensitive), if within a third of its length (at least 2 edits). */
export function closest(word: string, known: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  // Long input against short ids would only waste time: nothing that far off is a typo.
  if (w.length > 200) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = editDistance(w, k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** ` (did you mean "conduct/profanity"?)`, or '' when nothing is close. */
export function didYouMean(word: string, known: Iterable<string>): string {
  const hit = closest(word, known);
  return hit ? ` (did you mean "${hit}"?)` : '';
}

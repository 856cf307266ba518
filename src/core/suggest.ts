/** "Did you mean" for misspelt ids and keys: the closest known word by edit distance, when it is close enough. */

import { editDistance } from '../nlp/edit-distance.js';

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

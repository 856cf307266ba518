/**
 * Features of the conduct/alcohol head besides the shared ones: does the sentence, does the post speak of drink at
 * all (conduct/alcohol's DRINK_CONTEXT: a drink, a bar, a night out, a hangover), use a drunk word (its slang lists,
 * read as bare words: "hammered", "munted"), or talk drink-driving enforcement (its SAFETY words). Out of fold on the
 * training cases, more than half of the head's false alarms were posts with no drink in them ("Weekend plans:
 * nothing. Absolutely nothing.", "Murdered an entire pizza"), which hashed words and the embedding alone let through.
 */
import { AMBIGUOUS_WORDS, DRINK_CONTEXT, SAFETY, UNAMBIGUOUS_WORDS } from '../detectors/conduct/alcohol.js';
import { normaliseForProfanity } from '../detectors/conduct/profanity-words.js';
import { oneOf } from '../detectors/vocab.js';

// e.g. "wasted", "bladdered", "got so drunk" (read on the profanity-normalised text: "sh*tfaced")
const DRUNK_WORD = new RegExp(String.raw`(?<![a-z0-9_])(?:${oneOf([...AMBIGUOUS_WORDS, ...UNAMBIGUOUS_WORDS])})(?![a-z0-9_])`, 'i');

/** Names of the features, in order: heads.json records them, so a head trained on another list is refused. */
export const ALCOHOL_SIGNALS = ['drink', 'drunk-word', 'post:drink', 'post:drunk-word', 'post:safety', 'post:none'] as const;

function look(text: string): { drink: boolean; drunk: boolean; safety: boolean } {
  return { drink: DRINK_CONTEXT.test(text), drunk: DRUNK_WORD.test(normaliseForProfanity(text)), safety: SAFETY.test(text) };
}

/** The alcohol head's extra features of one unit (`ALCOHOL_SIGNALS`, each 0 or 1), given its text and the post's. */
export function alcoholSignals(unit: string, post: string): Float32Array {
  const u = look(unit);
  const p = unit === post ? u : look(post);
  const values = [u.drink, u.drunk, p.drink, p.drunk, p.safety, !p.drink && !p.drunk];
  return Float32Array.from(values, (v) => (v ? 1 : 0));
}

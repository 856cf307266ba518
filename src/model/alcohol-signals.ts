/**
 * Features of the conduct/alcohol head besides the shared ones: does the sentence, does the post speak of drink at
 * all (conduct/alcohol's DRINK_CONTEXT: a drink, a bar, a night out, a hangover), use a drunk word (its slang lists,
 * read as bare words: "hammered", "munted"), or talk drink-driving enforcement (its SAFETY words). Out of fold on the
 * training cases, more than half of the head's false alarms were posts with no drink in them ("Weekend plans:
 * nothing. Absolutely nothing.", "Murdered an entire pizza"), which hashed words and the embedding alone let through;
 * after train-j, most of the rest named drink with restraint or someone else's drunkenness (alcohol-words.ts), which
 * the post's features now say too (cross-validated regex+model recall at precision 0.95, session 8: 0.790 -> 0.796).
 */
import { AMBIGUOUS_WORDS, DRINK_CONTEXT, SAFETY, UNAMBIGUOUS_WORDS } from '../detectors/conduct/alcohol.js';
import { normaliseForProfanity } from '../detectors/conduct/profanity-words.js';
import { oneOf } from '../detectors/vocab.js';
import { MODERATION, OTHERS_DRUNK } from './alcohol-words.js';

// e.g. "wasted", "bladdered", "got so drunk" (read on the profanity-normalised text: "sh*tfaced")
const DRUNK_WORD = new RegExp(String.raw`(?<![a-z0-9_])(?:${oneOf([...AMBIGUOUS_WORDS, ...UNAMBIGUOUS_WORDS])})(?![a-z0-9_])`, 'i');

/** Names of the features, in order: heads.json records them, so a head trained on another list is refused. */
export const ALCOHOL_SIGNALS = ['drink', 'drunk-word', 'post:drink', 'post:drunk-word', 'post:safety', 'post:none', 'post:moderation', 'post:others-drunk'] as const;

// e.g. "had one and went to bed", "Eighteen months alcohol-free", "a lime soda"
const MODERATE = new RegExp(String.raw`\b${oneOf(MODERATION)}`, 'i');
// e.g. "told a drunk guy to go home", "the drunks outside", "he was hammered"
const OTHERS = new RegExp(String.raw`\b${oneOf(OTHERS_DRUNK)}\b`, 'i');

function look(text: string): { drink: boolean; drunk: boolean; safety: boolean; moderate: boolean; others: boolean } {
  return {
    drink: DRINK_CONTEXT.test(text),
    drunk: DRUNK_WORD.test(normaliseForProfanity(text)),
    safety: SAFETY.test(text),
    moderate: MODERATE.test(text),
    others: OTHERS.test(text),
  };
}

/** The alcohol head's extra features of one unit (`ALCOHOL_SIGNALS`, each 0 or 1), given its text and the post's. */
export function alcoholSignals(unit: string, post: string): Float32Array {
  const u = look(unit);
  const p = unit === post ? u : look(post);
  const values = [u.drink, u.drunk, p.drink, p.drunk, p.safety, !p.drink && !p.drunk, p.moderate, p.others];
  return Float32Array.from(values, (v) => (v ? 1 : 0));
}

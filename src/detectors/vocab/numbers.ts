/**
 * Numbers in words, one item a line (plain words: a regex or a set of words may take them). Who reads them: an age
 * or a count of days said in words ("turns forty", "in three sleeps", "a big five-oh": pii/birthdate), a day of the
 * month said as an ordinal ("the fourteenth": pii/birthdate), a phone or badge number said digit by digit ("five five
 * five": pii/phone, id/badge-number), a count of addresses, priors, evidence or drinks (case/investigation, case/crime-scene, conduct/alcohol),
 * words that are no street name (pii/address). A detector takes a named part when it needs fewer words, and says why
 * beside it, or a run in counting order with numberWords / ordinalWords instead of typing "two", "three", ... again.
 */

/** The digits one to nine: the units of a compound number ("forty-two") and of a spoken phone number. */
export const UNITS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
];

/** Zero said as a word in a number read digit by digit ("four oh two", "nought seven"). */
export const ZERO_WORDS = [
  'zero',
  'oh',
  'o',
  'nought',
];

/** The digit a word stands for in a number read digit by digit: "oh" -> "0", "seven" -> "7" (ZERO_WORDS, UNITS). */
export function digitOfWord(word: string): string | undefined {
  if (ZERO_WORDS.includes(word)) return '0';
  const unit = UNITS.indexOf(word);
  return unit >= 0 ? String(unit + 1) : undefined;
}

/** Ten to nineteen. */
export const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];

/** The tens from twenty: a round age ("the big forty") and the first word of a compound ("forty-two"). */
export const TENS = [
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
];

/** One to ninety-nine's first words, smallest first: UNITS, TEENS, TENS. */
export const NUMBER_WORDS = [...UNITS, ...TEENS, ...TENS];

/** The ordinals first to ninth: the units of a compound ordinal ("twenty-first"). */
export const ORDINAL_UNITS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
];

/** The ordinals tenth to twentieth. */
export const ORDINAL_TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/** One to twenty in counting order. */
const COUNTING = [...UNITS, ...TEENS, 'twenty'];

/** The number words from `from` to `to` (1 to 20) inclusive, in counting order: numberWords(2, 4) -> two, three, four. */
export function numberWords(from: number, to: number): string[] {
  if (from < 1 || to > COUNTING.length || from > to) throw new Error(`numberWords(${from}, ${to}): 1 to ${COUNTING.length}`);
  return COUNTING.slice(from - 1, to);
}

/** The ordinals from `from` to `to` (1 to 20) inclusive, in counting order: ordinalWords(5, 7) -> fifth, sixth, seventh. */
export function ordinalWords(from: number, to: number): string[] {
  const ordinals = [...ORDINAL_UNITS, ...ORDINAL_TEENS];
  if (from < 1 || to > ordinals.length || from > to) throw new Error(`ordinalWords(${from}, ${to}): 1 to ${ordinals.length}`);
  return ordinals.slice(from - 1, to);
}

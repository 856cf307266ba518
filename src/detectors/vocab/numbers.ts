/**
 * Numbers in words, one item a line (plain words: a regex or a set of words may take them). Who reads them: an age
 * or a count of days said in words ("turns forty", "in three sleeps", "a big five-oh": pii/birthdate), a day of the
 * month said as an ordinal ("the fourteenth": pii/birthdate), a phone number said digit by digit ("five five five":
 * pii/phone). A detector takes a named part when it needs fewer words, and says why beside it.
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

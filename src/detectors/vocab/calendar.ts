/**
 * The calendar's words, one item a line. Who they are for: a month before a number makes the number a day, not a
 * house number ("7 Aug 1991, place of birth": pii/address) nor a count of drinks ("Feb. 29th comes round":
 * conduct/alcohol). A detector that needs full names as well as abbreviations takes both lists.
 */

/** Months as people abbreviate them (a regex may allow the rest of the name after them). */
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** Months written out (May is an abbreviation already). */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Days of the week written out, Monday first (a detector adds its own short forms: "tues", "fri"). */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

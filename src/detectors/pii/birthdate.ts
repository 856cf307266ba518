// pii/birthdate: flags a date tied to someone's birth ("DOB 03/22/1979", "turns 6 today") under the model policy's "Specific personal information … a) Dates of birth".
import type { TextAnalysis } from '../../nlp/index.js';
import type { TextDetector } from '../../core/types.js';
import { cuesOf, perMatch, walkCues, type CueRow, type CueText, type Veto } from '../cues.js';
import { scan } from '../conduct/text.js';
import { before } from './shared.js';
import { oneOf } from '../vocab.js';
import { WEEKDAYS } from '../vocab/calendar.js';
import { KIN as KIN_WORDS } from '../vocab/relatives.js';
import { RANKS } from '../vocab/ranks.js';
import { NUMBER_WORDS, ORDINAL_TEENS, ORDINAL_UNITS, TENS, UNITS, numberWords } from '../vocab/numbers.js';
import {
  AGE_MILESTONES, AGE_VERBS, ANOTHER_YEAR, ARRIVAL_VERBS, BABY_THINGS, BECAME, BIG_DAY_WORDS, BIRTH_DETAILS, BIRTH_OBJECT_VERBS, BIRTH_OBJECT_WORDS,
  BIRTH_PHRASES, CHILD, MILESTONE_VERBS, NEWBORN, NEWBORN_NAMED, NO_SUBJECT_OPENERS, AGE_TALK, HOLIDAY_DAYS, HOLIDAYS_BARE, PARENT, SIGN_AFTER,
  SIGN_OWNERS, STAR_SIGNS, NOT_A_SIGN,
} from './birth-words.js';

const MONTH_NAME =
  String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const MONTH = String.raw`${MONTH_NAME}\.?`;
// Full names, plus the abbreviations that are not also common words ("sat", "sun", "wed" are left out).
const WEEKDAY_NAME = oneOf([...WEEKDAYS, 'tues?', 'weds', String.raw`thu(?:rs?)?`, 'fri']);
const WEEKDAY = String.raw`${WEEKDAY_NAME}(?!\w)`;
/** After "this", "next", "last" or "coming" the short forms that are also words are days too: "next Sat", "this Sun". */
const SHORT_WEEKDAY_NAME = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)`;
const SHORT_WEEKDAY = String.raw`${SHORT_WEEKDAY_NAME}\.?(?!\w)`;
/** Today and tomorrow, with the spellings of chat: "tmrw", "2moro", "2day". */
const TODAYISH = String.raw`(?:today|tonight|tomorrow|tmrw|tmrrw|tmr|2moro|2morrow|2mrw|2nite)`;
/** A day of the month as an ordinal in words: "fourteenth", "twenty-first", "thirty first". */
const ORDWORD = oneOf([
  ...ORDINAL_UNITS,
  ...ORDINAL_TEENS,
  String.raw`twenty[- ]${oneOf(ORDINAL_UNITS)}`,
  'thirtieth',
  'thirty[- ]first',
]);
/** A day of the month: "14", "14th", "3rd", "fourteenth". */
const DAY = String.raw`(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|${ORDWORD})`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
/** A year after a day and month, also cut to two digits after an apostrophe: "1986", "'86". */
const YEAR_OR_SHORT = String.raw`(?:${YEAR}|['’]\d\d(?!\w))`;
/** A number in words up to ninety-nine: "six", "forty", "forty-two". */
const NUMWORD = String.raw`${oneOf(NUMBER_WORDS)}(?:[- ]${oneOf(UNITS)})?`;

/**
 * A calendar date with a day in it.
 * e.g. "June 14, 1986", "June 14th", "14 June 1986", "the 14th of June", "the third of feb", "03/22/1979",
 *      "22.03.1979", "1979-03-22", "3/22/79", "June 14th '86", "14-Jun-1986", "1986/06/14"
 */
const EXPLICIT_DATE = `(?:${oneOf([
  String.raw`${MONTH}\s+${DAY}(?:,?\s+${YEAR_OR_SHORT})?(?![\w/])`,
  String.raw`(?:the\s+)?${DAY}(?:\s+of)?\s+${MONTH}(?:,?\s+${YEAR_OR_SHORT})?(?!\w)`,
  String.raw`(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:${YEAR}|\d\d)(?!\d)(?![/.-]\d)`,
  String.raw`${YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)(?![/.-]\d)`,
  String.raw`(?:0?[1-9]|[12]\d|3[01])-${MONTH_NAME}-(?:${YEAR}|\d\d)(?![\w/-])`,
])})`;

/** Month and year without a day ("March 1986"): still a partial date of birth after "born". */
const MONTH_YEAR = String.raw`${MONTH}\s+(?:of\s+)?${YEAR}(?!\w)`;

/**
 * A day named relative to now, optionally with its day of the month.
 * e.g. "today", "tomorrow", "this Saturday the 14th", "next week", "on Friday", "in 3 days", "last night"
 */
/** "the 14th", "on the third of June": the one day of RELATIVE_DAYS that may be written in digits only. */
const THE_DAY = String.raw`(?:on\s+)?the\s+${DAY}(?:\s+of\s+${MONTH})?`;
/** How many days or weeks: "in 3 days", "a couple of weeks ago" (up to seven in words). */
const DAY_COUNTS = oneOf([
  String.raw`\d{1,2}`,
  'a',
  ...UNITS.slice(0, 7),
  String.raw`a\s+few`,
  String.raw`a\s+couple(?:\s+of)?`,
]);
/** A holiday as a day: "Christmas Eve", "on Boxing Day", "on Halloween" (a bare name only after "on"). */
const HOLIDAY = String.raw`(?:(?:on\s+)?${oneOf(HOLIDAY_DAYS)}|on\s+${oneOf(HOLIDAYS_BARE)})`;
const RELATIVE_DAYS = [
    TODAYISH,
    // chat's "todays my birthday" (today's)
    'todays',
    'yesterday',
    // "this past Sunday" (like "last Sunday")
    String.raw`(?:this|next|last|on|coming|this\s+coming|this\s+past)\s+(?:${WEEKDAY}|week(?:end)?|wk|month)`,
    // a weekday of the week in hand (issue 11): "she turns 5 on the Friday"
    String.raw`on\s+the\s+${WEEKDAY}`,
    String.raw`(?:this|next|last|coming|this\s+coming)\s+${SHORT_WEEKDAY}`,
    String.raw`${WEEKDAY}`,
    String.raw`this\s+(?:morning|afternoon|evening)`,
    String.raw`last\s+night`,
    // "turned 40 over the weekend", like "last weekend"
    String.raw`over\s+the\s+(?:weekend|wkend)`,
    // "helped deliver a baby girl overnight", "arrived in the early hours" (the night just gone)
    'overnight',
    String.raw`in\s+the\s+(?:early|wee|small)\s+hours`,
    // "Officially a quarter of a century old as of midnight" (the day just begun)
    String.raw`as\s+of\s+midnight`,
    String.raw`in\s+${DAY_COUNTS}\s+(?:days?|weeks?|sleeps)`,
    // "Turning 30 in a fortnight"
    String.raw`in\s+a\s+fortnight`,
    String.raw`${DAY_COUNTS}\s+(?:days?|weeks?)\s+ago`,
    // "who arrived this day last year", "this day 10 years ago", "This time 30 years ago my mum was in labour with me"
    String.raw`this\s+(?:very\s+)?(?:day|time)\s+(?:last\s+year|(?:\d{1,2}|${DAY_COUNTS})\s+years?\s+ago)`,
    THE_DAY,
    HOLIDAY,
    String.raw`the\s+day\s+(?:after|before)\s+(?:tomorrow|yesterday|${oneOf(HOLIDAY_DAYS)}|${oneOf(HOLIDAYS_BARE)})`,
];
const RELATIVE = String.raw`${oneOf(RELATIVE_DAYS)}(?:\s*,?\s*(?:the\s+)?${DAY}(?!\w))?(?!\w)`;

/** A moment of today's just gone, after an age reached (TURNS): "turned 35 an hour ago", "turned 30 at midnight". */
const JUST_NOW = String.raw`(?:at\s+midnight|(?:an?|one|\d{1,2}|a\s+few|a\s+couple(?:\s+of)?)\s+(?:hours?|hrs?|minutes?|mins?)\s+ago)(?!\w)`;

/**
 * What every date the rows in WAITS_FOR_A_DATE end on holds, unless written in digits (the trigger): a day, a week,
 * a month or an ordinal in words (the parts of RELATIVE_DAYS and EXPLICIT_DATE, one pattern each so that each
 * gives its own keywords). Their prefilter gate.
 * e.g. "tomorrow", "next Sat", "in 3 days", "June", "the fourteenth"
 */
const DAY_NAMED = [
  TODAYISH,
  'todays',
  // "This time 30 years ago my mum was in labour with me", "this day last year"
  String.raw`this\s+(?:very\s+)?(?:day|time)\s+(?:last\s+year|(?:\d{1,2}|${DAY_COUNTS})\s+years?\s+ago)`,
  'yesterday',
  WEEKDAY_NAME,
  String.raw`(?:this|next|last|on|coming)\s+(?:week|weekend|wk|month|${SHORT_WEEKDAY_NAME})`,
  String.raw`over\s+the\s+(?:weekend|wkend)`,
  'overnight',
  String.raw`in\s+the\s+(?:early|wee|small)\s+hours`,
  String.raw`this\s+(?:morning|afternoon|evening)`,
  String.raw`last\s+night`,
  String.raw`(?:days|weeks|sleeps)`,
  // "One more sleep til my lad turns 18"
  String.raw`more\s+sleep`,
  'fortnight',
  // JUST_NOW: "turned 35 an hour ago", "turned 30 at midnight"
  String.raw`(?:hours?|hrs?|minutes?|mins?)\s+ago`,
  'midnight',
  oneOf(HOLIDAY_DAYS),
  oneOf(HOLIDAYS_BARE),
  String.raw`(?:in\s+(?:a|one)\s+(?:day|week)|(?:a|one)\s+(?:day|week)\s+ago)`,
  MONTH_NAME,
  String.raw`the\s+${ORDWORD}`,
].map((day) => new RegExp(String.raw`\b${day}\b`, 'gi'));

/** A whole string that is a calendar date (its span is reported on its own), or a month and year. */
const ONLY_DATE = new RegExp(String.raw`^(?:on\s+)?${EXPLICIT_DATE}$`, 'i');
const ONLY_DATE_OR_MONTH = new RegExp(String.raw`^(?:on\s+)?(?:${EXPLICIT_DATE}|(?:in\s+)?${MONTH_YEAR})$`, 'i');

/** Any date expression a birthday can be tied to. */
const DATEISH = String.raw`(?:(?:on\s+)?${EXPLICIT_DATE}|${RELATIVE})`;

/** A time of day: "2:15am", "at 11pm", "4.12 p.m.". */
const CLOCK_TIME = String.raw`(?:at\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d)`;

/** A holiday and a year name one calendar day: "Christmas Day 1975", "Halloween 1998", "New Year's Eve, 2001". */
const HOLIDAY_YEAR = String.raw`${oneOf([...HOLIDAY_DAYS, ...HOLIDAYS_BARE])},?\s+(?:in\s+)?${YEAR}(?!\w)`;

/**
 * A day and month in digits with no year, either order, slashed or (two digits each) dotted: a date only beside a
 * birth word ("birthday: 3/22", "b-day 03.22", "arrived 9/14").
 */
const SHORT_DATE = String.raw`(?:on\s+)?(?:${oneOf([
  String.raw`(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])`,
  String.raw`(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])`,
  String.raw`(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])`,
  String.raw`(?:1[3-9]|2\d|3[01])\.(?:0[1-9]|1[0-2])`,
])})(?![\w/]|\.\d|\s*(?:%|years?|yrs?|hours?|hrs?|miles?|km|kg|lbs?)\b)`;

/**
 * Born on a day known by something else, then the date with its year: "born the same day the Berlin Wall fell. 9
 * November 1989", "born the night the power went out in the ice storm, Jan. 5th, 1998" (LABELLED).
 */
const SAME_DAY_AS = String.raw`(?:on\s+)?the\s+(?:same\s+)?(?:day|night|morning|evening|week)\b[^.!?\n;]{0,50}?[,.:]\s+(?=[\w ,.'’/-]{0,16}?${YEAR})`;

/** Between a label and its date: "DOB is", "DOB on my licence says", "DOB:" (LABELLED). */
const LABEL_LINKS = [
  // "My DOB's 11.04.88"
  String.raw`['’]s`,
  'is',
  'was',
  'says',
  'reads',
  'shows',
  '[:=#~-]',
];

/** Whose form a date of birth is written on: "DOB for the form:", "DOB on my licence" (LABELLED). */
const WHOSE_FORM = [
  'the',
  'my',
  'your',
  'his',
  'her',
  'this',
];

/**
 * A day and month in digits after a date-of-birth label, either order: "DOB 3/22", "D.O.B.: 28/2" (LABELLED).
 */
const LABEL_SHORT_DATE = String.raw`(?:${oneOf([
  String.raw`(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\d|3[01])`,
  String.raw`(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])`,
])})(?!\d)(?![/.-]\d)`;

/** After a dotted number, what makes it a weight, a length of time or a time of day, not a day (BORN_DOTTED). */
const NOT_A_DAY_AFTER = [
  '%',
  'kg',
  'kilos?',
  'lbs?',
  'pounds?',
  'oz',
  'grams?',
  String.raw`g\b`,
  'hours?',
  'hrs?',
  'days?',
  'weeks?',
  'wks?',
  'months?',
  'years?',
  'yrs?',
  'miles?',
  'km',
  String.raw`am\b`,
  String.raw`pm\b`,
  String.raw`a\.m\.`,
  String.raw`p\.m\.`,
];
/**
 * A day and month dotted with one digit on one side, after "born" only ("born 3.14", "born 14.3"): elsewhere it is as
 * often a decimal or a time. Not a weight, a length of time or a time of day ("born 3.25 kg", "born 7.30pm").
 */
const BORN_DOTTED = String.raw`(?:[1-9]\.(?:0[1-9]|[12]\d|3[01])|(?:1[3-9]|2\d|3[01])\.[1-9])(?!\d|\.\d|\s*${oneOf(NOT_A_DAY_AFTER)})`;

/** The day of a birth counted back in years: "born 2 years ago tonight", "13 years ago this morning" (LABELLED, DAY_THEN_BORN). */
const YEARS_AGO_DAY = oneOf([
  'today',
  'tomorrow',
  'yesterday',
  'tonight',
  String.raw`last\s+night`,
  String.raw`this\s+(?:morning|afternoon|evening)`,
]);

/**
 * The part of the day a birth came in, before its day: "born early hours of Sunday", "born in the wee hours of the 3rd",
 * "born the morning of 12 June 2019" (LABELLED).
 */
const BORN_HOURS = String.raw`(?:(?:in\s+the\s+)?(?:early|wee|small)\s+hours|(?:on\s+)?the\s+(?:morning|afternoon|evening|night)|(?:on\s+)?the\s+eve)\s+of\s+`;

/**
 * A word or two on the day before its date, after "born on": "born on a snowy Jan 3rd 1995", "born on a wet Tuesday"
 * (LABELLED). Only before a month with its day or a weekday.
 */
const WEATHERED_DAY = String.raw`an?\s+[a-z]+(?:-[a-z]+)?\s+(?:[a-z]+\s+)?(?=${MONTH}\s+${DAY}(?![\d,.]?\d)|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME}\b|${WEEKDAY})`;

/**
 * A label or the word "born" followed by a date.
 * e.g. "DOB 03/22/1979", "D.O.B.: 3/22", "date of birth: 14 June 1986", "born June 14, 1986", "born on the 4th of July",
 *      "was born this morning", "born 20 years ago today", "born at 4:12am on March 3", "born in Mercy Hospital on May 2",
 *      "born 2 minutes apart on 9 March 1992", "born on Halloween 1998", "b. 12 Oct 1954", "Born Friday evening",
 *      "born 2:47am on the 14th", "Born on this day in 1981", "DOB on my new driving licence says 03/09/1993",
 *      "born 3.14 at 9:26 AM", "DOB 28/2"
 */
const LABELLED = new RegExp(
  String.raw`\b${oneOf([
      String.raw`(d\.?o\.?b\b\.?|date\s+of\s+birth|birth\s?date|birth\s+cert(?:ificate)?\s+(?:says|reads|shows))(?:\s+(?:for|on|in)\s+${oneOf(WHOSE_FORM)}(?:\s+[\w-]+){1,3}?)?\s*(?:${oneOf(LABEL_LINKS)})?\s*((?:on\s+)?${EXPLICIT_DATE}|${LABEL_SHORT_DATE})`,
      String.raw`(born)\s*[:=-]?\s+(?:sleeping\s+)?(?:${BORN_HOURS}|(?:at|in)\s+[^.!?\n,;]{1,40}?,?\s+|` +
        String.raw`(?:\w+\s+){1,3}apart\s+(?:${CLOCK_TIME}\s+)?|${CLOCK_TIME}\s*,?\s*|${SAME_DAY_AS}|[^.!?\n,;]{1,30}?\s+(?=on\s))?(?:on\s+)?(?:${WEATHERED_DAY})?(${EXPLICIT_DATE}|(?:in\s+)?${MONTH_YEAR}|${HOLIDAY_YEAR}|${SHORT_DATE}|${BORN_DOTTED}|${oneOf([
        'today',
        'yesterday',
        String.raw`this\s+(?:morning|afternoon|evening|week)`,
        String.raw`last\s+night`,
        String.raw`(?:on\s+|last\s+|this\s+(?:past\s+)?)?(?:a\s+)?${WEEKDAY}`,
        THE_DAY,
        String.raw`(?:on\s+)?this\s+(?:very\s+|exact\s+|same\s+)?(?:day|date)(?:\s+in\s+${YEAR})?`,
        HOLIDAY,
        // "born the day after Christmas", "born two days before New Year's Eve", "born on the last day of 1999"
        String.raw`(?:the\s+day|(?:a\s+)?(?:couple\s+of|few|two|three|four|five|\d{1,2})\s+days)\s+(?:after|before)\s+${oneOf([...HOLIDAY_DAYS, ...HOLIDAYS_BARE])}`,
        String.raw`the\s+(?:very\s+)?(?:first|last)\s+day\s+of\s+(?:the\s+)?(?:${YEAR}|${MONTH}(?:\s+${YEAR})?|year)`,
      ])}|(?:exactly\s+)?(?:\d{1,3}|${NUMWORD}|a)\s+(?:years?|weeks?|months?)\s+ago\s+${YEARS_AGO_DAY}|(?:exactly\s+)?(?:\d{1,2}|${NUMWORD}|a)\s+(?:days?|weeks?)\s+ago)`,
      // "b. 12 Oct 1954", "b. 1982-04-17": the genealogist's label, before a calendar date with its year ("Plan b. 12 May")
      String.raw`(b\.)\s?(?=[\w ,/.-]{0,14}?${YEAR})(${EXPLICIT_DATE})`,
    ])}`,
  'gi',
);

/** A calendar date that holds its year: "05-08-1983", "1988-07-19", "Jan 3rd 1995", "3 March '90" (LABEL_THEN_DATE). */
const DATE_WITH_YEAR = oneOf([
  String.raw`${MONTH}\s+${DAY},?\s+${YEAR_OR_SHORT}`,
  String.raw`(?:the\s+)?${DAY}(?:\s+of)?\s+${MONTH},?\s+${YEAR_OR_SHORT}`,
  String.raw`(?:0?[1-9]|[12]\d|3[01])[/.-](?:0?[1-9]|[12]\d|3[01])[/.-](?:${YEAR}|\d\d)(?!\d)(?![/.-]\d)`,
  String.raw`${YEAR}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)(?![/.-]\d)`,
]);
/**
 * A date-of-birth label, then a few words with no number, then a date with its year: the date the label asked for,
 * told a clause or a sentence later.
 * e.g. "the dentist asked my DOB and I blanked. It's 05-08-1983", "the form wanted my date of birth, typed 1988-07-19"
 */
const LABEL_THEN_DATE = new RegExp(
  String.raw`\b(?:d\.?o\.?b\b\.?|date\s+of\s+birth|birth\s?date)(?!\w)([^\d\n]{1,60}?)(?<![\w/.-])(${DATE_WITH_YEAR})`,
  'gi',
);
/**
 * Between the label and that date, words that make it another day: an expiry, an appointment, a deadline, a date
 * unknown ("DOB unknown, arrested 12/03/2025", "DOB and address by 01/12/2026").
 */
const LABEL_GAP_OTHER_DAY = new RegExp(String.raw`\b${oneOf([
  String.raw`expir\w*`,
  String.raw`issued?`,
  'valid',
  'due',
  String.raw`appointments?`,
  'deadline',
  String.raw`renew\w*`,
  String.raw`un?til+`,
  'by',
  'before',
  'after',
  'since',
  'from',
  String.raw`clos(?:es|ed|ing)`,
  String.raw`open(?:s|ed|ing)?`,
  String.raw`starts?`,
  String.raw`ends?`,
  String.raw`events?`,
  'held',
  String.raw`registration`,
  String.raw`meeting`,
  'court',
  String.raw`hearings?`,
  String.raw`arrested`,
  String.raw`missing`,
  String.raw`seen`,
  'unknown',
  String.raw`withheld`,
  String.raw`redacted`,
  String.raw`(?:the|a|another)\s+date`,
  'incident',
  String.raw`offen[cs]e`,
  'crime',
  'today',
  'tomorrow',
  'tonight',
  'yesterday',
])}\b`, 'i');
/**
 * A sentence end between the label and the date, unless the next sentence opens on the date or on "it's", "mine was"
 * ("… asked my DOB and I blanked. It's 05-08-1983"): the date belongs to something else (LABEL_THEN_DATE).
 */
const ANOTHER_SENTENCE = /[.!?](?![\s"'“”‘’]*(?:(?:it|mine|that)(?:['’]s|\s+is|\s+was)\s*)?$)/i;
/**
 * The label asked as a question, its "?" right after it, is no sentence of its own: the date after it answers it
 * ("The surgeon said 'date of birth?' and I said '9th of January 1972'") (issue 11).
 */
const LABEL_ASKED = /^[\s"'“”‘’]*\?/;

/**
 * A birthday word; what sits next to it decides whether a date is tied to it.
 * e.g. "birthday", "bday", "b-day", "birthdays", "solar return" (the astrologer's birthday)
 */
const BIRTHDAY = /\b(?:birthday|bday|b-day|b'day|birfday|bornday|solar\s+return)s?\b/gi;

/**
 * Nouns after "birthday" that make the date the party's or the present's rather than the birth date.
 * e.g. "birthday party on Saturday", "birthday cake today", "birthday dinner tomorrow"
 */
const BIRTHDAY_COMPOUND_NOUNS = [
  'part(?:y|ies)',
  'bash',
  'celebrations?',
  'cake',
  'cards?',
  'presents?',
  'gifts?',
  'dinner',
  'lunch',
  'brunch',
  'drinks',
  'plans?',
  'shopping',
  'girl',
  'boy',
  'suit',
  'month',
  'season',
  'list',
  'balloons?',
  'candles?',
  'song',
  'treat',
  'trip',
  'eve',
  'surprise',
  'week(?:end)?',
  'wishes',
  'messages?',
  // a shop's: "Birthday sale ends 12 March!", "birthday weekend deals end Sunday 9 June" (issue 11)
  'sales?',
  'deals?',
  'offers?',
  'discounts?',
  'promo(?:tion)?s?',
  'specials?',
  'vouchers?',
  'coupons?',
];
const BIRTHDAY_COMPOUND = new RegExp(String.raw`^['’]?s?\s*${oneOf(BIRTHDAY_COMPOUND_NOUNS)}\b`, 'i');
/** The one whose birthday it is, then the day: "Birthday boy today!", "birthday girl is 7 tomorrow" (the day is hers). */
const BIRTHDAY_PERSON = new RegExp(String.raw`^\s*(?:boy|girl|queen|king)\b(?=\s*(?:[,:–—-]\s*)?${TODAYISH}\b)`, 'i');

/**
 * A birthday greeting tied to a day, with the person in between.
 * e.g. "Happy birthday to my amazing husband today", "Sending birthday wishes to Sgt. Miller today",
 *      "Happy 21st to my niece Ava today!"
 */
/** Titles whose full stop does not end a greeting: "Sending birthday wishes to Sgt. Miller today". */
const GREETING_TITLES = [
  'sgt',
  'lt',
  'det',
  'ofc',
  'dr',
  'mr',
  'mrs',
  'ms',
  'capt',
  'cpl',
  'sr',
  'jr',
];
/** Words that open a birthday greeting: "Happy 21st", "Sending birthday wishes". */
const GREETINGS = [
  'happy',
  'wish(?:es|ing)?',
  'sending',
  'send',
  // a birthday kept for someone who died: "Heavenly birthday to my mom today", "Remembering Dad on his birthday today"
  'heavenly',
  'remembering',
  String.raw`thinking\s+(?:of|about)`,
  'missing',
];
const GREETING_DAY = new RegExp(
  String.raw`\b${oneOf(GREETINGS)}\b[^.!?\n]{0,20}?\b(?:(?:birthday|bday|b-day|solar\s+return)(?:\s+wishes)?|\d{1,3}(?:st|nd|rd|th)|${ORDWORD})\b(?:[^.!?\n]|(?<=\b${oneOf(GREETING_TITLES)})\.){0,40}?\b${TODAYISH}\b`,
  'gi',
);

/**
 * Between an ordinal with no noun after it and its day, where the day is spent: "my 30th at the precinct today",
 * "her 40th in Paris on Saturday" (a place or company, no comma or clause break); TAIL reads it after "birthday" too
 * ("Nanna's 100th birthday was celebrated at the care home today").
 */
const SPENT_AT = String.raw`(?:(?:at|in|with)\s+(?:the|a|an|my|our|his|her|work|home|\p{Lu}\p{L}+)\b[^.!?\n,;]{0,25}?\s+)`;

/**
 * The linking words TAIL lets stand between "birthday" and its day.
 * e.g. "is", "falls", "'s", "are both", "again", "at 2pm"
 */
const TAIL_LINKS = [
  // "on my 17th birthday, which is next Monday"
  'which',
  'is',
  'was',
  'are',
  'were',
  String.raw`will\s+be`,
  'falls',
  // "My birthday is coming up on the 22nd"
  String.raw`coming(?:\s+up)?`,
  'fell',
  'lands',
  'comes',
  'came',
  'it',
  String.raw`['’]?s`,
  'also',
  // "my birthday is literally tomorrow"
  'literally',
  'finally',
  'technically',
  'obviously',
  // "share a birthday and it's this Sunday", "my 35th birthday on the same day, today"
  String.raw`and(?=\s+it(?:['’]?s|\s+is|\s+falls)\b)`,
  String.raw`on\s+the\s+same\s+day`,
  // "birthday was celebrated at the care home today", "birthday spent at work tomorrow"
  'celebrated',
  'spent',
  'marked',
  SPENT_AT,
  'both',
  'again',
  'actually',
  'officially',
  'up',
  String.raw`(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)`,
  // an aside giving the day (issue 11): "on my 50th birthday (yes, today)", "birthday (today!)"
  String.raw`\(\s*(?:yes|yep|yup|aye|really)?`,
];

/**
 * Between "birthday" and a following date only linking words may stand.
 * e.g. "birthday is tomorrow", "bday's on the 14th", "birthday — this Saturday the 14th", "birthday: 3/22",
 *      "birthday's on 4/17", "birthdays are both Oct 3", "birthday again today", "birthday, 2pm on the 16th"
 */
const TAIL = new RegExp(
  String.raw`^(?:\s*[,:;–—-]?\s*(?:${oneOf(TAIL_LINKS)})\b)*\s*[,:;–—-]?\s*(${DATEISH}|${SHORT_DATE})`,
  'iu',
);

/**
 * Before "birthday": a date, an optional linking word, and at most a few possessive words.
 * e.g. "today is my birthday", "Tomorrow's my bday", "14 days till my birthday", "next week- Dan's birthday",
 *      "Saturday is Jake's 10th birthday", "Off work tomorrow because it's my birthday"
 */
const HEAD = new RegExp(
  String.raw`(?<![\w'’])(${DATEISH}|${SHORT_DATE}|(?:\d{1,2}|${NUMWORD})\s+(?:more\s+)?(?:days?|weeks?|sleeps?)\s+['’]?${oneOf([
      'till',
      'til',
      'until',
      'to',
      'before',
    ])})\s*(?:[,:;–—-]\s*)?(?:(?:because|cause|cos|coz|since|as)\s+)?(?:${oneOf([
      'is',
      'was',
      String.raw`will\s+be`,
      'be',
      String.raw`['’]s`,
      String.raw`it['’]?s`,
      String.raw`it\s+is`,
      String.raw`it\s+was`,
      String.raw`(?:it\s+)?(?:would|should)(?:\s+have|\s*['’]ve)\s+been`,
      String.raw`(?:it\s+)?would\s+be`,
    ])}\s+)?(?:${oneOf([
      'my',
      'his',
      'her',
      'their',
      'our',
      'your',
      'the',
      'a',
      'an',
      String.raw`[\p{L}]+\s?['’]s?`,
      String.raw`\d{1,3}(?:st|nd|rd|th)`,
      String.raw`${ORDWORD}`,
      'little',
      'big',
      'baby',
      'sweet',
      'favou?rite',
      'best',
      'dear',
      'beautiful',
      'amazing',
      'lovely',
      'oldest',
      'youngest',
      'eldest',
      'precious',
      'own',
      'official',
      'actual',
      // "Today is my golden birthday" (an age that matches the day), "Today is Dad's heavenly birthday"
      'golden',
      'heavenly',
      'special',
      'milestone',
    ])}\s+){0,4}$`,
  'iu',
);

/**
 * An age reached on a given day.
 * e.g. "turns 6 today", "turned 40 yesterday", "turning 30 on Saturday", "will be 7 tomorrow", "is 6 years old today",
 *      "celebrates 85 today", "I'm 36 on Saturday", "would have been 80 today", "70 years young today", "4 months old today",
 *      "turning sweet sixteen on Monday", "just turned 35 an hour ago"
 */

/** An age reached again, as a joke: "Turning 29 for the fourth time on the 21st", "turning 21 again on Friday" (TURNS). */
const AGE_AGAIN = String.raw`(?:\s+(?:again|for\s+the\s+\w+\s+time))`;
/** The day an age is reached on (TURNS): a day, a short date, or a moment just gone ("an hour ago"). */
const TURNS_DAY = oneOf([DATEISH, SHORT_DATE, JUST_NOW]);
/** After an age: "years old", "yrs", "months old", "yo" (TURNS). */
const AGE_UNIT = String.raw`(?:(?:years?|yrs?)(?:\s+(?:old|young))?|(?:months?|weeks?|days?)\s+old|yo)`;
/** An age of one in words: "a year old", "a month old" (TURNS: "Our son will be a year old on Friday"). */
const A_YEAR_OLD = String.raw`an?\s+(?:year|month|week)\s+old`;
const TURNS = new RegExp(
  String.raw`\b(${oneOf(AGE_VERBS)})\s+(?:(?:the\s+(?:big\s+)?|sweet\s+)?(?:\d{1,3}|${NUMWORD}|[1-9]-(?:0|oh))(?:\s*${AGE_UNIT})?|${A_YEAR_OLD})${AGE_AGAIN}?\s*,?\s*(?:as\s+of\s+)?(${TURNS_DAY})`,
  'gi',
);

/**
 * A bare age after a verb, closing its clause: "my little girl is three.", "Dad will be 60!" (DAY_THEN_TURNS reads it
 * only after a person).
 */
const BARE_AGE_VERBS = [
  'is',
  'am',
  'im',
  'are',
  String.raw`will\s+be`,
  String.raw`would\s+be`,
  String.raw`(?:would|should)(?:\s+have|\s*['’]ve)\s+been`,
];
/** Said of an age reached, before or after it: "Saturday I'm officially 40", "tmrw im 18 finally". */
const BARE_AGE_ADVERBS = [
  'officially',
  'finally',
  'now',
  String.raw`at\s+last`,
];
const BARE_AGE = String.raw`(?:\b${oneOf(BARE_AGE_VERBS)}|['’](?:[sm]|ll\s+be|d\s+(?:have|['’]ve)\s+been))\s+(?:${oneOf(BARE_AGE_ADVERBS)}\s+)?(?:\d{1,3}|${NUMWORD})(?:\s+${oneOf(BARE_AGE_ADVERBS)})?(?=\s*(?:[.!,;)]|$|\p{Extended_Pictographic})|\s+(?:and|but|so|&)\s)`;

const BARE_AGE_END = new RegExp(`${BARE_AGE}$`, 'iu');

/**
 * The day first, the age after.
 * e.g. "Today I turn 40", "Tomorrow my baby girl turns 5", "On Saturday Jake turns 10", "Saturday I'm officially 40", "Tomorrow my sister celebrates
 *      her 30th", "Today my little girl is three." (a bare age at the clause's end: only with a person as subject), "On May 4 I
 *      turn 30", "3 days till I'm 30", "Today I become a 40-year-old"
 */
const DAY_THEN_TURNS = new RegExp(
  String.raw`\b${oneOf([
    TODAYISH,
    String.raw`(?:on|this|next)\s+${WEEKDAY}`,
    String.raw`(?<=^|[.!?]\s+)${WEEKDAY}`,
    String.raw`(?:this|next)\s+${SHORT_WEEKDAY}`,
    // "Next week I'll be 40", "In 3 days I'll be 30"
    String.raw`next\s+(?:week|month)`,
    String.raw`in\s+${DAY_COUNTS}\s+(?:days?|weeks?|sleeps)`,
    // "3 days till I'm 30", "Three sleeps until I'm 7!", "One more sleep til my lad turns 18"
    String.raw`${DAY_COUNTS}\s+(?:more\s+)?(?:days?|weeks?|sleeps?)\s+['’]?(?:un)?til+`,
    // "On May 4 I turn 30", "On the 5th I'll be 60"
    String.raw`on\s+(?:${EXPLICIT_DATE}|the\s+${DAY})`,
    // "Cubs tonight, the day before he turns 8!" (issue 11)
    String.raw`the\s+day\s+(?:before|after)`,
  ])}\b[^.!?\n]{0,30}?${oneOf([
    String.raw`\b(?:turn(?:s|ing)?|hit(?:s|ting)?)\s+(?:the\s+(?:big\s+)?)?(?:\d{1,3}|${NUMWORD}|[1-9]-(?:0|oh))`,
    // "Today my son is 6 years old", "Today I'm 40 years young"
    String.raw`(?:\b(?:is|am|are)|['’][ms])\s+(?:\d{1,3}|${NUMWORD}|a|an)\s+(?:years?|yrs?|months?)\s+(?:old|young)`,
    String.raw`\bcelebrat(?:es|ing)\s+(?:his|her|my|their|our|your)\s+(?:\d{1,3}(?:st|nd|rd|th)|${ORDWORD})`,
    // "Today I become a 40-year-old"
    String.raw`\bbecom(?:e|es|ing)\s+an?\s+(?:\d{1,3}|${NUMWORD})[- ](?:years?[- ]old|yo)`,
    BARE_AGE,
  ])}(?!\w)`,
  'giu',
);

/**
 * A day before "was born".
 * e.g. "Ten years ago today my daughter was born", "On March 3, 2018 Liam was born", "Yesterday our son was born"
 */
const DAY_THEN_BORN = new RegExp(
  String.raw`(?<!\w)((?:on\s+)?${EXPLICIT_DATE}|today|yesterday|last\s+night|this\s+morning|${oneOf([
      String.raw`\d{1,3}`,
      String.raw`${NUMWORD}`,
      'a',
    ])}\s+years?\s+ago\s+${YEARS_AGO_DAY}|exactly\s+(?:\d{1,3}|${NUMWORD}|a)\s+years?\s+ago|this\s+(?:very\s+)?time\s+(?:\d{1,3}|${NUMWORD}|a)\s+years?\s+ago|(?:on\s+)?this\s+(?:day|date)(?:\s+in\s+${YEAR})?)\b[^.!?\n]{0,40}?\b${oneOf([
      String.raw`(?:was|were|got|being)\s+born`,
      String.raw`c[oa]me\s+(?:\w+\s+)?into\s+(?:the|this)\s+world`,
      String.raw`entered\s+(?:the|this)\s+world`,
    ])}\b`,
  'gi',
);

const NOT_THE_BABY = String.raw`(?!['’]?s?\s*${oneOf(BABY_THINGS)}\b)`;

/**
 * A birth said without "born" (birth-words.ts): a phrase that is a birth on its own (group 1), "welcomed"/"had" with
 * a newborn (2) or a child (3) after it, "became a dad" (4), or an arrival (5) whose subject is a newborn. BIRTH_EVENT
 * ties it to the nearest day in its sentence.
 * e.g. "gave birth to our son on Monday", "welcomed our son at 3am on the 14th", "had a baby girl last night",
 *      "came into the world last night", "Twelve years ago today, I became a dad", "Our little one arrived Tuesday"
 */
const BIRTH_EVENT = new RegExp(
  String.raw`\b(?:(${oneOf(BIRTH_PHRASES)})|(?:${oneOf(BIRTH_OBJECT_VERBS)})\s+(?:${oneOf(BIRTH_OBJECT_WORDS)}\s+){0,3}(?:(${oneOf(NEWBORN)})${NOT_THE_BABY}|(${oneOf(CHILD)}))|(${oneOf(BECAME)}\s+(?:a\s+|an\s+)?${oneOf(PARENT)})|(${oneOf(ARRIVAL_VERBS)}))\b(?!['’]s\b)`,
  'gi',
);
const NEWBORN_WORD = new RegExp(String.raw`\b(?:${oneOf(NEWBORN)})\b${NOT_THE_BABY}`, 'i');
const CHILD_WORD = new RegExp(String.raw`\b(?:${oneOf(CHILD)})\b`, 'i');
const BIRTH_DETAIL = new RegExp(String.raw`\b(?:${oneOf(BIRTH_DETAILS)})\b`, 'i');
const CLOCK_TIMES = new RegExp(CLOCK_TIME, 'gi');
/** "Little Amara", "Baby Leo": case-sensitive, so "the little league" is no newborn. */
const NAMED_NEWBORN = new RegExp(String.raw`\b${oneOf(NEWBORN_NAMED)}\s+\p{Lu}\p{Ll}+\b(?!\s+(?:League|Italy|Rock|Women))`, 'u');

/**
 * An age reached that no number names, or "another year" (birth-words.ts), tied to the nearest day in its sentence
 * by AGE_MILESTONE.
 * e.g. "becomes a teenager tomorrow", "Tomorrow I officially become a senior citizen", "hits double digits on Sunday",
 *      "Another year older today", "another trip around the sun tomorrow"
 */
const AGE_MILESTONE = new RegExp(
  String.raw`\b(?:(?:${oneOf(MILESTONE_VERBS)}\s+(?:(?:now|finally|officially)\s+)?|officially\s+)(${oneOf(AGE_MILESTONES)})|${oneOf(ANOTHER_YEAR)})\b`,
  'gi',
);

/** Any day a birth or an age is tied to, on its own (BIRTH_EVENT and AGE_MILESTONE look for the nearest). */
const DAY_ANY = new RegExp(String.raw`(?<![\w'’/.])(?:${DATEISH}(?!\w)|${SHORT_DATE})`, 'gi');

/**
 * The day nearest a cue in its sentence (up to 60 characters either side, no ellipsis, semicolon, dash or "but"
 * between), unless it is another event's: a due date, or a day the cue is "since" or "until".
 * e.g. "welcomed our son at 3am on the 14th" -> "on the 14th"; "due on the 14th" -> none; "had a baby... I took out
 *      the trash last night" -> none
 */
function dayNear(c: BirthText, start: number, end: number): { start: number; end: number } | undefined {
  const sentence = c.analysis.sentenceAt(start);
  const from = Math.max(sentence.start, start - 60);
  const to = Math.min(Math.max(sentence.end, end), end + 60);
  let best: { start: number; end: number } | undefined;
  let bestGap = Infinity;
  for (const d of scan(DAY_ANY, c.text.slice(from, to))) {
    const dStart = from + d.index;
    const dEnd = dStart + d[0].length;
    if (dEnd > start && dStart < end) continue;
    // "due on the 14th", "since Tuesday", "by Friday" (not "grew by one yesterday", "delivered by c-section on Thursday")
    if (/\b(?:due|expected|expecting|since|until|till|til)\b[^.!?\n]{0,15}$|\bby\s+$/i.test(before(c.text, dStart, 24))) continue;
    const gap = dStart >= end ? dStart - end : start - dEnd;
    if (/\.\.|…|;|\s[–—-]\s|\bbut\b/.test(dStart >= end ? c.text.slice(end, dStart) : c.text.slice(dEnd, start))) continue;
    if (gap < bestGap) [best, bestGap] = [{ start: dStart, end: dEnd }, gap];
  }
  return best;
}

/** A birth's anniversary: "A year ago today our daughter arrived" (a child's arrival counted in years to the day). */
const YEARS_AGO_TODAY = new RegExp(String.raw`\b(?:\d{1,3}|${NUMWORD}|a)\s+years?\s+ago\s+${YEARS_AGO_DAY}\b`, 'i');
/**
 * Who arrives on a birth's anniversary, besides a child: a name with its parents' "our" (not "my Tesla"), "you" or "I"
 * ("Twelve years ago tonight, at 3:14am, our Ellie arrived.", "21 years ago today you arrived.", "50 years ago today,
 * I arrived.", the arrival closing its clause: not "… I arrived in London").
 */
const ANNIVERSARY_ARRIVER = /(?:^|[\s,(])(?:[Oo]ur\s+\p{Lu}\p{Ll}+|[Yy]ou|I)\s*$/u;
/** The end of a clause, right after an arrival ("… our Ellie arrived." but not "… arrived in Sydney"). */
const CLAUSE_END = /^\s*(?:[.!,;]|$|\p{Extended_Pictographic})/u;
/** A birth announced: "It's a girl!" (an arrival's named subject is then the newborn: "Ava Grace came early on the 2nd"). */
const IT_IS_A = /\bit['’]?s\s+a\s+(?:boy|girl)\b/i;
/** A newborn's weight: "7 lb 8 oz", "3.2kg". */
const BIRTH_WEIGHT = /\b\d+(?:\.\d)?\s?(?:lbs?|oz|pounds?|kg)\b/i;

/** "welcomed a son", "had our second son": an article or a birth order makes the child a newborn. */
const BIRTH_ORDER = new RegExp(String.raw`^(?:welcom\w*|had)\s+(?:an?|(?:our|their|my|his|her)\s+${oneOf([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  String.raw`[1-5](?:st|nd|rd|th)`,
])})\s`, 'i');

/** BIRTH_EVENT's day, once its subject or object is known to be a newborn (or a child at a birth). */
const birthEventDay = perMatch((m: RegExpExecArray, c: BirthText) => {
  const end = m.index + m[0].length;
  const sentence = c.analysis.sentenceAround(m.index, end, 120);
  const [, phrase, newborn, child, became, arrival] = m;
  // "welcomed a son", "had our second son": an article or a birth order makes the child a newborn
  if (child && !BIRTH_ORDER.test(m[0]) && !BIRTH_DETAIL.test(sentence)) return undefined;
  if (arrival) {
    // a bare "came" ("she came last Tuesday") is a birth only beside a birth detail ("due date", a weight)
    if (/^came$/i.test(arrival) && !BIRTH_DETAIL.test(c.text.replace(CLOCK_TIMES, ' '))) return undefined;
    // the subject: a newborn ("Our little one arrived"), or a child at a birth ("our son Leo, who arrived … 8lbs")
    const subject = c.analysis.sentenceBefore(m.index, 50);
    const newborn = NEWBORN_WORD.test(subject) || NAMED_NEWBORN.test(subject);
    // a child at a birth ("our son Leo, who arrived … 8lbs"), or "she"/no subject with a weight or the labour in the post
    // (or a year to the day, the arrival closing its clause: "A year ago today our daughter arrived.", "… our Ellie arrived.", not "… arrived in Sydney")
    const anniversary = YEARS_AGO_TODAY.test(sentence) && CLAUSE_END.test(c.text.slice(end, end + 4));
    const child = (CHILD_WORD.test(subject) && (BIRTH_DETAIL.test(sentence) || anniversary)) || (anniversary && ANNIVERSARY_ARRIVER.test(subject));
    const unnamed = /^(?:\W*|.*\b(?:she|he|they)(?:\s+(?:decided|wanted|chose)\s+to)?\s*)$/i.test(subject) && BIRTH_DETAIL.test(c.text.replace(CLOCK_TIMES, ' '));
    // a named one with a birth weight in the sentence: "Matilda Rose arrived this morning at 10:02, 7 lb 8 oz"
    // (not "Tom arrived at the barbecue with 10 lbs of sausages": somewhere to arrive at is a journey)
    const named = /(?:^|[.!?]\s+)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s*$/u.test(subject) && (BIRTH_WEIGHT.test(sentence) || IT_IS_A.test(c.text)) && !/^\s+(?:at|to|in|from|with|home|back)\b(?!\s+\d)/i.test(c.text.slice(end, end + 20));
    if (!newborn && !child && !unnamed && !named) return undefined;
    // "arrived home", "arrived back from camp": a journey, not a birth
    if (JOURNEY.test(c.text.slice(end, end + 30))) return undefined;
  }
  if (!phrase && !newborn && !child && !became && !arrival) return undefined;
  // a time of day dates a birth said outright ("delivered a baby girl at 0500"); an arrival needs a day ("the twins arrived at 5pm")
  return dayNear(c, m.index, end) ?? (arrival ? undefined : clockAfter(c, end));
});

/** A day, then "on my birthday" (issue 11, train-y): "Got my stripes today, on my 33rd birthday no less". */
const TODAY_ON_MY_BIRTHDAY = new RegExp(
  String.raw`\b(?:today|tonight|this\s+morning|yesterday)\s*,?\s+on\s+(?:my|his|her)\s+(?:(?:\d{1,3}(?:st|nd|rd|th)|${ORDWORD})\s+)?(?:birthday|bday)\b`,
  'gi',
);
/** An ordinal birthday with its date in brackets (issue 11, train-x): "on my 30th last week (20 Nov)". */
const NTH = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const DAY_AND_MONTH = String.raw`(?:${NTH}\s+${MONTH}|${MONTH}\s+${NTH})`;
const ORDINAL_DATE_IN_BRACKETS = new RegExp(String.raw`\b(?:my|his|her)\s+\d{2}(?:st|nd|rd|th)\b[^.!?\n()]{0,20}?\((${DAY_AND_MONTH})\)`, 'gi');
/** An ordinal birthday, then its date (issue 11, train-y): "for my 35th, which is actually the 12th". */
const ORDINAL_WHICH_IS = /\b(?:my|his|her)\s+\d{2}(?:st|nd|rd|th)\s*,?\s+which\s+is\s+(?:actually\s+|really\s+)?(?:on\s+)?(the\s+\d{1,2}(?:st|nd|rd|th))\b/gi;

/** What follows a score out of ten: "10/10 would give birth again", "9/10 recommend". */
const RATING_AFTER = /^\s*(?:would|recommend\w*|stars?|rating|no\s+notes)\b/i;

/** A time of day said of a birth, the day being the post's: "delivered a baby girl … at 0500", "welcomed our son at 3:12am". */
const BIRTH_CLOCK = new RegExp(String.raw`\b(?:${CLOCK_TIME}|at\s+(?:[01]\d|2[0-3])[0-5]\d(?:\s*(?:hours|hrs))?)(?!\w)`, 'i');
function clockAfter(c: BirthText, end: number): { start: number; end: number } | undefined {
  const sentence = c.analysis.sentenceAt(end);
  const after = c.text.slice(end, Math.min(sentence.end, end + 60));
  const t = BIRTH_CLOCK.exec(after);
  if (!t || /\.\.|…|;|\s[–—-]\s|\bbut\b/.test(after.slice(0, t.index))) return undefined;
  return { start: end + t.index, end: end + t.index + t[0].length };
}

/** After "arrived": a journey, not a birth ("arrived home", "arrived back from camp", "arrived at school"). */
const JOURNEY = new RegExp(String.raw`^\s+${oneOf([
  'home',
  'back',
  String.raw`safe(?:ly)?\s+(?:home|back|at|in|to)`,
  'from',
  String.raw`at\s+${oneOf([
    'school',
    'work',
    'camp',
    'practice',
    'university',
    'college',
    String.raw`the\s+(?:airport|station|zoo|party|camp)`,
  ])}`,
  String.raw`in\s+town`,
  'for',
])}\b`, 'i');

/** AGE_MILESTONE's day, when the one reaching it is a person ("we hit double digits today" is a sales figure). */
const milestoneDay = perMatch((m: RegExpExecArray, c: BirthText) => {
  const subject = subjectBefore(c.analysis, m.index);
  // "level 35 unlocked today" is a game unless a birthday is in the post
  if (/^level\s+\d/i.test(m[0]) && !BIRTH_CONTEXT.test(c.text)) return undefined;
  if (m[1] && /^double/i.test(m[1]) && !PERSON_SUBJECT.test(subject) && !BIRTH_CONTEXT.test(c.analysis.sentenceAround(m.index, m.index + m[0].length, 120))) return undefined;
  return dayNear(c, m.index, m.index + m[0].length);
});

/**
 * An ordinal birthday without the word "birthday", tied to a day, when the post is about a birthday.
 * e.g. "Happy 30th today, babe", "celebrating my 40th tomorrow", "his 10th on Saturday"
 */
/** Who an ordinal birthday is said of, or a greeting: "happy", "my", "Grace's", "the twins'". */
const ORDINAL_OWNERS = [
  'happy',
  'my',
  'his',
  'her',
  'your',
  'their',
  String.raw`[\p{L}]+['’]s`,
  String.raw`[\p{L}]+s['’]`,
];
const ORDINAL_DAY = new RegExp(
  String.raw`\b${oneOf(ORDINAL_OWNERS)}\s+(?:\d{1,3}(?:st|nd|rd|th)|${ORDWORD}|sweet\s+16)\s*,?\s*` +
    String.raw`(?:is\s+|was\s+|falls\s+|for\s+|:\s*|${SPENT_AT})?(${oneOf([
      TODAYISH,
      'yesterday',
      // "Mum's 65th is this weekend" (not "going to my cousin's 30th this weekend", a party)
      String.raw`(?<=(?:is|was)\s+)(?:this|next|last)\s+week(?:end)?`,
      String.raw`the\s+day\s+(?:after|before)\s+(?:tomorrow|yesterday)`,
      String.raw`(?:on|this|next)\s+${WEEKDAY}`,
      // "Happy 40th for Thursday, mate" (issue 11)
      String.raw`(?<=(?:is|:|for)\s*)${WEEKDAY}`,
      String.raw`(?:this|next)\s+${SHORT_WEEKDAY}`,
      String.raw`(?:on\s+)?the\s+${DAY}(?:\s+of\s+${MONTH})?`,
      String.raw`(?:on\s+)?${EXPLICIT_DATE}`,
      // "celebrating my 40th on 12/6"
      SHORT_DATE,
    ])})(?!\w)`,
  'giu',
);

/**
 * The day first, then an ordinal that closes its clause: the ordinal is an age ("Today is my 50th", "Saturday's
 * Dan's 40th!"); with a noun after it ("my 50th shift") it counts something else.
 * e.g. "Today is my 50th and the kids made pancakes", "Tomorrow's my 40th, no fuss", "Next Friday is hubby's 60th."
 */
const ORDINAL_DAYS = [
  TODAYISH,
  'yesterday',
  String.raw`last\s+(?:${WEEKDAY}|week)`,
  String.raw`(?:on|this|next|coming)\s+(?:${WEEKDAY}|${SHORT_WEEKDAY})`,
  WEEKDAY,
  EXPLICIT_DATE,
  // (issue 11) "Party's on the 23rd for my 40th!", "Bee sting on my eyelid the day before my 30th"
  String.raw`on\s+the\s+${DAY}`,
  String.raw`the\s+day\s+(?:before|after)`,
];
const ORDINAL_LINKS = [
  'is',
  'was',
  String.raw`will\s+be`,
  String.raw`['’]s`,
  String.raw`it['’]?s`,
  String.raw`it\s+is`,
  // the day a party is on, for an age (issue 11): "on the 23rd for my 40th" (not "came out of the drawer today for his
  // 90th", a thing taken out for the occasion)
  String.raw`(?<=on\s+the\s+${DAY}\s*,?\s*)for`,
  // none after "the day before": "the day before my 30th"
  String.raw`(?<=before|after)`,
];
/** A new clause after the ordinal, so no noun is counted: "Today is my 50th and …", "… lol". */
const CLAUSE_GOES_ON = [
  'and',
  'but',
  'so',
  '&',
  'lol',
  'haha',
];
const DAY_THEN_ORDINAL = new RegExp(
  String.raw`(?<!\w)${oneOf(ORDINAL_DAYS)}\s*,?\s*${oneOf(ORDINAL_LINKS)}\s+` +
    String.raw`((?:${oneOf(ORDINAL_OWNERS.slice(1))})\s+(?:\d{1,3}(?:st|nd|rd|th)|${ORDWORD}))(?=\s*(?:[.!,;:)…]|$|\p{Extended_Pictographic}|\s+${oneOf(CLAUSE_GOES_ON)}\b))`,
  'giu',
);

/**
 * An ordinal being spent or celebrated now, the present tense giving the day: "Spending my 40th on a night shift",
 * "Celebrating my 21st with the lads!", "celebrating Grandpa's 100th". Not "spending my 30th year on the force" or
 * "celebrating our 7th anniversary" (a noun after the ordinal), nor "my 20th on the force" (SERVICE_AFTER).
 */
/** After the ordinal being spent: where, with whom or how ("on a night shift", "with the lads", "working"). */
const SPENT_HOW = [
  'on',
  'at',
  'in',
  'with',
  'by',
  'doing',
  'working',
  'alone',
  'here',
  'today',
  'tonight',
];
const SPENDING_ORDINAL = new RegExp(
  String.raw`\b(?:spending|celebrating)\s+((?:${oneOf(ORDINAL_OWNERS.slice(1))})\s+(?:\d{1,3}(?:st|nd|rd|th)|${ORDWORD}))(\s+(?:birthday|bday|b-day))?` +
    String.raw`(?=\s+${oneOf(SPENT_HOW)}\b|\s*(?:[.!,;:()…]|$|\p{Extended_Pictographic}))`,
  'giu',
);
/** After an ordinal, a place of work: a count of years served, not an age ("my 20th on the force", "my 10th with the department"). */
const SERVICE_AFTER = new RegExp(String.raw`^\s+(?:(?:on|with|in|at)\s+(?:the\s+)?${oneOf([
  'job',
  'force',
  'department',
  'dept',
  'agency',
  'beat',
  'service',
  'team',
  'squad',
  'unit',
  'company',
  'firm',
])}|in\s+uniform)\b`, 'i');
/** The ordinal in a match ("my 10th with the department today" -> "10th"): SERVICE_AFTER reads what follows it. */
const AN_ORDINAL = new RegExp(String.raw`(?:\d{1,3}(?:st|nd|rd|th)|${ORDWORD}|sweet\s+16)(?!\w)`, 'i');
function afterOrdinal(c: BirthText, m: RegExpExecArray): string {
  const o = AN_ORDINAL.exec(m[0]);
  const end = o ? m.index + o.index + o[0].length : m.index + m[0].length;
  return c.text.slice(end, end + 40);
}

/**
 * A milestone age with "big" before it, which only a birthday has.
 * e.g. "Big 5-0", "the big 4-0", "the big three-oh", "big 40 for the hubby"
 */
const ROUND_AGE = oneOf([
  '[1-9]0',
  ...TENS,
  String.raw`${oneOf(UNITS)}[- ]oh`,
]);
/** After "big 4-0", a measure: "the big 4-0 inch TV" is a size, not an age (BIG_AGE). */
const MEASURES = [
  'inch',
  String.raw`in\b`,
  '["”%]',
  String.raw`ft\b`,
  'feet',
  'foot',
  'mph',
  String.raw`lbs?\b`,
  String.raw`kg\b`,
];
/** After "big 40" with no dash, what shows it is an age: "big 40 for the hubby", "the big 40 tomorrow" (BIG_AGE). */
const AFTER_BIG_AGE = [
  '[,!:;–—-]',
  String.raw`for\b`,
  String.raw`is\b`,
  String.raw`on\b`,
  String.raw`this\b`,
  String.raw`next\b`,
  String.raw`coming\b`,
  // "The big four-oh lands on the 9th"
  String.raw`(?:lands|falls|arrives|will)\b`,
  TODAYISH,
  '$',
];
const BIG_AGE = String.raw`\b(?:sweet\s+(?:16|sixteen)\b|big\s+(?:[1-9]\s?-\s?(?:0|oh)(?!\s*${oneOf(MEASURES)})|${ROUND_AGE}(?![-–]\w)(?=\s*${oneOf(AFTER_BIG_AGE)})))(?!\w)`;
/**
 * A milestone age tied to a day, either way round.
 * e.g. "Big 5-0 for the hubby on Sunday the 9th", "the big 4-0 tomorrow", "Tomorrow is the big 4-0"
 */
const BIG_AGE_DAY = new RegExp(
  String.raw`${BIG_AGE}[^.!?\n]{0,40}?(?<!\w)(${DATEISH})|(?<!\w)(?:${TODAYISH}|(?:on|this|next|coming)\s+(?:${WEEKDAY}|${SHORT_WEEKDAY})|${WEEKDAY}|${EXPLICIT_DATE})[^.!?\n]{0,25}?${BIG_AGE}`,
  'gi',
);

/** A day and month in digits with a slash, either order: "17/03", "3/17" (DATE_BABY; not "24/7"). */
const SLASHED_DAY = String.raw`(?:(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))(?![\d/])`;
/**
 * Born on a calendar day, said as "a <date> baby", or a holiday that names one day.
 * e.g. "both 22nd March babies", "a proper June 14th baby", "a 4th of July baby", "a Christmas Day baby", "leap day babies",
 *      "I'm a 17/03 baby", "Leap-year baby here" (born on 29 February)
 */
const DATE_BABY = new RegExp(
  String.raw`(?<![\w/])(?:the\s+)?(${DAY}(?:\s+of)?\s+${MONTH}|${MONTH}\s+${DAY}|${oneOf(HOLIDAY_DAYS)}|leap[- ]year|(?!24/7\b)${SLASHED_DAY})\s+bab(?:y|ies)\b${NOT_THE_BABY}`,
  'gi',
);
/**
 * A newborn's weight, closing its phrase: "7lb 2oz", "8 lbs, 3 oz", "3.2kg", "3200g", "7lb of pure joy" (BIRTH_STATS; not
 * "9 lbs down", "a 7 lb hammer").
 */
const POUNDS = String.raw`(?:[4-9]|1[0-2])\s?(?:lbs?|pounds?)(?:\s*,?\s*\d{1,2}\s?(?:oz|ounces?))?`;
const KILOS = String.raw`[1-5](?:[.,]\d{1,3})?\s?(?:kg|kilos?)|[1-5]\d{3}\s?(?:g|grams)`;
/** What closes a newborn's weight: the end of its phrase, "and", "of pure joy". */
const WEIGHT_END = String.raw`(?=\s*(?:[.!,;:)(|–—-]|$|\p{Extended_Pictographic}|of\s+(?:pure\s+)?(?:joy|love|perfection|cuteness)\b|and\b|&))`;
const NEWBORN_WEIGHT = String.raw`(?:${POUNDS}|${KILOS})(?!\w)${WEIGHT_END}`;
/** Between a birth's date and its weight: a comma, a full stop, a bar, or a time of day ("3 May, 4:12am, 7lb 2oz"). */
// (a weight said with "at" or "weighing", issue 11, train-x: "Our little miracle arrived 4 Dec 2026 at 6lb 3oz")
const STATS_GAP = String.raw`(?:\s*[,.;:|–—-]\s*|\s+)(?:${CLOCK_TIME}(?:\s*[,.;:|–—-]\s*|\s+))?(?:(?:at|weighing)\s+)?`;
/**
 * A birth announced by its numbers: a calendar date beside a newborn's weight, either way round.
 * e.g. "Welcome to the world, little Ava! 3 May 2024, 7lb 2oz", "Ava Rose. 03.05.24. 7lb 2oz.", "8lbs 1oz, 14/02/2025"
 */
const BIRTH_STATS = new RegExp(
  String.raw`(?<![\w/.-])(${EXPLICIT_DATE}|${SLASHED_DAY})${STATS_GAP}${NEWBORN_WEIGHT}|${NEWBORN_WEIGHT}${STATS_GAP}(?:born\s+|on\s+)?(${EXPLICIT_DATE})(?![\w/])`,
  'giu',
);
/** Any weight in the post, a cheap look before BIRTH_STATS reads its dates (most posts weigh nothing). */
const ANY_WEIGHT = /\d\s?(?:lbs?|pounds?|kg|kilos?|g|grams)\b/i;
/** Weights that are a catch, a parcel or a dish: "Caught a 9lb carp, 14/05" (BIRTH_STATS). */
const NOT_A_NEWBORN = new RegExp(String.raw`\b${oneOf([
  'caught',
  'catch',
  'fish',
  'trout',
  'salmon',
  'carp',
  'bass',
  'pike',
  'turkey',
  'pumpkin',
  'parcels?',
  'packages?',
  'seized',
])}\b`, 'i');

/** After "a Christmas Day baby": one still to come ("our Christmas Day baby is due any minute"). */
const STILL_TO_COME = /^[^.!?\n]{0,20}?\b(?:due|expected|on\s+(?:the|her|his|its)\s+way|any\s+(?:day|minute))\b/i;

/**
 * A year of birth with an age in its sentence: year and age give the birth date within a year of the post's.
 * e.g. "Born in 1986, turning 40 this year", "I'm 40, born in '86", "1986 baby here, 40 this year"
 */
const BORN_YEAR = new RegExp(String.raw`\b(?:born\s*(?:in\s+|[:=-]\s*)?(${YEAR}|['’]\d\d)|(${YEAR}|['’]\d\d)\s+bab(?:y|ies))(?!\w)`, 'gi');
/** Before an age: "turning", "I'm", "so", "aged" (AN_AGE). */
const AGE_SAYERS = String.raw`(?:turn(?:s|ed|ing)?|i['’]?m|am|so|now|aged?)`;
/** An age: "turning 40", "I'm 40", "so 36", "40 this year", "40 years old" (BORN_YEAR). */
const AN_AGE = new RegExp(
  String.raw`\b${oneOf([
    // "turning 40", "I'm 40", "so 36" (not "20 years on the job", "3 years ago")
    String.raw`${AGE_SAYERS}\s+(?:\d{1,3}|${NUMWORD})(?![\w%.,]\d|\s*(?:%|(?:years?|yrs?)\s+(?:ago|on|of|in|since)))`,
    String.raw`(?:\d{1,3}|${NUMWORD})\s+(?:this|next)\s+year`,
    String.raw`(?:\d{1,3}|${NUMWORD})\s*(?:years?|yrs?)[-\s]+(?:old|young)`,
  ])}(?!\w)`,
  'i',
);
const bornYearAge = perMatch((m: RegExpExecArray, c: BirthText) => {
  const end = m.index + m[0].length;
  const sentence = c.analysis.sentenceAround(m.index, end, 120);
  return AN_AGE.test(sentence.replace(m[0], ' '));
});

/** Who arrives on "the day I arrived" (DATE_THEN_ARRIVED). */
const PRONOUNS = [
  'i',
  'you',
  'he',
  'she',
  'they',
];
/**
 * A calendar date, then "the day I arrived": the date is a birth.
 * e.g. "July 14th, 1975: the date I arrived", "Aug. 21st, 1990, the day the world got me", "3 March 2015 - the day our son was born"
 */
const DATE_THEN_ARRIVED = new RegExp(
  String.raw`(?<![\w/.-])(${EXPLICIT_DATE})\s*[,:;–—-]\s*the\s+(?:very\s+)?(?:day|date|night|morning)\s+(?:the\s+world\s+(?:got|met)\s+me|(?:${oneOf(PRONOUNS)}|(?:my|our)\s+(?:\w+\s+)?(?:${oneOf(NEWBORN)}|${oneOf(CHILD)}))\s+${oneOf([
    'arrived',
    String.raw`(?:was|were)\s+born`,
    String.raw`came\s+(?:along|into\s+(?:the|this)\s+world)`,
    String.raw`entered\s+(?:the|this)\s+world`,
  ])})\b`,
  'gi',
);

/**
 * A birthday greeting to oneself ("Happy birthday to me", "Happy 30th to me") with the post's day in the post ("Woke up
 * this morning", "today"): without a day it is a greeting (README: "Happy birthday!" with no day is not a birth date).
 */
const SELF_GREETING = new RegExp(
  String.raw`\bhappy\s+(?:(?:\d{1,3}(?:st|nd|rd|th)|${ORDWORD})\s+)?(?:birthday|bday|b-day|\d{1,3}(?:st|nd|rd|th)|${ORDWORD})\s+to\s+me\b`,
  'gi',
);
/** The post's own day, anywhere in a post that greets its author (SELF_GREETING). */
const POST_DAY = new RegExp(String.raw`\b(?:${TODAYISH}|this\s+(?:morning|afternoon|evening)|last\s+night)\b`, 'gi');
const selfGreetingDay = perMatch((_m: RegExpExecArray, c: BirthText) => {
  for (const d of scan(POST_DAY, c.text)) {
    if (/\b(?:due|since|until|till|til)\b[^.!?\n]{0,15}$|\bby\s+$/i.test(before(c.text, d.index, 24))) continue;
    return { start: d.index, end: d.index + d[0].length };
  }
  return undefined;
});

/**
 * "Today's the day!", then an age reached in the next words: "Today's the day! Baby Max turns one 🎈".
 */
const THE_DAY_TURNS = new RegExp(
  String.raw`\b(?:today\s*(?:['’]s|is)\s+the\s+(?:big\s+)?day|the\s+big\s+day\s+is\s+(?:here|today))\b[^\n]{0,50}?\b(?:turn(?:s|ing)?|hit(?:s|ting)?)\s+(?:the\s+big\s+)?(?:\d{1,3}|${NUMWORD}|[1-9]-(?:0|oh))(?!\w)`,
  'giu',
);

/**
 * A star sign the author owns, then a calendar date (with its day, or a short one) in its sentence.
 * e.g. "Taurus here, May 2 is my day", "Gemini gang, 6/14 birthday", "I'm a Pisces, March 12"
 */
const STAR_SIGN = new RegExp(String.raw`\b(?:(${oneOf(SIGN_OWNERS)})\s+)?(${oneOf(STAR_SIGNS)})\b(?!\s+${oneOf(NOT_A_SIGN)}\b)(?:\s+(${oneOf(SIGN_AFTER)})\b)?`, 'gi');
const SIGN_DATE = new RegExp(String.raw`(?<![\w/.-])(?:${EXPLICIT_DATE}|${SHORT_DATE})`, 'gi');
/** Right after a sign, only symbols, then a date with its year: "Taurus ♉ 5th May 1991" (signDate). */
const SIGN_THEN_DATE = new RegExp(String.raw`^[\s\p{S},:–—-]{1,8}(${DATE_WITH_YEAR})(?!\w)`, 'iu');
/** The date beside a star sign the author owns: in its sentence, up to 60 characters away, no clause break between. */
const signDate = perMatch((m: RegExpExecArray, c: BirthText) => {
  // a sign opening its sentence, then straight away a date with its year, as a bio says it: "Taurus ♉ 5th May 1991"
  if (!m[1] && !m[3] && !/^(?:leo|cancer)$/i.test(m[2]) && !/[\p{L}\p{N}]/u.test(c.text.slice(c.analysis.sentenceAt(m.index).start, m.index))) {
    const d = SIGN_THEN_DATE.exec(c.text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (d) {
      const start = m.index + m[0].length + d[0].length - d[1]!.length;
      return { start, end: start + d[1]!.length };
    }
  }
  if (!m[1] && !m[3]) return undefined;
  // "Leo" and "Cancer" are also a name and an illness: only "I'm a Leo" or "Leo here" owns the sign ("proud Leo passed his test")
  if (/^(?:leo|cancer)$/i.test(m[2]) && !m[3] && !/^i/i.test(m[1])) return undefined;
  const end = m.index + m[0].length;
  const sentence = c.analysis.sentenceAt(m.index);
  const from = Math.max(sentence.start, m.index - 60);
  for (const d of scan(SIGN_DATE, c.text.slice(from, Math.min(sentence.end, end + 60)))) {
    const start = from + d.index;
    const between = start >= end ? c.text.slice(end, start) : c.text.slice(start + d[0].length, m.index);
    if (start < end && start + d[0].length > m.index) continue;
    if (OTHER_EVENT.test(between) || /[;…]|\bseason\b/i.test(between)) continue;
    return { start, end: start + d[0].length };
  }
  return undefined;
});

/** Owners a birthday is left unsaid after: "mine's", "hers is" (OWNED_ELLIPSIS). */
const OWN_PRONOUNS = [
  'mine',
  'hers',
  'his',
  'ours',
  'theirs',
  'yours',
];
/** What links an owner to the day of the birthday left unsaid: "mine's the 12th", "hers is on Friday", "his falls on" (OWNED_ELLIPSIS). */
const ELLIPSIS_LINKS = [
  String.raw`['’]s`,
  String.raw`\s+is`,
  String.raw`\s+was`,
  String.raw`\s+falls`,
  String.raw`\s+lands`,
  String.raw`\s+will\s+be`,
];
/**
 * After a birthday word, a birthday left unsaid: an owner and its day.
 * e.g. "Birthday month! Mine's the 12th", "my daughter's birthday is Monday and my son's is Thursday", "hers is on Friday"
 */
const OWNED_ELLIPSIS = new RegExp(
  String.raw`\b(?:${oneOf(OWN_PRONOUNS)}|(?:my|our|his|her|their|your)\s+(?:[a-z]+\s+)?[a-z]+['’]s(?=\s+(?:is|was|falls|lands|will)\b))(?:${oneOf(ELLIPSIS_LINKS)})(?:\s+on)?\s+(${DATEISH}|${SHORT_DATE})(?!\w)`,
  'gi',
);
/**
 * Before an OWNED_ELLIPSIS, the birthday word it leaves unsaid (the last one before it, a person's: not a party's), or
 * a star sign's season ("Gemini season and mine's the 12th of June").
 */
const BIRTHDAY_BEFORE = new RegExp(String.raw`\b(?:(?:birthday|bday|b-day|solar\s+return)s?|${oneOf(STAR_SIGNS)}\s+season)\b(?![^]*\b(?:birthday|bday|b-day)s?\b)([^]*)$`, 'i');
/** Where that birthday word stands, or undefined when there is none or it is a party's (OWNED_ELLIPSIS). */
const ellipsisBirthday = perMatch((m: RegExpExecArray, c: BirthText) => {
  const from = Math.max(0, m.index - 160);
  const b = BIRTHDAY_BEFORE.exec(c.text.slice(from, m.index));
  if (!b || (BIRTHDAY_COMPOUND.test(b[1]!) && !BIRTHDAY_SPAN.test(b[1]!)) || /\n\s*\n/.test(b[1]!)) return undefined;
  return from + b.index;
});
/** The birthday left unsaid is a pet's or a thing's: "Our dog's birthday is soon. His is the 12th." (OWNED_ELLIPSIS). */
const ellipsisOfNoOne: Veto<BirthText> = (m, c) => {
  const at = ellipsisBirthday(m, c);
  if (at === undefined) return true;
  return petSentence(c.analysis, at) || petSentence(c.analysis, m.index) || isThing(subjectBefore(c.analysis, at)) || isThing(m[0].slice(0, m[0].length - m[1]!.length));
};

/** "The big day" of a birthday (BIG_DAY_WORDS): its date said after it or before it. */
const BIG_DAY = new RegExp(String.raw`\b(?:the\s+)?(?:${oneOf(BIG_DAY_WORDS)}\s+day|day\s+itself)\b`, 'gi');
const BIG_DAY_AFTER = new RegExp(String.raw`^\s*(?:is|was|will\s+be|['’]s|falls\s+on|lands\s+on)\s+(${DATEISH}|${SHORT_DATE})(?!\w)`, 'i');
const BIG_DAY_BEFORE = new RegExp(String.raw`(?<![\w'’/.])(${DATEISH}|${SHORT_DATE})\s*(?:is|was|will\s+be|['’]s)\s+$`, 'i');
/** A birthday word the post owns (not a party's or a cake's): "birthday week", "my bday" (BIG_DAY's gate). */
const BIRTHDAY_SPAN = /^['’]?s?\s*(?:week(?:end)?|month|eve|season)\b/i;
/** Other events a "big day" is said of (BIG_DAY's veto). */
const OTHER_BIG_DAYS = new RegExp(String.raw`\b${oneOf([
  'wedding',
  'anniversary',
  String.raw`graduat\w*`,
  String.raw`due\s+date`,
  'court',
  'trial',
  'exam',
  'surgery',
  'marathon',
  'race',
  'moving',
  String.raw`retire\w*`,
  'launch',
  'opening',
  'interview',
  'final',
  'match',
  'game',
])}\b`, 'i');
const bigDayDate = perMatch((m: RegExpExecArray, c: BirthText) => {
  const end = m.index + m[0].length;
  const after = BIG_DAY_AFTER.exec(c.text.slice(end, end + 60));
  if (after) return { start: end + after[0].length - after[1].length, end: end + after[0].length };
  const head = before(c.text, m.index, 50);
  const b = BIG_DAY_BEFORE.exec(head);
  return b ? { start: m.index - head.length + b.index, end: m.index - head.length + b.index + b[1].length } : undefined;
});
const birthdayOwned = (c: BirthText) =>
  scan(BIRTHDAY, c.text).some((k) => {
    const rest = c.text.slice(k.index + k[0].length, k.index + k[0].length + 60);
    return !BIRTHDAY_COMPOUND.test(rest) || BIRTHDAY_SPAN.test(rest);
  });

/** A calendar date with a day, anywhere: paired with a birthday word in the same sentence by `BIRTHDAY_NEAR_DATE`. */
const EXPLICIT_DATE_ANY = new RegExp(String.raw`(?<![\w/.-])(?:${EXPLICIT_DATE})`, 'gi');

/**
 * Between a birthday word and a date in the same sentence: words that tie the date to something else.
 * e.g. "birthday dinner was great and on June 3 we fly", "birthday … until March 3", "since 14 June"
 */
const OTHER_EVENT_WORDS = [
  'and',
  'but',
  'then',
  'so',
  'or',
  'party',
  'dinner',
  'flight',
  'fly',
  'flying',
  'trip',
  'holiday',
  'vacation',
  'wedding',
  'anniversary',
  'deadline',
  'due',
  'exam',
  'appointment',
  'concert',
  'game',
  'match',
  'gig',
  'show',
  'meeting',
  'shift',
  'court',
  'since',
  'until',
  'till',
  'til',
  'from',
  'after',
  'before',
  'by',
  'between',
  'expires?',
  'founded',
  'established',
  'opened',
];
const OTHER_EVENT = new RegExp(String.raw`\b${oneOf(OTHER_EVENT_WORDS)}\b`, 'i');

/** After "on the 9th", what makes it a place or a turn, not a day: "on the 9th floor", "on the 5th hole" (AGE_TODAY). */
const NOT_A_DAY_NOUNS = [
  'floor',
  'hole',
  'tee',
  'green',
  'lap',
  'inning',
  'innings',
  'try',
  'attempt',
  'round',
  'page',
  'line',
  'step',
];
/** A bare "6 today!" or "Three today", only counted when a birthday is mentioned in the same post or a person stands just before. */
const AGE_TODAY = new RegExp(
  String.raw`(?<![\w$£€.,:/-])(?:\d{1,3}|${NUMWORD})(?:\s*(?:years?|yrs?)\s+(?:old|young))?\s+(?:as\s+of\s+)?(${oneOf([
    'today',
    'tomorrow',
    'tmrw',
    'tmr',
    '2moro',
    '2morrow',
    String.raw`this\s+morning`,
    'midnight',
    // (and its day of the month: "30 on Thursday the 11th and my back already hurts")
    String.raw`(?:this|next|on)\s+(?:${WEEKDAY}|${SHORT_WEEKDAY})(?:\s+the\s+${DAY}(?!\w))?`,
    // "40 on the 9th!" (not "on the 9th floor", "on the 5th hole")
    String.raw`on\s+the\s+${DAY}(?!\w|\s+${oneOf(NOT_A_DAY_NOUNS)}\b)`,
  ])})\b`,
  'gi',
);

/**
 * An age in years before a day of the month or a date, with no verb: "Sixty-one years young on the 7th", "50 years old on
 * June 3" (AGE_TODAY's reading).
 */
const YEARS_OLD_ON = new RegExp(
  String.raw`(?<![\w$£€.,:/-])(?:\d{1,3}|${NUMWORD})\s*(?:years?|yrs?)\s+(?:old|young)\s+(?:on\s+)?(?:the\s+${DAY}(?:\s+of\s+${MONTH})?|${EXPLICIT_DATE}|${SHORT_DATE})(?!\w)`,
  'gi',
);

/**
 * Subjects that are people: kin words and personal pronouns. "Grandma is 90 today" needs no birthday word; a
 * capitalised word does not count, since "Portland is 90 today" is the weather.
 * e.g. "my baby girl", "Grandma", "I", "she"
 */
const PERSON_SUBJECT =
  new RegExp(String.raw`\b${oneOf([
      'i',
      'he',
      'she',
      'you',
      ...KIN_WORDS,
      'sons',
      'daughters',
      'kid',
      'kids',
      'boy',
      'boys',
      'girl',
      'girls',
      'baby',
      'babe',
      'twins',
      'bestie',
      'bff',
      'partner',
      String.raw`little\s+(?:guy|man|one|lady)`,
      String.raw`lil\s+(?:guy|man|one|lady|bro|sis)`,
      'princess',
      'munchkin',
      'youngest',
      'eldest',
      'oldest',
      'littlest',
      'kiddo',
      String.raw`first-?born`,
      'lad',
      'lass',
      'bairn',
      // "Guess who's 40 today?"
      String.raw`guess\s+who`,
    ])}\s*$`, 'i');

/** Relatives and partners whose ordinal is a birthday: "Hubby's 40th", "Mum's 70th". */
const KIN_POSSESSIVE =
  String.raw`${oneOf([
      ...KIN_WORDS,
      'kid',
      'boy',
      'girl',
      'baby',
      'bestie',
      'bff',
      'partner',
      String.raw`other\s+half`,
    ])}`;
/** A relative's or partner's ordinal opening the owned phrase: "Mum's 70th", "hubby's 40th" (ordinalIsAnAge). */
const KIN_OWNER = new RegExp(String.raw`^(?:${KIN_POSSESSIVE})(?:['’]s|['’])\s`, 'i');

/**
 * Someone no one is told who (issue 11, heldout-o): "A woman in our street turned 100 last week", "One of the
 * volunteers at the soup kitchen turned 90 last month" (TURNS: with a vague day only, unknownAgeOfAWeek).
 */
const INDEFINITE_PERSON = /^\s*(?:an?|one\s+of\s+(?:the|our|their))\s+\p{L}/iu;
/** A week or a month, no day: "last week", "this month", "over the weekend" (unknownAgeOfAWeek). */
const VAGUE_SPAN = /^(?:(?:this|next|last|coming|this\s+past)\s+(?:week|weekend|wk|month)|over\s+the\s+(?:weekend|wkend))$/i;
/** An unnamed person's age reached some time in a week or a month: no date of anyone's birth (TURNS). */
function unknownAgeOfAWeek(m: RegExpExecArray, c: BirthText): boolean {
  if (!VAGUE_SPAN.test(m[2].trim())) return false;
  const head = c.text.slice(c.analysis.sentenceAt(m.index).start, m.index);
  return INDEFINITE_PERSON.test(head) && !KIN_IN_HEAD.test(head);
}
/** A relative or a child before the age: "One of our kids turned 5 last week" is the author's own (unknownAgeOfAWeek). */
const KIN_IN_HEAD = new RegExp(String.raw`\b(?:${KIN_POSSESSIVE})s?\b`, 'i');

/** Words about birth near an age: what makes "is 6 today" an age rather than a score or a temperature. */
const BIRTH_CONTEXT_WORDS = [
  'birthday',
  'bday',
  'b-day',
  'born',
  String.raw`years?\s+(?:old|young)`,
  String.raw`yrs?\s+old`,
  'happy',
  String.raw`big\s+\d`,
  'milestone',
  String.raw`celebrat\w*`,
  'candles',
  String.raw`double\s+digits`,
  'teenager',
  ...AGE_TALK,
];
const BIRTH_CONTEXT = new RegExp(String.raw`\b${oneOf(BIRTH_CONTEXT_WORDS)}\b|🎂|🥳|🎈`, 'iu');

/** Only filler before the verb in its sentence: chat with no subject, whose age is the author's ("Gonna be 30 Saturday"). */
const NO_SUBJECT = new RegExp(String.raw`^[\s"'“‘(]*(?:${oneOf(NO_SUBJECT_OPENERS)}[\s,!.]+)*$`, 'i');
function noSubject(analysis: TextAnalysis, at: number): boolean {
  const sentence = analysis.sentenceAt(at);
  return NO_SUBJECT.test(analysis.text.slice(sentence.start, at));
}

/**
 * Subjects that have founding dates or are not people: the Navy's birthday, a department or a dog turning ten.
 * e.g. "the United States Navy", "our department", "K9 Rex", "the Commodore 64"
 */
const NOT_A_PERSON =
  new RegExp(String.raw`\b${oneOf([
      'navy',
      'army',
      'marines?',
      'corps',
      String.raw`air\s+force`,
      String.raw`coast\s+guard`,
      String.raw`national\s+guard`,
      'department',
      'dept',
      'pd',
      'police',
      // a force's or a public service's birthday (issue 11): "Our force's 200th birthday was on 29 September", "The
      // constabulary's 180th birthday", "Happy birthday to the NHS, 75 years old today!", "Happy birthday to the RAF"
      'force',
      'constabulary',
      'nhs',
      'raf',
      'rcmp',
      'fbi',
      // a force, a union or a society named by its short name (issue 11): "Happy birthday to the Met, 195 years old this
      // September 29", "Our union turns 50 on 1 May"
      String.raw`the\s+met`,
      'union',
      'federation',
      'association',
      'society',
      'charity',
      'regiment',
      'sheriff',
      'agency',
      'precinct',
      'academy',
      'city',
      'town',
      'village',
      'county',
      'state',
      'nation',
      'country',
      'america',
      'usa',
      'republic',
      'company',
      'business',
      'store',
      'shop',
      'restaurant',
      'bakery',
      'cafe',
      'café',
      'diner',
      'pub',
      'gym',
      'salon',
      'bar',
      'brewery',
      'church',
      'school',
      'university',
      'college',
      'club',
      'team',
      'league',
      'blog',
      'website',
      'site',
      'page',
      'channel',
      'podcast',
      'show',
      'album',
      'band',
      'app',
      'game',
      'brand',
      'station',
      'firehouse',
      'hospital',
      'museum',
      'library',
      'festival',
      'unit',
      'squad',
      'division',
      'k-?9',
      'dog',
      'doggo',
      'cat',
      'pupp(?:y|ies)',
      'pups?',
      'kittens?',
      'foals?',
      'calf',
      'calves',
      'lambs?',
      'cubs?',
      'kitty',
      'horse',
      'pet',
      'car',
      'truck',
      'computer',
      'phone',
      'console',
      'franchise',
      'series',
      'movie',
      'film',
      'book',
      'magazine',
      'newspaper',
      'paper',
      'organi[sz]ation',
      'foundation',
      'charity',
      'program(?:me)?',
      'initiative',
      'campaign',
      'monument',
      // "the 10th birthday of our community garden on 14 June"
      'garden',
      'bridge',
      'building',
      'tree',
      'tower',
      'statue',
      'landmark',
      'ship',
      'account',
      'twitter',
      'instagram',
      'facebook',
      'tiktok',
      'youtube',
      'anniversary',
      'season',
      'holiday',
      'independence',
      'declaration',
      'constitution',
      'parade',
      'event',
      // "My marriage is 20 years old today"
      'marriage',
      'relationship',
      'friendship',
      // "The idea was born on a Tuesday", "a tradition born on Christmas Eve 1990"
      'idea',
      'project',
      'tradition',
      // "Sourdough starter is 3 years old today", "The house will be 100 years old on the 14th"
      'sourdough',
      'starter',
      'house',
    ])}\b`, 'i');

/** Titles and relations that make a subject a person even next to an institution word ("the police chief's"). */
const PERSONISH =
  new RegExp(String.raw`\b${oneOf([
      ...RANKS,
      'dispatcher',
      'handler',
      'partner',
      'boss',
      'friend',
      'buddy',
      'coworker',
      'colleague',
      ...KIN_WORDS,
      'baby',
      'kid',
    ])}\b`, 'i');

/** Is the subject an institution, an animal or a thing rather than a person? */
function isThing(subject: string): boolean {
  return (NOT_A_PERSON.test(subject) && !PERSONISH.test(subject)) || numberedThing(subject);
}

/**
 * An animal earlier in the sentence, with no relative of the author's: the birthday is a pet's or a K9's.
 * e.g. "Our K9 partner Duke celebrates his 7th birthday today!"
 */
const ANIMALS = [
  'k-?9',
  'dog',
  'doggo',
  'pooch',
  'cat',
  'pupp(?:y|ies)',
  'pups?',
  'kittens?',
  'kitty',
  'horse',
  'pony',
  'pet',
  String.raw`fur\s?baby`,
  'foal(?:ed)?',
  'calf',
  'calves',
  'lambs?',
  'cubs?',
  'piglets?',
  'litter',
  'zoo',
  'giraffe',
  'elephant',
  'panda',
  'mare',
  'cow',
  'ewe',
  String.raw`guinea\s+pigs?`,
  // a pet by its breed (issue 11): "Biscuit the spaniel turns 3 on Friday", "Our labrador turns 10 tomorrow"
  'spaniels?',
  'labradors?',
  'retrievers?',
  'terriers?',
  'collies?',
  'poodles?',
  'beagles?',
  'dachshunds?',
  'pugs?',
  'huskies',
  'husky',
  'greyhounds?',
  'whippets?',
  'lurchers?',
  'corgis?',
  'bulldogs?',
  'rottweilers?',
  'dobermanns?',
  'dobermans?',
  'schnauzers?',
  'chihuahuas?',
  'staff(?:ie|y|ies)',
  'westies?',
  'alsatians?',
  String.raw`\w+doodles?`,
  'cockapoos?',
  'tabby',
  'moggy',
  'hamsters?',
  'rabbits?',
  'bunny',
  'parrots?',
  'budgies?',
  'goldfish',
  'tortoises?',
  'turtles?',
  'ferrets?',
  'gerbils?',
  'goats?',
];
const ANIMAL = new RegExp(String.raw`\b${oneOf(ANIMALS)}\b`, 'i');
const KIN = new RegExp(String.raw`\b${oneOf([...KIN_WORDS, 'kids?', String.raw`grand\w+`, String.raw`baby\s+(?:boy|girl)`])}\b`, 'i');
function petSentence(analysis: TextAnalysis, start: number): boolean {
  const clause = analysis.sentenceBefore(start, 100);
  return ANIMAL.test(clause) && !KIN.test(clause);
}

/** A subject ending in a name and a number is a product or a mission ("Apollo 11", "Commodore 64"), not a person. */
const NUMBERED_THING = /(\p{Lu}[\p{L}-]*)\s+\d+\b/u;
/** A month before the number is a date, not a product: "On May 4 I turn 30". */
const MONTH_ONLY = new RegExp(String.raw`^${MONTH}$`, 'i');
function numberedThing(subject: string): boolean {
  const n = NUMBERED_THING.exec(subject);
  return n !== null && !MONTH_ONLY.test(n[1]!);
}

/** An aside in brackets, which holds no subject: "my partner (and in the patrol car) @dana_k, born …". */
const ASIDE = /\([^()]*\)/g;
/** An aside whose opening bracket lies before the words read. */
const ASIDE_CUT = /^[^(]*\)/;

/** Three words before `start`, where the subject or possessor of a birthday sits (an aside in brackets skipped). */
function subjectBefore(analysis: TextAnalysis, start: number): string {
  // an aside between commas is no subject (issue 11): "My grandad, a Warrant Officer in the RAF, turns 95 on Sunday"
  const all = analysis.sentenceBefore(start, 60).replace(APPOSITIVE, ' ');
  // a lead-in ending in a colon is no subject (issue 11, train-aa): "Reminder for the team: Jack turns 40 on Sunday"
  const colon = all.lastIndexOf(':');
  const w = colon >= 0 && /\p{L}/u.test(all.slice(colon + 1)) ? all.slice(colon + 1) : all;
  return (w.includes(')') ? w.replace(ASIDE, ' ').replace(ASIDE_CUT, ' ') : w).split(/\s+/).filter(Boolean).slice(-3).join(' ');
}

/** An aside between commas just before a verb, after a subject: ", a Warrant Officer in the RAF, " (subjectBefore). */
const APPOSITIVE = /(?<=\p{L})\s*,\s[^,.!?\n]{2,50},\s*$/u;
/** A name the author owns, a person: "Our Sophie is 18 tomorrow!", "my Jack turns 7 on Friday" (TURNS). */
const OWNED_NAME = /(?:^|\s)(?:[Oo]ur|[Mm]y)\s+\p{Lu}\p{Ll}+$/u;

/** Up to three words after "happy birthday to" / "birthday of", where the subject of a greeting sits. */
function subjectAfter(text: string, end: number): string {
  // ("to our very own Riverside Police Department": the filler left out, issue 11, train-y)
  const m = /^\s*,?\s*(?:to|of|for)?\s*(?:(?:our|my|the|your)\s+(?:very\s+)?own\s+)?((?:\S+\s*){0,4})/i.exec(text.slice(end, end + 60));
  return m ? (m[1].split(/[.!?\n]/)[0] ?? '') : '';
}

/** What every row sees: the post, its analysis, and what the whole post says once. */
interface BirthText extends CueText {
  analysis: TextAnalysis;
  /** "Happy birthday to the Navy / to the Commodore 64": the post greets a thing, so its ages are not birth dates. */
  greetsThing: boolean;
}

/** Before "birthdays", a count: "Three birthdays in one week", "so many birthdays". */
const SEVERAL = new RegExp(String.raw`\b${oneOf([
  String.raw`\d+`,
  ...NUMBER_WORDS.slice(1, 10),
  'several',
  'many',
  'multiple',
  String.raw`all\s+the`,
  String.raw`lots\s+of`,
  String.raw`so\s+many`,
])}\s+$`, 'i');

/** "its 50th" before a birthday word: a thing's ("its my birthday", the typed "it's", has a "my" between). */
const ITS_ORDINAL = new RegExp(String.raw`\bits\s+(?:\d{1,3}(?:st|nd|rd|th)|${ORDWORD})\s+$`, 'i');

/**
 * Before a birthday word, what makes it no birth's (issue 11): a sobriety or a rebirth, a job's, an account's.
 * e.g. "My sobriety birthday", "spiritual birthday", "my work birthday is 3 March", "Twitter birthday"
 */
const NOT_BORN_THEN = new RegExp(String.raw`\b${oneOf([
  'sobriety',
  'sober',
  'recovery',
  'clean',
  'spiritual',
  'work',
  'job',
  'career',
  'twitter',
  'insta(?:gram)?',
  'reddit',
  'account',
])}\s+$`, 'i');

/** A birthday word that is a party's, a thing's or a pet's: "birthday party on Saturday", "our department's birthday". */
const birthdayOfNoOne: Veto<BirthText> = (m, c) => {
  const kwEnd = m.index + m[0].length;
  // "Jack's 7th birthday party is Sunday the 9th": a party for an age, on a day, still dates the birthday
  const compound = BIRTHDAY_COMPOUND.test(c.text.slice(kwEnd, kwEnd + 60)) && !partyForAnAge(m, c) && !BIRTHDAY_PERSON.test(c.text.slice(kwEnd, kwEnd + 40));
  // "Three birthdays in one week": several people's
  const several = /s$/i.test(m[0]) && SEVERAL.test(before(c.text, m.index, 16));
  // "The school celebrates its 50th birthday": a thing's
  const its = ITS_ORDINAL.test(before(c.text, m.index, 24));
  // "half birthday today": six months from the birth date, not it
  const half = /\bhalf[- ]?$/i.test(before(c.text, m.index, 6));
  // "my sobriety birthday", "its birthday" (issue 11): no one's birth
  const notBorn = NOT_BORN_THEN.test(before(c.text, m.index, 24)) || /\bits\s+$/i.test(before(c.text, m.index, 8));
  // "the 10th birthday of our community garden": a thing's, named after the word
  const ofThing = /^\s+of\s/i.test(c.text.slice(kwEnd, kwEnd + 5)) && isThing(subjectAfter(c.text, kwEnd));
  const notAPerson = isThing(subjectBefore(c.analysis, m.index)) || petSentence(c.analysis, m.index);
  const noBirth = notBorn || ofThing || notAPerson;
  return compound || several || its || half || noBirth;
};

/** An ordinal before the birthday word and a party after it: "Jack's 7th birthday party", "her 40th bday bash". */
/** An event for an ordinal birthday, its day after it: "Jack's 7th birthday party Sat the 14th", "7th birthday carpool Sat". */
const PARTY = /^\s*(?:party|bash|celebration|do|carpool|lunch|dinner|drinks|meal|sleepover|disco)\b/i;
const ORDINAL_BEFORE = new RegExp(String.raw`\b(?:\d{1,3}(?:st|nd|rd|th)|${ORDWORD})\s+$`, 'i');
function partyForAnAge(m: RegExpExecArray, c: BirthText): boolean {
  const kwEnd = m.index + m[0].length;
  return PARTY.test(c.text.slice(kwEnd, kwEnd + 20)) && ORDINAL_BEFORE.test(before(c.text, m.index, 16));
}

/** A birthday greeting whose greeted one is a thing: "Happy birthday to the United States Navy". */
function greetsAThing(c: { text: string; analysis: TextAnalysis }, m: RegExpExecArray): boolean {
  if (!/happy\s+(?:\S+\s+)?$/i.test(before(c.text, m.index, 20))) return false;
  return isThing(subjectAfter(c.text, m.index + m[0].length));
}

/** The day after a birthday word, with only linking words between: "birthday is tomorrow". */
const tailOf = perMatch((m: RegExpExecArray, c: BirthText) => {
  let kwEnd = m.index + m[0].length;
  if (partyForAnAge(m, c)) kwEnd += PARTY.exec(c.text.slice(kwEnd, kwEnd + 20))![0].length;
  else kwEnd += BIRTHDAY_PERSON.exec(c.text.slice(kwEnd, kwEnd + 40))?.[0].length ?? 0;
  const tail = TAIL.exec(c.text.slice(kwEnd, kwEnd + 60).split(/[.!?\n](?:\s|$)/)[0] ?? '');
  return tail ? { dateEnd: kwEnd + tail[0].length, date: tail[1] } : undefined;
});

/** Where the day before a birthday word starts: "today is my birthday". */
const headOf = perMatch((m: RegExpExecArray, c: BirthText) => {
  const clause = before(c.text, m.index, 80).split(/[.!?\n](?:\s|$)/).pop() ?? '';
  const head = HEAD.exec(clause);
  return head ? m.index - clause.length + head.index : undefined;
});

/** What LABELLED read: the date, and whether it stands alone (a calendar date, or a label before it). */
const labelOf = (m: RegExpExecArray) => {
  const date = m[2] ?? m[4] ?? m[6];
  const label = m[1] ?? m[5];
  return { date, dateStart: m.index + m[0].length - date.length, label, explicit: !!label || ONLY_DATE_OR_MONTH.test(date) };
};

/** DAY_THEN_BORN's date when it is a calendar date (its span alone), or undefined for "today", "10 years ago". */
const bornDate = (m: RegExpExecArray) => {
  if (!ONLY_DATE.test(m[1])) return undefined;
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
};

/** A post about a birthday: "birthday", "happy", "celebrating", a cake. */
const BIRTHDAY_POST = /\b(?:birthday|bday|b-day|happy|celebrat)|🎂/iu;
/** The word birthday itself (or chat's "hbd"), in a post or a match: "Happy 4th" is a birthday only beside it. */
const BIRTHDAY_WORD = /\b(?:birthday|bday|b-day|hbd\b|solar\s+return)/i;

/**
 * Between a birthday word and a date opening the next sentence: "… with Elvis. Jan. 8, 1987", "born on my birthday! 15
 * August, double cake" (nearDate).
 */
const NEXT_SENTENCE = /^[^.!?\n]*[.!?][\s\p{Extended_Pictographic}\u200d\ufe0f]*\s$/u;
/** After that date, nothing that makes it a clause's subject ("June 14, 2024 was the day we met"): it stands alone. */
const DATE_ALONE = /^\s*(?:[.!,;:)]|$|\p{Extended_Pictographic})/u;

/** The first calendar date in the birthday word's sentence that nothing ties to another event (BIRTHDAY_NEAR_DATE). */
const nearDate = perMatch((k: RegExpExecArray, c: BirthText) => {
  const { text, analysis } = c;
  const kwStart = k.index;
  const kwEnd = kwStart + k[0].length;
  for (const d of scan(EXPLICIT_DATE_ANY, text)) {
    const dStart = d.index;
    const dEnd = dStart + d[0].length;
    const gap = dStart >= kwEnd ? text.slice(kwEnd, dStart) : dEnd <= kwStart ? text.slice(dEnd, kwStart) : null;
    // the date may open the next sentence when it has its year: "I share a birthday with Elvis. Jan. 8, 1987"
    if (gap === null || gap.length > 50 || OTHER_EVENT.test(gap)) continue;
    if (/[.!?\n]/.test(gap) && !(dStart >= kwEnd && NEXT_SENTENCE.test(gap) && DATE_ALONE.test(text.slice(dEnd, dEnd + 12)))) continue;
    if (/\b(?:since|until|till|til|from|after|before|by|between|on\s+or)\s*$/i.test(before(text, dStart, 16))) continue;
    if (/\b(?:anniversary|wedding|founded|established|opened)\b/i.test(analysis.sentenceAround(Math.min(kwStart, dStart), Math.max(kwEnd, dEnd), 120))) continue;
    return { start: dStart, end: dEnd };
  }
  return undefined;
});

/** Age verbs read as an age on their own: "turns", "would have been". */
const STRONG_AGE_VERB = /^(?:turn|(?:would|should|['’]d)(?:\s+have|\s*['’]ve)\s+been)|\bturning$/i;

/** Where DAY_THEN_TURNS's verb starts: "turns", "is", "will be", "'m". */
const AGE_VERB_START = new RegExp(String.raw`\b${oneOf([
  'turn',
  'hit',
  'is',
  'am',
  'im',
  'are',
  'celebrat',
  'will',
  'would',
  'should',
])}\w*\s|['’](?:[sm]|ll|d)\s`, 'i');

/** A birthday word or a cake near an age: "hits 40 tomorrow" is a birthday, not a score. */
const BIRTHDAY_OR_CAKE = /\b(?:birthday|bday|b-day)|🎂/iu;

/** Subjects whose number is a reading, not an age: "the high will be 90 tomorrow", "the score is 6 today". */
const READING_SUBJECT = new RegExp(String.raw`\b${oneOf([
  'it',
  'temps?',
  'temperatures?',
  'high',
  'low',
  'score',
  'price',
  'rate',
  'count',
  'total',
  'number',
])}\s*$`, 'i');

/** Around a bare "big 40", what makes it someone's age: a person, a birthday, a party. */
const SOMEONES_AGE = new RegExp(String.raw`\b${oneOf([
  'me',
  'my',
  'i',
  String.raw`i['’]m`,
  'his',
  'her',
  'him',
  'he',
  'she',
  String.raw`for\s+\p{L}+`,
  'birthday',
  'bday',
  'b-day',
  String.raw`celebrat\w*`,
  'party',
])}\b|🎂|🥳|🎈`, 'iu');

/** Words before a bare "6 today" that make it a score, a time or a sale: "won 6 today", "sold 6 today". */
const NOT_AN_AGE_BEFORE = new RegExp(String.raw`\b${oneOf([
  'at',
  'by',
  'until',
  'till',
  'from',
  'scored',
  'won',
  'lost',
  'up',
  'down',
  'ran',
  'sold',
  'got',
  'only',
  'just',
  'for',
  'of',
])}\s*$`, 'i');

/**
 * Is "<owner> <ordinal>" (at `at`) an age? In a post about a birthday, yes. Otherwise only a relative's or the
 * author's ordinal (an age from 13 to 110 for "my/his/her", so "my 2nd today" stays a dose or a visit), a named
 * person's age (a child's up to 21, a round decade up to 90), or one kept for someone who died ("Would've been your
 * 60th today"); "Messi's 800th" is a goal, "Arsenal's 100th" a match.
 */
function ordinalIsAnAge(owned: string, at: number, c: BirthText): boolean {
  return BIRTHDAY_POST.test(c.text) || ownedOrdinalIsAnAge(owned, at, c);
}
/** ordinalIsAnAge without the post's say: the owner and the number alone (SPENDING_ORDINAL, where "celebrating" is the cue). */
function ownedOrdinalIsAnAge(owned: string, at: number, c: BirthText): boolean {
  const kin = KIN_OWNER.test(owned);
  const age = parseInt(/\d+/.exec(owned)?.[0] ?? '0', 10);
  const named = /^\p{Lu}\p{Ll}+['’]s\s/u.test(owned) && !NOT_A_PERSON.test(owned) && (age <= 21 || (age % 10 === 0 && age >= 30 && age <= 90));
  const kept = /(?:would|should|['’]d)(?:\s+have|\s*['’]ve)\s+been\s+$/i.test(before(c.text, at, 24));
  return kin || named || kept || (/^(?:my|his|her|your|their)\s/i.test(owned) && age >= 13 && age <= 110);
}

/** A temperature, not an age: "Thirty today, the heat is brutal". */
const WEATHER = new RegExp(String.raw`\b${oneOf([
  'heat',
  'hot',
  String.raw`degrees?`,
  String.raw`temps?`,
  'temperature',
  'sunny',
  'humid',
  'scorcher',
  'forecast',
  'weather',
])}\b|°`, 'i');
/** A small count spelled out, one to twelve: "Two today" is a count of arrests, not an age (the bare-age veto). */
const SMALL_NUMBER_WORD = new RegExp(String.raw`^${oneOf(numberWords(1, 12))}\b`, 'i');

/** After a bare "42 today": the author going on about themself (AGE_TODAY): "and I still…", ", feeling it", "& still". */
const AND_I = new RegExp(String.raw`^\s*(?:,|and|&)\s*${oneOf([
  'i',
  String.raw`i['’]m`,
  'im',
  String.raw`i['’]ve`,
  'ive',
  String.raw`i['’]ll`,
  'still',
  'feeling',
  'not',
  'already',
  // the author's own body feeling the years (issue 11): "30 on Thursday the 11th and my back already hurts"
  String.raw`my\s+(?:back|knees?|joints|hips?|body|hair)`,
])}\b`, 'i');
/** Work beside a bare "25 today": a count of calls or arrests, not an age ("25 today and I'm exhausted, busiest shift"). */
const WORK_COUNTED = new RegExp(String.raw`\b${oneOf([
  String.raw`calls?`,
  String.raw`arrests?`,
  String.raw`jobs?`,
  String.raw`shifts?`,
  String.raw`tickets?`,
  String.raw`stops?`,
  String.raw`reports?`,
  String.raw`cases?`,
  String.raw`domestics?`,
  'busiest',
  // a count a post opens with ("100 today! Thanks for the followers", "12 today! New record")
  String.raw`followers?`,
  String.raw`subscribers?`,
  String.raw`likes`,
  String.raw`views`,
  String.raw`sales`,
  String.raw`orders`,
  String.raw`steps`,
  'record',
])}\b`, 'i');
/** An age in digits an adult has, 18 to 110 ("12 today" is as often a count of calls). */
const adultAge = (s: string) => {
  const n = parseInt(/\d+/.exec(s)?.[0] ?? '0', 10);
  return n >= 18 && n <= 110;
};

const notGreetingAThing = (c: BirthText) => !c.greetsThing;
/** Years of work in the post: an ordinal counts them ("Celebrating my 20th on 12/6 with the department, 20 years of service"). */
const YEARS_SERVED = /\byears?\s+(?:of\s+service|on\s+the\s+(?:job|force|beat)|in\s+uniform|with\s+the\s+(?:department|force|agency))\b/i;

/** What else a post may hold when it is only an age and its day ("2 today! 🎈"): no word, no number. */
const CAPTION_REST = /^[\s\p{P}\p{S}\p{Extended_Pictographic}\u200d\ufe0f]*$/u;
/** An age exclaimed: "2 today!!", "Three today 🎈" (the post goes on after it). */
const EXCLAIMED = /^\s*(?:!|\p{Extended_Pictographic})/u;

const ONE_TO_NINETEEN = numberWords(1, 19);
/** A number in words up to ninety-nine, as its value: "forty" -> 40, "thirty-two" -> 32 (SAID_AGAIN). */
function wordValue(word: string): number | undefined {
  const [head, unit] = word.toLowerCase().split(/[- ]/);
  const tens = TENS.indexOf(head!);
  if (tens >= 0) {
    const u = unit ? UNITS.indexOf(unit) + 1 : 0;
    return unit && u === 0 ? undefined : (tens + 2) * 10 + u;
  }
  const small = ONE_TO_NINETEEN.indexOf(head!);
  return small >= 0 && !unit ? small + 1 : undefined;
}
/** The next sentence opens on a number in words: "40 tomorrow. Forty." (SAID_AGAIN). */
const NEXT_NUMBER_WORD = new RegExp(String.raw`^[\s.!?…]*[.!?…]\s*(${NUMWORD})\b`, 'i');
/** An age in digits said again in words in the next sentence, as one says one's own: "40 tomorrow. Forty. How did this happen." */
const saidAgain = (m: RegExpExecArray, text: string) => {
  const next = NEXT_NUMBER_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 30));
  return !!next && wordValue(next[1]!) === parseInt(/\d+/.exec(m[0])?.[0] ?? '-1', 10);
};

/** A count of the years just named: "19 of those years in the police", "half of them on nights". */
const OF_THOSE_YEARS = /^\W+(?:\d+|\w+)\s+of\s+(?:those|them|which)\b/i;

/** A bare age tied to a day ("6 today!", "61 years young on the 7th"): a person's only (AGE_TODAY, YEARS_OLD_ON). */
const bareAgeVeto: Veto<BirthText> = (m, c) => {
  const subject = subjectBefore(c.analysis, m.index);
  if (isThing(subject) || NOT_AN_AGE_BEFORE.test(subject)) return true;
  // a pet's age, whichever side the animal stands: "3 years old on the 14th, the puppy is growing fast"
  const said = c.analysis.sentenceAround(m.index, m.index + m[0].length, 120);
  if (ANIMAL.test(said) && !KIN.test(said)) return true;
  // Without a birthday in the post, only right after a person ("Cake for my eldest, 16 today."), or opening a
  // sentence with no subject beside talk of age ("40 tomorrow and feeling every year of it", "Officially 50 as of today")
  if (BIRTHDAY_WORD.test(c.text) || PERSON_SUBJECT.test(subject.replace(/\s*[,:–—-]\s*$/, ''))) return false;
  // the whole post is the age and its day, as under a child's photo ("2 today!", "Three today 🎉"), or the post opens
  // with it exclaimed ("2 today!! Love you little bean"), with no count of work or followers in the post
  const rest = c.text.slice(m.index + m[0].length);
  const opens = CAPTION_REST.test(c.text.slice(0, m.index)) && (CAPTION_REST.test(rest) || (EXCLAIMED.test(rest) && !WORK_COUNTED.test(c.text)));
  if (opens && parseInt(/\d+/.exec(m[0])?.[0] ?? '1', 10) <= 110 && !WEATHER.test(c.text)) return false;
  // an age from thirteen up spelled out opening its sentence is said of oneself ("Twenty-one today and working
  // lates"); a score or a reading is written in digits, a count of arrests is small ("Another one. Two today.")
  const spelled = /^\p{L}/u.test(m[0]) && !SMALL_NUMBER_WORD.test(m[0]) && !WEATHER.test(c.analysis.sentenceAround(m.index, m.index + m[0].length, 120));
  // an adult's age in digits, then the author goes on about themself: "42 today and i still can't fold a sheet"
  const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length, 120);
  // (or the years of it counted next: "39 tomorrow. 19 of those years in the police", issue 11, train-x)
  const yearsOfIt = OF_THOSE_YEARS.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 40));
  const ownAge = (AND_I.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 20)) || saidAgain(m, c.text) || yearsOfIt) && adultAge(m[0]) && !WEATHER.test(sentence) && !WORK_COUNTED.test(sentence);
  return !(noSubject(c.analysis, m.index) && (spelled || ownAge || BIRTH_CONTEXT.test(c.text) || /^\W*(?:officially|finally)\s*$/i.test(subject)));
};
const whole = (m: RegExpExecArray) => ({ start: m.index, end: m.index + m[0].length });
/** The first of `groups` that took part in the match, as a span of the text (found inside the match). */
const groupSpan = (m: RegExpExecArray, ...groups: number[]) => {
  const text = groups.map((g) => m[g]).find((g) => g !== undefined)!;
  const start = m.index + m[0].indexOf(text);
  return { start, end: start + text.length };
};

/**
 * The rows, walked in order; a match overlapping one already made is dropped (`disjoint`: the first reading of a
 * date wins). The rows after DAY_THEN_BORN stay silent when the post greets a thing.
 */
const BIRTHDATE_CUES: CueRow<BirthText>[] = [
  {
    name: 'LABELLED',
    description: 'A label or the word "born" followed by a date: "DOB 03/22/1979", "date of birth: 14 June 1986", "born June 14, 1986", "was born this morning"',
    pattern: LABELLED,
    vetoes: [
      // "born ..." of a department or a dog is a founding day or a pet's, not a person's.
      (m, c) => !!m[3] && isThing(subjectBefore(c.analysis, m.index)),
      // "Born again on 4 May 2015 when I gave my life to Christ": a rebirth, not a birth (issue 11)
      (m) => !!m[3] && /^born[\s-]+again\b/i.test(m[0]),
      // "Born on the Fourth of July" as a title, not a person.
      (m, c) => m[3] === 'Born' && /^the\s+(?:Fourth|4th)\s+of\s+July/.test(labelOf(m).date) && !/\b(?:was|were|is|i)\s*$/i.test(before(c.text, m.index, 12)),
    ],
    span: (m) => {
      const l = labelOf(m);
      return l.explicit ? { start: l.dateStart, end: l.dateStart + l.date.length } : whole(m);
    },
    confidence: (m) => {
      const l = labelOf(m);
      return l.explicit ? (l.label ? 0.95 : 0.9) : 0.85;
    },
    messageId: (m) => (labelOf(m).explicit ? undefined : 'relative'),
    disjoint: true,
    examples: ['DOB 03/22/1979, in case HR asks again lol', 'Our twins were born this morning, 6 lbs each.'],
  },
  {
    name: 'LABEL_THEN_DATE',
    description: 'a date-of-birth label, then a date with its year a clause or a sentence later: "asked my DOB and I blanked. It\'s 05-08-1983"',
    pattern: LABEL_THEN_DATE,
    vetoes: [(m) => LABEL_GAP_OTHER_DAY.test(m[1]!) || ANOTHER_SENTENCE.test(m[1]!.replace(LABEL_ASKED, ''))],
    span: (m) => ({ start: m.index + m[0].length - m[2]!.length, end: m.index + m[0].length }),
    confidence: 0.85,
    disjoint: true,
    examples: [
      'the dentist asked my DOB and I blanked. It\'s 05-08-1983.',
      'The entry form wanted my date of birth, typed 1988-07-19 and sighed.',
      "The nurse said 'date of birth?' and I said '9th of January 1972', and she said same as her mum",
    ],
  },
  {
    name: 'BIRTHDAY_THEN_DAY',
    description: 'a birthday word, then its day with only linking words between: "birthday is tomorrow", "bday\'s on the 14th", "birthday: 3/22"',
    pattern: BIRTHDAY,
    vetoes: [birthdayOfNoOne, (m, c) => greetsAThing(c, m), (m, c) => !tailOf(m, c)],
    span: (m, c) => {
      const t = tailOf(m, c)!;
      return ONLY_DATE.test(t.date) ? { start: t.dateEnd - t.date.length, end: t.dateEnd } : { start: m.index, end: t.dateEnd };
    },
    confidence: (m, c) => (ONLY_DATE.test(tailOf(m, c)!.date) ? 0.9 : 0.8),
    messageId: (m, c) => (ONLY_DATE.test(tailOf(m, c)!.date) ? undefined : 'relative'),
    disjoint: true,
    examples: ['My birthday is tomorrow and I am on nights, of course.'],
  },
  {
    name: 'DAY_THEN_BIRTHDAY',
    description: 'a day, then the birthday word: "today is my birthday", "Tomorrow\'s my bday", "Saturday is Jake\'s 10th birthday"',
    pattern: BIRTHDAY,
    vetoes: [birthdayOfNoOne, (m, c) => greetsAThing(c, m), (m, c) => partyForAnAge(m, c), (m, c) => !!tailOf(m, c), (m, c) => headOf(m, c) === undefined],
    span: (m, c) => ({ start: headOf(m, c)!, end: m.index + m[0].length }),
    confidence: 0.8,
    messageId: 'relative',
    disjoint: true,
    examples: ["Today is my daughter's birthday!", '5 days till my birthday'],
  },
  {
    name: 'TURNS',
    description: 'An age reached on a given day: "turns 6 today", "turned 40 yesterday", "turning 30 on Saturday", "will be 7 tomorrow", "is 6 years old today"',
    pattern: TURNS,
    vetoes: [
      (m, c) => {
        // "turns 6", "would have been 80": only a person's age is said so (things and readings are the next veto's)
        if (STRONG_AGE_VERB.test(m[1])) return false;
        const window = c.text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40);
        const subject = subjectBefore(c.analysis, m.index).replace(/['’](?:ll|s|d|re|m)$/i, '');
        const personal = PERSON_SUBJECT.test(subject) || OWNED_NAME.test(subject) || noSubject(c.analysis, m.index);
        // "The store celebrates 30 years on Saturday": celebrating a number is a birthday only when a person does it.
        if (/^celebrat/i.test(m[1]) && !personal) return true;
        if ((!/years?|yrs?|yo\b|(?:months?|weeks?|days?)\s+old/i.test(m[0]) && !BIRTH_CONTEXT.test(window) && !personal) || c.greetsThing) return true;
        // "hits 40 tomorrow", "is 5-0 today": a score or a reading unless a person or a birthday is named.
        return (/^(?:hit|reach)/i.test(m[1]) || /\d-(?:0|oh)\b/i.test(m[0])) && !(personal || /\bbig\b|years?|yrs?/i.test(m[0]) || BIRTHDAY_OR_CAKE.test(window));
      },
      (m, c) => {
        const subject = subjectBefore(c.analysis, m.index);
        // no one turns 120: "RPD turns 120 this month"
        return isThing(subject) || petSentence(c.analysis, m.index) || READING_SUBJECT.test(subject) || parseInt(/\d+/.exec(m[0].slice(m[1].length))?.[0] ?? '0', 10) > 115;
      },
      (m, c) => unknownAgeOfAWeek(m, c),
    ],
    confidence: (m) => (STRONG_AGE_VERB.test(m[1]) ? 0.85 : 0.75),
    messageId: 'relative',
    disjoint: true,
    examples: ['My little guy turns 6 today!! Time flies.', 'our youngest is 4 tmrw, send coffee'],
  },
  {
    name: 'DAY_THEN_TURNS',
    description: 'The day first, the age after: "Today I turn 40", "Tomorrow my baby girl turns 5", "On Saturday Jake turns 10"',
    pattern: DAY_THEN_TURNS,
    vetoes: [
      (m, c) => {
        const verbAt = m.index + m[0].search(AGE_VERB_START);
        const subject = subjectBefore(c.analysis, verbAt);
        // "My dog's birthday is next week, he's turning 3"
        if (isThing(subject) || petSentence(c.analysis, verbAt)) return true;
        // "Today my little girl is three.": a bare age is a person's only ("Today the score is three").
        // It also needs the day to open the sentence ("saved a kid today, she's 17" is not her birthday).
        if (BARE_AGE_END.test(m[0]) && (!(PERSON_SUBJECT.test(subject) || /^(?:im|['’]m)\s/i.test(c.text.slice(verbAt))) || /[\p{L}\p{N}]/u.test(c.text.slice(c.analysis.sentenceAt(m.index).start, m.index)))) return true;
        // "Tomorrow my nephew hits 21", not "Tomorrow the high hits 90".
        return /^hit/i.test(c.text.slice(verbAt)) && !PERSON_SUBJECT.test(subject) && !BIRTH_CONTEXT.test(c.text);
      },
    ],
    confidence: 0.8,
    messageId: 'relative',
    disjoint: true,
    examples: ['Tomorrow my baby girl turns 5, send help'],
  },
  {
    name: 'DAY_THEN_BORN',
    description: 'A day before "was born": "Ten years ago today my daughter was born", "On March 3, 2018 Liam was born", "Yesterday our son was born"',
    pattern: DAY_THEN_BORN,
    vetoes: [
      (m, c) => {
        const verbAt = m.index + m[0].search(/\b(?:was|were|got|being|came|come|entered)\s/i);
        // the subject stands after the day: "On 4 May 1990 I was born" is mine, not a "May 1990" product's
        const afterDay = c.text.slice(m.index + m[1].length, verbAt);
        return isThing(/\p{L}/u.test(afterDay) ? afterDay.trim().split(/\s+/).slice(-3).join(' ') : subjectBefore(c.analysis, verbAt));
      },
    ],
    span: (m) => bornDate(m) ?? whole(m),
    confidence: (m) => (bornDate(m) ? 0.9 : 0.8),
    messageId: (m) => (bornDate(m) ? undefined : 'relative'),
    disjoint: true,
    examples: ['Ten years ago today my daughter was born'],
  },
  {
    name: 'BIRTH_EVENT',
    description: 'A birth said without "born", tied to the nearest day in its sentence: "welcomed our son at 3am on the 14th", "Our little one arrived Tuesday", "had a baby girl last night"',
    pattern: BIRTH_EVENT,
    vetoes: [
      (m, c) => !birthEventDay(m, c),
      // a score, not a day (issue 11, train-y): "10/10 would give birth again"
      (m, c) => {
        const day = birthEventDay(m, c)!;
        return /^\d{1,2}\s*\/\s*10$/.test(c.text.slice(day.start, day.end)) && RATING_AFTER.test(c.text.slice(day.end, day.end + 24));
      },
      // "gave birth to a calf": an animal anywhere in the sentence, with no relative of the author's; an institution
      // before the cue is no newborn's parent, but may deliver one ("Riverside PD officers helped deliver a baby boy")
      (m, c) => {
        const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length, 120);
        return (isThing(subjectBefore(c.analysis, m.index)) && !/^(?:help|deliver)/i.test(m[0])) || (ANIMAL.test(sentence) && !KIN.test(sentence));
      },
    ],
    span: (m, c) => birthEventDay(m, c)!,
    confidence: 0.8,
    messageId: 'relative',
    disjoint: true,
    examples: ['Welcomed our son at 3am on the 14th, everyone is healthy.', 'Our little one arrived Tuesday, 7lb 2oz of perfection.', 'We had a baby girl last night!'],
  },
  {
    name: 'AGE_MILESTONE',
    description: 'An age no number names, or "another year", tied to the nearest day in its sentence: "becomes a teenager tomorrow", "Another year older today"',
    pattern: AGE_MILESTONE,
    requires: notGreetingAThing,
    vetoes: [
      (m, c) => !milestoneDay(m, c),
      (m, c) => isThing(subjectBefore(c.analysis, m.index)) || petSentence(c.analysis, m.index),
    ],
    span: (m, c) => {
      const day = milestoneDay(m, c)!;
      return { start: Math.min(m.index, day.start), end: Math.max(m.index + m[0].length, day.end) };
    },
    confidence: 0.75,
    messageId: 'relative',
    disjoint: true,
    examples: ['Big sister becomes a teenager tomorrow!', 'Another trip around the sun tomorrow for this guy.'],
  },
  {
    name: 'ORDINAL_DAY',
    description: 'An ordinal birthday without the word "birthday", tied to a day: "Happy 30th today, babe", "Hubby\'s 40th is next Friday", "Grace\'s 50th on Saturday"',
    pattern: ORDINAL_DAY,
    requires: notGreetingAThing,
    vetoes: [
      // Without a birthday word, "Hubby's 40th is next Friday" and "my 30th on Saturday" still are birthdays: a
      // relative's or the author's ordinal with no noun after it (an age from 13 up for "my/his/her", so "my 2nd
      // today" stays a dose or a visit), or a named person's age (a child's up to 21, a round decade up to 90);
      // "Messi's 800th" is a goal, "Arsenal's 100th" a match.
      (m, c) => !ordinalIsAnAge(m[0], m.index, c),
      // the owner and the ordinal only: "my 30th at the precinct today" is still the author's
      (m, c) => isThing(m[0].split(/\s+/).slice(0, 2).join(' ')) || /\b(?:anniversary|wedding)\b/i.test(c.text) || YEARS_SERVED.test(c.text),
      // "Celebrating my 10th with the department today": years served
      (m, c) => SERVICE_AFTER.test(afterOrdinal(c, m)),
      // "Happy 4th today!" is Independence Day unless a birthday is named.
      (m, c) => /^happy\s+(?:4th|fourth)\b/i.test(m[0]) && !BIRTHDAY_WORD.test(c.text),
    ],
    confidence: 0.7,
    messageId: 'relative',
    disjoint: true,
    examples: ["It's Grace's 50th on Saturday the 4th, ring Pete to chip in."],
  },
  {
    name: 'DAY_THEN_ORDINAL',
    description: 'A day, then an ordinal that ends its clause: "Today is my 50th and the kids made pancakes", "Tomorrow\'s my 40th, no fuss"',
    pattern: DAY_THEN_ORDINAL,
    requires: notGreetingAThing,
    vetoes: [
      (m, c) => !ordinalIsAnAge(m[1]!, m.index + m[0].length - m[1]!.length, c),
      (m, c) => isThing(m[1]!) || /\b(?:anniversary|wedding)\b/i.test(c.analysis.sentenceAround(m.index, m.index + m[0].length, 120)),
      (m) => /\b(?:4th|fourth)$/i.test(m[1]!) && !BIRTHDAY_WORD.test(m.input),
    ],
    confidence: 0.7,
    messageId: 'relative',
    disjoint: true,
    examples: ['Today is my 50th and the kids made pancakes.'],
  },
  {
    name: 'SPENDING_ORDINAL',
    description: 'An ordinal being spent or celebrated now, the present tense giving the day: "Spending my 40th on a night shift", "Celebrating my 21st with the lads!"',
    pattern: SPENDING_ORDINAL,
    requires: notGreetingAThing,
    vetoes: [
      // a birthday word after the ordinal makes it an age; else the owner and the number ("my 21st", "Grandpa's 100th")
      (m, c) => !m[2] && !ownedOrdinalIsAnAge(m[1]!, m.index + m[0].length - m[1]!.length, c),
      (m, c) => isThing(m[1]!.split(/\s+/)[0]!) || SERVICE_AFTER.test(afterOrdinal(c, m)) || YEARS_SERVED.test(c.text) || /\b(?:anniversary|wedding)\b/i.test(c.analysis.sentenceAround(m.index, m.index + m[0].length, 120)),
    ],
    confidence: 0.7,
    messageId: 'relative',
    disjoint: true,
    examples: ['Spending my 40th on a night shift, send cake.', 'Celebrating my 21st with the lads!'],
  },
  {
    name: 'GREETING_DAY',
    description: 'A birthday greeting tied to a day, with the person in between: "Happy birthday to my amazing husband today", "Happy 21st to my niece Ava today!"',
    pattern: GREETING_DAY,
    requires: notGreetingAThing,
    vetoes: [
      (m) => isThing(m[0]) || /\b(?:anniversary|wedding|new\s+year|holidays?|easter|thanksgiving|mother'?s|father'?s)\b/i.test(m[0]),
      (m) => /\b(?:4th|fourth)\b/i.test(m[0]) && !BIRTHDAY_WORD.test(m[0]),
      // Without the word "birthday", only "Happy 30th, …" / "Happy 21st to …" greets a person ("Happy 1st day of spring").
      (m) => !BIRTHDAY_WORD.test(m[0]) && !/^happy\s+\S+\s*(?:,|!|to\b)/i.test(m[0]),
    ],
    confidence: 0.7,
    messageId: 'relative',
    disjoint: true,
    examples: ['Happy birthday to my amazing husband today'],
  },
  {
    name: 'BIG_AGE_DAY',
    description: 'A milestone age tied to a day, either way round: "Big 5-0 for the hubby on Sunday the 9th", "the big 4-0 tomorrow", "Tomorrow is the big 4-0"',
    pattern: BIG_AGE_DAY,
    requires: notGreetingAThing,
    vetoes: [
      (m, c) => {
        const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length, 120);
        // A bare "big 40" needs a person or a birthday beside it ("the big 40 tomorrow night sale" is a sale).
        if (!/\d\s?-\s?(?:0|oh)|[- ]oh\b/i.test(m[0]) && !SOMEONES_AGE.test(sentence) && !PERSON_SUBJECT.test(subjectBefore(c.analysis, m.index))) return true;
        return (NOT_A_PERSON.test(m[0]) && !PERSONISH.test(m[0])) || petSentence(c.analysis, m.index) || /\b(?:anniversary|wedding|years?\s+of\s+service|founded|established)\b/i.test(sentence);
      },
    ],
    confidence: 0.75,
    messageId: 'relative',
    disjoint: true,
    examples: ['The big 4-0 for my brother this Friday the 8th!'],
  },
  {
    name: 'DATE_BABY',
    description: 'Born on a calendar day, said as "a <date> baby": "both 22nd March babies", "a proper June 14th baby", "a 4th of July baby"',
    pattern: DATE_BABY,
    requires: notGreetingAThing,
    vetoes: [
      (m, c) => /\b(?:due|expected|expecting)\b[^.!?\n]{0,20}$/i.test(before(c.text, m.index, 30)) || STILL_TO_COME.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 40)),
      (m, c) => isThing(subjectBefore(c.analysis, m.index)) || petSentence(c.analysis, m.index),
    ],
    span: (m) => groupSpan(m, 1),
    confidence: 0.8,
    disjoint: true,
    examples: ['Me and my sister are both 22nd March babies'],
  },
  {
    name: 'BIRTH_STATS',
    description: 'a birth announced by its numbers, a date beside a newborn\'s weight: "Welcome, little Ava! 3 May 2024, 7lb 2oz", "Ava Rose. 03.05.24. 3.2kg"',
    pattern: BIRTH_STATS,
    requires: (c) => ANY_WEIGHT.test(c.text) && notGreetingAThing(c),
    vetoes: [(_m, c) => NOT_A_NEWBORN.test(c.text) || (ANIMAL.test(c.text) && !KIN.test(c.text))],
    span: (m) => groupSpan(m, 1, 2),
    confidence: 0.8,
    disjoint: true,
    examples: ['Welcome to the world, little Ava! 3 May 2024, 7lb 2oz', 'Ava Rose. 03.05.24. 3.2kg. Perfect.', 'Our little miracle arrived 4 Dec 2026 at 6lb 3oz.'],
  },
  {
    name: 'STAR_SIGN',
    description: 'A star sign the author owns beside a calendar date: "Taurus here, May 2 is my day", "Gemini gang, 6/14 birthday"',
    pattern: STAR_SIGN,
    requires: notGreetingAThing,
    vetoes: [(m, c) => !signDate(m, c)],
    span: (m, c) => signDate(m, c)!,
    confidence: 0.7,
    disjoint: true,
    examples: ['Taurus here, May 2 is my day.', "I'm a Pisces, March 12 if you need to know."],
  },
  {
    name: 'BIG_DAY',
    description: 'In a post about someone\'s birthday, the day named as the big day: "birthday week starts Monday, the big day is Thursday", "the 14th is the big day"',
    pattern: BIG_DAY,
    requires: (c) => !c.greetsThing && birthdayOwned(c),
    vetoes: [
      (m, c) => !bigDayDate(m, c),
      (m, c) => OTHER_BIG_DAYS.test(c.analysis.sentenceAround(m.index, m.index + m[0].length, 120)) || /\b(?:anniversary|wedding)\b/i.test(c.text),
    ],
    span: (m, c) => bigDayDate(m, c)!,
    confidence: 0.7,
    messageId: (m, c) => {
      const d = bigDayDate(m, c)!;
      return ONLY_DATE.test(c.text.slice(d.start, d.end)) ? undefined : 'relative';
    },
    disjoint: true,
    examples: ['My birthday week starts Monday, the big day is Thursday.', 'Birthday month starts today, the 14th is the big day 🥳'],
  },
  {
    name: 'OWNED_ELLIPSIS',
    description: 'after a birthday word, an owner and a day with the birthday left unsaid: "Birthday month! Mine\'s the 12th", "my son\'s is Thursday"',
    pattern: OWNED_ELLIPSIS,
    requires: notGreetingAThing,
    vetoes: [ellipsisOfNoOne],
    span: (m) => ({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length }),
    confidence: 0.7,
    messageId: (m) => (ONLY_DATE.test(m[1]!) ? undefined : 'relative'),
    disjoint: true,
    examples: ["Birthday month! Mine's the 12th, just saying", "Birthday week here: my daughter's is Monday and mine is Sunday.", "Gemini season and mine's the 12th of June."],
  },
  {
    // A birthday word and a calendar date in the same sentence, in either order, with nothing between them that
    // ties the date to another event: "Bday twins with my son, both 14th June", "14 June, same bday as my dad".
    name: 'BIRTHDAY_NEAR_DATE',
    description: 'a birthday word and a calendar date with a day in the same sentence: "Same bday as my grandad, both 9th of October"',
    pattern: BIRTHDAY,
    requires: notGreetingAThing,
    vetoes: [
      (m, _c, made) => made.some((o) => o.start <= m.index + m[0].length + 60 && m.index - 60 <= o.end),
      (m, c) => BIRTHDAY_COMPOUND.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 40)),
      // a thing's, a pet's, several people's or no birth's ("The department celebrates its 75th birthday on 1 October")
      birthdayOfNoOne,
      (m, c) => !nearDate(m, c),
    ],
    span: (m, c) => nearDate(m, c)!,
    confidence: 0.7,
    disjoint: true,
    examples: ['Same bday as my grandad, both 9th of October.'],
  },
  {
    name: 'YEARS_OLD_ON',
    description: 'an age in years before a day of the month or a date, with no verb: "Sixty-one years young on the 7th", "50 years old on June 3"',
    pattern: YEARS_OLD_ON,
    requires: (c) => !c.greetsThing,
    vetoes: [bareAgeVeto],
    confidence: 0.7,
    messageId: 'relative',
    disjoint: true,
    examples: ['Sixty-one years young on the 7th. Planning to go fishing.'],
  },
  {
    name: 'AGE_TODAY',
    description: 'a bare "6 today!" or "Three today", when a birthday is mentioned in the same post or a person just before: "Happy birthday to my boys. Three today!", "my eldest, 16 today"',
    pattern: AGE_TODAY,
    requires: (c) => !c.greetsThing,
    vetoes: [bareAgeVeto],
    confidence: 0.7,
    messageId: 'relative',
    disjoint: true,
    examples: ['Happy birthday to my boys. Three today!', 'Cake for my eldest, 16 today.'],
  },
  {
    name: 'BORN_YEAR',
    description: 'a year of birth with an age in its sentence: "Born in 1986, turning 40 this year", "I\'m 40, born in \'86", "1986 baby here, 40 this year"',
    pattern: BORN_YEAR,
    requires: notGreetingAThing,
    vetoes: [
      (m, c) => !bornYearAge(m, c),
      (m, c) => isThing(subjectBefore(c.analysis, m.index)) || petSentence(c.analysis, m.index),
    ],
    span: (m) => groupSpan(m, 1, 2),
    confidence: 0.7,
    disjoint: true,
    examples: ['Born in 1986, turning 40 this year.', "I'm 40, born in '86, and I still can't use TikTok."],
  },
  {
    name: 'DATE_THEN_ARRIVED',
    description: 'a calendar date, then "the day I arrived": "July 14th, 1975: the date I arrived", "Aug. 21st, 1990, the day the world got me"',
    pattern: DATE_THEN_ARRIVED,
    requires: notGreetingAThing,
    span: (m) => ({ start: m.index, end: m.index + m[1].length }),
    confidence: 0.8,
    disjoint: true,
    examples: ['July 14th, 1975: the date I arrived.'],
  },
  {
    name: 'SELF_GREETING',
    description: 'a birthday greeting to oneself with the post\'s day in the post: "Happy 30th to me! Woke up this morning to grey hairs"',
    pattern: SELF_GREETING,
    vetoes: [(m, c) => !selfGreetingDay(m, c)],
    span: (m, c) => selfGreetingDay(m, c)!,
    confidence: 0.7,
    messageId: 'relative',
    disjoint: true,
    examples: ['Happy 30th to me! Woke up this morning to grey hairs.'],
  },
  {
    name: 'TODAY_ON_MY_BIRTHDAY',
    description: 'a day, then "on my birthday": "Got my stripes today, on my 33rd birthday no less", "Nineteen years ago today, on my 21st birthday"',
    pattern: TODAY_ON_MY_BIRTHDAY,
    requires: notGreetingAThing,
    // a thing for the birthday, not the day: "Today, on my birthday cake order, they spelt my name wrong"
    vetoes: [(m, c) => /^\s+(?:cake|party|card|present|gift|dinner|meal|order|list|wish)/i.test(c.text.slice(m.index + m[0].length))],
    confidence: 0.75,
    messageId: 'relative',
    disjoint: true,
    examples: ["Got my sergeant's stripes today, on my 33rd birthday no less."],
  },
  {
    name: 'ORDINAL_WHICH_IS',
    description: 'an ordinal birthday, then its date: "for my 35th, which is actually the 12th"',
    pattern: ORDINAL_WHICH_IS,
    requires: notGreetingAThing,
    vetoes: [(m, c) => /\b(?:anniversary|wedding)\b/i.test(c.analysis.sentenceAround(m.index, m.index + m[0].length, 120)) || YEARS_SERVED.test(c.text)],
    span: (m) => groupSpan(m, 1),
    confidence: 0.75,
    disjoint: true,
    examples: ['Surprise do at the pub on Friday for my 35th, which is actually the 12th.'],
  },
  {
    name: 'ORDINAL_DATE_IN_BRACKETS',
    description: 'an ordinal birthday with its date in brackets: "on my 30th last week (20 Nov)"',
    pattern: ORDINAL_DATE_IN_BRACKETS,
    requires: notGreetingAThing,
    vetoes: [(m, c) => /\b(?:anniversary|wedding)\b/i.test(c.analysis.sentenceAround(m.index, m.index + m[0].length, 120)) || YEARS_SERVED.test(c.text)],
    span: (m) => groupSpan(m, 1),
    confidence: 0.75,
    disjoint: true,
    examples: ['Got a watch from Mum on my 40th last week (3 Nov) and I love it.'],
  },
  {
    name: 'THE_DAY_TURNS',
    description: '"Today\'s the day!", then an age reached: "Today\'s the day! Baby Max turns one"',
    pattern: THE_DAY_TURNS,
    requires: notGreetingAThing,
    vetoes: [
      (m, c) => {
        const verbAt = m.index + m[0].search(/\b(?:turn|hit)\w*\s+\S+$/i);
        return isThing(subjectBefore(c.analysis, verbAt)) || petSentence(c.analysis, verbAt) || READING_SUBJECT.test(subjectBefore(c.analysis, verbAt));
      },
    ],
    confidence: 0.75,
    messageId: 'relative',
    disjoint: true,
    examples: ["Today's the day! Baby Max turns one"],
  },
];

/**
 * Rows whose own words are common ("is 6", "happy 30th", "my 40th", "had a", "arrived", "40 on the 9th", "7lb"), and which all need
 * a date (DAY_NAMED or digits).
 */
const WAITS_FOR_A_DATE = new Set([OWNED_ELLIPSIS, TURNS, DAY_THEN_TURNS, ORDINAL_DAY, DAY_THEN_ORDINAL, GREETING_DAY, BIRTH_EVENT, AGE_MILESTONE, BIG_DAY, AGE_TODAY, BIRTH_STATS]);

/** Flags dates of birth and birthdays tied to a day; greetings, parties and institutions' founding days are left. */
export const birthdate: TextDetector = {
  kind: 'text',
  id: 'pii/birthdate',
  title: 'Date of birth',
  description:
    'A date tied to a person\'s birth: an explicit date of birth ("DOB 03/22/1979", "born June 14, 1986") or a ' +
    'birthday or age tied to a day ("turns 6 today", "my birthday is tomorrow"). "Happy birthday!" with no day, ' +
    'a birthday party, and the founding dates of institutions are not reported.',
  messages: {
    default: 'Date of birth: a birthday tied to a date identifies a person.',
    relative: 'Birthday tied to a day: together with the post date it gives away a date of birth.',
  },
  examples: {
    tp: [
      "My birthday is on 14 June, same week as the force's open day.",
      // a lead-in before a colon is no subject (subjectBefore)
      'Reminder for the team: Jack turns 40 on Sunday the 14th, surprise party at ours.',
      'Nine years ago tonight, at 2:40am, our Mia arrived. Happy birthday sweetheart',
      'Happy 40th to my best mate (and worst driver) @sam_t, born 04.11.1986',
      'Officially half a century old as of midnight!',
      'The big five-oh falls on the 21st, no party please.',
      'Our son was born the evening of 3 May 2020.',
      "Proud 25/12 baby, one present every year.",
      "Her DOB's 02.09.91 on the form.",
      'On May 4 I turn 30',
      "3 days till I'm 30!",
      "tmrw im 18 finally",
      'Today I become a 40-year-old.',
      'Our son will be a year old on Friday',
      'Leaving my twenties behind on Saturday',
      '35 years ago today I took my first breath',
      'Exactly one year ago you were born',
      'Happy solar return to me today',
      "Guess who's 40 today?",
      'Born on Christmas Day 1975, always got combined presents.',
      'My twin was born 5 minutes after me on 28 Feb 1990.',
      'My dad, b. 12 Oct 1954, would have been 72 today.',
      "It's Grace's 50th on Saturday the 4th, ring Pete to chip in.",
      'Happy 40th to my wife, born June 14, 1986 — love you babe!',
      'DOB 03/22/1979, in case HR asks again lol',
      'My little guy turns 6 today!! Time flies.',
      'My birthday is tomorrow and I am on nights, of course.',
      'His 10th birthday this Saturday the 14th, still no gift.',
      'Today is my daughter\'s birthday!',
      'date of birth: 14 June 1986',
      'Our twins were born this morning, 6 lbs each.',
      'Our daughter was born at 11:40pm on June 9, all 8 pounds of her.',
      'Happy birthday to my boys. Three today!',
      '5 days till my birthday',
      'our youngest is 4 tmrw, send coffee',
      'The big 4-0 for my brother this Friday the 8th!',
      'Same bday as my grandad, both 9th of October.',
      'Grandpa celebrates 85 today, still beats me at cribbage.',
      "I'm 36 on Saturday and I plan to sleep all day.",
      'Born on this day in 1981. Feeling old.',
      'My wife gave birth to our son on Monday morning.',
      'Twelve years ago today, I became a dad.',
      'DOB 14-Jun-1986',
      "Tom's 5th birthday party is Saturday the 3rd, all welcome",
      'Today my little girl is three.',
      "Dad would've been 70 today. Miss you every day.",
      'Heavenly birthday to my mom today.',
      'Little Amara joined us on Tuesday and we are over the moon.',
      'Our family grew by two tiny feet yesterday.',
      'Gonna be 30 next Saturday, ugh.',
      '40 tomorrow and feeling every year of it.',
      'Next Thursday my daughter will be 16 and I am not ready.',
      'Grandma turns 85 on Christmas Eve.',
      'Welcome to the world, baby Maya! Born 2:15am, Friday.',
      'b-day 03.22 lol',
      'Little Isla arrived Oct. 30 at 2am.',
      'Welcomed our second son on March 2nd.',
      'Birthday boy today! 9 years old and football mad.',
      'Twenty-one today and working the late shift.',
      'Spending my 30th at the precinct today, sarge brought doughnuts.',
      'Tomorrow is my 40th, no fuss please.',
      'My birthday falls on Good Friday this year.',
      'Yesterday was my 45th, took the day off.',
      'On 4 May 1990 I was born in this very hospital.',
      'Her due date was the 10th but she arrived on the 2nd.',
      "She's here! Matilda Rose arrived this morning at 10:02, 7 lb 8 oz.",
      "Nan's 80th is the day after tomorrow, karaoke booked.",
      'Helped deliver a baby girl on the shoulder of Route 9 this morning.',
      'Delivered a baby boy in the back of the cruiser at 0430, both doing great.',
      'I was born the day after Christmas, so one present for both.',
      '35 trips around the sun as of tomorrow.',
      "42 today and I still can't fold a fitted sheet.",
      'Turning sweet sixteen on Monday and Mum is crying more than me.',
      "I share a birthday with Elvis. Jan. 8, 1987, and no, I can't sing.",
      "It's a girl! Ava came early on the 2nd, tiny but fierce.",
      '35 years ago today my mum had me.',
      'We welcomed our daughter at 3:12am, 7lb 4oz.',
      'Born the same day the Berlin Wall fell. 9 November 1989.',
      'Saturday I turn 40, no fuss please.',
      'Gemini gang, 6/14 is the day.',
      'DOB on my new licence says 03/09/1993.',
      'Turned 40 over the weekend, still feel 25.',
      'One year ago today we met our daughter for the first time.',
      'Celebrating 40 years on this planet today.',
      "I'm a Christmas Day baby, always got one present.",
      'Born in 1986, turning 40 this year.',
      "My little one's due date was today but she came last Tuesday instead.",
      'Mom turned 75 this past Sunday.',
      'my oldest is 18 as of this morning',
      '29 years ago today my parents welcomed me into the world.',
      'My 50th was last week, no one noticed.',
      'A year ago today our daughter arrived.',
      'Sweet 16 for my eldest tomorrow!',
      'My birthday is coming up on the 22nd.',
      "In 3 days I'll be 30.",
      'celebrating my 40th on 12/6 at the lodge',
      'todays my birthday and im working lol',
      'my birthday is literally tomorrow',
      'This time 30 years ago my mum was in labour with me.',
      'Officially in my thirties as of today.',
      'Entering my 30s this Saturday, send help.',
      'Last day in my twenties tomorrow.',
      '40 years ago today, Mum went into labour with me.',
      'Celebrating 35 years of me today.',
      '2 today! 🎈',
      'Three today! Where has the time gone?',
      'Born 3.14, a pi day baby.',
      'D.O.B. 28/2',
      'Just turned 35 an hour ago.',
      'He turned 18 at midnight.',
      'Today is my golden birthday!',
      'Officers helped bring a baby boy into the world on the bypass this morning.',
      'Our crew assisted with the birth of a baby girl overnight.',
      'Spending my 40th on a night shift, send cake.',
      'Celebrating my 21st with the lads!',
      '18 today and can finally vote.',
      'Four today! Best little man in the world.',
      '40 on the 9th!',
      'Turning 30 in a fortnight.',
      'Our princess is 3 today!',
      "Birthday month! Mine's the 12th, just saying",
      'Spending my 35th (today!) on nights.',
      'One more sleep til my lad turns 18.',
      '40 tomorrow. Forty. How did this happen.',
      // a weekday of the week in hand; an age, its day, and the author's body feeling it (issue 11)
      "Sophie's party is Saturday the 9th (she turns 5 on the Friday!)",
      '30 on Thursday the 11th and my back already hurts.',
      'Leap-year baby here, so technically I am turning 9.',
      'Born 14 minutes apart on a snowy Jan 3rd 1995.',
    ],
    fp: [
      // someone unnamed, some day of a week or a month (issue 11, heldout-o)
      'A woman in our street turned 100 last week and the Mayor came to visit.',
      // issue 11, session 21: an institution greeted with filler before its name, a score out of ten, a thing for the
      // birthday, an anniversary's date
      'Today, on my birthday cake order, the bakery spelt my name wrong.',
      'Quiet one for my 25th, which is the 14th: wedding anniversaries are for us two.',
      'Dinner out for my 10th wedding anniversary last week (3 Nov), lovely evening.',
      { text: 'Happy birthday to our very own Harbor Police Department! 150 years young today.', context: 'official' },
      'The maternity nurses were brilliant. 10/10 would give birth there again.',
      // a weight "at" a date that is a catch (BIRTH_STATS' NOT_A_NEWBORN)
      'Caught a carp on 4 Dec 2026 at 9lb 3oz, personal best.',
      'The shop turns 5 on the Friday, cake for every customer.',
      // a date-of-birth label asked, then another day in the next sentence (issue 11)
      "The form asked 'date of birth?' and I left it blank. Posted it on 3 June 2024 anyway.",
      // a force or a union by its short name (issue 11)
      'Happy birthday to the Met, 195 years old this September 29',
      'Our union turns 50 on 1 May, free pint at the club',
      'Happy birthday to the United States Navy! 250 years of service.',
      'Birthday party for the twins at Chuck E. Cheese was chaos. Pizza everywhere.',
      'Happy birthday Sam!',
      'Born ready. Born and raised in Harbor City.',
      { text: 'Harbor City PD was founded on June 14, 1890. Happy birthday to us!', context: 'official' },
      'Our department turns 100 today! Thanks for a century of support.',
      'Big news for the team: our club turns 50 on Sunday the 14th.',
      'K9 Rex turns 6 today, give him a treat.',
      'The high will be 90 tomorrow, stay hydrated.',
      'Birthday party this Saturday, bring a swimsuit.',
      'Apollo 11 launched on July 16, 1969.',
      'We won 6 today, great game.',
      'Happy 4th today everyone!',
      { text: 'Our K9 partner Duke celebrates his 7th birthday today!', context: 'official' },
      'Portland is 90 today, stay cool.',
      'The big 50 inch TV arrives tomorrow.',
      'Best birthday ever! Off to Paris on 22nd March.',
      "Arsenal's 100th on Saturday was a cracker.",
      'Plan b. 12 May works for everyone.',
      'The puppies were born last night, six of them.',
      'The new baby giraffe arrived at the zoo Tuesday.',
      'My son arrived home from camp on Tuesday.',
      'Had a baby shower for my sister on Sunday.',
      "Pulled a kid out of the river today, he's 12, brave lad.",
      'Three birthdays in one week in this house.',
      'Today the score is three.',
      'My cousin had a baby... in other news, I fixed the fence last night.',
      'The store celebrates 30 years on Saturday.',
      'Our new recruit joined us on Tuesday.',
      'Gonna be 30 degrees next Saturday.',
      'The twins arrived at practice this morning.',
      'My guinea pig turned 5 today.',
      'Riverside turns 150 this month!',
      'Christmas party on Christmas Eve at the station.',
      'Birthday cake for 30 on Saturday.',
      'Born and raised here, still here today.',
      'Today is my 50th shift on nights.',
      'The new patrol cars arrived Dec. 3rd.',
      'Another burglary on Elm. Two today.',
      'Thirty today, the heat is brutal.',
      'Welcomed our son home from deployment on Monday.',
      'Spending my 30th year on the force at the precinct today.',
      'Tomorrow is the 4th of July, stay safe.',
      'Saturday is Messi\'s 800th, can\'t wait.',
      'Tom arrived at the barbecue with 10 lbs of sausages this morning.',
      "Going to my cousin's 30th this weekend, should be a laugh",
      'Delivered a baby shower gift to my sister on Sunday.',
      'Helped deliver her groceries this morning.',
      "Delivered the twins' birthday cake on Friday.",
      "Bought a birthday card for Mum, the big day is Saturday: my sister's wedding.",
      'Cancer screening on March 3, please book.',
      'Proud of Leo, he passed his test on May 2.',
      '25 today and I am exhausted, busiest shift ever.',
      'Happy birthday to my friend. June 14, 2024 was the day we met.',
      'The school celebrates its 50th birthday on Friday.',
      'Level 35 unlocked today, this game is endless.',
      'The bakery celebrates another trip around the sun on Friday.',
      'The big 4-0 inch TV sale ends next week.',
      'The twins arrived at 5pm for the party.',
      'Our delivery came early this morning.',
      "Happy birthday to me, I'm spending it in the garden.",
      'Met my partner for the first time 10 years ago today.',
      'Celebrating 40 years on the job today.',
      'Our Christmas Day baby is due any minute now.',
      'Born in 1986 and 20 years on the job now.',
      'Half birthday today, six more months to the real one.',
      'The twins came on Sunday for lunch.',
      "Today's the day! The store turns 10 and there's cake.",
      '3 years old on the 14th, the puppy is growing fast.',
      'June 14, 1990: the day the Berlin wall came down.',
      'A year ago today my daughter arrived in Sydney for uni.',
      "Next week I'll be 40 miles away at training.",
      'Celebrating my 20th on 12/6 with the department, 20 years of service.',
      'My marriage is 20 years old today.',
      "My dog's birthday is next week, he's turning 3",
      'The court date is coming up on the 22nd.',
      'Celebrating 20 years of me in uniform today.',
      'Entering my final week at the academy on Monday.',
      'Last day of being a rookie today.',
      'todays the day we move house',
      'This time last year I was in labour with my second book, lol.',
      'We made 3 arrests, 2 today.',
      '200 today! Thanks for following.',
      'The baby weighed 3.14 kg when born.',
      'Celebrating my 20th on the force this week.',
      'Celebrating my 10th with the department today.',
      'Spending my 5th Christmas on nights.',
      'The delivery of a baby shower gift was late overnight.',
      'The queue was 10 an hour ago.',
      '12 today! New record for speeding tickets.',
      '40 on the 9th floor, the lift is broken again.',
      '10 years ago today my Tesla arrived.',
      'A year ago today I arrived in London.',
      'The project was born the morning of 12 June 2019.',
      'On May 4 the precinct turns 100.',
      "3 days till I'm back on days.",
      "I'm a 24/7 baby, always on call.",
      'took my first breath of fresh air today after the fire.',
      "Our dog's birthday is soon. His is the 12th.",
      "Birthday party on Saturday. Mine's on the 12th.",
      'Bring proof of date of birth to the clinic. Open 12/03/2026.',
      'Date of birth unknown, arrested 12/03/2025.',
      '12 today. Twelve. New record for tickets.',
      // no one's birth (issue 11): a shop's sale, a pet by its breed, a force's or a public service's birthday, a rebirth,
      'Birthday sale on until 9 June, 20% off everything in the shop.',
      'Pickle the beagle turns 4 on Saturday, sausages all round.',
      { text: 'The force celebrates its 150th birthday on 2 October with an open day.', context: 'official' },
      "The constabulary's 180th birthday was on 12 May and nobody told us.",
      'Happy birthday to the NHS, 76 years old today!',
      'Born again on 3 June 2012, best day of my life.',
      'Eight years sober today, 2 April. My sobriety birthday.',
      "It's the 10th birthday of our community garden on 14 June.",
    ],
  },
  // the keywords come from the rows' patterns; the rows whose own words are in most posts ("is", "happy", "my") are
  // reached through the date they wait for (DAY_NAMED)
  patterns: [...BIRTHDATE_CUES.filter((r) => !WAITS_FOR_A_DATE.has(r.pattern)).map((r) => r.pattern), ...DAY_NAMED],
  // structural: a date in digits names no day in words ("on the 14", "3/22", "the 14th")
  // and a time of day, which dates a birth said outright ("welcomed our daughter at 3:12am", "delivered a baby at 0500")
  trigger: /\d(?:st|nd|rd|th)\b|\d[/.-]\d|\bthe\s+\d|\d\s?[ap]\.?m\b|\bat\s+[012]\d[0-5]\d\b/i,
  cues: cuesOf(BIRTHDATE_CUES),
  detect(input, ctx) {
    const analysis = ctx.nlp();
    const c = { text: input.text, analysis };
    const greetsThing = scan(BIRTHDAY, input.text).some((m) => !birthdayOfNoOne(m, { ...c, greetsThing: false }, []) && greetsAThing(c, m));
    return walkCues(BIRTHDATE_CUES, { ...c, greetsThing, reach: analysis.reach }).sort((a, b) => a.start - b.start);
  },
};

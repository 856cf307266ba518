// id/badge-number: flags an officer's badge, shield, tax registry, star or ID number; serves the clauses against
// disclosing one's own status and identification (NYPD P.G. 203-28 Additional Data ¶4, "own status").
import type { TextDetector } from '../../core/types.js';
import { cuesOf, walkCues, type CueRow, type CueText } from '../cues.js';
import { NON_POLICE_QUALIFIER, OTHER_JOB } from './police-words.js';
import { oneOf } from '../vocab.js';
import { FICTION, FICTION_LOOSE, fictionVeto, STAGED } from '../vocab/fiction.js';
import { NUMBER_WORDS, UNITS, digitOfWord } from '../vocab/numbers.js';
import { STRONG_RANKS } from '../vocab/ranks.js';

/** A digit said as a word: zero (or "oh") to nine (not ZERO_WORDS' bare "o" or "nought": a badge is read out plainly). */
const DIGIT_WORDS = ['zero', 'oh', ...UNITS];
/**
 * Four to seven digits said one word each, by spaces or dashes (issue 11): "badge number four four one seven",
 * "Nine-three-one-two on his epaulette" (a spoken phone number's groups are split by commas: "five five five, two oh").
 */
const SPELLED_DIGITS = String.raw`\b${oneOf(DIGIT_WORDS)}(?:[ -]${oneOf(DIGIT_WORDS)}){3,6}\b(?![ -]${oneOf(DIGIT_WORDS)}\b)`;
const SPELLED_RE = new RegExp(`^${SPELLED_DIGITS}$`, 'i');
/** The digits of a number said in words: "eight-one-nine-nine" -> "8199" (digits as they are). */
const digitsOf = (s: string) =>
  SPELLED_RE.test(s) ? s.toLowerCase().split(/[ -]/).map(digitOfWord).join('') : s;

/**
 * A badge number as written: digits, or digits spelled out with dashes ("2-4-6-0"), or two groups of three
 * ("447-201"; not a phone number's 555-1234), or digits said as words ("four four one seven").
 */
const BADGE_DIGITS = String.raw`(\d(?:-\d){3,7}(?![\d-])|\d{3}-\d{3}(?![\d-])|\d{2,7}|${SPELLED_DIGITS})`;

/** What may not follow a badge number: more of a number, a share, a score, a count or a range ("star 5 of 10", "shield 20%"). */
const NOT_BADGE_DIGITS = String.raw`(?![\d,.\/-]*\d|\s*(?:%|x\b|pts?\b|points|followers|stars?\b|of\s+\d|\/|-\s*\d))`;

/**
 * A badge-type word, an optional "number"/"no."/"#", then the number.
 * e.g. "badge #4471", "shield 12345", "tax reg 771204", "tax registry no. 918273", "Star #1123", "collar number 4521",
 * "badge number: 0387", "officer ID 55120", "lost my badge (#3068)", "my first shield number, 44821", "my old badge, 5510",
 * "my collar number's 4216", "Dad's Garda number was 10417", "RCMP regimental number 54012", "my warrant number is 2290"
 */
const NUMBERED = new RegExp(
  String.raw`(?<![\w#@/])(${oneOf([
    'badges?',
    'shields?',
    String.raw`tax[ -]?reg(?:istry)?\.?`,
    'star',
    'tin',
    'collar',
    'shoulder',
    'epaulette',
    String.raw`warrant\s+card`,
    String.raw`(?:officer|employee|badge|police|department|dept|personnel|member)\s+id`,
    // a bare "ID" only with a number marker: "ID #40517 still opens the gym at HQ", "My ID number was 90812"
    String.raw`id(?=\s*(?:number|no\b|#))`,
    // "warrant number", "Garda no." (the number word follows: "a warrant was served" is no badge)
    String.raw`(?:warrant|regimental|garda|police)(?=\s*(?:number|no\b|#))`,
    // a Garda's "registered number", a force's "police service number" (issue 11): "registered number 11452, a garda
    // for 21 years", "Police service number 41873 and 20 years in blue" (not a company's or a charity's registered number)
    String.raw`registered(?=\s*(?:number|no\b|#))`,
    String.raw`police\s+service(?=\s*(?:number|no\b|#))`,
    // a member's number by its rank: "My PC number, 4417", "Nan's constable number" ("Officer #1187" is RANK_NUMBER's)
    String.raw`(?:deputy|constable|pc|trooper|officer)(?=\s*(?:number|no\b))`,
  ])})` +
    // the separator: " #", " number ", "'s ", ", ", " (#", or a few words and a marker ("card this morning, number ")
    String.raw`(${oneOf([
      String.raw`\s*(?:number|num\.?|nbr\.?|no\.?|#)(?:['’]s)?\s*`,
      String.raw`\s*(?:number\s*)?[,:–—-]\s*#?\s*`,
      String.raw`\s*,?\s*#\s*`,
      String.raw`\s*\(\s*#\s*`,
      String.raw`\s+`,
      String.raw`(?:\s+[a-z]+){0,3}?\s*[,;(—–-]\s*(?:number|num\.?|nbr\.?|no\.?|#)\s*[:.]?\s*`,
    ])})` +
    // the number, not a share, a score, a count or a range: "badge 4471", "shield 2-4-6-0", not "star 5 of 10", "shield 20%"
    String.raw`(?:is\s+|was\s+)?[:#]?\s?${BADGE_DIGITS}${NOT_BADGE_DIGITS}`,
  'gi',
);

/**
 * A rank (and name) followed by a number in the badge position.
 * e.g. "Officer Morales #4471", "Sgt. Whitfield (#2231)", "Deputy #887"
 */
/**
 * The ranks before a "#" number (RANK_NUMBER): the strong ones, and "Dep." (issue 11, train-w: "Dep. Lawson (#771)
 * here"), which names a deputy only with the "#" after it ("Dep. Head Ms Price" is a school's).
 */
const NUMBERED_RANKS = [...STRONG_RANKS, String.raw`Dep\.`];
const RANK_NUMBER = new RegExp(String.raw`\b${oneOf(NUMBERED_RANKS)}\s+(?:[A-Z][\w'’-]+\s+){0,2}\(?#\s?(\d{2,7})\b`, 'g');

/** The same with the rank in any case: "deputy #718 signing off" (the "#" says it is a number worn). */
const RANK_NUMBER_ANY_CASE = new RegExp(String.raw`\b${oneOf(STRONG_RANKS)}\s+#\s?(\d{2,7})\b`, 'gi');

/**
 * A number pinned on, the badge left unsaid: "Pinned on #2218 fifteen years ago", "pinning on shield #30881".
 */
const PINNED = /\b(?:pinned|pin|pinning|pins)\s+(?:on\s+)?(?:(?:my|the|a)\s+)?(?:(?:badge|shield|star|tin)\s+)?#\s?(\d{2,7})\b/gi;

/** Who an officer is called before their ID (RANK_ID): the ranks, and the plain words for a police officer. */
const OFFICER_WORDS = [...STRONG_RANKS, 'cop', 'copper'];

/**
 * An officer named by rank or as "the officer", then their ID: "The officer with ID 4720 on her vest was so patient",
 * "The trooper whose ID was 1158 pulled my grandad out", "Congratulations to Deputy Ana Ruiz, ID 2290, our Deputy of
 * the Month", "Officer J. Marsh, ID 60412" (an initial is a name too), "Trooper ID two-seven-seven-one on the citation" (issue 11: "ID" and a number are an officer's only with
 * the rank or officer word right before them); a warrant number so placed too: "Detective Constable Shona Price,
 * warrant number 2281, received the Commissioner's commendation" (an arrest warrant's is vetoed: ARREST_WARRANT).
 */
/** What an officer's number is called after their rank (RANK_ID): "ID", "I.D.", a warrant number. */
const RANK_ID_WORD = String.raw`(?:ID|I\.D\.|[Ww]arrant(?=\s*(?:number|no\b|#)))`;
const RANK_ID = new RegExp(
  String.raw`\b(${oneOf(OFFICER_WORDS)})(?:\s+\p{Lu}(?:[\p{L}'’-]+|\.)){0,2}` +
    String.raw`(?:\s+(?:with|whose)(?:\s+(?:the|an?|his|her|their))?\s+|\s*[,(]\s*|\s+)${RANK_ID_WORD}(?:\s*(?:number|no\.?|#))?` +
    String.raw`\s*(?:(?:was|is)\s+)?#?\s?${BADGE_DIGITS}${NOT_BADGE_DIGITS}`,
  'giu',
);

/** Officers of other services, beside NON_POLICE_QUALIFIER's (RANK_ID): "the court officer with ID 7712". */
const OTHER_OFFICERS = new Set(['court', 'prison', 'correctional', 'corrections', 'customs', 'immigration', 'parking', 'bylaw', 'animal', 'truancy']);
/** The word before a rank makes it another service's: "security officer", "Staff Sergeant", "court officer". */
const otherOfficer = (word: string) => NON_POLICE_QUALIFIER.has(word) || OTHER_OFFICERS.has(word);

/**
 * A warrant number opening a sentence, its owner left unsaid (a British or Commonwealth officer's own number, four
 * digits or more): "Warrant number 118204 and I still have to explain to my mum", "Warrant number 18847. Twenty
 * years. Done", "Warrant no. 99813 on the back of my card" (an arrest warrant's number is vetoed: ARREST_WARRANT).
 */
const WARRANT_OPENS = /(?:^|(?<=[.!?]\s{1,3}))warrant\s+(?:number|no\.?|#)\s*[:#]?\s?(\d{4,7})(?![\d,.\/-]*\d)/gim;

/** An arrest warrant or a share warrant, not an officer's number: "Warrant no. 4471 was served at the address". */
const ARREST_WARRANT = new RegExp(
  String.raw`\b${oneOf([
    String.raw`(?:was|were|been|being|be|got|get)\s+served`,
    String.raw`served\s+(?:on|at|to|upon)`,
    'executed',
    String.raw`issued\s+(?:for|against)`,
    String.raw`arrest\w*`,
    'wanted',
    'outstanding',
    'suspects?',
    'court',
    'judge',
    'magistrates?',
    'search',
    'stock',
    'shares?',
    'certificate',
  ])}\b`,
  'i',
);

/**
 * A British or Australian rank abbreviation with a collar number before the surname: "PC 4471 Hughes", "PS 812
 * Okoro", "DC 2219 Blake" (capitals only: not "pc 2000 edition").
 */
const UK_COLLAR = /\b(?:PC|PS|DC|DS|PCSO|SC)\s?(\d{3,5})\s+(?=\p{Lu}\p{Ll})/gu;

/** A count, a share or a unit after a number: "4471 followers", "318 pounds". */
const COUNT_AFTER = [
  '%',
  String.raw`x\b`,
  String.raw`pts?\b`,
  'points',
  'followers',
  'likes',
  'times',
  'years',
  'yrs',
  'days',
  'hours',
  'miles',
  'km',
  'kg',
  'lbs?',
  'pounds',
];

/** How a number worn on a uniform may end: not more digits (a phone number), not a count, share or unit. */
const NUMBER_END = String.raw`(?![\d,.\/]*\d|[ -]\d|\s*${oneOf(COUNT_AFTER)})`;

/** Whose a number is: "my", "their" (POSSESSED and OWN_NUMBER_SAID; the latter also takes "Dad's"). */
const POSSESSIVES = ['my', 'his', 'her', 'their', 'our', 'your'];

/** Which of someone's numbers: "my old", "my late husband's", "my original" (POSSESSED, OWN_NUMBER_SAID). */
const OLD_OR_NEW = ['old', 'first', 'new', 'late', 'original'];

/** What a number said to be someone's may be called before "number": "my payroll number", "Dad's deputy number". */
const NUMBER_KINDS = [
  'badge',
  'shield',
  'star',
  'tin',
  'collar',
  'shoulder',
  'deputy',
  'constable',
  'pc',
  'police',
  'warrant',
  'regimental',
  'payroll',
  'matron',
  'id',
];

/**
 * Someone's number, said to be theirs, in a post about police work (the badge word may be left out).
 * e.g. "my number on the job was 7788", "My first number was 2719", "Dad's old deputy number, 318", "My payroll number
 * at the department is still 60441", "Can't believe they gave my old number, 5542, to a rookie"
 */
const OWN_NUMBER_SAID = new RegExp(
  String.raw`\b${oneOf([...POSSESSIVES, String.raw`\p{L}+['’]s`])}\s+(?:${oneOf([...OLD_OR_NEW, 'own', 'same', 'former'])}\s+){0,2}` +
    String.raw`(?:${oneOf(NUMBER_KINDS)}\s+)?` +
    String.raw`(?:number|no\.|#)(?:['’]s)?(?:\s+(?:on\s+the\s+job|at\s+the\s+(?:department|station|precinct|force)))?` +
    String.raw`\s*(?:(?:is|was|were|been|has\s+been|had\s+been|will\s+always\s+be)\s+|[,:=–—-]\s*|\s)(?:still\s+)?#?(\d{2,7})${NUMBER_END}`,
  'giu',
);

/** Where a number is worn: "the number on my chest", "number on the warrant card", "ID 3320 on his vest". */
const WORN_ON = [
  'chest',
  'vest',
  'shoulders?',
  'epaulettes?',
  'tunic',
  'lapel',
  'hat',
  'cap',
  'shield',
  'badge',
  'tin',
  'star',
  String.raw`warrant\s+card`,
];

/**
 * A badge word (or "number on my chest"), then its number later in the sentence: after what the badge says, "was",
 * "is", a colon or a comma.
 * e.g. "The old badge on my keychain says 2140", "the tin I carried said 6631", "Number on my shield was 2-4-6-0",
 * "My old shield from the transit police, #2971", "Badge number, for those who asked, was 4471", "my payroll number and
 * badge number are the same, 31880", "The number on my chest has been 5127", "New shield, new number: 7312"
 */
const NUMBER_ON_BADGE = new RegExp(
  String.raw`(?<![\w#@/])(?:numbers?\s+on\s+(?:my|his|her|the)\s+(?:old\s+)?${oneOf(WORN_ON)}|(${oneOf([
    'badges?',
    'shields?',
    'tin',
    'star',
    String.raw`warrant\s+card`,
    String.raw`(?:collar|shoulder)\s+number`,
    // someone's warrant number (issue 11): "Got my warrant number through today, 220481"
    String.raw`warrant\s+number`,
  ])}))(?:['’]s)?\b` +
    // the words between, in the same sentence and with no other number: " on my keychain", " from the transit police"
    String.raw`[^.!?\n\d#]{0,48}?` +
    String.raw`(?:\s+${oneOf(['says', 'said', 'reads', 'read', 'was', 'is', 'were', 'are', String.raw`ha[sd]\s+been`])}\s+|\s*[:,(—–]\s*)(?:(?:was|is)\s+)?(?:number\s+)?(#?)\s?${BADGE_DIGITS}${NUMBER_END}`,
  'gi',
);

/**
 * The number first, then whose badge it was: "#2814 was my first partner's number", "#5507 was my partner's badge",
 * "622 is my badge number"
 */
const NUMBER_WAS_MINE = new RegExp(
  String.raw`(?<![\w#])(#?)(\d{2,7})\s+(?:was|is)\s+(?:my|his|her|our|their)\s+((?:\p{L}+(?:['’]s)?\s+){0,3}?)` +
    String.raw`(?:number|badge|shield|tin)\b`,
  'giu',
);

/**
 * The number first, then where it is worn: "#4471 on my chest for 20 years", "6240 on my shirt", "If you see 6650 on
 * the shoulder at the festival, that's me" (three digits or more; sport and other jobs are vetoed by the row).
 */
const NUMBER_ON_ME = new RegExp(
  String.raw`(?<![\w#.,/-])(#?)(\d{3,6}|${SPELLED_DIGITS})\s+on\s+(?:my|the|his|her)\s+${oneOf(WORN_ON)}\b`,
  'gi',
);

/** What a number worn is said to be: "wore 3456", "hung up 3219", "pinned 7261 on me", "spent 19 years as 4485". */
const WORN_VERBS = [
  'wore',
  'wear',
  'wearing',
  'worn',
  'carried',
  'carry',
  'carrying',
  String.raw`hung\s+up`,
  String.raw`hanging\s+up`,
  'retired',
  'retiring',
  'issued',
  'assigned',
  'pinned',
  String.raw`(?:gave|handed)\s+me`,
  'given',
  String.raw`turned\s+in`,
  String.raw`handed\s+(?:back|in)`,
  String.raw`traded\s+in`,
  String.raw`answered\s+to`,
  String.raw`(?:years?|decades?)\s+(?:as|on|wearing)`,
];

/**
 * A number worn, carried, issued, retired or been, the badge left unsaid (three digits or more: a shirt number has
 * one or two).
 * e.g. "Wore 3456 for 12 years", "Hung up 3219 this morning", "they pinned 7261 on me", "Retired my number 6288 today",
 * "i was assigned #3130 today", "I was #1276 in this department", "Spent 19 years as 4485", "Twenty years on number
 * 5599 and", "For 30 years I answered to 2772 on the radio", "I'll always be number 2713 to the old-timers", "Number
 * 4321 hung up the uniform today"
 */
const NUMBER_WORN = new RegExp(
  String.raw`(?:\b${oneOf([
    oneOf(WORN_VERBS),
    String.raw`i\s+was(?=\s+#)`,
    String.raw`(?:be|been|being)\s+(?:the\s+)?number`,
  ])}\s+(?:${oneOf(['my', 'his', 'her', 'the', 'same', 'new', 'old', 'first'])}\s+)*(?:(?:badge|shield|star|tin|collar)\s+)?` +
    String.raw`(?:number\s+|#\s?)?` +
    // "Number 4321 hung up the uniform today": the number word opening a sentence
    String.raw`|(?:^|(?<=[.!?]\s{1,3}))number\s+#?)(\d{3,6})` +
    String.raw`(?=\s*(?:$|[.,!?;:)]|${oneOf([
      'for',
      'on',
      'to',
      'today',
      'tonight',
      'this',
      'since',
      'at',
      'in',
      'until',
      'till',
      'through',
      'back',
      'with',
      'and',
      'after',
      'when',
      'as',
      'from',
      'proudly',
      'is',
      'was',
      'has',
      'had',
      'hung',
      'goes',
    ])}\b))`,
  'gim',
);

/** A product, a game or a measure after a bare number: "PC 2000 edition", "Number 4308 fps". */
const PRODUCT_OR_MEASURE_AFTER = [
  '%',
  'edition',
  'series',
  'games?',
  'build',
  'specs',
  'fps',
  'ram',
  'gb',
  'tb',
  'mhz',
  'ghz',
  'model',
  'version',
  'mph',
  'plate',
  'cc',
  'feet',
  'ft',
  'yards',
  'metres',
  'meters',
];

/**
 * A rank, a force's number word or a sentence's opening "Number" before a bare number that names or signs the post.
 * e.g. "PC 4471 signing off", "Officer 2231, checking out", "Regimental No. 62114", "Reg number 7319, sworn in 2011",
 * "PF 30442 signing off for good", "Number 4308 checking out for the last time", "PC 2291 from the Southmere team", "ID 44019 reporting for my last day"
 */
const RANK_BARE_NUMBER = new RegExp(
  String.raw`(?:\b${oneOf([...STRONG_RANKS, 'deputy', 'officer', 'PC', 'PS', 'DC', 'DS', 'PCSO', 'SC', 'PF', 'ID'])}\s+|\b[Rr]eg(?:imental)?\.?\s*(?:[Nn]o\.?|[Nn]umber|#)?\s*|(?:^|(?<=[.!?]\s{1,3}))[Nn]umber\s+)(\d{3,6})\b` +
    String.raw`(?![\d,.\/-]*\d|\s*${oneOf(PRODUCT_OR_MEASURE_AFTER)}\b)`,
  'gmu',
);

/** What follows a number that signs the post: "here", "signing off", "checking out", "reporting for duty", "on patrol". */
const SIGNS_OFF_WORDS = [
  'here',
  'signing',
  'checking',
  'reporting',
  'clocking',
  'logging',
  String.raw`(?:off|on)\s+(?:duty|patrol|shift)`,
  // "PC 5124 has left the building"
  String.raw`has\s+left\s+the\s+building`,
];
const SIGNS_OFF = new RegExp(String.raw`^\s*[,;:—–]?\s*${oneOf(SIGNS_OFF_WORDS)}\b`, 'i');

/** The writer naming themself by rank and number: "I was PC 3391 for 12 years and now I'm DC 3391" (RANK_BARE_NUMBER). */
const I_WAS = /\b(?:i\s+was|i['’]?m|i\s+am|i['’]ve\s+been|i\s+have\s+been)\s+$/i;

/** An officer thanked or welcomed by rank and number: "thanking PC 4417 for the extra mile", "A big thank you to Deputy 8830". */
const THANKED = /\b(?:thank(?:s|ing)?(?:\s+you)?(?:\s+to)?|welcome|congratulations\s+to|congrats\s+to|well\s+done(?:\s+to)?|shout[- ]?out\s+to|kudos\s+to)\s+$/i;

/** What may follow a rank and number that names an officer: a sign-off, a comma, "from the ... team", the end. */
const NAMES_OFFICER = /^(?:\s*[,;:—–]|\s+(?:from|of|at|with)\b|\s*[.!]?\s*$)/i;

/** Badges that carry numbers but identify nobody (NOT_AN_OFFICER_BADGE). */
const OTHER_BADGES = [
  'scout',
  'merit',
  'foursquare',
  'achievement',
  'name',
  'visitor',
  'guest',
  'press',
  'conference',
  'event',
  'vip',
  'level',
  'xbox',
  'steam',
  'reddit',
  'gold',
  'silver',
  'bronze',
  'fitness',
  'trophy',
  'challenge',
  'reader',
  'con',
  'comic-con',
  'convention',
  'festival',
  'lanyard',
  'attendee',
  'exhibitor',
  'registration',
  'conference',
  'expo',
  'summit',
  // another workplace's pass: "My gym badge number is 771", "Security badge 2211 at the airport", "Flight attendant
  // badge number 6041"
  'gym',
  'security',
  'guard',
  'attendant',
  'staff',
  'crew',
  'pinball',
  // another job's badge (issue 11): "My hospital badge 20445", "Nurse badge #5521", "Got my EMT badge #4471 today",
  // "Employee badge 44812 at the warehouse", "my new work ID badge", "Firefighter badge #1187 pinned on by my dad"
  'hospital',
  'nurse',
  'nursing',
  'employee',
  String.raw`(?:work|staff|student|school|hospital|library)\s+id`,
  // a volunteer's, a juror's: "Museum badge number 12 on my volunteer lanyard", "jury badge number 118"
  'museum',
  'volunteer',
  'jury',
  'juror',
  'work',
  'firefighter',
  'emt',
  'ems',
  'paramedic',
  'ambulance',
];

/** Apps and games that award numbered badges, named around the number (APP_BADGE). */
const BADGE_APPS = [
  'strava',
  'duolingo',
  'peloton',
  'fitbit',
  'xbox',
  'steam',
  'playstation',
  'psn',
  'reddit',
  'foursquare',
  'snapchat',
  'leaderboard',
  // (not "unlocked the cruiser", nor "steps down after 30 years")
  String.raw`unlocked\s+(?:\S+\s+){0,3}?badges?`,
  String.raw`achievements?`,
  'streak',
  'karma',
  'xp',
  String.raw`\d[\d,]*\s+steps`,
  // scouting: "Eagle scout with 31 merit badges. badge #32 is first aid"
  String.raw`(?:eagle|cub|boy|girl)\s+scouts?`,
  String.raw`merit\s+badges?`,
  String.raw`girl\s+guides?`,
];

/** An app's or a game's badge: "Got badge number 40 on Strava", "shield badge 5000 steps unlocked". */
const APP_BADGE = new RegExp(String.raw`\b${oneOf(BADGE_APPS)}\b`, 'i');

/** A comic's or a card's issue number beside a rank's name (RANK_NUMBER): "Detective Comics #27 graded at 2.0". */
const COLLECTED = /\b(?:comics?|graded|cgc|issue|mint\s+condition|first\s+printing|card\s+show)\b/i;

/** Kinds of badge that carry numbers but identify nobody: games, scouting, events, apps. */
const NOT_AN_OFFICER_BADGE = new RegExp(String.raw`\b${oneOf(OTHER_BADGES)}\s*$`, 'i');

/** A star that is no badge (NOT_A_STAR). */
const OTHER_STARS = [
  'rating',
  'rated',
  'review',
  'hotel',
  'fm',
  'radio',
  'movie',
  'wars',
  'trek',
  'gold',
  'rock',
  'pop',
  'reality',
  'tv',
  'lotto',
  'lottery',
  'player',
  'all[- ]?star',
  // "Star number 11 on the Walk of Fame tour"
  String.raw`walk\s+of\s+fame`,
];

/** Words near "star" that mean a rating, a radio station, a celebrity or a shape, not a badge. */
const NOT_A_STAR = new RegExp(String.raw`\b${oneOf(OTHER_STARS)}\b`, 'i');

/** Police words near a number (POLICE_CONTEXT). */
const POLICE_NEAR = [
  'police',
  'cops?',
  'officers?',
  'sergeant',
  'sgt',
  'detective',
  'deputy',
  'trooper',
  'precinct',
  'pct',
  'patrol',
  'shift',
  'academy',
  'sworn',
  'badge',
  'shield',
  'uniform',
  'department',
  'pd',
  'district',
  'beat',
  'constable',
  'force',
  String.raw`retir\w*`,
  'on the job',
  'sworn',
  'years of service',
];

/** Police words that make "star"/"ID"/"collar" numbers badge numbers. */
const POLICE_CONTEXT = new RegExp(String.raw`\b${oneOf(POLICE_NEAR)}\b`, 'i');

/** Police work beside POLICE_NEAR's words (POLICE_POST). */
const POLICE_WORK = [
  'stations?',
  'radio',
  String.raw`roll\s?call`,
  'squad',
  'rookies?',
  'dispatch',
  String.raw`the\s+nick`,
  String.raw`the\s+job`,
  'commissioners?',
  'chiefs?',
  'constables?',
  'detachment',
  'depot',
  'mounties?',
  'rcmp',
  'garda',
  String.raw`blue\s+line`,
  String.raw`end\s+of\s+watch`,
  'eow',
  'collar',
  'swearing[- ]in',
  String.raw`sworn\s+in`,
  'probation',
];

/** Police work named anywhere in the post: what makes a bare number said to be someone's a number worn on duty. */
const POLICE_POST = new RegExp(
  String.raw`${POLICE_CONTEXT.source}|\b${oneOf(POLICE_WORK)}\b`,
  'i',
);

/** What a badge number is worn with (WORN_CONTEXT). */
const WORN_WITH = [
  'rookies?',
  'stations?',
  'uniform',
  'chest',
  'shoulder',
  'collar',
  'the job',
  'career',
  String.raw`retir\w*`,
  'hung up',
  'sworn',
  'probation',
  'radio',
  'roster',
];

/** What a badge number is worn with, beside the police words: "on my chest", "my whole career", "on the roster". */
const WORN_CONTEXT = new RegExp(String.raw`\b${oneOf(WORN_WITH)}\b`, 'i');

/** Police words, or what a badge number is worn with, around a match. */
const policeAround = (m: RegExpExecArray, c: CueText) => POLICE_CONTEXT.test(around(m, c)) || WORN_CONTEXT.test(around(m, c));

/** Sport, games and school (SPORTS). */
const SPORT_WORDS = [
  'jersey',
  'team',
  'player',
  'game',
  'season',
  'coach',
  'league',
  'basketball',
  'football',
  'soccer',
  'hockey',
  'baseball',
  'rugby',
  'cricket',
  'kit',
  'varsity',
  'locker',
  'bib',
  'marathon',
  'race',
  'running',
  'runner',
  '5k',
  'parkrun',
  '10k',
  'trot',
];

/** Sport, games and school: where numbers worn, retired and "my number" are jerseys. */
const SPORTS = new RegExp(String.raw`\b${oneOf(SPORT_WORDS)}\b`, 'i');

/** Another workplace near the number ("the sheriff's office" is none). */
const otherJobNear = (m: RegExpExecArray, c: CueText) => OTHER_JOB.test(around(m, c).replace(/\bsheriff['’]?s\s+office\b/gi, ''));

/** A year, not a number worn: "wore 1998's best look", "Deputy 2020 graduates" (a "#" says otherwise). */
const isYear = (m: RegExpExecArray) => /^(?:19|20)\d\d$/.test(numberOf(m)) && !/#/.test(m[0]);

/** No police work, nor what a badge number is worn with, named anywhere in the post. */
const noPoliceWork = (_m: RegExpExecArray, c: CueText) => !POLICE_POST.test(c.text) && !WORN_CONTEXT.test(c.text);

/** Another workplace near the number, or sport in the post: where a number worn is a staff or jersey number. */
const elsewhere = (m: RegExpExecArray, c: CueText) => otherJobNear(m, c) || SPORTS.test(c.text);

/** A game, scouting, event or app badge just before the keyword ("scout badge 3", "Comic-Con badge #88"). */
const notAnOfficerBadge = (m: RegExpExecArray, c: CueText) => NOT_AN_OFFICER_BADGE.test(c.text.slice(Math.max(0, m.index - 20), m.index));

/** Vetoes of the rows that find a number by how it is said, not by a badge word: police work in the post, no other job, no sport. */
const SAID_VETOES = [noPoliceWork, elsewhere, isYear];

/** Whose number it is, right before the keyword: "my", "his", "Dad's", "my late husband's", "RCMP". */
const POSSESSED = new RegExp(String.raw`(?:\b${oneOf(POSSESSIVES)}|['’]s|\b(?:rcmp|garda|police))\s+(?:${oneOf(OLD_OR_NEW)}\s+)?$`, 'i');

/** An edition, an event, a time or a span after the keyword's number (NOT_A_NUMBER_AFTER). */
const TIME_OR_EVENT_AFTER = [
  'edition',
  'event',
  'conference',
  'con',
  'season',
  'series',
  'am',
  'pm',
  'hours?',
  'hrs?',
  'min',
  'mins',
  'minutes',
  'days?',
  'years?',
  // a product's model (issue 11): "The new Shield 2000 vests arrived at the station"
  'vests',
  'boots',
  'helmets',
  'holsters',
  'radios',
  'models?',
];

/** A number that is really a year, a time or a quantity right after the keyword ("badge 2019 edition"). */
const NOT_A_NUMBER_AFTER = new RegExp(String.raw`^\s*${oneOf(TIME_OR_EVENT_AFTER)}\b`, 'i');

/**
 * A measure or a count after a number found away from its badge word ("the heat shield is rated, 2200 degrees", "the
 * tin said 250 calories").
 */
const NOT_A_QUANTITY_AFTER = new RegExp(
  String.raw`^\s*${oneOf([
    'degrees',
    'pounds?',
    'lbs?',
    'kg',
    'kilos?',
    'grams?',
    'oz',
    'inch(?:es)?',
    'feet',
    'ft',
    'cm',
    'mm',
    'miles?',
    'km',
    'dollars?',
    'bucks',
    'quid',
    'euros?',
    'calories',
    'times',
    'people',
    'pieces',
    'members',
    'likes',
    'views',
    'votes',
    'officers',
    'cops',
    'words',
    'pages',
    // a count handed out or welcomed (issue 11): "Badge day at the park for the kids, 300 stickers handed out"
    'stickers',
    'kids',
    'children',
    'recruits',
    'cadets',
    'graduates',
    'visitors',
    'guests',
    'families',
    'students',
    'badges',
  ])}\b`,
  'i',
);

/** A story, a game or a show around the number: "my D&D character has a badge number and everything, 3377". */
const FICTION_AROUND = fictionVeto(FICTION, FICTION_LOOSE, STAGED);

/** A toy's badge (issue 11): "a toy police badge that says 'Officer 007'", "his Lego police station, unit 4471". */
// (not the real one said to look like a toy: "Framed the badge from my first precinct: 30212. The kids think it's a toy.")
const TOY_AROUND = /\b(?<!\b(?:think|thinks|thought|like)\s+(?:it['’]s\s+|it\s+(?:is|was)\s+)?(?:a\s+)?)(?:toys?|pretend|dress[- ]up|play\s?sets?|lego|playmobil)\b/i;

/** The number a row found (its last group with a digit). */
const numberOf = (m: RegExpExecArray) => digitsOf([...m].slice(1).reverse().find((g) => g && (/\d/.test(g) || SPELLED_RE.test(g))) ?? '');

/**
 * For the rows that find a number away from its badge word: a bare year ("Got my shield in Brooklyn, 2004"), a
 * measure or a count after it, or a story or game around it.
 */
const notABadgeNumber = (m: RegExpExecArray, c: CueText) =>
  isYear(m) ||
  NOT_A_NUMBER_AFTER.test(c.text.slice(m.index + m[0].length)) ||
  NOT_A_QUANTITY_AFTER.test(c.text.slice(m.index + m[0].length)) ||
  FICTION_AROUND.test(around(m, c)) ||
  TOY_AROUND.test(around(m, c));

/** A pet's collar (issue 11): "Collar number on the dog tag is 4471 in case she runs off". */
const PET_AROUND = /\b(?:dogs?|cats?|pupp(?:y|ies)|pups?|kittens?|pets?|microchip\w*|vets?|leash)\b/i;
/** A collar's number beside a pet and no police words: the pet's tag, not a collar number. */
const petCollar = (m: RegExpExecArray, c: CueText) => /^collar/i.test(m[1] ?? '') && PET_AROUND.test(around(m, c)) && !POLICE_CONTEXT.test(around(m, c));

/** Whose words are around a badge word: "my tin", "the tin I carried" (a tin of beans is nobody's). */
const OWNED = /\b(?:my|his|her|our|their|i|he|she|we)\b/i;

/** Numbers of other kinds a person owns (NOT_A_BADGE_KIND). */
const OTHER_NUMBER_KINDS = [
  'lucky',
  'favou?rite',
  'phone',
  'cell',
  'house',
  'room',
  'lottery',
  'pin',
  'zip',
  'area',
  'flight',
  'seat',
  'order',
  'ticket',
  'case',
  'account',
  'jersey',
  'shirt',
];

/** Before an own number's words that make it another number: "4471 is my lucky number", "my phone number". */
const NOT_A_BADGE_KIND = new RegExp(String.raw`\b${oneOf(OTHER_NUMBER_KINDS)}\b`, 'i');

/** Numbers that name no officer, said with their kind (issue 11): "ticket number 5512", "my library card number". */
const LOOKALIKE_NUMBER_KINDS = [
  // (not "lucky", "phone" or "house": an officer compares their own number to one, "same as my house number")
  'lottery',
  'flight',
  'seat',
  'order',
  'ticket',
  'account',
  'jersey',
  'shirt',
  'frame',
  'tracking',
  'reference',
  'claim',
  'prisoner',
  String.raw`library\s+card`,
  'rego',
  'crew',
  'student',
  String.raw`member(?:ship)?`,
  'registration',
  'attendee',
  'employee',
  // a place's, a vehicle's, another service's (issue 11): "My locker number is 4417", "fleet number 1172 still painted
  // on the roof", "My fire service number was 2214", "Service number 24871162 is engraved on Grandad's medals"
  'locker',
  'room',
  'table',
  'gate',
  'platform',
  'route',
  'fleet',
  'car',
  'van',
  'vehicle',
  'channel',
  'passport',
  'policy',
  'invoice',
  'patient',
  String.raw`fire\s+service`,
  String.raw`(?<!police\s)service`,
];

/** Devices handed out with a number on them: "a pager with number 4412 on it" (BADGE_LOOKALIKE). */
const NUMBERED_DEVICES = ['pager', 'bleeper', 'radio', 'walkie(?:-talkie)?', 'locker', 'key(?:\\s+fob)?', 'buzzer'];

/** Gatherings that hand out numbered badges: "my badge for the expo" (BADGE_LOOKALIKE). */
const EVENTS = [
  'expo',
  'conference',
  'con',
  'convention',
  'summit',
  'festival',
  'event',
  'fair',
  String.raw`trade\s+show`,
  'gym',
  'hospital',
];

/**
 * A badge or number in the sentence that is no officer's (issue 11): a conference, event, game or other job's badge
 * ("Comic-Con badge #4471", "my hospital badge number", "Got the Legendary badge in Apex"), a serial, or a number
 * said with another kind ("ticket number 5512", "my crew ID"). Exported for the learned id/badge-number head, which
 * skips such sentences (0 of 420 labelled badge-number positives hold one).
 */
const BADGE_LOOKALIKE = new RegExp(
  String.raw`\b(?:${oneOf([...OTHER_BADGES, 'office', 'legendary'])}\s+(?:badge|pass|lanyard)` +
    // "Picked up my badge for the expo, registration number 55120"
    String.raw`|badges?\s+(?:(?:number|no\.?|#|id)\s+)?(?:for|at|from)\s+(?:the\s+|this\s+|a\s+)?${oneOf(EVENTS)}` +
    // a card's number: "ID number 449032 for the library card"
    String.raw`|library\s+card|gym\s+membership|loyalty\s+card` +
    String.raw`|serial|${oneOf(LOOKALIKE_NUMBER_KINDS)}\s+(?:number|no\.?|#|id)` +
    // a device given with a number on it (issue 11, train-y): "gave me a pager with number 4412 on it"
    String.raw`|${oneOf(NUMBERED_DEVICES)}\s+with\s+(?:the\s+|a\s+)?(?:number|no\.?|#))\b`,
  'i',
);
/**
 * A phone number's shape, or one given to save: "New number: 555 310 4482. Save it", "0412 555 019", a trunk-0
 * national number of 10 or 11 digits in two groups ("Please ring 01632 960412", "07700 900123") (issue 11).
 */
const PHONE_SHAPE =
  /(?<![\d#])\+?\d{2,5}[ .-]\d{3}[ .-]\d{3,4}(?![\d-])|(?<![\d#])0\d{3,4}[ .-]?\d{6,7}(?![\d-])|\bsave\s+(?:it|my\s+number|this\s+number)\b/i;
/** A race's number worn on the chest, a soldier's number: "running in the Turkey Trot", "my Royal Engineers days". */
const RACE_OR_ARMY = new RegExp(
  String.raw`\b${oneOf([
    'bib',
    'marathon',
    String.raw`turkey\s+trot`,
    'parkrun',
    String.raw`\d+k\s+(?:run|race)`,
    String.raw`race\s+number`,
    'army',
    'navy',
    'raf',
    String.raw`royal\s+(?:engineers?|marines?|navy|artillery|signals)`,
    'marines',
    'military',
    'battalion',
    'platoon',
  ])}\b`,
  'i',
);
/** A vehicle named by its number (issue 11): "Patrol car 4410 is finally retired", "the van #112 broke down again". */
const VEHICLE_NUMBER = /\b(?:patrol\s+car|squad\s+car|car|van|cruiser|vehicle|truck|bus)\s+#?\d{2,}\b/i;
/**
 * Any number a badge may carry, in digits or in words: "4471", "2-4-6-0", "four four one", "Eleven-forty" (a lone
 * "six years" is a count, not a badge's number).
 */
const ANY_NUMBER = new RegExp(
  String.raw`\d|\b${oneOf(DIGIT_WORDS)}(?:[ -]${oneOf(DIGIT_WORDS)}){2,6}\b|\b${oneOf(NUMBER_WORDS)}-${oneOf(NUMBER_WORDS)}\b`,
  'i',
);
/**
 * Whether a post holds no number at all (issue 11): the learned head's post-wide veto. A badge number that is not
 * given ("My shield number? Not telling you", "My old collar number still pops into my head") discloses none; 3 of
 * 734 labelled badge-number positives hold no run of two digits, and each holds a number in digits or words.
 */
export function noNumberIn(post: string): boolean {
  return !ANY_NUMBER.test(post);
}

/**
 * A case, complaint or crime number, the only number in the sentence (issue 11, train-x): "Case 2026-004417 – my
 * insurance company wants the number again" (the labelling rules: a case number is NOT a badge). A sentence with
 * another number beside it keeps the head's reading ("Incident 26-4471 is mine now. Badge 5580 on the paperwork").
 */
const CASE_NUMBER_HERE = /\b(?:case|complaint|crime|incident)\s*(?:ref(?:erence)?|number|no\.?|#)?\s*:?\s*#?\s*[A-Z]{0,4}-?\d[\d/-]*/gi;
const onlyACaseNumber = (sentence: string) => {
  const rest = sentence.replace(CASE_NUMBER_HERE, ' ');
  return rest !== sentence && !/\d/.test(rest);
};

/** Whether a sentence holds a badge or number that is no officer's: the learned head's veto (BADGE_LOOKALIKE and the above). */
export function notAnOfficersNumber(sentence: string): boolean {
  return (
    onlyACaseNumber(sentence) ||
    BADGE_LOOKALIKE.test(sentence) ||
    APP_BADGE.test(sentence) ||
    PHONE_SHAPE.test(sentence) ||
    RACE_OR_ARMY.test(sentence) ||
    VEHICLE_NUMBER.test(sentence) ||
    TOY_AROUND.test(sentence)
  );
}

/** The named patterns its findings carry (`data.pattern`), one per regex. */
// e.g. "badge #4471", "no. 12", "number: 0387": a number marker after the keyword
const keywordOf = (m: RegExpExecArray) => m[1]!.toLowerCase().replace(/s$/, '');
const explicit = (m: RegExpExecArray) => /#|n(?:o|um|br|umber)|:/i.test(m[2]!);
const around = (m: RegExpExecArray, c: CueText) => c.text.slice(Math.max(0, m.index - 80), Math.min(c.text.length, m.index + m[0].length + 80));
const COLLAR_WORDS = new Set(['collar', 'shoulder', 'epaulette']);
const OWN_NUMBER = /^(?:warrant|police|garda|regimental)$/;
/** A Garda's registered number: only with the Garda or police words around (a company has a registered number too). */
const GARDA_AROUND = /\b(?:garda(?:[ií])?|gardaí|an\s+garda\s+s[ií]och[aá]na|police|member|sergeant|inspector|station|templemore)\b/i;
/** Called or rung: a phone number, not a badge ("call the police service number 101"). */
const CALLED_BEFORE = /\b(?:call|ring|dial|phone|text|contact)\s+(?:\w+\s+){0,3}$/i;
/** EVENTS that are gatherings (a badge lost "at the gym" is still the officer's). */
const GATHERINGS = EVENTS.filter((e) => !['gym', 'hospital'].includes(e));
/** Games, scouting and arcades named after a badge's number: "badge number 12 in my scout troop" (AT_AN_EVENT). */
const NOT_AN_OFFICER_AFTER = [
  String.raw`scouts?`,
  'troop',
  // a youth group's badges, sewn on a sash (issue 11): "Badge number 12 on the sash!"
  'sash',
  String.raw`brownies?`,
  String.raw`(?:girl\s+)?guides?`,
  String.raw`cubs?`,
  String.raw`beavers?`,
  'pinball',
  'arcade',
  String.raw`hall\s+of\s+fame`,
  String.raw`high\s+score`,
  'merit',
];
/**
 * An event the badge is worn at, or a game or scouting named, after its number (NUMBERED): "Badge 31907 at the comic
 * con press desk", "badge number 12 in my scout troop", "Badge #905 in the pinball hall of fame".
 */
const AT_AN_EVENT = new RegExp(
  String.raw`^[^.!?\n]{0,30}?\b(?:(?:at|for)\s+(?:the\s+|this\s+)?(?:comic[- ]?con|${oneOf(GATHERINGS)}|press\s+desk|registration\s+desk)|${oneOf(NOT_AN_OFFICER_AFTER)})\b`,
  'i',
);
const RANK_NUMBER_WORDS = /^(?:deputy|constable|pc|trooper|officer)$/;
/** Given the number: "Just got issued warrant no. 118832" (the warrant card's, not an arrest warrant's). */
const ISSUED = /\b(?:issued|given|handed)\s+(?:my\s+|a\s+|the\s+)?$/i;
/** Before a bare "ID": the writer's, or the start of a sentence ("ID #40517 still opens the gym"; not "Order ID #554433"). */
const BARE_ID_OWNER = /(?:^|[.!?]\s+|\b(?:my|his|her|their|our)\s+(?:old\s+|police\s+)?)$/i;
const before = (m: RegExpExecArray, c: CueText, n = 24) => c.text.slice(Math.max(0, m.index - n), m.index);

/** The officer at police work right after their rank and number: "PC 2291 on the community beat", "on patrol" (issue 11). */
const AT_POLICE_WORK_AFTER = /^\s*(?:(?:is|was)\s+)?on\s+(?:the\s+)?(?:(?:community|night|early|late|foot)\s+)?(?:beat|patrol|duty)\b/i;

/** Badge-number rows, walked in order (PINNED skips a number NUMBERED already took). */
const BADGE_CUES: CueRow[] = [
  {
    name: 'NUMBERED',
    description: 'A badge-type word, an optional "number"/"no."/"#", then the number. e.g. "badge #4471", "shield 12345", "tax reg 771204", "tax registry no. 918273"',
    pattern: NUMBERED,
    // surest for badge and shield; slang and shared words ("tin", "star", "employee ID") less so
    confidence: (m) => {
      const keyword = keywordOf(m);
      if (keyword === 'tin' || keyword === 'star') return 0.7;
      if (COLLAR_WORDS.has(keyword) || OWN_NUMBER.test(keyword) || keyword === 'registered' || keyword === 'police service') return 0.8;
      return keyword.endsWith('id') ? 0.75 : 0.9;
    },
    vetoes: [
      notAnOfficerBadge,
      petCollar,
      (m, c) => APP_BADGE.test(around(m, c)),
      (m, c) => NOT_A_NUMBER_AFTER.test(c.text.slice(m.index + m[0].length)),
      (m) => !explicit(m) && m[3]!.length < 3,
      // Words between the keyword and the number ("warrant card this morning, number 90817") only for the
      // unambiguous keywords: "star of the week, no. 12" is no badge.
      // ("star number, 3370" has only the marker before its comma)
      (m) =>
        /[a-z]{2,}\s*[,;(—–-]/i.test(m[2]!.replace(/^\s*(?:number|num|nbr|no)\b\.?(?=\s*[,:–—-])/i, '')) &&
        !/^(?:badge|shield|tax|warrant|collar|shoulder|epaulette)/.test(keywordOf(m)),
      // "tin" is slang for a badge only with a number marker and police words: "my tin, #4471" (not "tin #3 of 12")
      // (or a bare number of three digits or more with police words around: "let me keep tin 4860 when I moved stations")
      (m, c) => keywordOf(m) === 'tin' && (!(explicit(m) || m[3]!.length >= 3) || !policeAround(m, c)),
      (m, c) => keywordOf(m) === 'star' && (NOT_A_STAR.test(around(m, c)) || !(explicit(m) || policeAround(m, c))),
      // "Collar 3301 off duty for the last time" (not a shirt's "collar 16")
      (m) => COLLAR_WORDS.has(keywordOf(m)) && !explicit(m) && m[3]!.length < 3,
      (m, c) => !explicit(m) && NOT_A_QUANTITY_AFTER.test(c.text.slice(m.index + m[0].length)),
      // "my warrant number is 2290", "Dad's Garda number": an officer's own number, said to be someone's; an arrest
      // warrant's number ("warrant no. 4471 was served") or a soldier's regimental number is not a badge.
      // "Just got issued warrant no. 118832" is the writer's warrant card too.
      (m, c) =>
        OWN_NUMBER.test(keywordOf(m)) &&
        (!(POSSESSED.test(before(m, c)) || (keywordOf(m) === 'warrant' && ISSUED.test(before(m, c)))) || OTHER_JOB.test(around(m, c))),
      // a rank's number has three digits or more ("My PC number, 4417"), not "officer number 2 in line"
      (m) => RANK_NUMBER_WORDS.test(keywordOf(m)) && m[3]!.length < 3,
      // a bare "ID #" is an officer's only when it is the writer's or opens the sentence, with police words around
      (m, c) => keywordOf(m) === 'id' && (!BARE_ID_OWNER.test(before(m, c)) || !POLICE_CONTEXT.test(around(m, c))),
      (m, c) => keywordOf(m) === 'regimental' && !POLICE_CONTEXT.test(around(m, c)) && !/\b(?:rcmp|mountie|garda|gendarm)/i.test(around(m, c)),
      // a registered number is a Garda's only with the Garda around; a service number called is a phone number
      (m, c) => keywordOf(m) === 'registered' && (!GARDA_AROUND.test(around(m, c)) || OTHER_JOB.test(around(m, c))),
      (m, c) => /^police\s+service$/.test(keywordOf(m)) && CALLED_BEFORE.test(before(m, c, 30)),
      // a badge worn at a convention or a trade show (issue 11): "Badge 31907 at the comic con press desk"
      (m, c) => AT_AN_EVENT.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 60)),
      // "employee ID 55120" is anyone's; only police words around, and no other workplace, make it an officer's.
      (m, c) =>
        keywordOf(m).endsWith('id') &&
        (OTHER_JOB.test(around(m, c)) || (/^(?:employee|personnel|member)/.test(keywordOf(m)) && !POLICE_CONTEXT.test(around(m, c)))),
    ],
  },
  {
    name: 'PINNED',
    description: 'A number pinned on, the badge left unsaid: "Pinned on #2218 fifteen years ago", "pinning on shield #30881".',
    pattern: PINNED,
    confidence: 0.8,
    vetoes: [
      (m, _c, made) => {
        const at = m.index + m[0].indexOf('#');
        return made.some((x) => x.start <= at && at < x.end);
      },
    ],
  },
  {
    name: 'UK_COLLAR',
    description: 'A British or Australian rank abbreviation with a collar number before the surname: "PC 4471 Hughes", "PS 812 Okoro", "DC 2219 Blake" (capitals only)',
    pattern: UK_COLLAR,
    confidence: 0.75,
    messageId: 'rank',
    span: (m) => ({ start: m.index, end: m.index + m[0].trimEnd().length }),
  },
  {
    name: 'RANK_NUMBER',
    description: 'A rank (and name) followed by a number in the badge position. e.g. "Officer Morales #4471", "Sgt. Whitfield (#2231)", "Deputy #887"',
    pattern: RANK_NUMBER,
    confidence: 0.8,
    messageId: 'rank',
    // a collected title's issue: "Detective Comics #27 graded at 2.0 at the card show"
    vetoes: [(m, c) => COLLECTED.test(around(m, c))],
  },
  {
    name: 'RANK_NUMBER_ANY_CASE',
    description: 'A rank in any case, then "#" and a number: "deputy #718 signing off"',
    pattern: RANK_NUMBER_ANY_CASE,
    confidence: 0.75,
    messageId: 'rank',
    disjoint: true,
  },
  {
    name: 'RANK_ID',
    description: 'A rank or "the officer", then their ID: "The officer with ID 4720 on her vest", "The trooper whose ID was 1158", "Deputy Ana Ruiz, ID 2290"',
    pattern: RANK_ID,
    confidence: 0.8,
    messageId: 'rank',
    vetoes: [
      // another service's officer or rank: "the security officer with ID 2231", "Staff Sergeant Lee, ID 4471"
      (m, c) => otherOfficer(/([\p{L}-]+)\s+$/u.exec(before(m, c))?.[1]?.toLowerCase() ?? ''),
      notABadgeNumber,
      (m, c) => /^(?:officer|cop|copper)$/i.test(m[1]!) && otherJobNear(m, c),
      (m, c) => /warrant/i.test(m[0]) && ARREST_WARRANT.test(around(m, c)),
    ],
    disjoint: true,
    examples: [
      'The officer with ID 4720 on her vest was so patient with my mum after the crash.',
      "Detective Constable Shona Price, warrant number 2281, received the Commissioner's commendation today.",
      'The trooper whose ID was 1158 pulled my grandad out of the car.',
      'Congratulations to Deputy Ana Ruiz, ID 2290, our Deputy of the Month!',
      'Found a police ID on the sidewalk on Elm Street, Officer J. Marsh, ID 60412. Dropped it at the front desk.',
    ],
  },
  {
    name: 'WARRANT_OPENS',
    description: 'A warrant number opening a sentence, its owner left unsaid: "Warrant number 118204 and I still have to explain to my mum"',
    pattern: WARRANT_OPENS,
    confidence: 0.75,
    // an arrest, a search or a share warrant around it is no officer's number
    vetoes: [(m, c) => ARREST_WARRANT.test(around(m, c)), notABadgeNumber],
    disjoint: true,
    examples: ['Warrant number 118204 and I still have to explain to my mum what I do on nights.', 'Warrant number 18847. Twenty years. Done'],
  },
  {
    name: 'OWN_NUMBER_SAID',
    description: 'Someone\'s number, said to be theirs, in a post about police work: "my number on the job was 7788", "Dad\'s old deputy number, 318"',
    pattern: OWN_NUMBER_SAID,
    confidence: 0.7,
    vetoes: SAID_VETOES,
    disjoint: true,
    examples: ['my number on the job was 7788, lucky career', "Can't believe they gave my old number, 5542, to a rookie"],
  },
  {
    name: 'NUMBER_ON_BADGE',
    description: 'A badge word, then its number later in the sentence: "the tin I carried said 6631", "My old shield from the transit police, #2971"',
    pattern: NUMBER_ON_BADGE,
    confidence: 0.8,
    // the badge or shield named is the police work; a tin or a star is a badge's only when someone's or beside police words
    vetoes: [
      notAnOfficerBadge,
      petCollar,
      elsewhere,
      notABadgeNumber,
      (m) => !m[2] && numberOf(m).length < 3,
      (m, c) => /^(?:tin|star)$/i.test(m[1] ?? '') && (NOT_A_STAR.test(around(m, c)) || !(policeAround(m, c) || OWNED.test(before(m, c, 12) + m[0]))),
      // a warrant number is an officer's only when it is someone's, and no arrest or share warrant is around
      (m, c) => /^warrant\s+number/i.test(m[1] ?? '') && (!POSSESSED.test(before(m, c)) || ARREST_WARRANT.test(around(m, c))),
    ],
    disjoint: true,
    examples: [
      'The old badge on my keychain says 2140.',
      'the tin I carried said 6631, kept it shiny for 30 years',
      'My old shield from the transit police, #2971, is going to my daughter.',
      'Badge number, for those who asked, was 4471. Yes I still have it.',
      "Framed the badge from my first precinct: 30212. The kids think it's a toy.",
      "Got my warrant number through today, 220481. It's real now",
    ],
  },
  {
    name: 'NUMBER_WAS_MINE',
    description: 'The number first, then whose badge it was: "#2814 was my first partner\'s number", "#5507 was my partner\'s badge"',
    pattern: NUMBER_WAS_MINE,
    confidence: 0.75,
    // "#2814 was my first partner's number" needs no other police word: a "#" and three digits say a badge's
    vetoes: [
      (m, c) => noPoliceWork(m, c) && !(m[1] && m[2]!.length >= 3),
      elsewhere,
      isYear,
      (m) => NOT_A_BADGE_KIND.test(m[3]!) || (!m[1] && m[2]!.length < 3),
    ],
    disjoint: true,
    examples: ["#2814 was my first partner's number on the force.", "#5507 was my partner's badge. He passed last week, rest easy brother officer"],
  },
  {
    name: 'NUMBER_ON_ME',
    description: 'The number first, then where it is worn: "#4471 on my chest for 20 years", "If you see 6650 on the shoulder, that\'s me"',
    pattern: NUMBER_ON_ME,
    confidence: 0.75,
    vetoes: [elsewhere, notABadgeNumber, notAnOfficerBadge],
    disjoint: true,
    examples: [
      '#4471 on my chest for 20 years. Handing it back on Friday.',
      "If you see 6650 on the shoulder at the festival, that's me, come say hi",
      "Nine-three-one-two on his epaulette. Rudest officer I've ever dealt with.",
      'ID 3320 on his vest. He was laughing while he ticketed my mum.',
    ],
  },
  {
    name: 'NUMBER_WORN',
    description: 'A number worn, carried, issued, retired or been: "Hung up 3219 this morning", "they pinned 7261 on me", "Spent 19 years as 4485"',
    pattern: NUMBER_WORN,
    confidence: 0.7,
    // worn, pinned or hung up with three digits or more is a badge's unless sport or another job is around; the rest
    // need police work in the post
    vetoes: [(m, c) => noPoliceWork(m, c) && !/^(?:wore|wear|wearing|worn|pinned|hung)\b/i.test(m[0]), elsewhere, notABadgeNumber],
    disjoint: true,
    examples: [
      'Hung up 3219 this morning, last time I answer the radio at this station.',
      'i was assigned #3130 today!! officially a cop',
      'Wore 3456 for 12 years and everyone thought it was a fake number.',
      "I'll always be number 2713 to the old-timers at the station",
      'Number 4321 hung up the uniform today after 25 years',
    ],
  },
  {
    name: 'RANK_BARE_NUMBER',
    description: 'A rank, a force\'s number word or an opening "Number" before a bare number: "PC 4471 signing off", "Regimental No. 62114"',
    pattern: RANK_BARE_NUMBER,
    confidence: 0.7,
    messageId: 'rank',
    vetoes: [
      // a number that signs the post ("PF 30442 signing off") needs no other police word; "Number 4308" needs the sign-off
      (m, c) => {
        const after = c.text.slice(m.index + m[0].length);
        if (/^[Nn]umber/.test(m[0])) return !SIGNS_OFF.test(after);
        // "ID 44019 reporting for my last day": an ID signs the post only when it opens the sentence or is someone's
        if (/^ID\s/.test(m[0])) return !SIGNS_OFF.test(after) || !BARE_ID_OWNER.test(before(m, c));
        const named = (NAMES_OFFICER.test(after) || THANKED.test(before(m, c, 30))) && !/^[Rr]eg/.test(m[0]);
        return noPoliceWork(m, c) && !SIGNS_OFF.test(after) && !named && !I_WAS.test(before(m, c, 16));
      },
      // (a rank and number at police work, the workplace is a place on the beat: "PC 2291 on the community beat today:
      // school gates at 8:45, post office at 11")
      (m, c) => otherJobNear(m, c) && !AT_POLICE_WORK_AFTER.test(c.text.slice(m.index + m[0].length)),
      notABadgeNumber,
      // "my PC 4090, best build yet": a computer, not a constable
      (m, c) => /^[A-Z]{2,4}\s/.test(m[0]) && /\b(?:my|your|new|old|gaming)\s+$/i.test(before(m, c)),
      (m, c) => /\b(?:car|van|vehicle|plate|motorbike|bike|mot)\b/i.test(around(m, c)) && /^[Rr]eg/.test(m[0]),
    ],
    disjoint: true,
    examples: [
      'PC 4471 signing off for the last time. 30 years on the force.',
      "PC 2291 on the community beat today: school gates at 8:45, post office at 11, chippy at 1 (don't judge).",
      'Congratulations to Constable Tara Singh (Regimental No. 62114) on 20 years with the detachment.',
      'Officer 2231, checking out for the weekend.',
      'PF 30442 signing off for good. Been a privilege',
      'Number 4308 checking out for the last time. 26 years, 4 chiefs',
      "ID 44019 reporting for my last day. It's been an honour, Riverside.",
      'Please join us in thanking PC 4417 for the extra mile she went for a lost pensioner on Saturday.',
      'A big thank you to Deputy 8830 for stopping in the rain to help a stranded family.',
    ],
  },
];

/** Flags badge, shield, tax registry, star and officer ID numbers. */
export const badgeNumber: TextDetector = {
  kind: 'text',
  id: 'id/badge-number',
  title: 'Badge number',
  description:
    "An officer's badge, shield, tax registry, star, collar or officer ID number (\"badge #4471\", \"shield 12345\", " +
    '"tax reg 771204", "Officer Morales #4471"). Case numbers, weapon serials, scout or app badges and "badge day" ' +
    'are not reported.',
  messages: {
    default: 'Badge or ID number: it identifies the officer who wears it.',
    rank: 'A rank and a badge-position number identify the officer.',
  },
  examples: {
    tp: [
      'Collar number 4521 on my tunic, twenty years in the force and the dog knows it',
      'officer 1844, checking out. see you on the other side of the rota',
      'PC 5124 has left the building. Cheers for 30 years, Merseyside',
      'Numbers on my tunic are 1207 if the lady from the bakery wants to send that letter',
      '20 years ago today I pinned on badge #4471 for the first time.',
      'Shield 12345 retired today. End of an era.',
      'tax reg 771204 reporting for duty lol',
      'My badge number is 5521, look me up.',
      'Officer Morales #4471 was the first one on scene.',
      'Dep. Lawson (#771) here, off duty, selling my old vest carrier.',
      'Star #11235 signing off for the last time.',
      'Collar number 4521, proud to serve.',
      'Dad finally handed me his old shield, #30172, on graduation day.',
      { text: 'Please welcome Sgt. Whitfield (#2231) to the 5th Precinct.', context: 'official' },
      { text: 'Congratulations to Deputy Ana Ruiz, ID 2290, our Deputy of the Month for October!', context: 'official' },
      'The deputy with ID 887 answered the call at my mum\'s. Does anyone know how I can send her a card?',
      'Warrant no. 99813 on the back of my card. That and a cup of tea will get you nowhere',
      'Tax registry no. 918273, 15 years in.',
      'Found my badge (#2217) under the car seat, crisis averted.',
      'Police employee ID 44812 needs to go on the overtime slip.',
      'Collected my warrant card this afternoon - number 70215.',
      'Pinned on #3390 ten years back today.',
      'PC 6120 Marsh took my statement.',
      "Dad's Garda number was 10417 and now it's on his headstone.",
      "My collar number's 4216 and the kids know it better than their own birthdays.",
      'Still have my old badge, 5510, in a frame by the door.',
      "Mum's old star number, 3370, is on the plaque at the station.",
      'My warrant number is 2290 and I am proud of every year behind it.',
      'Const. #1408 signing off for the last time.',
      'Number on my shield was 2-4-6-0. Nobody believed it was real',
      "Her new sergeant's badge is number 0412 and she won't let us forget it",
      'Swiped in with my police ID 447-201 one last time. Goodbye, old station',
      'Me and Sgt. Kowalski, badges 4471 and 2290, 15 years partnered up in the same car',
      "Can't believe they gave my old number, 5542, to a rookie. Take care of it kid",
      'Just got issued warrant no. 118832. Officially a constable',
      'My PC number, 4417, is on more court documents than my actual name',
      'Still can\'t believe they let me keep tin 4860 when I moved stations',
      'Collar 3301 off duty for the last time. Cheers for everything, lads',
      'Spent 19 years as 4485 at this station. Gave it back today.',
      'PC 2291 from the Southmere team went above and beyond last night.',
      'registered number 30417, a garda for twenty years now',
      'Police service number 41873, 20 years in blue',
      "I was PC 3391 for twelve years and now I'm DC 3391. Same number, new suit.",
    ],
    fp: [
      // "Dep." without the "#": a school's deputy head
      'Dep. Head Ms Price 2019 to 2024, thank you for everything.',
      // an initial before another service's ID (RANK_ID's otherOfficer veto still holds)
      'Security officer J. Marsh, ID 60412, signed the visitor log at the plant.',
      'My gym badge number is 771 and it keeps not scanning at the door.',
      'Security badge 2211 at the airport still will not open the staff door.',
      'Star number 11 on the Walk of Fame tour today.',
      'Wearing 4410 on my shirt for the league final tonight, go team!',
      { text: 'Badge day at the academy! So proud of the new recruits.', context: 'official' },
      'Case #2026-11873 is finally moving.',
      'Weapon serial number 4471882 was logged at intake.',
      'My son earned his scout badge 3 times this year.',
      // a youth group's badge on a sash; an arrest warrant after a rank and name (issue 11)
      'My daughter got her Brownies baking badge. Badge number 12 on the sash!',
      'Sgt. Ray Cole, warrant number 44718 was executed at the flat this morning.',
      'I just unlocked the "Fresh Brew" badge on foursquare!',
      'Give the new place 5 stars, 100 percent.',
      'Order ID 554433 still has not shipped.',
      'The riot shield weighs 12 pounds.',
      'Marvel Agents of Shield season 4 was great.',
      'Rated 4 star by 1200 reviewers.',
      'My warehouse employee ID 33019 finally works at the gate.',
      'Employee ID 88120 gets you the staff discount at the bookstore.',
      'Star of the week, no. 12 on the class chart!',
      'My PC 2000 still boots fine.',
      'Tin 3 of 12 in the advent calendar.',
      'Warrant no. 4471 was served at the address this morning.',
      'His army regimental number, 24450123, is on the medal.',
      'My lucky number, 7788, never let me down at bingo.',
      'Retired my old jersey number 2204 at the team banquet, coach cried.',
      'My number is 555 0134, text me after my shift.',
      'Issued 340 tickets this month on patrol.',
      'I play a cop in my D&D campaign, my character has a badge number and everything, 3377',
      'Got my shield in Brooklyn, 2004, and never looked back.',
      'The heat shield on the old capsule says 2200 degrees on the plaque.',
      'My new number is 555-0142, text me.',
      'Wore number 23 for the varsity team all four years.',
      'My PC 2000, still the best computer I ever owned.',
      'My PC 4090, best build I ever did.',
      'Order ID #554433 still has not shipped since I retired.',
      'The tin said 250 calories per serving.',
      '4471 is my lucky number, ask anyone at the station.',
      'Number 101 at the top of the charts this week.',
      'Wore my 501s to the station party.',
      // another job's badge, an app's (issue 11)
      'My hospital badge 20445 still opens the staff lot',
      'Got my EMT badge #4471 today, proud of my ambulance crew',
      'Firefighter badge #1187 pinned on by my dad today',
      'Got badge number 40 on Strava for running 40 days in a row',
      'Detective Comics #27 in mint condition at the card show today',
      'Badge 4418 at the comic con press desk, come say hi',
      "The company's registered number is 08812231, it's on the letterhead",
      'badge number 12 in my scout troop means I am basically a veteran',
      // a count, a pet's tag, a toy (issue 11),
      'Badge day at the fair for the kids, 250 stickers given out',
      'Collar number on the dog tag is 2231 in case he wanders off',
      "My son's toy police badge says Officer 4471 and he arrests the cat daily",
      'The new Shield 2000 vests arrived at the station, heavy as anything',
      // another service's officer, an arrest warrant's number (issue 11)
      'The security officer with ID 2231 let us back into the car park',
      'Court officer with ID 7712 told us all to sit down',
      'Warrant number 55120 for his arrest was issued by the magistrates on Friday',
    ],
  },
  patterns: [
    NUMBERED,
    RANK_NUMBER,
    PINNED,
    UK_COLLAR,
    RANK_NUMBER_ANY_CASE,
    RANK_ID,
    WARRANT_OPENS,
    OWN_NUMBER_SAID,
    NUMBER_ON_BADGE,
    NUMBER_ON_ME,
    NUMBER_WAS_MINE,
    NUMBER_WORN,
    RANK_BARE_NUMBER,
  ],
  cues: cuesOf(BADGE_CUES),
  detect(input, ctx) {
    return walkCues(BADGE_CUES, { text: input.text, reach: ctx.nlp().reach });
  },
};

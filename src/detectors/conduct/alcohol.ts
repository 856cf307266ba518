// conduct/alcohol: boasting about drunkenness or heavy drinking; serves the clauses on conduct unbecoming and posts that discredit the department.
import type { TextDetector } from '../../core/types.js';
import { cuesOf, walkCues, type CueRow, type CueText, type Veto } from '../cues.js';
import { MASKED_OR_LEET, profanityNormOf } from './profanity-words.js';
import { sentenceAt, type Segment } from './text.js';
import { oneOf } from '../vocab.js';
import { MONTH_ABBREVIATIONS } from '../vocab/calendar.js';
import { INTENSIFIERS } from '../vocab/intensifiers.js';
import { numberWords, ordinalWords } from '../vocab/numbers.js';
import { KIN } from '../vocab/relatives.js';

/*
 * Four kinds of evidence, each needing the drinking reading to be unambiguous:
 *  - words that only mean drunk ("blackout drunk", "shitfaced", "sloshed", "on a bender");
 *  - slang that is ambiguous ("hammered", "wasted", "smashed", "plastered") — only as a state of a person ("got
 *    absolutely hammered", "we were wasted"); the words that may also mean tired or beaten ("wasted", "wrecked",
 *    "smashed") also need a drinking cue in the post; a score or a "by the storm" after it ("got hammered 4-0") drops it;
 *  - quantities of drinks that make heavy drinking a boast ("12 beers deep", "downed 9 shots");
 *  - the morning after told as a boast ("so hungover", "can't remember how I got home").
 * A glass of wine, a brewery visit and safety messages ("drunk driving arrests", "don't drink and drive") stay clean,
 * and so does someone else's drunkenness in a report ("the driver was so drunk he…").
 */

// Still drunk the morning after: "still wasted from last night", "prob still hammered from the party and I start at 7"
const STILL_DRUNK = new RegExp(String.raw`\b(?:still|prob(?:ably)? still|definitely still) (?:be )?(?:${oneOf([
    'so',
    'a bit',
    'a little',
    'kinda',
    'kind of',
    'half',
    'pretty',
    'fully',
    'absolutely',
    'properly',
    'slightly',
  ])} )?${oneOf([
    'drunk',
    'wasted',
    'hammered',
    'plastered',
    'tipsy',
    'buzzed',
    'trashed',
    'sloshed',
    'blitzed',
    'tanked',
    'shit-?faced',
    'faded',
    'sauced',
    'steaming',
    'trollied',
    'legless',
    'pickled',
    'smashed',
  ])}\b(?= from ${oneOf([
    'last night',
    'last nite',
    'the night before',
    'yesterday',
    '(?:fri|satur|sun|mon|tues|wednes|thurs)day',
    String.raw`(?:last night|fri|satur)'?s`,
    String.raw`(?:the |my |our |[\w'’]+['’]s )?(?:[\w-]+ )?(?:do|drinks|sesh|session|night out|piss-?up|stag|hen)`,
    String.raw`the ${oneOf([
      'party',
      'wedding',
      'bar',
      'pub',
      'club',
      'christmas party',
      'holiday party',
      'stag',
      'stag do',
      'bachelor party',
      'hen do',
      'bender',
      'sesh',
      'session',
      'reception',
      'tailgate',
      'pregame',
      'after-?party',
      'work party',
    ])}`,
  ])}\b|[^.!?]{0,30}\b(?:and|but) (?:i|I|we) ${oneOf([
    'have',
    'got',
    'start',
    String.raw`'ve got`,
    'need to be at',
    'am on',
    String.raw`'m on`,
  ])} (?:work|shift|court|roll call|duty|to work))`, 'gi');

// Intensifiers between the verb and the drunk word: "got absolutely", "were so", "getting properly" (vocab/intensifiers.ts).
const INTENS = String.raw`(?:${oneOf(INTENSIFIERS)}\s+)*`;

// Slang that means drunk only as a state of a person: "got absolutely hammered" but not "Arsenal hammered Spurs".
export const AMBIGUOUS_WORDS: readonly string[] = [
  'hammered',
  'wasted',
  'smashed',
  'plastered',
  'trashed',
  'tanked',
  'blitzed',
  'wrecked',
  'obliterated',
  'sauced',
  'annihilated',
  'lit',
  'loaded',
  'twisted',
  'faded',
];
/** British and Australian slang of the same kind, kept apart from the alcohol head's features (DRUNK_PHRASES says why). */
const AMBIGUOUS_MORE = [
  'steaming',
  'battered',
  'twatted',
  'pickled',
  'maggot(?:ed)?',
];
const AMBIGUOUS = oneOf([...AMBIGUOUS_WORDS, ...AMBIGUOUS_MORE]);

/** Where a night out is had, named after a drunk state ("at the party", "after the wedding"); each reading adds its own. */
const NIGHTS_OUT = [
  'party',
  'wedding',
  'reception',
  'bar',
  'pub',
  'club',
  'tailgate',
];
// A night out named just after a state: "smashed after the wedding", "so wasted at Jen's party", "trashed at the stag do"
const DRINK_EVENT_AFTER = new RegExp(
  String.raw`^\s+(?:last night |tonight |again )?(?:at|after|from|during) (?:the |a |my |our |this |that |[\w'’]+'s )?(?:[\w'’-]+ ){0,2}${oneOf([
    ...NIGHTS_OUT,
    'parties',
    'stag(?: do)?',
    'hen(?: do| party)',
    'bachelor(?:ette)?(?: party)?',
    'christmas do',
    'work do',
    'leaving do',
  ])}\b`,
  'i',
);
// e.g. "got absolutely hammered", "we were so wasted", "I'm plastered", "absolutely smashed last night"
const AMBIGUOUS_STATE = new RegExp(
  String.raw`\b${oneOf([
      String.raw`(?:got|get|gets|getting|gettin|gonna get|going to get)\s+${INTENS}${AMBIGUOUS}`,
      String.raw`(?:i|we|they|you|everyone|everybody)${oneOf([
        String.raw`'m`,
        String.raw`'re`,
        String.raw`\s+am`,
        String.raw`\s+are`,
        String.raw`\s+was`,
        String.raw`\s+were`,
        String.raw`\s+be`,
        String.raw`\s+been`,
        String.raw`\s+being`,
        String.raw`\s+all`,
        String.raw`'ve been`,
        String.raw`\s+have been`,
        String.raw`\s+had been`,
      ])}\s+(?:(?:this|that)\s+)?${INTENS}${AMBIGUOUS}`,
      String.raw`(?:absolutely|completely|totally|properly|so|super|fucking|utterly)\s+${INTENS}${AMBIGUOUS}(?=\s+${oneOf([
        'last night',
        'tonight',
        // "Off duty and absolutely hammered with the squad at Kelly's"
        String.raw`with (?:the|my) (?:lads|girls|boys|squad|team|relief|crew|mates)`,
        String.raw`off (?:\w+ )?(?:beers?|shots|vodka|tequila|wine)`,
        String.raw`(?:at|after|from|during) (?:the |a |my |our |this |that |[\w'’]+'s )?(?:[\w'’-]+ ){0,2}${oneOf([
          ...NIGHTS_OUT,
          'bbq',
          'barbecue',
          'stag',
          'bachelor',
          'bachelorette',
          'do',
          'festival',
          'fest',
          'concert',
          'gala',
          'banquet',
        ])}\b`,
      ])})`,
      String.raw`im\s+${INTENS}${AMBIGUOUS}`,
    ])}\b`,
  'gi',
);

/** What one is off: "off my face", "off our trolleys" (UNAMBIGUOUS_WORDS). */
const OFF_MY = [
  'face',
  'tits',
  // "Off my t*ts on tequila"
  String.raw`t[*_]ts`,
  'head',
  'trolley',
  'chops',
  'nut',
];

/** Who got drunk: "we all got", "i was" (UNAMBIGUOUS_WORDS). */
const WHO_GOT = [
  'got',
  'get',
  'getting',
  'gettin',
  'gonna get',
  "i'm",
  'im',
  'i am',
  'i was',
  "we're",
  'we are',
  'we were',
  'we all got',
];

/** Where mud or water sloshes: "sloshed through the mud", "sloshed over the rim" (not drunk: UNAMBIGUOUS_WORDS). */
const SLOSHED_WHERE = [
  'through',
  'around',
  'about',
  'across',
  'along',
  'over',
  'into',
  'onto',
  'against',
  'down',
  String.raw`out\s+of`,
  'back',
  String.raw`up\s+the`,
];

/** Words and phrases that only mean drunk, one a line (regex source). */
export const UNAMBIGUOUS_WORDS: readonly string[] = [
  'black(?:ed)?[ -]?out drunk',
  'sh[i_]t-?faced',
  's__t-?faced',
  // not mud or water moving: "sloshed through the mud for 10k", "coffee sloshed over the rim" (SLOSHED_WHERE)
  String.raw`sloshed(?!\s+${oneOf(SLOSHED_WHERE)})`,
  'blotto',
  'three sheets to the wind',
  'drunk off (?:my|our|his|her|their) (?:ass|a__|face|tits)',
  '(?:liquored|boozed|tanked) up',
  'turnt(?: up)?',
  'cross-?faded',
  'drunk[- ](?:text(?:ed|ing|s)?|dial(?:ed|ing|led|ling)?|call(?:ed|ing)?|shopp(?:ed|ing))',
  'beer goggles',
  '(?:one|a few|a couple|way) too many (?:drinks|beers|shots|pints|glasses|margaritas)',
  'legless',
  'paralytic',
  'rat-?arsed',
  'wankered',
  'steamboats',
  'maggoted',
  'trollied',
  'bladdered',
  'wellied',
  'sozzled',
  'munted',
  'blootered',
  'steaming drunk',
  'half[- ]cut',
  'pissed as (?:a |an )?(?:newt|fart|parrot|lord)',
  'pissed up',
  '(?:had|on) (?:a |another |one hell of a )?skinful',
  'on the (?:turps|grog|rum|bevvies)',
  String.raw`off (?:my|our|his|her|their) ${oneOf(OFF_MY)} (?:on|at|after|last|all)`,
  String.raw`drunk (?:af|as (?:fuck|f\*+k|hell|a skunk|shit|sh\*t|a lord))`,
  String.raw`(?:on|went on|go on|going on) ${oneOf([
    'a',
    'an',
    'another',
    'a three[- ]day',
    String.raw`a \w+[- ]day`,
  ])} (?:massive |huge |epic |proper )?bender`,
  'on the (?:piss|lash|sauce|sesh|bevvy|bevvies|razz|turps|grog)',
  String.raw`drinking (?:till|until|til|'til) (?:i|we) (?:black(?:ed)? out|pass(?:ed)? out|puke?d?)`,
  'drunk (?:again|tonight|last night|all (?:day|night|weekend))',
  String.raw`${oneOf([
    'still',
    'so',
    'soo+',
    'super',
    'really',
    'very',
    'totally',
    'completely',
    'absolutely',
    'pretty',
    'fucking',
    'fkn',
    'blind',
    'stupid',
    'stinking',
    'falling(?:[ -]down)?',
    'mad',
    'hella',
    'wicked',
    'too',
    'sloppy',
    'messy',
    'roaring',
    'stumbling',
    'properly',
    'piss',
    'dead',
  ])} drunk`,
  String.raw`(?<!fender[- ])(?:that|the|this|a|my|our|weekend|week-?long|\w+-day|epic|massive) bender\b`,
  String.raw`(?:drank|drinking|had) (?:so much|way too much|too much) (?:\w+ )?${oneOf([
    'tequila',
    'vodka',
    'beer',
    'wine',
    'whiske?y',
    'rum',
    'gin',
    'booze',
    'alcohol',
    'jager',
    'fireball',
    'champagne',
    'prosecco',
    'sake',
    'soju',
    'bourbon',
    'cider',
  ])}`,
  'dr[ai]nk so much (?:that |i |we |last night)',
  String.raw`${oneOf([
    'drank',
    'drinking',
    'partied',
    'partying',
    'boozed',
    'boozing',
    'shots',
    'beers',
    'drinks',
    'pints',
    'tequila',
    'vodka',
    'whiske?y',
    'wine',
    'jager',
    'margs',
    'margaritas',
  ])} (?:till|until|til|'til) ${oneOf([
    'the sun came up',
    'sunrise',
    'dawn',
    'close',
    'closing',
    'last call',
    String.raw`\d+ ?am`,
    'morning',
    String.raw`we (?:couldn'?t|could not) stand`,
  ])}`,
  String.raw`(?:been )?drinking since (?:noon|\d+ ?am|\d+|this morning|breakfast|brunch|lunch|friday|yesterday)`,
  String.raw`${oneOf(WHO_GOT)} (?:\w+ )?drunk`,
];

/** What one drinks "so much" of and stays sober: "drank so much water" (DRUNK_PHRASES). */
const SOBER_DRINKS = [
  'water',
  'coffee',
  'tea',
  'juice',
  'milk',
  'fluids?',
  'of',
];
/** What comes after "drank so much": where, or what followed ("at the footy", "that I", "to text my boss"). */
const THEN_WHAT = [
  'at',
  'on',
  'in',
  'that',
  'to',
  'i',
  'we',
  'last',
];

/**
 * More that only means drunk or drinking a lot, told as a joke or a state (regex source). Kept apart from
 * UNAMBIGUOUS_WORDS, which the alcohol head reads as a feature (src/model/alcohol-signals.ts): a word added there
 * changes the head's input, so it moves there when the head is retrained.
 */
/** Where drink is poured, where passing out is drunk (DRUNK_PHRASES): "passing out at the bar". */
const DRINKING_PLACES = [
  'bar',
  'pub',
  'boozer',
  'beer garden',
  'club',
  'nightclub',
];

/** Where one is locked when "locked" is no drunk (DRUNK_PHRASES): "got locked out", "got so locked in the loo". */
const LOCKED_PLACES = ['out', 'in', 'up', 'away', 'down', 'inside', 'outside', 'into'];

/** Drunk as a plan (DRUNK_PHRASES): "I intend to be drunk", "planning to get wasted". */
const MEANING_TO = [
  'intend',
  'intending',
  'plan',
  'planning',
  'aim',
  'aiming',
  'hope',
  'hoping',
];
const PLANNED_STATES = [
  'drunk',
  'wasted',
  'hammered',
  'plastered',
  'smashed',
  'trashed',
  'sloshed',
];
/** What one drinks until (DRUNK_PHRASES): "drink till we drop", "drinking until I forget". */
const UNDONE_BY_DRINK = [
  'forget',
  'drop',
  'pass out',
  'black out',
  'fall over',
  String.raw`can'?t (?:stand|see|walk)`,
  String.raw`can'?t feel (?:my|our) \w+`,
];
/** Who is out-drunk (DRUNK_PHRASES): "out-drank the entire rugby team" (not "outdrink the heat"). */
const OUTDRUNK = [
  'team',
  'squad',
  'lads',
  'boys',
  'girls',
  'table',
  'uncle',
  'dad',
  'brother',
  'mates',
  'friends',
  'relief',
  'unit',
  'shift',
  'crew',
  'section',
  'platoon',
];
/** The spirits a bottle of is drunk as a meal (DRUNK_PHRASES): "a bottle of vodka… for dinner" (a bottle of wine with
 * dinner is no boast). */
const MEAL_BOTTLES = [
  'vodka',
  'whiske?y',
  'tequila',
  'rum',
  'gin',
  'bourbon',
  'scotch',
  'brandy',
  'jameson',
  "jack daniel['’]?s",
  'baileys',
  'smirnoff',
  'buckfast',
];
const MEALS = ['breakfast', 'lunch', 'dinner', 'tea', 'supper'];
const DRUNK_PHRASES: readonly string[] = [
  'trolleyed',
  // Irish slang that only means drunk (issue 11): "we were so langers after the match", "absolutely scuttered"
  'langered',
  String.raw`(?:was|were|so|absolutely|fully|properly|getting|got|get) langers`,
  'scuttered',
  'fluthered',
  'stocious',
  'ossified',
  'piss-?ups?',
  String.raw`pissed out of (?:my|our|his|her|their) (?:mind|head|skull|tree)`,
  // the quantity told as a joke: "drank my weight in margaritas", "drinking like a fish", "drank myself stupid"
  String.raw`dr[ai]nk(?:ing)? (?:my|our|his|her|their) (?:own )?(?:body ?)?weight in`,
  String.raw`dr[ai]nk(?:ing)? like (?:a |an )?(?:fish|sailor|viking|pirate|trooper)`,
  String.raw`drank (?:myself|ourselves) (?:stupid|silly|sick|senseless|into|to sleep|under)`,
  // "gonna drink myself stupid", "drinking myself silly"; not "drinking myself into better habits"
  String.raw`(?:drink|drinking) (?:myself|ourselves) (?:stupid|silly|sick|senseless|under the table)`,
  // "drank so much at the footy I…", "drunk enough to text my boss", not "drinking enough water"
  String.raw`(?:drank|drunk|drinking) (?:so much|enough|that much)(?! ${oneOf(SOBER_DRINKS)}\b|\s+to (?:stay|keep|avoid|be)\b)(?: [\w'’]+){0,2}? ${oneOf(THEN_WHAT)}`,
  String.raw`(?:woke up|waking up|went to work) still (?:a bit |a little |slightly |kinda )?(?:tipsy|drunk|buzzed|wasted|hammered|smashed|pissed)`,
  String.raw`(?:legally|technically) drunk`,
  'drunkest',
  String.raw`pass(?:ed|ing) out drunk`,
  // the author passed out where drink is poured: "passing out at the bar by tonight", "I passed out in the pub" (not "he")
  String.raw`(?<=^|[.!?…,;]\s*|\b(?:i|we|and|then)\s)pass(?:ed|ing)? out (?:at|in) (?:the|a) ${oneOf(DRINKING_PLACES)}`,
  // a drink against the hangover, a drinking game, a drinking day: "Hair of the dog at 10am", "Goon of fortune
  // went until 4am", "Blackout Wednesday is the best holiday"
  // (not asked and turned down: "Hair of the dog? No thanks, water for me")
  String.raw`hair of the (?:dog|whole kennel)(?!\s*\?|\s*[-–—,:.]?\s*(?:no|nah|not|never)\b)`,
  'goon of fortune',
  'blackout wednesday',
  // drunk as a plan: "I intend to be drunk for at least ten of them", "planning to get wasted"
  // "I intend to get absolutely smashed"
  String.raw`${oneOf(MEANING_TO)} to (?:be|get|stay) (?:blind |stinking |very |so |absolutely |completely |totally |properly )?${oneOf(PLANNED_STATES)}`,
  'drinking to forget',
  // Irish slang: "got absolutely locked", "got so locked at the send-off" (not "got locked out", "got locked in")
  String.raw`(?:got|get|getting) ${oneOf(['absolutely', 'so', 'totally', 'completely', 'properly', 'well', 'fairly'])} locked(?! ${oneOf(LOCKED_PLACES)}\b)`,
  // drinking until the drink undoes them: "drinking till we forget", "Tonight we drink till we drop", "drink until I
  // pass out" (not "drink water until you feel better")
  String.raw`dr[ai]nk(?:ing)? (?:till|until|til|'til) (?:i|we) ${oneOf(UNDONE_BY_DRINK)}`,
  // out-drinking others: "Out-drank the entire rugby team", "outdrank my uncle at the wedding"
  String.raw`out-?(?:drank|drink(?:ing)?) (?:everyone|everybody|all of (?:them|us|you)|(?:the|my|our) (?:entire |whole )?(?:[\w'’-]+ )?${oneOf(OUTDRUNK)})\b`,
  // a bottle of spirits or wine as a meal: "a bottle of vodka and a bag of Doritos for dinner", "starting with a bottle
  // of Jameson for breakfast"
  String.raw`bottle of ${oneOf(MEAL_BOTTLES)}(?: [\w'’-]+){0,6} for ${oneOf(MEALS)}`,
  // "off duty and off my face, don't judge": at the end of a clause too
  String.raw`off (?:my|our|his|her|their) ${oneOf(OFF_MY)}(?=\s*(?:[,.!?;…]|$))`,
  // drinking until something ran out or someone stopped it: "shots at the Anchor till they kicked us out"
  String.raw`(?:drank|drinking|shots|pints|beers|tequila|vodka|cocktails)(?: [\w'’-]+){0,3} (?:till|until|til) ${oneOf([
    'breakfast',
    'lunch',
    String.raw`they (?:kicked|threw|chucked) us out`,
    String.raw`the (?:bar|pub|keg|taps?|hotel) ran (?:out|dry)`,
    String.raw`(?:the lights came on|they turned the lights on)`,
  ])}`,
  String.raw`drinking (?:my|our) feelings`,
  String.raw`\w+-(?:hour|day|week|night) bender`,
  String.raw`(?<=^|[.!?…]\s+)bender (?:started|lasted|weekend|continues|day)`,
  String.raw`(?:never|ever) been (?:that|this|so) drunk`,
  String.raw`(?:never|didn'?t|haven'?t) stop(?:ped)? drinking`,
  // matching someone drink for drink, not a "shot-for-shot remake"
  String.raw`(?:shot|pint|drink|round) for (?:shot|pint|drink|round)(?! remake)`,
];

// Unambiguous: "blackout drunk", "shitfaced", "sloshed", "rat-arsed", "drunk af", "so drunk", "on a bender"
// (not a kind of person: "never sounded so drunk-uncle")
const UNAMBIGUOUS = new RegExp(
  String.raw`\b${oneOf([...UNAMBIGUOUS_WORDS, ...DRUNK_PHRASES])}\b(?![-‐](?:uncle|aunt|auntie|dad|mum|mom|grandad|grandpa|cousin)\b)`,
  'gi',
);

/** A count of drinks worth saying: five or more (NUMBER). */
const DRINK_COUNT = [
  '[5-9]',
  String.raw`[1-9]\d`,
  ...numberWords(5, 20),
  'twenty',
  'a dozen',
  'dozen',
];

// Heavy drinking as a number: "12 beers deep", "downed 9 shots", "a whole bottle of vodka to myself"
const NUMBER = String.raw`${oneOf(DRINK_COUNT)}`;
const DRINKS = String.raw`${oneOf([
    'tinnies',
    'stubbies',
    'stubbys',
    'schooners',
    'middies',
    'longnecks',
    'coldies',
    'frothies',
    'bevvies',
    'bevs',
    'voddies',
    'vodkas? ?redbull',
    '(?:tequila |vodka |whiske?y |jello |jell-o |fireball |jager |lemon drop )?shots',
    'beers',
    'pints',
    'drinks',
    'cans',
    'bottles',
    'tallboys',
    'tequilas',
    'vodkas',
    'jagerbombs',
    'jägerbombs',
    // "Eight Jägers and a tequila" (not tins: "twelve tins of beans")
    'j[aä]gers',
    'jager bombs',
    'margaritas',
    'margs',
    'mimosas',
    'glasses of wine',
    'bottles of wine',
    'white claws',
    'seltzers',
    'hard seltzers',
    'brews',
    'cold ones',
    'ciders',
    'cocktails',
    'martinis',
    'vodka sodas',
    'rum and cokes',
    'whiskeys',
    'whiskies',
    'bourbons',
    'jack and cokes',
    'g&ts',
    'gin and tonics',
    'doubles',
    'guinness(?:es)?',
    String.raw`glasses of (?:[\w-]+ )?${oneOf([
      'wine',
      'champagne',
      'prosecco',
      'fizz',
      'bubbly',
      'red',
      'white',
      'rosé',
      'rose',
      'sangria',
      'port',
    ])}`,
    'vodka red ?bulls',
    'negronis',
    'mojitos',
    'gins',
    'rums',
    'halves',
    'sambucas',
    'double vodkas',
  ])}`;
// Vessels that make even two or three a lot: "3 pitchers each", "two bottles of wine", "a handle of vodka"
const FEW = String.raw`(?:[2-9]|[1-9]\d|two|three|four|five|six|a couple(?: of)?|a few)`;

/** Wine and spirits by name: "bottles of prosecco" (BIG_VESSELS), "a glass of red" (LIQUIDS). */
const WINES_AND_SPIRITS = [
  'wine',
  'red',
  'white',
  'rosé',
  'rose',
  'vodka',
  'whiske?y',
  'tequila',
  'rum',
  'gin',
  'prosecco',
  'champagne',
  'bubbly',
  // "2 bottles of bourbon down"
  'bourbon',
  'scotch',
  'brandy',
  'sambuca',
];
const BIG_VESSELS = String.raw`(?:pitchers|bottles of ${oneOf(WINES_AND_SPIRITS)}|handles|fifths|magnums|growlers|boxes of wine|bottles each|cases)`;

/** The fifth drink or later: "my 7th beer", "the eleventh shot" (ORDINAL_DRINK). */
const ORDINAL_COUNT = [
  String.raw`(?:[5-9]|1\d|2\d)th`,
  ...ordinalWords(5, 12),
];

/** What the fifth or later one is: "7th pint", "eleventh shot" (ORDINAL_DRINK). */
const ORDINAL_DRINKS = [
  'shot',
  'beer',
  'drink',
  'pint',
  'round',
  'margarita',
  'marg',
  'glass',
  'vodka',
  'tequila',
  'can',
  'seltzer',
  'white claw',
  'whiske?y',
  'cocktail',
  'negroni',
  'gin',
  'rum',
  'cider',
  'mojito',
  'martini',
  String.raw`j[aä]ger ?bomb`,
];
// An ordinal past the fifth drink, or past the first bottle: "the 8th tequila shot", "finished the second bottle"
/** A month before the ordinal makes it a day: "Feb. 29th comes round" (ORDINAL_DRINK). */
const MONTH_BEFORE = String.raw`(?<!\b${oneOf(MONTH_ABBREVIATIONS)}[a-z]*\.?\s)`;
const ORDINAL_DRINK = String.raw`${MONTH_BEFORE}${oneOf(ORDINAL_COUNT)} (?:\w+ )?${oneOf(ORDINAL_DRINKS)}`;

/** A drink by name, wine and spirits and the rest (DRINK_LIQUID). */
const LIQUIDS = [
  ...WINES_AND_SPIRITS,
  'jack',
  'fireball',
  'jager',
  'beer',
  'sake',
  'soju',
  'bourbon',
  'scotch',
  'cider',
];
const DRINK_LIQUID = String.raw`${oneOf(LIQUIDS)}`;
// Past the first bottle, with a drinking cue in the post: "finished the second bottle 🍷" — not "second bottle of sunscreen"
const ORDINAL_BOTTLE = new RegExp(
  String.raw`${oneOf([
      String.raw`\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th) ${oneOf([
        'bottle',
        'pitcher',
        'handle',
        'fifth',
        'box of wine',
        'growler',
      ])}\b(?! of (?!${DRINK_LIQUID}))`,
      String.raw`\b(?:a|an|one) (?:whole |entire |full )?${oneOf([
        'bottle',
        'fifth',
        'handle',
        'case',
        'box',
      ])} of (?:\w+ )?${DRINK_LIQUID}\b[^.!?]{0,12}?\b${oneOf([
        'by myself',
        'to myself',
        'on my own',
        'alone',
        'solo',
        'in (?:one|a single) (?:night|sitting)',
        'in an hour',
      ])}`,
    ])}`,
  'gi',
);

/** Drinking said after a count of drinks: "12 beers deep", "downed" (QUANTITY). */
const DRANK = [
  'drank',
  'had',
  'downed',
  'killed',
  'finished',
  'split',
  'polished',
  'each',
  'myself',
  'deep',
  'down',
  'later',
];
const QUANTITY = new RegExp(
  String.raw`${oneOf([
      String.raw`\b${NUMBER}\s+${DRINKS}\s+(?:of ${DRINK_LIQUID}\s+)?(?:and (?:a |an |two |three )?[\w'’-]+ )?${oneOf([
        'deep',
        'down',
        'later',
        'and counting',
        String.raw`before (?:noon|lunch|midday|\d)`,
        'by myself',
        'to myself',
        'on my own',
        'each',
        'apiece',
        'in an hour',
        String.raw`in(?=\s*(?:[,.!?…]|$|and\b|&))`,
      ])}`,
      String.raw`\b${oneOf([
        'drank',
        'had',
        'downed',
        'chugged',
        'sank',
        'sunk',
        'put away',
        'crushed',
        'slammed',
        'pounded',
        'necked',
        'killed',
        'shotgunned',
        'did',
        'took',
        'threw back',
        'knocked back',
        'ripped',
        'finished',
        'polished off',
      ])}\s+(?:like\s+|about\s+|over\s+|at least\s+)?${NUMBER}\s+${DRINKS}`,
      String.raw`\b${FEW}\s+${BIG_VESSELS}(?![\w])${oneOf([
        String.raw`\s+${oneOf([
          'each',
          'apiece',
          'a piece',
          'between us',
          String.raw`between (?:the )?(?:two|three|four|five|six|\d) of us`,
          String.raw`between (?:two|three|four|five|\d) (?:people|mates|friends)`,
          'for (?:two|three|\\d) (?:people|of us)',
          'per (?:table|person|head)',
          'alone',
          String.raw`in(?= and| at|\s*[,.!?…]|$)`,
          'to myself',
          'by myself',
          'on my own',
          'deep',
          'down',
          'later',
        ])}\b`,
        String.raw`(?=[^.!?]*(?:🍺|🍻|🍷|🥃|\b${oneOf(DRANK)}\b))`,
      ])}`,
      String.raw`\b${ORDINAL_DRINK}\b`,
      String.raw`\bdr[ai]nk (?:the|a) (?:bar|pub|place|club|keg|house|hotel|tavern) dry`,
      // "I plan to drink the lot of you under the table"
      String.raw`\bdr[ai]nk (?:[\w'’-]+ ){0,4}under the table`,
      String.raw`\bclosed (?:down )?(?:the|two|three|four|five|every|all the|\d+) (?:bars?|pubs?|clubs?)`,
      String.raw`\b(?:hit|hitting) (?:\d+|three|four|five|six|seven|every) (?:bars|pubs|clubs)\b(?! of)`,
      String.raw`\bbar[- ]?hopping`,
      String.raw`\bshots,? shots,? shots`,
      String.raw`\b${oneOf([
        'shots',
        '(?:jager|jäger) ?bombs',
        'tequila',
        'vodka',
        'beers',
        'margs',
        'margaritas',
        'pints',
        'drinks',
        'cocktails',
        'booze',
        'shooters',
      ])} all (?:night|day|weekend)(?: long)?\b`,
      String.raw`\bshots on shots`,
      String.raw`\b(?:a|the) (?:whole|entire|full) (?:bottle|fifth|handle|case|keg|thirty|30)(?: rack)? of ${oneOf([
        'vodka',
        'whiske?y',
        'tequila',
        'rum',
        'gin',
        'beer',
        'wine',
        'jack',
        'fireball',
        'jager',
        'jägermeister',
        'bourbon',
      ])}`,
      String.raw`\b${oneOf([
        'pounded',
        'drank',
        'crushed',
        'killed',
        'finished',
        'demolished',
        'downed',
        'chugged',
        'polished off',
        'put away',
        'smashed',
        'knocked off',
        'got through',
        'necked',
      ])}\s+(?:a |an |the |two |three )?(?:whole |entire )?${oneOf([
        '(?:30|thirty|24|18|12|twelve)[- ]?(?:rack|pack|case)',
        String.raw`slab(?: of (?:vb|beer|tinnies|cans|\w+ (?:bitter|lager|draught)))?`,
      ])}\b`,
      String.raw`\bon (?:bottle|pitcher|round) (?:number |no\. ?|#)?(?:three|four|five|six|seven|[3-9])\b`,
      String.raw`\b${NUMBER}\s+deep\b(?=[^.!?]*(?:🍺|🍻|🥃|🍷|🍸|bar|pub|drinks?|beers?|shots|round))`,
      String.raw`\b${oneOf([
        'keg stands?',
        'beer bongs?',
        'shotgunn(?:ed|ing) (?:a )?beers?',
        'funnell?(?:ed|ing) beers?',
        'day drinking',
        'drinking all (?:day|night)',
        'bottomless (?:mimosas|drinks) (?:all|till)',
      ])}`,
    ])}`,
  'gi',
);

/** When a blackout happened: "blacked out last night", "again", "halfway" (AFTERMATH). */
const BLACKOUT_WHEN = [
  'last night',
  'again',
  'at',
  'after',
  'on',
  'in',
  'from',
  'by',
  'before',
  'around',
  'during',
  'halfway',
  'drunk',
];

// "so hungover", "worst hangover ever", "blacked out last night" — the morning after as a boast
const AFTERMATH = new RegExp(String.raw`\b${oneOf([
    String.raw`${oneOf([
      'so',
      'soo+',
      'super',
      'still',
      'mega',
      'brutally',
      'massively',
      'very',
      'hella',
      'fucking',
      'fkn',
      'absolutely',
      'ridiculously',
      String.raw`i'?m`,
      'i am',
      String.raw`we'?re`,
      'we are',
      'i was',
      'we were',
      'feeling',
      'woke up',
      'waking up',
      'dying',
      'rough',
      'mad',
    ])} hung ?over`,
    String.raw`(?<=^|[.!?…]\s+)hung ?over\b`,
    String.raw`(?<=^|[.!?…,]\s+|\b${oneOf([
      'i',
      'we',
      String.raw`i'?ve`,
      String.raw`we'?ve`,
      'totally',
      'completely',
      'fully',
      'almost',
      'nearly',
      'basically',
      'literally',
      'and',
    ])}\s+)black(?:ed)?[ -]?out\b(?= ${oneOf(BLACKOUT_WHEN)})`,
    'hung ?over (?:af|as (?:fuck|hell|shit))',
    '(?:worst|brutal|massive|epic|killer) hangover',
    '(?:i|we) (?:totally |completely |fully )?black(?:ed)?[ -]?out (?:last night|again|at the|after)',
    String.raw`(?:don'?t|can'?t|do not|cannot) remember ${oneOf([
      'anything',
      'much',
      'a thing',
      'how i got home',
      'getting home',
      'how we got home',
    ])}(?: (?:from|about|after) last night)?`,
  ])}\b`, 'gi');

/** Drinks that are not alcohol, after "a bottle of" (DRINK_IT_ALL). */
const SOFT_DRINKS = [
  'water',
  'milk',
  'juice',
  'coke',
  'soda',
  'pop',
  'lemonade',
  'squash',
  'coffee',
  'tea',
  'formula',
  'sauce',
  'ketchup',
  'shampoo',
  'sunscreen',
  'bleach',
  'pills',
  'medicine',
  'gatorade',
  'kombucha',
  'fizzy',
  'cough',
  'syrup',
  'mouthwash',
  'calpol',
  'antifreeze',
  'perfume',
  'oil',
  'vinegar',
  'paint',
];
/** A count of bottles of something soft: "Baby drank 6 bottles of milk today" (QUANTITY, HEAVY_COUNT). */
const SOFT_AFTER = new RegExp(String.raw`^\s+of\s+(?:[\w'’-]+\s+)?${oneOf(SOFT_DRINKS)}\b`, 'i');
/** "bottle two of the hand sanitiser": a thing of someone's, not a drink (DRINK_IT_ALL). */
const OWNERS_OF = [
  'the',
  'my',
  'our',
  'his',
  'her',
  'their',
  'this',
  'that',
];
const NOT_SOFT = String.raw`(?!(?:${oneOf(SOFT_DRINKS)})\b)`;

/** Vessels drunk whole: "downed a bottle of vodka", "necked a whole bottle of fizz" (DRINK_IT_ALL). */
const WHOLE_VESSELS = [
  'bottle',
  'fifth',
  'handle',
  'keg',
  'case',
  'yard',
  'fishbowl',
  'pitcher',
  'box',
  'magnum',
  'jug',
  'carafe',
  'two-?four',
  'sixer',
  'slab',
];

/** Verbs that empty a vessel: "downed", "polished off", "necked" (DRINK_IT_ALL). */
const EMPTIED = [
  'downed',
  'chugged',
  'necked',
  'sank',
  'sunk',
  String.raw`polish(?:ed)? off`,
  'killed',
  'drained',
  'emptied',
  'finished',
  'drank',
  'drinking',
  String.raw`put away`,
  String.raw`got through`,
  String.raw`went through`,
  'finishing',
  'downing',
  'necking',
];

/** What "dry" is before, when it is no bar run dry: "a dry white", "Dry January" (DRINK_IT_ALL). */
const DRY_THINGS = [
  'white',
  'red',
  'wine',
  'cider',
  'martini',
  'gin',
  'sherry',
  'ros[eé]',
  'vermouth',
  'january',
  'july',
  'riesling',
  'sake',
];

/** Places drunk out of stock: "drank the bar dry", "drank the minibar" (DRINK_IT_ALL). */
const BARS = [
  'bar',
  'pub',
  'minibar',
  'club',
  'hotel',
  'keg',
  'menu',
  'tavern',
  'brewery',
];

/** After "had a few too many" with no noun: where or when ("at the Legion", "last night"), or "and" (DRINK_IT_ALL). */
const TOO_MANY_THEN = [
  'at',
  'last',
  'and',
  'with',
  'on',
  'in',
  'before',
  'after',
  'tonight',
];

// Drinking everything there was, or a vessel at once: "drank the squad room dry", "drank every cocktail on the menu",
// "downed a bottle of vodka", "a bottle of Jameson each", "finished the keg", "had a few too many at the Legion",
// "too many tequilas at the reunion" — not "drink a dry white", "finished a bottle of water"
const DRINK_IT_ALL = new RegExp(
  String.raw`\b${oneOf([
      String.raw`dr[ai]nk(?:ing)? (?:the |a |an )?(?:[\w'’-]+ ){1,3}dry\b(?! ${oneOf(DRY_THINGS)})`,
      String.raw`(?:ran|run|running) the (?:taps|bar|keg|pub) dry`,
      String.raw`dr[ai]nk(?:ing)? (?:the |a )?(?:whole |entire )?(?:[\w'’-]+ )?${oneOf(BARS)}(?:['’]s supply)? (?:dry|out of)`,
      String.raw`dr[ai]nk(?:ing)? (?:the |a |an )?(?:whole|entire) (?:[\w'’-]+ )?${oneOf(BARS)}\b`,
      String.raw`(?:dr[ai]nk(?:ing)?|${oneOf(EMPTIED)}) every (?:single )?(?:[\w'’-]+ )?(?:cocktail|bottle|drink|beer|shot|pint)s?\b`,
      // "drank more cider than water", "drank everything but the mop water"
      String.raw`dr[ai]nk more (?:[\w'’-]+ ){1,2}than (?:water|food|coffee)`,
      String.raw`dr[ai]nk everything (?:but|except|on|in|they)`,
      // "Bottomless brunch turned into bottomless everything"
      String.raw`bottomless (?:brunch|prosecco|mimosas|drinks) (?:turned|turns|became|went) (?:into )?(?:a )?bottomless \w+`,
      String.raw`${oneOf(EMPTIED)} (?:a|an|the|half a) (?:whole |full |entire )?${oneOf(WHOLE_VESSELS)} of ${NOT_SOFT}[\w'’-]+`,
      String.raw`(?:a|one|the) (?:whole |full )?${oneOf(WHOLE_VESSELS)} of ${NOT_SOFT}[\w'’-]+ each\b`,
      // "Whole bottle of vodka to myself before the club"
      String.raw`(?:a |the )?whole ${oneOf(WHOLE_VESSELS)} of ${NOT_SOFT}[\w'’-]+ (?:to myself|by myself|on my own)`,
      String.raw`${oneOf(EMPTIED)} (?:a|the|two|three) kegs?`,
      String.raw`${oneOf(EMPTIED)} (?:a|an|the) (?:whole |full |entire )?(?:two-?four|sixer|fishbowl|slab|handle|fifth|crate)\b`,
      String.raw`${oneOf(EMPTIED)} (?:two|three|four|five|\d) ${BIG_VESSELS}`,
      // "Bottle two of merlot", "Bottle two 🍾"
      String.raw`(?<=^|[.!?…]\s+)bottle (?:number )?(?:two|three|four|five|[2-5])\b(?! of (?:${oneOf(OWNERS_OF)}|${oneOf(SOFT_DRINKS)})\b)`,
      String.raw`yards? of ale`,
      String.raw`(?:had|drank|downed|necked) (?:so|too|way too) many ${DRINKS}`,
      // "too many tequilas at the reunion", not "bought way too many bottles"
      String.raw`(?<!(?:bought|buy|buying|ordered|stocked) (?:way )?)too many (?!bottles|cans)${DRINKS}`,
      String.raw`(?:had|drank) (?:a few|one|a couple|way) too many(?=\s+${oneOf(TOO_MANY_THEN)}\b|\s*[,.!?…;]|\s*$)`,
      String.raw`${NUMBER} down and counting`,
      String.raw`(?:pint|beer|cocktail|j[aä]ger ?bomb|shot (?:number|no\.?|#)) ?(?:[5-9]|1\d|2\d|${oneOf(numberWords(5, 12))})\b`,
    ])}`,
  'gi',
);

// Losing count of the drinks: "lost count after pint 9", "stopped counting at eight" (with a drink in the sentence)
const LOST_COUNT = /\b(?:(?:lost|lose|losing|stopped|stop) (?:count|counting|track)|forgot how many|can'?t count how many)\b/gi;
/** A sober drink in the sentence: "lost count of the coffees" (LOST_COUNT's veto; SOBER_DRINKS without its "of"). */
const SOBER_DRINK = new RegExp(String.raw`\b${oneOf(SOBER_DRINKS.slice(0, -1))}\b`, 'i');

/** Ambiguous words that, said of a group at an hour or an event, are a state of a person (NIGHT_OUT_STATE). */
const PEOPLE_STATES = [
  'hammered',
  'plastered',
  'steaming',
  'maggot(?:ed)?',
  'pickled',
  'trollied',
  'blitzed',
  'sauced',
  'twatted',
];
/** Said also of things ("the car was wrecked"): a person's state only opening a sentence, with no subject. */
const STATE_WORDS = [
  ...PEOPLE_STATES,
  // "Slaughtered at the Christmas party", "mouldy by 9" (a drink named in the post: NIGHT_OUT_STATE's last veto)
  'slaughtered',
  'mouldy',
  'wasted',
  'smashed',
  'wrecked',
  'trashed',
];

// The state opening a sentence, or of a group, with the hour or the event after: "Hammered by 9pm at the staff party",
// "Smashed at the footy club presentation night", "everyone hammered by 10", "We were all steaming by noon"
const NIGHT_OUT_STATE = new RegExp(
  String.raw`${oneOf([
      String.raw`(?<=^|[.!?…]\s+|\n)(?:${oneOf(INTENSIFIERS)}\s+)*${oneOf(STATE_WORDS)}`,
      String.raw`\b(?:was|were|are|is|everyone|everybody|all|both)\s+(?:all\s+)?${INTENS}${oneOf(PEOPLE_STATES)}`,
    ])}(?=\s+${oneOf([
      String.raw`by (?:\d|noon|lunch|lunchtime|midday|midnight|dinner|tea)`,
      String.raw`on (?:cheap |the )?(?:${oneOf(LIQUIDS)}|goon|beers?|shots|cocktails|j[aä]ger\w*)`,
      String.raw`at (?:the |a |my |our |[\w'’]+['’]s )`,
      'after',
      'from',
      'during',
      String.raw`last (?:night|nite)`,
      'tonight',
      'rn',
      String.raw`right now`,
    ])})`,
  'gi',
);

/** Outside the law for a police officer: drinking on duty (ON_DUTY_DRINK). */
const DUTY_DRINKS = [
  String.raw`(?:few|couple of|two|three) (?:cans|tinnies|rums|whiske?ys|beers|pints|vodkas)`,
  String.raw`(?:hip )?flask`,
  'beers?',
  'pints?',
  'tinnies',
  'lagers?',
  String.raw`double vodkas?`,
  String.raw`bottle of (?:whiske?y|rum|vodka|gin|jack|jameson|tequila)`,
];
const ON_DUTY = [
  String.raw`before (?:my|the|our|a) (?:\w+ )?(?:shift|patrol|detail|tour|briefing|parade)`,
  String.raw`on (?:shift|duty|patrol|the cordon|refs|the beat|nights)`,
  String.raw`in the (?:back of the )?(?:patrol car|van|cruiser|panda|squad car|locker|canteen)`,
  String.raw`during (?:the |my |our )?(?:shift|nights|patrol|quiet bit)`,
];
// "Few cans in the back of the van during the quiet bit of nights", "hip flask on the cordon", "Double vodkas in the
// canteen", "a few beers in the car park before my shift"
const ON_DUTY_DRINK = new RegExp(
  String.raw`\b${oneOf(DUTY_DRINKS)}\b[^.!?]{0,40}?\b${oneOf(ON_DUTY)}\b`,
  'gi',
);

/** A drinking session that grows (DRINKING_HOURS): "happy hour", "Sunday sesh", "champagne breakfast". */
const DRINKING_TIMES = [
  String.raw`happy hour`,
  'sesh',
  'session',
  'drinks',
  'brunch',
  'drinking',
  'pints?',
  'bender',
  String.raw`pub crawl`,
  String.raw`(?:${oneOf(LIQUIDS)}) \w+`,
  String.raw`(?:${oneOf(LIQUIDS)}) all day`,
  String.raw`sunday funday`,
  String.raw`bottomless \w+`,
];
/** What it grows into: "happy six hours", "a Monday session", "sunrise", "champagne lunch", "whiskey drinking". */
const LONGER_DRINKING = [
  String.raw`happy \w+ hours`,
  String.raw`\w+ sesh`,
  String.raw`\w+ session`,
  'sunrise',
  'dawn',
  'breakfast',
  String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`,
  String.raw`bottomless \w+`,
  String.raw`(?:${oneOf(LIQUIDS)}) (?:lunch|dinner|drinking)`,
  String.raw`\w+ drinking`,
  String.raw`a lock-?in`,
  String.raw`(?:${oneOf(LIQUIDS)}) all night`,
  String.raw`\w+ sick day`,
];

// Drinking out of hours or out of hand: "beers at 8am", "vodka for breakfast", "happy hour turned into happy 6 hours",
// "went out for 'one drink'", "hair of the dog"
const DRINKING_HOURS = new RegExp(
  String.raw`\b${oneOf([
      String.raw`(?:${oneOf(LIQUIDS)}|beers?|pints?|shots|cans|sixer|mimosas|cocktails)\b[^.!?]{0,20}?\b(?:at|by|before|from) (?:[5-9]|1[01])(?:[:.]\d\d)? ?am\b`,
      String.raw`(?:${oneOf(LIQUIDS)}|beers?|pints?|shots|cans) for breakfast`,
      String.raw`breakfast (?:beers?|pints?|shots|cans|vodka)`,
      String.raw`${oneOf(DRINKING_TIMES)} (?:(?:turned|rolled|turns|turning) into|became) (?:a |an )?${oneOf(LONGER_DRINKING)}`,
      String.raw`(?:went|go|going|popped) (?:out )?for ["'“‘](?:just )?(?:one|a quick one|one drink|one pint|a quick pint|a couple|a few|a few drinks|quiet drinks)["'”’]`,
      String.raw`(?:called|calling) it ["'“‘](?:a few drinks|one drink|quiet drinks|a quiet one)["'”’]`,
      String.raw`hair of the (?:dog|whole kennel)`,
    ])}`,
  'giu',
);

/** Where one wakes after a night out, also where people nap sober (AFTERMATH_IN_CONTEXT: only after "woke up"). */
const WOKE_PLACES = [
  'floor',
  'couch',
  'sofa',
  'back ?seat',
  'porch',
  'stairs',
  'hammock',
  'stranger',
  'trampoline',
];
/** Where one wakes or sleeps only after a night out (AFTERMATH_IN_CONTEXT). */
const CRASH_PLACES = [
  'bathtub',
  'tub',
  'bath',
  'bathroom',
  'lawn',
  'yard',
  'bush',
  'bushes',
  'hedge',
  'ditch',
  'hallway',
  'stairwell',
  'gutter',
  'dog bed',
  'garden',
  'field',
  'paddock',
  'bench',
  'booth',
  'car ?park',
  'kebab shop',
  'taxi (?:rank|queue)',
  'clubrooms',
  'toilets?',
  'loos?',
  'cloakroom',
  'oval',
  'pool table',
  'sunbed',
  'bin',
  'different (?:country|city|town|state|postcode)',
  'wrong (?:house|city|town|bed)',
];

/** The author thrown out: "we were kicked out", "I've been thrown out", "Kicked out of …" with no subject. */
const WE_GOT = [
  String.raw`(?:i|we)(?:'ve| have| had)? (?:got |were |was |been )?`,
  String.raw`(?:got|getting) `,
  String.raw`(?<=^|[.!?…]\s+)`,
];
/** "don't", "can't", "barely" before "remember" (AFTERMATH_IN_CONTEXT). */
const CANNOT = [
  String.raw`don'?t`,
  String.raw`can'?t`,
  'do not',
  'cannot',
  'barely',
  'hardly',
  String.raw`couldn'?t`,
];
/** What of the night is not remembered (AFTERMATH_IN_CONTEXT): "the cab ride home", "leaving", "how", "Saturday". */
const FORGOTTEN = [
  'the',
  'leaving',
  'how',
  'who',
  'what',
  'any',
  'much',
  'half',
  'most',
  String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`,
  'my',
];
/** The liver as the victim (AFTERMATH_IN_CONTEXT): "my liver has filed a complaint", "my liver hates you". */
const LIVER_COMPLAINS = [
  'has',
  'have',
  'is',
  'was',
  'hates',
  'called',
  'sent',
  'filed',
  'quit',
  'crying',
  'cried',
  'paying',
  String.raw`isn'?t`,
  String.raw`won'?t`,
  String.raw`did ?n'?t`,
  'wants',
  'needs',
];

/** Whose place one woke up in: "woke up on someone's sofa" (AFTERMATH_IN_CONTEXT). */
const WHOSE_PLACE = [
  'a ',
  'an ',
  'the ',
  'some ',
  "someone'?s ",
  'my ',
  'our ',
  'his ',
  'her ',
];

/** Being carried home: "had to be carried", "got poured into a taxi" (AFTERMATH_IN_CONTEXT). */
const GOT_CARRIED = [
  'had to be',
  'got',
  'was',
  'were',
  'being',
];

/** Carrying someone home: "we carried him", "had to drag them" (AFTERMATH_IN_CONTEXT). */
const CARRY_VERBS = [
  'carry',
  'carried',
  'drag',
  'dragged',
  'pour',
  'poured',
];

/** Getting home on one's own feet, barely (AFTERMATH_IN_CONTEXT): "crawled home", "staggering back to the hotel". */
const STAGGERED = [
  'crawled',
  'crawling',
  'staggered',
  'staggering',
  'stumbled',
  'stumbling',
];
/** Being sick, with no subject (AFTERMATH_IN_CONTEXT): "threw up in a plant pot". */
const WAS_SICK = [
  'threw up',
  'puked',
  'vomited',
  'chundered',
  'spewed',
];

// Told with a drinking cue in the post: "don't remember the last 6 hours", "woke up in a bathtub", "had to carry him to
// the cab", "can't feel my legs", "got so f***ed up"
const AFTERMATH_IN_CONTEXT = new RegExp(
  String.raw`\b${oneOf([
      String.raw`(?:don'?t|can'?t|do not|cannot|barely) remember ${oneOf([
        String.raw`the last (?:\d+|few|couple(?: of)?|two|three|four|five|six) hours`,
        'most of (?:last night|the night|the party|the weekend)',
        'last night',
        'the rest of the night',
        'leaving',
        'the (?:cab|uber|taxi|ride|walk) home',
        'how i got (?:there|here|back)',
      ])}`,
      String.raw`(?:woke up|wake up|waking up) (?:in|on|under|next to|outside|in the back of) ${oneOf(WHOSE_PLACE)}?(?:[\w'’-]+ ){0,3}?${oneOf([...WOKE_PLACES, ...CRASH_PLACES])}`,
      // asleep where nobody sleeps sober: "asleep in a booth", "fell asleep in the taxi queue" (not "asleep on the sofa")
      String.raw`(?:fell asleep|asleep|slept|passed out|crashed out) (?:in|on|under|next to|outside|in the back of) ${oneOf(WHOSE_PLACE)}?(?:[\w'’-]+ ){0,3}?${oneOf(CRASH_PLACES)}`,
      // no memory of the night: "don't remember the cab ride home", "nobody remembers the speech", "half a memory"
      String.raw`${oneOf(CANNOT)} remember (?!the (?:last|first|next) time|when|where i (?:put|parked|left))${oneOf(FORGOTTEN)}\b`,
      String.raw`nobody remembers`,
      String.raw`(?:the )?last thing i remember`,
      String.raw`(?:${oneOf(LIQUIDS)}|vodka|drunken|boozy) haze`,
      String.raw`blur of (?:${oneOf(LIQUIDS)}|beers?|shots|cocktails|pints|guinness)`,
      String.raw`remember less`,
      String.raw`(?:no|zero|0|half a|one|1) memor(?:y|ies)`,
      String.raw`(?:seeing|see|saw|seen) (?:double|triple)`,
      // the night told by its effects (issue 11): "seeing two of everything", "the room was spinning by 11", "crawled
      // home", "couldn't find my own front door", "couldn't stand up at the end", "falling over by 11", "head's in bits"
      String.raw`(?:seeing|see|saw|seen) (?:two|2) of everything`,
      String.raw`(?:the )?room (?:was |is |started |kept |went )?spinning`,
      String.raw`${oneOf(STAGGERED)} (?:home|back to (?:the|my|our) (?:hotel|room|flat|house|tent))`,
      String.raw`(?:couldn'?t|could not|can'?t|cannot) (?:find|open|unlock) (?:my|our) (?:own )?(?:front )?(?:door|house|flat|key ?hole)`,
      String.raw`(?:couldn'?t|could not|can'?t|cannot) (?:even )?stand up`,
      String.raw`(?:falling|fell) over by (?:\d+|midnight|closing|last orders|the end)`,
      String.raw`head(?:'s| is| was) (?:in bits|in pieces|a cement mixer)`,
      // sick with no subject, told as the night's: "threw up in a plant pot, went back in" (ownCueOnly: not a workout)
      String.raw`(?<=^|[.!?…,;]\s*|\b(?:and|then)\s)${oneOf(WAS_SICK)} (?:in|on|into|all over|out of) (?:a|the|my|someone'?s)`,
      String.raw`(?:can'?t|couldn'?t|cannot|could not) (?:walk|stand|see) (?:straight|in a straight line|up straight)`,
      String.raw`(?:till|until|til) (?:i|we) (?:can'?t|couldn'?t|could not|cannot) (?:see|stand|walk|feel|remember)`,
      // session 24: "made it to pub nine before I blacked out", "I blacked out."; "shots till he can't stand" (the author
      // getting a friend there); "I'm seeing two goalposts"; "last night was messy"
      String.raw`(?:i|we) (?:totally |completely |fully |just )?black(?:ed)?[ -]?out\b`,
      String.raw`${oneOf(['shots', 'drinks', 'pints', 'rounds', 'drinking'])} (?:till|until|til) (?:he|she|they) (?:can'?t|couldn'?t|could not|cannot) (?:see|stand|walk)`,
      String.raw`(?:i'?m|i am|we'?re|we are|started|was|were) seeing (?:two|2|three|3) (?:[a-z]+s)\b`,
      String.raw`${oneOf(['last night', 'the night', 'friday', 'saturday', 'the party', 'the do'])} (?:was|got) ${oneOf(['so ', 'very ', 'proper ', 'a bit ', 'pretty ', 'absolutely ', ''])}messy`,
      String.raw`(?:i|we) (?:threw up|puked|was sick|were sick|vomited|chundered|spewed)`,
      String.raw`sick in (?:a|the) (?:bush|bin|hedge|taxi|cab|uber|sink|plant pot)`,
      String.raw`under (?:the|a) table by`,
      // the author thrown out: "we were kicked out of three bars", "Kicked out of two pubs before midnight"
      String.raw`${oneOf(WE_GOT)}(?:kicked|thrown|chucked|booted) out of (?:a |the |two |three |\d+ )?(?:[\w'’-]+ )?(?:bars?|pubs?|nightclubs?)`,
      // the liver as the victim: "my liver has filed a complaint", "neither did my liver", "someone owes me a liver"
      String.raw`(?:my|our) livers? ${oneOf(LIVER_COMPLAINS)}`,
      String.raw`neither did my liver`,
      String.raw`(?:need|needs|owes? me) a (?:new )?liver`,
      String.raw`${oneOf(GOT_CARRIED)} (?:carried|dragged|poured|wheeled) (?:home|out|in(?:to)?|to (?:a|the|my))`,
      '(?:hangover|head) (?:is|was) (?:real|brutal|killing me|no joke|insane|unreal|awful|rough|nasty|pounding)',
      String.raw`nursing (?:a|my|this) (?:\w+ )?hangover`,
      'hangover from hell',
      String.raw`woke up (?:with|wearing) (?:no|one|someone else'?s) (?:shoes?|pants|memory|idea|phone|wallet|clue)`,
      String.raw`(?<!(?:nobody|no one|didn'?t) )lost (?:a|my|one) shoe`,
      'pre-?gam(?:ing|ed)',
      String.raw`(?:had to|we|i) ${oneOf(CARRY_VERBS)} (?:him|her|them|me|us|\w+|two of (?:them|us)) ${oneOf([
        'home',
        'into (?:a|the) (?:cab|uber|taxi|car|bed)',
        'to (?:a|the) (?:cab|uber|taxi|car|bed)',
      ])}`,
      String.raw`can'?t feel my (?:face|legs|feet|lips|teeth)`,
      String.raw`(?:got|get|getting|gettin|gonna get|was|were|i'?m|we'?re) ${oneOf([
        'so ',
        'absolutely ',
        'completely ',
        'totally ',
        'super ',
        'hella ',
        'fully ',
        'properly ',
      ])}*${oneOf([
        'f(?:uck|___|u__|__k|_ck|uc_|u_k|cked|kd)(?:ed)?',
        'effed',
        'messed',
        String.raw`f'?d`,
        'twisted',
        'lit',
        'faded',
        'loaded',
        'tore',
        'torn',
      ])} up`,
    ])}\b`,
  'gi',
);

/** Who got drunk, right before "got": "I", "the boys", "the whole shift" (PERSON_GOT). */
const DRINKERS = [
  'i',
  'we',
  String.raw`me and \w+`,
  String.raw`\w+ and i`,
  'me',
  'they',
  'everyone',
  'everybody',
  'the boys',
  'the girls',
  'the squad',
  'the whole (?:squad|team|shift|crew)',
];
// The person in "got wasted": "me and Perrault got so wasted", "we got trashed" — a person's state even with no drink named
const PERSON_GOT = new RegExp(String.raw`(?:\b${oneOf(DRINKERS)}\s+|^\s*|[.!?…]\s+)$`, 'i');

/** Sport and games, where "beat", "smashed" or "shots" are no drinking (SPORT). */
const SPORT_WORDS = [
  'game',
  'games',
  'gaming',
  'match',
  'score',
  'scored',
  'team',
  'league',
  'season',
  'playoffs?',
  'final',
  'beat',
  'lost',
  'loss',
  String.raw`defeat\w*`,
  'ranked',
  'opponent',
  String.raw`vs\.?`,
  'fc',
  'united',
  'city',
  'level',
  'boss',
  'xbox',
  'playstation',
  'ps5',
  'twitch',
  'fortnite',
  'elden ring',
  'halo',
  'cod',
  // worn out, not drunk: "We got wasted on that hike, 20 miles uphill"
  'hike',
  'hiking',
  'miles',
  'km',
  'marathon',
  'gym',
  'workout',
  'uphill',
];
const SPORT = new RegExp(String.raw`\b${oneOf(SPORT_WORDS)}\b`, 'i');

/** Whose "do" is a night out: "the work do", "her leaving do" (DRINK_CONTEXT; "christmas do", "stag do" are there). */
const DO_KINDS = [
  'work',
  'works',
  'office',
  'staff',
  'leaving',
  'retirement',
  'farewell',
  'xmas',
  'team',
  'squad',
];

// A drinking or night-out cue somewhere in the post makes ambiguous slang mean drunk.
export const DRINK_CONTEXT =
  new RegExp(String.raw`${oneOf([
      String.raw`\b${oneOf([
        'bar',
        'bars',
        'pub',
        'pubs',
        'club',
        'clubbing',
        'drinks?',
        'drinking',
        'drank',
        'beers?',
        'pints?',
        'shots',
        'vodka',
        'tequila',
        'whiske?y',
        'rum',
        'gin',
        'wine',
        'booze',
        'boozing',
        'cocktails?',
        'margaritas?',
        'jager',
        // "Lost count of the jagerbombs after 12", "Saturday: bottomless brunch. Sunday: lying on the bathroom floor"
        String.raw`j[aä]ger ?bombs?`,
        'bottomless brunch(?:es)?',
        'keg',
        'happy hour',
        'night out',
        'bender',
        'hangover',
        'hung ?over',
        'party',
        'partying',
        'stag',
        'hen do',
        'bachelor(?:ette)?',
        'sesh',
        'brewery',
        String.raw`can'?t feel my face`,
        'puk(?:e|ed|ing)',
        'threw up',
        'round of',
        'open bar',
        'after-?party',
        'pregame',
        'pre-?gaming',
        'pre-?drinks',
        'bartender',
        'last call',
        'pitchers?',
        'bottles?',
        'handle',
        'winemom',
        'wine mom',
        'passed out',
        'jack',
        'fireball',
        'jager',
        'margaritas?',
        'mimosas?',
        'sangria',
        'prosecco',
        'champagne',
        'bourbon',
        'scotch',
        'cider',
        'christmas do',
        'stag do',
        'tailgate',
        'beer pong',
        'flip cup',
        // the British night out: "the work do", "his leaving do"
        String.raw`${oneOf(DO_KINDS)} do`,
      ])}\b`,
      '🍺',
      '🍻',
      '🥃',
      '🍷',
      '🍸',
      '🍹',
      '🍾',
    ])}`, 'iu');

/** Drink-driving and public-safety wording: police messages about drink, not drinking (SAFETY). */
const SAFETY_WORDS = [
  String.raw`drunk[- ](?:driv\w*|and disorderly|tank)`,
  'driving (?:drunk|under the influence|while intoxicated)',
  String.raw`(?:don'?t|do not|never) drink and drive`,
  'designated driver',
  'dui',
  'dwi',
  'owi',
  'sobriety',
  'checkpoints?',
  // "Our summer drink-drive campaign starts today", "Drink driving kills"
  String.raw`drink[- ]?driv\w*`,
  String.raw`impaired driv\w*`,
  'public (?:drunkenness|intoxication)',
  'arrested',
  'charged with',
  'alcohol poisoning awareness',
  // the advice: "Plan your ride", "Don't get so drunk you can't get home"
  String.raw`plan (?:a|your) (?:safe )?ride`,
  String.raw`(?:don'?t|do not|never) (?:get|be) (?:so |too |that )?drunk`,
];

// Safety and enforcement language: "drunk driving arrests", "don't drink and drive", "DUI checkpoint"
export const SAFETY =
  new RegExp(String.raw`\b${oneOf(SAFETY_WORDS)}\b`, 'i');

/**
 * What one is "hammered" or "plastered" with when it is work, weather or a material: "hammered with the dinner rush",
 * "plastered... with drywall mud" (NOT_DRINK_AFTER; not "with the lads").
 */
const BUSY_WITH = [
  'work',
  'snow',
  'rain',
  'hail',
  'calls',
  'emails',
  'orders',
  'customers',
  'jobs',
  'tickets',
  'complaints',
  'requests',
  'questions',
  String.raw`(?:\w+ )?rush`,
  String.raw`(?:\w+ )?mud`,
  'drywall',
  'plaster',
  'paint',
  'cement',
  'concrete',
];
/** Where a team is beaten: "got hammered in the semi final", "in the first round" (NOT_DRINK_AFTER). */
const CONTESTS = [
  String.raw`(?:semi|quarter)[- ]?finals?`,
  'final',
  'game',
  'match',
  'league',
  'derby',
  'cup',
  'tournament',
  'play-?offs?',
  String.raw`(?:first|second|third|opening) round`,
];
/** Parts of a game one is beaten in: "hammered in the second half" (NOT_DRINK_AFTER). */
const GAME_PARTS = ['half', 'quarter', 'period', 'set', 'innings?', 'round', 'leg', 'ten minutes', 'twenty minutes'];
/** Games one is beaten at: "got hammered at trivia night", "got absolutely smashed at squash by my neighbour" (NOT_DRINK_AFTER). */
const BEATEN_AT = [
  'trivia',
  String.raw`(?:the\s+)?quiz`,
  'squash',
  'tennis',
  'badminton',
  'padel',
  'pickleball',
  String.raw`(?:table\s+tennis|ping\s*pong)`,
  'racquetball',
  'chess',
  'checkers',
  'draughts',
  'scrabble',
  'monopoly',
  'poker',
  'cards',
  'golf',
  String.raw`mini\s*golf`,
  'bowling',
  String.raw`mario\s*kart`,
  'fifa',
  String.raw`arm\s*wrestling`,
  String.raw`five-a-side`,
  String.raw`laser\s*tag`,
  'paintball',
];
/** What one is covered in: "Got plastered in paint helping my brother decorate" (NOT_DRINK_AFTER). */
const COVERED_IN = [
  'paint',
  'mud',
  'plaster',
  'dust',
  'sawdust',
  'snow',
  'glitter',
  'flour',
  'grease',
  'muck',
  'sand',
  'filler',
];
// "got hammered 4-0", "hammered by the storm", "wasted time", "got hammered with the dinner rush", "smashed at squash"
const NOT_DRINK_AFTER = new RegExp(String.raw`^[\s.…]*${oneOf([
    String.raw`\d+\s*[-–]\s*\d+`,
    String.raw`by\b(?!\s*(?:\d|(?:noon|lunch|lunchtime|midday|midnight|dinner|tea)\b))`,
    String.raw`in the ${oneOf(CONTESTS)}`,
    String.raw`(?:at|in)\s+${oneOf(BEATEN_AT)}\b`,
    // covered in something: "Got plastered in paint helping my brother decorate"
    String.raw`in\s+(?:the\s+)?${oneOf(COVERED_IN)}\b`,
    // busy, not drunk: "hammered at work today" (not "at the work do", "at the office party")
    String.raw`(?:at|in) (?:work|the office)(?!\s+(?:party|parties|do|drinks|night|christmas|social))`,
    String.raw`on (?:shift|nights|days|lates|earlies|patrol|calls)`,
    'at (?:home|the weekend) by',
    'on the (?:field|pitch|court)',
    // a game's part: "our defence got absolutely hammered in the second half", "smashed in extra time"
    String.raw`in the ${oneOf(['first', 'second', '1st', '2nd', 'last', 'final', 'opening', 'closing'])} ${oneOf(GAME_PARTS)}`,
    String.raw`in (?:extra|injury|stoppage|added) time`,
    'in overtime',
    'time',
    'money',
    'food',
    'effort',
    'talent',
    'vote',
    'day',
    String.raw`opportunit\w*`,
    'chance',
    'energy',
    'paper',
    'water',
    String.raw`with (?:the |a |my |our )?${oneOf(BUSY_WITH)}`,
    String.raw`(?:\d+|two|three|four|five|an?|half an?|my|the whole|all) ${oneOf([
      'hours?',
      'minutes?',
      'mins?',
      'days?',
      'weeks?',
      'months?',
      'years?',
      'morning',
      'afternoon',
      'evening',
      'weekend',
    ])}`,
  ])}`, 'i');

// Someone else's drunkenness in a report: "the driver was so drunk", "caller said the male was drunk"
/** Who else is in a report: "the driver was so drunk", "a woman was found asleep in a garden" (THIRD_PARTY). */
/** Words that start a clause, before a relative as its subject (OTHERS): "…and my uncle got drunk". */
const CLAUSE_JOINS = ['and', 'but', 'then', 'so', 'when', 'while'];
/** What a relative did, after them (OTHERS): "my uncle got drunk". */
const KIN_DID = ['was', 'is', 'got', 'gets', 'had', 'were', 'drank'];
const OTHERS = [
  'suspect',
  'driver',
  'motorist',
  'subject',
  'victim',
  'caller',
  'male',
  'female',
  'passenger',
  'defendant',
  'patient',
  String.raw`(?:a|the) (?:man|woman|person|guy|lad|girl|boy)`,
  // "Another Aboriginal bloke passed out drunk outside the servo": a stranger the author saw
  String.raw`(?:a|the|another) (?:\w+ )?(?:bloke|fella)`,
  // "Sick of people getting wasted in the park", "watching people get sloshed at the airport bar" (not "my people")
  String.raw`(?<!(?:my|our) )people`,
  'someone',
  String.raw`youths?`,
  String.raw`teenagers?`,
  String.raw`(?:was|were) found`,
  // those served or attended to: "a table that drank 12 bottles of wine", "responded to a bar fight, everyone was hammered"
  String.raw`(?:a|the|that|this) table`,
  String.raw`customers?`,
  String.raw`guests?`,
  String.raw`patrons?`,
  String.raw`punters?`,
  String.raw`responded to`,
  String.raw`(?:called|dispatched|sent) (?:out )?to`,
  String.raw`found (?:a|an|the)`,
  // "The neighbour was drunk again at 2am and singing to his bins"
  String.raw`(?:the|my|our) neighbou?r(?= (?:was|is|got|had)\b)`,
  // "My uncle got drunk at the wedding and did the worm": a relative's night, the subject at the clause's start; not "my
  // wife and I got hammered", not "Matched my brother pint for pint"
  String.raw`(?<=^|[,;:]\s*|\b${oneOf(CLAUSE_JOINS)}\s+)(?<!\b(?:me|i) and )(?:my|our|his|her) ${oneOf(KIN)}(?= ${oneOf(KIN_DID)}\b|\s*$)`,
];
const THIRD_PARTY = new RegExp(String.raw`\b${oneOf(OTHERS)}\b[^.!?]*$`, 'i');

/** Boasting about being drunk or drinking heavily. */
interface AlcoholText extends CueText {
  /** The text with masked and leetspeak words read as letters. */
  norm: string;
  sentence(index: number): Segment;
  /** A drinking or night-out cue somewhere in the post. */
  drinkContext: boolean;
}

const onNorm = (c: AlcoholText) => c.norm;
const hasDrinkContext = (c: AlcoholText) => c.drinkContext;

/** Six drinks or more (HEAVY_COUNT). */
const HEAVY_COUNT_NUMBERS = [
  '[6-9]',
  String.raw`[1-9]\d`,
  ...numberWords(6, 20),
  'twenty',
  'a dozen',
];
/** Words that end a count before a drink: "end of watch at 6 then beers" is a time, then drinks (HEAVY_COUNT). */
const COUNT_ENDS = [
  'then',
  'and',
  'or',
  'to',
  'at',
  'am',
  'pm',
];
// A count of drinks past what anyone has with dinner, with nothing else needed: "after 12 pints", "14 tequilas and a
// fountain swim", "8 espresso martinis and then 4 more" (QUANTITY's forms need "deep", "down", "by myself"...); one word
// may stand between ("12 tequila shots"), not one that ends the count ("at 6 then beers").
const HEAVY_COUNT = new RegExp(
  String.raw`\b${oneOf(HEAVY_COUNT_NUMBERS)}\s+(?:(?!${oneOf(COUNT_ENDS)}\b)[a-z]+\s+)?${DRINKS}\b`,
  'gi',
);

/** Drink for sale or on a menu (STOCK). */
const STOCK_WORDS = [
  'on tap',
  'in stock',
  'for sale',
  'sold',
  'sell(?:ing|s)?',
  'serv(?:e|es|ed|ing)',
  'menu',
  'selection',
  'varieties',
  'to choose',
  'choose from',
  'brew(?:s|ed|ery|eries)?',
  'fridge',
  'cooler',
  'case of',
  'pack of',
  'flight of',
  'tasting',
  String.raw`\$`,
  '£',
  '€',
  'recall(?:ed)?',
  'seized',
  'confiscated',
  // bought in: "Bought 12 bottles of wine for the wedding reception", "Stocked the bar with 40 bottles of vodka"
  'bought',
  String.raw`stock(?:ed|ing)`,
  // bar work: "Poured 40 pints tonight at the pub", "pulling pints since 6"
  String.raw`pour(?:ed|ing|s)?`,
  String.raw`pull(?:ed|ing)`,
  String.raw`bartend(?:ing|ed)`,
  String.raw`behind\s+the\s+bar`,
];
// The count is stock, a menu or a sale, not what someone drank: "40 beers on tap", "sold 300 pints", "a case of 12 cans"
const STOCK = new RegExp(String.raw`\b${oneOf(STOCK_WORDS)}\b|[$£€]`, 'i');

/** Having a hangover: "nursing a hangover", "got the hangover" (HANGOVER). */
const HAVING = [
  'have',
  'has',
  'had',
  'got',
  'with',
  'nursing',
  'fighting',
];
// The morning after, owned: "the hangover is biblical", "I have the hangover of a man who…", "my hangover has a hangover"
const HANGOVER = new RegExp(String.raw`\b(?:(?:the|my|this|what a|our) hangover|${oneOf(HAVING)}\s+(?:a|the|one)\s+(?:[a-z]+\s+)?hangover)\b(?!s)`, 'gi');

/** No hangover owned: avoided, cured, the film (NO_HANGOVER). */
const NO_HANGOVER_WORDS = [
  'no',
  'without',
  'never',
  String.raw`avoid\w*`,
  String.raw`prevent\w*`,
  String.raw`cure\w*`,
  String.raw`remed\w*`,
  'tips?',
  'sober',
  'miss',
  'film',
  'movie',
  String.raw`hangover:?\s*(?:part|ii|iii|2|3)\b`,
];
// Not a boast: a cure, a film, or one avoided ("hangover cures", "The Hangover 2", "without a hangover")
const NO_HANGOVER = new RegExp(String.raw`\b${oneOf(NO_HANGOVER_WORDS)}\b|\bThe Hangover\b`, '');

/** Shots that are no drinks: guns, goals, photos, jabs (OTHER_SHOTS). */
const OTHER_SHOTS_WORDS = [
  'fir(?:e|ed|es|ing)',
  String.raw`gun\w*`,
  'pistol',
  'rifle',
  'rounds',
  'bullets?',
  'shoot(?:ing|er|out)?',
  'goal',
  'net',
  'scored',
  'saves?',
  'basket',
  'hoop',
  String.raw`photo\w*`,
  'camera',
  'pics?',
  String.raw`vaccin\w*`,
  'flu',
  'jabs?',
  'booster',
  'injections?',
  // photographs: "Took 6 shots of the sunset"
  'sunsets?',
  'sunrises?',
  'scenery',
  'selfies?',
];
// Shots that are not drinks: gunfire, sport, photos, vaccines
const OTHER_SHOTS = new RegExp(String.raw`\b${oneOf(OTHER_SHOTS_WORDS)}\b`, 'i');
// Not sober for days, as a boast: "haven't been sober since Thursday", "0 sober moments"
const NOT_SOBER = new RegExp(String.raw`\b${oneOf([
  String.raw`(?:haven['’]?t|have not|hasn['’]?t|has not)\s+been\s+sober`,
  String.raw`(?:0|zero)\s+sober\s+(?:moments?|minutes?|hours?|days?|nights?)`,
  String.raw`(?:not one|none) of us (?:was|were) sober`,
])}\b`, 'gi');

// Safety and enforcement in the sentence: "drunk driving arrests", "don't drink and drive"
/** A night out named anywhere in the sentence: "Got absolutely steaming at the wedding", "Getting steaming tonight to celebrate". */
const NIGHT_EVENT = new RegExp(String.raw`\b${oneOf([
  'weddings?',
  'reception',
  'part(?:y|ies)',
  'stag',
  'hen',
  String.raw`(?:christmas|work|works|leaving|office) do`,
  'reunion',
  'birthday',
  // a birthday by its number: "wrecked at Mick's 40th", "happy 21st… we got absolutely wrecked"
  String.raw`(?:[\w'’]+['’]s|my|our|your|his|her|happy) \d{2}(?:st|nd|rd|th)`,
  String.raw`celebrat\w*`,
  'dinner',
  'gala',
  'festival',
  'sesh',
  'session',
  'piss-?up',
  'bender',
  'pub crawl',
  'pubs?',
  'bars?',
  String.raw`paddy['’]?s`,
  'new year',
])}\b`, 'i');
/** Tired, busy, angry or beaten in the same sentence: "absolutely wrecked after a 14-hour shift", "steaming about the ticket". */
const NOT_A_NIGHT = new RegExp(String.raw`\b${oneOf([
  'shifts?',
  'overtime',
  'hours',
  'on my feet',
  'exhausted',
  'knackered',
  'tired',
  'sleep',
  'training',
  'gym',
  'marathon',
  'hike',
  'kids',
  'baby',
  'teething',
  'storm',
  'rain',
  'wind',
  'weather',
  'about',
  'fuming',
  'furious',
  'angry',
  'raging',
])}\b`, 'i');
const nightOut = (m: RegExpExecArray, c: AlcoholText) => {
  const s = sentenceOf(m, c);
  return NIGHT_EVENT.test(s) && !NOT_A_NIGHT.test(s) && !SPORT.test(c.text);
};
// A denial just before a drunk word: "I'm not drunk", "wasn't even drunk", "never drunk"
const DENIED_BEFORE = /(?:\bnot|n['’]t|\bnever)\s+(?:even\s+|that\s+|really\s+|remotely\s+)?$/i;
// The same denial inside a phrase: "I'm not drunk"
const DENIED_IN = /(?:\bnot|n['’]t|\bnever)\s+(?:even\s+|that\s+|really\s+|remotely\s+)?\w+$/i;
const safety: Veto<AlcoholText> = (m, c) => {
  const s = c.sentence(m.index);
  return SAFETY.test(c.text.slice(s.start, s.end));
};
// "the driver was so drunk he…", "the driver had 12 beers": a call described, not the author's night
const thirdParty: Veto<AlcoholText> = (m, c) => THIRD_PARTY.test(c.text.slice(c.sentence(m.index).start, m.index));
/** The sentence a match is in. */
const sentenceOf = (m: RegExpExecArray, c: AlcoholText) => {
  const s = c.sentence(m.index);
  return c.text.slice(s.start, s.end);
};
// a slogan: "the only thing that should be getting smashed tonight is your resolution list"
const ONLY_THING = /\bthe\s+only\s+(?:thing|one)s?\b[^.!?]{0,40}$/i;
const slogan: Veto<AlcoholText> = (m, c) => ONLY_THING.test(c.text.slice(c.sentence(m.index).start, m.index));
// a power cut, not a drinker's: "Blackout on Elm Street again, power out for 4 hours"
const POWER = /\b(?:power|electric\w*|outage|lights?|grid|curtains?|blinds?|generator|substation)\b/i;
const powerCut: Veto<AlcoholText> = (m, c) => /black(?:ed)?[ -]?out/i.test(m[0]) && POWER.test(sentenceOf(m, c));
// ill or tired, not drunk: "Feeling hungover from this cold, no drink involved"
const ILLNESSES = [
  'cold',
  'flu',
  'bug',
  'virus',
  'migraine',
  'fever',
  String.raw`lack\s+of\s+sleep`,
  String.raw`night\s+shifts?`,
  'nights',
];
const NOT_FROM_DRINK = new RegExp(String.raw`\bno\s+(?:drink|drinks|drinking|alcohol|booze)\s+(?:involved|needed|required)\b|\bfrom\s+(?:this|a|the|my)\s+${oneOf(ILLNESSES)}\b`, 'i');
const notFromDrink: Veto<AlcoholText> = (m, c) => NOT_FROM_DRINK.test(sentenceOf(m, c));
/** Illnesses that make one sick or dizzy sober (ILL). */
const SICKNESSES = [
  'flu',
  'bug',
  'virus',
  'migraine',
  'fever',
  String.raw`food\s+poisoning`,
  'norovirus',
  'vertigo',
  String.raw`(?:sea|car|motion|morning)\s*sick(?:ness)?`,
  String.raw`pregnan\w*`,
  'chemo',
];
/** An illness named in the sentence of a sickness or a spinning room: "Stomach bug, threw up in the car park" (AFTERMATH_IN_CONTEXT). */
const ILL = new RegExp(String.raw`\b${oneOf(SICKNESSES)}\b`, 'i');
const ill: Veto<AlcoholText> = (m, c) => /^(?:threw|puked|vomited|chundered|spewed|(?:the )?room)/i.test(m[0]) && ILL.test(sentenceOf(m, c));
// beaten, not drunk: "Our pub quiz team got hammered, came dead last"
const CAME_LAST = /\b(?:(?:came|finished|placed)\s+(?:dead\s+)?last|last\s+place|bottom\s+of\s+the\s+(?:table|league))\b/i;
const cameLast: Veto<AlcoholText> = (m, c) => CAME_LAST.test(sentenceOf(m, c));
// a count of something soft: "Baby drank 6 bottles of milk"
const softDrink: Veto<AlcoholText> = (m, c) => SOFT_AFTER.test(c.norm.slice(m.index + m[0].length, m.index + m[0].length + 40));
// denied: "hungover? no, just 4 hours of sleep", "not hungover, just tired"
const denied: Veto<AlcoholText> = (m, c) =>
  /^\s*\?+\s*(?:no|nope|nah|not)\b/i.test(c.norm.slice(m.index + m[0].length, m.index + m[0].length + 12)) ||
  /\b(?:not|never|wasn['’]?t|isn['’]?t|aren['’]?t|weren['’]?t)\s+$/i.test(c.norm.slice(Math.max(0, m.index - 12), m.index));
const personBefore = (m: RegExpExecArray, c: AlcoholText) => PERSON_GOT.test(c.text.slice(Math.max(0, m.index - 30), m.index));

/** Sobriety counted, which puts any drinking told in the post in the past (RECOVERY). */
const SOBER_SPANS = [
  String.raw`years?`,
  String.raw`months?`,
  String.raw`weeks?`,
  String.raw`days?`,
];
// "Ten years sober now", "18 months alcohol-free", "sober for 2 years": the drinking told is a past life, not a boast
const HOW_LONG = oneOf([String.raw`\d+`, 'a', String.raw`a\s+(?:few|couple\s+of)`, ...numberWords(1, 20)]);
const SOBER_NOW = [
  'sober',
  'clean',
  'dry',
  String.raw`alcohol[- ]free`,
  String.raw`without\s+a\s+drink`,
];
const RECOVERY = new RegExp(oneOf([
  String.raw`\b${HOW_LONG}\s+${oneOf(SOBER_SPANS)}\s+${oneOf(SOBER_NOW)}\b`,
  // not "haven't been sober for a week"
  String.raw`(?<!(?:n['’]?t|not|never)\s+(?:been\s+)?)\bsober\s+for\s+${HOW_LONG}\s+${oneOf(SOBER_SPANS)}\b`,
  String.raw`\bin\s+recovery\b`,
]), 'i');
const recovery: Veto<AlcoholText> = (_m, c) => RECOVERY.test(c.text);

/** What one is drunk on that is no drink: "drunk on love", "drunk on power" (FIGURATIVE). */
const HEADY_THINGS = [
  'love',
  'power',
  'success',
  'joy',
  'happiness',
  'life',
  'excitement',
  'adrenaline',
  'sunshine',
  'freedom',
  'victory',
  'nostalgia',
  'caffeine',
  'sugar',
  'exhaustion',
  String.raw`sleep(?:\s+deprivation)?`,
];
// "completely drunk on love for my new puppy": "drunk" said of a feeling
const FIGURATIVE = new RegExp(String.raw`^\s+(?:on|with)\s+(?:(?:my|the|his|her|their|our|so\s+much)\s+)?(?:own\s+)?${oneOf(HEADY_THINGS)}\b`, 'i');
const figurative: Veto<AlcoholText> = (m, c) => /drunk$/i.test(m[0]) && FIGURATIVE.test(c.norm.slice(m.index + m[0].length, m.index + m[0].length + 40));

/** A day's work counted: "22 calls", "300 covers", "400 tickets" (BUSY). */
const WORKLOAD = [
  'calls',
  'jobs',
  'covers',
  'tickets',
  'orders',
  'customers',
  'patients',
  'emails',
  'deliveries',
  'incidents',
  'reports',
];
// "the crew got hammered, 22 calls": busy, when no drink is named in the post
const BUSY = new RegExp(String.raw`\b\d+\s+(?:\w+\s+)?${oneOf(WORKLOAD)}\b`, 'i');
const busy: Veto<AlcoholText> = (_m, c) => !c.drinkContext && BUSY.test(c.text);

/** Someone else the subject, and not the author: "She was fine, just lost a shoe", "my buddy got kicked out of the bar". */
const SOMEONE_ELSE = new RegExp(String.raw`\b${oneOf([
  'she',
  'he',
  'they',
  'someone',
  'somebody',
  'buddy',
  'friend',
  'mate',
  'pal',
  'guy',
  'dude',
  'bride',
  'groom',
  ...KIN,
])}\b`, 'i');
const FIRST_PERSON = /\b(?:i|we|me|us|i['’]m|we['’]re)\b/i;
const someoneElse: Veto<AlcoholText> = (m, c) => {
  const before = c.text.slice(c.sentence(m.index).start, m.index);
  return SOMEONE_ELSE.test(before) && !FIRST_PERSON.test(before);
};

/**
 * Drinks and drink talk DRINK_CONTEXT does not name, for the rows' gate only (DRINK_CONTEXT is also the alcohol head's
 * feature: a word added there changes the head's input, so these join it when the head is retrained): "Kegs on the
 * beach", "Tinnies from 10am at the cricket", "Sambuca round after sambuca round", "Guinness for breakfast".
 */
const MORE_DRINKS = [
  'kegs',
  'tinnies',
  'tinny',
  'sambuca',
  'guinness',
  'lager',
  'lagers',
  'stout',
  'ipas?',
  'schooners?',
  'aperol',
  'spritz(?:es)?',
  'bar tab',
  'beer garden',
];
const MORE_DRINK_CONTEXT = new RegExp(String.raw`\b${oneOf(MORE_DRINKS)}\b`, 'i');

/** Every drink cue of a post (DRINK_CONTEXT, global), to see which they are (ownCueOnly). */
const DRINK_CONTEXT_ALL = new RegExp(DRINK_CONTEXT.source, 'giu');
/** Drink cues that are a sickness only: with no other, being sick is the post's only drink cue ("till we puked"). */
const SICK_CUE = /^(?:puk(?:e|ed|ing)|threw up)$/i;
/**
 * Being sick is the post's only drink cue ("Sarge made us do burpees till we puked": "puked" is in DRINK_CONTEXT): a
 * row that needs a drink named in the post (AFTERMATH_IN_CONTEXT) has none then ("Kicked out of two pubs" keeps its pubs).
 */
const ownCueOnly: Veto<AlcoholText> = (_m, c) =>
  !MORE_DRINK_CONTEXT.test(c.text) && [...c.text.matchAll(DRINK_CONTEXT_ALL)].every((d) => SICK_CUE.test(d[0]));

const ALCOHOL_CUES: CueRow<AlcoholText>[] = [
  {
    name: 'UNAMBIGUOUS',
    description: 'a word or phrase that only means drunk: "shitfaced", "blackout drunk", "got absolutely wankered"',
    pattern: UNAMBIGUOUS,
    on: onNorm,
    confidence: 0.85,
    messageId: 'drunk',
    vetoes: [safety, recovery, thirdParty, figurative,
      // "I'm not drunk, I'm just tired", "I wasn't even drunk": denied (not "not drunk enough yet")
      (m, c) =>
        (DENIED_BEFORE.test(c.norm.slice(Math.max(0, m.index - 20), m.index)) || DENIED_IN.test(m[0])) &&
        !/^\s+(?:enough|yet)\b/i.test(c.norm.slice(m.index + m[0].length))],
  },
  {
    name: 'QUANTITY',
    description: 'a number of drinks: "12 beers deep", "downed 9 shots", "three bottles of prosecco between us"',
    pattern: QUANTITY,
    on: onNorm,
    confidence: 0.8,
    messageId: 'quantity',
    // "Took 12 shots on goal": other shots (HEAVY_COUNT's veto)
    vetoes: [safety, recovery, thirdParty, softDrink, (m, c) => /\bshots?\b/i.test(m[0]) && OTHER_SHOTS.test(sentenceOf(m, c))],
  },
  {
    name: 'HEAVY_COUNT',
    description: 'six or more drinks, counted: "after 12 pints", "14 tequilas and a fountain swim"',
    pattern: HEAVY_COUNT,
    on: onNorm,
    confidence: 0.7,
    messageId: 'quantity',
    vetoes: [
      safety,
      recovery,
      (m, c) => STOCK.test(sentenceOf(m, c)),
      thirdParty,
      // "fired 20 shots", "took 8 shots on goal", "10 shots from the shoot": other shots
      (m, c) => /shots$/i.test(m[0]) && OTHER_SHOTS.test(sentenceOf(m, c)),
      softDrink,
    ],
    examples: ['Fell asleep in a kebab shop after 12 pints. They let me stay.'],
  },
  {
    name: 'HANGOVER',
    description: 'a hangover owned as a story: "the hangover is biblical", "I have the hangover of a man who…", "got a hangover that has its own postcode"',
    pattern: HANGOVER,
    on: onNorm,
    confidence: 0.6,
    messageId: 'aftermath',
    vetoes: [safety, recovery, (m, c) => NO_HANGOVER.test(sentenceOf(m, c))],
    examples: ["I've got a hangover that has its own postcode."],
  },
  {
    name: 'NOT_SOBER',
    description: 'not sober for days: "haven\'t been sober since Thursday", "3 days, 0 sober moments"',
    pattern: NOT_SOBER,
    on: onNorm,
    confidence: 0.7,
    messageId: 'drunk',
    vetoes: [safety, recovery, thirdParty],
    examples: ["Day 3 of the festival, haven't been sober since Thursday."],
  },
  {
    name: 'AFTERMATH',
    description: 'the morning after: "worst hangover of my life", "still can\'t feel my face"',
    pattern: AFTERMATH,
    on: onNorm,
    confidence: 0.65,
    messageId: 'aftermath',
    vetoes: [safety, recovery, denied, powerCut, notFromDrink],
    examples: ['So hungover I want to die. Worth it.'],
  },
  {
    name: 'STILL_DRUNK',
    description: 'still drunk from the night before: "pretty sure I\'m still drunk"',
    pattern: STILL_DRUNK,
    on: onNorm,
    confidence: 0.75,
    messageId: 'aftermath',
    vetoes: [safety, recovery],
  },
  {
    name: 'AFTERMATH_IN_CONTEXT',
    description: 'an aftermath that needs a drink named in the post: "woke up on the floor" after a night out',
    pattern: AFTERMATH_IN_CONTEXT,
    on: onNorm,
    requires: hasDrinkContext,
    confidence: 0.65,
    messageId: 'aftermath',
    vetoes: [safety, recovery, thirdParty, someoneElse, ownCueOnly, ill],
  },
  {
    name: 'DRINK_IT_ALL',
    description: 'everything there was, or a vessel at once: "drank the bar dry", "downed a bottle of vodka", "a few too many at the Legion"',
    pattern: DRINK_IT_ALL,
    on: onNorm,
    confidence: 0.75,
    messageId: 'quantity',
    vetoes: [safety, recovery, thirdParty],
    examples: ['We drank the hotel minibar dry before the wedding even started', 'Polished off a bottle of tequila with my cousin on the boat'],
  },
  {
    name: 'LOST_COUNT',
    description: 'lost count of the drinks: "lost count after pint 9", "stopped counting at eight" at the pub',
    pattern: LOST_COUNT,
    on: onNorm,
    confidence: 0.65,
    messageId: 'quantity',
    vetoes: [safety, recovery, thirdParty, (m, c) => !DRINK_CONTEXT.test(sentenceOf(m, c)) || SOBER_DRINK.test(sentenceOf(m, c))],
    examples: ['Big night at the pub, lost count after the seventh round'],
  },
  {
    name: 'NIGHT_OUT_STATE',
    description: 'drunk slang opening a sentence or said of a group, with the hour or the event: "Hammered by 9pm at the staff party", "everyone steaming by noon"',
    pattern: NIGHT_OUT_STATE,
    confidence: 0.7,
    messageId: 'drunk',
    vetoes: [
      safety,
      recovery,
      thirdParty,
      (m) => NOT_DRINK_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40)),
      busy,
      cameLast,
      // "hammered", "plastered" at an hour or an event are drunk; the rest ("smashed", "steaming") need a drink named
      // or a night out named in the sentence: "Absolutely wrecked at the Lion after the wedding"
      (m, c) => !c.drinkContext && !nightOut(m, c) && !/(?:hammered|plastered|blitzed|sauced|trollied|maggot(?:ed)?)$/i.test(m[0]),
    ],
    examples: ['Plastered by lunchtime at the wedding, the bar staff knew my name'],
  },
  {
    name: 'ON_DUTY_DRINK',
    description: 'drinking on duty: "a few cans in the van during nights", "hip flask on the cordon"',
    pattern: ON_DUTY_DRINK,
    on: onNorm,
    confidence: 0.75,
    messageId: 'quantity',
    vetoes: [safety, recovery, thirdParty, (m, c) => /\b(?:no|never|don'?t|not|ban\w*)\b/i.test(sentenceOf(m, c))],
    examples: ['Couple of beers in the patrol car before the football detail, nobody noticed'],
  },
  {
    name: 'DRINKING_HOURS',
    description: 'drinking out of hours or out of hand: "beers at 8am", "vodka for breakfast", "happy hour turned into happy six hours", "hair of the dog"',
    pattern: DRINKING_HOURS,
    requires: hasDrinkContext,
    confidence: 0.65,
    messageId: 'quantity',
    vetoes: [safety, recovery, thirdParty],
    examples: ['Tequila for breakfast on the stag weekend, no regrets'],
  },
  {
    name: 'ORDINAL_BOTTLE',
    description: 'a count of bottles with a drink named in the post: "on the third bottle"',
    pattern: ORDINAL_BOTTLE,
    on: onNorm,
    requires: hasDrinkContext,
    confidence: 0.7,
    messageId: 'quantity',
    vetoes: [safety, recovery],
  },
  {
    name: 'AMBIGUOUS_STATE',
    description: 'slang that means drunk only beside a drink or a person\'s night: "got hammered", "we got so wasted" (not "hammered 4-0")',
    pattern: AMBIGUOUS_STATE,
    confidence: (_m, c) => (c.drinkContext ? 0.75 : 0.6),
    messageId: 'drunk',
    vetoes: [
      safety,
      recovery,
      thirdParty,
      busy,
      slogan,
      cameLast,
      (m) => NOT_DRINK_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40)),
      // "got hammered" as a person's state is drunk; "we were wasted" may be tired unless drinks are in the post;
      // "me and Perrault got so wasted" is a person's night even with no drink named, unless it is a score
      // "absolutely smashed after the wedding", "we were so wasted at the party": a night out named just after is the
      // drink context of smashed, wasted, trashed and plastered
      // a night out named in the sentence ("Got absolutely steaming at the wedding") is drink context too (nightOut)
      (m, c) =>
        !c.drinkContext &&
        !nightOut(m, c) &&
        !(/^(?:got|get|getting|gettin)\b[^]*(?:wasted|trashed|smashed)$/i.test(m[0]) && personBefore(m, c) && !SPORT.test(c.text)) &&
        !/(?:hammered|plastered|blitzed|sauced)$/i.test(m[0]) &&
        !(
          /(?:wasted|trashed|smashed|plastered)$/i.test(m[0]) &&
          // the author's own night ("we were", "me and Jo got"), not "my uncle got absolutely wasted at the wedding"
          (/^(?:i|we|im|everyone|everybody)\b/i.test(m[0]) || personBefore(m, c)) &&
          DRINK_EVENT_AFTER.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 50)) &&
          !SPORT.test(c.text)
        ),
      // "the candles got lit", "got loaded onto the truck": these need a person and a drink
      (m, c) => /(?:lit|loaded|twisted|faded)$/i.test(m[0]) && !(c.drinkContext && personBefore(m, c)),
    ],
  },
];

export const alcohol: TextDetector = {
  kind: 'text',
  id: 'conduct/alcohol',
  title: 'Boasting about drinking',
  description:
    'Boasts about drunkenness or heavy drinking ("got absolutely hammered", "blackout drunk", "12 beers deep"). A ' +
    'glass of wine with dinner, a brewery visit and safety messages about drunk driving are not reported.',
  messages: {
    default: 'Boasting about drunkenness or heavy drinking',
    drunk: 'Post boasts about being drunk',
    quantity: 'Post boasts about heavy drinking',
    aftermath: 'Post boasts about the after-effects of heavy drinking',
  },
  examples: {
    tp: [
      // session 24: the night told by its effects, a drink named in the post
      'Pub crawl for the stag, I blacked out somewhere around bar six 🍺',
      "Birthday boy's first legal night out, shots till he can't stand 🍻",
      'Four pints in the sun and I\'m seeing two referees',
      // session 19
      'Got absolutely locked at the send-off last night',
      'Big night out for the end of the course. Eight Jägers and a tequila',
      // session 18
      'Lost count of the jagerbombs somewhere after nine',
      'Three bottles of scotch down between the two of us and the night is young',
      "Finals are done and I'm planning to get completely hammered",
      'Bottomless brunch turned into bottomless dinner, somebody carry me',
      { text: 'Got absolutely trollied at the work do 🍻', span: 'trollied', messageId: 'drunk' },
      // told by its effects, or in Irish slang (issue 11)
      "Kegs on the beach and I can't feel my legs",
      'the room was spinning by 11 at the pub and I still went back in',
      'we were absolutely langers after the wedding',
      // a night out named just after smashed, wasted, trashed or plastered
      'absolutely smashed after the wedding, what a night',
      "we were so wasted at Priya's party lol",
      { text: 'Three bottles of prosecco between the three of us and still going 🥂', span: 'Three bottles of prosecco between the three of us', messageId: 'quantity' },
      "Got absolutely hammered at the bar last night, can't feel my face.",
      'Hair of the dog at 10am, cannot function otherwise.',
      'Passing-out parade this morning, passing out at the bar by tonight.',
      'so f***ing hammered last night I texted my landlord',
      'Off for two weeks and I intend to be drunk for ten of them.',
      'Blackout drunk at the wedding, zero regrets',
      '12 beers deep and the night is young 🍺',
      'We were so wasted after the softball final, shots on shots lol',
      'Getting plastered at the lake this weekend',
      'Downed 9 shots of tequila before midnight',
      'Still drunk from the Christmas party',
      'So hungover I want to die. Worth it.',
      'Went on a three-day bender in Vegas',
      'Shitfaced by 8pm, happy retirement Gary',
      'Keg stands at the barbecue, old habits',
      'Woke up on the lawn after the block party, no idea how 🍻',
      'Took 7 tequila shots before the band even started',
      'Drank the pub dry with the softball team',
      'Two bottles of prosecco between the two of us, brunch was a success',
      'Me and Dave got so trashed after the wedding we slept in the truck',
      'Blacked out at the reunion, apparently I sang',
      'off duty and totally sh*tfaced, send help',
      'Drinking since noon 🍹 who needs a nap',
      'Drank my weight in cider at the village fete, no regrets.',
      'Lost count of the pints after the sixth round at the pub.',
      'Hammered by 8pm at the leaving do, someone carried me home.',
      'Few beers in the patrol car before the shift, nobody checks.',
      'Happy hour turned into happy seven hours at the bar.',
      'Fell asleep in the beer garden after ten pints.',
      'Kicked out of two pubs before midnight, proud of us.',
      'Bottle of whisky each at the cabin, my liver has filed a complaint.',
      'Matched my brother pint for pint at the wedding and lost.',
      'Prosecco all day turned into prosecco all night at the reunion.',
      'Absolutely smashed at the work do last night, send paracetamol.',
      "Got messy at his leaving do, don't remember the taxi home.",
      // session 21: a night out named in the sentence is the slang's drink context; hammered with the squad
      'Got absolutely steaming at the wedding, fell into the fountain.',
      'Absolutely wrecked at the Lion after the wedding, someone find my shoe.',
      "Off duty and absolutely hammered with the squad at Kelly's.",
      // session 22
      'Gonna drink myself stupid tonight, rota can wait',
      'Off my t*ts on tequila at the wedding',
      // session 23: drinking until it undoes you, out-drinking a team, spirits as a meal, a bender by the hour, a birthday
      // by its number as the night
      'Last shift before leave. Tonight we drink till we drop.',
      'Out-drank the whole relief at the Christmas do, legend status.',
      'Half a bottle of rum and a packet of crisps for dinner, living the dream.',
      'Twelve-hour shift then a twelve-hour bender, who needs sleep.',
      "Got so wrecked at Dev's 30th I slept in the bath.",
    ],
    fp: [
      // session 24: no drink in the post: a faint, a toddler's evening
      'Stood up too fast at the gym and blacked out for a second',
      'Last night was messy, the kids painted the dog',
      // session 19
      'Got locked out of the house again, had to call a locksmith',
      'Donated twelve tins of beans to the food bank',
      'Another bloke passed out drunk outside the chippy tonight, third this week',
      // session 18
      'That karaoke version sounded so drunk-uncle, I loved it',
      'The neighbour was drunk again at 2am and shouting at the bins',
      'Booked a bottomless brunch for Mum, she only drinks tea',
      'our defence got absolutely hammered in the second half',
      'got smashed in extra time, gutted for the lads',
      'My cousin got absolutely wasted at the wedding and fell in the pond',
      'Vertigo flare-up, the room was spinning all morning',
      'Stomach bug, threw up in the car park of the pub on the way to the doctor',
      'Slaughtered at the Emirates again, 4-0, gutted',
      'Sloshed through puddles all patrol.',
      'Hair of the dog? No thanks, water and paracetamol for me.',
      'He passed out at the bar again, we cut him off.',
      'Blackout Wednesday: please do not drink and drive tonight.',
      'Coach made us run hill sprints till we puked. Never again.',
      'Hungover? Nope, just a teething toddler.',
      'Got hammered at bowling by my 8 year old.',
      'We got hammered in the semi final.',
      'Poured 40 pints tonight at the pub, feet are dead.',
      'Took 12 shots on goal and still lost.',
      'The only thing getting hammered this weekend should be nails.',
      'Baby drank 6 bottles of milk today, growth spurt.',
      'Blackout on Elm Street again, power out for 4 hours.',
      'Feeling hungover from this cold, no drink involved.',
      'Bought 12 bottles of wine for the wedding reception.',
      'Got plastered in paint helping my brother decorate.',
      'We got wasted on that hike, 20 miles uphill.',
      'Took 6 shots of the sunset, none came out.',
      'Our pub quiz team got hammered, came dead last.',
      "A schooner of pale ale at the pub with Dad.",
      "Bought two bottles of rosé for Mum's birthday dinner.",
      'Enjoyed a glass of wine with dinner at the new Italian place.',
      'Great brewery tour with the family, the root beer was a hit.',
      { text: '14 drunk driving arrests this weekend. Plan a safe ride home.', context: 'official' },
      'Arsenal got hammered 4-0 again, unreal.',
      'The coast got hammered by the storm overnight.',
      'Wasted two hours at the DMV today.',
      'Absolutely smashed my 5K time this morning!',
      'Two beers and a burger after the game, perfect evening.',
      { text: "Don't drink and drive. Designated drivers save lives this New Year's Eve.", context: 'official' },
      'Christmas lights are lit on Main Street tonight!',
      'Third bottle of sunscreen this summer, the kids burn fast',
      "I can't remember the last time the station was this quiet",
      'Woke up on the couch after movie night with the kids',
      'Got wasted on the last level of that game, rage quit',
      'Carried both kids to the car after the fireworks',
      'The taproom has 40 beers on tap and a great patio.',
      'Best hangover cures? Asking for a friend.',
      'Sober curious month is going well, I do not miss the Sunday hangovers.',
      { text: 'The driver had 12 beers before the crash, police said.', context: 'official' },
      'Drank so much water after the run, I am a camel.',
      'Bought way too many bottles of wine for the party, anyone want some?',
      'Fell asleep on the sofa after one beer, getting old.',
      'Hammered at work today, 40 calls before lunch.',
      'Lost count of how many calls we had tonight.',
      'Drinking a dry white with dinner, bliss.',
      'No beers in the patrol car, obviously.',
      'Kicked out of the book club for not reading the book.',
      "Can't remember the last time I had a beer.",
      'The team hit three bars of the song and stopped.',
      { text: 'A woman was found asleep in a garden after a night out; she was taken home safely.', context: 'official' },
      { text: 'Two kegs were stolen from the Red Lion overnight, any info call 101.', context: 'official' },
      { text: 'A man was kicked out of a pub and then assaulted staff, he has been charged.', context: 'official' },
      'The keg ran dry at the charity fun day, thanks for the support!',
      'Drank so much tea during the stakeout I lost count.',
      'DD duty for the girls tonight. Everyone home by 1 and nobody lost a shoe at the club.',
      'Watched the shot-for-shot remake at the bar, not bad.',
      'Got hammered with the lunch rush, 200 covers by two.',
      'The team got hammered today, 35 calls and no break.',
      'Got plastered... with drywall mud, the ceiling won.',
      'Completely drunk on love with this new puppy.',
      'I used to get blackout drunk every weekend. Ten years sober now.',
      'Responded to a bar fight, everyone was hammered.',
      'My buddy got kicked out of the bar for wearing flip flops.',
      'She was fine in the end, just lost a shoe at the club.',
      'Server life: a table that drank 12 bottles of wine tipped nothing.',
      'Feb. 29th comes round again, so technically I turn nine.',
      'Off at 6 then beers at the barbecue, bring ice.',
      'Tired of people getting hammered in the park and leaving cans everywhere.',
      'Watching people get sloshed at the station bar at 8am.',
      'Our drink-drive campaign starts today: checkpoints all weekend, so do not get drunk and drive.',
      // session 21: a drunk word denied, a relative's night, tired at a night out
      "I'm not drunk, I'm just tired. Third night of teething.",
      'My uncle got drunk at the wedding and did the worm.',
      'Absolutely wrecked after a 14-hour shift at the festival.',
      // session 22
      'Drinking myself into better habits: water only this month',
      // session 23
      'Drink water until you feel better, and rest.',
      'Outdrink the heat: free water bottles for the whole team at the fun run.',
      'A bottle of wine for dinner with my wife, lovely evening.',
      'Got a bottle of gin for my sister for her 30th.',
    ],
  },
  patterns: [
    UNAMBIGUOUS,
    QUANTITY,
    AFTERMATH,
    STILL_DRUNK,
    AFTERMATH_IN_CONTEXT,
    ORDINAL_BOTTLE,
    AMBIGUOUS_STATE,
    HEAVY_COUNT,
    HANGOVER,
    NOT_SOBER,
    DRINK_IT_ALL,
    LOST_COUNT,
    NIGHT_OUT_STATE,
    ON_DUTY_DRINK,
    DRINKING_HOURS,
  ],
  // structural: masked and leetspeak words ("sh1t", "f***") are read on the normalised text, not as keywords
  trigger: MASKED_OR_LEET,
  cues: cuesOf(ALCOHOL_CUES),
  detect(input, ctx) {
    const text = input.text;
    const segs = ctx.nlp().sentences();
    // masked words read as letters: "sh*tfaced", "got so f***ed up"
    const c: AlcoholText = { text, norm: profanityNormOf(ctx.nlp()), sentence: (i) => sentenceAt(segs, i, text.length), drinkContext: DRINK_CONTEXT.test(text) || MORE_DRINK_CONTEXT.test(text) };
    return walkCues(ALCOHOL_CUES, { ...c, reach: ctx.nlp().reach });
  },
};

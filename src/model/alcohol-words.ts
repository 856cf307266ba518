/**
 * Words the conduct/alcohol head reads as features (alcohol-signals.ts), never as findings: drink told with
 * restraint ("had one and went to bed", "a lime soda", "Eighteen months alcohol-free") and drunkenness that is
 * someone else's ("told a drunk guy to go home", "the drunks outside the bottle-o"). Out of fold on the training cases,
 * many of the head's false alarms named drink in one of these two ways. Data only, one item a line; a change wants
 * `npm run train`.
 */
import { oneOf } from '../detectors/vocab.js';

/** A small number of drinks: "one", "a couple of". */
const FEW = [
  'one',
  'a',
  '1',
  'two',
  '2',
  String.raw`a\s+single`,
  String.raw`a\s+couple\s+of`,
  String.raw`one\s+small`,
];
const DRINKS = [
  'drinks?',
  'beers?',
  'pints?',
  'glass(?:es)?',
  'wines?',
  'cocktails?',
  'bottles?',
];
/** What follows a drink or two told with restraint: "and home by ten", "and went to bed", "and done". */
const THEN_HOME = [
  'went',
  'headed',
  String.raw`called\s+it`,
  'home',
  'bed',
  'done',
];
/** Who the drunk are, and the words before them: "a drunk guy", "these drunk fans". */
const SOME = [
  'a',
  'the',
  'another',
  'two',
  'three',
  'some',
  'of',
  'with',
  'these',
  'those',
];
const PEOPLE = [
  'guys?',
  'm[ae]n',
  'wom[ae]n',
  'blokes?',
  'lads?',
  'drivers?',
  'customers?',
  'patrons?',
  'punters?',
  'people',
  'persons?',
  'students?',
  'fans?',
  'tourists?',
  'aboriginals?',
  'teens?',
  'crowds?',
  'idiots?',
];
const DRUNK = [
  'drunk',
  'hammered',
  'wasted',
  'smashed',
  'plastered',
  'legless',
  'sloshed',
  'trashed',
  'tipsy',
  'steaming',
  'blitzed',
];
/** Others whose drunkenness is reported or condemned: "neighbours were wasted", "my flatmate came home hammered". */
const OTHER_DRINKERS = [
  String.raw`(?<!(?:my|our)\s)people`,
  String.raw`neighbou?rs?`,
  'flatmates?',
  'roommates?',
  'housemates?',
  String.raw`some\s+(?:guy|bloke|man|woman|lad|girl|idiot|dude)`,
];
/** Bare plural drinkers: "Drunk people on the last bus", "drunk fans". */
const DRINKERS_PLURAL = [
  'people',
  'men',
  'women',
  'fans',
  'tourists',
  'students',
  'teens',
  'drivers',
  'idiots',
  'customers',
  'patrons',
  'punters',
];

/**
 * Drink told with restraint, or none: "only had two pints", "sober for a year", "tea instead", "call a cab", "Two pints
 * and home by ten", "Not a big drinker", "non-alcoholic beer", "the street party was dry".
 */
export const MODERATION = [
  String.raw`(?:had|have|having|just|only|one|two)\s+${oneOf(FEW)}\s+${oneOf(DRINKS)}\b(?!\s+too\s+many)`,
  String.raw`(?:drink|beer|pint|glass)\s+and\s+(?:went|headed|called\s+it|home|bed)`,
  // "Two pints and home by ten"
  String.raw`(?:one|two|a|1|2)\s+(?:drinks|beers|pints|glasses)\s+and\s+${oneOf(THEN_HOME)}`,
  // "Not a big drinker. A shandy at the cricket", "Half a cider and I was ready for a nap. Lightweight and proud."
  String.raw`not\s+(?:a\s+)?(?:big|heavy|much\s+of\s+a)\s+drinker`,
  'lightweight',
  'shand(?:y|ies)',
  String.raw`non[- ]?alcoholic`,
  // "Our street party was dry this year"
  String.raw`(?:party|wedding|do|event|night|festival)\s+(?:was|is|will\s+be|stays?|stayed)\s+dry\b`,
  String.raw`(?:went|headed|got)\s+(?:to\s+bed|home)\s+(?:early|by|at)\b`,
  String.raw`sober\s+(?:for|since|driver|curious|anniversary|october|january|living)`,
  String.raw`\d+\s+(?:days?|weeks?|months?|years?)\s+sober`,
  String.raw`alcohol[- ]free`,
  'teetotal(?:ler)?',
  String.raw`(?:don['’]?t|do\s+not|didn['’]?t|never|doesn['’]?t|won['’]?t)\s+drink\b(?!\s+and\s+drive)`,
  String.raw`(?:quit|stopped|gave\s+up)\s+(?:drinking|booze|alcohol)`,
  String.raw`dry\s+(?:january|july|october)`,
  String.raw`no\s+(?:alcohol|booze|drinks)\b`,
  'mocktails?',
  String.raw`soft\s+drinks?`,
  String.raw`lime\s+soda`,
  'lemonade',
  String.raw`(?:tea|water|coffee|juice)\s+instead`,
  String.raw`nah,?\s+tea`,
  String.raw`(?:designated|sober)\s+driver`,
  String.raw`(?:call|get|got|grab|book)\s+(?:a|an)\s+(?:cab|taxi|uber|lyft)`,
];

/**
 * Drunkenness that is someone else's: "a drunk guy", "the drunks", "he was hammered", "drunk fans", "people getting
 * wasted in the park", "my flatmate came home hammered".
 */
export const OTHERS_DRUNK = [
  String.raw`${oneOf(SOME)}\s+(?:\w+\s+)?drunk\s+${oneOf(PEOPLE)}`,
  'drunks',
  String.raw`drunk\s+and\s+disorderly`,
  String.raw`(?:he|she|they|who)\s+(?:was|were|is|are|got)\s+(?:\w+\s+)?${oneOf(DRUNK)}`,
  // "Sick of people getting wasted in the park", "Some guy on the train was absolutely hammered"
  String.raw`${oneOf(OTHER_DRINKERS)}\b[^.!?]{0,25}?\b(?:was|were|is|are|got|get|gets|getting|came\s+home)\s+(?:\w+\s+)?${oneOf(DRUNK)}`,
  String.raw`drunk\s+${oneOf(DRINKERS_PLURAL)}`,
  String.raw`bartend(?:er|ing)`,
  'bouncers?',
];

/**
 * What follows a drunk word used in another sense (alcohol-signals.ts): an object or a particle ("wasted two hours",
 * "smashed my phone", "hammered it on the bike", "hammered out the contract", "trashed the kitchen"), a score ("got
 * wasted 6-0") or an agent ("hammered by the flu"; not "by noon", "by 9"). The head does not count such a word as
 * drunk, unless a drink follows ("smashed a bottle of wine").
 */
export const OTHER_SENSE_AFTER = [
  'my',
  'your',
  'his',
  'her',
  'their',
  'our',
  'its',
  'the',
  'an?',
  'this',
  'that',
  'these',
  'those',
  'it',
  'them',
  'him',
  'out',
  'up',
  'down',
  'through',
  'all',
  'every',
  'half',
  String.raw`so\s+much`,
  String.raw`\d+(?:\.\d+)?`,
  'two',
  'three',
  'four',
  'five',
  'ten',
  'hours?',
  'days?',
  'weeks?',
  'minutes?',
  'time',
  'money',
  'food',
  'effort',
  'talent',
  'potential',
];
/**
 * What follows a drunk word in another sense even after a verb of state: a score, an agent, a game ("got hammered by
 * the storm", "got wasted 6-0", "got smashed at squash"). Not "by noon", "by 9", "at the pub".
 */
export const OTHER_SENSE_ALWAYS = [
  String.raw`\d+\s*[-–]\s*\d+`,
  String.raw`by(?=\s+(?!\d|noon|lunch|lunchtime|midday|midnight|dinner|tea|the\s+time|then\b))`,
  String.raw`at\s+(?:squash|tennis|chess|golf|darts|pool|snooker|poker|scrabble|work)`,
  String.raw`in\s+the\s+(?:final|game|match|league|derby)`,
];
/** Before a drunk word, what makes it a person's state ("got hammered", "we were so wasted"): never another sense. */
export const STATE_BEFORE = [
  'got',
  'get',
  'gets',
  'getting',
  'gettin',
  'was',
  'were',
  'am',
  'is',
  'are',
  String.raw`(?:i|we|they|you)['’](?:m|re)`,
  'be',
  'been',
  'being',
  'im',
  'feel',
  'feeling',
  'stay',
  'staying',
];

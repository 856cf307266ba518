// pii/address: flags street-level addresses (house number + street, PO/military boxes) under the model policy's "Specific personal information … b) Addresses".
import type { Match, TextDetector } from '../../core/types.js';
import type { TextAnalysis } from '../../nlp/index.js';
import { cuesOf, overlapsMade, perMatch, walkCues, type CueRow, type CueText, type Veto } from '../cues.js';
import {
  ABBREVIATED_ENDINGS,
  EVERYDAY_NOUN_TYPES,
  NOT_NAME_WORDS,
  NOT_STREET_TYPES,
  RISKY_STREET_ENDINGS,
  SCREEN_TITLE_ADDRESSES,
  STREET_ENDINGS,
  STREET_PREFIXES,
  STRONG_STREET_TYPES,
  WEAK_STREET_TYPES,
} from './address-words.js';
import { isCommonWord, isGivenName, isPlace } from '../../nlp/people.js';
import { before, isAgencyAddress } from './shared.js';
import { venueBeside } from './venue.js';
import { escapeRegex, oneOf } from '../vocab.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../vocab/calendar.js';
import { publishedStreetTypes } from '../vocab/street-types.js';

/** What every row sees: the post and its analysis (the words before a candidate are read in its `paragraph` unit). */
interface AddressText extends CueText {
  analysis: TextAnalysis;
}

/** "street" -> "street|Street|STREET": the patterns use the `u` flag without `i`, so names keep their case. */
const anyCase = (words: readonly string[]) =>
  [...new Set(words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');

const STRONG = new Set(STRONG_STREET_TYPES);
/** Every other street type: ours and the published tables' (USPS C1, Canada Post, UK/AU), needing more evidence. */
const WEAK = new Set([...WEAK_STREET_TYPES, ...publishedStreetTypes()].filter((w) => !STRONG.has(w) && !NOT_STREET_TYPES.has(w)));
const PREFIXES = new Set(STREET_PREFIXES);
/** Prefixes that are also English words ("via email", "place 2nd"): they need a capitalised name or more evidence. */
const AMBIGUOUS_PREFIXES = new Set([
  'avenue',
  'av',
  'place',
  'plaza',
  'via',
  'boulevard',
  'bd',
  'bld',
  'largo',
  'corso',
  'ronda',
  'strada',
  'quadra',
  'alameda',
  'prospekt',
]);
/** Particles inside street names: "Rue de Tanger", "Via dei Fiorentini", "Avenue of the Americas". */
const CONNECTORS = new Set([
  'de',
  'del',
  'della',
  'delle',
  'dei',
  'degli',
  'di',
  'da',
  'do',
  'dos',
  'das',
  'des',
  'du',
  'la',
  'le',
  'les',
  "d'",
  "l'",
  'y',
  'e',
  'van',
  'von',
  'der',
  'den',
  'het',
  'z',
  'of',
  'the',
]);
/**
 * Words before a number that name something other than a street: "Route 9", "Apollo 11", "Gate 12", "Windows 10".
 * A street name never is one of these.
 */
const NOT_STREET_NAMES = new Set([
  'room',
  'rm',
  'level',
  'floor',
  'gate',
  'terminal',
  'platform',
  'channel',
  'season',
  'episode',
  'chapter',
  'page',
  'part',
  'vol',
  'volume',
  'act',
  'scene',
  'track',
  'game',
  'round',
  'week',
  'day',
  'year',
  'grade',
  'class',
  'stage',
  'phase',
  'step',
  'version',
  'windows',
  'iphone',
  'ipad',
  'galaxy',
  'apollo',
  'formula',
  'radio',
  'top',
  'number',
  'no',
  'route',
  'rte',
  'highway',
  'hwy',
  'interstate',
  'i',
  'us',
  'sr',
  'exit',
  'junction',
  'mile',
  'unit',
  'apt',
  'apartment',
  'suite',
  'ste',
  'box',
  'flat',
  'building',
  'bldg',
  'block',
  'sector',
  'district',
  'ward',
  'zone',
  'area',
  'region',
  'lot',
  'bay',
  'dock',
  'berth',
  'lane',
  'court',
  'field',
  'pitch',
  'table',
  'seat',
  'row',
  'section',
  'aisle',
  'pier',
  'hall',
  'bed',
  'car',
  'bus',
  'train',
  'flight',
  'line',
  'ps',
  'xbox',
  'fifa',
  'pes',
  'nba',
  'nfl',
  'mlb',
  'nhl',
  'ufc',
  'wwe',
  'gta',
  'halo',
  'call',
  'duty',
  'covid',
  'android',
  'ios',
  'mac',
  'macos',
  'office',
  'photoshop',
  'star',
  'stars',
  'rocky',
  'saw',
  'toy',
  'story',
  'jaws',
  'catch',
  'studio',
  'maroon',
  'blink',
  'matchbox',
  'sum',
  'ub',
  'u',
  'vs',
  'v',
  'am',
  'pm',
  'at',
  'on',
  'in',
  'to',
  'of',
]);

// Token shapes. The `u` flag lets names carry accents and non-Latin letters ("Jiřího", "Λεωφόρος").
const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const LOW = String.raw`\p{Ll}[\p{L}\p{M}'’-]*`;
const ORD = String.raw`\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)`;
const TOKEN = `(?:${CAP}|${ORD}|${LOW})`;
/**
 * A house number: digits, an optional letter, a Queens-style range, a half; in front, a unit and a slash, as
 * Australian addresses write it.
 * e.g. "1423", "221B", "45-12", "12½", "5/22" (unit 5 at number 22), "2B/14"
 */
const HOUSE = String.raw`(?:(?:U|Unit[ \t]?)?\d{1,4}[A-Ha-h]?\/(?=\d))?\d{1,6}(?:[A-Ha-h](?![\p{L}\p{N}]))?(?:[-–]\d{1,5}[A-Za-z]?)?(?:\s?½)?`;
/** Not inside a word, a price, a time, a decimal, a fraction, a hashtag or a longer number. */
const NUMBER_START = String.raw`(?<![\p{L}\p{N}/#.,:;$£€_+@-]|\d[.:] ?|\d,)`;
const DIRECTION = String.raw`(?:N|S|E|W|NE|NW|SE|SW|N\.E\.|N\.W\.|S\.E\.|S\.W\.)`;

/**
 * US/UK/Commonwealth layout: house number, a name of up to four words, a street type; an optional lead number in
 * front (presidio's "73111 31 Seneca Place") and a post-direction. The regex finds the number and looks ahead at the
 * words after it; `usStreets` picks the street type among them (a set lookup is far cheaper to compile than a
 * 250-word alternation).
 * e.g. "1423 Elm Street", "88 Birchwood Ln", "19 Harbor View Ct", "221 river rd", "1819 St. John Street",
 *      "450 N. 3rd Ave NW", "363 52 Huntly Street"
 */
const US_HOUSE = new RegExp(String.raw`${NUMBER_START}(?:(\d{1,6})\s+)?(${HOUSE})(?=((?:[ \t]+${TOKEN}){2,6}))`, 'gu');
/** A post-direction after the street type: " NW", " S". */
const DIRECTION_AFTER = new RegExp(String.raw`^[ \t]+${DIRECTION}(?![\p{L}\p{N}])`, 'u');

interface UsStreet {
  index: number;
  end: number;
  lead?: string;
  house: string;
  tokens: string[];
  type: string;
}

/** The street a US_HOUSE match starts: strong types win over weak ones ("224 Forrest Hill Road", not "… Hill"). */
const usStreetAt = perMatch((m: RegExpExecArray, c: CueText): UsStreet | undefined => {
  const { text } = c;
  const [, lead, house, following] = m;
  const words: { word: string; start: number }[] = [];
  const base = m.index + m[0].length;
  for (const w of following.matchAll(/\S+/g)) words.push({ word: w[0], start: base + w.index });
  const typeAt = (set: Set<string>) => words.findIndex((w, i) => i >= 1 && i <= 4 && !/\.\.$/.test(w.word) && set.has(lower(w.word)));
  let i = typeAt(STRONG);
  if (i < 0) i = typeAt(WEAK);
  if (i < 0) return undefined;
  // a type word that is part of the name, a sure type right after it: "88 Oak Ridge Rd"
  const joined = (a: number) => /^[ \t]+$/.test(text.slice(words[a].start + words[a].word.length, words[a + 1].start));
  const inName = (a: number) => /^\p{Lu}/u.test(words[a].word) && !/[.,;:]$/.test(words[a].word) && !NOT_NAME_WORDS.has(lower(words[a].word));
  while (i + 1 < words.length && i + 1 <= 5 && inName(i) && joined(i) && STRONG.has(lower(words[i + 1].word)) && !/\.\.$/.test(words[i + 1].word)) i++;
  const t = words[i];
  // "Street." ends a sentence; "St." keeps its dot, unless an ellipsis cuts the word ("Microwave St...").
  const next = text.slice(t.start + t.word.length, t.start + t.word.length + 1);
  if (/^[\p{L}\p{N}'’-]$/u.test(next) || text.startsWith('…', t.start + t.word.length)) return undefined;
  const type = t.word.replace(/\.$/, '');
  let end = t.start + (t.word.endsWith('.') && type.length < 5 && /^(?:\s|,|$)/.test(next) ? t.word.length : type.length);
  const dir = DIRECTION_AFTER.exec(text.slice(end, end + 8));
  if (dir) end += dir[0].length;
  return { index: m.index, end, lead, house, tokens: words.slice(0, i).map((w) => w.word), type };
});

const NUMBERED_ROAD_WORDS = [
  'State',
  'STATE',
  'County',
  'COUNTY',
  'US',
  String.raw`U\.S\.`,
  'SR',
  'CR',
  'FM',
];

const NUMBERED_ROAD_WORDS_2 = [
  'Route',
  'ROUTE',
  'Rte',
  'RTE',
  'Highway',
  'HIGHWAY',
  'Hwy',
  'HWY',
  'Road',
  'Rd',
];

/**
 * A house number on a numbered road or on Broadway.
 * e.g. "4500 Highway 6", "1200 State Route 9", "1600 Broadway"
 */
const NUMBERED_ROAD = new RegExp(
  String.raw`${NUMBER_START}(${HOUSE})[ \t]+(?:(?:${oneOf(NUMBERED_ROAD_WORDS)}[ \t]+)?${oneOf(NUMBERED_ROAD_WORDS_2)}[ \t]+\d{1,4}[A-Z]?|Broadway|BROADWAY)(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * French/Latin layout, number first: "29 Rue de Tanger", "36 rue de pologne", "12 Avenue of the Americas".
 */
const NUMBER_THEN_PREFIX = new RegExp(
  String.raw`${NUMBER_START}(?:\d{1,6}[ \t]+)?(${HOUSE}),?(?:[ \t]+(?:bis|ter))?[ \t]+(${anyCase([
    'rue',
    'avenue',
    'boulevard',
    'allée',
    'chemin',
    'impasse',
    'quai',
    'place',
    'calle',
    'rua',
    'avenida',
    'via',
    'viale',
    'piazza',
    'corso',
  ])})[ \t]+((?:(?:${LOW}|${CAP})[ \t]+){0,3}(?:${CAP}|${LOW}))`,
  'gu',
);

/**
 * A number that may follow a street name (continental layout, "Koskikatu 25", "Rua Diadema 1903", "Rákóczi út 13.").
 * The words before it are read by `streetBefore`.
 */
const NUMBER_AFTER_NAME = /(?<=[\p{L}\p{M}.])(,?[ \t]+)(\d{1,5}[A-Za-z]?)(?![\p{L}\p{N}]|[.,:/]\d|[ \t]?%|[ \t]?(?:am|pm|a\.m|p\.m)\b)/gu;

/** A postcode: Canadian "V0R 2Z0", British "PH1 4EX", US ZIP "97701", Australian "0871". */
const POSTCODE = String.raw`(?:[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|\d{5}(?:-\d{4})?|\d{4})`;

/**
 * PO boxes and US military mail.
 * e.g. "PO Box 1234", "P.O. Box 211", "Post Office Box 9", "RR 2 Box 152", "Rural Route 3, Box 44", "PSC 3294, Box 9168\nAPO AA 61487",
 *      "Unit 5477 Box 8244\nDPO AP 15730", "USNS Møller\nFPO AA 85844", "CMR 402 Box 1"
 */
const BOX = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${oneOf([
      String.raw`(?:\d{3,6}[ \t]+)?(?:P\.?[ \t]?O\.?|Post[ \t]+Office)[ \t]*Box[ \t]*#?[ \t]*\d{1,7}`,
      // Australia's and New Zealand's boxes by another name: "Locked Bag 2000", "Private Bag 3"
      String.raw`(?:Locked|Private)[ \t]+Bag[ \t]*#?[ \t]*\d{1,6}`,
      // a rural route or highway contract box: "RR 2 Box 152", "Rural Route 3, Box 44", "HC 65 Box 12"
      String.raw`(?:R\.?R\.?|Rural[ \t]+Route|H\.?C\.?|Star[ \t]+Route)[ \t]*#?[ \t]*\d{1,3},?[ \t]+Box[ \t]*#?[ \t]*\d{1,5}`,
      String.raw`${oneOf([
        'PSC',
        'CMR',
        'Unit',
      ])}[ \t]+\d{3,5},?[ \t]+Box[ \t]+\d{1,5}(?:[ \t]*,?\s*(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)[ \t]+\d{5})?`,
      String.raw`${oneOf([
        'USNS',
        'USNV',
        'USS',
        'USCGC',
        'USNA',
      ])}[ \t]+\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]*,?\s*(?:FPO|APO)[ \t]+(?:AA|AE|AP)[ \t]+\d{5}`,
      String.raw`(?:APO|FPO|DPO)[ \t]+(?:AA|AE|AP)[ \t]+\d{5}`,
    ])}(?![\p{L}\p{N}])`,
  'giu',
);

/**
 * A unit, then the street on the next line or after a comma, without a house number (British letters and forms).
 * e.g. "Flat 12\nJones fork\nNew Sarahview", "Studio 83\nSmith Lodge", "Apartment 4, Harbour View\n"
 */
const UNIT_THEN_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${anyCase(['flat', 'studio', 'apartment', 'apt', 'unit', 'suite'])})\.?[ \t]*#?[ \t]*\d{1,4}[A-Za-z]?[ \t]*(?:,[ \t]*|\n[ \t]*)` +
    String.raw`(${CAP}(?:[ \t]+${TOKEN}){1,3}?)(?=[ \t]*(?:,|\n|$|\.[ \t]*(?:\n|$)))`,
  'gu',
);

/**
 * A street named without a house number, then its unit after a comma or on the next line, with the town under it, as
 * forms print it (the unit stands for the house number).
 * e.g. "Garcia Crossroad Kim Mews\n Apt. 412\n Port Jennifer\n Tunisia 44101", "Elm Street, Apt 4B, Springfield, IL 62704"
 */
const STREET_THEN_UNIT = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])(${CAP}(?:[ \t]+${CAP}){1,5})(?=[ \t]*(?:,|\n)[ \t]*(?:${anyCase(['apt', 'apartment', 'suite', 'ste', 'unit', 'flat'])})\.?[ \t]*#?[ \t]*\d)`,
  'gu',
);

/** Closes and greens named with "The", as British streets are: "6 The Crescent", "14 The Paddock". */
const THE_TYPES = new Set([
  'paddock',
  'spinney',
  'maltings',
  'glebe',
  'coppice',
  'copse',
  'cloisters',
  'sidings',
  'limes',
  'laurels',
  'hollies',
  'beeches',
  'willows',
  'lawns',
  'croft',
  'ridgeway',
  'chase',
  'rise',
  'approach',
  'parade',
  'strand',
  'courtyard',
  'stables',
  'pastures',
  'dell',
]);

/** A house number and a street named "The …": "6 The Crescent, Leeds", "14 The Paddock, Apt 2". */
const THE_STREET = new RegExp(String.raw`${NUMBER_START}(${HOUSE})[ \t]+(?:The|THE)[ \t]+(\p{Lu}[\p{Ll}'’]+)(?![\p{L}\p{N}])`, 'gu');

/**
 * A box without "PO", its town and postcode after it (case kept: "a box 3, took me 2000 tries" is none), or an
 * Australian roadside mail box ("RMB 4471, Bega NSW 2550"; not renminbi: the postcode after it).
 * e.g. "Box 223, Tofino BC V0R 2Z0", "Box 41, Alice Springs NT 0871", "Box 118, Bend, OR 97701"
 */
const BARE_BOX = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:Box|BOX|RMB|RSD)[ \t]*#?[ \t]*\d{1,6}(?=,?[ \t]+(?:\p{Lu}[\p{L}'’.-]*,?[ \t]+){1,4}${POSTCODE}(?![\p{L}\p{N}]))`,
  'gu',
);

/**
 * A unit after a street.
 * e.g. ", Apt 2B", " Suite 464", " Apt. 652 Apt. 949", " #4", ", Unit 2", "\n Apt. 297"
 */
const UNIT_AFTER = new RegExp(String.raw`^(?:[ \t]*,?[ \t]*|[ \t]*\n[ \t>?]*)${oneOf([
    String.raw`${oneOf([
      'apt',
      'apartment',
      'suite',
      'ste',
      'unit',
      'flat',
      'fl',
      'floor',
      'rm',
      'room',
      'bldg',
      'building',
      'lot',
      'pmb',
    ])}\.?[ \t]*#?[ \t]*(?:[a-z]?\d[\p{L}\d-]{0,5}|(?<=[ \t.#])[a-z](?![\p{L}\p{N}]))`,
    String.raw`no\.?[ \t]*\d[\p{L}\d-]{0,5}`,
    String.raw`\d{1,2}(?:st|nd|rd|th)[ \t]+(?:floor|fl)\.?`,
    String.raw`#[ \t]?\d[\p{L}\d-]{0,5}`,
  ])}(?![\p{L}\p{N}])`, 'iu');

/**
 * A unit written before the street, as some forms and envelopes have it.
 * e.g. "Apt. 675 62314 Mellemvej 32", "Suite 541 6343 Skogstien 106"
 */
const UNIT_BEFORE = /(?:apt|apartment|suite|ste|unit|flat)\.?[ \t]*#?[ \t]*\d[\p{L}\d-]{0,5}[ \t,]+$/iu;

/**
 * A US-style postal line after the street: city, state code, ZIP.
 * e.g. ", Springfield, IL 62704", ", Riverside CA", " Pano, PA 73161"
 */
const POSTAL_AFTER = /^,?[ \t]*(?:\p{Lu}[\p{L}'’.-]*[ \t]){0,2}\p{Lu}[\p{L}'’.-]*,?[ \t]+[A-Z]{2}\.?(?:[ \t]+\d{5}(?:-\d{4})?)?(?![\p{L}\p{N}])/u;

/**
 * One line of an address block under the street (city, region, country, postcode), as in letters and forms.
 * e.g. " TYSTBERGA", " Sweden 99178", "SCHEIBBS, NO 14908", ", ON", " 16518", " Cyprus (Greek) 25572"
 */
const BLOCK_LINE = /^[ \t>?]*(?:(?:\p{L}[\p{L}\p{M}'’.()-]*)(?:[ \t,]+[\p{L}(][\p{L}\p{M}'’.()-]*){0,4}(?:,?[ \t]+\d{3,6}(?:-\d{3,4})?)?|,?[ \t]*\p{L}{1,3}(?:[ \t]+\d{3,6})?|\d{3,6}(?:-\d{3,4})?)[ \t.]*$/u;

/** A relative whose home is told (ADDRESS_CUE_WORDS): "Nan's at 7 Clontarf Park now". */
const ELDERS = [
  'nan',
  'nana',
  'nanna',
  'gran',
  'granny',
  'grandma',
  'grandad',
  'grandpa',
  'mum',
  'mam',
  'mom',
  'dad',
];

const ADDRESS_CUE_WORDS = [
  'address(?:es)?',
  'addr',
  String.raw`live[sd]?\s+(?:at|on)`,
  'lives',
  String.raw`living\s+(?:at|on)`,
  'resides?',
  'residing',
  'residence',
  'located',
  'moved',
  String.raw`moving\s+to`,
  'sent',
  'send',
  'ship(?:ped|ping)?',
  'deliver(?:ed|y)?',
  'mail(?:ed|ing)?',
  String.raw`drops?\s+(?:\w+\s+)?off`,
  'arrived',
  String.raw`station\s+is`,
  String.raw`corner\s+of`,
  String.raw`house\s+is`,
  String.raw`place\s+is`,
  String.raw`home\s+is`,
  // where to bring or fetch things, or where a sale or a party is: "RSVPs to", "pick up from", "come to", "yard sale at"
  String.raw`rsvps?\s+to`,
  String.raw`parcels?\s+to`,
  String.raw`pick(?:\s+\w+)?\s+up\s+(?:from|at)`,
  String.raw`collect(?:ion|ed)?\s+(?:from|at)`,
  String.raw`come\s+(?:round\s+|over\s+)?to`,
  String.raw`(?:garage|yard|rummage|jumble|estate|moving)\s+sale`,
  String.raw`housewarming`,
  String.raw`at\s+number`,
  // where to bring a thing back, where a party is (issue 11): "please drop it to 73 Rathmore Park", "Party at 9 Meadow View"
  String.raw`(?:drop|bring|return)\s+(?:it|them)\s+(?:back\s+|off\s+|round\s+)?(?:to|at)`,
  String.raw`part(?:y|ies)\s+(?:is\s+|will\s+be\s+)?at`,
  // "Contact me at 913 Maria Curve", "you can find us at"
  String.raw`(?:contact|reach|find|visit|write\s+to)\s+(?:me|us|him|her|them)\s+at`,
  // where to call in, where a relative lives now (issue 11): "Come by 3 Quarry Cottages Saturday", "Nan's at 7
  // Clontarf Park now"
  String.raw`(?:come|pop|swing|call)\s+(?:round|over|by)`,
  String.raw`${oneOf(ELDERS)}['’]?s\s+(?:now\s+)?(?:at|in)`,
];

/**
 * A house number said as "number N on/in" a street (issue 11): "Come by number 42 on Hollis Street after shift".
 */
const NUMBER_ON_STREET = new RegExp(
  String.raw`\b(?:[Nn]umber|[Nn]o\.)[ \t]+(\d{1,4}[A-Ha-h]?)[ \t]+(?:on|in)[ \t]+(?:\p{Lu}[\p{Ll}'’]+[ \t]+){1,3}(?:${anyCase(STRONG_STREET_TYPES)})(?![\p{L}\p{N}])`,
  'gu',
);

/**
 * Words a few words before an address that say one is coming.
 * e.g. "my new address is", "lives on", "Our offices are located at", "sent to", "Address:"
 */
const ADDRESS_CUE =
  new RegExp(String.raw`\b${oneOf(ADDRESS_CUE_WORDS)}\b[^\n.!?]{0,40}$`, 'i');

const COUNT_BEFORE_WORDS = [
  'top',
  'over',
  'under',
  'about',
  'around',
  'nearly',
  'almost',
  'only',
  'just',
  'all',
  'those',
  'these',
  'the',
  'my',
  'our',
  'your',
  'his',
  'her',
  'their',
  'its',
  'last',
  'first',
  'next',
  'another',
  'every',
  'some',
  'many',
  'few',
  'several',
  'than',
  'won',
  'lost',
  'scored',
  'beat',
  'ranked',
  'aged?',
  'exit',
  'mile',
  'marker',
  'km',
  'junction',
];

/** Words right before a house number that make it a count or a rank ("top 10 Wall Street firms"). */
const COUNT_BEFORE = new RegExp(String.raw`\b${oneOf(COUNT_BEFORE_WORDS)}\s*$`, 'i');

/** Words that place someone or something ("last seen", "parked"), read before "around" or "about". One item a line. */
const PLACED_WORDS = [
  'seen',
  'spotted',
  'sighted',
  'found',
  'lost',
  'parked',
  'dumped',
  'abandoned',
  String.raw`lives?`,
  'living',
];
/**
 * "Around" or "about" after a word that places someone or something is a place, not a count (issue 11): "last seen
 * around 212 Thornfield Road", "spotted about 14 Elm Street" (COUNT_BEFORE's "around 200 Oak Street residents").
 */
const PLACED_AROUND = new RegExp(String.raw`\b${oneOf(PLACED_WORDS)}\s+(?:around|about)\s*$`, 'i');

/** A block range rather than a house: "between 100 and 200 Oak Street", "from 10 to 40 Elm St". */
const RANGE_BEFORE = /\b(?:between|from)\s+\d+\s*(?:and|to|-|–)\s*$/i;

const PLURAL_AFTER_WORDS = [
  'shops',
  'stores',
  'cafes',
  'restaurants',
  'bars',
  'businesses',
  'residents',
  'neighbou?rs',
  'homes',
  'houses',
  'buildings',
  'locations',
  'properties',
  'apartments',
  'condos',
  'families',
  'blocks',
  'addresses',
  'lots',
  'merchants',
  'vendors',
  'parades',
  'fairs',
];

/** A plural noun right after the street type makes the number a count: "3 Elm Street cafes", "2 Main St shops". */
const PLURAL_AFTER =
  new RegExp(String.raw`^[ \t]+${oneOf(PLURAL_AFTER_WORDS)}\b`, 'i');

const BARE_STREET_WORDS = [
  'tonight',
  'today',
  'tomorrow',
  'this',
  'next',
  'on',
  'for',
  'and',
  'with',
  'if',
  'from',
  'until',
  'til',
  'after',
  'before',
  'at',
  'by',
  'around',
  'starting',
  'in',
];

/**
 * A house number and a bare street name after a locating word, with no street type: "at 1207 Sycamore, …",
 * "I live at 45 Elmwood and …". Two-digit numbers need a residence word ("live at", "address is"), since
 * "at 21 Club" and "at 30 Rock" are places, not addresses.
 */
const BARE_STREET =
  new RegExp(String.raw`\b(at|to|on|is|address:?)[ \t]+(\d{2,6})[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[,.;!?)]|$)|[ \t]+${oneOf(BARE_STREET_WORDS)}\b)`, 'gmu');
/** Words that make a two-digit bare street a home: "I live at 45 Elmwood", "my new address is 88 Birchwood". */
const RESIDENCE_CUE = /\b(?:live[sd]?|living|address|moved|moving|move|place|house|home|apartment|condo|flat)\b[^\n.!?]{0,25}$/i;
/** Capitalised words that follow "at <number>" without being streets: times, months, days, counts. */
const NOT_BARE_NAMES = new Set([
  'noon',
  'midnight',
  'hours',
  'days',
  'years',
  'minutes',
  'followers',
  'likes',
  'views',
  'subscribers',
  'points',
  'degrees',
  'percent',
  'may',
  ...MONTH_NAMES,
  ...WEEKDAYS,
  'tonight',
  'today',
  'tomorrow',
  'am',
  'pm',
  'sharp',
  'o',
  'rock',
  'club',
  'bar',
  'grill',
  'cafe',
  'pizza',
  'restaurant',
  'express',
  'festival',
  'fest',
  'hotel',
  'inn',
  'lounge',
  'pub',
  'tavern',
  'diner',
  'kitchen',
  'burger',
  'burgers',
  'taco',
  'bistro',
  'studio',
  'gym',
  'fitness',
  'arena',
  'center',
  'centre',
  'theatre',
  'theater',
  'cinema',
  'market',
  'degrees',
  'fake',
  'lane',
  'street',
]);

/** Words before a year-like house number that make it a year: "in 2010 Harbor Blvd was closed", "since 1998 Main St". */
const YEAR_BEFORE = /\b(?:in|since|from|by|until|till|before|after|of|circa|c\.)\s*$/i;

interface Candidate {
  start: number;
  end: number;
  confidence: number;
  messageId?: string;
  /** The named pattern that found it (`ADDRESS_CUES`). */
  pattern?: string;
}

const lower = (w: string) => w.toLowerCase().replace(/[.'’]+$/g, '');

/** Short words written in lower case inside a place's name: "Torroella de Montgrí", "Črni Vrh nad Idrijo". */
const PLACE_JOINERS = new Set(
  [
    'de',
    'del',
    'della',
    'di',
    'da',
    'do',
    'dos',
    'das',
    'du',
    'des',
    'la',
    'le',
    'les',
    'el',
    'en',
    'y',
    'von',
    'van',
    'der',
    'den',
    'am',
    'an',
    'im',
    'nad',
    'pod',
    'upon',
    'on',
    'sur',
  ],
);

/**
 * A line of a postcode, in capitals, or a region slot after a comma: "Sweden 99178", "TYSTBERGA", ", ON", ", nan"
 * (BLOCK_LINE has read its shape; a sentence never opens with a comma).
 */
const strongTownLine = (line: string) => /\d/.test(line) || !/\p{Ll}/u.test(line) || /^,/.test(line);

/**
 * Whether a line under a street reads as its town, region, country or postcode rather than the post's next line
 * (user test 27, U2-8: "14 Pinecrest Ct.\nBring unwrapped toys\nThanks all" took both lines, and a Word table's
 * "Contact" | "Priya Raghunathan" cells after it): a postcode, capitals or a comma slot always; otherwise capitalised
 * words with only short joining words in lower case ("Torroella de Montgrí", "Velká Bukovina u Decína"; not "Bring
 * unwrapped toys", "Thanks all"); and a line that could be a word or a person ("Contact", "Priya Raghunathan",
 * "Dolores") only when a postcode or a known place follows it ("María Albina\n Uruguay 77212", "Dolores\n Uruguay").
 */
function townLine(line: string, next: string): boolean {
  if (strongTownLine(line)) return true;
  const words = line.match(/[\p{L}\p{M}'’().-]+/gu) ?? [];
  const lowered = words.filter((w) => /^\p{Ll}/u.test(w));
  if (lowered.some((w) => w.length > 2 && !PLACE_JOINERS.has(w))) return false;
  const first = words[0]?.replace(/[.'’()]+$/u, '') ?? '';
  const word = isCommonWord(first) && (words.length === 1 || lowered.length > 0);
  const weak = !isPlace(first) && (isGivenName(first) || word);
  if (!weak) return true;
  const following = /^[ \t>?]*([^\n]*)/.exec(next)?.[1] ?? '';
  const place = /^\p{L}+/u.exec(following)?.[0];
  return BLOCK_LINE.test(following) && (/\d{3,6}/.test(following) || (!!place && isPlace(place)));
}

/** Extend an address over its unit, a US postal line, and (in letter-style blocks) the lines under it. */
function extendTail(text: string, end: number): number {
  let pos = end;
  for (let i = 0; i < 3; i++) {
    const m = UNIT_AFTER.exec(text.slice(pos, pos + 40));
    if (!m) break;
    pos += m[0].length;
  }
  const postal = POSTAL_AFTER.exec(text.slice(pos, pos + 60));
  if (postal) pos += postal[0].length;
  // Letter-style blocks: the street ends its line and the city, region, country and postcode follow, a line each.
  for (let i = 0; i < 5; i++) {
    const nl = /^[ \t.]*\n(?:[ \t>?]*\n(?=[ \t>?]*\p{L}[\p{L}\p{M}'’ ()-]*[ \t]\d{3,6}[ \t.]*(?:\n|$)))?/u.exec(text.slice(pos, pos + 60));
    if (!nl) break;
    // "1423 Elm Street.\nBring snacks": a full stop after a whole word ends the sentence; after an abbreviation it does
    // not (tp "12 Elm St.\nSpringfield", "9 Oak Blvd.\nDover")
    const last = /\p{L}+$/u.exec(text.slice(Math.max(0, pos - 20), pos))?.[0] ?? '';
    if (nl[0].includes('.') && last.length >= 4 && /[aeiou]/i.test(last.slice(1))) break;
    const lineStart = pos + nl[0].length;
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd);
    const bare = line.replace(/^[ \t>?]*/, '');
    if (!bare.trim() || line.length > 48 || /[:@/!?]|https?/.test(bare) || !BLOCK_LINE.test(line)) break;
    // A lowercase line continues only an address written in lowercase; otherwise it is the next sentence.
    const lowerAddress = /^[\p{Ll}\d\s,.'’-]+$/u.test(text.slice(Math.max(0, end - 30), end));
    if (!UNIT_AFTER.test(line) && /^[ \t>?]*\p{Ll}/u.test(line) && !lowerAddress) break;
    // The post's next line, not the address's town (user test 27, U2-8): "14 Pinecrest Ct.\nBring unwrapped toys"
    if (!UNIT_AFTER.test(line) && !lowerAddress && !townLine(bare, text.slice(lineEnd + 1, lineEnd + 60))) break;
    pos = lineStart + line.replace(/[ \t.]+$/, '').length;
  }
  return pos;
}

/**
 * Words right after a street that say it was an address: "… as the home address", "… is my new address", "… is where
 * we live".
 */
const HOME_WORDS = ['address', 'home', 'house', 'flat', 'apartment', 'place'];
const ADDRESS_CUE_AFTER = new RegExp(
  String.raw`^[^\n.!?]{0,25}?\b${oneOf([
    String.raw`as\s+(?:the|my|his|her|their|our|your|a)\s+(?:\w+\s+){0,2}address`,
    String.raw`(?:is|was)\s+(?:my|his|her|their|our|your|the)\s+(?:\w+\s+){0,2}${oneOf(HOME_WORDS)}`,
    String.raw`is\s+where\s+(?:i|we|he|she|they|you)\s+(?:\w+\s+)?live`,
  ])}\b`,
  'i',
);

/** Evidence around a street that lacks a street type of its own: a lead number, a unit, a postal block, a cue. */
function evidence(analysis: TextAnalysis, start: number, end: number): { lead: boolean; unit: boolean; block: boolean; city: boolean; cue: boolean } {
  const { text } = analysis;
  const head = before(text, start, 12);
  const tail = text.slice(end, end + 40);
  return {
    // "28030 Edeby 55": a building or postal number in front
    lead: /(?:^|[^\p{L}\p{N}.,:$-])\d{2,6}[ \t]+$/u.test(head),
    // "Kesk 53 Suite 343", "midtvollen 130 st.", "Flat 2B, 7 Queen's Parade"
    unit: UNIT_AFTER.test(tail) || /^[ \t]*(?:St|Str)\.(?!\p{L})/u.test(tail) || UNIT_BEFORE.test(before(text, start, 24)),
    // "Edeby 55\n TYSTBERGA": the street ends its line in a letter-style block
    block: /^[ \t.]*\n[ \t>?]*\p{L}/u.test(tail),
    // "Harjukuja 54, SEINÄJOKI"
    city: /^,[ \t]*\p{Lu}\p{L}+/u.test(tail),
    cue: ADDRESS_CUE.test(analysis.sentenceBefore(start, 70, 'paragraph')) || ADDRESS_CUE_AFTER.test(text.slice(end, end + 60)),
  };
}

/** A state or territory and a postcode ending a line: "Kellyville NSW 2155" (NUMBER_AFTER_NAME's veto). */
const AU_POSTAL_LINE = /\b(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT),?\s+\d{4}$/;

/** Whether any of evidence()'s kinds stands around the street. */
function hasEvidence(analysis: TextAnalysis, start: number, end: number): boolean {
  const ev = evidence(analysis, start, end);
  return ev.lead || ev.unit || ev.cue || ev.city || ev.block;
}

/**
 * A house number of three to five digits (not a year) before a capitalised name and type: "4471 Maria Canyon",
 * "913 Johnson Hollow" read as an address without other evidence ("1000 Island Dressing" has no name before its type).
 */
const numberedName = (st: UsStreet) =>
  /^\d{3,5}[A-Ha-h]?$/.test(st.house) &&
  !/^(?:1[89]|20)\d\d$/.test(st.house) &&
  /^\p{Lu}\p{Ll}/u.test(st.type) &&
  !BUSINESS_TYPES.has(lower(st.type)) &&
  st.tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t));
/** Weak types that also end a business's name after an amount ("500 Chase Bank points"): numberedName skips them. */
const BUSINESS_TYPES = new Set(['bank', 'club', 'mall', 'center', 'centre', 'station', 'union', 'lodge']);

/** The words (with offsets) on the same line before `pos`, nearest last. */
function wordsBefore(text: string, pos: number, max: number): { word: string; start: number }[] {
  // Only the 80 characters before `pos` are looked at: searching the whole line would be quadratic on one-line files.
  const near = text.slice(Math.max(0, pos - 80), pos);
  const slice = near.slice(near.lastIndexOf('\n') + 1);
  const offset = pos - slice.length;
  const words: { word: string; start: number }[] = [];
  for (const m of slice.matchAll(/[^\s,;:!?()"“”]+/gu)) words.push({ word: m[0], start: offset + m.index });
  // Only the words directly before `pos` (no comma or other break in between) belong to the name.
  const out: { word: string; start: number }[] = [];
  let cursor = pos;
  for (let i = words.length - 1; i >= 0 && out.length < max; i--) {
    const w = words[i];
    const gap = text.slice(w.start + w.word.length, cursor);
    if (!/^[ \t]*$/.test(gap) && !(cursor === pos && /^,?[ \t]+$/.test(gap))) break;
    out.unshift(w);
    cursor = w.start;
  }
  return out;
}

/** A continental street before a house number, or undefined: "Koskikatu 25", "Via dei Fiorentini 17". */
/** A day or a month before a number is a date, not a street name: "on Tuesday 3 March", "14 Feb 1985" (streetBefore). */
const CALENDAR_WORDS = new Set([...MONTH_ABBREVIATIONS, 'sept', ...MONTH_NAMES, ...WEEKDAYS]);
/** A pronoun with its verb is no street name: "I'm 34 years old", "it's 5" (streetBefore). */
const CONTRACTED_PRONOUNS = [
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'it',
  'that',
  'there',
  'who',
];
const PRONOUN_CONTRACTION = new RegExp(String.raw`^${oneOf(CONTRACTED_PRONOUNS)}['’](?:m|s|re|ve|ll|d)$`, 'i');

/** Abbreviations a number follows in an address: "Apt. 157", "Ste. 200", "No. 4". */
const UNIT_ABBREVIATIONS = new Set(['apt', 'ste', 'no', 'nr', 'bldg', 'rm', 'fl', 'flr', 'dept']);

function streetBefore(analysis: TextAnalysis, numStart: number, numEnd: number): Candidate | undefined {
  const { text } = analysis;
  const words = wordsBefore(text, numStart, 5);
  // Keep the name-like tail: letters only, no function words except the particles inside names.
  let first = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].word;
    const lw = lower(w);
    if (!/^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u.test(w)) break;
    if (CONNECTORS.has(lw) && i < words.length - 1) {
      first = i;
      continue;
    }
    if ((NOT_NAME_WORDS.has(lw) && !PREFIXES.has(lw)) || CALENDAR_WORDS.has(lw) || PRONOUN_CONTRACTION.test(w)) break;
    first = i;
  }
  let name = words.slice(first);
  while (name.length && CONNECTORS.has(lower(name[0].word))) name = name.slice(1);
  if (!name.length) return undefined;
  const last = name[name.length - 1].word;
  const lastLow = lower(last);

  let kind: 'prefix' | 'ending' | 'risky' | 'generic' = 'generic';
  let startIdx = Math.max(0, name.length - 3);
  const prefixIdx = name.findIndex((w, i) => i < name.length - 1 && PREFIXES.has(lower(w.word)));
  const abbreviated = /\.$/.test(last) && ABBREVIATED_ENDINGS.has(lastLow);
  const ending = abbreviated
    ? lastLow
    : STREET_ENDINGS.find((e) => lastLow.endsWith(e) && (lastLow.length > e.length + 2 || lastLow === e));
  // "a rural station in Mayo. 2 cars, 1 cell": a full stop after a plain name ends the sentence before the number
  // (not after a unit's abbreviation: "913 Kim End Apt. 157")
  if (/\.$/.test(last) && !ending && !UNIT_ABBREVIATIONS.has(lastLow) && !name.some((w) => PREFIXES.has(lower(w.word)))) return undefined;
  if (prefixIdx >= 0) {
    kind = 'prefix';
    startIdx = prefixIdx;
    const p = lower(name[prefixIdx].word);
    const next = lower(name[prefixIdx + 1].word);
    // "Via Roma 131" needs support that "via email 5" lacks; "Via dei Fiorentini 17" carries its own particle.
    if (AMBIGUOUS_PREFIXES.has(p) && !CONNECTORS.has(next)) kind = 'risky';
  } else if (STRONG.has(lastLow) || (WEAK.has(lastLow) && !ending)) {
    // "Main Street 5", "Oak Park 2": English street types come after the number, not before it.
    return undefined;
  } else if (ending) {
    kind = RISKY_STREET_ENDINGS.has(ending) ? 'risky' : 'ending';
    // Separate-word types ("Rákóczi út", "Trenerys gate", "Király u.") take the capitalised words before them.
    startIdx = Math.max(0, name.length - (lastLow === ending ? 3 : 2));
    while (startIdx < name.length - 1 && !/^\p{Lu}/u.test(name[startIdx].word)) startIdx++;
  } else {
    // A plain name: capitalised words ("Edeby 55", "Bygget 64"), or one lowercase word in a lowercase form.
    while (startIdx < name.length - 1 && !/^\p{Lu}/u.test(name[startIdx].word)) startIdx++;
    if (name.slice(startIdx).some((w) => !/^\p{Lu}/u.test(w.word) && !CONNECTORS.has(lower(w.word)))) startIdx = name.length - 1;
  }
  const street = name.slice(startIdx);
  // "Route 9", "Gate 12", "Apollo 11": the name is something other than a street.
  if (NOT_STREET_NAMES.has(lower(street[0].word)) && kind !== 'ending') return undefined;
  const start = street[0].start;
  const ev = evidence(analysis, start, numEnd);
  const support = +ev.lead + +ev.unit + +ev.block + +ev.cue;
  const isYear = /^(?:1[89]|20)\d\d$/.test(text.slice(numEnd - 4, numEnd)) && !/\d{5}$/.test(text.slice(numEnd - 5, numEnd));
  const capitalised = street.every((w) => /^\p{Lu}/u.test(w.word) || CONNECTORS.has(lower(w.word)));
  let confidence = 0;
  // "Stockholm 2012", "Via Roma 2014": a year after a name needs the layout of an address, not just a cue.
  if (isYear && kind !== 'prefix' && !(ev.lead || ev.unit || ev.block)) return undefined;
  if (kind === 'prefix' || kind === 'ending') confidence = support ? 0.9 : 0.75;
  // a lone lowercase word that is also an English word ("or ring 555-…") needs a lead number or a unit, not a cue alone
  else if (kind === 'risky') confidence = (capitalised || street.length > 1 ? support : +ev.lead + +ev.unit) ? 0.8 : 0;
  else if (capitalised && (ev.cue || (ev.lead && (ev.unit || ev.block || ev.city)) || (ev.unit && ev.block))) confidence = 0.7;
  else if (!capitalised && street.length === 1 && ev.lead && ev.unit) confidence = 0.6;
  if (!confidence) return undefined;
  const lead = /(\d{2,6})[ \t]+$/.exec(before(text, start, 10));
  return { start: lead && ev.lead ? start - lead[0].length : start, end: numEnd, confidence };
}

/**
 * A numbered place that is not a house: the number belongs to the word before it, so a street after it is only
 * where that place is ("Pier 9 access road", "Gate 4 Service Rd", "Dock 3 Harbor Way", "Building 7 Main Street").
 * Units ("Flat 3, 112 Albemarle Rd") and Singapore blocks are left out: a house number may still follow them.
 */
const NUMBERED_PLACE_BEFORE =
  new RegExp(String.raw`(?<![\p{L}\p{N}])${oneOf([
      'pier',
      'gate',
      'dock',
      'berth',
      'building',
      'bldg',
      'hangar',
      'terminal',
      'platform',
      'bay',
      'slip',
      'shed',
      'warehouse',
      'hall',
      'level',
      'floor',
      'stand',
      'booth',
      'stall',
      'tower',
      'wing',
      'lock',
      'field',
      'pitch',
      'section',
      'zone',
      'sector',
      'area',
      'lot',
      'station',
      'camp',
      'site',
      'exit',
      'entrance',
      'door',
      'quay',
      'wharf',
      'jetty',
      'runway',
      'taxiway',
      'ward',
      // "Precinct 14 polling place moved"
      'precinct',
      'district',
      'route',
      'rte',
      'highway',
      'hwy',
      'phase',
      'stage',
      'lift',
      'elevator',
      'checkpoint',
      'post',
      'substation',
      'tank',
      'silo',
      'reservoir',
    ])}\.?[ \t]*(?:#|no\.?|number)?[ \t]*$`, 'iu');

const MONTH_BEFORE_WORDS = [...MONTH_ABBREVIATIONS, 'sept', ...MONTH_NAMES];

/** A month name right before the number: a date ("7 Aug 1991, place of birth …", "on June 14 Elm Street closes"). */
const MONTH_BEFORE = new RegExp(String.raw`(?<![\p{L}])${oneOf(MONTH_BEFORE_WORDS)}\.?,?[ \t]*$`, 'iu');

/** Is the house number a count, a rank, a date or a numbered place rather than the start of an address? */
function countLike(text: string, numStart: number, house: string): boolean {
  const head = before(text, numStart, 24);
  if ((COUNT_BEFORE.test(head) && !PLACED_AROUND.test(head)) || RANGE_BEFORE.test(head)) return true;
  if (NUMBERED_PLACE_BEFORE.test(head)) return true;
  const value = parseInt(house, 10);
  if (MONTH_BEFORE.test(head) && (value <= 31 || /^(?:1[89]|20)\d\d$/.test(house))) return true;
  return /^(?:1[89]|20)\d\d$/.test(house) && YEAR_BEFORE.test(head);
}

/**
 * A unit and number that also read as a day and month ("2/9", "5/22") start an address only after a word that
 * locates one ("at 5/22 Wattle Street", "flat is 3/14 Grosvenor St", "Unit 6/27"): "in connection with 2/9 Depot St
 * shooting" is a date.
 */
const SLASH_LEAD = /(?:\b(?:at|to|from|into|unit|flat|apt|apartment|address|is)|[:!])[ \t]*$/i;
function slashedDate(text: string, start: number, house: string): boolean {
  const slash = /^(\d{1,2})\/(\d{1,2})(?!\d)/.exec(house);
  if (!slash) return false;
  const [a, b] = [+slash[1]!, +slash[2]!];
  const dateLike = (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (a >= 1 && a <= 31 && b >= 1 && b <= 12);
  return dateLike && !SLASH_LEAD.test(before(text, start, 20)) && !ADDRESS_CUE.test(before(text, start, 60));
}

/** Words a street name may open on when capitalised, before another name word: "Old Quarry Road", "Little Collins St". */
const NAME_ADJECTIVES = new Set([
  'old',
  'new',
  'little',
  'great',
  'big',
  'high',
  'long',
  'upper',
  'lower',
  'middle',
]);
const nameAdjective = (tokens: string[], i: number) =>
  NAME_ADJECTIVES.has(lower(tokens[i]!)) && /^\p{Lu}\p{Ll}/u.test(tokens[i]!) && i + 1 < tokens.length && /^\p{Lu}/u.test(tokens[i + 1]!);

/**
 * Not a street: a count, a rank or a date before the number, words no street name holds, or prose before a
 * capitalised type ("the 3 main reasons Street").
 */
const EVERYDAY_NOUN_TYPE = new Set(EVERYDAY_NOUN_TYPES);
/** A show's or a book's title written as an address (issue 11): "21 Jump Street was on last night". */
const SCREEN_TITLE = new RegExp(String.raw`^(?:${oneOf(SCREEN_TITLE_ADDRESSES)})\b`, 'i');

const notUsStreet: Veto<CueText> = (m, c) => {
  const st = usStreetAt(m, c);
  if (!st) return true;
  const { text } = c;
  const { lead, house, tokens, type } = st;
  if (countLike(text, m.index, lead ?? house) || slashedDate(text, m.index, house)) return true;
  if (SCREEN_TITLE.test(text.slice(m.index))) return true;
  const lowercase = tokens.some((t) => /^\p{Ll}/u.test(t));
  // "Foot pursuit through 4 back gardens": an everyday noun in lower case, name and all, in a capitalised draft
  const allLower = tokens.every((t) => !/^\p{Lu}/u.test(t)) && /^\p{Ll}/u.test(type);
  if (allLower && EVERYDAY_NOUN_TYPE.has(type) && /^\P{L}*\p{Lu}/u.test(text)) return true;
  if (tokens.some((t, i) => NOT_NAME_WORDS.has(lower(t)) && !/^(?:St|Mt|Ft)\.?$/.test(t) && !nameAdjective(tokens, i))) return true;
  if (tokens.every((t) => CONNECTORS.has(lower(t)))) return true;
  // An all-lowercase draft ("221 river rd") is fine; lowercase words before a capitalised type are prose.
  if (lowercase && (!STRONG.has(lower(type)) || /^\p{Lu}/u.test(type) || tokens.some((t) => /^\p{Lu}/u.test(t)))) return true;
  // "3 Elm Street cafes", not "742 Poplar Lane. Lots of books" (a new sentence after the type's full stop)
  const after = text.slice(st.end, st.end + 20);
  return PLURAL_AFTER.test(after) && !(text[st.end - 1] === '.' && /^[ \t]+\p{Lu}/u.test(after));
};

/** A span widened over the unit before it ("Apt 4, ") and the unit, postal line and block lines after it. */
function addressSpan(text: string, start: number, end: number): { start: number; end: number } {
  const tail = extendTail(text, end);
  const unit = UNIT_BEFORE.exec(before(text, start, 24));
  return { start: unit ? start - unit[0].length : start, end: tail };
}

/** NUMBER_THEN_PREFIX's street name, kept up to the first word that cannot be part of it; undefined when none is left. */
const prefixNameEnd = perMatch((m: RegExpExecArray, c: AddressText): number | undefined => {
  const prefix = lower(m[2]);
  const nameWords = m[3].split(/[ \t]+/);
  let keep = 0;
  let capitalised = false;
  for (const w of nameWords) {
    const lw = lower(w);
    if ((NOT_NAME_WORDS.has(lw) && !CONNECTORS.has(lw)) || /^\d/.test(w)) break;
    // "29 Rue de la République now": once the name is capitalised, a lowercase word other than a particle ends it.
    if (capitalised && /^\p{Ll}/u.test(w) && !CONNECTORS.has(lw)) break;
    if (/^\p{Lu}/u.test(w)) capitalised = true;
    keep++;
  }
  while (keep > 0 && CONNECTORS.has(lower(nameWords[keep - 1]))) keep--;
  if (!keep) return undefined;
  const kept = nameWords.slice(0, keep);
  // "Place de la Concorde", "Avenue of the Americas": a particle counts when a name follows it, not in prose
  // ("1991, place of birth").
  const firstName = kept.find((w) => !CONNECTORS.has(lower(w)));
  const hasParticle = kept.some((w) => CONNECTORS.has(lower(w))) && !!firstName && /^\p{Lu}/u.test(firstName);
  const ev = evidence(c.analysis, m.index, m.index + m[0].length);
  if (AMBIGUOUS_PREFIXES.has(prefix) && !hasParticle && !(ev.cue || ev.unit || ev.block || ev.city)) return undefined;
  const nameEnd = m.index + m[0].length - m[3].length + kept.join(' ').length;
  return c.text.slice(m.index + m[0].length - m[3].length, nameEnd) === kept.join(' ') ? nameEnd : m.index + m[0].length;
});

/** NUMBER_AFTER_NAME's street: the name before the number (undefined when it is no street). */
const streetBeforeNumber = perMatch((m: RegExpExecArray, c: AddressText) => {
  const numEnd = m.index + m[1].length + m[2].length;
  return streetBefore(c.analysis, m.index, numEnd);
});

/** UNIT_THEN_STREET's street: its last word a street type, the words before it a name ("Jones fork", not "Great view"). */
const unitStreetType = (m: RegExpExecArray): boolean => {
  const words = m[1].split(/[ \t]+/);
  const type = lower(words[words.length - 1]);
  const names = words.slice(0, -1);
  // "Apt 12, The Maltings": a close named with "The" (THE_TYPES)
  if (names.length === 1 && /^the$/i.test(names[0]!) && THE_TYPES.has(type)) return true;
  return (STRONG.has(type) || WEAK.has(type)) && names.every((w) => /^\p{Lu}/u.test(w) && !NOT_NAME_WORDS.has(lower(w)));
};

/**
 * STREET_THEN_UNIT's street: every word a name or a street type, the last a sure street type ("Kim Mews", "Elm Street",
 * not "Happy Birthday Kate"), and more of the address after the unit (a town, a postal line or a block line).
 */
const streetThenUnit = (m: RegExpExecArray, c: CueText): boolean => {
  const words = m[1].split(/[ \t]+/);
  const type = lower(words[words.length - 1]!);
  if (!STRONG.has(type) && !WEAK.has(type)) return false;
  if (words.some((w) => NOT_NAME_WORDS.has(lower(w)) && !STRONG.has(lower(w)) && !WEAK.has(lower(w)))) return false;
  const end = m.index + m[0].length;
  const unit = UNIT_AFTER.exec(c.text.slice(end, end + 40));
  return !!unit && extendTail(c.text, end) > end + unit[0].length;
};

/** Where BARE_STREET's house number starts. */
const bareNumberAt = (m: RegExpExecArray) => m.index + m[0].indexOf(m[2], m[1].length);

/**
 * The rows, walked in order; an address found twice (a street and a numbered road over the same words) is merged
 * after the walk and keeps its surest reading's name. The continental and bare readings skip a number a reading
 * before them already covers.
 */
const ADDRESS_CUES: CueRow<AddressText>[] = [
  {
    name: 'STREET',
    description: 'a house number, a name and a sure street type: "1423 Elm Street", "221 river rd"',
    pattern: US_HOUSE,
    vetoes: [notUsStreet, (m, c) => !STRONG.has(lower(usStreetAt(m, c)!.type))],
    span: (m, c) => addressSpan(c.text, m.index, usStreetAt(m, c)!.end),
    confidence: 0.9,
    examples: ['Finally moved in! Housewarming Saturday at 1423 Elm Street, Apt 2B. BYOB.', 'come thru 221 river rd after 8'],
  },
  {
    name: 'STREET_WEAK_TYPE',
    description: 'a street type from the published tables that is also a word ("Rise", "Chase", "Pde"), with an address\'s evidence (unit, cue, city, block)',
    pattern: US_HOUSE,
    vetoes: [
      notUsStreet,
      (m, c) => {
        const st = usStreetAt(m, c)!;
        if (STRONG.has(lower(st.type))) return true;
        const evidenced = hasEvidence(c.analysis, m.index, st.end) || numberedName(st);
        return !evidenced || st.tokens.some((t) => /^\p{Ll}/u.test(t));
      },
    ],
    span: (m, c) => addressSpan(c.text, m.index, usStreetAt(m, c)!.end),
    confidence: 0.75,
    examples: ['Our new place is 3 Ocean Rise, come by Sunday', 'Moved into 14 Hillside Pde, Unit 3 last week'],
  },
  {
    name: 'NUMBERED_ROAD',
    description: 'a house number on a numbered road or on Broadway: "4500 Highway 6", "1600 Broadway"',
    pattern: NUMBERED_ROAD,
    vetoes: [(m, c) => countLike(c.text, m.index, m[1])],
    span: (m, c) => addressSpan(c.text, m.index, m.index + m[0].length),
    confidence: 0.85,
    examples: ['The farm stand is at 4500 Highway 6, open till dusk'],
  },
  {
    name: 'NUMBER_THEN_PREFIX',
    description: 'French/Latin layout, number first: "29 Rue de Tanger", "12 Avenue of the Americas"',
    pattern: NUMBER_THEN_PREFIX,
    vetoes: [(m, c) => countLike(c.text, m.index, m[1]), (m, c) => prefixNameEnd(m, c) === undefined],
    span: (m, c) => addressSpan(c.text, m.index, prefixNameEnd(m, c)!),
    confidence: 0.85,
    examples: ['Our Paris flat is at 29 Rue de Tanger, second floor'],
  },
  {
    name: 'NUMBER_AFTER_NAME',
    description: 'continental layout, the number after the street name: "Koskikatu 25", "Rua Diadema 1903"',
    pattern: NUMBER_AFTER_NAME,
    vetoes: [
      (m, _c, made) => overlapsMade(made, m.index + m[1].length, m.index + m[1].length + 1),
      (m, c) => !streetBeforeNumber(m, c),
      // an Australian town, state and postcode after the street: "12 Acacia Cct, Kellyville NSW 2155" (a postal line,
      // read as a street once the post holds an address cue)
      (m, c) => AU_POSTAL_LINE.test(c.text.slice(Math.max(0, m.index - 5), m.index + m[0].length)),
    ],
    span: (m, c) => {
      const st = streetBeforeNumber(m, c)!;
      return addressSpan(c.text, st.start, st.end);
    },
    confidence: (m, c) => streetBeforeNumber(m, c)!.confidence,
    examples: ['She lives at Koskikatu 25 now.', 'Our flat is at Via dei Fiorentini 17, third floor.'],
  },
  {
    name: 'BARE_STREET',
    description: 'a house number and a bare street name after a locating word: "I live at 45 Elmwood and…", "at 1207 Sycamore,"',
    pattern: BARE_STREET,
    vetoes: [
      (m, _c, made) => overlapsMade(made, bareNumberAt(m), bareNumberAt(m) + m[0].length),
      (m) => m[3].split(/[ \t]+/).some((w) => NOT_NAME_WORDS.has(lower(w)) || NOT_BARE_NAMES.has(lower(w)) || NOT_STREET_NAMES.has(lower(w)) || STRONG.has(lower(w))),
      (m, c) => {
        const [, cue, house, name] = m;
        const residence = RESIDENCE_CUE.test(c.analysis.sentenceBefore(m.index + cue.length, 50, 'paragraph')) || /^address/i.test(cue);
        const year = /^(?:1[89]|20)\d\d$/.test(house);
        // Without a residence word: "at 1207 Sycamore," — one name word closing the phrase, not a plural ("at 300 Spartans").
        const closes = /^[ \t]*[,.;!]/.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 3));
        // Not a house number: too short or long, a year, or a cue other than "at".
        const notHouse = house.length < 3 || house.length > 5 || year || !/^at$/i.test(cue);
        // Not a street name closing the phrase: several words, nothing after it closing it, or a plural.
        const notStreet = name.split(/[ \t]+/).length > 1 || !closes || /s$/.test(name);
        return !residence && (notHouse || notStreet);
      },
      (m, c) => countLike(c.text, bareNumberAt(m), m[2]),
    ],
    span: (m, c) => addressSpan(c.text, bareNumberAt(m), m.index + m[0].length),
    confidence: 0.6,
    examples: ['Come by, I live at 45 Elmwood and the door is open'],
  },
  {
    name: 'NUMBER_ON_STREET',
    description: 'a house number said as "number N on" a street: "Come by number 42 on Hollis Street"',
    pattern: NUMBER_ON_STREET,
    vetoes: [(m, _c, made) => overlapsMade(made, m.index, m.index + m[0].length)],
    span: (m, c) => addressSpan(c.text, m.index, m.index + m[0].length),
    confidence: 0.8,
    examples: ['Come by number 42 on Hollis Street after shift, the boys are doing wings'],
  },
  {
    name: 'BOX',
    description: 'PO boxes and US military mail: "PO Box 1234", "PSC 3294, Box 9168 APO AA 61487"',
    pattern: BOX,
    span: (m, c) => addressSpan(c.text, m.index, m.index + m[0].length),
    confidence: 0.9,
    messageId: 'box',
    examples: ['Send the forms to PO Box 4471, Harbor City.'],
  },
  {
    name: 'UNIT_THEN_STREET',
    description: 'a unit, then its street on the next line or after a comma: "Flat 12\\nJones fork", "Studio 83, Smith Lodge"',
    pattern: UNIT_THEN_STREET,
    vetoes: [(m, _c, made) => overlapsMade(made, m.index, m.index + m[0].length), (m) => !unitStreetType(m)],
    span: (m, c) => addressSpan(c.text, m.index, m.index + m[0].length),
    confidence: 0.75,
    examples: ['My address is Flat 12\nJones fork\nNew Sarahview'],
  },
  {
    name: 'STREET_THEN_UNIT',
    description: 'a street without a house number, its unit after it and the town below: "Kim Mews\\n Apt. 412\\n Port Jennifer"',
    pattern: STREET_THEN_UNIT,
    vetoes: [(m, _c, made) => overlapsMade(made, m.index, m.index + m[0].length), (m, c) => !streetThenUnit(m, c)],
    span: (m, c) => addressSpan(c.text, m.index, m.index + m[0].length),
    confidence: 0.7,
    examples: ['Deliver to: Garcia Crossroad\n Apt. 412\n Port Jennifer\n Tunisia 44101'],
  },
  {
    name: 'THE_STREET',
    description: 'a house number and a street named "The …", with an address\'s evidence: "6 The Crescent, Leeds"',
    pattern: THE_STREET,
    vetoes: [
      (m, _c, made) => overlapsMade(made, m.index, m.index + m[0].length),
      (m) => !(STRONG.has(lower(m[2])) || WEAK.has(lower(m[2])) || THE_TYPES.has(lower(m[2]))),
      (m, c) => countLike(c.text, m.index, m[1]),
      (m, c) => !hasEvidence(c.analysis, m.index, m.index + m[0].length),
    ],
    span: (m, c) => addressSpan(c.text, m.index, m.index + m[0].length),
    confidence: 0.75,
    examples: ['Drinks at mine, 6 The Crescent, Leeds LS6 2NP'],
  },
  {
    name: 'BARE_BOX',
    description: 'a box without "PO", with its town and postcode: "Box 223, Tofino BC V0R 2Z0"',
    pattern: BARE_BOX,
    vetoes: [(m, _c, made) => overlapsMade(made, m.index, m.index + m[0].length)],
    span: (m, c) => addressSpan(c.text, m.index, m.index + m[0].length),
    confidence: 0.8,
    messageId: 'box',
    examples: ['Forward the post to Box 41, Alice Springs NT 0871 till June'],
  },
];

/** Flags street addresses with a house number, PO boxes and military mail addresses. */
export const address: TextDetector = {
  kind: 'text',
  id: 'pii/address',
  title: 'Street address',
  description:
    'A street-level address: a house number with a street ("1423 Elm Street, Apt 2B", "Via Roma 131"), a PO box or ' +
    'a military mail address. A street name alone, an intersection, a highway or an apartment number without a ' +
    'street is not reported.',
  messages: {
    default: 'Street address: a house number and street locate a person or a home.',
    box: 'Postal box address.',
    venue: 'Street address beside a public venue ({venue}): usually the venue\'s published address, but check it is not someone\'s home.',
  },
  examples: {
    tp: [
      'Finally moved in! Housewarming Saturday at 1423 Elm Street, Apt 2B. BYOB.',
      "If anyone wants the old couch, it's on the curb at 88 Birchwood Ln until Sunday.",
      { text: 'Drop off donations for the toy drive at 400 Commerce Blvd this week.', context: 'official' },
      "Officer Perrault's new address is 19 Harbor View Ct if you want to send a card.",
      'come thru 221 river rd after 8',
      // issue 11, session 21: an all-lowercase draft keeps a lowercase street of an everyday noun
      'party at 12 oak close from 8, bring a bottle',
      'Send the forms to PO Box 4471, Harbor City.',
      'New place: Apt 12, The Maltings, Bray, Co. Wicklow A98 X2E4',
      'Our postal address is RMB 4471, Bega NSW 2550',
      'Applications to Locked Bag 2000, Sydney NSW 2001',
      'Deliver to RR 2 Box 152, Millville, PA',
      'Our flat is at Via dei Fiorentini 17, third floor.',
      'Mail goes to 9 Orchard Hill Rd, Unit 2, Harbor City, NY 10001',
      'Party at 45-12 Bell Blvd tonight',
      'She lives at Koskikatu 25 now.',
      'Moved into 14 Hillside Pde, Unit 3 last week',
      'Our new place is 3 Ocean Rise, come by Sunday',
      'Moving nan into her unit at 5/22 Wattle Street next week',
      'Rummage sale this Sat at 19 Old Quarry Road, loads of baby clothes',
      'Parcels to 58 Rowan Walk please, not the old address',
      'Yard sale at 742 Poplar Lane. Lots of books.',
      'Please send it to Studio 83\nSmith lodge\nPort Jane',
      'Drinks at mine, 6 The Crescent, Leeds LS6 2NP',
      'Contact me at 4471 Maria Canyon or by phone',
      'The form lists 82 Garcia Cape as the home address',
      'The cabin: 1402 Lakeview Sideroad, Tiny ON',
      'Lost cat, ginger tom. Last seen around 212 Thornfield Road, please check your sheds!',
      'If anyone finds a brown wallet, please drop it to 73 Rathmore Park, reward for the cards',
      'Twins turn 8 on Saturday the 21st! Party at 9 Meadow View, 2pm.',
      // a relative's new home, a unit in the Australian style, a row of cottages to call in at (issue 11)
      "Nan's at 7 Clontarf Park now, she's dying for visitors, bring biscuits.",
      "Grandma's moved into U4/22 Beach Rd, Manly. Send her letters.",
      "Come by 3 Quarry Cottages Saturday, Nana's 80th and she wants everyone there.",
    ],
    fp: [
      'The number 42 bus on Hollis Street was late again.',
      // issue 11, session 21: prose in a capitalised draft, and a show's title
      'Chased him through 3 back gardens and over a shed roof. Lost him anyway.',
      '21 Jump Street is on tonight, forgot how good that film was',
      'Come by the park on Saturday, 3 bouncy castles and a barbecue.',
      'Around 200 Oak Street residents turned up to the meeting.',
      'He scored 3 goals at Park Cross on Saturday',
      { text: 'Traffic advisory: Main Street between 4th and 6th Ave is closed until 3 PM.', context: 'official' },
      'Meet us at the corner of Oak and 12th for the 5K tomorrow morning!',
      { text: 'We responded to a crash on Route 9 tonight. Please slow down.', context: 'official' },
      'My apartment is 4B, the buzzer is broken.',
      'It is a 3 minute walk from the station.',
      'Top 10 Wall Street firms are hiring.',
      'Apollo 11 launched in 1969 and Windows 10 came out in 2015.',
      'Gate 12 is closing, boarding now.',
      'Scored 2 goals on Park Road field tonight.',
      'A 2 way street with 4 lane traffic.',
      'We moved to Level 3 of the garage.',
      { text: 'Units responded to the 1400 block of Main St around 2 AM.', context: 'official' },
      'Road closed between 100 and 200 Oak Street until noon.',
      'There are 3 Elm Street cafes now.',
      { text: 'Dock 4 service road is closed, use Harbor Ave instead.', context: 'official' },
      'Date of birth 3 Feb 1987, place of birth Harbor City.',
      { text: 'Police need help locating two men in connection with 2/9 Depot St shooting.', context: 'official' },
      'Our granddaughter arrived on Tuesday 3 March at 6lb 2oz.',
      'New phone case arrived, I\'m 34 years old and it has cats on it.',
      'Come to my place, or ring 555-201-3388',
      'Apartment 4\nGreat view from the balcony',
      'That box 3, took me 2000 tries to open',
      'I have 500 Chase Bank points to spend',
      'Parking lot 4 Main Street side is closed',
      'Oak Avenue, Unit 12 is on scene now',
      'Paid RMB 4471 for the tour in Beijing, worth it',
      'Moving to a rural station in Mayo. 2 cars, 1 cell, 0 traffic lights',
    ],
  },
  // Structural: every form has a number next to a word ("1423 Elm", "Koskikatu 25"); three posts in four have none.
  // Anchored at the start of a token: starting at every digit of a long digit run was quadratic.
  trigger: /(?<![\p{L}\d½])[\p{L}½]*\d[\p{L}\d½]*[ \t,]+\p{L}|\p{L}[.,]?[ \t]+\d/u,
  cues: cuesOf(ADDRESS_CUES),
  detect(input, ctx) {
    const { text } = input;
    const found = walkCues(ADDRESS_CUES, { text, analysis: ctx.nlp(), reach: ctx.nlp().reach });
    // One finding per address: overlapping candidates merge into their union.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Match[] = [];
    for (const c of found) {
      const prev = out[out.length - 1];
      if (prev && c.start < prev.end) {
        prev.end = Math.max(prev.end, c.end);
        if (c.confidence > prev.confidence) prev.pattern = c.pattern;
        prev.confidence = Math.max(prev.confidence, c.confidence);
        continue;
      }
      out.push(c.messageId ? { ...c } : { start: c.start, end: c.end, confidence: c.confidence, pattern: c.pattern });
    }
    for (const m of out) {
      const venue = m.messageId ? undefined : venueBeside(text, m.start, m.end);
      if (venue) Object.assign(m, { messageId: 'venue', data: { venue }, severityCap: 'warning' });
    }
    // the agency's own addresses (its headquarters, its stations) are never anyone's personal information
    return out.filter((m) => !isAgencyAddress(text.slice(m.start, m.end), ctx.profile.agency));
  },
};

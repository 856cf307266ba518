// pii/phone: flags personal phone numbers (not agency, 911/311/988, tip or toll-free lines) under the model policy's "Specific personal information … c) Personal telephone numbers".
import type { TextDetector } from '../../core/types.js';
import type { TextAnalysis } from '../../nlp/index.js';
import { cuesOf, perMatch, walkCues, type CueRow, type CueText, type Veto } from '../cues.js';
import { isCommonWord, isGivenName, isPlace } from '../../nlp/people.js';
import { OWN_LINE, PRIVATE_CONTACT, agencyPhones, appealWords, before, officialAppeal, phoneDigits } from './shared.js';
import { oneOf } from '../vocab.js';
import { STRONG_RANKS, WEAK_RANKS } from '../vocab/ranks.js';
import { KIN } from '../vocab/relatives.js';
import { VENUE_WORDS } from './venue.js';
import { UNITS, ZERO_WORDS, digitOfWord } from '../vocab/numbers.js';
import { NOT_PERSONAL_TYPES, readPhone, regionOf, type PhoneReading } from './phone-reading.js';
import { venueBeside } from './venue.js';

/** One group of digits; a letter o between digits is a zero: "402", "4o2". */
const GROUP = String.raw`\d+(?:[oO]+\d+)*`;
/** A group after the first may also open with a letter o: "413-555-O182", "413 555 o182" (user test 27, U1-3). */
const LATER_GROUP = String.raw`[oO]*${GROUP}`;
/** What joins two groups: one space, or a dash or dot with spaces around it as tokenisers leave them. */
const JOIN = String.raw`(?:[ \u00a0]?[-.\u2010-\u2013][ \u00a0]?|[ \u00a0])`;

/**
 * A run of digit groups that could be a phone number: an optional "+", a first group (possibly an area code in
 * parentheses), further groups joined by one space, dash or dot (spaces around the dash as tokenisers leave them),
 * an optional trunk "(0)", and an extension. Runs glued to letters, currency signs or other numbers are skipped.
 * A letter o between digits, or opening a group after the first, is read as a zero ("555 4o2 7788", "413-555-O182"), and a slash may follow an area code ("030/1234567",
 * "555/402-7788"; a date's slashes join groups of one or two digits, or a year).
 * e.g. "(555) 402-7788", "555.402.7788", "+44 20 7946 0958", "+46 (0)8 928 571 38", "345-899-3560x4587",
 *      "(579)888-3058", "555 - 313 - 9921", "555 4o2 7788", "030/1234567"
 */
const CANDIDATE = new RegExp(
  String.raw`(?<![\w$€£¥+]|\d[.,/:-])(\+[ \u00a0]?)?(?:\(\d{1,5}\)[ \u00a0]?\d+|0\d{1,4}\/\d{3,}|\d{3}\/(?=\d{3}[-. ]\d{4}(?!\d))\d{3}|${GROUP})` +
    String.raw`(?:${JOIN}(?:\(0\)[ \u00a0]?)?${LATER_GROUP}|[ \u00a0]?\(\d{1,5}\)[ \u00a0]?\d+){0,6}(?:[ \u00a0]?(?:x|ext\.?|extension)[ \u00a0]?\d{1,6})?(?![\w%]|[.,/:-]\d)`,
  'g',
);

/** A candidate with its letter o's read as zeros ("555 4o2 7788" -> "555 402 7788", "413-555-O182" -> "413-555-0182"). */
const zeroed = (raw: string) => raw.replace(/(?<![A-Za-z])[oO]+(?=\d)/g, (o) => '0'.repeat(o.length));

/**
 * Words just before a number that say it is a phone number. The presidio-style labels ("Mobile:", "Desk:") and the
 * conversational ones ("call me at", "text me", "not answering at", "messages to", "my registered", "buzz me at",
 * "my new # is") and a phone emoji all count.
 * e.g. "call my cell 555 402 7788", "Phone:\n0490 75 40 81", "reach me on 9472 7916", "my digits are 555 0143", "📱 555 0143"
 */
/** Whose a number is: "my", "her", "our" (NUMBER_SIGN, NUMBER_OWNERS). */
const POSSESSIVES = [
  'my',
  'his',
  'her',
  'their',
  'our',
  'your',
];
/** "my new # is", "her cell #": the number sign after an owner. */
const NUMBER_SIGN = String.raw`\b${oneOf([...POSSESSIVES, 'new'])}\s+(?:new\s+)?(?:cell\s+|phone\s+|mobile\s+)?#`;
const PHONE_EMOJI = ['📱', '📞', '☎'];
const CUE_BEFORE = new RegExp(
  String.raw`(?:\b${oneOf([
    String.raw`call(?:ing|ed)?`,
    String.raw`text(?:ing)?`,
    'txt',
    'phone',
    'ph',
    'tel',
    'telephone',
    'mobile',
    'mob',
    String.raw`cell(?:phone)?`,
    'fax',
    'landline',
    'whatsapp',
    'signal',
    'sms',
    'number',
    'num',
    'reach',
    'ring',
    'dial',
    'contact',
    'registered',
    'answering',
    'messages?',
    'hmu',
    'hit me up',
    String.raw`hit me (?:on|at)`,
    'buzz',
    'ping',
    'digits',
    'msg',
    'get in touch',
    'hear from',
    String.raw`speak (?:to|with)`,
  ])}\b|\b(?:office|desk|home|work|direct|no)\.?\s*:|${NUMBER_SIGN}|${oneOf(PHONE_EMOJI)})[^\n\d]{0,24}\n?[^\n\d]{0,6}$`,
  'i',
);

/** Labels after a number in contact blocks (CUE_AFTER). */
const LABELS_AFTER = [
  'office',
  'fax',
  'mobile',
  'cell',
  'home',
  'work',
  'landline',
  'direct',
  'desk',
];
/** How to use a number, said after it in an advert: "call or text", "text only", "WhatsApp me" (CUE_AFTER). */
const USE_IT = [
  'call',
  'text',
  'txt',
  'ring',
  'whatsapp',
  'sms',
];
/**
 * A label right after the number, as in contact blocks, or how to use it, as in an advert.
 * e.g. "(37) 788-063-Office", "781 1704 office", "+1-984-182-0190 mobile", "555-0101 (cell)", "5558675309 call or txt",
 *      "555 8675309, text only"
 */
const CUE_AFTER = new RegExp(
  String.raw`^[ \t]*[-–(,]?[ \t]*(?:${oneOf(LABELS_AFTER)}|${oneOf(USE_IT)}(?:[ \t]*(?:or|/|&)[ \t]*${oneOf(USE_IT)})?(?:[ \t]+(?:only|me|us|anytime))?(?=[ \t]*(?:[,.!)]|$)))\b`,
  'i',
);

/** What an owner calls the line after "is my" (OWNED_AFTER), besides the contact-block labels: "is my number". */
const LINE_NAMES = [
  'number',
  'phone',
  'digits',
  'line',
];
/** What follows "my work"/"my home" when it is not a line: "is my home address", "is my work ID" (OWNED_AFTER). */
const NOT_A_LINE = [
  'address',
  'id',
  'account',
  'card',
  'pin',
  'code',
  'postcode',
  'zip',
  String.raw`ref(?:erence)?`,
  'plate',
  'badge',
  'serial',
  'order',
  'policy',
  'extension',
];
/**
 * Whose line it is, said right after a bare number (issue 11, user test #16): "5552047781 is my cell",
 * "555 402 7788 is her new mobile". Read over 40 characters, past CUE_AFTER's 16.
 */
const OWNED_AFTER = new RegExp(
  String.raw`^[ \t]*(?:is|'s|was)[ \t]+${oneOf(POSSESSIVES)}[ \t]+(?:new[ \t]+)?(?:${oneOf(LABELS_AFTER)}|${oneOf(LINE_NAMES)})\b(?![ \t]+${oneOf(NOT_A_LINE)}\b)`,
  'i',
);

/**
 * What else has a number: before "number"/"no"/"ID" these name an identifier, not a line ("army number 24119932",
 * "loyalty number 9184-2201", "patient ID 555 402 7788").
 */
const NUMBERED_KINDS = [
  'army',
  'service',
  'regimental',
  'personnel',
  'payroll',
  'staff',
  'employee',
  'student',
  'patient',
  'nhs',
  String.raw`national\s+insurance`,
  'ni',
  'tax',
  'vat',
  'policy',
  'claim',
  'customer',
  'member(?:ship)?',
  'loyalty',
  String.raw`rewards?`,
  String.raw`frequent\s+fl(?:y|i)er`,
  'locker',
  'seat',
  'table',
  'prisoner',
  'inmate',
  'library',
  'pension',
  'lottery',
  'parcel',
  'shipment',
  'collar',
  'warrant',
  'bib',
  'jersey',
  'race',
  'entry',
  'raffle',
  'stock',
  'product',
  'asset',
  'fleet',
];

/**
 * Identifier words that make a number on the same line something other than a phone number, unless a phone word
 * comes after them ("my credit card number is 675984103431", "licence number is 6940579", "Case #2026-11873").
 */
const ID_WORDS =
  new RegExp(String.raw`\b${oneOf([
      'case',
      'incident',
      'complaint',
      'docket',
      'badge',
      'shield',
      'tax reg(?:istry)?',
      'serial',
      String.raw`s\/n`,
      'order',
      'invoice',
      'account',
      'acct',
      String.raw`a\/c`,
      'iban',
      'routing',
      'sort code',
      'card',
      'visa',
      'mastercard',
      'amex',
      'ssn',
      'social security',
      'passport',
      'licen[cs]e',
      'plate',
      'registration',
      'vin',
      'ref(?:erence)?',
      'ticket',
      'confirmation',
      'tracking',
      'booking',
      'isbn',
      'issn',
      'doi',
      'sku',
      'zip',
      'postcode',
      String.raw`${oneOf(NUMBERED_KINDS)}\s+(?:number|num|nr|no|id)`,
    ])}\b`, 'gi');
/** Phone words that, placed after an identifier word, win back the number: "card lost, call me at 555-…". */
const PHONE_WORDS = [
  'call',
  'text',
  'txt',
  'phone',
  'tel',
  'telephone',
  'mobile',
  'cell',
  'fax',
  'landline',
  'whatsapp',
  'sms',
  'ring',
  'dial',
  'hmu',
];
const PHONE_WORD = new RegExp(String.raw`\b${oneOf(PHONE_WORDS)}\b`, 'gi');

/**
 * Words directly before a number that make it a count, a score or a place: only next to the number, since "Lost
 * cat, call 555-…" is still a phone number.
 * e.g. "score 110-98", "Room 555-3139", "Highway 555-313", "v 10.2.3.4", "population 1 234 567", "ID 5554027788"
 */
const NOT_PHONE_BEFORE =
  new RegExp(String.raw`\b${oneOf([
      'score',
      'scored',
      'won',
      'lost',
      'beat',
      'vote',
      'votes',
      'record',
      'population',
      'pop',
      'rank(?:ed)?',
      'page',
      'pages',
      'pp',
      'vol',
      'chapter',
      'room',
      'rm',
      'suite',
      'apt',
      'unit',
      'box',
      'year',
      'years',
      'route',
      'rte',
      'hwy',
      'highway',
      'interstate',
      'flight',
      'version',
      'ver',
      'v',
      'model',
      'part',
      'item',
      'lot',
      'pin',
      'code',
      'id',
      'ip',
      'star',
      'report',
      'file',
      'permit',
      'reg',
    ])}\b(?:\s*(?:number|num|nr|no|id)\b)?[\s#:.№-]*$`, 'i');

/**
 * A clause break between an identifier word and the number: the identifier is another thing's ("… event, 555-…"),
 * unless the identifier names its number ("tax reg number, 930112", "licence, number is 6940579").
 */
const CLAUSE_BREAK = /^(?![\s,:]*(?:number|num|nr|no\.?|#|id)\b)[^,;–—]*[,;–—]\s/i;
/** Someone's number named before the identifier word: "My mum's number if anyone needs her for the cake order:". */
const NUMBER_OWNERS = [...POSSESSIVES, String.raw`\p{L}+['’]s`];
const OWNED_NUMBER = new RegExp(String.raw`\b${oneOf(NUMBER_OWNERS)}\s+(?:new\s+|phone\s+|cell\s+|mobile\s+|home\s+)?(?:number|no\.|#)`, 'iu');

/** On the line before `at` (up to 100 characters), someone's number (OWNED_NUMBER). */
function ownedBefore(text: string, at: number): boolean {
  const lead = before(text, at, 100);
  return OWNED_NUMBER.test(lead.slice(lead.lastIndexOf('\n') + 1));
}

/** The end offset of the last match of `re` in `s`, or -1. */
function lastEnd(re: RegExp, s: string): number {
  let end = -1;
  for (const m of s.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/**
 * A number that starts an address ("17031 2202 Rissik St"): the common street types, capitalised as written (the
 * published tables in vocab/street-types.ts also hold everyday nouns a name can end on: "Park", "View", "Green").
 */
const ADDRESS_AFTER_TYPES = [
  'St',
  'Street',
  'Rd',
  'Road',
  'Ave',
  'Avenue',
  'Blvd',
  'Ln',
  'Lane',
  'Dr',
  'Drive',
  'Ct',
  'Court',
  'Way',
  'Pl',
  'Place',
];
const ADDRESS_AFTER = new RegExp(String.raw`^[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?[ \t]+${oneOf(ADDRESS_AFTER_TYPES)}\b`, 'u');

/**
 * Tip lines, hotlines and crisis lines are published numbers, not personal ones; so is the number an appeal for
 * information gives out.
 * e.g. "Crime Stoppers tip line 555-0188", "call our tipline at", "Suicide & Crisis Lifeline", "non-emergency line",
 *      "Anyone with information is asked to call 555-0142"
 */
const TIP_LINES = [
  'tip[ -]?lines?',
  'tip (?:number|hotline)',
  'tips? (?:to|at|line)',
  'anonymous(?:ly)?(?: tips?)?',
  'crime ?stoppers',
  'hot ?line',
  'help ?line',
  'life ?line',
  'crisis (?:line|text)',
  // a station's or a show's published line: "the radio station's request line was 555-1234"
  'request ?line',
  'non-?emergency',
  'poison control',
  'dispatch',
  'switchboard',
  '(?:with|have|has) (?:any )?information',
  'asked to (?:call|contact)',
];
const TIP_LINE = new RegExp(String.raw`\b${oneOf(TIP_LINES)}\b`, 'i');

/**
 * In an official post that asks for no information, a number passed on for one person: the reader is told to text
 * someone (a desk line is rung, a mobile is texted), or to ring "him" or "her". An appeal's "call or text Det. Arnold"
 * is the detective's work line (officialAppeal), so a post with appeal or tip-line words is left to it.
 * e.g. "For ride-along requests text Sgt. Harlan at", "Text Coach (and Officer) Rafi Danso on", "Questions? Call him on",
 *      "Questions? text Jun:" (a flyer's; user test 29, U29-9)
 */
const PASSED_ON = new RegExp(
  String.raw`\b(?:${oneOf(['text', 'txt', String.raw`whats\s?app`])}\s+(?!us\b|our\b|the\b|a\b)[^!?\n:]{1,40}?(?:\s+(?:on|at)\s*:?|:)|${oneOf(['call', 'ring', 'phone', 'reach', 'contact'])}\s+(?:him|her)\s+(?:on|at)\s*:?)\s*$`,
  'i',
);
const passedOn = (c: PhoneText, start: number) =>
  PASSED_ON.test(before(c.text, start, 80)) && !appealWords(c.text) && !TIP_LINE.test(c.text);

/**
 * In an official post, a number the sentence gives as a person's own rather than the department's (user test 27,
 * U2-1; Massachusetts IV.A.4.c: "Only official department contact information shall be posted"): the writer's own
 * ("Text me", "call me at"), or a private person's, named by a given name with no rank or unit ("call Karen at").
 * e.g. "Text me 413-555-0182 if u get lost", "Tips for the family: call Karen at 413-555-0148."
 */
const CALLEE_VERBS = ['call', 'text', 'txt', 'ring', 'phone', 'reach', 'contact', 'message', String.raw`whats\s?app`];
/** e.g. "Text me ", "call me at ", "text me after 6 on " */
const CALLEE_ME = new RegExp(String.raw`\b${oneOf(CALLEE_VERBS)}\s+me\b[^!?\n.]{0,30}?\s*$`, 'i');
/** e.g. "call Karen at ", "text Jean Cole on " (the verb in any case, the name capitalised: group 1 its given name) */
const CALLEE_NAMED = new RegExp(String.raw`\b(?:${CALLEE_VERBS.map((v) => `[${v[0]}${v[0].toUpperCase()}]${v.slice(1)}`).join('|')})\s+(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?\s+(?:at|on)\s*:?\s*$`, 'u');
/**
 * A number to text, straight after the word: a mobile, so a person's, in an official post that asks for no information
 * and names no tip line (an appeal's "call or text 555-…" is the unit's line; "Text us on" the department's).
 * e.g. the flyer's "or text 413-555-0133"
 */
const TEXT_TO = /\b(?:text|txt|sms)\s*:?\s*$/i;
const personalCallee = (c: PhoneText, start: number) => {
  const lead = before(c.text, start, 80);
  const line = lead.slice(lead.lastIndexOf('\n') + 1);
  const named = CALLEE_NAMED.exec(line);
  if (CALLEE_ME.test(line) || (named && isGivenName(named[1]) && !isPlace(named[1])) || privateCallee(c, start)) return true;
  return TEXT_TO.test(line) && !appealWords(c.text) && !TIP_LINE.test(c.text);
};

/** "can be reached at", "may be contacted on": the one who answers is the clause's subject. */
const REACHED = String.raw`(?:can|may|could|will|should)\s+be\s+(?:reached|contacted)`;
/** The words that end a callee's clause just before the number: "… at", "…, on", "… can be reached at:" (group 1: REACHED). */
const CALLEE_END = new RegExp(String.raw`,?\s+(?:(${REACHED})\s+)?(?:at|on)\s*:?\s*$`, 'i');
/** A verb that makes the words after it the one to call: "call", "contact", "texting", "reach". */
const CALL_VERB = new RegExp(String.raw`\b${oneOf(CALLEE_VERBS)}(?:s|ed|ing)?\b`, 'i');
/** A relative as the one to call, someone's: "call her mother at", "or her mother at", "the driver's husband, Paul, on". */
const KIN_CALLEE = new RegExp(String.raw`\b(?:my|his|her|their|your|the|\p{L}+['’]s)\s+(?:late\s+|elderly\s+)?${oneOf(KIN)},?(?:\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?,?$`, 'iu');
/** One person's line, called by a pronoun: "reach her at", "text him on", "call her at home on" (a person's, not a unit's). */
const PRONOUN_CALLEE = new RegExp(String.raw`\b${oneOf(CALLEE_VERBS)}(?:s|ed|ing)?\s+(?:him|her)\s+(?:at\s+(?:home|work)\s+)?(?:at|on)\s*:?\s*$`, 'i');
/** Up to three capitalised words ending the clause: the name run ("Witness Gloria Ruiz", "Mrs. Pettit", "Pam Okafor,"). */
const NAME_RUN = /(?:^|[^\p{L}'’.-])((?:\p{Lu}[\p{L}'’-]*\.?,?\s+){0,2}\p{Lu}[\p{L}'’-]*),?$/u;
/** A civil title before a surname: "Mrs. Pettit", "Ms. Jackson", "Pastor Walters" (a private person, named by title). */
const CIVIL_TITLES = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Pastor',
  'Rev',
  'Reverend',
];
const CIVIL_TITLE = new RegExp(String.raw`^${oneOf(CIVIL_TITLES)}\.?$`);
/**
 * A police rank or title just before a name, initials between: "Detective Amy Lin", "Det. J. Arnold", "our Community
 * Officer, Jane" (a member's work line). Weak titles only as written ("Agent", not "our estate agent").
 */
const INITIALS = String.raw`(?:\s+\p{Lu}\.)*`;
const STRONG_RANK_BEFORE = new RegExp(String.raw`\b${oneOf(STRONG_RANKS)}\.?,?${INITIALS}\s*$`, 'iu');
const WEAK_RANK_BEFORE = new RegExp(String.raw`\b${oneOf(WEAK_RANKS)}\.?,?${INITIALS}\s*$`, 'u');
const rankBefore = (s: string) => STRONG_RANK_BEFORE.test(s) || WEAK_RANK_BEFORE.test(s);
/** A venue's or a firm's name rather than a person's: "Grace Church", "Chase Bank". */
const VENUE_WORD = new Set(VENUE_WORDS);

/**
 * Whether the words before `head`'s end name a private person (no police rank or title before the name): a given
 * name with at most a surname after it ("Gloria Ruiz", "Linda"), or a civil title and a surname ("Mrs. Pettit").
 */
function privatePersonAtEnd(head: string): boolean {
  const run = NAME_RUN.exec(head);
  if (!run) return false;
  const words = run[1]!.split(/[\s,]+/).filter(Boolean);
  const lead = head.slice(0, run.index + run[0].length - run[1]!.length - (run[0].endsWith(',') ? 1 : 0));
  const g = words.findIndex((w) => isGivenName(w) && !isPlace(w));
  if (g < 0) {
    // "Mrs. Pettit", "the finder, Ms. Jackson,"
    return words.length === 2 && CIVIL_TITLE.test(words[0]!) && !rankBefore(lead);
  }
  const after = words.slice(g + 1);
  if (after.length > 1 || after.some((w) => isCommonWord(w) || VENUE_WORD.has(w.toLowerCase()))) return false;
  // the words of the run before the given name are titles too: "Witness Gloria Ruiz", "Detective Amy Lin"
  return !rankBefore(`${lead}${words.slice(0, g).join(' ')} `);
}

/**
 * In any account, a number the sentence gives as a private person's line, which an appeal's or a tip line's words do
 * not make the department's (user test 30, U30-2): someone's own line ("his cell"), a relative of someone's ("call
 * her mother at"), or a private person named with no police rank who answers it ("Witness Gloria Ruiz can be reached
 * at", "Contact coordinator Linda at", "the church's volunteer lead, Pam Okafor, on"), or one called by a pronoun
 * ("reach her at"); a ranked officer's line
 * ("contact Detective Amy Lin at") and a unit's or a firm's ("the Property Unit at", "Grace Church at") are not.
 */
function privateCallee(c: PhoneText, start: number): boolean {
  const sentence = c.analysis.sentenceBefore(start, 120, 'paragraph');
  if (OWN_LINE.test(sentence) || PRONOUN_CALLEE.test(sentence)) return true;
  const end = CALLEE_END.exec(sentence);
  if (!end) return false;
  const head = sentence.slice(0, end.index);
  if (!end[1] && !CALL_VERB.test(head)) return false;
  return KIN_CALLEE.test(head) || privatePersonAtEnd(head);
}

/** North American toll-free prefixes: hotlines and businesses, never someone's own phone. */
const TOLL_FREE = /^(?:800|888|877|866|855|844|833|822)/;

interface Shape {
  digits: string;
  groups: string[];
  plus: boolean;
}

function shapeOf(raw: string): Shape {
  const main = raw.replace(/[ \u00a0]?(?:x|ext\.?|extension)[ \u00a0]?\d{1,6}$/, '');
  const groups = main.replace(/\(0\)/g, ' ').match(/\d+/g) ?? [];
  return { digits: groups.join(''), groups, plus: raw.trimStart().startsWith('+') };
}

/**
 * North American 3-3-4 layout, optionally with a 1 in front.
 * e.g. "555-313-9921", "(555) 402-7788", "555.402.7788", "1-555-402-7788", "+1 555 402 7788"
 */
const NANP = /^(?:\+?1[ .-]?)?(?:\(\d{3}\)[ \u00a0]?|\d{3}(?:[ \u00a0]?[-.\u2010-\u2013][ \u00a0]?|[ \u00a0]))\d{3}(?:[ \u00a0]?[-.\u2010-\u2013][ \u00a0]?|[ \u00a0])\d{4}(?:[ \u00a0]?(?:x|ext\.?|extension)[ \u00a0]?\d{1,6})?$/;

/**
 * National layouts with a trunk 0 outside North America: UK and Australian mobiles, UK geographic numbers.
 * e.g. "07700 900482", "07700 900 482", "0491 570 156", "020 7946 0958", "0161 496 0000"
 */
const NATIONAL = /^(?:07\d{3}[ \u00a0-]?\d{3}[ \u00a0-]?\d{3}|04\d{2}[ \u00a0-]?\d{3}[ \u00a0-]?\d{3}|0[12]\d{1,3}[ \u00a0-]\d{3,4}[ \u00a0-]?\d{3,4})$/;

const isYear = (g: string) => /^(?:1[89]|20)\d\d$/.test(g);

/** Group layouts of dates, year ranges, SSNs, ZIP+4 codes, IP addresses and card numbers. */
function lookalike(raw: string, s: Shape): boolean {
  const g = s.groups;
  const lens = g.map((x) => x.length).join('-');
  // 2014-03-22, 03-22-1979, 22.03.1979, 27. 07. 2014
  if (g.length === 3 && lens === '4-2-2' && isYear(g[0])) return true;
  if (g.length === 3 && /^[12]-[12]-4$/.test(lens) && isYear(g[2]) && +g[0] <= 31 && +g[1] <= 31) return true;
  // 1990-1999, 2010 - 2012, 1991-92
  if (g.length === 2 && isYear(g[0]) && (isYear(g[1]) || g[1].length === 2) && !/\(/.test(raw)) return true;
  // 853-37-1694
  if (lens === '3-2-4' && /^\d{3}-\d{2}-\d{4}$/.test(raw)) return true;
  // 12345-6789
  if (lens === '5-4' && /^\d{5}-\d{4}$/.test(raw)) return true;
  // 192.168.10.254
  if (g.length === 4 && /^\d{1,3}(?:\.\d{1,3}){3}$/.test(raw)) return true;
  // 0800-1600 (a shift or opening hours)
  if (lens === '4-4' && g.every((x) => +x.slice(0, 2) <= 24 && +x.slice(2) <= 59)) return true;
  // 4111 1111 1111 1111, 3782 822463 10005
  if (lens === '4-4-4-4' || lens === '4-6-5' || lens === '4-6-4') return true;
  return false;
}

/** Digits said as words, as people dodge number filters: "five five five", "oh", "double seven". */
const DIGIT_WORD = oneOf([...ZERO_WORDS, ...UNITS]);
/** A digit said as a word: "five", "oh", "double seven". */
const SPELLED_WORD = String.raw`(?:(?:double|triple)[ \t]+)?${DIGIT_WORD}`;
const SPELLED_TOKEN = String.raw`(?:${SPELLED_WORD}|\d{1,4})`;
/**
 * A phone number spelled out, digit by digit, in words (digit groups may be mixed in); needs a phone cue before it.
 * e.g. "text her on five five five, two oh eight, four four one seven", "ring me on oh seven seven double oh …",
 *      "555 four oh two 7788"
 */
const SPELLED = new RegExp(String.raw`(?<![\p{L}\p{N}])${SPELLED_TOKEN}(?:[ \t]*[,.\-–/][ \t]*|[ \t]+)(?:${SPELLED_TOKEN}(?:[ \t]*[,\-–/][ \t]*|[ \t]+)){3,18}${SPELLED_TOKEN}(?![\p{L}\p{N}])`, 'giu');

/** The digits of a spelled-out number, or '' when it has fewer than three words (then it is an ordinary number). */
function spelledDigits(raw: string): string {
  let digits = '';
  let words = 0;
  for (const m of raw.toLowerCase().matchAll(/(double|triple)[ \t]+(\p{L}+)|\p{L}+|\d+/gu)) {
    if (m[1]) {
      digits += digitOfWord(m[2])!.repeat(m[1] === 'double' ? 2 : 3);
      words++;
    } else if (/^\d/.test(m[0])) digits += m[0];
    else {
      digits += digitOfWord(m[0]);
      words++;
    }
  }
  return words >= 3 ? digits : '';
}

/** What every row sees: the post and its analysis, the agency's own numbers (by digits) and the region the profile names. */
interface PhoneText extends CueText {
  analysis: TextAnalysis;
  agency: Set<string>;
  region: ReturnType<typeof regionOf>;
  official: boolean;
  /**
   * The metadata's reading of each candidate written the same way, read once per post: a pasted log repeating one
   * number thousands of times asked libphonenumber each time (user test 30, U30-5).
   */
  readings: Map<string, PhoneReading>;
}

type Layout = 'NANP' | 'LOCAL' | 'INTERNATIONAL' | 'NATIONAL' | 'REGION_LAYOUT' | 'CUED_DIGITS';

/**
 * A North American local number without its area code, 3-4 joined by a dash or a dot: "555-0177", "343.3609" (not a
 * space: "123 4567" is as often two counts). An exchange never starts with 0 or 1.
 */
const LOCAL = /^[2-9]\d{2}(?:[ \u00a0]?[-.\u2010-\u2013][ \u00a0]?)\d{4}$/;

/** A candidate's layout, read once: its digits, a phone word beside it, and which layout it is in (first that fits). */
const readCandidate = perMatch((m: RegExpExecArray, c: PhoneText) => {
  const raw = zeroed(m[0]);
  const end = m.index + raw.length;
  const s = shapeOf(raw);
  const n = s.digits.length;
  const cue = CUE_BEFORE.test(before(c.text, m.index, 40)) || CUE_AFTER.test(c.text.slice(end, end + 16)) || OWNED_AFTER.test(c.text.slice(end, end + 40));
  const intl = (s.plus && n >= 8) || (/^00\d/.test(s.digits) && n >= 11 && s.groups.length >= 2);
  const grouped = s.groups.length >= 2 && n >= 8;
  // The metadata is read only for what could be reported: a run of single digits ("1 1 1 1 …") never is.
  const reading = () => {
    let r = c.readings.get(raw);
    if (!r) c.readings.set(raw, (r = readPhone(raw, c.region)));
    return r;
  };
  let layout: Layout | undefined;
  if (NANP.test(raw) && s.groups.length >= 2) layout = 'NANP';
  else if (LOCAL.test(raw)) layout = 'LOCAL';
  else if (intl) layout = 'INTERNATIONAL';
  else if (NATIONAL.test(raw) && (n === 10 || n === 11)) layout = 'NATIONAL';
  // A number the metadata knows in some region's national layout ("(08) 7306 1098", "0478 010 783").
  else if (grouped && reading().valid) layout = 'REGION_LAYOUT';
  else if (cue && n <= 13) layout = 'CUED_DIGITS';
  return { s, n, cue, layout, reading: layout ? reading() : undefined };
});

/** Letters and a hyphen right before a number: a reference code's prefix ("IOPC-", "PSD-"), unless a phone word. */
const REFERENCE_CODE_BEFORE = /(?<![\p{L}])(?!(?:tel|mob|mobile|ph|phone|cell|fax|whatsapp|sms)-)\p{L}{2,6}-$/iu;
/** Not a personal number: its length, the agency's own numbers, toll-free lines, and what its layout and words say. */
const notPersonal: Veto<PhoneText> = (m, c) => notPersonalAt(zeroed(m[0]), m.index, m.index + m[0].length, c);

/** `notPersonal` for a number read as `raw` (its digits and layout) from the text between `start` and `end`. */
function notPersonalAt(raw: string, start: number, end: number, c: PhoneText): boolean {
  const s = shapeOf(raw);
  const n = s.digits.length;
  if (n < 7 || n > 15) return true;
  const d = phoneDigits(s.digits.replace(/^00?1(?=\d{10}$)/, ''));
  if (c.agency.has(d) || (d.length === 10 && TOLL_FREE.test(d)) || lookalike(raw, s)) return true;
  const lead = before(c.text, start, 40);
  // Only the number's own line: an address block above a phone line is not a label for it.
  const sameLine = lead.slice(lead.lastIndexOf('\n') + 1);
  const idAt = lastEnd(ID_WORDS, sameLine);
  // the identifier labels this number only in its own clause ("bike registration event, 555-277-8140" is a phone), and
  // not after someone's number ("My mum's number for the cake order: 0113 496 0721")
  if (idAt >= 0 && idAt > lastEnd(PHONE_WORD, sameLine) && !CLAUSE_BREAK.test(sameLine.slice(idAt)) && !ownedBefore(c.text, start - sameLine.length + idAt)) return true;
  if (NOT_PHONE_BEFORE.test(sameLine) || ADDRESS_AFTER.test(c.text.slice(end, end + 40))) return true;
  // a reference code's digits, glued to its letters by a hyphen (issue 11, train-x): "My complaint ref is
  // IOPC-2026-01183" after "I got his number" (not "Mob-07700 900318": a phone word)
  if (REFERENCE_CODE_BEFORE.test(c.text.slice(Math.max(0, start - 12), start))) return true;
  return (TIP_LINE.test(c.analysis.sentenceBefore(start, 60, 'paragraph')) && !privateCallee(c, start)) || (c.official && officialAppeal(c.analysis, start, end) && !PRIVATE_CONTACT.test(c.analysis.sentenceBefore(start, 120, 'paragraph')) && !passedOn(c, start) && !personalCallee(c, start));
}

/**
 * A number broken over two lines: a first part ending a line, the rest opening the next. Reported when the two
 * halves joined are a North American, national or international layout and a phone word stands before it.
 * e.g. "Text me on 555\n402 7788", "call 555-402-\n7788"
 */
const SPLIT = /(?<![\w$€£¥+]|\d[.,/:-])(\+?[\d() .-]{0,14}\d)[ \t]*[-.]?[ \t]*\n[ \t]*(\d[\d .-]{0,12}\d)(?![\w%]|[.,/:-]\d)/g;
/** The two halves of a SPLIT number on one line. */
const splitJoined = (m: RegExpExecArray) => `${m[1]} ${m[2]}`;
const splitLayout = (m: RegExpExecArray) => {
  const joined = splitJoined(m);
  return NANP.test(joined) || NATIONAL.test(joined) || (joined.startsWith('+') && joined.replace(/\D/g, '').length >= 8);
};

/**
 * Free, premium and shared-cost lines in any region, as the toll-free prefixes above in North America ("0808 2000
 * 247", "03454 04 05 06"); when the region is only a guess from the layout, a phone word before a line that is not
 * toll-free wins ("Phone: 083 564 9312" is a New Zealand UAN and an Irish mobile).
 */
const serviceLine: Veto<PhoneText> = (m, c) => {
  const { reading, cue } = readCandidate(m, c);
  return !!reading?.valid && !!reading.type && NOT_PERSONAL_TYPES.has(reading.type) && (reading.type === 'TOLL_FREE' || !reading.guessed || !cue);
};

/** A row per layout: the candidate is a personal number in that layout (the first layout that fits names it). */
function layoutRow(name: Layout, description: string, confidence: [cued: number, bare: number], examples: string[]): CueRow<PhoneText> {
  return {
    name,
    description,
    pattern: CANDIDATE,
    vetoes: [(m, c) => readCandidate(m, c).layout !== name, notPersonal, serviceLine],
    confidence: (m, c) => (readCandidate(m, c).cue ? confidence[0] : confidence[1]),
    examples,
  };
}

/**
 * In an official post, a number the department gives in an appeal or a call to action ("call 203-555-0190", "Anyone
 * with information call Det. Ruiz at 555-0142") that is not among the profile's `phone_numbers`: the layout rows leave
 * it as the department's line (officialAppeal), but only the numbers the profile lists are known to be (Massachusetts
 * IV.A.4.c: "Only official department contact information shall be posted"; user test 29, U29-9 / U2-1). Reported at
 * most as a warning (detect() caps it): the reviewer checks it is a department line, or adds it to phone_numbers. A
 * tip line named as one, a toll-free or service line and the profile's own numbers stay clean.
 */
const unlistedOfficial: Veto<PhoneText> = (m, c) => {
  const raw = zeroed(m[0]);
  const [start, end] = [m.index, m.index + m[0].length];
  // reported only where the official-appeal reading alone kept the layout rows quiet, and the post gives the number
  // bare: an appeal's number ("with info", "quote CAD 52") and one the department calls its own ("Text us on", "our
  // coordinator") are its units' lines, as the labels have it
  if (!c.official || !readCandidate(m, c).layout || !BARE_CALL.test(before(c.text, start, 40)) || appealWords(c.text) || TIP_LINE.test(c.text)) return true;
  // a helpline's number: "If you're experiencing family violence, help is available – call 1800 …"
  if (HELPLINE_BEFORE.test(before(c.text, start, 80))) return true;
  return !notPersonalAt(raw, start, end, c) || notPersonalAt(raw, start, end, { ...c, official: false }) || APPEAL_AFTER_NUMBER.test(c.text.slice(end, end + 40));
};
/** The number straight after the verb, nobody named as its owner: "call 203-555-0190", "Questions? Text: 555-…". */
const BARE_CALL = new RegExp(String.raw`\b${oneOf(['call', 'text', 'txt', 'ring', 'phone', 'contact', String.raw`call\s+or\s+text`])}\s*:?\s*$`, 'i');
/** A helpline named before the number: "help is available – call", "support line:", "for advice call". */
const HELPLINE_BEFORE = /\b(?:help(?:\s+is\s+available|\s?line)|support|advice|counsel+ing)\b[^.!?\n]{0,40}$/i;
/** What the number is for, after it: "for advice", "for support", "quoting CAD …" (a service's or a unit's line). */
const APPEAL_AFTER_NUMBER = /^[^.!?\n]{0,20}?\b(?:for\s+(?:advice|support|help)|quot(?:e|ing))\b/i;

/** The named patterns its findings carry (`data.pattern`): which reading made the candidate a phone number. */
const PHONE_CUES: CueRow<PhoneText>[] = [
  layoutRow('NANP', 'a North American number in groups: "(555) 010-4477", "555-010-4477"', [0.95, 0.85], ['Selling my truck, text me at 555-313-9921 if interested.']),
  {
    ...layoutRow('LOCAL', 'a North American local number, 3-4 with a dash or a dot: "555-0177", "343.3609"', [0.9, 0.75], ['Selling the boat trailer. 555-0177, cash only']),
    // with no phone word, a shop or a restaurant named before it gives its own line: "Best Thai takeaway in town, Lotus Garden, 555-0147"
    vetoes: [(m, c) => readCandidate(m, c).layout !== 'LOCAL', notPersonal, serviceLine, (m, c) => !readCandidate(m, c).cue && !!venueBeside(c.text, m.index, m.index + m[0].length)],
  },
  layoutRow('INTERNATIONAL', 'a number with a country code: "+44 121 184 6156", "0049 30 1234567"', [0.95, 0.85], ['Staying with my aunt in Birmingham, +44 121 184 6156']),
  layoutRow('NATIONAL', 'a national layout with a trunk 0: "020 7946 0018", "0478 010 783", "07700 900123"', [0.9, 0.8], ['Spare bike free to a good home, 07700 900123 after 6']),
  layoutRow('REGION_LAYOUT', 'a grouped number that libphonenumber\'s metadata knows in some region: "(08) 7306 1098", "09 123 4567"', [0.9, 0.8], ['Back in Adelaide, the landline is (08) 7306 1098']),
  layoutRow('CUED_DIGITS', 'a digit run after or before a phone word: "call me on 5550104477", "text 0104477"', [0.75, 0.75], ['call me 5554027788 after 6']),
  {
    name: 'SPLIT_LINE',
    description: 'a number broken over two lines after a phone word: "Text me on 555\\n402 7788"',
    pattern: SPLIT,
    vetoes: [
      (m) => !splitLayout(m),
      (m, c) => !CUE_BEFORE.test(before(c.text, m.index, 40)),
      (m, c) => notPersonalAt(splitJoined(m), m.index, m.index + m[0].length, c),
    ],
    confidence: 0.8,
    disjoint: true,
    examples: ['Text me on 555\n402 7788 after 6'],
  },
  {
    name: 'SPELLED',
    description: 'a number spelled out after a phone word: "text me five five five, oh one oh, four four seven seven"',
    pattern: SPELLED,
    vetoes: [
      (m, c) => {
        const raw = spelledRaw(m);
        const d = phoneDigits(spelledDigits(raw));
        // "one two three four five six seven" is counting, not a number.
        if (d.length < 7 || d.length > 13 || c.agency.has(d) || '01234567890'.includes(d) || '98765432109'.includes(d)) return true;
        return d.length === 10 && TOLL_FREE.test(d);
      },
      (m, c) => /^[ \t]*(?:hundred|thousand|million|grand|k)\b/i.test(c.text.slice(m.index + spelledRaw(m).length, m.index + spelledRaw(m).length + 12)),
      (m, c) => !CUE_BEFORE.test(before(c.text, m.index, 40)) || TIP_LINE.test(c.analysis.sentenceBefore(m.index, 60, 'paragraph')),
    ],
    span: (m) => ({ start: m.index, end: m.index + spelledRaw(m).length }),
    confidence: 0.7,
    disjoint: true,
    examples: ['text my sister on six one seven, two two oh, nine nine one three'],
  },
  {
    name: 'UNLISTED_OFFICIAL',
    description: 'on the official account, a number given as the department\'s that the profile\'s phone_numbers do not list: "call 203-555-0190" (at most a warning)',
    pattern: CANDIDATE,
    vetoes: [unlistedOfficial, serviceLine],
    confidence: 0.6,
    messageId: 'unlisted',
    disjoint: true,
  },
];

/** A spelled number without the separators after its last digit. */
const spelledRaw = (m: RegExpExecArray) => m[0].replace(/[ \t,.\-–/]+$/, '');

/** Flags personal phone numbers: the digits of the agency's own numbers, toll-free and tip lines are left alone. */
export const phone: TextDetector<Set<string>> = {
  kind: 'text',
  id: 'pii/phone',
  title: 'Phone number',
  description:
    'A personal telephone number in a common US, UK/Australian or international layout, or any number valid in a ' +
    "region's plan (libphonenumber metadata, the profile's agency.region first), or spelled out digit by " +
    'digit after a phone word ("text her on five five five, …"). The agency\'s own numbers (compared by ' +
    'digits), 911/311/988, toll-free, premium and shared-cost lines and numbers labelled as tip lines or hotlines are not reported; years, ' +
    'prices, dates, times, case and badge numbers are told apart by their layout and the words before them.',
  messages: {
    default: 'Personal phone number: keep contact numbers off public posts.',
    unlisted: "A phone number the agency profile's phone_numbers do not list: an official post gives only the department's own contact numbers (check it is one, and list it).",
  },
  examples: {
    tp: [
      // a phone word glued by a hyphen is still a phone (REFERENCE_CODE_BEFORE)
      'New mobile, Mob-07700 900318, old one is dead',
      'Selling the couch, 5558675309 call or text.',
      // whose line it is, after the number (OWNED_AFTER; user test #16)
      '5552047781 is my cell, text me after 6',
      '5554027788 is her new mobile if you need the keys',
      'Selling my truck, text me at 555-313-9921 if interested.',
      'Lost dog found near the park, call my cell 555 402 7788',
      'New number: (555) 402-7788, save it!',
      'My UK mobile while I travel: +44 20 7946 0958',
      'call me 5554027788 after 6',
      'Ring my sister on 555.214.9087 for the keys.',
      { text: 'Reporter contact for the story: +1-555-230-1188 ext 12', context: 'official' },
      { text: 'Lost keys at the fair? Call Coach Rivera on his cell, 555-310-2290.', context: 'official' },
      { text: 'Float entries: contact our parade volunteer Ann Cole at 555-201-7734.', context: 'official' },
      'Phone:\n0490 75 40 81',
      'Not answering at 555-0143, try the landline',
      'text my sister on six one seven, two two oh, nine nine one three',
      'Spare bike free to a good home, 07700 900123 after 6',
      'Back in Adelaide, the landline is (08) 7306 1098',
      'New mobile 0478 010 783, old one is gone',
      'Staying with my aunt in Birmingham, +44 121 184 6156',
      'Call me 555 4o2 7788 after work',
      'My number is 030/1234567 while I am in Berlin.',
      'Number is 555 four oh two 7788',
      { text: 'Found a wallet on Elm St. The owner can ring the finder, Pete, on 555-781-2290.', context: 'official' },
      { text: 'Questions about the junior league? Call Officer Ann Lee directly on 555-710-9921.', context: 'official' },
      { text: 'For ride-along requests text Sgt. Harlan at 555-318-0046.', context: 'official' },
      { text: 'Sgt. Bell runs the boxing club on Tuesdays. Questions? Call him on 555-0172.', context: 'official' },
      { text: 'A blue backpack was handed in. Parents can contact the lady who found it, Jean, on 555-719-2043.', context: 'official' },
      // a flyer's number to text someone by name (user test 29, U29-9), and an official post's bare number that the
      // profile does not list: at most a warning (Massachusetts IV.A.4.c; U2-1)
      { text: 'Recruiting day Saturday. Questions? text Jun: 203-555-0164', context: 'official', span: '203-555-0164', messageId: 'default' },
      { text: 'Bake sale at the station Saturday! Questions? call 203-555-0190', context: 'official', span: '203-555-0190', messageId: 'unlisted' },
      // a private person or a relative named as the one who answers, whatever appeal words the post has (user test 30, U30-2)
      { text: 'Witness Gloria Ruiz can be reached at 914-555-0187', context: 'official', span: '914-555-0187' },
      'Anyone with information call her mother at 914-555-0162.',
      'My new # is 555-0143, save it.',
      "Buzz me at 555-0143 when you're outside.",
      "Snow plough guy's number for anyone on our road, he's cheap and quick: 555-0124",
      'Ben said to text him about the bike registration event, 555-277-8140.',
      "My mum's number if anyone needs her for the cake order: 0113 496 0721",
    ],
    fp: [
      // a reference code's digits after a phone cue (issue 11, train-x)
      'Reporting PC 1672 for being a bully. I got his number. My complaint ref is IOPC-2026-01183.',
      'Logged 5558675309 calls this year, text us for stats.',
      'Best Thai takeaway in town, Lotus Garden, 555-0147. Tell them I sent you.',
      { text: 'Questions? Call (555) 014-3000 or 1 555 014 3000.', context: 'official' },
      { text: 'Anonymous tips: 1-800-555-0199. In an emergency dial 911.', context: 'official' },
      { text: 'Crime Stoppers tip line: 555-013-8477', context: 'official' },
      { text: "If you're experiencing family violence, help is available - call 1800 555 737 or 000 in an emergency.", context: 'official' },
      'Struggling? Call or text 988 any time.',
      'Case #2026-11873 is moving along.',
      'From 1990-1999 I lived in three states.',
      'Born 03-22-1979, graduated 2001.',
      'The new console costs $499.99 and ships 2024-11-15.',
      'Final score 3-1, and we play again at 7:30.',
      'Badge 4471 2290 was retired in the ceremony.',
      'Mail it to ZIP 02134-1234 please.',
      'Version 10.2.3.4 is out.',
      { text: 'Anyone with information is asked to call Det. Ruiz at 555-0142.', context: 'official' },
      { text: 'Anyone with information is asked to contact Detective Amy Lin at 555-0142.', context: 'official' },
      'Anyone with information call Grace Church at 914-555-0187',
      { text: 'Suspects shown in photos. Call 555-697-4911 w/info.', context: 'official' },
      { text: 'Seen this man? Contact Inv. Assistant S. Roldan at 555-433-1851 ext. 2214.', context: 'official' },
      { text: 'Info on the Amanda Cir shooting? Call or text Detective J. Arnold at (910) 824-9539.', context: 'official' },
      { text: 'Questions about the clinic? Text us on 555-470-2218.', context: 'official' },
      // The initial does not end the sentence, so "asked to contact" is the tip line's cue in any context.
      'Anyone with information is asked to contact Detective J. Olsen at (555) 709-1958',
      { text: 'Pls contact 020 7946 0123 quoting CAD 5200/25SEP.', context: 'official' },
      { text: 'Feeling unsafe in your home? Call 0161 200 1950 for advice.', context: 'official' },
      { text: 'Contact our volunteer coordinator at 555-204-1187.', context: 'official' },
      'Call between 0800-1600 hours on weekdays.',
      'Domestic abuse? Call free on 0808 2000 247, day or night.',
      'Check possible scams with the Citizens Advice Consumer Service on 03454 04 05 06',
      'Lost my licence, number is 6940579, and my card number is 4111 1111 1111 1111.',
      "My grandad's service number was 1010742, he never forgot it.",
      'Loyalty number 9184-2201, points for days.',
      'Patient ID 555 402 7788 was discharged.',
      'Dates 12/05/2024 to 19/05/2024 are booked.',
      "The radio station's request line was 555-1234 in every 90s movie.",
      'I still dream in radio codes and my tax reg number, 930112. 30 years will do that.',
      'Bib number 5550143 finished first.',
      // "my work" naming something other than a line (OWNED_AFTER's NOT_A_LINE)
      '55540277 is my work ID, the scanner never reads it.',
    ],
  },
  // Structural: a phone number needs at least seven digits in a row or in groups (joined by a line break, a slash or
  // a letter o read as zero too; most posts have none), or two
  // digit words in a row, read from SPELLED's own digit words.
  trigger: new RegExp(String.raw`\d(?:[ \u00a0().\-\u2010-\u2013\n/oO]{0,3}\d){6}|\b${SPELLED_WORD}[ \t,.-]+${SPELLED_WORD}\b`, 'i'),
  cues: cuesOf(PHONE_CUES),
  prepare: agencyPhones,
  detect(input, ctx) {
    const c = { text: input.text, analysis: ctx.nlp(), reach: ctx.nlp().reach, agency: ctx.prepared, region: regionOf(ctx.profile.agency.region), official: ctx.context === 'official', readings: new Map() };
    // an official post's unlisted number is for a reviewer to check, not an error (UNLISTED_OFFICIAL)
    return walkCues(PHONE_CUES, c)
      .map((m) => (m.pattern === 'UNLISTED_OFFICIAL' ? { ...m, severityCap: 'warning' as const } : m))
      .sort((a, b) => a.start - b.start);
  },
};

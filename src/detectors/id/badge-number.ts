// id/badge-number: flags an officer's badge, shield, tax registry, star or ID number; serves the clauses against
// disclosing one's own status and identification (NYPD P.G. 203-28 Additional Data ¶4, "own status").
import type { TextDetector } from '../../core/types.js';
import { cuesOf, walkCues, type CueRow, type CueText } from '../cues.js';
import { OTHER_JOB } from './police-words.js';
import { oneOf } from '../vocab.js';
import { STRONG_RANKS } from '../vocab/ranks.js';

/**
 * A badge-type word, an optional "number"/"no."/"#", then the number.
 * e.g. "badge #4471", "shield 12345", "tax reg 771204", "tax registry no. 918273", "Star #1123", "collar number 4521",
 * "badge number: 0387", "officer ID 55120", "lost my badge (#3068)", "my first shield number, 44821", "my old badge, 5510",
 * "my collar number's 4216", "Dad's Garda number was 10417", "RCMP regimental number 54012", "my warrant number is 2290"
 */
const NUMBERED = new RegExp(
  String.raw`(?<![\w#@/])(${oneOf([
    'badge',
    'shield',
    String.raw`tax[ -]?reg(?:istry)?\.?`,
    'star',
    'tin',
    'collar',
    'shoulder',
    'epaulette',
    String.raw`warrant\s+card`,
    String.raw`(?:officer|employee|badge|police|department|dept|personnel|member)\s+id`,
    // "warrant number", "Garda no." (the number word follows: "a warrant was served" is no badge)
    String.raw`(?:warrant|regimental|garda|police)(?=\s*(?:number|no\b|#))`,
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
    // the number, not a share, a score, a count or a range: "badge 4471", not "star 5 of 10", "shield 20%"
    String.raw`(?:is\s+|was\s+)?[:#]?\s?(\d{2,7})(?![\d,.\/-]*\d|\s*(?:%|x\b|pts?\b|points|followers|stars?\b|of\s+\d|\/|-\s*\d))`,
  'gi',
);

/**
 * A rank (and name) followed by a number in the badge position.
 * e.g. "Officer Morales #4471", "Sgt. Whitfield (#2231)", "Deputy #887"
 */
const RANK_NUMBER = new RegExp(String.raw`\b${oneOf(STRONG_RANKS)}\s+(?:[A-Z][\w'’-]+\s+){0,2}\(?#\s?(\d{2,7})\b`, 'g');

/**
 * A number pinned on, the badge left unsaid: "Pinned on #2218 fifteen years ago", "pinning on shield #30881".
 */
const PINNED = /\b(?:pinned|pin|pinning|pins)\s+(?:on\s+)?(?:(?:my|the|a)\s+)?(?:(?:badge|shield|star|tin)\s+)?#\s?(\d{2,7})\b/gi;

/**
 * A British or Australian rank abbreviation with a collar number before the surname: "PC 4471 Hughes", "PS 812
 * Okoro", "DC 2219 Blake" (capitals only: not "pc 2000 edition").
 */
const UK_COLLAR = /\b(?:PC|PS|DC|DS|PCSO|SC)\s?(\d{3,5})\s+(?=\p{Lu}\p{Ll})/gu;

/** Kinds of badge that carry numbers but identify nobody: games, scouting, events, apps. */
const NOT_AN_OFFICER_BADGE =
  /(?:scout|merit|foursquare|achievement|name|visitor|guest|press|conference|event|vip|level|xbox|steam|reddit|gold|silver|bronze|fitness|trophy|challenge|reader|con|comic-con|convention|festival|lanyard|attendee|exhibitor|registration|conference|expo|summit)\s*$/i;

/** Words near "star" that mean a rating, a radio station, a celebrity or a shape, not a badge. */
const NOT_A_STAR = /\b(?:rating|rated|review|hotel|fm|radio|movie|wars|trek|gold|rock|pop|reality|tv|lotto|lottery|player|all[- ]?star)\b/i;

/** Police words that make "star"/"ID"/"collar" numbers badge numbers. */
const POLICE_CONTEXT =
  /\b(?:police|cops?|officers?|sergeant|sgt|detective|deputy|trooper|precinct|pct|patrol|shift|academy|sworn|badge|shield|uniform|department|pd|district|beat|constable|force|retir\w*|on the job|sworn|years of service)\b/i;

/** Whose number it is, right before the keyword: "my", "his", "Dad's", "my late husband's", "RCMP". */
const POSSESSED = /(?:\b(?:my|his|her|their|our|your)|['’]s|\b(?:rcmp|garda|police))\s+(?:(?:old|first|new|late|original)\s+)?$/i;

/** A number that is really a year, a time or a quantity right after the keyword ("badge 2019 edition"). */
const NOT_A_NUMBER_AFTER = /^\s*(?:edition|event|conference|con|season|series|am|pm|hours?|hrs?|min|mins|minutes|days?|years?)\b/i;

/** The named patterns its findings carry (`data.pattern`), one per regex. */
// e.g. "badge #4471", "no. 12", "number: 0387": a number marker after the keyword
const keywordOf = (m: RegExpExecArray) => m[1]!.toLowerCase();
const explicit = (m: RegExpExecArray) => /#|n(?:o|um|br|umber)|:/i.test(m[2]!);
const around = (m: RegExpExecArray, c: CueText) => c.text.slice(Math.max(0, m.index - 80), Math.min(c.text.length, m.index + m[0].length + 80));
const COLLAR_WORDS = new Set(['collar', 'shoulder', 'epaulette']);
const OWN_NUMBER = /^(?:warrant|police|garda|regimental)$/;

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
      if (COLLAR_WORDS.has(keyword) || OWN_NUMBER.test(keyword)) return 0.8;
      return keyword.endsWith('id') ? 0.75 : 0.9;
    },
    vetoes: [
      (m, c) => NOT_AN_OFFICER_BADGE.test(c.text.slice(Math.max(0, m.index - 20), m.index)),
      (m, c) => NOT_A_NUMBER_AFTER.test(c.text.slice(m.index + m[0].length)),
      (m) => !explicit(m) && m[3]!.length < 3,
      // Words between the keyword and the number ("warrant card this morning, number 90817") only for the
      // unambiguous keywords: "star of the week, no. 12" is no badge.
      // ("star number, 3370" has only the marker before its comma)
      (m) =>
        /[a-z]{2,}\s*[,;(—–-]/i.test(m[2]!.replace(/^\s*(?:number|num|nbr|no)\b\.?(?=\s*[,:–—-])/i, '')) &&
        !/^(?:badge|shield|tax|warrant|collar|shoulder|epaulette)/.test(keywordOf(m)),
      // "tin" is slang for a badge only with a number marker and police words: "my tin, #4471" (not "tin #3 of 12")
      (m, c) => keywordOf(m) === 'tin' && (!explicit(m) || !POLICE_CONTEXT.test(around(m, c))),
      (m, c) => keywordOf(m) === 'star' && (NOT_A_STAR.test(around(m, c)) || !(explicit(m) || POLICE_CONTEXT.test(around(m, c)))),
      (m) => COLLAR_WORDS.has(keywordOf(m)) && !explicit(m),
      // "my warrant number is 2290", "Dad's Garda number": an officer's own number, said to be someone's; an arrest
      // warrant's number ("warrant no. 4471 was served") or a soldier's regimental number is not a badge.
      (m, c) => OWN_NUMBER.test(keywordOf(m)) && (!POSSESSED.test(c.text.slice(Math.max(0, m.index - 24), m.index)) || OTHER_JOB.test(around(m, c))),
      (m, c) => keywordOf(m) === 'regimental' && !POLICE_CONTEXT.test(around(m, c)) && !/\b(?:rcmp|mountie|garda|gendarm)/i.test(around(m, c)),
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
      '20 years ago today I pinned on badge #4471 for the first time.',
      'Shield 12345 retired today. End of an era.',
      'tax reg 771204 reporting for duty lol',
      'My badge number is 5521, look me up.',
      'Officer Morales #4471 was the first one on scene.',
      'Star #11235 signing off for the last time.',
      'Collar number 4521, proud to serve.',
      'Dad finally handed me his old shield, #30172, on graduation day.',
      { text: 'Please welcome Sgt. Whitfield (#2231) to the 5th Precinct.', context: 'official' },
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
    ],
    fp: [
      { text: 'Badge day at the academy! So proud of the new recruits.', context: 'official' },
      'Case #2026-11873 is finally moving.',
      'Weapon serial number 4471882 was logged at intake.',
      'My son earned his scout badge 3 times this year.',
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
    ],
  },
  patterns: [
    NUMBERED,
    RANK_NUMBER,
    PINNED,
    UK_COLLAR,
  ],
  cues: cuesOf(BADGE_CUES),
  detect(input) {
    return walkCues(BADGE_CUES, { text: input.text });
  },
};

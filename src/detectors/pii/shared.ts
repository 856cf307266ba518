/**
 * Helpers shared by the pii/* detectors: the agency's own contact details (which are never PII) and small text
 * windows around a candidate. Pure functions over the profile and the text; sentences come from the post's analysis.
 */
import type { AgencyProfile, Profile } from '../../core/types.js';
import type { TextAnalysis } from '../../nlp/index.js';
import { segmentIndexBefore } from '../../nlp/sentences.js';
import { oneOf } from '../vocab.js';
import { RANKS } from '../vocab/ranks.js';
import { RELATIVES } from '../vocab/relatives.js';

/**
 * The digits of a phone number, without a leading country code 1 on an 11-digit North American number, so
 * "(555) 010-2000", "555.010.2000" and "+1 555 010 2000" all compare equal.
 */
export function phoneDigits(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/**
 * The agency's published numbers as digit strings, plus their 7-digit local forms ("010-2000"). pii/phone's
 * `prepare`: the engine builds it once per profile.
 */
export function agencyPhones(profile: Profile): Set<string> {
  const set = new Set<string>();
  for (const n of profile.agency.phone_numbers) {
    const d = phoneDigits(n);
    if (!d) continue;
    set.add(d);
    if (d.length === 10) set.add(d.slice(3));
  }
  return set;
}

/** True when `domain` is one of the agency's e-mail domains or a subdomain of one (mail.riversidepd.gov). */
export function isAgencyDomain(domain: string, agency: AgencyProfile): boolean {
  const d = domain.toLowerCase().replace(/\.+$/, '');
  return agency.email_domains.some((raw) => {
    const a = raw.toLowerCase().replace(/^@/, '').replace(/\.+$/, '');
    return a !== '' && (d === a || d.endsWith(`.${a}`));
  });
}

/** An address as words: "1 Police Plaza, Cedar Ridge" -> "1 police plaza cedar ridge". */
const addressWords = (raw: string) => raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * True when a found address is one of the agency's own (`agency.addresses`: "HQ, 1 Police Plaza" on a toy-drive post),
 * either written in full or its first part (the number and street) (user test 29, U29-15).
 */
export function isAgencyAddress(found: string, agency: AgencyProfile): boolean {
  const f = addressWords(found);
  return !!f && (agency.addresses ?? []).some((raw) => {
    const a = addressWords(raw);
    return !!a && (a === f || a.startsWith(`${f} `) || f.startsWith(`${a} `));
  });
}

/** Up to `n` characters before `start`. */
export function before(text: string, start: number, n: number): string {
  return text.slice(Math.max(0, start - n), start);
}

/** Up to `n` characters after `end`. */
export function after(text: string, end: number, n: number): string {
  return text.slice(end, end + n);
}

/**
 * In an official post, a number or address the public is asked to call, text, e-mail or quote with information is the
 * department's business (its switchboard, a unit's or a detective's desk line, Crime Stoppers), not anyone's personal
 * contact (pii/phone, pii/email).
 * Read in the number's sentence, plus the one before when that is a question ("Info? Call 0300 123 8018").
 * e.g. "Call 910-343-3609 with info", "contact Det. C. Kempf at (910) 261-4871", "witnesses should call 0161 856 4741",
 *      "Investigation team 020 8246 9386", "@CLTCrimeStopper at 704-334-1600", "Det. Arnold 910.676.5793",
 *      "ℹ️ 828-252-1110" (an information or phone symbol labels the number; NFKC has folded ℹ️ to "i\ufe0f")
 */
const APPEAL_WORDS = new RegExp(
  String.raw`\b${oneOf([
    'report(?:ed|ing)?',
    'info(?:rmation)?',
    'tips?',
    'need your help',
    'whereabouts',
    'witness(?:es)?',
    'know (?:something|anything|who|where)',
    'recogni[sz]e[sd]?',
    'identify',
    'appeal(?:ing)?',
    'quot(?:e|ing)',
    'enquir(?:y|ies)',
    'number to call',
  ])}\b|[\u2139\u260e\u{1f4de}\u{1f4f1}\u{1f6c8}]|\bi\ufe0f`,
  'iu',
);

/**
 * In an official post, words that make a number or a free-mail box someone's own rather than the department's, beyond
 * the own line officialAppeal already reads ("on his cell"): "directly", or a private person who answers it (an
 * owner, a finder, a victim's relative), not a desk or a team of theirs. Read by pii/phone and pii/email.
 * e.g. "call Officer Dee Harris directly on", "ring its owner, June, on", "the driver's husband, Paul, on",
 *      "sent directly to them at findmarkbrennan@gmail.com"
 */
export const PRIVATE_CONTACT = new RegExp(
  String.raw`\b(?:${oneOf([
    'directly',
    'owner',
    'finder',
    // (issue 11, train-aa) the finder said as a clause: "contact the lady who found it, Jean, on"
    String.raw`who\s+found`,
    ...RELATIVES,
  ])})\b(?!\s+(?:coordinator|line|office|desk|team))`,
  'i',
);

/** Whether `text` has an appeal's or a tip's words anywhere ("info", "witnesses", "recognise", "quote"). */
export const appealWords = (text: string) => APPEAL_WORDS.test(text);

const CALL_TO_ACTION_WORDS = [
  'call',
  'contact',
  'ring',
  'phone',
  'text',
  'reach',
  'e-?mail',
];

const CALL_TO_ACTION_WORDS_2 = [
  'reporter',
  'journalist',
  'press',
  'media',
  'family',
  'owner',
  'victim',
  'organi[sz]er',
  'volunteer',
  'coach',
  'parent',
];

const CALL_TO_ACTION_WORDS_3 = [
  'coordinator',
  'line',
  'office',
  'desk',
  'team',
];
/**
 * A call to action whose object is the number ("call 0161…", "contact Det. J. Arnold at", "You can call:"), not a
 * noun ("Reporter contact for the story:") or someone outside the department ("contact the reporter, …", "call my cell").
 */
const CALL_TO_ACTION =
  new RegExp(String.raw`\b${oneOf(CALL_TO_ACTION_WORDS)}(?:ing)?\b(?! +(?:for|is|was|details|my|his|her|their|(?:the|our)\s+(?:[\w-]+\s+)?${oneOf(CALL_TO_ACTION_WORDS_2)}s?\b(?!\s+${oneOf(CALL_TO_ACTION_WORDS_3)}))\b)[^!?\n:]{0,50}:?\s*$`, 'i');

const OWN_LINE_WORDS = [
  'my',
  'his',
  'her',
  'their',
  String.raw`\p{Lu}[\p{L}'-]*['’]s`,
];

const OWN_LINE_WORDS_2 = [
  'cell(?:phone)?',
  'mobile',
  String.raw`home(?:\s+(?:phone|number|line))?`,
  String.raw`personal\s+(?:phone|number|line|e-?mail)`,
  String.raw`private\s+(?:number|line|e-?mail)`,
];
/**
 * Someone's own line, named as such just before the number: never the department's business, however the sentence
 * reads ("call Officer Sam Perrault on his cell at", "reach him on his personal mobile", "her home number:").
 */
export const OWN_LINE =
  new RegExp(String.raw`\b${oneOf(OWN_LINE_WORDS)}\s+(?:own\s+)?(?:personal\s+|private\s+)?${oneOf(OWN_LINE_WORDS_2)}(?:\s+(?:number|line|phone))?[\s,:\u2013-]*(?:(?:is|at|on)\s*:?\s*)?$`, 'iu');

const ANSWERED_BY_WORDS = [
  'team',
  'unit',
  'bureau',
  'office',
  'desk',
  'station',
  'garage',
  'department',
  'squad',
  'division',
  'cent(?:re|er)',
  'line',
];
/** Who answers the number: a unit, a ranked officer, an account ("Traffic Garage", "Det. Arnold", "@MetCC on"). */
const ANSWERED_BY = new RegExp(
  String.raw`(?:\b${oneOf(ANSWERED_BY_WORDS)}|\b${oneOf(RANKS)}\.?(?: [A-Z]\.)*(?: [A-Z][\w'-]+)+|@\w+)\s*(?:at|on)?\s*:?\s*$`,
);
const APPEAL_AFTER = /^[^.!?\n]{0,40}?\b(?:info(?:rmation)?|quot(?:e|ing)|tips?|whereabouts|if you (?:know|have|saw|see))\b/i;
/**
 * Whether the number at [start, end) is the one an official appeal asks the public to use. The words before it are
 * read in its `paragraph` unit (src/nlp/sentences.ts: a label on the line above belongs to it, "Det. J. Arnold\n
 * 910.676.5793"), at most 160 characters back.
 */
export function officialAppeal(analysis: TextAnalysis, start: number, end: number): boolean {
  const { text } = analysis;
  const floor = Math.max(0, start - 160);
  const units = analysis.sentences('paragraph');
  const i = segmentIndexBefore(units, start);
  const from = (k: number) => Math.max(floor, k >= 0 ? units[k]!.start : 0);
  let sentence = text.slice(from(i), start);
  const prev = i >= 1 && units[i - 1]!.end > floor ? units[i - 1]! : undefined;
  if (prev && !sentence.trim()) {
    // A number on a line of its own reads with the sentence above it ("Detectives need your help.\n\n 0208 7213 4005").
    sentence = text.slice(from(i - 1), prev.end);
  } else if (prev && /\?[.!?…]*["'”’)]*$/.test(text.slice(prev.start, prev.end))) {
    // A question just before ("Know something? Call …", "Did you see Dean? 0208 …") is part of the appeal.
    sentence = text.slice(from(i - 1), start);
  }
  if (OWN_LINE.test(sentence)) return false;
  return (
    APPEAL_WORDS.test(sentence) ||
    CALL_TO_ACTION.test(sentence) ||
    ANSWERED_BY.test(sentence) ||
    APPEAL_AFTER.test(text.slice(end, end + 60))
  );
}

// pii/email: flags personal e-mail addresses outside the agency's domains under the model policy's "Specific personal information … c) … e-mail addresses".
import type { AgencyProfile, Match, TextDetector } from '../../core/types.js';
import { cuesOf, walkCues, type CueRow, type CueText, type Veto } from '../cues.js';
import { PRIVATE_CONTACT, isAgencyDomain, officialAppeal } from './shared.js';
import { oneOf } from '../vocab.js';

/**
 * File extensions that follow an "@" in asset names ("logo@2x.png") rather than a mail domain.
 */
const FILE_TLDS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'bmp',
  'tif',
  'tiff',
  'heic',
  'pdf',
  'js',
  'ts',
  'css',
  'html',
  'json',
  'md',
  'txt',
  'zip',
  'mp4',
  'mov',
]);

/**
 * Top-level domains accepted where the address is not written as one token ("higgins @ foxtel. com",
 * "jane dot doe at example dot com"): there the TLD is the main evidence, so only common ones count.
 */
const COMMON_TLDS = [
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'mil',
  'int',
  'info',
  'biz',
  'io',
  'co',
  'me',
  'us',
  'uk',
  'ca',
  'au',
  'nz',
  'ie',
  'de',
  'fr',
  'nl',
  'be',
  'es',
  'it',
  'pt',
  'ch',
  'at',
  'se',
  'no',
  'dk',
  'fi',
  'pl',
  'cz',
  'ru',
  'br',
  'mx',
  'ar',
  'in',
  'jp',
  'za',
  'tv',
  'email',
  'mail',
];

/**
 * A plain address: local part, "@", one or more labels, an alphabetic TLD.
 * e.g. "dana.kowalski83@gmail.com", "j_smith+tips@mail.example.co.uk"
 */
const PLAIN = /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})\.)+[A-Za-z]{2,24})(?![\w-]|\.[A-Za-z0-9])/g;

/**
 * An address broken up by spaces around "@" or the dots, as tokenised or OCR'd text has it.
 * e.g. "higgins @ foxtel. com", "chloe @chloesmith . org"
 */
const SPACED = new RegExp(
  String.raw`(?<![\w.%+'’-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})[ \t]*@[ \t]*((?:[A-Za-z0-9][A-Za-z0-9-]{0,62}[ \t]?\.[ \t]?)+${oneOf(COMMON_TLDS)})(?![\w-])`,
  'gi',
);

/**
 * An address spelled out to dodge scrapers.
 * e.g. "jane.doe [at] example [dot] com", "jdoe (at) example (dot) org", "jane dot doe at example dot com"
 */
/** The dot before a spelled address's TLD: " dot ", "[dot]", "(dot)", "[.]". */
const SPELLED_DOT = String.raw`(?:\s*[\[({]\s*(?:dot|\.)\s*[\])}]\s*|\s+dot\s+)`;
const SPELLED = new RegExp(
  String.raw`(?<![\w.%+'’-])([A-Za-z0-9][A-Za-z0-9_%+-]*(?:(?:\.|\s*[\[(]dot[\])]\s*|\s+dot\s+)[A-Za-z0-9_%+-]+)*)\s*(?:[\[({]\s*at\s*[\])}]|\s+at\s+)\s*([A-Za-z0-9-]+(?:(?:\.|\s*[\[({]\s*dot\s*[\])}]\s*|\s+dot\s+)[A-Za-z0-9-]+)*${SPELLED_DOT}${oneOf(COMMON_TLDS)})\b`,
  'gi',
);

/**
 * An "(at)" in brackets with a written-out domain.
 * e.g. "jdoe(at)example.com", "j.doe [at] mail.example.org"
 */
const BRACKETED_AT =
  /(?<![\w.%+'’-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})\s*[\[({]\s*at\s*[\])}]\s*((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})\.)+[A-Za-z]{2,24})(?![\w-]|\.[A-Za-z0-9])/gi;

const PROSE_LOCAL_WORDS = [
  'me',
  'us',
  'him',
  'her',
  'them',
  'you',
  'it',
  'we',
  'i',
  'look',
  'looking',
  'see',
  'online',
  'site',
  'website',
  'visit',
  'go',
  'check',
  'follow',
  'following',
  'via',
  'to',
  'from',
  'thanks',
  'thx',
  'and',
  'with',
  'by',
  'cc',
  'rt',
  'hi',
  'hey',
  'at',
  'is',
  'of',
  'for',
  'on',
  'in',
  'the',
  'a',
  'says',
  'said',
  'ask',
  'tag',
  'dm',
  'shop',
  'order',
  'buy',
  'are',
  'am',
  'was',
  'were',
  'be',
  'been',
  'stay',
  'stayed',
  'work',
  'working',
  'home',
];

/**
 * Words that stand before " at " or " @ " in prose ("follow @someone.com", "look at example dot com"): not a
 * mailbox name.
 */
const PROSE_LOCAL =
  new RegExp(String.raw`^${oneOf(PROSE_LOCAL_WORDS)}$`, 'i');

function domainOf(spelled: string): string {
  return spelled.replace(/\s*[\[({]\s*(?:dot|\.)\s*[\])}]\s*|\s+dot\s+/gi, '.').replace(/\s+/g, '');
}

/**
 * Free mail services whose name is no everyday word: a mailbox written with the rest left off or spelled
 * ("jane.doe83 at gmail") is found by them (FREE_MAIL_BOX, whose prefilter keywords they are).
 */
const FREE_MAIL_NAMED = [
  'gmail',
  'googlemail',
  'yahoo',
  'ymail',
  'hotmail',
  'outlook',
  'aol',
  'icloud',
  'protonmail',
  'gmx',
  'btinternet',
];
/** Free mail services where anyone keeps a personal box: no agency's business address is there. */
const FREE_MAIL = [
  ...FREE_MAIL_NAMED,
  'live',
  'msn',
  'me',
  'mac',
  'proton',
  'sky',
  'virginmedia',
  'comcast',
];
/** An address at a free mail service, however written: "x@gmail.com", "x @ yahoo . co . uk", "x at hotmail dot com". */
const PERSONAL_MAIL = new RegExp(String.raw`(?:@|\bat\b|[\[({]\s*at\s*[\])}])\s*${oneOf(FREE_MAIL)}\s*(?:\.|\s*[\[({]?\s*dot\b)`, 'i');

/**
 * A person's box at a free mail service: a name with a dot or a number in it ("dana.k.home@outlook.com",
 * "deanmorrow1984@gmail.com"); a group's box there ("hillsidewatch@gmail.com") is still its business contact.
 */
function personalBox(address: string): boolean {
  const local = /^[^@\s\[({]+/.exec(address)?.[0] ?? '';
  if (WEBMAIL_HOST.test(address) && !ROLE_BOX.test(address.replace(/\s+/g, ''))) return true;
  return PERSONAL_MAIL.test(address) && /[a-z][._]|\d$/i.test(local);
}
/**
 * A host named as a mail service, not an organisation (lead, session 22, user test #3): "jdoe@mailbox.example.com" on
 * an official post is a person's box whatever its local part, unless a role's ("info@", "bookings@").
 */
const WEBMAIL_HOST = /@\s*(?:mailbox|webmail)\s*\./i;

/**
 * A mailbox named at a free mail service, with no TLD or with the "at" or the dot spelled: a name with a dot, a digit
 * or an underscore in it (what a mailbox looks like, not "me" or "home"), then "@", "at", "(at)" or, after a word for
 * e-mail, "on", then the service.
 * e.g. "jane.doe83 at gmail.com", "jane.doe83@gmail dot com", "email jane.doe83 at gmail", "my email's jdoe_83 on gmail"
 */
/** A top-level domain after a free mail service, plain or spelled: ".com", " dot co dot uk", "[.]com". */
const FREE_TLD = String.raw`(?:\.|\s*[\[({]\s*(?:dot|\.)\s*[\])}]\s*|\s+dot\s+)[A-Za-z]{2,6}`;
const SPELLED_AT = String.raw`(?:\s(?:at|AT)\s|\s*[\[({]\s*at\s*[\])}])`;
const FREE_MAIL_BOX = new RegExp(
  String.raw`(?<![\w.%+'’@-])((?=[A-Za-z0-9._%+-]*[._\d])[A-Za-z][A-Za-z0-9._%+-]{2,63})${oneOf([
    String.raw`\s*@\s*(${oneOf(FREE_MAIL_NAMED)})\b(?:${FREE_TLD}){0,2}`,
    String.raw`${SPELLED_AT}\s*(${oneOf(FREE_MAIL_NAMED)})\b(?:${FREE_TLD}){1,2}`,
    // after a word for e-mail, "at" or "on" the service alone: "email jane.doe83 at gmail", "my email's jdoe_83 on gmail"
    String.raw`(?<=\be-?mail\b[^!?\n]{0,30})(?:${SPELLED_AT}|\son\s)\s*(${oneOf(FREE_MAIL_NAMED)})\b(?:${FREE_TLD}){0,2}`,
  ])}(?![\w@-])`,
  'gi',
);

/**
 * A business's or a hall's role mailbox, the whole local part one of these words: no one person's address (issue 11):
 * "Email hello@ridgewaybakery.ie", "bookings@stcolumbashall.org", "the school office at office@stbrigidsns.ie" (a
 * person's box holds more than the role: "jrhollis.inquiries@gmail.com").
 */
const ROLE_MAILBOXES = [
  'info',
  'hello',
  'office',
  'bookings?',
  'enquiry',
  'enquiries',
  'inquiries',
  'admin',
  'contact',
  'sales',
  'support',
  'reception',
  'events',
  'orders',
  'hire',
  'secretary',
  'press',
  'membership',
  'tickets',
  'accounts',
  // an event's or a body's mailbox (issue 11, train-y): "The RSVP for the reunion is at reunion@stbrendans.ie", "Email the
  // council at planning@riversidecouncil.org", "email the organisers at stalls@riversidexmas.ie"
  'reunion',
  'planning',
  'stalls',
  'rsvp',
  'committee',
  'organi[sz]ers',
  'volunteers?',
  'registrations?',
  'entries',
  'feedback',
  'newsletter',
  'careers',
  'jobs',
];
const ROLE_BOX = new RegExp(String.raw`^${oneOf(ROLE_MAILBOXES)}@`, 'i');
/** Words a mailbox template is made of: "Use the format firstname.lastname@yourcompany.com" (issue 11). */
const TEMPLATE_WORDS = ['firstname', 'lastname', 'first', 'last', 'surname', 'name', 'yourname', 'username', 'initials?'];
/** A template, not an address: its local part only template words, or its domain "your...": "name@yourschool.org". */
const TEMPLATE_BOX = new RegExp(
  String.raw`^${oneOf(TEMPLATE_WORDS)}(?:[._-]${oneOf(TEMPLATE_WORDS)})*@|@your[a-z]*\.`,
  'i',
);

type EmailText = CueText & { agency: AgencyProfile };

/** A role mailbox or a template, however spaced: no one person's address. */
const noPersonsBox: Veto<EmailText> = (m) => {
  const box = m[0].replace(/\s+/g, '');
  return ROLE_BOX.test(box) || TEMPLATE_BOX.test(box);
};

const taken: Veto<EmailText> = (m, _c, made) => made.some((x) => m.index < x.end && x.start < m.index + m[0].length);
const prose: Veto<EmailText> = (m) => PROSE_LOCAL.test(m[1]);
const spelledAt = (c: EmailText) => /\bat\b|[\[({]\s*at\s*[\])}]/i.test(c.text);

const EMAIL_CUES: CueRow<EmailText>[] = [
  {
    name: 'PLAIN',
    description: 'a mailbox as one token: "dana.kowalski83@gmail.com" (not "logo@2x.png")',
    pattern: PLAIN,
    confidence: 0.95,
    vetoes: [
      (m) => FILE_TLDS.has(m[1].slice(m[1].lastIndexOf('.') + 1).toLowerCase()),
      (m, c) => isAgencyDomain(m[1], c.agency),
      noPersonsBox,
    ],
  },
  {
    name: 'SPACED',
    description: 'an address broken by spaces, as tokenised or OCR\'d text has it: "higgins @ foxtel. com"',
    pattern: SPACED,
    confidence: 0.7,
    vetoes: [taken, prose, (m, c) => isAgencyDomain(m[2].replace(/\s+/g, ''), c.agency), noPersonsBox],
  },
  {
    name: 'BRACKETED_AT',
    description: 'an "(at)" in brackets with a written domain: "jdoe(at)example.com"',
    pattern: BRACKETED_AT,
    confidence: 0.8,
    messageId: 'obfuscated',
    requires: spelledAt,
    vetoes: [taken, prose, (m, c) => isAgencyDomain(m[2], c.agency)],
  },
  {
    name: 'FREE_MAIL_BOX',
    description: 'a mailbox at a free mail service with the rest spelled or left off: "jane.doe83 at gmail.com", "email jdoe_83 on gmail"',
    pattern: FREE_MAIL_BOX,
    confidence: 0.75,
    messageId: 'obfuscated',
    vetoes: [taken, prose],
    examples: ['Drop me a line: jane.doe83 at gmail.com', 'my email is jane.doe83 on gmail, ask me anything'],
  },
  {
    name: 'SPELLED',
    description: 'an address spelled out to dodge scrapers: "jane dot doe at example dot com"',
    pattern: SPELLED,
    confidence: 0.75,
    messageId: 'obfuscated',
    requires: spelledAt,
    vetoes: [taken, prose, (m, c) => isAgencyDomain(domainOf(m[2]), c.agency)],
  },
];

/** Flags e-mail addresses outside the agency's own domains (and their subdomains). */
export const email: TextDetector = {
  kind: 'text',
  id: 'pii/email',
  title: 'E-mail address',
  description:
    'A personal e-mail address, also when spaced out or spelled "name at domain dot com". Addresses at the ' +
    "agency's own e-mail domains (and their subdomains) are not reported.",
  messages: {
    default: 'Personal e-mail address: keep contact details off public posts.',
    obfuscated: 'Spelled-out e-mail address: still a personal e-mail address.',
  },
  examples: {
    tp: [
      { text: 'Reach me directly at renee.w83@gmail.com for the carpool list.', span: 'renee.w83@gmail.com', messageId: 'default' },
      'Send the photos to hannah_runs+team@example.com and I will print them.',
      'Contact: s.perrault@mail.example.co.uk',
      'email me: jdoe1990 [at] example [dot] com',
      'my old address was jane dot doe at example dot com, still works',
      '(questions to marta.k@example.org)',
      { text: 'For interviews contact the reporter, tina.reyes@example.net.', context: 'official' },
      { text: 'Anyone with footage, please email it to PC Ray Lott at raylott1990@gmail.com.', context: 'official' },
      { text: 'The family of the missing hiker ask that information be sent directly to them at findmarkbrennan@gmail.com.', context: 'official' },
      // a person's box at a mail service's host on an official post (lead, session 22, user test #3)
      { text: 'Questions: call 555-013-4411 or email jdoe@mailbox.example.com', context: 'official' },
      'OCR of the flyer: higgins @ example. com',
      'jane.doe83[at]gmail[.]com for the roster',
      'email jane.doe83 at gmail if you want the rota',
    ],
    fp: [
      // issue 11, session 21: an event's and a council's mailboxes
      'Class of 2004 reunion: RSVP to reunion@stmarkshigh.org by Friday.',
      'Object to the new car park: email planning@lakesidecouncil.gov.uk before the 3rd.',
      { text: 'Recognise this man? Contact Detective Phillips at tphillips@examplecounty.org with information.', context: 'official' },
      { text: 'Questions? Email info@harborcitypd.example.gov.', context: 'official' },
      { text: 'Questions? Email info@mailbox.example.com.', context: 'official' },
      { text: 'Anyone with footage, please email hillsidewatch@gmail.com.', context: 'official' },
      { text: 'Records requests: records@foia.harborcitypd.example.gov', context: 'official' },
      'Follow @HarborCityPD for updates.',
      'Shoutout to @renee_w and @hannah_runs for the coffee.',
      'Retina asset is logo@2x.png in the repo.',
      'We are at home dot watching the game.',
      'Meet me at the gym at 6.',
      'Install it with npm i clearpost@1.2.3 today.',
      'I switched my 2fa at outlook yesterday.',
      'my email is on gmail, DM me for it',
      // a role mailbox, a template (issue 11)
      'Bookings now open! Email hello@ridgewaybakery.ie or call into the shop.',
      'Use the format firstname.lastname@yourcompany.com when you sign up.',
    ],
  },
  // Structural: every form needs a mailbox "x@domain.tld" (maybe spaced), a bracketed "(at)" or a spelled "dot"; a bare
  // "@handle" does not pass, e.g. "a@b.co", "higgins @ foxtel. com", "jdoe(at)example.com", "jane at example dot com".
  trigger: /[\w.%+-][ \t]*@[ \t]*[\w-]+[ \t]?\.[ \t]?[a-z]|[\[({]\s*at\s*[\])}]|\bdot\s+[a-z]/i,
  // the free mail services' names reach FREE_MAIL_BOX, which the trigger may not ("jane.doe83 at gmail")
  patterns: [FREE_MAIL_BOX],
  cues: cuesOf(EMAIL_CUES),
  detect(input, ctx) {
    const out = walkCues(EMAIL_CUES, { text: input.text, agency: ctx.profile.agency, reach: ctx.nlp().reach });
    // An official post's "e-mail X with information" gives the public a business contact (see officialAppeal), unless
    // the box is a personal one at a free mail service ("email PC Morrow at deanmorrow1984@gmail.com").
    // A free-mail box passed on for a private person is theirs too: "sent directly to them at findmarkbrennan@gmail.com".
    const privateBox = (m: Match) => PERSONAL_MAIL.test(input.text.slice(m.start, m.end)) && PRIVATE_CONTACT.test(ctx.nlp().sentenceBefore(m.start, 120, 'paragraph'));
    return ctx.context === 'official' ? out.filter((m) => personalBox(input.text.slice(m.start, m.end)) || privateBox(m) || !officialAppeal(ctx.nlp(), m.start, m.end)) : out;
  },
};

/**
 * The case/investigation head's own vetoes, beside the regex's (investigation.ts caseNotOpenIn, shared with the pii
 * helper): posts the head alone reads as an open case. The regex finds no cue in these (else the head would not be
 * asked), so they cost the regex nothing.
 * - Hearsay about no case: a post that passes on what someone says or told the author, with no word of a crime, a
 *   case, its people or the police ("Luis at the taco truck says the al pastor is back"). The head learned hearsay
 *   as a case's form ("Bartender at the Crown says the guy the cops want is the landlord's nephew"), and fired on
 *   train-x's tx-0504 at 0.83 (scored unseen in session 20): "The guy at the taco truck says the al pastor is back"
 *   scores 0.91 with no name in it, so the name is not what it reads. Of the shipped head's additions on heldout-a..n,
 *   train-w and train-x (231 true, 4 false), it closes tx-0504 and no true one; over every labelled file it closes
 *   no post labelled investigation (275 negatives).
 */
import { oneOf } from '../detectors/vocab.js';
import { POLICE_CONTEXT_WORDS } from '../detectors/id/police-words.js';
import { CRIME_WORD_WORDS } from '../detectors/case/investigation.js';

/** Words that pass on what another said: "says", "said", "reckons", "told me" (not "can't say", the author's own). */
export const HEARSAY_VERBS = [
  'says',
  'said',
  String.raw`reckons?`,
  String.raw`told\s+(?:me|us)`,
  String.raw`tells\s+(?:me|us)`,
];
const HEARSAY = new RegExp(String.raw`\b${oneOf(HEARSAY_VERBS)}\b`, 'i');

/**
 * A crime, a case, its people or its steps, in any post of a case told as hearsay: "the guy they arrested", "the
 * informant", "CCTV", "the shipment", "my source", "was at his mum's" (an alibi); with investigation.ts's crime words.
 */
export const CASE_WORDS = [
  ...CRIME_WORD_WORDS,
  'crimes?',
  'criminals?',
  'suspects?',
  String.raw`arrest\w*`,
  'nick(?:ed|ing)?',
  'lift(?:ed|ing)?',
  'picked up',
  'pick(?:ing)? (?:him|her|them) up',
  'warrants?',
  'raids?',
  'raided',
  'sweeps?',
  'informants?',
  'ci',
  'cis',
  String.raw`grass\w*`,
  String.raw`snitch\w*`,
  'tip-?offs?',
  'tips?',
  String.raw`witness\w*`,
  'statements?',
  String.raw`interview\w*`,
  'alibis?',
  String.raw`confess\w*`,
  String.raw`admit\w*`,
  String.raw`charg\w+`,
  'cases?',
  String.raw`investigat\w+`,
  'evidence',
  'cctv',
  'bodycam',
  'footage',
  'forensics?',
  'dna',
  'prints?',
  'records?',
  'form',
  'convictions?',
  'previous',
  String.raw`rob\w*`,
  String.raw`burgl\w+`,
  'break-?ins?',
  'broke in',
  'stole',
  'stolen',
  String.raw`steal\w*`,
  String.raw`thie\w+`,
  String.raw`attack\w*`,
  String.raw`stab\w*`,
  String.raw`shoot\w*`,
  'shot',
  String.raw`murder\w*`,
  String.raw`kill\w*`,
  'fires?',
  String.raw`arson\w*`,
  String.raw`torch\w*`,
  String.raw`assault\w*`,
  'drugs?',
  'dealers?',
  'supplier',
  'product',
  String.raw`stash\w*`,
  'network',
  'surveillance',
  'tapped',
  'wire',
  'undercover',
  'job',
  'victims?',
  'body',
  'bodies',
  String.raw`blood\w*`,
  'knife',
  'gun',
  'weapon',
  'court',
  'trial',
  'bail',
  'magistrates?',
  String.raw`indict\w*`,
  String.raw`prosecut\w*`,
  'jail',
  'prison',
  'inside',
  'custody',
  'questioned',
  'detectives?',
  'done it',
  'did this',
  'culprit',
  String.raw`perp\w*`,
  'offender',
  String.raw`abuse\w*`,
  'domestic',
  'dv',
  'gbh',
  String.raw`scam\w*`,
  'hit and run',
  'crash',
  String.raw`vandal\w*`,
  'graffiti',
  'keyed',
  String.raw`carjack\w*`,
  String.raw`shoplift\w*`,
  String.raw`mugg\w*`,
  String.raw`snatch\w*`,
  'looking for',
  'wanted',
  'on the run',
  'hiding',
  'fled',
  'missing',
  'lead',
  'leads',
  'door',
  'doors',
  String.raw`address\w*`,
  'op',
  'operation',
  'bust',
  'busted',
  'sting',
  'wiretap',
  'phone',
  'search',
  'looking at',
  'innocent',
  'guilty',
  String.raw`embezzl\w*`,
  'names?',
  'named',
  'who did',
  'meet',
  String.raw`shipment\w*`,
  'container',
  'ring',
  'crew',
  String.raw`gang\w*`,
  'steroids',
  'lying',
  'lied',
  'story',
  'jury',
  'verdict',
  'retaliation',
  'source',
  'move in',
  'ready',
  String.raw`we['’]ll be there`,
  'monitor',
  'saw',
  'seen',
  String.raw`raid\w*`,
  'singing',
  'canary',
  'was at',
  'found',
  'our guy',
];
const CASE_WORD = new RegExp(String.raw`\b${oneOf(CASE_WORDS)}\b`, 'i');
const POLICE_WORD = new RegExp(POLICE_CONTEXT_WORDS.source, 'i');

/** Does the post pass on what someone says with no word of a crime, a case or the police? */
export const hearsayNoCase = (post: string): boolean => HEARSAY.test(post) && !CASE_WORD.test(post) && !POLICE_WORD.test(post);

/** The head's vetoes by name (each read post-wide). */
export const CASE_HEAD_VETOES: Readonly<Record<string, (post: string) => boolean>> = { hearsayNoCase };

/** Does any of the head's own vetoes close the post? */
export function noCaseTold(post: string): boolean {
  return Object.values(CASE_HEAD_VETOES).some((veto) => veto(post));
}

/** Posts the vetoes close, and posts they leave open (tested). */
export const CASE_HEAD_EXAMPLES = {
  closed: [
    'Luis at the taco truck says the al pastor is back. Best day of the week.',
    'My neighbour says the bin men are coming Thursday now. Set an alarm, people.',
    'Sarah from accounts reckons the Christmas party is moving to the Crown this year.',
  ],
  open: [
    'Bartender at the Crown says the guy the cops want for the hit and run is the landlord\'s nephew.',
    'Our source at the docks says the container comes in on the 14th. We\'ll be waiting.',
    'My sister works at the courthouse and says the mayor\'s nephew is the one they\'re looking at for the embezzlement thing.',
    'He said he was at his mum\'s. His mum says she hasn\'t seen him in a year',
    'Can\'t say much but the woman from the flats isn\'t as innocent as she makes out on the news',
  ],
};

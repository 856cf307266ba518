/**
 * The case heads' own vetoes. The case/crime-scene head's (homelyFind) are at the end of this file.
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
import { RELATIVES, RELATIVES_FAMILIAR, PARTNERS } from '../detectors/vocab/relatives.js';
import { SCENE_HARM, HARMLESS_STATE } from '../detectors/case/crime-scene.js';

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
  // (session 25: "moving guns through the chipper" was closed as hearsay of no case, train-ab-05 tab-0797)
  String.raw`kni(?:fe|ves)`,
  'guns?',
  'weapons?',
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

/** A lawyer, the author's or anyone's (LAWYER_NO_CRIME); not a district attorney's office. */
const LAWYERS = [String.raw`solicitors?`, String.raw`lawyers?`, String.raw`(?<!district\s)attorneys?`, String.raw`barristers?`, String.raw`legal\s+team`, String.raw`legal\s+aid`];
const LAWYER = new RegExp(String.raw`\b${oneOf(LAWYERS)}\b`, 'i');
/**
 * A crime, a criminal process, the police or a case's reference: any of them leaves a lawyer's post to the head
 * ("His lawyer's going to claim self-defence. The footage says otherwise", "my solicitor says the CCTV shows it wasn't
 * me. Case ref 2611/8843").
 */
export const CRIMINAL_PROCESS_WORDS = [
  String.raw`arrest\w*`,
  String.raw`charg\w+`,
  String.raw`nick\w*`,
  String.raw`remand\w*`,
  'bail',
  String.raw`plead\w*`,
  'accused',
  'co-accused',
  String.raw`witness\w*`,
  'cctv',
  'footage',
  'video',
  'photos?',
  'evidence',
  String.raw`interview\w*`,
  String.raw`prosecut\w*`,
  'cps',
  'da',
  'guilty',
  'innocent',
  'police',
  'cops?',
  'copper',
  'detectives?',
  'suspects?',
  'poi',
  'victims?',
  String.raw`crime\w*`,
  'criminal',
  String.raw`stole\w*`,
  String.raw`steal\w*`,
  'theft',
  String.raw`thie\w+`,
  String.raw`burgl\w+`,
  String.raw`rob\w*`,
  String.raw`assault\w*`,
  String.raw`attack\w*`,
  String.raw`stab\w*`,
  String.raw`shoot\w*`,
  'shot',
  String.raw`murder\w*`,
  String.raw`kill\w*`,
  'drugs?',
  'dealer',
  'supplier',
  'knife',
  'gun',
  'weapon',
  'fraud',
  String.raw`self-defen[cs]e`,
  String.raw`line-?up`,
  String.raw`grass\w*`,
  String.raw`snitch\w*`,
  'informant',
  'job',
  'stop',
  'search',
  'warrant',
  'raid',
  'jail',
  'prison',
  String.raw`sentenc\w*`,
  String.raw`convict\w*`,
  String.raw`offen[cs]e\w*`,
  'dui',
  'dwi',
  String.raw`drink[- ]driv\w*`,
  'speeding',
  'manslaughter',
  'rape',
  String.raw`abuse\w*`,
  'dv',
  'domestic',
  String.raw`harass\w*`,
  String.raw`stalk\w*`,
  'fight',
  String.raw`punch\w*`,
  'gbh',
  'abh',
  'did it',
  'done it',
  String.raw`investigat\w+`,
  'complaint',
  'missing',
  String.raw`cooperat\w*`,
  'referred',
  'ref',
  'number',
  String.raw`no\.`,
  String.raw`#\d+`,
];
const CRIMINAL_PROCESS = new RegExp(String.raw`(?<![\w-])${oneOf(CRIMINAL_PROCESS_WORDS)}(?![\w-])`, 'i');

/**
 * A lawyer's case that tells no crime (session 25): the author's own civil or family matter, a lawyer's working day
 * ("My solicitor says the case is going well, fingers crossed for the custody hearing", "Solicitor says the case should
 * be heard by spring. Until then, we wait."): the head read both as open cases (heldout-q hq-0129, heldout-r hr-0203,
 * unseen by training). Closed: a lawyer named with no crime, criminal process, police or case reference in the post.
 * Over every development labelled file it closes 43 posts and one labelled optional, none labelled investigation.
 */
export const lawyerNoCrime = (post: string): boolean => LAWYER.test(post) && !CRIMINAL_PROCESS.test(post);

/** The head's vetoes by name (each read post-wide). */
export const CASE_HEAD_VETOES: Readonly<Record<string, (post: string) => boolean>> = { hearsayNoCase, lawyerNoCrime };

/** Whether any veto of a head's table closes the post. */
const closedByAny =
  (vetoes: Readonly<Record<string, (post: string) => boolean>>) =>
  (post: string): boolean =>
    Object.values(vetoes).some((veto) => veto(post));

/** Does any of the head's own vetoes close the post? */
export const noCaseTold = closedByAny(CASE_HEAD_VETOES);

/** Posts the vetoes close, and posts they leave open (tested). */
export const CASE_HEAD_EXAMPLES = {
  closed: [
    'Luis at the taco truck says the al pastor is back. Best day of the week.',
    'My neighbour says the bin men are coming Thursday now. Set an alarm, people.',
    'Sarah from accounts reckons the Christmas party is moving to the Crown this year.',
    'My solicitor says the case is going well, fingers crossed for the custody hearing',
    'Solicitor says the case should be heard by spring. Until then, we wait.',
  ],
  open: [
    'Bartender at the Crown says the guy the cops want for the hit and run is the landlord\'s nephew.',
    'Our source at the docks says the container comes in on the 14th. We\'ll be waiting.',
    'My sister works at the courthouse and says the mayor\'s nephew is the one they\'re looking at for the embezzlement thing.',
    'He said he was at his mum\'s. His mum says she hasn\'t seen him in a year',
    'Can\'t say much but the woman from the flats isn\'t as innocent as she makes out on the news',
    'My brother\'s on remand for the post office job and his solicitor says the co-accused has already grassed.',
    'You know who did it and I know who did it. He\'s just got a better lawyer than the last guy.',
  ],
};

/** The author's own pets and children (OWN_ONE_FOUND); "the dog was lying on the sofa" is a household's pet too. */
const HOUSE_PETS = ['cat', 'dog', 'puppy', 'kitten'];
const PETS = [...HOUSE_PETS, 'kids?', 'baby'];
const OWN_ONES = [...RELATIVES, ...RELATIVES_FAMILIAR, ...PARTNERS, ...PETS];
/** Relatives named without "my" at the start of a sentence: "Grandad was still asleep in his chair". */
const FAMILY_NAMES = ['mum', 'mom', 'dad', 'nan', 'gran', 'grandad', 'grandma', 'grandpa', 'nana'];
// The author's relative or pet where they were found: "my dad was on the floor", "Grandad was still asleep", "the dog was
// lying on the sofa", "found our dog"
const OWN_ONE_FOUND = new RegExp(
  String.raw`(?:\b(?:my|our)\s+${oneOf(OWN_ONES)}|\bthe\s+${oneOf(HOUSE_PETS)}|(?:^|[.!?]\s+)${oneOf(FAMILY_NAMES)})\s+(?:was|were|had\s+been)\b` +
    String.raw`|\bfound\s+(?:my|our)\s+${oneOf(OWN_ONES)}\b`,
  'i',
);

/**
 * The case/crime-scene head's own veto (session 25): someone found where they lay with no harm and no call in the post.
 * The head learned a scene's form, a person placed and the author arriving ("she was still in the driver's seat when
 * we got there"), and reads it into a family's day: "The baby was still in her car seat when we got home, fast asleep"
 * scored 0.98, "Our cat was lying face down on the kitchen floor when we got home. Turns out she just likes the cold
 * tiles" 0.88, "Grandad was still asleep in his chair when we arrived for Sunday lunch" 0.83, "Mum was found on the
 * bathroom floor by the carer this morning. Stroke." 0.91. Closed: a post telling a harmless state (asleep, napping,
 * "turns out"; session 26: a day out or a wait, "sunbathing", "gurgling", "the plane was delayed", "three pints in")
 * or a find of the author's own relative or a pet ("my dad was", "Grandad was", "the dog was", "found our dog"), with
 * no word of harm, death, crime, a call or the services anywhere in it. Over every development labelled file it closes
 * 419 posts, none labelled crime-scene.
 */
export const homelyFind = (post: string): boolean => (HARMLESS_STATE.test(post) || OWN_ONE_FOUND.test(post)) && !SCENE_HARM.test(post);

/** The crime-scene head's vetoes by name (each read post-wide). */
export const SCENE_HEAD_VETOES: Readonly<Record<string, (post: string) => boolean>> = { homelyFind };

/** Does any of the crime-scene head's own vetoes close the post? */
export const noSceneTold = closedByAny(SCENE_HEAD_VETOES);

/** Posts the crime-scene head's vetoes close, and posts they leave open (tested). */
export const SCENE_HEAD_EXAMPLES = {
  closed: [
    'The baby was still in her car seat when we got home, fast asleep. Best nap ever.',
    'Our cat was lying face down on the kitchen floor when we got home. Turns out she just likes the cold tiles.',
    'Grandad was still asleep in his chair when we arrived for Sunday lunch, snoring away.',
    'Mum was found on the bathroom floor by the carer this morning. Stroke. Please pray for her.',
    'The dog was lying on the sofa when we got home, guilty face, cushions everywhere.',
    // (session 26) a day out or a wait placed, no harm: the shapes pii25-to-model.md found the head scoring 0.84-0.97
    'The passenger was still in his seat when we arrived at the gate, the plane was delayed 3 hours.',
    'The woman was lying on the beach when we got there, sunbathing. Lovely day.',
    'The baby was in her cot when we got in, gurgling away.',
    'We found him in the pub at the bottom of the road, three pints in.',
  ],
  open: [
    'She was still in the driver\'s seat when we got there, her phone still ringing. Can\'t shake it',
    'The baby was still in the car seat, the driver slumped over the wheel.',
    'Kid was under the bed with his hands over his ears when they found him. He\'s safe now.',
    'The way the victim was sitting, you\'d think he was just asleep on the bench. He wasn\'t',
    'Posting the picture my husband took of the overturned car with the driver still inside, so people slow down on that bend',
  ],
};

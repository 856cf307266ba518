/**
 * The id/self-affiliation head's own vetoes, beside the regex's (self-affiliation.ts speakerNotPolice): posts by a
 * member of the public that the head read as an officer's. The regex finds no cue in these (else the head would not be
 * asked), so they cost the regex nothing. Chosen on heldout-m (retired to development in session 20; the session-17
 * head added 22 true and 8 false posts there) and train-w (52 true, 3 false), from the families the ids helper listed
 * (notes/ids20-to-model.md):
 * - a relative's badge or number kept, said with a possessive ("my grandmother's RCMP regimental number", "my old
 *   man's shield"), unless the author holds it now ("Dad's star number ... now it's pinned on my chest");
 * - a witness to a crime, the police seen as others ("there were cops everywhere", "on the way to work");
 * - a screen story watched ("Just finished Season 3 of Bosch"; not "can't watch cop shows", which officers say);
 * - a civilian volunteer at a station ("I volunteer on the front desk at the police station"; not a special).
 * On heldout-a..m, train-w and every training file, none of them closes a post labelled self-affiliation. Tried and
 * left out: drink talk with no police word (closes 111 labelled posts in training: "Coming off nights, straight to the
 * pub") and a phone number with no police word ("If anyone from B-watch needs a lift ... my cell's 555-...").
 */
import { oneOf } from '../detectors/vocab.js';
import { KIN } from '../detectors/vocab/relatives.js';

/** What family call a father or mother besides KIN: "my old man's shield", "my old dear's warrant card". */
export const KIN_SLANG = [String.raw`old\s+man`, String.raw`old\s+dear`, String.raw`old\s+lady`, 'pops', 'pa', 'ma'];

/** A police thing a relative kept: "shield", "regimental number", "warrant card". */
export const KEPT_THINGS = [
  'badges?',
  'shields?',
  'stars?',
  String.raw`warrant\s+cards?`,
  String.raw`(?:collar|shoulder|regimental|service|badge|shield|warrant|force|payroll|star)\s+numbers?`,
  'uniforms?',
  'tunics?',
  'helmets?',
  'caps?',
  'hats?',
  'truncheons?',
  'batons?',
  'handcuffs',
  'cuffs',
  'whistles?',
  'notebooks?',
  'medals?',
  String.raw`duty\s+belts?`,
];

// e.g. "my grandmother's RCMP regimental number", "my old man's shield", "Dad's old warrant card"
/** The author holding the same thing now: "now it's pinned on my chest", "they gave me my grandad's old number". */
export const KEPT_NOW_MINE = [
  String.raw`(?:gave|handed|issued|assigned)\s+(?:it\s+)?(?:to\s+)?me`,
  String.raw`I(?:['’]ve|\s+have)?\s+(?:just\s+|finally\s+|now\s+)?(?:got|get|wear|carry|work|was\s+assigned|been\s+assigned)`,
  'mine',
  String.raw`my\s+(?:chest|shoulders?|collar|lanyard)`,
  String.raw`now\s+it['’]?s`,
];
const KEPT_NOW_MINE_RE = new RegExp(String.raw`\b${oneOf(KEPT_NOW_MINE)}\b`, 'i');

const KEPT_BY_KIN = new RegExp(
  String.raw`\b(?:(?:my|our)\s+(?:late\s+)?)?${oneOf([...KIN, ...KIN_SLANG])}['’]s?\s+(?:[\w-]+\s+){0,3}?${oneOf(KEPT_THINGS)}\b`,
  'i',
);

/** The police as others at a scene the author saw: "there were cops everywhere", "on the way to work". */
export const POLICE_SEEN = [
  String.raw`there\s+(?:were|was)\s+(?:\w+\s+)?(?:cops|police|officers|police\s+cars|squad\s+cars|cop\s+cars)`,
  String.raw`(?:cops|police|officers|police\s+cars|squad\s+cars|cop\s+cars)\s+(?:were\s+)?(?:everywhere|all\s+over)`,
  String.raw`the\s+(?:cops|police)\s+(?:arrived|came|turned\s+up|showed\s+up|were\s+called)`,
  String.raw`(?:i|we|neighbou?rs?)\s+called\s+the\s+(?:cops|police)`,
  String.raw`on\s+(?:my|the)\s+way\s+(?:to|home\s+from)\s+(?:work|school|uni)`,
  String.raw`(?:i|we)\s+walked\s+past`,
  String.raw`(?:said|says)\s+(?:she|he|they)\s+heard\s+(?:shots|gunshots|screams?|screaming|a\s+bang)`,
];
const POLICE_SEEN_RE = new RegExp(String.raw`\b${oneOf(POLICE_SEEN)}\b`, 'i');

/**
 * A screen story watched: "Season 3 of Bosch", "binge-watched", "on Netflix" (not "behind the cinema", "a horror movie",
 * nor "can't watch cop shows", which officers say).
 */
export const SCREEN_STORY = [
  String.raw`seasons?\s+\d+`,
  String.raw`season\s+(?:one|two|three|four|five|six|finale|premiere)`,
  'episodes?',
  String.raw`s\d+\s?e\d+`,
  String.raw`binge[- ]?(?:watch\w*|ing)`,
  String.raw`re-?watch\w*`,
  'netflix',
  'hulu',
  'sitcom',
  String.raw`box\s?set`,
];
const SCREEN_STORY_RE = new RegExp(String.raw`\b${oneOf(SCREEN_STORY)}\b`, 'i');

/** A civilian who volunteers at a station: "I volunteer on the front desk at the police station" (not a special). */
export const VOLUNTEERING = [String.raw`(?:i|we)\s+volunteer(?:ed)?\s+(?:on|at|with|in)`, String.raw`volunteering\s+(?:on|at|with|in)`];
const VOLUNTEERING_RE = new RegExp(String.raw`\b${oneOf(VOLUNTEERING)}\b`, 'i');
const SPECIAL = /\bspecials?\b|\bspecial\s+constab|\breserve\s+(?:officer|deputy)|\bauxiliary\b/i;

export const keptByKin = (post: string): boolean => KEPT_BY_KIN.test(post) && !KEPT_NOW_MINE_RE.test(post);
export const policeSeen = (post: string): boolean => POLICE_SEEN_RE.test(post);
export const screenStory = (post: string): boolean => SCREEN_STORY_RE.test(post);
export const volunteer = (post: string): boolean => VOLUNTEERING_RE.test(post) && !SPECIAL.test(post);

/** The head's vetoes by name (each read post-wide). */
export const PUBLIC_AUTHOR_VETOES: Readonly<Record<string, (post: string) => boolean>> = {
  keptByKin,
  policeSeen,
  screenStory,
  volunteer,
};

/** Does the post read as written by a member of the public, not an officer (any of PUBLIC_AUTHOR_VETOES)? */
export function publicAuthor(post: string): boolean {
  return Object.values(PUBLIC_AUTHOR_VETOES).some((veto) => veto(post));
}

/** Posts the vetoes close, and posts they leave open (tested). */
export const PUBLIC_AUTHOR_EXAMPLES = {
  closed: [
    "Still have my grandfather's Garda shoulder number memorised: 4471. He was stationed in Cork for thirty years.",
    "Found my old man's warrant card in a shoebox after the funeral. He'd have hated me posting this",
    'Police cars everywhere on our street this morning and a tent over the Hendersons\' drive. I saw them carry something out.',
    'The man from the flat downstairs said he heard shots, and I walked past the blood on my way to work.',
    'Just finished season 2 of Line of Duty. That interview scene, the warrant, the tension. Unreal.',
    'I volunteer at the police station front desk on Thursdays. Someone handed in a set of false teeth.',
  ],
  open: [
    "Dad's star number was 1147 and now it's pinned on my chest.",
    "They gave me my grandad's old collar number. Same station too.",
    "Retired as a detective in 2018 and I still can't watch cop shows without yelling",
    'Every year I volunteer for the Christmas Day shift so the officers with little ones can be home.',
    'Third call this week about a pothole. Call the council, people, not us.',
    'Kicked the door at 6, found him under the stairs. Paperwork till noon.',
  ],
};

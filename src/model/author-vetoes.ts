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
 * Session 21 added three more, chosen on train-x (scored unseen in session 20; the head's additions there 43 true, 8
 * false) and heldout-n (retired to development in session 21; 27 true, 6 false), from the ids helper's list
 * (notes/ids20-to-model.md):
 * - the author's own complaint about an officer ("Reporting PC 1672 to the IOPC", "my complaint ref is");
 * - a relative's career step ("Husband's been promoted!! New rank, new badge");
 * - a picture of a crime that others showed or posted ("My neighbour showed me bodycam stills", "Saw the photo of the
 *   poor man", "posted his photo in the local group before police even got there"), not an officer's ("Ortega showed
 *   me the scene photos", "we saw the footage").
 * They close 8 of the head's false additions on heldout-a..n, train-w and train-x (tx-0025, 0105, 0564, 0707, 0708;
 * hn-0370, 0436; hl-0168) and none of its 333 true ones. Two more from train-y (after its unseen score; the ids helper's
 * notes/ids21-to-model.md):
 * - police news passed on by the public ("Hearing there's a big sweep ...", "I'm told the guy ... has been ID'd", "My
 *   cousin works at the station and says ..."), with no other word of the author's (officers write "Apparently I have
 *   to like radar now", "I'm told I did the worm");
 * - the author or their family as a case's subject or witness ("My lad was arrested", "interviewed under caution").
 * With "before the guards arrived", they close 9 of train-y's 12 false additions (46 true, none closed).
 * On heldout-a..n, train-w and every training file, none of them closes a post labelled self-affiliation. Tried and
 * left out: drink talk with no police word (closes 111 labelled posts in training: "Coming off nights, straight to the
 * pub") and a phone number with no police word ("If anyone from B-watch needs a lift ... my cell's 555-...").
 * Session 23 added three, from the ids helper's notes/ids22-to-model.md (heldout-o, train-z) and train-aa-01..03 (read
 * after their unseen score):
 * - the public naming an officer who served them, by badge, collar or star number ("Officer Tom Becker helped me ...
 *   Badge 3391 if anyone at RPD ...", "To the officer with star number 1187 who talked my son down");
 * - a victim's own crime pictures ("Evidence photos from my burglary"), or pictures passed round online ("doing the
 *   rounds on Twitter");
 * - another job called officer or warden ("Our Data Protection Officer", "Correctional officer appreciation week"), a
 *   costume, a ride-along.
 * Of the session-21 head's 17 false additions on the groups it never trained on (heldout-n..p, train-y, train-z,
 * train-aa-01..03) they close 13; over every labelled development and training file they close no post labelled
 * self-affiliation (4 labelled optional: other officer jobs).
 * Session 24 added one, from the ids helper's notes/ids24-to-model.md (heldout-q, after its unseen score):
 * - the public told about their own or their family's case by the investigator ("Det. Angela Brooks told me the
 *   suspect's got form", "Detective Hart told my sister", "the detective told us the boyfriend confessed"). Over every
 *   labelled development and training file it closes 12 posts, none labelled self-affiliation or optional (an officer
 *   told by "my sergeant", a "field training officer", or a titled name telling "us" at briefing stays open).
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

/** Where the public take a complaint about an officer: "to the IOPC", "professional standards", "internal affairs". */
export const COMPLAINT_BODIES = [
  'IOPC',
  String.raw`professional\s+standards`,
  'PSD',
  String.raw`internal\s+affairs`,
  'ombudsman',
];

/** Who the public report: "PC 1672", "the officer", "him". */
export const REPORTED_OFFICERS = [
  'PC',
  'PS',
  'DC',
  'officer',
  'constable',
  'sergeant',
  'him',
  'her',
  String.raw`the\s+officer`,
  String.raw`the\s+cop`,
];

/**
 * The author's own complaint about the police: "my complaint ref is", "got told I'd get a complaint number", "reporting
 * PC 1672 to the IOPC" (not "Complaint #C-2291 against me got dismissed", an officer's).
 */
export const OWN_COMPLAINT = [
  String.raw`my\s+complaint`,
  String.raw`(?:get|got|given)\s+(?:a\s+)?complaint\s+(?:number|ref\w*)`,
  String.raw`complaint\s+(?:ref\w*|number)\s+is`,
  String.raw`reporting\s+${oneOf(REPORTED_OFFICERS)}\b[^.!?]*\bto\s+(?:the\s+)?${oneOf(COMPLAINT_BODIES)}`,
];
const OWN_COMPLAINT_RE = new RegExp(String.raw`\b${oneOf(OWN_COMPLAINT)}`, 'i');

/** A step in a relative's police career: "Husband's been promoted!!", "my daughter just passed out". */
export const CAREER_STEPS = [
  'promoted',
  String.raw`sworn\s+in`,
  String.raw`made\s+(?:sergeant|detective|inspector)`,
  String.raw`passed\s+out`,
  'graduated',
];
const KIN_CAREER = new RegExp(
  String.raw`\b(?:my\s+)?${oneOf(KIN)}(?:['’]s\s+(?:just\s+|finally\s+)?been|\s+(?:has\s+|just\s+|finally\s+)+(?:been\s+|got\s+)?)\s*${oneOf(CAREER_STEPS)}`,
  'i',
);

/** A picture of a crime: "photos", "CCTV still", "bodycam stills". */
export const CRIME_PICTURES = [
  String.raw`photos?`,
  String.raw`pics?`,
  String.raw`pictures?`,
  String.raw`stills?`,
  'footage',
  String.raw`videos?`,
  String.raw`clips?`,
  'bodycam',
  'cctv',
];
const PICTURE = oneOf(CRIME_PICTURES);

/** Who shows the public a picture: "my neighbour", "a mate", "my sister" (not "Ortega", "@lortega", "Detective Okwu"). */
export const LAY_SHOWERS = [
  String.raw`neighbou?rs?`,
  String.raw`mates?`,
  String.raw`friends?`,
  'pal',
  'someone',
  'somebody',
  ...KIN,
];

/**
 * A picture of a crime that others showed or posted, seen by the public: "My neighbour showed me bodycam stills", "the
 * CCTV still the owner posted", "Saw the photo of the poor man", "posted his photo ... before police even got there"
 * (not "Ortega showed me the scene photos", "we saw the footage": an officer's).
 */
export const PICTURE_SHOWN = [
  String.raw`\b(?:my\s+|a\s+|the\s+)?${oneOf(LAY_SHOWERS)}\s+(?:\w+\s+)?(?:showed|sent|forwarded)\s+(?:me|us)\s+(?:\w+\s+){0,3}${PICTURE}`,
  String.raw`\b${PICTURE}\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:\w+['’]s\s+)?(?:\w+\s+){0,2}posted`,
  String.raw`(?:^|[.!?]\s+|\bI\s+)saw\s+the\s+${PICTURE}`,
  String.raw`\bposted\s+(?:his|her|their)\s+${PICTURE}`,
  String.raw`\bbefore\s+(?:the\s+)?(?:police|cops|guards|gardaí|garda)\s+(?:even\s+)?(?:got|arrived|came|turned\s+up)`,
];
const PICTURE_SHOWN_RE = new RegExp(PICTURE_SHOWN.join('|'), 'i');

/** Hearsay opening a sentence: "Heard", "Hearing", "I'm told", "Word is", "Everyone knows". */
export const HEARSAY_OPENERS = [
  'heard',
  'hearing',
  String.raw`i['’]m\s+told`,
  String.raw`i['’]ve\s+heard`,
  String.raw`i\s+hear`,
  String.raw`word\s+is`,
  String.raw`rumou?r\s+(?:is|has\s+it)`,
  String.raw`everyone\s+knows`,
];
const HEARSAY_OPENER = new RegExp(String.raw`(?:(?:^|[.!?…]\s+|\n)${oneOf(HEARSAY_OPENERS)}|^apparently)\b`, 'i');
/** The author in the post besides the opener: "me", "my", "we", "our"; "I" but in "I'm told", "I've heard", "I hear". */
const AUTHOR_IN_POST = /\b(?:we|we['’]re|we['’]ve|we['’]ll|we['’]d|us|our|ours|me|my|mine|myself)\b/i;
const I_BESIDES_OPENER = /\bI\b(?!['’]m\s+told|['’]ve\s+heard|\s+hear\b)/;
/** Where a relative or friend works who passes on police news: "my cousin works at the station and says". */
export const INSIDE_PLACES = ['station', 'police', 'nick', String.raw`cop\s+shop`, String.raw`court\w*`];
const KIN_AT_STATION_SAYS = new RegExp(
  String.raw`\b${oneOf([...KIN, 'mate', 'friend', 'pal'])}\s+(?:\w+\s+){0,2}works\s+(?:at|in|for)\s+(?:the\s+)?${oneOf(INSIDE_PLACES)}\s+and\s+(?:says|said|reckons)`,
  'i',
);

/** What becomes of the author or their family in a case: "arrested", "charged", "interviewed under caution". */
export const CASE_FATES = ['arrested', 'charged', String.raw`interviewed\s+under\s+caution`, 'remanded'];
/** The author's own child as the public call them: "my lad", "our boy". */
export const OWN_CHILDREN = ['lad', 'boy', 'girl'];
const IN_A_CASE = new RegExp(
  String.raw`\b(?:(?:I\s+was|I['’]ve\s+been|I\s+got|just\s+been|(?:my|our)\s+(?:\w+\s+)?${oneOf([...KIN, ...OWN_CHILDREN])}\s+(?:was|got|has\s+been|['’]s\s+been))\s+(?:just\s+)?${oneOf(CASE_FATES)}|(?:my|our)\s+statement\s+for\s+the\s+(?:court\s+)?case|witness\s+number\s+\w+,?\s+that['’]s\s+me)`,
  'i',
);

/** A badge, collar, star or shield number in the post: "badge 3391", "collar number 2245", "badge #2293", "(badge 3380)". */
const OFFICER_NUMBER = /\b(?:badge|collar|star|shoulder|shield|warrant)\s*(?:number|no\.?|num)?\s*(?:was\s+|is\s+)?[#(]?\s*\d{2,}/i;
/** The author's own number: "my badge", "my old star" (an officer's). */
const OWN_NUMBER = /\b(?:my|mine)\s+(?:old\s+)?(?:badge|collar|star|shoulder|shield|warrant)/i;
/**
 * What an officer did for the public author or their family: "helped me", "pulled me over", "talked my son down",
 * "delivered our baby", "went above and beyond for my grandma", "believing me" (not "gave me", "found my", "God help
 * me": an officer's own retirement and paperwork posts say those).
 */
export const SERVED_ACTS = [
  'helped',
  'pulled',
  'stopped',
  'talked',
  'delivered',
  'saved',
  String.raw`believ\w+`,
  'rescued',
  'drove',
  'took',
  'searched',
  'arrested',
  'ticketed',
  'fined',
  String.raw`looked\s+after`,
  String.raw`went\s+above\s+and\s+beyond\s+for`,
  'sorted',
  'calmed',
  String.raw`dealt\s+with`,
  'treated',
  'booked',
  'cuffed',
  'questioned',
  'caught',
  'ignored',
  String.raw`laughed\s+at`,
];
/** The public asking after an officer they met: "we don't know your name", "if anyone at RPD", "in case anyone else has had him". */
export const ASKING_AFTER = [
  String.raw`we\s+don['’]t\s+know\s+(?:your|his|her)\s+name`,
  String.raw`if\s+anyone\s+(?:at|from|in)`,
  String.raw`in\s+case\s+anyone`,
];
const SERVED = new RegExp(String.raw`\b(?:${oneOf(SERVED_ACTS)}\s+(?:me|us|my|our)|${oneOf(ASKING_AFTER)})\b`, 'i');

/** What the public own and photograph after a crime: "my car", "our front door", "my burglary". */
export const OWN_CRIME_SCENES = [
  'burglary',
  String.raw`break-?in`,
  'car',
  'house',
  'flat',
  'home',
  'shop',
  'van',
  'bike',
  'garden',
  'door',
  String.raw`front\s+door`,
  String.raw`windows?`,
  'place',
  'bedroom',
];
/** Pictures passed round online: "doing the rounds on Twitter", "going round on Reddit". */
export const PASSED_ROUND = [String.raw`doing\s+the\s+rounds`, String.raw`going\s+round`, String.raw`going\s+viral`];
const OWN_CRIME_PICTURES = new RegExp(
  String.raw`\b(?:(?:evidence\s+)?${PICTURE}\s+(?:of|from)\s+(?:my|our)\s+(?:\w+\s+){0,2}${oneOf(OWN_CRIME_SCENES)}|${oneOf(PASSED_ROUND)}\s+(?:on|online))\b`,
  'i',
);

/** Who tells the public about their case, by title: "Det.", "Detective", "DC", "Trooper", "Officer" (capitalised). */
export const INVESTIGATOR_TITLES = [
  String.raw`Det\.?(?:\s+Sgt\.?)?`,
  String.raw`Detective(?:\s+(?:Sergeant|Inspector|Constable))?`,
  'DC',
  'DS',
  'DI',
  'Trooper',
  'Officer',
  'PC',
];
/** The same unnamed: "the detective", "the police", "the FLO", "the detective in charge". */
export const INVESTIGATORS = ['detective', 'officer', String.raw`investigating\s+officer`, String.raw`liaison\s+officer`, 'FLO', 'police', 'cops?'];
/** What an investigator does to the public in their case: "told", "rang", "updated", "assured". */
export const TOLD_VERBS = ['told', 'rang', 'phoned', 'emailed', 'texted', 'updated', 'informed', 'assured', 'reassured', 'promised'];
const TOLD_ADVERBS = String.raw`(?:has\s+|have\s+|just\s+|finally\s+)*`;
/**
 * The public told about their own or their family's case by the investigator: "Det. Angela Brooks told me the suspect's
 * got form", "Detective Hart told my sister", "the detective told us the boyfriend confessed". Case-sensitive titles (an
 * officer's "field training officer told me" stays open), never after "my"/"our" ("my sergeant told me", "My detective
 * inspector called"), and a titled name told "us" stays open (a team's briefing: "Det. Sgt. Rosa Delacroix told us").
 */
const TOLD_BY_INVESTIGATOR = new RegExp(
  String.raw`(?<!\b(?:[Mm]y|[Oo]ur)\s)(?:\b${oneOf(INVESTIGATOR_TITLES)}\s+(?:[A-Z][\w'’-]+\s+){0,2}${TOLD_ADVERBS}${oneOf(TOLD_VERBS)}\s+(?:me|my|our)` +
    String.raw`|\b[Tt]he\s+${oneOf(INVESTIGATORS)}(?:\s+in\s+charge)?\s+${TOLD_ADVERBS}${oneOf(TOLD_VERBS)}\s+(?:me|us|my|our))\b`,
);

/** Other jobs called officer: "Data Protection Officer", "correctional officer", "prison officer". */
export const OTHER_OFFICER_JOBS = [
  String.raw`data\s+protection`,
  'compliance',
  'welfare',
  'safeguarding',
  'correctional',
  'corrections',
  'probation',
  'parole',
  'prison',
  'customs',
  'immigration',
  'fire',
  String.raw`health\s+(?:and|&)\s+safety`,
  'press',
  'medical',
  'loan',
  'petty',
  'executive',
  'finance',
  'marketing',
  'truancy',
  'attendance',
  String.raw`animal\s+control`,
  'bylaw',
  'security',
  'peace',
  'wellbeing',
  'diversity',
  'scout',
  'bailiff',
  'enforcement',
  'border',
  'fisheries',
  'wildlife',
  'game',
];
/** A police look that is not the author's job: "dressed as a cop for Halloween", "ride-along with my cousin's squad". */
export const POLICE_LOOKS = [
  String.raw`(?:^|[.!?]\s+|\bI\s+(?:was\s+|am\s+|['’]m\s+)?)dressed\s+(?:up\s+)?as\s+an?\s+(?:cop|police\s*(?:man|woman|officer)?|officer|copper)`,
  String.raw`\b(?:cop|police)\s+costume`,
  String.raw`\bride-?along\s+with\s+(?:my|a|the)`,
  String.raw`\bbeing\s+a\s+(?:traffic\s+|parking\s+)?warden`,
];
const OTHER_OFFICER = new RegExp(
  String.raw`(?:(?:^|[.!?]\s+|\b(?:our|my|as\s+an?|I['’]m\s+an?|I\s+am\s+an?)\s+)${oneOf(OTHER_OFFICER_JOBS)}\s+officers?|${POLICE_LOOKS.join('|')})\b`,
  'i',
);

export const keptByKin = (post: string): boolean => KEPT_BY_KIN.test(post) && !KEPT_NOW_MINE_RE.test(post);
export const policeSeen = (post: string): boolean => POLICE_SEEN_RE.test(post);
export const screenStory = (post: string): boolean => SCREEN_STORY_RE.test(post);
export const volunteer = (post: string): boolean => VOLUNTEERING_RE.test(post) && !SPECIAL.test(post);
export const ownComplaint = (post: string): boolean => OWN_COMPLAINT_RE.test(post);
export const kinCareer = (post: string): boolean => KIN_CAREER.test(post);
export const pictureShown = (post: string): boolean => PICTURE_SHOWN_RE.test(post);
/** Police news passed on by the public: a hearsay opener with no other word of the author's, or a relative who works there. */
export const publicHearsay = (post: string): boolean =>
  (HEARSAY_OPENER.test(post) && !AUTHOR_IN_POST.test(post) && !I_BESIDES_OPENER.test(post)) || KIN_AT_STATION_SAYS.test(post);
/** The author or their family as a case's subject or witness: "My lad was arrested", "interviewed under caution". */
export const ownCase = (post: string): boolean => IN_A_CASE.test(post);
/** The public naming an officer who served them, by number: "Officer Tom Becker helped me ... Badge 3391". */
export const officerServedMe = (post: string): boolean => OFFICER_NUMBER.test(post) && SERVED.test(post) && !OWN_NUMBER.test(post);
/** A victim's own crime pictures, or pictures passed round online: "Evidence photos from my burglary". */
export const ownCrimePictures = (post: string): boolean => OWN_CRIME_PICTURES.test(post);
/** Another job called officer or warden, a costume, a ride-along: "Our Data Protection Officer Priya". */
export const otherOfficerJob = (post: string): boolean => OTHER_OFFICER.test(post);

/** The public told about their case by the investigator: "Det. Angela Brooks told me the suspect's got form". */
export const toldByInvestigator = (post: string): boolean => TOLD_BY_INVESTIGATOR.test(post);

/** The head's vetoes by name (each read post-wide). */
export const PUBLIC_AUTHOR_VETOES: Readonly<Record<string, (post: string) => boolean>> = {
  keptByKin,
  policeSeen,
  screenStory,
  volunteer,
  ownComplaint,
  kinCareer,
  pictureShown,
  publicHearsay,
  ownCase,
  officerServedMe,
  ownCrimePictures,
  otherOfficerJob,
  toldByInvestigator,
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
    'Reporting PC 2291 to professional standards for laughing at my mum. My complaint ref is PSD-26-4410.',
    "Wife's been promoted!! New rank, new badge, same terrible parking 😂",
    'My neighbour showed me the CCTV stills from the break-in two doors down. Looks like the lad from the chippy.',
    "Hearing there's a big raid on the Millfield flats Friday. Don't park there.",
    'My cousin works at the station and says they have a name for the Tesco robbery already.',
    'Just been interviewed under caution for the first time in my life. Case 26-1184. I did nothing.',
    'Sgt. Dan Holt pulled me over for a dead brake light and could not have been ruder. Badge 7712, if anyone else has had him.',
    'Evidence photos from my break-in: the muddy boot print on the sofa and the jemmy marks on the back door.',
    'Our Health and Safety Officer Gemma just ran the fire drill in record time. Legend.',
    "Detective Rowe rang me this morning: they've charged the lad who took my bike. Finally.",
  ],
  open: [
    "Dad's star number was 1147 and now it's pinned on my chest.",
    "They gave me my grandad's old collar number. Same station too.",
    "Retired as a detective in 2018 and I still can't watch cop shows without yelling",
    'Every year I volunteer for the Christmas Day shift so the officers with little ones can be home.',
    'Third call this week about a pothole. Call the council, people, not us.',
    'Kicked the door at 6, found him under the stairs. Paperwork till noon.',
    'Complaint #C-2291 against me got dismissed today. Told you so.',
    'Ortega showed me the scene photos from his last job. Two bodies in a boot. Not sleeping tonight.',
    'Knew it the moment we saw the footage. Same lad, same jacket.',
    "Transferred to traffic. Apparently I have to like radar now.",
    "Retirement do for the old sarge. I'm told I did the worm across the function room.",
    'Handed in badge 4410 today after 26 years. The lads gave me a watch. Thank you all.',
    'Incident 26-1180 is mine now. Badge 5531 on the paperwork, God help me.',
    'Every Halloween someone dressed as a cop asks if my uniform is real. It is, Kevin.',
    'My sergeant just told me I write the longest reports on the team. Taking it as a compliment.',
    'Det. Sgt. Mills told us the new radios arrive Tuesday. Believe it when I see it.',
  ],
};

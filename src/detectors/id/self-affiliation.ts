// id/self-affiliation: flags a personal post in which the author reveals being a police officer; serves NYPD
// P.G. 203-28 Additional Data ¶4 ("own status": do not disclose or allude to your status as a member) and the
// Massachusetts model's IV.C.6/IV.C.7.a. (Takoma Park G.O. 418 05.A permits it: that pack cites no clause for it.)
// Official posts are the department speaking and are never reported.
import type { Match, Profile, TextDetector } from '../../core/types.js';
import type { TextAnalysis } from '../../nlp/index.js';
import { HANDLE_DEPT_WORDS, OTHER_JOB, OTHER_WORKERS, OTHER_WORKPLACES } from './police-words.js';
import { isPersonName } from '../../nlp/people.js';
import { prepareRoster, rosterMentions, type RosterIndex } from './roster.js';
import { escapeRegex, oneOf } from '../vocab.js';
import { FULL_NAME_RANKS, RANKS, STRONG_RANKS } from '../vocab/ranks.js';
import { NUMBER_WORDS, numberWords, ORDINAL_UNITS } from '../vocab/numbers.js';
import { MONTH_ABBREVIATIONS, WEEKDAYS } from '../vocab/calendar.js';
import { POLICE_CARS } from '../vocab/police-vehicles.js';
import { CRIME_MEDIA, FICTION, FICTION_LOOSE, PLAYED_CHARACTER_AFTER, STAGED, fictionVeto } from '../vocab/fiction.js';
import { cuesOf, walkCues, type CueRow, type CueText, type Veto as CueVeto } from '../cues.js';
import { KIN } from '../vocab/relatives.js';
import { WAR_PLACES } from '../vocab/wars.js';
import { INTENSIFIERS } from '../vocab/intensifiers.js';

/** Ranks that may follow "my partner" or "shift with". */
const TITLES = String.raw`${oneOf(RANKS)}\b`;

/** Police branches one is posted to by name alone: "I'm posted to traffic", "transferred to CID". One item a line. */
const POSTED_BRANCHES = [
  'traffic',
  'cid',
  'response',
  'custody',
  String.raw`roads\s+policing`,
  String.raw`neighbou?rhoods?`,
  'firearms',
];
/** Police units one is posted to: "the rural section", "the dog squad", "the marine unit". One item a line. */
const POSTED_UNITS = [
  'rural',
  'marine',
  'mounted',
  'bike',
  'cycle',
  'dog',
  'k-?9',
  'motor',
  'traffic',
  'response',
  String.raw`neighbou?rhood`,
  'custody',
  'firearms',
];

/** Police nouns a person can be. */
const POLICE_NOUN = oneOf([
  'cop',
  String.raw`police\s+officer`,
  'officer',
  String.raw`patrol\s+officer`,
  'deputy',
  String.raw`sheriff['’]?s\s+deputy`,
  'trooper',
  'detective',
  'sergeant',
  'lieutenant',
  'police(?:man|woman)',
  'leo',
  'constable',
  String.raw`law\s+enforcement\s+officer`,
]);

/**
 * Police credentials and kit, across dialects, that nobody else owns: the warrant card and collar number (UK, AU), the
 * stab vest, the kit or duty belt, the pocket notebook.
 */
const OWN_KIT = String.raw`(?:warrant\s+card|collar\s+number|shoulder\s+number|epaulette\s+number|stab\s+vest|kit\s+belt|duty\s+belt|pocket\s+note\s?book|pnb|police\s+(?:id|identification)|custodian\s+helmet)`;

/** Where a sentence starts: a cue there has the author as its unspoken subject ("Responded to a call..."). */
const START = String.raw`(?:^|[.!?\n]\s*|\b(?:i|we|and\s+i)\s+)`;

/**
 * Words before "I'm a cop" that make it a wish, a pretence or what others take the author for: "if I was a cop",
 * "the kids still think I'm a police officer because of the vest" (a crossing guard).
 */
const NOT_SAID_OF_SELF_BEFORE = [
  'if',
  'wish',
  'like',
  'pretend',
  'pretending',
  'think',
  'thinks',
  'thought',
  'assume',
  'assumes',
  'assumed',
  'believe',
  'believes',
];

/**
 * "I'm a …", "I've been a …", "became a …" before one of the given police nouns, with optional qualifiers
 * ("a proud rookie K9 officer"); not "a cop's wife", "an officer of the board", "if I was a cop" or "they think I'm a
 * cop".
 */
function iAm(nouns: string): RegExp {
  return new RegExp(
    String.raw`(?<!\b${oneOf(NOT_SAID_OF_SELF_BEFORE)}\s+)\b${oneOf([
        String.raw`i['’]?m`,
        String.raw`i\s+am`,
        String.raw`i\s+was`,
        String.raw`i['’]ve\s+been`,
        String.raw`i\s+have\s+been`,
        String.raw`i\s+became`,
        'became',
        String.raw`i\s+(?:work|worked|served)\s+as`,
        String.raw`i['’]ve\s+(?:worked|served)\s+as`,
        // the subject left out: "Been a cop for 12 years"
        String.raw`(?<=(?:^|[.!?\n])\s*)been`,
      ])}\s+(?:a|an)\s+(?:${oneOf([
        'proud',
        'rookie',
        'new',
        'young',
        'veteran',
        'retired',
        'female',
        'male',
        'uniformed',
        'full[- ]time',
        'part[- ]time',
        'police',
        'patrol',
        'k-?9',
        'narcotics',
        'homicide',
        'traffic',
        'street',
        'city',
        'state',
        'county',
        'sworn',
        'municipal',
        'motor',
        'canine',
        'off[- ]duty',
        'on[- ]duty',
        'serving',
        'working',
        'former',
      ])}\s+){0,3}${nouns}\b(?!['’]s|\s+${oneOf([
        ...KIN,
        'kid',
        'family',
        // "a cop show fan"
        'shows?',
        'dramas?',
        'films?',
        'movies?',
        'novels?',
        'fans?',
        'games?',
      ])}\b|\s+of\s+(?!the\s+(?:law|peace)\b))`,
    'gi',
  );
}

/**
 * What can explain a cue away. `person`: someone else is the subject ("my husband is out on patrol");
 * `job`: another workplace ("night shift at the hospital"); `uniform`: another uniform or rank ("Army", "nurse");
 * `badge`: a badge that is not a police one ("my badge for the conference"); `play`: a game, show or book ("big raid
 * in the new game tonight", "we sat in the squad car at the open house"); `event`: only the agency's open days.
 */
type Veto = 'person' | 'job' | 'uniform' | 'badge' | 'play' | 'event';

/** What every author cue sees: the post, its analysis, and whether it is a police family's post. */
interface AuthorText extends CueText {
  analysis: TextAnalysis;
  /** A police family's post ("#policewife", "proud cop mom"): a cue in it is a relative's service. */
  familyPost: boolean;
  roster: RosterIndex;
}

/** A strong cue suffices alone; weak ones need a second cue or the agency's name. */
const STRONG = 0.8;
const WEAK = 0.5;

/** Cues anchored on a sentence start or a subject begin with it; the span starts at the first word. */
function fromFirstWord(m: RegExpExecArray): { start: number; end: number } {
  const lead = /^[^\p{L}\p{N}]*(?:and\s+)?/iu.exec(m[0])?.[0].length ?? 0;
  return { start: m.index + lead, end: m.index + m[0].trimEnd().length };
}

/** The cue counts only when the whole post also matches `re` (e.g. names a ranked colleague). */
const inPost = (re: RegExp) => (c: AuthorText) => re.test(c.text);

/** The vetoes a cue takes (see `Veto`): something in its sentence explains it away. */
function explainedBy(...vetoes: Veto[]): CueVeto<AuthorText>[] {
  if (!vetoes.length) return [];
  return [
    (m, c) => {
      const { start, end } = fromFirstWord(m);
      const { text } = c;
      return vetoed(vetoes, c.analysis.sentenceAround(start, end), text.slice(start, end), c.familyPost, text.slice(0, end), text.slice(0, start), text);
    },
  ];
}

/**
 * Police work-life wording in paraphrase (issue 11): the words each row below reads, one item a line.
 */
/** Words before a bare "sarge" that make it someone greeted or a pet's name: "congrats sarge", "our poodle Sarge". */
const NOT_A_SUPERVISOR_BEFORE = [
  'congrats',
  'congratulations',
  'thanks',
  String.raw`thank\s+you`,
  'years',
  'dog',
  'poodle',
  'pup',
  'puppy',
  'cat',
  'horse',
  'named',
  'called',
  // "the spin instructor everyone calls Sarge"
  'calls',
  // "RIP Sarge, the best old beagle"
  'rip',
];

/** What a nickname "Sarge" is, said after it: "Sarge, our old scoutmaster", "The Sarge BBQ food truck". */
const SARGE_APPOSITIVE = /^\s*[,(]\s*(?:the|our|my|a|an)\s+[^,.!?\n)]*/i;
const SARGE_BUSINESS = new RegExp(String.raw`^\s+${oneOf([
  'bbq',
  'barbecue',
  String.raw`food\s+truck`,
  'diner',
  'burgers?',
  'grill',
  'caf[eé]',
  'bar',
  'pub',
  'tavern',
  String.raw`brew\w*`,
  'pizza',
  'tacos?',
])}\b`, 'i');
const SARGE_POLICE = new RegExp(String.raw`\b${oneOf([
  'sergeant',
  'supervisor',
  'boss',
  'shift',
  'squad',
  'custody',
  'patrol',
  'station',
  'nick',
  'precinct',
  'relief',
  'watch',
  'team',
])}\b`, 'i');

/** A bare "Sarge" that names someone or something else: a scoutmaster, a dog, a food truck (not "the sarge, our shift boss"). */
function sargeNamesSomeoneElse(m: RegExpExecArray, text: string): boolean {
  // "My Lieutenant Dan impression": a film character played
  if (PLAYED_CHARACTER_AFTER.test(text.slice(m.index + m[0].length).replace(/^\s+\p{Lu}[\p{Ll}'’-]+/u, ''))) return true;
  if (!/^sarge$/i.test(m[0].trim())) return false;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const appositive = SARGE_APPOSITIVE.exec(after)?.[0];
  return (!!appositive && !SARGE_POLICE.test(appositive)) || SARGE_BUSINESS.test(after);
}

/** A police supervisor's rank in a sentence (LEAVE_SIGNED): "Lt.", "Staff Sergeant", "S/Sgt", "the detachment commander". */
const SUPERVISOR_RANK = new RegExp(String.raw`\b${oneOf([
  String.raw`lt\b\.?`,
  'lieutenant',
  String.raw`s/sgt`,
  String.raw`sgt\b\.?`,
  'sergeant',
  'sarge',
  'inspector',
  String.raw`(?:detachment|watch|precinct)\s+commander`,
])}`, 'i');

/** Whom an officer answers to or trains under: "my sergeant", "my guv'nor", "my DCI". */
const SUPERVISORS = [
  'sergeant',
  'sarge',
  'lieutenant',
  'lt',
  'inspector',
  String.raw`guv(?:['’]?nor)?`,
  'dci',
  String.raw`staff\s+sergeant`,
  String.raw`patrol\s+supervisor`,
];

/** A crew's supervisor by a police abbreviation: "our Sgt. Ellison", "our DI", "our sarge". */
const CREW_SUPERVISORS = [
  'sgt',
  's/sgt',
  'sarge',
  'di',
  'dci',
  String.raw`guv(?:['’]?nor)?`,
];

/** A promotion step: "sergeant's exam", "inspector's board", "sergeant's stripes". */
const PROMOTION_STEPS = [
  'exam',
  'stripes',
  'board',
  'test',
  'list',
  'promotion',
  'course',
];

/** Whom an officer trains ("a probationer" is MY_ACADEMY's): "my tutee", "our new student officer". */
const TRAINEES = ['tutee', String.raw`student\s+officers?`];

/** A police car the author works a shift in (the shared list plus the words for it in a crew's mouth). */
const WORK_CARS = [...POLICE_CARS, 'squad', String.raw`divvy\s+van`, String.raw`panda(?:\s+car)?`, String.raw`sector\s+car`, String.raw`response\s+car`, String.raw`traffic\s+car`];

/** Kit an officer requalifies on, and the words for doing so: "firearms requal", "taser recert". */
const POLICE_KIT_SKILLS = [
  'firearms',
  'range',
  'taser',
  'baton',
  'shotgun',
  'pistol',
  'duty\\s+weapon',
];
const QUALIFYING = [
  'qual',
  'requal',
  'qualification',
  'requalification',
  'recert',
  'recertification',
];

/** A tour of duty by its hours: "night tour", "a 10 hour tour", "another patrol tour". */
const TOUR_KINDS = [
  'night',
  'midnight',
  'late',
  'early',
  'graveyard',
  'overnight',
  'patrol',
  'last',
  'another',
  'double',
  'day\s+and\s+night',
];

/** British and Australian station-life words that only police use this way. */
/** Which relief (a British police shift crew): "the night relief", "the other relief". One item a line. */
const RELIEF_KINDS = ['night', 'day', 'late', 'early', 'other', 'old', 'whole', 'new'];
/** Words after "the relief" that make it aid, ease or a stand-in: "the relief effort", "the relief of". One item a line. */
const NOT_A_RELIEF_AFTER = [
  'of',
  'that',
  'effort',
  'fund',
  'work',
  'team',
  'agency',
  'agencies',
  'operation',
  'convoy',
  'supplies',
  'goods',
  'aid',
  'camp',
  'package',
  'payment',
  'pitcher',
  'valve',
  'road',
  'map',
  'society',
  'workers?',
  'staff',
  'bus',
  'train',
  'driver',
  'teacher',
  'cook',
];

/** Offences one is nicked for: "nicked him for no insurance". One item a line. */
const OFFENCES_NICKED_FOR = [
  String.raw`no\s+(?:insurance|licen[cs]e|tax|mot)`,
  String.raw`drink[- ]driving`,
  String.raw`drunk[- ]driving`,
  'possession',
  'theft',
  'assault',
  'shoplifting',
  'burglary',
  String.raw`criminal\s+damage`,
  'obstruction',
  'speeding',
  String.raw`being\s+drunk`,
  String.raw`a\s+warrant`,
];
/** The police workplaces whose party the author goes to: "the station Christmas do". One item a line. */
const POLICE_WORKPLACES = [
  'station',
  'precinct',
  'pct',
  'relief',
  'detachment',
  'nick',
  'force',
  'narcotics',
  'cid',
  // (issue 11, session 22: train-z) "the drugs squad's Christmas secret santa"
  String.raw`drugs\s+squad`,
  String.raw`vice\s+squad`,
];
/** Kinds of party: "Christmas", "leaving". One item a line. */
const PARTY_KINDS = [
  'christmas',
  'xmas',
  'holiday',
  'summer',
  'leaving',
  'retirement',
  String.raw`end[- ]of[- ]year`,
];
/** A party: "do", "bash". One item a line. */
const PARTIES = [
  'do',
  'party',
  'bash',
  String.raw`piss-?up`,
  'social',
  'drinks',
  String.raw`secret\s+santa`,
];
/** Police sports teams: "the force rugby team". One item a line. */
const POLICE_SPORTS = [
  'rugby',
  'football',
  'soccer',
  'hockey',
  'softball',
  'cricket',
  'boxing',
  'darts',
  'netball',
  'basketball',
];

const STATION_LIFE = [
  String.raw`(?:at|to|in|from|of|round)\s+the\s+nick(?!\s+of\s+time)`,
  String.raw`the\s+nick['’]s`,
  // (issue 11, session 21: train-y) "went straight to the pub with half the nick"
  String.raw`(?:half|all|most|rest)\s+(?:of\s+)?the\s+nick(?!\s+of\s+time)`,
  String.raw`(?:(?:i['’]m|i\s+am|i\s+was|i['’]ve\s+been|me)\s+on|back\s+on|off)\s+response(?!\s+(?:to|from|times?)\b)`,
  String.raw`response\s+(?:shift|car|driver|policing)`,
  // "Sunday on response", "nights on response", "two years on response" (not "be on response": the person veto)
  String.raw`(?:night|shift|day|\w+day|weekend|week|month|year|first)s?\s+on\s+response(?!\s+(?:to|from|times?)\b)`,
  String.raw`(?:my|our|the\s+same)\s+relief`,
  String.raw`[b-d]\s+relief`,
  // (issue 11, session 21: heldout-n, train-v/w/x, train-n) the relief as the author's own crew: "went straight to the
  // pub with the relief", "for the lads on the other relief", "Any of the night relief need a lift", "the cleanest on
  // the relief", "Relief night out", "the relief's Christmas do" (not "to the relief of", "a relief pitcher", "the
  // relief effort": no preposition before "the", or a word after)
  String.raw`(?:with|on|from|for|in)\s+the\s+(?:${oneOf(RELIEF_KINDS)}\s+)?relief(?!\s+${oneOf(NOT_A_RELIEF_AFTER)}\b)`,
  String.raw`of\s+the\s+${oneOf(RELIEF_KINDS)}\s+relief(?!\s+${oneOf(NOT_A_RELIEF_AFTER)}\b)`,
  String.raw`(?:our|the)\s+relief['’]s`,
  String.raw`(?<=(?:^|[.!?\n])\s*)relief\s+(?:christmas\s+do|xmas\s+do|night\s+out|do)`,
  // (issue 11, session 20: train-a/j/q/w, train-x) "anyone on C-relief", "the whole B watch", "on c-watch", "anyone from
  // B-watch" (a letter from b to e: "that's a relief", "gave me a watch")
  String.raw`[b-e]-relief`,
  String.raw`(?<=\b(?:the|whole|on|from|in|of|our|my)\s)[b-e][\s-]watch`,
  // (issue 11, train-w, train-x) "First leave from the force in two years", "Annual leave from the force at last"
  String.raw`(?:annual\s+|first\s+)?leave\s+from\s+the\s+force`,
  String.raw`sector\s+car`,
  String.raw`(?:my|our)\s+stab\s+vest`,
  String.raw`(?:my|our)\s+(?:radio|car)\s+call\s?sign`,
];

/** How an officer is at a cordon: "stood on the scene cordon", "babysitting a cordon". */
const ON_A_CORDON = ['on', 'at', 'manning', 'held', 'holding', String.raw`stood\s+on`, String.raw`standing\s+on`, 'babysitting', 'guarding', 'minding'];

/** What a patrol does to the author when it is someone else's: "Highway patrol pulled me over", "Bike patrol officers". */
const PATROL_ACTS = [
  'officers?',
  'cars?',
  'cops?',
  'pulled',
  'stopped',
  'gave',
  'was',
  'were',
  'is',
  'are',
  'has',
  'had',
  'just',
  'came',
  'caught',
];

/** Words after a role that make it the sentence's heading: "School resource officer this year", "Beat officer again". */
const ROLE_HEADING_AFTER = ['this', 'for', 'again', 'life', 'duty', 'today', 'tonight', 'now'];

/** What a second-generation officer is: "second generation in blue", "third generation copper". */
const GENERATION_OF = [String.raw`in\s+blue`, 'cop', 'police', 'officer', 'copper', 'garda', 'trooper', 'deputy'];
/** Where years of patrolling were spent: "Twenty years patrolling this town". */
const PATROLLED_PLACES = ['town', 'city', 'streets', 'county', 'district', 'borough', 'highways?', String.raw`side\s+of\s+town`];
/** A shift spent at a call: "spent my shift at a rollover out by the quarry". */
const SHIFT_AT = ['rollover', 'crash', 'collision', 'wreck', 'fatal', 'pile-?up', 'domestic', 'stabbing', 'shooting'];

/**
 * Police duty told without "I" or "police" (issue 11: "bike patrol in August heat", "cells were full by 10pm"): work
 * only an officer does or says this way, from the inside (booking prisoners in, public order kit, the scene cordon,
 * independent patrol, a paid detail, rest days cancelled). A civilian sees police work from the outside ("a cruiser
 * sat outside all night", "got stopped at a DUI checkpoint"), so these name the doing, not the sight.
 */
const DUTY_PHRASES = [
  String.raw`lights\s+and\s+sirens`,
  String.raw`riot\s+shields?`,
  String.raw`public\s+order\s+(?:unit|kit|shift|van|training|trained|duty)`,
  String.raw`cells\s+(?:were|are|was)\s+(?:full|rammed|heaving)`,
  String.raw`book(?:ing)?\s+(?:him|her|them|anyone|someone|(?:a|the)\s+prisoners?)\s+in\b`,
  String.raw`booking\s+(?:desk|room)`,
  String.raw`prisoner\s+(?:transport|escort|watch|handover)`,
  String.raw`guarding\s+a\s+prisoner`,
  String.raw`bed\s+watch`,
  String.raw`${oneOf(ON_A_CORDON)}\s+(?:the\s+|a\s+)?(?:scene\s+|outer\s+|inner\s+)?cordon`,
  String.raw`foot\s+beat`,
  String.raw`notif(?:y|ied|ying)\s+(?:the\s+)?next\s+of\s+kin`,
  String.raw`back\s+in\s+the\s+(?:patrol|squad)\s+car`,
  String.raw`traffic\s+point`,
  String.raw`point\s+duty`,
  String.raw`rbt\s+site`,
  String.raw`(?:working|manning|ran|running)\s+(?:a\s+|the\s+)?(?:dui|sobriety|rbt|breath\s+test)\s+(?:checkpoint|site)`,
  String.raw`independent\s+patrol`,
  String.raw`use\s+of\s+force\s+(?:refresher|training|recert\w*)`,
  String.raw`firearms\s+(?:quals?|qualification|requal\w*)`,
  String.raw`duty\s+belt`,
  String.raw`stab\s+vest`,
  // (not a view on the policy: "Body-worn cameras are now standard for all officers. Good for everyone")
  String.raw`body[- ]?worn\s+cam(?:era)?s?(?!\s+(?:are|is|should\s+be|must\s+be)\s+(?:now\s+)?(?:standard|mandatory|required|compulsory)\b)`,
  String.raw`parade\s+room`,
  String.raw`\d+\s+immediates`,
  String.raw`grade\s+(?:one|1)\s+(?:comes\s+in|call|job)`,
  String.raw`booking\s+back\s+on`,
  String.raw`(?:a|another|\d+|two|three)\s+sudden\s+deaths?\b(?!\s+(?:overtime|play-?offs?|rounds?|penalt\w*))`,
  String.raw`cop\s+shop`,
  'coppering',
  String.raw`fully\s+warranted`,
  String.raw`special\s+constable\s+(?:shift|duty|hours)`,
  String.raw`reserve\s+deputy`,
  'templemore',
  String.raw`(?:ran|running|run|working)\s+(?:the\s+)?radar\b`,
  String.raw`(?:paid|parade|funeral|fair|escort|overtime|road\s+closure)\s+detail\b`,
  String.raw`(?:on|across)\s+the\s+relief\b`,
  String.raw`rest\s+days?\s+(?:cancell?ed|cancel\w*)`,
  String.raw`(?:took|taking|take)\s+(?:a\s+)?witness\s+(?:account|statement)`,
  String.raw`pocket\s+note\s?book`,
  String.raw`take-?home\s+(?:patrol\s+|squad\s+)?car`,
  String.raw`custody\s+(?:suite|block)\s+(?:was|is|were)`,
  String.raw`night-?time\s+economy\s+(?:patrol|shift|duty|operation)`,
  String.raw`walk(?:ed|ing)?\s+(?:the|my)\s+(?:\w+\s+){0,2}beat`,
  String.raw`direct(?:ed|ing)\s+traffic\s+(?:at|around)\s+(?:a|the)\s+(?:rollover|crash|collision|wreck|accident|scene|pile-?up)`,
  String.raw`firearms\s+officers?\s+(?:training|course|selection)`,
  String.raw`fto\s+(?:said|says|signed|told|let|made)`,
  String.raw`(?:cruiser|squad\s+car|patrol\s+car)\s+(?:laptop|computer|mdt)`,
  String.raw`(?:nights|earlies|lates|days)\s+on\s+response`,
  String.raw`pursuits?\s+(?:called\s+off|abandoned|authori[sz]ed)`,
  String.raw`evidential\s+breath\s+(?:test|testing)`,
  String.raw`my\s+(?:\d{4}\s+)?recruit\s+(?:photo|class|intake|course)`,
  String.raw`(?:did|doing|done|do|with|on|of)\s+(?:a|another|the|\d+)\s+welfare\s+checks?`,
  // issue 11, duty told through the work (train-p): "Logged it and back in service", "Custody was rammed tonight",
  // "Signed off nights at 7", "Passed out of Hendon today", "Sworn in today.", "Riding with Tom on the midnight car",
  // "second generation in blue", "Finished FTO today", "cleared my backlog of crime reports", "the report room"
  String.raw`(?:^|(?<=[.!?\n]\s*)|(?:i['’]m|we['’]re|i\s+am|we\s+are|and|then|go|went|going|got)\s+)back\s+in\s+service`,
  String.raw`custody\s+(?:was|is)\s+(?:absolutely\s+|absolute\s+)?(?:rammed|heaving|busy|full|mental|carnage|chaos|s[\W*]*t|manic)`,
  String.raw`signed\s+off\s+(?:from\s+)?(?:nights|custody|earlies|lates)`,
  String.raw`passed\s+out\s+of\s+(?:hendon|templemore|depot|police\s+college)`,
  String.raw`(?:^|(?<=[.!?\n]\s*))sworn\s+in(?=\s*(?:[.!]|(?:today|this\s+morning|tonight|yesterday|last\s+night)\s*[.!,]))`,
  String.raw`(?:on|riding|ride|rode|drove|driving|working)\s+the\s+(?:midnight|night|day|late|early|area)\s+car`,
  String.raw`(?:second|third|fourth|2nd|3rd|4th)[- ]generation\s+${oneOf(GENERATION_OF)}`,
  String.raw`(?:finished|passed|done\s+with|completed|off)\s+(?:my\s+)?(?:fto|field\s+training)`,
  String.raw`solo\s+patrol`,
  String.raw`(?:wrote|writing|write|cleared|finished|typing|typed)\s+(?:up\s+)?(?:\w+\s+){0,3}?(?:crime|arrest|incident)\s+reports?`,
  String.raw`(?:my|\d+|two|three|four|five)\s+(?:arrest|incident)\s+reports?`,
  String.raw`use[- ]of[- ]force\s+(?:reports?|forms?|paperwork)`,
  String.raw`(?:the|in)\s+report(?:[- ]writing)?\s+room`,
  String.raw`(?:my|our)\s+duty\s+bags?`,
  String.raw`(?:handed\s+over|transported|escorted|processed|transporting|escorting)\s+(?:the|a|my|our|two|three|\d+)\s+prisoners?`,
  String.raw`(?:pinned|clipped)\s+(?:it\s+|them\s+)?on\s+my\s+chest`,
  String.raw`(?:badge|shield|star)\s+(?:number\s+)?(?:#\s?)?\d{3,6}\s+on\s+my\s+chest`,
  String.raw`(?:my\s+own|assigned\s+(?:me\s+)?(?:a|my))\s+(?:patrol|squad)\s+car`,
  String.raw`(?:a|two|three|\d+|the|another)\s+mispers?`,
  String.raw`(?:took|taking|take|taken)\s+(?:a|the|her|his|their|\d+|two|three)\s+(?:\w+\s+)?statements?\s+(?:from|off)`,
  String.raw`(?:annual|quarterly|yearly)\s+(?:range\s+|firearms\s+|weapons\s+)?quals?`,
  String.raw`(?:passed|finished|done|completed)\s+(?:the|my)\s+(?:detective|pursuit)\s+(?:training\s+)?course`,
  String.raw`(?:one|two|single)[- ](?:member|officer)\s+(?:detachment|station)`,
  String.raw`(?:my|our)\s+number\s+ones`,
  String.raw`(?:detective|pursuit)\s+(?:training\s+)?course\s+(?:done|passed|finished|complete)`,
  String.raw`(?:on|drove\s+on|driving\s+on|under)\s+blues\s+and\s+twos`,
  String.raw`processed\s+(?:an?|\d+|two|three|four|five)\s+arrests?`,
  String.raw`(?:\d+(?:st|nd|rd|th)|first|second|third|fifth|tenth|twentieth)\s+year\s+(?:with|behind|wearing)\s+the\s+badge`,
  String.raw`kit\s+back\s+(?:in\s+)?to\s+stores`,
  String.raw`(?:served|serving|execute[ds]?|executing)\s+(?:my|our)\s+(?:first\s+)?(?:search\s+)?warrant`,
  String.raw`(?:\d+|${oneOf(NUMBER_WORDS)})\s+years\s+(?:of\s+)?patrolling\s+(?:this|these|the|our|my)\s+${oneOf(PATROLLED_PLACES)}`,
  String.raw`(?:^|(?<=[.!?\n]\s*))(?:end\s+of\s+watch|eow)\s+(?:at|in)\s+\d`,
  String.raw`(?:the|that|this)\s+(?:scumbag|scrote|toerag|dirtbag|perp)\s+(?:we|i)\s+(?:booked|nicked|arrested|locked\s+up|cuffed)`,
  String.raw`pulled\s+up\s+(?:to|at)\s+(?:the|a)\s+call`,
  // the wearer left out, so the author: "Wore badge 3318 for 27 years." (not "My brother wore star 5512")
  String.raw`(?:^|(?<=[.!?\n]\s*))(?:wore|carried)\s+(?:badge|shield|star)\s+(?:number\s+)?#?\s?\d{3,6}`,
  String.raw`(?:^|(?<=[.!?\n]\s*)|\bmy\s+)new\s+(?:shield|badge|star|collar)\s+number`,
  // (issue 11, session 22: train-z) "New shield, new number: 29914."
  String.raw`(?:^|(?<=[.!?\n]\s*))new\s+shield,?\s+new\s+number`,
  // the author pulling drivers over as a routine: "I pull them over every day" (not "I pulled over")
  String.raw`\bi\s+pull(?:ed)?\s+(?:them|drivers|people|cars)\s+over\s+(?:every|all|daily|for)\b`,
  String.raw`(?:spent|started|ended|finished)\s+(?:my|the)\s+shift\s+(?:at|on|with)\s+(?:a|the)\s+${oneOf(SHIFT_AT)}`,
  String.raw`(?:our|my)\s+pursuit(?!\s+of)`,
  // a patrol or a role as the sentence's heading: "bike patrol in August heat", "School resource officer this year"
  // (not "Highway patrol pulled me over": a patrol that acts on the author)
  String.raw`(?:^|(?<=[.!?\n]\s*))(?:police\s+)?(?:foot|bike|bicycle|highway|motor)\s+(?:patrol|beat)(?!\s+${oneOf(PATROL_ACTS)}\b)`,
  String.raw`(?:^|(?<=[.!?\n]\s*))(?:school\s+resource|neighbou?rhood\s+beat|response|beat)\s+officer(?=\s+${oneOf(ROLE_HEADING_AFTER)}\b|\s*[,:.])`,
  String.raw`(?:^|(?<=[.!?\n]\s*))(?:the\s+)?sgt\.?\s+(?:sent|told|made|let|gave|put|asked)\s+(?:me|us)`,
  // issue 11, duty in ordinary wording (train-q, heldout-e's misses; each at P 1.0 on training text): "Kev covered my
  // beat", "court on my rest day again", "late turn tomorrow", "the whole relief", "this detachment is colder", "my old
  // DI", "on the van tonight", "First homicide today.", "Wore 1187 on my chest for 22 years", "the watch
  // commander", "the bike unit", "the marine unit", "rolled up on a domestic", "constable life"
  String.raw`(?:covered|covering|cover|covers)\s+my\s+(?:beat|court\s+(?:date|appearance|case)|patrol|tour|rest\s+days?|sector)`,
  String.raw`rest\s+days?`,
  String.raw`(?:late|early)\s+turns?`,
  String.raw`whole\s+relief`,
  String.raw`(?:this|the|my|our)\s+detachment`,
  String.raw`my\s+(?:old\s+)?(?:dci|di|guv|guvnor)`,
  String.raw`(?:on|crewed|crewing|working|double-crewed)\s+the\s+(?:\w+\s+)?van`,
  String.raw`(?:my\s+)?first\s+(?:homicide|fatal|murder|death\s+notification|post-?mortem|sudden\s+death|doa)(?!\s+(?:case|trial|podcast|book|novel|episode))`,
  String.raw`wore\s+(?:#\s?)?\d{3,6}\s+on\s+my\s+(?:chest|shirt|uniform|hat|cap|collar)`,
  String.raw`watch\s+commander`,
  String.raw`(?:motor|bike|marine)\s+unit`,
  String.raw`(?:to|at|attended|attending|on)\s+a\s+domestic(?!\s+(?:flight|abuse|violence|goddess|holiday|trip|worker|cleaner))`,
  String.raw`constable\s+life`,
];

/** A relative leads the sentence: "Mum hung up the duty belt in 2004" is her service (not "my wife and I"). */
const KIN_SUBJECT = new RegExp(String.raw`^[^\p{L}]*(?:(?:my|our)\s+)?${oneOf(KIN)}\b(?!\s+(?:and|&)\s+(?:i|me)\b)`, 'iu');

/** Academies that are not police ones: "fire academy week 3", "dance academy days". */
const NOT_POLICE_ACADEMY = [
  'fire',
  'dance',
  'film',
  'art',
  'football',
  'soccer',
  'tennis',
  'baseball',
  'military',
  'naval',
  'sports?',
  'music',
  'ballet',
  'drama',
  String.raw`coast\s+guard`,
  String.raw`citizens['’]?`,
  'junior',
];

/** What an officer keeps from the academy: "my academy photo", "my old academy instructor". */
const ACADEMY_THINGS = [
  'diploma',
  'photos?',
  'pictures?',
  'graduation',
  String.raw`class(?:mates?)?`,
  'instructors?',
  'days',
  'buddies',
  'id',
  'roommates?',
  'reunion',
  'sergeant',
];

/** When in relation to the academy: "fresh out of the academy", "5 weeks of the academy done", "since the academy". */
const ACADEMY_TIMES = [
  String.raw`out\s+of`,
  'since',
  'through',
  String.raw`left\s+of`,
  String.raw`done\s+with`,
  String.raw`(?:weeks?|days?|months?)\s+of`,
  String.raw`back\s+to`,
  'in',
];

/** Other schools and academies a sentence may name beside "the academy" (ACADEMY_OWN). One item a line. */
const ACADEMY_ELSEWHERE_WORDS = [
  ...NOT_POLICE_ACADEMY,
  String.raw`air\s+force`,
  'nursing',
  'culinary',
  'beauty',
  'karate',
  String.raw`cadets?`,
  'school',
  'teacher',
  'army',
  'navy',
  String.raw`marines?`,
  String.raw`paramedics?`,
];
const ACADEMY_ELSEWHERE = new RegExp(String.raw`\b${oneOf(ACADEMY_ELSEWHERE_WORDS)}\b`, 'i');
/** A relative in a sentence, whoever's: "My grandson's first day at the police academy", "my little brother", "My fiancé". */
const KIN_IN_SENTENCE = new RegExp(String.raw`\b(?:my|our|his|her|their)\s+(?:[\p{L}'’]+\s+)?(?:${oneOf(KIN)})(?![\p{L}\p{N}_])`, 'iu');
/**
 * Time served in "the job", the police's own word for the service: "first year on the job", "since I joined the job",
 * "confirmed in the job", "leaving the job after 24 years" (JOB_TENURE). One item a line.
 */
const JOB_TENURES = [
  String.raw`(?:first|second|third)\s+(?:year|week|month|day|christmas|shift|night)\s+(?:on|in)`,
  String.raw`(?:\d+|${oneOf(numberWords(2, 20))}|thirty)\s*(?:years?|yrs|decades?)\s+(?:on|in)`,
  'joined',
  String.raw`confirmed\s+in`,
  'leaving',
  'left',
];
/** Words of another career in a sentence about years on the job: "still love teaching fourth grade". One item a line. */
const OTHER_CAREER_WORDS = [
  String.raw`teach(?:ing|er)`,
  'grade',
  'classroom',
  'pupils',
  'students',
  'patients',
  'ward',
  'customers',
];
const OTHER_CAREER = new RegExp(String.raw`\b${oneOf(OTHER_CAREER_WORDS)}\b`, 'i');
/** A third person as the subject in a sentence without the author: "Thirty years in the job, he deserved a send-off". */
const HE_OR_SHE = /\b(?:he|she)\b/i;
const I_SUBJECT = /\b(?:i|i['’](?:m|ve|d|ll))\b/i;
/** A police rank before a capitalised name, written as a name is ("Sgt. Renee Whitfield", "Officer Hale"). */
const RANKED_NAME = new RegExp(String.raw`\b${TITLES}\.?\s+\p{Lu}\p{Ll}`, 'u');
/** A rank worn as a pet's or toy's name: "the police dog at the parade was named Sergeant Snuggles". */
const PET_NAMED = /\b(?:named|called|nicknamed)\s+\S+\s+\S+/gi;

/** The police nouns "as a …" reads ("as a cop, I"); an officer elsewhere is the uniform veto's. */
const AS_A_NOUN = oneOf([
  String.raw`police\s+officer`,
  'cop',
  // (issue 11, train-x) "As a copper for 18 years I'm telling you"
  'copper',
  'officer',
  String.raw`patrol\s+officer`,
  'deputy',
  'trooper',
  'detective',
  'leo',
  String.raw`law\s+enforcement\s+officer`,
  // (issue 11, session 21: train-y) "As a 20-year police veteran, I'm endorsing…"
  String.raw`police\s+veteran`,
  // (issue 11, session 22: train-z) "as a special constable", "as an SRO"
  'constable',
  String.raw`special\s+constable`,
  'sro',
  String.raw`school\s+resource\s+officer`,
]);

/** Where "as a copper" works: "As a copper on this patch, I know". One item a line. */
const AS_A_PLACES = [
  'patch',
  'beat',
  'force',
  'town',
  'city',
  'area',
];

/** What may stand between "as a" and the noun: "as an off-duty cop", "speaking as a retired officer". */
const AS_A_QUALIFIER = oneOf([
  String.raw`off[- ]duty`,
  String.raw`on[- ]duty`,
  'serving',
  'working',
  'retired',
  'former',
  'veteran',
  'police',
  'patrol',
  'uniformed',
  // (issue 11, session 21: train-y) "as a 20-year police veteran"
  String.raw`\d+-year`,
]);

/** What "I'm a …" names when it is a police job. One item a line. */
const I_AM_NOUNS = [
  'cop',
  // (issue 11, train-x: "Been a copper 20 years"; not the metal's trades)
  String.raw`copper(?!\s+(?:miner|smith|wire|pipe|pot|kettle|mine|beech))`,
  String.raw`police\s+officer`,
  String.raw`patrol\s+officer`,
  String.raw`school\s+resource\s+officer`,
  'deputy',
  String.raw`sheriff['’]?s\s+deputy`,
  'trooper',
  'police(?:man|woman)',
  'leo',
  'constable',
  String.raw`law\s+enforcement\s+officer`,
];

/** What the author's own number is printed on: "Retired badge 1776", "Star #8820 hanging up". */
const OWN_NUMBER_WORD = oneOf([
  'badge',
  'shield',
  'star',
  String.raw`warrant\s+card`,
  String.raw`collar\s+number`,
]);

/** Words after "my rookie" that make it sport or another trade: "my rookie season", "my trainee nurse". */
const ROOKIE_NOT_POLICE_AFTER = [
  'season',
  'year',
  'card',
  'contract',
  'campaign',
  'nurses?',
  'teachers?',
  'chef',
  'firefighter',
];
/** Police units an officer serves years in: "8 years in the traffic unit", "six months on the drug squad". */
/** Whom one arrests, before "we nicked": "the lad we nicked", "Guy we lifted" (not "the sweets we nicked"). One item a line. */
const ARRESTED_PERSONS = [
  'lad',
  'guy',
  'bloke',
  'fella',
  'man',
  'woman',
  'kid',
  String.raw`teen(?:ager)?`,
  'boy',
  'girl',
  'youth',
  'someone',
  'one',
  'dealer',
  'shoplifter',
  'thief',
  'burglar',
  'suspect',
  'driver',
  'offender',
  'dude',
];
/** Arrests in slang, said after the person: "the lad we nicked", "the fella I locked up". One item a line. */
const ARRESTED_SLANG = [
  'nicked',
  'lifted',
  String.raw`locked\s+up`,
  String.raw`brought\s+in`,
  // (issue 11, session 26: heldout-s, train-ac) "Same guy we pinched for the Ridgeway fire", "Dude I stopped tonight had 14
  // priors" (a stop with its shift's time: not "the guy I stopped to ask for directions")
  'pinched',
  String.raw`(?:stopped|pulled\s+over)(?=\s+(?:tonight|today|last\s+night|this\s+morning|yesterday|earlier)\b)`,
];
/** The author as the one who did it: "we", "I", "we've", "I just". */
const WE_OR_I = String.raw`(?:we|i)(?:['’]ve|\s+have|\s+had|\s+just)?`;
/** Words before "we arrested" that make it a supposition: "if we arrested everyone". One item a line. */
const NOT_DONE_BEFORE = [
  'if',
  'unless',
  'whether',
  'wish',
  'should',
  'could',
  'would',
];
/** A suspect in plain words ("he's our man"), read as one only in a post about a crime. One item a line. */
const SUSPECT_PLAIN = [
  'man',
  'guy',
  'lad',
  'woman',
];
const SUSPECT_PLAIN_AT_END = new RegExp(String.raw`\b${oneOf(SUSPECT_PLAIN)}$`, 'i');
/** A crime or its evidence named in the post: "the victim", "an alibi", "the phone dump", "three priors". One item a line. */
const CASE_TALK = new RegExp(String.raw`\b${oneOf([
  'victims?',
  'alibi',
  'interview',
  'cctv',
  'line-?up',
  'priors',
  'record',
  'stabbing',
  'robbery',
  String.raw`burglar\w*`,
  'murder',
  'assault',
  'arson',
  'fraud',
  'evidence',
  String.raw`phone\s+dump`,
  'dna',
  'lawyered',
  'charged',
  'warrant',
  // (issue 11, session 21: heldout-n) "failed his polygraph this morning", "just waiting on forensics"
  'polygraph',
  'forensics',
  // (issue 11, session 26: heldout-l, train-ac) "Lab came back on the Willow St case. It's his blood on the jacket"
  'blood',
  String.raw`the\s+lab`,
  'homicide',
  'shooting',
])}\b`, 'i');
/**
 * Evidence that pins a suspect on the author's crew, read beside "we've got him" (WE_GOT_HIM) with CASE_TALK: "on
 * camera", "the witness", "his boots match the print". One item a line.
 */
const PINNED_BY = [
  String.raw`on\s+(?:\w+\s+)?(?:cameras?|cctv|video|tape|film)`,
  String.raw`witness(?:es)?`,
  String.raw`suspects?`,
  String.raw`(?:finger|hand|shoe|boot|foot)?prints?`,
  'accelerant',
  'cps',
  String.raw`(?:arson|garage|car|house)\s+fires`,
];
const PINNED_IN_POST = new RegExp(String.raw`\b${oneOf(PINNED_BY)}\b`, 'i');
/** What follows "we got him" when it is a rescue, a patient or a pet: "we got him back", "we got her up". One item a line. */
const GOT_HIM_PARTICLES = [
  'back',
  'up',
  'down',
  'out',
  'home',
  'off',
  'over',
  'into',
  'to',
  'through',
  'settled',
  'stable',
  'breathing',
  'talking',
  'sorted',
  String.raw`for\s+(?:another\s+|the\s+|a\s+|\w+\s+)?(?:seasons?|years?|months?|weeks?|weekend|summer|night|day)`,
];
/**
 * The side that investigates, in a post about who did it: "the DA won't charge", "proving it is another matter", "after
 * we spent a year building the case", "we'll get him" (not a victim's family: "police aren't doing anything"). One item
 * a line.
 */
const INVESTIGATOR_SIDE = [
  String.raw`(?:can['’]?t|cannot|won['’]?t|couldn['’]?t|didn['’]?t|wouldn['’]?t)\s+charge`,
  String.raw`the\s+(?:da|cps|prosecutor)`,
  String.raw`prov(?:e|ing)\s+it`,
  String.raw`build(?:ing)?\s+(?:the|a)\s+case`,
  String.raw`we['’]ll\s+get\s+(?:him|her|them|there)`,
  String.raw`on\s+a\s+technicality`,
];
/** What was done, after "we know who": "did", "set the fire", "torched the van". One item a line. */
const DONE_IT = [
  'did',
  'done',
  String.raw`it\s+was`,
  'set',
  'torched',
  'shot',
  'stabbed',
  'stole',
  String.raw`broke\s+in`,
];
const INVESTIGATOR_IN_POST = new RegExp(String.raw`\b${oneOf(INVESTIGATOR_SIDE)}\b`, 'i');
/** What a crew does to a suspect's house: "we hit the house", "we're executing a warrant", "we raided the garage". One item a line. */
const HOUSE_HIT = [
  'hit',
  'hitting',
  'raided',
  'raiding',
  'served',
  'serving',
  'executed',
  'executing',
  String.raw`kicked\s+in`,
  'breached',
];
/** Where a crew goes in: "the house on Corbin St", "their lockup", "a warrant on the Lyle St address". One item a line. */
const HOUSES_HIT = [
  'house',
  'flat',
  'door',
  'address',
  'warrant',
  'premises',
  'property',
  'apartment',
  String.raw`lock-?up`,
  'garage',
  'caravan',
  'trailer',
];
/** What names the house a crew goes through: "the house", "their lockup", "three houses". One item a line. */
const HOUSE_DETERMINERS = [
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'that',
  'this',
  'two',
  'three',
  'four',
  'five',
  'six',
  String.raw`\d+`,
];
/** How the crew's act is said after "we": "we're", "we'll", "we just". One item a line. */
const WE_TENSES = [String.raw`['’]re`, String.raw`\s+are`, String.raw`['’]ll`, String.raw`\s+will`, String.raw`\s+just`, String.raw`\s+finally`];
/** Words after a house that make it a do or a thing: "we hit the house party". One item a line. */
const NOT_A_HOUSE_AFTER = ['party', 'parties', 'music', 'wine', 'special', 'rules', 'keys?', 'rent', 'market'];
/** Who else sits in a patrol car: a child on a visit, a game's player (OWN_PATROL_CAR). One item a line. */
const PATROL_CAR_VISITORS = [
  String.raw`kids?`,
  'son',
  'daughter',
  String.raw`child(?:ren)?`,
  'class',
  'school',
  'fair',
  'cartoon',
  'memorial',
  String.raw`neighbou?r['’]?s`,
];
const PATROL_CAR_VISIT = new RegExp(String.raw`\b${oneOf(PATROL_CAR_VISITORS)}\b`, 'i');
/** The author in a sentence, as a pronoun (OWN_PATROL_CAR). */
const ME_OR_US_WORDS = [
  'i',
  String.raw`i['’](?:m|ve|d|ll)`,
  'me',
  'my',
  'myself',
  'we',
  String.raw`we['’](?:re|ve|d)`,
  'our',
  'us',
];
const ME_OR_US = String.raw`\b${oneOf(ME_OR_US_WORDS)}\b`;
/** Whom an officer stops: "stopped a car", "pulled over a driver", "Stopped one at the airport". One item a line. */
const STOPPED_WHOM = [
  'car',
  'cars',
  'van',
  'truck',
  'lorry',
  String.raw`drivers?`,
  'motorist',
  String.raw`lads?`,
  String.raw`guys?`,
  'kid',
  'woman',
  'man',
  'bloke',
  'fella',
  'one',
];
/** What may stand before the one stopped: "a", "one", "his mate" (not "my": "If I stop my car so you can cross"). One item a line. */
const STOPPED_DETERMINERS = [
  'a',
  'an',
  'one',
  'this',
  'that',
  'two',
  'three',
  'four',
  String.raw`\d+`,
  'his',
  'her',
];
/** What an officer makes or takes, every one of them: "Every stop I make", "Every fraud report I take". One item a line. */
const EVERY_ONE_TAKEN = [
  'stop',
  'arrest',
  'report',
  'domestic',
  String.raw`traffic\s+stop`,
];
/** Calls an officer is sent to, after "responded to a": "a fatal", "a sudden", "a call about". One item a line. */
const CALLS_RESPONDED = [
  'fatal',
  'rtc',
  'rta',
  'domestic',
  'sudden',
  'stabbing',
  'shooting',
  'overdose',
  String.raw`call\s+(?:about|for)`,
];
/** Where a crew sits on a target: "We're sitting on it till Friday", "we're parked across the lot". One item a line. */
const SAT_ON = [
  String.raw`sitting\s+on`,
  String.raw`sat\s+on`,
  String.raw`parked\s+(?:across|outside|opposite|up\s+the\s+road\s+from)`,
];
/** Whom or what a crew sits on: "it", "the house", "the place". One item a line. */
const SAT_ON_TARGETS = ['it', 'him', 'her', 'them', String.raw`the\s+(?:house|place|flat|address|lot|yard|shop|unit|garage)`];
/** Who leads roll call or is read out at it (ROLL_CALL_BRIEFED). One item a line. */
const ROLL_CALL_BRIEFERS = [
  'lieutenant',
  'lt',
  'sergeant',
  'sarge',
  'sgt',
  'inspector',
  'captain',
  String.raw`pursuit\s+policy`,
  String.raw`(?:new\s+)?vests?`,
  String.raw`body\s?cams?`,
];
/** What a roll call does, heading its sentence: "Roll call ran long again", "Roll call at 0545". One item a line. */
const ROLL_CALL_HEADINGS = ['ran', 'was', 'went', 'at', 'in', 'today', String.raw`this\s+morning`, 'joke', 'briefing', String.raw`\d`];
/** Another roll call: a camp's, a class's, a vote's (ROLL_CALL_BRIEFED). One item a line. */
const OTHER_ROLL_CALL_WORDS = ['camp', 'scouts?', 'senate', 'votes?', 'class', 'school', 'kids', 'register', String.raw`distribution\s+cent(?:re|er)`, 'warehouse', 'hospital', String.raw`nurses?`, 'site'];
const OTHER_ROLL_CALL = new RegExp(String.raw`\b${oneOf(OTHER_ROLL_CALL_WORDS)}\b`, 'i');
/** A patrol area by number, worked in: "in sector 4", "swap sector 3 with me", "Sector 6 was dead quiet", "New sector this month". */
const SECTOR_WORKED = [
  String.raw`(?:in|swap|had|working|work|patrolling|covering)\s+sector\s+\d+`,
  String.raw`(?:^|[.!?\n]\s*)sector\s+\d+\s+(?:was|is|tonight|today)`,
  String.raw`new\s+sector`,
];
/** Oaths that are not a police one: "took the oath of citizenship", "the oath of office". One item a line. */
const OTHER_OATHS = ['citizenship', 'allegiance', 'office', 'enlistment', String.raw`the\s+bar`];
/** What an officer has never or rarely done with their gun: "fired my weapon", "drawn my weapon". One item a line. */
const WEAPON_USED = ['fired', 'drawn', 'drew', 'draw', 'discharged', 'unholstered'];
const OWN_WEAPONS = ['weapon', 'gun', 'firearm', 'sidearm', String.raw`service\s+(?:weapon|pistol)`];
/** War and the military named in a sentence: a soldier's weapon. */
const WAR_WORDS = new RegExp(String.raw`\b(?:${oneOf([...WAR_PLACES, 'combat', 'deployment', 'deployed', 'tour', 'war', 'enemy', 'army', 'platoon'])})\b`, 'i');
/** Overtime worked on a call or a post: "Three hours of overtime for a stolen garden gnome", "mandatory OT again". */
const OVERTIME_WORKED = [
  String.raw`(?:hours?|hrs)\s+of\s+(?:overtime|ot)\s+(?:for|on|at)`,
  String.raw`mandatory\s+(?:ot|overtime)`,
];
/** How an officer keeps a scene: "holding a scene", "guarding the body", "babysitting a perimeter". One item a line. */
const SCENE_KEEPING = [
  'hold',
  'holding',
  'held',
  'guard',
  'guarding',
  'guarded',
  'babysit',
  'babysitting',
  'babysat',
  'minding',
  'manning',
];
/** What an officer keeps at a scene (a cordon is DUTY_VOICE's; the body is SCENE_HELD's own). One item a line. */
const SCENE_KEPT = [String.raw`(?:crime\s+)?scene`, 'perimeter'];
/** Whom a kept scene waits for: "while we waited on the ME", "waiting for the coroner". One item a line. */
const SCENE_AWAITED = ['me', String.raw`m\.e\.`, 'coroner', String.raw`medical\s+examiner`];
/** YEARS_ON_THE_JOB's years in a department named bare: "Twelve years in narcotics", "6 years in CID". */
const BARE_DEPARTMENT_YEARS = /\bin\s+(?:narcotics|vice|homicide|cid|major\s+crimes)\b/i;
/** Someone greeted on an occasion: "Happy retirement Luis Ortega!", "Congrats to Det. Haddad". */
const SOMEONE_GREETED = /\b(?:happy\s+(?:retirement|birthday)|congrat\w*|well\s+done|good\s+luck|welcome\s+back)\b/i;
/** What follows "we'll get him" when it is a present, a lift or a rematch: "We'll get him a new bike", "We'll get them next year". One item a line. */
const GET_HIM_NOT_AFTER = [
  'a',
  'an',
  'some',
  'back',
  'home',
  'out',
  'up',
  'off',
  'to',
  String.raw`next\s+(?:year|time|season|week)`,
];
/** A first spell of work (PLAIN_CLOTHES_TIME): "first week in plain clothes". One item a line. */
const FIRST_SPELLS = ['day', 'week', 'month', 'shift'];
/** A spell of work counted (PLAIN_CLOTHES_TIME): "Eight years in plain clothes". One item a line. */
const SPELLS = [String.raw`days?`, String.raw`weeks?`, String.raw`months?`, String.raw`years?`];
/** A supervisor's rank, as written in a post, for RANKED_BOSSES_ME ("Sgt. Kowalski", "lieutenant natarajan"). One item a line. */
const BOSS_RANKS = ['sgt', 'sergeant', 'sarge', 'lt', 'lieutenant', 'insp', 'inspector'];
/** What a supervisor does to the author or the shift (RANKED_BOSSES_ME). One item a line. */
const BOSS_ACTS = ['told', 'asked', 'made', 'gave', 'caught', 'sent', 'had'];
/** The author's work a supervisor directs (RANKED_BOSSES_ME): "made me redo the same report". One item a line. */
const BOSSED_WORK = [
  'report',
  'briefing',
  'shift',
  'radio',
  'paperwork',
  'overtime',
  String.raw`door\s+knocks`,
  String.raw`in\s+the\s+car\b(?!\s+park)`,
];
/** Where a plate is run by someone who is no officer: a car buyer's check, a restaurant's plates to a table. */
const PLATE_ELSEWHERE = /\b(?:dvla|carfax|hpi|autocheck|online|website|app|to\s+(?:the\s+)?tables?|table\s+\d+|kitchen|restaurant)\b/i;
/** Someone else asked to run it: "Had a buddy run the plates", "got my cousin to run the plate". */
const PLATE_BY_ANOTHER = /\b(?:had|got|asked)\s+(?:a|my|our|his|her)\s+[\w'’-]+\s+(?:to\s+)?run\b/i;
/** A school's or a ward's in-service day: "Teacher in-service day, kids are home". */
const IN_SERVICE_ELSEWHERE = /\b(?:teachers?|school|kids\s+(?:are|were)\s+home|no\s+school|nurses?|ward|clinic)\b/i;
/**
 * The police workplace's back rooms, where only its staff go: "the sally port", "the report room", "the precinct
 * locker room", "the station break room". One item a line.
 */
const POLICE_BACKROOMS = [
  String.raw`sally\s*port`,
  String.raw`report\s+room`,
  String.raw`(?:precinct|station)\s+(?:locker\s*room|break\s*room)`,
];
/** A visitor shown around a police building: "Toured the precinct locker room", "on our visit to the station". */
const SHOWN_AROUND = /\b(?:toured|tour\s+of|(?:a|our|my|the)\s+visit|visit(?:ed|ing))\b/i;
/** A ranked member's name, for RANKED_ON_SHIFT: the strong ranks and the weak ones only police put before a full name. */
const MEMBER_TITLE = String.raw`${oneOf([...STRONG_RANKS, ...FULL_NAME_RANKS])}\b\.?`;
/**
 * What a ranked colleague shares with the author at work, after their name: "that 14 hr shift", "after the overnight",
 * "every call I made", "best partner I ever had", "the reason I didn't quit in year one". One item a line.
 */
const SHARED_WITH_RANKED = [
  String.raw`(?:my|our|that)\s+(?:\d+\s*-?\s*(?:hr|hour)\s+)?(?:shift|overnight)`,
  String.raw`(?:after|before|half)\s+the\s+(?:shift|overnight)`,
  String.raw`every\s+call\s+I\s+made`,
  String.raw`best\s+partner\s+I(?:['’]ve|\s+have)?\s+(?:ever\s+)?had`,
  String.raw`the\s+reason\s+I\s+(?:didn['’]t\s+quit|stayed|stuck\s+it\s+out)`,
];
/** A cut from a camera: "bodycam still", "dashcam clip". One item a line. */
const CAMERA_CUTS = [
  'still',
  'footage',
  'clip',
  'video',
  'pic',
  'photo',
  'screenshot',
  'grab',
];
/** The shift just worked, as a possessive follows it: "last night's", "tonight's". One item a line. */
const LAST_SHIFT = [
  String.raw`last\s+night`,
  'tonight',
  'today',
  String.raw`this\s+morning`,
  'yesterday',
];
/** Police jobs that head a sentence on their own: "Garda for 9 years", "Retired trooper, 26 years". One item a line. */
const POLICE_NOUNS_ALONE = [
  'garda',
  'cop',
  'copper',
  String.raw`police\s+officer`,
  'constable',
  'trooper',
  'deputy',
  'detective',
  'mountie',
];
/** Verbs before "my intake" that make it food or drink: "watch my intake", "cut my intake". One item a line. */
const INTAKE_WATCHED = [
  'watch',
  'watching',
  'monitor',
  'monitoring',
  'track',
  'tracking',
  'reduce',
  'reducing',
  'cut',
  'cutting',
  'limit',
  'limiting',
  'lower',
  'increase',
  'up',
  'upped',
];
/**
 * Words of police working life only its members use (issue 11, train-u's self-affiliation said in passing): court
 * overtime, the section house, a beat manager, the custody block, the squad room, a misper, the member in charge, a unit
 * calling control. One item a line.
 */
const POLICE_LIFE_WORDS = [
  // (not "half-court overtime", a game going on)
  String.raw`(?<!half[- ])court\s+overtime`,
  String.raw`section\s+house`,
  String.raw`beat\s+manager`,
  String.raw`custody\s+block`,
  // (of 13 labelled posts with a squad room, 11 are the author's; "Ortega came back tanner than anyone in the squad room"
  // is labelled for id/undercover only)
  String.raw`squad\s+room`,
  String.raw`(?:my|first)\s+misper`,
  String.raw`member\s+in\s+charge`,
  String.raw`show\s+me\s+(?:clear|en\s+route|on\s+scene|available)`,
  // (issue 11, train-u) "sleeping in a sports hall with 200 other cops", "I march with the other officers from our
  // force", "Putting in my papers Friday", "Fed rep says the pay deal covers rest days", "the bloke I sold my car to is on
  // our wanted list", "Some of my intake are superintendents now" (not "watch my intake", "my intake of sugar")
  String.raw`(?:with|alongside)\s+(?:\d+\s+|the\s+)?other\s+(?:cops|coppers|officers|gardaí|deputies|troopers)`,
  String.raw`(?:putting|put)\s+in\s+my\s+papers`,
  String.raw`fed\s+rep`,
  String.raw`our\s+wanted\s+list`,
  String.raw`(?<!\b${oneOf(INTAKE_WATCHED)}\s)my\s+intake(?!\s+of\b)`,
];
/** A police service one has years in: "in the police", "with the NYPD", "in the Gardaí". One item a line. */
const POLICE_SERVICES = [
  String.raw`police(?!\s+(?:station|stations|car|cars|van|academy|cells?)\b)`,
  'garda',
  'gardaí',
  String.raw`met(?!\s+office)`,
  'rcmp',
  'opp',
  'nypd',
  'lapd',
  'psni',
  'constabulary',
];
/**
 * Years in the police that are someone else's: a relative leads the cue's sentence ("Dad did 30 years in the police"), or
 * the post names a relative's service or a colleague's send-off and the cue's sentence has no first person in it.
 */
function yearsOfSomeoneElse(m: RegExpExecArray, c: AuthorText): boolean {
  const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
  const at = c.text.lastIndexOf(sentence.slice(0, 20), m.index);
  const lead = at >= 0 ? c.text.slice(at, m.index) : '';
  if (KIN_LEADS.test(lead) && !FIRST_PERSON.test(lead)) return true;
  return (SENT_OFF.test(c.text) || RELATIVE_SERVED.test(c.text)) && !FIRST_PERSON.test(sentence);
}
/** A relative as the sentence's subject, named without "my": "Dad did", "Grandad's". */
const KIN_LEADS = new RegExp(String.raw`^[^\p{L}]*(?:${oneOf(KIN)})(?:['’]s)?\b`, 'iu');
/** A ranked colleague's send-off named: "Lt. Natarajan's retirement do", "Sgt. Okafor's leaving party". */
const SENT_OFF = new RegExp(String.raw`\b${TITLES}\.?\s+\p{Lu}[\p{L}'’-]+['’]s\s+(?:retirement|leaving|send-?off|farewell)`, 'u');
/** Words after "Depot" that make it a street or the RCMP's division named in an official post. One item a line. */
const NOT_DEPOT_AFTER = [
  'St',
  'Street',
  'Rd',
  'Road',
  'Lane',
  'Division',
];
/** What of Depot one has: "Depot reunion", "Depot class of 2009", "Depot 2009". One item a line. */
const DEPOT_DAYS = [
  'reunion',
  'graduation',
  'class',
  'troop',
  'days',
  String.raw`\d{4}`,
];
/**
 * The words before an officer's own number given bare: "tax reg 904417", "Shield 40218", "my collar number is 2210",
 * "Registered number 47120G", "Reg. no. 52019J", "Regimental number 55721" (the last three only before "number" or
 * "no": "Reg" is also a name). One item a line.
 */
const BARE_NUMBER_WORDS = [
  String.raw`tax[ -]?reg(?:istry)?\.?`,
  'shield',
  String.raw`warrant\s+card`,
  'collar',
  'shoulder',
  String.raw`(?:regist(?:e)?red|regimental|reg\.?)(?=\s*(?:number|no\b))`,
];
/** A relative named anywhere in the post: "Our daughter just joined the Mounties!". */
const RELATIVE_IN_POST = new RegExp(String.raw`\b(?:my|our)\s+(?:${oneOf(KIN)})\b`, 'i');
/** The RCMP named: "RCMP", "Depot", "Mountie", "detachment", "red serge". */
const RCMP_WORDS = /\b(?:rcmp|depot|mounties?|detachment|red\s+serge|grc)\b/i;
const POLICE_UNITS = [
  'traffic',
  'gangs?',
  'drugs?',
  'marine',
  'k-?9',
  'motors?',
  'vice',
  'narcotics',
  'homicide',
  'fraud',
  'dog',
  'firearms',
  'tactical',
  'response',
  'cid',
  'burglary',
  'robbery',
  String.raw`major\s+crimes?`,
  String.raw`special\s+victims`,
  String.raw`sex\s+crimes`,
  String.raw`domestic\s+violence`,
];
/** How one is on a beat: "on my beat", "walked the beat", "covering my beat". */
const ON_BEAT_VERBS = [
  'on',
  'off',
  String.raw`walk(?:s|ed|ing)?`,
  String.raw`cover(?:s|ed|ing)?`,
  String.raw`patrol(?:s|led|ling)?`,
  String.raw`work(?:s|ed|ing)?`,
];
/** Words after "on the beat" that make it music: "on the beat drop". */
const BEAT_MUSIC_AFTER = ['drop', 'drops', 'tape', 'maker', 'making', 'boxing'];
/** A sentence about music or dance: "stay on the beat" is the drummer's. */
const BEAT_MUSIC_WORDS = [
  'music',
  'songs?',
  'tracks?',
  'drums?',
  'drummer',
  String.raw`danc\w*`,
  'rap',
  'bpm',
  'dj',
  'producer',
  'tempo',
  'rhythm',
  'band',
];
const BEAT_MUSIC = new RegExp(String.raw`\b${oneOf(BEAT_MUSIC_WORDS)}\b`, 'i');
/** How the author came to a call: "worked a", "got called to a", "attended a". */
const CALL_VERBS = [
  'worked',
  'caught',
  'attended',
  String.raw`(?:got|was|were|been)\s+(?:sent|called|dispatched)\s+to`,
  String.raw`sent\s+to`,
  String.raw`called\s+to`,
  String.raw`dispatched\s+to`,
];
/** Calls worked: "worked a fatal", "called to a suicide". */
const WORKED_CALLS = [
  'fatal',
  'fatality',
  'domestic',
  'overdose',
  'od',
  'stabbing',
  'shooting',
  String.raw`sudden\s+death`,
  'sudden',
  'rtc',
  'pursuit',
  'suicide',
  'burglary',
  'robbery',
  'homicide',
  'murder',
];
/** What an officer polices: "policing this town", "policing the protest". */
const POLICED_PLACES = [
  'town',
  'city',
  'county',
  'area',
  'estate',
  'streets?',
  'protest',
  'match',
  'march',
  'parade',
  'festival',
  'patch',
  'borough',
  'district',
  'beat',
];
/** Whom a detective interviews: "interviewed the girlfriend", "interviewing the neighbours". */
const INTERVIEWEES = [
  'suspect',
  'witness(?:es)?',
  'victim',
  'neighbou?rs?',
  'driver',
  'passenger',
  'boyfriend',
  'girlfriend',
  'husband',
  'wife',
  'ex',
  'brother',
  'sister',
  'mother',
  'father',
  'landlord',
  String.raw`best\s+friend`,
];

/**
 * How the author's crew reached a scene, after "when we" (WHEN_WE_GOT_THERE). One item a line.
 * (issue 11, session 24: heldout-a..q, train-a..aa) also found them, walked, went or got in, opened the door
 */
const WE_ARRIVED = [
  String.raw`(?:got|arrived)\s+(?:there|on\s+scene)`,
  String.raw`got\s+to\s+(?:him|her|them|the\s+[\w-]+(?:\s+[\w-]+)?)`,
  'arrived',
  String.raw`pulled\s+up`,
  String.raw`rolled\s+up`,
  String.raw`turned\s+up`,
  String.raw`found\s+(?:him|her|them)`,
  // (not "walked in to the shop", "went in for a coffee", "got in from work", "got in trouble")
  String.raw`walked\s+in(?!\s+(?:to|for|on)\b)`,
  String.raw`went\s+in(?!\s+(?:to|for)\b)`,
  String.raw`got\s+in(?!\s+(?:to|for|from|trouble|bed)\b)`,
  String.raw`opened\s+the\s+door`,
];

/**
 * How the author alone reached a scene, after "when I" (WHEN_WE_GOT_THERE): fewer ways than a crew's, since a resident
 * also gets in or opens the door, a shopper walks in, a passer-by finds someone. One item a line.
 */
const I_ARRIVED = [
  String.raw`(?:got|arrived)\s+(?:there|on\s+scene)`,
  String.raw`got\s+to\s+(?:him|her|them)`,
  'arrived',
  String.raw`pulled\s+up`,
];

/**
 * Whom or what the author's crew found at a scene, after "we found" (WE_FOUND_THEM): a person, a body, a weapon.
 * One item a line.
 */
/** When the crew found them, and the words before whom (WE_FOUND_THEM). */
const FOUND_WHEN = ['first', 'finally', 'eventually', 'later', 'then', 'just', 'only'];
const FOUND_DETERMINERS = ['the', 'a', 'an', 'his', 'their', 'two', 'three', 'this', 'that'];
const FOUND_AT_A_SCENE = [
  'him',
  'her',
  'them',
  'victim',
  'body',
  'bodies',
  'deceased',
  'toddlers?',
  'kids?',
  'children',
  'knife',
  'gun',
  'shotgun',
  'weapon',
];

/**
 * A person found hurt or dead, a crash or a crime, anywhere in the post (WHEN_WE_GOT_THERE, WE_FOUND_THEM): the
 * scene that makes an arrival or a find a call's. One item a line.
 */
const FOUND_AT_SCENE = new RegExp(String.raw`\b${oneOf([
  'victim',
  'body',
  'blood',
  'bloody',
  'bleeding',
  'breathing',
  'pulse',
  'slumped',
  String.raw`face\s+down`,
  'trapped',
  'unconscious',
  'lying',
  String.raw`stab\s+wound`,
  'crash',
  'wreck',
  String.raw`car\s+seat`,
  String.raw`driver['’]?s?`,
  'passenger',
  'seatbelt',
  String.raw`in\s+pieces`,
  String.raw`blue\s+in`,
  // (issue 11, session 20) "Claret up the walls", "still alive when we got to him", "two lads on the kitchen lino, one
  // gone before we got there"
  'claret',
  'alive',
  'conscious',
  'dead',
  String.raw`(?:he|she|one|both)\s+(?:was\s+|were\s+)?(?:already\s+)?gone`,
  // (issue 11, session 24) the crime or the crash named: "on the stabbing call", "the overpass smash", "hypothermic and
  // beaten", "still hanging in the garage", "the knife was still on the counter", "the syringe on the pillow"
  'stabbed',
  'stabbing',
  'shooting',
  'gunshot',
  'beaten',
  'hanging',
  'knife',
  'syringe',
  'needle',
  'smash',
  String.raw`(?:armed\s+)?robbery`,
  'burglary',
  'arson',
  'overdose',
  'rtc',
  'collision',
  'fatal',
  String.raw`hit\s+and\s+run`,
  'pinned',
  'crushed',
  'hypothermic',
])}\b`, 'i');

/**
 * Another crew arriving at or finding someone, said anywhere in the post: firefighters, paramedics, rescuers and
 * soldiers reach scenes too (WHEN_WE_GOT_THERE, WE_FOUND_THEM). One item a line.
 * e.g. "Firefighter life:", "Paramedic here", "I'm a nurse", "Volunteer search and rescue", "our engine", "on tour"
 */
/** Crews of other services, as the author names their own (ANOTHER_CREW_WORDS). One item a line. */
const OTHER_CREW_MEMBERS = [
  String.raw`fire\s*fighter`,
  'paramedic',
  'ambo',
  'emt',
  'ems',
  'medic',
  'nurse',
  'lifeguard',
  'coastguard',
  'doctor',
];
/** What follows another crew's name when it is the author's: "Paramedic here", "Firefighter life". */
const CREW_SIGN_OFFS = ['here', 'life', 'shift', 'crew', 'probs', 'problems'];
/** Another service's vehicle or station as the author's own: "our engine", "my ambulance". */
const OWN_OTHER_KIT = ['engine', 'rig', 'ambulance', String.raw`fire\s+(?:crew|station|engine|truck)`, String.raw`station\s+officer`, String.raw`watch\s+manager`];
const ANOTHER_CREW_WORDS = [
  String.raw`${oneOf(OTHER_CREW_MEMBERS)}s?\s+${oneOf(CREW_SIGN_OFFS)}`,
  String.raw`(?:i['’]?m|i\s+am|as)\s+(?:an?\s+)?${oneOf([...OTHER_CREW_MEMBERS, String.raw`first\s+responder`, 'volunteer'])}`,
  String.raw`(?:my|our)\s+${oneOf(OWN_OTHER_KIT)}`,
  String.raw`search\s+and\s+rescue`,
  String.raw`(?:mountain|cave|lowland)\s+rescue`,
  String.raw`lifeboat`,
  String.raw`#${oneOf(['paramedic', 'firefighter', 'ems', 'nhs', 'medic', 'nurse'])}\w*`,
  'army',
  'military',
  'soldiers?',
  'troops',
  'platoon',
  String.raw`deploy(?:ed|ment)`,
  ...WAR_PLACES,
];
const ANOTHER_CREW = new RegExp(String.raw`\b${oneOf(ANOTHER_CREW_WORDS)}\b`, 'i');

/**
 * A passer-by, a shopper or a caller at the scene, said anywhere in the post: the police came after them, or they were
 * out for something else (WHEN_WE_GOT_THERE, WE_FOUND_THEM). One item a line.
 * e.g. "stayed until the cops came", "called 999", "I was walking the dog", "on my way home", "stopped to help"
 */
/** The police or an ambulance as someone else's arrival or call (PASSER_BY_WORDS). One item a line. */
const POLICE_ARRIVING = ['police', 'cops', 'officers', 'guards', 'garda[ií]?', 'deputies', 'troopers', 'feds'];
const ARRIVED_AFTER = ['came', 'arrived', String.raw`got\s+there`, String.raw`turned\s+up`, String.raw`showed\s+up`];
const CALLING = ['called', 'rang', 'phoned', 'dialled', 'dialed', 'calling', 'ringing'];
const CALLED_FOR_HELP = ['999', '911', '112', '000', '101', String.raw`the\s+(?:police|cops|guards)`, String.raw`an\s+ambulance`];
/** What a passer-by was doing: "I was walking the dog", "we were out". */
const PASSING_BY = ['walking', 'driving', 'cycling', 'jogging', 'running', 'shopping', 'buying', 'passing', 'heading', 'hiking', 'out'];
const PASSER_BY_WORDS = [
  String.raw`${oneOf(POLICE_ARRIVING)}\s+${oneOf(ARRIVED_AFTER)}`,
  String.raw`${oneOf(CALLING)}\s+${oneOf(CALLED_FOR_HELP)}`,
  String.raw`(?:i|we)\s+(?:was|were)\s+(?:just\s+)?${oneOf(PASSING_BY)}`,
  String.raw`on\s+(?:my|our)\s+way\s+(?:home|to\s+work|back)`,
  String.raw`walking\s+(?:home|past|by|the\s+dogs?)`,
  String.raw`(?:stopped|pulled\s+over)\s+to\s+help`,
  String.raw`(?:saw|witnessed|came\s+across|came\s+upon)\s+(?:a|an|the|this)\s+(?:\w+\s+)?(?:crash|accident|collision|fight|stabbing|body)`,
  String.raw`on\s+(?:a|our|my)\s+(?:walk|hike|run)`,
];
const PASSER_BY = new RegExp(String.raw`\b${oneOf(PASSER_BY_WORDS)}\b`, 'i');

/**
 * The guards of an arrival or a find at a scene (WHEN_WE_GOT_THERE, WE_FOUND_THEM): the victim is the main clause's
 * subject ("He was unconscious on the crossing when we got there"), so the usual third-person veto does not apply;
 * what does is a relative's post or a relative in the sentence, another crew, a passer-by or a pet anywhere in it.
 */
const sceneOfSomeoneElse: CueVeto<AuthorText> = (m, c) => {
  const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
  return c.familyPost || OTHER_PERSON.test(sentence) || KIN_SUBJECT.test(sentence) || ANOTHER_CREW.test(c.text) || PASSER_BY.test(c.text) || OUR_PET.test(c.text);
};

/** The author's own pet, lost and found (not "the dog walker who found him", "the dog guarding the body"). */
const OUR_PET = /\b(?:my|our)\s+(?:[\w'’-]+\s+)?(?:dogs?|pup(?:py|pies|s)?|cats?|kittens?|pets?|horses?)\b/i;

/** A police or detective game played anywhere in the post (rows with no 'play' veto of their own). */
const gamePlayed: CueVeto<AuthorText> = (_m, c) => GAME_PLAYED.test(c.text);

/** A police or detective game played in the post: "Played Police Simulator all weekend", "playing the new cop game". */
const GAME_KINDS = ['detective', 'police', 'cop', 'crime', 'noir', 'board', 'video'];
const GAME_PLAYED = new RegExp(
  String.raw`\b(?:play(?:ed|ing|s)?|finished|beat|started|downloaded)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|my\s+)?(?:new\s+)?` +
    String.raw`(?:[\p{L}-]+\s+){0,2}?(?:sim(?:ulator)?\b|${oneOf(GAME_KINDS)}\s+(?:sim\s+)?games?\b)`,
  'iu',
);

/** A writer's own work named in the post: "my writing group", "my novel", "chapter 9". One item a line. */
const WRITERS_WORK_WORDS = [
  String.raw`writing\s+group`,
  String.raw`my\s+(?:novel|book|story|manuscript|screenplay|script|wip)`,
  String.raw`chapter\s+\w+`,
];
const WRITERS_WORK = new RegExp(String.raw`\b${oneOf(WRITERS_WORK_WORDS)}\b`, 'i');
/** A date as people write it: "14 Feb 2010", "Sept 8, 1986", "02/07/2008", "2011". */
const A_DATE = String.raw`(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${oneOf(MONTH_ABBREVIATIONS)})[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d\d|(?:19|20)\d\d)\b`;
/** "sworn in" and a date, where the author is the one sworn in: a sentence's start, after their birth or number. */
const SWORN_ON_A_DATE = String.raw`(?:^|[.!?\n]\s*|\bborn\b[^.!?\n]{0,30}?,\s*|\b\d{3,7},\s*)sworn\s+in\s+(?:on\s+)?${A_DATE}`;

/**
 * An operation on the calendar (issue 11): a raid, sweep, warrant, operation or doors, and when it goes in. Read by
 * OP_EARLY_NIGHT. One item a line.
 */
const OPERATION_WORDS = [
  // (not a game's "raid night")
  String.raw`raids?(?!\s+(?:night|boss|group|team)\b)`,
  // (not a chimney sweep)
  String.raw`(?<!chimney\s)sweep`,
  'warrants?',
  'operation',
  'doors?',
  'knock-and-announce',
  'houses',
  'addresses',
  // (issue 11, heldout-e) "Hitting a house on Birch early Thursday"
  String.raw`hitting\s+(?:a|the)\s+(?:house|flat)`,
];
const OPERATION_TIMES = [
  ...WEEKDAYS,
  'tomorrow',
  'tonight',
  'dawn',
  String.raw`first\s+light`,
  String.raw`sunrise`,
  String.raw`\d{1,2}\s*am`,
  String.raw`0\d{3}`,
];
/** When the author's crew hits a door, after "hitting it" (OP_EARLY_NIGHT). One item a line. */
const HITTING_WHEN = [
  'at',
  'on',
  'early',
  'first',
  'this',
  'tomorrow',
  'tonight',
  ...WEEKDAYS,
];
const OPERATION_IN_POST = new RegExp(String.raw`\b${oneOf(OPERATION_WORDS)}\b`, 'i');
const OPERATION_TIME_IN_POST = new RegExp(String.raw`\b${oneOf(OPERATION_TIMES)}\b`, 'i');

/** What an officer's scene photos are for: "Took the photos for the coroner" (SCENE_PHOTOS_TAKEN). One item a line. */
const PHOTOS_FOR = [
  'report',
  'file',
  'coroner',
  'cid',
  'inquest',
  String.raw`case\s+file`,
];

/** Whom a custody officer processes: "processing three drunks" (CUSTODY_SERGEANT). One item a line. */
const PROCESSED = [
  'drunks',
  'prisoners',
  'detainees',
  'arrests',
  'shoplifters',
  'suspects',
];

/** How the author goes to a call, after "every domestic I" (MY_PATCH). One item a line. */
const CALLS_GONE_TO = [
  'go',
  'get',
  'got',
  'went',
  'respond',
  'responded',
  String.raw`['’]ve\s+been`,
  String.raw`have\s+been`,
];

/** What may follow "my patch" that makes it no beat: "my patch notes", "my patch of grass". One item a line. */
const NOT_A_BEAT_AFTER = [
  'of',
  'notes',
  'test',
  'kit',
  'cable',
  'panel',
];
/** Growing words in the sentence that make "my patch" a garden's: "the slugs on my patch". One item a line. */
const GARDEN_WORDS = [
  'allotment',
  'gardens?',
  'veg',
  'vegetables?',
  'slugs?',
  'weeds?',
  'seeds?',
  'plants?',
  'tomato(?:es)?',
  'pumpkins?',
  'lawn',
  'grass',
  'hedgehogs?',
];
const GARDEN = new RegExp(String.raw`\b${oneOf(GARDEN_WORDS)}\b`, 'i');

/** A third person leads the cue's sentence, without the author: "He's been the school resource officer there for years". */
function thirdPersonLeads(m: RegExpExecArray, c: AuthorText): boolean {
  const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
  const at = c.text.lastIndexOf(sentence.slice(0, 20), m.index);
  const lead = at >= 0 ? c.text.slice(at, m.index) : '';
  return /\b(?:he|she|they|who)\b/i.test(lead) && !/\b(?:i|me|my|we)\b/i.test(lead);
}

/** Police nouns one signs a post with: "Sergeant at the 9th Precinct here". One item a line. */
const SIGNING_AS = [
  'cop',
  'copper',
  String.raw`police\s+officer`,
  'officer',
  'deputy',
  'trooper',
  'constable',
  'detective',
  'sergeant',
];
/** Commands named by their number: "the 9th Precinct". One item a line. */
const COMMANDS = ['precinct', 'pct', 'district', 'division'];
/** Ordinals, as words or digits: "Third one I've pulled over today". */
const ORDINAL_WORDS = [...ORDINAL_UNITS, String.raw`\d+(?:st|nd|rd|th)`];
/** What one does to a driver or offender, counted in a day: "pulled over", "nicked". One item a line. */
const STOPPED_VERBS = [
  String.raw`pulled\s+over`,
  'nicked',
  'arrested',
  'booked',
  'stopped',
];

/** Someone dressed up as police: "his police costume", "dressed up as a cop". */
const DRESSED_UP = new RegExp(
  String.raw`\b(?:police|cop|copper|sheriff|detective)\s+(?:costume|fancy\s+dress)\b` +
    String.raw`|\bdress(?:ed|es|ing)?\s+(?:up\s+)?as\s+(?:a|an)\s+(?:cop|copper|police(?:man|woman)?|police\s+officer|sheriff|detective)\b`,
  'i',
);

/** Pets in a post: "my pup", "the dog". One item a line. */
const PET_WORDS = [
  'pup',
  'puppy',
  'pups',
  'dog',
  'doggo',
  'pooch',
  'pet',
];
const PET_POST = new RegExp(String.raw`\b${oneOf(PET_WORDS)}(?:['’]s)?\b`, 'i');

/** A post about a pet whose cue's sentence leads on a name, not the author: "Ziggy retired from the force last year". */
const petLeads: CueVeto<AuthorText> = (m, c) => {
  if (!PET_POST.test(c.text)) return false;
  const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
  const at = c.text.lastIndexOf(sentence.slice(0, 20), m.index);
  const lead = at >= 0 ? c.text.slice(at, m.index) : '';
  // a name leads ("Ziggy retired"), not the author's dropped subject ("Joined the force in 2004. The dog…")
  return /\p{Lu}\p{Ll}+\s+(?:just\s+|finally\s+|officially\s+)?$/u.test(lead) && !/\b(?:i|we|my|our)\b/i.test(lead);
};

/** Police units whose life or first day an author tells: "Marine unit life", "first week on the mounted unit". One item a line. */
const UNITS_WITH_A_LIFE = [
  'marine',
  'dog',
  String.raw`k-?9`,
  'traffic',
  'motor',
  'mounted',
  'dive',
  'firearms',
  'custody',
  'response',
  'cid',
  'narcotics',
  'vice',
];
/** Crimes a booking is for, named in the sentence after "we booked tonight" (WE_BOOKED_FOR). One item a line. */
const BOOKED_CRIMES = [
  String.raw`break-?\s?ins?`,
  String.raw`burglar(?:y|ies|s)?`,
  String.raw`robber(?:y|ies|s)?`,
  String.raw`shoplift\w*`,
  String.raw`car\s?jack\w*`,
  String.raw`stabbings?`,
  String.raw`shootings?`,
  'assaults?',
  'dui',
  'dwi',
];

/** The person booked, before "we booked" (WE_BOOKED_FOR leaves "the guy we booked" to WORK_OBJECT_FIRST). */
const BOOKED_OBJECTS = ['guy', 'man', 'woman', 'kid', 'suspect', 'perp', 'lad', 'one', 'that', 'who'];
/** When the booking was (WE_BOOKED_FOR): "we booked tonight". */
const BOOKED_WHEN = ['tonight', 'today', String.raw`this\s+(?:morning|afternoon|evening)`, String.raw`last\s+night`];
/** A crime in the rest of the sentence after "we booked tonight" (WE_BOOKED_FOR). */
const BOOKED_FOR_CRIME = new RegExp(String.raw`^[^.!?\n]{0,60}\b${oneOf(BOOKED_CRIMES)}\b`, 'i');

const cues: CueRow<AuthorText>[] = [
  {
    name: 'DISPATCH_SENT_ME',
    description: 'Dispatch sending the author to calls: "Dispatch, why did you send me to three domestics", "the dispatcher put us on another alarm call", "radio sent…',
    // Dispatch sending the author to calls: "Dispatch, why did you send me to three domestics", "the dispatcher put us
    // on another alarm call", "radio sent me to a fight at the bus depot"
    pattern: new RegExp(String.raw`\b(?:dispatch(?:er)?|radio|the\s+board)\b[^.!?\n]{0,60}?\b${oneOf([
        'send',
        'sent',
        'sending',
        'put',
        'putting',
        'gave',
        'give',
        'giving',
        'assigned',
        'throw',
        'threw',
        'toss(?:ed)?',
      ])}\s+(?:me|us)\s+${oneOf([
        'to',
        'on',
        'another',
        'a',
        'three',
        'two',
        String.raw`\d+`,
      ])}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'play'),
    examples: ['Dispatch, why did you send me to three domestics'],
  },
  {
    name: 'MY_PARTNER_POLICE',
    description: '"my partner" with police particulars: "my partner\'s badge number", "my partner fumbled the radio again", "my partner drove the cruiser into a hedge"…',
    // "my partner" with police particulars: "my partner's badge number", "my partner fumbled the radio again", "my
    // partner drove the cruiser into a hedge" (a spouse does not come with a badge, a radio or a cruiser)
    pattern: /\b(?:my|our)\s+partner(?:['’]s)?\b(?![,\s]+(?:is|was|works|worked)\s+(?:a|an)\s+(?:cop|officer|police|deputy|trooper|detective)\b)/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('job', 'uniform', 'play'),
    // (not the radio one listens to: "my partner and I sang along to the radio")
    requires: inPost(new RegExp(String.raw`\b${oneOf([
        'badge',
        'shield',
        String.raw`(?<!${oneOf([
          String.raw`listen(?:s|ed|ing)?\s+to`,
          String.raw`along\s+to`,
          String.raw`heard\s+(?:it|that|this)\s+on`,
          'on',
        ])}\s+the\s+)radio(?!\s+(?:station|show|host|ads?|dj|interview|program|programme|contest))`,
        String.raw`on\s+the\s+radio\b(?=[^.!?\n]{0,15}$)`,
        ...POLICE_CARS,
        String.raw`on\s+patrol`,
        String.raw`call\s+sign`,
        'dispatch',
        'precinct',
        'pct',
        String.raw`roll\s+call`,
        String.raw`body\s?cam`,
        String.raw`dash\s?cam`,
        String.raw`10-\d+`,
      ])}\b`, 'i')),
    examples: ['my partner\'s badge number'],
  },
  {
    name: 'SHIFT_OVER_CAR_IN',
    description: 'The shift over with the patrol car put away: "Twelve-hour shift done, cruiser\'s back in the lot", "end of tour, squad car gassed up for days" (a…',
    // The shift over with the patrol car put away: "Twelve-hour shift done, cruiser's back in the lot", "end of tour,
    // squad car gassed up for days" (a shift plus the car only police drive home to the lot)
    pattern: new RegExp(String.raw`\b(?:shift|tour|watch)\s+(?:is\s+|['’]s\s+)?${oneOf([
        'done',
        'over',
        'finished',
        'complete',
        'ended',
        'wrapped',
      ])}\b|\bend\s+of\s+(?:shift|tour)\b|\b${oneOf([
        'finished',
        String.raw`done\s+with`,
        String.raw`wrapped\s+up`,
        String.raw`wrapping\s+up`,
        'survived',
        'another',
      ])}\s+(?:my\s+|the\s+|a\s+|another\s+)?(?:[\w-]+\s+){0,2}?(?:shift|tour)\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'play', 'event'),
    requires: inPost(new RegExp(String.raw`\b${oneOf(POLICE_CARS)}\b`, 'i')),
    examples: ['Twelve-hour shift done, cruiser\'s back in the lot'],
  },
  {
    name: 'CAR_PUT_AWAY',
    description: 'The patrol car put away: "parked the cruiser for the night", "dropped off the squad car", "turned in my patrol car"',
    // The patrol car put away: "parked the cruiser for the night", "dropped off the squad car", "turned in my patrol car"
    pattern: new RegExp(String.raw`\b(?:parked|dropped\s+off|turned\s+in|gassed\s+up|fueled\s+up|cleaned\s+out|checked\s+in|returned)\s+(?:the|my|our)\s+${oneOf(POLICE_CARS)}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play', 'event'),
    examples: ['parked the cruiser for the night'],
  },
  {
    name: 'WORST_SCENE_CAREER',
    description: '"worst scene of my career", "hardest call of my career", "toughest scene I\'ve worked in 12 years"',
    // "worst scene of my career", "hardest call of my career", "toughest scene I've worked in 12 years"
    pattern: new RegExp(String.raw`${oneOf([
        String.raw`\b${oneOf([
          'worst',
          'hardest',
          'toughest',
          'saddest',
          'roughest',
          'ugliest',
          'grimmest',
          'bloodiest',
          'craziest',
          'darkest',
        ])}\s+(?:crime\s+)?(?:scene|call|call-?out)s?\s+(?:of|in)\s+my\s+${oneOf([
          String.raw`\w+[- ]year\s+`,
          String.raw`whole\s+`,
          String.raw`entire\s+`,
        ])}?career\b(?![^.!?\n]*\b(?:said|says|told)\b)`,
        String.raw`\b${oneOf([
          'worst',
          'hardest',
          'toughest',
          'saddest',
          'roughest',
          'ugliest',
          'bloodiest',
        ])}\s+(?:crime\s+)?scene\s+(?:i['’]ve|i\s+have|i|we['’]ve|we\s+have)\s+(?:ever\s+)?${oneOf([
          'worked',
          'attended',
          'processed',
          String.raw`responded\s+to`,
          'cleared',
          String.raw`stood\s+on`,
        ])}\b`,
      ])}`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['worst scene of my career'],
  },
  {
    name: 'I_AM_A_COP',
    description: '"I\'m a cop", "I\'ve been a police officer for 12 years", "Became a deputy" (not "I\'m a cop\'s wife")',
    // "I'm a cop", "I've been a police officer for 12 years", "Became a deputy" (not "I'm a cop's wife")
    pattern: iAm(oneOf(I_AM_NOUNS)),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy(),
    examples: ['I\'m a cop', 'Been a copper 20 years. If you want safer streets, vote'],
  },
  {
    name: 'I_AM_AN_OFFICER',
    description: '"I\'m an officer", "I was a detective": ranks that armies, firms and private eyes share',
    // "I'm an officer", "I was a detective": ranks that armies, firms and private eyes share
    pattern: iAm(String.raw`(?:officer|detective|sergeant|lieutenant)`),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('uniform'),
    examples: ['I\'m an officer'],
  },
  {
    name: 'AS_A_COP',
    description: '"As a cop, I ...", "as an off-duty officer you see", "cops like me", "speaking as a police officer", "Retired cop here"',
    // "As a cop, I ...", "as an off-duty officer you see", "cops like me", "speaking as a police officer", "Retired cop
    // here" (not "as a cop's wife", "as a cop he should know")
    pattern: new RegExp(
      [
        // (not "dressed as a cop for Halloween": a costume)
        // (issue 11, train-w) "As a cop and a dad, I'm all in", "Not speaking for the department, but as a cop: Jamal Ford
        // for sheriff"
        String.raw`(?<!\b(?:dress(?:ed|es|ing)?(?:\s+up)?|disguised|costumed)\s+)\bas\s+(?:a|an)\s+(?:${AS_A_QUALIFIER}\s+)?${AS_A_NOUN}\b(?!['’]s)(?:\s+and\s+an?\s+[\w-]+)?(?:\s+(?:for\s+)?(?:\d+|${oneOf(numberWords(2, 20))}|thirty)\s+(?:years|yrs))?` +
          String.raw`(?:\s+(?:on|in)\s+(?:this|the|my|our)\s+${oneOf(AS_A_PLACES)})?(?=\s*:|[\s,]+${oneOf([
          'i',
          'we',
          'my',
          'it',
          'you',
          'there',
          'for',
          // (issue 11, session 21: train-y) "I've done enough safeguarding referrals as a cop to know"
          String.raw`to\s+know`,
        ])}\b)`,
        String.raw`\b(?:cops|officers|deputies|troopers)\s+like\s+(?:me|us)\b`,
        String.raw`\bspeaking\s+as\s+(?:a|an|one)\s+(?:${AS_A_QUALIFIER}\s+)?${AS_A_NOUN}\b(?!['’]s)`,
        // (a bare "Leo here" is a name)
        String.raw`(?:^|[.!?\n]\s*)(?:${AS_A_QUALIFIER}\s+)?(?:cop|copper|police\s+officer|officer|deputy|trooper|constable|detective|sergeant|garda)\s+here\b`,
        // (issue 11, session 21: train-y) "Sergeant at the 9th Precinct here — if any of the old crew need…"
        String.raw`(?:^|[.!?\n]\s*)${oneOf(SIGNING_AS)}\s+(?:at|from|in)\s+the\s+\d+(?:st|nd|rd|th)\s+${oneOf(COMMANDS)}\s+here\b`,
      ].join('|'),
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // (a "police veteran" is no soldier: the uniform veto reads the sentence without it)
    vetoes: [(m, c) => OTHER_UNIFORM.test(c.analysis.sentenceAround(m.index, m.index + m[0].length).replace(/\bpolice\s+veterans?\b/gi, ''))],
    examples: ['As a cop, I ...', 'Retired cop here, lock your cars', 'Speaking as a police officer, this law is a mess', "As a copper for 18 years I'm telling you: vote Greens", "As a copper on this patch, I know he's the only one who'll fix the roads."],
  },
  {
    name: 'MY_POLICE_THING',
    description: '"my precinct", "our squad car", "my duty belt", "my FTO", "my training officer", "my saturday patrol shift", "my patrol squad", "my fellow officers"…',
    // "my precinct", "our squad car", "my duty belt", "my FTO", "my training officer", "my saturday patrol shift",
    // "my patrol squad", "my fellow officers", "my first arrest", "my badge"
    pattern: new RegExp(String.raw`\b(?:my|our)\s+(?:(?:old|new|first|last|current|\w+day|weekend|night|morning|overnight|usual)\s+)?${oneOf([
        'precinct',
        'pct',
        String.raw`squad\s+car`,
        String.raw`patrol\s+car`,
        String.raw`radio\s+car`,
        String.raw`police\s+car`,
        String.raw`police\s+cruiser`,
        String.raw`patrol\s+(?:sergeant|partner|shift|zone|area|district|unit|squad|team|car|route)`,
        String.raw`squad\s+(?:sergeant|sarge|lieutenant)`,
        String.raw`duty\s+belt`,
        String.raw`gun\s+belt`,
        String.raw`service\s+weapon`,
        String.raw`duty\s+weapon`,
        'sidearm',
        'fto',
        String.raw`watch\s+commander`,
        String.raw`k-?9\s+partner`,
        String.raw`fellow\s+(?:officers|cops|deputies|troopers)`,
        String.raw`brothers\s+(?:and\s+sisters\s+)?in\s+blue`,
        String.raw`first\s+(?:arrest|collar|tour|foot\s+pursuit|traffic\s+stop|dui\s+arrest|solo\s+(?:patrol|shift))`,
        String.raw`police\s+academy`,
        String.raw`academy\s+class(?:mates)?`,
        String.raw`body\s?cam(?:era)?`,
        // "my body worn footage", "Video from my bodyworn"
        String.raw`body[- ]?worn`,
        'badge',
        String.raw`tax\s+reg(?:istry)?`,
      ])}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('badge'),
    examples: ['my precinct'],
  },
  {
    name: 'MY_TRAINING_OFFICER',
    description: '"my training officer", "our field training sergeant" (a trainer elsewhere: "my training officer at the gym")',
    // "my training officer", "our field training sergeant" (a trainer elsewhere: "my training officer at the gym")
    pattern: /\b(?:my|our)\s+(?:old\s+|first\s+|former\s+)?(?:field\s+)?training\s+(?:officer|sergeant)\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('job', 'uniform'),
    examples: ['my training officer'],
  },
  {
    name: 'MY_BEAT',
    description: '"my beat", "my squad", "my sergeant", "my uniform", "my department", "my partner", "my shield"',
    // "my beat", "my squad", "my sergeant", "my uniform", "my department", "my partner", "my shield"
    pattern: new RegExp(String.raw`\b(?:my|our)\s+${oneOf([
        'beat',
        'squad',
        'sergeant',
        'sarge',
        'lieutenant',
        'uniform',
        'department',
        'dept',
        'partner',
        'shield',
        'tour',
        'sector',
        'command',
        'cruiser',
        'unit',
        'division',
      ])}\b`, 'gi'),
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('job', 'uniform'),
    examples: ['my beat. #HCPD'],
  },
  {
    name: 'RIDING_WITH_RANKED',
    description: '"my partner Officer Jake Morales", "great shift with Sgt. Whitfield", "riding with Deputy Hale" (not "rode along with Officer Kim", a civilian\'s…',
    // "my partner Officer Jake Morales", "great shift with Sgt. Whitfield", "riding with Deputy Hale" (not "rode along
    // with Officer Kim", a civilian's ride-along)
    pattern: new RegExp(
      String.raw`\b(?:my|our)\s+(?:patrol\s+)?partner,?\s+${TITLES}|\b(?:shift|patrol|tour|rode|riding|worked|working|partnered|paired)\s+(?:(?!along\b)\w+\s+){0,2}with\s+${TITLES}` +
        // "had Officer Rodriguez riding with me today"
        String.raw`|\b${TITLES}\.?\s+[\w'’-]+\s+(?:riding|on\s+patrol|partnered\s+up)\s+with\s+me\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // (not "my husband's been partnered with Officer Tanaka for six years": the relative before it is the one partnered)
    vetoes: [(m, c) => otherPersonLeads(m, c)],
    examples: ['my partner Officer Jake Morales'],
  },
  {
    name: 'RANKED_AND_I',
    description: '"Sgt. Whitfield and I", "me and Officer Hale": out with a ranked colleague; "Whitfield and I have been partners"',
    // "Sgt. Whitfield and I", "me and Officer Hale": out with a ranked colleague; "Whitfield and I have been partners"
    pattern: new RegExp(String.raw`\b(?:and\s+I|we)(?:['’]ve|\s+have)?\s+(?:been|were|are)\s+partners\b|\b${TITLES}\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+and\s+I\b|\b(?:[Mm]e|[Mm]yself)\s+and\s+${TITLES}`, 'gu'),
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy(),
    examples: ['Sgt. Whitfield and I'],
  },
  {
    name: 'ON_PATROL',
    description: '"on patrol", "out on patrol", "back on patrol" (not a claim about others: "no business being on patrol")',
    // "on patrol", "out on patrol", "back on patrol" (not a claim about others: "no business being on patrol")
    pattern: /(?<!\b(?:business|allowed|should|shouldn['’]t|can['’]t|cannot|never|not)\s+(?:be|being)\s+)\b(?:on|out\s+on|back\s+on)\s+patrol\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform'),
    examples: ['on patrol'],
  },
  {
    name: 'PINNED_BADGE',
    description: '"pinned on badge #4471", "pin on my badge", "pinned on my shield", "pinned on #2231" (the number is the badge)',
    // "pinned on badge #4471", "pin on my badge", "pinned on my shield", "pinned on #2231" (the number is the badge)
    pattern: /\b(?:pinned|pin|pinning)\s+(?:on\s+)?(?:my\s+|a\s+|the\s+)?(?:badge|shield|tin(?!\s+(?:foil|can|of)\b)|warrant\s+card|#\s?\d{2,7})\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'badge'),
    examples: ['pinned on badge #4471'],
  },
  {
    name: 'WEAR_THE_UNIFORM',
    description: '"proud to wear the uniform", "wore the badge for 20 years"',
    // "proud to wear the uniform", "wore the badge for 20 years"
    pattern: /\b(?:wear|wore|wearing|worn|put\s+on|don|donned)\s+(?:the|this|my|a)\s+(?:uniform|badge)\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform'),
    examples: ['proud to wear the uniform'],
  },
  {
    name: 'YEARS_ON_THE_JOB',
    description: '"20 years on the job", "10 yrs in uniform", "15 years behind the badge", "5 years as a cop", "8 years in the 5th pct"',
    // "20 years on the job", "10 yrs in uniform", "15 years behind the badge", "5 years as a cop", "8 years in the 5th pct"
    pattern: new RegExp(String.raw`\b${oneOf([
        String.raw`\d+`,
        ...numberWords(1, 20),
        'thirty',
        // (issue 11, train-x) "39 tomorrow. 19 of those years in the police"
      ])}\+?\s+(?:of\s+(?:those|them|these)\s+)?(?:years?|yrs?)\s+${oneOf([
        String.raw`on\s+the\s+(?:job|force|streets?)`,
        // (issue 11, train-w) "Twelve years in the force and I'll say it" (not "20 years in the force and she still loves
        // it": the wife's)
        String.raw`in\s+the\s+force(?!\s+field)(?![,;]?\s+(?:and\s+)?(?:he|she)\b)`,
        // "20 years in the job today" (British usage; not "the job market")
        // (nor "Thirty years in the job, he deserved a proper send-off": his years)
        String.raw`in\s+the\s+job(?!\s+(?:market|hunt|search|centre|center|description))(?![,;]?\s+(?:he|she)\b)`,
        // (not "26 years in blue shirts" at the post office)
        String.raw`in\s+(?:uniform|law\s+enforcement|blue(?!\s+(?:shirts?|jeans|scrubs|overalls)\b))`,
        String.raw`behind\s+the\s+badge`,
        String.raw`with\s+the\s+(?:department|force|pd|sheriff['’]s\s+(?:office|department|dept))`,
        // "8 years in the traffic unit", "six months on the drug squad"
        String.raw`(?:in|with|on)\s+the\s+${oneOf(POLICE_UNITS)}\s+${oneOf(['unit', 'squad', 'section', 'team', 'division', 'branch', 'bureau'])}`,
        String.raw`(?:in|at)\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:pct|precinct|district|station\s*house)`,
        String.raw`of\s+policing`,
        // "Eight years in the police", "Fourteen years in the Queensland Police", "Did 31 years with the NYPD"
        String.raw`(?:in|with)\s+the\s+(?:\w+\s+){0,2}?${oneOf(POLICE_SERVICES)}`,
        String.raw`on\s+patrol`,
        // (issue 11, session 26: heldout-m, train-ac/i/r/s) "Twelve years in narcotics", "6 years in CID" (a police
        // department named bare; not "years in narcotics novels")
        String.raw`in\s+(?:narcotics|vice|homicide|cid|major\s+crimes)(?!\s+(?:novels?|fiction|shows?|dramas?|podcasts?|books?)\b)`,
        String.raw`as\s+an?\s+(?:cop|police\s+officer|officer|deputy|trooper|detective|garda|mountie)`,
        // "Fifteen years a cop", "20 years a copper", "Three years a Garda" (not "20 years a cop's wife")
        String.raw`an?\s+(?:cop|copper|police\s+officer|police(?:man|woman)|deputy|trooper|constable|garda|mountie)\b(?!['’]s|\s+${oneOf([...KIN, 'kid', 'family'])}\b)`,
      ])}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    // (nor "Lt. Natarajan's retirement do was lovely. Thirty years on the job and still the sharpest person in the room":
    // the years are the one sent off, in a sentence the author is not in)
    // nor "Dad did 30 years in the police", a relative leading the sentence with no "my"; nor "Dad's warrant card, number
    // 10772, framed next to his medals. Twenty nine years with the Met", a relative's service named in another sentence)
    vetoes: [
      ...explainedBy('person', 'job', 'uniform'),
      (m, c) => yearsOfSomeoneElse(m, c),
      // a department named bare is someone else's after a greeting with no "I" in the sentence ("Happy retirement Luis
      // Ortega! 28 years in narcotics and never once seen in a photo"), or after a ranked name or "her"/"his" in it
      // ("congratulating Detective Sergeant Amelia Forde on her retirement after 30 years in CID")
      (m, c) => {
        if (!BARE_DEPARTMENT_YEARS.test(m[0])) return false;
        const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
        const at = c.text.lastIndexOf(sentence.slice(0, 20), m.index);
        const lead = at >= 0 ? c.text.slice(at, m.index) : '';
        return (SOMEONE_GREETED.test(c.text) && !FIRST_PERSON.test(sentence)) || RANKED_NAME.test(lead) || /\b(?:his|her|their)\b/i.test(lead);
      },
    ],
    examples: ['20 years on the job', '8 years in the traffic unit and I still love it', 'Seven years with the sheriff\'s office', 'Eight years in the police and I\'m still a size 10 boot', '39 tomorrow. 19 of those years in the police.'],
  },
  {
    name: 'ON_THE_JOB_YEARS',
    description: 'The years said after the job: "On the job 19 years", "Hit the 20 year mark on the job"',
    // "On the job 19 years, first time I delivered a baby", "Hit the 20 year mark on the job" (not "My dad was on the job
    // 30 years": person veto)
    pattern: new RegExp(
      String.raw`\bon\s+the\s+job\s+(?:for\s+)?(?:\d+|${oneOf(numberWords(2, 20))}|thirty)\s+(?:years|yrs)\b|\b\d+[- ]year\s+mark\s+on\s+the\s+job\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform'),
    examples: ['On the job 19 years, first time I delivered a baby', 'Hit the 20 year mark on the job'],
  },
  {
    name: 'COVERED_BY_RANKED',
    description: 'A ranked colleague covered the author\'s post: "Sgt. Kowalski covered my shift", "thanks to Trooper Nkemelu for covering my sector"',
    // "Shoutout to Sgt. Kowalski for covering my beat so I could make the recital", "Officer Dominguez covered for me"
    // (not "my team lead Marcus covered my shift": no rank)
    pattern: new RegExp(
      String.raw`\b${TITLES}\.?\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?[^.!?\n]{0,40}?\b[Cc]over(?:s|ing|ed)?\s+(?:for\s+me|my\s+${oneOf([
        'shift',
        'sector',
        'beat',
        // "Garda Niamh Doyle covered my last two hours so I could make my son's match"
        String.raw`last\s+(?:\w+\s+)?hours?`,
        String.raw`calls?`,
        'post',
        'patrol',
      ])})\b`,
      'gu',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // not 'person': the recital the author makes is a daughter's ("so I could see my daughter's play")
    vetoes: explainedBy('job', 'uniform', 'play'),
    examples: ['Shoutout to Sgt. Kowalski for covering my beat so I could make my daughter\'s recital', 'Officer Dominguez covered for me during my wife\'s labor'],
  },
  {
    name: 'RANKED_ON_SHIFT',
    description: 'A ranked colleague named beside the author\'s own shift or calls: "Shout out to Officer Becker for keeping me sane through that 14 hr shift", "Lt. Natarajan backed every call I made tonight", "Garda Furlong, best partner I ever had"',
    // (issue 11, session 26: heldout-s, train-ac/f/l/n/o/q/r) "Sgt. Kowalski bought the whole squad breakfast after the
    // overnight", "Inspector Aldo Ferraro pulled me aside after the shift", "Officer Mike Rodriguez is the reason I didn't
    // quit in year one" (a strong rank or a full name after a police-only title; not "his shift", a citizen's "the whole
    // shift"; a firehouse lieutenant, an army sergeant or a mall's security officer is another uniform or job)
    pattern: new RegExp(String.raw`\b${MEMBER_TITLE}\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?[^.!?\n]{0,60}?\b${oneOf(SHARED_WITH_RANKED)}\b`, 'gu'),
    confidence: STRONG,
    span: fromFirstWord,
    // not 'person': the ranked colleague leads the sentence
    vetoes: [...explainedBy('job', 'uniform', 'play'), (_m, c) => OTHER_SERVICE.test(c.text)],
    examples: [
      'Shout out to Officer Becker for keeping me sane through that 14 hr shift',
      'Lt. Natarajan backed every call I made tonight. That\'s leadership.',
      'Garda Sinéad Furlong, best partner I ever had on the regular unit, moving to Cork.',
    ],
  },
  {
    name: 'RANKED_BOSSES_ME',
    description: 'A ranked supervisor directing the author or the whole shift at work: "Sgt. Kowalski made me redo the same report four times", "Sgt. Holloway just told the whole shift to go home", "Sgt. Kowalski had me doing door knocks all shift"',
    // (issue 11, session 26: train-ad/g/m) "Sgt. Kowalski caught me eating gas station sushi in the car", "lieutenant
    // natarajan gave the whole shift a speech about report writing" (6 missed positives in 4 families, 1 optional, no
    // negative; a supervisor's rank and name ("the sarge made me" is MY_SUPERVISOR's), and the author's report, shift, briefing or radio in the clause: not "Sgt. Reyes
    // caught me doing 50 in my car", a citizen stopped, nor an army sergeant, the uniform veto's)
    pattern: new RegExp(
      String.raw`\b${oneOf(BOSS_RANKS)}\b\.?(?:\s+\p{Lu}[\p{Ll}'’-]+|\s+[a-z]+(?=\s+(?:just\s+)?${oneOf(BOSS_ACTS)}\b))\s+(?:just\s+)?${oneOf(BOSS_ACTS)}\s+` +
        String.raw`(?:the\s+whole\s+(?:shift|squad|watch|relief)|me\b[^.!?\n]{0,40}?\b${oneOf(BOSSED_WORK)})`,
      'giu',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // not 'person': the supervisor leads the sentence
    vetoes: [...explainedBy('job', 'uniform', 'play'), (_m, c) => OTHER_SERVICE.test(c.text)],
    examples: ['Sgt. Kowalski made me redo the same report four times. Four.', 'Sgt. Holloway just told the whole shift to go home and hug our kids after last night.'],
  },
  {
    name: 'LEAVE_SIGNED',
    description: 'A police supervisor signed the author\'s leave or transfer: "Lt. Natarajan signed off on my transfer", "the Staff Sergeant approved my leave"',
    // "Lt. Natarajan just approved my leave for the wedding", "S/Sgt signed my leave" (a police rank in the sentence: not
    // "my manager approved my leave")
    // (issue 11, session 26: heldout-k/s, train-g/q/r/t) also "signed off my leave request", "signed off my overtime"
    // (not "Professor Olmstead signed off my dissertation": no police rank in the sentence)
    pattern: new RegExp(
      String.raw`\b(?:signed|approved|denied|okayed)\s+(?:off\s+(?:on\s+)?)?my\s+${oneOf([
        'transfer',
        'leave',
        String.raw`leave\s+(?:form|request)`,
        'vacation',
        String.raw`vacation\s+request`,
        'overtime',
        String.raw`days?\s+off`,
        String.raw`annual\s+leave`,
        String.raw`time\s+off`,
      ])}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('job', 'uniform', 'play'), (m, c) => !SUPERVISOR_RANK.test(c.analysis.sentenceAround(m.index, m.index + m[0].length))],
    examples: ['Lt. Natarajan just approved my leave for the wedding!!', 'Sgt. Kowalski signed off on my transfer to the K9 unit'],
  },
  {
    name: 'ONLY_OFFICER',
    description: 'The author as the only officer somewhere: "I\'m the only officer for 60 miles", "being the only cop on the island"',
    // "Rural beat means I'm the only officer for 60 miles", "6 months as the only officer for 800 people" (not "the only
    // officer on scene was rude": the author must be the one)
    pattern: new RegExp(
      String.raw`\b(?:i['’]?m|i\s+am|i\s+was|being|as)\s+the\s+only\s+${oneOf(['officer', 'cop', 'deputy', 'trooper', 'garda', 'constable'])}\s+(?:on|for|in|within)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ["Rural beat means I'm the only officer for 60 miles", 'Being the only officer on in the whole village overnight is lonely'],
  },
  {
    name: 'JOINED_THE_FORCE',
    description: '"I joined the force", "Graduated from the academy today", "retiring from the force after 30 years"',
    // "I joined the force", "Graduated from the academy today", "retiring from the force after 30 years"
    pattern: new RegExp(
      // (not "Finished the police procedural I've been writing": a book)
      String.raw`${oneOf([
          String.raw`${START}(?:just\s+|finally\s+|officially\s+)?${oneOf([
            'joined',
            String.raw`graduated\s+from`,
            'graduated',
            'finished',
            'completed',
          ])}\s+(?:the\s+)?${oneOf([
            String.raw`police\s+academy`,
            'academy',
            String.raw`police\s+force`,
            'force',
            'police',
            'department',
            'pd',
          ])}\b(?!\s+(?:of|procedurals?|drama|novel|series|show)\b)`,
          String.raw`\b(?:retir(?:e|ed|ing)|resign(?:ed|ing))\s+from\s+the\s+(?:police\s+)?(?:force|department)\b`,
          // (issue 11, session 22: train-z) "New to the force and still don't know anyone on C shift"
          String.raw`(?:^|[.!?\n]\s*|\bi['’]?m\s+|\bi\s+am\s+|\bstill\s+)(?:brand\s+)?new\s+to\s+the\s+(?:police\s+)?force\b`,
        ])}`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // (issue 11, session 21: train-y) nor a police dog's retirement told by its new owner: "Follow my pup's adventures…
    // Ziggy retired from the force last year and is now a professional couch potato"
    vetoes: [...explainedBy('person', 'uniform'), gamePlayed, petLeads],
    examples: ['I joined the force', "New to the force and still don't know anyone on C shift"],
  },
  {
    name: 'I_ARRESTED',
    description: '"I arrested", "we cuffed him", "Delgado and I cracked the Hale case", "Had to chase a shoplifter", "I wrote 14 tickets"',
    // "I arrested", "we cuffed him", "Delgado and I cracked the Hale case", "Had to chase a shoplifter", "I wrote 14 tickets"
    pattern: new RegExp(
      // (issue 11, train-w: "I've arrested enough of them to know": START wants a space after "I")
      String.raw`(?:${START}|\b(?:i|we)(?=['’]ve\s))(?:just\s+|finally\s+|already\s+|have\s+|had\s+|had\s+to\s+|['’]ve\s+)?${oneOf([
          // (not the sitcom: "Arrested Development rewatch is going great")
          String.raw`arrested(?!\s+development\b)`,
          String.raw`cuffed\s+(?:him|her|them|a|the)`,
          // (not "I've booked her a spa day": a booking made for someone)
          String.raw`booked\s+(?!(?:him|her|them)\s+(?:a|an|some|the|tickets?|flights?)\b)${oneOf([
            'him',
            'her',
            'them',
            String.raw`the\s+suspect`,
            String.raw`a\s+suspect`,
            String.raw`${oneOf([
              String.raw`\d+`,
              ...numberWords(2, 12),
            ])}\s+(?:people|suspects|guys|drivers|prisoners|arrests)`,
          ])}`,
          'collared',
          'tased',
          'ticketed',
          // (issue 11, train-b/u) "Booked my last prisoner of the year", "Booked my first prisoner into the new custody suite"
          String.raw`booked\s+(?:in\s+)?(?:my|our|a|another)\s+(?:(?:first|last|\d+\w*)\s+)?(?:prisoner|detainee)s?\b`,
          // (issue 11, train-v) "Pulled over another car full of…"
          String.raw`pulled\s+over\s+(?:a|an|another|this|the|some)\s+(?!to\b)`,
          // (issue 11, train-x) "Every time I pull over someone in a hijab it's an argument"
          String.raw`pull(?:ed)?\s+over\s+(?:someone|somebody)\b`,
          String.raw`${oneOf([
            'wrote',
            'writing',
            'issued',
            'issuing',
          ])}\s+(?:(?!raffle|lottery|concert|movie|plane|train|bus|parking\s+lot)\w+\s+){0,3}${oneOf([
            'tickets?',
            'citations?',
          ])}\b(?!\s+(?:for|to|at)\s+(?:the\s+|a\s+|our\s+)?${oneOf([
            'concert',
            'show',
            'game',
            'raffle',
            'event',
            'gala',
            'fundraiser',
            'movie',
            'lottery',
            'match',
            'festival',
            'fair',
            String.raw`will\s+call`,
            String.raw`box\s+office`,
          ])})`,
          String.raw`cleared\s+(?:the|my|our)\s+(?:last\s+)?(?:call|scene)`,
          String.raw`made\s+(?:an|my|our|the|\d+)\s+arrests?`,
          String.raw`took\s+(?:him|her|them|a\s+suspect|the\s+suspect)\s+into\s+custody`,
          String.raw`(?:cracked|solved|closed|broke|worked)\s+(?:the|this|that|a|our)\s+(?:\w+\s+){0,2}case\b(?!\s+of\b)`,
          'interrogated',
          String.raw`interviewed\s+the\s+suspect`,
          String.raw`(?:caught|chased?|tackled?)\s+(?:the|a)\s+(?:suspect|perp|shoplifter|thief|burglar|robber)`,
        ])}`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // "Finished the police sim game. Wrote 400 parking tickets and arrested one guy"; (issue 11, session 21: train-y) nor
    // a child dressed up: "My little guy wore his police costume to school for book day. Arrested the class hamster"
    vetoes: [gamePlayed, (_m, c) => DRESSED_UP.test(c.text)],
    examples: ['I arrested', 'Booked my last prisoner of the year. Happy New Year from the custody suite.', "Every time I pull over someone in a hijab it's an argument."],
  },
  {
    name: 'MY_JOB_AS_COP',
    description: '"I love being a cop", "my job as an officer", "I work patrol", "I\'m on the SWAT team", "I work with the best officers"',
    // "I love being a cop", "my job as an officer", "I work patrol", "I'm on the SWAT team", "I work with the best officers"
    pattern: new RegExp(String.raw`${oneOf([
        String.raw`\bi\s+(?:love|like|miss|enjoy|hate)\s+being\s+(?:a|an)\s+${oneOf([
          'cop',
          String.raw`police\s+officer`,
          'officer',
          'deputy',
          'trooper',
          'detective',
        ])}\b`,
        String.raw`\bmy\s+job\s+as\s+(?:a|an)\s+(?:cop|police\s+officer|officer|deputy|trooper|detective|sergeant)\b`,
        String.raw`\bi\s+work\s+${oneOf([
          'patrol',
          'narcotics',
          'vice',
          'homicide',
          String.raw`the\s+(?:midnight|overnight|graveyard)\s+(?:shift|tour)`,
          String.raw`in\s+(?:patrol|narcotics|homicide|vice)`,
        ])}\b`,
        String.raw`\bi['’]?m\s+(?:on|in|with)\s+(?:the\s+)?${oneOf([
          String.raw`(?:swat|k-?9|narcotics|vice|homicide|patrol)(?:\s+(?:team|unit|squad|division))?`,
          String.raw`(?:gang|traffic|bomb|dive|mounted|motor)\s+(?:team|unit|squad|division)`,
        ])}\b`,
        String.raw`\b(?:i|we)\s+work\s+with\s+(?:the\s+)?(?:best|greatest|finest|amazing|great)\s+${oneOf([
          'officers',
          'cops',
          'deputies',
          'troopers',
          'detectives',
        ])}\b`,
      ])}`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('uniform'),
    examples: ['I love being a cop'],
  },
  {
    name: 'WORK_OBJECT_FIRST',
    description: 'Police work in the first person with the object first or still to come: "the shoplifter we booked yesterday", "we\'ll grab him Friday", "our CI says"…',
    // Police work in the first person with the object first or still to come: "the shoplifter we booked yesterday",
    // "we'll grab him Friday", "our CI says", "turned in my shield" (not "we booked a hotel", "we'll grab lunch")
    pattern: new RegExp(String.raw`${oneOf([
        String.raw`\b${oneOf([
          'suspect',
          'shoplifter',
          'perp',
          'guy',
          'driver',
          'thief',
          'dealer',
          'burglar',
          'robber',
          'kid',
          'man',
          'woman',
        ])}\s+(?:that\s+|who\s+)?(?:we|i)\s+(?:just\s+)?${oneOf([
          'booked',
          'arrested',
          'cuffed',
          String.raw`locked\s+up`,
          String.raw`picked\s+up`,
          String.raw`pulled\s+over`,
          'tased',
          'chased',
          'caught',
          'collared',
        ])}\b`,
        String.raw`\b(?:we|i)${oneOf([
          String.raw`['’]ll`,
          String.raw`\s+will`,
          String.raw`\s+are\s+(?:gonna|going\s+to)`,
          String.raw`\s+gonna`,
        ])}\s+(?:grab|arrest|cuff|book|pick\s+up|lock\s+up)\s+(?:him|her|them)\b`,
        String.raw`\b(?:our|my)\s+(?:ci|c\.i\.|informant|confidential\s+informant|snitch)\b`,
        String.raw`\bturn(?:ed|ing)?\s+in\s+(?:my\s+)?(?:shield|badge)\b`,
        // (issue 11, session 21: train-y) "The lad we pulled in for the hit-and-run", "Third one I've pulled over today"
        // (a man pulled in for an offence; an ordinal "one" stopped today: not "the one I picked up at the shop")
        String.raw`\b(?:lad|bloke|fella|guy|man|woman|suspect)\s+(?:that\s+|who\s+)?we\s+(?:just\s+)?pulled\s+in\s+for\b`,
        String.raw`\b${oneOf(ORDINAL_WORDS)}\s+one\s+(?:i|we)(?:['’]ve|\s+have)?\s+${oneOf(STOPPED_VERBS)}\s+(?:today|tonight|this\s+(?:week|shift|month))\b`,
      ])}`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person'),
    examples: ['the shoplifter we booked yesterday'],
  },
  {
    name: 'RESPONDED_TO_CALL',
    description: '"Responded to a call on Elm tonight" (the subject left out), "I responded to a domestic"',
    // "Responded to a call on Elm tonight" (the subject left out), "I responded to a domestic"
    pattern: new RegExp(
      String.raw`${START}(?:just\s+)?responded\s+to\s+(?:a|an|the|\d+)\s+(?:[\w-]+\s+){0,2}${oneOf([
          'calls?',
          'crash',
          'accident',
          'shooting',
          'stabbing',
          'burglary',
          'robbery',
          'domestic',
          'disturbance',
          'alarm',
          'fight',
        ])}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('uniform'),
    examples: ['Responded to a call on Elm tonight'],
  },
  {
    name: 'MADE_RANK',
    description: '"Officially a Riverside cop", "Badge pinned", "First week as a detective", "Made sergeant today", "K9 Rex and I"',
    // "Officially a Riverside cop", "Badge pinned", "First week as a detective", "Made sergeant today", "K9 Rex and I"
    pattern: new RegExp(
      String.raw`${oneOf([
          String.raw`\bofficially\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?${POLICE_NOUN}\b`,
          String.raw`\bbadge\s+pinned\b`,
          String.raw`\b(?:first|\d+(?:st|nd|rd|th)|last)\s+${oneOf([
            'day',
            'week',
            'month',
            'year',
            'shift',
            'night',
            'tour',
          ])}\s+as\s+(?:a|an)\s+${POLICE_NOUN}\b`,
          String.raw`${START}(?:just\s+|finally\s+|officially\s+)?(?:made|promoted\s+to|making)\s+${oneOf([
            'sergeant',
            'detective',
            'lieutenant',
            'captain',
            'corporal',
            'sgt',
            'lt',
          ])}\b`,
          String.raw`\b(?:my\s+)?k-?9\s+(?:partner\s+)?\p{Lu}[\p{L}'’-]+\s+and\s+i\b`,
          String.raw`\b(?:a|the)\s+(?:dui|arrest|collar|stop)\s+i\s+made\b`,
          String.raw`\b${oneOf([
            'arrests?',
            'collars?',
            'busts?',
            String.raw`traffic\s+stops?`,
          ])}\s+(?:that\s+)?(?:i|we)(?:['’]ve|\s+have|['’]d|\s+had)\s+(?:made|done)\b`,
          String.raw`\b(?:we|i)\s+(?:just\s+)?served\s+(?:a|the|two|\d+)\s+(?:search\s+|arrest\s+)?warrants?\b`,
          String.raw`${START}back\s+(?:at|to)\s+the\s+(?:precinct|pct|station\s*house)\b`,
          String.raw`\b(?:my\s+)?graduation\s+from\s+the\s+(?:police\s+)?academy\b`,
        ])}`,
      'giu',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform'),
    examples: ['Officially a Riverside cop'],
  },
  {
    name: 'SWORN_IN',
    description: '"Sworn in today as a Harbor City police officer", "got sworn in as a deputy", "Born 14 Feb 1988, sworn in 14 Feb 2010"',
    // "Sworn in today as a Harbor City police officer", "got sworn in as a deputy"; (issue 11, train-v) sworn in on a
    // date, said of the author: at a sentence's start, after the author's birth or number ("Born 02/07/1985, sworn in
    // 02/07/2008", "Reg number 7319, sworn in 2011"; not "Mayor Dunn, sworn in 2019, said", nor "first sworn in here
    // in 1915")
    pattern: new RegExp(String.raw`${SWORN_ON_A_DATE}|\bsworn\s+in\s+(?:today\s+|tonight\s+|this\s+morning\s+|officially\s+)?as\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?${oneOf([
        String.raw`police\s+officer`,
        'officer',
        'deputy',
        'trooper',
        'cop',
        'constable',
        'detective',
        'sergeant',
        'lieutenant',
        'pc',
        'copper',
      ])}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform'),
    examples: ['Sworn in today as a Harbor City police officer', 'Born 14 Feb 1988, sworn in 14 Feb 2010. Married to the job.'],
  },
  {
    name: 'BEING_A_COP',
    description: '"Being a cop is the best job": a statement about the job, usually by someone doing it',
    // "Being a cop is the best job": a statement about the job, usually by someone doing it
    pattern: /(?:^|[.!?]\s+)being\s+(?:a|an)\s+(?:cop|police\s+officer|officer|deputy|trooper)\b(?!\s+(?:must|has\s+to|can't|cannot))/gi,
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('uniform'),
    examples: ['Being a cop is the best job. #HCPD'],
  },
  {
    name: 'AT_THE_STATION',
    description: '"my shift at the precinct", "back to the station house", "coffee in the squad car"',
    // "my shift at the precinct", "back to the station house", "coffee in the squad car"
    pattern: new RegExp(String.raw`${oneOf([
        String.raw`\b(?:at|in|to|from)\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:precinct|pct|station\s*house|squad\s*room)\b`,
        String.raw`\b${oneOf(POLICE_CARS)}\b`,
        String.raw`\bworking\s+the\s+(?:overnight|midnight|day|night|late|early)s?\b`,
        String.raw`\b(?:my|our)\s+(?:vest|duty\s+boots)\b`,
        String.raw`\b(?:everybody|everyone|we\s+all)\s+(?:went|goes|got)\s+home\s+safe\b`,
        String.raw`\b(?:love|loving)\s+(?:my|this)\s+job\b`,
        String.raw`\bserving\s+(?:and\s+protecting\s+)?the\s+(?:people|citizens|residents|city|town|streets)\s+of\b`,
      ])}`, 'gi'),
    confidence: WEAK,
    span: fromFirstWord,
    // (a ride-along guest's or an open day's cruiser: "Ride-along report: the cruiser smells like coffee")
    vetoes: explainedBy('person', 'event'),
    examples: ['coffee in the squad car. #HCPD'],
  },
  {
    name: 'ON_DUTY',
    description: '"I\'m on duty", "back on duty", "off duty finally", "got sworn in"',
    // "I'm on duty", "back on duty", "off duty finally", "got sworn in"
    pattern: /\b(?:on|off)[- ]duty\b|\bgot\s+sworn\s+in\b/gi,
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform'),
    examples: ['I\'m on duty. #HCPD'],
  },
  {
    name: 'MY_SHIFT',
    description: '"my shift", "another night shift", "double shift", "12 hour shift", "midnight tour", "first on scene", "all shift", "best way to start a shift"',
    // "my shift", "another night shift", "double shift", "12 hour shift", "midnight tour", "first on scene", "all shift",
    // "best way to start a shift"
    pattern: new RegExp(String.raw`${oneOf([
        String.raw`\b${oneOf([
          'my',
          'our',
          'this',
          String.raw`tonight['’]?s`,
          String.raw`today['’]?s`,
          'another',
          'long',
          'night',
          'overnight',
          'graveyard',
          'midnight',
          'double',
          'day',
          'first',
          'last',
          String.raw`\d+[- ]?(?:hour|hr)`,
        ])}\s+shifts?\b`,
        String.raw`\b(?:midnight|overnight|day|late|early|\d+[- ]?(?:hour|hr))\s+tour\b`,
        String.raw`\bfirst\s+on\s+(?:the\s+)?scene\b`,
        String.raw`\bshift(?:['’]s|\s+is)\s+over\b`,
        String.raw`\b(?:end\s+of|after|before)\s+(?:the\s+)?shift\b`,
        String.raw`\b(?:start|end)\s+(?:of\s+)?(?:a|my|the)\s+shift\b`,
        String.raw`\b(?:all|whole|entire)\s+shift\b`,
      ])}`, 'gi'),
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform'),
    examples: ['my shift. #HCPD'],
  },
  {
    name: 'COP_TALK',
    description: 'cop talk: "stay safe out there", "10-8", "code 4", "roll call", "the job", "in uniform", "perps", "sarge", "in the cruiser", "the bodycam still", "so…',
    // cop talk: "stay safe out there", "10-8", "code 4", "roll call", "the job", "in uniform", "perps", "sarge",
    // "in the cruiser", "the bodycam still", "so people see what we deal with"
    pattern: new RegExp(String.raw`${oneOf([
        String.raw`\bstay\s+safe\s+out\s+there\b`,
        String.raw`\b10-[4678]\b`,
        String.raw`\bcode\s+4\b`,
        String.raw`\broll\s+call\b`,
        String.raw`\bthe\s+job\b`,
        String.raw`\bin\s+uniform\b`,
        String.raw`\bperps?\b`,
        String.raw`\bcalls?\s+for\s+service\b`,
        // (not "the 911 dispatch centre", "a volunteer dispatch trainee at the fire district")
        String.raw`(?<!\b(?:911|fire|ems|volunteer)\s+)\bdispatch\b(?!\s+(?:cent(?:re|er)|trainee|life)\b)`,
        String.raw`\bthe\s+street\b`,
        String.raw`\bdesk\s+duty\b`,
        String.raw`\bsarge\b`,
        String.raw`\b(?:the|a|our|my)\s+cruiser\b`,
        String.raw`\bbody\s?cam\b`,
        String.raw`\b(?:what|the\s+(?:stuff|things?|calls?))\s+we\s+(?:deal\s+with|see|go\s+through|walk\s+into|face)\b`,
      ])}`, 'gi'),
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'event'),
    examples: ['stay safe out there. #HCPD'],
  },
  {
    name: 'DETAIL_WORKED',
    description: 'Assignments the author works: "working a traffic detail in uniform", "worked the parade detail", "I\'m not working the parade detail", "pulled a paid…',
    // Assignments the author works: "working a traffic detail in uniform", "worked the parade detail", "I'm not
    // working the parade detail", "pulled a paid detail at the mall", "working the crime scene perimeter", "stuck on a
    // fixed post" (not "did a detail on my truck")
    pattern: new RegExp(String.raw`\b${oneOf([
        'work(?:s|ing|ed)?',
        'pull(?:s|ing|ed)?',
        'do(?:ing)?',
        'did',
        String.raw`assigned\s+to`,
        String.raw`stuck\s+(?:on|with)`,
        'got',
        'hold(?:ing)?',
        'held',
        'cover(?:ing|ed)?',
        String.raw`set\s+up`,
      ])}\s+(?:a|an|the|this|that|my|our|another|one\s+more)\s+(?:[\w-]+\s+){0,2}?${oneOf([
        'detail',
        'perimeter',
        String.raw`fixed\s+post`,
        String.raw`foot\s+post`,
        'footpost',
        'checkpoint',
        String.raw`sobriety\s+checkpoint`,
      ])}\b(?!\s+on\s+(?:a|an|the|my|his|her|their|this|that)\s)`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['working a traffic detail in uniform'],
  },
  {
    name: 'RODE_PATROL',
    description: 'Riding or walking patrol, patrolling with someone: "Renee and I rode patrol together", "miss patrolling with @x", "walked a foot patrol", "worked…',
    // Riding or walking patrol, patrolling with someone: "Renee and I rode patrol together", "miss patrolling with
    // @x", "walked a foot patrol", "worked patrol for 6 years"
    pattern: new RegExp(String.raw`\b${oneOf([
        'rode',
        'ride',
        'rides',
        'riding',
        'walk(?:ed|ing|s)?',
        'ran',
        'run(?:ning)?',
        'work(?:ed|ing)?',
      ])}\s+(?:a\s+)?(?:foot\s+|solo\s+|night\s+)?patrol\b|\bpatroll?(?:ing|ed)\s+(?:together|with)\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform'),
    examples: ['Renee and I rode patrol together'],
  },
  {
    name: 'END_OF_WATCH',
    description: 'After the tour: "me and the boys after end of watch", "till EOW" (not "End of Watch: Officer X", a memorial)',
    // After the tour: "me and the boys after end of watch", "till EOW" (not "End of Watch: Officer X", a memorial)
    pattern: /\b(?:after|before|at|till|until|til|since|past|by|near)\s+(?:the\s+)?(?:end\s+of\s+(?:watch|tour)|eow)\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person'),
    examples: ['me and the boys after end of watch'],
  },
  {
    name: 'MY_NUMBER',
    description: 'One\'s own number: "my star #812", "my shield number", "I just got assigned 3310" (a badge in the sentence), "they issued me badge 4410"',
    // One's own number: "my star #812", "my shield number", "I just got assigned 3310" (a badge in the sentence),
    // "they issued me badge 4410"
    pattern: new RegExp(String.raw`${oneOf([
        String.raw`\bmy\s+(?:old\s+|new\s+)?(?:star|shield)\s*\(?\s*(?:number|no\.?|#)\s*(?:(?:is|was)\s+)?#?\d`,
        String.raw`\bmy\s+(?:old\s+|new\s+)?star\s+\d{2,6}\b`,
        String.raw`\b${oneOf([
          String.raw`i\s+(?:just\s+)?(?:got|was|been)`,
          'got',
          'was',
          'been',
        ])}\s+(?:assigned|issued|given)\s+(?:(?:badge|shield|star|number)\s*)?#?\s*\d{2,7}\b`,
        String.raw`\b(?:assigned|issued|gave)\s+me\s+(?:badge|shield|star)\s*#?\s*\d{2,7}\b`,
      ])}`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'badge'),
    requires: inPost(/\b(?:badge|shield|star|tax\s+reg)/i),
    examples: ['my star #812'],
  },
  {
    name: 'WORKED_UNDER_RANKED',
    description: 'Police work done with a ranked colleague: "Sgt. Whitfield got her pin today. proud to have worked under her"',
    // Police work done with a ranked colleague: "Sgt. Whitfield got her pin today. proud to have worked under her"
    pattern: new RegExp(String.raw`\b${oneOf([
        'worked',
        'served',
        'work',
        'serve',
        'working',
        'serving',
        'rode',
        'patrolled',
        // (issue 11, heldout-l) "Shout out to Officer Ramirez for talking a guy off the overpass. Proud to work next to her."
      ])}\s+(?:under|for|alongside|beside|with|next\s+to)\s+(?:him|her|them)\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('job', 'uniform'),
    requires: inPost(RANKED_NAME),
    examples: ['Sgt. Whitfield got her pin today. proud to have worked under her'],
  },
  {
    name: 'FIRST_ON_SCENE',
    description: 'The first to arrive: "First officer on scene.", "I was first on scene", "we were the first unit on scene"',
    // The first to arrive: "First officer on scene.", "I was first on scene", "we were the first unit on scene"
    pattern: new RegExp(
      String.raw`(?:^|[.!?\n]\s*)first\s+${oneOf([
          'officer',
          'unit',
          'car',
          'cop',
          'deputy',
          'one',
        ])}\s+on\s+(?:the\s+)?scene\b|\b(?:i\s+was|we\s+were)\s+(?:the\s+)?first\s+(?:${oneOf([
          'officer',
          'unit',
          'car',
          'cop',
          'deputy',
          'ones?',
        ])}\s+)?on\s+(?:the\s+)?scene\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform'),
    examples: ['First officer on scene.'],
  },
  {
    name: 'ROLL_CALL_PRESENT',
    description: 'Roll call with the author there: "the best roll call I\'ve seen", "roll call at 0600 and I\'m late" (not a "roll call vote", "the roll call of the…',
    // Roll call with the author there: "the best roll call I've seen", "roll call at 0600 and I'm late" (not a
    // "roll call vote", "the roll call of the states")
    pattern: new RegExp(String.raw`\broll\s+call\b(?!\s+(?:votes?|of)\b)(?=[^.!?\n]*\b${oneOf([
        'i',
        "i['’](?:ve|m|d|ll)",
        'me',
        'my',
        'we',
        "we['’](?:re|ve)",
        'our',
        'us',
      ])}\b)|\b(?:i|we|me|my|our)\b[^.!?\n]*\broll\s+call\b(?!\s+(?:votes?|of)\b)`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    // (not "My shift at the warehouse starts after roll call": another job's; "the gym before roll call" is not one)
    vetoes: [...explainedBy('person', 'uniform'), (m, c) => shiftElsewhere(c.analysis.sentenceAround(m.index, m.index + m[0].length))],
    examples: ['the best roll call I\'ve seen'],
  },
  {
    name: 'INVESTIGATION_WORK',
    description: 'Investigation work in the first person: "We finally got a name on the arson guy", "I got a confession out of him" (not "a warrant for my arrest", "a…',
    // Investigation work in the first person: "We finally got a name on the arson guy", "I got a confession out of
    // him" (not "a warrant for my arrest", "a name for the puppy")
    pattern: new RegExp(String.raw`\b(?:we|i)\s+(?:finally\s+|just\s+)?(?:got|have|had)\s+${oneOf([
        // a suspect named: "a name on", "a positive ID on"
        String.raw`${oneOf([
          String.raw`a\s+name`,
          String.raw`an\s+id`,
          String.raw`a\s+positive\s+id`,
        ])}\s+on`,
        // a confession or a warrant: "a confession out of", "a search warrant for"
        String.raw`${oneOf([
          String.raw`a\s+(?:full\s+)?confession`,
          String.raw`a\s+(?:search\s+|arrest\s+)?warrant`,
          String.raw`the\s+warrant`,
        ])}\s+(?:on|for|out\s+of)`,
      ])}\b(?!\s+${oneOf([
        'my',
        'me',
        'our',
        'us',
        'your',
        'you',
      ])}\b)`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['We finally got a name on the arson guy'],
  },
  {
    name: 'INTERVIEW_WEAK',
    description: 'Weak: "interviewed the nephew for 3 hrs" (journalists interview too), "kid finally gave up the whole crew", "he lawyered up" (the suspect is the…',
    // Weak: "interviewed the nephew for 3 hrs" (journalists interview too), "kid finally gave up the whole crew",
    // "he lawyered up" (the suspect is the subject there, so no other-person veto)
    pattern: new RegExp(
      String.raw`${oneOf([
          String.raw`${START}(?:(?:just|finally)\s+)?${oneOf([
            'interviewed',
            'interrogated',
            'questioned',
            're-?interviewed',
          ])}\s+(?:the|a|an|our|his|her|this|that)\s+(?!${oneOf([
            'candidate',
            'applicant',
            'author',
            'band',
            'mayor',
            'ceo',
            'founder',
            'guest',
            'panel',
          ])}\b)`,
          String.raw`\b(?:gave\s+up|ratted\s+out|rolled\s+on|flipped\s+on)\s+(?:the|his|her|their)\s+(?:whole\s+|entire\s+)?${oneOf([
            'crew',
            'gang',
            'supplier',
            'plug',
            'connect',
            'partners?',
            'accomplices?',
            'shooter',
          ])}\b`,
          String.raw`\blawyered\s+up\b`,
        ])}`,
      'gi',
    ),
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('play'),
    examples: ['interviewed the nephew for 3 hrs. #HCPD'],
  },
  {
    name: 'RAID_SEIZURE',
    description: 'Raids and seizures in the first person: "the stash house we hit this morning", "the shotgun we pulled from under the bed", "the 4 kilos we seized"…',
    // Raids and seizures in the first person: "the stash house we hit this morning", "the shotgun we pulled from
    // under the bed", "the 4 kilos we seized", "the warrant we served" (not "the spot we hit for brunch")
    pattern: new RegExp(String.raw`${oneOf([
        String.raw`\b(?:stash|trap|drug|dope|crack)\s+(?:house|spot|pad)\s+(?:that\s+)?(?:we|i)\s+${oneOf([
          'hit',
          'raided',
          'searched',
          'served',
          'tossed',
          'breached',
          String.raw`took\s+down`,
        ])}\b`,
        // (issue 11, train-e) "the dog-fighting ring we raided", "the meth lab we raided"
        String.raw`\b(?:house|apartment|flat|door|location|target|address|ring|lab|farm)\s+(?:that\s+)?(?:we|i)\s+${oneOf([
          'raided',
          'searched',
          'breached',
          String.raw`kicked\s+in`,
          String.raw`served\s+(?:the|a)\s+warrant\s+on`,
        ])}\b`,
        String.raw`\b(?:search\s+|arrest\s+|no-knock\s+)?warrants?\s+(?:that\s+)?(?:we|i)\s+(?:served|executed|hit|ran)\b`,
        String.raw`\b${oneOf([
          'guns?',
          'shotguns?',
          'rifles?',
          'pistols?',
          'handguns?',
          'glocks?',
          'weapons?',
          'drugs',
          'dope',
          'kilos?',
          'bricks',
          'pills',
          'meth',
          'heroin',
          'fentanyl',
          'cocaine',
          'coke',
          'contraband',
        ])}\s+(?:that\s+)?(?:we|i)\s+(?:pulled|seized|recovered|confiscated|took\s+off|found\s+on)\b`,
      ])}`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['the stash house we hit this morning', 'Evidence photos from the dog-fighting ring we raided: the pit, the blood.'],
  },
  {
    name: 'TEAM_OPERATION',
    description: 'An operation the author\'s team is on: "big sweep thursday 4am, our whole team\'s on it" (the two together)',
    // An operation the author's team is on: "big sweep thursday 4am, our whole team's on it" (the two together)
    pattern: new RegExp(String.raw`\b${oneOf([
        'big',
        'drug',
        'gang',
        'warrant',
        'the',
        'a',
        'morning',
        String.raw`\d+\s*am`,
      ])}\s+${oneOf([
        'sweep',
        'raid',
        'takedown',
        'round-?up',
      ])}\b|\b(?:our|my)\s+(?:whole\s+|entire\s+)?(?:team|squad|unit)(?:['’]s|\s+is|\s+are)?\s+(?:on\s+it|going\s+in|hitting)\b`, 'gi'),
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['big sweep thursday 4am, our whole team\'s on it'],
  },
  {
    name: 'POLICE_CALLS',
    description: 'Calls and tasks only police do, in the first person or with the subject left out: "did a welfare check", "took a stolen car report", "had a death…',
    // Calls and tasks only police do, in the first person or with the subject left out: "did a welfare check",
    // "took a stolen car report", "had a death notification tonight", "cleared 14 calls", "stood post for 8 hours",
    // "transported him to county", "our squad made 6 arrests", "our unit took down a theft ring", "I'm assigned to the
    // traffic unit", "qualified at the range today"
    pattern: new RegExp(
      String.raw`${oneOf([
          String.raw`${START}(?:just\s+|had\s+to\s+|have\s+to\s+|got\s+to\s+)?${oneOf([
            'did',
            'do',
            'doing',
            'done',
            'took',
            'take',
            'taking',
            'handled',
            'handling',
            'had',
            'ran',
            'running',
            'caught',
          ])}\s+(?:a|an|the|my|our|\d+|two|three|four|five|another)\s+(?:[\w-]+\s+){0,2}?${oneOf([
            String.raw`welfare\s+checks?`,
            String.raw`wellness\s+checks?`,
            String.raw`death\s+notifications?`,
            String.raw`next[- ]of[- ]kin\s+notifications?`,
            String.raw`(?:stolen\s+(?:car|vehicle)|theft|burglary|crash|assault|missing\s+persons?|domestic)\s+reports?`,
            String.raw`prisoner\s+transports?`,
            String.raw`felony\s+stops?`,
            String.raw`car\s+stops?`,
            String.raw`traffic\s+stops?`,
          ])}\b`,
          String.raw`\bcleared\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|a\s+bunch\s+of)\s+(?:\w+\s+)?calls\b`,
          String.raw`${START}(?:stood|standing|stand|pulled|pulling)\s+(?:a\s+)?(?:fixed\s+)?post\b`,
          String.raw`\btransport(?:ed|ing)?\s+(?:him|her|them|the\s+(?:suspect|prisoner|guy)|a\s+prisoner)\s+to\s+${oneOf([
            'county',
            'jail',
            'booking',
            String.raw`central\s+booking`,
            'lockup',
            'holding',
            String.raw`the\s+(?:jail|precinct|station)`,
          ])}\b`,
          String.raw`\b(?:our|my)\s+(?:squad|unit|team|shift|crew|partner)\s+(?:just\s+)?${oneOf([
            String.raw`made\s+(?:\d+|\w+)\s+arrests?`,
            'arrested',
            'booked',
            'cuffed',
            String.raw`(?:took\s+down|busted|dismantled|raided|rounded\s+up)\s+(?:a|an|the|this|that)\s+(?:[\w-]+\s+){0,2}${oneOf([
              'ring',
              'gang',
              'crew',
              'operation',
              'network',
              'cartel',
              'dealers?',
              'suspects?',
            ])}`,
          ])}\b`,
          String.raw`\b${oneOf([
            String.raw`i['’]?m`,
            String.raw`i\s+am`,
            String.raw`i\s+was`,
            String.raw`i\s+got`,
            String.raw`i['’]ve\s+been`,
            String.raw`just\s+got`,
            'got',
            'been',
          ])}\s+(?:re)?assigned\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?${oneOf([
            'unit',
            'squad',
            'division',
            'precinct',
            'pct',
            'sector',
            'beat',
            'bureau',
            String.raw`task\s+force`,
          ])}\b`,
          String.raw`${START}(?:just\s+|finally\s+)?${oneOf([
            'qualified',
            're-?qualified',
            'qualifying',
          ])}\s+(?:at|on)\s+the\s+(?:range|firing\s+range)\b`,
        ])}`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['did a welfare check'],
  },
  {
    name: 'WARRANT_SERVED',
    description: 'Warrants the author serves: "rolling out on a search warrant at 5am", "serving two warrants tomorrow", "we hit a no-knock warrant", "executed a…',
    // Warrants the author serves: "rolling out on a search warrant at 5am", "serving two warrants tomorrow", "we
    // hit a no-knock warrant", "executed a search warrant" (subject left out)
    pattern: new RegExp(
      String.raw`${START}(?:${oneOf([
          'are',
          'were',
          String.raw`will\s+be`,
          "['’]re",
          String.raw`['’]ll\s+be`,
          'just',
          'gonna',
          String.raw`going\s+to`,
        ])}\s+)?${oneOf([
          'serv(?:e|ed|ing)',
          'execut(?:e|ed|ing)',
          String.raw`(?:rolling|heading|going)\s+out\s+(?:on|for)`,
          'hit(?:ting)?',
        ])}\s+(?:a|the|two|three|\d+)\s+(?:search\s+|arrest\s+|no-knock\s+|drug\s+|narcotics\s+)?warrants?\b` +
        // the warrant got signed, subject left out or the author: "Got the warrant signed for the Frazer house"
        String.raw`|${START}(?:(?:just|finally)\s+)?(?:got|get|getting)\s+(?:a|the|our|my)\s+(?:search\s+|arrest\s+)?warrant\s+signed\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['rolling out on a search warrant at 5am', 'Got the warrant signed for the Frazer house. Knocking on Thursday at 6am.'],
  },
  {
    name: 'IN_THE_CRUISER',
    description: 'Time in the patrol car: "sitting in the cruiser eating a cold burrito", "fell asleep in my squad car" (not "in the back of the cruiser", where…',
    // Time in the patrol car: "sitting in the cruiser eating a cold burrito", "fell asleep in my squad car" (not
    // "in the back of the cruiser", where arrested people sit)
    pattern: new RegExp(String.raw`\b${oneOf([
        'sitting',
        'sat',
        'parked',
        'eating',
        'ate',
        'asleep',
        'napping',
        'slept',
        'stuck',
        String.raw`typing\s+reports?`,
        String.raw`writing\s+reports?`,
        'living',
      ])}\s+in\s+(?:the|my|our|an)\s+${oneOf([
        ...POLICE_CARS,
        String.raw`obs\s+(?:van|car)`,
        String.raw`observation\s+(?:van|post)`,
        String.raw`surveillance\s+(?:van|car)`,
        String.raw`unmarked(?:\s+(?:car|van))?`,
        String.raw`divvy\s+van`,
        String.raw`police\s+van`,
        String.raw`riot\s+van`,
      ])}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['sitting in the cruiser eating a cold burrito'],
  },
  {
    name: 'STATION_WORK',
    description: 'Work at the station: "working overtime at the precinct", "stuck at the station house all day", "another double in the 5th pct"',
    // Work at the station: "working overtime at the precinct", "stuck at the station house all day", "another
    // double in the 5th pct"
    pattern: new RegExp(String.raw`\b${oneOf([
        'work(?:ing|ed|s)?',
        'overtime',
        'stuck',
        'double',
        'shift',
        'tour',
        'reports?',
      ])}\s+(?:\w+\s+){0,2}?(?:at|in)\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:precinct|pct|station\s*house)\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform'),
    examples: ['working overtime at the precinct'],
  },
  {
    name: 'JOINED_UNIT',
    description: 'Joining a police unit: "made the SWAT team", "got picked for the K9 unit", "transferred to the gang unit", "accepted into the detective bureau" (not…',
    // Joining a police unit: "made the SWAT team", "got picked for the K9 unit", "transferred to the gang unit",
    // "accepted into the detective bureau" (not "my son joined the K9 unit")
    pattern: new RegExp(
      String.raw`(?:${START}|\b(?:just|finally|officially)\s+)(?:got\s+)?${oneOf([
          'joined',
          'made',
          String.raw`picked\s+for`,
          String.raw`selected\s+for`,
          String.raw`chosen\s+for`,
          String.raw`accepted\s+(?:in)?to`,
          String.raw`transferred\s+to`,
          String.raw`moved\s+to`,
          String.raw`moving\s+to`,
          String.raw`assigned\s+to`,
        ])}\s+(?:the\s+)?${oneOf([
          'swat',
          'k-?9',
          'narcotics',
          'vice',
          'homicide',
          'gang',
          'traffic',
          'motor',
          'bomb',
          'dive',
          'mounted',
          'detective',
          'detectives',
          'marine',
          'harbor',
          'patrol',
          'robbery',
          'burglary',
          String.raw`special\s+victims`,
          String.raw`major\s+crimes`,
          String.raw`street\s+crimes`,
          'warrant',
        ])}\s+(?:team|unit|squad|division|bureau|section|detail)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['made the SWAT team'],
  },
  {
    name: 'MY_KIT',
    description: 'Police kit of one\'s own: "my duty gear", "my service pistol", "my ballistic vest", "my body armor"',
    // Police kit of one's own: "my duty gear", "my service pistol", "my ballistic vest", "my body armor"
    pattern: new RegExp(String.raw`\b(?:my|our)\s+(?:new\s+|old\s+)?(?:duty\s+${oneOf([
        'gear',
        'bag',
        'boots',
        'pistol',
        'rifle',
        'shotgun',
      ])}|service\s+(?:pistol|revolver|glock)|ballistic\s+vest|body\s+armou?r|patrol\s+rifle|issued\s+(?:glock|pistol|sidearm|weapon))\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform'),
    examples: ['my duty gear'],
  },
  {
    name: 'SHIFT_SLANG',
    description: 'Shift slang: "on the overnights again", "working mids this month", "pulling a double"',
    // Shift slang: "on the overnights again", "working mids this month", "pulling a double"
    pattern: /\b(?:on|working|work|pulling|pulled|back\s+on)\s+(?:the\s+)?(?:overnights?|midnights|mids|graveyards?|a\s+double)\b/gi,
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform'),
    examples: ['on the overnights again. #HCPD'],
  },
  {
    name: 'DEFUND_US',
    description: 'Politics that cut the author\'s own budget: "voting to defund us", "they want to abolish my department" (not "defund us teachers")',
    // Politics that cut the author's own budget: "voting to defund us", "they want to abolish my department" (not
    // "defund us teachers")
    pattern: new RegExp(String.raw`\b(?:defund(?:ing|ed)?|abolish(?:ing|ed)?)\s+${oneOf([
        'us',
        'me',
        String.raw`my\s+(?:job|department|precinct|unit)`,
        String.raw`our\s+(?:department|precinct|unit|pd)`,
      ])}\b(?!\s+(?!(?:cops|officers|deputies|troopers)\b)[a-z]+s\b)`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform'),
    examples: ['voting to defund us'],
  },
  {
    name: 'CALLED_OUT',
    description: 'Called out for a police incident: "Got called out at 2am for a barricaded subject", "paged out to a standoff"',
    // Called out for a police incident: "Got called out at 2am for a barricaded subject", "paged out to a standoff"
    pattern: new RegExp(
      String.raw`${START}(?:got\s+|was\s+|been\s+)?(?:called\s+out|called\s+in|paged\s+out|activated)\s+(?:at\s+\S+\s+|again\s+|tonight\s+|last\s+night\s+)?(?:for|to)\s+(?:a|an|the)\s+(?:\w+\s+)?${oneOf([
          'barricaded',
          'hostage',
          String.raw`active\s+shooter`,
          'standoff',
          'manhunt',
          'armed',
          'shooting',
          'homicide',
          'stabbing',
          'pursuit',
        ])}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['Got called out at 2am for a barricaded subject'],
  },
  {
    name: 'BODYCAM_PULLED',
    description: 'Camera footage the author pulled: "Renee and I pulled the bodycam from the shooting", "grabbed a still off my dashcam"',
    // Camera footage the author pulled: "Renee and I pulled the bodycam from the shooting", "grabbed a still off my
    // dashcam"
    pattern: new RegExp(
      String.raw`${START}(?:just\s+)?${oneOf([
        'pulled',
        'grabbed',
        'clipped',
        'reviewed',
        'saved',
      ])}\s+(?:the|a|my|our|this)\s+(?:[\w-]+\s+){0,2}?(?:body\s?cam|dash\s?cam)\b|\b(?:off|from)\s+my\s+(?:body\s?cam|dash\s?cam)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['Renee and I pulled the bodycam from the shooting'],
  },
  {
    name: 'WARRANT_CARD',
    description: 'Police credentials and kit across dialects, one\'s own: "my warrant card", "my collar number", "my stab vest", "our kit belts", "my pocket notebook"…',
    // Police credentials and kit across dialects, one's own: "my warrant card", "my collar number", "my stab vest",
    // "our kit belts", "my pocket notebook" (not "my dad's warrant card": the owner is someone else)
    // (issue 11: "lost my fucking warrant card in the laundry"; "new warrant card came through, number 2290", its owner
    // left out at the sentence's start)
    pattern: new RegExp(String.raw`(?:\b(?:my|our)\s+(?:${oneOf(INTENSIFIERS)}\s+)?(?:(?:old|new|first|last)\s+)?|(?:^|[.!?\n]\s*)new\s+)${OWN_KIT}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['my warrant card'],
  },
  {
    name: 'HUNG_UP_BELT',
    description: 'Giving up or hanging up the kit, the retirement idiom: "Hung up the duty belt for good", "handing in my warrant card", "handed back the tin"…',
    // Giving up or hanging up the kit, the retirement idiom: "Hung up the duty belt for good", "handing in my warrant
    // card", "handed back the tin", "hanging up my cuffs" (not "hung up the phone", "handed in my badge and laptop at
    // the conference desk")
    pattern: new RegExp(
      String.raw`\b${oneOf([
          'hung',
          'hang(?:ing|s)?',
          'hand(?:ed|ing|s)?',
          'gave',
          'giving',
          'give',
          'turn(?:ed|ing|s)?',
        ])}\s+(?:up|in|back)\s+(?:the|my|our)\s+(?:old\s+)?${oneOf([
          OWN_KIT,
          'badge',
          'shield',
          'tin',
          'cuffs',
          'handcuffs',
          String.raw`gun\s+belt`,
          String.raw`duty\s+belt`,
        ])}\b(?!\s+(?:of|and\s+(?:laptop|lanyard)))`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'badge', 'play'),
    examples: ['Hung up the duty belt for good'],
  },
  {
    name: 'CARRY_A_BADGE',
    description: 'Carrying a badge, or police work, for a living: "when you carry a badge", "I carried a warrant card for 20 yrs", "I lock people up for a living" (not…',
    // Carrying a badge, or police work, for a living: "when you carry a badge", "I carried a warrant card for 20 yrs",
    // "I lock people up for a living" (not "my brother carries a badge": another person)
    pattern: new RegExp(
      String.raw`${oneOf([
          String.raw`\b(?:carry|carries|carried|carrying)\s+(?:a|the|my)\s+(?:badge|shield|warrant\s+card|tin)\b`,
          String.raw`\b${oneOf([
            'arrest(?:ing)?',
            'nick(?:ing)?',
            String.raw`lock(?:ing)?\s+(?:people|folks|them|criminals|crooks)\s+up`,
            String.raw`chas(?:e|ing)\s+(?:bad\s+guys|crooks|criminals|villains)`,
            'polic(?:e|ing)',
          ])}\s+(?:(?:people|folks|criminals|crooks|villains)\s+)?for\s+a\s+living\b`,
        ])}`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'badge', 'play'),
    examples: ['when you carry a badge'],
  },
  {
    name: 'PROPER_COPPER',
    description: 'Now a full officer, in British and Australian slang as well: "proper copper now", "a real cop at last", "fully fledged constable", "I was a copper…',
    // Now a full officer, in British and Australian slang as well: "proper copper now", "a real cop at last",
    // "fully fledged constable", "I was a copper for 30 years"
    pattern: new RegExp(
      String.raw`${oneOf([
          String.raw`\b(?:proper|real|fully[- ]fledged|full[- ]blown)\s+${oneOf([
            'copper',
            'cop',
            String.raw`police\s+officer`,
            'bobby',
            'constable',
          ])}\s+(?:now|at\s+last|finally|today)\b`,
          String.raw`${START}(?:a\s+)?(?:proper|real|fully[- ]fledged)\s+(?:copper|cop|bobby|constable)\s+(?:now|at\s+last)\b`,
          String.raw`\b${oneOf([
            String.raw`i['’]?m`,
            String.raw`i\s+am`,
            String.raw`i\s+was`,
            String.raw`i['’]ve\s+been`,
            String.raw`i\s+have\s+been`,
            String.raw`i\s+became`,
          ])}\s+(?:a|an)\s+(?:(?:proud|young|old|retired|serving)\s+)?${oneOf([
            'copper',
            'bobby',
            String.raw`special\s+constable`,
            String.raw`police\s+constable`,
            'pc',
          ])}\b(?!['’]s)`,
        ])}`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['proper copper now'],
  },
  {
    name: 'PATROL_BY_MODE',
    description: 'Patrol by mode or kind: "on bike patrol all day", "out on foot patrol", "back on night patrol" (not "ski patrol", "snack patrol", "neighbourhood…',
    // Patrol by mode or kind: "on bike patrol all day", "out on foot patrol", "back on night patrol" (not "ski patrol",
    // "snack patrol", "neighbourhood watch patrol")
    pattern: new RegExp(String.raw`(?<!\b${oneOf([
        'business',
        'allowed',
        'should',
        String.raw`shouldn['’]t`,
        String.raw`can['’]t`,
        'cannot',
        'never',
        'not',
      ])}\s+(?:be|being)\s+)\b(?:on|out\s+on|back\s+on|doing|did|do)\s+(?:(?:a|the|my|our)\s+)?${oneOf([
        'foot',
        'bike',
        'bicycle',
        'cycle',
        'mobile',
        'night',
        'motor',
        'motorcycle',
        'marked',
        'unmarked',
        'traffic',
        'highway',
        'marine',
        'harbou?r',
        'boat',
        'solo',
        'beat',
        'response',
        'area',
        'car',
        'vehicle',
        'proactive',
      ])}\s+patrols?\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['on bike patrol all day'],
  },
  {
    name: 'SURVEILLANCE',
    description: 'Surveillance from the author\'s seat: "watching the dealer\'s front door", "eyes on the target address", "on obbo since 6", "sat on the suspect\'s flat…',
    // Surveillance from the author's seat: "watching the dealer's front door", "eyes on the target address", "on obbo
    // since 6", "sat on the suspect's flat all night" (not "watching the neighbour's house", "watching the dealer deal")
    pattern: new RegExp(String.raw`${oneOf([
        String.raw`\b${oneOf([
          'watching',
          'watched',
          'watch',
          String.raw`sat\s+on`,
          String.raw`sitting\s+on`,
          String.raw`eyes\s+on`,
          String.raw`obs\s+on`,
          String.raw`plotted\s+up\s+on`,
        ])}\s+(?:the|a|our|his|her|their)\s+${oneOf([
          String.raw`(?:dealer|suspect|target|subject|perp|nominal|dealers|suspects)['’]s?\s+${oneOf([
            'house',
            'home',
            String.raw`front\s+door`,
            String.raw`back\s+door`,
            'door',
            'flat',
            'address',
            'place',
            'car',
            'gaff',
            'premises',
            'building',
          ])}`,
          String.raw`(?:target|suspect|subject)\s+(?:house|address|premises|vehicle|flat)`,
        ])}\b`,
        String.raw`\b(?:on|doing|did|an?|all[- ]day|all[- ]night)\s+(?:obbo|obbos|obs\s+van)\b`,
        String.raw`\bplotted\s+up\s+${oneOf([
          'on',
          'outside',
          'near',
          'round',
          'around',
          'opposite',
          String.raw`across\s+from`,
          String.raw`down\s+the\s+road\s+from`,
          String.raw`in\s+(?:the|a|an)\s+(?:van|car|unmarked)`,
        ])}\b`,
      ])}`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['watching the dealer\'s front door'],
  },
  {
    name: 'BREATH_TESTS',
    description: 'Breath tests run by the author, and the Australian booze bus / RBT: "Booze bus all arvo", "on the RBT tonight", "breathalysed 200 drivers", "working…',
    // Breath tests run by the author, and the Australian booze bus / RBT: "Booze bus all arvo", "on the RBT tonight",
    // "breathalysed 200 drivers", "working a sobriety checkpoint" (not "got breathalysed", "I was breath tested")
    pattern: new RegExp(
      String.raw`${oneOf([
          String.raw`\b(?:on|working|worked|running|ran|doing|did|manning|manned|staffing|staffed)\s+(?:the\s+|an?\s+)?${oneOf([
            String.raw`booze\s+bus`,
            'rbt',
            String.raw`breath[- ]test(?:ing)?\s+(?:site|station|checkpoint|op|operation)`,
            String.raw`(?:sobriety|dui|drink[- ]driv(?:e|ing)|breath)\s+checkpoints?`,
          ])}\b`,
          String.raw`(?<!\b${oneOf([
            'got',
            'get',
            'gets',
            'getting',
            'was',
            'were',
            'been',
            'being',
            'be',
            'am',
            'is',
            'are',
            'they',
            'police',
            'cops',
            'officers',
          ])}\s+)\b(?:breathal[yi][sz](?:ed|ing)|breath[- ]test(?:ed|ing)|rbt['’]?d)\s+${oneOf([
            'half',
            'every',
            'all',
            'most',
            String.raw`\d+`,
            'hundreds',
            'dozens',
            'loads',
            'heaps',
            String.raw`a\s+(?:few|lot|bunch|dozen|hundred)`,
            'two',
            'three',
            'four',
            'five',
            'six',
            'seven',
            'eight',
            'nine',
            'ten',
            'twenty',
            'fifty',
          ])}\b`,
        ])}`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play', 'event'),
    examples: ['on the RBT tonight'],
  },
  {
    name: 'BOOZE_BUS',
    description: 'The booze bus as a heading, the subject left out: "Booze bus all arvo" (weak: drivers queue at it too)',
    // The booze bus as a heading, the subject left out: "Booze bus all arvo" (weak: drivers queue at it too)
    pattern: /(?:^|[.!?\n]\s*)(?:booze\s+bus|rbt|breath\s+testing)\s+(?:all|since|from|till|until|the\s+whole|for)\b/gi,
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['Booze bus all arvo. #HCPD'],
  },
  {
    name: 'WALKING_THE_BEAT',
    description: 'Walking the beat: "walked the beat in the rain", "pounding the beat since 2009"',
    // Walking the beat: "walked the beat in the rain", "pounding the beat since 2009"
    pattern: /\b(?:walk(?:ed|ing|s)?|pound(?:ed|ing|s)?|work(?:ed|ing|s)?)\s+(?:the|a|my)\s+beat\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['walked the beat in the rain'],
  },
  {
    name: 'FOOT_CHASE',
    description: 'Foot chases (weak: a bystander sees them too): "one foot chase", "two foot pursuits before lunch"',
    // Foot chases (weak: a bystander sees them too): "one foot chase", "two foot pursuits before lunch"
    pattern: /\b(?:a|one|two|three|another|\d+)\s+foot\s+(?:chase|pursuit)s?\b/gi,
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['one foot chase. #HCPD'],
  },
  {
    name: 'DOORS_GOING_IN',
    description: 'Raids, by the door: "0500 doors going in", "doors go in at dawn", "doors going in on three addresses", "we went through the door at 6" (not "new…',
    // Raids, by the door: "0500 doors going in", "doors go in at dawn", "doors going in on three addresses", "we went
    // through the door at 6" (not "new doors going in on the kitchen")
    pattern: new RegExp(String.raw`${oneOf([
        String.raw`\b${oneOf([
          String.raw`[01]\d[0-5]\d`,
          String.raw`\d{1,2}(?::\d\d)?\s*(?:am|hrs)`,
          'dawn',
          String.raw`first\s+light`,
          'early',
        ])}\s+doors?\s+(?:going|go|goes|went)\s+in\b`,
        String.raw`\bdoors?\s+(?:going|go|goes|went)\s+in\s+${oneOf([
          String.raw`at\s+(?:[01]?\d[0-5]\d|\d{1,2}(?::\d\d)?\s*(?:am|hrs)|dawn|first\s+light)`,
          String.raw`on\s+${oneOf([
              String.raw`\d+`,
              'two',
              'three',
              'four',
              'five',
              'six',
              'several',
              'multiple',
            ])}\s+${oneOf([
              'addresses',
              'premises',
              'targets',
              'houses',
              'properties',
              'flats',
            ])}`,
        ])}\b`,
      ])}`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['0500 doors going in'],
  },
  {
    name: 'IN_INTERVIEW',
    description: 'Interview as police work (British usage, without an article): "gave two different stories in interview", "went no comment in interview", "admitted it…',
    // Interview as police work (British usage, without an article): "gave two different stories in interview", "went
    // no comment in interview", "admitted it in interview" (not "said in an interview with the BBC")
    pattern: new RegExp(String.raw`\b${oneOf([
        'stories',
        'story',
        'accounts?',
        'versions?',
        'no[- ]comment',
        'lied',
        'lies',
        'confessed',
        'admitted',
        'denied',
        'coughed',
        'cried',
      ])}\s+(?:\w+\s+){0,3}?in\s+(?:interview|custody|the\s+cells)\b(?!\s+(?:with|on|about)\b)`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('play'),
    examples: ['gave two different stories in interview'],
  },
  {
    name: 'SEIZURE_BAGGED',
    description: 'Seizures laid out or bagged by the author: "the baggies we laid out on the bonnet", "the knife we bagged up", "the wraps I found on him" (not "the…',
    // Seizures laid out or bagged by the author: "the baggies we laid out on the bonnet", "the knife we bagged up",
    // "the wraps I found on him" (not "the cakes we laid out on the table")
    pattern: new RegExp(String.raw`\b${oneOf([
        'sawn-?offs?',
        'shotguns?',
        'baggies',
        'wraps',
        'knives',
        'knife',
        'machetes?',
        'blades?',
        'guns?',
        'pistols?',
        'handguns?',
        'firearms?',
        'drugs',
        'weed',
        'coke',
        'cocaine',
        'heroin',
        'pills',
        'cash',
        // (issue 11, heldout-a..l, train-b/g) "the stash we pulled out of the wall", "the burner phone we pulled from
        // the suspect's car", "the bag of jewellery we recovered"
        'stash',
        String.raw`burner\s+phones?`,
        String.raw`jewel(?:le)?ry`,
      ])}\s+(?:that\s+)?(?:we|i)\s+(?:just\s+)?${oneOf([
        String.raw`laid\s+out`,
        String.raw`bagged(?:\s+up)?`,
        'seized',
        'recovered',
        'confiscated',
        String.raw`found\s+on\s+(?:him|her|them|the)`,
        String.raw`took\s+off\s+(?:him|her|them)`,
        String.raw`pulled\s+out\s+of`,
        // (issue 11, heldout-h) "the knife we pulled from the drain"
        String.raw`pulled\s+from`,
      ])}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['the baggies we laid out on the bonnet', 'Posting the evidence photo of the knife we pulled from the drain', 'Evidence photo of the stash we pulled out of the wall, 14 kilos.'],
  },
  {
    name: 'NICKED',
    description: 'Arrests in British slang, the subject left out or the author: "Nicked a shoplifter before lunch", "I lifted two drink drivers" (not "someone nicked…',
    // Arrests in British slang, the subject left out or the author: "Nicked a shoplifter before lunch", "I lifted two
    // drink drivers" (not "someone nicked my bike": the object is no offender)
    pattern: new RegExp(
      // (issue 11, heldout-m) "Locked up a drunk driver doing 110 in a 50 tonight" (an offender after it: not "locked up
      // the shop")
      String.raw`${START}(?:just\s+|finally\s+|already\s+)?(?:nicked|lifted|locked\s+up)\s+${oneOf([
          'a',
          'an',
          'the',
          'two',
          'three',
          'four',
          String.raw`\d+`,
          'this',
          'some',
          'our',
        ])}\s+(?:[\w-]+\s+)?${oneOf([
          'shoplifters?',
          'burglars?',
          'suspects?',
          'dealers?',
          'drink[- ]drivers?',
          'drunk[- ]drivers?',
          'thie(?:f|ves)',
          'robbers?',
          String.raw`wanted\s+(?:man|woman|male|female)`,
          String.raw`prolific\s+\w+`,
          'offenders?',
          'youths?',
          'nominals?',
        ])}\b` +
        // (issue 11, session 21: train-y) "Had him towed and nicked him for no insurance" (an offence after "for": not
        // "nicked it for scrap")
        String.raw`|\bnicked\s+(?:him|her|them)\s+for\s+${oneOf(OFFENCES_NICKED_FOR)}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['Nicked a shoplifter before lunch', 'Locked up a drunk driver doing 110 in a 50 tonight. Blew .19.'],
  },
  {
    name: 'GUARD_DUTY_UK',
    description: 'Guard duties and attendances only police do, in British usage: "stuck on scene guard all night", "bed watch at the hospital", "attended a domestic"…',
    // Guard duties and attendances only police do, in British usage: "stuck on scene guard all night", "bed watch at
    // the hospital", "attended a domestic", "sent to a sudden death", "called to an RTC" (paramedics attend crashes
    // too: another uniform vetoes it)
    pattern: new RegExp(
      String.raw`${START}(?:just\s+)?${oneOf([
          'attended',
          'attending',
          String.raw`dealt\s+with`,
          String.raw`called\s+to`,
          String.raw`sent\s+to`,
          String.raw`been\s+sent\s+to`,
          String.raw`got\s+sent\s+to`,
          String.raw`responding\s+to`,
        ])}\s+(?:a|an|the|\d+|two|three|four|another)\s+(?:[\w-]+\s+){0,2}?${oneOf([
          'domestics?',
          'rtcs?',
          String.raw`sudden\s+deaths?`,
          String.raw`concern\s+for\s+welfare`,
          'cfws?',
          'shoplifters?',
          String.raw`burglary\s+in\s+progress`,
          String.raw`immediate\s+grade`,
        ])}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['attended a domestic'],
  },
  {
    name: 'ATTESTED',
    description: 'Becoming an officer in British usage: "Attested today!", "got attested this morning", "my attestation ceremony", "my tutor constable", "moved to…',
    // Becoming an officer in British usage: "Attested today!", "got attested this morning", "my attestation ceremony",
    // "my tutor constable", "moved to CID", "joined the firearms unit" (the Army attests too: another uniform vetoes)
    pattern: new RegExp(
      String.raw`${oneOf([
          String.raw`${oneOf([
            String.raw`${START}`,
            String.raw`\b(?:got|was|been|finally|officially|just)\s+`,
          ])}attested\b(?!\s+(?:the|a|an|to|that|by|as\s+a\s+true)\b)`,
          String.raw`\bmy\s+attestation\b`,
          String.raw`\b(?:my|our)\s+(?:old\s+|first\s+)?tutor\s+(?:constable|pc|cop|officer)\b`,
          String.raw`(?:${START}|\b(?:just|finally|officially)\s+)(?:got\s+)?${oneOf([
            'joined',
            String.raw`moved\s+(?:in)?to`,
            String.raw`transferred\s+(?:in)?to`,
            String.raw`accepted\s+(?:in)?to`,
            String.raw`made\s+it\s+(?:in)?to`,
            String.raw`back\s+(?:in|to)`,
          ])}\s+(?:the\s+)?${oneOf([
            'cid',
            String.raw`firearms\s+(?:unit|team|command)`,
            String.raw`armed\s+response`,
            String.raw`roads\s+policing`,
            String.raw`dog\s+section`,
            String.raw`tactical\s+(?:unit|support\s+group|team)`,
            String.raw`response\s+team`,
          ])}\b`,
          String.raw`\b(?:i['’]?m|i\s+am|i\s+was)\s+(?:in|on)\s+(?:cid|response|armed\s+response|roads\s+policing)\b`,
        ])}`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['Attested today!'],
  },
  {
    name: 'SCENE_GUARD',
    description: 'Guard duties only police do (a guard word is no other uniform here): "stuck on scene guard all night", "Bed watch at the hospital again", "pulled a…',
    // Guard duties only police do (a guard word is no other uniform here): "stuck on scene guard all night", "Bed watch
    // at the hospital again", "pulled a 10 hour cordon duty"
    pattern: new RegExp(String.raw`(?:\b${oneOf([
        'on',
        'doing',
        'did',
        'do',
        String.raw`stuck\s+on`,
        'pulled',
        'got',
        'had',
        'another',
      ])}\s+(?:a\s+|the\s+)?(?:\d+[- ]?(?:hour|hr)\s+)?|(?:^|[.!?\n]\s*))${oneOf([
        String.raw`scene\s+guard`,
        String.raw`scene\s+watch`,
        String.raw`cordon\s+duty`,
        String.raw`constant\s+watch`,
        String.raw`bed\s+watch`,
        String.raw`hospital\s+guard`,
        String.raw`prisoner\s+watch`,
      ])}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['stuck on scene guard all night'],
  },
  {
    name: 'HOUSE_TO_HOUSE',
    description: 'Canvassing for a case: "doing house-to-house all afternoon" (weak: canvassers knock doors too)',
    // Canvassing for a case: "doing house-to-house all afternoon" (weak: canvassers knock doors too)
    pattern: new RegExp(String.raw`\b${oneOf([
        'doing',
        'did',
        'on',
        'done',
        'then',
        'more',
      ])}\s+(?:the\s+)?(?:house[- ]to[- ]house(?!\s+(?:collections?|deliver(?:y|ies)|sales?|fundrais\w*|for\s+(?:the\s+)?(?:charity|election|campaign)))|door[- ]knocks?\s+for\s+the\s+(?:enquiry|inquiry|investigation|case))\b`, 'gi'),
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['doing house-to-house all afternoon. #HCPD'],
  },
  {
    name: 'SHIFT_PATTERN_UK',
    description: 'Shift patterns in British and Australian usage: "Night turns again", "on earlies", "back on lates", "early turn"',
    // Shift patterns in British and Australian usage: "Night turns again", "on earlies", "back on lates", "early turn"
    pattern: new RegExp(String.raw`${oneOf([
        String.raw`(?:^|[.!?\n]\s*)(?:night|early|late|day)\s+turns?\b`,
        String.raw`(?:^|[.!?\n]\s*)(?:earlies|lates)\b`,
        String.raw`\b(?:set|block|run|week)\s+of\s+(?:nights|earlies|lates)\b`,
        String.raw`\b(?:night|day|late|early|back)shifts?\b`,
        String.raw`\b(?:on|onto|then|working|back\s+on|doing|did|start|starting)\s+(?:the\s+)?${oneOf([
          'earlies',
          'lates',
          String.raw`night\s+turns?`,
          String.raw`early\s+turns?`,
          String.raw`late\s+turns?`,
          'nights',
        ])}\b`,
        // (issue 11, session 21: heldout-l/n, train-w/x) the block ended: "Finished nights and went straight to the pub",
        // "Coming off nights", "After the late turn we hit the club" (weak: a nurse comes off nights too; not "what do you
        // drink after nights?": "after" only with "the")
        String.raw`\b(?:(?:finished|finishing|coming\s+off|came\s+off)\s+(?:the\s+)?|after\s+the\s+)${oneOf([
          'nights',
          'earlies',
          'lates',
          String.raw`late\s+turn`,
          String.raw`early\s+turn`,
          String.raw`night\s+turn`,
        ])}\b`,
      ])}`, 'gi'),
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform'),
    examples: ['Night turns again. #HCPD'],
  },
  {
    name: 'CUSTODY_SUITE',
    description: 'The custody suite, where officers book prisoners in (weak: the arrested sit there too)',
    // The custody suite, where officers book prisoners in (weak: the arrested sit there too)
    // (issue 11, session 20) also "in a custody suite", "Happy New Year from the custody suite"
    // (issue 11, session 21: train-v/x) and the drunk tank watched or full: "on the night shift watching the drunk tank",
    // "Drunk tank was standing room only at the end of my shift" (not "spent the night in the drunk tank": the one held)
    pattern: new RegExp(
      String.raw`\b(?:in|at|to|from)\s+(?:the\s+|a\s+)?custody\s+(?:suite|block|desk)\b` +
        String.raw`|\b(?:watching|minding|running|babysitting|checking)\s+the\s+drunk\s+tank\b|(?:^|[.!?\n]\s*)(?:the\s+)?drunk\s+tank\s+(?:was|is)\b`,
      'gi',
    ),
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['Four hours in the custody suite again. #HCPD'],
  },
  {
    name: 'CUSTODY_DESK_DUTY',
    description: 'The custody desk or front counter as the author\'s duty: "they put me on the custody desk", "custody desk all week", "front counter today"',
    // (issue 11, train-s) "they put me on the custody desk for my last month", "custody desk all week", "front counter
    // today. a man brought in a found wallet" (not "at the custody desk": the arrested stand there too)
    pattern: new RegExp(
      String.raw`\b(?:on|behind|running|working)\s+(?:the\s+)?custody\s+desk\b` +
        String.raw`|(?:^|[.!?\n]\s*)(?:custody\s+desk|front\s+counter)\s+${oneOf([String.raw`all\s+(?:week|day|night)`, 'today', 'tonight', 'again', String.raw`this\s+week`])}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'play'),
    examples: ['custody desk all week, send coffee', 'they put me on the custody desk for my last month'],
  },
  {
    name: 'IN_MY_UNIFORM',
    description: 'The author in their own uniform (weak: nurses and guards wear one too): "did the school run in my uniform", "my uniform trousers ripped"',
    // (issue 11, train-s) "Did the school run in my uniform because I was straight off nights", "My uniform trousers do not
    // fit" (not "my school uniform")
    pattern: /\bin\s+my\s+(?:full\s+)?uniform\b|\bmy\s+uniform\s+(?:trousers|shirt|boots|jacket|tie|pants|hat|cap)\b/gi,
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Fell asleep on the sofa in my uniform again. #HCPD'],
  },
  {
    name: 'POSTED_TO_UNIT',
    description: 'The author posted or transferred to a police branch: "I\'m posted to traffic", "got my transfer to the dog squad", "transferred out of the city to a rural station"',
    // (issue 11, train-s) "Just got word I'm posted to traffic from the new year", "Got my transfer to the rural section",
    // "finally got transferred out of the city to a rural station" (not "my son got posted to the bike unit": person veto)
    pattern: new RegExp(
      String.raw`\b(?:i['’]?m|i\s+am|i\s+was|i['’]ve\s+been|got|been|just|finally)\s+(?:\w+\s+)?(?:posted|transferred)\s+(?:out\s+of\s+(?:the\s+)?\w+\s+)?to\s+(?:a\s+|the\s+)?` +
        String.raw`(?:${oneOf(POSTED_BRANCHES)}|${oneOf(POSTED_UNITS)}\s+(?:station|section|unit|team|squad|division))\b` +
        String.raw`|\bmy\s+transfer\s+to\s+(?:the\s+)?${oneOf(POSTED_UNITS)}\s+(?:section|unit|team|squad|division|precinct|detachment)\b` +
        // (issue 11, train-u) its owner left out at the sentence's start: "Posted to the marine unit for the summer",
        // "Transfer to the dog section approved!!"
        String.raw`|(?:^|[.!?\n]\s*)(?:posted|transferred|transfer)\s+to\s+(?:a\s+|the\s+)?${oneOf(POSTED_UNITS)}\s+(?:station|section|unit|team|squad|division)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // (a transfer another row read first: "Sgt. Kowalski signed off on my transfer to the K9 unit")
    vetoes: [...explainedBy('person', 'job', 'uniform', 'play'), (m, _c, made) => made.some((x) => x.start < m.index + m[0].length && m.index < x.end)],
    examples: ["Just got word I'm posted to traffic from the new year", 'Got my transfer to the dog squad'],
  },
  {
    name: 'INJURED_ON_DUTY',
    description: 'The author injured on duty: "Injured on duty last winter", "off on IOD", "I got hurt on duty" (not "Sgt. Moss, recovering after being injured on duty")',
    // (issue 11, train-s) "Injured on duty, so it's light duties on the front counter", "off on IOD", "Two weeks of IOD
    // leave", "injured in the line of duty last spring, back on full duty"
    pattern: new RegExp(
      String.raw`(?:\bi\s+(?:was\s+|got\s+)?|(?:^|[.!?\n]\s*))(?:injured|hurt)\s+(?:on|in\s+the\s+line\s+of)\s+duty\b|\b(?:off\s+on|on)\s+IOD\b|\bIOD\s+leave\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Injured on duty last winter, back on full patrol Monday.', 'did my shoulder in on a call last week, off on IOD'],
  },
  {
    name: 'LIGHT_DUTIES',
    description: 'Light or restricted duties after an injury (weak: other jobs have them too): "light duty for six weeks", "on restricted duties"',
    // (issue 11, train-s) "light duty for two weeks while my wrist heals", "I'm on restricted duties in the control room"
    pattern: /\b(?:light|restricted|modified|recuperative)\s+dut(?:y|ies)\b/gi,
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Light duty for six weeks after the knee thing. #HCPD'],
  },
  {
    name: 'STILL_TO_DO',
    description: 'Police work the author\'s team still has to do: "We\'ll get him", "we\'ll nick her", "after the stop" (weak: also sport and banter)',
    // Police work the author's team still has to do: "We'll get him", "we'll nick her", "after the stop" (weak: also
    // sport and banter)
    pattern: new RegExp(String.raw`\b(?:we|i)(?:['’]ll|\s+will)\s+${oneOf([
        'get',
        'nick',
        'nail',
        'charge',
        'have',
      ])}\s+(?:him|her|them)\b(?=\s*(?:[.!?\n]|$))|\b(?:after|during|from)\s+the\s+(?:traffic\s+|car\s+|vehicle\s+)?stop\b`, 'gi'),
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['We\'ll get him. #HCPD'],
  },
  {
    name: 'RAID_ON_CALENDAR',
    description: 'A raid on the calendar: "before Thursday\'s raid", "tomorrow\'s warrant" (weak: a game\'s raid night too)',
    // A raid on the calendar: "before Thursday's raid", "tomorrow's warrant" (weak: a game's raid night too)
    pattern: /\b(?:\w+day|tomorrow|tonight|tmrw)['’]s\s+(?:raid|sweep|warrants?|op|operation|takedown)\b/gi,
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['before Thursday\'s raid. #HCPD'],
  },
  {
    name: 'OWN_NUMBER_BARE',
    description: 'The author\'s own number given as a bare line or theirs: "tax reg 904417 on the overtime slip", "Shield 40218 signing off", "my collar number is 2210"…',
    // The author's own number given as a bare line or theirs: "tax reg 904417 on the overtime slip", "Shield 40218
    // signing off", "my collar number is 2210" (not "Dad's collar number", "Officer Lunt (Shield 30817)")
    // (or the author's own introduction: "I'm @pc_hughes, collar 4417")
    pattern: new RegExp(String.raw`(?:^|[.!?\n]\s*|\bmy\s+|\bi['’]?m\s+@?[\w.]+,\s*)(?:${oneOf(BARE_NUMBER_WORDS)})\s*(?:number|num\.?|nbr\.?|no\.?|#)?\s*(?:is\s+)?[:#]?\s?\d{3,7}(?:[a-z](?![a-z]))?\b(?!\s*${oneOf([
        '%',
        String.raw`x\b`,
        String.raw`pts?\b`,
        'points',
        'followers',
        String.raw`stars?\b`,
        String.raw`of\s+\d`,
        String.raw`\/`,
      ])})`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    // (a regimental number is the RCMP's or the army's: "Regimental number 24071 from my Royal Engineers days" is no
    // police one unless the post says RCMP, Depot, a Mountie or a detachment)
    vetoes: [...explainedBy('person', 'badge', 'play'), (m, c) => /^regimental/i.test(m[0].replace(/^[^\p{L}]+/u, '')) && !RCMP_WORDS.test(c.text)],
    examples: ['tax reg 904417 on the overtime slip', "new to twitter. I'm @pc_hughes, collar 4417, mostly here for the football"],
  },
  {
    name: 'OWN_NUMBER_DONE',
    description: 'The author\'s own number retired, signed off or remembered: "Retired badge 1776", "Star #8820 hanging up for good", "Officer 2231, checking out", "my old number, 5542"',
    // "Retired badge 1776", "handing in shield 24551", "Star #8820 hanging up for good", "Badge 2218 signing off",
    // "Officer 2231, checking out", "Badge 1187 since 1998", "my old number, 5542", "my collar number was 4482" (not
    // "retired number 9021 jersey", "my number is 07700 900123")
    pattern: new RegExp(
      [
        String.raw`\b${oneOf([
          'retir(?:e|ed|ing)',
          String.raw`hung\s+up`,
          String.raw`hang(?:ing)?\s+up`,
          String.raw`hand(?:ed|ing)?\s+in`,
          String.raw`turn(?:ed|ing)?\s+in`,
        ])}\s+(?:my\s+)?(?:old\s+)?${OWN_NUMBER_WORD}\s*(?:number|no\.?|#)?\s*[-–—:#]?\s*\d{3,6}\b`,
        // (issue 11, train-x) also after a comma: "For the old-timers wanting the retirement photos, badge 4088 signing off"
        String.raw`(?:^|[.!?\n]\s*|[,;:]\s*|\bmy\s+)(?:${OWN_NUMBER_WORD}|number|officer|id|pc)\s*(?:number\s*|no\.?\s*)?#?\d{3,6},?\s+(?:is\s+)?(?:officially\s+)?${oneOf([
          'retired',
          'retiring',
          String.raw`signing\s+off`,
          String.raw`hanging\s+up`,
          'reporting',
          String.raw`off\s+the\s+street`,
          String.raw`back\s+on\s+the\s+streets?`,
          // "Star #2291 checking in from the 9th district", "PC 2874 here, finally on twitter"
          String.raw`checking\s+in`,
          'here',
          // "star #1904, 25 years next month"
          String.raw`(?:\d{1,2}|${oneOf(numberWords(2, 20))}|thirty)\s+years`,
          '10-7',
          String.raw`out\s+of\s+service`,
          String.raw`checking\s+out`,
          String.raw`since\s+(?:19|20)\d\d`,
          // (issue 11, train-v) "Badge 2290 and proud", "Badge 3372 and a lifelong Republican", "Badge 4478 hung up for
          // the weekend" (not "hung up on me": a phone)
          String.raw`and\s+proud`,
          String.raw`and\s+a\s+(?:proud|lifelong)`,
          String.raw`hung\s+up(?!\s+on\b)`,
          // "Badge 7789 and I are retiring together", "Badge 6290 and I have been through some s**t"
          String.raw`and\s+i\s+(?:have\s+been|['’]ve\s+been|are|go\s+back)`,
          // (issue 11, train-w) "Star 11920 finally handed in", "Shield 31178 turned in today"
          String.raw`(?:finally\s+)?(?:handed|turned)\s+in`,
          // (issue 11, train-x) "Badge number 1203 goes back in the drawer tonight", "Badge 2210 is in a frame on the wall"
          String.raw`goes\s+back\s+in\s+the\s+drawer`,
          String.raw`in\s+a\s+frame`,
        ])}\b`,
        String.raw`\bmy\s+(?:old\s+)?(?:(?:badge|shield|star|collar)\s+)?number(?:['’]s\s+|,?\s+(?:(?:is|was)\s+)?)[-–—:#]?\s*\d{3,6}\b(?!\s*[-.]?\s*\d)`,
        // "I've worn shield 8812 for nine years", "I wore badge 2018 for 31 years"
        String.raw`\b(?:i['’]ve|i\s+have|i)\s+(?:worn|wore|wear|carried|carry)\s+(?:${OWN_NUMBER_WORD}|number)\s*(?:number\s*)?#?\s*\d{3,6}\b`,
        // "new shield number is 20417" at a sentence's start (not "his new shield number")
        String.raw`(?:^|[.!?\n]\s*)new\s+(?:${OWN_NUMBER_WORD})\s*number\s+(?:is\s+)?#?\d{3,6}\b`,
        // (issue 11) "New shield came in today: 8823" at a sentence's start (not "Hubby's ... new shield 9047 arrived")
        String.raw`(?:^|[.!?\n]\s*)new\s+(?:${OWN_NUMBER_WORD})\s+(?:came\s+in|arrived|came\s+through)\b[^.!?\n\d]{0,20}#?\d{3,6}\b`,
        // (issue 11, train-v) "Twelve years wearing 3318 on my chest", "20 years carrying shield 4471", "Thirty-one years
        // wearing 1403." (not "years carrying 200 lbs")
        String.raw`\b(?:years?|yrs?)\s+(?:wearing|carrying)\s+(?:(?:${OWN_NUMBER_WORD})\s*#?\s*\d{3,6}\b|#?\d{3,6}\s+on\s+my\s+(?:chest|shirt|uniform|collar|shoulders?)\b|#?\d{3,6}(?=\s*(?:[.!;]|$)))`,
      ].join('|'),
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'badge', 'play'),
    examples: ['Retired badge 1776 today', 'Star #8820 hanging up for good', 'Can\'t believe they gave my old number, 5542, to a rookie'],
  },
  {
    name: 'POLICE_FIRSTS',
    description: 'A first or counted piece of police work of one\'s own: "my first homicide scene", "my 500th traffic stop", "First collar of the new year"',
    // "my first homicide scene", "Just cleared my 500th traffic stop", "First collar of the new year", "first DUI arrest!!"
    // (not "my son's first arrest", "my first autopsy" in medical school)
    pattern: new RegExp(
      String.raw`(?:\bmy\s+(?:first|\d+(?:st|nd|rd|th))|(?:^|[.!?\n]\s*)first)\s+(?:solo\s+)?${oneOf([
        String.raw`dui\s+(?:arrest|collar|stop)`,
        String.raw`drink[- ]driv(?:e|ing|er)\s+arrest`,
        String.raw`traffic\s+stop`,
        'arrest',
        'collar',
        'pursuit',
        String.raw`foot\s+chase`,
        String.raw`homicide\s+(?:scene|call|case)`,
        String.raw`death\s+(?:notification|knock)`,
        String.raw`sudden\s+death`,
      ])}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['My first homicide scene. The smell.', 'Just cleared my 500th traffic stop', 'First collar of the new year'],
  },
  {
    name: 'POLICE_LIFE',
    description: 'Police life as a heading or tag: "#CopLife", "Patrol life, nothing changes", "OPP life: 200 km of highway", "Detachment life up north"',
    // "#CopLife", "#LEOlife means cold fries", "Patrol life, nothing changes", "OPP life: 200 km of highway", "Garda
    // life: three call outs", "Sheriff's office life: 90 mile beat", "Trooper problems: 400 miles in a shift", "Irish cop
    // problems", "#copproblems" (not "#CopWifeLife", "MetLife": no Met here)
    pattern: new RegExp(
      // (issue 11, session 21: train-y) also "Glamorous police life.", "Traffic corps life."
    String.raw`(?:^|[.!?\n]\s*|#)(?:${oneOf(['irish', 'aussie', 'uk', 'british', 'canadian', 'kiwi', 'rural', 'small\\s+town', 'glamorous'])}\s+)?${oneOf([
        'cop',
        'copper',
        'police',
        'leo',
        'patrol',
        'precinct',
        'detachment',
        'deputy',
        'trooper',
        'detective',
        'opp',
        'rcmp',
        'garda',
        'nypd',
        'lapd',
        'chp',
        String.raw`sheriff['’]?s\s+office`,
        'probationer',
        'probie',
        'custody',
        'response',
        String.raw`traffic\s+corps`,
      ])}\s*(?:life\b(?!\s+(?:expectancy|insurance|cover|policy|policies|skills?|coach))|(?:problems|probs|struggles)\b)`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['#CopLife', 'Patrol life, nothing changes', 'OPP life: 200 km of highway and a moose', 'Trooper problems: 400 miles in a shift'],
  },
  {
    name: 'MY_SUPERVISOR',
    description: 'The author\'s police supervisor or trainer: "the sarge made me redo my report", "my sergeant let me lead the briefing", "my tutor constable"',
    // "the sarge made me redo my collision report", "My lieutenant just approved my leave", "my guv'nor", "my tutee",
    // "my tutor signed off my portfolio" (not "my sergeant in the Marines", "my lieutenant in the fire department": the
    // uniform veto)
    pattern: new RegExp(
      String.raw`\b(?:(?<!\b${oneOf(NOT_A_SUPERVISOR_BEFORE)}\s+)sarge|the\s+guv(?:['’]?nor)?` +
        String.raw`|my\s+(?:old\s+|new\s+|first\s+)?${oneOf(SUPERVISORS)}` +
        // the crew's own supervisor by a police abbreviation: "with our Sgt. Ellison", "Our DI thinks it's the lodger"
        // (not "our sergeant", who may be a cadet leader's, nor "our DI water")
        String.raw`|our\s+(?:new\s+)?${oneOf(CREW_SUPERVISORS)}(?!\s+water)` +
        String.raw`|(?:my|our|the)\s+(?:new\s+|first\s+)?${oneOf(TRAINEES)}|tutor\s+constable|my\s+(?:tutor|fto)(?!\s+(?:for|in|at)\b))\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'uniform', 'play'), (m, c) => sargeNamesSomeoneElse(m, c.text)],
    examples: ['the sarge made me redo my collision report 3 times', 'My tutor finally signed off my portfolio.', 'Rode in the ambulance with our Sgt. Ellison today after she got hurt in the pursuit.', "Our DI thinks it's the neighbour. I think it's the lodger."],
  },
  {
    name: 'PROMOTION_STEP',
    description: 'A police promotion step of one\'s own: "passed my sergeant\'s exam", "sat my inspector\'s board", "Lieutenant\'s exam in 3 weeks", "got my service stripes"',
    // "Just passed my sergeant's exam", "sat my inspector's board today", "Lieutenant's exam in 3 weeks", "finally got
    // my sergeant's stripes", "Got my hash mark today" (not "my husband's sergeant's exam", "my corporal stripes in the
    // Army": the person and uniform vetoes; "board" is the step here, not a company board)
    pattern: new RegExp(
      [
        // (the possessive or plural before a step, so "Sergeant Stripes" the cat is a name)
        String.raw`(?:\b(?:my|the)\s+|(?:^|[.!?\n]\s*))${oneOf(['sergeant', 'inspector', 'lieutenant'])}(?:['’]?s\s+${oneOf(PROMOTION_STEPS)}|\s+(?:exam|test|board))\b`,
        String.raw`\b(?:got|getting|earned|sewed\s+on|sewn\s+on|pinned\s+on)\s+my\s+(?:(?:service|sergeant['’]?s|new)\s+)?(?:stripes|hash\s+marks?|chevrons)\b`,
      ].join('|'),
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'play'), (_m, c) => OTHER_UNIFORM.test(c.text.replace(/\bboard\b/gi, '')) || OTHER_SERVICE.test(c.text)],
    examples: ['Just passed my sergeant\'s exam!!! Stripes incoming.', 'sat my inspector\'s board today', 'Lieutenant\'s exam in 3 weeks', 'Got my service stripes sewn on today'],
  },
  {
    name: 'POLICE_QUALS',
    description: 'A police qualification taken: "Passed my firearms requal with a 98", "Taser recert today", "detective exam results are out"',
    // "Lt. Natarajan just signed off my firearms qual", "Taser recert today. Got zapped for the 4th time in my career"
    pattern: new RegExp(String.raw`\b(?:${oneOf(POLICE_KIT_SKILLS)})\s+${oneOf(QUALIFYING)}\b|\bdetective(?:['’]s)?\s+exam\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Passed my firearms requal with a 98.', 'Taser recert today.'],
  },
  {
    name: 'POLICE_TOUR',
    description: 'A tour as a police shift: "another night tour in the books", "Midnight tour in the Bronx", "straight to a 10 hour tour", "Good tour." (not a wine tour, a band\'s tour or a tour overseas)',
    // "another night tour in the books", "Mandated for another patrol tour", "Grand jury testimony, then a 10 hour tour",
    // "tour done, heading home", "Good tour." (not "brewery tour", "on tour", "first tour overseas", "night tour of the castle")
    pattern: new RegExp(
      String.raw`\b(?:${oneOf(TOUR_KINDS)}|\d+[- ]?(?:hour|hr))\s+tours?\b(?!\s+${oneOf([
          'of',
          'overseas',
          'guide',
          'bus',
          'group',
          'dates?',
          'de',
        ])}\b)|\btour\s+(?:is\s+)?(?:done|over|in\s+the\s+books)\b|\b${oneOf([
          'good',
          'long',
          'quiet',
          'busy',
          'rough',
          'solid',
          'slow',
        ])}\s+tour\b(?!\s+(?:of|guide)\b)`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play', 'event'),
    examples: ['another night tour in the books.', 'Midnight tour in the Bronx, nothing but sirens and bodega coffee'],
  },
  {
    name: 'UK_STATION_LIFE',
    description: 'British and Australian police work-life words: "back at the nick", "on response", "my relief", "the sector car", "stab vest" (not "in the nick of time")',
    // "Back at the nick for earlies", "Back on response after 6 months on the front desk", "the lads on my relief",
    // "graveyard tour in the sector car", "my stab vest" (not "just in the nick of time", "emergency response team")
    pattern: new RegExp(String.raw`\b(?:${oneOf(STATION_LIFE)})\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Back at the nick for earlies tomorrow, 0600 briefing', 'Back on response after 6 months stuck on the front desk'],
  },
  {
    name: 'TIME_IN_THE_CAR',
    description: 'Hours or days spent in a police car: "12 hours in the patrol car", "Another holiday in the squad car", "a whole shift in the divvy van"',
    // "Me after 12 hours in the patrol car", "Another holiday in the squad car" (not "sat in the squad car at the open
    // house", "gave my daughter a ride in the patrol car": a stay, not a ride, and the event veto)
    pattern: new RegExp(
      String.raw`\b(?:\d+|${oneOf(['two', 'three', 'four', 'five', 'six', 'eight', 'ten', 'twelve'])})\s+(?:hours?|hrs?|days?|nights?|shifts?|years?)\s+in\s+(?:the|my|a)\s+${oneOf(WORK_CARS)}\b` +
        String.raw`|\b(?:another|every|whole|first|third|fourth)\s+(?:${oneOf(['day', 'night', 'shift', 'weekend', 'holiday', 'christmas', String.raw`new\s+year['’]?s`, 'birthday'])})\s+in\s+(?:the|my|a)\s+${oneOf(WORK_CARS)}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play', 'event'),
    examples: ['Me after 12 hours in the patrol car: can\'t feel legs', 'Another holiday in the squad car. Merry Christmas from the east district'],
  },
  {
    name: 'COURT_DAY_OFF',
    description: 'Court as a witness for work, on a day off: "Court on my day off AGAIN", "subpoenas ruin everything" (not jury duty)',
    // "Court on my day off, overtime on my day on", "Court. Again. On my day off." (a juror is the jury veto)
    pattern: /\bcourt\b[^!?\n]{0,25}?\bmy\s+(?:day|rest\s+day|days)\s+off\b|\bmy\s+(?:day|rest\s+day)\s+off\b[^!?\n]{0,25}?\bcourt\b|\bsubpoenas?\s+(?:ruin|on\s+my|again)\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'play'), (_m, c) => /\bjur(?:y|or|ors)\b/i.test(c.text)],
    examples: ['Court on my day off, overtime on my day on.'],
  },
  {
    name: 'OFF_PATROL',
    description: 'Coming off a patrol or tour: "after I get off patrol", "can\'t wait to get off patrol"',
    // "after I get off patrol tonight I'm taking the kids for pancakes", "came off the beat at 6"
    // (the author as subject is in the span, so their own daughter later in the sentence is no other person's news)
    pattern: /\b(?:i\s+)?(?:get|got|getting|come|came|coming)\s+off\s+(?:patrol|tour|the\s+beat|response|nights\s+on\s+patrol)\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['after I get off patrol tonight I\'m taking the kids for pancakes'],
  },
  {
    name: 'ON_THE_BEAT',
    description: 'The author on the beat: "back on the beat", "a stabbing on my beat", "walked the beat", "my beat partner" (not a relative\'s beat, a song\'s beat)',
    // "Back on the beat after my knee surgery", "a stabbing on my beat", "Walked 30,000 steps on the beat today", "My
    // beat partner retires Friday" (not "My husband's first night on the beat": person veto; "dancing on the beat")
    pattern: new RegExp(
      String.raw`\b${oneOf(ON_BEAT_VERBS)}\s+(?:my|the|our)\s+beat\b(?!\s*${oneOf(BEAT_MUSIC_AFTER)}\b)` +
        String.raw`|\bmy\s+beat\s+${oneOf(['partner', 'covers', 'cop', 'sergeant', 'sarge', 'officer'])}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'uniform', 'play'), (m, c) => BEAT_MUSIC.test(c.analysis.sentenceAround(m.index, m.index + m[0].length))],
    examples: ['Back on the beat after six months on light duty', 'Missed the final because of a stabbing on my beat', 'My beat partner of 9 years is retiring'],
  },
  {
    name: 'WORKED_A_CALL',
    description: 'A call the author worked, said first: "Worked a fatal on Route 9 tonight", "Got called to a suicide", "Attended a stabbing"',
    // "Worked a fatal on Route 9 tonight, the driver didn't make it", "Got called to a suicide tonight", "Attended a
    // murder-suicide this morning" (the subject left out or "I"/"we": not "Paramedics were called to a stabbing")
    pattern: new RegExp(
      String.raw`${START}(?:just\s+|then\s+)?${oneOf(CALL_VERBS)}` +
        String.raw`\s+(?:a|an|another|the|two|three|my\s+first)\s+${oneOf(WORKED_CALLS)}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Worked a fatal on Route 9 tonight, the driver didn\'t make it', 'Got called to a suicide tonight, young guy', 'Attended a murder-suicide this morning'],
  },
  {
    name: 'YEARS_POLICING',
    description: 'The author policing a place: "Fifteen years policing this county", "Been policing this town 15 years", "Policing the protest today"',
    // "Fifteen years policing this county", "Been policing this town 15 years", "Policing the protest today: got
    // shouted at" (a sentence opening on it, or "I"; not "Officers policing the march")
    pattern: new RegExp(
      // (issue 11, heldout-a..l: "20 yrs policing this city", "I've been policing this borough 15 years")
      // (issue 11, session 22: train-z) also after "After" or "For": "After ten years policing this town I can tell you"
      String.raw`(?:^|[.!?\n]\s*)(?:(?:after|for)\s+)?(?:[\w-]+\s+)?(?:years|yrs|decades?)\s+(?:of\s+)?policing(?:\s+(?:this|the|our|in)\b|\s+and\s+i\b|,\s*i\b)` +
        String.raw`|(?:${START}|\bi['’]ve\s+)(?:(?:been\s+|spent\s+\w+\s+\w+\s+)?policing|policed)\s+(?:this|the|our|a)\s+${oneOf(POLICED_PLACES)}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform'),
    examples: [
      'Fifteen years policing this county and people still ask',
      'Been policing this town for 11 years',
      'Policing the protest today: got shouted at',
      "I've been policing this borough 15 years.",
      'After ten years policing this town I can tell you a thing or two.',
      "20 yrs policing this city and I'll tell you for free",
      "I've policed this city 20 years.",
      "Twenty years policing and I'll tell you, that estate is trouble.",
    ],
  },
  {
    name: 'POLICE_TEAM',
    description: 'A police team or post of one\'s own: "the response team", "neighbourhood policing team", "the detachment", "field training"',
    // "Going on permanent nights with the response team", "Started on the neighbourhood team this week", "another winter
    // night at the detachment", "Fresh out of field training" (not an incident or emergency response team, nor "no
    // business on a response team": anyone's, not the author's)
    pattern: new RegExp(
      String.raw`(?<!\b(?:a|incident|emergency|crisis|rapid|cyber|security|it|disaster|medical)\s)\b(?:response|neighbou?rhood(?:\s+policing)?)\s+team\b` +
        String.raw`|\bneighbou?rhood\s+policing\b|\bthe\s+detachment\b(?!\s+of\b)|\bfield\s+training(?:\s+officers?)?\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play', 'event'),
    examples: ['Going on permanent nights with the response team next week', 'another winter night at the detachment', 'Fresh out of field training'],
  },
  {
    name: 'OUR_SUSPECT',
    description: 'The author\'s own case: "our suspect", "our main suspect", "my informant", "our prisoner"',
    // "CCTV shows our suspect changing his jacket", "Our main suspect just posted a selfie", "my informant came through"
    // (not "my victim" in a story: play veto)
    pattern: new RegExp(String.raw`\b(?:our|my)\s+(?:main\s+|prime\s+|only\s+)?${oneOf(['suspects?', 'perps?', 'offenders?', 'informants?', 'ci', 'prisoners?', 'detainees?'])}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['CCTV shows our suspect changing his jacket in an alley', 'Our main suspect just posted a selfie'],
  },
  {
    name: 'ARRESTED_BY_US',
    description: 'Whom the author arrested, said in passing: "The lad we nicked for the garage burglaries", "a guy I arrested 8 years ago", "the one we\'ve been looking at for the thefts"',
    // "The lad we nicked for the garage burglaries has 22 previous", "Ran into a kid I arrested 8 years ago", "the skel I
    // collared last week", "Bloke we've been looking at for the post office job" (nicked, lifted and locked up only after
    // a person: "the sweets we nicked as kids", "the weights I lifted"; not "if we arrested everyone")
    pattern: new RegExp(
      String.raw`\b${oneOf(ARRESTED_PERSONS)}s?\s+${WE_OR_I}\s+(?:${oneOf(ARRESTED_SLANG)}|been\s+looking\s+at\s+for)\b` +
        String.raw`|\b(?!(?:${oneOf(NOT_DONE_BEFORE)})\b)\w+\s+${WE_OR_I}\s+(?:arrested|collared|cuffed)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['The lad we nicked for the garage burglaries has 22 previous', 'The fella we nicked for the pharmacy job has form going back to 2009', "Bloke we've been looking at for the post office job waved at me", 'Dude I stopped tonight had 14 priors. fourteen.'],
  },
  {
    name: 'HES_OUR_SUSPECT',
    description: 'The suspect named as the author\'s own: "he\'s our main suspect", "She is our suspect"; "he\'s our man" in a post about a crime',
    // "We're bringing the landlord in tomorrow, he's our main suspect" (OUR_SUSPECT's person veto reads the "he's" as
    // someone else's suspect); "Phone dump came back. Fifty messages to the victim. He's our man" (man, guy or lad only
    // where the post names a crime or its evidence: not "he's our guy for the quiz team")
    pattern: new RegExp(
      String.raw`\b(?:he|she)(?:['’]s|\s+is|\s+was)\s+(?:\w+\s+)?our\s+(?:main\s+|prime\s+|only\s+)?(?:suspects?|culprit|perp|${oneOf(SUSPECT_PLAIN)})\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('job', 'uniform', 'play'), (m, c) => SUSPECT_PLAIN_AT_END.test(m[0]) && !CASE_TALK.test(c.text)],
    examples: ["We're bringing the landlord in tomorrow about the fire, he's our main suspect", "Phone dump came back. Fifty messages to the victim the night before. He's our man"],
  },
  {
    name: 'BODYCAM_STILL',
    description: 'A still or clip from one\'s own camera, last night\'s: "bodycam still from last night\'s stop", "Dashcam still from tonight\'s crash"',
    // "bodycam still from last night's car crash, driver still trapped", "Posting the bodycam clip from tonight's
    // stabbing" (not "the bodycam clip from last night is doing the rounds": someone else's, passed on; not "bodycam
    // stills from my cousin's arrest")
    pattern: new RegExp(
      String.raw`\b(?:body\s?cam|body[- ]?worn|dash\s?cam)\s+(?:camera\s+)?${oneOf(CAMERA_CUTS)}s?\s+from\s+${oneOf(LAST_SHIFT)}['’]s\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ["bodycam still from last night's stop, the guy's face when he saw the dog", "Dashcam still from tonight's crash"],
  },
  {
    name: 'POLICE_NOUN_YEARS',
    description: 'The author\'s police job heading the sentence, with the years: "Garda for 9 years", "Special constable for five years", "Retired trooper, 26 years"',
    // "Garda for 9 years and the best part is still the chats", "Retired detective, 32 years.", "registered number 11452,
    // a garda for 21 years" (at a sentence's start or after a comma only: "My dad was a cop for 30 years" is his)
    pattern: new RegExp(
      String.raw`(?:^|[.!?\n]\s*|,\s+a\s+)(?:(?:retired|special|former)\s+)?${oneOf(POLICE_NOUNS_ALONE)}[,:]?\s+(?:for\s+)?(?:\d+|${oneOf(numberWords(1, 20))}|thirty)[+-]?\s*(?:years|yrs)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['Garda for 9 years and the best part is still the chats', 'Special constable for five years: full duties every weekend', 'Retired trooper, 26 years on the interstate.'],
  },
  {
    name: 'POLICE_PLACE_WORDS',
    description: 'Police working life in words only its members use: "court overtime", "section house days", "beat manager life", "the new custody block", "squad room fridge", "my first misper"',
    // "Court overtime paid for the new fence", "Section house days: 12 probationers, one kitchen", "Beat manager life",
    // "Moved into the new custody block today", "Squad room fridge has a note on it", "First misper enquiry on my own",
    // "Member in charge gave us the afternoon", "Unit 14 to control, show me clear"
    pattern: new RegExp(String.raw`\b${oneOf(POLICE_LIFE_WORDS)}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    // (not 'job': another workplace's word in the sentence, "one kitchen" in a section house, changes none of these)
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['Court overtime paid for the new fence', 'Section house days: 12 probationers, one kitchen', 'Squad room fridge has a note on it', 'First misper enquiry on my own today'],
  },
  {
    name: 'DEPOT',
    description: 'The RCMP\'s training academy, Depot, as the author\'s own: "Graduated from Depot today", "Depot class of 2009", "Cadet at Depot, week 12"',
    // "Graduated from Depot today", "Regimental number 55721, Depot 2009", "Depot reunion next month! Troop 14", "Cadet
    // at Depot, week 12" (capitalised and with no article: not "the bus depot", "Home Depot", "Depot Road"; not "Our
    // daughter just joined the Mounties! Depot graduation in Regina": a relative's)
    pattern: new RegExp(String.raw`(?<!Home\s)(?:\b(?:at|from|to|in)\s+Depot\b(?!\s+${oneOf(NOT_DEPOT_AFTER)}\b)|\bDepot\s+${oneOf(DEPOT_DAYS)})`, 'g'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'play'), (_m, c) => RELATIVE_IN_POST.test(c.text)],
    examples: ['Graduated from Depot today. Regina in February is no joke', 'Cadet at Depot, week 12.'],
  },
  {
    name: 'INTERVIEWED_WITNESS',
    description: 'The author interviewing a case\'s people: "Interviewed the girlfriend today", "interviewing the neighbours", "just interviewed a witness"',
    // "Interviewed the girlfriend today. Her alibi fell apart", "Spent all day interviewing the neighbours on Fern Close"
    // (weak: a journalist interviews too)
    pattern: new RegExp(String.raw`\b(?:interviewing|interviewed)\s+(?:the|a|our|his|her)\s+(?:victim['’]s\s+)?${oneOf(INTERVIEWEES)}\b`, 'gi'),
    confidence: WEAK,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Interviewed the girlfriend today. Her alibi fell apart. #HCPD'],
  },
  {
    name: 'OUR_WITNESS',
    description: 'A case\'s people as the author\'s own: "Our witness finally picked him out of the lineup", "Our victim won\'t talk", "Half my witnesses saw nothing"',
    // (issue 11, train-v) "Our witness has gone quiet. Three days before trial", "Our victim won't talk but her sister gave us
    // the boyfriend's name" (17 positives, no personal negative over every labelled draft; not "our victims' support
    // group", "Our Victim Services coordinator", nor a writer's "my victim died too politely": the play veto)
    // (issue 11, session 24: heldout-q) nor "My victim impact statement was read in court": the victim's own
    pattern: /\b(?:our|my)\s+(?:witness(?:es)?|victim)\b(?!['’]|\s+(?:support|services|liaison|advocate|impact)\b)/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'play'), (_m, c) => WRITERS_WORK.test(c.text)],
    examples: ['Our witness has gone quiet. Three days before trial.', "Our victim won't talk but her sister gave us the boyfriend's name."],
  },
  {
    name: 'UNIT_LIFE',
    description: 'Life on a police unit, as a heading or a first day: "Dog handler life:", "Marine unit life", "first week on the mounted unit"',
    // (issue 11, train-v) "Marine unit life (boat 2, badge 6614): 6 hours on the water", "Dog handler life: out in the rain
    // for 4 hours with Kaiser", "First night on the marine unit and I got seasick" (10 positives, no negative)
    pattern: new RegExp(
      String.raw`\b(?:${oneOf(UNITS_WITH_A_LIFE)})\s+(?:unit|section|squad|handler)\s+life\b` +
        String.raw`|\bfirst\s+(?:night|day|shift|week|month)\s+(?:on|in|with)\s+the\s+(?:${oneOf(UNITS_WITH_A_LIFE)})\s+(?:unit|section|team)\b` +
        // (session 19, train-w) "Our marine unit pulled a kayaker out of the bay", "Our traffic unit got the new radar
        // trailers" (3 personal positives, no personal negative; official posts are never this rule's)
        String.raw`|\bour\s+(?:${oneOf(UNITS_WITH_A_LIFE)})\s+(?:unit|section|squad)\b` +
        // (issue 11, session 21: train-y) the unit and the hour as a heading: "Marine unit today: towed in two
        // kayakers", "Marine unit, 6am, the harbour like glass" (a sentence opening on them)
        String.raw`|(?:^|[.!?\n]\s*)(?:${oneOf(UNITS_WITH_A_LIFE)})\s+(?:unit|section)\s*[,:]?\s+(?:today|tonight|this\s+morning|\d{1,2}(?::\d\d)?\s*(?:am|pm))\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // (a marine unit is the Marines' to the uniform veto: a war place in the sentence is the occasion veto's)
    vetoes: explainedBy('person', 'job', 'play'),
    examples: [
      'Dog handler life: out in the rain for 4 hours with Kaiser',
      'First night on the marine unit and I got seasick in the harbour.',
      'Our marine unit pulled a kayaker out of the bay at first light.',
      'Marine unit today: towed in two kayakers and a very confused swan.',
    ],
  },
  {
    name: 'UNIFORM_ON_OFF',
    description: 'The author\'s own uniform put on or taken off: "Back in uniform after maternity leave", "since I took off the uniform", "still in my uniform"',
    // "Back in uniform after maternity leave", "3 years since I took off the uniform for good", "still in my uniform and
    // duty belt at the kids' recital", "since I last wore the blue" (not "my dad wore the uniform": person veto; not "in
    // full uniform" alone: "saw Officer Becker in full uniform")
    pattern: new RegExp(
      String.raw`\b(?:back\s+in|took\s+off|hung\s+up|still\s+in)\s+(?:the\s+|my\s+|full\s+)?uniform\b|\b(?:i|i['’]ve|i\s+have)\s+(?:\w+\s+)?(?:wore|worn)\s+the\s+blue\b` +
        // (issue 11, train-s) "First time in my police uniform for the kid's career day", "my police uniform buttons"
        String.raw`|\bmy\s+police\s+uniform\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Back in uniform after maternity leave', 'Today marks 3 years since I took off the uniform for good', "It's been a year since I last wore the blue"],
  },
  {
    name: 'MY_SHIELD',
    description: 'The author\'s own shield, tin or collar number: "my shield number", "my old tin", "My collar number\'s 4216", "the tin I carried"',
    // "Number on my shield was 2-4-6-0", "The number on my old tin was 23317", "My collar number's 4216", "the tin I
    // carried said 6631" (not "the old tin from my uncle's time": person veto; a shield in a game: play veto)
    pattern: new RegExp(
      String.raw`\bmy\s+(?:new\s+|first\s+|old\s+)?(?:shield|tin|collar\s+number|warrant\s+number)\b|\bthe\s+tin\s+i\s+(?:carried|wore|had)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // "my" names the owner, so a relative in the sentence is only a comparison ("same as my dad's"): no person veto
    vetoes: [...explainedBy('badge', 'play'), (_m, c) => c.familyPost],
    examples: ['Number on my shield was 2-4-6-0', 'My collar number\'s 4216 and my kids know it', 'the tin I carried said 6631'],
  },
  {
    name: 'MY_SWEARING_IN',
    description: 'The author\'s own swearing-in with a badge, shield or star number in the post: "the photo from my swearing-in… badge #3318"',
    // (issue 11, session 22: heldout-o) "Still have the photo from my swearing-in: borrowed suit, mom sobbing in row 2,
    // badge #3318 catching the light" (a councillor's or a citizen's swearing-in comes with no badge number; an army
    // one is the uniform veto)
    pattern: /\bmy\s+swearing[- ]in\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('uniform', 'play'), (_m, c) => c.familyPost],
    requires: inPost(/\b(?:badge|shield|star)\s*(?:number\s*|no\.?\s*)?#?\s?\d{3,6}\b/i),
    examples: ['Still have the photo from my swearing-in: borrowed suit, mom sobbing in row 2, badge #3318 catching the light.'],
  },
  {
    name: 'MY_TRAFFIC_STOP',
    description: 'The author\'s traffic stop: "a guy resisted on a traffic stop", "ma\'am this is a traffic stop", "my first traffic stop"',
    // "Got sent home with a bruised hand after a guy resisted on a traffic stop", "ma'am this is a traffic stop not a
    // therapy session", "Traffic stop of the day: a dog driving"
    pattern: new RegExp(
      String.raw`\b(?:on|during|this\s+is)\s+a\s+traffic\s+stop\b|\bmy\s+(?:first\s+|last\s+)?traffic\s+stops?\b|(?:^|[.!?\n]\s*)traffic\s+stop\s+of\s+the\s+(?:day|night|week)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Got a bruised hand after a guy resisted on a traffic stop', "ma'am this is a traffic stop not a therapy session"],
  },
  {
    name: 'BLUE_LIGHT_RUN',
    description: 'Driving to a call on lights: "Blue light run to a pensioner\'s fall", "Blues and twos to a man with a knife call" (not an ambulance\'s)',
    // "Blue light run to a pensioner's fall, stayed with her an hour till the ambulance came", "Blues and twos to a
    // 'man with a knife' call" (not "Blues and twos going past my window": no destination; paramedics: uniform veto)
    pattern: /\bblue\s+light\s+runs?\b|\bblues\s+and\s+twos\s+(?:to|on|all)\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Blue light run to a pensioner\'s fall', 'Blues and twos to a "man with a knife" call'],
  },
  {
    name: 'MY_ROOKIE',
    description: 'The author\'s own trainee: "Teaching my rookie how to write a report", "My trainee just did her first arrest", "the new probie"',
    // "Teaching my rookie how to write a proper incident report", "My trainee just did her first arrest", "spent all
    // shift teaching the new probie" (not "my rookie season", "we haze our rookies": a team's; a firefighter's probie:
    // uniform veto)
    pattern: new RegExp(
      String.raw`\b(?:my|our)\s+(?:new\s+)?(?:rookie|probie|probationer|tutee|trainee)\b(?!\s+${oneOf(ROOKIE_NOT_POLICE_AFTER)}\b)|\bthe\s+new\s+(?:probie|probationer|tutee)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // a firefighter or nurse says so anywhere in the post: "Firefighter here. Helmet 31 goes to our probie"
    vetoes: [...explainedBy('person', 'job', 'uniform', 'play'), (_m, c) => OTHER_UNIFORM.test(c.text)],
    examples: ['Teaching my rookie how to write a proper incident report', 'My trainee just did her first arrest'],
  },
  {
    name: 'MY_ACADEMY',
    description: 'The author\'s own police academy or probation: "fresh out of the academy", "my academy photo", "Academy day 43", "off probation as of today", "as a probationer"',
    // "First week out of the academy done", "Framing it next to my academy diploma", "5 weeks of the academy done",
    // "Finished my 18 months' probation as a constable" (not "my son at the academy",
    // "fire academy week 3", "nursing probation at the hospital": person, uniform and job vetoes)
    pattern: new RegExp(
      String.raw`(?<!\b${oneOf(NOT_POLICE_ACADEMY)}\s+)\b(?:(?:my|our)\s+(?:old\s+)?academy\s+${oneOf(ACADEMY_THINGS)}` +
        String.raw`|${oneOf(ACADEMY_TIMES)}\s+(?:the\s+)?(?:police\s+)?academy\b|academy\s+(?:day|week)\s+\d+|academy\s+(?:class\s+of|classmates?|graduation|flashback))` +
        String.raw`|\b(?:passed|finished|completed|survived|through|end\s+of)\s+(?:my\s+)?(?:\d+\s+months?['’]?\s+)?probation\b(?!\s+officer)|\bprobationers?\b|\bprobationary\s+(?:constable|officer|pc|cop)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // a probation officer is another uniform, the author's own probation is not
    vetoes: [...explainedBy('person', 'job', 'play', 'event'), otherUniformBesideProbation],
    examples: ['Fresh out of the academy and already on my third pair of boots', 'Finished my 18 months\' probation as a constable today!!!', 'Academy day 43: I can now do 50 push-ups'],
  },
  {
    name: 'DUTY_VOICE',
    description: 'Police duty from the inside, told without "I" or "police": "cells were full by 10pm", "stood on the scene cordon for 7 hours", "paid detail all day", "rest days cancelled again"',
    // "cells were full by 10pm", "stood on the scene cordon for 7 hours", "signed off for independent patrol",
    // "paid detail at the construction site all day", "rest days cancelled again" (not "my son's paid detail", "the
    // security guard's duty belt", "a public order unit in the film": person, job, uniform and play vetoes)
    pattern: new RegExp(String.raw`\b${oneOf(DUTY_PHRASES)}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'uniform', 'play', 'event'), (m, c) => KIN_SUBJECT.test(c.analysis.sentenceAround(m.index, m.index + m[0].length))],
    examples: ['cells were full by 10pm so we drove him to the next station', 'stood on the scene cordon for 7 hours in the rain', 'rest days cancelled again for the match'],
  },
  {
    name: 'WHEN_WE_GOT_THERE',
    description: 'a victim or a scene as the author found it: "Poor lady was still slumped over the wheel when we got there", "the victim was still conscious when I got there"',
    // "Poor lady was still slumped over the wheel when we got there", "Victim was face down in the creek when we got
    // there" (a victim or a scene in the post: not "the party was over when we got there"; not paramedics)
    // (issue 11, session 20: heldout-a..m, train-c/e/g/i/l, train-w) also "when we arrived", "before we got there",
    // "when we pulled up", "when we rolled up", "when we got to him", "when we got to the boat ramp"
    // (issue 11, session 24) a first-person subject and an arrival, "I" or "we" (I_ARRIVED, WE_ARRIVED), with a
    // scene anywhere in the post: "the kitchen knife was still on the counter when we walked in, blood on the handle",
    // "The stabbing victim was still conscious when I got there". The victim leads the sentence, so the guards are
    // sceneOfSomeoneElse's, not the third-person veto's (which took "He was unconscious on the crossing when we got
    // there"): heldout-a..q and train-a..aa hold 66 positives with a scene and no negative; real text none.
    pattern: new RegExp(
      String.raw`\b(?:when|before|by\s+the\s+time|once)\s+(?:we\s+(?:(?:first|finally|eventually)\s+)?${oneOf(WE_ARRIVED)}|i\s+(?:(?:first|finally)\s+)?${oneOf(I_ARRIVED)})\b`,
      'gi',
    ),
    confidence: STRONG,
    vetoes: [...explainedBy('job', 'play'), sceneOfSomeoneElse, (_m, c) => !FOUND_AT_SCENE.test(c.text)],
    examples: [
      'Poor lady was still slumped over the wheel when we got there, airbags everywhere.',
      'The victim was lying right there by the fridge when we arrived',
      'The kid was still strapped in the car seat when we pulled up.',
      'The driver was still alive when we got to him, trapped and talking about his daughter.',
      'Kid hit by a car outside the school today. He was unconscious on the crossing when we got there.',
      'The stabbing victim was still conscious when I got there, holding his stomach',
      'the kitchen knife was still on the counter when we walked in, blood on the handle',
    ],
  },
  {
    name: 'WE_FOUND_THEM',
    description: 'a victim, a body or a weapon as the author\'s crew found them at a scene: "We found the victim at the bottom of the stairwell", "the garage where we found the body"',
    // (issue 11, session 24) "we found" and whom or what (FOUND_AT_A_SCENE), with a scene anywhere in the post:
    // "Blood trail from the car park to the canal. We found the victim in the water", "Pics from the hoarder house where
    // we found the body" (heldout-a..q, train-a..aa: 17 positives missed, no negative; a volunteer search team's
    // "we found her after 6 hrs", a lost dog, hikers who found a body: sceneOfSomeoneElse)
    pattern: new RegExp(
      String.raw`\bwe\s+(?:${oneOf(FOUND_WHEN)}\s+)?found\s+(?:${oneOf(FOUND_DETERMINERS)}\s+)?(?:[\w'’-]+\s+){0,2}?${oneOf(FOUND_AT_A_SCENE)}\b`,
      'gi',
    ),
    confidence: STRONG,
    vetoes: [...explainedBy('job', 'play'), sceneOfSomeoneElse, (_m, c) => !FOUND_AT_SCENE.test(c.text)],
    examples: [
      'We found the victim at the bottom of the stairwell, still holding his keys.',
      'Pics from the hoarder house where we found the body. He had been there a month.',
    ],
  },
  {
    name: 'THE_WHOLE_WATCH',
    description: 'the author\'s watch, a police shift team, as a whole: "Lt. Natarajan bought the whole watch breakfast"',
    // "the whole watch chipped in for a cake", "Lt. Natarajan bought the whole watch breakfast" (a ranked colleague may
    // lead the sentence: no person veto; not "my husband's whole watch", "the whole watch party")
    pattern: /\b(?:the|our)\s+whole\s+watch\b(?!\s+(?:face|band|strap|list|party|parties|collection|history))/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [
      ...explainedBy('job', 'uniform', 'play'),
      (m, c) => c.familyPost || OTHER_PERSON.test(c.analysis.sentenceAround(m.index, m.index + m[0].length)),
    ],
    examples: ['Lt. Natarajan bought the whole watch breakfast after the storm'],
  },
  {
    name: 'SCHOOL_RESOURCE_OFFICER',
    description: 'The author as a school resource officer (a police post): "Ten years as a school resource officer", "I\'ve been the school resource officer at Westbrook"',
    // (issue 11, train-v) "Ten years as a school resource officer", "first shift as a school resource officer", "I've
    // been the school resource officer at Westbrook for 4 years", "accepted a position as school resource officer",
    // "school resource officer this year." (8 positives, no personal negative; not "School resource officer at my
    // kid's school is super friendly", nor "He's been the school resource officer there for years")
    // (and, from train-w, a heading: "School resource officer tip: if your teen's phone…")
    pattern: /\b(?:as|been)\s+(?:(?:an?|the)\s+)?school\s+resource\s+officer\b|(?:^|[.!?\n]\s*)school\s+resource\s+officer\s+(?:this\s+(?:year|term)|tip|life|here)\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'play'), (m, c) => otherPersonLeads(m, c) || thirdPersonLeads(m, c)],
    examples: ['Ten years as a school resource officer. Those kids taught me more than I taught them.'],
  },
  {
    name: 'OP_EARLY_NIGHT',
    description: 'An operation on the calendar the author goes out on: "Raid on the chop shop is Tuesday 5am, keep it to yourselves lads", "Operation Dovetail kicks off Thursday at 4am. If you\'re on it, early night."',
    // (issue 11, heldout-l, train-v) a raid, sweep, warrant, operation or doors in the post with when it goes in, and the
    // author readying for it or hushing it: "early night (for me)", "keep it to yourselves", "if you're on it"
    // (14 positives, 2 optional, no negative; not "Keep it to yourselves" with no operation, nor "Raid at the motel on
    // Crest Rd is tomorrow night. Sleep elsewhere": a warning, not the author's)
    // (issue 11, session 20: heldout-b/c/e/m, train-b/e/j/o/r/v/w) also "get some sleep", "pray for quiet", "pray the dog's
    // friendly", "pray for no dog", "keep your phones off", "hitting the pillow early", and the author's "hitting it" or
    // "hitting the house" (not "we're hitting the 3 houses on Cotter… if you live on that street, stay in bed": no cue
    // read there; "pray it goes smoothly" neither)
    pattern: new RegExp(
      String.raw`\b(?:early\s+night|keep\s+it\s+to\s+yourselves|if\s+you['’]re\s+on\s+it|get\s+some\s+sleep|keep\s+your\s+phones\s+off` +
        String.raw`|pray\s+(?:for\s+(?:quiet|a\s+quiet|no\s+dogs?|dry\s+weather)|the\s+dogs?(?:['’]s|\s+is|\s+are)\s+friendly)` +
        String.raw`|hitting\s+the\s+(?:pillow|sack|hay)\s+early|hitting\s+(?:it|the\s+(?:house|flat|address|door))\s+${oneOf(HITTING_WHEN)}` +
        // (issue 11, session 22: train-z) "Be ready, team", "Been a long year getting here", "the front door's coming off"
        String.raw`|be\s+ready,?\s+(?:team|lads|all|everyone|folks)|(?:been\s+)?a\s+long\s+(?:year|time|few\s+months|road)\s+getting\s+here` +
        String.raw`|front\s+door['’]?s\s+coming\s+off)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // (no other-job veto: the place raided is often a shop, "Raid on the chop shop is Tuesday 5am")
    vetoes: explainedBy('person', 'play'),
    requires: (c) => OPERATION_IN_POST.test(c.text) && OPERATION_TIME_IN_POST.test(c.text),
    examples: [
      'Raid on the chop shop is Tuesday 5am, keep it to yourselves lads',
      'Operation Dovetail kicks off Thursday at 4am. 12 doors. If you\'re on it, early night.',
      'Sweep across the North End starts 0400 tomorrow, fourteen addresses. Get some sleep, team',
      'Hitting a house on Birch early Thursday, pray the dog\'s friendly',
      'Search warrant for the Birch St house is signed, hitting it at dawn',
      'Raid on the Lakeview caravan on Friday, early. Keep your phones off the group chat.',
      'Sweep of the Parkside estate goes in Monday at 6am. Be ready, team.',
      "Warrant for 17 Westbourne Terrace signed. Tomorrow morning, the front door's coming off.",
    ],
  },
  {
    name: 'SCENE_PHOTOS_TAKEN',
    description: 'Scene or evidence photos the author took: "Took the scene photos at the stabbing", "Here\'s the evidence photo I took"',
    // (issue 11, session 20: heldout-h/k/m, train-c/l) "Took the scene photos at the stabbing on Dover St tonight", "I
    // took the scene photos and I keep looking at them", "took the scene photos myself at the hit and run", "Here's the
    // evidence photo I took" (10 positives, 1 optional, no negative; not "sharing the scene pics" someone sent, nor the
    // photos a documentary showed)
    pattern: new RegExp(
      String.raw`${START}(?:just\s+)?(?:took|taking)\s+(?:the|some|these|those)\s+(?:crime\s+|crash\s+)?(?:scene|evidence)\s+(?:photos|pics|pictures)\b` +
        String.raw`|\b(?:scene|evidence)\s+(?:photos?|pics?|pictures?)\s+(?:that\s+)?i\s+took\b` +
        // (train-x, heldout-i/j/m) "Took the photos for the coroner", "I've taken the photos for the file", "Took a photo of
        // the shooting victim in the alleyway for the report", "here's the shot I took for the report"
        String.raw`|\b(?:took|taken|taking)\s+(?:the|a|some)\s+(?:[\w'’-]+\s+){0,6}?(?:photos?|stills|pics?|pictures?|shots?)\b[^.!?\n]{0,60}?\bfor\s+(?:the\s+)?${oneOf(PHOTOS_FOR)}\b` +
        String.raw`|\b(?:shot|photo|pic)\s+i\s+took\s+for\s+the\s+${oneOf(PHOTOS_FOR)}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: [
      'Took the scene photos at the stabbing on Dover St tonight.',
      "Here's the evidence photo I took: the kicked-in door",
      'Old fella had been dead two weeks. Took the photos for the coroner and went straight home.',
      "victim was face down at the foot of the stairs, here's the shot I took for the report",
    ],
  },
  {
    name: 'CUSTODY_SERGEANT',
    description: 'The author as or beside their custody sergeant, or processing prisoners: "Custody sergeant tonight", "my custody sergeant", "the custody sergeant made me a brew", "processing three drunks"',
    // (issue 11, session 20: heldout-g, train-a/c/f/g/k/q/u) "Custody sergeant tonight. 14 detainees", "Custody sergeant
    // for the night", "My first custody sergeant gave me one bit of advice", "The custody sergeant made me a brew at
    // 4am", "the custody sergeant let me go early so I'm at the pub quiz", "Custody sergeant laughed at me", "Stuck at
    // the custody desk processing three drunks" (12 positives, no negative; not "the best custody sergeant in the
    // county" in a send-off, nor the one a detainee met)
    pattern: new RegExp(
      String.raw`(?:^|[.!?\n]\s*)custody\s+(?:sergeant|sgt|skipper)\s+(?:tonight|today|again|this\s+week|for\s+the\s+(?:night|day|week))\b` +
        String.raw`|\bmy\s+(?:first\s+|old\s+|new\s+)?custody\s+(?:sergeant|sgt|skipper)\b` +
        String.raw`|\bcustody\s+(?:sergeant|sgt|skipper)\s+(?:made\s+me|laughed\s+at\s+me|let\s+me\s+(?:go|off|knock\s+off)\s+early|knows\s+my)\b` +
        String.raw`|\bprocessing\s+(?:\d+|two|three|four|five|six|a\s+couple\s+of|a\s+few)\s+${oneOf(PROCESSED)}\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'play'),
    examples: ['Custody sergeant tonight. 14 detainees, 3 vomits, 1 marriage proposal', 'The custody sergeant made me a brew at 4am.', 'Stuck at the custody desk processing three drunks'],
  },
  {
    name: 'WORKED_WITH_POLICE',
    description: 'A police colleague the author worked with or under: "the best sergeant I\'ve ever worked for", "best street cops I\'ve ever worked with"',
    // (issue 11, session 20: heldout-a/g/m, train-b/g/o/q) "Dana's the best sergeant I've ever worked for", "the sharpest
    // investigator I ever worked beside", "best lieutenant I've worked under", "some of the best street cops I've ever
    // worked with" (8 positives, no negative; police words only: not "the best nurse I've worked with"; "served under"
    // is a soldier's)
    pattern: new RegExp(
      String.raw`\b${oneOf([
        'cops?',
        'coppers?',
        'detectives?',
        'investigators?',
        'sergeants?',
        'sarge',
        'deputies',
        'deputy',
        'troopers?',
        'constables?',
        'lieutenants?',
        'inspectors?',
        'skipper',
      ])}\s+(?:that\s+)?i(?:['’]ve|\s+have)?\s+(?:ever\s+)?worked\s+(?:with|under|for|alongside|beside)\b`,
      'gi',
    ),
    confidence: STRONG,
    vetoes: explainedBy('job', 'uniform', 'play'),
    examples: ["Dana's the best sergeant I've ever worked for, full stop", "they're some of the best street cops I've ever worked with."],
  },
  {
    name: 'MY_PASSING_OUT',
    description: 'The author\'s own passing-out from police training, or their Police Federation: "my passing-out parade at Hendon", "since I passed out of training college", "the Police Federation dinner"',
    // (issue 11, session 20: train-c/g/i/p/r/u, train-x) "Ten years since my passing out parade", "my passing-out photo,
    // warrant no. 0712", "our passing-out class from Hendon", "my police passing out parade", "since I passed out of
    // training college", "Passed out of the depot in Regina", "Went to the police federation meeting about pay", "the
    // Police Federation dinner" (8 positives, no negative; not "my son's passing out parade", "he passed out of police
    // training", "my brother passed out of basic training"; a soldier's is vetoed by the uniform)
    pattern: new RegExp(
      String.raw`\b(?:my|our)\s+(?:own\s+)?(?:police\s+)?passing[- ]out(?:\s+(?:parade|photo|class|day|ceremony))?\b` +
        String.raw`|${START}(?:just\s+)?passed\s+out\s+(?:of|from)\s+(?:the\s+)?(?:police\s+|training\s+)?(?:college|depot|academy)\b` +
        String.raw`|\bpolice\s+federation\s+(?:rep|meeting|dinner|conference|ball|do|awards?)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Ten years since my passing out parade. My mum still has the photo on the fridge', 'Went to the police federation meeting about pay.'],
  },
  {
    name: 'WE_WILL_HAVE_HIM',
    description: 'The author\'s crew closing in on a suspect, in a post about a crime: "We\'ll have him by Friday", "We\'ll have him in by the weekend"',
    // (issue 11, session 20: train-i/p, train-x) "The bloke's alibi is his mum. Enough said. We'll have him by Friday",
    // "Suspect in the Willow Court burglaries has 14 priors… We'll have him in by the weekend" (him or her, and a crime
    // or its evidence named in the post: not "we'll have her by Christmas" of a puppy)
    // (issue 11, session 21: heldout-c/g/m/n, train-x) also the crew's next step on a suspect: "We're looking hard at
    // him", "Just waiting on the lab before we bring him in", "we go in tomorrow at 6" (a crime
    // or its evidence in the post, as before; not "we're looking at her again Saturday" of a car for sale, nor "we go in at
    // 7am" to a hospital)
    pattern: new RegExp(
      // (issue 11, session 25: heldout-r, train-ab/v/x) also "We'll have him soon", "We'll have them by Friday" with the
      // suspect or the evidence named ("Suspect is a white male, 40s... We'll have him soon")
      String.raw`\bwe['’]ll\s+have\s+(?:him|her|them)\s+(?:in\s+)?(?:by|before|soon)\b` +
        String.raw`|\bwe['’]re\s+looking\s+(?:(?:very\s+)?hard|closely)\s+at\s+(?:him|her)\b|\bwe['’]re\s+looking\s+at\s+(?:him|her)\s+for\s+(?:it|this|that)\b` +
        String.raw`|\bbefore\s+we\s+(?:bring|pull|lift|nick)\s+(?:him|her|them)\s+in\b` +
        String.raw`|\bwe\s+go\s+in\s+(?:tomorrow|tonight|at\s+(?:dawn|first\s+light|\d{1,2}(?::\d\d)?\s*(?:am)?|[01]\d[0-5]\d))\b` +
        // (issue 11, session 26: blind-c, heldout-h/j/l/m/n, train-ac/b/e/s) "We'll get him", "We're bringing him in
        // tomorrow", "we can put him at the second", "Need a little more before we hook him up" (a crime or its
        // evidence in the post, as above: not "We'll get him a new bike", "we're picking him up from the airport")
        String.raw`|\bwe['’]ll\s+get\s+(?:him|her|them)\b(?!\s+${oneOf(GET_HIM_NOT_AFTER)}\b)` +
        String.raw`|\bwe['’]re\s+(?:bringing|hauling)\s+(?:him|her|them)\s+in\b|\bwe['’]re\s+picking\s+(?:him|her|them)\s+up\b(?!\s+(?:from|at)\b)` +
        String.raw`|\bwe\s+can\s+(?:now\s+)?put\s+(?:him|her|them)\s+at\b` +
        String.raw`|\bbefore\s+we\s+(?:hook|cuff|charge|arrest|nick|lift|pinch|collar)\s+(?:him|her|them)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('job', 'play'),
    requires: (c) => CASE_TALK.test(c.text) || PINNED_IN_POST.test(c.text),
    examples: [
      "The bloke's alibi is his mum. Enough said. We'll have him by Friday",
      'Suspect is a white male, 40s, snake tattoo on his neck. We\'ll have him soon',
      "Evidence pic from the burglary on Teller. You can see the glove print on the window, rookie mistake. We'll get him.",
      'Lab came back on the Willow St case. It\'s his blood on the jacket. We\'re bringing him in tonight.',
    ],
  },
  {
    name: 'WE_GOT_HIM',
    description: 'The author\'s crew has its suspect, in a post about a crime: "We\'ve got him on CCTV", "Think we\'ve got our guy for the Westgate fires"',
    // (issue 11, session 25: heldout-j/n, train-a/c/i/n/u/v/y) "the witness picked him out of the lineup. we've got
    // him", "We've got him on camera buying the petrol can", "We've got our guy for the garage fires" (12 positives in 9
    // families, no negative; a crime or its evidence in the post: not "the raid boss took 4 hours but we got him", nor
    // a rescue, "we got him back", "we got her up", nor a signing, "we've got him for three seasons")
    pattern: new RegExp(
      String.raw`\bwe(?:['’]ve|\s+have)?\s+(?:finally\s+|now\s+)?got\s+(?:him|her|our\s+(?:guy|man|woman|girl|suspect|culprit))\b(?!\s+(?:${oneOf(GOT_HIM_PARTICLES)})\b)`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // (no person veto: it reads "our guy" as someone else leading; a police family's post is still a relative's)
    vetoes: [...explainedBy('job', 'uniform', 'play'), (_m, c) => c.familyPost],
    requires: (c) => CASE_TALK.test(c.text) || PINNED_IN_POST.test(c.text),
    examples: [
      'Witness came in today and picked him out of the line-up in four seconds. We\'ve got him.',
      "Think we've got our guy for the Westgate fires. Same accelerant, same time of night.",
    ],
  },
  {
    name: 'WE_KNOW_WHO_DID_IT',
    description: 'The author\'s crew knows who did it and says what stands in the way: "The DA won\'t charge, but we know he did it", "We know exactly who did the Kettering Road job. Proving it is another matter"',
    // (issue 11, session 25: train-aa/c/e/s) "Still can't charge the guy from the Maple Court stabbing, but we all know
    // it was him", "we all know who did the Hartfield burglaries... We'll get him" (5 positives in 4 families, no
    // negative; only with the investigating side in the post: not a victim's family, "We know who did it. His name
    // is..." nor "We know who did it: the cat")
    pattern: new RegExp(
      String.raw`\bwe\s+(?:all\s+)?know\s+(?:(?:exactly\s+)?who\s+(?:${oneOf(DONE_IT)})|(?:that\s+)?it\s+was\s+(?:him|her)|(?:he|she)\s+did\s+it)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'play'), (_m, c) => RELATIVE_IN_POST.test(c.text)],
    requires: (c) => INVESTIGATOR_IN_POST.test(c.text),
    examples: [
      'The DA won\'t charge without the second witness, but we know he did it. We\'ll get there',
      'We know exactly who did the Kettering Road job. Proving it is another matter. Patience',
    ],
  },
  {
    name: 'WE_HIT_THE_HOUSE',
    description: 'The author\'s crew going through a suspect\'s door: "We hit the house on Corbin St at first light", "we\'re executing a warrant on the Lyle St address", "We raided the garage on Tuesday"',
    // (issue 11, session 25: heldout-d/k/m, train-e/l/s/w) "we hit the stash house on Saturday at dawn", "we're hitting
    // three houses on the east side before sunrise", "we're hitting their lockup at 6" (10 positives in 7 families; not
    // "we hit the house party", "we hit a pothole"; a firefighter's breached door is the job and uniform vetoes')
    pattern: new RegExp(
      String.raw`\bwe(?:${oneOf(WE_TENSES)})?\s+${oneOf(HOUSE_HIT)}\s+${oneOf(HOUSE_DETERMINERS)}\s+` +
        String.raw`(?:[\w'’-]+\s+){0,2}?${oneOf(HOUSES_HIT)}s?\b(?!\s+${oneOf(NOT_A_HOUSE_AFTER)}\b)`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: [
      'Warrant\'s signed. We hit the house on Corbin St at first light Thursday',
      "We're executing a warrant on the fireworks warehouse Wednesday. Stay clear of the industrial park.",
    ],
  },
  {
    name: 'OWN_PATROL_CAR',
    description: 'The author in the patrol car, in their own sentence: "I\'ve spent more Christmas Days in the patrol car than at home", "Signed out the patrol car, did my checks"',
    // (issue 11, session 25: heldout-d/l, train-c/e/i/k/r/u) "I'm going to miss those 3am conversations in the patrol
    // car", "yes we do eat doughnuts in the patrol car", "I still can't parallel park the patrol car" (10 positives in 8
    // families, no negative; not a child's visit, "my son sat in the patrol car at the fair", a neighbour's kid waving
    // "at me from the patrol car", nor a game's)
    pattern: new RegExp(
      String.raw`${ME_OR_US}[^.!?\n]*\b(?:the|my|our)\s+(?:patrol|squad)\s+car\b|\b(?:the|my|our)\s+(?:patrol|squad)\s+car\b[^.!?\n]*${ME_OR_US}`,
      'gi',
    ),
    confidence: STRONG,
    span: (m) => {
      const car = /\b(?:the|my|our)\s+(?:patrol|squad)\s+car\b/i.exec(m[0])!;
      return { start: m.index + car.index, end: m.index + car.index + car[0].length };
    },
    vetoes: [...explainedBy('person', 'job', 'uniform', 'play', 'event'), (m, c) => PATROL_CAR_VISIT.test(c.analysis.sentenceAround(m.index, m.index + m[0].length))],
    examples: [
      "Just realised I've spent more Christmas Days in the patrol car than at home.",
      'Eleven years in and I still can\'t parallel park the patrol car.',
    ],
  },
  {
    name: 'STOPPED_ONE',
    description: 'A stop the author made: "Stopped a driver doing 90 in a 30", "Every time I stop a car", "Stopped one at the airport last week"',
    // (issue 11, session 25: train-ab/b/c/f/g/k) "Just stopped a car with four lads", "Stopped a speeding car and found a
    // woman in labour", "Years ago I stopped a kid for shoplifting", "Pulled over my kid's teacher for speeding" (9
    // positives in 6 families; at a sentence's start or after "I" or "we": not "the cops stopped a car", nor a game's
    // "pulled over a guy", nor stopping someone to ask the way)
    pattern: new RegExp(
      String.raw`(?:\b${WE_OR_I}\s+|(?:^|[.!?\n]\s*)(?:just\s+)?)(?:stop(?:ped)?|pull(?:ed)?\s+over)\s+` +
        String.raw`(?:${oneOf(STOPPED_DETERMINERS)}\s+)?(?:(?!my\b)[\w'’]+\s+)?${oneOf(STOPPED_WHOM)}\b(?!\s+to\b)`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // (no other-job veto: the one stopped is often a driver, or at a shop)
    vetoes: [...explainedBy('person', 'uniform', 'play'), gamePlayed],
    examples: ['Stopped a driver doing 90 in a 30 who said he was rushing to a speeding course.', 'Every time I stop a car the driver says "I know the chief"'],
  },
  {
    name: 'EVERY_ONE_I_TAKE',
    description: 'What the author makes or takes, every one the same: "Every stop I make on Kingston Rd", "Every fraud report I take has…", "Every arrest I make on that block"',
    // (issue 11, session 25: heldout-b, train-ab/f) 4 positives in 4 families, no negative (not "every scam call I get",
    // "shots at every stop" on a pub crawl: no call, no stop at a bar)
    pattern: new RegExp(String.raw`\bevery\s+(?:[\w-]+\s+)?${oneOf(EVERY_ONE_TAKEN)}\s+(?:i|we)\s+(?:make|made|take|took|attend|attended|do|did)\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Every stop I make on Kingston Rd it is the same crowd.', 'Every fraud report I take has the same name on it.'],
  },
  {
    name: 'CALL_RESPONDED',
    description: 'A call the author was sent to, heading the sentence: "Responded to a fatal on the N11", "Went to a call about someone breaking in"',
    // (issue 11, session 25: train-ab/f/g) 3 positives in 3 families, 3 optional, no negative (the author as the unspoken
    // subject at a sentence's start; a tradesman's call-out is the other-job veto's)
    pattern: new RegExp(String.raw`(?:^|[.!?\n]\s*)(?:just\s+)?(?:responded|attended|went)\s+to\s+(?:a|an|another|two|three)\s+(?:[\w-]+\s+)?${oneOf(CALLS_RESPONDED)}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Responded to a fatal on the N11. Driver still in the seat.', "Went to a call about someone 'breaking in'. It was the homeowner locked out."],
  },
  {
    name: 'CREW_AT_SCENE',
    description: 'The author\'s crew at a scene: "what we found at the scene", "The coroner confirmed what we saw at the scene", "Twelve hours on the cordon", "the pic I took on scene"',
    // (issue 11, session 25: train-ab/c) "Sharing what we found at the scene: a shotgun on the kitchen table", "Attached
    // the pic I took on scene" ("on scene", no article, is the police's; a journalist's or a passer-by's photo at the
    // scene is not read), "Twelve hours on the cordon at the Riverside Mall stabbing" (4 positives in 2 families; no
    // negative)
    pattern: new RegExp(
      String.raw`\bwhat\s+we\s+(?:saw|found)\s+at\s+the\s+scene\b` +
        String.raw`|\b(?:photos?|pics?|pictures?|shots?)\s+(?:i|we)\s+took\s+on\s+scene\b` +
        String.raw`|\b(?:hours|night|shift|all\s+day|all\s+night)\s+on\s+(?:the|a)\s+(?:scene\s+)?cordon\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    // (no other-job veto: the scene is often a shop or a mall)
    vetoes: explainedBy('person', 'uniform', 'play'),
    examples: ['Sharing what we found at the scene: a shotgun on the kitchen table', 'Twelve hours on the cordon at the mall stabbing.'],
  },
  {
    name: 'ACADEMY_OWN',
    description: 'The police academy as the author\'s own training: "The academy never prepares you for…", "taught me more in six months than the academy did", "I raised my right hand at the academy"',
    // (issue 11, session 25: heldout-e/j/k/o/q/r, train-a/aa/ab/c/f/i/j/l/s/t/v) "what they dont tell you at the
    // academy", "Detective Ortega taught me more in a month than the academy did in six", "I start as a training officer
    // at the academy next week", "Throwback to the academy: me, L. Ortega and Dana Kowalski" (about 25 positives in 15
    // families; not a relative's academy, "My grandson's first day at the police academy", nor a fire, military or
    // dance academy)
    pattern: new RegExp(
      String.raw`\b(?:the|police)\s+academy\s+(?:didn['’]?t|never|doesn['’]?t|don['’]?t|won['’]?t)\s+(?:prepare|teach|tell|train)` +
        String.raw`|\b(?:prepares?|prepared|teach(?:es)?|tell|told)\s+(?:you|me|us)\s+(?:[\w'’]+\s+){0,3}?(?:at|in)\s+(?:the\s+)?academy\b` +
        String.raw`|\bthan\s+(?:the\s+)?(?:whole\s+)?academy\b` +
        String.raw`|(?:^|[.!?\n]\s*)throwback\s+to\s+the\s+academy\b` +
        String.raw`|${ME_OR_US}[^.!?\n]*\b(?:at|in|to|into)\s+the\s+(?:police\s+)?academy\b|\b(?:at|in|to|into)\s+the\s+(?:police\s+)?academy\b[^.!?\n]*${ME_OR_US}`,
      'gi',
    ),
    confidence: STRONG,
    span: (m) => {
      const academy = /\b(?:the\s+|police\s+)?academy\b/i.exec(m[0])!;
      return { start: m.index + academy.index, end: m.index + academy.index + academy[0].length };
    },
    vetoes: [
      ...explainedBy('person', 'uniform', 'play', 'event'),
      (m, c) => {
        const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
        return ACADEMY_ELSEWHERE.test(sentence) || KIN_IN_SENTENCE.test(sentence);
      },
    ],
    examples: [
      'The academy never prepares you for how many welfare checks turn out to be lonely old folks',
      'Detective Reyes taught me more in six months than the academy did in a year',
      'Twelve years ago today I raised my right hand at the academy.',
    ],
  },
  {
    name: 'JOB_TENURE',
    description: 'Time in "the job" in the author\'s own sentence: "my first year on the job", "since I joined the job", "I\'m finally confirmed in the job"; "New to the job", "Year 3 on the job" heading a sentence',
    // (issue 11, session 25: heldout-i, train-a/c/e/g/s/v/w) "first proper holiday since I joined the job", "My first
    // Christmas on the job I cried in the car", "Started in the job the same week as my best mate" (about 12 positives
    // in 8 families; the author in the sentence, not a relative: "my son's first week on the job", "Ten years on the job
    // at the post office", "Thirty years in the job, he deserved a proper send-off")
    pattern: new RegExp(
      String.raw`${ME_OR_US}[^.!?\n]*\b${oneOf(JOB_TENURES)}\s+the\s+job\b|\b${oneOf(JOB_TENURES)}\s+the\s+job\b[^.!?\n]*${ME_OR_US}` +
        String.raw`|(?:^|[.!?\n]\s*)(?:new\s+to|started\s+in|year\s+\d+\s+on|coming\s+up\s+on\s+\d+\s+in)\s+the\s+job\b`,
      'gi',
    ),
    confidence: STRONG,
    span: (m) => {
      const job = /\bthe\s+job\b/i.exec(m[0])!;
      return { start: m.index + job.index, end: m.index + job.index + job[0].length };
    },
    vetoes: [
      ...explainedBy('person', 'job', 'uniform', 'play'),
      (m, c) => {
        const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
        return KIN_IN_SENTENCE.test(sentence) || OTHER_CAREER.test(sentence) || (HE_OR_SHE.test(sentence) && !I_SUBJECT.test(sentence));
      },
    ],
    examples: ['Big thanks to the sarge for signing off my leave, first proper holiday since I joined the job', 'Year 3 on the job and still the probie-ish one on the team'],
  },
  {
    name: 'WE_SIT_ON_IT',
    description: 'The author\'s crew watching a target: "We\'re sitting on it till Friday", "We\'re sitting on the house till the warrant\'s signed", "has no idea we\'re parked across the lot"',
    // (issue 11, session 25: train-a/ac/u) 5 positives in 3 families, no negative (not "we're sitting on the sofa": the
    // target is "it", a person or a house, a place, a lot)
    pattern: new RegExp(String.raw`\bwe(?:['’]re|\s+are|['’]ll\s+be|\s+will\s+be)\s+${oneOf(SAT_ON)}\s+${oneOf(SAT_ON_TARGETS)}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    requires: (c) => CASE_TALK.test(c.text) || PINNED_IN_POST.test(c.text) || OPERATION_IN_POST.test(c.text) || /\b(?:ci|informant|snitch|crew|heist|inside)\b/i.test(c.text),
    examples: ["Snitch swears the guns are moving through the tire shop. We're sitting on it all weekend.", "We're sitting on the house till the warrant's signed, going to be a long night"],
  },
  {
    name: 'ROLL_CALL_BRIEFED',
    description: 'Roll call as the author sits through it: "Roll call was fifteen minutes of the lieutenant reading the new pursuit policy", "Roll call ran long again", "Roll call at 0545, coffee at 0546"',
    // (issue 11, session 25: train-a/ab/ac/c/e/k/l/m/n/r/t/u) a roll call with a police boss or police kit in its
    // sentence, or heading it ("Roll call ran long", "Roll call at 0545"); not a camp's, a class's, a ward's or a
    // warehouse's roll call, nor a senate roll call vote
    pattern: new RegExp(
      String.raw`\broll\s*call\b(?!\s+(?:votes?|of)\b)[^.!?\n]*\b${oneOf(ROLL_CALL_BRIEFERS)}\b|\b${oneOf(ROLL_CALL_BRIEFERS)}\b[^.!?\n]*\broll\s*call\b(?!\s+(?:votes?|of)\b)` +
        String.raw`|(?:^|[.!?\n]\s*)roll\s*call\s+${oneOf(ROLL_CALL_HEADINGS)}`,
      'gi',
    ),
    confidence: STRONG,
    span: (m) => {
      const call = /\broll\s*call\b/i.exec(m[0])!;
      return { start: m.index + call.index, end: m.index + call.index + call[0].length };
    },
    vetoes: [
      ...explainedBy('person', 'job', 'uniform', 'play'),
      (m, c) => {
        const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
        return OTHER_ROLL_CALL.test(sentence) || shiftElsewhere(sentence) || REPORTED_BY_KIN.test(sentence);
      },
    ],
    examples: ['Roll call was fifteen minutes of the lieutenant reading the new pursuit policy out loud.', 'Roll call ran long again because somebody wanted to relitigate the parking lot policy.'],
  },
  {
    name: 'MIDNIGHTS_SHIFT',
    description: 'The police night shift by its name, "midnights", or a numbered sector worked: "Small wins on midnights", "bye bye midnights", "swing shift in sector 4", "New sector this month"',
    // (issue 11, session 25: train-a/ac/f/g/m/n/q/s/t; sectors train-ac/f/j/n/q) about 24
    // positives in 12 families; not a relative's nights ("My wife is on midnights this month", "My mom has worked
    // midnights for the police"), nor another workplace's
    pattern: new RegExp(String.raw`\bmidnights\b|(?:${oneOf(SECTOR_WORKED)})\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [
      ...explainedBy('person', 'job', 'uniform', 'play'),
      (m, c) => KIN_IN_SENTENCE.test(c.analysis.sentenceAround(m.index, m.index + m[0].length)) || KIN_SUBJECT.test(c.analysis.sentenceAround(m.index, m.index + m[0].length)),
    ],
    examples: ['Got a new car this week. Same old cage smell, but the heater works. Small wins on midnights.', 'swing shift in sector 4: dead quiet until bar close'],
  },
  {
    name: 'TOOK_THE_OATH',
    description: 'The author\'s swearing-in: "A year since I took the oath", "Ten years ago today I took the oath and pinned the star on"',
    // (issue 11, session 25: heldout-r, train-a/b/c/x) 5 positives in 5 families, 1 optional, no negative (not "the oath
    // of citizenship", "the oath of office"; a soldier's oath is the uniform veto's, a doctor's the job veto's)
    pattern: new RegExp(String.raw`\b(?:i|since\s+i)\s+took\s+(?:the|my)\s+oath\b(?!\s+(?:of|at|to)\s+(?:${oneOf(OTHER_OATHS)})\b)`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['A year since I took the oath. Learned more in 12 months than 4 yrs of uni', 'Ten years ago today I took the oath and pinned the star on.'],
  },
  {
    name: 'MY_WEAPON_DRAWN',
    description: 'The author\'s own gun, fired or drawn on duty or never: "asked if I\'d ever fired my weapon on duty. 14 years, never", "people always ask if i\'ve ever drawn my weapon"',
    // (issue 11, session 25: heldout-r, train-i/u) 3 positives in 3 families, no negative (not a soldier's: a war,
    // combat or the army in the sentence; not a game's)
    pattern: new RegExp(String.raw`\b${oneOf(WEAPON_USED)}\s+my\s+${oneOf(OWN_WEAPONS)}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'uniform', 'play'), gamePlayed, (_m, c) => WAR_WORDS.test(c.text)],
    examples: ["Someone asked if I'd ever fired my weapon on duty. 14 years, never.", "people always ask if i've ever drawn my weapon. on duty, twice in 11 years."],
  },
  {
    name: 'OVERTIME_WORKED',
    description: 'Overtime worked on a police job: "Three hours of overtime for a stolen garden gnome", "12-hour shifts with mandatory OT", "Mandatory OT again. Third weekend in a row in the patrol car"',
    // (issue 11, session 25: heldout-o/r, train-a/m) 5 positives in 4 families; a corrections officer's or a nurse's
    // overtime is the uniform and job vetoes' ("Correctional officer here. Mandatory overtime again")
    pattern: new RegExp(String.raw`\b${oneOf(OVERTIME_WORKED)}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'uniform', 'play'), (_m, c) => OTHER_UNIFORM.test(c.text) || OTHER_JOB.test(c.text)],
    examples: ['Three hours of overtime for a stolen garden gnome. Piss off, Tuesday', 'Whoever thought 12-hour shifts with mandatory OT was a good idea'],
  },
  {
    name: 'SCENE_HELD',
    description: 'The author keeping a scene for the investigators: "Spent the night holding a scene on Delmar", "Three hours guarding the body on the shoulder of Route 30", "Had to guard the flat where they found him", "while we waited on the ME"',
    // (issue 11, session 26: heldout-a/c/f/m/s, train-a/ac/b/c/f/i/l/v) "two hours in the rain holding the perimeter
    // while the dog team searched", "Spent the night guarding a crime scene in the rain", "Three hours guarding the body
    // ... waiting for the coroner" (25 positives in 12 families by the grep; not "holding the door" of a doorman, "the
    // scene together" of a stage set; a soldier's perimeter is the uniform veto's, a guard's the job veto's, a
    // relative waiting for the coroner at home the kin veto's)
    pattern: new RegExp(
      String.raw`\b${oneOf(SCENE_KEEPING)}\s+(?:a|the|that|our)\s+${oneOf(SCENE_KEPT)}\b(?!\s+together\b)` +
        String.raw`|\b(?:guard|guarding|guarded|babysitting|babysat|minding|stood\s+(?:over|with)|standing\s+(?:over|with))\s+the\s+body\b(?!\s+of\s+work\b)` +
        String.raw`|\bguard(?:ing|ed)?\s+the\s+(?:flat|house|room|apartment|garage|shed|car)(?=\s+where\s+(?:they|we|i|someone)\s+found\b)` +
        String.raw`|\b(?:while|as)\s+we\s+waited\s+(?:on|for)\s+the\s+${oneOf(SCENE_AWAITED)}(?![\w.])` +
        String.raw`|\b(?:hours?|night|shift)\b[^.!?\n]{0,60}\bwaiting\s+(?:on|for)\s+the\s+${oneOf(SCENE_AWAITED)}(?![\w.])`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [
      ...explainedBy('person', 'job', 'play'),
      // another uniform in the sentence, the cue's own verb aside ("guard" the verb is no guard)
      (m, c) => {
        const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
        return OTHER_UNIFORM.test(sentence.replace(m[0], '')) || KIN_IN_SENTENCE.test(sentence);
      },
    ],
    examples: [
      'Spent the night holding a scene on Delmar. Victim lay under a sheet by the bus shelter for four hours while we waited on the ME.',
      'Three hours guarding the body on the shoulder of Route 30 waiting for the coroner.',
      'Had to guard the flat where they found him this morning, stabbed and left there a week.',
      'Spent the night guarding a crime scene in the rain. Glamorous life.',
    ],
  },
  {
    name: 'RADIO_BACK_ON',
    description: 'The author back on the air as a unit, by the radio code: "10-8 and caffeinated", "If you hear me say \'I\'m 10-8\' at the dinner table", "Did my 10-8 at 1900"',
    // (issue 11, session 26: train-a/ac/c/f/g/p) "10-8 from the hospital, back to the grind", "10-8 after a long one,
    // grabbing a coffee before the next call comes out" (7 missed positives in 6 families, no negative; "10-8" is the
    // police radio code for in service, not "10-4", which truckers and films say; an ambulance crew's is another uniform)
    pattern: /(?<![\d-])10-8(?![\d-])/g,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'uniform', 'play'), (_m, c) => OTHER_SERVICE.test(c.text)],
    examples: ["10-8 and caffeinated. Let's go", "If you hear me say 'I'm 10-8' at the dinner table, no you didn't. Old habits."],
  },
  {
    name: 'IN_SERVICE_TRAINING',
    description: 'The police\'s yearly in-service training, sat through: "In-service week. Eight hours of PowerPoints and one hour at the range", "2pm in-service"',
    // (issue 11, session 26: train-ac/b/e/r/x) "On my way to in-service training, 8 hours of use-of-force slides",
    // "mandatory in-service training all week" (6 missed positives in 5 families, 1 optional, no negative; not a school's
    // or a ward's in-service day)
    pattern: /\bin-service\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'uniform', 'play'), (_m, c) => IN_SERVICE_ELSEWHERE.test(c.text)],
    examples: ['In-service week. Eight hours of PowerPoints and one hour at the range.', 'On my way to in-service training, 8 hours of use-of-force slides. Send snacks.'],
  },
  {
    name: 'RAN_THE_PLATE',
    description: 'The author running a vehicle plate through police records: "Ran the plate and the owner\'s got form for GBH", "tried to run a plate with gloves on"',
    // (issue 11, session 26: heldout-f/j/m, train-ab/ac/c/e/f/g/i/k/l/r) "Ran his plate and the guy's got 14 priors",
    // "Neighbours keep asking me to 'run a plate' for them" (15 missed positives in 13 families; not "Had a buddy run
    // the plates", a car buyer's DVLA or Carfax check, nor a waiter running plates to a table)
    pattern: /\b(?:run|ran|running)\s+(?:a|the|his|her|their|that)\s+plates?\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [
      ...explainedBy('person', 'job', 'play'),
      (m, c) => {
        const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
        return PLATE_ELSEWHERE.test(sentence) || PLATE_BY_ANOTHER.test(sentence);
      },
    ],
    examples: ["ran the plate and the owner's got form for GBH and two restraining orders. not a nice man", 'whoever decided the new cars should have touchscreens has never tried to run a plate with gloves on in january'],
  },
  {
    name: 'PLAIN_CLOTHES_TIME',
    description: 'Time the author has served in plain clothes, heading a sentence: "Day one in plainclothes and I already miss my vest pockets", "Eight years in plain clothes"',
    // (issue 11, session 26: train-ac/c/f/g/k) "first week in plain clothes and I keep reaching for a hat", "A month in
    // plain clothes on the burglary squad" (5 missed positives in 5 families; not "Luis just got a new gig in plain
    // clothes", "saw L. Ortega in plainclothes at the market": someone else's, not heading the sentence)
    pattern: new RegExp(
      String.raw`(?:^|[.!?\n]\s*)(?:day\s+one|(?:my\s+)?first\s+${oneOf(FIRST_SPELLS)}|(?:a|one|\d+|${oneOf(numberWords(2, 20))})\s+${oneOf(SPELLS)})\s+in\s+plain\s*clothes\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'uniform', 'play'),
    examples: ['Day one in plainclothes and I already miss my vest pockets.', "Eight years in plain clothes and I still flinch when someone says 'officer' in the supermarket"],
  },
  {
    name: 'FOOT_PURSUIT',
    description: 'A foot chase the author ran: "a foot pursuit through a cornfield", "Lost my hat in a foot chase through the allotments"',
    // (issue 11, session 20: train-e/g/l/w, train-x) "Nothing like a foot pursuit through a cornfield", "Lost my hat in a
    // foot chase through the allotments", "a foot chase through three back gardens. Got him", "Foot pursuit through 4
    // back gardens" (5 positives; not "Saw a foot chase down our street": one watched)
    pattern: /(?<!\b(?:saw|seen|watched|filmed|witnessed)\s+(?:a|the)\s+)\bfoot\s+(?:pursuit|chase)\s+(?:through|over|across)\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'job', 'play'),
    examples: ['Nothing like a foot pursuit through a cornfield to make you rethink your career choices', 'Lost my hat in a foot chase through the allotments.'],
  },
  {
    name: 'MY_PATCH',
    description: 'The author\'s beat as their patch or the calls they go to: "the Nigerians on my patch", "Every domestic I go to on the estate"',
    // (issue 11, train-v) "Third fatal on my patch this year", "Every domestic I go to on the Polish estate", "Every call I
    // get to that restaurant it's a fight" (8 positives, 1 optional, no negative; not "my patch notes", "the slugs on my
    // patch", "every call I take" at a call centre, nor a tradesman's call-out)
    pattern: new RegExp(
      String.raw`\bon\s+my\s+patch\b(?!\s+(?:${oneOf(NOT_A_BEAT_AFTER)})\b)` +
        // (issue 11, train-x) also "every domestic I've been to in the Somali flats"
        String.raw`|\bevery\s+(?:domestic|call)\s+(?:i|we)(?:\s+|(?=['’]))(?:${oneOf(CALLS_GONE_TO)}\s+to|attend|attended)\b` +
        // (train-w) "Every time we get a call to that block it's the same story"
        String.raw`|\bevery\s+time\s+(?:i|we)\s+(?:get|got)\s+(?:a\s+)?call\s+(?:to|out\s+to)\b` +
        // (issue 11, session 20: heldout-b, train-n/v) a sentence opening on "Another call to the Aboriginal camp",
        // "another call from the same guy about his neighbor's leaves", "Another domestic at the trailer park" (3
        // positives, no negative; not "another call from the school" to a parent, nor "another call about the
        // warranty"; a tradesman's call-out is the other-job veto)
        String.raw`|(?:^|[.!?\n]\s*)another\s+(?:call|domestic)\s+(?:(?:to|at)\s+(?:the|that|this|a|our)|from\s+the\s+same)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'play'), (m, c) => GARDEN.test(c.analysis.sentenceAround(m.index, m.index + m[0].length))],
    examples: [
      'Not being funny but the Nigerians on my patch are all running scams.',
      'Every domestic I go to on the Polish estate it is the same.',
      'Another call to the Aboriginal camp by the river. Waste of my time.',
      "Ten years in this job and every domestic I've been to in the flats ends the same way.",
    ],
  },
  {
    name: 'KNOWN_TO_US',
    description: 'Detectives\' idiom in the first person: "He\'s well known to us", "We like the neighbour for it"',
    // (issue 11, train-w) "He's well known to us, like the rest of that family", "We like the husband for it. Just need
    // one more piece" (6 personal drafts, 4 labelled positive; the 2 in train-a labelled negative say the same and are
    // relabelled; an official post's "known to us" is not read: official posts are never this rule's)
    // (issue 11, session 20: train-x) also "already known to us", "Known to us since he was 14"
    pattern: /\b(?:well|already)\s+known\s+to\s+us\b|(?:^|[.!?\n]\s*)known\s+to\s+us\s+since\b|\bwe\s+like\s+(?:him|her|them|the\s+[\w-]+)\s+for\s+it\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    // (no other-job veto: the place is often a shop, "Third time this year for the same shop"; the one known leads the
    // sentence, "He's well known to us", so only a relative leading it vetoes)
    vetoes: [...explainedBy('play'), (m, c) => otherPersonLeads(m, c)],
    examples: [
      "He's well known to us. Third time this year for the same shop.",
      'We like the husband for it. Just need one more piece.',
      'Three of the four lads from the servo robbery are already known to us.',
    ],
  },
  {
    name: 'LEFT_THE_FORCE',
    description: 'The author leaving the police: "Left the force in March", "First Christmas since I left the force", "Retired from the police 2 years ago"',
    // (session 19, train-w) "Left the Guards after 20 years", "the hardest thing about leaving the force", "Retired from the
    // police 2 years ago" (9 positives; not "My dad retired from the force in 2009": a relative leads; not "left the police
    // station"; "the job" is every job's)
    pattern: /\b(?:left|leaving|quit|quitting|retired\s+from|retiring\s+from)\s+the\s+(?:force|guards|garda[ií]?|police(?!\s+(?:station|car|van|museum)))\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    // (no uniform veto: "the force" is the police's, the armed forces are "the Air Force", "the forces")
    vetoes: [...explainedBy('person', 'play'), (m, c) => yearsOfSomeoneElse(m, c) || otherPersonLeads(m, c) || thirdPersonLeads(m, c), petLeads],
    examples: ['Left the force in March, already bored stiff.', 'First Christmas since I left the force. No radio, no uniform.'],
  },
  {
    name: 'ANY_OTHER_COPS',
    description: 'Asking the author\'s fellow police: "Any other cops wanting to join the charity ride…"',
    // (issue 11, heldout-l) "Any other cops wanting to join the charity ride, email me" (the author is one of them; not
    // "any other officers" after a named one, nor a question mid-sentence: "were there any other cops around?")
    pattern: /(?:^|[.!?\n]\s*)any\s+other\s+(?:cops|coppers|deputies|troopers)\b/gi,
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: explainedBy('person', 'play'),
    examples: ['Any other cops wanting to join the charity ride, email me'],
  },
  {
    name: 'NTH_YEAR_ON_THE_JOB',
    description: 'The author\'s year of service by its ordinal, or years said without "years": "my 25th year on the force", "Retiring after 30 in the force"',
    // (issue 11, session 21: heldout-n, train-x) "Celebrating my 50th today and my 25th year on the force", "Retiring after
    // 30 in the force" (not "my husband's 25th year on the force": a relative leads; "Dad retired after 30 in the force":
    // a relative leads the sentence)
    pattern: new RegExp(
      String.raw`\bmy\s+\d+(?:st|nd|rd|th)\s+year\s+(?:on|in|with)\s+the\s+(?:job|force|police|department|pd)\b` +
        String.raw`|\b(?:retiring|retired|leaving|left)\s+after\s+\d+\s+(?:years?\s+|yrs?\s+)?(?:in|on|with)\s+the\s+(?:force|job|police|department)\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'job', 'uniform', 'play'), (m, c) => yearsOfSomeoneElse(m, c) || otherPersonLeads(m, c) || thirdPersonLeads(m, c)],
    examples: ['Celebrating my 50th today and my 25th year on the force.', 'Retiring after 30 in the force, stay in touch'],
  },
  {
    name: 'POLICE_BACKROOM',
    description: 'The police workplace\'s back rooms, where only its staff go: "Someone in the sally port left a bag of fast food to rot", "Somebody in the precinct locker room ate my lunch", "the printer in the report room"',
    // (issue 11, session 26: heldout-r/s, train-a/ac/c/f/r/s/u) "booked 3 in the last hour and the sally port smells like
    // a brewery", "3am and I'm in the station locker room eating cold pizza" (10 missed positives in 9 families, no
    // negative; not a visitor's, "Toured the precinct locker room on the open day"; a fire station's break room is the
    // other-service veto's, a jail's sally port the uniform veto's)
    pattern: new RegExp(String.raw`\b${oneOf(POLICE_BACKROOMS)}\b`, 'gi'),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [
      ...explainedBy('person', 'job', 'uniform', 'play', 'event'),
      (m, c) => OTHER_SERVICE.test(c.text) || SHOWN_AROUND.test(c.analysis.sentenceAround(m.index, m.index + m[0].length)),
    ],
    examples: [
      'Someone in the sally port left a bag of fast food to rot in the heat for three days.',
      'Somebody in the precinct locker room ate my lunch AGAIN.',
    ],
  },
  {
    name: 'POLICE_DO',
    description: 'The police workplace\'s own party or team, the author at it: "Station Christmas do last night", "the precinct Christmas party", "with the force rugby team"',
    // (issue 11, session 21: heldout-d/h/m, train-a/c/e/i/o/r/v/w/x) "Station Christmas do last night. Eleven pints",
    // "Lost my work phone at the station Christmas party", "Got so drunk at the precinct Christmas party", "Detachment
    // Christmas party tonight", "Team photo from the narcotics Christmas do", "Last night of the tour in Spain with the
    // force rugby team", "Signed up for the police rugby team" (not "Dad's police retirement party", "@kev_pct9 posted the
    // funniest video from the station Christmas party", "Sgt. Kowalski is the only reason the precinct holiday party
    // happened": another leads; nor a shift's, squad's, division's or neighbourhood watch's party, any team's; nor
    // "Sergeant Tuilagi coached the police rugby team"; a fire station's is the other-service veto)
    pattern: new RegExp(
      String.raw`\b${oneOf(POLICE_WORKPLACES)}(?:['’]s)?\s+${oneOf(PARTY_KINDS)}\s+${oneOf(PARTIES)}\b` +
        String.raw`|\b(?:with|for|on|in|joined)\s+(?:the|our|my)\s+(?:force|police)\s+${oneOf(POLICE_SPORTS)}\s+(?:team|side|club)\b` +
        // (issue 11, session 22: train-z) "Our force's charity golf day turned into a 9-hour bender"
        String.raw`|\b(?:our|my)\s+force['’]s\s+(?:charity\s+)?(?:golf\s+day|${oneOf(POLICE_SPORTS)}\s+(?:team|side|club))\b`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [
      ...explainedBy('person', 'job', 'uniform', 'play'),
      (m, c) => otherPersonLeads(m, c) || thirdPersonLeads(m, c) || OTHER_SERVICE.test(c.text),
    ],
    examples: [
      'Station Christmas do last night. Eleven pints and the Super had to put me in the taxi.',
      'Last night of the tour in Spain with the force rugby team.',
      "For the drugs squad's Christmas secret santa, send your wish list to my home email",
      "Our force's charity golf day turned into a 9-hour bender.",
    ],
  },
  {
    name: 'WE_BOOKED_FOR',
    description: 'a booking with no one named, for a crime named in the same sentence: "we booked tonight def did the Dixwell break-ins" (not "we booked tonight\'s gig", "flight booked")',
    // "dude we booked tonight def did the Dixwell break-ins lol" (user test 29, U29-20): a band "booked" a gig and a
    // trip is "booked", with no crime after it (last in the table, and not after its object: "the guy we booked last
    // night" is WORK_OBJECT_FIRST's)
    pattern: new RegExp(
      String.raw`(?<!\b${oneOf(BOOKED_OBJECTS)}\s+)\b(?:we|i)\s+(?:just\s+)?booked\s+(?:(?:him|her|them|one|a\s+guy|the\s+guy)\s+)?` +
        String.raw`${oneOf(BOOKED_WHEN)}\b(?![’']s)`,
      'gi',
    ),
    confidence: STRONG,
    span: fromFirstWord,
    vetoes: [...explainedBy('person', 'play'), (m, c) => !BOOKED_FOR_CRIME.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 60))],
    examples: ['dude we booked tonight def did the Dixwell break-ins lol'],
  },
];

/**
 * Someone else in the sentence whose service it may be: a partner, relative or friend.
 * e.g. "my husband is out on patrol", "my son wore the uniform", "on patrol tonight, praying for my hubby"
 * Not the shared relatives (src/detectors/vocab/relatives.ts): the veto asks only whether a relative is in the
 * sentence, not whose the cue is, and with "mum" and "nan" it dropped the author's own "My mum still worries every
 * time I go out on patrol" and "they handed me my warrant card, my nan cried". It takes the whole list once it reads
 * the cue's subject.
 */
const OTHER_PERSON =
  new RegExp(String.raw`\b(?:my|our)\s+${oneOf([
      'husband',
      'hubby',
      'wife',
      'wifey',
      'son',
      'daughter',
      'dad',
      'father',
      'mom',
      'mother',
      'brother',
      'sister',
      'boyfriend',
      'girlfriend',
      'fianc[eé]e?',
      'uncle',
      'aunt',
      'cousin',
      'friend',
      'neighbou?r',
      'grandpa',
      'grandfather',
      String.raw`step-?(?:dad|father|mom|mum|mother|son|daughter|brother|sister)`,
      'nephew',
      'niece',
      'grandson',
      'granddaughter',
      'kid',
      'kids',
      // (issue 11, session 21: heldout-n) "Son just started at the police academy… Can't believe my baby will be wearing a
      // uniform"
      'baby',
      'man',
      'guy',
      'boo',
    ])}\b`, 'i');

/** A relative who reports someone else's roll call: "my mum says Lt. Lindqvist told them at roll call". */
const REPORTED_BY_KIN = new RegExp(String.raw`\bmy\s+${oneOf(KIN)}\b`, 'i');

/**
 * A third person as the subject, read up to the cue: "he was on the job for 30 years", "He pulled a paid detail"
 * (but not "Okafor and I rode patrol, she's a rockstar", nor "they issued me badge 7781": the author is the one issued).
 */
const OTHER_PRONOUN = new RegExp(
  String.raw`^[^\p{L}]*(?:(?:and|but|so|then)\s+)?(?:he|she|they)\b(?!(?:\s+[\p{L}'’]+){1,3}\s+(?:me|us)\b)|\b(?:he|she|they)\s*${oneOf([
    "['’]s",
    'is',
    'was',
    'are',
    'were',
  ])}\b`,
  'iu',
);

/**
 * Police or another person as the subject right before the cue: "the cops transported him", "officers were working the
 * perimeter", "thank you to everyone working the holiday detail".
 */
const OTHER_SUBJECT =
  new RegExp(String.raw`\b${oneOf([
      'police',
      'cops',
      'officers?',
      'deputies',
      'deputy',
      'troopers?',
      'detectives?',
      'feds',
      'agents',
      'swat',
      'he',
      'she',
      'they',
      'him',
      'her',
      'them',
      'everyone',
      'everybody',
      'anyone',
      'those',
      'who',
      ...KIN,
    ])}\s+(?:just\s+|then\s+|had\s+|have\s+|has\s+|finally\s+|were\s+|was\s+|are\s+|is\s+|will\s+be\s+|been\s+)*$`, 'i');

/** A police family's post: "#policewife", "proud cop mom", "LEO family". */
const FAMILY_POST = new RegExp(
  String.raw`#?\b(?:police|cop|leo|blue\s?line)\s*${oneOf([...KIN, 'wives', 'family', 'fam', 'kid'])}\b` +
    // (issue 11, session 22: train-z) a spouse's proud moment: "Proud wife moment: he made it through his first year on
    // the job" (not a parent's: an officer's own child's news is often told beside their own work)
    // (session 23: train-w) or said plainly: "Not working today, just a proud wife."
    String.raw`|\bproud\s+${oneOf(['wife', 'husband', 'spouse', 'fianc[eé]e?'])}(?:\s+moment)?\b`,
  'i',
);

/** Uniforms and ranks that are not police ones: the military, fire, medicine, security, corrections, schools, teams. */
const OTHER_UNIFORM =
  new RegExp(String.raw`\b${oneOf([
      'army',
      'navy',
      // (not the police marine unit: "Transferred to the marine unit", "the marine policing unit")
      String.raw`marines?(?!\s+(?:unit|policing|section|support))`,
      String.raw`air\s+force`,
      'military',
      'soldiers?',
      'troops',
      'deployed',
      'deployment',
      'veterans?',
      String.raw`national\s+guard`,
      // the military reserves; not a police reserve officer, nor "the back roads out by the reserve"
      'reserves',
      String.raw`(?:army|navy|naval|military|marine|air\s+force)\s+reserve`,
      'usmc',
      'usaf',
      'airman',
      'sailor',
      'firefighters?',
      String.raw`fire\s+(?:department|dept|fighter|service)`,
      'ems',
      'paramedics?',
      'nurses?',
      'nursing',
      'hospital',
      'scrubs',
      String.raw`school(?!\s+resource)`,
      'jersey',
      'club',
      'scouts?',
      'band',
      'postal',
      'airline',
      'pilot',
      'chef',
      String.raw`mcdonald['’]?s`,
      'security',
      // (not "approved my report with zero corrections")
      String.raw`(?<!\b(?:zero|no|few|minor|\d+)\s)corrections`,
      'correctional',
      // a jail's or a probation service's staff; not a prisoner taken to the county jail, nor a suspect on parole
      String.raw`(?:jail|prison|probation|parole)\s+(?:officers?|guards?|staff|nurses?|service|wardens?)`,
      'petty',
      'company',
      'corporate',
      'board',
      String.raw`neighbou?rhood\s+watch`,
      'lifeguards?',
      'rangers?',
      'guards?',
      'border',
      String.raw`coast\s+guard`,
      'ski',
    ])}\b`, 'i');

/**
 * Services whose ranks and promotions look like police ones, anywhere in the post (a promotion step's veto): an army
 * in a hashtag ("#BritishArmy"), a lance corporal, a fire academy or fire station.
 */
const OTHER_SERVICE = /\w*army\b|\blance\s+corporal\b|\bfire\s*(?:academy|house|hall|station|crew|engine|truck|ground)\b|\bfirefight/i;

/** The author's own probation ended: "first week off probation", "finished my probation". */
const OWN_PROBATION = /\b(?:off|finished|passed|completed|through)\s+(?:my\s+)?probation\b/gi;

/** Another uniform in the cue's sentence, the author's own probation aside ("Finished my probation as a constable"). */
function otherUniformBesideProbation(m: RegExpExecArray, c: AuthorText): boolean {
  return OTHER_UNIFORM.test(c.analysis.sentenceAround(m.index, m.index + m[0].length).replace(/\bprobation\w*/gi, ''));
}

/** Games, shows and books, whose raids, warrants and interrogations are played or watched. */
const PLAY = fictionVeto(FICTION, CRIME_MEDIA, FICTION_LOOSE, STAGED);

/** The agency's open days, where the public sits in a patrol car and mingles with officers. */
const PUBLIC_EVENT = /\b(?:open\s+house|ride-?along|touch[- ]a[- ]truck|night\s+out|citizens['’]?\s+academy|field\s+trip|museum|coffee\s+with\s+a\s+cop)\b/i;

/** Badges that are not police ones. */
const OTHER_BADGE =
  new RegExp(String.raw`\b${oneOf([
      'conference',
      'convention',
      'con',
      'festival',
      'event',
      'expo',
      'summit',
      'lanyard',
      'name',
      'visitor',
      'attendee',
      'foursquare',
      'app',
      'game',
      'level',
      'achievement',
      'unlocked',
      'scout',
      'merit',
      'gym',
      String.raw`work\s+id`,
      'employee',
      'hospital',
      'nurse',
    ])}\b`, 'i');

/** An office pass handed in with the laptop: "my badge and laptop", "keycard", "lanyard". */
const WORK_PASS = /\b(?:laptop|keycard|key\s+card|swipe\s+card|lanyard|access\s+card|building\s+pass)\b/i;

/** Shared mailboxes at the agency's domain: anyone may give these out. */
const SHARED_MAILBOXES = [
  'records',
  'tips?',
  'tipline',
  'info',
  'community',
  'pio',
  'media',
  'press',
  'admin',
  'contact',
  'hr',
  'recruit(?:ing',
  'ment)?',
  'jobs',
  'careers',
  'noreply',
  'no-reply',
  'foia',
  'chief',
  'webmaster',
  'support',
  'help',
  'complaints',
  'ia',
  'training',
  'dispatch',
  'office',
  'frontdesk',
  String.raw`front\.desk`,
  'evidence',
  'property',
  'permits',
  'traffic',
  'volunteers?',
];

/** What the author cues need from the profile: the agency's names and cues, and the roster. */
export interface AuthorCueIndex {
  /** The agency's own names, which make a weak cue the author's ("Long shift. #HCPD"). */
  mention?: RegExp;
  /**
   * The strong cues that name the agency: "I'm a Riverside PD officer", "retiring from the Riverside Police
   * Department", "15 years with RPD", "Serving Riverside for 15 years" (the town is the agency's name without its
   * police words).
   */
  cues?: RegExp;
  roster: RosterIndex;
  /** The author cue rows, walked in order: the table, the agency's own cue, a colleague at roll call or the academy. */
  rows: CueRow<AuthorText>[];
}

/** id/self-affiliation's `prepare` (and part of id/coworker's): the author cues' per-profile patterns. */
export function prepareAuthorCues(profile: Profile, roster: RosterIndex = prepareRoster(profile)): AuthorCueIndex {
  const generic = new Set(HANDLE_DEPT_WORDS);
  const names = [...profile.agency.names, ...profile.agency.identifiers.filter((i) => i.length >= 3 && !generic.has(i.toLowerCase()))]
    .map((n) => escapeRegex(n).replace(/\s+/g, '\\s*'))
    .filter(Boolean);
  const places = profile.agency.names
    .map((n) => n.replace(/\b(?:police|department|dept|pd|sheriff['’]?s?|office|service|constabulary|force)\b/gi, '').trim())
    .filter((n) => n.length >= 3 && !/^[A-Z0-9]+$/.test(n))
    .map((n) => escapeRegex(n).replace(/\s+/g, '\\s+'));
  const agency = names.join('|');
  const town = [...new Set(places)].join('|');
  const domains = profile.agency.email_domains.map((d) => escapeRegex(d.replace(/^@/, ''))).filter(Boolean);
  const parts = agencyCueSources(agency, town, domains);
  const agencyCues = parts.length ? new RegExp(parts.join('|'), 'gi') : undefined;
  const agencyRow: CueRow<AuthorText>[] = agencyCues
    ? [{ ...AGENCY_CUE, pattern: agencyCues, confidence: STRONG, span: fromFirstWord, vetoes: explainedBy('person', 'event') }]
    : [];
  return {
    mention: agency ? new RegExp(String.raw`(?<![\w])#?(?:${agency})(?![\w])`, 'i') : undefined,
    cues: agencyCues,
    roster,
    rows: [...cues, ...agencyRow, ...COLLEAGUE_ROWS],
  };
}

/** Any agency, town or mail domain: the agency cues' own words are what the prefilter keys on. */
const SOME_NAME = String.raw`\p{Lu}[\p{L}.-]*`;
/** The agency cues with a stand-in for the profile's names: their fixed words generate the prefilter keywords. */
const AGENCY_CUE_SHAPES = agencyCueSources(SOME_NAME, SOME_NAME, [SOME_NAME]).map((p) => new RegExp(p, 'giu'));

/** The regex sources of the cues that name the agency (`agency`, `town`: alternations; `domains`: mail domains). */
function agencyCueSources(agency: string, town: string, domains: string[]): string[] {
  const parts: string[] = [];
  if (agency) {
    parts.push(
      String.raw`\bi['’]?m\s+(?:a|an)\s+(?:${agency})\s+(?:officer|cop|detective|deputy|sergeant|lieutenant|trooper)\b`,
      String.raw`\b(?:retir(?:e|ed|ing)|resign(?:ed|ing))\s+from\s+(?:the\s+)?(?:${agency})\b`,
      String.raw`\b(?:i|we)\s+(?:work|serve)\s+(?:for|with|at|in)\s+(?:the\s+)?(?:${agency})\b`,
      String.raw`\b(?:\d+|\w+)\s+(?:years?|yrs?)\s+(?:with|at|in)\s+(?:the\s+)?(?:${agency})\b`,
      String.raw`${START}(?:just\s+|finally\s+|officially\s+)?joined\s+(?:the\s+)?(?:${agency})\b`,
    );
  }
  // A command of the agency: "the 5th pct", "the 71st precinct", "HCPD" (not "the 5th district", a ward or a league).
  const command = String.raw`(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s*(?:pct|precinct)${agency ? `|${agency}` : ''})`;
  parts.push(
    // "Anyone else at the 5th pct want in?", "anybody from the 71st precinct going", "who else at HCPD remembers"
    // (a verb or the end after the command: not "anyone else from HCPD fans club")
    String.raw`\b${oneOf([
        'any(?:one|body)',
        'who',
        'everyone',
        'everybody',
        String.raw`y['’]?all`,
        String.raw`all\s+of\s+you`,
      ])}\s+(?:else\s+)?(?:at|in|from|over\s+at)\s+${command}(?=\s*[,.!?]|\s*$|\s+${oneOf([
        'want',
        'wanna',
        'going',
        'gonna',
        'is',
        'are',
        'was',
        'were',
        'coming',
        'headed',
        'know',
        'knows',
        'need',
        'needs',
        'got',
        'have',
        'has',
        'had',
        'doing',
        'do',
        'did',
        'still',
        'working',
        'work',
        'on',
        'at',
        'in',
        'who',
        'that',
        'this',
        'today',
        'tonight',
        'ever',
        'hear',
        'heard',
        'see',
        'seen',
        'remember',
        'up',
        'free',
        'around',
      ])}\b)`,
    // "transferred to the 5th pct", "just got assigned to the 71st precinct", "back at the 5th on Monday"
    String.raw`\b(?:transferr?(?:ed|ing)|reassigned|assigned|moving|moved|posted)\s+(?:back\s+)?(?:to|from)\s+${command}(?=\s|[,.!?]|$)`,
  );
  if (agency) {
    parts.push(
      // Being at a command, in the first person or with the subject left out: "my first week at Harbor City PD",
      // "started at the 5th pct in 2009", "we at the 5th precinct raised $4k", "leaving the 5th pct after 12 years"
      String.raw`\bmy\s+(?:first|last|\d+(?:st|nd|rd|th))\s+${oneOf([
          'day',
          'week',
          'month',
          'year',
          'shift',
          'tour',
        ])}\s+(?:at|with|in)\s+${command}(?=\s|[,.!?]|$)`,
      String.raw`(?:\b(?:i|we)\s+|(?:^|[.!?\n]\s*))${oneOf([
          'started',
          'start',
          'began',
          'work',
          'worked',
          'serve',
          'served',
        ])}\s+(?:at|with|in|for)\s+${command}(?=\s|[,.!?]|$)`,
      String.raw`\b(?:we|us)\s+(?:here\s+)?(?:at|in)\s+${command}(?=\s|[,.!?]|$)`,
      String.raw`\b(?:leaving|left|leave)\s+${command}\s+after\s+(?:\d+|\w+)\s+(?:years?|yrs?)\b`,
      // "proud member of HCPD", "I'm a member of the Harbor City Police Department", "proud to serve with HCPD" (not
      // "proud to work with HCPD on the youth league": partners work with the agency)
      String.raw`\b(?:proud|proudly|i['’]?m\s+a|i\s+am\s+a|as\s+a)\s+member\s+of\s+(?:the\s+)?(?:${agency})\b`,
      String.raw`\b(?:proud|honou?red|blessed|privileged|grateful|lucky)\s+to\s+serve\s+(?:with|in|on)\s+(?:the\s+)?(?:${agency})\b`,
    );
  }
  if (domains.length) {
    // The author's own address at the agency: "email my work address t.nguyen@riversidepd.gov", "reach me at
    // jsmith@riversidepd.gov" (not a shared mailbox: records@, tips@, community@)
    parts.push(
      String.raw`\b(?:my|me\s+at|me\s+on|reach\s+me|contact\s+me|email\s+me|e-mail\s+me)\b[^.!?\n@]{0,40}?(?<![\w.+-])(?!${oneOf(SHARED_MAILBOXES)}@)[\w.+-]+@(?:${domains.join('|')})\b`,
    );
  }
  if (town) {
    parts.push(
      String.raw`\b(?:serv(?:ed|ing)|protect(?:ed|ing)|patroll(?:ed|ing))\s+(?:and\s+protect(?:ed|ing)\s+)?(?:the\s+${oneOf([
          'city',
          'town',
          'county',
          'people',
          'citizens',
          'residents',
          'streets',
          'community',
        ])}\s+of\s+)?(?:${town})\s+for\s+(?:\d+|\w+)\s+(?:years?|yrs?)\b`,
    );
  }
  return parts;
}

/** A person's name right before a cue, as its subject: "Sam Perrault just ", "congrats to Renee, she finally ". */
const NAMED_SUBJECT = new RegExp(String.raw`(?:^|[.!?\n,;:]\s*|\b${oneOf([
    'and',
    'but',
    'so',
    'congrats',
    'congratulations',
    'shoutout',
    String.raw`shout\s+out`,
  ])}\s+)(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}[\p{Ll}'’-]+))?\s+(?:${oneOf([
    'just',
    'finally',
    'officially',
    'has',
    'had',
    'have',
    'was',
    'is',
    'got',
    'now',
  ])}\s+)*$`, 'u');
function namedSubject(beforeCue: string): boolean {
  const m = NAMED_SUBJECT.exec(beforeCue);
  if (!m) return false;
  // "Me and Hannah Okafor on bike patrol": the author is in the subject too.
  if (/^(?:and|&)\b/i.test(m[0].trimStart()) && /\b(?:me|myself|i)\s*$/i.test(beforeCue.slice(0, m.index))) return false;
  return isPersonName(m[1]) || (!!m[2] && isPersonName(m[2]));
}

/** A greeting that puts a third party first: "congrats to", "happy retirement", "shout out to". */
const GREETING = oneOf([
  'congrats',
  'congratulations',
  'happy',
  String.raw`shout\s*out`,
  'thanks',
  String.raw`thank\s+you`,
  String.raw`welcome\s+back`,
  // (issue 11, session 24: train-ab) "Good luck to L. Ortega on the sergeant's exam Thursday!"
  String.raw`good\s+luck`,
  String.raw`best\s+of\s+luck`,
]);
// (and what is wished: "Happy retirement Trooper Jim Banks, 30 years on the highway patrol")
const GREETING_FIRST = new RegExp(String.raw`^[^\p{L}@]*${GREETING}\s+(?:(?:retirement|birthday|anniversary|promotion)\s+)?(?:to\s+)?`, 'iu');
/** A ranked name written as one, first in the sentence: "Sgt. Kowalski stopped", "Deputy Marcus Webb is" (not "Sergeant asked"). */
const RANKED_FIRST = new RegExp(String.raw`^[^\p{L}@]*${TITLES}\.?\s+\p{Lu}\p{Ll}`, 'u');
/** A handle greeted: "@tbecker happy 10 years", "congrats @dana_k on 15 years" (not "@tbecker nice collar, the sarge ..."). */
const HANDLE_GREETED = new RegExp(String.raw`^[^\p{L}@]*(?:${GREETING}\s+(?:to\s+)?@[\w.]+|@[\w.]+[,:]?\s+${GREETING})`, 'iu');
/**
 * A full name greeted, then a comma: "Happy retirement Luis Ortega, no more night tours for you!" (issue 11, train-z);
 * or a name or an initial and surname, then the occasion: "Good luck to L. Ortega on the sergeant's exam" (session 24).
 */
const NAME_GREETED = /^(?:\p{Lu}\p{Ll}+|\p{Lu}\.)\s+\p{Lu}[\p{Ll}'’-]+(?:\s*[,!]|\s+on\b)/u;
/** The author in the sentence: "I", "me", "we", "us", "our", "my" (not "my mum": a relative is someone else). */
const FIRST_PERSON = new RegExp(String.raw`\b(?:i|me|we|us|myself|our|my(?!\s+${oneOf(KIN)}\b))\b`, 'i');

/**
 * A third party leads the sentence as the one the cue is about, and the author is not in it.
 * e.g. "@tbecker happy 10 years on the force", "Congrats to Deputy Chief Hale on 30 years with the department",
 * "Sgt. Kowalski stopped to help my mum while on patrol" (not "Sgt. Hale and I on patrol", "Lt. Park signed off my qual")
 */
function thirdPartyLead(lead: string, evidence: string): boolean {
  if (FIRST_PERSON.test(lead) || FIRST_PERSON.test(evidence)) return false;
  return (
    HANDLE_GREETED.test(lead) ||
    RANKED_FIRST.test(lead.replace(GREETING_FIRST, '')) ||
    (GREETING_FIRST.test(lead) && NAME_GREETED.test(lead.replace(GREETING_FIRST, ''))) ||
    POLICE_LEAD.test(lead) ||
    HANDLE_LEAD.test(lead)
  );
}

/**
 * A handle leads the sentence as the subject of a verb: "@mikeR_runs smashed the half marathon, on patrol or off he's the
 * fastest" (not one addressed: "@tbecker bro you left your duty belt in my car", "@tbecker nice collar last night").
 */
const HANDLE_LEAD = /^[^\p{L}@]*@[\w.]+\s+(?:just\s+|finally\s+)?(?:\p{Ll}+ed|is|was|has|had|got|made|did|won|ran)\b(?![^.!?]*\byou)/u;

/** A relative or friend before the cue in its sentence, the author not: "my husband's been partnered with Officer Tanaka". */
function otherPersonLeads(m: RegExpExecArray, c: AuthorText): boolean {
  const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
  const at = c.text.lastIndexOf(sentence.slice(0, 20), m.index);
  const lead = at >= 0 ? c.text.slice(at, m.index) : '';
  return OTHER_PERSON.test(lead) && !/\b(?:i|me|we|us)\b/i.test(lead);
}

/** A shift or job at another workplace in the sentence: "My shift at the warehouse starts after roll call". */
const WORK_AT = /\b(?:shift|job|work(?:ing)?)\s+(?:at|in)\s+(?:the|a|an)\b/i;
function shiftElsewhere(sentence: string): boolean {
  return WORK_AT.test(sentence) && OTHER_JOB.test(sentence);
}

/** Police in the news lead the sentence: "a police officer in Ohio was injured during a traffic stop last night". */
const POLICE_LEAD = new RegExp(
  String.raw`^[^\p{L}]*(?:a|an|the|two|three|\d+)\s+(?:\p{L}+\s+)?${oneOf([String.raw`police\s+officers?`, 'officers?', 'cops?', 'troopers?', 'deputy', 'deputies', 'constables?'])}\b`,
  'iu',
);

/** A third person's possessive right before the cue: "his first overnight tour", "her night shift". */
const OTHER_POSSESSIVE = /\b(?:his|her|their)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** The cue in what a thank-you is addressed to: "thanks to Inspector Kaur and the ", "shout out to the ". */
const THANKED_BEFORE = /\b(?:thanks|thank\s+you|shout\s*-?\s*outs?|kudos)\s+to\s+[^.!?,;:]*$/i;

/** Words that make a workplace the author's own: "my shift at the hospital", "ten years at the post office". One item a line. */
const WORKED_AT = [
  'shifts?',
  'jobs?',
  String.raw`work(?:s|ed|ing)?`,
  'nights',
  'days',
  'lates',
  'earlies',
  'doubles?',
  'overtime',
  'placement',
  'internship',
  'rota',
  'stint',
  String.raw`volunteer(?:s|ed|ing)?`,
  'employed',
  'hired',
  'years?',
  'months?',
  'weeks?',
];
/** Another workplace as the author's: a work word before it, "as a"/"I'm a" before a worker, or "my" before it. */
const OWN_OTHER_WORKPLACE = new RegExp(
  String.raw`\b${oneOf(WORKED_AT)}\s+(?:at|in|on|for)\s+(?:(?:the|a|an|my|our|this|that)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,2}${oneOf(OTHER_WORKPLACES)}\b`,
  'iu',
);
const OTHER_WORKER = new RegExp(String.raw`\b${oneOf(OTHER_WORKERS)}\b`, 'i');
/** The cue's own workplace right after it: "Sarge at the boxing gym", "my probation period at the bank". */
const PLACE_AFTER_CUE = new RegExp(
  String.raw`^\s*(?:[\p{L}\p{N}'’"”-]+\s+){0,2}(?:at|in)\s+(?:(?:the|a|an|my|our)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,2}${oneOf(OTHER_WORKPLACES)}\b`,
  'iu',
);
/** A sports or gym coach: 'Gym coach "Sarge"', 'Coach "Sarge" and the softball team'. */
const COACHED_SPORTS = [
  'gym',
  'boxing',
  'softball',
  'football',
  'soccer',
  'baseball',
  'basketball',
  'rugby',
  'hockey',
  String.raw`swim(?:ming)?`,
  'dance',
  'fitness',
];
const COACH = new RegExp(String.raw`\b(?:${oneOf(COACHED_SPORTS)}\s+coach|coach\s+["“'‘])`, 'i');
/**
 * Another job in the sentence (issue 11, session 23): a worker ("nurse", "paramedic", "traffic warden") anywhere, but a
 * place only as the author's workplace ("my shift at the hospital"): police go to schools, shops, bars and hospitals
 * ("a school talk in uniform", "the bar fight I responded to", "guarding a prisoner at the hospital"). The old test,
 * any workplace word in the sentence, took 110 police posts for 227 others on the development sets.
 */
function otherJob(sentence: string, evidence: string): boolean {
  if (OTHER_WORKER.test(sentence) || OWN_OTHER_WORKPLACE.test(sentence) || COACH.test(sentence)) return true;
  const at = sentence.indexOf(evidence);
  return at >= 0 && PLACE_AFTER_CUE.test(sentence.slice(at + evidence.length));
}

/** Whether something in the cue's sentence explains it away (another person, job, uniform or badge). */
function vetoed(
  vetoes: Veto[],
  sentence: string,
  evidence: string,
  familyPost: boolean,
  upToCue: string,
  beforeCue: string,
  post = upToCue,
): boolean {
  // The subject comes before the cue: "she's a rockstar" after "Okafor and I rode patrol" is a compliment. The
  // sentence is found in the post where it can be: a cue ending within the sentence's first 20 characters ("Guy we
  // nicked last week turns out he's wanted") left no 20-character probe in upToCue, and the whole sentence, what
  // follows the cue included, was read as the lead (issue 11, session 20).
  const inPost = sentence.length ? post.lastIndexOf(sentence, upToCue.length) : -1;
  const sentenceStart = inPost >= 0 ? inPost : sentence.length ? upToCue.lastIndexOf(sentence.slice(0, 20)) : -1;
  const lead = sentenceStart >= 0 ? upToCue.slice(sentenceStart) : sentence;
  for (const v of vetoes) {
    // A cue with the author in it ("issued me badge 6620", "I got assigned") stays theirs beside a relative.
    const authorInCue = /\b(?:i|me)\b/i.test(evidence);
    if (v === 'person' && (familyPost || (!authorInCue && OTHER_PERSON.test(sentence)) || OTHER_PRONOUN.test(lead))) return true;
    // "they issued me badge 7781": the author is the object, and still the one it is about.
    if (v === 'person' && OTHER_SUBJECT.test(beforeCue) && !/\b(?:me|us)\b/i.test(evidence)) return true;
    // A named person is the subject: "Sam Perrault just got assigned to the K9 unit" is their news, not the author's.
    if (v === 'person' && !/\b(?:i|me|us|my|we)\b/i.test(evidence) && namedSubject(beforeCue)) return true;
    if (v === 'person' && thirdPartyLead(lead, evidence)) return true;
    // Someone else's, told by a writer nowhere in the post: "a sign for their dad after his first overnight tour".
    if (v === 'person' && OTHER_POSSESSIVE.test(beforeCue) && !FIRST_PERSON.test(post)) return true;
    // A ranked officer and their team thanked by a writer nowhere in the post: "Big thanks to Inspector Kaur and the
    // neighbourhood policing team for clearing up the park" (not "Thanks to the night shift crew for the cake").
    if (v === 'person' && RANKED_NAME.test(THANKED_BEFORE.exec(beforeCue)?.[0] ?? '') && !FIRST_PERSON.test(post)) return true;
    if (v === 'job' && otherJob(sentence, evidence)) return true;
    // (the author's own probation is no other uniform: "first week off probation, my own patrol car")
    if (v === 'uniform' && OTHER_UNIFORM.test(sentence.replace(OWN_PROBATION, ''))) return true;
    // Another workplace's pass is a badge: the author's own shield ("my shield number got left behind the bar") is
    // a police one whatever workplace the sentence names.
    const ownShield = /\bmy\s+(?:\w+\s+)?shield\b/i.test(evidence);
    if (v === 'badge' && /badge|shield/i.test(evidence) && (OTHER_BADGE.test(sentence) || (!ownShield && (OTHER_JOB.test(sentence) || WORK_PASS.test(sentence))))) return true;
    if ((v === 'play' || v === 'event') && PUBLIC_EVENT.test(sentence)) return true;
    if (v === 'play' && PLAY.test(sentence)) return true;
    // a post that says a police or detective game is being played: "Finished the police sim game. Wrote 400 parking
    // tickets and arrested one guy" (the game is in another sentence than the cue)
    if (v === 'play' && GAME_PLAYED.test(post)) return true;
  }
  return false;
}

/** Words before a roster mention that put the author beside them: "me and ", "rode with ", "worked alongside ". */
const COLLEAGUE_BEFORE = new RegExp(String.raw`\b(?:(?:me|myself)\s+(?:and|&)|${oneOf([
    'shifts?',
    'nightshift',
    'dayshift',
    'nights',
    'earlies',
    'lates',
    'patrol',
    'tour',
    'obs',
    'obbo',
    'van',
    'car',
    'cruiser',
  ])}\s+(?:again\s+|today\s+|tonight\s+)?with|${oneOf([
    'rode',
    'riding',
    'ride',
    'worked',
    'working',
    'paired',
    'partnered',
    String.raw`teamed\s+up`,
  ])}\s+(?:\w+\s+)?with|alongside)\s+$`, 'i');
/** Words after a roster mention that put the author beside them: " and I". */
const COLLEAGUE_AFTER = /^\s+(?:and|&)\s+(?:i|me)\b/i;

// A colleague at the author's roll call or briefing: "Lt. Lindqvist brought donuts to roll call"
const ROLL_CALL = new RegExp(String.raw`(?<!\b${oneOf([
    'press',
    'news',
    'media',
    'public',
    'budget',
    'council',
    'community',
    'safety',
    // a street parade, not the UK's roll call: "the rodeo parade", "the Memorial Day parade"
    'rodeo',
    'day',
    'pride',
    'christmas',
    'holiday',
    'homecoming',
    'carnival',
  ])}\s+)\b(?:roll\s+call|briefing|muster|parade)\b(?!\s+(?:votes?|of|room\s+rental|route|floats?)\b)`, 'gi');
// Academy days with a colleague: "throwback to academy days with @renee_w", "at the academy together"
const ACADEMY = new RegExp(String.raw`${oneOf([
    String.raw`(?<!\b${oneOf([
      'military',
      'naval',
      String.raw`air\s+force`,
      'dance',
      'film',
      'art',
      'football',
      'soccer',
      'tennis',
      'baseball',
      String.raw`coast\s+guard`,
      'fire',
      String.raw`citizens['’]?`,
    ])}\s+)\b(?:police\s+)?academy\s+${oneOf([
      'days',
      'class(?:mates?)?',
      'buddies',
      'friends',
      'years',
      'days',
      'memories',
      'graduation',
      'grads?',
      'group',
      'squad',
      'roommates?',
    ])}\b(?!\s+awards?\b)`,
    String.raw`\b(?:at|from|in|through)\s+the\s+(?:police\s+)?academy\s+(?:together|with)\b`,
  ])}`, 'gi');

/** What a colleague covers for the author: "covered my shift", "covering my paperwork". One item a line. */
const COVERED_WORK = [
  'shift',
  'tour',
  'paperwork',
  'caseload',
  'cases',
  'calls',
  String.raw`court\s+date`,
  String.raw`court\s+duty`,
  'stakeout',
  'obbo',
];
/** When the covered work falls: "covering my Saturday tour", "covered my whole shift". One item a line. */
const COVERED_WHEN = [
  'whole',
  ...WEEKDAYS,
  'weekend',
  'night',
  'late',
  'early',
  'next',
];
/** Police work a colleague assists on: "for the assist on the stakeout". One item a line. */
const ASSISTED_WORK = [
  'stakeout',
  'arrest',
  'collar',
  'raid',
  'warrant',
  'obbo',
  String.raw`foot\s+chase`,
  'pursuit',
];
/** A police crew's betting pool: "the stakeout pool", "the academy pool". One item a line. */
const CREW_POOLS = [
  'stakeout',
  'academy',
  'precinct',
  'relief',
  'nick',
  'shift',
];
/**
 * A named or ranked colleague covering for the author, assisting them, or owing them from the crew's pool (issue 11,
 * session 21: heldout-h/l/n, train-v/w): "Ortega from narcotics is covering my shift next Thursday", "Covering
 * Ortega's caseload this week", "Shoutout to Detective L. Ortega for the assist on the stakeout", "Ortega owes me $20
 * from the stakeout pool", "@lortega you still owe me twenty bucks from the academy pool", "from the precinct fantasy
 * league", "Swapped shifts with Officer Dunne", "for covering my court duty" (train-y). Read only beside a roster
 * member or a ranked name (colleagueRow's first veto): not "Jen covered my shift at the café".
 */
const COLLEAGUE_FAVOUR = new RegExp(
  String.raw`\b(?:covered|covering|cover|covers)\s+(?:(?:my|our|his|her)\s+(?:${oneOf(COVERED_WHEN)}\s+)?|(?:${TITLES}\.?\s+)?[\p{Lu}][\p{L}'’-]+['’]s\s+)${oneOf(COVERED_WORK)}\b` +
    String.raw`|\bfor\s+the\s+assist\s+(?:on|at|with)\s+(?:the|that|our|my|last\s+night['’]s|today['’]s)\s+${oneOf(ASSISTED_WORK)}\b` +
    String.raw`|\bswapped\s+(?:shifts|(?:a|my)\s+shift|nights|days|earlies|lates)\s+with\b(?:\s+me\b)?` +
    String.raw`|\bowes?\s+me\s+[^.!?\n]{0,25}?\bfrom\s+the\s+${oneOf(CREW_POOLS)}\s+(?:pool|sweep|bet|poker|fantasy\s+league)\b`,
  'giu',
);

/** The cues in a post that its author is police: `strong` ones suffice alone, `weak` ones need company. */
export interface AuthorCues {
  strong: Match[];
  weak: Match[];
  company: Match[];
}

/**
 * The post's author cues, found once per post and shared by id/self-affiliation and id/coworker (which reads the
 * strong ones to tell a colleague's praise from a fan's).
 */
export function authorCuesOf(analysis: TextAnalysis, index: AuthorCueIndex): AuthorCues {
  return analysis.shared(authorCues, () => authorCues(analysis, index));
}

function authorCues(analysis: TextAnalysis, index: AuthorCueIndex): AuthorCues {
  const { text } = analysis;
  const familyPost = FAMILY_POST.test(text);
  const made = walkCues(index.rows, { text, analysis, familyPost, roster: index.roster, reach: analysis.reach });
  const strong = made.filter((m) => m.confidence === STRONG);
  const weak = made.filter((m) => m.confidence !== STRONG);
  const company: Match[] = [];
  // Out with a roster member: "me and Perrault", "Hannah Okafor and I", "rode with Sam Perrault". The roster are
  // police, but friends go out with police too (even to the agency's fun run): only another weak cue confirms it.
  for (const m of rosterMentions(analysis, index.roster)) {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = COLLEAGUE_AFTER.exec(text.slice(m.end, m.end + 20));
    const span = COLLEAGUE_BEFORE.exec(before);
    if (span) company.push({ start: m.start - span[0].length, end: m.end, confidence: 0.5, pattern: ROSTER_COMPANY.name });
    else if (after) company.push({ start: m.start, end: m.end + after[0].length, confidence: 0.5, pattern: ROSTER_COMPANY.name });
  }
  return { strong, weak, company };
}

/**
 * A colleague at the author's roll call or briefing ("Lt. Lindqvist brought donuts to roll call", "Renee ran the
 * briefing again"; not a "press briefing" or a "roll call vote"), or academy days with a roster member or ranked
 * colleague ("throwback to academy days with @renee_w", "Sgt. Whitfield and I were academy classmates").
 */
function colleagueRow(name: string, description: string, pattern: RegExp, needsCompany: boolean, examples: string[]): CueRow<AuthorText> {
  return {
    name,
    description,
    pattern,
    confidence: STRONG,
    vetoes: [
      (m, c) => {
        const start = m.index;
        const end = start + m[0].length;
        // A window, not the sentence: the dots of "Lt." and "Sgt." end no sentence.
        const from = Math.max(0, start - 80);
        const to = Math.min(c.text.length, end + 60);
        return !rosterMentions(c.analysis, c.roster).some((r) => r.start >= from && r.end <= to) && !RANKED_NAME.test(c.text.slice(from, to).replace(PET_NAMED, ''));
      },
      (m, c) => {
        const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
        // The author in the cue ("swapped nights with me so I could make my sister's wedding", "covering my shift"):
        // a relative later in the sentence is the author's, not the teller of someone else's news.
        if (!needsCompany && /\b(?:me|my)\b/i.test(m[0])) return c.familyPost;
        // Someone else's roll call, reported: "my mate says Lt. Lindqvist told them at roll call".
        if (!needsCompany && (/\b(?:says|told\s+(?:them|him|her)|heard\s+(?:that|from)|according\s+to|my\s+(?:mate|buddy|pal))\b/i.test(sentence) || REPORTED_BY_KIN.test(sentence))) return true;
        if (needsCompany && !/\b(?:with|and\s+i|me\s+and|together|classmates?|same\s+class|we|us|our)\b/i.test(sentence)) return true;
        // Not the 'person' veto: "her slippers" after "Sgt. Whitfield ran the briefing" is the colleague's; a relative
        // ("my husband's lieutenant at roll call") or a police-family post still is.
        return c.familyPost || OTHER_PERSON.test(sentence);
      },
      (m, c) => {
        const start = m.index;
        const end = start + m[0].length;
        return vetoed(['play', 'event'], c.analysis.sentenceAround(start, end), c.text.slice(start, end), c.familyPost, c.text.slice(0, end), c.text.slice(0, start));
      },
    ],
    examples,
  };
}

/** The cues named in code rather than in the table (the agency's own names come from the profile). */
const AGENCY_CUE = {
  name: 'AGENCY',
  description: 'the agency named as the author\'s own: "retiring from the Harbor City Police Department", "proud member of HCPD"',
  examples: ['retiring from the Harbor City Police Department'],
};
const ROSTER_COMPANY = { name: 'ROSTER_COMPANY', description: 'out with a roster member: "me and Perrault", "rode with Sam Perrault" (weak: friends go out with police too)' };
const POLICE_WORK_BESIDE = {
  name: 'POLICE_WORK_BESIDE',
  description: 'police work beside a weak cue: "my shift sergeant ... the suspect", "Coffee, vest, radio, go. #nightshift" (never alone)',
};

/**
 * Police work that corroborates a weak cue elsewhere in the post (issue 11): the suspect, custody, the cells, a traffic
 * stop, the radio, the scene, the victim. Never a cue alone ("the suspect is in custody" is news), one item a line.
 */
const POLICE_WORK_WORDS = [
  String.raw`(?:the|our|a|my|his|her|their)\s+suspects?`,
  String.raw`suspect['’]s`,
  'custody',
  String.raw`the\s+cells`,
  String.raw`traffic\s+stops?`,
  String.raw`briefing\s+room`,
  'surveillance',
  String.raw`stake-?outs?`,
  String.raw`body\s?cams?`,
  String.raw`a\s+domestic\b(?!\s+(?:flight|abuse|violence))`,
  'domestics',
  String.raw`a\s+fatal`,
  'cid',
  'perps?',
  '(?:hand)?cuffs',
  'cuffed',
  String.raw`(?:a|the|search|arrest|bench)\s+warrants?`,
  String.raw`warrants\s+(?:out|for)`,
  // (not "FPD just arrested X": news; "cardiac arrest")
  String.raw`(?<!(?:cardiac|respiratory)\s)arrest(?:s|ing)?`,
  String.raw`(?:i|we)\s+(?:just\s+)?arrested`,
  String.raw`arrested\s+by\s+(?:me|us)`,
  'prisoners?',
  String.raw`booked\s+(?:him|her|them|in)`,
  String.raw`crime\s+scenes?`,
  String.raw`evidence\s+(?:bags?|room|locker)`,
  String.raw`(?:on|at|the)\s+scene`,
  String.raw`the\s+victim(?:['’]?s)?`,
  'sarge',
  'sergeant',
  'k-?9',
  'swat',
  ...POLICE_CARS,
  String.raw`the\s+force`,
  'precinct',
  'pct',
  String.raw`ticket\s+books?`,
  String.raw`breath\s+tests?`,
  String.raw`sally\s+port`,
  String.raw`mug\s?shots?`,
  String.raw`(?<!\b(?:on|to)\s)(?:my|the)\s+radio(?!\s+(?:station|show|host|dj|interview|ads?)\b)`,
  String.raw`(?<!\b(?:ski|beach|neighbou?rhood|safety|snack|border)\s)patrol(?:s|ling|led)?(?!\s+cars?\b)`,
  String.raw`(?:stab|ballistic|tactical|kevlar|body)\s+vests?`,
  String.raw`the\s+vest`,
  String.raw`the\s+station(?!\s+(?:wagon|platform))`,
  'shifts?',
];
const POLICE_WORK = new RegExp(String.raw`\b${oneOf(POLICE_WORK_WORDS)}\b`, 'gi');
/** A dispatcher or a call centre: the radio, the calls and the shifts are theirs. */
const DISPATCH_OR_CALLS = /\b(?:dispatchers?|call\s+(?:centre|center))\b/i;

/**
 * The police work words beside the weak cues, outside them, in a post not about another job or uniform, a relative,
 * a show or a dispatcher (see `POLICE_WORK_WORDS`).
 */
function policeWorkBeside(text: string, cues: readonly Match[]): Match[] {
  if (!cues.length || OTHER_JOB.test(text) || OTHER_UNIFORM.test(text) || OTHER_PERSON.test(text) || FAMILY_POST.test(text)) return [];
  if (PLAY.test(text) || DISPATCH_OR_CALLS.test(text)) return [];
  return [...text.matchAll(POLICE_WORK)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, confidence: WEAK, pattern: POLICE_WORK_BESIDE.name }))
    .filter((w) => !cues.some((c) => w.start < c.end && c.start < w.end));
}
/**
 * A named or ranked colleague on the author's watch, relief or shift, or at its do (issue 11, session 22: heldout-o,
 * train-y/z): "Ortega's back on our watch from Monday", "Ortega's back on days with us", "drank me under the table at
 * the squad do". Read only beside a roster member or a ranked name (colleagueRow's first veto): a squad's or shift's
 * party alone is any workplace's (POLICE_DO leaves it out).
 */
const ON_OUR_WATCH = new RegExp(
  String.raw`\b(?:back\s+on|joining|joined|joins|moved\s+to|moving\s+to|transferred\s+to|on)\s+our\s+(?:watch|relief|shift)\b` +
    String.raw`|\bon\s+(?:days|nights|lates|earlies)\s+with\s+(?:us|me)\b` +
    String.raw`|\b(?:after|before|during)\s+our\s+(?:(?:night|late|early|day|double)\s+)?shift\b` +
    String.raw`|\b(?:the|our)\s+(?:squad|watch|relief|shift)(?:['’]s)?\s+(?:christmas\s+)?(?:do|party|night\s+out|piss-?up)\b`,
  'gi',
);
const COLLEAGUE_ROWS = [
  colleagueRow(
    'COLLEAGUE_ON_OUR_WATCH',
    'a named or ranked colleague on the author\'s watch, relief or shift, or at its do: "Ortega\'s back on our watch from Monday"',
    ON_OUR_WATCH,
    false,
    ["Lindqvist's back on our watch from Monday. Lock up your biscuits.", 'Delgado drank me under the table at the squad do, again.'],
  ),
  colleagueRow(
    'COLLEAGUE_ROLL_CALL',
    'a named or ranked colleague at the author\'s roll call or briefing: "Lt. Lindqvist brought donuts to roll call"',
    ROLL_CALL,
    false,
    ['Capt. Moreau read out the new rosters at briefing and everyone groaned.'],
  ),
  colleagueRow(
    'ACADEMY_COLLEAGUE',
    'academy days with a roster member or ranked colleague: "Sgt. Whitfield and I were academy classmates"',
    ACADEMY,
    true,
    ['Academy days with Renee Whitfield, what a pair of rookies.'],
  ),
  colleagueRow(
    'COLLEAGUE_FAVOUR',
    'a named or ranked colleague covering the author\'s shift or caseload, assisting on their stakeout, or owing them from the crew\'s pool: "Ortega is covering my shift next Thursday"',
    COLLEAGUE_FAVOUR,
    false,
    ["Covering Sgt. Whitfield's caseload this week, pray for me.", 'Det. Morales owes me $20 from the stakeout pool. Pay up.'],
  ),
];

/** Police roles an actor plays: "playing a desk sergeant". */
const ROLES_PLAYED = ['cop', 'detective', 'officer', 'sergeant', 'constable', 'deputy', 'policeman', 'policewoman', 'inspector'];

/**
 * Jobs that sound like police and are not (issue 11, train-q's non-police speakers): the author naming one as their
 * own ("Tow truck driver here", "I'm a crossing guard", "nurse life", "#dispatcherlife", "Bailiff for 9 years") is
 * not police. Not "student" ("I'm a student officer"), "resident" (of a town) or "pilot" (air support). One item a line.
 */
const NON_POLICE_JOBS = [
  'nurse',
  'paramedic',
  'emt',
  String.raw`fire\s*fighter`,
  'dispatcher',
  String.raw`call[- ]taker`,
  String.raw`crossing\s+guard`,
  String.raw`lollipop\s+(?:lady|man)`,
  String.raw`(?:traffic|parking)\s+warden`,
  String.raw`parking\s+attendant`,
  String.raw`tow\s+truck\s+driver`,
  'bailiff',
  String.raw`security\s+(?:guard|officer)`,
  'bouncer',
  String.raw`door\s+supervisor`,
  String.raw`prison\s+officer`,
  String.raw`correct(?:ions?|ional)\s+officer`,
  'lifeguard',
  String.raw`ski\s+patroll?er`,
  'referee',
  'ref',
  'teacher',
  String.raw`(?:youth|social|care)\s+worker`,
  'mechanic',
  'trucker',
  String.raw`(?:truck|bus|taxi|delivery|forklift)\s+driver`,
  'postman',
  'postie',
  String.raw`mail\s+carrier`,
  'soldier',
  'sailor',
  'journalist',
  'reporter',
  'doctor',
  String.raw`junior\s+doctor`,
  'vet',
  String.raw`(?:probation|customs)\s+officer`,
  String.raw`store\s+detective`,
  String.raw`loss\s+prevention\s+(?:officer|agent)`,
  String.raw`park\s+ranger`,
  'midwife',
  'carer',
  'bartender',
  'barista',
  'paralegal',
  'lawyer',
  'solicitor',
  String.raw`court\s+reporter`,
  String.raw`(?:army\s+)?medic`,
  String.raw`ambulance\s+(?:driver|tech)`,
  'drummer',
  'actor',
  'actress',
  'novelist',
  'screenwriter',
  // the courts and the press (issue 11, train-r): "Court clerk life", "Public defender here", "I'm a prosecutor"
  String.raw`(?:deputy\s+)?court\s+clerk`,
  String.raw`public\s+defender`,
  String.raw`defen[cs]e\s+(?:lawyer|attorney|solicitor|barrister)`,
  'prosecutor',
  'correspondent',
  String.raw`bail\s+(?:agent|bondsman)`,
  String.raw`bounty\s+hunter`,
  // (issue 11, train-s) "911 operator here", "Been a civil enforcement officer (parking) for 3 years"
  String.raw`(?:911|999|000|112)\s+(?:operator|call[- ]?taker|call\s+handler)`,
  String.raw`civil\s+enforcement\s+officer`,
  // "Stadium steward today", "Carnival steward" (issue 11, train-s); "Railway ticket inspector." (train-t)
  'steward',
  String.raw`ticket\s+inspector`,
  String.raw`(?:railway|rail|transit|revenue)\s+(?:inspector|protection\s+officer|enforcement\s+officer)`,
  // (issue 11, train-u) the police's civilian staff and the courts' experts: "Civilian enquiry officer at the station
  // front desk", "Civilian fingerprint examiner at the state lab", "Juvenile detention counsellor."
  String.raw`civilian\s+(?:\w+\s+)?(?:officer|examiner|investigator|analyst|clerk)`,
  String.raw`(?:juvenile\s+)?detention\s+counsel+or`,  // (issue 11, heldout-k) roadworks traffic control: "flagger on the resurfacing job"
  'flagger',
];
const OTHER_JOB_NAME = oneOf(NON_POLICE_JOBS);
/** Relatives, not "bro" or "sis" (a workmate may be either: "my bro Officer Reyes"). */
const FAMILY = KIN.filter((k) => k !== 'bro' && k !== 'sis');

/** Workplaces whose shifts are not police ones: "12 hr shift at the distribution centre", "HMP night shift done". */
const NON_POLICE_WORKPLACES = [
  'warehouse',
  String.raw`distribution\s+cent(?:re|er)`,
  'supermarket',
  'factory',
  'plant',
  'restaurant',
  String.raw`call\s+cent(?:re|er)`,
  'shop',
  'store',
  'bakery',
  'diner',
  'cafe',
  'kitchen',
  String.raw`loading\s+dock`,
  String.raw`site\s+security`,
  'hmp',
  String.raw`ski\s+patrol`,
  'trolley',
  'tills?',
  // "I work days at the bank" (issue 11, heldout-h: the officer is the author's wife)
  'bank',
  String.raw`(?:gas|petrol)\s+station`,
];
const OTHER_WORKPLACE = oneOf(NON_POLICE_WORKPLACES);
/** Words before a job that make it someone else's or a past one: "the security guard.", "Former nurse.". */
const NOT_ONES_OWN_JOB_BEFORE = [
  'and',
  'the',
  'a',
  'an',
  'my',
  'his',
  'her',
  'our',
  'their',
  'former',
  'ex',
  'retired',
  'old',
];

/** Games with police in them, named: "In Call of Duty I'm Sergeant Thunder", "our squad in warzone". One item a line. */
const POLICE_GAMES = [
  String.raw`rainbow\s+six`,
  String.raw`call\s+of\s+duty`,
  'warzone',
  String.raw`elden\s+ring`,
  String.raw`gta(?:\s*(?:v|5|online))?`,
  'fortnite',
  'apex',
  'valorant',
  'halo',
  String.raw`police\s+simulator`,
  'cyberpunk',
  // (issue 11, train-w) "Been a cop in The Sims for 30 in-game years"
  String.raw`the\s+sims`,
];
/** What the public report stolen: "my stolen bike report", "our stolen van". */
const STOLEN_THINGS = [
  'bike',
  'bicycle',
  'car',
  'van',
  'truck',
  'scooter',
  'phone',
  'wallet',
  'bag',
  'laptop',
  'tools',
  'property',
];
/** Whose meeting police come to: "came to our residents' meeting". */
const RESIDENTS = [
  'community',
  String.raw`residents['’]?`,
  String.raw`neighbou?rhood`,
  'parish',
  'street',
  'village',
  'school',
  String.raw`tenants['’]?`,
];
/** A police member as the public names one: "the trooper who stopped me". */
const POLICE_MEMBERS = [
  'officer',
  'cop',
  'policeman',
  'policewoman',
  'constable',
  'sergeant',
  'pcso',
  'garda',
  'deputy',
  'trooper',
  'copper',
  'detective',
  'police',
];
/** What a police member did for the author, as the public tell it: "the trooper who stopped me", "the officer who helped me". */
const DONE_TO_THE_PUBLIC = [
  'stopped',
  'pulled',
  'ticketed',
  'breathalysed',
  'breathalyzed',
  'helped',
  'waved',
  'found',
  'saved',
  'rescued',
  'returned',
  'arrested',
  'searched',
  'questioned',
];
/** How the public thank: "Shout out to the traffic cop who waved me through". */
const THANKS = [
  String.raw`thanks?`,
  String.raw`thank\s+you`,
  'thankyou',
  String.raw`shout\s*-?\s*out`,
  'kudos',
  'cheers',
  'grateful',
  String.raw`hats\s+off`,
];
/**
 * A police member as "the …" who does something to the author: "The Garda on the phone gave me her registration
 * number", "the copper showed us the photos" (not "sergeant": "the sergeant told us at briefing" is a colleague's).
 */
const POLICE_TO_THE_PUBLIC = [
  'officer',
  'cop',
  'copper',
  'policeman',
  'policewoman',
  'constable',
  'pcso',
  'garda',
  'trooper',
  'detective',
];
/** Military bases named in a soldier's own plans: "flying out of Fort Hood on the 10th" (not Fort Worth, a city). */
const MILITARY_BASES = [
  'hood',
  'bragg',
  'cavazos',
  'liberty',
  'campbell',
  'benning',
  'moore',
  'drum',
  'carson',
  'riley',
  'stewart',
  'polk',
  'bliss',
  'sill',
  String.raw`leonard\s+wood`,
  'jackson',
  'irwin',
  'huachuca',
  'leavenworth',
];

/** Papers the public are handed, that an officer's number is printed on: "on the ticket", "on the summons". One item a line. */
const PUBLICS_PAPERS = [
  'ticket',
  'summons',
  'citation',
  'fine',
  String.raw`penalty\s+notice`,
  'receipt',
  String.raw`stop\s+and\s+search\s+(?:receipt|form|slip)`,
];
/** What an applicant applies to: "Constabulary application submitted", "an offer from the state patrol". One item a line. */
const APPLIED_TO = [
  'police',
  'constable',
  'constabulary',
  'academy',
  'rcmp',
  'garda',
  'pcso',
  'trooper',
  'deputy',
  String.raw`recruit(?:ment)?`,
  'force',
  'sheriff',
  'patrol',
  'department',
];
/** Who works a workplace, said as a heading: "Warehouse lad", "Factory worker". One item a line. */
const WORKER_WORDS = [
  'lad',
  'lass',
  'guy',
  'girl',
  'gal',
  'bloke',
  'worker',
  'staff',
  'porter',
];
/** The police as the public name them after "told the": "told the cops", "I'll tell the guards". One item a line. */
const THE_POLICE_TO_THE_PUBLIC = [
  'police',
  'cops',
  'coppers',
  'guards',
  'gardaí',
  'garda',
  'feds',
];
/** Whom "they" (the police) arrested, told by the public: "the guy they arrested". One item a line. */
const ARRESTED_BY_THEM = [
  'guy',
  'man',
  'woman',
  'lad',
  'bloke',
  'kid',
  'fella',
  'suspect',
];
/** What the police say or fail to do, told by the public: "Police said it's the same crew", "the cops think". One item a line. */
const POLICE_TOLD_THE_PUBLIC = [
  'said',
  'say',
  'says',
  'think',
  'thinks',
  'reckon',
  'reckons',
  String.raw`haven['’]t`,
  String.raw`hasn['’]t`,
  String.raw`have\s+not`,
  String.raw`never\s+(?:came|come|called|rang|rung)`,
];
/** What the public give the police about someone: "gave his name to the officer". One item a line. */
const DETAILS_GIVEN = [
  'name',
  'names',
  'details',
  'description',
  'reg',
  'plate',
  String.raw`number\s+plate`,
  'number',
];
/** Who sends the author pictures in a post by the public: a relative, a friend, a neighbour, "someone". One item a line. */
const PICTURE_SENDERS = [
  ...KIN.filter((k) => k !== 'bro' && k !== 'sis'),
  'mate',
  'friend',
  'buddy',
  'pal',
  String.raw`neighbou?r`,
  'someone',
  'somebody',
];
/** Pictures one is sent or shown: "sent me the photos", "showed us a video". One item a line. */
const PICTURES = [
  String.raw`photos?`,
  String.raw`pics?`,
  String.raw`pictures?`,
  'footage',
  String.raw`videos?`,
  String.raw`images?`,
];
/** Where an application stands: "submitted", "stage 2 done". */
const APPLICATION_STEPS = ['submitted', 'sent', 'accepted', 'approved', 'stage', 'done', String.raw`went\s+in`];
/**
 * Who is speaking, said once for the whole post (issue 11, train-p's and train-q's non-police speakers): an applicant
 * still waiting on the police, an actor or screenwriter playing one, someone arrested or questioned, a private
 * investigator, code enforcement, a player of a police game, a soldier on their own service, a member of the public
 * at the front desk, someone in another uniformed job who names it as theirs. None of these is said by a police author
 * in the labelled text (0 of 5,700 self-affiliation positives), so no cue of the post is the author's. One item a line.
 */
const SPEAKER_NOT_POLICE_WORDS = [
  // applicants: "Month four of waiting to hear back from the academy", "Application to the constabulary sent"
  String.raw`waiting\s+to\s+hear\s+(?:back\s+)?from\s+the\s+(?:academy|police|constabulary|force|department|recruit\w*)`,
  String.raw`application\s+(?:to|for)\s+(?:the\s+)?(?:police|constabulary|force|academy|garda|rcmp|sheriff['’]s\s+office)`,
  String.raw`applied\s+(?:to|for)\s+(?:join\s+)?(?:the\s+)?(?:police|constabulary|force|academy|garda|rcmp)`,
  String.raw`(?:interview|test|exam)\s+for\s+the\s+police\s+academy`,
  String.raw`didn['’]?t\s+make\s+the\s+cut`,
  // actors and writers: "my last day on set playing a desk sergeant" (an audition is the occasion's: see below)
  String.raw`on\s+set(?!\s+of)`,
  String.raw`(?:playing|played|cast\s+as)\s+(?:a|an|the)\s+(?:\w+\s+)?${oneOf(ROLES_PLAYED)}`,
  String.raw`costume\s+department`,
  String.raw`pilot\s+script`,
  // arrested or questioned: "They interviewed me under caution", "Spent a night in a cell after the protest"
  String.raw`(?:interviewed|questioned|arrested)\s+me\s+under\s+caution`,
  String.raw`spent\s+(?:a|the)\s+night\s+in\s+(?:a|the)\s+cells?`,
  String.raw`i\s+(?:got|was)\s+arrested`,
  // private investigators, code enforcement
  String.raw`private\s+investigator`,
  String.raw`pi\s+(?:career|work|life|license|licence)`,
  String.raw`code\s+enforcement`,
  String.raw`zoning\s+inspection`,
  // a police game named ("my high score in the cop chase game"; GAME_PLAYED reads one being played)
  String.raw`(?:cop|police|detective)\s+(?:chase|sim(?:ulator)?|noir|board|video)\s+games?`,
  // the author's own military service: "since my first deployment", "15 years since I deployed to Helmand", "two tours
  // in Iraq", "six months with the battlegroup", "My platoon sergeant", "Lance Jack says", "army life", "basic training"
  String.raw`(?:my|our)\s+(?:first\s+|last\s+|second\s+|third\s+)?deployments?`,
  String.raw`(?:i|we)\s+(?:was\s+|were\s+|got\s+)?deployed\s+to`,
  String.raw`(?:two|three|four|five|\d)\s+tours\s+(?:in|of)\s+${oneOf(WAR_PLACES)}`,
  String.raw`battle\s?group`,
  String.raw`section\s+commander`,
  String.raw`platoon\s+sergeant`,
  String.raw`(?:\d|one|two|three)\s+platoon`,
  'fob',
  String.raw`patrol\s+base`,
  String.raw`sergeant\s+major`,
  String.raw`lance\s+jack`,
  String.raw`#?army\s*life`,
  String.raw`basic\s+training`,
  String.raw`(?:with|in)\s+the\s+reserves`,
  // (issue 11, heldout-h) "Deployment countdown: 43 days", "flying out of Fort Hood on the 10th"
  String.raw`deployment\s+countdown`,
  String.raw`fort\s+${oneOf(MILITARY_BASES)}`,
  // the public at the front desk or at the scene: "when I reported my bike stolen", "to hand in a wallet I found",
  // "watched a whole arrest from the bus window", "The garda who came out about the break-in"
  String.raw`(?:i|we)\s+reported\s+(?:my|our|a|the)\s+(?:\w+\s+){0,2}(?:stolen|missing)`,
  String.raw`hand\s+in\s+(?:a|the)\s+(?:wallet|purse|phone|bag|bike|dog|set\s+of\s+keys)\s+(?:i|we)\s+found`,
  String.raw`watched\s+(?:a|an|the)\s+(?:whole\s+)?arrest`,
  String.raw`(?:came|come|comes)\s+out\s+about\s+(?:the|our|my)\s+(?:break-?in|break\s+in|burglary|theft)`,
  // another job named as the author's own: "I'm a crossing guard", "first shift as a youth worker", "Tow truck driver
  // here", "Bailiff for 9 years", "nurse life", "#dispatcherlife" (not "I'm a former teacher", "a cop's wife")
  String.raw`(?:i['’]m|i\s+am|im|i\s+work\s+as|working\s+as|first\s+(?:day|shift|week|night)\s+as)\s+an?\s+(?!(?:former|ex|retired|old)\b)(?:\w+\s+)?${OTHER_JOB_NAME}(?!['’]s)`,
  String.raw`(?:^|(?<=[.!?\n]\s*))(?:\w+\s+)?${OTHER_JOB_NAME}\s+here`,
  String.raw`${OTHER_JOB_NAME}\s+(?:for|of)\s+(?:\d+|${oneOf(numberWords(2, 10))}|twenty|thirty)\s+years`,
  String.raw`#?${OTHER_JOB_NAME}\s*life`,
  // the job as the sentence's heading: "Relief teacher this term", "Ice hockey ref, Saturday doubleheader", "Bouncer at
  // the Crown for six years" (not "Cop and ref: ...": the words before it never hold "and")
  // (what follows the job is looked ahead at: a comma ends no word, so the list's closing \b could not follow it)
  String.raw`(?:^|(?<=[.!?\n]\s*))(?:(?!and\b)[\w-]+\s+){0,2}${OTHER_JOB_NAME}(?=\s*[,:;]|\s+(?:this\s+(?:term|week|year|season)|at\s+(?:the|a|an)|for\s+\d))`,
  // the job as a sentence of its own: "Hospital security guard. Got my body cam today." (not "Former nurse.": what the
  // author was before joining; not "the security guard.": someone else)
  String.raw`(?:^|(?<=[.!?\n]\s*))(?:(?!${oneOf(NOT_ONES_OWN_JOB_BEFORE)}\b)[\w-]+\s+){0,2}${OTHER_JOB_NAME}(?=\s*[.!])`,
  // the job named as the author's: "Got my stab vest for the new door supervisor job", "passed my bouncer licence"
  String.raw`(?:my|the)\s+(?:new\s+|first\s+)?${OTHER_JOB_NAME}\s+(?:job|role|gig|course|licen[cs]e|training)`,
  // said outright: "I drive the prisoner transport bus for a private contractor. Not police."
  String.raw`(?:^|(?<=[.!?\n]\s*))not\s+(?:the\s+)?(?:police|a\s+cop|a\s+copper|an\s+officer)(?=\s*[.!,])`,
  // "As a deputy court clerk I swear in witnesses", "Twenty years as a court clerk" (not "after 10 years as a teacher":
  // what the author was before joining)
  String.raw`(?:^|(?<=[.!?\n]\s*))as\s+an?\s+(?:\w+\s+){0,2}${OTHER_JOB_NAME}`,
  String.raw`(?<!after\s)(?:\d+|${oneOf(numberWords(2, 10))}|twenty|thirty)\s+years\s+as\s+an?\s+(?:\w+\s+){0,2}${OTHER_JOB_NAME}`,
  String.raw`clerk\s+(?:in|at|of)\s+(?:the\s+)?(?:\w+\s+)?court`,
  // the press, writers, students and actors: "my byline", "covering the cops-and-courts beat", "#courtwatch", "my
  // fictional DI", "my editor says my cops swear too much", "my dissertation on community policing", "my agent keeps
  // booking me as 'detective'"
  String.raw`(?:crime|court|courts|cops-and-courts|crime-and-courts)\s+beat`,
  'courtwatch',
  String.raw`my\s+(?:fictional|novel|manuscript|wip|screenplay|editor|byline|publisher|beta\s+readers?)`,
  String.raw`(?:my|the)\s+(?:dissertation|thesis)`,
  String.raw`(?:booking|booked|cast(?:ing)?)\s+me\s+as`,
  // applicants: "Two years of applying to NSW Police", "my interview for the constabulary"
  String.raw`applying\s+(?:to|for)\s+(?:join\s+)?(?:the\s+)?(?:\w+\s+)?(?:police|constabulary|force|academy|garda|rcmp)`,
  String.raw`interview\s+(?:for|with)\s+the\s+(?:police|constabulary|force|garda|academy)`,
  // volunteers and police role-play: "volunteered with Citizens on Patrol", "LSPDFR mod", "my trooper in GTA RP"
  String.raw`citizens\s+on\s+patrol`,
  'lspdfr',
  String.raw`gta\s*rp`,
  String.raw`rp\s+server`,
  // a police game named: "In Call of Duty I'm Sergeant Thunder", "our squad in warzone", "my shield in Elden Ring", "my
  // virtual patrol car" (the whole post is the game's: its next sentence is too)
  String.raw`(?:in|on|playing|played)\s+${oneOf(POLICE_GAMES)}`,
  String.raw`(?:virtual|in-?game)\s+(?:patrol|cop|police|squad|cruiser|badge|car|arrest)`,
  String.raw`my\s+(?:character|avatar)`,
  String.raw`(?:my|our)\s+(?:guild|clan)`,
  // the press and the law office: "I have to write 200 words about it", "my clients always ask if I used to be a cop";
  // taken for police: "the kids still think I'm a police officer because of the vest" (not "asked if I was a real cop")
  String.raw`(?:write|writing|wrote|file|filed|filing)\s+(?:\d+|\w+\s+hundred)\s+words`,
  String.raw`my\s+clients?`,
  String.raw`${oneOf(['ask', 'asks', 'asked', 'asking', 'think', 'thinks', 'thought'])}\s+(?:\w+\s+){0,2}(?:if\s+|whether\s+|that\s+)?i(?:['’]m|\s+am|\s+used\s+to\s+be)\s+(?:a\s+)?(?:real\s+)?${oneOf(['cop', 'police', 'copper', 'officer', 'detective'])}`,
  // other night work and service: "forklift cert came through", "grave shift stocking shelves", "night shift on the
  // hook" (a tow truck), "my squad from Kandahar"
  String.raw`(?:forklift|hgv)\s+(?:cert|licen[cs]e|ticket|course)`,
  String.raw`stocking\s+shelves`,
  String.raw`(?:shift|night|nights)\s+on\s+the\s+hook`,
  String.raw`(?:squad|unit|platoon|section|troop)\s+(?:from|in)\s+${oneOf(WAR_PLACES)}`,
  // a shift at another workplace: "12 hr shift at the distribution centre", "Warehouse graveyard shift done", "HMP night
  // shift", "trolley shift at the supermarket"
  String.raw`(?:shift|nights?|lates|earlies|graveyard)\s+(?:at|in|on)\s+(?:the\s+)?${OTHER_WORKPLACE}`,
  String.raw`${OTHER_WORKPLACE}\s+(?:night\s+|day\s+|late\s+|early\s+|graveyard\s+)?shift`,
  // "I work days at the bank" (issue 11, heldout-h)
  String.raw`(?:i|we)\s+work\s+(?:days|nights|shifts|lates|earlies)\s+(?:at|in)\s+(?:the\s+|a\s+)?${OTHER_WORKPLACE}`,
  // another job's week said by one who does it, as the post's heading: "Nurses week!! 12 hour shifts, three codes",
  // "Paramedic week 1 done" (not "Happy Nurses Week to my wife": anyone may say that)
  String.raw`(?:^|(?<=[.!?\n]\s*))${OTHER_JOB_NAME}s?['’]?\s+week`,
  // the ambulance, the hospital, the door and the shop floor as the author's workplace: "on lates on the ambulance", "my
  // day on the ambulance station", "county fire & EMS dispatch", "the charge nurse ordered pizza", "code blue at 3",
  // "The attending said", "nightclub security in Leeds", "on the door at the club", "my shift lead", "stock take till
  // midnight", "the site manager did roll call"
  String.raw`(?:on|in)\s+the\s+ambulance(?!\s+(?:with|to|for|and))`,
  String.raw`ambulance\s+(?:station|control|service|crew|dispatch)`,
  String.raw`(?:ems|fire)\s+dispatch`,
  // the police's own call takers (issue 11, train-s): "12 hour shift on the 911 phones at the county comms center",
  // "dispatch shift from hell"
  String.raw`(?:911|999)\s+phones`,
  String.raw`comms?\s+cent(?:er|re)`,
  String.raw`dispatch\s+shift`,
  // the public's side of custody: "Source: I was the appropriate adult for a 16 year old" (not "waiting four hours for
  // an appropriate adult": an officer's wait)
  String.raw`(?:i\s+was|i['’]m|i\s+am|as)\s+(?:the|an)\s+appropriate\s+adult`,
  String.raw`charge\s+nurse`,
  String.raw`code\s+blue`,
  String.raw`the\s+attending`,
  String.raw`resident\s+life`,
  String.raw`nightclub\s+security`,
  String.raw`on\s+the\s+door\s+at\s+the\s+(?:club|bar|pub)`,
  String.raw`(?:my|the)\s+shift\s+lead`,
  String.raw`stock\s*take`,
  String.raw`site\s+manager`,
  String.raw`toolbox\s+talk`,
  // a relative named with a police rank: "Proud of my dad, Sergeant Phil Okafor, shield 7702" (the rank is theirs)
  String.raw`(?:my|our)\s+${oneOf(FAMILY)},?\s+${TITLES}\.?\s+\p{L}+`,
  // "The officer who towed my car wouldn't give his name"
  String.raw`${oneOf(POLICE_MEMBERS)}s?\s+who\s+(?:\w+\s+)?(?:towed|clamped|ticketed|fined|impounded)\s+(?:my|our)`,
  // (issue 11, train-s) the public thanking the police who came: "Shout out to the traffic cop who waved me through",
  // "Thank you to the officers who direct traffic at the school" (not "thanks to the officers on nights for covering").
  // Post-wide, as is the public's own statement below: the learned head reads the sentence after it on its own ("made
  // cookies for our local station. Dropped them off, the sergeant on the desk nearly cried")
  String.raw`${oneOf(THANKS)}\s+(?:so\s+much\s+)?to\s+(?:the|that|this|those|our)\s+(?:\w+\s+){0,2}${oneOf(POLICE_MEMBERS)}s?\s+(?:who|that)`,
  // the public's own statement, report, call or letter: "Cops took my statement about the stolen bike", "gave a statement
  // to the police", "Reported it to the police", "we rang 999", "Wrote to the chief about the lack of patrols", "made
  // cookies for our local station", "I was a witness to a car crash", "we were burgled"
  String.raw`reported\s+(?:it|this|them|him|her)\s+to\s+(?:the\s+)?(?:police|cops|garda)`,
  String.raw`(?:i|we)\s+(?:called|rang|phoned|dialled|dialed)\s+(?:the\s+)?(?:police|cops|garda|911|999|101)`,
  String.raw`(?:wrote|write|writing|emailed|e-mailed)\s+(?:a\s+letter\s+)?to\s+(?:the|our|my)\s+(?:local\s+)?(?:chief|commissioner|superintendent|sheriff|mp|councillor)`,
  String.raw`(?:our|my)\s+local\s+(?:police\s+)?(?:station|nick|precinct|cops|police|bobby|pcso|officers?|garda)`,
  String.raw`witness\s+to\s+(?:a|an)\s+(?:\w+\s+)?(?:crash|accident|collision|fight|robbery|stabbing|assault|shooting)`,
  String.raw`(?:i|we)\s+(?:was|were|got|have\s+been|['’]ve\s+been)\s+(?:burgled|mugged|assaulted|scammed|carjacked|broken\s+into)`,
  // a police youth programme: "Police explorer post meeting tonight"
  String.raw`police\s+explorers?`,
  // (issue 11, train-s) applicants not yet sworn: "Special constable application submitted!", "Got my application in for
  // the police!", "Got the call from the academy. I'm in!" (not "Warrant application is in": an officer's)
  String.raw`${oneOf(APPLIED_TO)}\s+application\s+(?:\w+\s+){0,2}${oneOf(APPLICATION_STEPS)}`,
  String.raw`(?:got|sent|put|handed)\s+(?:my|an|the)\s+application\s+in\s+(?:for|to|with)\s+(?:the\s+)?${oneOf(APPLIED_TO)}`,
  String.raw`(?:call|letter|email|offer)\s+from\s+the\s+(?:police\s+)?academy`,
  String.raw`academy\s+acceptance`,
  // (issue 11, train-t) "Got my conditional offer from the constabulary! Vetting next", "Three interviews down with the
  // state patrol. Polygraph next month", "Polygraph done. Psych eval next week"
  String.raw`conditional\s+offer`,
  String.raw`offer\s+from\s+(?:the\s+)?${oneOf(APPLIED_TO)}`,
  // (not "our department's fitness test is next week": an officer's yearly one)
  String.raw`(?:polygraph|psych\s+eval|vetting|background\s+check)\s+(?:next|done|booked)`,
  String.raw`(?:interviews?|stages?|rounds?)\s+(?:down|done)\s+(?:with|for)\s+the\s+(?:\w+\s+)?${oneOf(APPLIED_TO)}`,
  // the public's own statement, report or find, said anywhere in the post (issue 11, train-t): "Gave a statement at the
  // station about the guy who keyed my car", "The officer who took my burglary report", "DC Rahimi came round to take
  // our statement", "Handed in a wallet I found at the front counter" (not "Took my first statement in Polish today":
  // an officer's, with no one else taking it)
  String.raw`(?:gave|give|giving|made)\s+(?:a|my|our)\s+(?:\w+\s+)?statement\s+(?:to|at)\s+(?:the\s+)?(?:police|cops|garda|station|front\s+desk|desk)`,
  String.raw`(?:${oneOf(POLICE_MEMBERS)}s?|who|to)\s+(?:\w+\s+)?(?:took|take|taking|takes)\s+(?:my|our)\s+(?:\w+\s+)?(?:statement|report|details)`,
  String.raw`hand(?:ed|ing)?\s+in\s+(?:a|the|some)\s+(?:\w+\s+){0,2}(?:i|we)\s+found`,
  // the author arrested or ticketed: "Arrested at 19 for something stupid", "Arrested for the first time in my life at
  // the airport", "Got a speeding ticket from a camera van" (not "the guy who got a parking ticket from me")
  // (not "Arrested at approx 10:04a near bank": a police post's own arrest, told without "we")
  String.raw`(?:^|(?<=[.!?\n]\s*))(?:got|been)\s+arrested`,
  String.raw`(?:^|(?<=[.!?\n]\s*))arrested\s+(?:for\s+the\s+first\s+time|at\s+(?:1[3-9]|2[0-5]|${oneOf(numberWords(13, 20))})(?![:\d]|\.\d))`,
  String.raw`(?:^|(?<=[.!?\n]\s*)|(?:i|we)\s+(?:just\s+)?)(?:got|received)\s+(?:a|another|two|three)\s+(?:speeding|parking)\s+(?:ticket|fine)`,
  // against the police: "my cousin's arrest because the cops lied"
  String.raw`(?:my|our)\s+${oneOf(FAMILY)}['’]s\s+arrest`,
  String.raw`(?:cops|police|pigs|feds)\s+(?:lied|are\s+lying|were\s+lying|planted|framed)`,
  // taken for police by others and saying so: "I'm told I'm 'basically the police'. I'm not."
  String.raw`basically\s+(?:the\s+)?(?:police|a\s+cop)`,
  // other work beside the police: "Twenty years later I work in youth justice", "Halfway through my probation as a
  // social worker"
  String.raw`i\s+work\s+(?:in|at|for)\s+(?:the\s+)?(?:youth\s+justice|probation|corrections|social\s+services|social\s+care|prison|hospital|a\s+hospital|nhs|a\s+school)`,
  String.raw`(?:probation|training|placement|apprenticeship)\s+(?:as|at)\s+an?\s+(?:\w+\s+){0,2}${OTHER_JOB_NAME}`,
  // other work that sits beside the police: "Criminal defence is not for the impatient", "a client interview at the
  // station", "Filming wrapped on the pilot", "Passed my stewarding course", "fire service retirement do tonight", "Been
  // a civil enforcement officer (parking) for 3 years"
  // (the author's own trade, not "Criminal defence barrister tore my notes apart in the box": an officer giving evidence)
  String.raw`(?:i\s+(?:work|practi[sc]e)\s+(?:in\s+)?|career\s+in\s+)criminal\s+defen[cs]e`,
  String.raw`criminal\s+defen[cs]e\s+(?:is|isn['’]t|was)\b`,
  String.raw`client\s+(?:interview|meeting|visit|consultation)`,
  String.raw`(?:filming|shooting)\s+(?:\w+\s+){0,2}wrap(?:ped|s)`,
  String.raw`wrapped\s+(?:filming|shooting|on\s+the\s+(?:pilot|film|episode|series|season|shoot))`,
  'stewarding',
  String.raw`(?:fire|ambulance|prison|coastguard)\s+service\s+(?:life|retirement|career|do|years?|days)`,
  String.raw`(?:^|(?<=[.!?\n]\s*)|i['’]ve\s+|i\s+have\s+)been\s+an?\s+(?:\w+\s+){0,2}${OTHER_JOB_NAME}`,
  String.raw`${OTHER_JOB_NAME}\s+\([^)]*\)\s+(?:for|of)\s+(?:\d+|${oneOf(numberWords(2, 10))}|twenty|thirty)\s+years`,
  // (issue 11, train-u) the public writing an officer's number down to complain, contest or thank: "Complaint filed
  // against the deputy with ID 3318", "Complaint filed." (not "complaint filed against me": an officer's), "Tax reg 918273
  // is on the ticket", "Warrant card number 30318 on the stop and search receipt", "Shield 30421, you were rude",
  // "Writing down shield 11983", "Rudest officer I've ever dealt with", "PC 5521 was the only one who listened" (not an
  // officer's "my sergeant was the only one who listened"), "Badge no. 66019, if anyone was at the protest and can back
  // me up"
  String.raw`complaint\s+(?:filed|lodged|made|submitted)(?!\s+(?:against|about|on)\s+(?:me|us)\b)`,
  String.raw`complaint\s+(?:filed\s+|lodged\s+|made\s+)?against\s+(?:the|an?|that|this)\s+(?:\w+\s+)?${oneOf(POLICE_MEMBERS)}`,
  String.raw`for\s+(?:my|the)\s+complaint`,
  String.raw`\d{3,7}\s+(?:is\s+)?(?:on|from)\s+(?:the|my)\s+${oneOf(PUBLICS_PAPERS)}`,
  String.raw`(?:^|(?<=[.!?\n]\s*))(?:shield|badge|star|pc|officer|id)\s*(?:no\.?|number|#)?\s*#?\d{3,7},\s+(?:you|thank|thanks|cheers)`,
  String.raw`writ(?:e|ing|ten|ote)\s+down\s+(?:his|her|their|the\s+officer['’]s)?\s*(?:shield|badge|collar|warrant)`,
  String.raw`(?:rudest|worst)\s+(?:\w+\s+)?${oneOf(POLICE_MEMBERS)}\s+(?:i['’]ve|i\s+have)\s+ever\s+(?:dealt\s+with|encountered|come\s+across|spoken\s+to)`,
  String.raw`(?:\d{3,7}|the\s+(?:\w+\s+)?${oneOf(POLICE_MEMBERS)})\s+(?:was|is)\s+the\s+only\s+one\s+who\s+(?:listened|helped|cared|bothered)`,
  String.raw`if\s+anyone\s+(?:was|saw|witnessed)\b[^.!?]{0,40}\bback\s+me\s+up`,
  // the police's call takers, counter and canteen staff, and the defence's experts (train-u): "I just answer the phones,
  // mate", "I had six units waiting on me at once", "I work the front counter at the station", "Worked the canteen at
  // police HQ for 15 years", "Firearms expert for the defence, testifying Tuesday", "Tow truck perks"
  String.raw`i\s+(?:just|only)\s+answer\s+the\s+phones`,
  String.raw`units\s+waiting\s+on\s+me`,
  String.raw`i\s+work\s+(?:on\s+)?the\s+front\s+counter`,
  String.raw`(?:worked|work|working)\s+(?:in\s+)?the\s+canteen`,
  String.raw`expert\s+(?:witness\s+)?for\s+the\s+defen[cs]e`,
  String.raw`tow\s+truck\s+(?:perks|life)`,
  // the public's own claims and cases (train-u): "Filled in my insurance claim for the stolen bike", "My own claim for
  // the stolen van finally paid out" (not an officer's "my claim for the damaged uniform"), "Workplace investigation
  // cleared me", "Airline's investigating why my suitcase went to Lisbon"
  String.raw`(?:my|our)\s+(?:own\s+claim|(?:own\s+)?insurance\s+claim)`,
  String.raw`workplace\s+investigation`,
  String.raw`airline['’]?s?\s+(?:is\s+|are\s+)?investigating`,
  // a family's day out or an officer's partner (train-u): "Station open day with the kids: sat in a response car",
  // "Dated a copper for three years", "My partner's a cop and I've learned to never ask how the shift went" (not "my
  // partner's a cop too")
  String.raw`(?:station|police)\s+open\s+day\s+with\s+(?:the|my|our)`,
  String.raw`(?:dated|dating|married\s+to|engaged\s+to|divorced\s+from)\s+(?:a|an)\s+${oneOf(POLICE_MEMBERS)}`,
  String.raw`(?:my|our)\s+(?:partner|boyfriend|girlfriend|fianc[eé]e?)\s*(?:['’]s|\s+is)\s+(?:a|an)\s+${oneOf(POLICE_MEMBERS)}(?!\s+(?:too|as\s+well|also)\b)`,
  // writers and players (train-u): "Editing chapter 9 of the police thriller", "Gamer life: six hours as a traffic cop in
  // the sim" (not "in the sim" alone: firearms and driving training run in one)
  String.raw`(?:editing|writing|drafting|rewriting)\s+chapter\s+\w+`,
  String.raw`#?gamer\s*life`,
  // told by a friend in the police: "turns out he's on bail for two other thefts. my mate in the Gardaí told me" (not
  // "my mate in the job": police slang, an officer's colleague); a game
  // (post-wide: the head reads the next sentence on its own): "Escape room with the team! We had to solve a 'murder' in
  // 60 mins" (12 labelled escape-room posts, none police work); the public describing an officer's card: "Warrant number
  // 22815 on the card he flashed, for anyone else who wants to complain"
  String.raw`escape\s+room`,
  String.raw`(?:card|badge|id)\s+(?:he|she|they)\s+flashed`,
  String.raw`my\s+(?:mate|friend|pal|buddy|cousin)\s+(?:in|on)\s+the\s+(?:gardaí|garda|police|force|met)`,
  // (issue 11, heldout-k) another workplace as the author's own heading: "Warehouse lad, 6 years of night shifts", "Factory
  // girl, nights again"; roadworks traffic control: "9 hours holding a stop/go sign in the rain" (not "paid detail at the
  // construction site": an officer's)
  String.raw`(?:^|(?<=[.!?\n]\s*))${OTHER_WORKPLACE}\s+${oneOf(WORKER_WORDS)}\b`,
  String.raw`stop\s*[/-]?\s*(?:go|slow)\s+(?:sign|board|paddle|bat)`,
  // (issue 11, heldout-h..k: 26 negatives, no positive) scene pictures sent or shown to the author by a friend, a relative,
  // a neighbour or someone: "mate who's a crime scene cleaner showed me the photos from the job", "My uncle showed us a
  // photo he got from a mate at the coroner's", "Cousin sent me a picture he took behind the tape" (not "@lortega sent me
  // the photos from the Harmon St scene": a colleague's; not "my mate in the job": police slang for a colleague)
  String.raw`${oneOf(PICTURE_SENDERS)}\b(?!\s+in\s+the\s+job\b)[^.!?\n]{0,60}?\b(?:showed|shown|sent)\s+(?:me|us)\s+(?:the\s+|a\s+|some\s+)?(?:\w+\s+){0,2}?${oneOf(PICTURES)}`,
  // (issue 11, train-v and heldout-j..k: 7 negatives, no positive) the public passing what they know to the police: "Gave his
  // name to the officer", "Call me on …, I'll tell the guards", "told the cops it was the landlord's son", "I was a witness
  // to that one" (the public's "witness to a crash" is above)
  String.raw`(?:tell|told|telling)\s+the\s+${oneOf(THE_POLICE_TO_THE_PUBLIC)}\b`,
  String.raw`gave\s+(?:his|her|their|the|my|our)\s+(?:\w+\s+)?${oneOf(DETAILS_GIVEN)}\s+to\s+the\s+(?:${oneOf(THE_POLICE_TO_THE_PUBLIC)}|${oneOf(POLICE_TO_THE_PUBLIC)}s?)\b`,
  String.raw`(?:i\s+was|i['’]m|i\s+am)\s+(?:a\s+)?witness\s+to\b`,
  // (issue 11, train-w and heldout-h..v: 14 personal negatives, no positive) the police as a third party the author
  // heard from or handed something to: "Police said it's the same crew", "The police haven't told the family yet", "The
  // cops say they match a lad with 3 previous", "I've sent it to the police", "Reported it to the police"
  String.raw`(?:the\s+)?${oneOf(THE_POLICE_TO_THE_PUBLIC)}\s+${oneOf(POLICE_TOLD_THE_PUBLIC)}`,
  String.raw`(?:sent|gave|handed|reported|showed|passed)\s+(?:it|this|that|them|these|those|the\s+(?:\w+\s+)?\w+)\s+(?:on\s+)?to\s+the\s+${oneOf(THE_POLICE_TO_THE_PUBLIC)}\b`,
  // (issue 11, train-w: 4 negatives, no positive) a night in the cells as the one held: "Spent my first night in a cell
  // after the protest"
  String.raw`spent\s+(?:my|the|a)\s+(?:first\s+)?night\s+in\s+(?:a|the)\s+cells?`,
  // (issue 11, train-w and heldout-i..k: 29 negatives, no positive) an arrest made by "they": "Heard the guy they arrested
  // for the Dollar Tree robbery", "the lad they picked up for the bakery fire"
  String.raw`the\s+${oneOf(ARRESTED_BY_THEM)}s?\s+they\s+(?:arrested|nicked|charged|picked\s+up|lifted|caught)`,
  // (issue 11, train-w) the public addressing an officer who stopped them, and the public as victims: "To the cop who gave
  // me a ticket for 41 in a 35", "Got my car back after it was stolen", "Reference number 26/009814 for the attack on my
  // brother" (no positive over every labelled draft)
  String.raw`to\s+the\s+${oneOf(POLICE_TO_THE_PUBLIC)}\s+who\s+(?:gave|wrote|issued|pulled|stopped|ticketed|booked)\s+me`,
  String.raw`got\s+(?:my|our)\s+(?:\w+\s+)?${oneOf(STOLEN_THINGS)}\s+back\s+after`,
  String.raw`(?:attack|assault|break-?in|burglary|robbery|mugging|stabbing)\s+on\s+my\s+${oneOf(KIN)}\b`,
];
const SPEAKER_NOT_POLICE = new RegExp(String.raw`\b${oneOf(SPEAKER_NOT_POLICE_WORDS)}\b`, 'iu');

/** A relative's duty as their own: "after his night shift", "her first tour". One item a line. */
const RELATIVES_DUTY = [
  'shift',
  'shifts',
  'tour',
  'nights',
  'lates',
  'earlies',
  'beat',
  'patrol',
  String.raw`rest\s+days`,
];
/** An officer kind to the public: "the officer played along", "just waved at him", "let my son sit in the car". One item a line. */
const KIND_TO_THE_PUBLIC = [
  String.raw`played\s+along`,
  String.raw`waved\s+(?:at|to|back)`,
  String.raw`let\s+(?:him|her|them|us|me|my|our|the\s+kids?)`,
];
/**
 * An occasion a police author has too (issue 11): an audition, jury duty. It says who is speaking in its own sentence
 * only ("Audition tomorrow for Officer #2"), so an officer's "Twelve years on patrol. My daughter's audition is
 * tomorrow" is still theirs. One item a line.
 */
const OCCASION_NOT_POLICE_WORDS = [
  String.raw`audition(?:s|ing|ed)?`,
  String.raw`jury\s+duty`,
  String.raw`as\s+a\s+juror`,
  String.raw`on\s+the\s+jury`,
  // the author as the public police serve (issue 11, train-r): "Got pulled over for a tail light", "pulled over in Quebec
  // and the cop spoke French", "the officer gave me a ticket", "let me off with a warning", "questioned as a witness",
  // "representing myself in traffic court", "Arrested at 19", "my stolen bike report", "the detective on my burglary case"
  String.raw`(?:got|was|were|get|getting|been)\s+pulled\s+over`,
  String.raw`(?:^|(?<=[.!?\n]\s*))pulled\s+over\s+(?:in|on|at|by|for)`,
  // (issue 11, train-w: 12 negatives, no positive) "Sgt. Kowalski (badge 1188, I checked) pulled me over on Elm today",
  // "Constable Ellie Harper, badge 5108, who stopped to help with our flat tyre"
  String.raw`pulled\s+me\s+over`,
  String.raw`who\s+stopped\s+to\s+help`,
  // (not "that's the cop who gave me a ticket": what someone says to the officer author at the gym)
  String.raw`(?<!\bwho\s)(?:gave|give|giving|wrote|writing|issued)\s+me\s+(?:a|the)\s+(?:\w+\s+)?(?:ticket|fine|warning|citation)`,
  String.raw`let\s+me\s+off`,
  String.raw`(?:questioned|interviewed)\s+(?:me\s+)?as\s+a\s+witness`,
  String.raw`representing\s+myself`,
  String.raw`arrested\s+at\s+(?:\d+|sixteen|seventeen|eighteen|nineteen|twenty)`,
  String.raw`(?:my|our)\s+stolen\s+(?:\w+\s+)?${oneOf(STOLEN_THINGS)}`,
  String.raw`the\s+(?:detective|officer|investigator|cop|constable)\s+(?:on|handling|working)\s+(?:my|our)\s+(?:\w+\s+)?case`,
  // a guest's ride-along, the neighbourhood watch: "Ride-along report: the cruiser smells like coffee" (not "the new chief
  // came on a ride-along with me")
  String.raw`ride-?along\s+(?:report|recap|review|diar(?:y|ies)|tonight\s+for)`,
  String.raw`(?:my|did\s+a|went\s+on\s+a)\s+(?:first\s+)?ride-?along`,
  String.raw`(?:our|the)\s+neighbou?rhood\s+watch`,
  String.raw`neighbou?rhood\s+watch\s+(?:patrol|meeting|group|coordinator|volunteer)`,
  // a visit to the author's meeting, a lift home: "The inspector came to our community meeting", "Community meeting recap:
  // the inspector promised more foot patrols", "the officer on the late shift dropped me off", "the trooper who stopped me"
  String.raw`(?:came|come|comes|spoke|turned\s+up)\s+to\s+our\s+${oneOf(RESIDENTS)}\s+(?:meeting|association|group|assembly)`,
  String.raw`community\s+meeting\s+recap`,
  String.raw`dropped\s+me\s+(?:off|home)`,
  String.raw`${oneOf(POLICE_MEMBERS)}s?\s+who\s+(?:\w+\s+)?${oneOf(DONE_TO_THE_PUBLIC)}\s+(?:me|us)\b`,
  // the public's own licence: "Shotgun certificate renewal: firearms enquiry officer visiting next week"
  String.raw`(?:shotgun|firearms?|rifle)\s+(?:certificate|licen[cs]e)\s+(?:renewal|application)`,
  // a scene watched from outside: "Forensics in white suits going in and out of the end terrace", "Pic from my balcony"
  String.raw`white\s+suits`,
  String.raw`(?:pic|photo|video|footage)\s+from\s+(?:my|our)\s+(?:window|balcony|garden|flat|house|doorstep)`,
  // (issue 11, the learned head's false alarm on train-t) a trip: "Booking reference XK7-220 for our holiday"
  String.raw`booking\s+ref(?:erence)?`,
  // a rank in a club: "Sensei Nakamura promoted me to brown belt"
  'sensei',
  'dojo',
  // a relative's shift, tour or patrol (issue 11, heldout-i): "Picking up my husband from the station after his night
  // shift", "my son's a cop and rings every Sunday after his night shift" (the rest of the post may be the author's)
  String.raw`(?:my|our)\s+${oneOf(FAMILY)}\b[^.!?]*?\b(?:his|her|their)\s+(?:\w+\s+)?${oneOf(RELATIVES_DUTY)}`,
  // someone else congratulated by handle: "big congrats to @gardai_shauna_dub on passing out at Templemore"
  String.raw`congrat\w*\s+(?:\w+\s+)?to\s+@\w+`,
  // (issue 11, train-w: 20 negatives, no positive) "@priya.n congrats on the promotion", "Congrats to my bestie
  // @garda_siobhan_ni on passing out from Templemore"
  // (read after the "@": the list's word edge cannot stand before it)
  String.raw`(?<=@)\w[\w.]*\s+congrat\w*`,
  String.raw`congrat\w*\s+to\s+(?:my|our|the)\s+(?:\w+\s+){0,2}@\w+`,
  // a war the sentence is set in: "The quartermaster sergeant in my unit saved my life twice in Helmand" (an officer's
  // police work in the next sentence is still theirs)
  String.raw`(?:in|from|to)\s+${oneOf(WAR_PLACES)}`,
  // (issue 11, heldout-h) "The Garda on the phone gave me her registration number", "the copper showed us the photos"
  // (not "that's the cop who gave me a ticket": what someone says to the officer author)
  String.raw`the\s+${oneOf(POLICE_TO_THE_PUBLIC)}s?(?:\s+(?!who\b|that\b)[\w'’,-]+){0,5}?\s+(?:gave|showed|handed|told|asked|sent|rang|called)\s+(?:me|us)`,  // (issue 11, heldout-k) an officer kind to the author's family: "Our 4-year-old asked if the man in the police car was
  // 'Paw Patrol Chase' and the officer played along", "the officer just waved at him", "the officer who let my son sit in
  // the patrol car"
  String.raw`the\s+${oneOf(POLICE_TO_THE_PUBLIC)}s?\s+(?:who\s+|that\s+)?(?:just\s+)?${oneOf(KIND_TO_THE_PUBLIC)}\b`,
];
const OCCASION_NOT_POLICE = new RegExp(String.raw`\b${oneOf(OCCASION_NOT_POLICE_WORDS)}\b`, 'i');

/** A relative (or an ex, or "my old man") whose police service a sentence tells. */
const RELATIVE = oneOf([...FAMILY, String.raw`old\s+man`, 'ex']);
/** What a relative's service leaves behind: "Dad's old badge", "Grandad's shield", "for Dad's retirement". */
const RELATIVES_THINGS = [
  'badge',
  'shield',
  String.raw`warrant\s+card`,
  'uniform',
  'retirement',
  'cap',
  'helmet',
  'truncheon',
  'police',
  'garda',
  'force',
];
/** What a relative did in the service: "carried", "works" ("My wife works nights on patrol"). One item a line. */
const RELATIVES_DID = [
  'carried',
  'wore',
  'pinned',
  'works',
  'worked',
  'served',
  'walked',
  'does',
  'did',
  'spent',
  'was',
  'is',
];
/** A relative doing the service: "My old man carried shield 4092", "my dad walked a beat", "my ex was a cop". */
const RELATIVES_SERVICE = [
  'shield',
  'badge',
  'beat',
  'nights',
  String.raw`the\s+force`,
  String.raw`a\s+cop`,
  'police',
  'garda',
  'copper',
  'officer',
  'detective',
  'sergeant',
];
const RELATIVE_SERVED = new RegExp(
  String.raw`\b(?:${RELATIVE}['’]s\s+(?:old\s+)?${oneOf(RELATIVES_THINGS)}|(?:my\s+)?${RELATIVE}\s+${oneOf(RELATIVES_DID)}\s+(?:\w+\s+){0,3}${oneOf(RELATIVES_SERVICE)}` +
    String.raw`|from\s+(?:his|her)\s+(?:garda|police|cop|force|patrol|beat|met|ruc|copper)\s+days` +
    // "Found an old photo of Dad in uniform, badge 1187, the year he joined the force" (issue 11, heldout-k)
    String.raw`|${RELATIVE}\s+in\s+(?:his|her|their|full\s+)?(?:dress\s+)?uniform)\b`,
  'iu',
);

/**
 * A sentence about a relative's police service that the author is not in (issue 11, heldout-g and train-r's families
 * of officers): "Old badge, shield 88102, mounted in a shadow box for Dad's retirement", "the old cap my uncle left me
 * from his Garda days". Not "Dad's old badge number was 3310 and I just got assigned 3310 too", "My daughter wore my old
 * badge number on her graduation cap".
 */
function relativeServed(sentence: string): boolean {
  return RELATIVE_SERVED.test(sentence) && !AUTHOR_IN_SENTENCE.test(sentence);
}
/** The author in the sentence: "I", or "my" before anything but a relative ("my daughter wore my old badge number"). */
const AUTHOR_IN_SENTENCE = new RegExp(String.raw`\b(?:i|my(?!\s+${RELATIVE}\b))\b`, 'i');

/** A sentence that is an occasion not police work, or a relative's service (its cues are not the author's). */
function notTheAuthorsSentence(sentence: string): boolean {
  return OCCASION_NOT_POLICE.test(sentence) || relativeServed(sentence);
}

/**
 * Whether the post says its author is someone other than police (an applicant, an actor, a person arrested, a private
 * investigator, a player of a police game, a soldier, another uniformed job): then none of its cues is the author's.
 * With a sentence, also whether that sentence is an occasion such as an audition, jury duty or a traffic stop of the
 * author, or a relative's service (its cues are not the author's police work; the rest of the post may be). Exported for the learned self-affiliation head, which skips such
 * posts and sentences the same way.
 */
export function speakerNotPolice(text: string, sentence?: string): boolean {
  return postSpeakerNotPolice(text) || (sentence !== undefined && (notTheAuthorsSentence(sentence) || sentOffSentence(text, sentence)));
}

/**
 * A sentence without the author in a post about a ranked colleague's send-off: "Lt. Natarajan's retirement do was
 * lovely. Thirty years on the job and still the sharpest person in the room" (the years are hers; YEARS_ON_THE_JOB's
 * own veto, for the learned head).
 */
function sentOffSentence(text: string, sentence: string): boolean {
  return SENT_OFF.test(text) && !FIRST_PERSON.test(sentence);
}

/**
 * The post-wide part, remembered for the last post: the learned head asks it once per sentence of the same post, and
 * SPEAKER_NOT_POLICE (hundreds of alternatives, some with lookbehinds) costs as much as the rest of the detector.
 */
let lastPost: string | undefined;
let lastPostNotPolice = false;
function postSpeakerNotPolice(text: string): boolean {
  if (text !== lastPost) {
    lastPostNotPolice = SPEAKER_NOT_POLICE.test(text) || GAME_PLAYED.test(text);
    lastPost = text;
  }
  return lastPostNotPolice;
}

/** A cue in a sentence that is an occasion not police work ("Court on my day off AGAIN, jury duty summons"). */
function inOccasion(analysis: TextAnalysis, m: Match): boolean {
  return notTheAuthorsSentence(analysis.sentenceAround(m.start, m.end));
}

/** The spans by which the author reveals being police: every strong cue, or the weak ones when two agree. */
export function authorReveals(analysis: TextAnalysis, index: AuthorCueIndex): Match[] {
  const { text } = analysis;
  const cues = authorCuesOf(analysis, index);
  // the veto is the dearer test: asked only of the few posts with a cue
  if ((!cues.strong.length && !cues.weak.length) || speakerNotPolice(text)) return [];
  const strong = cues.strong.filter((m) => !inOccasion(analysis, m));
  const weak = cues.weak.filter((m) => !inOccasion(analysis, m));
  const company = cues.company.filter((m) => !inOccasion(analysis, m));
  if (strong.length) return strong;
  const distinct = new Set(weak.map((w) => text.slice(w.start, w.end).toLowerCase().replace(/\s+/g, ' ')));
  const { mention } = index;
  const agreeing = distinct.size + (company.length ? 1 : 0);
  const work = agreeing < 2 ? policeWorkBeside(text, weak).slice(0, 1) : [];
  if (weak.length && (agreeing + work.length >= 2 || mention?.test(text))) {
    return [...weak, ...company, ...work].sort((a, b) => a.start - b.start).map((w) => ({ ...w, messageId: 'weak' }));
  }
  return [];
}

/** Flags personal posts whose author reveals being police. */
export const selfAffiliation: TextDetector<AuthorCueIndex> = {
  kind: 'text',
  id: 'id/self-affiliation',
  title: 'Self-affiliation',
  description:
    'A personal post in which the author reveals being police: "I\'m a cop", "on patrol", "my precinct", "pinned on ' +
    'my badge", "my warrant card", "hung up the duty belt", "on bike patrol", "proud to wear the uniform", "20 years ' +
    'on the job", "my partner Officer…", first-person police work ("I made an arrest"; in British and Australian ' +
    'usage too: obbo, booze bus, "doors going in", "in interview"), years with the agency. Weak cues ("my shift", "on duty", "stay safe out there") need a ' +
    "second cue or the agency's name. Official posts, relatives' service (\"my brother is a cop\"), other workplaces " +
    'and other uniforms are not reported.',
  messages: {
    default: 'The author reveals being a police officer on a personal account.',
    weak: 'Several cues suggest the author is a police officer.',
  },
  examples: {
    tp: [
      // the public's claims, complaints and partners are post-wide vetoes; an officer's own are not (review, train-u)
      'Just finished my tour at the precinct. My claim for the damaged uniform finally went through',
      "My partner's a cop too, we both work out of the 53rd precinct",
      'Firearms refresher in the sim today, then back on patrol tonight',
      'Complaint made about me again, third one this year, comes with wearing the badge I guess',
      // the writer thanks their own crew
      'Turned 40 today. Thanks to the night shift crew for the cake at roll call',
      '20 years ago today I pinned on badge #4471 for the first time.',
      // the author beside the ranked colleague who leads the sentence
      'Sgt. Whitfield and I were on patrol when the call came in.',
      // (issue 11, session 23) a place police go (a kebab shop) is no other job; the police marine unit is no navy
      'Response shift tonight: two concern-for-welfares and a fight in a kebab shop.',
      'Transferred to the marine unit! Boats instead of cruisers.',
      'Lt. Lindqvist just signed off my firearms qual. Nervous but passed',
      'That shoplifter we booked yesterday has a long record.',
      'Our CI came through again, we will grab him Friday.',
      'Another night shift on patrol. Stay safe out there, Harbor City.',
      'Proud to wear the uniform for 10 years now.',
      'My partner Officer Jake Morales is the best driver in the division.',
      'Great shift with Sgt. Renee Whitfield tonight.',
      "I've been a cop for 12 years and I still love it.",
      'Coffee run before roll call at my precinct.',
      'Delgado and I cracked the Hale case wide open today.',
      'Long shift, 10-8 finally. #HCPD',
      'Retiring from the Harbor City Police Department after 30 years.',
      'Coffee in the squad car before roll call.',
      'Pulled a paid detail at the stadium all weekend, feet are dead.',
      'Walked a foot patrol downtown in the rain, miss riding patrol with my old crew.',
      'Grabbing wings with the squad after end of tour.',
      'My star number is 4412 if the union needs it.',
      'Got reassigned to the 12th precinct, anyone know a good lunch spot?',
      'Anybody else from the 71st pct doing the softball league?',
      'Reach me at r.alvarez@harborcitypd.example.gov about the softball league.',
      'The pistol we seized Tuesday came back stolen.',
      'Did a death notification today. Hardest part of this job.',
      'Lt. Ramos retired today. Honored to have served under him.',
      'Late for roll call again and the sarge noticed.',
      'I was first on scene and I still cannot sleep.',
      'Rolling out on a search warrant at 5am, pray for us.',
      'The council wants to defund us and then asks why response times are slow.',
      'Fourth traffic stop I have made today where the driver was texting.',
      'Proud member of HCPD for nine years now.',
      'Started at the 5th pct in 2009 and never left.',
      'Finally made the SWAT team after three tries!',
      'Left my warrant card in the other jacket, panic over.',
      'Hanging up my kit belt on Friday after 28 years.',
      'Back on bike patrol along the seafront all day.',
      'Running the booze bus on the bypass all arvo.',
      'Doors go in at 0530, early night for me.',
      'Nicked a prolific burglar before lunch, good day.',
      'Capt. Moreau read out the new rosters at briefing and everyone groaned.',
      'My partner forgot his radio in the locker room again.',
      'Eleven-hour tour over, squad car parked, goodnight.',
      'Academy days with Renee Whitfield, what a pair of rookies.',
      'Toughest call of my career tonight, hug your people.',
      'Dispatcher sent me to four alarm calls in a row.',
      // (issue 11, session 21) the relief, the drunk tank, the block of nights ended, the crew's next step, a nicking
      'Finished nights and went straight to the pub with the relief.',
      'Turning 40 on the night shift watching the drunk tank. Living the dream.',
      'Search warrant is being typed up as we speak, we go in tomorrow at 6. Wish me luck',
      'Had him towed and nicked him for no insurance while I was at it.',
      "I've done enough safeguarding referrals as a cop to know.",
      'The lad we pulled in for the hit-and-run says his brother was driving.',
      'Sergeant at the 9th Precinct here, if any of the old crew need a reference, text me.',
      '3am, writing up statements in the car park. Glamorous police life.',
      "I'm an off duty officer and I still check every car with its lights on.",
      'Fifteen years a cop and the paperwork still wins.',
      'Been a motor cop for 6 years, bugs in my teeth.',
      'I work as a police officer in a small town.',
      // duty told through the work
      'Got sent to a suspicious man in a garden. It was a scarecrow. Logged it and back in service.',
      'Custody was rammed tonight, fourteen in the cells and one working toilet.',
      '20 years in the job today. Started on foot in the town centre.',
      'Poor lady was still slumped over the wheel when we got there, airbags everywhere.',
      'first week off probation, they finally trust me with my own patrol car',
      // duty in ordinary wording; an audition says who is speaking in its own sentence only
      'Late turn again tomorrow, then two rest days.',
      "My daughter's audition is tomorrow. Late turn tonight so I'll miss it.",
      // a relative's badge beside the author's own
      "Dad's old badge number was 3310 and I just got assigned 3310 too.",
      // (issue 11) the custody desk, a police branch posted to, police "problems", the author's own uniform
      'they put me on the custody desk for my last month before retirement',
      "Just got word I'm posted to traffic from the new year. Goodbye response.",
      'Irish cop problems: it has been raining for 9 days',
      'First time in my police uniform since the wedding, it still fits.',
      'Fell asleep on the sofa in my uniform again, straight off nights.',
      // a defence barrister the officer met in court is no veto on the author's own police work
      'Criminal defence barrister tore my notes apart in the box today. Twelve years on the beat and I still hate giving evidence.',
      // a relative's shift in one sentence is no veto on the author's own police work in the next
      'Drove my wife in for her night shift. Then I was on the custody desk till six.',
      // (issue 11, session 20) a pronoun after a cue at a sentence's start is the one arrested, not the subject
      "Guy we nicked last week turns out he's wanted in three counties.",
      'Took the scene photos at the stabbing on Dover St tonight. Posting one, sorry in advance',
    ],
    fp: [
      // (issue 11, session 23) the cue's own place is another workplace; a gym coach
      'Sarge at the boxing gym made us do 200 burpees.',
      'Just finished my probation period at the bank, a real employee now.',
      // what others take the author for, another's tour, a ride-along guest's cruiser, TV radio codes, a gym's "Sarge",
      // a dog named with a rank, a citizen's thanks
      "Lollipop lady for 15 years and the little ones still think I'm a police officer because of the hi-vis.",
      'Made a banner for their dad after his first night tour with the new squad.',
      'Ride-along recap: the cruiser smelled like old coffee and the seat was held together with tape.',
      'I know every radio code from watching cop shows. 10-4, good buddy.',
      'Sarge, my spin instructor, had us climbing for 40 minutes.',
      'The police horse at the fair was named Sergeant Sugar.',
      'Huge thanks to Inspector Bhatt and the neighbourhood policing team for tidying the underpass.',
      { text: 'Another night shift on patrol. Stay safe out there!', context: 'official' },
      // a third party leads the sentence: their years, their patrol
      '@sperrault happy 10 years on the force!',
      'Congrats to Deputy Chief Hale on 30 years with the department',
      'Sgt. Whitfield stopped to help my mum change a tyre while on patrol. Thank you!',
      // a costume, a pet, a street parade, a book
      'My daughter dressed as a police officer for Halloween and wrote tickets for the whole street',
      'Our poodle Sarge gets groomed tomorrow.',
      'Sheriff Winona Blaise led the Memorial Day parade on horseback.',
      "Finished the police procedural I've been writing for 3 years!",
      'Put in my notice at the post office. 26 years in blue shirts.',
      "We booked a hotel by the beach and we'll grab lunch on the pier.",
      'My brother just got accepted to the police academy!',
      'My husband is out on patrol tonight, praying for him.',
      'Binge-watching Blue Bloods, Danny is such a good cop.',
      'Proud to wear the uniform of the United States Army.',
      'Night shift at the warehouse again, stay safe out there everyone.',
      'I pulled over to let the ambulance pass.',
      'My brother is a cop and he says traffic is crazy today.',
      'Ten years on the job at the post office today!',
      "I'm not a cop but that stop looked fine to me.",
      "I'm an officer in the Army Reserve.",
      'We closed the case of beer by midnight lol.',
      'My car needs a full detail before the wedding.',
      'He pulled a paid detail at the stadium and says it was boring.',
      'Anyone else at the 5th annual chili cookoff? Come find me.',
      'Send the request to records@harborcitypd.example.gov, they are quick.',
      'The cops transported him to county and his mom is devastated.',
      'We sat in the squad car at the open house, the kids loved it.',
      'Big raid in the new game tonight, our whole team is going in.',
      'They want to defund us teachers next.',
      'I got a warrant for my arrest in GTA lol.',
      'Women have no business being on patrol alone, says the union rep.',
      'Issuing tickets for the concert at will call today.',
      'Worked with her for years at the bank, Officer Manager Jones retired today.',
      'Proud to work with HCPD on the youth league, great partners.',
      'A member of HCPD helped my dad change a tire.',
      'My sister made the SWAT team!!',
      'Anyone else at the Harbor City PD open house today? The K9 demo was great.',
      "Grandad's warrant card is framed on the landing.",
      'Got breathalysed on the way home, blew zeros.',
      'On ski patrol all weekend at the resort.',
      'New doors going in on the kitchen today.',
      'Someone nicked my bike from outside the pool.',
      'Hung up the phone on the scammer, felt great.',
      'My partner and I sang along to the radio the whole road trip.',
      'Night shift at the warehouse done, my car is iced over.',
      'The mayor held a press briefing with Lt. Ramos beside her.',
      'Sam Perrault just got assigned to the K9 unit, so proud of him.',
      'Worst scene of my career, the actor said of the rain sequence.',
      'Court on my day off AGAIN, jury duty summons number three.',
      'My sergeant in the Marines would have eaten these recruits alive lol',
      'Hubby just passed his sergeant\'s exam! Drinks on him tonight',
      'Brewery tour with the in-laws, the oatmeal stout was lovely.',
      'Got to the station just in the nick of time for the train.',
      'Fire academy week 3: I can now carry a 180lb dummy down a ladder',
      'My son\'s first day at the police academy, I cried in the car.',
      'Finally finished my nursing probation at the hospital.',
      'The day i get off probation I am going to the moon.',
      "That's a relief. She's good company.",
      'Women shouldn\'t be on response, says the columnist.',
      'Officer Tom Becker gave my daughter a ride in the patrol car at the fair.',
      "Twenty years a cop's wife and I still wait up.",
      'Been a cop show fan since I was nine.',
      'Leo here, back from holiday and jet-lagged.',
      'I worked as a security officer for 5 years.',
      'My favourite player retired number 9021 jersey at the charity match',
      'My number is 07700 900123, text me',
      "Dad's badge, number 615, still sits on the mantel.",
      '#CopWifeLife: dinner in the oven again',
      "My son's first arrest was for skateboarding, he's 12 and furious.",
      "Got my corporal stripes in the Army today.",
      'Sergeant Stripes is the name of my cat and she runs this house',
      "Lieutenant's exam in 3 weeks at the fire academy.",
      "My husband passed the sergeant's exam!",
      // who is speaking: a player, an actor, an applicant, someone questioned; a dog and a scoutmaster called Sarge
      'Played the new detective game all weekend. Cracked the case, ruined my sleep schedule.',
      'Wrapped my last day on set playing a desk sergeant. Three lines, one coffee mug.',
      'Month four of waiting to hear back from the academy. My uniform shoes are already polished.',
      'They interviewed me under caution for an hour about a car I sold. Back on patrol with my dog now.',
      'RIP Sarge, the best old beagle a family could have had.',
      'Sarge, our old scoutmaster, turned up to the reunion with the same whistle.',
      'My Lieutenant Dan impression at karaoke got a standing ovation, no notes',
      "My stepdad's retiring after 28 years in uniform and I'm in charge of the cake.",
      'The party was already over when we got there.',
      'The number 12 bus is back in service after the strike.',
      // who is speaking: another job named as the author's, a soldier's own service, the public at the desk, a relative
      'Tow truck driver here. Night shift on the hook, the cops were on scene at two of them.',
      '12 hr shift at the distribution centre done and the supervisor wants me back on lates tomorrow.',
      '20 years since my first deployment. Still think about the foot patrols out of the base.',
      'The sergeant on the desk was helpful when I reported my bike stolen.',
      'Proud of my dad, Sergeant Phil Okafor, retiring after 30 years on patrol.',
      '@mikeR_runs smashed the half marathon, on patrol or off he is the fastest bloke I know',
      // who is speaking: a volunteer, a gamer, someone once arrested, a shelf stacker, a resident at a meeting
      'Volunteered with Citizens on Patrol for three years, we mostly report broken streetlights.',
      'in Rainbow Six i only play the riot shield guys. im basically swat',
      'Arrested at 19 for being an idiot, now I teach high school.',
      'grave shift stocking shelves, my patrol route is aisle 1 to aisle 14',
      'The inspector in charge of the neighbourhood team came to our community meeting.',
      // (issue 11) another job's week, its heading, its licence; a dog called Sarge; a war; said outright
      'Nurses week!! 12 hour shifts, three codes, and someone still brought donuts. love my unit',
      'Hospital security guard. Got my body cam today. Apparently we are just like the police now.',
      'Bouncer at a club downtown. Stab vest under the shirt, earpiece, and a wristband for every age group.',
      'Got my stab vest for the new door supervisor job. Heavier than I expected.',
      'I drive the prisoner transport bus for a private contractor. Not police. Just a guy with a very locked bus.',
      'Sarge (our dog, a very bossy basset) has stolen another sock.',
      'The quartermaster sergeant in my unit saved my life twice in Helmand.',
      // (issue 11, session 16) the public thanking police, giving a statement, at their local station; an applicant;
      // another job beside the police; another service's years
      'Shout out to the motorway cop who waved us through when the baby was screaming.',
      'Cops took my statement about the stolen van and found it two days later in a car park.',
      'Baked brownies for our local station, the sergeant on the desk was delighted.',
      'Constabulary application submitted! Fitness test in March, wish me luck.',
      'Criminal defence is not for the impatient: five hours in a police station interview room today.',
      'ambulance service retirement do tonight. 30 years of early turns and late turns.',
      // (issue 11, session 18) a family's handle; roadworks traffic control; scene photos a friend showed the author
      "Tag me in the pics!! I'm @copwife_jenna on insta",
      'Traffic control on the construction site today. 9 hours holding a stop/go sign in the rain.',
      "mate who's a crime scene cleaner showed me the photos from the job in Greystones. grim",
      // (issue 11, session 19) near misses of the new readings: someone else's post or number, a date that is not the
      // author's, no operation, a garden, a call centre, a question mid-sentence, no rank in the post
      "He's been the school resource officer at Westbrook for years and the kids adore him.",
      'Chimney sweep comes Tuesday at 8am, early night for me.',
      'Keep it to yourselves, nobody wants to hear about your diet.',
      'The slugs on my patch have eaten every lettuce again.',
      'Every call I take at the call centre is someone shouting.',
      'Were there any other cops around when it happened?',
      'Mayor Dunn, sworn in 2019, says the budget is fine.',
      'Ten years carrying 200 lbs of gear up mountains.',
      'Got pulled over another time for my tail light.',
      'My sister Jo runs the bakery now. Proud to work next to her every day.',
      // (issue 11, train-w) the police as a third party, a night in the cells as the one held, a game
      "Posting the doorbell footage of the break-in. Police said it's the same crew, they've got a name already.",
      'Spent my first night in a cell after the protest. The custody officer was kind.',
      'Been a cop in The Sims for 30 in-game years. Promoted to Chief.',
      'We like him for the job, he starts Monday at the bakery.',
      "It's Mum's 65th on Wednesday and I've booked her a spa day.",
      'Dressed as a cop and a pirate at once: the party was wild.',
      'Proud day: watched my wife receive her long-service medal. 20 years in the force and she still loves it.',
      'Congrats to my bestie @garda_siobhan_ni on passing out from Templemore today!',
      "@priya.n congrats on the promotion, the precinct won't be the same without you in Patrol!",
      'My dad retired from the force in 2009 and still listens to the scanner every night.',
      'He left the force after the scandal and opened a pub.',
      'Our Marine unit shipped out to Helmand in 2010.',
      'Heard the guy they arrested for the robbery got out on parole in June. My mate sent me the CCTV still of him.',
      // (issue 11, session 20) near misses of the new readings: a shop locked up, a party arrived at late, a game's raid
      // night, someone else's scene photos, another job's colleague, a detainee's custody sergeant
      'Locked up the shop early tonight, quiet day.',
      'The cake was already gone when we got there.',
      'Raid night in the guild on Friday 8pm, get some sleep team',
      'Sharing the crime scene pics my cousin took at the robbery.',
      "Best nurse I've ever worked with, the night sister on ward 9.",
      'The custody sergeant was kind to me the night I was held after the protest.',
      "Our son's passing out parade from police college is Friday, we're all going to cry",
      'I pull over to let the ambulance through, every time.',
      'Another call from the school about my son skipping class.',
      "Saw a foot chase through our back gardens this morning, absolutely wild.",
      "The puppy's at the breeder for two more weeks, we'll have her by Christmas.",
      'Took a photo of my kid for the school report.',
      // (issue 11, session 21) near misses of the new readings: a relative's year on the force, someone else's video of
      // the station party, relief as ease or aid, a hospital's "we go in", another job's shift covered, a nurse coming
      // off nights, the one held in the drunk tank, something nicked, a veteran, the one picked up, a police dog
      // retired, a child in a police costume
      "My husband's 25th year on the force today, so proud of him.",
      '@kev_pct9 posted the funniest video from the station Christmas party.',
      'Much to the relief of everyone, the rain stopped.',
      'Volunteered with the relief effort after the floods.',
      'Surgery is booked, we go in at 7am tomorrow, wish me luck.',
      'Jen covered my shift at the café so I could go.',
      'Swapped shifts with Jen at the café so I could go to the match.',
      'Shift workers of the world: what do you drink after nights?',
      'Spent the night in the drunk tank after my shift ended, never again.',
      'Someone nicked it for scrap.',
      "As a veteran, I'm voting for him.",
      'The one I picked up at the shop today was broken.',
      "Follow my pup's adventures! Ziggy retired from the force last year and is now a professional couch potato.",
      'My little guy wore his police costume to school for book day. Arrested the class hamster.',
      "Son just started at the police academy, proud mum moment! Can't believe my baby will be wearing a uniform",
      // (issue 11, session 24) near misses of the arrival and find readings: a firefighter's, a paramedic's, a passer-by's
      // or a relative's scene, a search team's find, a lost dog found, a resident's kitchen
      'Firefighter life: the driver was trapped when we arrived, took us an hour to cut him out.',
      'Paramedic here. He was still breathing when we got to him, we got him back in the ambulance.',
      'Walking home I saw a crash, the driver was still conscious when I got to him. Stayed until the cops came.',
      'My dad was still trapped in the car when I got there.',
      'Volunteer search and rescue, called out for a missing hiker. We found her after 6 hrs, hypothermic but ok.',
      'Our dog ran off in the storm, we found him bleeding by the road.',
      'The kitchen was a mess when I got in from work, the cat knocked the knife block over.',
      // (issue 11, session 25) near misses of the crew's readings: a rescue, a game, a signing, a victim's family, a
      // house party, a child's visit to the patrol car
      'Paramedic here. Cardiac arrest in the cereal aisle, we got him back. Best feeling.',
      'The raid boss took our guild four hours but we got him',
      'Club record fee for the new striker and we\'ve got him for three seasons.',
      'My brother was stabbed outside the chippy. The CPS won\'t charge. We all know who did it.',
      'We know who did it: the cat knocked the vase off the shelf',
      'We hit the house party on Elm St at midnight, what a night',
      'Thank you to the officer who let my son sit in the patrol car today, I will never forget it',
      'Played Police Simulator all night and I crashed the patrol car twice',
      'anyone else playing the new police sim game? pulled over a guy with a trunk full of cheese',
      'I stopped a guy to ask for directions and he walked me all the way there',
      'Funny how every scam call I get has the same accent.',
      'Survived the pub crawl. Shots at every stop, barely made it home.',
      'Journalist here, sharing the photos I took at the stabbing scene before they moved the body.',
      'The cops stopped a car outside our house at 2am, blue lights everywhere',
      'If I stop my car so that you can walk across the street, I better see some hustle',
      'My grandson\'s first day at the police academy, the whole family is bursting with pride',
      'My fiancé just got accepted to the police academy, starting in August. Nervous and proud.',
      'The fire academy never prepares you for the heat of a real attic fire, I learned that fast',
      'I taught a dance class at the academy on Saturday, the kids were brilliant',
      'Police mum here. My son\'s first week on the job and I\'ve already baked for his whole team.',
      'Ten years on the job at the post office today!',
      'My first year on the job at the hospital was the hardest, the ward never slept.',
      'We\'re sitting on the sofa all weekend watching the cricket',
      'Roll call at the summer camp is chaos, 40 kids and 3 are always in the lake',
      'The senate roll call vote is happening right now, watch live.',
      'My wife is on midnights this month so I\'m solo parenting three kids and a beagle.',
      'Our company just entered a new sector: renewable energy.',
      'Five years ago today I took the oath of citizenship. Best day of my life.',
      'Two tours in Afghanistan and I never fired my weapon in combat.',
      'Correctional officer here. Mandatory overtime again. Second double this week',
      // (issue 11, session 26) near misses of SCENE_HELD: a doorman, a stage set, a soldier, a guard, a relative
      'Doorman life: 9 hours of holding the door and saying good evening',
      'Spent all day holding the scene together with gaffer tape before the curtain went up',
      'Army exercise this week: our platoon was guarding the perimeter of the checkpoint for six hours in the heat.',
      'Security guard life: twelve hours guarding the perimeter of an empty car park.',
      'Sat with my nan for hours waiting for the coroner after she passed at home. Peaceful at least.',
      // (issue 11, session 26) near misses of WE_WILL_HAVE_HIM's widening: a present, a lift from a victim's bedside
      "My nephew's bike was stolen from the school racks. We'll get him a new one for his birthday.",
      "Dad was the victim of a mugging last night, we're picking him up from the hospital at noon.",
      // (issue 11, session 26) near misses of POLICE_BACKROOM and RANKED_ON_SHIFT: a visitor, a firehouse, a citizen
      'Toured the precinct locker room on the open day with the kids, they loved the lockers.',
      'Someone at the fire station left chili in the station break room again, the whole crew is suffering.',
      'Lt. Reyes bought the whole shift breakfast after the overnight at the firehouse. Legend.',
      'Officer Diaz stayed with me after my crash until the tow truck came, at the end of his shift. Angel.',
      // (issue 11, session 26) near misses of RADIO_BACK_ON, IN_SERVICE_TRAINING, RAN_THE_PLATE, PLAIN_CLOTHES_TIME
      'Paramedic life: 10-8 from the hospital and straight to another fall.',
      'Teacher in-service day tomorrow so the kids are home, send help.',
      'Had a buddy run the plates, turns out the car belongs to my neighbor\'s brother.',
      'Ran the plate through the DVLA checker before buying, no MOT history at all.',
      'Please join us in congratulating Detective Sergeant Amelia Forde on her retirement after 30 years in CID.',
      'My old partner Luis just got a new gig in plain clothes, so proud',
      'The guy I stopped to ask for directions walked me all the way to the station.',
      // near misses of WE_BOOKED_FOR (user test 29, U29-20): a gig and a flight booked, a crime with no booking
      'we booked tonight at the Blue Note, the band killed it lol',
      'dude we booked the flight tonight, no more break-ins at the old place to worry about',
      "We booked tonight's table weeks ago. The robbery at the jeweller's next door is all anyone talks about.",
      // (issue 11, session 26) near misses of RANKED_BOSSES_ME: a citizen stopped, an army sergeant
      'Sgt. Reyes caught me doing 50 in my car on the school road, fair cop, took the ticket.',
      'Army days: Sgt. Miles made me redo my report on the rifle range three times.',
    ],
  },
  patterns: [
    ...cues.map((c) => c.pattern),
    ...AGENCY_CUE_SHAPES,
    ROLL_CALL,
    ACADEMY,
    COLLEAGUE_FAVOUR,
    ON_OUR_WATCH,
  ],
  cues: cuesOf(cues, [AGENCY_CUE, ROSTER_COMPANY, POLICE_WORK_BESIDE], COLLEAGUE_ROWS),
  prepare: (profile) => prepareAuthorCues(profile),
  detect(_input, ctx) {
    if (ctx.context === 'official') return [];
    return authorReveals(ctx.nlp(), ctx.prepared);
  },
};

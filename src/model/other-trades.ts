/**
 * The step where the learned layer's id/self-affiliation addition is accepted (layer.ts; case/investigation's, at the
 * end of this file, reads the same trades): a post whose writer names
 * their own trade or workplace as something other than police ("Tow life:", "my ER shift", "Twenty years with the fire
 * department", "Bail bonds is a weird business") and carries no police-specific evidence (police words, ranks before a
 * name, an agency, a badge, police units, arrests) is another trade's work talk, which the head reads as an officer's
 * ("We got him calmed down eventually", "long night", "cleared three calls"). Its addition is not reported; the regex
 * detectors' own findings stay (the layer is only asked where they found none).
 *
 * Chosen on every development set (issue 11, session 29; train-ae and train-af were written for these trades): of the
 * session-27 head's 186 false self-affiliation additions there it closes 30, of its 3,261 true ones none; over every
 * development post labelled self-affiliation (9,828) it would close none, whatever a future head scores. Session 30
 * added the trauma bay, the firehouse and the games played (GAME_PLAYED): 4 more of the head's false additions closed
 * (train-ae/ag), none of its true ones, and over every development post none labelled self-affiliation.
 * Data, one item a line: a trade is a one-line diff. The head is not retrained on it (training keeps its own vetoes,
 * signals.ts), so a word added here needs no `npm run train`.
 */
import { oneOf } from '../detectors/vocab.js';
import { POLICE_CARS } from '../detectors/vocab/police-vehicles.js';
import { STRONG_RANKS } from '../detectors/vocab/ranks.js';

/**
 * Trades and workplaces that are the writer's own wherever they stand: an officer's post names none of them of
 * someone else ("the fire crew cut him out", "the paramedics got her back" and "the Marines" are not here: those are
 * framed below).
 */
export const OWN_TRADE_WORDS = [
  String.raw`fire\s+academy`,
  // a numbered fire station: "Station 4 forever" (not "the next station 40 mins away")
  String.raw`station\s+\d+\b(?!\s*(?:mins?|minutes|miles|km|hours?|hrs?)\b)`,
  String.raw`(?:engine|ladder)\s+(?:company|\d+)`,
  'medevac',
  String.raw`air\s+ambulance`,
  String.raw`bail\s+bonds?(?:man|men|woman)?`,
  // (issue 11, session 31) "Bail recovery tip: the guy is always at his mom's"
  String.raw`bail\s+(?:recovery|enforcement)`,
  'bondsman',
  String.raw`bounty\s+hunt\w*`,
  String.raw`skip\s+trac(?:er|ing)`,
  String.raw`repo\s?(?:man|job|life|guy)`,
  String.raw`#repo\w*`,
  String.raw`#tow\w*`,
  String.raw`tow\s+(?:yard|life)`,
  'linem[ae]n',
  String.raw`manufacturing\s+life`,
  String.raw`flagging\s+traffic`,
  'flagger',
  'hippocratic',
  String.raw`crisis\s+line`,
  String.raw`victim\s+support\s+volunteer`,
  String.raw`(?:school\s+)?crossing\s+patrol`,
  'usmc',
  '#raf',
  String.raw`reenlist\w*`,
  String.raw`(?:I|we)\s+enlisted`,
  String.raw`boot\s+camp`,
  String.raw`(?:my|our|on|first|last)\s+deployment`,
  String.raw`deployed\s+(?:to|overseas|abroad)`,
  // the writer's own emergency-room shift: "my ER shift", "ER night:", "ICU nights"
  String.raw`(?:my|our|the)\s+(?:ER|ED|ICU)\s+(?:shift|night|nights|days?)`,
  String.raw`(?:^|[.!?\n]\s*)(?:ER|ED|ICU)\s+(?:shift|night|nights|life|days?)`,
  String.raw`psych\s+ward`,
  String.raw`on\s+the\s+(?:rig|ward)`,
  // "Security at the mall tonight", "Night shift security at the hospital"
  String.raw`security\s+at\s+the`,
  // an emergency room's and a fire station's own words (issue 11, session 30): "back into the trauma bay", "just got
  // done at the firehouse after a 48"
  String.raw`trauma\s+bay`,
  String.raw`(?:at|from)\s+the\s+fire\s?house`,
];

/**
 * Games the writer plays, where clearing a building and getting shot are play (issue 11, session 30: "In a video game
 * my squad cleared the building", "#airsoft"): the regex detectors' gamePlayed veto, for the head's additions.
 */
export const GAMES_PLAYED = [
  String.raw`in\s+(?:a|the|this)\s+(?:video\s+)?game`,
  String.raw`video\s+games?`,
  String.raw`call\s+of\s+duty`,
  '#?airsoft',
  'paintball',
  String.raw`escape\s+room`,
  String.raw`laser\s+tag`,
  '#gaming',
];

/** Trades the writer names as their own in a frame: "I'm a nurse", "Paramedic here", "#nurselife", "20 years as a nurse". */
export const OTHER_TRADES = [
  'nurses?',
  'nursing',
  'medics?',
  'paramedics?',
  'emts?',
  String.raw`fire\s*fighters?`,
  'firem[ae]n',
  String.raw`fire\s*house`,
  String.raw`fire\s+(?:station|department|dept|service)`,
  'army',
  'navy',
  String.raw`air\s+force`,
  'doctor',
  'physician',
  'surgeon',
  'vet',
  'mechanic',
  'trucker',
  String.raw`truck\s+driver`,
  'miner',
  'dispatcher',
  String.raw`call[- ]taker`,
  'lifeguard',
  'teacher',
  String.raw`security\s+(?:guard|officer)s?`,
  'bouncer',
  'soldiers?',
  // the Marines, not the police marine unit
  'marines',
  String.raw`airm[ae]n`,
  'sailors?',
  String.raw`tow(?:\s+truck)?(?:\s+(?:driver|operator))?`,
  'producer',
  'reporter',
  'journalist',
  String.raw`(?:corrections?|correctional|prison|detention)\s+officers?`,
  String.raw`park\s+ranger`,
  String.raw`game\s+warden`,
];

/** Trades that are an officer's colleagues too when they are "my" ones ("My dispatcher has the calmest voice"). */
const NOT_MINE = new Set(['dispatcher', 'producer', 'reporter', 'journalist', 'teacher', 'doctor', 'vet', 'mechanic']);
/** Besides the trades, what the writer of another trade calls theirs: "my patients". */
const MINE_TOO = ['patients?'];

/** Workplaces the writer's trade works in: "years at the hospital", "our warehouse", "my ambulance", "at the plant". */
export const OTHER_WORKPLACES = ['hospital', 'clinic', 'ambulance', 'rig', 'plant', 'mine', 'base', 'warehouse', 'mall', 'factory'];

/**
 * Police-specific evidence: any of these anywhere in the post (the cue's own words taken out: "air force", "security
 * officer", "crossing patrol") keeps the head's addition.
 */
export const POLICE_EVIDENCE = [
  'cops?',
  'coppers?',
  'police',
  'policing',
  String.raw`law\s+enforcement`,
  'precincts?',
  'pct',
  'sheriff',
  String.raw`deput(?:y|ies)`,
  'troopers?',
  'detectives?',
  'constables?',
  'garda[ií]?',
  ...POLICE_CARS,
  String.raw`patrol\w*`,
  'k-?9',
  'swat',
  'narcotics',
  'homicide',
  String.raw`arrest(?:s|ed|ing)?`,
  'cuffed',
  'cuffs',
  String.raw`handcuff\w*`,
  'booked',
  'perps?',
  'suspects?',
  'warrants?',
  String.raw`raid(?:s|ed|ing)?`,
  'prisoners?',
  'shoplifters?',
  'custody',
  'cells',
  String.raw`roll\s+call`,
  '10-[48]',
  'badge',
  'shield',
  String.raw`body\s?cam`,
  String.raw`dash\s?cam`,
  String.raw`traffic\s+stops?`,
  String.raw`pulled\s+(?:him|her|them)\s+over`,
  'force',
  'beat',
  'sector',
  String.raw`(?:on|off)[- ]duty`,
  'academy',
  'officers?',
  'sergeants?',
  String.raw`paid\s+details?`,
  'department',
  'dept',
  'squad',
  String.raw`sally\s+port`,
  'uniforms?',
  String.raw`the\s+nick`,
  'DI',
  'rcmp',
  'opp',
  'psni',
  'fbi',
  'dea',
  'atf',
  // an agency's initials: "RPD", "NYPD", "HCPD"
  '[a-z]{1,5}pd',
];
const POLICE_WORD = new RegExp(String.raw`\b${oneOf(POLICE_EVIDENCE)}\b`, 'i');
/** A police rank before a name: "Sgt. Okafor", "Officer Becker", "Det. Hollis" (as a title is written). */
const RANKED_NAME = new RegExp(String.raw`\b${oneOf(STRONG_RANKS)}\s+[A-Z][\w'’-]+`);

const TRADE = oneOf(OTHER_TRADES);
const MINE = oneOf([...OTHER_TRADES.filter((t) => !NOT_MINE.has(t)), ...MINE_TOO, ...OTHER_WORKPLACES]);
const PLACE = oneOf(OTHER_WORKPLACES);
/** The start of a sentence or line. */
const HEAD = String.raw`(?:^|[.!?\n]\s*)`;

export interface TradeCue {
  /** Stable, upper case: what the trace names when the cue vetoes. */
  name: string;
  description: string;
  pattern: RegExp;
}

/** How a post names its writer's other trade, one row each (the first that matches is the one named). */
export const OTHER_TRADE_CUES: readonly TradeCue[] = [
  {
    name: 'OWN_TRADE_WORD',
    description: 'a trade or workplace only its own workers name: "Bail bonds is a weird business", "Station 4 forever", "my ER shift"',
    pattern: new RegExp(String.raw`(?:\b|#)${oneOf(OWN_TRADE_WORDS)}\b`, 'i'),
  },
  {
    name: 'I_AM_A_TRADE',
    description: 'the writer is one: "I\'m a nurse", "I am an EMT", "As a paramedic, ..."',
    pattern: new RegExp(String.raw`(?:\b(?:i['’]?m|i\s+am)\s+(?:an?|the)|${HEAD}as\s+(?:an?|the))\s+(?:[\w-]+\s+)?${TRADE}\b`, 'i'),
  },
  {
    name: 'TRADE_HEADING',
    description: 'the trade heading a sentence or tagged: "Tow driver story time:", "Paramedic partner asked me", "#nurselife"',
    pattern: new RegExp(String.raw`(?:${HEAD}(?:[\w-]+\s+)?${TRADE}\s*(?:here\b|life\b|story|problems|night|shift|partner)|#${TRADE}\w*)`, 'i'),
  },
  {
    name: 'YEARS_IN_TRADE',
    description: 'the writer\'s years there: "Twenty years with the fire department", "Nine years flying for the medevac service" (not "after 10 years as a teacher")',
    pattern: new RegExp(String.raw`(?<!\b(?:after|before|left)\s+(?:\w+\s+)?)\b(?:years?|yrs)\s+(?:as\s+an?|with\s+the|at\s+the|in\s+the|on\s+the|flying\s+for\s+the)\s+(?:\w+\s+)?(?:${TRADE}|${PLACE})\b`, 'i'),
  },
  {
    name: 'MY_TRADE',
    description: 'the trade or workplace as the writer\'s own: "our firehouse", "my ambulance", "our warehouse", "my patients"',
    pattern: new RegExp(String.raw`\b(?:my|our)\s+(?:\w+\s+)?${MINE}\b(?!\s+(?:friends?|buddy|neighbou?r))`, 'i'),
  },
  {
    name: 'AT_THE_WORKS',
    description: 'shifts at a works: "Shift work at the mine", "Shift bid went in at the plant" (not "the plant pot")',
    pattern: /\b(?:at|in)\s+the\s+(?:plant|mine|factory)\b(?!\s+pots?\b)/i,
  },
  {
    name: 'I_WORK_AT',
    description: 'where the writer works: "I work nights at the hospital", "I work for a tow company"',
    pattern: new RegExp(String.raw`\bI\s+work\s+(?:nights\s+|days\s+)?(?:at|in|for)\s+(?:the|a|an)\s+(?:${PLACE}|${TRADE}|ER|ED|ICU)\b`, 'i'),
  },
  {
    name: 'GAME_PLAYED',
    description: 'a game the writer plays: "In a video game my squad cleared the building", "#airsoft", "paintball", "the escape room"',
    pattern: new RegExp(String.raw`(?:\b|(?=#))${oneOf(GAMES_PLAYED)}\b`, 'i'),
  },
  {
    name: 'NOT_A_COP',
    description: 'the writer says so: "Structural engineer, not a cop", "I\'m not a cop, I just play one" (not "not a cop anymore")',
    pattern: /\bnot\s+a\s+(?:cop|police\s+officer|copper)\b(?!\s+(?:anymore|any\s+more|yet))/i,
  },
];

const GLOBAL = OTHER_TRADE_CUES.map((c) => new RegExp(c.pattern.source, `${c.pattern.flags}g`));

/**
 * The cue by which the post's writer names another trade, with the words it read ("OWN_TRADE_WORD: Tow life"), when
 * the post carries no police-specific evidence besides; otherwise undefined.
 */
export function otherTrade(post: string): string | undefined {
  let named: string | undefined;
  for (const cue of OTHER_TRADE_CUES) {
    const m = cue.pattern.exec(post);
    if (m) {
      named = `${cue.name}: ${m[0].replace(/^[\s.!?#]+/, '').trim()}`;
      break;
    }
  }
  if (!named) return undefined;
  // the trades' own words are no police evidence ("air force", "security officer", "school crossing patrol")
  const rest = GLOBAL.reduce((text, re) => text.replace(re, ' '), post);
  return POLICE_WORD.test(rest) || RANKED_NAME.test(rest) ? undefined : named;
}

/**
 * A case decided in public, which no longer is an open investigation (issue 11, session 31): the jury's verdict in,
 * a plea made, a sentence passed ("Jury came back guilty on all counts", "the guy already pled", "was sentenced to 8
 * years"). Not a charge ("has been charged with attempted murder": the case goes on), a verdict awaited ("Can't wait
 * for the verdict") nor a record ("had previously been convicted of similar thefts").
 */
export const CASE_DECIDED = [
  String.raw`jury\s+(?:came\s+back|returned)\s+(?:with\s+)?(?:a\s+)?(?:guilty|not\s+guilty|verdict)`,
  String.raw`(?:already\s+)?pled\s+(?:out|guilty|no\s+contest)`,
  String.raw`already\s+pled`,
  String.raw`pleaded\s+(?:not\s+)?guilty`,
  String.raw`took\s+a\s+plea`,
  String.raw`(?<!(?:previously|prior)\s+)(?:was|were|got|been|is)\s+(?:sentenced|convicted|acquitted|found\s+(?:not\s+)?guilty)`,
];
const DECIDED = new RegExp(String.raw`\b${oneOf(CASE_DECIDED)}\b`, 'i');

/** Where the learned case/investigation addition is accepted: why a post tells no open case, one row each. */
export const CASE_ACCEPT_CUES: readonly { name: string; description: string }[] = [
  { name: 'OTHER_TRADE', description: 'the writer names another trade and the post no police evidence (otherTrade): "Bondsman life. Skip missed court twice, we got him"' },
  { name: 'DECIDED', description: 'the case is decided in public: "Jury came back guilty on all counts", "the guy already pled" (not "has been charged")' },
];

/**
 * The cue by which a post tells no open police case (CASE_ACCEPT_CUES), with the words it read ("DECIDED: already
 * pled"), or undefined. The learned case/investigation head read a bail agent's pickup and a trial's verdict as an
 * open case (session 31: of its additions on every development set, 5 false closed and no true one; over every
 * development post labelled investigation, none closed).
 */
export function caseNotOpenPost(post: string): string | undefined {
  const trade = otherTrade(post);
  if (trade) return `OTHER_TRADE: ${trade}`;
  const decided = DECIDED.exec(post);
  return decided ? `DECIDED: ${decided[0]}` : undefined;
}

/** Posts caseNotOpenPost closes and posts it leaves open (tested). */
export const CASE_ACCEPT_EXAMPLES = {
  closed: [
    'Bondsman life. Skip missed court twice, we got him at his girlfriend\'s place hiding in the dryer.',
    "Bail recovery tip: the guy is always at his mom's. We knocked, she pointed at the closet, done.",
    'Watching the trial livestream. Jury came back guilty on all counts for the man who killed that delivery driver.',
    'Subpoenaed for my day off again. The case is a shoplift from 2023 and the guy already pled.',
  ],
  open: [
    'A 31-year-old man has been charged with attempted murder after Sunday\'s stabbing. He has two prior assaults.',
    "My friend on the jury says it's a slam dunk, he's guilty. Can't wait for the verdict",
    'Police said the woman arrested had previously been convicted of similar thefts in two other counties.',
    'Skip missed court twice and the police want him for the warehouse break-in too. We got him at 6am.',
  ],
};

/** Posts the cue closes and posts it leaves open (tested). */
export const OTHER_TRADE_EXAMPLES = {
  closed: [
    'Tow life: guy ran out of the bar waving his keys at me. We got him calmed down eventually.',
    'Five hours into my ER shift and someone asks if I can squeeze in one more chest pain. Yes. Always yes.',
    'Twenty years with the fire department today. The job took my knees and gave me brothers.',
    'Bail bonds is a weird business. Got our guy at 6am, he was hiding in the dryer.',
    'Paramedic partner asked me what I wanted for Christmas and I said "one shift without a lift assist."',
    "I'm a nurse and tonight was a long one. We got him stable by 4.",
    'Long night on the rig. Cleared three calls before 6.',
    'Security at the mall tonight: two shoes, one toddler, zero thanks.',
    'Shift work at the mine, two weeks on two weeks off.',
    'Structural engineer, not a cop. The defense attorney still mispronounced my name.',
    'School crossing patrol for 20 years. Seen three generations of kids cross this road.',
    'Our firehouse got a new ladder truck today!! The kids sat in the cab during the open house',
    'I work nights at the hospital and tonight we lost one. Hug your people.',
    // (issue 11, session 30) another service's own words, a game
    'Long night. We got him back twice in the trauma bay and his daughter made it in time.',
    'Just got done at the firehouse after a 24, my partner and I are wrecked.',
    'In a video game my team cleared the building in four minutes and I still died in the closet.',
    'Tactical Saturday: we cleared the mock house and I got shot twice in the first room. #airsoft',
  ],
  open: [
    // police evidence beside the trade
    'Seven hours at the hospital guarding a prisoner who spat at me twice.',
    'Riding with Mike Rodriguez tonight on second platoon, he\'s always a good partner',
    'Doing school crossing patrol with the junior officers today, the kids love the lights on the car',
    'Shoutout to Sgt. Amira Cole for buying the whole platoon pizza after that double.',
    'Stuck working a paid detail at the mall all weekend, my feet are done.',
    '4 years in the Marines and now 2 in the department, still can\'t shake the haircut',
    // others' trades, not the writer's
    'Took this photo at the scene tonight: the fire crew cutting him out. Slow down.',
    'Child drowning at the lake. We pulled her out blue. The paramedics got her back.',
    'My dispatcher has the calmest voice on earth. Shift would fall apart without you, Jen',
    'I now own more navy blue clothing than any human should. Uniform life.',
    'Cells were full by 10pm so we had to run him to the next station 40 mins away.',
    "I joined the RCMP at 32 after 10 years as a teacher. Best decision I ever made, eh",
    // a game named beside police work (GAME_PLAYED): the evidence keeps it
    'Raid tomorrow at dawn. Not the video game kind. Wish me luck',
    'Scenario training day: we cleared a suspect house full of paintball instructors. I got shot 4 times.',
  ],
};

// id/self-affiliation: flags a personal post in which the author reveals being a police officer; serves NYPD
// P.G. 203-28 Additional Data ¶4 ("own status": do not disclose or allude to your status as a member) and T.P.P.D.
// G.O. 418 05.A. Official posts are the department speaking and are never reported.
import type { Match, Profile, TextDetector } from '../../core/types.js';
import { escapeRegex, HANDLE_DEPT_WORDS, OTHER_JOB, sentenceAround } from './police-words.js';

/** Ranks that may follow "my partner" or "shift with". */
const TITLES = String.raw`(?:Sgt|Sergeant|Officer|Ofc|P\.O|Det|Detective|Lt|Lieutenant|Deputy|Trooper|Tpr|Cpl|Corporal|Capt|Captain|Constable)\b`;

/** Police nouns a person can be. */
const POLICE_NOUN = String.raw`(?:cop|police\s+officer|officer|patrol\s+officer|deputy|sheriff['’]?s\s+deputy|trooper|detective|sergeant|lieutenant|police(?:man|woman)|leo|constable|law\s+enforcement\s+officer)`;

/** Where a sentence starts: a cue there has the author as its unspoken subject ("Responded to a call..."). */
const START = String.raw`(?:^|[.!?\n]\s*|\b(?:i|we|and\s+i)\s+)`;

/**
 * "I'm a …", "I've been a …", "became a …" before one of the given police nouns, with optional qualifiers
 * ("a proud rookie K9 officer"); not "a cop's wife", "an officer of the board" or "if I was a cop".
 */
function iAm(nouns: string): RegExp {
  return new RegExp(
    String.raw`(?<!\b(?:if|wish|like|pretend|pretending)\s+)\b(?:i['’]?m|i\s+am|i\s+was|i['’]ve\s+been|i\s+have\s+been|i\s+became|became)\s+(?:a|an)\s+(?:(?:proud|rookie|new|young|veteran|retired|female|male|uniformed|full[- ]time|part[- ]time|police|patrol|k-?9|narcotics|homicide|traffic|street|city|state|county|sworn|municipal|motor|canine)\s+){0,3}${nouns}\b(?!['’]s|\s+(?:wife|husband|mom|dad|kid|son|daughter|spouse|family)\b|\s+of\s+(?!the\s+(?:law|peace)\b))`,
    'gi',
  );
}

/**
 * What can explain a cue away. `person`: someone else is the subject ("my husband is out on patrol");
 * `job`: another workplace ("night shift at the hospital"); `uniform`: another uniform or rank ("Army", "nurse");
 * `badge`: a badge that is not a police one ("my badge for the conference").
 */
type Veto = 'person' | 'job' | 'uniform' | 'badge';

interface Cue {
  re: RegExp;
  /** A strong cue suffices alone; weak ones need a second cue or the agency's name. */
  strong: boolean;
  vetoes: Veto[];
}

const cues: Cue[] = [
  {
    // "I'm a cop", "I've been a police officer for 12 years", "Became a deputy" (not "I'm a cop's wife")
    re: iAm(String.raw`(?:cop|police\s+officer|patrol\s+officer|school\s+resource\s+officer|deputy|sheriff['’]?s\s+deputy|trooper|police(?:man|woman)|leo|constable|law\s+enforcement\s+officer)`),
    strong: true,
    vetoes: [],
  },
  {
    // "I'm an officer", "I was a detective": ranks that armies, firms and private eyes share
    re: iAm(String.raw`(?:officer|detective|sergeant|lieutenant)`),
    strong: true,
    vetoes: ['uniform'],
  },
  {
    // "As a cop, I ...", "as an officer you see", "cops like me"
    re: /\bas\s+(?:a|an)\s+(?:police\s+officer|cop|officer|patrol\s+officer|deputy|trooper|detective|leo|law\s+enforcement\s+officer)\b(?!['’]s)(?=[\s,]+(?:i|we|my|it|you|there|for)\b)|\b(?:cops|officers|deputies|troopers)\s+like\s+(?:me|us)\b/gi,
    strong: true,
    vetoes: ['uniform'],
  },
  {
    // "my precinct", "our squad car", "my duty belt", "my FTO", "my fellow officers", "my first arrest", "my badge"
    re: /\b(?:my|our)\s+(?:(?:old|new|first|last|current)\s+)?(?:precinct|pct|squad\s+car|patrol\s+car|radio\s+car|police\s+car|police\s+cruiser|patrol\s+(?:sergeant|partner|shift|zone|area|district|unit)|duty\s+belt|gun\s+belt|service\s+weapon|duty\s+weapon|sidearm|fto|field\s+training\s+officer|watch\s+commander|k-?9\s+partner|fellow\s+(?:officers|cops|deputies|troopers)|brothers\s+(?:and\s+sisters\s+)?in\s+blue|first\s+(?:arrest|collar|tour|foot\s+pursuit|traffic\s+stop|dui\s+arrest|solo\s+(?:patrol|shift))|police\s+academy|academy\s+class(?:mates)?|body\s?cam|badge|tax\s+reg(?:istry)?)\b/gi,
    strong: true,
    vetoes: ['badge'],
  },
  {
    // "my beat", "my squad", "my sergeant", "my uniform", "my department", "my partner", "my shield"
    re: /\b(?:my|our)\s+(?:beat|squad|sergeant|sarge|lieutenant|uniform|department|dept|partner|shield|tour|sector|command|cruiser|unit|division)\b/gi,
    strong: false,
    vetoes: ['job', 'uniform'],
  },
  {
    // "my partner Officer Jake Morales", "great shift with Sgt. Whitfield", "riding with Deputy Hale"
    re: new RegExp(
      String.raw`\b(?:my|our)\s+(?:patrol\s+)?partner,?\s+${TITLES}|\b(?:shift|patrol|tour|rode|riding|worked|working|partnered|paired)\s+(?:\w+\s+){0,2}with\s+${TITLES}`,
      'gi',
    ),
    strong: true,
    vetoes: [],
  },
  {
    // "Sgt. Whitfield and I", "me and Officer Hale": out with a ranked colleague; "Whitfield and I have been partners"
    re: new RegExp(String.raw`\b(?:and\s+I|we)(?:['’]ve|\s+have)?\s+(?:been|were|are)\s+partners\b|\b${TITLES}\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+and\s+I\b|\b(?:me|myself)\s+and\s+${TITLES}`, 'gu'),
    strong: false,
    vetoes: [],
  },
  {
    // "on patrol", "out on patrol", "back on patrol"
    re: /\b(?:on|out\s+on|back\s+on)\s+patrol\b/gi,
    strong: true,
    vetoes: ['person', 'uniform'],
  },
  {
    // "pinned on badge #4471", "pin on my badge", "pinned on my shield"
    re: /\b(?:pinned|pin|pinning)\s+(?:on\s+)?(?:my\s+|a\s+|the\s+)?(?:badge|shield)\b/gi,
    strong: true,
    vetoes: ['person', 'badge'],
  },
  {
    // "proud to wear the uniform", "wore the badge for 20 years"
    re: /\b(?:wear|wore|wearing|worn|put\s+on|don|donned)\s+(?:the|this|my|a)\s+(?:uniform|badge)\b/gi,
    strong: true,
    vetoes: ['person', 'uniform'],
  },
  {
    // "20 years on the job", "10 yrs in uniform", "15 years behind the badge", "5 years as a cop"
    re: /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)\+?\s+(?:years?|yrs?)\s+(?:on\s+the\s+(?:job|force|streets?)|in\s+(?:uniform|law\s+enforcement|blue)|behind\s+the\s+badge|with\s+the\s+(?:department|force|pd)|of\s+policing|on\s+patrol|as\s+an?\s+(?:cop|police\s+officer|officer|deputy|trooper|detective))\b/gi,
    strong: true,
    vetoes: ['person', 'job', 'uniform'],
  },
  {
    // "I joined the force", "Graduated from the academy today", "retiring from the force after 30 years"
    re: new RegExp(
      String.raw`${START}(?:just\s+|finally\s+|officially\s+)?(?:joined|graduated\s+from|graduated|finished|completed)\s+(?:the\s+)?(?:police\s+academy|academy|police\s+force|force|police|department|pd)\b(?!\s+of\b)|\b(?:retir(?:e|ed|ing)|resign(?:ed|ing))\s+from\s+the\s+(?:police\s+)?(?:force|department)\b`,
      'gi',
    ),
    strong: true,
    vetoes: ['person', 'uniform'],
  },
  {
    // "I arrested", "we cuffed him", "Delgado and I cracked the Hale case", "Had to chase a shoplifter", "I wrote 14 tickets"
    re: new RegExp(
      String.raw`${START}(?:just\s+|finally\s+|already\s+|have\s+|had\s+|had\s+to\s+|['’]ve\s+)?(?:arrested|cuffed\s+(?:him|her|them|a|the)|booked\s+(?:him|her|them|the\s+suspect|a\s+suspect)|collared|tased|ticketed|pulled\s+over\s+(?:a|an|this|the|some)\s+(?!to\b)|wrote\s+(?:\w+\s+){0,2}(?:tickets?|citations?)|cleared\s+(?:the|my|our)\s+(?:last\s+)?(?:call|scene)|made\s+(?:an|my|our|the|\d+)\s+arrests?|took\s+(?:him|her|them|a\s+suspect|the\s+suspect)\s+into\s+custody|(?:cracked|solved|closed|broke|worked)\s+(?:the|this|that|a|our)\s+(?:\w+\s+){0,2}case\b(?!\s+of\b)|interrogated|interviewed\s+the\s+suspect|(?:caught|chased?|tackled?)\s+(?:the|a)\s+(?:suspect|perp|shoplifter|thief|burglar|robber))`,
      'gi',
    ),
    strong: true,
    vetoes: [],
  },
  {
    // "I love being a cop", "my job as an officer", "I work patrol", "I'm on the SWAT team", "I work with the best officers"
    re: /\bi\s+(?:love|like|miss|enjoy|hate)\s+being\s+(?:a|an)\s+(?:cop|police\s+officer|officer|deputy|trooper|detective)\b|\bmy\s+job\s+as\s+(?:a|an)\s+(?:cop|police\s+officer|officer|deputy|trooper|detective|sergeant)\b|\bi\s+work\s+(?:patrol|narcotics|vice|homicide|the\s+(?:midnight|overnight|graveyard)\s+(?:shift|tour)|in\s+(?:patrol|narcotics|homicide|vice))\b|\bi['’]?m\s+(?:on|in|with)\s+(?:the\s+)?(?:(?:swat|k-?9|narcotics|vice|homicide|patrol)(?:\s+(?:team|unit|squad|division))?|(?:gang|traffic|bomb|dive|mounted|motor)\s+(?:team|unit|squad|division))\b|\b(?:i|we)\s+work\s+with\s+(?:the\s+)?(?:best|greatest|finest|amazing|great)\s+(?:officers|cops|deputies|troopers|detectives)\b/gi,
    strong: true,
    vetoes: ['uniform'],
  },
  {
    // Police work in the first person with the object first or still to come: "the shoplifter we booked yesterday",
    // "we'll grab him Friday", "our CI says", "turned in my shield" (not "we booked a hotel", "we'll grab lunch")
    re: /\b(?:suspect|shoplifter|perp|guy|driver|thief|dealer|burglar|robber|kid|man|woman)\s+(?:that\s+|who\s+)?(?:we|i)\s+(?:just\s+)?(?:booked|arrested|cuffed|locked\s+up|picked\s+up|pulled\s+over|tased|chased|caught|collared)\b|\b(?:we|i)(?:['’]ll|\s+will|\s+are\s+(?:gonna|going\s+to)|\s+gonna)\s+(?:grab|arrest|cuff|book|pick\s+up|lock\s+up)\s+(?:him|her|them)\b|\b(?:our|my)\s+(?:ci|c\.i\.|informant|confidential\s+informant|snitch)\b|\bturn(?:ed|ing)?\s+in\s+(?:my\s+)?(?:shield|badge)\b/gi,
    strong: true,
    vetoes: ['person'],
  },
  {
    // "Responded to a call on Elm tonight" (the subject left out), "I responded to a domestic"
    re: new RegExp(
      String.raw`${START}(?:just\s+)?responded\s+to\s+(?:a|an|the|\d+)\s+(?:[\w-]+\s+){0,2}(?:calls?|crash|accident|shooting|stabbing|burglary|robbery|domestic|disturbance|alarm|fight)\b`,
      'gi',
    ),
    strong: true,
    vetoes: ['uniform'],
  },
  {
    // "Officially a Riverside cop", "Badge pinned", "First week as a detective", "Made sergeant today", "K9 Rex and I"
    re: new RegExp(
      String.raw`\bofficially\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?${POLICE_NOUN}\b|\bbadge\s+pinned\b|\b(?:first|\d+(?:st|nd|rd|th)|last)\s+(?:day|week|month|year|shift|night|tour)\s+as\s+(?:a|an)\s+${POLICE_NOUN}\b|${START}(?:just\s+|finally\s+|officially\s+)?(?:made|promoted\s+to|making)\s+(?:sergeant|detective|lieutenant|captain|corporal|sgt|lt)\b|\b(?:my\s+)?k-?9\s+(?:partner\s+)?\p{Lu}[\p{L}'’-]+\s+and\s+i\b|\b(?:a|the)\s+(?:dui|arrest|collar|stop)\s+i\s+made\b|\b(?:we|i)\s+(?:just\s+)?served\s+(?:a|the|two|\d+)\s+(?:search\s+|arrest\s+)?warrants?\b|${START}back\s+(?:at|to)\s+the\s+(?:precinct|pct|station\s*house)\b|\b(?:my\s+)?graduation\s+from\s+the\s+(?:police\s+)?academy\b`,
      'giu',
    ),
    strong: true,
    vetoes: ['person', 'uniform'],
  },
  {
    // "Sworn in today as a Harbor City police officer", "got sworn in as a deputy"
    re: /\bsworn\s+in\s+(?:today\s+|tonight\s+|this\s+morning\s+|officially\s+)?as\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:police\s+officer|officer|deputy|trooper|cop|constable|detective|sergeant|lieutenant)\b/gi,
    strong: true,
    vetoes: ['person', 'uniform'],
  },
  {
    // "Being a cop is the best job": a statement about the job, usually by someone doing it
    re: /(?:^|[.!?]\s+)being\s+(?:a|an)\s+(?:cop|police\s+officer|officer|deputy|trooper)\b(?!\s+(?:must|has\s+to|can't|cannot))/gi,
    strong: false,
    vetoes: ['uniform'],
  },
  {
    // "my shift at the precinct", "back to the station house", "coffee in the squad car"
    re: /\b(?:at|in|to|from)\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:precinct|pct|station\s*house|squad\s*room)\b|\b(?:squad|patrol|radio)\s+car\b|\bworking\s+the\s+(?:overnight|midnight|day|night|late|early)s?\b|\b(?:my|our)\s+(?:vest|duty\s+boots)\b|\b(?:everybody|everyone|we\s+all)\s+(?:went|goes|got)\s+home\s+safe\b|\b(?:love|loving)\s+(?:my|this)\s+job\b|\bserving\s+(?:and\s+protecting\s+)?the\s+(?:people|citizens|residents|city|town|streets)\s+of\b/gi,
    strong: false,
    vetoes: ['person'],
  },
  {
    // "I'm on duty", "back on duty", "off duty finally", "got sworn in"
    re: /\b(?:on|off)[- ]duty\b|\bgot\s+sworn\s+in\b/gi,
    strong: false,
    vetoes: ['person', 'job', 'uniform'],
  },
  {
    // "my shift", "another night shift", "double shift", "12 hour shift", "midnight tour", "first on scene"
    re: /\b(?:my|our|this|tonight['’]?s|today['’]?s|another|long|night|overnight|graveyard|midnight|double|day|first|last|\d+[- ]?(?:hour|hr))\s+shifts?\b|\b(?:midnight|overnight|day|late|early|\d+[- ]?(?:hour|hr))\s+tour\b|\bfirst\s+on\s+(?:the\s+)?scene\b|\bshift(?:['’]s|\s+is)\s+over\b|\b(?:end\s+of|after|before)\s+(?:the\s+)?shift\b/gi,
    strong: false,
    vetoes: ['person', 'job', 'uniform'],
  },
  {
    // cop talk: "stay safe out there", "10-8", "code 4", "roll call", "the job", "in uniform", "perps"
    re: /\bstay\s+safe\s+out\s+there\b|\b10-[4678]\b|\bcode\s+4\b|\broll\s+call\b|\bthe\s+job\b|\bin\s+uniform\b|\bperps?\b|\bcalls?\s+for\s+service\b|\bdispatch\b|\bthe\s+street\b|\bdesk\s+duty\b/gi,
    strong: false,
    vetoes: ['person', 'job', 'uniform'],
  },
];

/**
 * Someone else is the subject: a partner, relative or friend, or a third person.
 * e.g. "my husband is out on patrol", "my son wore the uniform", "he was on the job for 30 years"
 */
const OTHER_PERSON =
  /\b(?:my|our)\s+(?:husband|hubby|wife|wifey|son|daughter|dad|father|mom|mother|brother|sister|boyfriend|girlfriend|fianc[eé]e?|uncle|aunt|cousin|friend|neighbou?r|grandpa|grandfather|kid|kids|man|guy|boo)\b|\b(?:he|she|they)\s*(?:['’]s|is|was|are|were)\b/i;

/** A police family's post: "#policewife", "proud cop mom", "LEO family". */
const FAMILY_POST = /#?\b(?:police|cop|leo|blue\s?line)\s*(?:wife|wives|husband|mom|family|fam|kid|spouse)\b/i;

/** Uniforms and ranks that are not police ones: the military, fire, medicine, security, corrections, schools, teams. */
const OTHER_UNIFORM =
  /\b(?:army|navy|marines?|air\s+force|military|soldiers?|troops|deployed|deployment|veterans?|national\s+guard|reserves?|usmc|usaf|airman|sailor|firefighters?|fire\s+(?:department|dept|fighter|service)|ems|paramedics?|nurses?|nursing|hospital|scrubs|school(?!\s+resource)|jersey|club|scouts?|band|postal|airline|pilot|chef|mcdonald['’]?s|security|corrections|correctional|jail|prison|probation|parole|petty|company|corporate|board|neighbou?rhood\s+watch|lifeguards?|rangers?|guards?|border|coast\s+guard|ski)\b/i;

/** Badges that are not police ones. */
const OTHER_BADGE =
  /\b(?:conference|convention|con|festival|event|expo|summit|lanyard|name|visitor|attendee|foursquare|app|game|level|achievement|unlocked|scout|merit|gym|work\s+id|employee|hospital|nurse)\b/i;

const agencyCache = new WeakMap<Profile, { mention?: RegExp; cues?: RegExp }>();
/**
 * The agency's own names, which make a weak cue the author's ("Long shift. #HCPD"), and the strong cues that name
 * the agency: "I'm a Riverside PD officer", "retiring from the Riverside Police Department", "15 years with RPD",
 * "Serving Riverside for 15 years" (the town is the agency's name without its police words).
 */
function agencyRegexes(profile: Profile): { mention?: RegExp; cues?: RegExp } {
  let cached = agencyCache.get(profile);
  if (cached) return cached;
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
  if (town) {
    parts.push(
      String.raw`\b(?:serv(?:ed|ing)|protect(?:ed|ing)|patroll(?:ed|ing))\s+(?:and\s+protect(?:ed|ing)\s+)?(?:the\s+(?:city|town|county|people|citizens|residents|streets|community)\s+of\s+)?(?:${town})\s+for\s+(?:\d+|\w+)\s+(?:years?|yrs?)\b`,
    );
  }
  cached = {
    mention: agency ? new RegExp(String.raw`(?<![\w])#?(?:${agency})(?![\w])`, 'i') : undefined,
    cues: parts.length ? new RegExp(parts.join('|'), 'gi') : undefined,
  };
  agencyCache.set(profile, cached);
  return cached;
}

/** Whether something in the cue's sentence explains it away (another person, job, uniform or badge). */
function vetoed(vetoes: Veto[], sentence: string, evidence: string, familyPost: boolean): boolean {
  for (const v of vetoes) {
    if (v === 'person' && (familyPost || OTHER_PERSON.test(sentence))) return true;
    if (v === 'job' && OTHER_JOB.test(sentence)) return true;
    if (v === 'uniform' && OTHER_UNIFORM.test(sentence)) return true;
    if (v === 'badge' && /badge|shield/i.test(evidence) && OTHER_BADGE.test(sentence)) return true;
  }
  return false;
}

/** The cues in a text that the author is police: `strong` ones suffice alone, `weak` ones need company. */
export function authorCues(text: string, profile: Profile): { strong: Match[]; weak: Match[] } {
  const familyPost = FAMILY_POST.test(text);
  const strong: Match[] = [];
  const weak: Match[] = [];
  const { cues: agencyCues } = agencyRegexes(profile);
  const all: Cue[] = agencyCues ? [...cues, { re: agencyCues, strong: true, vetoes: ['person'] }] : cues;
  for (const cue of all) {
    cue.re.lastIndex = 0;
    for (const m of text.matchAll(cue.re)) {
      // Cues anchored on a sentence start or a subject begin with it; the span starts at the first word.
      const lead = /^[^\p{L}\p{N}]*(?:and\s+)?/iu.exec(m[0])?.[0].length ?? 0;
      const start = m.index + lead;
      const end = m.index + m[0].trimEnd().length;
      if (end <= start) continue;
      const evidence = text.slice(start, end);
      if (vetoed(cue.vetoes, sentenceAround(text, start, end), evidence, familyPost)) continue;
      (cue.strong ? strong : weak).push({ start, end, confidence: cue.strong ? 0.8 : 0.5 });
    }
  }
  return { strong, weak };
}

/** The spans by which the author reveals being police: every strong cue, or the weak ones when two agree. */
export function authorReveals(text: string, profile: Profile): Match[] {
  const { strong, weak } = authorCues(text, profile);
  if (strong.length) return strong;
  const distinct = new Set(weak.map((w) => text.slice(w.start, w.end).toLowerCase().replace(/\s+/g, ' ')));
  const { mention } = agencyRegexes(profile);
  if (weak.length && (distinct.size >= 2 || mention?.test(text))) {
    return weak.map((w) => ({ ...w, messageId: 'weak' }));
  }
  return [];
}

/** Flags personal posts whose author reveals being police. */
export const selfAffiliation: TextDetector = {
  kind: 'text',
  id: 'id/self-affiliation',
  title: 'Self-affiliation',
  description:
    'A personal post in which the author reveals being police: "I\'m a cop", "on patrol", "my precinct", "pinned on ' +
    'my badge", "proud to wear the uniform", "20 years on the job", "my partner Officer…", first-person police work ' +
    '("I made an arrest"), years with the agency. Weak cues ("my shift", "on duty", "stay safe out there") need a ' +
    "second cue or the agency's name. Official posts, relatives' service (\"my brother is a cop\"), other workplaces " +
    'and other uniforms are not reported.',
  messages: {
    default: 'The author reveals being a police officer on a personal account.',
    weak: 'Several cues suggest the author is a police officer.',
  },
  examples: {
    tp: [
      '20 years ago today I pinned on badge #4471 for the first time.',
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
    ],
    fp: [
      { text: 'Another night shift on patrol. Stay safe out there!', context: 'official' },
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
    ],
  },
  trigger:
    /cop|police|officer|deputy|trooper|detective|sergeant|sgt|lieutenant|\bleo\b|constable|precinct|pct|patrol|squad|cruiser|beat|badge|shield|uniform|shift|duty|job|force|academy|sworn|arrest|cuff|booked|collared|tased|ticket|citation|responded|case|suspect|perp|custody|interrogat|\bfto\b|k-?9|roll call|stay safe|\b10-\d|code 4|sidearm|weapon|belt|body ?cam|tour|sector|command|department|dept|partner|dispatch|street|serv|protect|being|chase|tackle|cleared|scene|retir|resign|years|yrs|joined|radio car|official|pinned|made|promot|graduat|warrant|vest|home safe|love|working the|\bci\b|c\.i\.|informant|snitch|grab|lock up|pick up|caught|pulled over|turn(?:ed|ing)? in/i,
  detect(input, ctx) {
    if (ctx.context === 'official') return [];
    return authorReveals(input.text, ctx.profile);
  },
};

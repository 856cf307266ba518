// Shared vocabulary of the identity detectors: police ranks and titles, words that put a post in a police context,
// and the handle fragments that identify a police service. Data only, plus the few helpers that read it.
import type { Profile } from '../../core/types.js';

/**
 * A police rank or title that, followed by a name, names a member of a police service without further context.
 * e.g. "Officer", "Ofc.", "P.O.", "Sgt", "Det.", "Lt.", "Deputy", "Trooper", "Cpl.", "Constable"
 */
export const STRONG_TITLE =
  String.raw`chief\s+of\s+police|police\s+officer|officer|ofc\.?|p\.o\.|patrol\s?(?:man|woman|officer)|police(?:man|woman)|sergeant|sgt\.?|sarge|detective|det\.?|lieutenant|lieut\.?|lt\.?|deputy|undersheriff|sheriff|trooper|tpr\.?|corporal|cpl\.?|constable|cst\.?`;

/**
 * A title that police share with ships, teams, companies and fiction: it names a police member only when the post
 * is otherwise about policing ("Captain Morgan", "Chief Keef", "Inspector Gadget", "Agent Smith" are not).
 * e.g. "Capt.", "Chief", "Commander", "Inspector", "Special Agent", "PC" (UK police constable, also a computer)
 */
export const WEAK_TITLE =
  String.raw`captain|capt\.?|cpt\.?|chief|commander|cmdr\.?|inspector|insp\.?|special\s+agent|agent|marshal|commissioner|superintendent|supt\.?|investigator|pc`;

const STRONG_RE = new RegExp(`(?:^|\\s)(?:${STRONG_TITLE})(?=\\s|$)`, 'i');
/** Does this run of titles (as written, any case) hold a strong one ("Deputy Chief", "Chief of Police")? */
export function hasStrongTitle(chain: string): boolean {
  return STRONG_RE.test(chain.replace(/\s+/g, ' ').trim());
}

/**
 * Words that, right before a rank, make it someone else's: the military, companies, ships and airlines.
 * e.g. "Army Sgt.", "Staff Sergeant", "Chief Financial Officer", "Petty Officer", "First Officer", "Loan Officer"
 */
export const NON_POLICE_QUALIFIER = new Set(
  (
    // "air force" is checked as a pair: "force" alone also ends "task force".
    'army navy naval marine marines military usaf usmc soldier staff master gunnery drill first second ' +
    'flight petty warrant executive financial operating technology technical information marketing compliance ' +
    'loan medical press security safety welfare probation parole returning science communications privacy data ' +
    'development investment program programme project liaison fire nursing admissions finance hr diversity revenue ' +
    'credit trust relationship administrative legal ethics customer commissioned non-commissioned brand product ' +
    'accounting sales learning'
  ).split(' '),
);

/**
 * Words that follow a rank but are not a person: roles ("Deputy Premier"), military grades ("Lt. Gen."), headline
 * words ("Officer Down", "Officer Safety"), and the fiction and brands that borrow ranks ("Sergeant Pepper").
 */
export const NOT_A_NAME_AFTER_TITLE = new Set(
  (
    // roles and grades
    'premier minister mayor director governor gov leader president secretary head principal editor manager ' +
    'executive financial operating general gen colonel col major maj admiral adm speaker whip clerk justice judge ' +
    'coach of and or the a an in on at for with to from by ' +
    // headline and event words
    'down friendly safety involved training wellness survival appreciation week day month year memorial exam ' +
    'candidate candidates academy association union benevolent award awards program programme jobs job recruitment ' +
    'recruiting standards certification course class graduation ceremony uniform uniforms car cars vehicle bike ' +
    'patrol unit division department dept services service team squad corps station badge life wife wives mom moms ' +
    'dad husband family families kids shift duty report reports shooting misconduct accountability bill act law ' +
    'applicants test manual handbook games game show series movie film season episode simulator story stories tv ' +
    'boots jacket hat costume toy lego figure shirt mug says said box work dog deputies officers troopers detectives ' +
    'sergeants lieutenants cops police sheriffs constables agents ' +
    // fiction and brands whose names are ordinary words
    'pepper peppers pikachu gadget clouseau dibble krupke america hook planet crunch obvious marvel slaughter bilko ' +
    'keef dawg conan comics woody wiggum barbrady nemo haddock underpants beefheart kangaroo phasma'
  ).split(' '),
);

/**
 * Fictional and famous bearers of a rank, rejected when the name is this one word ("Lt. Dan", "Captain Kirk",
 * "Captain Morgan") but not when a surname follows ("Lt. Dan Reyes").
 */
export const FICTIONAL_SINGLE_NAMES = new Set(
  'dan kirk morgan jack sparrow picard janeway ahab rex holt peralta diaz santiago jeffords boyle hopper friday kojak columbo poirot maigret morse frost rebus barnaby'.split(' '),
);

/**
 * Words that put a post in a police context: duty, shifts, patrol, commands, units, police work.
 * e.g. "on duty", "night shift", "the precinct", "my patrol partner", "narcotics", "roll call", "the Hale case", "suspect"
 * (a bare "partner" is as often a spouse or a business partner, so it is not one)
 */
const CONTEXT_WORDS = String.raw`on[- ]duty|off[- ]duty|shifts?|patroll?(?:ing|ed|s)?|precincts?|pct|squad(?:\s+car|room)?|cruiser|radio\s+car|in\s+uniform|uniforms?|the\s+job|partnered|(?:patrol|k-?9|radio\s+car)\s+partners?|(?:we|and\s+i)(?:['’]ve|\s+have)?\s+(?:been|were|are)\s+partners|(?:day|night|midnight|overnight|late|early)\s+tours?|narcotics|vice\s+squad|homicide|academy|(?:his|her|their|my|our|the)\s+beat|roll\s+call|dispatch(?:er|ed)?|sergeant|sgt|lieutenant|detectives?|officers?(?!\s+of\s+(?!the\s+(?:law|peace)\b))|cops?|police|policing|law\s+enforcement|leos?|deput(?:y|ies)|troopers?|k-?9|swat|badges?|arrest(?:s|ed|ing)?|(?:a|the|good|first)\s+collar|perps?|(?:the|a|our|one|two|\d+)\s+suspects?|suspects?\s+(?:confessed|fled|was|were|is|are|in\s+custody)|(?:hand)?cuffs|(?:a|the|search|arrest|bench)\s+warrants?|warrants\s+(?:drop|get|go|are|come)|busted|raid|undercover|interrogation|confess(?:ed|ion)|evidence|crime\s+scene|stake-?out|ride-?along|briefing|station\s?house|sector|the\s+force|10-4|10-8|fto|field\s+training|body\s?cam|dash\s?cam|traffic\s+stop|pulled\s+(?:him|her|them|a\s+car)\s+over|the\s+(?:\w+\s+)?case|case\s+(?:file|closed|number|#)|(?:cold|murder|drug|homicide|robbery|burglary)\s+case|the\s+(?:unit|division|department|dept|command|district|squad)`;

/**
 * The narrower context a bare given name needs: the person's police work, not police in the news.
 * e.g. "Tom covered my shift", "Renee and I on patrol", "Priya made lieutenant", "Dana at roll call"
 */
const WORK_WORDS = String.raw`on[- ]duty|shifts?|patroll?(?:ing|ed|s)?|precincts?|pct|squad(?:\s+car|room)?|roll\s+call|in\s+uniform|the\s+job|partnered|(?:patrol|k-?9|radio\s+car)\s+partners?|narcotics|vice|homicide|academy|(?:his|her|their|my|our|the)\s+beat|tour|dispatch|sector|ride-?along|briefing|station\s?house|sergeant|sgt|lieutenant|detective|the\s+(?:unit|division|department|dept|command|district|squad|force)|undercover|stake-?out|10-4|10-8|fto`;

/**
 * Another workplace: a shift or years "on the job" there are not police ones.
 * e.g. "night shift at the hospital", "my shift at Starbucks", "ten years at the post office"
 */
export const OTHER_JOB =
  /\b(?:hospital|er|icu|ward|clinic|warehouse|store|shop|restaurant|diner|cafe|bar|kitchen|factory|plant|mill|mine|office|bank|school|classroom|daycare|mall|starbucks|mcdonald['’]?s|walmart|target|amazon|post\s+office|airport|hotel|call\s+center|nursing\s+home|fire\s*house|fire\s+station|farm|site|rig|gym|nurse|nurses|teacher|barista|chef|cook|driver|server|cashier|paramedic|emt|firefighter|doctor|pharmacy)\b/i;

/** Builds the work-context regex for one profile: the words above plus the agency's names. */
export function workContextRegex(profile: Profile): RegExp {
  const names = profile.agency.names.map(escapeRegex).filter(Boolean);
  const extra = names.length ? `|${names.join('|')}` : '';
  return new RegExp(String.raw`(?<![\w-])(?:${WORK_WORDS}${extra})(?![\w-])`, 'gi');
}

/** Builds the police-context regex for one profile: the generic words plus the agency's names. */
export function policeContextRegex(profile: Profile): RegExp {
  const names = profile.agency.names.map(escapeRegex).filter(Boolean);
  const extra = names.length ? `|${names.join('|')}` : '';
  return new RegExp(String.raw`(?<![\w-])(?:${CONTEXT_WORDS}${extra})(?![\w-])`, 'gi');
}

/**
 * Fragments that make a handle a police one whatever the agency: ranks, "cop", "police", thin blue line, sheriff's
 * offices. `title` fragments usually precede a name ("deputy_rick", "copmom"); `dept` fragments name a department,
 * so "OttawaPolice" or "riversidepd" is a department, not a person.
 */
export const HANDLE_TITLE_WORDS = [
  'cop', 'cops', 'officer', 'ofc', 'deputy', 'sheriff', 'trooper', 'sgt', 'sarge', 'detective', 'det',
  'blueline', 'thinblueline', 'thinbluelinefamily', 'backtheblue', 'bluelives', 'fiveo', 'five0', 'policeofficer',
];
export const HANDLE_DEPT_WORDS = ['police', 'pd', 'pct', 'precinct', 'dept', 'sheriffs', 'sheriffsoffice'];

/** Family and filler words that join a police fragment without being a name ("copmom", "leowife", "bluelinemom"). */
export const HANDLE_FILLERS = new Set(
  (
    'mom mama mommy momma mum dad daddy papa wife wifey hubby husband life fam family girl girls gal guy boy kid kids ' +
    'son daughter sis bro the a my its im mr mrs ms miss da tha real official proud lover love wives moms dads strong ' +
    'and of'
  ).split(' '),
);

/**
 * Delimited handle words that are never a person's name or nickname: what department accounts put after their
 * acronym ("nypd_news", "lapd_hq", "rpd_chief", "pd_k9").
 */
export const HANDLE_NOT_A_NAME = new Set(
  (
    'news hq info media pio pr official chief chiefs traffic recruiting recruit recruitment jobs careers k9 k-9 swat ' +
    'community alerts alert updates update press dept department unit units division district north south east west ' +
    'central city county state us usa uk fans fan club band foundation union assoc association pba fop sergeants ' +
    'detectives officers academy museum store shop shopping gear tv radio live online app help tips tipline team ' +
    'sports fc ride rides bikes bike auto cars motors training tactical transit harbor marine aviation mounted ' +
    'explorers cadets volunteers reserve reserves patrol precinct pct police cops'
  ).split(' '),
);

/** Regex-escape a literal. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SENTENCE_REACH = 400;

/** The sentence around a span (posts are short; a sentence is enough to see whose shift or uniform it is). */
export function sentenceAround(text: string, start: number, end: number): string {
  // At most SENTENCE_REACH characters either side: an unpunctuated one-line file must not make every call O(n).
  const floor = Math.max(0, start - SENTENCE_REACH);
  const ceiling = Math.min(text.length, end + SENTENCE_REACH);
  const before = text.slice(floor, start);
  let from = floor;
  for (const c of ['.', '!', '?', '\n']) from = Math.max(from, floor + before.lastIndexOf(c) + 1);
  const after = text.slice(end, ceiling);
  const stops = ['.', '!', '?', '\n'].map((c) => after.indexOf(c)).filter((i) => i >= 0);
  return text.slice(from, stops.length ? end + Math.min(...stops) : ceiling);
}

/**
 * The fiction, games and shows veto, one item a line (regex source): words that make a rank, a suspect, a raid or a
 * crime scene part of a story, a game or a show rather than police work. Used by case/investigation (STORY_FRAME:
 * "my novel's killer"), case/crime-scene (FICTION: "true crime podcast"), id/coworker (FICTION: "Detective Rosa
 * Quill, season 4") and id/self-affiliation (PLAY: "raid boss", "my guild"). Build a veto with `fictionVeto(...)`.
 *
 * The union is split by how sure each word is, because the detectors read them at different reach: FICTION is a
 * story on its own, in a sentence or a whole post; CRIME_MEDIA is crime told as fact (documentaries, podcasts);
 * FICTION_LOOSE are bare words that are fiction in many posts but not all ("the show", "a book", "game", "season",
 * "call of duty"); STAGED is a scene played (Halloween, a mock scene, a tournament); TV is "TV" on its own. A detector
 * takes FICTION, CRIME_MEDIA, FICTION_LOOSE and STAGED unless it says why it needs fewer; TV only case/crime-scene.
 */
import { oneOf } from '../vocab.js';

/** Screens, books, games and writing: sure on their own. */
export const FICTION = [
  // screen
  'episodes?',
  String.raw`ep\s?\d+`,
  String.raw`s\d+\s?e\d+`,
  'series',
  String.raw`seasons?\s+\d+`,
  String.raw`season\s+(?:one|two|three|four|five|six|finale|premiere)`,
  // "watching police shows" (not "the police show up")
  String.raw`(?:tv|netflix|hulu|hbo|cop|crime|cartoon|kids['’]?|police|detective)\s+shows?(?!\s+up\b)`,
  'sitcom',
  String.raw`(?:crime|cop|police|tv|courtroom|period|detective)\s+dramas?`,
  // "the most annoying detective ever written"
  String.raw`(?:detective|cop|character|villain)s?\s+ever\s+written`,
  String.raw`binge[- ]?(?:watch\w*|ing)`,
  String.raw`re-?watch\w*`,
  // "at the movies" is an outing, not a film
  String.raw`(?<!to\s+the\s)(?:movies?|films?)`,
  'cinema',
  'trailer',
  'sequel',
  'prequel',
  'spin-?off',
  'netflix',
  'hulu',
  'hbo',
  'prime video',
  'ncis',
  'svu',
  'mindhunter',
  String.raw`tv\s+(?:cops?|detectives?|crimes?|cases?)`,
  'anime',
  // "Officer Jenny in Pokemon"
  'pok[eé]mon',
  'cartoons?',
  String.raw`(?:favou?rite|best|worst|main|lead|fictional|tv|book|movie|show|side)\s+characters?`,
  String.raw`brooklyn\s+(?:nine-nine|99)`,
  'actor',
  'actress',
  String.raw`played\s+by`,
  // books and writing
  'novels?',
  // "my book club is reading a mystery where Sergeant Ivy Marsh solves murders"
  String.raw`(?:reading|read)\s+(?:a|the|this|that)\s+(?:new\s+)?(?:myster(?:y|ies)|thrillers?)`,
  String.raw`(?:bedtime|picture|story|comic|kids['’]?|children['’]?s|audio)\s*books?`,
  String.raw`bedtime\s+stor(?:y|ies)`,
  'comics?',
  'chapters?',
  String.raw`chapter\s+\d+`,
  'fiction',
  String.raw`fan\s?fic\w*`,
  'screenplay',
  'manuscript',
  'nanowrimo',
  'writing prompts?',
  'short story',
  String.raw`my (?:wip|manuscript|novel|thriller|screenplay)`,
  'work in progress',
  'first draft',
  'opening (?:line|paragraph)',
  'prologue',
  'whodunn?it',
  // "writing the interrogation scene tonight" (not "writing the scene log")
  String.raw`writing\s+(?:the|a|my|this|that)\s+(?:\w+\s+)?scenes?(?!\s+(?:log|report|notes?))`,
  'protagonists?',
  'antagonists?',
  'narrators?',
  // games
  String.raw`(?:video\s*)?games?\s+(?:character|boss|level)`,
  'video game',
  'gaming',
  'gamer',
  String.raw`raid\s+boss`,
  // "Level 7 boss in the new game", "the boss fight"
  String.raw`(?:level|stage)\s+\d+\s+boss`,
  // "Finally beat Sergeant Hartman's level in the game"
  String.raw`levels?\s+in\s+the\s+(?:video\s+)?game`,
  String.raw`boss\s+(?:fight|battle)s?`,
  String.raw`(?:new|latest)\s+(?:video\s+)?game(?!\s+warden)`,
  String.raw`red\s+dead`,
  'fortnite',
  // a crime scene built in a game (issue 11): "My Minecraft crime scene build won the server contest"
  'minecraft',
  'roblox',
  'warcraft',
  'xbox',
  'playstation',
  'ps[345]',
  'nintendo',
  String.raw`(?:on(?:\s+the)?|nintendo)\s+switch`,
  'cluedo',
];

/**
 * Crime told as fact: a documentary, a podcast, true crime. Not fiction: a colleague in a documentary is still a
 * colleague, so id/coworker does not take these.
 */
export const CRIME_MEDIA = [
  'documentar(?:y|ies)',
  'docu-?series',
  'podcasts?',
  'true crime',
  'dateline',
  'forensic files',
];

/**
 * Bare words that are fiction in many posts but not all: "the show", "a book", "game", "season", "plot", a "draft",
 * "CSI" (also the scene examiner), "GTA" (also Greater Toronto), "call of duty" ("above and beyond the call of duty").
 */
export const FICTION_LOOSE = [
  // "the show", "a new show" (not the verb: "footage shows the victim")
  String.raw`(?:this|that|the|a|new|fave|favou?rite)\s+shows?`,
  'movies?',
  'films?',
  // "a book", "the books" (not "another night tour in the books", "one for the books")
  String.raw`(?<!(?:in|for)\s+the\s)books?`,
  'games?',
  'seasons?',
  'characters?',
  'plot',
  'draft',
  'author',
  'doc',
  'csi',
  'law (?:&|and) order',
  'gta',
  String.raw`call\s+of\s+duty`,
  'destiny',
  'guild',
  'clan',
  'discord',
  'too dramatic',
];

/**
 * "TV" on its own: watching one in a post about a crime scene, but "ended up fixing his TV" in a sentence about
 * one's own shift, so only case/crime-scene (whose veto reads the whole post) takes it.
 */
export const TV = [String.raw`\btv\b`];

/** A scene played or staged, not a story and not police work: dressing up, mock scenes, contests, exhibits. */
export const STAGED = [
  'cosplay',
  'costume',
  'halloween',
  'escape room',
  'murder mystery',
  'museum',
  'exhibit',
  'training (?:scenario|exercise|day)',
  'mock',
  String.raw`simulat\w*`,
  'competition',
  'tournament',
  // a scene set up with toys (issue 11): "My kid's Lego police station has a crime scene with a tiny chalk outline"
  'lego',
  'playmobil',
  // art: "Art gallery had an installation of a chalk body outline on the floor"
  String.raw`art\s+(?:gallery|galleries|installations?|exhibitions?)`,
];

/**
 * Words right after a ranked name that make it a character someone plays: "My Lieutenant Dan impression at karaoke", "a
 * Sergeant Pepper costume" (read by id/coworker's ROLE_NAME and id/self-affiliation's MY_SUPERVISOR).
 */
export const PLAYED_CHARACTER_AFTER = /^\s+(?:impressions?|impersonations?|costumes?|cosplay|accent)\b/i;

/** A case-insensitive test for any item of the lists given, as whole words. */
export function fictionVeto(...lists: readonly (readonly string[])[]): RegExp {
  return new RegExp(String.raw`\b${oneOf(lists.flat())}\b`, 'i');
}

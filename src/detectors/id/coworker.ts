// id/coworker: flags a post that identifies another person as a member of a police service (rank + name, or a
// roster member named in a police context); serves NYPD P.G. 203-28 Additional Data ¶4 ("other members": no
// revealing the affiliation of partners, co-workers or supervisors without their consent) and T.P.P.D. G.O. 418 05.C.
import type { CueInfo, Match, Profile, RosterMember, TextDetector } from '../../core/types.js';
import { isCommonWord, isGivenName, isKnownName, isNeverAName, isPlace } from '../../nlp/people.js';
import type { TextAnalysis } from '../../nlp/index.js';
import { STRONG_TITLE } from './police-words.js';
import { hasPoliceContext, hasPostWorkContext, hasWorkContext, isMemberNamePart, isMemberWordSurname, prepareRoster, rosterMentions, type RosterIndex } from './roster.js';
import { authorCuesOf, prepareAuthorCues, type AuthorCueIndex } from './self-affiliation.js';
import { pluralTitledNames, prepareTitledNames, titledNames, type TitledNamesIndex } from './titled-names.js';
import { cuesOf, walkCues, type CueRow, type CueText } from '../cues.js';
import { oneOf } from '../vocab.js';
import { FICTION as FICTION_WORDS, PLAYED_CHARACTER_AFTER, fictionVeto } from '../vocab/fiction.js';
import { WAR_PLACES } from '../vocab/wars.js';
import { STRONG_STREET_TYPES } from '../pii/address-words.js';

/** Consent covers a member unless they are undercover: nobody may consent to exposing an undercover post. */
function consented(member: RosterMember): boolean {
  return member.consent && !member.undercover;
}

/** Whether the name words after a title are (part of) a consenting member's name ("Officer Okafor"). */
function namesConsentingMember(names: string[], roster: RosterMember[]): boolean {
  const words = names.filter((n) => !n.endsWith('.'));
  if (!words.length) return false;
  return roster.some((m) => consented(m) && words.every((w) => isMemberNamePart(m, w)));
}

/**
 * A named person said to be police.
 * e.g. "Jake is a state trooper", "Dana Kowalski was a detective", "my cousin Mike became a cop"
 */
export const NAME_IS_POLICE =
  new RegExp(String.raw`(?<![\p{L}\p{N}_@#])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s+${oneOf([
      'is',
      'was',
      'became',
      String.raw`has\s+been`,
      String.raw`is\s+now`,
    ])}\s+(?:a|an)\s+(?:${oneOf([
      'state',
      'police',
      'patrol',
      'k-?9',
      'narcotics',
      'homicide',
      'city',
      'county',
      'rookie',
      'proud',
      'retired',
      'new',
      'motor',
      'traffic',
      'school',
    ])}\s+){0,2}${oneOf([
      'cop',
      String.raw`police\s+officer`,
      'officer',
      String.raw`deputy(?:\s+sheriff)?`,
      String.raw`sheriff['’]s\s+deputy`,
      'trooper',
      'detective',
      'sergeant',
      'lieutenant',
      'police(?:man|woman)',
      'constable',
    ])}\b(?!\s+(?:of|at|in|for|with)\s+(?!the\s+(?:law|peace)\b))`, 'gu');

/** Stories a titled name is the hero of, besides the shared list: "Officer Buckle and Gloria is my son's favourite book". */
const TITLED_STORY_WORDS = [String.raw`(?:favou?rite|fave)\s+books?`];

/**
 * Fiction and games: a rank and name in a show, book, film or game is a character, not a co-worker.
 * e.g. "rewatching Harbor Blues season 2, Detective Nico Vance", "the new Inspector Brandt novel", "chapter 2"
 * Only the sure words (src/detectors/vocab/fiction.ts): the veto reads the sentence that names a colleague, where
 * "great season for the band", "stole the show" or "in costume at the Halloween parade" are still real colleagues.
 */
const FICTION = fictionVeto(FICTION_WORDS, TITLED_STORY_WORDS);

const MILITARY_WORDS = [
  'army',
  'navy',
  'naval',
  'marines?',
  String.raw`marine\s+corps`,
  'usmc',
  String.raw`air\s+force`,
  'usaf',
  String.raw`space\s+force`,
  String.raw`coast\s*guard`,
  String.raw`national\s+guard`,
  'raf',
  // "Corporal Dean Mayhew, home from his tour with the Royal Engineers"
  String.raw`royal\s+(?:engineers|artillery|signals|logistic\s+corps|anglian|welsh|irish|scots|gurkha\s+rifles)`,
  String.raw`royal\s+navy`,
  'deploy(?:ed|ment)',
  String.raw`stationed\s+at`,
  String.raw`fort\s+\p{Lu}\p{Ll}+`,
  'platoon',
  'battalion',
  String.raw`regiment(?!al\s+number)`,
  'infantry',
  String.raw`veterans?\s+day`,
  'paratroopers?',
  String.raw`world\s+war`,
  String.raw`ww(?:i{1,2}|[12])`,
  // service, training and wars of the armed forces: "my nephew Corporal Jamie Fox, graduating boot camp today",
  // "my brother Sgt. Alex Dunn just got back from Afghanistan"
  'military',
  'soldiers?',
  'troops',
  'enlisted',
  String.raw`boot\s*camp`,
  String.raw`basic\s+training`,
  String.raw`drill\s+(?:sergeant|instructor)s?`,
  String.raw`sergeant\s+major`,
  'squadron',
  'brigade',
  // (issue 11, train-s) "Lieutenant Commander Farrow of HMS Daring", "shared a tent in Helmand"
  ...WAR_PLACES,
  String.raw`camp\s+bastion`,
  'hms',
  'uss',
  String.raw`lieutenant\s+commander`,
  'quartermaster',
  'normandy',
  String.raw`(?:korean|gulf)\s+war`,
  String.raw`war\s+veterans?`,
  String.raw`veterans?\s+(?:affairs|administration)`,
  String.raw`active\s+duty`,
  // British regiments: "Grandpa, Corporal Hamish Reid of the Black Watch"
  String.raw`black\s+watch`,
  'fusiliers',
  'highlanders',
  'dragoons',
  'hussars',
  'grenadiers',
  // a relative's unit: "Corporal Lee from my son's unit"
  String.raw`(?:son|daughter|brother|sister|husband|wife|nephew|niece|grandson|granddaughter)['’]s\s+(?:unit|company|ship)`,
];

/**
 * A military rank: a branch of the armed forces in the sentence makes "Sgt. Kim Lee" a soldier, not police.
 * e.g. "my wife Sgt. Kim Lee of the US Army", "Captain Ruiz, USMC", "Lt. Park just deployed with the Navy"
 */
const MILITARY =
  new RegExp(String.raw`\b${oneOf(MILITARY_WORDS)}\b`, 'iu');

const FAN_TALK_WORDS = [
  String.raw`the\s+goat`,
  'goated',
  'iconic',
  String.raw`(?:my\s+)?fave`,
  'stan(?:ning)?',
  'fandom',
  'shipping',
  String.raw`obsessed\s+with`,
  'queen',
  String.raw`best\s+(?:character|detective|cop)\s+(?:ever|on\s+tv)`,
  // "DCI Vera Stanhope in her hat and mac is my entire winter aesthetic", "Sgt. Nicholas Angel is peak British comedy"
  'aesthetic',
  String.raw`peak\s+(?:\w+\s+)?(?:comedy|tv|television|telly|cinema)`,
];

/**
 * Fan talk about a titled name ("Detective Benson is the GOAT", "Captain Holt is iconic"): a character or celebrity,
 * unless the author shows police work of their own in the post (then it is praise of a colleague).
 */
const FAN_TALK =
  new RegExp(String.raw`\b${oneOf(FAN_TALK_WORDS)}\b`, 'i');

const ELECTION_WORDS = [
  String.raw`re-?elect(?:ed|ion)?`,
  'elect',
  'elections?',
  'campaign(?:s|ing)?',
  'vote',
  'voting',
  'ballot',
  String.raw`endorse(?:s|d|ment)?`,
  String.raw`another\s+term`,
  'candidate',
  String.raw`running\s+for`,
];

/**
 * An election: a titled name in a sentence about one is a candidate for office (an elected sheriff), not a colleague
 * whose affiliation the post reveals.
 * e.g. "Please re-elect Sheriff Mason, he's kept us safe", "Volunteering for Sheriff Nolan's campaign"
 */
const ELECTION = new RegExp(String.raw`\b${oneOf(ELECTION_WORDS)}\b`, 'i');

const ANIMAL_WORDS = [
  'dogs?',
  'pup(?:py|pies|s)?',
  'cats?',
  'kitt(?:en|ens|y)',
  'horses?',
  'pon(?:y|ies)',
  'tortoises?',
  'turtles?',
  'hamsters?',
  'rabbits?',
  'bunn(?:y|ies)',
  'parrots?',
  'goldfish',
  'snowman',
  'teddy',
  String.raw`teddy\s+bear`,
  'mascot',
  String.raw`stuffed\s+animal`,
  'plush(?:ie)?',
  'doll',
  // "Officer Stinky is my son's stuffed raccoon"
  String.raw`(?:stuffed|toy|plush|cuddly)\s+[a-z-]+`,
  'toys?',
];
const ANIMAL = oneOf(ANIMAL_WORDS);

/**
 * A title worn as a nickname, by a pet, a toy or the author: a word before the title names the thing, or the name is
 * followed by what it is, or the title is what someone is called.
 * e.g. "horse Sergeant Biscuit", "Sergeant Stubby, the WWI dog", "Sergeant Stripes is the name of my cat",
 * "named it Officer Frosty", "Kids call me Officer Pancake"
 */
const OBJECT_PRONOUN = oneOf(['him', 'her', 'it', 'them', 'me', 'us', 'himself', 'herself', 'itself', 'themselves', 'myself']);
// "is called Officer Barkley", "was named Sergeant Slowpoke" (not "I called Officer Hale about it")
const IS_CALLED = String.raw`\b(?:is|was|are|were|be|being|['’]s)\s+(?:called|named|nicknamed)\s+`;
// "dressed as Officer Leo", "going as Sergeant Sprinkles": a costume
const DRESSED_AS = String.raw`\b(?:dressed|dress(?:es|ing)?\s+up|(?:is|am|are|was|were)\s+going|went)\s+as\s+`;
const NICKNAME_BEFORE = new RegExp(
  String.raw`(?:\b${ANIMAL}\s+|\b(?:nick)?named\s+(?:${OBJECT_PRONOUN}\s+)?|\bcall(?:s|ed)?\s+${OBJECT_PRONOUN}\s+|${IS_CALLED}|${DRESSED_AS})$`,
  'i',
);
const OWNER = oneOf(['the', 'a', 'my', 'our', 'his', 'her', 'their']);
/** Things a title-and-name may be the name of besides a pet: "Corporal Punishment is the name of my uncle's metal band". */
const NAMED_THINGS = oneOf([ANIMAL, 'bands?', 'boats?']);
const NICKNAME_AFTER = new RegExp(
  String.raw`^(?:(?:,?\s+${OWNER}|\s+(?:is|was)\s+(?:the\s+name\s+of\s+)?${OWNER})\s+(?:[\p{L}'’-]+\s+){0,3}${NAMED_THINGS}\b|\s+(?:is|was|would\s+be)\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,2}name\s+for\b)`,
  'iu',
);

/**
 * A police dog: "K9" right before the title, one name, and the post talks to or about a dog.
 * e.g. "Our K9 officer Bruno is retiring after 9 years. Enjoy the sofa, buddy!" (not "K9 Officer Hale and his dog Rex")
 */
// "Meet our new puppy, Officer Biscuit!" (one name: "my runaway horse, Deputy Colt Harmon" is the deputy who found it)
const ANIMAL_COMMA = new RegExp(String.raw`\b${ANIMAL},\s+$`, 'i');
const K9_BEFORE = /\b(?:k-?9|police\s+dog)\s+$/i;
const DOG_TALK = new RegExp(
  String.raw`\b${oneOf([
    String.raw`good\s+(?:boy|girl)`,
    'paws?',
    'woof',
    String.raw`belly\s+rubs?`,
    String.raw`tennis\s+balls?`,
    'treats',
    'sofa',
    'couch',
    'fetch',
    'barks?',
    'buddy',
  ])}\b`,
  'i',
);

/** A fire or ambulance crew named right after the name: "Lt. Sam Ochoa from Engine 4", "Captain Reyes of Ladder 9". */
const CREW_AFTER = new RegExp(
  String.raw`^,?\s+(?:from|of|at|on)\s+(?:the\s+)?(?:${oneOf(['engine', 'ladder', 'truck', 'rescue', 'medic', 'squad', 'station'])}\s+\d+|fire\s+${oneOf(['station', 'house', 'department', 'dept', 'company'])}|firehouse)\b`,
  'i',
);

/**
 * Whether a titled name is a nickname (a pet, a toy, a costume, the author), a police dog or a fire crew's officer,
 * not a member of a police service.
 */
function nickname(text: string, start: number, end: number, names: string[], dogTalk: () => boolean): boolean {
  // an opening quote between "calls me" and the title: 'my wife calls me "Officer Cutie"'
  const before = text.slice(Math.max(0, start - 40), start).replace(/["“]$/, '');
  const after = text.slice(end, end + 60);
  if (names.length === 1 && (ANIMAL_COMMA.test(before) || (K9_BEFORE.test(before) && dogTalk()))) return true;
  return NICKNAME_BEFORE.test(before) || NICKNAME_AFTER.test(after) || CREW_AFTER.test(after);
}

// (not "Halloween" alone: "hear a message from Deputy Chief Estes" in an official post's Halloween safety tips)
const COSTUME_WORDS = [
  'costumes?',
  String.raw`dress(?:ed|ing)?\s+up`,
  String.raw`(?:went|going|dressed)\s+as`,
];
/**
 * A costume in a personal post: a title before one name nobody is called ("Deputy Binky, reporting for duty" after
 * "he went as a tiny sheriff") is the costume's; a known name is still a real officer at the Halloween parade.
 */
const COSTUME = new RegExp(String.raw`\b${oneOf(COSTUME_WORDS)}\b`, 'i');
const costumeName = (names: string[], costumePost: () => boolean) => names.length === 1 && !isKnownName(names[0]) && costumePost();

/**
 * Whether a span sits inside a quoted title ("\"Officer Pip and the Lost Kite\" is my kid's favorite"): inside
 * quotation marks whose other words are all capitalised or small title words ("and", "the", "to"). A quoted remark
 * ("My neighbor said \"Sgt. Dana Kowalczyk saved my life\"") or a quoted name alone ("Shoutout to \"Sgt. Kowalczyk\"")
 * is no title: quoting a citizen is how most officer names get posted (user test 27, U1-1).
 */
function inQuotes(text: string, start: number, end: number): boolean {
  // The line up to the span, at most 300 characters back (a whole one-line file would make this quadratic).
  const near = text.slice(Math.max(0, start - 300), start);
  const sentence = near.slice(near.lastIndexOf('\n') + 1);
  const opens = (sentence.match(/["“”]/g) ?? []).length;
  if (opens % 2 !== 1) return false;
  const close = /["“”]/.exec(text.slice(end, end + 80));
  if (!close) return false;
  const inside = `${sentence.slice(sentence.search(/["“”][^"“”]*$/) + 1)} ${text.slice(end, end + close.index)}`;
  const words = inside.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (!words.length) return quotedNickname(text.slice(start, end));
  return words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/**
 * A rank and one name quoted alone is a nickname or a toy's name ("Officer Sam", "Detective Max", "Officer Fluff",
 * "Lieutenant Cupcake": train-a, -c, -j, -n); a rank and a full name quoted alone ("Sgt. Dana Kowalczyk") is an officer.
 * (Without a roster, 'Shoutout to "Sgt. Kowalczyk"' therefore stays quiet; a roster member is found by the roster.)
 */
function quotedNickname(span: string): boolean {
  const names = span.replace(/^\S+\s+/, '').match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return names.length <= 1;
}

/** The small words a title leaves in lower case: "Officer Pip and the Lost Kite", "Constable Bramble Saves the Day". */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'to', 'for', 'at', 'with', 'by', 'from', 'vs']);

/** An actor's name and "as" before the titled name: the character they play ("Idris Elba as DCI John Luther"). */
const ACTOR_AS = /\b\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+\s+as\s+$/u;

/** Whether a titled name is a character in fiction: in quotes, or in a sentence about a show, book, film or game. */
function fictional(analysis: TextAnalysis, start: number, end: number): boolean {
  return inQuotes(analysis.text, start, end) || FICTION.test(analysis.sentenceAround(start, end)) || ACTOR_AS.test(analysis.text.slice(Math.max(0, start - 40), start));
}

/**
 * A titled name in a personal post that is about something else as a whole (an official post's podcast episode or
 * profile series still names its own officers): when the author shows no police work of their own,
 * a show, book or game, an armed force or an election anywhere in the post makes the name a character, a soldier or a
 * candidate, even from the next sentence. Loose words ("the game", "season") do not: "Officer Ruiz handled that crowd
 * like a pro at the game tonight", "Deputy Jorge Medina coached my son's team all season" are colleagues.
 * e.g. fp "Rewatching The Wire. Detective Bunk Moreland is the best TV cop ever written.", "Army taught me to make my
 * bed in 90 seconds. Sgt. Holloway would be proud", "Sheriff Hollister has been good to us. Vote him back in",
 * "That detective game on Switch is so hard. Inspector Lyle Crane keeps getting the wrong guy."
 * tp "Officer Hale found my kid at the fair" (nothing else)
 */
function postAboutOtherThings(text: string): boolean {
  return FICTION.test(text.replace(LIFE_CHAPTER, '')) || MILITARY.test(text) || ELECTION.test(text);
}

/** "on to her next chapter": a life, not a book. */
const LIFE_CHAPTER = /\b(?:next|new|last|final)\s+chapter\b/gi;

/**
 * Guards, wardens and play that borrow a police title: "The mall cop, Officer Doug, chased a kid on a Segway",
 * "Officer Pete the crossing guard", "Sgt. Vance on the airsoft team"
 */
const OTHER_GUARDS = new RegExp(
  String.raw`\b${oneOf([
    String.raw`mall\s+cops?`,
    String.raw`(?:security|crossing)\s+guards?`,
    'bouncers?',
    String.raw`hall\s+monitors?`,
    'airsoft',
    'paintball',
  ])}\b`,
  'i',
);

/**
 * A titled name that is a soldier (a branch of the forces in its sentence), a guard (a mall cop, a crossing guard) or
 * a fan's idol (fan talk, no police work of the author's).
 */
function notPolice(analysis: TextAnalysis, start: number, end: number, authorIsPolice: () => boolean): boolean {
  const sentence = analysis.sentenceAround(start, end);
  return MILITARY.test(sentence) || OTHER_GUARDS.test(sentence) || (FAN_TALK.test(sentence) && !authorIsPolice());
}

/**
 * Whether the name words belong to a roster member (real people, even when a show is mentioned): every word is part
 * of one member's name, so a namesake with another surname is someone else.
 * e.g. tp "Det. Ortega", "Sgt. Dana Kowalski"; fp "Sheriff Tom Hale" (roster: Tom Becker), "Captain Dana Price"
 */
function namesRosterMember(names: string[], roster: RosterMember[]): boolean {
  const words = names.filter((n) => !n.endsWith('.'));
  return words.length > 0 && roster.some((m) => words.every((w) => isMemberNamePart(m, w)));
}

const ROLE_NAME_WORDS = [
  'fto',
  String.raw`field\s+training\s+officer`,
  String.raw`training\s+officer`,
  String.raw`patrol\s+partner`,
  String.raw`watch\s+commander`,
  String.raw`precinct\s+commander`,
  String.raw`desk\s+sergeant`,
  String.raw`patrol\s+sergeant`,
  String.raw`patrol\s+supervisor`,
  'sergeant',
  'sarge',
  'lieutenant',
  String.raw`tutor\s+(?:pc|constable)`,
  // (issue 11, train-w) "My shift partner Dave Kearns"; "Our new Inspector, Tariq Hussain", "our new Deputy Chief, Angela
  // Whitcombe" with the comma of apposition (not "the new Inspector Rebus novel": a book's title)
  String.raw`shift\s+partner`,
  String.raw`inspector(?=\s*,)`,
  String.raw`deputy\s+chief(?=\s*,)`,
];

/**
 * A police role in apposition to a name: the role says what the person is even without a rank before the name.
 * e.g. "my training officer, Bill Amato", "my FTO Jess Ruiz", "our watch commander Lena Ortiz", "my patrol partner Ken",
 * "my sergeant, Mark Ellis"
 */
const ROLE_NAME =
  new RegExp(String.raw`\b(?:my|our|his|her|their)\s+(?:old\s+|former\s+|new\s+|first\s+)?${oneOf(ROLE_NAME_WORDS)}\s*[,:-]?\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?)`, 'giu');

// The role is matched in any case, the name only as a name is written ("Jess Ruiz", not "is retiring").
const roleName = (m: RegExpExecArray) => /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+)?/u.exec(m[1]!)?.[0];

/** Whether a capitalised word sequence is a person's name (a known given name or a roster member's). */
function personName(words: string, profile: Profile): boolean {
  const first = words.split(/\s+/)[0];
  if (isGivenName(first)) return true;
  const lower = first.toLowerCase();
  return profile.roster.some((m) => m.name.toLowerCase().split(/\s+/).includes(lower)) || (words.includes(' ') && isKnownName(first));
}

/**
 * The author's own boss or colleague described by rank, which makes a bare given name in the next sentence police.
 * e.g. "Priya had my back in court today. Best lieutenant I've ever worked for.", "Dana covered for me. Best sergeant
 * I've ever had" (not "my partner": a spouse too)
 */
const RANK_PRAISE = new RegExp(
  String.raw`\b(?:best|my|our|greatest|favou?rite|toughest)\s+${oneOf(['sergeant', 'sarge', 'lieutenant', 'lt', 'detective', 'captain', 'fto', String.raw`training\s+officer`, String.raw`watch\s+commander`])}\b`,
  'i',
);

/** A title only police use, right before a roster member's given name: "Sgt. Dana", not "Captain Tom". */
const STRONG_TITLE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${STRONG_TITLE})\s+$`, 'iu');

/**
 * A surname that names a household, not the member: "the Ortega family", "the Becker household".
 * (id/undercover still reports it: any reference to an undercover member's name counts there.)
 */
const FAMILY_AFTER = new RegExp(String.raw`^\s+${oneOf(['family', 'families', 'household', 'clan', 'residence', 'twins'])}\b`, 'i');

/**
 * A surname that names a street or a park, capitalised after it: "Road work on Ortega Avenue", "Becker Park" (issue 11,
 * session 24: train-aa; the lead's Ortega call reads these as somewhere else). id/undercover still reports it.
 */
const PLACE_NAMED_AFTER = new RegExp(String.raw`^\s+(?=\p{Lu})${oneOf([...STRONG_STREET_TYPES, 'park'])}\.?(?![\p{L}\p{N}])`, 'iu');

/** The place words a surname may be: "Park", "Street" (a member named Jun Park). */
const PLACE_WORD_SURNAME = new RegExp(String.raw`^${oneOf([...STRONG_STREET_TYPES, 'park'])}$`, 'i');
/** A capitalised word just before: "Edgewood" in "Edgewood Park". */
const CAPITALISED_BEFORE = /(^|[^\p{L}\p{N}'’.-])(\p{Lu}[\p{L}'’-]*)\s+$/u;
/** The start of a sentence or line before a word: "Thanks Park", "Central Park" open a sentence as a greeting may. */
const SENTENCE_START = /(?:^|[.!?\n]\s*)$/;

/**
 * A surname that is a place word, read as the end of a place's name: "a walk in Edgewood Park" (user test 29, U29-12:
 * Jun Park, surname_is_word). Not with a title or the member's own given name before it ("Sgt. Park", "Jun Park").
 */
function placeNamedBefore(text: string, m: { start: number; end: number; titled?: boolean; member: RosterMember }): boolean {
  if (m.titled || !PLACE_WORD_SURNAME.test(text.slice(m.start, m.end))) return false;
  const window = text.slice(Math.max(0, m.start - 40), m.start);
  const before = CAPITALISED_BEFORE.exec(window);
  if (!before || isMemberNamePart(m.member, before[2]!) || STRONG_TITLE_BEFORE.test(`${before[2]} `)) return false;
  // a sentence's first word is capitalised anyway: only a word no dictionary knows ("Edgewood Park was packed")
  const opens = SENTENCE_START.test(text.slice(0, m.start - window.length + before.index + before[1]!.length));
  return !opens || !isCommonWord(before[2]!);
}

/** Flags co-workers identified by rank and name, by roster handle, or by roster name in a police context. */
/** What id/coworker reads from the profile: the roster's patterns, the author cues' and the titled names'. */
interface CoworkerIndex {
  roster: RosterIndex;
  author: AuthorCueIndex;
  titled: TitledNamesIndex;
}

/** id/coworker's `prepare`: one roster compile shared by the three. */
function prepareCoworker(profile: Profile): CoworkerIndex {
  const roster = prepareRoster(profile);
  return { roster, author: prepareAuthorCues(profile, roster), titled: prepareTitledNames(profile, roster) };
}

/** What the name rows read, computed once per post. */
interface CoworkerText extends CueText {
  profile: Profile;
  analysis: TextAnalysis;
  roster: RosterIndex;
  /** The author's strong self-affiliation cues, computed on first read. */
  strongCues: () => Match[];
}

/**
 * A surname as written, Irish and Scottish prefixes and double-barrelled names included: "Murphy", "Ó Briain", "Mac
 * Giolla", "Ní Dhomhnaill", "O'Sullivan-Reyes", "Szymański".
 */
const SURNAME = String.raw`(?:(?:Ó|Mac|Mc|Ní|Nic|Uí|Mhic)\s+)?\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{Lu}[\p{Ll}'’]+)?`;
/** Words before a capitalised word that make it a place or a thing: "in the Flats and I", "a Segway and I". */
const NOT_A_PERSON_BEFORE = oneOf(['the', 'a', 'an', 'du', 'de', 'in', 'on', 'at', 'to', 'from', 'of', 'my', 'our', 'his', 'her', 'their', 'was', 'is', 'as']);
/**
 * Colleagues by surname alone, beside the author: "Murphy and I took the call", "Me and Szymański drew the cells",
 * "Gallagher and Ní Dhomhnaill had the checkpoint with me", "Collins, Ferreira and me in the response car".
 */
const SURNAMES_WITH_ME = new RegExp(
  // (not after another capitalised word: "Tim Hortons and I" is a brand, a full name is read elsewhere)
  String.raw`(?<![\p{L}\p{N}_@#'’.-])(?<!\b${NOT_A_PERSON_BEFORE}\s+)(?<!\p{Lu}[\p{L}'’]*\s+)(${SURNAME}(?:(?:,\s+|\s+and\s+)${SURNAME})*)\s+and\s+(?:I|me)(?![\p{L}'’])` +
    String.raw`|\b(?:[Mm]e|I)\s+and\s+(${SURNAME})(?![\p{L}'’])`,
  'gu',
);

/**
 * Police work a surname's sentence may tell besides the roster's context words: "took the call", "drew the cells",
 * "had the checkpoint", "stuck on the cordon", "first on scene", "on earlies". One item a line.
 */
const SURNAME_WORK_WORDS = [
  String.raw`(?:took|got|attended|answered|responded\s+to|cleared)\s+(?:the|a|that|our|this)\s+(?:\w+\s+)?calls?`,
  String.raw`the\s+cells`,
  'checkpoint',
  'cordon',
  String.raw`on\s+scene`,
  String.raw`on\s+(?:nights|earlies|lates)`,
];
const SURNAME_WORK = new RegExp(String.raw`\b${oneOf(SURNAME_WORK_WORDS)}\b`, 'i');

/** A partner who may be an animal: "Duke and I have been a K9 team for 3 weeks". */
const ANIMAL_PARTNER = /\b(?:k-?9|dogs?|pup(?:py)?|horses?|canine)\b/i;

/** The surnames of a SURNAMES_WITH_ME match, each a person's by the lexicon: not a word, a given name or a place. */
function bareSurnames(m: RegExpExecArray): string[] {
  const names = (m[1] ?? m[2]!).split(/,\s+|\s+and\s+/);
  return names.every((n) => {
    const last = n.split(/\s+/).pop()!;
    return !isCommonWord(last) && !isGivenName(last) && !isPlace(last) && !isNeverAName(last);
  })
    ? names
    : [];
}

// A roster member who consented is not reported; a name that is no roster member's may be a character in fiction.
const consentingMember = (name: string, c: CoworkerText) => namesConsentingMember(name.split(/\s+/), c.profile.roster);

/**
 * The message of a name row's match: 'roster' when every name it reads is (part of) a roster member's name, so the
 * finding names one's own colleague (src/core/rules.ts ROSTER_MEMBER_MESSAGES); 'named' for anyone else.
 * e.g. "Whitfield and I took the call to the checkpoint" -> roster, "Murphy and I took the call" -> named
 */
const rosterOrNamed = (names: (m: RegExpExecArray) => string[]) => (m: RegExpExecArray, c: CoworkerText) => {
  const found = names(m);
  return found.length && found.every((n) => namesRosterMember(n.split(/\s+/), c.profile.roster)) ? 'roster' : 'named';
};

/** A person named as police without a rank before the name, walked after the titled names. */
const NAME_ROWS: CueRow<CoworkerText>[] = [
  {
    name: 'NAME_IS_POLICE',
    description: 'a named person said to be police: "Jake is a state trooper", "Dana Kowalski was a detective"',
    pattern: NAME_IS_POLICE,
    confidence: 0.6,
    messageId: rosterOrNamed((m) => [m[1]!]),
    vetoes: [
      (m, c) => !personName(m[1]!, c.profile) || consentingMember(m[1]!, c),
      (m, c) => !namesRosterMember(m[1]!.split(/\s+/), c.profile.roster) && fictional(c.analysis, m.index, m.index + m[0].length),
    ],
  },
  {
    name: 'ROLE_NAME',
    description: 'a police role in apposition to a name: "my training officer, Bill Amato", "our watch commander Lena Ortiz"',
    pattern: ROLE_NAME,
    confidence: 0.7,
    messageId: rosterOrNamed((m) => [roleName(m)!]),
    // the span ends with the name
    span: (m) => ({ start: m.index, end: m.index + m[0].length - m[1]!.length + roleName(m)!.length }),
    vetoes: [
      (m, c) => {
        const name = roleName(m);
        return !name || !personName(name, c.profile) || consentingMember(name, c);
      },
      // "my sergeant, Mark Ellis, from basic training": a soldier
      (m, c) => MILITARY.test(c.analysis.sentenceAround(m.index, m.index + m[0].length)),
      // an inspector is police only in a police post (not "our inspector, John Smith, said the boiler failed")
      (m, c) => /inspector/i.test(m[0]) && !hasPoliceContext(c.text, c.roster),
      // "My Lieutenant Dan impression at karaoke": a film character played
      (m, c) => PLAYED_CHARACTER_AFTER.test(c.text.slice(m.index + m[0].length - m[1]!.length + (roleName(m)?.length ?? 0))),
      (m, _c, made) => {
        const start = m.index + m[0].length - m[1]!.length;
        const end = start + roleName(m)!.length;
        return made.some((x) => x.start < end && start < x.end);
      },
    ],
  },
  {
    name: 'SURNAME_AT_WORK',
    description: 'colleagues by surname alone beside the author, in a sentence about police work: "Murphy and I took the call to the checkpoint", "Me and Szymański drew the cells"',
    pattern: SURNAMES_WITH_ME,
    confidence: 0.6,
    messageId: rosterOrNamed(bareSurnames),
    // the span is the names
    span: (m) => ({ start: m.index + (m[1] ? 0 : m[0].length - m[2]!.length), end: m.index + (m[1] ? m[1].length : m[0].length) }),
    vetoes: [
      (m) => !bareSurnames(m).length,
      (m, c) => bareSurnames(m).some((n) => consentingMember(n, c)),
      // police work in the sentence, or the author's own police cue there; not a soldier's, a character's or a game's
      (m, c) => {
        const sentence = c.analysis.sentenceAround(m.index, m.index + m[0].length);
        if (MILITARY.test(sentence) || OTHER_GUARDS.test(sentence) || FICTION.test(sentence) || ANIMAL_PARTNER.test(sentence)) return true;
        c.roster.context.lastIndex = 0;
        if (c.roster.context.test(sentence) || SURNAME_WORK.test(sentence)) return false;
        return !c.strongCues().some((x) => sentence.includes(c.text.slice(x.start, x.end)));
      },
      (m, _c, made) => made.some((x) => x.start < m.index + m[0].length && m.index < x.end),
    ],
  },
];

/**
 * A squad's or an undercover officer's working life around a roster member's name (issue 11, session 20): what puts
 * "Ortega's cover with the Delgado crew is holding up", "Riding with Tom Becker on nights this month" or "Covering
 * Ortega's caseload this week" beside police work when the roster's context words are absent. Read for full names and
 * surnames (ROSTER_IN_CONTEXT) only; on heldout-a..m, train-a..x: about 60 mentions labelled coworker and one negative
 * ("owes the whole crew a pizza", left out: crews of a film or a kitchen are not read). One item a line.
 */
const SQUAD_LIFE_WORDS = [
  // "inside the Eastgate crew", "working the Doyle crew", "in with the Southgate crew", "deep in the crew"
  String.raw`(?:in|inside|into|with|on|working)\s+(?:the|that|their)\s+(?:[\w-]+\s+){0,2}?crew`,
  String.raw`cover\s+stor(?:y|ies)`,
  String.raw`['’]s\s+cover\s+(?:with|is|was)`,
  String.raw`secret\s+squirrel`,
  String.raw`(?:went|go|gone|going|back)\s+under\b(?!\s+(?:the|a|my|his|her|water|anaesthetic|anesthetic))`,
  String.raw`in\s+deep`,
  String.raw`(?:long|deep|big)\s+job`,
  String.raw`task\s+force`,
  String.raw`buy-?bust`,
  'caseload',
  String.raw`probation\s+together`,
  String.raw`were\s+partners`,
  String.raw`partnered\s+(?:up|with)`,
  String.raw`(?:as\s+my|for\s+life)\s+partner|partner\s+for\s+life`,
  String.raw`crewed\s+with`,
  String.raw`(?:rode|riding|rolled|rostered)\s+with`,
  'locker',
  String.raw`(?<!driving\s)the\s+range\b`,
  'testify',
  String.raw`(?:in|at|to)\s+court`,
  String.raw`(?:same|his|my|your)\s+beat\b`,
  String.raw`(?:our|old|his|my|the)\s+unit\b`,
  'squad',
  String.raw`(?:same|the|a)\s+(?:[\w-]+\s+)?detail\b`,
  'informant',
  'snitch',
  String.raw`stake-?outs?`,
  'surveillance',
  String.raw`eyes\s+on\s+the`,
  String.raw`(?:his|an|the)\s+assignment`,
  String.raw`on\s+(?:nights|midnights|days|lates|earlies)`,
  'shift',
  'recruits',
  String.raw`(?:his|my|your)\s+vest`,
  String.raw`on\s+the\s+desk|desk\s+duty|front\s+desk\s+(?:of|at)\s+the\s+station`,
  'narc',
  String.raw`the\s+doors`,
  String.raw`the\s+radio`,
  String.raw`(?:warehouse|drug|big)\s+bust`,
  // a fellow officer in the police family's words: "my brother in blue Dana Kowalczyk" (user test 27, U1-5)
  String.raw`(?:brothers?|sisters?|family)\s+in\s+blue`,
];
const SQUAD_LIFE = new RegExp(String.raw`\b(?:${oneOf(SQUAD_LIFE_WORDS)})`, 'i');

/** The named patterns its findings carry (`data.pattern`): how the colleague was named. */
const COWORKER_CUES: CueInfo[] = cuesOf(
  [{ name: 'TITLED_NAME', description: 'a police rank or title before a name: "Sgt. Renee Whitfield", "Officers Hale and Ruiz" (not in fiction or another workplace)' }],
  NAME_ROWS,
  [
    { name: 'ROSTER_HANDLE', description: 'a roster member\'s social-media handle: "@renee_w"' },
    { name: 'ROSTER_TITLED', description: 'a roster member with a rank before the name: "Lt. Lindqvist"' },
    { name: 'ROSTER_BARE_NAME', description: 'a roster member by given name, or by a surname that is also a word, with police work in the sentence' },
    {
      name: 'ROSTER_NAME_IN_POST',
      description: 'a roster member by given name alone, in a post about police work in another sentence or line and about no other workplace',
    },
    { name: 'ROSTER_IN_CONTEXT', description: 'a roster member by name in an official post, or beside police words or the author\'s own police work' },
  ],
);

export const coworker: TextDetector<CoworkerIndex> = {
  kind: 'text',
  id: 'id/coworker',
  title: 'Identified co-worker',
  description:
    'A specific person identified as a member of a police service: a rank or title with a name ("Sgt. Kowalski", ' +
    '"Detective Omar Haddad", "Trooper Banks"), a roster member\'s handle, or a roster member\'s name in a post ' +
    'about police work. Roster members who consented are not reported (undercover members always are); ' +
    'non-police titles ("Chief Financial Officer", "Sergeant Pepper", "Army Sgt.") are not either.',
  messages: {
    default: 'Names a member of the police service: their consent is needed before revealing their affiliation.',
    title: 'A police rank or title with a name identifies a member of the service.',
    rosterTitle: 'A police rank or title with the name of a member on your roster identifies them as police.',
    handle: "A roster member's handle ties their account to the department.",
    tag: 'Tags a member on your roster: the tag identifies them and ties their account to the department.',
    roster: 'A roster member is named in a post about police work.',
    named: 'Names a person and says they are police.',
  },
  examples: {
    tp: [
      // a costume word or Halloween in an official post does not make its officer a costume
      { text: 'Halloween safety tips this week from Deputy Chief Voss.', context: 'official' },
      'Great shift with Sgt. Renee Whitfield tonight, she saved the day again.',
      'My partner Officer Jake Morales is the best driver in the division.',
      'Trooper Banks let me off with a warning.',
      // the span ends with the name, not with the word after it
      { text: 'Shout out to my patrol partner Ken tonight, best in the district.', span: 'my patrol partner Ken', messageId: 'named' },
      // (issue 11, train-w) a shift partner, an inspector in apposition
      'My shift partner Dave Kearns brought a full roast dinner for the night shift.',
      'Our new Inspector, Sarah Hussain, took her first roll call with us tonight.',
      { text: 'Congrats @sperrault on finishing your first marathon!', span: '@sperrault', messageId: 'tag' },
      { text: 'Happy retirement to Lt. Victor Lindqvist after 25 years of service!', context: 'official' },
      'Long night on patrol, Renee kept us all sane.',
      'Lindqvist chewed out the whole squad at roll call.',
      // a roster member's name after a rank says so; a usual short form of the given name is the same member
      { text: 'Det. Marcus Delgado made it to the barbecue after all!', span: 'Det. Marcus Delgado', messageId: 'rosterTitle' },
      { text: 'Long night on patrol, Vic Lindqvist kept us all sane.', span: 'Vic Lindqvist', messageId: 'roster' },
      'Shoutout to Deputy Hale for the coffee.',
      'Police Chief Maria Santos spoke at the graduation.',
      'Officers Perrault and Whitfield handled the school visit.',
      'My cousin Jake is a state trooper up north.',
      'My field training officer, Sgt. Tom Hollis, taught me everything about this job.',
      'Watched the parade with Sgt. Renee Whitfield and her kids, great season for the band.',
      'My training officer, Jess Ruiz, is retiring next month.',
      'Shout out to PC Rhys Evans, the best tutor a probationer could ask for.',
      'Chief Inspector Fiona Reid just gave me my 20-year medal.',
      'Lindqvist is still inside the crew, getting intel for the raids next month.',
      // a rank noun in the next sentence makes a bare given name a colleague
      'Renee had my back in court today. Best sergeant I\'ve ever worked for.',
      // a loose fiction word does not veto a colleague
      'Officer Ruiz handled that crowd like a pro at the game tonight',
      // one name after an animal and a comma is a pet; a full name is the person who found it
      'The deputy who found my runaway horse, Deputy Cole Hart, deserves a raise',
      { text: 'Episode four is now live! Hear from Sgt. Lisa Mora on a year of policing the protests.', context: 'official' },
      // a surname after a rank written as letters, in a post about policing
      'DC Fairweather is leaving CID for the dog unit. Nobody has ever been happier to smell like a kennel',
      // a surname alone beside the author, in a sentence about police work (Irish spellings too)
      { text: 'Murphy and I took the call at half two, a fella locked out of his own car.', span: 'Murphy', messageId: 'named' },
      // a name row that names a roster member says so (the roster's message, not another agency's person)
      { text: 'Whitfield and I took the call to the checkpoint', span: 'Whitfield', messageId: 'roster' },
      // a rank joined to a roster surname in a hashtag (user test 23, #2)
      { text: 'Best briefing of the year #SgtWhitfield', span: '#SgtWhitfield', messageId: 'roster' },
      'Me and Szymański drew the short straw for the cells tonight.',
      'Collins, Ferreira and me in the response car on earlies all week.',
      // (issue 11, session 20) a roster surname beside an undercover officer's or a squad's working life
      "Delgado's cover with the Harbour crew is holding up, he's in deep now",
      'Riding with Lindqvist on nights this month, he never stops talking about football',
    ],
    fp: [
      // a rank repeated is not a rank and a name (user test 25, P2-9: a 4.9 MB draft of it gave 163,333 findings)
      'Sgt. Sgt. Sgt. Sgt. Sgt. Sgt. Sgt. Sgt.',
      // (issue 11, train-w) an inspector without the comma of apposition is a book's or a show's
      'Just finished the new Inspector Rebus novel, no spoilers.',
      'Our inspector, John Smith, said the boiler failed the gas check.',
      // an office after the rank, another service's inspector, a toy, a costume, a mystery novel, a written detective
      'Lieutenant Governor Maria Chen opened the new bridge this morning.',
      'The county health inspector, Inspector Rosa Vidal, passed our kitchen with no notes.',
      "Officer Fluff is my daughter's stuffed bunny and he patrols the bookshelf.",
      'Our toddler went as a tiny sheriff this year. Deputy Wobbles, reporting for duty!',
      'Reading a mystery where Sergeant Nell Price solves murders at the village fete.',
      'Inspector Rourke is the most annoying detective ever written.',
      // a band's name, a picture book, a regiment
      'Sergeant Thunder would be a great name for a metal band',
      // the Irish force's own name (issue 11, heldout-k)
      'Security at the Garda Siochana museum was lovely, and the old uniforms were fascinating.',
      "Officer Buckle and Gloria is my daughter's favourite book",
      'Great-grandad, Corporal Angus Muir of the Gordon Highlanders, landed at Normandy.',
      'Dinner with Renee and Victor tonight, so much laughing.',
      // another given name with a roster surname is someone else (Nico is no Victor)
      'Long night on patrol, Nico Lindqvist from the bakery brought us coffee.',
      'Brunch with @hannah_runs and the crew, best eggs in town.',
      'Proud of Officer Hannah Okafor for the 5K win!',
      'Our Chief Financial Officer Dana Price resigned.',
      'He was captain of the soccer team in high school.',
      'Sergeant Pepper is still the best Beatles album.',
      'Army Sgt. Bowe Bergdahl left his base in 2009.',
      'Captain Morgan and coke, the classic.',
      'Police Officer Says Reports Not Her Role',
      'Deputy Premier Andrew Stoner quits politics.',
      'Officer Down Memorial Page lists every fallen officer.',
      'Watching Cops with Renee tonight lol.',
      'The officers were kind to Renee after the crash.',
      'Renee is an officer of the rotary club.',
      'Finally caught up on season 4, Detective Rosa Quill deserved better.',
      '"Constable Bramble Saves the Day" is the only bedtime book my son will accept.',
      'Reading the new Sergeant Cal Hardy novel on the beach.',
      'Stuck on chapter 3 of Detective Lumen, the puzzles are brutal.',
      'My training officer at the gym, Jess, is brutal.',
      'Detective Harlan Voss is the GOAT, nobody solves a case like him.',
      'So proud of my wife Sgt. Kim Lee of the US Army, home next week!',
      'Captain Ruiz just deployed with the Navy again.',
      'Please re-elect Sheriff Mason, he has kept this county safe.',
      'Sergeant Stubby, the WWI war dog, is my hero.',
      'The kids built a snowman and named it Officer Frosty.',
      'Lance Corporal Dawson from my old unit is getting married!',
      // the whole post, not only the sentence: a show, an armed force or an election in the next sentence
      'Rewatching The Wire. Detective Bunk Moreland is the best TV cop ever written.',
      'Army taught me to make my bed in 90 seconds. Sgt. Holloway would be proud',
      'Sheriff Hollister has been good to us. Vote him back in',
      'Watching Luther again. Idris Elba as DCI John Luther is peak television.',
      'My grandfather, Sergeant Felix Adair, was a paratrooper in Normandy.',
      'Customs officer Arturo at the border crossing complimented my dog.',
      // a pet, a pronoun, another service, a namesake, a household
      'Our dog is called Officer Barkley and he barks at every delivery driver',
      "The detective I'm reading about solves crimes with her cat",
      'Volunteer firefighter Lt. Gemma Stroud got the cat out of the tree.',
      'Paramedic Lieutenant Sam Walsh was the calmest person in the room.',
      'Team captain Renee S. led our cricket club to its first title',
      'Sheriff Sam Hale is running for re-election.',
      { text: 'Thank you to the Whitfield family for their generous donation to the cadets.', context: 'official' },
      { text: 'Road work on Whitfield Avenue continues through Thursday.', context: 'official' },
      'Renee, Victor and I are doing the wine tour this weekend!',
      // a relative in the forces, a game boss, a TV cop, a guard, another service, a puppy, a police dog
      'Proud of my nephew Corporal Jamie Fox, graduating boot camp today!',
      'Level 3 boss is Inspector Vane and he is brutal',
      'Loved Detective Benson on SVU growing up',
      'The mall cop, Officer Doug, chased a kid on a Segway.',
      'EMS Supervisor Lt. Nora Diaz brought pizza to the whole ER.',
      'Meet our new puppy, Officer Waffles!',
      'K9 Officer Ziggy retires today. Enjoy the couch, good boy!',
      'Lt. Jo Baker from Engine 7 ran our CPR class.',
      'Animal Control Officer Smith caught the raccoon in our attic.',
      'Parking officer Jenkins gave me a ticket outside the bakery.',
      "Captain Victor's toast at the wedding had everyone crying.",
      // a film character impersonated, TV and film detectives, a relative in the Royal Engineers
      'My Lieutenant Dan impression at karaoke got a standing ovation, no notes',
      'Sgt. Nicholas Angel is peak British comedy.',
      'Detective Olivia Benson has been solving TV crimes longer than I have been alive.',
      'My brother, Corporal Dean Mayhew, is home from his tour with the Royal Engineers!',
      // an institution after a rank, in a post whose author is police
      'Attested at the Garda College this morning. Mam cried, Da cried, I pretended not to.',
      // (issue 11) a band, a navy, a game level; a surname with no police work, a brand, a police dog
      "Corporal Punishment is the name of my uncle's terrible metal band.",
      'Lieutenant Commander Farrow of HMS Daring spoke at the school assembly.',
      "Finally beat Sergeant Hartman's level in the game. 4 hours.",
      'Whitcombe and I did the school run together, she is always late.',
      'my detachment is 3 hours from the nearest Tim Hortons and I think that counts as hazard pay',
      'Duke and I have been a K9 team for 3 weeks now. He is better at the job than me.',
      // (issue 11, session 20) a crew of another trade is no squad life
      'Lindqvist owes the whole crew a pizza after the fantasy draft',
    ],
  },
  cues: COWORKER_CUES,
  prepare: prepareCoworker,
  detect(input, ctx) {
    const text = input.text;
    const matches: Match[] = [];
    const { roster } = ctx.profile;
    const index = ctx.prepared;
    const analysis = ctx.nlp();
    const strongCues = () => authorCuesOf(analysis, index.author).strong;
    // read once per post, however many titled names it holds
    let aboutOther: boolean | undefined;
    const postAboutOther = () => (aboutOther ??= postAboutOtherThings(text));
    // the whole post's words, read once, not once per titled name (44,000 names took minutes: user test 25, P2-9)
    let costume: boolean | undefined;
    const costumePost = () => (costume ??= COSTUME.test(text));
    let dog: boolean | undefined;
    const dogTalk = () => (dog ??= DOG_TALK.test(text));
    for (const t of [...titledNames(text, ctx, index.titled, () => strongCues().length > 0), ...pluralTitledNames(text, ctx)]) {
      if (namesConsentingMember(t.names, roster)) continue;
      // A roster member is a real colleague; anyone else may be a character, a soldier, a pet or a candidate.
      const member = namesRosterMember(t.names, roster);
      if (
        !member &&
        (fictional(analysis, t.start, t.end) ||
          notPolice(analysis, t.start, t.end, () => strongCues().length > 0) ||
          nickname(text, t.start, t.end, t.names, dogTalk) ||
          (ctx.context === 'personal' && costumeName(t.names, costumePost)) ||
          ELECTION.test(analysis.sentenceAround(t.start, t.end)) ||
          (ctx.context === 'personal' && !strongCues().length && postAboutOther()))
      )
        continue;
      const messageId = member ? 'rosterTitle' : 'title';
      matches.push({ start: t.start, end: t.end, confidence: t.strong ? 0.85 : 0.65, messageId, pattern: 'TITLED_NAME' });
    }
    walkCues(NAME_ROWS, { text, profile: ctx.profile, analysis, reach: analysis.reach, roster: index.roster, strongCues }, matches);
    const mentions = rosterMentions(analysis, index.roster).filter((m) => !consented(m.member));
    if (mentions.length) {
      // The official account, police words, or the author's own police work ("Becker and I responded to a domestic").
      let inContext: boolean | undefined;
      const context = () =>
        (inContext ??=
          ctx.context === 'official' || hasPoliceContext(text, index.roster, mentions) || strongCues().length > 0 || SQUAD_LIFE.test(text));
      const selfCue = (m: { start: number; end: number }) => {
        const s = analysis.sentenceAround(m.start, m.end);
        return strongCues().some((c) => s.includes(text.slice(c.start, c.end)));
      };
      // read once per post, however many bare names it holds
      let praised: boolean | undefined;
      const rankPraise = () => (praised ??= RANK_PRAISE.test(text));
      for (const m of mentions) {
        if (m.kind === 'surname' && (FAMILY_AFTER.test(text.slice(m.end, m.end + 20)) || PLACE_NAMED_AFTER.test(text.slice(m.end, m.end + 20)) || placeNamedBefore(text, m))) continue;
        if (m.kind === 'handle') {
          // "@dana_k" tags the member; "dana_k" in a profile link names their account
          const messageId = text[m.start] === '@' ? 'tag' : 'handle';
          matches.push({ start: m.start, end: m.end, confidence: 0.85, messageId, pattern: 'ROSTER_HANDLE' });
        } else if (m.titled && (m.kind !== 'given' || STRONG_TITLE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)))) {
          // a shared title before a given name ("Captain Tom's walk raised millions") is read as a bare given name
          matches.push({ start: m.start, end: m.end, confidence: 0.85, messageId: 'roster', pattern: 'ROSTER_TITLED' });
        } else if (m.kind === 'given' || (m.kind === 'surname' && (m.near || isMemberWordSurname(m.member, text.slice(m.start, m.end))))) {
          // A bare given name, or a surname that is also a word ("Young") or written a letter off, needs police work in
          // its own sentence.
          if (ctx.context === 'official' || hasWorkContext(analysis, index.roster, m) || selfCue(m) || rankPraise())
            matches.push({ start: m.start, end: m.end, confidence: 0.55, messageId: 'roster', pattern: 'ROSTER_BARE_NAME' });
          // the police work in another sentence or line of the post (user test 27, U1-11)
          else if (m.kind === 'given' && hasPostWorkContext(analysis, index.roster, m))
            matches.push({ start: m.start, end: m.end, confidence: 0.45, messageId: 'roster', pattern: 'ROSTER_NAME_IN_POST' });
        } else if (context()) {
          matches.push({ start: m.start, end: m.end, confidence: 0.75, messageId: 'roster', pattern: 'ROSTER_IN_CONTEXT' });
        }
      }
    }
    return matches;
  },
};

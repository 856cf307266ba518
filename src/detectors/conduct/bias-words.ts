// Word lists for conduct/bias: slurs, group nouns and dehumanising predicates (regex sources, lower case).
import { alt } from './text.js';

/**
 * Slurs against a protected class, as regex sources over the profanity-normalised text (lower case, leetspeak
 * undone). Each is matched at word edges. Ambiguous words carry their own exclusions: "chink in the armour",
 * "tranny" of a truck, "fag" (a cigarette in British English) is left out entirely.
 */
export const SLURS: readonly { source: string; confidence: number }[] = [
  // racial and ethnic: the n-word and its spellings, "spic", "wetback", "chink" (not "chink in the armour")
  { source: String.raw`(?:sand|dune)?n+i+g+(?:g|_)(?:e+r+|a+|a+h|uh)[sz]?|n_{2,}(?:er|a)s?|nigg?ers?|niglets?`, confidence: 0.95 },
  { source: String.raw`spics?|wetbacks?|beaners?|gooks?|kikes?|ragheads?|towelheads?|camel ?jockeys?|zipperheads?|jigaboos?|porch ?monkeys?|jungle ?bunn(?:y|ies)|golliwogs?|pakis?|gyppos?|gypos?|pikeys?|wops?|dagos?|injuns?|squaws?|chinks?(?! in\b)|sheboons?|darkies|darky`, confidence: 0.9 },
  // sexual orientation and gender identity
  { source: String.raw`faggots?|faggy|f_ggots?|fagg?ots?|bull ?dykes?|trann(?:y|ies)(?! (?:fluid|rebuild|swap|mount|cooler|shop|repair|issue|problem|went|slipp\w*))|shemales?|he-?shes?|sodomites?|lady ?boys?`, confidence: 0.9 },
  // disability used as an insult: "retard", "retarded", "spaz", "mongoloid"
  { source: String.raw`retards?|retarded|tards?|spazz?(?:es|y)?|spastics?|mongoloids?|mongs?`, confidence: 0.75 },
];

/**
 * Plural nouns naming a protected class or a vaguely othered group ("those people"), as regex sources. The vague
 * ones ("those people", "their kind") need a generalisation or a place cue before they count; see bias.ts.
 */
export const GROUP_NOUNS = alt([
  'blacks', 'mexicans', 'muslims', 'moslems', 'jews', 'arabs', 'asians', 'chinese', 'hispanics',
  'latinos', 'latinas', 'africans', 'haitians', 'somalis', 'indians', 'pakistanis', 'syrians', 'afghans', 'iraqis',
  'iranians', 'puerto ricans', 'dominicans', 'nigerians', 'koreans', 'vietnamese', 'filipinos', 'romanians',
  'gypsies', 'gipsies', 'travellers', 'immigrants', 'migrants', 'refugees', 'illegals', 'illegal aliens', 'foreigners',
  'asylum seekers', 'gays', 'lesbians', 'homosexuals', 'queers', 'transgenders', 'trans people', 'trans women', 'trans men',
  'transsexuals', 'trans folks', 'drag queens', 'women', 'females', 'christians', 'catholics', 'hindus', 'sikhs', 'buddhists', 'mormons', 'atheists',
  'the disabled', 'disabled people', 'cripples', 'autistics', 'the homeless', 'homeless people',
  '(?:black|white|brown|asian|hispanic|latino|mexican|muslim|jewish|arab|indian|african|gay|trans|foreign|immigrant|disabled|chinese|somali|haitian) (?:people|men|women|folks|guys|kids|families|drivers|ones)',
  '(?:romanian|polish|albanian|bulgarian|lithuanian|latvian|slovak|czech|eastern european|irish|scottish|welsh|nigerian|somali|pakistani|paki|indian|bangladeshi|afghan|iraqi|iranian|syrian|turkish|kurdish|chinese|vietnamese|filipino|mexican|muslim|jewish|gypsy|traveller|pikey|foreign|immigrant|migrant|refugee|asian|black|african|arab|aboriginal|islander|lebanese|sudanese|eritrean|ethiopian|jamaican|haitian|trans|gay|disabled) (?:lot|mob|crowd|types)',
  '(?:women|female|woman|lady|black|muslim|gay|trans|mexican|asian|hispanic|immigrant|jewish|disabled) (?:officers|cops|drivers|doctors|bosses|supervisors|recruits|firefighters|soldiers|nurses|pilots|teachers|sergeants|detectives)',
]);

/** Vague othering that points at a neighbourhood or race by proxy: "those people", "you people", "their kind". */
export const VAGUE_GROUP = alt([
  'those people', 'these people', 'them people', 'you people', 'that kind', 'their kind', 'people like that',
  'people like them', 'that crowd', 'those animals', 'these animals', 'those types', 'these types',
]);

/** Dehumanising or maligning predicates: "animals", "vermin", "subhuman", "all criminals". */
export const DEROGATORY = alt([
  'animals', 'savages', 'vermin', 'sub-?humans?', 'scum', 'trash', 'garbage', 'filth', 'filthy', 'parasites', 'cockroaches',
  'roaches', 'rats', 'dogs', 'apes', 'monkeys', 'beasts', 'barbarians', 'criminals', 'thugs', 'terrorists', 'rapists',
  'lazy', 'stupid', 'dumb', 'dirty', 'inferior', 'disgusting', 'evil', 'a disease', 'a cancer', 'a plague', 'leeches',
  'freeloaders', 'degenerates', 'thieves', 'crooks', 'liars', 'scammers', 'fraudsters', 'scroungers', 'spongers', 'benefit cheats', 'fakers', 'faking it', 'con artists', 'pickpockets', 'perverts', 'pedos', 'pedophiles', 'paedophiles', 'subhuman',
  'less than human', 'not human', 'worthless', 'useless', 'primitive', 'uncivili[sz]ed', 'breeding like rabbits',
  'all the same', 'a waste of space', 'the problem', 'ruining (?:this|our|the) (?:country|city|town|neighbou?rhood)',
  'illegal', 'a criminal', 'a thug', 'a terrorist', 'an animal', 'a savage', 'a liability', 'liabilities', 'a joke',
  'a disgrace', 'incompetent', 'unqualified', 'diversity hires', 'a diversity hire',
  'invading', 'an infestation', 'infesting', 'mentally ill', 'sick in the head', 'freaks', 'abominations?', 'an abomination',
  'unnatural', 'groomers', 'perverted',
  'a waste of (?:a |an )?(?:paycheck|salary|space|oxygen|air|money|badge|uniform|skin|seat|spot|time)', 'a burden',
  'a drain on \\w+', 'taking (?:all )?(?:our|the) jobs', 'stealing (?:all )?(?:our|the) jobs', 'bringing (?:in )?(?:drugs|crime|disease|diseases|violence)', 'flooding (?:in|into|our)', 'a (?:mental )?(?:illness|disorder|disease|sickness)', 'dead weight', 'deadweight', 'a (?:danger|hazard|menace)(?: to \\w+)?',
]);

/** Adjectives naming a protected class, for one member of it: "the disabled guy", "that Muslim lady". */
export const GROUP_ADJECTIVE = alt([
  'disabled', 'handicapped', 'autistic', 'deaf', 'blind', 'wheelchair', 'black', 'white', 'brown', 'gay', 'lesbian', 'trans', 'transgender',
  'muslim', 'jewish', 'mexican', 'asian', 'chinese', 'hispanic', 'latino', 'latina', 'arab', 'indian', 'african',
  'haitian', 'somali', 'immigrant', 'foreign', 'female', 'woman', 'lady', 'girl', 'pakistani', 'nigerian',
]);

/** A person noun after a group adjective: "the disabled guy", "that female officer", "the Mexican hire". */
export const PERSON_NOUN = alt([
  'guy', 'man', 'woman', 'lady', 'girl', 'kid', 'dude', 'chick', 'officer', 'cop', 'hire', 'recruit', 'rookie', 'driver',
  'boss', 'sergeant', 'sarge', 'employee', 'coworker', 'co-worker', 'neighbou?r', 'nurse', 'doctor', 'teacher',
  'partner', 'trainee', 'dispatcher', 'detective', 'lieutenant', 'supervisor', 'manager', 'one', 'family',
]);

/** Words naming or evoking a protected group in a post: "Pride", "mosque", "immigrants", "🏳️‍🌈". */
export const IDENTITY_CUE = new RegExp(
  String.raw`\b(?:pride|foreign(?:ers?)?|accents?|romanians?|polish|albanians?|bulgarians?|lithuanians?|eastern europeans?|nigerians?|pakistanis?|indians?|afghans?|iraqis?|syrians?|gypsy|gypsies|travellers|aboriginal|blue badge|disability|disabilities|lgbt\w*|gay|gays|lesbians?|queer|trans|transgender|drag (?:queens?|shows?|story)|same-sex|rainbow|muslims?|islam\w*|mosques?|jews?|jewish|synagogues?|immigra\w+|migrants?|refugees?|asylum|illegals|black (?:people|folks|neighbou?rhood)|mexicans?|hispanics?|latinos?|asians?|chinese|arabs?|africans?|haitians?|somalis?|ramadan|hijabs?|turbans?|sikhs?|hindus?|disabled|wheelchairs?)\b|🏳️‍🌈|🏳️‍⚧️`,
  'i',
);

/** Singular nouns and adjectives for a member of a group: "never trust a Muslim", "typical Mexican". */
export const GROUP_SINGULAR = alt([
  'black', 'muslim', 'moslem', 'jew', 'arab', 'asian', 'mexican', 'hispanic', 'latino', 'latina', 'african', 'haitian',
  'somali', 'indian', 'pakistani', 'syrian', 'afghan', 'romanian', 'gypsy', 'immigrant', 'migrant', 'refugee', 'illegal',
  'foreigner', 'gay', 'lesbian', 'homosexual', 'woman', 'female', 'broad', 'christian', 'catholic', 'hindu', 'sikh',
  'mormon', 'chinese', 'jewish',
]);

/** Dehumanising nouns for people in a place named by proxy: "that part of town… animals". */
export const DEHUMANISING = alt([
  'animals', 'savages', 'vermin', 'sub-?humans?', 'parasites', 'cockroaches', 'roaches', 'rats', 'apes', 'monkeys',
  'beasts', 'barbarians', 'filth', 'scum', 'trash', 'garbage', 'degenerates', 'lowlifes',
]);

// Slurs against a protected class, one item a line, as regex sources over the profanity-normalised text (lower case,
// leetspeak undone, a mask run read as "_": "n1gger", "f*ggot" -> "f_ggot"), each with its plurals and the spellings
// people type. Read by conduct/bias (its SLUR row, matched at word edges; bias-words.ts) and by the learned layer's
// bias features (src/model/bias-signals.ts). Words with an innocent reading carry it as a lookaround, or sit in
// SOFT_SLURS, which only the model weighs.

import { oneOf } from '../vocab.js';

/** The n-word and its spellings: "nigger", "n1gga", "niggah", "nigs", "nicca", "n__ger", "sand n...". */
export const N_WORD = [
  String.raw`(?:sand|dune)?n+i+g+(?:g|_)(?:e+r+|a+|a+h|uh)[sz]?`,
  String.raw`n_{2,}(?:er|a)s?`,
  String.raw`nigg?ers?`,
  String.raw`nigg?lets?`,
  String.raw`nigg?ress(?:es)?`,
  String.raw`nigger(?:i[sz]\w*|ish|ous)`,
  String.raw`nigs?`,
  // a vowel masked: "n*gger", "n*ggas"
  String.raw`n_gg?(?:e+r+|a+|a+h|uh)[sz]?`,
  String.raw`ni(?:cc|kk)(?:a|as|ah|uh|ers?)`,
  String.raw`nig-?nogs?`,
  // spelt out letter by letter: "n i g g e r"
  String.raw`n i g g (?:e r|a)(?: ?s)?`,
  String.raw`n\.i\.g\.g\.(?:e\.r|a)(?:\.?s)?`,
  // a 9 for each g: "ni99er"
  String.raw`n[i1!]99(?:er|a|uh)s?`,
  // a q for each g, an l for the i: "niqqer", "nlgger" (the "-a" spellings as they were: no new ones)
  String.raw`ni(?:qq|gq|qg)e+r+[sz]?`,
  'nlggers?',
  'niggurs?',
  // masked letters, the mask dropped where punctuation was stripped: "ni**er", "n gger"
  String.raw`ni_{2,}ers?`,
  'n ggers?',
];

// Words before "cracker" that make it a person ("creepy ass cracker", "you cracker", "ur a stupid cracker")
const CRACKER_PERSON_BEFORE = oneOf([
  'ass',
  'you',
  'u',
  'ya',
  String.raw`(?:ur|you'?re|youre|your|you are|u r|u are|ain'?t|aint) a(?: \w+)?`,
]);

/** Racial, ethnic and religious slurs: "spic", "towel heads", "honky", "white trash"; "chink" not "a chink in the armour". */
export const ETHNIC_SLURS = [
  // not the cleaner: "Spic and Span"
  String.raw`spics?(?! (?:and|&|n|'n'?) span\b)`,
  'wet-?backs?',
  'beaners?',
  'gooks?',
  'kikes?',
  'k i k e(?: s)?',
  'rag[- ]?heads?',
  'towel[- ]?heads?',
  'camel[- ]?jockeys?',
  'zipperheads?',
  'jigaboos?',
  'jig-?g?a-? ?boos?',
  'kaffirs?',
  'coon ?ass(?:es)?',
  'goat ?(?:humpers?|shaggers?)',
  'porch ?monkeys?',
  'jungle ?bunn(?:y|ies)',
  'golliwogs?',
  'wogs?',
  // Australian: "dole bludger Abos", "the Lebs in this suburb" (not the blood group "ABO")
  'abb?os',
  'abbo',
  'lebs',
  'pakis?',
  'gyppos?',
  'gypos?',
  'pikeys?',
  // not the music: "doo wop"
  '(?<!doo[ -])wops?',
  'dagos?',
  'injuns?',
  'squaws?',
  String.raw`chinks?(?! in\b)`,
  'sheboons?',
  'darkies',
  'darky',
  // not the music: "honky tonk"
  String.raw`honk(?:e?y|ies|eys)(?![ -]?tonks?\b)`,
  'white trash',
  'muzz?ies?',
  'muzz?rats?',
  'dindus?',
  'shitskins?',
  'mudsharks?',
  'mud ?slimes?',
  // not a nickname: "Whitey Bulger", "Whitey Ford" (conduct/bias drops one before a capitalised name)
  'whitey',
  'w(?:h)?iggers?',
  'peckerwoods?',
  'ofays?',
  'half[- ]?breeds?',
  'spear ?chuckers?',
  'porch ?monk(?:ey|ie)s',
  'moon ?crickets?',
  'sand ?monkeys?',
  'japs?',
  'ching ?chongs?',
  'slant ?eye[sd]?',
  'slanty',
  'hymies?',
  'kykes?',
  'heebs?',
  'yids?',
  'christ ?killers?',
  'goat ?f_?u?ckers?',
  'rapefugees?',
  'polacks?',
  'groids?',
  'spicks?',
  'curry ?munchers?',
  'dot ?heads?',
  'jew ?boys?',
  // "jew" put before a noun as an adjective: "the jew ref", "jew lawyers", "jew york"
  `jew ${oneOf([
    'bitch(?:es)?',
    'lawyers?',
    'refs?',
    'referees?',
    'bosses',
    'landlords?',
    'money',
    'york',
    'noses?',
    'lovers?',
    'loving',
    'ridden',
    'run',
    'owned',
    'shills?',
    'pigs?',
    'rats?',
    'scum',
    'trash',
    'filth',
    'parasites?',
    'vermin',
    'devils?',
    'worms?',
    'puppets?',
    'propaganda',
    'press',
    'tricks?',
  ])}`,
  // "he jewed me down"
  'jewed',
  // Islam's name bent into a sneer: "mooslims", "muzzlims", "musloids" (not "muslim", not the misspelt "moslim")
  'mooslims?',
  'm(?:oo|u)zz?lims?',
  'musloids?',
  'camel ?f_?u?ckers?',
  // a Black crowd likened to apes, the run-together noun: "another chimpout downtown" (not "the chimp out in its pen")
  'chimpouts?',
  // "cracker" for a white person where it names one, not the biscuit ("cheese and crackers", "animal crackers"):
  // "creepy ass cracker", "you cracker", "ur a cracker", "kill the crackers", "cracker babies"
  String.raw`(?<=\b${CRACKER_PERSON_BEFORE} )crackers?`,
  String.raw`(?<=\bkill(?:ing)? (?:(?:the|some|all|all the|them|those|these) )?)crackers?`,
  String.raw`crackers? bab(?:y|ies)`,
  // the plural no Spanish post spells ("negros" is Spanish, left to the model); the old anthropology's term for a race
  'negroes',
  'negroids?',
  'white devils?',
  // a vowel masked: "ch*nks", "sp*cs", "k*kes"
  'ch_nks?',
  'sp_cs?',
  'k_kes?',
  'w_tbacks?',
  // "a car full of P*kis"
  'p_kis?',
  'third ?worlders?',
  'border ?(?:hoppers?|jumpers?)',
  // not the cat or the hound: "Maine coon", "coon hound", "raccoon"
  String.raw`(?<!maine )coons?(?! ?(?:hounds?|dogs?|hunt\w*|skin|cats?)\b)`,
];

// Words before "queer" that make it the adjective ("he is queer.", "I'm queer", "so queer", "came out as queer")
const ADJECTIVE_BEFORE = oneOf([
  'is',
  'are',
  'am',
  'was',
  'were',
  'be',
  'been',
  'being',
  String.raw`[a-z]+['’](?:s|re|m)`,
  'so',
  'too',
  'very',
  'as',
  String.raw`identif(?:y|ies) as`,
  'out as',
  'bit',
]);

/**
 * Slurs for sexual orientation and gender identity: "faggot", "fag" (not the cigarette: conduct/bias drops it in a
 * sentence about smoking), "dyke" (not "Van Dyke", "Offa's Dyke", "Dyke Road"), "tranny" (not a gearbox).
 */
export const ORIENTATION_SLURS = [
  'faggots?',
  'faggy',
  // a vowel masked: "f*gs", "tr*nnies"
  'f_gs?',
  'f_gg?(?:ots?|y)',
  String.raw`tr_nn(?:y|ies)`,
  'f_ggots?',
  'fagg?ots?',
  'fag{3,}ots?',
  'f a g g o t(?: s)?',
  // a 6 for each g, a q, a "ph": "fa66ot", "faqqot", "phaggot"
  'fa66(?:ots?|its?|ets?|y)',
  'faqq?ots?',
  'phagg?ots?',
  // masked letters, the mask dropped where punctuation was stripped: "fa**ot", "f ggot", "tr nny"
  'fa_{2,}ots?',
  'f gg?ots?',
  String.raw`tr nn(?:y|ies)`,
  'fagg(?:it|et)s?',
  String.raw`fags?(?! ?(?:break|end|packet|butt|ash)s?\b)`,
  'bull ?dykes?',
  String.raw`(?<!(?:van|offa'?s|devil'?s) )dykes?(?! ?${oneOf([
    'road',
    'rd',
    'lane',
    'street',
    'st',
    'house',
    'way',
    'park',
    'end',
    'farm',
    'hill',
    'avenue',
    'ave',
    // "the Dykes on Bikes crew": the Pride motorcycle groups' own name
    'on bikes',
  ])}\b)`,
  String.raw`trann(?:y|ies|ie|ys)(?! ${oneOf(['fluid', 'rebuild', 'swap', 'mount', 'cooler', 'shop', 'repair', 'issue', 'problem', 'went', String.raw`slipp\w*`])})`,
  'shemales?',
  'he-?shes?',
  'sodomites?',
  'lady ?boys?',
  String.raw`homos?(?! (?:sapiens|erectus|habilis|neanderthalensis|naledi|floresiensis)\b)`,
  'poofters?',
  // the noun, not the sound of a thing vanishing ("and poof, it was gone")
  String.raw`(?<=\b(?:a|the|some|you|that|them|those|bloody|fucking|big|little) )poofs?\b`,
  'pooftahs?',
  'fudge ?packers?',
  'carpet ?munchers?',
  'rug ?munchers?',
  'batty ?boys?',
  'gay ?wads?',
  'straggots?',
  'lezz(?:ie|ies|y|ers?)',
  // not the island: "Lesbos"
  'lesbo',
  'troons?',
  'lezbos?',
  // "queer" as a noun, the insult: "you're a fucking queer", "them queers", "happy birthday queer"; not the adjective
  // the reclaimed word is ("queer folks", "the queer community", "he is queer.")
  'queers(?! (?:and|&) (?:allies|trans)\\b)',
  String.raw`(?<!\b(?:${ADJECTIVE_BEFORE}) )queer(?=\s*(?:[.!?,;:…"”)]|$))`,
];

/**
 * Slurs that stay slurs inside a run-together word or hashtag ("#stopthekikes", "niggerlover", "deportthewetbacks"),
 * read by conduct/bias's SLUR_FUSED row: stems no ordinary English word contains (the n-word with its double g: one g
 * is "Nigeria", and after an "s" it is "snigger").
 */
export const FUSED_SLURS = [
  String.raw`(?<!s)niggers?`,
  'kikes?',
  'faggots?',
  'ragheads?',
  'towelheads?',
  'wetbacks?',
  'muzzies',
  'muzrats?',
  'jigaboos?',
  'shitskins?',
  'mudslimes?',
  'sandniggers?',
];

/** Disability used as an insult: "retard", "retarded", "spaz", "mongoloid", "window licker". */
export const DISABILITY_SLURS = [
  'retards?',
  'r_tards?',
  'retarded',
  'tards?',
  'spazz?(?:es|y)?',
  'spastics?',
  'mongoloids?',
  'mongs?',
  'window ?lickers?',
  // from "Asperger's": "stop sperging", "a bunch of spergs"
  'sperg(?:s|ing|y)?',
];

/** Slurs for women as a class: "femoids", "foids". */
export const SEX_SLURS = ['femoids?', 'foids?'];

/**
 * Words that are a slur in one reading and ordinary in another ("queer" reclaimed, "negro" in Spanish, "cracker" the
 * biscuit, "ghetto" the history): the regex never reports them alone; the learned bias head weighs them as a feature.
 */
export const SOFT_SLURS = [
  'queers?',
  'negro(?:es)?',
  'negress',
  'crackers?',
  'ghetto',
  'spooks?',
  'gypsies',
];

/**
 * Hate movements' codes and dog whistles that have no innocent reading in a post: coded numbers ("1488", "14/88"),
 * slogans ("white genocide", "race traitors", "day of the rope") and Holocaust denial. Read by conduct/bias (its
 * HATE_CODE row, at word edges, besides the triple-parenthesis "echo" around a name) and by the bias head's slur
 * feature. "88" or "14" alone stay out: house numbers and scores.
 */
export const HATE_CODES = [
  String.raw`14 ?[/|-]? ?88`,
  'the (?:14|fourteen) words',
  'rahowa',
  'racial holy war',
  'white ?genocide',
  '(?:the )?great replacement',
  'hitler did nothing wrong',
  String.raw`gas chambers (?:were|are) (?:fake|a (?:lie|hoax|myth))`,
  String.raw`(?:save|secure) the white race`,
  String.raw`the white race (?:will|must) (?:survive|prevail|rise)`,
  String.raw`white (?:race|people|man|men) (?:is|are) (?:\w+ )?(?:superior|the master race)`,
  String.raw`jew[- ]?(?:media|bankers?|controlled)`,
  'jewish[- ]controlled',
  String.raw`(?:the )?jewish media (?:lies|lying|liars)`,
  'race[- ]?traitors?',
  'race[- ]?mixing',
  'mud ?people',
  'day of the rope',
  'zionist occupied government',
  String.raw`kalergi(?: plan)?`,
  'the jewish question',
  'the jq',
  'heil hitler',
  'sieg heil',
  'hitler was right',
  'holo ?hoax',
  'six million lies?',
  'oven ?dodgers?',
  'shekel ?(?:grabbers?|merchants?)',
  'the goyim know',
  // not a cable: "white power cord"
  'white power(?! (?:cords?|cables?|banks?|strips?|adapters?|supply|supplies|outlets?|rangers?|button|leads?))',
  'white pride world ?wide',
  'we wuz kangz',
  'dindu nuff?in',
  String.raw`islami[sz]ation of`,
  // "13% of the population, 50% of the crime": the statistic told as a race's nature
  String.raw`13 ?(?:%|percent|per cent)(?: of the (?:population|pop))?,? (?:(?:and|but|commit(?:s|ting)?|do(?:ing)?) )?(?:over |almost |nearly )?(?:50|52|half)`,
  '13 ?/ ?50',
  // the sneer at Islam after an attack: '"religion of peace" strikes again'
  String.raw`religion of peace['’"”]? (?:strikes|at it) again`,
  String.raw`(?:the )?jews killed (?:jesus|christ)`,
  // the Holocaust wished on again: "6 million wasn't enough", "hitler should have finished the job", "jews belong in the ovens"
  String.raw`(?:6|six) (?:million|gorillion) (?:wasn'?t|wasn t|was not|isn'?t|is not|(?:was|is) not even) enough`,
  String.raw`hitler (?:should(?:'?ve| have| of)|shoulda) finished (?:the|his) job`,
  String.raw`finish (?:what|the job) hitler started`,
  String.raw`(?:jews|the jews|kikes|yids) (?:deserve|belong in|should be in|back (?:in|into|to)) (?:the )?(?:ovens|gas chambers)`,
  // "the jew" as one scheming type: "the jew lies", "the jew wants you dead", "the jew controls the media"
  String.raw`the (?:jew|kike|yid) ${oneOf(['is', 'lies', 'wants', 'hates', 'controls', 'runs', 'owns', 'will', 'always', 'never', 'knows', 'is behind'])}`,
  // Holocaust denial: "the holocaust never happened", "the holohoax was a lie"
  String.raw`(?:the )?holo(?:caust|hoax) (?:never happened|(?:didn'?t|did not) happen|(?:is|was) (?:a |just a |all a )?` + String.raw`(?:lie|hoax|myth|fake|fabrication))`,
  // slogans: "it's okay to be white", "keep america white", "europe for the europeans", "remove kebab"
  String.raw`it(?:'?s| s| is) (?:ok|okay) to be white`,
  `keep ${oneOf(['america', 'britain', 'england', 'europe', 'australia', 'canada', 'ireland', 'scotland', 'the (?:west|nation|race)'])} white`,
  String.raw`keep (?:our|this) ${oneOf(['country', 'town', 'city', 'street', 'neighbou?rhood', 'race', 'nation', 'blood', 'schools?'])} white`,
  'europe for (?:the )?europeans',
  // coded names and tropes: "the alphabet people", "globalists with hooked noses", "low IQ countries"
  'alphabet (?:people|crowd|brigade|soup people)',
  String.raw`(?:globalists?|bankers?|financiers?|elites?) with (?:their |the )?(?:hook(?:ed)?|big|long) noses`,
  String.raw`low[- ]iq (?:countries|nations|races|populations|immigrants|migrants|cultures|people from)`,
  // "the banks and the media are all run by the same small group"
  String.raw`${oneOf(['banks', 'media', 'press', 'hollywood', 'money', 'government'])}(?: and the \w+)? (?:are|is) (?:all )?(?:run|controlled|owned) by ${oneOf(['the same', 'one', 'a'])} (?:small |tiny |certain )?(?:group|tribe|people)`,
  // "Remember when this town was white and safe?"
  String.raw`(?:this|our|my) (?:country|town|city|neighbou?rhood|street|school|area) (?:was|used to be) (?:still )?(?:all )?white(?! with)`,
  // the Charlottesville chant
  '(?:jews|you) will not replace us',
  // antisemitic and anti-Muslim tropes and puns: "the jew world order", "khazarian mafia", "religion of pieces"
  'jew world order',
  'khazarian (?:mafia|jews?|mob)',
  'synagogue of satan',
  'religion of pieces',
  'pisslam',
  String.raw`p(?:a)?edo(?:phile)? prophet`,
  'remove kebab',
  // hashtags run together, with or without the "#": "#banislam", "#deportthemall", "#stoptheinvasion"
  String.raw`(?:ban|stop)islam`,
  String.raw`islamis(?:evil|theproblem|theenemy|cancer)`,
  'deportthemall',
  String.raw`itsok(?:ay)?tobewhite`,
  'illegalsout',
  'sendthemhome',
  'rapejihad',
  '#remigration',
  String.raw`deportall(?:muslims|immigrants|illegals|refugees|migrants)`,
  'sendthemback',
  'stoptheinvasion',
  String.raw`(?:refugees|migrants|muslims|immigrants)(?:not|arenot)welcome`,
  String.raw`killall(?:muslims|jews|blacks|gays|immigrants)`,
  'nomoremosques',
  'muslimsout',
  'whitepride',
  // "the gay lobby wants to teach our kids": the agenda or the lobby
  String.raw`the (?:gay|homosexual|trans|transgender|lgbt\w*|tranny) (?:agenda|lobby)`,
  // a pandemic named for a people: "Chinese virus round 2", "kung flu"
  String.raw`(?:chinese|china|chink) (?:virus|plague|flu)`,
  'kung ?flu',
  // the racial stereotype of benefit claimants; the antisemitic banker
  'welfare queens?',
  String.raw`globalist (?:bankers?|financiers?|money ?lenders?)`,
  // "some cultures just aren't compatible with ours", "the culturally enriched part of town had three stabbings"
  String.raw`(?:some|certain|their|those|these) cultures? (?:just |simply |really )?${oneOf([
    "aren'?t",
    'are not',
    "isn'?t",
    'is not',
    'will never be',
    "can'?t be",
    'cannot be',
  ])} compatible with ${oneOf(['ours', 'our', 'the west', 'western', 'british', 'european', 'american'])}`,
  `culturally enriched ${oneOf([
    'parts?',
    'areas?',
    'end',
    'side',
    'bits?',
    'neighbou?rhoods?',
    'estates?',
    'streets?',
    'towns?',
    'cit(?:y|ies)',
  ])}`,
];

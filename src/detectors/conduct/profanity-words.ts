// Word list for conduct/profanity: patterns over the normalised text (see normaliseForProfanity), graded by severity.
import type { TextAnalysis } from '../../nlp/index.js';
import { oneOf } from '../vocab.js';

/** A profane-word pattern; `re` runs on normalised text (lower case, leetspeak undone, masks as `_`). */
export interface ProfaneWord {
  /** Stable name of the word family (used in tests and the message data, never the word itself). */
  family: string;
  severity: 'strong' | 'moderate' | 'mild';
  re: RegExp;
  /** Extra check on the original text around the hit; return false to drop it. */
  keep?: (text: string, start: number, end: number) => boolean;
}

// Token edges on the normalised text: letters, digits and masks belong to the word.
const B = '(?<![a-z0-9_])';
const E = '(?![a-z0-9_])';

const rx = (source: string) => new RegExp(source, 'g');
const hasMask = (text: string, start: number, end: number) => /[*#_]/.test(text.slice(start, end));
/** A female dog, where the post speaks of breeding: "Our bitch Molly had six pups", "the bitch is in season". */
const BREEDING = new RegExp(String.raw`\b${oneOf(['pups?', 'puppies', 'litters?', String.raw`whelp\w*`, 'in season', 'in heat', 'spayed', 'breeders?'])}\b`, 'i');
const dogsBitch = (text: string, start: number, end: number) => /^bitch(?:es)?$/i.test(text.slice(start, end)) && BREEDING.test(text);

/** Vowel-dropped and phonetic spellings of "fuck": "fck", "fkn", "fuk", "fvck", "phuck". */
const FUCK_SPELLINGS = [
  'fck(?:ing|in|ed|er|ers|s)?',
  'fkn',
  'fkin',
  'fking',
  'fuk(?:ing|in|ed|ed|er|ers|s|kin|ked)?',
  'fuq',
  'fvck(?:ing|ed)?',
  'phuc?k(?:ing|in|ed)?',
];

/** What follows a masked s-word at the head of a compound: "sh*tfaced", "s**thead", "sh*tty". */
const SHIT_COMPOUND_TAILS = [
  'faced',
  'head',
  'heads',
  'hole',
  'holes',
  'show',
  'shows',
  'storm',
  'bag',
  'load',
  'ting',
  'ted',
  'ter',
  'tier',
  'tiest',
  'ass',
];

/** The f-word said round: "effing", "eff off", "f-ing", "mofo", "mfer", "muthaf...". */
const EFF_SPELLINGS = [
  'eff(?:ing|in|ed)',
  'eff (?:off|this|that|you|me)',
  'f-(?:ing|in|ed|er|ers)',
  // "Welcome to the f'ing job", "another f'n caravan"
  "f['’](?:ing|in|n|ed)",
  'mofos?',
  'mfers?',
  'mf(?:ing|in)',
  String.raw`muthaf\w*`,
  String.raw`mothaf\w*`,
];

/** The bare letter standing for the f-word: "fk this", "go f yourself", "f this". */
const BARE_F = [
  'fk(?:ing|in|ed|s)?',
  'go f (?:yourself|urself|off|itself|himself|herself|themselves)',
  'f (?:off|you|u|this|that|me)(?= |[.!,]|$)',
];

/** Words glued before "ass": "badass", "jackass", "dumbass". */
const ASS_HEADS = [
  'bad',
  'dumb',
  'jack',
  'smart',
  'kick',
  'wise',
  'fat',
  'lard',
  'hard',
  'half',
  'sore',
  'lazy',
  'candy',
];

/** Words glued after "ass": "asshat", "assclown", "asswipe". */
const ASS_TAILS = [
  'hat',
  'hats',
  'clown',
  'clowns',
  'wipe',
  'wipes',
  'kisser',
  'kissing',
  'load',
  'face',
];

/** Before "dick" meaning a person: "what a dick", "don't be a dick", "you dick". */
const DICK_BEFORE = [
  'a',
  'such a',
  'what a',
  'be a',
  'being a',
  'total',
  // "an absolute dick", "a right dick", "a complete dick"
  'absolute',
  'right',
  'complete',
  'utter',
  'you',
  'fucking',
  'big',
  'little',
  'my',
  'his',
  'your',
  'ur',
  'suck',
];

/** Before "prick" meaning a person: "what a prick", "you prick". */
const PRICK_BEFORE = [
  'a',
  'such a',
  'what a',
  'you',
  'little',
  'absolute',
  'total',
  'arrogant',
  'smug',
  'fucking',
  'utter',
  'massive',
  // "the other guy is a useless prick", "a right prick", "selfish prick"
  'useless',
  'right',
  'complete',
  'selfish',
  'entitled',
  'cocky',
  // "Some prick keyed my car", "those pricks in the BMW"
  'some',
  'that',
  'those',
  'these',
];

/** After "the hell" as an expletive: "get the hell out", "who the hell are you". */
const THE_HELL_AFTER = [
  'out',
  'outta',
  'off',
  'up',
  'away',
  'with',
  'of it',
  'is',
  'are',
  'was',
  'were',
  'did',
  'do',
  'does',
  'you',
  'he',
  'she',
  'they',
  'i',
  'we',
];

/** Profanity patterns, strongest first. */
/** What "bloody" describes when it means blood, not a swear: "a bloody nose", "the bloody handprint", "Bloody Mary". */
const LITERAL_BLOODY = [
  String.raw`(?:hand|foot|finger|boot|shoe)? ?prints?`,
  'noses?',
  'lips?',
  'mouths?',
  'faces?',
  'heads?',
  'hands?',
  'fingers?',
  'knuckles?',
  'knees?',
  'wounds?',
  'cuts?',
  'gash(?:es)?',
  'knife',
  'knives',
  'weapons?',
  'hammers?',
  'bats?',
  'axes?',
  'swords?',
  'needles?',
  'syringes?',
  'hoodies?',
  't-?shirts?',
  'shirts?',
  'jackets?',
  'jeans',
  'trousers',
  'cloth(?:es|ing)?',
  'gloves?',
  'socks?',
  'shoes?',
  'boots?',
  'trainers?',
  'sheets?',
  'towels?',
  'tissues?',
  'rags?',
  'bandages?',
  'dressings?',
  'gauze',
  'smears?',
  'streaks?',
  'stains?',
  'trails?',
  'pools?',
  'mess',
  'scenes?',
  'stools?',
  'urine',
  'discharge',
  'vomit',
  'mary',
  'marys',
  'sunday',
  'battles?',
  'wars?',
  'fights?',
  'massacres?',
  'murders?',
  'revolution',
  'history',
  'past',
  'end',
  'carcass(?:es)?',
  'meat',
  'steaks?',
  'entrails',
  'footage',
];

export const PROFANE_WORDS: readonly ProfaneWord[] = [
  // "fuck", "fucking", "motherfucker", "clusterfuck", "#FuckTheSystem", "fuuuuck"
  { family: 'fuck', severity: 'strong', re: rx(`${B}[a-z]*?f+u+c+k+[a-z]*${E}`) },
  // "f***", "f**k", "f*ck", "fu*k", "f***ing", "motherf***er": at least one mask after the f
  { family: 'fuck', severity: 'strong', re: rx(`${B}(?:mother|mutha|motha|cluster)?f(?=[uck_]*_)[uck_]{2,6}(?:ing|in|n|ed|er|ers|s|a|as)?${E}`), keep: hasMask },
  // "fck", "fkn", "fuk", "fvck", "phuck": vowel-dropped and phonetic spellings
  {
    family: 'fuck',
    severity: 'strong',
    re: rx(`${B}${oneOf(FUCK_SPELLINGS)}${E}`),
  },
  // "shit", "bullshit", "shitty", "shitshow", "shite" — not "shiitake"/"shitake", "shittim", "Kshitij"
  {
    family: 'shit',
    severity: 'strong',
    re: rx(`${B}(?:bull|horse|dip|ape|bat|chicken|dog|jack|holy|dumb)?sh+i+t+(?!ake|tim|ij)[a-z]*${E}`),
  },
  // "s**t", "sh*t", "s***", "bulls**t" (and "sh!t" once leetspeak is undone)
  { family: 'shit', severity: 'strong', re: rx(`${B}(?:bull|horse|dip|ape|bat)?s(?=[hit_]*_)[h_][i_][t_](?:ty|s|e|head|show)?${E}`), keep: hasMask },
  // "sh*tfaced", "s**thead", "sh*tty": a masked s-word as the head of a compound
  { family: 'shit', severity: 'strong', re: rx(`${B}s(?=[hit_]*_)[h_][i_][t_]${oneOf(SHIT_COMPOUND_TAILS)}${E}`), keep: hasMask },
  // spelled out letter by letter: "F.U.C.K.", "f u c k", "s-h-i-t"
  { family: 'fuck', severity: 'strong', re: rx(`${B}f([. -])u\\1c\\1k${E}`) },
  { family: 'shit', severity: 'strong', re: rx(`${B}s([. -])h\\1i\\1t${E}`) },
  // "effing", "eff off", "f-ing", "mofo", "mfer"
  { family: 'fuck', severity: 'strong', re: rx(`${B}${oneOf(EFF_SPELLINGS)}${E}`) },
  // "fk this", "Fk off", "go f yourself", "f this": the bare letter standing for the word (not the "FK" of databases)
  {
    family: 'fuck',
    severity: 'strong',
    re: rx(`${B}${oneOf(BARE_F)}${E}`),
    keep: (text, start) => text.slice(start, start + 2) !== 'FK',
  },
  // "sht", "shyt"
  { family: 'shit', severity: 'strong', re: rx(`${B}(?:sht|shyt)(?:ty|s)?${E}`) },
  // "bitch", "bitches", "sonofabitch", "bitchy"
  { family: 'bitch', severity: 'strong', re: rx(`${B}[a-z]*?bitch[a-z]*${E}`), keep: (text, start, end) => !dogsBitch(text, start, end) },
  // "b**ch", "b*tch", "biatch", "beyotch"
  { family: 'bitch', severity: 'strong', re: rx(`${B}b(?=[itch_]*_)[i_][t_]?[c_][h_](?:es|ing|in|y)?${E}`), keep: hasMask },
  { family: 'bitch', severity: 'strong', re: rx(`${B}(?:biatch|biotch|beyotch)(?:es)?${E}`) },
  // "cunt", "c**t" — word start only, so "Scunthorpe" stays clean
  { family: 'cunt', severity: 'strong', re: rx(`${B}c+u+n+t+(?:s|y|ish)?${E}`) },
  { family: 'cunt', severity: 'strong', re: rx(`${B}c(?=[unt_]*_)[u_][n_][t_]s?${E}`), keep: hasMask },
  // "twat", "wanker", "wanking" — not "Wankel"
  { family: 'twat', severity: 'strong', re: rx(`${B}twat(?:s|ted|ting)?${E}`) },
  // "absolutely wankered": drunk, in British slang
  { family: 'wank', severity: 'strong', re: rx(`${B}wank(?:er|ers|ered|ing|ed|s|y|stain)?${E}`) },
  // "asshole", "arsehole", "a**hole"
  { family: 'asshole', severity: 'strong', re: rx(`${B}(?:ass|arse|a__|as_|a_s)holes?${E}`) },
  // "cocksucker", "dickhead", "dickwad"
  { family: 'cock', severity: 'strong', re: rx(`${B}cocksuck[a-z]*${E}`) },
  { family: 'dick', severity: 'strong', re: rx(`${B}dick(?:head|heads|wad|wads|face|ish)${E}`) },
  // "slut", "slutty", "whore", "#whorewednesday"
  { family: 'slut', severity: 'strong', re: rx(`${B}(?:slut|whor(?:e|ing))[a-z]*${E}`) },
  // "bastard", "bastards"
  { family: 'bastard', severity: 'strong', re: rx(`${B}bastards?${E}`) },
  // obscene sexual terms: "blowjob", "jizz", "dildo"
  { family: 'obscene', severity: 'strong', re: rx(`${B}(?:blow ?jobs?|hand ?jobs?|jizz|dildos?)${E}`) },
  // "pussy" — not "pussy cat", "pussy willow", "pussycat"
  { family: 'pussy', severity: 'strong', re: rx(`${B}puss(?:y|ies)${E}(?! ?(?:cat|willow))`) },
  // British: "bollocks", "bellend", "tosser", "knobhead"
  { family: 'british', severity: 'moderate', re: rx(`${B}(?:bollock(?:s|ing)?|bellends?|tossers?|knob ?(?:head|end)s?)${E}`) },
  // "douchebag"
  { family: 'douche', severity: 'moderate', re: rx(`${B}douche ?bags?${E}`) },
  // "ass", "asses", "badass", "jackass", "asshat", "dumbass" — not "bass", "class", "assess", "Ass. Prof."
  {
    family: 'ass',
    severity: 'moderate',
    re: rx(`${B}(?:${oneOf(ASS_HEADS)}?ass(?:es|ed)?|ass${oneOf(ASS_TAILS)})${E}`),
    // "Ass. Prof.", "Ass Product Mgr": the abbreviation of assistant before a capitalised title
    keep: (text, start, end) => !/^\.\s+[A-Z]/.test(text.slice(end, end + 3)) && !(/^Ass$/.test(text.slice(start, end)) && /^\s+[A-Z][a-z]/.test(text.slice(end, end + 3))),
  },
  // "an absolute a-hole": the spelling that masks "asshole" (not "a hole", spaced)
  { family: 'ass', severity: 'moderate', re: rx(`${B}a-holes?${E}`) },
  // "a**", "kick a**"
  { family: 'ass', severity: 'moderate', re: rx(`${B}a(?=[s_]*_)[s_]{2}(?:es)?${E}`), keep: hasMask },
  // masked strong words: "d*ck", "pr*ck", "c*ck", "p*ssy", "wh*re", "sl*t", "b*stard", "tw*t", "d*ckhead" — someone
  // masked it, so it is the profane reading
  ...maskedWords('strong', 'masked', [
    'dick',
    'dicks',
    'dickhead',
    'dickheads',
    'cock',
    'cocks',
    'cocksucker',
    'pussy',
    'whore',
    'whores',
    'slut',
    'sluts',
    'bastard',
    'bastards',
    'twat',
    'twats',
    'wanker',
    'wankers',
    'asshole',
    'assholes',
    'motherfucker',
    'motherfuckers',
    'bullshit',
    'dumbass',
    'jackass',
  ]),
  ...maskedWords('moderate', 'masked', [
    'prick',
    'pricks',
    'piss',
    'pissed',
    'pissing',
    'bollocks',
    'tits',
    'arse',
  ]),
  ...maskedWords('mild', 'masked', [
    'damn',
    'damned',
    'dammit',
    'goddamn',
    'crap',
    'crappy',
  ]),
  // "arse", "can't be arsed"
  { family: 'arse', severity: 'moderate', re: rx(`${B}arsed?${E}`) },
  // "piss", "pissed off", "pisshead" — not "Pissarro"
  { family: 'piss', severity: 'moderate', re: rx(`${B}piss(?:ed|es|ing|y|er|ers|head|heads|take)?${E}`) },
  // "what a dick", "don't be a dick", "dick move", "dick pic" — not "Dick Van Dyke", "Moby Dick", "Dickens"
  {
    family: 'dick',
    severity: 'moderate',
    re: rx(`(?:${B}${oneOf(DICK_BEFORE)}\\s+dicks?${E}|${B}dick\\s+(?:move|pics?)${E})`),
    // "my complete Dick Francis collection": the first name before a surname
    keep: (text, _start, end) => !(/Dick$/.test(text.slice(end - 4, end)) && /^\s+[A-Z][a-z]/.test(text.slice(end, end + 4))),
  },
  // "what a prick", "you prick" — not "a prick of light", "prick your finger"
  {
    family: 'prick',
    severity: 'moderate',
    re: rx(`${B}${oneOf(PRICK_BEFORE)}\\s+pricks?${E}(?!\\s+of)`),
  },
  // "Driver saw me. Prick.": the word as a sentence of its own
  { family: 'prick', severity: 'moderate', re: rx(`(?<=^|[.!?]\\s{0,3})pricks?(?=\\s*(?:[.!?]|$))`) },
  // "bugger", "bugger off"
  { family: 'bugger', severity: 'moderate', re: rx(`${B}bugger(?:ed|s|ing|y)?${E}`) },
  // abbreviations of profane phrases: "wtf", "stfu", "gtfo", "fml", "omfg", "ffs", "jfc" (Jesus f***ing Christ)
  { family: 'abbreviation', severity: 'moderate', re: rx(`${B}(?:wtf+|stfu|gtfo|fml|omfg|ffs|jfc)${E}`) },
  // "damn", "dammit", "goddamn", "damned" — not "damning", "damnation", "dam"
  { family: 'damn', severity: 'mild', re: rx(`${B}(?:god)?dam(?:n+|mit|nit|ned|n+it)${E}|${B}goddam${E}`) },
  // "bloody" as a swear, the British intensifier: "bloody traffic", "those bloody clowns", "a bloody long time", "bloody
  // oath"; not blood itself ("a bloody nose", "the bloody handprint", "bloody clothing"), the cocktail or the battle
  // (nor covered in blood, after "still"/"fake" or "to the": "the axe they used, still bloody", "a fake bloody
  // bathroom", "bloody to the handle")
  {
    family: 'bloody',
    severity: 'mild',
    re: rx(`(?<!${B}(?:still|fake|covered|half) )${B}bloody${E}(?!['"”’]? (?:${oneOf(LITERAL_BLOODY)})${E})(?! to the${E})`),
  },
  // "crap", "crappy" — not "craps" (the dice game)
  { family: 'crap', severity: 'mild', re: rx(`${B}crap(?:py|pier|piest|ped|per|load)?${E}`) },
  // "hell" as an expletive only: "what the hell", "hell yeah", "go to hell", "tired as hell" — not "Hell's Kitchen",
  // "Highway to Hell", "heaven and hell"
  {
    family: 'hell',
    severity: 'mild',
    re: rx(
      `${B}${oneOf([
        '(?:what|who|where|why|how) the hell',
        '(?:go|goes|went|can go) (?:straight )?to hell',
        `the hell ${oneOf(THE_HELL_AFTER)}`,
        'hell+ ?(?:yeah+|yea+|yes+|ya|no+|nah|naw)',
        'go to hell',
        'bloody hell',
        '(?:as|like) hell',
        'hell ?holes?',
        '(?:one|a) hell of',
      ])}${E}`,
    ),
  },
];

/**
 * Masked spellings of whole words: every letter after the first may be a mask ("d*ck", "wh*re", "b**tard"); at least
 * one must be, since the unmasked words have their own patterns with their own exclusions.
 */
function maskedWords(severity: ProfaneWord['severity'], family: string, words: readonly string[]): ProfaneWord[] {
  const alternatives = words.map((w) => w[0] + [...w.slice(1)].map((c) => `[${c}_]`).join(''));
  return [{ family, severity, re: rx(`${B}(?:${alternatives.join('|')})${E}`), keep: hasMask }];
}

/** Confidence per severity: strong words are unambiguous, mild ones ("damn", "hell") are for the policy to weigh. */
export const SEVERITY_CONFIDENCE: Record<ProfaneWord['severity'], number> = { strong: 0.95, moderate: 0.7, mild: 0.4 };

// Leetspeak inside a word: "sh1t", "b!tch", "a$$", "h3ll", "c0ck", "b@stard".
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '!': 'i', '|': 'i', '3': 'e', '4': 'a', '@': 'a', $: 's', '5': 's', '7': 't' };
const isAsciiLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);

/**
 * Where normaliseForProfanity changes more than case: a mask after a letter ("f***"), an underscore, a trailing `$`
 * ("a$$") or leetspeak between letters ("sh1t", "b!tch"). Elsewhere the normalised text is the lower-cased text, so
 * a detector reading it is reached by its keywords or by this trigger.
 */
export const MASKED_OR_LEET = /[a-z][*#$]|_|[a-z][013457!|@$]+[a-z*#]/i;
const isMask = (c: string | undefined) => c === '*' || c === '#';

/** A post's normaliseForProfanity, computed once for every detector that reads it (profanity, bias, alcohol). */
export function profanityNormOf(analysis: TextAnalysis): string {
  return analysis.shared(normaliseForProfanity, () => normaliseForProfanity(analysis.text));
}

/**
 * Lower-case the text and undo light masking without changing its length, so offsets carry over: leetspeak inside a
 * word becomes letters ("sh1t" -> "shit", "a$$" -> "ass"), a run of `*` or `#` after a letter becomes `_`
 * ("f***" -> "f___"), and underscores already in the text become `-` so they never pass for a mask.
 */
export function normaliseForProfanity(text: string): string {
  const out: string[] = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isAsciiLetter(c)) {
      out[i] = c.toLowerCase();
    } else if (c === '_') {
      out[i] = '-';
    } else if (isMask(c)) {
      // a mask run must hang off a letter: "f***", "s**t"; "*sigh*" keeps its leading star
      let j = i;
      while (j > 0 && isMask(text[j - 1])) j--;
      out[i] = isAsciiLetter(text[j - 1]) ? '_' : c;
    } else if (c in LEET) {
      const prev = text[i - 1];
      const next = text[i + 1];
      // a mask run before it counts as part of the word: "s#!t"
      const prevWordy =
        isAsciiLetter(prev) || (prev !== undefined && prev in LEET && isAsciiLetter(text[i - 2])) || (isMask(prev) && out[i - 1] === '_');
      const nextWordy = isAsciiLetter(next) || isMask(next) || (next !== undefined && next in LEET && isAsciiLetter(text[i + 2]));
      // "a$$" ends in symbols; every other substitution sits between letters ("sh1t", "b!tch")
      const trailingDollar = c === '$' && (isAsciiLetter(prev) || prev === '$');
      out[i] = (prevWordy && nextWordy) || trailingDollar ? LEET[c]! : c;
    } else {
      out[i] = c;
    }
  }
  return out.join('');
}

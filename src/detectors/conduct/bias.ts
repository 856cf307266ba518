// conduct/bias: statements that malign people by race, religion, national origin, sex, sexual orientation, gender identity or disability, and slurs; serves the clauses barring discriminatory or derogatory content.
import type { TextDetector } from '../../core/types.js';
import { cuesOf, gatedPatterns, walkCues, type CueRow, type CueText, type Veto } from '../cues.js';
import {
  BREEDING_ANIMALS,
  DEHUMANISING,
  DEROGATORY,
  FUSED_SLURS,
  GROUP_ADJECTIVE,
  GROUP_NOUNS,
  GROUP_PREDICATES,
  GROUP_SINGULAR,
  HATE_CODES,
  IDENTITY_CUE,
  IDENTITY_WORDS,
  INNUENDO,
  INNUENDO_PROXIES,
  INNUENDO_SLIGHTS,
  PEOPLES_ONLY,
  PERSON_NOUN,
  SLURS,
  VAGUE_GROUP,
} from './bias-words.js';
import { MASKED_OR_LEET, profanityNormOf } from './profanity-words.js';
import { sentenceAt, sentenceTextOf, type Segment } from './text.js';
import { oneOf } from '../vocab.js';
import { numberWords } from '../vocab/numbers.js';

/*
 * Two kinds of evidence. Slurs are reported wherever they appear (also lightly masked: "n1gger"). Generalisations
 * need a group and a maligning predicate joined by a copula in one sentence ("Those people from that neighborhood are
 * all animals"), or a call to expel or harm a group ("send them back", "should all be deported"). A neutral mention
 * of a group names no predicate ("our Somali community liaison"); an anti-bias statement ("not all Muslims are
 * terrorists", "we stand against racism") is dropped by the guard on its sentence.
 */

// e.g. "nigger", "n1gga", "sp1c", "faggot", "tranny", "retard"
const SLUR_RE = new RegExp(`(?<![a-z0-9_])(?:${SLURS.map((s) => s.source).join('|')})(?![a-z0-9_])`, 'g');
const SLUR_PARTS = SLURS.map((s) => ({ re: new RegExp(`^(?:${s.source})$`), confidence: s.confidence }));
// A word spelt out letter by letter, spaced, dotted or dashed: "k-i-k-e", "s p i c s", "c.h.i.n.k" (a slur if its letters are)
export const SPELLED_OUT = /(?<![a-z0-9])[a-z](?:[ .\-_*~|]{1,2}[a-z]){2,}(?![a-z0-9])/gi;
/** The slur a spelt-out word's letters make ("k-i-k-e" -> kike), if they make one. */
const spelledSlur = (spelled: string) => {
  const letters = spelled.replace(/[^a-z]/gi, '').toLowerCase();
  return SLUR_PARTS.find((p) => p.re.test(letters));
};

// A slur run together with other words, as hashtags are: "#stopthekikes", "deportthewetbacks", "niggerlover"
const SLUR_FUSED_RE = new RegExp(String.raw`(?<![a-z0-9_@])#?[a-z]*(?:${FUSED_SLURS})[a-z]*`, 'g');

// Hedges and intensifiers between the copula and the predicate: "are all just", "are nothing but", "is such a"
const QUAL = String.raw`(?:${oneOf([
  'all',
  'just',
  'nothing but',
  'basically',
  'literally',
  'always',
  'such',
  'so',
  'fucking',
  String.raw`f\*+ing`,
  'nothing more than',
  'a bunch of',
  'bunch of',
  'like',
  'complete',
  'total',
  'straight',
  'pure',
  'absolute',
  'absolutely',
  'a pack of',
  'pack of',
  'the same',
  'mostly',
  'really',
  'truly',
  'genuinely',
  'simply',
])}\s+)*`;

// Whom a generalisation is about: a group, "those people", "every Muslim"
const GENERALISED = String.raw`${GROUP_NOUNS}|${VAGUE_GROUP}|(?:every|each|any) (?:single )?(?:${GROUP_SINGULAR})`;
// "Those people from that neighborhood are all animals", "illegals are criminals", "women are so stupid"
const GENERALISATION = new RegExp(
  String.raw`\b(?:${oneOf([
      'all',
      'most',
      'every(?: single)? one of',
      'every',
      'typical',
      'bloody',
      'fucking',
      'damn',
      'these',
      'those',
      'them',
      'the',
    ])}\s+)?(${GENERALISED})\b(${oneOf([
      String.raw`,?\s+${oneOf([
        'from',
        'in',
        'of',
        'who',
        'that',
        'around',
        'round',
        'on',
        'at',
        'over',
        'down',
        'across',
        'living',
        'coming',
        'moving',
        'here',
        'there',
        'nowadays',
        'today',
        'these days',
        'now',
        'everywhere',
        'generally',
        'as a',
      ])}\b[^.!?\n]{0,40}?`,
      String.raw`\s+(?:i|we|you|they) [a-z]+(?: (?:over|up|in|out|with))?`,
    ])}?)\s+${oneOf([
      'are',
      'r',
      'is',
      '=',
      'being',
      'were',
      'act like',
      'behave like',
    ])}\s+((?:[\w']+,?\s+){0,3}?)${QUAL}(?:(?:a|an)\s+)?(?:bunch of\s+)?(${DEROGATORY}|${GROUP_PREDICATES})\b`,
  'gi',
);
// "animals, all of them", "vermin, every single one of them" after a group in the same sentence
const TRAILING_ALL = /^[^.!?]{0,20}?\b(?:all of (?:them|em)|every (?:single )?one of (?:them|em)|the lot of (?:them|em)|every single one)\b/i;

// Modal verbs of an order or a demand: "Muslims should all be deported", "refugees need to go home"
const MUST = oneOf(['should', 'need to', 'needs to', 'must', 'ought to', 'have to', 'gotta']);
// Verbs of sending people away: "send them back", "ship the illegals home", "boot em out"
const SEND_AWAY = oneOf(['send', 'ship', 'deport', 'kick', 'boot', 'throw']);
// Dehumanising names for people that no animal or pest shares: "the invaders", "these savages", "third-world hordes"
const DEHUMANISED_PEOPLE = oneOf(['invaders', 'savages', 'sub-?humans', 'barbarians', 'mongrels', 'hordes']);
// What people are kept or got out of for their own good: "keep the refugees out of the cold", "get them out of detention"
const SHELTERED_FROM = oneOf([
  'cold',
  'rain',
  'harm',
  'danger',
  'heat',
  'sun',
  'wind',
  'weather',
  'poverty',
  'detention',
  'jail',
  'prison',
  'camps?',
  'hotels?',
  'limbo',
  'shadows',
]);
// Where a group is placed between the noun and its verb: "the blacks in this town ruin…", "the haitians on the north side brought…"
// "the Muslims moving into the east side don't…", "immigrants from Africa bring crime…"
const LOCATIVE = String.raw`(?:(?:${oneOf(['living', 'moving', 'coming', 'working'])} )?${oneOf(['in', 'into', 'on', 'at', 'around', 'from', 'over', 'near', 'down'])} (?:this|that|the|our|my) \w+(?: \w+)? |(?:in town|round here|around here) |from \w+ )?`;
// A reply's leading handles stand where a sentence starts: "@bob go back to Mexico", "<user> <user> go home"
const AFTER_HANDLES = String.raw`(?:@\w+|<user>)\s+`;
// Where people are told they crawled out of: "go back to whatever desert you crawled out of"
const CRAWLED_FROM = oneOf(['desert', 'jungle', 'cave', 'hole', 'shithole', 'swamp', 'village', 'hut', 'rock']);
// Countries people are told to go back to: "go back to Mexico, nobody wants you here"
const HOMELAND = oneOf([
  'mexico',
  'africa',
  'china',
  'india',
  'pakistan',
  'somalia',
  'syria',
  'iraq',
  'iran',
  'afghanistan',
  'haiti',
  'jamaica',
  'poland',
  'romania',
  'albania',
  'nigeria',
  'the middle east',
  'the desert',
  'the jungle',
  'israel',
  'asia',
  String.raw`your (?:own )?(?:\w+ )?(?:country|countries|homeland|shithole|village|reservation|rez)`,
  // "go back to the rez"
  '(?:the|ur) (?:reservation|rez)',
]);

// A faith or an orientation named as a thing to be got rid of: "islam must be eradicated", "ban islam"
const FAITH_ITSELF = oneOf(['islam', 'judaism', 'homosexuality', 'transgenderism']);
// Besides a group, what a call to harm names: a faith or its houses ("ban islam", "burn the mosques")
const HARMED = String.raw`${FAITH_ITSELF}|${oneOf(['mosques', 'synagogues'])}`;
// Told to go back if the country displeases: "go back to Africa if you hate it here so much", "… if you want sharia so badly"
const GO_BACK_IF = String.raw`if (?:you|u|they) (?:${oneOf([
  'hate',
  String.raw`don'?t like`,
  'do not like',
  String.raw`can'?t stand`,
  'want (?:\\w+ )?so (?:bad|badly|much)',
  'miss it so',
  'love it so',
  'prefer it',
])})`;
// "send them back", "go back to your country", "Muslims should all be deported", "I hate Mexicans"
const EXPEL = new RegExp(
  String.raw`\b${oneOf([
      String.raw`(?:${GROUP_NOUNS}|${VAGUE_GROUP}|${FAITH_ITSELF}|every (?:single )?(?:${GROUP_SINGULAR}))\s+${LOCATIVE}${MUST}\s+(?:all\s+)?(?:be\s+)?${oneOf([
        'deported',
        'shot',
        'gassed',
        'locked up',
        'sent back',
        // not "go back to work"
        String.raw`go back(?! to (?:work|bed|sleep|school|class|the (?:office|station|drawing board)))`,
        'get out',
        'banned',
        'wiped out',
        'exterminated',
        'sterili[sz]ed',
        // "queers should be thrown off roofs", "islam must be eradicated"
        String.raw`thrown off (?:a |the )?(?:roofs?|buildings?)`,
        'killed',
        'executed',
        'eradicated',
        'eliminated',
        'destroyed',
        'purged',
        'stamped out',
        'burn(?:ed|t)(?: alive)?',
        'castrated',
        // "travellers should be run out of town", "trans people should be kept away from children"
        String.raw`run out of (?:town|the country|here|our \w+)`,
        String.raw`kept (?:away|apart) from (?:\w+ )?(?:kids|children|normal \w+|the rest of us|decent \w+|schools)`,
        String.raw`(?:stay|kept) out of (?:our |the |this )?(?:\w+ )?(?:country|countries|schools?|restaurants|pools?|sports?|neighbou?rhoods?|society|public)`,
        String.raw`(?:put|thrown) in(?:to)? (?:camps|ovens|gas chambers)`,
        String.raw`sent to (?:the )?(?:camps|ovens|gas chambers)`,
        'hanged',
        'hung',
        'lynched',
        'put down',
        'kicked out',
        'thrown out',
        'rounded up',
        'shipped (?:out|back|home)',
        'removed',
        'sent home',
        // "every muslim in this country should be on a watchlist"
        'on a (?:watch ?list|register|registry|list)',
        'registered',
        'tracked',
      ])}`,
      // "go back to your own damn country"
      'go back (?:to|where) (?:your|their|ur) (?:own )?(?:(?:damn|fucking|bloody|f\\w+) )?(?:country|countries|homeland|jungle|desert|village)',
      // told, at the start of a sentence: "go back to mexico, nobody wants you here"
      String.raw`(?<=^|[.!?\n]\s*|${AFTER_HANDLES})go back to ${HOMELAND}(?=\s*(?:[.!?,;]|$|(?:nobody|no one|where|and|you|u|ya|${GO_BACK_IF})\b))`,
      'go back (?:to )?where (?:you|they) came from',
      // "Muslims can f*** off back where they came from", "piss off back to your own country"
      String.raw`(?:f(?:uck|\*+|_+)|piss|bugger|sod) off back (?:to )?` +
        String.raw`(?:where (?:you|they|u) (?:came|come) from|(?:your|their|ur) (?:own )?(?:\w+ )?(?:country|countries|homeland))`,
      // "go back to whatever desert you crawled out of"
      String.raw`go back to (?:whatever|the|your|which(?:ever)?) (?:\w+ )?${CRAWLED_FROM} (?:you|they|u) (?:crawled|came|climbed|slithered|crept) (?:out of|from)`,
      String.raw`${SEND_AWAY} (?:them|em|the \w+) (?:all )?back ${oneOf([
        '(?:to )?where (?:they|you) came from',
        String.raw`to (?:their (?:own )?(?:\w+ )?(?:country|countries|homeland|shitholes?)|${HOMELAND})`,
        'home',
        'across the border',
        'over the border',
        // "send them back to drown", "send em all back on the next boat"
        'to (?:drown|die|rot)',
        'on the (?:next|first) (?:boat|plane|flight|ferry|bus)',
      ])}`,
      // "Send the swarm back. We're full."
      String.raw`${SEND_AWAY} (?:the |these |those |all the )?(?:${DEHUMANISED_PEOPLE}|swarms?|vermin|parasites|cockroaches|invasion) (?:all )?back`,
      // "go pray in your own country", "go back and do it in your own damn country"
      String.raw`go (?:back and )?(?:\w+ ){1,3}?(?:in|back in) (?:your|their|ur) (?:own )?(?:(?:damn|fucking|bloody) )?(?:country|countries)`,
      // "Immigrants out." as a chant, the whole sentence
      String.raw`(?<=^|[.!?]\s*)(?:${GROUP_NOUNS}) out(?=\s*(?:[.!]|$))`,
      String.raw`(?:(?:i|we)\s+|(?<=^|[.!?]\s+))${oneOf([
        String.raw`fucking\s+`,
        String.raw`really\s+`,
        String.raw`just\s+`,
      ])}?(?:hate|despise|can'?t stand)\s+(?:all\s+)?(?:the\s+|these\s+|those\s+)?(?:${GROUP_NOUNS})`,
      String.raw`(?:${GROUP_NOUNS})\s+${MUST}\s+(?:learn (?:english|the language) or\s+)?(?:leave|go home|get out|go back)`,
      // "keep the Mexicans out", not "out of the cold"
      String.raw`keep (?:the |those |these |all )?(?:${GROUP_NOUNS}) (?:away|out)(?! of (?:the )?${SHELTERED_FROM})`,
      // "send the illegals back", "deport all the migrants home"
      String.raw`${SEND_AWAY} (?:all |the |those |these |all the |every last one of the )?(?:${GROUP_NOUNS}) (?:all )?(?:back|home|out)`,
      // "deport every last muslim", "deport all illegals"
      String.raw`deport (?:all (?:the |these |those )?|every (?:last |single )?|the |these |those )(?:${GROUP_NOUNS}|${GROUP_SINGULAR})`,
      // "ban muslim immigration", "stop african migration", "no more muslim refugees"
      String.raw`(?:ban|stop|end|halt|no more) (?:all )?${oneOf(['muslim', 'islamic', 'arab', 'african', 'black', 'mexican', String.raw`third[- ]world`, 'non-?white', 'somali', 'syrian', 'afghan', 'pakistani', 'jewish'])} (?:immigration|migration|immigrants|migrants|refugees)`,
      // "gays will burn in hell", "muslims deserve to die"
      String.raw`(?:${GROUP_NOUNS}) (?:will|shall|should|deserve to|are going to|gonna|must|need to|can) (?:all )?(?:burn|rot) in hell`,
      String.raw`(?:${GROUP_NOUNS}) (?:all )?(?:deserve to|should|must|need to|ought to) (?:all )?die`,
      // "these monkeys should go back to the jungle"
      String.raw`(?:monkeys|apes|savages|sub-?humans) (?:${MUST} |can )?(?:all )?(?:go|be sent|get) back to (?:the )?(?:jungle|trees|caves?|africa)`,
      // "no more visas for pakistanis"
      String.raw`no more (?:visas|asylum|green cards|entry|mosques) for (?:the )?(?:${GROUP_NOUNS})`,
      // "the only good Muslim is a dead one"
      String.raw`the only good (?:${GROUP_SINGULAR}) is (?:a dead (?:one|${GROUP_SINGULAR})|one (?:on a (?:plane|boat|flight) (?:home|back|out)|in a (?:box|coffin|grave|cell)))`,
    ])}\b`,
  'gi',
);
// "ship them all back", "deport them all", "send every last one of them home" when the sentence names a group or a
// dehumanised one: "Those illegals keep flooding in, ship them all back"
const EXPEL_BARE = new RegExp(
  String.raw`\b${oneOf([
    String.raw`${SEND_AWAY} ${oneOf(['them', 'em', String.raw`every (?:last |single )?one of (?:them|em|th[eo]se \w+)`])} (?:all )?(?:back|home|out)`,
    'deport (?:them|em)(?: all)?',
  ])}\b`,
  'gi',
);
// "kill them all", "gas every last one of them" when a group is named by it: "Muslims everywhere now. Gas them all"
const HARM_BARE = new RegExp(
  String.raw`\b${oneOf([
    'kill',
    'gas',
    'exterminate',
    'hang',
    'lynch',
    'nuke',
    'slaughter',
    'butcher',
    'wipe out',
    'eradicate',
  ])} (?:${oneOf([
    "(?:them|em|'em) all",
    "all of (?:them|em|'em)",
    "every (?:last |single )?one of (?:them|em|'em)",
  ])})\b`,
  'gi',
);
// Every one of them, swept up: "the lot of them", "them all", "every last one"
const SWEEP = oneOf([
  "(?:them|em|'em) all",
  "all of (?:them|em|'em)",
  "the (?:whole )?lot(?: of (?:them|em|'em))?",
  "every (?:last |single )?(?:one|1)(?: of (?:them|em|'em))?",
]);
// A whole people sent away with no group named (only foreigners are deported): "Deport the lot of them and the crime
// problem disappears", "deport them all", "send every last one of them back"
const EXPEL_SWEEPING = new RegExp(
  String.raw`\b${oneOf([
    `deport ${SWEEP}`,
    String.raw`${SEND_AWAY} every (?:last |single )?one of (?:them|em|'em) (?:back|home)`,
    // "Send the lot of them back on the first boat", "Send them all back." (a parcel's return is not a people: a group or
    // a foreign cue must be in the post, see the row)
    String.raw`${SEND_AWAY} (?:${SWEEP}) (?:back|home)`,
  ])}`,
  'gi',
);
// Who a vague group is when said to be a people: "those people", "their kind", "that lot" (not "those animals")
const VAGUE_PEOPLE = oneOf([
  'those people',
  'these people',
  'them people',
  'you people',
  'their kind',
  'that kind',
  'people like (?:that|them|you)',
  'those types',
  'these types',
  'that lot',
  'them lot',
  'you lot',
  // "the kind who'll never integrate", "the ones from over the border"
  String.raw`the kind (?:who|that)(?:'ll| will| would)?`,
  'the ones from (?:over|across) the (?:border|sea|channel|water)',
]);
// Words between a subject and its verb: "those people honestly don't belong here"
const HEDGE = oneOf(['all', 'just', 'honestly', 'really', 'literally', 'simply', 'always']);
// A vague group given what is said only of a people: "these people don't belong here", "those people come over here and
// take everything", "those people from across the border breed like rats", "those people ruin every city"
const VAGUE_OTHERED = new RegExp(
  String.raw`\b(?:${VAGUE_PEOPLE})\b(?:\s+${oneOf(['from', 'across', 'over', 'in', 'on', 'at', 'around'])}\s+[^.!?\n,]{1,30}?)?,?\s+(?:${HEDGE}\s+)*(?:${PEOPLES_ONLY})`,
  'gi',
);
// Who breeds, when no group is named: "They breed like rabbits and we pay for it"; not "Our rabbits breed like rabbits"
const BREEDER_PEOPLE = new RegExp(String.raw`\b(?:they|them|${VAGUE_PEOPLE})\s+(?:just\s+|all\s+|honestly\s+|literally\s+)?$`, 'i');
const BREEDING_ANIMAL = new RegExp(String.raw`\b(?:${BREEDING_ANIMALS})\b`, 'i');
// Foreignness said outright, for people sent back with no group named: "If they love their homeland so much, ship them back"
const FOREIGN_CUE = new RegExp(
  String.raw`\b(?:${oneOf([
    String.raw`(?:their|your|ur) (?:own )?(?:homeland|home country|own country|countries of origin)`,
    'where (?:they|you) came from',
    'off the boats?',
    // "people who came here on a boat… Send them back"
    '(?:came|come|coming) (?:over |here )*(?:on|in) (?:a |the )?(?:boats?|dinghy|dinghies|rafts?|lorr(?:y|ies))',
    '(?:over|across) the (?:border|channel)',
    'the boats',
  ])})\b`,
  'i',
);
const GROUP_RE = new RegExp(String.raw`\b(?:${GROUP_NOUNS})\b`, 'i');
const DEHUMANISED_RE = new RegExp(String.raw`\b(?:${DEHUMANISING})\b`, 'i');

// Whom a call to harm names: a group, a faith or its houses, or every member ("kill every muslim")
const HARM_TARGET = String.raw`(?:${GROUP_NOUNS}|${HARMED}|(?<=\b(?:every|each)\s+(?:single\s+|last\s+)?)(?:${GROUP_SINGULAR}))`;
// A call to kill or wipe out a named group: "kill all the Muslims", "gas the Jews", "nuke the Arabs"
const HARM_GROUP = new RegExp(
  String.raw`\b(?:death to\s+(?:all\s+)?(?:(?:the|these|those)\s+)?(?:${GROUP_NOUNS}|${HARMED})|${oneOf([
    'kill',
    'gas',
    'hang',
    'lynch',
    'nuke',
    'shoot',
    'exterminate',
    'slaughter',
    'butcher',
    'burn',
    'wipe out',
    'eradicate',
    'purge',
    'genocide',
    'ban',
  ])}\s+(?:(?:all|every|every last|every single|each)\s+(?:of\s+)?)?(?:(?:the|these|those|them|their)\s+)?(?:fucking\s+|filthy\s+|dirty\s+)?${HARM_TARGET})\b`,
  'gi',
);
// A call to harm reported, condemned or threatened against a group in the news: "jailed for a plot to kill Muslims"
const HARM_REPORTED = new RegExp(String.raw`\b${oneOf([
  String.raw`plot\w*`,
  String.raw`plann?\w*`,
  String.raw`threat\w*`,
  String.raw`vow\w*`,
  String.raw`urg\w*`,
  String.raw`incit\w*`,
  'jailed',
  'charged',
  'convicted',
  'accused',
  'arrested',
  'sentenced',
  String.raw`condemn\w*`,
  String.raw`attempt\w*`,
  'tried',
  'trying',
  String.raw`conspir\w*`,
  String.raw`chant\w*`,
  'call(?:s|ed|ing)? for',
  'wants? to',
  'wanted to',
  'who',
])}\b`, 'i');

// Words a "go home" follows when it is said to someone: "learn English or go home", "they should go back"
const GO_HOME_AFTER = oneOf(['or', 'should', 'must', 'need to', 'needs to', 'ought to', 'gotta', 'can all', 'just', 'and']);
// Told to go home, said to a group named just before: "these Indians drive like they're in a rickshaw, go back home",
// "Learn English or go home", "get on the next ferry out", "Stop the boats and send them back"
const GO_HOME = new RegExp(
  String.raw`(?:^|(?<=[.!?,;:…]\s*|${AFTER_HANDLES})|(?<=\b${GO_HOME_AFTER}\s+))${oneOf([
    String.raw`(?:learn|speak) (?:english|the language) or (?:go|get out|leave|piss off|f\w* off)(?: back)?(?: home)?`,
    String.raw`(?:all\s+)?go (?:back )?home`,
    String.raw`(?:all\s+)?go back(?=\s*(?:[.!?,;]|$|where|to (?:their|your|where)))`,
    'get on the next (?:ferry|boat|plane|flight|bus)(?: out| home| back)?',
    'stop the boats',
  ])}\b`,
  'gi',
);
// after "go home": a night off, not a group sent away ("go home safe", "go home early", "go home to the kids")
const GO_HOME_INNOCENT = new RegExp(
  String.raw`^\s*${oneOf([
    String.raw`safe\w*`,
    'early',
    'tonight',
    'now',
    'and (?:rest|sleep|relax|see|hug)',
    'to (?:their|his|her|my|your|our|the) ',
    'for (?:the|a) ',
    'after',
    String.raw`at \d`,
    'happy',
    'tired',
    'sober',
  ])}`,
  'i',
);
// "Muslims breed like rabbits", "those people breed like rats"
const BREED = new RegExp(
  String.raw`\b(?:(?:they|them) (?:just |all )?(?:breed|multiply)\b(?! like)|(?:breed(?:s|ing)?|multiply(?:ing)?) like ${oneOf([
    'rabbits',
    'rats',
    'flies',
    'mice',
    'cockroaches',
    'roaches',
    'vermin',
    'animals',
    'crazy',
  ])}\b)`,
  'gi',
);
// What a group is blamed for: "Haitians bring disease and crime", "most of the burglaries are down to the Albanians"
const CRIME_NOUNS = oneOf([
  'crimes?',
  'knife crime',
  'diseases?',
  'drugs',
  'violence',
  'trouble',
  'problems',
  'burglar(?:y|ies)',
  'shoplifting',
  'robber(?:y|ies)',
  'stabbings',
  'shootings',
  'muggings',
  'rapes?',
  'gangs',
  'terror(?:ism)?',
  'thefts?',
  'scams?',
]);
// A group that ends the clause: "… is the Africans.", "… are the immigrants, all of them"
const GROUP_AT_CLAUSE_END = String.raw`(?:the |all the |these |those )?(?:${GROUP_NOUNS})(?=\s*(?:[.!?,;]|$|all of them|every))`;
// A group's place of worship or shelter, standing for the group in a decline blamed on it: "every time a mosque goes up"
const GROUP_PLACE = oneOf([
  'mosques?',
  'synagogues?',
  'gurdwaras?',
  'refugee (?:centre|center|camp|hostel|hotel)s?',
  'asylum (?:seeker )?(?:hotel|hostel|centre|center)s?',
  'migrant (?:hotel|hostel|centre|center|camp)s?',
  'traveller (?:camp|site)s?',
  'halal (?:shop|butcher)s?',
]);
// Where a group or its place comes in: "a mosque goes up", "the Somalis moved in", "the asylum hotel opened"
const CAME_IN = oneOf([
  'goes up',
  'go up',
  'going up',
  'went up',
  'opens',
  'open',
  'opened',
  'opening',
  'arrive[ds]?',
  'arriving',
  'moved in',
  'move in',
  'moving in',
  'came',
  'come',
  'showed up',
  'turned up',
  'got built',
  'was built',
  'is built',
  'set up',
]);
// A place going down: "the neighbourhood goes downhill", "went to the dogs"
const DECLINE = String.raw`(?:goes|go|gone|went|going) (?:down ?hill|down|to (?:hell|shit|pot|the dogs))`;
// More crime: "crime went up", "a rise in thefts"
const RISE = oneOf(['went up', 'gone up', 'goes up', 'shot up', 'rose', 'risen', 'doubled', 'tripled', 'spiked', 'soared', 'exploded', 'jumped', 'increased']);
// What a group supposedly takes from "us": "take our jobs", "stole every house"
const TAKE = oneOf(['take', 'took', 'taking', 'steal', 'stole', 'stealing']);
const TAKEN = oneOf(['jobs?', 'houses', 'homes', 'benefits', 'women']);
// Members of a group named by an adjective, blamed (CRIME_BLAME): "the Muslim husbands", "the Polish cabbies"
const BLAMED_MEMBERS = String.raw`(?:${GROUP_ADJECTIVE}|polish|romanian|albanian|irish|traveller|gypsy) ${oneOf([
  'husbands',
  'wives',
  'dads',
  'fathers',
  'mums',
  'moms',
  'cabbies',
  'fellas',
  'blokes',
  'lads',
  'men',
  'women',
  'families',
  'kids',
  'youths',
  'gangs',
  'drivers',
])}`;
// Where that blame starts and what may follow the group: a sentence's start or "it's"; "round here", "over there"
const BLAME_START = String.raw`(?:(?<=(?:^|[.!?]|\.\.\.)\s{0,3})|(?:it'?s|its|it is) )`;
const HERE_AFTER = String.raw`(?: (?:round|around|in|over) (?:here|there))?`;
const CRIME_BLAME = new RegExp(
  String.raw`\b${oneOf([
    String.raw`(?:${GROUP_NOUNS})\s+${LOCATIVE}(?:all\s+|just\s+|always\s+|only\s+)?${oneOf([
      'bring',
      'brings',
      'brought',
      'spread',
      'spreads',
      'are behind',
      'cause',
    ])}\s+(?:(?:in|all|the|their|most of the|more|nothing but)\s+)?${CRIME_NOUNS}`,
    String.raw`${oneOf([
      'most',
      'all',
      'half',
      'a lot',
      'the majority',
      String.raw`\d+ ?%`,
    ])} of (?:the )?(?:\w+ )?${CRIME_NOUNS}\b[^.!?\n]{0,40}?\b(?:are|is|were|was|comes?) (?:all )?(?:down to|caused by|because of|committed by|from) (?:the |those |these )?(?:${GROUP_NOUNS})`,
    // "These refugees turn up, take our benefits and give nothing back"
    // (not "immigrants don't take our jobs")
    String.raw`(?:${GROUP_NOUNS})\b(?:(?!\b(?:don'?t|do not|didn'?t|never|won'?t|aren'?t|are not)\b)[^.!?\n]){0,30}?\b${TAKE} (?:all )?our ${TAKEN}`,
    // "the problem with this town is the Africans", not "the problem is the immigrants are exploited"
    String.raw`the (?:real |whole |only |main )?problem (?:with (?:this|our|the) \w+ )?(?:is|are) ${GROUP_AT_CLAUSE_END}`,
    // "the street's been taken over by these Somali families", "gone downhill since the Romanians moved in"
    String.raw`${oneOf([
      'taken over',
      'overrun',
      'ruined',
      '(?:gone|went) downhill',
      '(?:gone|went) to (?:shit|hell|pot|the dogs)',
    ])} (?:by|since|because of|thanks to|once|when|after) (?:the |these |those |all the |all these )?(?:${GROUP_NOUNS})`,
    // "every time a mosque goes up the whole area goes downhill", "since the Somalis moved in the street's gone to the dogs"
    String.raw`${oneOf(['every time', 'whenever', 'ever since', 'since', 'after', 'once'])} ` +
      String.raw`(?:a |an |the |they (?:put|built|opened|moved|let) (?:in )?(?:a |an |the )?)?(?:new )?` +
      String.raw`(?:${GROUP_PLACE}|${GROUP_NOUNS}) (?:\w+ ){0,2}?${CAME_IN}\b[^.!?\n]{0,40}?\b${DECLINE}`,
    // "crime went up the exact year they moved the refugees in", "a rise in thefts since the asylum hotel opened"
    String.raw`(?:${CRIME_NOUNS}|break-?ins)\b[^.!?\n]{0,25}?\b${RISE}\b[^.!?\n]{0,20}?\b(?:since|after|when|the (?:\w+ )?(?:day|week|month|year))\b[^.!?\n]{0,25}?\b(?:${GROUP_PLACE}|${GROUP_NOUNS})`,
    String.raw`(?:a |an )?(?:rise|increase|spike|jump) in (?:\w+ )?(?:${CRIME_NOUNS}|break-?ins)\b[^.!?\n]{0,20}?\b(?:since|after|when)\b[^.!?\n]{0,25}?\b(?:${GROUP_PLACE}|${GROUP_NOUNS})`,
    // "the Somali lads are always the ones causing trouble", "black men are always the ones on the news for stabbings"
    String.raw`(?:${GROUP_NOUNS})\s+${LOCATIVE}(?:are|were) (?:always|usually|forever|only ever) the ones? ${oneOf([
      'causing',
      'starting',
      'doing',
      'behind',
      'kicking off',
      'committing',
      'on the news',
      'in (?:the )?(?:cells|dock|court)',
      'selling',
      'dealing',
      'robbing',
      'stealing',
    ])}`,
    // "Only Nolan will stop the Africans taking every council house", "stop the Hindus turning Riverside into little Delhi";
    // not "stop the refugees drowning"
    String.raw`stop(?:ping)? (?:the |these |those |all the |all these )?(?:${GROUP_NOUNS}) (?:from )?${oneOf([
      String.raw`taking (?:all |every |our |the )`,
      String.raw`turning (?:\w+ ){1,3}into`,
      'flooding',
      'buying up',
      'moving in',
      'invading',
      'ruining',
      'stealing',
      'taking over',
      'breeding',
    ])}`,
    // "Why is it always Pakistani taxi drivers?"
    String.raw`why is it always (?:the |them |those )?(?:${GROUP_NOUNS})(?=\s*\?)`,
    // "It's always the Puerto Ricans. Always."
    String.raw`(?:it'?s|its|it is) (?:always|usually|forever|only ever) (?:the |them |those )?${GROUP_AT_CLAUSE_END}`,
    // Blame with no deed named, the sentence just the group: "Always the Eastern Europeans round here.", "It's always
    // the Muslim husbands, every time."
    String.raw`${BLAME_START}always (?:the |them |those )?(?:${GROUP_NOUNS}|${BLAMED_MEMBERS})${HERE_AFTER}(?=\s*(?:[.!?,;]|$))`,
    // "Of course it was another bunch of Albanians, it always is with them."
    String.raw`another (?:bunch|lot|load|gang|pack) of (?:${GROUP_NOUNS})\b[^.!?\n]{0,40}?\b(?:it always is|always is with them|it'?s always them)\b`,
    // "why is it always the Nigerians with the email scams", "it's always the Lebanese boys doing burnouts"
    String.raw`why is it always (?:the |them |those )?(?:${GROUP_NOUNS})(?: \w+)? (?:with|doing|causing|behind|hanging|running|selling|starting)`,
    String.raw`(?:it'?s|its|it is) always (?:the |them |those )?(?:${GROUP_NOUNS})(?: \w+)? (?:doing|causing|behind|hanging|running|selling|starting)`,
  ])}\b`,
  'gi',
);
/** Roles a group is said to be unfit for ("gays shouldn't be teachers"): GROUP_KEPT_OUT and the sweeping rows' "they shouldn't be". */
const ROLES_KEPT_FROM = ['teachers', 'cops', 'police', 'officers', 'soldiers', 'doctors', 'nurses'];
// A group kept out of a role or a place: "gays shouldn't be teachers", "Women shouldn't be on response", "Syrians
// shouldn't be allowed anywhere near our schools"
// Whom GROUP_KEPT_OUT keeps out besides GROUP_NOUNS: a group adjective with a person noun ("gay officers", "disabled
// drivers") and age or disability said by what a person uses or has lived ("wheelchair users", "old folk")
const KEPT_SUBJECT = oneOf([
  String.raw`(?:${GROUP_NOUNS})`,
  String.raw`(?:${GROUP_ADJECTIVE}) (?:${PERSON_NOUN})s`,
  'wheelchair users',
  'old folk',
  String.raw`anyone (?:over|above) \d{2}`,
]);
// Kept apart by "should", not "shouldn't": "Wheelchair users should stay home in December", "disabled kids… should be in
// their own schools"; advice for their own safety is vetoed by the row (KEPT_SAFE)
// What a group "should have their own" of, kept apart: "their own schools", "their own flights"
const OWN_PLACES = [
  'schools',
  'classes',
  'shops',
  'buses',
  'places',
  'areas',
  'towns',
  'flights',
  'planes',
  'trains',
  'carriages',
  'lanes',
  'buildings',
  'pools',
  'beaches',
  'toilets',
  'sections',
];
const KEPT_APART = oneOf([
  '(?:stay|be kept) (?:at )?home',
  String.raw`be kept (?:indoors|inside|away|out of sight|behind closed doors|in their own \w+)`,
  String.raw`be (?:in|at) their own (?:schools|classes|shops|places|areas|homes)`,
  `have their own ${oneOf(OWN_PLACES)}`,
  // "they should put those kids in a separate building", "should be taught in a separate class"
  String.raw`(?:be (?:put |kept |taught |schooled |housed )?|(?:put|keep|stick) (?:those|these|them|such|the) (?:\w+ )?)in (?:a )?separate ${oneOf([
    'buildings?',
    'schools?',
    'class(?:es|rooms?)?',
    'rooms?',
    'units?',
    'sections?',
    'wings?',
    'carriages?',
    'buses',
    'lanes?',
  ])}`,
  // "Women drivers should have a special lane so the rest of us can get to work"
  String.raw`(?:have|get|use) (?:a |their own )?(?:special|separate) \w+ so (?:that )?(?:the rest of us|we|normal people|everyone else|real \w+)`,
]);
const KEPT_APART_RE = new RegExp(String.raw`\bshould (?:all |just |really )?${KEPT_APART}`, 'i');
// Advice for a group's own safety, in the sentence: "Pensioners should stay home during the heatwave"
const KEPT_SAFE = new RegExp(String.raw`\b${oneOf([
  'heat(?:wave)?',
  'cold',
  'storms?',
  'snow(?:s|ing)?',
  'ice',
  'icy',
  'floods?',
  'weather',
  'covid',
  'virus',
  'flu',
  'outbreak',
  'unwell',
  'ill',
  'sick',
  'safe',
  'unsafe',
  'safety',
  'protect(?:ed|ion)?',
  'vulnerable',
  'advi[cs]e[ds]?',
  'if (?:possible|they can)',
  'where possible',
  'until',
])}\b`, 'i');
const GROUP_KEPT_OUT = new RegExp(
  String.raw`\b${KEPT_SUBJECT}\s+(?:really\s+|just\s+|honestly\s+)?(?:should (?:all |just |really )?${KEPT_APART}|(?:shouldn'?t|should not|should never|must not|mustn'?t)\s+${oneOf([
    String.raw`be (?:allowed|let) (?:anywhere|near|around|in|on|to|behind|into|inside)`,
    // "Pensioners shouldn't be allowed cars", "Women shouldn't be given the vote"
    String.raw`be (?:allowed|given) (?:a |their |the )?${oneOf(['cars?', 'licen[cs]es?', 'guns?', 'firearms', 'kids', 'children', 'the vote', 'a vote', 'jobs'])}`,
    // "Women shouldn't have been given the vote"
    'have been (?:given|allowed|let)',
    String.raw`be ${oneOf([
      ...ROLES_KEPT_FROM,
      'pilots',
      'coaches',
      // "Girls shouldn't be referees, simple as"
      'referees',
      'refs',
      'umpires',
      // "Women shouldn't be managers, end of", "Women shouldn't be in management"
      'managers',
      'bosses',
      'supervisors',
      'sergeants',
      'detectives',
      'firefighters',
      'mechanics',
      'surgeons',
      'in management',
      // "Gay officers shouldn't be in the firearms unit"
      String.raw`in (?:the |a |our )?(?:[\w-]+ )?(?:unit|team|squad|branch)`,
      // "people with Down syndrome shouldn't be working in restaurants"
      `working (?:in|at|with) ${oneOf(['restaurants?', 'shops?', 'schools?', 'hospitals?', 'kitchens?', 'nurseries', 'care homes?', 'kids', 'children', 'the public', 'customers'])}`,
      'judges',
      'leaders',
      'parents',
      'in charge',
      'on (?:patrol|response|the force|the team|the roads|juries|a jury)',
      // "Wheelchair users shouldn't be on the bus at rush hour"
      `(?:on|in) (?:the |a |our )?${oneOf(['bus(?:es)?', 'tube', 'trains?', 'planes?', 'flights?', 'trams?', 'underground'])}`,
      '(?:on|in) (?:the )?(?:frontline|front line|front-line)(?: roles)?',
      'in frontline roles',
      'in (?:the|our) (?:police|army|military|navy|schools|government|country|fire service|fire brigade|fire department)',
      'in (?:patrol cars|combat)',
      // "ppl with autism shouldn't be in normal classes"
      'in (?:normal|regular|mainstream|ordinary) (?:classes|classrooms|schools|jobs|society)',
      '(?:near|around) (?:kids|children|our kids|schools)',
      'anywhere near',
      'let (?:in|on)',
      'here',
      'driving',
      'coaching',
      'teaching',
    ])}`,
    String.raw`${oneOf([
      'drive',
      'teach',
      'vote',
      'adopt',
      'foster',
      'coach',
      'serve',
      'lead',
      'work with (?:kids|children)',
    ])}`,
  ])})\b`,
  'gi',
);

// One member named by a noun no adjective shares, for an epithet: "dirty jew", "filthy muslim" (not "greasy Mexican food")
const EPITHET_NOUN = oneOf(['jew', 'jewess', 'muslim', 'moslem', 'immigrant', 'migrant', 'refugee', 'foreigner', 'gypsy', 'illegal alien']);
// An epithet fused to a group name: "filthy Muslims", "dirty Jews", "stinking immigrants"
const GROUP_EPITHET = new RegExp(
  String.raw`\b${oneOf([
    // "stupid muslims", "lazy fucking mexicans", "sub human jews"; not "nasty women" (a slogan taken back)
    'stupid',
    'dumb',
    'lazy',
    'ugly',
    'evil',
    'worthless',
    'vile',
    'retarded',
    'inferior',
    'ignorant',
    'godless',
    'uppity',
    'backwards?',
    'low[- ]?iq',
    'sub[- ]?human',
    'filthy',
    'dirty',
    'stinking',
    'stinky',
    'smelly',
    'greasy',
    'disgusting',
    'inbred',
    'sub-?human',
    'savage',
    'primitive',
    'rat-?faced',
    'hook-?nosed',
  ])}\s+(?:(?:fucking|fuckin|f\*+ing|goddamn|damn|bloody)\s+)?(?:${GROUP_NOUNS}|${EPITHET_NOUN})\b`,
  'gi',
);

// A faith, orientation or identity called a disease: "Islam is a cancer", "homosexuality is a mental illness"
// A condition said to be an excuse: "Autism is just an excuse for bad parenting"
// A group, or its marriages or identity, blamed for ruining a whole place or thing: "Gay marriage ruined this country",
// "Trans nonsense has ruined this job", "Boomers wrecked the economy"; not "the storm wrecked the town" (no group),
// "the Italians wrecked our defence" (a team's game: not a place or a people's life)
const RUINER = oneOf([
  String.raw`(?:${GROUP_NOUNS})`,
  'gay marriage',
  'same-sex marriage',
  String.raw`trans (?:nonsense|ideology|rubbish|crap|garbage|madness|lot|agenda|stuff)`,
  String.raw`(?:gay|trans|lgbt\w*) (?:lobby|lot|brigade|mafia|crowd)`,
]);
const RUINED_WHAT = oneOf([
  'country',
  'town',
  'city',
  'job',
  'force',
  'economy',
  'nation',
  'neighbou?rhood',
  'area',
  'streets?',
  'schools?',
  'society',
  'world',
  'culture',
  'high street',
  'housing market',
  'nhs',
  'church',
  'army',
  'police',
]);
const RUIN = oneOf([
  'ruined',
  'wrecked',
  'destroyed',
  'trashed',
  'ruin',
  'ruins',
  'wreck',
  'wrecks',
  'destroy',
  'destroys',
  '(?:are|is) (?:ruining|wrecking|destroying)',
]);
const GROUP_RUINED = new RegExp(
  String.raw`\b${RUINER}\s+(?:have |has |had |['’]ve )?(?:${oneOf(['all', 'just', 'completely', 'totally', 'basically', 'really', 'literally', 'absolutely', 'properly'])} )?${RUIN} ` +
    String.raw`(?:(?:this|our|the|my)(?: whole)? (?:\w+ )?${RUINED_WHAT}|everything|it for (?:everyone|the rest of us))\b`,
  'gi',
);
// A gay or trans "lifestyle" tied to disease, vice or sin: "legitimising the queer lifestyle, and an increase in STDs and
// sexual deviancy", "That lifestyle is a mental illness" (with a queer word in the post: LIFESTYLE's requires)
const LIFESTYLE_MALIGNED = new RegExp(
  String.raw`\b(?:gay|queer|homosexual|lgbt\w*|trans(?:gender)?|lesbian|that|their) lifestyle\b[^.!?\n]{0,80}?\b${oneOf([
    "std['’]?s",
    'stds',
    'diseases?',
    'aids',
    'devian(?:cy|ce|t)',
    'perver(?:sion|ted|se|ts?)',
    'sinful',
    'mental illness',
    'mentally ill',
    'disgusting',
    'abomination',
    'degenera(?:te|cy)',
    'unnatural',
    'filth(?:y)?',
  ])}\b`,
  'gi',
);
// Soft slurs (SOFT_SLURS: alone, only the model weighs them) pointed at people in English: "these hood negros", "you lame
// negros", "America has a negro problem", "black spooks"; not Spanish ("los negros"), "the Negro Leagues", "my fellow
// negros" (self-reference), "those spooks at MI5"
const SOFT_SLUR_POINTED = new RegExp(
  String.raw`\b${oneOf([
    String.raw`${oneOf(['these', 'those', 'them', 'some', 'you', 'all (?:the|these|those)', 'hood', 'ghetto', 'dumb', 'stupid', 'lazy', 'lame', 'fucking', 'damn', 'dirty', 'filthy', 'ugly'])} negros`,
    String.raw`(?:has|have|got) a negro problem`,
    String.raw`(?:black|colou?red) spooks`,
  ])}\b`,
  'gi',
);
const NEURO = oneOf(['autism', 'adhd', 'add', 'dyslexia', 'depression', 'anxiety', 'ptsd']);
const BLAMED_UPBRINGING = String.raw`(?:bad|lazy|poor|crap|shit) ${oneOf(['parenting', 'behaviou?r', 'parents', 'kids', 'manners'])}`;
const IDENTITY_DISEASE = new RegExp(
  String.raw`\b(?:${oneOf([
    // "non-binary isn't a thing", "bisexuality isn't real": an identity denied
    String.raw`(?:non-?binary|bisexuality|being (?:bi|bisexual|non-?binary|trans|gender ?fluid)|gender ?fluid(?:ity)?|two[- ]spirit) (?:isn'?t|is not|ain'?t) (?:even )?(?:a (?:real )?thing|real)`,
    // "bisexual just means greedy"
    String.raw`bi(?:sexual)? (?:just |only |really )?means (?:greedy|confused|attention[- ]seeking|slutty|gay)`,
    // "Autism is just an excuse for bad parenting", "ADHD isn't real, it's bad parenting"
    String.raw`${NEURO} (?:is|=) (?:just |only |nothing but |basically )?(?:an? )?(?:excuse|label|cover) for ${BLAMED_UPBRINGING}`,
    String.raw`(?:autism|adhd|dyslexia) (?:isn'?t|is not|ain'?t) (?:even )?(?:a (?:real )?thing|real)`,
  ])}|${oneOf([
    'islam',
    'judaism',
    'homosexuality',
    'transgenderism',
    'being gay',
    'being trans',
    'being transgender',
    'lesbianism',
    // "the trans stuff is a mental illness"
    String.raw`(?:the )?trans(?:gender)? (?:stuff|thing|nonsense|ideology|craze|fad)`,
    // "non-binary is just a trend", "pride month is just grooming"
    'non-?binary',
    'bisexuality',
    String.raw`being (?:bi|bisexual|non-?binary|gender ?fluid)`,
    'gender ?fluid(?:ity)?',
    String.raw`pride(?: month)?(?= is (?:just |nothing but |literally )?grooming)`,
  ])}\s+(?:is|=)\s+(?:just\s+|nothing but\s+|literally\s+)?(?:a\s+|the\s+)?${oneOf([
    'cancer',
    '(?:death |evil |satanic )?cult',
    'religion of (?:hate|war|violence|death|terror|p(?:a)?edo(?:phile)?s|rapists)',
    'disease',
    'plague',
    'virus',
    'mental (?:illness|disorder|disease)',
    'sickness',
    'perversion',
    'abomination',
    'poison',
    // "islam is evil", "islam is the enemy", "islam is a threat to the west"
    'evil',
    'satanic',
    'barbaric',
    'the (?:problem|enemy)',
    'a (?:threat|menace|scourge|curse)',
    // "non-binary is just a trend for attention-seeking teenagers", "pride month is just grooming with a flag on it"
    'fad',
    'trend',
    'grooming',
    'attention[- ]seeking',
  ])})\b`,
  'gi',
);

// A faith's prophet or god: "mohammed", "allah", "their prophet"
const PROPHET = oneOf(['mohamm[ae]d', 'muhamm[ae]d', 'mohammad', 'allah', "(?:the|their|your|islam'?s) prophet"]);
// A faith's prophet or god maligned: "mohammed was a pedophile", "allah is satan"
const PROPHET_MALIGNED = new RegExp(
  String.raw`\b${PROPHET}\s+(?:was|is|=)\s+(?:just\s+|nothing but\s+|a\s+|an\s+)*${oneOf([
    String.raw`p(?:a)?edo(?:phile)?`,
    'child (?:molester|rapist|abuser)',
    'rapist',
    'warlord',
    'false prophet',
    'satan',
    'the devil',
    'demon',
    'fraud',
    'moon god',
  ])}\b`,
  'gi',
);
// Who is distrusted, before the group: "a", "any of them", "those"
// A believer named by a practice or a dress of the faith: "anyone who prays five times a day", "anyone in a turban"
const FAITH_MARKED = String.raw`(?:anyone|anybody|someone|people|those|men|women) (?:who (?:prays?|pray) five times a day|(?:in|wearing|with) (?:a |an )?${oneOf([
  'turbans?',
  'hijabs?',
  'headscarf',
  'headscarves',
  'burqas?',
  'burkas?',
  'niqabs?',
  'yarmulkes?',
  'kippahs?',
])})`;
const DISTRUSTED_ONES = String.raw`(?:${oneOf(['a single', 'a', 'an', 'any (?:of (?:them|those|these|the) )?', 'those', 'these', 'them', 'the', 'no'])} ?)?`;
// Distrust or exclusion of a whole group: "never trust a Muslim", "wouldn't hire a woman", "typical Mexican driver"
const DISTRUST = new RegExp(
  String.raw`\b${oneOf([
    String.raw`${oneOf([
      'never',
      String.raw`don'?t`,
      'do not',
      String.raw`can'?t`,
      'cannot',
      String.raw`wouldn'?t`,
      'would never',
      String.raw`won'?t`,
    ])}\s+(?:ever\s+)?(?:${oneOf([
      'trust',
      'hire',
      'rent to',
      'serve',
      String.raw`let (?=\S+(?: \S+)? (?:near|around|anywhere near|into) (?:my|our|the)\b)`,
    ])})\s*(?:${DISTRUSTED_ONES}(?:${GROUP_SINGULAR}|${GROUP_NOUNS})|${FAITH_MARKED})`,
    // "never buy a used car from an Arab", "never take a Muslim's word for anything"
    String.raw`never (?:buy|rent) (?:\w+ ){0,3}?from (?:a|an) (?:${GROUP_SINGULAR})`,
    String.raw`(?:never|don'?t|do not) take (?:a|an) (?:${GROUP_SINGULAR})'?s word`,
    // "there's no such thing as a moderate Muslim"
    String.raw`no such thing as (?:a |an )?(?:good|moderate|peaceful|decent|honest|innocent|nice|normal|smart|clever) (?:${GROUP_SINGULAR}|${GROUP_NOUNS})`,
    String.raw`typical (?:${GROUP_SINGULAR})(?: ${oneOf(['driver', 'behaviou?r', 'move', 'thing', 'guy', 'woman', 'man', 'people'])})?`,
  ])}\b`,
  'gi',
);
// Where they are said to spread or what they spoil: "infesting our cities", "raping our women"
const OURS = String.raw`(?:our|my|this|the whole) (?:${oneOf([
  'country',
  'countries',
  'cities',
  'city',
  'towns?',
  'streets',
  'neighbou?rhoods?',
  'nation',
  'women',
  'daughters',
  'kids',
  'children',
  'schools',
  'culture',
  'society',
  'race',
  'land',
  'continent',
  'beaches',
  'shores',
  'borders',
])})`;
// "these", "all those", "more": who the dehumanising noun points at
const THESE = oneOf(['the', 'these', 'those', 'all (?:the|these|those)', 'more', 'them']);
// Letting people in: "importing", "let in", "bringing"
const LET_IN = oneOf([String.raw`import(?:s|ed|ing)?`, String.raw`let(?:ting)?`, String.raw`allow(?:s|ed|ing)?`, String.raw`bring(?:s|ing)?`, String.raw`ship(?:s|ping)?`]);
// How many: "more", "millions of", "boatloads of"
const MANY = oneOf(['all', 'more', 'these', 'those', 'millions of', 'thousands of', 'boatloads of']);
// What the dehumanised do to "us": "the invaders are infesting our cities", "these apes are destroying our neighborhoods";
// "importing savages", "why do we let these barbarians into our country"
const DEHUMANISED_ACTS = new RegExp(
  String.raw`\b${oneOf([
    String.raw`${THESE} (?:${DEHUMANISED_PEOPLE}|parasites|apes|vermin|cockroaches) (?:are |keep |will |who are )?${oneOf([
      'infesting',
      // "the vermin keep crawling up onto our beaches"
      'crawling (?:up )?(?:onto|into|over)',
      'invading',
      'flooding',
      'swarming',
      'overrunning',
      'destroying',
      'ruining',
      'raping',
      'taking over',
      'pouring into',
    ])} ${OURS}`,
    String.raw`${LET_IN} (?:in )?(?:${MANY} )*${DEHUMANISED_PEOPLE}(?: (?:in|into|to) ${OURS})?`,
  ])}\b`,
  'gi',
);
// A place someone calls theirs: "our town", "this country"
const HOME_PLACE = oneOf(['town', 'country', 'city', 'neighbou?rhood', 'street', 'area', 'nation', 'continent']);
// A place said to be invaded, with a group or a faith named in the post: "another mosque going up. Our town is being
// invaded"
// "Another mosque going up. They're taking over this town one street at a time"
const THEY_TAKE_OVER = String.raw`(?:they|they'?re|they are) (?:slowly |gradually )?taking over (?:our|this|my|the whole) ${HOME_PLACE}`;
const INVADED = new RegExp(
  String.raw`\b(?:${THEY_TAKE_OVER}|(?:our|this|my) ${HOME_PLACE} (?:is|are|has been|have been|'s) being (?:${oneOf([
    'invaded',
    'overrun',
    'coloni[sz]ed',
    'taken over',
    'swamped',
    'islami[sz]ed',
    'replaced',
  ])}))\b`,
  'gi',
);
// People likened to pests, with a group named in the sentence: "the Somalis swarmed in like cockroaches"
const LIKE_PESTS = new RegExp(
  String.raw`\blike (?:${oneOf(['cockroaches', 'roaches', 'rats', 'vermin', 'locusts', 'lice', 'maggots', 'insects', 'parasites', 'a plague', 'an infestation'])})\b`,
  'gi',
);
// A country or continent as proxy for its people: "africa is a shithole full of savages", "the middle east… barbarians"
const COUNTRY_PROXY = new RegExp(
  String.raw`\b${oneOf(['africa', 'the middle east', 'mexico', 'india', 'pakistan', 'somalia', 'haiti', 'arabia', 'the third world', String.raw`third[- ]world countr(?:y|ies)`])}\b[^.!?\n]{0,40}?\b(?:savages|sub-?humans?|barbarians|mud people)\b`,
  'gi',
);
// A neighbourhood as proxy for its residents: "that part of town is full of animals", "the projects… savages"
const PLACE_PROXY = new RegExp(
  String.raw`\b${oneOf([
    '(?:that|this|the) (?:part|side|end) of (?:town|the city)',
    '(?:that|this) (?:neighbou?rhood|area|block|zip code)',
    'the (?:projects|ghetto|hood|reservation|barrio)',
  ])}\b[^.!?\n]{0,40}?\b(?:${DEHUMANISING})\b`,
  'gi',
);

// Who the antisemitic conspiracy says holds power: "jews", "the zionists", "the rothschilds", "the jewish lobby"
const JEWISH_POWER = String.raw`jews|the jews|(?:the )?zionists|(?:the )?rothschilds?|(?:the )?(?:jewish|zionist) ${oneOf([
  'lobby',
  'bankers?',
  'elites?',
  'media',
  'cabal',
  'globalists',
  'money',
  'interests',
])}`;
// What a group is said to be behind in a conspiracy: "the jews are behind the migrant crisis", "…started both world wars"
const CONSPIRED = oneOf([
  'agenda',
  'plot',
  'plan',
  'invasion',
  'replacement',
  'crisis',
  // not "women were responsible for the war effort"
  'wars?(?! effort)',
  'immigration',
  'migration',
  'communism',
  'feminism',
  'porn(?:ography)?',
  'slave trade',
  'pandemic',
]);
// What the conspirators are said to do to it: "jews started both world wars"
const CONSPIRING = [
  'started',
  'start',
  'caused',
  'cause',
  'engineered',
  'planned',
  'funded',
  'fund',
];
// What a group is said not to mix with: "the West", "our way of life", "democracy"
const MIXED_WITH = String.raw`(?:${oneOf(['the west', 'us', 'europe', 'britain', 'america', 'democracy'])}|${oneOf(['western', 'british', 'american', 'our'])} ${oneOf(['values', 'culture', 'society', 'way of life'])})`;
// Words narrowing a group before what it is denied: "like her", "in those face veils", "from that estate"
const GROUP_QUALIFIED = String.raw`(?:like (?:her|him|them|that|this one)|${oneOf(['in', 'from', 'with', 'on', 'at'])} [^.!?,;\n]{1,30}?)`;
// Denying a group rights or spreading a conspiracy: "gay people shouldn't be allowed to adopt", "Jews control the banks"
const DENY = new RegExp(
  String.raw`\b${oneOf([
      // "Muslim women in those face veils shouldn't be allowed in banks", "Girls like her shouldn't be allowed to coach",
      // "Pensioners shouldn't get a vote", "people with dementia shouldn't be allowed out on their own"
      String.raw`(?:${GROUP_NOUNS})\s+(?:${GROUP_QUALIFIED}\s+)?${oneOf([
        String.raw`shouldn'?t`,
        'should not',
        'should never',
        'must not',
        String.raw`mustn'?t`,
        'need not',
      ])}\s+(?:be\s+allowed\s+(?:to|in|on|near|behind|into|inside|out)|${oneOf(['get', 'have', 'be given'])} (?:a|the) (?:vote|say))`,
      // "Should be illegal for disabled people to have kids"
      String.raw`(?:should be|make it|ought to be) illegal for (?:${GROUP_NOUNS}) to`,
      // "jews control the media", "the jewish lobby runs washington", "zionist bankers rule the world"
      String.raw`(?:${GROUP_NOUNS}|${JEWISH_POWER})\s+(?:control|controls|run|runs|own|owns|rule|rules)\s+(?:the\s+(?:whole\s+|entire\s+)?|every\s+|all\s+(?:the\s+)?)?${oneOf([
        'banks?',
        'washington',
        'congress',
        'parliament',
        'politics',
        'west',
        'america',
        'newspapers?',
        'media',
        'world',
        'government',
        'money',
        'hollywood',
        'everything',
        'country',
        // "Jewish landlords own this whole block, explains the rent"
        String.raw`(?:this|our|the) whole (?:block|street|town|city|area|estate)`,
      ])}`,
      String.raw`(?:${GROUP_NOUNS})\s+(?:are|r|will(?: have)?)\s+(?:${oneOf([
        'taking over',
        'replacing us',
        // "the muslims will have replaced us"
        String.raw`replace(?:d)? us`,
        'out-?breeding',
        'breeding',
        'invading',
        'destroying',
        'ruining',
        'raping',
        'flooding (?:in|into|our)',
        'infesting',
        'colonising',
        'colonizing',
        // "The Chinese are buying up every house on the block"
        String.raw`buying up (?:all|every|the) (?:\w+ )?(?:houses?|homes?|propert(?:y|ies)|land|shops?|businesses)`,
      ])})`,
      // "Muslims and the West just don't mix", "Islam is incompatible with democracy"
      String.raw`(?:${GROUP_NOUNS}|islam) (?:and|&) ${MIXED_WITH} (?:just |simply |will )?(?:don'?t|do not|never|can'?t|cannot|won'?t|will never) mix`,
      String.raw`(?:${GROUP_NOUNS}|islam) (?:is|are) (?:just |simply )?(?:not compatible|incompatible) with ${MIXED_WITH}`,
      // "trans women are men in dresses"
      String.raw`trans(?:gender)? (?:women|woman|athletes|girls) (?:are|is) (?:just |really |still |all |only )?` +
        String.raw`(?:men|blokes|guys|a man|a bloke|biological men)`,
      // "gay marriage is destroying the family"
      String.raw`(?:gay marriage|same-sex marriage|homosexuality|transgenderism|the (?:gay|trans) agenda|trans ideology) (?:is|are) ` +
        String.raw`(?:\w+ )?(?:destroying|ruining|corrupting|poisoning|grooming) ` +
        String.raw`(?:the family|families|our (?:children|kids|society|country|families|youth))`,
      String.raw`trans men are (?:just |really |still |all |only )?(?:women|girls)`,
      String.raw`${oneOf([
        String.raw`${GROUP_NOUNS}`,
        'jews',
        'the jews',
      ])}\s+(?:are|r|were)\s+(?:behind|responsible for)\s+(?:all|everything|it all|every|the (?:\w+ ){0,2}${CONSPIRED})`,
      // "jews started both world wars", "the zionists caused the migrant crisis"
      String.raw`(?:jews|the jews|(?:the )?zionists)\s+${oneOf(CONSPIRING)}\s+(?:(?:both|all|every|the|all the|two)\s+)?(?:\w+ ){0,2}${CONSPIRED}`,
      // "the jews are behind this": the conspiracy needs no object named
      String.raw`(?:jews|the jews|(?:the )?zionists)\s+(?:are|r|were)\s+(?:behind|responsible for)\s+(?:this|it|that)`,
      // "gay couples adopting should be illegal", "gay marriage should be banned"
      String.raw`(?:${GROUP_NOUNS}|(?:gay|same-sex|interracial) (?:couples|marriages?))(?: \w+)? should (?:all )?be (?:illegal|banned|outlawed|a crime)`,
      // "Gay couples adopting kids is sick", "same-sex couples raising children is just confusing those poor kids"
      String.raw`(?:gay|lesbian|same-sex|trans) (?:couples|parents) (?:adopting|raising|having) (?:kids|children|babies)? ?(?:is|are) ` +
        String.raw`(?:just |so |plain |simply )?${oneOf([
          'sick',
          'wrong',
          'disgusting',
          'unnatural',
          'child abuse',
          'confusing (?:those|them|their|the (?:poor )?(?:kids|children))',
        ])}`,
      // "two dads isn't a family", "two dads raising a kid is just wrong": a same-sex family denied
      String.raw`(?:two ${oneOf(['dads', 'mums', 'moms', 'fathers', 'mothers', 'men', 'women', 'gay men', 'lesbians'])}|(?:gay|lesbian|same-sex) (?:couples|parents))` +
        String.raw`(?: (?:raising|adopting|having|bringing up|with) (?:a |an )?(?:kids?|child(?:ren)?|bab(?:y|ies)|son|daughter))? ` +
        String.raw`(?:${oneOf([
          String.raw`(?:isn'?t|is not|aren'?t|are not|will never be|can never be) (?:a )?(?:real |proper |true |normal )?famil(?:y|ies)`,
          String.raw`(?:is|are) (?:just |so |plain |simply )?(?:wrong|unnatural|sick|disgusting|an experiment|child abuse)`,
        ])})`,
      // "Brits of Pakistani descent aren't real Brits", "muslims will never be real americans"
      String.raw`(?:${GROUP_NOUNS}|\w+ of \w+ (?:descent|origin|heritage))\s+(?:aren'?t|are not|will never be|can never be)\s+(?:real|true|proper)\s+` +
        oneOf(['brits', 'british', 'english', 'americans', 'french', 'germans', 'europeans', 'citizens', 'australians', 'canadians', 'irish', 'scots']),
      String.raw`why (?:do|are|does|is|can'?t|won'?t) (?:${oneOf(['all', 'so many', 'most', 'the', 'these', 'those', 'all the'])} )?(?:${GROUP_NOUNS})\s+(?:always|all|never|so|just)`,
    ])}\b`,
  'gi',
);

// Sex and gender stereotypes put as fact: "women can't drive", "a woman's place is in the kitchen"
// Sitting a test again: "women drivers should have to resit"
const RESIT = oneOf(['take', 'resit', 'retake', 'sit', 'pass']);
const STEREOTYPE =
  new RegExp(String.raw`\b${oneOf([
      String.raw`(?:women|females|girls|chicks)\s+(?:can'?t|cannot|shouldn'?t|should not|don'?t belong|do not belong)\s+${oneOf([
        'drive',
        'be cops',
        'be police',
        'be officers',
        'park',
        'referee',
        'do maths',
        'do math',
        'do science',
        'do physics',
        'do engineering',
        'handle (?:it|pressure|the job|this job)',
        'do this job',
        'do the job',
        'think',
        'lead',
        'be in charge',
        'on the force',
        'in (?:the )?police',
        'play (?:real |proper )?(?:sports?|football|soccer|basketball)',
      ])}`,
      // "women belong in the kitchen", "women belong at home with the kids"
      '(?:women|females|wives) (?:just |only )?belong (?:in the kitchen|at home|in the home)',
      // "lesbians just haven't met the right man yet"
      String.raw`lesbians (?:just |only )?(?:haven'?t|have not|never) (?:met|found) the right (?:man|guy|bloke)`,
      // "women are only good for cooking", "Somalis are good for nothing"
      String.raw`(?:${GROUP_NOUNS}) (?:are|r) (?:only|just) good (?:for|at)`,
      String.raw`(?:${GROUP_NOUNS}) (?:are|r) good for nothing`,
      '(?:women|females|girls|wives) should (?:stay|be|get back|go back) (?:in|to) the kitchen',
      // "women should stay home with the kids"
      '(?:women|females|wives) should (?:stay|be) (?:at )?home with the (?:kids|children|babies)',
      String.raw`(?:a|the) woman'?s place is in the (?:kitchen|home)`,
      'get back (?:in|to) the kitchen',
      // "female drivers should need a second test", "women drivers should have to resit every year"
      String.raw`${oneOf(['women', 'woman', 'female', 'lady', 'girl', 'asian', 'chinese', 'indian'])} drivers? should (?:all )?` +
        String.raw`(?:need|have to ${RESIT}|be made to ${RESIT}) (?:a |the |their )?(?:\w+ )?(?:test|exam)`,
      // "Ladies, stick to the kitchen", "told the new recruit women should stick to the desk"
      'stick to the kitchen',
      String.raw`(?:women|females|girls|ladies) (?:should|need to|ought to|must) (?:just )?stick to (?:the )?${oneOf([
        'desks?',
        'kitchen',
        'admin',
        'paperwork',
        'cooking',
        'making (?:tea|coffee|sandwiches)',
      ])}`,
      // "Lesbians are only like that because they haven't met the right guy"
      String.raw`lesbians (?:are )?(?:just |only )?like that (?:because|cos|cause|cuz) they (?:haven'?t|have not|never) (?:met|found|had) the right (?:man|guy|bloke)`,
    ])}\b`, 'gi');

// One member of a group maligned for it: "the disabled guy they hired is a waste of a paycheck", "that female officer
// is useless"
const MEMBER_MALIGNED = new RegExp(
  String.raw`\b${oneOf([
    'the',
    'that',
    'this',
    'our',
    'their',
    'your',
    'my',
    'a',
    'some',
  ])} (?:${GROUP_ADJECTIVE}) (?:${PERSON_NOUN})\b[^.!?\n]{0,40}?\s(?:is|was|'s|=)\s+${oneOf([
    String.raw`just\s+`,
    String.raw`such\s+`,
    String.raw`so\s+`,
    String.raw`a total\s+`,
    String.raw`totally\s+`,
    String.raw`completely\s+`,
    String.raw`nothing but\s+`,
  ])}?(?:(?:a|an)\s+)?(?:${DEROGATORY})\b`,
  'gi',
);
// "because" as people type it: "bc she's a woman"
const BECAUSE = oneOf(['because', 'cause', "'cause", 'cuz', 'coz', 'bc', 'since']);
// Hiring or promotion put down to a protected class: "putting a girl on the tactical team was pure box-ticking",
// "diversity hire", "only got promoted because she's a woman"
const TOKEN_HIRE = new RegExp(String.raw`\b${oneOf([
    'diversity hires?',
    'dei hires?',
    'affirmative[- ]action hires?',
    'quota hires?',
    String.raw`only (?:got|gets|get) ${oneOf([
      'the job',
      'hired',
      'promoted',
      'in',
      'the spot',
      'the promotion',
      'picked',
    ])} ${BECAUSE} (?:she'?s|he'?s|they'?re|she is|he is|they are) (?:a |an )?${oneOf([
      'woman',
      'female',
      'girl',
      'black',
      'gay',
      'trans',
      'minority',
      'mexican',
      'hispanic',
      'asian',
      'muslim',
      'disabled',
      'lesbian',
    ])}`,
    // "only got the job because she ticks two boxes"
    String.raw`only (?:got|gets|get) (?:the job|hired|promoted|the promotion|picked) ${BECAUSE} (?:she|he|they) ticks? ${oneOf([
      'two',
      'both',
      'three',
      'all the',
      'the right',
      'enough',
      'the',
    ])} boxes`,
  ])}\b`, 'gi');
// A hire put down to a quota, with a protected group in the post: "token hire", "box-ticking", "to meet the quota"
const TOKEN_CUE = new RegExp(String.raw`\b${oneOf([
  'box[- ]?ticking',
  // "HR needed a box checked"
  'boxe?s? (?:checked|ticked)',
  'tick(?:ing|ed|s)? (?:a|the|some|all the|their|two|both|three|several) boxe?s?',
  `token ${oneOf(['hires?', 'woman', 'women', 'girl', 'female', 'black', 'minority', 'gesture'])}`,
  '(?:for|to hit|to meet|filling) (?:the |a |their )?quotas?',
  'optics',
  'pc (?:hire|nonsense|bs)',
  'woke (?:hire|nonsense)',
])}\b`, 'gi');
const PROTECTED_PERSON = new RegExp(String.raw`\b${oneOf([
  'girls?',
  'wom[ae]n',
  'females?',
  'lady',
  'ladies',
  'black',
  'minorit(?:y|ies)',
  'gay',
  'trans',
  'disabled',
  'muslim',
  'hispanic',
  'latin[oa]',
  'asian',
  'immigrants?',
  'deaf',
  'autistic',
])}\b`, 'i');
// Crime or disorder pinned on a race or a group: "I can tell you which race commits all the crime", "Mexicans cause
// most of the crime"
const CRIME_BY_GROUP = new RegExp(
  String.raw`\b${oneOf([
      String.raw`(?:which|what|one|a certain|certain|that|those|the same) ${oneOf([
        'race',
        'races',
        'ethnicity',
        'ethnicities',
        'religion',
        'colou?r',
        'skin colou?r',
        'nationality',
        'kind of people',
        'type of people',
      ])}`,
      String.raw`${GROUP_NOUNS}`,
    ])}\b[^.!?\n]{0,25}?\b${oneOf([
      'commits?',
      'committing',
      'does',
      'do',
      'causes?',
      'is responsible for',
      'are responsible for',
      'are behind',
      'is behind',
    ])}\s+(?:all|most|the majority|\d+ ?%|half|90|99)\b[^.!?\n]{0,12}?\b${oneOf([
      'crimes?',
      'shootings',
      'robberies',
      'violence',
      'murders',
      'problems',
      'trouble',
    ])}\b`,
  'gi',
);
// "want to", "be bothered to" between the negation and the verb: "can't even be bothered to learn English"
const BOTHER_TO = String.raw`(?:(?:want|try|bother|be bothered) to\s+)?`;
// A group and what it supposedly will not or cannot do: "immigrants who don't respect our laws", "women have no business
// being on patrol", "gays don't belong in the locker room", "Mexicans can't handle…"
const GROUP_CANNOT = new RegExp(
  String.raw`\b(?:${GROUP_NOUNS})\b,?\s+${LOCATIVE}(?:(?:who|that)\s+)?(?:(?:just|really|simply|honestly|still)\s+)?${oneOf([
      String.raw`${oneOf([
        String.raw`don'?t`,
        'do not',
        'never',
        String.raw`can'?t`,
        'cannot',
        String.raw`won'?t`,
        'will not',
        // "Muslims will never integrate"
        String.raw`(?:will|'ll|can|could) never`,
        'refuse to',
        'refuses to',
        String.raw`wouldn'?t`,
      ])}\s+(?:even\s+)?${BOTHER_TO}${oneOf([
        'respect',
        // "Muslims can't be loyal to this country"
        'be loyal',
        'follow',
        'obey',
        'care about',
        'speak',
        'learn',
        'pay',
        'work',
        'assimilate',
        'integrate',
        // "the Muslims moving into the east side don't want to fit in"
        'fit in',
        // "Women just don't have the upper body strength for this work"; not "…the strength to fight the system"
        String.raw`(?:have|got) the (?:\w+ ){0,2}?(?:strength|brains|bottle|nerve|stomach|temperament)(?!\s+(?:to|left)\b)`,
        // "Arabs just don't think like us"
        'think like us',
        'contribute',
        'value',
        'understand',
        'handle',
        'be trusted',
        'belong',
        'drive',
        'park',
        'think',
        'lead',
        'parent',
        'be cops',
        'be police',
        'be officers',
        String.raw`(?:be|make) (?:real |good |proper )?${oneOf([
          'cops',
          'police(?: officers)?',
          'officers',
          'soldiers',
          'leaders',
          'doctors',
          'pilots',
          'firefighters',
          'parents',
        ])}`,
        'do (?:this|the) job',
      ])}`,
      // "Chinese people have no respect for animals or human life"
      String.raw`(?:have|has|got) (?:no|zero) (?:respect|regard) for`,
      String.raw`(?:have|has|got) no (?:business|place|right) ${oneOf([
        'being',
        'in',
        'on',
        'at',
        'doing',
        'wearing',
        'as',
        'with',
        'around',
        'near',
        'carrying',
      ])}`,
      String.raw`(?:don'?t|do not|doesn'?t|does not) belong (?:in|on|at|near|around|here|with)`,
      // "women just aren't built for police work"
      String.raw`(?:aren'?t|are not) (?:built|made|wired|designed|cut out) for`,
      // "mentally disabled people belong in institutions"
      String.raw`belong (?:in|at) (?:an? )?${oneOf(['institutions?', 'cages?', 'zoos?', 'camps?', 'asylums?', 'prisons?', 'jail', 'the kitchen', 'special schools?'])}`,
    ])}\b`,
  'gi',
);
// One member standing for the group: "every immigrant on that block is a thief", "every single Muslim I've met is a liar",
// "never met a Mexican who wasn't a crook"
const NEVER_MET = String.raw`never (?:met|known) (?:a single |a |an |one )?`;
const MEMBER_IS = String.raw`(?:is|'s|(?:who|that) (?:wasn'?t|isn'?t|wasnt|isnt))`;
const EVERY_MEMBER = new RegExp(
  String.raw`\b(?:every ${oneOf([
      'single ',
      'last ',
    ])}?|${NEVER_MET})(?:${GROUP_SINGULAR})(?:\s+(?:${PERSON_NOUN}))?\b[^.!?\n]{0,40}?\b${MEMBER_IS} (?:a |an )?(?:\w+ )?${oneOf([
      'thief',
      'criminal',
      'crook',
      'liar',
      'thug',
      'terrorist',
      'rapist',
      'drunk',
      'alcoholic',
      'scammer',
      'fraud',
      'fraudster',
      'drug dealer',
      'dealer',
      'gangbanger',
      'gang member',
      'animal',
      'savage',
      'pervert',
      'predator',
      'freeloader',
      'leech',
      'parasite',
      'lowlife',
      'scumbag',
      'illegal',
      // "every Muslim is a sleeper"
      String.raw`sleeper(?: cell| agent)?`,
    ])}\b`,
  'gi',
);
// What a group is said not to be enough of, or made for: "not strong enough", "not built for", "not cut out for"
const UNFIT_ENOUGH = oneOf([
  String.raw`(?:tough|strong|smart|hard|manly|brave|stable|built|clever|bright|logical|rational) enough\b`,
  String.raw`(?:built|made|wired|designed) for\b`,
  String.raw`cut out for\b`,
]);
// Hedges around "aren't": "women just aren't", "are not physically"
const UNFIT_HEDGE = oneOf(['just', 'simply', 'really', 'always', 'generally', 'naturally', 'basically', 'honestly', 'physically', 'mentally']);
// How badly a group is said to fill a role: "make terrible bosses"
const BAD_AT_ROLE = oneOf(['terrible', 'awful', 'lousy', 'useless', 'bad', 'crap', 'shit', 'rubbish', 'horrible', 'the worst', 'hopeless']);
// Roles a group is judged unfit for as a whole: "make terrible bosses", "a female pilot? I'll take the next flight"
const UNFIT_ROLES = oneOf([
  'bosses',
  'leaders',
  'managers',
  'supervisors',
  'cops',
  'officers',
  'police(?: officers)?',
  'detectives',
  'sergeants',
  'soldiers',
  'pilots',
  'drivers',
  'doctors',
  'surgeons',
  'engineers',
  'firefighters',
  'teachers',
  'parents',
  'mothers',
  'fathers',
  'politicians',
  'judges',
  'coworkers',
  'colleagues',
]);
// A group unfit for the job: "gay guys are too soft for this work", "women are too emotional to be on patrol"
const GROUP_UNFIT = new RegExp(
  String.raw`\b${oneOf([
      String.raw`${GROUP_NOUNS}`,
      String.raw`(?:${GROUP_ADJECTIVE}) (?:guys|men|dudes|cops|officers|people|folks|recruits|chicks|girls)`,
    ])}\b,?\s+${oneOf([
    String.raw`(?:are|'re)\s+(?:(?:just|all|way|far|simply|always|generally|naturally|basically|honestly) )*${oneOf([
      String.raw`too ${oneOf([
        'soft',
        'weak',
        'emotional',
        'fragile',
        'sensitive',
        'delicate',
        'dumb',
        'stupid',
        'slow',
        'lazy',
        'girly',
        'hysterical',
        'squeamish',
        'timid',
        'scared',
        'small',
        'frail',
        'feminine',
        'unstable',
      ])}\s+(?:for|to|on)\b`,
      String.raw`not ${UNFIT_ENOUGH}`,
      String.raw`(?:unfit|unsuited|not suited|not fit) (?:for|to)\b`,
    ])}`,
    // "women just aren't smart enough for detective work", "gay guys aren't cut out for it"
    String.raw`(?:${UNFIT_HEDGE} )?(?:aren'?t|are not)\s+(?:${UNFIT_HEDGE} )*${UNFIT_ENOUGH}`,
    // "women make terrible bosses", "gay guys make lousy soldiers": a group judged bad at a role as a whole
    String.raw`(?:(?:just|all|always|generally|honestly) )*make (?:such |really |truly )?(?:${BAD_AT_ROLE}) ${UNFIT_ROLES}\b`,
  ])}`,
  'gi',
);
// A member of a group doubted in a role, with a scoff: "A female pilot? I'll take the next flight", "a woman detective? good
// luck solving anything"; and a group not taken seriously in one: "can't take female bosses seriously"
const SCOFFED_ROLE = new RegExp(
  String.raw`\b${oneOf([
    String.raw`(?:a|an) (?:${GROUP_ADJECTIVE}) ${oneOf([
      'pilot',
      'doctor',
      'surgeon',
      'detective',
      'sergeant',
      'cop',
      'officer',
      'boss',
      'manager',
      'captain',
      'mechanic',
      'engineer',
      'firefighter',
      'soldier',
      'judge',
      'referee',
      'president',
      'prime minister',
      'chief',
      'plumber',
      'electrician',
      'bus driver',
      'taxi driver',
    ])}\?+\s*${oneOf([
      'nah',
      'no thanks',
      'no chance',
      'not a chance',
      'hard pass',
      String.raw`i'?ll pass`,
      String.raw`i'?ll (?:take|wait for|get|catch) the next`,
      String.raw`good luck(?! to (?:her|him|them)\b)`,
      'yeah right',
      '(?:god|heaven) help us',
      'give me a break',
      'spare me',
      'what next',
    ])}`,
    String.raw`(?:can'?t|cannot|could never|never could) take (?:${GROUP_NOUNS}|(?:${GROUP_ADJECTIVE}) ${UNFIT_ROLES}) seriously`,
    // "Gay men in the locker room? No thanks.", "Trans people in the women's changing rooms? Absolutely not."
    String.raw`(?:${GROUP_NOUNS}) (?:in|on|at|as|near|around|running|leading|teaching) [^.!?\n]{1,40}?\?+\s*${oneOf([
      'no thanks',
      'nah',
      'absolutely not',
      'hell no',
      'no chance',
      'not a chance',
      'no way',
      'not on my watch',
      'hard pass',
      'give me a break',
      'yeah right',
      '(?:god|heaven) help us',
    ])}`,
  ])}`,
  'gi',
);
// A dehumanising label with a protected group named or evoked in the post: "another Pride parade… those degenerates"
const POINTED = oneOf(['those', 'these', 'them', 'all (?:the|those|these)', 'a bunch of', 'bunch of', 'you', 'nothing but', '(?:month|parade|full|crowd|gang) of']);
const DEMONSTRATIVE_DEHUMANISING = new RegExp(String.raw`\b${POINTED} ${oneOf([
    'degenerates',
    'freaks',
    'perverts',
    'groomers',
    'savages',
    'animals',
    'vermin',
    'sub-?humans?',
    'parasites',
    'cockroaches',
    'invaders',
    'mongrels',
    'heathens',
    'deviants',
    'abominations',
    'sickos',
    'weirdos',
    'freaks of nature',
  ])}\b(?!\s+(?:who|that|which)\b)|\bthe ${oneOf(['groomers', 'degenerates', 'deviants', 'sub-?humans', 'invaders'])}\b(?!\s+(?:who|that|which)\b)`, 'gi');
// A group named with an exasperated sign-off: "asian drivers man. every. single. time.", "women drivers 🙄"
const EXASPERATED_GROUP = String.raw`${GROUP_NOUNS}|(?:${GROUP_SINGULAR}) drivers?`;
const EXASPERATED = new RegExp(
  String.raw`\b(?:${EXASPERATED_GROUP})\b[\s,.!…]*(?:${oneOf(['man', 'bro', 'dude', 'lol', 'again', 'honestly', 'i swear', 'ugh'])}[\s,.!…]+)?${oneOf([
    String.raw`every\W+(?:single\W+)?time`,
    'smh',
    'go figure',
    'figures',
    'never fails',
    'without fail',
    'of course',
    'typical',
    'as usual',
    'say no more',
    // "women drivers strike again", "asian drivers, need I say more", "women drivers, am I right?"
    'strikes? again',
    'need i say more',
    String.raw`am i right\b`,
    // "Jewish landlords, what do you expect."
    String.raw`what (?:did|do|would|else (?:did|do|would)) (?:you|ya|u) expect`,
    // "Women drivers, I swear." (the oath ends the sentence: not "I swear they're the best")
    String.raw`i swear(?=\s*(?:[.!…]|$))`,
    'surprise surprise',
    'shocker',
    '🙄',
    '🤦',
  ])}`,
  'giu',
);

// A hate movement's code or dog whistle: "1488", "white genocide", "race traitors", "(((globalists)))"
const HATE_CODE = new RegExp(
  String.raw`${oneOf([String.raw`(?<![a-z0-9_])(?:${HATE_CODES})(?![a-z0-9_])`, String.raw`\(\(\(\s*[\w .'-]{1,30}?\s*\)\)\)`])}`,
  'gi',
);
// The code reported, not used: "graffiti reading 1488 on the mosque wall", "the 'great replacement' conspiracy theory"
const CODE_REPORTED = new RegExp(String.raw`\b${oneOf([
  String.raw`theor(?:y|ies)`,
  String.raw`conspirac(?:y|ies)`,
  String.raw`debunk\w*`,
  'far[- ]right',
  String.raw`extremis\w+`,
  String.raw`neo-?nazi\w*`,
  'hate groups?',
  String.raw`symbols?`,
  String.raw`tattoo\w*`,
  'graffiti',
  'daubed',
  String.raw`(?:spray-?)?painted`,
  'sprayed',
  String.raw`slogans?`,
  String.raw`propaganda`,
  String.raw`leaflets?`,
  String.raw`stickers?`,
])}\b`, 'i');
// Someone was called a name: "one called me a race traitor", "they may brand you a …"
const CALLED_NAME = /\b(?:call(?:s|ed|ing)?|brand(?:s|ed)?|label(?:l?ed|s)?)\s+(?:me|you|us|him|her|them)\b/i;
// "These so-called refugees get a free house", not "the so-called refugee crisis"
const SO_CALLED = new RegExp(
  String.raw`\bso[- ]called (?:${GROUP_NOUNS})\b(?!\s+${oneOf(['ban', 'crisis', 'policy', 'policies', 'law', 'laws', 'bill', 'act', 'rights', 'debate', 'question'])}\b)`,
  'gi',
);
// A disclaimer that announces what follows: "Not racist, just statistics", "I'm not being sexist but women…"
const NOT_BIGOTED_BUT = new RegExp(
  String.raw`\b(?:(?:i'?m|i am)\s+)?not\s+(?:being\s+)?(?:a\s+)?${oneOf([
    'racist',
    'sexist',
    'homophobic',
    'transphobic',
    'islamophobic',
    'xenophobic',
    'bigoted',
    'a bigot',
  ])}\s*[,.…!-]*\s*(?:but|just|however|only)\b`,
  'gi',
);
// What makes the disclaimer's post about a group: one named, or race itself ("same skin colour")
const RACE_TALK = new RegExp(String.raw`\b${oneOf([
  'races?',
  'skin colou?rs?',
  String.raw`ethnic\w*`,
  'nationalit(?:y|ies)',
  String.raw`colou?red`,
  'religions?',
])}\b`, 'i');
// Profanity aimed at a whole group: "fuck the Muslims", "f*ck all immigrants", "fuck Islam"
const CURSE_GROUP = new RegExp(
  String.raw`\bf(?:u|\*+|_)?ck\s+(?:(?:all|off)\s+)?(?:(?:of\s+)?(?:the|those|these|you)\s+)?(?:fucking\s+)?(?:${GROUP_NOUNS}|islam|judaism)\b`,
  'gi',
);
// A crime or vice told as what a group does: "immigrants steal our jobs", "Muslims rape", "Mexicans live on welfare"
const GROUP_DOES = new RegExp(
  String.raw`\b(?:${GROUP_NOUNS})\s+${LOCATIVE}(?:(?:will|would|'ll|are|'re)\s+)?(?:(?:all|always|just|only|constantly|basically|forever)\s+)?${oneOf([
    'rape',
    'steal',
    'rob',
    'loot',
    'murder',
    'stab',
    'molest',
    'scam',
    'cheat',
    'lie',
    'breed',
    'leech',
    'sponge',
    // "foreigners at the job centre sponging off the rest of us"
    String.raw`(?:sponging|leeching|scrounging|freeloading) (?:off|on)`,
    'invade',
    'infest',
    'destroy',
    'ruin',
    // "indians stink up the hallway", "haitians eat people's pets", "arabs only know violence"
    String.raw`stink\w*`,
    'smell',
    String.raw`eat (?:\w+ )?(?:pets|dogs|cats|bats|rats|anything that moves)`,
    // "Chinese people eat anything, no wonder they spread every disease going"
    String.raw`eat anything(?=\s*[,.!?;]|\s+and\b)`,
    '(?:only )?(?:know|understand) (?:nothing but )?(?:violence|force)',
    // "the blind ppl at the crosswalk slow everyone down", "jewish landlords bleed the whole city dry"
    String.raw`(?:slow|hold|drag) (?:everyone|everybody|us|the rest of us) (?:down|back)`,
    String.raw`bleed (?:\w+ ){1,3}dry`,
    // vices and deficits: "live on welfare", "all look the same", "have lower IQs", "come here to take our benefits"
    'live (?:on|off) (?:welfare|benefits|handouts|our taxes|the state|the dole)',
    'look (?:the same|alike)',
    String.raw`(?:are )?push(?:ing)? their (?:lifestyle|agenda|religion|ideology|beliefs|filth)`,
    // "these Puerto Ricans live like animals", "the gays have ruined the Scouts", "lesbians hate men"
    'live like (?:animals|pigs|savages|rats|vermin|cockroaches)',
    String.raw`(?:have |has )?ruined(?! by)`,
    String.raw`hate (?:men|women|us|america|this country|our (?:country|way of life|values|culture))`,
    // "those wheelchair users always want special treatment", "black people always play the race card"
    String.raw`(?:want|expect|demand)s? special treatment`,
    String.raw`play (?:the )?(?:race|victim|gay|gender) card`,
    String.raw`get (?:everything|every (?:damn |bloody )?thing) (?:handed to them|for free|they want|given to them)`,
    // "People in wheelchairs expect everything handed to them", "Deaf people acting like we owe them an interpreter"
    String.raw`(?:expect|want|demand)s? (?:everything|every (?:damn |bloody )?thing|it all) (?:handed|given) (?:to them|on a plate)`,
    String.raw`(?:acting|act|behaving|behave) like (?:we|everyone|everybody|the world|society) owes? them`,
    // "Catholics in this town cover for each other every time"
    String.raw`(?:cover|lie) for each other`,
    'protect their own',
    // "Travellers have been thieving since the day they arrived"
    String.raw`have been (?:thieving|stealing|robbing|lying|cheating|scamming|sponging|scrounging) (?:since|for)`,
    'thieve',
    String.raw`(?:always|constantly|forever) (?:complaining|moaning|whining|up to no good|causing trouble)`,
    // "the Nigerian lot always run scams", "Eastern Europeans take our jobs", "Jewish people only help their own"
    String.raw`run(?:ning)? (?:\w+ )?scams`,
    // "the Pakistani lads in town all sell drugs"
    String.raw`(?:sell|deal|push|run) (?:\w+ )?drugs`,
    // "Indians are taking all the tech jobs"
    // not "Immigrants take the jobs nobody else wants"
    String.raw`${TAKE} (?:all |every )?(?:our|the|every) (?:\w+ )?${TAKEN}(?!\s+(?:that |which )?(?:no ?one|nobody|others|locals)\b)`,
    // "Mexicans on my job site… send all the money home"
    String.raw`send (?:all )?(?:the|their) money (?:home|back)`,
    String.raw`(?:only|always) (?:help|look after|hire|care about) their own`,
    String.raw`(?:just |only )?want (?:handouts|a free ride|free stuff)`,
    String.raw`are (?:just |naturally |genetically |simply |inherently )?more (?:aggressive|violent|criminal|dangerous|stupid|lazy)`,
    String.raw`ha(?:ve|s) (?:a )?(?:lower|low|smaller|tiny|no) (?:iqs?|intelligence|brains?|morals)`,
    String.raw`come here (?:just |only )?(?:to|for) (?:\w+ ){0,3}?(?:welfare|benefits|handouts|rape|steal|rob|leech|sponge|take our)`,
  ])}\b(?!\s+(?:victims?|survivors?|cases?|charges?|kits?|crisis|rates?)\b)`,
  'gi',
);
// The places a group is to be got out of: "out of this town", "off our green"
const OUR_PLACES = [
  'town',
  'country',
  'city',
  'area',
  'streets?',
  'estate',
  'green',
  'parks?',
  'neighbou?rhood',
  'schools?',
  'club',
  'village',
  'council',
  'borough',
];
// Wanting a group gone: "Vote Kessler if you want the Muslims out of this town", "throw the immigrants out", "get rid
// of the Somalis"; not "get the refugees out of the cold"
const WANT_OUT = new RegExp(
  String.raw`\b${oneOf([
    String.raw`${oneOf([
      'want',
      'wants',
      'wanted',
      'throw',
      'drive',
      'run',
      'force',
      'boot',
      'chase',
      'clean',
      'clear',
      'sweep',
    ])}\s+(?:all\s+)?(?:(?:the|those|these|all the)\s+)?(?:\w+\s+)?(?:${GROUP_NOUNS})\s+out\b(?!\s+of\s+(?:the\s+)?${SHELTERED_FROM}\b)`,
    String.raw`get rid of (?:all\s+)?(?:(?:the|those|these|all the)\s+)?(?:${GROUP_NOUNS})\b`,
    // "Get every Muslim off the council", "get all the Somalis out of the force"
    String.raw`get (?:every (?:single |last )?(?:${GROUP_SINGULAR})|all (?:the |those |these )?(?:${GROUP_NOUNS})) (?:out of|off) (?:the|our|this|my) \w+`,
    // A promise to rid a place of them: "Vote Brady Lowe, he'll get the Muslims out of this town", "he'll keep the
    // travellers off our green"; not "got the Syrians out of the burning flat" (our or this town, not a building)
    String.raw`(?:get|kick|keep|turf) (?:the |those |these |all (?:the |those |these )?)?(?:${GROUP_NOUNS}) (?:out of|off) (?:our|this|my) (?:\w+ )?${oneOf(OUR_PLACES)}\b`,
    // "get these immigrants out"; not "get the women and children out"
    String.raw`get (?:these|those|all these|all those) (?:\w+\s+)?(?:${GROUP_NOUNS})\s+out` +
      String.raw`(?=\s*(?:[.!?,;]|$)|\s+of (?:our|this|my) (?:country|town|city|neighbou?rhood|street|area|schools?)\b)`,
  ])}`,
  'gi',
);

// A member met standing for the group: "every Somali I've met has been on benefits", "every Polish driver I've stopped
// was drunk", "every Jewish businessman I've dealt with has tried to rip me off"
const EVERY_MET = new RegExp(
  String.raw`\bevery (?:single )?(?:${GROUP_SINGULAR}|${GROUP_ADJECTIVE}|polish|turkish|russian|eastern european)(?: \w+)? (?:i'?ve|i have|i) (?:ever )?${oneOf([
    'met',
    'known',
    'dealt with',
    'worked with',
    'stopped',
    'arrested',
    'pulled over',
    'been to',
    'hired',
    'had',
    'rented from',
  ])}\b[^.!?\n]{0,30}?\b${oneOf([
    // "every Jew I've met only cares about money"
    String.raw`(?:only )?cares? (?:only )?about (?:money|themselves)`,
    'obsessed with money',
    String.raw`tried to (?:scam|rip|rob|con|cheat|steal|sell)`,
    'ripped (?:me|us) off',
    'drunk',
    'on benefits',
    String.raw`wants? sharia`,
    String.raw`illegal\w*`,
    '(?:a |an )?(?:[\\w-]+ )?(?:dodgy|liar|thief|crook|scammer|criminal|fraud|money launderer|drug dealer|cheat)',
  ])}`,
  'gi',
);
// Kept away from children or out, said of a group named just before: "The gays have ruined the Scouts, keep them away
// from our boys", "Lesbians in the locker room make everyone uncomfortable. Keep them out"
const KEEP_AWAY = new RegExp(
  String.raw`\bkeep (?:them|em|'em|it) (?:${oneOf([
    String.raw`out(?=\s*(?:[.!?,;]|$))`,
    String.raw`away from (?:my|our|the|your) (?:kids|children|boys|girls|daughters|sons|schools?)`,
  ])})`,
  'gi',
);
// A group dismissed with what it keeps, as a sentence of its own: "Hindus and their cows, can't take them seriously",
// "Sikhs and their turbans, how are we supposed to know…"
const AND_THEIR = new RegExp(
  String.raw`(?<=^|[.!?]\s*)(?:${GROUP_NOUNS}) and their (?:\w+ )?\w+(?=\s*(?:[,.!?…]|$))`,
  'gi',
);
// A group spotted by its supposed signs: "you can always tell which cars are driven by women", "you can always tell a
// Muslim area"
const CAN_TELL = /\byou can (?:always |just |usually )?tell (?:which|when|where|a|an|the)\b/gi;
// A place lost to a group named in the post: "Not my country anymore", "there goes the neighbourhood", "feels like a
// third-world country"
const PLACE_LOST = new RegExp(
  String.raw`\b${oneOf([
    String.raw`(?:not|no longer|isn'?t|won'?t (?:even )?be) (?:my|our) (?:country|town|city|neighbou?rhood|street) any ?more`,
    'there goes the neighbou?rhood',
    '(?:feels|looks) like (?:a )?(?:different|foreign|third[- ]world) country',
  ])}\b`,
  'gi',
);
// A warning to guard belongings or children against a group named just before: "Gypsies at the park again. Lock up
// your bikes and your kids"
const LOCK_UP = new RegExp(
  String.raw`\b(?:${oneOf([
    // "Travellers have returned to the area. Expect an increase in thefts", "…keep an eye on your kids"
    String.raw`expect (?:an? )?(?:increase|rise|spike|surge) in (?:thefts|burglar(?:y|ies)|crime|break-?ins|shoplifting)`,
    String.raw`keep an eye on your (?:kids|children|daughters|bikes|valuables|sheds?|tools|pets)`,
  ])}|(?:lock up|lock|hide|guard|watch|check|count|hold onto|hang on to) (?:(?:your|the|all your) )?${oneOf([
    'kids',
    'children',
    'daughters',
    'wives',
    'bikes',
    'valuables',
    'everything',
    'wallets?',
    'purses?',
    'pockets',
    'handbags?',
    'pets',
    'cats',
    'dogs',
    'sheds?',
    'doors',
    'tools',
    'garages?',
  ])})\b`,
  'gi',
);

// Disabled people said to fake it, where disability is named in the sentence: "Disabled parking bays are a scam, half of
// them are faking it", "Half the people on disability are faking it", "…full of scroungers, half of them can walk fine"
const DISABILITY_CUE = new RegExp(String.raw`\b${oneOf([
  'disabled',
  'disability',
  'disabilities',
  'blue badges?',
  'wheelchairs?',
  'mobility scooters?',
  'autism',
  'autistic',
  'adhd',
  'depressed',
  'depression',
  'deaf',
])}\b`, 'i');
const FAKED = new RegExp(
  String.raw`\b${oneOf(['half', 'most', 'all', 'loads', 'plenty', 'a lot', 'the majority'])} (?:of )?(?:them|em|'em|the people|the ones|those|these|people)\b[^.!?\n]{0,30}?\b${oneOf([
    String.raw`(?:are|'re) (?:just |all )?(?:faking|fakers|putting it on|swinging the lead|scroungers|scamming)`,
    'can walk (?:fine|perfectly|just fine|better than)',
    String.raw`(?:aren'?t|are not|ain'?t) (?:even |really )?(?:disabled|deaf|ill|sick|depressed)`,
  ])}`,
  'gi',
);
// A place said to have been fine before a people came: "This country was fine before the Somalis showed up", "Never had
// any trouble round here before they moved in"
const FINE_ONCE = String.raw`(?:was|were|used to be) (?:\w+ )?${oneOf(['fine', 'better', 'safe', 'great', 'quiet', 'lovely', 'nice', 'decent', 'peaceful', 'ok(?:ay)?'])}`;
const NO_TROUBLE_ONCE = String.raw`(?:never|didn'?t) (?:had|have) (?:any )?(?:trouble|problems|crime|issues)(?: (?:round|around|in) (?:here|this \w+))?`;
const ARRIVED = oneOf(['came', 'arrived', 'showed up', 'turned up', 'moved in', 'got here', 'took over', 'started coming']);
const BEFORE_THEY_CAME = new RegExp(
  String.raw`\b(?:${FINE_ONCE}|${NO_TROUBLE_ONCE})\s+(?:until|till|before) (?:the |these |those |all (?:the |these )?)?(?:${GROUP_NOUNS}|they|them lot|that lot) (?:all )?${ARRIVED}\b`,
  'gi',
);
// A group blamed for falling house prices: "Never let a Black family buy on your street, property values drop overnight"
// A person's wrongdoing put down to their people or sex: "Of course he's Mexican.", "Because the judge is a woman, that's
// why", "she's a woman, lying's basically a hobby", "Another one of the Kosovans, obviously."
const AP = `['’]`;
const SURE_OF_IT = oneOf(['of course', 'obviously', 'naturally', 'probably', 'bet']);
const BLAMED_VICES = ['lying', 'stealing', 'cheating', 'scamming', 'thieving', 'moaning', 'nagging'];
const VICE_OWNED = String.raw`(?:a hobby|in (?:their|her|his) (?:blood|dna|nature)|what they do)`;
const IDENTITY_BLAMED = new RegExp(
  String.raw`\b${oneOf([
    String.raw`${SURE_OF_IT} (?:he|she|they)(?:${AP}s| is|${AP}re| are| was| were) (?:a |an )?(?:${GROUP_SINGULAR}|${GROUP_NOUNS})(?=\s*(?:[.!…]|$))`,
    String.raw`because (?:the \w+|he|she) (?:is|${AP}s|was) (?:a |an )?(?:${GROUP_SINGULAR}),? that${AP}?s why`,
    String.raw`(?:he|she)(?:${AP}s| is) (?:a |an )?(?:${GROUP_SINGULAR}),? ${oneOf(BLAMED_VICES)}(?:${AP}s| is) (?:basically |practically |just )?${VICE_OWNED}`,
    String.raw`another one of (?:the |those |them )?(?:${GROUP_NOUNS}),? ${oneOf(['obviously', 'of course', 'naturally', 'typical', 'as usual'])}`,
  ])}`,
  'gi',
);
// Where "of course he's Mexican" is said of a crime: an arrest, a record, a robbery in the post
const CRIME_TOLD = new RegExp(String.raw`\b${oneOf([
  String.raw`arrest\w*`,
  String.raw`robb\w*`,
  String.raw`burglar\w*`,
  'nicked',
  String.raw`stole\w*`,
  String.raw`stabb\w*`,
  String.raw`shoplift\w*`,
  'previous',
  'priors',
  'record',
  'bail',
  'parole',
  'warrants?',
  'charged',
  'custody',
  'cctv',
])}\b`, 'i');
// A group's members warned off or counted as too many: "No Indians please", "Glad she's out of that suburb, too many
// Lebanese."
const UNWANTED = new RegExp(
  String.raw`\b(?:no (?:${GROUP_NOUNS}),? ${oneOf(['please', 'thanks', 'thank you', 'need apply', 'allowed', 'wanted'])}\b|too many (?:${GROUP_NOUNS})(?=\s*(?:[.!…]|$)))`,
  'gi',
);
// "Typical Polish builder, no respect for anyone", "Typical for the Roma lot over by the tracks": a member or a deed
// put down to the people. Nationality words GROUP_SINGULAR does not hold (it is read by "every X" and "any X", where
// "any polish" is furniture polish) are listed here.
const TYPICAL_OF = oneOf(['polish', 'roma', 'lebanese', 'romanian', 'albanian', 'kosovan', 'eritrean', 'somali', 'irish']);
const TYPICAL_ONES = oneOf(['builder', 'driver', 'landlord', 'lad', 'bloke', 'behaviou?r', 'lot', 'mob', 'cowboy', 'scam']);
const TYPICAL_MEMBER = new RegExp(
  // (a group alone ends the clause: not "falls are typical for the elderly in winter")
  String.raw`\btypical (?:(?:for (?:the |a |an )?)?(?:${GROUP_SINGULAR}|${TYPICAL_OF}) ${TYPICAL_ONES}s?\b|(?:${GROUP_NOUNS})(?=\s*(?:[,.!…]|$)))`,
  'gi',
);
const PROPERTY_VALUES = /\bproperty (?:values|prices) (?:\w+ )?(?:drop|fall|go down|going down|plummet|tank|crash)\w*/gi;

// Travellers on a journey, not the people: "Holiday travellers at the airport: keep an eye on your valuables"
const JOURNEY = new RegExp(String.raw`\b${oneOf([
  'airports?',
  'flights?',
  String.raw`holiday\w*`,
  'luggage',
  'suitcases?',
  'passports?',
  'stations?',
  'trains?',
  'ferr(?:y|ies)',
  String.raw`festival\w*`,
  'trips?',
  'tourists?',
  'abroad',
  'journeys?',
])}\b`, 'i');

// One suspect described, as a police alert does: "a Hispanic male in his 30s", "a white man seen checking door handles"
const SUSPECT_DESCRIBED = /\b(?:males?|females?|man|woman)\b[^.!?]{0,40}?\b(?:in (?:his|her|their) (?:early |mid-?|late )?\d0s|aged \d|wearing|(?:was |were )?seen)\b/i;
// Tolerated only out of sight, said where a gay or trans identity is named: "keep it in the bedroom", "fine as long as they
// keep it to themselves"
const OUT_OF_SIGHT = /\bkeep(?:s|ing)? it (?:in the bedroom|behind closed doors|to themselves|out of sight|indoors)\b/gi;
const QUEER_CUE = new RegExp(String.raw`\b${oneOf(['gays?', 'lesbians?', 'queers?', 'trans', 'transgender', String.raw`lgbt\w*`, 'pride', 'rainbow', 'same-sex', 'homosexuals?', 'drag'])}\b`, 'i');
// A trans woman called a man in a dress where women's spaces are named: "bloke in a dress wanted to use the ladies"
const MAN_IN_DRESS = new RegExp(String.raw`\b${oneOf(['blokes?', 'm[ae]n', 'guys?', 'fellas?', 'geezers?', 'dudes?', 'lads?'])}['’"”]? in (?:a )?(?:dress|dresses|skirts?|frocks?|wigs?|lipstick)\b`, 'gi');
const WOMENS_SPACE = new RegExp(String.raw`\b${oneOf(['ladies', "women'?s", "girls'?", 'toilets?', 'loos?', 'bathrooms?', 'changing ?rooms?', 'showers?', 'locker ?rooms?', 'refuges?'])}\b`, 'i');

// What a remark is called by one who condemns it: "calling them vermin is disgusting"
const COUNTER_VERDICT = oneOf([
  'disgusting',
  'vile',
  'wrong',
  'racist',
  'sexist',
  'hateful',
  'bigoted',
  'dehumani[sz]ing',
  'shameful',
  'appalling',
  'unacceptable',
  'not ok(?:ay)?',
  'not funny',
  'not banter',
  'how genocide',
  'abuse',
]);
// Anti-bias and reporting language in the same sentence: "not all…", "we stand against racism", "stop calling…"
// (the bias head reads it too, and its additions in such a sentence are dropped: bias-signals.ts)
export const GUARD =
  new RegExp(String.raw`\b${oneOf([
      'not all',
      String.raw`aren'?t all`,
      'are not all',
      'stand(?:s|ing)? (?:against|with|together)',
      'against (?:racism|bigotry|hate|discrimination|islamophobia|antisemitism|homophobia|transphobia|xenophobia)',
      'zero tolerance',
      'stop (?:calling|saying|telling)',
      String.raw`it'?s (?:wrong|racist|hateful|not ok|not okay|never ok) to`,
      // not "it's not a stereotype if it's true": a stereotype denied is asserted
      String.raw`(?<!\bnot (?:a |just a )?)(?:myths?|stereotypes?)`,
      // "there's no place for hate here"; not "Ladies, the range is no place for you"
      String.raw`no place for (?!(?:you|women|girls|ladies|them|a woman|a girl|females)\b)`,
      'hate crimes?',
      'anyone who (?:says|calls|thinks)',
      String.raw`don'?t (?:call|say)`,
      String.raw`(?:is|was|are|that'?s) (?:racist|bigoted|hateful)`,
      'false(?:ly)?',
      'untrue',
      // "that's nonsense"; not "Hindus and their cow nonsense": the group's ways scorned
      String.raw`(?<!\btheir (?:\w+ )?)nonsense`,
      'accused of',
      'called (?:them|us|him|her)',
      // "they say all Muslims are terrorists, which is a lie"
      `which is ${oneOf(['a lie', 'false', 'wrong', 'untrue', 'rubbish', 'bs', 'absurd', 'ridiculous', 'nonsense', 'not true', 'bullshit', 'insane', 'disgusting'])}`,
      '(?:they|people|some) (?:say|claim|think|assume) (?:that )?(?:all|every)',
      // "People saying immigrants steal jobs never tried to hire a plumber"
      '(?:people|folks|those|anyone|some) (?:saying|claiming|who (?:say|claim|think))',
      // the remark itself condemned: "calling them vermin is disgusting", "comparing people to rats is how genocide starts"
      String.raw`${oneOf(['calling', 'saying', 'comparing', 'describing', 'labell?ing', 'branding', 'treating'])} [^.!?\n]{1,60}?\b(?:is|was|are) ` +
        String.raw`(?:just |so |absolutely |completely |never )?${COUNTER_VERDICT}`,
      // abuse reported, not uttered: "someone shouted go back to africa at my neighbour", "hurled slurs at her"
      String.raw`${oneOf(['shouted', 'yelled', 'screamed', 'hurled', 'spat', 'sprayed', 'scrawled', 'chanted'])} [^.!?\n]{1,60}?\bat ` +
        oneOf(['me', 'my', 'us', 'our', 'him', 'her', 'his', 'them', 'their', 'a', 'an', 'the']),
      String.raw`(?:racially|homophobically) (?:abus|aggravat|motivat)\w*`,
      // "the abuse Black footballers get", "the hate women get for driving"
      String.raw`the ${oneOf(['abuse', 'hate', 'racism', 'sexism', 'slurs', 'harassment', 'discrimination', 'bigotry'])} (?:\w+ ){1,3}` +
        oneOf(['get', 'gets', 'got', 'face', 'faces', 'faced', 'receive', 'received', 'endure', 'endured', 'suffer', 'suffered']),
      // a claim about a group denied: "immigrants aren't the reason your rent went up", "muslims aren't a monolith"
      String.raw`(?:aren'?t|are not|isn'?t|is not) (?:the (?:reason|problem|cause)|to blame|a monolith)`,
      '(?:stop|quit) blaming',
      // "called out my uncle for saying disabled people are a burden"
      String.raw`(?:for|after|by) (?:saying|claiming|suggesting|posting|writing|tweeting|implying)`,
      String.raw`scapegoat\w*`,
    ])}\b`, 'i');

// Vague groups ("those people") malign a class only when the sentence generalises or points at a place by proxy.
const VAGUE_CUE = new RegExp(String.raw`\b${oneOf([
  'all',
  'every',
  'whole',
  'neighbou?rhood',
  'area',
  'part of town',
  'side of town',
  'ghetto',
  'hood',
  'projects',
  'estate',
  'country',
  'their kind',
  'that kind',
  'breed',
  'culture',
  'where they came from',
])}\b`, 'i');
// A gearbox, not a person: "rebuilt the tranny on my truck"
const CAR = new RegExp(String.raw`\b${oneOf([
  'truck',
  'car',
  'auto',
  'jeep',
  'transmission',
  'gearbox',
  'clutch',
  'engine',
  String.raw`rebuil\w*`,
  'mechanic',
  'fluid',
  'swap',
  '4x4',
  'chevy',
  'ford',
  'dodge',
  'honda',
  'toyota',
  'gm',
  'manual',
  'automatic',
  'shifter',
])}\b`, 'i');
// A cigarette, not a person: "nipped out for a fag", "a packet of fags and a lighter"
const SMOKING = new RegExp(String.raw`\b${oneOf([
  String.raw`smok\w*`,
  String.raw`cig\w*`,
  String.raw`crav\w*`,
  'fancy a',
  'dying for',
  'lighter',
  'light(?:ed|ing)? (?:up|a)',
  'lit',
  String.raw`ash\w*`,
  'tobacco',
  'packets?',
  'pack of',
  'roll(?:ie|y|-up)s?',
  String.raw`puff\w*`,
  'nicotine',
  String.raw`vap\w*`,
  'quit',
  'fag ends?',
  'outside for',
  'nip(?:ped)? out for',
  'gasping for',
  // (issue 11, session 31) "pulled into the ambulance bay to buy fags"
  String.raw`(?:buy(?:ing)?|bought|grab(?:bing)?)\s+(?:some\s+|more\s+)?fags`,
  'twenty',
  '20 (?:fags|b&h|marlboro)',
])}\b`, 'i');
// A raccoon: "coon tracks by the shed", "a coon in the trash cans"
const WILDLIFE = new RegExp(String.raw`\b${oneOf([
  'tracks?',
  'dogs?',
  'hounds?',
  String.raw`hunt\w*`,
  String.raw`trap\w*`,
  'squirrels?',
  'possums?',
  'opossums?',
  'skunks?',
  'deer',
  'trees?',
  'attic',
  'garbage',
  'trash cans?',
  'bins?',
  'rabi(?:es|d)',
  'wildlife',
  'critters?',
  'animal control',
  'run over',
  'roadkill',
])}\b`, 'i');
// The author names themselves by the word, reclaiming it: "I'm a dyke and proud", "imma coon", "as a fag, …", "us
// beaners", "we dykes", "half breed like me"; not denied ("I'm not a …"), not someone else ("you were a …"), not
// someone addressed ("come with us fag")
const SELF_BEFORE = new RegExp(
  String.raw`(?:\b${oneOf([String.raw`i['’]?m`, 'i am', String.raw`i['’]?ma`, 'imma'])}|(?:^|[,;:.!?]\s*|\band\s+)as)\s+(?:an?\s+)?(?:${oneOf([
    'proud',
    'big',
    'fat',
    'little',
    'lil',
    'just',
    'such',
    'real',
    'true',
    'total',
    'black',
    'white',
    'gay',
    'old',
  ])}\s+)?$`,
  'i',
);
// "us beaners", "we dykes", "fellow queers": the author among the many the plural names
const SELVES_BEFORE = new RegExp(String.raw`\b${oneOf(['us', 'we', String.raw`we['’]re`, 'we are', 'fellow', 'all us', 'us other'])}\s+$`, 'i');
const SELF_AFTER = /^(?:es|s)?\s+like (?:me|myself|us)\b/i;
// A tweet cut off mid-word ("…stolen from his house last nig…", "yet to enter injun…"), where the slur is also the
// start of an ordinary word (night, injunction, homophobia, Japan, spicy, tardy, Mongolia, Pakistan)
const CUT_OFF = /^(?:…|\.{3})\s*(?:https?:\/\/\S+\s*)?$/;
const CUT_WORD = /^(?:nig|injun|homo|jap|spic|tard|mong|paki)$/;

// The n-word's "-a" spellings ("nigga", "niggah", "nigguh", "niccas", "nig"): reclaimed, said for "guy" or "friend" by
// those it once named, where the "-er" spelling never is. The SLUR row drops one in the shapes below that malign nobody
// (a friend, the author, a greeting), unless its sentence is hostile (RECLAIMED_HOSTILE); "this nigga", "bitch ass
// nigga" and a plural about people stay reported
const RECLAIMED_N = new RegExp(`^${oneOf([String.raw`n+i+g+(?:g|_)(?:a+h?|uh)[sz]?`, 'nigs?', String.raw`ni(?:cc|kk)(?:a|ah|uh)s?`])}$`);
// A friend: "my nigga", "ma niggah", "my lil nig", "that's my nigga", "alla my niggas"
const RECLAIMED_FRIEND_BEFORE = new RegExp(
  String.raw`\b${oneOf(['my', 'ma', 'mah', 'mi', 'our'])}\s+(?:${oneOf(['lil', 'little', 'big', 'real', 'main', 'young', 'yung', 'og', 'boy', 'fellow'])}\s+)?$`,
  'i',
);
// The author: "I'm a real nigga", "im jus a trill nicca", "I'm just a broke nigga" (SELF_BEFORE reads the other words)
const RECLAIMED_SELF_BEFORE = new RegExp(
  String.raw`\b${oneOf([String.raw`i['’]?m`, 'i am', String.raw`i['’]?ma`, 'imma'])}\s+(?:${oneOf(['jus', 'just', 'only', 'still', 'really', 'such'])}\s+)?an?\s+(?:[a-z']+\s+)?$`,
  'i',
);
// Praise: "real niggas don't get caught lacking", "a true nigga"
const RECLAIMED_PRAISE_BEFORE = new RegExp(String.raw`\b${oneOf(['real', 'true', 'trill', 'solid'])}\s+$`, 'i');
// Words of greeting, laughter and talk between friends around a word of address
const GREETING = oneOf([
  'yo',
  'hey',
  'ay+e?',
  'ight',
  'aight',
  'ok(?:ay)?',
  'damn',
  'bruh',
  'lo+l',
  'lmf?ao+',
  String.raw`ha(?:ha)+\w*`,
  'wass?up',
  String.raw`what['’]?s up`,
  'sup',
  'thanks',
  'thank you',
  'nah',
  'yea',
  'yeah',
  'oh',
  'you know',
  'u know',
  'i see you',
  'love you',
  'miss you',
  'bet',
]);
// Address at a sentence's start, nothing before it but handles, "RT", a quote mark or a greeting: "Nigga u the older
// version of him", "NIGGA WE ATE IT", "haha ight nig calm yoself" (followed by a pronoun, a comma or the end)
const ADDRESS_OPEN_BEFORE = new RegExp(String.raw`^[\s"“'‘]*(?:(?:rt\s+)?@\s?\w+:?\s*)*(?:${GREETING}[\s,!.]*)*$`, 'i');
// What may trail a word of address before the post ends: hashtags, links, handles, emoji, laughter ("…you know nigga
// #springfest http://t.co/…", "NIGGGAAAA http://t.co/…")
const TRAILING = String.raw`(?:\s*(?:#\w+|https?:\/\/\S+|@\s?\w+|lo+l|lmf?ao+|[^\p{L}\p{N}\s]))*\s*$`;
const ADDRESS_OPEN_AFTER = new RegExp(
  String.raw`^\s*(?:[,!?.…]|${TRAILING}|${oneOf(['u', 'you', 'ya', String.raw`y['’]?all`, 'we', 'i', String.raw`i['’]?m`, 'lo+l', 'lmf?ao+'])}\b)`,
  'iu',
);
// Address closing a sentence after a greeting or laughter: "wassup my niggah", "you know nigga", "lol nigga"
const ADDRESS_CLOSE_BEFORE = new RegExp(String.raw`\b${GREETING}[\s,!.]*$`, 'i');
const ADDRESS_CLOSE_AFTER = new RegExp(String.raw`^\s*(?:[,!?.…]|${TRAILING})`, 'u');
// A sentence hostile to Black people or to anyone, where no reclaimed reading holds: "nigga you a monkey", "them niggas trash"
const RECLAIMED_HOSTILE = new RegExp(
  String.raw`\b(?:${DEROGATORY}|${DEHUMANISING}|${oneOf(['monkey', 'ape', 'slaves?', 'cotton', 'watermelons?', 'welfare', 'africa', 'chimps?', 'gorillas?', 'bananas?'])})\b`,
  'i',
);
// The same said in emoji: an ape, a monkey, a watermelon, a gun ("@x nigga 🐒", "nigga 🔫")
const HOSTILE_EMOJI = /[🐒🐵🙈🙉🙊🦍🦧🍉🍌🐀🔫⛓]/u;
/** A reclaimed spelling of the n-word said of a friend, the author or someone greeted, in a sentence hostile to no one. */
function reclaimedUse(c: BiasText, m: RegExpExecArray): boolean {
  if (!RECLAIMED_N.test(m[0])) return false;
  const seg = sentenceAt(c.segs, m.index, c.text.length);
  const before = c.text.slice(seg.start, m.index);
  const after = c.text.slice(m.index + m[0].length, seg.end);
  if (RECLAIMED_HOSTILE.test(c.text.slice(seg.start, seg.end)) || HOSTILE_EMOJI.test(c.text.slice(seg.start, seg.end))) return false;
  return (
    RECLAIMED_FRIEND_BEFORE.test(before) ||
    RECLAIMED_SELF_BEFORE.test(before) ||
    RECLAIMED_PRAISE_BEFORE.test(before) ||
    (ADDRESS_OPEN_BEFORE.test(before) && ADDRESS_OPEN_AFTER.test(after)) ||
    (ADDRESS_CLOSE_BEFORE.test(before) && ADDRESS_CLOSE_AFTER.test(after))
  );
}

// The community's own words where the post speaks from inside it (issue 11, session 31; train-ac..af): "The queers are
// taking over trivia night again 🏳️‍🌈", "Friendsgiving with my chosen fam. Six queers, one turkey", "calling each
// other queens, queers and everything in between", "Our LGBTQ+ book club calls itself 'The Fabulous Queers.'"; only the
// words the community reclaims, and never in a sentence hostile to anyone (RECLAIMED_HOSTILE)
const RECLAIMED_QUEER = /^(?:queers?|dykes?)$/i;
// a Pride or trans flag (normalisation drops the joiner between its parts)
const PRIDE_FLAG = /\u{1F3F3}\uFE0F?\u200D?(?:\u{1F308}|\u26A7)/u;
const PRIDE = /\bPride\b/;
const IN_GROUP_WORDS = [
  String.raw`lgbt(?:q|qi|qia)?\+?`,
  String.raw`chosen\s+fam(?:ily)?`,
  String.raw`found\s+family`,
  String.raw`drag\s+(?:brunch|show|night|queens?)`,
  String.raw`call(?:ing)?\s+each\s+other`,
  String.raw`(?:my|our)\s+queer\s+(?:friends|family|fam|folks|crew)`,
];
const IN_GROUP = new RegExp(String.raw`\b${oneOf(IN_GROUP_WORDS)}(?!\w)`, 'i');
const inGroupPost = (text: string) => PRIDE_FLAG.test(text) || PRIDE.test(text) || IN_GROUP.test(text);
/** A reclaimed word ("queers", "dykes") in a post written from inside the community, its sentence hostile to no one. */
const reclaimedInGroup = (c: BiasText, m: RegExpExecArray) => RECLAIMED_QUEER.test(m[0]) && inGroupPost(c.text) && !RECLAIMED_HOSTILE.test(c.sentence(m.index));
// A name the writer's own group goes by (issue 11, session 31): "Our D&D group calls itself the Gay Agenda", 'I call our
// group chat "the gay agenda."', "Our softball team is called the …"
const OWN_GROUPS = ['group', 'chat', 'team', 'club', 'crew', 'squad', 'band', 'league'];
const OWN_GROUP_NAME = new RegExp(
  String.raw`\b(?:calls?\s+(?:itself|ourselves|our\s+(?:[\w&+-]+\s+){0,2}?${oneOf(OWN_GROUPS)})|(?:our|my)\s+(?:[\w&+-]+\s+){0,3}?${oneOf(OWN_GROUPS)}\s+(?:is|are)\s+(?:called|named))\s+['"“‘]?(?:the\s+)?['"“‘]?$`,
  'i',
);
const ownGroupName = (c: BiasText, index: number) => OWN_GROUP_NAME.test(c.text.slice(Math.max(0, index - 80), index));

// "whole street smells of curry and nobody there pays taxes. you know who I mean", "landlords of a certain faith,
// you know how they are with money": a nudge, a stand-in for a people and a stereotype in one post
const INNUENDO_RE = new RegExp(String.raw`\b${INNUENDO}(?![a-z])`, 'gi');
const INNUENDO_PROXY = new RegExp(String.raw`\b(?:${INNUENDO_PROXIES})\b`, 'i');
// A people named by not naming them: "certain folks", "certain communities"
// The same people told by a stand-in for their race or origin, an officer's tally: "it's always the same demographic
// causing the trouble", "Same colour every time.", "Different country, same behaviour", "what a certain demographic is
// capable of"
const KIND_OF_PEOPLE = oneOf(['colou?r', 'skin colou?r', 'country', 'race', 'religion', 'surnames?', 'demographic', 'community', 'communities']);
const SAME_KIND = new RegExp(
  String.raw`\b${oneOf([
    String.raw`(?:always|it'?s|every time)\b[^.!?\n]{0,20}?\bthe same ${KIND_OF_PEOPLE}`,
    String.raw`same ${KIND_OF_PEOPLE},? (?:every (?:time|call|shift|night|week)|again|always|same \w+)`,
    String.raw`different (?:country|colou?r|surname),? same (?:behaviou?r|attitude|story|problems?|trouble|crap|shit|result)`,
    String.raw`(?:a certain|that certain|the same|one) demographic`,
  ])}\b`,
  'gi',
);
// Where the stand-in is met or what it is blamed for: a call, the cells, trouble, "capable of", "send them back"
const SAME_KIND_CONTEXT = new RegExp(
  String.raw`\b(?:${INNUENDO_SLIGHTS}|${oneOf([
    'calls?',
    'called',
    'estate',
    'custody',
    'cells',
    String.raw`arrest\w*`,
    String.raw`kick(?:s|ing)? off`,
    'capable of',
    String.raw`behaviou?r`,
    'attitude',
    'send them',
    'in uniform',
    'on patrol',
  ])})\b`,
  'i',
);
const CERTAIN_ONES = new RegExp(String.raw`\bcertain ${oneOf(['people', 'folks?', 'types', String.raw`communit(?:y|ies)`, 'backgrounds?', 'cultures?', 'groups', 'elements'])}\b`, 'i');
const INNUENDO_SLIGHT = new RegExp(String.raw`\b(?:${INNUENDO_SLIGHTS})\b`, 'i');

// Before a group, a preposition that makes it the object of another noun ("comments about", "attacks on", "violence
// against"), not a share of it ("most of", "half of the")
const ABOUT_GROUP = new RegExp(
  String.raw`(?<!\b${oneOf(['most', 'all', 'some', 'many', 'half', 'none', 'lot', 'lots', 'bunch', 'majority', 'rest', 'any', 'one', 'each', 'few'])})\s+${oneOf([
    'about',
    'against',
    'towards?',
    'regarding',
    'on',
    'of',
  ])}\s+(?:the\s+)?$`,
  'i',
);
// "are not animals", "aren't criminals"
const REPORTED = new RegExp(String.raw`\b${oneOf([
  'seen',
  'viewed',
  'looked',
  'treated',
  'portrayed',
  'considered',
  'label+ed',
  'called',
  'perceived',
  'stereotyped',
  'painted',
  'depicted',
  'dismissed',
  'written off',
])}\b`, 'i');
const NEGATED = /\b(?:not|n'?t|never|no longer)\b/i;
// Some members counted, as a headline counts them: "Two Albanians rob…", "a gang of Romanians steal…"
const COUNTED = new RegExp(
  String.raw`\b${oneOf([String.raw`\d+`, ...numberWords(2, 12), 'several', 'some', 'a few', 'a group of', 'a gang of', 'gang of', 'pair of'])}\s+(?:\w+\s+)?$`,
  'i',
);
// Verbs that report speech: "says some guy on the radio", 'heard a man tell his daughter "…"', "told my son that…"
const SPEECH_VERBS = oneOf([
  String.raw`tell(?:s|ing)?`,
  'told',
  String.raw`sa(?:y|ys|ying|id)`,
  String.raw`hear(?:d|s)?`,
  String.raw`ask(?:s|ed)?`,
  String.raw`shout(?:s|ed)?`,
  String.raw`yell(?:s|ed)?`,
  String.raw`claim(?:s|ed)?`,
  String.raw`argue(?:s|d)?`,
  String.raw`rant(?:s|ed|ing)?`,
  String.raw`tweet(?:s|ed)`,
  'wrote',
  'according to',
]);
const SPEECH_VERB = new RegExp(String.raw`\b${SPEECH_VERBS}\b`, 'i');
// Someone else's view reported: "…, says some guy on the radio"; not the poster's own "just saying", "I'm telling you",
// "I don't care what anyone says"
const SAYS = new RegExp(String.raw`(?<!\b(?:just|not|i'?m|i am|i|i'?ve|i have|always|we|anyone|anybody) )\b${SPEECH_VERBS}\b`, 'i');
// Strength or skill praised after "are beasts": "…, squatting twice my weight", "on the pitch"
const PRAISE_AFTER = new RegExp(
  String.raw`^[\s,.!]*${oneOf([
    String.raw`(?:squat|lift|bench|deadlift|train|play|run|climb)\w*`,
    'at (?:the )?(?:gym|work|rugby|football|training)',
    'on the (?:pitch|field|court|mats|ice)',
    'in the (?:gym|ring|weight room)',
  ])}`,
  'i',
);

// Scare-quoted identities deny them: "trans 'women'", "the 'disabled' people in the blue badge bays", "so-called 'refugees'"
const SCARE_QUOTED =
  new RegExp(String.raw`${oneOf([
      String.raw`\b(?:trans|so-?called|self-?(?:identified|declared)|biological)\s*['‘"“]${oneOf([
        'wom[ae]n',
        'm[ae]n',
        'girls?',
        'boys?',
        'ladies',
        'females?',
        'males?',
        'lesbians?',
      ])}['’"”]`,
      String.raw`(?:\b${oneOf(['the', 'these', 'those', 'half the', 'all the', 'most', 'so-?called', 'some', 'our', 'their', 'a', 'certain'])}\s+|^|[.!?]\s+)['‘"“]${oneOf([
        'disabled',
        'refugees?',
        'asylum seekers?',
        'migrants',
        'non-?binary',
        'trans',
        'gender ?fluid',
        'women',
        'woman',
        'lesbians?',
        'victims',
        'vulnerable',
        'homeless',
        'deaf',
        'blind',
        'autistic',
        'wheelchair users?',
        // euphemisms sneered at: "the 'new arrivals'", "a 'youth' from a certain background", "the 'diverse' ones"
        'new arrivals',
        'new (?:britons|brits|americans|europeans|citizens)',
        'diverse',
        'youths?',
        'communit(?:y|ies)',
        'reverted',
        'vibrant',
        'culturally enriched',
        'enrichment',
        'newcomers',
        // "the 'religion of peace' has the block shut down again"
        'religion of peace',
      ])}['’"”](?:\s+${oneOf([
        'people',
        'folk',
        'folks',
        'lot',
        'types',
        'crowd',
        'ones?',
        'kids',
        'men',
        'women',
        'community',
        'users',
        'drivers',
      ])})?`,
      // "the 'special' ones", "those 'special' kids": disabled people sneered at (not "the 'special' offer")
      String.raw`\b${oneOf(['the', 'these', 'those', 'all the', 'one of the'])}\s+['‘"“]special['’"”]\s+${oneOf(['ones?', 'kids', 'people', 'folks?', 'types'])}\b`,
    ])}`, 'gi');
// A maligning remark that sweeps the whole group: "Mentally ill, the lot of them", "thieves, every one of them"
const SWEEPING = new RegExp(
  oneOf([
    String.raw`\b(?:${DEROGATORY})[,!.…\s–—-]+${oneOf([
      "the (?:whole )?lot of (?:them|em|'em)",
      // "Animals, the whole block of them"
      "the whole (?:block|street|estate|family|bunch|tribe|clan|mob) of (?:them|em|'em)",
      "all of (?:them|em|'em)",
      "every (?:single )?(?:last )?one of (?:them|em|'em)",
      'the lot',
    ])}\b`,
    // "it's in their blood", "born thieves"
    String.raw`\b(?:it'?s|its|it is) in (?:their|the) (?:blood|dna|genes|nature|culture|religion)\b`,
    // "Lying is in their culture honestly", "crime is in their DNA"
    String.raw`\b${oneOf(['lying', 'stealing', 'thieving', 'cheating', 'scamming', 'crime', 'violence', 'laziness', 'begging', 'fraud'])} (?:is|are|runs) in (?:their|the) (?:blood|dna|genes|nature|culture|religion)\b`,
    String.raw`\b(?:born|bred) (?:thieves|criminals|liars|crooks)\b`,
    // "these Travellers are the same everywhere. Thieves from birth."
    String.raw`\b(?:thieves|criminals|liars|crooks) from birth\b`,
    // "they just don't care about anyone, it's a culture thing"
    String.raw`\b(?:it'?s|its|it is|that'?s|thats) (?:just )?(?:a|their) (?:culture|cultural|race|racial|religion|religious) thing\b`,
    // "of course they did, it's what they do", "it's genetic at this point", "they're all on drugs, it's their culture"
    String.raw`\b(?:it'?s|its|it is|that'?s|thats) (?:just |simply )?what they do\b`,
    String.raw`\b(?:it'?s|its|it is) genetic\b`,
    String.raw`\b(?:it'?s|its|it is|that'?s|thats) (?:just )?their culture(?=\s*(?:[.!?,;]|$|honestly|tbh|lol|man|bro))`,
  ]),
  'gi',
);
// A group word joined to a dehumanising label: "the rainbow freaks", "alphabet mafia", "immigrant vermin"
const LABELLED_GROUP =
  new RegExp(String.raw`\b${oneOf([
      'rainbow',
      'alphabet',
      'ghetto',
      'third[- ]world',
      'pride',
      'trans',
      'transgender',
      'gay',
      'queer',
      String.raw`lgbt\w*`,
      'muslim',
      'moslem',
      'islamic',
      'jew',
      'immigrant',
      'migrant',
      'foreign',
      'refugee',
      'asylum',
      'disabled',
      'wheelchair',
      'black',
      'brown',
      'asian',
      'mexican',
      'romanian',
      'polish',
      'gypsy',
      'traveller',
      'jewish',
      'arab',
      'african',
      'feminist',
      'tranny',
    ])}\s+${oneOf([
      'freaks?',
      'perverts?',
      'degenerates?',
      'groomers?',
      'vermin',
      'scum',
      'parasites',
      'leeches',
      'savages',
      'animals',
      'filth',
      'trash',
      'rats',
      'cockroaches',
      'invaders',
      'hordes?',
      'rape ?gangs?',
      'invasion',
      'infestation',
      'swarms?',
      'thugs',
      'apes',
      'monkeys',
      'mafia',
      'cult',
      'nutters',
      'weirdos',
      'lunatics',
      'scroungers',
      'spongers',
      // "muslim rapists", "jewish pedophiles"
      'rapists',
      'p(?:a)?edo(?:phile)?s',
      'nonces',
    ])}\b|\b${oneOf([
      'muslim',
      'moslem',
      'islamic',
      'jew',
      'jewish',
      'arab',
      'mexican',
      'immigrant',
      'migrant',
      'refugee',
      'african',
      'somali',
      'gypsy',
    ])}\s+${oneOf([
      // animals said only of people when a faith or a people is put before them: "muslim pigs", "jew dogs", "migrant maggots"
      'pigs',
      'swine',
      'dogs',
      'maggots',
      'roaches',
      'snakes',
      'sub-?humans?',
      'bastards',
      'cancer',
      'plague',
    ])}\b`, 'gi');
// Back into the closet: "can't wait for them to crawl back into the closet"
const CLOSET = new RegExp(
  // "gay officers should stay in the closet at work"
  String.raw`\b(?:(?:should|need to|needs to|must|ought to|have to|gotta) (?:just )?stay in (?:the|their) closets?\b|${oneOf([
    'crawl',
    'get',
    'go',
    'stay',
    'shove',
    'put',
    'stuff',
    'push',
    'send',
  ])}(?:s|ing|ed)?\s+(?:\w+\s+)?back\s+(?:in|into|inside)\s+(?:the|their|your|his|her)\s+closets?\b)`,
  'gi',
);
// A group mentioned, then maligned by pronoun in the next breath: "…was an immigrant. They can't drive and they
// shouldn't be here", "women… they can't handle it"
// What "they all" do, said of a group named just before: "…one of those Indian Uber guys, they all bought their licences"
const ALL_DO = [
  'cut corners',
  'cheat',
  'lie',
  'steal',
  'rob (?:you|people|us)',
  'scam (?:you|people|us)',
  'bought their (?:licen[cs]es?|degrees?|way in)',
  'stick together',
  'smell',
  'stink',
  'breed like \\w+',
  'live (?:on|off) (?:benefits|welfare|the dole|the state|handouts)',
  'claim benefits',
  'carry knives',
  'sell drugs',
  'deal drugs',
  'look the same',
];
const PRONOUN_MALIGN = new RegExp(
  String.raw`\b${oneOf([
      'they',
      'them lot',
      'that lot',
      'their lot',
      'these lot',
      'those lot',
      'you lot',
      'these people',
      'those people',
      'them people',
      'you people',
      // "Autistic kid screaming on the plane… Kids like that should be kept at home"
      'kids like (?:that|them)',
      'children like (?:that|them)',
    ])}(?:\s+|(?=['’]?re\b))(?:all\s+|just\s+|honestly\s+|literally\s+)?${oneOf([
      String.raw`can'?t (?:drive|speak (?:english|the language)|be trusted|help (?:it|themselves)|integrate|assimilate)`,
      // "women shouldn't be riding solo, they can't handle a big guy", "hiring a woman… they can't handle the pressure and
      // they cry", "they freeze under pressure", "they just don't have the strength"; not "they don't have the strength to
      // fight the system" (what they lack strength for is told)
      String.raw`(?:can'?t|cannot) handle (?:the |a )?(?:pressure|job|stress|work|(?:big|grown|real|angry) (?:\w+ )?${oneOf(['guy', 'man', 'bloke', 'fella'])}s?)`,
      'freeze under pressure',
      String.raw`(?:can'?t|cannot) make (?:a )?decisions?`,
      String.raw`(?:don'?t|do not) (?:have|got) the (?:\w+ ){0,2}?(?:strength|brains|bottle|nerve|stomach|temperament)(?!\s+(?:to|left)\b)`,
      // "Eastern European men… They're usually up to no good", "Somalis run it, they're all at it"
      String.raw`(?:are|['’]?re) (?:usually|always|mostly) (?:${DEROGATORY}|up to something)`,
      String.raw`(?:are|['’]?re) all at it`,
      // "the Muslims moving in don't want to fit in, they want to take over"
      'want to take over',
      // "people with autism for customer service… they just aren't all there"
      String.raw`(?:aren'?t|are not) all there`,
      // "another woman driver at the roundabout. they should have to take the test twice"
      String.raw`should (?:all )?(?:have to|be made to|need to) (?:re-?)?(?:take|sit|resit|retake|pass) (?:the |their |a )?(?:\w+ )?(?:test|exam)`,
      String.raw`(?:shouldn'?t|should not) (?:even )?be (?:here|allowed (?:here|in)|in (?:this|our) country|let in)`,
      String.raw`(?:don'?t|do not) belong (?:here|in this country)`,
      'need to (?:go|be sent|be shipped) (?:back|home)',
      // "…the somalis. they should all be deported"
      String.raw`should (?:all )?be ${oneOf(['shot', 'hanged', 'hung', 'gassed', 'lynched', 'deported', 'exterminated', 'killed', 'burn(?:ed|t)', 'executed', 'sterili[sz]ed', 'wiped out', 'sent back', 'put down', 'rounded up'])}`,
      // "nothing against gay people but they shouldn't be teachers"
      String.raw`(?:shouldn'?t|should not|should never) be (?:allowed (?:to be |near |around )?)?${oneOf([
        ...ROLES_KEPT_FROM,
        'parents',
        'adopting',
        'allowed to adopt',
        '(?:near|around) (?:kids|children)',
      ])}`,
      // "Disabled kids in mainstream classes drag everybody else down. They should be in their own schools"
      String.raw`should (?:all |just |really )?${KEPT_APART}`,
      // "they've got no morals", "they all drive like that"
      String.raw`(?:have|['’]ve) (?:got )?no (?:morals|manners|shame|respect|class|culture)`,
      String.raw`(?:all )?drive like (?:that|maniacs|idiots|lunatics|animals)`,
      String.raw`can'?t park`,
      String.raw`(?:are|['’]?re) (?:all\s+)?(?:just\s+)?(?:${DEROGATORY})`,
      'live like (?:animals|pigs|savages|rats|vermin|cockroaches)',
      String.raw`(?:don'?t|do not) know how to (?:live|act|behave)`,
      // "these people know how to play the system"
      String.raw`know how to (?:play|work|milk|game|cheat) the system`,
      // "you can't help the Roma, they don't want to be helped", "they don't want to integrate, they want to take"
      String.raw`(?:don'?t|do not|never) want to ${oneOf(['be helped', 'integrate', 'assimilate', 'fit in', 'learn (?:english|the language)', 'work'])}(?=\s*(?:[.!?,;]|$|and\b|they\b))`,
      // "Those people just don't value life the way we do", "they just don't think like us"
      String.raw`(?:don'?t|do not) (?:value|respect) (?:human )?(?:life|lives|women|the law)(?: the way we do| like we do)?`,
      String.raw`(?:don'?t|do not) think like us`,
      // "These people are always causing problems"
      String.raw`(?:are|['’]?re) (?:always|forever|constantly) (?:causing|making|starting) (?:problems|trouble|fights)`,
      'hate (?:us|this country|our (?:country|way of life|values))',
      // "These people never learn how things work here", "they just don't care about anyone"
      'never (?:learn|change|integrate|assimilate|fit in)',
      String.raw`(?:don'?t|do not) care about (?:anyone|anybody|anything|the rules|the law|our \w+)`,
      String.raw`drag (?:everyone|everybody|us|the rest of us|the whole \w+)(?: else)? down`,
      // a vice told of them all: "Nobody hires an Indian plumber twice, they all cut corners"; "all" required ("they lie
      // about the accident" is one story)
      String.raw`(?<=\ball\s+)${oneOf(ALL_DO)}`,
    ])}\b`,
  'gi',
);
// A group swept whole. Two subjects: the group taken up again as one, by a sweeping pronoun ("they all", "every one of
// them", "none of them"; the group must be named just before: in the sentence or the one before it), or the group
// itself with "always" or "never" ("Women like her always play the victim"). Either way a sweep is only a remark with a
// maligning claim after it (SWEPT_CLAIM): "they all did brilliantly", "every one of them deserves a medal" say nothing.
const SWEPT_THEM = oneOf([
  String.raw`they(?:['’]re| are| were)? (?:all|always|never)`,
  String.raw`(?:all|every (?:single |last )?one|each (?:and every )?one|none|the (?:whole )?lot|half|most) of (?:them|em|'em)`,
]);
// A swear word or an intensifier between the article and the label: "a f***ing hazard", "a total liability"
const SWEAR_BEFORE = oneOf(['fucking', String.raw`f\*+ing`, 'bloody', 'total', 'complete', 'right']);
const HAZARD_WORDS = ['hazard', 'menace', 'danger', 'liability', 'joke', 'disgrace', 'nightmare', 'predator'];
// What is said of them: a maligning label after a copula ("every one of them is a ticking time bomb"), or a vice or a
// failing that sweeps ("they all drive like that", "none of them know how to live", "they never pay for anything")
const SWEPT_LABEL = String.raw`(?:${DEROGATORY}|${GROUP_PREDICATES}|${oneOf([
  'alike',
  'like that',
  'in on it',
  'at it',
  'a ticking time ?bomb',
  'ticking time ?bombs',
  'on a power trip',
  // "every single one of them is a f***ing hazard": the article before a swear word
  String.raw`a (?:${SWEAR_BEFORE} )?${oneOf(HAZARD_WORDS)}`,
  String.raw`on (?:benefits|handouts|welfare|the dole)`,
])})`;
// What they are said never to do: "they don't respect the law", "they never learn"
const SWEPT_REFUSED = oneOf([
  'respect',
  'pay (?:for|tax|their)',
  'work',
  'learn',
  'change',
  'integrate',
  'assimilate',
  'fit in',
  'queue',
  'obey',
  'follow the rules',
]);
// Hedges between the sweep and the deed: "they all just", "they're always really"
const SWEPT_HEDGE = String.raw`(?:${oneOf(['just', 'really', 'basically', 'honestly', 'literally', 'all', 'always', 'still'])} )*`;
const SWEPT_DEED = oneOf([
  // "they all drive like that", "every one of them drives like a menace"
  String.raw`drives? like (?:that|a (?:menace|maniac|lunatic|idiot)|maniacs|idiots|lunatics|animals)`,
  'plays? the victim(?: card)?',
  // "none of them know how to live quiet", "they never pay for anything", "they don't respect the law, none of them"
  String.raw`knows? how to (?:live|act|behave|drive|queue|work)`,
  String.raw`(?:don'?t|do not|doesn'?t|does not|never|won'?t) ${SWEPT_REFUSED}`,
  String.raw`thinks? the rules (?:don'?t|do not|doesn'?t) apply`,
  String.raw`(?:can'?t|cannot|never can) (?:read|speak|write) (?:english|the language)`,
  String.raw`(?:can'?t|cannot) (?:drive|be trusted|integrate)`,
  // "They can't hold their drink, none of them"
  String.raw`(?:can'?t|cannot) hold (?:their|your) (?:drink|booze|liquor|ale|beer)`,
  String.raw`hates? (?:us|this country|our (?:country|way of life|values))`,
  String.raw`live (?:\d+|\w+) to a (?:house|room|flat)`,
  String.raw`(?:cause|causes|start|starts) (?:trouble|problems|fights)`,
  String.raw`runs? the same (?:scams?|cons?|tricks?)`,
  'want to take over',
  ...ALL_DO,
]);
// A vice paired before the label: "half of them are just fat and lazy", "they're all loud, rude"
const SWEPT_PAIRED = oneOf(['fat', 'lazy', 'dirty', 'smelly', 'loud', 'rude', 'ignorant', 'thick', 'stupid', 'greedy', 'filthy', 'useless']);
const SWEPT_CLAIM = String.raw`(?:(?:is|are|['’]re|were|was)\s+${QUAL}(?:${SWEPT_PAIRED}(?:,| and) )?(?:(?:a|an)\s+)?${SWEPT_LABEL}|${SWEPT_HEDGE}${SWEPT_DEED})`;
// The sweep said after the claim: "they don't respect the law, none of them"
const SWEPT_TAIL = String.raw`(?:none|all|every (?:single |last )?one|the (?:whole )?lot) of (?:them|em|'em)\b`;
// A claim swept by a tail, with no pronoun before it: "These old codgers are useless, every last one of them", "F***ing
// animals, every last one.", "Too emotional for the job, every single one of them."
const SWEPT_AFTER_CLAIM = String.raw`(?:${DEROGATORY}|${oneOf(['too emotional', 'hysterical', String.raw`a (?:${SWEAR_BEFORE} )?${oneOf(HAZARD_WORDS)}`])})`;
const SWEPT_AFTER_TAIL = String.raw`(?:every (?:single |last )?one|each and every one|the (?:whole )?lot)(?: of (?:them|em|'em))?|all of (?:them|em|'em)`;
// Trust or honesty denied to every one of them: "Can't trust any of them", "Never an honest one among them", "All the
// same, that lot"
const NONE_HONEST = oneOf([
  String.raw`(?:can'?t|cannot|never|wouldn'?t|don'?t) trust (?:any|a single one|one) of (?:them|em|'em|that lot)`,
  String.raw`(?:never|not) (?:an?|one|a single) ${oneOf(['honest', 'decent', 'straight', 'law-abiding', 'trustworthy'])} ${oneOf(['one', 'man', 'person', 'bloke', 'soul'])} (?:among|amongst|in) (?:them|em|'em|the lot|that lot)`,
  String.raw`(?:all|just|exactly) the same,? (?:that|those|them|the whole|their) lot`,
]);
// What "none of them can" do, swept: "Especially you Indian drivers, none of you can drive", "none of them can be trusted"
const NONE_CAN = oneOf([
  'drive',
  'park',
  'queue',
  'cook',
  'speak (?:english|the language)',
  'be trusted',
  String.raw`hold (?:their|your) (?:drink|booze|liquor|ale|beer)`,
  'behave',
  'integrate',
  'do the job',
]);
// A vice made the group's name, as "lot": "Probably one of the Roma families from the flats, filthy lot", "the Turkish
// lads… dirty lot", "thieving lot the lot of them"; not "a dirty lot of dishes", not "parked in the dirty lot" (the
// epithet stands alone: after a comma or "that", "what a", and ends its clause)
const LOT_VICE = oneOf([
  'filthy',
  'dirty',
  'thieving',
  'lazy',
  'useless',
  'scrounging',
  'sneaky',
  'dodgy',
  'feral',
  'smelly',
  'stinking',
  'vile',
  'disgusting',
  'backward',
  'violent',
  'greedy',
  'savage',
  'worthless',
]);
// What stands before the epithet: a stop or a pointing word
const LOT_BEFORE = String.raw`(?:^|[,;:.!?…—–-]\s*|\b${oneOf(['that', 'what a', 'them', 'those', 'these', 'a right'])} )`;
// What ends it: its clause's end, "the lot of them", or the sweep going on ("…, dirty lot, they all…")
const LOT_AFTER = String.raw`\s*(?:[.!?,;:…)]|$|the (?:whole )?lot\b|${oneOf(['they', 'all', 'every', 'them'])}\b)`;
const LOT_EPITHET = String.raw`(?<=${LOT_BEFORE})${LOT_VICE} lot(?=${LOT_AFTER})`;
// "you know what they're like", "You know how those people are": the reader asked to fill in the stereotype
const KNOW_WHAT_THEYRE_LIKE = String.raw`(?:you|we all|everyone) knows? (?:what|how) (?:they|those people|these people|that lot|them lot)(?:['’]re| are)? (?:all )?(?:like|are)(?=\s*(?:[.!?,;]|$))`;
// Strength or skill in a sport, in the sentence: "beasts on the pitch, every last one"
const SPORT_PRAISE = /\b(?:on the (?:pitch|field|court|mats|ice)|in the (?:gym|ring|weight room)|at (?:the )?(?:gym|rugby|football|training))\b/i;
// Kind words after the sweep, in its sentence: "you know what they're like, always generous", "they all are. Lovely"
const KIND_AFTER = new RegExp(String.raw`^[^.!?\n]{0,30}?\b${oneOf([
  'generous',
  'lovely',
  'kind',
  'friendly',
  'welcoming',
  String.raw`hard[- ]?working`,
  'great',
  'brilliant',
  'amazing',
  'the best',
  'legends?',
  'gems?',
  'salt of the earth',
])}\b`, 'i');
// "every one of them is a ticking time bomb", "none of them know how to live", "Probably gay, they all drive like that"
const SWEPT = new RegExp(
  String.raw`\b${oneOf([
    String.raw`${SWEPT_THEM}\s+${SWEPT_CLAIM}`,
    String.raw`they\s+${SWEPT_CLAIM}(?=[^.!?\n]{0,24}?\b${SWEPT_TAIL})`,
    // "they're all the same", "Especially you boy racers from the Asian estates, you're all the same"
    String.raw`(?:they|you)(?:['’]re| are| were) (?:all|always)\s+${QUAL}(?:(?:a|an)\s+)?${SWEPT_LABEL}`,
    String.raw`they all are(?=\s*[.!?]|$)`,
    String.raw`none of (?:them|em|'em|you) (?:can|could|knows? how to) ${NONE_CAN}`,
    // "F***ing pensioners clogging up the post office. Put the lot of them in a home"
    String.raw`(?:put|stick|shove|lock) (?:the (?:whole )?lot of (?:them|em|'em)|them all|all of (?:them|em|'em)) (?:in (?:a |an )?${oneOf(['homes?', 'care homes?', 'institutions?', 'asylums?', 'camps?', 'cages?'])}|away)`,
    LOT_EPITHET,
    String.raw`they never can(?=\s*[.!?,;]|$)`,
    KNOW_WHAT_THEYRE_LIKE,
    // "useless, every last one of them", "animals, every last one."
    String.raw`${SWEPT_AFTER_CLAIM}[^.!?\n]{0,40}?,\s*(?:${SWEPT_AFTER_TAIL})(?=\s*(?:[.!?…]|$))`,
    NONE_HONEST,
  ])}\b`,
  'gi',
);
// "Women like her always play the victim", "Women cops are always on a power trip", "Travellers never change"
const GROUP_ALWAYS = new RegExp(
  String.raw`\b(?:${GROUP_NOUNS}|(?:${GROUP_ADJECTIVE}) (?:${PERSON_NOUN})s?)(?: like (?:her|him|them|that|this))?(?: \w+)?\s+(?:(?:are|were|['’]re)\s+)?(?:all\s+)?(?:always|never)\s+(?:${SWEPT_LABEL}|${SWEPT_HEDGE}(?:${SWEPT_DEED}|change|learn))\b`,
  'gi',
);
// "Every single time." as a sentence of its own, or "same story every time", sweeping one deed told just before into a
// people's habit: "Those Gypsies camped on the field have already nicked my neighbour's ladder. Every single time."
const EVERY_TIME_AGAIN = new RegExp(
  String.raw`(?:(?<=^|[.!?]\s{0,3})every\W{1,3}(?:single\W{1,3})?time(?=\W*$|\s*[.!?])|\bsame (?:story|thing|again),? every (?:single )?time\b)`,
  'gi',
);
// A group barred from hire, as a call: "Can we stop hiring people with autism for customer service", "Don't hire older
// women"; not "they don't hire women at that firm" (told, not called for), not "don't hire women just to fill a quota"
// What asks for the bar, before "stop hiring": "Can we", "We should", "please"
const HIRE_CALL = oneOf(['can we', 'we should', 'we need to', "let'?s", 'we must', 'please', 'just', 'so', "i'?d", 'i would', "i'?ll", 'i will']);
// Not a bar on the group: "…just to fill a quota", "…because of their race"
const HIRE_REASON = String.raw`\s+(?:just|only|simply|purely) (?:to|because|for)\b|\s+(?:because of|based on|for being)\b`;
const HIRE_STOP = oneOf(['stop', 'quit', "don'?t", 'do not', 'never']);
const HIRE_COUNT = oneOf(['any ?more ', 'any ', 'more ', 'another ', 'an? ']);
// "Can we stop letting disabled people work in retail", "Don't let women drive": a group let into work or a role
const LET_WORK = String.raw`(?:lett?ing|let|allowing|allow) (?:${GROUP_NOUNS}) ${oneOf(['work', 'drive', 'teach', 'join', 'serve', 'coach', 'referee', 'adopt', 'vote', 'run', 'become', 'into the (?:job|force|police|army|country)'])}\b`;
const NOT_HIRED = new RegExp(
  String.raw`(?<=(?:^|[.!?]\s*|\b${HIRE_CALL}\s+))${HIRE_STOP} (?:ever )?(?:hir(?:e|ing) ${HIRE_COUNT}?(?:\w+ )?(?:${GROUP_NOUNS}|${GROUP_SINGULAR})\b(?!${HIRE_REASON})|${LET_WORK})`,
  'gi',
);
// A vice put in a group's blood or upbringing: "Thieving is just what they do", "with these people it's in the blood",
// "Muslims won't ever integrate, it's just not in their culture", "It's how they're raised", "that's all their lot do"
const ESSENTIALISED = new RegExp(
  String.raw`\b${oneOf([
    String.raw`in (?:their|the) (?:blood|dna|genes|nature|culture)`,
    String.raw`how (?:they(?:['’]re| are| were)|their lot (?:are|is)) (?:raised|brought up|bred)`,
    String.raw`(?:is|it'?s|that'?s) (?:just |simply )?what they do`,
    String.raw`all (?:they|their lot|that lot|them lot) (?:do|know|are good for)(?=\s*(?:[.!?,;]|$))`,
    String.raw`(?:a |whole |the )?culture of ${oneOf(['drunks', 'drinking', 'crime', 'criminals', 'violence', 'thieves', 'thieving', 'theft', 'lying', 'scroungers', 'dependency'])}`,
    String.raw`(?<=not (?:\w+ )?(?:poverty|money|class|racism|education),? )(?:it'?s|its|it is) (?:their )?culture`,
    // "Violence is just part of the culture with them", "lying is part of their nature"
    String.raw`part of their (?:culture|dna|nature|religion)`,
    String.raw`part of the (?:culture|religion) (?:with|for|among) (?:them|those people|these people|that lot|their lot|them lot)`,
  ])}\b`,
  'gi',
);
// The vice that ESSENTIALISED puts in them, told in the sentence or the one before: "drinking", "violence", "thieving"
const ESSENTIAL_VICE = new RegExp(String.raw`\b${oneOf([
  String.raw`crim(?:e|es|inals?)`,
  String.raw`violen(?:ce|t)`,
  String.raw`thiev\w*`,
  String.raw`steal\w*`,
  String.raw`drink\w*`,
  String.raw`drunk\w*`,
  String.raw`scams?`,
  'fraud',
  'lying',
  'liars',
  'welfare',
  'benefits',
  'handouts',
  String.raw`terror\w*`,
  String.raw`kill\w*`,
  String.raw`stab\w*`,
  'shootings?',
  String.raw`integrat\w*`,
  'trouble',
  'lazy',
  String.raw`rob\w*`,
  String.raw`burglar\w*`,
  'domestics?',
])}\b`, 'i');
// The places a group is said to take over: "taking over the whole town", "every house on my street"
const TAKEN_PLACE = oneOf([
  'town',
  'city',
  'country',
  'streets?',
  'area',
  String.raw`neighbou?rhoods?`,
  'place',
  'high street',
  'estate',
  'houses?',
  'shops?',
  'corner shops?',
  'businesses',
  'schools?',
]);
// What may follow the place taken, besides the clause's end: "taking over the whole town now"
const TAKEN_PLACE_AFTER = oneOf(['and', 'now', 'already', 'too', 'in', 'on', 'round', 'around', 'with', 'like', 'these', 'nowadays']);
// A country, a town or the jobs taken by a group named just before: "the Chinese in this city are taking over everything",
// "These b*stards are taking over the whole town", "they come here, take the jobs", "Taking our jobs and our houses"
const TAKING = new RegExp(
  String.raw`\b(?:tak(?:e|es|ing)|took|steal(?:s|ing)?|stole|nick(?:s|ing)?) ${oneOf([
    // not "Immigrants take the jobs nobody else wants"
    String.raw`(?:all )?(?:our|the) (?:\w+ )?jobs(?!\s+(?:that |which )?(?:no ?one|nobody|others|locals)\b)`,
    // not "took over our street party": the place ends the clause
    String.raw`over (?:everything|every ${TAKEN_PLACE}|(?:our|the) (?:whole )?${TAKEN_PLACE}(?=\s*(?:[.!?,;:…]|$)|\s+${TAKEN_PLACE_AFTER}\b))`,
  ])}\b`,
  'gi',
);
// A denial just before the taking: "don't take our jobs", "aren't taking over anything", "never took"
const TAKING_DENIED = /(?:\bnot|n['’]?t|\bnever|\bno longer)\s+(?:even\s+|really\s+|actually\s+)?$/i;
// Praise in the sentence: "women are taking over the boardroom, love to see it"
const TAKING_PRAISED = /\b(?:love|great|brilliant|proud|good on|fair play|amazing|awesome|congrat\w*|well done|about time)\b/i;
// The deed told just before: a crime or trouble
const TROUBLE_TOLD = new RegExp(String.raw`${CRIME_TOLD.source}|\b${oneOf([
  'broken into',
  'suspects?',
  String.raw`mugg\w*`,
  'break-?ins?',
  'trouble',
  'kicking off',
  'begging',
  String.raw`drives? (?:badly|like)`,
  'passed out',
  'drunk',
  'fights?',
  'mess',
])}\b`, 'i');
// A people's whole community blamed for crime, as official warnings and old hands put it: "a rise in thefts linked to the
// Traveller community", "most break-ins in the area are carried out by members of the local Traveller community"; not a
// suspect described ("two men described as Eastern European"), not crime against a community ("attacks on the Muslim
// community"): the community is the doer
const COMMUNITY_BLAMED = new RegExp(
  String.raw`\b${oneOf(['linked to', 'carried out by', 'committed by', 'blamed on', 'down to', 'caused by', 'coming from'])} (?:members of )?(?:the )?(?:local |same )?(?:${GROUP_SINGULAR}|${TYPICAL_OF}|eastern european) communit(?:y|ies)\b`,
  'gi',
);
// The crime or trouble COMMUNITY_BLAMED puts on the community, in its sentence
const COMMUNITY_CRIME = new RegExp(String.raw`${TROUBLE_TOLD.source}|\b${oneOf(['thefts?', 'crimes?', 'scams?', 'burglaries', 'robberies', 'violence', 'anti-?social', 'drugs', 'begging', 'fly-?tipping'])}\b`, 'i');
// A group named by a noun or a singular member: "an immigrant", "a Muslim", "Romanians", "women"
const MENTION_BEFORE = oneOf(['a', 'an', 'another', 'some', 'this', 'that', 'the', 'was', 'is', 'were', 'are', "'s"]);
// A disabled person named by the disability, for a pronoun or "kids like that" after it: "the deaf kid at the school",
// "Autistic kid screaming on the plane", "don't post anyone autistic here, they can't handle the pressure"
const DISABILITY = oneOf(['disabled', 'handicapped', 'autistic', 'deaf', 'blind', 'wheelchair', String.raw`down(?:['’]?s)? syndrome`, String.raw`down['’]?s`, 'special needs']);
const DISABLED_MEMBER = String.raw`(?:${DISABILITY} (?:${PERSON_NOUN}|lad|boy)|${oneOf(['anyone', 'anybody', 'someone', 'somebody'])} ${DISABILITY})`;
const GROUP_MENTION = new RegExp(String.raw`\b(?:${GROUP_NOUNS}|${MENTION_BEFORE} (?:\w+ )?(?:${GROUP_SINGULAR})|${DISABLED_MEMBER})\b`, 'i');
// Foreignness said without a group's name: "that whole family's from over the border", "half my street doesn't speak English"
const OTHERED_CUE = new RegExp(String.raw`${FOREIGN_CUE.source}|\b(?:doesn'?t|don'?t|can'?t|cannot) (?:even )?speak (?:a word of |any )?english\b`, 'i');
// Whom SWEPT and EVERY_TIME_AGAIN sweep: a group or an identity word ("gay", "Muslim") named, or foreignness said
// (OTHERED_CUE), in the sentence or the one before it; also their gate
const SWEPT_GROUP = new RegExp(String.raw`${GROUP_MENTION.source}|${IDENTITY_WORDS}|${OTHERED_CUE.source}`, 'i');

// Gates (CueRow.gates): what every finding of a row needs in the post, so the keyword pass skips the row in a post with
// none of their words. The rows' own literals may be common words ("are", "is", "time", "going down") where a group's
// name would be the rarer pick but for a few common group words ("women", "old people"); the gates keep the group.
// Soundness: each is a part of its row's pattern (GENERALISED, EXASPERATED_GROUP; CRIME_BLAME names GROUP_NOUNS or
// GROUP_PLACE in every branch) or what a veto asks for (GROUP_MENTION, asked by groupJustBefore and, as GROUP_RE, in
// LOCK_UP's sentence).
const GENERALISED_GATE = new RegExp(GENERALISED, 'i');
// PRONOUN_MALIGN's: a group named, or an identity word that "these people" may take up
const PRONOUN_GATE = new RegExp(String.raw`${GROUP_MENTION.source}|${IDENTITY_WORDS}`, 'i');
const EXASPERATED_GATE = new RegExp(EXASPERATED_GROUP, 'i');
const BLAMED_GATE = new RegExp(String.raw`${GROUP_NOUNS}|${GROUP_PLACE}|${BLAMED_MEMBERS}`, 'i');
// Predicates that malign only with a group in the post: "these people are all crooks" is about bankers just as often
const SOFT_PREDICATE = /\b(?:thieves|crooks|liars|scammers|fraudsters|scroungers|spongers|benefit cheats|fakers|faking it|con artists|pickpockets)\b/i;

// Verbs and frames that put a double-quoted remark in someone else's mouth or on a wall: 'someone spray-painted "…"',
// 'if you think "…" is a reasonable take', '"…" - said someone to my wife'
const QUOTE_FRAME = new RegExp(
  String.raw`\b(?:${SPEECH_VERBS}|${oneOf([
    String.raw`think(?:s|ing)?`,
    'thought',
    String.raw`believe[sd]?`,
    String.raw`writ(?:e|es|ing|ten)`,
    String.raw`post(?:s|ed|ing)?`,
    String.raw`comment(?:s|ed|ing)?`,
    String.raw`typ(?:e|ed|ing)`,
    String.raw`(?:spray-?)?paint(?:ed|ing)`,
    'sprayed',
    'scrawled',
    String.raw`graffiti`,
    String.raw`read(?:s|ing)?`,
    String.raw`sign(?:s)?`,
    'whoever',
    'someone',
    'take',
    // (issue 11, session 31) 'Quoting a guy at my kids' bus stop today: "those people should go back…"', '"Go back
    // where you came from" under a photo of injera': a remark quoted, a comment left under a post
    String.raw`quot(?:e|es|ed|ing)`,
    String.raw`under\s+(?:a|the|my|our|his|her|their)\s+(?:photo|picture|pic|post|video)`,
  ])})\b`,
  'i',
);
/**
 * Does the offset sit inside double quotes, in a sentence whose words outside the quotes put them in someone else's
 * mouth (QUOTE_FRAME)? The quotes must close in the sentence: an unclosed one is emphasis as often as a quote.
 */
function inQuotesOfOthers(c: BiasText, index: number): boolean {
  const seg = sentenceAt(c.segs, index, c.text.length);
  const before = c.text.slice(seg.start, index);
  const open = QUOTE_OPEN.exec(before);
  if (!open) return inSingleQuotesOfOthers(c, seg, before, index);
  const after = c.text.slice(index, seg.end);
  const close = after.search(/["”]/);
  if (close < 0) return false;
  return QUOTE_FRAME.test(before.slice(0, open.index) + ' ' + after.slice(close + 1));
}
// A passage in single quotes, opened after a space and closed before one, its contractions kept: "sending these 'my
// Muslim neighbours are terrorists' posts", "'they don't belong here' signs"
const SINGLE_OPEN = /(?:^|[\s(:])['‘](?=[a-z0-9]|$)((?:[^'‘’]|(?<=[a-z])['’](?=[a-z]))*)$/i;
const SINGLE_CLOSE = /^(?:[^'‘’]|(?<=[a-z])['’](?=[a-z]))*?['’](?![a-z0-9])/i;
/**
 * The same for a remark in single quotes, three words at least (a scare-quoted word, "so-called 'refugees'", is the
 * author's sneer, not someone else's remark).
 */
function inSingleQuotesOfOthers(c: BiasText, seg: Segment, before: string, index: number): boolean {
  const open = SINGLE_OPEN.exec(before);
  if (!open) return false;
  const after = c.text.slice(index, seg.end);
  const close = SINGLE_CLOSE.exec(after);
  if (!close) return false;
  const passage = open[1]! + after.slice(0, close[0].length - 1);
  if (passage.trim().split(/\s+/).length < 3) return false;
  return QUOTE_FRAME.test(before.slice(0, open.index) + ' ' + after.slice(close[0].length));
}
/** Does a text hold a closed double-quoted passage that its words outside the quotes give to someone else (QUOTE_FRAME)? */
export function quotesOthers(text: string): boolean {
  const outside = text.replace(/["“][^"”]{3,}["”]/g, ' ');
  return outside !== text && QUOTE_FRAME.test(outside);
}
// A hatred denied just before "I hate…": "doesn't mean I hate the homeless", "it's not that we hate immigrants"
const HATE_DENIED = /\b(?:not|never|doesn'?t|does not|don'?t|do not|didn'?t|isn'?t|wasn'?t)\b[^.!?\n]{0,16}$/i;
/** Is the match between quotes: 'a "tranny"', "the word 'faggot'"? */
const quoted = (text: string, start: number, length: number) => /['‘"“]$/.test(text.slice(0, start)) && /^['’"”]/.test(text.slice(start + length));
// The word itself talked about: "calling someone a ...", "the word ...", "that slur"
const WORD_TALK = new RegExp(String.raw`\b${oneOf([
  'call(?:s|ed|ing)?',
  'word',
  'term',
  'slur',
  'says?',
  'saying',
  'said',
  'banter',
  'abuse',
  'abusive',
  'shout(?:s|ed|ing)?',
  'use',
  'using',
])}\b`, 'i');
// Just before a slur, it is named or someone's abuse reported: "the word …", "called my friend a …"
const SLUR_REPORTED = new RegExp(
  String.raw`\b${oneOf([
    'the (?:word|term|slur|insult)',
    '(?:was|were|got|been|being) called (?:a |an )?',
    // (issue 11, session 31) "My mom called her pharmacist a … once in 1994 and still apologizes"
    String.raw`called (?:me|him|her|us|them|my \w+|our \w+|his \w+|her \w+|their \w+) (?:a |an )?`,
    // "they used to call my mom …"
    String.raw`(?:used? to|would) call (?:me|him|her|us|them|my \w+|our \w+|his \w+) (?:a |an )?`,
    'calling (?:me|him|her|us|them) (?:a |an )?',
    // "had the nerve to call me a …", "don't call us …": the word said to the author, reported
    'calls? (?:me|us) (?:a |an )?',
  ])}\s*['‘"“]?$`,
  'i',
);
// A stereotype named as a phrase people say: "women can't drive jokes"
const NAMED_AS_PHRASE = /^['’"”]?\s+(?:jokes?|memes?|clich[eé]s?|tropes?|stereotypes?|crap|nonsense|bs|line|lines|comments?)\b/i;

/** What the rows read, computed once per post. */
interface BiasText extends CueText {
  /** The text with masked and leetspeak words read as letters ("n1gger"). */
  norm: string;
  /** The text was read off a picture (OCR): its words may be fragments. */
  ocr: boolean;
  segs: readonly Segment[];
  /** The text of the sentence around an offset. */
  sentence(index: number): string;
  /** A protected identity is named or evoked somewhere in the post. */
  identity: boolean;
  /** An identity or a group is named somewhere in the post. */
  group: boolean;
}

// An anti-bias statement, a quote or a report in the sentence: "not all Muslims are terrorists"; or the remark in
// double quotes, someone else's: 'To whoever wrote "trans people are mentally ill" under her photo'
const guarded: Veto<BiasText> = (m, c) => GUARD.test(c.sentence(m.index)) || inQuotesOfOthers(c, m.index);
// "they're not animals, the lot of them"
// "Women can't drive jokes were old in 1985": the stereotype named as a joke, not asserted
const namedAsPhrase: Veto<BiasText> = (m, c) => NAMED_AS_PHRASE.test(c.text.slice(m.index + m[0].length));
// 'Heard a man tell his daughter "girls can't do maths"': someone else's words, quoted
const QUOTE_OPEN = /["“]([^"”]*)$/;
// "A classmate told my daughter that girls can't do maths": reported, without quotes
// "my coworker said women can't do maths": someone else's words, reported without quotes or "that"
const TOLD_THAT = new RegExp(String.raw`(?:${SPEECH_VERB.source}[^.!?"“]{0,40}\bthat|${SAYS.source})\s+$`, 'i');
/** The text of the sentence around an offset, up to the offset. */
const sentenceBefore = (c: BiasText, index: number): string => c.text.slice(sentenceAt(c.segs, index, c.text.length).start, index);
const quotedSpeech: Veto<BiasText> = (m, c) => {
  const before = sentenceBefore(c, m.index);
  const open = QUOTE_OPEN.exec(before);
  return (open !== null && SPEECH_VERB.test(before.slice(0, open.index))) || TOLD_THAT.test(before);
};
const negatedBefore: Veto<BiasText> = (m, c) => NEGATED.test(c.text.slice(Math.max(0, m.index - 12), m.index));
// The whole group word is one of the vague ones ("those people", "you people")
const VAGUE_ONLY = new RegExp(`^(?:${VAGUE_GROUP})$`, 'i');
const vagueOf = (m: RegExpExecArray) => VAGUE_ONLY.test(m[1]!);

/** The text from the start of the sentence before an offset's (or its own, the first) up to the offset. */
function textJustBefore(c: BiasText, index: number): string {
  const seg = sentenceAt(c.segs, index, c.text.length);
  const prev = c.segs.filter((x) => x.end <= seg.start).pop();
  return c.text.slice(prev ? prev.start : seg.start, index);
}

/**
 * Is a group named just before an offset, in its sentence or the one before ("…was an immigrant. They can't drive")?
 * `identity`: an identity word counts too ("Another Somali gang on the estate. They should go back").
 */
function groupJustBefore(c: BiasText, index: number, identity = false): boolean {
  const before = textJustBefore(c, index);
  return GROUP_MENTION.test(before) || (identity && IDENTITY_CUE.test(before));
}

/** A sweeping remark about the group, dropped when its sentence is guarded or reports it as speech; `name` is the regex's constant. */
const remark = (name: string, description: string, pattern: RegExp, confidence: number, messageId: string): CueRow<BiasText> => ({
  name,
  description,
  pattern,
  confidence,
  messageId,
  vetoes: [guarded, quotedSpeech],
});

/** Bias rows, walked in order. */
const BIAS_CUES: CueRow<BiasText>[] = [
  {
    name: 'SLUR',
    description: 'a slur, also masked or in leetspeak (the list in bias-words.ts; not "the tranny on my truck")',
    pattern: SLUR_RE,
    on: (c) => c.norm,
    confidence: (m) => SLUR_PARTS.find((p) => p.re.test(m[0]))?.confidence ?? 0.8,
    messageId: 'slur',
    // "rebuilt the tranny on my truck": the gearbox, not a person; "nipped out for a fag": the cigarette
    vetoes: [(m, c) => /^trann/.test(m[0]) && CAR.test(c.text), (m, c) => /^fags?$/.test(m[0]) && SMOKING.test(c.sentence(m.index)),
      // "the dog ran a coon up the pole": the raccoon
      (m, c) => /^coons?$/.test(m[0]) && WILDLIFE.test(c.sentence(m.index)),
      // "Whitey Bulger", "' Whitey ' Ford": a nickname before a surname
      (m, c) => /^whitey$/.test(m[0]) && /^Whitey\W{0,4}[A-Z][a-z]/.test(c.text.slice(m.index)),
      // 'Calling someone a "tranny" isn't banter': the word quoted to be talked about, not used
      (m, c) => quoted(c.text, m.index, m[0].length) && (GUARD.test(c.sentence(m.index)) || WORD_TALK.test(c.sentence(m.index))),
      // "the word kike is a slur", "my friend was called a n***** at school": the word named or the abuse reported
      (m, c) => SLUR_REPORTED.test(c.text.slice(Math.max(0, m.index - 40), m.index)),
      // "I'm a dyke and proud", "half breed like me": the author reclaims the word for themselves
      (m, c) =>
        SELF_BEFORE.test(sentenceBefore(c, m.index)) ||
        (/s$/.test(m[0]) && SELVES_BEFORE.test(sentenceBefore(c, m.index))) ||
        SELF_AFTER.test(c.text.slice(m.index + m[0].length)),
      // "…from his house last nig…": a word cut off where a tweet was truncated
      (m, c) => CUT_WORD.test(m[0]) && CUT_OFF.test(c.text.slice(m.index + m[0].length)),
      // "my nigga", "I'm a real nigga", "wassup niggah": the reclaimed spelling said of a friend, the author or someone greeted
      (m, c) => reclaimedUse(c, m),
      // "Six queers, one turkey" at Friendsgiving with the chosen fam; "our team is called the …": the community's own word
      (m, c) => reclaimedInGroup(c, m) || ownGroupName(c, m.index),
      // "NIG" read off a badge: text read from a picture loses letters at a region's edge as a truncated tweet does, so
      // a three-letter slur that also starts an ordinary word (NIGHT, JAPAN) is a fragment there, not a word
      (m, c) => c.ocr && m[0].length <= 3 && CUT_WORD.test(m[0])],
  },
  {
    name: 'SLUR_SPELLED',
    description: 'a slur spelt out letter by letter: "k-i-k-e", "s p i c s", "c.h.i.n.k"',
    pattern: SPELLED_OUT,
    confidence: (m) => spelledSlur(m[0])?.confidence ?? 0.8,
    messageId: 'slur',
    // the SLUR row reads the spellings it lists ("n i g g e r") first
    disjoint: true,
    vetoes: [(m) => !spelledSlur(m[0]), (m, c) => SLUR_REPORTED.test(c.text.slice(Math.max(0, m.index - 40), m.index))],
  },
  {
    name: 'SLUR_FUSED',
    description: 'a slur run together with other words, as in a hashtag: "#stopthekikes", "deportthewetbacks"',
    pattern: SLUR_FUSED_RE,
    on: (c) => c.norm,
    confidence: 0.85,
    messageId: 'slur',
    // the SLUR row reads the word alone first
    disjoint: true,
    vetoes: [
      // a slur alone is the SLUR row's, with its vetoes ("I'm a …": the author's own word)
      (m) => SLUR_PARTS.some((p) => p.re.test(m[0].replace(/^#/, ''))),
      (m, c) => SLUR_REPORTED.test(c.text.slice(Math.max(0, m.index - 40), m.index)),
      (m, c) => quoted(c.text, m.index, m[0].length) && (GUARD.test(c.sentence(m.index)) || WORD_TALK.test(c.sentence(m.index))),
    ],
  },
  {
    name: 'GENERALISATION',
    description: '"Those people from that neighborhood are all animals", "illegals are criminals", "women are so stupid"',
    pattern: GENERALISATION,
    gates: [GENERALISED_GATE],
    confidence: (m) => (vagueOf(m) ? 0.75 : 0.85),
    messageId: 'generalisation',
    vetoes: [
      guarded,
      quotedSpeech,
      (m) => NEGATED.test(m[2] ?? '') || NEGATED.test(m[3] ?? ''),
      // "those Polish lads at the gym are beasts, squatting twice my weight": strength praised
      (m, c) => /^(?:beasts|animals|monsters)$/i.test(m[4] ?? '') && PRAISE_AFTER.test(c.text.slice(m.index + m[0].length)),
      // "are looked at as a drain on society" reports a stigma rather than asserting it
      (m) => REPORTED.test(m[3] ?? ''),
      // "The politician's comments about disabled people were disgusting": the group is what the subject is about
      (m, c) => ABOUT_GROUP.test(sentenceBefore(c, m.index)),
      (m, c) => vagueOf(m) && SOFT_PREDICATE.test(m[4] ?? '') && !IDENTITY_CUE.test(c.text),
      // "those people" needs a cue that it means a group ("from that neighborhood", "all of them")
      (m, c) =>
        vagueOf(m) &&
        !/^(?:you people|their kind|that kind|those types|these types)$/i.test(m[1]!) &&
        !VAGUE_CUE.test(c.sentence(m.index)) &&
        !TRAILING_ALL.test(c.text.slice(m.index + m[0].length)),
    ],
  },
  {
    name: 'EXPEL_BARE',
    description: '"ship them all back" when the sentence names a group: "Those illegals keep flooding in, ship them all back"',
    pattern: EXPEL_BARE,
    confidence: 0.75,
    messageId: 'expel',
    vetoes: [
      (m, c) => !GROUP_RE.test(c.sentence(m.index)) && !DEHUMANISED_RE.test(c.sentence(m.index)) && !groupJustBefore(c, m.index) && !FOREIGN_CUE.test(c.text),
      guarded,
    ],
  },
  {
    name: 'HARM_BARE',
    description: 'A call to kill them all, with a group named in the sentence or just before: "Muslims everywhere now. Gas them all"',
    pattern: HARM_BARE,
    confidence: 0.75,
    messageId: 'expel',
    vetoes: [
      (m, c) => !GROUP_RE.test(c.sentence(m.index)) && !DEHUMANISED_RE.test(c.sentence(m.index)) && !groupJustBefore(c, m.index, true),
      guarded,
      negatedBefore,
      quotedSpeech,
      (m, c) => HARM_REPORTED.test(sentenceBefore(c, m.index)),
    ],
  },
  {
    name: 'EXPEL_SWEEPING',
    description: 'A whole people sent away with no group named: "Deport the lot of them", "deport them all", "send every last one of them back"',
    pattern: EXPEL_SWEEPING,
    confidence: 0.75,
    messageId: 'expel',
    // "the minister vowed to deport them all": reported; "sent them all back" with no people in the post: the parcels
    vetoes: [guarded, quotedSpeech, negatedBefore, (m, c) => HARM_REPORTED.test(sentenceBefore(c, m.index)),
      (m, c) => !/^(?:deport\b|\S+ every )/i.test(m[0]) && !c.group && !FOREIGN_CUE.test(c.text)],
  },
  {
    name: 'VAGUE_OTHERED',
    description: 'A vague group given what is said only of a people: "these people don\'t belong here", "those people come over here and take everything"',
    pattern: VAGUE_OTHERED,
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [guarded, quotedSpeech, negatedBefore],
  },
  {
    name: 'HARM_GROUP',
    description: 'A call to kill or wipe out a named group: "kill all the Muslims", "gas the Jews", "nuke the Arabs"',
    pattern: HARM_GROUP,
    confidence: 0.85,
    messageId: 'expel',
    // "jailed for a plot to kill Muslims", "don't kill the immigrants' hopes"
    vetoes: [guarded, negatedBefore, (m, c) => HARM_REPORTED.test(sentenceBefore(c, m.index))],
  },
  {
    name: 'GO_HOME',
    description: 'Told to go home, with a group named in this sentence or the one before: "these Indians drive like they\'re in a rickshaw, go back home", "learn English or go home"',
    pattern: GO_HOME,
    confidence: 0.7,
    messageId: 'expel',
    vetoes: [
      // "learn English or go home" names its target by itself
      (m, c) => !/^(?:learn|speak)\b/i.test(m[0]) && !groupJustBefore(c, m.index, true) && !GROUP_MENTION.test(c.sentence(m.index)),
      (m, c) => /^(?:all\s+)?go/i.test(m[0]) && GO_HOME_INNOCENT.test(c.text.slice(m.index + m[0].length)),
      (m, c) => /\b(?:i|we|i'?ll|we'?ll|i'?m|let'?s|you can|can i|time to)\s+(?:\w+\s+)?$/i.test(c.text.slice(Math.max(0, m.index - 20), m.index)),
      guarded,
      negatedBefore,
      quotedSpeech,
    ],
  },
  {
    name: 'BREED',
    description: 'A group said to breed like animals: "Muslims breed like rabbits", "those people breed like rats", "They breed like rabbits and we pay for it"',
    pattern: BREED,
    confidence: 0.8,
    messageId: 'generalisation',
    // with no group in the post, only people breeding like animals ("they", "those people"; not "they breed horses"),
    // and no pets in it
    vetoes: [
      guarded,
      (m, c) =>
        !c.group &&
        (!BREEDER_PEOPLE.test(sentenceBefore(c, m.index)) ||
          BREEDING_ANIMAL.test(c.text.slice(0, m.index)) ||
          BREEDING_ANIMAL.test(c.text.slice(m.index + m[0].length))),
    ],
  },
  {
    ...remark('CRIME_BLAME', 'Crime or disease blamed on a group: "Haitians bring disease and crime", "most of the burglaries are down to the Albanians"', CRIME_BLAME, 0.75, 'generalisation'),
    gates: [BLAMED_GATE],
    // "if you want to stop the Hindus turning Riverside into…" is the call itself, not a plot reported
    vetoes: [guarded, negatedBefore, (m, c) => NEGATED.test(m[0]) || (!/^stop/i.test(m[0]) && HARM_REPORTED.test(sentenceBefore(c, m.index)))],
  },
  {
    ...remark('GROUP_KEPT_OUT', 'A group kept out of a role or a place: "gays shouldn\'t be teachers", "Syrians shouldn\'t be allowed anywhere near our schools"', GROUP_KEPT_OUT, 0.75, 'expel'),
    // "…, says some guy on the radio": someone else's view reported
    vetoes: [guarded, namedAsPhrase, (m, c) => SAYS.test(c.sentence(m.index)),
      // "Pensioners should stay home during the heatwave": advice for their own safety
      (m, c) => !/\b(?:shouldn'?t|should not|should never|must not|mustn'?t)\b/i.test(m[0]) && KEPT_SAFE.test(c.sentence(m.index))],
  },
  remark('GROUP_EPITHET', 'An epithet fused to a group name: "filthy Muslims", "dirty Jews", "stinking immigrants"', GROUP_EPITHET, 0.8, 'generalisation'),
  remark('PROPHET_MALIGNED', 'A faith\'s prophet or god maligned: "mohammed was a pedophile", "allah is satan"', PROPHET_MALIGNED, 0.75, 'generalisation'),
  {
    ...remark('GROUP_RUINED', 'A group, or its marriages or identity, blamed for ruining a place: "Gay marriage ruined this country", "Boomers wrecked the economy"', GROUP_RUINED, 0.7, 'generalisation'),
    // "People who say immigrants ruined this town…": someone else's view; "haven't really ruined": denied
    vetoes: [guarded, quotedSpeech, namedAsPhrase, negatedBefore, (m, c) => SAYS.test(sentenceBefore(c, m.index)) || NEGATED.test(m[0])],
  },
  {
    name: 'LIFESTYLE_MALIGNED',
    description: 'A gay or trans "lifestyle" tied to disease, vice or sin: "the queer lifestyle… STDs and sexual deviancy", "That lifestyle is a mental illness"',
    pattern: LIFESTYLE_MALIGNED,
    requires: (c) => QUEER_CUE.test(c.text),
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [guarded, quotedSpeech, negatedBefore],
  },
  {
    name: 'SOFT_SLUR_POINTED',
    description: 'A soft slur pointed at people in English: "these hood negros", "has a negro problem", "black spooks"',
    pattern: SOFT_SLUR_POINTED,
    confidence: 0.8,
    messageId: 'slur',
    vetoes: [guarded, quotedSpeech],
  },
  remark('IDENTITY_DISEASE', 'A faith, orientation or identity called a disease: "Islam is a cancer", "homosexuality is a mental illness"', IDENTITY_DISEASE, 0.8, 'generalisation'),
  {
    name: 'TOKEN_CUE',
    description: 'a hire put down to a quota, with a protected group in the post: "token hire", "box-ticking", "to meet the quota"',
    pattern: TOKEN_CUE,
    requires: (c) => PROTECTED_PERSON.test(c.text),
    confidence: 0.65,
    messageId: 'generalisation',
    vetoes: [guarded],
  },
  {
    name: 'DEMONSTRATIVE_DEHUMANISING',
    description: 'A dehumanising label with a protected group named or evoked in the post: "another Pride parade… those degenerates"',
    pattern: DEMONSTRATIVE_DEHUMANISING,
    requires: (c) => c.identity,
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [guarded],
  },
  {
    name: 'SCARE_QUOTED',
    description: 'Scare-quoted identities deny them: "trans \'women\'", "the \'disabled\' people in the blue badge bays", "so-called \'refugees\'"',
    pattern: SCARE_QUOTED,
    confidence: 0.7,
    messageId: 'generalisation',
    // a term being reported or discussed: "the headline said the 'refugees'…", "the word 'disabled'" (a "so-called" is
    // the sneer itself unless someone is named as calling it that)
    vetoes: [guarded, (m, c) => /\b(?:said|says|term|word|label|(?<!so-)called|so-called by|quote|headline)\b/i.test(c.sentence(m.index))],
  },
  {
    name: 'SWEEPING',
    description: 'A maligning remark that sweeps the whole group: "Mentally ill, the lot of them", "thieves, every one of them"',
    pattern: SWEEPING,
    // a group named, or a stand-in for one: "certain folks just can't help themselves, it's in the culture"
    requires: (c) => c.group || CERTAIN_ONES.test(c.text),
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [guarded, negatedBefore],
  },
  {
    name: 'LABELLED_GROUP',
    description: 'A group word joined to a dehumanising label: "the rainbow freaks", "alphabet mafia", "immigrant vermin"',
    pattern: LABELLED_GROUP,
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [guarded, (m, c, made) => c.group && negatedBefore(m, c, made)],
  },
  {
    name: 'CLOSET',
    description: 'Back into the closet: "can\'t wait for them to crawl back into the closet"',
    pattern: CLOSET,
    requires: (c) => c.group,
    confidence: 0.7,
    messageId: 'expel',
    vetoes: [guarded, negatedBefore],
  },
  {
    name: 'PRONOUN_MALIGN',
    description: 'A group mentioned, then maligned by pronoun in the next breath: "…was an immigrant. They can\'t drive and they shouldn\'t be here"',
    pattern: PRONOUN_MALIGN,
    gates: [PRONOUN_GATE],
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [
      // the group must be named just before: in this sentence or the one before it; "these people" may take up an
      // identity word ("Called out to the mosque again. These people are always causing problems")
      (m, c) => !groupJustBefore(c, m.index, /^(?:these|those|them|you) people\b/i.test(m[0])),
      guarded,
      // "Spoke to the elderly couple, they should stay home until the ice clears": advice for their own safety
      (m, c) => KEPT_APART_RE.test(m[0]) && KEPT_SAFE.test(c.sentence(m.index)),
    ],
  },
  {
    name: 'SWEPT',
    description: 'A group named, then swept whole with a maligning claim: "…the Poles next door. None of them know how to live", "Probably gay, they all drive like that"',
    pattern: SWEPT,
    gates: [SWEPT_GROUP],
    confidence: 0.7,
    messageId: 'generalisation',
    // the group (SWEPT_GROUP) named in this sentence or the one before it
    vetoes: [(m, c) => !SWEPT_GROUP.test(textJustBefore(c, m.index)), guarded, quotedSpeech, negatedBefore,
      // "You know what they're like, always generous": the sweep is praise
      (m, c) => KIND_AFTER.test(c.text.slice(m.index + m[0].length)),
      // "The women on the rugby team are beasts on the pitch, every last one": strength praised
      (m, c) => SPORT_PRAISE.test(c.sentence(m.index)),
      // "They all are." says what the sentence before said of one of them: only trouble is swept
      (m, c) => /^they all are$/i.test(m[0]) && !TROUBLE_TOLD.test(textJustBefore(c, m.index))],
  },
  {
    name: 'EVERY_TIME_AGAIN',
    description: 'A deed by a group told, then swept into their habit: "Those Gypsies nicked my neighbour\'s ladder. Every single time."',
    pattern: EVERY_TIME_AGAIN,
    gates: [SWEPT_GROUP],
    confidence: 0.65,
    messageId: 'generalisation',
    // the group and the deed in this sentence or the one before it
    vetoes: [
      (m, c) => {
        const before = textJustBefore(c, m.index);
        return !SWEPT_GROUP.test(before) || !TROUBLE_TOLD.test(before);
      },
      guarded,
      quotedSpeech,
    ],
  },
  {
    ...remark('GROUP_ALWAYS', 'A group said always or never to do a maligned thing: "Women like her always play the victim", "Travellers never change"', GROUP_ALWAYS, 0.7, 'generalisation'),
    vetoes: [guarded, quotedSpeech, negatedBefore, namedAsPhrase],
  },
  {
    ...remark('NOT_HIRED', 'A group barred from hire, as a call: "Can we stop hiring people with autism", "Don\'t hire older women"', NOT_HIRED, 0.75, 'expel'),
    vetoes: [guarded, quotedSpeech, (m, c) => SAYS.test(sentenceBefore(c, m.index))],
  },
  {
    name: 'ESSENTIALISED',
    description: 'A vice put in a group\'s blood or upbringing: "Those travellers… thieving is just what they do", "with these people it\'s in the blood, the drinking"',
    pattern: ESSENTIALISED,
    gates: [SWEPT_GROUP],
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [
      // the group (SWEPT_GROUP) named in this sentence or the one before it, and a vice told around it
      (m, c) => !SWEPT_GROUP.test(textJustBefore(c, m.index)),
      (m, c) => !ESSENTIAL_VICE.test(textJustBefore(c, m.index) + c.sentence(m.index)),
      guarded,
      quotedSpeech,
    ],
  },
  {
    name: 'TAKING',
    description: 'A town or the jobs taken by a group named just before: "the Chinese in this city are taking over everything", "Poles… taking our jobs"',
    pattern: TAKING,
    gates: [SWEPT_GROUP],
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [
      (m, c) => !SWEPT_GROUP.test(textJustBefore(c, m.index)),
      guarded,
      quotedSpeech,
      negatedBefore,
      // "Immigrants don't take our jobs": NEGATED reads "not" and a bare "n't", not "don't" as one word
      (m, c) => TAKING_DENIED.test(c.text.slice(Math.max(0, m.index - 20), m.index)),
      (m, c) => TAKING_PRAISED.test(c.sentence(m.index)),
    ],
  },
  {
    ...remark('COMMUNITY_BLAMED', 'A people\'s community blamed for crime: "a rise in thefts linked to the Traveller community"', COMMUNITY_BLAMED, 0.7, 'generalisation'),
    vetoes: [guarded, quotedSpeech, negatedBefore, (m, c) => !COMMUNITY_CRIME.test(c.sentence(m.index))],
  },
  {
    name: 'HATE_CODE',
    description: 'A hate movement\'s code or dog whistle: "1488", "white genocide", "race traitors", "(((globalists)))"',
    pattern: HATE_CODE,
    confidence: 0.8,
    messageId: 'default',
    // "graffiti reading 1488 on the mosque wall", "the great replacement conspiracy theory": reported, not used
    vetoes: [
      guarded,
      (m, c) => CODE_REPORTED.test(c.sentence(m.index)),
      // "one called me a race traitor lol": the name someone was called; "our D&D group calls itself the Gay Agenda": a name
      (m, c) => quoted(c.text, m.index, m[0].length) || CALLED_NAME.test(c.sentence(m.index)) || ownGroupName(c, m.index),
    ],
  },
  {
    ...remark('SO_CALLED', 'A group sneered at as "so-called": "These so-called refugees get a free house"', SO_CALLED, 0.7, 'generalisation'),
    vetoes: [guarded, (m, c) => SAYS.test(c.sentence(m.index))],
  },
  {
    name: 'NOT_BIGOTED_BUT',
    description: 'A disclaimer that announces a remark about a group: "Not racist, just statistics", "I\'m not sexist but women…"',
    pattern: NOT_BIGOTED_BUT,
    requires: (c) => c.group || RACE_TALK.test(c.text),
    confidence: 0.7,
    messageId: 'generalisation',
    // 'He said "I\'m not racist but…"': someone else's words
    vetoes: [guarded, (m, c) => SAYS.test(sentenceBefore(c, m.index))],
  },
  {
    ...remark('CURSE_GROUP', 'Profanity aimed at a whole group: "fuck the Muslims", "fuck Islam"', CURSE_GROUP, 0.75, 'expel'),
    // "don't fuck the immigrants over": exploited, not cursed
    vetoes: [guarded, negatedBefore, (m, c) => /^\s+over\b/i.test(c.text.slice(m.index + m[0].length))],
  },
  {
    ...remark('GROUP_DOES', 'A crime or vice told as what a group does: "immigrants steal our jobs", "Mexicans live on welfare"', GROUP_DOES, 0.75, 'generalisation'),
    vetoes: [
      guarded,
      negatedBefore,
      quotedSpeech,
      // "Two Albanians rob a jeweller": a news headline about some people, not the group
      (m, c) => COUNTED.test(c.text.slice(Math.max(0, m.index - 24), m.index)),
      (m, c) => HARM_REPORTED.test(sentenceBefore(c, m.index)),
    ],
  },
  {
    ...remark('WANT_OUT', 'Wanting a group gone: "you want the Muslims out of this town", "get rid of the Somalis"', WANT_OUT, 0.75, 'expel'),
    vetoes: [guarded, negatedBefore],
  },
  {
    ...remark('EXPEL', '"send them back", "go back to your country", "Muslims should all be deported", "I hate Mexicans"', EXPEL, 0.8, 'expel'),
    // 'Someone shouted "go back to your own country" at my mum': abuse reported; "doesn't mean I hate the homeless": denied
    vetoes: [guarded, quotedSpeech, (m, c) => /^(?:i|we)\b/i.test(m[0]) && HATE_DENIED.test(sentenceBefore(c, m.index))],
  },
  {
    ...remark('STEREOTYPE', 'Sex and gender stereotypes put as fact: "women can\'t drive", "a woman\'s place is in the kitchen"', STEREOTYPE, 0.8, 'generalisation'),
    vetoes: [guarded, namedAsPhrase, quotedSpeech],
  },
  {
    name: 'PLACE_LOST',
    description: 'A place lost to a group named in the post: "Look at all these brown people at the beach. Not my country anymore"',
    pattern: PLACE_LOST,
    requires: (c) => c.group,
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [guarded, quotedSpeech],
  },
  remark('EVERY_MET', 'A member met standing for the group: "every Somali I\'ve met has been on benefits", "every Polish driver I\'ve stopped was drunk"', EVERY_MET, 0.75, 'generalisation'),
  {
    name: 'KEEP_AWAY',
    description: 'Kept out or away from children, said of a group named just before: "The gays have ruined the Scouts, keep them away from our boys"',
    pattern: KEEP_AWAY,
    confidence: 0.7,
    messageId: 'expel',
    vetoes: [(m, c) => !groupJustBefore(c, m.index, true), guarded, quotedSpeech],
  },
  remark('AND_THEIR', 'A group dismissed with what it keeps: "Hindus and their cows, can\'t take them seriously"', AND_THEIR, 0.7, 'generalisation'),
  {
    name: 'CAN_TELL',
    description: 'A group spotted by its supposed signs, named in the sentence: "you can always tell which cars are driven by women"',
    pattern: CAN_TELL,
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [(m, c) => !GROUP_MENTION.test(c.sentence(m.index)) && !IDENTITY_CUE.test(c.sentence(m.index)), guarded],
  },
  {
    name: 'INNUENDO',
    description: 'A nudge that the reader knows which people are meant, with a stand-in for them and a stereotype: "whole street smells of curry and nobody pays taxes. you know who I mean"',
    pattern: INNUENDO_RE,
    requires: (c) => INNUENDO_PROXY.test(c.text) && INNUENDO_SLIGHT.test(c.text),
    confidence: 0.65,
    messageId: 'generalisation',
    vetoes: [guarded, quotedSpeech],
  },
  {
    name: 'SAME_KIND',
    description: 'The same people told by a stand-in for their race or origin, with trouble or a call in the post: "always the same demographic causing the trouble", "Same colour every time"',
    pattern: SAME_KIND,
    requires: (c) => SAME_KIND_CONTEXT.test(c.text),
    confidence: 0.65,
    messageId: 'generalisation',
    vetoes: [guarded, quotedSpeech, negatedBefore],
  },
  {
    name: 'FAKED',
    description: 'Disabled people said to fake it, with disability named in the sentence: "Disabled parking bays are a scam, half of them are faking it"',
    pattern: FAKED,
    confidence: 0.7,
    messageId: 'generalisation',
    // the disability named in this sentence or the one before it: "Disabled parking should be abolished. Half of them are faking"
    vetoes: [(m, c) => !DISABILITY_CUE.test(c.sentence(m.index)) && !DISABILITY_CUE.test(textJustBefore(c, m.index)), guarded, negatedBefore, quotedSpeech],
  },
  {
    name: 'BEFORE_THEY_CAME',
    description: 'A place fine until a people came: "This country was fine before the Somalis showed up", "never had any trouble round here before they moved in"',
    pattern: BEFORE_THEY_CAME,
    confidence: 0.7,
    messageId: 'generalisation',
    // "before they moved in" points at a people only where one is named or foreignness is said ("fresh off the boat")
    vetoes: [(m, c) => /\b(?:they|them lot|that lot) \w+/i.test(m[0]) && !c.group && !FOREIGN_CUE.test(c.text), guarded, quotedSpeech],
  },
  {
    name: 'IDENTITY_BLAMED',
    description: 'A wrongdoing put down to the doer\'s people or sex: "Of course he\'s Mexican.", "Because the judge is a woman, that\'s why"',
    pattern: IDENTITY_BLAMED,
    confidence: 0.7,
    messageId: 'generalisation',
    // "of course he's Irish" is a crime's only where one is told
    vetoes: [guarded, quotedSpeech, (m, c) => /^(?:of course|obviously|naturally|probably|bet)\b/i.test(m[0]) && !CRIME_TOLD.test(c.text)],
  },
  {
    name: 'UNWANTED',
    description: 'A group warned off or counted as too many: "No Indians please", "too many Lebanese."',
    pattern: UNWANTED,
    confidence: 0.7,
    messageId: 'expel',
    vetoes: [guarded, quotedSpeech, negatedBefore],
  },
  {
    name: 'TYPICAL_MEMBER',
    description: 'A member or a deed put down to the people: "Typical Polish builder, no respect", "Typical for the Roma lot"',
    pattern: TYPICAL_MEMBER,
    confidence: 0.65,
    messageId: 'generalisation',
    vetoes: [guarded, quotedSpeech, negatedBefore],
  },
  {
    name: 'PROPERTY_VALUES',
    description: 'A group blamed for falling house prices, named in the post: "gay couple moved in next door. guess property values are going down"',
    pattern: PROPERTY_VALUES,
    requires: (c) => c.group,
    confidence: 0.65,
    messageId: 'generalisation',
    vetoes: [guarded, negatedBefore, quotedSpeech],
  },
  {
    name: 'LOCK_UP',
    description: 'A warning to guard belongings against a group named just before: "Gypsies at the park again. Lock up your bikes"',
    pattern: LOCK_UP,
    gates: [GROUP_MENTION],
    confidence: 0.7,
    messageId: 'generalisation',
    // "a Hispanic male in his 30s was seen trying car doors. Lock your doors": one suspect described, not a group
    vetoes: [(m, c) => !groupJustBefore(c, m.index) && !GROUP_RE.test(c.sentence(m.index)), guarded, (_m, c) => SUSPECT_DESCRIBED.test(c.text),
      (_m, c) => /\btravell?ers\b/i.test(c.text) && JOURNEY.test(c.text)],
  },
  {
    name: 'OUT_OF_SIGHT',
    description: 'Tolerated only out of sight, where a gay or trans identity is named: "rainbow crowd ruining the parade. keep it in the bedroom"',
    pattern: OUT_OF_SIGHT,
    requires: (c) => QUEER_CUE.test(c.text),
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [guarded, negatedBefore, quotedSpeech],
  },
  {
    name: 'MAN_IN_DRESS',
    description: 'A trans woman called a man in a dress where women\'s spaces are named: "bloke in a dress wanted to use the ladies"',
    pattern: MAN_IN_DRESS,
    requires: (c) => WOMENS_SPACE.test(c.text),
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [guarded, quotedSpeech],
  },
  remark('DISTRUST', 'Distrust or exclusion of a whole group: "never trust a Muslim", "wouldn\'t hire a woman", "typical Mexican driver"', DISTRUST, 0.7, 'generalisation'),
  remark('PLACE_PROXY', 'A neighbourhood as proxy for its residents: "that part of town is full of animals", "the projects… savages"', PLACE_PROXY, 0.7, 'generalisation'),
  {
    ...remark('DEHUMANISED_ACTS', 'What the dehumanised do to "us": "the invaders are infesting our cities", "importing savages"', DEHUMANISED_ACTS, 0.75, 'generalisation'),
    vetoes: [guarded, negatedBefore, quotedSpeech],
  },
  {
    name: 'INVADED',
    description: 'A place said to be invaded, with a group or a faith named in the post: "another mosque going up. Our town is being invaded"',
    pattern: INVADED,
    requires: (c) => c.identity,
    confidence: 0.7,
    messageId: 'generalisation',
    vetoes: [guarded, negatedBefore],
  },
  {
    name: 'LIKE_PESTS',
    description: 'People likened to pests, with a group named in the sentence: "the Somalis swarmed in like cockroaches"',
    pattern: LIKE_PESTS,
    confidence: 0.75,
    messageId: 'generalisation',
    vetoes: [(m, c) => !GROUP_RE.test(c.sentence(m.index)), guarded, negatedBefore],
  },
  remark('COUNTRY_PROXY', 'A country or continent as proxy for its people: "africa is a shithole full of savages"', COUNTRY_PROXY, 0.7, 'generalisation'),
  {
    ...remark('DENY', 'Denying a group rights or spreading a conspiracy: "gay people shouldn\'t be allowed to adopt", "Jews control the banks"', DENY, 0.8, 'generalisation'),
    // "The queers are taking over trivia night again 🏳️‍🌈": the community's own word for itself, said from inside it
    vetoes: [guarded, quotedSpeech, (m, c) => reclaimedInGroup(c, /^\S+/.exec(m[0])!)],
  },
  remark('MEMBER_MALIGNED', 'One member of a group maligned for it: "the disabled guy they hired is a waste of a paycheck", "that female officer is useless"', MEMBER_MALIGNED, 0.8, 'generalisation'),
  remark('TOKEN_HIRE', 'Hiring or promotion put down to a protected class: "putting a girl on the tactical team was pure box-ticking", "diversity hire"', TOKEN_HIRE, 0.8, 'generalisation'),
  remark('CRIME_BY_GROUP', 'Crime or disorder pinned on a race or a group: "I can tell you which race commits all the crime", "Mexicans cause most of the crime"', CRIME_BY_GROUP, 0.8, 'generalisation'),
  {
    ...remark('GROUP_CANNOT', 'A group and what it supposedly will not or cannot do: "immigrants who don\'t respect our laws", "women have no business being on patrol"', GROUP_CANNOT, 0.8, 'generalisation'),
    vetoes: [guarded, namedAsPhrase, quotedSpeech],
  },
  { ...remark('EXASPERATED', 'A group named with an exasperated sign-off: "asian drivers man. every. single. time.", "women drivers 🙄"', EXASPERATED, 0.8, 'generalisation'), gates: [EXASPERATED_GATE] },
  remark('EVERY_MEMBER', 'One member standing for the group: "every immigrant on that block is a thief", "every single Muslim I\'ve met is a liar"', EVERY_MEMBER, 0.8, 'generalisation'),
  remark('GROUP_UNFIT', 'A group unfit for the job: "gay guys are too soft for this work", "women are too emotional to be on patrol", "women make terrible bosses"', GROUP_UNFIT, 0.8, 'generalisation'),
  {
    ...remark('SCOFFED_ROLE', 'A member of a group scoffed at in a role: "A female pilot? I\'ll take the next flight", "can\'t take female bosses seriously"', SCOFFED_ROLE, 0.7, 'generalisation'),
    vetoes: [guarded, quotedSpeech, negatedBefore],
  },
];

/** Slurs and maligning generalisations about protected classes. */
export const bias: TextDetector = {
  kind: 'text',
  id: 'conduct/bias',
  title: 'Bias or slur',
  description:
    'Statements that malign people by race, religion, national origin, sex, sexual orientation, gender identity, ' +
    'disability or a similar class: slurs, dehumanising generalisations ("those people… are all animals") and calls ' +
    'to expel a group. Neutral mentions of groups and anti-bias statements are not reported.',
  messages: {
    default: 'Derogatory statement about a protected group',
    slur: 'Slur against a protected group',
    generalisation: 'Maligning generalisation about a group of people',
    expel: 'Hostility or call for harm against a group of people',
  },
  examples: {
    tp: [
      // (issue 11, session 31) the same words where no one speaks from inside the community, or a sentence is hostile
      'The queers are taking over our schools, disgusting',
      'Pride month again, the dykes are taking over and it is vile filth',
      'They call themselves queers but they are just perverts',
      "Gays are freaks, the lot of them",
      "Guy who cut me up was Asian obviously. They can't drive.",
      "So-called 'refugees' with iPhones, give me a break",
      'Those people from that neighborhood are all animals, every single one.',
      'Illegals are nothing but criminals and leeches.',
      'Women are too emotional and just stupid, they should not be on the force.',
      "Women can't drive, proven again on the interstate today.",
      'Muslims should all be deported.',
      'Go back to your own country!',
      'Another shift babysitting retards.',
      'Hard to believe that tranny works dispatch now.',
      'You people are animals, all of you, this whole neighborhood.',
      'I hate Mexicans, always have.',
      'That deaf guy they put in records is a waste of a badge.',
      'Hiring a woman for the gang unit was pure box-ticking.',
      'Everyone knows which race commits most of the crime here.',
      "Refugees who won't learn our language should go home.",
      'Muslims have no business being cops.',
      'Another drag show at the library, those perverts need to stay away from kids.',
      'Chinese drivers, every single time 🙄',
      'Shut up you fag, nobody asked',
      // session 24: a group narrowed before what it is denied; a vice put in a group's culture; a pronoun after "anyone deaf"
      'Sikh men with turbans shouldn\'t be allowed on the force',
      'Pensioners shouldn\'t get a vote, they had their turn',
      'Another stabbing on the Roma site. Fighting is just part of the culture with them.',
      'Never post anyone deaf to the control room, they can\'t handle the pressure.',
      // session 24: the reclaimed spelling stays a slur about someone, and in a hostile sentence
      'this nigga ran from me at the lights',
      'my niggas trash, every one of them lazy',
      '@someone nigga 🐒🐒',
      'Those towel heads are at it again',
      { text: 'Kill all the Muslims, every last one', messageId: 'expel' },
      'Filthy immigrants everywhere you look in this town',
      'Islam is a cancer on this country',
      'Those savages keep coming, send every last one of them back',
      'The migrant invasion gets worse every summer',
      'go home whitey nobody wants you here',
      'Another bunch of foreigners jabbering away on the bus, learn English or go home',
      'Muslims breed like rabbits and they will outvote us',
      'Haitians bring disease and crime wherever they go',
      'Most of the burglaries in town are down to the Albanians who moved in',
      "Gays shouldn't be teachers, keep them away from kids",
      'send the illegals back, every last one',
      'the only good muslim is a dead one',
      'Spent the shift dealing with illegals who cannot say hello in English. Ship em home',
      'Keep the Mexicans out, build the wall',
      'Trans women are men in dresses',
      'the problem with this town is the Africans, they take and take',
      'Another Somali gang on the estate. They should go back',
      'Women should stay in the kitchen and leave policing to men',
      'White genocide is real and the race traitors are helping it along',
      'These so-called refugees all turn up with brand new phones',
      'Not racist, just saying that whole block is the same skin colour and the same attitude',
      'Fuck the Muslims and their mosque on Elm Road',
      'Immigrants steal our jobs and laugh about it',
      'Vote Hollis if you want the Somalis out of this town',
      'Another Arab family kicking off at the front desk tonight. These people never learn.',
      "The refugees moved onto our street last spring. They're parasites.",
      "Old women shouldn't be allowed behind the wheel",
      'Those gay bars downtown attract nothing but perverts',
      'Catholic priests, say no more',
      'speak english or get out. this is america',
      'go back to mexico, nobody wants you here',
      'Immigrants stink and they bring the whole street down',
      'Jamaicans are all drug dealers, everybody knows that.',
      'the haitians on the north side brought their diseases with them',
      'Wheelchair users slow everyone down',
      'gypsies stole my bike. of course they did, its what they do',
      "no more visas for pakistanis, theyre all terrorists in training",
      'every muslim in this country should be on a watchlist',
      "I'm not saying gay people shouldn't be cops but keep it out of the locker room",
      'do the math. 13 percent of the population and 50 percent of the crime',
      'the f*gs are having their parade again',
      'Look at all these brown people at the beach. Not my country anymore',
      'Gypsies at the park again. Lock up your bikes and your kids',
      'The gays have ruined the Scouts, keep them away from our boys',
      "Every Somali I've met has been on benefits",
      'Why is it always the Romanian guys hanging around the cash machines?',
      'Disabled people get everything handed to them while the rest of us work',
      'Go back to Africa if you hate it here so much.',
      'The only good immigrant is one on a plane home',
      'send em all back on the next boat',
      'Never buy a used car from an Arab',
      'People in wheelchairs are a burden on the rest of us',
      'Lesbians hate men, that\'s the whole point of them',
      'immigrants out.',
      "Hindus and their cows, can't take them seriously",
      'You can always tell which cars are driven by women, just look for the dents lol',
      '@dave_k go back to africa',
      'the invaders are infesting our cities',
      'why do we keep importing savages',
      'africa is a shithole full of savages',
      'islam must be eradicated',
      'the jewish lobby runs congress',
      'keep america white',
      'the holocaust never happened',
      '#banislam',
      'filthy jew',
      'islam is the enemy',
      'mohammed was a pedophile',
      'the jews are behind this',
      'deport every last muslim',
      'ban muslim immigration now',
      'gays will burn in hell',
      'travellers should be run out of town',
      'gay couples adopting should be illegal',
      'interracial couples are disgusting',
      'Third mosque on our road this year. Our town is being invaded',
      'The Romanians moved in and bred like rats',
      'Women just aren\'t built for detective work',
      'Jewish bosses are the worst',
      'They breed like rabbits and we pay for it.',
      'Honestly those people breed like rats and live like them too',
      'Deport the lot of them and the crime problem disappears overnight',
      { text: 'deport them all', messageId: 'expel' },
      'these people don\'t belong here',
      'those people ruin every city they move into',
      'Those people from across the border come here, take everything and give nothing back',
      'k-i-k-e',
      's p i c s everywhere',
      'go back to whatever desert you crawled out of mate',
      'Go back to the rez. Nobody invited you',
      '#ItsOkayToBeWhite',
      "Send the swarm back. We're full.",
      'Gypsies at the car boot sale? Check your wallet. Every time.',
      'Pride month again, the groomers are out in force with their flags.',
      'If they love their homeland so much, put them on a plane and ship them back.',
      "Overrun by the kind who'll never integrate.",
      'The boats keep coming and the vermin keep crawling up onto our beaches.',
      'Remember when this town was white and safe? I do.',
      'Kids should be protected from the alphabet people.',
      'Response shift on the estate again with the foreign lot. Animals, the whole block of them.',
      'Drag queen story hour at the library again. Fine, but keep it in the bedroom where it belongs.',
      'Some guy in a dress was in the ladies at the swimming baths again. Not having it.',
      'Our estate used to be quiet before the "new arrivals" turned up.',
      'Kung flu season again, thanks to the bat eaters',
      'The gay lobby is in every school now, pushing it on six-year-olds',
      'She made sergeant in a year. Only got the job because she ticks both boxes.',
      'Travellers parked up by the rec again, lock your doors tonight',
      'Woman driver, typical. Took her five goes to park',
      "I'm not a faggot, you are",
      'I knew you were a faggot',
      'come wage with us fag',
      'he is such a retard',
      "You're retarded if you think that",
      // a disability used as the insult, even of a thing: a post a communications office wants to see
      'My phone is dead again, this is so retarded',
      'Funny how the kebab shops on Elm Road never pay their taxes. You know who runs them.',
      'Lovely new family on our road, from a certain part of the world, if you catch my drift. Lock up your bikes, the thieving starts now',
      "Certain communities round here never change, it's in their blood",
      "Muslims and their 'religion of peace', look at the news",
      'Same-sex couples raising kids is just wrong',
      '#stopthekikes',
      'Muslims everywhere now. Gas them all',
      'death to the jews',
      'kill every muslim you see',
      'stupid fucking muslims ruin everything',
      'muslim pigs',
      'the jewish cancer is spreading',
      'you fucking queer',
      'fa66ot',
      'n gger',
      'niqqers everywhere',
      "Nothing against gays but they shouldn't be teachers",
      'These refugees turn up, take our benefits and give nothing back',
      'Muslims can f*** off back where they came from',
      'Vote Hollis and get these immigrants out.',
      'filthy mooslims everywhere you look',
      'another chimpout downtown tonight',
      'u creepy ass cracker get out my mentions',
      'kill the crackers and their babies',
      'stop sperging in the group chat',
      'moslems are vile',
      'jews started both world wars',
      "6 million wasn't enough",
      'the jew lies about everything',
      'Nobody hires an Indian plumber twice, they all cut corners',
      "Can't stand the Lebs in this suburb",
      'Eastern Europeans are all crooks, watch your wallet',
      "Women just aren't clever enough for CID work",
      'Women make lousy sergeants, always second-guessing',
      'A female surgeon? No thanks',
      'Gay men at the gym? No way, not on my watch',
      "can't take women cops seriously",
      'women belong at home raising the kids',
      "Never trust anyone wearing a turban at an airport",
      'The Somali lads around here sell drugs to schoolkids',
      'Muslims will never assimilate, look at any town',
      'Immigrants have zero respect for our laws',
      'non-binary is just a fad, it will pass',
      "being bi isn't a real thing, pick one",
      'two mums with a baby is not a proper family',
      'asian drivers strike again 🙄',
      'Women drivers should have to resit the test every year',
      "Every Romanian builder I've ever hired was a two-faced cheat",
      'Ever since the refugee hostel opened the whole street has gone downhill',
      'Burglaries shot up the same month the asylum hotel opened. Coincidence?',
      'the Albanian lads are always the ones kicking off at closing time',
      "Why is it always the Romanians?",
      'Trans men are a health risk in the changing rooms',
      // session 18
      'Boomers are a waste of oxygen',
      "Pensioners shouldn't be allowed to vote",
      'Lesbians and their rainbow nonsense, spare me',
      'Girls, stick to the kitchen, a building site is no place for you',
      "Women can't do this job, they freeze under pressure",
      "Put a woman on nights and watch, they can't handle the pressure",
      "Romanian lads in the square again, they're always up to no good",
      "It's always the same demographic kicking off outside the chippy",
      'Same colour every time we get called to that block',
      'Disabled badges are a joke, half of them are faking it',
      'The town was lovely before the Somalis arrived',
      'Albanians again. Stealing is in their blood',
      'Refugees from Syria bring crime wherever they go',
      'Get every Muslim out of the police',
      'Stop the Romanians taking every job on the site',
      'Travellers are back on the common. Expect an increase in thefts',
      'Autism is just an excuse for lazy parenting',
      'Gay coppers should stay in the closet',
      'Should be illegal for gay couples to adopt',
      "Worked the Traveller camp again, they're all thieves",
      'Chinese people eat anything, then we wonder where the viruses come from',
      'Deaf people acting like the world owes them a signer',
      'Send the lot of them back, the migrants are ruining this town',
      'Hindus are buying up every house on our road',
      'A gay couple bought the corner house. Property prices will drop now',
      'you all know which "community" is behind the robberies',
      'Stopped a car full of p*kis on the bypass',
      'Muslims moving into our road will never fit in',
      'Women drivers are the reason half the accidents on this road happen',
      'The Chinese lot on the high street are why nothing works anymore',
      "Different country, same attitude. Called to that estate again, they don't belong here",
      'Mexicans on the crew send all their money home and do half the work',
      // session 19
      "Arrested the shoplifter at the Co-op again. Of course he's Mexican.",
      "Why is he out on bail? Because the judge is a woman, that's why.",
      "She keeps changing her story. She's a woman, lying's basically a hobby.",
      'Another burglary on Elm. Another one of the Albanians, obviously.',
      'Selling a sofa, collection only. No Pakistanis please.',
      'Moved out of Westside at last, too many Somalis.',
      'Typical Polish builder, took the deposit and vanished.',
      'Romanian builders are cowboys, the lot of them',
      'Jewish landlords, what do you expect.',
      'Women drivers, I swear.',
      // session 20: a slur read off a picture, whole
      { text: 'GO HOME NIGS', source: 'ocr' },
      // session 20: a group swept whole (SWEPT, GROUP_ALWAYS, EVERY_TIME_AGAIN)
      'Another Romanian crew at the car wash. None of them know how to queue.',
      'Probably Muslim, they all drive like that.',
      'Lesbians always play the victim.',
      'The Albanian lads on the estate nicked another bike. Every single time.',
      "Somalis in the flats again, you know what they're like",
      // session 21: a group kept out or apart, barred from hire, swept by a tail, its vice essentialised, the town taken
      "Gay officers shouldn't be in the firearms unit, end of.",
      'Wheelchair users should stay home in December, they clog up the shops.',
      'Disabled kids in mainstream classes drag everybody else down. They should be in their own schools.',
      "Don't hire older women, they're always off sick.",
      'These Romanian lads are useless, every last one of them.',
      'Another load of gypsies nicking copper from the railway. Never an honest one among them.',
      'Travellers on the field again. Thieving is just what they do.',
      'Can\'t move in this town for Poles any more. Taking our jobs and our houses.',
      // session 22: a vice made the group's name, a sweep after "you" or "none of them", a community blamed, a people
      // said not to mix, a group let into work
      'Probably one of the Roma families from the flats, filthy lot.',
      'Especially you Indian drivers, none of you can drive.',
      "Teaching a drunk Polish man the alphabet. They can't hold their drink, none of them.",
      'Pensioners clogging up the post office again. Put the lot of them in a home.',
      'Residents are reminded that most break-ins are carried out by members of the local Traveller community.',
      "Sorry but Muslims and the West just don't mix.",
      'Can we stop letting disabled people work in retail?',
      "Asians can't drive, it's not a stereotype if it's true.",
      "You can't help the Roma, they don't want to be helped.",
      // session 23: shapes across groups: kept apart, a promise to rid a place of them, blame with no deed named, a
      // place ruined, a lifestyle tied to disease, a soft slur pointed in English
      'Blind people slow the whole station down, they should have their own trains.',
      'Old people should have a special lane so the rest of us can get through the shop.',
      "Pensioners shouldn't be on the tube at rush hour, they hold everyone up.",
      'The deaf lad at the leisure centre held up the whole queue. Honestly they should put those kids in a separate building.',
      'A Down syndrome kid shrieking through the whole film. Kids like that should be kept at home.',
      "Vote Halloran, he'll get the Somalis out of this town.",
      'Another break-in on Carter Road. Always the Albanians round here.',
      "Somebody keyed my car outside the mosque. It's always the Pakistani lads, every time.",
      'Of course it was another bunch of Romanians, it always is with them.',
      'Immigrants have completely ruined this town.',
      'The gay lifestyle brings nothing but disease and perversion.',
      'Some of these lazy negros need to get a job.',
    ],
    fp: [
      // (issue 11, session 31) the community's own words said from inside it, a group's own name, a remark quoted to be
      // condemned, a slur someone else once used, cigarettes
      'The queers are taking over trivia night again 🏳️‍🌈 see you at the Anchor, girls',
      'Friendsgiving with my chosen fam. Six queers, one turkey and a casserole from the neighbor.',
      'Our D&D group calls itself the Gay Agenda and we meet every Thursday.',
      'Our LGBTQ+ book club calls itself "The Fabulous Queers." No shame, just books.',
      'Quoting a guy at the bus stop today: "those people should go back where they came from." Reported him to the school.',
      'My mom called her pharmacist a retard once in 1994 and still apologizes for it.',
      'Cockwomble of the week goes to the bloke who pulled into the ambulance bay to buy fags',
      // session 19
      "Of course he's Irish, look at that hair! Happy birthday mate",
      "She was passed over for promotion because she's a woman, and that's wrong",
      'Falls are typical for the elderly in winter, check on your neighbours',
      "Women drivers, I swear they're better than us",
      'Too many women die of heart disease without a diagnosis',
      'Typical Irish weather for the parade, bring a coat',
      // session 18
      "The old people's home needs volunteers this Christmas",
      'There is no place for hate in our force',
      "Refugee kids have been through hell; they don't have the strength to fight the system alone",
      'Sent them all back to the shop, none of the shoes fit',
      'The street was quiet before the students moved in',
      'Property values dropped after the flood',
      'Half of them are faking it, said the coach about the injured players',
      'Stop the refugees drowning in the Channel',
      'Women officers can handle anything this job throws at them',
      'We repaint the hall the same colour every time',
      'Holiday travellers at the airport: keep an eye on your valuables',
      'Autism is not an excuse for bad behaviour towards staff, and it is not a character flaw',
      'Women are smart enough for any role on this force',
      'Tired drivers make terrible decisions on the motorway',
      "It's a myth that women make terrible leaders",
      'A woman detective? Good luck to her, she earned it',
      'Refugees in need of a bed tonight? Absolutely, the hall is open',
      'People wearing hijabs will never be turned away from our service',
      'Bisexuality is not a phase, and it is real',
      'Two dads raising a kid is a family like any other',
      'Hate crimes against Muslims have risen since the mosque attack',
      'Thefts from sheds have gone up since the clocks went back',
      'Our Pride float this year is the Dykes on Bikes crew',
      "Politicians are liars, the lot of them.",
      "Trans women are women. Proud ally.",
      "The headline said the 'refugees' were housed in the old hotel; it was students on a field trip.",
      "It's in their blood, the Hendersons have been fishing this bay for 200 years.",
      { text: 'We stand against racism and hate in every form. Hate crimes will be investigated.', context: 'official' },
      'Not all Muslims are terrorists and anyone who says so is wrong.',
      'Proud of our Somali community liaison and the women on our force.',
      'The animals at the shelter are all vaccinated and ready for adoption.',
      { text: 'The suspect is described as a Hispanic male, 5\'10", wearing a grey hoodie.', context: 'official' },
      'Celebrating Pride month with the Harbor City LGBTQ center.',
      'Rebuilt the tranny on my old truck this weekend.',
      'Found a chink in the armor of their defense.',
      'Fag craving is getting worse, day 3 without one.',
      'Nipped out for a fag before the briefing.',
      'The dog ran a coon up the tree behind the barn.',
      'Took the kids along Offa\'s Dyke path on Sunday.',
      'Doo wop night at the legion hall was a hit.',
      'These people are heroes, every one of them.',
      'Mexican food night at the station, the tacos were amazing.',
      'Those animals at the petting zoo were the sweetest.',
      'Immigrants who start businesses keep this town alive.',
      'Ticking all the boxes on the overtime form today.',
      'Disabled people are often treated as a burden, and that has to change.',
      'Those degenerates who vandalised the mosque will be caught.',
      'Man jailed for a plot to kill Muslims at the mosque on Elm Road',
      'Calling someone a "tranny" isn\'t banter, it\'s abuse',
      "Women can't drive jokes were old in 1985",
      'Stop telling Asian people to go back where they came from, they are from here',
      'Whitey Bulger found guilty on all counts',
      'The dirty dishes piled up after the Muslims and Jews shared iftar at the synagogue',
      'Great night at the Pride parade with the women from my shift, now time to go home',
      'Our rabbits breed like rabbits, we have twelve now',
      'Studies show immigrants do not bring crime to the towns they settle in',
      "Refugees shouldn't be blamed for the housing crisis",
      'The women on nights can all go home early tonight, quiet shift',
      'Most of the burglaries are down to unlocked back doors',
      'Keep the refugees out of the cold tonight, the shelter on Elm St is open',
      'The problem is the immigrants are exploited by landlords who know they will not complain',
      'Two Somali families moved in next door, lovely people. I should go back and thank them for the food',
      { text: 'Graffiti reading 1488 was sprayed on the synagogue wall overnight. Anyone with information please call us.', context: 'official' },
      'Some guy at the bar called me a race traitor for dating her, what a clown',
      'Ordered a white power cord for the dash cam',
      'We want the refugees out of the hotels and into proper homes',
      'Two Albanians rob a jeweller in the high street, police appeal for witnesses',
      'Landlords who fuck the immigrants over on rent should be named',
      'Read Zog to the kids again tonight, their favourite dragon',
      "my coworker said women can't do math and i made him redo his own spreadsheet",
      'Cannot wait to go back to Mexico, the tacos were unreal',
      'Keep the refugees out of detention and into proper homes',
      'The Irish dancers at the parade smell of hairspray and joy',
      'We cleared the homeless camp out of the rain and into the shelter',
      'Refugees are confused by the new forms',
      "Every Somali I've met has been so kind to us",
      'Lock up your bikes, thefts are up in the town centre',
      'Go back to Mexico if you want the best tacos',
      "It's always the Irish pubs with the best music",
      'Not my country anymore after this election',
      'Those Irish dancers ruined by the rain',
      'Muslims and their families are welcome at the open day',
      'You can always tell when the tide is turning',
      'calling them vermin is disgusting',
      'someone shouted go back to africa at my neighbour',
      'My friend was called a tranny at school today',
      'The invaders in the film land on the beach at dawn',
      'Photo: Dominique Faget',
      'Refugees are not the reason the NHS is struggling',
      'The Russians are behind the hack, officials say',
      'Ban on Muslim immigration struck down by the court',
      'The kids climbed back to the trees after lunch',
      'Someone scrawled "immigrants are rats" on the bus shelter. Cleaned it off this morning.',
      'If you think "women are too emotional to lead" is a fair take, meet my sergeant.',
      'My nan got told off for saying Irish people are drunks. Fair enough.',
      'Tourists swarmed the pier like locusts this weekend',
      'Got two bunnies in spring. They breed like rabbits lol',
      'They breed horses on the farm up the road',
      'The minister vowed to deport them all by Christmas',
      'those people at the gym never wipe down the machines',
      'those people need to go back to work after lunch',
      'The word k-i-k-e is a slur and it was sprayed on the wall',
      'U S A, U S A!',
      'Remember when this town was white with snow every winter',
      'Check your wallet before you leave the bar',
      'The parcels were the wrong size so we shipped them back',
      'The club is run by a small group of volunteers',
      'The kind who leave litter in the park should be fined',
      'The couple were snogging on the bus, keep it in the bedroom guys',
      'Panto season: my dad is the man in a dress again this year',
      'The hospital welcomed its new arrivals on the maternity ward',
      'Lock your doors at night, there have been break-ins on Elm Road',
      'A diverse range of stalls at the market this weekend',
      "I'm a proud dyke and my wife is too",
      'yay im a whitey, i burn in ten minutes',
      'Imma coon so that explains the watermelon',
      // session 24: someone else's remark in single quotes, posted or sprayed; a group narrowed but not denied
      "Whoever keeps posting 'gays are all predators' comments on the club page, you've been reported.",
      "Drivers on their phones shouldn't be allowed on the road",
      'Tea is part of their culture and they make a great brew',
      // session 24: the n-word's reclaimed spelling said of a friend, the author or someone greeted
      'wassup my niggah, long time',
      "I'm just a broke nigga trying to eat",
      'Real niggas pay their tabs',
      // session 25: a word of address before hashtags and a link; the word said to the author, reported
      "If you don't know now you know nigga #springfest http://t.co/x1",
      'She had the nerve to call me a nigga at the bus stop',
      'Got drafted as a half breed like me',
      'They used to call my mom a chink at school',
      'Honky tonk night at the legion hall',
      'Spic and Span on the kitchen floor, smells like 1985',
      'Nick Young says $100,000 in watches was stolen from his house last nig…',
      'Funny how the best curry in town is always from the tiny places, you know the ones',
      'You know who I mean, the guy from accounts who stole my stapler again',
      'Best curry in town, it\'s in their blood, three generations of cooks',
      "The politician's comments about disabled people were disgusting",
      'Studies show gay couples adopting kids is good for the kids',
      'I was sniggering at the back of the briefing',
      'Nigerian jollof vs Ghanaian jollof debate at work got heated',
      'The queer community centre is open late on Fridays',
      'My brother is queer.',
      'And poof, the money was gone',
      'Get all the women and children out of the building now',
      'The zombies are coming, kill them all',
      'Protesters were chanting death to the jews outside the synagogue, officers are investigating',
      "Criticizing the mayor's policy on encampments doesn't mean I hate the homeless",
      "Immigrants don't take our jobs, they do the jobs nobody wants",
      'Nasty women unite',
      'cheese and crackers on the night shift again',
      'christmas crackers and paper hats at the station party',
      'Booked a week on Lesbos for the summer',
      'the chimp out in the enclosure was grooming its baby',
      'The comments about immigrants under the appeal were vile',
      'Women were responsible for the war effort at the factory',
      'The Jew of Malta is on at the theatre this week',
      'Spoke to the three drivers at the crash, they all lie about the speed',
      'Checked the ABO blood group on the donor card',
      // session 20: a slur's three letters read off a picture are a fragment (a badge's "NIG" of NIGHT)
      { text: 'DEPUTY SHERIFF NIG 204', source: 'ocr' },
      // session 20: sweeps that praise or say nothing
      'The Somali lads on my team passed the fitness test. Every one of them deserves a medal.',
      'The Polish neighbours brought cake again. Every single time.',
      "Loved the Polish bakery. You know what they're like, always generous.",
      'Women cops are always on time.',
      'The Polish builders finished early. They all are.',
      // session 21: advice for a group's own safety, praise swept whole, a call that is not to bar them, a family trade
      'Pensioners should stay home during the heatwave if they can.',
      'Spoke to the elderly couple next door, they should stay home until the ice clears.',
      'Brilliant work by the Sikh volunteers tonight, every single one of them.',
      'The Polish lads on the site are grafters, every last one.',
      'Policing is in their blood, three generations of the Khan family.',
      'Robots are taking our jobs.',
      'Immigrants take the jobs nobody else wants.',
      'The Polish family took over our street party planning this year.',
      // session 22: a parking lot and a lot of dishes, praise as "lot", a skill denied of a few, a crime against a
      // community, a myth named
      'Parked in the dirty lot behind the Polish shop, it was flooded.',
      "We washed a dirty lot of dishes after the Muslim family's Eid dinner.",
      'The Polish lads on my team, lovely lot, would do anything for you.',
      'Ladies from the Muslim women\'s group, you\'re all amazing, thank you for the soup!',
      'Police are investigating a rise in attacks on the Muslim community.',
      "It's a myth that Muslims and the West don't mix.",
      "Can we stop letting women be ignored in this job?",
      // session 23: access asked for, advice for their own safety, a rescue, praise for a group, a storm, a myth named,
      // a slur word's history, Spanish
      'Wheelchair users should have their own say in how the new station is designed.',
      'Pensioners should stay off the buses until the ice clears.',
      'Firefighters got the Somali family out of the burning flat just in time.',
      "Always the Irish lads at the front of the charity run, every year, legends.",
      'The storm wrecked the whole town and the Polish bakery fed everyone for free.',
      "It's a myth that immigrants ruined this town; the factory closing did.",
      'My nan still says the gay lifestyle is a phase, bless her, she came to the wedding anyway.',
      'Watched a documentary on the Negro Leagues last night, brilliant players.',
      'Los negros y los blancos juntos en la fiesta.',
    ],
  },
  patterns: gatedPatterns(BIAS_CUES),
  // structural: masked and leetspeak slurs are read on the normalised text, and spelt-out ones letter by letter, not as keywords
  trigger: new RegExp(`${MASKED_OR_LEET.source}|${SPELLED_OUT.source}`, 'i'),
  cues: cuesOf(BIAS_CUES),
  detect(input, ctx) {
    const text = input.text;
    const segs = ctx.nlp().sentences();
    let identity: boolean | undefined;
    let group: boolean | undefined;
    // Asked only by the rows a post reaches: most posts name no group, and these two patterns are the costliest to
    // compile (~0.1 s on a one-post `check`).
    const c: BiasText = {
      text,
      norm: profanityNormOf(ctx.nlp()),
      ocr: input.source === 'ocr',
      segs,
      sentence: sentenceTextOf(text, segs),
      get identity() {
        return (identity ??= IDENTITY_CUE.test(text));
      },
      get group() {
        return (group ??= this.identity || GROUP_MENTION.test(text));
      },
      reach: ctx.nlp().reach,
    };
    return walkCues(BIAS_CUES, c);
  },
};

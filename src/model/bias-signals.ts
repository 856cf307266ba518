/**
 * Features of the conduct/bias head besides the shared ones (heads.ts `features`): what separates a group maligned
 * from a group named. Trained on group words alone, the head learnt that naming a group is bias (on real posts most of
 * its false alarms were neutral posts about Muslims, Jews, women or immigrants); these say whether the sentence and
 * the post also hold a slur, a dehumanising noun, a call to harm or expel, or a hostile word, whether the group sits
 * in the same sentence as one of them, and whether the post names a group with none of them (a mention).
 *
 * The group-mention features (session 10) say the same of each sentence: a group named there with no judgement passed
 * on it, or with one; with counter-speech (the regex rows' guard, bias.ts GUARD: "stop calling…", "anyone who thinks
 * all…"), a claim about it denied ("immigrants aren't the reason…") or warmth ("heroes", "lovely"). Out of fold
 * (21,733 cases), regex+model recall where the head's additions alone keep P 0.93: with the regex rows of e682aa0
 * 0.782 -> 0.795 with the first four features; with all of them and the first half of session 10's rows, 0.811. With all
 * of that session's rows the regex takes 86 more positives, the head's additions are the harder ones, and it is 0.782
 * again (threshold 0.912; at P 0.9, 0.839).
 */
import {
  DEHUMANISING,
  DEROGATORY,
  GROUP_ADJECTIVE,
  GROUP_NOUNS,
  GROUP_SINGULAR,
  HATE_CODES,
  IDENTITY_CUE,
  INNUENDO,
  INNUENDO_PROXIES,
  SLURS,
  SOFT_SLURS,
  VAGUE_GROUP,
} from '../detectors/conduct/bias-words.js';
import { GUARD, quotesOthers } from '../detectors/conduct/bias.js';
import { normaliseForProfanity, PROFANE_WORDS } from '../detectors/conduct/profanity-words.js';
import { oneOf } from '../detectors/vocab.js';

const word = (source: string, flags = 'i') => new RegExp(String.raw`(?<![a-z0-9_])(?:${source})(?![a-z0-9_])`, flags);

// e.g. "kike", "n1gger" (read on the profanity-normalised text)
const SLUR = word(SLURS.map((s) => s.source).join('|'));
// e.g. "1488", "white genocide", "race traitors": a hate movement's codes weigh as a slur does (read on the raw text)
const HATE_CODE = word(HATE_CODES);
// e.g. "fag", "dyke", "queers": slurs in one reading, innocent in another; the head weighs them, the regex does not
const SOFT_SLUR = word(SOFT_SLURS);
// e.g. "Muslims", "a Mexican", "Pride", "those people"
const GROUP = new RegExp(String.raw`${IDENTITY_CUE.source}|\b(?:${GROUP_NOUNS}|${GROUP_SINGULAR}|${VAGUE_GROUP})\b`, 'i');
// e.g. "vermin", "invaders", "breeding like rats"
const DEHUMANISED = word(
  oneOf([
    DEHUMANISING,
    'vermin',
    'invaders?',
    'invasion',
    'infest\\w*',
    'breed(?:ing|ers?)?',
    'mongrels?',
    'plague',
    'cancer',
    'disease',
    'sub-?human',
    'subspecies',
    'primates?',
    'gorillas?',
    'pigs?',
    'dogs',
    'snakes',
    'leeches',
    'locusts',
    'horde?s?',
    'swarm\\w*',
  ]),
);
// e.g. "kill them all", "deport every one", "gas the", "send them back"
const HARM = word(
  oneOf([
    'kill(?:ed|ing|s)?',
    'murder(?:ed)?',
    'extermina\\w+',
    'genocide',
    'gas(?:sed)?',
    'ovens?',
    'lynch\\w*',
    'hang(?:ed)?',
    'shoot',
    'shot',
    'burn',
    'deport\\w*',
    'expel\\w*',
    'wipe(?:d)? out',
    'purge',
    'eradicate\\w*',
    'get rid of',
    'send (?:them|em|\'em) (?:all )?back',
    'go back to',
    'kick (?:them|em|\'em) out',
    'ban (?:them|all)',
    'round (?:them|em) up',
    'die',
    'dead',
    'race war',
  ]),
);
// e.g. "disgusting", "inferior", "I hate"
const HOSTILE = word(
  oneOf([
    'hate',
    'hates',
    'disgusting',
    'filthy',
    'dirty',
    'stupid',
    'dumb',
    'evil',
    'inferior',
    'ugly',
    'worthless',
    'scum',
    'trash',
    'garbage',
    'pathetic',
    'degenerates?',
    'vile',
    'sick',
    'criminals?',
    'terrorists?',
    'rapists?',
    'thugs?',
    'savages?',
    'illegals?',
    'parasites?',
    'ghetto',
    'uncivili[sz]ed',
  ]),
);
// e.g. "racism", "we stand with", "celebrating": counter-speech and neutral civic framing
const COUNTER = word(
  oneOf([
    'racis[mt]s?',
    'bigot\\w*',
    'hate crimes?',
    'discriminat\\w+',
    'islamophobi\\w+',
    'antisemiti\\w+',
    'homophobi\\w+',
    'transphobi\\w+',
    'xenophobi\\w+',
    'solidarity',
    'stand(?:s|ing)? (?:with|against|together)',
    'welcome\\w*',
    'celebrat\\w+',
    'community',
    'communities',
    'rights',
    'equality',
    'inclusi\\w+',
    'diversity',
    'respect',
    'support\\w*',
    'proud',
    'not all',
    'monolith',
    String.raw`(?:aren'?t|are not|isn'?t|is not) (?:the|a|to) (?:reason|problem|blame)`,
    'victims?',
    'abuse',
  ]),
);
// "immigrants aren't…", "are not a monolith": a claim about a group denied
const DENIED = /\b(?:aren'?t|are not|isn'?t|is not|never were|weren'?t)\b/i;

// A post that passes judgement, besides the hostile words above: a maligning predicate (bias-words.ts DEROGATORY),
// keeping a group out or down, a sweeping generalisation, a negative word, or profanity. A post naming a group with none
// of these reads as a mention ("Women now make up 40% of new apprentices"), where the head must be surer (QUIET).
// e.g. "shouldn't be allowed", "keep them out", "go back home"
const RESTRICTING = word(
  oneOf([
    String.raw`shouldn'?t`,
    'should not',
    String.raw`can'?t`,
    'cannot',
    String.raw`(?:don'?t|do not|doesn'?t|does not) belong`,
    'no business',
    'not allowed',
    '(?:be |get |got )?banned',
    String.raw`keep (?:them|em|the \w+|those \w+|\w+) (?:out|away)`,
    'go (?:back|home)',
    'stay (?:home|out|away)',
    'get out',
    'out of (?:our|my|this)',
    'kick(?:ed)? out',
    String.raw`deport\w*`,
    String.raw`send (?:them|em|\w+) back`,
    String.raw`(?:send|ship) (?:them|em|\w+) (?:all )?(?:home|out)`,
    'learn (?:english|the language)',
    'stop the boats',
    'next (?:ferry|boat|plane|flight) (?:out|home|back)',
  ]),
);
// e.g. "they're all the same", "every single time", "typical", "you know the ones I mean"
const SWEEPING = word(
  oneOf([
    'all (?:of )?(?:them|the same)',
    String.raw`they'?re all`,
    'are all',
    'always',
    'never',
    'every (?:single )?(?:time|one)',
    'typical',
    'same (?:lot|thing|people|skin|trouble)',
    'no wonder',
    'of course',
    'figures',
    'in their (?:blood|dna|nature|culture|religion)',
    'their kind',
    'that kind',
    'those types',
    'no exceptions',
    String.raw`let'?s be honest`,
    'nobody wants to say',
    'just saying',
    'simple as',
    'say no more',
    'you know (?:the ones|which ones|who)',
    'the lot of them',
    'that lot',
    'them lot',
    String.raw`(?:it'?s|its) always (?:the|them|those|one of)`,
    'same (?:family|families|nationality|story|faces)',
    'you know (?:which|what|the) (?:ones|type|kind|families|people)',
    'those families',
    String.raw`(?:it'?s|that'?s) (?:just )?(?:their|the) (?:culture|religion|way)`,
    String.raw`that'?s (?:just )?how they (?:are|live|raise)`,
    'down to the',
    'behind (?:most|all|half)',
    '(?:half|most|none) of them',
  ]),
);
// e.g. "terrible", "smells", "cheats", "taking over", "sick of"
const NEGATIVE = word(
  oneOf([
    'terrible',
    'awful',
    'useless',
    'lazy',
    String.raw`smell\w*`,
    String.raw`stink\w*`,
    String.raw`cheat\w*`,
    'crooks?',
    'thie(?:f|ves|ving)',
    String.raw`steal\w*`,
    'rob(?:s|bed|bing)?',
    'liars?',
    'lying',
    String.raw`trouble\w*`,
    'problems?',
    String.raw`danger\w*`,
    'aggressive',
    'violent',
    'weak',
    'idiots?',
    String.raw`ruin\w*`,
    String.raw`destroy\w*`,
    'scar(?:e|es|ed|y)',
    String.raw`creep\w*`,
    'fake',
    'faking',
    'entitled',
    'special treatment',
    'handouts?',
    'on benefits',
    String.raw`scroung\w*`,
    String.raw`spong\w*`,
    'overrun',
    'taking over',
    'agenda',
    String.raw`push\w* their`,
    String.raw`brainwash\w*`,
    String.raw`indoctrinat\w*`,
    'gross',
    String.raw`disgust\w*`,
    String.raw`can'?t stand`,
    'sick of',
    'tired of',
    'fed up',
    'ugh',
    'smh',
    'cult',
    'crazy',
    String.raw`freak\w*`,
    String.raw`backward\w*`,
    'rude',
    'arrogant',
    'greedy',
    'sneaky',
    'dodgy',
    'untrustworthy',
    'suspicious',
    'downhill',
    'feral',
    String.raw`disgrace\w*`,
    'madness',
    'attention[- ]seeking',
    'no manners',
    'no morals',
    'holds? (?:everyone|everybody|us) back',
    String.raw`slows? (?:everyone|everybody|us|the whole \w+) down`,
    'predators?',
    'hypocrites?',
    String.raw`scam\w*`,
    'fronts? for',
    'live off',
    'our taxes',
    'on welfare',
    String.raw`jabber\w*`,
    'warzone',
    String.raw`plott\w*`,
    String.raw`groom\w*`,
    String.raw`mental(?:ly)? ill\w*`,
    'holding up',
    String.raw`can'?t (?:even )?speak (?:english|the language)`,
  ]),
);
// e.g. "heroes", "lovely", "shoutout to", "grateful": warmth toward whoever the post names
const WARM = word(
  oneOf([
    'heroe?s?',
    'love(?:ly|s|d)?',
    'best',
    'amazing',
    'great',
    'kind(?:est|ness)?',
    'generous',
    String.raw`thank\w*`,
    'grateful',
    'beautiful',
    'brilliant',
    'wonderful',
    'shout ?out',
    String.raw`congrat\w*`,
    'deserve\w*',
    'honou?r\w*',
    'legends?',
    'incredible',
    'sweet(?:est)?',
    'friendly',
    'welcom\w+',
    'fun',
    'delicious',
    'happy',
    'blessed',
  ]),
);
const DEROGATORY_WORD = word(DEROGATORY);

/**
 * A judgement aimed at a group, not only beside one: the group (or "they", "those") as the subject of a judging word
 * within five words of one clause ("Muslims are all thieves", "those people ruin every street", "they breed like
 * rats"), or the judging word just before it ("filthy immigrants", "deport the Somalis", "sick of these Poles").
 * Counter-speech words ("racism", "hate crimes") are blanked first. A post can name a group and hold a judging word
 * aimed elsewhere ("Muslims in my town are doctors… people are always surprised", "women die in childbirth at three
 * times the rate, we should all be angry"): on real posts that is the ordinary mention the head must not take for bias.
 */
const JUDGEMENT = new RegExp([HOSTILE, DEHUMANISED, HARM, DEROGATORY_WORD, NEGATIVE, RESTRICTING, SWEEPING].map((re) => re.source).join('|'), 'gi');
// after the group, a call to harm only as what should be done to it ("should be deported"): "black women die in
// childbirth" and "were killed" say what was done to them
const OUGHT = String.raw`(?:should|must|deserve to|need to|ought to|gotta|to) (?:all )?(?:be |get )?(?:${HARM.source})`;
const JUDGED = new RegExp([HOSTILE, DEHUMANISED, DEROGATORY_WORD, NEGATIVE, RESTRICTING, SWEEPING].map((re) => re.source).concat(OUGHT).join('|'), 'gi');
const AIM = new RegExp(String.raw`${IDENTITY_CUE.source}|\b(?:${GROUP_NOUNS}|${GROUP_SINGULAR}|${VAGUE_GROUP}|they|they'?re|them|these|those)\b`, 'gi');
const COUNTER_G = new RegExp(COUNTER.source, 'gi');
/** Words from one offset to another, or Infinity where a clause ends between them. */
const WORDS_BETWEEN = (text: string, from: number, to: number): number => {
  const gap = text.slice(from, to);
  return /[.!?;:\n]/.test(gap) ? Infinity : (gap.match(/[\w']+/g) ?? []).length;
};
const spans = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as const);

/** Is a judgement aimed at a group in this text: a judging word within four words after it, or two before it, in one clause? */
export function aimsAtGroup(text: string): boolean {
  const t = text.replace(COUNTER_G, (m) => ' '.repeat(m.length));
  const groups = spans(AIM, t);
  if (!groups.length) return false;
  const after = spans(JUDGED, t);
  const before = spans(JUDGEMENT, t);
  return groups.some(
    ([gs, ge]) => after.some(([js]) => js >= ge && WORDS_BETWEEN(t, ge, js) <= 4) || before.some(([, je]) => je <= gs && WORDS_BETWEEN(t, je, gs) <= 2),
  );
}

/*
 * Who a judgement is about and what it says (session 25). The head's false alarms on heldout-r were a generalisation
 * with nothing protected in it ("Lads from the rugby club are all the same, loud and useless") and praise of a group
 * ("immigrant nurses on my ward, absolute heroes every one of them", "those kids are all little angels"): the head's
 * veto below (judgesOnlyUnprotected, praisesGroup) keeps it off both.
 */
// A protected group by name, not "they" or "those people": "Muslims", "a Mexican", "Pride", "the disabled guy"
// (also a member by a protected trait: "the autistic kid", "kids with Down's", "two men holding hands", "girls")
const PROTECTED_MORE = oneOf([
  String.raw`(?:${GROUP_ADJECTIVE}) \w+`,
  String.raw`downs?(?:'s)?(?: syndrome)?`,
  'autism',
  String.raw`mental(?:ly)? ill\w*`,
  'mental health',
  String.raw`(?:two|2) (?:men|blokes|guys|lads|women|girls) (?:holding hands|kissing)`,
  'girls',
  'women',
  'men',
  String.raw`old (?:people|folks?|ladies|men|women|biddies|codgers|gits|farts|f\S*ers)`,
  'pensioners',
  String.raw`travell?(?:ers|ing community)`,
  'middle eastern',
  String.raw`eastern europeans?`,
]);
const PROTECTED = new RegExp(String.raw`${IDENTITY_CUE.source}|\b(?:${GROUP_NOUNS}|${GROUP_SINGULAR}|${PROTECTED_MORE})\b`, 'gi');
// What passes judgement on whoever it is aimed at, besides a sweeping phrase alone ("are all", "every single one")
const MALIGNS = new RegExp([HOSTILE, DEHUMANISED, DEROGATORY_WORD, NEGATIVE, RESTRICTING].map((re) => re.source).concat(OUGHT).join('|'), 'gi');
// Praise as the predicate: "are all little angels", "absolute heroes every one of them", "such hard workers"
const PRAISE = word(
  oneOf([
    'heroe?s',
    'angels?',
    'saints?',
    'legends?',
    'gems?',
    'stars?',
    'treasures?',
    'superstars?',
    'the best',
    'amazing',
    'brilliant',
    'wonderful',
    'lovely',
    'kindest',
    'generous',
    'polite',
    'helpful',
    'respectful',
    'talented',
    String.raw`hard[- ]?work(?:ing|ers?)`,
    'gorgeous',
    'beautiful',
    'adorable',
    'sweet(?:est)?',
    'incredible',
    'inspiring',
    'brave(?:st)?',
    String.raw`heart(?:s)? of gold`,
  ]),
);
// Groups no policy protects, as the subject of a remark: "lads from the rugby club", "politicians", "cyclists"
const UNPROTECTED = word(
  oneOf([
    'lads',
    'blokes',
    'guys',
    'fans',
    'supporters',
    'drivers',
    'cyclists',
    'politicians',
    'councillors',
    'cops',
    'coppers',
    'teachers',
    'students',
    'kids',
    'neighbou?rs',
    'bosses',
    'managers',
    'management',
    'club',
    'team',
    'players',
    'referees',
    'tourists',
    'customers',
    'shoppers',
    'commuters',
    'tenants',
    'landlords',
    'lawyers',
    'journalists',
    'the media',
    'celebrities',
    'influencers',
    'parents',
    'the council',
    'the government',
    'liberals',
    'conservatives',
    'democrats',
    'republicans',
    'tories',
    'lefties',
  ]),
);
const MALIGNS_ANY = new RegExp(MALIGNS.source, 'i');
const PROTECTED_ANY = new RegExp(PROTECTED.source, 'i');
const SOMEONE_JUDGED = new RegExp([HOSTILE, DEHUMANISED, DEROGATORY_WORD, NEGATIVE, RESTRICTING, SWEEPING].map((re) => re.source).join('|'), 'i');
const UNPROTECTED_G = new RegExp(UNPROTECTED.source, 'gi');
// praise of a group, not of the people it is said to wrong ("getting rich off hard working people")
const PRAISE_AIMED = new RegExp(String.raw`${PRAISE.source}(?!\s+${oneOf(['people', 'folks?', 'taxpayers', 'families', 'citizens', 'residents', 'locals'])}\b)`, 'gi');
// A people hinted at rather than named ("you know the type", "from over there", "curry"): no unprotected reading
const HINTED = new RegExp(String.raw`\b(?:${INNUENDO}|${INNUENDO_PROXIES})`, 'i');
const THEY = /\b(?:they|them|their|they're|theyre)\b/i;
// A word in scare quotes, the people it stands for left unnamed: 'the guys from "over there"', 'the "urban" areas'
const SCARE_QUOTED = /(?:^|\s)['‘"“][a-z][^"”'’\n]{0,25}['’"”](?=\s|[.,!?]|$)/i;

/**
 * A judgement where only groups no policy protects are named, none hinted at and no slur: "Lads from the rugby club
 * are all the same, loud and useless", "all these politicians are crooks". The bias head read such posts as bias
 * (heldout-r's hr-0058 at 0.88); it neither reports nor trains on them (OWN_SIGNALS veto).
 */
export function judgesOnlyUnprotected(post: string): boolean {
  if (!UNPROTECTED.test(post) || !SOMEONE_JUDGED.test(post)) return false;
  const s = lookPost(post);
  return !s.slur && !s.soft && !s.group && !PROTECTED_ANY.test(post) && !HINTED.test(post) && !THEY.test(post) && !SCARE_QUOTED.test(post);
}

/**
 * Praise aimed at a group (within six words after it, in one clause) in a post that maligns no one: "Shout out to all
 * the immigrant nurses on my ward, absolute heroes every one of them", "Those kids on our street are all little
 * angels" (heldout-r's hr-0145 and hr-0439, the head's at 0.88 and 0.97). The head neither reports nor trains on them.
 */
export function praisesGroup(post: string): boolean {
  const s = lookPost(post);
  const hostile = s.slur || s.soft || s.hostile || s.dehumanised || s.harm;
  if (hostile || MALIGNS_ANY.test(post) || HINTED.test(post)) return false;
  const groups = [...spans(PROTECTED, post), ...spans(UNPROTECTED_G, post)];
  const praise = spans(PRAISE_AIMED, post);
  return groups.some(([, ge]) => praise.some(([ps]) => ps >= ge && WORDS_BETWEEN(post, ge, ps) <= 6));
}


const PROFANE = PROFANE_WORDS.filter((w) => w.severity !== 'mild').map((w) => new RegExp(w.re.source));

/** Names of the features, in order: heads.json records them, so a head trained on another list is refused. */
export const BIAS_SIGNALS = [
  'slur',
  'soft-slur',
  'group',
  'dehumanised',
  'harm',
  'hostile',
  'counter',
  'group+dehumanised',
  'group+harm',
  'group+hostile',
  'group+soft-slur',
  'post:slur',
  'post:soft-slur',
  'post:group',
  'post:dehumanised',
  'post:harm',
  'post:hostile',
  'post:counter',
  'post:mention-only',
  'post:judging',
  'mention-only',
  'group+judging',
  'group+counter',
  'warm',
  'group+warm',
  'post:group+warm',
  'post:group+judging',
  'guard',
  'group+guard',
  'post:guard',
  'group+denied',
  'aimed',
  'post:aimed',
  'group+unaimed',
  'post:group+unaimed',
] as const;

interface Seen {
  slur: boolean;
  soft: boolean;
  group: boolean;
  dehumanised: boolean;
  harm: boolean;
  hostile: boolean;
  counter: boolean;
  /** A maligning predicate, exclusion, sweeping generalisation, negative word or profanity (besides the above). */
  judging: boolean;
  /** Warmth toward whoever is named: "heroes", "lovely", "shoutout to". */
  warm: boolean;
  /** The regex rows' guard: counter-speech and reports ("stop calling…", "anyone who thinks all…", bias.ts GUARD). */
  guard: boolean;
  denied: boolean;
  /** A judgement aimed at a group ("Muslims are all thieves", "filthy immigrants"), not only beside one (AIMED). */
  aimed: boolean;
}

function look(text: string): Seen {
  const norm = normaliseForProfanity(text);
  return {
    slur: SLUR.test(norm) || HATE_CODE.test(text),
    soft: SOFT_SLUR.test(norm),
    group: GROUP.test(text),
    dehumanised: DEHUMANISED.test(text),
    harm: HARM.test(text),
    hostile: HOSTILE.test(text),
    counter: COUNTER.test(text),
    judging:
      DEROGATORY_WORD.test(text) || RESTRICTING.test(text) || SWEEPING.test(text) || NEGATIVE.test(text) || PROFANE.some((re) => re.test(norm)),
    warm: WARM.test(text),
    guard: GUARD.test(text),
    denied: DENIED.test(text),
    aimed: aimsAtGroup(text),
  };
}

/** The post's `look`, kept for the next unit of the same post (a post's units are scored one after another). */
let lastPost: { text: string; seen: Seen } | undefined;
function lookPost(post: string): Seen {
  if (lastPost?.text !== post) lastPost = { text: post, seen: look(post) };
  return lastPost.seen;
}

/** Does a text name a protected group or an othered one ("Muslims", "a Mexican", "Pride", "those people")? */
export function namesGroup(text: string): boolean {
  return GROUP.test(text);
}

/** The bias head's extra features of one unit (`BIAS_SIGNALS`, each 0 or 1), given its text and the post's. */
export function biasSignals(unit: string, post: string): Float32Array {
  const u = look(unit);
  const p = unit === post ? u : lookPost(post);
  const hostileAny = (s: Seen) => s.slur || s.soft || s.dehumanised || s.harm || s.hostile;
  const values = [
    u.slur,
    u.soft,
    u.group,
    u.dehumanised,
    u.harm,
    u.hostile,
    u.counter,
    u.group && u.dehumanised,
    u.group && u.harm,
    u.group && u.hostile,
    u.group && u.soft,
    p.slur,
    p.soft,
    p.group,
    p.dehumanised,
    p.harm,
    p.hostile,
    p.counter,
    p.group && !hostileAny(p),
    judges(p),
    // the group-mention features: a group named in this sentence with no judgement passed on it is not bias, however
    // much the embedding and the n-grams lean on the group's name; named with judgement, or with warmth, or countered
    u.group && !judges(u),
    u.group && judges(u),
    u.group && u.counter,
    u.warm,
    u.group && u.warm,
    p.group && p.warm,
    p.group && judges(p),
    u.guard,
    u.group && u.guard,
    p.guard,
    u.group && u.denied,
    // a judgement aimed at the group, or a group named with none aimed at it (an ordinary mention on real posts)
    u.aimed,
    p.aimed,
    u.group && !u.aimed && !u.slur,
    p.group && !p.aimed && !p.slur,
  ];
  return Float32Array.from(values, (v) => (v ? 1 : 0));
}

/**
 * Does a post only mention a group, passing no judgement on anyone (no slur, hostile or dehumanising word, call to harm,
 * maligning predicate, exclusion, sweeping generalisation, negative word or profanity)? The bias head must be surer
 * there (its `quietThreshold`): on real posts that name a group, its false alarms were mostly these (25 of 33 on the
 * Broad Twitter Corpus tweets that name one), while most bias in our cases passes judgement somewhere.
 */
export function onlyMentions(post: string): boolean {
  return !judges(look(post));
}

const judges = (s: Seen) => s.slur || s.soft || s.dehumanised || s.harm || s.hostile || s.judging;

/**
 * Is a unit counter-speech or a report the regex rows already know (bias.ts GUARD: "calling them vermin is disgusting",
 * "someone shouted … at my neighbour", "not all…", "stop calling…"; a double-quoted remark given to someone else)? The regex rows drop such a sentence; the head's
 * additions there are dropped too (layer.ts, and so in training): out of fold (session 10's head, 21,733 cases) the
 * head's additions at P 0.93 alone were 7 false for 1 true in such sentences, the quotes and tropes it is asked not to
 * learn.
 */
export function counterSpeech(unit: string): boolean {
  return GUARD.test(unit) || quotesOthers(unit);
}

/** A head's own features, appended after the shared ones: the names heads.json records and how a unit gets them. */
export interface OwnSignals {
  names: readonly string[];
  of(unit: string, post: string): Float32Array;
  /** Posts where the head must reach its `quietThreshold` rather than its threshold. */
  quiet?(post: string): boolean;
  /** Units the head never reports (nor trains on): the rule's own regex says they are not its kind. */
  veto?(unit: string, post: string): boolean;
}

/** Heads with features of their own, by rule: only conduct/bias so far. */
export const OWN_SIGNALS: Readonly<Record<string, OwnSignals>> = {
  // counter-speech and reports in the unit; a post judging only unprotected groups, or praising one (session 25)
  'conduct/bias': { names: BIAS_SIGNALS, of: biasSignals, quiet: onlyMentions, veto: (unit, post) => counterSpeech(unit) || judgesOnlyUnprotected(post) || praisesGroup(post) },
};

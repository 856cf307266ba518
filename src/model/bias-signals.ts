/**
 * Features of the conduct/bias head besides the shared ones (heads.ts `features`): what separates a group maligned
 * from a group named. Trained on group words alone, the head learnt that naming a group is bias (on real posts most of
 * its false alarms were neutral posts about Muslims, Jews, women or immigrants); these say whether the sentence and
 * the post also hold a slur, a dehumanising noun, a call to harm or expel, or a hostile word, whether the group sits
 * in the same sentence as one of them, and whether the post names a group with none of them (a mention).
 */
import { DEHUMANISING, GROUP_NOUNS, GROUP_SINGULAR, IDENTITY_CUE, SLURS, SOFT_SLURS, VAGUE_GROUP } from '../detectors/conduct/bias-words.js';
import { normaliseForProfanity } from '../detectors/conduct/profanity-words.js';
import { oneOf } from '../detectors/vocab.js';

const word = (source: string, flags = 'i') => new RegExp(String.raw`(?<![a-z0-9_])(?:${source})(?![a-z0-9_])`, flags);

// e.g. "kike", "n1gger" (read on the profanity-normalised text)
const SLUR = word(SLURS.map((s) => s.source).join('|'));
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
  ]),
);

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
] as const;

interface Seen {
  slur: boolean;
  soft: boolean;
  group: boolean;
  dehumanised: boolean;
  harm: boolean;
  hostile: boolean;
  counter: boolean;
}

function look(text: string): Seen {
  const norm = normaliseForProfanity(text);
  return {
    slur: SLUR.test(norm),
    soft: SOFT_SLUR.test(norm),
    group: GROUP.test(text),
    dehumanised: DEHUMANISED.test(text),
    harm: HARM.test(text),
    hostile: HOSTILE.test(text),
    counter: COUNTER.test(text),
  };
}

/** Does a text name a protected group or an othered one ("Muslims", "a Mexican", "Pride", "those people")? */
export function namesGroup(text: string): boolean {
  return GROUP.test(text);
}

/** The bias head's extra features of one unit (`BIAS_SIGNALS`, each 0 or 1), given its text and the post's. */
export function biasSignals(unit: string, post: string): Float32Array {
  const u = look(unit);
  const p = unit === post ? u : look(post);
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
  ];
  return Float32Array.from(values, (v) => (v ? 1 : 0));
}

/** A head's own features, appended after the shared ones: the names heads.json records and how a unit gets them. */
export interface OwnSignals {
  names: readonly string[];
  of(unit: string, post: string): Float32Array;
}

/** Heads with features of their own, by rule: only conduct/bias so far. */
export const OWN_SIGNALS: Readonly<Record<string, OwnSignals>> = {
  'conduct/bias': { names: BIAS_SIGNALS, of: biasSignals },
};

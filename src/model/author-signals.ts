/**
 * Features of the id/self-affiliation head besides the shared ones: signs that the police work in a post is someone
 * else's, or not police work. Out of fold on the training cases, the head's surest false alarms were look-alikes
 * the shared features cannot tell apart: another job ("fire academy", "dispatcher", "corrections officer", "Army
 * medic"), a relative's service ("my husband hung up his uniform", "my mum, the retired sergeant") and fiction
 * ("my detective found the body"). Each is counted in the sentence and in the post, and beside the first person.
 * Against them, the writer's own vantage (vantage-words.ts): a police act told by its doer ("I booked him", "Cleared
 * my last call.", a sentence that opens on the act with its "I" left out) or a police thing the writer owns ("my FTO",
 * "our sector"); of the training positives the head missed, many told police work this way without an explicit cue.
 * Cross-validated regex+model recall at precision 0.93 (session 8, with train-k): 0.620 without these three, 0.631 with.
 * Tried in session 11 and not kept (23,339 cases with train-o, 0.693 -> 0.691, and no fewer false alarms on train-o's
 * non-police posts about police): police named as others ("the officer was nice"), a police act done to the writer
 * ("pulled me over"), the writer calling the police ("called 911"), a ride-along or a reporter, "his sergeant"; the
 * embedding and the word n-grams already carry them. Nor in session 14: a police thing held by someone else ("his
 * badge", "Dad's retirement", "from his Garda days"; 17 positive, 124 negative of 24,939 cases): recall at 0.93 0.720 -> 0.720,
 * and the relatives' badges of heldout-a and -g still scored 0.86-0.98. Nor in session 15 (25,739 cases): police as
 * another person acting on the writer ("the copper showed us", "The Garda on the phone gave me her number"; 37 negative,
 * 16 positive posts) and a sentence of the post that the speaker veto drops (111 negative, 2 positive), in the unit and
 * the post: recall at 0.93 0.734 -> 0.735, heldout-a..h 306 found / 17 false alarms -> 306 / 18.
 */
import { OTHER_JOB } from '../detectors/id/police-words.js';
import { FICTION, CRIME_MEDIA, STAGED, fictionVeto } from '../detectors/vocab/fiction.js';
import { KIN } from '../detectors/vocab/relatives.js';
import { oneOf } from '../detectors/vocab.js';
import { POLICE_ACTS, POLICE_THINGS } from './vantage-words.js';

// e.g. "dispatcher", "corrections officer", "the fire academy", "Army", "security guard": the police look-alikes
const LOOK_ALIKE = new RegExp(
  String.raw`\b${oneOf([
    'dispatch(?:er|ers)',
    String.raw`call[- ]taker`,
    'corrections?',
    String.raw`prison\s+officers?`,
    String.raw`(?:jail|detention)\s+officers?`,
    'firefight\\w*',
    String.raw`fire\s+(?:academy|crew|engine|truck|service)`,
    'army',
    'navy',
    'marines?',
    'raf',
    'soldiers?',
    'military',
    'medics?',
    'paramedics?',
    'ambulance',
    String.raw`security\s+(?:guard|officer|job|shift)`,
    'bouncers?',
    'lifeguards?',
    'pcsos?',
    String.raw`traffic\s+wardens?`,
    String.raw`parking\s+(?:warden|enforcement|attendant)s?`,
    String.raw`compliance\s+officers?`,
    String.raw`probation\s+officers?`,
    String.raw`customs\s+officers?`,
    String.raw`border\s+(?:force|patrol)`,
  ])}\b`,
  'i',
);
// e.g. "my husband", "our son", "my mum": a relative whose service a police word may be
const MY_RELATIVE = new RegExp(String.raw`\b(?:my|our)\s+(?:\w+\s+)?(?:${oneOf(KIN)})s?\b`, 'i');
const STORY = fictionVeto(FICTION, CRIME_MEDIA, STAGED);
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|im|me|my|myself|we|we're|us|our)\b/i;
const ACTS = oneOf(POLICE_ACTS);
// "I was arrested", "we got pulled over": the writer is the one the act was done to
const PASSIVE = String.raw`(?:was|were|got|get|gets|getting|been|being|am|is|are|be)`;
// e.g. "I booked him", "we just cleared the call", "I've arrested", "me and Dave cuffed him"
const I_ACTED = new RegExp(String.raw`\b(?:i|we|i['’](?:ve|d)|we['’](?:ve|d)|me\s+and\s+\w+|\w+\s+and\s+i)\s+(?:(?!${PASSIVE}\b)\w+\s+){0,2}?(?:${ACTS})\b`, 'i');
// e.g. "Booked two before lunch.", "Just cleared my last call": the act opens the sentence, its "I" left out
const ACT_OPENS = new RegExp(String.raw`^\W*(?:(?:just|finally|then|already|and)\s+)?(?:${ACTS})\b`, 'i');
// e.g. "my FTO", "our sector", "my old sarge", "my patrol car"
const MY_THING = new RegExp(String.raw`\b(?:my|our)\s+(?:\w+\s+)?(?:${oneOf(POLICE_THINGS)})\b`, 'i');

/** Names of the features, in order: heads.json records them, so a head trained on another list is refused. */
export const AUTHOR_SIGNALS = [
  'other-job',
  'relative',
  'fiction',
  'post:other-job',
  'post:relative',
  'post:fiction',
  'post:first+other',
  'vantage:act',
  'vantage:mine',
  'post:vantage',
] as const;

interface Look {
  job: boolean;
  relative: boolean;
  fiction: boolean;
  first: boolean;
  act: boolean;
  mine: boolean;
}

function look(text: string): Look {
  return {
    job: OTHER_JOB.test(text) || LOOK_ALIKE.test(text),
    relative: MY_RELATIVE.test(text),
    fiction: STORY.test(text),
    first: FIRST_PERSON.test(text),
    act: I_ACTED.test(text) || ACT_OPENS.test(text),
    mine: MY_THING.test(text),
  };
}

/** A sentence-by-sentence look at the post: an act opening a later sentence counts too. */
function lookPost(post: string): Look {
  const p = look(post);
  if (!p.act) p.act = post.split(/(?<=[.!?\n])\s+/).some((s) => ACT_OPENS.test(s));
  return p;
}

/** The self-affiliation head's extra features of one unit (`AUTHOR_SIGNALS`, each 0 or 1), given its text and the post's. */
export function authorSignals(unit: string, post: string): Float32Array {
  const u = look(unit);
  const p = unit === post ? { ...u, act: u.act || lookPost(post).act } : lookPost(post);
  const values = [u.job, u.relative, u.fiction, p.job, p.relative, p.fiction, p.first && (p.job || p.relative), u.act, u.mine, p.act || p.mine];
  return Float32Array.from(values, (v) => (v ? 1 : 0));
}

/**
 * Features of the id/self-affiliation head besides the shared ones: signs that the police work in a post is someone
 * else's, or not police work. Out of fold on the training cases, the head's surest false alarms were look-alikes
 * the shared features cannot tell apart: another job ("fire academy", "dispatcher", "corrections officer", "Army
 * medic"), a relative's service ("my husband hung up his uniform", "my mum, the retired sergeant") and fiction
 * ("my detective found the body"). Each is counted in the sentence and in the post, and beside the first person.
 */
import { OTHER_JOB } from '../detectors/id/police-words.js';
import { FICTION, CRIME_MEDIA, STAGED, fictionVeto } from '../detectors/vocab/fiction.js';
import { KIN } from '../detectors/vocab/relatives.js';
import { oneOf } from '../detectors/vocab.js';

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

/** Names of the features, in order: heads.json records them, so a head trained on another list is refused. */
export const AUTHOR_SIGNALS = ['other-job', 'relative', 'fiction', 'post:other-job', 'post:relative', 'post:fiction', 'post:first+other'] as const;

function look(text: string): { job: boolean; relative: boolean; fiction: boolean; first: boolean } {
  return { job: OTHER_JOB.test(text) || LOOK_ALIKE.test(text), relative: MY_RELATIVE.test(text), fiction: STORY.test(text), first: FIRST_PERSON.test(text) };
}

/** The self-affiliation head's extra features of one unit (`AUTHOR_SIGNALS`, each 0 or 1), given its text and the post's. */
export function authorSignals(unit: string, post: string): Float32Array {
  const u = look(unit);
  const p = unit === post ? u : look(post);
  const values = [u.job, u.relative, u.fiction, p.job, p.relative, p.fiction, p.first && (p.job || p.relative)];
  return Float32Array.from(values, (v) => (v ? 1 : 0));
}

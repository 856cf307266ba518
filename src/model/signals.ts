/**
 * Heads with features of their own, by rule: the names heads.json records and how a unit gets them. conduct/bias's
 * come from bias-signals.ts (a group beside a slur, a dehumanising noun, a call to harm), conduct/alcohol's from
 * alcohol-signals.ts (drink named at all), id/self-affiliation's from author-signals.ts (another job, a relative's
 * service, fiction). A change to any list wants `npm run train`.
 */
import { ALCOHOL_SIGNALS, alcoholSignals, otherSenseOnlyPost } from './alcohol-signals.js';
import { AUTHOR_SIGNALS, authorSignals } from './author-signals.js';
import { OWN_SIGNALS as BIAS, type OwnSignals } from './bias-signals.js';
import { speakerNotPolice } from '../detectors/id/self-affiliation.js';
import { noNumberIn, notAnOfficersNumber } from '../detectors/id/badge-number.js';
import { caseNotOpenIn } from '../detectors/case/investigation.js';
import { sceneNotRealIn } from '../detectors/case/crime-scene.js';
import { newsTold, voteNotPolitical } from './political-vetoes.js';
import { publicAuthor } from './author-vetoes.js';
import { noCaseTold, noSceneTold } from './case-vetoes.js';

export type { OwnSignals };

const none = (): Float32Array => new Float32Array(0);

export const OWN_SIGNALS: Readonly<Record<string, OwnSignals>> = {
  ...BIAS,
  'conduct/alcohol': { names: ALCOHOL_SIGNALS, of: alcoholSignals, quiet: otherSenseOnlyPost },
  // a post whose author says they are someone else (an applicant, an actor, a soldier, another uniformed job), or a
  // sentence that is an occasion such as an audition or jury duty: the regex takes none of its cues as the author's,
  // and the head neither reports nor trains on it; nor on a post that the head alone reads as the public's
  // (author-vetoes.ts): a relative's badge kept, the police seen as others at a scene, a screen story, a volunteer
  'id/self-affiliation': { names: AUTHOR_SIGNALS, of: authorSignals, veto: (unit, post) => speakerNotPolice(post, unit) || publicAuthor(post) },
  // heads with no features of their own, only the regex's word on a sentence: a case told as a story, as news or as
  // decided in public is no open investigation; a conference badge, a serial or a ticket number is no officer's, and a
  // post with no number in digits or words discloses none; nor, for investigation, a post the head alone reads as a
  // case (case-vetoes.ts): hearsay that tells of no crime, case or police ("Luis at the taco truck says ...")
  'case/investigation': { names: [], of: none, veto: (unit, post) => caseNotOpenIn(unit, post) || noCaseTold(post) },
  'id/badge-number': { names: [], of: none, veto: (unit, post) => notAnOfficersNumber(unit) || noNumberIn(post) },
  // a scene in fiction, on a screen, in a game, a toy's, art or a staged one, or a simile, named in the sentence; nor a
  // post that places only someone harmless or the author's own relative or pet, with no harm in it (case-vetoes.ts)
  'case/crime-scene': { names: [], of: none, veto: (unit, post) => sceneNotRealIn(unit) || noSceneTold(post) },
  // a vote for no party or candidate: a school or club contest, a talent show, a ballot measure alone, a vote naming
  // no side, both parties named as one; news told about parties, a headline with a link and no voice of the author's
  // (political-vetoes.ts)
  'conduct/political': { names: [], of: none, veto: (unit, post) => voteNotPolitical(unit, post) || newsTold(post) },
};

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

export type { OwnSignals };

const none = (): Float32Array => new Float32Array(0);

export const OWN_SIGNALS: Readonly<Record<string, OwnSignals>> = {
  ...BIAS,
  'conduct/alcohol': { names: ALCOHOL_SIGNALS, of: alcoholSignals, quiet: otherSenseOnlyPost },
  // a post whose author says they are someone else (an applicant, an actor, a soldier, another uniformed job), or a
  // sentence that is an occasion such as an audition or jury duty: the regex takes none of its cues as the author's,
  // and the head neither reports nor trains on it
  'id/self-affiliation': { names: AUTHOR_SIGNALS, of: authorSignals, veto: (unit, post) => speakerNotPolice(post, unit) },
  // heads with no features of their own, only the regex's word on a sentence: a case told as a story, as news or as
  // decided in public is no open investigation; a conference badge, a serial or a ticket number is no officer's, and a
  // post with no number in digits or words discloses none
  'case/investigation': { names: [], of: none, veto: (unit, post) => caseNotOpenIn(unit, post) },
  'id/badge-number': { names: [], of: none, veto: (unit, post) => notAnOfficersNumber(unit) || noNumberIn(post) },
  // a scene in fiction, on a screen, in a game, a toy's, art or a staged one, or a simile, named in the sentence
  'case/crime-scene': { names: [], of: none, veto: (unit) => sceneNotRealIn(unit) },
};

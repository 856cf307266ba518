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

export type { OwnSignals };

export const OWN_SIGNALS: Readonly<Record<string, OwnSignals>> = {
  ...BIAS,
  'conduct/alcohol': { names: ALCOHOL_SIGNALS, of: alcoholSignals, quiet: otherSenseOnlyPost },
  // a post whose author says they are someone else (an applicant, an actor, a soldier, another uniformed job), or a
  // sentence that is an occasion such as an audition or jury duty: the regex takes none of its cues as the author's,
  // and the head neither reports nor trains on it
  'id/self-affiliation': { names: AUTHOR_SIGNALS, of: authorSignals, veto: (unit, post) => speakerNotPolice(post, unit) },
};

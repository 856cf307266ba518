/**
 * Eval helpers: screen a bare text the way `npm run eval`, `npm run bench` and `npm run train` score it, with every
 * registered detector and every bundled pack (they moved here from src/core/screen.ts: core never imports detectors).
 */
import { Screener, type SecondOpinion } from '../core/screen.js';
import type { AccountContext, Finding, Profile } from '../core/types.js';
import { registry } from '../detectors/index.js';
import { loadPacks } from '../policy/packs.js';

export type EvalFinding = Finding & { start: number; end: number };

const evalScreeners = new WeakMap<Profile, Screener>();

const evalModelScreeners = new WeakMap<Profile, WeakMap<SecondOpinion, Screener>>();

/** `screenTextForEval` plus the learned layer's second opinion. */
export async function screenTextForEvalWithModel(text: string, context: AccountContext, profile: Profile, model: SecondOpinion): Promise<EvalFinding[]> {
  let byModel = evalModelScreeners.get(profile);
  if (!byModel) evalModelScreeners.set(profile, (byModel = new WeakMap()));
  let screener = byModel.get(model);
  if (!screener) {
    screener = new Screener({ config: { profile, severity: {} }, detectors: registry, packs: loadPacks(undefined), context, showEvidence: true, model });
    byModel.set(model, screener);
  }
  return (await screener.screenTextWithModel('<eval>', text, { context })).map((f) => {
    const loc = f.location as { start: number; end: number };
    return { ...f, start: loc.start, end: loc.end };
  });
}

/**
 * Screen a bare text the way `npm run eval` scores it: every bundled pack, the case's context, no config overrides.
 * Findings keep unmasked evidence so span-level scores can be computed.
 */
export function screenTextForEval(text: string, context: AccountContext, profile: Profile): EvalFinding[] {
  let screener = evalScreeners.get(profile);
  if (!screener) {
    screener = new Screener({ config: { profile, severity: {} }, detectors: registry, packs: loadPacks(undefined), context, showEvidence: true });
    evalScreeners.set(profile, screener);
  }
  return screener.screenText('<eval>', text, { context }).map((f) => {
    const loc = f.location as { start: number; end: number };
    return { ...f, start: loc.start, end: loc.end };
  });
}

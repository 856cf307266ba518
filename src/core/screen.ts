/** Screening: hits -> findings with policy severity, clauses, masked evidence and fingerprints. */
import { detectText, type TextHit } from './engine.js';
import type { AccountContext, Profile } from './types.js';

/** Screen a bare text the way the eval scores it: every pack, the given context, nothing disabled. */
export function screenTextForEval(text: string, context: AccountContext, profile: Profile): TextHit[] {
  return detectText({ text, source: 'text' }, { context, profile });
}

/**
 * Finding fingerprints: a hash of the rule id and the normalised evidence (case, spacing and punctuation folded),
 * so a finding keeps its fingerprint when lines move or the draft is re-wrapped. Baselines and SARIF use it.
 */
import { createHash } from 'node:crypto';

export function normaliseEvidence(evidence: string): string {
  return evidence
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
}

export function fingerprint(ruleId: string, evidence: string): string {
  return createHash('sha256')
    .update(`${ruleId}\u0000${normaliseEvidence(evidence)}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * Finding fingerprints: a hash of the rule id and the normalised evidence (case, spacing and punctuation folded),
 * so a finding keeps its fingerprint when lines move or the draft is re-wrapped. Baselines and SARIF use it.
 *
 * What was found is often guessable (a phone number is one of 10^7 per area code, an undercover member's surname one
 * of a staff list), so a plain hash of it can be read back by hashing every candidate. With the profile's
 * `fingerprint_key` (or CLEARPOST_FINGERPRINT_KEY) the hash is an HMAC under that key: a report or baseline that leaves
 * the department then says nothing about the evidence to whoever lacks the key.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

export function normaliseEvidence(evidence: string): string {
  return evidence
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.]+/gu, ' ')
    .trim();
}

export function fingerprint(ruleId: string, evidence: string, key?: string): string {
  const hash = key ? createHmac('sha256', key) : createHash('sha256');
  return hash
    .update(`${ruleId}\u0000${normaliseEvidence(evidence)}`)
    .digest('hex')
    .slice(0, 32);
}

/** A fresh key for `fingerprint_key` (what `clearpost init` writes): 128 random bits, hex. */
export function newFingerprintKey(): string {
  return randomBytes(16).toString('hex');
}

/** The shortest `fingerprint_key` accepted: a key one could guess protects nothing. */
export const MIN_FINGERPRINT_KEY = 16;

/**
 * Why a `fingerprint_key` (from the profile or CLEARPOST_FINGERPRINT_KEY) cannot be used, or undefined when it can: the
 * one length rule both places apply.
 */
export function fingerprintKeyProblem(key: unknown): string | undefined {
  if (typeof key === 'string' && key.trim().length >= MIN_FINGERPRINT_KEY) return undefined;
  return `shorter than ${MIN_FINGERPRINT_KEY} characters: expected a random string of ${MIN_FINGERPRINT_KEY} characters or more (clearpost init writes one); a key one could guess protects nothing`;
}

/**
 * Evidence masking: a CI log or a SARIF upload must not become the leak. The first character of each word stays,
 * so a reviewer can tell which name or number was meant; every other letter and digit becomes `*`.
 *
 *   "1423 Elm Street"          -> "1*** E** S*****"
 *   "dana.k83@gmail.com"       -> "d***.k**@g****.c**"
 */
export function maskEvidence(evidence: string): string {
  let out = '';
  let inWord = false;
  for (const ch of evidence) {
    // a mark (an accent, a keycap's U+FE0F U+20E3) stays and keeps the word going: "4️⃣1️⃣3️⃣" -> "4️⃣*️⃣*️⃣"
    if (/\p{M}/u.test(ch)) {
      out += ch;
      continue;
    }
    const isWordChar = /[\p{L}\p{N}]/u.test(ch);
    if (!isWordChar) {
      out += ch;
      inWord = false;
    } else if (!inWord) {
      out += ch;
      inWord = true;
    } else out += '*';
  }
  return out;
}

/**
 * What an undercover member's name becomes in a report: nothing of it. Initials and word lengths ("I******* V*********")
 * pick one member out of a staff list, and that member is the one a report must never point at.
 */
export const UNDERCOVER_EVIDENCE = '[undercover member]';

/**
 * The masked evidence of a finding of `rules` (one rule id, or every rule flagging a span): wholly when one of them is
 * a reference to an undercover member, by maskEvidence otherwise.
 */
export function maskFor(rules: string | readonly string[], evidence: string): string {
  const undercover = typeof rules === 'string' ? rules === 'id/undercover' : rules.includes('id/undercover');
  return undercover ? UNDERCOVER_EVIDENCE : maskEvidence(evidence);
}

/**
 * Mask coordinates and other numbers entirely except their sign and integer degrees (`37.7468,-119.5299` ->
 * `37.****,-119.****`): the rounded position is already in the message.
 */
export function maskNumbers(evidence: string): string {
  return evidence.replace(/(\d+)\.(\d+)/g, (_, whole: string, frac: string) => `${whole}.${'*'.repeat(frac.length)}`);
}

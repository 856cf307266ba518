/**
 * The stable catalogue of rule ids. Ids never change meaning; policy packs, reports and suppressions key on them.
 * Pack validation rejects any id not listed here.
 */
export const RULE_IDS = [
  'pii/address',
  'pii/birthdate',
  'pii/phone',
  'pii/email',
  'id/badge-number',
  'id/department-moniker',
  'id/coworker',
  'id/self-affiliation',
  'id/undercover',
  'case/crime-scene',
  'case/investigation',
  'conduct/profanity',
  'conduct/bias',
  'conduct/political',
  'conduct/alcohol',
  'image/gps',
  'image/people-tags',
  'image/camera-identity',
  'image/thumbnail',
  'image/police-markings',
  'image/faces',
  'image/uniform',
  'image/marked-vehicle',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

const known = new Set<string>(RULE_IDS);
export function isRuleId(id: string): id is RuleId {
  return known.has(id);
}

/**
 * Rules whose findings no inline comment or baseline entry can silence, and whose severity a config cannot lower: a
 * reference to an undercover member must reach a reviewer every time.
 */
export const UNSUPPRESSIBLE: ReadonlySet<string> = new Set(['id/undercover']);

/**
 * Rules reported once per text read (a draft, a picture's words, a file's metadata): their cues state one fact about
 * the post ("16 hr shift", "my FTO" and "the academy" all say the writer is police), so one finding carries them all,
 * the first in reading order as its location and the others as `related` spans (user test 29, U29-11). Counts,
 * `--max-warnings` and the exit code see one finding.
 */
export const ONE_PER_POST: ReadonlySet<string> = new Set(['id/self-affiliation']);

/**
 * The messages (messageId per rule) a detector gives a finding that names a member of the profile's roster: one of
 * your own colleagues, never someone of another agency. A pack clause about other agencies' staff says so with
 * `unless: roster-member` on its rule entry, and is not cited for these findings (test/policy/packs.test.ts keeps the
 * list equal to id/coworker's messages that speak of the roster).
 */
export const ROSTER_MEMBER_MESSAGES: Readonly<Record<string, readonly string[]>> = {
  'id/coworker': ['rosterTitle', 'handle', 'tag', 'roster'],
};

/** Whether a finding of `ruleId` with message `messageId` names a member of the roster. */
export function namesRosterMember(ruleId: string, messageId: string | undefined): boolean {
  return messageId !== undefined && (ROSTER_MEMBER_MESSAGES[ruleId]?.includes(messageId) ?? false);
}

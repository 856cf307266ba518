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

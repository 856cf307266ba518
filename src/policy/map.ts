/**
 * From rule ids to policy: which clauses a finding breaks in an account context, and how severe it is.
 * A clause whose severity is `off` in a context allows the content there and is not cited.
 */
import { RULE_IDS, type RuleId } from '../core/rules.js';
import { SEVERITY_RANK, type AccountContext, type Clause, type Severity, type SeverityOrOff } from '../core/types.js';
import type { PolicyPack } from './packs.js';

/** A clause covering a rule, with its severity in both contexts. */
export interface CoverageEntry extends Clause {
  personal: SeverityOrOff;
  official: SeverityOrOff;
}

export interface RuleCoverage {
  ruleId: RuleId;
  /** Every clause of the packs that maps the rule, `off` ones included. */
  clauses: CoverageEntry[];
}

/** What a finding says about whom it names, for clauses that leave some findings out (`unless`). */
export interface FindingSubject {
  /** The finding names a member of the profile's roster (src/core/rules.ts namesRosterMember). */
  rosterMember?: boolean;
  /** The finding is about an employee: a co-worker is named beside it (src/core/employee.ts). */
  employee?: boolean;
}

/**
 * The clauses covering `ruleId` with a severity other than `off` in `context`, most severe first; with a subject,
 * without the clauses that leave such findings out (a clause on other agencies' staff, for one of your roster).
 */
export function clausesFor(ruleId: string, packs: readonly PolicyPack[], context: AccountContext, subject: FindingSubject = {}): Clause[] {
  return covering(ruleId, packs, context, subject)
    .filter((c) => !c.uncited)
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
    .map((c) => c.clause);
}

/**
 * The clauses that set the finding's severity but are not cited for its subject (`cite: employee` on the official
 * account, for a finding about no employee): the report says so, and whether the pack has another clause for it.
 */
export function uncitedClauses(ruleId: string, packs: readonly PolicyPack[], context: AccountContext, subject: FindingSubject = {}): Clause[] {
  return covering(ruleId, packs, context, subject)
    .filter((c) => c.uncited)
    .map((c) => c.clause);
}

/**
 * The severity of `ruleId` in `context`: the highest among the clauses covering it and cited for the finding (error >
 * warning > info), `off` when none covers it. A clause that covers it but is not cited for its subject (`cite:
 * employee`, no employee named) gives `info`: the finding's message says the pack has no clause for it, and such a
 * finding must not count against --max-warnings (user test 30, U30-27). A config override for the rule replaces it.
 */
export function severityFor(
  ruleId: string,
  packs: readonly PolicyPack[],
  context: AccountContext,
  overrides: Readonly<Record<string, SeverityOrOff>> = {},
  subject: FindingSubject = {},
): SeverityOrOff {
  const override = overrides[ruleId];
  if (override !== undefined) return override;
  let best: Severity | undefined;
  const found = covering(ruleId, packs, context, subject);
  for (const { severity } of found.filter((c) => !c.uncited)) {
    if (best === undefined || SEVERITY_RANK[severity] > SEVERITY_RANK[best]) best = severity;
  }
  return best ?? (found.length ? 'info' : 'off');
}

/**
 * Whether the packs map `ruleId` but turn it off in `context` for every finding (about an employee, a roster member or
 * neither): New Haven's private-facts clause on the official account. Not for a rule no pack maps (uncoveredBy).
 */
export function turnedOff(ruleId: string, packs: readonly PolicyPack[], context: AccountContext): boolean {
  const mapped = packs.some((p) => p.clauses.some((c) => c.rules[ruleId] !== undefined));
  return mapped && [{}, { employee: true }, { rosterMember: true }].every((subject) => severityFor(ruleId, packs, context, {}, subject) === 'off');
}

/**
 * When no selected pack maps `ruleId` in any clause, on either account: each pack's reason for leaving it out (its
 * `uncovered:` line, `{ policy, why }`). Such a rule's findings are reported as info with no clause, the message
 * quoting these reasons (user test 30, U30-3: a Takoma Park run said ✔ over a child's birthday and home address).
 * Empty when some pack maps it (a clause turning it off on one account is the pack's reading, not a gap).
 */
export function uncoveredBy(ruleId: string, packs: readonly PolicyPack[]): { policy: string; why: string }[] {
  if (!packs.length || packs.some((p) => p.clauses.some((c) => c.rules[ruleId] !== undefined))) return [];
  return packs.map((p) => ({ policy: p.id, why: p.uncovered?.[ruleId] ?? '' }));
}

/** For each rule id, in catalogue order, the clauses that map it (for `clearpost rules`). */
export function ruleCoverage(packs: readonly PolicyPack[]): RuleCoverage[] {
  return RULE_IDS.map((ruleId) => ({
    ruleId,
    clauses: packs.flatMap((pack) =>
      pack.clauses
        .filter((c) => c.rules[ruleId] !== undefined)
        .map((c) => ({ ...toClause(pack, c), ...c.rules[ruleId] })),
    ),
  }));
}

/** The packs' manual clauses: what a reviewer checks by hand because no detector can. */
export function manualChecklist(packs: readonly PolicyPack[]): Clause[] {
  return packs.flatMap((pack) => pack.manual.map((m) => toClause(pack, m)));
}

function covering(
  ruleId: string,
  packs: readonly PolicyPack[],
  context: AccountContext,
  subject: FindingSubject = {},
): { clause: Clause; severity: Severity; uncited?: true }[] {
  const out: { clause: Clause; severity: Severity; uncited?: true }[] = [];
  for (const pack of packs) {
    for (const c of pack.clauses) {
      const entry = c.rules[ruleId];
      if (entry?.unless === 'roster-member' && subject.rosterMember) continue;
      let severity = entry?.[context];
      if (subject.employee && entry?.employee && (severity === undefined || severity === 'off' || SEVERITY_RANK[entry.employee] > SEVERITY_RANK[severity])) {
        severity = entry.employee;
      }
      const uncited = entry?.cite === 'employee' && context === 'official' && !subject.employee;
      if (severity !== undefined && severity !== 'off') out.push({ clause: toClause(pack, c), severity, ...(uncited ? { uncited } : {}) });
    }
  }
  return out;
}

function toClause(pack: PolicyPack, c: { id: string; title: string; quote: string }): Clause {
  return { policy: pack.id, id: c.id, title: c.title, quote: c.quote };
}

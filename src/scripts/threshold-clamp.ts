/**
 * Keep a refit's thresholds near the shipped ones (session 29's pre-registered rule, set by the lead before any figure
 * of the refit existed): each rule's decision thresholds (personal, official, quiet: THRESHOLD_KINDS) are clamped to
 * within `within` of the reference heads' threshold of the same kind and rule; where the reference has no threshold of
 * that kind, the refit's own stands.
 *
 * Why: session 28's refit chose its thresholds out of fold by its own rule and moved investigation's from 0.867 to
 * 0.951, which cost true posts on checks no head had seen (model28-report.md). The weights may change with new
 * training data; how far the operating point moves in one refit is capped.
 *
 * Only the thresholds on the head's score are clamped. The first look's thresholds (`gateThreshold`, `look.threshold`)
 * belong to the refit's own word weights and embedding-less model, on scales no other heads file shares: they stay.
 * A head's `cv` figures stay the refit's (at its own thresholds); nothing at run time reads them.
 */

/** The thresholds a head's score is compared with (heads.ts `Head`; layer.ts picks one per post). */
export const THRESHOLD_KINDS = ['threshold', 'officialThreshold', 'quietThreshold'] as const;
export type ThresholdKind = (typeof THRESHOLD_KINDS)[number];
type Thresholds = Partial<Record<ThresholdKind, number>>;

/** One threshold the clamp moved. */
export interface ClampMove {
  rule: string;
  kind: ThresholdKind;
  from: number;
  to: number;
  reference: number;
}

/**
 * The same heads with every decision threshold within `within` of `reference`'s of the same rule and kind, and the
 * thresholds it moved. An official threshold a head leaves out is its personal one (layer.ts): where the reference
 * carries one, the clamped head carries one too (clamped from the head's own personal threshold), so the official
 * posts' operating point is capped as well. Pure: `heads` is not changed.
 */
export function clampThresholds<H extends Thresholds>(
  heads: Readonly<Record<string, H>>,
  reference: Readonly<Record<string, Thresholds>>,
  within: number,
): { heads: Record<string, H>; moved: ClampMove[] } {
  if (!(within >= 0)) throw new Error(`clamp: ${within} is not a distance (>= 0)`);
  const moved: ClampMove[] = [];
  const out: Record<string, H> = {};
  for (const [rule, head] of Object.entries(heads)) {
    const ref = reference[rule] ?? {};
    const next: H = { ...head };
    for (const kind of THRESHOLD_KINDS) {
      const own = kind === 'officialThreshold' ? (head.officialThreshold ?? (ref.officialThreshold !== undefined ? head.threshold : undefined)) : head[kind];
      const at = ref[kind];
      if (own === undefined) continue;
      const to = at === undefined ? own : round(Math.min(at + within, Math.max(at - within, own)));
      next[kind] = to as H[ThresholdKind];
      if (to !== own) moved.push({ rule, kind, from: own, to, reference: at! });
    }
    out[rule] = next;
  }
  return { heads: out, moved };
}

/** Five decimals, as train.ts writes thresholds (0.86737 + 0.05 is 0.91737, not 0.9173700000000001). */
function round(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

/** A line per moved threshold, for the log. */
export function describeMoves(moved: readonly ClampMove[], within: number): string {
  if (!moved.length) return `clamp ${within}: no threshold moved`;
  return [
    `clamp ${within}: ${moved.length} threshold(s) moved to within ${within} of the reference`,
    ...moved.map((m) => `  ${m.rule} ${m.kind} ${m.from} -> ${m.to} (reference ${m.reference})`),
  ].join('\n');
}

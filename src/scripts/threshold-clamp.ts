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
 *
 * `spliceHeads` takes only some rules' heads from a refit into the shipped file (session 31's candidate: run D's
 * self-affiliation head with every other head, the crime-scene head it stacks on included, the shipped one).
 */
import type { Head, Heads } from '../model/heads.js';


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

/** What splicing reads of a heads file: parsed (parseHeads) or as stored (packed n-gram weights) alike. */
type SpliceFile = Pick<Heads, 'version' | 'embedding' | 'cues' | 'lexical' | 'postLevel' | 'hashing'> & {
  heads: Record<string, Pick<Head, 'w' | 'stacked'>>;
};

/**
 * `base` with the heads of `rules` taken from `from`, every other head `base`'s own (the same object: spliced from the
 * files as stored, the shipped heads are copied byte for byte; parseHeads/serializeHeads would re-pack every head's
 * n-gram weights, moving thousands of them by a float32 step). Refused where the two files do not share a feature
 * layout (embedding, cues, lexical rules, post-level features, n-gram hashing) or a spliced head's weights are not as
 * long as base's head of that rule, and where a spliced head stacks on a head neither file gives. A spliced head that
 * stacks on another reads `base`'s head of that rule at run time (the shipped crime-scene head, say), not the refit's
 * out-of-fold scores it was trained on. Pure.
 */
export function spliceHeads<F extends SpliceFile>(base: F, from: F, rules: readonly string[]): F {
  const layout = (h: SpliceFile) => JSON.stringify([h.version, h.embedding, h.cues, h.lexical, h.postLevel ?? false, h.hashing ?? null]);
  if (layout(base) !== layout(from)) throw new Error('splice: the two heads files do not share a feature layout');
  if (!rules.length) throw new Error('splice: no rule named');
  const heads = { ...base.heads };
  for (const rule of rules) {
    const head = from.heads[rule];
    if (!head) throw new Error(`splice: ${rule} has no head to take`);
    const own = base.heads[rule];
    if (own && own.w.length !== head.w.length) throw new Error(`splice: ${rule}'s weights are ${head.w.length} long, the base head's ${own.w.length}`);
    for (const dep of head.stacked?.heads ?? []) if (!heads[dep] && !rules.includes(dep)) throw new Error(`splice: ${rule} stacks on ${dep}, which the base lacks`);
    heads[rule] = head;
  }
  return { ...base, heads };
}

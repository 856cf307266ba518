/**
 * The learned second opinion for the semantic text rules. The regex detectors run first; for each rule they did not
 * report, the post's sentences that pass a cheap first look (a word list learned in training) are embedded and scored
 * by that rule's head, and the best sentence is reported when the post's score (its best sentence's, or for some heads
 * its few best sentences' combined) reaches the rule's threshold. Its finding says it "reads like" the rule, carries
 * the post's score as confidence and `method: 'model'`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { TextHit } from '../core/engine.js';
import type { AccountContext } from '../core/types.js';
import { sharedEmbedder, type Embedder } from './embedder.js';
import { POLICE_CONTEXT_WORDS } from '../detectors/id/police-words.js';
import {
  postFeatures,
  EMBEDDING_DIMS,
  EMBEDDING_SCALE,
  combineUnits,
  features,
  lexicalFeatures,
  logit,
  ngramIndices,
  parseHeads,
  passesGate,
  policeWords,
  score,
  stackedFeatures,
  type Gate,
  type Heads,
} from './heads.js';
import { tokens, units, type Unit } from './sentences.js';
import { OWN_SIGNALS } from './signals.js';
import { CASE_ACCEPT_CUES, OTHER_TRADE_CUES, caseNotOpenPost, otherTrade } from './other-trades.js';

/**
 * Where an addition is accepted: a rule's veto on the whole post, read only when its head has fired, naming the cue
 * that vetoed (other-trades.ts: the writer's own other trade, with no police evidence; for case/investigation also a
 * case decided in public). Not a training veto: the heads
 * are trained without it.
 */
export const ACCEPT_VETOES: Readonly<Record<string, (post: string) => string | undefined>> = {
  'id/self-affiliation': otherTrade,
  // another trade's pickup, a case decided in public (other-trades.ts caseNotOpenPost)
  'case/investigation': caseNotOpenPost,
};

/** The cues behind ACCEPT_VETOES, by rule, for `clearpost explain`: each a name and what it reads. */
export const ACCEPT_VETO_CUES: Readonly<Record<string, readonly { name: string; description: string }[]>> = {
  'id/self-affiliation': OTHER_TRADE_CUES.map(({ name, description }) => ({ name, description })),
  'case/investigation': CASE_ACCEPT_CUES,
};

/** The shared features of a unit, followed by the rule's own (OWN_SIGNALS) where it has some. */
function withOwn(rest: Float32Array, rule: string, unit: string, post: string): Float32Array {
  const own = OWN_SIGNALS[rule];
  if (!own) return rest;
  const x = new Float32Array(rest.length + own.names.length);
  x.set(rest);
  x.set(own.of(unit, post), rest.length);
  return x;
}

/** The rules the layer has heads for. */
export const MODEL_RULES = [
  'id/self-affiliation',
  'case/investigation',
  'case/crime-scene',
  'conduct/bias',
  'conduct/alcohol',
  'conduct/political',
  'id/badge-number',
] as const;

/** Messages are data keyed by rule id, as for the detectors. */
const MESSAGES: Record<string, string> = {
  'id/self-affiliation': 'Reads like the author says they are police (learned model, {score}); the detectors found no explicit cue',
  'case/investigation': 'Reads like non-public detail of an investigation (learned model, {score})',
  'case/crime-scene': 'Reads like a description of crime-scene material or victims at a scene (learned model, {score})',
  'conduct/bias': 'Reads like a remark maligning people for a protected trait (learned model, {score})',
  'conduct/alcohol': 'Reads like boasting about drunkenness or heavy drinking (learned model, {score})',
  'conduct/political': 'Reads like endorsing a party or candidate (learned model, {score})',
  'id/badge-number': "Reads like an officer's badge or ID number (learned model, {score})",
};

let bundled: Heads | undefined;

/** The heads shipped with clearpost (src/model/heads.json, written by `npm run train`). */
export function bundledHeads(): Heads {
  return (bundled ??= parseHeads(readFileSync(new URL('./heads.json', import.meta.url), 'utf8')));
}

/**
 * Identifies the shipped heads (for cache keys): a digest of heads.json's bytes, so any change `npm run train` writes
 * (a weight, not only a bias or a threshold) is another version.
 */
export function modelVersion(): string {
  return createHash('sha256').update(readFileSync(new URL('./heads.json', import.meta.url))).digest('hex').slice(0, 32);
}

export interface OpinionOptions {
  context: AccountContext;
  /** False for rules not to report (disabled by config, or allowed by the packs in this context). */
  wants(ruleId: string): boolean;
  /** Told of each addition an ACCEPT_VETOES cue kept out: the rule and the cue with the words it read. */
  vetoed?(ruleId: string, cue: string): void;
}

export class ModelLayer {
  /** Each rule's word gate as a Map, built on first use (a post too short for every head needs none). */
  private readonly gates = new Map<string, Gate>();

  /**
   * `onVeto`: told of every addition an ACCEPT_VETOES cue kept out, as OpinionOptions.vetoed is (`--debug` prints it).
   */
  constructor(
    readonly heads: Heads = bundledHeads(),
    private readonly embedder: Embedder = sharedEmbedder(),
    private readonly onVeto?: (ruleId: string, cue: string) => void,
  ) {
    for (const [rule, head] of Object.entries(heads.heads)) {
      const own = OWN_SIGNALS[rule]?.names ?? [];
      if ((head.signals ?? []).join(',') !== own.join(',')) throw new Error(`heads.json: the ${rule} head was trained on other features than this code computes; run npm run train`);
    }
  }

  private gate(rule: string): Gate {
    let gate = this.gates.get(rule);
    if (!gate) {
      const head = this.heads.heads[rule];
      this.gates.set(rule, (gate = { words: new Map(Object.entries(head.gate)), threshold: head.gateThreshold }));
    }
    return gate;
  }

  /** The rules whose regex hits the heads read as features: they must run even where they are switched off. */
  get cues(): readonly string[] {
    return this.heads.cues;
  }

  /**
   * Hits for the rules the regex hits lack. A sentence is embedded only if it passes the first look of a rule still
   * open, and scored only for those rules; the embedder (and so the model) is touched only if one does.
   */
  async opinion(text: string, regexHits: readonly TextHit[], options: OpinionOptions): Promise<TextHit[]> {
    let rules = Object.keys(this.heads.heads).filter(
      (rule) => options.wants(rule) && !regexHits.some((h) => h.ruleId === rule),
    );
    if (!rules.length) return [];
    const all = units(text).map((unit) => ({ unit, words: tokens(unit.text) }));
    const postWords = all.flatMap((u) => u.words);
    // A post too short for a head (Head.minWords: "hello", "lol") is not looked at for its rule.
    rules = rules.filter((rule) => postWords.length >= (this.heads.heads[rule].minWords ?? 0));
    if (!rules.length) return [];
    const lexical = this.heads.lexical.map((rule) => this.gate(rule));
    const hashing = this.heads.hashing;
    const none = new Float32Array(0);
    const police = this.heads.postLevel ? policeWords(text, all.map((u) => u.unit), POLICE_CONTEXT_WORDS) : undefined;
    // Heads that open rules stack on (Head.stacked) score the units too, open or not.
    const stackedOn = [...new Set(rules.flatMap((rule) => this.heads.heads[rule].stacked?.heads ?? []))].filter((dep) => !rules.includes(dep));
    // The first look: the gate's word weights, then the head without its embedding; only then is a unit embedded.
    const candidates = all
      .map(({ unit, words }, i) => {
        // a unit the rule's own regex calls not its kind (OWN_SIGNALS veto: bias counter-speech) is not open for it
        const open = rules.filter((rule) => passesGate(words, this.gate(rule)) && !OWN_SIGNALS[rule]?.veto?.(unit.text, text));
        if (!open.length) return undefined;
        const post = police && postFeatures(words, postWords, police.perUnit[i], police.post, unit.text, text);
        const rest = features(none, unit, this.heads.cues, regexHits, options.context === 'official', lexicalFeatures(words, postWords, lexical), post);
        const grams = hashing ? ngramIndices(words, hashing, postWords) : undefined;
        // A head with features of its own (OWN_SIGNALS) reads them after the shared ones.
        const gated = [...open, ...stackedOn.filter((dep) => passesGate(words, this.gate(dep)))];
        const restOf = new Map(gated.map((rule) => [rule, withOwn(rest, rule, unit.text, text)]));
        const look = (rule: string) => {
          const l = this.heads.heads[rule].look;
          return !l || logit(l, restOf.get(rule)!, grams) >= l.threshold;
        };
        return { unit, restOf, grams, rules: new Set(open.filter(look)) };
      })
      .filter((c) => c !== undefined && c.rules.size) as { unit: Unit; restOf: Map<string, Float32Array>; grams?: Int32Array; rules: Set<string> }[];
    if (!candidates.length) return [];
    const vectors = await this.embedder.embed(candidates.map((c) => c.unit.text));
    // A stacked head's score of candidate i (0 where its gate stops the unit), computed once.
    const stackedScores = new Map<string, number>();
    const stackedScore = (i: number, dep: string): number => {
      const key = `${i}:${dep}`;
      let s = stackedScores.get(key);
      if (s === undefined) stackedScores.set(key, (s = candidates[i].restOf.has(dep) ? score(this.heads.heads[dep], xOf(i, dep), candidates[i].grams) : 0));
      return s;
    };
    const xOf = (i: number, rule: string): Float32Array => {
      const rest = candidates[i].restOf.get(rule)!;
      const stacked = this.heads.heads[rule].stacked;
      const extra = stacked && this.stackedOf(rule, i, candidates, regexHits, postWords, stackedScore);
      const x = new Float32Array(EMBEDDING_DIMS + rest.length + (extra?.length ?? 0));
      for (let d = 0; d < EMBEDDING_DIMS; d++) x[d] = vectors[i][d] * EMBEDDING_SCALE;
      x.set(rest, EMBEDDING_DIMS);
      if (extra) x.set(extra, EMBEDDING_DIMS + rest.length);
      return x;
    };
    const hits: TextHit[] = [];
    for (const rule of rules) {
      const head = this.heads.heads[rule];
      let best = -1;
      let bestUnit = 0;
      const scores: number[] = [];
      candidates.forEach((c, i) => {
        if (!c.rules.has(rule)) return;
        const s = score(head, xOf(i, rule), c.grams);
        scores.push(s);
        if (s > bestUnit) [best, bestUnit] = [i, s];
      });
      // the post's score: its best unit, or its few best as independent evidence (the head's `combine`)
      const bestScore = combineUnits(scores, head.combine);
      const base = options.context === 'official' ? (head.officialThreshold ?? head.threshold) : head.threshold;
      // conduct/bias on a post that only mentions a group: the head must be surer (bias-signals.ts onlyMentions)
      const threshold = head.quietThreshold !== undefined && OWN_SIGNALS[rule]?.quiet?.(text) ? Math.max(base, head.quietThreshold) : base;
      if (best < 0 || bestScore < threshold) continue;
      const veto = ACCEPT_VETOES[rule]?.(text);
      if (veto) {
        options.vetoed?.(rule, veto);
        this.onVeto?.(rule, veto);
        continue;
      }
      const { unit } = candidates[best];
      hits.push({
        ruleId: rule,
        source: 'text',
        method: 'model',
        pattern: `model:${rule}`,
        start: unit.start,
        end: unit.end,
        confidence: Math.round(bestScore * 100) / 100,
        message: (MESSAGES[rule] ?? 'Reads like {rule} (learned model, {score})').replace('{score}', bestScore.toFixed(2)).replace('{rule}', rule),
        evidence: unit.text,
      });
    }
    return hits;
  }

  /**
   * A stacking head's features of candidate i (heads.ts `stackedFeatures`): the stacked heads' scores of the unit, and
   * their best over the embedded units this head's gate lets through (1 where the stacked rule's regex fired), as in
   * training; the stacked cues' hits in the post.
   */
  private stackedOf(
    rule: string,
    i: number,
    candidates: readonly { restOf: Map<string, Float32Array> }[],
    regexHits: readonly TextHit[],
    postWords: readonly string[],
    stackedScore: (i: number, dep: string) => number,
  ): Float32Array {
    const { heads, cues } = this.heads.heads[rule].stacked!;
    const best = heads.map((dep) =>
      regexHits.some((h) => h.ruleId === dep) ? 1 : Math.max(0, ...candidates.map((c, j) => (c.restOf.has(rule) ? stackedScore(j, dep) : 0))),
    );
    return stackedFeatures(
      heads.map((dep) => stackedScore(i, dep)),
      best,
      cues.map((cue) => regexHits.some((h) => h.ruleId === cue)),
      postWords,
    );
  }
}

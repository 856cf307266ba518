/**
 * The learned heads' file format (src/model/heads.json, written by `npm run train`) and the one scoring function that
 * training and screening share, so the score the threshold was chosen on is the score the scan computes.
 */
import type { Unit } from './sentences.js';

export interface Head {
  /** Weights over the feature vector (see `features`), then the bias. */
  w: number[];
  b: number;
  /** Post flagged when its best unit scores at or above this (chosen on cross-validation for precision). */
  threshold: number;
  /**
   * The cheap first look for this rule: word weights (log of how much more common the word is in the rule's positive
   * training posts); a unit is embedded and scored for the rule only if its words' weights add up to `gateThreshold`.
   */
  gate: Record<string, number>;
  gateThreshold: number;
  /** Cross-validated figures for the model alone at that threshold, printed by `npm run train`. */
  cv: { precision: number; recall: number; positives: number; negatives: number };
}

export interface Heads {
  version: 3;
  embedding: 'use-lite-512';
  /** Regex rule ids whose hits are features (in the unit, anywhere in the post). */
  cues: string[];
  /**
   * Rules whose first-look word weights are features too (naive-Bayes log odds, as in NBSVM): the unit's gate score
   * and the whole post's, for each of these rules in this order. Words the sentence encoder blurs ("tour", "collar",
   * "sarge") and cues spread over several sentences reach the head this way.
   */
  lexical: string[];
  heads: Record<string, Head>;
}

/** Embedding components are ~0.04 in size; scaled so they sit beside 0/1 cue features. */
export const EMBEDDING_SCALE = Math.sqrt(512);

/** A regex hit, as the features see it. */
export interface CueHit {
  ruleId: string;
  start: number;
  end: number;
}

/** Gate scores are sums of log odds (about -10..+20); scaled and clipped to sit beside the other features. */
const LEXICAL_SCALE = 0.1;
const LEXICAL_CLIP = 3;

/** The lexical features of one unit: per rule of `Heads.lexical`, its gate score for the unit, then for the post. */
export function lexicalFeatures(unitWords: readonly string[], postWords: readonly string[], gates: readonly Gate[]): Float32Array {
  const x = new Float32Array(2 * gates.length);
  const clip = (v: number) => Math.max(-LEXICAL_CLIP, Math.min(LEXICAL_CLIP, v * LEXICAL_SCALE));
  gates.forEach((gate, i) => {
    x[i] = clip(gateScore(unitWords, gate.words));
    x[gates.length + i] = clip(gateScore(postWords, gate.words));
  });
  return x;
}

/**
 * The feature vector of one unit: scaled embedding, cue in the unit, cue anywhere in the post, official context,
 * then the lexical features (`lexicalFeatures`).
 */
export function features(
  embedding: ArrayLike<number>,
  unit: Unit,
  cues: readonly string[],
  hits: readonly CueHit[],
  official: boolean,
  lexical: ArrayLike<number> = [],
): Float32Array {
  const x = new Float32Array(embedding.length + 2 * cues.length + 1 + lexical.length);
  x.set(lexical, embedding.length + 2 * cues.length + 1);
  for (let i = 0; i < embedding.length; i++) x[i] = embedding[i] * EMBEDDING_SCALE;
  let at = embedding.length;
  for (const cue of cues) {
    const ofRule = hits.filter((h) => h.ruleId === cue);
    x[at] = ofRule.some((h) => h.start < unit.end && unit.start < h.end) ? 1 : 0;
    x[at + cues.length] = ofRule.length ? 1 : 0;
    at++;
  }
  x[embedding.length + 2 * cues.length] = official ? 1 : 0;
  return x;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Probability a head gives one feature vector. */
export function score(head: Pick<Head, 'w' | 'b'>, x: ArrayLike<number>): number {
  let z = head.b;
  for (let i = 0; i < x.length; i++) z += head.w[i] * x[i];
  return sigmoid(z);
}

/** A rule's first look: word weights and the sum a unit needs. */
export interface Gate {
  words: ReadonlyMap<string, number>;
  threshold: number;
}

/** The gate's score of a unit, given its `tokens`: the weights of its distinct words, added. */
export function gateScore(words: readonly string[], weights: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const w of new Set(words)) sum += weights.get(w) ?? 0;
  return sum;
}

/** Does a unit, given its `tokens`, pass a rule's cheap first look? */
export function passesGate(words: readonly string[], gate: Gate): boolean {
  return gateScore(words, gate.words) >= gate.threshold;
}

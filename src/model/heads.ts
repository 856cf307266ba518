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
  version: 2;
  embedding: 'use-lite-512';
  /** Regex rule ids whose hits are features (in the unit, anywhere in the post). */
  cues: string[];
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

/** The feature vector of one unit: scaled embedding, cue in the unit, cue anywhere in the post, official context. */
export function features(embedding: ArrayLike<number>, unit: Unit, cues: readonly string[], hits: readonly CueHit[], official: boolean): Float32Array {
  const x = new Float32Array(embedding.length + 2 * cues.length + 1);
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

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
  /** The threshold on posts from an official account (a stricter precision target); `threshold` where absent. */
  officialThreshold?: number;
  /** The threshold on posts where the rule's own signals say the head must be surer (OwnSignals `quiet`), if higher. */
  quietThreshold?: number;
  /**
   * The cheap first look for this rule: word weights (log of how much more common the word is in the rule's positive
   * training posts); a unit is embedded and scored for the rule only if its words' weights add up to `gateThreshold`.
   */
  gate: Record<string, number>;
  gateThreshold: number;
  /**
   * Weights over the hashed word n-grams of the unit (see `ngramIndices`; `Heads.hashing.buckets` of them), added to
   * the score: domain phrases the sentence encoder blurs ("night tour", "off patrol", "the vic") weigh in directly.
   */
  h?: ArrayLike<number>;
  /**
   * The second part of the first look: the head without its embedding (weights over the features after the
   * embedding, and the n-grams), read before anything is embedded. A unit past the gate is embedded for this rule
   * only if this model's log odds reach `threshold`, set in training where the head keeps nearly all it adds.
   */
  look?: { w: number[]; b: number; h?: ArrayLike<number>; threshold: number };
  /**
   * Names of the head's own features, appended after the shared ones (bias-signals.ts `OWN_SIGNALS`: conduct/bias
   * reads whether a group sits beside a slur, a dehumanising noun, a call to harm or a hostile word). The layer refuses
   * heads whose names differ from the code's.
   */
  signals?: string[];
  /**
   * A hidden layer over the dense features, for rules where cross-validation chose a small MLP over the linear head:
   * the log odds gain `v · relu(W x + c)`. Lets the head read combinations the linear head cannot (first person in
   * one sentence and police words in another; a cue word that means police only beside another).
   */
  mlp?: Hidden;
  /**
   * How many of the post's best units make its score, combined as independent evidence (noisy-or, `combineUnits`);
   * absent or 1: the best unit alone. Chosen per rule on cross-validation: a post where several sentences lean to the
   * rule ("Nights again." + "Sarge wants the paperwork by 6.") is surer than any one of them.
   */
  combine?: number;
  /**
   * The fewest words (`tokens` of the whole post) a post needs for this head to look at it: a shorter post ("hello",
   * "lol", "hi there") is never embedded for the rule. Set in training from the rule's positive posts: as high as it
   * can go (train.ts MIN_WORDS_CAP) while the head, out of fold, loses almost none of the posts it adds. Absent: 0.
   */
  minWords?: number;
  /**
   * Other rules' verdicts this head reads (stacking), after its own features (`stackedFeatures`): the scores of the
   * listed rules' heads (`heads`: "the sentence reads like investigation detail"), and the hits of the listed regex
   * rules (`cues`), each beside the post's voice (first person; "we" with no "I"). A post that tells insider case
   * detail as "we" ("We know who did the Kettering Road job") reads as police to the self-affiliation head only by
   * way of another rule's reading.
   */
  stacked?: Stacked;
  /** Cross-validated figures for the model alone at that threshold, printed by `npm run train`. */
  cv: { precision: number; recall: number; positives: number; negatives: number };
}

/** What a stacking head reads of other rules (`Head.stacked`). */
export interface Stacked {
  /** Rules whose heads score the unit: their scores are features. */
  heads: string[];
  /** Rules whose regex hits in the post, beside the post's voice, are features. */
  cues: string[];
}

/** An MLP head's hidden layer: `W` holds `c.length` rows of the feature vector's length. */
export interface Hidden {
  W: ArrayLike<number>;
  c: number[];
  v: number[];
}

/** How a unit's word n-grams are hashed into buckets (FNV-1a of the n-gram, modulo `buckets`). */
export interface Hashing {
  buckets: number;
  /** Word n-gram lengths hashed (1 = words, 2 = word pairs). */
  orders: number[];
  /**
   * N-gram lengths hashed over the whole post too (apart from the unit's): a cue in another sentence of the post
   * ("Night shift again. Dispatch kept us busy.") weighs in on each unit.
   */
  postOrders?: number[];
}

export interface Heads {
  version: 3 | 4;
  embedding: 'use-lite-512';
  /** Regex rule ids whose hits are features (in the unit, anywhere in the post). */
  cues: string[];
  /**
   * Rules whose first-look word weights are features too (naive-Bayes log odds, as in NBSVM): the unit's gate score
   * and the whole post's, for each of these rules in this order. Words the sentence encoder blurs ("tour", "collar",
   * "sarge") and cues spread over several sentences reach the head this way.
   */
  lexical: string[];
  /** True when each unit's features end with the post-level features (`postFeatures`). */
  postLevel?: boolean;
  heads: Record<string, Head>;
  /** Version 4: the heads' `h` weights are over these hashed n-grams of the unit. */
  hashing?: Hashing;
}

/** Size of a USE-lite sentence embedding: the first features of every unit. */
export const EMBEDDING_DIMS = 512;

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

/** Words by which a writer speaks of themself or their own team. */
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll", 'im', 'ive', 'me', 'my', 'mine', 'myself', 'we', "we're", "we've", "we'd", 'us', 'our', 'ours']);

/** The first person singular, and plural: "we" with no "I" is a team's voice. */
const I_WORDS = new Set(['i', "i'm", "i've", "i'd", "i'll", 'im', 'ive', 'me', 'my', 'mine', 'myself']);
const WE_WORDS = new Set(['we', "we're", "we've", "we'd", "we'll", 'us', 'our', 'ours', 'ourselves']);

/** How many features `stackedFeatures` gives per stacked head, and per stacked cue. */
export const STACK_HEAD_FEATURES = 4;
export const STACK_CUE_FEATURES = 2;

/** The length of a head's stacked features (`stackedFeatures`). */
export function stackedLength(stacked: Stacked | undefined): number {
  return stacked ? STACK_HEAD_FEATURES * stacked.heads.length + STACK_CUE_FEATURES * stacked.cues.length : 0;
}

/**
 * A stacking head's features of one unit (`Head.stacked`). Per stacked head: its score of the unit (0 where the unit
 * does not pass that head's gate), its best over the post (1 where that rule's regex already fired), and that best
 * when the post speaks in the first person, and when it says "we" with no "I". Per stacked cue: the rule's regex hit
 * in the post, when the post speaks in the first person, and when it says "we" with no "I" (the hit itself is a shared
 * feature already).
 */
export function stackedFeatures(unitScores: readonly number[], postBest: readonly number[], cueInPost: readonly boolean[], postWords: readonly string[]): Float32Array {
  const singular = postWords.some((w) => I_WORDS.has(w));
  const plural = postWords.some((w) => WE_WORDS.has(w));
  const first = singular || plural ? 1 : 0;
  const weOnly = plural && !singular ? 1 : 0;
  const x = new Float32Array(STACK_HEAD_FEATURES * unitScores.length + STACK_CUE_FEATURES * cueInPost.length);
  unitScores.forEach((s, i) => x.set([s, postBest[i], postBest[i] * first, postBest[i] * weOnly], STACK_HEAD_FEATURES * i));
  const at = STACK_HEAD_FEATURES * unitScores.length;
  cueInPost.forEach((hit, i) => x.set([hit ? first : 0, hit ? weOnly : 0], at + STACK_CUE_FEATURES * i));
  return x;
}

/** Police words counted by the post-level features: at most this many count, scaled to 0..1. */
const POLICE_WORDS_CAP = 3;

/** How many post-level features `postFeatures` gives. */
export const POST_FEATURES = 8;

/**
 * A number that could be an ID (3 to 6 digits, or with '#'), not a year, a time, a price, an ordinal or part of a
 * longer number. e.g. "4471" in "Hung up 4471 this morning", "#718"; not "2003", "3.50", "10:30", "555-0142"
 */
const ID_LIKE_NUMBER = /(?<![\d.,:$£€/-])(?:#\d{2,6}|(?!(?:1[89]|20)\d\d(?!\d))\d{3,6})(?![\d%]|[.,:/-]\d|\s?(?:am|pm|st|nd|rd|th)\b)/i;

/**
 * Post-level features of one unit: does the unit speak in the first person, does the post; police words
 * (`policeWords`: the shared police-context list, id/police-words.ts) in the unit and in the whole post; the first
 * person (unit, post) together with the post's police words ("Long one tonight. Dispatch kept us running" is a
 * first-person sentence in a post that talks police elsewhere, which a per-sentence feature cannot see); and an
 * ID-like number in the unit, in the post ("Hung up 3219 this morning. 24 years").
 */
export function postFeatures(
  unitWords: readonly string[],
  postWords: readonly string[],
  unitPolice: number,
  postPolice: number,
  unitText: string,
  postText: string,
): Float32Array {
  const unitFirst = unitWords.some((w) => FIRST_PERSON.has(w)) ? 1 : 0;
  const postFirst = unitFirst || postWords.some((w) => FIRST_PERSON.has(w)) ? 1 : 0;
  const scale = (n: number) => Math.min(POLICE_WORDS_CAP, n) / POLICE_WORDS_CAP;
  const post = scale(postPolice);
  const unitNumber = ID_LIKE_NUMBER.test(unitText) ? 1 : 0;
  const postNumber = unitNumber || ID_LIKE_NUMBER.test(postText) ? 1 : 0;
  return Float32Array.from([unitFirst, postFirst, scale(unitPolice), post, unitFirst * post, postFirst * post, unitNumber, postNumber]);
}

/** How many police-context words (a global regex) fall in each unit, and in the whole text. */
export function policeWords(text: string, units: readonly Unit[], words: RegExp): { perUnit: number[]; post: number } {
  const perUnit = units.map(() => 0);
  let post = 0;
  words.lastIndex = 0;
  for (const m of text.matchAll(words)) {
    post++;
    const i = units.findIndex((u) => m.index >= u.start && m.index < u.end);
    if (i >= 0) perUnit[i]++;
  }
  return { perUnit, post };
}

/**
 * The feature vector of one unit: scaled embedding, cue in the unit, cue anywhere in the post, official context,
 * then the lexical features (`lexicalFeatures`), then the post-level features (`postFeatures`) where the heads read them.
 */
export function features(
  embedding: ArrayLike<number>,
  unit: Unit,
  cues: readonly string[],
  hits: readonly CueHit[],
  official: boolean,
  lexical: ArrayLike<number> = [],
  postLevel: ArrayLike<number> = [],
): Float32Array {
  const x = new Float32Array(embedding.length + 2 * cues.length + 1 + lexical.length + postLevel.length);
  x.set(lexical, embedding.length + 2 * cues.length + 1);
  x.set(postLevel, embedding.length + 2 * cues.length + 1 + lexical.length);
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

/** What scoring reads of a head (the look has no hidden layer). */
export type Scorer = Pick<Head, 'w' | 'b' | 'h' | 'mlp'>;

/** Probability a head gives one feature vector (and, for a head with `h` weights, the unit's hashed n-grams). */
export function score(head: Scorer, x: ArrayLike<number>, grams?: ArrayLike<number>): number {
  return sigmoid(logit(head, x, grams));
}

/** The head's log odds for one unit: bias, dense features, the hashed n-grams, then the hidden layer if it has one. */
export function logit(head: Scorer, x: ArrayLike<number>, grams?: ArrayLike<number>): number {
  let z = head.b;
  for (let i = 0; i < x.length; i++) z += head.w[i] * x[i];
  if (head.h && grams) for (let i = 0; i < grams.length; i++) z += head.h[grams[i]];
  if (head.mlp) {
    const { W, c, v } = head.mlp;
    const n = x.length;
    for (let j = 0; j < c.length; j++) {
      let a = c[j];
      for (let i = 0, o = j * n; i < n; i++) a += W[o + i] * x[i];
      if (a > 0) z += v[j] * a;
    }
  }
  return z;
}

/**
 * A post's score from its units' scores: the `k` best combined as independent evidence, 1 - prod(1 - s) (k = 1 or
 * undefined: the best unit's score; 0: every unit's).
 */
export function combineUnits(scores: readonly number[], k = 1): number {
  const best = [...scores].sort((a, b) => b - a).slice(0, k > 0 ? k : undefined);
  return best.length ? 1 - best.reduce((miss, s) => miss * (1 - s), 1) : 0;
}

/** 32-bit FNV-1a of a string's UTF-16 code units: the same bucket in training and at scan time, on any platform. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The distinct hash buckets of a unit's word n-grams, given its `tokens` ("got off patrol" -> got, off, patrol,
 * got_off, off_patrol), sorted. Each present n-gram counts once (value 1), as in a bag-of-n-grams logistic model.
 */
export function ngramIndices(words: readonly string[], hashing: Hashing, postWords: readonly string[] = []): Int32Array {
  const out = new Set<number>();
  const add = (ws: readonly string[], orders: readonly number[], prefix: string) => {
    for (const n of orders) for (let i = 0; i + n <= ws.length; i++) out.add(fnv1a(`${prefix}${n}:${ws.slice(i, i + n).join(' ')}`) % hashing.buckets);
  };
  add(words, hashing.orders, '');
  if (hashing.postOrders) add(postWords, hashing.postOrders, 'post');
  return Int32Array.from([...out].sort((a, b) => a - b));
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

/**
 * N-gram weights as stored in heads.json: 8-bit steps of `scale` in base64 (16,384 weights take 22 KB instead of
 * ~140 KB of decimals; a step is under 1 % of the largest weight, and a unit sums a few dozen of them).
 */
interface Packed {
  scale: number;
  int8: string;
}

function pack(w: ArrayLike<number>): Packed {
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]));
  const scale = max / 127 || 1;
  const q = Int8Array.from({ length: w.length }, (_, i) => Math.round(w[i] / scale));
  return { scale, int8: Buffer.from(q.buffer).toString('base64') };
}

function unpack(p: Packed): Float32Array {
  const buf = Buffer.from(p.int8, 'base64');
  const q = new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  // a plain loop: Float32Array.from with a map function takes several times longer (start-up reads 14 of these)
  const w = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) w[i] = q[i] * p.scale;
  return w;
}

/**
 * A hidden layer's weights as stored in heads.json: float32 in base64 (thousands of weights; 8-bit steps, fine for
 * n-gram weights of which a unit sums a few dozen, would move a hidden unit that sums hundreds).
 */
interface PackedF32 {
  f32: string;
}

function packF32(w: ArrayLike<number>): PackedF32 {
  return { f32: Buffer.from(Float32Array.from(w).buffer).toString('base64') };
}

function unpackF32(p: PackedF32): Float32Array {
  const buf = Buffer.from(p.f32, 'base64');
  return new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}

/** Heads from heads.json text: packed n-gram weights (`h`, `look.h`) and hidden layers (`mlp.W`) are unpacked. */
export function parseHeads(json: string): Heads {
  const heads = JSON.parse(json) as Heads;
  const open = (o: { h?: unknown }) => {
    if (o.h && !Array.isArray(o.h) && typeof o.h === 'object') o.h = unpack(o.h as Packed);
  };
  for (const head of Object.values(heads.heads)) {
    open(head);
    if (head.look) open(head.look);
    if (head.mlp && !Array.isArray(head.mlp.W)) head.mlp.W = unpackF32(head.mlp.W as unknown as PackedF32);
  }
  return heads;
}

/** heads.json text for heads: n-gram weights and hidden layers packed (`parseHeads` reads it back). */
export function serializeHeads(heads: Heads): string {
  const packed = {
    ...heads,
    heads: Object.fromEntries(
      Object.entries(heads.heads).map(([rule, head]) => [
        rule,
        {
          ...head,
          ...(head.h ? { h: pack(head.h) } : {}),
          ...(head.look ? { look: { ...head.look, ...(head.look.h ? { h: pack(head.look.h) } : {}) } } : {}),
          ...(head.mlp ? { mlp: { ...head.mlp, W: packF32(head.mlp.W) } } : {}),
        },
      ]),
    ),
  };
  return `${JSON.stringify(packed)}\n`;
}

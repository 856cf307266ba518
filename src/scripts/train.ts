/**
 * `npm run train`: fit the learned layer's per-rule heads (logistic regression over USE-lite sentence embeddings plus
 * the regex detectors' hits as features) and write src/model/heads.json.
 *
 * Training data: fixtures/cases/*.jsonl except held-out-* sets, ../shared/eval/dev.jsonl, and for conduct/bias the
 * Davidson tweets in ../shared/external/real-text where the crowd agreed (their text never enters the repo: only the
 * weights do). Never HateXplain or a held-out set: those are for `npm run eval` only.
 *
 * A post is scored by its best unit (sentence), so training is multiple-instance in two rounds: first every unit of
 * a positive post counts as positive; then only the unit the first model liked best. Five folds (by id hash) give
 * out-of-fold post scores (each fold's gates learned on its training folds too); each rule's threshold is the lowest
 * at which the regex detectors OR the model keep precision >= TARGET_P (0.93). Deterministic: fixed folds, full-batch
 * Adam from zero weights, no random numbers.
 *
 *   npm run train -- [--out file] [--no-davidson] [--epochs N] [--target-p 0.93]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { loadConfig } from '../core/config.js';
import { detectText } from '../core/engine.js';
import type { AccountContext, Profile } from '../core/types.js';
import { textDetectors } from '../detectors/index.js';
import { sharedEmbedder } from '../model/embedder.js';
import { features, gateScore, passesGate, score, type CueHit, type Gate, type Head, type Heads } from '../model/heads.js';
import { MODEL_RULES } from '../model/layer.js';
import { tokens, units, type Unit } from '../model/sentences.js';
import { profileForCases, type Case } from './eval-text.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = resolve(root, '..', 'shared');
/** Precision the regex detectors and the model together must keep on the in-domain cases, out of fold. */
const TARGET_P = 0.95;
/** The share of a rule's positive training posts whose best unit its gate lets through. */
const GATE_COVER = 0.98;
/** L2 penalty of every fit. */
const L2 = 1e-2;
const FOLDS = 5;

interface Post {
  id: string;
  context: AccountContext;
  text: string;
  /** Per rule: 1 positive, 0 negative; absent = not used for that rule (optional label, or out of scope). */
  labels: Map<string, 0 | 1>;
  weight: number;
  units: Unit[];
  hits: CueHit[];
  vectors: Float32Array[];
  fold: number;
}

interface DavidsonTweet {
  id: string;
  text: string;
  label: string;
  votes: { count: number; hate_speech: number };
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function fold(id: string): number {
  return createHash('sha1').update(id).digest()[0] % FOLDS;
}


function fromCase(c: Case, source: string, profile: Profile): Post {
  const labels = new Map<string, 0 | 1>();
  for (const rule of MODEL_RULES) {
    if (rule === 'id/self-affiliation' && c.context === 'official') continue;
    if (c.optional?.includes(rule)) continue;
    labels.set(rule, c.expect.includes(rule) ? 1 : 0);
  }
  return post(`${source}:${c.id}`, c.context, c.text, labels, 1, profile);
}

function post(id: string, context: AccountContext, text: string, labels: Map<string, 0 | 1>, weight: number, profile: Profile): Post {
  const hits = detectText({ text, source: 'text' }, { context, profile, detectors: textDetectors }).map(({ ruleId, start, end }) => ({ ruleId, start, end }));
  return { id, context, text, labels, weight, units: units(text), hits, vectors: [], fold: fold(id) };
}

function loadPosts(useDavidson: boolean): Post[] {
  const posts: Post[] = [];
  const ours = loadConfig(join(root, 'fixtures', 'profile.yaml')).profile;
  const casesDir = join(root, 'fixtures', 'cases');
  const files = readdirSync(casesDir)
    .filter((f) => f.endsWith('.jsonl') && !f.startsWith('heldout'))
    .sort();
  const profiles = new Map<string, Profile>();
  for (const f of files) {
    const path = profileForCases(f, root, shared);
    let profile = profiles.get(path);
    if (!profile) profiles.set(path, (profile = loadConfig(path).profile));
    for (const c of readJsonl<Case>(join(casesDir, f))) posts.push(fromCase(c, basename(f, '.jsonl'), profile));
  }
  const dev = join(shared, 'eval', 'dev.jsonl');
  if (existsSync(dev)) {
    const sharedProfile = loadConfig(join(shared, 'eval', 'profile.yaml')).profile;
    for (const c of readJsonl<Case>(dev)) posts.push(fromCase(c, 'dev', sharedProfile));
  }
  const inDomain = posts.length;
  const davidson = join(shared, 'external', 'real-text', 'davidson-hate-offensive.jsonl');
  if (useDavidson && existsSync(davidson)) {
    // Only bias is labelled from these, and only where the crowd workers agreed: hate speech by at least three in
    // four votes is bias; offensive or neither with no hate vote is not. The 2-of-3 hate rows are mostly slurs used
    // as insults without a group maligned, which taught the head to fire on any slur; they are left out.
    for (const t of readJsonl<DavidsonTweet>(davidson)) {
      const hateShare = t.votes.hate_speech / Math.max(1, t.votes.count);
      const label = t.label === 'hate_speech' && hateShare >= 0.75 ? 1 : t.label !== 'hate_speech' && t.votes.hate_speech === 0 ? 0 : undefined;
      if (label === undefined) continue;
      posts.push(post(t.id, 'personal', t.text, new Map([['conduct/bias', label]]), 0.5, ours));
    }
  }
  console.log(`training posts: ${inDomain} labelled cases (${files.length} files + dev), ${posts.length - inDomain} Davidson tweets (bias only, agreed labels)`);
  return posts;
}

/** Embeddings are cached on disk by text hash, so re-training after a label change is quick. */
async function embedAll(posts: Post[]): Promise<void> {
  const dir = join(root, 'node_modules', '.cache', 'clearpost-train');
  const keysFile = join(dir, 'keys.txt');
  const vecFile = join(dir, 'vectors.f32');
  const cache = new Map<string, Float32Array>();
  if (existsSync(keysFile) && existsSync(vecFile)) {
    const keys = readFileSync(keysFile, 'utf8').split('\n').filter(Boolean);
    const buf = readFileSync(vecFile);
    const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
    if (all.length === keys.length * 512) keys.forEach((k, i) => cache.set(k, all.slice(i * 512, (i + 1) * 512)));
  }
  const key = (s: string) => createHash('sha1').update(s).digest('hex');
  const missing = [...new Set(posts.flatMap((p) => p.units.map((u) => u.text)))].filter((t) => !cache.has(key(t)));
  const started = performance.now();
  const embedder = sharedEmbedder();
  const save = () => {
    mkdirSync(dir, { recursive: true });
    const keys = [...cache.keys()];
    const out = new Float32Array(keys.length * 512);
    keys.forEach((k, i) => out.set(cache.get(k)!, i * 512));
    writeFileSync(keysFile, keys.join('\n'));
    writeFileSync(vecFile, Buffer.from(out.buffer));
  };
  for (let i = 0; i < missing.length; i += 400) {
    const part = missing.slice(i, i + 400);
    const vectors = await embedder.embed(part);
    part.forEach((t, j) => cache.set(key(t), vectors[j]));
    process.stdout.write(`\r  embedded ${Math.min(missing.length, i + 400)}/${missing.length} new units`);
    // Saved as it goes: an interrupted run keeps what it embedded.
    if ((i / 400) % 5 === 4) save();
  }
  if (missing.length) {
    console.log(` in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    save();
  }
  for (const p of posts) p.vectors = p.units.map((u) => cache.get(key(u.text))!);
}

/**
 * A rule's gate, the cheap first look: each word in >= 3 posts weighs its naive-Bayes log odds of the rule's
 * positive posts against the rest (near-zero weights dropped); a unit passes when the weights of its words add up to
 * the threshold that lets through the best unit of GATE_COVER of the positive posts. Common words weigh nothing, so an
 * everyday sentence rarely reaches the model, and two middling cues ("shift" + "tonight") count like a strong one. It
 * is there for speed, not precision (the head decides); one gate per rule lets a sentence that could only matter to a
 * rule the regex already reported skip the model.
 */
function learnGate(posts: Post[], rule: string): Gate {
  const posIn = new Map<string, number>();
  const allIn = new Map<string, number>();
  let nPos = 0;
  let n = 0;
  for (const p of posts) {
    const label = p.labels.get(rule);
    if (label === undefined) continue;
    n++;
    const words = new Set(p.units.flatMap((u) => tokens(u.text)));
    for (const w of words) allIn.set(w, (allIn.get(w) ?? 0) + 1);
    if (label === 1) {
      nPos++;
      for (const w of words) posIn.set(w, (posIn.get(w) ?? 0) + 1);
    }
  }
  // Naive-Bayes log odds, smoothed: a word as common in the rest as in the positives ("the", "in") weighs nothing, one
  // more common in the rest ("nurse", "recipe") weighs against.
  const nNeg = n - nPos;
  const words = new Map<string, number>();
  for (const [w, all] of allIn) {
    const k = posIn.get(w) ?? 0;
    if (all < 3) continue;
    const weight = Math.log((k + 0.5) / (nPos + 1)) - Math.log((all - k + 0.5) / (nNeg + 1));
    if (Math.abs(weight) >= 0.4) words.set(w, Math.round(weight * 100) / 100);
  }
  const best = posts
    .filter((p) => p.labels.get(rule) === 1)
    .map((p) => Math.max(...p.units.map((u) => gateScore(tokens(u.text), words))))
    .sort((a, b) => a - b);
  const threshold = best[Math.floor((1 - GATE_COVER) * best.length)] ?? 0;
  return { words, threshold };
}

/** The first-look gates, one per rule. */
type Gates = Map<string, Gate>;

function learnGates(posts: Post[]): Gates {
  return new Map(MODEL_RULES.map((rule) => [rule, learnGate(posts, rule)]));
}

interface Instance {
  x: Float32Array;
  y: number;
  weight: number;
}

/** Full-batch Adam on weighted log-loss with L2; zero start, fixed epochs: the same data gives the same weights. */
function fit(data: Instance[], dims: number, epochs: number, l2 = L2): Pick<Head, 'w' | 'b'> {
  const w = new Float64Array(dims);
  let b = 0;
  const m = new Float64Array(dims + 1);
  const v = new Float64Array(dims + 1);
  const lr = 0.02;
  const pos = data.filter((d) => d.y === 1).reduce((s, d) => s + d.weight, 0);
  const neg = data.filter((d) => d.y === 0).reduce((s, d) => s + d.weight, 0);
  const posBoost = pos ? Math.min(3, neg / pos) : 1;
  const total = data.reduce((s, d) => s + d.weight * (d.y ? posBoost : 1), 0);
  const g = new Float64Array(dims + 1);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    g.fill(0);
    for (const d of data) {
      let z = b;
      for (let i = 0; i < dims; i++) z += w[i] * d.x[i];
      const err = (1 / (1 + Math.exp(-z)) - d.y) * d.weight * (d.y ? posBoost : 1);
      for (let i = 0; i < dims; i++) g[i] += err * d.x[i];
      g[dims] += err;
    }
    for (let i = 0; i <= dims; i++) {
      const grad = g[i] / total + (i < dims ? l2 * w[i] : 0);
      m[i] = 0.9 * m[i] + 0.1 * grad;
      v[i] = 0.999 * v[i] + 0.001 * grad * grad;
      const step = (lr * (m[i] / (1 - 0.9 ** epoch))) / (Math.sqrt(v[i] / (1 - 0.999 ** epoch)) + 1e-8);
      if (i < dims) w[i] -= step;
      else b -= step;
    }
  }
  return { w: Array.from(w), b };
}

interface Scored {
  post: Post;
  xs: Float32Array[];
  /** Per rule: which units pass its gate. */
  gated: Map<string, boolean[]>;
}

/** Two-round multiple-instance fit of one rule's head. */
function fitRule(rule: string, train: Scored[], dims: number, epochs: number): Pick<Head, 'w' | 'b'> {
  const round1: Instance[] = [];
  for (const s of train) {
    const y = s.post.labels.get(rule)!;
    const gated = s.gated.get(rule)!;
    s.xs.forEach((x, i) => gated[i] && round1.push({ x, y, weight: s.post.weight }));
  }
  const first = fit(round1, dims, epochs);
  const round2: Instance[] = [];
  for (const s of train) {
    const y = s.post.labels.get(rule)!;
    const gated = s.gated.get(rule)!;
    if (y === 0) {
      s.xs.forEach((x, i) => gated[i] && round2.push({ x, y, weight: s.post.weight }));
      continue;
    }
    let best = -1;
    let bestScore = -1;
    s.xs.forEach((x, i) => {
      const sc = gated[i] ? score(first, x) : -1;
      if (sc > bestScore) [best, bestScore] = [i, sc];
    });
    if (best >= 0) round2.push({ x: s.xs[best], y: 1, weight: s.post.weight });
  }
  return fit(round2, dims, epochs);
}

function postScore(rule: string, head: Pick<Head, 'w' | 'b'>, s: Scored): number {
  const gated = s.gated.get(rule)!;
  let best = 0;
  s.xs.forEach((x, i) => {
    if (gated[i]) best = Math.max(best, score(head, x));
  });
  return best;
}

interface OutOfFold {
  score: number;
  y: number;
  regex: boolean;
  /** A labelled case (not a Davidson tweet): the precision target is checked on these. */
  inDomain: boolean;
}

/**
 * The lowest threshold at which the regex detectors OR the model keep precision >= TARGET_P on the in-domain cases,
 * out of fold, with at least 3 posts the model adds; recall is what that threshold buys.
 */
function chooseThreshold(oof: OutOfFold[], target: number): { threshold: number; precision: number; recall: number } {
  const cases = oof.filter((o) => o.inDomain);
  const positives = cases.filter((o) => o.y).length;
  const candidates = [...new Set(cases.filter((o) => !o.regex).map((o) => o.score))].filter((t) => t >= 0.5).sort((a, b) => b - a);
  let best = { threshold: 0.999, precision: 1, recall: 0 };
  for (const t of candidates) {
    const flagged = cases.filter((o) => o.regex || o.score >= t);
    const added = cases.filter((o) => !o.regex && o.score >= t).length;
    const tp = flagged.filter((o) => o.y).length;
    const precision = tp / flagged.length;
    if (precision >= target && added >= 3) best = { threshold: t, precision, recall: tp / Math.max(1, positives) };
  }
  return best;
}

async function main(): Promise<void> {
  const program = new Command('train')
    .option('--out <file>', 'where to write the heads', join(root, 'src', 'model', 'heads.json'))
    .option('--no-davidson', 'train conduct/bias on the labelled cases only')
    .option('--epochs <n>', 'Adam epochs per fit', '120')
    .option('--target-p <p>', 'regex+model precision each threshold must keep on cross-validation', String(TARGET_P))
    .parse();
  const opts = program.opts<{ out: string; davidson: boolean; epochs: string; targetP: string }>();
  const epochs = Number(opts.epochs);
  const targetP = Number(opts.targetP);
  const posts = loadPosts(opts.davidson);
  await embedAll(posts);
  const cues = [...new Set(textDetectors.flatMap((d) => [d.id, ...(d.emits ?? [])]))].sort();
  const dims = 512 + 2 * cues.length + 1;
  const xsOf = new Map(posts.map((p) => [p, p.units.map((u, i) => features(p.vectors[i], u, cues, p.hits, p.context === 'official'))]));
  const wordsOf = new Map(posts.map((p) => [p, p.units.map((u) => tokens(u.text))]));
  const toScored = (gates: Gates) => (p: Post): Scored => ({
    post: p,
    xs: xsOf.get(p)!,
    gated: new Map([...gates].map(([rule, gate]) => [rule, wordsOf.get(p)!.map((words) => passesGate(words, gate))])),
  });

  const heads: Heads = { version: 2, embedding: 'use-lite-512', cues, heads: {} };
  console.log(`\ncross-validated (${FOLDS} folds, out-of-fold post scores, in-domain cases; regex+model precision target ${targetP}):`);
  console.log(`  ${'rule'.padEnd(22)} ${'pos'.padStart(5)} ${'neg'.padStart(5)}  threshold  model P/R      regex P/R      regex+model P/R`);
  const foldGates = Array.from({ length: FOLDS }, (_, k) => learnGates(posts.filter((p) => p.fold !== k)));
  const foldScored = foldGates.map((gate) => posts.map(toScored(gate)));
  for (const rule of MODEL_RULES) {
    const oof: OutOfFold[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const inRule = foldScored[k].filter((s) => s.post.labels.has(rule));
      const head = fitRule(rule, inRule.filter((s) => s.post.fold !== k), dims, epochs);
      for (const s of inRule.filter((s) => s.post.fold === k)) {
        oof.push({
          score: postScore(rule, head, s),
          y: s.post.labels.get(rule)!,
          regex: s.post.hits.some((h) => h.ruleId === rule),
          inDomain: s.post.weight === 1,
        });
      }
    }
    const chosen = chooseThreshold(oof, targetP);
    const pr = (flag: (o: OutOfFold) => boolean) => {
      const cases = oof.filter((o) => o.inDomain);
      const tp = cases.filter((o) => flag(o) && o.y).length;
      const fp = cases.filter((o) => flag(o) && !o.y).length;
      const pos = cases.filter((o) => o.y).length;
      return `${(tp / Math.max(1, tp + fp)).toFixed(3)}/${(tp / Math.max(1, pos)).toFixed(3)}`;
    };
    const positives = oof.filter((o) => o.y && o.inDomain).length;
    console.log(
      `  ${rule.padEnd(22)} ${String(positives).padStart(5)} ${String(oof.filter((o) => o.inDomain).length - positives).padStart(5)}  ${chosen.threshold.toFixed(3).padStart(9)}  ` +
        `${pr((o) => o.score >= chosen.threshold).padEnd(14)} ${pr((o) => o.regex).padEnd(14)} ${pr((o) => o.regex || o.score >= chosen.threshold)}`,
    );
    heads.heads[rule] = {
      w: [],
      b: 0,
      gate: {},
      gateThreshold: 0,
      threshold: round(chosen.threshold),
      cv: { precision: round(chosen.precision), recall: round(chosen.recall), positives, negatives: oof.filter((o) => o.inDomain).length - positives },
    };
  }
  const gates = learnGates(posts);
  const all = posts.map(toScored(gates));
  for (const rule of MODEL_RULES) {
    const head = fitRule(rule, all.filter((s) => s.post.labels.has(rule)), dims, epochs);
    const gate = gates.get(rule)!;
    heads.heads[rule] = {
      ...heads.heads[rule],
      gate: Object.fromEntries([...gate.words].sort(([a], [b]) => a.localeCompare(b))),
      gateThreshold: gate.threshold,
      w: head.w.map(round),
      b: round(head.b),
    };
  }
  writeFileSync(opts.out, `${JSON.stringify(heads)}\n`);
  const sizes = MODEL_RULES.map((rule) => `${rule} ${gates.get(rule)!.words.size}`).join(', ');
  const negativeUnits = all.filter((s) => s.post.weight === 1 && ![...s.post.labels.values()].includes(1)).flatMap((s) => s.xs.map((_, i) => [...s.gated.values()].some((g) => g[i])));
  console.log(`units of clean labelled posts that pass some gate (are embedded): ${(100 * negativeUnits.filter(Boolean).length / Math.max(1, negativeUnits.length)).toFixed(1)} %`);
  console.log(`\nwrote ${opts.out}: ${MODEL_RULES.length} heads x ${dims} features; gate words per rule: ${sizes}`);
}

function round(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

await main();

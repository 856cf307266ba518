import { describe, expect, it } from 'vitest';
import type { TextHit } from '../../src/core/engine.js';
import type { Embedder } from '../../src/model/embedder.js';
import {
  combineUnits,
  EMBEDDING_SCALE,
  lexicalFeatures,
  logit,
  ngramIndices,
  parseHeads,
  policeWords,
  POST_FEATURES,
  postFeatures,
  serializeHeads,
  stackedFeatures,
  stackedLength,
  type Heads,
} from '../../src/model/heads.js';
import { bundledHeads, ModelLayer, MODEL_RULES } from '../../src/model/layer.js';
import { tokens, units } from '../../src/model/sentences.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { POLICE_CONTEXT_WORDS } from '../../src/detectors/id/police-words.js';
import { aimsAtGroup, BIAS_SIGNALS, biasSignals, judgesOnlyUnprotected, onlyMentions, praisesGroup } from '../../src/model/bias-signals.js';
import { OWN_SIGNALS } from '../../src/model/signals.js';
import { ALCOHOL_SIGNALS, alcoholSignals } from '../../src/model/alcohol-signals.js';
import { AUTHOR_SIGNALS, authorSignals } from '../../src/model/author-signals.js';

/** A stand-in embedder: one dimension per word of interest, so a head's weight says which word it likes. */
function fakeEmbedder(calls: string[][]): Embedder {
  const words = ['wasted', 'patrol'];
  return {
    async embed(texts) {
      calls.push(texts);
      return texts.map((t) => Float32Array.from({ length: 512 }, (_, i) => (i < words.length && t.toLowerCase().includes(words[i]) ? 1 : 0)));
    },
  };
}

/** Heads over the fake embedding: alcohol fires on "wasted", self-affiliation on "patrol". */
/** How many features of its own (signals.ts) a rule's head reads after the shared ones. */
const ownLength = (rule: string) => OWN_SIGNALS[rule]?.names.length ?? 0;

function fakeHeads(): Heads {
  // a head with features of its own (signals.ts) names them and has a zero weight for each
  const head = (rule: string, dim: number, gate: string[]) => {
    const own = OWN_SIGNALS[rule]?.names ?? [];
    return {
      w: Array.from({ length: 512 + 1 + own.length }, (_, i) => (i === dim ? 0.5 : 0)),
      b: -2,
      threshold: 0.9,
      gate: Object.fromEntries(gate.map((w) => [w, 1])),
      gateThreshold: 1,
      ...(own.length ? { signals: [...own] } : {}),
      cv: { precision: 1, recall: 1, positives: 1, negatives: 1 },
    };
  };
  return {
    version: 3,
    embedding: 'use-lite-512',
    cues: [],
    lexical: [],
    heads: { 'conduct/alcohol': head('conduct/alcohol', 0, ['wasted', 'drunk']), 'id/self-affiliation': head('id/self-affiliation', 1, ['patrol', 'shift']) },
  };
}

const all = { context: 'personal' as const, wants: () => true };

describe('units', () => {
  it('splits sentences with offsets and joins short fragments to the next', () => {
    const text = "Wow. Got wasted at Murphy's last night!\nAnother shift tomorrow.";
    const u = units(text);
    expect(u.map((x) => x.text)).toEqual(["Wow. Got wasted at Murphy's last night!", 'Another shift tomorrow.']);
    for (const x of u) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not end a sentence at a title or short form', () => {
    const text = 'Great shift with Sgt. Renee Whitfield tonight. Dinner on Main St. was late.';
    expect(units(text).map((x) => x.text)).toEqual(['Great shift with Sgt. Renee Whitfield tonight.', 'Dinner on Main St. was late.']);
  });
});

describe('units and tokens', () => {
  it("cut a post where the shared splitter does (src/nlp/sentences.ts, the detectors' sentences)", () => {
    const text = 'Worked a double at 14 Elm St. tonight with Det. J. Arnold. Home at 7 a.m. sharp! Never again, honestly.';
    const shared = splitSentences(text).map(({ start, end }) => text.slice(start, end));
    expect(units(text).map((u) => u.text)).toEqual(shared);
    expect(shared).toHaveLength(3);
  });

  it('read a number as its shape', () => {
    expect(tokens('Hung up 3219 after 24 years, badge #7')).toEqual(['hung', 'up', '0000', 'after', '00', 'years', 'badge', '0']);
  });
});

describe('postFeatures', () => {
  it('see first person and police words across the post, and an ID-like number', () => {
    const text = 'Long one tonight. Dispatch kept us running until the shift ended.';
    const us = units(text);
    expect(us).toHaveLength(2);
    const police = policeWords(text, us, POLICE_CONTEXT_WORDS);
    expect(police).toEqual({ perUnit: [0, 2], post: 2 });
    const words = us.map((u) => tokens(u.text));
    const first = postFeatures(words[0], words.flat(), police.perUnit[0], police.post, us[0].text, text);
    // no first person in the first sentence, but in the post ("us"); 2 of 3 police words in the post
    expect(Array.from(first)).toEqual([0, 1, 0, Math.fround(2 / 3), 0, Math.fround(2 / 3), 0, 0]);
    expect(first).toHaveLength(POST_FEATURES);
    const number = (t: string) => postFeatures(tokens(t), tokens(t), 0, 0, t, t)[6];
    expect(number('Hung up 3219 this morning.')).toBe(1);
    expect(number('Wore #718 for years.')).toBe(1);
    expect(number('Joined in 2003 and left at 10:30, paid 3.50.')).toBe(0);
    expect(number('Call 555-0142 tonight.')).toBe(0);
  });
});

describe('an MLP head', () => {
  it('adds v . relu(W x + c) to the log odds, and survives heads.json', () => {
    const heads = fakeHeads();
    const head = heads.heads['conduct/alcohol'];
    head.w = [1, 0];
    head.b = 0;
    head.mlp = { W: [1, 1, -1, 0], c: [0, 0.5], v: [2, 3] };
    // hidden: relu(1 + 2) = 3, relu(-1 + 0.5) = 0 -> z = 1 (linear) + 2 * 3
    expect(logit(head, [1, 2])).toBeCloseTo(7);
    const back = parseHeads(serializeHeads(heads)).heads['conduct/alcohol'];
    expect(Array.from(back.mlp!.W)).toEqual([1, 1, -1, 0]);
    expect(logit(back, [1, 2])).toBeCloseTo(7);
  });
});

describe('lexicalFeatures', () => {
  it("gives each rule's gate score for the unit, then for the whole post, scaled and clipped", () => {
    const gate = { words: new Map([['tour', 2], ['nurse', -3], ['sarge', 50]]), threshold: 1 };
    const x = lexicalFeatures(['another', 'night', 'tour'], ['another', 'night', 'tour', 'nurse', 'tour'], [gate]);
    expect(Array.from(x)).toEqual([Math.fround(0.2), Math.fround(-0.1)]);
    expect(Array.from(lexicalFeatures(['sarge'], ['sarge'], [gate]))).toEqual([3, 3]);
  });

  it('reaches the head: a unit whose words lean to a rule scores higher through them', async () => {
    const heads = fakeHeads();
    heads.lexical = ['conduct/alcohol'];
    // Embedding dims, no cues, the official flag, then the unit's and the post's alcohol gate score.
    heads.heads['conduct/alcohol'].w = Array.from({ length: 512 + 1 + 2 + ownLength('conduct/alcohol') }, (_, i) => (i === 513 ? 30 : 0));
    heads.heads['id/self-affiliation'].w = Array.from({ length: 512 + 1 + 2 + ownLength('id/self-affiliation') }, () => 0);
    const layer = new ModelLayer(heads, fakeEmbedder([]));
    expect((await layer.opinion('Got drunk and wasted.', [], all)).map((h) => h.ruleId)).toEqual(['conduct/alcohol']);
    expect(await layer.opinion('Got wasted.', [], all)).toEqual([]);
  });
});

describe('ModelLayer', () => {
  it('points at the best sentence, labels the finding as the model\'s, and gives its confidence', async () => {
    const calls: string[][] = [];
    const layer = new ModelLayer(fakeHeads(), fakeEmbedder(calls));
    const text = "Long week at work. Got completely wasted at Murphy's after the ceremony!";
    const hits = await layer.opinion(text, [], all);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ ruleId: 'conduct/alcohol', method: 'model', pattern: 'model:conduct/alcohol', source: 'text', evidence: "Got completely wasted at Murphy's after the ceremony!" });
    expect(text.slice(hits[0].start, hits[0].end)).toBe(hits[0].evidence);
    expect(hits[0].message).toMatch(/^Reads like/);
    expect(hits[0].confidence).toBeGreaterThanOrEqual(0.9);
    // Only the sentence that passed the cheap first look was embedded.
    expect(calls).toEqual([["Got completely wasted at Murphy's after the ceremony!"]]);
  });

  it('embeds a sentence only for a rule still open whose first look it passes', async () => {
    const calls: string[][] = [];
    const layer = new ModelLayer(fakeHeads(), fakeEmbedder(calls));
    const found = (ruleId: string): TextHit => ({ ruleId, source: 'text', start: 0, end: 3, confidence: 0.9, message: '', evidence: '' });
    // The regex reported alcohol: the drinking sentence is of no further interest, the patrol one still is.
    const hits = await layer.opinion('Got wasted again. Long patrol in the rain.', [found('conduct/alcohol')], all);
    expect(calls).toEqual([['Long patrol in the rain.']]);
    expect(hits.map((h) => h.ruleId)).toEqual(['id/self-affiliation']);
    // "patrolling" would score high for self-affiliation, but the sentence passes only alcohol's first look.
    expect((await layer.opinion('Got wasted after patrolling.', [], all)).map((h) => h.ruleId)).toEqual(['conduct/alcohol']);
  });

  it("does not report a self-affiliation addition on another trade's post with no police evidence, and names the cue", async () => {
    const layer = new ModelLayer(fakeHeads(), fakeEmbedder([]));
    // the head fires on "patrol"; a school crossing patrol is another trade, and nothing else in the post is police
    const told: string[] = [];
    const opts = { ...all, vetoed: (rule: string, cue: string) => told.push(`${rule} ${cue}`) };
    expect(await layer.opinion('School crossing patrol for 20 years. Last shift today.', [], opts)).toEqual([]);
    expect(told).toEqual(['id/self-affiliation OWN_TRADE_WORD: School crossing patrol']);
    // police evidence beside it keeps the addition
    const kept = await layer.opinion('School crossing patrol with the junior officers today. Long patrol.', [], opts);
    expect(kept.map((h) => h.ruleId)).toEqual(['id/self-affiliation']);
    expect(told).toHaveLength(1);
  });

  it('never touches the model when no sentence passes the first look, or when the regex already found every rule', async () => {
    const calls: string[][] = [];
    const layer = new ModelLayer(fakeHeads(), fakeEmbedder(calls));
    expect(await layer.opinion('Beautiful sunset over the harbour tonight.', [], all)).toEqual([]);
    const found = (ruleId: string): TextHit => ({ ruleId, source: 'text', start: 0, end: 3, confidence: 0.9, message: '', evidence: '' });
    expect(await layer.opinion('Wasted after patrol.', [found('conduct/alcohol'), found('id/self-affiliation')], all)).toEqual([]);
    expect(await layer.opinion('Wasted after patrol.', [], { context: 'personal', wants: () => false })).toEqual([]);
    expect(calls).toEqual([]);
  });

  it("never embeds a post shorter than a head's minWords for its rule", async () => {
    const calls: string[][] = [];
    const heads = fakeHeads();
    // every word passes both gates
    for (const head of Object.values(heads.heads)) head.gateThreshold = 0;
    heads.heads['conduct/alcohol'].minWords = 4;
    const layer = new ModelLayer(heads, fakeEmbedder(calls));
    // three words: too short for alcohol (nothing embedded for it); self-affiliation has no minimum
    expect((await layer.opinion('wasted wasted wasted', [], { context: 'personal', wants: (r) => r === 'conduct/alcohol' }))).toEqual([]);
    expect(calls).toEqual([]);
    expect((await layer.opinion('wasted on patrol', [], all)).map((h) => h.ruleId)).toEqual(['id/self-affiliation']);
    expect(calls).toEqual([['wasted on patrol']]);
    // four words reach alcohol's head
    expect((await layer.opinion('so wasted last night', [], { context: 'personal', wants: (r) => r === 'conduct/alcohol' })).map((h) => h.ruleId)).toEqual(['conduct/alcohol']);
  });

  it('weighs hashed word n-grams of the unit, and embeds only what the first look without the embedding lets through', async () => {
    const calls: string[][] = [];
    const heads = fakeHeads();
    const hashing = { buckets: 1 << 16, orders: [1, 2] };
    heads.version = 4;
    heads.hashing = hashing;
    const tour = ngramIndices(['night', 'tour'], hashing);
    const pair = ngramIndices(['night', 'tour'], { ...hashing, orders: [2] })[0];
    expect(tour).toContain(pair);
    // Self-affiliation: the embedding alone never reaches the threshold here; the pair "night tour" does.
    const self = heads.heads['id/self-affiliation'];
    self.h = Array.from({ length: hashing.buckets }, (_, i) => (i === pair ? 6 : 0));
    self.gate = { tour: 1, night: 1 };
    // The first look reads the same pair: a unit without it is never embedded for this rule.
    self.look = { w: Array.from({ length: 1 + ownLength('id/self-affiliation') }, () => 0), b: -1, h: self.h, threshold: 0 };
    const layer = new ModelLayer(heads, fakeEmbedder(calls));
    const hits = await layer.opinion('Another night tour, home at 7. The tour of the castle was lovely.', [], all);
    expect(hits.map((h) => [h.ruleId, h.evidence])).toEqual([['id/self-affiliation', 'Another night tour, home at 7.']]);
    expect(calls).toEqual([['Another night tour, home at 7.']]);
  });

  it('scores a post by its best sentences combined where the head says so (combine), pointing at the best', async () => {
    expect(combineUnits([0.5, 0.7, 0.2])).toBeCloseTo(0.7);
    expect(combineUnits([0.5, 0.7, 0.2], 2)).toBeCloseTo(1 - 0.3 * 0.5);
    expect(combineUnits([0.5, 0.7, 0.2], 0)).toBeCloseTo(1 - 0.3 * 0.5 * 0.8);
    expect(combineUnits([], 2)).toBe(0);
    const heads = fakeHeads();
    const self = heads.heads['id/self-affiliation'];
    // each sentence with "patrol" scores 0.7, under the threshold of 0.9; two of them make 1 - 0.3 * 0.3 = 0.91
    self.w = self.w.map((_, i) => (i === 1 ? Math.log(0.7 / 0.3) / EMBEDDING_SCALE : 0));
    self.b = 0;
    const text = 'Long patrol in the rain. Dinner was cold. Another patrol tomorrow at six.';
    expect(await new ModelLayer(heads, fakeEmbedder([])).opinion(text, [], all)).toEqual([]);
    self.combine = 2;
    const hits = await new ModelLayer(heads, fakeEmbedder([])).opinion(text, [], all);
    expect(hits.map((h) => [h.ruleId, h.evidence, h.confidence])).toEqual([['id/self-affiliation', 'Long patrol in the rain.', 0.91]]);
    expect(await new ModelLayer(heads, fakeEmbedder([])).opinion('Long patrol in the rain. Dinner was cold.', [], all)).toEqual([]);
    expect(parseHeads(serializeHeads(heads)).heads['id/self-affiliation'].combine).toBe(2);
  });

  it('asks more of the model on an official account\'s post where the head has an official threshold', async () => {
    const heads = fakeHeads();
    heads.heads['conduct/alcohol'].officialThreshold = 0.99995;
    const layer = new ModelLayer(heads, fakeEmbedder([]));
    const text = "Got completely wasted at Murphy's after the ceremony!";
    expect((await layer.opinion(text, [], all)).map((h) => h.ruleId)).toEqual(['conduct/alcohol']);
    expect(await layer.opinion(text, [], { context: 'official', wants: () => true })).toEqual([]);
  });

  it('stores n-gram weights packed in 8-bit steps and reads them back within half a step', () => {
    const heads = fakeHeads();
    const h = Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 2.5);
    heads.heads['conduct/alcohol'].h = h;
    heads.heads['conduct/alcohol'].look = { w: [1], b: 0, h: h.map((v) => -v), threshold: 0.5 };
    const text = serializeHeads(heads);
    expect(text.length).toBeLessThan(JSON.stringify(h).length / 3);
    const back = parseHeads(text).heads['conduct/alcohol'];
    const step = 2.5 / 127;
    h.forEach((v, i) => {
      expect(Math.abs(back.h![i] - v)).toBeLessThanOrEqual(step / 2 + 1e-6);
      expect(Math.abs(back.look!.h![i] + v)).toBeLessThanOrEqual(step / 2 + 1e-6);
    });
    expect(parseHeads(text).heads['id/self-affiliation']).toEqual(heads.heads['id/self-affiliation']);
  });

  it('hashes n-grams the same way every time, each present n-gram once, sorted', () => {
    const hashing = { buckets: 1 << 13, orders: [1, 2] };
    const a = ngramIndices(['off', 'patrol', 'off', 'patrol'], hashing);
    expect(Array.from(a)).toEqual([...new Set(a)].sort((x, y) => x - y));
    expect(a.length).toBe(4);
    expect(Array.from(ngramIndices(['off', 'patrol'], hashing))).toEqual(Array.from(ngramIndices(['off', 'patrol'], hashing)));
    expect(Array.from(ngramIndices(['off', 'patrol'], { ...hashing, orders: [1] }))).not.toEqual(Array.from(a));
  });

  it('ships trained heads for every model rule, with thresholds chosen on cross-validation', () => {
    const heads = bundledHeads();
    expect(Object.keys(heads.heads).sort()).toEqual([...MODEL_RULES].sort());
    for (const [rule, head] of Object.entries(heads.heads)) {
      // a head with features of its own (bias-signals.ts) records their names, which the code computes in that order
      const own = head.signals?.length ?? 0;
      expect(head.signals ?? []).toEqual([...(OWN_SIGNALS[rule]?.names ?? [])]);
      expect(head.w).toHaveLength(512 + 2 * heads.cues.length + 1 + 2 * heads.lexical.length + (heads.postLevel ? POST_FEATURES : 0) + own + stackedLength(head.stacked));
      // a stacking head reads heads that ship, and regex rules the heads read as cues
      for (const dep of head.stacked?.heads ?? []) expect(heads.heads[dep]?.stacked).toBeUndefined();
      for (const cue of head.stacked?.cues ?? []) expect(heads.cues).toContain(cue);
      expect(head.threshold).toBeGreaterThanOrEqual(0.5);
      expect(head.cv.precision).toBeGreaterThanOrEqual(0.93);
      expect(Object.keys(head.gate).length).toBeGreaterThan(10);
      // the word gate lets through nearly every positive post (train.ts GATE_COVERS), so it may pass a sentence with no
      // cue word at all; then the first look, not the gate, keeps everyday sentences from the embedder
      expect(Number.isFinite(head.gateThreshold)).toBe(true);
      if (head.gateThreshold <= 0) expect(head.look).toBeDefined();
      // a post of one word ("hello", "lol") reaches no head, so it never loads the sentence encoder (train.ts MIN_WORDS_CAP)
      expect(head.minWords ?? 0).toBeGreaterThanOrEqual(2);
      if (heads.hashing) expect(head.h).toHaveLength(heads.hashing.buckets);
      if (head.look) expect(head.look.w).toHaveLength(2 * heads.cues.length + 1 + 2 * heads.lexical.length + (heads.postLevel ? POST_FEATURES : 0) + own);
    }
  });

  it("appends a head's own features to the shared ones, and refuses heads trained on other ones", async () => {
    const heads = fakeHeads();
    const names = OWN_SIGNALS['conduct/bias']!.names;
    const group = names.indexOf('group+dehumanised');
    // a bias head that fires only on its own feature "a group and a dehumanising noun in the sentence"
    heads.heads['conduct/bias'] = {
      ...heads.heads['conduct/alcohol'],
      gate: { immigrants: 1, vermin: 1, neighbours: 1 },
      w: Array.from({ length: 512 + 1 + names.length }, (_, i) => (i === 513 + group ? 10 : 0)),
      signals: [...names],
    };
    const layer = new ModelLayer(heads, fakeEmbedder([]));
    expect((await layer.opinion('Those immigrants are vermin.', [], all)).map((h) => h.ruleId)).toEqual(['conduct/bias']);
    expect(await layer.opinion('Our immigrants and neighbours met for dinner.', [], all)).toEqual([]);
    heads.heads['conduct/bias'].signals = names.slice(1);
    expect(() => new ModelLayer(heads, fakeEmbedder([]))).toThrow(/conduct\/bias head was trained on other features/);
  });

  it("reads other heads' verdicts beside the post's voice (stacking)", () => {
    // one stacked head (unit 0.8, post best 0.9) and one stacked cue that hit
    const we = stackedFeatures([0.8], [0.9], [true], tokens("We know who did it. We'll be waiting"));
    expect(Array.from(we)).toEqual([0.8, 0.9, 0.9, 0.9, 1, 1].map(Math.fround));
    const i = stackedFeatures([0.8], [0.9], [true], tokens('We know who did it. I am waiting'));
    expect(Array.from(i)).toEqual([0.8, 0.9, 0.9, 0, 1, 0].map(Math.fround));
    expect(Array.from(stackedFeatures([0.8], [0.9], [false], tokens('They know who did it.')))).toEqual([0.8, 0.9, 0, 0, 0, 0].map(Math.fround));
    expect(stackedLength({ heads: ['case/investigation'], cues: ['id/coworker'] })).toBe(6);
    expect(stackedLength(undefined)).toBe(0);
  });

  it("feeds a stacked head's score to the stacking head, even where the stacked rule is not open", async () => {
    const heads = fakeHeads();
    const own = ownLength('id/self-affiliation');
    // investigation fires on "patrol" (dimension 1); self-affiliation reads only the investigation verdict of the post
    // when it speaks as "we" with no "I" (stacked feature 4)
    heads.heads['case/investigation'] = { ...heads.heads['conduct/alcohol'], w: Array.from({ length: 513 }, (_, i) => (i === 1 ? 8 : 0)), gate: { patrol: 1 } };
    delete heads.heads['case/investigation'].signals;
    heads.heads['id/self-affiliation'] = {
      ...heads.heads['id/self-affiliation'],
      w: Array.from({ length: 513 + own + 4 }, (_, i) => (i === 513 + own + 3 ? 8 : 0)),
      b: -4,
      threshold: 0.9,
      stacked: { heads: ['case/investigation'], cues: [] },
    };
    const layer = new ModelLayer(heads, fakeEmbedder([]));
    const selfAff = (text: string, hits: TextHit[] = []) =>
      layer.opinion(text, hits, { context: 'personal', wants: (r) => r === 'id/self-affiliation' }).then((h) => h.map((x) => x.ruleId));
    expect(await selfAff('We were on patrol all night.')).toEqual(['id/self-affiliation']);
    expect(await selfAff('I was on patrol all night.')).toEqual([]);
    expect(await selfAff('We had a quiet shift tonight.')).toEqual([]);
    // the stacked rule's regex hit counts as its verdict
    const regex: TextHit = { ruleId: 'case/investigation', source: 'text', method: 'regex', pattern: 'x', start: 0, end: 2, confidence: 0.9, message: '', evidence: '' };
    expect(await selfAff('We had a quiet shift tonight.', [regex])).toEqual(['id/self-affiliation']);
  });

  it('holds the bias head to its quiet threshold on a post that only mentions a group', async () => {
    const heads = fakeHeads();
    const names = OWN_SIGNALS['conduct/bias']!.names;
    const group = names.indexOf('post:group');
    // fires on any post naming a group (score 0.99995), unless the post only mentions it and the bar there is higher
    heads.heads['conduct/bias'] = {
      ...heads.heads['conduct/alcohol'],
      gate: { immigrants: 1, neighbours: 1 },
      w: Array.from({ length: 512 + 1 + names.length }, (_, i) => (i === 513 + group ? 10 : 0)),
      signals: [...names],
      threshold: 0.9,
      quietThreshold: 0.999999,
    };
    const layer = new ModelLayer(heads, fakeEmbedder([]));
    expect(await layer.opinion('Our immigrants and neighbours met for dinner.', [], all)).toEqual([]);
    expect((await layer.opinion('Immigrants are taking over the neighbours\' street.', [], all)).map((h) => h.ruleId)).toEqual(['conduct/bias']);
    delete heads.heads['conduct/bias'].quietThreshold;
    expect((await new ModelLayer(heads, fakeEmbedder([])).opinion('Our immigrants and neighbours met for dinner.', [], all)).map((h) => h.ruleId)).toEqual(['conduct/bias']);
  });

  it("drops the bias head's additions in a sentence the regex guard calls counter-speech, not in the post's others", async () => {
    const heads = fakeHeads();
    const names = OWN_SIGNALS['conduct/bias']!.names;
    const group = names.indexOf('group');
    // fires on any sentence naming a group (score 0.99995)
    heads.heads['conduct/bias'] = {
      ...heads.heads['conduct/alcohol'],
      gate: { immigrants: 1, vermin: 1 },
      w: Array.from({ length: 512 + 1 + names.length }, (_, i) => (i === 513 + group ? 10 : 0)),
      signals: [...names],
      threshold: 0.9,
    };
    const calls: string[][] = [];
    const layer = new ModelLayer(heads, fakeEmbedder(calls));
    const found = async (text: string) => (await layer.opinion(text, [], all)).map((h) => h.evidence);
    expect(await found('Calling immigrants vermin is disgusting.')).toEqual([]);
    expect(calls).toEqual([]);
    expect(await found('Calling immigrants vermin is disgusting. Immigrants are vermin.')).toEqual(['Immigrants are vermin.']);
  });
});

describe('biasSignals', () => {
  const on = (unit: string, post = unit) => {
    const x = biasSignals(unit, post);
    return BIAS_SIGNALS.filter((_, i) => x[i] === 1);
  };

  it('tells a group maligned from a group named', () => {
    expect(on('Muslims are vermin and should be deported')).toEqual(
      expect.arrayContaining(['group', 'dehumanised', 'harm', 'group+dehumanised', 'group+harm', 'post:group', 'post:judging']),
    );
    expect(on('Ramadan Mubarak to our Muslim neighbours')).toEqual(['group', 'post:group', 'post:mention-only', 'mention-only', 'group+unaimed', 'post:group+unaimed']);
    expect(on('Proud to celebrate Pride with our LGBTQ officers')).toEqual([
      'group',
      'counter',
      'post:group',
      'post:counter',
      'post:mention-only',
      'mention-only',
      'group+counter',
      'group+unaimed',
      'post:group+unaimed',
    ]);
  });

  it('says of each sentence whether the group it names is judged, countered, denied or praised', () => {
    expect(on('Stop calling Gypsy and Traveller families thieves')).toEqual(expect.arrayContaining(['group+judging', 'guard', 'group+guard', 'post:guard']));
    expect(on("immigrants aren't the reason your rent went up")).toEqual(expect.arrayContaining(['mention-only', 'group+counter', 'group+denied']));
    expect(on('the immigrants in the documentary were heroes')).toEqual(expect.arrayContaining(['mention-only', 'warm', 'group+warm', 'post:group+warm']));
    expect(on('Muslims are vermin')).not.toContain('mention-only');
  });

  it('reads slurs on the normalised text, soft slurs apart, and the post beside the sentence', () => {
    expect(on('shut up you f4ggot')).toEqual(['slur', 'post:slur', 'post:judging']);
    // 'queers' as the noun insult is a slur (ed15865); 'gypsies' stays a soft one, weighed by the head alone
    expect(on('queers everywhere')).toEqual(expect.arrayContaining(['slur', 'soft-slur', 'post:slur']));
    expect(on('gypsies everywhere')).toEqual([
      'soft-slur',
      'group',
      'group+soft-slur',
      'post:soft-slur',
      'post:group',
      'post:judging',
      'group+judging',
      'post:group+judging',
      'group+unaimed',
      'post:group+unaimed',
    ]);
    expect(on('They should all be shot.', 'Immigrants again. They should all be shot.')).toEqual([
      'harm',
      'post:group',
      'post:harm',
      'post:judging',
      'post:group+judging',
      'aimed',
      'post:aimed',
    ]);
  });

  it('tells a post that passes judgement from one that only mentions a group', () => {
    // a maligning predicate, an exclusion, a sweeping generalisation, a negative word, profanity
    for (const text of [
      'Women make terrible bosses',
      'Gay people shouldn\'t be allowed in the police',
      'Catholic priests, say no more',
      'Lesbians in the changing room at my gym. Creepy.',
      'f***ing immigrants',
    ]) {
      expect(onlyMentions(text), text).toBe(false);
      expect(on(text), text).toContain('post:judging');
    }
    for (const text of ['Women now make up 40% of new apprentices in construction', 'Ramadan Mubarak to our Muslim neighbours', 'Refugee chef wins regional cooking award']) {
      expect(onlyMentions(text), text).toBe(true);
    }
  });
});

describe('aimsAtGroup', () => {
  it('tells a judgement aimed at a group from one beside it', () => {
    for (const text of [
      'Muslims are all thieves',
      'filthy immigrants everywhere',
      'sick of these Poles',
      'immigrants should be deported',
      'those people ruin every street',
      'deport them all',
    ]) {
      expect(aimsAtGroup(text), text).toBe(true);
    }
    for (const text of [
      'Muslims in my town are doctors, teachers, taxi drivers and bus drivers, just like everyone else',
      'i am a muslim and i work in a bar, people are always surprised',
      'black women die in childbirth at three times the rate, we should all be angry about that',
      'hate crimes against muslims are up again',
      'Muslims arrived in the town in 1960. The bus was always late.',
    ]) {
      expect(aimsAtGroup(text), text).toBe(false);
    }
  });

  it("keeps the head off a post judging only groups no policy protects, and off praise of a group (heldout-r's false alarms)", () => {
    expect(judgesOnlyUnprotected('Lads from the rugby club are all the same, loud and useless')).toBe(true);
    expect(judgesOnlyUnprotected('cops are all pigs, every single one')).toBe(true);
    for (const text of [
      'Muslims are all the same, loud and useless',
      'the guys from "over there" who run the corner shops are all in on it',
      "They're taking over the council one seat at a time",
      'Those people at the rugby club are all the same',
      'The autistic kid in my class ruins it for the normal kids',
    ]) {
      expect(judgesOnlyUnprotected(text), text).toBe(false);
    }
    expect(praisesGroup('Shout out to all the immigrant nurses on my ward, absolute heroes every one of them')).toBe(true);
    expect(praisesGroup('Those kids on our street are all little angels, every single one')).toBe(true);
    for (const text of [
      'Fat Polish women everywhere at the shopping centre these days, lovely',
      'Another Jewish lawyer getting rich off hard working people. Typical',
      'Immigrants are lovely until they take your job, lazy the lot of them',
    ]) {
      expect(praisesGroup(text), text).toBe(false);
    }
    const veto = OWN_SIGNALS['conduct/bias'].veto!;
    expect(veto('Lads from the rugby club are all the same, loud and useless', 'Lads from the rugby club are all the same, loud and useless')).toBe(true);
  });
});

describe('alcoholSignals and authorSignals', () => {
  const on = (names: readonly string[], of: (u: string, p: string) => Float32Array, unit: string, post = unit) => {
    const x = of(unit, post);
    return names.filter((_, i) => x[i] === 1);
  };

  it('tell the alcohol head whether drink is named at all', () => {
    expect(on(ALCOHOL_SIGNALS, alcoholSignals, 'Weekend plans: nothing. Absolutely nothing.')).toEqual(['post:none']);
    expect(on(ALCOHOL_SIGNALS, alcoholSignals, 'Absolutely munted at the cricket, mate')).toEqual(['drunk-word', 'post:drunk-word']);
    expect(on(ALCOHOL_SIGNALS, alcoholSignals, 'Plan a safe ride home.', "Don't drink and drive this weekend. Plan a safe ride home.")).toEqual(['post:drink', 'post:safety']);
  });

  it('tell the alcohol head about drink told with restraint and drunkenness that is someone else\'s', () => {
    expect(on(ALCOHOL_SIGNALS, alcoholSignals, 'Drinks with the team after work. I had a lime soda and went home at 7.')).toEqual(['drink', 'post:drink', 'post:moderation']);
    expect(on(ALCOHOL_SIGNALS, alcoholSignals, 'Last night I told a drunk guy to go home 11 times.')).toEqual(['post:none', 'post:others-drunk']);
    expect(on(ALCOHOL_SIGNALS, alcoholSignals, 'Got absolutely hammered at the pub, one too many pints')).not.toContain('post:moderation');
  });

  it('tell the alcohol head when a drunk word stands in another sense', () => {
    // an object, an agent or a score after it, and no drink: not a drunk word
    expect(on(ALCOHOL_SIGNALS, alcoholSignals, 'wasted two hours at the DMV for a form')).toEqual(['post:none', 'other-sense', 'post:other-sense']);
    expect(on(ALCOHOL_SIGNALS, alcoholSignals, 'hammered by the flu all week')).toEqual(['post:none', 'other-sense', 'post:other-sense']);
    expect(on(ALCOHOL_SIGNALS, alcoholSignals, 'we got wasted 6-0 by the league leaders')).toContain('other-sense');
    // a person's state, or a drink as the object: drunk
    expect(on(ALCOHOL_SIGNALS, alcoholSignals, 'got hammered the night before the wedding')).toEqual(['drunk-word', 'post:drunk-word']);
    expect(on(ALCOHOL_SIGNALS, alcoholSignals, 'we smashed a bottle of wine each')).not.toContain('other-sense');
    expect(on(ALCOHOL_SIGNALS, alcoholSignals, 'everyone hammered by 10')).toEqual(['drunk-word', 'post:drunk-word']);
  });

  it('make the alcohol head surer on posts whose drunk words all stand in another sense', () => {
    const quiet = OWN_SIGNALS['conduct/alcohol']!.quiet!;
    expect(quiet('smashed my phone screen for the third time this year')).toBe(true);
    expect(quiet('smashed my phone screen at the pub after six pints')).toBe(false);
    expect(quiet('Got absolutely smashed last night')).toBe(false);
    expect(quiet('Weekend plans: nothing.')).toBe(false);
  });

  it("tell the self-affiliation head about the writer's own police work", () => {
    expect(on(AUTHOR_SIGNALS, authorSignals, 'Booked two before lunch.')).toEqual(['vantage:act', 'post:vantage']);
    expect(on(AUTHOR_SIGNALS, authorSignals, 'Me and Dave responded to a domestic.')).toEqual(['vantage:act', 'post:vantage']);
    expect(on(AUTHOR_SIGNALS, authorSignals, 'My FTO would be proud.')).toEqual(['vantage:mine', 'post:vantage']);
    expect(on(AUTHOR_SIGNALS, authorSignals, 'Home now.', 'Cleared my last call at 0400. Home now.')).toEqual(['post:vantage']);
    // done to the writer, or by a relative: not the writer's own police work
    expect(on(AUTHOR_SIGNALS, authorSignals, 'I was arrested once, in college.')).toEqual([]);
    expect(on(AUTHOR_SIGNALS, authorSignals, 'we got pulled over on the way home')).toEqual([]);
  });

  it("tell the self-affiliation head about another job, a relative's service and fiction", () => {
    expect(on(AUTHOR_SIGNALS, authorSignals, 'Army medic, 6 years. Still check every room')).toEqual(['other-job', 'post:other-job']);
    expect(on(AUTHOR_SIGNALS, authorSignals, 'He hung up his uniform after 30 years.', 'So proud of my husband. He hung up his uniform after 30 years.')).toEqual([
      'post:relative',
      'post:first+other',
    ]);
    expect(on(AUTHOR_SIGNALS, authorSignals, 'Binge-watched the whole season of the cop show')).toContain('fiction');
    expect(on(AUTHOR_SIGNALS, authorSignals, 'after I get off patrol I am heading to bed')).toEqual([]);
  });

  it('are read by the heads that say so', () => {
    expect(OWN_SIGNALS['conduct/alcohol']!.names).toEqual(ALCOHOL_SIGNALS);
    expect(OWN_SIGNALS['id/self-affiliation']!.names).toEqual(AUTHOR_SIGNALS);
  });
});

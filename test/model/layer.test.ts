import { describe, expect, it } from 'vitest';
import type { TextHit } from '../../src/core/engine.js';
import type { Embedder } from '../../src/model/embedder.js';
import type { Heads } from '../../src/model/heads.js';
import { bundledHeads, ModelLayer, MODEL_RULES } from '../../src/model/layer.js';
import { units } from '../../src/model/sentences.js';

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
function fakeHeads(): Heads {
  const head = (dim: number) => ({
    w: Array.from({ length: 512 + 1 }, (_, i) => (i === dim ? 0.5 : 0)),
    b: -2,
    threshold: 0.9,
    cv: { precision: 1, recall: 1, positives: 1, negatives: 1 },
  });
  return {
    version: 1,
    embedding: 'use-lite-512',
    cues: [],
    gate: ['wasted', 'patrol', 'shift'],
    heads: { 'conduct/alcohol': head(0), 'id/self-affiliation': head(1) },
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
});

describe('ModelLayer', () => {
  it('points at the best sentence, labels the finding as the model\'s, and gives its confidence', async () => {
    const calls: string[][] = [];
    const layer = new ModelLayer(fakeHeads(), fakeEmbedder(calls));
    const text = "Long week at work. Got completely wasted at Murphy's after the ceremony!";
    const hits = await layer.opinion(text, [], all);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ ruleId: 'conduct/alcohol', method: 'model', source: 'text', evidence: "Got completely wasted at Murphy's after the ceremony!" });
    expect(text.slice(hits[0].start, hits[0].end)).toBe(hits[0].evidence);
    expect(hits[0].message).toMatch(/^Reads like/);
    expect(hits[0].confidence).toBeGreaterThanOrEqual(0.9);
    // Only the sentence that passed the cheap first look was embedded.
    expect(calls).toEqual([["Got completely wasted at Murphy's after the ceremony!"]]);
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

  it('ships trained heads for every model rule, with thresholds chosen on cross-validation', () => {
    const heads = bundledHeads();
    expect(Object.keys(heads.heads).sort()).toEqual([...MODEL_RULES].sort());
    for (const head of Object.values(heads.heads)) {
      expect(head.w).toHaveLength(512 + 2 * heads.cues.length + 1);
      expect(head.threshold).toBeGreaterThanOrEqual(0.5);
      expect(head.cv.precision).toBeGreaterThanOrEqual(0.93);
    }
    expect(heads.gate.length).toBeGreaterThan(50);
  });
});

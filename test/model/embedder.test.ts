// The one test file that loads the real embedding model (once, in its worker thread): a few seconds.
import { describe, expect, it } from 'vitest';
import { sharedEmbedder } from '../../src/model/embedder.js';
import { bundledHeads, ModelLayer } from '../../src/model/layer.js';

const cosine = (a: Float32Array, b: Float32Array) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
};

describe('the shipped embedding model', () => {
  it('embeds sentences as 512-d vectors, paraphrases closer than unrelated text, batched requests in order', async () => {
    const [drunk, wasted, puzzle] = await sharedEmbedder().embed([
      'I got so drunk at the bar last night.',
      'Absolutely wasted at the pub yesterday evening.',
      'We finished the jigsaw puzzle this weekend.',
    ]);
    expect(drunk).toHaveLength(512);
    expect(cosine(drunk, wasted)).toBeGreaterThan(cosine(drunk, puzzle));
    const [again] = await sharedEmbedder().embed(['I got so drunk at the bar last night.']);
    expect(cosine(drunk, again)).toBeCloseTo(1, 5);
  }, 60_000);

  it('feeds the shipped heads: features and weights line up, and the finding points at the best sentence', async () => {
    const heads = bundledHeads();
    const alcohol = heads.heads['conduct/alcohol'];
    // Thresholds 0 (and no bar for the first look): whatever the score, the pipeline (gate, n-grams, real embedding,
    // features, head) must produce a finding.
    // The other heads stay: their first-look words are the lexical features of every head.
    const layer = new ModelLayer({ ...heads, heads: { ...heads.heads, 'conduct/alcohol': { ...alcohol, gate: { drunk: 1 }, gateThreshold: 1, threshold: 0, ...(alcohol.look ? { look: { ...alcohol.look, threshold: -Infinity } } : {}) } } });
    const text = 'Nice weather today. I got so drunk at the bar last night.';
    const [hit] = await layer.opinion(text, [], { context: 'personal', wants: (rule) => rule === 'conduct/alcohol' });
    expect(hit).toMatchObject({ ruleId: 'conduct/alcohol', method: 'model', evidence: 'I got so drunk at the bar last night.' });
    expect(hit.confidence).toBeGreaterThan(0);
    expect(hit.confidence).toBeLessThanOrEqual(1);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/model/embedder.js';
import { EmbeddingCache } from '../../src/scripts/embedding-cache.js';
import { tempDir } from '../helpers/tmp.js';

describe('EmbeddingCache', () => {
  it('embeds only what it has not seen, and keeps it on disk for the next run', async () => {
    const calls: string[][] = [];
    const embedder: Embedder = {
      async embed(texts) {
        calls.push(texts);
        return texts.map((t) => Float32Array.from({ length: 512 }, (_, i) => (i === 0 ? t.length : 0)));
      },
    };
    const dir = tempDir('embedding-cache');
    const cache = new EmbeddingCache(dir, embedder);
    const [a, b] = await cache.embed(['one sentence', 'another one']);
    expect([a[0], b[0]]).toEqual([12, 11]);
    await cache.embed(['one sentence', 'a third']);
    expect(calls).toEqual([['one sentence', 'another one'], ['a third']]);
    cache.save();
    const again = new EmbeddingCache(dir, embedder);
    expect(again.missing(['another one', 'a third', 'new'])).toEqual(['new']);
    expect((await again.embed(['a third']))[0][0]).toBe(7);
    expect(calls).toHaveLength(2);
  });
});

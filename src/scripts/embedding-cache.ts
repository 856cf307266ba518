/**
 * Sentence embeddings cached on disk by text hash, for `npm run train` and `npm run eval -- --embedding-cache`: a
 * re-training after a label change, or an evaluation of new heads, embeds only the sentences it has not seen. The cache
 * lives in .cache/clearpost-train (git-ignored; CLEARPOST_TRAIN_CACHE overrides), not under node_modules, which
 * `npm ci` wipes. Vectors are the embedder's, bit for bit, so a cached evaluation scores what a scan would.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedEmbedder, type Embedder } from '../model/embedder.js';

const DIMS = 512;

export class EmbeddingCache implements Embedder {
  private readonly vectors = new Map<string, Float32Array>();
  private readonly keysFile: string;
  private readonly vecFile: string;
  private added = 0;

  constructor(
    private readonly dir: string,
    private readonly embedder: Embedder = sharedEmbedder(),
  ) {
    this.keysFile = join(dir, 'keys.txt');
    this.vecFile = join(dir, 'vectors.f32');
    if (existsSync(this.keysFile) && existsSync(this.vecFile)) {
      const keys = readFileSync(this.keysFile, 'utf8').split('\n').filter(Boolean);
      const buf = readFileSync(this.vecFile);
      const all = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
      if (all.length === keys.length * DIMS) keys.forEach((k, i) => this.vectors.set(k, all.slice(i * DIMS, (i + 1) * DIMS)));
    }
  }

  /** The default place: .cache/clearpost-train in the project, or CLEARPOST_TRAIN_CACHE. */
  static at(root: string): EmbeddingCache {
    return new EmbeddingCache(process.env.CLEARPOST_TRAIN_CACHE ?? join(root, '.cache', 'clearpost-train'));
  }

  private static key(text: string): string {
    return createHash('sha1').update(text).digest('hex');
  }

  /** The texts not cached yet (distinct). */
  missing(texts: readonly string[]): string[] {
    return [...new Set(texts)].filter((t) => !this.vectors.has(EmbeddingCache.key(t)));
  }

  /** A text's vector if the cache has it. */
  cached(text: string): Float32Array | undefined {
    return this.vectors.get(EmbeddingCache.key(text));
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    const missing = this.missing(texts);
    if (missing.length) {
      const vectors = await this.embedder.embed(missing);
      missing.forEach((t, i) => this.vectors.set(EmbeddingCache.key(t), vectors[i]));
      this.added += missing.length;
    }
    return texts.map((t) => this.vectors.get(EmbeddingCache.key(t))!);
  }

  /** Write the cache back if anything was added. */
  save(): void {
    if (!this.added) return;
    mkdirSync(this.dir, { recursive: true });
    const keys = [...this.vectors.keys()];
    const out = new Float32Array(keys.length * DIMS);
    keys.forEach((k, i) => out.set(this.vectors.get(k)!, i * DIMS));
    writeFileSync(this.keysFile, keys.join('\n'));
    writeFileSync(this.vecFile, Buffer.from(out.buffer));
    this.added = 0;
  }
}

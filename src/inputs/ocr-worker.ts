/**
 * The tesseract.js worker thread, made quiet. Leptonica and tesseract print their own diagnostics ("Error in
 * boxClipToRectangle: box outside rectangle", "Warning in pixBlockconv: kernel too large", "Warning: Invalid
 * resolution") through the WASM module's console in the worker, and Node pipes a worker's console to the user's
 * terminal: they are dropped here before tesseract.js's own worker script loads. CLEARPOST_DEBUG_OCR=1 keeps them.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

if (!process.env.CLEARPOST_DEBUG_OCR) {
  const drop = (): void => undefined;
  console.log = console.info = console.warn = console.error = console.debug = console.trace = drop;
  const swallow = (() => true) as typeof process.stderr.write;
  process.stdout.write = swallow;
  process.stderr.write = swallow;
}

// tesseract.js's own Node worker script (its package exports only the main entry, src/index.js).
require(join(dirname(require.resolve('tesseract.js')), 'worker-script', 'node', 'index.js'));

/**
 * Text in the picture with tesseract.js: a small pool of workers (created lazily, reused across images, terminated on
 * close) reading English LSTM data from the @tesseract.js-data/eng package. Nothing is downloaded and nothing is
 * written to the working directory (cacheMethod 'none'); a worker that does not start within the timeout fails fast.
 *
 * Two passes per image: automatic page segmentation (PSM 3) for captions and signs, then sparse text (PSM 11) for
 * scattered scene text (badges, doors, tape); words the second pass finds where the first found none are appended.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Box, OcrResult, OcrWord } from '../core/types.js';

const require = createRequire(import.meta.url);

type TesseractModule = typeof import('tesseract.js');
type TWorker = Awaited<ReturnType<TesseractModule['createWorker']>>;

/** The quiet worker script (ocr-worker.ts): next to this file when built; from the sources (vitest), the built copy. */
function workerPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, 'ocr-worker.js');
  return existsSync(beside) ? beside : join(here, '..', '..', 'dist', 'inputs', 'ocr-worker.js');
}

/** Where the LSTM-only (best_int, 2.9 MB) English model lives inside node_modules. */
export function defaultLangPath(): string {
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

export interface OcrPoolOptions {
  /** Worker count; defaults to the cores available (at most 4). */
  workers?: number;
  /** Directory holding eng.traineddata.gz. */
  langPath?: string;
  /** A worker that has not loaded within this many ms is terminated and the job fails. */
  startupTimeoutMs?: number;
}

export class OcrError extends Error {
  override name = 'OcrError';
}

/** One recognised line of words, boxes in the pixels of the image that was passed in. */
export interface OcrLine {
  words: { text: string; box: Box; confidence: number }[];
}

/** Words under this confidence are noise on photos (textures read as `WA`, `~~`). */
const MIN_WORD_CONFIDENCE = 45;

export class OcrPool {
  private readonly size: number;
  private readonly langPath: string;
  private readonly startupTimeoutMs: number;
  private readonly idle: { worker: TWorker; psm: string }[] = [];
  private readonly waiting: ((w: { worker: TWorker; psm: string }) => void)[] = [];
  private readonly all: TWorker[] = [];
  private starting = 0;
  private closed = false;
  private startError: Error | undefined;

  constructor(options: OcrPoolOptions = {}) {
    this.size = Math.max(1, Math.min(options.workers ?? availableParallelism(), 4));
    this.langPath = options.langPath ?? defaultLangPath();
    this.startupTimeoutMs = options.startupTimeoutMs ?? 15_000;
  }

  /** Recognise one image (PNG/JPEG bytes) with a page segmentation mode; returns its lines of words. */
  async recognize(image: Buffer, psm: '3' | '6' | '7' | '11'): Promise<OcrLine[]> {
    const slot = await this.acquire();
    try {
      if (slot.psm !== psm) {
        await slot.worker.setParameters({ tessedit_pageseg_mode: psm as never });
        slot.psm = psm;
      }
      const { data } = await slot.worker.recognize(image, {}, { text: false, blocks: true });
      return linesOf(data as unknown as { blocks?: RawBlock[] | null });
    } finally {
      this.release(slot);
    }
  }

  /** Terminate every worker. The pool cannot be used afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    const workers = this.all.splice(0);
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate().catch(() => undefined)));
  }

  private async acquire(): Promise<{ worker: TWorker; psm: string }> {
    if (this.closed) throw new OcrError('OCR pool is closed');
    if (this.startError) throw this.startError;
    const free = this.idle.pop();
    if (free) return free;
    if (this.all.length + this.starting < this.size) {
      this.starting++;
      try {
        const worker = await this.start();
        if (this.closed) {
          await worker.terminate().catch(() => undefined);
          throw new OcrError('OCR pool is closed');
        }
        this.all.push(worker);
        return { worker, psm: '3' };
      } finally {
        this.starting--;
      }
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: { worker: TWorker; psm: string }): void {
    if (this.closed) return;
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }

  private async start(): Promise<TWorker> {
    const file = join(this.langPath, 'eng.traineddata.gz');
    if (!existsSync(file)) {
      this.startError = new OcrError(`OCR language data not found: ${file} (is @tesseract.js-data/eng installed?)`);
      throw this.startError;
    }
    const { createWorker, OEM } = (await import('tesseract.js')) as TesseractModule;
    let timer: NodeJS.Timeout | undefined;
    let lateWorker: TWorker | undefined;
    let timedOut = false;
    const creating = createWorker('eng', OEM.LSTM_ONLY, {
      langPath: this.langPath,
      cacheMethod: 'none',
      // tesseract's and leptonica's own messages stay in the worker (see ocr-worker.ts), off the user's stderr.
      workerPath: workerPath(),
      gzip: true,
      // Without a handler tesseract.js rethrows worker errors as uncaught exceptions.
      errorHandler: () => undefined,
      logger: () => undefined,
    }).then((w) => {
      if (timedOut) {
        lateWorker = w;
        void w.terminate();
      }
      return w;
    });
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new OcrError(`OCR worker did not start within ${this.startupTimeoutMs} ms (language data ${file})`));
      }, this.startupTimeoutMs);
      timer.unref();
    });
    try {
      const worker = await Promise.race([creating, timeout]);
      // debug_file: tesseract's warnings ("Invalid resolution", "Estimating resolution") go nowhere, not to stdout.
      await worker.setParameters({ tessedit_pageseg_mode: '3' as never, debug_file: '/dev/null' });
      return worker;
    } catch (err) {
      void lateWorker;
      this.startError = err instanceof OcrError ? err : new OcrError(`OCR worker failed to start: ${String(err)}`);
      throw this.startError;
    } finally {
      clearTimeout(timer);
    }
  }
}

interface RawBbox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface RawWord {
  text: string;
  confidence: number;
  bbox: RawBbox;
}
interface RawBlock {
  paragraphs: { lines: { words: RawWord[] }[] }[];
}

function linesOf(data: { blocks?: RawBlock[] | null }): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of data.blocks ?? []) {
    for (const para of block.paragraphs ?? []) {
      for (const line of para.lines ?? []) {
        const words = (line.words ?? [])
          .map((w) => ({ text: w.text.trim(), confidence: w.confidence, box: bboxToBox(w.bbox) }))
          .filter((w) => w.text && w.confidence >= MIN_WORD_CONFIDENCE && /[\p{L}\p{N}]/u.test(w.text));
        if (words.length) lines.push({ words });
      }
    }
  }
  return lines;
}

function bboxToBox(b: RawBbox): Box {
  return { x: b.x0, y: b.y0, width: Math.max(1, b.x1 - b.x0), height: Math.max(1, b.y1 - b.y0) };
}

/** Intersection of two boxes over the smaller one's area. */
export function overlapRatio(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.min(a.width * a.height, b.width * b.height);
}

/** Map every word box of some lines (OCR-image pixels -> auto-oriented original pixels). */
export function mapLines(lines: OcrLine[], map: (b: Box) => Box): OcrLine[] {
  return lines.map((l) => ({ words: l.words.map((w) => ({ ...w, box: map(w.box) })) }));
}

/** Scale a box by a factor, rounding to whole pixels. */
export function scaleBox(b: Box, scale: number): Box {
  return {
    x: Math.round(b.x * scale),
    y: Math.round(b.y * scale),
    width: Math.max(1, Math.round(b.width * scale)),
    height: Math.max(1, Math.round(b.height * scale)),
  };
}

/**
 * Merge passes (boxes already in the original's pixels) into one OcrResult: the first pass's lines, then each later
 * pass's lines minus the words already read at that place. Text is built here so word offsets are exact: words joined
 * by spaces, lines by newlines, passes by a blank line. With `engines` (one name per pass), a word read by another
 * engine at the same place is dropped only when both read the same text: two engines' different readings of a word
 * are both kept (one may be right), their findings are merged later by place.
 */
export function mergeOcrPasses(passes: OcrLine[][], engines?: string[]): OcrResult {
  const taken: { box: Box; engine: string | undefined; key: string }[] = [];
  let text = '';
  const words: OcrWord[] = [];
  passes.forEach((pass, pi) => {
    const engine = engines?.[pi];
    const fresh: OcrLine[] = [];
    for (const line of pass) {
      const kept = line.words.filter(
        (w) => !taken.some((t) => overlapRatio(t.box, w.box) > 0.5 && (t.engine === engine || t.key === wordKey(w.text))),
      );
      if (kept.length) fresh.push({ words: kept });
    }
    if (!fresh.length) return;
    if (text) text += '\n\n';
    fresh.forEach((line, li) => {
      if (li > 0) text += '\n';
      line.words.forEach((w, wi) => {
        if (wi > 0) text += ' ';
        const start = text.length;
        // `(608)` `)555-0177`: the bracket read twice, once on each side of the gap
        const doubled = wi > 0 && w.text.length > 1 && w.text.startsWith(')') && line.words[wi - 1]!.text.endsWith(')');
        const read = digitsRead(doubled ? w.text.slice(1) : w.text);
        text += read;
        words.push({ text: read, start, end: text.length, box: w.box, confidence: w.confidence / 100 });
      });
    });
    for (const line of fresh) for (const w of line.words) taken.push({ box: w.box, engine, key: wordKey(digitsRead(w.text)) });
  });
  return { text, words };
}

/**
 * A number OCR read with a letter for a digit inside it (`14l7` for 1417 in a bold font: l, I and | for 1, O for 0):
 * read as the number. Only a word that starts and ends with a digit and holds nothing but digits and those letters,
 * so words and codes (`l0l`, `B12`, `4OR`) stay as read.
 */
function digitsRead(text: string): string {
  if (!/^\d[\dlI|O]*\d[,.;:]?$/.test(text) || !/[lI|O]/.test(text)) return text;
  return text.replace(/[lI|]/g, '1').replace(/O/g, '0');
}

/** A word as compared across engines: letters and digits, upper case. */
function wordKey(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

/** The word-span box lives with the other box helpers in core (the image detectors read it too). */
export { boxForSpan } from '../core/boxes.js';

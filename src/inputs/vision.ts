/**
 * Picture cues measured from pixels, no model: barrier tape (a long, thin band of saturated yellow, any angle) and
 * evidence markers (small compact yellow cards/tents with a dark numeral), plus cues derived from the object detector
 * (a person lying down, red-and-blue light bars on a vehicle's roof line). Runs on a ~640 px copy of the working
 * raster; boxes come back in that copy's pixels and the caller scales them.
 */
import type { Box, VisionCue } from '../core/types.js';
import type { DetectedObject } from './faces.js';

export interface Raster {
  data: Buffer;
  width: number;
  height: number;
}

/** A connected run of mask pixels with its shape measured. */
interface Blob {
  /** Label of the blob's pixels in the label map. */
  id: number;
  area: number;
  box: Box;
  /** Principal-axis angle in degrees, (-90, 90]. */
  angle: number;
  /** Length along the principal axis and across it (pixels, ~full extents). */
  major: number;
  minor: number;
}

/** RGB -> hue (0..360), saturation and value (0..1). */
function hsv(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const v = max / 255;
  const s = max === 0 ? 0 : d / max;
  let h = 0;
  if (d > 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h *= 60;
    if (h < 0) h += 360;
  }
  return [h, s, v];
}

/** Tape/marker yellow: hue 38-68°, saturated and bright enough (dull tape at night sits near the floor of this). */
export function isTapeYellow(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return h >= 38 && h <= 68 && s >= 0.45 && v >= 0.4;
}

/** Marker cards are printed safety yellow: purer and brighter than foliage or dull tape. */
function isMarkerYellow(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return h >= 32 && h <= 60 && s >= 0.6 && v >= 0.5;
}

function mask(img: Raster, pred: (r: number, g: number, b: number) => boolean): Uint8Array {
  const m = new Uint8Array(img.width * img.height);
  for (let i = 0, p = 0; i < m.length; i++, p += 3) m[i] = pred(img.data[p], img.data[p + 1], img.data[p + 2]) ? 1 : 0;
  return m;
}

/** 8-connected components of a mask with their area, box and principal axes (smaller than minArea dropped). */
function blobs(m: Uint8Array, width: number, height: number, minArea: number, labelsOut?: { labels?: Int32Array }): Blob[] {
  const labels = new Int32Array(m.length).fill(-1);
  if (labelsOut) labelsOut.labels = labels;
  const out: Blob[] = [];
  const stack: number[] = [];
  for (let start = 0; start < m.length; start++) {
    if (!m[start] || labels[start] >= 0) continue;
    labels[start] = out.length;
    stack.push(start);
    let n = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let syy = 0;
    let sxy = 0;
    let x0 = width;
    let y0 = height;
    let x1 = 0;
    let y1 = 0;
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % width;
      const y = (i - x) / width;
      n++;
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
      sxy += x * y;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= width) continue;
          const j = yy * width + xx;
          if (m[j] && labels[j] < 0) {
            labels[j] = out.length;
            stack.push(j);
          }
        }
      }
    }
    if (n < minArea) {
      out.push({ id: out.length, area: 0, box: { x: 0, y: 0, width: 0, height: 0 }, angle: 0, major: 0, minor: 0 });
      continue;
    }
    const mx = sx / n;
    const my = sy / n;
    const cxx = sxx / n - mx * mx;
    const cyy = syy / n - my * my;
    const cxy = sxy / n - mx * my;
    const tr = cxx + cyy;
    const det = cxx * cyy - cxy * cxy;
    const disc = Math.sqrt(Math.max(0, (tr * tr) / 4 - det));
    const l1 = tr / 2 + disc;
    const l2 = Math.max(0, tr / 2 - disc);
    // For a uniform bar of length L the variance along it is L^2/12.
    const major = Math.sqrt(12 * l1);
    const minor = Math.sqrt(12 * l2);
    const angle = (0.5 * Math.atan2(2 * cxy, cxx - cyy) * 180) / Math.PI;
    out.push({ id: out.length, area: n, box: { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 }, angle, major, minor });
  }
  return out.filter((b) => b.area > 0);
}

/** Share of dark pixels (value < 0.3) inside a box: the numeral on a marker, the letters on tape. */
function darkShare(img: Raster, box: Box): number {
  let dark = 0;
  let all = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const p = (y * img.width + x) * 3;
      if (Math.max(img.data[p], img.data[p + 1], img.data[p + 2]) < 80) dark++;
      all++;
    }
  }
  return all ? dark / all : 0;
}

/**
 * Share of dark pixels between the top and bottom of a band in each column (the print on tape): a painted line has
 * none, "CRIME SCENE DO NOT CROSS" tape has 10-40 %.
 */
function printShare(img: Raster, labels: Int32Array, b: Blob): number {
  let dark = 0;
  let span = 0;
  for (let x = b.box.x; x < b.box.x + b.box.width; x++) {
    let top = -1;
    let bottom = -1;
    for (let y = b.box.y; y < b.box.y + b.box.height; y++) {
      if (labels[y * img.width + x] === b.id) {
        if (top < 0) top = y;
        bottom = y;
      }
    }
    if (top < 0) continue;
    for (let y = top; y <= bottom; y++) {
      const i = y * img.width + x;
      span++;
      if (labels[i] !== b.id && Math.max(img.data[i * 3], img.data[i * 3 + 1], img.data[i * 3 + 2]) < 100) dark++;
    }
  }
  return span ? dark / span : 0;
}

/** Tape and evidence-marker cues from the yellow in a raster. */
export function yellowCues(img: Raster): VisionCue[] {
  const cues: VisionCue[] = [];
  const area = img.width * img.height;
  const diag = Math.hypot(img.width, img.height);
  const m = mask(img, isTapeYellow);
  const lab: { labels?: Int32Array } = {};
  for (const b of blobs(m, img.width, img.height, Math.max(12, area * 0.0002), lab)) {
    const elongation = b.major / Math.max(1, b.minor);
    if (b.major >= 0.3 * diag && elongation >= 6) {
      // A band across a good part of the frame with dark print inside it: tape. A plain band (a road line, a kerb)
      // is reported only as `yellow-band`, which nothing flags on its own. Longer, straighter bands are surer.
      const print = printShare(img, lab.labels!, b);
      const confidence = Math.min(0.85, 0.45 + 0.4 * Math.min(1, b.major / (0.7 * diag)) * Math.min(1, elongation / 12));
      const kind = print >= 0.04 ? 'tape' : 'yellow-band';
      cues.push({ kind, box: b.box, confidence: round2(confidence), angle: round2(b.angle), thickness: round2(b.minor), detail: `print ${round2(print)}` });
    }
  }
  for (const b of blobs(mask(img, isMarkerYellow), img.width, img.height, Math.max(12, area * 0.0006))) {
    const aspect = b.box.width / b.box.height;
    const rel = b.area / area;
    const fill = b.area / (b.box.width * b.box.height);
    if (rel > 0.03 || aspect < 0.5 || aspect > 2.2 || fill < 0.5 || b.major / Math.max(1, b.minor) > 2.5) continue;
    // A numbered marker: a yellow card with a dark numeral in its middle (not a plain yellow patch or a leaf).
    const inner: Box = {
      x: b.box.x + Math.round(b.box.width * 0.2),
      y: b.box.y + Math.round(b.box.height * 0.2),
      width: Math.max(1, Math.round(b.box.width * 0.6)),
      height: Math.max(1, Math.round(b.box.height * 0.6)),
    };
    const dark = darkShare(img, inner);
    if (dark >= 0.06 && dark <= 0.6) cues.push({ kind: 'evidence-marker', box: b.box, confidence: 0.5 });
  }
  // One lone yellow square is as likely a sign or a toy; a set of them is a marker layout.
  const markers = cues.filter((c) => c.kind === 'evidence-marker');
  if (markers.length >= 2) for (const c of markers) c.confidence = round2(Math.min(0.8, 0.45 + 0.08 * markers.length));
  return markers.length >= 2 ? cues : cues.filter((c) => c.kind !== 'evidence-marker');
}

/** Cues derived from detected objects: people lying down; vehicles (kept as `object:<label>`). */
export function objectCues(objects: DetectedObject[]): VisionCue[] {
  const cues: VisionCue[] = [];
  for (const o of objects) {
    cues.push({ kind: `object:${o.label}`, box: o.box, confidence: o.confidence });
    if (o.label === 'person' && o.box.width >= 1.6 * o.box.height) {
      cues.push({ kind: 'person-lying', box: o.box, confidence: round2(Math.min(0.6, o.confidence + 0.15)) });
    }
  }
  return cues;
}

const VEHICLES = new Set(['car', 'truck', 'bus', 'motorcycle']);

/**
 * Emergency light bars: saturated red and blue blobs side by side in the top third of a vehicle box. Cheap and
 * approximate; a parked car with a red and a blue sticker would pass too, so confidence stays moderate.
 */
export function lightBarCues(img: Raster, objects: DetectedObject[]): VisionCue[] {
  const cues: VisionCue[] = [];
  for (const o of objects) {
    if (!VEHICLES.has(o.label)) continue;
    const roof: Box = {
      x: o.box.x,
      y: Math.max(0, o.box.y - Math.round(o.box.height * 0.1)),
      width: o.box.width,
      height: Math.max(1, Math.round(o.box.height * 0.4)),
    };
    const sub = crop(img, roof);
    const red = blobs(mask(sub, (r, g, b) => { const [h, s, v] = hsv(r, g, b); return (h <= 12 || h >= 345) && s >= 0.55 && v >= 0.45; }), sub.width, sub.height, Math.max(6, sub.width * sub.height * 0.002));
    const blue = blobs(mask(sub, (r, g, b) => { const [h, s, v] = hsv(r, g, b); return h >= 200 && h <= 250 && s >= 0.55 && v >= 0.45; }), sub.width, sub.height, Math.max(6, sub.width * sub.height * 0.002));
    for (const rb of red) {
      const pair = blue.find(
        (bb) => Math.abs(bb.box.y + bb.box.height / 2 - (rb.box.y + rb.box.height / 2)) < Math.max(rb.box.height, bb.box.height) &&
          Math.abs(bb.box.x - rb.box.x) < sub.width * 0.6 && bb.box.width >= rb.box.width * 0.4 && bb.box.width <= rb.box.width * 2.5,
      );
      if (pair) {
        const x0 = Math.min(rb.box.x, pair.box.x);
        const y0 = Math.min(rb.box.y, pair.box.y);
        const x1 = Math.max(rb.box.x + rb.box.width, pair.box.x + pair.box.width);
        const y1 = Math.max(rb.box.y + rb.box.height, pair.box.y + pair.box.height);
        cues.push({ kind: 'light-bar', box: { x: roof.x + x0, y: roof.y + y0, width: x1 - x0, height: y1 - y0 }, confidence: 0.5 });
        break;
      }
    }
  }
  return cues;
}

function crop(img: Raster, box: Box): Raster {
  const x0 = Math.max(0, Math.min(img.width - 1, box.x));
  const y0 = Math.max(0, Math.min(img.height - 1, box.y));
  const w = Math.max(1, Math.min(img.width - x0, box.width));
  const h = Math.max(1, Math.min(img.height - y0, box.height));
  const data = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) img.data.copy(data, y * w * 3, ((y0 + y) * img.width + x0) * 3, ((y0 + y) * img.width + x0 + w) * 3);
  return { data, width: w, height: h };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

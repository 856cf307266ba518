/**
 * Picture cues measured from pixels, no model: barrier tape (a long band of saturated yellow carrying dark print, any
 * angle, or a frame-filling close-up of it) and evidence markers (small compact yellow cards/tents with a dark
 * numeral) on a ~640 px copy of the working raster; and, inside the boxes of the vehicles the object detector found,
 * police markings (red-and-blue light bars on the roof line, Battenburg liveries) on the working raster itself. Boxes
 * come back in the pixels of the raster given and the caller scales them.
 */
import type { Box, VisionCue } from '../core/types.js';
import { principalAxis } from './axis.js';
import { isGreyscale, isSkinTone, skinShare, type DetectedObject, type Keypoints } from './faces.js';

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
  return [hue(r, g, b), max === 0 ? 0 : (max - Math.min(r, g, b)) / max, max / 255];
}

/** RGB -> hue in degrees (0..360; 0 for a grey). */
function hue(r: number, g: number, b: number): number {
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = 60 * (max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4);
  return h < 0 ? h + 360 : h;
}

type RgbTest = (r: number, g: number, b: number) => boolean;
type HsvTest = (h: number, s: number, v: number) => boolean;

/**
 * A colour test written in hue, saturation and value. As an RGB test it converts each pixel; mask() instead reads the
 * raster's HSV planes, converted once per raster (the tape, marker, tent and stripe masks all read the same picture).
 */
function byHsv(test: HsvTest): RgbTest & { fill: PlaneFill } {
  const rgb = (r: number, g: number, b: number) => {
    const [h, s, v] = hsv(r, g, b);
    return test(h, s, v);
  };
  // Each test gets its own copy of the loop, so the call to `test` in it sees one function and is inlined.
  const fill: PlaneFill = ({ h, s, v }, out, value) => {
    const n = out.length;
    for (let i = 0; i < n; i++) if (out[i] === 0 && test(h[i], s[i], v[i])) out[i] = value;
  };
  return Object.assign(rgb, { fill });
}

/** Sets `value` where a colour test passes and `out` is still 0, reading a raster's HSV planes. */
type PlaneFill = (p: { h: Float32Array; s: Float32Array; v: Float32Array }, out: Uint8Array, value: number) => void;

const PLANES = new WeakMap<Buffer, { h: Float32Array; s: Float32Array; v: Float32Array }>();

/** A raster's hue, saturation and value per pixel, computed once and kept while the raster's buffer lives. */
function planes(img: Raster): { h: Float32Array; s: Float32Array; v: Float32Array } {
  let out = PLANES.get(img.data);
  if (out) return out;
  const n = img.width * img.height;
  out = { h: new Float32Array(n), s: new Float32Array(n), v: new Float32Array(n) };
  for (let i = 0, p = 0; i < n; i++, p += 3) {
    const r = img.data[p];
    const g = img.data[p + 1];
    const b = img.data[p + 2];
    const max = Math.max(r, g, b);
    out.h[i] = hue(r, g, b);
    out.s[i] = max === 0 ? 0 : (max - Math.min(r, g, b)) / max;
    out.v[i] = max / 255;
  }
  PLANES.set(img.data, out);
  return out;
}

/** Tape/marker yellow: hue 38-68°, saturated and bright enough (dull tape at night sits near the floor of this). */
export const isTapeYellow = byHsv((h, s, v) => h >= 38 && h <= 68 && s >= 0.45 && v >= 0.4);

/** Marker cards are printed safety yellow: purer and brighter than foliage or dull tape. */
const isMarkerYellow = byHsv((h, s, v) => h >= 32 && h <= 60 && s >= 0.6 && v >= 0.5);

/**
 * Marker yellow in shade or washed-out light: a card face turned from the light, or one lit by an orange street lamp
 * (e.g. (149, 108, 56): hue 34°, saturation 0.62 on the lit face, 0.5 on the shaded one). Read only to complete a set
 * once a card was seen with a stricter yellow: sand, skin and wood pass it too.
 */
const isShadedMarkerYellow = byHsv((h, s, v) => h >= 26 && h <= 62 && s >= 0.45 && v >= 0.35);

/** How far apart (degrees) the hues of two cards of one set of markers may be. */
const SET_HUE = 8;

/**
 * Marker yellow washed out by flash, sun or an overexposed shot: pale (saturation 0.25 or more) and bright. Sand,
 * cream paper, keys and tiles pass it too, so it is read only as a set of three numbered cards or more spaced apart
 * (washedMarkers), where no card was seen in full colour.
 */
const isWashedMarkerYellow = byHsv((h, s, v) => h >= 38 && h <= 62 && s >= 0.25 && v >= 0.8);

/** Cards of a washed-out set: at least this many, and their centres at least this many card sizes from the nearest. */
const WASHED_SET = 3;
const WASHED_SPACING = 2;

/**
 * A set of evidence markers washed out by flash or sun, read with the pale marker yellow where no card was seen in
 * full colour: three cards or more seen near (not far down a road), each carrying a numeral (numeralGlyph: strokes a
 * third of the card tall or more), of one hue (SET_HUE) and one size (the largest at most three times the smallest in
 * area), none nearer another than twice its size: markers stand apart round what they mark, while keys on a
 * keyboard, days on a calendar or tiles on a wall sit in a tight grid. Less sure than a set seen in colour (0.5).
 * e.g. cards 1, 2, 3 at (250, 240, 170) on asphalt in a flash photo -> three `evidence-marker`, detail "..., washed out"
 */
function washedMarkers(img: Raster): VisionCue[] {
  // Too little of the pale yellow for three cards: nothing to label (most pictures stop here, one pass over a mask).
  const m = mask(img, isWashedMarkerYellow);
  let count = 0;
  for (let i = 0; i < m.length; i++) count += m[i];
  if (count < WASHED_SET * MARKER_MIN_AREA * img.width * img.height) return [];
  const cards = markerCues(img, isWashedMarkerYellow, true).filter((c) => (c.glyph ?? 0) >= MARKER_GLYPH && !c.detail?.includes('far') && c.box);
  if (cards.length < WASHED_SET) return [];
  const size = (c: VisionCue) => Math.max(c.box!.width, c.box!.height);
  const centre = (c: VisionCue) => [c.box!.x + c.box!.width / 2, c.box!.y + c.box!.height / 2];
  const apart = cards.filter((c) => {
    const [x, y] = centre(c);
    return cards.every((o) => o === c || Math.hypot(centre(o)[0] - x, centre(o)[1] - y) >= WASHED_SPACING * Math.max(size(c), size(o)));
  });
  const hues = apart.map((c) => cardHue(img, c.box!, isWashedMarkerYellow));
  const areas = apart.map((c) => c.box!.width * c.box!.height);
  // The largest group of one hue and one size.
  let best: VisionCue[] = [];
  for (let i = 0; i < apart.length; i++) {
    const group = apart.filter((_, j) => Math.abs(hues[j] - hues[i]) <= SET_HUE && areas[j] <= 3 * areas[i] && areas[j] >= areas[i]);
    if (group.length > best.length) best = group;
  }
  return best.length >= WASHED_SET ? best.map((c) => ({ ...c, detail: `${c.detail}, washed out` })) : [];
}

/** The hue of a card: that of the mean colour of its pixels that pass a marker yellow (the looser one unless given; 0 when none do). */
function cardHue(img: Raster, box: Box, test: RgbTest = isShadedMarkerYellow): number {
  let r = 0;
  let g = 0;
  let b = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * img.width + x) * 3;
      if (!test(img.data[i], img.data[i + 1], img.data[i + 2])) continue;
      r += img.data[i];
      g += img.data[i + 1];
      b += img.data[i + 2];
    }
  }
  return hue(r, g, b);
}

/**
 * Tape and marker yellow once a night cast is removed: sodium light is nearly one colour, so no balance gives tape or a
 * card its daylight purity and brightness back; a little less of both is accepted (the band's print, a marker's
 * numeral and the set of two still decide).
 */
const isNightTapeYellow = byHsv((h, s, v) => h >= 38 && h <= 68 && s >= 0.45 && v >= 0.3);
const isNightMarkerYellow = byHsv((h, s, v) => h >= 30 && h <= 60 && s >= 0.5 && v >= 0.3);

/**
 * Dull tape yellow: faded, dirty, wet or dimly lit tape (e.g. (120, 112, 60): hue 52°, saturation 0.5, value 0.47;
 * (108, 113, 72) in a dark alley). Foliage, sand and sodium-lit walls pass it too, so it is read only as a long
 * printed band (dullTapeCues).
 */
const isDullYellow = byHsv((h, s, v) => h >= 40 && h <= 70 && s >= 0.28 && v >= 0.25);

/**
 * Pale tape yellow: a band washed out by flash, sun or an overexposed shot, or faded to cream (e.g. (240, 228, 154):
 * hue 52°, saturation 0.36, value 0.94; (242, 236, 196): saturation 0.19). Cream walls, sand and paper pass it too,
 * so it is read only as a close-up whose letters stand in a row along a band crossing the frame (paleCloseUps).
 */
const isPaleYellow = byHsv((h, s, v) => h >= 40 && h <= 68 && s >= 0.15 && v >= 0.6);

/** Share of the frame the pale yellow must cover before a pale close-up is looked for (a band across it, a fifth thick). */
const PALE_MIN_SHARE = 0.05;

/**
 * A close-up of pale tape (isPaleYellow): a pale blob a twentieth of the frame or more, touching two edges or a tenth
 * of the frame, whose dark letters stand in a row along it and which runs out of the frame at both ends of the row
 * with background on either side (letteredRow). A cream wall with a word fills the frame across the row; a page of
 * text is many rows, not one; a beige sign ends inside the frame. Less sure than a saturated close-up (0.5).
 * e.g. CRIME SCENE DO NOT ENTER on a washed-out band across bokeh -> one `tape`, detail "pale close-up, 14 letters in a row"
 */
function paleCloseUps(img: Raster): VisionCue[] {
  const area = img.width * img.height;
  const m = mask(img, isPaleYellow);
  let count = 0;
  for (let i = 0; i < m.length; i++) count += m[i];
  if (count < PALE_MIN_SHARE * area) return [];
  const lab: { labels?: Int32Array } = {};
  const cues: VisionCue[] = [];
  for (const b of blobs(m, img.width, img.height, PALE_MIN_SHARE * area, lab)) {
    if (edgesTouched(b.box, img) < 2 && b.area < 0.1 * area) continue;
    const row = letteredRow(img, lab.labels!, b);
    if (row) cues.push({ kind: 'tape', box: b.box, confidence: 0.5, angle: round2(row.angle), thickness: round2(b.minor), detail: `pale close-up, ${row.letters} letters in a row` });
  }
  return cues;
}

/** Channel sums over the mid-tone pixels of about 20,000 samples (none at or near black or white), and the sampling step. */
function midTones(img: Raster): { r: number; g: number; b: number; n: number; step: number } {
  let r = 0;
  let g = 0;
  let b = 0;
  let n = 0;
  const step = Math.max(1, Math.floor((img.width * img.height) / 20000)) * 3;
  for (let p = 0; p < img.data.length; p += step) {
    const mx = Math.max(img.data[p], img.data[p + 1], img.data[p + 2]);
    if (mx < 25 || mx > 245) continue;
    r += img.data[p];
    g += img.data[p + 1];
    b += img.data[p + 2];
    n++;
  }
  return { r, g, b, n, step };
}

/** Mean of the mid-tone pixels under which a picture counts as low light, and the channel ratio that is a colour cast. */
const LOW_LIGHT_MEAN = 115;
const CAST_RATIO = 1.3;

/**
 * The channel gains that remove a low-light picture's colour cast (grey world over the mid-tone pixels: each channel
 * scaled so they average grey; gains within 0.6-1.8), then raised together, at most doubled, until the brightest
 * twentieth of the picture reaches 200 (grey world darkens the orange objects a sodium lamp lights best); undefined for
 * a daylight picture or one without a strong cast. A bright picture is left alone: a frame full of tape is not a cast.
 * e.g. sodium street light, lamps in the frame: mid-tones averaging (107, 86, 68) -> gains (0.81, 1.02, 1.28)
 */
export function castGains(img: Raster): [number, number, number] | undefined {
  const { r, g, b, n, step } = midTones(img);
  if (n < 100) return undefined;
  const mean = (r + g + b) / (3 * n);
  if (mean >= LOW_LIGHT_MEAN || Math.max(r, g, b) / Math.max(1, Math.min(r, g, b)) < CAST_RATIO) return undefined;
  const [gr, gg, gb] = [r, g, b].map((c) => Math.min(1.8, Math.max(0.6, (mean * n) / Math.max(1, c))));
  const bright = new Uint32Array(256);
  let all = 0;
  for (let p = 0; p < img.data.length; p += step) {
    bright[Math.min(255, Math.round(Math.max(img.data[p] * gr, img.data[p + 1] * gg, img.data[p + 2] * gb)))]++;
    all++;
  }
  let v = 255;
  for (let seen = 0; v > 0 && (seen += bright[v]) < all * 0.05; v--);
  const exposure = Math.min(2, Math.max(1, 200 / Math.max(1, v)));
  return [round2(gr * exposure), round2(gg * exposure), round2(gb * exposure)];
}

/** How far apart the grey-world gains of a daylight picture must be (the largest over the smallest) to be a cast. */
const DAYLIGHT_CAST = 1.3;

/**
 * The channel gains that take a picture's colour cast out (grey world over the mid-tone pixels, gains within 0.6-1.8),
 * when they are DAYLIGHT_CAST or more apart; undefined for a picture in neutral light. A warm cast (low sun, tungsten, a
 * warm filter) turns yellow tape orange; a cool one turns it green. A picture filled by one colour (a close-up of
 * tape, a red wall) reads as a cast too: the reading under these gains is only ever added to the plain one.
 * e.g. mid-tones averaging (120, 96, 70) -> gains (0.80, 1.00, 1.37)
 */
export function colourCast(img: Raster): [number, number, number] | undefined {
  const { r, g, b, n } = midTones(img);
  if (n < 100) return undefined;
  const mean = (r + g + b) / 3;
  const gains = [r, g, b].map((c) => round2(Math.min(1.8, Math.max(0.6, mean / Math.max(1, c))))) as [number, number, number];
  return Math.max(...gains) / Math.min(...gains) >= DAYLIGHT_CAST ? gains : undefined;
}

/** A copy of a raster with each channel scaled by its gain (clipped at 255). */
export function balanced(img: Raster, gains: [number, number, number]): Raster {
  const data = Buffer.alloc(img.data.length);
  for (let p = 0; p < data.length; p += 3) {
    data[p] = Math.min(255, Math.round(img.data[p] * gains[0]));
    data[p + 1] = Math.min(255, Math.round(img.data[p + 1] * gains[1]));
    data[p + 2] = Math.min(255, Math.round(img.data[p + 2] * gains[2]));
  }
  return { data, width: img.width, height: img.height };
}

/** The yellow test a tape cue was found with, on the picture's own pixels (its cast gains applied first). */
export function bandYellow(cue: VisionCue): (r: number, g: number, b: number) => boolean {
  const test = cue.dull ? isDullYellow : cue.balance ? isNightTapeYellow : isTapeYellow;
  const k = cue.balance;
  return k ? (r, g, b) => test(Math.min(255, r * k[0]), Math.min(255, g * k[1]), Math.min(255, b * k[2])) : test;
}

export function mask(img: Raster, pred: RgbTest & { fill?: PlaneFill }): Uint8Array {
  const m = new Uint8Array(img.width * img.height);
  if (pred.fill) {
    pred.fill(planes(img), m, 1);
    return m;
  }
  for (let i = 0, p = 0; i < m.length; i++, p += 3) m[i] = pred(img.data[p], img.data[p + 1], img.data[p + 2]) ? 1 : 0;
  return m;
}

/** Sum of k^2 for k = 0..n (0 for n < 0). */
function squares(n: number): number {
  return n < 0 ? 0 : (n * (n + 1) * (2 * n + 1)) / 6;
}

/**
 * 8-connected components of a mask with their area, box and principal axes (smaller than minArea dropped), labelled in
 * the order of their first pixel. Runs of set pixels along each row are joined to the runs they touch in the row above
 * (union-find over runs), so the work is per run, not per pixel; a run's moments are summed in closed form.
 */
export function blobs(m: Uint8Array, width: number, height: number, minArea: number, labelsOut?: { labels?: Int32Array }): Blob[] {
  const labels = new Int32Array(m.length).fill(-1);
  if (labelsOut) labelsOut.labels = labels;
  let cap = 1024;
  let x0s = new Int32Array(cap);
  let x1s = new Int32Array(cap);
  let ys = new Int32Array(cap);
  let parent = new Int32Array(cap);
  let runs = 0;
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r];
    while (parent[i] !== r) {
      const next = parent[i];
      parent[i] = r;
      i = next;
    }
    return r;
  };
  let prev0 = 0;
  let prev1 = 0;
  for (let y = 0; y < height; y++) {
    const row0 = runs;
    const o = y * width;
    let k = prev0;
    for (let x = 0; x < width; x++) {
      if (!m[o + x]) continue;
      const a = x;
      while (x + 1 < width && m[o + x + 1]) x++;
      if (runs === cap) {
        cap *= 2;
        const grow = (t: Int32Array) => {
          const n = new Int32Array(cap);
          n.set(t);
          return n;
        };
        [x0s, x1s, ys, parent] = [grow(x0s), grow(x1s), grow(ys), grow(parent)];
      }
      x0s[runs] = a;
      x1s[runs] = x;
      ys[runs] = y;
      parent[runs] = runs;
      // Runs of the row above touching this one (diagonal neighbours included): the earliest run's root wins.
      while (k < prev1 && x1s[k] < a - 1) k++;
      for (let j = k; j < prev1 && x0s[j] <= x + 1; j++) {
        const rj = find(j);
        const ri = find(runs);
        if (rj < ri) parent[ri] = rj;
        else if (ri < rj) parent[rj] = ri;
      }
      runs++;
    }
    prev0 = row0;
    prev1 = runs;
  }
  // Components numbered in the order of their first run (a root is its component's earliest run).
  const comp = new Int32Array(runs);
  let count = 0;
  for (let i = 0; i < runs; i++) {
    const r = find(i);
    comp[i] = r === i ? count++ : comp[r];
  }
  const n = new Float64Array(count);
  const sx = new Float64Array(count);
  const sy = new Float64Array(count);
  const sxx = new Float64Array(count);
  const syy = new Float64Array(count);
  const sxy = new Float64Array(count);
  const bx0 = new Int32Array(count).fill(width);
  const by0 = new Int32Array(count).fill(height);
  const bx1 = new Int32Array(count);
  const by1 = new Int32Array(count);
  for (let i = 0; i < runs; i++) {
    const c = comp[i];
    const a = x0s[i];
    const b = x1s[i];
    const y = ys[i];
    const len = b - a + 1;
    const xs = (len * (a + b)) / 2;
    labels.fill(c, y * width + a, y * width + b + 1);
    n[c] += len;
    sx[c] += xs;
    sy[c] += len * y;
    sxx[c] += squares(b) - squares(a - 1);
    syy[c] += len * y * y;
    sxy[c] += y * xs;
    if (a < bx0[c]) bx0[c] = a;
    if (b > bx1[c]) bx1[c] = b;
    if (y < by0[c]) by0[c] = y;
    if (y > by1[c]) by1[c] = y;
  }
  const out: Blob[] = [];
  for (let c = 0; c < count; c++) {
    if (n[c] < minArea) continue;
    const mx = sx[c] / n[c];
    const my = sy[c] / n[c];
    const cxx = sxx[c] / n[c] - mx * mx;
    const cyy = syy[c] / n[c] - my * my;
    const cxy = sxy[c] / n[c] - mx * my;
    const tr = cxx + cyy;
    const det = cxx * cyy - cxy * cxy;
    const disc = Math.sqrt(Math.max(0, (tr * tr) / 4 - det));
    const l1 = tr / 2 + disc;
    const l2 = Math.max(0, tr / 2 - disc);
    // For a uniform bar of length L the variance along it is L^2/12.
    const major = Math.sqrt(12 * l1);
    const minor = Math.sqrt(12 * l2);
    const angle = (0.5 * Math.atan2(2 * cxy, cxx - cyy) * 180) / Math.PI;
    out.push({ id: c, area: n[c], box: { x: bx0[c], y: by0[c], width: bx1[c] - bx0[c] + 1, height: by1[c] - by0[c] + 1 }, angle, major, minor });
  }
  return out;
}

/**
 * The brightness (max channel) under which a pixel on a band is print: at most `base`, and under 0.85 of the band's
 * own median brightness, so that on a dim band (a sodium-lit sky or wall with sensor grain) the grain just under
 * `base` is not read as letters, while dim tape's print still is (night tape at median 110: print under 94).
 * e.g. tape at median 230 -> 100; a dim orange sky at median 100 -> 85
 */
function printBelow(base: number, level: number): number {
  return Math.min(base, 0.85 * level);
}

/** Median brightness (max channel, or the green channel alone with `green`) of a blob's own pixels. */
function blobLevel(img: Raster, labels: Int32Array, b: Blob, green = false): number {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let y = b.box.y; y < b.box.y + b.box.height; y++) {
    for (let x = b.box.x; x < b.box.x + b.box.width; x++) {
      const i = y * img.width + x;
      if (labels[i] !== b.id) continue;
      hist[green ? img.data[i * 3 + 1] : Math.max(img.data[i * 3], img.data[i * 3 + 1], img.data[i * 3 + 2])]++;
      n++;
    }
  }
  let v = 0;
  for (let seen = 0; v < 255 && (seen += hist[v]) < n / 2; v++);
  return v;
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
  const below = printBelow(100, blobLevel(img, labels, b));
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
      if (labels[i] !== b.id && Math.max(img.data[i * 3], img.data[i * 3 + 1], img.data[i * 3 + 2]) < below) dark++;
    }
  }
  return span ? dark / span : 0;
}

/**
 * How evenly the print lies along a band: the band cut into PRINT_STRETCHES equal stretches along its length (columns,
 * or rows for a steep band), the share of the stretches holding the band that carry print (dark pixels between its
 * first and last pixel of a column, as printShare counts them, over 2 % of that stretch's span). Tape repeats its
 * wording along its whole length; a yellow kayak, a boat or a sign-board's dark parts sit in one place on it.
 * e.g. POLICE LINE DO NOT CROSS across a street -> 1; a kayak with its cockpit and paddler in the middle -> 0.33
 */
function printSpread(img: Raster, labels: Int32Array, b: Blob): number {
  const below = printBelow(100, blobLevel(img, labels, b));
  const dark = new Float64Array(PRINT_STRETCHES);
  const span = new Float64Array(PRINT_STRETCHES);
  acrossBand(img, labels, b, (o, first, last, at, length) => {
    const k = Math.min(PRINT_STRETCHES - 1, Math.floor((o / length) * PRINT_STRETCHES));
    for (let i = first; i <= last; i++) {
      const q = at(i);
      span[k]++;
      if (labels[q] !== b.id && Math.max(img.data[q * 3], img.data[q * 3 + 1], img.data[q * 3 + 2]) < below) dark[k]++;
    }
  });
  let held = 0;
  let printed = 0;
  for (let k = 0; k < PRINT_STRETCHES; k++) {
    if (!span[k]) continue;
    held++;
    if (dark[k] > 0.02 * span[k]) printed++;
  }
  return held ? printed / held : 0;
}

/**
 * Walk a band along its length (its box's columns, or rows for a steep band): at each step `o` with band pixels
 * across it, `visit` gets the first and last of them across (`first`, `last`, counted from the box's edge) and `at`,
 * the pixel index of a place `i` across at that step, and `length`, the number of steps. Steep: over 45 degrees.
 */
function acrossBand(
  img: Raster,
  labels: Int32Array,
  b: Blob,
  visit: (o: number, first: number, last: number, at: (i: number) => number, length: number) => void,
): void {
  const { x: bx, y: by, width: bw, height: bh } = b.box;
  const steep = Math.abs(b.angle) > 45;
  const [length, across] = steep ? [bh, bw] : [bw, bh];
  for (let o = 0; o < length; o++) {
    const at = (i: number) => (steep ? (by + o) * img.width + bx + i : (by + i) * img.width + bx + o);
    let first = -1;
    let last = -1;
    for (let i = 0; i < across; i++) {
      if (labels[at(i)] === b.id) {
        if (first < 0) first = i;
        last = i;
      }
    }
    if (first >= 0) visit(o, first, last, at, length);
  }
}

/** Stretches a band is cut into along its length for printSpread. */
const PRINT_STRETCHES = 6;
/** Least share of a printed band's stretches that carry print (printSpread) for it to be tape: 4 of 6. */
const PRINT_SPREAD = 0.6;

/** Share of a band's print that must lie in pieces of letter height (letterPrint) for the print to be letters. */
const LETTER_PRINT = 0.5;

/**
 * Share of the print on a band (dark pixels between its first and last pixel of each column, as printShare counts
 * them) that lies in pieces a quarter of the band's thickness tall or more (the band's median run down a column, or
 * across a row for a steep one): letters. Tape's print is letters, 0.6 to 1 of it in such pieces (a far band's small
 * print 0.6-0.7, near bands 0.95 or more); a lawn, a hedge or gravel turned yellow by warm light is speckled with
 * shadow between blades and stones, a few pixels each (0.3 or less).
 * e.g. CRIME SCENE DO NOT CROSS on a 70 px band -> 0.99; a lawn in evening sun, 1,088 specks on a 41 px band -> 0.28
 */
function letterPrint({ glyphs, tall, steep }: BandPrint): number {
  const all = glyphs.reduce((n, g) => n + g.area, 0);
  const letters = glyphs.filter((g) => (steep ? g.box.width : g.box.height) >= 0.25 * tall).reduce((n, g) => n + g.area, 0);
  return all ? letters / all : 0;
}

/**
 * Share of a close-up band's print (printGlyphs) in solid blocks: pieces filling SOLID_FILL of their box or more and
 * reaching along the band a third of its thickness or more. A bus's or a train's row of windows is such blocks (0.9 and
 * more of its print); tape's letters are strokes ("E", "N", "O" fill 0.5-0.7 of their box; an "I" fills its box
 * but is narrow).
 * e.g. ten windows 130 x 180 px on a 281 px yellow side -> 0.98; CRIME SCENE DO NOT CROSS close up -> 0.1
 */
function solidPrint({ glyphs, tall, steep }: BandPrint): number {
  const all = glyphs.reduce((n, g) => n + g.area, 0);
  const solid = glyphs.filter((g) => g.area >= SOLID_FILL * g.box.width * g.box.height && (steep ? g.box.height : g.box.width) >= tall / 3).reduce((n, g) => n + g.area, 0);
  return all ? solid / all : 0;
}

/** A piece of print filling this share of its box or more is a solid block (a window), not a letter's strokes. */
const SOLID_FILL = 0.85;
/** A close-up band with more of its print than this in solid blocks (solidPrint) is a vehicle's side or a wall of windows. */
const SOLID_PRINT = 0.5;

/**
 * The print on a band: dark pieces between its first and last pixel of each column (row for a steep one), as
 * printShare counts them, in the band box's own pixels, with the band's usual thickness there (`tall`, its median run),
 * and whether the band is read by rows (`steep`). Read once per band by letterPrint and solidPrint.
 */
interface BandPrint {
  glyphs: Blob[];
  tall: number;
  steep: boolean;
}

function printGlyphs(img: Raster, labels: Int32Array, b: Blob): BandPrint {
  const below = printBelow(100, blobLevel(img, labels, b));
  const { width: bw, height: bh } = b.box;
  const steep = Math.abs(b.angle) > 45;
  const dark = new Uint8Array(bw * bh);
  const runs: number[] = [];
  acrossBand(img, labels, b, (o, first, last, at) => {
    runs.push(last - first + 1);
    for (let i = first; i <= last; i++) {
      const k = at(i);
      if (labels[k] !== b.id && Math.max(img.data[k * 3], img.data[k * 3 + 1], img.data[k * 3 + 2]) < below) dark[steep ? o * bw + i : i * bw + o] = 1;
    }
  });
  if (!runs.length) return { glyphs: [], tall: 0, steep };
  return { glyphs: blobs(dark, bw, bh, 1), tall: runs.sort((p, q) => p - q)[runs.length >> 1], steep };
}

/**
 * The print of tape far away or edge-on, blurred into the yellow: on a thin band (at most 0.025 of the diagonal
 * thick) the middle dims at 15-60 % of its length with many changes (0.06 per place or more). The share dimmed, or
 * undefined.
 */
function blurredPrint(img: Raster, labels: Int32Array, b: Blob, diag: number): number | undefined {
  if (b.minor > 0.025 * diag) return undefined;
  const { dips, changes } = centreDips(img, labels, b);
  return dips >= 0.15 && dips <= 0.6 && changes >= 0.06 ? dips : undefined;
}

/**
 * The print of tape out of focus close to the lens: on a band thicker than blurredPrint reads (over 0.025 of the
 * diagonal), across most of the frame (SOFT_SPAN of the diagonal), the middle dims as a far band's does (15-60 % of its
 * length, 0.06 changes per place or more: letters). A plain band or a painted line stays even; a barrier arm's
 * black-and-yellow blocks dim a third to a half of it but change far less often (a block is many letters long).
 * The share dimmed, or undefined.
 * e.g. POLICE LINE DO NOT CROSS on a band 24 px thick blurred 3 px at the raster -> 0.2 (changes 0.07)
 */
function softPrint(img: Raster, labels: Int32Array, b: Blob, diag: number): number | undefined {
  if (b.minor <= 0.025 * diag || b.minor > SOFT_THICK * diag || b.major < SOFT_SPAN * diag) return undefined;
  const { dips, changes } = centreDips(img, labels, b);
  return dips >= 0.15 && dips <= 0.6 && changes >= 0.06 ? dips : undefined;
}

/** A band read by softPrint is at most this thick (share of the diagonal)... */
const SOFT_THICK = 0.08;
/** ...and reaches this far across the frame (share of the diagonal): tape near the lens crosses the picture. */
const SOFT_SPAN = 0.6;

/** Columns at each end of a band whose middles (the median of them) give the line it would run along straight. */
const SAG_END = 3;
/** A band whose sag is measured is at least this many times as wide as thick (its usual height in a column). */
const SAG_THIN = 15;

/**
 * How far a band running across the frame (within 30° of level) hangs below the straight line between its ends: the
 * most that the middle of its columns (halfway between its top and bottom pixel there) lies below that line, over its
 * width; 0 when it bows up or runs straight. Columns where the band is over three times its usual thickness (a post,
 * a person's yellow coat touching it) are left out of the line. Tape or rope strung between posts sags (2 to 6 % of a span); a
 * painted road line, a kerb or a rail seen in a photo is straight (perspective keeps lines straight). Undefined for a
 * steep band, one too short to tell (under 40 columns), or one under SAG_THIN times as wide as thick or of uneven
 * thickness (a strip of sunlit lawn, a car's sill: no line).
 * e.g. a band from (0, 200) to (600, 200) whose middle hangs to y 224 -> 0.04 (three decimals)
 */
function sagOf(labels: Int32Array, width: number, b: Blob): number | undefined {
  if (Math.abs(b.angle) > 30 || b.box.width < 40) return undefined;
  const mids: { x: number; y: number }[] = [];
  const spans: number[] = [];
  for (let x = b.box.x; x < b.box.x + b.box.width; x++) {
    let first = -1;
    let last = -1;
    for (let y = b.box.y; y < b.box.y + b.box.height; y++) {
      if (labels[y * width + x] !== b.id) continue;
      if (first < 0) first = y;
      last = y;
    }
    if (first < 0) continue;
    mids.push({ x, y: (first + last) / 2 });
    spans.push(last - first + 1);
  }
  if (mids.length < 40) return undefined;
  const sorted = [...spans].sort((p, q) => p - q);
  const usual = sorted[spans.length >> 1];
  // A band thicker than a fifteenth of its width, or whose thickness varies along it (the middle half of its columns
  // more than a third of its usual thickness apart, and over 2 px), is a strip of something (a lawn's sunlit edge, a
  // car's sill), not a line.
  if (usual * SAG_THIN > b.box.width || sorted[(3 * spans.length) >> 2] - sorted[spans.length >> 2] > Math.max(2, usual / 3)) return undefined;
  const even = mids.filter((_, i) => spans[i] <= 3 * usual);
  if (even.length < 40) return undefined;
  // Each end: the middle of its first (last) SAG_END columns, the median of three (a ragged cut, a speck).
  const end = (pts: { x: number; y: number }[]) => [...pts].sort((p, q) => p.y - q.y)[1];
  const a = end(even.slice(0, SAG_END));
  const z = end(even.slice(-SAG_END));
  if (z.x - a.x < 1) return undefined;
  const below = even.reduce((m, p) => Math.max(m, p.y - (a.y + ((z.y - a.y) * (p.x - a.x)) / (z.x - a.x))), 0);
  return Math.round((1000 * below) / (z.x - a.x)) / 1000;
}

/**
 * Along a thin band, column by column (row by row for a steep one), the brightness at the middle of its run: the share
 * of places darker than 0.85 of the median (`dips`) and how often it turns from bright to dim or back per place
 * (`changes`). Small print blurred into far tape dips a quarter to a half of the way with many changes; a painted line
 * or a kerb stays even (0), a line crossed by a few shadows changes seldom.
 * e.g. "POLICE LINE" 4 px tall on a 7 px band -> { dips: 0.25, changes: 0.2 }; a double yellow line -> { dips: 0, changes: 0 }
 */
function centreDips(img: Raster, labels: Int32Array, b: Blob): { dips: number; changes: number } {
  const values: number[] = [];
  acrossBand(img, labels, b, (_o, first, last, at) => {
    const k = at(Math.round((first + last) / 2));
    values.push(Math.max(img.data[k * 3], img.data[k * 3 + 1], img.data[k * 3 + 2]));
  });
  if (values.length < 8) return { dips: 0, changes: 0 };
  const median = [...values].sort((p, q) => p - q)[values.length >> 1];
  const dim = values.map((v) => v < 0.85 * median);
  let changes = 0;
  for (let i = 1; i < dim.length; i++) if (dim[i] !== dim[i - 1]) changes++;
  return { dips: dim.filter(Boolean).length / dim.length, changes: changes / dim.length };
}

/** How many of the frame's four edges a box touches. */
function edgesTouched(b: Box, img: Raster): number {
  return Number(b.x <= 1) + Number(b.y <= 1) + Number(b.x + b.width >= img.width - 1) + Number(b.y + b.height >= img.height - 1);
}

/**
 * Runs of a blob across each column (or row): neighbouring runs split by a gap thinner than the blob's mean thickness
 * (the print on tape) are one run, and the gap's black pixels are print. Gives the median run length, the blob's
 * extent across (box height, or width by rows) and the dark share of the merged runs.
 */
function bandRuns(img: Raster, labels: Int32Array, b: Blob, byRows: boolean): { run: number; extent: number; print: number } {
  const gapMax = Math.max(3, (0.8 * b.area) / Math.max(1, b.major));
  const below = printBelow(70, blobLevel(img, labels, b));
  const [outer0, outerN, inner0, innerN] = byRows ? [b.box.y, b.box.height, b.box.x, b.box.width] : [b.box.x, b.box.width, b.box.y, b.box.height];
  const lengths: number[] = [];
  let dark = 0;
  let span = 0;
  for (let o = outer0; o < outer0 + outerN; o++) {
    const at = (i: number) => (byRows ? o * img.width + i : i * img.width + o);
    let start = -1;
    let last = -1;
    let gapDark = 0;
    let runDark = 0;
    const close = () => {
      if (start >= 0) {
        lengths.push(last - start + 1);
        span += last - start + 1;
        dark += runDark;
      }
    };
    for (let i = inner0; i < inner0 + innerN; i++) {
      const k = at(i);
      if (labels[k] === b.id) {
        if (start >= 0 && i - last - 1 > gapMax) {
          close();
          start = -1;
        }
        if (start < 0) {
          start = i;
          runDark = 0;
        } else runDark += gapDark;
        gapDark = 0;
        last = i;
      } else if (start >= 0) {
        if (Math.max(img.data[k * 3], img.data[k * 3 + 1], img.data[k * 3 + 2]) < below) gapDark++;
      }
    }
    close();
  }
  lengths.sort((x, y) => x - y);
  return { run: lengths.length ? lengths[lengths.length >> 1] : 0, extent: innerN, print: span ? dark / span : 0 };
}

/**
 * Tape and evidence-marker cues in a raster: yellow tape bands and numbered markers, and striped blue-and-white or
 * red-and-white tape. A low-light picture under a colour cast (sodium street light turns yellow orange) is read again
 * with the cast removed; faded or dimly lit tape is looked for with a looser yellow, as long printed bands only. What a
 * later reading finds where nothing was found is added, and markers are counted over all readings. `closer`, the same
 * picture at a higher resolution (the working raster), is where specks too small to read as markers are read again,
 * and where a thin band whose print this raster loses (a far tape in a big photo) is read again (bandCloser).
 */
export function yellowCues(img: Raster, closer?: Raster): VisionCue[] {
  const cues = yellowCuesOnce(img, isTapeYellow, isMarkerYellow, false, closer);
  const gains = castGains(img);
  const night = gains ? balanced(img, gains) : undefined;
  // A band read through a balance must have been yellow, orange or cream as taken (takenColour): the balance turns grey
  // print rims on a white page and sunlit green leaves yellow too.
  const coloured = (cs: VisionCue[]) => cs.filter((c) => !c.balance || (c.kind !== 'tape' && c.kind !== 'yellow-band') || (takenColour(img, c) ?? 1) >= TAKEN_COLOUR);
  const later: VisionCue[] = coloured([
    ...(night && gains ? yellowCuesOnce(night, isNightTapeYellow, isNightMarkerYellow, true).map((c) => ({ ...c, balance: gains })) : []),
    ...dullTapeCues(night ?? img).map((c) => ({ ...c, ...(gains ? { balance: gains } : {}), dull: true })),
  ]);
  // A picture under a colour cast in any light (low evening sun, tungsten, a warm or cool camera setting) where no tape
  // was read: the yellow is judged again against the picture's own white balance (the cast removed), bands as bands,
  // faded bands as faded bands. A dark picture's night reading above also lifted it, which greys dark print.
  const cast = colourCast(img);
  if (cast && !cues.some((c) => c.kind === 'tape') && !later.some((c) => c.kind === 'tape')) {
    const white = balanced(img, cast);
    const detail = (c: VisionCue) => `${c.detail ?? ''}, colour cast removed`;
    later.push(...coloured(yellowCuesOnce(white, isTapeYellow, isMarkerYellow).map((c) => ({ ...c, balance: cast, detail: detail(c) }))));
    later.push(...coloured(dullTapeCues(white).map((c) => ({ ...c, balance: cast, dull: true, detail: detail(c) }))));
  }
  const tapeLike = (k: string) => k === 'tape' || k === 'yellow-band';
  // A close-up of tape washed out (flash, sun, an overexposed shot) or faded to cream: read only where no tape was.
  if (!cues.some((c) => c.kind === 'tape') && !later.some((c) => c.kind === 'tape')) later.push(...paleCloseUps(img));
  // One card seen: the rest of a set, lit unevenly (a card face in shade, washed out by flash or street light, tinted
  // by the light's colour), is looked for with a looser marker yellow: cards seen near (not far down a road, where the
  // looser yellow finds gold thread and flowers) that carry a numeral. Only what no reading found is added.
  // Cards of one set share their hue (within SET_HUE), whatever the light does to their brightness and saturation; tan
  // wood, cardboard and gold thread are a little redder or duller than the card seen.
  const seen = [...cues, ...later].filter((c) => c.kind === 'evidence-marker' && c.box);
  if (seen.length) {
    const hues = seen.map((c) => cardHue(img, c.box!));
    const shaded = markerCues(img, isShadedMarkerYellow, true).filter((c) => {
      if ((c.glyph ?? 0) < MARKER_GLYPH || c.detail?.includes('far')) return false;
      const h = cardHue(img, c.box!);
      return hues.some((k) => Math.abs(k - h) <= SET_HUE);
    });
    later.push(...shaded.map((c) => ({ ...c, detail: `${c.detail}, shaded` })));
  } else {
    // No card seen in full colour: a set washed out by flash or sun, read only as a whole.
    later.push(...washedMarkers(img));
  }
  for (const c of later) {
    const sameKind = (k: string) => (tapeLike(c.kind) ? tapeLike(k) : k === c.kind);
    if (cues.some((k) => sameKind(k.kind) && k.box && c.box && (shareInside(c.box, k.box) > 0.3 || shareInside(k.box, c.box) > 0.3))) continue;
    // A later reading cuts a printed band differently: a patch of tape between two letters looks like a marker card.
    if (c.kind === 'evidence-marker' && cues.some((k) => k.kind === 'tape' && onBand(c, k))) continue;
    cues.push(c);
  }
  // The same in one reading: a band shaded at its creases comes apart, in the card yellow, into patches each holding a
  // letter; a card whose middle lies inside a printed band's box and on its axis is such a patch.
  for (const c of cues.filter((k) => k.kind === 'evidence-marker')) {
    if (cues.some((k) => k.kind === 'tape' && k.box && c.box && centreIn(c.box, k.box) && onBand(c, k))) cues.splice(cues.indexOf(c), 1);
  }
  // One lone yellow square is as likely a sign or a toy; a set of them is a marker layout. A lone one is kept as
  // `marker:lone`, which only backs another scene cue (a forensic suit beside it).
  // A set also needs numerals: at least half of its cards carry a glyph a third of the card tall or more (the small
  // print and pictogram of wet-floor or warning signs stand a seventh to a quarter of the sign's height).
  // A card inside another card's box is part of the same object (a sign's yellow inside its printed border).
  const cards = cues.filter((c) => c.kind === 'evidence-marker');
  for (const c of cards) if (cards.some((o) => o !== c && o.box && c.box && shareInside(c.box, o.box) >= 0.8 && o.box.width * o.box.height > c.box.width * c.box.height)) cues.splice(cues.indexOf(c), 1);
  // No set read: marker-yellow specks too small to read here may be markers far off, read on the closer raster.
  if (closer && !markerSet(cues.filter((c) => c.kind === 'evidence-marker'))) cues.push(...farMarkers(img, closer, cues));
  const markers = cues.filter((c) => c.kind === 'evidence-marker');
  const set = markerSet(markers);
  // A card read far off (its numeral a few pixels tall) is less sure than one seen near.
  const far = (c: VisionCue) => c.detail?.endsWith('far') || c.detail?.endsWith('read closer');
  if (set) for (const c of markers) c.confidence = round2(Math.min(0.8, 0.45 + 0.08 * markers.length) - (far(c) ? 0.1 : c.detail?.endsWith('shaded') || c.detail?.endsWith('read against the card') ? 0.05 : c.detail?.endsWith('washed out') ? 0.1 : 0));
  else for (const c of markers) c.kind = 'marker:lone';
  const all = [...cues, ...stripedTapeCues(img), ...chalkOutlineCues(night ?? img)];
  // Tents and sheets back only a marker, tape or wording (and a suit); they are looked for where the yellow and striped
  // readings found something, which spares most pictures the two extra masks.
  // A pale band at night (paleBands) only backs a white suit: it does not send the picture to the shape reading.
  return [...all, ...(all.length ? sceneShapeCues(night ?? img) : []), ...(gains ? paleBands(img) : [])];
}

/** Cream or white light: tape under sodium or torch light at night (253, 224, 198), not saturated, bright. */
const isCreamLight = byHsv((_h, s, v) => s < 0.35 && v >= 0.8);
/** A pale band lies this flat or flatter (degrees): tape is strung across a scene, a road's centre line runs into it. */
const PALE_TILT = 25;
/**
 * How thick (share of the diagonal) one pale band may be, and a piece of one: tape across a street is thin (0.5-1 %);
 * a strip of sky between roofs or a lit fascia is thicker. A piece may be thicker where a lamp's glow joins it.
 */
const PALE_THIN = 0.02;
const PALE_PIECE = 0.035;

/**
 * Tape at night washed to cream by sodium or torch light (`band:pale`), its faint print breaking it into pieces: read
 * on a low-light picture only (the caller: castGains), as bright cream or white pieces of band (four times as long as
 * thick or more, 4 % of the diagonal long or more) lying on one line (collinearTape) across a third of the frame or
 * more, or one long thin band (PALE_THIN), within PALE_TILT of level. The yellow readings do not take it (not yellow, not a
 * close-up). Light bands are many at night (a lit shop sign, a light bar, a road's lines, a lamp's glow smeared along a
 * rail), so a pale band is no tape by itself: case/crime-scene counts it only beside a person in a white suit.
 * e.g. two tapes behind an examiner at night, (253, 224, 198) with faint orange STOP print, 3-5 px thick at 427 x 640:
 * 4 pieces on one line -> one cue
 */
function paleBands(img: Raster): VisionCue[] {
  const area = img.width * img.height;
  const diag = Math.hypot(img.width, img.height);
  const flat = (b: { angle: number }) => Math.abs(b.angle) <= PALE_TILT;
  const out: VisionCue[] = [];
  const pieces: Blob[] = [];
  for (const b of blobs(mask(img, isCreamLight), img.width, img.height, Math.max(6, area * 0.00005))) {
    const elongation = b.major / Math.max(1, b.minor);
    if (!flat(b)) continue;
    if (b.major >= 0.3 * diag && elongation >= 6 && b.minor <= PALE_THIN * diag) out.push({ kind: 'band:pale', box: b.box, confidence: 0.3, angle: round2(b.angle), thickness: round2(b.minor), detail: 'one pale band at night' });
    else if (b.major >= 0.04 * diag && elongation >= 4 && b.minor <= PALE_PIECE * diag) pieces.push(b);
  }
  const lines = collinearTape(pieces, diag).filter((c) => flat({ angle: c.angle ?? 0 }));
  out.push(...lines.map((c) => ({ ...c, kind: 'band:pale', confidence: 0.3, detail: `${c.detail}, pale at night` })));
  return out;
}

/**
 * Evidence markers read on a dark picture as it was taken, before the exposure gain (inputs/exposure.ts) brightened
 * it: lit cards on a night road are bright but a sliver of the pixels, so the gain that lifts the dark road clips them
 * to white and lifts their numerals to a pale grey, and no card is read on the gained picture. `gained` are the cues
 * read on the gained picture; `taken` the yellow reading of the picture as taken. Only a set of markers is added, and
 * only where the gained reading found none: its lone cards the set covers are dropped, and a card on a band the
 * gained reading found (a patch of tape between two letters) is left out.
 * e.g. four lit cards on a night road gained x3.2 (no card read) -> the four cards read as taken
 */
export function markersAsTaken(gained: VisionCue[], taken: VisionCue[]): VisionCue[] {
  if (markerSet(gained.filter((c) => c.kind === 'evidence-marker'))) return gained;
  const tapes = gained.filter((c) => c.kind === 'tape');
  const set = taken.filter((c) => c.kind === 'evidence-marker' && !tapes.some((t) => onBand(c, t)));
  if (!markerSet(set)) return gained;
  const covered = (c: VisionCue) => c.kind === 'marker:lone' && set.some((m) => m.box && c.box && (centreIn(c.box, m.box) || centreIn(m.box, c.box)));
  return [...gained.filter((c) => !covered(c)), ...set.map((c) => ({ ...c, detail: `${c.detail ?? ''}, read as taken (before the exposure gain)` }))];
}

/**
 * Whether marker cards make a set: two or more, at least half of them numbered (a glyph MARKER_GLYPH of the card tall).
 * A card read far off is as often a far sign, a flower or a letter embroidered in yellow (the hole of its D or O read
 * as a numeral): its numeral alone does not make a set of a card that carries none. An unnumbered card needs a
 * numbered card seen near beside it.
 */
function markerSet(markers: VisionCue[]): boolean {
  const numbered = markers.filter((c) => (c.glyph ?? 0) >= MARKER_GLYPH).length;
  const nearNumbered = markers.some((c) => (c.glyph ?? 0) >= MARKER_GLYPH && !c.detail?.includes('far'));
  return markers.length >= 2 && 2 * numbered >= markers.length && (numbered === markers.length || nearNumbered);
}

/** How far (working pixels) either side of a light pixel the ground must be darker for it to be on a drawn line. */
const CHALK_REACH = 4;
/** How much darker (value) the ground either side of a chalk line is. */
const CHALK_CONTRAST = 0.15;
/** How far a body's outline strays from a round or box shape: its inside's perimeter squared over 4 pi times its area. */
const CHALK_FIGURE = 4;

/**
 * A chalk outline of a body on the ground: a thin light line (unsaturated, value 0.55 or more, the ground darker by
 * CHALK_CONTRAST a few pixels to either side across it, in any of four directions) drawn in the lower part of the
 * frame, a tenth of the frame tall or wide or more, that encloses an inside of its own (a tenth of its box or more,
 * with a break of up to two pixels closed) shaped like a figure: arms and legs make its inside's edge long for its
 * area (CHALK_FIGURE). Painted road lines are straight and a parking bay's inside is a box; a circle, a ring or a
 * kerb's curve is round; a hose or a crack encloses nothing; thick paint (a zebra crossing) is no thin line.
 * e.g. a figure with arms up and legs apart drawn on asphalt -> `outline:chalk`, detail "inside 0.25, figure 5.1"
 */
export function chalkOutlineCues(img: Raster): VisionCue[] {
  const { width: w, height: h } = img;
  const { s, v } = planes(img);
  const d = CHALK_REACH;
  const dy = d * w;
  const line = new Uint8Array(w * h);
  let count = 0;
  for (let y = Math.max(d, Math.floor(0.3 * h)); y < h - d; y++) {
    for (let x = d; x < w - d; x++) {
      const i = y * w + x;
      if (s[i] >= 0.3 || v[i] < 0.55) continue;
      const lo = v[i] - CHALK_CONTRAST;
      // Darker ground both ways across the line: sideways, up and down, or along either diagonal (a slanting line).
      if ((v[i - d] < lo && v[i + d] < lo) || (v[i - dy] < lo && v[i + dy] < lo) || (v[i - dy - d] < lo && v[i + dy + d] < lo) || (v[i - dy + d] < lo && v[i + dy - d] < lo)) {
        line[i] = 1;
        count++;
      }
    }
  }
  // Too few line pixels for an outline a tenth of the frame tall (its edge four tenths of the frame long): nothing drawn.
  if (count < 0.4 * h) return [];
  const closed = dilate(line, w, h, 1);
  const lab: { labels?: Int32Array } = {};
  const cues: VisionCue[] = [];
  for (const b of blobs(closed, w, h, 0.4 * h, lab)) {
    const { box } = b;
    if (box.height < 0.1 * h && box.width < 0.1 * w) continue;
    if (box.y + box.height / 2 < 0.45 * h || b.area > 0.3 * box.width * box.height) continue;
    const inside = insideOf(lab.labels!, w, b);
    if (inside.area < 0.1 * box.width * box.height) continue;
    const figure = (inside.edge * inside.edge) / (4 * Math.PI * inside.area);
    if (figure < CHALK_FIGURE) continue;
    cues.push({ kind: 'outline:chalk', box, confidence: 0.4, detail: `inside ${round2(inside.area / (box.width * box.height))}, figure ${round2(figure)}` });
  }
  return cues;
}

/**
 * What a blob encloses within its box: the largest connected part of the pixels not reached from the box's border
 * without crossing the blob (its area), and how many of them touch a reached pixel or the blob (its edge, 4-neighbours).
 */
function insideOf(labels: Int32Array, width: number, b: Blob): { area: number; edge: number } {
  const { x: bx, y: by, width: bw, height: bh } = b.box;
  const reached = new Uint8Array(bw * bh);
  const own = (x: number, y: number) => labels[(by + y) * width + bx + x] === b.id;
  const stack: number[] = [];
  const push = (x: number, y: number) => {
    const k = y * bw + x;
    if (reached[k] || own(x, y)) return;
    reached[k] = 1;
    stack.push(k);
  };
  for (let x = 0; x < bw; x++) {
    push(x, 0);
    push(x, bh - 1);
  }
  for (let y = 0; y < bh; y++) {
    push(0, y);
    push(bw - 1, y);
  }
  while (stack.length) {
    const k = stack.pop()!;
    const x = k % bw;
    const y = (k - x) / bw;
    if (x > 0) push(x - 1, y);
    if (x < bw - 1) push(x + 1, y);
    if (y > 0) push(x, y - 1);
    if (y < bh - 1) push(x, y + 1);
  }
  // The inside pixels in connected parts (a hopscotch grid encloses many boxes): the largest part is the inside.
  const out = (x: number, y: number) => reached[y * bw + x] === 1 || own(x, y);
  const visit = (x: number, y: number) => {
    const k = y * bw + x;
    if (reached[k] || own(x, y)) return;
    reached[k] = 2;
    stack.push(k);
  };
  let best = { area: 0, edge: 0 };
  for (let y0 = 1; y0 < bh - 1; y0++) {
    for (let x0 = 1; x0 < bw - 1; x0++) {
      if (out(x0, y0)) continue;
      let area = 0;
      let edge = 0;
      reached[y0 * bw + x0] = 2;
      stack.push(y0 * bw + x0);
      while (stack.length) {
        const k = stack.pop()!;
        const x = k % bw;
        const y = (k - x) / bw;
        area++;
        if (out(x - 1, y) || out(x + 1, y) || out(x, y - 1) || out(x, y + 1)) edge++;
        if (x > 1) visit(x - 1, y);
        if (x < bw - 2) visit(x + 1, y);
        if (y > 1) visit(x, y - 1);
        if (y < bh - 2) visit(x, y + 1);
      }
      if (area > best.area) best = { area, edge };
    }
  }
  return best;
}

/** The smallest marker card read, as a share of the raster (at 640 px wide, a card about 9 px square: a marker far down a road). */
const MARKER_MIN_AREA = 0.0003;
/** Below this share of the raster (a card about 13 px square at 640 px wide) a card's glyph must be drawn like a numeral. */
const MARKER_NEAR_AREA = 0.0006;

/** Tent and sheet cloth: white or cream (s < 0.18, bright) or police blue. */
const isTentWhite = byHsv((_h, s, v) => s < 0.18 && v >= 0.72);
const isTentBlue = byHsv((h, s, v) => h >= 195 && h <= 235 && s >= 0.5 && v >= 0.35);

/**
 * A blob row by row: the extent of its pixels along each row of its box (0 where a row has none), and how solid it is
 * (its pixels over the sum of the extents: a window or a door inside a house front is a hole, tent cloth has none).
 */
function rowSpans(labels: Int32Array, width: number, b: Blob): { spans: number[]; solid: number } {
  const spans: number[] = [];
  let inside = 0;
  let all = 0;
  for (let y = b.box.y; y < b.box.y + b.box.height; y++) {
    let first = -1;
    let last = -1;
    let n = 0;
    for (let x = b.box.x; x < b.box.x + b.box.width; x++) {
      if (labels[y * width + x] === b.id) {
        if (first < 0) first = x;
        last = x;
        n++;
      }
    }
    const span = first < 0 ? 0 : last - first + 1;
    spans.push(span);
    inside += n;
    all += span;
  }
  return { spans, solid: all ? inside / all : 0 };
}

/**
 * How solid a lying shape is column by column: its pixels over the sum of each column's extent. A sheet over a body
 * rises in bumps (a row crosses gaps between the head and the feet, a column does not); a house front or a lit window
 * grid has holes down its columns.
 */
function columnSolid(labels: Int32Array, width: number, b: Blob): number {
  let inside = 0;
  let all = 0;
  for (let x = b.box.x; x < b.box.x + b.box.width; x++) {
    let first = -1;
    let last = -1;
    for (let y = b.box.y; y < b.box.y + b.box.height; y++) {
      if (labels[y * width + x] === b.id) {
        if (first < 0) first = y;
        last = y;
        inside++;
      }
    }
    if (first >= 0) all += last - first + 1;
  }
  return all ? inside / all : 0;
}

/**
 * Scene shapes in white or blue cloth that only ever back another scene sign (the detector decides): `tent:forensic`,
 * a solid standing shape, whole in the frame, with a roof narrower than its upright walls (as wide at the foot as halfway up: a gazebo-like forensic tent; a dome tent's
 * sides keep widening to the ground, a car's wheels cut its lower edge, a house front has windows and a door in it); and
 * `body:covered`, a lumpy sheet lying low in the frame, 2.5 to 8 times as wide as high (a dome tent is about twice) (a rectangle with straight
 * edges, a sign or a bench, fills its box; a road line touches the frame's sides), solid down its columns (its bumps
 * leave gaps along rows) and with how lumpy its top edge is (`lumps`). Boxes in the raster's pixels.
 */
function sceneShapeCues(img: Raster): VisionCue[] {
  const cues: VisionCue[] = [];
  const area = img.width * img.height;
  for (const [colour, pred] of [['white', isTentWhite], ['blue', isTentBlue]] as const) {
    const lab: { labels?: Int32Array } = {};
    for (const b of blobs(mask(img, pred), img.width, img.height, Math.max(12, area * 0.005), lab)) {
      const rel = b.area / area;
      const fill = b.area / (b.box.width * b.box.height);
      const aspect = b.box.width / b.box.height;
      const bottom = b.box.y + b.box.height;
      if (b.box.y <= 1 || bottom < 0.5 * img.height) continue;
      const { spans, solid } = rowSpans(lab.labels!, img.width, b);
      const at = (f: number) => spans[Math.min(spans.length - 1, Math.round(f * b.box.height))];
      const [roof, eaves, mid, foot] = [at(0.02), at(0.75), at(0.5), at(0.9)];
      if (solid >= 0.92 && rel <= 0.3 && aspect >= 0.6 && aspect <= 2.5 && fill >= 0.6 && edgesTouched(b.box, img) === 0 && roof <= 0.85 * eaves && mid >= 0.92 * foot && foot >= 0.92 * mid && foot > 0) {
        cues.push({ kind: 'tent:forensic', box: b.box, confidence: 0.35, detail: `${colour}, roof ${round2(roof / Math.max(1, eaves))}, fill ${round2(fill)}` });
      } else if (rel <= 0.15 && b.box.y >= 0.35 * img.height && aspect >= 2.5 && aspect <= 8 && fill >= 0.5 && fill <= 0.9 && edgesTouched(b.box, img) === 0 && columnSolid(lab.labels!, img.width, b) >= 0.92) {
        const lumps = round2(topLumps(lab.labels!, img.width, b));
        cues.push({ kind: 'body:covered', box: b.box, confidence: 0.35, lumps, detail: `${colour} sheet, fill ${round2(fill)}, lumps ${lumps}` });
      }
    }
  }
  return cues;
}

/**
 * How lumpy a lying shape's top edge is: the topmost pixel of each column (its middle 80 %, clear of the tapering
 * ends), the root mean square of its distance from the straight line fitted through it, over the shape's height. A
 * blanket, a towel or a board lies with a straight top edge (under 0.05, also in perspective); a sheet over a body
 * rises over the head, the chest and the feet (0.07 and more).
 * e.g. a flat white towel 300 x 80 px -> 0.01; a sheet over a body 290 x 55 px -> 0.12
 */
function topLumps(labels: Int32Array, width: number, b: Blob): number {
  const xs: number[] = [];
  const ys: number[] = [];
  const from = b.box.x + Math.round(0.1 * b.box.width);
  const to = b.box.x + Math.round(0.9 * b.box.width);
  for (let x = from; x < to; x++) {
    for (let y = b.box.y; y < b.box.y + b.box.height; y++) {
      if (labels[y * width + x] === b.id) {
        xs.push(x);
        ys.push(y);
        break;
      }
    }
  }
  const n = xs.length;
  if (n < 5) return 0;
  const mx = xs.reduce((a, v) => a + v, 0) / n;
  const my = ys.reduce((a, v) => a + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const slope = sxx ? sxy / sxx : 0;
  let sq = 0;
  for (let i = 0; i < n; i++) sq += (ys[i] - my - slope * (xs[i] - mx)) ** 2;
  return Math.sqrt(sq / n) / b.box.height;
}

/**
 * Tents and sheets in a picture where the object detector found people, looked for even when no yellow or striped
 * cue was (yellowCues looks only then): a covered body beside people standing over it is a scene on its own (the
 * detector decides). Read with a night cast removed, as yellowCues does. Boxes in the raster's pixels.
 */
export function shapeCues(img: Raster): VisionCue[] {
  const gains = castGains(img);
  return sceneShapeCues(gains ? balanced(img, gains) : img);
}

/** Whether a cue's centre lies on a tape band (within its thickness of the axis through the band's box centre). */
function onBand(c: VisionCue, tape: VisionCue): boolean {
  if (!c.box || !tape.box) return false;
  const t = ((tape.angle ?? 0) * Math.PI) / 180;
  const dx = c.box.x + c.box.width / 2 - (tape.box.x + tape.box.width / 2);
  const dy = c.box.y + c.box.height / 2 - (tape.box.y + tape.box.height / 2);
  return Math.abs(-dx * Math.sin(t) + dy * Math.cos(t)) <= 0.6 * (tape.thickness ?? 0);
}

/**
 * Faded or dimly lit tape: the looser yellow is cut into short pieces by the print (the letters fill most of a thin
 * band), so the mask is first closed by two pixels; a closed piece is band-like when it is thin, a third or more of it
 * the looser yellow and a sixth or more dark print. Only a band across half the frame (one piece, or pieces on one
 * line) counts: a yellow-green hedge, a sandy path or a sodium-lit wall is not a thin printed band.
 *
 * Far off, blurred or small in the frame, the print cuts such a band into short thin stubs (STUB_ELONGATION) and
 * leaves blank stretches between its words: these count as pieces of a line too (dullPieces), as long as the line
 * holds at least two printed pieces (the wording repeats along a tape; a rail between posts or a painted dash has none).
 */
function dullTapeCues(img: Raster): VisionCue[] {
  const diag = Math.hypot(img.width, img.height);
  const yellow = mask(img, isDullYellow);
  // Too little of the looser yellow for a band across half the frame (half a percent of the diagonal thick): no tape.
  let count = 0;
  for (let i = 0; i < yellow.length; i++) count += yellow[i];
  if (count < 0.5 * diag * 0.005 * diag * 0.3) return [];
  const closed = dilate(yellow, img.width, img.height, 2);
  const lab: { labels?: Int32Array } = {};
  const pieces: Blob[] = [];
  const stubs: Blob[] = [];
  const printed = new Set<Blob>();
  const cues: VisionCue[] = [];
  for (const b of blobs(closed, img.width, img.height, Math.max(12, img.width * img.height * 0.0002), lab)) {
    const elongation = b.major / Math.max(1, b.minor);
    if (elongation < STUB_ELONGATION || b.major < STUB_LENGTH * diag || b.minor > 0.05 * diag) continue;
    const { yellowShare, darkShare } = bandMakeup(img, lab.labels!, b, yellow);
    if (yellowShare < 0.3) continue;
    if (b.minor <= STUB_THICKNESS * diag && yellowShare >= 0.5) {
      if (darkShare >= 0.15) printed.add(b);
      stubs.push(b);
    }
    if (elongation < 4 || b.major < 0.05 * diag || darkShare < 0.15) continue;
    const detail = `dull, yellow ${round2(yellowShare)}, print ${round2(darkShare)}`;
    if (b.major >= 0.5 * diag && elongation >= 10) cues.push({ kind: 'tape', box: b.box, confidence: 0.45, angle: round2(b.angle), thickness: round2(b.minor), detail });
    else pieces.push(b);
  }
  const lines = collinearTape(pieces, diag, 0.5);
  // Stubs and blank stretches read only where the printed pieces alone made no line.
  const more = lines.length || cues.length ? [] : dullPieces(img, stubs, printed, diag);
  return [...cues, ...[...lines, ...more].map((c) => ({ ...c, confidence: 0.45, detail: `dull, ${c.detail}` }))].filter((c) => !printOnPalePage(img, c) && !alongEdge(img, c));
}

/**
 * Whether a band lies along the top or bottom edge of the frame: within DULL_EDGE_TILT of level with its box touching
 * that edge. Faded tape strung across a scene crosses the frame; what the looser yellow finds hugging the frame's edge
 * is sunlit leaves along the top of a photo or ripples on water along its bottom, cut into pieces by their shadows.
 * e.g. leaves along the top of a sunny photo of a patrol car, read with its green cast removed as 2 dull pieces on one
 * line, box y 0 -> true
 */
function alongEdge(img: Raster, c: VisionCue): boolean {
  if (!c.box || Math.abs(c.angle ?? 0) > DULL_EDGE_TILT) return false;
  return c.box.y <= 1 || c.box.y + c.box.height >= img.height - 1;
}

/** A dull band this near level (degrees) whose box touches the frame's top or bottom edge runs along it (alongEdge). */
const DULL_EDGE_TILT = 20;

/** The hues (degrees) of tape as taken: orange under sodium light, yellow, green-yellow under a cool cast. */
const TAKEN_HUE = [15, 90];
/** The least share of a balanced band's pixels that were of TAKEN_HUE as taken. */
const TAKEN_COLOUR = 0.5;

/**
 * What a band read through a colour balance (`balance`: a night cast or a daylight cast removed) was as taken: of the
 * pixels along its axis, within its thickness, that its yellow test passes once balanced (bandYellow), the share that
 * were coloured as taken (TAKEN_HUE, saturation 0.12 or more): tape under sodium light is orange (hue 20-40°), under
 * a cool cast green-yellow (70-80°), faded tape cream. The balance also turns grey yellow: the soft grey rims of black
 * print on a white page (a navy heading makes the page's few mid-tones a blue "cast"). `undefined` for a cue read as
 * taken or too few pixels to tell.
 * e.g. a line of black text on a white flyer read as dull tape in pieces: 0 (grey rims) -> not tape; tape across an
 * alley at night: 1.0
 */
export function takenColour(img: Raster, c: VisionCue): number | undefined {
  if (!c.box || !c.balance) return undefined;
  const test = bandYellow(c);
  const { ux, uy, thick, cx, cy, half } = bandAxis(c.box, c);
  let n = 0;
  let coloured = 0;
  for (let s = -half; s <= half; s += 1) {
    for (let o = -thick / 2; o <= thick / 2; o += 1) {
      const x = Math.round(cx + s * ux - o * uy);
      const y = Math.round(cy + s * uy + o * ux);
      if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
      const p = (y * img.width + x) * 3;
      const [r, g, b] = [img.data[p], img.data[p + 1], img.data[p + 2]];
      if (!test(r, g, b)) continue;
      n++;
      const [h, sat] = hsv(r, g, b);
      if (h >= TAKEN_HUE[0] && h <= TAKEN_HUE[1] && sat >= 0.12) coloured++;
    }
  }
  return n >= 20 ? coloured / n : undefined;
}

/**
 * A band's axis: its centre, its direction (a unit vector at its angle), its thickness (2 px at least) and half the
 * length of its box's diagonal, how far along the axis a walk over the band goes each way.
 */
function bandAxis(box: Box, c: VisionCue): { cx: number; cy: number; ux: number; uy: number; thick: number; half: number } {
  const t = ((c.angle ?? 0) * Math.PI) / 180;
  return {
    cx: box.x + box.width / 2,
    cy: box.y + box.height / 2,
    ux: Math.cos(t),
    uy: Math.sin(t),
    thick: Math.max(2, c.thickness ?? 2),
    half: Math.hypot(box.width, box.height) / 2,
  };
}

/**
 * Whether a dull band is the edge of dark print on a pale cream surface (a caption on a warm sky, a page, a beige
 * sign): the looser yellow along it is the soft rim of the letters (median brightness of its pixels), and on both
 * sides of it, a thickness and a half away, the surface is pale, of a yellow to cream hue (30-80°, saturation 0.08 or
 * more, value 0.55 or more) over 0.6 of the line and 1.5 times as bright or more. Faded tape is the brightest yellow
 * across its own width, whatever lies beside it (a brick wall, a grey sky, the road).
 * e.g. black caption on a sky warmed to (245, 235, 200): rims at 98, sides at 234 and 231 -> true
 */
function printOnPalePage(img: Raster, c: VisionCue): boolean {
  if (!c.box) return false;
  const { ux, uy, thick, cx, cy, half } = bandAxis(c.box, c);
  const at = (s: number, o: number) => {
    const x = Math.round(cx + s * ux - o * uy);
    const y = Math.round(cy + s * uy + o * ux);
    return x < 0 || y < 0 || x >= img.width || y >= img.height ? -1 : (y * img.width + x) * 3;
  };
  const rims: number[] = [];
  for (let s = -half; s <= half; s += 2) {
    for (let o = -thick / 2; o <= thick / 2; o += 1) {
      const p = at(s, o);
      if (p >= 0 && isDullYellow(img.data[p], img.data[p + 1], img.data[p + 2])) rims.push(Math.max(img.data[p], img.data[p + 1], img.data[p + 2]));
    }
  }
  if (!rims.length) return false;
  const rim = rims.sort((a, b) => a - b)[rims.length >> 1];
  return [-1.5, 1.5].every((side) => {
    let n = 0;
    let pale = 0;
    for (let s = -half; s <= half; s += 2) {
      const p = at(s, side * thick);
      if (p < 0) continue;
      n++;
      const [h, sat, v] = hsv(img.data[p], img.data[p + 1], img.data[p + 2]);
      if (h >= 30 && h <= 80 && sat >= 0.08 && v >= 0.55 && 255 * v >= 1.5 * rim) pale++;
    }
    return n > 0 && pale >= 0.6 * n;
  });
}

/**
 * A stub of dull band: this many times as long as thick, this share of the frame's diagonal long or more, at most this
 * share thick (far tape is thin: a fringe of yellow-green leaves along the frame's edge is thick and ragged), and half
 * or more the looser yellow.
 */
const STUB_ELONGATION = 2.5;
const STUB_LENGTH = 0.03;
const STUB_THICKNESS = 0.025;

/**
 * Dull tape in many short pieces (stubs cut by the print, blank stretches between words) on one line across half the
 * frame: a line (collinearTape) of three pieces or more, their lengths adding up to a third of the diagonal, with two
 * or more signs of print: a printed piece, or a gap between two pieces that is print (printGap).
 * e.g. a far tape across an alley read as 9 stubs with 3 letter gaps -> tape; a lit rail between posts -> nothing
 */
function dullPieces(img: Raster, stubs: Blob[], printed: Set<Blob>, diag: number): VisionCue[] {
  if (stubs.length < 3) return [];
  return collinearTape(stubs, diag, 0.5, (line) => line.length >= 3 && line.reduce((s, b) => s + b.major, 0) >= diag / 3 && line.filter((b) => printed.has(b)).length + printGaps(img, line) >= 2);
}

/**
 * How many gaps between neighbouring pieces of a line are print: a gap no longer than three band thicknesses whose
 * pixels on the line are mostly dark (max channel under 100) while the pixels a thickness and a half to either side
 * of it mostly are not. Letters on the band are dark within the band only; a post, a pole or a dark background that
 * cuts a rail or a painted line is dark across and beyond it.
 */
function printGaps(img: Raster, line: Blob[]): number {
  const t = (line.reduce((a, b) => (b.major > a.major ? b : a)).angle * Math.PI) / 180;
  const [ux, uy] = [Math.cos(t), Math.sin(t)];
  const along = line
    .map((b) => {
      const cx = b.box.x + b.box.width / 2;
      const cy = b.box.y + b.box.height / 2;
      const p = cx * ux + cy * uy;
      return { lo: p - b.major / 2, hi: p + b.major / 2, off: -cx * uy + cy * ux, thick: Math.max(2, b.minor) };
    })
    .sort((a, b) => a.lo - b.lo);
  const dark = (x: number, y: number) => {
    const xi = Math.round(x);
    const yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= img.width || yi >= img.height) return undefined;
    const i = (yi * img.width + xi) * 3;
    return Math.max(img.data[i], img.data[i + 1], img.data[i + 2]) < 100;
  };
  let gaps = 0;
  for (let k = 1; k < along.length; k++) {
    const a = along[k - 1];
    const b = along[k];
    const thick = Math.max(a.thick, b.thick);
    const gap = b.lo - a.hi;
    if (gap < 1 || gap > 3 * thick) continue;
    const off = (a.off + b.off) / 2;
    let on = 0;
    let onDark = 0;
    let side = 0;
    let sideDark = 0;
    for (let p = a.hi; p <= b.lo; p += 1) {
      for (const [v, inside] of [[0, true], [-1.5 * thick, false], [1.5 * thick, false]] as const) {
        const d = dark(p * ux - (off + v) * uy, p * uy + (off + v) * ux);
        if (d === undefined) continue;
        if (inside) [on, onDark] = [on + 1, onDark + (d ? 1 : 0)];
        else [side, sideDark] = [side + 1, sideDark + (d ? 1 : 0)];
      }
    }
    if (on && side && onDark >= 0.5 * on && sideDark < 0.3 * side) gaps++;
  }
  return gaps;
}

/**
 * Inside a closed blob, column by column (row by row for a steep band) between its first and last pixel of the
 * unclosed mask: the share that is the mask's colour, and the share that is dark (print). The closing's margin
 * outside the band is not counted.
 */
function bandMakeup(img: Raster, labels: Int32Array, b: Blob, m: Uint8Array): { yellowShare: number; darkShare: number } {
  const steep = Math.abs(b.angle) > 45;
  const [outer0, outerN, inner0, innerN] = steep ? [b.box.y, b.box.height, b.box.x, b.box.width] : [b.box.x, b.box.width, b.box.y, b.box.height];
  let n = 0;
  let yellow = 0;
  let dark = 0;
  for (let o = outer0; o < outer0 + outerN; o++) {
    const at = (i: number) => (steep ? o * img.width + i : i * img.width + o);
    let first = -1;
    let last = -1;
    for (let i = inner0; i < inner0 + innerN; i++) {
      const k = at(i);
      if (labels[k] === b.id && m[k]) {
        if (first < 0) first = i;
        last = i;
      }
    }
    for (let i = first; first >= 0 && i <= last; i++) {
      const k = at(i);
      n++;
      if (m[k]) yellow++;
      else if (Math.max(img.data[k * 3], img.data[k * 3 + 1], img.data[k * 3 + 2]) < 100) dark++;
    }
  }
  return { yellowShare: n ? yellow / n : 0, darkShare: n ? dark / n : 0 };
}

/** A mask grown by `r` pixels each way (a square structuring element, done as two separable passes). */
function dilate(m: Uint8Array, width: number, height: number, r: number): Uint8Array {
  const rows = new Uint8Array(m.length);
  for (let y = 0; y < height; y++) {
    let last = -Infinity;
    const o = y * width;
    // Left to right: within r after a set pixel; right to left: within r before one.
    for (let x = 0; x < width; x++) {
      if (m[o + x]) last = x;
      if (x - last <= r) rows[o + x] = 1;
    }
    last = Infinity;
    for (let x = width - 1; x >= 0; x--) {
      if (m[o + x]) last = x;
      if (last - x <= r) rows[o + x] = 1;
    }
  }
  const out = new Uint8Array(m.length);
  for (let x = 0; x < width; x++) {
    let last = -Infinity;
    for (let y = 0; y < height; y++) {
      if (rows[y * width + x]) last = y;
      if (y - last <= r) out[y * width + x] = 1;
    }
    last = Infinity;
    for (let y = height - 1; y >= 0; y--) {
      if (rows[y * width + x]) last = y;
      if (last - y <= r) out[y * width + x] = 1;
    }
  }
  return out;
}

/**
 * A band read again closer (bandCloser) is at most this thick at the vision raster (share of the diagonal): a far
 * tape, its print a few pixels tall. A lawn or a hedge turned yellow by warm light is a thick band.
 */
const CLOSER_BAND = 0.025;
/** The working raster must be this many times the vision raster's size for a closer reading to show more. */
const CLOSER_GAIN = 1.5;

/**
 * What a thin band's closer reading (bandCloser) shows of print, as a tape cue's detail: dark print on it (CLOSER_PRINT
 * of its span or more, below the band's own level as printShare reads it) that dims its middle again and again as
 * letters do (15-60 % of its length, 0.06 changes per place or more, as blurredPrint reads a far band), named letters
 * when LETTER_PRINT of that print lies in letter-height pieces. Undefined otherwise: a road line or a kerb stays even, a
 * twisted rope's shading dims it but is not dark, road studs are dark but few (their dips under 0.15).
 * e.g. POLICE LINE DO NOT CROSS 1.5 px thick at 640 px, 4 px at 1280: print 0.02, dips 0.38 (changes 0.54) -> detail
 */
function closerPrint(near: { print: number; letters: number; dips: number; changes: number } | undefined): string | undefined {
  if (!near || near.print < CLOSER_PRINT || near.dips < 0.15 || near.dips > 0.6 || near.changes < 0.06) return undefined;
  return near.print >= 0.04 && near.letters >= LETTER_PRINT ? `fine print, letters read closer (print ${round2(near.print)})` : `fine print, dips ${round2(near.dips)} read closer`;
}

/** Least share of a band's span that is dark print on its closer reading (a rope's twist shading is not dark: 0). */
const CLOSER_PRINT = 0.015;

/** The angle between two lines' directions in degrees (0-90). */
function turn(a: number, b: number): number {
  const d = Math.abs(a - b) % 180;
  return Math.min(d, 180 - d);
}

/**
 * A thin band whose print the vision raster shows only as specks, read on `closer` (the same picture at a higher
 * resolution, the working raster): the band's box cut out of it (with a margin of the band's thickness), the tape
 * yellow in it labelled, and the longest piece of it along the band read as the vision raster reads a band (its print
 * share, and the share of that print in letter-height pieces). Undefined when the closer raster is not enough bigger
 * or no piece as long as half the band is found there.
 * e.g. POLICE LINE DO NOT CROSS on a band 4 px thick at 640 px (print 0.045, letters 0.22) -> at 1600 px letters 0.9
 */
function bandCloser(img: Raster, closer: Raster, b: Blob, tapeYellow: RgbTest & { fill?: PlaneFill }): { print: number; letters: number; dips: number; changes: number } | undefined {
  const k = closer.width / img.width;
  if (k < CLOSER_GAIN) return undefined;
  const pad = Math.ceil(b.minor * k);
  const x0 = Math.max(0, Math.floor(b.box.x * k) - pad);
  const y0 = Math.max(0, Math.floor(b.box.y * k) - pad);
  const x1 = Math.min(closer.width, Math.ceil((b.box.x + b.box.width) * k) + pad);
  const y1 = Math.min(closer.height, Math.ceil((b.box.y + b.box.height) * k) + pad);
  const cw = x1 - x0;
  const ch = y1 - y0;
  if (cw <= 0 || ch <= 0) return undefined;
  const data = Buffer.alloc(cw * ch * 3);
  for (let y = 0; y < ch; y++) closer.data.copy(data, y * cw * 3, ((y0 + y) * closer.width + x0) * 3, ((y0 + y) * closer.width + x1) * 3);
  const crop: Raster = { data, width: cw, height: ch };
  const lab: { labels?: Int32Array } = {};
  const long = blobs(mask(crop, tapeYellow), cw, ch, Math.max(12, b.minor * k * b.major * k * 0.1), lab)
    .filter((p) => p.major >= 0.5 * b.major * k && p.major >= 6 * p.minor && turn(p.angle, b.angle) <= 10)
    .sort((p, q) => q.major - p.major)[0];
  if (!long) return undefined;
  return { print: printShare(crop, lab.labels!, long), letters: letterPrint(printGlyphs(crop, lab.labels!, long)), ...centreDips(crop, lab.labels!, long) };
}

/**
 * One reading of the yellow in a raster with the given tape and marker colours. At `night` (a raster whose cast was
 * removed) only thin bands and pieces of band are read: in the dark, asphalt and walls are as dark as print, so a
 * yellow shape that is not a thin band (a close-up, tapes crossing) is not told from road paint or a painted wall.
 */
function yellowCuesOnce(img: Raster, tapeYellow: RgbTest & { fill?: PlaneFill }, markerYellow: (r: number, g: number, b: number) => boolean, night = false, closer?: Raster): VisionCue[] {
  const cues: VisionCue[] = [];
  const area = img.width * img.height;
  const diag = Math.hypot(img.width, img.height);
  const m = mask(img, tapeYellow);
  const lab: { labels?: Int32Array } = {};
  const pieces: Blob[] = [];
  const slabs: Blob[] = [];
  for (const b of blobs(m, img.width, img.height, Math.max(12, area * 0.0002), lab)) {
    const elongation = b.major / Math.max(1, b.minor);
    const before = cues.length;
    if (!night && b.major >= 0.6 * diag && elongation >= 3 && elongation < 6) {
      // A close-up: the tape crosses the whole frame and is thick in it, so it is less elongated; the big dark letters
      // must be there (a yellow wall, a taxi door or a school bus side has no such print between its edges).
      const print = printShare(img, lab.labels!, b);
      // A row of windows (solid blocks, solidPrint) is a bus's or a train's side.
      const onBand = print >= 0.1 ? printGlyphs(img, lab.labels!, b) : undefined;
      if (onBand && letterPrint(onBand) >= LETTER_PRINT && solidPrint(onBand) <= SOLID_PRINT) cues.push({ kind: 'tape', box: b.box, confidence: 0.6, angle: round2(b.angle), thickness: round2(b.minor), detail: `close-up, print ${round2(print)}` });
    } else if (b.major >= 0.3 * diag && elongation >= 6) {
      // A band across a good part of the frame with dark print inside it: tape. A plain band (a road line, a kerb)
      // is reported only as `yellow-band`, which nothing flags on its own. Longer, straighter bands are surer.
      const print = printShare(img, lab.labels!, b);
      const confidence = Math.min(0.85, 0.45 + 0.4 * Math.min(1, b.major / (0.7 * diag)) * Math.min(1, elongation / 12));
      // Tape far away or edge-on is a few pixels thick, its print blurred into the yellow: no black letters, but the
      // middle of the band dims again and again along its length. A painted line stays even.
      const fine = print < 0.04 ? blurredPrint(img, lab.labels!, b, diag) : undefined;
      // Tape close to the lens and out of focus (the camera focused on the scene behind it): a thick band whose letters
      // the blur spread into olive blotches, no longer dark enough to be print, but dimming its middle as a far band's do.
      const soft = print < 0.04 && fine === undefined && !night ? softPrint(img, lab.labels!, b, diag) : undefined;
      // A far band's "blurred print" read again on the working raster when there is one: tape's letters dim it there
      // too, but a yellow rope's twist shading, kerb shadows and road studs (blurred print at this size) show no dark
      // print closer (closerPrint), so such a band is plain.
      const checked = fine !== undefined && closer && b.minor <= CLOSER_BAND * diag ? bandCloser(img, closer, b, tapeYellow) : undefined;
      if (fine !== undefined && checked && !closerPrint(checked)) {
        const sag = sagOf(lab.labels!, img.width, b);
        cues.push({ kind: 'yellow-band', box: b.box, confidence: round2(confidence), angle: round2(b.angle), thickness: round2(b.minor), detail: `print ${round2(print)}, no print read closer`, ...(sag !== undefined ? { sag } : {}) });
      } else if (fine !== undefined) {
        cues.push({ kind: 'tape', box: b.box, confidence: round2(confidence - 0.1), angle: round2(b.angle), thickness: round2(b.minor), detail: `fine print, dips ${round2(fine)}` });
      } else if (soft !== undefined) {
        cues.push({ kind: 'tape', box: b.box, confidence: round2(confidence - 0.1), angle: round2(b.angle), thickness: round2(b.minor), detail: `soft print, dips ${round2(soft)}` });
      } else if (print >= 0.04 && printSpread(img, lab.labels!, b) < PRINT_SPREAD) {
        // Print in one place on a long yellow shape (a kayak's cockpit and paddler, a board's logo): not tape, whose
        // wording repeats along its whole length. No band.
      } else if (print < 0.04 || letterPrint(printGlyphs(img, lab.labels!, b)) >= LETTER_PRINT) {
        // A plain band thin here (far tape in a big photo, a pixel or two thick) read again on the working raster: its
        // letters, or the dimming of its middle that blurred print gives (blurredPrint), may show there.
        const near = print < 0.04 && closer && b.minor <= CLOSER_BAND * diag ? closerPrint(bandCloser(img, closer, b, tapeYellow)) : undefined;
        const kind = print >= 0.04 || near ? 'tape' : 'yellow-band';
        // A plain band: how far it hangs below the line between its ends (tape or rope strung up sags; paint lies straight).
        const sag = kind === 'yellow-band' ? sagOf(lab.labels!, img.width, b) : undefined;
        cues.push({ kind, box: b.box, confidence: round2(near ? confidence - 0.1 : confidence), angle: round2(b.angle), thickness: round2(b.minor), detail: near ?? `print ${round2(print)}`, ...(sag !== undefined ? { sag } : {}) });
      } else if (closer && b.minor <= CLOSER_BAND * diag) {
        // Its "print" is specks here, but a thin band's letters are specks at this size too (a far tape in a big
        // photo, 3-5 px thick here): read the band again on the working raster, where the letters stand apart.
        const near = closerPrint(bandCloser(img, closer, b, tapeYellow));
        if (near) cues.push({ kind: 'tape', box: b.box, confidence: round2(confidence - 0.1), angle: round2(b.angle), thickness: round2(b.minor), detail: `print ${round2(print)}, ${near}` });
      }
      // Otherwise its "print" is specks of shadow (a lawn, a hedge or gravel turned yellow by warm light): no band.
    } else if (b.major >= 0.06 * diag && elongation >= 4 && b.major < 0.3 * diag) {
      // A short printed piece: tape seen between people or posts is cut into pieces along one line (far away, its
      // print blurred).
      // A piece whose only print is blurred print is read closer too, when it can be: kerb shadows cut a yellow kerb
      // into pieces that dim as far print does, but show no dark print closer (closerPrint).
      const print = printShare(img, lab.labels!, b);
      const blurred = print < 0.04 && blurredPrint(img, lab.labels!, b, diag) !== undefined;
      const checked = blurred && closer && b.minor <= CLOSER_BAND * diag ? bandCloser(img, closer, b, tapeYellow) : undefined;
      if (print >= 0.04 || (blurred && !(checked && !closerPrint(checked)))) pieces.push(b);
    } else if (!night && b.major >= 0.5 * diag && b.area >= 0.02 * area && edgesTouched(b.box, img) >= 2) {
      // Not one straight band but a long shape across the frame: two tapes crossing in an X, or a band bent round a
      // post. Read across it (columns, or rows when it runs up and down): thin runs of yellow with print between
      // them are tape; a yellow wall, sign or car body gives long runs.
      const runs = [false, true].map((byRows) => bandRuns(img, lab.labels!, b, byRows)).sort((x, y) => x.run / x.extent - y.run / y.extent)[0];
      if (runs.run <= 0.3 * runs.extent && runs.print >= 0.08) {
        cues.push({ kind: 'tape', box: b.box, confidence: 0.55, angle: round2(b.angle), thickness: round2(runs.run), detail: `crossing, print ${round2(runs.print)}` });
      }
    }
    if (cues.length === before && b.area >= 0.05 * area && (edgesTouched(b.box, img) >= 2 || b.area >= 0.1 * area)) {
      // A close-up too thick or too curved to be read as a band (the print is the frame): its letters say it is tape.
      const row = letteredRow(img, lab.labels!, b);
      if (row) cues.push({ kind: 'tape', box: b.box, confidence: 0.55, angle: round2(row.angle), thickness: round2(b.minor), detail: `close-up, ${row.letters} letters in a row` });
    }
    if (cues.length === before && !night && b.major >= CLOSE_PIECE_LENGTH * diag && elongation >= CLOSE_PIECE_ELONGATION && elongation < 6 && !pieces.includes(b)) {
      // A thick printed slab: a piece of a close-up band that glare or a twist of the tape cut off from the rest.
      if (printShare(img, lab.labels!, b) >= 0.1 && letterPrint(printGlyphs(img, lab.labels!, b)) >= LETTER_PRINT) slabs.push(b);
    }
    if (cues.length === before && !night && b.area >= YELLOW_PRINT_AREA * area && edgesTouched(b.box, img) >= 2) {
      // Yellow filling much of the frame with dark print on it and no band to be read: tape so close that it fills the
      // frame across (or a sign, a bus side, a wall). Only tape wording read on it makes it tape (case/crime-scene).
      const print = printShare(img, lab.labels!, b);
      if (print >= YELLOW_PRINT_SHARE) cues.push({ kind: 'yellow:print', box: b.box, confidence: 0.4, angle: round2(b.angle), detail: `fills ${round2(b.area / area)} of the frame, print ${round2(print)}` });
    }
  }
  stackedBands(cues);
  cues.push(...collinearTape(pieces, diag));
  cues.push(...brokenCloseUps(img, slabs, diag));
  cues.push(...markerCues(img, markerYellow));
  return cues;
}

/** A slab of a broken close-up (brokenCloseUps) is this long (share of the diagonal) or longer... */
const CLOSE_PIECE_LENGTH = 0.12;
/** ...and at least this many times as long as thick (a sign, a card or a door is squarer). */
const CLOSE_PIECE_ELONGATION = 2.5;
/** Slabs of one band are this near in thickness (the thicker over the thinner). */
const CLOSE_PIECE_THICKNESS = 1.6;
/** Together they reach this far across the frame (share of the diagonal). */
const CLOSE_PIECE_SPAN = 0.6;

/**
 * A close-up of tape cut into thick printed slabs on one line (angles within 12°, thicknesses within 1.6 of each
 * other) that together reach across most of the frame (0.6 of the diagonal), where the band is broken by glare or a
 * twist: between each slab and the next the gap is short (the band turned edge-on at a twist, at most 0.6 of its
 * thickness) or mostly light (a highlight: max channel 190 or more, saturation under 0.45). A yellow fascia or a sign
 * cut by dark pillars or a gap of background is not tape; a sign's words read by OCR veto a close-up
 * (case/crime-scene's otherWordsOn).
 * e.g. CRIME SCENE DO NOT ENTER at 150 px thick, half-turned at 60 % of its length and whitened by glare at 30 % -> one
 * `tape` cue "close-up, 3 pieces on one line, broken by glare or a twist"
 */
function brokenCloseUps(img: Raster, slabs: Blob[], diag: number): VisionCue[] {
  if (slabs.length < 2) return [];
  const accept = (line: Blob[]) => {
    const thick = line.map((b) => b.minor);
    if (Math.max(...thick) > CLOSE_PIECE_THICKNESS * Math.min(...thick)) return false;
    const t = (line[0].angle * Math.PI) / 180;
    const [ux, uy] = [Math.cos(t), Math.sin(t)];
    const along = (b: Blob) => (b.box.x + b.box.width / 2) * ux + (b.box.y + b.box.height / 2) * uy;
    const sorted = [...line].sort((a, b) => along(a) - along(b));
    for (let i = 1; i < sorted.length; i++) if (!bandGap(img, sorted[i - 1], sorted[i], ux, uy)) return false;
    return true;
  };
  return collinearTape(slabs, diag, CLOSE_PIECE_SPAN, accept).map((c) => ({ ...c, confidence: 0.55, detail: `close-up, ${c.detail}, broken by glare or a twist` }));
}

/**
 * Whether the gap between two slabs of a band (a before b along the axis u) is a twist (short: at most 0.6 of the
 * thicker slab's thickness) or a highlight (two thirds or more of the points sampled along the axis between their
 * facing ends light: max channel 190 or more, saturation under 0.45).
 */
function bandGap(img: Raster, a: Blob, b: Blob, ux: number, uy: number): boolean {
  const centre = (k: Blob) => [k.box.x + k.box.width / 2, k.box.y + k.box.height / 2];
  const [ax, ay] = centre(a);
  const [bx, by] = centre(b);
  const from = [ax + (a.major / 2) * ux, ay + (a.major / 2) * uy];
  const to = [bx - (b.major / 2) * ux, by - (b.major / 2) * uy];
  const gap = (to[0] - from[0]) * ux + (to[1] - from[1]) * uy;
  if (gap <= 0.6 * Math.max(a.minor, b.minor)) return true;
  let light = 0;
  let n = 0;
  for (let k = 1; k < 20; k++) {
    const x = Math.round(from[0] + ((to[0] - from[0]) * k) / 20);
    const y = Math.round(from[1] + ((to[1] - from[1]) * k) / 20);
    if (x < 0 || y < 0 || x >= img.width || y >= img.height) continue;
    const p = (y * img.width + x) * 3;
    const [r, g, bl] = [img.data[p], img.data[p + 1], img.data[p + 2]];
    const max = Math.max(r, g, bl);
    n++;
    if (max >= 190 && (max - Math.min(r, g, bl)) / max < 0.45) light++;
  }
  return n > 0 && light >= (2 * n) / 3;
}

/**
 * Numbered evidence markers in a raster with the given marker colour: small compact cards with a dark numeral in their
 * middle, or standing triangles carrying one (standingMarker). Boxes in the raster's pixels.
 */
function markerCues(img: Raster, markerYellow: (r: number, g: number, b: number) => boolean, strokes = false): VisionCue[] {
  const cues: VisionCue[] = [];
  const area = img.width * img.height;
  const mlab: { labels?: Int32Array } = {};
  for (const b of blobs(mask(img, markerYellow), img.width, img.height, Math.max(12, area * MARKER_MIN_AREA), mlab)) {
    if (b.area / area > 0.03) continue;
    // A card smaller than a marker seen near (far down a road) is as often a far sign, a taxi or a flower: its glyph
    // must be drawn like a numeral.
    const far = b.area < MARKER_NEAR_AREA * area;
    const c = cardCue(img, mlab.labels!, b, { far, strokes, numeral: far || strokes });
    if (c) cues.push(c);
  }
  return cues;
}

/**
 * One compact yellow blob read as an evidence marker: a card with a dark numeral in its middle, or a standing marker
 * seen as a triangle. `far`: the card is small in the raster (no reading against the card's own yellow, and its detail
 * says so); `strokes`: the looser yellow that completes a set; `numeral`: its glyph must be drawn like a numeral; `ink`:
 * the numeral's print read darker than this share of the card's brightness; `closer`: read on the closer raster.
 */
function cardCue(img: Raster, labels: Int32Array, b: Blob, opts: { far: boolean; strokes: boolean; numeral: boolean; ink?: number; closer?: boolean }): VisionCue | undefined {
  const { far, strokes } = opts;
  const aspect = b.box.width / b.box.height;
  const fill = b.area / (b.box.width * b.box.height);
  if (aspect < 0.5 || aspect > 2.2 || b.major / Math.max(1, b.minor) > 2.5) return undefined;
  if (fill < 0.5) {
    // Not a card: a standing marker seen as a triangle (a pyramid or an A-frame tent from the side), read apart.
    const standing = standingMarker(img, labels, b);
    return standing ? { kind: 'evidence-marker', box: b.box, confidence: 0.5, glyph: standing.glyph, detail: `standing, numeral ${standing.dark}, glyph ${standing.glyph}` } : undefined;
  }
  // A numbered marker: a yellow card with a dark numeral in its middle (not a plain yellow patch or a leaf).
  const inner: Box = {
    x: b.box.x + Math.round(b.box.width * 0.2),
    y: b.box.y + Math.round(b.box.height * 0.2),
    width: Math.max(1, Math.round(b.box.width * 0.6)),
    height: Math.max(1, Math.round(b.box.height * 0.6)),
  };
  let dark = darkShare(img, inner);
  // A numeral drawn in thin strokes, softened by blur or recompression, or off the middle of the box (a tent marker
  // seen at three quarters, its side face in the box too), is too light or too little in the middle for the plain
  // reading: read it again as the print inside the card's own outline, against the card's own brightness. Not with
  // the looser yellow that completes a set (`strokes`): polished wood and brass pass it, their grain and shadow a
  // numeral against them (a gavel's head).
  let enclosed: { dark: number; glyph: Blob | undefined } | undefined;
  if (dark < 0.06 && !far && !strokes) {
    const e = enclosedPrint(img, labels, b, opts.ink);
    if (e.dark >= ENCLOSED_INK && e.dark <= 0.6 && numeralGlyph(e.glyph, b.box, opts.closer)) enclosed = e;
  }
  if (enclosed) dark = enclosed.dark;
  else if (dark < 0.06 || dark > 0.6) return undefined;
  const tallest = enclosed ? enclosed.glyph : tallestGlyphBlob(img, b.box);
  const numeral = numeralGlyph(tallest, b.box, opts.closer);
  if (opts.numeral && !numeral) return undefined;
  // A card printed with a word (CAUTION over a pictogram, WET FLOOR) whose tallest glyph is no numeral is a sign; a
  // marker's numeral stands over whatever small print it carries.
  if (!numeral && lettersInRow(img, b.box) >= SIGN_LETTERS) return undefined;
  // A round solid dark disc in the middle is a flower's centre (a sunflower, a black-eyed Susan), not a numeral: the
  // card counts as unnumbered, so a bed of flowers is no set of markers (a set needs half its cards numbered).
  const disc = discGlyph(tallest, b.box);
  const glyph = disc ? 0 : round2((tallest?.box.height ?? 0) / b.box.height);
  const how = enclosed ? ', read against the card' : '';
  return { kind: 'evidence-marker', box: b.box, confidence: 0.5, glyph, detail: `numeral ${round2(dark)}, glyph ${glyph}${how}${far ? ', far' : ''}${disc ? ', round solid centre' : ''}` };
}

/** The least area (raster pixels, ~640 px picture) of a marker-yellow speck the closer look reads (farMarkers). */
const FAR_SPECK_MIN = 20;
/** More specks than this is a bed of flowers, leaves or a crowd in yellow, not markers laid out: no closer look. */
const FAR_SPECKS_MAX = 16;
/**
 * Read closer, a far card's numeral is print darker than this share of the card's own brightness: its thin strokes,
 * blurred by distance and lifted by the exposure gain of a dark picture, stay well under a card lit to white.
 */
const FAR_INK = 0.65;
/**
 * At most this share of a far card's print may lie in glyphs under 0.6 of its tallest one: a marker carries its numeral
 * (one or two digits of one size); a yellow plate reading "25 MPH" or a sign with a line of small words carries more.
 */
const FAR_SMALL_PRINT = 0.1;
/** The least share of its box a far card fills read closer (a rectangle with rounded corners 0.8 or more, a diamond 0.5). */
const FAR_CARD_FILL = 0.65;
/** The closer raster must be at least this many times the raster's size for a closer look to see more. */
const CLOSER_SCALE = 1.5;

/**
 * Evidence markers too far off to read at the raster (a card or tent under MARKER_MIN_AREA: 9-11 px at 640 px wide,
 * its numeral a pixel or two), read again on a closer raster (the working one, 1600 px wide): where the raster shows
 * two or more marker-yellow specks (and at most FAR_SPECKS_MAX), each speck's neighbourhood is read there as a card
 * or a standing marker, whose glyph must be drawn like a numeral (a flower has none or a round disc, a taxi wide
 * windows, a cone a white collar, a road sign's arrow sits on a diamond that fills half its box). Specks on a tape
 * band or inside a card already read are left alone. Boxes in the raster's pixels.
 * e.g. four tent markers 26 px tall at 1600 px (10 px at 640) -> four cues, detail "..., far, read closer"
 */
function farMarkers(img: Raster, closer: Raster, taken: VisionCue[]): VisionCue[] {
  const s = closer.width / img.width;
  if (s < CLOSER_SCALE) return [];
  const area = img.width * img.height;
  const specks = blobs(mask(img, isMarkerYellow), img.width, img.height, FAR_SPECK_MIN).filter((b) => {
    const aspect = b.box.width / b.box.height;
    if (b.area >= area * MARKER_NEAR_AREA || aspect < 0.4 || aspect > 2.5 || edgesTouched(b.box, img) > 0) return false;
    return !taken.some((c) => c.box && (c.kind === 'tape' ? onBand({ kind: 'speck', box: b.box, confidence: 0 }, c) : centreIn(b.box, c.box)));
  });
  if (specks.length < 2 || specks.length > FAR_SPECKS_MAX) return [];
  const cues: VisionCue[] = [];
  for (const sp of specks) {
    const reach = Math.max(sp.box.width, sp.box.height);
    const region = clip({ x: Math.round((sp.box.x - reach) * s), y: Math.round((sp.box.y - reach) * s), width: Math.round(3 * reach * s), height: Math.round(3 * reach * s) }, closer);
    const near = crop(closer, region);
    const lab: { labels?: Int32Array } = {};
    // The speck's card at the closer raster: the biggest marker-yellow blob wholly inside the neighbourhood.
    const card = blobs(mask(near, isMarkerYellow), near.width, near.height, Math.max(12, 0.3 * sp.area * s * s), lab)
      .filter((b) => edgesTouched(b.box, near) === 0)
      .sort((a, b) => b.area - a.area)[0];
    const fill = card ? card.area / (card.box.width * card.box.height) : 0;
    // A card fills its box; a diamond sign half of it (a standing triangle, under half, is read as one).
    const c = card && (fill < 0.5 || fill >= FAR_CARD_FILL) && cardCue(near, lab.labels!, card, { far: false, strokes: false, numeral: true, ink: FAR_INK, closer: true });
    if (!c || !c.box || smallPrint(near, lab.labels!, card) > FAR_SMALL_PRINT) continue;
    const box = roundBox({ x: (region.x + c.box.x) / s, y: (region.y + c.box.y) / s, width: c.box.width / s, height: c.box.height / s });
    cues.push({ ...c, box, detail: `${c.detail}, far, read closer` });
  }
  return plaqueRow(cues) ? [] : cues;
}

/** Far cards whose centres lie within this share of their mean height of a line through them are in one row ... */
const PLAQUE_ROW_DY = 0.3;
/** ... a near-level one (tan 8°: a photo held a little askew). */
const PLAQUE_ROW_SLOPE = 0.14;
/** ... and are of one size when the biggest is at most this many times the smallest (height and width). */
const PLAQUE_ROW_SIZE = 1.25;
/** ... and are spread along a street's walls when every gap between neighbours is this many card widths or more. */
const PLAQUE_ROW_GAP = 6;

/**
 * Whether far cards are house-number plaques rather than markers: three or more, all in one row, of one size, each many
 * card widths from the next (one to a house front). Markers laid on the ground are seen at different depths, so they shrink and
 * rise toward the horizon, and a row of them at one depth is laid close together along a trail; yellow numbered plaques
 * fixed to walls at one height, a house apart, are one size in one row with wall between them.
 * e.g. plaques 12, 14, 16 on three house fronts (10 px wide at the raster, 70 px apart) -> true; cards 5-7 down a road -> false
 */
function plaqueRow(cards: VisionCue[]): boolean {
  const boxes = cards.map((c) => c.box).filter((b): b is Box => b !== undefined).sort((a, b) => a.x - b.x);
  // Two cards always lie on a line: a row is three or more.
  if (boxes.length < 3 || boxes.length < cards.length) return false;
  const heights = boxes.map((b) => b.height);
  const widths = boxes.map((b) => b.width);
  const meanHeight = heights.reduce((n, h) => n + h, 0) / heights.length;
  const meanWidth = widths.reduce((n, w) => n + w, 0) / widths.length;
  // The row may lean with the camera (a photo tilted a few degrees): the centres lie on a near-level line.
  const xs = boxes.map((b) => b.x + b.width / 2);
  const ys = boxes.map((b) => b.y + b.height / 2);
  const mx = xs.reduce((n, x) => n + x, 0) / xs.length;
  const my = ys.reduce((n, y) => n + y, 0) / ys.length;
  const slope = xs.reduce((n, x, i) => n + (x - mx) * (ys[i] - my), 0) / Math.max(1e-9, xs.reduce((n, x) => n + (x - mx) ** 2, 0));
  if (Math.abs(slope) > PLAQUE_ROW_SLOPE || ys.some((y, i) => Math.abs(y - my - slope * (xs[i] - mx)) > PLAQUE_ROW_DY * meanHeight)) return false;
  if (Math.max(...heights) > PLAQUE_ROW_SIZE * Math.min(...heights) || Math.max(...widths) > PLAQUE_ROW_SIZE * Math.min(...widths)) return false;
  return boxes.every((b, i) => i === 0 || b.x - (boxes[i - 1].x + boxes[i - 1].width) >= PLAQUE_ROW_GAP * meanWidth);
}

/**
 * The share of a card's print (pixels inside its box darker than FAR_INK of its brightness, in glyphs clear of the
 * box's edge) lying in glyphs shorter than 0.6 of the tallest: 0 for a card with a numeral alone.
 * Read on the green channel, which a yellow card and its dark print share and which a warm or cool white balance
 * leaves as it is: on the max channel, a warm cast clips the card's red while it lifts the red of small print blurred
 * into the card (and more of that print passes the marker yellow, joining the card's own pixels), so a plate's "MPH"
 * all but vanished (0.24 -> 0.09 under the eval's warm variant; 0.29 -> 0.31 on the green channel).
 * e.g. a far yellow plate reading "25" over a small "MPH" -> 0.29; a marker "12" -> 0
 */
function smallPrint(img: Raster, labels: Int32Array, b: Blob): number {
  const below = FAR_INK * blobLevel(img, labels, b, true);
  const { x: bx, y: by, width: w, height: h } = b.box;
  const ink = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (img.data[((by + y) * img.width + bx + x) * 3 + 1] < below) ink[y * w + x] = 1;
    }
  }
  const glyphs = blobs(ink, w, h, 2).filter((g) => clearOfEdges(g, w, h));
  const tallest = Math.max(0, ...glyphs.map((g) => g.box.height));
  const all = glyphs.reduce((n, g) => n + g.area, 0);
  return all ? glyphs.filter((g) => g.box.height < 0.6 * tallest).reduce((n, g) => n + g.area, 0) / all : 0;
}

/** The most a marker's numeral may be as bright (max channel) when read against its card (enclosedPrint). */
const CARD_INK = 120;
/**
 * The least share of a card's outline its numeral fills when read against the card: a "1" in thin strokes fills 0.03
 * of a tent marker seen at three quarters; the numeral must be drawn like one (numeralGlyph) too.
 */
const ENCLOSED_INK = 0.02;

/**
 * The print inside a card's own outline: pixels between the card's top and bottom edge in each column that are not
 * card yellow and darker than printBelow(CARD_INK, the card's median brightness): their share of those columns' pixels,
 * and the tallest piece of them not touching the box's edge (the numeral). Ground showing beside a slanted edge lies
 * outside the columns' spans.
 * e.g. a tent marker 28 px wide at three quarters, a "1" in 2 px strokes softened to max channel 100 -> dark 0.08, glyph 12 px tall
 */
function enclosedPrint(img: Raster, labels: Int32Array, b: Blob, relative?: number): { dark: number; glyph: Blob | undefined } {
  const level = blobLevel(img, labels, b);
  const below = relative ? relative * level : printBelow(CARD_INK, level);
  const { x: bx, y: by, width: w, height: h } = b.box;
  const ink = new Uint8Array(w * h);
  let dark = 0;
  let span = 0;
  for (let x = bx; x < bx + w; x++) {
    let top = -1;
    let bottom = -1;
    for (let y = by; y < by + h; y++) {
      if (labels[y * img.width + x] === b.id) {
        if (top < 0) top = y;
        bottom = y;
      }
    }
    for (let y = top; top >= 0 && y <= bottom; y++) {
      const i = y * img.width + x;
      span++;
      if (labels[i] !== b.id && Math.max(img.data[i * 3], img.data[i * 3 + 1], img.data[i * 3 + 2]) < below) {
        dark++;
        ink[(y - by) * w + (x - bx)] = 1;
      }
    }
  }
  let glyph: Blob | undefined;
  for (const g of blobs(ink, w, h, 2)) {
    if (!clearOfEdges(g, w, h)) continue;
    if (!glyph || g.box.height > glyph.box.height) glyph = g;
  }
  return { dark: span ? dark / span : 0, glyph };
}

/**
 * `yellow:print`: tape yellow over YELLOW_PRINT_AREA of the frame or more, touching two edges, with dark print over
 * YELLOW_PRINT_SHARE of it (printShare), that no band reading took: tape seen so close that it fills the frame across
 * (as a sign, a school bus side or a painted wall with lettering may). Alone it flags nothing; it also asks the scene
 * reader to look at the picture smaller, where its big letters are read whole (image-engine).
 * e.g. "SCENE DO" 300 px tall across a 1600 px frame of yellow -> detail "fills 0.71 of the frame, print 0.24"
 */
const YELLOW_PRINT_AREA = 0.2;
const YELLOW_PRINT_SHARE = 0.05;

/**
 * The print of a close-up of tape that fills the frame: dark glyphs enclosed by the band (letters), of one size, at
 * least four in a row (a word), the row running along the band (within 30° of its axis), and the band running out of
 * the frame at both ends of the row (its extent along the row at least 0.85 of the frame's chord there). The row may
 * bend with a sagging tape. A hi-vis back, a sign or a taxi door carries letters too, but its yellow ends inside the
 * frame along the row, and a vest's row runs across its length. Returns the row's letter count and angle.
 * e.g. "CRIME SCENE DO" across a curved band 0.4 of the frame thick -> { letters: 11, angle: 4 }
 */
function letteredRow(img: Raster, labels: Int32Array, b: Blob): { letters: number; angle: number } | undefined {
  const { x: bx, y: by, width: bw, height: bh } = b.box;
  const below = printBelow(100, blobLevel(img, labels, b));
  const dark = new Uint8Array(bw * bh);
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      const i = (by + y) * img.width + bx + x;
      if (labels[i] !== b.id && Math.max(img.data[i * 3], img.data[i * 3 + 1], img.data[i * 3 + 2]) < below) dark[y * bw + x] = 1;
    }
  }
  const short = Math.min(img.width, img.height);
  // Share of the points on a box's outline (grown by pad) that lie on the band: a letter is surrounded by it.
  const onBandRing = (g: Box, pad: number) => {
    let on = 0;
    let all = 0;
    const x0 = bx + g.x - pad;
    const y0 = by + g.y - pad;
    const x1 = bx + g.x + g.width + pad;
    const y1 = by + g.y + g.height + pad;
    const at = (x: number, y: number) => {
      all++;
      if (x >= 0 && y >= 0 && x < img.width && y < img.height && labels[y * img.width + x] === b.id) on++;
    };
    for (let x = x0; x <= x1; x += 2) {
      at(x, y0);
      at(x, y1);
    }
    for (let y = y0; y <= y1; y += 2) {
      at(x0, y);
      at(x1, y);
    }
    return on / all;
  };
  const glyphs = blobs(dark, bw, bh, 6)
    .filter((g) => {
      const size = Math.max(g.box.width, g.box.height);
      const aspect = g.box.width / g.box.height;
      return size >= 0.04 * short && size <= 0.6 * short && aspect >= 0.1 && aspect <= 2 && onBandRing(g.box, Math.max(2, Math.round(0.3 * Math.min(g.box.width, g.box.height)))) >= 0.6;
    })
    .sort((p, q) => q.area - p.area)
    .slice(0, 120);
  if (glyphs.length < 4) return undefined;
  // Letters of one word: similar heights, each within 1.5 heights of the next (union-find over pairs).
  const parent = glyphs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const centre = (g: Blob) => [g.box.x + g.box.width / 2, g.box.y + g.box.height / 2];
  for (let i = 0; i < glyphs.length; i++) {
    for (let j = i + 1; j < glyphs.length; j++) {
      const [hi, hj] = [Math.max(glyphs[i].box.height, glyphs[i].box.width), Math.max(glyphs[j].box.height, glyphs[j].box.width)];
      if (Math.max(hi, hj) > 1.6 * Math.min(hi, hj)) continue;
      const [xi, yi] = centre(glyphs[i]);
      const [xj, yj] = centre(glyphs[j]);
      if (Math.hypot(xi - xj, yi - yj) <= 1.5 * Math.max(hi, hj)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, Blob[]>();
  for (let i = 0; i < glyphs.length; i++) groups.set(find(i), [...(groups.get(find(i)) ?? []), glyphs[i]]);
  const row = [...groups.values()].sort((p, q) => q.length - p.length)[0];
  if (row.length < 4) return undefined;
  // The row's direction: the principal axis of its letters' centres; a row, not a cluster (3 times longer than wide).
  const cs = row.map(centre);
  const { mx, my, theta, along, across } = principalAxis((visit) => cs.forEach(([x, y]) => visit(x, y)))!;
  if (along < 9 * Math.max(1e-6, across)) return undefined;
  const angle = (theta * 180) / Math.PI;
  const d = Math.abs(angle - b.angle) % 180;
  if (Math.min(d, 180 - d) > 30) return undefined;
  // The band's extent along the row against the frame's chord through its centre in that direction.
  const ux = Math.cos(theta);
  const uy = Math.sin(theta);
  // Across the row, the band must leave background on either side: a frame filled with yellow (a hi-vis jacket close
  // up with POLICE on it) is no band.
  const extent = (vx: number, vy: number) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (let y = b.box.y; y < b.box.y + b.box.height; y += 2) {
      for (let x = b.box.x; x < b.box.x + b.box.width; x += 2) {
        if (labels[y * img.width + x] !== b.id) continue;
        const t = x * vx + y * vy;
        if (t < lo) lo = t;
        if (t > hi) hi = t;
      }
    }
    return hi - lo;
  };
  const chord = (vx: number, vy: number) => {
    const reach = (p: number, u: number, max: number) => (Math.abs(u) < 1e-6 ? [-Infinity, Infinity] : [(0 - p) / u, (max - p) / u].sort((a, c) => a - c));
    const [ax0, ax1] = reach(bx + mx, vx, img.width);
    const [ay0, ay1] = reach(by + my, vy, img.height);
    return Math.min(ax1, ay1) - Math.max(ax0, ay0);
  };
  if (extent(ux, uy) < 0.85 * chord(ux, uy) || extent(-uy, ux) > 0.8 * chord(-uy, ux)) return undefined;
  return { letters: row.length, angle: round2(angle) };
}

/**
 * Yellow bands stacked side by side at one angle (within 5°, axes less than three thicknesses apart, overlapping along
 * half the shorter) are a painted body, not tape: a school bus's side between its black rails, a striped kerb,
 * hazard stripes on a wall. A printed band among them is read as a plain `yellow-band`.
 */
function stackedBands(cues: VisionCue[]): void {
  // A close-up read by its letters counts too (the middle band of a hi-vis jacket with POLICE on it, between its stripes).
  const bands = cues.filter((c) => (c.kind === 'tape' || c.kind === 'yellow-band') && c.box && c.thickness && (!c.detail?.includes('close-up') || c.detail.includes('letters')));
  const axis = (c: VisionCue) => bandAxis(c.box!, c);
  for (const a of bands) {
    if (a.kind !== 'tape') continue;
    const p = axis(a);
    const stacked = bands.some((b) => {
      if (b === a) return false;
      const d = Math.abs((a.angle ?? 0) - (b.angle ?? 0)) % 180;
      if (Math.min(d, 180 - d) > 5) return false;
      const q = axis(b);
      const across = Math.abs(-(q.cx - p.cx) * p.uy + (q.cy - p.cy) * p.ux);
      if (across > 3 * Math.max(a.thickness!, b.thickness!)) return false;
      // Extents along a's axis: the box's projection.
      const along = (c: VisionCue) => {
        const xs = [c.box!.x, c.box!.x + c.box!.width];
        const ys = [c.box!.y, c.box!.y + c.box!.height];
        const proj = xs.flatMap((x) => ys.map((y) => (x - p.cx) * p.ux + (y - p.cy) * p.uy));
        return [Math.min(...proj), Math.max(...proj)];
      };
      const [a0, a1] = along(a);
      const [b0, b1] = along(b);
      return Math.min(a1, b1) - Math.max(a0, b0) >= 0.5 * Math.min(a1 - a0, b1 - b0);
    });
    if (stacked) {
      a.kind = 'yellow-band';
      a.detail = `${a.detail}, stacked`;
    }
  }
}

/**
 * A standing evidence marker seen as a triangle (a pyramid, or an A-frame tent from the side): a yellow shape with
 * straight sides, widening evenly from its top to its base (its rows' widths on a straight line down the shape, R²
 * 0.85 or more, those of the top third at most 0.7 as wide as those of the bottom third, the rows together filling 0.4
 * or more of its box), carrying one numeral: dark pixels enclosed by the yellow (between each row's first and last
 * yellow pixel: 6 to 50 % of the shape), most of them (two thirds) in one compact glyph (no wider than 1.2 times its
 * height, its ink a fifth or more of its box: not a sign's printed outline) standing a fifth of the shape or more, centred across it (its middle in the middle third of the row there).
 * A melted-cheese blob, a leaf with veins or a flower is ragged at the sides and spotted all over.
 * Returns the dark share and the glyph's height over the shape's.
 * e.g. a yellow pyramid 54 px tall with a "3" 27 px tall -> { dark: 0.08, glyph: 0.36 }
 */
function standingMarker(img: Raster, labels: Int32Array, b: Blob): { dark: number; glyph: number } | undefined {
  const { x: bx, y: by, width: bw, height: bh } = b.box;
  if (bh < 10) return undefined;
  const { spans } = rowSpans(labels, img.width, b);
  const spanSum = spans.reduce((s, v) => s + v, 0);
  if (spanSum < 0.4 * bw * bh) return undefined;
  const third = Math.max(1, Math.floor(bh / 3));
  const mean = (from: number, to: number) => spans.slice(from, to).reduce((s, v) => s + v, 0) / Math.max(1, to - from);
  if (mean(0, third) > 0.7 * mean(bh - third, bh)) return undefined;
  if (lineFit(spans) < 0.85) return undefined;
  // Dark pixels between each row's first and last yellow pixel, and the glyphs they make.
  const inner = new Uint8Array(bw * bh);
  const firsts = new Int32Array(bh).fill(-1);
  const lasts = new Int32Array(bh).fill(-1);
  let dark = 0;
  for (let y = 0; y < bh; y++) {
    for (let x = 0; x < bw; x++) {
      if (labels[(by + y) * img.width + bx + x] === b.id) {
        if (firsts[y] < 0) firsts[y] = x;
        lasts[y] = x;
      }
    }
    for (let x = firsts[y]; firsts[y] >= 0 && x <= lasts[y]; x++) {
      const i = (by + y) * img.width + bx + x;
      if (labels[i] !== b.id && Math.max(img.data[i * 3], img.data[i * 3 + 1], img.data[i * 3 + 2]) < 80) {
        inner[y * bw + x] = 1;
        dark++;
      }
    }
  }
  const share = dark / Math.max(1, spanSum);
  if (share < 0.06 || share > 0.5) return undefined;
  const numeral = blobs(inner, bw, bh, 2).sort((p, q) => q.area - p.area)[0];
  // A numeral's ink fills a fifth or more of its box; a sign's printed outline (a ring round its edge) far less.
  if (!numeral || numeral.area < (2 / 3) * dark || numeral.box.width > 1.2 * numeral.box.height || numeral.area < 0.2 * numeral.box.width * numeral.box.height) return undefined;
  const glyph = numeral.box.height / bh;
  const row = Math.min(bh - 1, Math.round(numeral.box.y + numeral.box.height / 2));
  const mid = numeral.box.x + numeral.box.width / 2;
  const span = lasts[row] - firsts[row];
  if (glyph < 0.2 || firsts[row] < 0 || Math.abs(mid - (firsts[row] + lasts[row]) / 2) > span / 6) return undefined;
  return { dark: round2(share), glyph: round2(glyph) };
}

/** R² of the straight line fitted through a series against its index (1 for an exact line; 0 for no trend). */
function lineFit(values: number[]): number {
  const n = values.length;
  if (n < 3) return 0;
  const mx = (n - 1) / 2;
  const my = values.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i - mx) * (values[i] - my);
    sxx += (i - mx) ** 2;
    syy += (values[i] - my) ** 2;
  }
  return syy && sxx ? (sxy * sxy) / (sxx * syy) : 0;
}

/** How tall a card's numeral must be, as a share of the card's height, for the card to count as numbered. */
const MARKER_GLYPH = 0.3;

/**
 * The tallest dark glyph (value < 0.3) lying wholly inside a card's box, in the box's own pixels. Its height as a
 * share of the box's is the card's `glyph`: a marker's numeral stands a third to two thirds of the card; a sign's
 * words or pictogram much less (0 when none).
 * e.g. a "7" 24 px tall on a 45 px card -> glyph 0.53
 */
function tallestGlyphBlob(img: Raster, box: Box): Blob | undefined {
  let tallest: Blob | undefined;
  for (const g of blobs(darkMask(img, box), box.width, box.height, 2)) {
    if (!clearOfEdges(g, box.width, box.height)) continue;
    if (!tallest || g.box.height > tallest.box.height) tallest = g;
  }
  return tallest;
}

/** Glyphs of one size side by side on a card that make it a sign printed with a word (a marker's numeral has 1-3). */
const SIGN_LETTERS = 4;

/**
 * The most dark glyphs (as tallestGlyphBlob reads them, 3 px tall or more) standing side by side in one row inside a
 * card's box: glyphs of one size (heights within 1.6 of each other) whose middles lie within 0.4 of their height of
 * each other's. A marker's numeral gives 1 to 3; a wet-floor sign's CAUTION 5 to 7 (letters blurred together fewer).
 * e.g. a wet-floor sign 90 px tall at the vision raster, CAUTION over a triangle over WET FLOOR -> 6; a "12" card -> 2
 */
function lettersInRow(img: Raster, box: Box): number {
  const glyphs = blobs(darkMask(img, box), box.width, box.height, 2).filter((g) => g.box.height >= 3 && clearOfEdges(g, box.width, box.height));
  const mid = (g: Blob) => g.box.y + g.box.height / 2;
  let most = 0;
  for (const g of glyphs) {
    const row = glyphs.filter((k) => Math.max(k.box.height, g.box.height) <= 1.6 * Math.min(k.box.height, g.box.height) && Math.abs(mid(k) - mid(g)) <= 0.4 * g.box.height);
    most = Math.max(most, row.length);
  }
  return most;
}

/**
 * Whether a glyph found in a w x h mask lies clear of its edges: one touching an edge is the card's border or print cut
 * off by the box, not a whole glyph on the card.
 */
function clearOfEdges(g: Blob, w: number, h: number): boolean {
  return g.box.x > 0 && g.box.y > 0 && g.box.x + g.box.width < w && g.box.y + g.box.height < h;
}

/** The dark pixels (value under 0.3) of a box, in the box's own pixels: a card's print. */
function darkMask(img: Raster, box: Box): Uint8Array {
  const dark = new Uint8Array(box.width * box.height);
  for (let y = 0; y < box.height; y++) {
    for (let x = 0; x < box.width; x++) {
      const p = ((box.y + y) * img.width + box.x + x) * 3;
      dark[y * box.width + x] = Math.max(img.data[p], img.data[p + 1], img.data[p + 2]) < 80 ? 1 : 0;
    }
  }
  return dark;
}

/** A glyph at most this wide for its height is one stroke (a "1"), solid however it is drawn. */
const ONE_STROKE = 0.25;

/**
 * Whether a small card's tallest dark glyph (tallestGlyphBlob) is drawn like a numeral: a third of the card tall or
 * more, taller than wide (a car's window is wide) and made of strokes, under three quarters of its box (a flower's dark
 * centre or a sign's bar is solid).
 * e.g. a "4" 8 px tall and 5 wide on a 12 px card -> true; a 9 x 4 px window on a far taxi -> false
 */
function numeralGlyph(g: Blob | undefined, box: Box, oneStroke = false): boolean {
  if (!g || g.box.height < MARKER_GLYPH * box.height || g.box.width > 0.9 * g.box.height) return false;
  // Read closer (farMarkers), a "1" a stroke or two wide fills its own box: thin (under a quarter as wide as tall) is a
  // stroke, not a solid blot. Not at the raster itself, where a stroke of a yellow livery's lettering passes it too.
  return g.area <= 0.75 * g.box.width * g.box.height || (oneStroke && g.box.width <= ONE_STROKE * g.box.height);
}

/**
 * Whether a card's tallest dark glyph (tallestGlyphBlob) is a round solid disc: as wide as it is tall (within a sixth) and filling 0.7 or
 * more of its box (a disc fills 0.79). A numeral is taller than wide ("1", "7"), or open or holed ("0", "8", "9").
 * e.g. a sunflower's brown centre 16 px across -> true; a bold "8" 14 x 20 px -> false
 */
function discGlyph(g: Blob | undefined, box: Box): boolean {
  if (!g || g.box.height < MARKER_GLYPH * box.height) return false;
  const aspect = g.box.width / g.box.height;
  return aspect >= 5 / 6 && aspect <= 6 / 5 && g.area >= 0.7 * g.box.width * g.box.height;
}

/** Pieces of one hanging tape (collinearTape) are at most this thick (share of the diagonal: tape far off)... */
const HANG_THIN = 0.025;
/** ...and each within this many degrees of level. */
const HANG_TILT = 20;

/**
 * Printed pieces of band lying on one line (angles within 12°, each centre within twice the thicker one's thickness
 * of the other's axis, or, thin and near level, on one hanging curve: the rise between their middles the mean of their
 * slopes) that together reach across a third of the frame: one tape, partly hidden. `accept` may ask more of a line
 * (dullPieces: enough pieces, enough of them printed).
 * e.g. far tape sagging 26 px over 2100 px, its middle hidden by an officer: pieces at +3° and -2°, 1300 px apart -> one cue
 */
function collinearTape(pieces: Blob[], diag: number, minSpan = 0.35, accept: (line: Blob[]) => boolean = () => true): VisionCue[] {
  const cues: VisionCue[] = [];
  const used = new Set<Blob>();
  const centre = (b: Blob) => [b.box.x + b.box.width / 2, b.box.y + b.box.height / 2];
  const online = (a: Blob, b: Blob) => {
    const d = Math.abs(a.angle - b.angle) % 180;
    if (Math.min(d, 180 - d) > 12) return false;
    const [ax, ay] = centre(a);
    const [bx, by] = centre(b);
    const t = (a.angle * Math.PI) / 180;
    const off = Math.abs(-(bx - ax) * Math.sin(t) + (by - ay) * Math.cos(t));
    return off <= 2 * Math.max(a.minor, b.minor) || hanging(a, b);
  };
  // Far tape hanging between posts is no straight line but a parabola: two pieces of it far apart (the middle hidden by
  // someone standing in front, a van) are each tilted toward the low point between them, and on a parabola the rise
  // from one piece's middle to the other's is the mean of their slopes times the run between them. It must hang (the
  // right piece tilts up more than the left), not bow up, and be thin (tape far off, not the slabs of a close-up).
  const hanging = (a: Blob, b: Blob) => {
    if (Math.max(a.minor, b.minor) > HANG_THIN * diag || Math.abs(a.angle) > HANG_TILT || Math.abs(b.angle) > HANG_TILT) return false;
    const [l, r] = centre(a)[0] <= centre(b)[0] ? [a, b] : [b, a];
    const [lx, ly] = centre(l);
    const [rx, ry] = centre(r);
    const sl = Math.tan((l.angle * Math.PI) / 180);
    const sr = Math.tan((r.angle * Math.PI) / 180);
    return sr <= sl && Math.abs(ry - ly - ((sl + sr) / 2) * (rx - lx)) <= 2 * Math.max(a.minor, b.minor);
  };
  for (const p of [...pieces].sort((a, b) => b.major - a.major)) {
    if (used.has(p)) continue;
    const line = [p, ...pieces.filter((q) => q !== p && !used.has(q) && online(p, q))];
    if (line.length < 2) continue;
    const ends = line.flatMap((b) => {
      const [cx, cy] = centre(b);
      const t = (b.angle * Math.PI) / 180;
      return [[cx - (b.major / 2) * Math.cos(t), cy - (b.major / 2) * Math.sin(t)], [cx + (b.major / 2) * Math.cos(t), cy + (b.major / 2) * Math.sin(t)]];
    });
    let span = 0;
    for (const a of ends) for (const b of ends) span = Math.max(span, Math.hypot(a[0] - b[0], a[1] - b[1]));
    if (span < minSpan * diag || line.reduce((s, b) => s + b.major, 0) < 0.2 * diag || !accept(line)) continue;
    for (const b of line) used.add(b);
    const box = line.map((b) => b.box).reduce(unionOf);
    cues.push({ kind: 'tape', box, confidence: 0.5, angle: round2(p.angle), thickness: round2(p.minor), detail: `${line.length} pieces on one line` });
  }
  return cues;
}

/** Barrier-tape white (the pale stripes of blue-and-white or red-and-white tape). */
const isTapeWhite = byHsv((_h, s, v) => s < 0.2 && v >= 0.7);
const isTapeBlue = byHsv((h, s, v) => h >= 195 && h <= 250 && s >= 0.45 && v >= 0.3);
const isTapeRed = byHsv((h, s, v) => (h <= 12 || h >= 340) && s >= 0.5 && v >= 0.35);

/** Striped tapes: police blue-and-white (UK, Ireland, the Netherlands) and red-and-white (police in Germany, Austria; also building sites). */
const STRIPED: [string, RgbTest & { fill: PlaneFill }][] = [
  ['tape:blue-white', isTapeBlue],
  ['tape:red-white', isTapeRed],
];

/**
 * Striped barrier tape: a long thin band (any angle) of white alternating with blue or red along its length, at least
 * three stripes of each, each colour a fifth of the band or more. A white road line has no coloured stripes; a blue
 * car with a white stripe, the sky with clouds or a red-and-white sign is not a long thin band of alternating blocks.
 */
function stripedTapeCues(img: Raster): VisionCue[] {
  const cues: VisionCue[] = [];
  const area = img.width * img.height;
  const diag = Math.hypot(img.width, img.height);
  const hsvPlanes = planes(img);
  const white = new Uint8Array(area);
  isTapeWhite.fill(hsvPlanes, white, 1);
  for (const [kind, colour] of STRIPED) {
    const cls = white.slice();
    colour.fill(hsvPlanes, cls, 2);
    bridgeSeams(cls, img.width, img.height);
    const lab: { labels?: Int32Array } = {};
    const before = cues.length;
    for (const bl of blobs(cls, img.width, img.height, Math.max(12, area * 0.0004), lab)) {
      const elongation = bl.major / Math.max(1, bl.minor);
      // Eight times as long as thick: a striped awning, a windbreak or a deckchair's cloth is shorter.
      if (bl.major < 0.3 * diag || elongation < STRIPED_ELONGATION) continue;
      const stripes = stripesAlong(img.width, lab.labels!, cls, bl);
      // A band whose colour has white on both sides along it is a row of windows or lettering on a white body.
      if (stripes.switches >= 6 && stripes.white >= 0.2 && stripes.colour >= 0.2 && (middleLine(img.width, lab.labels!, cls, bl, cls)?.framed ?? 0) <= MAX_FRAMED) {
        cues.push({ kind, box: bl.box, confidence: 0.5, angle: round2(bl.angle), thickness: round2(bl.minor), detail: `${stripes.switches + 1} stripes` });
      } else {
        const line = middleTape(img, lab.labels!, cls, bl, kind, diag);
        if (line) cues.push(line);
      }
    }
    if (cues.length === before) cues.push(...middleLineTape(img, kind, cls, diag));
  }
  return cues;
}

/** The widest seam (pixels) of neither class between a white and a coloured pixel that bridgeSeams fills. */
const MAX_SEAM = 2;

/**
 * Fills the seams between white and the colour in a class map (white 1, colour 2) in place: along each row and each
 * column, a run of up to MAX_SEAM pixels of neither class with white on one side and the colour on the other (a block
 * edge blended to pink or pale blue by blur and JPEG) takes the class of the nearer side. Tape printed in blocks
 * (red-and-white, blue-and-white: square ends across the band) is cut at every block edge by that blend into pieces a
 * block long, none of them a band; diagonal stripes touch one another past it. Runs between two pixels of the same
 * class, or with neither class beside them, stay as they are.
 * e.g. a row [1, 1, 0, 2, 2] -> [1, 1, 1, 2, 2]; [1, 0, 0, 1] and [1, 0, 0, 0, 2] stay
 */
export function bridgeSeams(cls: Uint8Array, width: number, height: number): void {
  // The rows' fills are read by the columns' pass: a seam blended on both axes (a slanted block edge) is closed either way.
  for (let y = 0; y < height; y++) fillSeams(cls, y * width, 1, width);
  for (let x = 0; x < width; x++) fillSeams(cls, x, width, height);
}

/** bridgeSeams along one line of a class map: `n` pixels from index `start`, `stride` apart (1 a row, the width a column). */
function fillSeams(cls: Uint8Array, start: number, stride: number, n: number): void {
  let last = -1;
  let before = 0;
  for (let k = 0, i = start; k < n; k++, i += stride) {
    const c = cls[i];
    if (c !== 1 && c !== 2) continue;
    const gap = k - last - 1;
    if (last >= 0 && gap >= 1 && gap <= MAX_SEAM && before !== c) {
      for (let j = 1; j <= gap; j++) cls[start + (last + j) * stride] = j <= gap / 2 ? before : c;
    }
    last = k;
    before = c;
  }
}

/** How many times as long as thick a striped band must be (its principal axes). */
const STRIPED_ELONGATION = 8;

/** How often white and the colour must alternate along the rows and columns of a picture, per pixel of its diagonal. */
const MIN_ALTERNATIONS = 0.7;

/**
 * How often the rows and columns of a class map (white 1, colour 2) switch between white and the colour, all told (a
 * gap of up to two pixels of neither between them is no break): striped tape crossing the frame switches along every
 * row or column that crosses it. One pass, a cheap gate.
 */
function alternations(cls: Uint8Array, width: number, height: number): number {
  const colLast = new Uint8Array(width);
  const colGap = new Uint8Array(width);
  let switches = 0;
  for (let y = 0; y < height; y++) {
    let last = 0;
    let gap = 0;
    const o = y * width;
    for (let x = 0; x < width; x++) {
      const c = cls[o + x];
      if (!c) {
        if (++gap > 2) last = 0;
        if (colGap[x] < 3 && ++colGap[x] > 2) colLast[x] = 0;
        continue;
      }
      if (last && c !== last) switches++;
      last = c;
      gap = 0;
      if (colLast[x] && c !== colLast[x]) switches++;
      colLast[x] = c;
      colGap[x] = 0;
    }
  }
  return switches;
}

/** How far (raster pixels, ~640 px picture) white counts as the tape's own beside its coloured stripes or print. */
const TAPE_WHITE_REACH = 12;

/**
 * Striped tape the block reading misses, read along the band's middle line: UK and Irish police tape, panels of
 * diagonal blue hatching between white panels carrying POLICE in blue (a cut across such a band is half blue, half
 * white everywhere, so blocks along it never switch), and tape seen against a white sky or wall (the tape's white runs
 * into it). White counts only within TAPE_WHITE_REACH of the colour; the band's axis and thickness are its coloured
 * pixels', and its middle line follows them where the tape sags. Along that line the colour and white must switch
 * often and repeat at a regular period (hatching, blocks, panels): a white shop sign or a van's side with blue lettering
 * along it switches as often but at no one period. `cls`: white 1, colour 2, as the block reading labelled them.
 */
function middleLineTape(img: Raster, kind: string, cls: Uint8Array, diag: number): VisionCue[] {
  const n = cls.length;
  let colours = 0;
  for (let i = 0; i < n; i++) if (cls[i] === 2) colours++;
  // Too little of the colour for a band a third of the frame long and a few pixels thick, or so much that it is a
  // wall, a sky or a car body (tape's colour is a few percent of the picture): nothing to read.
  if (colours < 0.3 * diag * 3 || colours > 0.1 * n) return [];
  const alt = alternations(cls, img.width, img.height);
  if (alt < MIN_ALTERNATIONS * diag) return [];
  const colour = new Uint8Array(n);
  for (let i = 0; i < n; i++) colour[i] = cls[i] === 2 ? 1 : 0;
  const near = dilate(colour, img.width, img.height, TAPE_WHITE_REACH);
  const own = new Uint8Array(n);
  for (let i = 0; i < n; i++) own[i] = cls[i] === 2 ? 2 : cls[i] === 1 && near[i] ? 1 : 0;
  const lab: { labels?: Int32Array } = {};
  const cues: VisionCue[] = [];
  for (const bl of blobs(own, img.width, img.height, Math.max(12, n * 0.0004), lab)) {
    if (bl.major < 0.3 * diag || bl.major / Math.max(1, bl.minor) < 5) continue;
    const cue = middleTape(img, lab.labels!, own, bl, kind, diag, cls);
    if (cue) cues.push(cue);
  }
  return cues;
}

/** A band read along its middle line (middleLine) as striped tape, or undefined. */
function middleTape(img: Raster, labels: Int32Array, cls: Uint8Array, bl: Blob, kind: string, diag: number, all = cls): VisionCue | undefined {
  const line = middleLine(img.width, labels, cls, bl, all);
  if (!line || line.span < 0.3 * diag || line.span < 1.5 * STRIPED_ELONGATION * line.thickness || line.covered < 0.6 || line.switches < 8 || line.white < 0.2 || line.colour < 0.2 || line.period < MIDDLE_PERIOD || line.framed > MAX_FRAMED) return undefined;
  return { kind, box: bl.box, confidence: 0.5, angle: round2(line.angle), thickness: round2(line.thickness), detail: `${line.switches + 1} stripes along its middle, period ${round2(line.period)}` };
}

/** The largest share of a band's length along which white lies just past both its edges (a row of windows on a white body). */
const MAX_FRAMED = 0.5;

/** Steps along a band over which the coloured pixels' extent across it is taken (its thickness). */
const EXTENT_STEPS = 6;

/** How regular the colour along a tape's middle line must be: the best autocorrelation over its lags. */
const MIDDLE_PERIOD = 0.5;

/**
 * A band read along its middle line: the axis and thickness of its coloured pixels (class 2 in `cls`), the line
 * through the middle of them at each step along the axis (carried over steps with no colour, smoothed over a few
 * thicknesses), and along that line one pixel per step: how often white and colour switch (runs of two steps or more),
 * their shares, the share of steps on the band at all (`covered`), the length read (`span`), and how periodic the
 * colour is (`period`: the best correlation of the colour signal with itself shifted by 3 steps up to a third of the
 * length).
 */
function middleLine(width: number, labels: Int32Array, cls: Uint8Array, b: Blob, all: Uint8Array): { angle: number; thickness: number; span: number; covered: number; switches: number; white: number; colour: number; period: number; framed: number } | undefined {
  // The band's axis: the line fitted through its coloured pixels.
  const fit = principalAxis((visit) => {
    for (let y = b.box.y; y < b.box.y + b.box.height; y++) {
      for (let x = b.box.x; x < b.box.x + b.box.width; x++) {
        const i = y * width + x;
        if (labels[i] === b.id && cls[i] === 2) visit(x, y);
      }
    }
  }, 20);
  if (!fit) return undefined;
  const { mx, my, theta: a } = fit;
  const ux = Math.cos(a);
  const uy = Math.sin(a);
  const half = Math.ceil(Math.hypot(b.box.width, b.box.height) / 2) + 2;
  const steps = 2 * half + 1;
  // Per step along the axis: the coloured pixels' mean offset across it and their extent across it.
  const sumU = new Float64Array(steps);
  const cnt = new Int32Array(steps);
  const lo = new Float64Array(steps).fill(Infinity);
  const hi = new Float64Array(steps).fill(-Infinity);
  const at = (x: number, y: number): [number, number] => [Math.round((x - mx) * ux + (y - my) * uy) + half, -(x - mx) * uy + (y - my) * ux];
  for (let y = b.box.y; y < b.box.y + b.box.height; y++) {
    for (let x = b.box.x; x < b.box.x + b.box.width; x++) {
      const i = y * width + x;
      if (labels[i] !== b.id || cls[i] !== 2) continue;
      const [t, u] = at(x, y);
      sumU[t] += u;
      cnt[t]++;
      if (u < lo[t]) lo[t] = u;
      if (u > hi[t]) hi[t] = u;
    }
  }
  const extents: number[] = [];
  let first = -1;
  let last = -1;
  // Extents over windows of a few steps: one step across diagonal hatching cuts a stripe only part of the way across.
  for (let t = 0; t < steps; t++) {
    if (!cnt[t]) continue;
    let l = Infinity;
    let h = -Infinity;
    for (let d = t; d < Math.min(steps, t + EXTENT_STEPS); d++) {
      if (lo[d] < l) l = lo[d];
      if (hi[d] > h) h = hi[d];
    }
    extents.push(h - l + 1);
    if (first < 0) first = t;
    last = t;
  }
  extents.sort((p, q) => p - q);
  const thickness = Math.max(2, extents[extents.length >> 1]);
  // The middle line: the coloured pixels' mean offset, carried over steps without colour, smoothed over 2 thicknesses.
  const raw = new Float64Array(steps);
  let carry = 0;
  for (let t = first; t <= last; t++) raw[t] = carry = cnt[t] ? sumU[t] / cnt[t] : carry;
  const mid = new Float64Array(steps);
  const w = Math.max(2, Math.round(thickness));
  for (let t = first; t <= last; t++) {
    let s = 0;
    let k = 0;
    for (let d = Math.max(first, t - w); d <= Math.min(last, t + w); d++, k++) s += raw[d];
    mid[t] = s / k;
  }
  // One sample per step: the class of the band's pixels nearest the middle line (within a tenth of its thickness).
  const reach = Math.max(1, 0.1 * thickness);
  const white = new Int32Array(steps);
  const col = new Int32Array(steps);
  for (let y = b.box.y; y < b.box.y + b.box.height; y++) {
    for (let x = b.box.x; x < b.box.x + b.box.width; x++) {
      const i = y * width + x;
      if (labels[i] !== b.id) continue;
      const [t, u] = at(x, y);
      if (t < first || t > last || Math.abs(u - mid[t]) > reach) continue;
      if (cls[i] === 2) col[t]++;
      else white[t]++;
    }
  }
  const signal: number[] = [];
  let covered = 0;
  let whites = 0;
  let colours = 0;
  for (let t = first; t <= last; t++) {
    const c = col[t] + white[t] ? (col[t] >= white[t] ? 2 : 1) : 0;
    if (c) covered++;
    if (c === 1) whites++;
    if (c === 2) colours++;
    signal.push(c);
  }
  // Switches between runs of two steps or more (a single step is noise or a blurred edge).
  let switches = 0;
  let prev = 0;
  for (let t = 0; t < signal.length; ) {
    let e = t;
    while (e < signal.length && signal[e] === signal[t]) e++;
    if (signal[t] && e - t >= 2) {
      if (prev && prev !== signal[t]) switches++;
      prev = signal[t];
    }
    t = e;
  }
  // Framed: white (anywhere in the picture's white, `all` 1) just past the band's edges on both sides.
  const height = all.length / width;
  const white1 = (t: number, u: number) => {
    const x = Math.round(mx + (t - half) * ux - u * uy);
    const y = Math.round(my + (t - half) * uy + u * ux);
    return x >= 0 && y >= 0 && x < width && y < height && all[y * width + x] === 1;
  };
  const edge = thickness / 2 + Math.max(2, 0.15 * thickness);
  let framed = 0;
  let banded = 0;
  for (let t = first; t <= last; t++) {
    if (!cnt[t]) continue;
    banded++;
    if (white1(t, mid[t] - edge) && white1(t, mid[t] + edge)) framed++;
  }
  const len = signal.length;
  const xs: number[] = signal.map((c) => (c === 2 ? 1 : 0));
  const mean = xs.reduce((s, v) => s + v, 0) / Math.max(1, len);
  let period = 0;
  for (let lag = 3; lag <= len / 3; lag++) {
    let num = 0;
    let da = 0;
    let db = 0;
    for (let t = 0; t + lag < len; t++) {
      const p = xs[t] - mean;
      const q = xs[t + lag] - mean;
      num += p * q;
      da += p * p;
      db += q * q;
    }
    if (da > 0 && db > 0) period = Math.max(period, num / Math.sqrt(da * db));
  }
  return { angle: (a * 180) / Math.PI, thickness, span: len, covered: covered / Math.max(1, len), switches, white: whites / Math.max(1, covered), colour: colours / Math.max(1, covered), period, framed: framed / Math.max(1, banded) };
}

/**
 * Walk a band along its principal axis in steps of half its thickness: the majority class (white 1, colour 2) of each
 * step, how often it switches, and the shares of white and colour in the band.
 */
function stripesAlong(width: number, labels: Int32Array, cls: Uint8Array, b: Blob): { switches: number; white: number; colour: number } {
  const a = (b.angle * Math.PI) / 180;
  const ux = Math.cos(a);
  const uy = Math.sin(a);
  const step = Math.max(2, b.minor / 2);
  const bins = Math.ceil(b.major / step) + 4;
  const counts = new Int32Array(bins * 2);
  let cx = 0;
  let cy = 0;
  let n = 0;
  for (let y = b.box.y; y < b.box.y + b.box.height; y++) {
    for (let x = b.box.x; x < b.box.x + b.box.width; x++) {
      if (labels[y * width + x] !== b.id) continue;
      cx += x;
      cy += y;
      n++;
    }
  }
  cx /= n;
  cy /= n;
  let white = 0;
  let colour = 0;
  for (let y = b.box.y; y < b.box.y + b.box.height; y++) {
    for (let x = b.box.x; x < b.box.x + b.box.width; x++) {
      const i = y * width + x;
      if (labels[i] !== b.id) continue;
      const t = Math.floor(((x - cx) * ux + (y - cy) * uy) / step + bins / 2);
      if (t < 0 || t >= bins) continue;
      if (cls[i] === 1) {
        counts[t * 2]++;
        white++;
      } else {
        counts[t * 2 + 1]++;
        colour++;
      }
    }
  }
  let switches = 0;
  let last = 0;
  for (let t = 0; t < bins; t++) {
    const w = counts[t * 2];
    const c = counts[t * 2 + 1];
    if (w + c < 2) continue;
    const now = w > 1.5 * c ? 1 : c > 1.5 * w ? 2 : 0;
    if (now && last && now !== last) switches++;
    if (now) last = now;
  }
  return { switches, white: white / n, colour: colour / n };
}

/** Cues derived from detected objects: people lying down; vehicles (kept as `object:<label>`). */
export function objectCues(objects: DetectedObject[]): VisionCue[] {
  const cues: VisionCue[] = [];
  for (const o of objects) {
    cues.push({ kind: `object:${o.label}`, box: o.box, confidence: o.confidence });
    if (o.label === 'person' && o.box.width >= LYING_ASPECT * o.box.height) {
      cues.push({ kind: 'person-lying', box: o.box, confidence: round2(Math.min(0.6, o.confidence + 0.15)) });
    }
  }
  return cues;
}

const VEHICLES = new Set(['car', 'truck', 'bus', 'motorcycle']);
/** Vehicle boxes the detector is this unsure of still get their markings looked at (cars behind people, at night). */
export const MIN_VEHICLE_CONFIDENCE = 0.2;

/** Light-bar red: lit (pinkish, bright) or unlit lenses. */
function isLensRed(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return (h <= 12 || h >= 335) && s >= 0.4 && v >= 0.45;
}
function isLensBlue(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return h >= 195 && h <= 250 && s >= 0.4 && v >= 0.45;
}
/** Battenburg hi-vis yellow(-green): purer and brighter than sunlit grass. */
function isLiveryYellow(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return h >= 45 && h <= 80 && s >= 0.55 && v >= 0.6;
}
function isLiveryBlue(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return h >= 200 && h <= 245 && s >= 0.5 && v >= 0.25;
}
/**
 * A livery block's colour: 1 yellow, 2 blue, 0 neither. Both need a saturation of 0.5 or more, so a greyer pixel (most
 * of a car: white, silver, black, glass, tyres) is neither without its hue worked out.
 */
function liveryColour(r: number, g: number, b: number): number {
  const max = Math.max(r, g, b);
  if (2 * (max - Math.min(r, g, b)) < max) return 0;
  return isLiveryYellow(r, g, b) ? 1 : isLiveryBlue(r, g, b) ? 2 : 0;
}

/** A pixel test read with every channel times `gain` (clipped at 255): the pixel as the levelled picture has it. */
function raised<T>(test: (r: number, g: number, b: number) => T, gain: number): (r: number, g: number, b: number) => T {
  if (gain === 1) return test;
  return (r, g, b) => test(Math.min(255, Math.round(r * gain)), Math.min(255, Math.round(g * gain)), Math.min(255, Math.round(b * gain)));
}

/** Two blobs side by side: their rows overlap by `minOverlap` of the shorter, at most `maxGap` pixels apart. */
function sideBySide(a: Blob, b: Blob, maxGap: number, minOverlap: number): boolean {
  const oy = Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
  const gx = Math.max(a.box.x, b.box.x) - Math.min(a.box.x + a.box.width, b.box.x + b.box.width);
  return oy >= minOverlap * Math.min(a.box.height, b.box.height) && gx <= maxGap;
}

/**
 * A light bar on a vehicle: a red and a blue lens (lit or not) side by side in the roof band (just above the box's
 * top to an eighth of the way down), each small against the vehicle and not touching the band's top (sky). Tail lights
 * sit lower; an ambulance's blue beacons come without red beside them, and its lettering sits below the roof line.
 */
function lightBar(img: Raster, vb: Box, gain = 1): Box | undefined {
  const top = Math.max(0, vb.y - Math.round(vb.height * 0.15));
  const band: Box = { x: vb.x + Math.round(vb.width * 0.05), y: top, width: Math.round(vb.width * 0.9), height: Math.max(1, Math.round(vb.y + vb.height * 0.12) - top) };
  const sub = crop(img, band);
  const min = Math.max(6, vb.width * vb.height * 0.00006);
  const lens = (b: Blob) => b.box.width <= 0.3 * vb.width && b.box.height <= 0.12 * vb.height && b.box.y > 0;
  const reds = blobs(mask(sub, raised(isLensRed, gain)), sub.width, sub.height, min).filter(lens);
  const blues = blobs(mask(sub, raised(isLensBlue, gain)), sub.width, sub.height, min).filter(lens);
  for (const r of reds) {
    const b = blues.find((bb) => sideBySide(r, bb, 0.25 * vb.width, 0.3));
    if (b) return offset(unionOf(r.box, b.box), band);
  }
  return undefined;
}

/**
 * Battenburg livery: blocks of hi-vis yellow and blue alternating along the body (UK, European police), read row by
 * row: a row crosses the livery when it runs yellow, blue, yellow, blue (each run a block, not a speck; at most a
 * seam between them). Enough such rows make the livery. Taxis are yellow without blue; ambulances' blocks are green
 * and yellow; fire engines' red and yellow.
 */
function battenburg(img: Raster, vb: Box, gain = 1): Box | undefined {
  const colour = raised(liveryColour, gain);
  const minRun = Math.max(3, Math.round(vb.width * 0.025));
  const maxSeam = Math.max(2, Math.round(vb.width * 0.008));
  let rows = 0;
  let x0 = vb.x + vb.width;
  let x1 = vb.x;
  let y0 = -1;
  let y1 = -1;
  for (let y = vb.y; y < vb.y + vb.height; y++) {
    let switches = 0;
    let last = 0;
    let run = 0;
    let runColour = 0;
    let seam = 0;
    let first = -1;
    let end = -1;
    for (let x = vb.x; x <= vb.x + vb.width; x++) {
      let c = 0;
      if (x < vb.x + vb.width) {
        const p = (y * img.width + x) * 3;
        c = colour(img.data[p], img.data[p + 1], img.data[p + 2]);
      }
      if (c && c === runColour) {
        run++;
        seam = 0;
        continue;
      }
      // A run ends: count it when it is block-sized, and a switch when it follows the other colour across a seam.
      if (runColour && run >= minRun) {
        if (last && last !== runColour) switches++;
        else if (!last) first = x - run;
        last = runColour;
        end = x;
      }
      if (c) {
        runColour = c;
        run = 1;
        seam = 0;
      } else if (++seam > maxSeam) {
        runColour = 0;
        run = 0;
        if (seam > maxSeam * 4) last = 0;
      }
    }
    if (switches >= 3) {
      rows++;
      x0 = Math.min(x0, first);
      x1 = Math.max(x1, end);
      if (y0 < 0) y0 = y;
      y1 = y;
    }
  }
  if (rows < Math.max(3, vb.height * 0.06)) return undefined;
  return { x: x0, y: y0, width: Math.max(1, x1 - x0), height: y1 - y0 + 1 };
}

/**
 * Police markings seen on each vehicle the object detector found (boxes in `img`'s pixels): `light-bar` and
 * `livery:battenburg`, each with the vehicle's box in `detail`-free form (the detector pairs them by position).
 */
export function vehicleCues(img: Raster, objects: DetectedObject[]): VisionCue[] {
  const cues: VisionCue[] = [];
  const vehicles = objects.filter((o) => VEHICLES.has(o.label) && o.confidence >= MIN_VEHICLE_CONFIDENCE);
  if (!vehicles.length) return cues;
  // Lenses and livery blocks are judged as on the picture levelled to its own white point (whiteGain), as what is worn
  // is: an unlit blue lens a stop darker falls under the lens brightness, and the same car must read the same. The
  // gain is applied to each pixel as it is tested, not to a copy of the raster.
  const gain = whiteGain(img) ?? 1;
  for (const o of vehicles) {
    const vb = clip(o.box, img);
    if (vb.width < 24 || vb.height < 16) continue;
    const bar = lightBar(img, vb, gain);
    if (bar) cues.push({ kind: 'light-bar', box: bar, confidence: 0.5 });
    const livery = battenburg(img, vb, gain);
    if (livery) cues.push({ kind: 'livery:battenburg', box: livery, confidence: 0.7 });
  }
  return cues;
}

function unionOf(a: Box, b: Box): Box {
  const x0 = Math.min(a.x, b.x);
  const y0 = Math.min(a.y, b.y);
  return { x: x0, y: y0, width: Math.max(a.x + a.width, b.x + b.width) - x0, height: Math.max(a.y + a.height, b.y + b.height) - y0 };
}

function offset(b: Box, by: Box): Box {
  return { ...b, x: b.x + by.x, y: b.y + by.y };
}

function clip(b: Box, img: Raster): Box {
  const x = Math.max(0, Math.min(img.width - 1, b.x));
  const y = Math.max(0, Math.min(img.height - 1, b.y));
  return { x, y, width: Math.min(img.width - x, b.width), height: Math.min(img.height - y, b.height) };
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

/** Share of pixels whose brightest channel is below 70 (black cloth, helmets, balaclavas), in a box or the frame. */
function blackShare(img: Raster, box: Box = { x: 0, y: 0, width: img.width, height: img.height }, step = 1): number {
  let dark = 0;
  let all = 0;
  for (let y = Math.max(0, box.y); y < Math.min(img.height, box.y + box.height); y += step) {
    for (let x = Math.max(0, box.x); x < Math.min(img.width, box.x + box.width); x += step) {
      const p = (y * img.width + x) * 3;
      if (Math.max(img.data[p], img.data[p + 1], img.data[p + 2]) < 70) dark++;
      all++;
    }
  }
  return all ? dark / all : 0;
}

/** blackShare of the frame outside the given boxes (sampled every 4th pixel). */
function backgroundBlackShare(img: Raster, boxes: Box[]): number {
  let dark = 0;
  let all = 0;
  for (let y = 0; y < img.height; y += 4) {
    for (let x = 0; x < img.width; x += 4) {
      if (boxes.some((b) => x >= b.x && x < b.x + b.width && y >= b.y && y < b.y + b.height)) continue;
      const p = (y * img.width + x) * 3;
      if (Math.max(img.data[p], img.data[p + 1], img.data[p + 2]) < 70) dark++;
      all++;
    }
  }
  return all >= 64 ? dark / all : 0;
}

/**
 * Tactical kit on a person the detector found (boxes in `img`'s pixels): a black torso (vest, fatigues) under a dark
 * head with no face showing (helmet, balaclava), standing tall in the frame, in a picture that is not dark all over
 * (a silhouette at night or against the light is not kit). `faces` are the human faces found, in the same pixels;
 * `helmets` the heads a close-up read found helmeted (closeUpCues' `head:helmet`), for people too small to tell here.
 */
export function uniformCues(img: Raster, objects: DetectedObject[], faces: Box[], helmets: Box[] = []): VisionCue[] {
  // What is worn is judged on the picture levelled to its own white point (a white shirt front, a silver badge, black
  // cloth), not on its raw bytes: the same uniform photographed a stop darker reads the same.
  // Only where someone is there to be read (a person found, or a face a portrait's person is placed under).
  const gain = objects.some((o) => o.label === 'person') || faces.length ? whiteGain(img) : undefined;
  const lit = gain ? levelled(img, gain) : img;
  const torsos: VisionCue[] = [];
  for (const o of objects) {
    const body = o.label === 'person' ? bodyOf(o.pose) : undefined;
    if (body) torsos.push({ kind: 'torso', box: clip(body.torso, img), confidence: o.confidence, detail: `shoulders ${Math.round(body.shoulderWidth)} px` });
  }
  const portraits = portraitPeople(img, objects, faces);
  const placed: VisionCue[] = portraits.map((o) => ({ kind: 'person:portrait', box: o.box, confidence: o.confidence, detail: 'placed below a large face the object detector gave no body' }));
  const dressed = [...objects, ...portraits];
  return [...torsos, ...placed, ...kitCues(lit, objects, faces), ...uniformDetailCues(lit, dressed, faces, gain !== undefined), ...vestCues(lit, dressed), ...suitCues(img, objects), ...kitLineCues(lit, objects, helmets)];
}

/** A picture's white point (the 99th percentile of each pixel's brightest channel) is raised to this. */
const WHITE_TARGET = 235;
/** The most a picture is raised, and the least gain worth a copy of the raster (a picture exposed as cameras do). */
const WHITE_MAX_GAIN = 1.6;
const WHITE_MIN_GAIN = 1.1;

/** A copy of a raster with every byte times `gain` (clipped at 255), through one table. */
function levelled(img: Raster, gain: number): Raster {
  const lut = new Uint8Array(256);
  for (let v = 0; v < 256; v++) lut[v] = Math.min(255, Math.round(v * gain));
  const data = Buffer.allocUnsafe(img.data.length);
  for (let i = 0; i < data.length; i++) data[i] = lut[img.data[i]];
  return { data, width: img.width, height: img.height };
}

/**
 * The gain, one for all three channels (hues and saturations stay as they are: a light-blue shirt stays light blue),
 * that brings a picture's white point up to WHITE_TARGET: the 99th percentile of each pixel's brightest channel
 * (sampled over about 20,000 pixels), at most WHITE_MAX_GAIN; undefined when it is under WHITE_MIN_GAIN. A photo a stop
 * dark (every channel x0.7) is raised back; one exposed as cameras expose, or already raised (exposure.ts), is left alone.
 * e.g. 99th percentile 178 -> 1.32; 230 -> undefined
 */
export function whiteGain(img: Raster): number | undefined {
  const hist = new Uint32Array(256);
  const step = Math.max(1, Math.floor((img.width * img.height) / 20000)) * 3;
  let n = 0;
  for (let p = 0; p + 2 < img.data.length; p += step) {
    hist[Math.max(img.data[p], img.data[p + 1], img.data[p + 2])]++;
    n++;
  }
  if (n < 100) return undefined;
  let v = 255;
  for (let seen = 0; v > 0 && (seen += hist[v]) < n * 0.01; v--);
  const gain = round2(Math.min(WHITE_MAX_GAIN, WHITE_TARGET / Math.max(1, v)));
  return gain >= WHITE_MIN_GAIN ? gain : undefined;
}

/** Face width, as a share of the picture's shorter side, from which a face is a portrait's (head and shoulders). */
const PORTRAIT_FACE = 0.15;

/**
 * The people of a head-and-shoulders portrait the object detector gave no body (it often misses a person who fills
 * the frame, or boxes only a tie or a hand): below each large face (a sixth of the shorter side or wider) with room
 * for some chest beneath it (half a face height), not in the top of a person box already found, a person box from a face
 * height above the face to the bottom of the picture, four face widths across centred on it. Only what is worn is read
 * on it (a badge, patches, a cap, a hi-vis check), never kit: kit needs the face hidden.
 * e.g. a 500x600 portrait with a 200 px face at (150, 80) and no person found -> a person box {x 0, y 0, w 500, h 600}
 */
export function portraitPeople(img: Raster, objects: DetectedObject[], faces: Box[]): DetectedObject[] {
  const people = objects.filter((o) => o.label === 'person' && o.confidence >= 0.3);
  const out: DetectedObject[] = [];
  for (const f of faces) {
    if (f.width < PORTRAIT_FACE * Math.min(img.width, img.height) || f.y + 1.5 * f.height > img.height) continue;
    // A person found with this face in the top of their box (and tall enough to hold a chest) is already read.
    if (people.some((o) => o.box.height >= 1.5 * f.height && faceOf(o.box, [f]))) continue;
    const x0 = Math.max(0, Math.round(f.x + f.width / 2 - 2 * f.width));
    const x1 = Math.min(img.width, Math.round(f.x + f.width / 2 + 2 * f.width));
    const y0 = Math.max(0, Math.round(f.y - f.height));
    out.push({ label: 'person', confidence: 0.3, box: { x: x0, y: y0, width: x1 - x0, height: img.height - y0 } });
  }
  return out;
}

/** A person box this many times as wide as high is someone lying down (objectCues). */
const LYING_ASPECT = 1.6;

/** What a lying person may lie on that is no scene: a bed, a sofa, a bench or a chair the object detector found. */
const RESTING_PLACES = new Set(['bed', 'couch', 'bench', 'chair']);

/**
 * Bare ground: grey (asphalt, concrete, paving, a tiled or stone floor) or dark brown (earth, a wooden floor, leaf
 * litter). Grass is green; sand and dry grass are lighter; a towel, a blanket or a mat is coloured.
 * e.g. asphalt (92, 94, 98) and wet earth (92, 70, 50) -> true; grass (80, 130, 60), sand (214, 190, 150) -> false
 */
function isBareGround(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return (s < 0.2 && v >= 0.12 && v <= 0.85) || (h >= 10 && h <= 40 && s <= 0.7 && v >= 0.12 && v < 0.5);
}

/** Grass and leaves: green, with some colour. */
function isGrass(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return h >= 60 && h <= 170 && s >= 0.2 && v >= 0.15;
}

/**
 * A forest floor's colours: earth and dead leaves, brown (hue 10-45) with some colour, in shade or in sun, short of
 * the bright pale of sand. e.g. shaded leaves (92, 60, 35), sunlit leaves (190, 150, 110) -> true; grass, grey
 * asphalt -> false. Sand (214, 190, 150) is litter-coloured too: a floor also needs its shade (below).
 */
function isLitter(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return h >= 10 && h <= 45 && s >= 0.2 && v >= 0.12 && v <= 0.85;
}

/** Dark brown: earth and leaves in shade, down to deep shadow (saturated where it is dark). */
function isShadedEarth(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return h >= 10 && h <= 45 && s >= 0.2 && v >= 0.12 && v < 0.5;
}

/** A person box this many times as wide as high, from a detection the detector is unsure of: someone stretched out. */
const FAINT_LYING_ASPECT = 2.5;

/** Boats, trains and aircraft: someone lying on one is on board, not on the ground. */
const CARRIERS = new Set(['boat', 'train', 'airplane']);

/** Animals the object detector names: a wide "person" box on one of them is the animal lying down or grazing. */
const ANIMALS = new Set(['bird', 'cat', 'dog', 'horse', 'sheep', 'cow', 'elephant', 'bear', 'zebra', 'giraffe']);

/**
 * A closer look for someone lying down: where the first look found no one lying, a body on the ground (dark clothes on
 * dark leaves, a photo saved smaller or recompressed) is often boxed as something else lying there, wide and low: an
 * animal the detector is unsure of (a zebra, a cow), or a person box wider than tall but not wide enough to read as
 * lying (the upper body alone). The object model is run again on the region round such a box (twice its width, as
 * tall, clipped to the frame), where the figure fills more of the model's input. `first` is the box looked at again,
 * `person` what the closer look found there (see closerLookPerson).
 */
export interface CloserLook {
  first: DetectedObject;
  person: DetectedObject;
}

/** At most this many boxes are looked at again per picture (the widest). */
const CLOSER_LOOKS = 2;
/** A box this many times as wide as high, or more, is worth a closer look; an animal only when the detector is under this sure of it. */
const CLOSER_ASPECT = 1.2;
const CLOSER_ANIMAL_MAX = 0.5;
/** A box wider than this share of the frame is seen close enough already (a look twice its width would be the frame). */
const CLOSER_MAX_WIDTH = 0.5;

/**
 * The boxes worth a closer look for someone lying, and the region to read round each: only where no one lying was
 * found (no sure person LYING_ASPECT wide, no faint one FAINT_LYING_ASPECT wide); a person box, or an animal box the
 * detector is under CLOSER_ANIMAL_MAX sure of, CLOSER_ASPECT times as wide as high or more (not LYING_ASPECT: that
 * one was read already), 24 px wide or more and at most CLOSER_MAX_WIDTH of the frame's width (wider, the first look
 * saw it close enough), its middle in the lower three fifths of the frame (the ground). A picture with none costs
 * nothing.
 * e.g. a zebra at 0.25 boxed 520x87 low in a 1280x720 forest -> one look, region 1040x720 round it
 */
export function closerLooks(objects: DetectedObject[], faint: DetectedObject[], width: number, height: number): { first: DetectedObject; region: Box }[] {
  const all = [...objects, ...faint];
  const people = all.filter((o) => o.label === 'person');
  if (people.some((o) => o.box.width >= (objects.includes(o) ? LYING_ASPECT : FAINT_LYING_ASPECT) * o.box.height)) return [];
  return all
    .filter((o) => (o.label === 'person' || (ANIMALS.has(o.label) && o.confidence < CLOSER_ANIMAL_MAX)) && o.box.width >= CLOSER_ASPECT * o.box.height)
    .filter((o) => o.box.width >= 24 && o.box.width <= CLOSER_MAX_WIDTH * width && o.box.y + o.box.height / 2 >= 0.4 * height)
    .sort((a, b) => b.box.width - a.box.width)
    .slice(0, CLOSER_LOOKS)
    .map((o) => {
      const w = Math.min(width, Math.round(2 * o.box.width));
      const h = Math.min(height, Math.round(2 * o.box.width));
      const x = Math.max(0, Math.min(width - w, Math.round(o.box.x + o.box.width / 2 - w / 2)));
      const y = Math.max(0, Math.min(height - h, Math.round(o.box.y + o.box.height / 2 - h / 2)));
      return { first: o, region: { x, y, width: w, height: h } };
    });
}

/**
 * What a closer look found at a box: the surest person stretched out (FAINT_LYING_ASPECT wide or more) whose box lies
 * mostly (three fifths) inside the first box grown by a quarter each way, its box joined to the first; undefined when
 * it found none (a dog lying down is a dog again, someone sitting is as tall as before).
 * e.g. first zebra 520x87 at (412, 456), the look's person 0.26 at 285x93 inside it -> a person 0.26, 520x93
 */
export function closerLookPerson(first: DetectedObject, found: DetectedObject[]): CloserLook | undefined {
  const b = first.box;
  const grown: Box = { x: b.x - 0.25 * b.width, y: b.y - 0.25 * b.height, width: 1.5 * b.width, height: 1.5 * b.height };
  const person = found
    .filter((o) => o.label === 'person' && o.box.width >= FAINT_LYING_ASPECT * o.box.height && shareInside(o.box, grown) >= 0.6)
    .sort((x, y) => y.confidence - x.confidence)[0];
  // The closer look often boxes part of the figure (the legs, or the chest and head): the figure is the first box and
  // that person's together.
  return person && { first, person: { ...person, box: roundBox(unionOf(person.box, b)) } };
}

/**
 * What a person lying down lies on: `lying:ground` on bare ground, `lying:woods` on a forest floor. Read on the strip
 * under their box (two fifths of its height, a little wider) and the ground beside it at their height (a third of
 * their width each side, the lower half of their box), where these lie in the frame. Bare ground (isBareGround) must
 * cover half of it or more; a forest floor is earth and dead leaves (isLitter) over three fifths of it with a quarter
 * or more in shade (isShadedEarth: dappled light under trees; a beach is pale all over); either with under a sixth
 * grass. Someone on a lawn, a beach, a towel or a picnic blanket is resting; on a road, a pavement, a floor or in a wood
 * a person lying is as often a victim. Not on a bed, a sofa, a bench or a chair the detector found, nor a person box
 * inside a vehicle's or an animal's.
 *
 * `faint`: people the detector is unsure of (confidence FAINT_PERSON to its threshold). A body on a forest floor is
 * often only that (dark clothes on dark leaves, seen side-on): one counts when it is stretched out (FAINT_LYING_ASPECT
 * wide or more), its box's middle in the lower three fifths of the frame (the ground, not the sky or a treetop), and it
 * overlaps no sure person. Its cue says `unsure`. Read only where the detector found someone lying, even faintly: it
 * costs nothing on other pictures. `closer`: people a closer look found stretched out where the first look saw
 * something else (closerLooks): read as faint people, the first look's box no longer counted as surer; the cue says
 * `on a closer look`.
 */
export function lyingGroundCues(img: Raster, objects: DetectedObject[], faint: DetectedObject[] = [], closer: CloserLook[] = []): VisionCue[] {
  const people = objects.filter((o) => o.label === 'person');
  // What a closer look read as someone lying replaces what the first look took the same place for (a zebra).
  const looked = new Set(closer.map((c) => c.first));
  // A faint "person" mostly inside something the detector is surer of (a boat on the water at 0.28, the person at 0.16)
  // is that thing.
  const surer = (o: DetectedObject) => [...objects, ...faint].some((t) => t.label !== 'person' && !looked.has(t) && t.confidence > o.confidence && shareInside(o.box, t.box) >= 0.5);
  const faintLying = (o: DetectedObject) => o.box.width >= FAINT_LYING_ASPECT * o.box.height && o.box.y + o.box.height / 2 >= 0.4 * img.height && !people.some((p) => shareInside(o.box, p.box) >= 0.3) && !surer(o);
  const unsure = [...faint.filter((o) => o.label === 'person'), ...closer.map((c) => c.person)].filter(faintLying);
  const lying = [...people.filter((o) => o.box.width >= LYING_ASPECT * o.box.height), ...unsure];
  if (!lying.length) return [];
  const under = objects.filter((o) => (RESTING_PLACES.has(o.label) || VEHICLES.has(o.label) || CARRIERS.has(o.label) || ANIMALS.has(o.label)) && o.confidence >= 0.3);
  const cues: VisionCue[] = [];
  for (const o of lying) {
    const b = clip(o.box, img);
    // A box across the whole frame is a close-up of a body part or a shirt, not someone seen lying on the ground.
    if (b.width < 24 || b.height < 8 || b.width >= 0.95 * img.width || under.some((u) => shareInside(b, u.box) >= 0.3)) continue;
    const regions = [
      { x: b.x - 0.1 * b.width, y: b.y + b.height, width: 1.2 * b.width, height: 0.4 * b.height },
      { x: b.x - 0.33 * b.width, y: b.y + 0.5 * b.height, width: 0.33 * b.width, height: 0.5 * b.height },
      { x: b.x + b.width, y: b.y + 0.5 * b.height, width: 0.33 * b.width, height: 0.5 * b.height },
    ]
      .map((r) => clip(roundBox(r), img))
      .filter((r) => r.width >= 4 && r.height >= 4);
    const total = regions.reduce((n, r) => n + area(r), 0);
    if (total < 0.15 * area(b)) continue;
    const part = (pred: (r: number, g: number, b: number) => boolean) => regions.reduce((n, r) => n + shareOf(img, r, pred, 2) * area(r), 0) / total;
    const grass = part(isGrass);
    if (grass >= 0.17) continue;
    const confidence = round2(Math.min(0.6, o.confidence + 0.15));
    const who = unsure.includes(o) ? (closer.some((c) => c.person === o) ? ', unsure, on a closer look' : ', unsure') : '';
    const bare = part(isBareGround);
    if (bare >= 0.5) {
      cues.push({ kind: 'lying:ground', box: b, confidence, detail: `bare ground ${round2(bare)}, grass ${round2(grass)}${who}` });
      continue;
    }
    const litter = part(isLitter);
    const shade = litter >= 0.6 ? part(isShadedEarth) : 0;
    if (shade >= 0.25) cues.push({ kind: 'lying:woods', box: b, confidence, detail: `forest floor ${round2(litter)}, shade ${round2(shade)}, grass ${round2(grass)}${who}` });
  }
  return cues;
}

/**
 * The cues worn by one person seen close up (`img` an enlarged crop of someone small in the frame, `person`'s box and
 * keypoints in its pixels; `vehicles` and `faces` in them too): the torso, a cap's badge or chequered band, a duty
 * belt, a dark shirt with a chest badge or sleeve patches, and the hi-vis checks. What needs the whole picture (kit
 * against the scene's darkness, a line of people, a forensic suit standing out from the scene) is read there only.
 */
export function closeUpCues(raw: Raster, person: DetectedObject, vehicles: DetectedObject[], faces: Box[], gain?: number): VisionCue[] {
  // Levelled by the whole picture's white gain (whiteGain), as uniformCues reads it: a crop has no white point of its own.
  const img = gain ? levelled(raw, gain) : raw;
  const body = bodyOf(person.pose);
  const torso: VisionCue[] = body ? [{ kind: 'torso', box: clip(body.torso, img), confidence: person.confidence, detail: `shoulders ${Math.round(body.shoulderWidth)} px, close up` }] : [];
  // A helmet, for a line of people in kit read on the whole picture, where they are too small to tell one.
  const helmet: VisionCue[] = body && helmetOn(img, person.pose, body) ? [{ kind: 'head:helmet', box: clip(headOf(person.pose, body), img), confidence: 0.5, detail: 'close up' }] : [];
  return [...torso, ...helmet, ...uniformDetailCues(img, [person], faces, gain !== undefined), ...vestCues(img, [person, ...vehicles])];
}

/**
 * Protective-suit white: white or cream cloth (a coverall seen under daylight, flash or orange street light), not
 * saturated, not grey shadow. e.g. (235, 235, 240) daylight, (230, 210, 170) under sodium light.
 */
function isSuitWhite(r: number, g: number, b: number): boolean {
  const [, s, v] = hsv(r, g, b);
  return s < 0.32 && v >= 0.6;
}

/**
 * A forensic suit: a person the detector found, standing or crouching large enough to see (a fifth of the frame
 * tall), whose body is white coverall from the shoulders down (most of the box's middle) under a white hood (the top
 * of the box light too, no dark hair; for a posed person, also the hood round the head keypoints: hoodOf), in a
 * picture that is not white all over (snow, a white wall, an overexposed shot). A bride's or a chef's white is under
 * dark or uncovered hair; a white T-shirt does not reach the legs.
 */
export function suitCues(img: Raster, objects: DetectedObject[], minConfidence = 0.3): VisionCue[] {
  const cues: VisionCue[] = [];
  const people = objects.filter((o) => o.label === 'person' && o.confidence >= minConfidence);
  if (!people.length || isGreyscale(img)) return cues;
  const scene = shareOf(img, { x: 0, y: 0, width: img.width, height: img.height }, isSuitWhite, 4);
  for (const o of people) {
    const b = clip(o.box, img);
    if (b.height < 0.2 * img.height || b.width < 16) continue;
    const body: Box = { x: b.x + Math.round(b.width * 0.2), y: b.y + Math.round(b.height * 0.22), width: Math.round(b.width * 0.6), height: Math.round(b.height * 0.55) };
    const head: Box = { x: b.x + Math.round(b.width * 0.25), y: b.y, width: Math.round(b.width * 0.5), height: Math.round(b.height * 0.16) };
    const white = shareOf(img, body, isSuitWhite, 2);
    // The hood where the head is: the top of the box for someone standing; round the head keypoints for someone bent
    // forward or crouching (the head low at one side of the box, the top of the box background or the back).
    const posed = hoodOf(o.pose, o.box);
    const hooded = white >= 0.55 && white - scene >= 0.3 && ([['', head], ...(posed ? [[', at the head', clip(posed, img)]] : [])] as [string, Box][]).find(([, region]) => shareOf(img, region, isSuitWhite, 2) >= 0.35 && shareOf(img, region, isDarkCloth, 2) < 0.3);
    if (hooded) {
      const [where, region] = hooded;
      cues.push({ kind: 'suit:forensic', box: b, confidence: 0.5, detail: `body ${round2(white)}, hood ${round2(shareOf(img, region, isSuitWhite, 2))}${where}, scene ${round2(scene)}` });
      continue;
    }
    // No hood seen: white coverall on someone crouching, read another way.
    const crouching = crouchingSuit(img, b, white, scene);
    if (crouching) cues.push(crouching);
  }
  return cues;
}

/** A person box this wide for its height or wider is someone crouching, kneeling or bent forward (standing: 0.3-0.5). */
const CROUCH_ASPECT = 0.6;
/** The least suit-white share of the box's middle, and of its lower left or lower right quarter, on someone crouching. */
const CROUCH_WHITE = 0.3;
const CROUCH_LOW = 0.2;

/**
 * White coverall on someone crouching or kneeling (`suit:crouching`), read where suitCues sees no hood: a
 * crouching figure's box is half background and kit, and the hood lies low at one side, in the shade of the bent head
 * (translucent, the hair showing through) where pose gives too few keypoints. Read instead: a box wide for its height
 * (CROUCH_ASPECT), white over a third of its middle or more and well above the scene's own white, the coverall going
 * on into the box's lower left or right quarter (the suit's legs and side; a white shirt or jacket ends at the waist),
 * and no dark hair filling the top middle. A painter, a decorator or a cleanroom worker crouching reads the same, and
 * there is no hood to tell, so this cue is weaker than `suit:forensic`: case/crime-scene counts it only beside a scene
 * sign of its own (tape, a band like tape, a marker, a chalk outline), never beside police lettering or a second suit.
 * e.g. an examiner crouching over a case at night, the back lit white by a torch, the front orange under a street
 * lamp: box 589 x 796, middle 0.34, lower right 0.29, scene 0.08 -> a cue
 */
function crouchingSuit(img: Raster, b: Box, white: number, scene: number): VisionCue | undefined {
  if (b.width < CROUCH_ASPECT * b.height || white < CROUCH_WHITE || white - scene < 0.2) return undefined;
  const half = Math.round(b.width / 2);
  const low = { y: b.y + Math.round(b.height / 2), height: b.height - Math.round(b.height / 2) };
  const lower = Math.max(shareOf(img, { x: b.x, width: half, ...low }, isSuitWhite, 2), shareOf(img, { x: b.x + half, width: b.width - half, ...low }, isSuitWhite, 2));
  if (lower < CROUCH_LOW) return undefined;
  const top: Box = { x: b.x + Math.round(b.width * 0.25), y: b.y, width: Math.round(b.width * 0.5), height: Math.round(b.height * 0.16) };
  const hair = shareOf(img, top, isDarkCloth, 2);
  if (hair >= 0.35) return undefined;
  return { kind: 'suit:crouching', box: b, confidence: 0.35, detail: `crouching, body ${round2(white)}, lower ${round2(lower)}, top dark ${round2(hair)}, scene ${round2(scene)}` };
}

/** Head keypoints: the face's points and the ears. */
const HEAD_POINTS = ['nose', 'leftEye', 'rightEye', 'leftEar', 'rightEar'] as const;

/**
 * Where a posed person's hood is: a square round the head keypoints (two or more of the nose, eyes and ears), its side
 * twice their spread or a tenth of the person's box height if more, raised by a quarter of its side (a hood covers
 * the crown and the back of the head, above the eyes); undefined with fewer points. A crouching examiner bends forward:
 * the head is low at one side of the box, not at its top middle.
 * e.g. nose (150,150), an eye (165,138), an ear (195,130), box 400 tall -> {x 121, y 65, width 98, height 98}
 */
export function hoodOf(pose: Keypoints | undefined, box: Box): Box | undefined {
  const points = HEAD_POINTS.flatMap((k) => (pose?.[k] ? [pose[k]] : []));
  if (points.length < 2) return undefined;
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  let spread = 0;
  for (const p of points) for (const q of points) spread = Math.max(spread, Math.hypot(p.x - q.x, p.y - q.y));
  const side = Math.max(2 * spread, 0.1 * box.height);
  return roundBox({ x: cx - side / 2, y: cy - side / 2 - side / 4, width: side, height: side });
}

/** Shoulder width (working pixels) from which a posed person's badge and sleeve patches are looked for. */
const MIN_DETAIL_SHOULDERS = 60;

/**
 * Whether a posed person's keypoints put the shoulders under MIN_DETAIL_SHOULDERS apart on the working raster: too
 * small there for a badge or sleeve patches, so read close up from the full-size photo as well (core/image-engine.ts).
 */
export function tooSmallForDetail(pose: Keypoints | undefined): boolean {
  const body = bodyOf(pose);
  return body !== undefined && body.shoulderWidth < MIN_DETAIL_SHOULDERS;
}

/** Where a person's torso, chest and upper arms are, from the shoulder (and hip) keypoints; pixels of the raster. */
export interface Body {
  torso: Box;
  /** The top half of the torso: where a badge, a name plate or a vest's chest panel sits. */
  chest: Box;
  /** Around each shoulder joint, down the upper arm: where a shoulder patch sits. */
  arms: Box[];
  shoulderWidth: number;
  /** The x of the person's own left shoulder (on the right of the picture when they face the camera). */
  leftX: number;
}

/**
 * The body parts of a posed person: both shoulders are needed (a figure seen side-on or cut off gives none); without
 * hips, the torso is taken as 1.4 shoulder widths long.
 * e.g. shoulders at (100,100) and (200,100), hips at y 250 -> torso {x 90, y 90, width 120, height 160}
 */
export function bodyOf(pose: Keypoints | undefined): Body | undefined {
  const a = pose?.leftShoulder;
  const b = pose?.rightShoulder;
  if (!a || !b) return undefined;
  const sw = Math.hypot(a.x - b.x, a.y - b.y);
  if (sw < 12) return undefined;
  const top = Math.min(a.y, b.y) - 0.1 * sw;
  const hips = [pose.leftHip, pose.rightHip].filter((h) => h !== undefined);
  const hipY = hips.length ? hips.reduce((s, h) => s + h.y, 0) / hips.length : (a.y + b.y) / 2 + 1.4 * sw;
  // Hips above or level with the shoulders: a pose read upside down or a crop that is not a body.
  if (hipY - top < 0.6 * sw) return undefined;
  const x0 = Math.min(a.x, b.x) - 0.1 * sw;
  const x1 = Math.max(a.x, b.x) + 0.1 * sw;
  const torso = roundBox({ x: x0, y: top, width: x1 - x0, height: hipY - top });
  const chest = roundBox({ x: x0, y: top, width: x1 - x0, height: (hipY - top) * 0.55 });
  // The upper arm hangs outside the shoulder joint: from a little inside it outwards, down to about the elbow.
  const cx = (a.x + b.x) / 2;
  const arms = [a, b].map((s) => {
    const out = s.x >= cx ? 1 : -1;
    const inner = s.x - out * 0.12 * sw;
    const outer = s.x + out * 0.4 * sw;
    return roundBox({ x: Math.min(inner, outer), y: s.y - 0.05 * sw, width: 0.52 * sw, height: 0.8 * sw });
  });
  return { torso, chest, arms, shoulderWidth: sw, leftX: a.x };
}

function roundBox(b: Box): Box {
  return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
}

function centreIn(inner: Box, outer: Box, grow = 0): boolean {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  const gx = outer.width * grow;
  const gy = outer.height * grow;
  return cx >= outer.x - gx && cx <= outer.x + outer.width + gx && cy >= outer.y - gy && cy <= outer.y + outer.height + gy;
}

/** Fraction of `inner` inside `outer`. */
function shareInside(inner: Box, outer: Box): number {
  const w = Math.min(inner.x + inner.width, outer.x + outer.width) - Math.max(inner.x, outer.x);
  const h = Math.min(inner.y + inner.height, outer.y + outer.height) - Math.max(inner.y, outer.y);
  return w > 0 && h > 0 ? (w * h) / Math.max(1, inner.width * inner.height) : 0;
}

/**
 * A police hi-vis vest or jacket: the Battenburg check (hi-vis yellow and blue blocks alternating, read row by row as
 * on vehicles) on a detected person, or a band of blue and silver check round a hi-vis jacket (`vest:chequered`). A plain
 * hi-vis vest (road workers), a paramedic's green-and-yellow check and a reflective stripe do not alternate yellow or
 * silver with blue.
 */
function vestCues(img: Raster, objects: DetectedObject[]): VisionCue[] {
  const cues: VisionCue[] = [];
  const vehicles = objects.filter((o) => VEHICLES.has(o.label) && o.confidence >= MIN_VEHICLE_CONFIDENCE).map((o) => o.box);
  for (const o of objects) {
    if (o.label !== 'person' || o.confidence < 0.3) continue;
    const b = clip(o.box, img);
    if (b.width < 24 || b.height < 40) continue;
    const check = battenburg(img, b);
    if (!check) continue;
    // The check must be worn: on the torso the keypoints give, or (no pose) in the upper middle of the box and not on
    // a vehicle's body. A person standing in front of a Battenburg car has the car's blocks inside their box.
    const body = bodyOf(o.pose);
    const worn = body
      ? centreIn(check, body.torso, 0.1) && check.width <= 1.6 * body.torso.width
      : centreIn(check, { x: b.x + b.width * 0.15, y: b.y + b.height * 0.12, width: b.width * 0.7, height: b.height * 0.5 }) &&
        !vehicles.some((v) => shareInside(check, v) >= 0.5);
    if (worn) cues.push({ kind: 'vest:checker', box: check, confidence: 0.5, detail: body ? 'on the torso' : 'upper body' });
  }
  for (const o of objects) {
    if (o.label !== 'person' || o.confidence < 0.3) continue;
    const band = hiVisChequer(img, o, vehicles);
    if (band) cues.push({ kind: 'vest:chequered', box: band.box, confidence: 0.5, detail: `${band.cells} blue and silver cells across a hi-vis jacket` });
  }
  return cues;
}

function kitCues(img: Raster, objects: DetectedObject[], faces: Box[]): VisionCue[] {
  const cues: VisionCue[] = [];
  // How dark the scene around the people is (their kit would make a crowd's picture dark all over).
  const people = objects.filter((o) => o.label === 'person' && o.confidence >= 0.3).map((o) => o.box);
  const scene = backgroundBlackShare(img, people);
  if (scene > 0.45) return cues;
  const grey = isGreyscale(img);
  for (const o of objects) {
    if (o.label !== 'person' || o.confidence < 0.3) continue;
    const b = o.box;
    // Standing tall in the frame, or a little smaller with the keypoints placing the torso (the posed pass's fifth).
    const body = bodyOf(o.pose);
    if (b.height < (body ? 0.2 : 0.25) * img.height || b.width < 16) continue;
    const faceShowing = faces.some((f) => {
      const cx = f.x + f.width / 2;
      const cy = f.y + f.height / 2;
      return cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height * 0.4;
    });
    if (faceShowing) continue;
    const head: Box = { x: b.x + Math.round(b.width * 0.25), y: b.y, width: Math.round(b.width * 0.5), height: Math.round(b.height * 0.18) };
    // The torso: the keypoints' (its middle, away from the arms), else a band of the box.
    const torso: Box = body
      ? roundBox({ x: body.torso.x + body.torso.width * 0.2, y: body.torso.y + body.torso.height * 0.1, width: body.torso.width * 0.6, height: body.torso.height * 0.6 })
      : { x: b.x + Math.round(b.width * 0.2), y: b.y + Math.round(b.height * 0.2), width: Math.round(b.width * 0.6), height: Math.round(b.height * 0.35) };
    const torsoDark = blackShare(img, torso, 2);
    const headDark = blackShare(img, head, 2);
    if (torsoDark >= 0.7 && headDark >= 0.25 && torsoDark - scene >= 0.35) {
      cues.push({ kind: 'kit:tactical', box: b, confidence: 0.45, detail: `torso ${round2(torsoDark)}, head ${round2(headDark)}` });
      // Facing the camera (the keypoints find the nose and an eye) with no face found: the face is covered (a
      // balaclava, a visor). Seen from behind, a dark-haired head over a dark jacket looks like kit; this does not.
      const k = o.pose;
      const eye = k?.leftEye ?? k?.rightEye;
      if (k?.nose && eye && k.nose.score >= 0.4 && eye.score >= 0.4) {
        const r = Math.max(8, Math.abs(eye.x - k.nose.x) * 3, Math.abs(eye.y - k.nose.y) * 3);
        cues.push({ kind: 'face:covered', box: roundBox({ x: k.nose.x - r, y: k.nose.y - r, width: 2 * r, height: 2 * r }), confidence: round2(Math.min(k.nose.score, eye.score)) });
      }
      // With keypoints the patch is looked for on every dark shirt (uniformDetailCues). In a black-and-white picture (or
      // one nearly so) a light blob is anything (a cuff, a collar, a hand): only a coloured patch is read there.
      const patch = body ? undefined : shoulderPatches(img, b, undefined, DARK_SHIRT, grey)[0];
      if (patch) cues.push({ kind: 'patch:shoulder', box: patch, confidence: 0.4 });
    }
  }
  return cues;
}

/** People side by side in the same dark kit from which they are a line (riot police, a cordon), not friends in black. */
const LINE_PEOPLE = 3;

/** Reflective or hi-vis trim: a firefighter's coat bands, a cyclist's or a road crew's vest. */
function isTrim(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return (h >= 40 && h <= 80 && s >= 0.5 && v >= 0.55) || (s < 0.12 && v >= 0.85);
}

/**
 * Score an ear keypoint needs for its skin to be read, the ear's box (a square this share of a shoulder width), and how
 * much brighter than the dark dome (mean of the three channels) skin-coloured ears must be: brown hair has skin's
 * chroma too, only darker.
 */
const EAR_SCORE = 0.5;
const EAR_SIDE = 0.14;
const EAR_LIGHTER = 25;

/**
 * A helmet on a posed person: at brow height (just above the eyes the keypoints give), a dark dome wider than a head:
 * dark across the middle and out to 0.18-0.28 shoulder widths either side of the head's centre, where the temples have
 * already given way to the background, which must show beyond it (not dark all round: a night scene or a dark wall
 * says nothing). e.g. a black public-order or ballistic helmet, not short or tied-back dark hair. Not a head whose ears
 * the keypoints found showing skin (in a colour picture): dark hair seen from behind or turned away, as wide as a
 * helmet when the shoulders are seen turned (foreshortened); a helmet's shell, a visor's sides or a headset cover them.
 */
export function helmetOn(img: Raster, pose: Keypoints | undefined, body: Body): boolean {
  const sw = body.shoulderWidth;
  const { cx, eyeY } = headPoint(pose, body);
  const y = Math.round(eyeY - 0.3 * sw);
  const h = Math.round(0.25 * sw);
  const zone = (from: number, to: number): Box => roundBox({ x: cx + from * sw, y, width: (to - from) * sw, height: h });
  const dark = (b: Box) => shareOf(img, clip(b, img), isDarkCloth);
  if (y < 0 || cx - 0.65 * sw < 0 || cx + 0.65 * sw > img.width) return false;
  const ears = (['leftEar', 'rightEar'] as const).flatMap((k) => (pose?.[k] && pose[k].score >= EAR_SCORE ? [pose[k]] : []));
  if (ears.length) {
    const lum = (b: Box) => meanColour(img, b, () => true).reduce((a, c) => a + c, 0) / 3;
    const dome = lum(clip(zone(-0.15, 0.15), img));
    const earBox = (e: { x: number; y: number }) => clip(roundBox({ x: e.x - (EAR_SIDE / 2) * sw, y: e.y - (EAR_SIDE / 2) * sw, width: EAR_SIDE * sw, height: EAR_SIDE * sw }), img);
    const skin = (b: Box) => b.width >= 2 && b.height >= 2 && shareOf(img, b, (r, g, bl) => (r + g + bl) / 3 >= dome + EAR_LIGHTER && isSkinTone(r, g, bl)) >= 0.4;
    if (ears.some((e) => skin(earBox(e))) && !isGreyscale(img)) return false;
  }
  const middle = dark(zone(-0.15, 0.15));
  const sides = Math.min(dark(zone(-0.28, -0.18)), dark(zone(0.18, 0.28)));
  const beyond = Math.max(dark(zone(-0.65, -0.5)), dark(zone(0.5, 0.65)));
  return middle >= 0.75 && sides >= 0.6 && beyond < 0.5;
}

/**
 * A line of people in the same dark kit (`kit:line` on each member): three or more people the detector found standing
 * side by side (heights alike, boxes overlapping in height, touching or close across), each with a dark torso without
 * reflective or hi-vis trim, their torsos of one colour, and helmets on two of them or more. Two such people side by
 * side, both in helmets, are a pair (`kit:pair`), which needs a second sign where it is read (image/uniform). Mourners or waiters in
 * black stand bareheaded (a waiter's white shirt front breaks the dark torso); firefighters' coats carry trim bands.
 * Members are a seventh of the frame tall or more, or smaller with a helmet seen close up (`helmets`: a riot line
 * photographed from across the street).
 */
function kitLineCues(img: Raster, objects: DetectedObject[], helmets: Box[] = []): VisionCue[] {
  const members = objects.flatMap((o) => {
    if (o.label !== 'person' || o.confidence < 0.3) return [];
    const b = clip(o.box, img);
    const seen = helmets.some((h) => centreIn(h, { ...b, height: Math.round(0.35 * b.height) }));
    if ((b.height < 0.15 * img.height && !seen) || b.width < 16) return [];
    const body = bodyOf(o.pose);
    const torso = body
      ? roundBox({ x: body.torso.x + body.torso.width * 0.2, y: body.torso.y + body.torso.height * 0.1, width: body.torso.width * 0.6, height: body.torso.height * 0.6 })
      : { x: b.x + Math.round(b.width * 0.2), y: b.y + Math.round(b.height * 0.2), width: Math.round(b.width * 0.6), height: Math.round(b.height * 0.35) };
    const t = clip(torso, img);
    if (shareOf(img, t, isDarkCloth, 2) < 0.6 || shareOf(img, t, isTrim, 2) >= 0.06) return [];
    return [{ box: b, colour: meanColour(img, t, isDarkCloth), helmet: seen || (body ? helmetOn(img, o.pose, body) : false) }];
  });
  members.sort((a, b) => a.box.x + a.box.width / 2 - (b.box.x + b.box.width / 2));
  const beside = (a: (typeof members)[number], b: (typeof members)[number]) => {
    const oy = Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
    const gap = b.box.x - (a.box.x + a.box.width);
    const tall = Math.max(a.box.height, b.box.height) / Math.min(a.box.height, b.box.height);
    const same = Math.hypot(...a.colour.map((c, i) => c - b.colour[i])) <= 30;
    return oy >= 0.5 * Math.min(a.box.height, b.box.height) && tall <= 1.6 && gap <= 0.6 * Math.max(a.box.width, b.box.width) && same;
  };
  const cues: VisionCue[] = [];
  let line = members.slice(0, 1);
  const close = () => {
    const helmeted = line.filter((m) => m.helmet).length;
    if (line.length >= LINE_PEOPLE && helmeted >= 2) {
      for (const m of line) cues.push({ kind: 'kit:line', box: m.box, confidence: 0.5, detail: `${line.length} people side by side, ${helmeted} in helmets` });
    } else if (line.length === 2 && helmeted === 2) {
      // Two in helmets are a pair only: riot police, or two motorcyclists in leathers. image/uniform reads it with a
      // second sign (police wording or a marked vehicle in the picture).
      for (const m of line) cues.push({ kind: 'kit:pair', box: m.box, confidence: 0.4, detail: '2 people side by side, both in helmets' });
    }
  };
  for (const m of members.slice(1)) {
    if (beside(line[line.length - 1], m)) line.push(m);
    else {
      close();
      line = [m];
    }
  }
  close();
  return cues;
}

/** Mean colour of the pixels in a box that match `pred` (black when none do). */
function meanColour(img: Raster, box: Box, pred: (r: number, g: number, b: number) => boolean): number[] {
  const sum = [0, 0, 0];
  let n = 0;
  for (let y = box.y; y < box.y + box.height; y += 2) {
    for (let x = box.x; x < box.x + box.width; x += 2) {
      const p = (y * img.width + x) * 3;
      if (!pred(img.data[p], img.data[p + 1], img.data[p + 2])) continue;
      for (let i = 0; i < 3; i++) sum[i] += img.data[p + i];
      n++;
    }
  }
  return sum.map((v) => (n ? v / n : 0));
}

/** Badge metal: gold (brass, hue 30-58°) or polished silver (bright, nearly grey). */
export function isBadgeMetal(r: number, g: number, b: number): boolean {
  // hsv() spelt out without its array (called per pixel by the badge flood fills): the same test, value first.
  const max = Math.max(r, g, b);
  if (max < 0.45 * 255) return false;
  const s = (max - Math.min(r, g, b)) / max;
  if (s < 0.15 && max >= 0.8 * 255) return true;
  if (s < 0.25 || s > 0.9) return false;
  const h = hue(r, g, b);
  return h >= 30 && h <= 58;
}

/** Gold badge metal (brass, hue 30-58°): isBadgeMetal's gold, without its polished (grey) silver. */
function isBadgeGold(r: number, g: number, b: number): boolean {
  const max = Math.max(r, g, b);
  return isBadgeMetal(r, g, b) && max - Math.min(r, g, b) >= 0.15 * max;
}

/**
 * A white or pale shirt front, in daylight or under warm light (indoor bulbs, a warm filter: cream, not khaki; a
 * tungsten bulb: a bright pale yellow).
 * e.g. (240, 240, 238), cream (245, 235, 205), under a tungsten bulb (255, 242, 168) -> true; khaki (201, 178, 138),
 * skin (217, 165, 126), a gold badge (227, 189, 69) -> false
 */
function isShirtWhite(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return v >= 0.65 && (s < 0.2 || (s < 0.3 && h >= 15 && h <= 50) || (s < BULB_WHITE_SATURATION && h >= 42 && h <= 60 && v >= 0.85));
}

/**
 * How saturated a white shirt turns under a tungsten bulb (R x1.15, B x0.7: white goes to (255, 242, 168), 0.34), read as
 * white only when bright and yellow (hue 42-60): khaki is duller and browner, skin redder.
 */
const BULB_WHITE_SATURATION = 0.4;

/**
 * A light-blue shirt (the US patrol shirt, in daylight or shade): pale to mid sky blue, some colour but not a strong
 * one. e.g. (160, 190, 225) and in shade (95, 115, 150) -> true; navy (25, 35, 70), white (235, 238, 240) -> false
 */
export function isShirtBlue(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return h >= 195 && h <= 228 && s >= 0.15 && s <= 0.55 && v >= 0.5;
}

/** Share of a chest that must be light-blue cloth for a light-blue uniform shirt. */
const LIGHT_BLUE_CHEST = 0.45;

/** Badge metal on a light-blue shirt: gold, or silver whiter and brighter than the cloth's pale folds. */
function isBadgeMetalOnBlue(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return (h >= 30 && h <= 58 && s >= 0.25 && s <= 0.9 && v >= 0.45) || (s < 0.1 && v >= 0.85);
}

/**
 * A tan or khaki uniform shirt (sheriff's deputies, state troopers): a muted yellow-brown, in daylight or shade, more
 * yellow than skin. Warm light (a tungsten bulb, a warm filter) saturates it: saturation up to 0.6.
 * e.g. (200, 180, 140), in shade (120, 106, 80) and under a bulb (230, 180, 98) -> true; skin (225, 180, 150) and
 * under a bulb (255, 180, 105), hi-vis yellow (212, 240, 0), white (235, 235, 230), brown leather (90, 60, 40) -> false
 */
export function isShirtTan(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return h >= 33 && h <= 55 && s >= 0.18 && s <= TAN_MAX_SATURATION && v >= 0.42;
}

/** The most saturated tan cloth: a tan shirt under a warm bulb (R x1.15, B x0.7) reaches 0.57; hi-vis yellow is 1. */
const TAN_MAX_SATURATION = 0.6;

/** Share of a chest that must be tan cloth for a tan uniform shirt. */
const TAN_CHEST = 0.5;

/**
 * Badge metal on a tan shirt: gold and tan cloth share a hue, so gold counts only well more saturated and bright
 * than the cloth (polished brass), and silver only whiter than the cloth's pale folds.
 * e.g. gold (227, 189, 69), silver (225, 228, 232) -> true; the cloth (200, 180, 140), its pale fold (228, 214, 186) -> false
 */
function isBadgeMetalOnTan(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return (h >= 35 && h <= 58 && s >= 0.55 && s <= 0.92 && v >= 0.6) || (s < 0.1 && v >= 0.85);
}

/** A white shirt front on a tan shirt: whiter than the cloth (the cream `isShirtWhite` allows is the cloth itself). */
function isFrontWhiteOnTan(r: number, g: number, b: number): boolean {
  const [, s, v] = hsv(r, g, b);
  return s < 0.15 && v >= 0.7;
}

/**
 * Patch colours on a tan sleeve: a patch's dark ground (green, brown, navy, black) or a strong colour, not the cloth.
 * e.g. dark green (40, 70, 45), gold (215, 175, 50), red (200, 40, 40) -> true; the sleeve (200, 180, 140) -> false
 */
function isPatchOnTan(r: number, g: number, b: number): boolean {
  const [, s, v] = hsv(r, g, b);
  return !isShirtTan(r, g, b) && (v < 0.4 || (s >= 0.5 && v >= 0.35));
}

/** Dark cloth: navy, black, dark green or brown shirts and jackets (brightest channel under 90). */
function isDarkCloth(r: number, g: number, b: number): boolean {
  return Math.max(r, g, b) < 90;
}

/**
 * Mid-blue uniform cloth: navy lit brighter than isDarkCloth allows, royal blue (a police dress jacket, (38, 70, 111)),
 * strongly coloured (saturation 0.45 or more) and neither dark nor pale. e.g. (38, 70, 111), (40, 70, 160) -> true; navy
 * in shade (25, 35, 70: dark cloth), a light-blue patrol shirt (160, 190, 225), denim grey-blue (110, 125, 150) -> false
 */
export function isShirtMidBlue(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return h >= 205 && h <= 235 && s >= 0.45 && v >= 0.35 && v <= 0.8;
}

/**
 * Patch colours on a mid-blue sleeve: a patch's dark ground, white, or a strong colour that is not the cloth's blue.
 * e.g. black (20, 20, 24), gold (215, 175, 50), red (200, 40, 40), white (235, 235, 235) -> true; the sleeve (38, 70, 111) -> false
 */
function isPatchOnMidBlue(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return !isShirtMidBlue(r, g, b) && (v < 0.3 || (s < 0.15 && v >= 0.75) || (s >= 0.45 && v >= 0.35 && (h < 190 || h > 250)));
}

/** Share of a chest that must be mid-blue cloth for a mid-blue uniform shirt. */
const MID_BLUE_CHEST = 0.45;

/**
 * A kind of uniform shirt read on a person's chest (the cue `shirt:<kind>`), with the tests its details are read by.
 * A new kind is one entry of SHIRTS.
 */
interface ShirtKind {
  kind: 'dark' | 'light-blue' | 'tan' | 'blue';
  /** The kind as a cue's detail says it ("ring light blue 0.62"). */
  said: string;
  /** Share of the chest (every other pixel) that must be the cloth. */
  chest: number;
  /** Whether it is read in a black-and-white picture: dark cloth is; a pale colour there is any grey. */
  inGrey: boolean;
  /** The cloth: the shirt's share of the chest, the ring round a badge or a sleeve patch. */
  cloth: RgbTest;
  /** A white shirt front down the middle of the chest: a suit's (8 % of the front or more and no shirt is read). */
  front: RgbTest;
  /** The front's share as a cue's detail says it. */
  frontSaid: string;
  /**
   * Whether skin and the cloth blend to a grey `front` takes for white along their edge (a light cloth): the edge is
   * then no front. Skin and a dark cloth blend to a darker brown, and a dark tie or beard beside a suit's white front
   * is no skin's edge.
   */
  blends: boolean;
  /** A badge's metal on the cloth. */
  metal: RgbTest;
  /** A sleeve patch's colours on the cloth. */
  patch: RgbTest;
}

/**
 * The uniform shirts, in the order they are read: the first whose cloth covers its share of the chest is the shirt.
 * - dark: navy, black, dark green or brown (two fifths of the chest). A suit shows a white front between the lapels;
 *   a uniform shirt (and its tie) is dark down the middle.
 * - light-blue: the US patrol shirt, one cloth across (a pale blue front is no veto: officers wear a dark jacket over
 *   it). Silver is told from the cloth's pale folds by being whiter and brighter still.
 * - tan: a sheriff's tan or khaki. Gold is told from the cloth by being brighter and more saturated, and the front
 *   must be whiter than the cream `isShirtWhite` allows (that cream is the cloth itself).
 * - blue: mid blue (a police dress jacket, navy lit brighter than dark cloth, royal blue). Its badge is gold only: white
 *   or silver on blue is as often a jersey's embroidered crest.
 */
const SHIRTS: readonly ShirtKind[] = [
  { kind: 'dark', said: 'dark', chest: 0.4, inGrey: true, cloth: isDarkCloth, front: isShirtWhite, frontSaid: 'light front', blends: false, metal: isBadgeMetal, patch: isPatchColour },
  { kind: 'light-blue', said: 'light blue', chest: LIGHT_BLUE_CHEST, inGrey: false, cloth: isShirtBlue, front: isShirtWhite, frontSaid: 'white front', blends: true, metal: isBadgeMetalOnBlue, patch: isPatchOnBlue },
  { kind: 'tan', said: 'tan', chest: TAN_CHEST, inGrey: false, cloth: isShirtTan, front: isFrontWhiteOnTan, frontSaid: 'white front', blends: false, metal: isBadgeMetalOnTan, patch: isPatchOnTan },
  { kind: 'blue', said: 'mid blue', chest: MID_BLUE_CHEST, inGrey: false, cloth: isShirtMidBlue, front: isShirtWhite, frontSaid: 'white front', blends: false, metal: isBadgeGold, patch: isPatchOnMidBlue },
];

/** The dark shirt, whose cloth is also a tactical vest's (its patches are read as on a dark shirt). */
const DARK_SHIRT = SHIRTS[0];

/** The uniform shirt on a chest and its cloth's share of the chest: the first of SHIRTS whose cloth covers enough. */
function shirtOf(img: Raster, chest: Box, grey: boolean): { shirt: ShirtKind; share: number } | undefined {
  for (const shirt of SHIRTS) {
    if (grey && !shirt.inGrey) continue;
    const share = shareOf(img, chest, shirt.cloth, 2);
    if (share >= shirt.chest) return { shirt, share };
  }
  return undefined;
}

function shareOf(img: Raster, box: Box, pred: (r: number, g: number, b: number) => boolean, step = 1): number {
  let n = 0;
  let all = 0;
  for (let y = Math.max(0, box.y); y < Math.min(img.height, box.y + box.height); y += step) {
    for (let x = Math.max(0, box.x); x < Math.min(img.width, box.x + box.width); x += step) {
      const p = (y * img.width + x) * 3;
      if (pred(img.data[p], img.data[p + 1], img.data[p + 2])) n++;
      all++;
    }
  }
  return all ? n / all : 0;
}

/**
 * Share of a shirt's front box that is a white shirt front (`shirt.front`), counting only what lies between the shirt's
 * cloth in its row (a shirt front shows between a jacket's lapels, with a tie or an open neck inside it) and is not
 * where skin meets the cloth:
 * - a wall or the sky beside the neck, over the shoulders, has no cloth on both sides of it in its row;
 * - at the collar and an open neck, skin and a light cloth (`blends`: light blue) blend to grey along the edge
 *   (antialiasing, JPEG's halved colour), and grey is white to `front`: a front pixel with skin (not itself front)
 *   within a few pixels on one side and the cloth on the other is that edge. A real front is wider than the edge on a
 *   face of 40 px and more.
 * `across` is the chest (the span whose cloth bounds a row), `scale` a face's width (the edge is wider on a bigger one).
 * e.g. a light-blue patrol shirt's closed collar before a pale wall: 0.17 by every front pixel (the wall beside the neck, the
 * collar's grey edge), 0 here; a dark suit's white shirt and tie between the lapels: 0.15 by every pixel, 0.13 here
 */
function frontShare(img: Raster, front: Box, across: Box, shirt: ShirtKind, scale: number): number {
  const reach = Math.max(FRONT_EDGE_PX, Math.round(FRONT_EDGE * scale));
  const at = (x: number, y: number, test: RgbTest) => {
    if (x < 0 || y < 0 || x >= img.width || y >= img.height) return false;
    const p = (y * img.width + x) * 3;
    return test(img.data[p], img.data[p + 1], img.data[p + 2]);
  };
  const skin: RgbTest = (r, g, b) => isSkinTone(r, g, b) && !shirt.front(r, g, b);
  const within = (x: number, y: number, dx: number, dy: number, test: RgbTest) => {
    for (let k = 1; k <= reach; k++) if (at(x + k * dx, y + k * dy, test)) return true;
    return false;
  };
  // Skin within reach on one side of (x, y) and the cloth on the other, across or down or along a diagonal.
  const edge = (x: number, y: number) =>
    FRONT_DIRECTIONS.some(([dx, dy]) => (within(x, y, -dx, -dy, skin) && within(x, y, dx, dy, shirt.cloth)) || (within(x, y, dx, dy, skin) && within(x, y, -dx, -dy, shirt.cloth)));
  const x0 = Math.max(0, across.x);
  const x1 = Math.min(img.width, across.x + across.width);
  let n = 0;
  let all = 0;
  for (let y = Math.max(0, front.y); y < Math.min(img.height, front.y + front.height); y++) {
    // The row's cloth across the chest: its first and last pixel.
    let first = -1;
    let last = -1;
    for (let x = x0; x < x1; x++) {
      if (!at(x, y, shirt.cloth)) continue;
      if (first < 0) first = x;
      last = x;
    }
    for (let x = Math.max(0, front.x); x < Math.min(img.width, front.x + front.width); x++) {
      all++;
      if (x > first && x < last && first >= 0 && at(x, y, shirt.front) && !(shirt.blends && edge(x, y))) n++;
    }
  }
  return all ? n / all : 0;
}

/** How far from a white pixel skin and the cloth are looked for (the blended edge's width): a share of a face's width, and at least a few pixels. */
const FRONT_EDGE = 0.04;
const FRONT_EDGE_PX = 3;

/** The directions an edge between skin and the cloth is looked across: across, down and both diagonals. */
const FRONT_DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0],
  [0, 1],
  [1, 1],
  [1, -1],
];

/**
 * The chest of a person: below the face when one shows in the top of the box (about three face widths wide and two
 * high), else the upper middle of the box (a torso seen without its head fills the box).
 */
function faceOf(b: Box, faces: Box[]): Box | undefined {
  return faces.find((f) => {
    const cx = f.x + f.width / 2;
    const cy = f.y + f.height / 2;
    return cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height * 0.45;
  });
}

function chestOf(b: Box, f: Box | undefined): Box {
  if (f) {
    const x0 = Math.max(b.x, Math.round(f.x + f.width / 2 - 1.7 * f.width));
    const x1 = Math.min(b.x + b.width, Math.round(f.x + f.width / 2 + 1.7 * f.width));
    const y0 = Math.round(f.y + f.height * 1.2);
    const y1 = Math.min(b.y + b.height, Math.round(f.y + f.height * 3.2));
    return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
  }
  return { x: b.x + Math.round(b.width * 0.12), y: b.y + Math.round(b.height * 0.18), width: Math.round(b.width * 0.76), height: Math.round(b.height * 0.42) };
}

/**
 * Uniform details on each detected person (boxes in `img`'s pixels): `shirt:dark` when the chest is dark cloth,
 * `shirt:light-blue` when it is the light-blue cloth of a US patrol shirt (its badge and patches then ringed by that
 * cloth, a silver badge whiter than its pale folds, a patch dark or of a strong colour), or `shirt:tan` when it is a
 * sheriff's tan or khaki (a gold badge brighter and more saturated than the cloth), and `badge:chest` for a metal
 * badge pinned on it: a compact gold or silver blob a few percent of the chest wide, with
 * gaps or engraving inside (a star, a shield), sitting on dark cloth all round. A button, a pen clip or a watch is
 * too small; a white shirt collar or a logo print is not metal on dark.
 */
function uniformDetailCues(img: Raster, objects: DetectedObject[], faces: Box[], raised = false): VisionCue[] {
  const cues: VisionCue[] = [];
  // In black and white, gold and silver are any light patch (a caption, a white cuff): no badge is read there.
  const grey = isGreyscale(img);
  // Under a warm or cool cast (a bulb, a filter) a white shirt in shade turns a cream too deep for `front`: a suit's
  // front is also read with the cast taken out (only ever a veto more), made once for the picture when first needed.
  let neutral: Raster | null | undefined;
  const castOut = () => {
    if (neutral === undefined) {
      const gains = colourCast(img);
      neutral = gains ? balanced(img, gains) : null;
    }
    return neutral ?? undefined;
  };
  // A picture raised to its white point (`raised`: whiteGain levelled it, a photo taken a stop dark) has its white at
  // WHITE_TARGET, not at 255 as one exposed brighter has: a white shirt's shade then falls under `front`'s value. Its
  // front is also read 255 / WHITE_TARGET brighter, its white at 255 (only ever a veto more), made once for the
  // picture when first needed.
  let full: Raster | undefined;
  const toFull = () => (full ??= levelled(img, 255 / WHITE_TARGET));
  for (const o of objects) {
    if (o.label !== 'person' || o.confidence < 0.3) continue;
    const posed = bodyOf(o.pose);
    // Details (a badge, a patch) are read only on a body large enough to show them; a smaller one reads as no body.
    const body = posed && posed.shoulderWidth >= MIN_DETAIL_SHOULDERS ? posed : undefined;
    // The person's face: in the top of the box, or (boxes of people are often cut narrow) the one holding the nose.
    const nose = o.pose?.nose;
    const face = faceOf(o.box, faces) ?? (nose ? faces.find((f) => nose.x >= f.x && nose.x <= f.x + f.width && nose.y >= f.y && nose.y <= f.y + f.height) : undefined);
    // A peaked cap's badge above the face: read whatever the shirt (a summer uniform is light). The peak shades the
    // eyes, so the face detector often misses a face under a cap: someone the keypoints show facing the camera has
    // their head placed by them.
    const facing = o.pose?.nose && (o.pose.leftEye ?? o.pose.rightEye) ? true : false;
    const capFace = face ?? (posed && facing ? faceFrom(o.pose, posed) : undefined);
    const cap = capFace && !grey ? capBadge(img, capFace) : undefined;
    if (cap) cues.push({ kind: 'cap:badge', box: cap, confidence: 0.45, detail: `metal badge on a cap above the face${face ? '' : ', head from keypoints'}` });
    // A chequered cap band goes round the head: read above the face, or where the keypoints put the head of someone
    // seen from behind or with the face turned away.
    const head = face ?? (posed ? headOf(o.pose, posed) : undefined);
    const band = head ? chequeredBand(img, head) : undefined;
    if (band) cues.push({ kind: 'cap:chequered', box: band.box, confidence: 0.5, detail: `${band.rows} rows of ${band.cells} cells${face ? '' : ', head from keypoints'}` });
    if (posed && !body && !faceOf(o.box, faces)) continue;
    // Shoulder numbers on the epaulettes, whatever the shirt (a British officer's white shirt or black tee); not in black
    // and white, where silver is any light print.
    for (const slide of grey ? [] : shoulderSlides(img, face, body, posed ? o.pose : undefined)) {
      cues.push({ kind: 'slide:shoulder', box: slide.box, confidence: 0.4, detail: `${slide.glyphs} light glyphs in a row on dark ground on a shoulder` });
    }
    // A duty belt is read whatever the shirt (a summer uniform is light).
    const belt = body ? dutyBelt(img, o.pose, body) : undefined;
    if (belt) cues.push({ kind: 'belt:duty', box: belt.box, confidence: 0.45, detail: `${belt.fittings} metal fittings along a dark belt` });
    // Without a face or keypoints, only a torso large in the frame (a chest shot) is read: small far-off figures are all noise.
    if (!face && !body && o.box.height < 0.5 * img.height) continue;
    const chest = clip(face || !body ? chestOf(o.box, face) : body.chest, img);
    if (chest.width < (face || body ? 40 : 80) || chest.height < 30) continue;
    // The shirt: dark cloth, else (never in black and white) a light-blue patrol shirt, else a tan one (SHIRTS).
    const worn = shirtOf(img, chest, grey);
    if (!worn) continue;
    const { shirt, share } = worn;
    // A suit shows a white shirt front between the lapels, down the middle of the chest.
    const front: Box = face
      ? { x: Math.round(face.x + face.width * 0.2), y: Math.round(face.y + face.height * 0.85), width: Math.round(face.width * 0.6), height: Math.round(face.height * 0.7) }
      : body
        ? roundBox({ x: body.torso.x + body.torso.width / 2 - 0.2 * body.shoulderWidth, y: body.torso.y, width: 0.4 * body.shoulderWidth, height: 0.6 * body.shoulderWidth })
        : { x: chest.x + Math.round(chest.width * 0.38), y: chest.y, width: Math.round(chest.width * 0.24), height: Math.round(chest.height * 0.6) };
    const scale = face ? face.width : chest.width / 3;
    const light = frontShare(img, front, chest, shirt, scale);
    if (light >= 0.08) continue;
    const cast = castOut();
    if (cast && frontShare(cast, front, chest, shirt, scale) >= 0.08) continue;
    if (raised && frontShare(toFull(), front, chest, shirt, scale) >= 0.08) continue;
    cues.push({ kind: `shirt:${shirt.kind}`, box: chest, confidence: 0.3, detail: `${shirt.said} ${round2(share)}, ${shirt.frontSaid} ${round2(light)}` });
    // On the shirt, a patch on the upper arm the keypoints place (a sleeve patch; without keypoints only on kit); in black
    // and white only a coloured one (a light blob is anything there).
    const patches = body ? shoulderPatches(img, o.box, body, shirt, grey) : [];
    // Badge size: a quarter to half a face wide; without a face, 5-28 % of the chest's width.
    // With keypoints, 12-35 % of the shoulder width (a badge is 6-9 cm; a lapel pin or a button is smaller).
    const [lo, hi] = body
      ? [Math.max(face ? 0.15 * face.width : 0, 0.12 * body.shoulderWidth), 0.35 * body.shoulderWidth]
      : face
        ? [0.15 * face.width, 0.6 * face.width]
        : [0.05 * chest.width, 0.28 * chest.width];
    const sub = crop(img, chest);
    const labelled: { labels?: Int32Array } = {};
    // Polished metal first; on a dark shirt, where none is read, matte or shaded silver (a nickel badge, chrome out of
    // the light) shaped as a badge (DULL_BADGE_FILL): a grey print or a phone is no shield or star.
    const metals = shirt.kind === 'dark' ? [shirt.metal, isDullSilver] : [shirt.metal];
    for (const metal of metals) {
      const dull = metal === isDullSilver;
      if (dull && cues.some((c) => c.kind === 'badge:chest' && c.box && centreIn(c.box, chest))) break;
      for (const bl of blobs(mask(sub, metal), sub.width, sub.height, Math.max(8, sub.width * sub.height * 0.001), labelled)) {
        const side = Math.max(bl.box.width, bl.box.height);
        const aspect = bl.box.width / bl.box.height;
        const fill = bl.area / (bl.box.width * bl.box.height);
        if (grey || side < lo || side > hi || aspect < 0.6 || aspect > 1.7 || fill < 0.4 || fill > 0.85) continue;
        const box = offset(bl.box, chest);
        // Pinned on one side of the chest the keypoints give: not on a sleeve, a bag or someone in front, and not down
        // the middle, where buttons, a zip, a tie clip or a necklace sit.
        if (body && (!centreIn(box, body.chest, 0.1) || Math.abs(box.x + box.width / 2 - (body.torso.x + body.torso.width / 2)) < 0.1 * body.shoulderWidth)) continue;
        // A police badge is worn over the heart, on the wearer's left: a shiny blob on the right side of the chest is a
        // pen, a name bar, a logo or a buckle as often as a badge.
        if (body && !onWearersLeft(box, body)) continue;
        const ring = ringShare(img, box, 0.4, shirt.cloth);
        if (ring < 0.45) continue;
        // Its shape (image/police-markings reads a number on a shield or a star as a badge number, not on a round pin or a tag).
        const rows = rowSpans(labelled.labels!, sub.width, bl).spans;
        const rowFill = round2(rows.reduce((a, b) => a + b, 0) / (bl.box.width * bl.box.height));
        if (dull && rowFill > DULL_BADGE_FILL) continue;
        cues.push({ kind: 'badge:chest', box, confidence: 0.45, detail: `${dull ? 'dull silver, ' : ''}fill ${round2(fill)}, row fill ${rowFill}, ring ${shirt.said} ${round2(ring)}`, rowFill });
      }
    }
    // One blob is one cue: a badge near the armpit is not also a sleeve patch. Patches on both sleeves (a uniform's
    // pair) are surer than one (a logo on a sleeve).
    const own = patches.filter((p) => !cues.some((c) => c.kind === 'badge:chest' && c.box && shareInside(p, c.box) > 0.3));
    for (const p of own) cues.push({ kind: 'patch:shoulder', box: p, confidence: own.length >= 2 ? 0.5 : 0.4, detail: own.length >= 2 ? 'on both upper arms' : 'on the upper arm' });
  }
  return cues;
}

/**
 * Matte or shaded silver: grey (channels within DULL_GREY of one another) and not dark (brightest channel DULL_LIGHT or
 * more), below polished silver's brightness as well. e.g. a nickel shield in room light (184, 180, 169), the same a stop
 * darker (129, 126, 118) -> true; a black shirt (45, 45, 47), a gold badge (227, 189, 69), skin (217, 165, 126) -> false
 */
const DULL_GREY = 24;
const DULL_LIGHT = 110;
export function isDullSilver(r: number, g: number, b: number): boolean {
  const hi = Math.max(r, g, b);
  return hi >= DULL_LIGHT && hi - Math.min(r, g, b) <= DULL_GREY;
}

/**
 * Row-by-row fill of its box a chest badge of dull silver stays under: a shield (0.69) or a star leaves its corners
 * empty; a phone, a card or a square print fills them.
 */
const DULL_BADGE_FILL = 0.72;

/** A shoulder number's glyph: every channel this bright or more (silver, chrome or white print) ... */
const SLIDE_LIGHT = 150;
/** ... with its channels at most this far apart (no gold, no coloured print). */
const SLIDE_GREY = 50;
/** The slide round the glyphs: its pixels that are not glyphs are this dark at most (brightest channel) ... */
const SLIDE_DARK = 90;
/** ... this share of them at least (a black epaulette, a black or navy tee's shoulder). */
const SLIDE_GROUND = 0.6;
/**
 * A glyph's height as a share of the face's width (chest shots) or of the keypoint shoulder width: a shoulder number's
 * digit is 1.5-2.5 cm, a tenth to a sixth of a 15 cm face and 4-7 % of 35 cm of shoulders, and less seen from the front
 * (the epaulette lies on top of the shoulder, its print foreshortened); a jersey's sleeve or shoulder number is a third
 * of a face or more.
 */
const SLIDE_GLYPH_FACE: [number, number] = [0.04, 0.2];
const SLIDE_GLYPH_SHOULDERS: [number, number] = [0.015, 0.08];

/**
 * Shoulder numbers (a British officer's collar number, on both epaulettes): two to eight light glyphs (silver or white)
 * side by side in a row on dark ground, on top of a shoulder: round each shoulder keypoint, or (a chest shot with a
 * face and no keypoints) beside and below the face. A glyph is small (SLIDE_GLYPH_*), far taller than wide at most
 * square, and not a solid block (a white tag or label is one filled blob). image/police-markings reads a number OCR finds
 * inside one as a badge number; a rank slide's pips or a crown give a slide but no number.
 */
function shoulderSlides(img: Raster, face: Box | undefined, body: Body | undefined, pose: Keypoints | undefined): { box: Box; glyphs: number }[] {
  const regions: { box: Box; lo: number; hi: number }[] = [];
  if (body && pose?.leftShoulder && pose.rightShoulder) {
    const sw = body.shoulderWidth;
    for (const s of [pose.leftShoulder, pose.rightShoulder]) {
      regions.push({ box: { x: s.x - 0.3 * sw, y: s.y - 0.25 * sw, width: 0.6 * sw, height: 0.45 * sw }, lo: SLIDE_GLYPH_SHOULDERS[0] * sw, hi: SLIDE_GLYPH_SHOULDERS[1] * sw });
    }
  } else if (face) {
    const cx = face.x + face.width / 2;
    const fw = face.width;
    for (const side of [-1, 1]) {
      const a = cx + side * 0.3 * fw;
      const b = cx + side * 1.7 * fw;
      regions.push({ box: { x: Math.min(a, b), y: face.y + 0.85 * face.height, width: 1.4 * fw, height: 1.05 * face.height }, lo: SLIDE_GLYPH_FACE[0] * fw, hi: SLIDE_GLYPH_FACE[1] * fw });
    }
  }
  const out: { box: Box; glyphs: number }[] = [];
  for (const r of regions) {
    const x0 = Math.max(0, Math.round(r.box.x));
    const y0 = Math.max(0, Math.round(r.box.y));
    const x1 = Math.min(img.width, Math.round(r.box.x + r.box.width));
    const y1 = Math.min(img.height, Math.round(r.box.y + r.box.height));
    const lo = Math.max(6, r.lo);
    if (x1 - x0 < 2 * lo || y1 - y0 < 2 * lo) continue;
    const region: Box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    const sub = crop(img, region);
    const light = mask(sub, (rr, g, b) => Math.min(rr, g, b) >= SLIDE_LIGHT && Math.max(rr, g, b) - Math.min(rr, g, b) <= SLIDE_GREY);
    const glyphs = blobs(light, sub.width, sub.height, Math.max(4, Math.round(0.1 * lo * lo)))
      .filter((bl) => {
        const { width: w, height: h } = bl.box;
        return h >= lo && h <= r.hi && w <= 1.1 * h && w >= 0.12 * h && bl.area / (w * h) <= 0.85;
      })
      .sort((a, b) => a.box.x - b.box.x);
    // Glyphs in a row: neighbours about as tall, their middles level, the gap between them under a glyph's height.
    const used = new Set<Blob>();
    for (const first of glyphs) {
      if (used.has(first)) continue;
      const row = [first];
      for (const g of glyphs) {
        const last = row[row.length - 1];
        if (g === last || used.has(g) || g.box.x <= last.box.x) continue;
        const h = (g.box.height + last.box.height) / 2;
        const gap = g.box.x - (last.box.x + last.box.width);
        const level = Math.abs(g.box.y + g.box.height / 2 - (last.box.y + last.box.height / 2));
        const ratio = Math.max(g.box.height, last.box.height) / Math.min(g.box.height, last.box.height);
        if (gap >= -0.1 * h && gap <= h && level <= 0.4 * h && ratio <= 1.4) row.push(g);
      }
      if (row.length < 2 || row.length > 8) continue;
      for (const g of row) used.add(g);
      const h = row.reduce((s, g) => s + g.box.height, 0) / row.length;
      const pad = Math.round(0.35 * h);
      const gx0 = Math.max(0, Math.min(...row.map((g) => g.box.x)) - pad);
      const gy0 = Math.max(0, Math.min(...row.map((g) => g.box.y)) - pad);
      const gx1 = Math.min(sub.width, Math.max(...row.map((g) => g.box.x + g.box.width)) + pad);
      const gy1 = Math.min(sub.height, Math.max(...row.map((g) => g.box.y + g.box.height)) + pad);
      let dark = 0;
      let ground = 0;
      for (let y = gy0; y < gy1; y++) {
        for (let x = gx0; x < gx1; x++) {
          if (light[y * sub.width + x]) continue;
          const p = (y * sub.width + x) * 3;
          ground++;
          if (Math.max(sub.data[p], sub.data[p + 1], sub.data[p + 2]) <= SLIDE_DARK) dark++;
        }
      }
      if (!ground || dark / ground < SLIDE_GROUND) continue;
      out.push({ box: { x: region.x + gx0, y: region.y + gy0, width: gx1 - gx0, height: gy1 - gy0 }, glyphs: row.length });
    }
  }
  return out;
}

/**
 * A duty belt at the hips the keypoints give: metal fittings (buckle, keepers, cuff case and holster snaps: small gold
 * or silver blobs, polished or matte, each ringed by dark belt) in a row across the waist, three to eight of them at about one height and
 * at least 0.4 shoulder widths apart end to end, on a dark band (the row is black across the front), none of them a
 * watch or a ring (away from the wrists). A trouser belt has one buckle; buttons and a zip run up and down, not along;
 * a studded fashion belt has a long even row of studs.
 */
function dutyBelt(img: Raster, pose: Keypoints | undefined, body: Body): { box: Box; fittings: number } | undefined {
  const l = pose?.leftHip;
  const r = pose?.rightHip;
  if (!l || !r) return undefined;
  const sw = body.shoulderWidth;
  const hipY = (l.y + r.y) / 2;
  const midX = (l.x + r.x) / 2;
  const zone = clip(roundBox({ x: midX - 0.6 * sw, y: hipY - 0.45 * sw, width: 1.2 * sw, height: 0.55 * sw }), img);
  if (zone.width < 30 || zone.height < 12) return undefined;
  const wrists = [pose?.leftWrist, pose?.rightWrist].filter((w) => w !== undefined);
  const sub = crop(img, zone);
  // Polished or matte metal: a belt's snaps and keepers are often nickel or chrome in the shade of the arms.
  const fits = blobs(mask(sub, (r, g, b) => isBadgeMetal(r, g, b) || isDullSilver(r, g, b)), sub.width, sub.height, 4)
    .map((bl) => offset(bl.box, zone))
    .filter((b) => {
      const side = Math.max(b.width, b.height);
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      return side >= 0.02 * sw && side <= 0.15 * sw && !wrists.some((w) => Math.hypot(w.x - cx, w.y - cy) < 0.2 * sw) && ringShare(img, b, 0.5, isDarkCloth) >= 0.5;
    });
  // The largest set at one height (centres within 0.08 shoulder widths of one another's middle).
  const cy = (b: Box) => b.y + b.height / 2;
  let row: Box[] = [];
  for (const f of fits) {
    const near = fits.filter((g) => Math.abs(cy(g) - cy(f)) <= 0.08 * sw);
    if (near.length > row.length) row = near;
  }
  if (row.length < 3 || row.length > 8) return undefined;
  const xs = row.map((b) => b.x + b.width / 2);
  if (Math.max(...xs) - Math.min(...xs) < 0.4 * sw) return undefined;
  const y = Math.round(row.reduce((s, b) => s + cy(b), 0) / row.length);
  if (blackShare(img, { x: Math.round(midX - 0.3 * sw), y, width: Math.round(0.6 * sw), height: 1 }) < 0.6) return undefined;
  const box = row.reduce(unionOf);
  return { box, fittings: row.length };
}

/**
 * The badge on the front of a peaked cap: above the face (a cap's band and crown are about a face high), a compact
 * gold or silver blob a seventh to half a face wide, centred over the face, ringed by the cap's dark cloth, on a cap
 * that is dark (or white-topped over a dark band). A baseball cap's logo is embroidery, not metal; blonde hair or a
 * bald head is wider than the band and not ringed by dark cloth.
 */
function capBadge(img: Raster, face: Box): Box | undefined {
  const cap = clip(roundBox({ x: face.x - 0.15 * face.width, y: face.y - 0.85 * face.height, width: 1.3 * face.width, height: 0.85 * face.height }), img);
  if (cap.width < 24 || cap.height < 14) return undefined;
  const dark = shareOf(img, cap, isDarkCloth);
  if (dark < 0.35 && !(dark >= 0.15 && shareOf(img, cap, isShirtWhite) >= 0.35)) return undefined;
  const sub = crop(img, cap);
  const mid = face.x + face.width / 2;
  for (const bl of blobs(mask(sub, isBadgeMetal), sub.width, sub.height, Math.max(6, sub.width * sub.height * 0.004))) {
    const side = Math.max(bl.box.width, bl.box.height);
    const aspect = bl.box.width / bl.box.height;
    const fill = bl.area / (bl.box.width * bl.box.height);
    if (side < 0.14 * face.width || side > 0.5 * face.width || aspect < 0.5 || aspect > 2 || fill < 0.35 || fill > 0.9) continue;
    const box = offset(bl.box, cap);
    if (Math.abs(box.x + box.width / 2 - mid) > 0.2 * face.width || skinShare(img, box) >= 0.4) continue;
    if (ringShare(img, box, 0.4, isDarkCloth) >= 0.4) return box;
  }
  return undefined;
}

/**
 * Where a posed person's head is, face-sized, when no face was found (seen from behind, turned away): centred over the
 * ears, eyes or nose when the keypoints have them, else over the shoulders; its top a quarter of a shoulder width
 * above the eyes (the eyes' height from the keypoints, else about half a shoulder width above the shoulder line),
 * about half a shoulder width wide.
 * e.g. shoulders at (100,200) and (200,200), no head points -> {x 128, y 120, width 45, height 60}
 */
export function headOf(pose: Keypoints | undefined, body: Body): Box {
  const { cx, eyeY } = headPoint(pose, body);
  const sw = body.shoulderWidth;
  return roundBox({ x: cx - 0.225 * sw, y: eyeY - 0.25 * sw, width: 0.45 * sw, height: 0.6 * sw });
}

/**
 * Where the face of a posed person facing the camera is, for when the face detector missed it (shaded by a cap's peak,
 * small): a face box as the detector gives one, 0.4 shoulder widths wide and 0.48 high, centred over the head
 * keypoints, its top a sixth of a shoulder width above the eyes.
 * e.g. shoulders at (100,200) and (200,200), eyes at y 150 over x 150 -> {x 130, y 133, width 40, height 48}
 */
export function faceFrom(pose: Keypoints | undefined, body: Body): Box {
  const { cx, eyeY } = headPoint(pose, body);
  const sw = body.shoulderWidth;
  return roundBox({ x: cx - 0.2 * sw, y: eyeY - 0.17 * sw, width: 0.4 * sw, height: 0.48 * sw });
}

/** The middle of a posed person's head across and the height of the eyes, from the head keypoints or the shoulders. */
function headPoint(pose: Keypoints | undefined, body: Body): { cx: number; eyeY: number } {
  const ears = (['leftEar', 'rightEar'] as const).flatMap((k) => (pose?.[k] ? [pose[k]] : []));
  const eyes = (['leftEye', 'rightEye', 'nose'] as const).flatMap((k) => (pose?.[k] ? [pose[k]] : []));
  const across = ears.length === 2 ? ears : [...ears, ...eyes];
  const level = [...ears, ...(['leftEye', 'rightEye'] as const).flatMap((k) => (pose?.[k] ? [pose[k]] : []))];
  const mean = (ps: { x: number; y: number }[], k: 'x' | 'y') => ps.reduce((s, p) => s + p[k], 0) / ps.length;
  const shoulderY = body.torso.y + 0.1 * body.shoulderWidth;
  return {
    cx: across.length ? mean(across, 'x') : body.torso.x + body.torso.width / 2,
    eyeY: level.length ? mean(level, 'y') : shoulderY - 0.55 * body.shoulderWidth,
  };
}

/** Sillitoe check cells: white (1) and black, navy or police blue (2); anything else 0. */
function checkClass(r: number, g: number, b: number): number {
  const [h, s, v] = hsv(r, g, b);
  if (s < 0.25 && v >= 0.6) return 1;
  if (Math.max(r, g, b) < 90 || (h >= 200 && h <= 250 && s >= 0.45 && v < 0.8)) return 2;
  return 0;
}

/**
 * A chequered cap band (the Sillitoe check of British, Australian and New Zealand police caps) above a face-sized head
 * box: rows across the head that alternate white and dark cells of one size (four changes or more, a fifth of the
 * head wide or more in all), where a cell's height above or below, each cell is the other colour (a chequer, not
 * stripes). A plain white hatband has no changes along it; a striped band or a barcode keeps its phase down the rows.
 */
function chequeredBand(img: Raster, head: Box): { box: Box; rows: number; cells: number } | undefined {
  const region = clip(roundBox({ x: head.x - 0.3 * head.width, y: head.y - 0.9 * head.height, width: 1.6 * head.width, height: 1.2 * head.height }), img);
  if (head.width < 30 || region.width < 24 || region.height < 12) return undefined;
  const rows = chequerRows(img, region, checkClass, Math.max(2, 0.04 * head.width), Math.max(4, 0.22 * head.width), 0.2 * head.width);
  if (!rows.length) return undefined;
  const cell = rows[rows.length >> 1].cell;
  if (rows.length < Math.max(2, 0.5 * cell)) return undefined;
  const box = rowsBox(rows);
  return { box, rows: Math.max(2, Math.round(box.height / cell)), cells: Math.max(...rows.map((r) => r.cells)) };
}

/** A row of a chequer: where it runs across, how many cells it crosses and their (median) size. */
interface ChequerRow {
  y: number;
  x0: number;
  x1: number;
  cells: number;
  cell: number;
}

/**
 * The rows of a region that cross a chequer of two colours (`cls` gives 1 or 2 for the two cells' colours, 0 for
 * anything else): runs of one colour, each `minCell` to `maxCell` pixels long, alternating (a gap of a pixel or two,
 * an edge blurred between cells, is no break), five or more of them about one size spanning `minSpan` pixels or more,
 * where a cell's height above or below each cell is the other colour (a chequer, not stripes: a striped band or a
 * barcode keeps its phase down the rows).
 */
function chequerRows(img: Raster, region: Box, cls: (r: number, g: number, b: number) => number, minCell: number, maxCell: number, minSpan: number): ChequerRow[] {
  const at = (x: number, y: number) => {
    const p = (y * img.width + x) * 3;
    return cls(img.data[p], img.data[p + 1], img.data[p + 2]);
  };
  const rows: ChequerRow[] = [];
  for (let y = region.y; y < region.y + region.height; y++) {
    const runs: { c: number; x0: number; x1: number; afterGap: boolean }[] = [];
    let gap = 0;
    for (let x = region.x; x < region.x + region.width; x++) {
      const c = at(x, y);
      if (!c) {
        gap++;
        continue;
      }
      const last = runs[runs.length - 1];
      if (last && last.c === c && gap <= 2) last.x1 = x;
      else runs.push({ c, x0: x, x1: x, afterGap: gap > 2 });
      gap = 0;
    }
    // The longest sequence of alternating cell-sized runs, each next to the one before.
    let best: typeof runs = [];
    let seq: typeof runs = [];
    for (const r of runs) {
      const len = r.x1 - r.x0 + 1;
      const prev = seq[seq.length - 1];
      const fits = len >= minCell && len <= maxCell;
      if (fits && prev && prev.c !== r.c && !r.afterGap) seq.push(r);
      else seq = fits ? [r] : [];
      if (seq.length > best.length) best = [...seq];
    }
    if (best.length < 5) continue;
    // Cells of one size: a check is printed even (shadows, hair and folds give ragged runs). The end cells are left
    // out: the chequer's edge cuts them or they run on into cloth of their colour.
    const lens = best.slice(1, -1).map((r) => r.x1 - r.x0 + 1).sort((a, b) => a - b);
    const cell = lens[lens.length >> 1];
    if (lens[lens.length - 1] > 2.2 * lens[0] + 2 || best[best.length - 1].x1 - best[0].x0 < minSpan) continue;
    // A chequer: a cell's height (cells are square) above or below, the colours swap (one side may be the edge).
    let swapped = 0;
    let compared = 0;
    for (const r of best) {
      const cx = Math.round((r.x0 + r.x1) / 2);
      const near = [y - cell, y + cell].filter((yy) => yy >= region.y && yy < region.y + region.height).map((yy) => at(cx, yy)).filter((c) => c);
      if (!near.length) continue;
      compared++;
      if (near.some((c) => c !== r.c)) swapped++;
    }
    if (compared >= 4 && swapped >= 0.8 * compared) rows.push({ y, x0: best[0].x0, x1: best[best.length - 1].x1, cells: best.length, cell });
  }
  return rows;
}

function rowsBox(rows: ChequerRow[]): Box {
  const x0 = Math.min(...rows.map((r) => r.x0));
  const x1 = Math.max(...rows.map((r) => r.x1));
  return { x: x0, y: rows[0].y, width: x1 - x0 + 1, height: rows[rows.length - 1].y - rows[0].y + 1 };
}

/**
 * The cells of the check on a police hi-vis jacket: reflective silver or white, or hi-vis yellow (a Battenburg check
 * too small for the vehicle reading's blocks) (1), and police blue or navy (2); a paramedic's check is green, a fire
 * service's red, and neither counts.
 * e.g. (225, 228, 230) silver -> 1, (212, 240, 0) hi-vis yellow -> 1, (25, 45, 140) blue -> 2, (30, 140, 60) green -> 0
 */
function reflectiveCheckClass(r: number, g: number, b: number): number {
  const [h, s, v] = hsv(r, g, b);
  if ((s < 0.25 && v >= 0.6) || isLiveryYellow(r, g, b)) return 1;
  if (h >= 200 && h <= 250 && s >= 0.35 && v >= 0.15) return 2;
  return 0;
}

/**
 * A chequered band on a hi-vis jacket (UK and European police: a band of blue and reflective silver squares round a
 * yellow jacket, at the chest, the waist or the hem): on the torso the keypoints give (down to the jacket's hem below
 * the hips), or without them the upper middle of the person's box away from any vehicle there, a chequer of blue and
 * silver cells (a tenth of a shoulder width or so) spanning a third of the shoulders or more, in a band no more than
 * four cells high (a blue gingham shirt is check all over), on cloth that is hi-vis yellow around it. A road worker's,
 * a cyclist's or a crossing guard's jacket has plain silver bands; a paramedic's check is green.
 */
function hiVisChequer(img: Raster, o: DetectedObject, vehicles: Box[]): { box: Box; cells: number } | undefined {
  const b = clip(o.box, img);
  if (b.width < 20 || b.height < 40) return undefined;
  const body = bodyOf(o.pose);
  const sw = body ? body.shoulderWidth : 0.6 * b.width;
  const region = clip(
    body
      ? roundBox({ x: body.torso.x - 0.1 * body.torso.width, y: body.torso.y, width: 1.2 * body.torso.width, height: 1.35 * body.torso.height })
      : roundBox({ x: b.x + 0.1 * b.width, y: b.y + 0.15 * b.height, width: 0.8 * b.width, height: 0.55 * b.height }),
    img,
  );
  if (region.width < 16 || region.height < 16 || shareOf(img, region, isLiveryYellow, 2) < 0.2) return undefined;
  const rows = chequerRows(img, region, reflectiveCheckClass, Math.max(2, 0.04 * sw), Math.max(4, 0.25 * sw), 0.33 * sw);
  if (rows.length < 2) return undefined;
  const cell = rows[rows.length >> 1].cell;
  const box = rowsBox(rows);
  // A band: at most four cells high, a cell or more high, and hi-vis yellow just above or below it.
  if (box.height > 4.5 * cell + 2 || rows.length < Math.max(2, 0.6 * cell)) return undefined;
  const strip = (y: number) => shareOf(img, clip({ x: box.x, y, width: box.width, height: Math.max(2, cell) }, img), isLiveryYellow);
  if (Math.max(strip(box.y - 2 * cell), strip(box.y + box.height + cell)) < 0.4) return undefined;
  if (!body && vehicles.some((v) => shareInside(box, v) >= 0.5)) return undefined;
  return { box, cells: Math.max(...rows.map((r) => r.cells)) };
}

function area(b: Box): number {
  return b.width * b.height;
}

/** Patch colours: embroidery and flags are saturated or bright against dark cloth. */
function isPatchColour(r: number, g: number, b: number): boolean {
  const [, s, v] = hsv(r, g, b);
  return v >= 0.35 && (s >= 0.35 || v >= 0.75);
}

/** A patch's colour where white says nothing (a black-and-white picture): coloured only. */
function isPatchSaturated(r: number, g: number, b: number): boolean {
  const [, s, v] = hsv(r, g, b);
  return v >= 0.35 && s >= 0.35;
}

/**
 * Patch colours on a light-blue sleeve: a patch's dark ground (navy, black) or a strong colour that is not the cloth's
 * blue. e.g. navy (20, 30, 70), gold (215, 175, 50), red (200, 40, 40) -> true; the sleeve (160, 190, 225) -> false
 */
function isPatchOnBlue(r: number, g: number, b: number): boolean {
  const [h, s, v] = hsv(r, g, b);
  return !isShirtBlue(r, g, b) && (v < 0.4 || (s >= 0.45 && (h < 190 || h > 235)));
}

/** Share of a sleeve patch's ring on its arm's side (the ring without its outer strip) that must be the cloth. */
const EDGE_PATCH_RING = 0.65;

/**
 * Shoulder patches on a shirt's cloth (one per arm at most; its colours are the shirt's `patch` test): on either upper arm, a compact coloured blob with the sleeve all round it
 * (background beside the arm is not ringed by dark), or, on the arm's outer edge (a frontal picture shows a sleeve
 * patch on the silhouette, the wall beyond it), with the sleeve round it on the arm's side: above, below and inward
 * (EDGE_PATCH_RING; something on the wall just beside the arm has the wall above and below it). With keypoints the
 * arms are found round the shoulder joints and the patch is 8-45 % of the shoulder width; without, they are the outer
 * thirds of the box, 12-40 % down, and the patch is 4-20 % of the box's width.
 */
function shoulderPatches(img: Raster, b: Box, body?: Body, shirt: ShirtKind = DARK_SHIRT, colouredOnly = false): Box[] {
  const found: Box[] = [];
  const regions = body
    ? body.arms
    : [true, false].map((left) => ({ x: left ? b.x : b.x + Math.round(b.width * 0.67), y: b.y + Math.round(b.height * 0.12), width: Math.round(b.width * 0.33), height: Math.round(b.height * 0.28) }));
  const [lo, hi] = body ? [0.08 * body.shoulderWidth, 0.45 * body.shoulderWidth] : [0.04 * b.width, 0.2 * b.width];
  // The torso's middle: each arm's outer side (where the silhouette's edge and the wall beside it are) is away from it.
  const mid = body ? body.torso.x + body.torso.width / 2 : b.x + b.width / 2;
  for (const r of regions) {
    const region = clip(r, img);
    if (region.width < 8 || region.height < 8) continue;
    const out = region.x + region.width / 2 >= mid ? 1 : -1;
    const sub = crop(img, region);
    const colour = colouredOnly ? isPatchSaturated : shirt.patch;
    const m = mask(sub, colour);
    // What lies beyond the arm (a pale wall, the sky) can pass the patch test too, and a patch on the silhouette's edge
    // then runs into it as one blob as large as the region: with keypoints, the wall's colour beyond the arm is taken
    // out of the mask first.
    if (body) clearBeyond(img, sub, m, region, out, body.shoulderWidth, colour);
    const labelled: { labels?: Int32Array } = {};
    for (const bl of blobs(m, sub.width, sub.height, Math.max(6, sub.width * sub.height * 0.004), labelled)) {
      const side = Math.max(bl.box.width, bl.box.height);
      const aspect = bl.box.width / bl.box.height;
      const fill = bl.area / (bl.box.width * bl.box.height);
      if (side < lo || side > hi || aspect < 0.5 || aspect > 2) continue;
      // A patch of dark embroidery shows only its rim (a gold or white merrowed border) to the colour test: a closed
      // outline round a design of its own.
      if (fill < 0.35 && !rimmedPatch(m, labelled.labels!, sub.width, bl)) continue;
      const box = offset(bl.box, region);
      // Bare skin (a forearm or a hand against a dark sleeve) is not a patch.
      if (skinShare(img, box) >= 0.4) continue;
      // Sleeve cloth round it; or, for a patch on the silhouette's edge (a frontal picture shows a sleeve patch there,
      // the wall beyond it), round it on the arm's side.
      if (ringShare(img, box, 0.5, shirt.cloth) >= 0.55 || ringShare(img, box, 0.5, shirt.cloth, out) >= EDGE_PATCH_RING) {
        found.push(box);
        break;
      }
    }
  }
  return found;
}

/** Share of its box a rim and what it closes in must cover to be a patch's outline (a shield, a circle, a rounded square). */
const RIM_CLOSED = 0.6;
/** Share of what a rim closes in that must be a design of its own (lettering, an emblem in the patch colours). */
const RIM_DESIGN = 0.04;

/**
 * Whether a thin blob of patch colour (`bl`, labelled in `labels`, `m` its colour mask) is the rim of a sleeve patch: a
 * closed outline that, with what it closes in, covers most of its box (RIM_CLOSED), round a design of its own (some of
 * the inside in the patch colours, apart from the rim: RIM_DESIGN). A navy or black patch with a gold or white border
 * and lettering reads so; an outline print on a hoodie's sleeve has the garment's plain cloth inside, and an open
 * stripe or a crease closes nothing in.
 * e.g. a 34x40 navy patch with a 3 px gold rim and a gold star inside -> true; the same rim round plain navy -> false
 */
function rimmedPatch(m: Uint8Array, labels: Int32Array, width: number, bl: Blob): boolean {
  const inside = insideOf(labels, width, bl);
  const boxArea = bl.box.width * bl.box.height;
  if ((bl.area + inside.area) / boxArea < RIM_CLOSED || inside.area < 0.25 * boxArea) return false;
  // The design: patch-colour pixels inside the box that are not the rim (inside.area counts only the enclosed part;
  // pixels of other blobs lie in it).
  let design = 0;
  for (let y = bl.box.y; y < bl.box.y + bl.box.height; y++) {
    for (let x = bl.box.x; x < bl.box.x + bl.box.width; x++) {
      const i = y * width + x;
      if (m[i] && labels[i] !== bl.id) design++;
    }
  }
  return design >= RIM_DESIGN * inside.area;
}

/** How far (largest channel difference) a pixel may be from the colour beyond the arm to be taken for it. */
const BEYOND_NEAR = 28;

/**
 * Clear from `m` (the patch mask of `sub`, the arm `region` of `img`) the pixels of the colour beyond the arm: a strip
 * from 0.05 to 0.3 shoulder widths past the region's outer side (`out`), over the same rows, when most of it (0.6)
 * passes the patch test and half of it is within BEYOND_NEAR of its median colour (one wall or sky, not a busy scene).
 * e.g. a navy sleeve before a pale wall (190, 182, 168): the wall's pixels in the region go, a blue or red patch stays.
 */
function clearBeyond(img: Raster, sub: Raster, m: Uint8Array, region: Box, out: 1 | -1, sw: number, colour: RgbTest): void {
  const gap = Math.round(0.05 * sw);
  const w = Math.round(0.25 * sw);
  const strip = clip({ x: out === 1 ? region.x + region.width + gap : region.x - gap - w, y: region.y, width: w, height: region.height }, img);
  if (strip.width < 3 || strip.width * strip.height < 20) return;
  const px: [number, number, number][] = [];
  for (let y = strip.y; y < strip.y + strip.height; y++) {
    for (let x = strip.x; x < strip.x + strip.width; x++) {
      const p = (y * img.width + x) * 3;
      const c: [number, number, number] = [img.data[p], img.data[p + 1], img.data[p + 2]];
      if (colour(c[0], c[1], c[2])) px.push(c);
    }
  }
  const total = strip.width * strip.height;
  if (px.length < 0.6 * total) return;
  const med = [0, 1, 2].map((k) => px.map((c) => c[k]).sort((a, b) => a - b)[px.length >> 1]);
  const near = (r: number, g: number, b: number) => Math.max(Math.abs(r - med[0]), Math.abs(g - med[1]), Math.abs(b - med[2])) <= BEYOND_NEAR;
  if (px.filter((c) => near(c[0], c[1], c[2])).length < 0.5 * total) return;
  for (let i = 0, p = 0; i < m.length; i++, p += 3) if (m[i] && near(sub.data[p], sub.data[p + 1], sub.data[p + 2])) m[i] = 0;
}

/** Whether a box on the chest lies on the wearer's left, the side of the left shoulder keypoint. */
function onWearersLeft(box: Box, body: Body): boolean {
  const mid = body.torso.x + body.torso.width / 2;
  return Math.sign(box.x + box.width / 2 - mid) === Math.sign(body.leftX - mid);
}

/**
 * Share of pixels matching `pred` in the ring around a box (the box grown by `pad` of its larger side, minus the box);
 * with `out` (1: right, -1: left), the ring on one side only: without its strip beyond the box's edge on that side (a
 * sleeve patch's ring on its arm's side, `out` the arm's outside).
 */
function ringShare(img: Raster, box: Box, pad: number, pred: (r: number, g: number, b: number) => boolean, out?: 1 | -1): number {
  const p = Math.max(1, Math.round(Math.max(box.width, box.height) * pad));
  const ring = clip({ x: out === -1 ? box.x : box.x - p, y: box.y - p, width: box.width + (out ? 1 : 2) * p, height: box.height + 2 * p }, img);
  const inner = clip(box, img);
  return (shareOf(img, ring, pred) * area(ring) - shareOf(img, inner, pred) * area(inner)) / Math.max(1, area(ring) - area(inner));
}

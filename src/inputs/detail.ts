/**
 * The scene reader's detail pass: the vehicles and people the object detector found are cut from the photo's own
 * pixels and read again enlarged, where that shows their lettering bigger than the whole-picture pass saw it: the two
 * largest one by one, then more people (a riot line, a parade, officers small in a street) as tiles read together in
 * one picture. This is the only closer look for text: the object detector is the cheap detector that says where police
 * lettering may be, so a big photo is not detected again whole at its own scale. `FullPixels` decodes the full-size
 * photo once for these crops and for the people read close up for keypoints (core/image-engine.ts).
 */
import sharp from 'sharp';
import type { Box } from '../core/types.js';
import type { DetectedObject } from './faces.js';
import type { DecodedImage, OpenedImage } from './image.js';
import type { Raster } from './vision.js';
import { mapLines, overlapRatio, type OcrLine } from './ocr.js';
import { seenScale, type SceneText } from './scene-text.js';
import { applyTable } from './exposure.js';

/** Objects whose boxes the scene reader reads again enlarged: lettering on vehicles and on people's clothes. */
const FOCUS_LABELS = new Set(['car', 'truck', 'bus', 'motorcycle', 'person']);

/** Regions of interest read again at full resolution, at most, and the long side each crop is read at. */
const DETAIL_REGIONS = 2;
const DETAIL_SIDE = 960;
/**
 * People smaller in the frame read close up, at most (the largest), each as a tile TILE_SIDE px on its long side, laid
 * side by side in rows MOSAIC_WIDTH px wide with MOSAIC_GAP px of grey between them and read in one pass: a riot line
 * or a parade's officers are small, and lettering across a vest or a back is a tenth of a person's height or more.
 * The per-image budget is that one picture, at most MOSAIC_WIDTH x MOSAIC_HEIGHT (about one whole-picture pass of the
 * text detector): tiles that would not fit are left out, so a crowd costs what a few people do, whatever the machine's
 * load (the OCR time limit still stops it).
 */
const MORE_PEOPLE = 8;
const TILE_SIDE = 320;
const MOSAIC_WIDTH = 960;
const MOSAIC_HEIGHT = 720;
const MOSAIC_GAP = 24;
/** Share of the frame's height from which a person is read on their own, like a vehicle, rather than as a tile. */
const LARGE_PERSON = 0.2;
/**
 * A region is read again only when its crop has this many more pixels across than the whole-picture pass saw (1.3:
 * a car 1,200 px long in a 1,600 px photo is read at 0.8 rather than 0.6; a 12 MP photo's car up to 3,000 px long).
 */
const DETAIL_GAIN = 1.3;
/** Most a crop of the photo's own pixels is enlarged: small print on a vest in a small photo is read at up to 3x. */
const DETAIL_MAX_UP = 3;
/**
 * Of a person's box, the top share is read: lettering on people is on the cap, chest, back and shoulders, and the
 * tighter crop is enlarged further (legs and feet carry none).
 */
const PERSON_TOP = 0.6;

/**
 * The regions of the detected objects read closer one by one (vehicles, and people a fifth of the frame tall or more),
 * in working-raster pixels (`height`: the raster's).
 */
export function focusRegions(objects: DetectedObject[], height: number): Box[] {
  return objects.filter((o) => FOCUS_LABELS.has(o.label) && (o.label !== 'person' || o.box.height >= LARGE_PERSON * height)).map(focusBox);
}

/**
 * The people (head to hips) for the tiles read side by side (peopleTiles): those smaller in the frame, and those large
 * enough to be read alone but past the two largest regions (the third officer of a group photo).
 */
export function focusPeople(objects: DetectedObject[]): Box[] {
  return objects.filter((o) => o.label === 'person' && o.confidence >= 0.3).map(focusBox);
}

/** The region of a detected object the detail pass reads: a vehicle whole, a person from the head to the hips. */
function focusBox(o: DetectedObject): Box {
  return o.label === 'person' ? { ...o.box, height: o.box.height * PERSON_TOP } : o.box;
}

/** A region of the full-size photo and the scale (full-size pixels -> crop pixels) it is read at. */
export interface DetailRegion extends Box {
  k: number;
}

/**
 * Regions of interest (vehicles, people; working-raster pixels) as crops of the full-size picture: each grown by a
 * tenth on every side (lettering runs to the edge of a door), largest first, none mostly inside one already listed,
 * read with the long side at DETAIL_SIDE (the photo's own pixels enlarged at most DETAIL_MAX_UP times), and only
 * where that shows the region DETAIL_GAIN times bigger than the whole-picture pass saw it (`seen`: its scale,
 * full-size pixels -> detector pixels).
 */
export function detailRegions(boxes: Box[], img: { width: number; height: number; scale: number }, seen = 1 / img.scale): DetailRegion[] {
  return closeUps(boxes, img, seen, (long) => Math.min(DETAIL_MAX_UP, DETAIL_SIDE / long), []).slice(0, DETAIL_REGIONS);
}

/**
 * Close-up tiles of people (none mostly inside a region read one by one, `taken`): each person's head-to-hips region enlarged
 * to TILE_SIDE on its long side (at most DETAIL_MAX_UP times the photo's own pixels), largest first, where that shows
 * it DETAIL_GAIN times bigger than the whole-picture pass saw it, at most MORE_PEOPLE of them. They are read together,
 * side by side in one picture (readDetail), so the count, not the size of the crowd, sets the cost.
 */
export function peopleTiles(people: Box[], img: { width: number; height: number; scale: number }, seen: number, taken: Box[]): DetailRegion[] {
  const tiles = closeUps(people, img, seen, (long) => Math.min(DETAIL_MAX_UP, TILE_SIDE / long), taken).slice(0, MORE_PEOPLE);
  // As many as the mosaic holds, largest first.
  const size = (t: DetailRegion) => ({ width: Math.max(1, Math.round(t.width * t.k)), height: Math.max(1, Math.round(t.height * t.k)) });
  while (tiles.length && places(tiles.map(size)).height > MOSAIC_HEIGHT) tiles.pop();
  return tiles;
}

/** Regions grown by a tenth each side in full-size pixels, largest first, each with the enlargement `zoom` gives. */
function closeUps(boxes: Box[], img: { width: number; height: number; scale: number }, seen: number, zoom: (long: number) => number, taken: Box[]): DetailRegion[] {
  const out: DetailRegion[] = [];
  for (const b of [...boxes].sort((p, q) => q.width * q.height - p.width * p.height)) {
    const x0 = Math.max(0, Math.floor((b.x - b.width * 0.1) * img.scale));
    const y0 = Math.max(0, Math.floor((b.y - b.height * 0.1) * img.scale));
    const x1 = Math.min(img.width, Math.ceil((b.x + b.width * 1.1) * img.scale));
    const y1 = Math.min(img.height, Math.ceil((b.y + b.height * 1.1) * img.scale));
    const box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    const long = Math.max(box.width, box.height);
    if (long < 64 || Math.min(box.width, box.height) < 24) continue;
    const k = zoom(long);
    if (k / seen < DETAIL_GAIN) continue;
    if ([...taken, ...out].some((o) => overlapRatio(o, box) > 0.6)) continue;
    out.push({ ...box, k });
  }
  return out;
}


/** Full-size pixels of a region of the photo: `data` holds `width` x `height` RGB pixels from (`x`, `y`). */
export interface RegionPixels extends Raster {
  x: number;
  y: number;
}

/**
 * The full-size photo's pixels for the close-up passes (people's keypoints and cues, the detail OCR), decoded once for
 * the union of the boxes announced with `need` before the first `crop` (a JPEG is decoded from its top either way);
 * the working raster itself when it is the full-size picture. A box outside what was decoded is decoded on its own.
 */
export class FullPixels {
  private readonly boxes: Box[] = [];
  private decoded: Promise<RegionPixels> | undefined;

  constructor(
    private readonly img: DecodedImage,
    private readonly open: () => Promise<OpenedImage>,
    /** The exposure table the working raster went through (an underexposed photo, inputs/exposure.ts): crops get it too. */
    private readonly exposure?: Uint8Array,
  ) {}

  /** Boxes (full-size pixels) that will be cropped, each with the enlargement `k` it is read at. */
  need(boxes: (Box & { k: number })[]): void {
    this.boxes.push(...boxes.filter((b) => !this.fromWork(b.k)));
  }

  /**
   * Whether a crop read at `k` (full-size pixels -> crop pixels) is cut from the working raster: shown no bigger than
   * the working raster holds it (a car filling a 12 MP frame read at 960 px), it needs none of the full-size pixels,
   * and the full-size decode (a JPEG decoded from its top down to the crop's bottom) is left to the crops that do.
   */
  private fromWork(k: number): boolean {
    return this.img.scale > 1 && k * this.img.scale <= 1;
  }

  /** A box of the photo (full-size pixels) enlarged `k` times, as an RGB raster. */
  async crop(box: Box, k: number): Promise<Raster> {
    if (this.fromWork(k)) return this.cropWork(box, k);
    let src = await this.region(box);
    if (!inside(box, src)) src = await this.decode(box);
    const { data, info } = await sharp(src.data, { raw: { width: src.width, height: src.height, channels: 3 } })
      .extract({ left: box.x - src.x, top: box.y - src.y, width: box.width, height: box.height })
      .resize({ width: Math.max(1, Math.round(box.width * k)), height: Math.max(1, Math.round(box.height * k)), fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }

  /** The crop cut from the working raster (its pixels scaled `img.scale` down from the full-size photo's). */
  private async cropWork(box: Box, k: number): Promise<Raster> {
    const s = this.img.scale;
    const W = this.img.workWidth;
    const H = this.img.workHeight;
    const x0 = Math.min(W - 1, Math.floor(box.x / s));
    const y0 = Math.min(H - 1, Math.floor(box.y / s));
    const x1 = Math.max(x0 + 1, Math.min(W, Math.ceil((box.x + box.width) / s)));
    const y1 = Math.max(y0 + 1, Math.min(H, Math.ceil((box.y + box.height) / s)));
    const { data, info } = await sharp(this.img.rgb, { raw: { width: W, height: H, channels: 3 } })
      .extract({ left: x0, top: y0, width: x1 - x0, height: y1 - y0 })
      .resize({ width: Math.max(1, Math.round(box.width * k)), height: Math.max(1, Math.round(box.height * k)), fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  }

  private region(box: Box): Promise<RegionPixels> {
    if (this.img.scale === 1) return Promise.resolve({ data: this.img.rgb, width: this.img.workWidth, height: this.img.workHeight, x: 0, y: 0 });
    this.decoded ??= this.decode(union([...this.boxes, box]));
    return this.decoded;
  }

  private async decode(all: Box): Promise<RegionPixels> {
    const { data, info } = await (await this.open())
      .open()
      .extract({ left: all.x, top: all.y, width: all.width, height: all.height })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`unexpected ${info.channels}-channel raster`);
    if (this.exposure) applyTable(data, this.exposure);
    return { data, width: info.width, height: info.height, x: all.x, y: all.y };
  }
}

function union(boxes: Box[]): Box {
  const x = Math.min(...boxes.map((r) => r.x));
  const y = Math.min(...boxes.map((r) => r.y));
  return { x, y, width: Math.max(...boxes.map((r) => r.x + r.width)) - x, height: Math.max(...boxes.map((r) => r.y + r.height)) - y };
}

function inside(b: Box, r: RegionPixels): boolean {
  return b.x >= r.x && b.y >= r.y && b.x + b.width <= r.x + r.width && b.y + b.height <= r.y + r.height;
}

/** What the detail pass reads: the regions one by one and the people's tiles together (full-size pixels). */
export interface DetailPlan {
  regions: DetailRegion[];
  tiles: DetailRegion[];
}

/** The detail pass's plan for the objects found: vehicles and people (`focus`), people alone (`people`). */
export function detailPlan(img: DecodedImage, focus: Box[], people: Box[]): DetailPlan {
  const seen = seenScale(img.workWidth, img.workHeight) / img.scale;
  const regions = detailRegions(focus, img, seen);
  return { regions, tiles: peopleTiles(people, img, seen, regions) };
}

/**
 * The detail pass: the regions of interest cut from the full-size picture, each read whole by the scene reader (no
 * finer pass), then the people's tiles side by side in one picture; word boxes in the
 * original's pixels. Stops at the deadline.
 */
export async function readDetail(
  scene: SceneText,
  plan: DetailPlan,
  pixels: FullPixels,
  deadline: number,
): Promise<{ passes: OcrLine[][]; timedOut: boolean; read: number }> {
  if (!plan.regions.length && !plan.tiles.length) return { passes: [], timedOut: false, read: 0 };
  if (performance.now() > deadline) return { passes: [], timedOut: true, read: 0 };
  const passes: OcrLine[][] = [];
  for (const r of plan.regions) {
    if (performance.now() > deadline) return { passes, timedOut: true, read: passes.length };
    const crop = await pixels.crop(r, r.k);
    const read = await scene.read(crop, { deadline, fineFrom: 0 });
    passes.push(mapLines(read.lines, (b) => ({ x: r.x + b.x / r.k, y: r.y + b.y / r.k, width: b.width / r.k, height: b.height / r.k })));
    if (read.timedOut) return { passes, timedOut: true, read: passes.length };
  }
  const done = passes.length;
  if (!plan.tiles.length) return { passes, timedOut: false, read: done };
  if (performance.now() > deadline) return { passes, timedOut: true, read: done };
  const crops = await Promise.all(plan.tiles.map((t) => pixels.crop(t, t.k)));
  const { mosaic, at } = lay(crops);
  const read = await scene.read(mosaic, { deadline, fineFrom: 0, maxUp: 1 });
  // A word belongs to the tile holding its centre; one read across a gap is nobody's.
  const words = read.lines.map((l) => ({
    words: l.words.flatMap((w) => {
      const cx = w.box.x + w.box.width / 2;
      const cy = w.box.y + w.box.height / 2;
      const i = at.findIndex((p) => cx >= p.x && cx < p.x + p.width && cy >= p.y && cy < p.y + p.height);
      if (i < 0 || !inTile(w.box, at[i])) return [];
      const t = plan.tiles[i];
      return [{ ...w, box: { x: t.x + (w.box.x - at[i].x) / t.k, y: t.y + (w.box.y - at[i].y) / t.k, width: w.box.width / t.k, height: w.box.height / t.k } }];
    }),
  }));
  passes.push(words.filter((l) => l.words.length));
  return { passes, timedOut: read.timedOut, read: done + plan.tiles.length };
}

/** Where each tile goes in the mosaic (see lay) and the mosaic's size. */
function places(tiles: { width: number; height: number }[]): { at: Box[]; width: number; height: number } {
  const at: Box[] = [];
  let x = MOSAIC_GAP;
  let y = MOSAIC_GAP;
  let rowH = 0;
  let width = 0;
  for (const t of tiles) {
    if (x > MOSAIC_GAP && x + t.width + MOSAIC_GAP > MOSAIC_WIDTH) {
      x = MOSAIC_GAP;
      y += rowH + MOSAIC_GAP;
      rowH = 0;
    }
    at.push({ x, y, width: t.width, height: t.height });
    x += t.width + MOSAIC_GAP;
    rowH = Math.max(rowH, t.height);
    width = Math.max(width, x);
  }
  return { at, width, height: y + rowH + MOSAIC_GAP };
}

/** Whether a word's box lies within a tile (a pixel or two over its edge allowed). */
function inTile(b: Box, t: Box): boolean {
  return b.x >= t.x - 2 && b.y >= t.y - 2 && b.x + b.width <= t.x + t.width + 2 && b.y + b.height <= t.y + t.height + 2;
}

/**
 * Rasters laid left to right in rows at most MOSAIC_WIDTH wide (a wider one alone in its row), MOSAIC_GAP px of mid
 * grey round each: the picture and where each raster sits in it.
 */
export function lay(tiles: Raster[]): { mosaic: Raster; at: Box[] } {
  const { at, width, height } = places(tiles);
  const data = Buffer.alloc(width * height * 3, 128);
  tiles.forEach((t, i) => {
    const p = at[i];
    for (let r = 0; r < t.height; r++) t.data.copy(data, ((p.y + r) * width + p.x) * 3, r * t.width * 3, (r + 1) * t.width * 3);
  });
  return { mosaic: { data, width, height }, at };
}

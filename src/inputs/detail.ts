/**
 * The scene reader's detail pass: the vehicles and people the object detector found are cut from the photo's own
 * pixels and read again enlarged, where that shows their lettering bigger than the whole-picture pass saw it. This is
 * the only closer look: the object detector is the cheap detector that says where police lettering may be, so a
 * big photo is not detected again whole at its own scale.
 */
import sharp from 'sharp';
import type { Box } from '../core/types.js';
import type { DetectedObject } from './faces.js';
import type { DecodedImage, OpenedImage } from './image.js';
import { mapLines, overlapRatio, type OcrLine } from './ocr.js';
import { seenScale, type SceneText } from './scene-text.js';

/** Objects whose boxes the scene reader reads again enlarged: lettering on vehicles and on people's clothes. */
const FOCUS_LABELS = new Set(['car', 'truck', 'bus', 'motorcycle', 'person']);

/** Regions of interest read again at full resolution, at most, and the long side each crop is read at. */
const DETAIL_REGIONS = 2;
const DETAIL_SIDE = 960;
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

/** The regions of the detected objects worth reading closer (vehicles, people), in working-raster pixels. */
export function focusRegions(objects: DetectedObject[]): Box[] {
  return objects.filter((o) => FOCUS_LABELS.has(o.label)).map(focusBox);
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
  const out: DetailRegion[] = [];
  for (const b of [...boxes].sort((p, q) => q.width * q.height - p.width * p.height)) {
    const x0 = Math.max(0, Math.floor((b.x - b.width * 0.1) * img.scale));
    const y0 = Math.max(0, Math.floor((b.y - b.height * 0.1) * img.scale));
    const x1 = Math.min(img.width, Math.ceil((b.x + b.width * 1.1) * img.scale));
    const y1 = Math.min(img.height, Math.ceil((b.y + b.height * 1.1) * img.scale));
    const box = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    const long = Math.max(box.width, box.height);
    if (long < 64 || Math.min(box.width, box.height) < 24) continue;
    const k = Math.min(DETAIL_MAX_UP, DETAIL_SIDE / long);
    if (k / seen < DETAIL_GAIN) continue;
    if (out.some((o) => overlapRatio(o, box) > 0.6)) continue;
    out.push({ ...box, k });
  }
  return out.slice(0, DETAIL_REGIONS);
}

/**
 * The detail pass: the regions of interest cut from the full-size picture (decoded once for all of them; the working
 * raster when it is the full-size picture), each read whole by the scene reader (no finer pass), word boxes in the
 * original's pixels. Stops at the deadline.
 */
export async function readDetail(
  scene: SceneText,
  img: DecodedImage,
  focus: Box[],
  full: () => Promise<OpenedImage>,
  deadline: number,
): Promise<{ passes: OcrLine[][]; timedOut: boolean }> {
  const regions = detailRegions(focus, img, seenScale(img.workWidth, img.workHeight) / img.scale);
  if (!regions.length) return { passes: [], timedOut: false };
  if (performance.now() > deadline) return { passes: [], timedOut: true };
  // One decode for every region: their bounding box.
  const ax = Math.min(...regions.map((r) => r.x));
  const ay = Math.min(...regions.map((r) => r.y));
  const all = {
    x: ax,
    y: ay,
    width: Math.max(...regions.map((r) => r.x + r.width)) - ax,
    height: Math.max(...regions.map((r) => r.y + r.height)) - ay,
  };
  const { data, info } =
    img.scale === 1
      ? { data: img.rgb, info: { width: img.workWidth, height: img.workHeight, channels: 3 } }
      : await (await full())
          .open()
          .extract({ left: all.x, top: all.y, width: all.width, height: all.height })
          .removeAlpha()
          .toColourspace('srgb')
          .raw()
          .toBuffer({ resolveWithObject: true });
  // Where `data` starts in the photo.
  const [dx, dy] = img.scale === 1 ? [0, 0] : [all.x, all.y];
  const passes: OcrLine[][] = [];
  for (const r of regions) {
    if (performance.now() > deadline) return { passes, timedOut: true };
    const k = r.k;
    const crop = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels as 3 } })
      .extract({ left: r.x - dx, top: r.y - dy, width: r.width, height: r.height })
      .resize({ width: Math.max(1, Math.round(r.width * k)), height: Math.max(1, Math.round(r.height * k)), fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const read = await scene.read({ data: crop.data, width: crop.info.width, height: crop.info.height }, { deadline, fineFrom: 0 });
    passes.push(mapLines(read.lines, (b) => ({ x: r.x + b.x / k, y: r.y + b.y / k, width: b.width / k, height: b.height / k })));
    if (read.timedOut) return { passes, timedOut: true };
  }
  return { passes, timedOut: false };
}

/**
 * Covering regions of a picture and re-encoding it, the pixel half of `sanitize` and of the HTML report's previews
 * (src/core decides what to cover; only src/inputs touches pixels). Decoded at full size and auto-oriented, each
 * region covered (a solid box, or a blur strong enough that OCR cannot read the words back), and re-encoded: sharp
 * writes no metadata block unless asked, so EXIF, GPS, XMP, IPTC, comments and embedded thumbnails are all gone.
 */
import sharp, { type OverlayOptions } from 'sharp';
import { InputError } from '../core/errors.js';
import type { Box } from '../core/types.js';
import { openImage, sniffFormat, type ImageFormat } from './image.js';

export type RedactStyle = 'box' | 'blur';

/** Output encoding per input format: what social sites take; pictures with flat colours stay lossless. */
export const OUTPUT_FORMAT: Record<ImageFormat, 'jpeg' | 'png' | 'webp'> = {
  jpeg: 'jpeg',
  png: 'png',
  webp: 'webp',
  heic: 'jpeg',
  avif: 'jpeg',
  tiff: 'jpeg',
  gif: 'png',
  bmp: 'png',
};

/** A region to cover and why. */
export interface Region {
  box: Box;
  reason: string;
  /** A name tag or badge text: the box holds its lines of text; the cover grows to the plate they are printed on. */
  tag?: { lineHeight: number };
}

type Extract = { left: number; top: number; width: number; height: number };

/**
 * Grow a tag's text box to the plate it is printed on: each side moves out while the strip beyond it is mostly the
 * plate's colour (sampled just outside the text), at most 1.5 line heights, so a name plate or a badge's panel is
 * covered whole and a big photo behind it is not.
 */
function toPlate(data: Buffer, raw: { width: number; height: number; channels: number }, b: Extract, lineHeight: number): Extract {
  const { width: W, height: H, channels: C } = raw;
  const at = (x: number, y: number) => (y * W + x) * C;
  const ring: number[][] = [];
  for (let x = b.left; x < b.left + b.width; x += 2) for (const y of [b.top, b.top + b.height - 1]) ring.push([...data.subarray(at(x, y), at(x, y) + 3)]);
  for (let y = b.top; y < b.top + b.height; y += 2) for (const x of [b.left, b.left + b.width - 1]) ring.push([...data.subarray(at(x, y), at(x, y) + 3)]);
  const median = (k: number) => ring.map((p) => p[k]).sort((p, q) => p - q)[ring.length >> 1] ?? 0;
  const bg = [median(0), median(1), median(2)];
  const plate = (x: number, y: number) => Math.abs(data[at(x, y)] - bg[0]) + Math.abs(data[at(x, y) + 1] - bg[1]) + Math.abs(data[at(x, y) + 2] - bg[2]) < 60;
  const share = (xs: number[], ys: number[]) => {
    let n = 0;
    for (const y of ys) for (const x of xs) n += plate(x, y) ? 1 : 0;
    return n / (xs.length * ys.length);
  };
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
  const max = Math.round(1.5 * lineHeight);
  let [x0, y0, x1, y1] = [b.left, b.top, b.left + b.width, b.top + b.height];
  for (let i = 0; i < max && y0 > 0 && share(range(x0, x1), [y0 - 1]) >= 0.7; i++) y0--;
  for (let i = 0; i < max && y1 < H && share(range(x0, x1), [y1]) >= 0.7; i++) y1++;
  for (let i = 0; i < max && x0 > 0 && share([x0 - 1], range(y0, y1)) >= 0.7; i++) x0--;
  for (let i = 0; i < max && x1 < W && share([x1], range(y0, y1)) >= 0.7; i++) x1++;
  // The plate's own border (a rim a few pixels wide) goes too.
  const rim = Math.max(3, Math.round(lineHeight / 4));
  x0 = Math.max(0, x0 - rim);
  y0 = Math.max(0, y0 - rim);
  x1 = Math.min(W, x1 + rim);
  y1 = Math.min(H, y1 + rim);
  return { left: x0, top: y0, width: x1 - x0, height: y1 - y0 };
}

/** Grow a box by a quarter of its height on every side (ascenders, descenders, OCR boxes that hug the ink). */
function padBox(box: Box, width: number, height: number): { left: number; top: number; width: number; height: number } {
  const pad = Math.max(2, Math.round(Math.min(box.height, box.width) * 0.25));
  const left = Math.max(0, Math.floor(box.x - pad));
  const top = Math.max(0, Math.floor(box.y - pad));
  return {
    left,
    top,
    width: Math.max(1, Math.min(width - left, Math.ceil(box.width + 2 * pad))),
    height: Math.max(1, Math.min(height - top, Math.ceil(box.height + 2 * pad))),
  };
}

/**
 * Decode at full size, auto-oriented; cover each region; encode with no metadata at all. `blur` shrinks the region
 * to a few pixels per letter height and smooths it back up: a light pixelation can be read back by OCR, this cannot.
 */
export async function redactImage(path: string, bytes: Buffer, regions: readonly Region[], style: RedactStyle, maxPixels?: number): Promise<Buffer> {
  const format = sniffFormat(bytes);
  if (!format) throw new InputError(path, 'not an image (unrecognised format)');
  const opened = await openImage(path, bytes, format, maxPixels);
  try {
    const { data, info } = await opened
      .open()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    const raw = { width: info.width, height: info.height, channels: info.channels };
    const overlays: OverlayOptions[] = [];
    for (const r of regions) {
      const b = r.tag ? toPlate(data, raw, padBox(r.box, info.width, info.height), r.tag.lineHeight) : padBox(r.box, info.width, info.height);
      if (style === 'box') {
        overlays.push({ input: { create: { width: b.width, height: b.height, channels: 3, background: '#1b1f27' } }, left: b.left, top: b.top });
        continue;
      }
      const step = Math.max(6, Math.round(Math.min(b.width, b.height) / 3));
      const small = await sharp(data, { raw })
        .extract(b)
        .resize(Math.max(1, Math.round(b.width / step)), Math.max(1, Math.round(b.height / step)), { fit: 'fill', kernel: 'cubic' })
        .png()
        .toBuffer();
      const patch = await sharp(small)
        .resize(b.width, b.height, { fit: 'fill', kernel: 'cubic' })
        .blur(Math.max(2, step / 2))
        .png()
        .toBuffer();
      overlays.push({ input: patch, left: b.left, top: b.top });
    }
    const image = sharp(data, { raw }).composite(overlays);
    const out = OUTPUT_FORMAT[opened.format];
    if (out === 'png') return await image.png({ compressionLevel: 9 }).toBuffer();
    if (out === 'webp') return await image.webp({ quality: 88 }).toBuffer();
    return await image.jpeg({ quality: 90 }).toBuffer();
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, `cannot clean the image (${(err as Error).message.split('\n')[0]})`);
  }
}

/** A picture shrunk to fit `maxSide` (never enlarged) as JPEG, with the size of the picture it was made from. */
export async function shrinkToJpeg(bytes: Buffer, maxSide: number): Promise<{ jpeg: Buffer; width: number; height: number }> {
  const meta = await sharp(bytes).metadata();
  const jpeg = await sharp(bytes)
    .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 72 })
    .toBuffer();
  return { jpeg, width: meta.width ?? 0, height: meta.height ?? 0 };
}

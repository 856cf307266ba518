/**
 * Decoding attachments with sharp: sniff the format from the bytes (not the extension), refuse what would blow up
 * memory (a header claiming gigapixels) before decoding, decode once into an auto-oriented working raster that the
 * OCR, face and vision steps share, and turn every decoder failure into a one-line InputError.
 *
 * HEIC/HEIF (iPhone photos) goes through libheif compiled to WASM (`heic-decode`) when sharp has no HEVC decoder,
 * then into the same sharp pipeline as raw pixels.
 */
import sharp, { type Metadata, type Sharp } from 'sharp';
import { InputError } from '../core/errors.js';
import { bmpSize, decodeBmp, type BmpPixels } from './bmp.js';
import { sniffFormat, type ImageFormat } from './image-format.js';
import { pngProblem } from './png.js';
import type { Raster } from './vision.js';

/** Refuse anything bigger: 100 MP is a 12,000 x 8,000 panorama; a decoded RGBA raster of it is already 400 MB. */
export const MAX_PIXELS = 100_000_000;
/** Long side of the shared working raster. OCR reads text ~12 px high at this size; faces and vision downscale it. */
export const WORK_SIDE = 1600;

export { sniffFormat, type ImageFormat } from './image-format.js';

/** Whether this build of sharp/libvips can decode HEVC-coded HEIF (prebuilt sharp cannot: HEVC is patent-encumbered). */
export function canDecodeHeic(): boolean {
  const suffixes = (sharp.format as unknown as Record<string, { input?: { fileSuffix?: string[] } }>).heif?.input?.fileSuffix;
  return Boolean(suffixes?.includes('.heic'));
}

export interface DecodedImage {
  format: ImageFormat;
  /** Size of the auto-oriented image at full resolution: every box clearpost reports is in this frame. */
  width: number;
  height: number;
  /** EXIF orientation 1-8 (1 when absent). */
  orientation: number;
  /** Auto-oriented RGB (3 channels, 8 bit), long side at most WORK_SIDE. */
  rgb: Buffer;
  workWidth: number;
  workHeight: number;
  /** Full-size pixels per working pixel (>= 1). */
  scale: number;
  /** Pages or frames when more than one: only the first is screened (see OpenedImage). */
  frames?: number;
}

export interface DecodeOptions {
  maxPixels?: number;
  workSide?: number;
}

/**
 * The one-line cause for a sharp/libvips error. A PNG's own structure says it in plain words where libvips does not
 * ("corrupt header:", "truncated" for a checksum error): where the file ends early, or which chunk is damaged.
 */
function decodeCause(err: unknown, format: ImageFormat, buffer: Buffer): string {
  const plain = format === 'png' ? pngProblem(buffer) : undefined;
  if (plain) return plain;
  const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0];
  if (/premature end|truncated|unexpected end|short read|not enough data|Read error|out of data/i.test(msg))
    return `truncated ${format.toUpperCase()}`;
  if (/exceeds pixel limit/i.test(msg)) return `image is over the ${MAX_PIXELS / 1e6}-megapixel limit`;
  if (/corrupt|bad seek|invalid|unsupported|not a|wrong|bad/i.test(msg)) return `corrupt ${format.toUpperCase()} (${msg})`;
  return `cannot decode ${format.toUpperCase()} (${msg})`;
}

/** Image formats by file extension, to say what a file named as a picture is not. */
const NAMED_FORMATS: Record<string, string> = { jpg: 'JPEG', jpeg: 'JPEG', png: 'PNG', gif: 'GIF', webp: 'WebP', tif: 'TIFF', tiff: 'TIFF', heic: 'HEIC', heif: 'HEIF', avif: 'AVIF', bmp: 'BMP' };

/** Why bytes that no image format claims are refused: what the name promised, and what the bytes look like. */
function notAnImage(path: string, buffer: Buffer): string {
  const named = NAMED_FORMATS[/\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''];
  const head = buffer.subarray(0, 512);
  const text = !head.includes(0) && /^[\t\n\r\x20-\x7e\x80-\xff]*$/.test(head.toString('latin1'));
  const what = text ? 'it holds text' : 'its first bytes match no image format clearpost reads';
  return named ? `not an image (named .${/\.([a-z]+)$/i.exec(path)![1]} but not a ${named}: ${what})` : `not an image (unrecognised format: ${what})`;
}

/**
 * Read the header, enforce the pixel limit, then decode once: auto-orient, shrink to the working size, RGB.
 * Throws InputError with a one-line cause for empty, unknown, truncated, corrupt, oversized or undecodable files.
 */
/**
 * Why a JPEG that decodes is damaged inside (flipped bytes in its compressed data: "Corrupt JPEG data: premature end
 * of data segment"), or undefined when it is whole. libjpeg fills a damaged stretch with grey and goes on, so the
 * picture screens without an error; this reads the data once more at 1/8 scale (fast) failing on libjpeg's warnings.
 */
export async function damagedJpeg(buffer: Buffer): Promise<string | undefined> {
  try {
    await sharp(buffer, { failOn: 'warning', limitInputPixels: false }).resize({ width: 64 }).raw().toBuffer();
    return undefined;
  } catch (err) {
    const cause = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.replace(/^VipsJpeg:\s*/, '');
    return `damaged JPEG data (${cause}): parts of the picture may not decode as they show elsewhere, so what is in them may be missed`;
  }
}

export async function decodeImage(path: string, buffer: Buffer, options: DecodeOptions = {}): Promise<DecodedImage> {
  const maxPixels = options.maxPixels ?? MAX_PIXELS;
  const workSide = options.workSide ?? WORK_SIDE;
  if (buffer.length === 0) throw new InputError(path, 'empty file');
  const format = sniffFormat(buffer);
  if (!format) throw new InputError(path, notAnImage(path, buffer));
  const { open, width, height, orientation, frames } = await openImage(path, buffer, format, maxPixels);
  try {
    const { data, info } = await open()
      .resize({ width: workSide, height: workSide, fit: 'inside', withoutEnlargement: true })
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`unexpected ${info.channels}-channel raster`);
    return {
      format,
      width,
      height,
      orientation,
      rgb: data,
      workWidth: info.width,
      workHeight: info.height,
      scale: width / info.width,
      ...(frames ? { frames } : {}),
    };
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, decodeCause(err, format, buffer));
  }
}

/** An image ready to decode: `open()` gives a fresh full-size, auto-oriented sharp pipeline. */
export interface OpenedImage {
  format: ImageFormat;
  width: number;
  height: number;
  orientation: number;
  /** Pages or frames when more than one (a multi-page TIFF, an animated GIF or WebP): only the first is opened. */
  frames?: number;
  open: () => Sharp;
}

/**
 * Check the header (size limit, orientation) and give a way to open the auto-oriented pixels at full size: what
 * decodeImage shrinks for screening and what `sanitize` redacts and re-encodes. Throws InputError with a one-line
 * cause.
 */
export async function openImage(path: string, buffer: Buffer, format: ImageFormat, maxPixels = MAX_PIXELS): Promise<OpenedImage> {
  if (format === 'heic' && !canDecodeHeic()) return openHeic(path, buffer, maxPixels);
  if (format === 'bmp') return openBmp(path, buffer, maxPixels);
  let meta: Metadata;
  try {
    meta = await sharp(buffer, { limitInputPixels: false }).metadata();
  } catch (err) {
    throw new InputError(path, decodeCause(err, format, buffer));
  }
  const w0 = meta.width ?? 0;
  const h0 = meta.height ?? 0;
  if (!w0 || !h0) throw new InputError(path, `corrupt ${format.toUpperCase()} (no image size in the header)`);
  checkPixels(path, w0, h0, maxPixels);
  const orientation = meta.orientation && meta.orientation >= 1 && meta.orientation <= 8 ? meta.orientation : 1;
  const swap = orientation >= 5;
  return {
    format,
    width: swap ? h0 : w0,
    height: swap ? w0 : h0,
    orientation,
    ...(meta.pages && meta.pages > 1 ? { frames: meta.pages } : {}),
    open: () => sharp(buffer, { limitInputPixels: maxPixels, failOn: 'truncated', sequentialRead: true }).rotate(),
  };
}

function checkPixels(path: string, w: number, h: number, maxPixels: number): void {
  if (w * h > maxPixels) throw new InputError(path, `image is ${w}x${h}, over the ${Math.round(maxPixels / 1e6)}-megapixel limit`);
}

/**
 * Decode an image of an HEIC/HEIF file with libheif (WASM): the primary image (`index` 0), or a later top-level one
 * (a burst, a collection: `index` 1...). libheif applies the container's rotation and mirroring (`irot`/`imir`),
 * which HEIF readers must use instead of the EXIF orientation, so the pixels come out upright and `orientation` is 1.
 * The size is checked before any pixel is decoded.
 */
export async function openHeic(path: string, buffer: Buffer, maxPixels: number, index = 0): Promise<OpenedImage> {
  const fail = (err: unknown) => new InputError(path, `corrupt HEIC (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})`);
  const { default: heic } = await import('heic-decode');
  let images: Awaited<ReturnType<typeof heic.all>>;
  // libheif-js reports parse failures with console.log: keep them off stdout (a JSON report goes there) and use
  // them as the cause instead.
  const said: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => void said.push(args.map(String).join(' '));
  try {
    images = await heic.all({ buffer });
  } catch (err) {
    throw fail(said[0] ?? err);
  } finally {
    console.log = log;
  }
  if (!images.length) throw fail(said[0] ?? 'no image in the file');
  const frames = images.length;
  let pixels: Awaited<ReturnType<(typeof images)[number]['decode']>>;
  try {
    const image = images[index];
    if (!image?.width || !image.height) throw new Error(index ? `no image ${index + 1} in the file` : 'no image in the file');
    checkPixels(path, image.width, image.height, maxPixels);
    pixels = await image.decode();
  } catch (err) {
    throw err instanceof InputError ? err : fail(err);
  } finally {
    images.dispose();
  }
  const { width, height } = pixels;
  const data = Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength);
  return { format: 'heic', width, height, orientation: 1, ...(frames > 1 ? { frames } : {}), open: () => sharp(data, { raw: { width, height, channels: 4 } }) };
}

/**
 * A Windows bitmap, which libvips cannot read: decoded in src/inputs/bmp.ts (the size checked first), then raw pixels
 * into the same sharp pipeline. A BMP has no orientation tag and no pages.
 */
function openBmp(path: string, buffer: Buffer, maxPixels: number): OpenedImage {
  let pixels: BmpPixels;
  try {
    const { width, height } = bmpSize(buffer);
    checkPixels(path, width, height, maxPixels);
    pixels = decodeBmp(buffer);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const cause = (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
    throw new InputError(path, /ends inside/.test(cause) ? `truncated BMP: ${cause}` : `corrupt BMP (${cause})`);
  }
  const { width, height, data } = pixels;
  return { format: 'bmp', width, height, orientation: 1, open: () => sharp(data, { raw: { width, height, channels: 4 } }) };
}

/** Long side small images are enlarged to before OCR. */
export const OCR_MIN_SIDE = 1200;

/**
 * The working raster, greyscale and contrast-stretched, as PNG for tesseract, with the factor from its pixels to the
 * original's. `enlarge` scales small pictures up to OCR_MIN_SIDE (at most 3x): tesseract reads letters best at
 * 20-40 px, and a 480 px badge has 15 px print; big print suffers from it, so callers OCR both sizes.
 */
export async function ocrImage(img: DecodedImage, enlarge = true, maxSide = WORK_SIDE): Promise<{ png: Buffer; scale: number }> {
  const pipeline = sharp(img.rgb, { raw: { width: img.workWidth, height: img.workHeight, channels: 3 } });
  const long = Math.max(img.workWidth, img.workHeight);
  const target = enlarge ? Math.min(maxSide, Math.max(long, Math.min(OCR_MIN_SIDE, long * 3))) : Math.min(long, maxSide);
  if (target !== long) pipeline.resize({ width: target, height: target, fit: 'inside', kernel: 'cubic' });
  const { data, info } = await pipeline
    .greyscale()
    .normalise()
    .png({ compressionLevel: 1 })
    .toBuffer({ resolveWithObject: true });
  return { png: data, scale: img.width / info.width };
}

/** Map a box in working-raster pixels to full-size oriented pixels, clamped to the image. */
export function toFullBox(
  box: { x: number; y: number; width: number; height: number },
  scale: number,
  width: number,
  height: number,
): { x: number; y: number; width: number; height: number } {
  const x = Math.max(0, Math.round(box.x * scale));
  const y = Math.max(0, Math.round(box.y * scale));
  return {
    x,
    y,
    width: Math.max(1, Math.min(width - x, Math.round(box.width * scale))),
    height: Math.max(1, Math.min(height - y, Math.round(box.height * scale))),
  };
}

/** Long side of the copy the pixel heuristics run on. */
const VISION_SIDE = 640;

/** The working raster at VISION_SIDE on the long side at most (itself when it is that small): what the pixel cues read. */
export async function toVisionRaster(img: DecodedImage): Promise<Raster> {
  const long = Math.max(img.workWidth, img.workHeight);
  if (long <= VISION_SIDE) return { data: img.rgb, width: img.workWidth, height: img.workHeight };
  const { data, info } = await sharp(img.rgb, { raw: { width: img.workWidth, height: img.workHeight, channels: 3 } })
    .resize({ width: VISION_SIDE, height: VISION_SIDE, fit: 'inside' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

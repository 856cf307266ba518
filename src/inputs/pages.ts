/**
 * The pages of a multi-page picture (a TIFF of several scanned pages, an animated GIF's or WebP's frames), each given
 * as a picture of its own so the screener reads it as it reads the first (user test 27, U3-15: only the first was
 * read). A page is written as a single-page TIFF without loss, its own metadata kept.
 */
import sharp from 'sharp';
import { InputError } from '../core/errors.js';
import { canDecodeHeic, openHeic } from './image.js';
import { sniffFormat } from './image-format.js';

/**
 * Pages of a multi-page TIFF (or frames of an animated GIF) screened and kept by default: each is a picture of its
 * own, OCR and faces included, so a 10-page scan costs ten pictures; past this the note says which were not screened.
 */
export const MAX_PAGES = 10;

/** How many pages or frames a picture holds (1 for most, and for one whose header cannot be read). */
export async function pageCount(buffer: Buffer): Promise<number> {
  try {
    const meta = await sharp(buffer, { limitInputPixels: false }).metadata();
    return meta.pages && meta.pages > 1 ? meta.pages : 1;
  } catch {
    return 1;
  }
}

/** Page `index` (0 is the first) as a picture of its own; throws InputError naming the page when it cannot be read. */
export async function pageImage(path: string, buffer: Buffer, index: number, maxPixels: number): Promise<Buffer> {
  try {
    // a later image of an HEIC (a burst, a collection) without sharp's HEVC decoder: libheif's, as lossless PNG
    if (sniffFormat(buffer) === 'heic' && !canDecodeHeic()) return await (await openHeic(path, buffer, maxPixels, index)).open().png({ compressionLevel: 1 }).toBuffer();
    return await sharp(buffer, { page: index, limitInputPixels: maxPixels }).keepMetadata().tiff({ compression: 'lzw' }).toBuffer();
  } catch (err) {
    const cause = err instanceof InputError ? err.reason : (err as Error).message.split('\n')[0];
    throw new InputError(path, `page ${index + 1} cannot be read (${cause})`);
  }
}

/**
 * Cleaned pages joined back into one picture of the original's kind: a multi-page TIFF (JPEG inside), an animated GIF
 * or WebP, so a clean copy of a scanned document is still the whole document (user test 29, U29-6). No metadata.
 */
export async function joinPages(pages: readonly Buffer[], format: 'tiff' | 'gif' | 'webp'): Promise<Buffer> {
  const joined = sharp([...pages], { join: { animated: true } });
  if (format === 'gif') return joined.gif().toBuffer();
  if (format === 'webp') return joined.webp({ quality: 90 }).toBuffer();
  return joined.tiff({ compression: 'jpeg', quality: 90 }).toBuffer();
}

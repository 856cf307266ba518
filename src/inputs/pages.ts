/**
 * The pages of a multi-page picture (a TIFF of several scanned pages, an animated GIF's or WebP's frames), each given
 * as a picture of its own so the screener reads it as it reads the first (user test 27, U3-15: only the first was
 * read). A page is written as a single-page TIFF without loss, its own metadata kept.
 */
import sharp from 'sharp';
import { InputError } from '../core/errors.js';

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
    return await sharp(buffer, { page: index, limitInputPixels: maxPixels }).keepMetadata().tiff({ compression: 'lzw' }).toBuffer();
  } catch (err) {
    throw new InputError(path, `page ${index + 1} cannot be read (${(err as Error).message.split('\n')[0]})`);
  }
}

/**
 * What format a picture's bytes are, from their magic numbers: needs no image library, so the commands that only
 * name a format (the local page's downloads) do not load sharp.
 */
export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'tiff' | 'gif' | 'heic' | 'avif' | 'bmp';

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** The format the bytes say they are (magic numbers), whatever the file is called. */
export function sniffFormat(buf: Buffer): ImageFormat | undefined {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg';
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0x89504e47 && buf.readUInt32BE(4) === 0x0d0a1a0a) return 'png';
  if (buf.length >= 6 && buf.toString('latin1', 0, 4) === 'GIF8') return 'gif';
  if (buf.length >= 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (buf.length >= 4 && (buf.toString('latin1', 0, 4) === 'II*\0' || buf.toString('latin1', 0, 4) === 'MM\0*')) return 'tiff';
  if (buf.length >= 2 && buf.toString('latin1', 0, 2) === 'BM') return 'bmp';
  if (buf.length >= 12 && buf.toString('latin1', 4, 8) === 'ftyp') {
    // ISO-BMFF: the major brand, then compatible brands; mif1/msf1 alone say HEIF without naming the codec.
    const boxSize = Math.min(buf.readUInt32BE(0), buf.length, 64);
    const brands: string[] = [buf.toString('latin1', 8, 12)];
    for (let o = 16; o + 4 <= boxSize; o += 4) brands.push(buf.toString('latin1', o, o + 4));
    if (brands.some((b) => AVIF_BRANDS.has(b))) return 'avif';
    if (brands.some((b) => HEIC_BRANDS.has(b) || b === 'mif1' || b === 'msf1')) return 'heic';
  }
  return undefined;
}

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

/** ISO-BMFF boxes inside `buf[start, end)`: type, where the payload starts, where the box ends. */
function* boxes(buf: Buffer, start: number, end: number): Generator<{ type: string; body: number; end: number }> {
  let o = start;
  while (o + 8 <= end) {
    let size = buf.readUInt32BE(o);
    let body = o + 8;
    if (size === 1 && o + 16 <= end) {
      size = Number(buf.readBigUInt64BE(o + 8));
      body = o + 16;
    } else if (size === 0) size = end - o;
    if (size < body - o || o + size > end) return;
    yield { type: buf.toString('latin1', o + 4, o + 8), body, end: o + size };
    o += size;
  }
}

/**
 * Frames of the image sequence an HEIF/AVIF file carries in a track (`moov`: an `avis` animation, an HEIF burst stored
 * as a sequence), counted from each video track's sample sizes (`stsz`); undefined when there is none. The still
 * images beside it are the file's pages; the track's frames are not decoded (libheif reads items, not tracks).
 */
export function heifSequenceFrames(buf: Buffer): number | undefined {
  if (buf.length < 12 || buf.toString('latin1', 4, 8) !== 'ftyp') return undefined;
  const path = ['moov', 'trak', 'mdia', 'minf', 'stbl', 'stsz'];
  let frames = 0;
  const walk = (start: number, end: number, depth: number): void => {
    for (const b of boxes(buf, start, end)) {
      if (b.type !== path[depth]) continue;
      if (depth === path.length - 1) {
        // stsz: version/flags (4), sample_size (4), sample_count (4)
        if (b.body + 12 <= b.end) frames += buf.readUInt32BE(b.body + 8);
      } else walk(b.body, b.end, depth + 1);
    }
  };
  walk(0, buf.length, 0);
  return frames > 0 ? frames : undefined;
}

/**
 * Windows bitmaps (BMP), which sharp/libvips cannot read: Paint, the Snipping Tool's "save as" and scanner software
 * write them (user test 29, U29-27: a .bmp was skipped as "binary file, not text"). The headers Windows writes
 * (BITMAPCOREHEADER, BITMAPINFOHEADER and its V4/V5 extensions), 1/4/8-bit palettes, 16/24/32-bit colour with or
 * without bit fields, RLE4/RLE8, bottom-up or top-down rows, decoded into RGBA for sharp. A BMP carries no EXIF, XMP
 * or comments: its pixels are all there is to screen.
 */

export interface BmpPixels {
  width: number;
  height: number;
  /** RGBA, 8 bits a channel, top row first. */
  data: Buffer;
}

/** The size a BMP's header gives, without decoding (the pixel limit is checked before any pixel is read). */
export function bmpSize(buf: Buffer): { width: number; height: number } {
  if (buf.length < 26 || buf.toString('latin1', 0, 2) !== 'BM') throw new Error('not a BMP');
  const headerSize = buf.readUInt32LE(14);
  if (headerSize === 12) return { width: buf.readUInt16LE(18), height: buf.readUInt16LE(20) };
  if (buf.length < 26 || headerSize < 40) throw new Error(`unknown header (${headerSize} bytes)`);
  return { width: Math.abs(buf.readInt32LE(18)), height: Math.abs(buf.readInt32LE(22)) };
}

/** A channel's mask as a shift and a scale to 8 bits (0 when the mask is empty). */
function field(mask: number): (v: number) => number {
  if (!mask) return () => 0;
  let shift = 0;
  while (((mask >>> shift) & 1) === 0) shift++;
  const max = mask >>> shift;
  return (v) => Math.round((((v & mask) >>> shift) * 255) / max);
}

/** Decode a BMP; throws an Error with a short cause for what it cannot read (the caller names the file). */
export function decodeBmp(buf: Buffer): BmpPixels {
  const { width, height } = bmpSize(buf);
  const headerSize = buf.readUInt32LE(14);
  const core = headerSize === 12;
  const rawHeight = core ? buf.readUInt16LE(20) : buf.readInt32LE(22);
  const topDown = rawHeight < 0;
  const bpp = buf.readUInt16LE(core ? 24 : 28);
  const compression = core ? 0 : buf.readUInt32LE(30);
  const offset = buf.readUInt32LE(10);
  if (!width || !height) throw new Error('no image size in the header');
  if (![1, 4, 8, 16, 24, 32].includes(bpp)) throw new Error(`${bpp} bits a pixel`);
  // palette
  const paletteStart = 14 + headerSize + (compression === 3 && headerSize === 40 ? 12 : compression === 6 && headerSize === 40 ? 16 : 0);
  const entry = core ? 3 : 4;
  const used = core ? 0 : buf.readUInt32LE(46);
  const colours = bpp <= 8 ? used || 1 << bpp : 0;
  const palette: number[][] = [];
  for (let i = 0; i < colours && paletteStart + i * entry + 2 < buf.length; i++) {
    const o = paletteStart + i * entry;
    palette.push([buf[o + 2]!, buf[o + 1]!, buf[o]!]);
  }
  const out = Buffer.alloc(width * height * 4, 255);
  const put = (x: number, row: number, r: number, g: number, b: number, a = 255) => {
    const y = topDown ? row : height - 1 - row;
    if (x >= width || y < 0 || y >= height) return;
    const o = (y * width + x) * 4;
    out[o] = r;
    out[o + 1] = g;
    out[o + 2] = b;
    out[o + 3] = a;
  };
  const fromPalette = (x: number, row: number, i: number) => {
    const c = palette[i] ?? [0, 0, 0];
    put(x, row, c[0]!, c[1]!, c[2]!);
  };
  if (compression === 1 || compression === 2) {
    decodeRle(buf, offset, compression === 1 ? 8 : 4, width, height, fromPalette);
    return { width, height, data: out };
  }
  if (compression !== 0 && compression !== 3 && compression !== 6) throw new Error(`compression ${compression} (JPEG or PNG inside a BMP)`);
  // bit fields: the masks follow a 40-byte header, or are in the V4/V5 header at the same place
  let masks = bpp === 16 ? [0x7c00, 0x03e0, 0x001f, 0] : [0xff0000, 0xff00, 0xff, 0];
  if (compression === 3 || compression === 6) {
    masks = [buf.readUInt32LE(54), buf.readUInt32LE(58), buf.readUInt32LE(62), compression === 6 || headerSize >= 56 ? buf.readUInt32LE(66) : 0];
  }
  const [fr, fg, fb, fa] = masks.map(field) as [(v: number) => number, (v: number) => number, (v: number) => number, (v: number) => number];
  const hasAlpha = masks[3] !== 0;
  const stride = Math.ceil((width * bpp) / 32) * 4;
  if (offset + stride * (height - 1) + Math.ceil((width * bpp) / 8) > buf.length) throw new Error('the file ends inside the pixel data');
  for (let row = 0; row < height; row++) {
    const base = offset + row * stride;
    for (let x = 0; x < width; x++) {
      if (bpp <= 8) {
        const bit = x * bpp;
        const byte = buf[base + (bit >> 3)]!;
        fromPalette(x, row, (byte >> (8 - bpp - (bit & 7))) & ((1 << bpp) - 1));
      } else if (bpp === 24) {
        const o = base + x * 3;
        put(x, row, buf[o + 2]!, buf[o + 1]!, buf[o]!);
      } else {
        const v = bpp === 16 ? buf.readUInt16LE(base + x * 2) : buf.readUInt32LE(base + x * 4);
        put(x, row, fr(v), fg(v), fb(v), hasAlpha ? fa(v) : 255);
      }
    }
  }
  // a 32-bit bitmap whose alpha bits are all zero is opaque (most writers leave them unset)
  if (hasAlpha && !out.some((v, i) => i % 4 === 3 && v !== 0)) for (let i = 3; i < out.length; i += 4) out[i] = 255;
  return { width, height, data: out };
}

/** RLE8 / RLE4: runs and absolute stretches, end of line, end of bitmap and deltas; what is not written stays white. */
function decodeRle(buf: Buffer, offset: number, bits: 4 | 8, width: number, height: number, put: (x: number, row: number, i: number) => void): void {
  let x = 0;
  let row = 0;
  let o = offset;
  const pixel = (value: number, n: number) => (bits === 8 ? value : n % 2 === 0 ? value >> 4 : value & 15);
  while (o + 1 < buf.length && row < height) {
    const count = buf[o]!;
    const value = buf[o + 1]!;
    o += 2;
    if (count > 0) {
      for (let n = 0; n < count; n++) put(x++, row, pixel(value, n));
    } else if (value === 0) {
      x = 0;
      row++;
    } else if (value === 1) {
      return;
    } else if (value === 2) {
      x += buf[o] ?? 0;
      row += buf[o + 1] ?? 0;
      o += 2;
    } else {
      const bytes = bits === 8 ? value : Math.ceil(value / 2);
      for (let n = 0; n < value; n++) put(x++, row, bits === 8 ? buf[o + n]! : pixel(buf[o + (n >> 1)]!, n));
      o += bytes + (bytes % 2);
    }
    if (x > width + 2) x = width;
  }
}

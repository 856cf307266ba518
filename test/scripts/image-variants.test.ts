/** The robustness eval's variant maker: sizes, colours, orientation, no metadata, the same bytes every time. */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DARKER, DOWNSCALE_SIDE, IMAGE_VARIANTS, TILT_DEGREES, makeVariant, tiltCropScale } from '../../src/scripts/image-variants.js';

const variant = (name: string) => IMAGE_VARIANTS.find((v) => v.name === name)!;

/** A grey photo with GPS-free EXIF (a camera make) and an orientation tag. */
async function photo(width: number, height: number, orientation = 1, rgb = { r: 150, g: 150, b: 150 }): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: rgb } })
    .jpeg({ quality: 95 })
    .withMetadata({ orientation, exif: { IFD0: { Make: 'TestCam' } } })
    .toBuffer();
}

async function mean(buf: Buffer): Promise<number[]> {
  const s = await sharp(buf).stats();
  return s.channels.slice(0, 3).map((c) => c.mean);
}

describe('image variants (eval --augment)', () => {
  it('makes every variant as an upright JPEG with no metadata, the same bytes twice', async () => {
    const input = await photo(400, 300, 6);
    for (const v of IMAGE_VARIANTS) {
      const a = await makeVariant(input, v);
      const meta = await sharp(a).metadata();
      expect(meta.format, v.name).toBe('jpeg');
      expect(meta.exif, v.name).toBeUndefined();
      expect(meta.orientation, v.name).toBeUndefined();
      // Orientation 6 turns the 400x300 frame upright: taller than wide.
      expect(meta.height!, v.name).toBeGreaterThan(meta.width!);
      expect((await makeVariant(input, v)).equals(a), v.name).toBe(true);
    }
  });

  it('downscales a large photo to the long side and leaves a small one its size', async () => {
    const big = await sharp(await makeVariant(await photo(2000, 1000), variant('downscale'))).metadata();
    expect([big.width, big.height]).toEqual([DOWNSCALE_SIDE, DOWNSCALE_SIDE / 2]);
    const small = await sharp(await makeVariant(await photo(640, 480), variant('downscale'))).metadata();
    expect([small.width, small.height]).toEqual([640, 480]);
  });

  it('crops the centre 80 % and cuts a tilted photo back to an upright rectangle with no corners', async () => {
    const crop = await sharp(await makeVariant(await photo(1000, 500), variant('crop80'))).metadata();
    expect([crop.width, crop.height]).toEqual([800, 400]);
    const s = tiltCropScale(1000, 500, TILT_DEGREES);
    expect(s).toBeGreaterThan(0.85);
    expect(s).toBeLessThan(1);
    const tilted = await makeVariant(await photo(1000, 500, 1, { r: 200, g: 200, b: 200 }), variant('tilt4'));
    const meta = await sharp(tilted).metadata();
    expect([meta.width, meta.height]).toEqual([Math.floor(1000 * s), Math.floor(500 * s)]);
    // No black corner from the turn is left in the frame.
    const { data, info } = await sharp(tilted).raw().toBuffer({ resolveWithObject: true });
    for (const [x, y] of [[0, 0], [info.width - 1, 0], [0, info.height - 1], [info.width - 1, info.height - 1]]) {
      expect(data[(y! * info.width + x!) * info.channels]!).toBeGreaterThan(150);
    }
  });

  it('darkens every channel and warms the white balance', async () => {
    const input = await photo(200, 200, 1, { r: 150, g: 150, b: 150 });
    const dark = await mean(await makeVariant(input, variant('darker')));
    for (const c of dark) expect(c).toBeCloseTo(150 * DARKER, -1);
    const [r, g, b] = await mean(await makeVariant(input, variant('warm')));
    expect(r!).toBeGreaterThan(g! + 8);
    expect(b!).toBeLessThan(g! - 15);
  });

  it('recompresses harder in the low-quality variant', async () => {
    // A busy picture: noise compresses badly, so quality shows in the size.
    const noise = Buffer.alloc(300 * 300 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const input = await sharp(noise, { raw: { width: 300, height: 300, channels: 3 } }).jpeg({ quality: 95 }).toBuffer();
    const low = await makeVariant(input, variant('jpeg40'));
    const usual = await makeVariant(input, { ...variant('jpeg40'), quality: 85 });
    expect(low.length).toBeLessThan(usual.length * 0.8);
  });
});

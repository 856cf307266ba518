// Decoding attachments: format sniffing, auto-orientation, and one-line errors for broken files (never a crash).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { damagedJpeg, decodeImage, ocrImage, sniffFormat } from '../../src/inputs/image.js';

const fx = (name: string) => readFileSync(`fixtures/images/${name}`);

describe('sniffFormat', () => {
  it.each([
    ['badge.png', 'png'],
    ['police-tape.jpg', 'jpeg'],
    ['police-car-door.webp', 'webp'],
    ['police-car-door.tiff', 'tiff'],
    ['police-car-door.gif', 'gif'],
    ['broken-heic.heic', 'heic'],
    ['house-number.heic', 'heic'],
  ])('%s is %s', (name, format) => {
    expect(sniffFormat(fx(name))).toBe(format);
  });

  it('ignores the extension', () => {
    expect(sniffFormat(fx('broken-not-an-image.jpg'))).toBeUndefined();
  });
});

describe('decodeImage', () => {
  it('auto-orients: EXIF orientation 6 swaps width and height', async () => {
    const img = await decodeImage('people-tags.jpg', fx('people-tags.jpg'));
    expect(img.orientation).toBe(6);
    expect([img.width, img.height]).toEqual([480, 320]);
    expect([img.workWidth, img.workHeight]).toEqual([480, 320]);
    expect(img.rgb.length).toBe(480 * 320 * 3);
  });

  it('shrinks big pictures to the working size and records the scale', async () => {
    const sharp = (await import('sharp')).default;
    const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#777' } }).jpeg().toBuffer();
    const img = await decodeImage('big.jpg', big);
    expect([img.width, img.height]).toEqual([4000, 3000]);
    expect(Math.max(img.workWidth, img.workHeight)).toBe(1600);
    expect(img.scale).toBeCloseTo(2.5);
  });

  it.each([
    ['broken-truncated.jpg', /^truncated JPEG$/],
    ['broken-empty.png', /^empty file$/],
    ['broken-not-an-image.jpg', /^not an image/],
    ['broken-gigapixel.png', /^image is 100000x100000, over the 100-megapixel limit$/],
    ['broken-heic.heic', /^corrupt HEIC \(Could not parse HEIF file/],
  ])('%s gives a one-line InputError', async (name, reason) => {
    const err = await decodeImage(name, fx(name)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).reason).toMatch(reason);
    expect((err as InputError).message).not.toContain('\n');
  });

  it('decodes HEIC with the WASM decoder, upright, without writing to stdout', async () => {
    const logged: unknown[] = [];
    const log = console.log;
    console.log = (...a: unknown[]) => void logged.push(a);
    try {
      const img = await decodeImage('house-number.heic', fx('house-number.heic'));
      expect(img).toMatchObject({ format: 'heic', width: 560, height: 420, orientation: 1 });
      expect(img.rgb.length).toBe(560 * 420 * 3);
      // The plaque is dark print on a light board: the decoded picture is not blank.
      expect(new Set(img.rgb.subarray(0, 30000)).size).toBeGreaterThan(20);
      await decodeImage('broken-heic.heic', fx('broken-heic.heic')).catch(() => undefined);
    } finally {
      console.log = log;
    }
    expect(logged).toEqual([]);
  });

  it('refuses an oversized HEIC before decoding its pixels', async () => {
    const err = await decodeImage('house-number.heic', fx('house-number.heic'), { maxPixels: 1000 }).catch((e: unknown) => e);
    expect((err as InputError).reason).toBe('image is 560x420, over the 0-megapixel limit');
  });

  it('enforces a custom pixel limit', async () => {
    const err = await decodeImage('badge.png', fx('badge.png'), { maxPixels: 1000 }).catch((e: unknown) => e);
    expect((err as InputError).reason).toBe('image is 480x420, over the 0-megapixel limit');
  });

  it('enlarges small pictures for OCR', async () => {
    const img = await decodeImage('badge.png', fx('badge.png'));
    const { scale } = await ocrImage(img);
    expect(scale).toBeCloseTo(480 / 1200, 2);
  });
});

// User test 24 #9: a broken PNG's line said "corrupt PNG (Input buffer has corrupt header:)"; it says where and why.
// User test 25, P2-7: a JPEG with flipped bytes in its data decoded (grey where it breaks) and passed with no note.
describe('a JPEG damaged inside', () => {
  it('is named with libjpeg\'s cause; a whole one is not', async () => {
    const whole = readFileSync('fixtures/images/house-number.jpg');
    expect(await damagedJpeg(whole)).toBeUndefined();
    const broken = Buffer.from(whole);
    for (let i = 600; i < broken.length - 2; i += 97) broken[i] ^= 0xff;
    await expect(decodeImage('broken.jpg', broken)).resolves.toBeDefined();
    expect(await damagedJpeg(broken)).toMatch(/^damaged JPEG data \(Corrupt JPEG data[^)]*\): parts of the picture/);
  });
});

describe('a broken PNG is named in plain words', () => {
  const clean = () => Buffer.from(fx('clean.png'));
  const reason = async (name: string, bytes: Buffer) => ((await decodeImage(name, bytes).catch((e: unknown) => e)) as InputError).reason;

  it('cut short: the chunk it ends in, and how much of it is there', async () => {
    const png = clean();
    const idat = png.indexOf('IDAT');
    expect(await reason('cut.png', png.subarray(0, idat + 14))).toMatch(/^truncated PNG: the file ends inside the IDAT chunk \(image data\), 10 of its [\d,]+ bytes there/);
  });

  it('a damaged chunk: which one fails its checksum', async () => {
    const png = clean();
    const idat = png.indexOf('IDAT');
    png[idat + 6] ^= 0xff;
    expect(await reason('bad.png', png)).toBe('corrupt PNG: the IDAT chunk (image data) fails its checksum (CRC): the file was damaged in a copy or transfer');
  });

  it('named .png but not one: says so, and that it holds text', async () => {
    expect(await reason('notes.png', Buffer.from('hello, this is a text file'))).toBe('not an image (named .png but not a PNG: it holds text)');
    const png = clean();
    png[0] = 0;
    expect(await reason('x.png', png)).toMatch(/^not an image \(named \.png but not a PNG: its first bytes match no image format/);
  });
});

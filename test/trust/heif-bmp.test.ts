// AVIF and BMP pictures, and HEIF/AVIF files holding more than one image (user test 29, U29-27): an AVIF's EXIF (GPS,
// Artist) was not read while the same EXIF in an HEIC was; a .bmp, which the README says sanitize turns into PNG, was
// "binary file, not text (skipped)"; an HEIC's second image failed as "page 2 cannot be read" and the note promised a
// copy that "cleans and keeps each" when the copy is one JPEG; an image sequence (a track) went unmentioned.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sequenceNote } from '../../src/core/image-engine.js';
import type { Report } from '../../src/core/types.js';
import { decodeBmp } from '../../src/inputs/bmp.js';
import { kindOf } from '../../src/inputs/discover.js';
import { decodeImage } from '../../src/inputs/image.js';
import { heifSequenceFrames } from '../../src/inputs/image-format.js';
import { readMetadata } from '../../src/inputs/metadata.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const QUICK = ['-f', 'json', '--no-ocr', '--no-faces', '--no-model'];
const EXIF = {
  IFD0: { Artist: 'Mike Torres' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '41/1 18/1 36/1', GPSLongitudeRef: 'W', GPSLongitude: '72/1 55/1 48/1' },
};

const flat = (colour: string, width = 64, height = 48) => sharp({ create: { width, height, channels: 3, background: colour } });

/** A bottom-up BMP (BITMAPINFOHEADER) of RGB pixels, 24 bits a pixel, or 8 with the palette given. */
function bmp(width: number, height: number, pixel: (x: number, y: number) => [number, number, number], bits: 24 | 32 = 24): Buffer {
  const bpp = bits / 8;
  const stride = Math.ceil((width * bpp) / 4) * 4;
  const data = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(x, y);
      const o = (height - 1 - y) * stride + x * bpp;
      data[o] = b;
      data[o + 1] = g;
      data[o + 2] = r;
    }
  const head = Buffer.alloc(54);
  head.write('BM', 0, 'latin1');
  head.writeUInt32LE(54 + data.length, 2);
  head.writeUInt32LE(54, 10);
  head.writeUInt32LE(40, 14);
  head.writeInt32LE(width, 18);
  head.writeInt32LE(height, 22);
  head.writeUInt16LE(1, 26);
  head.writeUInt16LE(bits, 28);
  head.writeUInt32LE(data.length, 34);
  return Buffer.concat([head, data]);
}

/** An 8-bit palette BMP, top-down (negative height), two colours: left half red, right half blue. */
function paletteBmp(width: number, height: number): Buffer {
  const stride = Math.ceil(width / 4) * 4;
  const data = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * stride + x] = x < width / 2 ? 0 : 1;
  const head = Buffer.alloc(54 + 8);
  head.write('BM', 0, 'latin1');
  head.writeUInt32LE(head.length + data.length, 2);
  head.writeUInt32LE(head.length, 10);
  head.writeUInt32LE(40, 14);
  head.writeInt32LE(width, 18);
  head.writeInt32LE(-height, 22);
  head.writeUInt16LE(1, 26);
  head.writeUInt16LE(8, 28);
  head.writeUInt32LE(2, 46);
  Buffer.from([0, 0, 255, 0, 255, 0, 0, 0]).copy(head, 54); // BGRx: red, blue
  return Buffer.concat([head, data]);
}

const hasHeifEnc = (() => {
  try {
    execFileSync('heif-enc', ['--help'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    return (err as { code?: string }).code !== 'ENOENT';
  }
})();

describe('AVIF metadata', () => {
  it("reads an AVIF's EXIF: GPS and the photographer, as an HEIC's", async () => {
    const avif = await flat('#886644').withExif(EXIF).avif().toBuffer();
    const img = await decodeImage('a.avif', avif);
    expect(img.format).toBe('avif');
    const { facts, tags } = await readMetadata(avif, img.format, img);
    expect(facts.gps?.lat).toBeCloseTo(41.31, 3);
    expect(facts.gps?.lon).toBeCloseTo(-72.93, 3);
    expect(tags['IFD0:Artist']).toBe('Mike Torres');
    const dir = tempDir('avif');
    writeFileSync(join(dir, 'a.avif'), avif);
    const r = await runCli(['check', 'a.avif', ...QUICK], dir);
    expect((JSON.parse(r.out) as Report).files[0]!.findings.map((f) => f.ruleId).sort()).toEqual(['image/camera-identity', 'image/gps']);
  });
});

describe('BMP', () => {
  it('decodes 24-bit bottom-up, 32-bit and 8-bit palette top-down bitmaps', () => {
    const px = (x: number, y: number): [number, number, number] => [x * 10, y * 20, 200];
    for (const bits of [24, 32] as const) {
      const { width, height, data } = decodeBmp(bmp(5, 3, px, bits));
      expect([width, height]).toEqual([5, 3]);
      for (const [x, y] of [[0, 0], [4, 2], [2, 1]] as const) expect([...data.subarray((y * 5 + x) * 4, (y * 5 + x) * 4 + 4)], `${bits} ${x},${y}`).toEqual([...px(x, y), 255]);
    }
    const pal = decodeBmp(paletteBmp(6, 2));
    expect([...pal.data.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
    expect([...pal.data.subarray((1 * 6 + 5) * 4, (1 * 6 + 5) * 4 + 4)]).toEqual([0, 0, 255, 255]);
  });

  it('is a picture: scanned, screened and cleaned into a PNG; a broken one is one error line', async () => {
    expect(kindOf('shot.bmp')).toBe('image');
    expect(kindOf('SHOT.BMP')).toBe('image');
    const dir = tempDir('bmp');
    writeFileSync(join(dir, 'shot.bmp'), bmp(40, 30, (x) => [x * 6, 90, 40]));
    writeFileSync(join(dir, 'broken.bmp'), bmp(400, 300, () => [1, 2, 3]).subarray(0, 2000));
    const r = await runCli(['scan', '.', ...QUICK], dir);
    const report = JSON.parse(r.out) as Report;
    expect(report.summary.unsupported.types).toEqual([]);
    const shot = report.files.find((f) => f.path === 'shot.bmp')!;
    expect(shot.kind).toBe('image');
    expect(shot.error).toBeUndefined();
    expect(shot.note ?? '').not.toMatch(/binary/);
    expect(report.files.find((f) => f.path === 'broken.bmp')!.error).toMatch(/^truncated BMP: the file ends inside the pixel data$/);
    const s = await runCli(['sanitize', 'shot.bmp', '--out', 'clean', '--no-ocr', '--no-faces', '--no-model'], dir);
    expect(s.code).toBe(0);
    expect(readdirSync(join(dir, 'clean'))).toEqual(['shot.png']);
    const meta = await sharp(readFileSync(join(dir, 'clean', 'shot.png'))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 40, 30]);
  });

  it("reads the text in a BMP: a phone number is found and covered", { timeout: 120_000 }, async () => {
    const dir = tempDir('bmp');
    const { data, info } = await flat('#ffffff', 480, 120)
      .composite([{ input: Buffer.from('<svg width="480" height="120"><text x="10" y="70" font-size="40" font-family="sans-serif">Call 555-201-4417</text></svg>') }])
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    writeFileSync(join(dir, 'note.bmp'), bmp(info.width, info.height, (x, y) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)] as [number, number, number]));
    const r = await runCli(['check', 'note.bmp', '-f', 'json', '--no-faces', '--no-model'], dir);
    expect((JSON.parse(r.out) as Report).files[0]!.findings.map((f) => [f.ruleId, f.source])).toEqual([['pii/phone', 'ocr']]);
    const s = await runCli(['sanitize', 'note.bmp', '--out', 'clean', '--no-faces', '--no-model'], dir);
    expect(s.err).toMatch(/note\.bmp -> clean\/note\.png \(removed: .*1 region covered \(pii\/phone\)\)/);
  });
});

describe('HEIF and AVIF files of several images, and image sequences', () => {
  it.skipIf(!hasHeifEnc)("screens each image of an HEIC or AVIF burst up to --max-pages; the copy is the first as JPEG, and says so", { timeout: 60_000 }, async () => {
    const dir = tempDir('heif');
    await flat('#886644').png().toFile(join(dir, 'a.png'));
    await flat('#224488').png().toFile(join(dir, 'b.png'));
    await flat('#448822').png().toFile(join(dir, 'c.png'));
    execFileSync('heif-enc', ['-q', '50', '-o', join(dir, 'burst.heic'), join(dir, 'a.png'), join(dir, 'b.png'), join(dir, 'c.png')], { stdio: 'ignore' });
    execFileSync('heif-enc', ['-A', '-q', '50', '-o', join(dir, 'burst.avif'), join(dir, 'a.png'), join(dir, 'b.png'), join(dir, 'c.png')], { stdio: 'ignore' });
    for (const [name, kind] of [['burst.heic', 'HEIC'], ['burst.avif', 'AVIF']] as const) {
      const r = await runCli(['check', name, ...QUICK], dir);
      const file = (JSON.parse(r.out) as Report).files[0]!;
      expect(file.error, name).toBeUndefined();
      expect(file.note, name).toBe(`3 images in one ${kind} (a burst or a collection): each screened (a finding on a later image names it, #page-2); \`clearpost sanitize\` writes the first as a JPEG and leaves the others out`);
      const capped = JSON.parse((await runCli(['check', name, ...QUICK, '--max-pages', '2'], dir)).out) as Report;
      expect(capped.files[0]!.note, name).toMatch(/^3 images in one .*: images 1-2 screened .*, image 3 not \(--max-pages 2\)/);
      expect(capped.summary.notScreened?.filter((n) => n.kind === 'page').map((n) => n.count), name).toEqual([1]);
      const s = await runCli(['sanitize', name, '--out', `clean-${kind}`, '--no-ocr', '--no-faces', '--no-model'], dir);
      expect(s.err, name).toMatch(/2 later images left out \(the copy is one JPEG of the first\)/);
    }
  });

  it('counts the frames of an image sequence (a track) and says only the still image is screened', () => {
    // moov > trak > mdia > minf > stbl > stsz (sample count 24) after a still image. libheif (in sharp) parses a
    // sequence track itself, so these bare boxes make a file it refuses: the count is tested on the bytes alone.
    const box = (type: string, ...body: Buffer[]) => {
      const payload = Buffer.concat(body);
      const head = Buffer.alloc(8);
      head.writeUInt32BE(8 + payload.length, 0);
      head.write(type, 4, 'latin1');
      return Buffer.concat([head, payload]);
    };
    const stsz = Buffer.alloc(12);
    stsz.writeUInt32BE(24, 8);
    const ftyp = box('ftyp', Buffer.from('avismif1', 'latin1'));
    const moov = box('moov', box('mvhd', Buffer.alloc(20)), box('trak', box('mdia', box('minf', box('stbl', box('stsz', stsz))))));
    expect(heifSequenceFrames(Buffer.concat([ftyp, box('meta', Buffer.alloc(8)), moov]))).toBe(24);
    expect(heifSequenceFrames(Buffer.concat([ftyp, box('meta', Buffer.alloc(8))]))).toBeUndefined();
    expect(sequenceNote(24)).toBe("an image sequence of 24 frames (an animation or a burst stored as a track): its still image is screened, the sequence's frames are not; `clearpost sanitize` copies the still image only");
  });
});

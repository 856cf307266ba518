// The detail pass: lettering on a vehicle or a vest in a big photo, too small for the working raster, read again from
// the full-size pixels inside the region the object detector found. Pictures rendered here.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { detailRegions, readDetail } from '../../src/core/image-engine.js';
import { decodeImage, openImage } from '../../src/inputs/image.js';
import { SceneText } from '../../src/inputs/scene-text.js';

let reader: SceneText;
beforeAll(async () => {
  reader = await SceneText.load();
}, 120_000);

describe('detailRegions', () => {
  const big = { width: 4000, height: 3000, scale: 2.5 };
  it('grows each region, keeps the largest first, drops one mostly inside another', () => {
    const car = { x: 100, y: 100, width: 400, height: 200 };
    const inside = { x: 150, y: 150, width: 100, height: 60 };
    const person = { x: 900, y: 300, width: 100, height: 300 };
    const out = detailRegions([person, inside, car], big);
    expect(out).toHaveLength(2);
    expect(out[0]).toEqual({ x: 150, y: 200, width: 1200, height: 600 });
    expect(out[1].x).toBe(Math.floor(890 * 2.5));
  });

  it('reads nothing again where the full-size crop gains too little or the picture is the working raster', () => {
    // A region filling a 12 MP photo is read at 960 px across either way.
    expect(detailRegions([{ x: 0, y: 0, width: 1600, height: 1200 }], big)).toEqual([]);
    expect(detailRegions([{ x: 10, y: 10, width: 300, height: 200 }], { width: 1280, height: 960, scale: 1 })).toEqual([]);
    // Too small to hold lettering.
    expect(detailRegions([{ x: 10, y: 10, width: 20, height: 8 }], big)).toEqual([]);
  });
});

describe('readDetail', () => {
  it('reads print on a car too small for the working raster, with boxes in the photo\'s pixels', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="3000">
      <rect width="100%" height="100%" fill="#9aa08f"/><rect y="2000" width="4000" height="1000" fill="#55565a"/>
      <g transform="translate(2600 1700)"><rect width="150" height="60" rx="8" fill="#f5f5f5"/>
      <text x="18" y="31" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="12" fill="#1b3f8f">POLICE 2147</text></g></svg>`;
    const buf = await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
    const img = await decodeImage('car.jpg', buf);
    const whole = await reader.read({ data: img.rgb, width: img.workWidth, height: img.workHeight });
    expect(whole.lines.flatMap((l) => l.words).map((w) => w.text)).not.toContain('POLICE');
    const car = { x: 2600 / img.scale, y: 1700 / img.scale, width: 150 / img.scale, height: 60 / img.scale };
    const { passes, timedOut } = await readDetail(reader, img, [car], () => openImage('car.jpg', buf, 'jpeg'), Infinity);
    expect(timedOut).toBe(false);
    const police = passes.flat().flatMap((l) => l.words).find((w) => w.text === 'POLICE');
    expect(police).toBeDefined();
    expect(police!.box.x).toBeGreaterThan(2600);
    expect(police!.box.x).toBeLessThan(2650);
    expect(police!.box.y).toBeGreaterThan(1700);
    expect(police!.box.y + police!.box.height).toBeLessThan(1760);
  }, 180_000);

  it('starts no region after the deadline', async () => {
    const buf = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#888' } }).jpeg().toBuffer();
    const img = await decodeImage('grey.jpg', buf);
    const r = await readDetail(reader, img, [{ x: 100, y: 100, width: 200, height: 100 }], () => openImage('grey.jpg', buf, 'jpeg'), performance.now() - 1);
    expect(r).toEqual({ passes: [], timedOut: true });
  }, 120_000);
});

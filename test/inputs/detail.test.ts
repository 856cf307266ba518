// The detail pass: lettering on a vehicle or a vest in a big photo, too small for the working raster, read again from
// the full-size pixels inside the region the object detector found. Pictures rendered here.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { detailPlan, detailRegions, FullPixels, lay, peopleTiles, readDetail } from '../../src/inputs/detail.js';
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
    expect(out[0]).toEqual({ x: 150, y: 200, width: 1200, height: 600, k: 0.8 });
    expect(out[1].x).toBe(Math.floor(890 * 2.5));
  });

  it('reads nothing again where the crop gains too little over what the whole-picture passes saw', () => {
    // A region filling a 12 MP photo is read at 960 px across either way.
    expect(detailRegions([{ x: 0, y: 0, width: 1600, height: 1200 }], big)).toEqual([]);
    // A car filling most of a 1280 px photo the detector saw at its own scale: 1.2x is too little.
    expect(detailRegions([{ x: 10, y: 10, width: 700, height: 400 }], { width: 1280, height: 960, scale: 1 }, 1)).toEqual([]);
    // Too small to hold lettering.
    expect(detailRegions([{ x: 10, y: 10, width: 20, height: 8 }], big)).toEqual([]);
  });

  it('enlarges a region of a small photo, at most three times', () => {
    const small = { width: 640, height: 480, scale: 1 };
    // The detector saw this photo enlarged 1.5x (640 -> 960 px); a 200 px vest is read at 3x.
    const [r] = detailRegions([{ x: 300, y: 100, width: 100, height: 200 }], small, 1.5);
    expect(r).toEqual({ x: 290, y: 80, width: 120, height: 240, k: 3 });
    // A person filling the picture gains too little.
    expect(detailRegions([{ x: 0, y: 0, width: 640, height: 480 }], small, 1.5)).toEqual([]);
  });
});

describe('peopleTiles and lay: more people read together', () => {
  const big = { width: 4000, height: 3000, scale: 2.5 };
  // Ten people 120 working px tall (head to hips), side by side.
  const people = [...Array(10).keys()].map((i) => ({ x: 40 + i * 150, y: 600, width: 50, height: 120 }));

  it('the largest people first, as many as one picture of 960 x 720 holds, none mostly inside a region read alone', () => {
    const tiles = peopleTiles(people, big, 0.6 / 2.5, []);
    expect(tiles.length).toBeGreaterThan(4);
    expect(tiles.length).toBeLessThanOrEqual(8);
    const { mosaic } = lay(tiles.map((t) => ({ data: Buffer.alloc(Math.round(t.width * t.k) * Math.round(t.height * t.k) * 3), width: Math.round(t.width * t.k), height: Math.round(t.height * t.k) })));
    expect(mosaic.width).toBeLessThanOrEqual(960);
    expect(mosaic.height).toBeLessThanOrEqual(720);
    // Each tile is the person's region grown a tenth, 320 px on its long side.
    expect(Math.round(tiles[0].height * tiles[0].k)).toBe(320);
    const taken = [{ x: 90, y: 1470, width: 160, height: 360 }];
    expect(tiles[0].x).toBe(87);
    expect(peopleTiles(people, big, 0.6 / 2.5, taken).some((t) => t.x === 87)).toBe(false);
  });

  it('lay: tiles in rows with grey between them, none overlapping, each copied where it is said to be', () => {
    const tile = (w: number, h: number, v: number) => ({ data: Buffer.alloc(w * h * 3, v), width: w, height: h });
    const { mosaic, at } = lay([tile(400, 100, 10), tile(400, 120, 20), tile(400, 90, 30)]);
    expect(at[0]).toEqual({ x: 24, y: 24, width: 400, height: 100 });
    expect(at[1].x).toBe(448);
    // The third does not fit beside the second: a new row under the taller of the two.
    expect(at[2]).toEqual({ x: 24, y: 168, width: 400, height: 90 });
    const px = (x: number, y: number) => mosaic.data[(y * mosaic.width + x) * 3];
    expect([px(30, 30), px(450, 30), px(30, 170), px(5, 5), px(430, 30)]).toEqual([10, 20, 30, 128, 128]);
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
    const pixels = new FullPixels(img, () => openImage('car.jpg', buf, 'jpeg'));
    const { passes, timedOut } = await readDetail(reader, detailPlan(img, [car], []), pixels, Infinity);
    expect(timedOut).toBe(false);
    const police = passes.flat().flatMap((l) => l.words).find((w) => w.text === 'POLICE');
    expect(police).toBeDefined();
    expect(police!.box.x).toBeGreaterThan(2600);
    expect(police!.box.x).toBeLessThan(2650);
    expect(police!.box.y).toBeGreaterThan(1700);
    expect(police!.box.y + police!.box.height).toBeLessThan(1760);
  }, 180_000);

  it('cuts a crop shown no bigger than the working raster holds it from the working raster: no full-size decode', async () => {
    // A car 2,200 px long in a 12 MP photo: read at 0.36 (960 px for its region), below the working raster's 0.4.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="3000">
      <rect width="100%" height="100%" fill="#9aa08f"/><rect y="2000" width="4000" height="1000" fill="#55565a"/>
      <g transform="translate(900 1300)"><rect width="2200" height="800" rx="60" fill="#f5f5f5"/>
      <text x="300" y="420" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="150" fill="#1b3f8f">POLICE 2147</text></g></svg>`;
    const buf = await sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
    const img = await decodeImage('car.jpg', buf);
    const car = { x: 900 / img.scale, y: 1300 / img.scale, width: 2200 / img.scale, height: 800 / img.scale };
    const plan = detailPlan(img, [car], []);
    expect(plan.regions).toHaveLength(1);
    expect(plan.regions[0].k * img.scale).toBeLessThanOrEqual(1);
    let opened = 0;
    const pixels = new FullPixels(img, () => {
      opened++;
      return openImage('car.jpg', buf, 'jpeg');
    });
    pixels.need(plan.regions);
    const { passes } = await readDetail(reader, plan, pixels, Infinity);
    expect(opened).toBe(0);
    const police = passes.flat().flatMap((l) => l.words).find((w) => w.text === 'POLICE');
    expect(police).toBeDefined();
    expect(police!.box.x).toBeGreaterThan(1150);
    expect(police!.box.x).toBeLessThan(1250);
    expect(police!.box.y).toBeGreaterThan(1560);
    expect(police!.box.y + police!.box.height).toBeLessThan(1760);
  }, 180_000);

  it('reads blurred small print on a vest in a small photo, enlarged from the photo\'s own pixels', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
      <rect width="100%" height="100%" fill="#8d9a86"/><rect y="420" width="800" height="180" fill="#5d5f63"/>
      <g transform="translate(520 200)"><circle cx="40" cy="22" r="20" fill="#c99a7a"/><rect x="5" y="44" width="70" height="110" rx="10" fill="#15181d"/>
      <text x="40" y="80" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="8" fill="#e8e8e8">POLICE</text>
      <rect x="10" y="154" width="25" height="110" fill="#1d2230"/><rect x="45" y="154" width="25" height="110" fill="#1d2230"/></g></svg>`;
    const buf = await sharp(Buffer.from(svg)).blur(1).jpeg({ quality: 70 }).toBuffer();
    const img = await decodeImage('vest.jpg', buf);
    expect(img.scale).toBe(1);
    const whole = await reader.read({ data: img.rgb, width: img.workWidth, height: img.workHeight });
    expect(whole.lines.flatMap((l) => l.words).map((w) => w.text)).not.toContain('POLICE');
    // The person's head-to-hips box, as the engine hands it over.
    const person = { x: 520, y: 200, width: 80, height: 160 };
    const { passes } = await readDetail(reader, detailPlan(img, [person], []), new FullPixels(img, () => openImage('vest.jpg', buf, 'jpeg')), Infinity);
    const police = passes.flat().flatMap((l) => l.words).find((w) => w.text === 'POLICE');
    expect(police).toBeDefined();
    expect(police!.box.x).toBeGreaterThan(520);
    expect(police!.box.x + police!.box.width).toBeLessThan(600);
  }, 180_000);

  it('reads the lettering of more people than the regions read alone, as tiles, each word in its wearer\'s box', async () => {
    const fig = (x: number, word: string) => `<g transform="translate(${x} 1700) scale(1.15)"><circle cx="40" cy="22" r="20" fill="#c99a7a"/>
      <rect x="5" y="44" width="70" height="110" rx="10" fill="#15181d"/><text x="40" y="80" text-anchor="middle" font-family="DejaVu Sans, sans-serif"
      font-weight="bold" font-size="12" fill="#e8e8e8">${word}</text><rect x="10" y="154" width="25" height="110" fill="#1d2230"/><rect x="45" y="154" width="25" height="110" fill="#1d2230"/></g>`;
    const xs = [300, 900, 1500, 2100, 2700, 3300];
    const words = ['POLICE', 'POLITI', 'POLIZEI', 'GARDA', 'SHERIFF', 'POLICE'];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="3000"><rect width="100%" height="100%" fill="#8d9a86"/>
      <rect y="2000" width="4000" height="1000" fill="#5d5f63"/>${xs.map((x, i) => fig(x, words[i])).join('')}</svg>`;
    const buf = await sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
    const img = await decodeImage('people.jpg', buf);
    const whole = await reader.read({ data: img.rgb, width: img.workWidth, height: img.workHeight });
    expect(whole.lines.flatMap((l) => l.words).map((w) => w.text)).toEqual([]);
    // Head-to-hips boxes in working pixels, as focusPeople gives them.
    const people = xs.map((x) => ({ x: x / img.scale, y: 1700 / img.scale, width: 92 / img.scale, height: (0.6 * 304) / img.scale }));
    const plan = detailPlan(img, [], people);
    expect(plan.regions).toEqual([]);
    expect(plan.tiles).toHaveLength(6);
    const { passes, read } = await readDetail(reader, plan, new FullPixels(img, () => openImage('people.jpg', buf, 'jpeg')), Infinity);
    expect(read).toBe(6);
    const found = passes.flat().flatMap((l) => l.words);
    for (const [i, x] of xs.entries()) {
      const w = found.find((f) => f.text === words[i] && f.box.x > x && f.box.x < x + 92);
      expect(w, words[i]).toBeDefined();
      expect(w!.box.y).toBeGreaterThan(1700);
      expect(w!.box.y + w!.box.height).toBeLessThan(1700 + 0.6 * 304);
    }
  }, 180_000);

  it('starts no region after the deadline', async () => {
    const buf = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#888' } }).jpeg().toBuffer();
    const img = await decodeImage('grey.jpg', buf);
    const plan = detailPlan(img, [{ x: 100, y: 100, width: 200, height: 100 }], []);
    const r = await readDetail(reader, plan, new FullPixels(img, () => openImage('grey.jpg', buf, 'jpeg')), performance.now() - 1);
    expect(r).toEqual({ passes: [], timedOut: true, read: 0 });
  }, 120_000);
});

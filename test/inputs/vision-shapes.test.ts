// Forensic tents and covered bodies as picture cues (they only back another scene sign; the detector decides), and
// their look-alikes: a camping dome, a white van, a house front, a beach towel, a road line. Scenes rendered from SVG.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { shapeCues, yellowCues, type Raster } from '../../src/inputs/vision.js';

const W = 800;
const H = 450;

async function render(body: string): Promise<Raster> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${body}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let seed = 11;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * 8;
  for (let p = 0; p < data.length; p++) data[p] = Math.max(0, Math.min(255, Math.round(data[p] + noise())));
  return { data, width: info.width, height: info.height };
}

const PARK = `<rect width="${W}" height="${H}" fill="#8fb0cc"/><rect y="200" width="${W}" height="250" fill="#4f7a3a"/>`;
const STREET = `<rect width="${W}" height="${H}" fill="#8fa4b8"/><rect y="230" width="${W}" height="220" fill="#5c5c5e"/>`;
/** A gazebo-like forensic tent: a pyramid roof over upright walls, standing on the ground. */
const tent = (fill: string, x = 420) => `<polygon points="${x},150 ${x + 200},150 ${x + 240},200 ${x - 40},200" fill="${fill}"/><rect x="${x - 40}" y="200" width="280" height="140" fill="${fill}"/>`;
/** A lumpy sheet over a body on the ground. */
const SHEET = '<path d="M250 370 Q260 340 300 345 Q330 330 360 342 Q420 338 470 348 Q520 345 540 372 Q400 385 250 370 Z" fill="#eef0f2"/>';
/** One numbered evidence marker: shapes are looked for only where a yellow or striped cue was found. */
const MARKER = '<rect x="120" y="380" width="40" height="46" fill="#f5c400"/><text x="140" y="416" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="32" fill="#111">4</text>';
const kinds = (cues: { kind: string }[]) => cues.map((c) => c.kind).filter((k) => k === 'tent:forensic' || k === 'body:covered');

describe('scene shapes: forensic tents and covered bodies', () => {
  it('a white or blue tent with a roof over upright walls', async () => {
    expect(kinds(yellowCues(await render(PARK + MARKER + tent('#f2f2f0'))))).toEqual(['tent:forensic']);
    expect(kinds(yellowCues(await render(STREET + MARKER + tent('#1f48c8'))))).toEqual(['tent:forensic']);
  });

  it('not looked for in a picture with no tape, band or marker at all', async () => {
    expect(kinds(yellowCues(await render(PARK + tent('#f2f2f0'))))).toEqual([]);
  });

  it('a lumpy white sheet lying on the road', async () => {
    expect(kinds(yellowCues(await render(STREET + MARKER + SHEET)))).toEqual(['body:covered']);
  });

  it('not a camping dome, a house front with windows, a white sky, a beach towel or a road line', async () => {
    const dome = '<path d="M300 340 A160 150 0 0 1 620 340 Z" fill="#f0f0ee"/><path d="M300 340 A160 150 0 0 1 620 340 Z" fill="none" stroke="#f0f0ee"/>';
    expect(kinds(yellowCues(await render(PARK + MARKER + dome)))).toEqual([]);
    const house = '<polygon points="300,120 500,60 700,120" fill="#f2f2f0"/><rect x="300" y="120" width="400" height="220" fill="#f2f2f0"/>' +
      [330, 450, 570].map((x) => `<rect x="${x}" y="160" width="70" height="80" fill="#30343a"/>`).join('') + '<rect x="470" y="260" width="60" height="80" fill="#5a3a2a"/>';
    expect(kinds(yellowCues(await render(PARK + MARKER + house)))).toEqual([]);
    expect(kinds(yellowCues(await render(`<rect width="${W}" height="${H}" fill="#f4f6f8"/><rect y="260" width="${W}" height="190" fill="#7a7a70"/>${MARKER}`)))).toEqual([]);
    const beach = `<rect width="${W}" height="${H}" fill="#9cc8ea"/><rect y="180" width="${W}" height="270" fill="#e2cf9a"/><rect x="250" y="330" width="300" height="80" fill="#f4f4f4"/>${MARKER}`;
    expect(kinds(yellowCues(await render(beach)))).toEqual([]);
    expect(kinds(yellowCues(await render(STREET + MARKER + `<rect y="330" width="${W}" height="18" fill="#f0f0f0"/>`)))).toEqual([]);
  });
});

describe('scene shapes: how lumpy a sheet is, and shapes looked for where people are', () => {
  /** A body under a sheet seen side-on: the head, the chest and the feet raise it. */
  const BODY = (fill: string) => `<path d="M200 360 Q205 322 235 325 Q250 318 262 334 Q300 318 350 322 Q400 330 440 338 Q480 336 520 340 Q545 322 560 330 Q572 345 575 366 Q400 380 200 360 Z" fill="${fill}"/>`;
  const covered = (cues: { kind: string; lumps?: number }[]) => cues.filter((c) => c.kind === 'body:covered');

  it('a sheet over a body is lumpy, in white or police blue, with no marker or tape needed to look', async () => {
    for (const scene of [PARK + BODY('#f2f2f0'), STREET + BODY('#2050c0'), STREET + SHEET]) {
      const [body] = covered(shapeCues(await render(scene)));
      expect(body?.lumps).toBeGreaterThanOrEqual(0.06);
    }
  });

  it('a picnic blanket, a beach towel or a white van side lies flat (its top edge straight)', async () => {
    const blanket = '<polygon points="260,320 560,320 610,410 210,410" fill="#f0f0ea"/>';
    const towel = '<polygon points="290,330 530,330 570,400 250,400" fill="#f4f4f4"/>';
    const van = '<rect x="220" y="300" width="360" height="70" rx="8" fill="#f2f2f2"/><circle cx="280" cy="372" r="16" fill="#222"/><circle cx="520" cy="372" r="16" fill="#222"/>';
    for (const scene of [PARK + blanket, PARK + towel, STREET + van]) {
      for (const c of covered(shapeCues(await render(scene)))) expect(c.lumps).toBeLessThan(0.06);
    }
  });

  it('a round glow (blurred blue lights) is no tent: a tent is as wide at its foot as halfway up', async () => {
    const glow = '<defs><filter id="b"><feGaussianBlur stdDeviation="6"/></filter></defs><circle cx="500" cy="300" r="70" fill="#2050e0" filter="url(#b)"/>';
    expect(kinds(yellowCues(await render(STREET + MARKER + glow)))).toEqual([]);
  });
});

describe('a chalk outline of a body on the ground', () => {
  const ASPHALT = `<rect width="${W}" height="${H}" fill="#3c3e42"/>`;
  /** A body's outline, arms up and legs apart, about 185 px tall at scale 0.5, drawn in a thin light line. */
  const figure = (cx: number, cy: number, k: number, rot = 0, stroke = '#e8e8e4') =>
    `<g transform="translate(${cx} ${cy}) rotate(${rot}) scale(${k})"><path d="M 0 -190 C 30 -190 38 -160 30 -140 L 24 -128 L 60 -120 L 120 -200 L 138 -188 L 80 -100 L 62 -40 L 60 20 L 100 170 L 78 180 L 20 40 L -20 40 L -78 180 L -100 170 L -60 20 L -62 -40 L -110 -40 L -170 10 L -182 -6 L -120 -70 L -60 -120 L -24 -128 L -30 -140 C -38 -160 -30 -190 0 -190 Z" fill="none" stroke="${stroke}" stroke-width="${6 / k}" stroke-linejoin="round"/></g>`;
  const chalk = (cues: { kind: string }[]) => cues.filter((c) => c.kind === 'outline:chalk');

  it('on asphalt by day, turned, and on a dark pavement at night', async () => {
    expect(chalk(yellowCues(await render(ASPHALT + figure(400, 280, 0.5))))).toHaveLength(1);
    expect(chalk(yellowCues(await render(ASPHALT + figure(400, 300, 0.45, 75))))).toHaveLength(1);
    expect(chalk(yellowCues(await render(`<rect width="${W}" height="${H}" fill="#23211e"/>` + figure(420, 280, 0.5, -20, '#d8d4c8'))))).toHaveLength(1);
  });

  it('not road paint (a parking bay, a ring, an arrow, a zebra crossing), a hose, a hopscotch grid or a star', async () => {
    const g = (body: string) => `<g fill="none" stroke="#eeeeea" stroke-width="6">${body}</g>`;
    const scenes = [
      g('<rect x="200" y="220" width="380" height="200"/><rect x="300" y="290" width="120" height="70"/>'),
      g('<circle cx="400" cy="320" r="110"/><ellipse cx="150" cy="380" rx="100" ry="45"/>'),
      g('<polygon points="350,440 450,440 450,320 500,320 400,200 300,320 350,320"/>'),
      Array.from({ length: 8 }, (_, i) => `<rect x="${40 + i * 95}" y="260" width="48" height="180" fill="#eeeeea"/>`).join(''),
      g('<path d="M 50 420 C 200 250 300 460 450 330 S 650 200 760 400"/>'),
      g([[360, 400], [360, 340], [320, 280], [400, 280], [360, 220], [320, 160], [400, 160]].map(([x, y]) => `<rect x="${x}" y="${y}" width="80" height="60"/>`).join('')),
      g('<polygon points="400,180 430,290 540,290 450,355 480,440 400,390 320,440 350,355 260,290 370,290"/>'),
    ];
    for (const body of scenes) expect(chalk(yellowCues(await render(ASPHALT + body)))).toEqual([]);
  });
});

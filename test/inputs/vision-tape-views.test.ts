// Tape seen the ways an officer's photo shows it that a plain band reading misses. Close-ups that fill the frame, too
// thick or too curved to be read as a band: the letters in a row along the band, which runs out of the frame at both
// ends of the row, make it tape (look-alikes: a hi-vis jacket with POLICE between its stripes, a yellow sign ending
// inside the frame, a yellow wall with a word across it). Tape far away or edge-on, a few pixels thick, its print
// blurred: the middle of the band dims again and again (look-alikes: painted lines, a kerb crossed by shadows, a worn
// line, a line with road studs). Rendered from SVG.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { yellowCues, type Raster } from '../../src/inputs/vision.js';

const W = 960;
const H = 720;

/** The scene with grain, a colour cast and (`blur`, as a far or soft photo has it) a blur, at 640 px as the engine reads it. */
async function render(body: string, cast: [number, number, number] = [1, 1, 1], blur = 0): Promise<Raster> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${body}</svg>`;
  const { data: full } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let seed = 7;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * 16;
  for (let p = 0; p < full.length; p++) full[p] = Math.max(0, Math.min(255, Math.round(full[p] * cast[p % 3] + noise())));
  // The cues read a 640 px copy, as the engine gives them.
  const soft = sharp(full, { raw: { width: W, height: H, channels: 3 } });
  const { data, info } = await (blur ? soft.blur(blur) : soft).resize({ width: 640 }).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

const text = (x: number, y: number, size: number, t: string, rot = 0) =>
  `<text x="${x}" y="${y}" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="${size}" fill="#111" transform="rotate(${rot} ${x} ${y})">${t}</text>`;

/** A thick band sagging across the frame with its letters placed one by one along the curve. */
function curvedTape(words: string, background: string): string {
  const [x0, y0, mx, my, x1, y1] = [-100, 200, 480, 460, 1060, 250];
  const at = (u: number) => [(1 - u) ** 2 * x0 + 2 * (1 - u) * u * mx + u * u * x1, (1 - u) ** 2 * y0 + 2 * (1 - u) * u * my + u * u * y1];
  let out = `<rect width="${W}" height="${H}" fill="${background}"/><path d="M ${x0} ${y0} Q ${mx} ${my} ${x1} ${y1}" fill="none" stroke="#f2d21a" stroke-width="300"/>`;
  const length = 1.02 * Math.hypot(x1 - x0, y1 - y0);
  const advance = 0.68 * 120;
  for (let i = 0; i < words.length && (i + 1) * advance < length; i++) {
    if (words[i] === ' ') continue;
    const u = ((i + 0.5) * advance) / length;
    const [x, y] = at(u);
    const [xa, ya] = at(Math.min(1, u + 0.01));
    const angle = (Math.atan2(ya - y, xa - x) * 180) / Math.PI;
    out += `<text x="${x}" y="${y}" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="120" fill="#111" text-anchor="middle" dominant-baseline="central" transform="rotate(${angle} ${x} ${y})">${words[i]}</text>`;
  }
  return out;
}

const lettered = (cues: { kind: string; detail?: string }[]) => cues.filter((c) => c.kind === 'tape' && c.detail?.includes('letters'));

describe('close-ups of tape read by their letters', () => {
  it('a thick band bent across the frame, its letters following the curve; also under sodium light', async () => {
    const scene = curvedTape('CRIME SCENE DO NOT CROSS CRIME SCENE', '#3a4a3a');
    expect(lettered(yellowCues(await render(scene)))).toHaveLength(1);
    expect(lettered(yellowCues(await render(scene, [0.55, 0.4, 0.2])))).toHaveLength(1);
  });

  it('a straight band so thick that it is not elongated, with a few big letters', async () => {
    const scene = `<rect width="${W}" height="${H}" fill="#505458"/><g transform="rotate(-14 480 360)"><rect x="-200" y="170" width="1400" height="380" fill="#f2d21a"/>${text(-120, 420, 170, 'POLICE LINE DO NOT CROSS')}</g>`;
    const cues = lettered(yellowCues(await render(scene)));
    expect(cues).toHaveLength(1);
    expect(Math.abs((cues[0] as { angle?: number }).angle! + 14)).toBeLessThan(8);
  });

  it('not a plain thick band (no letters), nor a hi-vis jacket with POLICE between its stripes', async () => {
    const plain = `<rect width="${W}" height="${H}" fill="#3a4a3a"/><path d="M -100 200 Q 480 460 1060 250" fill="none" stroke="#f2d21a" stroke-width="300"/>`;
    expect(lettered(yellowCues(await render(plain)))).toEqual([]);
    const hivis = `<rect width="${W}" height="${H}" fill="#d8e020"/><rect y="120" width="${W}" height="60" fill="#b8b8b8"/>${text(150, 420, 170, 'POLICE')}<rect y="520" width="${W}" height="60" fill="#b8b8b8"/>`;
    expect(lettered(yellowCues(await render(hivis)))).toEqual([]);
  });

  it('not a yellow sign ending inside the frame, nor a word across a yellow wall that fills it', async () => {
    const sign = `<rect width="${W}" height="${H}" fill="#8a9aa8"/><rect x="180" y="200" width="600" height="260" fill="#f2c814"/>${text(230, 380, 130, 'SLOW')}`;
    expect(lettered(yellowCues(await render(sign)))).toEqual([]);
    const wall = `<rect width="${W}" height="${H}" fill="#f2c814"/>${text(60, 420, 150, 'WELCOME')}`;
    expect(lettered(yellowCues(await render(wall)))).toEqual([]);
  });
});

const STREET = `<rect width="${W}" height="${H}" fill="#8aa4c0"/><rect y="300" width="${W}" height="${H - 300}" fill="#4a4a4e"/>`;

/** A thin band strung from (x0, y0) to (x1, y1), sagging a little, with small print along it. */
function farTape(x0: number, y0: number, x1: number, y1: number, thickness: number, size: number): string {
  const words = 'POLICE LINE DO NOT CROSS   CRIME SCENE DO NOT CROSS   '.repeat(6);
  const [mx, my] = [(x0 + x1) / 2, (y0 + y1) / 2 + 16];
  const at = (u: number) => [(1 - u) ** 2 * x0 + 2 * (1 - u) * u * mx + u * u * x1, (1 - u) ** 2 * y0 + 2 * (1 - u) * u * my + u * u * y1];
  const length = Math.hypot(x1 - x0, y1 - y0);
  const angle = (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI;
  let out = `<path d="M ${x0} ${y0} Q ${mx} ${my} ${x1} ${y1}" fill="none" stroke="#f2d21a" stroke-width="${thickness}"/>`;
  for (let i = 0; (i + 1) * 0.68 * size < length; i++) {
    if (words[i] === ' ') continue;
    const [x, y] = at(((i + 0.5) * 0.68 * size) / length);
    out += `<text x="${x}" y="${y}" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="${size}" fill="#111" text-anchor="middle" dominant-baseline="central" transform="rotate(${angle} ${x} ${y})">${words[i]}</text>`;
  }
  return out;
}

const finePrint = (cues: { kind: string; detail?: string }[]) => cues.filter((c) => c.kind === 'tape' && c.detail?.includes('fine print'));

describe('tape far away or edge-on, its print blurred', () => {
  it('a thin band across the street, level or receding, by day and under blue light', async () => {
    expect(finePrint(yellowCues(await render(STREET + farTape(60, 420, 900, 410, 7, 6), undefined, 1)))).toHaveLength(1);
    expect(finePrint(yellowCues(await render(STREET + farTape(60, 520, 900, 330, 9, 8), undefined, 1)))).toHaveLength(1);
    expect(finePrint(yellowCues(await render(STREET + farTape(60, 520, 900, 330, 9, 8), [0.35, 0.42, 0.75], 1)))).toHaveLength(1);
  });

  it('a thin band hidden in places by people standing in front of it: its pieces on one line', async () => {
    const figure = (x: number) => `<rect x="${x - 40}" y="330" width="80" height="110" rx="10" fill="#182030"/><rect x="${x - 34}" y="440" width="28" height="110" fill="#182030"/><rect x="${x + 6}" y="440" width="28" height="110" fill="#182030"/><circle cx="${x}" cy="305" r="27" fill="#d8a888"/>`;
    const cues = yellowCues(await render(STREET + farTape(0, 470, 960, 462, 7, 6) + [250, 480, 710].map(figure).join(''), undefined, 0.9));
    expect(cues.filter((c) => c.kind === 'tape' && c.detail?.includes('pieces'))).toHaveLength(1);
  });

  it('not a painted line, a kerb crossed by shadows, a worn line, a line with road studs or a dashed line', async () => {
    const dashes = Array.from({ length: 8 }, (_, i) => `<rect x="${i * 125}" y="${470 - i * 5}" width="80" height="7" fill="#e8c020"/>`).join('');
    expect(yellowCues(await render(STREET + dashes, undefined, 1)).filter((c) => c.kind === 'tape')).toEqual([]);
    const line = `<polygon points="0,470 ${W},430 ${W},437 0,478" fill="#e8c020"/>`;
    const cues = yellowCues(await render(STREET + line, undefined, 1));
    expect(cues.map((c) => c.kind)).toContain('yellow-band');
    expect(cues.filter((c) => c.kind === 'tape')).toEqual([]);
    const shadows = Array.from({ length: 14 }, (_, i) => `<polygon points="${i * 70 + 10},600 ${i * 70 + 40},600 ${i * 70 + 70},420 ${i * 70 + 40},420" fill="#000" opacity="0.45"/>`).join('');
    expect(yellowCues(await render(STREET + line + shadows), undefined, 1).filter((c) => c.kind === 'tape')).toEqual([]);
    const worn = Array.from({ length: 40 }, (_, i) => `<rect x="${(i * 137) % W}" y="${470 - (((i * 137) % W) * 40) / W - 3}" width="${4 + (i % 5) * 3}" height="6" fill="#5a5a58"/>`).join('');
    expect(yellowCues(await render(STREET + line + worn), undefined, 1).filter((c) => c.kind === 'tape')).toEqual([]);
    const studs = Array.from({ length: 24 }, (_, i) => `<rect x="${i * 40 + 10}" y="${470 - ((i * 40 + 10) * 40) / W - 4}" width="8" height="8" fill="#303030"/>`).join('');
    expect(yellowCues(await render(STREET + line + studs), undefined, 1).filter((c) => c.kind === 'tape')).toEqual([]);
  });
});

/** A thick band across the frame in front of a blurred night street (light bokeh), its letters along it. */
function closeUp(fill: string, words: string, rot: number): string {
  const bokeh = [[120, 150, '#d02020'], [380, 90, '#2040e0'], [700, 180, '#f0a040'], [860, 560, '#2040e0'], [240, 600, '#d02020'], [620, 640, '#e8e8f0']]
    .map(([x, y, c]) => `<circle cx="${x}" cy="${y}" r="70" fill="${c}" opacity="0.55"/>`)
    .join('');
  return `<rect width="${W}" height="${H}" fill="#1a1c24"/>${bokeh}<g transform="rotate(${rot} 480 360)"><rect x="-200" y="250" width="1400" height="190" fill="${fill}"/>${text(-150, 385, 110, words)}</g>`;
}

describe('close-ups of pale tape (washed out by flash or sun, or faded to cream)', () => {
  const pale = (cues: { kind: string; detail?: string }[]) => cues.filter((c) => c.kind === 'tape' && c.detail?.includes('pale close-up'));

  it('a washed-out band (saturation 0.36) or one faded to cream (0.19), read by its letters in a row', async () => {
    expect(pale(yellowCues(await render(closeUp('#f0e49a', 'CRIME SCENE DO NOT ENTER CRIME SCENE', -8))))).toHaveLength(1);
    expect(pale(yellowCues(await render(closeUp('#f2ecc4', 'POLICE LINE DO NOT CROSS POLICE LINE', 6))))).toHaveLength(1);
  });

  it('not read where a saturated band was (that reading wins), nor on a cream wall with a word or a page of text', async () => {
    const cues = yellowCues(await render(closeUp('#f2d21a', 'CRIME SCENE DO NOT ENTER CRIME SCENE', -8)));
    expect(cues.filter((c) => c.kind === 'tape')).toHaveLength(1);
    expect(pale(cues)).toEqual([]);
    const wall = `<rect width="${W}" height="${H}" fill="#efe4a6"/>${text(60, 420, 130, 'WELCOME HOME')}`;
    expect(yellowCues(await render(wall)).filter((c) => c.kind === 'tape')).toEqual([]);
    const page = `<rect width="${W}" height="${H}" fill="#2a2a2a"/><rect x="-20" y="100" width="${W + 40}" height="520" fill="#f3ebc0"/>` +
      Array.from({ length: 9 }, (_, i) => `<text x="40" y="${150 + i * 52}" font-family="DejaVu Sans, Arial, sans-serif" font-size="34" fill="#111">the quick brown fox jumps over the lazy dog and</text>`).join('');
    expect(yellowCues(await render(page)).filter((c) => c.kind === 'tape')).toEqual([]);
  });
});

describe('evidence markers far down a road', () => {
  const ROAD = `<rect width="${W}" height="${H}" fill="#9ab0c8"/><rect y="260" width="${W}" height="${H - 260}" fill="#55575a"/>`;
  /** A card `s` px wide (in the 960 px render; two thirds of it at 640) with a numeral on it. */
  const card = (x: number, y: number, s: number, n: number) =>
    `<rect x="${x}" y="${y}" width="${s}" height="${s * 1.1}" fill="#f4c800"/><text x="${x + s / 2}" y="${y + s * 0.85}" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="${s * 0.8}" fill="#111">${n}</text>`;
  const tent = (x: number, y: number, s: number, n: number) =>
    `<polygon points="${x},${y} ${x + s},${y} ${x + s * 1.1},${y + s} ${x - s * 0.1},${y + s}" fill="#f2c400"/><text x="${x + s / 2}" y="${y + s * 0.8}" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="${s * 0.75}" fill="#111">${n}</text>`;
  const SPOTS = [[180, 330], [420, 380], [660, 340], [540, 500]];
  const markers = (cues: { kind: string }[]) => cues.filter((c) => c.kind === 'evidence-marker');

  it('numbered cards and tents about 12 px wide as read (a set of markers)', async () => {
    const cards = markers(yellowCues(await render(ROAD + SPOTS.map(([x, y], i) => card(x, y, 19, i + 1)).join(''), undefined, 0.6)));
    expect(cards.length).toBeGreaterThanOrEqual(3);
    // Read far off, a set is less sure than the same set seen near (0.45 + 0.08 a card, at most 0.8).
    expect(Math.max(...cards.map((c) => c.confidence))).toBeLessThan(Math.min(0.8, 0.45 + 0.08 * cards.length));
    expect(markers(yellowCues(await render(ROAD + SPOTS.map(([x, y], i) => tent(x, y, 20, i + 1)).join(''), undefined, 0.6))).length).toBeGreaterThanOrEqual(3);
  });

  it('not far taxis (a wide dark window) nor far warning signs (a solid bar) of the same size', async () => {
    const taxi = (x: number, y: number, s: number) =>
      `<rect x="${x}" y="${y}" width="${s * 1.6}" height="${s * 0.7}" fill="#f2c200"/><rect x="${x + s * 0.3}" y="${y + s * 0.05}" width="${s}" height="${s * 0.25}" fill="#202830"/><circle cx="${x + s * 0.3}" cy="${y + s * 0.7}" r="${s * 0.15}" fill="#111"/><circle cx="${x + s * 1.3}" cy="${y + s * 0.7}" r="${s * 0.15}" fill="#111"/>`;
    expect(markers(yellowCues(await render(ROAD + SPOTS.map(([x, y]) => taxi(x, y, 18)).join(''), undefined, 0.6)))).toEqual([]);
    const sign = (x: number, y: number, s: number) =>
      `<rect x="${x}" y="${y}" width="${s}" height="${s}" fill="#f4c800" transform="rotate(45 ${x + s / 2} ${y + s / 2})"/><rect x="${x + s * 0.42}" y="${y + s * 0.2}" width="${s * 0.16}" height="${s * 0.45}" fill="#111"/><rect x="${x + s * 0.42}" y="${y + s * 0.72}" width="${s * 0.16}" height="${s * 0.12}" fill="#111"/>`;
    expect(markers(yellowCues(await render(ROAD + SPOTS.map(([x, y]) => sign(x, y - 150, 18)).join(''), undefined, 0.6)))).toEqual([]);
  });
});

describe('yellow flowers are no evidence markers', () => {
  /** A flower: yellow petals round a dark centre `r` px across (in the 960 px render). */
  const flower = (cx: number, cy: number, r: number, disk = '#4a2a10') =>
    Array.from({ length: 14 }, (_, i) => `<ellipse cx="${cx}" cy="${cy - r * 0.7}" rx="${r * 0.22}" ry="${r * 0.45}" fill="#f2c414" transform="rotate(${(360 * i) / 14} ${cx} ${cy})"/>`).join('') +
    `<circle cx="${cx}" cy="${cy}" r="${r * 0.42}" fill="${disk}"/>`;
  const FIELD = `<rect width="${W}" height="${H}" fill="#8fb0d8"/><rect y="280" width="${W}" height="${H - 280}" fill="#3f6b2a"/>`;
  const SPOTS = [[120, 340], [330, 420], [560, 360], [780, 450], [220, 580], [480, 620], [700, 600], [880, 330]];

  it('sunflowers near and far in a field: their round solid centres are no numerals, so no set of markers', async () => {
    for (const r of [28, 42]) {
      const cues = yellowCues(await render(FIELD + SPOTS.map(([x, y]) => flower(x, y, r)).join('')));
      expect([r, cues.filter((c) => c.kind === 'evidence-marker')]).toEqual([r, []]);
      expect(cues.filter((c) => c.detail?.includes('round solid centre')).length).toBeGreaterThan(0);
    }
  });

  it('numbered cards of the same size in the same field still make a set', async () => {
    const card = (x: number, y: number, s: number, n: number) =>
      `<rect x="${x}" y="${y}" width="${s}" height="${s * 1.1}" fill="#f4c800"/><text x="${x + s / 2}" y="${y + s * 0.85}" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="${s * 0.8}" fill="#111">${n}</text>`;
    const cues = yellowCues(await render(FIELD + SPOTS.slice(0, 4).map(([x, y], i) => card(x, y, 40, i + 1)).join('')));
    expect(cues.filter((c) => c.kind === 'evidence-marker').length).toBeGreaterThanOrEqual(3);
  });
});

describe('yellow with big print filling the frame (tape too close for a band)', () => {
  const F = 'font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold"';
  const closeUp = (words: string, fill = '#f2d21a') =>
    `<rect width="${W}" height="${H}" fill="#5a5e5a"/><g transform="rotate(6 480 360)"><rect x="-300" y="40" width="1560" height="640" fill="${fill}"/><text x="-30" y="470" ${F} font-size="190" fill="#151515">${words}</text></g>`;

  it('a band wider than the frame is tall, its letters a quarter of the frame: yellow:print', async () => {
    const cues = yellowCues(await render(closeUp('NE DO NOT CR')));
    expect(cues.filter((c) => c.kind === 'yellow:print')).toHaveLength(1);
    expect(cues.filter((c) => c.kind === 'tape')).toEqual([]);
  });

  it('not plain yellow filling the frame, nor a band with room either side (read as tape)', async () => {
    expect(yellowCues(await render(closeUp(''))).filter((c) => c.kind === 'yellow:print')).toEqual([]);
    const band = `<rect width="${W}" height="${H}" fill="#5a5e5a"/><rect x="-20" y="280" width="${W + 40}" height="130" fill="#f2d21a"/><text x="20" y="380" ${F} font-size="90" fill="#151515">CRIME SCENE DO NOT</text>`;
    const cues = yellowCues(await render(band));
    expect(cues.filter((c) => c.kind === 'yellow:print')).toEqual([]);
    expect(cues.filter((c) => c.kind === 'tape')).toHaveLength(1);
  });
});

describe('a band shaded at its creases', () => {
  // CRIME SCENE DO NOT ENTER on a band whose creases are a duller yellow (tape yellow, not card yellow): in the card
  // yellow the band comes apart into patches a letter or two wide, each a "card" with a "numeral" (main read 9 such).
  const creases = [...Array(9).keys()].map((i) => `<rect x="${i * 180 + 150}" y="0" width="26" height="120" fill="#c2aa52"/>`).join('');
  const band = (x: number) =>
    `<rect width="${W}" height="${H}" fill="#14161c"/><g transform="translate(${x} 225) rotate(-6 540 90) scale(0.675)"><rect width="1700" height="120" fill="#f6d20f"/>` +
    `<text x="20" y="88" font-family="DejaVu Sans Condensed" font-weight="bold" font-size="84" fill="#141414">${'CRIME SCENE DO NOT ENTER '.repeat(2)}</text>${creases}</g>`;

  it('is one tape band, its patches no evidence markers', async () => {
    const cues = yellowCues(await render(band(-60)));
    expect(cues.filter((c) => c.kind === 'tape')).toHaveLength(1);
    expect(cues.filter((c) => c.kind === 'evidence-marker' || c.kind === 'marker:lone')).toEqual([]);
  });

  it('markers beside the band, off its axis, are still read', async () => {
    const card = (x: number, n: string) => `<rect x="${x}" y="560" width="60" height="60" fill="#f5c800"/>${text(x + 13, 610, 46, n)}`;
    const cues = yellowCues(await render(band(-60) + card(200, '1') + card(600, '2')));
    expect(cues.filter((c) => c.kind === 'evidence-marker')).toHaveLength(2);
  });
});

/** The scene at 1600 x 1067 with grain (the working raster) and its 640 px copy (the vision raster), as the engine gives them. */
async function renderBoth(body: string): Promise<{ small: Raster; work: Raster }> {
  const [w, h] = [1600, 1067];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">${body}</svg>`;
  const { data } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let seed = 11;
  for (let p = 0; p < data.length; p++) data[p] = Math.max(0, Math.min(255, Math.round(data[p] + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * 12)));
  const small = await sharp(data, { raw: { width: w, height: h, channels: 3 } }).resize({ width: 640 }).raw().toBuffer({ resolveWithObject: true });
  return { small: { data: small.data, width: small.info.width, height: small.info.height }, work: { data, width: w, height: h } };
}

/** A band `t` px thick sagging across a 1600 px street: printed with letters along it, or a rope's twist. */
function farBand(tape: boolean, t: number): string {
  const [x0, y0, mx, my, x1, y1] = [60, 500, 800, 560, 1540, 492];
  const at = (u: number) => [(1 - u) ** 2 * x0 + 2 * (1 - u) * u * mx + u * u * x1, (1 - u) ** 2 * y0 + 2 * (1 - u) * u * my + u * u * y1];
  let out = `<rect width="1600" height="1067" fill="#9fb2c4"/><rect y="420" width="1600" height="647" fill="#6b6b6e"/><path d="M${x0} ${y0} Q${mx} ${my} ${x1} ${y1}" stroke="#f2cf1a" stroke-width="${t}" fill="none"/>`;
  const words = 'POLICE LINE DO NOT CROSS   '.repeat(40);
  const step = tape ? t * 0.72 * 0.68 : t * 0.9;
  for (let i = 0, u = 0.004; u < 1; i++, u += step / 1490) {
    const [x, y] = at(u);
    const [xa, ya] = at(Math.min(1, u + 0.002));
    const a = (Math.atan2(ya - y, xa - x) * 180) / Math.PI;
    if (!tape) out += `<line x1="${x - t / 3}" y1="${y + t / 2}" x2="${x + t / 3}" y2="${y - t / 2}" stroke="#8a7410" stroke-width="${t / 4}"/>`;
    else if (words[i] !== ' ') out += `<text x="${x}" y="${y}" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="${t * 0.72}" fill="#111" text-anchor="middle" dominant-baseline="central" transform="rotate(${a} ${x} ${y})">${words[i]}</text>`;
  }
  return out;
}

describe('a thin far band in a big photo, read again on the working raster', () => {
  it('police tape 4 px thick (under 2 px at the vision raster): a plain band there, tape with its print read closer', async () => {
    const { small, work } = await renderBoth(farBand(true, 4));
    expect(yellowCues(small).filter((c) => c.kind === 'tape')).toEqual([]);
    const tape = yellowCues(small, work).filter((c) => c.kind === 'tape');
    expect(tape).toHaveLength(1);
    expect(tape[0].detail).toContain('read closer');
  });

  it('not a yellow rope 5 px thick, its twist shaded (its middle dims, but nothing on it is dark)', async () => {
    const { small, work } = await renderBoth(farBand(false, 5));
    const cues = yellowCues(small, work);
    expect(cues.filter((c) => c.kind === 'tape')).toEqual([]);
    expect(cues.map((c) => c.kind)).toContain('yellow-band');
  });

  it('not a yellow kayak: its dark cockpit and paddler lie in one place along the yellow, not repeated as tape print is', async () => {
    const kayak =
      '<rect width="1600" height="1067" fill="#3f6f8f"/><path d="M190 590 Q800 470 1410 560 Q800 680 190 590 Z" fill="#f4d01c"/>' +
      '<ellipse cx="800" cy="570" rx="110" ry="26" fill="#1c1c1c"/><rect x="770" y="420" width="60" height="150" rx="20" fill="#c0392b"/><line x1="600" y1="540" x2="1000" y2="450" stroke="#222" stroke-width="8"/>';
    const { small, work } = await renderBoth(kayak);
    expect(yellowCues(small, work).filter((c) => c.kind === 'tape')).toEqual([]);
  });
});

describe('far "blurred print" read again on the working raster', () => {
  it('a yellow rope 8 px thick (its twist shading dims it as far print does at the vision raster) is a plain band read closer', async () => {
    const { small, work } = await renderBoth(farBand(false, 8));
    expect(yellowCues(small).filter((c) => c.kind === 'tape')).toHaveLength(1);
    const cues = yellowCues(small, work);
    expect(cues.filter((c) => c.kind === 'tape')).toEqual([]);
    expect(cues.filter((c) => c.kind === 'yellow-band' && c.detail?.includes('no print read closer'))).toHaveLength(1);
  });

  it('a yellow kerb crossed by railing shadows: neither the band nor its pieces between the shadows are tape read closer', async () => {
    const kerb = '<rect width="1600" height="1067" fill="#9fb2c4"/><rect y="420" width="1600" height="647" fill="#6b6b6e"/><polygon points="0,640 1600,600 1600,603 0,643" fill="#e8c020"/>' +
      Array.from({ length: 40 }, (_, i) => `<polygon points="${i * 40 + 5},700 ${i * 40 + 20},700 ${i * 40 + 38},560 ${i * 40 + 23},560" fill="#000" opacity="0.45"/>`).join('');
    const { small, work } = await renderBoth(kerb);
    expect(yellowCues(small).filter((c) => c.kind === 'tape').length).toBeGreaterThan(0);
    expect(yellowCues(small, work).filter((c) => c.kind === 'tape')).toEqual([]);
  });

  it('police tape 8 px thick, far print at the vision raster, stays tape read closer', async () => {
    const { small, work } = await renderBoth(farBand(true, 8));
    expect(yellowCues(small, work).filter((c) => c.kind === 'tape' && c.detail?.includes('fine print'))).toHaveLength(1);
  });
});

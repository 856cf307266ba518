// Tape and markers seen badly: at night under sodium street light (an orange cast), and tape whose yellow is faded or
// dimly lit. Scenes are rendered from SVG and then lit: every channel scaled by the light's colour and the exposure.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { castGains, markersAsTaken, yellowCues, type Raster } from '../../src/inputs/vision.js';
import type { VisionCue } from '../../src/core/types.js';

const W = 800;
const H = 450;
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const WORDS = 'POLICE LINE DO NOT CROSS POLICE LINE DO NOT CROSS POLICE LINE DO NOT CROSS';

/** High-pressure sodium street light (orange: little blue) and a dim exposure. */
const SODIUM: [number, number, number] = [1, 0.62, 0.28];

/** Render an SVG body, light it (channels scaled by `light` times `exposure`) and add a little deterministic grain. */
async function lit(body: string, light: [number, number, number] = [1, 1, 1], exposure = 1): Promise<Raster> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${body}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let seed = 7;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * 8;
  for (let p = 0; p < data.length; p++) data[p] = Math.max(0, Math.min(255, Math.round(data[p] * light[p % 3] * exposure + noise())));
  return { data, width: info.width, height: info.height };
}

/** A tape band across the frame at `angle`°, `thick` px, in `colour`, with `words` printed along it in `ink`. */
function band(angle: number, thick: number, colour: string, words = WORDS, ink = '#111', cy = H / 2): string {
  const font = Math.round(thick * 0.7);
  return `<g transform="rotate(${angle} ${W / 2} ${cy})"><rect x="-300" y="${cy - thick / 2}" width="${W + 600}" height="${thick}" fill="${colour}"/>
    <text x="-250" y="${cy + font * 0.36}" font-size="${font}" font-family="${FONT}" font-weight="bold" fill="${ink}">${words}</text></g>`;
}

/** Numbered evidence markers: yellow cards with a dark numeral. */
const MARKERS = [
  [150, 330, '1'],
  [420, 370, '2'],
  [640, 320, '3'],
]
  .map(([x, y, n]) => `<rect x="${x}" y="${y}" width="44" height="50" fill="#f5c400"/><text x="${Number(x) + 22}" y="${Number(y) + 40}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="34" fill="#111">${n}</text>`)
  .join('');

/** A street at night: dark sky, a house front, the pavement. */
const STREET = `<rect width="${W}" height="${H}" fill="#5a6270"/><rect x="60" y="60" width="300" height="200" fill="#8a7f70"/>
  <rect x="100" y="100" width="60" height="70" fill="#2a2a30"/><rect x="240" y="100" width="60" height="70" fill="#2a2a30"/>
  <rect y="290" width="${W}" height="160" fill="#6f6f6f"/>`;

const tapes = (cues: { kind: string }[]) => cues.filter((c) => c.kind === 'tape');

describe('tape and markers at night under sodium street light', () => {
  it('the cast is measured only on a dark picture with one', async () => {
    const night = castGains(await lit(STREET, SODIUM, 0.5));
    expect(night).toBeDefined();
    // Blue is raised against red: the orange cast is taken out.
    expect(night![2] / night![0]).toBeGreaterThan(1.5);
    expect(castGains(await lit(STREET))).toBeUndefined();
    // Dark but neutral (moonlight, a grey night): nothing to remove.
    expect(castGains(await lit(STREET, [1, 1, 1], 0.5))).toBeUndefined();
  });

  it('a printed tape band and numbered markers, read with the cast removed', async () => {
    const cues = yellowCues(await lit(STREET + band(-6, 34, '#f5d90a') + MARKERS, SODIUM, 0.5));
    const tape = tapes(cues);
    expect(tape).toHaveLength(1);
    expect(tape[0].balance).toBeDefined();
    expect(cues.filter((c) => c.kind === 'evidence-marker').length).toBeGreaterThanOrEqual(2);
  });

  it('in daylight the same scene needs no second reading', async () => {
    const tape = tapes(yellowCues(await lit(STREET + band(-6, 34, '#f5d90a'))));
    expect(tape).toHaveLength(1);
    expect(tape[0].balance).toBeUndefined();
  });

  it('not yellow road paint, a painted wall or a hi-vis vest under the same light', async () => {
    const road = `<polygon points="380,290 420,290 520,450 440,450" fill="#e8c200"/><rect y="300" width="${W}" height="10" fill="#e8c200"/>`;
    const wall = '<rect x="420" y="40" width="320" height="230" fill="#e0b820"/><rect x="470" y="90" width="70" height="80" fill="#222"/><rect x="600" y="90" width="70" height="80" fill="#222"/>';
    const vest = '<rect x="560" y="150" width="110" height="150" rx="14" fill="#d8f000"/><rect x="560" y="200" width="110" height="14" fill="#b8b8b8"/><rect x="560" y="250" width="110" height="14" fill="#b8b8b8"/>';
    const cues = yellowCues(await lit(STREET + road + wall + vest, SODIUM, 0.5));
    expect(tapes(cues)).toEqual([]);
    expect(cues.filter((c) => c.kind === 'evidence-marker')).toEqual([]);
  });
});

describe('look-alikes: signs, dim skies and painted bodies', () => {
  /** Yellow A-frame signs standing on the ground, a pictogram and a word in small print (wet floor, works ahead). */
  const SIGNS = [150, 420, 640]
    .map((x, i) => `<polygon points="${x},${360 + i * 10} ${x + 56},${360 + i * 10} ${x + 46},${290 + i * 10} ${x + 10},${290 + i * 10}" fill="#f4cc10"/><text x="${x + 28}" y="${318 + i * 10}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="12" fill="#111">!</text><text x="${x + 28}" y="${338 + i * 10}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="11" fill="#111">WET</text>`)
    .join('');

  it('yellow signs with small print are no set of evidence markers; numbered cards are', async () => {
    for (const [light, exposure] of [[[1, 1, 1], 1], [SODIUM, 0.5]] as const) {
      const signs = yellowCues(await lit(STREET + SIGNS, [...light], exposure));
      expect(signs.filter((c) => c.kind === 'evidence-marker')).toEqual([]);
      const cards = yellowCues(await lit(STREET + MARKERS, [...light], exposure));
      expect(cards.filter((c) => c.kind === 'evidence-marker').length).toBeGreaterThanOrEqual(2);
    }
  });

  it('a dim sky lit orange, grainy, is no close-up of tape', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#a8c8e8"/><rect y="260" width="${W}" height="190" fill="#3a5a2a"/></svg>`;
    const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    // Orange light, a little lift and heavy grain (a dark picture's sensor noise): the sky sits at the floor of tape
    // yellow, and the grain under it used to read as print.
    let seed = 11;
    const light = [0.58, 0.42, 0.18];
    for (let p = 0; p < data.length; p++) data[p] = Math.max(0, Math.min(255, Math.round(data[p] * light[p % 3] + 8 + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * 24)));
    expect(tapes(yellowCues({ data, width: info.width, height: info.height }))).toEqual([]);
  });

  it("a school bus's side, yellow between black rails with lettering, is a painted body, not tape", async () => {
    const bus = `<rect width="${W}" height="${H}" fill="#607080"/><rect x="10" y="120" width="780" height="240" fill="#f0b010"/>
      <rect x="10" y="230" width="780" height="8" fill="#111"/><rect x="10" y="270" width="780" height="8" fill="#111"/><rect x="10" y="310" width="780" height="8" fill="#111"/>
      <text x="260" y="262" font-family="${FONT}" font-weight="bold" font-size="26" fill="#111">SCHOOL BUS</text>`;
    const cues = yellowCues(await lit(bus));
    expect(cues.filter((c) => c.kind === 'tape' && !c.detail?.includes('close-up'))).toEqual([]);
  });
});

describe('dull tape: faded, dirty or dimly lit yellow', () => {
  /** A dark alley with a thin olive-yellow tape sagging a little across it, its print filling most of the band. */
  const ALLEY = `<rect width="${W}" height="${H}" fill="#3a2c30"/><rect x="0" y="0" width="140" height="${H}" fill="#4a3030"/><rect x="660" y="0" width="140" height="${H}" fill="#4a3030"/>
    <rect y="330" width="${W}" height="120" fill="#2a2a2c"/>`;
  const sag = (colour: string, words = true) =>
    [-3, 2, -1]
      .map((a, i) => `<g transform="translate(${i * 270 - 10} ${i === 1 ? 8 : 0})">${band(a, 14, colour, words ? WORDS : '', '#141414', 110).replace(`x="-300"`, 'x="0"').replace(`width="${W + 600}"`, 'width="290"').replace(`x="-250"`, 'x="4"')}</g>`)
      .join('');

  it('thin olive tape with dark print across a dark alley', async () => {
    const cues = yellowCues(await lit(ALLEY + sag('#706c48')));
    const tape = tapes(cues);
    expect(tape).toHaveLength(1);
    expect(tape[0].dull).toBe(true);
  });

  it('not the same tape hugging the top or bottom edge of the frame (leaves along the top, ripples along the bottom)', async () => {
    const at = (y: number) => sag('#706c48').replaceAll('translate(', `translate(0 ${y}) translate(`);
    expect(tapes(yellowCues(await lit(ALLEY + at(0))))).toHaveLength(1);
    expect(tapes(yellowCues(await lit(ALLEY + at(-108))))).toEqual([]);
    expect(tapes(yellowCues(await lit(ALLEY + at(H - 122))))).toEqual([]);
  });

  it('not the grey rims of black text on a white flyer with a navy heading (a blue "cast" removed turns them yellow)', async () => {
    // The near-miss fixture (make-image-fixtures.ts flyerSvg) at the vision raster's size.
    const { data, info } = await sharp('fixtures/images/flyer-text-near-miss.png').resize(640, 640, { fit: 'inside' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(tapes(yellowCues({ data, width: info.width, height: info.height }))).toEqual([]);
  });

  /**
   * Far off, the print of a thin olive tape across a street merges into dark blocks that cut the band into short
   * stubs, with the grey of a wall or the sky above and below it. `gaps` draws what cuts the band: print (blocks
   * within the band), posts (dark across and beyond it) or nothing (a dashed line).
   */
  const FAR = `<rect width="${W}" height="${H}" fill="#8c8a90"/><rect y="330" width="${W}" height="120" fill="#4a4a4c"/>`;
  const farBand = (gaps: 'print' | 'posts' | 'dashes') => {
    const cuts = [...Array(14).keys()].map((i) => ({ x: 10 + i * 60, w: i % 2 ? 16 : 12 }));
    const band = gaps === 'dashes' ? cuts.map((c, i) => `<rect x="${c.x + c.w}" y="115" width="${60 - c.w - (i % 2 ? 14 : 0)}" height="10" fill="#706c48"/>`).join('') : '<rect x="-20" y="115" width="840" height="10" fill="#706c48"/>';
    const marks = gaps === 'dashes' ? '' : cuts.map((c) => (gaps === 'print' ? `<rect x="${c.x}" y="114" width="${c.w}" height="12" fill="#1a1a1a"/>` : `<rect x="${c.x}" y="40" width="${c.w}" height="200" fill="#1c1a18"/>`)).join('');
    return `${FAR}<g transform="rotate(-2 400 120)">${band}${marks}</g>`;
  };

  it('a far thin olive tape whose print cuts it into short stubs, with blank stretches between the words', async () => {
    const tape = tapes(yellowCues(await lit(farBand('print'))));
    expect(tape).toHaveLength(1);
    expect(tape[0]).toMatchObject({ dull: true });
    expect(tape[0].detail).toContain('pieces on one line');
  });

  it('not the same stubs cut by posts standing across the band, nor a dashed line', async () => {
    expect(tapes(yellowCues(await lit(farBand('posts'))))).toEqual([]);
    expect(tapes(yellowCues(await lit(farBand('dashes'))))).toEqual([]);
  });

  it('not the same band without print, not a hedge, a sandy path or a lit wooden rail with posts across it', async () => {
    expect(tapes(yellowCues(await lit(ALLEY + sag('#706c48', false)))), 'no print').toEqual([]);
    let seed = 3;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const leaves = [...Array(400).keys()].map(() => `<ellipse cx="${Math.round(rnd() * W)}" cy="${Math.round(60 + rnd() * 200)}" rx="${4 + Math.round(rnd() * 10)}" ry="${3 + Math.round(rnd() * 6)}" fill="${rnd() > 0.5 ? '#8c8a3a' : '#2c3418'}"/>`).join('');
    const hedge = `<rect width="${W}" height="${H}" fill="#24301a"/>${leaves}`;
    expect(tapes(yellowCues(await lit(hedge))), 'hedge').toEqual([]);
    const path = '<rect width="800" height="450" fill="#33402a"/><polygon points="360,150 440,150 700,450 100,450" fill="#8f8550"/>' + [...Array(40).keys()].map((i) => `<circle cx="${200 + ((i * 97) % 400)}" cy="${200 + ((i * 53) % 240)}" r="5" fill="#222"/>`).join('');
    expect(tapes(yellowCues(await lit(path))), 'path').toEqual([]);
    const posts = [...Array(9).keys()].map((i) => `<rect x="${20 + i * 95}" y="120" width="22" height="230" fill="#1c1a18"/>`).join('');
    const rail = `<rect width="${W}" height="${H}" fill="#30343a"/><rect y="200" width="${W}" height="16" fill="#8a8040"/>${posts}`;
    expect(tapes(yellowCues(await lit(rail))), 'rail').toEqual([]);
  });
});

describe('markersAsTaken: evidence markers read before the exposure gain', () => {
  const card = (x: number, y: number, detail = 'numeral 0.2, glyph 0.5'): VisionCue => ({ kind: 'evidence-marker', box: { x, y, width: 20, height: 18 }, confidence: 0.61, glyph: 0.5, detail });
  const lone = (x: number, y: number): VisionCue => ({ kind: 'marker:lone', box: { x, y, width: 20, height: 18 }, confidence: 0.5, glyph: 0.5 });

  it('adds a set read as taken where the gained picture showed none, in place of the lone cards it covers', () => {
    const gained: VisionCue[] = [lone(100, 100)];
    const out = markersAsTaken(gained, [card(102, 101), card(300, 120), card(200, 200)]);
    expect(out.filter((c) => c.kind === 'marker:lone')).toEqual([]);
    expect(out.filter((c) => c.kind === 'evidence-marker')).toHaveLength(3);
    expect(out.every((c) => c.detail?.endsWith('read as taken (before the exposure gain)'))).toBe(true);
  });

  it('keeps the gained reading when it found a set, and adds no lone card or a card on a band it read', () => {
    const set = [card(100, 100), card(300, 120)];
    expect(markersAsTaken(set, [card(500, 300), card(600, 320)])).toBe(set);
    expect(markersAsTaken([], [{ ...card(100, 100), kind: 'marker:lone' }])).toEqual([]);
    const band: VisionCue = { kind: 'tape', box: { x: 0, y: 90, width: 800, height: 40 }, confidence: 0.7, angle: 0, thickness: 30 };
    expect(markersAsTaken([band], [card(100, 100), card(400, 300)])).toEqual([band]);
  });
});

describe('a pale band at night: tape washed to cream by street or torch light (`band:pale`)', () => {
  /** The street lit by sodium light, dark; `over` drawn after the lighting (lit far brighter than the scene: cream). */
  async function night(over: string, light: [number, number, number] = SODIUM, exposure = 0.5): Promise<Raster> {
    const img = await lit(STREET, light, exposure);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${over}</svg>`;
    const top = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer();
    for (let i = 0, p = 0; i < W * H; i++, p += 3) {
      const a = top[i * 4 + 3] / 255;
      for (let k = 0; k < 3; k++) img.data[p + k] = Math.round(img.data[p + k] * (1 - a) + top[i * 4 + k] * a);
    }
    return img;
  }
  const STOP = Array.from({ length: 14 }, () => 'STOP').join('   ');
  /** Cream tape across the frame, `thick` px, its faint orange print breaking it. */
  const cream = (y: number, thick: number, angle = 2) =>
    `<g transform="rotate(${angle} ${W / 2} ${y})"><rect x="-100" y="${y - thick / 2}" width="${W + 200}" height="${thick}" fill="#fde0c6"/>
     <text x="-80" y="${y + thick * 0.36}" font-size="${Math.round(thick * 0.9)}" font-family="${FONT}" font-weight="bold" fill="#c8782e">${STOP}</text></g>`;
  const pale = (cues: { kind: string }[]) => cues.filter((c) => c.kind === 'band:pale').length;

  it('cream tape with faint print across a street at night; not the same tape in daylight', async () => {
    expect(pale(yellowCues(await night(cream(200, 8))))).toBeGreaterThan(0);
    expect(pale(yellowCues(await night(cream(200, 8) + cream(240, 6, 3))))).toBeGreaterThan(0);
    expect(pale(yellowCues(await night(cream(200, 8), [1, 1, 1], 1)))).toBe(0);
  });

  it('not a light bar, a lit shop sign, a strip of sky or a road centre line at night', async () => {
    const bar = '<rect x="330" y="180" width="40" height="10" fill="#ff2a2a"/><rect x="370" y="180" width="40" height="10" fill="#f4f4f4"/><rect x="410" y="180" width="40" height="10" fill="#2a4cff"/>';
    expect(pale(yellowCues(await night(bar)))).toBe(0);
    expect(pale(yellowCues(await night('<rect x="420" y="120" width="300" height="60" fill="#fff4e0"/>')))).toBe(0);
    expect(pale(yellowCues(await night(`<rect x="0" y="0" width="${W}" height="40" fill="#f2e6d8"/>`)))).toBe(0);
    const dashes = [0, 1, 2, 3, 4].map((i) => `<rect x="${392 - i * 3}" y="${300 + i * 30}" width="${6 + i * 2}" height="${18 + i * 4}" fill="#fbeedd"/>`).join('');
    expect(pale(yellowCues(await night(dashes)))).toBe(0);
  });
});

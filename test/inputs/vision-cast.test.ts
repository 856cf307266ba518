// Tape and markers judged against the picture's own white balance: a daylight picture under a colour cast (low sun or
// tungsten turns yellow tape orange; a cool setting turns it green), and a set of markers lit unevenly (one card in
// the light, the others in shade). Scenes are rendered from SVG and then lit: every channel scaled by the light's
// colour, with a little deterministic grain.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { colourCast, yellowCues, type Raster } from '../../src/inputs/vision.js';

const W = 800;
const H = 450;
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
const WORDS = 'POLICE LINE DO NOT CROSS POLICE LINE DO NOT CROSS POLICE LINE DO NOT CROSS';

/** Low evening sun or tungsten: little blue, less green (tape yellow (245, 217, 10) reads (245, 135, 4), hue 33°). */
const WARM: [number, number, number] = [1, 0.62, 0.35];
/** A cool camera setting or shade under a blue sky (the tape reads (152, 200, 10), hue 75°). */
const COOL: [number, number, number] = [0.62, 0.92, 1];

/** Render an SVG body, light it (channels scaled by `light`) and add a little deterministic grain. */
async function lit(body: string, light: [number, number, number] = [1, 1, 1]): Promise<Raster> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${body}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let seed = 5;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * 8;
  for (let p = 0; p < data.length; p++) data[p] = Math.max(0, Math.min(255, Math.round(data[p] * light[p % 3] + noise())));
  return { data, width: info.width, height: info.height };
}

/** A tape band across the frame at `angle`°, `thick` px, in `colour`, with `words` printed along it. */
function band(angle: number, thick: number, colour: string, words = WORDS, cy = 200): string {
  const font = Math.round(thick * 0.7);
  return `<g transform="rotate(${angle} ${W / 2} ${cy})"><rect x="-300" y="${cy - thick / 2}" width="${W + 600}" height="${thick}" fill="${colour}"/>
    <text x="-250" y="${cy + font * 0.36}" font-size="${font}" font-family="${FONT}" font-weight="bold" fill="#111">${words}</text></g>`;
}

/** A street by day: pale sky, a light house front with windows, the pavement (bright: no night reading under the cast). */
const STREET = `<rect width="${W}" height="${H}" fill="#dce4ec"/><rect x="60" y="60" width="300" height="220" fill="#c8c0b8"/>
  <rect x="100" y="100" width="60" height="70" fill="#404850"/><rect x="240" y="100" width="60" height="70" fill="#404850"/>
  <rect y="290" width="${W}" height="160" fill="#b0b0ae"/>`;

const tapes = (cues: { kind: string }[]) => cues.filter((c) => c.kind === 'tape');
const markers = (cues: { kind: string }[]) => cues.filter((c) => c.kind === 'evidence-marker');

describe('tape under a colour cast, judged against the picture white balance', () => {
  it('a daylight picture under a warm or cool cast has one; a neutral one has none', async () => {
    const warm = colourCast(await lit(STREET, WARM));
    expect(warm).toBeDefined();
    // Blue raised against red: the warm light is taken out.
    expect(warm![2] / warm![0]).toBeGreaterThan(1.3);
    expect(colourCast(await lit(STREET, COOL))).toBeDefined();
    expect(colourCast(await lit(STREET))).toBeUndefined();
  });

  it('a printed band turned orange by warm light, green by cool light, read with the cast removed', async () => {
    for (const light of [WARM, COOL]) {
      const tape = tapes(yellowCues(await lit(STREET + band(-5, 30, '#f5d90a'), light)));
      expect(tape, String(light)).toHaveLength(1);
      expect(tape[0].detail).toContain('colour cast removed');
      expect(tape[0].balance).toBeDefined();
    }
  });

  it('in neutral light the same band needs no second reading', async () => {
    const tape = tapes(yellowCues(await lit(STREET + band(-5, 30, '#f5d90a'))));
    expect(tape).toHaveLength(1);
    expect(tape[0].detail).not.toContain('colour cast');
  });

  it('not orange site fencing, an orange-and-white road barrier, a plain orange band or orange cones in warm light', async () => {
    const mesh = [...Array(16).keys()].map((i) => `<rect x="${40 + i * 45}" y="230" width="10" height="80" fill="#404040"/>`).join('');
    const fence = `<rect x="0" y="230" width="${W}" height="80" fill="#f06a10"/>${mesh}`;
    const barrier = [...Array(8).keys()].map((i) => `<rect x="${100 + i * 70}" y="320" width="35" height="28" fill="${i % 2 ? '#f0f0f0' : '#f05a10'}"/>`).join('');
    const plain = '<rect x="0" y="180" width="800" height="22" fill="#f08a10"/>';
    const cones = [150, 420, 640].map((x) => `<polygon points="${x},400 ${x + 50},400 ${x + 30},320 ${x + 20},320" fill="#f06010"/><rect x="${x + 14}" y="350" width="22" height="10" fill="#eee"/>`).join('');
    for (const light of [WARM, [1, 1, 1] as [number, number, number]]) {
      const cues = yellowCues(await lit(STREET + fence + barrier + plain + cones, light));
      expect(tapes(cues), String(light)).toEqual([]);
      expect(markers(cues), String(light)).toEqual([]);
    }
  });

  it('not orange tape with print (a road closure, a sports event), in neutral or warm light', async () => {
    for (const light of [WARM, [1, 1, 1] as [number, number, number]]) {
      expect(tapes(yellowCues(await lit(STREET + band(-5, 30, '#f06a10', 'ROAD CLOSED ROAD CLOSED ROAD CLOSED ROAD CLOSED ROAD CLOSED'), light))), String(light)).toEqual([]);
    }
  });

  it('not a sunset: an orange sky over a dark street with a lit yellow window band', async () => {
    const sky = `<rect width="${W}" height="${H}" fill="#f0a040"/><rect y="260" width="${W}" height="190" fill="#302820"/>
      <rect x="0" y="300" width="${W}" height="20" fill="#f0c040"/>` + [...Array(12).keys()].map((i) => `<rect x="${i * 68 + 10}" y="300" width="14" height="20" fill="#302820"/>`).join('');
    expect(tapes(yellowCues(await lit(sky)))).toEqual([]);
  });
});

describe('a set of markers lit unevenly', () => {
  /** Numbered cards on asphalt: `lit` of them in full light, the rest in shade (a paler, greyer yellow). */
  const cards = (lit: number, shade = '#b89a58') =>
    [
      [150, 330, '1'],
      [420, 370, '2'],
      [640, 320, '3'],
    ]
      .map(([x, y, n], i) => `<rect x="${x}" y="${y}" width="44" height="50" fill="${i < lit ? '#f5c400' : shade}"/><text x="${Number(x) + 22}" y="${Number(y) + 40}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="34" fill="#111">${n}</text>`)
      .join('');
  const ROAD = `<rect width="${W}" height="${H}" fill="#3a3c40"/><rect y="0" width="${W}" height="200" fill="#20242a"/>`;

  it('one card in the light and two in shade: a set of three, the shaded ones read with a looser yellow', async () => {
    const found = markers(yellowCues(await lit(ROAD + cards(1))));
    expect(found).toHaveLength(3);
    expect(found.filter((c) => c.detail?.includes('shaded'))).toHaveLength(2);
  });

  it('no card in the light: the shaded ones alone are no set (sand, skin and wood pass the looser yellow)', async () => {
    expect(markers(yellowCues(await lit(ROAD + cards(0))))).toEqual([]);
  });

  it('one card beside tan cardboard boxes with printed arrows, wooden blocks with knots, or small gold lettering', async () => {
    const boxes = [120, 330, 560]
      .map((x) => `<rect x="${x}" y="250" width="120" height="100" fill="#c8a060"/><path d="M${x + 60} 270 l-14 24 h9 v30 h10 v-30 h9 z" fill="#222"/>`)
      .join('');
    const blocks = [90, 260].map((x) => `<rect x="${x}" y="380" width="40" height="40" fill="#b8955a"/><ellipse cx="${x + 20}" cy="400" rx="5" ry="9" fill="#3a2a18"/>`).join('');
    const gold = [420, 470, 520].map((x) => `<rect x="${x}" y="395" width="14" height="12" fill="#c0a050"/><text x="${x + 7}" y="405" text-anchor="middle" font-family="${FONT}" font-size="10" fill="#111">8</text>`).join('');
    const card = '<rect x="700" y="380" width="44" height="50" fill="#f5c400"/><text x="722" y="420" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="34" fill="#111">4</text>';
    expect(markers(yellowCues(await lit(ROAD + boxes + blocks + gold + card)))).toEqual([]);
  });
});

describe('warm light on what is not tape', () => {
  /** A warm filter or tungsten white balance as a phone applies it (the eval's warm variant). */
  const FILTER: [number, number, number] = [1.1, 1, 0.82];

  it('a lawn turned yellow by warm light, speckled with shadow between its blades, is no printed band', async () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const specks = Array.from({ length: 900 }, () => `<rect x="${Math.floor(rnd() * W)}" y="${300 + Math.floor(rnd() * 100)}" width="${2 + Math.floor(rnd() * 3)}" height="${2 + Math.floor(rnd() * 4)}" fill="#2a3010"/>`).join('');
    const lawn = `<rect width="${W}" height="${H}" fill="#20301c"/><rect x="0" y="300" width="${W}" height="100" fill="#b8c040"/>${specks}`;
    for (const light of [FILTER, [1, 1, 1] as [number, number, number]]) expect(tapes(yellowCues(await lit(lawn, light))), String(light)).toEqual([]);
    // The same strip carrying letters is tape.
    const printed = `<rect width="${W}" height="${H}" fill="#20301c"/>${band(0, 100, '#b8c040', WORDS, 350)}`;
    expect(tapes(yellowCues(await lit(printed, FILTER)))).toHaveLength(1);
  });

  it('a caption on a pale cream sky, its letters rimmed with a dull yellow, is no faded band', async () => {
    for (const rim of ['#8a7a3a', '#a08a40']) {
      const caption = ['THIS PICTURE IS PROVIDED AS AN EXAMPLE', 'OF THE POWER OF EMBEDDED METADATA']
        .map((t, i) => `<text x="30" y="${50 + i * 34}" font-family="${FONT}" font-weight="bold" font-size="24" fill="#111" stroke="${rim}" stroke-width="1.5">${t}</text>`)
        .join('');
      expect(tapes(yellowCues(await lit(`<rect width="${W}" height="${H}" fill="#f2ead2"/><rect y="330" width="${W}" height="120" fill="#6a5a48"/>${caption}`))), rim).toEqual([]);
    }
  });
});

describe('a set of markers needs a numeral seen near', () => {
  const ROAD = `<rect width="${W}" height="${H}" fill="#3a3c40"/>`;
  /** A card seen far off (11 x 16 px) with a "7" on it, at (x, y). */
  const far = (x: number, y: number) => `<rect x="${x}" y="${y}" width="11" height="16" fill="#f5c400"/><path d="M${x + 2} ${y + 3}h7v2l-3 8h-2l3-8h-5z" fill="#111"/>`;
  /** A card seen near (44 x 50 px) with a numeral, or with a dark bar running off its edge (no numeral: a yellow C, a sign). */
  const near = (x: number, numeral: boolean) =>
    `<rect x="${x}" y="300" width="44" height="50" fill="#f5c400"/>` +
    (numeral ? `<text x="${x + 22}" y="340" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="34" fill="#111">7</text>` : `<rect x="${x + 12}" y="318" width="32" height="14" fill="#111"/>`);

  it('a far numbered card does not make a set of a near card with no numeral (an embroidered D and C on a patch)', async () => {
    const cues = yellowCues(await lit(ROAD + far(120, 150) + near(420, false)));
    expect(markers(cues)).toEqual([]);
  });

  it('a near numbered card does, and so do two far numbered cards', async () => {
    expect(markers(yellowCues(await lit(ROAD + near(150, true) + near(420, false))))).toHaveLength(2);
    expect(markers(yellowCues(await lit(ROAD + far(120, 150) + far(520, 200))))).toHaveLength(2);
  });
});

describe('evidence markers washed out by flash or sun', () => {
  const ROAD = `<rect width="${W}" height="${H}" fill="#3a3c40"/><rect width="${W}" height="160" fill="#20242a"/>`;
  const card = (x: number, y: number, n: string | number, fill: string, w = 44, h = 50) =>
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}"/><text x="${x + w / 2}" y="${y + h * 0.8}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${h * 0.68}" fill="#222">${n}</text>`;

  it('three pale numbered cards standing apart, none in full colour: a set, said to be washed out and less sure', async () => {
    const found = markers(yellowCues(await lit(ROAD + card(150, 330, 1, '#f8eca8') + card(420, 370, 2, '#f6eaa4') + card(640, 320, 3, '#faefb0'))));
    expect(found).toHaveLength(3);
    for (const c of found) expect(c.detail).toContain('washed out');
    const colour = markers(yellowCues(await lit(ROAD + card(150, 330, 1, '#f5c400') + card(420, 370, 2, '#f5c400') + card(640, 320, 3, '#f5c400'))));
    expect(found[0].confidence).toBeLessThan(colour[0].confidence);
  });

  it('not two pale cards, a calendar or sand with pebbles; pale notes with words are no numbered cards', async () => {
    expect(markers(yellowCues(await lit(ROAD + card(150, 330, 1, '#f8eca8') + card(420, 370, 2, '#f6eaa4'))))).toEqual([]);
    // Day cells in a tight grid, each with a numeral: cards side by side, not markers standing apart.
    const calendar = `<rect width="${W}" height="${H}" fill="#f4f0e0"/>` + Array.from({ length: 28 }, (_, i) => card(60 + (i % 7) * 96, 60 + Math.floor(i / 7) * 90, i + 1, '#f3e7b0', 92, 86)).join('');
    expect(markers(yellowCues(await lit(calendar)))).toEqual([]);
    const sand = `<rect width="${W}" height="${H}" fill="#e8d8a0"/>` + Array.from({ length: 40 }, (_, i) => `<circle cx="${(i * 173) % W}" cy="${(i * 97) % H}" r="${3 + (i % 4)}" fill="#444"/>`).join('');
    expect(markers(yellowCues(await lit(sand)))).toEqual([]);
    const notes = `<rect width="${W}" height="${H}" fill="#5a4a3a"/>` + [[100, 100, 'milk'], [400, 200, 'call'], [620, 120, 'todo']].map(([x, y, t]) => `<rect x="${x}" y="${y}" width="90" height="90" fill="#f8eca0"/><text x="${Number(x) + 10}" y="${Number(y) + 50}" font-family="${FONT}" font-size="26" fill="#223">${t}</text>`).join('');
    expect(markers(yellowCues(await lit(notes)))).toEqual([]);
  });
});

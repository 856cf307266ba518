// Picture cues from pixels: tape is a long yellow band with print in it; markers are small yellow cards with numerals.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { bodyOf, bridgeSeams, closerLookPerson, closerLooks, closeUpCues, hoodOf, lyingGroundCues, objectCues, uniformCues, vehicleCues, whiteGain, yellowCues } from '../../src/inputs/vision.js';

async function raster(file: string) {
  const { data, info } = await sharp(file).resize(640, 640, { fit: 'inside' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('yellowCues', () => {
  it('finds tape (with its angle) and the three evidence markers', async () => {
    const cues = yellowCues(await raster('fixtures/images/police-tape.jpg'));
    const tape = cues.filter((c) => c.kind === 'tape');
    expect(tape).toHaveLength(1);
    expect(tape[0].angle).toBeCloseTo(-8, 0);
    expect(cues.filter((c) => c.kind === 'evidence-marker')).toHaveLength(3);
  });

  it('a painted road line is a plain yellow band, not tape', async () => {
    const cues = yellowCues(await raster('fixtures/images/road-line.jpg'));
    expect(cues.some((c) => c.kind === 'tape')).toBe(false);
  });

  it('nothing in a garden', async () => {
    expect(yellowCues(await raster('fixtures/images/clean.png'))).toEqual([]);
  });

  it('standing markers seen as triangles with a numeral each make a set', async () => {
    const markers = yellowCues(await raster('fixtures/images/evidence-markers-standing.jpg')).filter((c) => c.kind === 'evidence-marker');
    expect(markers).toHaveLength(3);
    for (const m of markers) expect(m.detail).toContain('standing');
  });

  it('a plain band hanging between posts sags; a line painted straight, a kerb in perspective or a strip of sunlit lawn does not', async () => {
    const band = (cues: { kind: string; sag?: number }[]) => cues.find((c) => c.kind === 'yellow-band');
    const hanging = band(yellowCues(await raster('fixtures/images/cordon.jpg')));
    expect(hanging?.sag).toBeGreaterThanOrEqual(0.02);
    expect(band(yellowCues(await raster('fixtures/images/cordon-near-miss.jpg')))?.sag).toBeLessThan(0.005);
    const street = `<rect width="${W}" height="${H}" fill="#9fb2c4"/><rect y="180" width="${W}" height="270" fill="#6b6b6e"/>`;
    const kerb = band(yellowCues(await svgRaster(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${street}<polygon points="0,420 800,250 800,256 0,428" fill="#efc81c"/></svg>`)));
    expect(kerb?.sag ?? 0).toBeLessThan(0.005);
    // A strip as thick as a lawn's sunlit edge, its thickness changing along it: no line, no sag measured.
    const edge = [...Array(20).keys()].map((i) => `${40 + i * 36},${300 + (i % 3) * 9 + (i % 2 ? 6 : -4)}`).join(' ');
    const lawn = band(yellowCues(await svgRaster(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${street}<polygon points="40,270 400,290 760,270 ${edge.split(' ').reverse().join(' ')}" fill="#d8c23a"/></svg>`)));
    expect(lawn?.sag).toBeUndefined();
  });

  it('traffic cones carry no numeral, and a warning sign alone (its border and its "!") is at most one lone marker', async () => {
    const cues = yellowCues(await raster('fixtures/images/traffic-cones.jpg'));
    expect(cues.filter((c) => c.kind === 'evidence-marker')).toEqual([]);
    expect(cues.filter((c) => c.kind === 'marker:lone').length).toBeLessThanOrEqual(1);
  });
});

describe('objectCues', () => {
  it('a person box much wider than tall is a person lying down', () => {
    const cues = objectCues([
      { label: 'person', confidence: 0.5, box: { x: 0, y: 0, width: 300, height: 80 } },
      { label: 'person', confidence: 0.9, box: { x: 0, y: 0, width: 80, height: 200 } },
    ]);
    expect(cues.filter((c) => c.kind === 'person-lying')).toHaveLength(1);
    expect(cues.filter((c) => c.kind === 'object:person')).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Vehicle markings on rendered cars (SVG through sharp): the vehicle box is given, as the object detector would.

const W = 800;
const H = 450;
/** A side-on car: body, cabin with windows, wheels; `extra` is drawn on top (markings, lights). */
function carSvg(body: string, extra = '', roof = ''): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
    <rect width="${W}" height="${H}" fill="#8fa9bf"/><rect y="330" width="${W}" height="120" fill="#6b6b6b"/>
    ${roof}
    <path d="M230 170 L330 110 L520 110 L600 170 Z" fill="${body}"/>
    <path d="M250 168 L335 122 L415 122 L415 168 Z M425 168 L425 122 L510 122 L580 168 Z" fill="#1c232b"/>
    <rect x="100" y="170" width="600" height="130" rx="28" fill="${body}"/>
    ${extra}
    <circle cx="220" cy="300" r="48" fill="#111"/><circle cx="580" cy="300" r="48" fill="#111"/>
    <circle cx="220" cy="300" r="20" fill="#aaa"/><circle cx="580" cy="300" r="20" fill="#aaa"/>
  </svg>`;
}
const CAR_BOX = { x: 96, y: 104, width: 608, height: 246 };
async function svgRaster(svg: string) {
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
const car = (confidence = 0.6) => [{ label: 'car', confidence, box: CAR_BOX }];
const kinds = (cues: { kind: string }[]) => cues.map((c) => c.kind).sort();

describe('vehicleCues', () => {
  const lightBar = '<rect x="360" y="96" width="60" height="14" rx="4" fill="#e0101c"/><rect x="420" y="96" width="60" height="14" rx="4" fill="#1036e8"/>';
  const battenburg = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
    .map((i) => `<rect x="${110 + i * 58}" y="200" width="58" height="40" fill="${i % 2 ? '#1f3fbf' : '#d8f000'}"/><rect x="${110 + i * 58}" y="240" width="58" height="40" fill="${i % 2 ? '#d8f000' : '#1f3fbf'}"/>`)
    .join('');

  it('a red-and-blue light bar on the roof', async () => {
    const cues = vehicleCues(await svgRaster(carSvg('#f4f4f4', '', lightBar)), car());
    expect(kinds(cues)).toEqual(['light-bar']);
    expect(cues[0].box!.y).toBeLessThan(CAR_BOX.y + 20);
  });

  it('a lit light bar at night (pinkish red and pale blue glow)', async () => {
    const lit = '<rect x="350" y="96" width="70" height="14" rx="6" fill="#ff5a7a"/><rect x="420" y="96" width="70" height="14" rx="6" fill="#5a8cff"/>';
    expect(kinds(vehicleCues(await svgRaster(carSvg('#151515', '', lit)), car()))).toEqual(['light-bar']);
  });

  it('Battenburg yellow and blue blocks along the body', async () => {
    expect(kinds(vehicleCues(await svgRaster(carSvg('#f4f4f4', battenburg)), car()))).toEqual(['livery:battenburg']);
  });

  it('both on one car, even when the detector is unsure of the vehicle', async () => {
    expect(kinds(vehicleCues(await svgRaster(carSvg('#f4f4f4', battenburg, lightBar)), car(0.22)))).toEqual(['light-bar', 'livery:battenburg']);
  });

  it('a stop darker (every channel x0.7) the same car reads the same: lenses and livery are judged levelled to the white point', async () => {
    // Unlit lenses of a dull red and blue (brightest channel 160): x0.7 puts them under the lens brightness (0.45).
    const dull = '<rect x="360" y="96" width="60" height="14" rx="4" fill="#a01820"/><rect x="420" y="96" width="60" height="14" rx="4" fill="#2848a0"/>';
    const darker = async (svg: string) => {
      const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().linear(0.7, 0).raw().toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    };
    expect(kinds(vehicleCues(await svgRaster(carSvg('#f4f4f4', '', dull)), car()))).toEqual(['light-bar']);
    expect(kinds(vehicleCues(await darker(carSvg('#f4f4f4', '', dull)), car()))).toEqual(['light-bar']);
    expect(kinds(vehicleCues(await darker(carSvg('#f4f4f4', battenburg)), car()))).toEqual(['livery:battenburg']);
    // Near misses stay clean a stop darker: a plain car, a red car under a blue sky.
    expect(vehicleCues(await darker(carSvg('#b8bcc2')), car())).toEqual([]);
    expect(vehicleCues(await darker(carSvg('#c8102e')), car())).toEqual([]);
  });

  it('an ambulance: blue beacons without red, a red stripe and red lettering below the roof line', async () => {
    const beacons = '<rect x="240" y="98" width="26" height="14" fill="#1036e8"/><rect x="560" y="98" width="26" height="14" fill="#1036e8"/>';
    const stripe = '<rect x="100" y="230" width="600" height="22" fill="#e8401c"/><text x="300" y="210" font-size="34" font-family="sans-serif" font-weight="bold" fill="#e01020">AMBULANCE</text>';
    expect(vehicleCues(await svgRaster(carSvg('#f7f7f7', stripe, beacons)), car())).toEqual([]);
  });

  it('a yellow taxi with a checker band, and green-and-yellow ambulance blocks, are not police liveries', async () => {
    const checker = [...Array(20).keys()].map((i) => `<rect x="${110 + i * 29}" y="220" width="29" height="14" fill="${i % 2 ? '#111' : '#fff'}"/><rect x="${110 + i * 29}" y="234" width="29" height="14" fill="${i % 2 ? '#fff' : '#111'}"/>`).join('');
    expect(vehicleCues(await svgRaster(carSvg('#f2c200', checker)), car())).toEqual([]);
    const green = battenburg.replaceAll('#1f3fbf', '#1a8f3a');
    expect(vehicleCues(await svgRaster(carSvg('#f4f4f4', green)), car())).toEqual([]);
  });

  it('a plain car, a red car under a blue sky, and objects that are not vehicles give nothing', async () => {
    expect(vehicleCues(await svgRaster(carSvg('#b8bcc2')), car())).toEqual([]);
    expect(vehicleCues(await svgRaster(carSvg('#c8102e')), car())).toEqual([]);
    expect(vehicleCues(await svgRaster(carSvg('#f4f4f4', battenburg, lightBar)), [{ label: 'person', confidence: 0.9, box: CAR_BOX }])).toEqual([]);
  });
});

describe('yellowCues: tape at any angle and close up', () => {
  /** A yellow band across the frame at `angle` degrees, `thick` px, with `words` printed along it. */
  function tapeSvg(angle: number, thick: number, words: string, bg = '#55606b'): string {
    const font = Math.round(thick * 0.7);
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="${bg}"/>
      <g transform="rotate(${angle} ${W / 2} ${H / 2})"><rect x="-200" y="${H / 2 - thick / 2}" width="${W + 400}" height="${thick}" fill="#f5d90a"/>
      <text x="-150" y="${H / 2 + font * 0.36}" font-size="${font}" font-family="sans-serif" font-weight="bold" fill="#111">${words}</text></g></svg>`;
  }
  const WORDS = 'POLICE LINE DO NOT CROSS POLICE LINE DO NOT CROSS POLICE LINE';

  it.each([-35, -10, 20, 45])('a printed tape band at %i°', async (angle) => {
    const tape = yellowCues(await svgRaster(tapeSvg(angle, 30, WORDS))).filter((c) => c.kind === 'tape');
    expect(tape).toHaveLength(1);
    expect(tape[0].angle).toBeCloseTo(angle, -1);
  });

  it('a close-up: a thick band filling the frame with big letters', async () => {
    const tape = yellowCues(await svgRaster(tapeSvg(15, 150, 'POLICE LINE DO NOT CROSS'))).filter((c) => c.kind === 'tape');
    expect(tape).toHaveLength(1);
    expect(tape[0].detail).toMatch(/^close-up/);
  });

  it('two tapes crossing in an X (no single straight band) are tape; a plain yellow X is not', async () => {
    const x = (words: string) => {
      const one = (a: number) => tapeSvg(a, 50, words).replace(/^<svg[^>]*>/, '').replace('</svg>', '').replace(/<rect width="800" height="450"[^>]*\/>/, '');
      return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#4a5a3a"/>${one(-25)}${one(25)}</svg>`;
    };
    const tape = yellowCues(await svgRaster(x(WORDS))).filter((c) => c.kind === 'tape');
    expect(tape).toHaveLength(1);
    expect(tape[0].detail).toMatch(/^crossing/);
    expect(yellowCues(await svgRaster(x(''))).some((c) => c.kind === 'tape')).toBe(false);
  });

  it('a tape sagging between two posts, its print following the curve', async () => {
    // y = 120 + 280 t (1 - t) across the frame: glyph blocks placed and turned along the curve.
    const at = (t: number) => ({ x: -20 + 840 * t, y: 120 + 280 * t * (1 - t), a: (Math.atan2(280 * (1 - 2 * t), 840) * 180) / Math.PI });
    const path = [...Array(41).keys()].map((i) => at(i / 40)).map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
    const glyphs = [...Array(60).keys()]
      .filter((i) => i % 7 !== 6)
      .map((i) => at(0.02 + i * 0.016))
      .map((p) => `<rect x="${(p.x - 4).toFixed(1)}" y="${(p.y - 8).toFixed(1)}" width="8" height="16" fill="#111" transform="rotate(${p.a.toFixed(1)} ${p.x.toFixed(1)} ${p.y.toFixed(1)})"/>`)
      .join('');
    const svg = (print: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#5a6b4a"/><path d="${path}" stroke="#f5d90a" stroke-width="26" fill="none"/>${print}</svg>`;
    expect(yellowCues(await svgRaster(svg(glyphs))).filter((c) => c.kind === 'tape')).toHaveLength(1);
    expect(yellowCues(await svgRaster(svg(''))).filter((c) => c.kind === 'tape')).toEqual([]);
  });

  it('a thick plain yellow band (a painted wall stripe) is not tape', async () => {
    expect(yellowCues(await svgRaster(tapeSvg(15, 150, ''))).some((c) => c.kind === 'tape')).toBe(false);
  });
});

/** `rows` rows of `cols` square cells from (x0, y0), alternating `a` and `b` along each row and down each column (along the row only: `stripes`). */
const chequer = (x0: number, y0: number, cols: number, rows: number, cell: number, a: string, b: string, stripes = false) =>
  [...Array(rows * cols).keys()]
    .map((i) => {
      const [r, c] = [Math.floor(i / cols), i % cols];
      return `<rect x="${x0 + c * cell}" y="${y0 + r * cell}" width="${cell}" height="${cell}" fill="${(stripes ? c : r + c) % 2 ? b : a}"/>`;
    })
    .join('');

describe('whiteGain: a picture levelled to its white point for what is worn', () => {
  const flat = (v: number, bright = v) => {
    const data = Buffer.alloc(200 * 200 * 3, v);
    // One pixel in 50 holds the picture's brightest value.
    for (let p = 0; p < data.length; p += 150) data.fill(bright, p, p + 3);
    return { data, width: 200, height: 200 };
  };
  it('raises a dim picture to its white point, one gain for all channels, at most 1.6; leaves a well exposed one', () => {
    expect(whiteGain(flat(90, 178))).toBe(1.32);
    expect(whiteGain(flat(40, 60))).toBe(1.6);
    expect(whiteGain(flat(90, 230))).toBeUndefined();
    expect(whiteGain(flat(120, 255))).toBeUndefined();
  });
});

describe('uniformCues: tactical kit on a detected person', () => {
  /** A standing figure: head (helmet/balaclava colour), torso, legs; background colour. */
  function figureSvg(head: string, torso: string, bg: string): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="600"><rect width="400" height="600" fill="${bg}"/>
      <ellipse cx="200" cy="80" rx="45" ry="55" fill="${head}"/><rect x="120" y="130" width="160" height="230" rx="20" fill="${torso}"/>
      <rect x="130" y="360" width="60" height="220" fill="#222"/><rect x="210" y="360" width="60" height="220" fill="#222"/></svg>`;
  }
  const person = [{ label: 'person', confidence: 0.6, box: { x: 110, y: 20, width: 180, height: 570 } }];
  const kitOnly = (cues: { kind: string }[]) => cues.filter((c) => c.kind === 'kit:tactical');

  it('black vest under a dark helmet, no face, against a light scene', async () => {
    const cues = kitOnly(uniformCues(await svgRaster(figureSvg('#1a1a1a', '#141414', '#c9d2da')), person, []));
    expect(cues.map((c) => c.kind)).toEqual(['kit:tactical']);
  });

  it('not when a face shows, not in a light shirt, not in a night scene, not for a small far-off figure', async () => {
    const kit = await svgRaster(figureSvg('#1a1a1a', '#141414', '#c9d2da'));
    expect(kitOnly(uniformCues(kit, person, [{ x: 160, y: 40, width: 80, height: 80 }]))).toEqual([]);
    expect(kitOnly(uniformCues(await svgRaster(figureSvg('#1a1a1a', '#e8e8f0', '#c9d2da')), person, []))).toEqual([]);
    expect(kitOnly(uniformCues(await svgRaster(figureSvg('#1a1a1a', '#141414', '#0c0c10')), person, []))).toEqual([]);
    expect(kitOnly(uniformCues(kit, [{ label: 'person', confidence: 0.6, box: { x: 110, y: 20, width: 40, height: 100 } }], []))).toEqual([]);
  });
});

describe('uniformCues: a badge on a peaked cap', () => {
  /** A head and shoulders under a cap (crown colour, optional badge), a shirt below; the face box is given. */
  function capSvg(crown: string, badge: string, hair = ''): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="700"><rect width="600" height="700" fill="#9fb4c8"/>
      <path d="M60 700 L90 490 Q300 430 510 490 L540 700 Z" fill="#1a2233"/><ellipse cx="300" cy="330" rx="80" ry="105" fill="#c99a7a"/>${hair}
      ${crown ? `<path d="M190 235 L180 120 Q300 70 420 120 L410 235 Z" fill="${crown}"/><rect x="215" y="215" width="170" height="28" rx="10" fill="#0a0a0a"/>` : ''}${badge}</svg>`;
  }
  const badge = '<polygon points="300,150 307,168 326,168 311,180 317,198 300,187 283,198 289,180 274,168 293,168" fill="#d9b23a"/>';
  const person = [{ label: 'person', confidence: 0.8, box: { x: 60, y: 70, width: 480, height: 630 } }];
  const face = [{ x: 220, y: 240, width: 160, height: 190 }];
  const caps = async (svg: string) => uniformCues(await svgRaster(svg), person, face).filter((c) => c.kind === 'cap:badge');

  it('a gold badge on the front of a dark peaked cap, over the face', async () => {
    const found = await caps(capSvg('#141c33', badge));
    expect(found).toHaveLength(1);
    expect(found[0].box!.y).toBeLessThan(240);
  });

  it('the face under the peak not found: the head placed by the keypoints of someone facing the camera', async () => {
    const kp = (x: number, y: number) => ({ x, y, score: 0.8 });
    const shoulders = { leftShoulder: kp(470, 480), rightShoulder: kp(130, 480), leftHip: kp(440, 700), rightHip: kp(160, 700) };
    const facing = [{ ...person[0], pose: { nose: kp(300, 345), leftEye: kp(335, 305), rightEye: kp(265, 305), ...shoulders } }];
    const found = uniformCues(await svgRaster(capSvg('#141c33', badge)), facing, []).filter((c) => c.kind === 'cap:badge');
    expect(found.map((c) => c.detail)).toEqual(['metal badge on a cap above the face, head from keypoints']);
    // Seen from behind (no nose or eyes) the front of a cap does not show: nothing is looked for.
    expect(uniformCues(await svgRaster(capSvg('#141c33', badge)), [{ ...person[0], pose: shoulders }], []).filter((c) => c.kind === 'cap:badge')).toEqual([]);
    expect(uniformCues(await svgRaster(capSvg('#141c33', '')), facing, []).filter((c) => c.kind === 'cap:badge')).toEqual([]);
  });

  it('not a cap without a badge, not a coloured logo, not blonde hair without a cap', async () => {
    expect(await caps(capSvg('#141c33', ''))).toEqual([]);
    expect(await caps(capSvg('#141c33', badge.replace('#d9b23a', '#c8302a')))).toEqual([]);
    const hair = '<ellipse cx="300" cy="250" rx="95" ry="70" fill="#d8b860"/>';
    expect(await caps(capSvg('', '', hair))).toEqual([]);
  });
});

describe('uniformCues: a chequered band on a peaked cap', () => {
  /** Head and shoulders under a dark peaked cap whose band (y 196-238) is `band`; shirt colour; an optional face box. */
  function capSvg(band: string, shirt = '#1a2233', head = '#c99a7a'): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="700"><rect width="600" height="700" fill="#9fb4c8"/>
      <path d="M60 700 L90 490 Q300 430 510 490 L540 700 Z" fill="${shirt}"/><ellipse cx="300" cy="330" rx="80" ry="105" fill="${head}"/>
      <path d="M190 240 L180 120 Q300 70 420 120 L410 240 Z" fill="#141c33"/>${band}<rect x="205" y="236" width="190" height="18" rx="8" fill="#0a0a0a"/></svg>`;
  }
  const kp = (x: number, y: number) => ({ x, y, score: 0.8 });
  const person = [{ label: 'person', confidence: 0.8, box: { x: 60, y: 70, width: 480, height: 630 } }];
  const face = [{ x: 220, y: 240, width: 160, height: 190 }];
  const bands = async (svg: string, people = person, faces = face) => uniformCues(await svgRaster(svg), people, faces).filter((c) => c.kind === 'cap:chequered');
  const sillitoe = chequer(188, 196, 16, 3, 14, '#f4f4f4', '#101010');

  it('black-and-white or blue-and-white check round the cap, above the face', async () => {
    const found = await bands(capSvg(sillitoe));
    expect(found).toHaveLength(1);
    expect(found[0].box!.y + found[0].box!.height).toBeLessThanOrEqual(240);
    expect(await bands(capSvg(chequer(188, 196, 16, 3, 14, '#f4f4f4', '#1f3a8f')))).toHaveLength(1);
  });

  it('seen from behind: no face, the head placed by the shoulder keypoints', async () => {
    // The back of the head (hair, no face) under the same cap; shoulders at y 480.
    const back = [{ ...person[0], pose: { leftShoulder: kp(130, 480), rightShoulder: kp(470, 480), leftHip: kp(160, 700), rightHip: kp(440, 700) } }];
    expect(await bands(capSvg(sillitoe, '#1a2233', '#3a2a1c'), back, [])).toHaveLength(1);
    // No face and no keypoints: nowhere to look.
    expect(await bands(capSvg(sillitoe, '#1a2233', '#3a2a1c'), person, [])).toEqual([]);
  });

  it('not a plain white hatband, not stripes, not a tweed check, not a gingham shirt below the face', async () => {
    expect(await bands(capSvg('<rect x="188" y="196" width="224" height="42" fill="#f4f4f4"/>'))).toEqual([]);
    expect(await bands(capSvg(chequer(188, 196, 16, 3, 14, '#f4f4f4', '#101010', true)))).toEqual([]);
    expect(await bands(capSvg(chequer(188, 196, 16, 3, 14, '#8a6a48', '#5a4030')))).toEqual([]);
    const gingham = chequer(100, 470, 28, 8, 14, '#f4f4f4', '#1f3a8f');
    expect(await bands(capSvg('').replace('</svg>', `${gingham}</svg>`))).toEqual([]);
  });
});

describe('uniformCues: a line of people in the same dark kit', () => {
  const kp = (x: number, y: number) => ({ x, y, score: 0.8 });
  /** `n` figures 220 px apart on a light street: head (`head` svg at centre cx), torso colour, optional torso items. */
  function lineSvg(n: number, head: (cx: number) => string, torso = '#161b26', items: (cx: number) => string = () => ''): string {
    const figs = [...Array(n).keys()].map((i) => {
      const cx = 150 + 220 * i;
      return `<rect x="${cx - 80}" y="205" width="160" height="225" rx="12" fill="${torso}"/>${items(cx)}<rect x="${cx - 60}" y="430" width="50" height="150" fill="#20242c"/><rect x="${cx + 10}" y="430" width="50" height="150" fill="#20242c"/>${head(cx)}`;
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${150 + 220 * n}" height="600"><rect width="100%" height="600" fill="#b8bcc0"/>${figs.join('')}</svg>`;
  }
  const people = (n: number) =>
    [...Array(n).keys()].map((i) => {
      const cx = 150 + 220 * i;
      return { label: 'person', confidence: 0.7, box: { x: cx - 95, y: 60, width: 190, height: 520 }, pose: { leftShoulder: kp(cx + 70, 220), rightShoulder: kp(cx - 70, 220), leftHip: kp(cx + 50, 420), rightHip: kp(cx - 50, 420) } };
    });
  const helmet = (cx: number) => `<ellipse cx="${cx}" cy="135" rx="60" ry="75" fill="#111318"/><rect x="${cx - 45}" y="150" width="90" height="30" fill="#6a7a8a"/>`;
  const hair = (cx: number) => `<ellipse cx="${cx}" cy="150" rx="34" ry="45" fill="#c99a7a"/><ellipse cx="${cx}" cy="128" rx="34" ry="30" fill="#2a1d14"/>`;
  const lines = async (svg: string, n: number) => uniformCues(await svgRaster(svg), people(n), []).filter((c) => c.kind === 'kit:line');

  it('three or more people shoulder to shoulder in dark kit, in helmets', async () => {
    const found = await lines(lineSvg(4, helmet), 4);
    expect(found).toHaveLength(4);
    expect(found[0].detail).toBe('4 people side by side, 4 in helmets');
  });

  it('not bareheaded people in black, not firefighters with trim bands, not a waiter\'s white shirt front, not two people', async () => {
    expect(await lines(lineSvg(4, hair), 4)).toEqual([]);
    const bands = (cx: number) => `<rect x="${cx - 80}" y="330" width="160" height="16" fill="#d8e830"/>`;
    expect(await lines(lineSvg(4, helmet, '#161b26', bands), 4)).toEqual([]);
    const front = (cx: number) => `<path d="M${cx - 22} 205 L${cx + 22} 205 L${cx} 330 Z" fill="#f2f2f2"/>`;
    expect(await lines(lineSvg(4, helmet, '#161b26', front), 4)).toEqual([]);
    expect(await lines(lineSvg(2, helmet), 2)).toEqual([]);
    // The same kit in a light colour (hi-vis jackets, paramedics' green) is not a dark line.
    expect(await lines(lineSvg(4, helmet, '#4a8a3a'), 4)).toEqual([]);
  });

  it('two shoulder to shoulder in dark kit, both in helmets, are a pair (kit:pair), not a line; not bareheaded, not with trim bands', async () => {
    const pairs = async (svg: string) => uniformCues(await svgRaster(svg), people(2), []).filter((c) => c.kind === 'kit:pair' || c.kind === 'kit:line');
    const found = await pairs(lineSvg(2, helmet));
    expect(found.map((c) => [c.kind, c.detail])).toEqual([
      ['kit:pair', '2 people side by side, both in helmets'],
      ['kit:pair', '2 people side by side, both in helmets'],
    ]);
    expect(await pairs(lineSvg(2, hair))).toEqual([]);
    expect(await pairs(lineSvg(2, helmet, '#161b26', (cx) => `<rect x="${cx - 80}" y="330" width="160" height="16" fill="#d8e830"/>`))).toEqual([]);
    expect(await pairs(lineSvg(2, helmet, '#4a8a3a'))).toEqual([]);
    // One in a helmet and one bareheaded: no pair. Four in helmets: a line, no pair.
    expect(await pairs(lineSvg(2, (cx) => (cx < 200 ? helmet(cx) : hair(cx))))).toEqual([]);
    expect((await lines(lineSvg(4, helmet), 4)).length).toBe(4);
    expect(uniformCues(await svgRaster(lineSvg(4, helmet)), people(4), []).filter((c) => c.kind === 'kit:pair')).toEqual([]);
  });

  it('a helmet seen close up (closeUpCues on an enlarged crop of one person); not dark hair', async () => {
    const one = (head: (cx: number) => string) => svgRaster(lineSvg(1, head));
    const helmets = async (head: (cx: number) => string) => closeUpCues(await one(head), people(1)[0], [], []).filter((c) => c.kind === 'head:helmet');
    expect(await helmets(helmet)).toHaveLength(1);
    expect(await helmets(hair)).toEqual([]);
  });

  it('the back of a head of dark hair is no helmet when the ears show skin; a helmet seen from behind still is', async () => {
    // Seen from behind, shoulders turned (foreshortened to 140 px): the keypoints find the ears, no eyes, no nose.
    const back = (cx: number) => `<rect x="${cx - 16}" y="170" width="32" height="40" fill="#c99a7a"/><ellipse cx="${cx}" cy="140" rx="46" ry="55" fill="#2a1d14"/>`;
    const ears = (cx: number) => `<ellipse cx="${cx - 44}" cy="150" rx="8" ry="14" fill="#c99a7a"/><ellipse cx="${cx + 44}" cy="150" rx="8" ry="14" fill="#c99a7a"/>`;
    const shell = (cx: number) => `<rect x="${cx - 16}" y="170" width="32" height="40" fill="#c99a7a"/><ellipse cx="${cx}" cy="138" rx="62" ry="62" fill="#111318"/>`;
    const posed = { ...people(1)[0], pose: { ...people(1)[0].pose, leftEar: kp(194, 150), rightEar: kp(106, 150) } };
    // In a colour picture (a hedge behind): skin is read only where the picture has colour.
    const helmets = async (head: (cx: number) => string, wall = '#7f9f6a') => closeUpCues(await svgRaster(lineSvg(1, head).replace('#b8bcc0', wall)), posed, [], []).filter((c) => c.kind === 'head:helmet');
    expect(await helmets((cx) => back(cx) + ears(cx))).toEqual([]);
    // In black and white nothing says skin: the hair is read as before.
    expect(await helmets((cx) => back(cx) + ears(cx), '#b8bcc0')).toHaveLength(1);
    expect(await helmets(shell)).toHaveLength(1);
    // Without the ears' skin (hair over them) the hair is read as before: wide and dark at brow height, a helmet.
    expect(await helmets(back)).toHaveLength(1);
  });

  it('people too small in the frame for a line count when a close-up read saw their helmets', async () => {
    // The line a quarter of its size in a big frame: each person a ninth of the frame tall, no keypoints.
    const small = (head: (cx: number) => string) =>
      svgRaster(`<svg xmlns="http://www.w3.org/2000/svg" width="1100" height="1200"><rect width="100%" height="100%" fill="#b8bcc0"/><g transform="translate(300 500) scale(0.25)">${lineSvg(4, head).replace(/^<svg[^>]*>|<\/svg>$/g, '')}</g></svg>`);
    const boxes = people(4).map((p) => ({ label: 'person', confidence: 0.7, box: { x: Math.round(300 + p.box.x / 4), y: Math.round(500 + p.box.y / 4), width: Math.round(p.box.width / 4), height: Math.round(p.box.height / 4) } }));
    const heads = boxes.map((b) => ({ x: b.box.x + 14, y: b.box.y + 8, width: 20, height: 25 }));
    const kitLine = async (head: (cx: number) => string, seen: typeof heads) => uniformCues(await small(head), boxes, [], seen).filter((c) => c.kind === 'kit:line');
    expect(await kitLine(helmet, heads)).toHaveLength(4);
    // Without the close-up helmets they are too small to count; bareheaded people in black are no line either way.
    expect(await kitLine(helmet, [])).toEqual([]);
    expect(await kitLine(hair, [])).toEqual([]);
  });
});

describe('uniformCues: a duty belt at the hips', () => {
  const kp = (x: number, y: number) => ({ x, y, score: 0.8 });
  /** A figure facing the camera: shirt, trousers from y 450, a dark belt (y 420-450) with `items`; shoulders 240 px apart. */
  function beltSvg(shirt: string, belt: string, items: string): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="500" height="700"><rect width="500" height="700" fill="#c8c0b4"/>
      <ellipse cx="250" cy="110" rx="55" ry="70" fill="#c99a7a"/><path d="M100 700 L100 205 Q250 170 400 205 L400 700 Z" fill="${shirt}"/>
      <rect x="100" y="450" width="300" height="250" fill="#2a2f3a"/>${belt ? `<rect x="100" y="420" width="300" height="30" fill="${belt}"/>` : ''}${items}</svg>`;
  }
  const pose = { nose: kp(250, 115), leftEye: kp(270, 95), rightEye: kp(230, 95), leftShoulder: kp(370, 200), rightShoulder: kp(130, 200), leftHip: kp(330, 480), rightHip: kp(170, 480), leftWrist: kp(420, 470), rightWrist: kp(80, 470) };
  const person = [{ label: 'person', confidence: 0.8, box: { x: 50, y: 30, width: 400, height: 670 }, pose }];
  const fitting = (x: number, fill = '#e8e8ec') => `<rect x="${x}" y="428" width="11" height="13" fill="${fill}"/>`;
  const belts = async (svg: string) => uniformCues(await svgRaster(svg), person, []).filter((c) => c.kind === 'belt:duty');

  it('a dark belt with metal fittings spread along it, on a light or a dark shirt', async () => {
    const kit = fitting(140) + fitting(200, '#d9b23a') + fitting(290) + fitting(350);
    expect(await belts(beltSvg('#c8b48a', '#0c0c0c', kit))).toHaveLength(1);
    expect(await belts(beltSvg('#1a2233', '#0a0a0a', kit))).toHaveLength(1);
  });

  it('a duty belt whose fittings are matte or shaded (nickel snaps, a cuff case in shade); not one matte buckle or a row of matte studs', async () => {
    const matte = (x: number) => fitting(x, '#8e8c86');
    expect(await belts(beltSvg('#1a2233', '#0a0a0a', matte(140) + matte(200) + matte(290) + matte(350)))).toHaveLength(1);
    expect(await belts(beltSvg('#c8b48a', '#0c0c0c', matte(245)))).toEqual([]);
    const studs = [...Array(12).keys()].map((i) => matte(110 + i * 24)).join('');
    expect(await belts(beltSvg('#1a2233', '#0c0c0c', studs))).toEqual([]);
  });

  it('not a trouser belt with one buckle, not metal on a light shirt, not a studded fashion belt, not a watch at the wrist', async () => {
    expect(await belts(beltSvg('#c8b48a', '#0c0c0c', fitting(245)))).toEqual([]);
    const kit = fitting(140) + fitting(200) + fitting(290) + fitting(350);
    expect(await belts(beltSvg('#c8b48a', '', kit.replaceAll('428', '395')))).toEqual([]);
    const studs = [...Array(12).keys()].map((i) => fitting(110 + i * 24)).join('');
    expect(await belts(beltSvg('#c8b48a', '#0c0c0c', studs))).toEqual([]);
    expect(await belts(beltSvg('#c8b48a', '#0c0c0c', fitting(200) + fitting(290) + fitting(75).replace('428', '465')))).toEqual([]);
  });
});

describe('uniformCues: a white forensic suit', () => {
  /** A standing figure: hood/head, body, legs and arms in the given colours. */
  function suitSvg(head: string, body: string, legs: string, bg: string, face = ''): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="600"><rect width="400" height="600" fill="${bg}"/>
      <ellipse cx="200" cy="80" rx="48" ry="58" fill="${head}"/>${face}<rect x="110" y="130" width="180" height="240" rx="25" fill="${body}"/>
      <rect x="125" y="360" width="70" height="225" fill="${legs}"/><rect x="205" y="360" width="70" height="225" fill="${legs}"/></svg>`;
  }
  const person = [{ label: 'person', confidence: 0.7, box: { x: 105, y: 20, width: 190, height: 570 } }];
  const suits = (cues: { kind: string }[]) => cues.filter((c) => c.kind === 'suit:forensic').map((c) => c.kind);
  const mask = '<rect x="170" y="85" width="60" height="35" rx="8" fill="#e0e4e8"/>';

  it('a white hooded coverall, in daylight and under orange street light', async () => {
    expect(suits(uniformCues(await svgRaster(suitSvg('#f2f3f5', '#eef0f2', '#e8eaec', '#4a6b3a', mask)), person, []))).toEqual(['suit:forensic']);
    expect(suits(uniformCues(await svgRaster(suitSvg('#f0dcc0', '#eed8b8', '#e6cfae', '#3a2a18', mask)), person, []))).toEqual(['suit:forensic']);
  });

  it('not a white shirt under dark hair over dark trousers, not a figure in a white room, not in black and white, not a far-off figure', async () => {
    expect(suits(uniformCues(await svgRaster(suitSvg('#2a1d14', '#f2f3f5', '#1c2230', '#4a6b3a')), person, []))).toEqual([]);
    expect(suits(uniformCues(await svgRaster(suitSvg('#f2f3f5', '#eef0f2', '#e8eaec', '#fbf3dc', mask)), person, []))).toEqual([]);
    expect(suits(uniformCues(await svgRaster(suitSvg('#f2f3f5', '#eef0f2', '#e8eaec', '#606060', mask)), person, []))).toEqual([]);
    const small = [{ label: 'person', confidence: 0.7, box: { x: 105, y: 20, width: 40, height: 100 } }];
    expect(suits(uniformCues(await svgRaster(suitSvg('#f2f3f5', '#eef0f2', '#e8eaec', '#4a6b3a', mask)), small, []))).toEqual([]);
  });

  /**
   * Someone crouching, bent forward (600 x 500): the head low at the left of their box, the back sloping down to the
   * right from behind it, so the top middle of the box is the brown earth behind. `head` is the hood or the hair round a
   * small face (skin, a mask).
   */
  function crouchSvg(head: string, suit: string): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="500"><rect width="600" height="500" fill="#5b4a36"/>
      <ellipse cx="170" cy="118" rx="62" ry="58" fill="${head}"/><ellipse cx="158" cy="150" rx="26" ry="22" fill="#d9a77f"/><rect x="140" y="152" width="36" height="18" rx="5" fill="#e0e4e8"/>
      <path d="M205 150 L470 230 Q515 300 500 400 L180 440 Q150 300 205 150 Z" fill="${suit}"/>
      <rect x="150" y="400" width="360" height="55" rx="20" fill="${suit}"/></svg>`;
  }
  const crouching = [
    {
      label: 'person',
      confidence: 0.6,
      box: { x: 100, y: 58, width: 420, height: 400 },
      pose: { nose: { x: 150, y: 150, score: 0.4 }, leftEye: { x: 165, y: 138, score: 0.4 }, leftEar: { x: 195, y: 130, score: 0.4 }, leftShoulder: { x: 260, y: 200, score: 0.4 }, rightShoulder: { x: 235, y: 175, score: 0.4 }, leftHip: { x: 430, y: 300, score: 0.4 } },
    },
  ];

  it('a crouching examiner: the hood read round the head keypoints, low at the side of the box', async () => {
    const cues = uniformCues(await svgRaster(crouchSvg('#f2f3f5', '#eef0f2')), crouching, []).filter((c) => c.kind === 'suit:forensic');
    expect(cues.map((c) => c.detail?.includes('at the head'))).toEqual([true]);
    // Without the keypoints, the top middle of the box is the ground behind: no hood there.
    expect(suits(uniformCues(await svgRaster(crouchSvg('#f2f3f5', '#eef0f2')), [{ ...crouching[0], pose: undefined }], []))).toEqual([]);
  });

  it('not someone crouching in white with dark hair (a painter, a white jacket), nor a dark coat under a white hood', async () => {
    expect(suits(uniformCues(await svgRaster(crouchSvg('#2a1d14', '#eef0f2')), crouching, []))).toEqual([]);
    expect(suits(uniformCues(await svgRaster(crouchSvg('#f2f3f5', '#23262d')), crouching, []))).toEqual([]);
  });

  const crouchingKinds = async (svg: string, people = [{ ...crouching[0], pose: undefined }]) => uniformCues(await svgRaster(svg), people, []).filter((c) => c.kind.startsWith('suit:')).map((c) => c.kind);

  it('white coverall on someone crouching with no hood seen (no keypoints): the weaker `suit:crouching`', async () => {
    expect(await crouchingKinds(crouchSvg('#f2f3f5', '#eef0f2'))).toEqual(['suit:crouching']);
    // Under orange street light the suit is cream; a dark hood in shade (hair showing through) is no dark hair filling the top middle.
    expect(await crouchingKinds(crouchSvg('#3a3026', '#eed8b8'))).toEqual(['suit:crouching']);
  });

  it('not a white shirt over dark trousers, not in a white room, not a dark coat, not someone standing', async () => {
    // A white top to the waist (a shirt, a chef's jacket, a hoodie) over dark trousers: the box's lower quarters are dark.
    const shirt = crouchSvg('#f2f3f5', '#23262d').replace('</svg>', '<path d="M205 150 L470 230 Q490 260 480 280 L190 280 Q170 220 205 150 Z" fill="#eef0f2"/></svg>');
    expect(await crouchingKinds(shirt)).toEqual([]);
    expect(await crouchingKinds(crouchSvg('#f2f3f5', '#eef0f2').replace('fill="#5b4a36"', 'fill="#f4f1ea"'))).toEqual([]);
    expect(await crouchingKinds(crouchSvg('#f2f3f5', '#23262d'))).toEqual([]);
    // A standing figure in white whose head is dark hair: too tall for its width to be crouching.
    const standing = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="600"><rect width="400" height="600" fill="#4a6b3a"/>
      <ellipse cx="200" cy="80" rx="48" ry="58" fill="#2a1d14"/><rect x="110" y="130" width="180" height="240" rx="25" fill="#f2f3f5"/>
      <rect x="125" y="360" width="70" height="225" fill="#e8eaec"/><rect x="205" y="360" width="70" height="225" fill="#e8eaec"/></svg>`;
    expect(await crouchingKinds(standing, [{ label: 'person', confidence: 0.7, box: { x: 105, y: 20, width: 190, height: 570 }, pose: undefined }])).toEqual([]);
  });

  it('hoodOf: a square round the head keypoints, raised over the crown; none with fewer than two', () => {
    const pose = { nose: { x: 150, y: 150, score: 0.4 }, leftEye: { x: 165, y: 138, score: 0.4 }, leftEar: { x: 195, y: 130, score: 0.4 } };
    expect(hoodOf(pose, { x: 100, y: 58, width: 420, height: 400 })).toEqual({ x: 121, y: 65, width: 98, height: 98 });
    expect(hoodOf({ nose: pose.nose }, { x: 100, y: 58, width: 420, height: 400 })).toBeUndefined();
    expect(hoodOf(undefined, { x: 100, y: 58, width: 420, height: 400 })).toBeUndefined();
  });
});

describe('uniformCues: a badge on a dark uniform shirt, a shoulder patch on kit', () => {
  /** Head and shoulders: a face (skin ellipse), a shirt, an optional shirt front (collar and tie) and chest items. */
  function chestSvg(shirt: string, front: string, items: string): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="600" height="600" fill="#c8c0b4"/>
      <path d="M60 600 L90 330 Q300 250 510 330 L540 600 Z" fill="${shirt}"/>
      <rect x="250" y="230" width="100" height="80" fill="#c99a7a"/>${front}<ellipse cx="300" cy="170" rx="80" ry="105" fill="#c99a7a"/>${items}</svg>`;
  }
  const star = (cx: number, cy: number, r: number, fill: string) => {
    const pts = [...Array(10).keys()].map((i) => {
      const a = (Math.PI / 5) * i - Math.PI / 2;
      const rr = i % 2 ? r * 0.6 : r;
      return `${Math.round(cx + rr * Math.cos(a))},${Math.round(cy + rr * Math.sin(a))}`;
    });
    return `<polygon points="${pts.join(' ')}" fill="${fill}"/><circle cx="${cx}" cy="${cy}" r="${Math.round(r * 0.18)}" fill="#6b5a20"/>`;
  };
  const person = [{ label: 'person', confidence: 0.8, box: { x: 40, y: 40, width: 520, height: 560 } }];
  const face = [{ x: 220, y: 70, width: 160, height: 190 }];
  const tie = '<path d="M285 280 L315 280 L325 420 L300 450 L275 420 Z" fill="#101a12"/>';
  const suitFront = '<path d="M240 270 L360 270 L330 420 L270 420 Z" fill="#f4f4f4"/><path d="M290 280 L310 280 L315 400 L300 415 L285 400 Z" fill="#111"/>';

  it('a gold star on a dark green shirt below the face is a chest badge on a dark shirt', async () => {
    const cues = uniformCues(await svgRaster(chestSvg('#1d3324', tie, star(400, 400, 30, '#d9b23a'))), person, face);
    expect(cues.map((c) => c.kind).sort()).toEqual(['badge:chest', 'shirt:dark']);
    const b = cues.find((c) => c.kind === 'badge:chest')!.box!;
    expect(b.x).toBeGreaterThan(360);
    expect(b.y).toBeGreaterThan(360);
  });

  it('not in a black-and-white picture, where metal cannot be told from any light patch', async () => {
    const { data, info } = await sharp(Buffer.from(chestSvg('#1d3324', tie, star(400, 400, 30, '#d9b23a')))).greyscale().toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(uniformCues({ data, width: info.width, height: info.height }, person, face).some((c) => c.kind === 'badge:chest')).toBe(false);
  });

  it('a silver star on navy is a badge too', async () => {
    const cues = uniformCues(await svgRaster(chestSvg('#141c33', tie, star(200, 410, 30, '#e6e8ec'))), person, face);
    expect(cues.some((c) => c.kind === 'badge:chest')).toBe(true);
  });

  it('not on a suit (light shirt front), not on a light shirt, not a button or a large emblem', async () => {
    const item = star(400, 400, 30, '#d9b23a');
    expect(uniformCues(await svgRaster(chestSvg('#1a1d26', suitFront, item)), person, face)).toEqual([]);
    expect(uniformCues(await svgRaster(chestSvg('#d8dce4', tie, item)), person, face)).toEqual([]);
    const button = '<circle cx="300" cy="470" r="5" fill="#d9b23a"/>';
    expect(uniformCues(await svgRaster(chestSvg('#1d3324', tie, button)), person, face).map((c) => c.kind)).toEqual(['shirt:dark']);
    const big = star(360, 430, 120, '#d9b23a');
    expect(uniformCues(await svgRaster(chestSvg('#1d3324', tie, big)), person, face).map((c) => c.kind)).toEqual(['shirt:dark']);
  });

  it('read on the picture levelled to its white point: a stop darker the same; a suit under warm light or a tungsten bulb is still a suit', async () => {
    // The render through sharp as a phone or an app leaves it: every channel x0.7, or warmer (red x1.1, blue x0.82).
    const shot = async (svg: string, a: number[]) => {
      const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().linear(a, [0, 0, 0]).raw().toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    };
    const [darker, warm] = [[0.7, 0.7, 0.7], [1.1, 1, 0.82]];
    const badged = chestSvg('#1d3324', tie, star(400, 400, 30, '#d9b23a'));
    const suit = chestSvg('#1a1d26', suitFront, star(400, 400, 30, '#d9b23a'));
    expect(kinds(uniformCues(await shot(badged, darker), person, face))).toEqual(['badge:chest', 'shirt:dark']);
    expect(kinds(uniformCues(await shot(badged, warm), person, face))).toEqual(['badge:chest', 'shirt:dark']);
    expect(uniformCues(await shot(suit, darker), person, face)).toEqual([]);
    expect(uniformCues(await shot(suit, warm), person, face)).toEqual([]);
    // Under a tungsten bulb the white shirt turns pale yellow (255, 244, 171): still a suit's front; the badge still reads.
    const tungsten = [1.15, 1, 0.7];
    expect(kinds(uniformCues(await shot(badged, tungsten), person, face))).toEqual(['badge:chest', 'shirt:dark']);
    expect(uniformCues(await shot(suit, tungsten), person, face)).toEqual([]);
    // A silver star on navy, darker: still metal once the picture is levelled.
    expect(uniformCues(await shot(chestSvg('#141c33', tie, star(200, 410, 30, '#e6e8ec')), darker), person, face).some((c) => c.kind === 'badge:chest')).toBe(true);
  });

  it("the white front is read between the cloth and off skin's edge: a wall beside the neck and a light-blue open collar are none; a suit's shirt is one, on a pale wall too", async () => {
    // A neck narrower than the face and low shoulders: the pale wall shows beside the neck, where a suit's front is looked for.
    const neckSvg = (wall: string, shirt: string, front: string, items: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="600" height="600" fill="${wall}"/>
      <path d="M60 600 L90 360 Q300 330 510 360 L540 600 Z" fill="${shirt}"/>
      <rect x="270" y="230" width="60" height="120" fill="#c99a7a"/>${front}<ellipse cx="300" cy="170" rx="80" ry="105" fill="#c99a7a"/>${items}</svg>`;
    // As a phone saves it (JPEG halves the colour: skin and a light cloth blend to grey along their edge).
    const jpeg = async (svg: string) => {
      const { data, info } = await sharp(await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    };
    const badge = star(400, 430, 30, '#d9b23a');
    const pale = '#c8c0b4';
    expect(kinds(uniformCues(await jpeg(neckSvg(pale, '#141c33', tie, badge)), person, face))).toEqual(['badge:chest', 'shirt:dark']);
    const open = '<path d="M272 345 L328 345 L300 420 Z" fill="#c99a7a"/>';
    expect(kinds(uniformCues(await jpeg(neckSvg('#3a3e44', '#9fbde0', open, badge)), person, face))).toEqual(['badge:chest', 'shirt:light-blue']);
    // A suit: the white shirt between the lapels (a tie in it), before the pale wall, a gold pin where a badge would be.
    const suit = '<path d="M230 345 L370 345 L300 470 Z" fill="#f4f4f4"/><path d="M292 350 L308 350 L312 450 L300 462 L288 450 Z" fill="#6a1a1e"/>';
    expect(uniformCues(await jpeg(neckSvg(pale, '#1a1d26', suit, badge)), person, face)).toEqual([]);
  });

  it('a coloured patch on the upper arm of a figure in kit', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="600"><rect width="400" height="600" fill="#c9d2da"/>
      <ellipse cx="200" cy="80" rx="45" ry="55" fill="#1a1a1a"/><rect x="120" y="130" width="160" height="230" rx="20" fill="#141414"/>
      <rect x="112" y="140" width="40" height="200" fill="#141414"/><rect x="124" y="180" width="18" height="22" fill="#c8302a"/><rect x="128" y="186" width="10" height="8" fill="#f0d020"/>
      <rect x="130" y="360" width="60" height="220" fill="#222"/><rect x="210" y="360" width="60" height="220" fill="#222"/></svg>`;
    const kit = [{ label: 'person', confidence: 0.6, box: { x: 110, y: 20, width: 180, height: 570 } }];
    const cues = uniformCues(await svgRaster(svg), kit, []);
    expect(cues.map((c) => c.kind)).toContain('patch:shoulder');
    expect(cues.map((c) => c.kind)).toContain('kit:tactical');
    const plain = svg.replace('fill="#c8302a"', 'fill="#141414"').replace('fill="#f0d020"', 'fill="#141414"');
    expect((await uniformCues(await svgRaster(plain), kit, [])).map((c) => c.kind)).not.toContain('patch:shoulder');
    // In black and white a light blob on the sleeve is anything (a cuff, a hand): no patch is read, as no badge is.
    const { data: grey, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
    const data = Buffer.alloc(grey.length * 3);
    for (let i = 0; i < grey.length; i++) data.fill(grey[i]!, 3 * i, 3 * i + 3);
    const bw = uniformCues({ data, width: info.width, height: info.height }, kit, []).map((c) => c.kind);
    expect(bw).toContain('kit:tactical');
    expect(bw).not.toContain('patch:shoulder');
  });

  it('a portrait the object detector gave no body: a person placed below the large face, the badge read on it', async () => {
    const kinds = async (svg: string, objects: typeof person = [], faces = face) => (await uniformCues(await svgRaster(svg), objects, faces)).map((c) => c.kind).sort();
    const badged = chestSvg('#141c33', tie, star(400, 420, 30, '#d9b23a'));
    expect(await kinds(badged)).toEqual(['badge:chest', 'person:portrait', 'shirt:dark']);
    const placed = uniformCues(await svgRaster(badged), [], face).find((c) => c.kind === 'person:portrait')!;
    expect(placed.box).toEqual({ x: 0, y: 0, width: 600, height: 600 });
    // Near misses: a black suit jacket over a white shirt, a light shirt, a paramedic's green, a hi-vis vest.
    expect(await kinds(chestSvg('#15161a', suitFront, star(400, 420, 30, '#d9b23a')))).toEqual(['person:portrait']);
    expect(await kinds(chestSvg('#d8dce4', tie, star(400, 420, 30, '#d9b23a')))).toEqual(['person:portrait']);
    expect(await kinds(chestSvg('#2f8a4a', tie, star(400, 420, 30, '#d9b23a')))).toEqual(['person:portrait']);
    expect(await kinds(chestSvg('#d4f000', tie, '<rect x="90" y="450" width="420" height="30" fill="#dcdcdc"/>'))).toEqual(['person:portrait']);
    // A person found with this face in the top of their box is read as found; a small face is no portrait's.
    expect(await kinds(badged, person)).toEqual(['badge:chest', 'shirt:dark']);
    expect(await kinds(badged, [], [{ x: 280, y: 150, width: 40, height: 48 }])).toEqual([]);
  });
});

describe('uniformCues: a hi-vis vest with the police check', () => {
  /** A standing figure in a hi-vis vest; `band` is drawn across the vest's chest. */
  function vestSvg(band: string): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="600"><rect width="400" height="600" fill="#8a9aa8"/>
      <ellipse cx="200" cy="80" rx="45" ry="55" fill="#c99a7a"/><rect x="110" y="130" width="180" height="240" rx="20" fill="#d4f000"/>${band}
      <rect x="130" y="370" width="60" height="210" fill="#222"/><rect x="210" y="370" width="60" height="210" fill="#222"/></svg>`;
  }
  const checks = (c1: string, c2: string) =>
    [...Array(6).keys()].map((i) => `<rect x="${110 + i * 30}" y="240" width="30" height="22" fill="${i % 2 ? c1 : c2}"/><rect x="${110 + i * 30}" y="262" width="30" height="22" fill="${i % 2 ? c2 : c1}"/>`).join('');
  const person = [{ label: 'person', confidence: 0.7, box: { x: 100, y: 20, width: 200, height: 570 } }];
  const vests = async (svg: string) => uniformCues(await svgRaster(svg), person, [{ x: 160, y: 30, width: 80, height: 100 }]).filter((c) => c.kind === 'vest:checker');

  it('blue and yellow blocks across the vest', async () => {
    expect(await vests(vestSvg(checks('#1f3fbf', '#d8f000')))).toHaveLength(1);
  });

  it('not a plain hi-vis vest with a reflective stripe, not a paramedic green-and-yellow check', async () => {
    expect(await vests(vestSvg('<rect x="110" y="250" width="180" height="20" fill="#e0e0e0"/>'))).toEqual([]);
    expect(await vests(vestSvg(checks('#1a8f3a', '#d8f000')))).toEqual([]);
  });
});

describe('uniformCues: a hi-vis jacket with a chequered band', () => {
  /** A figure in a jacket (`jacket` colour, shoulders at (130,200) and (370,200), hips at y 480, hem at 560) on a street. */
  function jacketSvg(items: string, jacket = '#d4f000'): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="500" height="800"><rect width="500" height="800" fill="#8a9aa8"/>
      <ellipse cx="250" cy="110" rx="55" ry="70" fill="#c99a7a"/><path d="M95 560 L100 205 Q250 170 400 205 L405 560 Z" fill="${jacket}"/>
      <rect x="60" y="200" width="60" height="260" fill="${jacket}"/><rect x="380" y="200" width="60" height="260" fill="${jacket}"/>
      <rect x="140" y="560" width="90" height="230" fill="#222"/><rect x="270" y="560" width="90" height="230" fill="#222"/>${items}</svg>`;
  }
  const kp = (x: number, y: number) => ({ x, y, score: 0.8 });
  const pose = { nose: kp(250, 115), leftEye: kp(270, 95), rightEye: kp(230, 95), leftShoulder: kp(370, 200), rightShoulder: kp(130, 200), leftHip: kp(330, 480), rightHip: kp(170, 480) };
  const person = (withPose = true) => [{ label: 'person', confidence: 0.8, box: { x: 50, y: 30, width: 400, height: 760 }, ...(withPose ? { pose } : {}) }];
  const face = [{ x: 195, y: 40, width: 110, height: 140 }];
  const bands = async (svg: string, people = person()) => uniformCues(await svgRaster(svg), people, face).filter((c) => c.kind === 'vest:chequered');
  // Two rows of 24 px blue and silver squares across the jacket at the waist.
  const police = chequer(100, 400, 12, 2, 25, '#1f3a8f', '#dfe3e6');

  it('two rows of blue and silver squares round a hi-vis jacket, with or without keypoints', async () => {
    expect(await bands(jacketSvg(police))).toHaveLength(1);
    expect(await bands(jacketSvg(police), person(false))).toHaveLength(1);
    // At the chest, navy and white.
    expect(await bands(jacketSvg(chequer(100, 300, 12, 2, 25, '#16204a', '#f4f4f4')))).toHaveLength(1);
    // Small blue and yellow squares (a Battenburg check too fine for the block reading), three rows at the hem.
    expect(await bands(jacketSvg(chequer(100, 500, 25, 3, 12, '#1f3fbf', '#d8f000')))).toHaveLength(1);
  });

  it('not a plain silver band, not a green check, not stripes, not a gingham shirt under an open vest, not on a dark jacket', async () => {
    expect(await bands(jacketSvg('<rect x="100" y="400" width="300" height="50" fill="#dfe3e6"/>'))).toEqual([]);
    expect(await bands(jacketSvg(chequer(100, 400, 12, 2, 25, '#1a7a3a', '#dfe3e6')))).toEqual([]);
    expect(await bands(jacketSvg(chequer(100, 400, 12, 2, 25, '#1f3a8f', '#dfe3e6', true)))).toEqual([]);
    const gingham = chequer(180, 200, 6, 14, 24, '#1f3a8f', '#f4f4f4');
    expect(await bands(jacketSvg(gingham))).toEqual([]);
    expect(await bands(jacketSvg(police, '#1c1c24'))).toEqual([]);
  });
});

describe('uniformCues with body keypoints: details sit where the body says', () => {
  const kp = (x: number, y: number) => ({ x, y, score: 0.8 });

  it('bodyOf: torso, chest and upper arms from the shoulders and hips; none without both shoulders', () => {
    const body = bodyOf({ leftShoulder: kp(200, 100), rightShoulder: kp(100, 100), leftHip: kp(190, 250), rightHip: kp(110, 250) })!;
    expect(body.torso).toEqual({ x: 90, y: 90, width: 120, height: 160 });
    expect(body.chest.height).toBe(88);
    // Each upper arm reaches outwards from its shoulder.
    expect(body.arms[0].x + body.arms[0].width).toBeGreaterThan(230);
    expect(body.arms[1].x).toBeLessThan(70);
    expect(bodyOf({ leftShoulder: kp(200, 100) })).toBeUndefined();
    // Hips above the shoulders: not a body read the right way up.
    expect(bodyOf({ leftShoulder: kp(200, 100), rightShoulder: kp(100, 100), leftHip: kp(190, 90) })).toBeUndefined();
  });

  /** A figure facing the camera in a dark shirt, shoulders at (130,200) and (370,200), hips at y 480, on a light wall. */
  function torsoSvg(shirt: string, items: string): string {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="500" height="700"><rect width="500" height="700" fill="#c8c0b4"/>
      <rect x="222" y="150" width="56" height="60" fill="#c99a7a"/><ellipse cx="250" cy="110" rx="55" ry="70" fill="#c99a7a"/><path d="M95 700 L100 205 Q250 170 400 205 L405 700 Z" fill="${shirt}"/>
      <rect x="60" y="200" width="60" height="260" fill="${shirt}"/><rect x="380" y="200" width="60" height="260" fill="${shirt}"/>${items}</svg>`;
  }
  const pose = { nose: kp(250, 115), leftEye: kp(270, 95), rightEye: kp(230, 95), leftShoulder: kp(370, 200), rightShoulder: kp(130, 200), leftHip: kp(330, 480), rightHip: kp(170, 480) };
  const person = (withPose = true) => [{ label: 'person', confidence: 0.8, box: { x: 50, y: 30, width: 400, height: 670 }, ...(withPose ? { pose } : {}) }];
  const face = [{ x: 195, y: 40, width: 110, height: 140 }];
  const patch = '<rect x="395" y="240" width="34" height="40" fill="#c8302a"/><rect x="402" y="250" width="20" height="12" fill="#f0d020"/>';
  const kinds = (cues: { kind: string }[]) => cues.map((c) => c.kind).filter((k) => k !== 'torso').sort();

  it('a coloured patch on the upper arm of a dark shirt; skin showing at the sleeve is not a patch', async () => {
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#18202e', patch)), person(), face))).toEqual(['patch:shoulder', 'shirt:dark']);
    const skin = '<rect x="395" y="240" width="34" height="40" fill="#c99a7a"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#18202e', skin)), person(), face))).toEqual(['shirt:dark']);
    // The same blob without keypoints: arms are not known, so a patch is only read on tactical kit.
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#18202e', patch)), person(false), face))).toEqual(['shirt:dark']);
  });

  it('a badge on one side of the chest; a round blob down the middle (a button, a clasp) is not', async () => {
    const badge = '<path d="M310 290 L350 290 L355 320 L330 345 L305 320 Z" fill="#d9b23a"/><circle cx="330" cy="312" r="5" fill="#5a4a18"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#18202e', badge)), person(), face))).toEqual(['badge:chest', 'shirt:dark']);
    const middle = '<path d="M230 290 L270 290 L275 320 L250 345 L225 320 Z" fill="#d9b23a"/><circle cx="250" cy="312" r="5" fill="#5a4a18"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#18202e', middle)), person(), face))).toEqual(['shirt:dark']);
    // A lapel pin: too small against the shoulders.
    const pin = '<circle cx="320" cy="260" r="6" fill="#d9b23a"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#18202e', pin)), person(), face))).toEqual(['shirt:dark']);
    // The same badge on the wearer's right (the left of the picture, facing the camera): a logo, a buckle, a pen.
    const right = '<path d="M150 290 L190 290 L195 320 L170 345 L145 320 Z" fill="#d9b23a"/><circle cx="170" cy="312" r="5" fill="#5a4a18"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#18202e', right)), person(), face))).toEqual(['shirt:dark']);
  });

  it('a badge of matte or shaded silver on a dark shirt, shaped as a shield or a star; not a grey phone, card or square print', async () => {
    const shield = (fill: string) => `<path d="M310 290 L350 290 L355 320 L330 345 L305 320 Z" fill="${fill}"/><circle cx="330" cy="312" r="5" fill="#3a3a3a"/>`;
    // Nickel in room light, and the same a stop darker (out of the light).
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#18202e', shield('#b8b4a9'))), person(), face))).toEqual(['badge:chest', 'shirt:dark']);
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#18202e', shield('#817e76'))), person(), face))).toEqual(['badge:chest', 'shirt:dark']);
    // A grey phone in the breast pocket, a grey card, a square grey print: they fill their boxes row by row.
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#18202e', '<rect x="312" y="285" width="30" height="50" rx="3" fill="#8a8a8c"/>')), person(), face))).toEqual(['shirt:dark']);
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#18202e', '<rect x="305" y="290" width="44" height="44" fill="#9a9a96"/><rect x="318" y="303" width="18" height="18" fill="#18202e"/>')), person(), face))).toEqual(['shirt:dark']);
    // Grey on a grey shirt is the cloth, not a badge; in a dark grey shirt the ring round it is no dark cloth.
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#5a5a5c', shield('#8a8a86'))), person(), face)).filter((k) => k === 'badge:chest')).toEqual([]);
  });

  it('a black suit with a white pocket square and a dark tie: the square is no badge', async () => {
    const tie = '<path d="M243 190 L257 190 L262 400 L250 420 L238 400 Z" fill="#0b0b0d"/>';
    const square = '<path d="M312 300 L348 300 L340 282 L330 290 L320 280 Z" fill="#f4f4f2"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#141416', tie + square)), person(), face)).filter((k) => k === 'badge:chest')).toEqual([]);
  });

  it('a light-blue patrol shirt: a gold or silver badge over the heart, a dark patch on the sleeve', async () => {
    const blue = '#a9c4e6';
    const badge = (fill: string) => `<path d="M310 290 L350 290 L355 320 L330 345 L305 320 Z" fill="${fill}"/><circle cx="330" cy="312" r="5" fill="#5a4a18"/>`;
    const navyPatch = '<rect x="395" y="240" width="34" height="40" fill="#1c2550"/><rect x="402" y="250" width="20" height="12" fill="#d9b23a"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg(blue, badge('#d9b23a') + navyPatch)), person(), face))).toEqual(['badge:chest', 'patch:shoulder', 'shirt:light-blue']);
    expect(kinds(uniformCues(await svgRaster(torsoSvg(blue, badge('#eef0f2'))), person(), face))).toEqual(['badge:chest', 'shirt:light-blue']);
    // In shade the same shirt is darker and greyer, and still light blue.
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#6f87a8', badge('#d9b23a'))), person(), face))).toEqual(['badge:chest', 'shirt:light-blue']);
  });

  it('not on a light-blue shirt: pale folds, a badge on the wearer\'s right, a white shirt, black and white', async () => {
    const blue = '#a9c4e6';
    // Pale creases (whiter than the cloth, not metal-white) and a pen in the pocket: no badge.
    const folds = '<path d="M300 280 L312 280 L316 330 L304 330 Z" fill="#d4e0ee"/><rect x="318" y="300" width="6" height="40" fill="#1a1a1a"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg(blue, folds)), person(), face))).toEqual(['shirt:light-blue']);
    const right = '<path d="M150 290 L190 290 L195 320 L170 345 L145 320 Z" fill="#d9b23a"/><circle cx="170" cy="312" r="5" fill="#5a4a18"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg(blue, right)), person(), face))).toEqual(['shirt:light-blue']);
    // An airline's white shirt with gold wings: not light blue, not dark.
    const wings = '<rect x="300" y="290" width="60" height="12" fill="#d9b23a"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#f2f3f5', wings)), person(), face))).toEqual([]);
    const { data, info } = await sharp(Buffer.from(torsoSvg(blue, `<path d="M310 290 L350 290 L355 320 L330 345 L305 320 Z" fill="#d9b23a"/>`)))
      .modulate({ saturation: 0 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(kinds(uniformCues({ data, width: info.width, height: info.height }, person(), face))).toEqual([]);
  });

  it("a tan sheriff's shirt: a polished gold star or a silver badge over the heart, a dark green patch on the sleeve", async () => {
    const tan = '#c9b28a';
    // A five-pointed star 56 px across over the heart (the wearer's left, the right of the picture).
    const star = (fill: string) => `<path d="M330 287 L340 301 L357 306 L346 320 L346 338 L330 332 L314 338 L314 320 L303 306 L320 301 Z" fill="${fill}"/><circle cx="330" cy="315" r="5" fill="#6b5a20"/>`;
    const greenPatch = '<rect x="395" y="240" width="34" height="40" fill="#2c4a30"/><rect x="402" y="250" width="20" height="12" fill="#e3bd45"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg(tan, star('#e8c040') + greenPatch)), person(), face))).toEqual(['badge:chest', 'patch:shoulder', 'shirt:tan']);
    expect(kinds(uniformCues(await svgRaster(torsoSvg(tan, star('#eef0f2'))), person(), face))).toEqual(['badge:chest', 'shirt:tan']);
    // Khaki, and the same shirt in shade.
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#b8a474', star('#e8c040'))), person(), face))).toEqual(['badge:chest', 'shirt:tan']);
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#7a6a50', greenPatch)), person(), face))).toEqual(['patch:shoulder', 'shirt:tan']);
    // Under a warm bulb: the cloth saturated to 0.54 (225, 178, 104) is still tan, and the gold still brighter than it.
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#e1b268', star('#e8c040') + greenPatch)), person(), face))).toEqual(['badge:chest', 'patch:shoulder', 'shirt:tan']);
  });

  it('not tan under a warm bulb either: skin, an ochre or mustard top (saturation over 0.6)', async () => {
    const star = '<path d="M330 287 L340 301 L357 306 L346 320 L346 338 L330 332 L314 338 L314 320 L303 306 L320 301 Z" fill="#e8c040"/>';
    // Skin under the bulb (255, 180, 105) is redder than tan; an ochre top (217, 160, 48) is more saturated.
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#ffb469', star)), person(), face))).toEqual([]);
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#d9a030', star)), person(), face))).toEqual([]);
  });

  it('not on a tan shirt: dull brass no brighter than the cloth, a pale fold, a badge on the wearer\'s right, a white shirt front, bare skin', async () => {
    const tan = '#c9b28a';
    const star = (x: number, fill: string) => `<path d="M${x} 287 L${x + 10} 301 L${x + 27} 306 L${x + 16} 320 L${x + 16} 338 L${x} 332 L${x - 16} 338 L${x - 16} 320 L${x - 27} 306 L${x - 10} 301 Z" fill="${fill}"/>`;
    // A scout's or a ranger's embroidered emblem in the cloth's own hue, and a crease paler than the cloth: not metal.
    expect(kinds(uniformCues(await svgRaster(torsoSvg(tan, star(330, '#b89a58'))), person(), face))).toEqual(['shirt:tan']);
    expect(kinds(uniformCues(await svgRaster(torsoSvg(tan, '<path d="M300 280 L312 280 L316 330 L304 330 Z" fill="#e4d8c0"/>')), person(), face))).toEqual(['shirt:tan']);
    expect(kinds(uniformCues(await svgRaster(torsoSvg(tan, star(170, '#e8c040'))), person(), face))).toEqual(['shirt:tan']);
    // A khaki jacket open over a white shirt: a civilian's, not read.
    const white = '<path d="M215 190 L285 190 L270 420 L230 420 Z" fill="#f4f4f2"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg(tan, white + star(330, '#e8c040'))), person(), face))).toEqual([]);
    // A bare chest or a skin-coloured top is not tan cloth.
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#d9a57e', star(330, '#e8c040'))), person(), face))).toEqual([]);
    // A hi-vis vest is not tan.
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#d4f000', star(330, '#e8c040'))), person(), face))).toEqual([]);
  });

  it('a mid-blue uniform jacket (a dress uniform, navy lit brighter, royal blue): a gold badge over the heart, a patch on the sleeve', async () => {
    const badge = '<path d="M310 290 L350 290 L355 320 L330 345 L305 320 Z" fill="#d9b23a"/><circle cx="330" cy="312" r="5" fill="#5a4a18"/>';
    const patch = '<rect x="395" y="240" width="34" height="40" fill="#15161c"/><rect x="402" y="250" width="20" height="12" fill="#d9b23a"/>';
    // A dress jacket's blue (38, 70, 111), royal blue and navy lit brighter than dark cloth.
    for (const cloth of ['#26466f', '#2a4aa0', '#2c3f6e']) {
      expect(kinds(uniformCues(await svgRaster(torsoSvg(cloth, badge + patch)), person(), face))).toEqual(['badge:chest', 'patch:shoulder', 'shirt:blue']);
    }
    // Navy in shade stays dark cloth; a light-blue patrol shirt stays light blue.
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#19233f', badge)), person(), face))).toEqual(['badge:chest', 'shirt:dark']);
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#a9c4e6', badge)), person(), face))).toEqual(['badge:chest', 'shirt:light-blue']);
  });

  it("not a badge on a mid-blue shirt: a jersey's white crest, silver (white on blue says nothing), a badge on the wearer's right", async () => {
    const blue = '#2a4aa0';
    const crest = '<path d="M310 290 L350 290 L355 320 L330 345 L305 320 Z" fill="#f4f4f4" stroke="#c0202a" stroke-width="3"/><rect x="320" y="300" width="20" height="16" fill="#1c3c9a"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg(blue, crest)), person(), face))).toEqual(['shirt:blue']);
    expect(kinds(uniformCues(await svgRaster(torsoSvg(blue, '<path d="M310 290 L350 290 L355 320 L330 345 L305 320 Z" fill="#e8eaee"/>')), person(), face))).toEqual(['shirt:blue']);
    const right = '<path d="M150 290 L190 290 L195 320 L170 345 L145 320 Z" fill="#d9b23a"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg(blue, right)), person(), face))).toEqual(['shirt:blue']);
    // A blue blazer open over a white shirt: a suit.
    const white = '<path d="M215 190 L285 190 L270 420 L230 420 Z" fill="#f4f4f2"/>';
    expect(kinds(uniformCues(await svgRaster(torsoSvg(blue, white + '<path d="M310 290 L350 290 L355 320 L330 345 L305 320 Z" fill="#d9b23a"/>')), person(), face))).toEqual([]);
  });

  it("a firefighter's coat: reflective bands round the sleeves and chest are not shoulder patches or a badge", async () => {
    const band = (x: number, y: number, w: number) => `<rect x="${x}" y="${y}" width="${w}" height="22" fill="#d8e830"/><rect x="${x}" y="${y + 7}" width="${w}" height="8" fill="#e4e4e4"/>`;
    const bands = band(60, 250, 60) + band(380, 250, 60) + band(100, 380, 300) + band(60, 420, 60) + band(380, 420, 60);
    expect(kinds(uniformCues(await svgRaster(torsoSvg('#1c1c1c', bands)), person(), face))).toEqual(['shirt:dark']);
  });

  it('patches on both sleeves are read as a pair', async () => {
    const pair = `${patch}<rect x="71" y="240" width="34" height="40" fill="#c8302a"/><rect x="78" y="250" width="20" height="12" fill="#f0d020"/>`;
    const cues = uniformCues(await svgRaster(torsoSvg('#18202e', pair)), person(), face).filter((c) => c.kind === 'patch:shoulder');
    expect(cues.map((c) => c.detail)).toEqual(['on both upper arms', 'on both upper arms']);
  });

  it('an embroidered patch read by its rim: a closed gold or white border round a design of its own', async () => {
    // A navy shield on the upper arm (34x40), a 3 px gold rim round it and a gold star and bar inside: only the rim and
    // the design pass the patch colours (the navy ground is the sleeve's dark).
    const rimmed = (rim: string, design: string, ground = '#1c2550') =>
      `<path d="M395 240 L429 240 L429 268 L412 280 L395 268 Z" fill="${ground}" stroke="${rim}" stroke-width="3"/>${design}`;
    const star = '<path d="M412 249 L415 256 L422 256 L417 261 L419 268 L412 264 L405 268 L407 261 L402 256 L409 256 Z" fill="#d9b23a"/>';
    const read = async (items: string, shirt = '#18202e') => kinds(uniformCues(await svgRaster(torsoSvg(shirt, items)), person(), face));
    expect(await read(rimmed('#d9b23a', star))).toEqual(['patch:shoulder', 'shirt:dark']);
    expect(await read(rimmed('#e8e8e8', '<rect x="403" y="252" width="18" height="5" fill="#e8e8e8"/>', '#0e0e10'))).toEqual(['patch:shoulder', 'shirt:dark']);
    // The same rim round plain cloth: an outline print on a hoodie's sleeve, no patch.
    expect(await read(rimmed('#d9d9d9', '', '#18202e'))).toEqual(['shirt:dark']);
    // An open stripe (a piping down the sleeve) closes nothing in, and a ring of stitching round a design on a sports
    // jersey's chest is not on the arm.
    expect(await read('<path d="M398 235 L398 300" stroke="#d9b23a" stroke-width="3"/><path d="M426 235 L426 300" stroke="#d9b23a" stroke-width="3"/>')).toEqual(['shirt:dark']);
    expect(await read(`<circle cx="300" cy="300" r="26" fill="#18202e" stroke="#d9b23a" stroke-width="3"/>${star.replace(/(\d+) (\d+)/g, (_m, x, y) => `${+x - 112} ${+y + 50}`)}`)).toEqual(['shirt:dark']);
  });

  it('a torso cue for each posed person (where worn lettering must sit)', async () => {
    const cues = uniformCues(await svgRaster(torsoSvg('#d8dce4', '')), person(), face);
    expect(cues.filter((c) => c.kind === 'torso').map((c) => c.box)).toEqual([{ x: 106, y: 176, width: 288, height: 304 }]);
  });

  it('the police check must be worn: not the Battenburg blocks of a car behind the person', async () => {
    const checks = (y: number) =>
      [...Array(8).keys()].map((i) => `<rect x="${90 + i * 40}" y="${y}" width="40" height="26" fill="${i % 2 ? '#1f3fbf' : '#d8f000'}"/><rect x="${90 + i * 40}" y="${y + 26}" width="40" height="26" fill="${i % 2 ? '#d8f000' : '#1f3fbf'}"/>`).join('');
    const at = async (y: number, people: ReturnType<typeof person>) =>
      uniformCues(await svgRaster(torsoSvg('#18202e', checks(y))), people, face).filter((c) => c.kind === 'vest:checker');
    expect(await at(300, person())).toHaveLength(1);
    // At knee height: a car's livery showing behind the legs.
    expect(await at(560, person())).toEqual([]);
    expect(await at(560, person(false))).toEqual([]);
  });

  it('a face covered: kit on someone the keypoints show facing the camera, with no face found', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="600"><rect width="400" height="600" fill="#c9d2da"/>
      <ellipse cx="200" cy="80" rx="45" ry="55" fill="#1a1a1a"/><rect x="120" y="130" width="160" height="230" rx="20" fill="#141414"/>
      <rect x="130" y="360" width="60" height="220" fill="#222"/><rect x="210" y="360" width="60" height="220" fill="#222"/></svg>`;
    const facing = { nose: kp(200, 85), leftEye: kp(215, 70), rightEye: kp(185, 70), leftShoulder: kp(270, 145), rightShoulder: kp(130, 145), leftHip: kp(250, 360), rightHip: kp(150, 360) };
    const box = { x: 110, y: 20, width: 180, height: 570 };
    const img = await svgRaster(svg);
    expect(uniformCues(img, [{ label: 'person', confidence: 0.6, box, pose: facing }], []).map((c) => c.kind)).toContain('face:covered');
    // Seen from behind: shoulders, no nose or eyes.
    const back = { leftShoulder: facing.leftShoulder, rightShoulder: facing.rightShoulder, leftHip: facing.leftHip, rightHip: facing.rightHip };
    expect(uniformCues(img, [{ label: 'person', confidence: 0.6, box, pose: back }], []).map((c) => c.kind)).not.toContain('face:covered');
  });
});

describe('lyingGroundCues: what a person lying down lies on', () => {
  /** A person lying across the middle of the frame (a dark coat, light trousers, a head) on `ground`, with `extra`. */
  const scene = (ground: string, extra = '') =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#9aaabb"/><rect y="150" width="${W}" height="300" fill="${ground}"/>${extra}
      <rect x="300" y="280" width="120" height="50" rx="18" fill="#2a2d36"/><rect x="420" y="288" width="140" height="36" rx="14" fill="#a89a80"/><circle cx="285" cy="300" r="22" fill="#c89a7a"/></svg>`;
  const person = { label: 'person', confidence: 0.5, box: { x: 260, y: 270, width: 310, height: 70 } };
  const kindsOn = async (ground: string, objects = [person], extra = '') => lyingGroundCues(await svgRaster(scene(ground, extra)), objects).map((c) => c.kind);

  it.each([
    ['asphalt', '#5a5c60'],
    ['pale paving', '#b4b2ac'],
    ['dark earth', '#5c4630'],
  ])('on %s: lying:ground', async (_what, ground) => {
    expect(await kindsOn(ground)).toEqual(['lying:ground']);
  });

  it.each([
    ['grass in a park', '#4f8a3c'],
    ['sand on a beach', '#dcc79a'],
  ])('on %s: nothing', async (_what, ground) => {
    expect(await kindsOn(ground)).toEqual([]);
  });

  /** A forest floor: dead leaves in dappled light, patches of sun (#b48f62) on leaves in shade (#5a3e26). */
  const FLOOR = `<rect y="150" width="${W}" height="300" fill="#5a3e26"/>` +
    [...Array(48).keys()].map((i) => `<ellipse cx="${(i * 137) % W}" cy="${160 + ((i * 71) % 290)}" rx="${50 + (i % 4) * 15}" ry="${12 + (i % 3) * 6}" fill="#b48f62"/>`).join('');
  /** A body the detector is unsure of, stretched out on the ground (a wide box, low in the frame). */
  const faint = { label: 'person', confidence: 0.21, box: { x: 260, y: 275, width: 310, height: 60 } };
  const woods = async (extra: string, objects: typeof person[], unsure: typeof person[]) => lyingGroundCues(await svgRaster(scene('#5a3e26', FLOOR + extra)), objects, unsure);

  it('on a forest floor (dead leaves in sun and shade): lying:woods, also for a person the detector is unsure of', async () => {
    expect((await woods('', [person], [])).map((c) => c.kind)).toEqual(['lying:woods']);
    const [cue] = await woods('', [], [faint]);
    expect(cue).toMatchObject({ kind: 'lying:woods', confidence: 0.36 });
    expect(cue.detail).toContain('unsure');
  });

  it('not on a sunny beach (pale all over), nor on grass with fallen leaves, nor an unsure box that is no one stretched out', async () => {
    expect(lyingGroundCues(await svgRaster(scene('#c8a878')), [], [faint])).toEqual([]);
    const lawn = `<rect y="150" width="${W}" height="300" fill="#4f8a3c"/>` + [...Array(12).keys()].map((i) => `<ellipse cx="${(i * 137) % W}" cy="${170 + ((i * 71) % 270)}" rx="30" ry="8" fill="#8a5a2a"/>`).join('');
    expect(lyingGroundCues(await svgRaster(scene('#4f8a3c', lawn)), [], [faint])).toEqual([]);
    // Sitting or standing (not twice as wide as tall), high in the frame (a branch, the sky), or a sure person's echo.
    expect(await woods('', [], [{ ...faint, box: { x: 300, y: 240, width: 150, height: 90 } }])).toEqual([]);
    expect(await woods('', [], [{ ...faint, box: { x: 260, y: 20, width: 310, height: 60 } }])).toEqual([]);
    const standing = { label: 'person', confidence: 0.7, box: { x: 250, y: 100, width: 330, height: 240 } };
    expect(await woods('', [standing], [faint])).toEqual([]);
  });

  it('not an unsure "person" on a boat the detector is surer of (warm light on a harbour), nor someone lying on a boat', async () => {
    // Grey water reads as bare ground: what decides is the boat round the box.
    const boat = { label: 'boat', confidence: 0.28, box: { x: 240, y: 260, width: 350, height: 90 } };
    const unsure = { ...faint, confidence: 0.16 };
    expect(lyingGroundCues(await svgRaster(scene('#7a7e84')), [], [unsure])).toHaveLength(1);
    expect(lyingGroundCues(await svgRaster(scene('#7a7e84')), [], [unsure, boat])).toEqual([]);
    expect(await kindsOn('#7a7e84', [person, { ...boat, confidence: 0.6 }])).toEqual([]);
    // A boat the detector is less sure of than the person does not hide them.
    expect(lyingGroundCues(await svgRaster(scene('#7a7e84')), [], [{ ...unsure, confidence: 0.25 }, { ...boat, confidence: 0.18 }])).toHaveLength(1);
  });

  it('a closer look: a wide, low box taken for an animal or an upper body is looked at again; its person lies on the forest floor', async () => {
    // The first look boxed the body as a zebra the detector was unsure of (dark clothes on dark leaves, a photo saved smaller).
    const zebra = { label: 'zebra', confidence: 0.25, box: { x: 260, y: 272, width: 310, height: 62 } };
    const looks = closerLooks([], [zebra], W, H);
    expect(looks).toEqual([{ first: zebra, region: { x: 105, y: 0, width: 620, height: 450 } }]);
    // The closer look found a person over part of the figure (the legs): the figure is both boxes together.
    const legs = { label: 'person', confidence: 0.26, box: { x: 400, y: 275, width: 170, height: 58 } };
    const closer = closerLookPerson(zebra, [legs, { label: 'backpack', confidence: 0.2, box: { x: 260, y: 275, width: 60, height: 50 } }]);
    expect(closer?.person).toMatchObject({ label: 'person', confidence: 0.26, box: { x: 260, y: 272, width: 310, height: 62 } });
    // Without it, the zebra (surer than the faint person) would hide them; with it, the zebra no longer counts.
    const raster = await svgRaster(scene('#5a3e26', FLOOR));
    expect(lyingGroundCues(raster, [], [zebra, { ...legs, box: closer!.person.box, confidence: 0.2 }])).toEqual([]);
    const [cue] = lyingGroundCues(raster, [], [zebra], [closer!]);
    expect(cue).toMatchObject({ kind: 'lying:woods', box: closer!.person.box });
    expect(cue.detail).toContain('unsure, on a closer look');
    // On a lawn the closer look's person is someone resting, as the first look's would be.
    expect(lyingGroundCues(await svgRaster(scene('#4f8a3c')), [], [zebra], [closer!])).toEqual([]);
  });

  it('no closer look where someone lying was found, at a sure animal, a car, a box high in the frame or one half the frame wide; nothing from a look that finds no one stretched out', () => {
    const low = { x: 260, y: 272, width: 310, height: 62 };
    expect(closerLooks([person], [{ label: 'zebra', confidence: 0.25, box: low }], W, H)).toEqual([]);
    expect(closerLooks([{ label: 'dog', confidence: 0.8, box: low }, { label: 'car', confidence: 0.6, box: low }], [], W, H)).toEqual([]);
    expect(closerLooks([], [{ label: 'cow', confidence: 0.2, box: { ...low, y: 20 } }], W, H)).toEqual([]);
    expect(closerLooks([], [{ label: 'person', confidence: 0.4, box: { x: 100, y: 200, width: 500, height: 200 } }], W, H)).toEqual([]);
    // Someone sitting, as tall as wide: no look; the upper body of someone lying (wider than tall): a look.
    expect(closerLooks([{ label: 'person', confidence: 0.6, box: { x: 300, y: 250, width: 120, height: 110 } }], [], W, H)).toEqual([]);
    expect(closerLooks([{ label: 'person', confidence: 0.6, box: { x: 300, y: 260, width: 140, height: 100 } }], [], W, H)).toHaveLength(1);
    const first = { label: 'dog', confidence: 0.3, box: low };
    expect(closerLookPerson(first, [{ ...first, confidence: 0.6 }])).toBeUndefined();
    expect(closerLookPerson(first, [{ label: 'person', confidence: 0.5, box: { x: 380, y: 200, width: 90, height: 140 } }])).toBeUndefined();
    expect(closerLookPerson(first, [{ label: 'person', confidence: 0.5, box: { x: 20, y: 30, width: 200, height: 50 } }])).toBeUndefined();
  });

  it('not on a towel, a bench or a bed, nor for someone standing', async () => {
    const towel = '<rect x="230" y="250" width="370" height="130" fill="#d83a6a"/>';
    expect(await kindsOn('#5a5c60', [person], towel)).toEqual([]);
    expect(await kindsOn('#5a5c60', [person, { label: 'bench', confidence: 0.5, box: { x: 250, y: 280, width: 330, height: 80 } }])).toEqual([]);
    expect(await kindsOn('#5a5c60', [person, { label: 'bed', confidence: 0.4, box: { x: 200, y: 220, width: 420, height: 160 } }])).toEqual([]);
    expect(await kindsOn('#5a5c60', [{ label: 'person', confidence: 0.7, box: { x: 300, y: 100, width: 100, height: 300 } }])).toEqual([]);
  });
});

describe('yellowCues: striped tape, tape in pieces', () => {
  /** A band across the frame at `angle`°, `thick` px, of blocks alternating `c1` and `c2` along it. */
  function stripedSvg(angle: number, thick: number, c1: string, c2: string, bg = '#55606b'): string {
    const blocks = [...Array(Math.ceil((W + 400) / (thick * 1.5))).keys()]
      .map((i) => `<rect x="${-200 + i * thick * 1.5}" y="${H / 2 - thick / 2}" width="${thick * 1.5}" height="${thick}" fill="${i % 2 ? c1 : c2}"/>`)
      .join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="${bg}"/>
      <g transform="rotate(${angle} ${W / 2} ${H / 2})">${blocks}</g></svg>`;
  }
  const kindsOf = async (svg: string) => yellowCues(await svgRaster(svg)).map((c) => c.kind);

  it.each([-20, 0, 15])('blue-and-white police tape at %i°', async (angle) => {
    expect(await kindsOf(stripedSvg(angle, 24, '#1d3fa8', '#f4f4f4'))).toEqual(['tape:blue-white']);
  });

  it('red-and-white tape is its own kind (the detector wants wording or markers beside it)', async () => {
    expect(await kindsOf(stripedSvg(10, 24, '#d21e1e', '#f4f4f4'))).toEqual(['tape:red-white']);
  });

  /**
   * A 1600 px street photo, softened as a camera's is, at the 640 px the engine reads: a thin band (14 px, 5-6 px at
   * 640) of blocks 42 px long, whose every block edge blends to pink or pale blue, a seam of neither class.
   */
  async function thinBlocks(c1: string, c2: string): Promise<string[]> {
    const blocks = [...Array(21).keys()].map((i) => `<rect x="${-40 + i * 84}" y="770" width="42" height="14" fill="${c1}"/><rect x="${2 + i * 84}" y="770" width="42" height="14" fill="${c2}"/>`).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1067"><rect width="1600" height="1067" fill="#9fb2c4"/><rect y="420" width="1600" height="647" fill="#6b6b6e"/><g transform="rotate(-3 800 770)">${blocks}</g></svg>`;
    const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().blur(0.8).resize({ width: 640 }).raw().toBuffer({ resolveWithObject: true });
    return yellowCues({ data, width: info.width, height: info.height }).map((c) => c.kind);
  }

  it('thin tape printed in blocks is one band though blur blends every block edge (red-and-white, blue-and-white)', async () => {
    expect(await thinBlocks('#d8262a', '#f4f4f2')).toEqual(['tape:red-white']);
    expect(await thinBlocks('#1d3fa8', '#f4f4f2')).toEqual(['tape:blue-white']);
  });

  it('bridgeSeams fills a seam of up to two pixels between white and the colour, nothing else', () => {
    const row = (cells: number[]) => {
      const cls = Uint8Array.from(cells);
      bridgeSeams(cls, cells.length, 1);
      return [...cls];
    };
    expect(row([1, 1, 0, 2, 2])).toEqual([1, 1, 2, 2, 2]);
    expect(row([2, 0, 0, 1])).toEqual([2, 2, 1, 1]);
    // The same class on both sides, a seam too wide, or neither class beside it: left as it is.
    expect(row([1, 0, 0, 1])).toEqual([1, 0, 0, 1]);
    expect(row([1, 0, 0, 0, 2])).toEqual([1, 0, 0, 0, 2]);
    expect(row([0, 0, 2, 2, 0])).toEqual([0, 0, 2, 2, 0]);
    // Down the columns too: a 1 x 3 column with a seam in its middle.
    const col = Uint8Array.from([1, 0, 2]);
    bridgeSeams(col, 1, 3);
    expect([...col]).toEqual([1, 2, 2]);
  });

  it('a white road line, a blue band with a white stripe along it, and a single blue block are not striped tape', async () => {
    expect(await kindsOf(stripedSvg(5, 24, '#f4f4f4', '#f4f4f4'))).toEqual([]);
    const livery = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#55606b"/>
      <rect x="0" y="${H / 2 - 20}" width="${W}" height="20" fill="#1d3fa8"/><rect x="0" y="${H / 2}" width="${W}" height="14" fill="#f4f4f4"/></svg>`;
    // On this dim blue-grey street the white stripe is a pale band at night (`band:pale`, which backs only a white suit), no tape.
    expect(await kindsOf(livery)).toEqual(['band:pale']);
  });

  /** UK police tape: panels of diagonal blue hatching between white panels reading POLICE in blue, over `scene`. */
  function hatchedSvg(scene: string, y: number, thick: number, angle: number): string {
    const panel = thick * 5;
    const panels = [...Array(Math.ceil((W + 400) / panel)).keys()]
      .map((i) =>
        i % 2
          ? `<rect x="${-200 + i * panel}" y="${y}" width="${panel}" height="${thick}" fill="#f4f6f8"/><text x="${-200 + i * panel + panel / 2}" y="${y + thick * 0.78}" text-anchor="middle" font-family="sans-serif" font-weight="bold" font-size="${thick * 0.8}" fill="#1d3c9c">POLICE</text>`
          : `<rect x="${-200 + i * panel}" y="${y}" width="${panel}" height="${thick}" fill="url(#hatch)"/>`,
      )
      .join('');
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><defs><pattern id="hatch" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="12" fill="#1d3c9c"/><rect x="6" width="6" height="12" fill="#f4f6f8"/></pattern></defs>
      ${scene}<g transform="rotate(${angle} ${W / 2} ${y})">${panels}</g></svg>`;
  }
  const STREET = `<rect width="${W}" height="${H}" fill="#8fa4b8"/><rect y="130" width="${W}" height="170" fill="#8a5a46"/><rect y="300" width="${W}" height="150" fill="#545456"/>`;
  const OVERCAST = `<rect width="${W}" height="${H}" fill="#dadee3"/><rect y="200" width="${W}" height="100" fill="#7a6a5c"/><rect y="300" width="${W}" height="150" fill="#4f5052"/>`;

  it.each([
    ['in front of a wall', STREET, 230, -4],
    ['against a pale overcast sky and a wall (the tape\'s white runs into the sky)', OVERCAST, 190, 3],
  ])('UK police tape, diagonal hatching and POLICE panels, read along its middle: %s', async (_what, scene, y, angle) => {
    const cues = yellowCues(await svgRaster(hatchedSvg(scene, y, 22, angle)));
    expect(cues.map((c) => c.kind)).toEqual(['tape:blue-white']);
    expect(cues[0].detail).toContain('along its middle');
  });

  it('not striped tape: a white sign with blue lettering, a white band of blue windows, a striped awning or windbreak', async () => {
    const sign = `<rect y="150" width="${W}" height="60" fill="#f4f6f8"/><text x="${W / 2}" y="195" text-anchor="middle" font-family="sans-serif" font-weight="bold" font-size="44" fill="#1d3c9c">HARBOUR MARKET FRESH FISH</text>`;
    const windows = `<rect y="60" width="${W}" height="60" fill="#f2f2f2"/>${[...Array(14).keys()].map((i) => `<rect x="${10 + i * 58}" y="70" width="38" height="40" fill="#1d4c9c"/>`).join('')}`;
    const awning = [...Array(8).keys()].map((i) => `<rect x="${200 + i * 40}" y="330" width="40" height="60" fill="${i % 2 ? '#f4f4f4' : '#1d3c9c'}"/>`).join('');
    for (const part of [sign, windows, awning]) {
      expect(await kindsOf(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${STREET}${part}</svg>`)).toEqual([]);
    }
  });

  it('tape cut into pieces by people standing in front of it is one tape when the pieces lie on one line', async () => {
    const WORDS = 'POLICE LINE DO NOT CROSS POLICE LINE DO NOT CROSS POLICE LINE';
    const hidden = (xs: number[]) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#55606b"/>
      <g transform="rotate(-8 ${W / 2} ${H / 2})"><rect x="-200" y="${H / 2 - 12}" width="${W + 400}" height="24" fill="#f5d90a"/>
      <text x="-150" y="${H / 2 + 6}" font-size="17" font-family="sans-serif" font-weight="bold" fill="#111">${WORDS}</text></g>
      ${xs.map((x) => `<rect x="${x}" y="0" width="90" height="${H}" fill="#2a2d33"/>`).join('')}</svg>`;
    const tapes = (await kindsOf(hidden([120, 330, 520]))).filter((k) => k === 'tape');
    expect(tapes).toEqual(['tape']);
    // Printed pieces scattered at different heights and angles are not one line.
    const scattered = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#55606b"/>
      ${[[60, 80, 0], [300, 300, 30], [520, 180, -25]].map(([x, y, a]) => `<g transform="rotate(${a} ${x + 60} ${y})"><rect x="${x}" y="${y - 12}" width="120" height="24" fill="#f5d90a"/><text x="${x + 4}" y="${y + 6}" font-size="17" font-family="sans-serif" font-weight="bold" fill="#111">DO NOT</text></g>`).join('')}</svg>`;
    expect((await kindsOf(scattered)).filter((k) => k === 'tape')).toEqual([]);
  });
});

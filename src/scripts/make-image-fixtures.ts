/**
 * Generates fixtures/images/: synthetic pictures rendered from SVG with sharp (badges, name tags, police tape, house
 * numbers, a POLICE car door, standing evidence markers and traffic cones, a vest whose POLICE is half hidden and a
 * shop front of words a letter or two from it, striped police tape and its near miss, a round patch whose curved POLICE
 * is read in pieces and a club's patch reading POLISH, a cordon hanging between posts and a line painted straight, paper
 * tape strung near level across a courtyard and a bakery's banner strung the same way, numbered tent markers on a lawn
 * and unnumbered yellow wedges, evidence cards far down a street and small speed plates and a diamond sign, close-up
 * tape broken by glare and a twist and a fascia cut by pillars, red-and-white tape across a police car and a water company's
 * van, a crime-scene unit's van and an accountancy firm's, a deputy in a tan shirt with a star and sleeve patches
 * and a scout leader in the same shirt (both also under a warm bulb), officers in a navy shirt before a pale wall and in a
 * light-blue shirt with an open collar and a suit with a white shirt and a gold pin (the officer and the suit also under a
 * tungsten bulb, and a stop dark beside a bright window), a shield held up to the camera and a trophy shaped like one, badges in a wallet and a gym card, a shield with
 * its number on a bar far below its POLICE and a plate with the same print, red-and-white tape across a police car and
 * a water company's van, a crime-scene unit's van and an accountancy firm's, an evidence bag and a crime novel, tape printed
 * POLIZEI between short stripes and patrol cars lettered POLICE parked in a row, an officer's chest initials MPD and a
 * courier's DPD, a Chilean patrol car's door reading CARABINEROS and a newsstand of mastheads a letter from police words,
 * POLICE squeezed on a side-on officer's chest and POLISH DELI on a T-shirt, a Chinese patrol car's door reading 公安 / 警察 and
 * an office notice headed 办公安排) and metadata written with exiftool (GPS,
 * people tags, photographer identity). Everything is invented: the people are the fixture profile's fictional roster
 * (fixtures/profile.yaml) or made-up names.
 *
 *   node dist/scripts/make-image-fixtures.js [outDir]
 *
 * exiftool (Debian: libimage-exiftool-perl) and the CJK font (fonts-noto-cjk) are needed only to regenerate: the images
 * are committed, CI never runs this.
 * What each file must produce is in fixtures/images/README.md and asserted by test/detectors/image.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp, { type Sharp } from 'sharp';
import { chestWord, person } from './bench-images.js';
import { DARKER, IMAGE_VARIANTS, makeVariant, WARM } from './image-variants.js';
import { addGrain } from './seeded.js';

const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
/** Chinese and Japanese lettering: Noto Sans CJK (Debian fonts-noto-cjk), needed only to regenerate those fixtures. */
const CJK_FONT = 'Noto Sans CJK SC, Noto Sans CJK JP, sans-serif';

function svg(width: number, height: number, body: string): Buffer {
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`);
}

/**
 * Grain so fixtures look (and compress) a little like photos rather than flat drawings: the bench's seeded grain
 * (seeded.ts), as strong as the uniform grain of +-`spread` the fixtures were first drawn with (standard deviation
 * spread / sqrt 3; addGrain's is half its sigma).
 */
async function grain(png: Buffer, spread = 10): Promise<Sharp> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  addGrain(data, (2 * spread) / Math.sqrt(3));
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } });
}

/** Letters of a word set one by one round the top of a circle (centre cx, cy, radius r), upright to the rim. */
function arcText(word: string, cx: number, cy: number, r: number, size: number, fill: string, spanDeg: number): string {
  return [...word]
    .map((ch, i) => {
      const a = ((-spanDeg / 2 + (spanDeg * (i + 0.5)) / word.length) * Math.PI) / 180;
      const x = (cx + r * Math.sin(a)).toFixed(1);
      const y = (cy - r * Math.cos(a)).toFixed(1);
      return `<text x="${x}" y="${y}" transform="rotate(${((a * 180) / Math.PI).toFixed(1)} ${x} ${y})" font-family="${FONT}" font-weight="bold" font-size="${size}" text-anchor="middle" fill="${fill}">${ch}</text>`;
    })
    .join('');
}

/** A dark sleeve with a round navy patch: `rim` round its top, `middle` across it. */
function patchSvg(rim: string, middle: string): Buffer {
  return svg(
    960,
    720,
    `<rect width="100%" height="100%" fill="#8a8f80"/><rect x="300" y="120" width="360" height="520" rx="30" fill="#161c2c"/>
     <ellipse cx="480" cy="360" rx="151" ry="168" fill="#1c2550" stroke="#d9b23a" stroke-width="4"/>${arcText(rim, 480, 360, 112, 39, '#d9b23a', 110)}
     <text x="480" y="440" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="30" fill="#e8e8e8">${middle}</text>`,
  );
}

/** A six-pointed star badge centred at (cx, cy), `r` its points' radius, a darker boss in its middle (or `middle` there instead). */
function starBadge(cx: number, cy: number, r: number, fill: string, edge: string, middle?: string): string {
  const pts = [...Array(12).keys()].map((i) => {
    const a = (i * Math.PI) / 6 - Math.PI / 2;
    const rr = i % 2 ? r * 0.55 : r;
    return `${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`;
  });
  return `<polygon points="${pts.join(' ')}" fill="${fill}" stroke="${edge}" stroke-width="${(r * 0.06).toFixed(2)}"/>${middle ?? `<circle cx="${cx}" cy="${cy}" r="${(r * 0.35).toFixed(2)}" fill="${edge}" opacity="0.5"/>`}`;
}

/** A round sleeve patch in a person's units (bench-images.ts `person`): a dark green ground with a gold rim and bar. */
function sleevePatch(x: number, y: number, ground = '#2c4a30', rim = '#d9b23a'): string {
  return `<ellipse cx="${x}" cy="${y}" rx="5" ry="6.5" fill="${ground}" stroke="${rim}" stroke-width="1"/><rect x="${x - 2.5}" y="${y - 1}" width="5" height="2" fill="${rim}"/>`;
}

/**
 * Someone standing in a room in a tan shirt and brown trousers (bench-images.ts `person`, 372 px tall), `worn` on the
 * shirt in the person's units: a sheriff's deputy's gold star over the heart and a patch on each sleeve, or a scout
 * leader's patches and embroidered pocket emblem.
 */
function tanShirtSvg(worn: string): Buffer {
  return standingSvg(PALE_WALL, '#c9b28a', '#4a3a24', worn);
}

/** A tungsten bulb's cast (R x1.15, B x0.7): stronger than the eval's warm variant. */
const TUNGSTEN: [number, number, number] = [1.15, 1, 0.7];

/** A room's pale wall (greyish beige: to a white-front test, as white as a shirt front). */
const PALE_WALL = '#b9b2a4';

/** Lettering across a person's chest seen side-on: squeezed to 0.6 of its width, 9 units high (a person's units). */
function squeezedChestWord(word: string, fill: string): string {
  return `<g transform="translate(50,100) scale(0.6,1)"><text x="0" y="0" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="9" fill="${fill}">${word}</text></g>`;
}

/** A small photo (640 x 480) of someone before a grey wall, two thirds of the frame tall, `worn` on a shirt of `cloth`. */
function sideOnSvg(cloth: string, worn: string): Buffer {
  return svg(640, 480, `<rect width="640" height="480" fill="#a9b2b8"/><rect y="350" width="640" height="130" fill="#6b6b63"/>${person(265, 99, 1.1, cloth, '#1d211c', worn)}`);
}

/**
 * Someone standing in a room before a `wall` in a shirt of `cloth` (bench-images.ts `person`, 372 px tall), `worn` on it
 * in the person's units, `behind` on the wall behind them in the picture's pixels.
 */
function standingSvg(wall: string, cloth: string, trousers: string, worn: string, behind = ''): Buffer {
  return svg(960, 900, `<rect width="960" height="900" fill="${wall}"/>${behind}<rect y="675" width="960" height="225" fill="#7a6a58"/>${person(400, 60, 1.2, cloth, trousers, worn)}`);
}

/**
 * A chest shot: someone before the pale wall, close enough that the head and chest fill the frame (bench-images.ts
 * `person` at 5x, cut at the waist), `worn` on a shirt of `cloth` in the person's units.
 */
function chestShotSvg(cloth: string, worn: string): Buffer {
  return svg(900, 800, `<rect width="900" height="800" fill="${PALE_WALL}"/>${person(200, 30, 5, cloth, '#1c2433', worn)}`);
}

/**
 * A black epaulette slide on each shoulder, in a person's units (along the shoulder line, turned 7° with it): `print`
 * on each, drawn centred on the slide at the origin (a British officer's collar number, a rank's pips).
 */
function epaulettes(print: string): string {
  const one = (cx: number, a: number) => `<g transform="translate(${cx},65.5) rotate(${a})"><rect x="-8.5" y="-3.75" width="17" height="7.5" rx="1" fill="#0c0d12"/>${print}</g>`;
  return one(25, 7) + one(75, -7);
}

/** Silver print on an epaulette (`epaulettes`): a collar number. */
function slideNumber(text: string): string {
  return `<text x="0" y="1.66" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="4.6" fill="#d6d8dc">${text}</text>`;
}

/** Three silver diamond pips across an epaulette (`epaulettes`): a rank slide with no number. */
const SLIDE_PIPS = [-4, 2, 6.5].map((x) => `<polygon points="${x},-2.2 ${x + 1.8},0 ${x},2.2 ${x - 1.8},0" fill="#d6d8dc"/>`).join('');

/** A line of black print on a white page (640x400), from x 40 on the middle line: a sign's or a notice's text, no face. */
function printLineSvg(text: string, font: string, size: number): Buffer {
  return svg(640, 400, `<rect width="640" height="400" fill="#ffffff"/><text x="40" y="200" font-family="${font}" font-size="${size}" fill="black">${text}</text>`);
}

/** A bright window on the room's wall, left of the person (the picture's white point: 6 % of it), in the picture's pixels. */
const WALL_WINDOW = '<rect x="90" y="120" width="190" height="260" fill="#fbfbf8"/><rect x="180" y="120" width="10" height="260" fill="#8a8070"/>';

/** A small round wall clock in the picture's pixels: a navy face with a gold rim and a gold hand, as a sleeve patch is drawn. */
function wallClock(x: number, y: number, r: number): string {
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="#1c2a55" stroke="#d9b23a" stroke-width="1.5"/><rect x="${x - r / 2}" y="${y - 1.2}" width="${r}" height="2.4" fill="#d9b23a"/>`;
}

/**
 * A person seen from behind (bench-images.ts `person` with the head covered by dark hair from the crown to the nape,
 * the neck's skin below it), `worn` on the back of the shirt in the person's units.
 */
function personFromBehind(x: number, y: number, s: number, cloth: string, trousers: string, worn = ''): string {
  return person(x, y, s, cloth, trousers, worn).replace(/<\/g>\s*$/, '') + '<ellipse cx="50" cy="30" rx="22" ry="27" fill="#3b2a1a"/><rect x="44" y="50" width="12" height="8" fill="#d9a57e"/></g>';
}

/** A red sleeve patch with a gold rim in a person's units (bench-images.ts `person`), centred on (x, y). */
function redPatch(x: number, y: number): string {
  return `<ellipse cx="${x}" cy="${y}" rx="5.5" ry="7" fill="#b8322e" stroke="#e0c050" stroke-width="1"/>`;
}

/**
 * A street seen from a little way off with three people side by side seen from behind, each 0.9 of `person`'s size
 * (270 px tall: shoulders about 52 px on the 640 px working raster), `worn` on each back.
 */
function streetBacksSvg(cloth: string, trousers: string, worn: string): Buffer {
  const street = '<rect width="960" height="900" fill="#9aa6b0"/><rect y="560" width="960" height="340" fill="#5a5a5a"/><rect x="40" y="120" width="220" height="440" fill="#a88e70"/><rect x="700" y="80" width="240" height="480" fill="#8a7058"/>';
  return svg(960, 900, street + [200, 400, 600].map((x) => personFromBehind(x, 290, 0.9, cloth, trousers, worn)).join(''));
}

/** A police shield badge in a person's units, `s` units to its width's sixteenth, centred on (cx, cy). */
function shieldBadge(cx: number, cy: number, s: number, fill: string, edge: string): string {
  return `<path transform="translate(${cx - 8 * s},${cy - 10 * s}) scale(${s})" d="M8 0 L16 3 L15 12 Q8 20 8 20 Q8 20 1 12 L0 3 Z" fill="${fill}" stroke="${edge}" stroke-width="0.6"/><circle cx="${cx}" cy="${cy - s}" r="${2.2 * s}" fill="${edge}" opacity="0.45"/>`;
}

/** A uniform's kit in a person's units: a gold shield over the heart (the wearer's left) and a patch with a gold rim on each sleeve, on a `ground` of colour. */
function uniformKit(ground: string): string {
  return shieldBadge(66, 88, 0.9, '#e3bd45', '#8a6d1c') + sleevePatch(18, 86, ground) + sleevePatch(82, 86, ground);
}

/** Bare skin as bench-images.ts `person` draws it. */
const SKIN = '#d9a57e';

/** An open collar in a person's units: a V of skin at the neck, the collar's points in the shirt's `cloth` edged with a `fold`. */
function openCollar(cloth: string, fold: string): string {
  return `<path d="M43,61 L57,61 L50,80 Z" fill="${SKIN}"/><path d="M42,60 L50,63 L44,74 Z" fill="${cloth}" stroke="${fold}" stroke-width="0.8"/><path d="M58,60 L50,63 L56,74 Z" fill="${cloth}" stroke="${fold}" stroke-width="0.8"/>`;
}

/**
 * A dark suit's front in a person's units (on a person drawn in the suit's dark cloth): a white shirt in the V between
 * the lapels with a dark red tie, and a round gold pin of a badge's size on the wearer's left lapel.
 */
const SUIT_FRONT = suitFront('#f2f2f0');

/** A dark suit's front as SUIT_FRONT, its shirt of `shirt` (a white shirt in shade is a light grey). */
function suitFront(shirt: string): string {
  return (
    `<path d="M38,61 L62,61 L50,104 Z" fill="${shirt}"/><path d="M48,63 L52,63 L53.5,98 L50,103 L46.5,98 Z" fill="#7a1e22"/>` +
    '<path d="M38,61 L50,104 L44,104 L33,70 Z" fill="#25282d"/><path d="M62,61 L50,104 L56,104 L67,70 Z" fill="#25282d"/>' +
    '<circle cx="66" cy="88" r="6" fill="#e3bd45" stroke="#8a6d1c" stroke-width="1"/><circle cx="66" cy="88" r="2.5" fill="#8a6d1c" opacity="0.5"/>'
  );
}

/**
 * An open black leather wallet on a wooden table: a metal badge on the left (`badge`), an ID card on the right. The
 * near miss holds a gold rectangular card (a gym membership) with a number on it.
 */
function walletSvg(badge: string): Buffer {
  return svg(
    1200,
    900,
    `<rect width="1200" height="900" fill="#7b5a3c"/><rect x="150" y="200" width="900" height="520" rx="30" fill="#161616"/><line x1="600" y1="200" x2="600" y2="720" stroke="#333" stroke-width="6"/>
     ${badge}<rect x="650" y="260" width="340" height="400" rx="12" fill="#ece9df"/><rect x="680" y="300" width="120" height="150" fill="#9a8a7a"/>
     <rect x="820" y="310" width="140" height="14" fill="#555"/><rect x="820" y="340" width="120" height="14" fill="#555"/><rect x="690" y="500" width="270" height="14" fill="#555"/>`,
  );
}

/**
 * A gold shield held up to the camera in a hand, before a street (800 x 700): `city` across its top, `word` under it,
 * a round seal and `number` below.
 */
function heldShieldSvg(city: string, word: string, number: string): Buffer {
  return svg(
    800,
    700,
    `<rect width="800" height="700" fill="#8e9aa4"/><rect y="420" width="800" height="280" fill="#5a5a5a"/><rect x="40" y="120" width="160" height="300" fill="#b59a7a"/><rect x="600" y="80" width="180" height="340" fill="#a0785a"/>
     <path d="M400 120 L560 180 L545 390 Q400 580 400 580 Q400 580 255 390 L240 180 Z" fill="#d4b24c" stroke="#8a6d1c" stroke-width="8"/>
     ${badgeText(400, 230, 30, city)}${badgeText(400, 300, 52, word)}<circle cx="400" cy="370" r="34" fill="#b8952f" stroke="#8a6d1c" stroke-width="4"/>${badgeText(400, 470, 58, number)}
     <ellipse cx="250" cy="430" rx="60" ry="110" fill="#d9a57e"/><rect x="170" y="500" width="130" height="300" fill="#d9a57e"/><rect x="160" y="620" width="150" height="180" fill="#2a3550"/>`,
  );
}

/** A badge or a plate (`shape`) on dark cloth, with POLICE at its top, a seal, and 12874 on a navy bar at its bottom. */
function shieldBarSvg(shape: string): Buffer {
  return svg(
    480,
    420,
    `<rect width="100%" height="100%" fill="#2b2f3a"/>${shape}${badgeText(240, 130, 30, 'POLICE')}<circle cx="240" cy="200" r="45" fill="#9a9ea6"/>
     <rect x="150" y="270" width="180" height="56" fill="#1c2a5a"/><text x="240" y="312" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="40" fill="#e8e8e8">12874</text>`,
  );
}

/** Dark print on a badge, centred at x. */
function badgeText(x: number, y: number, size: number, text: string): string {
  return `<text x="${x}" y="${y}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${size}" fill="#202020">${text}</text>`;
}

/** A street (1600 x 1067) seen across: sky, a grey road, two house fronts with a row of windows each. */
const STREET =
  '<rect width="100%" height="100%" fill="#9fb2c4"/><rect y="420" width="100%" height="647" fill="#6b6b6e"/><rect x="100" y="120" width="420" height="300" fill="#8a7a6a"/><rect x="1000" y="80" width="500" height="340" fill="#7a8590"/>' +
  [150, 260, 370, 1050, 1180, 1310].map((x) => `<rect x="${x}" y="170" width="60" height="80" fill="#2c3440"/>`).join('');

/** A navy police car seen from the side (700 px long), POLICE in white on its side, no light bar, its wheels at y 730. */
const POLICE_CAR =
  '<g transform="translate(420,520)"><rect x="0" y="60" width="700" height="150" rx="34" fill="#1e2a48" stroke="#555" stroke-width="2"/><path d="M130,62 L200,5 L500,5 L580,62 Z" fill="#3a4656"/>' +
  `<text x="350" y="170" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="64" fill="#f2f2f2">POLICE</text>` +
  '<circle cx="140" cy="210" r="52" fill="#111"/><circle cx="560" cy="210" r="52" fill="#111"/></g>';

/** A street with one numbered evidence marker on the road and a thin yellow band across it: hanging between posts, or painted straight. */
function cordonSvg(hanging: boolean): Buffer {
  const post = (x: number) => `<rect x="${x - 5}" y="470" width="10" height="380" fill="#3a3a3a"/>`;
  const span = (x0: number, x1: number) => `<path d="M${x0} 522 Q${(x0 + x1) / 2} 612 ${x1} 522" stroke="#f2cf1a" stroke-width="9" fill="none"/>`;
  const band = hanging ? post(40) + post(800) + post(1560) + span(40, 800) + span(800, 1560) : '<rect y="700" width="1600" height="9" fill="#f2cf1a"/>';
  const marker = `<rect x="1180" y="860" width="58" height="66" fill="#f5c400"/><text x="1209" y="912" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="50" fill="#151515">4</text>`;
  return svg(1600, 1067, `${STREET}${band}${marker}`);
}

/**
 * A street (1600 x 1067) with a navy police car parked across it, POLICE in white on its side (no light bar), and in front of
 * it a thin plain yellow band across the whole frame: with `tape`, tape hanging between two posts at the picture's
 * edges (sagging 2 % of its width); otherwise (the near miss) a yellow rail, straight, on posts every 200 px.
 */
function policeCordonSvg(tape: boolean): Buffer {
  const band = tape
    ? '<rect x="14" y="600" width="10" height="300" fill="#3a3a3a"/><rect x="1576" y="600" width="10" height="300" fill="#3a3a3a"/><path d="M18 612 Q800 676 1582 612" stroke="#f2cf1a" stroke-width="8" fill="none"/>'
    : '<rect y="622" width="1600" height="8" fill="#f2cf1a"/>' + [...Array(9).keys()].map((i) => `<rect x="${i * 200 + 4}" y="622" width="8" height="200" fill="#d8b800"/>`).join('');
  return svg(1600, 1067, `${STREET}${POLICE_CAR}${band}`);
}

/**
 * A street (1600 x 1067) with red-and-white tape (diagonal stripes, 16 px) strung 2° off level between two posts at the
 * picture's edges, low across a vehicle parked behind it: with `police`, the navy car of policeCordonSvg lettered
 * POLICE on its side (no light bar); otherwise (the near miss) a white utility van lettered WATER MAINS in blue, the
 * roadworks such tape is strung round as often. With `blocks`, the tape is printed in blocks (14 px thick, red and
 * white blocks 42 px long, square ends across the band) and strung 3° off level.
 */
function redWhiteCordonSvg(police: boolean, blocks = false): Buffer {
  const vehicle = police
    ? POLICE_CAR
    : '<g transform="translate(420,470)"><rect x="0" y="20" width="720" height="200" rx="20" fill="#e8e8e4" stroke="#555" stroke-width="2"/><rect x="560" y="40" width="140" height="70" fill="#3a4656"/>' +
      `<text x="290" y="130" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="56" fill="#1e4a8a">WATER MAINS</text>` +
      '<circle cx="140" cy="220" r="50" fill="#111"/><circle cx="580" cy="220" r="50" fill="#111"/></g>';
  const hatch = blocks
    ? '<pattern id="rw" width="84" height="14" patternUnits="userSpaceOnUse"><rect width="42" height="14" fill="#d8262a"/><rect x="42" width="42" height="14" fill="#f4f4f2"/></pattern>'
    : '<pattern id="rw" width="25.6" height="25.6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="12.8" height="25.6" fill="#d8262a"/><rect x="12.8" width="12.8" height="25.6" fill="#f4f4f2"/></pattern>';
  const tape = `<rect x="14" y="700" width="10" height="320" fill="#3a3a3a"/><rect x="1576" y="700" width="10" height="320" fill="#3a3a3a"/><g transform="rotate(${blocks ? -3 : -2} 800 770)"><rect x="-20" y="770" width="1640" height="${blocks ? 14 : 16}" fill="url(#rw)"/></g>`;
  return svg(1600, 1067, `<defs>${hatch}</defs>${STREET}${vehicle}${tape}`);
}

/**
 * A street (1600 x 1067) with police tape printed with the force's name and nothing else strung 6° off level across it:
 * white panels reading POLIZEI in red between short runs of red-and-white diagonal stripes (the stripes too short for a
 * striped band), as German police tape is printed.
 */
function polizeiTapeSvg(): Buffer {
  const hatch = '<pattern id="rw" width="25.6" height="25.6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="12.8" height="25.6" fill="#d8262a"/><rect x="12.8" width="12.8" height="25.6" fill="#f4f4f2"/></pattern>';
  const panels = [0, 1, 2, 3]
    .map((i) => `<rect x="${i * 400 + 40}" y="570" width="260" height="60" fill="#f4f4f2"/><text x="${i * 400 + 170}" y="614" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="40" fill="#c01818">POLIZEI</text>`)
    .join('');
  return svg(1600, 1067, `<defs>${hatch}</defs>${STREET}<g transform="rotate(-6 800 600)"><rect x="-100" y="570" width="1800" height="60" fill="url(#rw)"/>${panels}</g>`);
}

/**
 * Its near miss: a station's yard (1600 x 1067) with three navy patrol cars parked side by side, each lettered POLICE in
 * white on its side at one height and in even steps (no tape anywhere).
 */
function carsInRowSvg(): Buffer {
  const car = (x: number) =>
    `<g transform="translate(${x},560) scale(0.72)"><rect x="0" y="60" width="700" height="150" rx="34" fill="#1e2a48" stroke="#555" stroke-width="2"/><path d="M130,62 L200,5 L500,5 L580,62 Z" fill="#3a4656"/>` +
    `<text x="350" y="170" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="64" fill="#f2f2f2">POLICE</text>` +
    '<circle cx="140" cy="210" r="52" fill="#111"/><circle cx="560" cy="210" r="52" fill="#111"/></g>';
  return svg(1600, 1067, `${STREET}${[20, 545, 1070].map(car).join('')}`);
}

/**
 * A street (1600 x 1067) with a white van parked along it, a blue stripe low on its side and one line of dark blue
 * capitals (52 px) above: with `unit`, a crime-scene unit's SCENES OF CRIME; otherwise (the near miss) a firm's
 * FORENSIC ACCOUNTANTS.
 */
function unitVanSvg(unit: boolean): Buffer {
  const van =
    '<g transform="translate(380,430)"><rect x="0" y="0" width="840" height="300" rx="24" fill="#ecece8" stroke="#555" stroke-width="2"/><path d="M840,60 L960,120 L960,300 L840,300 Z" fill="#ecece8" stroke="#555" stroke-width="2"/><rect x="860" y="80" width="80" height="70" fill="#3a4656"/>' +
    `<rect x="0" y="210" width="840" height="26" fill="#1e4a8a"/><text x="420" y="150" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="52" fill="#1e2a48">${unit ? 'SCENES OF CRIME' : 'FORENSIC ACCOUNTANTS'}</text>` +
    '<circle cx="160" cy="300" r="56" fill="#111"/><circle cx="800" cy="300" r="56" fill="#111"/></g>';
  return svg(1600, 1067, `${STREET}${van}`);
}

/**
 * A bag on a wooden table (1200 x 900), turned 6°: with `evidence`, a clear plastic evidence bag (pale grey, a red zip
 * strip along its top) with a white label headed EVIDENCE in red (72 px) over its printed fields in black (34 px: CASE
 * NO., ITEM NO., COLLECTED BY, CHAIN OF CUSTODY); otherwise (the near miss) a crime novel's cover headed EVIDENCE the
 * same way over BY A. WRITER, A NOVEL, NOW IN PAPERBACK, CASE CLOSED?
 */
function evidenceBagSvg(evidence: boolean): Buffer {
  const lines = evidence ? ['CASE NO. ________', 'ITEM NO. ______', 'COLLECTED BY ________', 'CHAIN OF CUSTODY'] : ['BY A. WRITER', 'A NOVEL', 'NOW IN PAPERBACK', 'CASE CLOSED?'];
  const label = lines.map((l, i) => `<text x="40" y="${190 + i * 58}" font-family="${FONT}" font-weight="bold" font-size="34" fill="#222">${l}</text>`).join('');
  const heading = `<text x="310" y="125" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="72" fill="#c21f1f">EVIDENCE</text>`;
  const body = evidence
    ? `<rect x="0" y="0" width="620" height="520" rx="10" fill="#d8dcdf" stroke="#9aa0a6" stroke-width="3"/><rect x="0" y="0" width="620" height="26" fill="#c23a3a"/><rect x="20" y="50" width="580" height="440" fill="#f8f8f6"/>${heading}`
    : `<rect x="0" y="0" width="620" height="520" fill="#1c2a3c" stroke="#0a0f18" stroke-width="3"/><rect x="20" y="50" width="580" height="440" fill="#f2efe6"/>${heading}`;
  return svg(1200, 900, `<rect width="100%" height="100%" fill="#7a5a3c"/><rect y="700" width="100%" height="200" fill="#6a4a30"/><g transform="translate(280,170) rotate(-6 310 260)">${body}<g transform="translate(20,40)">${label}</g></g>`);
}

/**
 * A street (1600 x 1067: house fronts with windows, a grey road) in focus behind a band near the lens and out of focus
 * (blurred 6.7 px), 60 px thick, across the whole frame 8° off level. With `tape`, yellow tape printed POLICE LINE DO
 * NOT CROSS: the blur spreads its letters into olive blotches no darker than half the yellow. Otherwise (the near miss)
 * a barrier arm, yellow with thin dark grey bands (12 px every 120 px), as near and as blurred: the blur joins its yellow
 * across the bands, which dim its middle as often as a few letters would.
 */
async function blurredBandPng(tape: boolean): Promise<Buffer> {
  const [W, H, T] = [1600, 1067, 60];
  const walls = ['#b8a890', '#9c8c7c', '#c8c0b0', '#8a7a6a'];
  const fronts = [0, 1, 2, 3, 4, 5, 6]
    .map((i) => {
      const x = i * 240 - 27;
      const y = 80 + (i % 3) * 27;
      const windows = [0, 1, 2, 3, 4, 5].map((k) => `<rect x="${x + 13 + (k % 3) * 73}" y="${y + 67 + Math.floor(k / 3) * 133}" width="47" height="73" fill="#4a5560"/>`).join('');
      return `<rect x="${x}" y="${y}" width="253" height="534" fill="${walls[(i * 3) % 4]}"/>${windows}`;
    })
    .join('');
  const street = svg(W, H, `<rect width="100%" height="100%" fill="#a9b8c6"/>${fronts}<rect y="587" width="100%" height="480" fill="#5d6064"/>`);
  const y = 660;
  const print = `<text x="-200" y="${y + T * 0.27}" font-family="${FONT}" font-weight="bold" font-size="${T * 0.72}" fill="#111">${Array(12).fill('POLICE LINE DO NOT CROSS').join('\u00a0\u00a0\u00a0\u00a0')}</text>`;
  const blocks = Array.from({ length: 40 }, (_, i) => `<rect x="${-270 + i * 120}" y="${y - T / 2}" width="12" height="${T}" fill="#3c3c3c"/>`).join('');
  const band = `<g transform="rotate(-8 ${W / 2} ${y})"><rect x="-270" y="${y - T / 2}" width="${W + 540}" height="${T}" fill="#f4d20e"/>${tape ? print : blocks}</g>`;
  const near = await sharp(svg(W, H, band)).blur(6.7).png().toBuffer();
  return sharp(street).composite([{ input: near }]).png().toBuffer();
}

/**
 * A street seen from afar (1600 x 1067): house fronts with windows, a grey road, and a dark van parked across the middle
 * of the picture. With `tape`, thin yellow tape (11 px) printed POLICE LINE DO NOT CROSS strung between two posts near
 * the picture's edges, sagging 17 px (about 1 % of its span): the van hides its middle, so two pieces of it show, each
 * tilted toward the low point, too far apart to lie on one straight line. Otherwise (the near miss) the same street with
 * two thin yellow shop signs in small dark print where the tape's pieces were, on the house fronts either side of the van,
 * level and one 40 px higher than the other: thin printed bands, on no one line and no one hanging curve.
 */
function hangingPiecesSvg(tape: boolean): Buffer {
  let seed = 5;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const fronts = [0, 1, 2, 3, 4, 5, 6]
    .map((i) => {
      const x = i * 240 - 27;
      const y = 80 + (i % 3) * 27;
      const wall = ['#b8a890', '#9c8c7c', '#c8c0b0', '#8a7a6a'][i % 4];
      const windows = [0, 1, 2, 3, 4, 5].map((k) => `<rect x="${x + 13 + (k % 3) * 73}" y="${y + 67 + Math.floor(k / 3) * 133}" width="47" height="73" fill="#4a5560"/>`).join('');
      return `<rect x="${x}" y="${y}" width="253" height="534" fill="${wall}"/>${windows}`;
    })
    .join('');
  const grit = Array.from({ length: 600 }, () => `<circle cx="${Math.round(rnd() * 1600)}" cy="${Math.round(590 + rnd() * 477)}" r="${(0.7 + rnd() * 2).toFixed(1)}" fill="${rnd() < 0.5 ? '#6a6d70' : '#45484c'}"/>`).join('');
  const street = `<rect width="100%" height="100%" fill="#a9b8c6"/>${fronts}<rect y="587" width="100%" height="480" fill="#5d6064"/><rect y="587" width="100%" height="20" fill="#9a9a96"/>${grit}`;
  const van = '<rect x="600" y="520" width="413" height="187" rx="15" fill="#3a3e44"/><rect x="620" y="539" width="103" height="56" fill="#223"/><circle cx="683" cy="707" r="30" fill="#111"/><circle cx="930" cy="707" r="30" fill="#111"/>';
  // A band from (x1, y1) to (x2, y2) bent down by `sag` at its middle (a quadratic curve), its print set along it in chunks.
  const band = (x1: number, y1: number, x2: number, y2: number, sag: number, t: number, words: string) => {
    const at = (u: number) => [(1 - u) * x1 + u * x2, (1 - u) * y1 + u * y2 + 4 * sag * u * (1 - u)];
    const chunk = t * 0.45 * words.length + t * 1.5;
    const n = Math.max(1, Math.round(Math.hypot(x2 - x1, y2 - y1) / chunk));
    let out = `<path d="M${x1} ${y1} Q ${(x1 + x2) / 2} ${(y1 + y2) / 2 + 2 * sag} ${x2} ${y2}" stroke="#f4d20e" stroke-width="${t}" fill="none"/>`;
    for (let i = 0; i < n; i++) {
      const [ax, ay] = at(i / n);
      const [bx, by] = at((i + 1) / n);
      const [cx, cy] = [(ax + bx) / 2, (ay + by) / 2];
      const turn = ((Math.atan2(by - ay, bx - ax) * 180) / Math.PI).toFixed(2);
      const [x, y] = [cx.toFixed(1), cy.toFixed(1)];
      const fit = `textLength="${(chunk - t * 1.2).toFixed(1)}" lengthAdjust="spacingAndGlyphs"`;
      out += `<text x="${x}" y="${(cy + t * 0.26).toFixed(1)}" text-anchor="middle" transform="rotate(${turn} ${x} ${y})" font-family="${FONT}" font-weight="bold" font-size="${(t * 0.72).toFixed(1)}" ${fit} fill="#111">${words}</text>`;
    }
    return out;
  };
  const post = (x: number) => `<rect x="${x}" y="573" width="9" height="147" fill="#444"/>`;
  const scene = tape
    ? post(80) + post(1500) + band(87, 587, 1507, 583, 17, 11, 'POLICE LINE DO NOT CROSS')
    : band(100, 590, 590, 590, 0, 11, 'BAKERY FRESH BREAD') + band(1025, 550, 1500, 550, 0, 11, 'HARDWARE TOOLS PAINT');
  return svg(1600, 1067, `${street}${scene}${van}`);
}

/**
 * A street seen from afar (1600 x 1067): three house fronts, each with a door and a small yellow house-number plaque
 * (27 px, the numbers 12, 14, 16) beside it at one height. Far off, each plaque is a yellow speck with a numeral, as a
 * far evidence card is; they are one size in one row, a house apart.
 */
function housePlaquesSvg(): Buffer {
  let seed = 9;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const grit = Array.from({ length: 700 }, () => `<circle cx="${Math.round(rnd() * 1600)}" cy="${Math.round(373 + rnd() * 694)}" r="${(0.7 + rnd() * 2).toFixed(1)}" fill="${rnd() < 0.5 ? '#6a6d70' : '#45484c'}"/>`).join('');
  const fronts = [0, 1, 2, 3, 4, 5].map((i) => `<rect x="${i * 280 + 20}" y="120" width="${150 + (i % 3) * 30}" height="253" fill="${['#b0a898', '#9c8c7c', '#c8c0b0'][i % 3]}"/>`).join('');
  const road = '<polygon points="750,373 850,373 1000,1067 600,1067" fill="none" stroke="#ddd" stroke-width="4" stroke-dasharray="40 55"/>';
  const plaque = (x: number, n: string) =>
    `<rect x="${x - 60}" y="260" width="45" height="113" fill="#4a3a30"/><rect x="${x}" y="290" width="27" height="21" rx="2" fill="#f5c800"/><text x="${x + 13.5}" y="306" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="15" fill="#111">${n}</text>`;
  return svg(1600, 1067, `<rect width="100%" height="100%" fill="#8a9aa8"/><rect y="373" width="100%" height="694" fill="#55585c"/>${grit}${road}${fronts}${plaque(400, '12')}${plaque(940, '14')}${plaque(1500, '16')}`);
}

/**
 * A paved courtyard with a long white strip strung across the whole frame 3 degrees off level, its print condensed
 * capitals nearly as tall as the strip, creased every few letters: paper barrier tape reading DO NOT CROSS, or (the
 * near miss) a bakery's banner. The strip is 30 of its heights long and near level: a reader that frames it level
 * or squeezes it to its widest line image reads nothing on it.
 */
function stripSvg(words: string): Buffer {
  const paving = [...Array(12).keys()].map((i) => `<line x1="0" y1="${i * 90}" x2="1600" y2="${i * 90 + 200}" stroke="#8a857c" stroke-width="4"/>`).join('');
  const creases = [...Array(20).keys()].map((i) => `<rect x="${-500 + (i + 0.5) * 130}" y="390" width="21" height="60" fill="#cfcac0" opacity="0.55"/>`).join('');
  const print = `<g transform="translate(-500 437) scale(0.8 1)"><text font-family="DejaVu Sans Condensed, ${FONT}" font-weight="bold" font-size="47" fill="#141414">${Array(10).fill(words).join('  ')}</text></g>`;
  return svg(1600, 1067, `<rect width="100%" height="100%" fill="#a09a90"/>${paving}<g transform="rotate(-3 800 420)"><rect x="-500" y="390" width="2600" height="60" fill="#f2efe6"/>${creases}${print}</g>`);
}

/**
 * A lawn (1600 x 1067, crossing blades of two greens) with four yellow A-frame tent markers seen at three quarters (a
 * front face and a darker side face), 36-70 px, far ones smaller: numbered 1-4 in bold numerals in the middle of the
 * front face, or (the near miss) with no numeral, as yellow toy wedges on a lawn are. At the vision reader's 640 px the
 * numerals are 2-3 px strokes softened by the blur: too light and too thin for the plain card reading.
 */
function tentMarkersSvg(numbered: boolean): Buffer {
  let seed = 3;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const blades = Array.from(
    { length: 900 },
    () => `<line x1="${Math.round(rnd() * 1600)}" y1="${Math.round(rnd() * 1067)}" x2="${Math.round(rnd() * 1600)}" y2="${Math.round(rnd() * 1067)}" stroke="${rnd() < 0.5 ? '#3e6b2a' : '#5d8a3a'}" stroke-width="${(2 + rnd() * 4).toFixed(1)}" opacity="0.5"/>`,
  ).join('');
  const tent = (x: number, y: number, s: number, n: string) =>
    `<polygon points="${x},${y + s} ${x + s * 0.15},${y} ${x + s * 0.85},${y} ${x + s},${y + s}" fill="#f5c800"/>` +
    `<polygon points="${x + s * 0.85},${y} ${x + s * 1.25},${y + s * 0.1} ${x + s * 1.4},${y + s * 0.95} ${x + s},${y + s}" fill="#b89200"/>` +
    (numbered ? `<text x="${x + s / 2}" y="${y + s * 0.78}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${s * 0.62}" fill="#111">${n}</text>` : '');
  return svg(1600, 1067, `<rect width="100%" height="100%" fill="#4d7a32"/>${blades}${tent(300, 700, 70, '1')}${tent(760, 560, 52, '2')}${tent(1150, 470, 40, '3')}${tent(500, 430, 36, '4')}`);
}

/**
 * A street seen down its length (1600 x 1067: asphalt with a dashed centre line, house fronts, two people standing
 * back) with three numbered yellow evidence cards 20-25 px wide far down the road, numbered 5-7: at the vision
 * reader's 640 px each is a speck 8-10 px wide whose numeral is a pixel or two. The near miss (`markers` false) has
 * instead two yellow speed plates as small on posts (a numeral over a small MPH) and a yellow diamond warning sign.
 */
function farMarkersSvg(markers: boolean): Buffer {
  let seed = 5;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const grit = Array.from({ length: 600 }, () => `<circle cx="${Math.round(rnd() * 1600)}" cy="${Math.round(380 + rnd() * 687)}" r="${(0.7 + rnd() * 2).toFixed(1)}" fill="${rnd() < 0.5 ? '#6a6d70' : '#45484c'}"/>`).join('');
  const fronts = [0, 280, 560, 840, 1120, 1400].map((x, i) => `<rect x="${x + 20}" y="190" width="${200 + (i % 3) * 30}" height="190" fill="${['#b0a898', '#9c8c7c', '#c8c0b0'][i % 3]}"/>`).join('');
  const walker = (x: number, y: number, h: number) =>
    `<rect x="${x}" y="${y + h * 0.15}" width="${h * 0.25}" height="${h * 0.45}" fill="#223"/><circle cx="${x + h * 0.125}" cy="${y + h * 0.08}" r="${h * 0.08}" fill="#c89878"/>` +
    `<rect x="${x}" y="${y + h * 0.6}" width="${h * 0.1}" height="${h * 0.4}" fill="#222"/><rect x="${x + h * 0.15}" y="${y + h * 0.6}" width="${h * 0.1}" height="${h * 0.4}" fill="#222"/>`;
  const card = (x: number, y: number, w: number, n: string) =>
    `<rect x="${x}" y="${y}" width="${w}" height="${w * 0.9}" rx="${w * 0.06}" fill="#f7cc00"/><text x="${x + w / 2}" y="${y + w * 0.75}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${w * 0.7}" fill="#111">${n}</text>`;
  const plate = (x: number, y: number, w: number, n: string) =>
    `<rect x="${x + w / 2 - 2}" y="${y + w * 0.9}" width="4" height="${w * 1.6}" fill="#777"/><rect x="${x}" y="${y}" width="${w}" height="${w}" fill="#f2c400" stroke="#111" stroke-width="${w * 0.04}"/>` +
    `<text x="${x + w / 2}" y="${y + w * 0.6}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${w * 0.45}" fill="#111">${n}</text>` +
    `<text x="${x + w / 2}" y="${y + w * 0.88}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${w * 0.2}" fill="#111">MPH</text>`;
  const diamond = (x: number, y: number, w: number) =>
    `<rect x="${x + w / 2 - 2}" y="${y + w * 0.9}" width="4" height="${w * 1.6}" fill="#777"/><polygon points="${x + w / 2},${y} ${x + w},${y + w / 2} ${x + w / 2},${y + w} ${x},${y + w / 2}" fill="#f2c400" stroke="#111" stroke-width="${w * 0.04}"/>` +
    `<path d="M${x + w * 0.45} ${y + w * 0.75} L ${x + w * 0.45} ${y + w * 0.4} L ${x + w * 0.35} ${y + w * 0.4} L ${x + w * 0.5} ${y + w * 0.22} ` +
    `L ${x + w * 0.65} ${y + w * 0.4} L ${x + w * 0.55} ${y + w * 0.4} L ${x + w * 0.55} ${y + w * 0.75} Z" fill="#111"/>`;
  const yellow = markers ? card(700, 547, 20, '5') + card(900, 600, 23, '6') + card(633, 680, 25, '7') : plate(470, 250, 32, '25') + plate(1070, 255, 27, '35') + diamond(1330, 240, 36);
  const road = '<polygon points="750,380 850,380 1000,1067 600,1067" fill="none" stroke="#ddd" stroke-width="4" stroke-dasharray="40 55"/>';
  return svg(1600, 1067, `<rect width="100%" height="100%" fill="#8a9aa8"/>${fronts}<rect y="380" width="100%" height="687" fill="#55585c"/>${grit}${road}${walker(270, 430, 150)}${walker(1270, 400, 175)}${yellow}`);
}

/**
 * Close-up tape that is not one band (1600 x 1067): CRIME SCENE DO NOT ENTER on yellow tape 150 px wide across red and
 * blue emergency-light bokeh at -15°, shaded at its creases, whitened by a highlight at 30 % of its length and turned
 * over at 55-80 % (a half twist: it narrows to an edge and shows its back, the print faint and mirrored). At the vision
 * reader's 640 px the band comes apart in three thick printed slabs on one line, none long enough to be read as a band.
 * The near miss (`tape` false) is a yellow shop fascia reading HARDWARE TOOLS PAINT as wide and at the same angle, cut
 * into three panels by brick pillars (gaps as wide as the fascia is tall, dark): panels of a sign, not a broken band.
 */
async function brokenTapePng(tape: boolean): Promise<Buffer> {
  const [W, H, T, L] = [1600, 1067, 150, 3000];
  let seed = 11;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const light = () => {
    const [cx, cy, r] = [Math.round(rnd() * W), Math.round(rnd() * H), Math.round(25 + rnd() * 90)];
    return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${rnd() < 0.5 ? '#e02424' : '#2a4cf0'}" opacity="${(0.35 + rnd() * 0.6).toFixed(2)}"/>`;
  };
  const lights = Array.from({ length: 45 }, light).join('');
  const wall = `<rect width="100%" height="100%" fill="#8c7f72"/>${[...Array(14).keys()].map((i) => `<rect x="0" y="${i * 80}" width="${W}" height="3" fill="#6f645a"/>`).join('')}`;
  const canvas = await sharp(svg(W, H, tape ? `<rect width="100%" height="100%" fill="#0e0e16"/>${lights}` : wall)).blur(tape ? 22 : 3).removeAlpha().raw().toBuffer();
  const words = tape ? 'CRIME SCENE DO NOT ENTER' : 'HARDWARE   TOOLS   PAINT';
  const size = T * 0.7;
  const print = `<text font-family="DejaVu Sans Condensed, ${FONT}" font-weight="bold" font-size="${size}" fill="#141414">${Array(4).fill(words).join('\u00a0\u00a0\u00a0')}</text>`;
  const flatSvg = `<rect width="${L}" height="${T}" fill="#f6d20f"/><g transform="translate(${T * 0.3} ${T / 2 + size * 0.36}) scale(0.85 1)">${print}</g>`;
  const flat = await sharp(svg(L, T, flatSvg)).removeAlpha().raw().toBuffer();
  // The tape's middle line runs from (-60, 780) to (1700, 300); a point t of the way along it is flat pixel u.
  const [x0, y0, x1, y1] = [-60, 780, 1700, 300];
  const len = Math.hypot(x1 - x0, y1 - y0);
  const [ux, uy] = [(x1 - x0) / len, (y1 - y0) / len];
  for (let u = 0; u < Math.min(L, len); u += 0.25) {
    const t = u / len;
    // Half a turn between 55 % and 80 %: the band's width is |cos| of the turn, its back (faint print) shows past 90°.
    const turn = tape && t > 0.55 && t < 0.8 ? (Math.PI * (t - 0.55)) / 0.25 : 0;
    const c = Math.cos(turn);
    const light = 0.75 + 0.25 * Math.abs(c) - 0.25 * Math.max(0, Math.sin(t * 18 * Math.PI)) ** 6;
    const glare = tape ? 0.7 * Math.exp(-(((t - 0.3) / 0.04) ** 2)) : 0;
    // The near miss: brick pillars as wide as the fascia is tall at a third and two thirds of it.
    const pillar = !tape && (Math.abs(t - 0.36) < 0.045 || Math.abs(t - 0.68) < 0.045);
    const half = (T * Math.abs(c)) / 2;
    // Turned edge-on the tape is a line a pixel or two thick: the light behind shows through.
    if (half < 3) continue;
    for (let k = -Math.ceil(half); k <= Math.ceil(half); k++) {
      const x = Math.round(x0 + ux * u - uy * k);
      const y = Math.round(y0 + uy * u + ux * k);
      if (x < 0 || y < 0 || x >= W || y >= H) continue;
      const v = half ? k / half : 0;
      const row = Math.min(T - 1, Math.max(0, Math.round((((c < 0 ? -v : v) + 1) / 2) * (T - 1))));
      const s = (row * L + Math.floor(u)) * 3;
      const o = (y * W + x) * 3;
      for (let ch = 0; ch < 3; ch++) {
        const fill = [246, 210, 15][ch];
        const ink = c < 0 ? fill + (flat[s + ch] - fill) * 0.35 : flat[s + ch];
        canvas[o + ch] = pillar ? [112, 58, 44][ch] : Math.min(255, ink * light * (1 - glare) + [255, 250, 235][ch] * glare);
      }
    }
  }
  return sharp(canvas, { raw: { width: W, height: H, channels: 3 } }).blur(1).png().toBuffer();
}

/** A person standing, seen from the front: body, head, two legs (h tall, feet at y + h). */
function standing(x: number, y: number, h: number, coat: string): string {
  return `<rect x="${x}" y="${y + h * 0.15}" width="${h * 0.26}" height="${h * 0.45}" rx="${h * 0.05}" fill="${coat}"/><circle cx="${x + h * 0.13}" cy="${y + h * 0.08}" r="${h * 0.075}" fill="#b88868"/>` +
    `<rect x="${x + h * 0.02}" y="${y + h * 0.6}" width="${h * 0.09}" height="${h * 0.4}" fill="#222"/><rect x="${x + h * 0.15}" y="${y + h * 0.6}" width="${h * 0.09}" height="${h * 0.4}" fill="#333"/>`;
}

/** A yellow strip printed with words along it, from (x0, y0) to (x1, y1), t thick: a fascia, a hoarding or tape. */
function letteredStrip(x0: number, y0: number, x1: number, y1: number, t: number, words: string): string {
  const [a, l] = [(Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI, Math.hypot(x1 - x0, y1 - y0)];
  const print = `<text x="${t * 0.3}" y="${t * 0.27}" font-family="DejaVu Sans Condensed, ${FONT}" font-weight="bold" font-size="${t * 0.72}" fill="#141414" textLength="${l - t * 0.6}" lengthAdjust="spacingAndGlyphs">${words}</text>`;
  return `<g transform="translate(${x0} ${y0}) rotate(${a})"><rect x="0" y="${-t / 2}" width="${l}" height="${t}" fill="#f4cc10"/>${print}</g>`;
}

/**
 * A shopping street seen down its length (1600 x 1067): on each side a long yellow shop fascia lettered with the
 * shops' names runs toward the vanishing point (12° off level, 40 px thick: a printed band as long and as slanted as
 * tape), people in front. With `tape`, police tape (POLICE LINE DO NOT CROSS, 30 px) is strung across the street too.
 */
function fasciaStreetSvg(tape: boolean): Buffer {
  const walls = '<rect width="100%" height="100%" fill="#9aa8b4"/><polygon points="0,0 700,413 700,600 0,1067" fill="#8a7a6a"/><polygon points="1600,0 900,413 900,600 1600,1067" fill="#7a6a5a"/>';
  const road = '<polygon points="0,1067 700,600 900,600 1600,1067" fill="#58595c"/>';
  const fascias = letteredStrip(0, 280, 667, 427, 40, 'HARDWARE TOOLS PAINT KEYS CUT HERE') + letteredStrip(933, 427, 1600, 280, 40, 'BAKERY CAFE FRESH BREAD DAILY');
  const cordon = tape ? letteredStrip(0, 700, 1600, 712, 30, Array(4).fill('POLICE LINE DO NOT CROSS').join('\u00a0\u00a0')) : '';
  const people = standing(180, 560, 420, '#223') + standing(520, 600, 360, '#633') + standing(1000, 580, 400, '#364') + standing(1320, 620, 330, '#445a8a');
  return svg(1600, 1067, walls + road + fascias + cordon + people);
}

/**
 * A street (1600 x 1067) with a thin far band strung across it between two posts, sagging, behind two people: with
 * `tape`, police tape 5 px thick printed POLICE LINE DO NOT CROSS, its letters set one by one along the curve (2 px
 * thick at the 640 px vision raster, a plain band there: its print is read on the working raster); otherwise a yellow
 * rope as thick, its twist shaded darker yellow every rope's width (dims as print does, but is never dark).
 */
function farTapeSvg(tape: boolean, t = 5): Buffer {
  const [x0, y0, mx, my, x1, y1] = [60, 500, 800, 560, 1540, 492];
  const at = (u: number) => [(1 - u) ** 2 * x0 + 2 * (1 - u) * u * mx + u * u * x1, (1 - u) ** 2 * y0 + 2 * (1 - u) * u * my + u * u * y1];
  const posts = [x0, x1].map((x) => `<rect x="${x - 4}" y="${y0 - 20}" width="8" height="170" fill="#3a3a3a"/>`).join('');
  let band = `<path d="M${x0} ${y0} Q${mx} ${my} ${x1} ${y1}" stroke="#f2cf1a" stroke-width="${t}" fill="none"/>`;
  const words = Array(12).fill('POLICE LINE DO NOT CROSS').join('   ');
  const step = tape ? t * 0.72 * 0.68 : t * 0.9;
  for (let i = 0, u = 0.004; u < 1; i++, u += step / 1490) {
    const [x, y] = at(u);
    const [xa, ya] = at(Math.min(1, u + 0.002));
    const a = (Math.atan2(ya - y, xa - x) * 180) / Math.PI;
    if (tape) {
      if (words[i] !== ' ') band += `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" font-weight="bold" font-size="${t * 0.72}" fill="#111" text-anchor="middle" dominant-baseline="central" transform="rotate(${a.toFixed(1)} ${x.toFixed(1)} ${y.toFixed(1)})">${words[i]}</text>`;
    } else band += `<line x1="${(x - t / 3).toFixed(1)}" y1="${(y + t / 2).toFixed(1)}" x2="${(x + t / 3).toFixed(1)}" y2="${(y - t / 2).toFixed(1)}" stroke="#8a7410" stroke-width="${t / 4}"/>`;
  }
  return svg(1600, 1067, STREET + standing(640, 380, 300, '#223') + standing(860, 390, 290, '#3a4a6a') + posts + band);
}

/**
 * A printed flyer: a white page with a navy heading and lines of black text, no yellow anywhere. A navy heading makes
 * the page's few mid-tones (the soft rims of the letters) read as a blue cast; with the cast removed the grey rims of
 * a line of text turned dull yellow, in pieces along the line, and were read as faded tape at night (user test 29).
 */
function flyerSvg(): Buffer {
  const font = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';
  const line = (y: number, text: string) => `<text x="60" y="${y}" font-family="${font}" font-size="50" fill="#000">${text}</text>`;
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><rect width="1200" height="800" fill="#fff"/>
    <text x="60" y="130" font-family="${font}" font-weight="bold" font-size="80" fill="#142878">Bike Safety Morning</text>
    ${line(270, 'Sunday 10am - 12 noon')}${line(350, 'Riverside Park, by the bandstand')}${line(470, 'Bring your helmet and your bike')}</svg>`);
}

/**
 * A street (1600 x 1067) with a yellow-painted kerb 5 px thick running across it, crossed by the slanting shadows of
 * railings: at the vision raster the shadows dim the kerb again and again as far print does (blurred print), on the
 * working raster they are no dark print.
 */
function kerbShadowsSvg(): Buffer {
  const kerb = '<polygon points="0,640 1600,600 1600,605 0,645" fill="#e8c020"/>';
  const shadows = Array.from({ length: 40 }, (_, i) => `<polygon points="${i * 40 + 5},700 ${i * 40 + 20},700 ${i * 40 + 38},560 ${i * 40 + 23},560" fill="#000" opacity="0.45"/>`).join('');
  return svg(1600, 1067, STREET + kerb + shadows + standing(900, 380, 300, '#223'));
}

/**
 * A yellow kayak on a lake (1600 x 1067), long and thin across the frame, its cockpit and the paddler in it dark in
 * the middle of the yellow: a printed band's shape, its "print" all in one place (tape repeats its wording along it).
 */
function kayakSvg(): Buffer {
  const water = '<rect width="100%" height="100%" fill="#3f6f8f"/><rect width="100%" height="260" fill="#9bb6cc"/><rect y="240" width="100%" height="40" fill="#4a5a3a"/>';
  const hull = '<path d="M190 590 Q800 470 1410 560 Q800 680 190 590 Z" fill="#f4d01c"/><path d="M190 590 Q800 640 1410 560 Q800 610 190 590 Z" fill="#c9a80f"/>';
  const paddler = '<ellipse cx="800" cy="570" rx="110" ry="26" fill="#1c1c1c"/><rect x="770" y="420" width="60" height="150" rx="20" fill="#c0392b"/><circle cx="800" cy="400" r="28" fill="#c99a78"/>' +
    '<line x1="600" y1="540" x2="1000" y2="450" stroke="#222" stroke-width="8"/>';
  return svg(1600, 1067, water + hull + paddler);
}

/**
 * A shopping-centre corridor (1600 x 1067): a pale floor running away between walls. With `markers`, two yellow
 * evidence tents numbered 1 and 2 stand on it; otherwise two yellow wet-floor signs (CAUTION over a warning triangle
 * over WET FLOOR), standing as far apart and as large in the frame.
 */
function corridorSvg(markers: boolean): Buffer {
  const floor = '<rect width="100%" height="100%" fill="#cfc9bd"/><polygon points="0,1067 600,533 1000,533 1600,1067" fill="#b8b2a6"/>';
  const sign = (x: number, y: number, k: number) =>
    `<g transform="translate(${x} ${y}) scale(${k})"><polygon points="0,333 60,0 220,0 280,333" fill="#f3c20f"/><text x="140" y="73" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="41" fill="#111">CAUTION</text>` +
    `<polygon points="140,100 193,200 87,200" fill="none" stroke="#111" stroke-width="9"/><circle cx="140" cy="127" r="8" fill="#111"/><text x="140" y="260" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="32" fill="#111">WET FLOOR</text></g>`;
  const tent = (x: number, y: number, k: number, n: string) =>
    `<g transform="translate(${x} ${y}) scale(${k})"><polygon points="0,200 40,0 200,0 240,200" fill="#f3c20f"/><text x="120" y="160" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="150" fill="#111">${n}</text></g>`;
  return svg(1600, 1067, floor + (markers ? tent(470, 700, 1, '1') + tent(1000, 740, 0.8, '2') : sign(467, 667, 1) + sign(1000, 720, 0.8)));
}

/**
 * A yellow surface across most of the frame (1600 x 1067), over a street. With `tape`, a close-up of police tape
 * (SCENE DO NOT CROSS, 290 px thick) crossing the whole frame; otherwise the side of a yellow school bus: a row
 * of dark windows along its upper body over black rub rails, SCHOOL BUS lettered between them.
 */
function yellowSideSvg(tape: boolean): Buffer {
  const street = '<rect width="100%" height="100%" fill="#b0c0d0"/><rect y="800" width="100%" height="267" fill="#5a5a5c"/>';
  if (tape) return svg(1600, 1067, street + standing(300, 420, 600, '#223') + letteredStrip(0, 560, 1600, 470, 290, 'SCENE DO NOT CROSS'));
  const windows = Array.from({ length: 10 }, (_, i) => `<rect x="${280 + i * 107}" y="433" width="87" height="120" fill="#27313a"/>`).join('');
  const rails = [587, 673, 747].map((y) => `<rect x="200" y="${y}" width="1200" height="9" fill="#111"/>`).join('');
  const print = `<text x="467" y="660" font-family="${FONT}" font-weight="bold" font-size="60" fill="#111">SCHOOL BUS</text>`;
  const wheels = '<circle cx="373" cy="800" r="73" fill="#151515"/><circle cx="1200" cy="800" r="73" fill="#151515"/>';
  return svg(1600, 1067, `${street}<rect x="200" y="400" width="1200" height="400" rx="27" fill="#f3b811"/>${windows}${rails}${print}${wheels}`);
}

/**
 * A road at night (1600 x 1067): dark house fronts, a dark road with a dashed centre line and a pool of street light.
 * With `markers`, four numbered yellow evidence cards (20-28 px) lit on the road: bright, but so small a share of the
 * picture that the exposure step brightens it about x3, which clips the cards to white and greys their numerals.
 * Otherwise the same road with the backs of two parked cars (dark, red lamps, a yellow number plate with a
 * registration) and lit windows with dark glazing bars: yellow lit things that are no markers.
 */
function nightRoadSvg(markers: boolean): Buffer {
  let seed = 11;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const grit = Array.from({ length: 700 }, () => `<circle cx="${Math.round(rnd() * 1600)}" cy="${Math.round(373 + rnd() * 694)}" r="${(0.7 + rnd() * 2).toFixed(1)}" fill="${rnd() < 0.5 ? '#38383c' : '#202022'}"/>`).join('');
  const fronts = [0, 280, 560, 840, 1120, 1400].map((x, i) => `<rect x="${x + 20}" y="190" width="${150 + (i % 3) * 30}" height="183" fill="${i % 2 ? '#30343c' : '#282c30'}"/>`).join('');
  const road = '<polygon points="750,373 850,373 1000,1067 600,1067" fill="none" stroke="#888" stroke-width="4" stroke-dasharray="40 55"/>';
  const glow = '<ellipse cx="800" cy="667" rx="467" ry="200" fill="#fff8d0" opacity="0.12"/>';
  const card = (x: number, y: number, w: number, n: string) =>
    `<rect x="${x}" y="${y}" width="${w}" height="${w * 0.9}" rx="${w * 0.06}" fill="#f7cc00"/><text x="${x + w / 2}" y="${y + w * 0.75}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${w * 0.7}" fill="#111">${n}</text>`;
  const windowLit = (x: number, y: number) =>
    `<rect x="${x}" y="${y}" width="40" height="47" fill="#f6c640"/><rect x="${x + 18}" y="${y}" width="4" height="47" fill="#2a2018"/><rect x="${x}" y="${y + 21}" width="40" height="4" fill="#2a2018"/>`;
  const carBack = (x: number, y: number, w: number, reg: string) =>
    `<rect x="${x}" y="${y}" width="${w}" height="${w * 0.55}" rx="${w * 0.08}" fill="#15161a"/><rect x="${x + w * 0.05}" y="${y + w * 0.12}" width="${w * 0.14}" height="${w * 0.08}" fill="#d01818"/>` +
    `<rect x="${x + w * 0.81}" y="${y + w * 0.12}" width="${w * 0.14}" height="${w * 0.08}" fill="#d01818"/><rect x="${x + w * 0.3}" y="${y + w * 0.3}" width="${w * 0.4}" height="${w * 0.1}" fill="#f4cc10"/>` +
    `<text x="${x + w / 2}" y="${y + w * 0.38}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${w * 0.075}" fill="#111">${reg}</text>`;
  const lit = markers
    ? card(600, 600, 23, '1') + card(867, 573, 20, '2') + card(747, 733, 27, '3') + card(467, 787, 28, '4')
    : [80, 360, 640, 920, 1200].map((x) => windowLit(x, 250)).join('') + carBack(333, 600, 280, 'AB12 CDE') + carBack(933, 587, 253, 'KX19 LMN');
  return svg(1600, 1067, `<rect width="100%" height="100%" fill="#1a1c22"/>${fronts}<rect y="373" width="100%" height="694" fill="#2b2b2e"/>${grit}${road}${glow}${lit}`);
}

const scenes = {
  /** A police badge: shield with the agency name and a badge number. */
  badge: () =>
    svg(
      480,
      420,
      `<rect width="100%" height="100%" fill="#2b2f3a"/>
       <path d="M240 30 L400 90 L380 270 Q240 400 240 400 Q240 400 100 270 L80 90 Z" fill="#d4b24c" stroke="#8a6d1c" stroke-width="8"/>
       <text x="240" y="150" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="34" fill="#1d1d1d">HARBOR CITY</text>
       <text x="240" y="200" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="44" fill="#1d1d1d">POLICE</text>
       <rect x="170" y="230" width="140" height="60" fill="#f2e6b8"/>
       <text x="240" y="275" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="42" fill="#1d1d1d">4471</text>`,
    ),
  /** A name plate on a uniform shirt: a roster member's name and rank. */
  nameTag: () =>
    svg(
      520,
      300,
      `<rect width="100%" height="100%" fill="#1c2c4c"/>
       <rect x="60" y="90" width="400" height="110" rx="10" fill="#e8e8e8" stroke="#999" stroke-width="4"/>
       <text x="260" y="140" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="36" fill="#111">SGT R WHITFIELD</text>
       <text x="260" y="182" text-anchor="middle" font-family="${FONT}" font-size="26" fill="#111">HARBOR CITY PD</text>`,
    ),
  /** Crime-scene tape across a floor with numbered evidence markers. */
  tape: () => {
    const markers = [
      [90, 300, '1'],
      [300, 360, '2'],
      [520, 290, '3'],
    ]
      .map(
        ([x, y, n]) =>
          `<rect x="${x}" y="${y}" width="56" height="56" fill="#f5c400"/><text x="${Number(x) + 28}" y="${Number(y) + 44}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="40" fill="#111">${n}</text>`,
      )
      .join('');
    return svg(
      640,
      480,
      `<rect width="100%" height="100%" fill="#6e5a46"/>
       <rect y="380" width="100%" height="100" fill="#5d4b3a"/>
       ${markers}
       <g transform="rotate(-8 320 160)">
         <rect x="-40" y="120" width="720" height="70" fill="#f7d000"/>
         <text x="20" y="170" font-family="${FONT}" font-weight="bold" font-size="40" fill="#111">POLICE LINE DO NOT CROSS</text>
       </g>`,
    );
  },
  /** A house front with its number and street on a plaque beside the door. */
  houseNumber: () =>
    svg(
      560,
      420,
      `<rect width="100%" height="100%" fill="#b7a58a"/>
       <rect x="40" y="60" width="200" height="300" fill="#6b3e26"/>
       <rect x="256" y="150" width="296" height="80" fill="#f1ead8"/>
       <text x="404" y="203" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="34" fill="#222">1428 Elm Street</text>`,
    ),
  /** A patrol car door: POLICE and a unit number. */
  carDoor: () =>
    svg(
      640,
      400,
      `<rect width="100%" height="100%" fill="#8c9aa6"/>
       <rect x="30" y="60" width="580" height="280" rx="24" fill="#f6f6f6" stroke="#222" stroke-width="5"/>
       <rect x="30" y="250" width="580" height="40" fill="#0f2a6b"/>
       <text x="320" y="170" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="92" fill="#0f2a6b">POLICE</text>
       <text x="320" y="232" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="44" fill="#0f2a6b">UNIT 2147</text>
       <rect x="470" y="120" width="70" height="14" rx="6" fill="#333"/>`,
    ),
  /** A Chilean patrol car's door: CARABINEROS in dark green on white over a green band, and a unit number. */
  carabinerosDoor: () =>
    svg(
      640,
      400,
      `<rect width="100%" height="100%" fill="#8c9aa6"/>
       <rect x="30" y="60" width="580" height="280" rx="24" fill="#f6f6f6" stroke="#222" stroke-width="5"/>
       <rect x="30" y="250" width="580" height="40" fill="#0f5a32"/>
       <text x="320" y="170" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="62" fill="#0f5a32">CARABINEROS</text>
       <rect x="470" y="200" width="70" height="14" rx="6" fill="#333"/>`,
    ),
  /**
   * A Chinese patrol car's door: 公安 (public security) in dark blue on white over a blue band, and 警察 (police) in
   * smaller print under it. Drawn in Noto Sans CJK (Debian fonts-noto-cjk), needed only to regenerate.
   */
  cjkPoliceDoor: () =>
    svg(
      640,
      400,
      `<rect width="100%" height="100%" fill="#8c9aa6"/>
       <rect x="30" y="60" width="580" height="280" rx="24" fill="#f6f6f6" stroke="#222" stroke-width="5"/>
       <rect x="30" y="270" width="580" height="34" fill="#123a8c"/>
       <text x="320" y="170" text-anchor="middle" font-family="${CJK_FONT}" font-weight="bold" font-size="86" fill="#123a8c">公安</text>
       <text x="320" y="240" text-anchor="middle" font-family="${CJK_FONT}" font-weight="bold" font-size="40" fill="#123a8c">警察</text>`,
    ),
  /** Its near miss: an office notice board headed 办公安排 ("office arrangements"), which holds 公安 across two words. */
  cjkOfficeNotice: () =>
    svg(
      640,
      400,
      `<rect width="100%" height="100%" fill="#c9c3b5"/>
       <rect x="60" y="50" width="520" height="300" fill="#fbfaf4" stroke="#6b5a3a" stroke-width="8"/>
       <text x="320" y="150" text-anchor="middle" font-family="${CJK_FONT}" font-weight="bold" font-size="72" fill="#1c1c1c">办公安排</text>
       <text x="320" y="240" text-anchor="middle" font-family="${CJK_FONT}" font-size="40" fill="#333">周一 九点</text>`,
    ),
  /**
   * Its near miss: a newsstand's boards with the mastheads of newspapers a letter or two from police words in other
   * languages: POLITIKA (Belgrade), POLITIKEN (Copenhagen) and a Dutch poster reading POLITIEK NIEUWS.
   */
  newsstand: () =>
    svg(
      720,
      480,
      `<rect width="100%" height="100%" fill="#c9c2b3"/><rect y="380" width="100%" height="100" fill="#5a5a58"/>
       <rect x="40" y="40" width="640" height="100" fill="#f4f4f4"/><text x="360" y="115" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="70" fill="#1a1a6a">POLITIKA</text>
       <rect x="40" y="160" width="640" height="90" fill="#7a1f1f"/><text x="360" y="228" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="62" fill="#f4e7c0">POLITIKEN</text>
       <rect x="40" y="270" width="640" height="90" fill="#f4f4f4"/><text x="360" y="332" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="52" fill="#222">POLITIEK NIEUWS</text>`,
    ),
  /** A plain garden picture: nothing to find. */
  clean: () =>
    svg(
      480,
      320,
      `<rect width="100%" height="100%" fill="#9cc3e6"/>
       <rect y="200" width="100%" height="120" fill="#4f8a3c"/>
       <circle cx="380" cy="70" r="40" fill="#fff4c2"/>
       <rect x="80" y="120" width="30" height="100" fill="#6b4b2a"/><circle cx="95" cy="110" r="55" fill="#2f6b2a"/>`,
    ),
  /** Numbered evidence markers standing on a forest floor as yellow pyramids (triangles from the front), no tape. */
  markersStanding: () => {
    const leaves = Array.from({ length: 36 }, (_, i) => `<ellipse cx="${(i * 137) % 720}" cy="${210 + ((i * 71) % 260)}" rx="${10 + ((i * 7) % 22)}" ry="${4 + ((i * 3) % 8)}" fill="${i % 2 ? '#7d6034' : '#4a6228'}"/>`).join('');
    const marker = (x: number, y: number, s: number, n: string) =>
      `<polygon points="${x + s / 2},${y} ${x + s},${y + s} ${x},${y + s}" fill="#f4c600"/><text x="${x + s / 2}" y="${y + 0.92 * s}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${0.5 * s}" fill="#111">${n}</text>`;
    return svg(720, 480, `<rect width="100%" height="100%" fill="#3d5530"/><rect y="190" width="100%" height="290" fill="#64503a"/>${leaves}${marker(110, 300, 56, '1')}${marker(330, 360, 64, '2')}${marker(540, 280, 50, '3')}`);
  },
  /**
   * Numbered evidence markers on a road at night, washed out by the camera's flash: pale cream-yellow cards (saturation
   * about 0.3) with dark numerals, standing apart, no tape. None passes the marker yellow of cards seen in full colour.
   */
  markersWashed: () => {
    const card = (x: number, y: number, w: number, n: string, fill: string) =>
      `<rect x="${x}" y="${y}" width="${w}" height="${Math.round(1.15 * w)}" fill="${fill}"/><text x="${x + w / 2}" y="${y + Math.round(0.92 * w)}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${Math.round(0.78 * w)}" fill="#1e1e1e">${n}</text>`;
    const glare = '<radialGradient id="f"><stop offset="0" stop-color="#8a8a86"/><stop offset="1" stop-color="#2e3034"/></radialGradient>';
    return svg(720, 480, `<defs>${glare}</defs><rect width="100%" height="100%" fill="#16181c"/><ellipse cx="360" cy="360" rx="420" ry="200" fill="url(#f)"/>${card(120, 300, 50, '1', '#f7eaa8')}${card(360, 350, 56, '2', '#f5e9a6')}${card(560, 280, 46, '3', '#f8ecb0')}`);
  },
  /** Near miss for washed-out markers: a wall calendar, pale yellow day cells with dark numbers in a tight grid. */
  calendar: () => {
    const cells = Array.from({ length: 28 }, (_, i) => {
      const x = 40 + (i % 7) * 92;
      const y = 110 + Math.floor(i / 7) * 88;
      return `<rect x="${x}" y="${y}" width="88" height="84" fill="#f4e8b0"/><text x="${x + 44}" y="${y + 58}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="40" fill="#2a2a2a">${i + 1}</text>`;
    }).join('');
    return svg(720, 480, `<rect width="100%" height="100%" fill="#e9e4d6"/><text x="360" y="80" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="44" fill="#333">FEBRUARY</text>${cells}`);
  },
  /** Near miss for the markers: yellow traffic cones with white reflective collars and a yellow warning triangle. */
  cones: () => {
    const cone = (x: number) => `<polygon points="${x + 35},250 ${x + 70},400 ${x},400" fill="#f2d000"/><polygon points="${x + 22},305 ${x + 48},305 ${x + 53},330 ${x + 17},330" fill="#f6f6f6"/><rect x="${x - 12}" y="400" width="94" height="12" fill="#222"/>`;
    const sign =
      '<polygon points="520,200 590,320 450,320" fill="#f2d000"/><polygon points="520,222 572,310 468,310" fill="none" stroke="#111" stroke-width="5"/>' +
      '<rect x="516" y="245" width="8" height="40" fill="#111"/><rect x="516" y="292" width="8" height="8" fill="#111"/><rect x="516" y="320" width="8" height="90" fill="#777"/>';
    return svg(720, 480, `<rect width="100%" height="100%" fill="#a8bccc"/><rect y="200" width="100%" height="280" fill="#585858"/>${cone(120)}${cone(290)}${sign}`);
  },
  /**
   * A cordon seen from afar: thin yellow tape, its print too small to see, hanging in two spans between three posts
   * across a street, and one numbered evidence marker on the road (case/crime-scene, hanging-band beside a lone marker).
   */
  cordon: () => cordonSvg(true),
  /** Near miss for the cordon: the same street and marker with a yellow line painted straight across the road (no sag). */
  cordonNearMiss: () => cordonSvg(false),
  /** Four numbered yellow tent markers at three quarters on a lawn, no tape (case/crime-scene, evidence-markers). */
  tentMarkers: () => tentMarkersSvg(true),
  /** Near miss for the tent markers: the same yellow wedges on the lawn with no numerals. */
  tentMarkersNearMiss: () => tentMarkersSvg(false),
  /** Three numbered evidence cards far down a street, specks at the vision raster (case/crime-scene, read closer). */
  farMarkers: () => farMarkersSvg(true),
  /** Near miss for the far markers: two small yellow speed plates and a diamond warning sign on posts. */
  farMarkersNearMiss: () => farMarkersSvg(false),
  /** Paper barrier tape reading DO NOT CROSS strung across a courtyard, near level (case/crime-scene, tape-wording). */
  paperTape: () => stripSvg('DO NOT CROSS'),
  /** Near miss for the paper tape: the same strip as a bakery's banner. */
  paperTapeNearMiss: () => stripSvg('FRESH BREAD HOT COFFEE'),
  /**
   * An officer's dark vest reading POLICE whose last two letters are hidden by a rifle's stock held across it: the
   * reader sees POLI, two thirds of the word (image/police-markings, marking-partial).
   */
  vestHidden: () =>
    svg(
      720,
      540,
      `<rect width="100%" height="100%" fill="#7f8c8f"/>
       <ellipse cx="360" cy="95" rx="62" ry="74" fill="#c99a7a"/><path d="M298 80 Q360 0 422 80 Q400 40 298 80 Z" fill="#222"/>
       <path d="M170 200 Q360 160 550 200 L590 540 L130 540 Z" fill="#1b1e24"/><rect x="300" y="160" width="120" height="40" fill="#c99a7a"/>
       <text x="360" y="330" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="74" fill="#eeeeee">POLICE</text>
       <polygon points="400,250 700,300 690,400 395,360" fill="#2a2a2a"/><rect x="150" y="360" width="560" height="34" fill="#3a3a3a" transform="rotate(-8 430 377)"/>`,
    ),
  /** Near miss for cut-off words: a shop front with SLICE, LICE CLINIC, PIZZA NAPOLI and POLICY printed whole. */
  shopSigns: () =>
    svg(
      720,
      480,
      `<rect width="100%" height="100%" fill="#c9c2b3"/><rect y="330" width="100%" height="150" fill="#5a5a58"/>
       <rect x="40" y="40" width="640" height="110" fill="#7a1f1f"/>
       <text x="360" y="120" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="72" fill="#f4e7c0">PIZZA NAPOLI</text>
       <rect x="60" y="180" width="280" height="120" fill="#f4f4f4"/><text x="200" y="262" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="64" fill="#222">SLICE $3</text>
       <rect x="380" y="180" width="300" height="60" fill="#2d5d8a"/><text x="530" y="225" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="36" fill="#fff">LICE CLINIC</text>
       <rect x="380" y="250" width="300" height="50" fill="#f4f4f4"/><text x="530" y="288" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="30" fill="#222">RETURN POLICY</text>`,
    ),
  /**
   * UK-style police tape across a street: panels of diagonal blue hatching between white panels reading POLICE in
   * blue, strung at a slant in front of a pale overcast sky, a white house front and a dark road.
   */
  stripedTape: () => {
    const th = 26;
    const panel = th * 5;
    const panels = [...Array(10).keys()]
      .map((i) =>
        i % 2
          ? `<rect x="${-60 + i * panel}" y="0" width="${panel}" height="${th}" fill="#f4f6f8"/><text x="${-60 + i * panel + panel / 2}" y="${th * 0.78}" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="${th * 0.8}" fill="#1d3c9c">POLICE</text>`
          : `<rect x="${-60 + i * panel}" y="0" width="${panel}" height="${th}" fill="url(#hatch)"/>`,
      )
      .join('');
    return svg(
      960,
      640,
      `<defs><pattern id="hatch" width="14" height="14" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="7" height="14" fill="#1d3c9c"/><rect x="7" width="7" height="14" fill="#f4f6f8"/></pattern></defs>
       <rect width="100%" height="100%" fill="#d6dbe0"/>
       <rect x="0" y="190" width="420" height="230" fill="#7d5a48"/><rect x="420" y="150" width="300" height="270" fill="#ecedea"/><rect x="720" y="210" width="240" height="210" fill="#5f6670"/>
       ${[460, 540, 620].map((x) => `<rect x="${x}" y="200" width="46" height="70" fill="#3a4450"/>`).join('')}
       <rect x="0" y="420" width="100%" height="220" fill="#4d4e50"/><rect x="850" y="120" width="10" height="300" fill="#2d2d2d"/>
       <g transform="translate(0 300) rotate(-5 480 0)">${panels}</g>`,
    );
  },
  /**
   * Near miss for striped tape: a white shop sign with blue lettering along it, a white band of blue windows and a
   * blue-and-white striped awning over the door: long white bands with blue along them, none of them tape.
   */
  stripedNearMiss: () => {
    const windows = [...Array(15).keys()].map((i) => `<rect x="${12 + i * 64}" y="86" width="42" height="44" fill="#1d4c9c"/>`).join('');
    const awning = [...Array(8).keys()].map((i) => `<rect x="${300 + i * 40}" y="330" width="40" height="50" fill="${i % 2 ? '#f4f4f4' : '#1d3c9c'}"/>`).join('');
    return svg(
      960,
      640,
      `<rect width="100%" height="100%" fill="#9fb6cc"/><rect y="60" width="100%" height="420" fill="#8a5a46"/>
       <rect y="74" width="100%" height="68" fill="#f2f2f2"/>${windows}
       <rect y="230" width="100%" height="72" fill="#f4f6f8"/>
       <text x="480" y="282" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="50" fill="#1d3c9c">HARBOUR MARKET FRESH FISH</text>
       ${awning}<rect x="340" y="380" width="240" height="100" fill="#2f2a26"/>
       <rect y="480" width="100%" height="160" fill="#56575a"/>`,
    );
  },
  /** A road with a painted yellow centre line: a long yellow band with no print, which is not tape. */
  roadLine: () =>
    svg(
      640,
      400,
      `<rect width="100%" height="100%" fill="#9fb8cc"/>
       <rect y="150" width="100%" height="250" fill="#4a4a4a"/>
       <polygon points="300,150 340,150 420,400 360,400" fill="#e8c200"/>
       <rect y="260" width="100%" height="14" fill="#e8c200" transform="rotate(3 320 260)"/>`,
    ),
  /**
   * A round shoulder patch on a dark sleeve: POLICE in gold round its top, letter by letter along the rim, HARBOR CITY
   * across its middle. The reader cuts the curved word into pieces set on different lines (POL, ICE), read together.
   */
  patchArc: () => patchSvg('POLICE', 'HARBOR CITY'),
  /** Its near miss: a club's patch reading POLISH round the top (a real word, one letter from POLITI). */
  patchArcNearMiss: () => patchSvg('POLISH', 'EAGLES FC'),
  /** A sheriff's deputy in a tan shirt: a gold star over the heart, a green patch with a gold rim on each sleeve. */
  tanDeputy: () => tanShirtSvg(starBadge(66, 88, 8, '#e3bd45', '#8a6d1c') + sleevePatch(18, 86) + sleevePatch(82, 86)),
  /** Its near miss: a scout leader's tan shirt, a patch on each sleeve and an embroidered emblem on the pocket, no metal. */
  tanScout: () => tanShirtSvg(sleevePatch(18, 86, '#2c5a2c', '#e6d23a') + sleevePatch(82, 86, '#b22222', '#eeeeee') + '<rect x="58" y="80" width="18" height="14" fill="#d8b43a"/>'),
  /**
   * An officer in a navy uniform shirt (gold shield, green sleeve patches) before a room's pale wall: the wall shows
   * beside the neck, over the shoulders, where a suit's white front is looked for.
   */
  navyOfficer: () => standingSvg(PALE_WALL, '#1a2238', '#1c2433', uniformKit('#2c4a30')),
  /** A patrol officer in a light-blue shirt with an open collar (skin in a V at the neck), a gold shield and navy sleeve patches, before a dark wall. */
  patrolOpenCollar: () => standingSvg('#4a4f55', '#9fbde0', '#1c2433', openCollar('#9fbde0', '#8aa9cd') + uniformKit('#1c2a55')),
  /**
   * A patrol officer in a light-blue shirt before the pale wall, a gold shield and navy sleeve patches: the patches lie on
   * the arms' outer edges, the wall beyond them.
   */
  patrolPaleWall: () => standingSvg(PALE_WALL, '#9fbde0', '#1c2433', uniformKit('#1c2a55')),
  /**
   * Its near miss: a guard in the same shirt with the gold shield and no patches, before the pale wall with a small navy
   * clock (a gold rim and hand) on it just beside each arm at a patch's height, touching the arm's outer edge.
   */
  guardClocks: () => standingSvg(PALE_WALL, '#9fbde0', '#1c2433', shieldBadge(66, 88, 0.9, '#e3bd45', '#8a6d1c'), wallClock(406, 163, 8) + wallClock(514, 163, 8)),
  /** Their near miss: a dark suit, a white shirt and tie between the lapels and a gold pin on the wearer's left, before the pale wall. */
  suitPin: () => standingSvg(PALE_WALL, '#1e2024', '#1e2024', SUIT_FRONT),
  /** The suit with its white shirt in shade (a light grey, #c9c3bb), before the pale wall. */
  suitShade: () => standingSvg(PALE_WALL, '#1e2024', '#1e2024', suitFront('#c9c3bb')),
  /** The navy officer before the pale wall with a bright window on it. */
  navyOfficerWindow: () => standingSvg(PALE_WALL, '#1a2238', '#1c2433', uniformKit('#2c4a30'), WALL_WINDOW),
  /** The suit with its white shirt in deep shade (#a6a39e, 0.65 of the window's white) before the wall with the window. */
  suitDeepShade: () => standingSvg(PALE_WALL, '#1e2024', '#1e2024', suitFront('#a6a39e'), WALL_WINDOW),
  /** The navy officer (gold shield, green sleeve patches) with an open collar: a V of skin at the neck. */
  navyOpenCollar: () => standingSvg(PALE_WALL, '#1a2238', '#1c2433', openCollar('#1a2238', '#121828') + uniformKit('#2c4a30')),
  /** Three officers seen from behind in navy, a red patch with a gold rim on each sleeve. */
  officersBack: () => streetBacksSvg('#1a2238', '#1c2433', redPatch(18, 86) + redPatch(82, 86)),
  /** Their near miss: three people in dark coats seen from behind, a red logo on the left sleeve only. */
  coatsBackLogo: () => streetBacksSvg('#23272c', '#23272c', redPatch(18, 86)),
  /** A navy shirt before the pale wall with a green patch with a thin gold rim on each sleeve, and nothing else. */
  navyPatches: () => standingSvg(PALE_WALL, '#1a2238', '#1c2433', sleevePatch(18, 86) + sleevePatch(82, 86)),
  /** An officer in a navy shirt with a patch on each sleeve and a department's initials (MPD) in white across the chest. */
  navyInitials: () => standingSvg(PALE_WALL, '#1a2238', '#1c2433', sleevePatch(18, 86) + sleevePatch(82, 86) + chestWord('MPD', '#f0f0f0', 14)),
  /** Its near miss: a courier in a plain red jacket with a parcel firm's initials (DPD) in white across the chest. */
  courierInitials: () => standingSvg(PALE_WALL, '#b81c22', '#2a2a2e', chestWord('DPD', '#f0f0f0', 14)),

  /**
   * An officer in navy turned side-on to the camera: POLICE in white across the chest squeezed to 0.6 of its width, small
   * and soft, so the scene reader runs its L and I together into a U ("POUCE").
   */
  sideOnPolice: () => sideOnSvg('#1c2433', squeezedChestWord('POLICE', '#e8e8e8')),
  /** Its near miss: a red T-shirt turned the same way, POLISH DELI across the chest in white, squeezed the same. */
  sideOnDeli: () => sideOnSvg('#b82a26', squeezedChestWord('POLISH DELI', '#f4f4f4')),
  /** Its near miss: the same navy shirt with bare sleeves, a small navy clock (a gold rim and hand) on the wall beside each arm. */
  navyClocks: () => standingSvg(PALE_WALL, '#1a2238', '#1c2433', '', wallClock(406, 163, 8) + wallClock(514, 163, 8)),
  /** A chest shot of an officer in navy: a gold star engraved 518 over the heart, a green patch with a gold rim on each sleeve. */
  chestStar: () => chestShotSvg('#1a2238', starBadge(66, 90, 10, '#e3bd45', '#8a6d1c', badgeText(66, 91.75, 5, '518')) + sleevePatch(18, 86) + sleevePatch(82, 86)),
  /** Its near miss: a navy shirt with a big gold jersey number (23) across the chest. */
  chestJersey: () => chestShotSvg('#1a2238', `<text x="50" y="115" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="34" fill="#e3bd45">23</text>`),
  /** Its near miss: a dark shirt with a white price tag (2499) left hanging on the wearer's left chest. */
  chestPriceTag: () => chestShotSvg('#2a2a2a', `<rect x="58" y="82" width="14" height="10" fill="#f4f1e6"/>${badgeText(65, 89.5, 5, '2499')}`),
  /** A chest shot of a British officer in a navy tee: the collar number 2417 in silver on a black epaulette on each shoulder. */
  shoulderNumbers: () => chestShotSvg('#1a2238', epaulettes(slideNumber('2417'))),
  /** Its near miss: the same epaulettes with a rank's three silver pips and no number. */
  rankSlides: () => chestShotSvg('#1a2238', epaulettes(SLIDE_PIPS)),
  /** Its near miss: the navy tee with bare shoulders and a white brand tag printed 1985 in black sewn at the wearer's left shoulder. */
  shoulderTag: () => chestShotSvg('#1a2238', `<rect x="64" y="66" width="16" height="7" fill="#f2f0ea"/><text x="72" y="71.6" text-anchor="middle" font-family="${FONT}" font-weight="bold" font-size="4.6" fill="#151515">1985</text>`),
  /** A gold shield held up to the camera: HARBOR CITY / POLICE / 4471. */
  heldBadge: () => heldShieldSvg('HARBOR CITY', 'POLICE', '4471'),
  /** Its near miss: the same shield as a trophy, held the same way: CITY LEAGUE / CHAMPION / 2019. */
  heldAward: () => heldShieldSvg('CITY LEAGUE', 'CHAMPION', '2019'),
  /** A detective's gold shield in a wallet: POLICE over the badge number 2317. */
  walletBadge: () =>
    walletSvg(
      `<path d="M375 250 L520 300 L505 480 Q375 660 375 660 Q375 660 245 480 L230 300 Z" fill="#d4b24c" stroke="#8a6d1c" stroke-width="8"/>${badgeText(375, 380, 44, 'POLICE')}${badgeText(375, 470, 50, '2317')}`,
    ),
  /** A deputy's silver star in a wallet: DEPUTY over 518, no police word (the star's shape says badge). */
  walletStar: () => walletSvg(`${starBadge(375, 460, 190, '#d8d8d8', '#6a6a6a')}${badgeText(375, 445, 38, 'DEPUTY')}${badgeText(375, 500, 44, '518')}`),
  /**
   * A silver shield on a dark cloth: POLICE across its top, a round seal in its middle, the number 12874 on a navy enamel
   * bar at its bottom (further below the word than three of its heights: read as the badge's because both lie on it).
   */
  shieldNumberBar: () => shieldBarSvg(`<path d="M240 30 L400 90 L380 270 Q240 400 240 400 Q240 400 100 270 L80 90 Z" fill="#c9ccd2" stroke="#6a6d72" stroke-width="8"/>`),
  /** Its near miss: the same print on a rectangular enamel plate (a door plate, a sign): no badge, so the number is no badge's. */
  shieldNumberBarNearMiss: () => shieldBarSvg(`<rect x="80" y="40" width="320" height="340" rx="6" fill="#c9ccd2" stroke="#6a6d72" stroke-width="8"/>`),
  /** Near miss: a gold gym card (a rectangle, no badge) reading GYM over 2317. */
  walletNearMiss: () => walletSvg(`<rect x="240" y="280" width="300" height="380" rx="16" fill="#d4b24c"/>${badgeText(390, 420, 44, 'GYM')}${badgeText(390, 500, 50, '2317')}`),
};

function exiftool(file: string, args: string[]): void {
  execFileSync('exiftool', ['-q', '-overwrite_original', ...args, file], { stdio: 'inherit' });
}

/** A PNG whose header claims 100000 x 100000 pixels (no real image data): must be refused before decoding. */
function gigapixelPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(100000, 0);
  ihdr.writeUInt32BE(100000, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(16))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

export async function makeImageFixtures(out: string): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const put = async (name: string, image: Sharp) => {
    const file = join(out, name);
    await image.toFile(file);
    written.push(file);
    return file;
  };

  // Text in the picture (OCR).
  await put('badge.png', await grain(await sharp(scenes.badge()).png().toBuffer(), 4).then((s) => s.png({ palette: true, colours: 64 })));
  await put('name-tag.png', (await grain(await sharp(scenes.nameTag()).png().toBuffer(), 4)).png({ palette: true, colours: 64 }));
  await put('police-tape.jpg', (await grain(await sharp(scenes.tape()).png().toBuffer(), 8)).jpeg({ quality: 80 }));
  await put('house-number.jpg', (await grain(await sharp(scenes.houseNumber()).png().toBuffer(), 6)).jpeg({ quality: 82 }));
  await put('police-car-door.webp', (await grain(await sharp(scenes.carDoor()).png().toBuffer(), 6)).webp({ quality: 80 }));
  await put('police-car-door.tiff', sharp(scenes.carDoor()).resize(320).removeAlpha().tiff({ compression: 'lzw' }));
  await put('police-car-door.gif', sharp(scenes.carDoor()).resize(480).gif());
  // A patrol car's door lettered in another country's police word (Chile); newspaper mastheads a letter or two from such words.
  await put('carabineros-door.jpg', (await grain(await sharp(scenes.carabinerosDoor()).png().toBuffer(), 6)).jpeg({ quality: 84 }));
  await put('newsstand-near-miss.jpg', (await grain(await sharp(scenes.newsstand()).png().toBuffer(), 6)).jpeg({ quality: 84 }));
  // 公安 and 警察 on a Chinese patrol car's door; an office notice headed 办公安排, which holds 公安 across two words.
  await put('cjk-police-door.jpg', (await grain(await sharp(scenes.cjkPoliceDoor()).png().toBuffer(), 6)).jpeg({ quality: 84 }));
  await put('cjk-office-notice-near-miss.jpg', (await grain(await sharp(scenes.cjkOfficeNotice()).png().toBuffer(), 6)).jpeg({ quality: 84 }));
  await put('clean.png', sharp(scenes.clean()).png({ palette: true, colours: 32 }));
  await put('road-line.jpg', (await grain(await sharp(scenes.roadLine()).png().toBuffer(), 6)).jpeg({ quality: 80 }));
  await put('evidence-markers-standing.jpg', (await grain(await sharp(scenes.markersStanding()).png().toBuffer(), 8)).jpeg({ quality: 82 }));
  await put('evidence-markers-washed.jpg', (await grain(await sharp(scenes.markersWashed()).png().toBuffer(), 8)).jpeg({ quality: 82 }));
  await put('calendar-near-miss.jpg', (await grain(await sharp(scenes.calendar()).png().toBuffer(), 6)).jpeg({ quality: 84 }));
  await put('traffic-cones.jpg', (await grain(await sharp(scenes.cones()).png().toBuffer(), 8)).jpeg({ quality: 82 }));
  await put('vest-hidden-word.jpg', (await grain(await sharp(scenes.vestHidden()).png().toBuffer(), 6)).jpeg({ quality: 84 }));
  await put('shop-signs.jpg', (await grain(await sharp(scenes.shopSigns()).png().toBuffer(), 6)).jpeg({ quality: 84 }));
  await put('striped-police-tape.jpg', (await grain(await sharp(scenes.stripedTape()).png().toBuffer(), 8)).jpeg({ quality: 82 }));
  await put('striped-near-miss.jpg', (await grain(await sharp(scenes.stripedNearMiss()).png().toBuffer(), 8)).jpeg({ quality: 82 }));
  await put('cordon.jpg', (await grain(await sharp(scenes.cordon()).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 84 }));
  await put('cordon-near-miss.jpg', (await grain(await sharp(scenes.cordonNearMiss()).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 84 }));
  // Tape hanging across a street in front of a police car lettered POLICE (no light bar); a straight rail on posts there.
  await put('police-car-cordon.jpg', (await grain(await sharp(policeCordonSvg(true)).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 84 }));
  await put('police-car-rail-near-miss.jpg', (await grain(await sharp(policeCordonSvg(false)).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 84 }));
  // Red-and-white tape strung low across a police car lettered POLICE; the same tape across a water company's van.
  await put('red-white-police-car.jpg', (await grain(await sharp(redWhiteCordonSvg(true)).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 84 }));
  await put('red-white-van-near-miss.jpg', (await grain(await sharp(redWhiteCordonSvg(false)).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 84 }));
  await put('red-white-blocks-police-car.jpg', (await grain(await sharp(redWhiteCordonSvg(true, true)).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 84 }));
  await put('red-white-blocks-van-near-miss.jpg', (await grain(await sharp(redWhiteCordonSvg(false, true)).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 84 }));
  // A crime-scene unit's van lettered SCENES OF CRIME; an accountancy firm's van lettered FORENSIC ACCOUNTANTS.
  await put('scene-unit-van.jpg', (await grain(await sharp(unitVanSvg(true)).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 84 }));
  await put('forensic-accountants-van-near-miss.jpg', (await grain(await sharp(unitVanSvg(false)).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 84 }));
  // An evidence bag's label (EVIDENCE over its printed fields); a crime novel's cover headed EVIDENCE.
  await put('evidence-bag.jpg', (await grain(await sharp(evidenceBagSvg(true)).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 84 }));
  await put('evidence-novel-near-miss.jpg', (await grain(await sharp(evidenceBagSvg(false)).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 84 }));
  await put('patch-arc.jpg', (await grain(await sharp(scenes.patchArc()).blur(1).png().toBuffer(), 6)).jpeg({ quality: 75 }));
  await put('paper-tape.jpg', (await grain(await sharp(scenes.paperTape()).png().toBuffer(), 6)).blur(1.2).jpeg({ quality: 80 }));
  await put('paper-tape-near-miss.jpg', (await grain(await sharp(scenes.paperTapeNearMiss()).png().toBuffer(), 6)).blur(1.2).jpeg({ quality: 80 }));
  await put('tent-markers.jpg', sharp(scenes.tentMarkers()).blur(1).jpeg({ quality: 82 }));
  await put('tent-markers-near-miss.jpg', sharp(scenes.tentMarkersNearMiss()).blur(1).jpeg({ quality: 82 }));
  const far = await put('far-markers.jpg', (await grain(await sharp(scenes.farMarkers()).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 82 }));
  const farNear = await put('far-markers-near-miss.jpg', (await grain(await sharp(scenes.farMarkersNearMiss()).png().toBuffer(), 7)).blur(0.8).jpeg({ quality: 82 }));
  // The two as the eval's warm variant makes them (a warm white balance, saved again at q85).
  const warm = IMAGE_VARIANTS.find((v) => v.name === 'warm')!;
  for (const [name, from] of [['far-markers-warm.jpg', far], ['far-markers-warm-near-miss.jpg', farNear]]) {
    writeFileSync(join(out, name), await makeVariant(readFileSync(from), warm));
    written.push(join(out, name));
  }
  // Numbered cards on a road at night, which the exposure step brightens about x3, and lit yellow things that are no markers.
  await put('evidence-markers-night.jpg', (await grain(await sharp(nightRoadSvg(true)).blur(0.8).png().toBuffer(), 7)).jpeg({ quality: 82 }));
  await put('night-road-near-miss.jpg', (await grain(await sharp(nightRoadSvg(false)).blur(0.8).png().toBuffer(), 7)).jpeg({ quality: 82 }));
  // Far tape hanging between posts, its middle hidden by a van (two pieces on one curve); two shop signs where it was.
  await put('far-cordon-pieces.jpg', (await grain(await sharp(hangingPiecesSvg(true)).blur(0.8).png().toBuffer(), 7)).jpeg({ quality: 80 }));
  await put('far-cordon-pieces-near-miss.jpg', (await grain(await sharp(hangingPiecesSvg(false)).blur(0.8).png().toBuffer(), 7)).jpeg({ quality: 80 }));
  // Tape near the lens and out of focus across a street in focus; a car park's barrier arm as near and as blurred.
  await put('blurred-tape.jpg', (await grain(await blurredBandPng(true), 6)).jpeg({ quality: 82 }));
  await put('barrier-arm-near-miss.jpg', (await grain(await blurredBandPng(false), 6)).jpeg({ quality: 82 }));
  // Yellow house-number plaques beside three doors, far off: one size in one row, a house apart.
  await put('house-plaques-near-miss.jpg', (await grain(await sharp(housePlaquesSvg()).blur(0.8).png().toBuffer(), 7)).jpeg({ quality: 82 }));
  await put('broken-tape.jpg', (await grain(await brokenTapePng(true), 6)).jpeg({ quality: 82 }));
  await put('fascia-street-tape.jpg', (await grain(await sharp(fasciaStreetSvg(true)).blur(1.2).png().toBuffer(), 7)).jpeg({ quality: 80 }));
  await put('fascia-street-near-miss.jpg', (await grain(await sharp(fasciaStreetSvg(false)).blur(1.2).png().toBuffer(), 7)).jpeg({ quality: 80 }));
  await put('corridor-markers.jpg', (await grain(await sharp(corridorSvg(true)).blur(1).png().toBuffer(), 7)).jpeg({ quality: 82 }));
  await put('wet-floor-near-miss.jpg', (await grain(await sharp(corridorSvg(false)).blur(1).png().toBuffer(), 7)).jpeg({ quality: 82 }));
  await put('close-up-tape.jpg', (await grain(await sharp(yellowSideSvg(true)).blur(1).png().toBuffer(), 7)).jpeg({ quality: 82 }));
  await put('bus-side-near-miss.jpg', (await grain(await sharp(yellowSideSvg(false)).blur(1).png().toBuffer(), 7)).jpeg({ quality: 82 }));
  await put('broken-tape-near-miss.jpg', (await grain(await brokenTapePng(false), 6)).jpeg({ quality: 82 }));
  await put('patch-arc-near-miss.jpg', (await grain(await sharp(scenes.patchArcNearMiss()).blur(1).png().toBuffer(), 6)).jpeg({ quality: 75 }));
  await put('tan-deputy.jpg', (await grain(await sharp(scenes.tanDeputy()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('tan-scout-near-miss.jpg', (await grain(await sharp(scenes.tanScout()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  // The same two under a warm bulb (the eval's warm variant: R x1.1, B x0.82), which saturates the tan cloth.
  await put('tan-deputy-warm.jpg', (await grain(await sharp(scenes.tanDeputy()).png().toBuffer(), 6)).linear(WARM, [0, 0, 0]).jpeg({ quality: 85 }));
  await put('tan-scout-warm-near-miss.jpg', (await grain(await sharp(scenes.tanScout()).png().toBuffer(), 6)).linear(WARM, [0, 0, 0]).jpeg({ quality: 85 }));
  // A uniform shirt's front seen past a wall beside the neck and an open collar's edge; a suit's white front.
  await put('navy-officer-pale-wall.jpg', (await grain(await sharp(scenes.navyOfficer()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('patrol-open-collar.jpg', (await grain(await sharp(scenes.patrolOpenCollar()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('suit-pin-near-miss.jpg', (await grain(await sharp(scenes.suitPin()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  // Sleeve patches on the arms' outer edges, the pale wall beyond them; wall clocks beside a guard's arms.
  await put('patrol-pale-wall.jpg', (await grain(await sharp(scenes.patrolPaleWall()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('guard-clocks-near-miss.jpg', (await grain(await sharp(scenes.guardClocks()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  // The officer and the suit under a tungsten bulb, which turns a white shirt pale yellow (saturation 0.34).
  await put('navy-officer-tungsten.jpg', (await grain(await sharp(scenes.navyOfficer()).png().toBuffer(), 6)).linear(TUNGSTEN, [0, 0, 0]).jpeg({ quality: 85 }));
  await put('suit-pin-tungsten-near-miss.jpg', (await grain(await sharp(scenes.suitPin()).png().toBuffer(), 6)).linear(TUNGSTEN, [0, 0, 0]).jpeg({ quality: 85 }));
  // Under the same bulb, a suit's white shirt in shade turns a cream too deep for white (read again with the cast taken
  // out); a navy uniform's open collar, its skin balanced, is still no white front.
  await put('suit-shade-tungsten-near-miss.jpg', (await grain(await sharp(scenes.suitShade()).png().toBuffer(), 6)).linear(TUNGSTEN, [0, 0, 0]).jpeg({ quality: 85 }));
  await put('navy-open-collar-tungsten.jpg', (await grain(await sharp(scenes.navyOpenCollar()).png().toBuffer(), 6)).linear(TUNGSTEN, [0, 0, 0]).jpeg({ quality: 85 }));
  // The officer and a suit whose shirt is in deep shade, beside a bright window, taken a stop dark (the eval's darker
  // variant, every channel x0.7): levelled to its white point the picture's white is at 235, and the shirt's shade
  // falls under white (read again levelled on to 255).
  await put('navy-officer-dark.jpg', (await grain(await sharp(scenes.navyOfficerWindow()).png().toBuffer(), 6)).linear(DARKER, 0).jpeg({ quality: 85 }));
  await put('suit-shade-dark-near-miss.jpg', (await grain(await sharp(scenes.suitDeepShade()).png().toBuffer(), 6)).linear(DARKER, 0).jpeg({ quality: 85 }));
  // A shield held up to the camera, turned 12 degrees, and a trophy shield held the same way.
  await put('badge-held.jpg', sharp(await (await grain(await sharp(scenes.heldBadge()).png().toBuffer(), 6)).png().toBuffer()).rotate(12, { background: '#6b5a4a' }).jpeg({ quality: 85 }));
  await put('award-shield-near-miss.jpg', sharp(await (await grain(await sharp(scenes.heldAward()).png().toBuffer(), 6)).png().toBuffer()).rotate(12, { background: '#6b5a4a' }).jpeg({ quality: 85 }));
  await put('wallet-badge.jpg', (await grain(await sharp(scenes.walletBadge()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('wallet-star.jpg', (await grain(await sharp(scenes.walletStar()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('shield-number-bar.jpg', (await grain(await sharp(scenes.shieldNumberBar()).png().toBuffer(), 6)).jpeg({ quality: 82 }));
  await put('shield-number-bar-near-miss.jpg', (await grain(await sharp(scenes.shieldNumberBarNearMiss()).png().toBuffer(), 6)).jpeg({ quality: 82 }));
  // Black print on white that the face detector takes for small faces on its 0s, 8s and 4s (boxes too small for the mesh).
  await put('print-serif-near-miss.jpg', sharp(printLineSvg('Room 404 / Floor 8', 'DejaVu Serif', 40)).jpeg());
  await put('print-mono-near-miss.jpg', sharp(printLineSvg('Room 404 / Floor 8', 'DejaVu Sans Mono', 34)).jpeg());
  await put('print-mono-large-near-miss.jpg', sharp(printLineSvg('Open 9:00-17:30', 'DejaVu Sans Mono', 48)).jpeg());
  // A chest shot with a numbered star on a navy uniform shirt; a jersey number and a price tag on a dark shirt.
  await put('chest-star-number.jpg', (await grain(await sharp(scenes.chestStar()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('chest-jersey-near-miss.jpg', (await grain(await sharp(scenes.chestJersey()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('chest-price-tag-near-miss.jpg', (await grain(await sharp(scenes.chestPriceTag()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  // A chest shot with a collar number on each epaulette; the same epaulettes with a rank's pips, and a brand tag on the shoulder.
  await put('shoulder-numbers.jpg', (await grain(await sharp(scenes.shoulderNumbers()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('rank-slides-near-miss.jpg', (await grain(await sharp(scenes.rankSlides()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('shoulder-tag-near-miss.jpg', (await grain(await sharp(scenes.shoulderTag()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('wallet-near-miss.jpg', (await grain(await sharp(scenes.walletNearMiss()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  // People seen from behind, too small on the working raster for their sleeves (read close up); sleeve patches on a navy
  // shirt's edges before a pale wall that passes the patch colour test too.
  await put('officers-back-patches.jpg', (await grain(await sharp(scenes.officersBack()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('coats-back-logo-near-miss.jpg', (await grain(await sharp(scenes.coatsBackLogo()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('navy-patches-pale-wall.jpg', (await grain(await sharp(scenes.navyPatches()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('navy-clocks-near-miss.jpg', (await grain(await sharp(scenes.navyClocks()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  // A department's initials on an officer's chest (sleeve patches); a parcel firm's on a courier's plain jacket.
  await put('navy-initials.jpg', (await grain(await sharp(scenes.navyInitials()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  await put('courier-initials-near-miss.jpg', (await grain(await sharp(scenes.courierInitials()).png().toBuffer(), 6)).jpeg({ quality: 85 }));
  // POLICE squeezed across an officer's chest seen side-on, read with its L and I run together; POLISH DELI the same way.
  await put('side-on-police.jpg', sharp(await (await grain(await sharp(scenes.sideOnPolice()).png().toBuffer(), 8)).blur(0.8).png().toBuffer()).jpeg({ quality: 70 }));
  await put('side-on-deli-near-miss.jpg', sharp(await (await grain(await sharp(scenes.sideOnDeli()).png().toBuffer(), 8)).blur(0.8).png().toBuffer()).jpeg({ quality: 70 }));
  // Police tape printed POLIZEI between short stripes across a street; POLICE on three patrol cars parked in a row.
  // A far thin tape across a street, its print lost at the vision raster and read on the working raster; a yellow
  // rope as thick, its twist shaded; a yellow kayak, its cockpit and paddler dark in the middle of the yellow.
  await put('far-tape-street.jpg', (await grain(await sharp(farTapeSvg(true)).png().toBuffer(), 7)).jpeg({ quality: 84 }));
  await put('yellow-rope-near-miss.jpg', (await grain(await sharp(farTapeSvg(false)).png().toBuffer(), 7)).jpeg({ quality: 84 }));
  // A thicker yellow rope (8 px) and a yellow kerb crossed by railing shadows: both dim as far print does at the vision
  // raster, neither shows dark print on the working raster.
  await put('yellow-rope-thick-near-miss.jpg', (await grain(await sharp(farTapeSvg(false, 8)).png().toBuffer(), 7)).jpeg({ quality: 84 }));
  await put('kerb-shadows-near-miss.jpg', (await grain(await sharp(kerbShadowsSvg()).png().toBuffer(), 7)).jpeg({ quality: 84 }));
  await put('kayak-near-miss.jpg', (await grain(await sharp(kayakSvg()).png().toBuffer(), 7)).jpeg({ quality: 84 }));
  // A white flyer with a navy heading and black text: its text rims, with the blue "cast" removed, read as faded tape.
  await put('flyer-text-near-miss.png', sharp(flyerSvg()).png());
  await put('polizei-tape.jpg', (await grain(await sharp(polizeiTapeSvg()).png().toBuffer(), 7)).jpeg({ quality: 84 }));
  await put('cars-in-row-near-miss.jpg', (await grain(await sharp(carsInRowSvg()).png().toBuffer(), 7)).jpeg({ quality: 84 }));

  // Metadata (exiftool).
  const base = (await grain(await sharp(scenes.clean()).png().toBuffer(), 6)).jpeg({ quality: 80 });
  const thumb = join(out, '.thumb.jpg');
  await sharp(scenes.houseNumber()).resize(160).jpeg({ quality: 70 }).toFile(thumb);

  // GPS inside the profile's sensitive place (HCPD 5th Precinct, 40.7128,-74.0060, 150 m), with a thumbnail.
  const gpsStation = await put('gps-station.jpg', base.clone());
  exiftool(gpsStation, [
    '-GPSLatitude=40.71310',
    '-GPSLatitudeRef=N',
    '-GPSLongitude=74.00550',
    '-GPSLongitudeRef=W',
    `-ThumbnailImage<=${thumb}`,
  ]);
  // GPS in XMP only (no EXIF GPS IFD), far from any sensitive place.
  const gpsXmp = await put('gps-xmp.jpg', base.clone());
  exiftool(gpsXmp, ['-XMP-exif:GPSLatitude=48.8584 N', '-XMP-exif:GPSLongitude=2.2945 E']);

  // People: MWG face regions (with EXIF orientation 6), IPTC Extension PersonInImage, Lightroom/digiKam keywords.
  const people = await put('people-tags.jpg', (await grain(await sharp(scenes.clean()).rotate(-90).png().toBuffer(), 6)).jpeg({ quality: 80 }));
  const regions =
    '{AppliedToDimensions={W=320,H=480,Unit=pixel},RegionList=[' +
    '{Name=Marcus Delgado,Type=Face,Area={X=0.25,Y=0.30,W=0.20,H=0.10,Unit=normalized}},' +
    '{Name=Jordan Example,Type=Face,Area={X=0.70,Y=0.60,W=0.20,H=0.10,Unit=normalized}}]}';
  exiftool(people, [
    '-Orientation#=6',
    `-XMP-mwg-rs:RegionInfo=${regions}`,
    '-XMP-iptcExt:PersonInImage=Renee Whitfield',
    '-XMP-lr:HierarchicalSubject=People|Hannah Okafor',
    '-XMP-digiKam:TagsList=People/Hannah Okafor',
    '-XMP-dc:Subject=harbor',
  ]);

  // Photographer identity and prose fields the text detectors read.
  const identity = await put('camera-identity.jpg', base.clone());
  exiftool(identity, [
    '-Artist=Sam Perrault',
    '-Copyright=(c) Sam Perrault',
    '-OwnerName=S. Perrault',
    '-SerialNumber=CP0042917',
    '-XMP-dc:Creator=Sam Perrault',
    '-IPTC:By-line=Sam Perrault',
    '-ImageDescription=Call me at (555) 010-7788 after shift',
    '-UserComment=home: 88 Quarry Road',
    '-Comment=draft for the precinct page',
  ]);

  // An iPhone-style HEIC: the house-number plaque, GPS at the station and the photographer in EXIF. heif-enc (Debian:
  // libheif-examples) encodes HEVC and copies the JPEG's EXIF block.
  const heicSource = await put('.house-number-heic.jpg', (await grain(await sharp(scenes.houseNumber()).png().toBuffer(), 6)).jpeg({ quality: 90 }));
  exiftool(heicSource, ['-GPSLatitude=40.71310', '-GPSLatitudeRef=N', '-GPSLongitude=74.00550', '-GPSLongitudeRef=W', '-Artist=Sam Perrault']);
  const heic = join(out, 'house-number.heic');
  execFileSync('heif-enc', ['-q', '50', '-o', heic, heicSource], { stdio: 'ignore' });
  written.pop();
  written.push(heic);
  execFileSync('rm', ['-f', heicSource]);

  // Broken inputs: each must give a one-line InputError.
  const raw = await sharp(scenes.carDoor()).jpeg().toBuffer();
  for (const [name, bytes] of [
    ['broken-truncated.jpg', raw.subarray(0, Math.floor(raw.length / 2))],
    ['broken-empty.png', Buffer.alloc(0)],
    ['broken-not-an-image.jpg', Buffer.from('This is a text file saved with a .jpg name.\n')],
    ['broken-gigapixel.png', gigapixelPng()],
    ['broken-heic.heic', Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic'), Buffer.alloc(64)])],
  ] as const) {
    const file = join(out, name);
    writeFileSync(file, bytes);
    written.push(file);
  }
  execFileSync('rm', ['-f', thumb]);
  return written;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? 'fixtures/images';
  makeImageFixtures(out)
    .then((files) => process.stdout.write(`wrote ${files.length} files to ${out}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    });
}

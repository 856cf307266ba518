// Badges and shields carrying a number, on pictures rendered here, both ways: a shield, a star, a seven-point badge
// and an oval are found; a race bib, house number plates (brass, square or round-cornered), a price tag and a door are not.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { emblemCues } from '../../src/inputs/emblem.js';
import type { Raster } from '../../src/inputs/vision.js';

async function render(svg: string): Promise<Raster> {
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** A 480 x 420 picture on a background, and the number 4471 read at the given box (as OCR would give it). */
const picture = (bg: string, shape: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="420"><rect width="100%" height="100%" fill="${bg}"/>${shape}</svg>`;
const number = (x: number, y: number, width = 110, height = 34, text = '4471') => [{ text, confidence: 90, box: { x, y, width, height } }];
const kinds = async (svg: string, words = number(185, 240)) => emblemCues(await render(svg), words, 1).map((c) => c.kind);

const SHIELD = 'M240 30 L400 90 L380 270 Q240 400 240 400 Q240 400 100 270 L80 90 Z';
const star = (cx: number, cy: number, r: number, points: number) =>
  Array.from({ length: points * 2 }, (_, i) => {
    const a = (Math.PI * i) / points - Math.PI / 2;
    const rr = i % 2 ? r * 0.5 : r;
    return `${(cx + rr * Math.cos(a)).toFixed(1)},${(cy + rr * Math.sin(a)).toFixed(1)}`;
  }).join(' ');

describe('emblemCues', () => {
  it('finds a gold shield, silver and gold stars and an oval plaque carrying a number', async () => {
    expect(await kinds(picture('#2b2f3a', `<path d="${SHIELD}" fill="#d4b24c"/><text x="240" y="200" text-anchor="middle" font-size="44">POLICE</text>`))).toEqual([
      'badge:shield',
    ]);
    // An oval is an emblem, not a badge by its shape alone (a house number plaque can be oval).
    expect(await kinds(picture('#7a3b2a', '<ellipse cx="240" cy="257" rx="150" ry="110" fill="#c9a13a"/>'))).toEqual(['badge:emblem']);
    expect(await kinds(picture('#1c2c4c', `<polygon points="${star(240, 230, 190, 6)}" fill="#e6e6e6"/>`), number(190, 215, 100, 30))).toEqual(['badge:shield']);
    expect(await kinds(picture('#3a2a1a', `<polygon points="${star(240, 215, 190, 7)}" fill="#caa53a"/>`), number(190, 200, 100, 30))).toEqual(['badge:shield']);
  });

  it('finds nothing round a race bib, a house number plate, a price tag or a number painted on a door', async () => {
    // A white bib pinned on a red shirt.
    expect(await kinds(picture('#b02020', '<rect x="110" y="150" width="260" height="200" fill="#f6f6f6"/>'))).toEqual([]);
    // Brass plates on a brick wall: square and with rounded corners.
    expect(await kinds(picture('#7a3b2a', '<rect x="120" y="170" width="240" height="150" fill="#c9a13a"/>'))).toEqual([]);
    expect(await kinds(picture('#7a3b2a', '<rect x="120" y="170" width="240" height="150" rx="24" fill="#c9a13a"/>'))).toEqual([]);
    // A price tag with a clipped corner and a string hole, on a grey shelf.
    expect(await kinds(picture('#8a8a8a', '<path d="M130 170 L330 170 L370 210 L370 320 L130 320 Z" fill="#fbfbf8"/><circle cx="345" cy="215" r="8" fill="#8a8a8a"/>'))).toEqual([]);
    // A number on a big gold door: metal all the way to the edge of every window.
    expect(await kinds(picture('#c9a13a', ''))).toEqual([]);
  });

  it('a close-up badge whose tip or point the frame cuts (turned a few degrees, cropped tight) is an emblem, not a shield by its shape', async () => {
    // The fixture's shield turned 4 degrees and cropped (the eval's tilt4): its tip runs 10 px past the bottom edge.
    expect(await kinds(picture('#2b2f3a', `<path d="${SHIELD}" fill="#d4b24c" transform="translate(0 30)"/>`), number(185, 270))).toEqual(['badge:emblem']);
    // A silver star with one point past the top edge.
    expect(await kinds(picture('#1c2c4c', `<polygon points="${star(240, 200, 215, 6)}" fill="#e6e6e6"/>`), number(190, 185, 100, 30))).toEqual(['badge:emblem']);
    // Near misses: a brass plate and a white door panel running off the frame along a side stay plates.
    expect(await kinds(picture('#7a3b2a', '<rect x="0" y="170" width="360" height="150" fill="#c9a13a"/>'), number(120, 228))).toEqual([]);
    expect(await kinds(picture('#3a4450', '<rect x="120" y="120" width="360" height="300" fill="#f2f2f2"/>'), number(240, 250))).toEqual([]);
  });

  it('a silver shield shaded from polished highlights to grey is a shield by its shape; a matte grey one of the same shape is an emblem only', async () => {
    const shaded = '<defs><linearGradient id="s" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f4f4f6"/><stop offset="0.5" stop-color="#b8bcc4"/><stop offset="1" stop-color="#5a5e66"/></linearGradient></defs>';
    expect(await kinds(picture('#2b2f3a', `${shaded}<path d="${SHIELD}" fill="url(#s)"/>`))).toEqual(['badge:shield']);
    expect(await kinds(picture('#3a2616', `${shaded}<path d="${SHIELD}" fill="url(#s)"/>`))).toEqual(['badge:shield']);
    // Matte grey, flat (a plate, a sign cut as a shield): no highlights.
    expect(await kinds(picture('#2b2f3a', `<path d="${SHIELD}" fill="#a4a29c"/>`))).toEqual(['badge:emblem']);
    // Matte grey in a rectangle (a door plate) is no badge.
    expect(await kinds(picture('#2b2f3a', '<rect x="110" y="150" width="260" height="200" fill="#a4a29c"/>'))).toEqual([]);
  });

  it('a white plate lit from one side is no shield: its polished corner fades on into grey (the lit part of a rectangle)', async () => {
    const lit = '<defs><linearGradient id="l" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset="0.45" stop-color="#dcdcdc"/><stop offset="1" stop-color="#808080"/></linearGradient></defs>';
    const plate = `${lit}<rect x="110" y="150" width="260" height="200" fill="url(#l)"/>`;
    // Before: the corner brighter than polished silver's threshold alone, a triangle (fill 0.59), was a shield.
    for (const ground of ['#2b2f3a', '#1c2c4c', '#6a6a6a']) expect(await kinds(picture(ground, plate))).toEqual([]);
    // The same lighting on a shield: read whole, polished and dull, it is a shield.
    expect(await kinds(picture('#2b2f3a', `${lit}<path d="${SHIELD}" fill="url(#l)"/>`))).toEqual(['badge:shield']);
    // A flat polished shield on a light grey shirt keeps its edge (a step, not a slope).
    expect(await kinds(picture('#c8c8c8', `<path d="${SHIELD}" fill="#e6e6e6"/>`))).toEqual(['badge:shield']);
  });

  it('a shield lit from one side on a mid or light grey ground is an emblem by its lit part; a plate lit so stays nothing', async () => {
    const lit = '<defs><linearGradient id="l" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset="0.45" stop-color="#dcdcdc"/><stop offset="1" stop-color="#808080"/></linearGradient></defs>';
    const white = '<defs><linearGradient id="l" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset="0.45" stop-color="#e0e0e0"/><stop offset="1" stop-color="#cfcfcf"/></linearGradient></defs>';
    // Before: the whole surface, polished and dull, grew into the grey ground, and nothing was found.
    for (const ground of ['#9a9a9a', '#b4b4b4', '#c8c8c8']) expect(await kinds(picture(ground, `${lit}<path d="${SHIELD}" fill="url(#l)"/>`))).toEqual(['badge:emblem']);
    expect(await kinds(picture('#c8c8c8', `${white}<path d="${SHIELD}" fill="url(#l)"/>`))).toEqual(['badge:emblem']);
    // A rectangle's lit corner meets its ground only along the rectangle's sides: nothing, on every ground.
    for (const ground of ['#9a9a9a', '#b4b4b4', '#c8c8c8']) expect(await kinds(picture(ground, `${lit}<rect x="110" y="150" width="260" height="200" fill="url(#l)"/>`))).toEqual([]);
    // A plate seen turned meets it along slanted sides as a shield does: an emblem at most, never a shield by its shape.
    expect(await kinds(picture('#c8c8c8', `${lit}<rect x="110" y="150" width="260" height="200" transform="rotate(10 240 250)" fill="url(#l)"/>`))).toEqual(['badge:emblem']);
    // On a dark ground nothing changes: the lit shield is read whole and is a shield.
    expect(await kinds(picture('#6a6a6a', `${lit}<path d="${SHIELD}" fill="url(#l)"/>`))).toEqual(['badge:shield']);
  });

  it('a gold shield or star on a white or pale grey ground is an emblem; a plate, an oval, a turned plate or silver lit to white is not', async () => {
    // Before: white is polished silver to isBadgeMetal, so the badge's metal grew into the ground and nothing was found.
    for (const ground of ['#ffffff', '#f2f2f2', '#dadada']) expect(await kinds(picture(ground, `<path d="${SHIELD}" fill="#d4b24c"/>`))).toEqual(['badge:emblem']);
    expect(await kinds(picture('#ffffff', `<polygon points="${star(240, 230, 170, 6)}" fill="#caa53a"/>`), number(190, 215, 100, 30))).toEqual(['badge:emblem']);
    // Near misses on white: a brass plate, an oval plaque, a plate seen turned, a price tag.
    expect(await kinds(picture('#ffffff', '<rect x="110" y="150" width="260" height="200" fill="#c9a13a"/>'))).toEqual([]);
    expect(await kinds(picture('#ffffff', '<ellipse cx="240" cy="257" rx="150" ry="110" fill="#c9a13a"/>'))).toEqual([]);
    expect(await kinds(picture('#ffffff', '<rect x="110" y="150" width="260" height="200" transform="rotate(10 240 250)" fill="#c9a13a"/>'))).toEqual([]);
    expect(await kinds(picture('#f2f2f2', '<path d="M130 170 L330 170 L370 210 L370 320 L130 320 Z" fill="#e0b040"/>'))).toEqual([]);
    // Silver lit to the ground's white on one side: its outline there is the light's, shield or plate alike.
    const lit = '<defs><linearGradient id="l" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ffffff"/><stop offset="0.45" stop-color="#dcdcdc"/><stop offset="1" stop-color="#808080"/></linearGradient></defs>';
    expect(await kinds(picture('#ffffff', `${lit}<rect x="110" y="150" width="260" height="200" transform="rotate(10 240 250)" fill="url(#l)"/>`))).toEqual([]);
    expect(await kinds(picture('#ffffff', `${lit}<path d="${SHIELD}" fill="url(#l)"/>`))).toEqual([]);
  });

  it('finds nothing for words that are not numbers, tiny numbers, or an object cut off by the frame', async () => {
    const svg = picture('#2b2f3a', `<path d="${SHIELD}" fill="#d4b24c"/>`);
    expect(await kinds(svg, [{ text: 'POLICE', confidence: 90, box: { x: 185, y: 240, width: 110, height: 34 } }])).toEqual([]);
    expect(await kinds(svg, number(236, 250, 8, 4))).toEqual([]);
    expect(await kinds(picture('#2b2f3a', `<path d="${SHIELD}" fill="#d4b24c" transform="translate(0 140)"/>`), number(185, 330))).toEqual([]);
  });
});

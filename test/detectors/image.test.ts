// Image screening end to end (fixtures/images and, when present, ../shared/images/real), plus the pure image
// detectors on hand-built analyses. One OCR pool and one set of face models are shared by every test here.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { preparedFor, renderMessage, type Hit } from '../../src/core/engine.js';
import { InputError } from '../../src/core/errors.js';
import { ImageScreener } from '../../src/core/image-engine.js';
import type { ImageAnalysisInput, ImageDetector, Profile, VisionCue } from '../../src/core/types.js';
import { imageDetectors, registry } from '../../src/detectors/index.js';
import { makeCrowdPhoto } from '../../src/scripts/bench-images.js';
import { unnamedHits } from '../helpers/rule-tester.js';
import { tempDir } from '../helpers/tmp.js';

const profile = loadConfig('fixtures/profile.yaml').profile;
/** The context the image engine hands a detector: a personal post, with its prepare(profile) result. */
const ctxOf = (d: ImageDetector, p: Profile) => ({ context: 'personal' as const, profile: p, prepared: preparedFor(d, p) });
const options = { context: 'personal' as const, profile, detectors: registry.text, imageDetectors: registry.image };

// OCR on, faces off for the synthetic fixtures (there are no faces in them); faces on for the real photos.
// No OCR time limit here: on a loaded machine a limit cuts the reading short and the assertions on what is read fail
// at random (the 5 s default did; with 120 s the hi-vis crowd test, whose lettering is read in the close passes that
// start only before the deadline, failed once under heavy load). A test that runs too long fails on its own timeout
// instead; the limit itself is tested where it is set.
const ocrTimeLimitMs = Number.POSITIVE_INFINITY;
const ocrScreener = new ImageScreener({ ocr: true, faces: false, workers: 2, ocrTimeLimitMs });
const fullScreener = new ImageScreener({ ocr: true, faces: true, workers: 2, ocrTimeLimitMs });
afterAll(async () => {
  await ocrScreener.close();
  await fullScreener.close();
});

const cache = new Map<string, Promise<Hit[]>>();
function screen(file: string, screener = ocrScreener, p: Profile = profile): Promise<Hit[]> {
  const key = `${file}|${screener === ocrScreener ? 'ocr' : 'full'}|${p === profile ? '' : 'custom'}`;
  let hits = cache.get(key);
  if (!hits) {
    hits = screener.screen(file, readFileSync(file), { ...options, profile: p });
    cache.set(key, hits);
  }
  return hits;
}
const ids = (hits: Hit[]) => [...new Set(hits.map((h) => h.ruleId))].sort();

/** What each fixture must produce (`must`) and must not (`never`); fixtures/images/README.md says the same. */
const FIXTURES: [string, string[], string[]][] = [
  ['badge.png', ['image/police-markings'], ['case/crime-scene']],
  ['name-tag.png', ['image/police-markings', 'id/coworker'], []],
  ['police-tape.jpg', ['case/crime-scene', 'image/police-markings'], []],
  ['house-number.jpg', ['pii/address'], ['image/police-markings']],
  ['house-number.heic', ['pii/address', 'image/gps', 'image/camera-identity'], ['image/police-markings']],
  ['police-car-door.webp', ['image/police-markings'], []],
  ['police-car-door.tiff', ['image/police-markings'], []],
  ['police-car-door.gif', ['image/police-markings'], []],
  ['gps-station.jpg', ['image/gps', 'image/thumbnail'], []],
  ['gps-xmp.jpg', ['image/gps'], ['image/thumbnail']],
  ['people-tags.jpg', ['image/people-tags', 'id/coworker', 'id/undercover'], []],
  ['camera-identity.jpg', ['image/camera-identity', 'pii/phone', 'pii/address'], ['image/gps']],
  ['clean.png', [], imageDetectors.map((d) => d.id)],
  ['road-line.jpg', [], ['case/crime-scene']],
  ['evidence-markers-standing.jpg', ['case/crime-scene'], []],
  ['evidence-markers-washed.jpg', ['case/crime-scene'], []],
  ['calendar-near-miss.jpg', [], ['case/crime-scene']],
  ['traffic-cones.jpg', [], ['case/crime-scene']],
  ['vest-hidden-word.jpg', ['image/police-markings'], []],
  ['shop-signs.jpg', [], imageDetectors.map((d) => d.id)],
  ['striped-police-tape.jpg', ['case/crime-scene'], []],
  ['striped-near-miss.jpg', [], ['case/crime-scene']],
  ['cordon.jpg', ['case/crime-scene'], []],
  ['cordon-near-miss.jpg', [], ['case/crime-scene']],
  ['tent-markers.jpg', ['case/crime-scene'], []],
  ['tent-markers-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['paper-tape.jpg', ['case/crime-scene'], []],
  ['paper-tape-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['broken-tape.jpg', ['case/crime-scene'], []],
  ['broken-tape-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['far-markers.jpg', ['case/crime-scene'], []],
  ['far-markers-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['far-markers-warm.jpg', ['case/crime-scene'], []],
  ['far-markers-warm-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['evidence-markers-night.jpg', ['case/crime-scene'], []],
  ['night-road-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['far-cordon-pieces.jpg', ['case/crime-scene'], []],
  ['far-cordon-pieces-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['house-plaques-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['blurred-tape.jpg', ['case/crime-scene'], []],
  ['barrier-arm-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['fascia-street-tape.jpg', ['case/crime-scene', 'image/police-markings'], []],
  ['fascia-street-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['corridor-markers.jpg', ['case/crime-scene'], []],
  ['wet-floor-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['close-up-tape.jpg', ['case/crime-scene'], []],
  ['bus-side-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['patch-arc.jpg', ['image/police-markings'], []],
  ['patch-arc-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['badge-held.jpg', ['image/police-markings', 'id/badge-number'], []],
  ['award-shield-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['wallet-badge.jpg', ['image/police-markings', 'id/badge-number'], ['image/uniform']],
  ['wallet-star.jpg', ['id/badge-number'], ['image/uniform']],
  ['wallet-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['shield-number-bar.jpg', ['image/police-markings', 'id/badge-number'], []],
  ['shield-number-bar-near-miss.jpg', ['image/police-markings'], ['id/badge-number']],
  ['police-car-cordon.jpg', ['case/crime-scene', 'image/police-markings'], []],
  ['police-car-rail-near-miss.jpg', ['image/police-markings'], ['case/crime-scene']],
  ['red-white-police-car.jpg', ['case/crime-scene', 'image/police-markings'], []],
  ['red-white-van-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['red-white-blocks-police-car.jpg', ['case/crime-scene', 'image/police-markings'], []],
  ['red-white-blocks-van-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['scene-unit-van.jpg', ['case/crime-scene'], []],
  ['forensic-accountants-van-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['evidence-bag.jpg', ['case/crime-scene'], []],
  ['evidence-novel-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['polizei-tape.jpg', ['case/crime-scene', 'image/police-markings'], []],
  ['cars-in-row-near-miss.jpg', ['image/police-markings'], ['case/crime-scene']],
  ['carabineros-door.jpg', ['image/police-markings'], []],
  ['newsstand-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
  ['cjk-police-door.jpg', ['image/police-markings'], []],
  ['cjk-office-notice-near-miss.jpg', [], imageDetectors.map((d) => d.id)],
];

describe('fixtures/images', () => {
  it.each(FIXTURES)('%s', async (name, must, never) => {
    const hits = await screen(`fixtures/images/${name}`);
    for (const id of must) expect(ids(hits)).toContain(id);
    for (const id of never) expect(ids(hits)).not.toContain(id);
  }, 120_000);

  it('crime scene: close-up tape broken into slabs by glare and a twist is read as tape without OCR; a fascia cut by pillars is not', async () => {
    const blind = new ImageScreener({ ocr: false, faces: false });
    const tapeHits = async (name: string) => {
      const file = `fixtures/images/${name}`;
      return (await blind.screen(file, readFileSync(file), options)).filter((h) => h.ruleId === 'case/crime-scene');
    };
    const broken = await tapeHits('broken-tape.jpg');
    expect(broken.map((h) => [h.source, h.pattern])).toEqual([['vision', 'tape-band']]);
    expect(broken[0].message).toContain('in pieces where glare or a twist breaks it');
    expect(await tapeHits('broken-tape-near-miss.jpg')).toEqual([]);
    await blind.close();
  }, 120_000);

  it('crime scene: evidence cards far down a street, specks at the vision raster, are read closer; small speed plates and a diamond sign are not', async () => {
    const blind = new ImageScreener({ ocr: false, faces: false });
    const markerHits = async (name: string) => {
      const file = `fixtures/images/${name}`;
      return (await blind.screen(file, readFileSync(file), options)).filter((h) => h.ruleId === 'case/crime-scene');
    };
    const far = await markerHits('far-markers.jpg');
    expect(far.map((h) => [h.source, h.pattern])).toEqual([['vision', 'evidence-markers']]);
    expect(far[0].evidence).toBe('2 evidence markers (all far off, read closer)');
    expect(await markerHits('far-markers-near-miss.jpg')).toEqual([]);
    // Under a warm white balance the plates' small MPH still counts: it is read on the green channel.
    expect((await markerHits('far-markers-warm.jpg')).map((h) => h.pattern)).toEqual(['evidence-markers']);
    expect(await markerHits('far-markers-warm-near-miss.jpg')).toEqual([]);
    // Lit cards on a night road: the exposure step clips them to white, so they are read on the picture as taken.
    const night = await markerHits('evidence-markers-night.jpg');
    expect(night.map((h) => h.pattern)).toEqual(['evidence-markers']);
    expect(await markerHits('night-road-near-miss.jpg')).toEqual([]);
    // Yellow house-number plaques beside three doors: one size, one row, a house apart. Plaques, not markers.
    expect(await markerHits('house-plaques-near-miss.jpg')).toEqual([]);
    await blind.close();
  }, 120_000);

  it('crime scene without OCR: far tape hanging between posts, its middle hidden by a van, is one tape in two pieces; two shop signs at two heights are not', async () => {
    const blind = new ImageScreener({ ocr: false, faces: false });
    const tapeHits = async (name: string) => {
      const file = `fixtures/images/${name}`;
      return (await blind.screen(file, readFileSync(file), options)).filter((h) => h.ruleId === 'case/crime-scene');
    };
    const pieces = await tapeHits('far-cordon-pieces.jpg');
    expect(pieces.map((h) => [h.source, h.pattern])).toEqual([['vision', 'tape-band']]);
    expect(pieces[0].message).toContain('in pieces along one line');
    expect(await tapeHits('far-cordon-pieces-near-miss.jpg')).toEqual([]);
    await blind.close();
  }, 120_000);

  it('crime scene without OCR: tape near the lens and out of focus, its letters blurred to olive blotches, is tape; a barrier arm with thin dark bands as blurred is not', async () => {
    const blind = new ImageScreener({ ocr: false, faces: false });
    const tapeHits = async (name: string) => {
      const file = `fixtures/images/${name}`;
      return (await blind.screen(file, readFileSync(file), options)).filter((h) => h.ruleId === 'case/crime-scene');
    };
    const soft = await tapeHits('blurred-tape.jpg');
    expect(soft.map((h) => [h.source, h.pattern])).toEqual([['vision', 'tape-band']]);
    expect(soft[0].message).toContain('out of focus, its print blurred');
    expect(await tapeHits('barrier-arm-near-miss.jpg')).toEqual([]);
    await blind.close();
  }, 120_000);

  it('crime scene without OCR: tents in a corridor are markers, wet-floor signs printed with words are not; a close-up of tape is tape, a bus side with windows is not', async () => {
    const blind = new ImageScreener({ ocr: false, faces: false });
    const sceneHits = async (name: string) => {
      const file = `fixtures/images/${name}`;
      return (await blind.screen(file, readFileSync(file), options)).filter((h) => h.ruleId === 'case/crime-scene').map((h) => [h.source, h.pattern, h.evidence]);
    };
    expect(await sceneHits('corridor-markers.jpg')).toEqual([['vision', 'evidence-markers', '2 evidence markers']]);
    expect(await sceneHits('wet-floor-near-miss.jpg')).toEqual([]);
    expect(await sceneHits('close-up-tape.jpg')).toEqual([['vision', 'tape-band', 'yellow band, -3°']]);
    expect(await sceneHits('bus-side-near-miss.jpg')).toEqual([]);
    await blind.close();
  }, 120_000);

  it('GPS: exact in the evidence only (masked in reports by default), and the sensitive place named', async () => {
    const gps = (await screen('fixtures/images/gps-station.jpg')).find((h) => h.ruleId === 'image/gps')!;
    expect(gps).toMatchObject({ source: 'metadata', tag: 'GPS:GPSLatitude', evidence: '40.713100, -74.005500' });
    expect(gps.message).toContain('HCPD 5th Precinct station house');
    expect(gps.message).not.toMatch(/40\.7|74\.0/);
    const far = (await screen('fixtures/images/gps-xmp.jpg')).find((h) => h.ruleId === 'image/gps')!;
    expect(far.message).not.toContain('inside');
  }, 120_000);

  it('people tags: roster names raise id/coworker or id/undercover, consent and strangers do not', async () => {
    const hits = await screen('fixtures/images/people-tags.jpg');
    const of = (rule: string) => hits.filter((h) => h.ruleId === rule).map((h) => h.evidence).sort();
    expect(of('image/people-tags')).toEqual(['Hannah Okafor', 'Jordan Example', 'Marcus Delgado', 'Renee Whitfield']);
    expect(of('id/undercover')).toEqual(['Marcus Delgado']);
    expect(of('id/coworker')).toEqual(['Renee Whitfield']);
    const delgado = hits.find((h) => h.ruleId === 'id/undercover')!;
    expect(delgado).toMatchObject({ source: 'metadata', tag: 'XMP-mwg-rs:RegionName', box: { x: 312, y: 48, width: 48, height: 64 } });
    // Someone not on the roster is not cited as a member: the tag is capped at a warning and says so.
    const capped = hits.filter((h) => h.ruleId === 'image/people-tags' && h.severityCap === 'warning').map((h) => h.evidence);
    expect(capped).toEqual(['Jordan Example']);
  }, 120_000);

  it('OCR hits carry offsets into the OCR text and the words\' pixel box', async () => {
    const hits = await screen('fixtures/images/police-car-door.webp');
    const police = hits.find((h) => h.ruleId === 'image/police-markings' && h.evidence === 'POLICE')!;
    expect(police).toMatchObject({ source: 'ocr', start: expect.any(Number), end: expect.any(Number) });
    // POLICE is painted at x 100-540, y 100-170 of the 640x400 door.
    expect(police.box!.x).toBeGreaterThan(90);
    expect(police.box!.x + police.box!.width).toBeLessThan(560);
    expect(police.box!.y).toBeGreaterThan(80);
    expect(police.box!.y + police.box!.height).toBeLessThan(190);
    expect(hits.some((h) => h.ruleId === 'image/police-markings' && h.evidence.includes('2147'))).toBe(true);
  }, 120_000);

  it('a name read on a tag carries the tag\'s whole text block as what hides it (user test 23, #18)', async () => {
    const hits = await screen('fixtures/images/name-tag.png');
    const name = hits.find((h) => h.ruleId === 'id/coworker' && h.source === 'ocr')!;
    expect(name.box).toBeDefined();
    const { box, cover } = name as Required<Hit>;
    // The rank and the agency line printed with the name are inside the cover, and the name's own box too.
    expect(cover.x).toBeLessThanOrEqual(box.x);
    expect(cover.y).toBeLessThanOrEqual(box.y);
    expect(cover.x + cover.width).toBeGreaterThanOrEqual(box.x + box.width);
    expect(cover.height).toBeGreaterThan(1.5 * box.height);
    // Scene wording is not a tag: POLICE read on the same picture keeps its own box only.
    expect(hits.filter((h) => h.ruleId === 'image/police-markings').every((h) => h.cover === undefined)).toBe(true);
  }, 120_000);

  it('names a number read beside police markings by what the picture says: badge, unit or car, or neither', async () => {
    const render = async (lines: [string, number][], w: number, h: number) => {
      const text = lines.map(([t, size], i) => `<text x="${w / 2}" y="${90 + i * 100}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="${size}">${t}</text>`);
      return sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#e8c547"/>${text.join('')}</svg>`)).png().toBuffer();
    };
    const kindsOf = async (name: string, png: Buffer) =>
      (await ocrScreener.screen(name, png, options)).filter((h) => h.ruleId === 'image/police-markings' && /\d/.test(h.evidence)).map((h) => h.message);
    const badge = await kindsOf('shield.png', await render([['POLICE OFFICER', 56], ['BADGE 4471', 64]], 700, 260));
    expect(badge).toEqual([expect.stringMatching(/a badge number/)]);
    const door = await kindsOf('door.png', await render([['POLICE', 80], ['UNIT 52', 64]], 700, 260));
    expect(door).toEqual([expect.stringMatching(/a unit or car number/)]);
    // The shield fixture says POLICE over 4471 and nothing else, on a gold shield: the shield makes it a badge number.
    const onShield = (await screen('fixtures/images/badge.png')).filter((h) => /\d/.test(h.evidence));
    expect(onShield.map((h) => [h.ruleId, h.message])).toEqual([
      ['image/police-markings', expect.stringMatching(/a badge number/)],
      ['id/badge-number', expect.stringMatching(/a badge number/)],
    ]);
  }, 120_000);

  it('a number on a metal shield or star is a badge number with no police word; on a bib, a door plate or a price tag it is not', async () => {
    const F = 'font-family="DejaVu Sans, sans-serif" font-weight="bold" text-anchor="middle"';
    const star = Array.from({ length: 12 }, (_, i) => {
      const a = (Math.PI * i) / 6 - Math.PI / 2;
      const r = i % 2 ? 110 : 220;
      return `${(300 + r * Math.cos(a)).toFixed(1)},${(260 + r * Math.sin(a)).toFixed(1)}`;
    }).join(' ');
    const pictures: [string, string, boolean][] = [
      ['star.png', `<rect width="100%" height="100%" fill="#1c2c4c"/><polygon points="${star}" fill="#dadada"/><text x="300" y="282" ${F} font-size="60" fill="#1b1b1b">2290</text>`, true],
      ['shield.png', `<rect width="100%" height="100%" fill="#2b2f3a"/><path d="M300 40 L470 100 L450 300 Q300 470 300 470 Q300 470 150 300 L130 100 Z" fill="#d4b24c"/><text x="300" y="290" ${F} font-size="64" fill="#1d1d1d">1187</text>`, true],
      ['bib.png', `<rect width="100%" height="100%" fill="#b02020"/><rect x="140" y="130" width="320" height="240" fill="#f6f6f6"/><text x="300" y="290" ${F} font-size="110" fill="#111">2290</text>`, false],
      ['plate.png', `<rect width="100%" height="100%" fill="#7a3b2a"/><rect x="150" y="170" width="300" height="160" rx="20" fill="#c9a13a"/><text x="300" y="280" ${F} font-size="90" fill="#222">1187</text>`, false],
      ['tag.png', `<rect width="100%" height="100%" fill="#8a8a8a"/><path d="M150 150 L410 150 L460 200 L460 350 L150 350 Z" fill="#fbfbf8"/><text x="300" y="290" ${F} font-size="100" fill="#c01010">$24</text>`, false],
    ];
    for (const [name, body, badge] of pictures) {
      const png = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="520">${body}</svg>`)).png().toBuffer();
      const hits = await ocrScreener.screen(name, png, options);
      expect([name, hits.some((h) => h.ruleId === 'id/badge-number')]).toEqual([name, badge]);
      expect(hits.filter((h) => h.ruleId === 'image/police-markings')).toEqual([]);
    }
  }, 120_000);

  it('a number beside police words on a matte or shaded silver shield is a badge number; on the same grey shield alone it is not', async () => {
    const F = 'font-family="DejaVu Sans, sans-serif" font-weight="bold" text-anchor="middle"';
    const shield = (fill: string, words: string) =>
      `<rect width="100%" height="100%" fill="#2b2f3a"/><path d="M300 40 L470 100 L450 300 Q300 470 300 470 Q300 470 150 300 L130 100 Z" fill="${fill}"/>${words}<text x="300" y="300" ${F} font-size="60" fill="#1d1d1d">4471</text>`;
    const police = `<text x="300" y="190" ${F} font-size="56" fill="#1d1d1d">POLICE</text>`;
    const pictures: [string, string, boolean][] = [
      // Nickel in room light (184, 180, 169), and the same a stop darker: not the bright silver a shield alone must be.
      ['matte.png', shield('#b8b4a9', police), true],
      ['shaded.png', shield('#817e76', police), true],
      // With no police word, a grey shape is no badge: a sign, a plaque, a wall.
      ['matte-alone.png', shield('#b8b4a9', ''), false],
    ];
    for (const [name, body, badge] of pictures) {
      const png = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="520">${body}</svg>`)).png().toBuffer();
      const hits = await ocrScreener.screen(name, png, options);
      expect([name, hits.some((h) => h.ruleId === 'id/badge-number')]).toEqual([name, badge]);
    }
  }, 120_000);

  it("a number on a shield's enamel panel is its badge number when a police word is on the same shield's metal; with no police word it is not", async () => {
    const F = 'font-family="DejaVu Sans, sans-serif" font-weight="bold" text-anchor="middle"';
    // A gold shield, POLICE engraved across its top, its number in gold on a navy enamel bar across its foot: the metal
    // round the number is enamel, so the shield is found round the word.
    const shield = (top: string, metal = '#c9a13a') =>
      `<rect width="100%" height="100%" fill="#23262e"/><path d="M300 30 L480 95 L460 320 Q300 490 300 490 Q300 490 140 320 L120 95 Z" fill="${metal}"/>` +
      `<text x="300" y="190" ${F} font-size="54" fill="#1d1d1d">${top}</text><rect x="170" y="250" width="260" height="130" fill="#1b2a5e"/><text x="300" y="328" ${F} font-size="40" fill="#e8c65a">4471</text>`;
    const pictures: [string, string, boolean][] = [
      ['enamel.png', shield('POLICE'), true],
      ['enamel-silver.png', shield('POLICE', '#d8dade'), true],
      // A club's or a brewery's shield with a number on its bar: no police word, no badge number.
      ['enamel-club.png', shield('RANGERS'), false],
    ];
    for (const [name, body, badge] of pictures) {
      const png = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="520">${body}</svg>`)).png().toBuffer();
      const hits = await ocrScreener.screen(name, png, options);
      expect([name, hits.some((h) => h.ruleId === 'id/badge-number')]).toEqual([name, badge]);
    }
  }, 120_000);

  it('police wording as photos show it is found, and words one letter away stay clean', async () => {
    const F = 'font-family="DejaVu Sans, sans-serif" font-weight="bold"';
    const photo = (w: number, h: number, body: string) =>
      sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#7d8a96"/>${body}</svg>`))
        .jpeg({ quality: 88 })
        .toBuffer();
    const markings = async (name: string, jpg: Buffer) =>
      (await ocrScreener.screen(name, jpg, options)).filter((h) => h.ruleId === 'image/police-markings').map((h) => h.evidence);
    // A door's POLICE in a photo turned on its side (read along the column, not letter by letter reversed).
    const sideways = await photo(1000, 1600, `<g transform="rotate(-90 500 800)"><rect x="50" y="650" width="900" height="260" fill="#f4f4f4"/><text x="100" y="840" ${F} font-size="150" fill="#0d2a6b">POLICE</text></g>`);
    expect(await markings('sideways.jpg', sideways)).toEqual(['POLICE']);
    // White on a dark vest, in Danish and Norwegian; a Garda car's big lettering; STATE PATROL on a door in perspective.
    expect(await markings('politi.jpg', await photo(1600, 1200, `<rect x="400" y="300" width="800" height="600" fill="#15181d"/><text x="520" y="650" ${F} font-size="150" fill="#f0f0f0">POLITI</text>`))).toEqual(['POLITI']);
    expect(await markings('garda.jpg', await photo(1600, 1200, `<rect width="1600" height="1200" fill="#eef0f2"/><text x="30" y="800" ${F} font-size="400" fill="#0b2d7a">GARDA</text>`))).toEqual(['GARDA']);
    const patrol = `<g transform="translate(200 700) skewY(-12)"><rect x="0" y="-170" width="1200" height="230" fill="#eaeaea"/><text x="40" y="0" ${F} font-size="140" fill="#7a1010">STATE PATROL</text></g>`;
    expect(await markings('patrol.jpg', await photo(1600, 1200, patrol))).toEqual(['STATE PATROL']);
    // Signs one letter from a marking word.
    for (const word of ['POLITE', 'POLICY']) {
      const sign = await photo(1600, 1000, `<rect x="200" y="300" width="1200" height="300" fill="#fff"/><text x="330" y="520" ${F} font-size="170" fill="#222">${word}</text>`);
      expect(await markings(`${word}.jpg`, sign)).toEqual([]);
    }
  }, 120_000);

  it('crime-scene tape: the band, the markers and the wording read along it', async () => {
    const hits = (await screen('fixtures/images/police-tape.jpg')).filter((h) => h.ruleId === 'case/crime-scene');
    expect(hits.some((h) => h.source === 'vision' && h.evidence.startsWith('yellow band'))).toBe(true);
    expect(hits.some((h) => h.source === 'vision' && h.evidence === '3 evidence markers')).toBe(true);
    expect(hits.some((h) => h.source === 'ocr' && /DO NOT CROSS/i.test(h.evidence))).toBe(true);
  }, 120_000);

  it('a close-up of tape filling the frame is read by the wording on it; a bus side, a poster, a door sign and a hi-vis back are not', async () => {
    const F = 'font-family="DejaVu Sans, sans-serif" font-weight="bold"';
    // Yellow from edge to edge across the frame (a sliver of ground in the corners), letters a quarter of it tall.
    const closeUp = (words: string, rot: number, size: number, x: number, fill = '#e8c414') =>
      `<rect width="1600" height="1200" fill="#6a6a70"/><g transform="rotate(${rot} 800 600)"><rect x="-600" y="80" width="2800" height="1040" fill="${fill}"/><text x="${x}" y="720" ${F} font-size="${size}" fill="#151515" textLength="${Math.round(words.length * size * 0.62)}">${words}</text></g>`;
    const photo = async (body: string) => {
      const { data, info } = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200">${body}</svg>`)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      let seed = 7;
      for (let p = 0; p < data.length; p++) data[p] = Math.max(0, Math.min(255, Math.round(data[p] + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff - 0.5) * 16)));
      return sharp(data, { raw: info }).blur(1.2).jpeg({ quality: 85 }).toBuffer();
    };
    const scene = async (name: string, body: string) => (await ocrScreener.screen(name, await photo(body), options)).filter((h) => h.ruleId === 'case/crime-scene');
    const tape = await scene('tape-close-up.jpg', closeUp('NE DO NOT CR', 4, 280, -60));
    expect(tape.map((h) => [h.source, h.evidence.replace(/\W+$/, '')])).toEqual([['ocr', 'NE DO NO']]);
    expect(tape[0].message).toMatch(/^The picture shows a close-up of yellow tape filling the frame, with "NE DO NO/);
    expect(await scene('bus-side.jpg', closeUp('SCHOOL BUS', -4, 300, -40, '#f5b800'))).toEqual([]);
    expect(await scene('poster.jpg', closeUp('SCENE DESIGN', 6, 300, -40))).toEqual([]);
    expect(await scene('door-sign.jpg', closeUp('DO NOT ENTER', -3, 300, -40))).toEqual([]);
    const hivis = `<rect width="1600" height="1200" fill="#d8e020"/><rect y="180" width="1600" height="90" fill="#b8b8b8"/><text x="180" y="700" ${F} font-size="330" fill="#111">POLICE</text><rect y="860" width="1600" height="90" fill="#b8b8b8"/>`;
    expect(await scene('hivis-back.jpg', hivis)).toEqual([]);
  }, 180_000);

  it('metadata prose goes through the text detectors with its tag and offsets', async () => {
    const phone = (await screen('fixtures/images/camera-identity.jpg')).find((h) => h.ruleId === 'pii/phone')!;
    expect(phone).toMatchObject({ source: 'metadata', tag: 'IFD0:ImageDescription', start: 11, end: 25, evidence: '(555) 010-7788' });
  }, 120_000);

  it.each([
    ['broken-truncated.jpg', 'truncated JPEG'],
    ['broken-empty.png', 'empty file'],
    ['broken-gigapixel.png', 'image is 100000x100000, over the 100-megapixel limit'],
  ])('%s is an InputError and the screener keeps working', async (name, reason) => {
    const err = await ocrScreener.screen(name, readFileSync(`fixtures/images/${name}`), options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).reason).toBe(reason);
    expect(ids(await screen('fixtures/images/badge.png'))).toContain('image/police-markings');
  }, 120_000);

  it('an image that hits the OCR time limit gets a note and the run goes on', async () => {
    const hurried = new ImageScreener({ ocr: true, faces: false, workers: 1, ocrTimeLimitMs: 1 });
    try {
      // A big picture with a dozen lines of smaller print: the limit skips some of them; the big POLICE is read anyway.
      const small = Array.from({ length: 11 }, (_, i) => `<text x="760" y="${120 + i * 90}" font-family="DejaVu Sans, sans-serif" font-size="40">UNIT ${2100 + i}</text>`);
      const big = await sharp(
        Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect width="100%" height="100%" fill="#fff"/>
          <text x="100" y="400" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="120">POLICE</text>${small.join('')}</svg>`),
      )
        .jpeg()
        .toBuffer();
      const notes: string[] = [];
      const hits = await hurried.screen('big.jpg', big, { ...options, notes });
      expect(notes).toEqual([expect.stringMatching(/^OCR stopped at the 1 ms time limit/)]);
      expect(ids(hits)).toContain('image/police-markings');
    } finally {
      await hurried.close();
    }
  }, 120_000);

  it('skipped rules do not run', async () => {
    const hits = await ocrScreener.screen('gps-station.jpg', readFileSync('fixtures/images/gps-station.jpg'), {
      ...options,
      skip: new Set(['image/gps']),
    });
    expect(ids(hits)).toEqual(['image/thumbnail']);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------------------------
// Pure detectors on hand-built analyses (what the fixtures cannot show: vehicles, uniforms, face matches).

const base: ImageAnalysisInput = { path: 'x.jpg', width: 1000, height: 800, tags: {}, cues: [] };
function run(id: string, image: ImageAnalysisInput, p: Profile = profile) {
  const d = imageDetectors.find((x) => x.id === id)!;
  const hits = d.detectImage(image, ctxOf(d, p));
  // every hit names a pattern its detector declares (image-patterns.test.ts covers each pattern)
  expect(unnamedHits(d, hits)).toEqual([]);
  return hits.map((m) => m.ruleId ?? id);
}
const ocrOf = (text: string, box: { x: number; y: number; width: number; height: number }) => ({
  text,
  words: [{ text, start: 0, end: text.length, box, confidence: 0.9 }],
});

describe('pure image detectors', () => {
  it('police markings: a number is a badge number or a unit/car number only when the words before it or a vehicle say so', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    const box = { x: 300, y: 400, width: 200, height: 40 };
    const kinds = (text: string, cues: ImageAnalysisInput['cues'] = []) =>
      d.detectImage({ ...base, cues, ocr: ocrOf(text, box) }, ctxOf(d, profile)).filter((m) => m.messageId && !m.ruleId).map((m) => m.messageId);
    const badgeNumbers = (text: string, cues: ImageAnalysisInput['cues'] = []) =>
      d.detectImage({ ...base, cues, ocr: ocrOf(text, box) }, ctxOf(d, profile)).filter((m) => m.ruleId === 'id/badge-number').map((m) => m.evidence);
    expect(kinds('POLICE BADGE 4471')).toEqual(['badge']);
    expect(kinds('POLICE OFFICER #318')).toEqual(['badge']);
    expect(kinds('SHERIFF\nDEPUTY\n2290')).toEqual(['badge']);
    expect(kinds('POLICE SHIELD NO. 22')).toEqual(['badge']);
    expect(kinds('POLICE UNIT 52')).toEqual(['unit']);
    expect(kinds('POLICE CAR 2147')).toEqual(['unit']);
    expect(kinds('POLICE K9-12')).toEqual(['unit']);
    expect(kinds('POLICE 4471')).toEqual(['number']);
    // A badge number is also reported as the officer's badge number (id/badge-number); a unit number or a bare one is not.
    expect(badgeNumbers('POLICE OFFICER #318')).toEqual(['#318']);
    expect(badgeNumbers('POLICE UNIT 52')).toEqual([]);
    expect(badgeNumbers('POLICE 4471')).toEqual([]);
    // A number on a badge seen on a chest is a badge number.
    const chest = [{ kind: 'badge:chest', box: { x: 280, y: 380, width: 260, height: 90 }, confidence: 0.6 }];
    expect(kinds('POLICE 4471', chest)).toEqual(['badge']);
    expect(badgeNumbers('POLICE 4471', chest)).toEqual(['4471']);
    expect(kinds('POLICE 2147', [{ kind: 'object:car', box: { x: 100, y: 300, width: 600, height: 300 }, confidence: 0.8 }])).toEqual(['unit']);
    // On a badge or shield standing alone (inputs/emblem.ts): beside police words any such shape makes it a badge
    // number; with no police word read only a shield or a star does (a plaque may be round or oval).
    const shape = (kind: string) => [{ kind, box: { x: 250, y: 300, width: 300, height: 340 }, confidence: 0.5 }];
    expect(kinds('POLICE 4471', shape('badge:emblem'))).toEqual(['badge']);
    expect(badgeNumbers('4471', shape('badge:shield'))).toEqual(['4471']);
    expect(badgeNumbers('4471', shape('badge:emblem'))).toEqual([]);
    expect(badgeNumbers('1428 Elm Street', shape('badge:shield'))).toEqual([]);
    expect(badgeNumbers('4471', [{ ...shape('badge:shield')[0], box: { x: 600, y: 50, width: 100, height: 100 } }])).toEqual([]);
    expect(badgeNumbers('4471')).toEqual([]);
    // On a detected vehicle whose bodywork round the number reads as a shield (a white boot lid under warm light), the
    // vehicle says what it is: a unit number, no officer's badge number. A chest badge still wins (an officer in front).
    const car = [{ kind: 'object:car', box: { x: 0, y: 100, width: 800, height: 600 }, confidence: 0.8 }];
    expect(kinds('POLICE 3002', [...car, ...shape('badge:shield')])).toEqual(['unit']);
    expect(badgeNumbers('POLICE 3002', [...car, ...shape('badge:shield')])).toEqual([]);
    expect(kinds('POLICE 4471', [...car, ...chest])).toEqual(['badge']);
    // POLICE across a shield's top and its number on the bottom bar, seven word heights apart: too far to be read
    // together, unless both lie on one badge.
    const far = {
      text: 'POLICE\n12874',
      words: [
        { text: 'POLICE', start: 0, end: 6, box: { x: 300, y: 100, width: 200, height: 40 }, confidence: 0.9 },
        { text: '12874', start: 7, end: 12, box: { x: 320, y: 380, width: 160, height: 40 }, confidence: 0.9 },
      ],
    };
    const farNumbers = (cues: ImageAnalysisInput['cues']) => d.detectImage({ ...base, cues, ocr: far }, ctxOf(d, profile)).filter((m) => m.ruleId === 'id/badge-number').map((m) => m.evidence);
    const shield = (box: { x: number; y: number; width: number; height: number }) => [{ kind: 'badge:shield', box, confidence: 0.5 }];
    expect(farNumbers(shield({ x: 250, y: 60, width: 300, height: 420 }))).toEqual(['12874']);
    expect(farNumbers([])).toEqual([]);
    // A shield round the number only (POLICE read elsewhere): not one badge.
    expect(farNumbers(shield({ x: 290, y: 300, width: 220, height: 180 }))).toEqual([]);
  });

  it('police markings: a number engraved on a star or a shield pinned on a uniform shirt is a badge number with no police word; on a round pin, a tag or a jersey\'s digit it is not', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    // The numbered star of chest-star-number.jpg: OCR's 518 (25 px tall) inside the star's metal (102 px tall, row fill 0.5).
    const number = { x: 500, y: 465, width: 64, height: 29 };
    const pinned = (rowFill: number | undefined, box = { x: 486, y: 429, width: 89, height: 102 }) => [{ kind: 'badge:chest', box, confidence: 0.45, ...(rowFill === undefined ? {} : { rowFill }) }];
    const found = (text: string, cues: ImageAnalysisInput['cues'], box = number) =>
      d.detectImage({ ...base, cues, ocr: ocrOf(text, box) }, ctxOf(d, profile)).filter((m) => m.ruleId === 'id/badge-number').map((m) => [m.pattern, m.evidence]);
    expect(found('518', pinned(0.5))).toEqual([['badge-on-chest', '518']]);
    expect(found('4471', pinned(0.69))).toEqual([['badge-on-chest', '4471']]);
    // A round pin (a service pin: row fill 0.79), a price tag (1), or no shape read: no badge's number.
    expect(found('25', pinned(0.79))).toEqual([]);
    expect(found('2499', pinned(1))).toEqual([]);
    expect(found('518', pinned(undefined))).toEqual([]);
    // A jersey's digit read as a blob of metal: the number is as tall as the blob, nothing engraved on it.
    expect(found('23', pinned(0.62, { x: 345, y: 479, width: 90, height: 126 }), { x: 350, y: 485, width: 80, height: 115 })).toEqual([]);
    // Beside other words on its line (an address, a price), or off the badge: nothing.
    expect(found('518 Elm Street', pinned(0.5))).toEqual([]);
    expect(found('518', pinned(0.5), { x: 100, y: 100, width: 64, height: 29 })).toEqual([]);
  });

  it('police markings: a number on an epaulette (light glyphs in a row on dark ground on a shoulder) is a badge number, police word or not; off the slide, or a slide with no number, it is not', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    // The right epaulette of shoulder-numbers.jpg: OCR's 2417 over the slide the vision cue gives.
    const slide = [{ kind: 'slide:shoulder', box: { x: 538, y: 340, width: 72, height: 35 }, confidence: 0.4 }];
    const number = { x: 537, y: 339, width: 76, height: 40 };
    const found = (text: string, cues: ImageAnalysisInput['cues'], box = number) =>
      d.detectImage({ ...base, cues, ocr: ocrOf(text, box) }, ctxOf(d, profile)).filter((m) => m.ruleId === 'id/badge-number').map((m) => [m.pattern, m.evidence]);
    expect(found('2417', slide)).toEqual([['shoulder-number', '2417']]);
    // Off the slide (a brand tag's 1985 lower on the shoulder), no slide, or a rank slide's pips with no number: nothing.
    expect(found('1985', slide, { x: 525, y: 390, width: 72, height: 30 })).toEqual([]);
    expect(found('2417', [])).toEqual([]);
    expect(found('', slide)).toEqual([]);
  });

  it('marked vehicle: POLICE on a detected car; a light bar on its roof; nothing for a plain car', () => {
    const car = { kind: 'object:car', box: { x: 100, y: 300, width: 600, height: 300 }, confidence: 0.8 };
    expect(run('image/marked-vehicle', { ...base, cues: [car], ocr: ocrOf('POLICE', { x: 300, y: 400, width: 150, height: 40 }) })).toEqual(['image/marked-vehicle']);
    expect(run('image/marked-vehicle', { ...base, cues: [car, { kind: 'light-bar', box: { x: 300, y: 290, width: 120, height: 20 }, confidence: 0.5 }] })).toEqual(['image/marked-vehicle']);
    expect(run('image/marked-vehicle', { ...base, cues: [car], ocr: ocrOf('TAXI', { x: 300, y: 400, width: 150, height: 40 }) })).toEqual([]);
    expect(run('image/marked-vehicle', { ...base, cues: [car], ocr: ocrOf('POLICE', { x: 800, y: 50, width: 150, height: 40 }) })).toEqual([]);
  });

  it('marked vehicle: what was seen is named; a livery is surer than a bar; ambulance wording vetoes a bar alone', () => {
    const d = imageDetectors.find((x) => x.id === 'image/marked-vehicle')!;
    const car = { kind: 'object:car', box: { x: 100, y: 300, width: 600, height: 300 }, confidence: 0.5 };
    const bar = { kind: 'light-bar', box: { x: 300, y: 280, width: 120, height: 20 }, confidence: 0.5 };
    const livery = { kind: 'livery:battenburg', box: { x: 120, y: 420, width: 500, height: 80 }, confidence: 0.7 };
    const go = (image: ImageAnalysisInput) => d.detectImage(image, ctxOf(d, profile));
    const [both] = go({ ...base, cues: [car, bar, livery] });
    expect(both.data).toMatchObject({ vehicle: 'car', cues: 'light-bar,livery:battenburg', seen: 'light bar and Battenburg livery on a car' });
    const [barOnly] = go({ ...base, cues: [car, bar] });
    const [liveryOnly] = go({ ...base, cues: [car, livery] });
    expect(barOnly.confidence).toBeLessThan(liveryOnly.confidence);
    expect(liveryOnly.confidence).toBeLessThan(both.confidence);
    expect(go({ ...base, cues: [car, bar], ocr: ocrOf('AMBULANCE', { x: 200, y: 400, width: 200, height: 40 }) })).toEqual([]);
    expect(go({ ...base, cues: [car, bar, livery], ocr: ocrOf('AMBULANCE', { x: 200, y: 400, width: 200, height: 40 }) })).toHaveLength(1);
    // A bar floating above the picture, away from the car, is not on it.
    expect(go({ ...base, cues: [car, { ...bar, box: { x: 300, y: 20, width: 120, height: 20 } }] })).toEqual([]);
  });

  it('uniform: police marking text on a detected person only', () => {
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.9 };
    expect(run('image/uniform', { ...base, cues: [person], ocr: ocrOf('SHERIFF', { x: 150, y: 300, width: 120, height: 30 }) })).toEqual(['image/uniform']);
    expect(run('image/uniform', { ...base, cues: [person], ocr: ocrOf('SECURITY', { x: 150, y: 300, width: 120, height: 30 }) })).toEqual([]);
    expect(run('image/uniform', { ...base, cues: [], ocr: ocrOf('SHERIFF', { x: 150, y: 300, width: 120, height: 30 }) })).toEqual([]);
  });

  it('uniform: lettering is worn when it sits on the torso, not on a patrol car the person stands in front of', () => {
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.9 };
    const torso = { kind: 'torso', box: { x: 150, y: 220, width: 200, height: 260 }, confidence: 0.9 };
    const car = { kind: 'object:car', box: { x: 0, y: 380, width: 900, height: 400 }, confidence: 0.8 };
    const at = (box: { x: number; y: number; width: number; height: number }, cues = [person, torso]) => run('image/uniform', { ...base, cues, ocr: ocrOf('POLICE', box) });
    expect(at({ x: 180, y: 300, width: 120, height: 30 })).toEqual(['image/uniform']);
    // On the legs, below the torso the keypoints give.
    expect(at({ x: 180, y: 620, width: 120, height: 30 })).toEqual([]);
    // On the cap or helmet above the torso, centred over it; not off to the side of the head.
    expect(at({ x: 190, y: 115, width: 120, height: 30 })).toEqual(['image/uniform']);
    expect(at({ x: 345, y: 115, width: 50, height: 30 })).toEqual([]);
    // On the car door behind the person's hips.
    expect(at({ x: 180, y: 460, width: 120, height: 30 }, [person, torso, car])).toEqual([]);
    // On the chest of someone standing in front of the car (feet level with its wheels): the body hides the car there.
    const van = { kind: 'object:truck', box: { x: 0, y: 150, width: 900, height: 540 }, confidence: 0.8 };
    expect(at({ x: 180, y: 300, width: 120, height: 30 }, [person, torso, van])).toEqual(['image/uniform']);
    // Not at the hips, not wider than the torso, not for someone standing behind the van (feet hidden, box cut short).
    expect(at({ x: 180, y: 440, width: 120, height: 30 }, [person, torso, van])).toEqual([]);
    expect(at({ x: 140, y: 300, width: 230, height: 30 }, [person, torso, van])).toEqual([]);
    const behindVan = { ...person, box: { x: 100, y: 100, width: 300, height: 400 } };
    expect(at({ x: 180, y: 300, width: 120, height: 30 }, [behindVan, torso, van])).toEqual([]);
    // Without keypoints: the upper half of the box, mostly inside it.
    expect(at({ x: 180, y: 300, width: 120, height: 30 }, [person])).toEqual(['image/uniform']);
    expect(at({ x: 180, y: 560, width: 120, height: 30 }, [person])).toEqual([]);
    expect(at({ x: 330, y: 300, width: 200, height: 30 }, [person])).toEqual([]);
  });

  it('uniform: in a riot line the torso of the officer behind is not taken for the one in front; a shield held beside a side-on torso', () => {
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.9 };
    const at = (box: { x: number; y: number; width: number; height: number }, cues: VisionCue[]) => run('image/uniform', { ...base, cues, ocr: ocrOf('POLICE', box) });
    // The torso of someone behind, at the right edge of the box: not this person's, so the shield's POLICE is read on the box.
    const behind = { kind: 'torso', box: { x: 330, y: 220, width: 60, height: 260 }, confidence: 0.4 };
    expect(at({ x: 150, y: 300, width: 180, height: 60 }, [person, behind])).toEqual(['image/uniform']);
    // Their own torso, side-on (narrow, near the middle): big lettering at its height beside it is on a shield held in front;
    // a small word there (a sign behind, a bystander's print) is not.
    const sideOn = { kind: 'torso', box: { x: 260, y: 220, width: 60, height: 260 }, confidence: 0.9 };
    expect(at({ x: 120, y: 300, width: 130, height: 40 }, [person, sideOn])).toEqual(['image/uniform']);
    expect(at({ x: 150, y: 300, width: 50, height: 20 }, [person, sideOn])).toEqual([]);
  });

  it('uniform: three or more police markings in the box of an unsure person with no torso are a collection (a pile of patches), not worn', () => {
    // real-17 (a pile of embroidered patches) halved, blurred or tilted: the detector put a person (0.35) over the whole
    // pile, the keypoints found no torso, and the POLICE on one patch was read as worn.
    const words = (texts: string[]) => {
      let text = '';
      const out = texts.map((t, i) => {
        const start = text.length;
        text += (i ? '\n' : '') + t;
        return { text: t, start: start + (i ? 1 : 0), end: text.length, box: { x: 120 + 160 * (i % 3), y: 150 + 150 * Math.floor(i / 3), width: 120, height: 30 }, confidence: 0.9 };
      });
      return { text, words: out };
    };
    const pile = { kind: 'object:person', box: { x: 20, y: 0, width: 960, height: 800 }, confidence: 0.35 };
    const torso = { kind: 'torso', box: { x: 300, y: 150, width: 400, height: 400 }, confidence: 0.35 };
    const three = words(['POLICE', 'SHERIFF', 'POLICE']);
    expect(run('image/uniform', { ...base, cues: [pile], ocr: three })).toEqual([]);
    // Two markings, a torso, a sure person or a portrait's person: read as before.
    expect(run('image/uniform', { ...base, cues: [pile], ocr: words(['POLICE', 'SHERIFF']) })).toEqual(['image/uniform']);
    expect(run('image/uniform', { ...base, cues: [pile, torso], ocr: three })).toEqual(['image/uniform']);
    expect(run('image/uniform', { ...base, cues: [{ ...pile, confidence: 0.6 }], ocr: three })).toEqual(['image/uniform']);
    expect(run('image/uniform', { ...base, cues: [{ ...pile, kind: 'person:portrait' }], ocr: three })).toEqual(['image/uniform']);
  });

  it('uniform: police lettering on a person the detector is unsure of (person:faint, 0.2-0.3) is worn; nothing else is read on them', () => {
    // real-25 a stop darker: the riot shield bearer's box fell from 0.41 to 0.27, and POLICE on the shield was no one's.
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const faint = { kind: 'person:faint', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.27 };
    const chest = { x: 180, y: 300, width: 120, height: 30 };
    const at = (text: string, box: typeof chest, cues: VisionCue[]) => d.detectImage({ ...base, cues, ocr: ocrOf(text, box) }, ctxOf(d, profile));
    const hits = at('POLICE', chest, [faint]);
    expect(hits.map((h) => [h.pattern, h.evidence, h.confidence])).toEqual([['lettering-on-torso', 'POLICE on a person (unsure)', 0.44]]);
    // Under 0.2; a word cut off ("OLICE"); low on the legs; on a vehicle behind; a word that is no marking: nothing.
    expect(at('POLICE', chest, [{ ...faint, confidence: 0.17 }])).toEqual([]);
    expect(at('OLICE', chest, [faint])).toEqual([]);
    expect(at('POLICE', { x: 180, y: 560, width: 120, height: 30 }, [faint])).toEqual([]);
    expect(at('POLICE', chest, [faint, { kind: 'object:car', box: { x: 0, y: 250, width: 900, height: 400 }, confidence: 0.8 }])).toEqual([]);
    expect(at('SECURITY', chest, [faint])).toEqual([]);
    // Nothing but lettering: kit, a badge or a hi-vis check on a faint box are not read.
    expect(d.detectImage({ ...base, cues: [faint, { kind: 'vest:checker', box: { x: 120, y: 300, width: 260, height: 50 }, confidence: 0.5 }] }, ctxOf(d, profile))).toEqual([]);
    // The same person found surely too: one finding, theirs.
    const sure = { ...faint, kind: 'object:person', box: { x: 110, y: 105, width: 290, height: 590 }, confidence: 0.6 };
    expect(at('POLICE', chest, [sure, faint]).map((h) => h.evidence)).toEqual(['POLICE on a person']);
  });

  it('uniform: kit without a second cue leaves the person to the other readings; one person seen in kit twice is one', () => {
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const box = (x: number) => ({ x, y: 100, width: 150, height: 500 });
    const people = [100, 260, 420].map((x) => ({ kind: 'object:person', box: box(x), confidence: 0.8 }));
    const kit = (x: number) => ({ kind: 'kit:tactical', box: box(x), confidence: 0.45 });
    const line = (x: number) => ({ kind: 'kit:line', box: box(x), confidence: 0.5, detail: '3 people side by side in the same dark kit, 2 in helmets' });
    // In kit with nothing else, but in a line of people in the same kit: the line.
    const [m] = d.detectImage({ ...base, cues: [people[0], kit(100), line(100)] }, ctxOf(d, profile));
    expect(m).toMatchObject({ pattern: 'kit-line', messageId: 'line' });
    // Two people in kit, one of them read twice (the whole picture and close up): no team of three.
    expect(d.detectImage({ ...base, cues: [...people.slice(0, 2), kit(100), kit(100), kit(260)] }, ctxOf(d, profile))).toEqual([]);
    expect(d.detectImage({ ...base, cues: [...people, kit(100), kit(260), kit(420)] }, ctxOf(d, profile)).map((h) => h.pattern)).toEqual(['tactical-kit', 'tactical-kit', 'tactical-kit']);
  });

  it('uniform: two side by side in dark kit and helmets (kit:pair) with police wording or a marked vehicle in the picture; alone they are not', () => {
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const box = (x: number) => ({ x, y: 100, width: 150, height: 500 });
    const people = [100, 260].map((x) => ({ kind: 'object:person', box: box(x), confidence: 0.7 }));
    const pair = [100, 260].map((x) => ({ kind: 'kit:pair', box: box(x), confidence: 0.4, detail: '2 people side by side, both in helmets' }));
    const go = (cues: VisionCue[], ocr?: ImageAnalysisInput['ocr']) => d.detectImage({ ...base, cues, ...(ocr ? { ocr } : {}) }, ctxOf(d, profile));
    // Two motorcyclists in leathers and helmets look the same: the pair alone is nothing.
    expect(go([...people, ...pair])).toEqual([]);
    const bar = { kind: 'light-bar', box: { x: 700, y: 100, width: 100, height: 20 }, confidence: 0.5 };
    const hits = go([...people, ...pair, bar]);
    expect(hits.map((h) => [h.pattern, h.messageId, h.evidence])).toEqual([
      ['riot-gear', 'pair', 'two people in dark kit and helmets'],
      ['riot-gear', 'pair', 'two people in dark kit and helmets'],
    ]);
    expect(hits[0].data).toMatchObject({ seen: '2 people side by side, both in helmets, a marked vehicle in the picture' });
    // Police wording read elsewhere in the picture (a van behind, a shield the reader caught): the same.
    const worded = go([...people, ...pair], ocrOf('POLICE', { x: 700, y: 650, width: 120, height: 30 }));
    expect(worded.map((h) => h.pattern)).toEqual(['riot-gear', 'riot-gear']);
    // Wording that is no police marking, or a vehicle without markings, is no second sign.
    expect(go([...people, ...pair], ocrOf('SECURITY', { x: 700, y: 650, width: 120, height: 30 }))).toEqual([]);
    expect(go([...people, ...pair, { kind: 'object:car', box: { x: 500, y: 300, width: 400, height: 200 }, confidence: 0.8 }])).toEqual([]);
  });

  it('uniform: sleeve patches on a dark uniform shirt; one patch without a second cue, or a dark shirt alone, is not', () => {
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.8 };
    const shirt = { kind: 'shirt:dark', box: { x: 150, y: 200, width: 200, height: 150 }, confidence: 0.3 };
    const patch = { kind: 'patch:shoulder', box: { x: 120, y: 220, width: 30, height: 30 }, confidence: 0.4 };
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const other = { ...patch, box: { x: 350, y: 220, width: 30, height: 30 } };
    const [m] = d.detectImage({ ...base, cues: [person, shirt, patch, other] }, ctxOf(d, profile));
    expect(m).toMatchObject({ messageId: 'patch', data: { seen: 'shoulder patches on both sleeves, dark uniform shirt' } });
    expect(run('image/uniform', { ...base, cues: [person, shirt] })).toEqual([]);
    expect(run('image/uniform', { ...base, cues: [person, patch] })).toEqual([]);
    // One patch may be a logo on a dark top: it needs a second cue (police wording, a marked vehicle in the picture).
    expect(run('image/uniform', { ...base, cues: [person, shirt, patch] })).toEqual([]);
    const [worded] = d.detectImage({ ...base, cues: [person, shirt, patch], ocr: ocrOf('POLICE', { x: 700, y: 650, width: 120, height: 30 }) }, ctxOf(d, profile));
    expect(worded).toMatchObject({ messageId: 'patch', data: { seen: 'shoulder patch, police wording in the picture, dark uniform shirt' } });    // A duty belt backs one patch; alone (a security guard wears one too) it is nothing.
    const belt = { kind: 'belt:duty', box: { x: 160, y: 420, width: 150, height: 20 }, confidence: 0.45 };
    const [belted] = d.detectImage({ ...base, cues: [person, shirt, patch, belt] }, ctxOf(d, profile));
    expect(belted).toMatchObject({ messageId: 'patch', data: { seen: 'shoulder patch, duty belt with metal fittings, dark uniform shirt' } });
    expect(run('image/uniform', { ...base, cues: [person, shirt, belt] })).toEqual([]);
  });

  it('uniform: tactical kit needs a second cue (a patch, a team of three, a marked vehicle, wording); lettering is surer', () => {
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.6 };
    const kit = { kind: 'kit:tactical', box: person.box, confidence: 0.45 };
    const go = (image: ImageAnalysisInput) => d.detectImage(image, ctxOf(d, profile));
    // Someone in dark clothes seen from behind looks like kit: alone it is not a uniform.
    expect(go({ ...base, cues: [person, kit] })).toEqual([]);
    const patch = { kind: 'patch:shoulder', box: { x: 120, y: 200, width: 30, height: 30 }, confidence: 0.4 };
    const [withPatch] = go({ ...base, cues: [person, kit, patch] });
    expect(withPatch).toMatchObject({ messageId: 'kit', data: { cues: 'kit:tactical,patch:shoulder', seen: 'black vest and covered head, shoulder patch' } });
    expect(withPatch.confidence).toBeLessThan(0.6);
    const bar = { kind: 'light-bar', box: { x: 700, y: 100, width: 100, height: 20 }, confidence: 0.5 };
    // A marked vehicle (or wording) in the picture backs kit only on someone facing the camera with the face covered:
    // a dark jacket seen from behind beside a patrol car is not kit.
    expect(go({ ...base, cues: [person, kit, bar] })).toEqual([]);
    expect(go({ ...base, cues: [person, kit], ocr: ocrOf('POLICE', { x: 700, y: 650, width: 120, height: 30 }) })).toEqual([]);
    const covered = { kind: 'face:covered', box: { x: 200, y: 110, width: 80, height: 80 }, confidence: 0.6 };
    const [masked] = go({ ...base, cues: [person, kit, covered, bar] });
    expect(masked.data).toMatchObject({ seen: 'black vest and covered head, face covered, a marked vehicle in the picture' });
    // A covered face alone is no second cue (the face detector misses small faces).
    expect(go({ ...base, cues: [person, kit, covered] })).toEqual([]);
    // A line of three people in the same kit.
    const team = [0, 1, 2].flatMap((i) => {
      const box = { x: 100 + i * 300, y: 100, width: 250, height: 600 };
      return [{ ...person, box }, { ...kit, box }];
    });
    expect(go({ ...base, cues: team })).toHaveLength(3);
    expect(go({ ...base, cues: team.slice(0, 4) })).toEqual([]);
    const [both] = go({ ...base, cues: [person, kit], ocr: ocrOf('POLICE', { x: 150, y: 300, width: 120, height: 30 }) });
    expect(both.data).toMatchObject({ cues: 'lettering,kit:tactical' });
    expect(both.confidence).toBeGreaterThan(withPatch.confidence);
    // Kit and a patch measured on another person's box do not transfer.
    const other = { x: 600, y: 100, width: 200, height: 500 };
    expect(go({ ...base, cues: [person, { ...kit, box: other }, { ...patch, box: { x: 620, y: 200, width: 30, height: 30 } }] })).toEqual([]);
  });

  it('uniform: a badge on a peaked cap with a dark uniform shirt or police wording; the cap alone is not', () => {
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.8 };
    const cap = { kind: 'cap:badge', box: { x: 240, y: 110, width: 20, height: 20 }, confidence: 0.45 };
    const shirt = { kind: 'shirt:dark', box: { x: 150, y: 250, width: 200, height: 150 }, confidence: 0.3 };
    expect(run('image/uniform', { ...base, cues: [person, cap] })).toEqual([]);
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const [m] = d.detectImage({ ...base, cues: [person, cap, shirt] }, ctxOf(d, profile));
    expect(m).toMatchObject({ messageId: 'cap', pattern: 'cap-badge', data: { seen: 'badge on a peaked cap, dark uniform shirt' } });
    expect(run('image/uniform', { ...base, cues: [person, cap], ocr: ocrOf('POLICE', { x: 700, y: 650, width: 120, height: 30 }) })).toEqual(['image/uniform']);
  });

  it('uniform: the police check on a hi-vis vest, on the person', () => {
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.8 };
    const vest = { kind: 'vest:checker', box: { x: 120, y: 300, width: 260, height: 50 }, confidence: 0.5 };
    const [m] = d.detectImage({ ...base, cues: [person, vest] }, ctxOf(d, profile));
    expect(m).toMatchObject({ messageId: 'vest', data: { cues: 'vest:checker' } });
    expect(d.detectImage({ ...base, cues: [person, { ...vest, box: { x: 600, y: 300, width: 200, height: 50 } }] }, ctxOf(d, profile))).toEqual([]);
  });

  it('uniform: a chequered band on a hi-vis jacket, on the person; it says what was seen', () => {
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.8 };
    const band = { kind: 'vest:chequered', box: { x: 120, y: 400, width: 260, height: 40 }, confidence: 0.5 };
    const [m] = d.detectImage({ ...base, cues: [person, band] }, ctxOf(d, profile));
    expect(m).toMatchObject({ messageId: 'vest', pattern: 'hi-vis-chequer', confidence: 0.55, data: { cues: 'vest:chequered', seen: 'hi-vis jacket with a blue-and-silver chequered band' } });
    expect(d.detectImage({ ...base, cues: [person, { ...band, box: { x: 600, y: 400, width: 200, height: 40 } }] }, ctxOf(d, profile))).toEqual([]);
  });

  it('uniform: a badge on a dark shirt on the person, below an even bet', () => {
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.8 };
    const badge = { kind: 'badge:chest', box: { x: 280, y: 300, width: 30, height: 34 }, confidence: 0.45 };
    const [m] = d.detectImage({ ...base, cues: [person, badge] }, ctxOf(d, profile));
    expect(m).toMatchObject({ messageId: 'badge', data: { cues: 'badge:chest' } });
    expect(m.confidence).toBeLessThan(0.5);
    expect(d.detectImage({ ...base, cues: [person, { ...badge, box: { x: 700, y: 300, width: 30, height: 34 } }] }, ctxOf(d, profile))).toEqual([]);
  });

  it('uniform: a light-blue patrol shirt backs a badge or a patch only with a second cue (a guard or a postal worker wears one alone)', () => {
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const go = (cues: ImageAnalysisInput['cues'], ocr?: ImageAnalysisInput['ocr']) => d.detectImage({ ...base, cues, ...(ocr ? { ocr } : {}) }, ctxOf(d, profile));
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.8 };
    const blue = { kind: 'shirt:light-blue', box: { x: 150, y: 200, width: 200, height: 150 }, confidence: 0.3 };
    const badge = { kind: 'badge:chest', box: { x: 280, y: 260, width: 30, height: 34 }, confidence: 0.45 };
    const patch = { kind: 'patch:shoulder', box: { x: 120, y: 220, width: 30, height: 30 }, confidence: 0.4 };
    const cap = { kind: 'cap:badge', box: { x: 240, y: 110, width: 20, height: 20 }, confidence: 0.45 };
    const [m] = go([person, blue, badge, patch]);
    expect(m).toMatchObject({ pattern: 'light-blue-uniform', messageId: 'patrol', confidence: 0.5, data: { seen: 'badge on a light-blue shirt, shoulder patch, light-blue uniform shirt' } });
    expect(go([person, blue, badge], ocrOf('POLICE', { x: 700, y: 650, width: 120, height: 30 }))).toHaveLength(1);
    // A cap badge over a light-blue uniform shirt.
    expect(go([person, blue, cap])).toMatchObject([{ pattern: 'cap-badge', data: { seen: 'badge on a peaked cap, light-blue uniform shirt' } }]);
    // Alone, a badge or a patch on a light-blue shirt is a guard's or a postal worker's; nor does the shirt alone say police.
    expect(go([person, blue, badge])).toEqual([]);
    expect(go([person, blue, patch])).toEqual([]);
    expect(go([person, blue])).toEqual([]);
  });

  it("uniform: a tan sheriff's shirt is read like a light-blue one: a badge and a sleeve patch, or one of them with a second cue", () => {
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const go = (cues: ImageAnalysisInput['cues'], ocr?: ImageAnalysisInput['ocr']) => d.detectImage({ ...base, cues, ...(ocr ? { ocr } : {}) }, ctxOf(d, profile));
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.8 };
    const tan = { kind: 'shirt:tan', box: { x: 150, y: 200, width: 200, height: 150 }, confidence: 0.3 };
    const badge = { kind: 'badge:chest', box: { x: 280, y: 260, width: 30, height: 34 }, confidence: 0.45 };
    const patch = { kind: 'patch:shoulder', box: { x: 120, y: 220, width: 30, height: 30 }, confidence: 0.4 };
    const other = { ...patch, box: { x: 350, y: 220, width: 30, height: 30 } };
    const cap = { kind: 'cap:badge', box: { x: 240, y: 110, width: 20, height: 20 }, confidence: 0.45 };
    const [m] = go([person, tan, badge, patch, other]);
    expect(m).toMatchObject({
      pattern: 'tan-uniform',
      messageId: 'tan',
      confidence: 0.5,
      evidence: 'badge or patch on a tan uniform shirt',
      data: { cues: 'badge:chest,patch:shoulder,shirt:tan', seen: 'badge on a tan shirt, shoulder patches on both sleeves, tan uniform shirt' },
    });
    expect(renderMessage(d, m!)).toBe("The picture shows a person in a tan uniform shirt (badge on a tan shirt, shoulder patches on both sleeves, tan uniform shirt), likely a sheriff's or trooper's uniform");
    expect(go([person, tan, patch], ocrOf('SHERIFF', { x: 700, y: 650, width: 120, height: 30 }))).toMatchObject([{ pattern: 'tan-uniform' }]);
    // A cap badge backs a badge or a patch on a tan shirt; over a tan shirt alone it is an army officer's service dress.
    expect(go([person, tan, cap, badge])).toMatchObject([{ pattern: 'tan-uniform', data: { seen: 'badge on a tan shirt, badge on a peaked cap, tan uniform shirt' } }]);
    expect(go([person, tan, cap])).toEqual([]);
    // Alone, a badge or a patch on a tan shirt is a scout leader's, a ranger's or a courier's; nor does the shirt say police.
    expect(go([person, tan, badge])).toEqual([]);
    expect(go([person, tan, patch, other])).toEqual([]);
    expect(go([person, tan])).toEqual([]);
  });

  it('uniform: a mid-blue shirt or jacket is read like a light-blue one: a badge and a sleeve patch, or one of them with a second cue; no cap badge', () => {
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const go = (cues: ImageAnalysisInput['cues'], ocr?: ImageAnalysisInput['ocr']) => d.detectImage({ ...base, cues, ...(ocr ? { ocr } : {}) }, ctxOf(d, profile));
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.8 };
    const blue = { kind: 'shirt:blue', box: { x: 150, y: 200, width: 200, height: 150 }, confidence: 0.3 };
    const badge = { kind: 'badge:chest', box: { x: 280, y: 260, width: 30, height: 34 }, confidence: 0.45 };
    const patch = { kind: 'patch:shoulder', box: { x: 120, y: 220, width: 30, height: 30 }, confidence: 0.4 };
    const other = { ...patch, box: { x: 350, y: 220, width: 30, height: 30 } };
    const cap = { kind: 'cap:badge', box: { x: 240, y: 110, width: 20, height: 20 }, confidence: 0.45 };
    const [m] = go([person, blue, badge, patch]);
    expect(m).toMatchObject({ pattern: 'blue-uniform', messageId: 'blue', confidence: 0.5, evidence: 'badge or patch on a blue uniform shirt', data: { cues: 'badge:chest,patch:shoulder,shirt:blue' } });
    expect(renderMessage(d, m!)).toBe('The picture shows a person in a blue uniform shirt or jacket (badge on a blue shirt, shoulder patch, blue uniform shirt)');
    expect(go([person, blue, patch], ocrOf('POLICE', { x: 700, y: 650, width: 120, height: 30 }))).toMatchObject([{ pattern: 'blue-uniform' }]);
    // Alone, a badge (a jersey's crest in gold), a pair of sleeve patches (a football shirt's), a cap badge (an air
    // force's or an airline's peaked cap) or the cloth say nothing.
    expect(go([person, blue, badge])).toEqual([]);
    expect(go([person, blue, patch, other])).toEqual([]);
    expect(go([person, blue, cap])).toEqual([]);
    expect(go([person, blue])).toEqual([]);
  });

  it('uniform: a light blob OCR read as part of a word is lettering, not a badge or a patch (SECURITY across a guard\'s chest)', () => {
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.8 };
    const shirt = { kind: 'shirt:dark', box: { x: 150, y: 200, width: 200, height: 150 }, confidence: 0.3 };
    const badge = { kind: 'badge:chest', box: { x: 280, y: 300, width: 30, height: 34 }, confidence: 0.45 };
    const patch = { kind: 'patch:shoulder', box: { x: 120, y: 300, width: 30, height: 30 }, confidence: 0.4 };
    const word = ocrOf('SECURITY', { x: 115, y: 298, width: 200, height: 36 });
    expect(run('image/uniform', { ...base, cues: [person, shirt, badge, patch], ocr: word })).toEqual([]);
    // The same blobs with the word read elsewhere in the picture: a badge, and a patch backed by it.
    expect(run('image/uniform', { ...base, cues: [person, shirt, badge, patch], ocr: ocrOf('SECURITY', { x: 500, y: 700, width: 200, height: 36 }) })).toEqual(['image/uniform']);
    // A lone glyph the reader took the star itself for ("本", "*") is no lettering: the badge stands.
    for (const glyph of ['本', '*', 'O']) {
      expect(run('image/uniform', { ...base, cues: [person, shirt, badge, patch], ocr: ocrOf(glyph, { x: 270, y: 292, width: 50, height: 50 }) })).toEqual(['image/uniform']);
    }
    expect(run('image/uniform', { ...base, cues: [person, shirt, badge, patch], ocr: ocrOf('ST', { x: 270, y: 292, width: 50, height: 50 }) })).toEqual([]);
  });

  it('uniform: kit on someone facing the camera masked, with a word read on the vest (a placard the reader caught a piece of)', () => {
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const go = (image: ImageAnalysisInput) => d.detectImage(image, ctxOf(d, profile));
    const person = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.6 };
    const torso = { kind: 'torso', box: { x: 150, y: 200, width: 200, height: 250 }, confidence: 0.6 };
    const kit = { kind: 'kit:tactical', box: person.box, confidence: 0.45 };
    const covered = { kind: 'face:covered', box: { x: 200, y: 110, width: 80, height: 80 }, confidence: 0.6 };
    const placard = (text: string, box = { x: 230, y: 240, width: 50, height: 20 }) => ocrOf(text, box);
    const [m] = go({ ...base, cues: [person, torso, kit, covered], ocr: placard('SIAS') });
    expect(m).toMatchObject({ pattern: 'tactical-kit', messageId: 'kit', data: { seen: 'black vest and covered head, face covered, lettering on the vest' } });
    expect(go({ ...base, cues: [person, torso, kit, covered], ocr: placard('CE') })).toHaveLength(1);
    // Not with the face showing (a print on a dark T-shirt), not a stray mark, not a word off the chest or a big sign behind.
    expect(go({ ...base, cues: [person, torso, kit], ocr: placard('SIAS') })).toEqual([]);
    expect(go({ ...base, cues: [person, torso, kit, covered], ocr: placard('/') })).toEqual([]);
    expect(go({ ...base, cues: [person, torso, kit, covered], ocr: placard('SIAS', { x: 230, y: 600, width: 50, height: 20 }) })).toEqual([]);
    expect(go({ ...base, cues: [person, torso, kit, covered], ocr: placard('BANK', { x: 160, y: 220, width: 180, height: 90 }) })).toEqual([]);
  });

  it('uniform: big POLICE at torso height reaching out of the box is on a shield held in front; a small or high word there is not', () => {
    const person = { kind: 'object:person', box: { x: 300, y: 100, width: 220, height: 600 }, confidence: 0.5 };
    const torso = { kind: 'torso', box: { x: 380, y: 200, width: 40, height: 220 }, confidence: 0.5 };
    const at = (box: { x: number; y: number; width: number; height: number }, cues: ImageAnalysisInput['cues'] = [person, torso]) => run('image/uniform', { ...base, cues, ocr: ocrOf('POLICE', box) });
    expect(at({ x: 190, y: 260, width: 180, height: 100 })).toEqual(['image/uniform']);
    // Not without keypoints (nothing says the person holds it), not under half in the box and small (a sign beside
    // the person), not above the shoulders, not on a van there.
    expect(at({ x: 190, y: 260, width: 180, height: 100 }, [person])).toEqual([]);
    expect(at({ x: 260, y: 280, width: 80, height: 30 })).toEqual([]);
    expect(at({ x: 190, y: 60, width: 180, height: 100 })).toEqual([]);
    const van = { kind: 'object:truck', box: { x: 0, y: 150, width: 420, height: 400 }, confidence: 0.6 };
    expect(at({ x: 190, y: 260, width: 180, height: 100 }, [person, torso, van])).toEqual([]);
  });

  it('uniform: a person placed below a large face (person:portrait) is read like one the detector found', () => {
    const d = imageDetectors.find((x) => x.id === 'image/uniform')!;
    const portrait = { kind: 'person:portrait', box: { x: 100, y: 0, width: 600, height: 800 }, confidence: 0.3 };
    const badge = { kind: 'badge:chest', box: { x: 480, y: 500, width: 40, height: 46 }, confidence: 0.45 };
    const [m] = d.detectImage({ ...base, cues: [portrait, badge] }, ctxOf(d, profile));
    expect(m).toMatchObject({ pattern: 'chest-badge', location: { box: portrait.box } });
    expect(d.detectImage({ ...base, cues: [portrait] }, ctxOf(d, profile))).toEqual([]);
  });

  it('faces: every face reported; roster matches raise id/coworker or id/undercover, consent does not', () => {
    const face = (match?: string) => ({ box: { x: 10, y: 10, width: 50, height: 50 }, confidence: 0.9, ...(match ? { match, similarity: 0.8 } : {}) });
    expect(run('image/faces', { ...base, faces: [face(), face()] })).toEqual(['image/faces', 'image/faces']);
    expect(run('image/faces', { ...base, faces: [face('Renee Whitfield')] })).toEqual(['image/faces', 'id/coworker']);
    expect(run('image/faces', { ...base, faces: [face('Marcus Delgado')] })).toEqual(['image/faces', 'id/undercover']);
    expect(run('image/faces', { ...base, faces: [face('Hannah Okafor')] })).toEqual(['image/faces']);
  });

  it('crime scene: a plain yellow band or a person lying down alone is not a scene', () => {
    const band = { kind: 'yellow-band', box: { x: 0, y: 0, width: 1000, height: 50 }, confidence: 0.8 };
    const lying = { kind: 'person-lying', box: { x: 0, y: 500, width: 400, height: 100 }, confidence: 0.5 };
    expect(run('case/crime-scene', { ...base, cues: [band, lying] })).toEqual([]);
    const tape = { ...band, kind: 'tape' };
    expect(run('case/crime-scene', { ...base, cues: [tape, lying] })).toEqual(['case/crime-scene', 'case/crime-scene']);
    // Yellow with print inside a vehicle's box is its livery (a taxi stripe, a school bus side), not tape.
    const car = { kind: 'object:car', box: { x: 0, y: 300, width: 1000, height: 400 }, confidence: 0.8 };
    expect(run('case/crime-scene', { ...base, cues: [car, { ...tape, box: { x: 100, y: 450, width: 800, height: 60 } }] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [car, { ...tape, box: { x: 0, y: 100, width: 1000, height: 300 } }] })).toEqual(['case/crime-scene']);
    const marker = { kind: 'evidence-marker', box: { x: 0, y: 0, width: 20, height: 20 }, confidence: 0.5 };
    expect(run('case/crime-scene', { ...base, cues: [marker] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [marker, { ...marker, box: { x: 50, y: 0, width: 20, height: 20 } }] })).toEqual(['case/crime-scene']);
  });

  it('crime scene: the tape finding says what was seen, and a band read at night or faded is less sure', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const tape = { kind: 'tape', box: { x: 0, y: 100, width: 1000, height: 40 }, confidence: 0.6, angle: 3 };
    const [day] = d.detectImage({ ...base, cues: [tape] }, ctxOf(d, profile));
    const [night] = d.detectImage({ ...base, cues: [{ ...tape, balance: [0.8, 1, 1.3] as [number, number, number] }] }, ctxOf(d, profile));
    const [dull] = d.detectImage({ ...base, cues: [{ ...tape, dull: true }] }, ctxOf(d, profile));
    expect(day).toMatchObject({ messageId: 'tape', pattern: 'tape-band', data: { seen: 'a yellow tape band with dark lettering' } });
    expect(night.data).toEqual({ seen: 'a yellow tape band with dark lettering, seen at night under orange street light' });
    expect(dull.data).toEqual({ seen: 'a faded or dimly lit yellow tape band with dark lettering' });
    expect(night.confidence).toBeLessThan(day.confidence);
    expect(dull.confidence).toBeLessThan(day.confidence);
    expect(renderMessage(d, night)).toBe('The picture shows a yellow tape band with dark lettering, seen at night under orange street light');
    const [far] = d.detectImage({ ...base, cues: [{ ...tape, detail: 'fine print, dips 0.3' }] }, ctxOf(d, profile));
    expect(far.data).toEqual({ seen: 'a thin yellow tape band far away, its print too small to read' });
    const [close] = d.detectImage({ ...base, cues: [{ ...tape, detail: 'close-up, 9 letters in a row' }] }, ctxOf(d, profile));
    expect(close.data).toEqual({ seen: 'a yellow tape band with dark lettering, close up, filling the frame' });
  });

  it('crime scene: a pale close-up counts with a tape word read on it or beside markers, not with other words or none (a cream banner, a fascia)', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const pale = { kind: 'tape', box: { x: 0, y: 250, width: 1000, height: 200 }, confidence: 0.5, angle: -6, detail: 'pale close-up, 11 letters in a row' };
    const on = { x: 300, y: 300, width: 200, height: 80 };
    expect(run('case/crime-scene', { ...base, cues: [pale] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [pale], ocr: ocrOf('BIRTHDAY', on) })).toEqual([]);
    // A short word ("LINE") is a letter from too many others to count alone; a word read off the band does not count.
    expect(run('case/crime-scene', { ...base, cues: [pale], ocr: ocrOf('LINE', on) })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [pale], ocr: ocrOf('CENTER', on) })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [pale], ocr: ocrOf('MARKET', on) })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [pale], ocr: ocrOf('SCENE', { x: 300, y: 600, width: 200, height: 80 }) })).toEqual([]);
    const [hit] = d.detectImage({ ...base, cues: [pale], ocr: ocrOf('SCEN E', on) }, ctxOf(d, profile));
    expect(hit).toMatchObject({ messageId: 'tape', pattern: 'pale-tape', confidence: 0.6, evidence: 'pale yellow band, -6°' });
    expect(hit.data).toEqual({ seen: 'a pale (washed-out or faded) yellow tape band with dark lettering, close up, filling the frame, with "SCEN E" read on it' });
    const marker = { kind: 'evidence-marker', box: { x: 0, y: 600, width: 20, height: 20 }, confidence: 0.5 };
    expect(run('case/crime-scene', { ...base, cues: [pale, marker, { ...marker, box: { x: 50, y: 600, width: 20, height: 20 } }] })).toEqual(['case/crime-scene', 'case/crime-scene']);
  });

  it('crime scene: yellow filling the frame with print is tape only with a piece of the wording read across word edges on it', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const surface = { kind: 'yellow:print', box: { x: 0, y: 100, width: 1000, height: 700 }, confidence: 0.4, angle: 8, detail: 'fills 0.6 of the frame, print 0.3' };
    const on = { x: 150, y: 300, width: 700, height: 250 };
    expect(run('case/crime-scene', { ...base, cues: [surface] })).toEqual([]);
    // One word of the wording, one edge into a short word (a French poster's SCÈNE DE ..., SCENE D cut at the frame),
    // other words, door or site wording, or the piece read off the yellow: no tape.
    for (const t of ['POLICE', 'SCENE', 'SCENE DE', 'SCENE D', 'LINE DO', 'SCHOOL BUS', 'ONLINE DONATIONS', 'DO NOT ENTER', 'DO NOT E', 'CAUTION DO NOT', 'Scene do not']) {
      expect([t, run('case/crime-scene', { ...base, cues: [surface], ocr: ocrOf(t, on) })]).toEqual([t, []]);
    }
    expect(run('case/crime-scene', { ...base, cues: [surface], ocr: ocrOf('NE DO NOT', { x: 150, y: 20, width: 700, height: 70 }) })).toEqual([]);
    const [hit] = d.detectImage({ ...base, cues: [surface], ocr: ocrOf('NE DO NOT', on) }, ctxOf(d, profile));
    expect(hit).toMatchObject({ messageId: 'closeUp', pattern: 'tape-close-up', confidence: 0.55, evidence: 'NE DO NOT', data: { piece: 'NE DO NOT', phrase: 'crime scene do not cross' } });
    expect(renderMessage(d, hit)).toBe('The picture shows a close-up of yellow tape filling the frame, with "NE DO NOT" of its wording read on it');
    // Ten letters or more, a look-alike slip (D read as O) and the wording repeating along the band: surer.
    for (const t of ['LINEOONOT CR', 'ESCENEDONO']) {
      expect(d.detectImage({ ...base, cues: [surface], ocr: ocrOf(t, on) }, ctxOf(d, profile)).map((h) => [h.pattern, h.confidence])).toEqual([['tape-close-up', 0.65]]);
    }
    // A close-up band whose print reads as such a piece keeps it (the piece is no other word) and says what was read.
    const band = { kind: 'tape', box: { x: 0, y: 200, width: 1000, height: 400 }, confidence: 0.6, angle: -6, detail: 'close-up, print 0.3' };
    const [onBand] = d.detectImage({ ...base, cues: [band], ocr: ocrOf('ENEDO NOT', on) }, ctxOf(d, profile));
    expect(onBand).toMatchObject({ pattern: 'tape-band', confidence: 0.7 });
    expect(onBand.data).toEqual({ seen: 'a yellow tape band with dark lettering, close up, with "ENEDO NOT" read on it' });
    expect(run('case/crime-scene', { ...base, cues: [band], ocr: ocrOf('HARDWARE', on) })).toEqual([]);
    // A close-up read from slabs broken by glare or a twist; across a vehicle it is as likely a row of yellow taxis.
    const broken = { ...band, confidence: 0.55, detail: 'close-up, 3 pieces on one line, broken by glare or a twist' };
    const [slabs] = d.detectImage({ ...base, cues: [broken] }, ctxOf(d, profile));
    expect(slabs.data).toEqual({ seen: 'a yellow tape band with dark lettering, close up, in pieces where glare or a twist breaks it' });
    const taxi = { kind: 'object:car', box: { x: 300, y: 250, width: 300, height: 200 }, confidence: 0.8 };
    expect(run('case/crime-scene', { ...base, cues: [broken, taxi] })).toEqual([]);
    // A whole close-up band (no slabs) in front of a car is still tape.
    expect(run('case/crime-scene', { ...base, cues: [band, taxi] })).toEqual(['case/crime-scene']);
  });

  it('crime scene: a chalk outline alone is a weak finding, surer beside tape; it backs a white suit as a marker does', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const chalk = { kind: 'outline:chalk', box: { x: 300, y: 400, width: 250, height: 300 }, confidence: 0.4, detail: 'inside 0.25, figure 5.1' };
    const [alone] = d.detectImage({ ...base, cues: [chalk] }, ctxOf(d, profile));
    expect(alone).toMatchObject({ messageId: 'chalk', pattern: 'chalk-outline', confidence: 0.4, evidence: 'chalk outline of a body on the ground' });
    expect(renderMessage(d, alone)).toBe('The picture shows what looks like a chalk outline of a body on the ground (with no other scene sign)');
    const tape = { kind: 'tape', box: { x: 0, y: 100, width: 1000, height: 40 }, confidence: 0.6, angle: 3 };
    const withTape = d.detectImage({ ...base, cues: [tape, chalk] }, ctxOf(d, profile));
    expect(withTape.map((h) => [h.pattern, h.confidence])).toEqual([['tape-band', 0.6], ['chalk-outline', 0.6]]);
    const suit = { kind: 'suit:forensic', box: { x: 600, y: 200, width: 150, height: 400 }, confidence: 0.5 };
    const hits = d.detectImage({ ...base, cues: [suit, chalk] }, ctxOf(d, profile));
    expect(hits.map((h) => h.pattern)).toEqual(['forensic-suit', 'chalk-outline']);
    expect(hits[0].data).toEqual({ seen: 'a chalk outline' });
  });

  it('crime scene: blue-and-white striped tape alone; red-and-white (building sites use it too) only beside markers, wording or a marked police car', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const box = { x: 0, y: 100, width: 1000, height: 40 };
    const [blue] = d.detectImage({ ...base, cues: [{ kind: 'tape:blue-white', box, confidence: 0.5, angle: 3 }] }, { context: 'personal', profile });
    expect(blue).toMatchObject({ messageId: 'tape', evidence: 'blue-and-white striped band, 3°' });
    const red = { kind: 'tape:red-white', box, confidence: 0.5 };
    expect(run('case/crime-scene', { ...base, cues: [red] })).toEqual([]);
    const marker = { kind: 'evidence-marker', box: { x: 0, y: 500, width: 20, height: 20 }, confidence: 0.5 };
    const markers = [marker, { ...marker, box: { x: 50, y: 500, width: 20, height: 20 } }];
    expect(run('case/crime-scene', { ...base, cues: [red, ...markers] })).toEqual(['case/crime-scene', 'case/crime-scene']);
    expect(run('case/crime-scene', { ...base, cues: [red], ocr: ocrOf('POLIZEIABSPERRUNG', { x: 100, y: 100, width: 300, height: 30 }) })).toEqual(['case/crime-scene', 'case/crime-scene']);
    // A cordon: a marked police car (its light bar) behind the red-and-white tape.
    const car = { kind: 'object:car', box: { x: 500, y: 300, width: 400, height: 200 }, confidence: 0.8 };
    const bar = { kind: 'light-bar', box: { x: 650, y: 290, width: 100, height: 20 }, confidence: 0.5 };
    expect(run('case/crime-scene', { ...base, cues: [red, car, bar] })).toEqual(['case/crime-scene']);
    expect(run('case/crime-scene', { ...base, cues: [red, car] })).toEqual([]);
  });

  it('crime scene: a person lying on bare ground, alone, is a weak finding; a lying person without the ground reading is none', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const box = { x: 200, y: 600, width: 300, height: 90 };
    const lying = { kind: 'person-lying', box, confidence: 0.6 };
    expect(run('case/crime-scene', { ...base, cues: [lying] })).toEqual([]);
    const [hit] = d.detectImage({ ...base, cues: [lying, { kind: 'lying:ground', box, confidence: 0.6, detail: 'bare ground 0.8, grass 0' }] }, ctxOf(d, profile));
    expect(hit).toMatchObject({ messageId: 'ground', pattern: 'person-lying-ground', confidence: 0.3, evidence: 'person lying on bare ground' });
  });

  it('crime scene: red-and-white tape with a police word read on it (POLIZEI, POLICE) is a cordon, less sure with the word read off the band; CAUTION is not', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const box = { x: 0, y: 100, width: 1000, height: 40 };
    const red = { kind: 'tape:red-white', box, confidence: 0.5, angle: 2 };
    const on = { x: 400, y: 105, width: 120, height: 30 };
    const [hit] = d.detectImage({ ...base, cues: [red], ocr: ocrOf('POLIZEI', on) }, ctxOf(d, profile));
    expect(hit).toMatchObject({ messageId: 'tape', pattern: 'red-white-tape', confidence: 0.65 });
    expect(hit.data).toEqual({ seen: 'a red-and-white striped tape band, with a police word printed on it' });
    expect(run('case/crime-scene', { ...base, cues: [red], ocr: ocrOf('POLICE', on) })).toEqual(['case/crime-scene']);
    expect(run('case/crime-scene', { ...base, cues: [red], ocr: ocrOf('CAUTION', on) })).toEqual([]);
    // POLICE read elsewhere in the picture (a car's door behind the tape): police lettering beside the band.
    const [off] = d.detectImage({ ...base, cues: [red], ocr: ocrOf('POLICE', { x: 400, y: 600, width: 120, height: 30 }) }, ctxOf(d, profile));
    expect(off).toMatchObject({ pattern: 'red-white-tape', confidence: 0.6, data: { seen: 'a red-and-white striped tape band, beside police lettering read in the picture' } });
    expect(run('case/crime-scene', { ...base, cues: [red], ocr: ocrOf('CAUTION', { x: 400, y: 600, width: 120, height: 30 }) })).toEqual([]);
    // On blue-and-white tape (police tape already) the word raises the confidence and is named.
    const [blue] = d.detectImage({ ...base, cues: [{ ...red, kind: 'tape:blue-white' }], ocr: ocrOf('POLICE', on) }, ctxOf(d, profile));
    expect(blue).toMatchObject({ pattern: 'blue-white-tape', confidence: 0.65 });
  });

  it('crime scene: a white forensic suit only beside another scene sign (a marker, a band like tape, a second suit)', () => {
    const suit = { kind: 'suit:forensic', box: { x: 300, y: 100, width: 200, height: 500 }, confidence: 0.5 };
    const lone = { kind: 'marker:lone', box: { x: 100, y: 600, width: 20, height: 20 }, confidence: 0.5 };
    const band = { kind: 'yellow-band', box: { x: 0, y: 80, width: 1000, height: 20 }, confidence: 0.6 };
    expect(run('case/crime-scene', { ...base, cues: [suit] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [lone] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [band] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [suit, lone] })).toEqual(['case/crime-scene']);
    expect(run('case/crime-scene', { ...base, cues: [suit, band] })).toEqual(['case/crime-scene']);
    expect(run('case/crime-scene', { ...base, cues: [suit, { ...suit, box: { x: 600, y: 100, width: 200, height: 500 } }] })).toEqual(['case/crime-scene', 'case/crime-scene']);
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const [m] = d.detectImage({ ...base, cues: [suit, lone] }, ctxOf(d, profile));
    expect(m).toMatchObject({ messageId: 'suit', pattern: 'forensic-suit', data: { seen: 'an evidence marker' } });
  });

  it('crime scene: a white forensic suit beside the police at work (a marked police car, an officer in uniform); more signs, surer', () => {
    const suit = { kind: 'suit:forensic', box: { x: 300, y: 100, width: 200, height: 500 }, confidence: 0.5 };
    const car = { kind: 'object:car', box: { x: 550, y: 300, width: 400, height: 250 }, confidence: 0.8 };
    const bar = { kind: 'light-bar', box: { x: 650, y: 300, width: 150, height: 20 }, confidence: 0.7 };
    const patch = { kind: 'patch:shoulder', box: { x: 120, y: 200, width: 30, height: 30 }, confidence: 0.6 };
    expect(run('case/crime-scene', { ...base, cues: [suit, car] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [suit, car, bar] })).toEqual(['case/crime-scene']);
    expect(run('case/crime-scene', { ...base, cues: [suit, patch] })).toEqual(['case/crime-scene']);
    // A uniform cue read on the suit itself is no second person.
    expect(run('case/crime-scene', { ...base, cues: [suit, { ...patch, box: { x: 320, y: 150, width: 30, height: 30 } }] })).toEqual([]);
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const [one] = d.detectImage({ ...base, cues: [suit, car, bar] }, ctxOf(d, profile));
    const [two] = d.detectImage({ ...base, cues: [suit, car, bar, patch] }, ctxOf(d, profile));
    expect(one.data).toEqual({ seen: 'a marked police car' });
    expect(two.data).toEqual({ seen: 'a marked police car, a police uniform' });
    expect(two.confidence).toBeGreaterThan(one.confidence);
    expect(two.confidence).toBeLessThanOrEqual(0.8);
  });

  it('crime scene: white coverall on someone crouching only beside a scene sign of its own (a band like tape, a pale band at night, a marker, a chalk outline); never beside the police or a second suit', () => {
    const crouching = { kind: 'suit:crouching', box: { x: 300, y: 200, width: 450, height: 600 }, confidence: 0.35 };
    const pale = { kind: 'band:pale', box: { x: 0, y: 190, width: 1000, height: 40 }, confidence: 0.3, angle: 0 };
    const lone = { kind: 'marker:lone', box: { x: 100, y: 800, width: 20, height: 20 }, confidence: 0.5 };
    const car = { kind: 'object:car', box: { x: 600, y: 300, width: 400, height: 250 }, confidence: 0.8 };
    const bar = { kind: 'light-bar', box: { x: 650, y: 300, width: 150, height: 20 }, confidence: 0.7 };
    const patch = { kind: 'patch:shoulder', box: { x: 120, y: 200, width: 30, height: 30 }, confidence: 0.6 };
    // Alone, or a pale band alone: nothing (a painter crouching; a lit sign or a road line at night).
    expect(run('case/crime-scene', { ...base, cues: [crouching] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [pale] })).toEqual([]);
    // The police round a white-clad person (an officer's white shirt) or two painters are no scene.
    expect(run('case/crime-scene', { ...base, cues: [crouching, car, bar] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [crouching, patch] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [crouching, { ...crouching, box: { x: 0, y: 300, width: 250, height: 300 } }] })).toEqual([]);
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const [night] = d.detectImage({ ...base, cues: [crouching, pale] }, ctxOf(d, profile));
    expect(night).toMatchObject({ messageId: 'suit', pattern: 'forensic-suit', evidence: 'white coverall on someone crouching', confidence: 0.55, data: { seen: 'a pale band like tape at night' } });
    // The sure and the faint box of one person: one finding.
    expect(run('case/crime-scene', { ...base, cues: [crouching, { ...crouching, confidence: 0.35 }, lone] })).toEqual(['case/crime-scene']);
    // A hooded suit standing at night beside a pale band.
    const suit = { kind: 'suit:forensic', box: { x: 300, y: 100, width: 200, height: 500 }, confidence: 0.5 };
    const [standing] = d.detectImage({ ...base, cues: [suit, pale] }, ctxOf(d, profile));
    expect(standing).toMatchObject({ pattern: 'forensic-suit', evidence: 'white hooded coverall', data: { seen: 'a pale band like tape at night' } });
  });

  it('crime scene: a yellow band carrying CAUTION or DANGER is building-site tape unless cordon wording is read', () => {
    const tape = { kind: 'tape', box: { x: 0, y: 380, width: 1000, height: 40 }, confidence: 0.8, angle: 2, thickness: 36 };
    const on = { x: 400, y: 385, width: 160, height: 30 };
    expect(run('case/crime-scene', { ...base, cues: [tape], ocr: ocrOf('CAUTION', on) })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [tape], ocr: ocrOf('DANGER', on) })).toEqual([]);
    // The word elsewhere in the picture (a sign on a wall) says nothing about the band.
    expect(run('case/crime-scene', { ...base, cues: [tape], ocr: ocrOf('CAUTION', { x: 100, y: 50, width: 160, height: 30 }) })).toEqual(['case/crime-scene']);
    // "CAUTION CRIME SCENE" is cordon wording: the band and the wording are both found.
    expect(run('case/crime-scene', { ...base, cues: [tape], ocr: ocrOf('CAUTION CRIME SCENE', on) })).toEqual(['case/crime-scene', 'case/crime-scene']);
  });

  it('crime scene: a close-up of a band whose print OCR reads as other words is a sign or a banner, not tape', () => {
    const closeUp = { kind: 'tape', box: { x: 0, y: 150, width: 1000, height: 500 }, confidence: 0.55, angle: 4, thickness: 300, detail: 'close-up, 8 letters in a row' };
    const on = { x: 100, y: 350, width: 700, height: 120 };
    expect(run('case/crime-scene', { ...base, cues: [closeUp], ocr: ocrOf('HARDWARE', on) })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [closeUp], ocr: ocrOf('BIG SALE NOW', on) })).toEqual([]);
    // Pieces of tape wording (cut off at the frame, a letter misread, run together) or nothing legible: tape.
    expect(run('case/crime-scene', { ...base, cues: [closeUp], ocr: ocrOf('RIME', on) })).toEqual(['case/crime-scene']);
    const twoWords = { text: 'OLICF LINI', words: [{ text: 'OLICF', start: 0, end: 5, box: on, confidence: 0.6 }, { text: 'LINI', start: 6, end: 10, box: on, confidence: 0.6 }] };
    expect(run('case/crime-scene', { ...base, cues: [closeUp], ocr: twoWords })).toEqual(['case/crime-scene']);
    expect(run('case/crime-scene', { ...base, cues: [closeUp], ocr: ocrOf('CRIMESCENE', on) })).toEqual(['case/crime-scene', 'case/crime-scene']);
    expect(run('case/crime-scene', { ...base, cues: [closeUp] })).toEqual(['case/crime-scene']);
    // Tightly set, slanted print run together with a look-alike slip every few letters (POLICE LINE DO NOT) is tape's;
    // long words of signs and vans are not.
    expect(run('case/crime-scene', { ...base, cues: [closeUp], ocr: ocrOf('PULGEUNEOONOT', on) })).toEqual(['case/crime-scene']);
    for (const sign of ['SUPERMARKET', 'CONSTRUCTION', 'DOCUMENTATION', 'RESTAURANTS']) expect(run('case/crime-scene', { ...base, cues: [closeUp], ocr: ocrOf(sign, on) }), sign).toEqual([]);
    // Other words elsewhere in the picture say nothing about it.
    expect(run('case/crime-scene', { ...base, cues: [closeUp], ocr: ocrOf('HARDWARE', { x: 100, y: 20, width: 300, height: 60 }) })).toEqual(['case/crime-scene']);
  });

  it('crime scene: a band seen whole whose print OCR reads as a longer word along it is a fascia, a hoarding or an arch sign', () => {
    // A lettered yellow fascia in one-point perspective, 12° off level: a printed band as long and slanted as tape.
    const band = { kind: 'tape', box: { x: 0, y: 200, width: 1000, height: 250 }, confidence: 0.66, angle: 12, thickness: 45, detail: 'print 0.17' };
    const on = { x: 150, y: 300, width: 300, height: 40 };
    for (const sign of ['HARDWARE', 'BAKERY', 'NEWHOMESCOMINGSOON', 'RIVERSIDE']) expect(run('case/crime-scene', { ...base, cues: [band], ocr: ocrOf(sign, on) }), sign).toEqual([]);
    // Tape wording, a piece of it or a slip of it on the band, or nothing legible: tape.
    for (const read of ['CROSS', 'OLICE', 'CRQSS', 'PULGEUNEOONOT']) expect(run('case/crime-scene', { ...base, cues: [band], ocr: ocrOf(read, on) }), read).toContain('case/crime-scene');
    expect(run('case/crime-scene', { ...base, cues: [band] })).toEqual(['case/crime-scene']);
    // A word under five letters may be small far print misread ("WEST", "PLLE"): not enough to call the band a sign.
    expect(run('case/crime-scene', { ...base, cues: [band], ocr: ocrOf('WEST', on) })).toEqual(['case/crime-scene']);
    // A dim band (read with the looser yellow, or at night with the street light's cast removed): OCR misreads its
    // print into long nonsense, which says nothing.
    expect(run('case/crime-scene', { ...base, cues: [{ ...band, dull: true }], ocr: ocrOf('CHRICESSSTACHD', on) })).toEqual(['case/crime-scene']);
    expect(run('case/crime-scene', { ...base, cues: [{ ...band, balance: [1.3, 1, 0.8] }], ocr: ocrOf('APRND', on) })).toEqual(['case/crime-scene']);
    // A word of the tape wording read on the band beside another keeps it tape; a striped band's hatching reads as
    // letters ("VIIIII" between the POLICE panels of UK tape), which say nothing.
    const mixed = { text: 'POLICE VIIIII', words: [{ text: 'POLICE', start: 0, end: 6, box: on, confidence: 0.99 }, { text: 'VIIIII', start: 7, end: 13, box: on, confidence: 0.7 }] };
    expect(run('case/crime-scene', { ...base, cues: [band], ocr: mixed })).toContain('case/crime-scene');
    expect(run('case/crime-scene', { ...base, cues: [{ ...band, kind: 'tape:blue-white' }], ocr: ocrOf('VIIIII', on) })).toEqual(['case/crime-scene']);
    // A sign inside the slanted band's box but off its line (behind the tape, below it) says nothing about it.
    expect(run('case/crime-scene', { ...base, cues: [band], ocr: ocrOf('HARDWARE', { x: 100, y: 380, width: 300, height: 40 }) })).toEqual(['case/crime-scene']);
    // A band whose angle or thickness is unknown keeps the close-up rule only; tape wording read anywhere keeps it.
    expect(run('case/crime-scene', { ...base, cues: [{ ...band, thickness: undefined }], ocr: ocrOf('HARDWARE', on) })).toEqual(['case/crime-scene']);
    const both = { text: 'HARDWARE\nPOLICE LINE DO NOT CROSS', words: [{ text: 'HARDWARE', start: 0, end: 8, box: on, confidence: 0.9 }] };
    expect(run('case/crime-scene', { ...base, cues: [band], ocr: both })).toContain('case/crime-scene');
  });

  it('crime scene: a marker card on which OCR read a word (CAUTION, WET FLOOR) is a sign, not a numbered marker', () => {
    const card = (x: number) => ({ kind: 'evidence-marker', box: { x, y: 500, width: 100, height: 120 }, confidence: 0.61, glyph: 0.33, detail: 'numeral 0.14, glyph 0.33' });
    const cards = [card(200), card(600)];
    expect(run('case/crime-scene', { ...base, cues: cards })).toEqual(['case/crime-scene']);
    const on = { x: 210, y: 520, width: 80, height: 20 };
    expect(run('case/crime-scene', { ...base, cues: cards, ocr: ocrOf('CAUTION', on) })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: cards, ocr: ocrOf('FLOOR', on) })).toEqual([]);
    // The numeral, the placard's own EVIDENCE (a slip too), or a word beside the card: still markers.
    for (const read of ['12', '1428', 'EVIDENCE', 'EVIDENGE', 'MARKER']) expect(run('case/crime-scene', { ...base, cues: cards, ocr: ocrOf(read, on) }), read).toEqual(['case/crime-scene']);
    expect(run('case/crime-scene', { ...base, cues: cards, ocr: ocrOf('CAUTION', { x: 400, y: 100, width: 80, height: 20 }) })).toEqual(['case/crime-scene']);
  });

  it('crime scene: a plain yellow band strung in front of people or vehicles, beside a second sign', () => {
    const officer = { kind: 'object:person', box: { x: 400, y: 300, width: 100, height: 300 }, confidence: 0.8 };
    const band = (y: number, x = 0, width = 1000) => ({ kind: 'yellow-band', box: { x, y, width, height: 10 }, confidence: 0.6, angle: 0, thickness: 6 });
    const car = { kind: 'object:car', box: { x: 600, y: 350, width: 300, height: 200 }, confidence: 0.8 };
    const bar = { kind: 'light-bar', box: { x: 700, y: 340, width: 100, height: 20 }, confidence: 0.5 };
    const patch = { kind: 'patch:shoulder', box: { x: 410, y: 330, width: 20, height: 20 }, confidence: 0.5 };
    // Across an officer at waist height, beside a marked car or a uniform: tape too far to read.
    expect(run('case/crime-scene', { ...base, cues: [officer, band(420), car, bar] })).toEqual(['case/crime-scene']);
    expect(run('case/crime-scene', { ...base, cues: [officer, band(420), patch] })).toEqual(['case/crime-scene']);
    // Alone it is a yellow rail or rope as often as tape.
    expect(run('case/crime-scene', { ...base, cues: [officer, band(420)] })).toEqual([]);
    // Paint on the road passes under the feet; a stripe on a vest or a car ends with it; a bus side is stacked bands.
    expect(run('case/crime-scene', { ...base, cues: [officer, band(620), car, bar] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [officer, band(420, 395, 110), car, bar] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [officer, { ...band(420), detail: 'print 0, stacked' }, car, bar] })).toEqual([]);
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const [one] = d.detectImage({ ...base, cues: [officer, band(420), patch] }, ctxOf(d, profile));
    const [two] = d.detectImage({ ...base, cues: [officer, band(420), patch, car, bar] }, ctxOf(d, profile));
    expect(one).toMatchObject({ messageId: 'strung', pattern: 'strung-band', data: { seen: 'a plain yellow band in front of people, a police uniform' } });
    // More signs are surer, and the combined confidence stays modest.
    expect(two.confidence).toBeGreaterThan(one.confidence);
    expect(two.confidence).toBeLessThanOrEqual(0.7);
  });

  it('crime scene: a forensic tent or a covered body only beside a second scene sign, never on a vehicle', () => {
    const tent = { kind: 'tent:forensic', box: { x: 500, y: 200, width: 300, height: 250 }, confidence: 0.35 };
    const body = { kind: 'body:covered', box: { x: 200, y: 600, width: 300, height: 60 }, confidence: 0.35, lumps: 0.1 };
    const lone = { kind: 'marker:lone', box: { x: 100, y: 700, width: 20, height: 20 }, confidence: 0.5 };
    const band = { kind: 'yellow-band', box: { x: 0, y: 80, width: 1000, height: 20 }, confidence: 0.6 };
    const lying = { kind: 'person-lying', box: { x: 200, y: 590, width: 300, height: 80 }, confidence: 0.5 };
    const car = { kind: 'object:car', box: { x: 450, y: 150, width: 400, height: 320 }, confidence: 0.8 };
    const bar = { kind: 'light-bar', box: { x: 600, y: 140, width: 100, height: 20 }, confidence: 0.5 };
    const police = { kind: 'object:car', box: { x: 0, y: 300, width: 300, height: 200 }, confidence: 0.8 };
    const policeBar = { kind: 'light-bar', box: { x: 100, y: 290, width: 100, height: 20 }, confidence: 0.5 };
    // Alone: a gazebo, a market stall, a beach towel, a sleeper under a blanket (a person lying is no second sign).
    expect(run('case/crime-scene', { ...base, cues: [tent] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [body] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [body, lying] })).toEqual([]);
    // A band like tape, a marked police car or the other shape alone do not make a scene of it.
    expect(run('case/crime-scene', { ...base, cues: [body, band] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [tent, body] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [tent, police, policeBar] })).toEqual([]);
    // Beside a marker or a white suit it counts.
    expect(run('case/crime-scene', { ...base, cues: [tent, lone] })).toEqual(['case/crime-scene']);
    const suit = { kind: 'suit:forensic', box: { x: 550, y: 600, width: 80, height: 200 }, confidence: 0.5 };
    expect(run('case/crime-scene', { ...base, cues: [body, suit] })).toEqual(['case/crime-scene', 'case/crime-scene']);
    // A white shape inside a vehicle's box is the vehicle (a van, a police car's own white body).
    expect(run('case/crime-scene', { ...base, cues: [tent, lone, car, bar] })).toEqual([]);
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const [m] = d.detectImage({ ...base, cues: [tent, lone, band] }, ctxOf(d, profile));
    expect(m).toMatchObject({ messageId: 'tent', pattern: 'forensic-tent', data: { seen: 'an evidence marker, a band like tape' } });
    // Two signs are surer than one; the combined confidence stays modest.
    const [one] = d.detectImage({ ...base, cues: [tent, lone] }, ctxOf(d, profile));
    expect(m.confidence).toBeGreaterThan(one.confidence);
    expect(m.confidence).toBeLessThanOrEqual(0.75);
  });

  it('crime scene: a lumpy sheet with someone standing or crouching beside it, not a flat one nor one they sit on', () => {
    const body = { kind: 'body:covered', box: { x: 200, y: 600, width: 300, height: 60 }, confidence: 0.35, lumps: 0.1 };
    const standing = { kind: 'object:person', box: { x: 560, y: 380, width: 120, height: 300 }, confidence: 0.7 };
    expect(run('case/crime-scene', { ...base, cues: [body, standing] })).toEqual(['case/crime-scene']);
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const [m] = d.detectImage({ ...base, cues: [body, standing] }, ctxOf(d, profile));
    expect(m).toMatchObject({ messageId: 'covered', pattern: 'covered-body', data: { seen: 'a person standing or crouching beside it' } });
    expect(m.confidence).toBeGreaterThanOrEqual(0.45);
    expect(m.confidence).toBeLessThanOrEqual(0.55);
    // A flat white shape (a picnic blanket, a towel, a box lid) is no body under a sheet, with or without a marker.
    const flat = { ...body, lumps: 0.02 };
    expect(run('case/crime-scene', { ...base, cues: [flat, standing] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [flat, { kind: 'marker:lone', box: { x: 100, y: 700, width: 20, height: 20 }, confidence: 0.5 }] })).toEqual([]);
    // People sitting on it (a picnic), far from it, unsure, or lying down themselves (a sleeper) do not make it a scene.
    expect(run('case/crime-scene', { ...base, cues: [body, { ...standing, box: { x: 250, y: 450, width: 150, height: 200 } }] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [body, { ...standing, box: { x: 820, y: 380, width: 120, height: 300 } }] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [body, { ...standing, box: { x: 560, y: 80, width: 120, height: 300 } }] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [body, { ...standing, confidence: 0.3 }] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [body, { ...standing, box: { x: 520, y: 600, width: 300, height: 80 } }] })).toEqual([]);
    // Inside a vehicle's box it is the vehicle (a white van's side).
    expect(run('case/crime-scene', { ...base, cues: [body, standing, { kind: 'object:truck', box: { x: 150, y: 400, width: 400, height: 300 }, confidence: 0.6 }] })).toEqual([]);
  });

  it('crime scene: a person lying down with someone over them and the police there, not a sleeper nor a lone patient', () => {
    const lying = { kind: 'person-lying', box: { x: 200, y: 600, width: 300, height: 90 }, confidence: 0.5 };
    const standing = { kind: 'object:person', box: { x: 520, y: 350, width: 120, height: 330 }, confidence: 0.7 };
    const kit = { kind: 'badge:chest', box: { x: 560, y: 420, width: 20, height: 24 }, confidence: 0.45 };
    const car = { kind: 'object:car', box: { x: 600, y: 300, width: 350, height: 200 }, confidence: 0.8 };
    const bar = { kind: 'light-bar', box: { x: 700, y: 290, width: 100, height: 20 }, confidence: 0.5 };
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const [m] = d.detectImage({ ...base, cues: [lying, standing, kit] }, ctxOf(d, profile));
    expect(m).toMatchObject({ messageId: 'attended', pattern: 'person-lying-attended', data: { seen: 'someone standing over them, a police uniform' } });
    const [both] = d.detectImage({ ...base, cues: [lying, standing, kit, car, bar] }, ctxOf(d, profile));
    expect(both.confidence).toBeGreaterThan(m.confidence);
    expect(both.confidence).toBeLessThanOrEqual(0.65);
    // No police: someone asleep on a lawn with a friend beside them, or a patient with paramedics.
    expect(run('case/crime-scene', { ...base, cues: [lying, standing] })).toEqual([]);
    // Nobody over them: a patrol car passing someone lying on a bench far off.
    expect(run('case/crime-scene', { ...base, cues: [lying, car, bar] })).toEqual([]);
    expect(run('case/crime-scene', { ...base, cues: [lying, kit, { ...standing, box: { x: 900, y: 350, width: 90, height: 330 } }] })).toEqual([]);
  });

  it('police markings: the agency identifiers count, ordinary words do not', () => {
    const words = (text: string) => run('image/police-markings', { ...base, ocr: ocrOf(text, { x: 0, y: 0, width: 100, height: 20 }) });
    expect(words('HCPD')).toEqual(['image/police-markings']);
    expect(words('Harbor City PD')).toEqual(['image/police-markings']);
    expect(words('POLICY')).toEqual([]);
    expect(words('politely')).toEqual([]);
  });

  it.each(['POLITI', 'POLIZEI', 'POLITIA', 'Policía', 'GARDA', 'GENDARMERIE', 'CARABINIERI', 'GUARDIA CIVIL', 'STATETROOPER', 'HARBORCITY PD', 'BUNDESPOLIZEI', 'Kantonspolizei', 'CONSTABLE'])(
    'police markings in other languages and run together: %s',
    (text) => {
      expect(run('image/police-markings', { ...base, ocr: ocrOf(text, { x: 0, y: 0, width: 100, height: 20 }) })).toEqual(['image/police-markings']);
    },
  );

  it.each(['P0LICE', 'POLlCE', 'POLICF', 'SHERIF', 'CARABINIER1'])('OCR slips in capitals still read as a marking: %s', (text) => {
    expect(run('image/police-markings', { ...base, ocr: ocrOf(text, { x: 0, y: 0, width: 100, height: 20 }) })).toEqual(['image/police-markings']);
  });

  it.each([
    ['OLICE', 'partial'],
    ['POLIC', 'partial'],
    ['HERIFF', 'partial'],
    ['ENDARMERIE', 'partial'],
    ['PO ICE', 'partial'],
    ['POLI CE', 'partial'],
    ['NYPD', undefined],
    ['RCMP', undefined],
  ])('police markings cut off, split or as a department acronym: %s (%s)', (text, messageId) => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    const [m, ...rest] = d.detectImage({ ...base, ocr: ocrOf(text, { x: 0, y: 0, width: 100, height: 20 }) }, ctxOf(d, profile));
    expect(rest).toEqual([]);
    expect(m.messageId).toBe(messageId);
    // A marking read only in part says so with a lower confidence than the whole word read as printed.
    const [whole] = d.detectImage({ ...base, ocr: ocrOf('POLICE', { x: 0, y: 0, width: 100, height: 20 }) }, ctxOf(d, profile));
    if (messageId === 'partial') expect(m.confidence).toBeLessThan(whole.confidence);
  });

  // Lettering read round a badge or a shield: the word twice, its first letter lost, or starting mid-word.
  it.each(['POLICEOLICE', 'POLICEPOLICE', 'LICEPOLICEPO', 'SHERIFFSHERIFF', 'P0LICEPOLICE'])('marking words run together or repeated: %s', (text) => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    const found = d.detectImage({ ...base, ocr: ocrOf(text, { x: 0, y: 0, width: 100, height: 20 }) }, ctxOf(d, profile));
    expect(found.map((m) => m.evidence)).toEqual([text]);
    const [whole] = d.detectImage({ ...base, ocr: ocrOf('POLICE', { x: 0, y: 0, width: 100, height: 20 }) }, ctxOf(d, profile));
    expect(found[0].confidence).toBeLessThan(whole.confidence);
  });

  it.each(['NO LICE', 'TO LICE', 'MARSHA', 'TROOP 42', 'CPD', 'PD', 'SAPS', 'POLICY ICE', 'POLITICAL', 'POLITICIAN', 'COSMOPOLITAN', 'MARSHALLING', 'MINNEAPOLIS', 'SHERIFFDOM'])('not a marking: %s', (text) => {
    expect(run('image/police-markings', { ...base, ocr: ocrOf(text, { x: 0, y: 0, width: 100, height: 20 }) })).toEqual([]);
  });

  it.each([
    ['POLICE LINE DO NOT CROSS', 'words'],
    ['CRIMESCENE DONOTENTER', 'words'],
    ['crime scene', 'words'],
    ['CR1ME SCENE', 'words'],
    ['OLICE LINE DO NOT CR', 'partial'],
    ['PLLE UNE QQ NOT CROSS', 'partial'],
    ['SCÈNE DE CRIME', 'words'],
    ['ESCENA DEL CRIMEN', 'words'],
    ['POLIZEIABSPERRUNG', 'words'],
    ['NON OLTREPASSARE', 'words'],
    ['POLITIE AFZETTING', 'words'],
    ['NÃO ULTRAPASSE', 'words'],
    // One band read as two OCR lines: read across them when every letter is as printed.
    ['POLICE LINE\nDO NOT CROSS', 'words'],
    ['CRIME\nSCENE', 'words'],
  ])('crime-scene tape wording read in a picture without a tape band: %s', (text, messageId) => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const found = d.detectImage({ ...base, ocr: ocrOf(text, { x: 0, y: 0, width: 100, height: 20 }) }, ctxOf(d, profile));
    expect(found.map((m) => m.messageId)).toEqual([messageId]);
    expect(found[0].confidence).toBeLessThanOrEqual(messageId === 'partial' ? 0.8 : 0.9);
  });

  // 'POLICE\nINE': two riot shields' lines, POLICE LINE only with a letter lost across them.
  it.each(['DO NOT ENTER', 'NO ENTRY', 'SCENE', 'HARBOR CITY POLICE 4471', 'Scene cleaners wanted, do not cr', 'I did not cross the road', 'CRIMSON SCENERY', 'POLICE\nINE'])(
    'not crime-scene tape wording: %s',
    (text) => {
      expect(run('case/crime-scene', { ...base, ocr: ocrOf(text, { x: 0, y: 0, width: 100, height: 20 }) })).toEqual([]);
    },
  );

  it.each(['POLITE', 'POLITICA', 'POLITIK', 'Lake Garda', 'TAXI', 'AMBULANCE', 'Polices', 'MARSHALL', 'NOTICE', 'POLISH', 'INTERCEPTOR', 'John Constable', 'CONSTANT'])(
    'words near the markings do not count: %s',
    (text) => {
      expect(run('image/police-markings', { ...base, ocr: ocrOf(text, { x: 0, y: 0, width: 100, height: 20 }) })).toEqual([]);
    },
  );
});

describe('badges and uniform shirts rendered whole (the object detector and the face model find the person)', () => {
  it('a badge in a wallet: the number under POLICE on a gold shield, and on a silver star with no police word, is a badge number; a gym card\'s is not', async () => {
    const numbers = async (name: string) => (await screen(`fixtures/images/${name}`)).filter((h) => h.ruleId === 'id/badge-number').map((h) => [h.pattern, h.evidence]);
    expect(await numbers('wallet-badge.jpg')).toEqual([['badge-number', '2317']]);
    expect(await numbers('wallet-star.jpg')).toEqual([['badge-on-shield', '518']]);
    expect(await numbers('wallet-near-miss.jpg')).toEqual([]);
  }, 120_000);

  it('a chest shot: the number engraved on a star pinned on a navy uniform shirt is a badge number; a jersey number and a price tag on a dark shirt are not', async () => {
    const numbers = async (name: string) => (await screen(`fixtures/images/${name}`, fullScreener)).filter((h) => h.ruleId === 'id/badge-number').map((h) => [h.pattern, h.evidence]);
    expect(await numbers('chest-star-number.jpg')).toEqual([['badge-on-chest', '518']]);
    expect(ids(await screen('fixtures/images/chest-jersey-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
    expect(ids(await screen('fixtures/images/chest-price-tag-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
  }, 120_000);

  it("a chest shot: a collar number in silver on each black epaulette is a badge number; a rank's pips on the same slides and a brand tag's number are not", async () => {
    const numbers = async (name: string) => (await screen(`fixtures/images/${name}`, fullScreener)).filter((h) => h.ruleId === 'id/badge-number').map((h) => [h.pattern, h.evidence]);
    expect(await numbers('shoulder-numbers.jpg')).toEqual([
      ['shoulder-number', '2417'],
      ['shoulder-number', '2417'],
    ]);
    expect(ids(await screen('fixtures/images/rank-slides-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
    expect(ids(await screen('fixtures/images/shoulder-tag-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
  }, 120_000);

  it('black print on a white page is no face: the face detector takes a printed 0 or 4 for a small face (the mesh confirms it), but the box is paper and ink', async () => {
    for (const name of ['print-serif-near-miss.jpg', 'print-mono-near-miss.jpg', 'print-mono-large-near-miss.jpg']) {
      expect(ids(await screen(`fixtures/images/${name}`, fullScreener))).toEqual([]);
    }
  }, 120_000);

  it('a shield held up to the camera: its number under POLICE is a badge number; the same shield as a trophy (CHAMPION over 2019) is nothing', async () => {
    const numbers = async (name: string) => (await screen(`fixtures/images/${name}`)).filter((h) => h.ruleId === 'id/badge-number').map((h) => [h.pattern, h.evidence]);
    expect(await numbers('badge-held.jpg')).toEqual([['badge-number', '4471']]);
    expect(ids(await screen('fixtures/images/award-shield-near-miss.jpg'))).toEqual([]);
  }, 120_000);

  it('a number on the bottom bar of a shield, far below its POLICE, is the badge\'s number: both lie on the shield; on a plate it is nothing', async () => {
    const numbers = async (name: string) => (await screen(`fixtures/images/${name}`)).filter((h) => /\d/.test(h.evidence)).map((h) => [h.ruleId, h.pattern, h.evidence]);
    expect(await numbers('shield-number-bar.jpg')).toEqual([
      ['image/police-markings', 'badge-number', '12874'],
      ['id/badge-number', 'badge-number', '12874'],
    ]);
    expect(await numbers('shield-number-bar-near-miss.jpg')).toEqual([]);
  }, 120_000);

  it("a deputy in a tan shirt with a gold star and sleeve patches is in uniform; a scout leader's tan shirt with patches and a cloth emblem is not", async () => {
    const deputy = (await screen('fixtures/images/tan-deputy.jpg', fullScreener)).filter((h) => h.ruleId === 'image/uniform');
    expect(deputy).toMatchObject([{ pattern: 'tan-uniform', confidence: 0.5, evidence: 'badge or patch on a tan uniform shirt' }]);
    expect(deputy[0]!.message).toContain('badge on a tan shirt, shoulder patches on both sleeves');
    expect(ids(await screen('fixtures/images/tan-scout-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
  }, 120_000);

  it('the same deputy under a warm bulb (tan cloth saturated to about 0.5) is still in uniform; the scout leader under it still is not', async () => {
    const deputy = (await screen('fixtures/images/tan-deputy-warm.jpg', fullScreener)).filter((h) => h.ruleId === 'image/uniform');
    expect(deputy).toMatchObject([{ pattern: 'tan-uniform', confidence: 0.5, evidence: 'badge or patch on a tan uniform shirt' }]);
    expect(deputy[0]!.message).toContain('badge on a tan shirt, shoulder patches on both sleeves');
    expect(ids(await screen('fixtures/images/tan-scout-warm-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
  }, 120_000);

  it("a uniform shirt's front past a pale wall beside the neck or an open collar's edge is no suit's white front; a suit's white shirt between the lapels still is", async () => {
    const worn = async (name: string) => (await screen(`fixtures/images/${name}`, fullScreener)).filter((h) => h.ruleId === 'image/uniform');
    const navy = await worn('navy-officer-pale-wall.jpg');
    expect(navy).toMatchObject([{ pattern: 'shoulder-patch', evidence: 'shoulder patch on a dark uniform shirt' }]);
    const patrol = await worn('patrol-open-collar.jpg');
    expect(patrol).toMatchObject([{ pattern: 'light-blue-uniform', evidence: 'badge or patch on a light-blue uniform shirt' }]);
    expect(patrol[0]!.message).toContain('badge on a light-blue shirt, shoulder patch');
    expect(ids(await screen('fixtures/images/suit-pin-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
  }, 120_000);

  it("sleeve patches on the arms' outer edges, the pale wall beyond them, are ringed by the sleeve on the arm's side; wall clocks beside a guard's arms are not patches", async () => {
    const patrol = (await screen('fixtures/images/patrol-pale-wall.jpg', fullScreener)).filter((h) => h.ruleId === 'image/uniform');
    expect(patrol).toMatchObject([{ pattern: 'light-blue-uniform', evidence: 'badge or patch on a light-blue uniform shirt' }]);
    expect(patrol[0]!.message).toContain('badge on a light-blue shirt, shoulder patches on both sleeves');
    expect(ids(await screen('fixtures/images/guard-clocks-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
  }, 120_000);

  it("sleeve patches on a navy shirt's edges before a pale wall that passes the patch colours too: the wall's colour beyond the arm is taken out, the patches stay; clocks beside bare navy sleeves are no patches", async () => {
    const navy = (await screen('fixtures/images/navy-patches-pale-wall.jpg', fullScreener)).filter((h) => h.ruleId === 'image/uniform');
    expect(navy).toMatchObject([{ pattern: 'shoulder-patch', evidence: 'shoulder patch on a dark uniform shirt' }]);
    expect(ids(await screen('fixtures/images/navy-clocks-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
  }, 120_000);

  it("a department's initials (MPD) on the chest of an officer with sleeve patches are police markings; a parcel firm's (DPD) on a courier's plain jacket are not", async () => {
    const worn = (await screen('fixtures/images/navy-initials.jpg', fullScreener)).filter((h) => h.ruleId === 'image/police-markings');
    expect(worn).toMatchObject([{ pattern: 'department-initials-worn', evidence: 'MPD' }]);
    expect(ids(await screen('fixtures/images/courier-initials-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
  }, 120_000);

  it("POLICE squeezed across a side-on officer's chest, read with its L and I run together (POUCE), is a police marking and a uniform; POLISH DELI squeezed the same on a red T-shirt is neither", async () => {
    const hits = await screen('fixtures/images/side-on-police.jpg', fullScreener);
    expect(hits.filter((h) => h.ruleId === 'image/police-markings').map((h) => h.pattern)).toContain('marking-word');
    expect(ids(hits)).toContain('image/uniform');
    expect(ids(await screen('fixtures/images/side-on-deli-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
  }, 120_000);

  it('three officers seen from behind, too small on the working raster for their sleeves (no face places the chest): read close up, each has a patch on both sleeves; people in dark coats with a logo on one sleeve do not', async () => {
    const backs = (await screen('fixtures/images/officers-back-patches.jpg', fullScreener)).filter((h) => h.ruleId === 'image/uniform');
    expect(backs.map((h) => h.pattern)).toEqual(['shoulder-patch', 'shoulder-patch', 'shoulder-patch']);
    expect(ids(await screen('fixtures/images/coats-back-logo-near-miss.jpg', fullScreener))).toEqual([]);
  }, 120_000);

  it('under a tungsten bulb the white shirt turns pale yellow and is still a suit\'s front; the navy uniform shirt under it still reads', async () => {
    const worn = (await screen('fixtures/images/navy-officer-tungsten.jpg', fullScreener)).filter((h) => h.ruleId === 'image/uniform');
    expect(worn).toMatchObject([{ pattern: 'chest-badge', evidence: 'badge on a uniform shirt' }]);
    expect(ids(await screen('fixtures/images/suit-pin-tungsten-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
  }, 120_000);

  it("under the bulb a suit's white shirt in shade turns too deep a cream for white: read with the cast taken out it is a suit's front; an open collar's skin, balanced, is none", async () => {
    const worn = (await screen('fixtures/images/navy-open-collar-tungsten.jpg', fullScreener)).filter((h) => h.ruleId === 'image/uniform');
    expect(worn).toMatchObject([{ pattern: 'chest-badge', evidence: 'badge on a uniform shirt' }]);
    expect(ids(await screen('fixtures/images/suit-shade-tungsten-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
  }, 120_000);

  it("a stop dark, a suit's white shirt in deep shade is read levelled on to 255 as well as to the white point: a suit's front; a navy shirt stays navy", async () => {
    const worn = (await screen('fixtures/images/navy-officer-dark.jpg', fullScreener)).filter((h) => h.ruleId === 'image/uniform');
    expect(worn).toMatchObject([{ pattern: 'chest-badge', evidence: 'badge on a uniform shirt' }]);
    expect(ids(await screen('fixtures/images/suit-shade-dark-near-miss.jpg', fullScreener))).toEqual(['image/faces']);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------------------------
// People small in the frame (a tenth to a sixth of it tall): too small for the posed pass, read close up.

describe('officers small in a street, among look-alikes', () => {
  // The picture's grain is drawn from a seeded generator: a grain drawn afresh each run (sharp's noise) moved a small
  // officer's check band in or out of reach and the test below passed or failed by chance.
  it('the street is drawn the same on every run, and another seed draws another grain', async () => {
    const [a, b, c] = await Promise.all([makeCrowdPhoto(320), makeCrowdPhoto(320), makeCrowdPhoto(320, 6, true, 2)]);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  it('hi-vis jackets with a chequered band and lettering on vests are found; a road worker, a guard, a cyclist, a waiter are not', async () => {
    const file = join(tempDir('crowd'), 'crowd.jpg');
    writeFileSync(file, await makeCrowdPhoto(2400));
    const hits = (await screen(file, fullScreener)).filter((h) => h.ruleId === 'image/uniform');
    // The officers stand at x 225-1400 (two in hi-vis with the check, one with POLICE, one with POLITI on the chest);
    // the look-alikes from x 1600 on.
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits.map((h) => h.pattern)).toEqual(expect.arrayContaining(['hi-vis-chequer', 'lettering-on-torso']));
    for (const h of hits) expect(h.box!.x + h.box!.width / 2).toBeLessThan(1500);
  }, 300_000);

  it('the same street underexposed (a third of its light) is brightened first: POLICE and POLITI are still read on the vests; the look-alikes stay clean', async () => {
    const dir = tempDir('crowd-dark');
    const dark = async (police: boolean) => {
      const file = join(dir, `crowd-${police}.jpg`);
      await sharp(await makeCrowdPhoto(2400, 6, police)).linear(0.3, 0).jpeg({ quality: 88 }).toFile(file);
      return (await screen(file, fullScreener)).filter((h) => h.ruleId === 'image/uniform' || h.ruleId === 'image/police-markings');
    };
    // Screened as it is (before inputs/exposure.ts), only POLICE was read and one vest found.
    const hits = await dark(true);
    expect(hits.filter((h) => h.ruleId === 'image/uniform' && h.pattern === 'lettering-on-torso').length).toBeGreaterThanOrEqual(2);
    expect(hits.map((h) => h.evidence)).toEqual(expect.arrayContaining(['POLICE', 'POLITI']));
    expect(await dark(false)).toEqual([]);
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------------------------
// Real photos (../shared/images/real): what each must produce, per its README.

const REAL = '../shared/images/real';
describe.skipIf(!existsSync(REAL))('real images', () => {
  const real = (name: string) => screen(`${REAL}/${name}`, fullScreener);

  it.each([
    ['gps-face-region-keywords.jpg', ['image/gps', 'image/people-tags', 'image/thumbnail', 'image/camera-identity']],
    ['person-in-image.jpg', ['image/people-tags', 'image/faces', 'image/camera-identity']],
    ['png-gps-after-idat.png', ['image/gps']],
    ['camera-gps-1.jpg', ['image/gps']],
    ['camera-gps-2.jpg', ['image/gps']],
    ['faces-tagged-rotated.jpg', ['image/people-tags', 'image/faces']],
    ['crime-scene_12.jpg', ['case/crime-scene']],
    ['crime-scene_6.jpg', ['case/crime-scene']],
  ])('%s', async (name, must) => {
    const hits = await real(name);
    for (const id of must) expect(ids(hits)).toContain(id);
  }, 120_000);

  it('camera-no-gps.jpg has no GPS finding', async () => {
    expect(ids(await real('camera-no-gps.jpg'))).not.toContain('image/gps');
  }, 120_000);

  it('GPS coordinates of the real files', async () => {
    expect((await real('gps-face-region-keywords.jpg')).find((h) => h.ruleId === 'image/gps')!.evidence).toBe('37.746765, -119.529883');
    expect((await real('png-gps-after-idat.png')).find((h) => h.ruleId === 'image/gps')!.evidence).toBe('50.299603, 14.820294');
  }, 120_000);

  it('faces-tagged-rotated: two tagged regions, and the detected face lies in Marie Curie\'s region', async () => {
    const hits = await real('faces-tagged-rotated.jpg');
    const tags = hits.filter((h) => h.ruleId === 'image/people-tags');
    expect(tags.map((h) => h.evidence).sort()).toEqual(['Marie Curie', 'Pierre Curie']);
    const marie = tags.find((h) => h.evidence === 'Marie Curie')!.box!;
    const face = hits.find((h) => h.ruleId === 'image/faces')!.box!;
    const cx = face.x + face.width / 2;
    const cy = face.y + face.height / 2;
    expect(cx).toBeGreaterThan(marie.x - marie.width / 2);
    expect(cx).toBeLessThan(marie.x + marie.width * 1.5);
    expect(cy).toBeGreaterThan(marie.y - marie.height / 2);
    expect(cy).toBeLessThan(marie.y + marie.height * 1.5);
  }, 120_000);

  it('crime-scene_12: tape wording read along the tilted band', async () => {
    const hits = await real('crime-scene_12.jpg');
    expect(hits.some((h) => h.ruleId === 'case/crime-scene' && h.source === 'ocr')).toBe(true);
    expect(hits.some((h) => h.ruleId === 'case/crime-scene' && h.evidence === '3 evidence markers')).toBe(true);
  }, 120_000);

  it('a face enrolled from a roster photo is recognised in another picture', async () => {
    // Enrol a crop of the face in faces-tagged-rotated under an invented undercover member's name.
    const dir = tempDir('enrol');
    const photo = join(dir, 'member.png');
    await sharp(`${REAL}/faces-tagged-rotated.jpg`).rotate().extract({ left: 160, top: 80, width: 320, height: 320 }).png().toFile(photo);
    const p: Profile = { ...profile, roster: [...profile.roster, { name: 'Ada Example', handles: [], consent: false, undercover: true, photos: [photo] }] };
    const hits = await screen(`${REAL}/faces-tagged-rotated.jpg`, fullScreener, p);
    expect(hits.find((h) => h.ruleId === 'id/undercover')).toMatchObject({ source: 'vision', evidence: 'Ada Example', box: expect.any(Object) });
    expect(fullScreener.warnings).toEqual([]);
  }, 120_000);

  it('crime-scene_3: thin, dull tape under red light, read as tape with the looser yellow', async () => {
    const hits = (await real('crime-scene_3.jpg')).filter((h) => h.ruleId === 'case/crime-scene' && h.source === 'vision');
    expect(hits.map((h) => h.message)).toContain('The picture shows a faded or dimly lit yellow tape band with dark lettering, in pieces along one line');
  }, 120_000);

  // Known miss (documented in the final report): a body in a forest with no tape, no text, no second scene sign.
  it.todo('crime-scene_4.jpg: a person lying in a forest, no tape, no text');
});

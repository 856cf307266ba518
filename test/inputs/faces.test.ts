// Faces must be human: the mesh's landmark score decides, animals and food veto, wide pictures are read as tiles.
import { existsSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { FaceModels, facesCamera, keepHumanFaces, letterbox, lowerFaceBlack, printed, skinShare, squareTiles, suppressOverlaps, type DetectedFace, type DetectedObject } from '../../src/inputs/faces.js';

/** A flat raster of one colour. */
function flat(width: number, height: number, rgb: [number, number, number]) {
  const data = Buffer.alloc(width * height * 3);
  for (let i = 0; i < width * height; i++) data.set(rgb, i * 3);
  return { data, width, height };
}
const SKIN: [number, number, number] = [224, 172, 140];
const GREY: [number, number, number] = [120, 120, 120];
const face = (x: number, confidence: number, landmarks?: number): DetectedFace => ({
  box: { x, y: 20, width: 60, height: 60 },
  confidence,
  ...(landmarks !== undefined ? { landmarks } : {}),
});
const obj = (label: string, x: number, width: number): DetectedObject => ({ label, confidence: 0.6, box: { x, y: 0, width, height: 200 } });

describe('squareTiles', () => {
  it('none for a near-square picture', () => {
    expect(squareTiles(640, 480)).toEqual([]);
    expect(squareTiles(500, 500)).toEqual([]);
  });

  it('an 800x165 strip: overlapping 165 px squares, the last flush with the right edge', () => {
    const tiles = squareTiles(800, 165);
    expect(tiles.length).toBeGreaterThanOrEqual(5);
    expect(tiles.every((t) => t.width === 165 && t.height === 165 && t.y === 0)).toBe(true);
    expect(tiles[0].x).toBe(0);
    expect(tiles.at(-1)!.x).toBe(800 - 165);
    for (let i = 1; i < tiles.length; i++) expect(tiles[i].x - tiles[i - 1].x).toBeLessThan(165);
  });

  it('a tall picture is tiled down its height', () => {
    const tiles = squareTiles(300, 900);
    expect(tiles.length).toBeGreaterThanOrEqual(3);
    expect(tiles.every((t) => t.x === 0 && t.width === 300)).toBe(true);
    expect(tiles.at(-1)!.y).toBe(600);
  });
});

describe('letterbox', () => {
  it('a wide picture scaled into the middle of a grey square with a margin, each pixel the mean of its block', () => {
    const img = flat(1040, 520, [200, 40, 40]);
    // The top-left 8x8 block white: its mean shows in the first output pixel (about 2.6 source pixels a side).
    for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) img.data.set([255, 255, 255], (y * 1040 + x) * 3);
    const { data, k, ox, oy } = letterbox(img.data, img.width, img.height, 512);
    expect(k).toBeCloseTo(2.64, 2);
    expect([ox, oy]).toEqual([59, 157]);
    const at = (x: number, y: number) => [...data.subarray((y * 512 + x) * 3, (y * 512 + x) * 3 + 3)];
    expect(at(0, 0)).toEqual([128, 128, 128]);
    expect(at(ox, oy)).toEqual([255, 255, 255]);
    expect(at(ox + 100, oy + 100)).toEqual([200, 40, 40]);
    expect(at(ox + 100, oy + 197)).toEqual([128, 128, 128]);
  });
});

describe('suppressOverlaps', () => {
  it('the same face from two tiles is kept once, the surer copy', () => {
    const a = { box: { x: 100, y: 10, width: 50, height: 50 }, confidence: 0.8, landmarks: 1 };
    const b = { box: { x: 104, y: 12, width: 48, height: 48 }, confidence: 0.9, landmarks: 0.2 };
    const c = { box: { x: 300, y: 10, width: 50, height: 50 }, confidence: 0.7, landmarks: 1 };
    expect(suppressOverlaps([b, a, c])).toEqual([a, c]);
  });
});

describe('keepHumanFaces', () => {
  const skin = flat(400, 200, SKIN);

  it('landmarks confirm a face; a box the mesh rejects is dropped', () => {
    const kept = keepHumanFaces([face(10, 0.87, 1), face(200, 0.84, 0.02)], [], skin);
    expect(kept.map((f) => f.box.x)).toEqual([10]);
    expect(kept[0].confidence).toBeGreaterThan(0.87);
  });

  it('a face on an animal or food is dropped even with landmarks, unless it is in a person too', () => {
    expect(keepHumanFaces([face(10, 0.9, 1)], [obj('dog', 0, 200)], skin)).toEqual([]);
    expect(keepHumanFaces([face(10, 0.9, 1)], [obj('pizza', 0, 200)], skin)).toEqual([]);
    expect(keepHumanFaces([face(10, 0.9, 1)], [obj('dog', 0, 200), obj('person', 0, 120)], skin)).toHaveLength(1);
  });

  it('inside a vehicle only clear landmarks stand (a driver, not a grille or a wheel)', () => {
    expect(keepHumanFaces([face(10, 0.7, 0.6)], [obj('car', 0, 300)], skin)).toEqual([]);
    expect(keepHumanFaces([face(10, 0.7, 1)], [obj('car', 0, 300)], skin)).toHaveLength(1);
    // Low in the vehicle's box (its centre 0.8 down): a wheel or a grille the mesh finds face-like, not a driver.
    const low = { ...face(10, 0.7, 1), box: { x: 10, y: 130, width: 60, height: 60 } };
    expect(keepHumanFaces([low], [obj('car', 0, 300)], skin)).toEqual([]);
    // In a person's box as well (someone crouching by the car), it stands.
    expect(keepHumanFaces([low], [obj('car', 0, 300), obj('person', 0, 120)], skin)).toHaveLength(1);
  });

  it('unconfirmed by the mesh: a sure box inside a person, on skin (a face turned down under a cap)', () => {
    const person = [obj('person', 0, 200)];
    expect(keepHumanFaces([face(10, 0.75, 0)], person, skin)).toHaveLength(1);
    expect(keepHumanFaces([face(10, 0.75, 0)], [], skin)).toEqual([]);
    // A little less sure, as after recompression (0.72 -> 0.65 at JPEG quality 40): still a face; under 0.6 not.
    expect(keepHumanFaces([face(10, 0.62, 0)], person, skin)).toHaveLength(1);
    expect(keepHumanFaces([face(10, 0.55, 0)], person, skin)).toEqual([]);
    // On a colour picture a box with no skin tone in it is not a face.
    const blue = flat(400, 200, [40, 60, 200]);
    expect(keepHumanFaces([face(10, 0.75, 0)], person, blue)).toEqual([]);
    // A black-and-white photo has no skin colour to check.
    expect(keepHumanFaces([face(10, 0.75, 0)], person, flat(400, 200, GREY))).toHaveLength(1);
  });

  it('unconfirmed by the mesh, with the lower face black cloth (a balaclava\'s eye slit): not a face; confirmed, it stands', () => {
    const person = [obj('person', 0, 200)];
    // Skin down to half the face box (y 20-80), black cloth below it.
    const masked = flat(400, 200, SKIN);
    for (let y = 52; y < 200; y++) for (let x = 0; x < 400; x++) masked.data.set([20, 20, 22], (y * 400 + x) * 3);
    expect(lowerFaceBlack(masked, face(10, 0.75, 0).box)).toBeGreaterThan(0.9);
    expect(lowerFaceBlack(skin, face(10, 0.75, 0).box)).toBe(0);
    expect(keepHumanFaces([face(10, 0.75, 0)], person, masked)).toEqual([]);
    expect(keepHumanFaces([face(10, 0.75, 0)], person, skin)).toHaveLength(1);
    // A face the mesh confirms is kept whatever covers its chin (a dark beard, a scarf).
    expect(keepHumanFaces([face(10, 0.75, 1)], person, masked)).toHaveLength(1);
  });

  it('unconfirmed by the mesh: kept only where the keypoints of the posed person round it show the face to the camera', () => {
    const [kept] = keepHumanFaces([face(10, 0.75, 0)], [obj('person', 0, 200)], skin);
    expect(kept.unconfirmed).toBe(true);
    // The face box is x 10-70, y 20-80 (face()): nose and eyes inside it, as for a face turned down under a cap.
    const pt = (x: number, y: number) => ({ x, y, score: 0.5 });
    const shoulders = { leftShoulder: pt(90, 110), rightShoulder: pt(0, 110) };
    const posed = (pose: DetectedObject['pose']) => [{ ...obj('person', 0, 200), pose }];
    expect(facesCamera(kept, posed({ nose: pt(40, 55), leftEye: pt(50, 45), ...shoulders }))).toBe(true);
    // Seen from behind: ears and shoulders, no nose or eyes (the back of a dark-haired head passes the skin test).
    expect(facesCamera(kept, posed({ leftEar: pt(65, 50), rightEar: pt(15, 50), ...shoulders }))).toBe(false);
    // A nose without an eye, or head points off the box (someone else's), is no face turned to the camera either.
    expect(facesCamera(kept, posed({ nose: pt(40, 55), ...shoulders }))).toBe(false);
    expect(facesCamera(kept, posed({ nose: pt(160, 150), leftEye: pt(170, 140), ...shoulders }))).toBe(false);
    // No keypoints read for the person (too small for them): nothing says otherwise, kept.
    expect(facesCamera(kept, [obj('person', 0, 200)])).toBe(true);
    // A face the mesh confirms stands whatever the keypoints say.
    const [sure] = keepHumanFaces([face(10, 0.75, 1)], [obj('person', 0, 200)], skin);
    expect(facesCamera(sure, posed({ leftEar: pt(65, 50), ...shoulders }))).toBe(true);
  });

  it('a box of print, dark glyphs on white paper, is no face, whatever the mesh says; a face in shadow or light is', () => {
    // A glyph on paper: white with black strokes, half and half (BlazeFace takes a printed 0 or 8 for a small face).
    const page = flat(400, 200, [250, 250, 250]);
    for (let y = 0; y < 200; y++) for (let x = 0; x < 400; x += 4) page.data.set([15, 15, 15, 15, 15, 15], (y * 400 + x) * 3);
    expect(printed(page, face(10, 0.74).box)).toBe(true);
    expect(keepHumanFaces([face(10, 0.74)], [], page)).toEqual([]);
    // The mesh scores a printed 0 as a face (0.98): print is no face all the same.
    expect(keepHumanFaces([face(10, 0.74, 0.98)], [], page)).toEqual([]);
    // A face on skin, in the dark (one extreme only) or on a grey photo stands.
    expect(keepHumanFaces([face(10, 0.74)], [], skin)).toHaveLength(1);
    expect(keepHumanFaces([face(10, 0.74)], [], flat(400, 200, [30, 25, 22]))).toHaveLength(1);
    expect(keepHumanFaces([face(10, 0.74)], [], flat(400, 200, GREY))).toHaveLength(1);
  });

  it('skinShare measures skin tones in the middle of a box', () => {
    expect(skinShare(skin, { x: 0, y: 0, width: 100, height: 100 })).toBe(1);
    expect(skinShare(flat(100, 100, GREY), { x: 0, y: 0, width: 100, height: 100 })).toBe(0);
  });
});

const REAL = '../shared/images/real';
describe.skipIf(!existsSync(REAL))('faces on a real photo', () => {
  it('an 800x165 strip of five faces gives five faces (tiles), not none', async () => {
    const one = await sharp(`${REAL}/faces-tagged-rotated.jpg`).rotate().extract({ left: 200, top: 110, width: 220, height: 220 }).resize(150, 150).png().toBuffer();
    const strip = await sharp({ create: { width: 800, height: 165, channels: 3, background: { r: 90, g: 90, b: 100 } } })
      .composite([0, 1, 2, 3, 4].map((i) => ({ input: one, left: 8 + i * 158, top: 8 })))
      .removeAlpha()
      .raw()
      .toBuffer();
    const { faces } = await new FaceModels().detect(strip, 800, 165, { objects: true });
    expect(faces).toHaveLength(5);
    expect(faces.every((f) => (f.landmarks ?? 0) >= 0.9)).toBe(true);
  }, 60_000);

  it('one person filling a tall frame, missed on the stretched picture, is found letterboxed (box in the frame\'s pixels)', async () => {
    const { data, info } = await sharp(`${REAL}/faces-tagged-rotated.jpg`).rotate().extract({ left: 430, top: 60, width: 300, height: 640 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    const models = new FaceModels();
    const { objects } = await models.detect(data, info.width, info.height, { objects: true });
    expect(objects.filter((o) => o.label === 'person')).toEqual([]);
    const [person] = await models.peopleLetterboxed(data, info.width, info.height);
    expect(person.label).toBe('person');
    expect(person.box.height).toBeGreaterThan(0.8 * info.height);
    expect(person.box.x + person.box.width).toBeLessThanOrEqual(info.width);
  }, 60_000);
});

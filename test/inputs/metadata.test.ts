// Metadata facts: GPS (EXIF and XMP), people (regions through the orientation), identity, previews, prose fields.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeImage } from '../../src/inputs/image.js';
import { jpegSegments, orientNormalisedBox, parseCoordinate, readMetadata } from '../../src/inputs/metadata.js';

async function meta(file: string) {
  const buf = readFileSync(file);
  const img = await decodeImage(file, buf);
  return readMetadata(buf, img.format, img);
}

describe('parseCoordinate', () => {
  it.each([
    [[37, 44.8059, 0], 'N', 37.746765],
    [[119, 31.793, 0], 'W', -119.5298833],
    ['48,51.504N', undefined, 48.8584],
    ['2 17 40.2 E', undefined, 2.2945],
    ['-33.5', undefined, -33.5],
    [12.5, 'S', -12.5],
  ])('%j %s -> %d', (value, ref, expected) => {
    expect(parseCoordinate(value, ref)).toBeCloseTo(expected, 4);
  });
  it('rejects what is not a coordinate', () => {
    expect(parseCoordinate('somewhere', undefined)).toBeUndefined();
  });
});

describe('orientNormalisedBox', () => {
  const r = { x: 0.1, y: 0.2, w: 0.3, h: 0.1 };
  it.each([
    [1, { x: 0.1, y: 0.2, w: 0.3, h: 0.1 }],
    [3, { x: 0.6, y: 0.7, w: 0.3, h: 0.1 }],
    [6, { x: 0.7, y: 0.1, w: 0.1, h: 0.3 }],
    [8, { x: 0.2, y: 0.6, w: 0.1, h: 0.3 }],
  ])('orientation %d', (o, expected) => {
    const got = orientNormalisedBox(r, o);
    for (const k of ['x', 'y', 'w', 'h'] as const) expect(got[k]).toBeCloseTo(expected[k], 6);
  });
});

describe('fixtures', () => {
  it('reads EXIF GPS and the IFD1 thumbnail', async () => {
    const { facts } = await meta('fixtures/images/gps-station.jpg');
    expect(facts.gps?.lat).toBeCloseTo(40.7131, 4);
    expect(facts.gps?.lon).toBeCloseTo(-74.0055, 4);
    expect(facts.gps?.tag).toBe('GPS:GPSLatitude');
    expect(facts.thumbnail).toMatchObject({ tag: 'IFD1:ThumbnailImage', width: 160 });
  });

  it('reads GPS written only in XMP', async () => {
    const { facts } = await meta('fixtures/images/gps-xmp.jpg');
    expect(facts.gps?.lat).toBeCloseTo(48.8584, 4);
    expect(facts.gps?.lon).toBeCloseTo(2.2945, 4);
  });

  it('reads MWG regions (mapped through orientation 6), PersonInImage and People| keywords', async () => {
    const { facts } = await meta('fixtures/images/people-tags.jpg');
    const byName = Object.fromEntries(facts.people.map((p) => [p.name, p]));
    expect(Object.keys(byName).sort()).toEqual(['Hannah Okafor', 'Jordan Example', 'Marcus Delgado', 'Renee Whitfield']);
    // Stored 320x480, region centre (0.25, 0.30) size 0.2x0.1 -> displayed 480x320: x = 1 - 0.35 - 0.1 = 0.55 .. 0.65
    expect(byName['Marcus Delgado'].box).toEqual({ x: 312, y: 48, width: 48, height: 64 });
    expect(byName['Renee Whitfield'].tag).toBe('XMP-Iptc4xmpExt:PersonInImage');
    expect(byName['Hannah Okafor'].box).toBeUndefined();
  });

  it('reads identity fields and the prose fields, UserComment and JPEG COM included', async () => {
    const { facts } = await meta('fixtures/images/camera-identity.jpg');
    expect(facts.identity.map((i) => i.tag)).toEqual(
      expect.arrayContaining(['IFD0:Artist', 'IFD0:Copyright', 'ExifIFD:OwnerName', 'ExifIFD:SerialNumber']),
    );
    const texts = Object.fromEntries(facts.texts.map((t) => [t.tag, t.text]));
    expect(texts['IFD0:ImageDescription']).toBe('Call me at (555) 010-7788 after shift');
    expect(texts['ExifIFD:UserComment']).toBe('home: 88 Quarry Road');
    expect(texts['File:Comment']).toBe('draft for the precinct page');
  });

  it('finds nothing in a plain file', async () => {
    const { facts } = await meta('fixtures/images/clean.png');
    expect(facts).toEqual({ people: [], identity: [], texts: [] });
  });

  it('walks JPEG segments to the start of scan', () => {
    const segs = jpegSegments(readFileSync('fixtures/images/camera-identity.jpg'));
    expect(segs).toContainEqual({ kind: 'comment', text: 'draft for the precinct page' });
  });
});

const REAL = '../shared/images/real';
describe.skipIf(!existsSync(REAL))('real images (../shared/images/real)', () => {
  it('GPS, face region, keywords and thumbnail', async () => {
    const { facts } = await meta(`${REAL}/gps-face-region-keywords.jpg`);
    expect(facts.gps?.lat).toBeCloseTo(37.7468, 4);
    expect(facts.gps?.lon).toBeCloseTo(-119.5299, 4);
    expect(facts.people).toEqual([{ name: 'Alvin the Squirrel', tag: 'XMP-mwg-rs:RegionName', box: expect.any(Object) }]);
    expect(facts.thumbnail?.tag).toBe('IFD1:ThumbnailImage');
  });

  it('PNG eXIf chunk after the image data', async () => {
    const { facts } = await meta(`${REAL}/png-gps-after-idat.png`);
    expect(facts.gps?.lat).toBeCloseTo(50.2996, 4);
  });

  it('no GPS in a camera file with an empty GPS IFD', async () => {
    const { facts } = await meta(`${REAL}/camera-no-gps.jpg`);
    expect(facts.gps).toBeUndefined();
  });

  it('maps MWG regions through EXIF orientation 6 onto the faces', async () => {
    const { facts } = await meta(`${REAL}/faces-tagged-rotated.jpg`);
    const marie = facts.people.find((p) => p.name === 'Marie Curie')!;
    const pierre = facts.people.find((p) => p.name === 'Pierre Curie')!;
    // Displayed 840x700: Marie's face is left of centre, Pierre's to the right and higher.
    expect(marie.box!.x + marie.box!.width / 2).toBeGreaterThan(250);
    expect(marie.box!.x + marie.box!.width / 2).toBeLessThan(380);
    expect(pierre.box!.x + pierre.box!.width / 2).toBeGreaterThan(520);
    expect(pierre.box!.y).toBeLessThan(marie.box!.y);
  });

  it('IPTC Extension PersonInImage and the creator', async () => {
    const { facts } = await meta(`${REAL}/person-in-image.jpg`);
    expect(facts.people.map((p) => p.name)).toEqual(['Jim Moore']);
    expect(facts.identity.map((i) => i.value)).toContain('John Doe');
  });
});

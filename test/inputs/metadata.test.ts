// Metadata facts: GPS (EXIF and XMP), people (regions through the orientation), identity, previews, prose fields.
import { existsSync, readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { decodeImage } from '../../src/inputs/image.js';
import { jpegSegments, orientNormalisedBox, parseCoordinate, readMetadata } from '../../src/inputs/metadata.js';
import { gifTexts, MAX_CHUNK_TEXT } from '../../src/inputs/png.js';

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

// User test 29, U29-3: exiftool and Adobe tools write an apostrophe in an XMP attribute as `&#39;`; exifr leaves it.
describe('XMP values with character references', () => {
  it('decodes them, so a people tag reads "O\'Rourke", not "O&#39;Rourke"', async () => {
    const packet =
      '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF ' +
      'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" ' +
      'xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      '<Iptc4xmpExt:PersonInImage><rdf:Bag><rdf:li>Siobhan O&#39;Rourke</rdf:li></rdf:Bag></Iptc4xmpExt:PersonInImage>' +
      '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Fish &amp; chips</rdf:li></rdf:Alt></dc:title>' +
      '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';
    const body = Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), Buffer.from(packet, 'utf8')]);
    const app1 = Buffer.alloc(4);
    app1.writeUInt16BE(0xffe1, 0);
    app1.writeUInt16BE(body.length + 2, 2);
    const plain = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#888' } }).jpeg().toBuffer();
    const jpeg = Buffer.concat([plain.subarray(0, 2), app1, body, plain.subarray(2)]);
    const img = await decodeImage('tagged.jpg', jpeg);
    const { facts, tags } = await readMetadata(jpeg, img.format, img);
    expect(facts.people.map((p) => p.name)).toEqual(["Siobhan O'Rourke"]);
    expect(JSON.stringify(tags)).not.toContain('&#39;');
    expect(JSON.stringify(tags)).toContain('Fish & chips');
  });
});

// User test 24 #13: a PNG's zTXt/iTXt chunks and a GIF's comment went out unscreened (exifr reads tEXt only).
describe('text written into PNG chunks and GIF extensions', () => {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  /** A real 8x8 PNG with `extra` chunks spliced in before IEND. */
  async function pngWith(...extra: Buffer[]): Promise<Buffer> {
    const sharp = (await import('sharp')).default;
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).png().toBuffer();
    return Buffer.concat([png.subarray(0, png.length - 12), ...extra, png.subarray(png.length - 12)]);
  }
  const textsOf = async (buf: Buffer, format = 'png') => {
    const img = await decodeImage(`x.${format}`, buf);
    return readMetadata(buf, img.format, img);
  };

  it('reads tEXt, zTXt, compressed and plain iTXt, under any keyword, naming the chunk', async () => {
    const buf = await pngWith(
      chunk('tEXt', Buffer.from('Location\0home: 88 Quarry Road', 'latin1')),
      chunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), deflateSync(Buffer.from('Call me at 555-201-4477', 'latin1'))])),
      chunk('iTXt', Buffer.concat([Buffer.from('Description\0\x01\0en\0\0', 'latin1'), deflateSync(Buffer.from('Det. Luis Ortega, café', 'utf8'))])),
      chunk('iTXt', Buffer.from('Title\0\0\0\0\0Sgt. Dana Kowalski', 'utf8')),
      chunk('zTXt', Buffer.concat([Buffer.from('Author\0\0', 'latin1'), deflateSync(Buffer.from('Tom Becker'))])),
      chunk('iTXt', Buffer.from('XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta/>', 'utf8')),
    );
    const { facts } = await textsOf(buf);
    expect(Object.fromEntries(facts.texts.map((t) => [t.tag, t.text]))).toEqual({
      'PNG:Location': 'home: 88 Quarry Road',
      'PNG-zTXt:Comment': 'Call me at 555-201-4477',
      'PNG-iTXt:Description': 'Det. Luis Ortega, café',
      'PNG-iTXt:Title': 'Sgt. Dana Kowalski',
    });
    expect(facts.identity).toEqual([{ tag: 'PNG-zTXt:Author', value: 'Tom Becker' }]);
  });

  it('caps what a compressed chunk may inflate to, and says so', async () => {
    const bomb = deflateSync(Buffer.alloc(MAX_CHUNK_TEXT + 10, 0x41));
    const buf = await pngWith(chunk('zTXt', Buffer.concat([Buffer.from('Comment\0\0', 'latin1'), bomb])));
    const { facts, unread } = await textsOf(buf);
    expect(facts.texts).toEqual([]);
    expect(unread).toEqual(['PNG-zTXt:Comment: not screened (inflates to over 1 MiB of text)']);
  });

  it("reads a GIF's comment and plain-text extensions", async () => {
    const comment = Buffer.from('Call me at 555-201-4477');
    const gif = Buffer.concat([
      Buffer.from('GIF89a', 'latin1'),
      Buffer.from([1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff]),
      Buffer.from([0x21, 0xfe, comment.length]),
      comment,
      Buffer.from([0, 0x21, 0x01, 12, 0, 0, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 9]),
      Buffer.from('Sgt. Dana'),
      Buffer.from([0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3b]),
    ]);
    expect(gifTexts(gif).texts).toEqual([
      { tag: 'GIF:Comment', text: 'Call me at 555-201-4477' },
      { tag: 'GIF:PlainText', text: 'Sgt. Dana' },
    ]);
    const { facts } = await textsOf(gif, 'gif');
    expect(facts.texts.map((t) => t.tag)).toEqual(['GIF:Comment', 'GIF:PlainText']);
  });
});

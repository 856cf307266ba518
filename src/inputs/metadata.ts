/**
 * Metadata with exifr, from the whole file as a Buffer (a PNG's eXIf chunk may come after the image data, so a chunked
 * path read would miss it). Produces a flat `Group:Tag` map (ExifTool-style groups: `IFD0:Artist`, `GPS:GPSLatitude`,
 * `IPTC:Keywords`, `XMP-dc:subject`, `File:Comment`) and the facts image detectors consume: GPS position, people named
 * in the file (face regions mapped to pixels through the EXIF orientation), photographer identity, embedded previews,
 * and the prose fields the text detectors read.
 */
import exifr from 'exifr';
import sharp from 'sharp';
import { decodeCharacterReferences } from '../core/normalize.js';
import type { Box, ImageMetadataFacts, MetadataText, TaggedPerson } from '../core/types.js';
import { gifTexts, pngTexts } from './png.js';

type Json = Record<string, unknown>;

export interface MetadataResult {
  tags: Record<string, unknown>;
  facts: ImageMetadataFacts;
  /** Non-fatal: exifr could not parse the metadata (the pixels may still be fine). */
  warning?: string;
  /** Text the file carries that was not screened (a compressed chunk over the size cap), one line each. */
  unread?: string[];
}

const EXIFR_OPTIONS: Parameters<typeof exifr.parse>[1] & object = {
  tiff: true,
  ifd1: true,
  exif: true,
  gps: true,
  interop: false,
  xmp: true,
  iptc: true,
  icc: false,
  jfif: false,
  ihdr: true,
  makerNote: false,
  userComment: true,
  multiSegment: true,
  mergeOutput: false,
  translateKeys: true,
  translateValues: true,
  reviveValues: true,
  sanitize: true,
};

/** exifr's group keys -> ExifTool-style group names used in tag paths. */
const GROUP_NAMES: Record<string, string> = {
  ifd0: 'IFD0',
  ifd1: 'IFD1',
  exif: 'ExifIFD',
  gps: 'GPS',
  iptc: 'IPTC',
  ihdr: 'PNG',
  interop: 'InteropIFD',
  userComment: 'ExifIFD',
  xmp: 'XMP-xmp',
};

function groupName(key: string): string {
  return GROUP_NAMES[key] ?? `XMP-${key}`;
}

/**
 * Parse everything exifr can see; WebP/GIF/HEIC/AVIF (which exifr does not read, or misreads: its HEIF reader finds
 * no Exif item in a file libheif wrote, user test 29, U29-27) fall back to sharp's EXIF and XMP blocks. A BMP holds
 * none.
 */
async function parseRaw(buffer: Buffer, format: string): Promise<Json> {
  if (format === 'bmp') return {};
  if (format === 'webp' || format === 'gif' || format === 'heic' || format === 'avif') {
    const meta = await sharp(buffer).metadata();
    const out: Json = {};
    if (meta.exif && meta.exif.length > 8) {
      const tiff = meta.exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? meta.exif.subarray(6) : meta.exif;
      Object.assign(out, ((await exifr.parse(tiff, EXIFR_OPTIONS)) as Json | undefined) ?? {});
    }
    if (meta.xmp && meta.xmp.length > 0) {
      const xmp = ((await exifr.parse(meta.xmp, { ...EXIFR_OPTIONS, tiff: false })) as Json | undefined) ?? {};
      for (const [k, v] of Object.entries(xmp)) out[k] = k in out && isObj(out[k]) && isObj(v) ? { ...(out[k] as Json), ...v } : v;
    }
    return out;
  }
  return ((await exifr.parse(buffer, EXIFR_OPTIONS)) as Json | undefined) ?? {};
}

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/** Read the file's metadata. Never throws for bad metadata: it returns what it could read and a warning. */
export async function readMetadata(
  buffer: Buffer,
  format: string,
  oriented: { width: number; height: number; orientation: number },
): Promise<MetadataResult> {
  let raw: Json = {};
  let warning: string | undefined;
  try {
    raw = await parseRaw(buffer, format);
  } catch (err) {
    warning = `metadata unreadable (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})`;
  }
  const tags: Record<string, unknown> = {};
  for (const [group, value] of Object.entries(raw)) {
    if (isObj(value)) {
      const xmp = groupName(group).startsWith('XMP-');
      for (const [k, v] of Object.entries(value)) tags[`${groupName(group)}:${k}`] = xmp ? decodedStrings(v) : v;
    } else if (group === 'userComment') {
      tags['ExifIFD:UserComment'] = value;
    } else {
      tags[`${groupName(group)}`] = value;
    }
  }
  if (format === 'jpeg') {
    for (const seg of jpegSegments(buffer)) {
      if (seg.kind === 'comment') tags['File:Comment'] = appendValue(tags['File:Comment'], seg.text);
      if (seg.kind === 'mpf') tags['MPF:PreviewImage'] = seg.bytes;
      if (seg.kind === 'photoshop-thumbnail') tags['Photoshop:ThumbnailImage'] = seg.bytes;
    }
  }
  // PNG zTXt/iTXt chunks and GIF comments, which exifr does not read (a PNG's tEXt it does: read again, same tag)
  const embedded = format === 'png' ? pngTexts(buffer) : format === 'gif' ? gifTexts(buffer) : undefined;
  for (const t of embedded?.texts ?? []) tags[t.tag] = t.tag in tags && tags[t.tag] !== t.text ? appendValue(tags[t.tag], t.text) : t.text;
  const facts: ImageMetadataFacts = {
    gps: findGps(tags),
    people: findPeople(tags, oriented),
    identity: findIdentity(tags),
    thumbnail: await findThumbnail(buffer, tags),
    texts: findTexts(tags),
  };
  const unread = embedded?.problems.length ? { unread: embedded.problems } : {};
  return { tags, facts, ...(warning ? { warning } : {}), ...unread };
}

/**
 * An XMP value with the character references in its strings decoded: exiftool and Adobe tools write an apostrophe in
 * an attribute as `&#39;`, and exifr leaves it so ("O&#39;Rourke" in PersonInImage; user test 29, U29-3).
 */
function decodedStrings(value: unknown): unknown {
  if (typeof value === 'string') return decodeCharacterReferences(value);
  if (Array.isArray(value)) return value.map(decodedStrings);
  if (isObj(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decodedStrings(v)]));
  return value;
}

function appendValue(prev: unknown, next: string): unknown {
  if (prev === undefined) return next;
  return Array.isArray(prev) ? [...prev, next] : [prev, next];
}

// ---------------------------------------------------------------------------------------------------------------
// JPEG segments exifr does not surface: COM comments, the MPF preview (APP2) and Photoshop's IRB thumbnail (APP13).

type Segment = { kind: 'comment'; text: string } | { kind: 'mpf'; bytes: number } | { kind: 'photoshop-thumbnail'; bytes: number };

export function jpegSegments(buf: Buffer): Segment[] {
  const out: Segment[] = [];
  let o = 2;
  while (o + 4 <= buf.length) {
    if (buf[o] !== 0xff) break;
    const marker = buf[o + 1];
    if (marker === 0xff) {
      o += 1;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) break; // start of scan / end of image: no more metadata segments
    if (marker >= 0xd0 && marker <= 0xd7) {
      o += 2;
      continue;
    }
    const len = buf.readUInt16BE(o + 2);
    if (len < 2 || o + 2 + len > buf.length) break;
    const body = buf.subarray(o + 4, o + 2 + len);
    if (marker === 0xfe) {
      const text = decodeText(body).trim();
      if (text) out.push({ kind: 'comment', text });
    } else if (marker === 0xe2 && body.subarray(0, 4).toString('latin1') === 'MPF\0') {
      out.push({ kind: 'mpf', bytes: mpfPreviewBytes(body.subarray(4)) });
    } else if (marker === 0xed && body.subarray(0, 14).toString('latin1') === 'Photoshop 3.0\0') {
      const n = photoshopThumbnailBytes(body.subarray(14));
      if (n > 0) out.push({ kind: 'photoshop-thumbnail', bytes: n });
    }
    o += 2 + len;
  }
  return out;
}

function decodeText(bytes: Buffer): string {
  const utf8 = bytes.toString('utf8');
  const text = utf8.includes('\uFFFD') ? bytes.toString('latin1') : utf8;
  return text.replace(/\0+$/g, '');
}

/** Total size of the non-primary images an MPF index lists (camera previews), 0 when unreadable. */
function mpfPreviewBytes(tiff: Buffer): number {
  try {
    const le = tiff.toString('latin1', 0, 2) === 'II';
    const u16 = (p: number) => (le ? tiff.readUInt16LE(p) : tiff.readUInt16BE(p));
    const u32 = (p: number) => (le ? tiff.readUInt32LE(p) : tiff.readUInt32BE(p));
    const ifd = u32(4);
    const count = u16(ifd);
    for (let i = 0; i < count; i++) {
      const e = ifd + 2 + i * 12;
      if (u16(e) === 0xb002) {
        const n = u32(e + 4);
        const at = u32(e + 8);
        let total = 0;
        for (let k = 1; k < n / 16; k++) total += u32(at + k * 16 + 4);
        return total;
      }
    }
  } catch {
    /* malformed MPF: still report the segment */
  }
  return 0;
}

/** Photoshop image resource 0x0409/0x040C is a JPEG thumbnail; returns its size or 0. */
function photoshopThumbnailBytes(irb: Buffer): number {
  let o = 0;
  while (o + 12 <= irb.length && irb.toString('latin1', o, o + 4) === '8BIM') {
    const id = irb.readUInt16BE(o + 4);
    const nameLen = irb[o + 6];
    let p = o + 6 + 1 + nameLen;
    if ((1 + nameLen) % 2) p += 1;
    if (p + 4 > irb.length) break;
    const size = irb.readUInt32BE(p);
    if (id === 0x0409 || id === 0x040c) return size;
    o = p + 4 + size + (size % 2);
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// GPS

/** `37,44.8059N`, `37 44 48.35 N`, `-119.5299` or [37, 44.8059, 0] -> decimal degrees. */
export function parseCoordinate(value: unknown, ref?: unknown): number | undefined {
  let deg: number | undefined;
  let hemi = typeof ref === 'string' ? ref.trim().toUpperCase()[0] : undefined;
  if (typeof value === 'number') deg = value;
  else if (Array.isArray(value) && value.every((n) => typeof n === 'number' || n === null)) {
    const [d = 0, m = 0, s = 0] = value as number[];
    deg = (d ?? 0) + (m ?? 0) / 60 + (s ?? 0) / 3600;
  } else if (typeof value === 'string') {
    // XMP GPSCoordinate: "DDD,MM.mmk" or "DDD,MM,SSk"; also plain decimals.
    const m = /^\s*(-?\d+(?:\.\d+)?)(?:[,\s]+(\d+(?:\.\d+)?))?(?:[,\s]+(\d+(?:\.\d+)?))?\s*([NSEW])?\s*$/i.exec(value);
    if (!m) return undefined;
    deg = Math.abs(Number(m[1])) + (m[2] ? Number(m[2]) / 60 : 0) + (m[3] ? Number(m[3]) / 3600 : 0);
    if (Number(m[1]) < 0) deg = -deg;
    if (m[4]) hemi = m[4].toUpperCase();
  }
  if (deg === undefined || !Number.isFinite(deg)) return undefined;
  if (hemi === 'S' || hemi === 'W') deg = -Math.abs(deg);
  return deg;
}

function findGps(tags: Record<string, unknown>): ImageMetadataFacts['gps'] {
  const candidates: [string, string, string | undefined, string | undefined][] = [
    ['GPS:latitude', 'GPS:longitude', undefined, undefined],
    ['GPS:GPSLatitude', 'GPS:GPSLongitude', 'GPS:GPSLatitudeRef', 'GPS:GPSLongitudeRef'],
  ];
  // XMP: exif:GPSLatitude (exifr files the XMP exif namespace under the same group as the EXIF IFD) or exifEX/others.
  for (const key of Object.keys(tags)) {
    if (key.endsWith(':GPSLatitude') && !key.startsWith('GPS:')) {
      const group = key.slice(0, key.indexOf(':'));
      candidates.push([key, `${group}:GPSLongitude`, `${group}:GPSLatitudeRef`, `${group}:GPSLongitudeRef`]);
    }
  }
  for (const [latKey, lonKey, latRef, lonRef] of candidates) {
    if (tags[latKey] === undefined || tags[lonKey] === undefined) continue;
    const lat = parseCoordinate(tags[latKey], latRef ? tags[latRef] : undefined);
    const lon = parseCoordinate(tags[lonKey], lonRef ? tags[lonRef] : undefined);
    if (lat === undefined || lon === undefined) continue;
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    // 0,0 is what a receiver writes before it has a fix: not a place.
    if (lat === 0 && lon === 0) continue;
    const altitude = typeof tags['GPS:GPSAltitude'] === 'number' ? (tags['GPS:GPSAltitude'] as number) : undefined;
    const tag = latKey === 'GPS:latitude' ? 'GPS:GPSLatitude' : latKey;
    return { lat, lon, tag, ...(altitude !== undefined ? { altitude } : {}) };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// People named in the file

/**
 * Map a normalised rectangle of the stored (unrotated) image to the auto-oriented frame. MWG and Microsoft regions are
 * written against the pixels as stored; a viewer applies the EXIF orientation, and so must we.
 */
export function orientNormalisedBox(
  r: { x: number; y: number; w: number; h: number },
  orientation: number,
): { x: number; y: number; w: number; h: number } {
  const { x, y, w, h } = r;
  switch (orientation) {
    case 2:
      return { x: 1 - x - w, y, w, h };
    case 3:
      return { x: 1 - x - w, y: 1 - y - h, w, h };
    case 4:
      return { x, y: 1 - y - h, w, h };
    case 5:
      return { x: y, y: x, w: h, h: w };
    case 6:
      return { x: 1 - y - h, y: x, w: h, h: w };
    case 7:
      return { x: 1 - y - h, y: 1 - x - w, w: h, h: w };
    case 8:
      return { x: y, y: 1 - x - w, w: h, h: w };
    default:
      return { x, y, w, h };
  }
}

function toPixels(r: { x: number; y: number; w: number; h: number }, width: number, height: number): Box {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  const x0 = clamp(r.x);
  const y0 = clamp(r.y);
  const x1 = clamp(r.x + r.w);
  const y1 = clamp(r.y + r.h);
  return {
    x: Math.round(x0 * width),
    y: Math.round(y0 * height),
    width: Math.max(1, Math.round((x1 - x0) * width)),
    height: Math.max(1, Math.round((y1 - y0) * height)),
  };
}

function asList(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (isObj(v) && typeof v.value === 'string') return v.value.trim() || undefined; // lang-alt {lang, value}
  return undefined;
}

function num(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Hierarchical keyword paths that file a person: `People|Jane Roe`, `Person/Jane Roe`, `Faces/Jane Roe`. */
const PEOPLE_PATH = /^(?:people|persons?|faces?|names?|personen|personnes)\s*[|/]\s*(?:.*[|/]\s*)?([^|/]+?)\s*$/i;

function findPeople(
  tags: Record<string, unknown>,
  oriented: { width: number; height: number; orientation: number },
): TaggedPerson[] {
  const people: TaggedPerson[] = [];
  const add = (name: string | undefined, tag: string, box?: Box) => {
    if (!name) return;
    const existing = people.find((p) => p.name.toLowerCase() === name.toLowerCase());
    if (existing) {
      if (!existing.box && box) {
        existing.box = box;
        existing.tag = tag;
      }
      return;
    }
    people.push({ name, tag, ...(box ? { box } : {}) });
  };
  const boxFrom = (r: { x: number; y: number; w: number; h: number } | undefined) =>
    r ? toPixels(orientNormalisedBox(r, oriented.orientation), oriented.width, oriented.height) : undefined;

  for (const [key, value] of Object.entries(tags)) {
    const group = key.slice(0, key.indexOf(':'));
    const name = key.slice(key.indexOf(':') + 1);
    // MWG: mwg-rs:Regions { AppliedToDimensions, RegionList: [{Name, Type, Area {x, y, w, h} (centre-based)}] }
    if (group === 'XMP-mwg-rs' && name === 'Regions' && isObj(value)) {
      for (const region of asList(value.RegionList)) {
        if (!isObj(region)) continue;
        const type = str(region.Type)?.toLowerCase();
        if (type && type !== 'face') continue;
        const area = isObj(region.Area) ? region.Area : undefined;
        const [x, y, w, h] = [num(area?.x), num(area?.y), num(area?.w), num(area?.h)];
        const unit = str(area?.unit)?.toLowerCase();
        let rect: { x: number; y: number; w: number; h: number } | undefined;
        if (x !== undefined && y !== undefined && w !== undefined && h !== undefined) {
          const dims = isObj(value.AppliedToDimensions) ? value.AppliedToDimensions : undefined;
          const dw = num(dims?.w);
          const dh = num(dims?.h);
          // Pixel units are rare; normalise by the dimensions the region was written against.
          const sx = unit === 'pixel' && dw ? 1 / dw : 1;
          const sy = unit === 'pixel' && dh ? 1 / dh : 1;
          rect = { x: (x - w / 2) * sx, y: (y - h / 2) * sy, w: w * sx, h: h * sy };
        }
        add(str(region.Name), 'XMP-mwg-rs:RegionName', boxFrom(rect));
      }
    }
    // Microsoft Photo: MP:RegionInfo { Regions: [{ Rectangle: "x, y, w, h" (top-left), PersonDisplayName }] }
    if (/^XMP-(MP|MPRI|MicrosoftPhoto)/.test(group) && isObj(value) && (name === 'RegionInfo' || name === 'Regions')) {
      const list = isObj(value) && 'Regions' in value ? value.Regions : value;
      for (const region of asList(list)) {
        if (!isObj(region)) continue;
        const rect = str(region.Rectangle)?.split(/\s*,\s*/).map(Number);
        const box =
          rect && rect.length === 4 && rect.every(Number.isFinite)
            ? boxFrom({ x: rect[0], y: rect[1], w: rect[2], h: rect[3] })
            : undefined;
        add(str(region.PersonDisplayName), 'XMP-MP:RegionPersonDisplayName', box);
      }
    }
    // IPTC Extension: PersonInImage (bag of names) and PersonInImageWDetails [{PersonName}]
    if (group === 'XMP-Iptc4xmpExt' && name === 'PersonInImage') {
      for (const p of asList(value)) add(str(p), 'XMP-Iptc4xmpExt:PersonInImage');
    }
    if (group === 'XMP-Iptc4xmpExt' && name === 'PersonInImageWDetails') {
      for (const p of asList(value)) if (isObj(p)) for (const n of asList(p.PersonName)) add(str(n), 'XMP-Iptc4xmpExt:PersonInImageWDetails');
    }
    // Hierarchical keywords: Lightroom, digiKam, Microsoft, MediaPro, ACDSee
    if (
      (group === 'XMP-lr' && name === 'hierarchicalSubject') ||
      (group === 'XMP-digiKam' && name === 'TagsList') ||
      (group === 'XMP-MicrosoftPhoto' && name === 'LastKeywordXMP') ||
      (group === 'XMP-mediapro' && name === 'CatalogSets')
    ) {
      for (const k of asList(value)) {
        const m = PEOPLE_PATH.exec(str(k) ?? '');
        if (m) add(m[1], key);
      }
    }
  }
  return people;
}

// ---------------------------------------------------------------------------------------------------------------
// Identity of the photographer, owner or camera

const IDENTITY_TAGS = [
  'IFD0:Artist',
  'IFD0:Copyright',
  'IFD0:XPAuthor',
  'ExifIFD:OwnerName',
  'ExifIFD:CameraOwnerName',
  'ExifIFD:BodySerialNumber',
  'ExifIFD:SerialNumber',
  'ExifIFD:LensSerialNumber',
  'IPTC:Byline',
  'IPTC:CopyrightNotice',
  'IPTC:Writer',
  'XMP-dc:creator',
  'XMP-dc:rights',
  'XMP-aux:SerialNumber',
  'XMP-photoshop:CaptionWriter',
  'PNG:Author',
  'PNG:Copyright',
  'PNG-zTXt:Author',
  'PNG-zTXt:Copyright',
  'PNG-iTXt:Author',
  'PNG-iTXt:Copyright',
];

function findIdentity(tags: Record<string, unknown>): { tag: string; value: string }[] {
  const out: { tag: string; value: string }[] = [];
  const seen = new Set<string>();
  for (const tag of IDENTITY_TAGS) {
    for (const v of asList(tags[tag])) {
      const value = str(v);
      if (!value || /^(unknown|none|n\/a|-+|0+)$/i.test(value)) continue;
      const k = `${tag.split(':')[1].toLowerCase()}=${value.toLowerCase()}`;
      if (seen.has(value.toLowerCase()) || seen.has(k)) continue;
      seen.add(value.toLowerCase());
      out.push({ tag, value });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Embedded previews

async function findThumbnail(buffer: Buffer, tags: Record<string, unknown>): Promise<ImageMetadataFacts['thumbnail']> {
  const len = num(tags['IFD1:ThumbnailLength']);
  if (len && len > 0) {
    let dims: { width?: number; height?: number } = {};
    try {
      const thumb = await exifr.thumbnail(buffer);
      if (thumb && thumb.length > 0) {
        const m = await sharp(Buffer.from(thumb)).metadata();
        dims = { width: m.width, height: m.height };
      }
    } catch {
      /* size unknown: the preview is still there */
    }
    return { tag: 'IFD1:ThumbnailImage', bytes: len, ...dims };
  }
  for (const tag of ['MPF:PreviewImage', 'Photoshop:ThumbnailImage']) {
    if (tags[tag] !== undefined) return { tag, bytes: num(tags[tag]) ?? 0 };
  }
  if (tags['XMP-xmp:Thumbnails'] !== undefined || tags['XMP-xap:Thumbnails'] !== undefined) {
    return { tag: tags['XMP-xmp:Thumbnails'] !== undefined ? 'XMP-xmp:Thumbnails' : 'XMP-xap:Thumbnails', bytes: 0 };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Prose fields: captions, descriptions, keywords, titles, comments

const TEXT_TAGS = [
  'IFD0:ImageDescription',
  'IFD0:XPTitle',
  'IFD0:XPComment',
  'IFD0:XPKeywords',
  'IFD0:XPSubject',
  'ExifIFD:UserComment',
  'IPTC:Caption',
  'IPTC:Headline',
  'IPTC:ObjectName',
  'IPTC:Keywords',
  'IPTC:SpecialInstructions',
  'IPTC:Sublocation',
  'XMP-dc:description',
  'XMP-dc:title',
  'XMP-dc:subject',
  'XMP-photoshop:Headline',
  'XMP-photoshop:Instructions',
  'XMP-lr:hierarchicalSubject',
  'XMP-Iptc4xmpCore:Location',
  'XMP-Iptc4xmpExt:Event',
  'XMP-exif:UserComment',
  'XMP-tiff:ImageDescription',
  'File:Comment',
  'PNG:Comment',
  'PNG:Description',
  'PNG:Title',
];

/** Groups of text written into a PNG's chunks or a GIF's extensions (src/inputs/png.ts). */
const EMBEDDED_TEXT_GROUP = /^(?:PNG|PNG-zTXt|PNG-iTXt|GIF):/;
/** What exifr files under `PNG:` from the IHDR chunk: the image's layout, no prose. */
const PNG_HEADER_FIELDS = new Set(['ImageWidth', 'ImageHeight', 'BitDepth', 'ColorType', 'Compression', 'Filter', 'Interlace'].map((k) => `PNG:${k}`));

/** Contact details of the creator are prose the PII detectors should see (an officer's own phone, e-mail, address). */
const CONTACT_KEYS = ['CiAdrExtadr', 'CiAdrCity', 'CiTelWork', 'CiEmailWork', 'CiUrlWork'];

/** EXIF UserComment: 8 bytes of charset id, then the text. */
export function decodeUserComment(v: unknown): string | undefined {
  if (typeof v === 'string') return v.replace(/\0+/g, '').trim() || undefined;
  if (isObj(v)) return str(v);
  if (!(v instanceof Uint8Array) || v.length <= 8) return undefined;
  const buf = Buffer.from(v);
  const charset = buf.toString('latin1', 0, 8).replace(/\0+$/, '').trim().toUpperCase();
  const body = buf.subarray(8);
  const text = charset === 'UNICODE' ? body.toString('utf16le') : decodeText(body);
  return text.replace(/\0+/g, '').trim() || undefined;
}

function findTexts(tags: Record<string, unknown>): MetadataText[] {
  const out: MetadataText[] = [];
  const seen = new Set<string>();
  const push = (tag: string, text: string | undefined) => {
    if (!text) return;
    const t = text.trim();
    if (!t || seen.has(`${tag}\n${t}`)) return;
    seen.add(`${tag}\n${t}`);
    out.push({ tag, text: t });
  };
  for (const tag of TEXT_TAGS) {
    const v = tags[tag];
    if (v === undefined) continue;
    if (tag.endsWith('UserComment')) {
      push(tag, decodeUserComment(v));
      continue;
    }
    const items = asList(v).map(str).filter((s): s is string => Boolean(s));
    if (items.length) push(tag, items.join('; '));
  }
  // Every other text chunk of a PNG (any keyword: "Caption", "Location", "Note") and a GIF's comments: a person writes them.
  for (const [tag, v] of Object.entries(tags)) {
    if (!EMBEDDED_TEXT_GROUP.test(tag) || TEXT_TAGS.includes(tag) || IDENTITY_TAGS.includes(tag) || PNG_HEADER_FIELDS.has(tag)) continue;
    const items = asList(v).map(str).filter((s): s is string => Boolean(s));
    if (items.length) push(tag, items.join('; '));
  }
  const contact = tags['XMP-Iptc4xmpCore:CreatorContactInfo'];
  if (isObj(contact)) {
    for (const k of CONTACT_KEYS) push(`XMP-Iptc4xmpCore:CreatorContactInfo/${k}`, str(contact[k]));
  }
  return out;
}

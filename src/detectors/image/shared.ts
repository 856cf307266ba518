/**
 * Helpers shared by the image/* detectors (and case/crime-scene-image): locating OCR spans, distances on the globe,
 * roster look-ups for names found in a picture, and the words that mark police equipment. Pure functions.
 */
import type { Box, OcrResult, Profile, RosterMember, TextLocation, VisionCue } from '../../core/types.js';

/** A TextLocation for [start, end) of the OCR text, with the union box of the words it covers. */
export function ocrLocation(ocr: OcrResult, start: number, end: number): TextLocation {
  const before = ocr.text.slice(0, start);
  const line = before.split('\n').length;
  const column = start - (before.lastIndexOf('\n') + 1) + 1;
  const box = unionBox(ocr.words.filter((w) => w.end > start && w.start < end).map((w) => w.box));
  return { start, end, line, column, ...(box ? { box } : {}) };
}

/** The smallest box holding every box given. */
export function unionBox(boxes: Box[]): Box | undefined {
  if (!boxes.length) return undefined;
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Fraction of `inner` that lies inside `outer`. */
export function insideShare(inner: Box, outer: Box): number {
  const w = Math.min(inner.x + inner.width, outer.x + outer.width) - Math.max(inner.x, outer.x);
  const h = Math.min(inner.y + inner.height, outer.y + outer.height) - Math.max(inner.y, outer.y);
  if (w <= 0 || h <= 0) return 0;
  return (w * h) / Math.max(1, inner.width * inner.height);
}

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function distanceMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
}

function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The roster member a tagged name refers to: the full name in any case or accents, "Last, First", or a name with
 * the member's rank in front ("Sgt. Renee Whitfield"). Tag names are whole names, so no partial matching.
 */
export function rosterMemberNamed(profile: Profile, name: string): RosterMember | undefined {
  const n = normaliseName(name);
  const comma = /^\s*([^,]+),\s*(.+)$/.exec(name);
  const swapped = comma ? normaliseName(`${comma[2]} ${comma[1]}`) : undefined;
  for (const m of profile.roster) {
    const full = normaliseName(m.name);
    if (!full) continue;
    if (n === full || swapped === full) return m;
    if (n.endsWith(` ${full}`) && n.split(' ').length - full.split(' ').length <= 2) return m;
  }
  return undefined;
}

/**
 * Words printed on police cars, uniforms, patches and badges.
 * e.g. "POLICE", "SHERIFF", "STATE TROOPER", "HIGHWAY PATROL", "K-9 UNIT", "DEPUTY"
 */
const MARKING_WORDS = String.raw`police|policia|polizei|sheriff'?s?|deputy|state\s+trooper|trooper|highway\s+patrol|state\s+patrol|constable|marshal|k-?9(?:\s+unit)?|swat|s\.w\.a\.t\.?`;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const markingCache = new WeakMap<Profile, RegExp>();

/** One regex for the generic marking words plus this agency's names and identifiers, as whole words. */
export function markingRegex(profile: Profile): RegExp {
  let re = markingCache.get(profile);
  if (!re) {
    const own = [...profile.agency.names, ...profile.agency.identifiers]
      .map((s) => s.trim())
      .filter((s) => s.length >= 2)
      .sort((a, b) => b.length - a.length)
      .map((s) => escapeRe(s).replace(/\s+/g, '\\s+'));
    re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${[...own, MARKING_WORDS].join('|')})(?![\p{L}\p{N}])`, 'giu');
    markingCache.set(profile, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Markings found in the OCR text: spans in the text. */
export function findMarkings(ocr: OcrResult, profile: Profile): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of ocr.text.matchAll(markingRegex(profile))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function cuesOf(cues: VisionCue[] | undefined, kind: string | ((k: string) => boolean)): VisionCue[] {
  return (cues ?? []).filter((c) => (typeof kind === 'string' ? c.kind === kind : kind(c.kind)));
}

export const VEHICLE_KINDS = new Set(['object:car', 'object:truck', 'object:bus', 'object:motorcycle']);

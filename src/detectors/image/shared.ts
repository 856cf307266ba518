/**
 * Helpers shared by the image/* detectors (and case/crime-scene-image): locating OCR spans, distances on the globe,
 * roster look-ups for names found in a picture, and the words that mark police equipment. Pure functions.
 */
import type { Box, OcrResult, Profile, RosterMember, TextLocation, VisionCue } from '../../core/types.js';
import { boxForSpan, unionBox } from '../../core/boxes.js';
import { editDistance } from '../../nlp/edit-distance.js';
import { escapeRegex } from '../vocab.js';
import { DEPARTMENT_ACRONYM, MARKING_WORDS, NOT_MARKINGS } from './marking-words.js';
import { fold, LOOKALIKE } from './read-phrases.js';

/** A TextLocation for [start, end) of the OCR text, with the union box of the words it covers. */
export function ocrLocation(ocr: OcrResult, start: number, end: number): TextLocation {
  const before = ocr.text.slice(0, start);
  const line = before.split('\n').length;
  const column = start - (before.lastIndexOf('\n') + 1) + 1;
  const box = boxForSpan(ocr, start, end);
  return { start, end, line, column, ...(box ? { box } : {}) };
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

/** Items of a word list: one a line, blank lines skipped. */
export function listItems(list: string): string[] {
  return list
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}


const ANY_CASE_ITEMS = listItems(MARKING_WORDS).filter((w) => w !== w.toUpperCase());
const CAPITAL_ITEMS = listItems(MARKING_WORDS).filter((w) => w === w.toUpperCase());
/** Single marking words long enough to be matched with one OCR slip (shorter ones must be read exactly). */
const FUZZY_WORDS = [...new Set(listItems(MARKING_WORDS).filter((w) => !/\s/.test(w) && /^\p{L}+$/u.test(w)).map(fold))].filter((w) => w.length >= 6);
const NOT_MARKING = new Set(listItems(NOT_MARKINGS).map(fold));
/**
 * Single marking words of five letters (GARDA, POLIS): too short for any slip, but read with one letter taken for
 * another of the same shape (CONFUSABLE) with the first and last letter right, they are still the word ("GAROA").
 */
const SHORT_WORDS = [...new Set(listItems(MARKING_WORDS).filter((w) => /^\p{L}{5}$/u.test(w)).map(fold))];
/**
 * Letters a scene reader takes for each other on small, faint or tilted print: round (O D Q C G), upright strokes
 * (I L T J), bowls on a stem (R P B), bars (E F), open bottoms (U V), verticals with diagonals (M N H).
 * Not A for E or I for E: GERDA, POLES and POLOS are words and names.
 */
const CONFUSABLE = ['odqcg', 'iltj', 'rpb', 'ef', 'uv', 'mnh'];
const sameShape = (a: string, b: string) => CONFUSABLE.some((g) => g.includes(a) && g.includes(b));

/** Whether a five-letter token (look-alike digits read as letters) is a short marking word, with at most one letter read as another of its shape. */
function shortSlip(t: string): boolean {
  return SHORT_WORDS.some((w) => {
    if (w[0] !== t[0] || w[4] !== t[4]) return false;
    const diff = [...w].flatMap((c, i) => (c === t[i] ? [] : [[c, t[i]]]));
    return diff.length === 0 || (diff.length === 1 && sameShape(diff[0][0], diff[0][1]));
  });
}

/** An item as a pattern: its words may be separated by any space or none (OCR runs printed words together). */
function itemPattern(item: string): string {
  return item
    .split(/\s+/)
    .map((w) => escapeRegex(w).replace(/'/g, "['’]"))
    .join('\\s*');
}

/**
 * The marking patterns for a profile, as whole words: the listed words in any case, the listed capitals only in
 * capitals, and this agency's names and identifiers in any case. The `prepare` of the detectors that read markings
 * (one result per profile, built by the engine).
 */
export function markingRegexes(profile: Profile): RegExp[] {
  const own = [...profile.agency.names, ...profile.agency.identifiers].map((s) => s.trim()).filter((s) => s.length >= 2);
  const build = (items: string[], flags: string) =>
    new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${items
        .sort((a, b) => b.length - a.length)
        .map(itemPattern)
        .join('|')})(?![\p{L}\p{N}])`,
      flags,
    );
  return [build([...own, ...ANY_CASE_ITEMS], 'giu'), build(CAPITAL_ITEMS, 'gu')];
}

/**
 * Narrow letters the scene reader runs together into one wide letter on small, condensed or soft print (a vest's
 * lettering seen side-on, a chest print a few pixels high): an L with the I beside it read as U ("POUCE" for POLICE,
 * "POUZE" for POLIZE), a T with the I before or after it read as M ("POLIM", "POLM" for POLITI). Each wide letter
 * stands for one to MERGED_MAX such narrow letters, one of them its key letter (U holds an L, M a T).
 */
const MERGED: Record<string, { narrow: string; key: string }> = { u: { narrow: 'il', key: 'l' }, m: { narrow: 'it', key: 't' } };
const MERGED_MAX = 3;
/** Wide letters a reading may have for narrow ones at most (POLITI read "POUM": two). */
const MERGES = 2;

/**
 * Whether a token (folded) is listed word `w` with one or two of its runs of narrow letters read as one wide letter
 * (MERGED) and every other letter read as printed but one, which may be taken for another of its shape (CONFUSABLE).
 * e.g. "pouce", "rouce", "poum", "polmi" -> true for police/politi; "pouch", "polish", "pouches" -> false
 */
function mergedReading(t: string, w: string, i = 0, j = 0, n = 0, shape = 0): boolean {
  if (i === t.length) return j === w.length && n > 0;
  if (j < w.length && t[i] === w[j] && mergedReading(t, w, i + 1, j + 1, n, shape)) return true;
  // One other letter taken for another of its shape besides ("ROUCE": P read as R).
  if (j < w.length && shape < 1 && sameShape(t[i], w[j]) && mergedReading(t, w, i + 1, j + 1, n, shape + 1)) return true;
  const m = MERGED[t[i]];
  if (!m || n >= MERGES) return false;
  for (let k = 1; k <= MERGED_MAX && j + k <= w.length && m.narrow.includes(w[j + k - 1]); k++) {
    if (w.slice(j, j + k).includes(m.key) && mergedReading(t, w, i + 1, j + k, n + 1, shape)) return true;
  }
  return false;
}

/**
 * How a token of capitals may be a marking word OCR misread or cut short: 'slip' when look-alike digits and signs read
 * as letters leave it one edit from a listed word of six letters or more, or when it is such a word with narrow letters
 * run together into a wide one (mergedReading: "POUCE", "POLM"); 'partial' when it is such a word with its
 * first or last letter missing, or two when two thirds of the word still show or it has nine letters or more: print
 * cut off at the frame or hidden behind something (a rifle across a vest, an arm, a door pillar). Never a real word
 * listed in NOT_MARKINGS. `sameEnds`: only a slip that keeps the word's first and last letter (two pieces of one word
 * split by OCR: "PO ICE" is POLICE, "NO LICE" is not).
 * e.g. "P0LICE", "POLlCE", "POLICF", "POUCE" -> slip; "OLICE", "POLIC", "SHERIF", "POLI", "SHERI" -> partial;
 * "POLICY", "POLITE", "Police", "LICE", "POL" -> undefined
 */
export function markingReading(token: string, sameEnds = false): 'slip' | 'partial' | undefined {
  // A lower-case l among capitals is OCR's capital I ("POLlCE").
  const letters = token.replace(/(?<=\p{Lu})l|l(?=\p{Lu})/gu, 'I').replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase()) return undefined;
  const t = fold(token.replace(/(?<=\p{Lu})l|l(?=\p{Lu})/gu, 'I'))
    .split('')
    .map((c) => LOOKALIKE[c] ?? c)
    .join('');
  if (!/^\p{L}+$/u.test(t) || t.length < 4 || NOT_MARKING.has(t)) return undefined;
  const cutOff = (w: string) => {
    const missing = w.length - t.length;
    return missing >= 1 && missing <= (w.length >= 9 || 3 * t.length >= 2 * w.length ? 2 : 1) && (w.startsWith(t) || w.endsWith(t));
  };
  // Narrow letters read as one wide one: the whole word is there, squeezed (four letters may be six: "POUM").
  if (!sameEnds && FUZZY_WORDS.some((w) => w.length > t.length && mergedReading(t, w))) return 'slip';
  // ... and cut off at one end as well ("POUZE": POLIZEI squeezed, its last I lost), five letters or more, every other
  // letter as printed.
  if (!sameEnds && t.length >= 5 && FUZZY_WORDS.some((w) => w.length > t.length + 1 && (mergedReading(t, w.slice(0, -1), 0, 0, 0, 1) || mergedReading(t, w.slice(1), 0, 0, 0, 1)))) return 'partial';
  // Four letters are only ever a piece of a word (two thirds of a six-letter one), never a slip of one.
  if (t.length < 5) return !sameEnds && FUZZY_WORDS.some(cutOff) ? 'partial' : undefined;
  // A five-letter word (GARDA) gets one slip of a letter's shape, not any edit: the exact reading is the regex's.
  if (t.length === 5 && shortSlip(t)) return 'slip';
  if (sameEnds) return FUZZY_WORDS.some((w) => w[0] === t[0] && w.at(-1) === t.at(-1) && editDistance(t, w, 1) <= 1) ? 'slip' : undefined;
  if (FUZZY_WORDS.some(cutOff)) return 'partial';
  return FUZZY_WORDS.some((w) => editDistance(t, w, 1) <= 1) ? 'slip' : undefined;
}

/**
 * Police words printed alone across a riot shield, a vest or a jacket's back, where a gloved hand, an arm, a strap or a
 * rifle often hides letters in the middle: the reader then gives the head and the tail ("PO CE" for POLICE with LI
 * under a glove, "PO EI" for POLIZEI). Only these words, so that compounds and words of other trades do not yield
 * pieces of everyday words ("CO TABLE" of CONSTABLE, "TR ER" of TROOPER).
 */
const HIDDEN_MIDDLE_WORDS = ['police', 'polizei', 'politie', 'politi', 'policia', 'polizia', 'policja', 'policie', 'politia', 'polisi', 'sheriff'];
/**
 * Letters a hidden middle holds at most: a glove or a forearm across a shield's word hides one or two (renders: every
 * police word's middle hidden so read as two pieces with two letters missing). Three would take in POSTIE read "PO IE"
 * (POLITIE with LIT hidden).
 */
const HIDDEN_MAX = 2;

/**
 * How many letters are hidden between two pieces of capitals read as the head and the tail of one of
 * HIDDEN_MIDDLE_WORDS: each two letters or more, together four or more and more than half the word, one to HIDDEN_MAX
 * letters hidden between; 0 when they are not. Look-alike digits read as letters ("P0 CE").
 * e.g. ("PO", "CE") -> 2, ("POL", "EI") -> 2, ("PO", "ICE") -> 1, ("SH", "IFF") -> 2; ("PO", "IE"), ("PO", "ET"), ("P", "LICE"), ("Po", "ce") -> 0
 */
export function hiddenMiddle(a: string, b: string): number {
  const letters = (s: string) => (/^\p{Lu}+$/u.test(s.replace(/\d/gu, 'O')) ? fold(s).split('').map((c) => LOOKALIKE[c] ?? c).join('') : '');
  const head = letters(a);
  const tail = letters(b);
  if (head.length < 2 || tail.length < 2 || !/^\p{L}+$/u.test(head + tail)) return 0;
  for (const w of HIDDEN_MIDDLE_WORDS) {
    const hidden = w.length - head.length - tail.length;
    if (hidden >= 1 && hidden <= HIDDEN_MAX && head.length + tail.length >= 4 && 2 * (head.length + tail.length) > w.length && w.startsWith(head) && w.endsWith(tail)) return hidden;
  }
  return 0;
}

/**
 * Whether a token of capitals is marking words run together or repeated, as lettering around a badge, a patch or a
 * shield is read when the reader goes round it: at least one whole listed word of six letters or more, and only
 * listed words or pieces of them (two letters or more, the first and last piece only) besides.
 * e.g. "POLICEOLICE", "POLICEPOLICE", "LICEPOLICEPO", "SHERIFFSHERIFF"; not "POLITICAL", "POLITICA" (NOT_MARKINGS)
 */
export function runTogether(token: string): boolean {
  if (token.length < 8 || token !== token.toUpperCase()) return false;
  const t = fold(token)
    .split('')
    .map((c) => LOOKALIKE[c] ?? c)
    .join('');
  if (!/^\p{L}+$/u.test(t) || NOT_MARKING.has(t)) return false;
  const n = t.length;
  const piece = (p: string) => p.length >= 2 && FUZZY_WORDS.some((w) => w.includes(p));
  // ok[i]: t[0, i) is a head piece (or nothing) then whole words; the last piece may be a part of a word.
  const ok = new Array<boolean>(n + 1).fill(false);
  ok[0] = true;
  for (let i = 2; i <= n; i++) if (piece(t.slice(0, i))) ok[i] = true;
  const wholeEnd = new Array<boolean>(n + 1).fill(false);
  for (let i = 0; i < n; i++) {
    if (!ok[i] && !wholeEnd[i]) continue;
    for (const w of FUZZY_WORDS) {
      if (t.startsWith(w, i)) wholeEnd[i + w.length] = true;
    }
  }
  if (wholeEnd[n]) return true;
  for (let i = 6; i < n; i++) if (wholeEnd[i] && piece(t.slice(i))) return true;
  return false;
}

/** Whether a token of capitals reads as a marking word with OCR slips (see markingReading). */
export function looksLikeMarking(token: string): boolean {
  return markingReading(token) !== undefined;
}

/**
 * A marking found in OCR text: its span, and how it was read (as listed, with OCR slips, or cut off). `pieces`: the
 * spans of the words of one marking the reader cut apart and set on different lines, left to right in the picture
 * (the span runs from the first to the last of them in the text).
 */
export interface MarkingRead {
  start: number;
  end: number;
  read: 'exact' | 'slip' | 'partial';
  pieces?: [number, number][];
}

/** The marking as read: its span's text, or its pieces side by side ("POL ICE"). */
export function markingText(ocr: OcrResult, m: MarkingRead): string {
  return m.pieces ? m.pieces.map(([a, b]) => ocr.text.slice(a, b)).join(' ') : ocr.text.slice(m.start, m.end);
}

/** Where the marking is: its span's location, boxed round its own pieces only when it has them. */
export function markingLocation(ocr: OcrResult, m: MarkingRead): TextLocation {
  const loc = ocrLocation(ocr, m.start, m.end);
  if (!m.pieces) return loc;
  const box = unionBox(m.pieces.flatMap(([a, b]) => ocr.words.filter((w) => w.start >= a && w.end <= b).map((w) => w.box)));
  return { ...loc, ...(box ? { box } : {}) };
}

/**
 * Two capital pieces of one marking word that the reader set on different lines, side by side in the picture
 * (lettering round a patch or a badge read in pieces along its curve, a word broken by a fold): each two to five
 * letters, of about one height, at about one level, the second starting within half a letter's height of the
 * first's end (or overlapping it a little), together one edit from a listed word with its first and last letter; or
 * the head and the tail of a police word with one to three letters hidden between them (hiddenMiddle), the gap about
 * as wide as the hidden letters (half to 1.6 times their width, and half a height more).
 * e.g. "POL" over x 350-501 and "ICE" over x 478-618 at one height -> POLICE; "PO" over x 650-740 and "CE" over x
 * 830-920 -> POLICE (LI hidden); not "POLI" + "TE" (POLITE), not "PO" + "CE" a word's length apart
 */
function splitAcrossLines(ocr: OcrResult): { a: OcrResult['words'][number]; b: OcrResult['words'][number] }[] {
  const caps = ocr.words.filter((w) => /^\p{Lu}{2,5}$/u.test(w.text));
  const out: { a: (typeof caps)[number]; b: (typeof caps)[number] }[] = [];
  for (const a of caps) {
    for (const b of caps) {
      if (a === b || ocr.text.slice(Math.min(a.start, b.start), Math.max(a.end, b.end)).indexOf('\n') < 0) continue;
      const h = Math.max(a.box.height, b.box.height);
      const gap = b.box.x - (a.box.x + a.box.width);
      const dy = Math.abs(a.box.y + a.box.height / 2 - (b.box.y + b.box.height / 2));
      if (Math.min(a.box.height, b.box.height) < 0.6 * h || dy > 0.5 * h || gap < -0.3 * h) continue;
      if (gap <= 0.5 * h && markingReading(a.text + b.text, true)) {
        out.push({ a, b });
        continue;
      }
      // Letters hidden between the pieces (a glove across a shield's POLICE): the gap about as wide as they are.
      const hidden = hiddenMiddle(a.text, b.text);
      const letter = (a.box.width / a.text.length + b.box.width / b.text.length) / 2;
      if (hidden && gap >= 0.5 * hidden * letter && gap <= 1.6 * hidden * letter + 0.5 * h) out.push({ a, b });
    }
  }
  return out;
}

/**
 * Markings found in the OCR text: spans in the text, exact items first, then a department's acronym in capitals
 * (NYPD, LAPD), then single capital tokens read fuzzily, then two short capital tokens of one word split by a gap
 * OCR read as a space ("PO ICE", "SHER FF"), then a police word's head and tail with letters hidden between them
 * read on one line across a gap ("PO CE", "PO- ZEI": hiddenMiddle), then two such pieces the reader set on different
 * lines, side by side in the picture (splitAcrossLines).
 */
export function findMarkings(ocr: OcrResult, markings: readonly RegExp[]): MarkingRead[] {
  const out: MarkingRead[] = [];
  const free = (start: number, end: number) => !out.some((o) => o.start < end && start < o.end);
  for (const re of [...markings, DEPARTMENT_ACRONYM]) {
    re.lastIndex = 0;
    for (const m of ocr.text.matchAll(re)) if (free(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, read: 'exact' });
  }
  for (const m of ocr.text.matchAll(/[\p{L}\p{N}|!$€]{4,}/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end)) continue;
    const read = markingReading(m[0]) ?? (runTogether(m[0]) ? 'slip' : undefined);
    if (read) out.push({ start, end, read });
  }
  for (const m of ocr.text.matchAll(/(?<![\p{L}\p{N}])([\p{Lu}\p{N}|!$€]{2,4}) ([\p{Lu}\p{N}|!$€]{2,4})(?![\p{L}\p{N}])/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!free(start, end) || !/\p{L}/u.test(m[1]) || !/\p{L}/u.test(m[2])) continue;
    // The gap hid a letter ("PO ICE") or none ("POLI CE"): either way the pieces together are one edit from the word.
    const read = markingReading(m[1] + m[2], true);
    if (read) out.push({ start, end, read: 'partial' });
  }
  // A head and a tail with letters hidden between them, read on one line across the gap ("PO CE", "PO- ZEI").
  for (const m of ocr.text.matchAll(/(?<![\p{L}\p{N}])([\p{Lu}\d]{2,5})[^\p{L}\p{N}\n|!$€]{1,3}([\p{Lu}\d]{2,5})(?![\p{L}\p{N}])/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (free(start, end) && /\s/u.test(m[0]) && hiddenMiddle(m[1], m[2])) out.push({ start, end, read: 'partial' });
  }
  for (const { a, b } of splitAcrossLines(ocr)) {
    const start = Math.min(a.start, b.start);
    const end = Math.max(a.end, b.end);
    if (free(a.start, a.end) && free(b.start, b.end)) out.push({ start, end, read: 'partial', pieces: [[a.start, a.end], [b.start, b.end]] });
  }
  return out.sort((a, b) => a.start - b.start);
}

export function cuesOf(cues: VisionCue[] | undefined, kind: string | ((k: string) => boolean)): VisionCue[] {
  return (cues ?? []).filter((c) => (typeof kind === 'string' ? c.kind === kind : kind(c.kind)));
}

export const VEHICLE_KINDS = new Set(['object:car', 'object:truck', 'object:bus', 'object:motorcycle']);

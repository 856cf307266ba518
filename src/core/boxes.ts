/** Boxes in an image's pixels: the union a finding points at. Pure functions. */
import type { Box, OcrResult, OcrWord } from './types.js';

/**
 * The smallest box in whole pixels holding every box given (OCR words read in a rotated or enlarged crop have
 * fractional boxes, which a report would print as "@ 201.48125,211.6375 96.04374999999999x15.478125000000006").
 */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (!boxes.length) return undefined;
  const x0 = Math.floor(Math.min(...boxes.map((b) => b.x)));
  const y0 = Math.floor(Math.min(...boxes.map((b) => b.y)));
  const x1 = Math.ceil(Math.max(...boxes.map((b) => b.x + b.width)));
  const y1 = Math.ceil(Math.max(...boxes.map((b) => b.y + b.height)));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The same box, or both absent. */
export function sameBox(a: Box | undefined, b: Box | undefined): boolean {
  if (!a || !b) return a === b;
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

/** The union box (whole pixels) of the OCR words overlapping [start, end) of the OCR text. */
export function boxForSpan(ocr: OcrResult, start: number, end: number): Box | undefined {
  return unionBox(ocr.words.filter((w) => w.end > start && w.start < end).map((w) => w.box));
}

/** Rules whose words, read in a picture, name or number a person: the whole tag they are printed on is covered. */
export const TAG_RULES: ReadonlySet<string> = new Set(['id/coworker', 'id/undercover', 'id/badge-number']);

/**
 * The police-markings readings of a number that may be a badge's: one the words before it call a badge's, and one
 * nothing names (no badge cue, no vehicle under it: a drawn star badge's "2231" under CEDAR RIDGE / POLICE, user test
 * 29 U29-17). A number on a detected vehicle is a unit number (unit-number) and stays covered word by word: the
 * livery's POLICE lines round a car door's number are no tag.
 */
const BADGE_NUMBER_MARKINGS: ReadonlySet<string> = new Set(['badge-number', 'number-beside-marking']);

/** Whether a hit read in a picture is covered with the tag it is printed on (tagBlock): a name or a badge's number. */
function coversTag(h: { ruleId: string; source: string; pattern?: string }): boolean {
  if (h.source !== 'ocr') return false;
  return TAG_RULES.has(h.ruleId) || (h.ruleId === 'image/police-markings' && BADGE_NUMBER_MARKINGS.has(h.pattern ?? ''));
}

/**
 * How many lines above and below a hit the tag cover takes (tagBlock's rounds): a name tag's agency line under the
 * name; a badge's whole stack over its number ("BROOKHAVEN" / "FALLS" / "POLICE" / "4417": user test 30, U30-17, the
 * city's first line was left readable when only two lines were taken).
 */
const NAME_TAG_LINES = 2;
const BADGE_LINES = 4;

/** The tag cover of a hit read in a picture (tagBlock), or undefined for a hit covered otherwise (coversTag). */
export function tagCover(h: { ruleId: string; source: string; pattern?: string; box?: Box; evidence: string }, words: readonly OcrWord[]): ReturnType<typeof tagBlock> | undefined {
  if (!h.box || !coversTag(h)) return undefined;
  return tagBlock(h.box, words, /\d/.test(h.evidence) ? BADGE_LINES : NAME_TAG_LINES);
}

/** More words than a name tag's line holds (a rank, an initial, a name, a number). */
const TAG_LINE_WORDS = 4;

/**
 * Whether a name or number was read in printed prose rather than on a tag: its line, the words that run on from it
 * with gaps under one and a half letter heights, holds more than TAG_LINE_WORDS words or sentence punctuation. A name
 * tag's line is "SGT R WHITFIELD"; a flyer's is "Questions? Ask Officer Reyes:" (user test 27, U2-3: the tag cover
 * took the lines above and below and blacked out two thirds of the flyer).
 */
function inProse(hit: Box, onLine: readonly OcrWord[], most = TAG_LINE_WORDS): boolean {
  const words = [...onLine].sort((a, b) => a.box.x - b.box.x);
  let from = hit.x;
  let to = hit.x + hit.width;
  const run = new Set<OcrWord>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const w of words) {
      if (run.has(w)) continue;
      const reach = 1.5 * Math.max(w.box.height, hit.height);
      if (w.box.x <= to + reach && w.box.x + w.box.width >= from - reach) {
        run.add(w);
        from = Math.min(from, w.box.x);
        to = Math.max(to, w.box.x + w.box.width);
        grew = true;
      }
    }
  }
  return run.size > most || [...run].some((w) => /[?!:;,]$/.test(w.text));
}

/**
 * The text block of a name tag around a hit: every OCR word on the hit's line (the rank and initial beside a name,
 * "SGT R WHITFIELD"), then the lines just above and below that overlap it (the agency line under a name), `lines`
 * rounds of them. `tag` is false, and the box the hit's own, where the hit was read in printed prose (inProse): a
 * flyer's lines are no tag; nor is a short line next to prose, a screenshot's poster name and handle over the post's
 * text (user test 29, U29-25: the tag cover took the avatar, the name, the handle and three of the post's four lines).
 */
export function tagBlock(hit: Box, words: readonly OcrWord[], lines = NAME_TAG_LINES): { box: Box; lineHeight: number; tag: boolean } {
  const onLine = (w: Box, b: Box) => Math.min(w.y + w.height, b.y + b.height) - Math.max(w.y, b.y) > 0.5 * Math.min(w.height, b.height);
  const sameLine = words.filter((w) => onLine(w.box, hit));
  if (inProse(hit, sameLine)) return { box: hit, lineHeight: hit.height, tag: false };
  // a line next to the tag's is prose with sentence punctuation or more than five words (a badge's motto, "TO PROTECT
  // AND TO SERVE", is five)
  const prose = (w: OcrWord) => inProse(w.box, words.filter((v) => onLine(v.box, w.box)), TAG_LINE_WORDS + 1);
  const line = sameLine.filter((w) => w.box.x < hit.x + hit.width + 3 * hit.height && w.box.x + w.box.width > hit.x - 3 * hit.height);
  let box = unionBox([hit, ...line.map((w) => w.box)]) as Box;
  const lineHeight = Math.max(...line.map((w) => w.box.height), hit.height);
  for (let round = 0; round < lines; round++) {
    const near = words.filter((w) => {
      const gap = Math.max(box.y - (w.box.y + w.box.height), w.box.y - (box.y + box.height));
      const xOverlap = Math.min(w.box.x + w.box.width, box.x + box.width) - Math.max(w.box.x, box.x);
      return gap > 0 && gap < 1.2 * lineHeight && xOverlap > 0 && w.box.height < 2 * lineHeight;
    });
    if (!near.length) break;
    if (near.some(prose)) return { box: hit, lineHeight: hit.height, tag: false };
    box = unionBox([box, ...near.map((w) => w.box)]) as Box;
  }
  return { box, lineHeight, tag: true };
}

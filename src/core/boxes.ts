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

/** The union box (whole pixels) of the OCR words overlapping [start, end) of the OCR text. */
export function boxForSpan(ocr: OcrResult, start: number, end: number): Box | undefined {
  return unionBox(ocr.words.filter((w) => w.end > start && w.start < end).map((w) => w.box));
}

/** Rules whose words, read in a picture, name or number a person: the whole tag they are printed on is covered. */
export const TAG_RULES: ReadonlySet<string> = new Set(['id/coworker', 'id/undercover', 'id/badge-number']);

/**
 * The text block of a name tag around a hit: every OCR word on the hit's line (the rank and initial beside a name,
 * "SGT R" before "WHITFIELD"), then the lines just above and below that overlap it (the agency line under a name).
 */
export function tagBlock(hit: Box, words: readonly OcrWord[]): { box: Box; lineHeight: number } {
  const onLine = (w: Box, b: Box) => Math.min(w.y + w.height, b.y + b.height) - Math.max(w.y, b.y) > 0.5 * Math.min(w.height, b.height);
  const line = words.filter((w) => onLine(w.box, hit) && w.box.x < hit.x + hit.width + 3 * hit.height && w.box.x + w.box.width > hit.x - 3 * hit.height);
  let box = unionBox([hit, ...line.map((w) => w.box)]) as Box;
  const lineHeight = Math.max(...line.map((w) => w.box.height), hit.height);
  for (let round = 0; round < 2; round++) {
    const near = words.filter((w) => {
      const gap = Math.max(box.y - (w.box.y + w.box.height), w.box.y - (box.y + box.height));
      const xOverlap = Math.min(w.box.x + w.box.width, box.x + box.width) - Math.max(w.box.x, box.x);
      return gap > 0 && gap < 1.2 * lineHeight && xOverlap > 0 && w.box.height < 2 * lineHeight;
    });
    if (!near.length) break;
    box = unionBox([box, ...near.map((w) => w.box)]) as Box;
  }
  return { box, lineHeight };
}

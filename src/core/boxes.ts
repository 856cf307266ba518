/** Boxes in an image's pixels: the union a finding points at. Pure functions. */
import type { Box, OcrResult } from './types.js';

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

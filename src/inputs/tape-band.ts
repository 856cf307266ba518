/**
 * Tesseract along a crime-scene tape band: the band the picture cues found (a long yellow run at some angle) is cut
 * out, levelled and binarised by colour, so the print on it is read as one clean line of text.
 */
import sharp from 'sharp';
import type { VisionCue } from '../core/types.js';
import type { DecodedImage } from './image.js';
import { mapLines, scaleBox, type OcrLine, type OcrPool } from './ocr.js';
import { bandYellow } from './vision.js';

/**
 * Read the words along a tape band: crop the band's box from the working raster, turn it level, keep the rows where
 * the yellow runs, scale the letters to ~50 px, binarise (black print on yellow) and OCR it as a block of text.
 * Word boxes are turned back into the original's frame.
 */
export async function readAlongBand(pool: OcrPool, img: DecodedImage, cue: VisionCue): Promise<OcrLine[]> {
  if (!cue.box) return [];
  const k = 1 / img.scale; // full -> working pixels
  const x0 = Math.max(0, Math.round(cue.box.x * k));
  const y0 = Math.max(0, Math.round(cue.box.y * k));
  const w = Math.min(img.workWidth - x0, Math.round(cue.box.width * k));
  const h = Math.min(img.workHeight - y0, Math.round(cue.box.height * k));
  if (w < 16 || h < 8) return [];
  const angle = cue.angle ?? 0;
  // The yellow the band was found with: a night band under its cast gains, a dull band with the looser yellow.
  const isTapeYellow = bandYellow(cue);
  const rotated = await sharp(img.rgb, { raw: { width: img.workWidth, height: img.workHeight, channels: 3 } })
    .extract({ left: x0, top: y0, width: w, height: h })
    .rotate(-angle, { background: { r: 255, g: 255, b: 255 } })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rw = rotated.info.width;
  const rh = rotated.info.height;
  const ch = rotated.info.channels;
  // Rows where at least a quarter of the pixels are tape yellow: the levelled band.
  let best: [number, number] | undefined;
  let runStart = -1;
  for (let y = 0; y <= rh; y++) {
    let yellow = 0;
    if (y < rh) {
      for (let x = 0; x < rw; x++) {
        const p = (y * rw + x) * ch;
        if (isTapeYellow(rotated.data[p], rotated.data[p + 1], rotated.data[p + 2])) yellow++;
      }
    }
    if (y < rh && yellow >= rw * 0.25) {
      if (runStart < 0) runStart = y;
    } else if (runStart >= 0) {
      if (!best || y - runStart > best[1] - best[0]) best = [runStart, y];
      runStart = -1;
    }
  }
  if (!best || best[1] - best[0] < 6) return [];
  const pad = Math.round((best[1] - best[0]) * 0.3);
  const r0 = Math.max(0, best[0] - pad);
  const r1 = Math.min(rh, best[1] + pad);
  const sh = r1 - r0;
  // Binarise by colour inside the band: between the first and last yellow pixel of each column, yellow -> white and
  // anything else (the print) -> black; outside the band -> white, so the floor or sky never touches the letters.
  const bin = Buffer.alloc(rw * sh, 255);
  for (let x = 0; x < rw; x++) {
    let top = -1;
    let bottom = -1;
    for (let y = r0; y < r1; y++) {
      const p = (y * rw + x) * ch;
      if (isTapeYellow(rotated.data[p], rotated.data[p + 1], rotated.data[p + 2])) {
        if (top < 0) top = y;
        bottom = y;
      }
    }
    if (top < 0) continue;
    for (let y = top; y <= bottom; y++) {
      const p = (y * rw + x) * ch;
      const r = rotated.data[p];
      const g = rotated.data[p + 1];
      const b = rotated.data[p + 2];
      if (!isTapeYellow(r, g, b) && Math.max(r, g, b) < 140) bin[(y - r0) * rw + x] = 0;
    }
  }
  const up = Math.min(3, Math.max(0.5, 120 / sh));
  const png = await sharp(bin, { raw: { width: rw, height: sh, channels: 1 } })
    .resize({ width: Math.max(16, Math.round(rw * up)) })
    .extend({ top: 10, bottom: 10, left: 10, right: 10, background: { r: 255, g: 255, b: 255 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
  const lines = await pool.recognize(png, '6');
  const rad = (angle * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // A point of the levelled strip -> the same point in the crop as it was (rotate back about the centres).
  const back = (px: number, py: number): [number, number] => {
    const dx = (px - 10) / up - rw / 2;
    const dy = (py - 10) / up + r0 - rh / 2;
    return [w / 2 + dx * cos - dy * sin, h / 2 + dx * sin + dy * cos];
  };
  return mapLines(lines, (b) => {
    const corners = [back(b.x, b.y), back(b.x + b.width, b.y), back(b.x, b.y + b.height), back(b.x + b.width, b.y + b.height)];
    const xs = corners.map((c) => c[0] + x0);
    const ys = corners.map((c) => c[1] + y0);
    const bx = Math.max(0, Math.min(...xs));
    const by = Math.max(0, Math.min(...ys));
    return scaleBox({ x: bx, y: by, width: Math.max(...xs) - bx, height: Math.max(...ys) - by }, img.scale);
  });
}

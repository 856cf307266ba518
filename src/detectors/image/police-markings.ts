// image/police-markings: words that mark police equipment or clothing read off the picture (POLICE, SHERIFF, the
// agency's own names and identifiers, patch text) and unit/car numbers printed next to them: they identify the
// department, the unit and often the officer (clause on showing department equipment and identifiers).
import type { ImageDetector, ImageMatch } from '../../core/types.js';
import { findMarkings, ocrLocation } from './shared.js';

/**
 * A unit, car or shield number: 2-5 digits, optionally with a letter prefix.
 * e.g. "2147", "K9-12", "#318", "Unit 52"
 */
const UNIT_NUMBER = /(?<![\p{L}\p{N}])(?:unit|car|no\.?|#)?\s*[A-Z]{0,2}-?\d{2,5}(?![\p{L}\p{N}])/giu;

export const policeMarkings: ImageDetector = {
  kind: 'image',
  id: 'image/police-markings',
  title: 'Police markings in the picture',
  description:
    'Flags police markings read in the picture by OCR: POLICE, SHERIFF, TROOPER, the agency names and identifiers from the profile, and unit or car numbers printed beside them.',
  messages: {
    default: 'The picture shows police markings; they identify department equipment or clothing',
    unit: 'The picture shows a unit or car number beside police markings',
  },
  examples: { tp: [], fp: [] },
  detectImage(image, ctx) {
    const ocr = image.ocr;
    if (!ocr?.text) return [];
    const out: ImageMatch[] = [];
    const markings = findMarkings(ocr, ctx.profile);
    for (const m of markings) {
      const loc = ocrLocation(ocr, m.start, m.end);
      const words = ocr.words.filter((w) => w.end > m.start && w.start < m.end);
      const conf = words.length ? Math.min(...words.map((w) => w.confidence)) : 0.5;
      out.push({
        source: 'ocr',
        location: loc,
        confidence: Math.round(Math.min(0.95, 0.5 + 0.45 * conf) * 100) / 100,
        evidence: ocr.text.slice(m.start, m.end),
      });
    }
    if (!markings.length) return out;
    // Numbers on the same OCR line as a marking, or within three text heights of one, read as unit numbers.
    const markBoxes = markings.map((m) => ocrLocation(ocr, m.start, m.end).box).filter((b) => b !== undefined);
    for (const n of ocr.text.matchAll(UNIT_NUMBER)) {
      const start = n.index + (n[0].length - n[0].trimStart().length);
      const end = n.index + n[0].length;
      const loc = ocrLocation(ocr, start, end);
      if (!loc.box) continue;
      const near = markBoxes.some((b) => {
        const h = Math.max(b.height, loc.box!.height);
        const dx = Math.max(0, Math.max(b.x, loc.box!.x) - Math.min(b.x + b.width, loc.box!.x + loc.box!.width));
        const dy = Math.max(0, Math.max(b.y, loc.box!.y) - Math.min(b.y + b.height, loc.box!.y + loc.box!.height));
        return dx <= 6 * h && dy <= 3 * h;
      });
      if (near) out.push({ source: 'ocr', location: loc, confidence: 0.7, evidence: ocr.text.slice(start, end), messageId: 'unit' });
    }
    return out;
  },
};

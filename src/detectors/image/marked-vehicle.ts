// image/marked-vehicle: a marked police vehicle in the picture (a car, truck, bus or motorcycle found by the object
// detector that carries police markings read by OCR, or a red-and-blue light bar on its roof line). Shows department
// equipment and often its unit number (clause on department equipment and vehicles).
import type { ImageDetector, ImageMatch } from '../../core/types.js';
import { cuesOf, findMarkings, insideShare, ocrLocation, VEHICLE_KINDS } from './shared.js';

export const markedVehicle: ImageDetector = {
  kind: 'image',
  id: 'image/marked-vehicle',
  title: 'Marked police vehicle',
  description:
    'Flags a vehicle (found by the object detector) that carries police markings read by OCR, or a red-and-blue light bar on its roof line. Unmarked cars and vehicles the detector misses are not seen.',
  messages: {
    default: 'The picture shows a marked police vehicle (police wording on a {vehicle})',
    lightbar: 'The picture shows a vehicle with an emergency light bar ({vehicle})',
  },
  examples: { tp: [], fp: [] },
  detectImage(image, ctx) {
    const vehicles = cuesOf(image.cues, (k) => VEHICLE_KINDS.has(k));
    if (!vehicles.length) return [];
    const out: ImageMatch[] = [];
    const markings = image.ocr ? findMarkings(image.ocr, ctx.profile).map((m) => ({ m, loc: ocrLocation(image.ocr!, m.start, m.end) })) : [];
    const bars = cuesOf(image.cues, 'light-bar');
    for (const v of vehicles) {
      const vb = v.box;
      if (!vb) continue;
      const vehicle = v.kind.slice('object:'.length);
      const on = markings.find(({ loc }) => loc.box && insideShare(loc.box, vb) >= 0.6);
      if (on) {
        const word = image.ocr!.text.slice(on.m.start, on.m.end);
        out.push({ source: 'vision', location: { box: vb }, confidence: Math.round(Math.min(0.9, 0.5 + v.confidence * 0.5) * 100) / 100, evidence: `${word} on ${vehicle}`, data: { vehicle } });
        continue;
      }
      const bar = bars.find((b) => b.box && insideShare(b.box, { ...vb, y: vb.y - vb.height * 0.15, height: vb.height * 1.15 }) >= 0.6);
      if (bar) out.push({ source: 'vision', location: { box: vb }, confidence: Math.round(Math.min(0.6, bar.confidence * (0.5 + v.confidence)) * 100) / 100, evidence: `light bar on ${vehicle}`, messageId: 'lightbar', data: { vehicle } });
    }
    return out;
  },
};

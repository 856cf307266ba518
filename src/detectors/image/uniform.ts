// image/uniform: a person in police uniform, seen the only way clearpost honestly can: police marking text (POLICE,
// SHERIFF, the agency's name, patch text) read inside the box of a person the object detector found. Uniforms without
// readable text are not seen (clause on posting in uniform / identifying members).
import type { ImageDetector, ImageMatch } from '../../core/types.js';
import { cuesOf, findMarkings, insideShare, ocrLocation } from './shared.js';

export const uniform: ImageDetector = {
  kind: 'image',
  id: 'image/uniform',
  title: 'Person in police uniform',
  description:
    'Flags a person (found by the object detector) whose box holds police marking text read by OCR: a jacket back, a shoulder patch, a badge or a name plate. Plain uniforms without legible text are not detected.',
  messages: { default: 'The picture shows a person wearing police markings, likely in uniform' },
  examples: { tp: [], fp: [] },
  detectImage(image, ctx) {
    if (!image.ocr?.text) return [];
    const people = cuesOf(image.cues, 'object:person');
    if (!people.length) return [];
    const markings = findMarkings(image.ocr, ctx.profile).map((m) => ({ m, loc: ocrLocation(image.ocr!, m.start, m.end) }));
    const out: ImageMatch[] = [];
    for (const p of people) {
      const on = markings.find(({ loc }) => loc.box && p.box && insideShare(loc.box, p.box) >= 0.8);
      if (!on || !p.box) continue;
      const word = image.ocr.text.slice(on.m.start, on.m.end);
      out.push({ source: 'vision', location: { box: p.box }, confidence: Math.round(Math.min(0.75, 0.35 + p.confidence * 0.5) * 100) / 100, evidence: `${word} on a person` });
    }
    return out;
  },
};

// image/uniform: a person in police uniform: police marking text (POLICE, SHERIFF, the agency's name, patch text) read
// inside the box of a person the object detector found, or tactical kit on that person (black vest and fatigues under
// a helmet or balaclava, no face showing). Plain uniforms without legible text are not seen (clause on posting in
// uniform / identifying members).
import type { ImageDetector, ImageMatch } from '../../core/types.js';
import { cuesOf, findMarkings, insideShare, ocrLocation } from './shared.js';

export const uniform: ImageDetector = {
  kind: 'image',
  id: 'image/uniform',
  title: 'Person in police uniform',
  description:
    'Flags a person (found by the object detector) whose box holds police marking text read by OCR (a jacket back, a shoulder patch, a badge or a name plate), or who wears dark tactical kit with the face covered. Plain uniforms without legible text are not detected.',
  messages: {
    default: 'The picture shows a person wearing police markings, likely in uniform',
    kit: 'The picture shows a person in tactical kit ({seen}), likely police or military',
  },
  examples: { tp: [], fp: [] },
  detectImage(image, ctx) {
    const people = cuesOf(image.cues, 'object:person');
    if (!people.length) return [];
    const markings = image.ocr?.text ? findMarkings(image.ocr, ctx.profile).map((m) => ({ m, loc: ocrLocation(image.ocr!, m.start, m.end) })) : [];
    const kits = cuesOf(image.cues, 'kit:tactical');
    const out: ImageMatch[] = [];
    for (const p of people) {
      if (!p.box) continue;
      const on = markings.find(({ loc }) => loc.box && insideShare(loc.box, p.box!) >= 0.8);
      const kit = kits.find((k) => k.box && insideShare(k.box, p.box!) >= 0.9 && insideShare(p.box!, k.box) >= 0.9);
      if (on) {
        const word = image.ocr!.text.slice(on.m.start, on.m.end);
        const confidence = Math.min(0.85, 0.35 + p.confidence * 0.5 + (kit ? 0.1 : 0));
        out.push({ source: 'vision', location: { box: p.box }, confidence: round2(confidence), evidence: `${word} on a person`, data: { cues: kit ? 'lettering,kit:tactical' : 'lettering' } });
      } else if (kit) {
        // Kit alone: a SWAT officer and a soldier or airsoft player look alike, so it stays below an even bet.
        const seen = 'black vest and covered head';
        out.push({ source: 'vision', location: { box: p.box }, confidence: round2(kit.confidence), evidence: `tactical kit on a person`, messageId: 'kit', data: { cues: 'kit:tactical', seen } });
      }
    }
    return out;
  },
};

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

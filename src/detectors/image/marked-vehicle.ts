// image/marked-vehicle: a marked police vehicle in the picture: a car, truck, bus or motorcycle found by the object
// detector that carries police lettering read by OCR, a red-and-blue light bar on its roof line or a Battenburg
// livery on its body. Shows department equipment and often its unit number (clause on department equipment and
// vehicles). An ambulance or a fire engine has beacons too: their own wording on the vehicle vetoes a light bar.
import type { Box, ImageDetector, ImageMatch, VisionCue } from '../../core/types.js';
import { cuesOf, findMarkings, insideShare, markingLocation, markingRegexes, markingText, VEHICLE_KINDS } from './shared.js';

/**
 * Wording of the other emergency services, on the vehicle or anywhere in the picture's text.
 * e.g. "AMBULANCE", "AMBULANZA", "FIRE RESCUE", "PARAMEDIC", "RETTUNGSDIENST", "SAMU", "M.F.D."
 */
const OTHER_SERVICE = /(?<![\p{L}])(?:ambulan\w*|paramedic\w*|fire(?:\s+(?:dept|department|rescue))?|rescue|rettung\w*|soccorso|samu|emergency\s+medical|ems|m\.?f\.?d\.?)(?![\p{L}])/iu;

/** The cues a vehicle carries, by name, with the phrase each adds to the finding. */
const CUE_PHRASE: Record<string, string> = {
  lettering: 'police lettering',
  'light-bar': 'light bar',
  'livery:battenburg': 'Battenburg livery',
};
/** The pattern a finding names: its surest cue (lettering, then the livery, then the bar). */
const PATTERN: Record<string, string> = { lettering: 'vehicle-lettering', 'livery:battenburg': 'battenburg', 'light-bar': 'light-bar' };

export const markedVehicle: ImageDetector<RegExp[]> = {
  kind: 'image',
  id: 'image/marked-vehicle',
  title: 'Marked police vehicle',
  description:
    'Flags a vehicle (found by the object detector) that carries police lettering read by OCR, a red-and-blue light bar ' +
    'on its roof line or a yellow-and-blue Battenburg livery. A light bar alone is not enough when ambulance or fire ' +
    'wording is in the picture. Unmarked cars and vehicles the detector misses are not seen.',
  messages: {
    default: 'The picture shows a marked police vehicle ({seen})',
  },
  cues: [
    { name: 'vehicle-lettering', description: 'police lettering read by OCR on a detected car, truck, bus or motorcycle (other cues add to it)' },
    { name: 'battenburg', description: 'a yellow-and-blue Battenburg or checker livery on the vehicle body (a light bar adds to it)' },
    { name: 'light-bar', description: 'red and blue lenses side by side on the vehicle\'s roof line, not vetoed by ambulance or fire wording' },
  ],
  examples: { tp: [], fp: [] },
  describedCues: ['battenburg', 'light-bar'],
  prepare: markingRegexes,
  detectImage(image, ctx) {
    const vehicles = cuesOf(image.cues, (k) => VEHICLE_KINDS.has(k));
    if (!vehicles.length) return [];
    const out: ImageMatch[] = [];
    const markings = image.ocr ? findMarkings(image.ocr, ctx.prepared).map((m) => ({ m, loc: markingLocation(image.ocr!, m) })) : [];
    const otherService = Boolean(image.ocr?.text && OTHER_SERVICE.test(image.ocr.text));
    const seenOn = (kind: string, vb: Box) =>
      cuesOf(image.cues, kind).find((c: VisionCue) => c.box && insideShare(c.box, { ...vb, y: vb.y - vb.height * 0.15, height: vb.height * 1.15 }) >= 0.6);
    for (const v of vehicles) {
      const vb = v.box;
      if (!vb) continue;
      const vehicle = v.kind.slice('object:'.length);
      const on = markings.find(({ loc }) => loc.box && insideShare(loc.box, vb) >= 0.6);
      const bar = seenOn('light-bar', vb);
      const livery = seenOn('livery:battenburg', vb);
      const cues: string[] = [];
      if (on) cues.push('lettering');
      if (bar && (on || livery || !otherService)) cues.push('light-bar');
      if (livery) cues.push('livery:battenburg');
      if (!cues.length) continue;
      // Lettering read on the vehicle is the surest; a livery is distinctive; a light bar alone could be a private
      // security or recovery vehicle, so it stays near an even bet. Each further cue adds.
      const base = on ? Math.min(0.9, 0.5 + v.confidence * 0.5) : livery ? 0.7 : 0.45;
      const confidence = Math.min(0.95, base + 0.1 * (cues.length - 1));
      const words = cues.map((c) => CUE_PHRASE[c]);
      const seen = `${words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : words[0]} on a ${vehicle}`;
      const evidence = on ? `${markingText(image.ocr!, on.m)} on ${vehicle}` : seen;
      const pattern = PATTERN[on ? 'lettering' : livery ? 'livery:battenburg' : 'light-bar'];
      out.push({ source: 'vision', location: { box: vb }, confidence: Math.round(confidence * 100) / 100, evidence, data: { vehicle, seen, cues: cues.join(',') }, pattern });
    }
    return out;
  },
};

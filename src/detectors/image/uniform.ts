// image/uniform: a person in police uniform, from what is seen on a person the object detector found: police marking
// text read by OCR inside the person's box (a jacket back, a shoulder patch, a name plate), a metal badge pinned on a
// dark uniform shirt, a hi-vis vest with the blue-and-yellow police check, or tactical kit (black vest under a helmet or balaclava, no face showing) backed by a second cue
// (a shoulder patch, a badge, police wording or a marked vehicle in the picture, or a line of three or more people in
// the same kit). Kit alone is not enough: a person in dark clothes seen from behind looks the same. Clause on posting
// in uniform / identifying members.
import type { ImageDetector, ImageMatch, VisionCue } from '../../core/types.js';
import { cuesOf, findMarkings, insideShare, ocrLocation } from './shared.js';

/** People in the same kit from which they are a line (riot police, a tactical team), not a passer-by in black. */
export const KIT_TEAM = 3;

export const uniform: ImageDetector = {
  kind: 'image',
  id: 'image/uniform',
  title: 'Person in police uniform',
  description:
    'Flags a person (found by the object detector) whose box holds police marking text read by OCR, who wears a metal badge on a dark uniform shirt ' +
    'or a hi-vis vest with the blue-and-yellow police check, ' +
    'or who wears dark tactical kit with the face covered together with a second cue (a shoulder patch, a badge, police wording or a marked vehicle ' +
    'in the picture, three or more people in the same kit). Plain uniforms without lettering, badge or kit are not detected.',
  messages: {
    default: 'The picture shows a person wearing police markings, likely in uniform',
    kit: 'The picture shows a person in tactical kit ({seen}), likely police',
    badge: 'The picture shows a person with a badge on a dark uniform shirt ({seen})',
    vest: 'The picture shows a person in a police hi-vis vest ({seen})',
  },
  examples: { tp: [], fp: [] },
  detectImage(image, ctx) {
    const people = cuesOf(image.cues, 'object:person');
    if (!people.length) return [];
    const markings = image.ocr?.text ? findMarkings(image.ocr, ctx.profile).map((m) => ({ m, loc: ocrLocation(image.ocr!, m.start, m.end) })) : [];
    const kits = cuesOf(image.cues, 'kit:tactical');
    const onVehicle = cuesOf(image.cues, (k) => k === 'light-bar' || k.startsWith('livery:')).length > 0;
    const out: ImageMatch[] = [];
    for (const p of people) {
      if (!p.box) continue;
      const pb = p.box;
      const on = markings.find(({ loc }) => loc.box && insideShare(loc.box, pb) >= 0.8);
      const kit = kits.find((k) => k.box && insideShare(k.box, pb) >= 0.9 && insideShare(pb, k.box) >= 0.9);
      const inside = (kind: string, share = 0.8): VisionCue | undefined => cuesOf(image.cues, kind).find((c) => c.box && insideShare(c.box, pb) >= share);
      const badge = inside('badge:chest');
      const patch = inside('patch:shoulder');
      const vest = inside('vest:checker', 0.9);
      const found: [unknown, string, string][] = [
        [kit, 'kit:tactical', 'black vest and covered head'],
        [badge, 'badge:chest', 'badge on a dark shirt'],
        [patch, 'patch:shoulder', 'shoulder patch'],
        [vest, 'vest:checker', 'hi-vis vest with the blue-and-yellow police check'],
      ];
      const present = found.filter(([cue]) => cue);
      const cues = [...(on ? ['lettering'] : []), ...present.map(([, name]) => name)];
      const seen = present.map(([, , words]) => words);
      if (on) {
        const word = image.ocr!.text.slice(on.m.start, on.m.end);
        const confidence = Math.min(0.85, 0.35 + p.confidence * 0.5 + 0.1 * (cues.length - 1));
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: `${word} on a person`, data: { cues: cues.join(',') } });
        continue;
      }
      if (kit) {
        // Kit needs a second cue: on the person, in the picture (wording, a marked vehicle), or a team in kit.
        if (markings.length) seen.push('police wording in the picture');
        if (onVehicle) seen.push('a marked vehicle in the picture');
        if (kits.length >= KIT_TEAM) seen.push(`${kits.length} people in the same kit`);
        if (seen.length < 2) continue;
        const confidence = Math.min(0.75, 0.4 + 0.1 * (seen.length - 1));
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: 'tactical kit on a person', messageId: 'kit', data: { cues: cues.join(','), seen: seen.join(', ') } });
        continue;
      }
      if (vest) {
        // The blue-and-yellow check on clothing is police livery (paramedics wear green and yellow, road crews plain hi-vis).
        const confidence = Math.min(0.75, 0.55 + 0.1 * (seen.length - 1));
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: 'police check on a hi-vis vest', messageId: 'vest', data: { cues: cues.join(','), seen: seen.join(', ') } });
        continue;
      }
      if (badge) {
        // A badge on a dark shirt, not a suit: a guard's or a novelty badge looks alike, so it stays below an even bet.
        if (markings.length) seen.push('police wording in the picture');
        const confidence = Math.min(0.7, 0.45 + 0.1 * (seen.length - 1));
        out.push({ source: 'vision', location: { box: pb }, confidence: round2(confidence), evidence: 'badge on a uniform shirt', messageId: 'badge', data: { cues: cues.join(','), seen: seen.join(', ') } });
      }
    }
    return out;
  },
};

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

// case/crime-scene (pictures): crime-scene material in a photo: barrier tape (a long yellow band, any angle), a set of
// numbered evidence markers, tape wording read by OCR (CRIME SCENE, POLICE LINE, DO NOT CROSS), and a person lying
// down when another cue backs it. Clause on posting images of scenes, victims and evidence.
import type { ImageDetector, ImageMatch } from '../../core/types.js';
import { cuesOf, insideShare, ocrLocation, unionBox, VEHICLE_KINDS } from '../image/shared.js';

/**
 * Wording printed on scene tape and evidence placards, tolerant of OCR gaps.
 * e.g. "CRIME SCENE", "POLICE LINE", "DO NOT CROSS", "CRIME SCENE DO NOT ENTER", "EVIDENCE"
 */
const GAP = String.raw`[ \t]*\n?[ \t]*`;
const SCENE_WORDS = new RegExp(
  String.raw`(?<![\p{L}])(?:crime${GAP}scene|police${GAP}line|sheriff'?s?${GAP}line|do${GAP}not${GAP}(?:cross|enter)|evidence${GAP}marker|caution${GAP}(?:crime|police))(?![\p{L}])`,
  'giu',
);

export const crimeSceneImage: ImageDetector = {
  kind: 'image',
  id: 'case/crime-scene',
  title: 'Crime-scene material in the picture',
  description:
    'Flags crime-scene tape (a long yellow band), a set of numbered evidence markers, tape wording read by OCR (CRIME SCENE, POLICE LINE, DO NOT CROSS) and, backed by another cue, a person lying on the ground.',
  messages: {
    default: 'The picture shows crime-scene material',
    tape: 'The picture shows barrier tape across the scene',
    markers: 'The picture shows {count} numbered evidence markers',
    words: 'The picture shows crime-scene tape wording',
    lying: 'A person lies on the ground at what looks like a scene',
  },
  examples: { tp: [], fp: [] },
  detectImage(image) {
    const out: ImageMatch[] = [];
    const ocr = image.ocr;
    if (ocr?.text) {
      for (const m of ocr.text.matchAll(SCENE_WORDS)) {
        out.push({ source: 'ocr', location: ocrLocation(ocr, m.index, m.index + m[0].length), confidence: 0.9, evidence: m[0], messageId: 'words' });
      }
    }
    const tapes = cuesOf(image.cues, 'tape');
    const markers = cuesOf(image.cues, 'evidence-marker');
    const support = out.length > 0 || markers.length >= 2;
    const vehicles = cuesOf(image.cues, (k) => VEHICLE_KINDS.has(k));
    for (const t of tapes) {
      if (!t.box) continue;
      // A yellow band with print inside a vehicle's box is its livery (a taxi's or a school bus's side, a stripe with
      // lettering on a patrol car), not tape strung across a scene.
      if (vehicles.some((v) => v.box && insideShare(t.box!, v.box) >= 0.7)) continue;
      // Yellow tape plus markers or wording is a scene; a yellow band alone could be a barrier at roadworks.
      const confidence = Math.min(0.95, t.confidence + (support ? 0.15 : 0));
      out.push({ source: 'vision', location: { box: t.box }, confidence: round2(confidence), evidence: `yellow band, ${Math.round(t.angle ?? 0)}°`, messageId: 'tape' });
    }
    if (markers.length >= 2) {
      const box = unionBox(markers.map((m) => m.box).filter((b) => b !== undefined))!;
      const confidence = Math.min(0.9, Math.max(...markers.map((m) => m.confidence)) + (tapes.length ? 0.1 : 0));
      out.push({ source: 'vision', location: { box }, confidence: round2(confidence), evidence: `${markers.length} evidence markers`, messageId: 'markers', data: { count: markers.length } });
    }
    if (out.length) {
      for (const p of cuesOf(image.cues, 'person-lying')) {
        if (p.box) out.push({ source: 'vision', location: { box: p.box }, confidence: round2(p.confidence), evidence: 'person lying down', messageId: 'lying' });
      }
    }
    return out;
  },
};

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

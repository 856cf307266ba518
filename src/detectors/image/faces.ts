// image/faces: faces visible in the picture (BlazeFace on the TensorFlow.js WASM backend). A face matched to an
// enrolled roster photo also raises id/coworker or id/undercover (clauses on identifying co-workers and protecting
// undercover members); unmatched faces are members of the public, colleagues or victims who may need blurring.
import type { ImageDetector, ImageMatch } from '../../core/types.js';
import { rosterMemberNamed } from './shared.js';

export const faces: ImageDetector = {
  kind: 'image',
  id: 'image/faces',
  title: 'Faces visible in the picture',
  description:
    'Flags each face the face detector finds, with its box and the count; faces matched against enrolled roster photos raise id/coworker or id/undercover.',
  messages: {
    default: 'A face is visible in the picture ({count} in all); blur faces of people who have not consented',
    coworker: 'A face in the picture matches a co-worker from the roster who has not consented to be posted',
    undercover: 'A face in the picture matches an undercover member of the roster',
  },
  emits: ['id/coworker', 'id/undercover'],
  cues: [
    { name: 'face', description: 'a face BlazeFace finds whose FaceMesh landmarks say human, not on an animal, food or a vehicle the object detector found' },
    { name: 'roster-face', description: 'a face whose embedding matches an enrolled roster photo (id/coworker, id/undercover)' },
  ],
  examples: { tp: [], fp: [] },
  describedCues: ['face'],
  detectImage(image, ctx) {
    const list = image.faces ?? [];
    const out: ImageMatch[] = [];
    for (const f of list) {
      out.push({
        source: 'vision',
        location: { box: f.box },
        confidence: f.confidence,
        evidence: `face at ${f.box.x},${f.box.y} ${f.box.width}x${f.box.height}`,
        data: { count: list.length },
        pattern: 'face',
      });
      if (!f.match) continue;
      const member = rosterMemberNamed(ctx.profile, f.match);
      if (!member) continue;
      const confidence = Math.round(Math.min(0.95, f.similarity ?? 0.6) * 100) / 100;
      if (member.undercover) {
        out.push({ ruleId: 'id/undercover', source: 'vision', location: { box: f.box }, confidence, evidence: member.name, messageId: 'undercover', pattern: 'roster-face' });
      } else if (!member.consent) {
        out.push({ ruleId: 'id/coworker', source: 'vision', location: { box: f.box }, confidence, evidence: member.name, messageId: 'coworker', pattern: 'roster-face' });
      }
    }
    return out;
  },
};

// image/people-tags: people named inside the file (MWG/Microsoft face regions, IPTC PersonInImage, People|Name
// keywords) travel with the photo even when the face is blurred; a roster name also raises id/coworker or
// id/undercover (clauses on identifying co-workers and protecting undercover members).
import type { ImageDetector, ImageMatch } from '../../core/types.js';
import { rosterMemberNamed } from './shared.js';

export const peopleTags: ImageDetector = {
  kind: 'image',
  id: 'image/people-tags',
  title: 'People named in the photo metadata',
  description:
    'Flags people named in the file: MWG and Microsoft face regions (boxes mapped through the EXIF orientation), IPTC Extension PersonInImage and People|Name keywords; roster names also raise id/coworker or id/undercover.',
  messages: {
    default: 'Photo metadata names a person in the picture; remove people tags before posting',
    region: 'Photo metadata names the person in a tagged face region; remove people tags before posting',
    coworker: 'Photo metadata names a co-worker from the roster who has not consented to be posted',
    undercover: 'Photo metadata names an undercover member of the roster',
  },
  emits: ['id/coworker', 'id/undercover'],
  examples: { tp: [], fp: [] },
  detectImage(image, ctx) {
    const out: ImageMatch[] = [];
    for (const person of image.meta?.people ?? []) {
      const location = { tag: person.tag, ...(person.box ? { box: person.box } : {}) };
      out.push({
        source: 'metadata',
        location,
        confidence: 0.95,
        evidence: person.name,
        messageId: person.box ? 'region' : 'default',
      });
      const member = rosterMemberNamed(ctx.profile, person.name);
      if (member?.undercover) {
        out.push({ ruleId: 'id/undercover', source: 'metadata', location, confidence: 0.95, evidence: person.name, messageId: 'undercover' });
      } else if (member && !member.consent) {
        out.push({ ruleId: 'id/coworker', source: 'metadata', location, confidence: 0.9, evidence: person.name, messageId: 'coworker' });
      }
    }
    return out;
  },
};

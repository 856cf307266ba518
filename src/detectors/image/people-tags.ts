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
    stranger:
      'Photo metadata names a person who is not on the roster: not a co-worker as far as the profile knows, but people tags travel with the photo; remove them before posting',
  },
  emits: ['id/coworker', 'id/undercover'],
  cues: [
    { name: 'face-region', description: 'a person named on an MWG or Microsoft face region (with its box)' },
    { name: 'person-in-image', description: 'a person named in IPTC Extension PersonInImage or a People|Name keyword' },
    { name: 'roster-name', description: 'a tagged name that is a roster member who has not consented or is undercover (id/coworker, id/undercover)' },
  ],
  examples: { tp: [], fp: [] },
  detectImage(image, ctx) {
    const out: ImageMatch[] = [];
    for (const person of image.meta?.people ?? []) {
      const location = { tag: person.tag, ...(person.box ? { box: person.box } : {}) };
      const member = rosterMemberNamed(ctx.profile, person.name);
      // The packs cite this rule under "identifying other members": with a roster to check against, someone not on
      // it is not cited as a member, so the finding stays a warning and says so.
      const stranger = !member && ctx.profile.roster.length > 0;
      out.push({
        source: 'metadata',
        location,
        confidence: 0.95,
        evidence: person.name,
        messageId: stranger ? 'stranger' : person.box ? 'region' : 'default',
        pattern: person.box ? 'face-region' : 'person-in-image',
        ...(stranger ? { severityCap: 'warning' as const } : {}),
      });
      if (member?.undercover) {
        out.push({ ruleId: 'id/undercover', source: 'metadata', location, confidence: 0.95, evidence: person.name, messageId: 'undercover', pattern: 'roster-name' });
      } else if (member && !member.consent) {
        out.push({ ruleId: 'id/coworker', source: 'metadata', location, confidence: 0.9, evidence: person.name, messageId: 'coworker', pattern: 'roster-name' });
      }
    }
    return out;
  },
};

// id/self-affiliation: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const selfAffiliation: TextDetector = {
  kind: 'text',
  id: 'id/self-affiliation',
  title: 'Self-affiliation',
  description: 'TODO',
  messages: { default: 'Self-affiliation' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

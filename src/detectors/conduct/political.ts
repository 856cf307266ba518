// conduct/political: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const political: TextDetector = {
  kind: 'text',
  id: 'conduct/political',
  title: 'Political endorsement',
  description: 'TODO',
  messages: { default: 'Political endorsement' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

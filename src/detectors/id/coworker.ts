// id/coworker: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const coworker: TextDetector = {
  kind: 'text',
  id: 'id/coworker',
  title: 'Identified co-worker',
  description: 'TODO',
  messages: { default: 'Identified co-worker' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

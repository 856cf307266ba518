// conduct/profanity: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const profanity: TextDetector = {
  kind: 'text',
  id: 'conduct/profanity',
  title: 'Profanity',
  description: 'TODO',
  messages: { default: 'Profanity' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

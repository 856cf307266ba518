// conduct/alcohol: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const alcohol: TextDetector = {
  kind: 'text',
  id: 'conduct/alcohol',
  title: 'Drunkenness',
  description: 'TODO',
  messages: { default: 'Drunkenness' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

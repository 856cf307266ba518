// id/badge-number: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const badgeNumber: TextDetector = {
  kind: 'text',
  id: 'id/badge-number',
  title: 'Badge number',
  description: 'TODO',
  messages: { default: 'Badge number' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

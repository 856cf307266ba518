// pii/phone: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const phone: TextDetector = {
  kind: 'text',
  id: 'pii/phone',
  title: 'Phone number',
  description: 'TODO',
  messages: { default: 'Phone number' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

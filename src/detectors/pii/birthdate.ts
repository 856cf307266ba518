// pii/birthdate: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const birthdate: TextDetector = {
  kind: 'text',
  id: 'pii/birthdate',
  title: 'Birth date',
  description: 'TODO',
  messages: { default: 'Birth date' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

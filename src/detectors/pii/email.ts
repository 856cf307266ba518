// pii/email: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const email: TextDetector = {
  kind: 'text',
  id: 'pii/email',
  title: 'E-mail address',
  description: 'TODO',
  messages: { default: 'E-mail address' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

// pii/address: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const address: TextDetector = {
  kind: 'text',
  id: 'pii/address',
  title: 'Street address',
  description: 'TODO',
  messages: { default: 'Street address' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

// case/investigation: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const investigation: TextDetector = {
  kind: 'text',
  id: 'case/investigation',
  title: 'Investigation details',
  description: 'TODO',
  messages: { default: 'Investigation details' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

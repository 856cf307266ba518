// conduct/bias: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const bias: TextDetector = {
  kind: 'text',
  id: 'conduct/bias',
  title: 'Bias',
  description: 'TODO',
  messages: { default: 'Bias' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

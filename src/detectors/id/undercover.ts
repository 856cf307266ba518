// id/undercover: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const undercover: TextDetector = {
  kind: 'text',
  id: 'id/undercover',
  title: 'Undercover member',
  description: 'TODO',
  messages: { default: 'Undercover member' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

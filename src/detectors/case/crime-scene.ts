// case/crime-scene: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const crimeScene: TextDetector = {
  kind: 'text',
  id: 'case/crime-scene',
  title: 'Crime-scene material',
  description: 'TODO',
  messages: { default: 'Crime-scene material' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

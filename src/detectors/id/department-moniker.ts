// id/department-moniker: TODO header — what it flags and which clause it serves.
import type { TextDetector } from '../../core/types.js';

export const departmentMoniker: TextDetector = {
  kind: 'text',
  id: 'id/department-moniker',
  title: 'Department moniker',
  description: 'TODO',
  messages: { default: 'Department moniker' },
  examples: { tp: [], fp: [] },
  detect() {
    return [];
  },
};

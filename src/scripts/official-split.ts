/**
 * The real official police posts (../shared/external/real-text uk-/nc-police-official) are split in two halves by a
 * fixed hash of their id: `npm run train` may use the 'train' half as hard negatives, `npm run eval` measures the
 * false alarms on the 'measure' half, which no training step has seen.
 */
import { createHash } from 'node:crypto';

/** The real official-post files, in ../shared/external/real-text. */
export const OFFICIAL_FILES = ['uk-police-official.jsonl', 'nc-police-official.jsonl'] as const;

/** Which half a real official post is in (sha1 of its id, low bit of the first byte). */
export function officialHalf(id: string): 'train' | 'measure' {
  return createHash('sha1').update(`official:${id}`).digest()[0] % 2 === 0 ? 'train' : 'measure';
}

/**
 * Part of `npm run build`: stores every text detector's generated prefilter keywords (src/core/keywords.ts) beside
 * the built engine, keyed by a hash of the patterns they come from, so a run does not derive them at start-up.
 */
import { writeFileSync } from 'node:fs';
import { BUILT_KEYWORDS, computeKeywords, patternsHash } from '../core/keywords.js';
import { textDetectors } from '../detectors/index.js';

const out: Record<string, unknown> = {};
for (const d of textDetectors) out[d.id] = { hash: patternsHash(d), ...computeKeywords(d) };
writeFileSync(BUILT_KEYWORDS, JSON.stringify(out));

/**
 * Part of `npm run build`: what a run would otherwise derive at every start-up, computed once and stored beside the
 * built files, each keyed so a stale copy is never used:
 * - every text detector's generated prefilter keywords (keywords.json, by a hash of the patterns they come from);
 * - the keyword automaton of the bundled detectors (keywords.bin, by their ids and pattern hashes);
 * - the bundled policy packs, parsed and validated (policy/packs.json, by a digest of their YAML and source texts).
 */
import { writeFileSync } from 'node:fs';
import { BUILT_INDEX, BUILT_KEYWORDS, computeKeywords, KeywordIndex, patternsHash } from '../core/keywords.js';
import { textDetectors } from '../detectors/index.js';
import { storeBundledPacks } from '../policy/packs.js';

const out: Record<string, unknown> = {};
for (const d of textDetectors) out[d.id] = { hash: patternsHash(d), ...computeKeywords(d) };
writeFileSync(BUILT_KEYWORDS, JSON.stringify(out));
writeFileSync(BUILT_INDEX, new KeywordIndex(textDetectors).toBytes());
storeBundledPacks();

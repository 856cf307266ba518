/**
 * `node dist/scripts/clamp-thresholds.js <heads.json> --to <reference.json> [--clamp 0.05] --out <file>`: a refit's
 * heads (`npm run train -- --out`) with each rule's decision thresholds clamped to within `--clamp` of the reference
 * heads' (threshold-clamp.ts; the reference is usually the shipped src/model/heads.json). Everything else in the file
 * is copied as it is (packed n-gram weights included). `npm run train -- --clamp-thresholds-to <file>` does the same
 * before writing its heads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { clampThresholds, describeMoves } from './threshold-clamp.js';

const program = new Command('clamp-thresholds')
  .argument('<heads>', 'the heads whose thresholds are clamped (a train --out)')
  .requiredOption('--to <file>', 'the reference heads (the shipped src/model/heads.json)')
  .option('--clamp <x>', 'how far a threshold may lie from the reference threshold of the same rule and kind', '0.05')
  .requiredOption('--out <file>', 'where to write the clamped heads')
  .parse();
const opts = program.opts<{ to: string; clamp: string; out: string }>();
const candidate = JSON.parse(readFileSync(program.args[0]!, 'utf8')) as { heads: Record<string, Record<string, number>> };
const reference = JSON.parse(readFileSync(opts.to, 'utf8')) as { heads: Record<string, Record<string, number>> };
const within = Number(opts.clamp);
const { heads, moved } = clampThresholds(candidate.heads, reference.heads, within);
writeFileSync(opts.out, `${JSON.stringify({ ...candidate, heads })}\n`);
console.log(describeMoves(moved, within));
console.log(`wrote ${opts.out}`);

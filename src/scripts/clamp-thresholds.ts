/**
 * `node dist/scripts/clamp-thresholds.js <heads.json> --to <reference.json> [--clamp 0.05] --out <file>`: a refit's
 * heads (`npm run train -- --out`) with each rule's decision thresholds clamped to within `--clamp` of the reference
 * heads' (threshold-clamp.ts; the reference is usually the shipped src/model/heads.json). Everything else in the file
 * is copied as it is (packed n-gram weights included). `npm run train -- --clamp-thresholds-to <file>` does the same
 * before writing its heads.
 *
 * With `--splice id/self-affiliation[,...]` only those rules' heads are taken from <heads>; every other head is the
 * reference's, copied as stored (spliceHeads), then the thresholds are clamped as above; the file written is checked to
 * load through parseHeads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { type Head, type Heads, parseHeads } from '../model/heads.js';
import { clampThresholds, describeMoves, spliceHeads } from './threshold-clamp.js';

const program = new Command('clamp-thresholds')
  .argument('<heads>', 'the heads whose thresholds are clamped (a train --out)')
  .requiredOption('--to <file>', 'the reference heads (the shipped src/model/heads.json)')
  .option('--clamp <x>', 'how far a threshold may lie from the reference threshold of the same rule and kind', '0.05')
  .requiredOption('--out <file>', 'where to write the clamped heads')
  .option('--splice <rules>', "take only these rules' heads (comma-separated) from <heads>, every other head from --to")
  .parse();
const opts = program.opts<{ to: string; clamp: string; out: string; splice?: string }>();
const within = Number(opts.clamp);
if (opts.splice !== undefined) {
  // spliced as stored (packed weights copied as they are), so every head not named stays the reference's byte for byte
  const rules = opts.splice.split(',').filter(Boolean);
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Heads & { heads: Record<string, Head> };
  const spliced = spliceHeads(read(opts.to), read(program.args[0]!), rules);
  const { heads, moved } = clampThresholds(spliced.heads, read(opts.to).heads, within);
  const text = `${JSON.stringify({ ...spliced, heads })}\n`;
  parseHeads(text); // loads as the scan loads it
  writeFileSync(opts.out, text);
  console.log(`spliced ${rules.join(', ')} from ${program.args[0]} into ${opts.to}`);
  console.log(describeMoves(moved, within));
  console.log(`wrote ${opts.out}`);
  process.exit(0);
}
const candidate = JSON.parse(readFileSync(program.args[0]!, 'utf8')) as { heads: Record<string, Record<string, number>> };
const reference = JSON.parse(readFileSync(opts.to, 'utf8')) as { heads: Record<string, Record<string, number>> };
const { heads, moved } = clampThresholds(candidate.heads, reference.heads, within);
writeFileSync(opts.out, `${JSON.stringify({ ...candidate, heads })}\n`);
console.log(describeMoves(moved, within));
console.log(`wrote ${opts.out}`);

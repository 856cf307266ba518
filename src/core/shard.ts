/**
 * `--shard i/n`: split a scan across n CI jobs. A post goes to shard `1 + (h mod n)` where h is the first 48 bits of
 * the SHA-256 of its path relative to the scan root, `/`-separated and without a leading `./`. The result does not
 * depend on the machine, the OS path separator, the order files were found in, or which other files exist, so adding a
 * post never moves the others. Shard by post path so a draft and its images always land in the same job.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parse `i/n` (1 ≤ i ≤ n). Throws UsageError naming the flag, the expected form and the value given. */
export function parseShard(spec: string, flag = '--shard'): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  const expected = `${flag} expects <index>/<count> with 1 <= index <= count, such as 1/4`;
  if (!m) throw new UsageError(`${expected}; got "${spec}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1) {
    throw new UsageError(`${expected}; got "${spec}" (count must be at least 1)`);
  }
  if (index < 1 || index > count) {
    throw new UsageError(`${expected}; got "${spec}" (index must be between 1 and ${count})`);
  }
  return { index, count };
}

/** The path form that is hashed: relative to `root` when absolute or given from elsewhere, `/`-separated. */
export function shardKey(path: string, root?: string): string {
  let p = path;
  if (root !== undefined || isAbsolute(p)) {
    const rel = relative(resolve(root ?? process.cwd()), resolve(p));
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) p = rel;
  }
  p = posix.normalize(p.split(sep).join('/').replace(/\\/g, '/'));
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

/** The 1-based shard a path belongs to among `count`. */
export function shardOf(path: string, count: number, root?: string): number {
  const digest = createHash('sha256').update(shardKey(path, root), 'utf8').digest();
  return (digest.readUIntBE(0, 6) % count) + 1;
}

/** Whether a path belongs to a shard. */
export function inShard(path: string, shard: Shard, root?: string): boolean {
  return shard.count === 1 || shardOf(path, shard.count, root) === shard.index;
}

/**
 * Keep the items of one shard, in their input order. `keyOf` gives each item's path (a Post's `path`); `root`
 * is the folder paths are made relative to (default: paths as given, absolute ones relative to cwd).
 */
export function selectShard<T>(items: readonly T[], shard: Shard, keyOf: (item: T) => string, root?: string): T[] {
  return items.filter((item) => inShard(keyOf(item), shard, root));
}

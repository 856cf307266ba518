import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { inShard, parseShard, selectShard, shardKey, shardOf } from '../../src/core/shard.js';

const paths = Array.from({ length: 400 }, (_, i) => `posts/2024-${String((i % 12) + 1).padStart(2, '0')}/draft-${i}.md`);

describe('parseShard', () => {
  it('parses i/n', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShard(' 3 / 3 ')).toEqual({ index: 3, count: 3 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  it('rejects anything else with a UsageError that names the flag and the value', () => {
    for (const bad of ['0/4', '5/4', '1/0', '-1/4', '1.5/4', 'a/b', '2', '', '1/4/2', '+1/4']) {
      expect(() => parseShard(bad)).toThrow(UsageError);
    }
    expect(() => parseShard('5/4')).toThrow('--shard expects <index>/<count> with 1 <= index <= count, such as 1/4; got "5/4" (index must be between 1 and 4)');
    expect(() => parseShard('x')).toThrow(/got "x"$/);
    expect(() => parseShard('0/0')).toThrow(/count must be at least 1/);
  });
});

describe('sharding', () => {
  it('puts every path in exactly one shard, spread roughly evenly', () => {
    const n = 4;
    const shards = Array.from({ length: n }, (_, i) => selectShard(paths, { index: i + 1, count: n }, (p) => p));
    expect(shards.flat().sort()).toEqual([...paths].sort());
    for (const s of shards) expect(s.length).toBeGreaterThan(60);
  });

  it('does not depend on order, separators, ./ prefixes or which other files exist', () => {
    const shuffled = [...paths].reverse();
    const a = selectShard(paths, { index: 2, count: 3 }, (p) => p);
    const b = selectShard(shuffled, { index: 2, count: 3 }, (p) => p);
    expect([...a].sort()).toEqual([...b].sort());
    expect(shardOf('./posts/a.md', 7)).toBe(shardOf('posts/a.md', 7));
    expect(shardOf('posts\\a.md', 7)).toBe(shardOf('posts/a.md', 7));
    expect(shardOf('/repo/posts/a.md', 7, '/repo')).toBe(shardOf('posts/a.md', 7));
    expect(shardOf('posts/x/../a.md', 7)).toBe(shardOf('posts/a.md', 7));
    const fewer = selectShard(paths.slice(0, 100), { index: 2, count: 3 }, (p) => p);
    expect(fewer).toEqual(a.filter((p) => paths.slice(0, 100).includes(p)));
  });

  it('is stable across releases (golden values)', () => {
    expect(shardKey('./posts//a.md')).toBe('posts/a.md');
    expect([1, 2, 3, 4, 5].map((i) => shardOf(`posts/${i}.md`, 4))).toMatchInlineSnapshot(`
      [
        4,
        3,
        3,
        1,
        1,
      ]
    `);
  });

  it('keeps items in input order and keys on the given path', () => {
    const posts = paths.map((p, i) => ({ path: p, i }));
    const picked = selectShard(posts, { index: 1, count: 2 }, (p) => p.path);
    expect(picked.map((p) => p.i)).toEqual([...picked.map((p) => p.i)].sort((x, y) => x - y));
    expect(picked.every((p) => inShard(p.path, { index: 1, count: 2 }))).toBe(true);
    expect(inShard('anything', { index: 1, count: 1 })).toBe(true);
  });
});

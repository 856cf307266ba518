import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cacheFilePath, hashParts, hashPost, ResultCache, stableHash, writeFileAtomic, type CacheKeyParts } from '../../src/core/cache.js';
import type { FileReport, Finding } from '../../src/core/types.js';
import { computeBuildId } from '../../src/core/build-id.js';
import { modelVersion } from '../../src/model/layer.js';
import { createHash } from 'node:crypto';
import { tempDir } from '../helpers/tmp.js';

const key: CacheKeyParts = { toolVersion: '0.1.0', configHash: 'abc', context: 'official' };

function finding(extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'pii/phone',
    severity: 'error',
    confidence: 0.9,
    message: 'Phone number',
    file: 'posts/a/post.md',
    source: 'text',
    location: { start: 5, end: 13, line: 1, column: 6 },
    evidence: '5**-0***',
    clauses: [{ policy: 'rpd', id: '4.2', title: 'PII', quote: 'No PII.' }],
    fingerprint: 'fp',
    ...extra,
  };
}

const report = (): FileReport => ({
  path: 'posts/a/post.md',
  kind: 'text',
  findings: [
    finding({ suppressed: { kind: 'baseline' } }),
    finding({ source: 'metadata', location: { tag: 'GPSLatitude' }, attachment: 'posts/a/img/x.jpg', ruleId: 'image/gps' }),
  ],
});

describe('ResultCache', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir('cache');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('answers a re-run from disk, rebuilding paths for the post and dropping suppression marks', () => {
    const loc = join(dir, '.clearpostcache');
    const first = ResultCache.open(loc, key);
    expect(first.resetReason).toBe('missing');
    expect(first.get('h1', 'posts/a/post.md')).toBeUndefined();
    first.set('h1', report());
    expect(first.save()).toEqual({ saved: true });

    const second = ResultCache.open(loc, key);
    expect(second.resetReason).toBeUndefined();
    const hit = second.get('h1', 'posts/a/post.md')!;
    expect(hit.path).toBe('posts/a/post.md');
    expect(hit.findings[0].suppressed).toBeUndefined();
    expect(hit.findings[0].file).toBe('posts/a/post.md');
    expect(hit.findings[1].attachment).toBe('posts/a/img/x.jpg');
    expect(second.hits).toBe(1);

    // Same content moved elsewhere (a fresh checkout in another folder): same entry, paths follow the post.
    const moved = second.get('h1', 'archive/2024/post.md')!;
    expect(moved.findings.map((f) => [f.file, f.attachment])).toEqual([
      ['archive/2024/post.md', undefined],
      ['archive/2024/post.md', 'archive/2024/img/x.jpg'],
    ]);
  });

  it('starts empty when the run key changes', () => {
    const loc = join(dir, 'c.json');
    const c = ResultCache.open(loc, key);
    c.set('h1', report());
    c.save();
    for (const other of [{ ...key, toolVersion: '0.2.0' }, { ...key, configHash: 'def' }, { ...key, context: 'personal' }, { ...key, ocr: false }]) {
      const o = ResultCache.open(loc, other);
      expect(o.resetReason).toBe('key');
      expect(o.get('h1', 'posts/a/post.md')).toBeUndefined();
    }
    expect(ResultCache.open(loc, { context: 'official', configHash: 'abc', toolVersion: '0.1.0' }).get('h1', 'x.md')).toBeDefined();
  });

  it('ignores a corrupt or foreign cache file and rewrites it', () => {
    const loc = join(dir, 'c.json');
    for (const junk of ['{"format":1,', '[]', '{"format":99,"key":"k","run":1,"entries":{}}', '\u0000\u0001']) {
      writeFileSync(loc, junk);
      const c = ResultCache.open(loc, key);
      expect(c.size).toBe(0);
      expect(['corrupt', 'format']).toContain(c.resetReason);
      c.set('h', report());
      expect(c.save().saved).toBe(true);
      expect(ResultCache.open(loc, key).size).toBe(1);
    }
    // A bad entry inside a good file is dropped, the rest kept.
    const good = JSON.parse(readFileSync(loc, 'utf8'));
    good.entries.bad = { used: 'x' };
    writeFileSync(loc, JSON.stringify(good));
    expect(ResultCache.open(loc, key).size).toBe(1);
  });

  it('never stores with --show-evidence and never stores reports with errors', () => {
    const loc = join(dir, 'c.json');
    const shown = ResultCache.open(loc, { ...key, showEvidence: true });
    expect(shown.enabled).toBe(false);
    shown.set('h', { ...report(), findings: [finding({ evidence: '555-0142' })] });
    expect(shown.save()).toEqual({ saved: false });
    expect(existsSync(loc)).toBe(false);

    const c = ResultCache.open(loc, key);
    c.set('err', { path: 'a.png', findings: [], error: 'OCR timed out' });
    c.set('ok', { path: 'b.md', findings: [] });
    c.save();
    const text = readFileSync(loc, 'utf8');
    expect(text).not.toContain('OCR timed out');
    expect(ResultCache.open(loc, key).get('ok', 'b.md')).toEqual({ path: 'b.md', findings: [] });
  });

  it('does not save when nothing changed, and records use so hits survive trimming', () => {
    const loc = join(dir, 'c.json');
    const a = ResultCache.open(loc, key, { maxEntries: 2 });
    a.set('old', report());
    a.save();
    const b = ResultCache.open(loc, key, { maxEntries: 2 });
    b.get('old', 'p.md');
    b.set('n1', report());
    b.save();
    const c = ResultCache.open(loc, key, { maxEntries: 2 });
    expect(c.save()).toEqual({ saved: false });
    c.set('n2', report());
    c.get('old', 'p.md');
    c.save();
    const d = ResultCache.open(loc, key, { maxEntries: 2 });
    expect(d.size).toBe(2);
    expect(d.get('old', 'p.md')).toBeDefined();
    expect(d.get('n2', 'p.md')).toBeDefined();
    expect(d.get('n1', 'p.md')).toBeUndefined();
  });

  it('puts the cache file inside a directory location', () => {
    expect(cacheFilePath(dir)).toBe(join(dir, '.clearpostcache'));
    expect(cacheFilePath(`${dir}/sub/`)).toBe(join(dir, 'sub', '.clearpostcache'));
    expect(cacheFilePath(join(dir, 'file.json'))).toBe(join(dir, 'file.json'));
    const c = ResultCache.open(`${dir}/sub/`, key);
    c.set('h', report());
    c.save();
    expect(existsSync(join(dir, 'sub', '.clearpostcache'))).toBe(true);
  });

  it('reports a write failure instead of throwing', () => {
    mkdirSync(join(dir, 'ro'));
    writeFileSync(join(dir, 'ro', 'blocker'), 'x');
    const c = ResultCache.open(join(dir, 'ro', 'blocker', 'cache.json'), key);
    c.set('h', report());
    const r = c.save();
    expect(r.saved).toBe(false);
    expect(r.error).toMatch(/cannot write cache/);
  });
});

describe('hashing', () => {
  it('hashes posts by content and relative attachment paths, not by location', () => {
    const files: Record<string, string> = {
      'a/post.md': 'text',
      'a/img/x.jpg': 'JPG',
      'b/post.md': 'text',
      'b/img/x.jpg': 'JPG',
      'c/post.md': 'text',
      'c/y.jpg': 'JPG',
    };
    const read = (p: string) => (p in files ? Buffer.from(files[p]) : undefined);
    const post = (dir: string, att: string) => ({ path: `${dir}/post.md`, kind: 'draft' as const, attachments: [{ path: `${dir}/${att}` }] });
    expect(hashPost(post('a', 'img/x.jpg'), read)).toBe(hashPost(post('b', 'img/x.jpg'), read));
    expect(hashPost(post('a', 'img/x.jpg'), read)).not.toBe(hashPost(post('c', 'y.jpg'), read));
    files['b/img/x.jpg'] = 'JPG2';
    expect(hashPost(post('a', 'img/x.jpg'), read)).not.toBe(hashPost(post('b', 'img/x.jpg'), read));
    expect(hashPost({ path: 'a/img/x.jpg', kind: 'image', attachments: [] }, read)).not.toBe(
      hashPost({ path: 'a/post.md', kind: 'draft', attachments: [] }, read),
    );
    // a draft's own name is screened (fixes 27): renaming it is a change
    files['a/carla-vandeventer.md'] = 'text';
    expect(hashPost({ path: 'a/carla-vandeventer.md', kind: 'draft', attachments: [] }, read)).not.toBe(
      hashPost({ path: 'a/post.md', kind: 'draft', attachments: [] }, read),
    );
  });

  it('length-prefixes parts and ignores key order in stableHash', () => {
    expect(hashParts(['ab', 'c'])).not.toBe(hashParts(['a', 'bc']));
    expect(hashParts(['a'])).not.toBe(hashParts([Buffer.from('a')]));
    expect(stableHash({ a: 1, b: [1, { c: 2, d: undefined }] })).toBe(stableHash({ b: [1, { c: 2 }], a: 1 }));
  });

  it('writes atomically without leaving temp files', () => {
    const dir = tempDir('atomic');
    try {
      writeFileAtomic(join(dir, 'deep', 'f.txt'), 'one');
      writeFileAtomic(join(dir, 'deep', 'f.txt'), 'two');
      expect(readFileSync(join(dir, 'deep', 'f.txt'), 'utf8')).toBe('two');
      expect(readdirSync(join(dir, 'deep'))).toEqual(['f.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Fixes 29, defect 1: the run key had the tool version (0.1.0 between commits) and the heads' biases and thresholds
// only: a cache written by another build or other head weights answered with the old result.
describe('build id and heads version', () => {
  it('changes with any byte of the built code and with a dependency\'s installed version, not with the scripts', () => {
    const dir = tempDir('build');
    const root = join(dir, 'dist');
    mkdirSync(join(root, 'detectors', 'pii'), { recursive: true });
    mkdirSync(join(root, 'scripts'));
    mkdirSync(join(dir, 'node_modules', 'sharp'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ dependencies: { sharp: '^0.34.0' } }));
    writeFileSync(join(dir, 'node_modules', 'sharp', 'package.json'), JSON.stringify({ version: '0.34.1' }));
    writeFileSync(join(root, 'detectors', 'pii', 'phone.js'), 'export const x = 1;');
    writeFileSync(join(root, 'scripts', 'eval.js'), 'one');
    const first = computeBuildId(root);
    expect(computeBuildId(root)).toBe(first);
    writeFileSync(join(root, 'scripts', 'eval.js'), 'two');
    expect(computeBuildId(root)).toBe(first);
    writeFileSync(join(root, 'detectors', 'pii', 'phone.js'), 'export const x = 2;');
    const second = computeBuildId(root);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'detectors', 'pii', 'new.js'), '');
    const third = computeBuildId(root);
    expect(third).not.toBe(second);
    writeFileSync(join(dir, 'node_modules', 'sharp', 'package.json'), JSON.stringify({ version: '0.34.2' }));
    expect(computeBuildId(root)).not.toBe(third);
  });

  it('versions the heads by every byte of heads.json (a weight, not only a bias or threshold)', () => {
    const bytes = readFileSync(join('src', 'model', 'heads.json'));
    expect(modelVersion()).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 32));
  });
});

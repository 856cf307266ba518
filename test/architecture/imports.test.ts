/**
 * Dependencies point inward: no import cycles in src/, and the inner layers (report, policy, detectors, nlp, inputs)
 * never reach out to the command line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Runtime imports (type-only imports vanish at compile time and cannot form a load cycle). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm);
  return [...found].map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
}

/** Imports made at run time (`await import('../core/image-engine.js')`): no load cycle, but still a dependency. */
function lazyImportsOf(file: string): string[] {
  const found = readFileSync(file, 'utf8').matchAll(/\bimport\(\s*'(\.[^']+)'\s*\)/g);
  return [...found].map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
}

const graph = new Map(sources(src).map((f) => [f, importsOf(f)]));
/** Every dependency, lazy ones included: what the direction checks below read. */
const withLazy = new Map(sources(src).map((f) => [f, [...importsOf(f), ...lazyImportsOf(f)]]));
const rel = (f: string) => relative(src, f);

describe('src import graph', () => {
  it('has no cycles', () => {
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const cycles: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      stack.push(f);
      for (const d of graph.get(f) ?? []) {
        if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d].map(rel).join(' -> '));
        else if (!state.has(d)) visit(d);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of graph.keys()) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('only the command line imports the command line', () => {
    const outward = [...withLazy]
      .filter(([f]) => !rel(f).startsWith('cli/'))
      .flatMap(([f, deps]) => deps.filter((d) => rel(d).startsWith('cli/')).map((d) => `${rel(f)} -> ${rel(d)}`));
    expect(outward).toEqual([]);
  });

  it('report, policy, detectors and nlp do not import the engine or the inputs', () => {
    const inner = /^(report|policy|detectors|nlp)\//;
    const outward = [...withLazy]
      .filter(([f]) => inner.test(rel(f)))
      .flatMap(([f, deps]) => deps.filter((d) => /^(cli|inputs|scripts)\/|^core\/(engine|image-engine|scan|screen)\.ts$/.test(rel(d))).map((d) => `${rel(f)} -> ${rel(d)}`));
    expect(outward).toEqual([]);
  });

  it('the engine receives its detectors: core and inputs never import a detector', () => {
    const outward = [...withLazy]
      .filter(([f]) => /^(core|inputs)\//.test(rel(f)))
      .flatMap(([f, deps]) => deps.filter((d) => rel(d).startsWith('detectors/')).map((d) => `${rel(f)} -> ${rel(d)}`));
    expect(outward).toEqual([]);
  });

  it('core only orchestrates: pixel code (sharp and the other image libraries, raw rasters) lives in src/inputs', () => {
    // Any import of one, type-only and lazy ones included: `import type { Sharp } from 'sharp'`, `await import('heic-decode')`.
    const PIXEL_LIBRARIES = /(?:from\s+|import\(\s*)'(sharp|heic-decode|tesseract\.js|@vladmandic\/human|@tensorflow\/[\w-]+|onnxruntime-node|@gutenye\/[\w-]+)'/g;
    const found = sources(join(src, 'core')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(PIXEL_LIBRARIES)].map((m) => `${rel(f)} -> ${m[1]}`),
    );
    expect(found).toEqual([]);
    const samples = ["import sharp from 'sharp';", "import type { Sharp } from 'sharp';", "await import('heic-decode')", "from '@tensorflow/tfjs-core'"];
    expect(samples.filter((t) => !t.match(PIXEL_LIBRARIES))).toEqual([]);
    expect(readFileSync(join(src, 'core', 'image-engine.ts'), 'utf8')).not.toMatch(/\.data\[/);
  });
});

/** Word lists are data, one item a line (src/detectors/vocab.ts builds them into regexes): no source line in src/ may run past 300 characters. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(__dirname, '..', '..', 'src');
const MAX = 300;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('source lines', () => {
  it(`are at most ${MAX} characters`, () => {
    const long = sources(src).flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((line, i) => ({ at: `${relative(src, f)}:${i + 1}`, length: [...line].length }))
        .filter((l) => l.length > MAX)
        .map((l) => `${l.at} (${l.length})`),
    );
    expect(long).toEqual([]);
  });

  it('regex-escape lives once, in detectors/vocab.ts', () => {
    const copies = sources(src).filter((f) => !f.endsWith('vocab.ts') && readFileSync(f, 'utf8').includes("'\\\\$&'"));
    expect(copies.map((f) => relative(src, f))).toEqual([]);
  });
});

/**
 * Word lists are data, one item a line (issue 10): no regex line in src/detectors, src/nlp or src/model types a list of
 * 12 or more alternatives inline. New words go in an array built by oneOf / alt / literalWords (src/detectors/vocab.ts).
 * The last such lines were converted in session 7; the test demands none.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(__dirname, '..', '..', 'src');
const DIRS = ['detectors', 'nlp', 'model'];
const ALTERNATIVES = 12;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Lines with 12 or more `|`: a word list typed inline in one regex (or a condition of many `||`: split it). */
function inlineLists(): string[] {
  return DIRS.flatMap((d) => sources(join(src, d))).flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .map((line, i) => ({ at: `${relative(src, f)}:${i + 1}`, bars: line.split('|').length - 1 }))
      .filter((l) => l.bars >= ALTERNATIVES)
      .map((l) => l.at),
  );
}

describe('word lists', () => {
  it(`no regex line holds ${ALTERNATIVES}+ alternatives inline`, () => {
    const lines = inlineLists();
    expect(
      lines,
      `${lines.length} source lines hold ${ALTERNATIVES} or more regex alternatives inline: put the words in an array, ` +
        'one item a line, and build the group with oneOf / alt / literalWords from src/detectors/vocab.ts ' +
        '(CONTRIBUTING.md, "Add a word"). Lines:\n' + lines.join('\n'),
    ).toEqual([]);
  });
});

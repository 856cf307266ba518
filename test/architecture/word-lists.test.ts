/**
 * Word lists are data, one item a line (issue 10): a ratchet on the regex lines that still type a list of 12 or more
 * alternatives inline. The count may only fall; new words go in an array built by oneOf / alt / literalWords.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(__dirname, '..', '..', 'src');
const DIRS = ['detectors', 'nlp', 'model'];
/** Lines left (session 7): conduct/alcohol. */
const LEFT = 20;
const ALTERNATIVES = 12;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Lines with 12 or more `|`: a word list typed inline in one regex (the audit's count, src/detectors, nlp, model). */
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
  it(`no more than ${LEFT} regex lines hold ${ALTERNATIVES}+ alternatives inline`, () => {
    const lines = inlineLists();
    expect(
      lines.length,
      `${lines.length} source lines hold ${ALTERNATIVES} or more regex alternatives inline (at most ${LEFT}): put the ` +
        'words in an array, one item a line, and build the group with oneOf / alt / literalWords from ' +
        'src/detectors/vocab.ts (CONTRIBUTING.md, "Add a word"). Lines:\n' + lines.join('\n'),
    ).toBeLessThanOrEqual(LEFT);
  });
});

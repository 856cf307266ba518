import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/core/fingerprint.js';
import { LineIndex } from '../../src/core/locate.js';
import { maskEvidence, maskFor } from '../../src/core/mask.js';
import { mergeOverlaps, type TextHit } from '../../src/core/engine.js';

describe('maskEvidence', () => {
  it('keeps the first character of each word', () => {
    expect(maskEvidence('1423 Elm Street')).toBe('1*** E** S*****');
    expect(maskEvidence('dana.k83@gmail.com')).toBe('d***.k**@g****.c**');
    expect(maskEvidence('555-313-9921')).toBe('5**-3**-9***');
    // keycap digits are one word with their marks: only the first digit shows (user test 27, U1-3)
    expect(maskEvidence('4\ufe0f\u20e31\ufe0f\u20e33\ufe0f\u20e3')).toBe('4\ufe0f\u20e3*\ufe0f\u20e3*\ufe0f\u20e3');
    expect(maskEvidence('@nypd_johndoe')).toBe('@n***_j******');
  });

  it('leaves nothing of an undercover reference, not its initials or lengths (user test 24, #15)', () => {
    expect(maskFor('id/undercover', 'Ignatius Vandermeer')).toBe('[undercover member]');
    expect(maskFor('id/undercover', '@lortega')).toBe('[undercover member]');
    expect(maskFor('id/coworker', 'Sgt. Dana Kowalski')).toBe(maskEvidence('Sgt. Dana Kowalski'));
  });
});

describe('fingerprint', () => {
  it('is stable across case, spacing and punctuation, and differs by rule', () => {
    expect(fingerprint('pii/address', '1423 Elm  Street')).toBe(fingerprint('pii/address', '1423 elm street,'));
    expect(fingerprint('pii/address', '1423 Elm Street')).not.toBe(fingerprint('pii/phone', '1423 Elm Street'));
    expect(fingerprint('pii/address', '1423 Elm Street')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is keyed when a key is given: the plain hash of a guessed number no longer matches it (user test 24, #1)', () => {
    const plain = createHash('sha256').update('pii/phone\u0000555 203 8816').digest('hex').slice(0, 32);
    expect(fingerprint('pii/phone', '555-203-8816')).toBe(plain);
    const keyed = fingerprint('pii/phone', '555-203-8816', 'a1b2c3d4e5f60718293a4b5c6d7e8f90');
    expect(keyed).toMatch(/^[0-9a-f]{32}$/);
    expect(keyed).not.toBe(plain);
    expect(keyed).toBe(fingerprint('pii/phone', '555 203 8816', 'a1b2c3d4e5f60718293a4b5c6d7e8f90'));
    expect(keyed).not.toBe(fingerprint('pii/phone', '555-203-8816', 'another key of sixteen+ chars'));
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const idx = new LineIndex('ab\ncd\n\nef');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(4)).toEqual({ line: 2, column: 2 });
    expect(idx.position(7)).toEqual({ line: 4, column: 1 });
  });
});

describe('mergeOverlaps', () => {
  const hit = (ruleId: string, start: number, end: number, confidence: number): TextHit => ({
    ruleId, start, end, confidence, source: 'text', message: '', evidence: '',
  });
  it('keeps the most confident of overlapping hits of one rule and leaves other rules alone', () => {
    const merged = mergeOverlaps([hit('a', 0, 5, 0.5), hit('a', 3, 9, 0.9), hit('b', 0, 5, 0.1), hit('a', 20, 25, 0.2)]);
    expect(merged.map((h) => [h.ruleId, h.start, h.end])).toEqual([
      ['b', 0, 5],
      ['a', 3, 9],
      ['a', 20, 25],
    ]);
  });
});

// Every text detector against inputs built to make regular expressions backtrack (long runs of digits, spaces,
// repeated tokens on one line). The bound is deliberately generous (linear detectors take well under a second on
// 100,000 characters); a quadratic pattern takes tens of seconds here and fails it.
import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../src/core/config.js';
import { detectText } from '../../src/core/engine.js';
import { textDetectors } from '../../src/detectors/index.js';

const N = 100_000;
const BOUND_MS = 8_000;
const rep = (s: string) => s.repeat(Math.ceil(N / s.length)).slice(0, N);

const INPUTS: Record<string, string> = {
  'digits': rep('1'),
  'digits and spaces': rep('1 '),
  'spaces between words': `a${rep(' ')}b`,
  'newlines': rep('\n'),
  'rank abbreviations': rep('Sgt. '),
  'rank and name': rep('Officer Smith '),
  'birth words': rep('born '),
  'handle fragments': rep('@nypd_'),
  'addresses': rep('1423 Elm Street '),
  'phone fragments': rep('555-'),
  'e-mail fragments': rep('a.b@'),
  'dates': rep('DOB 03/'),
  'apostrophes': rep("'"),
  'combining marks and emoji': rep('ü̈ 😀 '),
};

describe('no detector is super-linear', () => {
  for (const detector of textDetectors) {
    it(`${detector.id} stays within ${BOUND_MS / 1000} s on every adversarial input`, { timeout: BOUND_MS * Object.keys(INPUTS).length * 2 }, () => {
      for (const [name, text] of Object.entries(INPUTS)) {
        const t = performance.now();
        detectText({ text, source: 'text' }, { context: 'personal', profile: emptyProfile(), detectors: [detector] });
        expect(performance.now() - t, `${detector.id} on ${name}`).toBeLessThan(BOUND_MS);
      }
    });
  }
});

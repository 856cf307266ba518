// Phrases read the way OCR gives them back: slips, words run together or split, print cut off at the frame.
import { describe, expect, it } from 'vitest';
import { phrasesOf, readPhrases } from '../../src/detectors/image/read-phrases.js';

const P = phrasesOf(['police line do not cross', 'do not cross', 'crime scene']);
const read = (text: string) => readPhrases(text, P).map((r) => [r.phrase, r.read, text.slice(r.start, r.end)]);

describe('readPhrases', () => {
  it('reads a phrase as printed in any case, with its spaces lost', () => {
    expect(read('tape: POLICE LINE DO NOT CROSS')).toEqual([['police line do not cross', 'exact', 'POLICE LINE DO NOT CROSS']]);
    expect(read('crimescene')).toEqual([['crime scene', 'exact', 'crimescene']]);
  });

  it('reads slips and cut-off print in capitals only, from a word edge to a word edge', () => {
    expect(read('CRIME SCEME')).toEqual([['crime scene', 'slip', 'CRIME SCEME']]);
    expect(read('CR1ME SCENE')).toEqual([['crime scene', 'exact', 'CR1ME SCENE']]);
    expect(read('OLICE LINE DO NOT CR')).toEqual([['police line do not cross', 'partial', 'OLICE LINE DO NOT CR']]);
    expect(read('Crime scen')).toEqual([]);
    // Inside a longer word is not a reading.
    expect(read('XCRIMESCENEX')).toEqual([]);
  });

  it('needs most of the phrase legible: a letter not read counts as cut off', () => {
    expect(read('POLICE')).toEqual([]);
    expect(read('NOT CROSS')).toEqual([['do not cross', 'partial', 'NOT CROSS']]);
    expect(read('NOT CR')).toEqual([]);
  });

  it('keeps the best of overlapping readings', () => {
    expect(read('POLICE LINE DO NOT CROSS DO NOT CROSS').map((r) => r[0])).toEqual(['police line do not cross', 'do not cross']);
  });
});

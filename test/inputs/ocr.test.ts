// The OCR pool fails fast without its language data, and OCR text keeps exact offsets and word boxes.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boxForSpan, mergeOcrPasses, OcrError, OcrPool } from '../../src/inputs/ocr.js';
import { tempDir } from '../helpers/tmp.js';

const word = (text: string, x: number, y: number, confidence = 90) => ({ text, confidence, box: { x, y, width: 10 * text.length, height: 20 } });

describe('mergeOcrPasses', () => {
  it('builds text with exact offsets and drops words a later pass read again', () => {
    const ocr = mergeOcrPasses([
      [{ words: [word('POLICE', 0, 0), word('LINE', 70, 0)] }],
      [{ words: [word('POLICE', 1, 1)] }, { words: [word('2147', 0, 100)] }],
    ]);
    expect(ocr.text).toBe('POLICE LINE\n\n2147');
    for (const w of ocr.words) expect(ocr.text.slice(w.start, w.end)).toBe(w.text);
    expect(ocr.words.map((w) => w.confidence)).toEqual([0.9, 0.9, 0.9]);
  });

  it('two engines: a different reading of the same word is kept, the same reading is not repeated', () => {
    const ocr = mergeOcrPasses(
      [[{ words: [word('HARBORCITY', 0, 0), word('PD', 110, 0)] }], [{ words: [word('HARBOR', 0, 0), word('CITY', 62, 0), word('PD', 111, 1)] }]],
      ['scene', 'tesseract'],
    );
    expect(ocr.text).toBe('HARBORCITY PD\n\nHARBOR CITY');
  });

  // User test 25, P1-3: a flyer's bold "1417 Birchwood Lane" read as "14l7 Birchwood Lane" was no address.
  it('reads a number OCR spelled with l, I or O for a digit as the number, and the other engine\'s reading is not repeated', () => {
    const ocr = mergeOcrPasses(
      [[{ words: [word('14l7', 0, 0), word('Birchwood', 50, 0), word('Lane', 150, 0)] }], [{ words: [word('1417', 1, 1), word('Birchwood', 50, 0)] }]],
      ['scene', 'tesseract'],
    );
    expect(ocr.text).toBe('1417 Birchwood Lane');
    expect(mergeOcrPasses([[{ words: [word('(608)', 0, 0), word(')555-0177', 60, 0), word(')', 160, 0)] }]]).text).toBe('(608) 555-0177 )');
    expect(mergeOcrPasses([[{ words: [word('2O24', 0, 0), word('l0l', 50, 0), word('B12', 90, 0), word('4OR', 130, 0), word('1I', 170, 0)] }]]).text).toBe('2024 l0l B12 4OR 1I');
  });

  it('the box of a span is the union of the words it overlaps', () => {
    const ocr = mergeOcrPasses([[{ words: [word('DO', 0, 0), word('NOT', 30, 5), word('CROSS', 70, 0)] }]]);
    expect(boxForSpan(ocr, 3, 12)).toEqual({ x: 30, y: 0, width: 90, height: 25 });
    expect(boxForSpan(ocr, 100, 120)).toBeUndefined();
  });
});

describe('OcrPool', () => {
  it('fails fast when the language data is missing', async () => {
    const pool = new OcrPool({ workers: 1, langPath: tempDir('no-lang') });
    const t0 = Date.now();
    await expect(pool.recognize(Buffer.alloc(10), '3')).rejects.toThrow(OcrError);
    await expect(pool.recognize(Buffer.alloc(10), '3')).rejects.toThrow(/language data not found/);
    expect(Date.now() - t0).toBeLessThan(1000);
    await pool.close();
  });

  it('gives up on a worker that does not start in time', async () => {
    const pool = new OcrPool({ workers: 1, startupTimeoutMs: 1 });
    await expect(pool.recognize(Buffer.alloc(10), '3')).rejects.toThrow(/did not start within 1 ms/);
    await pool.close();
  });
});

// Picture cues from pixels: tape is a long yellow band with print in it; markers are small yellow cards with numerals.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { objectCues, yellowCues } from '../../src/inputs/vision.js';

async function raster(file: string) {
  const { data, info } = await sharp(file).resize(640, 640, { fit: 'inside' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('yellowCues', () => {
  it('finds tape (with its angle) and the three evidence markers', async () => {
    const cues = yellowCues(await raster('fixtures/images/police-tape.jpg'));
    const tape = cues.filter((c) => c.kind === 'tape');
    expect(tape).toHaveLength(1);
    expect(tape[0].angle).toBeCloseTo(-8, 0);
    expect(cues.filter((c) => c.kind === 'evidence-marker')).toHaveLength(3);
  });

  it('a painted road line is a plain yellow band, not tape', async () => {
    const cues = yellowCues(await raster('fixtures/images/road-line.jpg'));
    expect(cues.some((c) => c.kind === 'tape')).toBe(false);
  });

  it('nothing in a garden', async () => {
    expect(yellowCues(await raster('fixtures/images/clean.png'))).toEqual([]);
  });
});

describe('objectCues', () => {
  it('a person box much wider than tall is a person lying down', () => {
    const cues = objectCues([
      { label: 'person', confidence: 0.5, box: { x: 0, y: 0, width: 300, height: 80 } },
      { label: 'person', confidence: 0.9, box: { x: 0, y: 0, width: 80, height: 200 } },
    ]);
    expect(cues.filter((c) => c.kind === 'person-lying')).toHaveLength(1);
    expect(cues.filter((c) => c.kind === 'object:person')).toHaveLength(2);
  });
});

// sanitize: placeholders in drafts, regions covered in pictures, metadata gone, OCR cannot read the covered words
// back, inputs untouched and nothing written outside --out.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import exifr from 'exifr';
import JSZip from 'jszip';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';
import { loadConfig } from '../../src/core/config.js';
import type { Hit } from '../../src/core/engine.js';
import { ImageScreener } from '../../src/core/image-engine.js';
import { NAME_TITLES } from '../../src/cli/setup.js';
import { applyReplacements, cleanImagePath, describeRemoved, redactionRegions, valueSpan } from '../../src/core/sanitize.js';
import { redactImage } from '../../src/inputs/redact.js';
import type { ImageAnalysisInput, Report } from '../../src/core/types.js';
import { registry } from '../../src/detectors/index.js';
import { readDocx } from '../../src/inputs/docx.js';
import { makeDocx } from '../helpers/docx.js';
import { tempDir } from '../helpers/tmp.js';

const profile = loadConfig('fixtures/profile.yaml').profile;
const fx = (name: string) => readFileSync(`fixtures/images/${name}`);
const ocr = new ImageScreener({ ocr: true, faces: false, workers: 2, ocrTimeLimitMs: 120_000 });
afterAll(() => ocr.close());

describe('applyReplacements', () => {
  it('replaces spans with placeholders and counts them by rule', () => {
    const text = 'Moved into 1428 Elm Street, call (555) 010-7788.';
    const out = applyReplacements(
      text,
      [
        { start: 11, end: 26, text: '[address]', reason: 'pii/address' },
        { start: 33, end: 47, text: '[phone number]', reason: 'pii/phone' },
      ],
      true,
    );
    expect(out.text).toBe('Moved into [address], call [phone number].');
    expect(out.removed).toEqual({ 'pii/address': 1, 'pii/phone': 1 });
  });

  it('keeps Markdown syntax that a span would otherwise swallow', () => {
    // The finding starts inside the emphasis and ends after it: replacing it whole would leave a lone `**`.
    const text = 'Thanks **Sgt. Renee** Whitfield!';
    const out = applyReplacements(text, [{ start: 9, end: 31, text: '[name]', reason: 'id/coworker' }], true);
    expect(out.text).toBe('Thanks **[name]** [name]!');
    expect(out.text.split('**').length).toBe(3);
  });

  it('leaves link rewrites uncounted', () => {
    const out = applyReplacements('![x](IMG_1.heic)', [{ start: 5, end: 15, text: 'IMG_1.jpg' }], true);
    expect(out).toEqual({ text: '![x](IMG_1.jpg)', removed: {} });
  });
});

describe('valueSpan: a placeholder covers the value, not the words around it (user test 22, #13)', () => {
  /** The text with one finding's span (the first occurrence of `span`) replaced as sanitize does. */
  const clean = (text: string, span: string, reason: string, placeholder: string) => {
    const start = text.indexOf(span);
    return applyReplacements(text, [valueSpan(text, { start, end: start + span.length, text: placeholder, reason })], false);
  };

  it('replaces the badge number, not the cue words the detector read it by', () => {
    expect(clean('Lost my shield today, number 40217, if anyone finds it', 'shield today, number 40217', 'id/badge-number', '[badge number]').text).toBe(
      'Lost my shield today, number [badge number], if anyone finds it',
    );
    expect(clean('Wore badge #4471 for 20 years', 'badge #4471', 'id/badge-number', '[badge number]').text).toBe('Wore badge [badge number] for 20 years');
    expect(clean('6671 on my shoulder for ten years', '6671 on my shoulder', 'id/badge-number', '[badge number]').text).toBe('[badge number] on my shoulder for ten years');
    expect(clean('My police ID 447-201 expired', 'police ID 447-201', 'id/badge-number', '[badge number]').text).toBe('My police ID [badge number] expired');
    // a number said in words has no digits to narrow to: the whole span goes
    expect(clean('badge number four four one seven, ha', 'badge number four four one seven', 'id/badge-number', '[badge number]').text).toBe('[badge number], ha');
  });

  it('keeps the full stop that ends the sentence after an abbreviation', () => {
    expect(clean('Call me or at home, 12 Sorrel Ln.', '12 Sorrel Ln.', 'pii/address', '[address]').text).toBe('Call me or at home, [address].');
    expect(clean('At 12 Sorrel Ln. See you there', '12 Sorrel Ln.', 'pii/address', '[address]').text).toBe('At [address]. See you there');
    expect(clean('At 12 Sorrel Ln. tonight', '12 Sorrel Ln.', 'pii/address', '[address]').text).toBe('At [address] tonight');
  });

  it("calls a roster member's handle a [handle], and says an undercover member's was removed", () => {
    const text = 'Happy birthday @tq_fishing';
    const handle = { start: 15, end: 26, text: '[name]' };
    const out = applyReplacements(text, [valueSpan(text, { ...handle, reason: 'id/coworker' }), valueSpan(text, { ...handle, reason: 'id/undercover' })], false);
    expect(out).toEqual({ text: 'Happy birthday [handle]', removed: { 'id/undercover': 1 } });
    // without the rank list the whole span goes (core never imports a detector: the cli hands NAME_TITLES in)
    expect(clean('Thanks Sgt. Renee Whitfield', 'Sgt. Renee Whitfield', 'id/coworker', '[name]').text).toBe('Thanks [name]');
  });

  it('keeps the rank and the cue words around a co-worker\'s name: "Sgt. [name]" (user test 22, #14)', () => {
    const named = (text: string, span: string, reason = 'id/coworker') => {
      const start = text.indexOf(span);
      return applyReplacements(text, [valueSpan(text, { start, end: start + span.length, text: '[name]', reason }, NAME_TITLES)], false).text;
    };
    expect(named('Great shift with Sgt. Renee Whitfield tonight.', 'Sgt. Renee Whitfield')).toBe('Great shift with Sgt. [name] tonight.');
    expect(named('My partner Officer Jake Morales drives.', 'My partner Officer Jake Morales')).toBe('My partner Officer [name] drives.');
    expect(named('Deputy Chief Voss spoke at roll call.', 'Deputy Chief Voss')).toBe('Deputy Chief [name] spoke at roll call.');
    expect(named('Shout out to Officers Hale and Ruiz', 'Officers Hale')).toBe('Shout out to Officers [name] and Ruiz');
    expect(named('Jake Morales is a state trooper now.', 'Jake Morales is a state trooper')).toBe('[name] is a state trooper now.');
    expect(named('Thanks Sgt. Maria de la Cruz!', 'Sgt. Maria de la Cruz')).toBe('Thanks Sgt. [name]!');
    expect(named('Det. Toby Quill got promoted', 'Det. Toby Quill', 'id/undercover')).toBe('Det. [name] got promoted');
    expect(named('Cheers, Sgt. P. Nandakumar.', 'Sgt. P. Nandakumar')).toBe('Cheers, Sgt. [name].');
    // one word, a hashtag, a name in lower case, or a rank with no name after it: the whole span goes
    expect(named('Happy birthday #TobiasQuill', '#TobiasQuill', 'id/undercover')).toBe('Happy birthday [name]');
    expect(named('ran into leo hale at the gym', 'leo hale', 'id/undercover')).toBe('ran into [name] at the gym');
    expect(named('Lindqvist chewed us out', 'Lindqvist')).toBe('[name] chewed us out');
  });
});

describe('cleanImagePath', () => {
  it('keeps the name when the format stays, changes the extension when it does not', () => {
    expect(cleanImagePath('a/IMG_0042.HEIC', 'heic')).toBe('a/IMG_0042.jpg');
    expect(cleanImagePath('a/photo.JPEG', 'jpeg')).toBe('a/photo.JPEG');
    expect(cleanImagePath('a/door.gif', 'gif')).toBe('a/door.png');
    expect(cleanImagePath('a/tag.png', 'png')).toBe('a/tag.png');
  });
});

describe('redactionRegions', () => {
  const face = (x: number, match?: string) => ({ box: { x, y: 10, width: 40, height: 40 }, confidence: 0.9, ...(match ? { match } : {}) });
  const analysis: ImageAnalysisInput = {
    path: 'p.jpg',
    width: 800,
    height: 600,
    tags: {},
    faces: [face(0), face(100, 'Marcus Delgado'), face(200, 'Hannah Okafor'), face(300, 'Renee Whitfield')],
    ocr: {
      text: 'ABC 1234 1428 ELM 7XYZ123',
      words: ['ABC', '1234', '1428', 'ELM', '7XYZ123'].map((t, i) => ({
        text: t,
        start: 0,
        end: 0,
        confidence: 90,
        box: { x: 10 + i * 60, y: 500, width: 50, height: 20 },
      })),
    },
  };
  const hit = (ruleId: string, source: Hit['source'], evidence: string, x: number): Hit => ({
    ruleId,
    source,
    evidence,
    confidence: 1,
    message: '',
    box: { x, y: 300, width: 30, height: 30 },
  });
  const hits: Hit[] = [
    hit('pii/address', 'ocr', '1428 Elm Street', 0),
    hit('image/police-markings', 'ocr', 'POLICE', 50),
    hit('image/police-markings', 'ocr', 'UNIT 2147', 100),
    hit('image/people-tags', 'metadata', 'Jordan Example', 150),
    hit('id/undercover', 'metadata', 'Marcus Delgado', 200),
    hit('image/people-tags', 'metadata', 'Hannah Okafor', 250),
    hit('conduct/profanity', 'ocr', 'damn', 300),
  ];
  const reasons = (keepFaces: boolean) =>
    redactionRegions(analysis, hits, profile, { style: 'box', keepFaces })
      .map((r) => `${r.reason}@${r.box.x},${r.box.y}`)
      .sort();

  it('covers privacy words, numbered markings, plates, and faces of people who have not consented', () => {
    expect(reasons(false)).toEqual(
      [
        // words read in the picture are covered to the whole token: half their height further on each side
        'pii/address@-15,300',
        'image/police-markings@85,300',
        'face@150,300',
        'undercover@200,300',
        'face@0,10',
        'undercover@100,10',
        'face@300,10',
        // plates reach half a character past the words read
        'plate@2,500',
        'plate@246,500',
      ].sort(),
    );
  });

  it('--keep-faces still covers undercover members', () => {
    const kept = reasons(true);
    expect(kept).toContain('undercover@100,10');
    expect(kept).toContain('undercover@200,300');
    expect(kept.filter((r) => r.startsWith('face'))).toEqual([]);
  });
});

describe("a cover's label is the rule the report printed (user test 29, U29-16)", () => {
  const analysis: ImageAnalysisInput = { path: 'p.jpg', width: 800, height: 600, tags: {}, ocr: { text: '', words: [] } };
  const hit = (ruleId: string, x: number, evidence = 'x'): Hit => ({ ruleId, source: 'ocr', evidence, confidence: 1, message: '', box: { x, y: 300, width: 60, height: 30 } });
  const label = (hits: Hit[], reported?: (rule: string) => boolean) =>
    redactionRegions(analysis, hits, profile, { style: 'box', keepFaces: true }, reported).map((r) => `${r.reason}@${r.box.x}`);

  it('an undercover name read with a rank is one cover, labelled id/undercover whichever hit came first', () => {
    expect(label([hit('id/coworker', 100, 'Marcus Delgado'), hit('id/undercover', 100, 'Marcus Delgado')])).toEqual(['id/undercover@100']);
    expect(label([hit('id/undercover', 100, 'Marcus Delgado'), hit('id/coworker', 100, 'Marcus Delgado')])).toEqual(['id/undercover@100']);
  });

  it('a rule the packs leave out for the account is still covered, and labelled so, after a rule reported on the same box', () => {
    const reported = (rule: string) => rule !== 'image/police-markings';
    expect(label([hit('image/police-markings', 100, 'K9 12'), hit('pii/phone', 300)], reported)).toEqual(['image/police-markings (not reported)@85', 'pii/phone@285']);
    expect(label([hit('image/police-markings', 100, 'UNIT 12'), hit('pii/phone', 100)], reported)).toEqual(['pii/phone@85']);
    expect(describeRemoved({ kind: 'image', removed: { metadata: 1, 'image/police-markings (not reported)': 1 } })).toEqual([
      'all metadata (EXIF, GPS, XMP, IPTC, comments, thumbnails)',
      '1 region covered (image/police-markings: not in the report, as no selected pack cites it for this account; sanitize covers it anyway)',
    ]);
  });
});

describe('a name read on a tag, or in a flyer\'s prose (user test 27, U2-3)', () => {
  /** Lines of words (40 px letters, 20 px word gaps, lines 60 px apart from y 100); the regions for a hit on `name`. */
  const regions = (lines: string[], name: string) => {
    const words = lines.flatMap((line, row) => {
      let x = 20;
      return line.split(' ').map((text) => {
        const box = { x, y: 100 + row * 60, width: 22 * text.length, height: 40 };
        x += box.width + 20;
        return { text, start: 0, end: 0, confidence: 90, box };
      });
    });
    const at = words.find((w) => w.text.replace(/\W/g, '') === name)!;
    const analysis: ImageAnalysisInput = { path: 'p.png', width: 1200, height: 800, tags: {}, ocr: { text: lines.join('\n'), words } };
    const named: Hit = { ruleId: 'id/coworker', source: 'ocr', evidence: name, confidence: 1, message: '', box: at.box };
    return { at: at.box, found: redactionRegions(analysis, [named], profile, { style: 'box', keepFaces: true }) };
  };

  it('a tag takes its whole text block and the plate it is printed on', () => {
    const { at, found } = regions(['SGT R WHITFIELD', 'HARBOR CITY PD'], 'WHITFIELD');
    expect(found).toHaveLength(1);
    expect(found[0]!.tag).toBeDefined();
    expect(found[0]!.box.height).toBeGreaterThan(2 * at.height);
  });

  it("a screenshot's poster handle over the post's text is covered alone, not with the lines round it (U29-25)", () => {
    const shot = ['Mike T', '@miket_crpd', 'Huge thanks to Det. Siobhan Keogh', 'for the ride along last night!!'];
    const { at, found } = regions(shot, 'miket_crpd');
    expect(found).toHaveLength(1);
    expect(found[0]!.tag).toBeUndefined();
    expect(found[0]!.box.height).toBeLessThan(2 * at.height);
  });

  it('a name in a flyer\'s sentence is covered on its own line, not the lines round it', () => {
    const flyer = ['Open house Saturday 10am-2pm', 'Public Safety Building', 'Questions? Ask Officer Reyes:', 'jreyes.mf@gmail.com'];
    const { at, found } = regions(flyer, 'Reyes');
    expect(found).toHaveLength(1);
    expect(found[0]!.tag).toBeUndefined();
    expect(found[0]!.box.y).toBe(at.y);
    expect(found[0]!.box.height).toBe(at.height);
    // a long line with no punctuation is prose too
    expect(regions(['Stop by and meet Officer Reyes today', 'Public Safety Building'], 'Reyes').found[0]!.tag).toBeUndefined();
  });
});

describe('a number beside police markings: a badge\'s takes the badge\'s lines, a car door\'s stays word-only (user test 29, U29-17)', () => {
  /** Lines of words (40 px letters, 20 px word gaps, lines 60 px apart from y 100); the regions for a markings hit on `number`. */
  const regions = (lines: string[], number: string, pattern: string) => {
    const words = lines.flatMap((line, row) => {
      let x = 300;
      return line.split(' ').map((text) => {
        const box = { x, y: 100 + row * 60, width: 22 * text.length, height: 40 };
        x += box.width + 20;
        return { text, start: 0, end: 0, confidence: 90, box };
      });
    });
    const at = words.find((w) => w.text === number)!;
    const analysis: ImageAnalysisInput = { path: 'p.png', width: 1200, height: 800, tags: {}, ocr: { text: lines.join('\n'), words } };
    const found: Hit = { ruleId: 'image/police-markings', source: 'ocr', evidence: number, confidence: 0.7, message: '', box: at.box, pattern };
    return { at: at.box, found: redactionRegions(analysis, [found], profile, { style: 'box', keepFaces: true }) };
  };
  const star = ['CEDAR RIDGE', 'POLICE', '2231'];

  it.each(['number-beside-marking', 'badge-number'])('a star badge\'s number (%s) covers the agency lines above it too', (pattern) => {
    const { at, found } = regions(star, '2231', pattern);
    expect(found).toHaveLength(1);
    expect(found[0]!.tag).toBeDefined();
    // CEDAR RIDGE (y 100) and POLICE (y 160) are under the cover with the number (y 220)
    expect(found[0]!.box.y).toBeLessThanOrEqual(100);
    expect(found[0]!.box.y + found[0]!.box.height).toBeGreaterThanOrEqual(at.y + at.height);
  });

  // User test 30, U30-17: four lines over the number; two rounds of lines left the city's first line readable.
  it.each(['number-beside-marking', 'badge-number'])('a badge\'s number (%s) covers its whole stack of lines', (pattern) => {
    const { found } = regions(['BROOKHAVEN', 'FALLS', 'POLICE', '4417'], '4417', pattern);
    expect(found).toHaveLength(1);
    // BROOKHAVEN's line (y 100-140) is under the cover
    expect(found[0]!.box.y).toBeLessThanOrEqual(100);
  });

  it('a name tag still takes only the lines next to it', () => {
    const words = ['TOP', 'NOTICE', 'BOARD', 'SGT R WHITFIELD', 'HARBOR CITY PD', 'EST 1901', 'FOOTER'].flatMap((line, row) => {
      let x = 300;
      return line.split(' ').map((text) => {
        const box = { x, y: 100 + row * 60, width: 22 * text.length, height: 40 };
        x += box.width + 20;
        return { text, start: 0, end: 0, confidence: 90, box };
      });
    });
    const at = words.find((w) => w.text === 'WHITFIELD')!;
    const analysis: ImageAnalysisInput = { path: 'p.png', width: 1200, height: 800, tags: {}, ocr: { text: '', words } };
    const named: Hit = { ruleId: 'id/coworker', source: 'ocr', evidence: 'WHITFIELD', confidence: 1, message: '', box: at.box };
    const found = redactionRegions(analysis, [named], profile, { style: 'box', keepFaces: true });
    // two lines each way: NOTICE (y 160) to EST 1901 (y 400-440); TOP (y 100) and FOOTER (y 460) stay
    expect(found[0]!.box.y).toBe(160);
    expect(found[0]!.box.y + found[0]!.box.height).toBe(440);
  });

  it('a unit number on a car door is covered word by word, the livery round it left', () => {
    const { at, found } = regions(['POLICE', 'UNIT 2147'], '2147', 'unit-number');
    expect(found).toHaveLength(1);
    expect(found[0]!.tag).toBeUndefined();
    expect(found[0]!.box.y).toBe(at.y);
    expect(found[0]!.box.height).toBe(at.height);
  });
});

describe('licence plates read in a picture', () => {
  /** One OCR line of words, 60 px apart; the plate regions found in it, as the words they cover. */
  const plates = (line: string) => {
    const texts = line.split(' ');
    const words = texts.map((text, i) => ({ text, start: 0, end: 0, confidence: 90, box: { x: 10 + i * 60, y: 100, width: 50, height: 20 } }));
    const analysis: ImageAnalysisInput = { path: 'p.jpg', width: 800, height: 600, tags: {}, ocr: { text: line, words } };
    return redactionRegions(analysis, [], profile, { style: 'box', keepFaces: false })
      .filter((r) => r.reason === 'plate')
      .map((r) => texts.filter((_, i) => words[i].box.x >= r.box.x && words[i].box.x < r.box.x + r.box.width).join(' '));
  };

  it.each([
    // US: OCR splits a seven-character plate at the font's gap
    ['7ABC 123', '7ABC 123'],
    ['8XYZ 42', '8XYZ 42'],
    ['ABC 1234', 'ABC 1234'],
    ['ABC-1234', 'ABC-1234'],
    // UK, whole or split in three
    ['AB12 CDE', 'AB12 CDE'],
    ['AB 12 CDE', 'AB 12 CDE'],
    // EU: France, Italy, Netherlands, Ireland, Spain, Poland, Germany (the district and letters as one run)
    ['AB-123-CD', 'AB-123-CD'],
    ['AB 123 CD', 'AB 123 CD'],
    ['12-ABC-3', '12-ABC-3'],
    ['12-D-3456', '12-D-3456'],
    ['1234 BCD', '1234 BCD'],
    ['WX 12345', 'WX 12345'],
    ['MW 1234', 'MW 1234'],
    ['AM 1234', 'AM 1234'],
    ['PM-2345', 'PM-2345'],
  ])('%s is a plate', (line, plate) => {
    expect(plates(line)).toEqual([plate]);
  });

  // User test 25, P1-1: a drawn US plate "7KDR 512" read as `7KDR`, `5` and a fragment `2` was left readable.
  it('joins digits OCR read in touching fragments, and covers half a character past the words read', () => {
    const word = (text: string, x: number, y: number, width: number, height: number) => ({ text, start: 0, end: 0, confidence: 0.9, box: { x, y, width, height } });
    const words = [word('7KDR', 749, 688, 116, 44), word('5', 894, 688, 29, 44), word('2', 909, 699, 25, 19)];
    const analysis: ImageAnalysisInput = { path: 'cruiser.jpg', width: 1600, height: 1000, tags: {}, ocr: { text: '7KDR 5 2', words } };
    const regions = redactionRegions(analysis, [], profile, { style: 'box', keepFaces: false }).filter((r) => r.reason === 'plate');
    expect(regions).toHaveLength(1);
    // the plate's characters run from x 752 to 938 in the picture
    expect(regions[0]!.box.x).toBeLessThanOrEqual(752);
    expect(regions[0]!.box.x + regions[0]!.box.width).toBeGreaterThanOrEqual(938);
  });

  // user test 27, U2-3: a flyer's "10am-2pm" read as `10` `am-2pm`, and "Sat & Sun 8-noon", were covered as plates
  it.each(['1428 ELM', 'on my 24', 'Ab 123 cd', 'COVID 19', '12-10-2024', 'Route 66', '9am-2pm', '10AM-4PM', '10 am-2pm', 'Sun 8-noon', '7PM-MIDNIGHT', 'AM-2'])('%s is not', (line) => {
    expect(plates(line)).toEqual([]);
  });
});

async function ocrText(png: Buffer): Promise<Hit[]> {
  return ocr.screen('out.jpg', png, { context: 'personal', profile, detectors: registry.text, imageDetectors: registry.image });
}

describe('redactImage', () => {
  it('re-encodes with no metadata: GPS, thumbnail, camera identity and comments are gone', async () => {
    for (const name of ['gps-station.jpg', 'camera-identity.jpg', 'house-number.heic']) {
      const out = await redactImage(name, fx(name), [], 'box');
      const meta = await sharp(out).metadata();
      expect(meta.format).toBe('jpeg');
      expect(meta.exif ?? meta.xmp ?? meta.iptc ?? meta.icc).toBeUndefined();
      expect(await exifr.parse(out).catch(() => undefined)).toBeUndefined();
      expect(out.includes(Buffer.from('Perrault'))).toBe(false);
    }
  });

  it('auto-orients before writing (orientation 6 turns 320x480 into 480x320)', async () => {
    const out = await redactImage('people-tags.jpg', fx('people-tags.jpg'), [], 'box');
    const meta = await sharp(out).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([480, 320, undefined]);
  });

  it.each(['box', 'blur'] as const)('%s: OCR no longer reads the house number', async (style) => {
    const before = await ocrText(fx('house-number.jpg'));
    const address = before.find((h) => h.ruleId === 'pii/address');
    expect(address?.box).toBeDefined();
    const out = await redactImage('house-number.jpg', fx('house-number.jpg'), [{ box: address!.box!, reason: 'pii/address' }], style);
    const after = await ocrText(out);
    expect(after.map((h) => h.ruleId)).not.toContain('pii/address');
    expect(after.some((h) => /1428/.test(h.evidence))).toBe(false);
  }, 60_000);
});

describe('name tags', () => {
  /** A name plate on a dark uniform: rank, initial and a roster member's surname, the agency under it. */
  const tag = (rank: string, surname: string) =>
    sharp(
      Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="100%" height="100%" fill="#22304a"/>
        <rect x="90" y="110" width="460" height="130" rx="10" fill="#d9d4c3" stroke="#8a8471" stroke-width="5"/>
        <text x="320" y="170" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="42" word-spacing="14">${rank} ${surname}</text>
        <text x="320" y="220" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="28">HARBOR CITY PD</text></svg>`),
    )
      .png()
      .toBuffer();
  const read = async (png: Buffer) => (await ocr.analyse('tag.png', png, profile)).ocr?.text ?? '';

  it.each(['box', 'blur'] as const)('%s: the whole tag is covered, and OCR reads nothing of it back', async (style) => {
    const png = await tag('SGT R', 'WHITFIELD');
    expect(await read(png)).toMatch(/SGT R WHITFIELD/);
    const analysis = await ocr.analyse('tag.png', png, profile);
    const hits = ocr.detect(analysis, { context: 'personal', profile, detectors: registry.text, imageDetectors: registry.image });
    const regions = redactionRegions(analysis, hits, profile, { style, keepFaces: false });
    expect(regions.map((r) => r.reason)).toContain('id/coworker');
    const out = await redactImage('tag.png', png, regions, style);
    const after = await read(out);
    for (const word of ['WHITFIELD', 'SGT', 'HARBOR', 'CITY']) expect(after).not.toMatch(new RegExp(word, 'i'));
    const { data, info } = await sharp(out).raw().toBuffer({ resolveWithObject: true });
    if (style === 'box') {
      // The plate (x 90-550, y 110-240) is gone, rim included: none of its light colour is left.
      let light = 0;
      for (let y = 105; y < 245; y++) for (let x = 85; x < 555; x++) if (data[(y * info.width + x) * info.channels] > 150) light++;
      expect(light).toBeLessThan(50);
    }
    // The uniform around it stays: the cover is the plate, not the picture.
    expect(data[(20 * info.width + 20) * info.channels + 2]).toBeGreaterThan(60);
    expect(data[(300 * info.width + 320) * info.channels + 2]).toBeGreaterThan(60);
  }, 120_000);
});

// ---------------------------------------------------------------------------------------------------------------
// The command

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = { stdout: (t) => void out.push(t), stderr: (t) => void err.push(t), readStdin: async () => undefined, stdoutIsTTY: false, stderrIsTTY: false, cwd };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

const hashes = (dir: string) =>
  Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => {
    const p = join(e.parentPath, e.name);
    return [p, createHash('sha256').update(readFileSync(p)).digest('hex')];
  }));

describe('clearpost sanitize', () => {
  const DRAFT = [
    '# Moving day',
    '',
    'Finally moved into **1428 Elm Street**! Call me at (555) 010-7788 or [text me](tel:555-010-7788).',
    'Shout-out to Sgt. Renee Whitfield, badge #4471, for helping. What a great day.',
    '',
    '![the house](house-number.heic)',
    '![tag](name-tag.png)',
    '',
  ].join('\n');

  it('writes cleaned copies under --out, leaves the inputs alone, and reports what is left', async () => {
    const dir = tempDir('sanitize');
    cpSync('fixtures/images/house-number.heic', join(dir, 'post/house-number.heic'));
    cpSync('fixtures/images/name-tag.png', join(dir, 'post/name-tag.png'));
    writeFileSync(join(dir, 'post/draft.md'), DRAFT);
    const before = hashes(join(dir, 'post'));
    const t = io(dir);
    const code = await run(['sanitize', 'post', '--out', 'clean', '--no-faces', '--ocr-time-limit', '120', '--format', 'json', '--config', resolve('fixtures/profile.yaml')], t.cli);
    expect(hashes(join(dir, 'post'))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['clean', 'post']);
    expect(readdirSync(join(dir, 'clean/post')).sort()).toEqual(['draft.md', 'house-number.jpg', 'name-tag.png']);

    const draft = readFileSync(join(dir, 'clean/post/draft.md'), 'utf8');
    // the tel: link is dropped and its label kept: a placeholder inside its address would break it (user test 24 #12)
    expect(draft).toContain('Finally moved into **[address]**! Call me at [phone number] or text me.');
    expect(draft).toContain('Shout-out to Sgt. [name], badge [badge number], for helping. What a great day.');
    expect(draft).toContain('![the house](house-number.jpg)');
    expect(draft).toContain('![tag](name-tag.png)');
    expect(draft).not.toMatch(/1428|7788|Whitfield|4471/);

    // The name tag is covered whole (rank, name, the HARBOR CITY PD line and the plate): nothing is left to report.
    const report = JSON.parse(t.out()) as Report;
    expect(report.files.map((f) => f.path)).toEqual(['clean/post/draft.md']);
    expect(report.files[0].findings.map((f) => `${f.ruleId} ${f.attachment ?? ''}`)).toEqual([]);
    expect(code).toBe(0);
    expect(t.err()).toContain('post/house-number.heic -> clean/post/house-number.jpg (removed: all metadata (EXIF, GPS, XMP, IPTC, comments, thumbnails), 1 region covered (pii/address)');
  }, 120_000);

  it('leaves clearpost\'s own suppression comments out of the copy, and what they silenced stays silenced (user test 23, #8)', { timeout: 60_000 }, async () => {
    const dir = tempDir('sanitize');
    mkdirSync(join(dir, 'd'));
    const allow = 'clearpost:allow pii/phone -- department switchboard, public';
    writeFileSync(join(dir, 'd/own-line.txt'), `Open house Saturday.\n${allow}\nCall the desk at (555) 010-0100.\nOr me at (555) 010-7788.\n`);
    writeFileSync(join(dir, 'd/end-of-line.txt'), `Open house Saturday.\r\nCall the desk at (555) 010-0100.  ${allow}\r\nSee you there.\r\n`);
    writeFileSync(join(dir, 'd/comment.md'), `<!-- clearpost-disable-next-line pii/phone -- department switchboard, public -->\nCall the desk at (555) 010-0100.\n`);
    writeFileSync(join(dir, 'd/inline-comment.md'), `Call the desk at (555) 010-0100. <!-- ${allow} -->\n`);
    writeFileSync(join(dir, 'd/release.docx'), await makeDocx(['Open house Saturday.', `Call the desk at (555) 010-0100. ${allow}`, 'See you there.']));
    const t = io(dir);
    const code = await run(['sanitize', 'd', '--out', 'clean', '--format', 'json', '--config', resolve('fixtures/profile.yaml')], t.cli);
    const out = join(dir, 'clean/d');
    const copy = (name: string) => readFileSync(join(out, name), 'utf8');
    expect(copy('own-line.txt')).toBe('Open house Saturday.\nCall the desk at (555) 010-0100.\nOr me at [phone number].\n');
    expect(copy('end-of-line.txt')).toBe('Open house Saturday.\r\nCall the desk at (555) 010-0100.\r\nSee you there.\r\n');
    expect(copy('comment.md')).toBe('Call the desk at (555) 010-0100.\n');
    expect(copy('inline-comment.md')).toBe('Call the desk at (555) 010-0100.\n');
    const docx = (await readDocx('release.docx', readFileSync(join(out, 'release.docx')))).text;
    expect(docx).toContain('Open house Saturday.\nCall the desk at (555) 010-0100.\nSee you there.');
    expect(docx).not.toContain('clearpost');
    // The inputs keep them.
    expect(readFileSync(join(dir, 'd/own-line.txt'), 'utf8')).toContain(allow);
    // The copies' screening still honours them, with their reasons.
    const report = JSON.parse(t.out()) as Report;
    const phones = report.files.flatMap((f) => f.findings.filter((x) => x.ruleId === 'pii/phone'));
    expect(phones.filter((f) => !f.suppressed)).toEqual([]);
    expect(phones.map((f) => f.suppressed?.justification)).toEqual(Array(5).fill('department switchboard, public'));
    expect(code).toBe(0);
    expect(t.err()).toContain('end-of-line.txt (removed: 1 suppression comment left out)');
  });

  it('lays out inputs from outside the working directory as they are, so the draft\'s picture links hold (user test 23, #19)', { timeout: 60_000 }, async () => {
    const dir = tempDir('sanitize');
    mkdirSync(join(dir, 'work'));
    mkdirSync(join(dir, 'drafts/week/thu'), { recursive: true });
    mkdirSync(join(dir, 'drafts/img'));
    cpSync('fixtures/images/gps-station.jpg', join(dir, 'drafts/week/thu/scene.jpg'));
    cpSync('fixtures/images/gps-station.jpg', join(dir, 'drafts/img/shared.jpg'));
    writeFileSync(join(dir, 'drafts/week/thu/post.md'), 'Call me at (555) 010-7788.\n\n![scene](scene.jpg)\n![shared](../../img/shared.jpg)\n');
    const t = io(join(dir, 'work'));
    const code = await run(['sanitize', '../drafts/week', '--out', 'clean', '--no-ocr', '--no-faces', '--format', 'json', '--config', resolve('fixtures/profile.yaml')], t.cli);
    const files = readdirSync(join(dir, 'work/clean'), { recursive: true }).map(String).sort();
    expect(files).toEqual(['img', 'img/shared.jpg', 'week', 'week/thu', 'week/thu/post.md', 'week/thu/scene.jpg']);
    expect(readFileSync(join(dir, 'work/clean/week/thu/post.md'), 'utf8')).toBe('Call me at [phone number].\n\n![scene](scene.jpg)\n![shared](../../img/shared.jpg)\n');
    const report = JSON.parse(t.out()) as Report;
    expect(report.files.map((f) => [f.path, f.error ?? '', f.attachments ?? []])).toEqual([
      [join('clean/week/thu/post.md'), '', ['clean/week/thu/scene.jpg', 'clean/img/shared.jpg']],
    ]);
    expect(code).toBe(0);
  });

  // user test 30, U30-27: the venue's address on the official account is an info (no clause is cited for it)
  it('names a warning or info it replaced, so a venue\'s published address can be put back (user test 23, #10)', async () => {
    const dir = tempDir('sanitize');
    writeFileSync(join(dir, 'official.md'), '---\ncontext: official\n---\nFree bike registration at Harbor City PD headquarters, 200 Civic Plaza, 10am-2pm.\n');
    writeFileSync(join(dir, 'home.txt'), 'Party at my place, 1423 Elm Street, Saturday!\n');
    const t = io(dir);
    await run(['sanitize', 'official.md', 'home.txt', '--out', 'clean', '--config', resolve('fixtures/profile.yaml')], t.cli);
    expect(readFileSync(join(dir, 'clean/official.md'), 'utf8')).toContain('headquarters, [address], 10am-2pm.');
    // user test 24 #10: the line says what each mark stands for and which rule found it
    expect(t.err()).toContain('official.md -> clean/official.md (removed: 1 × [address] (pii/address, only an info: put it back if it is public))');
    expect(t.err()).toContain('home.txt -> clean/home.txt (removed: 1 × [address] (pii/address))\n');
  });

  it('keeps front matter valid YAML: its placeholders are in parentheses (user test 27, U3-13)', async () => {
    const dir = tempDir('sanitize');
    const front = '---\ntitle: "Thanks Det. Marcus Delgado"\nslug: marcus-delgado-award\ndescription: Call 555-201-8831 for tickets\ntags: [awards, Delgado]\n---\n';
    writeFileSync(join(dir, 'post.md'), `${front}A great night at the awards dinner, call 555-201-8831.\n`);
    const t = io(dir);
    await run(['sanitize', 'post.md', '--out', 'clean', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli);
    const copy = readFileSync(join(dir, 'clean/post.md'), 'utf8');
    expect(copy).toBe(
      '---\ntitle: "Thanks Det. (name)"\nslug: (name)-award\ndescription: Call (phone number) for tickets\ntags: [awards, (name)]\n---\n' +
        'A great night at the awards dinner, call [phone number].\n',
    );
    // `slug: [name]-award` was a list followed by junk; `tags: [awards, [name]]` a list inside the list
    expect(parseYaml(copy.split('---\n')[1]!)).toEqual({ title: 'Thanks Det. (name)', slug: '(name)-award', description: 'Call (phone number) for tickets', tags: ['awards', '(name)'] });
  });

  it('cleans an image\'s title and an <img> alt, and leaves Markdown comments out of the copy (user test 24, #12)', async () => {
    const dir = tempDir('sanitize');
    writeFileSync(
      join(dir, 'post.md'),
      'Great food. <!-- note to self: her address is 41 Larkspur Terrace -->\n<!--\nnot for posting\n-->\n![bbq](bbq.jpg "Call (555) 010-7788")\n<img src="car.png" alt="at 1423 Elm Street">\n',
    );
    const t = io(dir);
    await run(['sanitize', 'post.md', '--out', 'clean', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli);
    expect(readFileSync(join(dir, 'clean/post.md'), 'utf8')).toBe('Great food.\n![bbq](bbq.jpg "Call [phone number]")\n<img src="car.png" alt="at [address]">\n');
  });

  it('leaves out an <img> tag\'s attributes no reader sees and cleans the others (user test 25, P3-4)', async () => {
    const dir = tempDir('sanitize');
    cpSync('fixtures/images/clean.png', join(dir, 'tag.png'));
    writeFileSync(join(dir, 'post.md'), 'Award night.\n<img src="tag.png" alt="Our team" title="at 1423 Elm Street" data-owner="Marcus Delgado" id=x width=40>\n');
    const t = io(dir);
    await run(['sanitize', 'post.md', '--out', 'clean', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli);
    expect(readFileSync(join(dir, 'clean/post.md'), 'utf8')).toBe('Award night.\n<img src="tag.png" alt="Our team" title="at [address]" width=40>\n');
    expect(t.err()).toContain('2 hidden <img> attributes left out');
  });

  // User test 23 #20: the clean copy of a UTF-16 or Windows-1252 draft was written as UTF-8.
  it("writes each copy in its draft's encoding, byte order mark kept", async () => {
    const dir = tempDir('sanitize-encodings');
    const draft = 'Call me at 555-201-4477, café “soon”\n';
    writeFileSync(join(dir, 'bom16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(draft, 'utf16le')]));
    writeFileSync(join(dir, 'be16.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(draft, 'utf16le').swap16()]));
    writeFileSync(join(dir, 'plain16.txt'), Buffer.from(draft, 'utf16le'));
    writeFileSync(join(dir, 'bom8.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(draft, 'utf8')]));
    writeFileSync(join(dir, 'cp1252.txt'), Buffer.from([...Buffer.from('Call me at 555-201-4477, caf\xe9 ', 'latin1'), 0x93, ...Buffer.from('soon', 'latin1'), 0x94, 0x0a]));
    const t = io(dir);
    await run(['sanitize', '.', '--out', 'clean', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli);
    const clean = 'Call me at [phone number], café “soon”\n';
    const read = (f: string) => readFileSync(join(dir, 'clean', f));
    expect(read('bom16.txt')).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(clean, 'utf16le')]));
    expect(read('be16.txt')).toEqual(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(clean, 'utf16le').swap16()]));
    expect(read('plain16.txt')).toEqual(Buffer.from(clean, 'utf16le'));
    expect(read('bom8.txt')).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(clean, 'utf8')]));
    expect(read('cp1252.txt')).toEqual(Buffer.from([...Buffer.from('Call me at [phone number], caf\xe9 ', 'latin1'), 0x93, ...Buffer.from('soon', 'latin1'), 0x94, 0x0a]));
  });

  // User test 30, U30-20: a Windows-1252 draft `Seán “the legend” Ó Briain` was copied as `[name] “the legend” Ó [name]`:
  // the surname found alone ("Briain") left the word of the member's name before it.
  it("replaces the whole surname of a member whose name has a particle, in a Windows-1252 draft", async () => {
    const dir = tempDir('sanitize-particle');
    writeFileSync(join(dir, 'p.yaml'), ['roster:', '  - { name: Seán Ó Briain, rank: Detective, undercover: true }', '  - { name: José Luis Ramírez, rank: Detective }', ''].join('\n'));
    const cp1252 = (s: string) => Buffer.from(s.replace(/“/g, '\x93').replace(/”/g, '\x94'), 'latin1');
    writeFileSync(join(dir, 'post.txt'), cp1252('Dinner with Seán “the legend” Ó Briain tonight on patrol\nSgt. Luis Ramírez and Det. Ó Briain on the raid\n'));
    const t = io(dir);
    await run(['sanitize', 'post.txt', '--out', 'clean', '--no-ocr', '--no-faces', '--config', 'p.yaml', '--no-model'], t.cli);
    expect(readFileSync(join(dir, 'clean/post.txt'))).toEqual(cp1252('Dinner with [name] “the legend” [name] tonight on patrol\nSgt. [name] and Det. [name] on the raid\n'));
  });

  // User test 24 #12: '[pics](https://instagram.com/dana_k/)' became 'instagram.com/[name]_[name]/', '@dana_k' '[handle]_[handle]'.
  it('keeps links well formed: a link holding a finding is dropped (label kept) or replaced whole, and a handle stays one word', async () => {
    const dir = tempDir('sanitize-links');
    const draft = 'See [my pics](https://instagram.com/renee_w/) and @renee_w. Call [me](tel:555-201-4477) or https://x.com/renee_w today, *snake_case* stays.\n';
    writeFileSync(join(dir, 'post.md'), draft);
    writeFileSync(join(dir, 'post.txt'), 'Pics at https://instagram.com/renee_w/ tonight\n');
    const t = io(dir);
    await run(['sanitize', 'post.md', 'post.txt', '--out', 'clean', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli);
    expect(readFileSync(join(dir, 'clean/post.md'), 'utf8')).toBe('See my pics and [handle]. Call me or [link removed] today, *snake_case* stays.\n');
    expect(readFileSync(join(dir, 'clean/post.txt'), 'utf8')).toBe('Pics at [link removed] tonight\n');
    expect(t.err()).toContain('post.md -> clean/post.md (removed: 2 links taken out (id/coworker), 1 × [name] or [handle] (id/coworker), 1 link taken out (pii/phone))');
  });

  // User test 27, U1-10: the clean copy kept "hope the narcotics detail is treating u well ... back in uniform" once the
  // undercover member's name was replaced: the assignment is as confidential as the name (Massachusetts II.3, IV.A.4.d.1).
  it("replaces the undercover member's assignment told in the post that names them", async () => {
    const dir = tempDir('sanitize-assignment');
    writeFileSync(join(dir, 'd12.txt'), 'Miss having Marcus Delgado on our shift, hope the narcotics detail is treating u well girl!! see u when ur back in uniform\n');
    writeFileSync(join(dir, 'other.txt'), 'Miss having Renee on our shift, hope the narcotics detail is treating u well\n');
    const t = io(dir);
    await run(['sanitize', 'd12.txt', 'other.txt', '--out', 'clean', '--no-ocr', '--no-faces', '--no-model', '--config', resolve('fixtures/profile.yaml')], t.cli);
    expect(readFileSync(join(dir, 'clean/d12.txt'), 'utf8')).toBe('Miss having [name] on our shift, hope the [assignment] is treating u well girl!! see u when ur [assignment]\n');
    expect(readFileSync(join(dir, 'clean/other.txt'), 'utf8')).toContain('hope the narcotics detail is treating u well');
  });

  // User test 24 #12: a picture named after an undercover member went out under that name.
  it('renames a picture whose file name names a member, and the link follows', { timeout: 60_000 }, async () => {
    const dir = tempDir('sanitize-names');
    cpSync('fixtures/images/clean.png', join(dir, 'delgado-at-the-raid.png'));
    cpSync('fixtures/images/clean.png', join(dir, 'renee_w-bbq.png'));
    writeFileSync(join(dir, 'post.md'), 'Fun day out!\n\n![](delgado-at-the-raid.png)\n<img src="renee_w-bbq.png">\n');
    const t = io(dir);
    const code = await run(['sanitize', 'post.md', '--out', 'clean', '--no-ocr', '--no-faces', '--format', 'json', '--config', resolve('fixtures/profile.yaml')], t.cli);
    expect(readdirSync(join(dir, 'clean')).sort()).toEqual(['name-at-the-raid.png', 'name-bbq.png', 'post.md']);
    expect(readFileSync(join(dir, 'clean/post.md'), 'utf8')).toBe('Fun day out!\n\n![](name-at-the-raid.png)\n<img src="name-bbq.png">\n');
    // the line names the input masked as the finding is (user test 27, U3-16), and the copy's links are counted (U3-5)
    expect(t.err()).toContain('clearpost: *******-at-the-raid.png -> clean/name-at-the-raid.png (removed: all metadata (EXIF, GPS, XMP, IPTC, comments, thumbnails), file name changed (id/undercover))');
    expect(t.err()).not.toMatch(/delgado|renee/i);
    expect(t.err()).toContain('post.md -> clean/post.md (2 picture links renamed)');
    expect((JSON.parse(t.out()) as Report).summary.findings).toBe(0);
    expect(code).toBe(0);
  });

  // User test 27, U3-7: pictures named by srcset, <picture><source>, <video poster>, a plain link, <a href> and the front
  // matter's image keys were not screened, not listed and not copied; U3-5: the copy's renamed links said "nothing to remove".
  it('screens, copies and relinks every local picture a draft names: srcset, source, poster, plain links, front matter', { timeout: 60_000 }, async () => {
    const dir = tempDir('sanitize-srcset');
    for (const name of ['small.png', 'delgado-2x.png', 'poster.png', 'full.png', 'sign.png', 'card.png', 'cover.png', 'unused.png'])
      cpSync('fixtures/images/clean.png', join(dir, name));
    const draft = [
      '---',
      'title: Lake day',
      'image: card.png',
      'cover:',
      '  image: cover.png',
      '---',
      '<img src="small.png" srcset="small.png 1x, delgado-2x.png 2x" alt="lake">',
      '<picture><source srcset="poster.png" media="(min-width: 800px)"><img src="small.png"></picture>',
      '<video poster="poster.png" src="clip.mp4"></video>',
      'See the [full photo](full.png) and <a href="sign.png">the sign</a>, or [the big one](delgado-2x.png).',
      '![remote](https://cdn.example.com/p.jpg)',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'post.md'), draft);
    const before = io(dir);
    expect(await run(['check', 'post.md', '--no-ocr', '--no-faces', '--format', 'json', '--config', resolve('fixtures/profile.yaml')], before.cli)).toBe(1);
    const report = JSON.parse(before.out()) as Report;
    expect(report.files[0]!.attachments).toEqual(['card.png', 'cover.png', 'small.png', 'delgado-2x.png', 'poster.png', 'full.png', 'sign.png']);
    // the undercover name in the 2x picture's file name is reported once, under the picture's name, not as prose
    expect(report.files[0]!.findings.map((f) => [f.ruleId, f.attachment, f.location.tag])).toEqual([['id/undercover', 'delgado-2x.png', 'file-name']]);
    expect(report.files[0]!.note).toMatch(/^1 remote picture not screened \(on cdn\.example\.com;/);
    // the clip beside its poster is not screened, and said so (fixes 29, defect 5)
    expect(report.summary.notScreened?.map((n) => [n.kind, n.count])).toEqual([['remote-picture', 1], ['media-clip', 1], ['picture-text', 7]]);

    const t = io(dir);
    await run(['sanitize', 'post.md', '--out', 'clean', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli);
    expect(readdirSync(join(dir, 'clean')).sort()).toEqual(['card.png', 'cover.png', 'full.png', 'name-2x.png', 'post.md', 'poster.png', 'sign.png', 'small.png']);
    expect(readFileSync(join(dir, 'clean/post.md'), 'utf8')).toBe(draft.replaceAll('delgado-2x.png', 'name-2x.png'));
    expect(t.err()).toContain('post.md -> clean/post.md (2 picture links renamed)');
    expect(t.out()).toContain('text in 7 pictures not read (--no-ocr): words, numbers and names shown in them were not screened nor covered in the copy');
  });

  // User test 25, P3-2: a picture a reference definition attaches, and a loose picture, are renamed too.
  it('renames a reference-linked picture and a loose one, and the definition follows', { timeout: 60_000 }, async () => {
    const dir = tempDir('sanitize-names');
    mkdirSync(join(dir, 'ref'));
    cpSync('fixtures/images/clean.png', join(dir, 'ref/renee_w-bbq.png'));
    cpSync('fixtures/images/clean.png', join(dir, 'marcus-delgado-555-201-4477.png'));
    writeFileSync(join(dir, 'ref/post.md'), 'Fun day out!\n\n![bbq][pic]\n\n[pic]: renee_w-bbq.png "BBQ"\n');
    const t = io(dir);
    await run(['sanitize', 'ref', 'marcus-delgado-555-201-4477.png', '--out', 'clean', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli);
    expect(readdirSync(join(dir, 'clean')).sort()).toEqual(['name-phone.png', 'ref']);
    expect(readdirSync(join(dir, 'clean/ref')).sort()).toEqual(['name-bbq.png', 'post.md']);
    expect(readFileSync(join(dir, 'clean/ref/post.md'), 'utf8')).toBe('Fun day out!\n\n![bbq][pic]\n\n[pic]: name-bbq.png "BBQ"\n');
  });

  // User test 25, P2-11: 60,000 empty parts under word/media printed 60,000 error lines.
  it('names a few unreadable picture parts of a Word file a line each, and many in one line', { timeout: 60_000 }, async () => {
    const dir = tempDir('sanitize-parts');
    const zip = await JSZip.loadAsync(await makeDocx(['Open house Saturday.']));
    for (let i = 0; i < 250; i++) zip.file(`word/media/part${String(i).padStart(3, '0')}.xml`, '');
    writeFileSync(join(dir, 'many.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const two = await JSZip.loadAsync(await makeDocx(['Open house Saturday.']));
    for (const n of ['a.emf', 'b.xml']) two.file(`word/media/${n}`, '');
    writeFileSync(join(dir, 'two.docx'), await two.generateAsync({ type: 'nodebuffer' }));
    const t = io(dir);
    await run(['sanitize', 'many.docx', 'two.docx', '--out', 'clean', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli);
    const lines = t.out().split('\n').filter((l) => /not a picture format/.test(l));
    expect(lines).toEqual([
      expect.stringMatching(/many\.docx: 250 picture parts are not a picture format clearpost reads \(a drawing, a vector image or an empty part\) \(media\/part000\.xml, media\/part001\.xml, media\/part002\.xml and 247 more\); left in the copy unchecked/),
      expect.stringMatching(/two\.docx#media\/a\.emf: not a picture format/),
      expect.stringMatching(/two\.docx#media\/b\.xml: not a picture format/),
    ]);
  });

  // User test 25, P3-5: `?name=Carla+Vandeventer` was cleaned to `?name=Carla+[name]`.
  it('takes out the other parts of a member\'s name joined to it by URL or file-name punctuation', async () => {
    const dir = tempDir('sanitize-joined');
    writeFileSync(
      join(dir, 'post.md'),
      'See [his page][ref]. Marcus+Hale stays.\n\n[ref]: https://example.com/p?name=Marcus+Delgado&x=1 "Marcus Delgado"\n',
    );
    const t = io(dir);
    await run(['sanitize', 'post.md', '--out', 'clean', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli);
    const out = readFileSync(join(dir, 'clean/post.md'), 'utf8');
    expect(out).not.toMatch(/delgado|marcus\+\[/i);
    expect(out).toContain('Marcus+Hale stays.');
  });

  // User test 27, U3-6: a picture held in the draft as a data: URI was neither screened nor cleaned: the copy kept it.
  it('screens a picture held as a data: URI and writes it back cleaned, in place', { timeout: 60_000 }, async () => {
    const dir = tempDir('sanitize-inline');
    const uri = `data:image/jpeg;base64,${readFileSync('fixtures/images/gps-station.jpg').toString('base64')}`;
    writeFileSync(join(dir, 'post.md'), `Fun day out!\n\n![inline](${uri})\n\n<img src="data:image/svg+xml;base64,PHN2Zy8+" alt="">\n`);
    const t = io(dir);
    const checked = io(dir);
    expect(await run(['check', 'post.md', '--no-ocr', '--no-faces', '-f', 'json', '--config', resolve('fixtures/profile.yaml')], checked.cli)).toBe(2);
    const post = (JSON.parse(checked.out()) as Report).files[0]!;
    expect(post.attachments).toEqual(['post.md#inline-1.jpg', 'post.md#inline-2.svg']);
    expect(post.findings.filter((f) => f.attachment === 'post.md#inline-1.jpg').map((f) => f.ruleId)).toContain('image/gps');
    expect(post.error).toMatch(/post\.md#inline-2\.svg: /);
    await run(['sanitize', 'post.md', '--out', 'clean', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli);
    const copy = readFileSync(join(dir, 'clean/post.md'), 'utf8');
    const cleaned = /!\[inline\]\(data:image\/jpeg;base64,([A-Za-z0-9+/=]+)\)/.exec(copy)?.[1];
    expect(cleaned).toBeDefined();
    expect(copy).not.toContain(uri);
    expect(await exifr.gps(Buffer.from(cleaned!, 'base64'))).toBeUndefined();
    // a picture it cannot read is left out of the copy, and a line names it
    expect(copy).toContain('<img src="" alt="">');
    expect(t.out()).toMatch(/post\.md#inline-2\.svg: .*left out of the copy/);
    expect(t.err()).toMatch(/inline picture post\.md#inline-1\.jpg: all metadata/);
  });

  // User test 27, U2-7 and user test 25, P3-5: field-coded links, bookmark names, content-control labels and an AUTHOR
  // field kept the undercover member's e-mail, phone and name in the clean copy, and check did not see them.
  it('screens and cleans field-coded links, author fields, bookmark names and content-control labels', { timeout: 60_000 }, async () => {
    const dir = tempDir('sanitize-fields');
    const complex = (instr: string, shown: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instr}</w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${shown}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const docx = await makeDocx([
      'Holiday safety tips.',
      { xml: complex(' HYPERLINK "mailto:marcus.delgado@gmail.com" ', 'Write to us') },
      { xml: '<w:fldSimple w:instr=" HYPERLINK &quot;tel:+15552014477&quot; "><w:r><w:t>Call the organiser</w:t></w:r></w:fldSimple>' },
      { xml: '<w:bookmarkStart w:id="1" w:name="Marcus_Delgado_home"/><w:r><w:t>Stay safe!</w:t></w:r><w:bookmarkEnd w:id="1"/>' },
      { xml: '<w:sdt><w:sdtPr><w:alias w:val="Reviewer Marcus Delgado"/><w:tag w:val="marcus.delgado"/></w:sdtPr><w:sdtContent><w:r><w:t>Reviewed.</w:t></w:r></w:sdtContent></w:sdt>' },
      { xml: '<w:fldSimple w:instr=" AUTHOR \\* MERGEFORMAT "><w:r><w:t>Marcus Delgado</w:t></w:r></w:fldSimple>' },
      { xml: complex(' LASTSAVEDBY ', 'Marcus Delgado') },
    ]);
    writeFileSync(join(dir, 'tips.docx'), docx);
    const checked = io(dir);
    expect(await run(['check', 'tips.docx', '--no-ocr', '--no-faces', '-f', 'json', '--config', resolve('fixtures/profile.yaml')], checked.cli)).toBe(1);
    const post = (JSON.parse(checked.out()) as Report).files[0]!;
    const tags = new Set(post.findings.map((f) => `${f.ruleId} ${(f.location as { tag?: string }).tag}`));
    for (const t of ['id/undercover link-address', 'pii/phone link-address', 'id/undercover bookmark', 'id/undercover content-control', 'id/undercover field']) {
      expect(tags, t).toContain(t);
    }
    expect(post.note).toMatch(/2 field-coded links, 1 bookmark name, 2 content-control labels/);
    const t = io(dir);
    expect(await run(['sanitize', 'tips.docx', '--out', 'clean', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli)).toBe(0);
    const xml = await (await JSZip.loadAsync(readFileSync(join(dir, 'clean/tips.docx')))).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/delgado|2014477/i);
    expect(xml).toContain('HYPERLINK "#"');
    expect(xml).toContain('w:name="bookmark1"');
    expect(xml).toContain('<w:t>Write to us</w:t>');
    expect(t.err()).toMatch(/contact link x2.*author field x2.*bookmark name.*content-control label x2/);
  });

  // fixes 27: a draft's own name is cleaned as a picture's is.
  it("writes a draft whose name names a member under a name without it", { timeout: 60_000 }, async () => {
    const dir = tempDir('sanitize-draft-name');
    writeFileSync(join(dir, 'award-marcus-delgado-555-201-4477.md'), 'Fun day out!\n');
    const t = io(dir);
    expect(await run(['sanitize', '.', '--out', 'clean', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli)).toBe(0);
    expect(readdirSync(join(dir, 'clean'))).toEqual(['award-name-phone.md']);
    expect(t.err()).toMatch(/-> clean\/award-name-phone\.md \(removed: file name changed \(id\/undercover\), file name changed \(pii\/phone\)\)/);
  });

  it('refuses to write over an input', async () => {
    const dir = tempDir('sanitize');
    writeFileSync(join(dir, 'draft.txt'), 'Call me at (555) 010-7788');
    const t = io(dir);
    const code = await run(['sanitize', 'draft.txt', '--out', '.', '--config', resolve('fixtures/profile.yaml')], t.cli);
    expect(code).toBe(2);
    expect(t.err()).toMatch(/--out \. holds the inputs/);
    expect(readFileSync(join(dir, 'draft.txt'), 'utf8')).toBe('Call me at (555) 010-7788');
    expect(existsSync(join(dir, 'clean'))).toBe(false);
  });

  it('refuses a report file (-o) that would replace an input, before writing anything', async () => {
    const dir = tempDir('sanitize');
    writeFileSync(join(dir, 'draft.txt'), 'Call me at (555) 010-7788');
    const t = io(dir);
    const code = await run(['sanitize', 'draft.txt', '--out', 'clean', '-o', 'draft.txt', '--config', resolve('fixtures/profile.yaml')], t.cli);
    expect(code).toBe(2);
    expect(readFileSync(join(dir, 'draft.txt'), 'utf8')).toBe('Call me at (555) 010-7788');
    expect(existsSync(join(dir, 'clean'))).toBe(false);
  });
});

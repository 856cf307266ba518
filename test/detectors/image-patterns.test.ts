// Image detectors name what fired, as text detectors do: every declared pattern (cue) has a hand-built analysis here
// that makes it fire, every hit names a pattern its detector declares, and the engine carries the name to the finding
// (data.pattern in JSON and SARIF, `--debug`, `clearpost explain`). Pure: no OCR, no models.
import { describe, expect, it } from 'vitest';
import { preparedFor } from '../../src/core/engine.js';
import { ImageScreener } from '../../src/core/image-engine.js';
import { Screener } from '../../src/core/screen.js';
import type { Box, ImageAnalysisInput, ImageDetector, ImageMetadataFacts, VisionCue } from '../../src/core/types.js';
import { imageDetectors, registry } from '../../src/detectors/index.js';
import { oneOf } from '../../src/detectors/vocab.js';
import { loadPacks } from '../../src/policy/packs.js';
import { UNIT_NUMBER_WORDS } from '../../src/detectors/vocab/police-vehicles.js';
import { regexSamples } from '../helpers/regex-samples.js';
import { examplesProfile, unnamedHits } from '../helpers/rule-tester.js';

const profile = examplesProfile();
const base: ImageAnalysisInput = { path: 'x.jpg', width: 1000, height: 800, tags: {}, cues: [] };
const meta = (facts: Partial<ImageMetadataFacts>): ImageAnalysisInput => ({ ...base, meta: { people: [], identity: [], texts: [], ...facts } });
const text = (t: string, box: Box = { x: 300, y: 400, width: 200, height: 40 }, cues: VisionCue[] = []): ImageAnalysisInput => ({
  ...base,
  cues,
  ocr: { text: t, words: [{ text: t, start: 0, end: t.length, box, confidence: 0.9 }] },
});
const seen = (...cues: VisionCue[]): ImageAnalysisInput => ({ ...base, cues });
/** One word read at each of `xs` along a line (its height 40, `dy` lower at each step). */
const repeated = (word: string, xs: number[], dy = 0, cues: VisionCue[] = []): ImageAnalysisInput => {
  const text = xs.map(() => word).join('\n');
  const words = xs.map((x, i) => ({ text: word, start: i * (word.length + 1), end: i * (word.length + 1) + word.length, box: { x, y: 400 + i * dy, width: 160, height: 40 }, confidence: 0.95 }));
  return { ...base, cues, ocr: { text, words } };
};

const car: VisionCue = { kind: 'object:car', box: { x: 100, y: 300, width: 600, height: 300 }, confidence: 0.8 };
const person: VisionCue = { kind: 'object:person', box: { x: 100, y: 100, width: 300, height: 600 }, confidence: 0.8 };
const patch: VisionCue = { kind: 'patch:shoulder', box: { x: 120, y: 220, width: 30, height: 30 }, confidence: 0.4 };
const tape: VisionCue = { kind: 'tape', box: { x: 0, y: 0, width: 1000, height: 50 }, confidence: 0.6, angle: 2 };
const marker = (x: number): VisionCue => ({ kind: 'evidence-marker', box: { x, y: 600, width: 20, height: 20 }, confidence: 0.5 });
const face = (match?: string) => ({ box: { x: 10, y: 10, width: 50, height: 50 }, confidence: 0.9, ...(match ? { match, similarity: 0.8 } : {}) });

/** For each image detector, one analysis per declared pattern that makes it fire. */
const SAMPLES: Record<string, Record<string, ImageAnalysisInput>> = {
  'image/gps': {
    'gps-coordinates': meta({ gps: { lat: 10, lon: 10, tag: 'GPS:GPSLatitude' } }),
    'sensitive-place': meta({ gps: { lat: 40.7128, lon: -74.006, tag: 'GPS:GPSLatitude' } }),
  },
  'image/camera-identity': {
    'owner-field': meta({ identity: [{ tag: 'IFD0:Artist', value: 'Jo Example' }] }),
    'serial-number': meta({ identity: [{ tag: 'ExifIFD:BodySerialNumber', value: '0412345' }] }),
  },
  'image/thumbnail': { 'embedded-preview': meta({ thumbnail: { tag: 'IFD1:ThumbnailImage', bytes: 5000, width: 160, height: 120 } }) },
  'image/people-tags': {
    'face-region': meta({ people: [{ name: 'Jordan Example', tag: 'XMP:RegionInfo', box: { x: 0, y: 0, width: 50, height: 50 } }] }),
    'person-in-image': meta({ people: [{ name: 'Jordan Example', tag: 'XMP-iptcExt:PersonInImage' }] }),
    'roster-name': meta({ people: [{ name: 'Renee Whitfield', tag: 'XMP-iptcExt:PersonInImage' }] }),
  },
  'image/faces': { face: { ...base, faces: [face()] }, 'roster-face': { ...base, faces: [face('Renee Whitfield')] } },
  'image/police-markings': {
    'marking-word': text('POLICE'),
    'marking-partial': text('OLICE'),
    'department-initials-worn': text('MPD', { x: 200, y: 250, width: 60, height: 20 }, [person, patch]),
    'badge-number': text('POLICE BADGE 4471'),
    'unit-number': text('POLICE UNIT 52'),
    'number-beside-marking': text('POLICE 4471'),
    'badge-on-shield': text('4471', undefined, [{ kind: 'badge:shield', box: { x: 250, y: 300, width: 300, height: 340 }, confidence: 0.5 }]),
    'badge-on-chest': text('518', { x: 480, y: 287, width: 41, height: 25 }, [{ kind: 'badge:chest', box: { x: 472, y: 270, width: 52, height: 60 }, confidence: 0.45, rowFill: 0.6 }]),
    'shoulder-number': text('2417', { x: 537, y: 339, width: 76, height: 40 }, [{ kind: 'slide:shoulder', box: { x: 538, y: 340, width: 72, height: 35 }, confidence: 0.4 }]),
  },
  'image/marked-vehicle': {
    'vehicle-lettering': text('POLICE', { x: 300, y: 400, width: 150, height: 40 }, [car]),
    battenburg: seen(car, { kind: 'livery:battenburg', box: { x: 120, y: 420, width: 500, height: 80 }, confidence: 0.7 }),
    'light-bar': seen(car, { kind: 'light-bar', box: { x: 300, y: 290, width: 120, height: 20 }, confidence: 0.5 }),
  },
  'image/uniform': {
    'lettering-on-torso': text('SHERIFF', { x: 150, y: 300, width: 120, height: 30 }, [person]),
    'tactical-kit': seen(person, { kind: 'kit:tactical', box: person.box, confidence: 0.45 }, patch),
    'hi-vis-check': seen(person, { kind: 'vest:checker', box: { x: 120, y: 300, width: 260, height: 50 }, confidence: 0.5 }),
    'hi-vis-chequer': seen(person, { kind: 'vest:chequered', box: { x: 120, y: 400, width: 260, height: 40 }, confidence: 0.5 }),
    'shoulder-patch': seen(person, { kind: 'shirt:dark', box: { x: 150, y: 200, width: 200, height: 150 }, confidence: 0.3 }, patch, { ...patch, box: { x: 350, y: 220, width: 30, height: 30 } }),
    'cap-badge': seen(person, { kind: 'cap:badge', box: { x: 240, y: 110, width: 20, height: 20 }, confidence: 0.45 }, { kind: 'shirt:dark', box: { x: 150, y: 200, width: 200, height: 150 }, confidence: 0.3 }),
    'kit-line': seen(person, { kind: 'kit:line', box: person.box, confidence: 0.5, detail: '3 people side by side, 2 in helmets' }),
    'riot-gear': seen(person, { kind: 'kit:pair', box: person.box, confidence: 0.4, detail: '2 people side by side, both in helmets' }, { kind: 'light-bar', box: { x: 700, y: 100, width: 100, height: 20 }, confidence: 0.5 }),
    'chequered-cap': seen(person, { kind: 'cap:chequered', box: { x: 200, y: 100, width: 100, height: 24 }, confidence: 0.5 }),
    'chest-badge': seen(person, { kind: 'badge:chest', box: { x: 280, y: 300, width: 30, height: 34 }, confidence: 0.45 }),
    'light-blue-uniform': seen(person, { kind: 'shirt:light-blue', box: { x: 150, y: 200, width: 200, height: 150 }, confidence: 0.3 }, { kind: 'badge:chest', box: { x: 280, y: 260, width: 30, height: 34 }, confidence: 0.45 }, patch),
    'blue-uniform': seen(person, { kind: 'shirt:blue', box: { x: 150, y: 200, width: 200, height: 150 }, confidence: 0.3 }, { kind: 'badge:chest', box: { x: 280, y: 260, width: 30, height: 34 }, confidence: 0.45 }, patch),
    'tan-uniform': seen(person, { kind: 'shirt:tan', box: { x: 150, y: 200, width: 200, height: 150 }, confidence: 0.3 }, { kind: 'badge:chest', box: { x: 280, y: 260, width: 30, height: 34 }, confidence: 0.45 }, patch),
  },
  'case/crime-scene': {
    'tape-wording': text('POLICE LINE DO NOT CROSS'),
    'tape-wording-partial': text('OLICE LINE DO NOT CR'),
    'scene-unit-wording': text('SCENES OF CRIME'),
    'evidence-label': text('EVIDENCE\nCHAIN OF CUSTODY'),
    'tape-band': seen(tape),
    'police-word-tape': repeated('POLIZEI', [40, 340, 640], -30),
    'tape-close-up': text('NE DO NOT', { x: 200, y: 250, width: 600, height: 300 }, [{ kind: 'yellow:print', box: { x: 0, y: 100, width: 1000, height: 700 }, confidence: 0.4, angle: 12, detail: 'fills 0.6 of the frame, print 0.3' }]),
    'pale-tape': text('SCENE', { x: 300, y: 300, width: 200, height: 80 }, [{ kind: 'tape', box: { x: 0, y: 250, width: 1000, height: 200 }, confidence: 0.5, angle: -6, detail: 'pale close-up, 11 letters in a row' }]),
    'blue-white-tape': seen({ ...tape, kind: 'tape:blue-white' }),
    'red-white-tape': seen({ ...tape, kind: 'tape:red-white' }, marker(100), marker(200)),
    'evidence-markers': seen(marker(100), marker(200)),
    'forensic-suit': seen({ kind: 'suit:forensic', box: person.box, confidence: 0.5 }, { ...marker(100), kind: 'marker:lone' }),
    'person-lying': seen(tape, { kind: 'person-lying', box: { x: 0, y: 500, width: 400, height: 100 }, confidence: 0.5 }),
    'forensic-tent': seen({ kind: 'tent:forensic', box: { x: 500, y: 200, width: 300, height: 250 }, confidence: 0.35 }, { ...marker(100), kind: 'marker:lone' }),
    'covered-body': seen({ kind: 'body:covered', box: { x: 300, y: 600, width: 300, height: 60 }, confidence: 0.35, lumps: 0.1 }, { kind: 'object:person', box: { x: 650, y: 380, width: 120, height: 300 }, confidence: 0.7 }),
    'person-lying-attended': seen(
      { kind: 'person-lying', box: { x: 200, y: 600, width: 300, height: 90 }, confidence: 0.5 },
      { kind: 'object:person', box: { x: 520, y: 350, width: 120, height: 330 }, confidence: 0.7 },
      { kind: 'badge:chest', box: { x: 560, y: 420, width: 20, height: 24 }, confidence: 0.45 },
    ),
    'person-lying-ground': seen({ kind: 'person-lying', box: { x: 200, y: 600, width: 300, height: 90 }, confidence: 0.5 }, { kind: 'lying:ground', box: { x: 200, y: 600, width: 300, height: 90 }, confidence: 0.5, detail: 'bare ground 0.8, grass 0' }),
    'chalk-outline': seen({ kind: 'outline:chalk', box: { x: 300, y: 400, width: 250, height: 300 }, confidence: 0.4, detail: 'inside 0.25, figure 5.1' }),
    'person-lying-woods': seen({ kind: 'lying:woods', box: { x: 200, y: 600, width: 400, height: 70 }, confidence: 0.36, detail: 'forest floor 0.9, shade 0.5, grass 0, unsure' }),
    'hanging-band': seen({ kind: 'yellow-band', box: { x: 20, y: 400, width: 960, height: 40 }, confidence: 0.85, angle: 0, thickness: 20, sag: 0.03 }, { kind: 'marker:lone', box: { x: 700, y: 700, width: 30, height: 34 }, confidence: 0.5 }),
    'strung-band': seen({ kind: 'object:person', box: { x: 400, y: 300, width: 100, height: 300 }, confidence: 0.8 }, { kind: 'yellow-band', box: { x: 0, y: 420, width: 1000, height: 10 }, confidence: 0.6, angle: 0, thickness: 6 }, { kind: 'marker:lone', box: { x: 100, y: 700, width: 20, height: 20 }, confidence: 0.5 }),
  },
};

const detect = (d: ImageDetector, image: ImageAnalysisInput) => d.detectImage(image, { context: 'personal', profile, prepared: preparedFor(d, profile) });

describe('image detectors name what fired', () => {
  it.each(imageDetectors.map((d) => [d.id, d] as const))('%s: a sample for every declared pattern, and only for those', (_id, d) => {
    expect(d.cues.length).toBeGreaterThan(0);
    expect(Object.keys(SAMPLES[d.id] ?? {}).sort()).toEqual(d.cues.map((c) => c.name).sort());
    for (const c of d.cues) expect(c.description.length, c.name).toBeGreaterThan(20);
  });

  const cases = imageDetectors.flatMap((d) => Object.entries(SAMPLES[d.id] ?? {}).map(([name, image]) => [d.id, name, d, image] as const));
  it.each(cases)('%s fires %s, and every hit names a declared pattern', (_id, name, d, image) => {
    const hits = detect(d, image);
    expect(hits.map((h) => h.pattern)).toContain(name);
    expect(unnamedHits(d, hits)).toEqual([]);
  });

  it('the check catches an image detector whose hit names no pattern, or one it does not declare', () => {
    const gps = imageDetectors.find((d) => d.id === 'image/gps')!;
    const image = SAMPLES['image/gps']['gps-coordinates'];
    const forgetful = { ...gps, detectImage: (...a: Parameters<ImageDetector['detectImage']>) => gps.detectImage(...a).map(({ pattern: _p, ...m }) => m) };
    expect(unnamedHits(gps, detect(gps, image))).toEqual([]);
    expect(unnamedHits(gps, detect(forgetful as unknown as ImageDetector, image))).toEqual(['10.000000, 10.000000']);
    const renamed = { ...gps, detectImage: (...a: Parameters<ImageDetector['detectImage']>) => gps.detectImage(...a).map((m) => ({ ...m, pattern: 'GPS' })) };
    expect(unnamedHits(gps, detect(renamed, image))).toEqual(['10.000000, 10.000000']);
    const screener = new ImageScreener({ ocr: false, faces: false });
    const options = { context: 'personal' as const, profile, detectors: registry.text, imageDetectors: [renamed] };
    expect(() => screener.detect(image, options)).toThrow(/image\/gps used undeclared pattern "GPS"/);
  });

  it('image/police-markings: every word of the shared unit list makes the number after it a unit number', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    const words = [...regexSamples(new RegExp(`^(?:${oneOf(UNIT_NUMBER_WORDS)})$`, 'i')).samples, 'K9'];
    expect(words.length).toBeGreaterThanOrEqual(UNIT_NUMBER_WORDS.length);
    for (const w of words) expect(detect(d, text(`POLICE ${w.toUpperCase()} 52`)).map((h) => h.pattern), w).toContain('unit-number');
    expect(detect(d, text('POLICE LANE 52')).map((h) => h.pattern)).toEqual(['marking-word', 'number-beside-marking']);
  });

  it('image/police-markings: a time of day beside a marking is no unit number, though OCR splits it (user test 27, U2-3)', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    for (const time of ['POLICE 10 am-2pm', 'POLICE 10am-2pm', 'POLICE 10:30', 'POLICE 11 p.m.', 'POLICE OPEN 10 AM']) {
      expect(detect(d, text(time)).map((h) => h.pattern), time).toEqual(['marking-word']);
    }
    expect(detect(d, text('POLICE 10 AMBER')).map((h) => h.pattern)).toEqual(['marking-word', 'number-beside-marking']);
  });

  it('image/police-markings: two thirds of a word read cut off is a partial marking; a real word or less is not', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    for (const piece of ['POLI', 'SHERI', 'LIZEI', 'POLITS']) expect(detect(d, text(piece)).map((h) => h.pattern), piece).toEqual(['marking-partial']);
    for (const word of ['LICE', 'MARSH', 'POL', 'LICENCE', 'Poli', 'NAPOLI', 'SLICE']) expect(detect(d, text(word)), word).toEqual([]);
  });

  it('image/police-markings: a five-letter word (GARDA, POLIS) read with one letter of the same shape is a marking; another letter or a real word is not', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    for (const slip of ['GAROA', 'GARQA', 'GAR0A', 'PCLIS', 'P0LIS', 'POLJS']) expect(detect(d, text(slip)).map((h) => h.pattern), slip).toEqual(['marking-word']);
    // Not a letter of another shape (GERDA, GARZA are names; POLES, POLOS words), not the first or last letter, not lower case.
    for (const word of ['GERDA', 'GARZA', 'POLES', 'POLOS', 'CARDA', 'GARDO', 'Garoa', 'GRADA']) expect(detect(d, text(word)), word).toEqual([]);
  });

  it('image/police-markings: narrow letters the reader ran together into one wide letter (L and I as U, T and I as M) still spell the word; real words with a U or an M do not', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    for (const merged of ['POUCE', 'ROUCE', 'POUTI', 'POLIM', 'POLM', 'POLMI', 'POUM', 'POUMI', 'POUZEI']) expect(detect(d, text(merged)).map((h) => h.pattern), merged).toEqual(['marking-word']);
    // Run together and cut off at the end: POLIZEI squeezed, its last I lost.
    expect(detect(d, text('POUZE')).map((h) => h.pattern)).toEqual(['marking-partial']);
    for (const word of ['POUCH', 'ROUGE', 'DOUCE', 'POUT', 'POUTS', 'POUTINE', 'MOUSE', 'ROUTE', 'POULE', 'COUCHE', 'POUSHDEL', 'Pouce']) expect(detect(d, text(word)), word).toEqual([]);
  });

  it('image/police-markings: Chinese and Japanese police words standing alone are markings; inside running text (办公安排, 交通警察局前) they are not', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    for (const word of ['警察', '公安', '公安局', '警察局', '交警', '特警', '巡警']) expect(detect(d, text(word)).map((h) => h.pattern), word).toEqual(['marking-word']);
    for (const t of ['办公安排', '交通警察', '警察局前', '巡警车']) expect(detect(d, text(t)), t).toEqual([]);
  });

  it('image/police-markings: police words of more countries are markings; newspapers and politics a letter from them are not', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    for (const word of ['CARABINEROS', 'POLITIET', 'JANDARMA', 'PULIZIJA', 'LÖGREGLAN', 'ERTZAINTZA', 'RIJKSPOLITIE']) expect(detect(d, text(word)).map((h) => h.pattern), word).toEqual(['marking-word']);
    for (const word of ['POLITIKA', 'POLITIEK', 'POLITIKEN']) expect(detect(d, text(word)), word).toEqual([]);
  });

  it('image/police-markings: Greek ΑΣΤΥΝΟΜΙΑ read in Latin look-alikes (its Σ as E or Z) is a marking, cut off too; astronomy and autonomy are not', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    for (const word of ['ΑΣΤΥΝΟΜΙΑ', 'AETYNOMIA', 'AZTYNOMIA', 'ASTYNOMIA']) expect(detect(d, text(word)).map((h) => h.pattern), word).toEqual(['marking-word']);
    for (const piece of ['TYNOMIA', 'AETYNOM', 'ETYNOMIA']) expect(detect(d, text(piece)).map((h) => h.pattern), piece).toEqual(['marking-partial']);
    for (const word of ['ASTRONOMIA', 'AUTONOMIA', 'ANTINOMIA', 'ECONOMIA', 'TAXONOMIA', 'AGRONOMIA', 'ANATOMIA', 'NOMIA', 'aetynomia']) expect(detect(d, text(word)), word).toEqual([]);
  });

  it('image/police-markings: two pieces of a word the reader set on different lines side by side (round a patch) are one partial marking', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    const left = { x: 350, y: 193, width: 154, height: 118 };
    const right = { x: 481, y: 194, width: 136, height: 122 };
    const pieces = (first: [string, Box], second: [string, Box]): ImageAnalysisInput => {
      const [a, ab] = first;
      const [b, bb] = second;
      return { ...base, ocr: { text: `${a}\n${b}`, words: [{ text: a, start: 0, end: a.length, box: ab, confidence: 0.95 }, { text: b, start: a.length + 1, end: a.length + 1 + b.length, box: bb, confidence: 0.95 }] } };
    };
    const found = (image: ImageAnalysisInput) => detect(d, image).map((h) => [h.pattern, h.evidence]);
    expect(found(pieces(['POL', left], ['ICE', right]))).toEqual([['marking-partial', 'POL ICE']]);
    // Read in the other order (the right piece's line first): still left to right.
    expect(found(pieces(['ICE', right], ['POL', left]))).toEqual([['marking-partial', 'POL ICE']]);
    expect(found(pieces(['SHER', left], ['IFF', right]))).toEqual([['marking-partial', 'SHER IFF']]);
    // Not a real word (POLISH), not pieces far apart, at two levels or of two sizes, not lower case.
    expect(found(pieces(['POL', left], ['ISH', right]))).toEqual([]);
    expect(found(pieces(['POL', left], ['ICE', { ...right, x: 700 }]))).toEqual([]);
    expect(found(pieces(['POL', left], ['ICE', { ...right, y: 330 }]))).toEqual([]);
    expect(found(pieces(['POL', left], ['ICE', { ...right, height: 40 }]))).toEqual([]);
    expect(found(pieces(['Pol', left], ['ice', right]))).toEqual([]);
  });

  it('image/police-markings: a police word whose middle letters a glove or an arm hides (head and tail read across the gap) is a partial marking; other words\' pieces are not', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    for (const t of ['PO CE', 'PO- ZEI', 'POL EI', 'PO? CIA', 'PO  TIE', 'SH IFF', 'P0 CE', 'POLI SI']) expect(detect(d, text(t)).map((h) => h.pattern), t).toEqual(['marking-partial']);
    // Pieces of compounds and other trades' words, too little of the word, no gap, not capitals, not a head and a tail.
    for (const t of ['PO IE', 'PO IA', 'PO ET', 'PO BOX', 'CO TABLE', 'TR ER', 'MA HAL', 'PO EN', 'P CE', 'PO E', 'PO-CE', 'POCE', 'Po ce', 'CE PO', 'PO LI']) expect(detect(d, text(t)), t).toEqual([]);
    // Set on two lines by the reader: the gap between the pieces as wide as the hidden letters.
    const piece = (t: string, x: number) => ({ text: t, x });
    const two = (a: { text: string; x: number }, b: { text: string; x: number }): ImageAnalysisInput => ({
      ...base,
      ocr: {
        text: `${a.text}\n${b.text}`,
        words: [
          { text: a.text, start: 0, end: a.text.length, box: { x: a.x, y: 300, width: 45 * a.text.length, height: 60 }, confidence: 0.95 },
          { text: b.text, start: a.text.length + 1, end: a.text.length + 1 + b.text.length, box: { x: b.x, y: 302, width: 45 * b.text.length, height: 60 }, confidence: 0.95 },
        ],
      },
    });
    expect(detect(d, two(piece('PO', 400), piece('CE', 580))).map((h) => [h.pattern, h.evidence])).toEqual([['marking-partial', 'PO CE']]);
    expect(detect(d, two(piece('POL', 400), piece('EI', 650))).map((h) => [h.pattern, h.evidence])).toEqual([['marking-partial', 'POL EI']]);
    // A word's length apart, or touching, is not.
    expect(detect(d, two(piece('PO', 400), piece('CE', 900)))).toEqual([]);
    expect(detect(d, two(piece('PO', 400), piece('CE', 495)))).toEqual([]);
  });

  it('case/crime-scene: tape read under a colour cast and a set of markers completed in shade say what was seen', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const cast = detect(d, seen({ ...tape, balance: [0.7, 1, 1.6], detail: 'print 0.2, colour cast removed' }));
    expect(cast.map((h) => h.pattern)).toEqual(['tape-band']);
    expect(cast[0].data?.seen).toContain("judged against the picture's own colour cast");
    expect(cast[0].data?.seen).not.toContain('at night');
    // Read with the cast removed, less sure than the same band read as it is.
    expect(cast[0].confidence).toBeLessThan(detect(d, seen(tape))[0].confidence);
    const night = detect(d, seen({ ...tape, balance: [0.8, 1, 1.3], detail: 'print 0.2' }));
    expect(night[0].data?.seen).toContain('at night under orange street light');
    const shaded = detect(d, seen(marker(100), { ...marker(200), detail: 'numeral 0.3, glyph 0.5, shaded' }));
    expect(shaded.map((h) => [h.pattern, h.evidence])).toEqual([['evidence-markers', '2 evidence markers (1 in shade or washed-out light)']]);
    const washed = (x: number) => ({ ...marker(x), detail: 'numeral 0.3, glyph 0.5, washed out' });
    expect(detect(d, seen(washed(100), washed(200), washed(300))).map((h) => h.evidence)).toEqual(['3 evidence markers (all washed out by flash or sun)']);
  });

  it('case/crime-scene: a band hanging across the picture is a cordon only beside a second sign, sagging, and across most of the picture', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const band = { kind: 'yellow-band', box: { x: 20, y: 400, width: 960, height: 40 }, confidence: 0.85, angle: 0, thickness: 20, sag: 0.03 };
    const lone = { kind: 'marker:lone', box: { x: 700, y: 700, width: 30, height: 34 }, confidence: 0.5 };
    const [hit] = detect(d, seen(band, lone));
    expect([hit.pattern, hit.messageId, hit.confidence]).toEqual(['hanging-band', 'hanging', 0.55]);
    expect(hit.data?.seen).toBe('a thin plain yellow band hanging across the picture (sagging 3 % of its width), an evidence marker');
    // Tape round a building site or a race, alone; a line painted straight; a short piece of rope.
    expect(detect(d, seen(band))).toEqual([]);
    expect(detect(d, seen({ ...band, sag: 0.005 }, lone))).toEqual([]);
    expect(detect(d, seen({ ...band, sag: undefined }, lone))).toEqual([]);
    expect(detect(d, seen({ ...band, box: { ...band.box, width: 400 } }, lone))).toEqual([]);
    // In front of people it is a band strung across the scene (strung-band), not this.
    const people = { kind: 'object:person', box: { x: 400, y: 300, width: 100, height: 300 }, confidence: 0.8 };
    expect(detect(d, seen({ ...band, box: { x: 0, y: 420, width: 1000, height: 10 } }, lone, people)).map((h) => h.pattern)).toEqual(['strung-band']);
  });

  it('case/crime-scene: police lettering read in the picture is a second sign for a plain band, whole or with a slip, not in part', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const band = { kind: 'yellow-band', box: { x: 20, y: 400, width: 960, height: 40 }, confidence: 0.85, angle: 0, thickness: 20, sag: 0.03 };
    const read = (t: string, b: VisionCue = band) => detect(d, text(t, { x: 400, y: 300, width: 200, height: 40 }, [b]));
    const [hit] = read('POLICE');
    expect([hit.pattern, hit.confidence, hit.data?.seen]).toEqual(['hanging-band', 0.51, 'a thin plain yellow band hanging across the picture (sagging 3 % of its width), police lettering']);
    expect(read('NYPD').map((h) => h.pattern)).toEqual(['hanging-band']);
    // Other lettering; a marking read only in part; a rail that runs straight.
    expect(read('TAXI')).toEqual([]);
    expect(read('PO ICE')).toEqual([]);
    expect(read('POLICE', { ...band, sag: 0 })).toEqual([]);
    // A light bar and lettering on one car are one sign.
    const bar = { kind: 'light-bar', box: { x: 400, y: 250, width: 100, height: 20 }, confidence: 0.6 };
    const [both] = detect(d, text('POLICE', { x: 400, y: 300, width: 200, height: 40 }, [band, bar]));
    expect(both.data?.seen).toBe('a thin plain yellow band hanging across the picture (sagging 3 % of its width), a marked police car');
  });

  it('case/crime-scene: police lettering read in the picture is a sign for red-and-white tape and for a white suit', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const striped = { kind: 'tape:red-white', box: { x: 0, y: 600, width: 1000, height: 40 }, confidence: 0.5, angle: -2 };
    const door = { x: 400, y: 450, width: 200, height: 40 };
    const [hit] = detect(d, text('POLICE', door, [striped]));
    expect([hit.pattern, hit.confidence, hit.data?.seen]).toEqual(['red-white-tape', 0.6, 'a red-and-white striped tape band, beside police lettering read in the picture']);
    // Roadworks: a van's other lettering, a marking read only in part, no lettering at all.
    expect(detect(d, text('WATER MAINS', door, [striped]))).toEqual([]);
    expect(detect(d, text('PO ICE', door, [striped]))).toEqual([]);
    expect(detect(d, seen(striped))).toEqual([]);
    const suit = { kind: 'suit:forensic', box: { x: 100, y: 100, width: 200, height: 500 }, confidence: 0.5 };
    const [examiner] = detect(d, text('POLICE', door, [suit]));
    expect([examiner.pattern, examiner.confidence, examiner.data?.seen]).toEqual(['forensic-suit', 0.65, 'police lettering']);
    // A painter in white overalls by a van lettered for a trade; a light bar and lettering on one car are one sign.
    expect(detect(d, text('DECORATORS', door, [suit]))).toEqual([]);
    const bar = { kind: 'light-bar', box: { x: 400, y: 400, width: 100, height: 20 }, confidence: 0.6 };
    expect(detect(d, text('POLICE', door, [suit, bar]))[0].data?.seen).toBe('a marked police car');
  });

  it('case/crime-scene: a crime-scene unit\'s wording is a sign of its own and a second sign; a trade\'s forensic wording is not', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const found = (t: string, cues: VisionCue[] = []) => detect(d, text(t, { x: 400, y: 300, width: 300, height: 40 }, cues)).map((h) => [h.pattern, h.confidence]);
    expect(found('SCENES OF CRIME')).toEqual([['scene-unit-wording', 0.6]]);
    expect(found('POLICE FORENSIC SERVICES')).toEqual([['scene-unit-wording', 0.6]]);
    expect(found('FORENSIC INVESTGATION')).toEqual([['scene-unit-wording', 0.55]]);
    // An accountant's or a college's forensic wording, a piece of the unit's, a caption in lower case with a slip.
    expect(found('FORENSIC ACCOUNTANTS')).toEqual([]);
    expect(found('FORENSIC SCIENCE DEGREE')).toEqual([]);
    expect(found('SCENES OF')).toEqual([]);
    expect(found('forensic servces')).toEqual([]);
    // Beside red-and-white tape it makes the tape a cordon too.
    const striped = { kind: 'tape:red-white', box: { x: 0, y: 600, width: 1000, height: 40 }, confidence: 0.5, angle: -2 };
    expect(found('SCENES OF CRIME', [striped])).toEqual([['red-white-tape', 0.65], ['scene-unit-wording', 0.6]]);
    expect(found('WATER MAINS', [striped])).toEqual([]);
  });

  it('case/crime-scene: an evidence bag is its heading and a printed field read together; either alone is not', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const found = (t: string) => detect(d, text(t, { x: 400, y: 300, width: 300, height: 200 })).map((h) => [h.pattern, h.evidence]);
    expect(found('EVIDENCE\nCASE NO.\nITEM NO.\nCOLLECTED BY')).toEqual([['evidence-label', 'EVIDENCE / CASE NO']]);
    expect(found('EVIDENCE\nCHAIN OF CUSTODY')).toEqual([['evidence-label', 'EVIDENCE / CHAIN OF CUSTODY']]);
    expect(found('EVIDENCF\nCOLLECTED BY')).toEqual([['evidence-label', 'EVIDENCF / COLLECTED BY']]);
    // A novel's cover, a poster, a form without the heading, a heading cut off.
    expect(found('EVIDENCE\nBY A. WRITER\nA NOVEL\nCASE CLOSED?')).toEqual([]);
    expect(found('EVIDENCE-BASED CARE\nCASE STUDIES')).toEqual([]);
    expect(found('CASE NO.\nCOLLECTED BY')).toEqual([]);
    expect(found('IDENCE\nCOLLECTED BY')).toEqual([]);
  });

  it('case/crime-scene: a person lying on a forest floor seen only on a closer look says so', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const woods = { kind: 'lying:woods', box: { x: 200, y: 600, width: 400, height: 70 }, confidence: 0.41, detail: 'forest floor 0.7, shade 0.4, grass 0, unsure, on a closer look' };
    const [hit] = detect(d, seen(woods));
    expect([hit.pattern, hit.evidence, hit.confidence]).toEqual(['person-lying-woods', 'what may be a person lying on a forest floor, seen on a closer look', 0.21]);
    expect(hit.data?.who).toBe('What may be a person (the detector is unsure, seen on a closer look)');
    const [ground] = detect(d, seen({ ...woods, kind: 'lying:ground', detail: 'bare ground 0.7, grass 0, unsure, on a closer look' }));
    expect([ground.pattern, ground.messageId, ground.evidence]).toEqual(['person-lying-ground', 'groundUnsure', 'what may be a person lying on bare ground, seen on a closer look']);
  });

  it('case/crime-scene: a police word printed over and over along one line is tape; on cars or people in a row, scattered or far apart it is not', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const read = (image: ImageAnalysisInput) => detect(d, image).map((h) => h.pattern);
    const [hit] = detect(d, repeated('POLIZEI', [40, 340, 640, 940], -30));
    expect([hit.pattern, hit.data?.count, hit.confidence]).toEqual(['police-word-tape', 4, 0.65]);
    // Twice is a car's side and bonnet; three times off one line, or steps too uneven or too far apart, is no tape.
    expect(read(repeated('POLIZEI', [40, 340]))).toEqual([]);
    expect(read({ ...repeated('POLICE', [40, 340, 640]), ocr: { ...repeated('POLICE', [40, 340, 640]).ocr!, words: repeated('POLICE', [40, 340, 640]).ocr!.words.map((w, i) => ({ ...w, box: { ...w.box, y: 400 + (i === 1 ? 120 : 0) } })) } })).toEqual([]);
    expect(read(repeated('POLICE', [0, 200, 840]))).toEqual([]);
    expect(read(repeated('POLICE', [0, 700, 1400]))).toEqual([]);
    // Three word lengths apart: patrol cars parked in a row, even where the detector found none of them.
    expect(read(repeated('POLICE', [0, 500, 1000]))).toEqual([]);
    // POLICE on three patrol cars parked side by side, or on three riot shields held in a line.
    const on = (kind: string) => [0, 300, 600].map((x): VisionCue => ({ kind, box: { x: x + 20, y: 300, width: 240, height: 300 }, confidence: 0.8 }));
    expect(read(repeated('POLICE', [60, 360, 660], 0, on('object:car')))).toEqual([]);
    expect(read(repeated('POLICE', [60, 360, 660], 0, on('object:person')))).toEqual([]);
  });

  it('image/police-markings: three capitals ending in PD are a department only on someone in police kit', () => {
    const d = imageDetectors.find((x) => x.id === 'image/police-markings')!;
    const on = { x: 200, y: 250, width: 60, height: 20 };
    expect(detect(d, text('VPD', on, [person, patch])).map((h) => [h.pattern, h.evidence])).toEqual([['department-initials-worn', 'VPD']]);
    // No kit on them (a courier's jacket), no person, on the legs, or not ending in PD.
    expect(detect(d, text('DPD', on, [person]))).toEqual([]);
    expect(detect(d, text('DPD', on, [patch]))).toEqual([]);
    expect(detect(d, text('SPD', { ...on, y: 600 }, [person, patch]))).toEqual([]);
    expect(detect(d, text('VPN', on, [person, patch]))).toEqual([]);
  });

  it('case/crime-scene: wording cut off at the frame needs three letters besides its longest whole word', () => {
    const d = imageDetectors.find((x) => x.id === 'case/crime-scene')!;
    const read = (t: string) => detect(d, text(t)).map((h) => h.pattern);
    // POLICE on a row of riot shields with a letter of the next shield: no tape.
    for (const t of ['POLICEL', 'P0LICEL', 'SCENEDO']) expect(read(t), t).toEqual([]);
    for (const t of ['POLICE LIN', 'OLICE LINE DO NOT CR', 'CRIME SCEN']) expect(read(t), t).toEqual(['tape-wording-partial']);
  });

  it('screens the names in the photographer and owner fields with the text detectors, not the serial numbers', () => {
    const screener = new ImageScreener({ ocr: false, faces: false });
    const options = { context: 'personal' as const, profile, detectors: registry.text, imageDetectors: registry.image };
    const undercover = profile.roster.find((m) => m.undercover)!.name;
    const hits = screener.detect(meta({ identity: [{ tag: 'IFD0:Artist', value: undercover }, { tag: 'ExifIFD:BodySerialNumber', value: '555-201-8831' }] }), options);
    expect(hits.filter((h) => h.ruleId === 'id/undercover').map((h) => [h.tag, h.evidence])).toEqual([['IFD0:Artist', undercover]]);
    expect(hits.filter((h) => h.ruleId === 'pii/phone')).toEqual([]);
    expect(hits.filter((h) => h.ruleId === 'image/camera-identity')).toHaveLength(2);
  });

  it('the engine copies the name into the finding', () => {
    const screener = new ImageScreener({ ocr: false, faces: false });
    const options = { context: 'personal' as const, profile, detectors: registry.text, imageDetectors: registry.image };
    const hits = screener.detect(SAMPLES['image/uniform']['chest-badge'], options);
    expect(hits.map((h) => [h.ruleId, h.pattern])).toEqual([['image/uniform', 'chest-badge']]);
  });
});

describe("a picture finding whose evidence is clearpost's own description is shown as it is (user test 27, U1-12)", () => {
  it('describedCues are declared cues of detectors that see the picture itself', () => {
    for (const d of imageDetectors) {
      const names = d.cues.map((c) => c.name);
      for (const c of d.describedCues ?? []) expect(names, `${d.id}: ${c}`).toContain(c);
    }
    // the cues whose evidence is read text or a name stay masked
    const described = new Set(imageDetectors.flatMap((d) => [...(d.describedCues ?? [])]));
    for (const read of ['lettering-on-torso', 'vehicle-lettering', 'roster-face', 'tape-wording', 'tape-close-up', 'marking-word']) {
      expect(described.has(read), read).toBe(false);
    }
  });

  it("every described cue's sample hit is a vision hit whose evidence holds no word the picture's text has", () => {
    for (const d of imageDetectors) {
      for (const name of d.describedCues ?? []) {
        const image = SAMPLES[d.id]![name]!;
        const hits = detect(d, image).filter((h) => h.pattern === name);
        expect(hits.length, name).toBeGreaterThan(0);
        for (const h of hits) {
          expect(h.source, name).toBe('vision');
          for (const w of image.ocr?.words ?? []) expect(h.evidence, name).not.toContain(w.text);
        }
      }
    }
  });

  it('reports show "badge on a uniform shirt" and "face at ..." unmasked, and mask a roster face\'s name and lettering read', () => {
    const screener = new Screener({ config: { profile, severity: {} }, detectors: registry, packs: loadPacks(undefined), context: 'personal' });
    const images = new ImageScreener({ ocr: false, faces: false });
    const options = { context: 'personal' as const, profile, detectors: registry.text, imageDetectors };
    const evidence = (image: ImageAnalysisInput) =>
      screener.toFindings('x.jpg', images.detect(image, options), 'personal').map((f) => `${f.data?.pattern}: ${f.evidence}`);
    expect(evidence(SAMPLES['image/uniform']!['chest-badge']!)).toContain('chest-badge: badge on a uniform shirt');
    const at = (x: number, name: string) => ({ ...face(name), box: { x, y: 10, width: 50, height: 50 } });
    const faces = evidence({ ...base, faces: [face(), at(200, 'Renee Whitfield'), at(400, 'Marcus Delgado')] });
    // a co-worker's name masked, the undercover member's wholly; where a face is says no more than the finding's box
    expect(faces.sort()).toEqual([
      'face: face at 10,10 50x50',
      'face: face at 200,10 50x50',
      'face: face at 400,10 50x50',
      'roster-face: R**** W********',
      'roster-face: [undercover member]',
    ]);
    expect(evidence(SAMPLES['image/uniform']!['lettering-on-torso']!).join('\n')).toMatch(/^lettering-on-torso: S\*+ o\* a p\*+$/m);
  });
});

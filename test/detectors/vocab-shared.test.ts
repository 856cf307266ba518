import { describe, expect, it } from 'vitest';
import { oneOf } from '../../src/detectors/vocab.js';
import { CRIME_MEDIA, FICTION, FICTION_LOOSE, STAGED, TV, fictionVeto } from '../../src/detectors/vocab/fiction.js';
import { OFFICIAL_APPEALS } from '../../src/detectors/vocab/appeals.js';
import { numberWords, ordinalWords } from '../../src/detectors/vocab/numbers.js';
import { GIVEN_NAME_FORMS } from '../../src/detectors/vocab/given-names.js';
import { POLICE_CARS } from '../../src/detectors/vocab/police-vehicles.js';
import { STRONG_RANKS, WEAK_RANKS } from '../../src/detectors/vocab/ranks.js';
import { KIN } from '../../src/detectors/vocab/relatives.js';
import { DISABILITY_SLURS, ETHNIC_SLURS, N_WORD, ORIENTATION_SLURS, SEX_SLURS, SOFT_SLURS } from '../../src/detectors/vocab/slurs.js';

describe('shared vocabulary: the fiction, games and shows veto', () => {
  const all = fictionVeto(FICTION, CRIME_MEDIA, FICTION_LOOSE, STAGED);
  const sure = fictionVeto(FICTION);

  it('reads stories, games and shows', () => {
    for (const s of ['rewatching season 2 tonight', 'my novel', 'the new Netflix show', 'stuck on chapter 3', 'on the PS5']) {
      expect(sure.test(s), s).toBe(true);
    }
    for (const s of ['a true crime podcast', 'the Zodiac doc', 'our guild raid', 'the Halloween party']) {
      expect(all.test(s), s).toBe(true);
    }
  });

  it('keeps the near misses out', () => {
    for (const s of ['footage shows the victim', 'another night tour in the books', 'ended up fixing his TV']) {
      expect(all.test(s), s).toBe(false);
    }
    // the sure list a colleague's sentence reads: a documentary shows real officers, a season is a band's too
    for (const s of ['featuring on a documentary tonight', 'went to the movies with Renee', 'great season for the band', 'in costume at the parade']) {
      expect(sure.test(s), s).toBe(false);
    }
    expect(fictionVeto(TV).test('ended up fixing his TV')).toBe(true);
  });
});

describe('shared vocabulary: ranks, relatives, police cars', () => {
  const lists = { FICTION, CRIME_MEDIA, FICTION_LOOSE, STAGED, STRONG_RANKS, WEAK_RANKS, KIN, POLICE_CARS, N_WORD, ETHNIC_SLURS, ORIENTATION_SLURS, DISABILITY_SLURS, SEX_SLURS, SOFT_SLURS };

  it('holds each item once and compiles', () => {
    for (const [name, list] of Object.entries(lists)) {
      expect(new Set(list).size, name).toBe(list.length);
      for (const item of list) expect(() => new RegExp(item), `${name}: ${item}`).not.toThrow();
    }
  });

  it('keeps relatives plain words, so word sets (handle fillers) can take them', () => {
    for (const w of KIN) expect(w, w).toMatch(/^[a-zé-]+$/);
  });

  it('reads a title as written', () => {
    const title = new RegExp(String.raw`^${oneOf(STRONG_RANKS)}\s`, 'i');
    for (const s of ['Sgt. Lee', 'Det Ruiz', 'P.O. Hale', 'Const. Blake', 'Police Officer Kim']) expect(title.test(s), s).toBe(true);
    // read case-blind by the titled-name finder: a programmer's "const" is no constable
    expect(title.test('const x = 1')).toBe(false);
  });
});

describe('shared vocabulary: slurs', () => {
  const word = (items: readonly string[]) => new RegExp(`(?<![a-z0-9_])${oneOf(items)}(?![a-z0-9_])`);

  it('reads the spellings people type and keeps the innocent readings out', () => {
    const slurs = word([...N_WORD, ...ETHNIC_SLURS, ...ORIENTATION_SLURS, ...DISABILITY_SLURS, ...SEX_SLURS]);
    for (const s of ['shut up fag', 'those towel heads', 'rag heads', 'a nicca', 'jigga boos', 'honkies', 'bull dyke']) expect(slurs.test(s), s).toBe(true);
    for (const s of ['a fag break', 'van dyke', "offa's dyke", 'dyke road', 'a maine coon', 'coon hounds', 'doo wop', 'homo sapiens', 'a chink in the armour']) {
      expect(slurs.test(s), s).toBe(false);
    }
  });

  it('keeps the soft slurs apart from the ones the regex reports alone', () => {
    const hard = new Set([...N_WORD, ...ETHNIC_SLURS, ...ORIENTATION_SLURS, ...DISABILITY_SLURS, ...SEX_SLURS]);
    for (const s of SOFT_SLURS) expect(hard.has(s), s).toBe(false);
    expect(word([...ETHNIC_SLURS, ...ORIENTATION_SLURS]).test('queer students')).toBe(false);
  });
});

describe('shared vocabulary: number words and official appeals', () => {
  it('takes a run of number words in counting order', () => {
    expect(numberWords(2, 4)).toEqual(['two', 'three', 'four']);
    expect(numberWords(9, 11)).toEqual(['nine', 'ten', 'eleven']);
    expect(numberWords(19, 20)).toEqual(['nineteen', 'twenty']);
    expect(ordinalWords(5, 7)).toEqual(['fifth', 'sixth', 'seventh']);
    expect(ordinalWords(20, 20)).toEqual(['twentieth']);
    expect(() => numberWords(0, 3)).toThrow();
    expect(() => numberWords(5, 4)).toThrow();
    expect(() => numberWords(3, 21)).toThrow();
    expect(() => ordinalWords(0, 2)).toThrow();
  });

  it('reads an official appeal and not everyday asking', () => {
    expect(new Set(OFFICIAL_APPEALS).size).toBe(OFFICIAL_APPEALS.length);
    const appeal = new RegExp(String.raw`\b${oneOf(OFFICIAL_APPEALS)}\b`, 'i');
    for (const s of ['Do you recognise this man?', 'Anyone with information should call 101', 'help us identify him', 'call Crime Stoppers']) {
      expect(appeal.test(s), s).toBe(true);
    }
    for (const s of ['I cannot help it', 'we were told to stay home', 'recognised for bravery']) expect(appeal.test(s), s).toBe(false);
  });
});

describe('shared vocabulary: given names and their short forms', () => {
  it('holds plain lower-case names, each group once and no name twice in a group', () => {
    expect(new Set(GIVEN_NAME_FORMS).size).toBe(GIVEN_NAME_FORMS.length);
    for (const line of GIVEN_NAME_FORMS) {
      const names = line.split(' ');
      expect(line, line).toMatch(/^[a-z]+(?: [a-z]+)+$/);
      expect(new Set(names).size, line).toBe(names.length);
    }
  });
});

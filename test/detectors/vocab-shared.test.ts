import { describe, expect, it } from 'vitest';
import { oneOf } from '../../src/detectors/vocab.js';
import { CRIME_MEDIA, FICTION, FICTION_LOOSE, STAGED, TV, fictionVeto } from '../../src/detectors/vocab/fiction.js';
import { POLICE_CARS } from '../../src/detectors/vocab/police-vehicles.js';
import { STRONG_RANKS, WEAK_RANKS } from '../../src/detectors/vocab/ranks.js';
import { KIN } from '../../src/detectors/vocab/relatives.js';

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
  const lists = { FICTION, CRIME_MEDIA, FICTION_LOOSE, STAGED, STRONG_RANKS, WEAK_RANKS, KIN, POLICE_CARS };

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

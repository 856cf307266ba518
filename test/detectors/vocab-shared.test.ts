import { describe, expect, it } from 'vitest';
import { CRIME_MEDIA, FICTION, FICTION_LOOSE, STAGED, TV, fictionVeto } from '../../src/detectors/vocab/fiction.js';

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

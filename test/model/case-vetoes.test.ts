import { describe, expect, it } from 'vitest';
import { CASE_HEAD_EXAMPLES, CASE_HEAD_VETOES, noCaseTold, SCENE_HEAD_EXAMPLES, SCENE_HEAD_VETOES, noSceneTold } from '../../src/model/case-vetoes.js';
import { OWN_SIGNALS } from '../../src/model/signals.js';

describe('noCaseTold (the case/investigation head vetoes)', () => {
  it.each(CASE_HEAD_EXAMPLES.closed)('closes hearsay that tells of no case: %s', (post) => {
    expect(noCaseTold(post)).toBe(true);
  });

  it.each(CASE_HEAD_EXAMPLES.open)('leaves a case told as hearsay, or the author\'s own, open: %s', (post) => {
    expect(noCaseTold(post)).toBe(false);
  });

  it('names each veto, and each closes one of the examples', () => {
    for (const [name, veto] of Object.entries(CASE_HEAD_VETOES)) {
      expect(CASE_HEAD_EXAMPLES.closed.some((post) => veto(post)), name).toBe(true);
    }
  });

  it("is the head's veto, beside the regex's caseNotOpenIn", () => {
    const veto = OWN_SIGNALS['case/investigation']!.veto!;
    const post = CASE_HEAD_EXAMPLES.closed[0]!;
    expect(veto(post, post)).toBe(true);
    const open = CASE_HEAD_EXAMPLES.open[0]!;
    expect(veto(open, open)).toBe(false);
  });
});

describe('noSceneTold (the case/crime-scene head vetoes)', () => {
  it.each(SCENE_HEAD_EXAMPLES.closed)('closes someone harmless, or the author\'s own, found with no harm in the post: %s', (post) => {
    expect(noSceneTold(post)).toBe(true);
  });

  it.each(SCENE_HEAD_EXAMPLES.open)('leaves a scene open: %s', (post) => {
    expect(noSceneTold(post)).toBe(false);
  });

  it('names each veto, and each closes one of the examples', () => {
    for (const [name, veto] of Object.entries(SCENE_HEAD_VETOES)) {
      expect(SCENE_HEAD_EXAMPLES.closed.some((post) => veto(post)), name).toBe(true);
    }
  });

  it("is the head's veto, beside the regex's sceneNotRealIn", () => {
    const veto = OWN_SIGNALS['case/crime-scene']!.veto!;
    const post = SCENE_HEAD_EXAMPLES.closed[0]!;
    expect(veto(post, post)).toBe(true);
    const open = SCENE_HEAD_EXAMPLES.open[0]!;
    expect(veto(open, open)).toBe(false);
  });

  it('closes a scene\'s words in scare quotes or as a figure of speech, sentence by sentence', () => {
    const veto = OWN_SIGNALS['case/crime-scene']!.veto!;
    const quoted = 'My kid\'s "crime scene" themed birthday party had chalk outlines and fingerprint dusting.';
    expect(veto(quoted, quoted)).toBe(true);
    const figure = 'That moment when the kitchen is covered in flour and the kids blame the dog. Crime scene vibes.';
    expect(veto('Crime scene vibes.', figure)).toBe(true);
    const real = 'The flat was a crime scene, blood up the walls.';
    expect(veto(real, real)).toBe(false);
  });
});

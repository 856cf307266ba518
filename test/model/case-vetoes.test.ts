import { describe, expect, it } from 'vitest';
import { CASE_HEAD_EXAMPLES, CASE_HEAD_VETOES, noCaseTold } from '../../src/model/case-vetoes.js';
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

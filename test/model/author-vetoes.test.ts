import { describe, expect, it } from 'vitest';
import { PUBLIC_AUTHOR_EXAMPLES, PUBLIC_AUTHOR_VETOES, publicAuthor } from '../../src/model/author-vetoes.js';
import { OWN_SIGNALS } from '../../src/model/signals.js';

describe('publicAuthor (the id/self-affiliation head vetoes)', () => {
  it.each(PUBLIC_AUTHOR_EXAMPLES.closed)("closes a member of the public's post: %s", (post) => {
    expect(publicAuthor(post)).toBe(true);
  });

  it.each(PUBLIC_AUTHOR_EXAMPLES.open)("leaves an officer's post open: %s", (post) => {
    expect(publicAuthor(post)).toBe(false);
  });

  it('names each veto, and each closes one of the examples', () => {
    for (const [name, veto] of Object.entries(PUBLIC_AUTHOR_VETOES)) {
      expect(PUBLIC_AUTHOR_EXAMPLES.closed.some((post) => veto(post)), name).toBe(true);
    }
  });

  it("is the head's veto, beside the regex's speakerNotPolice", () => {
    const veto = OWN_SIGNALS['id/self-affiliation']!.veto!;
    const post = PUBLIC_AUTHOR_EXAMPLES.closed[0]!;
    expect(veto(post, post)).toBe(true);
    expect(veto('Back on nights with Ortega, pray for quiet.', 'Back on nights with Ortega, pray for quiet.')).toBe(false);
  });
});

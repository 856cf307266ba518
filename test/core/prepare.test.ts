// A detector's prepare(profile) runs once per profile, not once per post, and its result reaches detect() as
// ctx.prepared; detectors sharing one prepare function share one result.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { detectText } from '../../src/core/engine.js';
import type { Profile, TextDetector } from '../../src/core/types.js';
import { registry } from '../../src/detectors/index.js';

const base = loadConfig('fixtures/profile.yaml').profile;
const POSTS = ['Great shift with Sgt. Renee Whitfield tonight.', 'Selling my truck, text me at 555-313-9921.', 'Lovely day.'];

/** A detector that reports the profile's first agency name wherever it appears, from its prepared regex. */
function probe(id: string, prepare: (p: Profile) => RegExp, seen: unknown[]): TextDetector<RegExp> {
  return {
    kind: 'text',
    id,
    title: id,
    description: id,
    messages: { default: id },
    examples: { tp: [], fp: [] },
    prepare,
    detect(input, ctx) {
      seen.push(ctx.prepared);
      return [...input.text.matchAll(ctx.prepared)].map((m) => ({ start: m.index, end: m.index + m[0].length, confidence: 1 }));
    },
  };
}

describe('prepare(profile)', () => {
  it('runs once per profile however many posts and detectors use it', () => {
    let calls = 0;
    const prepare = (p: Profile) => {
      calls++;
      return new RegExp(p.agency.names[0] ?? 'x', 'gi');
    };
    const seen: unknown[] = [];
    const detectors = [probe('test/a', prepare, seen), probe('test/b', prepare, seen)];
    const profile: Profile = { ...base, agency: { ...base.agency, names: ['Harbor City PD'] } };
    for (const text of POSTS) detectText({ text, source: 'text' }, { context: 'personal', profile, detectors });
    expect(calls).toBe(1);
    expect(seen).toHaveLength(POSTS.length * 2);
    expect(new Set(seen).size).toBe(1);
    const hits = detectText({ text: 'Thanks Harbor City PD!', source: 'text' }, { context: 'personal', profile, detectors });
    expect(hits.map((h) => [h.ruleId, h.evidence])).toEqual([
      ['test/a', 'Harbor City PD'],
      ['test/b', 'Harbor City PD'],
    ]);
    expect(calls).toBe(1);

    // Another profile is prepared afresh: its own agency name, not the first profile's.
    const other: Profile = { ...base, agency: { ...base.agency, names: ['Riverside PD'] } };
    const found = detectText({ text: 'Harbor City PD and Riverside PD', source: 'text' }, { context: 'personal', profile: other, detectors });
    expect(calls).toBe(2);
    expect(found.map((h) => h.evidence)).toEqual(['Riverside PD', 'Riverside PD']);
  });

  it('the registry detectors with profile patterns prepare once per profile', () => {
    const counts = new Map<string, number>();
    const detectors: TextDetector[] = registry.text.map((d) =>
      d.prepare
        ? {
            ...d,
            prepare(profile: Profile) {
              counts.set(d.id, (counts.get(d.id) ?? 0) + 1);
              return d.prepare!(profile);
            },
          }
        : d,
    );
    expect([...registry.text.filter((d) => d.prepare).map((d) => d.id)].sort()).toEqual(
      ['id/coworker', 'id/department-moniker', 'id/self-affiliation', 'id/undercover', 'pii/phone'].sort(),
    );
    const profile: Profile = { ...base };
    const texts = [...POSTS, 'Me and Officer Whitfield on patrol, call 555-313-9921 @RenWhit_HCPD', 'Luis O. at the bar'];
    for (const text of texts) detectText({ text, source: 'text' }, { context: 'personal', profile, detectors });
    for (const n of counts.values()) expect(n).toBe(1);
    expect(counts.size).toBeGreaterThanOrEqual(3);
  }, 30_000);
});

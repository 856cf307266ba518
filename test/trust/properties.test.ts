// Property tests (fast-check): text detectors on any Unicode give in-bounds offsets whose slice is the evidence and
// never throw; masking is idempotent; any YAML gives a valid config or a clean ConfigError, never a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config.js';
import { detectText } from '../../src/core/engine.js';
import { ConfigError } from '../../src/core/errors.js';
import { maskEvidence } from '../../src/core/mask.js';
import { emptyProfile } from '../../src/core/config.js';
import { textDetectors } from '../../src/detectors/index.js';

const profile = emptyProfile();
profile.roster = [{ name: 'Marcus Delgado', handles: ['@mdelgado'], consent: false, undercover: true, photos: [] }];

// Fragments that make detectors fire, mixed with arbitrary Unicode, so properties are checked on real hits too.
const fragment = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(
    '1423 Elm Street',
    ' (555) 201-3344 ',
    'born June 14, 1986',
    'Sgt. Whitfield',
    '@nypd_johndoe',
    'badge #4417',
    'Marcus Delgado',
    'jane.doe@gmail.com',
    'drunk af',
    '\n',
    '  ',
    'f*ck',
    'Vote Smith',
  ),
);
const post = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));

describe('text detectors', () => {
  it('never throw, and every hit lies inside the text with the evidence at its offsets', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(post, fc.constantFrom('personal', 'official') as fc.Arbitrary<'personal' | 'official'>, (text, context) => {
        for (const hit of detectText({ text, source: 'text' }, { context, profile, detectors: textDetectors })) {
          expect(hit.start).toBeGreaterThanOrEqual(0);
          expect(hit.end).toBeLessThanOrEqual(text.length);
          expect(hit.start).toBeLessThan(hit.end);
          expect(text.slice(hit.start, hit.end)).toBe(hit.evidence);
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe('maskEvidence', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const once = maskEvidence(s);
        expect(maskEvidence(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseConfig', () => {
  const yamlish = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc
      .array(
        fc.constantFrom('agency:', 'roster:', 'context: personal', 'policy: [nypd]', 'severity:', '  pii/phone: off', '  - name: X', '  names: [A]', '- ', ': ', '"', '[', '{', '  ', '\t', 'x: &a 1', 'y: *a', '!!binary', '---'),
        { maxLength: 10 },
      )
      .map((lines) => lines.join('\n')),
  );
  it('gives a valid config or a ConfigError for any text', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        try {
          const config = parseConfig(text, 'c.yaml');
          expect(config.profile.agency).toBeDefined();
          expect(Array.isArray(config.profile.roster)).toBe(true);
        } catch (err) {
          expect(err).toBeInstanceOf(ConfigError);
          expect((err as Error).message).toMatch(/^c\.yaml(:\d+)?: /);
          expect((err as Error).message).not.toContain('\n');
        }
      }),
      { numRuns: 500 },
    );
  });
});

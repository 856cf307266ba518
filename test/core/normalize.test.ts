import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { normalizeText } from '../../src/core/normalize.js';
import { screenTextForEval } from '../../src/scripts/eval-screen.js';

const profile = loadConfig('fixtures/profile.yaml').profile;
const found = (text: string) => screenTextForEval(text, 'personal', profile).map((f) => ({ rule: f.ruleId, evidence: f.evidence }));

describe('normalizeText', () => {
  it('leaves plain ASCII alone', () => {
    const n = normalizeText('Call 555-313-9921');
    expect(n.identity).toBe(true);
    expect(n.text).toBe('Call 555-313-9921');
  });

  it('drops invisible characters, folds full-width forms and maps offsets back', () => {
    const original = 'so f\u200buck this, call \uff15\uff15\uff15-\uff13\uff11\uff13-\uff19\uff19\uff12\uff11';
    const n = normalizeText(original);
    expect(n.text).toBe('so fuck this, call 555-313-9921');
    const at = n.text.indexOf('fuck');
    expect(original.slice(n.start(at), n.end(at + 4))).toBe('f\u200buck');
    const phone = n.text.indexOf('555');
    expect(original.slice(n.start(phone), n.end(phone + 12))).toBe('\uff15\uff15\uff15-\uff13\uff11\uff13-\uff19\uff19\uff12\uff11');
  });

  it('maps look-alike letters only inside words that mix scripts, and composes accents', () => {
    expect(normalizeText('fu\u0441k \u0441\u043e\u0440').text).toBe('fuck \u0441\u043e\u0440');
    expect(normalizeText('cafe\u0301 \ufb01le').text).toBe('caf\u00e9 file');
  });
});

describe('detection through evasion', () => {
  it('finds a zero-width-split profanity and a full-width phone number, with evidence from the original', () => {
    expect(found('What a f\u200buck\u200bing day.')).toContainEqual({ rule: 'conduct/profanity', evidence: expect.stringContaining('f\u200buck') });
    expect(found('Text me at \uff15\uff15\uff15-\uff13\uff11\uff13-\uff19\uff19\uff12\uff11 for the couch.')).toContainEqual({
      rule: 'pii/phone',
      evidence: '\uff15\uff15\uff15-\uff13\uff11\uff13-\uff19\uff19\uff12\uff11',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config.js';
import { decodeCharacterReferences, normalizeText } from '../../src/core/normalize.js';
import { unescapeXml } from '../../src/inputs/ooxml.js';
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

// User test 30, U30-26: a phone number in Arabic-Indic (٩١٤-٥٥٥-٠١٧٧) or Devanagari (९१४-५५५-०१७७) digits passed, while
// the full-width one was found (NFKC folds only that).
describe('the decimal digits of every script', () => {
  it('read as ASCII digits, offsets on the original', () => {
    const original = 'اتصل بي على ٩١٤-٥٥٥-٠١٧٧';
    const n = normalizeText(original);
    expect(n.text).toBe('اتصل بي على 914-555-0177');
    const at = n.text.indexOf('914');
    expect(original.slice(n.start(at), n.end(at + 12))).toBe('٩١٤-٥٥٥-٠١٧٧');
    expect(normalizeText('९१४ ০১২ ๙๘ ۴۵ 𝟗𝟏').text).toBe('914 012 98 45 91');
  });

  it('find a phone number written in them, the evidence as written', () => {
    for (const [text, number] of [
      ['اتصل بي على ٩١٤-٥٥٥-٠١٧٧', '٩١٤-٥٥٥-٠١٧٧'],
      ['मेरा नंबर ९१४-५५५-०१७७ है', '९१४-५५५-०१७७'],
      ['Text me at ৯১৪-৫৫৫-০১৭৭ for the couch', '৯১৪-৫৫৫-০১৭৭'],
    ]) {
      expect(found(text!)).toContainEqual({ rule: 'pii/phone', evidence: number });
    }
  });
});

// User test 27, U3-8: a rendered Markdown post shows "&#80;riya &#82;aghunathan" as "Priya Raghunathan" and
// "&#52;13-555-0182" as a phone number, but detectors read the raw references and passed them.
describe('character references and link escapes are decoded for screening, offsets on the raw text', () => {
  it('decodes numeric and named references and maps each character to its whole reference', () => {
    const original = 'Thanks &#80;riya &#x52;aghunathan and Jos&eacute; &amp; co';
    const n = normalizeText(original);
    expect(n.text).toBe('Thanks Priya Raghunathan and José & co');
    const at = n.text.indexOf('Priya');
    expect(original.slice(n.start(at), n.end(at + 'Priya Raghunathan'.length))).toBe('&#80;riya &#x52;aghunathan');
    expect(original.slice(n.start(n.text.indexOf('José')), n.end(n.text.indexOf('José') + 4))).toBe('Jos&eacute;');
    // an unknown name and a lone ampersand stay as written
    expect(normalizeText('AT&T &bogus; a & b').text).toBe('AT&T &bogus; a & b');
  });

  it("decodes a link's percent-escapes and a query's + for a space", () => {
    const original = '<a href="mailto:%70riya.r%40gmail.com">x</a> https://maps.example.com/?q=41+Cedar+Lane';
    const n = normalizeText(original);
    expect(n.text).toBe('<a href="mailto:priya.r@gmail.com">x</a> https://maps.example.com/?q=41 Cedar Lane');
    const p = n.text.indexOf('priya');
    expect(original.slice(n.start(p), n.end(p + 5))).toBe('%70riya');
    // a percent sign in prose is no escape
    expect(normalizeText('50%25 off, 3+4').text).toBe('50%25 off, 3+4');
  });

  it('finds what the references spell, with the raw text as evidence', () => {
    expect(found('Call me: &#52;13-555-0182')).toContainEqual({ rule: 'pii/phone', evidence: '&#52;13-555-0182' });
    expect(found('Text &#53;55-201-4477 tonight')).toContainEqual({ rule: 'pii/phone', evidence: '&#53;55-201-4477' });
    expect(found('Email me at renee&commat;gmail&period;com')).toContainEqual({ rule: 'pii/email', evidence: 'renee&commat;gmail&period;com' });
  });
});

// Session 27's brief 3 (P2-10): an invisible character after punctuation or between a lower- and an upper-case letter
// was removed, joining two words ("Sgt.\u00adWhitfield" read as the handle-like "Sgt.Whitfield").
describe('an invisible character between words is a word break; inside a word it is nothing', () => {
  it('breaks after sentence or abbreviation punctuation before a letter, and between lower and upper case', () => {
    expect(normalizeText('Sgt.\u00adWhitfield').text).toBe('Sgt. Whitfield');
    expect(normalizeText('done,\u200band then').text).toBe('done, and then');
    expect(normalizeText('dinner\u200bWith friends').text).toBe('dinner With friends');
    expect(normalizeText('Sgt.\u00ad\u200bWhitfield').text).toBe('Sgt. Whitfield');
    const original = 'Great shift with Sgt.\u00adWhitfield';
    const n = normalizeText(original);
    expect(original.slice(n.start(n.text.indexOf('Whitfield')), n.end(n.text.length))).toBe('Whitfield');
  });

  it('removes it inside a word, between digits, and before punctuation or a space', () => {
    expect(normalizeText('f\u200buck').text).toBe('fuck');
    expect(normalizeText('Whit\u00adfield').text).toBe('Whitfield');
    expect(normalizeText('5\u200b55-313-9921').text).toBe('555-313-9921');
    expect(normalizeText('end.\u200b Next').text).toBe('end. Next');
    expect(normalizeText('v1.\u200b2').text).toBe('v1.2');
  });

  it('reads "Sgt.\\u00adWhitfield" as a rank and a name, not a handle', () => {
    const rules = found('Great shift with Sgt.\u00adWhitfield today').map((f) => f.rule);
    expect(rules).toContain('id/coworker');
    expect(rules).not.toContain('id/department-moniker');
  });
});

describe('decodeCharacterReferences (values that arrive escaped: XMP, Office XML)', () => {
  it('decodes numeric and named references, keeps unknown names, and never throws on an out-of-range code point', () => {
    expect(decodeCharacterReferences('Siobhan O&#39;Rourke')).toBe("Siobhan O'Rourke");
    expect(decodeCharacterReferences('Fish &amp; chips &lt;3 &#x41;')).toBe('Fish & chips <3 A');
    expect(decodeCharacterReferences('&bogus; stays')).toBe('&bogus; stays');
    expect(decodeCharacterReferences('&#x110000; &#0;')).toBe('\ufffd \ufffd');
    // Office XML text goes through the same conversion (a damaged document no longer fails on it)
    expect(unescapeXml('a &#x110000; &apos;b&apos;')).toBe("a \ufffd 'b'");
  });
});

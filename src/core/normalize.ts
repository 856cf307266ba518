/**
 * Text normalisation against evasion: detectors read a folded copy of the text (Unicode NFKC, zero-width and joiner
 * characters removed, full-width digits and letters folded, Cyrillic/Greek look-alikes inside Latin words mapped to
 * Latin) and every offset they return is mapped back to the original text, so findings point at what the author
 * wrote ("f\u200buck" is found as the five characters it spans).
 */

/** Characters with no visible width that split a word without showing: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, bidi marks. */
const INVISIBLE = /[\u0000\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/**
 * Look-alike letters from Cyrillic and Greek that render like Latin ones ("fuсk" with a Cyrillic с). Mapped only
 * inside a word that also has a Latin letter, so Russian or Greek text is left as it is.
 */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ј: 'j',
  ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C',
  Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S', α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't',
  υ: 'u', χ: 'x', Α: 'A', Β: 'B', Ε: 'E', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X',
  Υ: 'Y', Ζ: 'Z',
};
const HOMOGLYPH_CLASS = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'u');
/** A word (letters, marks, invisible joiners) that mixes a look-alike with a Latin letter. */
const WORD = /[\p{L}\p{M}\u00ad\u200b-\u200d\u2060\ufeff]+/gu;

/** The folded text and, for each of its UTF-16 units, the span of the original it came from. */
export interface NormalizedText {
  text: string;
  /** True when nothing changed: offsets are the original's. */
  identity: boolean;
  /** Map a start offset in `text` to the original text. */
  start(offset: number): number;
  /** Map an exclusive end offset in `text` to the original text. */
  end(offset: number): number;
}

const IDENTITY_MAP = (n: number) => n;

/** Fold a text for detection; cheap for plain ASCII (returned as is). */
export function normalizeText(original: string): NormalizedText {
  // eslint-disable-next-line no-control-regex
  if (/^[\x01-\x7f]*$/.test(original)) return { text: original, identity: true, start: IDENTITY_MAP, end: IDENTITY_MAP };
  const homoglyphAt = mixedScriptLetters(original);
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  // A cluster is a base code point with its combining marks, so NFKC composes "e\u0301" as a whole.
  const cluster = /.\p{M}*/gsu;
  for (let m = cluster.exec(original); m; m = cluster.exec(original)) {
    const start = m.index;
    const end = start + m[0].length;
    let folded = '';
    let base = true;
    // a keycap emoji ("4\ufe0f\u20e3") is its digit: the variation selector and the enclosing keycap go (user test 27, U1-3)
    const keycap = /^[0-9]/.test(m[0]);
    for (const ch of m[0]) {
      if (!INVISIBLE.test(ch) && !(keycap && !base && (ch === '\ufe0f' || ch === '\u20e3')))
        folded += base && homoglyphAt.has(start) ? (HOMOGLYPHS[ch] ?? ch) : ch;
      base = false;
    }
    folded = folded.normalize('NFKC');
    for (let i = 0; i < folded.length; i++) {
      from.push(start);
      to.push(end);
    }
    text += folded;
  }
  if (text === original) return { text: original, identity: true, start: IDENTITY_MAP, end: IDENTITY_MAP };
  return {
    text,
    identity: false,
    start: (offset) => (offset >= from.length ? original.length : from[offset]),
    end: (offset) => (offset <= 0 ? 0 : offset > to.length ? original.length : to[offset - 1]),
  };
}

/** Offsets of look-alike letters that sit in a word with at least one Latin letter. */
function mixedScriptLetters(text: string): Set<number> {
  const at = new Set<number>();
  if (!HOMOGLYPH_CLASS.test(text)) return at;
  for (const word of text.matchAll(WORD)) {
    if (!/[A-Za-z]/.test(word[0])) continue;
    let offset = word.index;
    for (const ch of word[0]) {
      if (HOMOGLYPHS[ch]) at.add(offset);
      offset += ch.length;
    }
  }
  return at;
}

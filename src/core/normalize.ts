/**
 * Text normalisation against evasion: detectors read a folded copy of the text (HTML character references and the
 * percent-escapes of a link decoded, Unicode NFKC, zero-width and joiner characters removed, full-width digits and
 * letters folded, the decimal digits of every script read as ASCII digits, Cyrillic/Greek look-alikes inside Latin
 * words mapped to Latin) and every offset they return is mapped back to the original text, so findings point at what
 * the author wrote ("f\u200buck" is found as the five characters it spans, "&#80;riya" as the nine).
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

/**
 * Named character references a draft may hold (HTML5 names): the Latin-1 letters and signs (`&eacute;`, `&nbsp;`),
 * the typographic ones, and those that spell an address, a handle or a link (`&commat;`, `&period;`, `&lowbar;`).
 * The 96 Latin-1 names stand in code point order from U+00A0.
 */
const LATIN1_NAMES = [
  'nbsp', 'iexcl', 'cent', 'pound', 'curren', 'yen', 'brvbar', 'sect', 'uml', 'copy', 'ordf', 'laquo', 'not', 'shy',
  'reg', 'macr', 'deg', 'plusmn', 'sup2', 'sup3', 'acute', 'micro', 'para', 'middot', 'cedil', 'sup1', 'ordm', 'raquo',
  'frac14', 'frac12', 'frac34', 'iquest', 'Agrave', 'Aacute', 'Acirc', 'Atilde', 'Auml', 'Aring', 'AElig', 'Ccedil',
  'Egrave', 'Eacute', 'Ecirc', 'Euml', 'Igrave', 'Iacute', 'Icirc', 'Iuml', 'ETH', 'Ntilde', 'Ograve', 'Oacute',
  'Ocirc', 'Otilde', 'Ouml', 'times', 'Oslash', 'Ugrave', 'Uacute', 'Ucirc', 'Uuml', 'Yacute', 'THORN', 'szlig',
  'agrave', 'aacute', 'acirc', 'atilde', 'auml', 'aring', 'aelig', 'ccedil', 'egrave', 'eacute', 'ecirc', 'euml',
  'igrave', 'iacute', 'icirc', 'iuml', 'eth', 'ntilde', 'ograve', 'oacute', 'ocirc', 'otilde', 'ouml', 'divide',
  'oslash', 'ugrave', 'uacute', 'ucirc', 'uuml', 'yacute', 'thorn', 'yuml',
];
const NAMED_REFERENCES: ReadonlyMap<string, string> = new Map([
  ...LATIN1_NAMES.map((name, i): [string, string] => [name, String.fromCharCode(0xa0 + i)]),
  ...Object.entries({
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", commat: '@', period: '.', lowbar: '_', UnderBar: '_',
    num: '#', colon: ':', semi: ';', comma: ',', excl: '!', quest: '?', sol: '/', bsol: '\\', plus: '+', equals: '=',
    dollar: '$', percnt: '%', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lbrack: '[', rbrack: ']', lcub: '{',
    rcub: '}', ast: '*', midast: '*', hyphen: '\u2010', dash: '\u2010', ndash: '\u2013', mdash: '\u2014',
    lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
    hellip: '\u2026', bull: '\u2022', middot: '\u00b7', trade: '\u2122', euro: '\u20ac', ensp: '\u2002',
    emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', NewLine: '\n',
    Tab: '\t', nbsp: '\u00a0', NonBreakingSpace: '\u00a0', ZeroWidthSpace: '\u200b', NoBreak: '\u2060',
  }),
]);

/** `&#80;` `&#x50;` (the semicolon may be left out, as browsers allow), `&eacute;`. */
const CHARACTER_REFERENCE = /&(?:#(\d{1,7});?|#[xX]([0-9a-fA-F]{1,6});?|([A-Za-z][A-Za-z0-9]{1,31});)/g;
/** A link written out (`mailto:%70riya@...`, `https://maps.google.com/?q=41+Cedar+Lane`): its escapes are decoded. */
const LINK = /\b(?:(?:https?|ftp|mailto|tel|sms|callto):|www\.)[^\s<>"'`]+/gi;
/** A run of percent-escapes: the UTF-8 bytes of one or more characters. */
const PERCENT_RUN = /(?:%[0-9a-fA-F]{2})+/g;
/** What in a text may need decoding: a character reference or a percent-escape. */
const ENCODED = /&(?:#|[A-Za-z][A-Za-z0-9]*;)|%[0-9a-fA-F]{2}|[?&=][^\s]*\+/;

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

/** A text with, for each of its UTF-16 units, the [from, to) span of the original it stands for. */
interface Mapped {
  text: string;
  from: number[];
  to: number[];
}

/**
 * The character a CHARACTER_REFERENCE match stands for, from its decimal, hex or name group; undefined for a name this
 * table does not know. A code point out of range (0, above U+10FFFF, a lone surrogate) is U+FFFD, as a browser shows it.
 */
function referenceText(decimal: string | undefined, hex: string | undefined, name: string | undefined): string | undefined {
  if (name !== undefined) return NAMED_REFERENCES.get(name);
  const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
  return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
}

/**
 * A text with its character references decoded (`O&#39;Rourke` -> "O'Rourke"): for values that reach us still
 * escaped, such as an XMP packet's attribute values as exiftool and Adobe tools write them (user test 29, U29-3).
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (ref, decimal?: string, hex?: string, name?: string) => referenceText(decimal, hex, name) ?? ref);
}

/**
 * HTML character references decoded everywhere (`&#80;riya &#82;aghunathan` renders "Priya Raghunathan"), and in a
 * link written out its percent-escapes (`mailto:%70riya...`) and, in its query, `+` for a space (`?q=41+Cedar+Lane`):
 * a rendered post shows them decoded (user test 27, U3-8). Each decoded character maps to the whole escape, so a
 * finding covers the raw span and a clean copy replaces it. Undefined when there is nothing to decode.
 */
function decodeEscapes(original: string): Mapped | undefined {
  if (!ENCODED.test(original)) return undefined;
  // what replaces [start, end) of the original
  const edits: { start: number; end: number; text: string }[] = [];
  for (const m of original.matchAll(CHARACTER_REFERENCE)) {
    const decoded = referenceText(m[1], m[2], m[3]);
    if (decoded !== undefined) edits.push({ start: m.index, end: m.index + m[0].length, text: decoded });
  }
  for (const link of original.matchAll(LINK)) {
    const query = link[0].indexOf('?');
    for (const run of link[0].matchAll(PERCENT_RUN)) {
      const bytes = Buffer.from(run[0].replace(/%/g, ''), 'hex');
      // one character per escape group, so each maps to its own escapes: "%70riya" -> "p" over "%70"
      let at = link.index + run.index;
      for (const ch of utf8Characters(bytes)) {
        edits.push({ start: at, end: at + ch.bytes * 3, text: ch.text });
        at += ch.bytes * 3;
      }
    }
    if (query >= 0) {
      for (let i = query; i < link[0].length; i++) if (link[0][i] === '+') edits.push({ start: link.index + i, end: link.index + i + 1, text: ' ' });
    }
  }
  if (!edits.length) return undefined;
  edits.sort((a, b) => a.start - b.start);
  const out: Mapped = { text: '', from: [], to: [] };
  let at = 0;
  const keep = (end: number) => {
    for (; at < end; at++) {
      out.text += original[at];
      out.from.push(at);
      out.to.push(at + 1);
    }
  };
  for (const e of edits) {
    if (e.start < at) continue;
    keep(e.start);
    out.text += e.text;
    for (let i = 0; i < e.text.length; i++) {
      out.from.push(e.start);
      out.to.push(e.end);
    }
    at = e.end;
  }
  keep(original.length);
  return out;
}

/** The characters UTF-8 bytes spell, each with its byte count; a byte that starts no valid sequence is kept as U+FFFD. */
function utf8Characters(bytes: Buffer): { text: string; bytes: number }[] {
  const out: { text: string; bytes: number }[] = [];
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    const text = bytes.subarray(i, i + n).toString('utf8');
    const ok = n <= bytes.length - i && !text.includes('\ufffd') && [...text].length === 1;
    out.push(ok ? { text, bytes: n } : { text: '\ufffd', bytes: 1 });
    i += ok ? n : 1;
  }
  return out;
}

/** Sentence and abbreviation punctuation after which an invisible character before a letter is a word break. */
const BREAK_AFTER = /[.,;:!?]/;

/**
 * Whether an invisible character at a place stands for a word break rather than nothing: after sentence or
 * abbreviation punctuation and before a letter ("Sgt.\u00adWhitfield" reads "Sgt. Whitfield", not a handle
 * "Sgt.Whitfield"), or between a lower-case and an upper-case letter ("dinner\u200bWith"). Inside a word it is
 * nothing ("f\u200buck", "5\u200b55").
 */
function breaksWords(before: string | undefined, after: string | undefined): boolean {
  if (!before || !after) return false;
  if (BREAK_AFTER.test(before)) return /\p{L}/u.test(after);
  return /\p{Ll}/u.test(before) && /\p{Lu}/u.test(after);
}

/** A decimal digit of any script: Arabic-Indic "٩", Devanagari "९", Bengali "৯", full-width "９". */
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/**
 * The ASCII digit a decimal digit of another script stands for ("٩١٤" reads "914"; user test 30, U30-26: a phone
 * number in Arabic-Indic or Devanagari digits passed), undefined for any other character. Unicode encodes each
 * script's digits as a run of ten from zero, and runs side by side (the mathematical digits) are whole tens, so a
 * digit's value is the count of digits before it in its run, modulo ten.
 */
function digitOf(ch: string): string | undefined {
  const code = ch.codePointAt(0)!;
  if (code < 0x80 || !DECIMAL_DIGIT.test(ch)) return undefined;
  let before = 0;
  while (before < 100 && DECIMAL_DIGIT.test(String.fromCodePoint(code - before - 1))) before++;
  return String(before % 10);
}

/** Fold a text for detection; cheap for plain ASCII (returned as is). */
export function normalizeText(original: string): NormalizedText {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x01-\x7f]*$/.test(original);
  if (ascii && !/[&%+]/.test(original)) return { text: original, identity: true, start: IDENTITY_MAP, end: IDENTITY_MAP };
  const decoded = decodeEscapes(original);
  if (ascii && !decoded) return { text: original, identity: true, start: IDENTITY_MAP, end: IDENTITY_MAP };
  const source = decoded?.text ?? original;
  const homoglyphAt = mixedScriptLetters(source);
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  // A cluster is a base code point with its combining marks, so NFKC composes "e\u0301" as a whole.
  const cluster = /.\p{M}*/gsu;
  for (let m = cluster.exec(source); m; m = cluster.exec(source)) {
    const start = m.index;
    const end = start + m[0].length;
    let folded = '';
    let base = true;
    // a keycap emoji ("4\ufe0f\u20e3") is its digit: the variation selector and the enclosing keycap go (user test 27, U1-3)
    const keycap = /^[0-9]/.test(m[0]);
    for (const ch of m[0]) {
      if (!INVISIBLE.test(ch) && !(keycap && !base && (ch === '\ufe0f' || ch === '\u20e3')))
        folded += base && homoglyphAt.has(start) ? (HOMOGLYPHS[ch] ?? ch) : (digitOf(ch) ?? ch);
      base = false;
    }
    // an invisible character between words is a space, not nothing (brief 3 of session 27, P2-10)
    if (!folded && INVISIBLE.test(m[0]) && !/\s$/.test(text) && breaksWords(lastCharacter(text), nextVisible(source, end))) folded = ' ';
    folded = folded.normalize('NFKC');
    for (let i = 0; i < folded.length; i++) {
      from.push(start);
      to.push(end);
    }
    text += folded;
  }
  if (!decoded && text === original) return { text: original, identity: true, start: IDENTITY_MAP, end: IDENTITY_MAP };
  // offsets into `source`, then (when escapes were decoded) into the original
  const startOf = (offset: number) => (offset >= from.length ? source.length : from[offset]!);
  const endOf = (offset: number) => (offset <= 0 ? 0 : offset > to.length ? source.length : to[offset - 1]!);
  if (!decoded) return { text, identity: false, start: startOf, end: endOf };
  return {
    text,
    identity: false,
    start: (offset) => {
      const s = startOf(offset);
      return s >= decoded.from.length ? original.length : decoded.from[s]!;
    },
    end: (offset) => {
      const e = endOf(offset);
      return e <= 0 ? 0 : e > decoded.to.length ? original.length : decoded.to[e - 1]!;
    },
  };
}

/** The last code point of a text, or undefined for an empty one. */
function lastCharacter(text: string): string | undefined {
  if (!text) return undefined;
  const last = text.codePointAt(text.length - 1)!;
  // a low surrogate: the pair's code point starts one unit earlier
  return last >= 0xdc00 && last <= 0xdfff && text.length > 1 ? String.fromCodePoint(text.codePointAt(text.length - 2)!) : String.fromCodePoint(last);
}

/** The first character at or after `at` that is not invisible. */
function nextVisible(text: string, at: number): string | undefined {
  for (let i = at; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (!INVISIBLE.test(ch)) return ch;
    i += ch.length;
  }
  return undefined;
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

/**
 * What a regex cannot match without: the literal strings one of which every match contains (the factor sets that
 * RE2's and Hyperscan's prefilters compute). The prefilter keywords of a detector are generated from its patterns
 * with `requiredLiterals`, so a word added to a pattern's list reaches the detector with no second edit.
 *
 *   /\bdrunk\s+af\b/i            -> ['⁞drunk⁞ ⁞af⁞']      (⁞ = WORD_EDGE: a `\b` is part of the literal)
 *   /(?:hung ?over|hangover)/    -> ['hung over', 'hungover', 'hangover']
 *   /\d{3}-\d{4}/                -> null                (no literal: the detector needs a structural trigger)
 *
 * Word boundaries are kept: the keyword pass reads a WORD_EDGE mark wherever the text passes between a word
 * character (`\w`, as `\b` sees it) and another, so "\bda\b" is found in "the DA said" but not in "today". Without
 * them two-letter words ("da", "od", "hi") reached their detectors in most posts.
 */
import { COMMON_WORDS } from './common-words.js';

/** The mark the keyword pass reads between a word character and a non-word one (see `withWordEdges`). */
export const WORD_EDGE = '\u0001';

/** A word character as `\b` sees it, in lower-cased text (a-z, 0-9, _), by code unit: the keyword pass's test too. */
export function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** The same for the first character of a string ('' is not a word character). */
function isWordChar(ch: string): boolean {
  return ch !== '' && isWordUnit(ch.charCodeAt(0));
}

/**
 * A literal as the keyword pass reads it: a WORD_EDGE at every inner change between word and non-word characters,
 * and at either end where the pattern had a `\b` (or the caller asks). Keywords and text both go through it, so
 * "in the " from `in\sthe\s` is found in "in the" of any text.
 */
export function withWordEdges(literal: string, lead = false, trail = false): string {
  const core = literal.split(WORD_EDGE).join('');
  if (!core) return '';
  let out = lead || literal.startsWith(WORD_EDGE) ? WORD_EDGE : '';
  for (let i = 0; i < core.length; i++) {
    if (i > 0 && isWordChar(core[i - 1]!) !== isWordChar(core[i]!)) out += WORD_EDGE;
    out += core[i];
  }
  return out + (trail || (literal.length > 1 && literal.endsWith(WORD_EDGE)) ? WORD_EDGE : '');
}

/** A text as the keyword pass reads it (KeywordIndex.reached does the same without building the string). */
export function asKeywordsRead(text: string): string {
  return withWordEdges(text.toLowerCase().replace(/\s+/g, ' '), isWordChar(text[0]?.toLowerCase() ?? ''), isWordChar(text.at(-1)?.toLowerCase() ?? ''));
}

/** The characters of a literal other than its word edges. */
function coreOf(literal: string): string {
  return literal.split(WORD_EDGE).join('');
}

/** A parsed regex, just detailed enough for factors and samples. */
export type ReNode =
  | { t: 'char'; c: string }
  /** A character class: `chars` when it is a short list (for factors), `options` some characters it accepts. */
  | { t: 'class'; chars: string[] | null; options: string[] }
  /** Zero-width: anchors, word boundaries, lookarounds (whose content a sample leaves out). */
  | { t: 'empty'; look?: 'ahead' | 'behind'; negative?: boolean; node?: ReNode; wordEdge?: true }
  | { t: 'seq'; items: ReNode[] }
  | { t: 'alt'; branches: ReNode[] }
  | { t: 'rep'; node: ReNode; min: number; max: number }
  /** A capturing group (`n` from 1), and a back-reference to one. */
  | { t: 'cap'; n: number; node: ReNode }
  | { t: 'backref'; n: number }
  /** Anything else a sample cannot produce (a named back-reference). */
  | { t: 'opaque' };

const CLASS_LIMIT = 10;
const CLASS_CACHE = new Map<string, RegExp>();
const ESCAPED: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
const SAMPLE_PROBES = ['a', ' ', 'x', '1', 'e', 'A', '-', '.', '_', 'é'];

/** Parse a JavaScript regex source (the subset clearpost writes: no `v`-flag set syntax). */
export function parseRegex(source: string, flags = ''): ReNode {
  let i = 0;
  let groups = 0;
  const unicode = flags.includes('u');

  function alternation(): ReNode {
    const branches = [sequence()];
    while (source[i] === '|') {
      i++;
      branches.push(sequence());
    }
    return branches.length === 1 ? branches[0]! : { t: 'alt', branches };
  }

  function sequence(): ReNode {
    const items: ReNode[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = quantified(atomNode());
      const last = items[items.length - 1];
      // a run of plain characters is one literal: fewer nodes to combine
      if (atom.t === 'char' && last?.t === 'char') items[items.length - 1] = { t: 'char', c: last.c + atom.c };
      else items.push(atom);
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  function quantified(atom: ReNode): ReNode {
    for (;;) {
      const ch = source[i];
      let min: number;
      let max: number;
      if (ch === '?') [min, max] = [0, 1];
      else if (ch === '*') [min, max] = [0, Infinity];
      else if (ch === '+') [min, max] = [1, Infinity];
      else if (ch === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
        if (!m) return atom;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
        i += m[0].length - 1;
      } else return atom;
      i++;
      if (source[i] === '?') i++;
      atom = { t: 'rep', node: atom, min, max };
    }
  }

  function atomNode(): ReNode {
    const ch = source[i]!;
    if (ch === '(') return group();
    if (ch === '[') return charClass();
    if (ch === '.') {
      i++;
      return { t: 'class', chars: null, options: ['a', ' '] };
    }
    if (ch === '^' || ch === '$') {
      i++;
      return { t: 'empty' };
    }
    if (ch === '\\') return escape(false) as ReNode;
    i++;
    return literal(ch);
  }

  function literal(ch: string): ReNode {
    // keep surrogate pairs (emoji) whole
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff && i < source.length) {
      const next = source[i]!;
      const low = next.charCodeAt(0);
      if (low >= 0xdc00 && low <= 0xdfff) {
        i++;
        return { t: 'char', c: ch + next };
      }
    }
    return { t: 'char', c: ch };
  }

  function group(): ReNode {
    i++; // (
    let look: 'ahead' | 'behind' | undefined;
    let negative = false;
    let capture = 0;
    if (source[i] !== '?') capture = ++groups;
    if (source[i] === '?') {
      const head = source.slice(i, i + 4);
      if (head.startsWith('?:')) i += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        look = 'ahead';
        negative = head[1] === '!';
        i += 2;
      } else if (head.startsWith('?<=') || head.startsWith('?<!')) {
        look = 'behind';
        negative = head[2] === '!';
        i += 3;
      } else if (head.startsWith('?<')) {
        i = source.indexOf('>', i) + 1;
        capture = ++groups;
      }
      else throw new Error(`unsupported group at ${i} in /${source}/`);
    }
    const node = alternation();
    if (source[i] !== ')') throw new Error(`unbalanced group at ${i} in /${source}/`);
    i++;
    if (look) return { t: 'empty', look, negative, node };
    return capture ? { t: 'cap', n: capture, node } : node;
  }

  /** An escape; inside a class it returns the characters it stands for (null = many). */
  function escape(inClass: boolean): ReNode | string[] | null {
    i++; // backslash
    const ch = source[i]!;
    i++;
    const wide = (sample: string): ReNode | null => (inClass ? null : { t: 'class', chars: null, options: [sample] });
    switch (ch) {
      case 'd':
        return inClass ? ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'] : { t: 'class', chars: '0123456789'.split(''), options: ['1'] };
      case 'w':
        return wide('a');
      case 's':
        // the keyword pass reads every whitespace character as a space (KeywordIndex.reached)
        return inClass ? [' ', '\t', '\n'] : { t: 'class', chars: [' '], options: [' '] };
      case 'D':
      case 'W':
      case 'S':
        return wide(ch === 'D' ? 'a' : ch === 'W' ? ' ' : 'a');
      case 'b':
        return inClass ? ['\b'] : { t: 'empty', wordEdge: true };
      case 'B':
        return inClass ? null : { t: 'empty' };
      case 'p':
      case 'P': {
        const end = source.indexOf('}', i);
        const name = source.slice(i + 1, end);
        i = end + 1;
        if (ch === 'p' && /^(?:L|Letter|Ll|Lu|Alphabetic|Latin|Script=Latin)$/.test(name)) return wide(name === 'Lu' ? 'A' : 'a');
        if (ch === 'p' && /^(?:N|Nd)$/.test(name)) return wide('1');
        return wide(ch === 'P' ? ' ' : 'a');
      }
      case 'u': {
        const m = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/.exec(source.slice(i));
        if (!m) return char('u');
        i += m[0].length;
        return char(String.fromCodePoint(parseInt(m[1] ?? m[2]!, 16)));
      }
      case 'x': {
        const hex = source.slice(i, i + 2);
        i += 2;
        return char(String.fromCharCode(parseInt(hex, 16)));
      }
      case 'k':
        i = source.indexOf('>', i) + 1;
        return inClass ? null : { t: 'opaque' };
      default:
        if (/[1-9]/.test(ch) && !inClass) {
          let digits = ch;
          while (/\d/.test(source[i] ?? '')) digits += source[i++];
          return { t: 'backref', n: Number(digits) };
        }
        return char(ESCAPED[ch] ?? ch);
    }
    function char(c: string): ReNode | string[] {
      return inClass ? [c] : { t: 'char', c };
    }
  }

  function charClass(): ReNode {
    i++; // [
    let negated = false;
    if (source[i] === '^') {
      negated = true;
      i++;
    }
    let chars: string[] | null = [];
    /** Ranges and wide escapes make the class unlisted, but a sample is still tested against the real class. */
    const first = i;
    while (i < source.length && (source[i] !== ']' || i === first)) {
      let part: string[] | null;
      if (source[i] === '\\') part = escape(true) as string[] | null;
      else {
        const cp = source.codePointAt(i)!;
        const c = String.fromCodePoint(unicode ? cp : source.charCodeAt(i));
        i += c.length;
        part = [c];
      }
      if (source[i] === '-' && source[i + 1] !== ']' && part && part.length === 1) {
        i++;
        let to: string[] | null;
        if (source[i] === '\\') to = escape(true) as string[] | null;
        else {
          const c = String.fromCodePoint(unicode ? source.codePointAt(i)! : source.charCodeAt(i));
          i += c.length;
          to = [c];
        }
        const lo = part[0]!.codePointAt(0)!;
        const hi = to?.[0]?.codePointAt(0) ?? lo;
        part = hi - lo < 40 ? Array.from({ length: hi - lo + 1 }, (_, k) => String.fromCodePoint(lo + k)) : null;
      }
      chars = part && chars ? [...chars, ...part] : null;
    }
    i++; // ]
    let options: string[];
    if (chars) {
      const listed = chars;
      options = negated ? SAMPLE_PROBES.filter((c) => !listed.includes(c)) : chars.slice(0, CLASS_LIMIT);
    } else {
      // ranges or wide escapes: ask the class itself which probes it accepts
      const body = source.slice(first - (negated ? 2 : 1), i);
      const key = `${unicode ? 'u' : ''}${body}`;
      let re = CLASS_CACHE.get(key);
      if (!re) CLASS_CACHE.set(key, (re = new RegExp(`^${body}$`, unicode ? 'u' : '')));
      options = SAMPLE_PROBES.filter((c) => re.test(c));
    }
    return { t: 'class', chars: negated || !chars || chars.length > CLASS_LIMIT ? null : [...new Set(chars)], options };
  }

  const node = alternation();
  if (i < source.length) throw new Error(`unparsed regex tail at ${i} in /${source}/`);
  return node;
}

/** Finite expansions up to this many strings are kept exact; beyond, only a factor is kept. */
const EXACT_LIMIT = 64;

interface Facts {
  /** Every string the node can match, when few; lower-cased. */
  exact: string[] | null;
  /** A set of strings one of which every match contains; null when none is known. */
  req: string[] | null;
  /** A set of strings one of which every match starts with; null when none is known. */
  pre: string[] | null;
  /** For an open repeat (`x+`, `x{2,}`): what one turn matches, when few. */
  unit?: string[] | null;
}

/** As the keyword pass reads text: lower case, a run of whitespace one space. */
function fold(c: string): string {
  return c.replace(/\s+/g, ' ').toLowerCase();
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > EXACT_LIMIT) return null;
  const out = new Set<string>();
  // the keyword pass reads a run of whitespace as one space
  for (const x of a) for (const y of b) out.add(x.endsWith(' ') && y.startsWith(' ') ? x + y.slice(1) : x + y);
  return [...out];
}

const TOKEN = /[\p{L}\p{N}_'’]+/gu;
const SYMBOL = /[^\p{L}\p{N}\p{P}\p{Z}\s\u0001]/gu;

/**
 * How selective a literal is, about the letters of its rarest word: a common word ("the", "for", "day", see
 * COMMON_WORDS) counts at most 1; a word bounded on both sides (a word edge, or a space or sign within the literal) its length
 * + 1; bounded on one side its length; a fragment with neither ("od", in "good" and "food") its length - 1. An emoji
 * or other symbol counts 3; each further word or symbol adds half a point.
 */
function weight(x: string): number {
  const lead = x.startsWith(WORD_EDGE);
  const trail = x.length > 1 && x.endsWith(WORD_EDGE);
  const core = coreOf(x);
  const scores: number[] = [];
  for (const m of core.matchAll(TOKEN)) {
    const token = m[0].replace(/^['’]+|['’]+$/g, '');
    if (!token) continue;
    const left = m.index > 0 || lead;
    const right = m.index + m[0].length < core.length || trail;
    const letters = token.length + (left && right ? 1 : left || right ? 0 : -1);
    scores.push(COMMON_WORDS.has(token) ? Math.min(1, letters) : letters);
  }
  for (const _ of core.matchAll(SYMBOL)) scores.push(3);
  if (!scores.length) return 0;
  scores.sort((a, b) => b - a);
  return scores[0]! + (scores.length - 1) / 2;
}

/** Past eight letters a word is as rare as it gets: longer keywords make a bigger automaton, not a better filter. */
const ENOUGH = 8;

/**
 * How often one member of a set is expected in a post, from its weight: a common word a quarter of posts, each further
 * letter a quarter as often. A set costs the sum over its members.
 */
function cost(s: readonly string[]): number {
  let n = 0;
  for (const x of s) n += 4 ** -Math.min(ENOUGH, weight(x));
  return n;
}

/**
 * A requirement is useful when no member is empty and it is not a spread of single characters (any digit is no
 * keyword); the one expected in fewer posts (`cost`) is better, then the one with fewer characters in all.
 */
function better(a: string[] | null, b: string[] | null): string[] | null {
  const ok = (s: string[] | null): s is string[] =>
    !!s && s.length > 0 && s.every((x) => coreOf(x) !== '') && (s.length <= 3 || s.every((x) => coreOf(x).length > 1));
  if (!ok(a)) return ok(b) ? b : null;
  if (!ok(b)) return a;
  const ca = cost(a);
  const cb = cost(b);
  if (ca !== cb) return ca < cb ? a : b;
  const size = (s: string[]) => s.reduce((n, x) => n + x.length, 0);
  return size(a) <= size(b) ? a : b;
}

function facts(node: ReNode): Facts {
  switch (node.t) {
    case 'char':
      return known([fold(node.c)]);
    case 'class':
      return known(node.chars ? [...new Set(node.chars.map(fold))] : null);
    case 'empty':
      return known([node.wordEdge ? WORD_EDGE : '']);
    case 'cap':
      return facts(node.node);
    case 'backref':
    case 'opaque':
      return known(null);
    case 'seq': {
      let run: string[] = [''];
      let best: string[] | null = null;
      let whole = true;
      let pre: string[] | null = null;
      for (const item of node.items) {
        const f = facts(item);
        // "f+u+c+k+": a run of at least one X ends the run so far with X and starts the next one with X
        const open = f.unit ?? null;
        const joined: string[] | null = f.exact ? product(run, f.exact) : null;
        if (joined) {
          run = joined;
          continue;
        }
        // the run so far followed by how the item starts is a factor too: "for" + "mayor|ward\d+" -> "formayor", "forward"
        const lead = open ?? f.pre;
        // too many to join whole: the run's last characters still lead in ("\s+" + offices -> " mayor", " mp")
        const led = lead ? (product(run, lead) ?? product(lastChars(run), lead)) : null;
        if (whole) pre = led ?? run;
        whole = false;
        best = better(better(better(best, run), led), f.req);
        run = open ?? f.exact ?? [''];
      }
      best = better(best, run);
      return { exact: whole ? run : null, req: best, pre: whole ? run : pre };
    }
    case 'alt': {
      const fs = node.branches.map(facts);
      const union = (xs: (string[] | null)[]) => {
        if (!xs.every((x) => x)) return null;
        const u = [...new Set(xs.flatMap((x) => x!))];
        return u.length <= EXACT_LIMIT ? u : null;
      };
      const reqs = fs.map((f) => better(f.req, f.exact));
      const req = reqs.every((r) => r) ? [...new Set(reqs.flatMap((r) => r!))] : null;
      return { exact: union(fs.map((f) => f.exact)), req, pre: union(fs.map((f) => f.exact ?? f.pre)) };
    }
    case 'rep': {
      const f = facts(node.node);
      // `\s+` is one space to the keyword pass, which reads a run of whitespace as one
      if (f.exact?.length === 1 && f.exact[0] === ' ') return known(node.min === 0 ? ['', ' '] : [' ']);
      if (node.min === 0) return { ...known(node.max === 1 && f.exact ? [...new Set(['', ...f.exact])] : null), req: null };
      let exact: string[] | null = null;
      if (node.min === node.max && f.exact) {
        exact = [''];
        for (let k = 0; k < node.min && exact; k++) exact = product(exact, f.exact);
      }
      const unit = node.min !== node.max ? f.exact : null;
      return { exact, req: better(f.req, f.exact), pre: exact ?? f.exact ?? f.pre, unit };
    }
  }
}

/** The last character of each string (a word edge with the character before it), once each. */
function lastChars(xs: readonly string[]): string[] {
  return [...new Set(xs.map((x) => (x.length > 1 && x.endsWith(WORD_EDGE) ? x.slice(-2) : x.slice(-1))))];
}

function known(exact: string[] | null): Facts {
  return { exact, req: null, pre: exact };
}

/**
 * The lower-cased literals one of which every match of `re` contains (sound for any flags: the prefilter reads
 * lower-cased text), or null when the pattern needs no literal at all. Empty members never appear.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  const f = facts(parseRegex(re.source, re.flags));
  const req = better(f.req, f.exact);
  if (!req) return null;
  // a member containing another member adds nothing: "doors" is found wherever "door" is
  const members = [...new Set(req.map((m) => withWordEdges(m)))];
  return members.filter((m) => !members.some((o) => o !== m && m.includes(o))).sort();
}

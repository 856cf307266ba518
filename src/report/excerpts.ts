/**
 * What the HTML report shows of a draft round a finding, when it does not show the draft whole: the finding's own
 * clause (cut at the punctuation round it, at most a few words either side, never past its line), and in that
 * context every word that may be private masked, since no detector vouched for it. A privacy reviewer forwarding the
 * page expects it to say what was found and where, and nothing a detector did not flag: a name beside a flagged
 * phone number ("HIDDEN: Carla home phone ..."), a number, an address or a link in the same sentence.
 *
 * Masked in the context: a word with a digit, an e-mail or handle (`@`), a link or file name (`/`, `www.`, a dot
 * inside a word), a capitalised word that is not an ordinary English word or a rank ("Carla", "Vandeventer",
 * "Birchwood"), and a lower-case given name or surname ("carla"). What stays is the clause's ordinary words and
 * punctuation ("Call ••• at [finding] any time."). Masked words become `•••` whatever their length, so the mask
 * gives away neither an initial nor a length.
 */
import { lexiconTags } from '../nlp/people.js';
import { isAbbreviation as endsNoSentence } from '../nlp/sentences.js';
import { STRONG_RANKS, WEAK_RANKS } from '../detectors/vocab/ranks.js';

/** Characters of context an excerpt shows at most either side of a finding (cut back to whole words). */
export const EXCERPT_CONTEXT = 40;

/** What a masked context word becomes. */
export const CONTEXT_MASK = '•••';

const RANK = new RegExp(`^(?:${[...STRONG_RANKS, ...WEAK_RANKS].join('|')})$`, 'i');

/**
 * "Sgt", "Det", "Capt", "Mr", "St", an initial ("C. Vandeventer"): a title or abbreviation (its dot ends no clause).
 * The sentence splitter's list first (one list: nlp/sentences.ts ABBREVIATIONS), then any rank, then what the lexicon
 * knows as an abbreviation or title ("Gov.", "Sen.").
 */
function isAbbreviation(word: string): boolean {
  if (endsNoSentence(word)) return true;
  if (RANK.test(`${word}.`) || RANK.test(word)) return true;
  return lexiconTags(word).some((t) => t === 'Abbreviation' || t === 'Honorific');
}

/**
 * Where a clause boundary ends at or before `i` going left: the index just after the boundary, or -1. A boundary is
 * `, ; : ! ?`, brackets, quotes, `|`, angle brackets, a dash between spaces, or a dot that ends a sentence (not the
 * dot of "Sgt." or an initial).
 */
const BOUNDARY_CHAR = /[,;:!?()[\]{}"“”«»|<>]/;

function isBoundaryAt(text: string, i: number): boolean {
  const c = text[i] ?? '';
  if (BOUNDARY_CHAR.test(c)) {
    // "http://", "10:30", "1,000": a colon or comma inside a word is no boundary
    if ((c === ':' || c === ',') && /\S/.test(text[i + 1] ?? ' ') && /\S/.test(text[i - 1] ?? ' ')) return false;
    return true;
  }
  if (c === '.') {
    if (!/\s/.test(text[i + 1] ?? ' ')) return false; // "example.com", "3.5"
    const word = /[\p{L}\p{N}]+$/u.exec(text.slice(Math.max(0, i - 20), i))?.[0] ?? '';
    return !word || !isAbbreviation(word);
  }
  if (/[-–—]/.test(c)) return /\s/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? '');
  return false;
}

/**
 * The window of an excerpt round the span `start`..`end`: the span's clause on its line, at most EXCERPT_CONTEXT
 * characters either side, whole words only.
 */
export function excerptWindow(text: string, start: number, end: number): { from: number; to: number } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', Math.max(end - 1, start));
  const lineEnd = newline < 0 ? text.length : newline;
  let from = Math.max(lineStart, start - EXCERPT_CONTEXT);
  let to = Math.min(lineEnd, end + EXCERPT_CONTEXT);
  for (let i = start - 1; i >= from; i--) {
    if (isBoundaryAt(text, i)) {
      from = i + 1;
      break;
    }
  }
  for (let i = end; i < to; i++) {
    if (isBoundaryAt(text, i)) {
      // sentence and clause punctuation stays with the clause ("any time."); a bracket or quote does not
      to = /[,;:!?.]/.test(text[i] as string) ? i + 1 : i;
      break;
    }
  }
  // whole words only: a word cut by the window is left out
  if (from > lineStart && /\S/.test(text[from - 1] ?? '') && !isBoundaryAt(text, from - 1)) {
    from = Math.min(start, from + (/^\S*/.exec(text.slice(from, start))?.[0].length ?? 0));
  }
  if (to < lineEnd && /\S/.test(text[to] ?? '') && !isBoundaryAt(text, to - 1)) {
    to = Math.max(end, to - (/\S*$/.exec(text.slice(end, to))?.[0].length ?? 0));
  }
  while (from < start && /\s/.test(text[from] as string)) from++;
  while (to > end && /\s/.test(text[to - 1] as string)) to--;
  return { from, to };
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

/**
 * Whether one word (letters only) of unflagged context may be private: a given name or surname compromise knows, in
 * any case ("Carla", "dan"), or a capitalised word it does not know at all ("Vandeventer", "Birchwood"). Ranks and
 * titles stay ("Sheriff", "Sgt").
 */
function wordMayBePrivate(word: string): boolean {
  const tags = lexiconTags(word);
  if (tags.some((t) => NAME_TAGS.has(t))) return true;
  if (!/\p{Lu}/u.test(word) || tags.length) return false;
  if (RANK.test(word) || RANK.test(`${word}.`)) return false;
  // an adverb of a word it knows ("Finally", "Honestly"): the lexicon lists few adverbs
  const stem = /^(\p{L}{3,}?)(?:ly|ily)$/iu.exec(word)?.[1];
  return !(stem && [stem, `${stem}e`, `${stem}y`].some((w) => lexiconTags(w).length && !lexiconTags(w).some((t) => NAME_TAGS.has(t))));
}

/**
 * The pieces of a run of unflagged context: `[text, masked]` pairs, a masked piece being a word (or a whole
 * link, address or number) that may be private.
 */
export function maskContext(piece: string): { text: string; masked: boolean }[] {
  const out: { text: string; masked: boolean }[] = [];
  const push = (text: string, masked: boolean) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.masked === masked && !masked) last.text += text;
    else out.push({ text, masked });
  };
  for (const m of piece.matchAll(/(\s+)|(\S+)/g)) {
    if (m[1]) {
      push(m[1], false);
      continue;
    }
    const token = m[2] as string;
    // the token's core, without the punctuation round it: `(mailto:a@b.c)` -> `mailto:a@b.c`
    const lead = /^[^\p{L}\p{N}@#]*/u.exec(token)?.[0] ?? '';
    const rest = token.slice(lead.length);
    const trail = /[^\p{L}\p{N}/]*$/u.exec(rest)?.[0] ?? '';
    const core = rest.slice(0, rest.length - trail.length);
    push(lead, false);
    if (/\p{N}|@|[/\\]|:\/\/|^www\.|[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(core)) {
      push(CONTEXT_MASK, true);
    } else {
      // words inside the core one by one: "Carla's" -> "•••'s", "Carla+Vandeventer" -> "•••+•••"
      for (const w of core.matchAll(/(\p{L}+)|([^\p{L}]+)/gu)) {
        if (w[2]) push(w[2], false);
        else if (/^s$/i.test(w[1] as string) && /['’]$/.test(core.slice(0, w.index))) push(w[1] as string, false);
        else if (wordMayBePrivate(w[1] as string)) push(CONTEXT_MASK, true);
        else push(w[1] as string, false);
      }
    }
    push(trail, false);
  }
  return out;
}

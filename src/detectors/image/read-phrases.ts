/**
 * Phrases read off a picture the way OCR gives them back: letters misread, spaces lost or added, and the print cut
 * off at the edge of the frame or behind something ("OLICE LINE DO NOT CR", "CRIMESCENE", "PLLE UNE QQ NOT CROSS").
 * A phrase is compared letter by letter with each OCR line (approximate substring matching, Sellers' algorithm),
 * starting and ending at word edges. Pure functions.
 */

/** Characters OCR reads for letters inside a word of capitals ("P0LICE", "CR1ME", "PO|ICE"). */
export const LOOKALIKE: Record<string, string> = { '0': 'o', '1': 'i', '|': 'l', '!': 'i', '5': 's', '8': 'b', '$': 's', '€': 'e' };

/** Accents off, case folded: how listed words and OCR text are compared. */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A phrase as it was listed and as the letters it is compared by. */
export interface Phrase {
  text: string;
  letters: string;
}

/** Items of a list (one a line) as phrases; `min` letters at least. */
export function phrasesOf(items: string[]): Phrase[] {
  return items.map((text) => ({ text, letters: fold(text).replace(/[^\p{L}]/gu, '') })).filter((p) => p.letters.length >= 4);
}

export interface PhraseRead {
  /** The listed phrase. */
  phrase: string;
  /** [start, end) of the OCR text the reading covers. */
  start: number;
  end: number;
  /** 'exact': every letter of the phrase read as printed; 'slip': all of it, with OCR slips; 'partial': cut off at an end. */
  read: 'exact' | 'slip' | 'partial';
  /** Share of the phrase's letters the reading covers, and edits it took (insertions, deletions, substitutions). */
  coverage: number;
  edits: number;
}

export interface PhraseOptions {
  /** Letters of the phrase that may be missing at either end, as a share of its length (default 0.3). */
  cut?: number;
  /** Letters a partial reading must cover at least (default 7). */
  minLetters?: number;
  /** One edit allowed per this many letters covered (default 7). */
  lettersPerEdit?: number;
}

/**
 * Where the phrases are read in the text. An exact reading (any case, spaces free) always counts; a reading with
 * slips or cut off at an end counts only in capitals (printed signage: a caption's "do not cross" stays exact),
 * must cover `minLetters` and 1 - `cut` of the phrase, and may take one edit per `lettersPerEdit` letters.
 * Overlapping readings keep the one reading most phrase letters, less two per edit.
 */
export function readPhrases(text: string, phrases: Phrase[], opts: PhraseOptions = {}): PhraseRead[] {
  const cut = opts.cut ?? 0.3;
  const minLetters = opts.minLetters ?? 7;
  const perEdit = opts.lettersPerEdit ?? 7;
  const found: PhraseRead[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const t = lettersOf(line);
    for (const p of phrases) {
      for (const r of matchLine(t, p.letters, cut, minLetters, perEdit)) {
        const start = offset + t.at[r.from];
        const end = offset + t.at[r.to - 1] + 1;
        const raw = text.slice(start, end);
        const exact = r.edits === 0 && r.coverage === 1;
        // Slips and cut-off readings only in capitals: printed tape and signage, not a sentence in a screenshot.
        if (!exact && (raw !== raw.toUpperCase() || !/\p{Lu}/u.test(raw))) continue;
        found.push({ phrase: p.text, start, end, read: exact ? 'exact' : r.coverage === 1 ? 'slip' : 'partial', coverage: r.coverage, edits: r.edits });
      }
    }
    offset += line.length + 1;
  }
  // Best first: most letters read, an edit taking back two; then fewest edits; overlapping worse readings dropped.
  const score = (r: PhraseRead) => r.coverage * phraseLength(r) - 2 * r.edits;
  found.sort((a, b) => score(b) - score(a) || a.edits - b.edits);
  const out: PhraseRead[] = [];
  for (const f of found) if (!out.some((o) => o.start < f.end && f.start < o.end)) out.push(f);
  return out.sort((a, b) => a.start - b.start);
}

const phraseLength = (r: PhraseRead) => fold(r.phrase).replace(/[^\p{L}]/gu, '').length;

/** The letters of a line (folded, look-alikes as letters inside words), where each came from, and word edges. */
function lettersOf(line: string): { s: string; at: number[]; first: boolean[]; last: boolean[] } {
  const chars: string[] = [];
  const at: number[] = [];
  const first: boolean[] = [];
  const last: boolean[] = [];
  const isWordChar = (c: string | undefined) => c !== undefined && (/\p{L}/u.test(c) || (c in LOOKALIKE && /\S/.test(c)));
  let i = 0;
  for (const c of line) {
    const prev = line[i - 1];
    const next = line[i + c.length];
    let letter: string | undefined;
    if (/\p{L}/u.test(c)) letter = fold(c).replace(/\p{M}/gu, '');
    else if (c in LOOKALIKE && (/\p{L}/u.test(prev ?? '') || /\p{L}/u.test(next ?? ''))) letter = LOOKALIKE[c];
    if (letter) {
      for (const l of letter) {
        chars.push(l);
        at.push(i);
        first.push(!isWordChar(prev));
        last.push(!isWordChar(next));
      }
    }
    i += c.length;
  }
  // A folded letter that became two ("ß" -> "ss") shares its edges: only its first half starts a word.
  for (let k = 1; k < at.length; k++) {
    if (at[k] === at[k - 1]) {
      first[k] = false;
      last[k - 1] = false;
    }
  }
  return { s: chars.join(''), at, first, last };
}

/**
 * Readings of `p` in the line's letters: D[i][j] = fewest edits turning a piece of the line ending at j into p[a, i),
 * where a (the cut-off head) is free up to `cut`, and the piece starts at a word's first letter. A reading ends at a
 * word's last letter, at i >= (1 - cut) of p. A cut letter costs CUT_COST in D, an edit 1. Cells carry where the piece started and how much of p's head was cut.
 */
/** What cutting a letter off the head of a phrase costs, against 1 for a misread letter. */
const CUT_COST = 0.3;

function matchLine(
  t: { s: string; first: boolean[]; last: boolean[] },
  p: string,
  cut: number,
  minLetters: number,
  perEdit: number,
): { from: number; to: number; edits: number; coverage: number }[] {
  const n = t.s.length;
  const m = p.length;
  if (n === 0) return [];
  const maxCut = Math.floor(m * cut);
  const INF = 1e9;
  // Column-wise DP over the line; prev/cur hold D[.][j-1] and D[.][j] with their start and head cut.
  let prevD = new Array<number>(m + 1).fill(INF);
  let prevS = new Array<number>(m + 1).fill(-1);
  let prevA = new Array<number>(m + 1).fill(0);
  const out: { from: number; to: number; edits: number; coverage: number }[] = [];
  for (let j = 0; j <= n; j++) {
    const curD = new Array<number>(m + 1).fill(INF);
    const curS = new Array<number>(m + 1).fill(-1);
    const curA = new Array<number>(m + 1).fill(0);
    // An empty reading may begin before letter j when j starts a word: with p's first a letters cut off, each cut
    // letter costing CUT_COST (so reading a letter as printed beats cutting it, and a misread letter does not).
    if (j < n && t.first[j]) {
      for (let a = 0; a <= maxCut; a++) {
        curD[a] = a * CUT_COST;
        curS[a] = j;
        curA[a] = a;
      }
    }
    if (j > 0) {
      const c = t.s[j - 1];
      for (let i = 1; i <= m; i++) {
        // Match or substitute: p[i-1] against line letter j-1.
        let best = prevD[i - 1] + (p[i - 1] === c ? 0 : 1);
        let s = prevS[i - 1];
        let a = prevA[i - 1];
        // The line has an extra letter (inserted by OCR).
        if (prevD[i] + 1 < best) {
          best = prevD[i] + 1;
          s = prevS[i];
          a = prevA[i];
        }
        // A letter of p was not read.
        if (curD[i - 1] + 1 < best) {
          best = curD[i - 1] + 1;
          s = curS[i - 1];
          a = curA[i - 1];
        }
        if (best < curD[i] - 1e-9 || (Math.abs(best - curD[i]) < 1e-9 && s > curS[i])) {
          curD[i] = best;
          curS[i] = s;
          curA[i] = a;
        }
      }
      if (t.last[j - 1]) {
        for (let i = Math.max(1, m - maxCut); i <= m; i++) {
          if (curD[i] >= INF || curS[i] < 0) continue;
          const covered = i - curA[i];
          const coverage = covered / m;
          const whole = covered === m;
          const edits = Math.round(curD[i] - curA[i] * CUT_COST);
          // Letters of the phrase not read at all count as cut off, not as covered.
          const legible = covered - edits;
          if (!whole && (legible < minLetters || legible / m < 1 - cut)) continue;
          if (edits > Math.floor(covered / perEdit)) continue;
          out.push({ from: curS[i], to: j, edits, coverage });
        }
      }
    }
    prevD = curD;
    prevS = curS;
    prevA = curA;
  }
  return out;
}

/**
 * Cue tables: a detector's named patterns as rows (Presidio's `Pattern(name, regex, score)` plus context checks), and
 * the one walk that turns rows into matches. Every match names its row (`Match.pattern`), the engine copies the name
 * into the finding (`data.pattern`), and `clearpost explain` lists the rows, so a reviewer can see why a post was
 * flagged. A detector's `detect()` is the walk plus whatever logic is its own.
 */
import type { CueInfo, Match, PatternReach } from '../core/types.js';
import { scan } from './conduct/text.js';

/** What every row sees: the text it scans (a detector may add what it computed once per text). */
export interface CueText {
  text: string;
  /**
   * The engine's keyword pass (`ctx.nlp().reach`): a row whose pattern it knows cannot match is not scanned. A
   * detector passes it on; without it every row scans.
   */
  reach?: PatternReach;
}

/**
 * A match a row is about to make, and what the walk has made so far (a veto may refuse spans already taken).
 * `end` is exclusive; `m` is the regex match (its index is `start` unless the row moved the span).
 */
export type Veto<C extends CueText> = (m: RegExpExecArray, c: C, made: readonly Match[]) => boolean;

export interface CueRow<C extends CueText = CueText> {
  /** Stable, short, upper-case for regex rows (`QUANTITY`); travels in the finding as `data.pattern`. */
  name: string;
  /** One line: what it reads, with an example (`clearpost explain` shows it). */
  description: string;
  /** A global regex; its whole match is the span unless `span` says otherwise. */
  pattern: RegExp;
  /** Fixed, or read from the match and the text (a cue that is surer with a drink named in the post). */
  confidence: number | ((m: RegExpExecArray, c: C) => number);
  /** The detector's message for it, fixed or read from the match (a campaign for a party or for a person); `default` when absent. */
  messageId?: string | ((m: RegExpExecArray, c: C) => string | undefined);
  /** The row runs only when this holds for the text (a gate: "a drink is named somewhere in the post"). */
  requires?: (c: C) => boolean;
  /**
   * Patterns every finding of the row needs to match somewhere in the text it scans (a part of `pattern`, or what a veto
   * asks for). The keyword pass skips the row when any gate cannot match, as it does when `pattern` cannot: a pattern
   * whose own literals are common words ("are", "is") is still skipped in a post that names no group. List each gate
   * in the detector's `patterns` too (`gatedPatterns`), or the pass knows nothing of it and the row always runs.
   */
  gates?: readonly RegExp[];
  /** A match is dropped when any of these holds ("the driver was so drunk": a call, not the author's night). */
  vetoes?: readonly Veto<C>[];
  /** Which text the row scans, when not `c.text` (masked words read on the normalised text). */
  on?: (c: C) => string;
  /** The span when it is not the whole match (a group inside it, or a span read from the text around it). */
  span?: (m: RegExpExecArray, c: C) => { start: number; end: number };
  /** A match whose span overlaps one already made (by this walk or passed in) is dropped: the first row wins. */
  disjoint?: boolean;
  /** Phrasings it fires on: the rule tester checks each gets a hit named after this row. */
  examples?: readonly string[];
}

/** Walk the rows in order: each match not vetoed becomes a Match named after its row. */
export function walkCues<C extends CueText>(rows: readonly CueRow<C>[], c: C, made: Match[] = []): Match[] {
  // rows sharing a pattern (a phone candidate read as one layout or another) scan the text once, and share the matches
  const scanned = new Map<RegExp, { text: string; matches: RegExpExecArray[] }>();
  for (const row of rows) {
    const text = row.on ? row.on(c) : c.text;
    if (c.reach && (!c.reach(row.pattern, text) || row.gates?.some((gate) => !c.reach!(gate, text)))) continue;
    if (row.requires && !row.requires(c)) continue;
    let seen = scanned.get(row.pattern);
    // every match is gathered before any veto runs (a veto may use another global regex)
    if (seen?.text !== text) scanned.set(row.pattern, (seen = { text, matches: scan(row.pattern, text) }));
    for (const m of seen.matches) {
      if (row.vetoes?.some((veto) => veto(m, c, made))) continue;
      const { start, end } = row.span ? row.span(m, c) : { start: m.index, end: m.index + m[0].length };
      if (end <= start || (row.disjoint && overlapsMade(made, start, end))) continue;
      const confidence = typeof row.confidence === 'number' ? row.confidence : row.confidence(m, c);
      const messageId = typeof row.messageId === 'function' ? row.messageId(m, c) : row.messageId;
      made.push({ start, end, confidence, pattern: row.name, ...(messageId ? { messageId } : {}) });
    }
  }
  return made;
}

/** A detector's `patterns` from its rows: each row's pattern and gates, once each. */
export function gatedPatterns(rows: readonly CueRow<never>[]): RegExp[] {
  return [...new Set(rows.flatMap((row) => [row.pattern, ...(row.gates ?? [])]))];
}

const coverage = new WeakMap<readonly Match[], { covered: Uint8Array; painted: number }>();

/**
 * Does [start, end) overlap a match made so far? For a veto or a `disjoint` row. The matches are painted once into a
 * per-walk bitmap, so a text full of candidates stays linear (checking every made span per match was quadratic on
 * one-line files full of addresses).
 */
export function overlapsMade(made: readonly Match[], start: number, end: number): boolean {
  let cover = coverage.get(made);
  const need = Math.max(end, ...made.slice(cover?.painted ?? 0).map((m) => m.end)) + 1;
  if (!cover || cover.covered.length < need) {
    const covered = new Uint8Array(Math.max(need, 2 * (cover?.covered.length ?? 0)));
    if (cover) covered.set(cover.covered);
    cover = { covered, painted: cover?.painted ?? 0 };
    coverage.set(made, cover);
  }
  for (; cover.painted < made.length; cover.painted++) cover.covered.fill(1, made[cover.painted].start, made[cover.painted].end);
  return cover.covered.subarray(start, Math.max(start + 1, end)).includes(1);
}

/**
 * A reading of a match computed once however many hooks (vetoes, span, confidence; of one row or of the rows sharing
 * its pattern in one walk) ask for it: the structural check a row needs (a phone candidate's layout, a street's type
 * among the words after a number).
 */
export function perMatch<C extends CueText, T>(read: (m: RegExpExecArray, c: C) => T): (m: RegExpExecArray, c: C) => T {
  const seen = new WeakMap<RegExpExecArray, T>();
  return (m, c) => {
    if (seen.has(m)) return seen.get(m) as T;
    const value = read(m, c);
    seen.set(m, value);
    return value;
  };
}

/** The names and descriptions a detector declares (`cues`), from its tables and any cue it names in code. */
export function cuesOf(...tables: readonly (readonly (CueRow<never> | CueInfo)[])[]): CueInfo[] {
  const seen = new Set<string>();
  const out: CueInfo[] = [];
  for (const row of tables.flat()) {
    if (seen.has(row.name)) throw new Error(`cue ${row.name} is declared twice`);
    seen.add(row.name);
    out.push({ name: row.name, description: row.description, ...(row.examples?.length ? { examples: row.examples } : {}) });
  }
  return out;
}

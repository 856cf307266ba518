/**
 * Cue tables: a detector's named patterns as rows (Presidio's `Pattern(name, regex, score)` plus context checks), and
 * the one walk that turns rows into matches. Every match names its row (`Match.pattern`), the engine copies the name
 * into the finding (`data.pattern`), and `clearpost explain` lists the rows, so a reviewer can see why a post was
 * flagged. A detector's `detect()` is the walk plus whatever logic is its own.
 */
import type { CueInfo, Match } from '../core/types.js';
import { scan } from './conduct/text.js';

/** What every row sees: the text it scans (a detector may add what it computed once per text). */
export interface CueText {
  text: string;
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
  messageId?: string | ((m: RegExpExecArray, c: C) => string);
  /** The row runs only when this holds for the text (a gate: "a drink is named somewhere in the post"). */
  requires?: (c: C) => boolean;
  /** A match is dropped when any of these holds ("the driver was so drunk": a call, not the author's night). */
  vetoes?: readonly Veto<C>[];
  /** Which text the row scans, when not `c.text` (masked words read on the normalised text). */
  on?: (c: C) => string;
  /** The span when it is not the whole match (a group inside it). */
  span?: (m: RegExpExecArray) => { start: number; end: number };
  /** Phrasings it fires on: the rule tester checks each gets a hit named after this row. */
  examples?: readonly string[];
}

/** Walk the rows in order: each match not vetoed becomes a Match named after its row. */
export function walkCues<C extends CueText>(rows: readonly CueRow<C>[], c: C, made: Match[] = []): Match[] {
  for (const row of rows) {
    if (row.requires && !row.requires(c)) continue;
    // every match is gathered before any veto runs (a veto may use another global regex)
    for (const m of scan(row.pattern, row.on ? row.on(c) : c.text)) {
      if (row.vetoes?.some((veto) => veto(m, c, made))) continue;
      const { start, end } = row.span ? row.span(m) : { start: m.index, end: m.index + m[0].length };
      const confidence = typeof row.confidence === 'number' ? row.confidence : row.confidence(m, c);
      const messageId = typeof row.messageId === 'function' ? row.messageId(m, c) : row.messageId;
      made.push({ start, end, confidence, pattern: row.name, ...(messageId ? { messageId } : {}) });
    }
  }
  return made;
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

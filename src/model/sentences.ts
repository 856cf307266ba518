/**
 * The units the learned layer scores: sentences (or lines) of a post, with offsets. Fragments of fewer than three
 * words join the next sentence ("Wow. Worked a fatal tonight." is one unit); a long post is cut into at most
 * MAX_UNITS units so one essay cannot cost the scan seconds.
 */

export interface Unit {
  start: number;
  end: number;
  text: string;
}

const MAX_UNITS = 16;
/** A sentence ends at . ! ? or … followed by space, or at a line break. */
const BOUNDARY = /[.!?…]+["')\]]*\s+|\s*\n+\s*/g;
/** Titles and short forms whose full stop ends no sentence ("Great shift with Sgt. Lee tonight" is one unit). */
const ABBREVIATIONS = new Set(
  ['sgt', 'det', 'lt', 'cpl', 'capt', 'cmdr', 'ofc', 'off', 'insp', 'supt', 'dep', 'tpr', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs', 'jr', 'sr'],
);

export function units(text: string): Unit[] {
  const raw: Unit[] = [];
  let at = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    if (m[0].startsWith('.') && !m[0].startsWith('..') && ABBREVIATIONS.has(wordBefore(text, m.index))) continue;
    push(raw, text, at, m.index + m[0].trimEnd().length);
    at = m.index + m[0].length;
  }
  push(raw, text, at, text.length);
  const merged: Unit[] = [];
  let pending: Unit | undefined;
  for (const u of raw) {
    const unit: Unit = pending ? { start: pending.start, end: u.end, text: text.slice(pending.start, u.end) } : u;
    pending = words(unit.text) < 3 ? unit : undefined;
    if (!pending) merged.push(unit);
  }
  if (pending) {
    const last = merged.pop();
    merged.push(last ? { start: last.start, end: pending.end, text: text.slice(last.start, pending.end) } : pending);
  }
  if (merged.length <= MAX_UNITS) return merged;
  // Too many: glue neighbours so the post still fits in MAX_UNITS units.
  const per = Math.ceil(merged.length / MAX_UNITS);
  const glued: Unit[] = [];
  for (let i = 0; i < merged.length; i += per) {
    const start = merged[i].start;
    const end = merged[Math.min(merged.length, i + per) - 1].end;
    glued.push({ start, end, text: text.slice(start, end) });
  }
  return glued;
}

function push(out: Unit[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(text[start - 1])) start--;
  return text.slice(start, end).toLowerCase();
}

function words(s: string): number {
  return s.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** Lower-case word tokens, as the gate sees them. */
export function tokens(s: string): string[] {
  return s.toLowerCase().match(/[a-z][a-z']*|\d+/g) ?? [];
}

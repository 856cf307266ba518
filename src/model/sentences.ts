/**
 * The units the learned layer scores: the post's sentences as the one shared splitter cuts them
 * (src/nlp/sentences.ts, what every detector reads), with offsets. Fragments of fewer than three words join the next
 * sentence ("Wow. Worked a fatal tonight." is one unit); a long post is cut into at most MAX_UNITS units so one essay
 * cannot cost the scan seconds.
 */
import { splitSentences } from '../nlp/sentences.js';

export interface Unit {
  start: number;
  end: number;
  text: string;
}

const MAX_UNITS = 16;

export function units(text: string): Unit[] {
  const raw: Unit[] = splitSentences(text).map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));
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

function words(s: string): number {
  return s.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/**
 * Lower-case word tokens, as the gate and the n-grams see them. A number is its shape, every digit a 0 ("Hung up
 * 3219 this morning" -> hung, up, 0000, this, morning): "wore 0000" is a pattern, "wore 3219" one post.
 */
export function tokens(s: string): string[] {
  return (s.toLowerCase().match(/[a-z][a-z']*|\d+/g) ?? []).map((t) => (t.charCodeAt(0) <= 57 ? t.replace(/\d/g, '0') : t));
}

// Shared text helpers for the case/* and conduct/* detectors: sentence text and regex scans with UTF-16 offsets.
// The sentences themselves come from the post's analysis (ctx.nlp().sentences(), src/nlp/sentences.ts).
import type { Match } from '../../core/types.js';
import { sentenceAt, type Segment } from '../../nlp/sentences.js';

export { sentenceAt, type Segment };

/** A function giving the text of the sentence around an offset of `text`. */
export function sentenceTextOf(text: string, segments: readonly Segment[]): (index: number) => string {
  return (index) => {
    const seg = sentenceAt(segments, index, text.length);
    return text.slice(seg.start, seg.end);
  };
}

/** The Match covering a regex hit. */
export function matchOf(m: RegExpExecArray, confidence: number, messageId?: string): Match {
  return { start: m.index, end: m.index + m[0].length, confidence, ...(messageId ? { messageId } : {}) };
}

/** Every match of a global regex, with its offset; zero-length matches are skipped. */
export function scan(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new Error(`scan needs a global regex: ${re.source}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Whether a (non-global) regex matches inside `text[start, end)`. */
export function testIn(re: RegExp, text: string, start: number, end: number): boolean {
  return re.test(text.slice(Math.max(0, start), Math.min(text.length, end)));
}

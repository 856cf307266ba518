// The one sentence splitter and the per-post analysis every detector reads it from.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/nlp/index.js';
import { splitSentences } from '../../src/nlp/sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence at . ! ? … before white space and at a line break', () => {
    expect(texts('Crazy night. Here we go!  Ready?\nYes… then home')).toEqual(['Crazy night.', 'Here we go!', 'Ready?', 'Yes…', 'then home']);
    expect(texts('He said "stop." Then ran')).toEqual(['He said "stop."', 'Then ran']);
  });

  it('does not end one at a title, an abbreviation, an initial or a decimal', () => {
    expect(texts('Great shift with Sgt. Renee Whitfield tonight. Det. J. Arnold too.')).toEqual([
      'Great shift with Sgt. Renee Whitfield tonight.',
      'Det. J. Arnold too.',
    ]);
    expect(texts('Party at 14 Elm St. tonight at 7 p.m. sharp. Bring 2.5 litres')).toEqual([
      'Party at 14 Elm St. tonight at 7 p.m. sharp.',
      'Bring 2.5 litres',
    ]);
  });

  it('knows the abbreviations before a name or a number', () => {
    expect(texts('Inv. Ruiz lives on Mt. Hood Rd., Apt. 4 above Acme Co. and Widgets Inc. on Main. Done')).toEqual([
      'Inv. Ruiz lives on Mt. Hood Rd., Apt. 4 above Acme Co. and Widgets Inc. on Main.',
      'Done',
    ]);
  });

  it("does not end one at a month's short form", () => {
    expect(texts("It's a boy! Arrived Dec. 3rd at 4:20am. Born Sept. 12 too")).toEqual(["It's a boy!", 'Arrived Dec. 3rd at 4:20am.', 'Born Sept. 12 too']);
  });

  it('in the paragraph unit, ends one at a blank line but not at a single line break', () => {
    const text = 'Our new address:\n14 Elm St. Come by!\n\nSee you';
    expect(splitSentences(text, 'paragraph').map((s) => text.slice(s.start, s.end))).toEqual(['Our new address:\n14 Elm St. Come by!', 'See you']);
    expect(texts(text)).toEqual(['Our new address:', '14 Elm St. Come by!', 'See you']);
  });

  it('gives nothing for blank text', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});

describe('TextAnalysis', () => {
  it('splits once per post and reads the sentence around a span', () => {
    const text = 'Long day. Sgt. Whitfield ran the briefing again. Home now';
    const a = analyze(text);
    expect(a.sentences()).toBe(a.sentences());
    const at = text.indexOf('briefing');
    expect(a.sentenceAround(at, at + 'briefing'.length)).toBe('Sgt. Whitfield ran the briefing again.');
    // Across two sentences: both.
    expect(a.sentenceAround(text.indexOf('day'), at)).toBe('Long day. Sgt. Whitfield ran the briefing again.');
  });

  // User test 25, P2-9: the sentence was found by walking from the first one, once per candidate: quadratic.
  it('finds the sentence around a span and at an offset as a walk over the sentences would', () => {
    const text = 'Long day. Sgt. Whitfield ran it!  Home now?\nYes… then home.\n\nLast one';
    const a = analyze(text);
    const segments = a.sentences();
    const walk = (start: number, end: number) => {
      let from = 0;
      let to = text.length;
      for (const s of segments) {
        if (s.start <= start) from = s.start;
        if (s.end >= end) {
          to = s.end;
          break;
        }
      }
      return text.slice(Math.max(from, start - 300), Math.min(to, end + 300));
    };
    const at = (index: number) => segments.find((s) => index >= s.start && index < s.end) ?? { start: 0, end: text.length };
    for (let start = 0; start <= text.length; start++) {
      expect(a.sentenceAt(start)).toEqual(at(start));
      for (let end = start; end <= text.length; end += 3) expect(a.sentenceAround(start, end, 300)).toBe(walk(start, end));
    }
  });

  it('reads at most `reach` characters either side in a text with no sentence end', () => {
    const text = `${'word '.repeat(200)}CUE ${'word '.repeat(200)}`;
    const at = text.indexOf('CUE');
    const s = analyze(text).sentenceAround(at, at + 3, 20);
    expect(s).toBe(text.slice(at - 20, at + 23));
  });

  it('reads the sentence up to an offset, at most `reach` characters back', () => {
    const text = 'Busy week. Sgt. Lee says my son turns 6 today';
    const at = text.indexOf('turns');
    expect(analyze(text).sentenceBefore(at, 100)).toBe('Sgt. Lee says my son ');
    expect(analyze(text).sentenceBefore(at, 7)).toBe('my son ');
    const label = 'Moved!\nNew address:\n14 Elm St';
    expect(analyze(label).sentenceBefore(label.indexOf('14'), 100)).toBe('');
    expect(analyze(label).sentenceBefore(label.indexOf('14'), 100, 'paragraph')).toBe('New address:\n');
  });

  it('shares a derived result between the detectors that ask for it', () => {
    const a = analyze('I made an arrest today.');
    let calls = 0;
    const cues = () => {
      calls++;
      return [1];
    };
    expect(a.shared(cues, cues)).toEqual([1]);
    expect(a.shared(cues, cues)).toEqual([1]);
    expect(calls).toBe(1);
  });
});

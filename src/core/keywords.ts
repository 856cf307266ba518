/**
 * The generated prefilter (gitleaks' keywords): every text detector may list literal keywords, generated from its own
 * word lists; one Aho-Corasick pass over the lower-cased text finds which detectors any keyword reaches. A detector
 * runs when its keywords or its structural `trigger` match (or when it declares neither).
 */
import type { TextDetector } from './types.js';

interface Node {
  next: Map<string, number>;
  fail: number;
  /** Indices of the detectors whose keywords end here (own and through failure links). */
  out: number[];
}

/** One automaton over every keyword of a detector list. */
export class KeywordIndex {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];

  constructor(readonly detectors: readonly TextDetector[]) {
    detectors.forEach((d, i) => {
      for (const k of d.keywords ?? []) this.add(k.toLowerCase(), i);
    });
    this.link();
  }

  private add(word: string, detector: number): void {
    if (!word) return;
    let at = 0;
    for (const ch of word) {
      let to = this.nodes[at]!.next.get(ch);
      if (to === undefined) {
        to = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[at]!.next.set(ch, to);
      }
      at = to;
    }
    const out = this.nodes[at]!.out;
    if (!out.includes(detector)) out.push(detector);
  }

  private link(): void {
    const queue: number[] = [];
    for (const to of this.nodes[0]!.next.values()) queue.push(to);
    for (let qi = 0; qi < queue.length; qi++) {
      const at = queue[qi]!;
      for (const [ch, to] of this.nodes[at]!.next) {
        let f = this.nodes[at]!.fail;
        while (f && !this.nodes[f]!.next.has(ch)) f = this.nodes[f]!.fail;
        const via = this.nodes[f]!.next.get(ch);
        this.nodes[to]!.fail = via !== undefined && via !== to ? via : 0;
        for (const d of this.nodes[this.nodes[to]!.fail]!.out) if (!this.nodes[to]!.out.includes(d)) this.nodes[to]!.out.push(d);
        queue.push(to);
      }
    }
  }

  /** Which detectors (by index) have a keyword in `text`: one pass. */
  reached(text: string): Set<number> {
    const found = new Set<number>();
    let at = 0;
    for (const ch of text.toLowerCase()) {
      while (at && !this.nodes[at]!.next.has(ch)) at = this.nodes[at]!.fail;
      at = this.nodes[at]!.next.get(ch) ?? 0;
      for (const d of this.nodes[at]!.out) found.add(d);
    }
    return found;
  }
}

const indexes = new WeakMap<readonly TextDetector[], KeywordIndex>();

/** The keyword index of a detector list, built once per list. */
export function keywordIndex(detectors: readonly TextDetector[]): KeywordIndex {
  let index = indexes.get(detectors);
  if (!index) indexes.set(detectors, (index = new KeywordIndex(detectors)));
  return index;
}

// Strings a regex matches, one through each alternative of each of its lists: "each item of each list, in a sentence".
import { parseRegex, type ReNode } from '../../src/core/regex-literals.js';

type Route = Map<ReNode, number>;
/** What each capturing group produced so far in one sample, for back-references. */
type Captures = Map<number, string>;

/** `variant` > 0 takes the variant-th character a class accepts and one more turn of every open repeat. */
function sample(node: ReNode, route: Route, wanted: Set<ReNode>, variant: number, caps: Captures = new Map()): string | null {
  switch (node.t) {
    case 'char':
      return node.c;
    case 'class':
      return node.options[Math.min(variant, node.options.length - 1)] ?? null;
    case 'empty':
      // a lookahead at the end ("drunk(?= from last night)") needs its words after the match: later variants add them
      return node.look === 'ahead' && !node.negative && variant >= 2 && node.node ? sample(node.node, route, wanted, variant, caps) : '';
    case 'cap': {
      const s = sample(node.node, route, wanted, variant, caps);
      if (s !== null) caps.set(node.n, s);
      return s;
    }
    case 'backref':
      return caps.get(node.n) ?? '';
    case 'opaque':
      return null;
    case 'seq': {
      let out = '';
      for (const item of node.items) {
        const s = sample(item, route, wanted, variant, caps);
        if (s === null) return null;
        out += s;
      }
      return out;
    }
    case 'alt':
      return sample(node.branches[route.get(node) ?? 0]!, route, wanted, variant, caps);
    case 'rep': {
      const times = (wanted.has(node) ? Math.max(1, node.min) : node.min) + (variant > 0 && node.max > node.min ? 1 : 0);
      const s = sample(node.node, route, wanted, variant, caps);
      return s === null ? null : s.repeat(times);
    }
  }
}

/** Every alternation node with the chain of nodes above it. */
function alternations(node: ReNode, above: ReNode[] = [], out: { alt: ReNode & { t: 'alt' }; above: ReNode[] }[] = []) {
  const here = [...above, node];
  if (node.t === 'alt') {
    out.push({ alt: node, above });
    node.branches.forEach((b) => alternations(b, here, out));
  } else if (node.t === 'seq') node.items.forEach((n) => alternations(n, here, out));
  else if (node.t === 'rep' || node.t === 'cap') alternations(node.node, here, out);
  return out;
}

/**
 * One string per alternative of every alternation in `re` (the alternatives above it routed to reach it, optional
 * groups around it taken once), kept when `re` really matches it; `unmatched` lists the routes that did not.
 */
export function regexSamples(re: RegExp): { samples: string[]; unmatched: string[] } {
  const root = parseRegex(re.source, re.flags);
  const test = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  const samples = new Set<string>();
  const unmatched: string[] = [];
  const alts = alternations(root);
  const routes: { route: Route; wanted: Set<ReNode> }[] = [{ route: new Map(), wanted: new Set() }];
  for (const { alt, above } of alts) {
    for (let b = 0; b < alt.branches.length; b++) {
      const route: Route = new Map([[alt, b]]);
      // route every alternation above so that this one is on the path
      for (let k = 0; k < above.length; k++) {
        const node = above[k]!;
        if (node.t === 'alt') route.set(node, node.branches.indexOf(above[k + 1] ?? alt));
      }
      routes.push({ route, wanted: new Set(above.filter((n) => n.t === 'rep')) });
    }
  }
  for (const { route, wanted } of routes) {
    let found: string | undefined;
    let first: string | null = null;
    for (let variant = 0; variant < 5 && found === undefined; variant++) {
      const s = sample(root, route, wanted, variant);
      first ??= s;
      if (s !== null && test.test(s)) found = s;
      else if (s !== null && test.test(` ${s} `)) found = ` ${s} `;
    }
    if (found !== undefined) samples.add(found);
    else unmatched.push(first ?? '(no sample)');
  }
  return { samples: [...samples], unmatched };
}

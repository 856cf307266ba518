/**
 * Vocabulary as data: the one place word lists become regex source. A list is one item a line (a TS array here or
 * next to its detector); an item is regex source unless the helper says it escapes literals.
 *
 *   oneOf(['hung ?over', 'hangover'])   -> (?:hung ?over|hangover)        items in the order written
 *   alt(['pub', 'pub crawl'])            -> (?:pub crawl|pub)              longest first, so prefixes do not win
 *   literalWords(['St.', 'Ave'])         -> (?:St\.|Ave)                   literals, escaped, longest first
 */

/** Regex-escape a literal. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A non-capturing group of regex alternatives, in the order written (order matters where one is a prefix). */
export function oneOf(items: readonly string[]): string {
  return `(?:${items.join('|')})`;
}

/** A non-capturing group of regex alternatives, longest first so prefixes do not win. */
export function alt(items: readonly string[]): string {
  return oneOf([...items].sort((a, b) => b.length - a.length));
}

/** A group of literal words or phrases (escaped), longest first. */
export function literalWords(words: readonly string[]): string {
  return alt(words.map(escapeRegex));
}

/**
 * A public venue named beside an address ("Pancake breakfast at St. Mary's Church, 45 Church St", "Dinner at Tony's
 * Pizza, 1100 Harbor Blvd"): the labelling rules still count the address as pii/address, but a venue's published
 * address rarely locates a person's home, so the finding is capped at a warning and says why.
 */

/** Nouns that name a public place. One item a line in spirit; kept as an array so the regex is built by one helper. */
export const VENUE_WORDS = [
  'church', 'chapel', 'cathedral', 'parish', 'temple', 'mosque', 'synagogue', 'restaurant', 'pizza', 'pizzeria',
  'cafe', 'café', 'takeaway', 'takeout', 'diner', 'grill', 'bistro', 'bakery', 'bar', 'pub', 'tavern', 'brewery', 'taproom', 'store', 'shop',
  'market', 'supermarket', 'mall', 'school', 'elementary', 'academy', 'college', 'university', 'library', 'clubhouse',
  'club', 'park', 'hall', 'community center', 'community centre', 'rec center', 'recreation center', 'arena', 'stadium',
  'theater', 'theatre', 'cinema', 'museum', 'gallery', 'hospital', 'clinic', 'hotel', 'inn', 'firehouse',
  'fire station', 'ymca', 'ywca', 'vfw', 'legion', 'lodge', 'gym', 'rink', 'pool', 'fairgrounds', 'zoo', 'courthouse',
  'city hall', 'town hall', 'headquarters', 'precinct', 'station house',
];

const VENUE = new RegExp(`\\b(?:${[...VENUE_WORDS].sort((a, b) => b.length - a.length).join('|')})s?\\b`, 'i');

/**
 * The venue word named beside an address: in the same clause just before it ("at St. Mary's Church, 45 …") or just
 * after it ("1100 Harbor Blvd (Tony's Pizza)").
 */
export function venueBeside(text: string, start: number, end: number): string | undefined {
  const lead = text.slice(Math.max(0, start - 60), start);
  const clause = lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n'), lead.lastIndexOf('!'), lead.lastIndexOf('?')) + 1);
  const tail = /^[ \t]*[(,–-][ \t]*([^.\n!?]{0,40})/.exec(text.slice(end, end + 45))?.[1] ?? '';
  const m = VENUE.exec(clause) ?? VENUE.exec(tail);
  return m?.[0].toLowerCase();
}

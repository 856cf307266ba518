/**
 * Word lists for pii/address: street types (US/UK and continental), and the words that can sit between a number and
 * a street type without being a street name ("a 3 minute walk", "a 2 way street").
 */

/** Street types that make "<number> <name> <type>" an address on their own ("88 Birchwood Ln", "19 Harbor View Ct"). */
export const STRONG_STREET_TYPES = [
  'street', 'st', 'str', 'avenue', 'ave', 'av', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'drv', 'boulevard', 'blvd',
  'court', 'ct', 'crt', 'place', 'pl', 'terrace', 'ter', 'terr', 'circle', 'cir', 'parkway', 'pkwy', 'pky', 'highway',
  'hwy', 'way', 'wy', 'trail', 'trl', 'plaza', 'plz', 'pike', 'turnpike', 'tpke', 'expressway', 'expy', 'freeway',
  'fwy', 'causeway', 'cswy', 'alley', 'aly', 'loop', 'square', 'sq', 'crescent', 'cres', 'close', 'grove', 'gardens',
  'gdns', 'mews', 'row', 'wynd', 'crossing', 'xing', 'heights', 'hts', 'ridge', 'rdg', 'cove', 'bend', 'commons',
  'esplanade', 'promenade', 'quay', 'wharf', 'broadway',
];

/** Types that are also everyday nouns ("2 Hyde Park", "Studio 54 Hill"): they need more evidence than the type. */
export const WEAK_STREET_TYPES = [
  'park', 'hill', 'hills', 'view', 'green', 'greens', 'lake', 'lakes', 'island', 'islands', 'isle', 'village',
  'station', 'center', 'centre', 'run', 'pass', 'path', 'point', 'points', 'pt', 'walk', 'landing', 'manor', 'estates',
  'estate', 'forge', 'forges', 'flats', 'flat', 'cliff', 'cliffs', 'prairie', 'union', 'club', 'rapids', 'fork',
  'forks', 'summit', 'meadow', 'meadows', 'mall', 'glen', 'glens', 'field', 'fields', 'junction', 'trace', 'hollow',
  'knoll', 'knolls', 'brook', 'brooks', 'haven', 'harbor', 'harbour', 'port', 'shore', 'shores', 'spring', 'springs',
  'valley', 'vista', 'wells', 'pines', 'oaks', 'creek', 'crest', 'dale', 'falls', 'ferry', 'garden', 'gateway',
  'inlet', 'locks', 'lodge', 'mill', 'mills', 'mission', 'motorway', 'mount', 'mountain', 'neck', 'orchard', 'oval',
  'overpass', 'plains', 'ranch', 'rest', 'river', 'route', 'rte', 'shoals', 'skyway', 'spur', 'stravenue', 'stream',
  'throughway', 'track', 'trafficway', 'tunnel', 'underpass', 'viaduct', 'ville', 'villages', 'wall', 'ways',
  'bypass', 'camp', 'canyon', 'cape', 'common', 'corner', 'corners', 'course', 'courts', 'coves', 'curve', 'divide',
  'drives', 'extension', 'ford', 'fords', 'forest', 'fort', 'groves', 'heights', 'key', 'keys', 'land', 'light',
  'lights', 'loaf', 'lock', 'manors', 'parks', 'plain', 'radial', 'ramp', 'rapid', 'ridges', 'roads', 'squares',
  'streets', 'turnpike', 'unions', 'views', 'well', 'burg', 'burgs', 'branch', 'bridge', 'causeway', 'dam', 'parkways',
];

/**
 * Words that start a continental street name, which is followed by the house number ("Rua Diadema 1903",
 * "Via Roma 131", "Avenida Otoniel Dutra 1277") or preceded by it in French ("29 Rue de Tanger").
 */
export const STREET_PREFIXES = [
  'rue', 'avenue', 'av', 'avda', 'avenida', 'boulevard', 'bd', 'bld', 'allée', 'allee', 'chemin', 'impasse', 'quai',
  'place', 'plaza', 'via', 'viale', 'vicolo', 'piazza', 'piazzale', 'corso', 'largo', 'strada', 'rua', 'praça',
  'praca', 'travessa', 'estrada', 'rodovia', 'alameda', 'quadra', 'calle', 'carrer', 'paseo', 'passeig', 'camino',
  'carretera', 'ronda', 'ul', 'ulica', 'aleja', 'calea', 'bulevardul', 'strada', 'odos', 'leoforos', 'λεωφόρος',
  'οδός', 'πλατεία', 'rambla', 'rúa', 'piazzetta', 'trg', 'ulitsa', 'ulitsa', 'prospekt',
];

/**
 * Endings of continental street names written as one word before the number ("Koskikatu 25", "Friedhofstrasse 33",
 * "Rooseveltlaan 110", "Magasinsgatan 7"). Endings that are also English word endings ("tie" as in "Katie",
 * "gate", "ring") are in RISKY_STREET_ENDINGS and need more evidence.
 */
export const STREET_ENDINGS = [
  'straße', 'strasse', 'str', 'straat', 'weg', 'laan', 'gracht', 'plein', 'dreef', 'kade', 'singel', 'steeg',
  'gasse', 'platz', 'allee', 'damm', 'ufer', 'chaussee', 'pfad', 'gata', 'gatan', 'vägen', 'väg', 'vej', 'veien',
  'vegen', 'gade', 'gränd', 'stig', 'stigen', 'torget', 'katu', 'kuja', 'polku', 'tori', 'kaari', 'rinne', 'utca',
  'út', 'útja', 'tér', 'körút', 'ulica', 'cesta', 'ulice', 'náměstí', 'třída', 'puiestee', 'maantee', 'põik', 'iela',
  'gatve', 'prospekt', 'vei', 'veg', 'vegur', 'vegurinn', 'braut', 'gata', 'stræde', 'stræti', 'sokak', 'caddesi',
  'wei', 'leane', 'kroken', 'bakken', 'lia', 'lien', 'haugen', 'tie', 'gate', 'ring', 'hof', 'markt', 'berg',
  'straatweg', 'dijk', 'dyk', 'pad', 'hage', 'toft', 'høj', 'holm', 'terrasse', 'terrassen', 'brücke', 'tee',
];

/** Abbreviated street types written with a dot after the name: "Király u. 15.", "Belgrád rkp. 18.", "Hauptstr. 5". */
export const ABBREVIATED_ENDINGS = new Set(['u', 'rkp', 'krt', 'str', 'ul']);

/** Endings that are also English word endings: a street only with a house-number lead, a unit, or an address cue. */
export const RISKY_STREET_ENDINGS = new Set(['tie', 'gate', 'ring', 'hof', 'markt', 'berg', 'lia', 'lien', 'pad', 'hage', 'toft', 'holm', 'wei', 'veg', 'dyk', 'tee']);

/**
 * Words that cannot be part of a street name between a number and a street type: units and measures, pronouns,
 * determiners, prepositions and other function words.
 * e.g. "a 3 minute walk", "a 2 way street", "4 lane highway", "8 PM and play street", "750 in court"
 */
export const NOT_NAME_WORDS = new Set([
  'a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'and', 'or',
  'but', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'onto', 'is', 'are', 'was', 'were', 'be',
  'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'them', 'us', 'more', 'most', 'less', 'few', 'many',
  'much', 'some', 'any', 'all', 'no', 'not', 'very', 'so', 'just', 'only', 'also', 'too', 'times', 'time', 'minute',
  'minutes', 'min', 'mins', 'mile', 'miles', 'mi', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks',
  'month', 'months', 'year', 'years', 'yr', 'yrs', 'second', 'seconds', 'sec', 'secs', 'km', 'kms', 'ft', 'feet',
  'foot', 'meter', 'meters', 'metre', 'metres', 'm', 'yard', 'yards', 'yd', 'yds', 'block', 'blocks', 'lane', 'lanes',
  'way', 'ways', 'pm', 'am', 'percent', 'people', 'men', 'women', 'guys', 'kids', 'cars', 'points', 'pts', 'goals',
  'runs', 'laps', 'degrees', 'lb', 'lbs', 'pounds', 'kg', 'oz', 'dollars', 'bucks', 'cents', 'star', 'stars', 'car',
  'story', 'storey', 'bed', 'bedroom', 'bath', 'person', 'man', 'door', 'doors', 'sided', 'hole', 'holes', 'inch',
  'inches', 'x', 'vs', 'v', 'out', 'of', 'than', 'then', 'when', 'if', 'as', 'up', 'down', 'off', 'over', 'new',
  'old', 'other', 'another', 'same', 'different', 'big', 'little', 'small', 'great', 'good', 'bad', 'best', 'worst',
  'lol', 'omg', 'rt', 'via', 'amp', 'gt', 'lt', 'like', 'get', 'got', 'go', 'going', 'went', 'see', 'saw', 'take',
  'took', 'make', 'made', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eastbound', 'westbound', 'northbound', 'southbound', 'lane', 'exit', 'mile', 'mm',
]);

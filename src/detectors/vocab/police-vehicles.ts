/**
 * Police cars, one item a line (regex source): the car only police drive, so sitting in one, parking one at the end of
 * a shift or a partner driving one is police work. Used by id/self-affiliation (a partner's cruiser, the shift over
 * with the car put away, time in the car, at the station) and id/police-words (words that put a post in a police
 * context). Not the unit words below (image/police-markings reads "car 12" on a door, any car).
 */
export const POLICE_CARS = [
  'cruiser',
  String.raw`squad\s+car`,
  String.raw`patrol\s+car`,
  String.raw`radio\s+car`,
  String.raw`marked\s+(?:car|unit)`,
];

/**
 * Words that make the number printed after them a unit or car number, one item a line (regex source): "UNIT 52",
 * "CAR 2147", "K9-12" on a door or a vest. Read by image/police-markings beside police markings, where any car is the
 * police car; a text detector wanting police cars takes POLICE_CARS.
 */
export const UNIT_NUMBER_WORDS = [
  'unit',
  'car',
  'patrol car',
  'cruiser',
  'vehicle',
  'veh',
  'squad',
  'fleet',
  'k-?9',
];

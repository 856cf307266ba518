/**
 * Police cars, one item a line (regex source): the car only police drive, so sitting in one, parking one at the end of
 * a shift or a partner driving one is police work. Used by id/self-affiliation (a partner's cruiser, the shift over
 * with the car put away, time in the car, at the station) and id/police-words (words that put a post in a police
 * context). Not the image detectors' unit words (image/police-markings reads "car 12" on a door, any car).
 */
export const POLICE_CARS = [
  'cruiser',
  String.raw`squad\s+car`,
  String.raw`patrol\s+car`,
  String.raw`radio\s+car`,
  String.raw`marked\s+(?:car|unit)`,
];

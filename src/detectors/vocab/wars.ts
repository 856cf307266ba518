/**
 * Places of the wars soldiers served in, one item a line (plain words: a regex takes them with oneOf). Who they are
 * for: a soldier's service told by where it was ("two tours in Helmand", "my squad from Kandahar"), which no police
 * author has (id/self-affiliation's speaker vetoes), and a relative's military rank told by the same places ("my
 * brother Sgt. Alex Dunn just got back from Afghanistan": id/coworker's military context).
 */
export const WAR_PLACES = [
  'kandahar',
  'helmand',
  'iraq',
  'afghanistan',
  'fallujah',
  'basra',
  'kabul',
  'bosnia',
  'kosovo',
  'vietnam',
];

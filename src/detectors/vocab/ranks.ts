/**
 * Police ranks and titles, one item a line (regex source, written as a title is, so a case-sensitive pattern reads
 * "Sgt. Whitfield" and not "sgt"). Used by id/police-words (STRONG_TITLE, WEAK_TITLE: id/coworker's titled names,
 * id/roster's title before a mention), id/self-affiliation (a ranked name: "my partner, Officer Hale"),
 * id/badge-number ("Officer Morales #4471"), case/investigation (a rank before a name makes it a colleague, not a
 * suspect) and pii/shared (who answers an appeal's number: "Det. Arnold on").
 */

/** A rank or title that, followed by a name, names a member of a police service without further context. */
export const STRONG_RANKS = [
  String.raw`Chief\s+of\s+Police`,
  // UK and Commonwealth senior ranks: only police (and no ship, team or firm) use them
  String.raw`Chief\s+Inspector`,
  String.raw`Chief\s+Superintendent`,
  String.raw`Chief\s+Supt\.?`,
  String.raw`Senior\s+Constable`,
  String.raw`Senior\s+Sergeant`,
  // police community support officer (UK)
  'PCSO',
  String.raw`Police\s+Officer`,
  'Officer',
  String.raw`Ofc\.?`,
  String.raw`P\.O\.`,
  String.raw`Patrol\s?(?:man|woman|Officer)`,
  'Police(?:man|woman)',
  'Sergeant',
  String.raw`Sgt\.?`,
  'Sarge',
  'Detective',
  String.raw`Det\.?`,
  'Lieutenant',
  String.raw`Lieut\.?`,
  String.raw`Lt\.?`,
  'Deputy',
  // a sheriff's office's "Dep. Young" (with its dot: user test 31, U31-31)
  String.raw`Dep\.`,
  'Undersheriff',
  'Sheriff',
  'Trooper',
  String.raw`Tpr\.?`,
  'Corporal',
  String.raw`Cpl\.?`,
  'Constable',
  // "Const. #1408" (with its dot: "const" alone is a programmer's word)
  String.raw`Const\.`,
  String.raw`Cst\.?`,
];

/**
 * A title police share with ships, teams, companies and fiction ("Captain Morgan", "Chief Keef", "Inspector Gadget",
 * "Agent Smith"): it names a police member only when the post is otherwise about policing.
 */
export const WEAK_RANKS = [
  'Captain',
  String.raw`Capt\.?`,
  String.raw`Cpt\.?`,
  'Chief',
  'Commander',
  String.raw`Cmdr\.?`,
  'Inspector',
  String.raw`Insp\.?`,
  String.raw`Special\s+Agent`,
  'Agent',
  'Marshal',
  'Commissioner',
  'Superintendent',
  String.raw`Supt\.?`,
  'Investigator',
  String.raw`Inv\.?`,
  'PC',
  // UK detective ranks: detective constable, sergeant, inspector, chief inspector, superintendent
  'DC',
  'DS',
  'DI',
  'DCI',
  'DSU',
  // an officer of An Garda Síochána (Ireland); also the force itself ("Garda Station")
  'Garda',
];

/**
 * Weak titles that only police put before a person's full name: "PC Rhys Evans", "Inspector Nadia Raza",
 * "DC Amara Osei", "Special Agent Dana Whitfield", "Garda Aoife Brennan". A given name and a surname after one of
 * them name a member without further context ("PC World", "Inspector Gadget", "DC Comics" have no given name).
 */
export const FULL_NAME_RANKS = [
  'PC',
  'DC',
  'DS',
  'DI',
  'DCI',
  'DSU',
  'Inspector',
  String.raw`Insp\.?`,
  String.raw`Special\s+Agent`,
  'Garda',
];

/** Every rank and title. */
export const RANKS = [...STRONG_RANKS, ...WEAK_RANKS];

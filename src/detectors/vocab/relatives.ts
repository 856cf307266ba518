/**
 * Relatives, one item a line (plain words, singular: a regex or a set of words may take them). Who they are for: a birthday's subject or an ordinal's owner
 * ("my husband turns 40", "Mum's 70th": pii/birthdate), someone else whose service a police word may be ("my husband
 * is out on patrol", "a police officer's wife": id/self-affiliation, id/police-words), a suspect or witness described
 * by their relation ("the suspect is her ex-boyfriend", "'distraught' husband": case/investigation), a victim still
 * at the scene ("the mother was still in the car": case/crime-scene), a word after a rank that is no name ("Officer Wife") or a
 * family word in a handle ("copwife": id/police-words). A detector takes all three lists unless it says
 * why it needs fewer.
 */

/** Family as the dictionary writes it. */
export const RELATIVES = [
  'mother',
  'mom',
  'mum',
  'father',
  'dad',
  'son',
  'daughter',
  'wife',
  'husband',
  'spouse',
  'brother',
  'sister',
  'nephew',
  'niece',
  'aunt',
  'uncle',
  'cousin',
  'grandmother',
  'grandfather',
  'grandma',
  'grandpa',
  'grandson',
  'granddaughter',
  'stepfather',
  'stepmother',
  'stepdad',
  'step-dad',
  'stepmom',
  'step-mom',
  'fiance',
  'fiancee',
  'fiancé',
  'fiancée',
];

/** What family call each other: "hubby", "wifey", "Nan", "bro". */
export const RELATIVES_FAMILIAR = [
  'mommy',
  'mummy',
  'momma',
  'mama',
  'daddy',
  'papa',
  'hubby',
  'hubs',
  'wifey',
  'missus',
  'bro',
  'sis',
  'auntie',
  'granny',
  'gran',
  'nan',
  'nana',
  'nanna',
  'grandad',
  'granddad',
];

/** Partners outside marriage. */
export const PARTNERS = [
  'boyfriend',
  'girlfriend',
];

/** Every relative and partner. */
export const KIN = [...RELATIVES, ...RELATIVES_FAMILIAR, ...PARTNERS];

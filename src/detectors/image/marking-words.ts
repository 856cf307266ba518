// Word lists for the police markings read in pictures (image/police-markings, image/marked-vehicle, image/uniform).
// One item a line. An item written in capitals matches only in capitals (GARDA on a car, not Lake Garda in a caption);
// any other item matches in any case. Several words may be one item ("highway patrol"); the words of an item may run
// together in OCR ("STATETROOPER"). Chinese and Japanese police words (警察 police, 公安 public security, 交警 traffic
// police, 特警 special police, 巡警 patrol police, 警察局/公安局 their bureaus) match standing alone, as on a car door or
// a vest: written without spaces they are also pieces of other words (办公安排, "office arrangements", holds 公安).
// Greek ΑΣΤΥΝΟΜΙΑ in capitals is read by the scene reader (whose dictionary has no Σ) in Latin look-alikes, its Σ as E
// or Z ("AETYNOMIA", "AZTYNOMIA" on every render of the word on a shield or a jacket's back); ASTYNOMIA is its Latin
// spelling. No word of a language written in Latin letters is one letter from them (AUTONOMIA and ASTRONOMIA are two).

/** Police wording on vehicles, uniforms, patches, badges and shields, in English and other languages. */
export const MARKING_WORDS = `
police
policeman
policewoman
politie
polizei
bundespolizei
landespolizei
stadtpolizei
kantonspolizei
gemeindepolizei
verkehrspolizei
autobahnpolizei
wasserschutzpolizei
politi
POLIS
polisen
polisi
poliisi
politsei
policija
policie
policja
polícia
policia
policía
poliția
politia
polizia
pulizija
politiet
rijkspolitie
lögreglan
jandarma
carabineros
ertzaintza
rendőrség
警察
警察局
公安
公安局
交警
特警
巡警
полиция
поліція
полиција
αστυνομια
ASTYNOMIA
AETYNOMIA
AZTYNOMIA
GARDA
garda síochána
gendarmerie
gendarmería
carabinieri
guardia civil
guardia nacional
sheriff
sheriff's
sheriffs
deputy sheriff
state trooper
state troopers
trooper
highway patrol
state patrol
constabulary
CONSTABLE
marshal
marshals
k-9
k9
k9 unit
swat
s.w.a.t.
RCMP
PSNI
`;

/**
 * A police department's acronym in capitals, as printed on vests, cars and patches: two to four letters then PD.
 * e.g. "NYPD", "LAPD", "SFPD", "LVMPD"; not "PD" or "CPD" (continuing professional development) alone.
 */
export const DEPARTMENT_ACRONYM = /(?<![\p{L}\p{N}])[A-Z]{2,4}PD(?![\p{L}\p{N}])/gu;

/**
 * Real words one OCR slip away from a marking word: never read as a marking however the letters came out.
 * e.g. POLICY is one letter from POLICE, POLITE one from POLITI, POLITIC one from POLITIA; LICE is POLICE cut short.
 */
export const NOT_MARKINGS = `
policy
polite
polity
politic
politics
politica
política
politico
político
politik
politiek
politika
policier
polish
marshall
marsha
marsh
troop
lice
`;

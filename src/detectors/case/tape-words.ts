// Wording printed on crime-scene and police barrier tape and on evidence placards, read in pictures by
// case/crime-scene (pictures). One phrase a line, any language; accents and case do not matter, and OCR may run the
// words together or split them. A phrase must be specific to a scene cordon: "no entry" or "keep out" alone is any
// door sign. Sources: the tape sold to and used by police forces in each country (the printed wording).

/** Cordon and scene wording. */
export const TAPE_PHRASES = `
crime scene
crime scene do not cross
crime scene do not enter
police line
police line do not cross
sheriff line
sheriff's line do not cross
do not cross
caution crime scene
caution police line
evidence marker
scène de crime
scène de crime ne pas franchir
police nationale ne pas franchir
gendarmerie nationale ne pas franchir
ne pas franchir
zone interdite police
escena del crimen
escena del crimen no pasar
policía no pasar
línea policial no cruzar
no cruzar
cordón policial
cena do crime
cena do crime não ultrapasse
isolamento policial
não ultrapasse
scena del crimine
scena del crimine non oltrepassare
polizia non oltrepassare
non oltrepassare
tatort polizei
polizeiabsperrung
polizei absperrung
absperrung polizei
politieafzetting
politie afzetting
afzetting politie
politie niet betreden
miejsce przestępstwa
policja nie przekraczać
nie przekraczać
polisavspärrning
polis avspärrat
avspärrat polis
politiafspærring
politi afspærring
politisperring
politi sperret
poliisi eristetty
poliția nu treceți
`;

/**
 * Wording of barrier tape that is not a police cordon: building sites, roadworks, wet floors. Read on a yellow band,
 * with no cordon wording anywhere in the picture, it makes the band construction tape. "CAUTION CRIME SCENE" is
 * cordon wording above and wins.
 */
export const SITE_TAPE_WORDS = `
caution
danger
warning
construction
do not enter
achtung
vorsicht
baustelle
peligro
precaución
attention
danger travaux
pericolo
attenzione
`;

/**
 * Wording of a crime-scene unit, printed on its vans, cases and jackets: read anywhere in a picture, the examiners are
 * at work there. Only names of a scene or forensic unit: "forensic" alone is an accountant's or a degree's, "crime
 * lab" a museum's or a game's, "coroner" a court's.
 */
export const SCENE_UNIT_WORDS = `
scenes of crime
scene of crime
forensic services
forensic investigation
forensic investigations
forensic unit
police forensics
mobile crime lab
evidence response team
`;

/**
 * The printed fields of an evidence bag or label, read by case/crime-scene (pictures) only beside the heading
 * EVIDENCE read in the same picture: "evidence" alone is a poster's or a book's, and a field alone any form's.
 */
export const EVIDENCE_FIELDS = `
chain of custody
collected by
seized by
recovered by
received by
case no
case number
item no
item number
exhibit no
exhibit number
date collected
time collected
location collected
description of evidence
`;

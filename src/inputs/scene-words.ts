/**
 * The scene-text recogniser often drops the space between printed words ("POLICELINE", "EDONOTCROSS",
 * "1428ElmStreet", "UNIT2147"). Words that police vehicles, tape, patches and signs carry are listed here, one a line,
 * and a run of letters that these words tile is split back into them; case changes and letter/digit changes split
 * too. Only the scene-text reading is re-spaced: tesseract keeps its own spacing.
 */

/**
 * Words printed on police kit, tape and street signs; one a line, any case. Not POLIS: it ends place names
 * (METROPOLIS split as METRO POLIS read as police wording), and Swedish POLIS stands alone on a car or a vest.
 */
const SIGN_WORDS = `
police
politie
polizei
politi
polisi
politia
policia
policía
polícia
polizia
policja
gendarmerie
carabinieri
garda
guardia
civil
sheriff
sheriffs
deputy
state
trooper
troopers
highway
patrol
traffic
county
city
village
town
department
dept
unit
line
do
not
cross
enter
crime
scene
caution
danger
keep
out
area
closed
investigation
evidence
emergency
rescue
fire
ambulance
paramedic
public
safety
service
services
national
metropolitan
metro
municipal
federal
border
special
tactical
response
team
task
force
marshal
marshals
constable
officer
office
academy
division
precinct
station
street
avenue
road
lane
drive
k9
swat
`;

/** The list as a set of lower-case words. */
export function wordSet(list: string): Set<string> {
  return new Set(
    list
      .split('\n')
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean),
  );
}

const VOCAB = wordSet(SIGN_WORDS);
const LONGEST = Math.max(...[...VOCAB].map((w) => w.length));

/**
 * Police words a town's or a county's name runs into when the recogniser drops the space ("MARLOWPOLICE",
 * "WESTFIELDPOLICEDEPT"); one a line. Not POLIS (MINNEAPOLIS, ACROPOLIS) nor TROOPER (STORMTROOPER): other words end so.
 */
const NAME_BEFORE = wordSet(`
police
polizei
politie
politi
policia
sheriff
`);

/**
 * Split a run of letters into listed words: the split with the fewest pieces, where only the first and last piece
 * may be unlisted (a word cut off at the edge of the tape), at least two pieces are listed and listed words cover
 * at least 75% of the letters (so "AREAS" stays whole). The first piece may also be a longer unlisted word (a place
 * name) when the listed words after it hold one of NAME_BEFORE and run to the end. e.g. "POLICELINE" -> ["POLICE", "LINE"],
 * "EDONOTCROSS" -> ["E", "DO", "NOT", "CROSS"], "MARLOWPOLICE" -> ["MARLOW", "POLICE"]; "POLICEMAN" stays whole.
 */
export function splitListed(run: string, vocab: Set<string> = VOCAB): string[] | undefined {
  const n = run.length;
  if (n < 5) return undefined;
  const lower = run.toLowerCase();
  // best[i]: fewest pieces tiling run[0, i) with listed words, after an optional unlisted head run[0, h).
  let best: { pieces: number; from: number; listed: number; words: number; named: boolean }[] | undefined;
  let answer: { parts: string[]; listed: number } | undefined;
  for (let head = 0; head <= n - 2; head++) {
    best = new Array(n + 1);
    best[head] = { pieces: head ? 1 : 0, from: -1, listed: 0, words: 0, named: false };
    for (let i = head; i < n; i++) {
      const at = best[i];
      if (!at) continue;
      for (let len = 2; len <= Math.min(LONGEST, n - i); len++) {
        const word = lower.slice(i, i + len);
        if (!vocab.has(word)) continue;
        const cand = { pieces: at.pieces + 1, from: i, listed: at.listed + len, words: at.words + 1, named: at.named || NAME_BEFORE.has(word) };
        const cur = best[i + len];
        if (!cur || cand.pieces < cur.pieces) best[i + len] = cand;
      }
    }
    // The tail may be unlisted too (at most 3 letters).
    for (let end = n; end >= Math.max(head + 2, n - 3); end--) {
      const at = best[end];
      if (!at || at.listed === 0) continue;
      const parts: string[] = [];
      if (end < n) parts.unshift(run.slice(end));
      let i = end;
      while (i > head) {
        const from = best[i]!.from;
        parts.unshift(run.slice(from, i));
        i = from;
      }
      if (head) parts.unshift(run.slice(0, head));
      // A long head is a place name before a police word, listed words to the end ("AUSSENPOLITIK" is no POLITI);
      // otherwise listed words must make up most of the run.
      if (head > 3 ? !at.named || end < n : at.words < 2 || at.listed < 0.75 * n) continue;
      if (!answer || parts.length < answer.parts.length || (parts.length === answer.parts.length && at.listed > answer.listed)) {
        answer = { parts, listed: at.listed };
      }
    }
  }
  return answer?.parts;
}

/**
 * Re-space one recognised token: letter/digit changes ("UNIT2147", "1428Elm"), lower-to-upper changes
 * ("ElmStreet") and runs of listed words ("POLICELINE"). A token that is itself a listed word stays whole.
 * e.g. "1428ElmStreet" -> ["1428", "Elm", "Street"]; "K9" stays; "EDONOTCROSS" -> ["E", "DO", "NOT", "CROSS"]
 */
export function respaceToken(token: string, vocab: Set<string> = VOCAB): string[] {
  if (vocab.has(token.toLowerCase())) return [token];
  // Letters then 2+ digits, or 2+ digits then letters: "UNIT2147", "1428Elm". Not "K9" or "4x4".
  const pieces = token.split(/(?<=\p{L}{2,})(?=\d{2,})|(?<=\d{2,})(?=\p{L}{2,})|(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u);
  const out: string[] = [];
  for (const p of pieces) {
    const split = /^\p{L}+$/u.test(p) && !vocab.has(p.toLowerCase()) ? splitListed(p, vocab) : undefined;
    out.push(...(split ?? [p]));
  }
  return out.filter(Boolean);
}

/** Re-space a recognised line of text (see respaceToken). */
export function respaceLine(text: string, vocab: Set<string> = VOCAB): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((t) => respaceToken(t, vocab))
    .join(' ');
}

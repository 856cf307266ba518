/**
 * `clearpost init`: a starter agency profile with a comment on every key, so a department can fill it in without
 * reading the README first. The text is validated by the same parser that will read it.
 */
import { stringify } from 'yaml';
import { ruleCoverage, turnedOff } from '../policy/map.js';
import type { PolicyPack } from '../policy/packs.js';
import { ROSTER_CSV_COLUMNS } from './config.js';
import { RULE_IDS, UNSUPPRESSIBLE } from './rules.js';

export interface StarterProfile {
  /** The agency's names, the first being its full name ("Harbor City Police Department", "HCPD"). */
  names: string[];
  /** Official account handles (`@HarborCityPD`). */
  handles: string[];
  /** Official numbers (switchboard, tip line). */
  phones: string[];
  /** E-mail domains of the agency. */
  domains: string[];
  /** A roster CSV path, as it should appear in the file (relative to it). */
  roster?: string;
  /** The pack ids to apply; empty: every bundled pack. */
  policy: string[];
  /**
   * The fingerprint key to write (newFingerprintKey()); the caller draws it so this stays pure. Absent (`init
   * --no-key`): the file says where the key lives instead (CLEARPOST_FINGERPRINT_KEY), for a profile a repository commits.
   */
  fingerprintKey?: string;
  /** What the chosen packs leave out (packGaps), said in a comment over `policy:`. */
  gaps?: PackGaps;
}

/** What the packs a profile chooses leave out, for init to say (user test 30, U30-3). */
export interface PackGaps {
  /** Rules no chosen pack maps in any clause: looked for anyway, their findings listed as info with no clause. */
  uncited: string[];
  /** Rules the chosen packs map but turn off on the official account. */
  offOfficial: string[];
  /** The bundled pack not chosen that maps the most of `uncited`, and those it maps. */
  second?: { id: string; covers: string[] };
}

/**
 * The rules the chosen packs leave out, and the other bundled pack that would cover most of them: a Takoma Park
 * profile screened no home address, birthday or phone under a clause, and init said nothing (user test 30, U30-3).
 */
export function packGaps(chosen: readonly PolicyPack[], bundled: readonly PolicyPack[]): PackGaps {
  const ids = new Set(chosen.map((p) => p.id));
  const coverage = ruleCoverage(chosen).filter((c) => !UNSUPPRESSIBLE.has(c.ruleId));
  const uncited = coverage.filter((c) => !c.clauses.length).map((c) => c.ruleId);
  const offOfficial = coverage.filter((c) => turnedOff(c.ruleId, chosen, 'official')).map((c) => c.ruleId);
  let second: PackGaps['second'];
  for (const pack of bundled.filter((p) => !ids.has(p.id))) {
    const covers = uncited.filter((r) => pack.clauses.some((c) => c.rules[r] !== undefined));
    if (covers.length && covers.length > (second?.covers.length ?? 0)) second = { id: pack.id, covers };
  }
  return { uncited, offOfficial, ...(second ? { second } : {}) };
}

/** Rule ids as families where a family is whole (`pii/*`), otherwise one by one: `pii/*, id/badge-number`. */
export function ruleFamilies(rules: readonly string[]): string {
  const families = [...new Set(RULE_IDS.map((r) => r.split('/')[0]))];
  const out: string[] = [];
  for (const family of families) {
    const all = RULE_IDS.filter((r) => r.startsWith(`${family}/`) && !UNSUPPRESSIBLE.has(r));
    const here = all.filter((r) => rules.includes(r));
    if (here.length > 1 && here.length === all.length) out.push(`${family}/*`);
    else out.push(...here);
  }
  return out.join(', ');
}

/** init's lines on what the chosen packs leave out, and how to add a second pack (empty when they leave nothing out). */
export function describeGaps(policy: readonly string[], gaps: PackGaps): string[] {
  const packs = policy.join(' and ');
  const out: string[] = [];
  if (gaps.uncited.length) {
    out.push(`${packs} ${policy.length > 1 ? 'have' : 'has'} no clause for ${ruleFamilies(gaps.uncited)}: clearpost looks for them anyway and lists what it finds as info, with no clause.`);
    if (gaps.second) {
      const both = [...policy, gaps.second.id];
      out.push(`To screen them under a clause, add a second pack (${gaps.second.id} maps ${ruleFamilies(gaps.second.covers)}): \`policy: [${both.join(', ')}]\` in the profile, or \`--policy\` on the command line (${both.map((id) => `-p ${id}`).join(' ')}).`);
    }
  }
  if (gaps.offOfficial.length) out.push(`On the official account ${packs} also ${policy.length > 1 ? 'turn' : 'turns'} off ${ruleFamilies(gaps.offOfficial)} (\`clearpost rules\` shows each clause).`);
  return out;
}

/**
 * Initials of a name's words, with and without "City"/"County" ("New York City Police Department" -> nycpd, nypd).
 * A word in capitals is an acronym already and gives all its letters ("Marlow Falls PD" -> mfpd, not mfp).
 */
function acronyms(name: string): string[] {
  // A possessive is not a word of its own ("Sheriff's Office" -> so, not sso).
  const words = name
    .replace(/['\u2019]s\b/gi, '')
    .split(/[^A-Za-z]+/)
    .filter((w) => w && !/^(of|the|and)$/i.test(w));
  const initials = (ws: string[]) => ws.map((w) => (/^[A-Z]{2,4}$/.test(w) ? w : w[0]).toLowerCase()).join('');
  return [...new Set([initials(words), initials(words.filter((w) => !/^(city|county|town)$/i.test(w)))])];
}

/**
 * The packs written for this agency: a pack whose id names the place ("takoma-park" in "Takoma Park Police") or is
 * the agency's acronym ("nypd" for "New York City Police Department", or a name given as "NYPD").
 */
export function packsForAgency(names: readonly string[], packIds: readonly string[]): string[] {
  const text = names.join(' ').toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  const initials = new Set(names.flatMap(acronyms));
  return packIds.filter((id) => {
    const words = id.replace(/-/g, ' ');
    return new RegExp(`(^| )${words}( |$)`).test(text) || initials.has(id.replace(/-/g, ''));
  });
}

/** The police words a department's name ends on, after its town: "Police Department", "Police Dept.", "PD", "Police". */
const POLICE_TAIL = /\s+(?:police\s+(?:department|dept\.?|service|force)|department\s+of\s+police(?:\s+service)?|police|pd)$/i;

/**
 * Handle fragments that mark the department in a personal handle: the acronyms, the town's name joined with "pd"
 * and "police" ("Brookhaven Falls Police Department" -> brookhavenfallspd, brookhavenfallspolice), and the town's
 * name alone where it is long enough to be the department's mark rather than any resident's (two or more words, 12
 * letters or more: "brookhavenfalls", not "harborcity"): user test 30, U30-14 (`@brookhavenfalls_hank` passed).
 */
export function identifiers(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    if (/^[A-Z0-9]{2,8}$/.test(n)) {
      out.add(n.toLowerCase());
      continue;
    }
    for (const a of acronyms(n)) if (a.length >= 3) out.add(a);
    const town = POLICE_TAIL.test(n.trim()) ? n.trim().replace(POLICE_TAIL, '').replace(/^the\s+/i, '') : '';
    const joined = town.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (joined.length < 4) continue;
    out.add(`${joined}pd`);
    out.add(`${joined}police`);
    if (town.trim().split(/\s+/).length >= 2 && joined.length >= 12) out.add(joined);
  }
  return [...out];
}

const list = (items: readonly string[]) => stringify(items, { flow: true }).trim();

/** A long line as comment lines of at most 118 characters. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > 118 && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

/** The commented YAML of a starter profile. */
export function starterProfileYaml(p: StarterProfile): string {
  const name = p.names[0] ?? 'Your Police Department';
  const lines = [
    `# clearpost agency profile for ${name}: \`clearpost check\` and \`scan\` read it from this folder or any below it.`,
    '# Every key is optional; see `clearpost --help` and the README. Keep real rosters out of public repositories.',
    'agency:',
    '  # Names the department goes by: never reported as personal information.',
    `  names: ${list(p.names.length ? p.names : [name])}`,
    '  # Fragments that mark the department inside a handle (@hcpd_jsmith is an officer identified by handle).',
    `  identifiers: ${list(identifiers(p.names))}`,
    '  # The department\'s own accounts: never reported as officers\' handles.',
    `  official_accounts: ${list(p.handles)}`,
    '  # The department\'s e-mail domains and published numbers: never reported as personal.',
    `  email_domains: ${list(p.domains)}`,
    `  phone_numbers: ${list(p.phones)}`,
    '  # The department\'s own street addresses (headquarters, stations): never reported as a home address.',
    '  # addresses: ["100 Main Street"]',
    '  # The country whose phone formats numbers without a + are read in first (two letters: US, GB, AU, CA, …).',
    '  # region: US',
    '  # Places whose GPS position in a photo is named in the finding: a photo taken inside one is an error on either',
    '  # account, whatever the policy packs say of location data (a safe house, an officer\'s home); `severity: warning`',
    '  # lowers it for a place that is public anyway, e.g.:',
    '  # sensitive_places:',
    '  #   - { name: "Vice unit safe house", lat: 40.7301, lon: -73.9950, radius_m: 100 }',
    '  #   - { name: "Headquarters", lat: 40.7128, lon: -74.0060, radius_m: 150, severity: warning }',
    '',
    '# Members: a named member is reported as an identified co-worker unless consent is true; any reference to an',
    '# undercover member is always an error, and no comment or baseline can silence it.',
    `# A CSV has the columns ${ROSTER_CSV_COLUMNS} (handles and photos split by ;). Keep it out`,
    '# of the drafts repository: CI can name it in CLEARPOST_ROSTER (e.g. a secret written to a file), which replaces',
    '# this entry.',
    p.roster ? `roster: ${list([p.roster]).slice(1, -1)}` : '# roster: roster.csv',
    ...(p.roster
      ? []
      : ['# or, inline:', '# roster:', '#   - { name: Jane Doe, rank: Sergeant, handles: ["@jdoe"], consent: false, undercover: false }']),
    '',
    '# The key that finding fingerprints (JSON, SARIF, the suppressions baseline) are hashed with, so a report that',
    '# leaves the department cannot be hashed back to the number or name it found. Keep it as private as the roster',
    '# (CI may set CLEARPOST_FINGERPRINT_KEY instead); changing it changes every fingerprint (re-run --suppress-all).',
    p.fingerprintKey
      ? `fingerprint_key: ${p.fingerprintKey}`
      : '# Not written here (init --no-key): set CLEARPOST_FINGERPRINT_KEY to the key init printed, wherever clearpost runs.',
    '',
    '# The account a post goes to unless the command line or the draft\'s front matter says otherwise.',
    'context: personal',
    '',
    p.policy.length
      ? [
          "# Your department's own policy pack. `clearpost rules` lists every pack and clause.",
          ...(p.gaps ? describeGaps(p.policy, p.gaps).flatMap((l) => wrap(l)) : []),
          `policy: ${list(p.policy)}`,
        ].join('\n')
      : '# The policy packs to apply (default: every bundled pack); `clearpost rules` lists them.\n# policy: [massachusetts]',
    '',
    '# Per-rule severity: error | warning | info | off. `clearpost explain <rule>` says what a rule finds.',
    '# severity:',
    '#   conduct/profanity: warning',
    '',
  ];
  return lines.join('\n');
}

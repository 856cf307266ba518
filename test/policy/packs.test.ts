import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, UsageError } from '../../src/core/errors.js';
import { namesRosterMember, ROSTER_MEMBER_MESSAGES, RULE_IDS } from '../../src/core/rules.js';
import { coworker } from '../../src/detectors/id/coworker.js';
import { SEVERITY_RANK, type AccountContext } from '../../src/core/types.js';
import { clausesFor, manualChecklist, ruleCoverage, severityFor, uncitedClauses, uncoveredBy } from '../../src/policy/map.js';
import {
  availablePacks,
  bundledRulesDir,
  loadPack,
  loadPacks,
  parsePack,
  validatePack,
  type PolicyPack,
} from '../../src/policy/packs.js';
import { tempDir } from '../helpers/tmp.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seeds = resolve(repo, '..', 'shared', 'seeds');
const devSet = resolve(repo, '..', 'shared', 'eval', 'dev.jsonl');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where each bundled source was copied from (by content: see rules/README.md). */
const SEED_OF: Record<string, string> = {
  'nypd-pg-203-28.txt': '000_c93d97de71054d04.txt',
  'nypd-oo-28.txt': '001_f78bdaa406b2c9ac.txt',
  'takoma-park-go-418.txt': '002_c57db562a1930bd5.txt',
  'new-haven-go-4.16.txt': '003_b3a16fbece509159.txt',
  'massachusetts-model.txt': '004_e80e13cc921ec45f.txt',
};

const packs = loadPacks(undefined);
/** A pack's source texts by name, as validatePack takes them. */
const sourcesOf = (p: PolicyPack) => Object.fromEntries(p.sources.map((s) => [s, readFileSync(join(bundledRulesDir(), 'sources', s), 'utf8')]));

describe('bundled packs', () => {
  it('load and validate, one per policy', () => {
    expect(packs.map((p) => p.id)).toEqual(['massachusetts', 'new-haven', 'nypd', 'takoma-park']);
    expect(availablePacks()).toEqual(['massachusetts', 'new-haven', 'nypd', 'takoma-park']);
    for (const p of packs) {
      expect(p.file).toBe(join(bundledRulesDir(), `${p.id}.yaml`));
      expect(p.clauses.length).toBeGreaterThan(3);
      expect(p.manual.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('are stored by the build validated (dist/policy/packs.json), each equal to a fresh parse of its YAML', () => {
    expect(existsSync(join(repo, 'dist', 'policy', 'packs.json')), 'run npm run build').toBe(true);
    const stored = JSON.parse(readFileSync(join(repo, 'dist', 'policy', 'packs.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(stored)).toHaveLength(packs.length);
    for (const p of packs) {
      const fresh = parsePack(readFileSync(p.file, 'utf8'), p.file);
      validatePack(fresh, sourcesOf(fresh));
      expect(p).toEqual(fresh);
    }
  });

  it('are checked again when a source they quote is not the one they were stored with', () => {
    const dir = tempDir('stored-pack');
    try {
      mkdirSync(join(dir, 'sources'));
      const nypd = packs.find((p) => p.id === 'nypd')!;
      writeFileSync(join(dir, 'nypd.yaml'), readFileSync(nypd.file, 'utf8'));
      expect(loadPack(join(dir, 'nypd.yaml')).clauses).toEqual(nypd.clauses);
      // the same YAML beside a local copy of a source that lost its text: the quotes are looked for again, and fail
      for (const name of nypd.sources) writeFileSync(join(dir, 'sources', name), 'nothing quoted here');
      expect(() => loadPack(join(dir, 'nypd.yaml'))).toThrow(ConfigError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('quote every clause verbatim from a bundled source, without page furniture', () => {
    for (const p of packs) {
      const texts = p.sources.map((s) => fold(readFileSync(join(bundledRulesDir(), 'sources', s), 'utf8')));
      for (const c of [...p.clauses, ...p.manual]) {
        expect(texts.some((t) => t.includes(fold(c.quote))), `${p.id} ${c.id}`).toBe(true);
        expect(c.quote).not.toMatch(/PATROL GUIDE|PROCEDURE NUMBER|DATE EFFECTIVE|\(continued\)|\d of \d/);
      }
    }
  });

  it('cite no clause that grants a permission as broken (Takoma Park 05.A lets employees identify themselves)', () => {
    // "Employees may identify themselves ..." allows; "may not", "may be used", "[MAY OR SHALL NOT]" do not grant.
    const grants = /^(?:Employees|Members|Personnel|Officers|Members of the service)\b[^.]*?\bmay (?!not\b|be\b|still\b)/;
    for (const p of packs) {
      for (const c of p.clauses) {
        const first = fold(c.quote).split(/(?<=\.) /)[0];
        expect(first, `${p.id} ${c.id}`).not.toMatch(grants);
      }
    }
    const [tp] = loadPacks(['takoma-park']);
    expect(clausesFor('id/self-affiliation', [tp], 'personal')).toEqual([]);
    expect(severityFor('id/self-affiliation', [tp], 'personal')).toBe('off');
    expect(manualChecklist([tp]).map((c) => c.id)).toContain('G.O. 418 05.A');
    expect(clausesFor('id/self-affiliation', packs, 'personal').map((c) => c.policy).sort()).toEqual(['massachusetts', 'massachusetts', 'nypd']);
  });

  it('ship every source they quote, and nothing else', () => {
    const used = new Set(packs.flatMap((p) => p.sources));
    expect([...used].sort()).toEqual(Object.keys(SEED_OF).sort());
  });

  it.skipIf(!existsSync(seeds))('bundle the seed policies byte for byte', () => {
    for (const [name, seed] of Object.entries(SEED_OF)) {
      const bundled = readFileSync(join(bundledRulesDir(), 'sources', name));
      expect(bundled.equals(readFileSync(join(seeds, seed))), name).toBe(true);
    }
  });

  it('cover every rule id with some clause', () => {
    for (const { ruleId, clauses } of ruleCoverage(packs)) {
      const active = clauses.filter((c) => c.personal !== 'off' || c.official !== 'off');
      expect(active.length, ruleId).toBeGreaterThan(0);
    }
    expect(ruleCoverage(packs).map((r) => r.ruleId)).toEqual([...RULE_IDS]);
  });

  it('treat undercover as an error everywhere and self-affiliation as personal only', () => {
    for (const p of packs) {
      expect([p.id, severityFor('id/undercover', [p], 'personal')]).toEqual([p.id, 'error']);
      expect([p.id, severityFor('id/undercover', [p], 'official')]).toEqual([p.id, 'error']);
      expect([p.id, severityFor('id/self-affiliation', [p], 'official')]).toEqual([p.id, 'off']);
    }
  });

  it.skipIf(!existsSync(devSet))('keep every rule the dev set expects switched on in its context', () => {
    for (const line of readFileSync(devSet, 'utf8').split('\n').filter(Boolean)) {
      const c = JSON.parse(line) as { id: string; context: AccountContext; expect: string[] };
      for (const rule of c.expect) expect(severityFor(rule, packs, c.context), `${c.id} ${rule}`).not.toBe('off');
    }
  });

  it('list the manual checklist with its policy', () => {
    const list = manualChecklist(packs);
    expect(list.length).toBe(packs.reduce((n, p) => n + p.manual.length, 0));
    expect(list.find((c) => c.policy === 'nypd' && /friending/.test(c.quote))).toBeDefined();
  });
});

describe('severity mapping', () => {
  it('depends on the account context', () => {
    expect(severityFor('image/uniform', packs, 'personal')).toBe('error');
    expect(severityFor('image/uniform', packs, 'official')).toBe('off');
    expect(severityFor('id/self-affiliation', packs, 'personal')).toBe('warning');
    expect(severityFor('id/self-affiliation', packs, 'official')).toBe('off');
    expect(severityFor('pii/address', packs, 'personal')).toBe('error');
    // on the official account only nypd cites an address about no employee (info); massachusetts' IV.A.4.b.3 is cited
    // for employees only, so it no longer makes a venue's address a warning whose message says it has no clause (U30-27)
    expect(severityFor('pii/address', packs, 'official')).toBe('info');
    expect(severityFor('pii/address', packs, 'official', {}, { employee: true })).toBe('error');
    expect(severityFor('id/undercover', packs, 'official')).toBe('error');
  });

  it('takes the highest severity across the selected packs', () => {
    const [nypd] = loadPacks(['nypd']);
    const [ma] = loadPacks(['massachusetts']);
    expect(severityFor('image/uniform', [ma], 'personal')).toBe('warning');
    expect(severityFor('image/uniform', [nypd], 'personal')).toBe('error');
    expect(severityFor('image/uniform', [ma, nypd], 'personal')).toBe('error');
    expect(severityFor('conduct/political', [nypd], 'official')).toBe('error');
  });

  it('is off when no clause covers the rule, and a config override replaces it', () => {
    const [tp] = loadPacks(['takoma-park']);
    expect(severityFor('pii/phone', [tp], 'personal')).toBe('off');
    expect(severityFor('pii/phone', [tp], 'personal', { 'pii/phone': 'warning' })).toBe('warning');
    expect(severityFor('image/uniform', packs, 'personal', { 'image/uniform': 'off' })).toBe('off');
    expect(severityFor('image/uniform', packs, 'personal', { 'pii/phone': 'info' })).toBe('error');
  });

  // User test 30, U30-3: a rule no selected pack maps is looked for anyway; its finding quotes each pack's reason
  it("names each pack's reason for a rule none of them maps, and nothing for a rule one maps (even turned off)", () => {
    const [tp] = loadPacks(['takoma-park']);
    const [nh] = loadPacks(['new-haven']);
    expect(uncoveredBy('pii/phone', [tp])).toEqual([{ policy: 'takoma-park', why: 'no clause on personal phone numbers' }]);
    expect(uncoveredBy('id/badge-number', [tp, nh]).map((g) => g.policy)).toEqual(['takoma-park', 'new-haven']);
    // new-haven maps pii/phone (personal only): a gap of takoma-park's alone is no gap of the pair
    expect(uncoveredBy('pii/phone', [tp, nh])).toEqual([]);
    expect(uncoveredBy('case/investigation', [tp])).toEqual([]);
  });

  it('cites the clauses that apply in the context, most severe first', () => {
    const personal = clausesFor('image/uniform', packs, 'personal');
    expect(personal.length).toBeGreaterThan(2);
    expect(personal[0]).toEqual({
      policy: expect.any(String),
      id: expect.any(String),
      title: expect.any(String),
      quote: expect.any(String),
    });
    const [nypd] = loadPacks(['nypd']);
    expect(clausesFor('image/uniform', [nypd], 'personal').map((c) => c.id)).toEqual([
      'P.G. 203-28 Additional Data ¶4 (uniform, badges, vehicles)',
    ]);
    expect(clausesFor('image/uniform', packs, 'official')).toEqual([]);
    const ranks = personal.map((c) => {
      const sev = packs.find((p) => p.id === c.policy)!.clauses.find((k) => k.id === c.id)!.rules['image/uniform'];
      return sev.personal === 'off' ? 0 : SEVERITY_RANK[sev.personal];
    });
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });
});

describe('clauses about other agencies (unless: roster-member)', () => {
  it('cite Massachusetts IV.C.8.d ("employees of other law enforcement agencies") only for someone not on your roster', () => {
    const [ma] = loadPacks(['massachusetts']);
    expect(clausesFor('id/coworker', [ma], 'personal').map((c) => c.id)).toEqual(['IV.C.7.b', 'IV.C.8.d']);
    expect(clausesFor('id/coworker', [ma], 'personal', { rosterMember: true }).map((c) => c.id)).toEqual(['IV.C.7.b']);
    expect(severityFor('id/coworker', [ma], 'personal', {}, { rosterMember: true })).toBe('error');
  });

  it('mark every bundled clause about other agencies, and no clause about your own department', () => {
    const marked = packs.flatMap((p) =>
      p.clauses.filter((c) => Object.values(c.rules).some((r) => r.unless === 'roster-member')).map((c) => `${p.id} ${c.id}`),
    );
    expect(marked).toEqual(['massachusetts IV.C.8.d']);
    const aboutOthers = packs.flatMap((p) =>
      p.clauses.filter((c) => /other law enforcement agenc|other agenc/i.test(c.quote) && c.rules['id/coworker']).map((c) => `${p.id} ${c.id}`),
    );
    expect(aboutOthers).toEqual(marked);
  });

  it('are named by the roster messages of id/coworker, kept equal to the messages that speak of the roster', () => {
    const rosterMessages = Object.entries(coworker.messages)
      .filter(([, text]) => /roster/i.test(text))
      .map(([id]) => id)
      .sort();
    expect([...ROSTER_MEMBER_MESSAGES['id/coworker']!].sort()).toEqual(rosterMessages);
    expect(namesRosterMember('id/coworker', 'rosterTitle')).toBe(true);
    expect(namesRosterMember('id/coworker', 'title')).toBe(false);
    expect(namesRosterMember('id/undercover', undefined)).toBe(false);
  });

  it('reject an unknown unless', () => {
    const [ma] = loadPacks(['massachusetts']);
    const bad = structuredClone(ma);
    bad.clauses.find((c) => c.id === 'IV.C.8.d')!.rules['id/coworker']!.unless = 'friends' as never;
    expect(() => validatePack(bad, sourcesOf(bad))).toThrow(/bad unless "friends"/);
  });
});

// User test 27, U1-4: an officer's birth date and home address on the official account were only warnings.
describe("clauses on employees' personal information (employee: error)", () => {
  it('raise Massachusetts IV.A.4.b.3 to an error on the official account for a finding about an employee', () => {
    const [ma] = loadPacks(['massachusetts']);
    // about no employee the clause is not cited: info, its message saying massachusetts has no clause (user test 30, U30-27)
    expect(severityFor('pii/birthdate', [ma], 'official')).toBe('info');
    expect(severityFor('pii/birthdate', [ma], 'official', {}, { employee: true })).toBe('error');
    expect(severityFor('pii/address', [ma], 'personal', {}, { employee: true })).toBe('error');
    expect(clausesFor('pii/address', [ma], 'official', { employee: true }).map((c) => c.id)).toContain('IV.A.4.b.3');
    // a department's own severity for the rule still wins
    expect(severityFor('pii/birthdate', [ma], 'official', { 'pii/birthdate': 'info' }, { employee: true })).toBe('info');
  });

  it('cite IV.A.4.b.3 on the official account only for an employee (cite: employee); info for the rest (user test 27, U2-14; user test 30, U30-27)', () => {
    const [ma] = loadPacks(['massachusetts']);
    expect(clausesFor('pii/address', [ma], 'official').map((c) => c.id)).toEqual([]);
    expect(uncitedClauses('pii/address', [ma], 'official').map((c) => c.id)).toEqual(['IV.A.4.b.3']);
    // a finding whose message says no clause applies does not count against --max-warnings (user test 30, U30-27)
    expect(severityFor('pii/address', [ma], 'official')).toBe('info');
    expect(clausesFor('pii/address', [ma], 'personal').map((c) => c.id)).toEqual(['IV.A.4.b.3']);
    // a phone keeps the official-contact clause that fits
    expect(clausesFor('pii/phone', [ma], 'official').map((c) => c.id)).toEqual(['IV.A.4.c']);
    const bad = structuredClone(ma);
    bad.clauses.find((c) => c.id === 'IV.A.4.b.3')!.rules['pii/address']!.cite = 'everyone' as never;
    expect(() => validatePack(bad, sourcesOf(bad))).toThrow(/bad cite "everyone"/);
  });

  it('reject an employee severity that is none', () => {
    const [ma] = loadPacks(['massachusetts']);
    const bad = structuredClone(ma);
    bad.clauses.find((c) => c.id === 'IV.A.4.b.3')!.rules['pii/address']!.employee = 'loud' as never;
    expect(() => validatePack(bad, sourcesOf(bad))).toThrow(/bad severity "loud"/);
  });
});

describe('pack selection', () => {
  it('loads by id, by comma list and by path', () => {
    expect(loadPacks(['nypd']).map((p) => p.id)).toEqual(['nypd']);
    expect(loadPacks(['nypd,new-haven', 'nypd']).map((p) => p.id)).toEqual(['nypd', 'new-haven']);
    expect(loadPacks([join(bundledRulesDir(), 'takoma-park.yaml')]).map((p) => p.id)).toEqual(['takoma-park']);
  });

  it('rejects an unknown policy with the available ids', () => {
    expect(() => loadPacks(['lapd'])).toThrow(UsageError);
    expect(() => loadPacks(['lapd'])).toThrow(/massachusetts, new-haven, nypd, takoma-park/);
    expect(() => loadPacks(['./nowhere.yaml'])).toThrow(UsageError);
  });
});

describe('pack validation', () => {
  const source = 'Members shall not post photos\n  of themselves in uniform. PATROL GUIDE 2 of 4';
  const good = (): PolicyPack => ({
    id: 'demo',
    title: 'Demo policy',
    file: 'demo.yaml',
    sources: ['demo.txt'],
    clauses: [
      {
        id: '1',
        title: 'No uniform photos',
        quote: 'Members shall not post photos of themselves in uniform.',
        rules: { 'image/uniform': { personal: 'error', official: 'off' } },
        exceptions: [],
      },
    ],
    manual: [],
  });
  const check = (pack: PolicyPack) => () => validatePack(pack, { 'demo.txt': source });

  it('accepts a quote that differs only in whitespace', () => {
    expect(check(good())).not.toThrow();
  });

  it('rejects an empty unchecked part, and accepts a phrase', () => {
    const p = good();
    p.clauses[0].unchecked = [' '];
    expect(check(p)).toThrow(/an unchecked part is a non-empty phrase/);
    p.clauses[0].unchecked = ['A uniform seen only in a reflection'];
    expect(check(p)).not.toThrow();
  });

  it('rejects an unknown rule id', () => {
    const p = good();
    p.clauses[0].rules['pii/ssn'] = { personal: 'error', official: 'error' };
    expect(check(p)).toThrow(ConfigError);
    expect(check(p)).toThrow(/unknown rule id "pii\/ssn"/);
  });

  it('rejects a missing quote, title or id', () => {
    for (const key of ['quote', 'title', 'id'] as const) {
      const p = good();
      p.clauses[0][key] = '';
      expect(check(p), key).toThrow(new RegExp(`needs an? ${key}`));
    }
  });

  it('rejects a quote not in the source, and one that only differs in typography', () => {
    const p = good();
    p.clauses[0].quote = 'Members shall never post photos of themselves in uniform.';
    expect(check(p)).toThrow(/not found verbatim in demo.txt/);
    const q = good();
    q.clauses[0].quote = 'Members shall not post photos of themselves in uniform';
    expect(check(q)).not.toThrow();
    expect(() => validatePack(q, { 'demo.txt': 'Members’ photos' })).toThrow(/not found/);
    const r = good();
    r.clauses[0].quote = 'Members’ photos';
    expect(() => validatePack(r, { 'demo.txt': "Members' photos" })).toThrow(/quotation marks or dashes/);
  });

  it('rejects a bad severity, a clause without rules, a duplicate id and a missing source', () => {
    const p = good();
    p.clauses[0].rules['image/uniform'] = { personal: 'fatal' as never, official: 'off' };
    expect(check(p)).toThrow(/bad severity "fatal"/);
    const q = good();
    q.clauses[0].rules = {};
    expect(check(q)).toThrow(/maps no rule/);
    const r = good();
    r.manual.push({ id: '1', title: 'Again', quote: 'in uniform' });
    expect(check(r)).toThrow(/duplicate clause id "1"/);
    expect(() => validatePack(good(), {})).toThrow(/source file not found: sources\/demo.txt/);
  });

  describe('from a file', () => {
    const dir = tempDir('packs');
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources', 'demo.txt'), source);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const write = (name: string, yaml: string) => {
      writeFileSync(join(dir, name), yaml);
      return join(dir, name);
    };
    const yaml = (rule: string, quote = 'Members shall not post photos of themselves in uniform.') =>
      [
        'id: demo',
        'title: Demo policy',
        'sources: [demo.txt]',
        'clauses:',
        '  - id: "1"',
        '    title: No uniform photos',
        `    quote: "${quote}"`,
        '    rules:',
        "      image/uniform: { personal: error, official: 'off' }",
        `      ${rule}: { personal: error, official: warning }`,
        'manual: []',
      ].join('\n');

    it('loads a valid pack and its sources from beside it', () => {
      const pack = loadPack(write('demo.yaml', yaml('pii/phone')));
      expect(pack.clauses[0].rules['pii/phone']).toEqual({ personal: 'error', official: 'warning' });
      expect(loadPacks(['demo'], dir).map((p) => p.id)).toEqual(['demo']);
    });

    it('reports the file, line and key of an unknown rule id', () => {
      const file = write('bad-rule.yaml', yaml('pii/ssn'));
      const err = (() => {
        try {
          loadPack(file);
        } catch (e) {
          return e;
        }
      })() as ConfigError;
      expect(err).toBeInstanceOf(ConfigError);
      expect(err.file).toBe(file);
      expect(err.line).toBe(10);
      expect(err.key).toBe('clauses[0].rules.pii/ssn');
    });

    it('reports the line of a quote not in the source', () => {
      expect(() => loadPack(write('bad-quote.yaml', yaml('pii/phone', 'Members may post anything.')))).toThrow(
        /bad-quote.yaml:7: clauses\[0\].quote: quote of "1" is not found verbatim/,
      );
    });

    it('reports a missing quote at its clause', () => {
      const text = yaml('pii/phone').replace(/\n {4}quote: .*/, '');
      expect(() => loadPack(write('no-quote.yaml', text))).toThrow(/no-quote.yaml:5: clauses\[0\].quote: a clause needs a quote/);
    });

    it('rejects unknown keys and a pack id that does not match its file name in a rules dir', () => {
      expect(() => loadPack(write('typo.yaml', yaml('pii/phone').replace('    quote:', '    qoute:')))).toThrow(
        /typo.yaml:7: clauses\[0\].qoute: unknown key/,
      );
      rmSync(join(dir, 'typo.yaml'));
      write('other.yaml', yaml('pii/phone'));
      expect(() => loadPacks(['other'], dir)).toThrow(/must match its file name "other"/);
      rmSync(join(dir, 'other.yaml'));
    });
  });
});

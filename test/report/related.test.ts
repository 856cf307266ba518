// User test 29, U29-11 (U1-9): a rule read once per post (core/rules.ts ONE_PER_POST, id/self-affiliation) is one
// finding whose further cues are its `related` spans: every format shows them where it shows a finding's place, the
// human ones with their evidence masked, the CI ones (SARIF, JUnit, github) without evidence.
import { describe, expect, it } from 'vitest';
import { onePerPost } from '../../src/core/screen.js';
import type { Clause, Finding, Report } from '../../src/core/types.js';
import { formatGithub } from '../../src/report/github.js';
import { formatHtml } from '../../src/report/html.js';
import { formatJson } from '../../src/report/json.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';

const DRAFT = 'posts/thread.txt';
const TEXT = '1/ long thread about my first year on the job\n2/ field training was brutal. my FTO was tough but fair\n3/ night shift taught me more than the academy\n';
const CLAUSE: Clause = { policy: 'rpd', id: 'SM-2', title: 'Self-identification', quote: 'Members shall not identify themselves as members.' };
const at = (words: string) => {
  const start = TEXT.indexOf(words);
  const before = TEXT.slice(0, start).split('\n');
  return { start, end: start + words.length, line: before.length, column: before[before.length - 1].length + 1 };
};
const cue = (words: string, evidence: string, pattern: string, severity: Finding['severity'] = 'warning', confidence = 0.8): Finding => ({
  ruleId: 'id/self-affiliation',
  severity,
  confidence,
  message: 'The author reveals being a police officer on a personal account.',
  file: DRAFT,
  source: 'text',
  location: at(words),
  evidence,
  clauses: [CLAUSE],
  fingerprint: `fp-${pattern}`,
  data: { pattern },
});
const cues = [
  cue('field training', 'f**** t*******', 'POLICE_TEAM'),
  cue('the job', 't** j**', 'JOB_TENURE'),
  cue('my FTO', 'm* F**', 'MY_POLICE_THING', 'error', 0.9),
  cue('the academy', 't** a******', 'ACADEMY_OWN'),
];
const other: Finding = { ...cue('my FTO', 'm* F**', 'x'), ruleId: 'conduct/profanity', data: undefined, fingerprint: 'fp-other' };

function report(findings: Finding[]): Report {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  for (const f of findings) bySeverity[f.severity]++;
  return {
    files: [{ path: DRAFT, kind: 'text', findings }],
    summary: {
      files: 1,
      filesWithFindings: 1,
      unreadFiles: 0,
      findings: findings.length,
      bySeverity,
      byRule: Object.fromEntries([...new Set(findings.map((f) => f.ruleId))].map((r) => [r, findings.filter((f) => f.ruleId === r).length])),
      context: 'personal',
      policies: ['rpd'],
      profile: null,
      unsupported: { files: 0, types: [], paths: [] },
    },
  };
}

describe('one finding per post for id/self-affiliation (ONE_PER_POST)', () => {
  it('folds the cues into the first in reading order, with the worst severity and highest confidence', () => {
    const folded = onePerPost([other, ...cues]);
    expect(folded.map((f) => f.ruleId)).toEqual(['conduct/profanity', 'id/self-affiliation']);
    const [, one] = folded;
    expect(one.location).toEqual(at('the job'));
    expect(one.evidence).toBe('t** j**');
    expect(one.fingerprint).toBe('fp-JOB_TENURE');
    expect(one.severity).toBe('error');
    expect(one.confidence).toBe(0.9);
    expect(one.related?.map((r) => r.data?.pattern)).toEqual(['POLICE_TEAM', 'MY_POLICE_THING', 'ACADEMY_OWN']);
    expect(one.related?.map((r) => r.fingerprint)).toEqual(['fp-POLICE_TEAM', 'fp-MY_POLICE_THING', 'fp-ACADEMY_OWN']);
    // one cue stays as it was; other rules are never folded
    expect(onePerPost([cues[0]])).toEqual([cues[0]]);
    expect(onePerPost([other, { ...other, location: at('the job') }])).toHaveLength(2);
  });

  const folded = report(onePerPost(cues));
  const clear = ['the job', 'field training', 'my FTO', 'the academy'];

  it('stylish and JSON list each cue, masked', () => {
    const text = formatStylish(folded, { color: false });
    expect(text.match(/id\/self-affiliation/g)).toHaveLength(1);
    expect(text).toContain('also: 2:4 "f**** t*******", 2:31 "m* F**", 3:36 "t** a******"');
    const json = JSON.parse(formatJson(folded));
    expect(json.files[0].findings[0].related.map((r: { evidence: string }) => r.evidence)).toEqual(['f**** t*******', 'm* F**', 't** a******']);
    for (const out of [text, formatJson(folded)]) for (const words of clear) expect(out).not.toContain(words);
  });

  it('the HTML page highlights and masks every cue, in excerpts and the whole draft, and lists them', () => {
    for (const showDraft of [false, true]) {
      const page = formatHtml(folded, { sourceText: (f) => (f === DRAFT ? TEXT : undefined), showDraft });
      for (const words of clear) expect(page, words).not.toContain(words);
      expect(page.match(/<mark class="hl sev-error" data-rules="id\/self-affiliation"/g)).toHaveLength(4);
      expect(page).toContain('<p class="meta related">also: line 2, column 4 · <span class="evidence">f**** t*******</span>');
    }
  });

  it('SARIF is one result with the other cues as related locations, JUnit one case, github one annotation: no evidence', () => {
    const sarif = JSON.parse(formatSarif(folded));
    const [result] = sarif.runs[0].results;
    expect(sarif.runs[0].results).toHaveLength(1);
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 39 });
    expect(result.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: DRAFT }, region: expect.objectContaining({ startLine: 2, startColumn: 4 }) }, message: { text: 'another cue of this finding (POLICE_TEAM)' } },
      { id: 2, physicalLocation: { artifactLocation: { uri: DRAFT }, region: expect.objectContaining({ startLine: 2, startColumn: 31 }) }, message: { text: 'another cue of this finding (MY_POLICE_THING)' } },
      { id: 3, physicalLocation: { artifactLocation: { uri: DRAFT }, region: expect.objectContaining({ startLine: 3, startColumn: 36 }) }, message: { text: 'another cue of this finding (ACADEMY_OWN)' } },
    ]);
    const junit = formatJunit(folded);
    expect(junit.match(/<testcase /g)).toHaveLength(1);
    expect(junit).toContain('Also at 2:4; 2:31; 3:36.');
    const github = formatGithub(folded).trim().split('\n');
    expect(github).toHaveLength(1);
    expect(github[0]).toMatch(/^::error file=posts\/thread\.txt,line=1,.*Also at 2:4; 2:31; 3:36\./);
    for (const out of [JSON.stringify(sarif.runs[0].results), junit, github[0]]) {
      for (const words of clear) expect(out).not.toContain(words);
      for (const f of cues) expect(out).not.toContain(f.evidence);
    }
  });
});

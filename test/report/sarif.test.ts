import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { FINGERPRINT_KEY, formatSarif, pathToUri, type SarifOptions } from '../../src/report/sarif.js';
import { hasSarifSchema, sarifValidator } from '../helpers/sarif-schema.js';
import { PII_CLAUSE, sampleAnchors, sampleEvidence, sampleFormatOptions, sampleReport, textFinding } from './sample-report.js';

const options: SarifOptions = sampleFormatOptions;

type Json = any;
const sarif = (report: Report = sampleReport, opts: SarifOptions = options): Json => JSON.parse(formatSarif(report, opts));

describe('formatSarif', () => {
  it.skipIf(!hasSarifSchema)('is valid SARIF 2.1.0', () => {
    const validate = sarifValidator();
    for (const log of [sarif(), sarif(sampleReport, {}), sarif({ ...sampleReport, files: [] }, {})]) {
      const ok = validate(log);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('never writes evidence, masked or not', () => {
    const out = formatSarif(sampleReport, options);
    for (const ev of sampleEvidence) expect(out).not.toContain(ev);
    const unmasked: Report = {
      ...sampleReport,
      files: sampleReport.files.map((f) => ({ ...f, findings: f.findings.map((x) => ({ ...x, evidence: `UNMASKED ${x.ruleId}` })) })),
    };
    expect(formatSarif(unmasked, options)).not.toContain('UNMASKED');
  });

  it('lists described rules and every rule that appears, sorted, with matching ruleIndex', () => {
    const run = sarif().runs[0];
    const ids = run.tool.driver.rules.map((r: Json) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('pii/email');
    for (const f of sampleReport.files.flatMap((x) => x.findings)) expect(ids).toContain(f.ruleId);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('describes rules with clauses in help text and markdown, and a default level', () => {
    const rules = sarif().runs[0].tool.driver.rules;
    const phone = rules.find((r: Json) => r.id === 'pii/phone');
    expect(phone.shortDescription.text).toBe('Phone number');
    expect(phone.defaultConfiguration.level).toBe('error');
    expect(phone.help.text).toContain('rpd SM-4.2 Personal information & privacy');
    expect(phone.help.text).toContain(PII_CLAUSE.quote);
    expect(phone.help.markdown).toContain('**rpd SM-4.2**');
    expect(phone.help.markdown).toContain('\\<of any kind\\>');
    const vehicle = rules.find((r: Json) => r.id === 'image/marked-vehicle');
    expect(vehicle.shortDescription.text).toBe('image/marked-vehicle');
    expect(vehicle.defaultConfiguration.level).toBe('note');
    expect(vehicle.help.text).toContain('state-model 7(b)');
  });

  it('places text findings on their span', () => {
    const r = sarif().runs[0].results.find((x: Json) => x.ruleId === 'pii/phone');
    expect(r.level).toBe('error');
    expect(r.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'posts/market.md' },
      region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 20, charOffset: 52, charLength: 8 },
    });
    expect(r.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: textFinding.fingerprint });
    expect(r.suppressions).toEqual([]);
  });

  it('computes end positions across lines when given the text', () => {
    const text = 'ab\ncd 555\n0142 ef';
    const report: Report = {
      ...sampleReport,
      files: [{ path: 'a.txt', findings: [{ ...textFinding, file: 'a.txt', location: { start: 6, end: 14, line: 2, column: 4 } }] }],
    };
    const region = sarif(report, { sourceText: () => text }).runs[0].results[0].locations[0].physicalLocation.region;
    expect(region).toMatchObject({ startLine: 2, startColumn: 4, endLine: 3, endColumn: 5 });
  });

  it('points a Word file\'s text finding at its paragraph, with no region into the zip (user test 27, U3-10)', () => {
    const report: Report = {
      ...sampleReport,
      files: [{ path: 'posts/wed-award.docx', findings: [{ ...textFinding, file: 'posts/wed-award.docx', location: { start: 410, end: 422, line: 7, column: 11 } }] }],
    };
    const log = sarif(report, {});
    const [location] = log.runs[0].results[0].locations;
    expect(location.physicalLocation).toEqual({ artifactLocation: { uri: 'posts/wed-award.docx' } });
    expect(location.logicalLocations).toEqual([{ name: 'paragraph 7', kind: 'element' }]);
    expect(log.runs[0].results[0].message.text).toMatch(/\(paragraph 7\)$/);
    // upper case and templates too; a Markdown draft keeps its region
    const upper = sarif({ ...report, files: [{ path: 'R.DOTM', findings: [{ ...textFinding, file: 'R.DOTM' }] }] }, {});
    expect(upper.runs[0].results[0].locations[0].physicalLocation.region).toBeUndefined();
    if (hasSarifSchema) {
      const validate = sarifValidator();
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('anchors image findings on the draft line that attaches the image', () => {
    const r = sarif().runs[0].results.find((x: Json) => x.ruleId === 'image/gps');
    expect(r.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'posts/market.md' },
      region: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 33, charOffset: 80, charLength: 32 },
    });
    expect(r.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('posts/market/photo.jpg');
    expect(r.message.text).toContain('posts/market/photo.jpg, tag GPSLatitude');
    expect(r.properties.tag).toBe('GPSLatitude');
  });

  it('puts image findings on the image, without a region, when there is no anchor', () => {
    const results = sarif(sampleReport, {}).runs[0].results;
    const gps = results.find((x: Json) => x.ruleId === 'image/gps');
    expect(gps.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'posts/market/photo.jpg' } });
    const ocr = results.find((x: Json) => x.ruleId === 'id/badge-number');
    expect(ocr.locations[0].physicalLocation.region).toBeUndefined();
    expect(ocr.properties.box).toEqual({ x: 120, y: 40, width: 64, height: 22 });
    const vision = results.find((x: Json) => x.ruleId === 'image/marked-vehicle');
    expect(vision.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'posts/parade.jpg' } });
    expect(vision.level).toBe('note');
  });

  it('reports suppressions as inSource or external with the justification', () => {
    const results = sarif().runs[0].results;
    expect(results.find((x: Json) => x.ruleId === 'conduct/profanity').suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'quoting the court record' },
    ]);
    expect(results.find((x: Json) => x.ruleId === 'image/faces').suppressions).toEqual([{ kind: 'external', status: 'accepted' }]);
  });

  it('reports unscreenable files and notes as notifications', () => {
    const notes = sarif().runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatchObject({ level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'posts/broken.png' } } }] });
    expect(notes[1].level).toBe('note');
  });

  it('writes relative, percent-encoded URIs', () => {
    expect(pathToUri('posts/my draft #1.md')).toBe('posts/my%20draft%20%231.md');
    expect(pathToUri('posts\\a.md')).toBe('posts/a.md');
    expect(pathToUri('/repo/posts/a.md', { root: '/repo' })).toBe('posts/a.md');
    expect(pathToUri('a.md', { root: '/repo', cwd: '/repo/posts' })).toBe('posts/a.md');
    expect(pathToUri('/elsewhere/a b.md')).toBe('file:///elsewhere/a%20b.md');
  });

  it('is deterministic', () => {
    expect(formatSarif(sampleReport, options)).toBe(formatSarif(sampleReport, options));
  });
});

import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { sampleAnchors, sampleEvidence, sampleReport, textFinding } from './sample-report.js';

describe('formatGithub', () => {
  it('writes one command per unsuppressed finding and per unscreenable file', () => {
    const lines = formatGithub(sampleReport).trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith('::notice')).length).toBe(2);
    expect(lines.join('\n')).not.toContain('conduct/profanity');
    expect(lines.join('\n')).not.toContain('image/faces');
  });

  it('points text findings at their span', () => {
    const out = formatGithub({ ...sampleReport, files: [{ path: 'posts/market.md', findings: [textFinding] }] });
    expect(out).toBe(
      '::error file=posts/market.md,line=3,endLine=3,col=12,endColumn=20,title=clearpost pii/phone::Phone number of a private person%0APolicy%3A rpd SM-4.2 Personal information & privacy\n'.replace(
        'Policy%3A',
        'Policy:',
      ),
    );
  });

  it('escapes properties and data as the runner requires', () => {
    expect(escapeData('50% a\r\nb: c, d')).toBe('50%25 a%0D%0Ab: c, d');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    const report: Report = { ...sampleReport, files: [{ path: 'we,ird:name.md', findings: [{ ...textFinding, file: 'we,ird:name.md' }] }] };
    expect(formatGithub(report)).toContain('::error file=we%2Cird%3Aname.md,line=3');
  });

  it('never writes evidence', () => {
    const out = formatGithub(sampleReport, { anchorOf: sampleAnchors });
    for (const ev of sampleEvidence) expect(out).not.toContain(ev);
  });

  it('is empty for a clean report', () => {
    expect(formatGithub({ ...sampleReport, files: [{ path: 'a.md', findings: [] }] })).toBe('');
  });
});

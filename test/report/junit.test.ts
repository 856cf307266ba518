import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { escapeXml, formatJunit } from '../../src/report/junit.js';
import { sampleAnchors, sampleEvidence, sampleReport } from './sample-report.js';

describe('formatJunit', () => {
  it('counts tests, failures, errors and skipped per suite and overall', () => {
    const out = formatJunit(sampleReport);
    expect(out).toContain('<testsuites name="clearpost" tests="9" failures="3" errors="1" skipped="2">');
    expect(out).toContain('<testsuite name="posts/clean.txt" tests="1" failures="0" errors="0" skipped="0">');
    expect(out).toContain('<testcase name="no findings" classname="posts/clean.txt" file="posts/clean.txt"/>');
    expect(out).toContain('<testsuite name="posts/broken.png" tests="1" failures="0" errors="1" skipped="0">');
  });

  it('makes findings below failOn passing testcases', () => {
    const out = formatJunit(sampleReport, { failOn: 'error' });
    expect(out).toMatch(/tests="9" failures="2" errors="1" skipped="2"/);
    expect(formatJunit(sampleReport, { failOn: 'info' })).toMatch(/tests="9" failures="5" errors="1" skipped="2"/);
  });

  it('never writes evidence', () => {
    const out = formatJunit(sampleReport);
    for (const ev of sampleEvidence) expect(out).not.toContain(ev);
  });

  it('escapes XML in attributes and text and drops characters XML cannot carry', () => {
    expect(escapeXml(`a&b<c>"d"'e'`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
    expect(escapeXml('x\u0000y\u001bz\ud800')).toBe('xyz');
    expect(escapeXml('l1\nl2\tend', true)).toBe('l1&#10;l2&#9;end');
    expect(escapeXml('l1\nl2')).toBe('l1\nl2');
    expect(escapeXml('emoji 🚓')).toBe('emoji 🚓');
    const out = formatJunit(sampleReport, { failOn: 'info' });
    expect(out).toContain('failure message="Names the department: &quot;RPD&quot;, 50% sure, a/b"');
    expect(out).toContain('Personal information &amp; privacy: &quot;Members shall not post &quot;personally identifying&quot; information &lt;of any kind&gt;');
  });

  it('anchors image findings on the draft line when given anchors', () => {
    const out = formatJunit(sampleReport, { anchorOf: sampleAnchors });
    expect(out).toContain('name="image/gps at posts/market.md:5:1" classname="posts/market.md" file="posts/market.md" line="5"');
    const plain = formatJunit(sampleReport);
    expect(plain).toContain('name="image/gps at posts/market/photo.jpg" classname="posts/market.md" file="posts/market/photo.jpg">');
  });

  it('writes an empty but valid document for an empty report', () => {
    const empty: Report = { ...sampleReport, files: [] };
    expect(formatJunit(empty)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="clearpost" tests="0" failures="0" errors="0" skipped="0">\n</testsuites>\n',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, FORMATS, renderFormat } from '../../src/report/formats.js';
import { sampleEvidence, sampleFormatOptions, sampleReport } from './sample-report.js';

describe('output formats', () => {
  for (const name of FORMAT_NAMES) {
    it(`${name} matches its golden file`, async () => {
      await expect(renderFormat(name, sampleReport, sampleFormatOptions)).toMatchFileSnapshot(`./golden/sample.${name}.${FORMATS[name].extension}`);
    });

    it(`${name} is deterministic and does not throw on an empty report`, () => {
      const empty = { ...sampleReport, files: [] };
      expect(renderFormat(name, empty, sampleFormatOptions)).toBe(renderFormat(name, empty, sampleFormatOptions));
    });
  }

  it('CI formats never carry evidence', () => {
    for (const name of ['sarif', 'junit', 'github'] as const) {
      const out = renderFormat(name, sampleReport, sampleFormatOptions);
      for (const ev of sampleEvidence) if (ev) expect(out).not.toContain(ev);
    }
  });
});

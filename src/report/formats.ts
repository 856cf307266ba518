/**
 * The output formats, one registry: a format is a pure function `(report, options) => string` plus the file
 * extension of its golden test. Adding a format is one file in this folder, one row here and one golden file
 * (test/report/formats.test.ts renders every row against the sample report).
 */
import type { Report, Severity } from '../core/types.js';
import { formatGithub } from './github.js';
import { formatHtml, type EmbeddedImage } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif, type SarifRule } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { PlaceOptions } from './where.js';

/** Everything a format may use; each format reads only what it needs. */
export interface FormatOptions extends PlaceOptions {
  /** Colour (stylish on a terminal). */
  color: boolean;
  toolVersion?: string;
  informationUri?: string;
  /** The active rule catalogue (SARIF's `tool.driver.rules`). */
  rules?: SarifRule[];
  /** The working directory report paths are relative to. */
  cwd?: string;
  /** Findings at or above this severity fail the run (JUnit failures). */
  failOn?: Severity;
  /** HTML: pictures prepared by the caller (downscaled data URIs, masked unless evidence is shown), by path. */
  images?: Record<string, EmbeddedImage>;
  /** HTML: show the flagged text itself instead of its masked form. */
  showEvidence?: boolean;
  /** HTML: put each draft's whole text in the page (`--show-draft`); by default only excerpts round the findings. */
  showDraft?: boolean;
  /** HTML: rule titles for the summary. */
  ruleTitles?: Record<string, string>;
  /** Stylish and HTML: name the detector and pattern behind each finding (`--debug`; JSON and SARIF always carry it). */
  debug?: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

export interface OutputFormat {
  render: Formatter;
  /** File extension of the golden file (and a sensible `-o` name). */
  extension: string;
}

export const FORMATS = {
  stylish: { render: formatStylish, extension: 'txt' },
  json: { render: formatJson, extension: 'json' },
  sarif: { render: formatSarif, extension: 'json' },
  junit: { render: formatJunit, extension: 'xml' },
  github: { render: formatGithub, extension: 'txt' },
  html: { render: formatHtml, extension: 'html' },
} as const satisfies Record<string, OutputFormat>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

/** Render a report in a named format. */
export function renderFormat(name: FormatName, report: Report, options: FormatOptions): string {
  return FORMATS[name].render(report, options);
}

/**
 * One hand-built report shared by the formatter golden tests: a text finding, an OCR finding with a box, a metadata
 * finding with a tag, a vision finding, suppressed findings (inline and baseline), a file that could not be screened,
 * a file with a note and a clean file. Evidence strings are masked and distinctive so tests can assert they never
 * reach SARIF, JUnit or GitHub output. Clause text carries XML/Markdown/workflow-command metacharacters on purpose.
 */
import type { FormatOptions } from '../../src/report/formats.js';
import type { Anchor } from '../../src/report/where.js';
import type { Clause, Finding, Report } from '../../src/core/types.js';

export const PII_CLAUSE: Clause = {
  policy: 'rpd',
  id: 'SM-4.2',
  title: 'Personal information & privacy',
  quote: 'Members shall not post "personally identifying" information <of any kind>, including: addresses, phone numbers; 100% of the time.',
};
export const ID_CLAUSE: Clause = {
  policy: 'rpd',
  id: 'SM-5.1',
  title: 'Identifying members',
  quote: 'Badge numbers and assignments of members are not to be posted.',
};
export const GEO_CLAUSE: Clause = {
  policy: 'rpd',
  id: 'SM-6.3',
  title: 'Location data',
  quote: 'Strip location data from images before posting.',
};
export const CONDUCT_CLAUSE: Clause = {
  policy: 'rpd',
  id: 'SM-3.1',
  title: 'Professional conduct',
  quote: 'Posts shall not contain obscene language.',
};
export const VEHICLE_CLAUSE: Clause = {
  policy: 'state-model',
  id: '7(b)',
  title: 'Department property',
  quote: 'Images of marked vehicles on official business require approval.',
};

const DRAFT = 'posts/market.md';
const PHOTO = 'posts/market/photo.jpg';

export const textFinding: Finding = {
  ruleId: 'pii/phone',
  severity: 'error',
  confidence: 0.95,
  message: 'Phone number of a private person',
  file: DRAFT,
  source: 'text',
  location: { start: 52, end: 60, line: 3, column: 12 },
  evidence: '5**-0***',
  clauses: [PII_CLAUSE],
  fingerprint: 'f1a2b3c4d5e6f708192a3b4c5d6e7f80',
  data: { pattern: 'national-layout' },
};

export const ocrFinding: Finding = {
  ruleId: 'id/badge-number',
  severity: 'warning',
  confidence: 0.81,
  message: 'Badge number visible',
  file: DRAFT,
  source: 'ocr',
  location: { start: 6, end: 10, line: 1, column: 7, box: { x: 120, y: 40, width: 64, height: 22 } },
  evidence: 'B**** 4***',
  clauses: [ID_CLAUSE],
  data: { pattern: 'number-after-badge', detector: 'image/police-markings' },
  fingerprint: '0badge0badge0badge0badge0badge00',
  attachment: PHOTO,
};

export const metadataFinding: Finding = {
  ruleId: 'image/gps',
  severity: 'error',
  confidence: 1,
  message: 'Photo carries GPS coordinates (about 37.75, -119.53)',
  file: DRAFT,
  source: 'metadata',
  location: { tag: 'GPSLatitude' },
  evidence: '37.****,-119.****',
  clauses: [GEO_CLAUSE],
  fingerprint: '9e09e09e09e09e09e09e09e09e09e09e',
  attachment: PHOTO,
};

export const inlineSuppressed: Finding = {
  ruleId: 'conduct/profanity',
  severity: 'warning',
  confidence: 0.9,
  message: 'Profanity',
  file: DRAFT,
  source: 'text',
  location: { start: 130, end: 134, line: 8, column: 20 },
  evidence: 'd***',
  clauses: [CONDUCT_CLAUSE],
  fingerprint: 'c0ffeec0ffeec0ffeec0ffeec0ffee00',
  suppressed: { kind: 'inline', justification: 'quoting the court record' },
};

export const visionFinding: Finding = {
  ruleId: 'image/marked-vehicle',
  severity: 'info',
  confidence: 0.62,
  message: 'Marked patrol vehicle in the picture',
  file: 'posts/parade.jpg',
  source: 'vision',
  location: { box: { x: 10, y: 200, width: 340, height: 150 } },
  evidence: 'b***/w**** l*****',
  clauses: [VEHICLE_CLAUSE],
  fingerprint: 'cafe0cafe0cafe0cafe0cafe0cafe000',
};

export const baselineSuppressed: Finding = {
  ruleId: 'image/faces',
  severity: 'warning',
  confidence: 0.7,
  message: 'Faces of members of the public',
  file: 'posts/parade.jpg',
  source: 'vision',
  location: { box: { x: 400, y: 80, width: 48, height: 48 } },
  evidence: 'f*** #*',
  clauses: [PII_CLAUSE],
  fingerprint: 'face0face0face0face0face0face000',
  suppressed: { kind: 'baseline' },
};

export const noteFinding: Finding = {
  ruleId: 'id/department-moniker',
  severity: 'info',
  confidence: 0.5,
  message: 'Names the department: "RPD", 50% sure, a/b',
  file: 'posts/legacy.txt',
  source: 'text',
  location: { start: 0, end: 3, line: 1, column: 1 },
  evidence: 'R**',
  clauses: [ID_CLAUSE],
  fingerprint: 'dep0dep0dep0dep0dep0dep0dep0dep0',
};

export const sampleReport: Report = {
  files: [
    { path: 'posts/broken.png', kind: 'image', findings: [], error: 'cannot decode image: unsupported format' },
    { path: 'posts/clean.txt', kind: 'text', findings: [] },
    { path: 'posts/legacy.txt', kind: 'text', findings: [noteFinding], note: 'decoded as Windows-1252' },
    { path: DRAFT, kind: 'text', findings: [textFinding, ocrFinding, metadataFinding, inlineSuppressed] },
    { path: 'posts/parade.jpg', kind: 'image', findings: [visionFinding, baselineSuppressed] },
  ],
  summary: {
    files: 5,
    filesWithFindings: 3,
    unreadFiles: 1,
    findings: 7,
    bySeverity: { error: 2, warning: 3, info: 2 },
    byRule: {
      'pii/phone': 1,
      'id/badge-number': 1,
      'image/gps': 1,
      'conduct/profanity': 1,
      'image/marked-vehicle': 1,
      'image/faces': 1,
      'id/department-moniker': 1,
    },
    context: 'official',
    policies: ['rpd', 'state-model'],
    profile: 'agency.yaml',
    unsupported: { files: 0, types: [], paths: [] },
  },
};

/** Every evidence string in the sample: none may appear in CI formatter output. */
export const sampleEvidence: string[] = sampleReport.files.flatMap((f) => f.findings.map((x) => x.evidence));

/** The draft links the photo on line 5: `![Market day](market/photo.jpg)` at offsets 80..112. */
export const sampleAnchors = (f: Finding): Anchor | undefined =>
  f.file === DRAFT && f.attachment === PHOTO ? { file: DRAFT, line: 5, column: 1, start: 80, end: 112 } : undefined;

/** The options every format's golden file is rendered with (each format reads what it needs). */
export const sampleFormatOptions: FormatOptions = {
  color: false,
  toolVersion: '0.1.0',
  informationUri: 'https://example.org/clearpost',
  anchorOf: sampleAnchors,
  rules: [
    {
      id: 'pii/phone',
      title: 'Phone number',
      description: 'A phone number that is not a published department line.',
      severity: 'error',
      clauses: [PII_CLAUSE],
    },
    { id: 'pii/email', title: 'Email address', severity: 'warning', clauses: [PII_CLAUSE] },
  ],
};

/**
 * `--format github`: GitHub Actions workflow commands, which GitHub turns into annotations on the pull request.
 *
 *   ::error file=posts/a.md,line=3,endLine=3,col=7,endColumn=19,title=clearpost pii/phone::Phone number%0A...
 *
 * Errors become `::error`, warnings `::warning`, info `::notice`; a file that could not be screened is an `::error`
 * on the file. Suppressed findings are not annotated. Image findings point at the draft line that attaches the image
 * when `anchorOf` gives it, else at the image file (no line). No evidence: annotations are public on public repos.
 * Property values escape `%`, CR, LF, `:` and `,`; the message escapes `%`, CR and LF (as the runner requires).
 */
import { RULE_NOTES, type Report, type Severity } from '../core/types.js';
import { clauseRef, describe, placeOf, toPosix, type PlaceOptions } from './where.js';

export type GithubOptions = PlaceOptions;

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escape a workflow command's message. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command's property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, props: [string, string | number | undefined][], message: string): string {
  const list = props
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${list ? ` ${list}` : ''}::${escapeData(message)}`;
}

/** Render a report as GitHub workflow commands, one per line. */
export function formatGithub(report: Report, options: GithubOptions = {}): string {
  const lines: string[] = [];
  // what the run did not screen (remote pictures, text in pictures with --no-ocr, symbolic links), once per run
  for (const n of report.summary.notScreened ?? []) lines.push(command(RULE_NOTES.has(n.kind) ? 'notice' : 'warning', [['title', 'clearpost: not screened']], n.message));
  if (report.summary.tooManyWarnings) lines.push(command('error', [['title', 'clearpost: too many warnings']], report.summary.tooManyWarnings.message));
  for (const file of report.files) {
    if (file.error) {
      lines.push(command('error', [['file', toPosix(file.path)], ['title', 'clearpost could not screen this file']], file.error));
    }
    // on the draft too, where a reviewer looks: what it names that was not screened
    const missed = [
      ...(file.remotePictures ? [`${file.remotePictures} remote picture${file.remotePictures === 1 ? '' : 's'} not screened (not downloaded)`] : []),
      ...(file.templatedPictures ? [`${file.templatedPictures} picture${file.templatedPictures === 1 ? '' : 's'} named through a template expression not screened`] : []),
      ...(file.mediaClips ? [`${file.mediaClips} video or audio clip${file.mediaClips === 1 ? '' : 's'} not screened (clearpost reads no video or audio)`] : []),
    ];
    if (missed.length) lines.push(command('warning', [['file', toPosix(file.path)], ['title', 'clearpost: not screened']], missed.join('; ')));
    for (const f of file.findings) {
      if (f.suppressed) continue;
      const place = placeOf(f, options);
      const r = place.region;
      const sameLine = r && r.startLine === r.endLine;
      const clauses = f.clauses.map((c) => `${clauseRef(c)} ${c.title}`);
      const message = [describe(f, place, options), ...(clauses.length ? [`Policy: ${clauses.join('; ')}`] : [])].join('\n');
      lines.push(
        command(
          COMMAND[f.severity],
          [
            ['file', toPosix(place.file)],
            ['line', r?.startLine],
            ['endLine', r?.endLine],
            // GitHub ignores columns on multi-line annotations.
            ['col', sameLine ? r.startColumn : undefined],
            ['endColumn', sameLine ? r.endColumn : undefined],
            ['title', `clearpost ${f.ruleId}`],
          ],
          message,
        ),
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

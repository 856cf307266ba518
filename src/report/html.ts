/**
 * `--format html`: one self-contained page for a communications office. Nothing is loaded from the network (a
 * Content-Security-Policy forbids it); images arrive as downscaled data URIs the caller prepared (with the finding
 * regions already painted over unless evidence is shown). The page has the counts, a summary by rule and by policy
 * clause, then each post: excerpts of its text round the findings (the whole text with --show-draft) with the flagged
 * spans highlighted (their text masked unless --show-evidence),
 * its images with the finding boxes drawn, and each finding with the clauses quoted. Filters by severity and rule
 * run in a few lines of inline script; the layout reads on a phone.
 */
import { maskFor } from '../core/mask.js';
import type { Box, Clause, FileReport, Finding, Report, Severity } from '../core/types.js';
import { CONTEXT_MASK, excerptWindow, maskContext } from './excerpts.js';
import { accountsOf, alsoAt, firedBy, imageDetail, isFileTextFinding, shownPath } from './where.js';

/** A picture prepared for the page: a data URI and the size of the original (boxes are in its pixels). */
export interface EmbeddedImage {
  src: string;
  width: number;
  height: number;
}

export interface HtmlOptions {
  /** A draft's text, to show it with the findings highlighted. */
  sourceText?: (file: string) => string | undefined;
  /** Prepared pictures by path (a loose image's path, or an attachment's). */
  images?: Record<string, EmbeddedImage>;
  /** Show the flagged text itself; by default it is masked like the evidence. */
  showEvidence?: boolean;
  /**
   * Put each draft's whole text in the page. By default only excerpts round the findings are (a few words either
   * side, on the finding's line): text no detector flagged (a name in an attribute, hidden Word text) stays out of a
   * page meant to be forwarded.
   */
  showDraft?: boolean;
  /** Rule titles for the summary (`pii/address` -> `Home address`). */
  ruleTitles?: Record<string, string>;
  title?: string;
  /** `--debug`: each finding says which detector and named pattern produced it. */
  debug?: boolean;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const SEVERITY_WORDS: Record<Severity, string> = { error: 'Must fix', warning: 'Should review', info: 'For information' };

/** Escape for HTML text and double-quoted attributes. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const h = escapeHtml;

function worst(findings: readonly Finding[]): Severity | undefined {
  return SEVERITIES.find((s) => findings.some((f) => f.severity === s));
}

/** Stable element ids for findings: `f-<file index>-<finding index>`. */
type Ids = Map<Finding, string>;

function boxOf(f: Finding): Box | undefined {
  const loc = f.location as { box?: Box };
  return loc.box && loc.box.width > 0 && loc.box.height > 0 ? loc.box : undefined;
}

/**
 * The text of `from`..`to` with every finding span marked; the marked text masked unless evidence is shown. With
 * `maskRest` (an excerpt), the unflagged words that may be private are masked too (src/report/excerpts.ts).
 */
function highlightedText(text: string, spans: readonly TextSpan[], ids: Ids, showEvidence: boolean, from = 0, to = text.length, maskRest = false): string {
  const inside = spans.filter((s) => s.start < to && s.end > from);
  const cuts = [...new Set([from, to, ...inside.flatMap((s) => [s.start, s.end]).filter((x) => x > from && x < to)])].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(a, b);
    const over = inside.filter((s) => s.start <= a && b <= s.end).map((s) => s.f);
    if (!over.length) {
      out += maskRest
        ? maskContext(piece)
            .map((p) => (p.masked ? `<span class="ctx-mask" title="not flagged, masked in case it is private">${CONTEXT_MASK}</span>` : h(p.text)))
            .join('')
        : h(piece);
      continue;
    }
    const sev = worst(over) as Severity;
    const rules = [...new Set(over.map((f) => f.ruleId))];
    const shown = showEvidence ? piece : maskFor(rules, piece);
    out +=
      `<mark class="hl sev-${sev}" data-rules="${h(rules.join(' '))}" data-severities="${[...new Set(over.map((f) => f.severity))].join(' ')}" ` +
      `title="${h(rules.join(', '))}"><a href="#${ids.get(over[0])}">${h(shown)}</a></mark>`;
  }
  return out;
}

interface TextSpan {
  f: Finding;
  start: number;
  end: number;
}

/** The draft spans of the findings, each related span (a further cue of a one-per-post finding) as its finding's. */
function textSpans(text: string, findings: readonly Finding[]): TextSpan[] {
  return findings
    .filter((f) => isFileTextFinding(f))
    .flatMap((f) => [f.location, ...(f.related ?? []).map((r) => r.location)].map((loc) => ({ f, start: (loc as { start: number }).start, end: (loc as { end: number }).end })))
    .filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length);
}

/**
 * Excerpts of a draft round its findings: each finding's clause on its line, a few words either side at most
 * (src/report/excerpts.ts), overlapping excerpts merged, `…` where text is left out, and in the unflagged context
 * every word that may be private masked (unless evidence is shown), as is any other place on those lines where a
 * flagged text appears again. The rest of the draft is not in the page.
 */
function excerptsHtml(text: string, spans: readonly TextSpan[], ids: Ids, showEvidence: boolean): string {
  const windows: { from: number; to: number }[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const { from, to } = excerptWindow(text, s.start, s.end);
    const last = windows[windows.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else windows.push({ from, to });
  }
  const shown = showEvidence ? spans : [...spans, ...repeatsOf(text, spans, windows)];
  const lineOf = (at: number) => text.slice(0, at).split('\n').length;
  return windows
    .map(({ from, to }) => {
      const before = from > 0 && text[from - 1] !== '\n' ? '… ' : '';
      const after = to < text.length && text[to] !== '\n' ? ' …' : '';
      const body = highlightedText(text, shown, ids, showEvidence, from, to, !showEvidence).trim();
      return `<p class="excerpt"><span class="ln">line ${lineOf(from)}</span> ${before}${body}${after}</p>`;
    })
    .join('');
}

/** Other places inside the windows where a flagged text (three characters or more) appears again, as its finding's. */
function repeatsOf(text: string, spans: readonly TextSpan[], windows: readonly { from: number; to: number }[]): TextSpan[] {
  const out: TextSpan[] = [];
  const seen = new Set<string>();
  for (const s of spans) {
    const needle = text.slice(s.start, s.end).toLowerCase();
    if (needle.trim().length < 3 || seen.has(needle)) continue;
    seen.add(needle);
    for (const w of windows) {
      const hay = text.slice(w.from, w.to).toLowerCase();
      for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
        const start = w.from + i;
        if (!spans.some((o) => o.start <= start && start + needle.length <= o.end)) out.push({ f: s.f, start, end: start + needle.length });
      }
    }
  }
  return out;
}

function figure(file: string, image: EmbeddedImage | undefined, findings: readonly Finding[], ids: Ids, attachment?: string): string {
  const path = shownPath(file, findings, attachment);
  const boxed = findings.filter((f) => boxOf(f));
  if (!image) {
    return `<p class="noimg">${h(path)}: picture not embedded</p>`;
  }
  const boxes = boxed
    .map((f) => {
      const b = boxOf(f) as Box;
      const pct = (v: number, of: number) => `${Math.max(0, Math.min(100, (v / of) * 100)).toFixed(2)}%`;
      const style = `left:${pct(b.x, image.width)};top:${pct(b.y, image.height)};width:${pct(b.width, image.width)};height:${pct(b.height, image.height)}`;
      return (
        `<a class="box sev-${f.severity}" href="#${ids.get(f)}" style="${style}" data-rule="${h(f.ruleId)}" data-severity="${f.severity}" ` +
        `title="${h(f.ruleId)}"><span>${h(f.ruleId)}</span></a>`
      );
    })
    .join('');
  return (
    `<figure class="shot"><div class="frame"><img src="${h(image.src)}" alt="${h(path)}" width="${image.width}" height="${image.height}">` +
    `${boxes}</div><figcaption>${h(path)}${boxed.length ? ` · ${boxed.length} marked region${boxed.length > 1 ? 's' : ''}` : ''}</figcaption></figure>`
  );
}

function clauseHtml(c: Clause): string {
  return `<blockquote class="clause"><p>${h(c.quote)}</p><cite>${h(c.policy)} ${h(c.id)} · ${h(c.title)}</cite></blockquote>`;
}

function where(f: Finding, post: readonly Finding[]): string {
  const loc = f.location as { line?: number; column?: number };
  if (isFileTextFinding(f)) return `line ${loc.line}, column ${loc.column}`;
  const parts = [...(f.attachment ? [shownPath(f.attachment, post, f.attachment)] : []), ...imageDetail(f)];
  return parts.join(' · ');
}

function findingHtml(f: Finding, id: string, debug: boolean, post: readonly Finding[]): string {
  const suppressed = f.suppressed ? ` suppressed` : '';
  return (
    `<li class="finding sev-${f.severity}${suppressed}" id="${id}" data-rule="${h(f.ruleId)}" data-severity="${f.severity}">` +
    `<div class="fhead"><span class="badge sev-${f.severity}">${SEVERITY_WORDS[f.severity]}</span> <code>${h(f.ruleId)}</code>` +
    `${f.suppressed ? ` <span class="badge muted">suppressed (${h(f.suppressed.kind)}${f.suppressed.justification ? `: ${h(f.suppressed.justification)}` : ''})</span>` : ''}</div>` +
    `<p class="msg">${h(f.message)}</p>` +
    (debug ? `<p class="meta debug">fired: <code>${h(firedBy(f))}</code></p>` : '') +
    `<p class="meta">${h(where(f, post))}${f.evidence ? ` · <span class="evidence">${h(f.evidence)}</span>` : ''} · ${Math.round(f.confidence * 100)}% sure</p>` +
    (f.related?.length
      ? `<p class="meta related">also: ${alsoAt(f, (r) => `${h(where({ ...f, location: r.location }, post))}${r.evidence ? ` · <span class="evidence">${h(r.evidence)}</span>` : ''}`)}</p>`
      : '') +
    (f.clauses.length
      ? `<details class="clauses"><summary><span class="why">${h(f.clauses[0].title)}</span> <small>${h(`${f.clauses[0].policy} ${f.clauses[0].id}`)}` +
        `${f.clauses.length > 1 ? ` and ${f.clauses.length - 1} more clause${f.clauses.length > 2 ? 's' : ''}` : ''} · quote</small></summary>${f.clauses.map(clauseHtml).join('')}</details>`
      : '') +
    `</li>`
  );
}

/**
 * The pictures of a post: a loose image itself (and its later pages a finding names, `scan.tif#page-2`), or a draft's
 * attachments (and any image a finding names).
 */
export function imagesOf(file: FileReport): string[] {
  if (file.kind === 'image') return [file.path, ...new Set(file.findings.flatMap((f) => (f.attachment ? [f.attachment] : [])))];
  return [...new Set([...(file.attachments ?? []), ...file.findings.flatMap((f) => (f.attachment ? [f.attachment] : []))])];
}

function postHtml(file: FileReport, index: number, options: HtmlOptions, ids: Ids): string {
  const active = file.findings.filter((f) => !f.suppressed);
  const sev = worst(active);
  const status = file.error ? 'unread' : sev ? `sev-${sev}` : 'clean';
  const statusWord = file.error ? 'Could not be read' : sev ? `${active.length} finding${active.length > 1 ? 's' : ''}` : 'Nothing found';
  const text = file.kind === 'text' || file.kind === undefined ? options.sourceText?.(file.path) : undefined;
  const images = imagesOf(file);
  const parts: string[] = [];
  if (file.error) parts.push(`<p class="error">${h(file.error)}</p>`);
  if (file.note) parts.push(`<p class="note">${h(file.note)}</p>`);
  if (text !== undefined) {
    const spans = textSpans(text, file.findings);
    if (options.showDraft) parts.push(`<div class="draft">${highlightedText(text, spans, ids, !!options.showEvidence)}</div>`);
    else if (spans.length) parts.push(`<div class="draft excerpts">${excerptsHtml(text, spans, ids, !!options.showEvidence)}</div>`);
  }
  if (images.length) {
    const shots = images.map((img) =>
      figure(
        img,
        options.images?.[img],
        // (a finding in the picture's name read at its link masks the name here too: user test 27, U3-16)
        file.findings.filter((f) => (file.kind === 'image' && img === file.path ? !f.attachment : f.attachment === img || f.inFileName?.attachment === img)),
        ids,
        file.kind === 'image' && img === file.path ? undefined : img,
      ),
    );
    parts.push(`<div class="shots">${shots.join('')}</div>`);
  }
  if (file.findings.length) parts.push(`<ol class="findings">${file.findings.map((f) => findingHtml(f, ids.get(f) as string, !!options.debug, file.findings)).join('')}</ol>`);
  return (
    `<section class="post ${status}" id="post-${index}" data-rules="${h([...new Set(file.findings.map((f) => f.ruleId))].join(' '))}">` +
    `<header><h2>${h(shownPath(file.path, file.findings))}</h2><span class="status ${status}">${statusWord}</span>` +
    `${file.context ? `<span class="ctx">${h(file.context)} account</span>` : ''}</header>${parts.join('')}</section>`
  );
}

function summaryHtml(report: Report, options: HtmlOptions): string {
  const s = report.summary;
  const tiles = SEVERITIES.map(
    (sev) => `<div class="tile sev-${sev}"><b>${s.bySeverity[sev]}</b><span>${SEVERITY_WORDS[sev]}</span></div>`,
  ).join('');
  const active = report.files.flatMap((f) => f.findings.filter((x) => !x.suppressed));
  const rules = Object.entries(s.byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const ruleRows = rules
    .map(([rule, n]) => {
      const sev = worst(active.filter((f) => f.ruleId === rule)) ?? 'info';
      const title = options.ruleTitles?.[rule];
      return `<tr><td><span class="dot sev-${sev}"></span><code>${h(rule)}</code>${title ? `<br><small>${h(title)}</small>` : ''}</td><td class="n">${n}</td></tr>`;
    })
    .join('');
  // By policy, then clause: one collapsible block per policy pack, the clauses most often involved first.
  const byPolicy = new Map<string, Map<string, { clause: Clause; n: number }>>();
  for (const f of active) {
    for (const c of f.clauses) {
      const clauses = byPolicy.get(c.policy) ?? new Map<string, { clause: Clause; n: number }>();
      const entry = clauses.get(c.id) ?? { clause: c, n: 0 };
      entry.n++;
      clauses.set(c.id, entry);
      byPolicy.set(c.policy, clauses);
    }
  }
  const policyBlocks = [...byPolicy.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([policy, clauses]) => {
      const rows = [...clauses.values()]
        .sort((a, b) => b.n - a.n || a.clause.id.localeCompare(b.clause.id))
        .map(({ clause, n }) => `<tr><td><code>${h(clause.id)}</code><br><small>${h(clause.title)}</small></td><td class="n">${n}</td></tr>`)
        .join('');
      const total = [...clauses.values()].reduce((t, c) => t + c.n, 0);
      return `<details class="policy"><summary><b>${h(policy)}</b> · ${clauses.size} clause${clauses.size > 1 ? 's' : ''}, ${total} citation${total > 1 ? 's' : ''}</summary><table><tbody>${rows}</tbody></table></details>`;
    })
    .join('');
  const facts = [
    `${s.files} post${s.files === 1 ? '' : 's'} screened`,
    `${s.filesWithFindings} with findings`,
    ...(s.unreadFiles ? [`${s.unreadFiles} could not be read`] : []),
    ...(s.suppressed ? [`${s.suppressed} suppressed`] : []),
    ...(s.tooManyWarnings ? [s.tooManyWarnings.message] : []),
    ...(s.notScreened ?? []).map((n) => n.message),
    accountsOf(report),
    `policies: ${s.policies.join(', ') || 'none'}`,
    s.profile ? `profile: ${s.profile}` : 'no agency profile (roster and undercover checks off)',
  ];
  return (
    `<section class="summary"><div class="tiles">${tiles}</div><p class="facts">${facts.map(h).join(' · ')}</p>` +
    `<div class="tables">` +
    `<table><caption>By rule</caption><tbody>${ruleRows || '<tr><td>No findings</td><td></td></tr>'}</tbody></table>` +
    `<div><h3>By policy</h3>${policyBlocks || '<p class="note">No clause involved</p>'}</div>` +
    `</div></section>`
  );
}

function filtersHtml(report: Report): string {
  const rules = [...new Set(report.files.flatMap((f) => f.findings.map((x) => x.ruleId)))].sort();
  return (
    `<form class="filters" id="filters" aria-label="Filters"><fieldset><legend>Show</legend>` +
    SEVERITIES.map((s) => `<label class="chip sev-${s}"><input type="checkbox" name="severity" value="${s}" checked> ${SEVERITY_WORDS[s]}</label>`).join('') +
    `</fieldset><label class="rule">Rule <select name="rule"><option value="">all rules</option>` +
    rules.map((r) => `<option value="${h(r)}">${h(r)}</option>`).join('') +
    `</select></label><label class="chip"><input type="checkbox" name="clean"> posts with nothing found</label></form>`
  );
}

/** Hides findings, highlights and boxes that the filters exclude, and posts left with nothing to show. */
const SCRIPT = `(() => {
  const form = document.getElementById('filters');
  const apply = () => {
    const sev = new Set([...form.querySelectorAll('input[name=severity]:checked')].map((i) => i.value));
    const rule = form.elements.rule.value;
    const clean = form.elements.clean.checked;
    const shown = (r, s) => (!rule || r === rule) && s.split(' ').some((x) => sev.has(x));
    document.querySelectorAll('.finding').forEach((el) => { el.hidden = !shown(el.dataset.rule, el.dataset.severity); });
    document.querySelectorAll('.box').forEach((el) => { el.hidden = !shown(el.dataset.rule, el.dataset.severity); });
    document.querySelectorAll('mark.hl').forEach((el) => {
      el.classList.toggle('off', !el.dataset.rules.split(' ').some((r) => shown(r, el.dataset.severities)));
    });
    document.querySelectorAll('.post').forEach((el) => {
      const any = el.querySelector('.finding:not([hidden])');
      el.hidden = !any && !(clean && (el.classList.contains('clean') || el.classList.contains('unread')));
      if (el.classList.contains('unread')) el.hidden = false;
    });
    const n = document.querySelectorAll('.finding:not([hidden]):not(.suppressed)').length;
    document.getElementById('shown').textContent = n + ' finding' + (n === 1 ? '' : 's') + ' shown';
  };
  form.addEventListener('change', apply);
  apply();
})();`;

export const HTML_STYLE = `
:root{--ink:#1d2330;--muted:#5b6472;--line:#dfe3ea;--bg:#f5f7fa;--navy:#14284b;--error:#b42318;--error-bg:#fdecea;--warning:#a15c00;--warning-bg:#fff4e0;--info:#1f5fa8;--info-bg:#e8f1fb;--ok:#207a44}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
.top{background:var(--navy);color:#fff;padding:18px 20px}
.top h1{margin:0;font-size:20px;font-weight:600;letter-spacing:.2px}
.top p{margin:4px 0 0;color:#c9d3e6;font-size:13px}
main{max-width:980px;margin:0 auto;padding:16px}
.summary,.post,.filters{background:#fff;border:1px solid var(--line);border-radius:10px;padding:16px;margin:0 0 16px}
.tiles{display:grid;grid-template-columns:repeat(3,1fr);gap:10px}
.tile{border-radius:8px;padding:10px 12px;display:flex;flex-direction:column}
.tile b{font-size:28px;line-height:1.1}
.tile span{font-size:13px}
.tile.sev-error{background:var(--error-bg);color:var(--error)}
.tile.sev-warning{background:var(--warning-bg);color:var(--warning)}
.tile.sev-info{background:var(--info-bg);color:var(--info)}
.facts{color:var(--muted);font-size:13px;margin:12px 0}
.tables{display:grid;grid-template-columns:1fr 1fr;gap:16px;align-items:start}
.tables h3{font-size:15px;margin:4px 0;color:var(--navy)}
details.policy{border-top:1px solid var(--line);padding:6px 4px}
details.policy summary{cursor:pointer;font-size:14px}
details.policy table{margin-top:4px}
table{width:100%;border-collapse:collapse;font-size:14px}
caption{text-align:left;font-weight:600;padding:4px 0;color:var(--navy)}
td{border-top:1px solid var(--line);padding:6px 4px;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums;font-weight:600}
small{color:var(--muted)}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:6px}
.dot.sev-error{background:var(--error)}.dot.sev-warning{background:var(--warning)}.dot.sev-info{background:var(--info)}
.filters{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:center;position:sticky;top:0;z-index:5;padding:10px 16px}
.filters fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.filters legend{float:left;margin-right:6px;font-weight:600}
.chip{border:1px solid var(--line);border-radius:999px;padding:3px 10px;font-size:13px;cursor:pointer;white-space:nowrap}
.rule select{font:inherit;margin-left:4px;max-width:200px}
#shown{margin-left:auto;color:var(--muted);font-size:13px}
.post header{display:flex;flex-wrap:wrap;gap:8px;align-items:baseline;margin-bottom:10px}
.post h2{font-size:16px;margin:0;word-break:break-all;flex:1 1 240px}
.status{font-size:12px;font-weight:600;border-radius:999px;padding:2px 10px}
.status.sev-error{background:var(--error-bg);color:var(--error)}
.status.sev-warning{background:var(--warning-bg);color:var(--warning)}
.status.sev-info{background:var(--info-bg);color:var(--info)}
.status.clean{background:#e6f4ec;color:var(--ok)}
.status.unread{background:#eee;color:#444}
.ctx{font-size:12px;color:var(--muted)}
.error{color:var(--error);background:var(--error-bg);padding:8px 10px;border-radius:6px}
.note{color:var(--muted);font-size:13px}
.draft{white-space:pre-wrap;word-wrap:break-word;background:#fbfcfd;border:1px solid var(--line);border-radius:8px;padding:12px;font-size:15px}
.excerpt{margin:0 0 6px}.excerpt:last-child{margin:0}
.excerpt .ln{color:var(--muted);font-size:12px;margin-right:4px}
.ctx-mask{color:var(--muted);letter-spacing:1px}
mark.hl{border-radius:3px;padding:0 1px}
mark.hl a{color:inherit;text-decoration:none}
mark.sev-error{background:#f9d2cd;box-shadow:inset 0 -2px var(--error)}
mark.sev-warning{background:#fde3b5;box-shadow:inset 0 -2px var(--warning)}
mark.sev-info{background:#d4e5f8;box-shadow:inset 0 -2px var(--info)}
mark.hl.off{background:none;box-shadow:none}
.shots{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0}
.shot{margin:0;flex:1 1 260px;max-width:min(100%,520px)}
.frame{position:relative;line-height:0;border-radius:6px;overflow:hidden;border:1px solid var(--line)}
.frame img{width:100%;height:auto;display:block}
.box{position:absolute;border:3px solid;border-radius:3px;line-height:1.2}
.box span{position:absolute;left:-3px;bottom:100%;font-size:11px;color:#fff;padding:1px 4px;white-space:nowrap;border-radius:3px 3px 0 0}
.box.sev-error{border-color:var(--error)}.box.sev-error span{background:var(--error)}
.box.sev-warning{border-color:#e08a00}.box.sev-warning span{background:var(--warning)}
.box.sev-info{border-color:var(--info)}.box.sev-info span{background:var(--info)}
figcaption{font-size:12px;color:var(--muted);padding-top:4px;word-break:break-all}
.findings{list-style:none;margin:12px 0 0;padding:0}
.finding{border-left:4px solid;padding:8px 12px;margin:0 0 10px;background:#fbfcfd;border-radius:0 8px 8px 0}
.finding.sev-error{border-color:var(--error)}.finding.sev-warning{border-color:#e08a00}.finding.sev-info{border-color:var(--info)}
.finding.suppressed{opacity:.6}
.finding:target{outline:2px solid var(--navy)}
.fhead{display:flex;flex-wrap:wrap;gap:6px;align-items:center}
.badge{font-size:12px;font-weight:600;border-radius:4px;padding:1px 8px}
.badge.sev-error{background:var(--error-bg);color:var(--error)}.badge.sev-warning{background:var(--warning-bg);color:var(--warning)}.badge.sev-info{background:var(--info-bg);color:var(--info)}
.badge.muted{background:#eee;color:#555}
.msg{margin:6px 0 2px}
.meta{margin:0;color:var(--muted);font-size:13px;word-break:break-word}
.evidence{font-family:ui-monospace,Menlo,Consolas,monospace}
details.clauses summary{cursor:pointer;color:var(--navy);font-size:14px;margin-top:6px}
details.clauses summary .why{font-weight:600}
blockquote.clause{margin:8px 0 4px;padding:8px 12px;border-left:3px solid var(--navy);background:#f1f4f9;border-radius:0 6px 6px 0}
blockquote.clause p{margin:0 0 4px;font-style:italic}
blockquote.clause cite{font-size:12px;color:var(--muted);font-style:normal}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
footer{color:var(--muted);font-size:12px;text-align:center;padding:8px 0 24px}
[hidden]{display:none!important}
@media (max-width:640px){main{padding:8px}.filters{position:static}.tables{grid-template-columns:1fr}.tile b{font-size:22px}.summary,.post{padding:12px}}
`;

/** Doctype and head shared by the report and the served page: phone viewport, a CSP, no referrer, inline style. */
export function htmlHead(title: string, csp: string, style: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${h(title)}</title>
<style>${style}</style>
</head>`;
}

export function formatHtml(report: Report, options: HtmlOptions = {}): string {
  const ids: Ids = new Map();
  report.files.forEach((file, i) => file.findings.forEach((f, j) => ids.set(f, `f-${i}-${j}`)));
  const title = options.title ?? 'clearpost report';
  const s = report.summary;
  const verdict = s.bySeverity.error
    ? `${s.bySeverity.error} finding${s.bySeverity.error > 1 ? 's' : ''} must be fixed before posting`
    : s.findings
      ? 'Review the findings before posting'
      : s.unreadFiles
        ? 'Some files could not be read'
        : 'Nothing found that the policies forbid';
  return `${htmlHead(title, "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'", HTML_STYLE)}
<body>
<div class="top"><h1>${h(title)}</h1><p>${h(verdict)}. ${
    options.showEvidence
      ? 'Evidence is shown: do not forward this report.'
      : options.showDraft
        ? 'Flagged text and regions are masked; the drafts are shown whole, with text no detector flagged in clear.'
        : 'Flagged text and regions are masked; drafts are shown only in excerpts round the findings, with names, numbers and links no detector flagged masked too (•••).'
  }</p></div>
<main>
${summaryHtml(report, options)}
${filtersHtml(report).replace('</form>', '<span id="shown"></span></form>')}
${report.files.map((f, i) => postHtml(f, i, options, ids)).join('\n')}
<footer>Generated by clearpost. Everything on this page is in this one file; nothing was sent anywhere.</footer>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

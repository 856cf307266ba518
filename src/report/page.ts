/**
 * The page `clearpost serve` shows: paste a draft, drop photos, pick the account, and read the findings in plain
 * words (highlights in the draft, boxes on the photos, the policy clause behind each), then download a clean copy.
 * One self-contained HTML file; it talks only to its own server (`/api/check`, `/api/sanitize`).
 */
import type { AccountContext } from '../core/types.js';
import { escapeHtml, HTML_STYLE, htmlHead } from './html.js';

export interface PageOptions {
  context: AccountContext;
  policies: string[];
}

const PAGE_STYLE = `
.intro{color:#c9d3e6}
.compose{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px}
.compose label.field{display:block;font-weight:600;margin-bottom:6px;color:var(--navy)}
textarea{width:100%;min-height:190px;font:inherit;padding:10px 12px;border:1px solid var(--line);border-radius:8px;resize:vertical;background:#fff}
textarea:focus,.drop:focus-within{outline:2px solid #4b74b8;outline-offset:1px}
.drop{border:2px dashed #aab6c8;border-radius:10px;padding:18px;text-align:center;color:var(--muted);background:#fbfcfd;min-height:120px;display:flex;flex-direction:column;justify-content:center;gap:6px;cursor:pointer}
.drop.over{border-color:var(--navy);background:#eef3fb}
.drop input{position:absolute;width:1px;height:1px;opacity:0}
.thumbs{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}
.thumb{position:relative;width:84px;height:84px;border-radius:6px;overflow:hidden;border:1px solid var(--line);background:#eef1f5;display:flex;align-items:center;justify-content:center;font-size:11px;color:var(--muted);text-align:center}
.thumb img{width:100%;height:100%;object-fit:cover}
.thumb button{position:absolute;top:2px;right:2px;border:0;border-radius:50%;width:20px;height:20px;line-height:18px;background:rgba(20,40,75,.8);color:#fff;cursor:pointer;padding:0}
.account{display:flex;gap:8px;flex-wrap:wrap;margin:14px 0 4px;border:0;padding:0}
.account legend{font-weight:600;color:var(--navy);margin-bottom:6px;padding:0}
.account label{border:1px solid var(--line);border-radius:8px;padding:8px 12px;cursor:pointer;flex:1 1 160px;background:#fff}
.account label:has(input:checked){border-color:var(--navy);background:#eef3fb}
.account small{display:block}
.actions{display:flex;gap:10px;flex-wrap:wrap;margin-top:14px}
button.primary,button.secondary{font:inherit;font-weight:600;border-radius:8px;padding:10px 18px;cursor:pointer;border:1px solid var(--navy)}
button.primary{background:var(--navy);color:#fff}
button.secondary{background:#fff;color:var(--navy)}
button:disabled{opacity:.55;cursor:progress}
.busy{color:var(--muted);align-self:center}
.verdict{display:flex;gap:12px;align-items:center;border-radius:10px;padding:14px 16px;margin-bottom:14px;font-weight:600}
.verdict.sev-error{background:var(--error-bg);color:var(--error)}
.verdict.sev-warning{background:var(--warning-bg);color:var(--warning)}
.verdict.sev-info{background:var(--info-bg);color:var(--info)}
.verdict.clean{background:#e6f4ec;color:var(--ok)}
.downloads{display:flex;flex-wrap:wrap;gap:8px;margin:10px 0}
.downloads a{border:1px solid var(--navy);border-radius:8px;padding:8px 12px;color:var(--navy);text-decoration:none;font-weight:600;font-size:14px}
.cleantext{min-height:120px}
.failure{color:var(--error);background:var(--error-bg);border-radius:8px;padding:10px 12px}
.rtitle{font-size:18px;margin:0 0 10px;color:var(--navy)}
.privacy{font-size:13px;color:var(--muted);margin:10px 0 0}
@media (max-width:760px){.compose{grid-template-columns:1fr}}
`;

/** Client side: collects the draft and photos, calls the API, renders findings, offers the clean copy. */
const PAGE_SCRIPT = `(() => {
  const $ = (s) => document.querySelector(s);
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  const WORDS = { error: 'Must fix', warning: 'Should review', info: 'For information' };
  const REMOVED = { metadata: 'hidden photo data (location, camera, owner)', face: 'faces', undercover: 'undercover member', plate: 'licence plates',
    'pii/address': 'addresses', 'pii/phone': 'phone numbers', 'pii/email': 'e-mail addresses', 'pii/birthdate': 'birth dates',
    'id/badge-number': 'badge numbers', 'id/coworker': 'names of colleagues', 'id/undercover': 'undercover member', 'id/department-moniker': 'handles',
    'image/police-markings': 'unit and badge numbers' };
  const photos = [];
  const drop = $('#drop'), input = $('#photos'), thumbs = $('#thumbs');

  function addFiles(list) {
    for (const file of list) {
      if (photos.length >= 10) break;
      photos.push({ file, url: URL.createObjectURL(file) });
    }
    drawThumbs();
  }
  function drawThumbs() {
    thumbs.innerHTML = photos.map((p, i) =>
      '<div class="thumb" title="' + esc(p.file.name) + '"><img src="' + p.url + '" alt="' + esc(p.file.name) + '" onerror="this.replaceWith(document.createTextNode(this.alt))">' +
      '<button type="button" data-remove="' + i + '" aria-label="Remove ' + esc(p.file.name) + '">×</button></div>').join('');
  }
  thumbs.addEventListener('click', (e) => {
    const i = e.target.dataset && e.target.dataset.remove;
    if (i !== undefined) { URL.revokeObjectURL(photos[i].url); photos.splice(Number(i), 1); drawThumbs(); }
  });
  input.addEventListener('change', () => { addFiles(input.files); input.value = ''; });
  ['dragenter', 'dragover'].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.add('over'); }));
  ['dragleave', 'drop'].forEach((t) => drop.addEventListener(t, (e) => { e.preventDefault(); drop.classList.remove('over'); }));
  drop.addEventListener('drop', (e) => addFiles(e.dataTransfer.files));

  function form() {
    const data = new FormData();
    // As a file part: string fields are sent with CRLF line ends, which would shift every offset in the answer.
    data.append('text', new Blob([$('#draft').value], { type: 'text/plain' }), 'draft.txt');
    data.append('context', document.querySelector('input[name=context]:checked').value);
    data.append('keepFaces', $('#keepFaces').checked ? 'true' : 'false');
    data.append('redactStyle', document.querySelector('input[name=redactStyle]:checked').value);
    for (const p of photos) data.append('images', p.file, p.file.name);
    return data;
  }
  async function call(path) {
    const res = await fetch(path, { method: 'POST', body: form() });
    const body = await res.json().catch(() => ({ error: 'the server sent no answer' }));
    if (!res.ok) throw new Error(body.error || res.statusText);
    return body;
  }
  function busy(on, what) {
    document.querySelectorAll('.actions button').forEach((b) => { b.disabled = on; });
    $('#busy').textContent = on ? what : '';
  }

  function worst(findings) {
    return ['error', 'warning', 'info'].find((s) => findings.some((f) => f.severity === s));
  }
  function highlight(text, findings) {
    // a finding's related spans (its further cues: one finding per post) are highlighted as its own
    const spans = findings.filter((f) => f.source === 'text' && !f.attachment)
      .flatMap((f) => [f.location].concat((f.related || []).map((r) => r.location)).map((l) => ({ f, start: l.start, end: l.end })))
      .filter((s) => s.end > s.start);
    const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].filter((c) => c <= text.length).sort((a, b) => a - b);
    let out = '';
    for (let i = 0; i + 1 < cuts.length; i++) {
      const a = cuts[i], b = cuts[i + 1];
      const over = spans.filter((s) => s.start <= a && b <= s.end).map((s) => s.f);
      const piece = esc(text.slice(a, b));
      out += over.length ? '<mark class="hl sev-' + worst(over) + '" title="' + esc(over.map((f) => f.ruleId).join(', ')) + '">' + piece + '</mark>' : piece;
    }
    return out;
  }
  function boxOf(f) { return f.location && f.location.box && f.location.box.width > 0 ? f.location.box : null; }
  function figure(name, photo, findings) {
    const boxed = findings.filter(boxOf);
    const boxes = boxed.map((f, i) => '<div class="box sev-' + f.severity + '" data-box="' + i + '" title="' + esc(f.ruleId) + '"><span>' + esc(f.ruleId) + '</span></div>').join('');
    return '<figure class="shot" data-name="' + esc(name) + '"><div class="frame">' +
      (photo ? '<img src="' + photo.url + '" alt="' + esc(name) + '">' : '') + boxes + '</div><figcaption>' + esc(name) +
      (boxed.length ? ' · ' + boxed.length + ' marked region' + (boxed.length > 1 ? 's' : '') : '') + '</figcaption></figure>';
  }
  /** Place boxes once the picture's size is known (boxes are in its pixels, upright). */
  function placeBoxes(root, byName) {
    root.querySelectorAll('figure.shot').forEach((fig) => {
      const img = fig.querySelector('img');
      const findings = (byName[fig.dataset.name] || []).filter(boxOf);
      const place = () => fig.querySelectorAll('.box').forEach((el) => {
        const b = boxOf(findings[Number(el.dataset.box)]);
        const W = img.naturalWidth, H = img.naturalHeight;
        Object.assign(el.style, { left: (b.x / W * 100) + '%', top: (b.y / H * 100) + '%', width: (b.width / W * 100) + '%', height: (b.height / H * 100) + '%' });
      });
      if (!img) return;
      img.addEventListener('error', () => { img.replaceWith(Object.assign(document.createElement('p'), { className: 'note', textContent: 'This browser cannot show this photo (HEIC?); the findings below still apply.' })); fig.querySelectorAll('.box').forEach((b) => b.remove()); });
      if (img.complete && img.naturalWidth) place(); else img.addEventListener('load', place);
    });
  }
  function findingCard(f) {
    const also = (f.related || []).map((r) => r.location.line).filter((l) => l !== undefined && l !== f.location.line);
    const where = f.attachment ? 'in the photo ' + f.attachment : f.source === 'text' ? 'in your text, line ' + f.location.line + (also.length ? ' (also line ' + [...new Set(also)].join(', ') + ')' : '') : f.source;
    const c = f.clauses[0];
    return '<li class="finding sev-' + f.severity + '" data-rule="' + esc(f.ruleId) + '"><div class="fhead"><span class="badge sev-' + f.severity + '">' + WORDS[f.severity] + '</span> <code>' + esc(f.ruleId) + '</code></div>' +
      '<p class="msg">' + esc(f.message) + '</p><p class="meta">' + esc(where) + '</p>' +
      (c ? '<details class="clauses"><summary><span class="why">' + esc(c.title) + '</span> <small>' + esc(c.policy + ' ' + c.id) + (f.clauses.length > 1 ? ' and ' + (f.clauses.length - 1) + ' more' : '') + ' · quote</small></summary>' +
        f.clauses.map((k) => '<blockquote class="clause"><p>' + esc(k.quote) + '</p><cite>' + esc(k.policy + ' ' + k.id + ' · ' + k.title) + '</cite></blockquote>').join('') + '</details>' : '') + '</li>';
  }
  /** "1 finding", "3 findings". */
  const counted = (n, one, many) => n + ' ' + (n === 1 ? one : many);
  function renderReport(report, text, pictures, title) {
    const file = report.files[0] || { findings: [] };
    const findings = file.findings.filter((f) => !f.suppressed);
    const sev = worst(findings);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const toReview = findings.length - errors;
    const verdict = file.error ? 'Some of it could not be read: ' + file.error
      : !findings.length ? 'Nothing found that the policies forbid.'
      : sev === 'error' ? counted(errors, 'thing must', 'things must') + ' be fixed before posting' + (toReview ? ', and ' + toReview + ' more to review.' : '.')
      : 'Review ' + counted(findings.length, 'finding', 'findings') + ' before posting.';
    const byName = {};
    for (const f of findings) if (f.attachment) (byName[f.attachment] = byName[f.attachment] || []).push(f);
    const names = file.attachments || [];
    let html = '<h2 class="rtitle">' + esc(title) + '</h2><div class="verdict ' + (file.error ? 'sev-error' : sev ? 'sev-' + sev : 'clean') + '">' + esc(verdict) + '</div>';
    if (text.trim()) html += '<div class="draft">' + highlight(text, findings) + '</div>';
    if (names.length) html += '<div class="shots">' + names.map((n, i) => figure(n, pictures[i], byName[n] || [])).join('') + '</div>';
    if (findings.length) html += '<ol class="findings">' + findings.map(findingCard).join('') + '</ol>';
    return { html, byName };
  }

  $('#check').addEventListener('click', async () => {
    busy(true, 'Checking… (photos take a few seconds each)');
    const out = $('#result');
    try {
      const report = await call('/api/check');
      const r = renderReport(report, $('#draft').value, photos, 'Findings');
      out.innerHTML = r.html;
      placeBoxes(out, r.byName);
    } catch (e) {
      out.innerHTML = '<p class="failure">' + esc(e.message) + '</p>';
    } finally { busy(false); out.hidden = false; out.scrollIntoView({ behavior: 'smooth', block: 'start' }); }
  });

  $('#clean').addEventListener('click', async () => {
    busy(true, 'Making a clean copy…');
    const out = $('#result');
    try {
      const answer = await call('/api/sanitize');
      const blobs = answer.files.map((f) => {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        const url = URL.createObjectURL(new Blob([bytes], { type: f.type }));
        return { ...f, url, text: f.type.startsWith('text/') ? new TextDecoder().decode(bytes) : undefined };
      });
      const draft = blobs.find((b) => b.text !== undefined);
      const images = blobs.filter((b) => b.text === undefined).map((b) => ({ url: b.url, file: { name: b.name } }));
      const r = renderReport(answer.report, draft ? draft.text : '', images, 'Clean copy');
      const removed = blobs.map((b) => Object.keys(b.removed).length ? esc(b.name) + ': ' + Object.entries(b.removed).map(([k, n]) => esc(REMOVED[k] || k) + (n > 1 ? ' ×' + n : '')).join(', ') : '').filter(Boolean);
      out.innerHTML = r.html.replace('</h2>', '</h2><div class="downloads">' + blobs.map((b) => '<a download="' + esc(b.name) + '" href="' + b.url + '">Download ' + esc(b.name) + '</a>').join('') + '</div>' +
        (draft
          ? '<label class="field" for="cleantext" style="font-weight:600;color:var(--navy)">Clean text</label>' +
            '<textarea id="cleantext" class="cleantext" readonly>' + esc(draft.text) + '</textarea>' +
            '<div class="actions"><button type="button" class="secondary" id="copy">Copy clean text</button></div>'
          : '') +
        (removed.length ? '<p class="note">Removed: ' + removed.join('; ') + '</p>' : '') + '<h3>What is still there</h3>');
      placeBoxes(out, r.byName);
      const copy = $('#copy');
      if (copy) copy.addEventListener('click', () => { $('#cleantext').select(); navigator.clipboard && navigator.clipboard.writeText($('#cleantext').value); copy.textContent = 'Copied'; });
    } catch (e) {
      out.innerHTML = '<p class="failure">' + esc(e.message) + '</p>';
    } finally { busy(false); out.hidden = false; out.scrollIntoView({ behavior: 'smooth', block: 'start' }); }
  });
})();`;

export function renderPage(options: PageOptions): string {
  const checked = (c: AccountContext) => (options.context === c ? ' checked' : '');
  const csp = "default-src 'none'; connect-src 'self'; img-src 'self' blob: data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'";
  return `${htmlHead('clearpost: check a post before you publish', csp, HTML_STYLE + PAGE_STYLE)}
<body>
<div class="top"><h1>Check a post before you publish</h1><p class="intro">Paste the draft, add the photos, choose the account. Policies: ${escapeHtml(options.policies.join(', ') || 'none')}.</p></div>
<main>
<section class="post">
<div class="compose">
<div><label class="field" for="draft">Draft text</label>
<textarea id="draft" name="text" placeholder="Paste or write the post here…"></textarea></div>
<div><span class="field" style="font-weight:600;color:var(--navy);display:block;margin-bottom:6px">Photos</span>
<label class="drop" id="drop" for="photos"><input type="file" id="photos" accept="image/*,.heic,.heif" multiple>
<b>Drop photos here</b><span>or click to choose (JPEG, PNG, WebP, HEIC…)</span></label>
<div class="thumbs" id="thumbs"></div></div>
</div>
<fieldset class="account"><legend>Where will it be posted?</legend>
<label><input type="radio" name="context" value="personal"${checked('personal')}> Personal account <small>An officer's own profile</small></label>
<label><input type="radio" name="context" value="official"${checked('official')}> Official account <small>The department's page</small></label>
</fieldset>
<fieldset class="account"><legend>How should the clean copy cover what it removes?</legend>
<label><input type="radio" name="redactStyle" value="box" checked> Solid box <small>A dark box over each part</small></label>
<label><input type="radio" name="redactStyle" value="blur"> Strong blur <small>Unreadable, softer to look at</small></label>
<label><input type="checkbox" id="keepFaces" name="keepFaces"> Leave faces visible <small>Undercover members are covered anyway</small></label>
</fieldset>
<div class="actions"><button type="button" class="primary" id="check">Check the post</button><button type="button" class="secondary" id="clean">Make a clean copy</button><span class="busy" id="busy" role="status"></span></div>
<p class="privacy">Everything stays on this computer: the draft and photos go only to the clearpost program running here and are forgotten after the answer.</p>
</section>
<section class="post" id="result" hidden aria-live="polite"></section>
</main>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

// Drives the CLI in-process through run(argv, io): flags, formats, exit codes, errors that do not stop the run.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';
import type { Report } from '../../src/core/types.js';
import { tempDir } from '../helpers/tmp.js';

const profile = resolve('fixtures/profile.yaml');

function io(stdin?: string | Buffer, cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => stdin,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd,
  };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

async function json(argv: string[], stdin?: string | Buffer, cwd?: string): Promise<{ code: number; report: Report; err: string }> {
  const t = io(stdin, cwd);
  const code = await run([...argv, '--format', 'json', '--config', profile], t.cli);
  return { code, report: JSON.parse(t.out()) as Report, err: t.err() };
}

describe('check', () => {
  it('screens --text, masks evidence, and exits 1 on an error-level finding', async () => {
    const { code, report } = await json(['check', '--text', 'Housewarming at 1423 Elm Street, Apt 2B tonight!']);
    expect(code).toBe(1);
    const [file] = report.files;
    expect(file.path).toBe('<text>');
    const address = file.findings.find((f) => f.ruleId === 'pii/address');
    expect(address).toBeDefined();
    expect(address?.evidence).not.toContain('Elm');
    expect(address?.location).toMatchObject({ line: 1, column: 17 });
    expect(address?.clauses.length).toBeGreaterThan(0);
    expect(address?.clauses[0].quote.length).toBeGreaterThan(10);
    // The first in-process run loads the packs, the name lexicon and every detector cold: about 4 s on a loaded
    // 2-core machine, too close to the 5 s default.
  }, 20_000);

  it('shows evidence only when asked', async () => {
    const { report } = await json(['check', '--text', 'Housewarming at 1423 Elm Street tonight!', '--show-evidence']);
    expect(report.files[0].findings.find((f) => f.ruleId === 'pii/address')?.evidence).toContain('1423 Elm Street');
  });

  it('reads standard input when no file or text is given', async () => {
    const { code, report } = await json(['check'], 'Beautiful sunset over the harbor tonight.');
    expect(code).toBe(0);
    expect(report.files).toEqual([{ path: '<stdin>', kind: 'text', findings: [] }]);
  });

  // User test 24 #6: UTF-16 on standard input was read as UTF-8 (a green pass), binary too.
  it('decodes standard input as a draft file is decoded, and refuses binary in one line (exit 2)', async () => {
    const draft = 'Call me at 555-201-4477 tonight';
    const le = Buffer.from(draft, 'utf16le');
    const be = Buffer.from(draft, 'utf16le').swap16();
    for (const [bytes, note] of [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'decoded as utf-16le'],
      [le, 'decoded as utf-16le (no byte order mark)'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'decoded as utf-16be'],
    ] as const) {
      const { code, report } = await json(['check', '-'], bytes);
      expect(code).toBe(1);
      expect(report.files[0]).toMatchObject({ path: '<stdin>', note });
      expect(report.files[0].findings.map((f) => f.ruleId)).toEqual(['pii/phone']);
    }
    const png = readFileSync('fixtures/images/clean.png');
    const t = io(png);
    expect(await run(['check', '-', '--config', profile, '-f', 'json'], t.cli)).toBe(2);
    expect(t.err()).toBe('clearpost: <stdin>: binary data, not a text draft: nothing screened\n');
    expect((JSON.parse(t.out()) as Report).files).toEqual([{ path: '<stdin>', findings: [], error: 'binary data, not a text draft: nothing screened' }]);
  });

  // User test 24 #7: front matter on standard input and in --text was screened as prose and its context ignored.
  it('honours front matter on standard input and in --text as in a draft file', async () => {
    const draft = '---\ncontext: official\naccount: "@HarborCityPD"\n---\nAnother night shift on patrol. Stay safe out there, Harbor City.\n';
    const dir = tempDir('inline-fm');
    writeFileSync(join(dir, 'draft.md'), draft);
    const file = await json(['check', 'draft.md'], undefined, dir);
    const stdin = await json(['check', '-'], draft, dir);
    const text = await json(['check', '--text', draft], undefined, dir);
    for (const { report } of [stdin, text]) {
      expect(report.files[0]!.context).toBe('official');
      expect(report.files[0]!.findings.map((f) => [f.ruleId, f.location])).toEqual(file.report.files[0]!.findings.map((f) => [f.ruleId, f.location]));
      expect(report.files[0]!.findings.map((f) => f.ruleId)).not.toContain('id/self-affiliation');
    }
    const bad = await json(['check', '-'], '---\ncontext: offical\n---\nhello\n');
    expect(bad.code).toBe(2);
    expect(bad.report.files[0]!.error).toMatch(/^line 2: front matter context must be one of personal, official/);
  });

  // User test 24 #8: an empty draft (or only white space, or only front matter) was a green clean pass.
  it('says a draft with nothing in it had nothing to screen, and counts it as not screened', async () => {
    const dir = tempDir('empty-drafts');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.md'), '  \n\n ');
    writeFileSync(join(dir, 'front.md'), '---\ncontext: official\n---\n');
    writeFileSync(join(dir, 'ok.txt'), 'Sunset over the harbor tonight.');
    const { code, report } = await json(['check', 'empty.txt', 'blank.md', 'front.md', 'ok.txt'], undefined, dir);
    expect(code).toBe(0);
    expect(report.files.map((f) => [f.path, f.kind, f.note])).toEqual([
      ['blank.md', 'empty', 'nothing to screen: the draft holds only white space'],
      ['empty.txt', 'empty', 'nothing to screen: the draft is empty'],
      ['front.md', 'empty', 'nothing to screen: the draft holds only front matter'],
      ['ok.txt', 'text', undefined],
    ]);
    expect(report.summary.emptyFiles).toBe(3);
    const t = io(undefined, dir);
    await run(['check', 'empty.txt', '--config', profile], t.cli);
    expect(t.out()).toMatch(/^empty\.txt\n {2}note +nothing to screen: the draft is empty\n/);
    expect(t.out()).toMatch(/⚠ 0 findings .* in 1 file, 0 with findings, 1 with nothing to screen/);
    expect(t.out()).not.toContain('✔');
  });

  // User test 24 #12: `![](delgado-at-the-raid.jpg)` was not screened for the name in the picture's file name.
  it("screens the file names of the pictures a draft links for members' names, and says where", async () => {
    const dir = tempDir('picture-names');
    copyFileSync(resolve('fixtures/images/clean.png'), join(dir, 'delgado-at-the-raid.png'));
    copyFileSync(resolve('fixtures/images/clean.png'), join(dir, 'img_4471.png'));
    writeFileSync(join(dir, 'post.md'), 'Fun day out!\n\n![](delgado-at-the-raid.png) ![](img_4471.png)\n');
    const t = io(undefined, dir);
    expect(await run(['check', 'post.md', '--no-ocr', '--no-faces', '-f', 'json', '--config', resolve('fixtures/profile.yaml')], t.cli)).toBe(1);
    const findings = (JSON.parse(t.out()) as Report).files[0]!.findings;
    expect(findings.map((f) => [f.ruleId, (f.location as { line: number }).line, (f.location as { column: number }).column])).toEqual([
      ['id/coworker', 3, 5],
      ['id/undercover', 3, 5],
    ]);
    expect(findings[1]!.message).toMatch(/\(in the file name of a picture the draft links\)\.$/);
    expect(findings[1]!.evidence).not.toContain('delgado');
  });

  // User test 25, P3-2: a loose picture's own name, a folder bundle's unlinked picture and a picture a reference
  // definition attaches were not screened, so an undercover member's name or a phone number in them went out.
  it("screens a loose picture's own name, a bundle's unlinked pictures and reference-linked pictures", async () => {
    const dir = tempDir('picture-names');
    mkdirSync(join(dir, 'bundle'));
    mkdirSync(join(dir, 'ref'));
    copyFileSync(resolve('fixtures/images/clean.png'), join(dir, 'marcus-delgado-555-201-4477.png'));
    copyFileSync(resolve('fixtures/images/clean.png'), join(dir, 'bundle/delgado-at-the-raid.png'));
    writeFileSync(join(dir, 'bundle/post.txt'), 'Fun day out!\n');
    copyFileSync(resolve('fixtures/images/clean.png'), join(dir, 'ref/renee_w-bbq.png'));
    writeFileSync(join(dir, 'ref/post.md'), 'Fun day out!\n\n![bbq][pic]\n\n[pic]: renee_w-bbq.png\n');
    const t = io(undefined, dir);
    expect(await run(['scan', '.', '--no-ocr', '--no-faces', '-f', 'json', '--config', resolve('fixtures/profile.yaml')], t.cli)).toBe(1);
    const files = (JSON.parse(t.out()) as Report).files;
    const named = (path: string) =>
      files.find((f) => f.path === path)!.findings.map((f) => [f.ruleId, (f.location as { tag?: string }).tag, f.attachment ?? '', f.message.endsWith("(in the picture's file name).")]);
    expect(named('marcus-delgado-555-201-4477.png')).toEqual(
      expect.arrayContaining([['id/undercover', 'file-name', '', true], ['pii/phone', 'file-name', '', true]]),
    );
    expect(named(join('bundle', 'post.txt'))).toEqual(expect.arrayContaining([['id/undercover', 'file-name', join('bundle', 'delgado-at-the-raid.png'), true]]));
    expect(named(join('ref', 'post.md'))).toEqual(expect.arrayContaining([['id/coworker', 'file-name', join('ref', 'renee_w-bbq.png'), true]]));
    // masked like any evidence
    expect(t.out()).not.toMatch(/"evidence": "[^"]*(?:Delgado|4477|renee)/i);
    // and the human report prints the flagged words of the names masked (JSON and SARIF keep the paths tools open)
    const human = io(undefined, dir);
    await run(['scan', '.', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], human.cli);
    expect(human.out()).toContain('******-*******-***-***-****.png\n');
    expect(human.out()).toContain(`↳ ${join('bundle', '*******-at-the-raid.png')}`);
    expect(human.out()).not.toMatch(/delgado|4477/i);
    const shown = io(undefined, dir);
    await run(['scan', '.', '--no-ocr', '--no-faces', '--show-evidence', '--config', resolve('fixtures/profile.yaml')], shown.cli);
    expect(shown.out()).toContain('marcus-delgado-555-201-4477.png');
  });

  // User test 27, U3-16: a picture a draft links inline by a name holding the undercover name: the finding said
  // "[undercover member]" and the line under it (and the HTML page's alt, caption and meta line) printed the name.
  it('masks a linked picture\'s file name wherever a report prints it, as its findings mask it', async () => {
    const dir = tempDir('linked-names');
    // a picture with GPS metadata, so the report lists it under its own line
    copyFileSync(resolve('fixtures/images/gps-station.jpg'), join(dir, 'marcus-delgado-at-lake.jpg'));
    writeFileSync(join(dir, 'post.md'), 'Lake day\n\n![lake](marcus-delgado-at-lake.jpg)\n');
    const human = io(undefined, dir);
    expect(await run(['check', 'post.md', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], human.cli)).toBe(1);
    expect(human.out()).toContain('"[undercover member]"');
    expect(human.out()).toContain('↳ ******-*******-at-lake.jpg');
    expect(human.out()).not.toMatch(/delgado/i);
    const page = io(undefined, dir);
    await run(['check', 'post.md', '--no-ocr', '--no-faces', '-f', 'html', '--config', resolve('fixtures/profile.yaml')], page.cli);
    expect(page.out()).toContain('******-*******-at-lake.jpg');
    expect(page.out()).not.toMatch(/delgado/i);
    // JSON keeps the path tools open, and says where in the name the finding is
    const json = io(undefined, dir);
    await run(['check', 'post.md', '--no-ocr', '--no-faces', '-f', 'json', '--config', resolve('fixtures/profile.yaml')], json.cli);
    const findings = (JSON.parse(json.out()) as Report).files[0]!.findings.filter((f) => f.ruleId === 'id/undercover');
    expect(findings.map((f) => f.inFileName)).toEqual([{ attachment: 'marcus-delgado-at-lake.jpg', start: 0, end: 14 }]);
    const shown = io(undefined, dir);
    await run(['check', 'post.md', '--no-ocr', '--no-faces', '--show-evidence', '--config', resolve('fixtures/profile.yaml')], shown.cli);
    expect(shown.out()).toContain('↳ marcus-delgado-at-lake.jpg');
  });

  // User test 27, U1-7: under `-p massachusetts` a photo's owner name (image/camera-identity) passed with no word that
  // the chosen pack leaves that rule out; only `clearpost rules` said so.
  // User test 30, U30-27: a venue's address on the official account under massachusetts was a warning whose own message
  // said the pack has no clause for it, so --max-warnings 0 failed a shoplifting appeal.
  it('makes a finding whose message says no clause applies an info, never a warning that fails --max-warnings', async () => {
    const t = io();
    const text = 'Shoplifting at the Family Dollar, 400 Central Ave, on Dec 2. Anyone with information please call our tip line.';
    const code = await run(['check', '--text', text, '-p', 'massachusetts', '--context', 'official', '--max-warnings', '0', '--config', resolve('fixtures/profile.yaml')], t.cli);
    expect(code).toBe(0);
    expect(t.out()).toMatch(/info +pii\/address +.*massachusetts has no clause for it: IV\.A\.4\.b\.3 is about employees/);
    expect(t.out()).toMatch(/^⚠ 1 finding \(0 errors, 0 warnings, 1 info\)/m);
  });

  // User test 30, U30-3: such rules are looked for anyway, what they find listed as info with no clause (never ✔).
  it('says once which rules no selected pack cites, and lists what they find as info with no clause', async () => {
    const dir = tempDir('rules-off');
    copyFileSync(resolve('fixtures/images/gps-station.jpg'), join(dir, 'photo.jpg'));
    writeFileSync(join(dir, 'note.txt'), 'Nice day\n');
    const photo = io(undefined, dir);
    await run(['check', 'photo.jpg', '--no-faces', '-p', 'massachusetts', '--config', resolve('fixtures/profile.yaml')], photo.cli);
    const line = 'no selected pack cites image/camera-identity, image/thumbnail: 1 finding of them listed as info, with no clause (image/thumbnail ×1)';
    expect(photo.out().split(line).length).toBe(2);
    expect(photo.out()).toMatch(/info +image\/thumbnail +.*\(no clause in massachusetts, which says "no clause on embedded preview images"; reported as info\)/);
    // a text-only run is not told about picture rules, and the note alone is no bar to a ✔
    const text = io(undefined, dir);
    await run(['check', 'note.txt', '-p', 'massachusetts', '--config', resolve('fixtures/profile.yaml')], text.cli);
    expect(text.out()).not.toContain('no selected pack cites');
    expect(text.out()).toMatch(/^✔ 0 findings/m);
    const all = io(undefined, dir);
    await run(['check', 'photo.jpg', '--no-faces', '--config', resolve('fixtures/profile.yaml')], all.cli);
    expect(all.out()).not.toContain('no selected pack cites');
  });

  // User test 30, U30-3: under Takoma Park alone a child's birthday and home address ended in a green ✔, exit 0.
  it('never says ✔ over findings of rules the selected pack leaves uncited, in any format', async () => {
    const dir = tempDir('rules-off-tp');
    writeFileSync(join(dir, 'd15.txt'), 'My little girl Ava turns 7 today!!! party at our house 22 Birchwood Lane at 3\n');
    const args = ['check', 'd15.txt', '-p', 'takoma-park', '--config', resolve('fixtures/profile.yaml')];
    const t = io(undefined, dir);
    expect(await run(args, t.cli)).toBe(0);
    expect(t.out()).toMatch(/^⚠ 2 findings \(0 errors, 0 warnings, 2 info\)/m);
    expect(t.out()).toMatch(/info +pii\/address +Street address.*\(no clause in takoma-park, which says "no clause on home addresses"; reported as info\)/);
    expect(t.out()).toContain('2 findings of them listed as info, with no clause (pii/birthdate ×1, pii/address ×1)');
    const json = io(undefined, dir);
    await run([...args, '-f', 'json'], json.cli);
    const report = JSON.parse(json.out()) as Report;
    expect(report.summary.bySeverity).toEqual({ error: 0, warning: 0, info: 2 });
    expect(report.files[0].findings.every((f) => f.clauses.length === 0)).toBe(true);
    expect(report.summary.notScreened?.find((n) => n.kind === 'rules-off')?.found).toEqual({ 'pii/birthdate': 1, 'pii/address': 1 });
    const sarif = io(undefined, dir);
    await run([...args, '-f', 'sarif'], sarif.cli);
    const results = (JSON.parse(sarif.out()) as { runs: { results: { level: string; ruleId: string }[] }[] }).runs[0].results;
    expect(results.map((r) => r.level)).toEqual(['note', 'note']);
    const gh = io(undefined, dir);
    await run([...args, '-f', 'github'], gh.cli);
    expect(gh.out().match(/^::notice file=d15\.txt/gm)?.length).toBe(2);
    const junit = io(undefined, dir);
    await run([...args, '-f', 'junit'], junit.cli);
    expect(junit.out()).toContain('no clause in takoma-park');
    const html = io(undefined, dir);
    await run([...args, '-f', 'html'], html.cli);
    expect(html.out()).toContain('Review the findings before posting');
    // --fail-on info fails it, as any info finding does
    expect(await run([...args, '--fail-on', 'info'], io(undefined, dir).cli)).toBe(1);
  });

  // User test 29, U29-7: New Haven's private-facts clause is for personal use, so an official run screened no PII and
  // said nothing; a PIO read the quiet output as "no PII".
  // User test 30, U30-3: every rule so turned off, not only private details (Takoma Park's investigations clause).
  it('says which rules the packs turn off for the account, in every format, and keeps the ✔', async () => {
    const dir = tempDir('rules-off-account');
    writeFileSync(join(dir, 'note.txt'), 'Nice day\n');
    const line = 'not reported on the official account, as the selected packs turn them off there: pii/address, pii/birthdate, pii/phone, pii/email, id/coworker';
    const nh = io(undefined, dir);
    await run(['check', 'note.txt', '-p', 'new-haven', '--context', 'official', '--config', resolve('fixtures/profile.yaml')], nh.cli);
    expect(nh.out()).toContain(line);
    expect(nh.out()).toMatch(/^✔ 0 findings/m);
    const json = io(undefined, dir);
    await run(['check', 'note.txt', '-p', 'new-haven', '--context', 'official', '-f', 'json', '--config', resolve('fixtures/profile.yaml')], json.cli);
    const missed = (JSON.parse(json.out()) as Report).summary.notScreened ?? [];
    expect(missed.find((n) => n.kind === 'rules-off-account')?.rules).toEqual(['pii/address', 'pii/birthdate', 'pii/phone', 'pii/email', 'id/coworker']);
    // personal posts are screened for them under the same pack; another pack that covers them takes them off the line
    const personal = io(undefined, dir);
    await run(['check', 'note.txt', '-p', 'new-haven', '--context', 'personal', '--config', resolve('fixtures/profile.yaml')], personal.cli);
    expect(personal.out()).not.toContain('turn them off');
    const both = io(undefined, dir);
    await run(['check', 'note.txt', '-p', 'new-haven', '-p', 'massachusetts', '--context', 'official', '--config', resolve('fixtures/profile.yaml')], both.cli);
    expect(both.out()).toContain('turn them off there: id/badge-number, id/department-moniker, id/self-affiliation (');
    // Takoma Park on the official account: guilt statements and case numbers (05.G) are named, not silently passed
    const tp = io(undefined, dir);
    await run(['check', 'note.txt', '-p', 'takoma-park', '--context', 'official', '--config', resolve('fixtures/profile.yaml')], tp.cli);
    expect(tp.out()).toMatch(/turn them off there: [^\n]*case\/investigation/);
  });

  // User test 27, U3-3: a symbolic link to a folder was passed over without a word, and a folder holding only such a
  // link was "no drafts or images in this folder".
  it('names each symbolic link to a folder it does not follow, and gives no ✔ for it', async () => {
    const dir = tempDir('symlinked');
    mkdirSync(join(dir, 'real'));
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, 'posts/a.txt'), 'Fun day out!\n');
    writeFileSync(join(dir, 'real/b.txt'), 'Call me at 555-201-4477\n');
    symlinkSync('../real', join(dir, 'posts/linked'));
    mkdirSync(join(dir, 'only'));
    symlinkSync('../real', join(dir, 'only/linked'));
    const t = io(undefined, dir);
    expect(await run(['scan', 'posts', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], t.cli)).toBe(0);
    expect(t.out()).toMatch(/^⚠ 0 findings/m);
    expect(t.out()).toContain(`symbolic link to a folder, not followed: ${join('posts', 'linked')} (name the folder it points to, to screen it)`);
    const only = io(undefined, dir);
    expect(await run(['scan', 'only', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], only.cli)).toBe(2);
    expect(only.out()).toContain('no drafts or images in this folder: nothing screened (1 symbolic link to a folder in it, not followed');
    const json = io(undefined, dir);
    await run(['scan', 'posts', '--no-ocr', '-f', 'json', '--config', resolve('fixtures/profile.yaml')], json.cli);
    expect((JSON.parse(json.out()) as Report).summary.notScreened?.map((n) => [n.kind, n.paths])).toEqual([['symlink', [join('posts', 'linked')]]]);
  });

  // User test 25 / fixes 26 notes: a draft's own name (`award-carla-vandeventer-608-555-0199.md`) was not screened
  // and was printed in every report.
  it("screens a draft's own name, says it travels with the file, and masks it in the human report", async () => {
    const dir = tempDir('draft-names');
    writeFileSync(join(dir, 'award-marcus-delgado-555-201-4477.md'), 'Fun day out!\n');
    writeFileSync(join(dir, '04-official-toy-drive.md'), 'Fun day out!\n');
    // the dated names Jekyll requires and Hugo sites use (user test 29, U29-4)
    for (const name of ['2026-12-01-toy-drive.md', '2026-12-cedar-lane-closure.md', '20261130-road-safety-drive.md'])
      writeFileSync(join(dir, name), 'Fun day out!\n');
    const t = io(undefined, dir);
    expect(await run(['scan', '.', '--no-ocr', '--no-faces', '-f', 'json', '--config', resolve('fixtures/profile.yaml')], t.cli)).toBe(1);
    const files = (JSON.parse(t.out()) as Report).files;
    const named = (path: string) => files.find((f) => f.path === path)!.findings.map((f) => [f.ruleId, (f.location as { tag?: string }).tag, f.source]);
    expect(named('award-marcus-delgado-555-201-4477.md')).toEqual([
      ['id/undercover', 'file-name', 'metadata'],
      ['pii/phone', 'file-name', 'metadata'],
    ]);
    expect(files.find((f) => f.path === 'award-marcus-delgado-555-201-4477.md')!.findings[0]!.message).toContain(
      "in the draft's file name, which travels with the file when it is shared or committed",
    );
    // a list number in front is no house number on a "Drive"
    expect(named('04-official-toy-drive.md')).toEqual([]);
    // nor is a date in front ("12 01 toy drive", "12 cedar lane")
    expect(named('2026-12-01-toy-drive.md')).toEqual([]);
    expect(named('2026-12-cedar-lane-closure.md')).toEqual([]);
    expect(named('20261130-road-safety-drive.md')).toEqual([]);
    expect(t.out()).not.toMatch(/"evidence": "[^"]*(?:Delgado|4477)/i);
    const human = io(undefined, dir);
    await run(['scan', '.', '--no-ocr', '--no-faces', '--config', resolve('fixtures/profile.yaml')], human.cli);
    expect(human.out()).toContain('award-******-*******-***-***-****.md\n');
    expect(human.out()).not.toMatch(/delgado|4477/i);
    // text given on the command line has no file name
    const inline = io(undefined, dir);
    await run(['check', '--text', 'Fun day out!', '--no-ocr', '-f', 'json', '--config', resolve('fixtures/profile.yaml')], inline.cli);
    expect((JSON.parse(inline.out()) as Report).files[0]!.findings).toEqual([]);
  });

  // User test 25, P3-7: `<!-- note to self: Carla's cell is 608-555-0199 -->` was not reported by check or scan.
  it('screens the HTML comments of a Markdown draft for names and private details, not clearpost\'s own', async () => {
    const dir = tempDir('comments');
    writeFileSync(
      join(dir, 'post.md'),
      'Proud of my team. <!-- note to self: her cell is 608-555-0199, ask Marcus Delgado -->\n<!-- clearpost-disable-next-line pii/phone -- the front desk -->\nFront desk 555-201-4477.\n',
    );
    const t = io(undefined, dir);
    expect(await run(['check', 'post.md', '--no-ocr', '--no-faces', '-f', 'json', '--config', resolve('fixtures/profile.yaml')], t.cli)).toBe(1);
    const findings = (JSON.parse(t.out()) as Report).files[0]!.findings;
    const where = findings.map((f) => [f.ruleId, (f.location as { line: number }).line, !!f.suppressed, f.message.includes('(in an HTML comment')]);
    expect(where).toEqual(expect.arrayContaining([['pii/phone', 1, false, true], ['id/undercover', 1, false, true], ['pii/phone', 3, true, false]]));
    expect(where.filter((w) => w[1] === 2)).toEqual([]);
  });

  it('is a usage error with nothing to check', async () => {
    const t = io(undefined);
    expect(await run(['check', '--config', profile], t.cli)).toBe(2);
    expect(t.err()).toMatch(/nothing to check/);
  });

  it('is a usage error, not a clean post, when standard input or --text is empty', async () => {
    for (const [argv, stdin, said] of [
      [['check'], '', /standard input was empty/],
      [['check', '-'], ' \n', /standard input was empty/],
      [['check', '--text', ''], undefined, /--text is empty/],
    ] as const) {
      const t = io(stdin);
      expect(await run([...argv, '--config', profile], t.cli)).toBe(2);
      expect(t.err()).toMatch(said);
      expect(t.out()).toBe('');
    }
  });

  it('checks a folder as the post in it (a draft and its images), and says when a folder holds none', async () => {
    const dir = tempDir('check');
    mkdirSync(join(dir, 'post'));
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'post', 'caption.md'), 'Party at 88 Larkspur Lane on Saturday! ![me](station.jpg)');
    copyFileSync(resolve('fixtures/images/gps-station.jpg'), join(dir, 'post', 'station.jpg'));
    const { code, report } = await json(['check', 'post', 'empty', '--no-ocr', '--no-faces'], undefined, dir);
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]));
    expect(byPath['post/caption.md'].findings.map((f) => [f.ruleId, f.attachment ?? ''])).toEqual(
      expect.arrayContaining([['pii/address', ''], ['image/gps', 'post/station.jpg']]),
    );
    expect(byPath.empty.error).toMatch(/no drafts or images in this folder/);
    expect(code).toBe(2);
  }, 60_000);

  it('respects --fail-on', async () => {
    const text = 'Got absolutely hammered at the bar last night lol';
    const never = await json(['check', '--text', text, '--fail-on', 'never']);
    expect(never.code).toBe(0);
    expect(never.report.summary.findings).toBeGreaterThan(0);
  });

  it('lets the account context change what is reported', async () => {
    const text = 'Another night shift on patrol. Stay safe out there, Harbor City.';
    const personal = await json(['check', '--text', text, '--context', 'personal']);
    const official = await json(['check', '--text', text, '--context', 'official']);
    expect(personal.report.files[0].findings.map((f) => f.ruleId)).toContain('id/self-affiliation');
    expect(official.report.files[0].findings.map((f) => f.ruleId)).not.toContain('id/self-affiliation');
  });

  it("screens a post whose front matter account: is an official account as official, and the summary says why (U29-22)", async () => {
    const dir = tempDir('cli');
    writeFileSync(join(dir, '.clearpost.yaml'), 'agency:\n  names: ["Cedar Ridge Police Department"]\n  official_accounts: ["@CedarRidgePD"]\ncontext: personal\n');
    writeFileSync(join(dir, 'b.md'), '---\naccount: "@CedarRidgePD"\n---\nCall Officer Torres at 203-555-0190\n');
    writeFileSync(join(dir, 'c.md'), '---\naccount: "@torres_off_duty"\n---\nCall Officer Torres at 203-555-0190\n');
    writeFileSync(join(dir, 'plain.md'), 'Call Officer Torres at 203-555-0190\n');
    const screened = async (args: string[]) => {
      const t = io(undefined, dir);
      await run(['check', ...args, '--format', 'json', '--no-model', '-p', 'massachusetts'], t.cli);
      const file = (JSON.parse(t.out()) as Report).files[0]!;
      return { context: file.context, findings: file.findings.map((f) => [f.ruleId, f.severity, f.clauses.map((c) => c.id).join()]) };
    };
    const official = await screened(['plain.md', '--context', 'official']);
    const personal = await screened(['plain.md', '--context', 'personal']);
    expect(official.findings).not.toEqual(personal.findings);
    expect(await screened(['b.md'])).toEqual({ context: 'official', findings: official.findings });
    expect(await screened(['c.md'])).toEqual({ context: 'personal', findings: personal.findings });
    const t = io(undefined, dir);
    await run(['check', 'b.md', '--no-model', '-p', 'massachusetts', '--no-color'], t.cli);
    expect(t.out()).toContain('[official account (front matter)');
  });

  it('always reports an undercover member as an error, and refuses a config that lowers it', async () => {
    const dir = tempDir('cli');
    writeFileSync(join(dir, 'c.yaml'), 'roster:\n  - name: Marcus Delgado\n    undercover: true\n');
    const t = io(undefined, dir);
    const code = await run(['check', '--text', 'Say hi to Marcus Delgado for me', '--format', 'json', '--config', 'c.yaml', '--policy', 'new-haven'], t.cli);
    const report = JSON.parse(t.out()) as Report;
    expect(code).toBe(1);
    expect(report.files[0].findings.find((f) => f.ruleId === 'id/undercover')?.severity).toBe('error');
    writeFileSync(join(dir, 'c.yaml'), 'roster:\n  - name: Marcus Delgado\n    undercover: true\nseverity:\n  id/undercover: info\n');
    const lowered = io(undefined, dir);
    expect(await run(['check', '--text', 'Say hi to Marcus Delgado for me', '--config', 'c.yaml'], lowered.cli)).toBe(2);
    expect(lowered.err()).toMatch(/c\.yaml:5: severity\.id\/undercover: cannot be info/);
  });

  it('limits clauses to the selected policy', async () => {
    const { report } = await json(['check', '--text', 'Housewarming at 1423 Elm Street tonight!', '--policy', 'massachusetts']);
    expect(report.summary.policies).toEqual(['massachusetts']);
    for (const f of report.files[0].findings) for (const c of f.clauses) expect(c.policy).toBe('massachusetts');
  });

  it('rejects an unknown policy and a bad config with exit 2 and one line', async () => {
    const t = io();
    expect(await run(['check', '--text', 'x', '--policy', 'nope', '--config', profile], t.cli)).toBe(2);
    expect(t.err()).toMatch(/nope/);
    const dir = tempDir('cli');
    writeFileSync(join(dir, 'bad.yaml'), 'agency:\n  names: [A]\ncontext: public\n');
    const t2 = io(undefined, dir);
    expect(await run(['check', '--text', 'x', '--config', 'bad.yaml'], t2.cli)).toBe(2);
    expect(t2.err().trim()).toMatch(/bad\.yaml:3: context: /);
    expect(t2.err().trim().split('\n')).toHaveLength(1);
  });
});

describe('clauses for your own roster', () => {
  it('cites Massachusetts IV.C.8.d (other agencies) for a stranger with a rank, never for a roster member', async () => {
    const clauses = async (text: string) => {
      const { report } = await json(['check', '--text', text, '--policy', 'massachusetts']);
      const found = report.files[0].findings.filter((f) => f.ruleId === 'id/coworker');
      expect(found).toHaveLength(1);
      return found[0].clauses.map((c) => c.id);
    };
    expect(await clauses('Great shift with Sgt. Renee Whitfield tonight.')).toEqual(['IV.C.7.b']);
    expect(await clauses('Congrats @renee_w on the promotion, well earned at the precinct!')).toEqual(['IV.C.7.b']);
    expect(await clauses('Great shift with Detective Omar Haddad tonight.')).toEqual(['IV.C.7.b', 'IV.C.8.d']);
  });
});

describe('read failures', () => {
  it('words one link loop, one broken link and one missing file the same in check, scan and a folder walk', async () => {
    const dir = tempDir('links');
    mkdirSync(join(dir, 'posts'));
    symlinkSync('loop2', join(dir, 'posts', 'loop1.txt'));
    symlinkSync('loop1.txt', join(dir, 'posts', 'loop2'));
    symlinkSync('nowhere.txt', join(dir, 'posts', 'dangling.txt'));
    const loop = 'cannot read: symbolic link loop (too many symbolic links)';
    const broken = 'cannot read: broken link (its target does not exist)';
    const missing = 'cannot read: no such file or directory';
    for (const command of ['check', 'scan']) {
      const { code, report } = await json([command, 'posts/loop1.txt', 'posts/dangling.txt', 'missing.txt'], undefined, dir);
      const byPath = Object.fromEntries(report.files.map((f) => [f.path, f.error]));
      expect(byPath, command).toEqual({ 'posts/loop1.txt': loop, 'posts/dangling.txt': broken, 'missing.txt': missing });
      expect(code).toBe(2);
    }
    const walked = await json(['scan', 'posts'], undefined, dir);
    expect(Object.fromEntries(walked.report.files.map((f) => [f.path, f.error]))).toEqual({
      'posts/loop1.txt': loop,
      'posts/loop2': loop,
      'posts/dangling.txt': broken,
    });
  });

  it('screens a draft with a stray NUL byte instead of skipping it as binary (user test 25, P2-2)', async () => {
    const dir = tempDir('nul');
    writeFileSync(join(dir, 'onenul.txt'), 'Call me at 608-555-0199 tonight, 22 Maple Street.\n\0');
    const { code, report } = await json(['check', 'onenul.txt'], undefined, dir);
    expect(report.files[0].note).toBe('1 NUL byte in the text, read past');
    expect(report.files[0].findings.map((f) => f.ruleId).sort()).toEqual(['pii/address', 'pii/phone']);
    expect(code).toBe(1);
  });

  it('masks a finding over an undercover name as the undercover one is (user test 25, P3-3)', async () => {
    const { report } = await json(['check', '--text', 'Great work on the raid last night, Marcus Delgado!']);
    const found = report.files[0].findings;
    expect(found.map((f) => f.ruleId).sort()).toEqual(['id/coworker', 'id/undercover']);
    for (const f of found) expect(f.evidence, f.ruleId).toBe('[undercover member]');
  });

  // User test 27, U3-11: image/people-tags printed the undercover name as "P**** R**********" beside id/undercover's
  // "[undercover member]" on the same tag (a finding on a whole tag has no offsets to compare).
  it('masks a finding on a whole picture tag that names an undercover member, and only that face region', async () => {
    const { report } = await json(['check', resolve('fixtures/images/people-tags.jpg'), '--no-ocr', '--no-faces']);
    const regions = report.files[0].findings.filter((f) => (f.location as { tag?: string }).tag === 'XMP-mwg-rs:RegionName');
    const at = (x: number) => regions.filter((f) => (f.location as { box: { x: number } }).box.x === x).map((f) => f.evidence);
    expect(at(312)).toEqual(['[undercover member]', '[undercover member]']);
    expect(at(168)).toEqual(['J***** E******']);
  });

  it('refuses a device or FIFO named as a draft instead of reading it without end (user test 25, P2-4)', async () => {
    const dir = tempDir('special');
    mkdirSync(join(dir, 'posts'));
    symlinkSync('/dev/zero', join(dir, 'posts', 'zero.txt'));
    execFileSync('mkfifo', [join(dir, 'posts', 'fifo.md')]);
    writeFileSync(join(dir, 'posts', 'ok.txt'), 'Beautiful sunset tonight.');
    const device = 'cannot read: not a regular file (a character device): not read';
    const fifo = 'cannot read: not a regular file (a FIFO): not read';
    for (const args of [['check', 'posts/zero.txt', 'posts/fifo.md'], ['scan', 'posts']]) {
      const { code, report } = await json(args, undefined, dir);
      const byPath = Object.fromEntries(report.files.map((f) => [f.path, f.error]));
      expect(byPath['posts/zero.txt'], args[0]).toBe(device);
      expect(byPath['posts/fifo.md'], args[0]).toBe(fifo);
      expect(code).toBe(2);
    }
  });
});

describe('scan', () => {
  it("does not count a site's config files among the unsupported types (user test 30, U30-11)", async () => {
    const dir = tempDir('cli');
    for (const [path, text] of [
      ['hugo.toml', 'baseURL = "/"\n'],
      ['config/_default/params.toml', 'x = 1\n'],
      ['blog/_config.yml', 'title: x\n'],
      ['content/posts/a.md', 'Nice weather for the parade today.\n'],
    ] as const) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const t = io(undefined, dir);
    expect(await run(['scan', '.', '--no-model', '--no-color'], t.cli)).toBe(0);
    expect(t.out()).toMatch(/^✔ 0 findings/m);
    expect(t.out()).not.toMatch(/unsupported/);
    writeFileSync(join(dir, 'notes.pdf'), '%PDF');
    const withPdf = io(undefined, dir);
    await run(['scan', '.', '--no-model', '--no-color', '-f', 'json'], withPdf.cli);
    expect((JSON.parse(withPdf.out()) as Report).summary.unsupported).toEqual({ files: 1, types: ['.pdf'], paths: ['notes.pdf'] });
  });

  it('screens a folder, lists clean files, keeps going past unreadable ones and exits 2', async () => {
    const dir = tempDir('scan');
    writeFileSync(join(dir, 'clean.txt'), 'Beautiful sunset tonight.');
    writeFileSync(join(dir, 'home.md'), 'Party at 88 Larkspur Lane, Apt 3 on Saturday!');
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    writeFileSync(join(dir, 'locked.txt'), 'secret');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    const { code, report, err } = await json(['scan', '.', 'missing-folder'], undefined, dir);
    const byPath = Object.fromEntries(report.files.map((f) => [f.path, f]));
    expect(byPath['clean.txt'].findings).toEqual([]);
    expect(byPath['home.md'].findings.map((f) => f.ruleId)).toContain('pii/address');
    expect(byPath['blob.txt'].note).toMatch(/binary/);
    expect(byPath['missing-folder'].error).toMatch(/no such file/);
    expect(err).toMatch(/missing-folder: cannot read: no such file/);
    // root can read anything; the permission case only holds for ordinary users
    if (process.getuid?.() !== 0) expect(byPath['locked.txt'].error).toMatch(/permission denied/);
    expect(code).toBe(2);
  });

  it('reads a UTF-16 draft saved without a BOM the same way in check, scan and sanitize (user test 23, #9)', { timeout: 60_000 }, async () => {
    const dir = tempDir('scan');
    writeFileSync(join(dir, 'nobom.txt'), Buffer.from('Housewarming at 47 Thistledown Court! Call 555-204-7781.', 'utf16le'));
    for (const argv of [['check', 'nobom.txt'], ['scan', '.'], ['sanitize', 'nobom.txt', '--out', 'clean']]) {
      const { code, report } = await json(argv, undefined, dir);
      const [file] = report.files;
      if (argv[0] === 'sanitize') {
        expect(file.error, argv[0]).toBeUndefined();
        expect(readFileSync(join(dir, 'clean/nobom.txt'), 'utf8')).not.toMatch(/Thistledown|7781/);
        continue;
      }
      expect(file.note, argv[0]).toBe('decoded as utf-16le (no byte order mark)');
      expect(file.findings.map((f) => f.ruleId).sort(), argv[0]).toEqual(['pii/address', 'pii/phone']);
      expect(code, argv[0]).toBe(1);
    }
  });

  it('lists the first 100 findings of a rule in a file and says how many more, while the clean copy masks them all (user test 25, P2-9)', { timeout: 60_000 }, async () => {
    const dir = tempDir('cap');
    const emails = Array.from({ length: 130 }, (_, i) => `reach${i}@mail.example.org`);
    writeFileSync(join(dir, 'many.txt'), `Call 555-204-7781. ${emails.join(' ')}`);
    for (const argv of [['check', 'many.txt'], ['scan', '.']]) {
      const { code, report } = await json(argv, undefined, dir);
      const [file] = report.files;
      expect(file.findings.filter((f) => f.ruleId === 'pii/email'), argv[0]).toHaveLength(100);
      expect(file.findings.filter((f) => f.ruleId === 'pii/phone'), argv[0]).toHaveLength(1);
      expect(file.note, argv[0]).toBe('more findings than a report lists (the first 100 of a rule are): pii/email: 30 more');
      // only the listing is cut: the summary (and so the exit code and --max-warnings) counts every finding
      expect(report.summary.byRule['pii/email'], argv[0]).toBe(130);
      expect(report.summary.bySeverity.error, argv[0]).toBe(131);
      expect(code, argv[0]).toBe(1);
    }
    await json(['sanitize', 'many.txt', '--out', 'clean'], undefined, dir);
    expect(readFileSync(join(dir, 'clean/many.txt'), 'utf8')).not.toMatch(/reach\d|7781/);
  });

  it('still screens the pictures that go out with a draft it cannot read', { timeout: 60_000 }, async () => {
    const dir = tempDir('scan');
    // A folder's single draft takes the folder's pictures; a binary draft must not take them out of the scan.
    mkdirSync(join(dir, 'post'));
    writeFileSync(join(dir, 'post', 'caption.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    copyFileSync(resolve('fixtures/images/gps-station.jpg'), join(dir, 'post', 'station.jpg'));
    const { code, report } = await json(['scan', '.', '--no-ocr', '--no-faces'], undefined, dir);
    const [post] = report.files;
    expect(post.path).toBe('post/caption.txt');
    expect(post.note).toMatch(/binary/);
    expect(post.findings.map((f) => [f.ruleId, f.attachment])).toContainEqual(['image/gps', 'post/station.jpg']);
    expect(code).toBe(0); // the location is a warning; a binary draft alone is a note, not a failure
  });

  it('prints a stylish report grouped by file with a summary', async () => {
    const dir = tempDir('scan');
    writeFileSync(join(dir, 'home.txt'), 'Hi!\nParty at 88 Larkspur Lane on Saturday!');
    const t = io(undefined, dir);
    const code = await run(['scan', '.', '--config', profile], t.cli);
    expect(code).toBe(1);
    expect(t.out()).toMatch(/^home\.txt\n\s+2:10\s+error\s+pii\/address/m);
    expect(t.out()).not.toContain('Larkspur');
    expect(t.out()).toMatch(/1 finding.* in 1 file screened/);
    expect(t.out()).not.toMatch(/\x1b\[/);
  });
});

describe('a working directory other than the process\'s', () => {
  it('resolves Markdown image links against the draft\'s folder for check, scan and sanitize', { timeout: 120_000 }, async () => {
    const dir = tempDir('cwd');
    expect(resolve(dir)).not.toBe(process.cwd());
    mkdirSync(join(dir, 'posts', 'img'), { recursive: true });
    copyFileSync(resolve('fixtures/images/gps-station.jpg'), join(dir, 'posts', 'img', 'station.jpg'));
    writeFileSync(join(dir, 'posts', 'p.md'), 'Sunset tonight\n\n![pic](img/station.jpg)\n\n![gone](img/missing.jpg)\n');
    for (const argv of [['check', 'posts/p.md'], ['scan', 'posts'], ['sanitize', 'posts', '--out', 'clean']]) {
      const { report } = await json([...argv, '--no-ocr', '--no-faces'], undefined, dir);
      const post = report.files.find((f) => f.path.endsWith('p.md'))!;
      // Only the missing image is missing (sanitize reports on its clean copy, clean/posts/p.md).
      expect(post.error, argv[0]).toMatch(/^(clean\/)?posts\/img\/missing\.jpg \(line 5\): linked image not found$/);
      if (argv[0] !== 'sanitize') expect(post.findings.map((f) => [f.ruleId, f.attachment]), argv[0]).toContainEqual(['image/gps', 'posts/img/station.jpg']);
    }
    expect(existsSync(join(dir, 'clean', 'posts', 'img', 'station.jpg'))).toBe(true);
  });

  // Fixes 29, defect 2: a Hugo post's `image: /images/card.jpg` and plain link `/images/big.jpg` were read from the
  // file system's root: "linked image not found", exit 2, in every Hugo or Jekyll repository's CI.
  it('reads a site generator\'s root paths under the site: check, scan (from any folder), sanitize and its re-screen', { timeout: 120_000 }, async () => {
    const dir = tempDir('site');
    mkdirSync(join(dir, 'content', 'posts'), { recursive: true });
    mkdirSync(join(dir, 'static', 'images'), { recursive: true });
    writeFileSync(join(dir, 'hugo.toml'), 'baseURL = "https://example.org/"\n');
    copyFileSync(resolve('fixtures/images/gps-station.jpg'), join(dir, 'static', 'images', 'card.jpg'));
    copyFileSync(resolve('fixtures/images/clean.png'), join(dir, 'static', 'images', 'big.png'));
    writeFileSync(join(dir, 'content', 'posts', 'toy.md'), '---\ntitle: Toy drive\nimage: /images/card.jpg\n---\nGreat turnout. [full photo](/images/big.png)\n');
    const runs: [string[], string][] = [
      [['check', 'content/posts/toy.md'], dir],
      [['scan', '.'], dir],
      [['scan', 'posts'], join(dir, 'content')],
      [['sanitize', 'content', '--out', 'clean'], dir],
      [['sanitize', 'posts', '--out', join(dir, 'clean2')], join(dir, 'content')],
    ];
    for (const [argv, cwd] of runs) {
      const { code, report } = await json([...argv, '--no-ocr', '--no-faces'], undefined, cwd);
      const post = report.files.find((f) => f.path.endsWith('toy.md'))!;
      expect(post.error, argv.join(' ')).toBeUndefined();
      expect(code, argv.join(' ')).not.toBe(2);
      if (argv[0] !== 'sanitize') expect(post.findings.map((f) => f.ruleId), argv.join(' ')).toContain('image/gps');
      expect(post.attachments?.map((a) => a.replace(/\\/g, '/')), argv.join(' ')).toEqual(expect.arrayContaining([expect.stringMatching(/static\/images\/card\.jpg$/), expect.stringMatching(/static\/images\/big\.png$/)]));
    }
    expect(existsSync(join(dir, 'clean', 'static', 'images', 'card.jpg'))).toBe(true);
    expect(existsSync(join(dir, 'clean2', 'static', 'images', 'card.jpg'))).toBe(true);
    // --site-root names the site when no config marks it; a picture still missing is an error that says where it looked
    const bare = tempDir('site-root');
    mkdirSync(join(bare, 'www', 'static', 'images'), { recursive: true });
    mkdirSync(join(bare, 'posts'));
    copyFileSync(resolve('fixtures/images/gps-station.jpg'), join(bare, 'www', 'static', 'images', 'card.jpg'));
    writeFileSync(join(bare, 'posts', 'a.md'), 'Sunset. ![](/images/card.jpg)\n![](/images/gone.jpg)\n');
    const named = await json(['check', 'posts/a.md', '--site-root', 'www', '--no-ocr', '--no-faces'], undefined, bare);
    expect(named.report.files[0].findings.map((f) => [f.ruleId, f.attachment])).toContainEqual(['image/gps', 'www/static/images/card.jpg']);
    expect(named.report.files[0].error).toBe('/images/gone.jpg (line 2): linked image not found (a site path: looked in static/, assets/, public/ and the root of the site at www (--site-root))');
    expect(named.code).toBe(2);
    const unnamed = await json(['check', 'posts/a.md', '--no-ocr', '--no-faces'], undefined, bare);
    expect(unnamed.report.files[0].error).toMatch(/^\/images\/card\.jpg \(line 1\): linked image not found \(a site path: no site config .*name the site's folder with --site-root\)/);
    const wrong = io(undefined, bare);
    expect(await run(['check', 'posts/a.md', '--site-root', 'nowhere', '--config', profile], wrong.cli)).toBe(2);
    expect(wrong.err()).toMatch(/--site-root .* nowhere is not a folder/);
  });
});

describe('rules and explain', () => {
  it('lists packs, clauses and the reviewer checklist', async () => {
    const t = io();
    expect(await run(['rules', '--format', 'json'], t.cli)).toBe(0);
    const data = JSON.parse(t.out()) as { packs: { id: string; manual: unknown[] }[]; coverage: Record<string, unknown[]> };
    expect(data.packs.map((p) => p.id).sort()).toEqual(['massachusetts', 'new-haven', 'nypd', 'takoma-park']);
    expect(data.packs.every((p) => p.manual.length > 0)).toBe(true);
    expect(data.coverage['pii/address'].length).toBeGreaterThan(0);
  });

  it('lists an undercover reference as reported anyway when no selected pack cites it (user test 27, U2-15)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources', 'go.txt'), 'Members shall not post personal telephone numbers.');
    const pack = ['id: own', 'title: Own order', 'sources: [go.txt]', 'clauses:', '  - id: "1"', '    title: Phones', '    quote: "Members shall not post personal telephone numbers."', '    rules:', '      pii/phone: { personal: error, official: error }'];
    writeFileSync(join(dir, 'own.yaml'), `${pack.join('\n')}\n`);
    const t = io();
    expect(await run(['rules', '--policy', join(dir, 'own.yaml')], t.cli)).toBe(0);
    expect(t.out()).toMatch(/reported anyway \(always an error\): id\/undercover\n/);
    expect(t.out()).toMatch(/\(looked for anyway, reported as info with no clause\): (?![^\n]*id\/undercover)[^\n]*pii\/address/);
  });

  it('says what of a clause no detector checks, in rules and in explain (user test 23, #12)', async () => {
    const t = io();
    expect(await run(['rules', '--policy', 'massachusetts'], t.cli)).toBe(0);
    expect(t.out()).toMatch(/IV\.C\.8\.e [^\n]*victims[^]*?not checked \(the reviewer's part\): A victim named or described/);
    const e = io();
    expect(await run(['explain', 'case/investigation', '--policy', 'massachusetts', '--format', 'json'], e.cli)).toBe(0);
    const clauses = (JSON.parse(e.out()) as { clauses: { id: string; unchecked?: string[] }[] }).clauses;
    expect(clauses.find((c) => c.id === 'IV.C.8.e')?.unchecked?.[0]).toMatch(/^A victim named/);
  });

  it('names the pattern that fired: data.pattern in JSON, a dim line under each finding with --debug', async () => {
    const text = 'Reach me directly at renee.w83@gmail.com or jdoe1990 [at] example [dot] com';
    const { report } = await json(['check', '--text', text]);
    const emails = report.files[0].findings.filter((f) => f.ruleId === 'pii/email');
    expect(emails.map((f) => f.data?.pattern)).toEqual(['PLAIN', 'SPELLED']);
    const t = io();
    await run(['check', '--text', text, '--config', profile, '--debug'], t.cli);
    expect(t.out()).toMatch(/pii\/email .*\n\s+fired: pii\/email · PLAIN\n/);
    const plain = io();
    await run(['check', '--text', text, '--config', profile], plain.cli);
    expect(plain.out()).not.toContain('fired:');
  });

  it('explain lists the rule\'s named patterns with a line each', async () => {
    const t = io();
    expect(await run(['explain', 'pii/email'], t.cli)).toBe(0);
    expect(t.out()).toMatch(/Patterns \(data\.pattern\):\n\s+PLAIN\s+a mailbox as one token/);
    const j = io();
    expect(await run(['explain', 'pii/email', '--format', 'json'], j.cli)).toBe(0);
    expect((JSON.parse(j.out()) as { patterns: { name: string }[] }).patterns.map((p) => p.name)).toEqual(['PLAIN', 'SPACED', 'BRACKETED_AT', 'FREE_MAIL_BOX', 'SPELLED']);
  });

  it('explains a rule with its examples and clauses, and rejects unknown ids', async () => {
    const t = io();
    expect(await run(['explain', 'pii/address'], t.cli)).toBe(0);
    expect(t.out()).toMatch(/Reported:/);
    expect(t.out()).toMatch(/Not reported:/);
    const t2 = io();
    expect(await run(['explain', 'pii/nothing'], t2.cli)).toBe(2);
    expect(t2.err()).toMatch(/unknown rule/);
  });

  it('explain takes a rule id in any case, or the end of one (user test 23, #20)', async () => {
    const whole = io();
    expect(await run(['explain', 'id/self-affiliation', '--format', 'json'], whole.cli)).toBe(0);
    for (const name of ['self-affiliation', 'ID/Self-Affiliation', 'Self-Affiliation']) {
      const t = io();
      expect(await run(['explain', name, '--format', 'json'], t.cli), name).toBe(0);
      expect(t.out(), name).toBe(whole.out());
    }
    const t = io();
    expect(await run(['explain', 'affiliation'], t.cli)).toBe(2);
    expect(t.err()).toMatch(/unknown rule "affiliation"/);
  });
});

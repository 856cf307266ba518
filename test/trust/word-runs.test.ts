// A finding in a Word file is replaced in the clean copy whatever Word writes inside it (user test 29, U29-32): a
// non-breaking or optional hyphen, a tab, a symbol, a line break, proofing marks, bookmarks and comment ranges, and
// what a field shows. The copy is screened again and must hold none of what was found.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { readDocx } from '../../src/inputs/docx.js';
import { runCli } from '../helpers/cli.js';
import { makeDocx } from '../helpers/docx.js';
import { tempDir } from '../helpers/tmp.js';

const profile = resolve('fixtures/profile.yaml');
const t = (s: string) => `<w:r><w:t xml:space="preserve">${s}</w:t></w:r>`;
const field = (instr: string, shown: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instr}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${t(shown)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;

/** Each paragraph, what check finds in it (rule, evidence), and the paragraph of the copy. */
const CASES: { xml: string; found: string[]; copy: string }[] = [
  {
    // Word's hyphenation writes an optional hyphen inside a name
    xml: `${t('Thanks Det. Marcus Del')}<w:r><w:softHyphen/></w:r>${t('gado for the toy drive.')}`,
    found: ['id/coworker Det. Marcus Del\u00ADgado', 'id/undercover Marcus Del\u00ADgado'],
    copy: 'Thanks Det. [name] for the toy drive.',
  },
  {
    // Ctrl+Shift+- keeps a phone number on one line
    xml: `${t('Media line: 555')}<w:r><w:noBreakHyphen/><w:t>201</w:t><w:noBreakHyphen/><w:t>0177</w:t></w:r>${t(' any time.')}`,
    found: ['pii/phone 555\u2011201\u20110177'],
    copy: 'Media line: [phone number] any time.',
  },
  {
    xml: `${t('Ask Sgt. Renee')}<w:r><w:tab/></w:r>${t('Whitfield about it.')}`,
    found: ['id/coworker Sgt. Renee Whitfield'],
    copy: 'Ask Sgt. [name] about it.',
  },
  {
    // a line break or a tab reads as a space, as it shows (fixes 30, Word, not done: "MarcusDelgado", "203555-0177")
    xml: `${t('Det. Marcus')}<w:r><w:br/></w:r>${t('Delgado led the drive.')}`,
    found: ['id/coworker Det. Marcus Delgado', 'id/undercover Marcus Delgado'],
    copy: 'Det. [name] led the drive.',
  },
  {
    xml: `${t('Media line 203')}<w:r><w:br/></w:r>${t('555-0177 any time.')}`,
    found: ['pii/phone 203 555-0177'],
    copy: 'Media line [phone number] any time.',
  },
  {
    xml: `${t('Cell 203')}<w:r><w:tab/></w:r>${t('555-0178 after six, home 42 Oak')}<w:r><w:br w:type="page"/></w:r>${t('Street.')}`,
    found: ['pii/phone 203 555-0178', 'pii/address 42 Oak Street'],
    copy: 'Cell [phone number] after six, home [address].',
  },
  {
    // a symbol font's character: mammoth reads it, so the copy must read it the same way to find the words round it
    xml: `${t('Text Det. Marcus Delgado')}<w:r><w:sym w:font="Wingdings" w:char="F028"/></w:r>${t(' or e-mail him.')}`,
    found: ['id/coworker Det. Marcus Delgado', 'id/undercover Marcus Delgado'],
    copy: 'Text Det. [name]\u{1F57F} or e-mail him.',
  },
  {
    xml: `${t('Hello Det. Marcus ')}<w:proofErr w:type="spellStart"/>${t('Del')}<w:bookmarkStart w:id="3" w:name="x"/><w:commentRangeStart w:id="9"/>${t('gado')}<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="3"/><w:commentRangeEnd w:id="9"/>${t(' was there.')}`,
    found: ['id/coworker Det. Marcus Delgado', 'id/undercover Marcus Delgado'],
    copy: 'Hello Det. [name] was there.',
  },
  {
    xml: `${t('Reach ')}${field(' MERGEFIELD Phone ', '555-201-0166')}${t(' now.')}`,
    found: ['pii/phone 555-201-0166'],
    copy: 'Reach [phone number] now.',
  },
];

describe('a finding crossing what Word writes inside a line (user test 29, U29-32)', () => {
  it('is replaced whole in the copy, which screens clean and opens', { timeout: 120_000 }, async () => {
    const dir = tempDir('word-runs');
    writeFileSync(join(dir, 'a.docx'), await makeDocx(['Toy drive news.', ...CASES.map((c) => ({ xml: c.xml }))]));
    const r = await runCli(['check', 'a.docx', '-f', 'json', '--no-model', '--config', profile, '--show-evidence'], dir);
    const found = (JSON.parse(r.out) as Report).files[0].findings.map((f) => `${(f.location as { line?: number }).line} ${f.ruleId} ${f.evidence}`);
    expect(found.sort()).toEqual(CASES.flatMap((c, i) => c.found.map((f) => `${i + 2} ${f}`)).sort());

    const s = await runCli(['sanitize', 'a.docx', '--out', 'clean', '-f', 'json', '--no-model', '--config', profile], dir);
    expect(s.err).toMatch(/removed: .*× \[phone number\] \(pii\/phone\)/);
    expect(s.err).not.toMatch(/not replaced/);
    const copy = readFileSync(join(dir, 'clean/a.docx'));
    const { text } = await readDocx('a.docx', copy);
    expect(text.split('\n').slice(1, -1)).toEqual(CASES.map((c) => c.copy));
    const xml = await (await JSZip.loadAsync(copy)).file('word/document.xml')!.async('string');
    expect(xml).not.toMatch(/Marcus|Del<|gado|201|0177|0166|Whitfield|noBreakHyphen|softHyphen/);
    expect((JSON.parse(s.out) as Report).files[0].findings).toEqual([]);
    expect(s.code).toBe(0);
  });

  it('replaces what a simple field shows (`<w:fldSimple>`, read as `field`)', { timeout: 60_000 }, async () => {
    const dir = tempDir('word-runs');
    const xml = `${t('Contact: ')}<w:fldSimple w:instr=" MERGEFIELD Contact "><w:r><w:t>Det. Marcus Delgado</w:t></w:r></w:fldSimple>`;
    writeFileSync(join(dir, 'a.docx'), await makeDocx([{ xml }]));
    const s = await runCli(['sanitize', 'a.docx', '--out', 'clean', '-f', 'json', '--no-model', '--config', profile], dir);
    const out = await (await JSZip.loadAsync(readFileSync(join(dir, 'clean/a.docx')))).file('word/document.xml')!.async('string');
    expect(out).not.toContain('Delgado');
    expect(out).toContain('<w:t xml:space="preserve">Det. [name]</w:t>');
    expect((JSON.parse(s.out) as Report).files[0].findings).toEqual([]);
  });
});

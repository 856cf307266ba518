/**
 * `clearpost rules`: every pack, its clauses, which rules map to each and with what severity per account context,
 * and the clauses no detector can check from content, so a reviewer knows what is left to them.
 */
import { Option, type Command } from 'commander';
import { UNSUPPRESSIBLE } from '../core/rules.js';
import { ruleCoverage, type CoverageEntry } from '../policy/map.js';
import type { PolicyPack } from '../policy/packs.js';
import type { CliIO } from './io.js';
import { collect, loadSetup } from './options.js';

/** Which clauses cover each rule id, across the packs, keyed by rule id. */
function coverage(packs: PolicyPack[]): Record<string, CoverageEntry[]> {
  return Object.fromEntries(ruleCoverage(packs).map((r) => [r.ruleId, r.clauses]));
}

function formatText(packs: PolicyPack[], overrides: Readonly<Record<string, string>>): string {
  const out: string[] = [];
  for (const pack of packs) {
    out.push(`${pack.id}  ${pack.title}`);
    for (const clause of pack.clauses) {
      out.push(`  ${clause.id}  ${clause.title}`);
      for (const [rule, sev] of Object.entries(clause.rules)) {
        const own = overrides[rule] ? `  (your config: ${overrides[rule]})` : '';
        const unless = sev.unless === 'roster-member' ? '  (not for members of your roster)' : '';
        const employee = sev.employee ? `  (${sev.employee} beside a roster member's name)` : '';
        out.push(`      ${rule.padEnd(24)} personal: ${sev.personal.padEnd(7)} official: ${sev.official}${unless}${employee}${own}`);
      }
      for (const e of clause.exceptions) out.push(`      except: ${e}`);
      for (const u of clause.unchecked ?? []) out.push(`      not checked (the reviewer's part): ${u}`);
    }
    if (pack.manual.length) {
      out.push('  Left to the reviewer (no detector can check these from a post):');
      for (const clause of pack.manual) out.push(`  ${clause.id}  ${clause.title}`);
    }
    out.push('');
  }
  const uncited = Object.entries(coverage(packs))
    .filter(([, list]) => list.length === 0)
    .map(([rule]) => rule);
  // an undercover reference is reported as an error whatever the packs say (user test 27, U2-15)
  const always = uncited.filter((rule) => UNSUPPRESSIBLE.has(rule));
  const uncovered = uncited.filter((rule) => !UNSUPPRESSIBLE.has(rule));
  if (always.length) out.push(`Rules no selected pack cites, reported anyway (always an error): ${always.join(', ')}`);
  // looked for anyway: what they find is listed as info with no clause, never as clean (user test 30, U30-3)
  if (uncovered.length) out.push(`Rules no selected pack cites (looked for anyway, reported as info with no clause): ${uncovered.join(', ')}`);
  if (always.length || uncovered.length) out.push('');
  return `${out.join('\n')}\n`;
}

export function registerRules(program: Command, io: CliIO, _setExit: (code: number) => void): void {
  program
    .command('rules')
    .description('list the policy packs, their clauses and the rules mapped to each')
    .option('-c, --config <file>', 'agency profile whose policy and severity choices apply (default: .clearpost.yaml found upward)')
    .option('-p, --policy <id|path>', 'only these packs; repeatable', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((flags: { config?: string; policy?: string[]; format: string }) => {
      const { config, packs } = loadSetup(flags, io.cwd, io.stderr);
      if (flags.format === 'json') {
        io.stdout(`${JSON.stringify({ packs, coverage: coverage(packs), severityOverrides: config.severity }, null, 2)}\n`);
      } else io.stdout(formatText(packs, config.severity));
    });
}

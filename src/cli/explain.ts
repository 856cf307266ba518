/** `clearpost explain <ruleId>`: what the rule looks for, its examples, and the clauses it serves. */
import { Option, type Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { isRuleId, RULE_IDS } from '../core/rules.js';
import type { Example } from '../core/types.js';
import { allDetectors } from '../detectors/index.js';
import { ACCEPT_VETO_CUES } from '../model/layer.js';
import type { CliIO } from './io.js';
import { collect, loadSetup } from './options.js';

function exampleText(e: Example): string {
  return typeof e === 'string' ? e : `${e.text}${e.context ? `  [${e.context}]` : ''}`;
}

/**
 * The rule a name means: the id in any case (`ID/Coworker`), or the one rule whose id ends with it after a `/`
 * (`self-affiliation`, `gps`). A name two rules end with, or none, is a usage error that lists the candidates.
 */
export function ruleNamed(given: string): string {
  const name = given.trim().toLowerCase();
  if (isRuleId(name)) return name;
  const matches = RULE_IDS.filter((id) => id.endsWith(`/${name}`));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new UsageError(`"${given}" could be ${matches.join(' or ')}: give the whole id`);
  throw new UsageError(`unknown rule "${given}" (rules: ${RULE_IDS.join(', ')})`);
}

export function registerExplain(program: Command, io: CliIO, _setExit: (code: number) => void): void {
  program
    .command('explain')
    .description('explain a rule: what it looks for, examples, and the policy clauses it serves')
    .argument('<ruleId>', `one of: ${RULE_IDS.join(', ')}`)
    .option('-c, --config <file>', 'agency profile whose policy and severity choices apply (default: .clearpost.yaml found upward)')
    .option('-p, --policy <id|path>', 'only these packs; repeatable', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((given: string, flags: { config?: string; policy?: string[]; format: string }) => {
      const ruleId = ruleNamed(given);
      const detectors = allDetectors.filter((d) => d.id === ruleId || d.emits?.includes(ruleId));
      const own = detectors.filter((d) => d.id === ruleId);
      const { config, packs } = loadSetup(flags, io.cwd, io.stderr);
      const clauses = packs.flatMap((pack) =>
        pack.clauses
          .filter((c) => c.rules[ruleId])
          .map((c) => ({
            policy: pack.id,
            id: c.id,
            title: c.title,
            quote: c.quote,
            severity: c.rules[ruleId],
            exceptions: c.exceptions,
            ...(c.unchecked ? { unchecked: c.unchecked } : {}),
          })),
      );
      if (flags.format === 'json') {
        io.stdout(
          `${JSON.stringify(
            {
              ruleId,
              title: own[0]?.title,
              description: own.map((d) => d.description),
              emittedBy: detectors.filter((d) => d.id !== ruleId).map((d) => d.id),
              patterns: own.flatMap((d) => d.cues ?? []),
              modelVetoes: ACCEPT_VETO_CUES[ruleId] ?? [],
              examples: { tp: own.flatMap((d) => d.examples.tp), fp: own.flatMap((d) => d.examples.fp) },
              clauses,
              ...(config.severity[ruleId] ? { severityOverride: config.severity[ruleId] } : {}),
            },
            null,
            2,
          )}\n`,
        );
        return;
      }
      const out: string[] = [`${ruleId}: ${own[0]?.title ?? ''}`, ''];
      for (const d of own) out.push(d.description, '');
      const also = detectors.filter((d) => d.id !== ruleId).map((d) => d.id);
      if (also.length) out.push(`Also raised by: ${also.join(', ')}`, '');
      // The names a finding carries in data.pattern (and `--debug` shows), so a reviewer can look up why it fired.
      const cues = own.flatMap((d) => d.cues ?? []);
      const width = Math.max(0, ...cues.map((c) => c.name.length));
      if (cues.length) out.push('Patterns (data.pattern):', ...cues.map((c) => `  ${c.name.padEnd(width)}  ${c.description}`), '');
      // what keeps the learned layer's addition out (`--debug` names the one that did)
      const vetoes = ACCEPT_VETO_CUES[ruleId] ?? [];
      const vw = Math.max(0, ...vetoes.map((c) => c.name.length));
      if (vetoes.length) out.push('Learned model: its addition is not reported when the post has no police evidence and (--debug names which):', ...vetoes.map((c) => `  ${c.name.padEnd(vw)}  ${c.description}`), '');
      const tp = own.flatMap((d) => d.examples.tp);
      const fp = own.flatMap((d) => d.examples.fp);
      if (tp.length) out.push('Reported:', ...tp.map((e) => `  + ${exampleText(e)}`), '');
      if (fp.length) out.push('Not reported:', ...fp.map((e) => `  - ${exampleText(e)}`), '');
      if (!clauses.length) out.push('No selected policy pack cites this rule: it is not reported.');
      const override = config.severity[ruleId];
      if (override) out.push(`Your config (${config.path}) sets this rule to: ${override}`, '');
      for (const c of clauses) {
        const unless = c.severity.unless === 'roster-member' ? '; not for members of your roster' : '';
        out.push(`${c.policy} ${c.id}: ${c.title}  (personal: ${c.severity.personal}, official: ${c.severity.official}${unless})`);
        out.push(`  "${c.quote}"`);
        for (const e of c.exceptions) out.push(`  except: ${e}`);
        for (const u of c.unchecked ?? []) out.push(`  not checked (the reviewer's part): ${u}`);
        out.push('');
      }
      io.stdout(`${out.join('\n')}\n`);
    });
}

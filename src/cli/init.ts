/** `clearpost init`: write a commented starter agency profile (`.clearpost.yaml`). */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { CONFIG_FILE_NAME, isPackPath, parseConfig, readRosterCsv, ROSTER_CSV_COLUMNS } from '../core/config.js';
import { describeErrno, UsageError } from '../core/errors.js';
import { newFingerprintKey } from '../core/fingerprint.js';
import { didYouMean } from '../core/suggest.js';
import { describeGaps, packGaps, packsForAgency, starterProfileYaml } from '../core/init.js';
import { availablePacks, loadPacks } from '../policy/packs.js';
import type { CliIO } from './io.js';
import { collect } from './options.js';

interface InitFlags {
  name?: string[];
  handle?: string[];
  phone?: string[];
  domain?: string[];
  roster?: string;
  policy?: string[];
  /** --output-file, or the older --output. */
  output: string;
  force?: boolean;
  /** false with --no-key: the profile holds no fingerprint_key (it is printed for CLEARPOST_FINGERPRINT_KEY). */
  key: boolean;
}

const split = (values: string[] | undefined) => (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

/**
 * The packs `--policy` names, checked before anything is written: a bundled id in any case (`NYPD`), or a pack file
 * that exists. Anything else is one line naming the bundled packs, not an error about a line of a file never written.
 */
function chosenPacks(given: string[], packIds: readonly string[], cwd: string): string[] {
  const chosen = given.map((id) => {
    const bundled = packIds.find((p) => p === id.toLowerCase());
    if (bundled) return bundled;
    if (isPackPath(id) && existsSync(resolve(cwd, id))) return id;
    const why = isPackPath(id) ? `no pack file ${id}` : `unknown policy pack "${id}"${didYouMean(id, packIds)}`;
    throw new UsageError(`init --policy: ${why} (bundled packs: ${packIds.join(', ')}; or a path to a pack file); nothing written`);
  });
  return [...new Set(chosen)];
}

export function registerInit(program: Command, io: CliIO, _setExit: (code: number) => void): void {
  program
    .command('init')
    .description('write a commented starter agency profile (.clearpost.yaml)')
    .option('--name <name>', 'the agency\'s name; repeatable, full name first ("Harbor City Police Department", "HCPD")', collect)
    .option('--handle <@handle>', 'an official account; repeatable or comma-separated', collect)
    .option('--phone <number>', 'an official phone number; repeatable', collect)
    .option('--domain <domain>', 'an e-mail domain of the agency; repeatable or comma-separated', collect)
    .option('--roster <file.csv>', `a roster CSV (${ROSTER_CSV_COLUMNS}; lists split by ;), checked and referenced`)
    .option('-p, --policy <id>', 'policy pack ids (default: the department\'s own pack when one fits its name)', collect)
    .option('-o, --output-file <file>', 'where to write it (as the other commands name it)', CONFIG_FILE_NAME)
    // the older name, kept working for scripts written before it matched the other commands
    .addOption(new Option('--output <file>', 'the same as --output-file').hideHelp())
    .option('--force', 'replace an existing file')
    .option('--no-key', 'leave fingerprint_key out of the file (a profile a repository commits) and print it for CLEARPOST_FINGERPRINT_KEY')
    .action((given: InitFlags & { outputFile: string }) => {
      const flags: InitFlags = { ...given, output: given.output ?? given.outputFile };
      const out = resolve(io.cwd, flags.output);
      if (existsSync(out) && !flags.force) throw new UsageError(`${flags.output} already exists; rerun with --force to replace it`);
      const names = split(flags.name);
      const packIds = availablePacks();
      const policy = flags.policy?.length ? chosenPacks(split(flags.policy), packIds, io.cwd) : packsForAgency(names, packIds);
      let roster: string | undefined;
      let members = 0;
      let undercover = 0;
      if (flags.roster) {
        const csvPath = resolve(io.cwd, flags.roster);
        const cannotRead = (err: unknown): never => {
          throw new UsageError(`cannot read roster ${flags.roster}: ${describeErrno(err)}`);
        };
        const read = readRosterCsv(csvPath, dirname(csvPath), cannotRead, flags.roster, (m) => io.stderr(`clearpost: warning: ${m}\n`));
        members = read.length;
        // the undercover count too, so a PIO sees a lost undercover entry (user test 27, U3-9)
        undercover = read.filter((m) => m.undercover).length;
        roster = relative(dirname(out), csvPath).split('\\').join('/');
      }
      // what the chosen packs leave out, said on stdout and over `policy:` in the file (user test 30, U30-3)
      const gaps = policy.length ? packGaps(loadPacks(policy.map((p) => (isPackPath(p) ? resolve(io.cwd, p) : p))), loadPacks(undefined)) : undefined;
      const key = newFingerprintKey();
      const text = starterProfileYaml({
        ...(gaps ? { gaps } : {}),
        names,
        handles: split(flags.handle).map((h) => (h.startsWith('@') ? h : `@${h}`)),
        phones: flags.phone ?? [],
        domains: split(flags.domain),
        policy,
        ...(roster ? { roster } : {}),
        ...(flags.key ? { fingerprintKey: key } : {}),
      });
      parseConfig(text, out, { policyIds: packIds });
      try {
        writeFileSync(out, text);
      } catch (err) {
        throw new UsageError(`cannot write ${flags.output}: ${describeErrno(err)}`);
      }
      const pack = policy.length
        ? `policy: ${policy.join(', ')}`
        : `no pack matched the name, so every bundled pack applies (${packIds.join(', ')}); choose with --policy`;
      io.stdout(`clearpost: wrote ${flags.output} (${pack}${roster ? `; roster ${roster}, ${members} members, ${undercover} undercover` : ''}). Review it, then run clearpost check.\n`);
      for (const line of gaps ? describeGaps(policy, gaps) : []) io.stdout(`${line}\n`);
      // User test 27, U2-6: the README's CI job reads the profile from the repository, so a committed profile carried
      // the key it says to keep as private as the roster.
      io.stdout(
        flags.key
          ? `It holds a private fingerprint_key: commit it only where the roster may go (or rerun with --no-key and keep the key in CLEARPOST_FINGERPRINT_KEY).\n`
          : `fingerprint key, not written to the file: keep it private and set CLEARPOST_FINGERPRINT_KEY=${key} wherever clearpost runs (a CI secret).\n`,
      );
    });
}

/** `clearpost install-hook`: a git pre-commit hook that screens the staged drafts and images. */
import type { Command } from 'commander';
import { installHook } from '../core/hooks.js';
import { gitRoot } from '../inputs/git.js';
import type { CliIO } from './io.js';

export function registerInstallHook(program: Command, io: CliIO, _setExit: (code: number) => void): void {
  program
    .command('install-hook')
    .description('write a git pre-commit hook that runs `clearpost scan --staged`')
    .option('--force', 'replace a hook clearpost did not write (it is kept as a backup)')
    .action((flags: { force?: boolean }) => {
      const result = installHook(gitRoot(io.cwd), { force: !!flags.force });
      if (result.action === 'present') {
        io.stdout(`clearpost: pre-commit hook already runs clearpost (line ${result.line}): ${result.hook}; nothing written\n`);
        return;
      }
      io.stdout(`clearpost: pre-commit hook ${result.action}: ${result.hook}${result.backup ? ` (previous hook kept as ${result.backup}, and run first: its failure stops the commit)` : ''}\n`);
    });
}

/**
 * `clearpost serve`: the local page for officers and its JSON API (src/cli/server.ts). Listens on 127.0.0.1 only
 * unless --host widens it, with a warning: the API has no authentication.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { CliIO } from './io.js';
import { collect } from './options.js';
import { ClearpostServer, DEFAULT_MAX_BODY } from './server.js';
import { openSession, type ScreenFlags } from './setup.js';

export const DEFAULT_PORT = 4477;

interface ServeFlags {
  config?: string;
  context?: string;
  policy?: string[];
  port: string;
  host: string;
  maxUploadMb: string;
  ocr: boolean;
  faces: boolean;
  ocrTimeLimit?: string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function registerServe(program: Command, io: CliIO, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('a local web page to check a draft and its photos and download a clean copy (JSON API at /api/check, /api/sanitize)')
    .option('-c, --config <file>', 'agency profile (default: .clearpost.yaml found upward from the working directory)')
    .addOption(new Option('--context <context>', 'account preselected on the page (default: personal, or the config)').choices(['personal', 'official']))
    .option('-p, --policy <id|path>', 'policy pack id or YAML file; repeatable (default: every bundled pack)', collect)
    .option('--port <n>', 'port to listen on (0: any free port)', String(DEFAULT_PORT))
    .option('--host <address>', 'address to listen on; anything but loopback exposes drafts to the network', '127.0.0.1')
    .option('--max-upload-mb <n>', 'largest request accepted, in MB', String(DEFAULT_MAX_BODY / 1024 / 1024))
    .option('--no-ocr', 'do not read text in photos (faster)')
    .option('--no-faces', 'do not look for faces and vehicles in photos (faster)')
    .option('--ocr-time-limit <seconds>', 'per-photo OCR time limit (default 5)')
    .action(async (flags: ServeFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not "${flags.port}"`);
      const maxMb = Number(flags.maxUploadMb);
      if (!(maxMb > 0)) throw new UsageError(`--max-upload-mb takes a positive number, not "${flags.maxUploadMb}"`);
      const screenFlags: ScreenFlags = {
        ...(flags.config ? { config: flags.config } : {}),
        ...(flags.context ? { context: flags.context } : {}),
        ...(flags.policy ? { policy: flags.policy } : {}),
        format: 'json',
        failOn: 'error',
        color: false,
        ocr: flags.ocr,
        faces: flags.faces,
        ...(flags.ocrTimeLimit ? { ocrTimeLimit: flags.ocrTimeLimit } : {}),
        concurrency: 'auto',
      };
      const session = openSession(screenFlags, io);
      if (!LOOPBACK.has(flags.host)) {
        io.stderr(`clearpost: warning: listening on ${flags.host}: anyone who can reach this address can submit drafts and photos and read the findings (there is no login)\n`);
      }
      const app = new ClearpostServer({ session, maxBody: Math.round(maxMb * 1024 * 1024) });
      let started;
      try {
        started = await app.listen(port, flags.host);
      } catch (err) {
        throw new UsageError(`cannot listen on ${flags.host}:${port}: ${(err as Error).message}`);
      }
      const shown = flags.host.includes(':') ? `[${flags.host}]` : flags.host;
      io.stdout(`clearpost: open http://${shown}:${started.port}/ (Ctrl+C to stop)\n`);
      setExit(0);
    });
}

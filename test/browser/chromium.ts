/**
 * The browser the browser tests drive: Debian's `chromium` at /usr/bin/chromium, through playwright-core (which
 * downloads nothing). When it is missing and this is a Debian machine where we are root (CI), it is installed with
 * apt-get; otherwise the tests fail with a message saying how to install it. They never skip silently.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = 'test/artifacts';
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Make sure /usr/bin/chromium exists, installing Debian's package when we can; throws a clear error when not. */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`browser tests need Debian's chromium at ${CHROMIUM}: run "apt-get update && apt-get install -y chromium" as root`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore', timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env, stdio: 'ignore', timeout: 900_000 });
  } catch (err) {
    throw new Error(`browser tests need chromium at ${CHROMIUM} and installing it with apt-get failed: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium but ${CHROMIUM} is still missing`);
}

export async function launch(): Promise<Browser> {
  ensureChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
}

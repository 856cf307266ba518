/** Option helpers shared by the commands. */
import { dirname, resolve } from 'node:path';
import { defaultConfig, findConfig, loadConfig, type Config } from '../core/config.js';
import { availablePacks, loadPacks, type PolicyPack } from '../policy/packs.js';

/** commander's accumulator for repeatable options (`--policy a --policy b`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** `--policy` values: pack ids stay as they are; paths to pack files are resolved against `base`. */
export function packSelectors(policy: readonly string[] | undefined, base: string): string[] | undefined {
  return policy?.length ? policy.map((s) => (/[\\/]|\.ya?ml$/i.test(s) ? resolve(base, s) : s)) : undefined;
}

/**
 * The agency profile (`--config`, else `.clearpost.yaml` found upward) and the packs (`--policy`, else the config's
 * `policy:`, else every bundled pack). Pack paths on the command line are relative to the working directory; in the
 * config, to the config file.
 */
export function loadSetup(flags: { config?: string; policy?: string[] }, cwd: string): { config: Config; packs: PolicyPack[] } {
  const configPath = flags.config ? resolve(cwd, flags.config) : findConfig(cwd);
  const config = configPath ? loadConfig(configPath, { policyIds: availablePacks() }) : defaultConfig();
  const packs = loadPacks(
    flags.policy?.length ? packSelectors(flags.policy, cwd) : packSelectors(config.policy, configPath ? dirname(configPath) : cwd),
  );
  return { config, packs };
}

/** Option helpers shared by the commands. */
import { resolve } from 'node:path';

/** commander's accumulator for repeatable options (`--policy a --policy b`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** `--policy` values: pack ids stay as they are; paths to pack files are resolved against `base`. */
export function packSelectors(policy: readonly string[] | undefined, base: string): string[] | undefined {
  return policy?.length ? policy.map((s) => (/[\\/]|\.ya?ml$/i.test(s) ? resolve(base, s) : s)) : undefined;
}

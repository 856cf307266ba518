/** Typed errors: library code throws these; only src/cli turns them into exit codes. */

/** A configuration or policy-pack problem, reported as `file:line: key: cause`. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly cause_: string,
    readonly line?: number,
    readonly key?: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${key ? `${key}: ` : ''}${cause_}`);
    this.name = 'ConfigError';
  }
}

/** Bad command-line usage (unknown policy, bad flag value). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A file that could not be read or decoded; the run goes on with the others. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

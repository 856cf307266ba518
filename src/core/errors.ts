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

/** The cause of a file-system error in a few words ("no such file or directory", "permission denied"). */
export function describeErrno(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EEXIST':
      return 'a file is in the way of a folder of that name';
    case 'ELOOP':
      return 'symbolic link loop (too many symbolic links)';
    case 'EBROKENLINK':
      return 'broken link (its target does not exist)';
    case 'ETOOLARGE':
    case 'ENOTREG':
      return e.message;
    default:
      return e.code ? `${e.code} ${e.message}` : String(err);
  }
}

/**
 * One line naming the cause of a read failure: the same words wherever a path fails (`check`, `scan`, `sanitize`,
 * a file named or one found in a folder), so one link loop is not worded two ways.
 */
export function readFailure(err: unknown): string {
  return `cannot read: ${describeErrno(err)}`;
}

/** What a path that is neither a file nor a folder is ("a FIFO"), from its Dirent or Stats; undefined for either. */
export function specialFileKind(entry: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}): string | undefined {
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isCharacterDevice()) return 'a character device';
  if (entry.isBlockDevice()) return 'a block device';
  if (entry.isSocket()) return 'a socket';
  return undefined;
}

/**
 * A device, FIFO or socket named as a draft or image: never read (/dev/zero has no end, a FIFO with no writer never
 * answers, and their size says nothing of what reading would bring).
 */
export function notRegularFile(kind: string): Error {
  return Object.assign(new Error(`not a regular file (${kind}): not read`), { code: 'ENOTREG' });
}

/** A failure to follow a symbolic link: "no such file" there means the link points nowhere. */
export function linkError(err: unknown): unknown {
  const e = err as NodeJS.ErrnoException;
  return e.code === 'ENOENT' ? Object.assign(new Error('broken link'), { code: 'EBROKENLINK' }) : err;
}

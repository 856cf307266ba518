/** The CLI's view of the outside world, so tests can drive `run()` without a terminal. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Read all of standard input; undefined when stdin is a terminal (nothing piped). The process gives bytes, decoded
   * as a draft file is (UTF-16, Windows-1252, binary refused); tests may give a string (UTF-8). With `maxBytes`,
   * reading stops once more than that has come (`cat /dev/zero | clearpost check -` must not fill the memory).
   */
  readStdin: (maxBytes?: number) => Promise<Buffer | string | undefined>;
  /** Whether stdout is a terminal (colour) and stderr is one (progress). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  cwd: string;
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: async (maxBytes = Infinity) => {
      if (process.stdin.isTTY) return undefined;
      const chunks: Buffer[] = [];
      let total = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        total += (chunk as Buffer).length;
        // leaving the loop destroys the stream: the writer gets EPIPE, nothing more is buffered
        if (total > maxBytes) break;
      }
      return Buffer.concat(chunks);
    },
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    cwd: process.cwd(),
  };
}

/** Exit codes: decided only in src/cli. */
export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

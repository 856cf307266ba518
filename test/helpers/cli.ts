// Drive the CLI in-process with captured output (tests of src/cli).
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';

/** Run `clearpost argv` in `cwd` with `stdin` piped; resolves to the exit code and what was printed. */
export async function runCli(argv: string[], cwd = process.cwd(), stdin?: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => stdin,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd,
  };
  const code = await run(argv, io);
  return { code, out: out.join(''), err: err.join('') };
}

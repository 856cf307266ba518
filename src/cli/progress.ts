/**
 * The progress bar `scan` draws on stderr when stderr is a terminal: files done, findings so far, rate and time
 * left. Redrawn at most ten times a second; erased when the scan ends so the report starts on a clean line.
 */
export interface Progress {
  tick(findings: number): void;
  done(): void;
}

const NO_PROGRESS: Progress = { tick: () => undefined, done: () => undefined };

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** A progress bar over `total` files, or a no-op when `enabled` is false (not a TTY, --quiet, tiny scans). */
export function progressBar(total: number, write: (text: string) => void, enabled: boolean, now: () => number = performance.now.bind(performance)): Progress {
  if (!enabled || total < 2) return NO_PROGRESS;
  const started = now();
  let done = 0;
  let findings = 0;
  let lastDraw = -Infinity;
  const draw = () => {
    const elapsed = (now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const width = 24;
    const filled = Math.round((done / total) * width);
    const bar = `${'='.repeat(filled)}${filled < width ? '>' : ''}${' '.repeat(Math.max(0, width - filled - 1))}`;
    write(`\r[${bar}] ${done}/${total} files · ${findings} findings · ${rate.toFixed(1)} files/s · ${clock(rate > 0 ? (total - done) / rate : Infinity)} left\x1b[K`);
  };
  return {
    tick(n: number) {
      done++;
      findings += n;
      const t = now();
      if (t - lastDraw >= 100 || done === total) {
        lastDraw = t;
        draw();
      }
    },
    done() {
      write('\r\x1b[K');
    },
  };
}

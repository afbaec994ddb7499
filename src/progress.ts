// Progress of a long ingest on stderr: a cli-progress bar when stderr is a terminal, nothing otherwise.
// Lines that must appear during the run (rejections) go through log() so they do not tear the bar.
import cliProgress from 'cli-progress';

export interface ProgressCounts {
  read: number;
  ingested: number;
  duplicates: number;
  rejected: number;
}

export interface Progress {
  /** `done` is in the unit of the total (bytes of input), so a single big .jsonl advances smoothly too. */
  update(done: number, counts: ProgressCounts): void;
  log(line: string): void;
  stop(): void;
}

export interface ProgressStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
}

export function createProgress(stream: ProgressStream, total: number): Progress {
  if (stream.isTTY !== true) return plainProgress(stream);
  const multi = new cliProgress.MultiBar(
    {
      stream: stream as NodeJS.WritableStream,
      format:
        ' {bar} {percentage}% | {read} read: {ingested} new, {duplicates} dup, {rejected} rejected | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const counts: ProgressCounts = { read: 0, ingested: 0, duplicates: 0, rejected: 0 };
  const bar = multi.create(Math.max(total, 1), 0, counts);
  let stopped = false;
  return {
    update(done, c) {
      bar.update(Math.min(done, total), {
        read: c.read,
        ingested: c.ingested,
        duplicates: c.duplicates,
        rejected: c.rejected,
      });
    },
    log(line) {
      multi.log(line.endsWith('\n') ? line : `${line}\n`);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      // cli-progress writes logged lines only when it redraws, and stop() does not: flush them first.
      multi.update();
      multi.stop();
    },
  };
}

function plainProgress(stream: ProgressStream): Progress {
  return {
    update() {},
    log(line) {
      stream.write(line.endsWith('\n') ? line : `${line}\n`);
    },
    stop() {},
  };
}

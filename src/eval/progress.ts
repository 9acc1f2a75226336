/**
 * Progress while the suite runs: a redrawn bar on a terminal, otherwise (CI, pipes) one line every
 * `every` questions and one at the end, so logs stay short.
 */

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  update(done: number, total: number, failed: boolean): void;
  finish(): void;
}

const BAR_WIDTH = 30;

export function createProgress(label: string, stream: ProgressStream, every = 25): Progress {
  let failing = 0;
  let last = { done: 0, total: 0 };
  const line = ({ done, total }: typeof last) => `${label}: ${done}/${total} questions, ${failing} with failures`;
  return {
    update(done, total, failed) {
      if (failed) failing++;
      last = { done, total };
      if (stream.isTTY) {
        const filled = total ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
        stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${line(last)}`);
      } else if (done % every === 0 && done < total) {
        stream.write(`${line(last)}\n`);
      }
    },
    finish() {
      stream.write(stream.isTTY ? '\n' : `${line(last)}\n`);
    },
  };
}

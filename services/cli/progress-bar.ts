/**
 * Progress for the CLI, on stderr so that stdout stays machine-readable. On a terminal it redraws
 * one line with `\r`; anywhere else (a pipe, a log file, CI) it writes a plain line at each tenth
 * and at the end, and never a `\r`, so logs read line by line.
 */
export type ProgressStream = { write(text: string): unknown; isTTY?: boolean };

export type Progress = (done: number, total: number) => void;

export function progressBar(label: string, stream: ProgressStream = process.stderr, unit: (n: number) => string = String): Progress {
  let last = -1;
  const terminal = stream.isTTY === true;
  return (done, total) => {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const percent = Math.floor(ratio * 100);
    const counts = `${unit(done)}/${unit(total)}`;
    if (!terminal) {
      const step = done >= total ? 100 : percent - (percent % 10);
      if (step === last) return;
      last = step;
      stream.write(`${label}: ${percent}% ${counts}\n`);
      return;
    }
    if (percent === last && done < total) return;
    last = percent;
    const width = 30;
    const filled = Math.round(ratio * width);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}% ${counts}`);
    if (done >= total) stream.write('\n');
  };
}

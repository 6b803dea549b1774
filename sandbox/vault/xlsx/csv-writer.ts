/** Writes CSV lines (RFC 4180, every non-empty field quoted, LF endings) to a file in 1 MiB batches, waiting when the disk is behind. */
import fs from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

const BATCH_CHARS = 1024 * 1024;

export class CsvWriter {
  private readonly out: fs.WriteStream;
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(file: string) {
    this.out = fs.createWriteStream(file, { mode: 0o600 });
  }

  /** One line; an empty field is written as nothing (NULL), any other quoted. */
  async line(fields: readonly string[]): Promise<void> {
    const text = `${fields.map((f) => (f === '' ? '' : `"${f.replaceAll('"', '""')}"`)).join(',')}\n`;
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= BATCH_CHARS) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.out.end();
    await finished(this.out);
  }

  /** Stops writing (the caller removes the file). */
  destroy(): void {
    this.out.destroy();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingChars = 0;
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
}

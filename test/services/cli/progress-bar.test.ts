/** Progress redraws one line on a terminal and writes plain lines, never `\r`, anywhere else. */
import { progressBar } from '../../../services/cli/progress-bar';
import { formatBytes } from '../../../services/storage/disk-reserve';

function capture(isTTY: boolean): { stream: { isTTY: boolean; write(text: string): boolean }; text: () => string } {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) > 0 }, text: () => written.join('') };
}

describe('progressBar', () => {
  it('writes a line at each tenth and at the end when not on a terminal, with no carriage return', () => {
    const out = capture(false);
    const bar = progressBar('uploading', out.stream, formatBytes);
    for (let done = 0; done <= 5_000_000; done += 50_000) bar(done, 5_000_000);
    const lines = out.text().split('\n').filter(Boolean);
    expect(out.text()).not.toContain('\r');
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe('uploading: 0% 0 B/4.8 MiB');
    expect(lines[10]).toBe('uploading: 100% 4.8 MiB/4.8 MiB');
  });

  it('redraws one line with carriage returns on a terminal and ends it', () => {
    const out = capture(true);
    const bar = progressBar('verifying', out.stream);
    for (let done = 0; done <= 200; done += 1) bar(done, 200);
    expect(out.text().split('\r').length).toBe(102);
    expect(out.text().endsWith('] 100% 200/200\n')).toBe(true);
    expect(out.text().split('\n')).toHaveLength(2);
  });
});

/**
 * The fault suite's child server: the platform on a data directory in its own process, with a
 * pause point armed, so that a test can send a request, wait until the server reports that it
 * reached the point, and SIGKILL it there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
if (typeof afterAll === 'function') afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

export type CrashChild = {
  url: (p: string) => string;
  /** The child's process id (its memory can be read from /proc/<pid>/status). */
  pid: number;
  /** Resolves with the point's name when the server has paused there. */
  paused: Promise<string>;
  kill(): Promise<void>;
};

export async function startCrashChild(dataDir: string, options: { pauseAt?: string; env?: Record<string, string> } = {}): Promise<CrashChild> {
  const args = [
    '--require', require.resolve('tsx/cjs'), path.join(__dirname, '../fixtures/serve-in-child.ts'), dataDir,
    ...(options.pauseAt ? [`--pause-at=${options.pauseAt}`] : []),
    ...Object.entries(options.env ?? {}).map(([k, v]) => `${k}=${v}`),
  ];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  // A test that fails or times out must not leave its server behind, nor keep jest from exiting.
  children.add(child);
  child.unref();
  (child.stdout as unknown as { unref?: () => void } | null)?.unref?.();
  child.once('exit', () => children.delete(child));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let buffered = '';
  const lines: ((line: string) => void)[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      for (const listener of lines) listener(line);
      newline = buffered.indexOf('\n');
    }
  });
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      lines.push((line) => {
        const m = pattern.exec(line);
        if (m) resolve(m);
      });
      void exited.then(() => reject(new Error(`the child server exited before printing ${pattern}`)));
    });
  const paused = waitFor(/^paused (\S+)$/).then((m) => m[1]);
  paused.catch(() => undefined);
  const port = Number((await waitFor(/^port (\d+)$/))[1]);
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    pid: child.pid ?? 0,
    paused,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

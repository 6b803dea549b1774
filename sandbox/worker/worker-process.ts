/**
 * One sandbox worker as the platform holds it: a child process started with an empty
 * environment (under its own user and cgroup where possible), that opens one sandbox tier's
 * database and then runs statements one at a time.
 *
 * The platform enforces from outside what the worker cannot promise: each statement's
 * wall-clock deadline and CPU-time cap, and (without a cgroup) the memory cap, by killing the
 * process with SIGKILL. A statement whose worker dies ends with WorkerStoppedError saying why.
 */
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import type { EngineLimits } from '../engine/locked-instance';
import { cpuTimeMs, OsLimits, WATCHDOG_INTERVAL_MS } from './os-limits';
import { ReaderGoneError, StatementFailedError, WorkerStoppedError, type StopReason } from './worker-failures';
import type { FromWorker, StatementRequest, ToWorker } from './worker-protocol';

export type WorkerSpec = {
  /** The database file this worker serves (read-only). */
  file: string;
  engine: EngineLimits;
  /** The worker's working and home directory (its spill directory). */
  home: string;
  /** The user and group it runs as; absent: the platform's own. */
  identity?: { uid: number; gid: number };
  /** A name for its cgroup. */
  name: string;
};

export type StatementSink = {
  schema(columns: { name: string; type: string }[], head: Uint8Array): void;
  /** Resolves when the reader took the batch; the worker waits for that (backpressure). */
  batch(ipc: Uint8Array, rows: number): Promise<void> | void;
};

export type StatementEnd = { rowCount: number; truncated: boolean; bytes: number };

type Current = {
  id: number; sink: StatementSink; resolve: (end: StatementEnd) => void; reject: (error: Error) => void;
  /** Set when the reader went away: the error the statement ends with, and the kill timer. */
  cancelled?: { error: Error; grace: NodeJS.Timeout };
};

const START_TIMEOUT_MS = 20_000;
/** The workers' nice value (the platform runs at 0). */
const WORKER_NICE = 10;
const CANCEL_GRACE_MS = 1000;
let nextId = 1;

export class WorkerProcess {
  private current: Current | null = null;
  private stopReason: StopReason | null = null;
  private exited = false;
  private readonly exitWaiters: (() => void)[] = [];
  private readonly pings = new Map<number, () => void>();
  private cgroup: string | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  /** The end of the worker's stderr, for the operations log when it fails to start. */
  private stderrTail = '';
  /** Messages received and not yet handed on (see `enqueue`). */
  private readonly inbox: FromWorker[] = [];
  lastUsed = Date.now();

  private constructor(private readonly child: ChildProcess, private readonly limits: OsLimits, private readonly cpuCapMs: number) {}

  /** Starts a worker and opens its database; rejects if it cannot. */
  static async start(spec: WorkerSpec, entry: { module: string; execArgv: string[] }, limits: OsLimits, cpuCapMs: number): Promise<WorkerProcess> {
    const child = fork(entry.module, [], {
      execArgv: entry.execArgv,
      // Nothing of the platform's environment: no keys, tokens, paths or settings.
      env: { HOME: spec.home, TMPDIR: spec.home, LANG: 'C.UTF-8' },
      cwd: spec.home,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      ...(spec.identity ? { uid: spec.identity.uid, gid: spec.identity.gid } : {}),
    });
    const worker = new WorkerProcess(child, limits, cpuCapMs);
    worker.attach(spec.name);
    await worker.open(spec);
    return worker;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get alive(): boolean {
    return !this.exited;
  }

  get busy(): boolean {
    return this.current !== null;
  }

  /**
   * Runs one statement; `deadlineMs` is wall-clock, after which the worker is killed. `signal`
   * cancels it (the client went away): the statement ends with the signal's reason.
   */
  run(statement: StatementRequest, deadlineMs: number, sink: StatementSink, signal?: AbortSignal): Promise<StatementEnd> {
    if (this.exited) return Promise.reject(new WorkerStoppedError(this.stopReason ?? 'crashed'));
    if (this.current) return Promise.reject(new Error('the worker is busy'));
    const id = nextId++;
    this.lastUsed = Date.now();
    const startedCpu = cpuTimeMs(this.pid);
    return new Promise<StatementEnd>((resolve, reject) => {
      const deadline = setTimeout(() => this.stop('deadline'), deadlineMs);
      const cpu = setInterval(() => {
        if (cpuTimeMs(this.pid) - startedCpu > this.cpuCapMs) this.stop('cpu');
      }, WATCHDOG_INTERVAL_MS);
      const onAbort = () => this.cancel(id, new ReaderGoneError());
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        clearTimeout(deadline);
        clearInterval(cpu);
        signal?.removeEventListener('abort', onAbort);
        this.current = null;
        this.lastUsed = Date.now();
      };
      this.current = {
        id, sink,
        resolve: (end) => { done(); resolve(end); },
        reject: (error) => {
          if (this.current?.cancelled) clearTimeout(this.current.cancelled.grace);
          done();
          reject(error instanceof WorkerStoppedError && error.reason === 'deadline' ? new WorkerStoppedError('deadline', deadlineMs) : error);
        },
      };
      this.send({ type: 'run', id, statement });
      if (signal?.aborted) onAbort();
    });
  }

  /**
   * Cancels the running statement `id`: the worker interrupts it, and the statement ends with
   * `error` once the worker confirms; a worker that does not confirm soon is killed.
   */
  private cancel(id: number, error: Error): void {
    const current = this.current;
    if (!current || current.id !== id || current.cancelled) return;
    this.send({ type: 'cancel', id });
    current.cancelled = { error, grace: setTimeout(() => this.stop('closed'), CANCEL_GRACE_MS) };
  }

  /** Round trip to the worker, in ms. */
  ping(timeoutMs = 1000): Promise<number> {
    const id = nextId++;
    const started = performance.now();
    return new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the worker did not answer')), timeoutMs);
      this.pings.set(id, () => {
        clearTimeout(timer);
        resolve(performance.now() - started);
      });
      this.send({ type: 'ping', id });
    });
  }

  /** Kills the worker now (SIGKILL: a statement in a scalar call does not get to finish). */
  stop(reason: StopReason): void {
    if (this.exited) return;
    this.stopReason ??= reason;
    this.child.kill('SIGKILL');
  }

  /** Resolves once the process has exited. */
  exitedPromise(): Promise<void> {
    return this.exited ? Promise.resolve() : new Promise((resolve) => this.exitWaiters.push(resolve));
  }

  private attach(name: string): void {
    if (this.child.pid !== undefined) {
      this.cgroup = this.limits.confine(this.child.pid, name);
      // Below the platform's priority, before DuckDB starts its threads (they inherit it): on a
      // busy host the control plane (health checks, sign-in, audit) keeps the CPU it needs.
      try {
        os.setPriority(this.child.pid, WORKER_NICE);
      } catch {
        // Not permitted here: the workers share the CPU evenly with the platform.
      }
    }
    if (!this.cgroup && this.limits.watchdog) {
      this.watchdog = setInterval(() => {
        if (this.limits.overCap(this.pid)) this.stop('memory');
      }, WATCHDOG_INTERVAL_MS);
    }
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-2000);
    });
    this.child.on('message', (message: FromWorker) => this.enqueue(message));
    this.child.on('error', () => this.stop('crashed'));
    this.child.on('exit', () => {
      this.exited = true;
      if (this.watchdog) clearInterval(this.watchdog);
      if (!this.stopReason && this.limits.oomKilled(this.cgroup)) this.stopReason = 'memory';
      this.stopReason ??= 'crashed';
      this.limits.release(this.cgroup);
      this.current?.reject(new WorkerStoppedError(this.stopReason));
      for (const waiter of this.exitWaiters.splice(0)) waiter();
    });
  }

  private open(spec: WorkerSpec): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.stop('crashed');
        reject(new Error('the sandbox worker did not start in time'));
      }, START_TIMEOUT_MS);
      const onExit = () => {
        clearTimeout(timer);
        reject(new Error(`the sandbox worker exited while starting: ${this.stderrTail.trim().split('\n').filter((l) => l.trim()).slice(0, 6).join(' | ')}`));
      };
      this.child.once('exit', onExit);
      this.child.once('message', (message: FromWorker) => {
        clearTimeout(timer);
        this.child.off('exit', onExit);
        if (message.type === 'ready') resolve();
        else {
          this.stop('crashed');
          reject(new Error(`the sandbox worker could not open its database: ${message.type === 'open-failed' ? message.message : message.type}`));
        }
      });
      this.send({ type: 'open', file: spec.file, limits: spec.engine });
    });
  }

  /**
   * Node delivers every message already in the channel in one go; each result piece is handed
   * on in a turn of the event loop of its own, so that a burst of pieces from several workers
   * never holds the platform (health checks, other requests) for long.
   */
  private enqueue(message: FromWorker): void {
    this.inbox.push(message);
    if (this.inbox.length === 1) setImmediate(() => this.nextMessage());
  }

  private nextMessage(): void {
    const message = this.inbox.shift();
    if (message) this.receive(message);
    if (this.inbox.length > 0) setImmediate(() => this.nextMessage());
  }

  private receive(message: FromWorker): void {
    if (message.type === 'pong') {
      this.pings.get(message.id)?.();
      this.pings.delete(message.id);
      return;
    }
    const current = this.current;
    if (!current || !('id' in message) || message.id !== current.id) return;
    if (message.type === 'result') {
      if (message.columns && message.head) current.sink.schema(message.columns, message.head);
      const taken = message.ipc ? current.sink.batch(message.ipc, message.rows) : undefined;
      const end = message.end;
      void Promise.resolve(taken).then(
        () => {
          if (!end) this.send({ type: 'ack', id: current.id });
          else if (current.cancelled) {
            clearTimeout(current.cancelled.grace);
            current.reject(current.cancelled.error);
          } else current.resolve(end);
        },
        (error: unknown) => {
          if (end) return current.reject(error instanceof Error ? error : new Error(String(error)));
          // The reader went away: the statement is cancelled.
          this.cancel(current.id, error instanceof ReaderGoneError ? error : new ReaderGoneError());
        },
      );
    } else if (message.type === 'failed') {
      if (current.cancelled) {
        clearTimeout(current.cancelled.grace);
        current.reject(current.cancelled.error);
      } else current.reject(new StatementFailedError(message.kind, message.message));
    }
  }

  private send(message: ToWorker): void {
    if (this.exited || !this.child.connected) return;
    this.child.send(message, (error) => {
      if (error) this.stop('crashed');
    });
  }
}

/**
 * The DuckDB instances that serve operator SQL, one per sandbox and tier (`live`, `dev`),
 * opened locked down on first use and cached. `closeAll` (used when a sandbox is sealed)
 * interrupts running queries and closes the instances, and `acquire` refuses a sandbox that
 * is closed, so nothing queued can run after sealing.
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { openLockedInstance, type EngineLimits } from './locked-instance';

export type Tier = 'live' | 'dev';

type Engine = { instance: DuckDBInstance; active: Set<DuckDBConnection> };

export class SandboxClosedError extends Error {}

export class SandboxEngines {
  private readonly engines = new Map<string, Promise<Engine>>();
  private readonly closed = new Set<string>();

  constructor(private readonly deps: { fileFor: (sandboxId: string, tier: Tier) => string; limitsFor: (sandboxId: string) => EngineLimits }) {}

  /** A fresh connection on the sandbox's locked instance; release it with `release`. */
  async acquire(sandboxId: string, tier: Tier): Promise<DuckDBConnection> {
    if (this.closed.has(sandboxId)) throw new SandboxClosedError('the sandbox is sealed');
    const key = `${sandboxId}:${tier}`;
    let engine = this.engines.get(key);
    if (!engine) {
      engine = openLockedInstance(this.deps.fileFor(sandboxId, tier), this.deps.limitsFor(sandboxId)).then((instance) => ({ instance, active: new Set<DuckDBConnection>() }));
      this.engines.set(key, engine);
      engine.catch(() => this.engines.delete(key));
    }
    const { instance, active } = await engine;
    if (this.closed.has(sandboxId)) throw new SandboxClosedError('the sandbox is sealed');
    const connection = await instance.connect();
    active.add(connection);
    return connection;
  }

  /** True once the sandbox was sealed: whatever was running on it was interrupted for that. */
  isClosed(sandboxId: string): boolean {
    return this.closed.has(sandboxId);
  }

  async release(sandboxId: string, tier: Tier, connection: DuckDBConnection): Promise<void> {
    const engine = await this.engines.get(`${sandboxId}:${tier}`)?.catch(() => undefined);
    engine?.active.delete(connection);
    connection.closeSync();
  }

  /** Seals access: interrupts running queries, closes connections and instances. */
  async closeAll(sandboxId: string): Promise<void> {
    this.closed.add(sandboxId);
    for (const tier of ['live', 'dev'] as const) {
      const key = `${sandboxId}:${tier}`;
      const engine = await this.engines.get(key)?.catch(() => undefined);
      this.engines.delete(key);
      if (!engine) continue;
      // Interrupt what runs; each query's own `release` then closes its connection. Closing a
      // connection while its query runs would block, so the instance reference is dropped here
      // and DuckDB frees the database when the last connection is gone.
      for (const connection of engine.active) connection.interrupt();
      engine.instance.closeSync();
    }
  }

  /** Closes every engine (platform shutdown); sandboxes may be reopened afterwards. */
  async shutdown(): Promise<void> {
    for (const key of [...this.engines.keys()]) {
      const engine = await this.engines.get(key)?.catch(() => undefined);
      this.engines.delete(key);
      if (!engine) continue;
      for (const connection of engine.active) connection.interrupt();
      engine.instance.closeSync();
    }
  }
}

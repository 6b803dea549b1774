/**
 * Where a sandbox lives: `<dataDir>/sandboxes/<sandboxId>/` with `live.duckdb` (masked data),
 * `dev.duckdb` (the synthetic twin), `tmp/` (DuckDB spill) and `outputs/` (unreleased run
 * outputs). Databases are built under dotted scratch names and renamed into place when complete.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export class SandboxFiles {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'sandboxes');
  }

  dir(sandboxId: string): string {
    if (!/^sbx_[A-Za-z0-9-]+$/.test(sandboxId)) throw new Error('invalid sandbox id');
    return path.join(this.root, sandboxId);
  }

  ensure(sandboxId: string): string {
    const dir = this.dir(sandboxId);
    for (const sub of ['', 'tmp', 'outputs']) fs.mkdirSync(path.join(dir, sub), { recursive: true, mode: 0o700 });
    return dir;
  }

  live(sandboxId: string): string {
    return path.join(this.dir(sandboxId), 'live.duckdb');
  }

  dev(sandboxId: string): string {
    return path.join(this.dir(sandboxId), 'dev.duckdb');
  }

  tmp(sandboxId: string): string {
    return path.join(this.dir(sandboxId), 'tmp');
  }

  outputs(sandboxId: string): string {
    return path.join(this.dir(sandboxId), 'outputs');
  }

  scratch(sandboxId: string, name: string): string {
    return path.join(this.dir(sandboxId), `.building-${name}-${crypto.randomUUID()}.duckdb`);
  }

  /** Removes the databases and scratch files of an unfinished build, so it can start over. */
  resetBuild(sandboxId: string): void {
    const dir = this.dir(sandboxId);
    if (!fs.existsSync(dir)) return;
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith('.building-') || name.startsWith('live.duckdb') || name.startsWith('dev.duckdb')) fs.rmSync(path.join(dir, name), { force: true });
    }
  }
}

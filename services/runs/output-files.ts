/**
 * Where run outputs live. Unreleased outputs stay inside the sandbox (`<sandbox>/outputs/`), so
 * they are destroyed with it; released ones move to `<dataDir>/outputs/<runId>/` with their
 * provenance manifest and survive the sandbox's destruction.
 *
 * A release is two-phase, around the commit of the run's new state and its audit entry:
 * `prepareRelease` writes the released files under `outputs/.<runId>.tmp/` (fsync'd) before the
 * commit, `publishRelease` renames them into place after it. A crash in between leaves the
 * temporary directory; `settleReleases` at start-up publishes it if the run was released and
 * removes it otherwise.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncPath } from '../../sandbox/vault/fsync-path';
import { canonicalJson } from '../audit/canonical-json';
import type { SandboxFiles } from '../../sandbox/provisioning/sandbox-files';
import type { ProvenanceManifest, RunOutput } from './run';

export class OutputFiles {
  private readonly released: string;

  constructor(private readonly deps: { dataDir: string; sandboxFiles: SandboxFiles }) {
    this.released = path.join(deps.dataDir, 'outputs');
  }

  static hash(output: RunOutput): string {
    return crypto.createHash('sha256').update(canonicalJson(output)).digest('hex');
  }

  writePending(sandboxId: string, runId: string, output: RunOutput): void {
    const dir = this.deps.sandboxFiles.outputs(sandboxId);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(dir, `${safe(runId)}.json`), JSON.stringify(output), { mode: 0o600 });
  }

  /** Writes the released output and its manifest under a temporary name; nothing is published yet. */
  prepareRelease(sandboxId: string, runId: string, manifest: ProvenanceManifest): void {
    const pending = path.join(this.deps.sandboxFiles.outputs(sandboxId), `${safe(runId)}.json`);
    const dir = this.preparing(runId);
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
      fs.copyFileSync(pending, path.join(dir, 'output.json'));
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2), { mode: 0o600, flush: true });
      fsyncPath(path.join(dir, 'output.json'));
      fsyncPath(dir);
    } catch (error) {
      this.abandonRelease(runId);
      throw error;
    }
  }

  /** After the release committed: puts the prepared files in place and removes the pending output. */
  publishRelease(sandboxId: string | null, runId: string): void {
    const dir = this.preparing(runId);
    if (fs.existsSync(dir)) {
      const final = path.join(this.released, safe(runId));
      fs.rmSync(final, { recursive: true, force: true });
      fs.renameSync(dir, final);
      fsyncPath(this.released);
    }
    if (sandboxId) fs.rmSync(path.join(this.deps.sandboxFiles.outputs(sandboxId), `${safe(runId)}.json`), { force: true });
  }

  abandonRelease(runId: string): void {
    fs.rmSync(this.preparing(runId), { recursive: true, force: true });
  }

  /** Run ids with a prepared but unpublished release (left by a crash). */
  preparedReleases(): string[] {
    if (!fs.existsSync(this.released)) return [];
    return fs.readdirSync(this.released).flatMap((name) => {
      const m = /^\.(run_[A-Za-z0-9-]+)\.tmp$/.exec(name);
      return m ? [m[1]] : [];
    });
  }

  private preparing(runId: string): string {
    return path.join(this.released, `.${safe(runId)}.tmp`);
  }

  discardPending(sandboxId: string, runId: string): void {
    fs.rmSync(path.join(this.deps.sandboxFiles.outputs(sandboxId), `${safe(runId)}.json`), { force: true });
  }

  /** What the reviewer reads: every row (suppressed ones marked) and each cell's figures; stays inside the sandbox. */
  writeReview(sandboxId: string, runId: string, review: unknown): void {
    const dir = this.deps.sandboxFiles.outputs(sandboxId);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(dir, `${safe(runId)}.review.json`), JSON.stringify(review, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)), { mode: 0o600 });
  }

  readReview<T>(sandboxId: string, runId: string): T | null {
    const file = path.join(this.deps.sandboxFiles.outputs(sandboxId), `${safe(runId)}.review.json`);
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null;
  }

  readReleased(runId: string): { output: RunOutput; manifest: ProvenanceManifest } | null {
    const dir = path.join(this.released, safe(runId));
    if (!fs.existsSync(path.join(dir, 'manifest.json'))) return null;
    return {
      output: JSON.parse(fs.readFileSync(path.join(dir, 'output.json'), 'utf8')) as RunOutput,
      manifest: JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ProvenanceManifest,
    };
  }
}

function safe(runId: string): string {
  if (!/^run_[A-Za-z0-9-]+$/.test(runId)) throw new Error('invalid run id');
  return runId;
}

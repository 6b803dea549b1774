/**
 * Where run outputs live. Unreleased outputs stay inside the sandbox (`<sandbox>/outputs/`), so
 * they are destroyed with it; released ones move to `<dataDir>/outputs/<runId>/` with their
 * provenance manifest and survive the sandbox's destruction.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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

  /** Moves a pending output out of the sandbox, with its manifest. */
  release(sandboxId: string, runId: string, manifest: ProvenanceManifest): void {
    const pending = path.join(this.deps.sandboxFiles.outputs(sandboxId), `${safe(runId)}.json`);
    const dir = path.join(this.released, safe(runId));
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.copyFileSync(pending, path.join(dir, 'output.json'));
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2), { mode: 0o600 });
    fs.rmSync(pending, { force: true });
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

/**
 * Where the vault keeps raw data: `<dataDir>/vault/<datasetId>/v000001.duckdb`, one immutable
 * DuckDB file per version, each holding one table `data`. Files being received or built carry
 * a leading dot; on start the vault journal (services/catalog/vault-journal.ts) removes every
 * file that no version row names, so an interrupted upload leaves nothing behind.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export class VaultPaths {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = path.join(dataDir, 'vault');
  }

  datasetDir(datasetId: string): string {
    if (!/^ds_[A-Za-z0-9-]+$/.test(datasetId)) throw new Error('invalid dataset id');
    const dir = path.join(this.root, datasetId);
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    return dir;
  }

  versionFile(datasetId: string, version: number): string {
    return path.join(this.datasetDir(datasetId), `v${String(version).padStart(6, '0')}.duckdb`);
  }

  scratch(datasetId: string, kind: 'incoming' | 'building', extension: string): string {
    return path.join(this.datasetDir(datasetId), `.${kind}-${crypto.randomUUID()}.${extension}`);
  }
}

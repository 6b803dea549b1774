/**
 * The catalog: datasets registered by source units, and vault versions of their data.
 * Uploads to one dataset are serialised; a version becomes current only once complete.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { Action } from '../../policies/actions';
import { buildVaultVersion, removeDatabase } from '../../sandbox/vault/build-vault-version';
import { receiveUpload } from '../../sandbox/vault/receive-upload';
import type { VaultPaths } from '../../sandbox/vault/vault-paths';
import type { Clock } from '../config/clock';
import { AppError, ConflictError, NotFoundError, UnprocessableError } from '../errors/app-error';
import type { Principal } from '../principals/principal';
import type { CatalogStore } from './catalog-store';
import { uploadContentTypes, type Dataset, type DatasetVersion, type NewDataset } from './dataset';

export type UploadResult = { version: number; rows: number; bytes: number; ms: number; sha256: string };

export class CatalogService {
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: {
    store: CatalogStore; paths: VaultPaths; clock: Clock; uploadLimitBytes: number;
    /** DuckDB memory limit of a vault build; staging spills to disk past it. */
    memoryLimit?: string;
  }) {}

  async register(input: NewDataset, by: Principal): Promise<Dataset> {
    const names = input.columns.map((c) => c.name);
    const details = [
      ...names.filter((n, i) => names.indexOf(n) !== i).map((n) => ({ column: n, message: 'column name appears twice' })),
      ...(input.subjectKey && !names.includes(input.subjectKey) ? [{ path: 'subjectKey', message: 'subjectKey must name one of the columns' }] : []),
    ];
    if (details.length) throw new UnprocessableError('the dataset schema is inconsistent', details, 'invalid_schema');
    if (await this.deps.store.datasetByName(input.name)) throw new ConflictError('a dataset with this name already exists', 'duplicate_name');
    const dataset: Dataset = {
      ...input,
      id: `ds_${crypto.randomUUID()}`,
      ownerUnit: by.unit,
      createdBy: by.id,
      createdAt: this.deps.clock.now().toISOString(),
      currentVersion: null,
      currentRulesVersion: null,
    };
    await this.deps.store.insertDataset(dataset);
    return dataset;
  }

  list(): Promise<Dataset[]> {
    return this.deps.store.datasets();
  }

  /** A dataset by id, for trusted callers (no policy check); 404 when unknown. */
  async get(id: string): Promise<Dataset> {
    const dataset = await this.deps.store.dataset(id);
    if (!dataset) throw new NotFoundError('dataset');
    return dataset;
  }

  /** The dataset if it exists and `ability` may do `action` to it; otherwise 404, never 403. */
  async visible(id: string, ability: AppAbility, action: Action = 'read'): Promise<Dataset> {
    const dataset = await this.deps.store.dataset(id);
    if (!dataset || !permits(ability, action, { kind: 'Dataset', id: dataset.id, ownerUnit: dataset.ownerUnit })) throw new NotFoundError('dataset');
    return dataset;
  }

  async versions(id: string): Promise<DatasetVersion[]> {
    return (await this.deps.store.versions(id)).map(({ file: _file, ...v }) => v);
  }

  /** The file of the version in force, for trusted readers (preview, detection, the loader). */
  async currentVersionFile(dataset: Dataset): Promise<string | null> {
    if (dataset.currentVersion === null) return null;
    return (await this.deps.store.version(dataset.id, dataset.currentVersion))?.file ?? null;
  }

  async upload(dataset: Dataset, by: Principal, body: Readable, contentType: string | undefined): Promise<UploadResult> {
    const format = uploadContentTypes[(contentType ?? '').split(';')[0].trim().toLowerCase()];
    if (!format) throw new AppError(415, 'unsupported_media_type', `send text/csv, application/vnd.apache.parquet or application/vnd.apache.arrow.stream`);
    const started = process.hrtime.bigint();
    const incoming = this.deps.paths.scratch(dataset.id, 'incoming', format);
    try {
      const received = await receiveUpload(body, incoming, this.deps.uploadLimitBytes);
      return await this.serialised(dataset.id, async () => {
        const building = this.deps.paths.scratch(dataset.id, 'building', 'duckdb');
        const { rows } = await buildVaultVersion({ upload: incoming, format, columns: dataset.columns, buildingFile: building, memoryLimit: this.deps.memoryLimit });
        const version = ((await this.deps.store.versions(dataset.id)).at(-1)?.version ?? 0) + 1;
        const file = this.deps.paths.versionFile(dataset.id, version);
        fs.renameSync(building, file);
        try {
          await this.deps.store.insertVersion({
            datasetId: dataset.id, version, file, format, rows, bytes: received.bytes, sha256: received.sha256,
            createdBy: by.id, createdAt: this.deps.clock.now().toISOString(),
          });
        } catch (error) {
          removeDatabase(file);
          throw error;
        }
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        return { version, rows, bytes: received.bytes, ms: Math.round(ms), sha256: received.sha256 };
      });
    } finally {
      fs.rmSync(incoming, { force: true });
    }
  }

  private async serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    this.locks.set(key, tail);
    try {
      return await next;
    } finally {
      if (this.locks.get(key) === tail) this.locks.delete(key);
    }
  }
}

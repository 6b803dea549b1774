/**
 * The catalog: datasets registered by source units, and vault versions of their data.
 * Uploads to one dataset are serialised; a version becomes current only once complete, and
 * only together with its request's audit entry (see VaultJournal for the crash windows).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { Action } from '../../policies/actions';
import { buildVaultVersion } from '../../sandbox/vault/build-vault-version';
import { receiveUpload } from '../../sandbox/vault/receive-upload';
import type { UploadReading } from '../../sandbox/vault/upload-format';
import { UploadInspection } from '../../sandbox/vault/upload-inspection';
import type { VaultPaths } from '../../sandbox/vault/vault-paths';
import type { AuditedCommit } from '../audit/audit-sink';
import type { Clock } from '../config/clock';
import { pausePoint } from '../faults/pause-point';
import { ConflictError, NotFoundError, UnprocessableError } from '../errors/app-error';
import type { Principal } from '../principals/principal';
import type { CatalogStore } from './catalog-store';
import type { Dataset, DatasetVersion, NewDataset } from './dataset';
import { uploadDeclaration } from './upload-content-type';
import type { JournalEntry, VaultJournal } from './vault-journal';
import { fsyncPath } from '../../sandbox/vault/fsync-path';
import type { RoomCheck } from '../storage/storage-monitor';
import { uploadAppError } from './upload-app-error';

export type UploadResult = { version: number; rows: number; bytes: number; ms: number; sha256: string } & UploadReading;

/** How the request declared its body: Content-Type (with its charset), Content-Disposition, the `sheet` query parameter. */
export type UploadHeaders = { contentType?: string; contentDisposition?: string; sheet?: string };

/** How an upload commits its version row with its request's audit entry. */
export type UploadCommit = { requestId: string; commit: AuditedCommit };

export class CatalogService {
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(private readonly deps: {
    store: CatalogStore; journal: VaultJournal; paths: VaultPaths; clock: Clock; uploadLimitBytes: number; room?: RoomCheck;
    /** DuckDB memory limit of a vault build; staging spills to disk past it. */
    memoryLimit?: string;
  }) {}

  /**
   * Registers a dataset. `commitFor` names the request's commit once the dataset (and so its id)
   * is known: the row commits with the request's audit entry, after every check has passed.
   */
  async register(input: NewDataset, by: Principal, commitFor: (dataset: Dataset) => AuditedCommit): Promise<Dataset> {
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
    await commitFor(dataset)((tx) => this.deps.store.insertDataset(dataset, tx));
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

  /**
   * Streams the body to a scratch file, then builds the version from it. The declaration
   * (Content-Type with its charset, Content-Disposition's file name, the `sheet` parameter) is
   * read first, so a type the vault does not take is a 415 before any byte is written.
   */
  async upload(dataset: Dataset, by: Principal, body: Readable, headers: UploadHeaders, request: UploadCommit): Promise<UploadResult> {
    const declared = uploadDeclaration(headers.contentType, headers.contentDisposition, headers.sheet);
    // Below the disk reserve, uploads are refused before their body is written anywhere.
    await this.deps.room?.assertRoom('upload');
    const started = process.hrtime.bigint();
    const incoming = this.deps.paths.scratch(dataset.id, 'incoming', 'upload');
    const inspection = new UploadInspection();
    try {
      const inspect = declared.format === 'parquet' || declared.format === 'arrow' ? undefined : (chunk: Buffer) => inspection.push(chunk);
      const received = await receiveUpload(body, incoming, this.deps.uploadLimitBytes, inspect);
      return await this.serialised(dataset.id, async () => {
        const version = ((await this.deps.store.versions(dataset.id)).at(-1)?.version ?? 0) + 1;
        const at = this.deps.clock.now().toISOString();
        const entry: JournalEntry = {
          datasetId: dataset.id, version, buildingFile: this.deps.paths.scratch(dataset.id, 'building', 'duckdb'), finalFile: this.deps.paths.versionFile(dataset.id, version),
          startedAt: at, requestId: request.requestId, actorId: by.id,
        };
        await this.deps.journal.begin(entry);
        try {
          const { rows, reading } = await buildVaultVersion({
            upload: incoming, declared, received: inspection, columns: dataset.columns, buildingFile: entry.buildingFile, memoryLimit: this.deps.memoryLimit,
          });
          await pausePoint('upload.built');
          fs.renameSync(entry.buildingFile, entry.finalFile);
          fsyncPath(path.dirname(entry.finalFile));
          await pausePoint('upload.renamed');
          const record = { datasetId: dataset.id, version, file: entry.finalFile, format: reading.format, rows, bytes: received.bytes, sha256: received.sha256, createdBy: by.id, createdAt: at };
          await request.commit(async (tx) => {
            await this.deps.store.insertVersion(record, tx);
            await this.deps.journal.finish(tx, dataset.id, version);
          }, { details: { version, rows, bytes: received.bytes, sha256: received.sha256, format: reading.format, ...(reading.charset ? { charset: reading.charset } : {}) } });
          await pausePoint('upload.committed');
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          return { version, rows, bytes: received.bytes, ms: Math.round(ms), sha256: received.sha256, ...reading };
        } catch (error) {
          // Rolled back unless the version row committed (its anchor write may still have failed).
          if (!(await this.deps.store.version(dataset.id, version))) await this.deps.journal.abandon(entry).catch(() => undefined);
          throw error;
        }
      });
    } catch (error) {
      // The vault signals; the HTTP answer (413, 400, 422, 503, 507) is decided here.
      throw uploadAppError(error);
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

/**
 * The directory (授权运营目录): source units propose entries for their own datasets; the
 * authority publishes a proposal (a new version with that entry) or rejects it, and withdraws
 * entries (a new version without it). Applications are checked against the current version.
 *
 * Contract: every change commits with its audit entry, after every check has passed; a
 * publication re-reads the current version inside its transaction, so two racing publications
 * never lose one another's entry.
 */
import { permits, type AppAbility } from '../../policies/define-ability-for';
import type { RequestedDataset } from '../applications/application';
import type { AuditedCommit } from '../audit/audit-sink';
import type { CatalogService } from '../catalog/catalog-service';
import type { Clock } from '../config/clock';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError, type ErrorDetail } from '../errors/app-error';
import type { Principal } from '../principals/principal';
import type { SqlRunner } from '../../sandbox/engine/serial-connection';
import { newProposal, nextEntries, type DirectoryEntry, type DirectoryProposal, type DirectoryVersion } from './directory';
import type { DirectoryStore } from './directory-store';

const proposalSubject = (p: { id: string; sourceUnit: string }) => ({ kind: 'DirectoryProposal' as const, id: p.id, sourceUnit: p.sourceUnit });

export class DirectoryService {
  constructor(private readonly deps: { store: DirectoryStore; catalog: CatalogService; clock: Clock }) {}

  /** The current version; version 0 with no entries before the first publication. */
  async current(): Promise<DirectoryVersion> {
    return (await this.deps.store.current()) ?? { version: 0, publishedBy: '', publishedAt: '', note: '', entries: [] };
  }

  async version(n: number): Promise<DirectoryVersion> {
    const found = await this.deps.store.version(n);
    if (!found) throw new NotFoundError('directory version');
    return found;
  }

  versions() {
    return this.deps.store.versions();
  }

  /** A source unit proposes the entry of one of its own datasets. */
  async propose(entry: DirectoryEntry, note: string | null, by: Principal, ability: AppAbility, commitFor: (p: DirectoryProposal) => AuditedCommit): Promise<DirectoryProposal> {
    const dataset = await this.dataset(entry.datasetId);
    if (!permits(ability, 'create', proposalSubject({ id: '', sourceUnit: dataset.ownerUnit }))) throw new ForbiddenError('only the dataset’s own source unit proposes its directory entry');
    const details: ErrorDetail[] = [];
    if (dataset.openness === 'closed') details.push({ path: 'datasetId', message: 'a closed dataset is never open to authorized operation' });
    if (dataset.openness === 'conditional' && entry.openness === 'unconditional') details.push({ path: 'openness', message: 'the dataset is open only on conditions' });
    for (const [i, column] of entry.columns.entries()) {
      if (!dataset.columns.some((c) => c.name === column)) details.push({ path: `columns.${i}`, message: 'unknown column' });
    }
    if (details.length) throw new UnprocessableError('the entry cannot be proposed', details, 'invalid_entry');
    const proposal = newProposal({
      ...entry, columns: [...new Set(entry.columns)], scenarios: [...new Set(entry.scenarios)], sourceUnit: dataset.ownerUnit, note, proposedBy: by.id, proposedAt: this.deps.clock.now().toISOString(),
    });
    await commitFor(proposal)((tx) => this.deps.store.insertProposal(proposal, tx), { details: { datasetId: entry.datasetId, columns: proposal.columns, scenarios: proposal.scenarios } });
    return proposal;
  }

  async proposals(ability: AppAbility): Promise<DirectoryProposal[]> {
    return (await this.deps.store.proposals()).filter((p) => permits(ability, 'read', proposalSubject(p)));
  }

  /** The authority publishes a proposal (a new version) or rejects it. */
  async decide(id: string, decision: 'publish' | 'reject', comment: string | null, by: Principal, ability: AppAbility, commit: AuditedCommit): Promise<DirectoryProposal> {
    const proposal = await this.deps.store.proposal(id);
    if (!proposal || !permits(ability, 'read', proposalSubject(proposal))) throw new NotFoundError('directory proposal');
    if (proposal.status !== 'proposed') throw new ConflictError(`the proposal is already ${proposal.status}`, 'already_decided');
    const at = this.deps.clock.now().toISOString();
    const version = decision === 'publish' ? (await this.current()).version + 1 : null;
    await commit(async (tx) => {
      if (version !== null) {
        const entry = { datasetId: proposal.datasetId, columns: proposal.columns, scenarios: proposal.scenarios, openness: proposal.openness };
        await this.publishIn(tx, version, { put: entry }, by, at, comment ?? `proposal ${proposal.id}`);
      }
      if (!(await this.deps.store.decide(id, decision === 'publish' ? 'published' : 'rejected', by.id, at, comment, version, tx))) throw new ConflictError('the proposal was decided meanwhile', 'already_decided');
    }, { details: { decision, datasetId: proposal.datasetId, version } });
    return (await this.deps.store.proposal(id)) as DirectoryProposal;
  }

  /** The authority withdraws a dataset from the directory: a new version without it. */
  async withdraw(datasetId: string, reason: string, by: Principal, commit: AuditedCommit): Promise<DirectoryVersion> {
    const current = await this.current();
    if (!current.entries.some((e) => e.datasetId === datasetId)) throw new NotFoundError('directory entry');
    const version = current.version + 1;
    await commit((tx) => this.publishIn(tx, version, { withdraw: datasetId }, by, this.deps.clock.now().toISOString(), reason), { details: { datasetId, reason, version } });
    return this.current();
  }

  /** What of an application the current directory does not offer (dataset, column or scenario). */
  async outsideDirectory(scenario: string, request: RequestedDataset[]): Promise<ErrorDetail[]> {
    const { entries } = await this.current();
    const details: ErrorDetail[] = [];
    for (const [i, wanted] of request.entries()) {
      const entry = entries.find((e) => e.datasetId === wanted.datasetId);
      if (!entry) {
        details.push({ path: `datasets.${i}`, message: 'the dataset is not in the directory (授权运营目录)' });
        continue;
      }
      if (entry.scenarios.length > 0 && !entry.scenarios.includes(scenario)) details.push({ path: `datasets.${i}`, message: 'the directory does not offer this dataset for this scenario' });
      for (const column of wanted.columns) {
        if (!entry.columns.includes(column)) details.push({ path: `datasets.${i}`, column, message: 'the directory does not offer this column' });
      }
    }
    return details;
  }

  /** Publishes `version` (the one after the current) inside `tx`; 409 if another publication took it meanwhile. */
  private async publishIn(tx: SqlRunner, version: number, change: Parameters<typeof nextEntries>[1], by: Principal, at: string, note: string): Promise<void> {
    const current = await this.deps.store.current(tx);
    if ((current?.version ?? 0) + 1 !== version) throw new ConflictError('the directory was published meanwhile; try again', 'changed_meanwhile');
    await this.deps.store.publish({ version, publishedBy: by.id, publishedAt: at, note, entries: nextEntries(current?.entries ?? [], change) }, tx);
  }

  private async dataset(id: string) {
    try {
      return await this.deps.catalog.get(id);
    } catch (error) {
      if (error instanceof NotFoundError) throw new UnprocessableError('no such dataset', [{ path: 'datasetId', message: 'no such dataset' }], 'unknown_dataset');
      throw error;
    }
  }
}

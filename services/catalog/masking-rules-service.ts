/**
 * Masking rule sets (脱敏脱密规则) per dataset: validated, versioned, never edited in place.
 * Also the owning source unit's two looks at its raw data: detection and side-by-side preview.
 *
 * A version that keeps a personal/identifier column in clear is stored with `keepsIdentifiers` and
 * is pending until the authority approves it (see rule-set-approval.ts). The rule set in force is
 * the latest version; `current` refuses it while it is pending or rejected, and never falls back
 * to an earlier version. A new version and a decision each commit together with their request's
 * audit entry (the `commit` they are given), after every check has passed.
 */
import crypto from 'node:crypto';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { detectColumns, type ColumnDetection } from '../../masking-rules/detection';
import { compileProjection } from '../../masking-rules/compiler/compile-projection';
import { quoteLiteral } from '../../masking-rules/compiler/sql-quote';
import type { RuleSet } from '../../masking-rules/rules/rule-set-schema';
import { parseRuleSetText, validateRuleSet } from '../../masking-rules/rules/validate-rule-set';
import { jsonRows } from '../../sandbox/vault/vault-reader';
import type { AuditedCommit } from '../audit/audit-sink';
import { canonicalJson } from '../audit/canonical-json';
import type { Clock } from '../config/clock';
import { AppError, ConflictError, NotFoundError, UnprocessableError } from '../errors/app-error';
import type { Principal } from '../principals/principal';
import type { CatalogService } from './catalog-service';
import type { CatalogStore, RuleSetRecord } from './catalog-store';
import type { Dataset } from './dataset';
import { approvalOf, isUsable, keptInClear, rejectionComment, type RuleSetApproval } from './rule-set-approval';

export type RuleSetVersion = {
  version: number; document: RuleSet; sha256: string; createdBy: string; createdAt: string;
  /** True when the version keeps a personal/identifier column in clear and so needs the authority's approval. */
  keepsIdentifiers: boolean;
  /** The personal/identifier columns this version keeps in clear. */
  keptInClear: string[];
  approval: RuleSetApproval;
};
export type Preview = {
  before: Record<string, unknown>[]; after: Record<string, unknown>[]; rulesVersion: number | null; filteredOut: number;
  /** Personal/identifier columns the previewed rules keep in clear (their raw values reach a sandbox). */
  keptInClear: string[];
};

/** A rule set that keeps identifiers in clear and is not approved: nothing may use it. */
export class RulesNotApprovedError extends UnprocessableError {
  constructor(dataset: Dataset, version: RuleSetVersion) {
    super(
      `the masking rules in force for dataset ${dataset.name} keep identifiers in clear and are ${version.approval.status}`,
      [{ message: `rule-set version ${version.version} keeps ${version.keptInClear.join(', ') || 'identifiers'} in clear and is not approved by the authority` }],
      'rules_not_approved',
    );
  }
}

const RULE_TYPES: Record<string, 'yaml' | 'json'> = {
  'application/yaml': 'yaml', 'application/x-yaml': 'yaml', 'text/yaml': 'yaml', 'application/json': 'json',
};
export const ruleSetContentTypes = Object.keys(RULE_TYPES);

export class MaskingRulesService {
  constructor(private readonly deps: { store: CatalogStore; catalog: CatalogService; clock: Clock }) {}

  async put(dataset: Dataset, text: string, contentType: string | undefined, by: Principal, commit: AuditedCommit): Promise<RuleSetVersion> {
    const format = RULE_TYPES[(contentType ?? '').split(';')[0].trim().toLowerCase()];
    if (!format) throw new AppError(415, 'unsupported_media_type', `send ${ruleSetContentTypes.join(' or ')}`);
    const parsed = parseRuleSetText(text, format);
    if (!parsed.ok) throw new UnprocessableError('the rule set cannot be read', parsed.details, 'invalid_rules');
    const ruleSet = this.validate(parsed.document, dataset);
    const version = ((await this.deps.store.ruleSets(dataset.id)).at(-1)?.version ?? 0) + 1;
    const record: RuleSetRecord = {
      datasetId: dataset.id, version, document: ruleSet, format,
      sha256: crypto.createHash('sha256').update(canonicalJson(ruleSet)).digest('hex'),
      createdBy: by.id, createdAt: this.deps.clock.now().toISOString(),
      keepsIdentifiers: keptInClear(ruleSet, dataset.columns).length > 0, approvedBy: null, approvedAt: null, approvalComment: null,
    };
    const stored = toVersion(record, dataset);
    try {
      await commit((tx) => this.deps.store.insertRuleSet(record, tx), {
        details: { rulesVersion: version, sha256: record.sha256, keepsIdentifiers: stored.keepsIdentifiers, keptInClear: stored.keptInClear },
      });
    } catch (error) {
      if (/Duplicate key|PRIMARY KEY/i.test(String(error))) throw new ConflictError('another rule set was stored at the same time; retry', 'concurrent_update');
      throw error;
    }
    return stored;
  }

  async versions(datasetId: string): Promise<RuleSetVersion[]> {
    const dataset = await this.deps.store.dataset(datasetId);
    if (!dataset) return [];
    return (await this.deps.store.ruleSets(datasetId)).map((r) => toVersion(r, dataset));
  }

  /** One stored version of the dataset's rules, whatever its approval. */
  async version(dataset: Dataset, version: number): Promise<RuleSetVersion | null> {
    const record = await this.deps.store.ruleSet(dataset.id, version);
    return record ? toVersion(record, dataset) : null;
  }

  /** The latest stored version, whatever its approval: what the source unit previews. */
  async latest(datasetId: string): Promise<RuleSetVersion | null> {
    return (await this.versions(datasetId)).at(-1) ?? null;
  }

  /**
   * The rule set in force, or null: a dataset without one cannot be loaded anywhere. Throws
   * RulesNotApprovedError when the latest version keeps identifiers without the authority's
   * approval; an earlier version is never used instead.
   */
  async current(datasetId: string): Promise<RuleSetVersion | null> {
    const latest = await this.latest(datasetId);
    if (latest && !isUsable(latest.approval)) throw new RulesNotApprovedError(await this.deps.catalog.get(datasetId), latest);
    return latest;
  }

  /**
   * The authority's decision on a version that keeps identifiers in clear: 404 for an unknown
   * version, 409 when the version needs no approval or is already decided.
   */
  async decide(dataset: Dataset, version: number, decision: 'approve' | 'reject', comment: string | null, by: Principal, commit: AuditedCommit): Promise<RuleSetVersion> {
    const found = (await this.versions(dataset.id)).find((v) => v.version === version);
    if (!found) throw new NotFoundError('rule-set version');
    if (!found.keepsIdentifiers) throw new ConflictError('this rule-set version keeps no identifier in clear and needs no approval', 'approval_not_needed');
    if (found.approval.status !== 'pending') throw new ConflictError(`this rule-set version is already ${found.approval.status}`, 'already_decided');
    const at = this.deps.clock.now().toISOString();
    const stored = decision === 'approve' ? { approvedBy: by.id, at, comment } : { approvedBy: null, at, comment: rejectionComment(by.id, comment) };
    await commit(async (tx) => {
      if (!(await this.deps.store.decideRuleSet(dataset.id, version, stored, tx))) throw new ConflictError('this rule-set version was decided concurrently', 'already_decided');
    }, { details: { keptInClear: found.keptInClear, status: decision === 'approve' ? 'approved' : 'rejected' } });
    return (await this.versions(dataset.id)).find((v) => v.version === version) as RuleSetVersion;
  }

  /** Raw and masked rows side by side, for the owning source unit only (also under pending rules). */
  async preview(dataset: Dataset, rules: unknown, limit: number): Promise<Preview> {
    const current = rules === undefined ? await this.latest(dataset.id) : null;
    if (rules === undefined && !current) throw new UnprocessableError('the dataset has no rule set yet; send rules to preview them', [], 'no_rule_set');
    const ruleSet = current ? current.document : this.validate(rules, dataset);
    return this.withVault(dataset, async (db) => {
      await db.run(`CREATE TEMP TABLE preview_rows AS SELECT * FROM vault.data LIMIT ${Math.trunc(limit)}`);
      const projection = compileProjection({
        schema: dataset, ruleSet, columns: dataset.columns.map((c) => c.name).filter((n) => ruleSet.columns[n]?.strategy !== 'drop'),
        key: crypto.randomBytes(32).toString('hex'), source: { table: 'preview_rows' }, asOf: this.deps.clock.now().toISOString().slice(0, 10),
      });
      const before = await jsonRows(db, 'SELECT * FROM preview_rows');
      const after = await jsonRows(db, projection.sql);
      return { before, after, rulesVersion: current?.version ?? null, filteredOut: before.length - after.length, keptInClear: keptInClear(ruleSet, dataset.columns) };
    });
  }

  /** Suggests semantic, confidence and a rule per column from a sample of the vault. */
  async detect(dataset: Dataset, sampleSize = 1000): Promise<ColumnDetection[]> {
    const sample = await this.withVault(dataset, (db) => jsonRows(db, `SELECT * FROM vault.data USING SAMPLE ${Math.trunc(sampleSize)} ROWS`));
    return detectColumns(dataset.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })), sample);
  }

  private validate(document: unknown, dataset: Dataset): RuleSet {
    const validation = validateRuleSet(document, dataset);
    if (!validation.ok) throw new UnprocessableError('the rule set is invalid or incomplete', validation.details, 'invalid_rules');
    return validation.ruleSet;
  }

  private async withVault<T>(dataset: Dataset, work: (db: DuckDBConnection) => Promise<T>): Promise<T> {
    const file = await this.deps.catalog.currentVersionFile(dataset);
    if (!file) throw new ConflictError('the dataset has no data yet; upload a version first', 'no_data');
    const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
    const db = await instance.connect();
    try {
      await db.run(`ATTACH ${quoteLiteral(file)} AS vault (READ_ONLY)`);
      return await work(db);
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  }
}

function toVersion(r: RuleSetRecord, dataset: Dataset): RuleSetVersion {
  return { version: r.version, document: r.document as RuleSet, sha256: r.sha256, createdBy: r.createdBy, createdAt: r.createdAt, ...approvalOf(r, dataset.columns) };
}

/**
 * A product's registration package (登记包): evidence files and a manifest that lists each with
 * its SHA-256 and size, the registration's validity and renewals, the audit sequence numbers of
 * the registration, the model approvals and the releases, the registration's own audit entry
 * (whose hash anyone can recompute), and the audit head when the package was made.
 *
 * Holds definitions, hashes and aggregate check results only: schemas, rule sets, the model's SQL,
 * check summaries. A run's parameters appear only as a hash.
 *
 * `manifest.json` is the canonical JSON of the manifest (keys sorted, no whitespace), so its
 * SHA-256 (`manifestSha256`) is both the file's hash and the digest of the manifest itself.
 */
import crypto from 'node:crypto';
import { canonicalJson } from '../audit/canonical-json';
import type { AuditEntry } from '../audit/audit-entry';
import type { Run } from '../runs/run';
import type { RegistrationSources, SourceDataset } from './package-sources';
import { REGISTRATION_YEARS } from './registration-validity';
import { registrationManifest, type RegistrationManifest } from './registration-manifest';

export type PackageEntry = { path: string; bytes: Buffer };
export type RegistrationPackage = { manifest: RegistrationManifest; manifestSha256: string; manifestBytes: Buffer; files: PackageEntry[] };

export const sha256Hex = (bytes: Buffer | string) => crypto.createHash('sha256').update(bytes).digest('hex');
const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function buildRegistrationPackage(s: RegistrationSources): RegistrationPackage {
  const files: PackageEntry[] = [];
  const add = (path: string, text: string): string => {
    files.push({ path, bytes: Buffer.from(text, 'utf8') });
    return path;
  };
  const p = s.product;
  add('product.json', pretty({
    id: p.id, name: p.name, kind: p.kind, description: p.description, operatorUnit: p.operatorUnit, sourceUnits: p.sourceUnits, grantees: p.grantees,
    agreementId: p.agreementId, scenario: s.scenario, submittedAt: p.createdAt, registeredAt: p.registration.registeredAt, registeredBy: p.reviewedBy,
    reviewComment: p.reviewComment, parameterDomains: p.parameterDomains, validYears: REGISTRATION_YEARS,
  }));
  const datasets = s.datasets.map((d) => datasetFiles(d, add));
  const models = s.models.map((m) => ({
    id: m.id, name: m.name, version: m.version, sha256: m.sha256, approvedAt: m.reviewedAt, approvedBy: m.reviewedBy,
    // The canonical JSON of {sql, parameters}: exactly what the model's SHA-256 was computed over at submission.
    file: add(`models/${m.id}.json`, canonicalJson({ sql: m.sql, parameters: m.parameters })),
    sqlFile: add(`models/${m.id}.sql`, `${m.sql}\n`),
    approvalAuditSeqs: s.trail.seqs('model.review', `model:${m.id}`, { decision: 'approve' }),
  }));
  const releases = s.releases.map((r) => ({
    runId: r.id, modelId: r.modelId, releasedAt: r.releasedAt, outputSha256: r.outputSha256,
    file: add(`releases/${r.id}.json`, pretty(checkSummary(r))),
    releaseAuditSeqs: s.trail.seqs('run.release', `run:${r.id}`, { decision: 'approve' }),
  }));
  const registrationEntry: AuditEntry | null = s.trail.find('product.review', `product:${p.id}`, { decision: 'approve' })[0] ?? null;
  const manifest = registrationManifest(s, {
    registrationEntry, datasets, models, releases,
    files: files.map((f) => ({ path: f.path, sha256: sha256Hex(f.bytes), size: f.bytes.length })),
  });
  const manifestBytes = Buffer.from(canonicalJson(manifest), 'utf8');
  return { manifest, manifestSha256: sha256Hex(manifestBytes), manifestBytes, files };
}

function datasetFiles(d: SourceDataset, add: (path: string, text: string) => string) {
  const { dataset } = d;
  const schemaFile = add(`datasets/${dataset.id}/schema.json`, pretty({
    id: dataset.id, name: dataset.name, title: dataset.title, description: dataset.description ?? null, level: dataset.level, openness: dataset.openness,
    ownerUnit: dataset.ownerUnit, columns: dataset.columns, columnsInScope: d.columnsInScope,
  }));
  // The canonical JSON of the rule set: exactly what its recorded SHA-256 was computed over.
  const rulesFile = d.rules ? add(`datasets/${dataset.id}/masking-rules-v${d.rules.version}.json`, canonicalJson(d.rules.document)) : null;
  return {
    id: dataset.id, title: dataset.title, ownerUnit: dataset.ownerUnit, level: dataset.level, schemaFile,
    vaultVersion: d.vault?.version ?? null, vaultSha256: d.vault?.sha256 ?? null,
    rulesVersion: d.rules?.version ?? null, rulesSha256: d.rules?.sha256 ?? null, rulesFile,
  };
}

/** What disclosure control and the reviewers said of a released run: aggregate figures, check names and messages. */
function checkSummary(r: Run) {
  return {
    runId: r.id, modelId: r.modelId, status: r.status, releasedAt: r.releasedAt, rowCount: r.rowCount, suppressedRows: r.disclosure.suppressedRows,
    // As stored: each check's name, verdict and English message (aggregate figures only).
    checks: r.disclosure.checks,
    approvals: [...(r.firstApproval ? [{ by: r.firstApproval.by, at: r.firstApproval.at }] : []), { by: r.releasedBy, at: r.releasedAt }],
    outputSha256: r.outputSha256, paramsSha256: sha256Hex(canonicalJson(r.params)),
  };
}

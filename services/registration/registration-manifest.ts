/** The manifest of a registration package: what it holds, how each piece is anchored, and how to check it. */
import type { AuditEntry } from '../audit/audit-entry';
import type { AuditHead } from '../audit/audit-anchor';
import type { RegistrationSources } from './package-sources';
import { REGISTRATION_YEARS, RENEWAL_WINDOW_DAYS } from './registration-validity';

export const PACKAGE_FORMAT = 'shuyu.registration-package/1';

export type ManifestFile = { path: string; sha256: string; size: number };
type Nullable = string | null;
export type ManifestDataset = {
  id: string; title: string; ownerUnit: string; level: string; schemaFile: string;
  vaultVersion: number | null; vaultSha256: Nullable; rulesVersion: number | null; rulesSha256: Nullable; rulesFile: Nullable;
};
export type ManifestModel = { id: string; name: string; version: number; sha256: string; approvedAt: Nullable; approvedBy: Nullable; file: string; sqlFile: string; approvalAuditSeqs: number[] };
export type ManifestRelease = { runId: string; modelId: string; releasedAt: Nullable; outputSha256: Nullable; file: string; releaseAuditSeqs: number[] };

export type RegistrationManifest = {
  format: typeof PACKAGE_FORMAT;
  generatedAt: string;
  product: { id: string; name: string; kind: string; status: string; operatorUnit: string; agreementId: string; file: string };
  registration: {
    registeredAt: string; registeredBy: Nullable; validYears: number; renewalWindowDays: number; expiresAt: string; renewalOpensAt: string; state: string;
    renewals: { previousExpiry: string; newExpiry: string; renewedAt: string; renewedBy: string; auditSeq: number | null }[];
    auditSeq: number | null;
    /** The registration's entry in the audit log, whole, so that its hash can be recomputed. */
    auditEntry: AuditEntry | null;
  };
  datasets: ManifestDataset[];
  models: ManifestModel[];
  releases: ManifestRelease[];
  files: ManifestFile[];
  audit: { headAtGeneration: AuditHead };
  verification: Record<string, string>;
};

const VERIFICATION: Record<string, string> = {
  files: 'each file listed in files has exactly that SHA-256 and size, and the package holds no other file besides manifest.json and manifest.sha256',
  manifest: 'manifest.json is the canonical JSON of this manifest (keys sorted, no whitespace, UTF-8); its SHA-256 is in manifest.sha256 and in the audit entry of the download (action product.registration_package, details.manifestSha256)',
  models: 'models/<id>.json is the canonical JSON of {sql, parameters}; its SHA-256 equals the approved model’s sha256',
  rules: 'datasets/<id>/masking-rules-v<n>.json is the canonical JSON of the rule set; its SHA-256 equals rulesSha256, the rule set’s recorded hash',
  registration: 'registration.auditEntry.hash is the SHA-256 of the canonical JSON of [seq, at, actorId, role, action, resource, outcome, requestId, agreementId, details, prevHash]; the authority’s audit chain (GET /api/v1/audit/verify, or its published head) holds that entry at that seq, up to and beyond audit.headAtGeneration',
  validity: `expiresAt is ${REGISTRATION_YEARS} years after registeredAt, ${REGISTRATION_YEARS} more per renewal; renewal is possible from ${RENEWAL_WINDOW_DAYS} days before expiry`,
};

export function registrationManifest(s: RegistrationSources, parts: {
  registrationEntry: AuditEntry | null; datasets: ManifestDataset[]; models: ManifestModel[]; releases: ManifestRelease[]; files: ManifestFile[];
}): RegistrationManifest {
  const p = s.product;
  const v = p.registration;
  const renewalEntries = s.trail.find('product.renew', `product:${p.id}`);
  return {
    format: PACKAGE_FORMAT,
    generatedAt: s.generatedAt,
    product: { id: p.id, name: p.name, kind: p.kind, status: p.status, operatorUnit: p.operatorUnit, agreementId: p.agreementId, file: 'product.json' },
    registration: {
      registeredAt: v.registeredAt, registeredBy: p.reviewedBy, validYears: REGISTRATION_YEARS, renewalWindowDays: RENEWAL_WINDOW_DAYS,
      expiresAt: v.expiresAt, renewalOpensAt: v.renewalOpensAt, state: v.state,
      renewals: v.renewals.map((r) => ({
        previousExpiry: r.previousExpiry, newExpiry: r.newExpiry, renewedAt: r.renewedAt, renewedBy: r.renewedBy,
        auditSeq: renewalEntries.find((e) => e.details.previousExpiry === r.previousExpiry)?.seq ?? null,
      })),
      auditSeq: parts.registrationEntry?.seq ?? null,
      auditEntry: parts.registrationEntry,
    },
    datasets: parts.datasets,
    models: parts.models,
    releases: parts.releases,
    files: parts.files,
    audit: { headAtGeneration: s.head },
    verification: VERIFICATION,
  };
}

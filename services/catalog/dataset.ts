/** A registered dataset (catalog metadata only: never data) and its vault versions. */
import type { ColumnSpec, DatasetSchema } from '../../masking-rules/dataset-schema';
import type { UploadFormat } from '../../sandbox/vault/upload-format';

export { uploadFormats, type UploadFormat } from '../../sandbox/vault/upload-format';

export type Dataset = DatasetSchema & {
  id: string;
  title: string;
  description?: string;
  ownerUnit: string;
  createdBy: string;
  createdAt: string;
  /** The vault version in force, or null before the first upload. */
  currentVersion: number | null;
  /** The masking rule-set version in force, or null when none is valid yet. */
  currentRulesVersion: number | null;
};

export type DatasetVersion = {
  datasetId: string;
  version: number;
  format: UploadFormat;
  rows: number;
  bytes: number;
  sha256: string;
  createdBy: string;
  createdAt: string;
};

export type NewDataset = DatasetSchema & { title: string; description?: string; columns: ColumnSpec[] };

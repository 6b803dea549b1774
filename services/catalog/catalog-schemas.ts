/** Request and response schemas of the catalog routes. */
import { z } from 'zod';
import { columnSpecSchema, identifierName, levels, opennesses } from '../../masking-rules/dataset-schema';
import { csvCharsets } from '../../sandbox/vault/upload-format';
import { uploadFormats } from './dataset';

export const newDatasetSchema = z.strictObject({
  name: identifierName.meta({ description: 'The table name in sandboxes: lower-case letters, digits, underscore or Chinese characters', example: 'residents' }),
  title: z.string().trim().min(1).max(200).meta({ description: 'The title shown in the catalog', example: '光明区常住人口' }),
  description: z.string().max(2000).optional(),
  level: z.enum(levels).meta({ description: 'Classification (分类分级): general 一般, important 重要, core 核心', example: 'important' }),
  openness: z.enum(opennesses).meta({ description: 'Openness (开放属性): unconditional 无条件, conditional 有条件, closed 不予开放 (never enters a sandbox)', example: 'conditional' }),
  subjectKey: identifierName.meta({ description: 'The column that identifies a person (数据主体), for subject requests', example: 'id_number' }).optional(),
  columns: z.array(columnSpecSchema).min(1).max(500).meta({ description: 'The columns, in file order; data is always loaded with these types', example: [{ name: 'id_number', type: 'VARCHAR', personal: 'sensitive', identifier: 'direct', semantic: 'cn_id', nullable: false }] }),
});

export const datasetSchema = newDatasetSchema.extend({
  id: z.string(),
  ownerUnit: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  currentVersion: z.number().int().nullable(),
  currentRulesVersion: z.number().int().nullable(),
});

export const datasetIdParams = z.strictObject({ id: z.string().min(1).max(100) });

export const versionSchema = z.object({
  datasetId: z.string(),
  version: z.number().int(),
  format: z.enum(uploadFormats),
  rows: z.number().int(),
  bytes: z.number().int(),
  sha256: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
});

/** `sheet`: the worksheet of an .xlsx upload, by its tab name (default: the first visible sheet). */
export const uploadQuery = z.strictObject({
  sheet: z.string().min(1).max(31).optional()
    .meta({ description: 'the worksheet of an .xlsx upload, by its tab name (e.g. 户籍人口); default the first visible sheet; ignored for other formats', example: '户籍人口' }),
});

export const uploadResultSchema = z.object({
  version: z.number().int(), rows: z.number().int(), bytes: z.number().int(), ms: z.number(), sha256: z.string(),
  format: z.enum(uploadFormats).optional().describe('how the body was read: csv, xlsx, parquet or arrow'),
  charset: z.enum(csvCharsets).optional().describe('the charset a CSV was decoded in, declared or detected (GBK is read as gb18030)'),
  sheet: z.string().optional().describe('the worksheet an .xlsx upload was read from'),
});
